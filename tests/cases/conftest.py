"""A migrated SQLite database and a few principals for the case service tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from mamori.services import identity
from mamori.services.identity import Principal
from mamori.storage import db
from mamori.storage.unit_of_work import UnitOfWork


def migrate(engine: Engine) -> None:
    """Alembic to head; until the lifecycle revision lands, the tables directly."""
    versions = db.MIGRATIONS / "versions"
    if (versions / "0002_lifecycle.py").exists():
        db.upgrade(engine)
        return
    from mamori.storage.case_tables import CASE_TABLES
    from mamori.storage.metadata import metadata
    from mamori.storage.tables import ENFORCEMENT_TABLES

    metadata.create_all(engine, tables=[*ENFORCEMENT_TABLES, *CASE_TABLES])


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    e = db.make_engine(f"sqlite:///{tmp_path / 'cases.db'}")
    migrate(e)
    yield e
    e.dispose()


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
