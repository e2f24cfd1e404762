"""Migrated databases for the enforcement storage tests: SQLite always, PostgreSQL when
reachable (a database of its own per session, emptied between tests, since other suites
share the ``test`` database at the same time).

SQLite databases are copied from one migrated template file, so each test starts from a
fresh schema without paying for the migrations again.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from conftest import PG_URL, postgres_available, require
from mamori.storage import db
from mamori.storage.unit_of_work import UnitOfWork


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("enforcement-template") / "template.db"
    e = db.make_engine(f"sqlite:///{path}")
    db.upgrade(e)
    e.dispose()  # the last connection to close checkpoints the WAL into the file
    return path


@pytest.fixture(scope="session")
def pg_engine() -> Iterator[Engine]:
    require(postgres_available(), "PostgreSQL is not listening on 127.0.0.1:5432")
    name = f"mamori_enf_{uuid.uuid4().hex[:10]}"
    admin = db.make_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    e = db.make_engine(PG_URL.rsplit("/", 1)[0] + f"/{name}")
    try:
        db.upgrade(e)
        yield e
    finally:
        e.dispose()
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _empty(e: Engine) -> None:
    with e.begin() as c:
        tables = [
            r[0]
            for r in c.execute(
                text(
                    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                    "AND tablename != 'alembic_version'"
                )
            )
        ]
        if tables:
            names = ", ".join(f'"{t}"' for t in tables)
            c.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        c.execute(text("ALTER TABLE audit_log ENABLE TRIGGER USER"))  # a test may have tampered


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        path = tmp_path / "mamori.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        e = db.make_engine(f"sqlite:///{path}")
        yield e
        e.dispose()
        return
    e = request.getfixturevalue("pg_engine")
    _empty(e)
    yield e


@pytest.fixture
def uow(engine: Engine) -> UnitOfWork:
    return UnitOfWork(db.session_factory(engine))
