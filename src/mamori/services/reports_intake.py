"""User and brand reports (notices): record each one, and route it to a case.

Several notices about the same listing are one investigation, not five: a report on an
entity that already has an unresolved report case is attached to that case as evidence,
and a more credible reporter (an authority, a trusted flagger) raises its priority and
shortens its SLA. Every notice is kept in ``reports_intake`` for the transparency report.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from mamori.cases import drafts
from mamori.cases.drafts import REPORTER_RISK
from mamori.cases.model import Exposure, Priority, Status
from mamori.cases.priority import due_at, priority, score
from mamori.errors import PermissionDenied
from mamori.services import cases as case_service
from mamori.services.identity import Principal
from mamori.storage import audit
from mamori.storage.case_tables import cases, reports

ENTITY_TYPES = ("listing", "seller", "creator_post", "review")
REPORTER_TYPES = tuple(REPORTER_RISK)
INTAKE = Principal("reports-intake", "reports-intake", "analyst", None)


@dataclass(frozen=True, slots=True)
class ReportReceipt:
    report_id: str
    case_id: int
    new_case: bool
    priority: int


def submit_report(
    session: Session,
    principal: Principal,
    *,
    entity_type: str,
    entity_id: str,
    reporter_type: str,
    reason: str,
    text: str | None = None,
    seller_id: str | None = None,
    exposure: Exposure | None = None,
    now: datetime | None = None,
) -> ReportReceipt:
    """Record a notice and open (or join) the case investigating it."""
    if not principal.can("reports:create"):
        raise PermissionDenied(
            "権限がありません（reports:create） / permission reports:create required"
        )
    if entity_type not in ENTITY_TYPES:
        raise ValueError(
            f"entity_type は {ENTITY_TYPES} のいずれか / entity_type must be one of {ENTITY_TYPES}"
        )
    if reporter_type not in REPORTER_TYPES:
        raise ValueError(
            f"reporter_type は {REPORTER_TYPES} のいずれか / reporter_type must be one of {REPORTER_TYPES}"
        )
    if principal.role == "seller" and reporter_type in ("authority", "trusted_flagger"):
        # A seller key cannot claim the credibility of an authority to jump the queue.
        raise PermissionDenied(
            "出品者は当局・信頼できる通報者として通報できません / a seller cannot report as an authority"
        )
    now = now or audit.utcnow()
    report_id = uuid.uuid4().hex
    session.execute(
        insert(reports).values(
            id=report_id,
            entity_type=entity_type,
            entity_id=entity_id,
            reporter_type=reporter_type,
            reporter=principal.user_id,
            reason=reason[:64],
            text=text,
            created_at=now,
            case_id=None,
        )
    )
    audit.append(
        session,
        principal.actor,
        "report.submit",
        "report",
        report_id,
        {
            "entity_type": entity_type,
            "entity_id": entity_id,
            "reporter_type": reporter_type,
            "reason": reason,
        },
    )
    existing = session.execute(
        select(cases)
        .where(
            cases.c.source == "report",
            cases.c.entity_type == entity_type,
            cases.c.entity_id == entity_id,
            cases.c.status != Status.RESOLVED.value,
        )
        .order_by(cases.c.id)
        .limit(1)
    ).first()
    # The intake, not the reporter, opens the case: a seller may report but not open cases.
    system = INTAKE
    if existing is None:
        draft = drafts.from_report(
            report_id,
            entity_type,
            entity_id,
            reporter_type,
            reason,
            text,
            seller_id,
            exposure or Exposure(),
        )
        case_id, _ = case_service.open_case(session, draft, system, now)
        new_case = True
        prio = int(
            session.execute(select(cases.c.priority).where(cases.c.id == case_id)).scalar_one()
        )
    else:
        case_id, new_case = int(existing.id), False
        case_service._insert_evidence(
            session,
            case_id,
            "report",
            f"{reporter_type}:{reason}",
            {
                "report_id": report_id,
                "reporter_type": reporter_type,
                "reason": reason,
                "text": text or "",
            },
            system,
            now,
        )
        risk = max(float(existing.risk), REPORTER_RISK.get(reporter_type, 0.4))
        exp = Exposure(
            int(existing.exposure_gmv),
            int(existing.exposure_followers),
            int(existing.exposure_buyers),
        )
        new_p = priority(risk, exp)
        prio = min(int(existing.priority), new_p.value)
        new_due = min(existing.due_at, due_at(now, Priority(prio)))
        session.execute(
            update(cases)
            .where(cases.c.id == case_id)
            .values(
                risk=risk, score=score(risk, exp), priority=prio, due_at=new_due, updated_at=now
            )
        )
        case_service._event(
            session,
            case_id,
            principal,
            "report",
            {"report_id": report_id, "reporter_type": reporter_type, "priority": f"P{prio}"},
            now,
        )
    session.execute(update(reports).where(reports.c.id == report_id).values(case_id=case_id))
    return ReportReceipt(report_id, case_id, new_case, prio)
