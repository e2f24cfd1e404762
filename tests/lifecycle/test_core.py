"""The pure lifecycle core: states, four eyes, interval arithmetic, bands, coverage."""

from __future__ import annotations

import doctest
import importlib
import random
from datetime import date, timedelta

import pytest

from mamori.lifecycle import backtest as bt
from mamori.lifecycle import coverage as cov
from mamori.lifecycle import monitor as mon
from mamori.lifecycle import states as st


@pytest.mark.parametrize(
    "module",
    ["states", "backtest", "monitor", "coverage"],
)
def test_doctests(module: str) -> None:
    m = importlib.import_module(f"mamori.lifecycle.{module}")
    result = doctest.testmod(m, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def test_full_path_through_states() -> None:
    s = st.PolicyState.DRAFT
    for t in (st.Transition.PROMOTE, st.Transition.APPROVE, st.Transition.ACTIVATE):
        s = st.next_state("p", s, t)
    assert s is st.PolicyState.ACTIVE
    assert st.next_state("p", s, st.Transition.RETIRE) is st.PolicyState.RETIRED


@pytest.mark.parametrize(
    ("state", "transition"),
    [
        ("draft", "approve"),
        ("draft", "activate"),
        ("shadow", "activate"),  # no activation without approval
        ("active", "approve"),
        ("retired", "activate"),
        ("retired", "retire"),
    ],
)
def test_illegal_transitions_are_refused_bilingually(state: str, transition: str) -> None:
    with pytest.raises(st.TransitionError) as e:
        st.next_state("jp.x", st.PolicyState(state), st.Transition(transition))
    msg = str(e.value)
    assert "できません" in msg and "cannot be" in msg


def test_four_eyes() -> None:
    st.check_four_eyes("p", "aki", "ben")
    with pytest.raises(st.FourEyesError) as e:
        st.check_four_eyes("p", "aki", "AKI")
    assert "四つの目" in str(e.value) and "four-eyes" in str(e.value)


def test_shadow_never_acts() -> None:
    assert [st.acts(st.evaluation_status(s)) for s in st.PolicyState] == [
        False,
        False,
        False,
        True,
        False,
    ]


def test_wilson_matches_reference_values() -> None:
    # Reference values: Newcombe (1998), Table I (Wilson score interval).
    low, high = bt.wilson_interval(3, 4)
    assert (round(low, 4), round(high, 4)) == (0.3006, 0.9544)
    low, high = bt.wilson_interval(10, 10)
    assert round(low, 4) == 0.7225 and high == 1.0
    assert bt.wilson_interval(0, 5)[0] == 0.0
    with pytest.raises(ValueError):
        bt.wilson_interval(6, 5)


def test_wilson_covers_the_truth_about_95_percent() -> None:
    rng = random.Random(7)
    inside = 0
    for _ in range(2000):
        k = sum(rng.random() < 0.3 for _ in range(40))
        low, high = bt.wilson_interval(k, 40)
        inside += low <= 0.3 <= high
    assert 0.93 <= inside / 2000 <= 0.97


def test_score_undefined_is_none_not_zero() -> None:
    s = bt.Score()
    assert s.precision is None and s.recall is None and s.precision_ci == (0.0, 1.0)


def test_diff_hits_statuses() -> None:
    base = [("a", "p"), ("b", "p"), ("a", "old")]
    cand = [("b", "p"), ("c", "p"), ("d", "new")]
    d = {x.policy_id: x for x in bt.diff_hits(base, cand, candidate_policies=["same"])}
    assert (d["p"].gained, d["p"].lost, d["p"].gained_examples, d["p"].lost_examples) == (
        1,
        1,
        ("c",),
        ("a",),
    )
    assert d["old"].status == "removed" and d["new"].status == "added"
    assert d["same"].status == "added" and d["same"].candidate_hits == 0


def _series(values: list[int]) -> list[tuple[date, int]]:
    d0 = date(2026, 1, 1)
    return [(d0 + timedelta(i), v) for i, v in enumerate(values)]


def test_band_is_quiet_on_stable_poisson_volume() -> None:
    import numpy as np

    values = [int(v) for v in np.random.default_rng(5).poisson(40, size=120)]
    assert mon.volume_alerts("p", _series(values)) == []
    # and a flat series does not alert on one extra hit
    assert mon.volume_alerts("p", _series([5] * 30 + [6])) == []


def test_band_fires_on_spike_and_drop() -> None:
    spike = mon.volume_alerts("p", _series([40] * 30 + [120]))
    drop = mon.volume_alerts("p", _series([40] * 30 + [0]))
    assert [a.kind for a in spike] == ["volume_spike"]
    assert [a.kind for a in drop] == ["volume_drop"]
    assert "通常範囲" in spike[0].message_ja and "usual range" in spike[0].message_en


def test_missing_days_count_as_zero() -> None:
    s = _series([40] * 30)
    s.append((s[-1][0] + timedelta(days=2), 40))  # one day without any record
    kinds = [(a.kind, a.day) for a in mon.volume_alerts("p", s)]
    assert kinds == [("volume_drop", s[-2][0] + timedelta(days=1))]


def test_overturn_needs_enough_actions() -> None:
    d0 = date(2026, 1, 1)
    few = [mon.DailyMetric(d0 + timedelta(i), "p", actions=1, overturns=1) for i in range(7)]
    assert mon.overturn_alerts("p", few) == []


def test_coverage_lists_gaps_and_unknown_citations() -> None:
    obs = [
        cov.Obligation("jp.a", "jp", "", "", "1", "", ""),
        cov.Obligation("jp.b", "jp", "", "", "2", "", ""),
        cov.Obligation("eu.c", "eu", "", "", "3", "", ""),
    ]
    pols = [
        cov.PolicyRef("p1", 1, "active", ("jp.a", "jp.zzz")),
        cov.PolicyRef("p2", 1, "retired", ("jp.b",)),
        cov.PolicyRef("p3", 1, "shadow", ()),
    ]
    m = cov.coverage_map(obs, pols, {"p1": 3}, market="jp")
    assert [o.id for o in m.uncovered] == ["jp.b"]  # retired p2 does not cover it
    assert m.uncited_policies == ["p3"]
    assert m.unknown_citations == {"p1": ["jp.zzz"]}
    assert m.ratio == 0.5


def test_band_calibration_on_poisson_traffic() -> None:
    """Few false alarms on stable traffic; x3 spikes and stops caught at moderate volume."""
    import numpy as np

    rng = np.random.default_rng(0)
    false_alarms = days = 0
    for lam in (3, 15, 40, 200):
        for _ in range(10):
            series = _series([int(x) for x in rng.poisson(lam, size=120)])
            false_alarms += len(mon.volume_alerts("p", series))
            days += 120 - 7
    assert false_alarms / days < 0.005
    for _ in range(10):
        base = [int(x) for x in rng.poisson(40, size=59)]
        last = _series([*base, 0])[-1][0]
        spike = mon.volume_alerts("p", _series([*base, 3 * base[-1] + 1]))
        stop = mon.volume_alerts("p", _series([*base, 0]))
        assert any(a.day == last and a.kind == "volume_spike" for a in spike)
        assert any(a.day == last and a.kind == "volume_drop" for a in stop)


def test_poisson_drop_needs_an_improbable_silence() -> None:
    assert mon.poisson_cdf(0, 15) < 1e-6
    # a flat history of 5 a day: one silent day is not yet improbable enough
    assert mon.volume_alerts("p", _series([5] * 30 + [0])) == []
    # 15 a day: a silent day is
    assert [a.kind for a in mon.volume_alerts("p", _series([15] * 30 + [0]))] == ["volume_drop"]
    # `until` pads silent days after the last record
    s = _series([40] * 30)
    alerts = mon.volume_alerts("p", s, until=s[-1][0] + timedelta(days=2))
    assert [a.kind for a in alerts] == ["volume_drop", "volume_drop"]
