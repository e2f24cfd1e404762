"""Near-duplicate listing clusters: MinHash LSH, partitioned by a blocking key.

A counterfeit or spam wave is the same listing posted many times with small edits,
usually from several fresh shops. Every hashing step is explicit so another engine
(Spark ``mapInArrow`` per partition) reproduces the same sets:

1. text = ``skeleton(title) + " " + skeleton(description)[:desc_chars]`` (``textnorm``);
2. shingles = character 3-grams; shingle id = the three code points packed into
   63 bits (``c0 << 42 | c1 << 21 | c2``), then mixed by splitmix64;
3. signatures = rensa ``RMinHash`` (``num_perm``, ``seed``) over those u64 ids;
4. LSH: ``bands × rows = num_perm``; band key = Σ sig[j]·K_j (mod 2⁶⁴) with fixed odd
   constants K_j; in each bucket every member is linked to the bucket's smallest id if
   their estimated Jaccard ≥ ``threshold`` (star edges: O(bucket) not O(bucket²));
5. connected components of the verified edges (scipy) per partition, split around
   centres (``centred_clusters``) so similarity does not chain through shared
   template sentences;
6. a *wave* is a time-dense part of a component: at least ``min_size`` members from
   ``min_sellers`` sellers created within ``wave_days``, at ≥ ``min_burst`` × the rate
   the partition as a whole was listing then. The same product listed by many honest
   resellers over two years is a cluster too, but not a wave; a counterfeit or spam
   campaign pastes its copies within days.

Memory: one partition (a category) at a time, signatures as a (n × num_perm) uint32
matrix — 256 bytes per listing at 64 permutations, 256 MB per million.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from mamori.discovery.findings import Finding
from mamori.discovery.rings import components_scipy
from mamori.discovery.runner import DiscoveryRunner, run
from mamori.discovery.textnorm import fold_many
from mamori.discovery.window import Window

_MASK21 = np.uint64((1 << 21) - 1)


@dataclass(frozen=True, slots=True)
class DuplicateParams:
    num_perm: int = 64
    bands: int = 16  # rows per band = num_perm // bands; S-curve midpoint ≈ (1/b)^(1/r)
    threshold: float = 0.7  # estimated Jaccard of 3-gram sets to count as a duplicate
    seed: int = 20260901
    # The title plus the lead of the description: the tail of a description is mostly
    # shop boilerplate (shipping, returns) that honest listings share too.
    desc_chars: int = 30
    min_size: int = 5  # listings in a wave …
    min_sellers: int = 2  # … from at least this many sellers …
    wave_days: int | None = 14  # … created within this many days (None: any time) …
    min_burst: float = 2.0  # … at ≥ this × the partition's own creation rate then
    max_centres: int = 200  # centres tried per LSH component (bounds the work)
    block_by: str = "category"  # blocking key column (None-safe)
    batch_rows: int = 100_000  # hashing batch size inside a partition
    max_findings: int = 1000


def splitmix64(x: np.ndarray) -> np.ndarray:
    """The splitmix64 finaliser (Steele et al. 2014), vectorised, wrapping mod 2⁶⁴.

    >>> int(splitmix64(np.array([0], dtype=np.uint64))[0])
    16294208416658607535
    """
    with np.errstate(over="ignore"):
        z = np.asarray(x, dtype=np.uint64) + np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def shingle_hashes(texts: list[str], n: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """Flat u64 shingle hashes and row offsets (len(texts) + 1) for rensa.

    Texts shorter than ``n`` contribute their whole text as one shingle so they still
    get a signature (empty text → no shingles → its own bucket of empties, ignored).
    """
    if not texts:
        return np.zeros(0, np.uint64), np.zeros(1, np.uint64)
    joined = "".join(texts)
    cps = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    lens = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
    counts = np.where(lens >= n, lens - n + 1, np.minimum(lens, 1))
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.uint64)
    total = int(offsets[-1])
    if total == 0:
        return np.zeros(0, np.uint64), offsets
    row = np.repeat(np.arange(len(texts)), counts)
    pos = np.arange(total) - offsets[:-1].astype(np.int64)[row] + starts[row]
    end = (starts + lens)[row]
    packed = np.zeros(total, dtype=np.uint64)
    for k in range(n):
        idx = pos + k
        valid = idx < end
        c = np.where(valid, cps[np.minimum(idx, max(len(cps) - 1, 0))], 0) & _MASK21
        packed |= c << np.uint64(21 * (n - 1 - k))
    return splitmix64(packed), offsets


def signatures(texts: list[str], num_perm: int, seed: int) -> np.ndarray:
    """(len(texts) × num_perm) uint32 MinHash matrix (rensa RMinHash semantics)."""
    import rensa

    if not texts:
        return np.zeros((0, num_perm), dtype=np.uint32)
    hashes, offsets = shingle_hashes(texts)
    m = rensa.RMinHash.digest_matrix_from_flat_token_hashes(hashes, offsets, num_perm, seed)
    return np.asarray(m.to_rows(), dtype=np.uint32).reshape(len(texts), num_perm)


_BAND_K = splitmix64(np.arange(1, 257, dtype=np.uint64)) | np.uint64(1)


def lsh_edges(sig: np.ndarray, bands: int, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """Verified star edges (i → smallest j in a shared bucket) over a signature matrix."""
    n, k = sig.shape
    if n < 2:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    r = k // bands
    src: list[np.ndarray] = []
    dst: list[np.ndarray] = []
    idx = np.arange(n, dtype=np.int64)
    wide = sig.astype(np.uint64)
    for b in range(bands):
        with np.errstate(over="ignore"):
            key = (wide[:, b * r : (b + 1) * r] * _BAND_K[:r]).sum(axis=1, dtype=np.uint64)
        order = np.lexsort((idx, key))
        ks = key[order]
        new = np.concatenate([[True], ks[1:] != ks[:-1]])
        group_start = np.maximum.accumulate(np.where(new, np.arange(n), 0))
        root = order[group_start]
        member = ~new
        s, d = order[member], root[member]
        if len(s) == 0:
            continue
        sim = (sig[s] == sig[d]).mean(axis=1)
        ok = sim >= threshold
        src.append(s[ok])
        dst.append(d[ok])
    if not src:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    s_all = np.concatenate(src)
    d_all = np.concatenate(dst)
    if len(s_all) == 0:
        return s_all, d_all
    pairs = np.unique(np.stack([s_all, d_all], axis=1), axis=0)
    return pairs[:, 0], pairs[:, 1]


def cluster_texts(texts: list[str], params: DuplicateParams | None = None) -> np.ndarray:
    """Cluster label (smallest member index) per text; singletons label themselves.

    >>> cluster_texts(["限定 ヴィトン風 バッグ 本革 新品", "限定 ヴィトン風 バッグ 本革 新品!", "無関係な商品説明文です"]).tolist()
    [0, 0, 2]
    """
    p = params or DuplicateParams()
    folded = fold_many(texts)
    sig = signatures(folded, p.num_perm, p.seed)
    empty = np.fromiter((len(t) == 0 for t in folded), dtype=bool, count=len(folded))
    s, d = lsh_edges(sig, p.bands, p.threshold)
    keep = ~(empty[s] | empty[d]) if len(s) else np.zeros(0, bool)
    return components_scipy(s[keep], d[keep], len(texts))


def _partitions(runner: DiscoveryRunner, key: str) -> list[str | None]:
    if key not in runner.columns("listings"):
        return [None]
    t = run(runner, f"SELECT DISTINCT {key} AS k FROM listings ORDER BY k")
    return [v for v in t.column("k").to_pylist()]


def _partition_rows(runner: DiscoveryRunner, key: str, value: str | None) -> pa.Table:
    cols = [
        c
        for c in ("id", "seller_id", "title", "description", "created_at")
        if c in runner.columns("listings")
    ]
    sel = ", ".join(cols)
    if value is None:
        where = f"WHERE {key} IS NULL" if key in runner.columns("listings") else ""
    else:
        where = f"WHERE {key} = '" + value.replace("'", "''") + "'"
    return run(runner, f"SELECT {sel} FROM listings {where} ORDER BY id")


def duplicate_clusters(
    runner: DiscoveryRunner,
    window: Window,
    params: DuplicateParams | None = None,
    on_partition: Callable[[int, int], None] | None = None,
) -> list[Finding]:
    """Clusters of near-identical listings spanning several sellers."""
    p = params or DuplicateParams()
    if not runner.has_table("listings"):
        return []
    found: list[Finding] = []
    parts = _partitions(runner, p.block_by)
    for i, value in enumerate(parts):
        rows = _partition_rows(runner, p.block_by, value)
        found.extend(_clusters_in_partition(rows, value, window, p))
        if on_partition:
            on_partition(i + 1, len(parts))
    found.sort(key=lambda f: -f.score)
    return found[: p.max_findings]


def _texts(rows: pa.Table, desc_chars: int) -> list[str]:
    n = rows.num_rows
    titles = fold_many(
        rows.column("title").to_pylist() if "title" in rows.column_names else [None] * n
    )
    descs = fold_many(
        rows.column("description").to_pylist() if "description" in rows.column_names else [None] * n
    )
    return [t + " " + d[:desc_chars] if d else t for t, d in zip(titles, descs, strict=True)]


def _clusters_in_partition(
    rows: pa.Table, block: str | None, window: Window, p: DuplicateParams
) -> list[Finding]:
    n = rows.num_rows
    if n < p.min_size:
        return []
    texts = _texts(rows, p.desc_chars)
    sig = np.concatenate(
        [
            signatures(texts[i : i + p.batch_rows], p.num_perm, p.seed)
            for i in range(0, n, p.batch_rows)
        ]
    )
    empty = np.fromiter((len(t) == 0 for t in texts), dtype=bool, count=n)
    s, d = lsh_edges(sig, p.bands, p.threshold)
    keep = ~(empty[s] | empty[d]) if len(s) else np.zeros(0, bool)
    labels = components_scipy(s[keep], d[keep], n)
    sizes = np.bincount(labels, minlength=n)
    degree = np.bincount(np.concatenate([s[keep], d[keep]]), minlength=n)
    ids = rows.column("id").to_pylist()
    sellers = rows.column("seller_id").to_pylist()
    created = _created_days(rows)
    known = created[np.isfinite(created)]
    found: list[Finding] = []
    order = np.argsort(labels, kind="stable")
    sorted_labels = labels[order]
    for comp in np.nonzero(sizes >= p.min_size)[0].tolist():
        lo = int(np.searchsorted(sorted_labels, comp))
        component = order[lo : lo + sizes[comp]]
        for cluster in centred_clusters(
            component, sig, degree, p.threshold, p.min_size, p.max_centres
        ):
            for members in waves(cluster, created, p.wave_days, p.min_size):
                burst = _burst_ratio(members, cluster, created, known, p.wave_days)
                if burst < p.min_burst:
                    continue
                f = _wave_finding(
                    members,
                    len(cluster),
                    sig,
                    ids,
                    sellers,
                    texts,
                    created,
                    block,
                    window,
                    p,
                    burst,
                )
                if f is not None:
                    found.append(f)
    return found


def centred_clusters(
    component: np.ndarray,
    sig: np.ndarray,
    degree: np.ndarray,
    threshold: float,
    min_size: int,
    max_centres: int = 200,
) -> list[np.ndarray]:
    """Split a component into clusters around centres, so similarity does not chain.

    LSH components are transitive: A≈B, B≈C, … can join listings that share nothing
    (a template sentence here, a brand there). Visiting members by edge degree (most
    connected first, then index), each unassigned member becomes a centre and takes
    every unassigned member whose estimated Jaccard with it is ≥ ``threshold``.

    >>> sig = np.array([[1, 1, 1, 1], [1, 1, 1, 2], [1, 1, 2, 2], [1, 2, 2, 2]], np.uint32)
    >>> [c.tolist() for c in centred_clusters(np.arange(4), sig, np.array([1, 2, 2, 1]), 0.7, 2)]
    [[0, 1, 2]]
    """
    todo = component[np.lexsort((component, -degree[component]))]
    free = np.ones(len(todo), dtype=bool)
    out: list[np.ndarray] = []
    for i in range(len(todo)):
        if free.sum() < min_size or len(out) >= max_centres:
            break
        if not free[i]:
            continue
        cand = np.flatnonzero(free)
        sim = (sig[todo[cand]] == sig[todo[i]]).mean(axis=1)
        take = cand[sim >= threshold]
        free[take] = False
        if len(take) >= min_size:
            out.append(np.sort(todo[take]))
    return out


def _burst_ratio(
    members: np.ndarray,
    cluster: np.ndarray,
    created: np.ndarray,
    known: np.ndarray,
    days: int | None,
) -> float:
    """How much more of the cluster than of the whole partition was created in the
    wave's window: (members / cluster) ÷ (partition listings in the window / partition).
    A paste campaign is ≫ 1; honest resellers of one product follow the market (≈ 1)."""
    t = created[members]
    if days is None or not np.isfinite(t).any() or len(known) == 0:
        return float("inf")
    lo, hi = float(np.nanmin(t)), float(np.nanmin(t)) + days
    share_market = float(((known >= lo) & (known <= hi)).mean())
    share_cluster = len(members) / len(cluster)
    return share_cluster / share_market if share_market > 0 else float("inf")


def _created_days(rows: pa.Table) -> np.ndarray:
    """Creation time in fractional days since the epoch (NaN when missing)."""
    if "created_at" not in rows.column_names:
        return np.full(rows.num_rows, np.nan)
    us = rows.column("created_at").cast(pa.timestamp("us")).cast(pa.int64())
    v = np.asarray(us.to_numpy(zero_copy_only=False), dtype=np.float64)
    return v / 86_400_000_000.0


def waves(
    members: np.ndarray, created: np.ndarray, days: int | None, min_size: int
) -> list[np.ndarray]:
    """Time-dense subsets of a component: repeatedly take the ``days``-long window with
    the most members (earliest on ties) while it holds ≥ ``min_size``.

    >>> [w.tolist() for w in waves(np.arange(6), np.array([0, 1, 2, 50, 51, 90.0]), 7, 2)]
    [[0, 1, 2], [3, 4]]
    """
    if days is None:
        return [members] if len(members) >= min_size else []
    t = created[members]
    known = ~np.isnan(t)
    rest = members[known][np.argsort(t[known], kind="stable")]
    out: list[np.ndarray] = []
    while len(rest) >= min_size:
        tt = created[rest]
        ends = np.searchsorted(tt, tt + days, side="right")
        counts = ends - np.arange(len(tt))
        i = int(np.argmax(counts))
        if counts[i] < min_size:
            break
        out.append(np.sort(rest[i : ends[i]]))
        rest = np.concatenate([rest[:i], rest[ends[i] :]])
    return out


def _wave_finding(
    members: np.ndarray,
    component_size: int,
    sig: np.ndarray,
    ids: list[object],
    sellers: list[object],
    texts: list[str],
    created: np.ndarray,
    block: str | None,
    window: Window,
    p: DuplicateParams,
    burst: float = float("inf"),
) -> Finding | None:
    member_sellers = sorted({str(sellers[m]) for m in members if sellers[m] is not None})
    if len(member_sellers) < p.min_sellers:
        return None
    sims = (sig[members] == sig[members[0]]).mean(axis=1)
    t = created[members]
    span = f"{_day(np.nanmin(t))}/{_day(np.nanmax(t))}" if np.isfinite(t).any() else str(window)
    return Finding(
        kind="duplicate_cluster",
        entity_type="listing",
        entity_ids=tuple(str(ids[m]) for m in members),
        score=float(np.log2(len(members)) + np.log2(len(member_sellers)) + sims.mean()),
        window=span,
        evidence={
            "listings": len(members),
            "sellers": member_sellers,
            "block": {p.block_by: block},
            "example_texts": [texts[m][:120] for m in members[:3]],
            "mean_similarity_to_first": round(float(sims.mean()), 3),
            "cluster_size": component_size,
            "burst_ratio": round(burst, 2) if np.isfinite(burst) else None,
            "minhash": {
                "num_perm": p.num_perm,
                "bands": p.bands,
                "seed": p.seed,
                "threshold": p.threshold,
                "shingle": "char3",
            },
            "wave": len(member_sellers) >= 3,
        },
        suggested_action="delist" if len(member_sellers) >= 3 else "review",
    )


def _day(days_since_epoch: float) -> str:
    import datetime as dt

    return (dt.date(1970, 1, 1) + dt.timedelta(days=int(days_since_epoch))).isoformat()
