"""``/health``: the one open endpoint (no key), for load balancers and ``mamori serve`` checks."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from sqlalchemy import text

from mamori.api.deps import State

router = APIRouter(tags=["health"])


@router.get("/health", summary="Liveness and database check (open)")
def health(state: State) -> dict[str, Any]:
    db_ok = True
    try:
        with state.uow.read() as session:
            session.execute(text("SELECT 1"))
    except Exception:
        db_ok = False
    return {
        "status": "ok" if db_ok else "degraded",
        "database": "ok" if db_ok else "unreachable",
        "pack": getattr(state.pack, "hash", None),
        "evaluator": state.extras.get("evaluation") is not None,
    }
