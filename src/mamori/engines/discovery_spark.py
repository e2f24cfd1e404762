"""Spark runner for discovery detectors, and connected components on DataFrames.

The runner registers every Contracts table of a data directory (a local path or an
object-store URL) as a temporary view over its Parquet files; detector SQL, written
once in DuckDB's dialect, arrives transpiled by sqlglot and runs as Spark SQL with
ANSI off (``spark_session``), so division by zero is NULL as on DuckDB. Results come
back as Arrow in DuckDB's shapes (naive timestamps, 64-bit integers) so both engines
hand detectors identical tables.

Account rings need connected components. GraphFrames' JVM part cannot be installed here
and GraphX has no Python API, so :func:`components_df` implements large-star/small-star
(Kiveris et al., *Connected Components in MapReduce and Beyond*, SoCC 2014) with
DataFrame ``groupBy().min()`` and joins, checkpointing the edge set between rounds so
the lineage (and the plan) stays one round long.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa

from mamori.engines.discovery_duckdb import EXTRA_TABLES
from mamori.entities import TABLES

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

MAX_ROUNDS = 100


def _quote(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def _duckdb_shapes(t: pa.Table, want: pa.Schema | None = None) -> pa.Table:
    """Spark's Arrow types → the ones DuckDB returns for the same SQL.

    ``want`` is DuckDB's result schema for the query (from :meth:`SparkDiscoveryRunner.
    _duckdb_schema`): e.g. DuckDB sums integers to HUGEINT (decimal128(38, 0) in Arrow)
    where Spark returns BIGINT, and detectors serialise the two differently.
    """
    if want is not None and want.names == t.schema.names:
        try:
            return t.cast(want)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            pass  # fall back to the generic fixes below
    fields = []
    cols = []
    for f, col in zip(t.schema, t.columns, strict=True):
        typ = f.type
        if pa.types.is_timestamp(typ) and typ.tz is not None:
            # Session time zone is UTC: the naive value is the UTC wall clock.
            typ = pa.timestamp(typ.unit)
            col = col.cast(pa.timestamp(typ.unit, "UTC")).cast(typ)
        elif pa.types.is_large_string(typ):
            typ = pa.string()
            col = col.cast(typ)
        fields.append(pa.field(f.name, typ))
        cols.append(col)
    return pa.Table.from_arrays(cols, schema=pa.schema(fields))


def _parquet_schema(path: str | Path) -> pa.Schema:
    import pyarrow.parquet as pq

    return pq.read_schema(str(path))


class SparkDiscoveryRunner:
    """``DiscoveryRunner`` (see ``mamori.discovery.runner``) over a SparkSession."""

    dialect = "spark"

    def __init__(
        self,
        tables: Mapping[str, str | Path | pa.Table],
        *,
        master: str | None = None,
        session: SparkSession | None = None,
    ) -> None:
        import duckdb

        from mamori.engines.spark_session import get_session, quiet

        self.spark = session if session is not None else get_session(master)
        # Empty tables of the same schemas: DuckDB names the result types of each query.
        self._shapes = duckdb.connect()
        self._tables: dict[str, tuple[str, ...]] = {}
        self._views: list[str] = []
        with quiet():
            for name, source in tables.items():
                if isinstance(source, pa.Table):
                    df = self.spark.createDataFrame(source)
                else:
                    df = self.spark.read.parquet(str(source))
                # Views carry the Contracts table names, as DuckDB's do.
                df.createOrReplaceTempView(name)
                self._views.append(name)
                self._tables[name] = tuple(df.columns)
                empty = (
                    source.schema.empty_table()
                    if isinstance(source, pa.Table)
                    else _parquet_schema(source).empty_table()
                )
                self._shapes.register(name, empty)

    @classmethod
    def from_dir(
        cls,
        data_dir: str | Path,
        hits: str | Path | None = None,
        *,
        master: str | None = None,
        session: SparkSession | None = None,
    ) -> SparkDiscoveryRunner:
        """Register ``<table>.parquet`` of a data directory; ``hits.parquet`` is looked
        for in it and beside it, as on DuckDB."""
        d = Path(data_dir)
        tables: dict[str, str | Path | pa.Table] = {}
        for name in (*TABLES, *EXTRA_TABLES):
            p = d / f"{name}.parquet"
            if p.exists():
                tables[name] = p
        if hits is not None:
            tables["hits"] = Path(hits)
        elif "hits" not in tables and (d.parent / "hits.parquet").exists():
            tables["hits"] = d.parent / "hits.parquet"
        return cls(tables, master=master, session=session)

    def has_table(self, name: str) -> bool:
        return name in self._tables

    def columns(self, name: str) -> tuple[str, ...]:
        return self._tables.get(name, ())

    def run_sql(self, sql: str) -> pa.Table:
        from mamori.engines.spark_session import quiet

        with quiet():
            return _duckdb_shapes(self.spark.sql(sql).toArrow(), self._duckdb_schema(sql))

    def _duckdb_schema(self, sql: str) -> pa.Schema | None:
        """DuckDB's result schema for ``sql`` (transpiled back), or None if unknown."""
        import sqlglot

        try:
            back = sqlglot.transpile(sql, read="spark", write="duckdb")[0]
            return self._shapes.sql(back).limit(0).to_arrow_table().schema
        except Exception:
            return None

    def read_table(self, name: str, columns: list[str] | None = None) -> pa.Table:
        have = self._tables[name]
        cols = ", ".join(_quote(c) for c in (columns or list(have)) if c in have)
        return self.run_sql(f"SELECT {cols} FROM {_quote(name)}")

    def components(self, src: np.ndarray, dst: np.ndarray, n: int) -> np.ndarray:
        """Component label per node (smallest node index), computed on Spark — the
        same contract as ``discovery.rings.components_scipy``."""
        labels, _ = components_arrays(self.spark, src, dst, n)
        return labels

    def close(self) -> None:
        self._shapes.close()
        for name in self._views:
            self.spark.catalog.dropTempView(name)
        self._views = []


# -- large-star / small-star on DataFrames ------------------------------------------------


def _large_star(edges: DataFrame) -> DataFrame:
    """For each node x with m = min(Γ(x) ∪ {x}): link every neighbour y > x to m."""
    from pyspark.sql import functions as sf

    both = edges.select(sf.col("u").alias("a"), sf.col("v").alias("b")).unionByName(
        edges.select(sf.col("v").alias("a"), sf.col("u").alias("b"))
    )
    m = both.groupBy("a").agg(sf.min("b").alias("mb"))
    m = m.select("a", sf.least(sf.col("a"), sf.col("mb")).alias("m"))
    return (
        both.filter(sf.col("b") > sf.col("a"))
        .join(m, "a")
        .select(sf.col("b").alias("u"), sf.col("m").alias("v"))
        .distinct()
    )


def _small_star(edges: DataFrame) -> DataFrame:
    """Edges high → low; for each x with m = min of x and its smaller neighbours: link x
    and each of those neighbours (≠ m) to m."""
    from pyspark.sql import functions as sf

    e = edges.select(sf.greatest("u", "v").alias("hi"), sf.least("u", "v").alias("lo")).filter(
        sf.col("hi") != sf.col("lo")
    )
    m = e.groupBy("hi").agg(sf.min("lo").alias("mlo"))
    m = m.select("hi", sf.least(sf.col("hi"), sf.col("mlo")).alias("m"))
    j = e.join(m, "hi")
    out = j.select(sf.col("lo").alias("u"), sf.col("m").alias("v")).unionByName(
        j.select(sf.col("hi").alias("u"), sf.col("m").alias("v"))
    )
    return out.filter(sf.col("u") != sf.col("v")).distinct()


def components_df(
    edges: DataFrame, max_rounds: int = MAX_ROUNDS, checkpoint: bool = True
) -> tuple[DataFrame, int]:
    """``(node, component)`` for every node with an edge, and the rounds taken.

    ``edges`` has integer columns ``src`` and ``dst`` (undirected). A component's label
    is its smallest node. Rounds alternate large-star and small-star until the edge set
    stops changing (O(log n) rounds observed); each round's edges are checkpointed
    (reliable checkpoint when a checkpoint directory is set, else local) so plans do not
    grow with the number of rounds.
    """
    from pyspark.sql import functions as sf

    e = (
        edges.select(
            sf.greatest("src", "dst").cast("long").alias("u"),
            sf.least("src", "dst").cast("long").alias("v"),
        )
        .filter(sf.col("u") != sf.col("v"))
        .distinct()
    )
    e = _persist(e, checkpoint)
    size = e.count()
    rounds = 0
    while rounds < max_rounds:
        rounds += 1
        nxt = _persist(_small_star(_large_star(e)), checkpoint)
        nxt_size = nxt.count()  # reads the checkpoint: cheap
        # Both sets are distinct: equal iff same size and nothing new.
        done = nxt_size == size and nxt.subtract(e).isEmpty()
        e, size = nxt, nxt_size
        if done:
            break
    labels = (
        e.select(sf.col("u").alias("node"), sf.col("v").alias("c"))
        .unionByName(e.select(sf.col("v").alias("node"), sf.col("v").alias("c")))
        .groupBy("node")
        .agg(sf.min("c").alias("component"))
    )
    return labels, rounds


def _persist(df: DataFrame, checkpoint: bool) -> DataFrame:
    """Cut the lineage after a round. On a cluster: a reliable checkpoint (survives a
    lost executor); in local mode no executor can be lost, so a local checkpoint (kept
    by the block manager) does the same job without writing files."""
    if not checkpoint:
        return df.cache()
    sc = df.sparkSession.sparkContext
    if sc.getCheckpointDir() and not str(sc.master).startswith("local"):
        return df.checkpoint(eager=True)
    return df.localCheckpoint(eager=True)


def components_arrays(
    spark: SparkSession, src: np.ndarray, dst: np.ndarray, n: int, max_rounds: int = MAX_ROUNDS
) -> tuple[np.ndarray, int]:
    """Labels for nodes ``0 … n-1`` from numpy edge arrays (isolated nodes: themselves)."""
    from mamori.engines.spark_session import quiet

    labels = np.arange(n, dtype=np.int64)
    if n == 0 or len(src) == 0:
        return labels, 0
    with quiet():
        edges = spark.createDataFrame(
            pa.table(
                {
                    "src": np.asarray(src, dtype=np.int64),
                    "dst": np.asarray(dst, dtype=np.int64),
                }
            )
        )
        out, rounds = components_df(edges, max_rounds)
        t = out.toArrow()
    nodes = t.column("node").to_numpy()
    labels[nodes] = t.column("component").to_numpy()
    return labels, rounds


__all__ = ["SparkDiscoveryRunner", "components_arrays", "components_df"]
