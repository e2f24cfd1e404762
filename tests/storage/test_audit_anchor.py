"""Audit anchors: deleting the newest records is caught only against an external head."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import delete, text, update
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from mamori.services import audit as service
from mamori.storage import audit
from mamori.storage.tables import audit_log
from mamori.storage.unit_of_work import UnitOfWork


def _tamper(s: Session) -> None:
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
    else:
        s.execute(text("DROP TRIGGER IF EXISTS audit_log_no_update"))
        s.execute(text("DROP TRIGGER IF EXISTS audit_log_no_delete"))


def _fill(uow: UnitOfWork, n: int) -> None:
    with uow.begin() as s:
        audit.append_many(
            s,
            [audit.AuditEntry("admin:root", "test.event", "t", str(i), {"i": i}) for i in range(n)],
        )


def _url(uow: UnitOfWork) -> str:
    return str(uow.factory.kw["bind"].url.render_as_string(hide_password=False))


def test_anchor_is_the_head_and_round_trips(uow: UnitOfWork) -> None:
    assert service.anchor(uow).seq == 0 and service.anchor(uow).hash == audit.GENESIS
    _fill(uow, 5)
    a = service.anchor(uow)
    with uow.read() as s:
        head = audit.tail(s, 1)[0]
    assert (a.seq, a.hash, a.record_at) == (5, head.hash, head.at)
    assert audit.Anchor.from_dict(json.loads(json.dumps(a.to_dict()))) == a


def test_growth_after_the_anchor_is_fine(uow: UnitOfWork) -> None:
    _fill(uow, 3)
    a = service.anchor(uow)
    _fill(uow, 4)
    r = service.verify(uow, a)
    assert r.ok and r.checked == 7


def test_tail_deletion_is_named(uow: UnitOfWork) -> None:
    _fill(uow, 8)
    a = service.anchor(uow)
    with uow.begin() as s:
        _tamper(s)
        s.execute(delete(audit_log).where(audit_log.c.seq > 5))
    assert service.verify(uow).ok  # without the anchor a shorter chain looks fine
    r = service.verify(uow, a)
    assert (r.ok, r.first_bad_seq, r.problem) == (False, 6, "truncated")
    assert r.message is not None and "records 6..8" in r.message


def test_whole_chain_deleted_is_named(uow: UnitOfWork) -> None:
    _fill(uow, 1)
    a = service.anchor(uow)
    with uow.begin() as s:
        _tamper(s)
        s.execute(delete(audit_log))
    r = service.verify(uow, a)
    assert (r.ok, r.first_bad_seq, r.problem) == (False, 1, "truncated")
    assert r.message is not None and "record 1 missing" in r.message


def test_rewritten_history_is_named(uow: UnitOfWork) -> None:
    """Someone deletes the tail and appends a consistent new one: only the hash tells."""
    _fill(uow, 4)
    a = service.anchor(uow)
    with uow.begin() as s:
        _tamper(s)
        s.execute(delete(audit_log).where(audit_log.c.seq >= 3))
    with uow.begin() as s:
        audit.append_many(s, [audit.AuditEntry("x", "y", "t", str(i), {}) for i in range(3)])
    assert service.verify(uow).ok
    r = service.verify(uow, a)
    assert (r.ok, r.first_bad_seq, r.problem) == (False, 4, "rewritten")


def test_chain_break_is_reported_before_the_anchor(uow: UnitOfWork) -> None:
    _fill(uow, 4)
    a = service.anchor(uow)
    with uow.begin() as s:
        _tamper(s)
        s.execute(update(audit_log).where(audit_log.c.seq == 2).values(actor="mallory"))
    r = service.verify(uow, a)
    assert (r.first_bad_seq, r.problem) == (2, "edited")


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"seq": -1, "hash": "0" * 64, "taken_at": "2026-01-01T00:00:00"},
        {"seq": True, "hash": "0" * 64, "taken_at": "2026-01-01T00:00:00"},
        {"seq": 1, "hash": "xyz", "taken_at": "2026-01-01T00:00:00"},
        {"seq": 1, "hash": "0" * 64, "taken_at": "yesterday"},
    ],
)
def test_malformed_anchor_is_refused(data: object) -> None:
    with pytest.raises(ValueError, match="/"):
        audit.Anchor.from_dict(data)


def test_cli_anchor_and_verify(uow: UnitOfWork, tmp_path: Path) -> None:
    from mamori.cli.main import app

    _fill(uow, 6)
    runner = CliRunner()
    f = tmp_path / "anchor.json"
    r = runner.invoke(app, ["audit", "anchor", "-o", str(f), "--database-url", _url(uow)])
    assert r.exit_code == 0, r.output
    data = json.loads(f.read_text(encoding="utf-8"))
    assert data["seq"] == 6 and len(data["hash"]) == 64 and data["taken_at"]
    ok = runner.invoke(app, ["audit", "verify", "--anchor", str(f), "--database-url", _url(uow)])
    assert ok.exit_code == 0 and "reaches anchor record 6" in ok.output
    with uow.begin() as s:
        _tamper(s)
        s.execute(delete(audit_log).where(audit_log.c.seq >= 5))
    assert runner.invoke(app, ["audit", "verify", "--database-url", _url(uow)]).exit_code == 0
    bad = runner.invoke(app, ["audit", "verify", "--anchor", str(f), "--database-url", _url(uow)])
    assert bad.exit_code == 1
    assert "truncated" in bad.output and "records 5..6" in bad.output
    f.write_text("{not json", encoding="utf-8")
    broken = runner.invoke(
        app, ["audit", "verify", "--anchor", str(f), "--database-url", _url(uow)]
    )
    assert broken.exit_code == 2 and "アンカー" in broken.output
