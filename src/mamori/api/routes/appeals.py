"""Appeals: sellers file against their own actions; reviewers uphold or overturn."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from mamori.api.deps import State, body_schema, parse_body, require
from mamori.api.schemas import AppealCreate, AppealDecision
from mamori.services import appeals as svc
from mamori.services.identity import Principal
from mamori.storage import audit
from mamori.storage.repositories import list_appeals

router = APIRouter(tags=["appeals"])


@router.post(
    "/v1/appeals",
    summary="File an appeal against an action (sellers: their own actions only)",
    openapi_extra=body_schema(AppealCreate),
    status_code=201,
)
async def appeal_create(
    request: Request,
    state: State,
    principal: Annotated[Principal, Depends(require("appeals:create_own"))],
) -> dict[str, Any]:
    body = await parse_body(request, AppealCreate)
    with state.uow.begin() as session:
        return svc.file_appeal(
            session,
            principal,
            body.action_id,
            body.statement,
            sla_days=state.extras.get("appeal_sla_days", 7),
        )


@router.get("/v1/appeals", summary="List appeals with their SLA state (sellers: their own)")
def appeal_list(
    state: State,
    principal: Annotated[Principal, Depends(require("appeals:read|appeals:read_own"))],
    status: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[dict[str, Any]]:
    seller = principal.seller_id if principal.role == "seller" else None
    with state.uow.read() as session:
        return list_appeals(
            session, seller_id=seller, status=status, limit=min(limit, 1000), now=audit.utcnow()
        )


@router.get("/v1/appeals/{appeal_id}", summary="One appeal")
def appeal_read(
    appeal_id: str,
    state: State,
    principal: Annotated[Principal, Depends(require("appeals:read|appeals:read_own"))],
) -> dict[str, Any]:
    with state.uow.read() as session:
        return svc.get_appeal(session, principal, appeal_id)


@router.post(
    "/v1/appeals/{appeal_id}/decision",
    summary="Uphold or overturn (an overturn reverses the action and its points)",
    openapi_extra=body_schema(AppealDecision),
)
async def appeal_decide(
    appeal_id: str,
    request: Request,
    state: State,
    principal: Annotated[Principal, Depends(require("appeals:review"))],
) -> dict[str, Any]:
    body = await parse_body(request, AppealDecision)
    with state.uow.begin() as session:
        return svc.review_appeal(
            session,
            principal,
            appeal_id,
            body.outcome,
            body.note,
            webhooks_enabled=state.extras.get("webhooks", True),
        )
