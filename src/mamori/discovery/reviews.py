"""Review fraud: bursts, brushing orders, and colluding reviewer groups.

* ``review_burst`` — a seller's daily review count far above its own recent baseline
  (rolling median/MAD with a Poisson floor), at least ``min_reviews`` on the day.
* ``brushing`` — orders that exist to carry a review: a tiny amount for the listing,
  a buyer account linked to the seller (shared device/payment/…, hubs excluded), a
  review right after the order, five stars, a buyer who buys from nobody else. Each
  signal adds weight; an order is flagged at ``min_weight``, a seller reported when it
  has ``min_orders`` flagged orders.
* ``review_collusion`` — reviewers whose sets of reviewed sellers nearly coincide
  (≥ ``min_shared`` sellers and Jaccard ≥ ``min_jaccard``), grouped into components of
  the reviewer projection of the reviewer–seller bipartite graph. Sellers with more
  than ``max_seller_reviewers`` reviewers are left out of the projection: their
  reviewer pairs are quadratic in number and carry no signal.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mamori.discovery.findings import Finding
from mamori.discovery.rings import components_scipy
from mamori.discovery.runner import DiscoveryRunner, run
from mamori.discovery.series import densify, rolling_robust_z, runs
from mamori.discovery.window import Window, table_window


@dataclass(frozen=True, slots=True)
class BurstParams:
    baseline_days: int = 28
    z: float = 6.0
    min_reviews: int = 8
    max_findings: int = 500


@dataclass(frozen=True, slots=True)
class BrushingParams:
    tiny_ratio: float = 0.2  # amount ≤ this × listing price (per unit) is "tiny"
    tiny_yen: int = 300  # … or at most this many yen
    review_hours: float = 72.0  # review within this many hours of the order
    hub_threshold: int = 25  # shared values carried by more accounts link nobody
    min_weight: float = 3.5
    min_orders: int = 3
    max_findings: int = 500


#: Signal weights; flagged when the sum reaches ``min_weight``. Linked + tiny alone is
#: enough; tiny + quick + 5★ + exclusive buyer is enough; quick 5★ reviews alone are not.
BRUSHING_WEIGHTS: dict[str, float] = {
    "linked": 2.0,
    "tiny": 1.5,
    "quick": 1.0,
    "five_star": 0.5,
    "exclusive": 0.5,
}


@dataclass(frozen=True, slots=True)
class CollusionParams:
    min_shared: int = 3
    min_jaccard: float = 0.5
    min_group: int = 3
    max_seller_reviewers: int = 500
    max_findings: int = 500


def review_bursts(
    runner: DiscoveryRunner, window: Window, params: BurstParams | None = None
) -> list[Finding]:
    p = params or BurstParams()
    if not runner.has_table("reviews"):
        return []
    daily = run(
        runner,
        "SELECT seller_id, CAST(created_at AS DATE) AS day, COUNT(*) AS n, AVG(rating) AS avg_rating "
        "FROM reviews WHERE seller_id IS NOT NULL AND created_at IS NOT NULL "
        "GROUP BY seller_id, CAST(created_at AS DATE)",
    )
    own = table_window(runner, "reviews", "created_at")
    if own is None:
        return []
    dense = densify(daily, "seller_id", "day", ["n"], own)
    m = dense.values["n"]
    z = rolling_robust_z(m, p.baseline_days)
    flagged = (z >= p.z) & (m >= p.min_reviews)
    found: list[Finding] = []
    for i in np.nonzero(flagged.any(axis=1))[0].tolist():
        seller = dense.keys[i]
        for a, b in runs(flagged[i]):
            day_lo, day_hi = dense.days[a], dense.days[b]
            ids = (
                run(
                    runner,
                    "SELECT id FROM reviews WHERE seller_id = '"
                    + seller.replace("'", "''")
                    + f"' AND CAST(created_at AS DATE) BETWEEN DATE '{day_lo}' AND DATE '{day_hi}' ORDER BY id",
                )
                .column("id")
                .to_pylist()
            )
            peak = int(m[i, a : b + 1].max())
            found.append(
                Finding(
                    kind="review_burst",
                    entity_type="review",
                    entity_ids=tuple(str(x) for x in ids),
                    score=float(z[i, a : b + 1].max()),
                    window=f"{day_lo}/{day_hi}",
                    evidence={
                        "seller_id": seller,
                        "reviews": int(m[i, a : b + 1].sum()),
                        "peak_per_day": peak,
                        "baseline_median": float(np.median(m[i, max(0, a - p.baseline_days) : a]))
                        if a
                        else 0.0,
                        "z": round(float(z[i, a : b + 1].max()), 2),
                    },
                    suggested_action="review",
                    key=seller,
                )
            )
    found.sort(key=lambda f: -f.score)
    return found[: p.max_findings]


def brushing_sql(p: BrushingParams, *, has_links: bool, has_listings: bool) -> str:
    """One row per reviewed order with its brushing signals and weight."""
    w = BRUSHING_WEIGHTS
    ctes = [
        """r1 AS (
  SELECT order_id, MIN(created_at) AS reviewed_at, MAX(rating) AS rating, MIN(id) AS review_id
  FROM reviews WHERE order_id IS NOT NULL GROUP BY order_id)""",
        """bs AS (
  SELECT buyer_id, COUNT(DISTINCT seller_id) AS sellers FROM orders GROUP BY buyer_id)""",
    ]
    if has_links:
        ctes += [
            """lk AS (SELECT DISTINCT attribute, value_hash, account_id FROM account_links
  WHERE value_hash IS NOT NULL AND account_id IS NOT NULL)""",
            f"""okv AS (SELECT attribute, value_hash FROM lk GROUP BY attribute, value_hash
  HAVING COUNT(*) BETWEEN 2 AND {int(p.hub_threshold)})""",
            """lk2 AS (SELECT lk.attribute, lk.value_hash, lk.account_id FROM lk
  JOIN okv ON lk.attribute = okv.attribute AND lk.value_hash = okv.value_hash)""",
            """pairs AS (SELECT DISTINCT a.account_id AS buyer_id, b.account_id AS seller_id
  FROM lk2 AS a JOIN lk2 AS b ON a.attribute = b.attribute AND a.value_hash = b.value_hash
  WHERE a.account_id <> b.account_id)""",
        ]
    linked = "CASE WHEN pr.buyer_id IS NOT NULL THEN 1 ELSE 0 END" if has_links else "0"
    price = "l.price" if has_listings else "CAST(NULL AS BIGINT)"
    tiny = (
        f"CASE WHEN o.amount <= {int(p.tiny_yen)} OR ({price} > 0 AND o.amount <= "
        f"{float(p.tiny_ratio)} * {price} * GREATEST(COALESCE(o.quantity, 1), 1)) THEN 1 ELSE 0 END"
    )
    quick = (
        f"CASE WHEN DATE_DIFF('minute', o.ordered_at, r1.reviewed_at) BETWEEN 0 AND {int(p.review_hours * 60)} "
        "THEN 1 ELSE 0 END"
    )
    joins = ["JOIN r1 ON r1.order_id = o.id", "LEFT JOIN bs ON bs.buyer_id = o.buyer_id"]
    if has_listings:
        joins.append("LEFT JOIN listings AS l ON l.id = o.listing_id")
    if has_links:
        joins.append(
            "LEFT JOIN pairs AS pr ON pr.buyer_id = o.buyer_id AND pr.seller_id = o.seller_id"
        )
    sig = f"""SELECT o.id AS order_id, o.seller_id, o.buyer_id, o.amount, {price} AS price, r1.review_id,
  {linked} AS linked, {tiny} AS tiny, {quick} AS quick,
  CASE WHEN r1.rating = 5 THEN 1 ELSE 0 END AS five_star,
  CASE WHEN bs.sellers = 1 THEN 1 ELSE 0 END AS exclusive
FROM orders AS o
{chr(10).join(joins)}
WHERE o.seller_id IS NOT NULL"""
    weight = " + ".join(f"{w[k]} * {k}" for k in w)
    return (
        "WITH "
        + ",\n".join(ctes)
        + f",\nsig AS ({sig})\nSELECT *, {weight} AS weight FROM sig ORDER BY seller_id, order_id"
    )


def brushing(
    runner: DiscoveryRunner, window: Window, params: BrushingParams | None = None
) -> list[Finding]:
    p = params or BrushingParams()
    if not (runner.has_table("orders") and runner.has_table("reviews")):
        return []
    t = run(
        runner,
        brushing_sql(
            p,
            has_links=runner.has_table("account_links"),
            has_listings=runner.has_table("listings"),
        ),
    )
    rows = [r for r in t.to_pylist() if float(r["weight"]) >= p.min_weight]
    by_seller: dict[str, list[dict[str, object]]] = {}
    for r in rows:
        by_seller.setdefault(str(r["seller_id"]), []).append(r)
    found: list[Finding] = []
    for seller, rs in by_seller.items():
        if len(rs) < p.min_orders:
            continue
        signals = {k: int(sum(int(r[k]) for r in rs)) for k in BRUSHING_WEIGHTS}  # type: ignore[call-overload]
        mean_w = float(np.mean([float(r["weight"]) for r in rs]))  # type: ignore[arg-type]
        found.append(
            Finding(
                kind="brushing",
                entity_type="order",
                entity_ids=tuple(str(r["order_id"]) for r in rs),
                score=float(np.log2(1 + len(rs)) + mean_w),
                window=str(window),
                evidence={
                    "seller_id": seller,
                    "orders": len(rs),
                    "signals": signals,
                    "buyers": sorted({str(r["buyer_id"]) for r in rs})[:50],
                    "reviews": [str(r["review_id"]) for r in rs][:50],
                    "weights": BRUSHING_WEIGHTS,
                },
                suggested_action="remove_reviews" if signals["linked"] else "review",
                key=seller,
            )
        )
    found.sort(key=lambda f: -f.score)
    return found[: p.max_findings]


def collusion_pairs_sql(p: CollusionParams) -> str:
    return f"""
WITH rs AS (SELECT DISTINCT reviewer_id, seller_id FROM reviews
  WHERE reviewer_id IS NOT NULL AND seller_id IS NOT NULL),
deg AS (SELECT reviewer_id, COUNT(*) AS k FROM rs GROUP BY reviewer_id),
pop AS (SELECT seller_id FROM rs GROUP BY seller_id HAVING COUNT(*) <= {int(p.max_seller_reviewers)}),
rs2 AS (SELECT rs.reviewer_id, rs.seller_id FROM rs JOIN pop ON pop.seller_id = rs.seller_id
  JOIN deg ON deg.reviewer_id = rs.reviewer_id WHERE deg.k >= {int(p.min_shared)}),
co AS (SELECT a.reviewer_id AS r1, b.reviewer_id AS r2, COUNT(*) AS shared
  FROM rs2 AS a JOIN rs2 AS b ON a.seller_id = b.seller_id AND a.reviewer_id < b.reviewer_id
  GROUP BY a.reviewer_id, b.reviewer_id HAVING COUNT(*) >= {int(p.min_shared)})
SELECT co.r1, co.r2, co.shared, d1.k AS k1, d2.k AS k2,
  CAST(co.shared AS DOUBLE) / (d1.k + d2.k - co.shared) AS jaccard
FROM co JOIN deg AS d1 ON d1.reviewer_id = co.r1 JOIN deg AS d2 ON d2.reviewer_id = co.r2
WHERE CAST(co.shared AS DOUBLE) / (d1.k + d2.k - co.shared) >= {float(p.min_jaccard)}
ORDER BY co.r1, co.r2"""


def review_collusion(
    runner: DiscoveryRunner, window: Window, params: CollusionParams | None = None
) -> list[Finding]:
    p = params or CollusionParams()
    if not runner.has_table("reviews"):
        return []
    pairs = run(runner, collusion_pairs_sql(p))
    if pairs.num_rows == 0:
        return []
    r1 = np.asarray(pairs.column("r1").to_pylist(), dtype=str)
    r2 = np.asarray(pairs.column("r2").to_pylist(), dtype=str)
    nodes = np.unique(np.concatenate([r1, r2]))
    s, d = np.searchsorted(nodes, r1), np.searchsorted(nodes, r2)
    labels = components_scipy(s, d, len(nodes))
    jac = np.asarray(pairs.column("jaccard").to_numpy(), dtype=np.float64)
    shared = np.asarray(pairs.column("shared").to_numpy(), dtype=np.float64)
    found: list[Finding] = []
    for comp in np.unique(labels).tolist():
        members = nodes[labels == comp].tolist()
        if len(members) < p.min_group:
            continue
        e = labels[s] == comp
        sellers = run(
            runner,
            "SELECT seller_id, COUNT(*) AS n, AVG(rating) AS r FROM reviews WHERE reviewer_id IN ("
            + ", ".join("'" + m.replace("'", "''") + "'" for m in members)
            + ") GROUP BY seller_id ORDER BY n DESC, seller_id LIMIT 20",
        )
        found.append(
            Finding(
                kind="review_collusion",
                entity_type="reviewer",
                entity_ids=tuple(members),
                score=float(np.log2(len(members)) + jac[e].mean() + np.log2(shared[e].mean())),
                window=str(window),
                evidence={
                    "reviewers": len(members),
                    "pairs": int(e.sum()),
                    "mean_jaccard": round(float(jac[e].mean()), 3),
                    "mean_shared_sellers": round(float(shared[e].mean()), 2),
                    "top_sellers": sellers.to_pylist(),
                },
                suggested_action="remove_reviews",
            )
        )
    found.sort(key=lambda f: -f.score)
    return found[: p.max_findings]
