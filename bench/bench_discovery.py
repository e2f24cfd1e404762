"""Discovery benchmarks: seller features, near-duplicate waves, account rings.

* seller features over 10 M orders (quick: 200 k) — mamori's engine-neutral feature
  plan on DuckDB vs one hand-written DuckDB query over the same Parquet files (target
  ≤ 1.5×). The orders are generated with numpy, not the synth CLI, to stay fast.
* duplicate clusters over 1 M titles (quick: 50 k) — mamori (rensa signatures, banded
  LSH with star edges, scipy components, partitioned by category) vs datasketch with
  its defaults (MinHash 128 perms + MinHashLSH insert/query) on a sample it can finish,
  compared per title; time and peak memory, each in its own child process.
* account rings over 1 M accounts (quick: 50 k) — SQL star edges + scipy components
  vs networkx ``connected_components`` on a sample, per edge; plus large-star/small-star.

Each measurement of memory runs in a fresh child process (``ru_maxrss``).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- data


def _ids(prefix: str, idx: np.ndarray) -> Any:
    import pyarrow as pa
    import pyarrow.compute as pc

    return pc.binary_join_element_wise(prefix, pa.array(idx).cast(pa.string()), "")


def write_orders(d: Path, n_orders: int, seed: int = 0) -> None:
    """Orders, listings and sellers with numpy + Arrow only (no Python row loop)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rng = np.random.default_rng(seed)
    n_sellers = max(200, n_orders // 200)
    n_listings = max(1000, n_orders // 20)
    cats = np.array(["cosmetics", "food", "apparel", "toy", "general", "electrical"])
    l_seller = rng.integers(0, n_sellers, n_listings)
    l_price = (rng.lognormal(8, 0.7, n_listings)).astype(np.int64)
    end_us = 1_793_000_000_000_000
    day = 86_400_000_000
    pq.write_table(
        pa.table(
            {
                "id": _ids("S", np.arange(n_sellers)),
                "registered_at": pa.array(
                    end_us - rng.integers(30, 2000, n_sellers) * day, pa.timestamp("us")
                ),
                "status": pa.array(np.where(rng.random(n_sellers) < 0.02, "suspended", "active")),
            }
        ),
        d / "sellers.parquet",
    )
    pq.write_table(
        pa.table(
            {
                "id": _ids("L", np.arange(n_listings)),
                "seller_id": _ids("S", l_seller),
                "category": pa.array(cats[rng.integers(0, len(cats), n_listings)]),
                "price": pa.array(l_price),
                "created_at": pa.array(
                    end_us - rng.integers(0, 365, n_listings) * day, pa.timestamp("us")
                ),
            }
        ),
        d / "listings.parquet",
    )
    chunk = 2_000_000
    writer = None
    for start in range(0, n_orders, chunk):
        m = min(chunk, n_orders - start)
        li = rng.integers(0, n_listings, m)
        u = rng.random(m)
        t = pa.table(
            {
                "id": _ids("O", np.arange(start, start + m)),
                "listing_id": _ids("L", li),
                "seller_id": _ids("S", l_seller[li]),
                "buyer_id": _ids("B", rng.integers(0, n_orders // 5 + 1, m)),
                "amount": pa.array(l_price[li]),
                "ordered_at": pa.array(end_us - rng.integers(0, 180 * day, m), pa.timestamp("us")),
                "status": pa.array(
                    np.where(u < 0.03, "refunded", np.where(u < 0.05, "cancelled", "completed"))
                ),
                "late": pa.array(rng.random(m) < 0.05),
            }
        )
        if writer is None:
            writer = pq.ParquetWriter(d / "orders.parquet", t.schema)
        writer.write_table(t)
    if writer is not None:
        writer.close()


HAND_SQL = """
WITH b AS (SELECT MAX(ordered_at) AS as_of FROM read_parquet('{d}/orders.parquet')),
o AS (SELECT seller_id, COUNT(*) AS orders,
        COUNT(*) FILTER (status = 'refunded') AS refunds,
        COUNT(*) FILTER (status = 'cancelled') AS cancels,
        COUNT(*) FILTER (late) AS lates,
        SUM(amount) AS gmv,
        SUM(amount) FILTER (ordered_at > as_of - INTERVAL 30 DAY) AS gmv_recent,
        SUM(amount) FILTER (ordered_at <= as_of - INTERVAL 30 DAY AND ordered_at > as_of - INTERVAL 60 DAY) AS gmv_prev
      FROM read_parquet('{d}/orders.parquet'), b GROUP BY seller_id),
c AS (SELECT category, MEDIAN(price) AS m FROM read_parquet('{d}/listings.parquet') GROUP BY category),
l AS (SELECT seller_id, COUNT(*) AS listings,
        COUNT(*) FILTER (created_at > as_of - INTERVAL 30 DAY) AS listing_velocity,
        MEDIAN(price / m) AS price_position
      FROM read_parquet('{d}/listings.parquet') JOIN c USING (category), b GROUP BY seller_id)
SELECT o.*, l.listings, l.listing_velocity, l.price_position,
       date_diff('day', s.registered_at, b.as_of) AS account_age_days
FROM o CROSS JOIN b LEFT JOIN l USING (seller_id)
LEFT JOIN read_parquet('{d}/sellers.parquet') s ON s.id = o.seller_id
"""


def _best_of(fn: Any, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def bench_features(n_orders: int, repeat: int) -> dict[str, dict[str, Any]]:
    import duckdb

    from mamori.discovery.features import seller_features, seller_risk_table
    from mamori.engines.discovery_duckdb import DuckDBDiscoveryRunner

    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        write_orders(d, n_orders)
        runner = DuckDBDiscoveryRunner.from_dir(d)
        con = duckdb.connect()
        seller_features(runner)  # warm both: imports, plan cache, file metadata
        con.sql(HAND_SQL.format(d=d)).to_arrow_table()
        ours = _best_of(lambda: seller_features(runner), repeat)
        t0 = time.perf_counter()
        seller_risk_table(seller_features(runner))
        with_score = time.perf_counter() - t0
        hand = _best_of(lambda: con.sql(HAND_SQL.format(d=d)).to_arrow_table(), repeat)
        runner.close()
    label = f"{n_orders / 1e6:g}M" if n_orders >= 1_000_000 else f"{n_orders // 1000}k"
    return {
        f"discovery.seller_features_{label}_orders_s": {
            "value": ours,
            "unit": "s",
            "baseline_value": hand,
            "ratio": ours / hand,
            "note": f"hand-written DuckDB query; target ratio ≤ 1.5; with scoring {with_score:.2f} s",
        }
    }


# ------------------------------------------------------------------ near-duplicates

_WORDS = [
    "綿",
    "麻",
    "シルク",
    "木製",
    "陶器",
    "北欧",
    "和風",
    "花柄",
    "無地",
    "ストライプ",
    "レトロ",
    "モダン",
    "軽量",
    "大容量",
    "防水",
    "撥水",
    "折りたたみ",
    "携帯",
    "充電式",
    "保温",
    "保冷",
    "手作り",
    "天然",
    "国産",
    "限定色",
    "ギフト",
    "春夏",
    "秋冬",
    "ベーシック",
    "スリム",
    "ワイド",
    "ミニ",
    "ロング",
    "ショート",
    "ハンドメイド",
    "アンティーク",
    "カジュアル",
    "フォーマル",
    "キッズ",
    "メンズ",
    "レディース",
    "ペット用",
    "アウトドア",
    "キッチン",
    "収納",
    "インテリア",
    "文具",
    "玩具",
    "マグカップ",
    "トートバッグ",
    "Tシャツ",
    "ワンピース",
    "茶碗",
    "タオル",
    "クッション",
    "ランプ",
    "時計",
    "財布",
    "ノート",
    "水筒",
    "弁当箱",
    "帽子",
    "靴下",
]


def make_titles(n: int, seed: int = 0) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Titles (5 random words + a model number), 2 % planted in waves of 10 edited
    copies; returns titles, category index, wave id (−1 for background)."""
    rng = np.random.default_rng(seed)
    words = np.array(_WORDS)
    picks = rng.integers(0, len(words), (n, 5))
    nums = rng.integers(100, 99999, n)
    titles = [" ".join(words[p]) + f" {k}" for p, k in zip(picks, nums, strict=True)]
    cats = rng.integers(0, 12, n)
    wave = np.full(n, -1)
    n_waves = max(1, n // 500)
    for w in range(n_waves):
        idx = rng.choice(n, 10, replace=False)
        base = titles[idx[0]] + " 送料無料 限定セール"
        for j, i in enumerate(idx):
            titles[i] = base + ("" if j == 0 else " ★" * int(rng.integers(1, 3)))
            cats[i] = cats[idx[0]]
            wave[i] = w
    return titles, cats, wave


def _dup_mine(n: int) -> dict[str, Any]:
    from mamori.discovery.duplicates import DuplicateParams, cluster_texts

    titles, cats, wave = make_titles(n)
    cluster_texts(titles[:100])  # warm imports (rensa, scipy, mamori.text)
    t0 = time.perf_counter()
    labels = np.empty(n, dtype=np.int64)
    for c in np.unique(cats):  # partitioned by category, as the detector does
        idx = np.flatnonzero(cats == c)
        lab = cluster_texts([titles[i] for i in idx], DuplicateParams())
        labels[idx] = idx[lab]
    elapsed = time.perf_counter() - t0
    return {"seconds": elapsed, "recall": _pair_recall(labels, wave)}


def _dup_datasketch(n: int) -> dict[str, Any]:
    from datasketch import MinHash, MinHashLSH

    titles, _cats, wave = make_titles(n)
    t0 = time.perf_counter()
    lsh = MinHashLSH(threshold=0.7)  # defaults: num_perm=128
    shingles = [{t[i : i + 3].encode() for i in range(max(1, len(t) - 2))} for t in titles]
    sigs = MinHash.bulk(shingles)
    for i, m in enumerate(sigs):
        lsh.insert(i, m)
    labels = np.arange(n)
    for i, m in enumerate(sigs):  # union-find over query results
        for j in lsh.query(m):
            a, b = _find(labels, i), _find(labels, int(j))
            if a != b:
                labels[max(a, b)] = min(a, b)
    labels = np.array([_find(labels, i) for i in range(n)])
    return {"seconds": time.perf_counter() - t0, "recall": _pair_recall(labels, wave)}


def _find(parent: np.ndarray, i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = int(parent[i])
    return i


def _pair_recall(labels: np.ndarray, wave: np.ndarray) -> float:
    hit = total = 0
    for w in np.unique(wave[wave >= 0]):
        members = np.flatnonzero(wave == w)
        root = labels[members]
        counts = np.unique(root, return_counts=True)[1]
        hit += int((counts * (counts - 1) // 2).sum())
        total += len(members) * (len(members) - 1) // 2
    return hit / total if total else 1.0


# ------------------------------------------------------------------------ rings


def make_links(n_accounts: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(account index, value id) pairs: 3 attributes per account, values mostly unique,
    rings of 3–6 accounts sharing values, a hub value shared by 2 % of accounts."""
    rng = np.random.default_rng(seed)
    acc = np.repeat(np.arange(n_accounts), 3)
    val = np.arange(len(acc), dtype=np.int64)
    # Benign pairs: a third of accounts share an address with one other account.
    pairs = rng.choice(n_accounts, (n_accounts // 6, 2), replace=False)
    val[pairs[:, 1] * 3 + 1] = val[pairs[:, 0] * 3 + 1]
    n_rings = n_accounts // 100
    for _ in range(n_rings):
        members = rng.choice(n_accounts, int(rng.integers(3, 7)), replace=False)
        val[members * 3] = val[members[0] * 3]
    hub = rng.choice(n_accounts, max(30, n_accounts // 50), replace=False)
    val[hub * 3 + 2] = -1
    return acc, val


def _rings_mine(n: int) -> dict[str, Any]:
    import pyarrow as pa

    from mamori.discovery.rings import RingParams, account_rings
    from mamori.discovery.window import Window
    from mamori.engines.discovery_duckdb import DuckDBDiscoveryRunner

    acc, val = make_links(n)
    t = pa.table(
        {
            "id": _ids("K", np.arange(len(acc))),
            "account_id": _ids("A", acc),
            "account_type": pa.array(np.full(len(acc), "seller")),
            "attribute": pa.array(
                np.array(["device", "phone", "address"])[np.arange(len(acc)) % 3]
            ),
            "value_hash": _ids("v", val),
        }
    )
    import datetime as dt

    w = Window(dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    account_rings(DuckDBDiscoveryRunner({"account_links": t.slice(0, 3000)}), w)  # warm imports
    r = DuckDBDiscoveryRunner({"account_links": t})
    t0 = time.perf_counter()
    found = account_rings(
        r, Window(dt.date(2026, 1, 1), dt.date(2026, 1, 31)), RingParams(max_findings=10**9)
    )
    return {"seconds": time.perf_counter() - t0, "rings": len(found)}


def _edges(n: int) -> tuple[np.ndarray, np.ndarray, int]:
    acc, val = make_links(n)
    order = np.lexsort((acc, val))
    a, v = acc[order], val[order]
    first = np.concatenate([[True], v[1:] != v[:-1]])
    root = a[np.maximum.accumulate(np.where(first, np.arange(len(a)), 0))]
    sizes = np.bincount(np.cumsum(first) - 1)
    big = np.repeat(sizes > 25, sizes)  # the hub, as the detector's threshold does
    keep = ~first & ~big
    return a[keep], root[keep], n


def _rings_networkx(n: int) -> dict[str, Any]:
    import networkx as nx

    s, d, n = _edges(n)
    t0 = time.perf_counter()
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(zip(s.tolist(), d.tolist(), strict=True))
    t1 = time.perf_counter()
    comps = [c for c in nx.connected_components(g) if len(c) >= 3]
    t2 = time.perf_counter()
    return {"seconds": t2 - t0, "components_s": t2 - t1, "rings": len(comps), "edges": len(s)}


def _rings_pandas_networkx(n: int) -> dict[str, Any]:
    """End-to-end baseline from the same string link rows: pandas groupby for the shared
    values (hub threshold 25), networkx for the components, rings of ≥ 3 members."""
    import networkx as nx
    import pandas as pd

    acc, val = make_links(n)
    attrs = np.array(["device", "phone", "address"])[np.arange(len(acc)) % 3]
    df = pd.DataFrame(
        {
            "account_id": _ids("A", acc).to_pandas(),
            "attribute": attrs,
            "value_hash": _ids("v", val).to_pandas(),
        }
    )
    t0 = time.perf_counter()
    df = df.drop_duplicates()
    g = df.groupby(["attribute", "value_hash"])["account_id"]
    df["n"] = g.transform("size")
    df["root"] = g.transform("min")
    e = df[(df["n"] >= 2) & (df["n"] <= 25) & (df["account_id"] != df["root"])]
    graph = nx.Graph()
    graph.add_edges_from(zip(e["account_id"], e["root"], strict=True))
    rings = [sorted(c) for c in nx.connected_components(graph) if len(c) >= 3]
    return {"seconds": time.perf_counter() - t0, "rings": len(rings)}


def _rings_scipy_lsss(n: int) -> dict[str, Any]:
    from mamori.discovery.rings import components_scipy, large_star_small_star

    s, d, n = _edges(n)
    components_scipy(np.array([1]), np.array([0]), 2)  # warm the scipy import
    large_star_small_star(np.array([1]), np.array([0]), 2)
    t0 = time.perf_counter()
    a = components_scipy(s, d, n)
    t_scipy = time.perf_counter() - t0
    t0 = time.perf_counter()
    b, rounds = large_star_small_star(s, d, n)
    t_lsss = time.perf_counter() - t0
    assert np.array_equal(a, b)
    return {"scipy": t_scipy, "lsss": t_lsss, "rounds": rounds, "edges": len(s)}


CHILDREN = {
    "dup_mine": _dup_mine,
    "dup_datasketch": _dup_datasketch,
    "rings_mine": _rings_mine,
    "rings_networkx": _rings_networkx,
    "rings_pandas_networkx": _rings_pandas_networkx,
    "rings_lsss": _rings_scipy_lsss,
}


def _peak_mb() -> float:
    """VmHWM of this process (reset by exec, unlike ru_maxrss which survives it)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(name: str, n: int) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter; adds its peak RSS in MB."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(HERE.parent), str(HERE.parent / "src"), env.get("PYTHONPATH", "")]
    )
    out = subprocess.run(
        [sys.executable, "-m", "bench.bench_discovery", name, str(n)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=HERE.parent,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def run(quick: bool) -> dict[str, dict[str, Any]]:
    results: dict[str, dict[str, Any]] = {}
    n_orders = 200_000 if quick else 10_000_000
    results.update(bench_features(n_orders, repeat=1 if quick else 3))

    n_titles = 50_000 if quick else 1_000_000
    n_sample = 5_000 if quick else 50_000
    mine = _child("dup_mine", n_titles)
    base = _child("dup_datasketch", n_sample)
    per_mine = mine["seconds"] / n_titles
    per_base = base["seconds"] / n_sample
    results[f"discovery.duplicates_{n_titles // 1000}k_titles_s"] = {
        "value": mine["seconds"],
        "unit": "s",
        "baseline_value": per_base * n_titles,
        "ratio": per_mine / per_base,
        "note": (
            f"datasketch defaults on {n_sample:,} titles scaled per title; peak "
            f"{mine['peak_mb']:.0f} MB vs {base['peak_mb']:.0f} MB at {n_sample:,}; "
            f"pair recall {mine['recall']:.3f} vs {base['recall']:.3f}"
        ),
    }
    results[f"discovery.duplicates_{n_titles // 1000}k_titles_peak_mb"] = {
        "value": mine["peak_mb"],
        "unit": "MB",
        "baseline_value": base["peak_mb"],
        "ratio": mine["peak_mb"] / base["peak_mb"],
        "note": f"peak RSS; baseline holds only {n_sample:,} titles",
    }

    n_acc = 50_000 if quick else 1_000_000
    n_nx = 50_000 if quick else 300_000
    rm = _child("rings_mine", n_acc)
    rn = _child("rings_networkx", n_nx)
    rp = _child("rings_pandas_networkx", n_nx)
    rl = _child("rings_lsss", n_acc)
    results[f"discovery.rings_{n_acc // 1000}k_accounts_s"] = {
        "value": rm["seconds"],
        "unit": "s",
        "baseline_value": rp["seconds"] * n_acc / n_nx,
        "ratio": rm["seconds"] / (rp["seconds"] * n_acc / n_nx),
        "note": (
            f"whole detector vs pandas groupby + networkx from the same string link rows, "
            f"{n_nx:,} accounts scaled linearly; peak {rm['peak_mb']:.0f} MB vs "
            f"{rp['peak_mb']:.0f} MB at {n_nx:,}; {rm['rings']} rings"
        ),
    }
    per_nx = rn["components_s"] / n_nx
    results[f"discovery.ring_components_{n_acc // 1000}k_accounts_s"] = {
        "value": rl["scipy"],
        "unit": "s",
        "baseline_value": per_nx * n_acc,
        "ratio": rl["scipy"] / (per_nx * n_acc),
        "note": f"scipy csgraph vs networkx on the same integer edges ({n_nx:,} accounts, scaled)",
    }
    results[f"discovery.large_star_small_star_{n_acc // 1000}k_s"] = {
        "value": rl["lsss"],
        "unit": "s",
        "baseline_value": rl["scipy"],
        "ratio": rl["lsss"] / rl["scipy"],
        "note": f"numpy LSSS vs scipy csgraph, {rl['edges']:,} edges, {rl['rounds']} rounds, same labels",
    }
    return results


if __name__ == "__main__":
    name, n = sys.argv[1], int(sys.argv[2])
    res = CHILDREN[name](n)
    res["peak_mb"] = _peak_mb()
    print(json.dumps(res))
