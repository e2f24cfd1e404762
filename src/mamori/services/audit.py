"""Audit use cases: verify the chain, read its tail (the chain itself is storage/audit.py)."""

from __future__ import annotations

from typing import Any

from mamori.storage import audit as chain
from mamori.storage.unit_of_work import UnitOfWork


def verify(uow: UnitOfWork, anchor: chain.Anchor | None = None) -> chain.ChainReport:
    """The chain's own check, then (if it holds) whether it still reaches ``anchor``."""
    with uow.read() as session:
        report = chain.verify(session)
        if report.ok and anchor is not None:
            return chain.check_anchor(session, anchor, report.checked)
        return report


def anchor(uow: UnitOfWork) -> chain.Anchor:
    """The head to keep outside the database (write-once storage) for ``verify``."""
    with uow.read() as session:
        return chain.make_anchor(session)


def recent(uow: UnitOfWork, limit: int = 50) -> list[dict[str, Any]]:
    with uow.read() as session:
        return [r.to_dict() for r in chain.tail(session, limit)]
