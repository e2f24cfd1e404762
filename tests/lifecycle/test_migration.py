"""Revision 0002_lifecycle creates exactly what ``storage/lifecycle_tables.py`` declares."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, MetaData

from mamori.storage import db
from mamori.storage.lifecycle_tables import LIFECYCLE_TABLES

NAMES = {t.name for t in LIFECYCLE_TABLES}


def _tables_of(diff: Any) -> set[str]:
    """Table names a (possibly nested) autogenerate diff entry touches."""
    if isinstance(diff, list):
        return set().union(*(_tables_of(d) for d in diff)) if diff else set()
    out: set[str] = set()
    for part in diff:
        name = getattr(part, "name", None)
        table = getattr(part, "table", None)
        if table is not None and getattr(table, "name", None):
            out.add(table.name)
        elif isinstance(part, str) and part in NAMES:
            out.add(part)
        elif name in NAMES:
            out.add(str(name))
    return out


def test_migration_matches_the_declared_tables(engine: Engine) -> None:
    md = MetaData()
    for t in LIFECYCLE_TABLES:
        t.to_metadata(md)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(ctx, md)
    mine = [d for d in diffs if _tables_of(d) & NAMES]
    assert mine == []


def test_downgrade_removes_the_tables(sqlite_engine: Engine) -> None:
    from alembic import command
    from sqlalchemy import inspect

    command.downgrade(db.alembic_config(sqlite_engine), "0001_enforcement")
    assert not NAMES & set(inspect(sqlite_engine).get_table_names())
    db.upgrade(sqlite_engine, "0002_lifecycle")
    assert set(inspect(sqlite_engine).get_table_names()) >= NAMES
