"""The plan must stay engine-neutral: every SQL statement a detector runs transpiles to
Spark SQL and parses back, and uses no DuckDB-only construct."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow as pa
import pytest
import sqlglot

from mamori.discovery.findings import KINDS
from mamori.engines.discovery_duckdb import DuckDBDiscoveryRunner
from mamori.services.discovery import discover, run_plan

DUCKDB_ONLY = ("read_parquet", "FILTER (", "::", "list_", "struct_pack", "strftime")


class RecordingRunner:
    """A DiscoveryRunner that records the SQL it is asked to run."""

    def __init__(self, inner: DuckDBDiscoveryRunner) -> None:
        self.inner = inner
        self.dialect = inner.dialect
        self.sql: list[str] = []

    def has_table(self, name: str) -> bool:
        return self.inner.has_table(name)

    def columns(self, name: str) -> tuple[str, ...]:
        return self.inner.columns(name)

    def run_sql(self, sql: str) -> pa.Table:
        self.sql.append(sql)
        return self.inner.run_sql(sql)

    def read_table(self, name: str, columns: list[str] | None = None) -> pa.Table:
        return self.inner.read_table(name, columns)


def test_every_statement_transpiles_to_spark(market_dir: Path, all_findings: pa.Table) -> None:
    rec = RecordingRunner(DuckDBDiscoveryRunner.from_dir(market_dir))
    again = run_plan(rec)
    assert again.equals(all_findings)  # the recorder changes nothing
    assert len(rec.sql) > 20
    for sql in rec.sql:
        for bad in DUCKDB_ONLY:
            assert bad not in sql, (bad, sql)
        spark = sqlglot.transpile(sql, read="duckdb", write="spark")[0]
        sqlglot.parse_one(spark, read="spark")


@pytest.mark.parametrize(
    "tables",
    [
        ("orders",),
        ("account_links",),
        ("listings",),
        ("reviews",),
        ("orders", "reviews"),
        (),
    ],
)
def test_partial_data_directories(
    market_dir: Path, tmp_path: Path, tables: tuple[str, ...]
) -> None:
    for t in tables:
        shutil.copy(market_dir / f"{t}.parquet", tmp_path / f"{t}.parquet")
    found = discover(tmp_path)
    assert set(found.column("kind").to_pylist()) <= set(KINDS)


def test_empty_tables(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from mamori.entities import TABLES, arrow_schema

    for table, schema in TABLES.items():
        pq.write_table(arrow_schema(schema.kind).empty_table(), tmp_path / f"{table}.parquet")
    assert discover(tmp_path).num_rows == 0
