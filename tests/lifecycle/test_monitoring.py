"""Monitoring on the service database: a planted shift alerts, stable traffic does not."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, timedelta

import numpy as np
import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from mamori.services import monitoring as svc
from mamori.services.identity import Principal
from mamori.storage.case_tables import cases
from mamori.storage.tables import actions, appeals, decision_hits, decisions
from mamori.storage.unit_of_work import UnitOfWork

START = date(2026, 9, 1)
DAYS = 45
LAST = START + timedelta(days=DAYS - 1)


def _decisions(s: Session, day: date, policy: str, n: int, status: str = "active") -> None:
    if n == 0:
        return
    at = datetime.combine(day, datetime.min.time()) + timedelta(hours=10)
    ids = [uuid.uuid4().hex for _ in range(n)]
    s.execute(
        insert(decisions),
        [
            {
                "id": i,
                "entity_type": "listing",
                "entity_id": f"L{i[:8]}",
                "source": "api",
                "created_at": at,
            }
            for i in ids
        ],
    )
    s.execute(
        insert(decision_hits),
        [
            {
                "decision_id": i,
                "policy_id": policy,
                "policy_version": 1,
                "severity": "high",
                "action": "delist",
                "points": 2,
                "status": status,
                "evidence": "[]",
            }
            for i in ids
        ],
    )


def _traffic(uow: UnitOfWork, *, plant: float | None, seed: int) -> None:
    """Poisson daily hits for two policies (and a shadow one); optionally x``plant`` at the end."""
    rng = np.random.default_rng(seed)
    with uow.begin() as s:
        for i in range(DAYS):
            day = START + timedelta(days=i)
            a = int(rng.poisson(30))
            if plant is not None and i == DAYS - 1:
                a = int(a * plant)
            _decisions(s, day, "jp.a", a)
            _decisions(s, day, "jp.b", int(rng.poisson(12)))
            _decisions(s, day, "jp.b2", int(rng.poisson(15)), status="shadow")


@pytest.fixture
def admin(people: dict[str, Principal]) -> Principal:
    return people["root"]


def test_planted_volume_shift_alerts_and_opens_a_case(uow: UnitOfWork, admin: Principal) -> None:
    _traffic(uow, plant=3.0, seed=11)
    with uow.begin() as s:
        run = svc.run_monitor(s, admin, today=LAST)
    kinds = [(a.policy_id, a.kind, a.day) for a in run.alerts]
    assert kinds == [("jp.a", "volume_spike", LAST)]
    key = run.alerts[0].key
    assert run.new_alert_ids == [key] and run.cases[key] is not None
    with uow.read() as s:
        stored = svc.list_alerts(s)
        assert [a["id"] for a in stored] == [key]
        assert stored[0]["status"] == "case_opened"
        case = s.execute(select(cases).where(cases.c.source_ref == key)).one()
        assert case.entity_id == "jp.a" and "監視アラート" in case.title_ja
    # idempotent: a second run stores and opens nothing new
    with uow.begin() as s:
        again = svc.run_monitor(s, admin, today=LAST)
    assert again.new_alert_ids == []
    with uow.read() as s:
        assert s.execute(select(func.count()).select_from(cases)).scalar() == 1


def test_stable_traffic_raises_nothing(uow: UnitOfWork, admin: Principal) -> None:
    _traffic(uow, plant=None, seed=11)
    with uow.begin() as s:
        run = svc.run_monitor(s, admin, today=LAST, alert_days=30)
    assert run.alerts == []
    assert len({m.day for m in run.metrics}) == DAYS


def test_daily_metrics_and_shadow_deltas(uow: UnitOfWork, admin: Principal) -> None:
    with uow.begin() as s:
        _decisions(s, START, "jp.a", 5)
        _decisions(s, START, "jp.a.v2", 8, status="shadow")
        run = svc.run_monitor(
            s, admin, today=START, days=1, families={"jp.a": "pmd", "jp.a.v2": "pmd"}
        )
    assert [d.to_dict()["delta"] for d in run.shadow] == [3]
    assert run.to_dict()["shadow_vs_active"][0]["family"] == "pmd"
    with uow.read() as s:
        rows = svc.daily_metrics(s)
        assert {(r["policy_id"], r["mode"], r["hits"]) for r in rows} == {
            ("jp.a", "active", 5),
            ("jp.a.v2", "shadow", 8),
        }
        deltas = svc.shadow_vs_active(s, {"jp.a": "pmd", "jp.a.v2": "pmd"})
        assert [(d.family, d.active_hits, d.shadow_hits, d.delta) for d in deltas] == [
            ("pmd", 5, 8, 3)
        ]


def _actions(s: Session, day: date, n: int, overturned: int) -> None:
    at = datetime.combine(day, datetime.min.time()) + timedelta(hours=9)
    for k in range(n):
        aid = uuid.uuid4().hex
        s.execute(
            insert(actions).values(
                id=aid,
                type="delist",
                trigger="policy",
                entity_type="listing",
                entity_id=f"L{aid[:6]}",
                seller_id="S1",
                policy_id="jp.a",
                policy_version=1,
                points=2,
                status="active",
                automated=True,
                created_at=at,
                statement=json.dumps({}),
            )
        )
        if k < overturned:
            s.execute(
                insert(appeals).values(
                    id=uuid.uuid4().hex,
                    action_id=aid,
                    seller_id="S1",
                    status="overturned",
                    statement="誤りです",
                    submitted_at=at + timedelta(hours=1),
                    due_at=at + timedelta(days=7),
                    decided_at=at + timedelta(hours=5),
                )
            )


def test_overturn_rate_rise_alerts(uow: UnitOfWork, admin: Principal) -> None:
    with uow.begin() as s:
        for i in range(35):
            day = START + timedelta(days=i)
            _actions(s, day, 6, 3 if i >= 28 else 0)  # half overturned in the last week
            _decisions(s, day, "jp.a", 6)
    with uow.begin() as s:
        run = svc.run_monitor(s, admin, today=START + timedelta(days=34), open_cases=False)
    assert [a.kind for a in run.alerts] == ["overturn_rise"]
    assert "取消率" in run.alerts[0].message_ja
    m = [x for x in run.metrics if x.policy_id == "jp.a" and x.day == START]
    assert (m[0].actions, m[0].appeals, m[0].overturns) == (6, 0, 0)


def test_pluggable_case_opener_and_permissions(
    uow: UnitOfWork, people: dict[str, Principal]
) -> None:
    _traffic(uow, plant=4.0, seed=5)
    opened: list[str] = []

    def opener(_s: Session, _p: Principal, alert: dict[str, object]) -> str:
        opened.append(str(alert["id"]))
        return "ext-1"

    old = svc.set_case_opener(opener)
    try:
        with uow.begin() as s:
            run = svc.run_monitor(s, people["root"], today=LAST)
    finally:
        svc.set_case_opener(old)
    assert opened == run.new_alert_ids and set(run.cases.values()) == {"ext-1"}
    # a viewer may run the monitor but opens no case
    with uow.begin() as s:
        assert svc.run_monitor(s, people["vic"], today=LAST).new_alert_ids == []
    with pytest.raises(Exception, match="no alert"), uow.begin() as s:
        svc.open_alert(s, people["root"], "nope")


def test_a_feed_that_stops_raises_a_drop(uow: UnitOfWork, admin: Principal) -> None:
    _traffic(uow, plant=None, seed=2)
    # judged three days after the last decision: those silent days count as zero
    with uow.begin() as s:
        run = svc.run_monitor(s, admin, today=LAST + timedelta(days=3), open_cases=False)
    drops = {(a.policy_id, a.kind) for a in run.alerts}
    assert ("jp.a", "volume_drop") in drops and ("jp.b2", "volume_drop") in drops


def test_default_day_is_yesterday(uow: UnitOfWork, admin: Principal) -> None:
    from mamori.storage import audit

    with uow.begin() as s:
        run = svc.run_monitor(s, admin, days=3)
    assert run.metrics == [] and run.alerts == []
    with uow.begin() as s:
        _decisions(s, audit.utcnow().date(), "jp.a", 4)  # today's partial day is not judged
        run = svc.run_monitor(s, admin, days=3)
    assert run.metrics == []
