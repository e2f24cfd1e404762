"""Spark batch engine: the same policies on a cluster, with DuckDB's results.

The pipeline per entity kind, all inside one Spark job:

1. the input as a DataFrame (Parquet read by Spark — local paths, ``s3a://``, ``hdfs://``
   — or JSONL/CSV/Arrow read on the driver with the same bad-row rules as DuckDB), each
   row numbered (``__row``) so output keeps input order;
2. the text-free *prefilter* of every policy as boolean columns, in Spark SQL;
3. the text pass as ``mapInArrow`` over partitions: :class:`~mamori.engines.textpass.
   TextPass` — the code the DuckDB engine and, through it, the realtime engine run —
   adds a value column ``__t<k>`` and an evidence column ``__e<k>`` per text call. The
   pack's lexicons and lists travel once, as a broadcast variable; each Python worker
   compiles the matcher once and keeps it (``spark.python.worker.reuse``);
4. one projection with every policy's compiled condition (sqlglot → Spark SQL), keeping
   rows where any is TRUE; evidence and reasons are attached on the driver for hit rows
   only (hits are sparse).

Semantics are DuckDB's: the session turns ANSI off (``spark_session``), and
:class:`SparkSqlCompiler` spells the few operators whose Spark meaning differs —
``LIKE`` (Spark escapes with ``\\``, DuckDB has no escape), ``ILIKE`` and ``lower``
(Java lower-cases ``İ`` to two characters and ends words with ``ς``), ``//`` (Spark's
``div`` is integral only) and integer literals (Spark's are 32-bit and wrap).
"""

from __future__ import annotations

import hashlib
import pickle
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa
import pyarrow.compute
from sqlglot import exp

from mamori.engines.base import evidence_type, hits_schema
from mamori.engines.duckdb import PRICE_WINDOW_DAYS, CompiledBatch, compile_kind
from mamori.engines.sources import BadRow, input_schema, read_batches
from mamori.engines.sql import SPARK, SqlCompiler, text_column
from mamori.engines.textpass import TextPass, prefilter
from mamori.entities import RELATED, RELATED_KEYS, SCHEMAS, join_keys
from mamori.evaluate.decision import Evidence, distinct_evidence, format_reason
from mamori.evaluate.realtime import EVALUATED_STATUSES, needs_text
from mamori.evaluate.textcalls import TextCall, TextCalls, text_env
from mamori.policy import ast
from mamori.policy.ast import Type
from mamori.policy.pack import Pack

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

#: Characters whose Java lower case is not DuckDB's (one code point in, one out, no
#: final-sigma context): mapped first, so ``lower`` agrees on them.
_LOWER_FROM = "İΣ"
_LOWER_TO = "iσ"
#: Spark URL schemes read by Spark itself (never through the driver).
_REMOTE = ("s3a://", "s3://", "s3n://", "gs://", "hdfs://", "abfs://", "abfss://", "file://")


def evidence_column(call: TextCall) -> str:
    return f"__e{call.index}"


class SparkSqlCompiler(SqlCompiler):
    """:class:`SqlCompiler` with guards where Spark's meaning differs from DuckDB's."""

    def __init__(self, calls: Mapping[str, TextCall]) -> None:
        super().__init__(calls, SPARK)

    def _lower(self, e: exp.Expression) -> exp.Expression:
        fixed = exp.Anonymous(
            this="translate",
            expressions=[e, exp.Literal.string(_LOWER_FROM), exp.Literal.string(_LOWER_TO)],
        )
        return exp.Lower(this=fixed)

    def compile(self, n: ast.Expr) -> exp.Expression:
        if (
            isinstance(n, ast.Literal)
            and isinstance(n.value, int)
            and not isinstance(n.value, bool)
            and n.type not in (Type.TIMESTAMP, Type.DATE)
        ):
            # 64-bit like DuckDB's BIGINT columns; a bare Spark literal is a wrapping INT.
            return exp.cast(super().compile(n), "BIGINT")
        if isinstance(n, ast.Call) and n.name == "lower":
            return self._lower(self.compile(n.args[0]))
        if isinstance(n, ast.Like) and isinstance(n.pattern, ast.Literal):
            operand = self.compile(n.operand)
            value = n.pattern.value
            if value is None:
                e: exp.Expression = exp.Like(this=operand, expression=exp.Null())
            else:
                # DuckDB's LIKE has no escape character; Spark's is "\": double it.
                pattern = str(value).replace("\\", "\\\\")
                pat: exp.Expression = exp.Literal.string(pattern)
                if n.case_insensitive:  # ILIKE = LIKE over DuckDB's lower case
                    operand, pat = self._lower(operand), self._lower(pat)
                e = exp.Like(this=operand, expression=pat)
            return exp.Not(this=exp.Paren(this=e)) if n.negated else exp.Paren(this=e)
        if isinstance(n, ast.Arith) and n.op == "//":
            left, right = self.compile(n.left), self.compile(n.right)
            guarded = exp.Nullif(this=right, expression=exp.Literal.number(0))
            if Type.FLOAT in (n.left.type, n.right.type):
                # DuckDB's // on a float is plain division; Spark's div is integral only.
                return exp.Paren(this=exp.Div(this=left, expression=guarded))
            return exp.Anonymous(this="div", expressions=[left, guarded])
        return super().compile(n)


@dataclass(frozen=True)
class SparkPlan:
    batch: CompiledBatch  # calls, positive calls, placeholders, users (shared with DuckDB)
    conditions: tuple[str, ...]  # Spark SQL, one per policy
    prefilters: tuple[tuple[int, str], ...]  # (policy index, Spark SQL)


def compile_spark(kind: str, policies: tuple[ast.Policy, ...]) -> SparkPlan:
    """The DuckDB plan's structure with every condition recompiled for Spark."""
    batch = compile_kind(kind, policies, SPARK)
    calls = {c.key: c for c in batch.calls}
    comp = SparkSqlCompiler(calls)
    conditions = tuple(comp.sql(p.when) for p in policies)
    pre = []
    for i in batch.prefiltered:
        pf = prefilter(policies[i].when)
        assert pf is not None
        pre.append((i, comp.sql(pf)))
    return SparkPlan(batch, conditions, tuple(pre))


# -- what executors receive ------------------------------------------------------------


@dataclass(frozen=True)
class _Payload:
    """Everything a Python worker needs for the text pass: shipped once per job."""

    key: str  # pack hash + kind + calls: the worker's cache key
    calls: tuple[TextCall, ...]
    lexicons: dict[str, bytes]
    lists: dict[str, bytes]
    users: tuple[tuple[int, ...], ...]
    prefiltered: tuple[int, ...]


_WORKER_CACHE: dict[str, TextPass] = {}


def _worker_textpass(payload: _Payload) -> TextPass:
    """The compiled text pass of ``payload``, built once per Python worker."""
    found = _WORKER_CACHE.get(payload.key)
    if found is not None:
        return found
    root = Path(tempfile.mkdtemp(prefix="mamori-pack-"))
    lex_files: dict[str, Path] = {}
    list_files: dict[str, Path] = {}
    for sub, files, out in (
        ("lexicons", payload.lexicons, lex_files),
        ("lists", payload.lists, list_files),
    ):
        (root / sub).mkdir()
        for name, data in files.items():
            out[name] = root / sub / f"{name}.txt"
            out[name].write_bytes(data)
    tc = TextCalls(text_env(lex_files, list_files)) if payload.calls else None
    found = _WORKER_CACHE[payload.key] = TextPass(payload.calls, tc)
    return found


def _evidence_array(ev: dict[int, tuple[Evidence, ...]], n: int) -> pa.Array:
    rows: list[Any] = [None] * n
    for i, items in ev.items():
        rows[i] = [e.to_dict() for e in items]
    return pa.array(rows, type=evidence_type())


def text_pass_partition(
    batches: Iterable[pa.RecordBatch], payload_bytes: Any, out_schema: pa.Schema
) -> Iterator[pa.RecordBatch]:
    """``mapInArrow`` body: text columns and evidence for one partition's batches."""
    payload: _Payload = pickle.loads(payload_bytes.value)
    tp = _worker_textpass(payload)
    pf_names = [f"__pf{i}" for i in payload.prefiltered]
    for batch in batches:
        n = batch.num_rows
        needed: list[np.ndarray | None] | None = None
        if pf_names:
            masks = {
                i: np.asarray(batch.column(f"__pf{i}").to_numpy(zero_copy_only=False), dtype=bool)
                for i in payload.prefiltered
            }
            needed = []
            for users in payload.users:
                if any(u not in masks for u in users):
                    needed.append(None)
                else:
                    m = np.zeros(n, dtype=bool)
                    for u in users:
                        m |= masks[u]
                    needed.append(m)
        res = tp.run(batch, needed)
        cols: dict[str, pa.Array] = {}
        for name in batch.schema.names:
            if name not in pf_names:
                cols[name] = batch.column(name)
        for c in payload.calls:
            cols[text_column(c)] = res.columns[text_column(c)]
            cols[evidence_column(c)] = _evidence_array(res.evidence[c.index], n)
        arrays = [cols[f.name].cast(f.type) for f in out_schema]
        yield pa.RecordBatch.from_arrays(arrays, schema=out_schema)


# -- the engine --------------------------------------------------------------------------


class SparkEngine:
    """Scans tables of entities with a pack on Spark (``--engine spark``)."""

    name = "spark"

    def __init__(
        self,
        pack: Pack,
        statuses: Mapping[str, str] | None = None,
        include: frozenset[str] = EVALUATED_STATUSES,
        *,
        master: str | None = None,
        session: SparkSession | None = None,
        batch_size: int = 8192,
        partitions: int | None = None,
    ) -> None:
        from mamori.engines.spark_session import get_session

        self.pack = pack
        self.statuses = dict(statuses or {})
        self.include = include
        selected = tuple(p for p in pack.policies if self.status(p) in include)
        self.plans = {
            kind: compile_spark(kind, tuple(p for p in selected if p.applies_to == kind))
            for kind in sorted({p.applies_to for p in selected})
        }
        self._needs_text = needs_text(selected)
        self.spark = session if session is not None else get_session(master)
        self.batch_size = batch_size
        self.partitions = partitions
        self.bad_rows: list[BadRow] = []
        self.rows_scanned = 0
        self._texts: tuple[dict[str, bytes], dict[str, bytes]] | None = None

    def status(self, policy: ast.Policy) -> str:
        return self.statuses.get(policy.id, policy.status)

    def sql(self, kind: str) -> tuple[str, ...]:
        """The compiled Spark conditions of ``kind`` (one per policy)."""
        return self.plans[kind].conditions if kind in self.plans else ()

    # -- inputs -------------------------------------------------------------------------

    def _frame(self, source: Any, entity: str) -> DataFrame:
        """``source`` as a DataFrame with the entity's input schema; bad rows recorded
        and ``rows_scanned`` set (the text pass is opaque to Spark, so rows are counted
        before it, never by re-running it)."""
        from mamori.engines.spark_session import quiet

        if isinstance(source, str | Path) and (
            str(source).lower().endswith(".parquet") or str(source).startswith(_REMOTE)
        ):
            return self._conform(self.spark.read.parquet(str(source)), entity)
        table = pa.Table.from_batches(
            list(read_batches(source, entity, self.bad_rows, self.batch_size)),
            schema=input_schema(entity),
        )
        self.rows_scanned = table.num_rows
        with quiet():
            df = self.spark.createDataFrame(table)
        if self.partitions:
            df = df.repartition(self.partitions)
        return _numbered(df)

    def _conform(self, df: DataFrame, entity: str) -> DataFrame:
        """Spark's reading of ``sources.conform``: missing columns NULL, types cast,
        rows without an id dropped (and counted as bad rows)."""
        from pyspark.sql import functions as sf

        schema = self._spark_schema(input_schema(entity))
        have = set(df.columns)
        cols = [
            (sf.col(f"`{f.name}`") if f.name in have else sf.lit(None))
            .cast(f.dataType)
            .alias(f.name)
            for f in schema.fields
        ]
        out = df.select(*cols)
        counts = out.agg(sf.count(sf.lit(1)).alias("n"), sf.count("id").alias("ids")).collect()[0]
        missing = int(counts["n"]) - int(counts["ids"])
        self.rows_scanned = int(counts["ids"])
        if missing:
            self.bad_rows.append(
                BadRow(0, f"{missing} rows without 'id' / id のない行 {missing} 件")
            )
        if self.partitions:
            out = out.repartition(self.partitions)
        return _numbered(out.filter(sf.col("id").isNotNull()))

    @staticmethod
    def _spark_schema(schema: pa.Schema) -> Any:
        from pyspark.sql.pandas.types import from_arrow_schema

        return from_arrow_schema(schema)

    # -- scanning -----------------------------------------------------------------------

    def scan(
        self, source: Any, entity: str = "listing", related: Mapping[str, Any] | None = None
    ) -> pa.Table:
        """Hits on every row of ``source`` (path, URL or Arrow), in input order."""
        self.bad_rows = []
        df = self._frame(source, entity)
        if related:
            df = self._join_related(df, entity, related)
        return self.scan_frame(df, entity)

    def scan_frame(self, df: DataFrame, entity: str) -> pa.Table:
        """Hits of a DataFrame of ``entity`` rows (missing columns are NULL, types cast;
        related fields as ``prefix__field`` columns)."""
        from pyspark.sql import functions as sf

        from mamori.engines.spark_session import quiet

        plan = self.plans.get(entity)
        with quiet():
            df = self._conform_joined(df, entity)
            if "__row" not in df.columns:
                df = df.withColumn("__row", sf.monotonically_increasing_id())
            if plan is None or not plan.conditions:
                return hits_schema().empty_table()
            b = plan.batch
            if b.calls:
                df = self._text_pass(df, plan)
            view = f"mamori_batch_{id(self)}"
            df.createOrReplaceTempView(view)
            hit_list = ", ".join(
                f"IF(coalesce(({c}), false), {i}, NULL)" for i, c in enumerate(plan.conditions)
            )
            keep = [f"`{name}`" for name in ("id", *b.placeholders)]
            keep += [f"`{evidence_column(c)}`" for c in b.calls]
            query = (
                f"SELECT * FROM (SELECT __row, {', '.join(dict.fromkeys(keep))}, "
                f"filter(array({hit_list}), x -> x IS NOT NULL) AS __ps FROM {view}) "
                "WHERE size(__ps) > 0"
            )
            # No ORDER BY: a global sort samples its input first, i.e. runs the text
            # pass twice. Hits are few; the driver sorts them into input order.
            res = self.spark.sql(query).toArrow()
            self.spark.catalog.dropTempView(view)
            res = res.take(pa.compute.sort_indices(res, [("__row", "ascending")]))
        return self._assemble(plan, res)

    def _text_pass(self, df: DataFrame, plan: SparkPlan) -> DataFrame:
        from pyspark.sql.pandas.types import from_arrow_type
        from pyspark.sql.types import StructField, StructType

        b = plan.batch
        if plan.prefilters:
            df = df.selectExpr(
                "*", *(f"coalesce(({c}), false) AS `__pf{i}`" for i, c in plan.prefilters)
            )
        base = [f for f in df.schema.fields if not f.name.startswith("__pf")]
        extra = []
        for c in b.calls:
            t = pa.list_(pa.string()) if c.name == "lexicon_terms" else pa.bool_()
            extra.append(StructField(text_column(c), from_arrow_type(t)))
            extra.append(StructField(evidence_column(c), from_arrow_type(evidence_type())))
        out_struct = StructType(base + extra)
        from pyspark.sql.pandas.types import to_arrow_schema

        out_schema = to_arrow_schema(out_struct, timezone="UTC")
        payload = self._payload(plan)
        bc = self.spark.sparkContext.broadcast(pickle.dumps(payload))

        def fn(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
            return text_pass_partition(batches, bc, out_schema)

        return df.mapInArrow(fn, out_struct)

    def _payload(self, plan: SparkPlan) -> _Payload:
        if self._texts is None:
            self._texts = (
                {k: Path(p).read_bytes() for k, p in self.pack.lexicon_files.items()},
                {k: Path(p).read_bytes() for k, p in self.pack.list_files.items()},
            )
        b = plan.batch
        keys = hashlib.sha256("|".join(c.key for c in b.calls).encode()).hexdigest()[:16]
        return _Payload(
            key=f"{self.pack.hash}:{b.kind}:{keys}",
            calls=b.calls,
            lexicons=self._texts[0],
            lists=self._texts[1],
            users=b.users,
            prefiltered=tuple(i for i, _ in plan.prefilters),
        )

    def _assemble(self, plan: SparkPlan, res: pa.Table) -> pa.Table:
        """Contracts hit rows (evidence, reasons) from the hit rows Spark returned."""
        b = plan.batch
        out: dict[str, list[Any]] = {name: [] for name in hits_schema().names}
        cols = {name: res.column(name).to_pylist() for name in res.schema.names}
        ev_cols = {c.index: cols[evidence_column(c)] for c in b.calls}
        for r in range(res.num_rows):
            eid = cols["id"][r]
            for pi in cols["__ps"][r]:
                p = b.policies[pi]
                ev: list[Evidence] = []
                for k in b.positive[pi]:
                    ev.extend(
                        Evidence(e["field"], e["text"], e["start"], e["end"])
                        for e in (ev_cols[k][r] or ())
                    )
                ev = list(distinct_evidence(ev))
                values: dict[str, Any] = {name: cols[name][r] for name in b.placeholders}
                values.update(policy_id=p.id, policy_version=p.version, entity_id=eid)
                out["entity_id"].append(eid)
                out["policy_id"].append(p.id)
                out["policy_version"].append(p.version)
                out["severity"].append(p.severity)
                out["action"].append(p.action)
                out["points"].append(p.points)
                out["evidence"].append([e.to_dict() for e in ev])
                out["status"].append(self.status(p))
                out["family"].append(p.family)
                out["reason_ja"].append(format_reason(p.reason.ja, ev, values))
                out["reason_en"].append(format_reason(p.reason.en, ev, values))
        return pa.Table.from_pydict(out, schema=hits_schema())

    # -- joins --------------------------------------------------------------------------

    def _related_frame(self, src: Any) -> DataFrame:
        from pyspark.sql import DataFrame

        from mamori.engines.spark_session import quiet

        if isinstance(src, DataFrame):
            return src
        if isinstance(src, pa.RecordBatch):
            src = pa.Table.from_batches([src])
        if isinstance(src, pa.RecordBatchReader):
            src = src.read_all()
        with quiet():
            if isinstance(src, pa.Table):
                return self.spark.createDataFrame(src)
            path = str(src)
            if path.lower().endswith(".parquet") or path.startswith(_REMOTE):
                return self.spark.read.parquet(path)
            if path.lower().endswith(".csv"):
                return self.spark.read.option("header", True).option("inferSchema", True).csv(path)
            return self.spark.read.json(path)

    def _join_related(self, df: DataFrame, entity: str, related: Mapping[str, Any]) -> DataFrame:
        """Left-join related records as ``prefix__field`` columns (as DuckDB's ``_joined``)."""
        from pyspark.sql import functions as sf

        entity_cols = [f.name for f in SCHEMAS[entity].fields] + ["__row"]
        out = df.select(*[sf.col(f"`{c}`") for c in entity_cols if c in df.columns])
        for prefix, schema in RELATED.get(entity, {}).items():
            src = related.get(prefix)
            if src is None:
                continue
            rel = self._related_frame(src)
            key, rkey = join_keys(entity, prefix)
            fields = [f for f in schema.fields if f.name in set(rel.columns)]
            rel = rel.select(
                sf.col(f"`{rkey}`").alias(f"__k_{prefix}"),
                *[sf.col(f"`{f.name}`").alias(f"{prefix}__{f.name}") for f in fields],
            )
            out = out.join(rel, out[f"`{key}`"] == rel[f"__k_{prefix}"], "left").drop(
                f"__k_{prefix}"
            )
        return self._conform_joined(out, entity)

    def _conform_joined(self, df: DataFrame, entity: str) -> DataFrame:
        from pyspark.sql import functions as sf

        schema = self._spark_schema(input_schema(entity))
        have = set(df.columns)
        return df.select(
            *[
                (sf.col(f"`{f.name}`") if f.name in have else sf.lit(None))
                .cast(f.dataType)
                .alias(f.name)
                for f in schema.fields
            ],
            *([sf.col("__row")] if "__row" in have else []),
        )

    def scan_data_dir(self, data_dir: str | Path, entity: str = "listing") -> pa.Table:
        """Scan ``<data_dir>/<table>.parquet`` (a local path or an object-store URL) with
        sellers and 56-day price summaries joined, evaluation date as DuckDB's."""
        self.bad_rows = []
        base = str(data_dir).rstrip("/")
        table = SCHEMAS[entity].table
        df = self._conform(self.spark.read.parquet(f"{base}/{table}.parquet"), entity)
        related: dict[str, Any] = {}
        for prefix, schema in RELATED.get(entity, {}).items():
            if prefix == "price" and entity == "listing":
                ph = f"{base}/price_history.parquet"
                if _exists(ph):
                    related["price"] = self._price_summary(f"{base}/{table}.parquet", ph)
                continue
            rel_path = f"{base}/{schema.table}.parquet"  # seller_risk.parquet for risk.*
            key = RELATED_KEYS.get((entity, prefix), (f"{prefix}_id", "id"))[0]
            if SCHEMAS[entity].field(key) is not None and _exists(rel_path):
                related[prefix] = rel_path
        if related:
            df = self._join_related(df, entity, related)
        return self.scan_frame(df, entity)

    def _price_summary(self, listings: str, price_history: str) -> DataFrame:
        """DuckDB's ``price_summary_sql`` in Spark SQL (dates: ``date_sub``; the
        ``FILTER`` aggregate as a ``CASE``)."""
        ph = f"mamori_ph_{id(self)}"
        ls = f"mamori_ls_{id(self)}"
        self.spark.read.parquet(price_history).createOrReplaceTempView(ph)
        self.spark.read.parquet(listings).createOrReplaceTempView(ls)
        w = int(PRICE_WINDOW_DAYS)
        q = f"""
WITH d AS (SELECT max(observed_on) AS eval_date FROM {ph}),
     w AS (
       SELECT p.listing_id, p.observed_on, p.price, l.list_price, d.eval_date
       FROM {ph} p JOIN {ls} l ON l.id = p.listing_id CROSS JOIN d
       WHERE p.observed_on > date_sub(d.eval_date, {w}) AND p.observed_on <= d.eval_date)
SELECT f.listing_id,
       coalesce(s.days_observed_56d, 0) AS days_observed_56d,
       coalesce(s.days_at_list_price_56d, 0) AS days_at_list_price_56d,
       s.max_price_56d, s.min_price_56d, f.first_observed_on, s.days_since_list_price_56d
FROM (SELECT listing_id, min(observed_on) AS first_observed_on FROM {ph} GROUP BY listing_id) f
LEFT JOIN (
  SELECT listing_id,
         count(DISTINCT observed_on) AS days_observed_56d,
         count(DISTINCT CASE WHEN price >= list_price THEN observed_on END) AS days_at_list_price_56d,
         max(price) AS max_price_56d, min(price) AS min_price_56d,
         CAST(datediff(max(eval_date), max(CASE WHEN price >= list_price THEN observed_on END))
              AS BIGINT) AS days_since_list_price_56d
  FROM w GROUP BY listing_id) s ON s.listing_id = f.listing_id"""
        return self.spark.sql(q)


def _numbered(df: DataFrame) -> DataFrame:
    """Number rows in input order (``__row``) before any join can reorder them."""
    from pyspark.sql import functions as sf

    return df.withColumn("__row", sf.monotonically_increasing_id())


def _exists(path: str) -> bool:
    if path.startswith(_REMOTE):
        return True  # Spark reports a missing object itself; listing buckets costs more
    return Path(path).exists()


__all__ = ["SparkEngine", "SparkSqlCompiler", "compile_spark"]
