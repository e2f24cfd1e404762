"""One transaction per use case: commit on success, roll back on any exception.

Services take a ``Session`` opened by a unit of work, so a decision, its actions, its
points, its webhook events and its audit record land together or not at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session, sessionmaker


class UnitOfWork:
    """Hands out transactional sessions from one session factory."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self.factory = factory

    @contextmanager
    def begin(self) -> Iterator[Session]:
        with self.factory() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reads; still transactional so reads see one snapshot."""
        with self.factory() as session, session.begin():
            yield session
