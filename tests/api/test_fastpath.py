"""The lean ASGI path for POST /v1/decisions keeps the route's contract byte for byte:
it answers well-formed requests of a cached, permitted key, and every other request —
401, 403, 422, 503 — reaches the FastAPI route and gets the route's own answer."""

from __future__ import annotations

import json
from typing import Any

from mamori.services.identity import KEY_CACHE

from .conftest import CURE, Api

_HOP = {"date", "server"}


def _send(api: Api, lean: bool, content: bytes, headers: dict[str, str]) -> Any:
    saved = api.app.fastpath
    api.app.fastpath = saved if lean else None
    try:
        return api.client.post("/v1/decisions", content=content, headers=headers)
    finally:
        api.app.fastpath = saved


def _body(entity: dict[str, Any], entity_type: str = "listing") -> bytes:
    return json.dumps({"entity_type": entity_type, "entity": entity}).encode()


def test_lean_path_answers_and_matches_the_route(api: Api) -> None:
    fast = api.app.fastpath
    first = _send(api, True, _body(CURE), api.h("analyst", **{"Idempotency-Key": "a"}))
    assert first.status_code == 200  # the key wasn't cached yet: the route answered
    handled = fast.handled
    lean = _send(api, True, _body(CURE), api.h("analyst", **{"Idempotency-Key": "b"}))
    assert fast.handled == handled + 1
    routed = _send(api, False, _body(CURE), api.h("analyst", **{"Idempotency-Key": "c"}))
    assert fast.handled == handled + 1
    assert lean.status_code == routed.status_code == 200
    strip = lambda r: {k: v for k, v in r.headers.items() if k not in _HOP}  # noqa: E731
    assert strip(lean) == {**strip(routed), "content-length": lean.headers["content-length"]}
    assert list(lean.headers) == list(routed.headers)
    a, b = lean.json(), routed.json()
    assert a["decision_id"] != b["decision_id"]
    assert [h["policy_id"] for h in a["hits"]] == [h["policy_id"] for h in b["hits"]]
    # A replay through either path is the stored response, byte for byte.
    again = _send(api, False, _body({"id": "x"}), api.h("analyst", **{"Idempotency-Key": "b"}))
    assert again.content == lean.content
    again = _send(api, True, _body({"id": "x"}), api.h("analyst", **{"Idempotency-Key": "c"}))
    assert again.content == routed.content


def test_every_error_is_the_routes_own(api: Api) -> None:
    fast = api.app.fastpath
    api.client.post("/v1/decisions", content=_body(CURE), headers=api.h("analyst"))
    api.client.post("/v1/decisions", content=_body(CURE), headers=api.h("viewer"))
    assert KEY_CACHE.get(api.keys["analyst"]) is not None  # the lean path would see it
    ok = api.h("analyst")
    cases: list[tuple[bytes, dict[str, str]]] = [
        (_body(CURE), {}),  # no key
        (_body(CURE), {"Authorization": "Bearer mk_wrong"}),
        (_body(CURE), {"Authorization": f"Basic {api.keys['analyst']}"}),
        (b"{not json", api.h("viewer")),  # 403 before validation
        (b"{not json", ok),
        (b"[]", ok),
        (b"", ok),
        (json.dumps({"entity_type": "listing"}).encode(), ok),
        (json.dumps({"entity_type": "listing", "entity": {}, "x": 1}).encode(), ok),
        (_body({"id": 1}, "spaceship"), ok),
        (_body({}), ok),
        (_body({"id": ""}), ok),
        (_body({"id": "L5", "price": "not a number"}), ok),
        (_body(CURE), {**ok, "Idempotency-Key": ""}),
        (_body(CURE), {**ok, "Idempotency-Key": "k" * 161}),
    ]
    for content, headers in cases:
        delegated = fast.delegated
        lean = _send(api, True, content, headers)
        routed = _send(api, False, content, headers)
        assert fast.delegated == delegated + 1, (content, headers)
        assert lean.status_code == routed.status_code != 200, (content, lean.text)
        assert lean.content == routed.content, (content, headers)
        assert lean.headers.get("www-authenticate") == routed.headers.get("www-authenticate")


def test_idempotency_key_at_the_limit_is_accepted(api: Api) -> None:
    api.client.post("/v1/decisions", content=_body(CURE), headers=api.h("analyst"))
    fast = api.app.fastpath
    handled = fast.handled
    headers = api.h("analyst", **{"Idempotency-Key": "k" * 160})  # the longest allowed
    r = api.client.post("/v1/decisions", content=_body(CURE), headers=headers)
    assert r.status_code == 200 and fast.handled == handled + 1, r.text


def test_openapi_still_documents_the_endpoint(api: Api) -> None:
    spec = api.client.get("/openapi.json").json()
    op = spec["paths"]["/v1/decisions"]["post"]
    assert "entity_type" in op["requestBody"]["content"]["application/json"]["schema"]["properties"]
    assert {"200", "401", "403", "422"} <= set(op["responses"])
