"""POST /v1/decisions end to end: realtime evaluation, actions, idempotency, shadow mode."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mamori.enforcement.dsa import validate
from mamori.storage import audit

from .conftest import CLEAN, CURE, Api

RULES = json.loads(
    (
        Path(__file__).resolve().parents[1]
        / "enforcement"
        / "data"
        / "dsa_statement_of_reasons.json"
    ).read_text()
)


def post(api: Api, entity: dict[str, Any], key: str | None = None, who: str = "analyst") -> Any:
    headers = api.h(who, **({"Idempotency-Key": key} if key else {}))
    return api.client.post(
        "/v1/decisions", json={"entity_type": "listing", "entity": entity}, headers=headers
    )


def test_response_shape_and_statements(api: Api) -> None:
    r = post(api, CURE, "k1")
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == {"decision_id", "entity_id", "hits", "actions"}
    assert body["entity_id"] == "L1"
    hit = next(h for h in body["hits"] if h["policy_id"] == "ex.pmd.disease-claim")
    assert set(hit) == {"policy_id", "policy_version", "severity", "evidence"}
    assert {"field": "title", "text": "糖尿病", "start": 5, "end": 8} in hit["evidence"]
    types = [a["type"] for a in body["actions"]]
    assert "delist" in types and "warn" in types  # 4 points reach the first threshold
    for a in body["actions"]:
        assert set(a) >= {"action_id", "type", "points", "statement"}
        assert a["statement"]["ja"] and a["statement"]["en"]


def test_idempotency(api: Api) -> None:
    a = post(api, CURE, "same").json()
    b = post(api, {"id": "whatever"}, "same").json()  # same key → the stored decision
    c = post(api, CURE, "other").json()
    d = post(api, CURE, "same", who="reviewer").json()  # keys are scoped per caller
    assert a == b
    assert c["decision_id"] != a["decision_id"] and d["decision_id"] != a["decision_id"]


def test_clean_listing_has_no_actions(api: Api) -> None:
    body = post(api, CLEAN).json()
    assert body["hits"] == [] and body["actions"] == []


def test_validation_errors_after_auth(api: Api) -> None:
    r = api.client.post(
        "/v1/decisions", json={"entity_type": "listing", "entity": {}}, headers=api.h("analyst")
    )
    assert r.status_code == 422
    r = api.client.post(
        "/v1/decisions",
        json={"entity_type": "spaceship", "entity": {"id": 1}},
        headers=api.h("analyst"),
    )
    assert r.status_code == 422
    r = post(api, {"id": "L5", "price": "not a number"})
    assert r.status_code == 422 and r.json()["detail"]["code"] == "bad_entity"
    r = api.client.post("/v1/decisions", content=b"{", headers=api.h("analyst"))
    assert r.status_code == 422 and r.json()["detail"][0]["loc"][0] == "body"


def test_shadow_policy_recorded_without_action(api: Api) -> None:
    class Fixed:
        def get(self) -> dict[str, str]:
            return {"ex.pmd.disease-claim": "shadow"}

    api.app.state.mamori.extras["statuses"] = Fixed()
    body = post(api, CURE).json()
    assert all(h["policy_id"] != "ex.pmd.disease-claim" for h in body["hits"])
    assert all(a["type"] != "delist" for a in body["actions"])
    stored = api.client.get(f"/v1/decisions/{body['decision_id']}", headers=api.h("viewer")).json()
    modes = {h["policy_id"]: h["status"] for h in stored["hits"]}
    assert modes["ex.pmd.disease-claim"] == "shadow"


def test_dsa_statement_endpoint(api: Api) -> None:
    body = post(api, CURE).json()
    for a in body["actions"]:
        dsa = api.client.get(
            f"/v1/actions/{a['action_id']}/statement?format=dsa", headers=api.h("viewer")
        )
        assert dsa.status_code == 200
        assert validate(dsa.json(), RULES) == [], (a["type"], dsa.json())
        js = api.client.get(
            f"/v1/actions/{a['action_id']}/statement", headers=api.h("viewer")
        ).json()
        assert js["ja"] == a["statement"]["ja"]


def test_audit_records_every_decision(api: Api) -> None:
    post(api, CURE)
    post(api, CLEAN)
    tail = api.client.get("/v1/audit?limit=100", headers=api.h("viewer")).json()
    assert sum(1 for r in tail if r["action"] == "decision.create") == 2
    v = api.client.get("/v1/audit/verify", headers=api.h("admin")).json()
    assert v["ok"] is True
    with api.app.state.mamori.uow.read() as s:
        assert audit.verify(s).ok
