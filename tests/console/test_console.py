"""The console over HTTP (no browser): login, CSRF, cookies, pages, case workflow."""

from __future__ import annotations

from typing import Any

from mamori.cases import drafts
from mamori.services import cases as case_service
from mamori.services.identity import SYSTEM

from .conftest import TestClient, csrf_of, login

RING = {
    "finding_id": "ring-42",
    "kind": "account_ring",
    "entity_type": "seller",
    "entity_ids": ["S1", "S2", "S3"],
    "score": 0.92,
    "window": "2026-10",
    "evidence": [{"field": "payment", "text": "共有カード"}],
    "suggested_action": "suspend",
}


def _open_ring(app: Any) -> int:
    with app.state.mamori.uow.begin() as s:
        case_id, _ = case_service.open_case(s, drafts.from_finding(RING), SYSTEM)
    return case_id


def test_pages_need_login(client: TestClient) -> None:
    r = client.get("/console/", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/console/login")
    assert "ログイン" in client.get("/console/login").text


def test_login_sets_hardened_cookie_and_wrong_password_fails(client: TestClient, app: Any) -> None:
    bad = login(client, "ana", "nope")
    assert bad.status_code == 401 and "Wrong username or password" in bad.text
    ok = login(client, "ana")
    assert ok.status_code == 303
    cookie = ok.headers["set-cookie"]
    assert (
        "mamori_session=" in cookie
        and "HttpOnly" in cookie
        and "SameSite=lax" in cookie.replace("Lax", "lax")
    )
    assert "Secure" not in cookie  # cookie_secure=False in this test app
    app.state.mamori.settings.cookie_secure = True  # production default
    assert "Secure" in client.get("/console/login").headers["set-cookie"]


def test_login_needs_csrf_and_is_rate_limited(client: TestClient) -> None:
    client.get("/console/login")
    r = client.post(
        "/console/login", data={"username": "ana", "password": "x", "csrf_token": "forged"}
    )
    assert r.status_code == 403
    codes = [login(client, "ana", "wrong").status_code for _ in range(6)]
    assert codes[:5] == [401] * 5 and codes[5] == 429


def test_open_redirect_is_refused(client: TestClient) -> None:
    page = client.get("/console/login?next=https://evil.example/")
    assert 'value="/console/"' in page.text
    r = client.post(
        "/console/login",
        data={
            "username": "ana",
            "password": "correct horse 守り",
            "csrf_token": csrf_of(page.text),
            "next": "//evil.example/x",
        },
        follow_redirects=False,
    )
    assert r.headers["location"] == "/console/"


def test_case_workflow_through_forms(client: TestClient, app: Any) -> None:
    case_id = _open_ring(app)
    login(client, "rev")
    page = client.get(f"/console/cases/{case_id}")
    assert page.status_code == 200 and "Linked-account ring" in page.text and "S2" in page.text
    token = csrf_of(page.text)
    # A POST without the token is refused before anything happens.
    r = client.post(f"/console/cases/{case_id}/claim", data={})
    assert r.status_code == 403 and "CSRF" in r.text
    r = client.post(f"/console/cases/{case_id}/claim", data={"csrf_token": token})
    assert r.status_code == 200 and 'data-testid="holder"' in r.text
    client.post(
        f"/console/cases/{case_id}/note", data={"csrf_token": token, "body": "決済手段を共有"}
    )
    r = client.post(
        f"/console/cases/{case_id}/action",
        data={
            "csrf_token": token,
            "action": "suspend",
            "entity_id": "S1",
            "scope": "subject",
            "reason": "連携アカウントによる規約回避",
        },
    )
    assert r.status_code == 200, r.text
    assert "Statement of reasons" in r.text
    r = client.post(
        f"/console/cases/{case_id}/resolve",
        data={"csrf_token": token, "outcome": "confirmed_risk", "resolution": "ring confirmed"},
    )
    assert 'data-testid="recommendation"' in r.text
    seller = client.get("/console/sellers/S1")
    assert seller.status_code == 200 and "suspend" in seller.text and "S2" in seller.text
    audit_page = client.get(f"/console/audit?entity_type=case&entity_id={case_id}")
    for event in ("case.open", "case.claim", "case.note", "case.action", "case.resolve"):
        assert event in audit_page.text


def test_group_action_suspends_every_ring_member(client: TestClient, app: Any) -> None:
    case_id = _open_ring(app)
    login(client, "rev")
    token = csrf_of(client.get(f"/console/cases/{case_id}").text)
    client.post(f"/console/cases/{case_id}/claim", data={"csrf_token": token})
    client.post(
        f"/console/cases/{case_id}/action",
        data={"csrf_token": token, "action": "suspend", "scope": "group", "reason": "ring"},
    )
    with app.state.mamori.uow.read() as s:
        case = case_service.get_case(s, case_id, SYSTEM)
    acted = sorted(e["detail"]["entity_id"] for e in case["events"] if e["event"] == "action")
    assert acted == ["S1", "S2", "S3"]


def test_roles_limit_pages_and_buttons(client: TestClient, app: Any) -> None:
    case_id = _open_ring(app)
    login(client, "vic")
    page = client.get(f"/console/cases/{case_id}")
    assert page.status_code == 200 and 'data-testid="claim"' not in page.text
    r = client.post(f"/console/cases/{case_id}/claim", data={"csrf_token": csrf_of(page.text)})
    assert r.status_code == 403
    login(client, "shop")
    assert client.get("/console/", follow_redirects=False).headers["location"] == "/console/my"
    assert client.get(f"/console/cases/{case_id}").status_code == 403


def test_every_main_page_renders(client: TestClient, app: Any) -> None:
    _open_ring(app)
    login(client, "adm")
    for path in (
        "/console/",
        "/console/findings",
        "/console/appeals",
        "/console/policies",
        "/console/backtests",
        "/console/monitoring",
        "/console/audit",
        "/console/audit?verify=1",
        "/console/sellers/S1",
    ):
        r = client.get(path)
        assert r.status_code == 200, (path, r.text[:500])
        assert "守り" in r.text
    assert client.get("/console/static/htmx.min.js").status_code == 200
    assert client.get("/console/static/../views.py").status_code == 404


def test_language_toggle(client: TestClient, app: Any) -> None:
    _open_ring(app)
    login(client, "ana")
    client.get("/console/lang/en?next=/console/")
    en = client.get("/console/").text
    assert "Case queues" in en and "ケースキュー" not in en
    client.get("/console/lang/ja?next=/console/")
    ja = client.get("/console/").text
    assert "ケースキュー" in ja and "Case queues" not in ja


def test_dashboards_draw_charts(client: TestClient, app: Any) -> None:
    from .conftest import seed_dashboards

    seed_dashboards(app)
    login(client, "adm")
    mon = client.get("/console/monitoring").text
    assert mon.count("<polyline") >= 3 and "hits above the expected band" in mon
    bt = client.get("/console/backtests").text
    assert "<rect" in bt and "0.91 [0.88, 0.93]" in bt and "¥18,400,000" in bt


def test_queue_paging_partial_for_htmx(client: TestClient, app: Any) -> None:
    with app.state.mamori.uow.begin() as s:
        for i in range(60):
            case_service.open_case(
                s, drafts.from_report(f"R{i}", "listing", f"L{i}", "user", "spam", None), SYSTEM
            )
    login(client, "ana")
    full = client.get("/console/")
    assert full.text.count("data-case=") == 50 and 'data-testid="more"' in full.text
    import re

    next_url = re.search(r'hx-get="([^"]+cursor=[^"]+)"', full.text)
    assert next_url
    part = client.get(
        next_url.group(1).replace("&amp;", "&"), headers={"HX-Request": "true", "HX-Target": "more"}
    )
    assert part.text.count("data-case=") == 10 and "<html" not in part.text
    assert 'data-testid="more"' not in part.text  # the last page offers no more


def test_file_evidence_upload_and_download(client: TestClient, app: Any) -> None:
    case_id = _open_ring(app)
    login(client, "ana")
    token = csrf_of(client.get(f"/console/cases/{case_id}").text)
    client.post(f"/console/cases/{case_id}/claim", data={"csrf_token": token})
    payload = "<script>alert(1)</script> 出品ページの写し".encode()
    r = client.post(
        f"/console/cases/{case_id}/evidence",
        data={"csrf_token": token, "label": "", "kind": "text", "content": ""},
        files={"file": ("出品ページ.html", payload, "text/html")},
    )
    assert r.status_code == 200 and 'data-testid="download"' in r.text
    import re

    href = re.search(r'href="(/console/cases/\d+/evidence/\d+)"', r.text)
    assert href
    got = client.get(href.group(1))
    assert got.content == payload
    assert got.headers["content-type"] == "application/octet-stream"
    assert got.headers["content-disposition"].startswith("attachment;")
    assert got.headers["x-content-type-options"] == "nosniff"
    too_big = client.post(
        f"/console/cases/{case_id}/evidence",
        data={"csrf_token": token},
        files={"file": ("big.bin", b"x" * 200_000, "application/octet-stream")},
    )
    assert too_big.status_code == 413
    empty = client.post(
        f"/console/cases/{case_id}/evidence", data={"csrf_token": token, "content": " "}
    )
    assert empty.status_code == 409
