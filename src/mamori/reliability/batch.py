"""Batch enforcement killed and resumed; webhooks while the receiver is down.

``mamori enforce`` is SIGKILLed once some batches have committed and then run again; the
database must end up exactly as after one uninterrupted run. The webhook dispatcher posts
to a receiver that answers 503 for a while: once it is back every event arrives, signed,
and nothing is lost (receivers deduplicate on ``X-Mamori-Delivery``).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from mamori.reliability.badfiles import _good
from mamori.reliability.common import (
    MAMORI,
    CheckResult,
    cli,
    fresh_database,
    postgres_available,
)


def _hits_file(workdir: Path, rows: int) -> Path:
    src = workdir / "enforce-listings.jsonl"
    src.write_text(
        "\n".join(json.dumps(_good(i), ensure_ascii=False) for i in range(rows)) + "\n",
        encoding="utf-8",
    )
    out = workdir / "enforce-hits.parquet"
    cli(["scan", "--pack", "jp", str(src), "-o", str(out)], "sqlite:///unused.db")
    return out


def _snapshot(url: str) -> dict[str, set[tuple[Any, ...]]]:
    """What enforcement produced, without timestamps (they differ between runs)."""
    from sqlalchemy import select

    from mamori.storage import db
    from mamori.storage.tables import actions, decision_hits, decisions, points_ledger

    e = db.make_engine(url)
    try:
        with e.connect() as c:
            return {
                "decisions": set(
                    c.execute(select(decisions.c.id, decisions.c.entity_id, decisions.c.seller_id))
                ),
                "hits": set(
                    c.execute(
                        select(
                            decision_hits.c.decision_id,
                            decision_hits.c.policy_id,
                            decision_hits.c.policy_version,
                            decision_hits.c.status,
                        )
                    )
                ),
                "actions": set(
                    c.execute(
                        select(
                            actions.c.id,
                            actions.c.type,
                            actions.c.entity_id,
                            actions.c.seller_id,
                            actions.c.points,
                            actions.c.threshold,
                            actions.c.status,
                        )
                    )
                ),
                "points": set(
                    c.execute(
                        select(
                            points_ledger.c.seller_id,
                            points_ledger.c.action_id,
                            points_ledger.c.points,
                        )
                    )
                ),
            }
    finally:
        e.dispose()


def _checkpoints(url: str) -> int:
    from sqlalchemy import func, select

    from mamori.storage import db
    from mamori.storage.tables import enforce_checkpoints

    e = db.make_engine(url)
    try:
        with e.connect() as c:
            return int(
                c.execute(select(func.count()).select_from(enforce_checkpoints)).scalar_one()
            )
    except Exception:  # table not there yet (migrating)
        return 0
    finally:
        e.dispose()


def run_enforce_resume(
    db_kind: str, workdir: Path, *, rows: int = 3000, batch_size: int = 50
) -> CheckResult:
    res = CheckResult(f"batch enforcement killed and resumed · {db_kind}")
    if db_kind == "postgres" and not postgres_available():
        res.skipped = "PostgreSQL is not listening on 127.0.0.1:5432"
        return res
    t0 = time.perf_counter()
    hits = _hits_file(workdir, rows)
    args = ["enforce", str(hits), "--pack", "jp", "--batch-size", str(batch_size)]
    with fresh_database(db_kind, workdir) as ref, fresh_database(db_kind, workdir) as url:
        cli(args, ref)
        want = _snapshot(ref)
        cli(["db", "upgrade"], url)
        env = {**os.environ, "MAMORI_DATABASE_URL": url}
        proc = subprocess.Popen(
            [*MAMORI, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        killed_after = 0
        while proc.poll() is None:
            n = _checkpoints(url)
            if n >= 2:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                killed_after = n
                break
            time.sleep(0.05)
        res.expect(killed_after > 0, "enforce finished before it could be killed (too small)")
        partial = _snapshot(url)
        resumed = cli(args, url)
        report = json.loads(resumed.stdout.strip().splitlines()[-1])
        got = _snapshot(url)
        for table in want:
            res.expect(
                got[table] == want[table],
                f"{table}: {len(got[table] ^ want[table])} rows differ after resume",
            )
        cli(args, url)  # a third run changes nothing either
        res.expect(_snapshot(url) == want, "a re-run after completion changed the database")
        verify = cli(["audit", "verify"], url, check=False)
        res.expect(verify.returncode == 0, f"audit verify: {verify.stderr.strip()}")
        res.figures.update(
            {
                "entities": len(want["decisions"]),
                "actions": len(want["actions"]),
                "batches committed before SIGKILL": killed_after,
                "decisions before SIGKILL": len(partial["decisions"]),
                "batches skipped on resume": report.get("skipped_batches"),
                "identical to an uninterrupted run": got == want,
            }
        )
    res.seconds = time.perf_counter() - t0
    return res


class _Receiver:
    """A webhook endpoint that can be 'down' (503) and records what it accepted."""

    def __init__(self, secret: str) -> None:
        self.secret = secret
        self.down = True
        self.received: dict[str, int] = {}
        self.refused = 0
        self.bad_signatures = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                from mamori.services.webhooks import verify_signature

                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                if outer.down:
                    outer.refused += 1
                    self.send_response(503)
                    self.end_headers()
                    return
                sig = self.headers.get("X-Mamori-Signature", "")
                try:
                    ok = bool(verify_signature(outer.secret, sig, body))
                except Exception:
                    ok = False
                if not ok:
                    outer.bad_signatures += 1
                delivery = self.headers.get("X-Mamori-Delivery", "")
                outer.received[delivery] = outer.received.get(delivery, 0) + 1
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> _Receiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def run_webhooks_down(workdir: Path, *, rows: int = 300, down_s: float = 2.0) -> CheckResult:
    """Receiver down for ``down_s`` (backoff scaled to 20 ms), then up: all delivered."""
    from sqlalchemy import select

    from mamori.services.webhooks import deliver_due, redeliver
    from mamori.storage import db
    from mamori.storage.tables import webhook_outbox
    from mamori.storage.unit_of_work import UnitOfWork

    res = CheckResult("webhooks · receiver down, then back")
    t0 = time.perf_counter()
    secret = "whsec-reliability-down"
    hits = _hits_file(workdir, rows)
    with fresh_database("sqlite", workdir) as url:
        cli(["enforce", str(hits), "--pack", "jp"], url)
        engine = db.make_engine(url)
        uow = UnitOfWork(db.session_factory(engine))
        with uow.read() as s:
            events = {r.id for r in s.execute(select(webhook_outbox.c.id))}
        rounds = {"while down": 0, "after": 0}
        with _Receiver(secret) as rx:
            end = time.monotonic() + down_s
            while time.monotonic() < end or rounds["while down"] < 4:
                deliver_due(uow, rx.url, secret, base_delay=0.02, limit=1000)
                rounds["while down"] += 1
                time.sleep(0.05)
            rx.down = False
            failed_requeued = redeliver(uow, "admin:reliability", None, failed=True)
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                deliver_due(uow, rx.url, secret, base_delay=0.02, limit=1000)
                rounds["after"] += 1
                with uow.read() as s:
                    pending = s.execute(
                        select(webhook_outbox.c.id).where(webhook_outbox.c.status != "delivered")
                    ).all()
                if not pending:
                    break
                time.sleep(0.1)
            missing = events - set(rx.received)
            res.expect(bool(events), "no webhook events were created (test data too weak)")
            res.expect(not missing, f"{len(missing)} events never delivered")
            res.expect(rx.bad_signatures == 0, f"{rx.bad_signatures} bad signatures")
            res.expect(rx.refused > 0, "the receiver was never down when called")
            res.figures.update(
                {
                    "events": len(events),
                    "delivered": len(set(rx.received) & events),
                    "refused while down (503)": rx.refused,
                    "failed events re-queued": failed_requeued,
                    "duplicate deliveries": sum(v - 1 for v in rx.received.values()),
                    "receiver down for": f"{down_s:g} s (backoff base 20 ms)",
                }
            )
        engine.dispose()
    res.seconds = time.perf_counter() - t0
    return res
