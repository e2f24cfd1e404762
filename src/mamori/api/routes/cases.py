"""HTTP routes for cases (``/v1/cases``) and the reports intake (``POST /v1/reports``).

Thin: authenticate (``require``), parse the body after authentication (``parse_body``),
call one service function in one unit of work, shape the answer. Service errors map to
HTTP codes here: not found 404, conflict 409, permission 403, bad value 422.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from pydantic import BaseModel, Field

from mamori.api.deps import Principal, State, UoW, body_schema, parse_body, require
from mamori.cases import drafts
from mamori.cases.model import Level, Outcome, Team
from mamori.cases.transitions import EscalationError
from mamori.errors import ConflictError, MamoriError, NotFoundError, PermissionDenied
from mamori.services import cases as svc
from mamori.services import reports_intake

# Case ids are 64-bit: a larger number is a 422, not an overflow deep in the database driver.
CaseId = Annotated[int, Path(ge=1, le=2**63 - 1)]

router = APIRouter(tags=["cases"])


@contextmanager
def _errors() -> Iterator[None]:
    try:
        yield
    except NotFoundError as exc:
        raise HTTPException(404, {"code": "not_found", "message": str(exc)}) from None
    except PermissionDenied as exc:
        raise HTTPException(403, {"code": "forbidden", "message": str(exc)}) from None
    except (ConflictError, EscalationError) as exc:
        raise HTTPException(409, {"code": "conflict", "message": str(exc)}) from None
    except (ValueError, MamoriError) as exc:
        raise HTTPException(422, {"code": "invalid", "message": str(exc)}) from None


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value


# ---------------------------------------------------------------- bodies


class ReportIn(BaseModel):
    entity_type: Literal["listing", "seller", "creator_post", "review"]
    entity_id: str = Field(min_length=1, max_length=200)
    reporter_type: Literal["user", "brand", "authority", "trusted_flagger"] = "user"
    reason: str = Field(min_length=1, max_length=64)
    text: str | None = Field(default=None, max_length=10_000)
    seller_id: str | None = None


class CaseIn(BaseModel):
    """An internal escalation opened by hand (Legal, Business, Product, Operations)."""

    team: Literal["operations", "legal", "business", "product"] = "operations"
    title: str = Field(min_length=1, max_length=500)
    summary: str = Field(default="", max_length=10_000)
    risk: float = Field(default=0.5, ge=0, le=1)
    entity_type: str | None = None
    entity_id: str | None = None
    seller_id: str | None = None


class AssignIn(BaseModel):
    username: str


class NoteIn(BaseModel):
    body: str = Field(min_length=1, max_length=20_000)


class EvidenceIn(BaseModel):
    kind: Literal["url", "text", "screenshot", "document", "finding", "report"] = "text"
    label: str = Field(min_length=1, max_length=500)
    content: str = Field(min_length=1)


class LinkIn(BaseModel):
    entity_type: str = Field(min_length=1, max_length=32)
    entity_id: str = Field(min_length=1, max_length=200)
    role: Literal["member", "subject", "history"] = "member"


class EscalateIn(BaseModel):
    reason: str = Field(min_length=1, max_length=5_000)
    level: Literal[2, 3] | None = None
    team: Literal["operations", "legal", "business", "product"] | None = None


class ResolveIn(BaseModel):
    outcome: Literal["confirmed_risk", "no_violation", "policy_gap"]
    resolution: str = Field(default="", max_length=20_000)


class ActionIn(BaseModel):
    """A manual enforcement action taken from a case (through the enforcement service)."""

    action: Literal[
        "warn",
        "restrict_feature",
        "hold_payout",
        "suspend",
        "terminate",
        "label",
        "demote",
        "delist",
    ]
    scope: Literal["subject", "group"] = "subject"  # group: every linked entity of the type
    reason: str = Field(min_length=1, max_length=5_000)
    entity_type: str | None = None  # defaults to the case's subject
    entity_id: str | None = None
    points: int = Field(default=0, ge=0, le=100)
    duration_days: int | None = Field(default=None, ge=1, le=3650)


# ---------------------------------------------------------------- reports


@router.post("/v1/reports", status_code=201, openapi_extra=body_schema(ReportIn))
async def submit_report(
    request: Request, uow: UoW, principal: Annotated[Principal, Depends(require("reports:create"))]
) -> dict[str, Any]:
    """Receive a user or brand notice; it opens (or joins) a case."""
    body = await parse_body(request, ReportIn)
    with _errors(), uow.begin() as s:
        r = reports_intake.submit_report(
            s,
            principal,
            entity_type=body.entity_type,
            entity_id=body.entity_id,
            reporter_type=body.reporter_type,
            reason=body.reason,
            text=body.text,
            seller_id=body.seller_id,
        )
    return {
        "report_id": r.report_id,
        "case_id": r.case_id,
        "new_case": r.new_case,
        "priority": r.priority,
    }


# ---------------------------------------------------------------- cases


@router.get("/v1/cases")
def list_cases(
    uow: UoW,
    principal: Annotated[Principal, Depends(require("cases:read"))],
    status: Annotated[list[str] | None, Query()] = None,
    queue: str | None = None,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    mine: bool = False,
    seller_id: str | None = None,
) -> dict[str, Any]:
    """A page of cases, most urgent first (keyset paging: pass ``next_cursor`` back)."""
    with _errors(), uow.read() as s:
        page = svc.list_queue(
            s,
            principal,
            status=status or ["open", "escalated", "claimed"],
            queue=queue,
            after=cursor,
            limit=limit,
            mine=mine,
            seller_id=seller_id,
        )
    return {
        "cases": [
            {
                "id": r.id,
                "title": {"ja": r.title_ja, "en": r.title_en},
                "kind": r.kind,
                "source": r.source,
                "priority": f"P{r.priority}",
                "status": r.status,
                "level": r.level,
                "queue": r.queue,
                "seller_id": r.seller_id,
                "entity_type": r.entity_type,
                "entity_id": r.entity_id,
                "claimed_by": r.claimed_by_name,
                "opened_at": r.opened_at.isoformat(),
                "due_at": r.due_at.isoformat(),
                "sla": r.sla,
                "score": r.score,
            }
            for r in page.rows
        ],
        "next_cursor": page.next_cursor,
    }


@router.get("/v1/cases/stats")
def case_stats(
    uow: UoW, principal: Annotated[Principal, Depends(require("cases:read"))]
) -> dict[str, Any]:
    """Unresolved cases per queue and priority, with SLA breaches."""
    with _errors(), uow.read() as s:
        return {"queues": svc.queue_counts(s, principal)}


@router.post("/v1/cases", status_code=201, openapi_extra=body_schema(CaseIn))
async def open_case(
    request: Request, uow: UoW, principal: Annotated[Principal, Depends(require("cases:create"))]
) -> dict[str, Any]:
    """Open a case by hand: an internal escalation from Legal, Business or Product."""
    body = await parse_body(request, CaseIn)
    draft = drafts.internal(
        Team(body.team),
        body.title,
        body.summary,
        body.risk,
        body.entity_type,
        body.entity_id,
        body.seller_id,
    )
    with _errors(), uow.begin() as s:
        case_id, _ = svc.open_case(s, draft, principal)
        return _jsonable(svc.get_case(s, case_id, principal))  # type: ignore[no-any-return]


@router.post("/v1/cases/from-decision/{decision_id}", status_code=201)
def open_from_decision(
    decision_id: str,
    uow: UoW,
    principal: Annotated[Principal, Depends(require("cases:create"))],
    confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
) -> dict[str, Any]:
    """Send a recorded decision to a person: a low-confidence case (idempotent)."""
    with _errors(), uow.begin() as s:
        case_id, created = svc.open_from_decision(s, decision_id, principal, confidence)
    return {"case_id": case_id, "created": created}


@router.get("/v1/cases/{case_id}")
def get_case(
    case_id: CaseId, uow: UoW, principal: Annotated[Principal, Depends(require("cases:read"))]
) -> dict[str, Any]:
    with _errors(), uow.read() as s:
        return _jsonable(svc.get_case(s, case_id, principal))  # type: ignore[no-any-return]


@router.post("/v1/cases/{case_id}/claim")
def claim(
    case_id: CaseId, uow: UoW, principal: Annotated[Principal, Depends(require("cases:work"))]
) -> dict[str, Any]:
    """Claim a case exclusively; 409 when someone else holds it."""
    with _errors(), uow.begin() as s:
        svc.claim(s, case_id, principal)
    return {"case_id": case_id, "claimed_by": principal.username}


@router.post("/v1/cases/{case_id}/release")
def release(
    case_id: CaseId, uow: UoW, principal: Annotated[Principal, Depends(require("cases:work"))]
) -> dict[str, Any]:
    with _errors(), uow.begin() as s:
        svc.release(s, case_id, principal)
    return {"case_id": case_id, "released": True}


@router.post("/v1/cases/{case_id}/assign", openapi_extra=body_schema(AssignIn))
async def assign(
    case_id: CaseId,
    request: Request,
    uow: UoW,
    principal: Annotated[Principal, Depends(require("cases:assign"))],
) -> dict[str, Any]:
    body = await parse_body(request, AssignIn)
    with _errors(), uow.begin() as s:
        svc.assign(s, case_id, body.username, principal)
    return {"case_id": case_id, "claimed_by": body.username}


@router.post("/v1/cases/{case_id}/notes", status_code=201, openapi_extra=body_schema(NoteIn))
async def add_note(
    case_id: CaseId,
    request: Request,
    uow: UoW,
    principal: Annotated[Principal, Depends(require("cases:work"))],
) -> dict[str, Any]:
    body = await parse_body(request, NoteIn)
    with _errors(), uow.begin() as s:
        note_id = svc.add_note(s, case_id, body.body, principal)
    return {"case_id": case_id, "note_id": note_id}


@router.post("/v1/cases/{case_id}/evidence", status_code=201, openapi_extra=body_schema(EvidenceIn))
async def add_evidence(
    case_id: CaseId,
    request: Request,
    uow: UoW,
    principal: Annotated[Principal, Depends(require("cases:work"))],
) -> dict[str, Any]:
    body = await parse_body(request, EvidenceIn)
    with _errors(), uow.begin() as s:
        eid = svc.add_evidence(s, case_id, body.kind, body.label, body.content, principal)
    return {"case_id": case_id, "evidence_id": eid}


@router.post("/v1/cases/{case_id}/links", status_code=201, openapi_extra=body_schema(LinkIn))
async def link_entity(
    case_id: CaseId,
    request: Request,
    uow: UoW,
    principal: Annotated[Principal, Depends(require("cases:work"))],
) -> dict[str, Any]:
    body = await parse_body(request, LinkIn)
    with _errors(), uow.begin() as s:
        added = svc.link_entity(s, case_id, body.entity_type, body.entity_id, principal, body.role)
    return {"case_id": case_id, "added": added}


@router.post("/v1/cases/{case_id}/escalate", openapi_extra=body_schema(EscalateIn))
async def escalate(
    case_id: CaseId,
    request: Request,
    uow: UoW,
    principal: Annotated[Principal, Depends(require("cases:escalate"))],
) -> dict[str, Any]:
    """Send a case up a level (operations → specialist → legal/leadership) with a reason."""
    body = await parse_body(request, EscalateIn)
    with _errors(), uow.begin() as s:
        level = svc.escalate(
            s,
            case_id,
            body.reason,
            principal,
            target=Level(body.level) if body.level else None,
            team=Team(body.team) if body.team else None,
        )
    return {"case_id": case_id, "level": level.value, "level_name": level.name.lower()}


@router.post("/v1/cases/{case_id}/resolve", openapi_extra=body_schema(ResolveIn))
async def resolve(
    case_id: CaseId,
    request: Request,
    uow: UoW,
    principal: Annotated[Principal, Depends(require("cases:work"))],
) -> dict[str, Any]:
    """Resolve with an outcome; the answer carries the recommendation (compliance vs impact)."""
    body = await parse_body(request, ResolveIn)
    with _errors(), uow.begin() as s:
        rec = svc.resolve(s, case_id, Outcome(body.outcome), body.resolution, principal)
    return {"case_id": case_id, "outcome": body.outcome, "recommendation": rec}


@router.post("/v1/cases/{case_id}/actions", status_code=201, openapi_extra=body_schema(ActionIn))
async def take_action(
    case_id: CaseId,
    request: Request,
    uow: UoW,
    state: State,
    principal: Annotated[Principal, Depends(require("actions:create"))],
) -> dict[str, Any]:
    """Enforce from a case: one action on the subject, or one per linked entity (bulk)."""
    body = await parse_body(request, ActionIn)
    with _errors(), uow.begin() as s:
        taken = svc.take_action(
            s,
            case_id,
            body.action,
            body.reason,
            principal,
            enforcer=state.extras["enforcer"],
            scope=body.scope,
            entity_type=body.entity_type,
            entity_id=body.entity_id,
            points=body.points,
            duration_days=body.duration_days,
        )
    return {"case_id": case_id, "actions": taken}
