"""API keys (admin), webhook outbox (admin) and the TFDPA annual figures."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Request

from mamori.api.deps import State, body_schema, parse_body, require
from mamori.api.schemas import KeyCreate, Redeliver
from mamori.services import identity, transparency, webhooks
from mamori.services.identity import IdentityError, Principal

router = APIRouter(tags=["admin"])


@router.post(
    "/v1/keys",
    summary="Create an API key (the key is shown once)",
    openapi_extra=body_schema(KeyCreate),
    status_code=201,
)
async def key_create(
    request: Request,
    state: State,
    principal: Annotated[Principal, Depends(require("keys:manage"))],
) -> dict[str, Any]:
    body = await parse_body(request, KeyCreate)
    try:
        with state.uow.begin() as session:
            new = identity.create_api_key(
                session,
                body.role,
                seller_id=body.seller_id,
                name=body.name,
                username=body.username,
                actor=principal,
            )
    except IdentityError as exc:
        raise HTTPException(422, {"code": "bad_key_request", "message": str(exc)}) from exc
    return {
        "key_id": new.key_id,
        "key": new.token,
        "role": new.principal.role,
        "seller_id": new.principal.seller_id,
        "username": new.principal.username,
    }


@router.get("/v1/keys", summary="List API keys (never the keys themselves)")
def key_list(
    state: State, principal: Annotated[Principal, Depends(require("keys:manage"))]
) -> list[dict[str, Any]]:
    with state.uow.read() as session:
        return identity.list_api_keys(session)


@router.delete("/v1/keys/{key_id}", summary="Revoke an API key")
def key_revoke(
    key_id: str, state: State, principal: Annotated[Principal, Depends(require("keys:manage"))]
) -> dict[str, Any]:
    with state.uow.begin() as session:
        done = identity.revoke_api_key(session, key_id, principal)
    if not done:
        raise HTTPException(404, {"code": "not_found", "message": "キーがありません / no such key"})
    return {"revoked": key_id}


@router.get("/v1/webhooks", summary="Outbox counts and recent delivery attempts")
def webhook_status(
    state: State, principal: Annotated[Principal, Depends(require("webhooks:manage"))]
) -> dict[str, Any]:
    return webhooks.outbox_status(state.uow)


@router.post(
    "/v1/webhooks/redeliver",
    summary="Queue failed events again (or one event by id)",
    openapi_extra=body_schema(Redeliver),
)
async def webhook_redeliver(
    request: Request,
    state: State,
    principal: Annotated[Principal, Depends(require("webhooks:manage"))],
) -> dict[str, Any]:
    body = await parse_body(request, Redeliver)
    n = webhooks.redeliver(
        state.uow, principal.actor, body.outbox_id, failed=not body.include_delivered
    )
    return {"queued": n}


@router.get("/v1/transparency/{year}", summary="TFDPA annual report figures for a year")
def transparency_report(
    year: Annotated[int, Path(ge=1970, le=9998)],  # the report spans [year, year + 1)
    state: State,
    principal: Annotated[Principal, Depends(require("transparency:read"))],
) -> dict[str, Any]:
    with state.uow.read() as session:
        return transparency.annual_report(session, year)
