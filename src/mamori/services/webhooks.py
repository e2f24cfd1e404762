"""Signed webhooks from an outbox: mamori decides, the marketplace executes.

Events are written to ``webhook_outbox`` in the same transaction as the action, so an
action can't exist without its event and a receiver that is down loses nothing. A
dispatcher posts due events, signs each body (HMAC-SHA256 over ``timestamp.body``),
retries with exponential backoff, and logs every attempt in ``webhook_deliveries``;
``redeliver`` puts delivered or failed events back in the queue.

Receivers verify: ``X-Mamori-Signature: t=<unix>,v1=<hex>`` where
``hex = HMAC_SHA256(secret, f"{t}.{raw_body}")``; reject old timestamps (replay).
"""

from __future__ import annotations

import hashlib
import hmac
import time
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, or_, select, update

from mamori.storage import audit
from mamori.storage.tables import webhook_deliveries, webhook_outbox
from mamori.storage.unit_of_work import UnitOfWork

MAX_ATTEMPTS = 8
BASE_DELAY_S = 2.0
MAX_DELAY_S = 3600.0


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The signature header value.

    >>> sign("s", 1700000000, b"{}")[:13]
    't=1700000000,'
    """
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


def verify_signature(
    secret: str, header: str, body: bytes, tolerance_s: int = 300, now: int | None = None
) -> bool:
    """What a receiver runs (shipped for receivers written in Python, and for tests)."""
    try:
        parts = dict(p.split("=", 1) for p in header.split(","))
        ts = int(parts["t"])
    except (ValueError, KeyError):
        return False
    if abs((now if now is not None else int(time.time())) - ts) > tolerance_s:
        return False
    return hmac.compare_digest(sign(secret, ts, body), header)


def backoff(attempt: int, base: float = BASE_DELAY_S) -> timedelta:
    """Delay before retry ``attempt`` (1-based): base·2^(n−1), capped at an hour.

    >>> [backoff(n).total_seconds() for n in (1, 2, 3)]
    [2.0, 4.0, 8.0]
    """
    return timedelta(seconds=min(MAX_DELAY_S, base * 2 ** (attempt - 1)))


def deliver_due(
    uow: UnitOfWork,
    url: str,
    secret: str,
    *,
    client: Any | None = None,
    now: datetime | None = None,
    limit: int = 100,
    max_attempts: int = MAX_ATTEMPTS,
    base_delay: float = BASE_DELAY_S,
    timeout: float = 5.0,
) -> dict[str, int]:
    """Post every due event once; returns counts of delivered, retried, failed."""
    import httpx

    now = now or audit.utcnow()
    with uow.read() as session:
        due = session.execute(
            select(webhook_outbox)
            .where(webhook_outbox.c.status == "pending", webhook_outbox.c.next_attempt_at <= now)
            .order_by(webhook_outbox.c.created_at, webhook_outbox.c.id)
            .limit(limit)
        ).all()
    own = client is None
    http = client or httpx.Client(timeout=timeout)
    counts = {"delivered": 0, "retried": 0, "failed": 0}
    try:
        for row in due:
            if not _claim(uow, row, lease_s=timeout * 2 + 5):
                continue  # another dispatcher (another server process) took it
            body = row.payload.encode()
            envelope = (
                b'{"id":"'
                + row.id.encode()
                + b'","event":"'
                + row.event.encode()
                + b'","created_at":"'
                + row.created_at.isoformat().encode()
                + b'","data":'
                + body
                + b"}"
            )
            ts = int(time.time())
            headers = {
                "Content-Type": "application/json",
                "X-Mamori-Event": row.event,
                "X-Mamori-Delivery": row.id,
                "X-Mamori-Signature": sign(secret, ts, envelope),
            }
            attempt = row.attempts + 1
            started = time.perf_counter()
            code: int | None = None
            error: str | None = None
            try:
                resp = http.post(url, content=envelope, headers=headers)
                code = resp.status_code
                if not 200 <= code < 300:
                    error = f"HTTP {code}"
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}"[:500]
            ms = int((time.perf_counter() - started) * 1000)
            at = audit.utcnow()
            if error is None:
                values: dict[str, Any] = {
                    "status": "delivered",
                    "attempts": attempt,
                    "delivered_at": at,
                    "last_error": None,
                }
                counts["delivered"] += 1
            elif attempt >= max_attempts:
                values = {"status": "failed", "attempts": attempt, "last_error": error}
                counts["failed"] += 1
            else:
                values = {
                    "attempts": attempt,
                    "last_error": error,
                    "next_attempt_at": at + backoff(attempt, base_delay),
                }
                counts["retried"] += 1
            with uow.begin() as session:
                session.execute(
                    update(webhook_outbox).where(webhook_outbox.c.id == row.id).values(**values)
                )
                session.execute(
                    insert(webhook_deliveries).values(
                        outbox_id=row.id,
                        attempt=attempt,
                        at=at,
                        url=url,
                        status_code=code,
                        error=error,
                        duration_ms=ms,
                    )
                )
    finally:
        if own:
            http.close()
    return counts


def _claim(uow: UnitOfWork, row: Any, lease_s: float) -> bool:
    """Lease one event: only the dispatcher whose conditional update wins sends it.

    Works the same on SQLite and PostgreSQL; if the dispatcher dies mid-send the lease
    runs out and the event is due again (receivers deduplicate on X-Mamori-Delivery).
    """
    with uow.begin() as session:
        res: Any = session.execute(
            update(webhook_outbox)
            .where(
                webhook_outbox.c.id == row.id,
                webhook_outbox.c.status == "pending",
                webhook_outbox.c.attempts == row.attempts,
                webhook_outbox.c.next_attempt_at == row.next_attempt_at,
            )
            .values(next_attempt_at=audit.utcnow() + timedelta(seconds=lease_s))
        )
        return int(res.rowcount) == 1


def redeliver(
    uow: UnitOfWork, actor: str, outbox_id: str | None = None, failed: bool = True
) -> int:
    """Queue events again: one by id, or every failed one (``failed``)."""
    now = audit.utcnow()
    with uow.begin() as session:
        q = update(webhook_outbox)
        if outbox_id is not None:
            q = q.where(webhook_outbox.c.id == outbox_id)
        elif failed:
            q = q.where(webhook_outbox.c.status == "failed")
        else:
            q = q.where(
                or_(webhook_outbox.c.status == "failed", webhook_outbox.c.status == "delivered")
            )
        res: Any = session.execute(q.values(status="pending", attempts=0, next_attempt_at=now))
        n = int(res.rowcount)
        audit.append(
            session,
            actor,
            "webhook.redeliver",
            "webhook_outbox",
            outbox_id or "*",
            {"count": n, "failed_only": failed},
        )
    return n


def outbox_status(uow: UnitOfWork, limit: int = 50) -> dict[str, Any]:
    from sqlalchemy import func

    with uow.read() as session:
        counts = {
            s: int(n)
            for s, n in session.execute(
                select(webhook_outbox.c.status, func.count()).group_by(webhook_outbox.c.status)
            )
        }
        recent = session.execute(
            select(webhook_deliveries).order_by(webhook_deliveries.c.id.desc()).limit(limit)
        ).all()
    return {
        "counts": counts,
        "deliveries": [
            {
                "outbox_id": r.outbox_id,
                "attempt": r.attempt,
                "at": r.at.isoformat(),
                "status_code": r.status_code,
                "error": r.error,
                "duration_ms": r.duration_ms,
            }
            for r in recent
        ],
    }
