"""Actions and their statements of reasons (JSON, or the bare DSA object)."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from mamori.api.deps import State, body_schema, parse_body, require
from mamori.api.schemas import ManualActionRequest
from mamori.enforcement.dsa import to_dsa
from mamori.services.decisions import reinstate_expired, reverse_action
from mamori.services.identity import Principal
from mamori.storage import audit
from mamori.storage.repositories import action_dict, get_action, list_actions

router = APIRouter(tags=["actions"])

_NOT_FOUND = {"code": "not_found", "message": "措置がありません / no such action"}


def _own(principal: Principal, row: Any) -> Any:
    """A seller sees only actions on its own seller id; others get the same 404."""
    if row is None or (principal.role == "seller" and row.seller_id != principal.seller_id):
        raise HTTPException(404, _NOT_FOUND)
    return row


@router.get("/v1/actions", summary="List actions (a seller sees only its own)")
def actions_list(
    state: State,
    principal: Annotated[Principal, Depends(require("actions:read|actions:read_own"))],
    seller_id: str | None = None,
    status: str | None = None,
    type: str | None = None,
    policy_id: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0, le=2**63 - 1)] = 0,
) -> list[dict[str, Any]]:
    if principal.role == "seller":
        seller_id = principal.seller_id
    with state.uow.read() as session:
        return list_actions(
            session,
            seller_id=seller_id,
            status=status,
            type_=type,
            policy_id=policy_id,
            limit=limit,
            offset=offset,
        )


@router.get("/v1/actions/{action_id}", summary="One action with its statement")
def action_read(
    action_id: str,
    state: State,
    principal: Annotated[Principal, Depends(require("actions:read|actions:read_own"))],
) -> dict[str, Any]:
    with state.uow.read() as session:
        row = _own(principal, get_action(session, action_id))
    return action_dict(row, with_statement=True)


@router.get(
    "/v1/actions/{action_id}/statement",
    summary="Statement of reasons: mamori's ja/en (format=json) or the EU DSA object (format=dsa)",
)
def statement_read(
    action_id: str,
    state: State,
    principal: Annotated[Principal, Depends(require("statements:read|statements:read_own"))],
    format: Literal["json", "dsa"] = "json",
) -> dict[str, Any]:
    with state.uow.read() as session:
        row = _own(principal, get_action(session, action_id))
    statement: dict[str, Any] = json.loads(row.statement)
    return to_dsa(statement) if format == "dsa" else statement


@router.post(
    "/v1/actions",
    summary="A reviewer's manual action (not automated; points and ladder apply)",
    openapi_extra=body_schema(ManualActionRequest),
)
async def action_create(
    request: Request,
    state: State,
    principal: Annotated[Principal, Depends(require("actions:create"))],
) -> dict[str, Any]:
    body = await parse_body(request, ManualActionRequest)
    enforcer = state.extras["enforcer"]
    with state.uow.begin() as session:
        out: dict[str, Any] = enforcer.manual(
            session,
            principal.actor,
            action=body.type,
            entity_type=body.entity_type,
            entity_id=body.entity_id,
            seller_id=body.seller_id,
            reason={"ja": body.reason_ja, "en": body.reason_en},
            points=body.points,
            duration_days=body.duration_days,
            policy_id=body.policy_id,
            legal_basis=body.legal_basis,
        )
    return out


@router.post("/v1/actions/{action_id}/reverse", summary="Reverse an action and its points")
def action_reverse(
    action_id: str,
    state: State,
    principal: Annotated[Principal, Depends(require("actions:create"))],
    reason: Annotated[str, Query(min_length=1, max_length=500)] = "manual_reversal",
) -> dict[str, Any]:
    with state.uow.begin() as session:
        row = get_action(session, action_id)
        if row is None:
            raise HTTPException(404, _NOT_FOUND)
        if row.status == "reversed":
            raise HTTPException(
                409, {"code": "already_reversed", "message": "取消済み / already reversed"}
            )
        changed = reverse_action(
            session,
            action_id,
            audit.utcnow(),
            principal.actor,
            reason,
            state.extras.get("webhooks", True),
        )
    return {"reversed": changed[:1], "lifted": changed[1:]}


@router.post(
    "/v1/actions/sweep", summary="Lift ladder actions whose points expired; end elapsed actions"
)
def actions_sweep(
    state: State, principal: Annotated[Principal, Depends(require("actions:bulk"))]
) -> dict[str, int]:
    with state.uow.begin() as session:
        return reinstate_expired(
            session, actor=principal.actor, webhooks_enabled=state.extras.get("webhooks", True)
        )
