"""Migrated databases (SQLite always, PostgreSQL when reachable) and fake packs.

PostgreSQL tests get a database of their own (created and dropped here), because other
suites share the ``test`` database at the same time.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from conftest import PG_URL, postgres_available, require
from mamori.services import identity
from mamori.services.identity import Principal
from mamori.storage import db
from mamori.storage.unit_of_work import UnitOfWork


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        e = db.make_engine(f"sqlite:///{tmp_path / 'lifecycle.db'}")
        db.upgrade(e)
        yield e
        e.dispose()
        return
    require(postgres_available(), "PostgreSQL is not listening on 127.0.0.1:5432")
    name = f"mamori_lc_{uuid.uuid4().hex[:10]}"
    admin = db.make_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_URL.rsplit("/", 1)[0] + f"/{name}"
    e = db.make_engine(url)
    try:
        db.upgrade(e)
        yield e
    finally:
        e.dispose()
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    e = db.make_engine(f"sqlite:///{tmp_path / 'lifecycle.db'}")
    db.upgrade(e)
    yield e
    e.dispose()


@pytest.fixture
def uow(engine: Engine) -> UnitOfWork:
    return UnitOfWork(db.session_factory(engine))


def make_people(uow: UnitOfWork) -> dict[str, Principal]:
    with uow.begin() as s:
        return {
            name: identity.create_user(s, name, role)
            for name, role in [
                ("aiko", "analyst"),
                ("pat", "policy_admin"),
                ("quinn", "policy_admin"),
                ("vic", "viewer"),
                ("root", "admin"),
            ]
        }


@pytest.fixture
def people(uow: UnitOfWork) -> dict[str, Principal]:
    return make_people(uow)
