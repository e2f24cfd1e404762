"""``POST /v1/decisions``: evaluate one entity in realtime and enforce; ``GET`` one decision."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Request
from fastapi.responses import Response

from mamori.api.deps import State, body_schema, parse_body, require
from mamori.api.schemas import DecisionRequest, DecisionResponse
from mamori.entities import SCHEMAS
from mamori.services.decisions import (
    PendingDecision,
    content_date,
    new_decision_id,
    seller_of,
)
from mamori.services.identity import Principal
from mamori.services.runtime import ServiceState
from mamori.storage.repositories import get_decision

router = APIRouter(tags=["decisions"])


@router.post(
    "/v1/decisions",
    summary="Evaluate an entity and enforce (idempotent with Idempotency-Key)",
    openapi_extra=body_schema(DecisionRequest),
    responses={200: {"model": DecisionResponse}, 401: {}, 403: {}, 422: {}, 503: {}},
)
async def create_decision(
    request: Request,
    state: State,
    principal: Annotated[Principal, Depends(require("decisions:create"))],
    idempotency_key: Annotated[
        str | None, Header(alias="Idempotency-Key", min_length=1, max_length=160)
    ] = None,
) -> Response:
    # ``api.fastpath`` answers the well-formed requests before FastAPI sees them; this
    # route serves the rest (first use of a key, every error) and documents the endpoint.
    body = await parse_body(request, DecisionRequest)
    pending = prepare(state, principal, idempotency_key, body)
    text = await commit(state, pending)
    # The stored response text is sent as is: a replay is byte-for-byte the original.
    return Response(content=text.encode(), media_type="application/json")


def prepare(
    state: ServiceState,
    principal: Principal,
    idempotency_key: str | None,
    body: DecisionRequest,
) -> PendingDecision:
    """Check the request's content and evaluate it; HTTPException (422/503) if it can't be.

    Evaluation runs here, on the event loop: it takes a fraction of a millisecond, less
    than handing it to a worker thread and back would.
    """
    if body.entity_type not in SCHEMAS:
        raise HTTPException(
            422,
            {
                "code": "unknown_entity_type",
                "message": f"不明なエンティティ種別 {body.entity_type!r} / unknown entity type",
            },
        )
    entity_id = body.entity.get("id")
    if entity_id is None or entity_id == "":
        raise HTTPException(
            422, {"code": "missing_id", "message": "entity.id が必要です / entity.id is required"}
        )
    evaluation = state.extras.get("evaluation")
    if evaluation is None:
        raise HTTPException(
            503, {"code": "no_pack", "message": "ポリシーパック未読込 / no policy pack loaded"}
        )
    statuses = state.extras["statuses"].get() if "statuses" in state.extras else {}
    try:
        hits = evaluation.hits(body.entity_type, body.entity, body.related, statuses)
    except ValueError as exc:  # the evaluator's RowError: a field of the wrong type
        raise HTTPException(
            422, {"code": "bad_entity", "message": f"エンティティが不正です / bad entity: {exc}"}
        ) from exc
    return PendingDecision(
        decision_id=new_decision_id(),
        entity_type=body.entity_type,
        entity_id=str(entity_id),
        hits=hits,
        seller_id=seller_of(body.entity_type, body.entity, body.related),
        # Keys are scoped to the caller: another client's key never replays this decision.
        idempotency_key=f"{principal.user_id}:{idempotency_key}" if idempotency_key else None,
        source="api",
        actor=principal.actor,
        content_date=content_date(body.entity),
    )


async def commit(state: ServiceState, pending: PendingDecision) -> str:
    """Store the decision (group commit when the writer runs); the response JSON text."""
    if state.writer is not None:
        text: str = await state.writer.submit(pending)
        return text
    enforcer = state.extras["enforcer"]

    def write() -> str:
        with state.uow.begin() as session:
            out: str = enforcer.record_json(session, [pending])[0]
            return out

    return await asyncio.to_thread(write)


@router.get("/v1/decisions/{decision_id}", summary="A stored decision with every hit (shadow too)")
def read_decision(
    decision_id: str,
    state: State,
    principal: Annotated[Principal, Depends(require("decisions:read"))],
) -> dict[str, Any]:
    with state.uow.read() as session:
        d = get_decision(session, decision_id)
    if d is None:
        raise HTTPException(
            404, {"code": "not_found", "message": "判定がありません / no such decision"}
        )
    return d
