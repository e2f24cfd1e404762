"""Linked-account rings: connected components over shared identifying attributes.

Accounts sharing a device, payment instrument, bank account, address or phone are
linked; a component of several seller accounts is a ring (one operator behind many
shops, or a re-registered banned seller). Values shared by very many accounts — a
marketplace warehouse address, a carrier's shared NAT device fingerprint — are *hubs*
that would weld the whole market into one component, so a value is ignored when more
than ``hub_threshold`` distinct accounts carry it.

Two component algorithms with identical output (each node labelled by the smallest
node index in its component):

* :func:`components_scipy` — ``scipy.sparse.csgraph`` (one machine, fastest);
* :func:`large_star_small_star` — Kiveris et al., *Connected Components in MapReduce
  and Beyond* (SoCC 2014), written as whole-array edge-list passes (no per-node Python
  loops) so each step maps onto a DataFrame ``groupBy(min)`` + ``join`` on Spark.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from mamori.discovery.findings import Finding
from mamori.discovery.runner import DiscoveryRunner, run
from mamori.discovery.window import Window


@dataclass(frozen=True, slots=True)
class RingParams:
    # A value carried by more accounts than this is a hub (warehouse, shared office
    # network) and links nothing. 25 sits far above any household (≤ 6) and far below
    # the fulfilment centres of a real marketplace (thousands).
    hub_threshold: int = 25
    min_sellers: int = 2  # a ring has at least this many seller accounts …
    min_accounts: int = 3  # … and this many accounts, unless they share ≥ 2 attribute kinds
    max_findings: int = 500


def link_edges_sql(hub_threshold: int) -> str:
    """Star edges (account → smallest account sharing the value) for non-hub values.

    Unordered on purpose: components and the per-component attribute counts do not
    depend on edge order, and sorting millions of string pairs is the costliest step.
    """
    h = int(hub_threshold)
    # Filter values first (few are shared), then touch the link rows once: DISTINCT
    # over every link row would be the costliest step at millions of accounts.
    return f"""
WITH l AS (
  SELECT account_id, account_type, attribute, value_hash FROM account_links
  WHERE account_id IS NOT NULL AND value_hash IS NOT NULL AND attribute IS NOT NULL),
v AS (
  SELECT attribute, value_hash, MIN(account_id) AS root,
    ARG_MIN(account_type, account_id) AS root_type
  FROM l GROUP BY attribute, value_hash
  HAVING COUNT(DISTINCT account_id) BETWEEN 2 AND {h})
SELECT DISTINCT l.account_id AS src, l.account_type AS src_type, v.root AS dst,
  v.root_type AS dst_type, l.attribute AS attribute
FROM l JOIN v ON l.attribute = v.attribute AND l.value_hash = v.value_hash
WHERE l.account_id <> v.root"""


def components_scipy(src: np.ndarray, dst: np.ndarray, n: int) -> np.ndarray:
    """Component label per node = smallest node index in its component."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    if n == 0:
        return np.zeros(0, dtype=np.int64)
    g = coo_matrix((np.ones(len(src), dtype=np.int8), (src, dst)), shape=(n, n)).tocsr()
    _, lab = connected_components(g, directed=True, connection="weak")
    # Relabel each component by its smallest member, the large-star/small-star fixpoint.
    # Nodes are visited in index order, so the first node seen per label is its minimum.
    _, first_index = np.unique(lab, return_index=True)
    return np.asarray(first_index[lab], dtype=np.int64)


def _dedupe(u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct (u, v) pairs, sorted — one int64 key per pair (u·2³² + v), which sorts
    an order of magnitude faster than ``np.unique(axis=0)`` on a 2-column array."""
    if len(u) == 0:
        return u, v
    keys = np.sort((u.astype(np.int64) << np.int64(32)) | v.astype(np.int64))
    keys = keys[np.concatenate([[True], keys[1:] != keys[:-1]])]
    return keys >> np.int64(32), keys & np.int64(0xFFFFFFFF)


def _min_neighbour(n: int, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """m[x] = min(x, min of v over pairs with u == x) — ``groupBy(u).agg(min(v))`` on a
    DataFrame. Sort-based: ``np.minimum.at`` is an order of magnitude slower."""
    m = np.arange(n, dtype=np.int64)
    if len(u) == 0:
        return m
    packed = np.sort((u.astype(np.int64) << np.int64(32)) | v.astype(np.int64))
    us = packed >> np.int64(32)
    first = np.concatenate([[True], us[1:] != us[:-1]])
    keys = us[first]
    m[keys] = np.minimum(m[keys], packed[first] & np.int64(0xFFFFFFFF))
    return m


def large_star(n: int, u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each node x with m = min(Γ⁺(x)): connect every neighbour y > x to m."""
    a = np.concatenate([u, v])
    b = np.concatenate([v, u])
    m = _min_neighbour(n, a, b)
    keep = b > a
    return _dedupe(b[keep], m[a[keep]])


def small_star(n: int, u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Orient edges high → low; for each x with m = min(N(x) ∪ {x}) among smaller
    neighbours: connect x and each of those neighbours (≠ m) to m."""
    hi = np.maximum(u, v)
    lo = np.minimum(u, v)
    keep = hi != lo
    hi, lo = hi[keep], lo[keep]
    m = _min_neighbour(n, hi, lo)
    src = np.concatenate([lo, hi])
    dst = np.concatenate([m[hi], m[hi]])
    ok = src != dst
    return _dedupe(src[ok], dst[ok])


def large_star_small_star(
    src: np.ndarray, dst: np.ndarray, n: int, max_rounds: int = 100
) -> tuple[np.ndarray, int]:
    """Component labels (smallest node index) and the number of rounds taken.

    Alternates large-star and small-star until the edge set stops changing; converges
    in O(log² n) rounds (O(log n) observed). Pure numpy over edge lists: the Spark port
    replaces ``np.minimum.at`` by ``groupBy().min()`` and the gather by a join.

    >>> large_star_small_star(np.array([1, 3]), np.array([0, 2]), 4)[0].tolist()
    [0, 0, 2, 2]
    """
    if n >= 2**31:
        raise ValueError("large_star_small_star packs node ids in 32 bits; use the Spark port")
    u = np.asarray(src, dtype=np.int64)
    v = np.asarray(dst, dtype=np.int64)
    ok = u != v
    u, v = _dedupe(np.maximum(u[ok], v[ok]), np.minimum(u[ok], v[ok]))
    rounds = 0
    while rounds < max_rounds:
        rounds += 1
        lu, lv = large_star(n, u, v)
        su, sv = small_star(n, lu, lv)
        if len(su) == len(u) and np.array_equal(su, u) and np.array_equal(sv, v):
            break
        u, v = su, sv
    return _min_neighbour(n, u, v), rounds


def account_rings(
    runner: DiscoveryRunner, window: Window, params: RingParams | None = None
) -> list[Finding]:
    """Components of linked accounts with enough seller members, scored."""
    p = params or RingParams()
    if not runner.has_table("account_links"):
        return []
    edges = run(runner, link_edges_sql(p.hub_threshold))
    if edges.num_rows == 0:
        return []
    # Only accounts that have an edge can be in a ring; number them in sorted order so
    # labels (smallest member) do not depend on the engine's row order.
    ends = pa.chunked_array(edges.column("src").chunks + edges.column("dst").chunks)
    nodes_arr = pc.unique(ends)
    nodes_arr = nodes_arr.take(pc.sort_indices(nodes_arr))
    s = np.asarray(
        pc.index_in(edges.column("src"), value_set=nodes_arr).to_numpy(zero_copy_only=False)
    )
    d = np.asarray(
        pc.index_in(edges.column("dst"), value_set=nodes_arr).to_numpy(zero_copy_only=False)
    )
    n = len(nodes_arr)
    # A runner may bring its own component algorithm (Spark: large-star/small-star on
    # DataFrames, engines/discovery_spark.py); every one labels a node by its
    # component's smallest member, as scipy does here, so findings are identical.
    components = getattr(runner, "components", components_scipy)
    labels = components(s, d, n)
    sizes = np.bincount(labels, minlength=n)
    candidates = np.nonzero(sizes >= 2)[0]
    if len(candidates) == 0:
        return []
    nodes = np.asarray(nodes_arr.to_pylist(), dtype=object)
    is_seller = np.zeros(n, dtype=bool)
    for idx, col in ((s, "src_type"), (d, "dst_type")):
        seller_edge = np.asarray(
            pc.equal(edges.column(col), "seller").fill_null(False).to_numpy(zero_copy_only=False)
        )
        is_seller[idx[seller_edge]] = True
    per = (
        pa.table({"c": labels[s], "a": edges.column("attribute")})
        .group_by(["c", "a"])
        .aggregate([("a", "count")])
    )
    comp_attrs: dict[int, dict[str, int]] = {}
    for c, a, k in zip(
        per.column("c").to_pylist(),
        per.column("a").to_pylist(),
        per.column("a_count").to_pylist(),
        strict=True,
    ):
        comp_attrs.setdefault(c, {})[a] = k
    seller_count = np.bincount(labels, weights=is_seller.astype(np.float64), minlength=n)
    status, gmv = _seller_context(runner)
    found: list[Finding] = []
    # Filter components on counts first, so the Python loop only sees rings.
    keep = [
        c
        for c in candidates.tolist()
        if seller_count[c] >= p.min_sellers
        and (sizes[c] >= p.min_accounts or len(comp_attrs.get(c, {})) >= 2)
    ]
    order = np.argsort(labels, kind="stable")
    bounds = np.searchsorted(labels[order], keep)
    for comp, start in zip(keep, bounds.tolist(), strict=True):
        idx = order[start : start + sizes[comp]]
        members = nodes[idx].tolist()
        sellers = nodes[idx[is_seller[idx]]].tolist()
        seller_set = set(sellers)
        buyers = [m for m in members if m not in seller_set]
        kinds = comp_attrs.get(comp, {})
        suspended = [m for m in sellers if status.get(m) in {"suspended", "terminated"}]
        ring_gmv = sum(gmv.get(m, 0) for m in sellers)
        score = (
            np.log2(len(members))
            + 0.5 * len(kinds)
            + 2.0 * len(suspended) / len(sellers)
            + 0.25 * np.log10(1 + ring_gmv)
        )
        found.append(
            Finding(
                kind="account_ring",
                entity_type="seller" if len(sellers) == len(members) else "account",
                entity_ids=tuple(members),
                score=float(score),
                window=str(window),
                evidence={
                    "accounts": len(members),
                    "sellers": sellers,
                    "buyers": buyers,
                    "shared_attributes": kinds,
                    "suspended_sellers": suspended,
                    "gmv": ring_gmv,
                    "hub_threshold": p.hub_threshold,
                },
                suggested_action="hold_payout" if suspended else "open_case",
            )
        )
    found.sort(key=lambda f: -f.score)
    return found[: p.max_findings]


def _seller_context(runner: DiscoveryRunner) -> tuple[dict[str, str], dict[str, int]]:
    status: dict[str, str] = {}
    gmv: dict[str, int] = {}
    if runner.has_table("sellers") and "status" in runner.columns("sellers"):
        t = run(runner, "SELECT id, status FROM sellers")
        status = dict(zip(t.column("id").to_pylist(), t.column("status").to_pylist(), strict=True))
    if runner.has_table("orders"):
        t = run(
            runner,
            "SELECT seller_id, CAST(SUM(COALESCE(amount, 0)) AS BIGINT) AS gmv FROM orders "
            "WHERE status <> 'cancelled' OR status IS NULL GROUP BY seller_id",
        )
        gmv = {
            k: int(v or 0)
            for k, v in zip(
                t.column("seller_id").to_pylist(), t.column("gmv").to_pylist(), strict=True
            )
        }
    return status, gmv


def as_arrow(labels: np.ndarray, nodes: np.ndarray) -> pa.Table:
    """(node, component) table — the shape the Spark port returns."""
    return pa.table({"node": nodes, "component": nodes[labels]})
