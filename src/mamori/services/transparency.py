"""The TFDPA annual figures (施行規則14条): actions, complaints, handling times, outcomes.

Counts come straight from the enforcement tables for one calendar year (UTC): actions by
type, policy and trigger and the automated share; appeals (the complaints of TFDPA) by
outcome with average and median handling time and SLA performance; reversals. The
report renders as JSON, Markdown or HTML by the output file's extension.
"""

from __future__ import annotations

import html
import json
import statistics
from collections import Counter
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mamori.storage.tables import actions, appeals, decisions


def annual_report(session: Session, year: int) -> dict[str, Any]:
    start, end = datetime(year, 1, 1), datetime(year + 1, 1, 1)
    by_type: Counter[str] = Counter()
    by_policy: Counter[str] = Counter()
    by_trigger: Counter[str] = Counter()
    by_status: Counter[str] = Counter()
    automated = 0
    sellers: set[str] = set()
    total = 0
    q = (
        select(
            actions.c.type,
            actions.c.policy_id,
            actions.c.trigger,
            actions.c.status,
            actions.c.automated,
            actions.c.seller_id,
        )
        .where(actions.c.created_at >= start, actions.c.created_at < end)
        .execution_options(yield_per=10_000)
    )
    for r in session.execute(q):
        total += 1
        by_type[r.type] += 1
        by_policy[r.policy_id or "(manual)"] += 1
        by_trigger[r.trigger] += 1
        by_status[r.status] += 1
        automated += int(bool(r.automated))
        if r.seller_id:
            sellers.add(r.seller_id)
    n_decisions = len(
        session.execute(
            select(decisions.c.id).where(
                decisions.c.created_at >= start, decisions.c.created_at < end
            )
        ).all()
    )
    ap = session.execute(
        select(
            appeals.c.status,
            appeals.c.submitted_at,
            appeals.c.decided_at,
            appeals.c.due_at,
            actions.c.policy_id,
            actions.c.type,
        )
        .join(actions, actions.c.id == appeals.c.action_id)
        .where(appeals.c.submitted_at >= start, appeals.c.submitted_at < end)
    ).all()
    outcomes: Counter[str] = Counter(r.status for r in ap)
    types: Counter[str] = Counter(r.policy_id or r.type for r in ap)
    hours = [
        (r.decided_at - r.submitted_at).total_seconds() / 3600
        for r in ap
        if r.decided_at is not None
    ]
    met = sum(1 for r in ap if r.decided_at is not None and r.decided_at <= r.due_at)
    decided = len(hours)
    return {
        "year": year,
        "period": {"from": start.date().isoformat(), "to_exclusive": end.date().isoformat()},
        "decisions": n_decisions,
        "actions": {
            "total": total,
            "by_type": dict(by_type.most_common()),
            "by_policy": dict(by_policy.most_common()),
            "by_trigger": dict(by_trigger.most_common()),
            "by_status": dict(by_status.most_common()),
            "automated_share": (automated / total) if total else None,
            "sellers_affected": len(sellers),
        },
        "complaints": {
            "appeals_filed": len(ap),
            "by_outcome": dict(outcomes.most_common()),
            "main_types": dict(types.most_common(10)),
            "decided": decided,
            "avg_handling_hours": statistics.fmean(hours) if hours else None,
            "median_handling_hours": statistics.median(hours) if hours else None,
            "sla_met_share": (met / decided) if decided else None,
            "overturn_share": (outcomes.get("overturned", 0) / decided) if decided else None,
        },
    }


_TITLES = {
    "decisions": "判定数 / decisions",
    "actions": "措置 / actions",
    "complaints": "苦情（不服申立て）/ complaints (appeals)",
}


def render_markdown(report: dict[str, Any]) -> str:
    lines = [
        f"# 透明化法 年次報告の数値 / TFDPA annual report figures — {report['year']}",
        "",
        f"期間 / period: {report['period']['from']} – {report['period']['to_exclusive']} (exclusive)",
        "",
        f"- {_TITLES['decisions']}: {report['decisions']}",
    ]
    for section in ("actions", "complaints"):
        lines += ["", f"## {_TITLES[section]}", ""]
        for k, v in report[section].items():
            if isinstance(v, dict):
                lines.append(f"- {k}:")
                lines += [f"  - {kk}: {vv}" for kk, vv in v.items()] or ["  - (none)"]
            else:
                lines.append(f"- {k}: {_fmt(v)}")
    return "\n".join(lines) + "\n"


def _fmt(v: Any) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def render_html(report: dict[str, Any]) -> str:
    body = html.escape(render_markdown(report))
    return (
        "<!doctype html><html lang=ja><meta charset=utf-8>"
        f"<title>TFDPA {report['year']}</title><pre>{body}</pre></html>\n"
    )


def render(report: dict[str, Any], path: str) -> str:
    if path.endswith(".md"):
        return render_markdown(report)
    if path.endswith(".html"):
        return render_html(report)
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
