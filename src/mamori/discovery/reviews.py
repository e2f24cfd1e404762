"""Review fraud: bursts, brushing orders, and colluding reviewer groups.

* ``review_burst`` — a listing's daily review count far above its own recent baseline
  (Poisson z against the mean of the previous ``baseline_days``), at least
  ``min_reviews`` on the day; unverified reviews (no order) raise the score.
* ``brushing`` — orders that exist to carry a review: a tiny amount for the listing,
  a buyer account linked to the seller — sharing a device/payment/… (hubs excluded)
  with the seller or with another buyer of the same seller — a review within two days
  of the order, five stars, a buyer who buys from nobody else. Each
  signal adds weight; an order is flagged at ``min_weight``, a seller reported when it
  has ``min_orders`` flagged orders.
* ``review_collusion`` — reviewers whose sets of reviewed listings nearly coincide
  (≥ ``min_shared`` listings and Jaccard ≥ ``min_jaccard``), grouped into components
  of the reviewer projection of the reviewer–listing bipartite graph; the finding
  lists the group's reviews of the listings two or more members reviewed. Listings
  with more than ``max_target_reviewers`` reviewers are left out of the projection:
  their reviewer pairs are quadratic in number and carry no signal.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mamori.discovery.findings import Finding
from mamori.discovery.rings import components_scipy
from mamori.discovery.runner import DiscoveryRunner, run
from mamori.discovery.window import Window


@dataclass(frozen=True, slots=True)
class BurstParams:
    levels: tuple[str, ...] = ("listing_id", "seller_id")
    baseline_days: int = 28
    z: float = 6.0
    min_reviews: int = 8
    max_findings: int = 500


@dataclass(frozen=True, slots=True)
class BrushingParams:
    tiny_ratio: float = 0.2  # amount ≤ this × listing price (per unit) is "tiny"
    tiny_yen: int = 300  # … or at most this many yen
    review_hours: float = 48.0  # review within this many hours of the order (before a
    # parcel could normally arrive and be tried)
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
    target: str = "listing_id"  # or "seller_id": what co-reviewing means
    min_shared: int = 3
    min_jaccard: float = 0.4
    min_group: int = 3
    max_target_reviewers: int = 500
    max_findings: int = 500


def review_bursts(
    runner: DiscoveryRunner, window: Window, params: BurstParams | None = None
) -> list[Finding]:
    """Bursts per listing, then per seller (a shop-wide burst spread over many
    listings); a seller burst mostly made of an already-found listing burst is dropped."""
    p = params or BurstParams()
    found: list[Finding] = []
    covered: set[str] = set()
    for level in p.levels:
        for f in _bursts_at(runner, level, p):
            ids = set(f.entity_ids)
            if len(ids & covered) >= 0.5 * len(ids):
                continue
            covered |= ids
            found.append(f)
    found.sort(key=lambda f: (-f.score, f.finding_id))
    return found[: p.max_findings]


def _bursts_at(runner: DiscoveryRunner, level: str, p: BurstParams) -> list[Finding]:
    """Bursts per ``params.level`` (listing by default) and day.

    Only (key, day) cells with ≥ ``min_reviews`` are candidates (from SQL), so the
    work is proportional to the suspicious days, not listings × days. A candidate's
    baseline is the key's mean daily count over the ``baseline_days`` before it; the
    Poisson z is (n − λ) / √(λ + 1). Consecutive flagged days merge into one burst.
    """
    if not runner.has_table("reviews") or level not in runner.columns("reviews"):
        return []
    k = level
    daily_sql = (
        f"SELECT {k} AS k, CAST(created_at AS DATE) AS day, COUNT(*) AS n, "
        "CAST(SUM(CASE WHEN order_id IS NULL THEN 1 ELSE 0 END) AS BIGINT) AS unverified "
        f"FROM reviews WHERE {k} IS NOT NULL AND created_at IS NOT NULL "
        f"GROUP BY {k}, CAST(created_at AS DATE)"
    )
    sql = f"""WITH d AS ({daily_sql}),
c AS (SELECT k, day, n, unverified FROM d WHERE n >= {int(p.min_reviews)})
SELECT c.k, c.day, c.n, c.unverified, COALESCE(CAST(SUM(d.n) AS BIGINT), 0) AS base_total
FROM c LEFT JOIN d ON d.k = c.k AND d.day < c.day AND d.day >= c.day - INTERVAL {int(p.baseline_days)} DAY
GROUP BY c.k, c.day, c.n, c.unverified ORDER BY c.k, c.day"""
    t = run(runner, sql)
    if t.num_rows == 0:
        return []
    rows = t.to_pylist()
    flagged: dict[str, list[dict[str, object]]] = {}
    for r in rows:
        lam = float(r["base_total"]) / p.baseline_days
        z = (float(r["n"]) - lam) / float(np.sqrt(lam + 1.0))
        if z >= p.z:
            r["z"] = z
            r["lam"] = lam
            flagged.setdefault(str(r["k"]), []).append(r)
    found: list[Finding] = []
    for key, rs in flagged.items():
        groups: list[list[dict[str, object]]] = []
        for r in rs:  # rows arrive ordered by day
            if groups and (r["day"] - groups[-1][-1]["day"]).days <= 1:  # type: ignore[operator]
                groups[-1].append(r)
            else:
                groups.append([r])
        for g in groups:
            lo, hi = g[0]["day"], g[-1]["day"]
            ids = run(
                runner,
                f"SELECT id, seller_id FROM reviews WHERE {k} = '"
                + key.replace("'", "''")
                + f"' AND CAST(created_at AS DATE) BETWEEN DATE '{lo}' AND DATE '{hi}' ORDER BY id",
            )
            n = sum(int(r["n"]) for r in g)  # type: ignore[call-overload]
            unverified = sum(int(r["unverified"]) for r in g)  # type: ignore[call-overload]
            z = max(float(r["z"]) for r in g)  # type: ignore[arg-type]
            sellers = sorted({str(x) for x in ids.column("seller_id").to_pylist() if x is not None})
            found.append(
                Finding(
                    kind="review_burst",
                    entity_type="review",
                    entity_ids=tuple(str(x) for x in ids.column("id").to_pylist()),
                    score=z + 2.0 * unverified / max(n, 1),
                    window=f"{lo}/{hi}",
                    evidence={
                        level: key,
                        "seller_ids": sellers,
                        "reviews": n,
                        "unverified_reviews": unverified,
                        "baseline_per_day": round(float(g[0]["lam"]), 3),  # type: ignore[arg-type]
                        "z": round(z, 2),
                        "baseline_days": p.baseline_days,
                    },
                    suggested_action="remove_reviews" if unverified >= n / 2 else "review",
                    key=f"{level}:{key}",
                )
            )
    return found


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
            """acc AS (SELECT DISTINCT a.account_id AS a, b.account_id AS b
  FROM lk2 AS a JOIN lk2 AS b ON a.attribute = b.attribute AND a.value_hash = b.value_hash
  WHERE a.account_id <> b.account_id)""",
            """bsel AS (SELECT DISTINCT buyer_id, seller_id FROM orders
  WHERE buyer_id IS NOT NULL AND seller_id IS NOT NULL)""",
            # A buyer is linked to a seller when it shares a value with the seller itself
            # or with another buyer of that seller (sock-puppet buyers run by one person).
            """pairs AS (
  SELECT acc.a AS buyer_id, acc.b AS seller_id FROM acc
  UNION
  SELECT acc.a AS buyer_id, bsel.seller_id FROM acc JOIN bsel ON bsel.buyer_id = acc.b)""",
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
    """Reviewer pairs whose target sets (listings by default) nearly coincide."""
    t = p.target
    return f"""
WITH rs AS (SELECT DISTINCT reviewer_id, {t} AS target FROM reviews
  WHERE reviewer_id IS NOT NULL AND {t} IS NOT NULL),
deg AS (SELECT reviewer_id, COUNT(*) AS k FROM rs GROUP BY reviewer_id),
pop AS (SELECT target FROM rs GROUP BY target HAVING COUNT(*) <= {int(p.max_target_reviewers)}),
rs2 AS (SELECT rs.reviewer_id, rs.target FROM rs JOIN pop ON pop.target = rs.target
  JOIN deg ON deg.reviewer_id = rs.reviewer_id WHERE deg.k >= {int(p.min_shared)}),
co AS (SELECT a.reviewer_id AS r1, b.reviewer_id AS r2, COUNT(*) AS shared
  FROM rs2 AS a JOIN rs2 AS b ON a.target = b.target AND a.reviewer_id < b.reviewer_id
  GROUP BY a.reviewer_id, b.reviewer_id HAVING COUNT(*) >= {int(p.min_shared)})
SELECT co.r1, co.r2, co.shared, d1.k AS k1, d2.k AS k2,
  CAST(co.shared AS DOUBLE) / (d1.k + d2.k - co.shared) AS jaccard
FROM co JOIN deg AS d1 ON d1.reviewer_id = co.r1 JOIN deg AS d2 ON d2.reviewer_id = co.r2
WHERE CAST(co.shared AS DOUBLE) / (d1.k + d2.k - co.shared) >= {float(p.min_jaccard)}
ORDER BY co.r1, co.r2"""


def _in_list(values: list[str]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


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
        # The group's reviews of targets that at least two members reviewed.
        revs = run(
            runner,
            f"""WITH g AS (SELECT id, reviewer_id, {p.target} AS target, seller_id, rating
  FROM reviews WHERE reviewer_id IN ({_in_list(members)})),
t AS (SELECT target FROM g GROUP BY target HAVING COUNT(DISTINCT reviewer_id) >= 2)
SELECT g.id, g.target, g.seller_id, g.rating FROM g JOIN t ON t.target = g.target ORDER BY g.id""",
        )
        ratings = [r for r in revs.column("rating").to_pylist() if r is not None]
        found.append(
            Finding(
                kind="review_collusion",
                entity_type="review",
                entity_ids=tuple(str(x) for x in revs.column("id").to_pylist()),
                score=float(np.log2(len(members)) + jac[e].mean() + np.log2(shared[e].mean())),
                window=str(window),
                evidence={
                    "reviewers": members,
                    "pairs": int(e.sum()),
                    "mean_jaccard": round(float(jac[e].mean()), 3),
                    "mean_shared_targets": round(float(shared[e].mean()), 2),
                    "targets": sorted({str(x) for x in revs.column("target").to_pylist()})[:50],
                    "sellers": sorted({str(x) for x in revs.column("seller_id").to_pylist() if x})[
                        :50
                    ],
                    "mean_rating": round(float(np.mean(ratings)), 2) if ratings else None,
                },
                suggested_action="remove_reviews",
                key=",".join(members),
            )
        )
    found.sort(key=lambda f: -f.score)
    return found[: p.max_findings]
