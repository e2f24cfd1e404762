"""Pure case rules: priority, SLA, transitions, escalation, recommendation, drafts."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mamori.cases import drafts
from mamori.cases.model import Exposure, Level, Outcome, Priority, Status, Team, queue_for
from mamori.cases.priority import SlaState, due_at, exposure_score, priority, score, sla_state
from mamori.cases.recommendation import LADDER, recommend
from mamori.cases.transitions import EscalationError, Event, escalate_to, next_status
from mamori.errors import ConflictError

exposures = st.builds(
    Exposure,
    gmv_yen=st.integers(0, 10**10),
    followers=st.integers(0, 10**8),
    buyers=st.integers(0, 10**7),
)


@given(st.floats(0, 1), st.floats(0, 1), exposures)
def test_priority_is_monotone_in_risk(r1: float, r2: float, e: Exposure) -> None:
    lo, hi = sorted((r1, r2))
    assert priority(hi, e).value <= priority(lo, e).value


@given(st.floats(0, 1), exposures, exposures)
def test_priority_is_monotone_in_exposure(r: float, a: Exposure, b: Exposure) -> None:
    bigger = Exposure(
        max(a.gmv_yen, b.gmv_yen), max(a.followers, b.followers), max(a.buyers, b.buyers)
    )
    assert score(r, bigger) >= score(r, a)


def test_big_seller_with_counterfeits_outranks_small_shop() -> None:
    assert priority(0.9, Exposure(gmv_yen=80_000_000)) is Priority.P1
    assert priority(0.9, Exposure(gmv_yen=10_000)).value > Priority.P1.value
    assert exposure_score(Exposure()) == pytest.approx(0.2)


def test_sla_windows_shrink_with_priority() -> None:
    t = datetime(2026, 4, 1, 9)
    dues = [due_at(t, p) for p in Priority]
    assert dues == sorted(dues)
    assert sla_state(t, due_at(t, Priority.P2), Priority.P2) is SlaState.OK
    assert (
        sla_state(t + timedelta(hours=20), due_at(t, Priority.P2), Priority.P2) is SlaState.AT_RISK
    )
    assert (
        sla_state(t + timedelta(hours=24), due_at(t, Priority.P2), Priority.P2) is SlaState.BREACHED
    )


def test_transitions() -> None:
    assert next_status(Status.OPEN, Event.CLAIM) is Status.CLAIMED
    assert next_status(Status.CLAIMED, Event.RESOLVE) is Status.RESOLVED
    with pytest.raises(ConflictError):
        next_status(Status.OPEN, Event.RESOLVE)  # must be claimed to be resolved
    with pytest.raises(ConflictError, match="できません"):
        next_status(Status.CLAIMED, Event.CLAIM)


def test_escalation_needs_reason_and_goes_up() -> None:
    assert escalate_to(Level.OPERATIONS, "brand legal threat") is Level.SPECIALIST
    assert escalate_to(Level.SPECIALIST, "regulator") is Level.LEGAL_LEADERSHIP
    with pytest.raises(EscalationError):
        escalate_to(Level.OPERATIONS, "   ")
    with pytest.raises(EscalationError):
        escalate_to(Level.LEGAL_LEADERSHIP, "more")
    with pytest.raises(EscalationError):
        escalate_to(Level.SPECIALIST, "down", Level.OPERATIONS)
    assert queue_for(Level.SPECIALIST, Team.BUSINESS) == "specialist:business"


def test_recommendation_never_trades_law_for_revenue() -> None:
    big = Exposure(gmv_yen=100_000_000)
    legal = recommend(
        Outcome.CONFIRMED_RISK, risk=0.95, severity="critical", legal_basis=True, exposure=big
    )
    assert legal.action == "suspend" and legal.monitor
    soft = recommend(
        Outcome.CONFIRMED_RISK, risk=0.7, severity="high", legal_basis=False, exposure=big
    )
    small = recommend(
        Outcome.CONFIRMED_RISK, risk=0.7, severity="high", legal_basis=False, exposure=Exposure()
    )
    assert soft.action is not None and small.action is not None
    assert LADDER.index(soft.action) < LADDER.index(small.action)
    assert soft.rationale["ja"] and soft.rationale["en"]
    gap = recommend(Outcome.POLICY_GAP, risk=0.7, severity="high", legal_basis=False, exposure=big)
    assert gap.action is None and gap.monitor


@given(
    st.floats(0, 1),
    st.sampled_from(["low", "medium", "high", "critical"]),
    st.booleans(),
    exposures,
)
def test_recommendation_never_terminates_by_default(
    r: float, sev: str, lb: bool, e: Exposure
) -> None:
    rec = recommend(Outcome.CONFIRMED_RISK, risk=r, severity=sev, legal_basis=lb, exposure=e)
    assert rec.action in LADDER[:-1]


def test_finding_draft_links_every_member() -> None:
    d = drafts.from_finding(
        {
            "finding_id": "ring-7",
            "kind": "duplicate_cluster",
            "entity_type": "listing",
            "entity_ids": '["L1", "L2", "L3"]',
            "score": 3.0,
            "window": "2026-03",
            "evidence": '[{"field": "title", "text": "同一画像"}]',
            "suggested_action": "delist",
        }
    )
    assert [link.entity_id for link in d.links] == ["L1", "L2", "L3"]
    assert 0 < d.risk < 1  # open-scale score squashed
    assert d.title["ja"].startswith("重複出品の波")
    assert d.evidence[0]["text"] == "同一画像"
    assert d.seller_id is None


def test_report_and_alert_drafts() -> None:
    r = drafts.from_report("R1", "seller", "S1", "authority", "illegal_drug", "無承認医薬品")
    assert r.seller_id == "S1" and r.risk == 0.9
    a = drafts.from_alert(
        "A1", "jp.pmd.disease-claim", "overturn_rate", {"ja": "覆り率上昇", "en": "overturns up"}
    )
    assert a.entity_id == "jp.pmd.disease-claim" and "overturns up" in a.title["en"]
    i = drafts.internal(
        Team.LEGAL, "景表法の照会", "消費者庁から照会", entity_type="seller", entity_id="S2"
    )
    assert i.kind == "internal:legal" and i.links[0].role == "subject"
