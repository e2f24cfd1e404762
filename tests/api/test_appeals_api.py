"""Sellers see and appeal only their own actions; reviewers decide; QA; keys; reports."""

from __future__ import annotations

from typing import Any

from .conftest import CURE, Api


def enforce(api: Api, entity: dict[str, Any] = CURE) -> dict[str, Any]:
    r = api.client.post(
        "/v1/decisions", json={"entity_type": "listing", "entity": entity}, headers=api.h("analyst")
    )
    assert r.status_code == 200, r.text
    return dict(r.json())


def test_seller_scope(api: Api) -> None:
    body = enforce(api)
    aid = body["actions"][0]["action_id"]
    mine = api.client.get("/v1/actions", headers=api.h("shop1")).json()
    assert {a["action_id"] for a in mine} == {a["action_id"] for a in body["actions"]}
    assert api.client.get("/v1/actions", headers=api.h("shop2")).json() == []
    assert api.client.get(f"/v1/actions/{aid}", headers=api.h("shop2")).status_code == 404
    assert api.client.get(f"/v1/actions/{aid}/statement", headers=api.h("shop2")).status_code == 404
    assert api.client.get(f"/v1/actions/{aid}/statement", headers=api.h("shop1")).status_code == 200
    r = api.client.post(
        "/v1/appeals", json={"action_id": aid, "statement": "他社の措置"}, headers=api.h("shop2")
    )
    assert r.status_code == 404


def test_appeal_overturn_flow(api: Api) -> None:
    body = enforce(api)
    delist = next(a for a in body["actions"] if a["type"] == "delist")["action_id"]
    r = api.client.post(
        "/v1/appeals",
        json={"action_id": delist, "statement": "医薬品的な表現は削除しました。"},
        headers=api.h("shop1"),
    )
    assert r.status_code == 201, r.text
    appeal = r.json()
    assert appeal["status"] == "open" and appeal["sla"] == "on_time"
    assert [
        a["appeal_id"] for a in api.client.get("/v1/appeals", headers=api.h("shop1")).json()
    ] == [appeal["appeal_id"]]
    assert api.client.get("/v1/appeals", headers=api.h("shop2")).json() == []
    d = api.client.post(
        f"/v1/appeals/{appeal['appeal_id']}/decision",
        json={"outcome": "overturn", "note": "誤検知"},
        headers=api.h("reviewer"),
    )
    assert d.status_code == 200, d.text
    assert d.json()["status"] == "overturned"
    acts = {
        a["action_id"]: a for a in api.client.get("/v1/actions", headers=api.h("viewer")).json()
    }
    assert acts[delist]["status"] == "reversed"
    # The 4 points from the delist are gone, so the warn they triggered is lifted.
    assert all(a["status"] == "lifted" for a in acts.values() if a["trigger"] == "ladder")
    again = api.client.post(
        f"/v1/appeals/{appeal['appeal_id']}/decision",
        json={"outcome": "uphold"},
        headers=api.h("reviewer"),
    )
    assert again.status_code == 409


def test_qa_sample_review_quality(api: Api) -> None:
    for i in range(4):
        enforce(api, {**CURE, "id": f"L{i}"})
    s = api.client.post(
        "/v1/qa/samples", json={"per_stratum": 2, "seed": 1}, headers=api.h("analyst")
    )
    assert s.status_code == 201, s.text
    sample = s.json()
    assert sample["size"] == 2 * sample["strata"]
    for i, item in enumerate(sample["samples"]):
        r = api.client.post(
            f"/v1/qa/samples/{item['sample_id']}/review",
            json={"correct": i % 2 == 0},
            headers=api.h("reviewer"),
        )
        assert r.status_code == 200, r.text
    q = api.client.get("/v1/qa/quality?min_reviews=1", headers=api.h("viewer")).json()
    assert q and all(0 <= x["precision_ci"][0] <= x["precision_ci"][1] <= 1 for x in q)


def test_keys_and_transparency(api: Api) -> None:
    r = api.client.post(
        "/v1/keys",
        json={"role": "seller", "seller_id": "S9", "name": "shop9"},
        headers=api.h("admin"),
    )
    assert r.status_code == 201
    new = r.json()["key"]
    assert (
        api.client.get("/v1/actions", headers={"Authorization": f"Bearer {new}"}).status_code == 200
    )
    listed = api.client.get("/v1/keys", headers=api.h("admin")).json()
    assert all("key" not in k for k in listed)
    assert (
        api.client.delete(f"/v1/keys/{r.json()['key_id']}", headers=api.h("admin")).status_code
        == 200
    )
    assert (
        api.client.get("/v1/actions", headers={"Authorization": f"Bearer {new}"}).status_code == 401
    )
    enforce(api)
    from mamori.storage import audit

    year = audit.utcnow().year
    rep = api.client.get(f"/v1/transparency/{year}", headers=api.h("admin")).json()
    assert rep["actions"]["total"] >= 1 and rep["actions"]["automated_share"] == 1.0


def test_manual_action_and_reverse(api: Api) -> None:
    r = api.client.post(
        "/v1/actions",
        json={
            "type": "suspend",
            "entity_type": "seller",
            "entity_id": "S5",
            "seller_id": "S5",
            "reason_ja": "偽造品の出品",
            "reason_en": "counterfeit listings",
            "duration_days": 30,
        },
        headers=api.h("reviewer"),
    )
    assert r.status_code == 200, r.text
    aid = r.json()["actions"][0]["action_id"]
    assert r.json()["actions"][0]["statement"]["automated"]["decision"] is False
    rv = api.client.post(f"/v1/actions/{aid}/reverse", headers=api.h("reviewer"))
    assert rv.status_code == 200 and rv.json()["reversed"] == [aid]
    assert (
        api.client.post(f"/v1/actions/{aid}/reverse", headers=api.h("reviewer")).status_code == 409
    )
