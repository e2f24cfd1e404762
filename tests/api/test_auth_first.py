"""Every endpoint authenticates first: 401 without a valid key, 403 without the
permission — before any validation of path, query or body. Only /health is open."""

from __future__ import annotations

import pytest

from mamori.services.permissions import ROLE_PERMISSIONS, Role

from .conftest import Api


def _routes(api: Api) -> list[tuple[str, str]]:
    spec = api.client.get("/openapi.json").json()
    out = []
    for path, ops in spec["paths"].items():
        for method in ops:
            if method in {"get", "post", "put", "patch", "delete"}:
                out.append((method.upper(), path.replace("{", "").replace("}", "")))
    return out


def test_health_is_open(api: Api) -> None:
    r = api.client.get("/health")
    assert r.status_code == 200 and r.json()["database"] == "ok"


def test_docs_are_served(api: Api) -> None:
    assert api.client.get("/docs").status_code == 200
    spec = api.client.get("/openapi.json").json()
    body = spec["paths"]["/v1/decisions"]["post"]["requestBody"]["content"]["application/json"][
        "schema"
    ]
    assert "entity_type" in body["properties"]


def test_every_endpoint_401_before_validation(api: Api) -> None:
    routes = [r for r in _routes(api) if r[1] != "/health"]
    assert len(routes) > 15
    for method, path in routes:
        for headers in ({}, {"Authorization": "Bearer mk_wrong"}, {"Authorization": "Basic abc"}):
            r = api.client.request(
                method, path + "?limit=notanumber", content=b"{not json", headers=headers
            )
            assert r.status_code == 401, (method, path, headers, r.status_code, r.text)


def test_403_before_validation(api: Api) -> None:
    garbage = b"{not json"
    checks = [
        ("POST", "/v1/decisions", "viewer"),
        ("POST", "/v1/decisions", "shop1"),
        ("POST", "/v1/appeals", "analyst"),
        ("POST", "/v1/appeals/x/decision", "analyst"),
        ("POST", "/v1/keys", "reviewer"),
        ("GET", "/v1/audit/verify", "reviewer"),
        ("POST", "/v1/qa/samples/x/review", "analyst"),
        ("POST", "/v1/actions", "analyst"),
        ("GET", "/v1/transparency/notayear", "viewer"),
        ("GET", "/v1/decisions/x", "shop1"),
    ]
    for method, path, who in checks:
        r = api.client.request(method, path, content=garbage, headers=api.h(who))
        assert r.status_code == 403, (method, path, who, r.text)


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_permission_table_matches_decision_endpoint(api: Api, role: str) -> None:
    who = {"seller": "shop1"}.get(role, role)
    r = api.client.post("/v1/decisions", content=b"[]", headers=api.h(who))
    allowed = "decisions:create" in ROLE_PERMISSIONS[Role(role)]
    assert r.status_code == (422 if allowed else 403)
