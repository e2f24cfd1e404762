"""HTTP routes of the policy lifecycle: states, transitions, monitoring, backtests, coverage.

Thin, like every route module: authenticate with ``require`` (401/403 before anything
else), read the optional body afterwards, call one service function in one unit of work.
The four-eyes refusal is a 403 whose message says why in Japanese and English; a
transition the current state does not allow is a 409.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, Field

from mamori.api.deps import Principal, State, UoW, body_schema, parse_body, require
from mamori.errors import ConflictError, MamoriError, NotFoundError, PermissionDenied
from mamori.lifecycle.states import FourEyesError
from mamori.services import backtest as backtest_svc
from mamori.services import lifecycle as svc
from mamori.services import monitoring

router = APIRouter(tags=["lifecycle"])


@contextmanager
def _errors() -> Iterator[None]:
    try:
        yield
    except NotFoundError as exc:
        raise HTTPException(404, {"code": "not_found", "message": str(exc)}) from None
    except PermissionDenied as exc:
        code = (getattr(exc, "code", None) == "LC002" and "four_eyes") or "forbidden"
        raise HTTPException(403, {"code": code, "message": str(exc)}) from None
    except ConflictError as exc:
        raise HTTPException(409, {"code": "conflict", "message": str(exc)}) from None
    except (ValueError, MamoriError) as exc:
        raise HTTPException(422, {"code": "invalid", "message": str(exc)}) from None


class TransitionIn(BaseModel):
    version: int | None = Field(
        default=None, ge=1, le=2**31 - 1, description="defaults to the pack's version"
    )
    note: str | None = Field(default=None, max_length=2000)


async def _transition(
    request: Request, state: Any, principal: Principal, policy_id: str, action: str
) -> dict[str, Any]:
    raw = await request.body()
    body = await parse_body(request, TransitionIn) if raw.strip() else TransitionIn()
    with _errors():
        try:
            with state.uow.begin() as s:
                view = svc.transition(
                    s,
                    principal,
                    policy_id,
                    action,
                    pack=state.pack,
                    version=body.version,
                    note=body.note,
                )
        except FourEyesError as exc:
            with state.uow.begin() as s:
                svc.record_refusal(s, principal, policy_id, action, exc)
            raise
    for name in ("statuses", "status_cache"):  # the service's StatusCache (either name)
        cache = state.extras.get(name)
        if cache is not None and hasattr(cache, "invalidate"):
            cache.invalidate()  # the decision pipeline sees the new state at once
    return view.to_dict()


@router.get("/v1/policies")
def list_policies(
    state: State, _p: Annotated[Principal, Depends(require("policies:read"))]
) -> dict[str, Any]:
    """Every policy of the served pack (and recorded versions) with its lifecycle state."""
    with state.uow.read() as s:
        return {"policies": [v.to_dict() for v in svc.policy_states(s, state.pack)]}


@router.get("/v1/policies/{policy_id}")
def show_policy(
    policy_id: str,
    state: State,
    _p: Annotated[Principal, Depends(require("policies:read"))],
) -> dict[str, Any]:
    """A policy's versions, states, approver, activation hash and transition history."""
    with _errors(), state.uow.read() as s:
        return svc.show_policy(s, policy_id, state.pack)


_EXTRA = body_schema(TransitionIn)
_EXTRA["requestBody"]["required"] = False


@router.post("/v1/policies/{policy_id}/promote", openapi_extra=_EXTRA)
async def promote(
    policy_id: str,
    request: Request,
    state: State,
    principal: Annotated[Principal, Depends(require("policies:author"))],
) -> dict[str, Any]:
    """draft → shadow: evaluated live and recorded, never acting. Records the author."""
    return await _transition(request, state, principal, policy_id, "promote")


@router.post("/v1/policies/{policy_id}/approve", openapi_extra=_EXTRA)
async def approve(
    policy_id: str,
    request: Request,
    state: State,
    principal: Annotated[Principal, Depends(require("policies:approve"))],
) -> dict[str, Any]:
    """shadow → approved, by a second person (403 ``four_eyes`` for the author)."""
    return await _transition(request, state, principal, policy_id, "approve")


@router.post("/v1/policies/{policy_id}/activate", openapi_extra=_EXTRA)
async def activate(
    policy_id: str,
    request: Request,
    state: State,
    principal: Annotated[Principal, Depends(require("policies:activate"))],
) -> dict[str, Any]:
    """approved → active; records the version hash that was switched on."""
    return await _transition(request, state, principal, policy_id, "activate")


@router.post("/v1/policies/{policy_id}/retire", openapi_extra=_EXTRA)
async def retire(
    policy_id: str,
    request: Request,
    state: State,
    principal: Annotated[Principal, Depends(require("policies:retire"))],
) -> dict[str, Any]:
    """Any state → retired: no longer evaluated."""
    return await _transition(request, state, principal, policy_id, "retire")


@router.get("/v1/monitor/metrics")
def monitor_metrics(
    uow: UoW,
    _p: Annotated[Principal, Depends(require("monitor:read"))],
    policy_id: Annotated[str | None, Query(max_length=200)] = None,
    days: Annotated[int, Query(ge=1, le=730)] = 90,
) -> dict[str, Any]:
    """Stored daily metrics per policy and mode (hits, actions, appeals, overturns, QA)."""
    with uow.read() as s:
        return {"metrics": monitoring.daily_metrics(s, policy_id=policy_id, days=days)}


@router.get("/v1/monitor/alerts")
def monitor_alerts(
    uow: UoW,
    _p: Annotated[Principal, Depends(require("monitor:read"))],
    status: Annotated[Literal["open", "case_opened", "closed"] | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> dict[str, Any]:
    with uow.read() as s:
        return {"alerts": monitoring.list_alerts(s, status=status, limit=limit)}


@router.post("/v1/monitor/run")
def monitor_run(
    uow: UoW,
    principal: Annotated[Principal, Depends(require("policies:author"))],
    days: Annotated[int, Query(ge=2, le=730)] = 60,
) -> dict[str, Any]:
    """Recompute recent daily metrics, store new alerts and open their cases."""
    with _errors(), uow.begin() as s:
        return monitoring.run_monitor(s, principal, days=days).to_dict()


@router.post("/v1/monitor/alerts/{alert_id}/case")
def open_alert_case(
    alert_id: str,
    uow: UoW,
    principal: Annotated[Principal, Depends(require("cases:create"))],
) -> dict[str, Any]:
    with _errors(), uow.begin() as s:
        return {"alert_id": alert_id, "case_id": monitoring.open_alert(s, principal, alert_id)}


@router.get("/v1/backtests")
def backtests(
    uow: UoW,
    _p: Annotated[Principal, Depends(require("backtests:read"))],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> dict[str, Any]:
    """Recorded backtest runs (``mamori backtest --record``), newest first."""
    with uow.read() as s:
        return {"runs": backtest_svc.list_runs(s, limit=limit)}


@router.get("/v1/coverage")
def coverage(
    state: State,
    _p: Annotated[Principal, Depends(require("policies:read"))],
    market: Annotated[str | None, Query(max_length=16)] = None,
    days: Annotated[int, Query(ge=1, le=730)] = 30,
) -> dict[str, Any]:
    """Obligations of the served pack's laws.yaml → citing policies and recent volume."""
    from mamori.services import lifecycle as coverage_svc

    if state.pack is None:
        raise HTTPException(409, {"code": "no_pack", "message": "パック未読込 / no pack loaded"})
    with state.uow.read() as s:
        return coverage_svc.coverage_for(state.pack, session=s, market=market, days=days).to_dict()
