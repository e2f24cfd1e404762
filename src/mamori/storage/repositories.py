"""Read models over the enforcement tables: decisions, actions, appeals as plain dicts.

Services and routes share these so the API, CLI and console show the same thing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from mamori.storage.tables import actions, appeals, decision_hits, decisions


def _iso(d: datetime | None) -> str | None:
    return d.isoformat() if d else None


def action_dict(r: Row[Any] | Mapping[str, Any], with_statement: bool = False) -> dict[str, Any]:
    m = r._mapping if isinstance(r, Row) else r
    out = {
        "action_id": m["id"],
        "decision_id": m["decision_id"],
        "type": m["type"],
        "trigger": m["trigger"],
        "entity_type": m["entity_type"],
        "entity_id": m["entity_id"],
        "seller_id": m["seller_id"],
        "policy_id": m["policy_id"],
        "policy_version": m["policy_version"],
        "points": m["points"],
        "threshold": m["threshold"],
        "status": m["status"],
        "automated": bool(m["automated"]),
        "created_at": _iso(m["created_at"]),
        "ends_at": _iso(m["ends_at"]),
        "appeal_until": _iso(m["appeal_until"]),
        "closed_at": _iso(m["closed_at"]),
        "close_reason": m["close_reason"],
    }
    if with_statement:
        out["statement"] = json.loads(m["statement"])
    return out


def get_action(session: Session, action_id: str) -> Row[Any] | None:
    return session.execute(select(actions).where(actions.c.id == action_id)).first()


def list_actions(
    session: Session,
    *,
    seller_id: str | None = None,
    status: str | None = None,
    type_: str | None = None,
    policy_id: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    q = select(actions).order_by(actions.c.created_at.desc(), actions.c.id)
    if seller_id is not None:
        q = q.where(actions.c.seller_id == seller_id)
    if status is not None:
        q = q.where(actions.c.status == status)
    if type_ is not None:
        q = q.where(actions.c.type == type_)
    if policy_id is not None:
        q = q.where(actions.c.policy_id == policy_id)
    return [action_dict(r) for r in session.execute(q.limit(limit).offset(offset))]


def get_decision(session: Session, decision_id: str) -> dict[str, Any] | None:
    d = session.execute(select(decisions).where(decisions.c.id == decision_id)).first()
    if d is None:
        return None
    hits = session.execute(
        select(decision_hits)
        .where(decision_hits.c.decision_id == decision_id)
        .order_by(decision_hits.c.id)
    )
    acts = session.execute(
        select(actions)
        .where(actions.c.decision_id == decision_id)
        .order_by(actions.c.created_at, actions.c.id)
    )
    return {
        "decision_id": d.id,
        "entity_type": d.entity_type,
        "entity_id": d.entity_id,
        "seller_id": d.seller_id,
        "source": d.source,
        "pack_hash": d.pack_hash,
        "created_at": _iso(d.created_at),
        "hits": [
            {
                "policy_id": h.policy_id,
                "policy_version": h.policy_version,
                "policy_hash": h.policy_hash,
                "severity": h.severity,
                "action": h.action,
                "points": h.points,
                "status": h.status,
                "evidence": json.loads(h.evidence),
                "reason": json.loads(h.reason) if h.reason else None,
            }
            for h in hits
        ],
        "actions": [action_dict(a) for a in acts],
    }


def appeal_dict(r: Row[Any] | Mapping[str, Any], now: datetime | None = None) -> dict[str, Any]:
    from mamori.enforcement.appeals import sla_state

    m = r._mapping if isinstance(r, Row) else r
    out = {
        "appeal_id": m["id"],
        "action_id": m["action_id"],
        "seller_id": m["seller_id"],
        "status": m["status"],
        "statement": m["statement"],
        "submitted_at": _iso(m["submitted_at"]),
        "due_at": _iso(m["due_at"]),
        "decided_at": _iso(m["decided_at"]),
        "reviewer_id": m["reviewer_id"],
        "note": m["note"],
    }
    if now is not None:
        out["sla"] = sla_state(m["due_at"], now, m["decided_at"])
    return out


def list_appeals(
    session: Session,
    *,
    seller_id: str | None = None,
    status: str | None = None,
    limit: int = 100,
    now: datetime | None = None,
) -> list[dict[str, Any]]:
    q = select(appeals).order_by(appeals.c.due_at, appeals.c.id)
    if seller_id is not None:
        q = q.where(appeals.c.seller_id == seller_id)
    if status is not None:
        q = q.where(appeals.c.status == status)
    return [appeal_dict(r, now) for r in session.execute(q.limit(limit))]
