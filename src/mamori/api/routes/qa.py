"""QA: stratified samples, re-reviews, per-policy precision and overturn rates."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request

from mamori.api.deps import State, body_schema, parse_body, require
from mamori.api.schemas import QAReview, QASampleRequest
from mamori.enforcement.qa import Thresholds
from mamori.services import qa as svc
from mamori.services.identity import Principal

router = APIRouter(tags=["qa"])


def _dt(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value).replace(tzinfo=None)
    except ValueError as exc:
        raise HTTPException(
            422, {"code": "bad_date", "message": f"日付が不正です / bad date {value!r}"}
        ) from exc


@router.post(
    "/v1/qa/samples",
    summary="Draw a stratified random sample (per policy × action) for re-review",
    openapi_extra=body_schema(QASampleRequest),
    status_code=201,
)
async def sample_create(
    request: Request,
    state: State,
    principal: Annotated[Principal, Depends(require("qa:sample"))],
) -> dict[str, Any]:
    body = await parse_body(request, QASampleRequest)
    with state.uow.begin() as session:
        return svc.draw_sample(
            session,
            principal,
            per_stratum=body.per_stratum,
            since=_dt(body.since),
            until=_dt(body.until),
            seed=body.seed,
            include_shadow=body.include_shadow,
        )


@router.get("/v1/qa/samples", summary="Samples of a batch (or the latest), pending ones optional")
def sample_list(
    state: State,
    principal: Annotated[Principal, Depends(require("qa:read"))],
    batch_id: str | None = None,
    pending: bool = False,
) -> list[dict[str, Any]]:
    with state.uow.read() as session:
        return svc.list_samples(session, batch_id, pending)


@router.post(
    "/v1/qa/samples/{sample_id}/review",
    summary="Record a re-review verdict",
    openapi_extra=body_schema(QAReview),
)
async def sample_review(
    sample_id: str,
    request: Request,
    state: State,
    principal: Annotated[Principal, Depends(require("qa:review"))],
) -> dict[str, Any]:
    body = await parse_body(request, QAReview)
    with state.uow.begin() as session:
        return svc.review_sample(session, principal, sample_id, body.correct, body.note)


@router.get("/v1/qa/quality", summary="Per policy: precision (Wilson CI), overturn rate, flags")
def quality(
    state: State,
    principal: Annotated[Principal, Depends(require("qa:read"))],
    max_error_rate: float = 0.2,
    max_overturn_rate: float = 0.2,
    min_reviews: int = 5,
    min_appeals: int = 5,
) -> list[dict[str, Any]]:
    t = Thresholds(max_error_rate, max_overturn_rate, min_reviews, min_appeals)
    with state.uow.read() as session:
        return [q.to_dict() for q in svc.policy_quality(session, t)]
