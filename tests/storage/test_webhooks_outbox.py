"""Webhooks: signed deliveries from the outbox, backoff, failure, redelivery, log."""

from __future__ import annotations

import json
from datetime import timedelta

import httpx
from sqlalchemy import select

from mamori.services import webhooks
from mamori.services.decisions import outbox_row
from mamori.storage import audit
from mamori.storage.tables import webhook_deliveries, webhook_outbox
from mamori.storage.unit_of_work import UnitOfWork

SECRET = "s3cret"


def _queue(uow: UnitOfWork, n: int = 2) -> None:
    now = audit.utcnow()
    with uow.begin() as s:
        s.execute(
            webhook_outbox.insert(),
            [
                outbox_row("action.created", {"action_id": f"A{i}", "type": "delist"}, now, f"A{i}")
                for i in range(n)
            ],
        )


def test_signed_delivery(uow: UnitOfWork) -> None:
    _queue(uow)
    got: list[httpx.Request] = []

    def receiver(req: httpx.Request) -> httpx.Response:
        got.append(req)
        ok = webhooks.verify_signature(SECRET, req.headers["X-Mamori-Signature"], req.content)
        return httpx.Response(200 if ok else 401)

    with httpx.Client(transport=httpx.MockTransport(receiver)) as client:
        out = webhooks.deliver_due(uow, "http://platform/hook", SECRET, client=client)
    assert out == {"delivered": 2, "retried": 0, "failed": 0}
    body = json.loads(got[0].content)
    assert body["event"] == "action.created" and body["data"]["action_id"] in {"A0", "A1"}
    assert not webhooks.verify_signature(
        "wrong", got[0].headers["X-Mamori-Signature"], got[0].content
    )
    with uow.read() as s:
        assert {r.status for r in s.execute(select(webhook_outbox))} == {"delivered"}
        assert len(s.execute(select(webhook_deliveries)).all()) == 2


def test_receiver_down_backoff_then_failed_then_redelivered(uow: UnitOfWork) -> None:
    _queue(uow, 1)
    down = httpx.MockTransport(lambda req: httpx.Response(503))
    with httpx.Client(transport=down) as client:
        first = webhooks.deliver_due(
            uow, "http://platform/hook", SECRET, client=client, max_attempts=3
        )
        assert first == {"delivered": 0, "retried": 1, "failed": 0}
        # Not due again until the backoff passes.
        assert (
            webhooks.deliver_due(uow, "http://platform/hook", SECRET, client=client)["retried"] == 0
        )
        later = audit.utcnow() + timedelta(hours=2)
        webhooks.deliver_due(
            uow, "http://platform/hook", SECRET, client=client, now=later, max_attempts=3
        )
        last = webhooks.deliver_due(
            uow,
            "http://platform/hook",
            SECRET,
            client=client,
            now=later + timedelta(hours=2),
            max_attempts=3,
        )
    assert last["failed"] == 1
    with uow.read() as s:
        row = s.execute(select(webhook_outbox)).one()
        attempts = [
            r.attempt
            for r in s.execute(select(webhook_deliveries).order_by(webhook_deliveries.c.id))
        ]
    assert row.status == "failed" and row.attempts == 3 and attempts == [1, 2, 3]
    assert webhooks.redeliver(uow, "admin:test") == 1
    up = httpx.MockTransport(lambda req: httpx.Response(204))
    with httpx.Client(transport=up) as client:
        assert (
            webhooks.deliver_due(uow, "http://platform/hook", SECRET, client=client)["delivered"]
            == 1
        )
    with uow.read() as s:
        assert audit.verify(s).ok


def test_connection_error_is_retried(uow: UnitOfWork) -> None:
    _queue(uow, 1)

    def refuse(req: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=req)

    with httpx.Client(transport=httpx.MockTransport(refuse)) as client:
        out = webhooks.deliver_due(uow, "http://platform/hook", SECRET, client=client)
    assert out["retried"] == 1
    with uow.read() as s:
        assert "ConnectError" in (s.execute(select(webhook_outbox.c.last_error)).scalar() or "")


def test_two_dispatchers_never_send_the_same_event_twice(uow: UnitOfWork) -> None:
    _queue(uow, 3)
    with uow.read() as s:
        due = s.execute(select(webhook_outbox)).all()
    # A second dispatcher that read the same due rows loses every claim once the first won.
    assert all(webhooks._claim(uow, r, 30) for r in due)
    assert not any(webhooks._claim(uow, r, 30) for r in due)
    sent: list[str] = []
    with httpx.Client(
        transport=httpx.MockTransport(
            lambda req: sent.append(req.headers["X-Mamori-Delivery"]) or httpx.Response(200)
        )
    ) as client:
        out = webhooks.deliver_due(uow, "http://platform/hook", SECRET, client=client)
    assert out["delivered"] == 0 and sent == []  # leased, not yet due again
