"""Read-only look-ups behind the console pages that no service exposes as a use case.

Only SELECTs live here (seller 360, appeals queue, audit pages, monitoring series,
findings overview): every change the console makes goes through a service function.
Each query is bounded (LIMIT, keyset on an indexed column) so pages stay fast at scale.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mamori.storage.case_tables import cases
from mamori.storage.lifecycle_tables import monitor_alerts, monitor_daily
from mamori.storage.tables import (
    actions,
    appeals,
    audit_log,
    decision_hits,
    decisions,
    points_ledger,
)


def _rows(result: Any) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in result]


def statement_of(row: Any) -> dict[str, Any]:
    try:
        value = json.loads(row["statement"] if isinstance(row, dict) else row.statement)
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def seller_overview(session: Session, seller_id: str, now: Any) -> dict[str, Any]:
    """Everything the console's seller 360 shows, each list capped."""
    acts = _rows(
        session.execute(
            select(actions)
            .where(actions.c.seller_id == seller_id)
            .order_by(actions.c.created_at.desc())
            .limit(100)
        )
    )
    ledger = _rows(
        session.execute(
            select(points_ledger)
            .where(points_ledger.c.seller_id == seller_id)
            .order_by(points_ledger.c.awarded_at.desc())
            .limit(100)
        )
    )
    active_points = sum(
        int(p["points"]) for p in ledger if p["reversed_at"] is None and p["expires_at"] > now
    )
    apps = _rows(
        session.execute(
            select(appeals, actions.c.type.label("action_type"))
            .join(actions, actions.c.id == appeals.c.action_id)
            .where(actions.c.seller_id == seller_id)
            .order_by(appeals.c.submitted_at.desc())
            .limit(100)
        )
    )
    hits = _rows(
        session.execute(
            select(
                decisions.c.id.label("decision_id"),
                decisions.c.entity_type,
                decisions.c.entity_id,
                decisions.c.created_at,
                decision_hits.c.policy_id,
                decision_hits.c.policy_version,
                decision_hits.c.severity,
                decision_hits.c.action,
                decision_hits.c.status,
                decision_hits.c.evidence,
            )
            .join(decision_hits, decision_hits.c.decision_id == decisions.c.id)
            .where(decisions.c.seller_id == seller_id)
            .order_by(decisions.c.created_at.desc())
            .limit(100)
        )
    )
    for h in hits:
        try:
            h["evidence_text"] = ", ".join(e.get("text", "") for e in json.loads(h["evidence"]))
        except (TypeError, ValueError, AttributeError):
            h["evidence_text"] = ""
    listings: dict[str, dict[str, Any]] = {}
    for h in hits:
        if h["entity_type"] == "listing":
            item = listings.setdefault(
                h["entity_id"], {"id": h["entity_id"], "hits": 0, "policies": set()}
            )
            item["hits"] += 1
            item["policies"].add(h["policy_id"])
    for a in acts:
        if a["entity_type"] == "listing":
            item = listings.setdefault(
                a["entity_id"], {"id": a["entity_id"], "hits": 0, "policies": set()}
            )
            item.setdefault("actions", []).append(a["type"])
    return {
        "actions": acts,
        "ledger": ledger,
        "active_points": active_points,
        "appeals": apps,
        "hits": hits,
        "listings": sorted(listings.values(), key=lambda x: -int(x["hits"])),
    }


def appeals_queue(session: Session, status: str = "open", limit: int = 100) -> list[dict[str, Any]]:
    return _rows(
        session.execute(
            select(
                appeals,
                actions.c.type.label("action_type"),
                actions.c.entity_type,
                actions.c.entity_id,
                actions.c.policy_id,
            )
            .join(actions, actions.c.id == appeals.c.action_id)
            .where(appeals.c.status == status)
            .order_by(appeals.c.due_at, appeals.c.id)
            .limit(limit)
        )
    )


def action_by_id(session: Session, action_id: str) -> dict[str, Any] | None:
    row = session.execute(select(actions).where(actions.c.id == action_id)).first()
    if row is None:
        return None
    data = dict(row._mapping)
    data["statement_doc"] = statement_of(data)
    data["appeals"] = _rows(
        session.execute(
            select(appeals).where(appeals.c.action_id == action_id).order_by(appeals.c.submitted_at)
        )
    )
    return data


def audit_page(
    session: Session,
    before: int | None = None,
    limit: int = 50,
    entity_type: str | None = None,
    entity_id: str | None = None,
) -> list[dict[str, Any]]:
    """Newest first, keyset on ``seq`` (the primary key)."""
    stmt = select(audit_log)
    if before is not None:
        stmt = stmt.where(audit_log.c.seq < before)
    if entity_type:
        stmt = stmt.where(audit_log.c.entity_type == entity_type)
    if entity_id:
        stmt = stmt.where(audit_log.c.entity_id == entity_id)
    return _rows(session.execute(stmt.order_by(audit_log.c.seq.desc()).limit(limit)))


def monitor_series(session: Session, since: date | None = None) -> dict[str, Any]:
    """Daily hits per policy (active and shadow), for the monitoring charts."""
    stmt = select(
        monitor_daily.c.day,
        monitor_daily.c.policy_id,
        monitor_daily.c.mode,
        monitor_daily.c.hits,
        monitor_daily.c.appeals,
        monitor_daily.c.overturns,
    )
    if since is not None:
        stmt = stmt.where(monitor_daily.c.day >= since)
    rows = session.execute(stmt.order_by(monitor_daily.c.day).limit(20_000)).all()
    days = sorted({r.day for r in rows})
    per: dict[str, dict[date, int]] = {}
    overturns: dict[date, int] = {}
    appeals_n: dict[date, int] = {}
    for r in rows:
        key = f"{r.policy_id} ({r.mode})"
        per.setdefault(key, {})[r.day] = per.get(key, {}).get(r.day, 0) + int(r.hits)
        overturns[r.day] = overturns.get(r.day, 0) + int(r.overturns)
        appeals_n[r.day] = appeals_n.get(r.day, 0) + int(r.appeals)
    top = sorted(per, key=lambda k: -sum(per[k].values()))[:6]
    return {
        "days": [d.isoformat() for d in days],
        "series": {k: [per[k].get(d, 0) for d in days] for k in top},
        "appeals": [appeals_n.get(d, 0) for d in days],
        "overturns": [overturns.get(d, 0) for d in days],
    }


def alerts(session: Session, limit: int = 100) -> list[dict[str, Any]]:
    return _rows(
        session.execute(select(monitor_alerts).order_by(monitor_alerts.c.day.desc()).limit(limit))
    )


def findings_overview(session: Session) -> list[dict[str, Any]]:
    """Cases opened from findings, per finding kind and status."""
    rows = session.execute(
        select(
            cases.c.kind,
            cases.c.status,
            func.count().label("n"),
            func.avg(cases.c.risk).label("risk"),
        )
        .where(cases.c.source == "finding")
        .group_by(cases.c.kind, cases.c.status)
        .order_by(cases.c.kind)
    )
    return _rows(rows)


def findings_cases(
    session: Session, kind: str | None, after: int | None, limit: int = 50
) -> list[dict[str, Any]]:
    stmt = select(
        cases.c.id,
        cases.c.source_ref,
        cases.c.kind,
        cases.c.title_ja,
        cases.c.title_en,
        cases.c.risk,
        cases.c.priority,
        cases.c.status,
        cases.c.entity_type,
        cases.c.entity_id,
    ).where(cases.c.source == "finding")
    if kind:
        stmt = stmt.where(cases.c.kind == kind)
    if after is not None:
        stmt = stmt.where(cases.c.id > after)
    return _rows(session.execute(stmt.order_by(cases.c.id).limit(limit)))
