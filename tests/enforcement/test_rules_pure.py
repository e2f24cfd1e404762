"""Points, ladder, appeals and QA maths — pure functions, no I/O."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mamori.enforcement import appeals, qa
from mamori.enforcement.ladder import DEFAULT_LADDER, LadderSpec, Step, ladder_from
from mamori.enforcement.points import PointEntry, StandingAction, active_points, expiry, to_lift

T0 = datetime(2026, 1, 1)


def test_points_window_and_reversal() -> None:
    entries = [
        PointEntry("S", 4, T0, expiry(T0, 30)),
        PointEntry("S", 5, T0 + timedelta(days=20), expiry(T0 + timedelta(days=20), 30)),
        PointEntry("S", 7, T0, expiry(T0, 30), reversed_at=T0 + timedelta(days=1)),
    ]
    assert active_points(entries, T0 + timedelta(hours=1)) == 16
    assert active_points(entries, T0 + timedelta(days=25)) == 9
    assert active_points(entries, T0 + timedelta(days=31)) == 5
    assert active_points(entries, T0 + timedelta(days=60)) == 0


def test_lift_never_lifts_termination() -> None:
    standing = [
        StandingAction("w", "warn", 4),
        StandingAction("s", "suspend", 20),
        StandingAction("t", "terminate", 30),
    ]
    assert to_lift(standing, 0) == ["w", "s"]
    assert to_lift(standing, 25) == []


def test_ladder_from_pack_shapes() -> None:
    from mamori.policy.pack import Ladder, Threshold

    obj = Ladder(
        window_days=180,
        appeal_window_days=30,
        thresholds=(Threshold(10, "suspend", 7), Threshold(5, "warn")),
    )
    spec = ladder_from(obj)
    assert spec.window_days == 180 and [s.points for s in spec.thresholds] == [5, 10]
    assert spec.thresholds[1].duration_days == 7
    with pytest.raises(ValueError):
        LadderSpec(365, 14, (Step(4, "delist"),))


@given(st.lists(st.integers(min_value=0, max_value=10), min_size=1, max_size=30))
def test_ladder_crossings_partition_the_thresholds(increments: list[int]) -> None:
    """Adding points one hit at a time triggers each threshold at most once, in order."""
    total, fired = 0, []
    for inc in increments:
        fired += [s.points for s in DEFAULT_LADDER.crossed(total, total + inc)]
        total += inc
    assert fired == [s.points for s in DEFAULT_LADDER.thresholds if s.points <= total]


def test_appeal_rules() -> None:
    assert appeals.can_appeal("active", T0 + timedelta(days=14), T0, False) is None
    refusal = appeals.can_appeal("active", T0, T0 + timedelta(seconds=1), False)
    assert refusal is not None and refusal.code == "appeal_window_closed"
    assert appeals.can_appeal("reversed", None, T0, False) is not None
    assert appeals.decide("open", appeals.Outcome.UPHOLD) is appeals.AppealStatus.UPHELD
    with pytest.raises(ValueError):
        appeals.decide("upheld", appeals.Outcome.OVERTURN)
    due = appeals.sla_due(T0)
    assert appeals.sla_state(due, T0, None) == "on_time"
    assert appeals.sla_state(due, due + timedelta(seconds=1), None) == "overdue"
    assert appeals.sla_state(due, T0, due + timedelta(days=1)) == "missed"


def test_wilson_matches_known_values() -> None:
    lo, hi = qa.wilson(81, 263)  # Wilson's textbook example: 0.2553..0.3662
    assert round(lo, 4) == 0.2553 and round(hi, 4) == 0.3662
    assert qa.wilson(0, 10)[0] == 0.0 and qa.wilson(10, 10)[1] == 1.0


@given(st.integers(min_value=0, max_value=500), st.integers(min_value=1, max_value=500))
def test_wilson_contains_the_estimate(k: int, n: int) -> None:
    k = min(k, n)
    lo, hi = qa.wilson(k, n)
    assert 0.0 <= lo <= k / n <= hi <= 1.0


def test_stratified_sample_covers_every_stratum() -> None:
    items = [("common", i) for i in range(1000)] + [("rare", i) for i in range(3)]
    picked = qa.stratified_sample(items, key=lambda t: t[0], per_stratum=10, seed=7)
    assert sum(1 for s, _ in picked if s == "rare") == 3
    assert sum(1 for s, _ in picked if s == "common") == 10
    assert picked == qa.stratified_sample(items, key=lambda t: t[0], per_stratum=10, seed=7)


def test_quality_flags_noisy_policies() -> None:
    reviews = (
        [("good", True)] * 19 + [("good", False)] + [("noisy", True)] * 6 + [("noisy", False)] * 4
    )
    appeal_rows = [("overturned", True)] * 3 + [("overturned", False)] * 3
    out = {
        q.policy_id: q
        for q in qa.assess(reviews, appeal_rows, qa.Thresholds(min_reviews=5, min_appeals=5))
    }
    assert not out["good"].flagged and out["good"].precision == 0.95
    assert out["noisy"].reasons == ("qa_error_rate",)
    assert (
        out["overturned"].reasons == ("overturn_rate",) and out["overturned"].overturn_rate == 0.5
    )
    lo, hi = out["noisy"].precision_ci
    assert lo < 0.6 < hi
