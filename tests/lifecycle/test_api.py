"""The lifecycle HTTP API: authentication first, role permissions, four eyes as a 403."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from sqlalchemy import Engine, func, select

from lifecycle.fakes import FakePack, FakePolicy
from mamori.api.routes.lifecycle import router
from mamori.services import identity
from mamori.services.runtime import ServiceState
from mamori.settings import Settings
from mamori.storage import db
from mamori.storage.tables import actions, audit_log, decision_hits
from mamori.storage.unit_of_work import UnitOfWork

with warnings.catch_warnings():
    # starlette asks for its httpx fork; the httpx client installed works the same here.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


class _Cache:
    def __init__(self) -> None:
        self.invalidated = 0

    def invalidate(self) -> None:
        self.invalidated += 1


@pytest.fixture
def client(sqlite_engine: Engine) -> Iterator[tuple[TestClient, dict[str, str], _Cache]]:
    uow = UnitOfWork(db.session_factory(sqlite_engine))
    pack = FakePack(
        policies=(
            FakePolicy("jp.a", 2, "hash-a", legal_basis=("jp.law1",)),
            FakePolicy("jp.b", 1, "hash-b", status="active"),
        ),
        laws={"jp.law1": {"market": "jp"}, "jp.law2": {"market": "jp"}},
    )
    cache = _Cache()
    state = ServiceState(Settings(), sqlite_engine, uow, pack=pack)
    state.extras["status_cache"] = cache
    app = FastAPI()
    app.state.mamori = state
    app.include_router(router)
    keys: dict[str, str] = {}
    with uow.begin() as s:
        for name, role in [("ana", "analyst"), ("pat", "policy_admin"), ("vic", "viewer")]:
            keys[name] = identity.create_api_key(s, role, username=name).token
    with TestClient(app) as c:
        yield c, keys, cache


def _h(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_authentication_comes_first(client: tuple[TestClient, dict[str, str], _Cache]) -> None:
    c, keys, _ = client
    assert c.get("/v1/policies").status_code == 401
    # 403 before the (invalid) body is even looked at
    r = c.post("/v1/policies/jp.a/promote", content=b"{not json", headers=_h(keys["vic"]))
    assert r.status_code == 403
    r = c.post("/v1/policies/jp.a/promote", content=b"{not json", headers=_h(keys["ana"]))
    assert r.status_code == 422


def test_promote_approve_activate_over_http(
    client: tuple[TestClient, dict[str, str], _Cache],
) -> None:
    c, keys, cache = client
    r = c.post("/v1/policies/jp.a/promote", headers=_h(keys["ana"]), json={"note": "新規"})
    assert r.status_code == 200 and r.json()["state"] == "shadow"
    assert cache.invalidated == 1
    # the analyst may not approve at all; the admin who authored may not approve their own
    assert c.post("/v1/policies/jp.a/approve", headers=_h(keys["ana"])).status_code == 403
    r = c.post("/v1/policies/jp.b/promote", headers=_h(keys["pat"]))
    assert r.status_code == 200
    r = c.post("/v1/policies/jp.b/approve", headers=_h(keys["pat"]))
    assert r.status_code == 403 and r.json()["detail"]["code"] == "four_eyes"
    assert "四つの目" in r.json()["detail"]["message"]
    with c.app.state.mamori.uow.read() as s:  # type: ignore[attr-defined]
        refused = s.execute(
            select(audit_log.c.actor, audit_log.c.entity_id).where(
                audit_log.c.action == "policy.approve_refused"
            )
        ).all()
    assert [tuple(x) for x in refused] == [("policy_admin:pat", "jp.b")]
    r = c.post("/v1/policies/jp.a/approve", headers=_h(keys["pat"]))
    assert r.status_code == 200 and r.json()["approved_by"] == "pat"
    r = c.post("/v1/policies/jp.a/activate", headers=_h(keys["pat"]))
    assert r.json()["activated_hash"] == "hash-a" and r.json()["live"] == "active"
    # an illegal transition is a conflict
    assert c.post("/v1/policies/jp.a/approve", headers=_h(keys["pat"])).status_code == 409
    listed = c.get("/v1/policies", headers=_h(keys["vic"])).json()["policies"]
    assert [(p["policy_id"], p["state"], p["managed"]) for p in listed] == [
        ("jp.a", "active", True),
        ("jp.b", "shadow", True),
    ]
    shown = c.get("/v1/policies/jp.a", headers=_h(keys["vic"])).json()
    assert [h["actor"] for h in shown["history"]] == ["ana", "pat", "pat"]
    assert c.get("/v1/policies/nope", headers=_h(keys["vic"])).status_code == 404


def test_monitoring_backtests_and_coverage_endpoints(
    client: tuple[TestClient, dict[str, str], _Cache],
) -> None:
    c, keys, _ = client
    assert c.get("/v1/monitor/alerts", headers=_h(keys["vic"])).json() == {"alerts": []}
    assert c.get("/v1/monitor/metrics", headers=_h(keys["vic"])).json() == {"metrics": []}
    assert c.post("/v1/monitor/run", headers=_h(keys["vic"])).status_code == 403
    assert c.post("/v1/monitor/run", headers=_h(keys["ana"])).status_code == 200
    assert c.get("/v1/backtests", headers=_h(keys["vic"])).json() == {"runs": []}
    cov = c.get("/v1/coverage", headers=_h(keys["vic"])).json()
    assert cov["uncovered"] == ["jp.law2"] and cov["policies_citing_none"] == ["jp.b"]


def test_shadow_over_http_records_without_acting(sqlite_engine: Engine) -> None:
    """The whole service: promote through the API, then a decision records but never acts."""
    from pathlib import Path

    from mamori.api.app import create_app
    from mamori.policy import load_pack

    examples = Path(__file__).resolve().parents[2] / "examples"
    url = str(sqlite_engine.url)
    uow = UnitOfWork(db.session_factory(sqlite_engine))
    with uow.begin() as s:
        ana = identity.create_api_key(s, "analyst", username="ana").token
        pat = identity.create_api_key(s, "policy_admin", username="pat").token
    app = create_app(Settings(database_url=url), pack=load_pack(examples), sweep_seconds=3600)
    body = {
        "entity_type": "listing",
        "entity": {
            "id": "L-shadow-1",
            "seller_id": "S1",
            "category": "health_food",
            "title": "飲むだけで糖尿病が治るサプリ",
            "description": "毎朝1粒",
        },
    }
    policy = "ex.pmd.disease-claim"
    with TestClient(app) as c:
        r = c.post(f"/v1/policies/{policy}/promote", headers=_h(ana))
        assert r.status_code == 200, r.text
        r = c.post("/v1/decisions", headers={**_h(ana), "Idempotency-Key": "k1"}, json=body)
        assert r.status_code == 200, r.text
        doc = r.json()
        # the response lists acting hits only; the shadow hit is in the database
        assert policy not in [h["policy_id"] for h in doc["hits"]]
        assert all(policy not in str(a) for a in doc["actions"])
        with uow.read() as s:
            stored = s.execute(
                select(decision_hits.c.status).where(
                    decision_hits.c.decision_id == doc["decision_id"],
                    decision_hits.c.policy_id == policy,
                )
            ).scalars()
            assert list(stored) == ["shadow"]
            n = s.execute(
                select(func.count()).select_from(actions).where(actions.c.policy_id == policy)
            ).scalar()
            assert n == 0
        # approved and activated by a second person: the next decision acts
        assert c.post(f"/v1/policies/{policy}/approve", headers=_h(pat)).status_code == 200
        assert c.post(f"/v1/policies/{policy}/activate", headers=_h(pat)).status_code == 200
        body["entity"]["id"] = "L-active-1"
        r = c.post("/v1/decisions", headers={**_h(ana), "Idempotency-Key": "k2"}, json=body)
        assert r.status_code == 200, r.text
        assert policy in [h["policy_id"] for h in r.json()["hits"]]
        assert any(a["type"] == "delist" for a in r.json()["actions"])
