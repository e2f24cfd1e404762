"""The small interface every discovery engine implements.

Detectors are written against this Protocol so the same plan runs on DuckDB (default)
and on Spark: SQL is written once in the DuckDB dialect, built/checked with sqlglot and
transpiled to the runner's dialect; Arrow-level algorithms receive whole tables (or
per-partition batches) from ``read_table``. Nothing here imports an engine.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow as pa

#: The dialect detector SQL is written in; runners transpile from it.
SOURCE_DIALECT = "duckdb"


@runtime_checkable
class DiscoveryRunner(Protocol):
    """What a detector needs from an engine.

    ``dialect`` is a sqlglot dialect name (``duckdb``, ``spark``). ``run_sql`` takes SQL
    already transpiled to that dialect (use :func:`transpile`) over the Contracts tables
    registered under their table names (``orders``, ``listings`` …, plus ``hits`` when
    a hits file was supplied). Division by zero must yield NULL on every engine — the
    detector SQL guards it with ``CASE`` so ANSI-mode Spark does not raise.
    """

    dialect: str

    def has_table(self, name: str) -> bool: ...

    def columns(self, name: str) -> tuple[str, ...]: ...

    def run_sql(self, sql: str) -> pa.Table: ...

    def read_table(self, name: str, columns: list[str] | None = None) -> pa.Table: ...


@lru_cache(maxsize=256)
def transpile(sql: str, dialect: str) -> str:
    """Translate detector SQL (DuckDB dialect) to ``dialect``; validates it on the way.

    >>> transpile("SELECT MEDIAN(x) AS m FROM t", "duckdb")
    'SELECT MEDIAN(x) AS m FROM t'
    """
    import sqlglot

    if dialect == SOURCE_DIALECT:
        # Parse anyway so a syntax error shows up on the default engine too.
        sqlglot.parse_one(sql, read=SOURCE_DIALECT)
        return sql
    return sqlglot.transpile(sql, read=SOURCE_DIALECT, write=dialect, pretty=False)[0]


def run(runner: DiscoveryRunner, sql: str) -> pa.Table:
    """Transpile and execute ``sql`` on ``runner``."""
    return runner.run_sql(transpile(sql, runner.dialect))
