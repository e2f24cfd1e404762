"""Load with faults: concurrent decisions while the server is SIGKILLed and restarted.

32 clients post ``/v1/decisions`` with an ``Idempotency-Key`` each; a client that loses
its connection (the server was killed) retries the same key until it gets an answer, as a
marketplace would. Some acknowledged requests are replayed on purpose. Afterwards every
acknowledged decision must be in the database exactly once, under the id the client was
given, each replay must have returned the original bytes, and the audit chain must verify.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from mamori.reliability.common import (
    CheckResult,
    Server,
    cli,
    create_key,
    fresh_database,
    percentile,
    postgres_available,
)

TITLES = (
    "飲むだけで糖尿病が治るサプリ",
    "肌にうるおいを与える化粧水",
    "がんに効く奇跡の水 今だけ半額",
    "国産ひのきのまな板 Mサイズ",
    "1週間で10kg痩せる！置き換えダイエット",
    "ヴィトン 財布 スーパーコピー N級品",
    "手作りの木製おもちゃ 積み木セット",
    "高血圧が下がるお茶 医師も推薦",
)
CATEGORIES = ("health_food", "cosmetics", "kitchen", "fashion", "toys")


def entity(i: int) -> dict[str, Any]:
    """A listing, deterministic in ``i`` (some violate jp policies, most don't)."""
    rnd = random.Random(i)
    return {
        "id": f"RL{i}",
        "seller_id": f"RS{i % 997}",
        "category": rnd.choice(CATEGORIES),
        "title": rnd.choice(TITLES) + f" #{i}",
        "description": rnd.choice(("毎朝1粒", "送料無料", None, "お問い合わせはメッセージで")),
        "price": rnd.randint(300, 30_000),
    }


class _Run:
    def __init__(self, server: Server, key: str, total: int, tag: str) -> None:
        self.server = server
        self.key = key
        self.total = total
        self.tag = tag
        self.acked: dict[str, str] = {}  # idempotency key → decision id
        self.bodies: dict[str, bytes] = {}
        self.latencies: list[float] = []
        self.retries = 0
        self.replays = 0
        self.replay_mismatch = 0
        self.errors: list[str] = []
        self.restarting = asyncio.Event()
        self.restarting.set()  # set = server up

    def ikey(self, i: int) -> str:
        return f"{self.tag}-{i}"

    async def post(self, client: Any, i: int) -> tuple[str, bytes]:
        """Post decision ``i`` until acknowledged; returns (decision id, body)."""
        import httpx

        headers = {"Authorization": f"Bearer {self.key}", "Idempotency-Key": self.ikey(i)}
        payload = {"entity_type": "listing", "entity": entity(i)}
        first = True
        deadline = time.monotonic() + 300
        while True:
            await self.restarting.wait()
            t0 = time.perf_counter()
            try:
                r = await client.post(
                    self.server.base + "/v1/decisions", json=payload, headers=headers
                )
            except httpx.HTTPError:
                r = None
            if r is not None and r.status_code == 200:
                if first:
                    self.latencies.append(time.perf_counter() - t0)
                return str(r.json()["decision_id"]), r.content
            if r is not None and r.status_code < 500:
                raise RuntimeError(f"decision {i}: HTTP {r.status_code} {r.text[:200]}")
            first = False
            self.retries += 1
            if time.monotonic() > deadline:
                raise RuntimeError(f"decision {i} never acknowledged")
            await asyncio.sleep(0.2)

    async def worker(self, queue: asyncio.Queue[int], replay_every: int) -> None:
        import httpx

        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        async with httpx.AsyncClient(timeout=30, limits=limits) as client:
            while True:
                try:
                    i = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                try:
                    did, body = await self.post(client, i)
                    self.acked[self.ikey(i)] = did
                    self.bodies[self.ikey(i)] = body
                    if replay_every and i % replay_every == 0:
                        did2, body2 = await self.post(client, i)
                        self.replays += 1
                        if did2 != did or body2 != body:
                            self.replay_mismatch += 1
                except Exception as exc:  # recorded; the check fails on any
                    self.errors.append(str(exc))

    async def killer(self, kill_at: list[int]) -> None:
        for target in kill_at:
            while len(self.acked) < target:
                await asyncio.sleep(0.02)
            self.server.kill()
            self.restarting.clear()
            await asyncio.sleep(0.3)
            self.restarting.set()  # clients now hammer a dead port and retry
            await asyncio.to_thread(self.server.start)

    async def run(self, clients: int, kills: int, replay_every: int) -> float:
        queue: asyncio.Queue[int] = asyncio.Queue()
        for i in range(self.total):
            queue.put_nowait(i)
        kill_at = [self.total * (k + 1) // (kills + 1) for k in range(kills)]
        t0 = time.perf_counter()
        killer = asyncio.create_task(self.killer(kill_at))
        await asyncio.gather(*(self.worker(queue, replay_every) for _ in range(clients)))
        elapsed = time.perf_counter() - t0
        if not killer.done():
            killer.cancel()
        return elapsed


def _verify_db(database_url: str, run: _Run, username: str, res: CheckResult) -> None:
    from sqlalchemy import func, select

    from mamori.storage import db
    from mamori.storage.tables import actions, decisions, users

    engine = db.make_engine(database_url)
    try:
        with engine.connect() as c:
            uid = c.execute(select(users.c.id).where(users.c.username == username)).scalar_one()
            prefix = f"{uid}:{run.tag}-"
            rows = c.execute(
                select(decisions.c.id, decisions.c.idempotency_key).where(
                    decisions.c.idempotency_key.like(prefix + "%")
                )
            ).all()
            dup_actions = c.execute(
                select(func.count()).select_from(
                    select(actions.c.decision_id)
                    .where(actions.c.decision_id.is_not(None))
                    .group_by(
                        actions.c.decision_id,
                        actions.c.type,
                        actions.c.trigger,
                        actions.c.policy_id,
                        actions.c.threshold,
                    )
                    .having(func.count() > 1)
                    .subquery()
                )
            ).scalar_one()
            n_actions = c.execute(select(func.count()).select_from(actions)).scalar_one()
    finally:
        engine.dispose()
    stored: dict[str, list[str]] = {}
    for r in rows:
        stored.setdefault(str(r.idempotency_key)[len(f"{uid}:") :], []).append(str(r.id))
    twice = sum(1 for v in stored.values() if len(v) > 1)
    missing = [k for k in run.acked if k not in stored]
    wrong = [k for k, d in run.acked.items() if k in stored and stored[k] != [d]]
    res.expect(not missing, f"{len(missing)} acknowledged decisions missing, e.g. {missing[:3]}")
    res.expect(twice == 0, f"{twice} idempotency keys stored more than once")
    res.expect(not wrong, f"{len(wrong)} decisions stored under another id, e.g. {wrong[:3]}")
    res.expect(dup_actions == 0, f"{dup_actions} actions recorded twice for one decision")
    res.figures.update(
        stored=len(rows), missing=len(missing), duplicates=twice, actions=int(n_actions)
    )


def run_load(
    db_kind: str,
    workdir: Path,
    *,
    total: int = 6000,
    clients: int = 32,
    kills: int = 2,
    pack: str = "jp",
) -> CheckResult:
    """The load-with-faults check on ``db_kind`` (``sqlite`` or ``postgres``)."""
    res = CheckResult(f"load · {db_kind}")
    if db_kind == "postgres" and not postgres_available():
        res.skipped = "PostgreSQL is not listening on 127.0.0.1:5432"
        return res
    t_start = time.perf_counter()
    with fresh_database(db_kind, workdir) as url:
        cli(["db", "upgrade"], url)
        username = "reliability-load"
        key = create_key(url, "analyst", username)
        server = Server(url, pack, log_path=workdir / f"serve-load-{db_kind}.log")
        server.start()
        run = _Run(server, key, total, tag=f"load-{db_kind}")
        try:
            # A fresh thread owns its own event loop: the caller may already be inside
            # one (e.g. a test process that also drives Playwright's sync API).
            with ThreadPoolExecutor(max_workers=1) as pool:
                elapsed = pool.submit(
                    lambda: asyncio.run(run.run(clients, kills, replay_every=50))
                ).result()
        finally:
            server.stop()
        res.expect(not run.errors, f"{len(run.errors)} client errors, e.g. {run.errors[:3]}")
        res.expect(len(run.acked) == total, f"only {len(run.acked)}/{total} acknowledged")
        res.expect(run.replay_mismatch == 0, f"{run.replay_mismatch} replays differed")
        res.expect(server.kills == kills, f"server killed {server.kills}×, planned {kills}")
        _verify_db(url, run, username, res)
        log_path = workdir / f"serve-load-{db_kind}.log"
        log = log_path.read_text(errors="replace") if log_path.exists() else ""
        res.expect(key not in log, "the API key appears in the server log")
        res.expect("Traceback" not in log, "a traceback in the server log")
        res.figures["server log lines (key-free, no traceback)"] = len(log.splitlines())
        verify = cli(["audit", "verify"], url, check=False)
        res.expect(verify.returncode == 0, f"audit verify failed: {verify.stderr.strip()}")
        res.figures.update(
            decisions=total,
            clients=clients,
            acknowledged=len(run.acked),
            kills=server.kills,
            retries=run.retries,
            replays=run.replays,
            replay_mismatch=run.replay_mismatch,
            seconds=round(elapsed, 1),
            decisions_per_s=round(len(run.acked) / elapsed, 1) if elapsed else 0.0,
            p50_ms=round(percentile(run.latencies, 50) * 1000, 1),
            p99_ms=round(percentile(run.latencies, 99) * 1000, 1),
            audit_verify=verify.stdout.strip(),
        )
    res.seconds = time.perf_counter() - t_start
    return res


def main() -> None:  # pragma: no cover - manual use
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        r = run_load("sqlite", Path(d), total=500)
        print(json.dumps(r.__dict__, default=str, ensure_ascii=False, indent=1))


if __name__ == "__main__":  # pragma: no cover
    main()
