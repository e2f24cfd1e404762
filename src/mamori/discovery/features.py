"""Seller risk features and the ranked seller risk table.

The features are one SQL query (DuckDB dialect, transpiled by sqlglot for Spark); the
score is computed on the per-seller table in numpy so both engines share it exactly.
Rates are shrunk toward the marketplace rate (empirical Bayes, ``prior_orders``
pseudo-orders) so a seller with 2 orders and 1 refund does not outrank a seller with
400 orders and 120 refunds.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from mamori.discovery.findings import Finding
from mamori.discovery.runner import DiscoveryRunner, run
from mamori.discovery.window import Window


@dataclass(frozen=True, slots=True)
class SellerRiskParams:
    recent_days: int = 30  # "recent" window for GMV growth and listing velocity
    prior_orders: float = 20.0  # pseudo-orders in the rate shrinkage
    top: int = 25  # findings for at most this many sellers …
    min_score: float = 3.0  # … whose score reaches this (sum of weighted robust z)


#: Feature → (weight, direction). Direction +1: higher is riskier; -1: lower is riskier.
WEIGHTS: dict[str, tuple[float, int]] = {
    "refund_rate": (1.0, 1),
    "cancel_rate": (0.7, 1),
    "late_rate": (0.5, 1),
    "gmv_growth": (0.5, 1),
    "account_age_days": (0.3, -1),
    "listing_velocity": (0.3, 1),
    "price_position": (0.5, -1),
    "reports": (0.8, 1),
    "hit_points": (1.0, 1),
}


def seller_features_sql(
    *,
    has_listings: bool,
    has_sellers: bool,
    has_reports: bool,
    has_hits: bool,
    recent_days: int = 30,
) -> str:
    """The feature query. Optional tables contribute zeros when absent."""
    r = int(recent_days)
    ctes = [
        "bounds AS (SELECT MAX(ordered_at) AS as_of FROM orders)",
        f"""o AS (
  SELECT o.seller_id,
    COUNT(*) AS orders,
    CAST(SUM(CASE WHEN o.status = 'refunded' THEN 1 ELSE 0 END) AS BIGINT) AS refunds,
    CAST(SUM(CASE WHEN o.status = 'cancelled' THEN 1 ELSE 0 END) AS BIGINT) AS cancels,
    CAST(SUM(CASE WHEN o.late THEN 1 ELSE 0 END) AS BIGINT) AS lates,
    CAST(SUM(COALESCE(o.amount, 0)) AS BIGINT) AS gmv,
    CAST(SUM(CASE WHEN o.ordered_at > b.as_of - INTERVAL {r} DAY THEN COALESCE(o.amount, 0) ELSE 0 END) AS BIGINT) AS gmv_recent,
    CAST(SUM(CASE WHEN o.ordered_at <= b.as_of - INTERVAL {r} DAY
              AND o.ordered_at > b.as_of - INTERVAL {2 * r} DAY THEN COALESCE(o.amount, 0) ELSE 0 END) AS BIGINT) AS gmv_prev
  FROM orders AS o CROSS JOIN bounds AS b
  WHERE o.seller_id IS NOT NULL
  GROUP BY o.seller_id)""",
    ]
    select = [
        "o.seller_id",
        "o.orders",
        "o.refunds",
        "o.cancels",
        "o.lates",
        "o.gmv",
        "o.gmv_recent",
        "o.gmv_prev",
    ]
    joins = []
    if has_listings:
        ctes.append(
            "cat AS (SELECT category, MEDIAN(price) AS cat_median FROM listings "
            "WHERE price > 0 GROUP BY category)"
        )
        ctes.append(
            f"""l AS (
  SELECT l.seller_id,
    COUNT(*) AS listings,
    CAST(SUM(CASE WHEN l.created_at > b.as_of - INTERVAL {r} DAY THEN 1 ELSE 0 END) AS BIGINT) AS listings_recent,
    MEDIAN(CASE WHEN c.cat_median > 0 THEN l.price / c.cat_median END) AS price_position
  FROM listings AS l CROSS JOIN bounds AS b
  LEFT JOIN cat AS c ON c.category = l.category
  GROUP BY l.seller_id)"""
        )
        select += [
            "COALESCE(l.listings, 0) AS listings",
            "COALESCE(l.listings_recent, 0) AS listing_velocity",
            "l.price_position",
        ]
        joins.append("LEFT JOIN l ON l.seller_id = o.seller_id")
    else:
        select += [
            "0 AS listings",
            "0 AS listing_velocity",
            "CAST(NULL AS DOUBLE) AS price_position",
        ]
    if has_sellers:
        select += [
            "DATE_DIFF('day', s.registered_at, b.as_of) AS account_age_days",
            "s.status AS seller_status",
        ]
        joins.append("LEFT JOIN sellers AS s ON s.id = o.seller_id")
    else:
        select += [
            "CAST(NULL AS BIGINT) AS account_age_days",
            "CAST(NULL AS VARCHAR) AS seller_status",
        ]
    if has_reports and has_listings:
        ctes.append(
            """rep AS (
  SELECT seller_id, COUNT(*) AS reports FROM (
    SELECT l.seller_id FROM reports AS r JOIN listings AS l
      ON r.entity_type = 'listing' AND r.entity_id = l.id
    UNION ALL
    SELECT r.entity_id AS seller_id FROM reports AS r WHERE r.entity_type = 'seller'
  ) AS x GROUP BY seller_id)"""
        )
        select.append("COALESCE(rep.reports, 0) AS reports")
        joins.append("LEFT JOIN rep ON rep.seller_id = o.seller_id")
    else:
        select.append("0 AS reports")
    if has_hits and has_listings:
        ctes.append(
            """h AS (
  SELECT seller_id, COUNT(*) AS hits, CAST(SUM(COALESCE(points, 0)) AS BIGINT) AS hit_points FROM (
    SELECT l.seller_id, h.points FROM hits AS h JOIN listings AS l ON h.entity_id = l.id
    UNION ALL
    SELECT s2.id AS seller_id, h.points FROM hits AS h JOIN sellers AS s2 ON h.entity_id = s2.id
  ) AS x GROUP BY seller_id)"""
            if has_sellers
            else """h AS (
  SELECT l.seller_id, COUNT(*) AS hits, CAST(SUM(COALESCE(h.points, 0)) AS BIGINT) AS hit_points
  FROM hits AS h JOIN listings AS l ON h.entity_id = l.id GROUP BY l.seller_id)"""
        )
        select += ["COALESCE(h.hits, 0) AS hits", "COALESCE(h.hit_points, 0) AS hit_points"]
        joins.append("LEFT JOIN h ON h.seller_id = o.seller_id")
    else:
        select += ["0 AS hits", "0 AS hit_points"]
    return (
        "WITH "
        + ",\n".join(ctes)
        + "\nSELECT "
        + ",\n  ".join(select)
        + "\nFROM o CROSS JOIN bounds AS b\n"
        + "\n".join(joins)
        + "\nORDER BY o.seller_id"
    )


def seller_features(runner: DiscoveryRunner, params: SellerRiskParams | None = None) -> pa.Table:
    """One row per seller with orders: counts, rates' raw inputs and context features."""
    p = params or SellerRiskParams()
    sql = seller_features_sql(
        has_listings=runner.has_table("listings"),
        has_sellers=runner.has_table("sellers"),
        has_reports=runner.has_table("reports"),
        has_hits=runner.has_table("hits") and "points" in runner.columns("hits"),
        recent_days=p.recent_days,
    )
    return run(runner, sql)


def robust_z(x: np.ndarray) -> np.ndarray:
    """(x − median) / (1.4826·MAD), NaN-aware; a zero MAD falls back to the mean
    absolute deviation, then to 1, so a constant feature scores 0 rather than ∞.

    >>> robust_z(np.array([1.0, 1.0, 1.0, 5.0])).round(2).tolist()
    [0.0, 0.0, 0.0, 1.33]
    """
    x = np.asarray(x, dtype=np.float64)
    if x.size == 0:
        return x
    med = np.nanmedian(x) if np.isfinite(x).any() else 0.0
    dev = np.abs(x - med)
    mad = np.nanmedian(dev) * 1.4826 if np.isfinite(dev).any() else 0.0
    if not mad > 0:
        mad = float(np.nanmean(dev)) * 1.2533 if np.isfinite(dev).any() else 0.0
    if not mad > 0:
        mad = 1.0
    z = (x - med) / mad
    return np.where(np.isfinite(z), z, 0.0)


def _col(t: pa.Table, name: str) -> np.ndarray:
    return np.asarray(t.column(name).to_numpy(zero_copy_only=False), dtype=np.float64)


def seller_risk_table(features: pa.Table, params: SellerRiskParams | None = None) -> pa.Table:
    """Add shrunk rates, per-feature contributions and ``risk_score``; rank by it."""
    p = params or SellerRiskParams()
    n = features.num_rows
    if n == 0:
        return features.append_column("risk_score", pa.array([], pa.float64()))
    orders = _col(features, "orders")
    cols: dict[str, np.ndarray] = {}
    a = p.prior_orders
    for name, num in (
        ("refund_rate", "refunds"),
        ("cancel_rate", "cancels"),
        ("late_rate", "lates"),
    ):
        k = _col(features, num)
        base = float(np.nansum(k) / max(np.nansum(orders), 1.0))
        cols[name] = (k + a * base) / (orders + a)
    cols["gmv_growth"] = np.log1p(_col(features, "gmv_recent")) - np.log1p(
        _col(features, "gmv_prev")
    )
    cols["account_age_days"] = np.log1p(np.clip(_col(features, "account_age_days"), 0, None))
    cols["listing_velocity"] = np.log1p(_col(features, "listing_velocity"))
    pp = _col(features, "price_position")
    cols["price_position"] = np.log(np.where(pp > 0, pp, np.nan))
    cols["reports"] = np.log1p(_col(features, "reports"))
    cols["hit_points"] = np.log1p(_col(features, "hit_points"))
    score = np.zeros(n)
    out = features
    for name, (w, direction) in WEIGHTS.items():
        v = cols[name]
        z = np.clip(direction * robust_z(v), 0.0, 10.0)
        score += w * z
        if name not in features.column_names:  # derived (rates, growth): keep them
            out = out.append_column(name, pa.array(v, pa.float64(), from_pandas=True))
        out = out.append_column(f"z_{name}", pa.array(z, pa.float64()))
    out = out.append_column("risk_score", pa.array(score, pa.float64()))
    order = np.lexsort(
        (np.asarray(out.column("seller_id").to_pylist(), dtype=object).astype(str), -score)
    )
    ranked = out.take(pa.array(order))
    return ranked.append_column("rank", pa.array(np.arange(1, n + 1), pa.int64()))


def seller_risk_findings(
    ranked: pa.Table, window: Window, params: SellerRiskParams | None = None
) -> list[Finding]:
    """Findings for the top of the ranked table, each with its three biggest reasons."""
    p = params or SellerRiskParams()
    found: list[Finding] = []
    rows = ranked.slice(0, p.top).to_pylist()
    for row in rows:
        s = float(row["risk_score"])
        if s < p.min_score:
            break
        reasons = sorted(((WEIGHTS[k][0] * row[f"z_{k}"], k) for k in WEIGHTS), reverse=True)[:3]
        found.append(
            Finding(
                kind="seller_risk",
                entity_type="seller",
                entity_ids=(str(row["seller_id"]),),
                score=s,
                window=str(window),
                evidence={
                    "rank": row["rank"],
                    "reasons": [k for c, k in reasons if c > 0],
                    "features": {
                        k: row[k]
                        for k in (
                            "orders",
                            "gmv",
                            "refund_rate",
                            "cancel_rate",
                            "late_rate",
                            "gmv_growth",
                            "gmv_recent",
                            "gmv_prev",
                            "account_age_days",
                            "listing_velocity",
                            "price_position",
                            "reports",
                            "hits",
                            "hit_points",
                            "seller_status",
                        )
                        if k in row
                    },
                },
                suggested_action="open_case" if s >= 2 * p.min_score else "review",
            )
        )
    return found


def policy_features(ranked: pa.Table) -> pa.Table:
    """The ranked table cut to the columns policies read with ``feature(name)``.

    Typed as ``entities.SELLER_RISK`` declares them, so a features file joins into a scan
    with the same types whichever engine produced it (DuckDB counts are int32 or int64;
    Spark may give decimals, a CSV strings). Columns the run could not compute are NULL,
    other columns are dropped; a column that cannot be read as its type is a ValueError.
    """
    from mamori.entities import SELLER_RISK, arrow_type

    cols: dict[str, pa.Array | pa.ChunkedArray] = {}
    for f in SELLER_RISK.fields:
        t = arrow_type(f.type)
        if f.name in ranked.column_names:
            try:
                cols[f.name] = ranked.column(f.name).cast(t, safe=False)
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as e:
                raise ValueError(f"feature {f.name!r} is not {f.type.value}: {e}") from e
        else:
            cols[f.name] = pa.nulls(ranked.num_rows, t)
    return pa.table(cols)
