"""Anomalies: robust z-scores of daily series, and a seeded multivariate detector.

Daily series per seller and per category (orders, refunds, cancellations) come from
one SQL aggregate; each day is scored against the rolling median/MAD of the days before
it (``series.rolling_robust_z``), so a seller is compared with its own history and a
growing seller is not an outlier forever. The multivariate detector is scikit-learn's
IsolationForest over the seller risk features with a fixed ``random_state``: the same
features give the same scores on any engine (the features are engine-computed, the
forest runs on the small per-seller table).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from mamori.discovery.findings import Finding
from mamori.discovery.runner import DiscoveryRunner, run
from mamori.discovery.series import densify, rolling_robust_z, runs
from mamori.discovery.window import Window


@dataclass(frozen=True, slots=True)
class AnomalyParams:
    baseline_days: int = 28
    z: float = 6.0
    min_count: int = 5  # the anomalous day must have at least this many events
    # Per seller only problem counts: a seller's sales jumping on a sale day is business
    # as usual; per category the volume too (a market-wide collapse or surge).
    seller_metrics: tuple[str, ...] = ("refunds", "cancels")
    category_metrics: tuple[str, ...] = ("orders", "refunds", "cancels")
    forest_features: tuple[str, ...] = (
        "refund_rate",
        "cancel_rate",
        "late_rate",
        "gmv_growth",
        "listing_velocity",
        "reports",
        "hit_points",
    )
    forest_trees: int = 200
    forest_seed: int = 7
    forest_top: int = 20  # sellers reported by the forest, at most …
    forest_min_orders: int = 20  # … among sellers with enough orders to mean anything
    forest_quantile: float = 0.995  # … and only beyond this quantile of the score
    max_findings: int = 500


def daily_sql(key: str) -> str:
    """Daily orders/refunds/cancellations per ``key`` (``seller_id`` or ``category``)."""
    if key == "category":
        src = "orders AS o JOIN listings AS l ON l.id = o.listing_id"
        k = "l.category"
    else:
        src = "orders AS o"
        k = f"o.{key}"
    return f"""SELECT {k} AS k, CAST(o.ordered_at AS DATE) AS day, COUNT(*) AS orders,
  CAST(SUM(CASE WHEN o.status = 'refunded' THEN 1 ELSE 0 END) AS BIGINT) AS refunds,
  CAST(SUM(CASE WHEN o.status = 'cancelled' THEN 1 ELSE 0 END) AS BIGINT) AS cancels,
  CAST(SUM(CASE WHEN o.late THEN 1 ELSE 0 END) AS BIGINT) AS lates,
  CAST(SUM(CASE WHEN o.status IN ('refunded', 'cancelled') OR o.late THEN 1 ELSE 0 END) AS BIGINT) AS problems
FROM {src} WHERE {k} IS NOT NULL AND o.ordered_at IS NOT NULL
GROUP BY {k}, CAST(o.ordered_at AS DATE)"""


def series_anomalies(
    runner: DiscoveryRunner, window: Window, params: AnomalyParams | None = None
) -> list[Finding]:
    p = params or AnomalyParams()
    if not runner.has_table("orders"):
        return []
    found: list[Finding] = []
    levels = [("seller", "seller_id", p.seller_metrics)]
    if runner.has_table("listings"):
        levels.append(("category", "category", p.category_metrics))
    for entity_type, key, metrics in levels:
        t = run(runner, daily_sql(key))
        dense = densify(t, "k", "day", list(metrics), window)
        for metric in metrics:
            m = dense.values[metric]
            z = rolling_robust_z(m, p.baseline_days)
            flagged = (z >= p.z) & (m >= p.min_count)
            for i in np.nonzero(flagged.any(axis=1))[0].tolist():
                for a, b in runs(flagged[i]):
                    lo, hi = dense.days[a], dense.days[b]
                    base = m[i, max(0, a - p.baseline_days) : a]
                    found.append(
                        Finding(
                            kind="anomaly",
                            entity_type=entity_type,
                            entity_ids=(dense.keys[i],),
                            score=float(z[i, a : b + 1].max()),
                            window=f"{lo}/{hi}",
                            evidence={
                                "method": "robust_z",
                                "metric": metric,
                                "values": m[i, a : b + 1].tolist(),
                                "baseline_median": float(np.median(base)) if base.size else 0.0,
                                "z": round(float(z[i, a : b + 1].max()), 2),
                                "baseline_days": p.baseline_days,
                            },
                            suggested_action="review",
                            key=metric,
                        )
                    )
    found.sort(key=lambda f: -f.score)
    return found[: p.max_findings]


def forest_scores(ranked: pa.Table, params: AnomalyParams | None = None) -> np.ndarray:
    """IsolationForest anomaly score per row (higher = more anomalous), seeded."""
    from sklearn.ensemble import IsolationForest

    p = params or AnomalyParams()
    cols = [c for c in p.forest_features if c in ranked.column_names]
    if ranked.num_rows < 10 or not cols:
        return np.zeros(ranked.num_rows)
    x = np.column_stack(
        [
            np.asarray(ranked.column(c).to_numpy(zero_copy_only=False), dtype=np.float64)
            for c in cols
        ]
    )
    x = np.where(np.isfinite(x), x, 0.0)
    # Row order must not matter: sort by seller id before fitting (bootstrap samples
    # are drawn by position), then map back.
    ids = np.asarray(ranked.column("seller_id").to_pylist(), dtype=str)
    order = np.argsort(ids, kind="stable")
    forest = IsolationForest(n_estimators=p.forest_trees, random_state=p.forest_seed)
    forest.fit(x[order])
    return np.asarray(-forest.score_samples(x), dtype=np.float64)


def forest_anomalies(
    ranked: pa.Table, window: Window, params: AnomalyParams | None = None
) -> list[Finding]:
    p = params or AnomalyParams()
    if ranked.num_rows < 10:
        return []
    s = forest_scores(ranked, p)
    orders = np.asarray(ranked.column("orders").to_numpy(zero_copy_only=False), dtype=np.float64)
    eligible = orders >= p.forest_min_orders
    if not eligible.any():
        return []
    cut = float(np.quantile(s[eligible], p.forest_quantile))
    idx = [i for i in np.argsort(-s).tolist() if eligible[i] and s[i] >= cut][: p.forest_top]
    cols = [c for c in p.forest_features if c in ranked.column_names]
    found = []
    for i in idx:
        row = {c: ranked.column(c)[i].as_py() for c in cols}
        found.append(
            Finding(
                kind="anomaly",
                entity_type="seller",
                entity_ids=(str(ranked.column("seller_id")[i].as_py()),),
                score=float(s[i]),
                window=str(window),
                evidence={
                    "method": "isolation_forest",
                    "features": row,
                    "trees": p.forest_trees,
                    "random_state": p.forest_seed,
                },
                suggested_action="review",
                key="isolation_forest",
            )
        )
    return found
