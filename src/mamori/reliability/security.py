"""Security: every route × every role, console CSRF and cookies, login rate limit, SQL
injection through policies, filters and search, and secrets or personal data in logs.

The route list is read from the running app (its OpenAPI document and its route table),
never from a hand-kept list, so a new endpoint is covered the day it is added.
"""

from __future__ import annotations

import inspect
import json
import logging
import re
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mamori.reliability.common import CheckResult

ROLES = ("viewer", "analyst", "reviewer", "policy_admin", "admin", "seller")
OPEN = {"/health", "/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}
PASSWORD = "correct horse battery staple 守り"
WEBHOOK_SECRET = "whsec-reliability-7f3a9c"
PERSONAL = ("taro.yamada@example.jp", "090-1234-5678")
INJECTIONS = (
    "' OR '1'='1",
    "'; DROP TABLE decisions; --",
    '" OR ""="',
    "1 OR 1=1",
    "%' OR 1=1 --",
    "\\'; DELETE FROM audit_log; --",
)


@dataclass
class Env:
    client: Any
    app: Any
    keys: dict[str, str]
    url: str


class _Capture(logging.Handler):
    """Every log record of the run, formatted the way a handler would write it."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # a record that can't format is not a leak
            self.lines.append(str(record.msg))


@contextmanager
def _env(workdir: Path) -> Iterator[Env]:
    from mamori.api.app import create_app
    from mamori.services import identity
    from mamori.settings import Settings
    from mamori.storage import db

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    examples = Path(__file__).resolve().parents[3] / "examples"
    url = f"sqlite:///{workdir / 'security.db'}"
    engine = db.make_engine(url)
    db.upgrade(engine)
    engine.dispose()
    settings = Settings(
        database_url=url,
        pack=str(examples),
        cookie_secure=True,
        webhook_url="http://127.0.0.1:9/hook",
        webhook_secret=WEBHOOK_SECRET,
        login_rate_limit_per_minute=10,
    )
    app = create_app(settings, webhook_poll_seconds=0.2)
    keys: dict[str, str] = {}
    with app.state.mamori.uow.begin() as s:
        for role in ROLES:
            seller = "S1" if role == "seller" else None
            keys[role] = identity.create_api_key(
                s, role, seller_id=seller, username=f"key-{role}"
            ).token
            identity.create_user(s, f"user-{role}", role, password=PASSWORD, seller_id=seller)
    with TestClient(app, base_url="https://testserver", raise_server_exceptions=False) as client:
        yield Env(client, app, keys, url)


def _permission_of(route: Any) -> str | None:
    """The permission string ``require(...)`` was called with, from the route's dependencies."""
    stack = [route.dependant]
    while stack:
        dep = stack.pop()
        call = getattr(dep, "call", None)
        if call is not None and getattr(call, "__name__", "").startswith("require_"):
            perm = inspect.getclosurevars(call).nonlocals.get("permission")
            if isinstance(perm, str):
                return perm
        stack.extend(dep.dependencies)
    return None


def flat_routes(app: Any) -> list[Any]:
    """Every endpoint with its full path, methods, dependant and endpoint function.

    FastAPI ≥ 0.16x keeps included routers as ``_IncludedRouter`` entries whose effective
    routes carry the prefixed path; older versions list ``APIRoute`` objects directly.
    """
    out: list[Any] = []
    stack = list(app.routes)
    while stack:
        r = stack.pop(0)
        candidates = getattr(r, "effective_candidates", None)
        if candidates is not None:
            stack[:0] = list(candidates() if callable(candidates) else candidates)
        elif getattr(r, "dependant", None) is not None and getattr(r, "methods", None):
            out.append(r)
    return out


def _fill(path: str, value: str) -> str:
    return re.sub(r"\{[^}]+\}", value, path)


def _allowed(role: str, permission: str) -> bool:
    from mamori.services.permissions import ROLE_PERMISSIONS, Role

    perms = ROLE_PERMISSIONS[Role(role)]
    return any(p in perms for p in permission.split("|"))


def api_matrix(env: Env, res: CheckResult) -> int:
    """401 without a key, 403 without the permission — before any validation — on every
    documented operation; with the permission, no 5xx even for garbage input."""
    spec = env.client.get("/openapi.json").json()
    documented = {(p, m.upper()) for p, ops in spec["paths"].items() for m in ops}
    routes = {
        (r.path, m): r
        for r in flat_routes(env.app)
        if not r.path.startswith("/console")
        for m in r.methods
    }
    res.expect(
        documented <= set(routes),
        f"documented but not routed: {sorted(documented - set(routes))[:5]}",
    )
    cells = 0
    for (path, method), route in sorted(routes.items()):
        if path in OPEN:
            continue
        perm = _permission_of(route)
        if not res.expect(perm is not None, f"{method} {path}: no require(permission)"):
            continue
        assert perm is not None
        target = _fill(path, "%20nope'%22")  # invalid for int ids, unknown for the rest
        body = b'{"not": json'
        hdr = {"Content-Type": "application/json"}
        for auth in (None, "Bearer mk_invalid_key_000000000000", "Basic Zm9vOmJhcg=="):
            h = dict(hdr, **({"Authorization": auth} if auth else {}))
            r = env.client.request(method, target, content=body, headers=h)
            cells += 1
            res.expect(r.status_code == 401, f"{method} {path} with auth {auth!r}: {r.status_code}")
        for role in ROLES:
            h = dict(hdr, Authorization=f"Bearer {env.keys[role]}")
            r = env.client.request(method, target, content=body, headers=h)
            cells += 1
            if _allowed(role, perm):
                res.expect(
                    r.status_code not in (401, 403) and r.status_code < 500,
                    f"{method} {path} as {role} ({perm}): {r.status_code} {r.text[:120]}",
                )
            else:
                res.expect(
                    r.status_code == 403,
                    f"{method} {path} as {role} lacks {perm}: got {r.status_code}",
                )
    res.figures["api operations"] = len([k for k in routes if k[0] not in OPEN])
    return cells


CONSOLE_PARAMS = {
    "case_id": "999999",
    "evidence_id": "999999",
    "verb": "claim",
    "transition": "promote",
}
CONSOLE_OPEN = {"/console/login", "/console/static/{name}", "/console/lang/{code}"}


def _console_permission(route: Any) -> str | None:
    src = inspect.getsource(route.endpoint)
    m = re.search(r'_auth\(request, "([^"]+)"\)', src)
    return m.group(1) if m else None


def _session(env: Env, role: str) -> tuple[Any, str]:
    """A logged-in console client (its own cookie jar) and its CSRF token."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    c = TestClient(
        env.app,
        base_url="https://testserver",
        follow_redirects=False,
        raise_server_exceptions=False,
    )
    page = c.get("/console/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token is not None
    r = c.post(
        "/console/login",
        data={"username": f"user-{role}", "password": PASSWORD, "csrf_token": token.group(1)},
    )
    assert r.status_code == 303, (role, r.status_code)
    home = c.get("/console/my" if role == "seller" else "/console/audit")
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', home.text) or re.search(
        r'"X-CSRF-Token": ?"([^"]+)"', home.text
    )
    return c, csrf.group(1) if csrf else ""


def console_matrix(env: Env, res: CheckResult) -> int:
    """Every console route: login redirect without a session (before validating the path),
    403 for roles without the permission, 403 for a POST without the CSRF token."""
    routes = [
        (r.path, m, r)
        for r in flat_routes(env.app)
        if r.path.startswith("/console")
        for m in r.methods
        if r.path not in CONSOLE_OPEN
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    anon = TestClient(
        env.app,
        base_url="https://testserver",
        follow_redirects=False,
        raise_server_exceptions=False,
    )
    sessions = {role: _session(env, role) for role in ROLES}
    cells = 0
    for path, method, route in sorted(routes, key=lambda x: (x[0], x[1])):
        perm = _console_permission(route)
        target = re.sub(r"\{(\w+)(:[^}]*)?\}", lambda m: CONSOLE_PARAMS.get(m[1], "nope"), path)
        odd = _fill(path, "not-a-number")  # must never reach validation (422) unsigned-in
        r = anon.request(method, odd)
        cells += 1
        res.expect(
            r.status_code in (303, 404),
            f"console {method} {odd} without a session: {r.status_code}",
        )
        r = anon.request(method, target)
        cells += 1
        res.expect(
            r.status_code in (303, 401) and "/console/login" in r.headers.get("location", ""),
            f"console {method} {path} without a session: {r.status_code}",
        )
        for role, (c, csrf) in sessions.items():
            cells += 1
            data = {"csrf_token": csrf} if method == "POST" else None
            if path == "/console/logout":  # checked last, it ends the session
                continue
            r = c.request(method, target, data=data)
            if perm and not _allowed(role, perm):
                res.expect(
                    r.status_code == 403, f"console {method} {path} as {role}: {r.status_code}"
                )
            else:
                res.expect(
                    r.status_code < 500, f"console {method} {path} as {role}: {r.status_code}"
                )
            if method == "POST":
                cells += 1
                r = c.request(method, target, data={"csrf_token": "forged"})
                res.expect(
                    r.status_code == 403,
                    f"console POST {path} as {role} with a forged CSRF token: {r.status_code}",
                )
    for role, (c, csrf) in sessions.items():
        r = c.post("/console/logout", data={"csrf_token": csrf})
        cells += 1
        gone = any("mamori_session" in x for x in r.headers.get_list("set-cookie"))
        res.expect(r.status_code == 303 and gone, f"logout as {role}: {r.status_code}")
    res.figures["console routes"] = len(routes)
    return cells


def cookies_and_login(env: Env, res: CheckResult) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    c = TestClient(
        env.app,
        base_url="https://testserver",
        follow_redirects=False,
        raise_server_exceptions=False,
    )
    page = c.get("/console/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    res.expect(token is not None, "login form without a CSRF token")
    csrf = token.group(1) if token else ""
    no_csrf = c.post("/console/login", data={"username": "user-admin", "password": PASSWORD})
    res.expect(no_csrf.status_code == 403, f"login without CSRF token: {no_csrf.status_code}")
    ok = c.post(
        "/console/login",
        data={"username": "user-admin", "password": PASSWORD, "csrf_token": csrf},
    )
    cookie = ok.headers.get("set-cookie", "")
    session = next((x for x in ok.headers.get_list("set-cookie") if "mamori_session" in x), "")
    low = session.lower()
    res.expect(bool(session), f"no session cookie after login ({cookie[:80]})")
    for flag in ("httponly", "samesite=lax", "secure", "path=/console"):
        res.expect(flag in low, f"session cookie lacks {flag}: {session[:160]}")


def rate_limit(env: Env, res: CheckResult) -> None:
    """Wrong passwords until refused (429), and then even the right one is refused."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    c2 = TestClient(
        env.app,
        base_url="https://testserver",
        follow_redirects=False,
        raise_server_exceptions=False,
    )
    csrf2 = re.search(r'name="csrf_token" value="([^"]+)"', c2.get("/console/login").text)
    assert csrf2 is not None
    codes = []
    for i in range(12):
        r = c2.post(
            "/console/login",
            data={"username": "user-viewer", "password": f"guess{i}", "csrf_token": csrf2.group(1)},
        )
        codes.append(r.status_code)
    r = c2.post(
        "/console/login",
        data={"username": "user-viewer", "password": PASSWORD, "csrf_token": csrf2.group(1)},
    )
    codes.append(r.status_code)
    res.expect(429 in codes and codes[-1] == 429, f"login rate limit not applied: {codes}")
    # The window is per client too (10/min here), and the matrix's sign-ins already used it.
    res.figures["wrong passwords before 429 (window partly used by earlier sign-ins)"] = (
        codes.index(429) if 429 in codes else None
    )


def _seed_decisions(env: Env) -> None:
    entity = {
        "id": "L-sec-1",
        "seller_id": "S1",
        "category": "health_food",
        "title": "飲むだけで糖尿病が治るサプリ",
        "description": f"お問い合わせは {PERSONAL[0]} または {PERSONAL[1]} まで",
    }
    for i, e in enumerate([entity, {**entity, "id": "L-sec-2", "seller_id": "S2"}]):
        r = env.client.post(
            "/v1/decisions",
            json={"entity_type": "listing", "entity": e},
            headers={"Authorization": f"Bearer {env.keys['analyst']}", "Idempotency-Key": f"s{i}"},
        )
        assert r.status_code == 200, r.text


def _counts(url: str) -> dict[str, int]:
    from sqlalchemy import func, select

    from mamori.storage import db
    from mamori.storage.tables import actions, audit_log, decisions

    e = db.make_engine(url)
    try:
        with e.connect() as c:
            return {
                t.name: int(c.execute(select(func.count()).select_from(t)).scalar_one())
                for t in (decisions, actions, audit_log)
            }
    finally:
        e.dispose()


def injection_via_parameters(env: Env, res: CheckResult) -> int:
    """Every string query parameter of every GET, and the console's filters, get SQL."""
    spec = env.client.get("/openapi.json").json()
    before = _counts(env.url)
    tried = 0
    h = {"Authorization": f"Bearer {env.keys['admin']}"}
    for path, ops in spec["paths"].items():
        op = ops.get("get")
        if not op:
            continue
        params = [p for p in op.get("parameters", []) if p.get("in") in ("query", "path")]
        for payload in INJECTIONS:
            q = {p["name"]: payload for p in params if p.get("in") == "query"}
            target = _fill(path, payload.replace("/", "%2F"))
            r = env.client.get(target, params=q, headers=h)
            tried += 1
            res.expect(r.status_code < 500, f"GET {path} with {payload!r}: {r.status_code}")
            if path == "/v1/actions" and r.status_code == 200:
                items = r.json()
                items = items.get("items", items) if isinstance(items, dict) else items
                res.expect(not items, f"/v1/actions filter {payload!r} returned {len(items)} rows")
    c, _ = _session(env, "admin")
    for page, names in (
        ("/console/audit", ("entity", "entity_type", "entity_id", "q")),
        ("/console/", ("queue", "status", "cursor")),
        ("/console/findings", ("kind", "status")),
    ):
        for payload in INJECTIONS:
            r = c.get(page, params={n: payload for n in names})
            tried += 1
            res.expect(r.status_code < 500, f"console {page} with {payload!r}: {r.status_code}")
    after = _counts(env.url)
    res.expect(
        after["decisions"] == before["decisions"] and after["actions"] == before["actions"],
        f"rows changed by injected parameters: {before} → {after}",
    )
    return tried


def injection_via_policies(workdir: Path, res: CheckResult) -> int:
    """Policy literals and identifiers can't smuggle SQL into the DuckDB batch engine."""
    import pyarrow as pa

    from mamori.engines.duckdb import DuckDBEngine
    from mamori.errors import DiagnosticsError
    from mamori.policy import load_pack

    evil = "'); DROP TABLE listings; --"
    literal_cases = {
        "title = '" + evil.replace("'", "''") + "'": 1,
        "title LIKE '%''; DROP TABLE x; --%'": 0,
        "regexp_like(title, 'DROP TABLE listings; --')": 1,
        "title IN ('a'') OR 1=1 --', 'b')": 0,
        "coalesce(brand, ''' OR 1=1 --') = ''' OR 1=1 --'": 1,
    }
    identifier_cases = (
        "\"title; DROP TABLE listings; --\" = 'x'",
        '"title"" = 1; DROP TABLE listings; --" = \'x\'',
        "title = 'x'; DROP TABLE listings",
        "title = 'x' UNION SELECT * FROM listings",
        "(SELECT count(*) FROM listings) > 0",
        "read_csv('/etc/passwd') IS NOT NULL",
        "title = current_setting('x')",
    )
    table = pa.table(
        {
            "id": ["A", "B"],
            "title": [evil, "普通の商品"],
            "description": ["x", "y"],
            "brand": [None, "ok"],
            "price": [100, 200],
        }
    )
    tried = 0
    for i, (cond, expected) in enumerate(literal_cases.items()):
        tried += 1
        pack = _policy_pack(workdir / f"inj{i}", cond)
        try:
            p = load_pack(pack)
        except DiagnosticsError as exc:
            res.fail(f"literal case rejected unexpectedly: {cond!r}: {exc}")
            continue
        hits = DuckDBEngine(p).scan(table)
        ids = sorted(hits.column("entity_id").to_pylist())
        res.expect(len(ids) == expected, f"{cond!r}: hits {ids}, expected {expected}")
        res.expect(table.num_rows == 2, "input table changed")
    for i, cond in enumerate(identifier_cases):
        tried += 1
        pack = _policy_pack(workdir / f"inj-id{i}", cond)
        try:
            load_pack(pack)
        except DiagnosticsError as exc:
            lines = str(exc).splitlines()
            res.expect(
                bool(lines) and re.match(r"^\S.*:\d+:\d+: error\[", lines[0]) is not None,
                f"{cond!r}: not a diagnostic: {lines[:1]}",
            )
            continue
        res.fail(f"identifier/statement smuggling accepted: {cond!r}")
    return tried


def _policy_pack(directory: Path, condition: str) -> Path:
    (directory / "policies").mkdir(parents=True, exist_ok=True)
    doc = {
        "id": "rel.injection",
        "version": 1,
        "applies_to": "listing",
        "status": "active",
        "family": "quality",
        "title": {"ja": "注入", "en": "injection"},
        "when": condition,
        "severity": "low",
        "action": "label",
        "points": 1,
        "reason": {"ja": "テスト", "en": "test"},
    }
    (directory / "policies" / "p.yaml").write_text(json.dumps(doc, ensure_ascii=False))
    return directory


def leaks(env: Env, capture: _Capture, res: CheckResult) -> None:
    """No key, password, webhook secret or personal datum in any log line, and personal
    data masked in the DSA export."""
    text = "\n".join(capture.lines)
    secrets = {
        **{f"API key ({r})": k for r, k in env.keys.items()},
        "password": PASSWORD,
        "webhook secret": WEBHOOK_SECRET,
        "e-mail": PERSONAL[0],
        "phone": PERSONAL[1],
    }
    for label, secret in secrets.items():
        res.expect(secret not in text, f"{label} appears in the logs")
    res.figures["log lines inspected"] = len(capture.lines)
    h = {"Authorization": f"Bearer {env.keys['admin']}"}
    r = env.client.get("/v1/actions", headers=h)
    body = r.json()
    items = body.get("items", body) if isinstance(body, dict) else body
    exported = 0
    for a in items[:5]:
        aid = a.get("action_id") or a.get("id")
        d = env.client.get(f"/v1/actions/{aid}/statement", params={"format": "dsa"}, headers=h)
        if d.status_code != 200:
            continue
        exported += 1
        for label, datum in (("e-mail", PERSONAL[0]), ("phone", PERSONAL[1])):
            res.expect(datum not in d.text, f"{label} in the DSA export of action {aid}")
    res.expect(exported > 0, "no DSA export to inspect")
    res.figures["DSA exports inspected"] = exported


def run_security(workdir: Path) -> CheckResult:
    res = CheckResult("security")
    t0 = time.perf_counter()
    capture = _Capture()
    capture.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(capture)
    root.setLevel(logging.DEBUG)
    try:
        with _env(workdir) as env:
            _seed_decisions(env)
            cells = api_matrix(env, res)
            cells += console_matrix(env, res)
            cookies_and_login(env, res)
            inj = injection_via_parameters(env, res)
            rate_limit(env, res)
            time.sleep(0.5)  # let the webhook dispatcher try (and fail) a delivery or two
            leaks(env, capture, res)
        inj += injection_via_policies(workdir, res)
    finally:
        root.removeHandler(capture)
        root.setLevel(old_level)
    res.figures["role × route checks"] = cells
    res.figures["injection attempts"] = inj
    res.seconds = time.perf_counter() - t0
    return res
