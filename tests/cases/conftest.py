"""Migrated databases (SQLite always, PostgreSQL when reachable) and a few principals.

PostgreSQL tests get a database of their own (created once per session, emptied before
each test, dropped at the end), because other suites share the ``test`` database.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from conftest import PG_URL, postgres_available, require
from mamori.services import identity
from mamori.services.identity import Principal
from mamori.storage import db
from mamori.storage.unit_of_work import UnitOfWork


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file; each test gets a copy (migrating per test is slow)."""
    path = tmp_path_factory.mktemp("cases-db") / "template.db"
    e = db.make_engine(f"sqlite:///{path}")
    db.upgrade(e)
    e.dispose()  # the last connection closing folds the WAL into the file
    return path


@pytest.fixture
def sqlite_engine(tmp_path: Path, sqlite_template: Path) -> Iterator[Engine]:
    target = tmp_path / "cases.db"
    shutil.copyfile(sqlite_template, target)
    e = db.make_engine(f"sqlite:///{target}")
    yield e
    e.dispose()


@pytest.fixture(scope="session")
def pg_engine() -> Iterator[Engine | None]:
    if not postgres_available():
        yield None
        return
    name = f"mamori_cases_{uuid.uuid4().hex[:10]}"
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


@pytest.fixture(params=["sqlite", "postgres"])
def engine(
    request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path, pg_engine: Engine | None
) -> Iterator[Engine]:
    if request.param == "sqlite":
        target = tmp_path / "cases.db"
        shutil.copyfile(sqlite_template, target)
        e = db.make_engine(f"sqlite:///{target}")
        yield e
        e.dispose()
        return
    require(pg_engine is not None, "PostgreSQL is not listening on 127.0.0.1:5432")
    assert pg_engine is not None
    tables = [t for t in inspect(pg_engine).get_table_names() if t != "alembic_version"]
    with pg_engine.begin() as c:  # every test starts from empty tables
        c.execute(
            text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE")
        )
    yield pg_engine


@pytest.fixture
def uow(engine: Engine) -> UnitOfWork:
    return UnitOfWork(db.session_factory(engine))


@pytest.fixture
def people(uow: UnitOfWork) -> dict[str, Principal]:
    with uow.begin() as s:
        return {
            name: identity.create_user(s, name, role, seller_id=seller)
            for name, role, seller in [
                ("aiko", "analyst", None),
                ("ben", "analyst", None),
                ("rei", "reviewer", None),
                ("vic", "viewer", None),
                ("shop1", "seller", "S1"),
            ]
        }
