"""The audit chain over HTTP: its tail, and a full verification."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from mamori.api.deps import State, require
from mamori.services import audit as svc
from mamori.services.identity import Principal

router = APIRouter(tags=["audit"])


@router.get("/v1/audit", summary="The most recent audit records")
def audit_tail(
    state: State,
    principal: Annotated[Principal, Depends(require("audit:read"))],
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
) -> list[dict[str, Any]]:
    return svc.recent(state.uow, limit)


@router.get("/v1/audit/verify", summary="Recompute the hash chain; name the first broken record")
def audit_verify(
    state: State, principal: Annotated[Principal, Depends(require("audit:verify"))]
) -> dict[str, Any]:
    r = svc.verify(state.uow)
    return {
        "ok": r.ok,
        "checked": r.checked,
        "first_bad_seq": r.first_bad_seq,
        "problem": r.problem,
        "message": r.message,
    }
