"""Running a pack over files: ``mamori scan`` and ``mamori test`` without the CLI.

Kept out of ``cli/`` so the API and the demo can run the same scan, and out of
``policy/`` because it needs the evaluators and engines.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from mamori.engines.base import hits_schema
from mamori.engines.sinks import HitWriter
from mamori.engines.sources import DEFAULT_MAX_FIELD_BYTES, BadRow, read_batches, split_row
from mamori.evaluate.realtime import RealtimeEvaluator
from mamori.policy.pack import Pack

ALL_STATUSES: frozenset[str] = frozenset({"draft", "shadow", "approved", "active", "retired"})
MAX_REPORTED_BAD_ROWS = 100


@dataclass(slots=True)
class ScanStats:
    rows: int = 0
    hits: int = 0
    bad: int = 0
    bad_rows: list[BadRow] = field(default_factory=list)
    # CPU seconds of each text-pass worker process (``workers > 1``), start-up included:
    # they are not this process's children under a fork server, so rusage misses them.
    worker_cpu: dict[int, float] = field(default_factory=dict)


def realtime_batches(
    ev: RealtimeEvaluator, batches: Iterator[pa.RecordBatch], entity: str
) -> Iterator[pa.RecordBatch]:
    """The realtime engine over batches: same output rows as the DuckDB engine."""
    names = hits_schema().names
    for batch in batches:
        out: dict[str, list[Any]] = {n: [] for n in names}
        for row in batch.to_pylist():
            e, rel = split_row(entity, row)
            for p, evidence in ev.raw_hits(entity, e, rel):
                h = ev.hit(p, evidence, e)
                out["entity_id"].append(e["id"])
                out["policy_id"].append(h.policy_id)
                out["policy_version"].append(h.policy_version)
                out["severity"].append(h.severity)
                out["action"].append(h.action)
                out["points"].append(h.points)
                out["evidence"].append([x.to_dict() for x in h.evidence])
                out["status"].append(h.status)
                out["family"].append(h.family)
                out["reason_ja"].append(h.reason["ja"])
                out["reason_en"].append(h.reason["en"])
        if out["entity_id"]:
            yield pa.RecordBatch.from_pydict(out, schema=hits_schema())


def run_scan(
    pack: Pack,
    input: str | Path,
    output: str | Path,
    *,
    entity: str = "listing",
    engine: str = "duckdb",
    spark_master: str | None = None,
    batch_size: int = 8192,
    workers: int = 1,
    progress: bool = False,
    report: Callable[[str], None] = print,
    max_field_bytes: int = DEFAULT_MAX_FIELD_BYTES,
    features: str | Path | None = None,
    field_map: Mapping[str, str] | None = None,
) -> ScanStats:
    """Scan ``input`` into ``output``; bad rows are reported through ``report`` and skipped.

    ``features`` is a sellers' risk-features file (``mamori discover --features-out``)
    joined by ``seller_id`` for policies that call ``feature(name)``. ``field_map``
    reads an input whose fields are named otherwise (``sources.map_fields``).
    """
    stats = ScanStats()
    join = None
    if features is not None:
        if engine == "spark":
            raise ValueError(
                "--features is not supported with --engine spark: join the risk__* columns "
                "into the input instead / Spark では --features を使えません"
            )
        from mamori.engines.features import FeatureJoin

        join = FeatureJoin.read(features, entity)
    if field_map and engine == "spark":
        raise ValueError(
            "--map is not supported with --engine spark: rename the columns in the input "
            "instead / Spark では --map を使えません"
        )
    writer = HitWriter(output)
    try:
        if engine == "spark":
            from mamori.engines.spark import SparkEngine  # written by the Spark engineer

            eng: Any = SparkEngine(pack, master=spark_master) if spark_master else SparkEngine(pack)
            table = eng.scan(str(input), entity)
            writer.write(table)
            stats.hits = table.num_rows
            stats.rows = int(getattr(eng, "rows_scanned", 0))
            stats.bad_rows = list(getattr(eng, "bad_rows", []))
        else:
            bad: list[BadRow] = []

            def counted() -> Iterator[pa.RecordBatch]:
                for b in read_batches(
                    input,
                    entity,
                    bad,
                    batch_size,
                    max_field_bytes,
                    mapping=field_map,
                    use_threads=workers <= 1 or engine != "duckdb",
                ):
                    if join is not None:
                        b = join.apply(b)
                    stats.rows += b.num_rows
                    if bar is not None:
                        bar.update(task, advance=b.num_rows)
                    yield b

            bar: Any = None
            task: Any = None
            if progress:
                from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

                bar = Progress(
                    TextColumn("[bold]scan[/] {task.completed:,} rows"),
                    BarColumn(),
                    TimeElapsedColumn(),
                    transient=True,
                )
                bar.start()
                task = bar.add_task("scan", total=_total_rows(input))
            try:
                if engine == "realtime":
                    results = realtime_batches(RealtimeEvaluator(pack), counted(), entity)
                else:
                    from mamori.engines.duckdb import DuckDBEngine

                    db = DuckDBEngine(pack, batch_size=batch_size, workers=workers)
                    stats.worker_cpu = db.worker_cpu
                    results = db.scan_batches(counted(), entity)
                for hits in results:
                    writer.write(hits)
                    stats.hits += hits.num_rows
            finally:
                if bar is not None:
                    bar.stop()
            stats.bad_rows = bad
    finally:
        writer.close()
    stats.bad = len(stats.bad_rows)
    for b in stats.bad_rows[:MAX_REPORTED_BAD_ROWS]:
        report(b.format(str(input)))
    if stats.bad > MAX_REPORTED_BAD_ROWS:
        report(
            f"… and {stats.bad - MAX_REPORTED_BAD_ROWS} more bad rows / ほか {stats.bad - MAX_REPORTED_BAD_ROWS} 行"
        )
    return stats


def _total_rows(input: str | Path) -> int | None:
    path = Path(input)
    if path.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(path).metadata.num_rows)
    return None


@dataclass(slots=True)
class ExampleReport:
    policies: int = 0
    total: int = 0
    passed: int = 0
    failures: list[str] = field(default_factory=list)


def run_examples(pack: Pack) -> ExampleReport:
    """Every policy's ``examples`` (any status) on the realtime and DuckDB engines."""
    from mamori.engines.duckdb import DuckDBEngine
    from mamori.engines.sources import input_schema
    from mamori.evaluate.rows import RowError, coerce_entity

    report = ExampleReport(policies=len(pack.policies))
    rt = RealtimeEvaluator(pack, include=ALL_STATUSES)
    db = DuckDBEngine(pack, include=ALL_STATUSES)
    cases: list[tuple[str, str, int, str, dict[str, Any], dict[str, dict[str, Any]]]] = []
    for p in pack.policies:
        for kind, items in (("hit", p.examples.hit), ("miss", p.examples.miss)):
            for i, ex in enumerate(items):
                row = dict(ex)
                row["id"] = row.get("id") or f"{p.id}#{kind}[{i}]"
                row["id"] = f"{p.id}#{kind}[{i}]:{row['id']}"
                try:
                    entity, related = coerce_entity(p.applies_to, row)
                except RowError as e:
                    report.total += 1
                    report.failures.append(
                        f"{p.id} examples.{kind}[{i}] ({p.source}): bad example: {e}"
                    )
                    continue
                cases.append((p.id, kind, i, p.applies_to, entity, related))
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for _, _, _, kind, entity, related in cases:
        flat = dict(entity)
        for prefix, rec in related.items():
            flat.update({f"{prefix}__{k}": v for k, v in rec.items()})
        by_kind.setdefault(kind, []).append(flat)
    batch_hits: set[tuple[str, str]] = set()
    for kind, rows in by_kind.items():
        schema = input_schema(kind)
        table = pa.Table.from_pylist(
            [{n: r.get(n) for n in schema.names} for r in rows], schema=schema
        )
        for r in db.scan(table, kind).select(["entity_id", "policy_id"]).to_pylist():
            batch_hits.add((r["entity_id"], r["policy_id"]))
    for pid, kind, i, ekind, entity, related in cases:
        report.total += 1
        got = any(p.id == pid for p, _ in rt.raw_hits(ekind, entity, related))
        got_batch = (entity["id"], pid) in batch_hits
        where = f"{pid} examples.{kind}[{i}] ({pack.policy(pid).source})"
        if got != got_batch:
            report.failures.append(
                f"{where}: engines disagree (realtime {'hit' if got else 'miss'}, duckdb {'hit' if got_batch else 'miss'})"
            )
        elif got != (kind == "hit"):
            report.failures.append(
                f"{where}: expected a {kind}, got {'a hit' if got else 'no hit'} / 期待と異なる結果"
            )
        else:
            report.passed += 1
    return report
