from __future__ import annotations

import datetime as dt
import json

import networkx as nx
import numpy as np
import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from mamori.discovery.rings import (
    RingParams,
    account_rings,
    components_scipy,
    large_star_small_star,
)
from mamori.discovery.window import Window
from mamori.engines.discovery_duckdb import DuckDBDiscoveryRunner

from .conftest import of_kind


@st.composite
def graphs(draw: st.DrawFn) -> tuple[int, np.ndarray, np.ndarray]:
    n = draw(st.integers(1, 60))
    m = draw(st.integers(0, 120))
    src = draw(st.lists(st.integers(0, n - 1), min_size=m, max_size=m))
    dst = draw(st.lists(st.integers(0, n - 1), min_size=m, max_size=m))
    return n, np.array(src, dtype=np.int64), np.array(dst, dtype=np.int64)


@settings(max_examples=150, deadline=None)
@given(graphs())
def test_large_star_small_star_equals_scipy(g: tuple[int, np.ndarray, np.ndarray]) -> None:
    n, src, dst = g
    labels, rounds = large_star_small_star(src, dst, n)
    assert labels.tolist() == components_scipy(src, dst, n).tolist()
    assert rounds <= 2 * int(np.log2(n + 1)) + 3


def test_large_star_small_star_long_path_and_networkx() -> None:
    # A path is the worst case for label propagation; LSSS needs O(log n) rounds.
    n = 2000
    rng = np.random.default_rng(3)
    perm = rng.permutation(n)
    src, dst = perm[:-1], perm[1:]
    labels, rounds = large_star_small_star(src, dst, n)
    assert set(labels.tolist()) == {0}
    assert rounds < 40
    g = nx.Graph()
    g.add_nodes_from(range(n))
    extra = rng.integers(0, n, size=(300, 2))
    g.add_edges_from(extra.tolist())
    comps = {min(c): sorted(c) for c in nx.connected_components(g)}
    labels2, _ = large_star_small_star(extra[:, 0], extra[:, 1], n)
    for root, members in comps.items():
        assert set(labels2[members].tolist()) == {root}


def test_crafted_ring_found_exactly(all_findings: pa.Table, truth: dict[str, object]) -> None:
    rings = of_kind(all_findings, "account_ring")
    assert [r["entity_ids"] for r in rings] == [truth["ring"]]
    ev = json.loads(str(rings[0]["evidence"]))
    assert ev["suspended_sellers"] == ["S052"]
    assert ev["shared_attributes"] == {"device": 1, "phone": 1}
    assert rings[0]["suggested_action"] == "hold_payout"


def _links(rows: list[tuple[str, str, str]]) -> pa.Table:
    return pa.table(
        {
            "id": [f"k{i}" for i in range(len(rows))],
            "account_id": [r[0] for r in rows],
            "account_type": ["seller"] * len(rows),
            "attribute": [r[1] for r in rows],
            "value_hash": [r[2] for r in rows],
        }
    )


def test_hub_threshold_is_respected() -> None:
    rows = [(f"s{i:02d}", "address", "warehouse") for i in range(30)]
    rows += [("s01", "device", "d"), ("s02", "device", "d"), ("s03", "device", "d")]
    runner = DuckDBDiscoveryRunner({"account_links": _links(rows)})
    w = Window(dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    found = account_rings(runner, w, RingParams(hub_threshold=25))
    assert [f.entity_ids for f in found] == [("s01", "s02", "s03")]
    # Raise the threshold above the hub: the warehouse now welds everyone together.
    found = account_rings(runner, w, RingParams(hub_threshold=50))
    assert len(found) == 1 and len(found[0].entity_ids) == 30


def test_pair_sharing_one_attribute_is_not_a_ring_but_two_attributes_is() -> None:
    w = Window(dt.date(2026, 1, 1), dt.date(2026, 1, 2))
    one = DuckDBDiscoveryRunner(
        {"account_links": _links([("a", "address", "x"), ("b", "address", "x")])}
    )
    assert account_rings(one, w) == []
    two = DuckDBDiscoveryRunner(
        {
            "account_links": _links(
                [
                    ("a", "address", "x"),
                    ("b", "address", "x"),
                    ("a", "phone", "p"),
                    ("b", "phone", "p"),
                ]
            )
        }
    )
    assert [f.entity_ids for f in account_rings(two, w)] == [("a", "b")]
