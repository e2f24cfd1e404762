"""The audit chain: appends link up; edits, deletions and reordering are named."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from mamori.storage import audit
from mamori.storage.tables import audit_log
from mamori.storage.unit_of_work import UnitOfWork


def _tamper(s: Session) -> None:
    """Act as someone with owner rights: switch off the append-only triggers first."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
    else:
        s.execute(text("DROP TRIGGER IF EXISTS audit_log_no_update"))
        s.execute(text("DROP TRIGGER IF EXISTS audit_log_no_delete"))


def test_database_refuses_update_and_delete(uow: UnitOfWork) -> None:
    _fill(uow, 2)
    for stmt in (
        update(audit_log).where(audit_log.c.seq == 1).values(actor="x"),
        delete(audit_log).where(audit_log.c.seq == 2),
    ):
        with pytest.raises(DBAPIError, match="append-only"), uow.begin() as s:
            s.execute(stmt)
    with uow.read() as s:
        assert audit.verify(s).ok and audit.verify(s).checked == 2


def _fill(uow: UnitOfWork, n: int = 6) -> None:
    for i in range(n):
        with uow.begin() as s:
            audit.append(s, "admin:root", "test.event", "thing", f"T{i}", {"i": i, "名前": "守り"})


def test_chain_links_and_verifies(uow: UnitOfWork) -> None:
    _fill(uow)
    with uow.read() as s:
        report = audit.verify(s)
        rows = s.execute(select(audit_log).order_by(audit_log.c.seq)).all()
    assert report.ok and report.checked == 6
    assert rows[0].prev_hash == audit.GENESIS
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(rows))


def test_append_many_in_one_transaction(uow: UnitOfWork) -> None:
    with uow.begin() as s:
        recs = audit.append_many(
            s, [audit.AuditEntry("a", "x", "t", str(i), {"i": i}) for i in range(5)]
        )
    assert [r.seq for r in recs] == [1, 2, 3, 4, 5]
    with uow.read() as s:
        assert audit.verify(s).ok


def test_rollback_leaves_no_record(uow: UnitOfWork) -> None:
    with pytest.raises(RuntimeError), uow.begin() as s:
        audit.append(s, "a", "x", "t", "1", {})
        raise RuntimeError("boom")
    with uow.read() as s:
        assert audit.verify(s).checked == 0


def test_edit_is_named(uow: UnitOfWork) -> None:
    _fill(uow)
    with uow.begin() as s:
        _tamper(s)
        s.execute(update(audit_log).where(audit_log.c.seq == 3).values(payload='{"i":99}'))
    with uow.read() as s:
        r = audit.verify(s)
    assert (r.ok, r.first_bad_seq, r.problem) == (False, 3, "edited")


def test_edit_with_recomputed_hash_breaks_the_next_link(uow: UnitOfWork) -> None:
    """A forger who rehashes the edited record is still caught by its successor."""
    _fill(uow)
    with uow.begin() as s:
        _tamper(s)
        row = s.execute(select(audit_log).where(audit_log.c.seq == 2)).one()
        forged = audit.record_hash(
            2,
            row.at,
            row.actor,
            row.action,
            row.entity_type,
            row.entity_id,
            '{"i":42}',
            row.prev_hash,
        )
        s.execute(
            update(audit_log).where(audit_log.c.seq == 2).values(payload='{"i":42}', hash=forged)
        )
    with uow.read() as s:
        r = audit.verify(s)
    assert (r.first_bad_seq, r.problem) == (3, "reordered")


def test_deletion_is_named(uow: UnitOfWork) -> None:
    _fill(uow)
    with uow.begin() as s:
        _tamper(s)
        s.execute(delete(audit_log).where(audit_log.c.seq == 4))
    with uow.read() as s:
        r = audit.verify(s)
    assert (r.ok, r.first_bad_seq, r.problem) == (False, 4, "deleted")


def test_reordering_is_named(uow: UnitOfWork) -> None:
    _fill(uow)
    with uow.begin() as s:
        _tamper(s)
        a = s.execute(select(audit_log).where(audit_log.c.seq == 2)).one()._asdict()
        b = s.execute(select(audit_log).where(audit_log.c.seq == 5)).one()._asdict()
        s.execute(delete(audit_log).where(audit_log.c.seq.in_([2, 5])))
        # Swap the two records' positions, keeping each one's own content and links.
        s.execute(audit_log.insert().values(**{**b, "seq": 2}))
        s.execute(audit_log.insert().values(**{**a, "seq": 5}))
    with uow.read() as s:
        r = audit.verify(s)
    assert r.ok is False and r.first_bad_seq == 2


def test_cli_verify_exit_codes(uow: UnitOfWork) -> None:
    from mamori.cli.main import app

    _fill(uow, 3)
    url = uow.factory.kw["bind"].url.render_as_string(hide_password=False)
    runner = CliRunner()
    ok = runner.invoke(app, ["audit", "verify", "--database-url", url])
    assert ok.exit_code == 0, ok.output
    assert "3 records" in ok.output
    with uow.begin() as s:
        _tamper(s)
        s.execute(update(audit_log).where(audit_log.c.seq == 2).values(actor="admin:mallory"))
    bad = runner.invoke(app, ["audit", "verify", "--database-url", url])
    assert bad.exit_code == 1
    assert "record 2" in bad.output and "edited" in bad.output


def test_concurrent_appends_keep_one_chain(uow: UnitOfWork) -> None:
    """Writers in parallel threads never fork the chain (advisory lock / BEGIN IMMEDIATE)."""
    import threading

    errors: list[BaseException] = []

    def writer(w: int) -> None:
        try:
            for i in range(10):
                with uow.begin() as s:
                    audit.append(s, f"w{w}", "test.event", "thing", f"{w}-{i}", {"i": i})
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with uow.read() as s:
        report = audit.verify(s)
    assert report.ok and report.checked == 60
