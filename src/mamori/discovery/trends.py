"""Trend breaks: a lasting change in a series, located by a two-window scan.

For every candidate split day (every ``step`` days, at least ``min_side`` days on each
side) the mean before and after are compared: a binomial z for rates (refunds per
order) and a Poisson z for counts (orders per day). The split with the largest z is the
change point (equivalent to the maximum of a CUSUM of standardised deviations when the
variance is known). Breaks need both statistical and practical size (``min_ratio``), so
slow growth is not a break.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from mamori.discovery.anomalies import daily_sql
from mamori.discovery.findings import Finding
from mamori.discovery.runner import DiscoveryRunner, run
from mamori.discovery.series import densify
from mamori.discovery.window import Window


@dataclass(frozen=True, slots=True)
class TrendParams:
    min_side: int = 14
    step: int = 1
    z: float = 5.0
    min_ratio: float = 2.0  # after/before (rate or level) must change by this factor
    min_events_after: int = 8
    # Rates (refunds, cancellations, late shipments, any of them per order) for sellers
    # and categories; order *levels* only for categories — a seller's sales moving is
    # business, a category's is the market.
    rate_metrics: tuple[str, ...] = ("refunds", "cancels", "lates", "problems")
    seller_levels: bool = False
    max_findings: int = 500


def _rate_breaks(
    k: np.ndarray, n: np.ndarray, p: TrendParams
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Best split per row for rate k/n: (z, split index, rate before, rate after)."""
    rows, days = k.shape
    ck, cn = np.cumsum(k, axis=1), np.cumsum(n, axis=1)
    tk, tn = ck[:, -1:], cn[:, -1:]
    splits = np.arange(p.min_side, days - p.min_side + 1, p.step)
    if len(splits) == 0:
        z0 = np.zeros(rows)
        return z0, np.zeros(rows, int), z0, z0
    k1, n1 = ck[:, splits - 1], cn[:, splits - 1]
    k2, n2 = tk - k1, tn - n1
    with np.errstate(divide="ignore", invalid="ignore"):
        p1 = k1 / n1
        p2 = k2 / n2
        pool = tk / tn
        se = np.sqrt(pool * (1 - pool) * (1 / n1 + 1 / n2))
        z = (p2 - p1) / se
    z = np.where(np.isfinite(z), z, 0.0)
    best = np.argmax(z, axis=1)
    r = np.arange(rows)
    return z[r, best], splits[best], np.nan_to_num(p1[r, best]), np.nan_to_num(p2[r, best])


def _level_breaks(
    c: np.ndarray, p: TrendParams
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Best split per row for a Poisson level (either direction)."""
    rows, days = c.shape
    cc = np.cumsum(c, axis=1)
    total = cc[:, -1:]
    splits = np.arange(p.min_side, days - p.min_side + 1, p.step)
    if len(splits) == 0:
        z0 = np.zeros(rows)
        return z0, np.zeros(rows, int), z0, z0
    c1 = cc[:, splits - 1]
    c2 = total - c1
    t1 = splits.astype(np.float64)
    t2 = days - t1
    with np.errstate(divide="ignore", invalid="ignore"):
        rate = total / days
        z = (c2 / t2 - c1 / t1) / np.sqrt(rate * (1 / t1 + 1 / t2))
    z = np.where(np.isfinite(z), z, 0.0)
    best = np.argmax(np.abs(z), axis=1)
    r = np.arange(rows)
    return z[r, best], splits[best], c1[r, best] / t1[best], c2[r, best] / t2[best]


_Breaks = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def _by_rows(
    fn: Callable[[np.ndarray, np.ndarray], _Breaks], a: np.ndarray, b: np.ndarray, rows: int = 4096
) -> _Breaks:
    """Apply a scan to blocks of rows: the (rows × splits) matrices of one block stay
    small however many sellers there are."""
    if a.shape[0] <= rows:
        return fn(a, b)
    parts = [fn(a[i : i + rows], b[i : i + rows]) for i in range(0, a.shape[0], rows)]
    z, split, before, after = (np.concatenate([p[j] for p in parts]) for j in range(4))
    return z, split, before, after


def _after(m: np.ndarray, split: np.ndarray) -> np.ndarray:
    """Sum of each row from its split day on."""
    if m.shape[0] == 0:
        return np.zeros(0)
    c = np.cumsum(m, axis=1)
    before = np.where(split > 0, c[np.arange(len(split)), np.maximum(split - 1, 0)], 0.0)
    return np.asarray(c[:, -1] - before)


def trend_breaks(
    runner: DiscoveryRunner, window: Window, params: TrendParams | None = None
) -> list[Finding]:
    p = params or TrendParams()
    if not runner.has_table("orders"):
        return []
    found: list[Finding] = []
    levels = [("seller", "seller_id")]
    if runner.has_table("listings"):
        levels.append(("category", "category"))
    for entity_type, key in levels:
        dense = densify(
            run(runner, daily_sql(key)), "k", "day", ["orders", *p.rate_metrics], window
        )
        n = dense.values["orders"]
        if n.shape[0] == 0:
            continue
        for metric in p.rate_metrics:
            k = dense.values[metric]
            z, split, before, after = _by_rows(lambda a, b: _rate_breaks(a, b, p), k, n)
            k_after = _after(k, split)
            ok = (
                (z >= p.z)
                & (after >= p.min_ratio * np.maximum(before, 1e-3))
                & (k_after >= p.min_events_after)
            )
            for i in np.nonzero(ok)[0].tolist():
                found.append(
                    _finding(
                        entity_type,
                        dense.keys[i],
                        _RATE_NAMES.get(metric, metric),
                        z[i],
                        before[i],
                        after[i],
                        dense.days[split[i]],
                        window,
                    )
                )
        if entity_type == "seller" and not p.seller_levels:
            continue
        z, split, before, after = _by_rows(lambda a, _b: _level_breaks(a, p), n, n)
        ratio = np.maximum(after, 1e-9) / np.maximum(before, 1e-9)
        big = (ratio >= p.min_ratio) | (ratio <= 1 / p.min_ratio)
        events = _after(n, split)
        ok = (
            (np.abs(z) >= p.z)
            & big
            & (np.maximum(events, n.sum(axis=1) - events) >= p.min_events_after)
        )
        for i in np.nonzero(ok)[0].tolist():
            found.append(
                _finding(
                    entity_type,
                    dense.keys[i],
                    "orders_per_day",
                    z[i],
                    before[i],
                    after[i],
                    dense.days[split[i]],
                    window,
                )
            )
    return _strongest_per_entity(found)[: p.max_findings]


def _strongest_per_entity(found: list[Finding]) -> list[Finding]:
    """One finding per entity: its strongest break, the others listed in evidence."""
    groups: dict[tuple[str, tuple[str, ...]], list[Finding]] = {}
    for f in found:
        groups.setdefault((f.entity_type, f.entity_ids), []).append(f)
    out = []
    for fs in groups.values():
        fs.sort(key=lambda f: -f.score)
        best = fs[0]
        also = [
            {"metric": f.key, "z": round(f.score, 2), "change_day": f.evidence["change_day"]}
            for f in fs[1:]
        ]
        out.append(replace(best, evidence={**best.evidence, "also": also}))
    out.sort(key=lambda f: (-f.score, f.finding_id))
    return out


_RATE_NAMES = {
    "refunds": "refund_rate",
    "cancels": "cancel_rate",
    "lates": "late_rate",
    "problems": "problem_rate",
}


def _finding(
    entity_type: str,
    key: str,
    metric: str,
    z: float,
    before: float,
    after: float,
    day: object,
    window: Window,
) -> Finding:
    return Finding(
        kind="trend_break",
        entity_type=entity_type,
        entity_ids=(key,),
        score=float(abs(z)),
        window=f"{day}/{window.end}",
        evidence={
            "method": "two_window_scan",
            "metric": metric,
            "change_day": str(day),
            "before": round(float(before), 4),
            "after": round(float(after), 4),
            "z": round(float(z), 2),
        },
        suggested_action="open_case" if metric != "orders_per_day" else "review",
        key=metric,
    )
