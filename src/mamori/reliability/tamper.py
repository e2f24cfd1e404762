"""Tamper evidence: edit, delete or reorder audit rows in the database itself.

Each scenario acts as someone with owner rights on the database (the append-only triggers
switched off first, as an attacker with DDL rights would), then runs
``mamori audit verify``: it must exit 1 and name the first record that no longer fits.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mamori.reliability.common import CheckResult, cli, fresh_database, postgres_available

RECORDS = 12


@dataclass(frozen=True)
class Scenario:
    name: str
    sql: Callable[[Any], None]  # gets a SQLAlchemy connection, triggers already off
    expect_seq: int | None  # the record verify must name; None: any failure is enough
    expect_problem: str | None = None


def _rows(c: Any) -> list[dict[str, Any]]:
    from sqlalchemy import select

    from mamori.storage.tables import audit_log

    return [r._asdict() for r in c.execute(select(audit_log).order_by(audit_log.c.seq))]


def _set(seq: int, **values: Any) -> Callable[[Any], None]:
    def run(c: Any) -> None:
        from sqlalchemy import update

        from mamori.storage.tables import audit_log

        c.execute(update(audit_log).where(audit_log.c.seq == seq).values(**values))

    return run


def _delete(*seqs: int) -> Callable[[Any], None]:
    def run(c: Any) -> None:
        from sqlalchemy import delete

        from mamori.storage.tables import audit_log

        c.execute(delete(audit_log).where(audit_log.c.seq.in_(seqs)))

    return run


def _swap(a: int, b: int) -> Callable[[Any], None]:
    """Swap two records' positions, each keeping its own content, hash and link."""

    def run(c: Any) -> None:
        from sqlalchemy import delete, insert

        from mamori.storage.tables import audit_log

        rows = {r["seq"]: r for r in _rows(c)}
        c.execute(delete(audit_log).where(audit_log.c.seq.in_([a, b])))
        c.execute(insert(audit_log).values(**{**rows[b], "seq": a}))
        c.execute(insert(audit_log).values(**{**rows[a], "seq": b}))

    return run


def _forge_rehashed(seq: int) -> Callable[[Any], None]:
    """Edit a record and recompute its own hash: the next record's link gives it away."""

    def run(c: Any) -> None:
        from sqlalchemy import update

        from mamori.storage import audit
        from mamori.storage.tables import audit_log

        r = {x["seq"]: x for x in _rows(c)}[seq]
        payload = '{"forged":true}'
        h = audit.record_hash(
            seq,
            r["at"],
            r["actor"],
            r["action"],
            r["entity_type"],
            r["entity_id"],
            payload,
            r["prev_hash"],
        )
        c.execute(update(audit_log).where(audit_log.c.seq == seq).values(payload=payload, hash=h))

    return run


def _delete_renumber(seq: int) -> Callable[[Any], None]:
    """Delete a record and shift the later ones down, so there is no gap in ``seq``."""

    def run(c: Any) -> None:
        from sqlalchemy import delete, insert

        from mamori.storage.tables import audit_log

        rows = [r for r in _rows(c) if r["seq"] > seq]
        c.execute(delete(audit_log).where(audit_log.c.seq >= seq))
        for r in rows:
            c.execute(insert(audit_log).values(**{**r, "seq": r["seq"] - 1}))

    return run


def _insert_forged(after: int) -> Callable[[Any], None]:
    """Slip a fabricated record in after ``after``, renumbering the rest up."""

    def run(c: Any) -> None:
        from sqlalchemy import delete, insert

        from mamori.storage import audit
        from mamori.storage.tables import audit_log

        rows = [r for r in _rows(c) if r["seq"] > after]
        c.execute(delete(audit_log).where(audit_log.c.seq > after))
        prev = {x["seq"]: x for x in _rows(c)}[after]["hash"]
        at = audit.utcnow()
        payload = '{"note":"backdated approval"}'
        h = audit.record_hash(
            after + 1, at, "admin:mallory", "policy.approve", "policy", "jp.x", payload, prev
        )
        c.execute(
            insert(audit_log).values(
                seq=after + 1,
                at=at,
                actor="admin:mallory",
                action="policy.approve",
                entity_type="policy",
                entity_id="jp.x",
                payload=payload,
                prev_hash=prev,
                hash=h,
            )
        )
        for r in rows:
            c.execute(insert(audit_log).values(**{**r, "seq": r["seq"] + 1}))

    return run


SCENARIOS: tuple[Scenario, ...] = (
    Scenario("edit actor", _set(5, actor="admin:mallory"), 5, "edited"),
    Scenario("edit payload", _set(7, payload='{"points":0}'), 7, "edited"),
    Scenario(
        "edit timestamp", _set(3, at=__import__("datetime").datetime(2020, 1, 1)), 3, "edited"
    ),
    Scenario("edit first record", _set(1, entity_id="X"), 1, "edited"),
    Scenario("edit last record", _set(RECORDS, action="action.reversed"), RECORDS, "edited"),
    Scenario("edit and re-hash", _forge_rehashed(6), 7, "reordered"),
    Scenario("delete a record", _delete(4), 4, "deleted"),
    Scenario("delete the first record", _delete(1), 1, "deleted"),
    Scenario("delete several records", _delete(8, 9, 10), 8, "deleted"),
    Scenario("delete and renumber", _delete_renumber(6), 6, "edited"),
    Scenario("swap two records", _swap(2, 9), 2, None),
    Scenario("swap neighbours", _swap(10, 11), 10, None),
    Scenario("insert a forged record", _insert_forged(4), 6, "edited"),
)


def _fill(url: str) -> None:
    from mamori.storage import audit, db
    from mamori.storage.unit_of_work import UnitOfWork

    engine = db.make_engine(url)
    try:
        uow = UnitOfWork(db.session_factory(engine))
        for i in range(RECORDS):
            with uow.begin() as s:
                audit.append(
                    s,
                    f"key:analyst{i % 3}",
                    ("decision.recorded", "action.created")[i % 2],
                    "listing",
                    f"L{i}",
                    {"i": i, "points": i % 5, "理由": "疾病の治療効果"},
                )
    finally:
        engine.dispose()


def _tamper(url: str, scenario: Scenario) -> None:
    from sqlalchemy import text

    from mamori.storage import db

    engine = db.make_engine(url)
    try:
        with engine.begin() as c:
            if engine.dialect.name == "postgresql":
                c.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
            else:
                c.execute(text("DROP TRIGGER IF EXISTS audit_log_no_update"))
                c.execute(text("DROP TRIGGER IF EXISTS audit_log_no_delete"))
            scenario.sql(c)
            if engine.dialect.name == "postgresql":
                c.execute(text("ALTER TABLE audit_log ENABLE TRIGGER USER"))
    finally:
        engine.dispose()


def _reset_pg(url: str) -> None:
    from sqlalchemy import text

    from mamori.storage import db

    engine = db.make_engine(url)
    try:
        with engine.begin() as c:
            c.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
            c.execute(text("DELETE FROM audit_log"))
            c.execute(text("ALTER TABLE audit_log ENABLE TRIGGER USER"))
    finally:
        engine.dispose()


def _verify(url: str, in_process: bool) -> tuple[int, str]:
    if in_process:
        from typer.testing import CliRunner

        from mamori.cli.main import app

        r = CliRunner().invoke(app, ["audit", "verify", "--database-url", url])
        return r.exit_code, r.output
    p = cli(["audit", "verify"], url, check=False)
    return p.returncode, p.stdout + p.stderr


def run_tamper(db_kind: str, workdir: Path, *, in_process: bool = False) -> CheckResult:
    """Every scenario on ``db_kind``: verify passes before, fails naming the record after."""
    res = CheckResult(f"tamper · {db_kind}")
    if db_kind == "postgres" and not postgres_available():
        res.skipped = "PostgreSQL is not listening on 127.0.0.1:5432"
        return res
    t0 = time.perf_counter()
    detected = 0
    with fresh_database(db_kind, workdir) as url:
        from mamori.storage import db

        e = db.make_engine(url)
        db.upgrade(e)
        e.dispose()
        template = Path(url.removeprefix("sqlite:///")) if db_kind == "sqlite" else None
        if template is not None:
            _fill(url)
            e = db.make_engine(url)
            e.dispose()
        for i, sc in enumerate(SCENARIOS):
            if template is not None:
                target = workdir / f"tamper-{i}.db"
                shutil.copy(template, target)
                for suffix in ("-wal", "-shm"):
                    side = Path(str(template) + suffix)
                    if side.exists():
                        shutil.copy(side, Path(str(target) + suffix))
                turl = f"sqlite:///{target}"
            else:
                _reset_pg(url)
                _fill(url)
                turl = url
            code, out = _verify(turl, in_process)
            if not res.expect(code == 0, f"{sc.name}: chain did not verify before tampering"):
                continue
            _tamper(turl, sc)
            code, out = _verify(turl, in_process)
            named = sc.expect_seq is None or f"record {sc.expect_seq} " in out
            kind = sc.expect_problem is None or sc.expect_problem in out
            if res.expect(
                code == 1 and named and kind,
                f"{sc.name}: verify exit {code}, output {out.strip()[:200]!r}",
            ):
                detected += 1
        # The known limit, measured rather than assumed: drop the newest record.
        if template is not None:
            shutil.copy(template, workdir / "tamper-tail.db")
            turl = f"sqlite:///{workdir / 'tamper-tail.db'}"
        else:
            _reset_pg(url)
            _fill(url)
            turl = url
        _tamper(turl, Scenario("truncate the tail", _delete(RECORDS), RECORDS))
        code, _out = _verify(turl, in_process)
        res.figures["newest record deleted: detected"] = "yes" if code == 1 else "no (known limit)"
    res.figures.update(scenarios=len(SCENARIOS), detected=detected)
    res.seconds = time.perf_counter() - t0
    return res
