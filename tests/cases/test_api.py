"""/v1/cases and /v1/reports over HTTP: auth first, then the case workflow."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mamori.services import identity
from mamori.settings import Settings
from mamori.storage import db

with warnings.catch_warnings():
    # starlette asks for its httpx fork; the installed httpx works the same here.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture
def api(tmp_path: Path) -> Iterator[tuple[TestClient, dict[str, str]]]:
    from mamori.api.app import create_app

    settings = Settings(database_url=f"sqlite:///{tmp_path / 'api.db'}", cookie_secure=False)
    engine = db.make_engine(settings.database_url)
    db.upgrade(engine)
    engine.dispose()
    app = create_app(settings, load_pack=False)
    keys: dict[str, str] = {}
    with app.state.mamori.uow.begin() as s:
        for name, role, seller in [
            ("ana", "analyst", None),
            ("ben", "analyst", None),
            ("rev", "reviewer", None),
            ("vic", "viewer", None),
            ("shop", "seller", "S1"),
        ]:
            keys[name] = identity.create_api_key(s, role, username=name, seller_id=seller).token
    with TestClient(app) as c:
        yield c, keys


def _h(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_auth_comes_before_validation(api: tuple[TestClient, dict[str, str]]) -> None:
    c, keys = api
    assert c.post("/v1/reports", content=b"not json").status_code == 401
    assert c.post("/v1/cases", content=b"not json", headers=_h(keys["vic"])).status_code == 403
    assert c.post("/v1/cases", content=b"not json", headers=_h(keys["ana"])).status_code == 422
    assert c.get("/v1/cases", headers=_h(keys["shop"])).status_code == 403


def test_report_opens_case_and_workflow(api: tuple[TestClient, dict[str, str]]) -> None:
    c, keys = api
    body: dict[str, Any] = {
        "entity_type": "listing",
        "entity_id": "L9",
        "reporter_type": "brand",
        "reason": "counterfeit",
        "text": "正規品ではありません",
        "seller_id": "S1",
    }
    r = c.post("/v1/reports", json=body, headers=_h(keys["shop"]))
    assert r.status_code == 201 and r.json()["new_case"]
    case_id = r.json()["case_id"]
    listed = c.get("/v1/cases", headers=_h(keys["vic"])).json()["cases"]
    assert [x["id"] for x in listed] == [case_id] and listed[0]["title"]["ja"].startswith("通報")
    assert c.post(f"/v1/cases/{case_id}/claim", headers=_h(keys["ana"])).status_code == 200
    clash = c.post(f"/v1/cases/{case_id}/claim", headers=_h(keys["ben"]))
    assert clash.status_code == 409 and "ana" in clash.json()["detail"]["message"]
    assert (
        c.post(
            f"/v1/cases/{case_id}/notes", json={"body": "ブランドに確認中"}, headers=_h(keys["ana"])
        ).status_code
        == 201
    )
    assert (
        c.post(
            f"/v1/cases/{case_id}/escalate", json={"reason": ""}, headers=_h(keys["ana"])
        ).status_code
        == 422
    )
    esc = c.post(
        f"/v1/cases/{case_id}/escalate",
        json={"reason": "brand sent a legal notice", "team": "legal"},
        headers=_h(keys["ana"]),
    )
    assert esc.status_code == 200 and esc.json()["level"] == 2
    assert c.post(f"/v1/cases/{case_id}/claim", headers=_h(keys["rev"])).status_code == 200
    act = c.post(
        f"/v1/cases/{case_id}/actions",
        json={"action": "delist", "reason": "偽造品の疑い"},
        headers=_h(keys["rev"]),
    )
    assert act.status_code == 201, act.text
    assert act.json()["actions"][0]["entity_id"] == "L9"
    res = c.post(
        f"/v1/cases/{case_id}/resolve",
        json={"outcome": "confirmed_risk", "resolution": "counterfeit"},
        headers=_h(keys["rev"]),
    )
    assert res.status_code == 200 and res.json()["recommendation"]["rationale"]["en"]
    case = c.get(f"/v1/cases/{case_id}", headers=_h(keys["vic"])).json()
    assert [e["event"] for e in case["events"]] == [
        "open",
        "claim",
        "note",
        "escalate",
        "claim",
        "action",
        "resolve",
    ]
    assert case["queue"] == "specialist:legal" and case["status"] == "resolved"
    stats = c.get("/v1/cases/stats", headers=_h(keys["vic"])).json()
    assert stats == {"queues": []}


def test_analyst_cannot_enforce_or_assign(api: tuple[TestClient, dict[str, str]]) -> None:
    c, keys = api
    r = c.post(
        "/v1/cases",
        json={"team": "business", "title": "大口出品者の確認", "risk": 0.4},
        headers=_h(keys["ana"]),
    )
    assert r.status_code == 201 and r.json()["queue"] == "specialist:business"
    case_id = r.json()["id"]
    assert (
        c.post(
            f"/v1/cases/{case_id}/actions",
            json={"action": "warn", "reason": "x"},
            headers=_h(keys["ana"]),
        ).status_code
        == 403
    )
    assert (
        c.post(
            f"/v1/cases/{case_id}/assign", json={"username": "ben"}, headers=_h(keys["ana"])
        ).status_code
        == 403
    )
    assert (
        c.post(
            f"/v1/cases/{case_id}/assign", json={"username": "ben"}, headers=_h(keys["rev"])
        ).status_code
        == 200
    )
    assert c.get("/v1/cases/999", headers=_h(keys["vic"])).status_code == 404


def test_low_confidence_decision_opens_a_case(api: tuple[TestClient, dict[str, str]]) -> None:
    from datetime import datetime

    from sqlalchemy import insert

    from mamori.storage.tables import decision_hits, decisions

    c, keys = api
    app = c.app
    with app.state.mamori.uow.begin() as s:  # type: ignore[attr-defined]
        s.execute(
            insert(decisions).values(
                id="d1",
                entity_type="listing",
                entity_id="L5",
                seller_id="S5",
                source="api",
                created_at=datetime(2026, 11, 1),
                actor="test",
                response="{}",
            )
        )
        s.execute(
            insert(decision_hits).values(
                decision_id="d1",
                policy_id="jp.pmd.disease-claim",
                policy_version=3,
                severity="high",
                action="delist",
                points=4,
                status="active",
                evidence="[]",
            )
        )
    r = c.post("/v1/cases/from-decision/d1?confidence=0.41", headers=_h(keys["ana"]))
    assert r.status_code == 201 and r.json()["created"]
    again = c.post("/v1/cases/from-decision/d1", headers=_h(keys["ana"]))
    assert again.json() == {"case_id": r.json()["case_id"], "created": False}
    case = c.get(f"/v1/cases/{r.json()['case_id']}", headers=_h(keys["vic"])).json()
    assert case["source"] == "low_confidence" and case["seller_id"] == "S5" and case["risk"] == 0.8
    assert "0.41" in case["title_en"]
    assert c.post("/v1/cases/from-decision/nope", headers=_h(keys["ana"])).status_code == 404
