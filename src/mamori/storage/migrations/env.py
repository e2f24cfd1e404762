"""Alembic environment: runs on the engine mamori hands over (or the configured URL)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

import mamori.storage.tables  # noqa: F401  (registers the tables for autogenerate)
from mamori.storage.db import make_engine
from mamori.storage.metadata import metadata

config = context.config
engine = config.attributes.get("engine")
if not isinstance(engine, Engine):
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///mamori.db")

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
