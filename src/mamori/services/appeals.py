"""Appeals: a seller contests its own action; a reviewer upholds or overturns it.

An overturn reverses the action and its points in the same transaction, and re-checks
the ladder so seller actions those points triggered are lifted (reinstatement).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from mamori.enforcement.appeals import AppealStatus, Outcome, can_appeal, decide, sla_due
from mamori.errors import ConflictError, NotFoundError, PermissionDenied
from mamori.services.decisions import outbox_row, reverse_action
from mamori.services.identity import Principal
from mamori.storage import audit
from mamori.storage.repositories import appeal_dict, get_action
from mamori.storage.tables import appeals, webhook_outbox


def file_appeal(
    session: Session,
    principal: Principal,
    action_id: str,
    statement: str,
    now: datetime | None = None,
    sla_days: int = 7,
) -> dict[str, Any]:
    """File an appeal. A seller may appeal only actions on its own ``seller_id``."""
    now = now or audit.utcnow()
    action = get_action(session, action_id)
    if action is None:
        raise NotFoundError(f"措置 {action_id} がありません / no action {action_id}")
    if principal.role == "seller" and action.seller_id != principal.seller_id:
        # Same answer as a missing action: a seller learns nothing about others' actions.
        raise NotFoundError(f"措置 {action_id} がありません / no action {action_id}")
    if not (principal.can("appeals:create_own") or principal.can("appeals:review")):
        raise PermissionDenied("appeals:create_own")
    open_ = session.execute(
        select(appeals.c.id).where(
            appeals.c.action_id == action_id, appeals.c.status == AppealStatus.OPEN.value
        )
    ).first()
    refusal = can_appeal(action.status, action.appeal_until, now, open_ is not None)
    if refusal is not None:
        raise ConflictError(f"{refusal.code}: {refusal.message}")
    appeal_id = uuid.uuid4().hex
    row = {
        "id": appeal_id,
        "action_id": action_id,
        "seller_id": action.seller_id,
        "submitted_by": principal.user_id,
        "status": AppealStatus.OPEN.value,
        "statement": statement,
        "submitted_at": now,
        "due_at": sla_due(now, sla_days),
        "decided_at": None,
        "reviewer_id": None,
        "note": None,
    }
    session.execute(insert(appeals).values(**row))
    audit.append(
        session,
        principal.actor,
        "appeal.create",
        "action",
        action_id,
        {"appeal_id": appeal_id, "due_at": row["due_at"].isoformat()},
    )
    return appeal_dict(row, now)


def review_appeal(
    session: Session,
    principal: Principal,
    appeal_id: str,
    outcome: Outcome | str,
    note: str | None = None,
    now: datetime | None = None,
    webhooks_enabled: bool = True,
) -> dict[str, Any]:
    """Uphold or overturn; an overturn reverses the action and its points."""
    if not principal.can("appeals:review"):
        raise PermissionDenied("appeals:review")
    now = now or audit.utcnow()
    outcome = Outcome(outcome)
    row = session.execute(select(appeals).where(appeals.c.id == appeal_id)).first()
    if row is None:
        raise NotFoundError(f"申立て {appeal_id} がありません / no appeal {appeal_id}")
    try:
        new = decide(row.status, outcome)
    except ValueError as exc:
        raise ConflictError(
            f"申立ては既に決定済みです（{row.status}） / appeal already {row.status}"
        ) from exc
    # Guard against two reviewers deciding at once: only the update that still sees
    # ``open`` wins.
    res = session.execute(
        update(appeals)
        .where(appeals.c.id == appeal_id, appeals.c.status == AppealStatus.OPEN.value)
        .values(status=new.value, decided_at=now, reviewer_id=principal.user_id, note=note)
    )
    if res.rowcount != 1:  # type: ignore[attr-defined]
        raise ConflictError("申立ては既に決定済みです / appeal already decided")
    changed: list[str] = []
    if new is AppealStatus.OVERTURNED:
        changed = reverse_action(
            session,
            row.action_id,
            now,
            principal.actor,
            f"appeal_overturned:{appeal_id}",
            webhooks_enabled,
        )
    audit.append(
        session,
        principal.actor,
        "appeal.review",
        "action",
        row.action_id,
        {"appeal_id": appeal_id, "outcome": new.value, "note": note, "changed": changed},
    )
    if webhooks_enabled:
        session.execute(
            insert(webhook_outbox),
            [
                outbox_row(
                    "appeal.decided",
                    {
                        "appeal_id": appeal_id,
                        "action_id": row.action_id,
                        "seller_id": row.seller_id,
                        "outcome": new.value,
                        "changed_actions": changed,
                    },
                    now,
                    f"appeal-{appeal_id}",
                )
            ],
        )
    fresh = session.execute(select(appeals).where(appeals.c.id == appeal_id)).one()
    out = appeal_dict(fresh, now)
    out["changed_actions"] = changed
    return out


def get_appeal(
    session: Session, principal: Principal, appeal_id: str, now: datetime | None = None
) -> dict[str, Any]:
    row = session.execute(select(appeals).where(appeals.c.id == appeal_id)).first()
    if row is None or (principal.role == "seller" and row.seller_id != principal.seller_id):
        raise NotFoundError(f"申立て {appeal_id} がありません / no appeal {appeal_id}")
    return appeal_dict(row, now or audit.utcnow())
