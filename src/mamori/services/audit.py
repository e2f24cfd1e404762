"""Audit use cases: verify the chain, read its tail (the chain itself is storage/audit.py)."""

from __future__ import annotations

from typing import Any

from mamori.storage import audit as chain
from mamori.storage.unit_of_work import UnitOfWork


def verify(uow: UnitOfWork) -> chain.ChainReport:
    with uow.read() as session:
        return chain.verify(session)


def recent(uow: UnitOfWork, limit: int = 50) -> list[dict[str, Any]]:
    with uow.read() as session:
        return [r.to_dict() for r in chain.tail(session, limit)]
