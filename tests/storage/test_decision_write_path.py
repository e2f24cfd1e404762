"""The decision write path: the DBAPI-cursor statements (``storage.fastwrite``) store
exactly what the SQLAlchemy Core statements store, and the group-commit writer thread
batches, acknowledges only committed decisions and keeps the audit chain intact."""

from __future__ import annotations

import asyncio
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from conftest import run_async
from mamori.services import decisions as decisions_svc
from mamori.services.decisions import DecisionWriter, Enforcer, PendingDecision, hit_record
from mamori.storage import audit, db
from mamori.storage.tables import (
    actions,
    audit_log,
    decision_hits,
    decisions,
    points_ledger,
    webhook_outbox,
)
from mamori.storage.unit_of_work import UnitOfWork

from .test_enforcement_service import LADDER, LAWS, make_hit

NOW = datetime(2026, 11, 27, 9, 30, 0, 123456)
TABLES = (decisions, decision_hits, actions, points_ledger, webhook_outbox, audit_log)


def _batch() -> list[PendingDecision]:
    """Fixed ids and keys, hits that award points and cross the ladder, a clean entity,
    a replayed key inside the batch and a seller-less decision."""
    out = []
    for i, (seller, pts) in enumerate([("S1", 4), ("S1", 5), ("S2", 0), (None, 3), ("S1", 4)]):
        hits = [hit_record(make_hit(pts))] if pts else []
        out.append(
            PendingDecision(
                decision_id=f"d{i:031d}",
                entity_type="listing",
                entity_id=f"L{i}",
                hits=hits,
                seller_id=seller,
                idempotency_key="u:twin" if i in (1, 4) else f"u:k{i}",
                actor="analyst:test",
            )
        )
    return out


def _rows(s: Session) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    for t in TABLES:
        cols = [c for c in t.columns if c.name != "id" or t is not decision_hits]
        rows = s.execute(select(*cols).order_by(*t.primary_key.columns)).all()
        out[t.name] = [tuple(r) for r in rows]
    assert audit.verify(s).ok
    return out


def _dump(uow: UnitOfWork) -> dict[str, list[tuple[Any, ...]]]:
    with uow.read() as s:
        return _rows(s)


def test_raw_statements_store_what_core_stores(
    uow: UnitOfWork, monkeypatch: pytest.MonkeyPatch
) -> None:
    enforcer = Enforcer(ladder=LADDER, laws=LAWS)
    # The DBAPI-cursor path, read back inside its transaction, then rolled back (the
    # audit log is append-only: nothing could delete it afterwards).
    with uow.factory() as s:
        s.begin()
        raw_responses = enforcer.record_json(s, _batch(), now=NOW)
        raw_again = enforcer.record_json(s, _batch(), now=NOW)  # replays: stored text
        raw = _rows(s)
        s.rollback()
    assert raw["decisions"] and raw["actions"] and raw["points_ledger"]
    assert raw_responses == raw_again
    assert raw_responses[1] == raw_responses[4]  # the twin key got its twin's response
    assert _dump(uow)["decisions"] == []
    # The same batch through SQLAlchemy Core.
    monkeypatch.setattr(decisions_svc.fastwrite, "supported", lambda dialect: False)
    with uow.begin() as s:
        core_responses = enforcer.record_json(s, _batch(), now=NOW)
    assert _dump(uow) == raw
    assert core_responses == raw_responses
    with uow.read() as s:  # timestamps read back as the datetimes written
        assert s.execute(select(decisions.c.created_at)).scalars().all() == [NOW] * 4


def test_writer_thread_batches_and_acknowledges_committed(uow: UnitOfWork) -> None:
    enforcer = Enforcer(ladder=LADDER, laws=LAWS)
    writer = DecisionWriter(uow, enforcer)

    async def main() -> list[str]:
        writer.start()
        try:
            batch = _batch()
            return await asyncio.gather(*(writer.submit(p) for p in batch * 4))
        finally:
            await writer.stop()

    responses = run_async(main)
    assert len(responses) == 20
    assert writer.written == 20 and writer.batches < 20  # queued together, written together
    first = responses[:5]
    assert responses == first * 4  # every replay answers the first stored text
    dump = _dump(uow)
    assert len(dump["decisions"]) == 4
    assert len(dump["audit_log"]) == 4


def test_writer_failure_reaches_only_the_bad_decision(uow: UnitOfWork) -> None:
    enforcer = Enforcer(ladder=LADDER, laws=LAWS)
    writer = DecisionWriter(uow, enforcer)
    good = _batch()[0]
    bad = PendingDecision("b" * 32, "listing", None, [])  # type: ignore[arg-type]  # NOT NULL

    async def main() -> list[Any]:
        writer.start()
        try:
            return await asyncio.gather(
                writer.submit(good), writer.submit(bad), return_exceptions=True
            )
        finally:
            await writer.stop()

    ok, failed = run_async(main)
    assert isinstance(ok, str) and '"entity_id":"L0"' in ok
    assert isinstance(failed, Exception)
    assert len(_dump(uow)["decisions"]) == 1


def _write_through_writer(uow: UnitOfWork, raw_sqlite: bool) -> list[str]:
    writer = DecisionWriter(uow, Enforcer(ladder=LADDER, laws=LAWS))
    writer.raw_sqlite = raw_sqlite

    async def main() -> list[str]:
        writer.start()
        try:
            return list(await asyncio.gather(*(writer.submit(p) for p in _batch())))
        finally:
            await writer.stop()

    return run_async(main)


def test_writer_without_a_session_stores_what_the_session_path_stores(
    tmp_path: Path, sqlite_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a SQLite file the writer runs BEGIN IMMEDIATE … COMMIT on its own connection
    with no Session; rows, responses and the audit chain are those of the Session path,
    and a failed transaction is rolled back, leaving the connection usable."""
    monkeypatch.setattr(audit, "utcnow", lambda: NOW)
    dumps, responses = [], []
    for raw_sqlite in (True, False):
        path = tmp_path / f"{raw_sqlite}.db"
        shutil.copy(sqlite_template, path)
        engine = db.make_engine(f"sqlite:///{path}")
        uow = UnitOfWork(db.session_factory(engine))
        responses.append(_write_through_writer(uow, raw_sqlite))
        dumps.append(_dump(uow))
        engine.dispose()
    assert dumps[0]["decisions"] and dumps[0]["audit_log"]
    assert dumps[0] == dumps[1]
    assert responses[0] == responses[1]


def test_raw_writer_rolls_back_a_failed_transaction(uow: UnitOfWork) -> None:
    writer = DecisionWriter(uow, Enforcer(ladder=LADDER, laws=LAWS))
    bad = PendingDecision("b" * 32, "listing", None, [])  # type: ignore[arg-type]  # NOT NULL

    async def main() -> tuple[list[Any], list[str]]:
        writer.start()
        try:
            first = await asyncio.gather(writer.submit(bad), return_exceptions=True)
            return list(first), [await writer.submit(_batch()[0])]
        finally:
            await writer.stop()

    (failed,), (ok,) = run_async(main)
    assert isinstance(failed, Exception)
    assert '"entity_id":"L0"' in ok  # the connection was left out of any transaction
    dump = _dump(uow)
    assert [r[2] for r in dump["decisions"]] == ["listing"] and len(dump["audit_log"]) == 1


def test_two_writers_on_one_file_store_each_key_once_and_keep_one_chain(
    uow: UnitOfWork,
) -> None:
    """``mamori serve --workers 2``: two processes, each with its own group-commit writer
    on the same database, get the same keys at the same time. Each key is stored once,
    both answers are the stored text, and the audit chain stays one chain."""
    enforcer = Enforcer(ladder=LADDER, laws=LAWS)
    writers = [DecisionWriter(uow, enforcer), DecisionWriter(uow, enforcer)]

    def pending(i: int, w: int) -> PendingDecision:
        hits = [hit_record(make_hit(1 + i % 5))] if i % 3 else []
        return PendingDecision(
            decision_id=f"w{w}d{i:029d}",  # each process draws its own decision id
            entity_type="listing",
            entity_id=f"L{i}",
            hits=hits,
            seller_id=f"S{i % 4}",
            idempotency_key=f"u:k{i}",
            actor="analyst:test",
        )

    async def main() -> list[list[str]]:
        for w in writers:
            w.start()
        try:
            return [
                list(await asyncio.gather(*(w.submit(pending(i, n)) for i in range(40))))
                for n, w in enumerate(writers)
            ]
        finally:
            for w in writers:
                await w.stop()

    async def interleaved() -> list[list[str]]:
        for w in writers:
            w.start()
        try:
            both = await asyncio.gather(
                *(writers[n].submit(pending(i, n)) for i in range(40, 120) for n in (0, 1))
            )
            return [list(both[0::2]), list(both[1::2])]
        finally:
            for w in writers:
                await w.stop()

    first, second = run_async(main)
    assert first == second  # the second writer replayed every key the first stored
    a, b = run_async(interleaved)
    assert a == b  # whichever process stored a key first, both answer its text
    with uow.read() as s:
        keys = s.execute(select(decisions.c.idempotency_key)).scalars().all()
        assert len(keys) == len(set(keys)) == 120
        assert audit.verify(s).ok
        assert len(s.execute(select(audit_log.c.seq)).all()) == 120


def test_writers_of_several_processes_queue_on_the_lock_file(
    tmp_path: Path, sqlite_template: Path
) -> None:
    """Another process holding ``<database>-writer.lock`` keeps the writer's commit
    waiting; releasing it lets the decision through at once (no SQLite busy sleep)."""
    import fcntl
    import os
    import time

    path = tmp_path / "locked.db"
    shutil.copy(sqlite_template, path)
    engine = db.make_engine(f"sqlite:///{path}")
    writer = DecisionWriter(UnitOfWork(db.session_factory(engine)), Enforcer(ladder=LADDER))
    fd = os.open(f"{path}-writer.lock", os.O_RDWR | os.O_CREAT)
    held = 0.3

    async def main() -> tuple[float, str]:
        writer.start()
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)  # another open file description: another "process"
            loop = asyncio.get_running_loop()
            loop.call_later(held, fcntl.flock, fd, fcntl.LOCK_UN)
            t = time.perf_counter()
            text = await writer.submit(_batch()[0])
            return time.perf_counter() - t, text
        finally:
            await writer.stop()

    waited, text = run_async(main)
    os.close(fd)
    engine.dispose()
    assert '"entity_id":"L0"' in text
    assert held - 0.05 <= waited < held + 0.25
