"""Discovery on Spark: large-star/small-star on DataFrames against scipy, and the same
findings as DuckDB on a generated marketplace (``mamori synth --scale small``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mamori.discovery.rings import components_scipy
from mamori.discovery.runner import run
from mamori.engines.discovery_spark import SparkDiscoveryRunner, components_arrays

pytestmark = [
    pytest.mark.spark,
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
]

GRAPHS = st.integers(1, 40).flatmap(
    lambda n: st.tuples(
        st.just(n),
        st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=2 * n),
    )
)


def test_large_star_small_star_equals_scipy(spark: Any) -> None:
    """Many random graphs (plus a path, the slowest shape) as one disjoint union: one
    Spark run, and every graph's labels must equal scipy's."""
    graphs: list[tuple[int, list[tuple[int, int]]]] = []

    @settings(
        max_examples=25, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(GRAPHS)
    def collect(g: tuple[int, list[tuple[int, int]]]) -> None:
        graphs.append(g)

    collect()
    graphs.append((48, [(i, i + 1) for i in range(47)]))  # a path
    graphs.append((10, [(9, 8), (7, 9), (3, 3)]))  # self-loop, reversed edges, isolated
    src, dst, offsets, off = [], [], [], 0
    for n, edges in graphs:
        offsets.append(off)
        src += [a + off for a, _ in edges]
        dst += [b + off for _, b in edges]
        off += n
    s, d = np.array(src, dtype=np.int64), np.array(dst, dtype=np.int64)
    labels, rounds = components_arrays(spark, s, d, off)
    assert labels.tolist() == components_scipy(s, d, off).tolist()
    assert 1 <= rounds <= 20  # O(log n): a 64-node path needs a handful
    assert len(set(labels.tolist())) < off  # some merging happened


def test_runner_components_is_the_scipy_contract(spark: Any, synth_dir: Path) -> None:
    runner = SparkDiscoveryRunner.from_dir(synth_dir, session=spark)
    try:
        assert runner.dialect == "spark" and runner.has_table("account_links")
        assert runner.components(np.array([1, 3]), np.array([0, 2]), 5).tolist() == [0, 0, 2, 2, 4]
        # Detector SQL is DuckDB's dialect, transpiled; ANSI off: NULL, not an error.
        t = run(runner, "SELECT CAST(1 AS DOUBLE) / 0 AS x, 7 // 2 AS y")
        assert t.column("x").to_pylist() == [None]
        assert t.column("y").to_pylist() == [3]
    finally:
        runner.close()


def test_findings_identical_to_duckdb(spark: Any, synth_dir: Path) -> None:
    from mamori.services.discovery import discover

    duck = discover(synth_dir)
    sp = discover(synth_dir, engine="spark", spark_master="local[2]")
    kinds = set(duck.column("kind").to_pylist())
    assert {"account_ring", "duplicate_cluster", "seller_risk"} <= kinds
    assert sp.column("finding_id").to_pylist() == duck.column("finding_id").to_pylist()
    diffs = [
        (x["kind"], k, x[k], y[k])
        for x, y in zip(duck.to_pylist(), sp.to_pylist(), strict=True)
        for k in x
        if x[k] != y[k]
    ]
    assert not diffs, diffs[:5]
    assert sp.equals(duck)
