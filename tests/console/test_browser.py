"""End to end in real headless Chromium (Debian's ``chromium``; never a downloaded browser).

The console runs in uvicorn on a free loopback port with a temporary SQLite database.
Story 1: a reviewer claims the case of a planted ring, inspects the linked accounts,
suspends the seller, reads the statement of reasons; the seller appeals in its own
console; a second reviewer overturns; the audit log shows every step.
Story 2: a policy goes shadow → approved → active through two different people, the
four-eyes rule refusing the author's own approval.

Set ``MAMORI_SCREENSHOTS=DIR`` to save screenshots of the main pages (docs/screenshots).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mamori.cases import drafts
from mamori.services import cases as case_service
from mamori.services.identity import SYSTEM

from .conftest import PASSWORD, seed_dashboards

pytestmark = pytest.mark.browser

SHOTS = os.environ.get("MAMORI_SCREENSHOTS")

RING = {
    "finding_id": "ring-tokyo-7",
    "kind": "account_ring",
    "entity_type": "seller",
    "entity_ids": ["S1", "S2", "S3"],
    "score": 0.93,
    "window": "2026-10-01/2026-10-31",
    "evidence": [
        {"field": "payment", "text": "同一カード（ハッシュ一致） / same card hash"},
        {"field": "device", "text": "同一端末 / same device"},
    ],
    "suggested_action": "suspend",
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(app: Any) -> Iterator[str]:
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


def _shot(page: Any, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


def _login(browser: Any, base: str, username: str) -> Any:
    context = browser.new_context(viewport={"width": 1360, "height": 900}, locale="ja-JP")
    page = context.new_page()
    page.goto(f"{base}/console/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert username in page.inner_text("[data-testid=who]")
    return page


def test_ring_to_suspension_appeal_and_overturn(browser: Any, app: Any, server: str) -> None:
    with app.state.mamori.uow.begin() as s:
        ring_case, _ = case_service.open_case(s, drafts.from_finding(RING), SYSTEM)
        # Background noise so the queue looks like a queue.
        for i in range(6):
            case_service.open_case(
                s,
                drafts.from_report(
                    f"R{i}",
                    "listing",
                    f"L{100 + i}",
                    ["user", "brand"][i % 2],
                    ["counterfeit", "misleading_price", "stema"][i % 3],
                    "通報本文",
                ),
                SYSTEM,
            )

    rev = _login(browser, server, "rev")
    # Queue → the ring's case.
    assert "Linked-account ring" in rev.inner_text("#cases")
    _shot(rev, "queues")
    rev.click(f"tr[data-case='{ring_case}'] a >> nth=0")
    rev.wait_for_load_state("networkidle")
    rev.click("[data-testid=claim]")
    rev.wait_for_load_state("networkidle")
    assert "rev" in rev.inner_text("[data-testid=holder]")
    # Linked accounts: all three ring members, and seller 360 shows the others as linked.
    links = rev.inner_text("[data-testid=links]")
    assert all(s in links for s in ("S1", "S2", "S3"))
    _shot(rev, "case")
    rev.click("[data-testid=links] a:text('S2')")
    rev.wait_for_load_state("networkidle")
    linked = rev.inner_text("[data-testid=linked]")
    assert "S1" in linked and "S3" in linked
    rev.go_back()
    rev.wait_for_load_state("networkidle")
    # Suspend the seller S1 from the case.
    rev.select_option("[data-testid=action-form] select[name=action]", "suspend")
    rev.select_option("[data-testid=action-form] select[name=entity_id]", "S1")
    rev.fill(
        "[data-testid=action-form] textarea[name=reason]",
        "連携アカウントによる利用停止措置の回避 / evading a suspension through linked accounts",
    )
    rev.click("[data-testid=take-action]")
    rev.wait_for_load_state("networkidle")
    # Read the statement of reasons.
    rev.click("[data-testid=statement-link] >> nth=0")
    rev.wait_for_load_state("networkidle")
    statement = rev.inner_text("[data-testid=statement]")
    assert "S1" in statement or "suspend" in statement or "停止" in statement
    assert rev.inner_text("[data-testid=action-status]") == "active"
    action_url = rev.url
    _shot(rev, "statement")

    # The seller appeals in its own console.
    shop = _login(browser, server, "shop")
    assert shop.url.endswith("/console/my")
    assert "suspend" in shop.inner_text("[data-testid=my-actions]")
    shop.click("[data-testid=my-actions] a >> nth=0")
    shop.wait_for_load_state("networkidle")
    shop.fill(
        "textarea[name=statement]",
        "S2・S3 とは無関係です。端末は家族と共用しています。 / Not related to S2/S3; the device is shared with family.",
    )
    shop.click("[data-testid=appeal]")
    shop.wait_for_load_state("networkidle")
    assert shop.inner_text("[data-testid=appeal-status]") == "open"
    # A seller cannot open staff pages.
    shop.goto(f"{server}/console/cases/{ring_case}")
    assert "403" in shop.inner_text("main")

    # A second reviewer overturns.
    rev2 = _login(browser, server, "rev2")
    rev2.goto(f"{server}/console/appeals")
    assert "無関係" in rev2.inner_text("[data-testid=appeals]")
    _shot(rev2, "appeals")
    rev2.fill(
        "[data-testid=appeals] input[name=note]",
        "共用端末の説明に合理性あり / shared device explained",
    )
    rev2.click("[data-testid=overturn]")
    rev2.wait_for_load_state("networkidle")
    rev2.goto(action_url)
    assert rev2.inner_text("[data-testid=action-status]") == "reversed"
    assert rev2.inner_text("[data-testid=appeal-status]") == "overturned"

    # The audit trail shows every step, and the chain verifies.
    adm = _login(browser, server, "adm")
    adm.goto(f"{server}/console/audit?verify=1")
    trail = adm.inner_text("[data-testid=audit]")
    for event in (
        "case.open",
        "case.claim",
        "case.action",
        "appeal.create",
        "appeal.review",
        "action.reverse",
        "console.login",
    ):
        assert event in trail, event
    assert "OK" in adm.inner_text("[data-testid=verify]")
    _shot(adm, "audit")
    adm.goto(f"{server}/console/sellers/S1")
    _shot(adm, "seller360")
    adm.goto(f"{server}/console/findings")
    _shot(adm, "findings")


def test_policy_promoted_through_shadow_to_active_by_two_people(
    browser: Any, app: Any, server: str
) -> None:
    policy = "jp.stema.undisclosed-ad"
    pa1 = _login(browser, server, "pa1")
    pa1.goto(f"{server}/console/policies/{policy}")
    pa1.click("[data-testid=promote]")
    pa1.wait_for_load_state("networkidle")
    assert pa1.inner_text("[data-testid=state]") == "shadow"
    # The author may not approve their own change (four eyes).
    pa1.click("[data-testid=approve]")
    pa1.wait_for_load_state("networkidle")
    refusal = pa1.inner_text("[role=alert]")
    assert "four-eyes" in refusal and "四つの目" in refusal, refusal
    pa2 = _login(browser, server, "pa2")
    pa2.goto(f"{server}/console/policies/{policy}")
    pa2.click("[data-testid=approve]")
    pa2.wait_for_load_state("networkidle")
    assert pa2.inner_text("[data-testid=state]") == "approved"
    pa2.click("[data-testid=activate]")
    pa2.wait_for_load_state("networkidle")
    assert pa2.inner_text("[data-testid=state]") == "active"
    history = pa2.inner_text("[data-testid=policy-history]")
    assert "pa1" in history and "pa2" in history
    _shot(pa2, "policy")
    pa2.goto(f"{server}/console/policies")
    _shot(pa2, "policies")
    seed_dashboards(app)
    pa2.goto(f"{server}/console/monitoring")
    assert pa2.locator("svg.chart").count() == 2
    _shot(pa2, "monitoring")
    pa2.goto(f"{server}/console/backtests")
    assert pa2.locator("svg.chart").count() == 1
    _shot(pa2, "backtests")
