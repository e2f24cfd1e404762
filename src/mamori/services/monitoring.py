"""Monitoring use cases: daily metrics from the service database, alerts, alert cases.

Metrics are computed from the enforcement tables (decision hits, actions, appeals, QA
reviews), stored per day in ``monitor_daily`` (so charts do not rescan decisions), and
judged by the pure rules in ``mamori.lifecycle.monitor``. Each alert has a stable id
(``policy:kind:day``): running the monitor twice stores and opens nothing twice.

Alerts open cases through a pluggable *case opener*. The default one calls the cases
service (``services.cases.open_case`` with ``cases.drafts.from_alert``); tests or a
deployment without cases can swap it with :func:`set_case_opener`. The cases service
and the console can call :func:`open_alert` to open (or find) the case of one alert.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, func, insert, select, update
from sqlalchemy.orm import Session

from mamori.errors import NotFoundError, PermissionDenied
from mamori.lifecycle.monitor import (
    Alert,
    DailyMetric,
    MonitorConfig,
    ShadowDelta,
    evaluate_alerts,
    shadow_deltas,
)
from mamori.services.identity import Principal
from mamori.storage import audit
from mamori.storage.lifecycle_tables import monitor_alerts, monitor_daily
from mamori.storage.tables import actions, appeals, decision_hits, decisions, qa_samples

CaseOpener = Callable[[Session, Principal, dict[str, Any]], str | None]


def _as_date(v: Any) -> date:
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    return date.fromisoformat(str(v)[:10])


def _day(col: Any) -> Any:
    """The calendar day (UTC) of a timestamp column, on SQLite and PostgreSQL alike."""
    return func.date(col)


# ----------------------------------------------------------------------------- metrics


def compute_daily(
    session: Session, since: date | None = None, until: date | None = None
) -> list[DailyMetric]:
    """Daily metrics per policy and mode from the enforcement tables.

    hits: decision hits by the decision's day and the hit's status (active/shadow);
    actions: actions a policy triggered; appeals: appeals submitted against them;
    overturns: appeals decided ``overturned`` (by decision day); QA: reviewed samples
    and those judged ``correct`` (by review day).
    """
    lo = datetime.combine(since, datetime.min.time()) if since else None
    hi = datetime.combine(until + timedelta(days=1), datetime.min.time()) if until else None

    def window(col: Any) -> Any:
        conds = []
        if lo is not None:
            conds.append(col >= lo)
        if hi is not None:
            conds.append(col < hi)
        return and_(*conds) if conds else True

    acc: dict[tuple[date, str, str], dict[str, int]] = {}

    def add(day: Any, pid: str, mode: str, key: str, n: int) -> None:
        k = (_as_date(day), pid, mode)
        acc.setdefault(k, {})[key] = acc.get(k, {}).get(key, 0) + int(n)

    d = _day(decisions.c.created_at).label("d")
    for day, pid, mode, n in session.execute(
        select(d, decision_hits.c.policy_id, decision_hits.c.status, func.count())
        .select_from(decision_hits.join(decisions, decisions.c.id == decision_hits.c.decision_id))
        .where(window(decisions.c.created_at))
        .group_by(d, decision_hits.c.policy_id, decision_hits.c.status)
    ):
        add(day, pid, mode, "hits", n)
    d = _day(actions.c.created_at).label("d")
    for day, pid, n in session.execute(
        select(d, actions.c.policy_id, func.count())
        .where(actions.c.trigger == "policy", actions.c.policy_id.is_not(None))
        .where(window(actions.c.created_at))
        .group_by(d, actions.c.policy_id)
    ):
        add(day, pid, "active", "actions", n)
    j = appeals.join(actions, actions.c.id == appeals.c.action_id)
    d = _day(appeals.c.submitted_at).label("d")
    for day, pid, n in session.execute(
        select(d, actions.c.policy_id, func.count())
        .select_from(j)
        .where(actions.c.policy_id.is_not(None), window(appeals.c.submitted_at))
        .group_by(d, actions.c.policy_id)
    ):
        add(day, pid, "active", "appeals", n)
    d = _day(appeals.c.decided_at).label("d")
    for day, pid, n in session.execute(
        select(d, actions.c.policy_id, func.count())
        .select_from(j)
        .where(
            actions.c.policy_id.is_not(None),
            appeals.c.status == "overturned",
            appeals.c.decided_at.is_not(None),
            window(appeals.c.decided_at),
        )
        .group_by(d, actions.c.policy_id)
    ):
        add(day, pid, "active", "overturns", n)
    d = _day(qa_samples.c.reviewed_at).label("d")
    correct = func.sum(func.coalesce((qa_samples.c.verdict == "correct").cast(_int()), 0))
    for day, pid, n, ok in session.execute(
        select(d, qa_samples.c.policy_id, func.count(), correct)
        .where(qa_samples.c.reviewed_at.is_not(None), window(qa_samples.c.reviewed_at))
        .group_by(d, qa_samples.c.policy_id)
    ):
        add(day, pid, "active", "qa_reviewed", n)
        add(day, pid, "active", "qa_correct", ok or 0)

    return [
        DailyMetric(
            day=k[0],
            policy_id=k[1],
            mode=k[2],
            hits=v.get("hits", 0),
            actions=v.get("actions", 0),
            appeals=v.get("appeals", 0),
            overturns=v.get("overturns", 0),
            qa_reviewed=v.get("qa_reviewed", 0),
            qa_correct=v.get("qa_correct", 0),
        )
        for k, v in sorted(acc.items())
    ]


def _int() -> Any:
    from sqlalchemy import Integer

    return Integer()


def store_daily(session: Session, metrics: Iterable[DailyMetric]) -> int:
    """Replace the stored rows of the days covered by ``metrics`` (recomputation is exact)."""
    rows = list(metrics)
    if not rows:
        return 0
    days = sorted({m.day for m in rows})
    session.execute(delete(monitor_daily).where(monitor_daily.c.day.in_(days)))
    now = audit.utcnow()
    session.execute(
        insert(monitor_daily),
        [
            {
                "day": m.day,
                "policy_id": m.policy_id,
                "mode": m.mode,
                "hits": m.hits,
                "actions": m.actions,
                "appeals": m.appeals,
                "overturns": m.overturns,
                "qa_reviewed": m.qa_reviewed,
                "qa_correct": m.qa_correct,
                "computed_at": now,
            }
            for m in rows
        ],
    )
    return len(rows)


def load_daily(
    session: Session, *, since: date | None = None, policy_id: str | None = None
) -> list[DailyMetric]:
    stmt = select(monitor_daily).order_by(monitor_daily.c.day, monitor_daily.c.policy_id)
    if since is not None:
        stmt = stmt.where(monitor_daily.c.day >= since)
    if policy_id is not None:
        stmt = stmt.where(monitor_daily.c.policy_id == policy_id)
    return [
        DailyMetric(
            _as_date(r.day),
            r.policy_id,
            r.mode,
            r.hits,
            r.actions,
            r.appeals,
            r.overturns,
            r.qa_reviewed,
            r.qa_correct,
        )
        for r in session.execute(stmt)
    ]


def daily_metrics(
    session: Session, *, policy_id: str | None = None, days: int = 90
) -> list[dict[str, Any]]:
    """Stored daily metrics as plain data (console charts, API)."""
    since = None
    latest = session.execute(select(func.max(monitor_daily.c.day))).scalar()
    if latest is not None:
        since = _as_date(latest) - timedelta(days=days - 1)
    return [m.to_dict() for m in load_daily(session, since=since, policy_id=policy_id)]


def shadow_vs_active(
    session: Session, family_of: dict[str, str], *, days: int = 30
) -> list[ShadowDelta]:
    since = None
    latest = session.execute(select(func.max(monitor_daily.c.day))).scalar()
    if latest is not None:
        since = _as_date(latest) - timedelta(days=days - 1)
    return shadow_deltas(load_daily(session, since=since), family_of)


# ------------------------------------------------------------------------------ alerts


def _default_opener(session: Session, principal: Principal, alert: dict[str, Any]) -> str | None:
    """Open a case through the cases service (idempotent on the alert id)."""
    try:
        from mamori.cases import drafts
        from mamori.services import cases
    except ImportError:  # pragma: no cover - a build without cases: keep the alert only
        return None
    draft = drafts.from_alert(
        alert["id"],
        alert["policy_id"],
        alert["kind"],
        {"ja": alert["message"]["ja"], "en": alert["message"]["en"]},
        risk=0.7 if alert["kind"] == "overturn_rise" else 0.6,
    )
    case_id, _created = cases.open_case(session, draft, principal)
    return str(case_id)


_opener: list[CaseOpener] = [_default_opener]


def set_case_opener(opener: CaseOpener | None) -> CaseOpener:
    """Swap how alerts open cases (``None`` restores the cases service); returns the old."""
    old = _opener[0]
    _opener[0] = opener or _default_opener
    return old


def _alert_dict(r: Any) -> dict[str, Any]:
    return {
        "id": r.id,
        "policy_id": r.policy_id,
        "kind": r.kind,
        "day": _as_date(r.day).isoformat(),
        "observed": r.observed,
        "expected": r.expected,
        "band": [r.low, r.high],
        "message": {"ja": r.message_ja, "en": r.message_en},
        "status": r.status,
        "case_id": r.case_id,
        "created_at": r.created_at.isoformat(),
    }


def store_alerts(session: Session, alerts: Iterable[Alert]) -> list[str]:
    """Insert alerts not stored yet; returns the ids of the new ones."""
    items = list(alerts)
    if not items:
        return []
    known = set(
        session.execute(
            select(monitor_alerts.c.id).where(monitor_alerts.c.id.in_([a.key for a in items]))
        ).scalars()
    )
    now = audit.utcnow()
    new = [a for a in items if a.key not in known]
    if new:
        session.execute(
            insert(monitor_alerts),
            [
                {
                    "id": a.key,
                    "policy_id": a.policy_id,
                    "kind": a.kind,
                    "day": a.day,
                    "observed": a.observed,
                    "expected": a.expected,
                    "low": a.low,
                    "high": a.high,
                    "message_ja": a.message_ja,
                    "message_en": a.message_en,
                    "status": "open",
                    "case_id": None,
                    "created_at": now,
                }
                for a in new
            ],
        )
    return [a.key for a in new]


def open_alert(session: Session, principal: Principal, alert_id: str) -> str | None:
    """Open (or find) the case of a stored alert and link it; returns the case id.

    The entry point the cases service and the console share: an alert never gets two
    cases, because the opener is idempotent on the alert id and the id is stored here.
    """
    row = session.execute(select(monitor_alerts).where(monitor_alerts.c.id == alert_id)).first()
    if row is None:
        raise NotFoundError(f"アラート {alert_id} がありません / no alert {alert_id}")
    if row.case_id is not None:
        return str(row.case_id)
    case_id = _opener[0](session, principal, _alert_dict(row))
    if case_id is not None:
        session.execute(
            update(monitor_alerts)
            .where(monitor_alerts.c.id == alert_id)
            .values(case_id=case_id, status="case_opened")
        )
        audit.append(
            session,
            principal.actor,
            "monitor.alert_case",
            "alert",
            alert_id,
            {"case_id": case_id, "policy_id": row.policy_id, "kind": row.kind},
        )
    return case_id


def list_alerts(
    session: Session, *, status: str | None = None, limit: int = 200
) -> list[dict[str, Any]]:
    """Stored alerts, newest day first, as plain data (console, API, CLI)."""
    stmt = select(monitor_alerts).order_by(monitor_alerts.c.day.desc(), monitor_alerts.c.id)
    if status is not None:
        stmt = stmt.where(monitor_alerts.c.status == status)
    return [_alert_dict(r) for r in session.execute(stmt.limit(limit))]


@dataclass(slots=True)
class MonitorRun:
    metrics: list[DailyMetric]
    alerts: list[Alert]
    new_alert_ids: list[str]
    cases: dict[str, str | None] = field(default_factory=dict)  # alert id → case id
    shadow: list[ShadowDelta] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "days": sorted({m.day.isoformat() for m in self.metrics}),
            "alerts": [
                {
                    **a.to_dict(),
                    "new": a.key in self.new_alert_ids,
                    "case_id": self.cases.get(a.key),
                }
                for a in self.alerts
            ],
            "shadow_vs_active": [d.to_dict() for d in self.shadow],
        }


def run_monitor(
    session: Session,
    principal: Principal,
    *,
    days: int = 60,
    today: date | None = None,
    config: MonitorConfig = MonitorConfig(),
    recompute: bool = True,
    open_cases: bool = True,
    alert_days: int = 7,
    families: dict[str, str] | None = None,
) -> MonitorRun:
    """Recompute the last ``days`` of metrics up to ``today``, judge them, store alerts.

    ``today`` defaults to yesterday (UTC), the last complete day; pass it to replay
    history. New alerts open cases when the principal may create cases.

    Alerts are reported for the last ``alert_days`` days (earlier days only serve as the
    band's history), so a daily cron run raises each shift once. ``families``
    (``{policy_id: family}``, see ``services.lifecycle.families``) groups shadow and
    active policies for the shadow-vs-active comparison of the same days.
    """
    if not principal.can("monitor:read"):
        raise PermissionDenied(
            f"ロール {principal.role} には monitor:read の権限がありません / "
            f"role {principal.role} lacks the permission monitor:read"
        )
    if today is None:
        # Yesterday: the last complete day. Judging today's partial volume would raise a
        # false volume_drop on every run before midnight.
        today = audit.utcnow().date() - timedelta(days=1)
    since = today - timedelta(days=days - 1)
    if recompute:
        store_daily(session, compute_daily(session, since, today))
    metrics = load_daily(session, since=since)
    metrics = [m for m in metrics if m.day <= today]
    alerts = evaluate_alerts(
        metrics, config, since=today - timedelta(days=alert_days - 1), until=today
    )
    new_ids = store_alerts(session, alerts)
    recent = [m for m in metrics if m.day >= today - timedelta(days=alert_days - 1)]
    run = MonitorRun(metrics, alerts, new_ids, shadow=shadow_deltas(recent, families or {}))
    for a in alerts:
        run.cases[a.key] = None
    if open_cases and principal.can("cases:create"):
        for key in new_ids:
            run.cases[key] = open_alert(session, principal, key)
    if new_ids:
        audit.append(
            session,
            principal.actor,
            "monitor.run",
            "monitor",
            today.isoformat(),
            {"alerts": new_ids},
        )
    return run
