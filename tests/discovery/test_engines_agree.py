"""DuckDB and Spark must give the same findings on the same data (issue 6).

Runs once ``mamori.engines.discovery_spark`` exists; then Java is required (skipped
locally without it, a failure in CI — see tests/conftest.py).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pyarrow as pa
import pytest

from conftest import java_available, require
from mamori.services.discovery import discover

pytestmark = [pytest.mark.spark, pytest.mark.slow]


@pytest.mark.skipif(
    importlib.util.find_spec("mamori.engines.discovery_spark") is None,
    reason="mamori.engines.discovery_spark is not written yet",
)
def test_spark_findings_equal_duckdb(market_dir: Path, all_findings: pa.Table) -> None:
    require(java_available(), "Java is not installed (Spark needs it)")
    spark = discover(market_dir, engine="spark", spark_master="local[2]")
    assert spark.column("finding_id").to_pylist() == all_findings.column("finding_id").to_pylist()
    assert spark.equals(all_findings)
