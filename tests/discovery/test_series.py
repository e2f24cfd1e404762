from __future__ import annotations

import json

import numpy as np
import pyarrow as pa

from mamori.discovery.anomalies import forest_scores
from mamori.discovery.features import robust_z
from mamori.discovery.series import rolling_robust_z, runs
from mamori.discovery.trends import TrendParams, _rate_breaks

from .conftest import of_kind


def test_rolling_robust_z_flags_a_spike_against_own_history() -> None:
    m = np.array([[2.0] * 30 + [20.0], [0.0] * 30 + [2.0]])
    z = rolling_robust_z(m, baseline=28)
    assert z[0, -1] > 6  # 2 → 20
    assert z[1, -1] <= 2  # 0 → 2 is noise for a sparse series (Poisson floor)
    assert (z[:, :28] == 0).all()


def test_robust_z_constant_series_is_zero() -> None:
    assert robust_z(np.ones(5)).tolist() == [0.0] * 5
    assert robust_z(np.array([], dtype=float)).size == 0


def test_runs() -> None:
    assert runs(np.array([True, True, False, True])) == [(0, 1), (3, 3)]
    assert runs(np.array([], dtype=bool)) == []


def test_rate_break_locates_the_change() -> None:
    days = 60
    n = np.full((1, days), 20.0)
    k = np.where(np.arange(days) >= 40, 10.0, 1.0)[None, :]
    z, split, before, after = _rate_breaks(k, n, TrendParams())
    assert split[0] == 40
    assert before[0] == 0.05 and after[0] == 0.5
    assert z[0] > 10


def test_spike_seller_has_a_trend_break(all_findings: pa.Table, truth: dict[str, object]) -> None:
    breaks = [f for f in of_kind(all_findings, "trend_break") if f["entity_type"] == "seller"]
    assert [f["entity_ids"] for f in breaks] == [[truth["spike"]]]
    ev = json.loads(str(breaks[0]["evidence"]))
    assert ev["metric"] in {"refund_rate", "problem_rate"}
    assert ev["after"] > 5 * ev["before"]


def test_isolation_forest_is_seeded_and_order_free() -> None:
    rng = np.random.default_rng(0)
    n = 200
    t = pa.table(
        {
            "seller_id": [f"s{i:03d}" for i in range(n)],
            "refund_rate": rng.normal(0.05, 0.01, n),
            "cancel_rate": rng.normal(0.02, 0.01, n),
        }
    )
    a = forest_scores(t)
    perm = rng.permutation(n)
    b = forest_scores(t.take(pa.array(perm)))
    assert np.allclose(a[perm], b)


def test_row_blocks_do_not_change_the_scan() -> None:
    from mamori.discovery.trends import _after, _by_rows

    rng = np.random.default_rng(5)
    n = rng.poisson(20, (300, 60)).astype(float)
    k = rng.binomial(n.astype(int), 0.05).astype(float)
    k[7, 40:] = n[7, 40:] * 0.5
    whole = _rate_breaks(k, n, TrendParams())
    blocks = _by_rows(lambda a, b: _rate_breaks(a, b, TrendParams()), k, n, rows=64)
    for x, y in zip(whole, blocks, strict=True):
        assert np.allclose(x, y)
    assert whole[1][7] == 40
    split = whole[1]
    assert np.allclose(_after(k, split), [k[i, split[i] :].sum() for i in range(len(split))])
