"""Benchmark (not a test): the queue page and the case view over 100 000 cases.

    .venv/bin/python tests/cases/bench_queue.py [N]

Inserts N synthetic cases (bulk, like a big findings import) into a temporary SQLite
database, then times the first queue page, a deep keyset page, a filtered queue page,
the queue counts and one case view. Prints one line per figure.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from mamori.cases.model import Exposure, Priority
from mamori.cases.priority import due_at, priority, score
from mamori.services import cases as svc
from mamori.services import identity
from mamori.services.identity import SYSTEM
from mamori.storage import db
from mamori.storage.case_tables import case_links, cases
from mamori.storage.unit_of_work import UnitOfWork

QUEUES = ("operations", "specialist", "legal_leadership", "specialist:legal")
STATUSES = ("open", "open", "open", "claimed", "escalated", "resolved")


def main(n: int = 100_000) -> None:
    rng = random.Random(7)
    path = Path(tempfile.mkdtemp()) / "bench.db"
    engine = db.make_engine(f"sqlite:///{path}")
    db.upgrade(engine)
    uow = UnitOfWork(db.session_factory(engine))
    t0 = datetime(2026, 11, 1)
    start = time.perf_counter()
    with uow.begin() as s:
        batch = []
        for i in range(n):
            risk = rng.random()
            exp = Exposure(
                rng.randrange(0, 50_000_000), rng.randrange(0, 200_000), rng.randrange(0, 5_000)
            )
            p = priority(risk, exp)
            opened = t0 + timedelta(minutes=i % 40_000)
            batch.append(
                {
                    "source": "finding",
                    "source_ref": f"F{i}",
                    "kind": "account_ring",
                    "title_ja": f"連携アカウント群（{i % 7 + 2}件）",
                    "title_en": f"Linked-account ring ({i % 7 + 2} sellers)",
                    "summary": "",
                    "entity_type": "seller",
                    "entity_id": f"S{i}",
                    "seller_id": f"S{i}",
                    "group_id": f"F{i}",
                    "severity": None,
                    "legal_basis": 0,
                    "risk": risk,
                    "exposure_gmv": exp.gmv_yen,
                    "exposure_followers": exp.followers,
                    "exposure_buyers": exp.buyers,
                    "score": score(risk, exp),
                    "priority": p.value,
                    "status": rng.choice(STATUSES),
                    "level": 1,
                    "team": "operations",
                    "queue": rng.choice(QUEUES),
                    "opened_by": "bench",
                    "opened_at": opened,
                    "due_at": due_at(opened, Priority(p.value)),
                    "updated_at": opened,
                }
            )
            if len(batch) == 5_000:
                s.execute(insert(cases), batch)
                batch = []
        if batch:
            s.execute(insert(cases), batch)
        s.execute(
            insert(case_links),
            [
                {
                    "case_id": i + 1,
                    "entity_type": "seller",
                    "entity_id": f"S{i}",
                    "role": "member",
                    "added_by": "bench",
                    "added_at": t0,
                }
                for i in range(0, n, 10)
            ],
        )
    print(f"insert {n} cases: {time.perf_counter() - start:.1f} s")

    def timed(label: str, fn: object, repeat: int = 5) -> None:
        best = float("inf")
        for _ in range(repeat):
            t = time.perf_counter()
            fn()  # type: ignore[operator]
            best = min(best, time.perf_counter() - t)
        print(f"{label}: {best * 1000:.1f} ms")

    with uow.read() as s:
        first = svc.list_queue(s, SYSTEM, status=["open", "escalated"], limit=50)
        cursor = first.next_cursor
        for _ in range(200):  # walk 200 pages deep (10 000 rows) to get a deep cursor
            cursor = svc.list_queue(
                s, SYSTEM, status=["open", "escalated"], after=cursor, limit=50
            ).next_cursor
        timed(
            "queue page 1 (open+escalated, 50 rows)",
            lambda: svc.list_queue(s, SYSTEM, status=["open", "escalated"], limit=50),
        )
        timed(
            "queue page 201 (keyset cursor)",
            lambda: svc.list_queue(s, SYSTEM, status=["open", "escalated"], after=cursor, limit=50),
        )
        timed(
            "queue 'specialist' page 1",
            lambda: svc.list_queue(s, SYSTEM, status=["open"], queue="specialist", limit=50),
        )
        timed("queue counts (all queues)", lambda: svc.queue_counts(s, SYSTEM))
        timed("case view", lambda: svc.get_case(s, n // 2, SYSTEM))
    with uow.begin() as s:
        identity.create_user(s, "bench", "reviewer", password="bench-pass")
    engine.dispose()
    _console(f"sqlite:///{path}", n)


def _console(url: str, n: int) -> None:
    """Whole console pages over HTTP (login, then the queue page and a case page)."""
    import re
    import warnings

    from mamori.api.app import create_app
    from mamori.settings import Settings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    app = create_app(Settings(database_url=url, cookie_secure=False), load_pack=False)
    with TestClient(app) as c:
        page = c.get("/console/login").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
        c.post(
            "/console/login",
            data={"username": "bench", "password": "bench-pass", "csrf_token": token},
        )
        for label, path in (
            ("console queue page (HTML)", "/console/"),
            ("console case page (HTML)", f"/console/cases/{n // 2}"),
        ):
            best = float("inf")
            for _ in range(5):
                t = time.perf_counter()
                r = c.get(path)
                best = min(best, time.perf_counter() - t)
                assert r.status_code == 200
            print(f"{label}: {best * 1000:.1f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
