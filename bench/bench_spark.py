"""Spark (local mode) vs DuckDB: the Japan pack over the same listings Parquet file.

Start-up (JVM, session, first Python worker) is measured apart from the work, because
a cluster pays it once per application while DuckDB pays nothing; the ratio is Spark's
work time over DuckDB's end-to-end time on the same machine (DuckDB with its text pass
on both cores, Spark as ``local[2]``). Data: 1 M generated listings (quick: 50 k) with
~300 characters of Japanese description each (bench_engine's generator).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any


def _write_listings(path: Path, n: int) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from bench.bench_engine import make_listings
    from mamori.engines.sources import input_schema

    schema = input_schema("listing")
    chunk = 50_000
    with pq.ParquetWriter(path, schema) as w:
        for k, start in enumerate(range(0, n, chunk)):
            rows = make_listings(min(chunk, n - start), seed=7 + k)
            for i, r in enumerate(rows):
                r["id"] = f"L{start + i:08d}"
            w.write_table(
                pa.Table.from_pylist(
                    [{c: r.get(c) for c in schema.names} for r in rows], schema=schema
                )
            )


def run(quick: bool = False) -> dict[str, dict[str, Any]]:
    from mamori.engines.duckdb import DuckDBEngine
    from mamori.policy import load_pack

    n = 50_000 if quick else 1_000_000
    pack = load_pack("jp")
    out: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "listings.parquet"
        _write_listings(path, n)

        t0 = time.perf_counter()
        duck = DuckDBEngine(pack, workers=2).scan(path)
        duck_s = time.perf_counter() - t0

        try:
            from mamori.engines.spark import SparkEngine
            from mamori.engines.spark_session import get_session, stop_session
        except ImportError as e:  # no pyspark: report, do not fail the whole bench
            return {"spark_scan_jp": {"value": float("nan"), "unit": "s", "note": f"skipped: {e}"}}
        t0 = time.perf_counter()
        spark = get_session("local[2]")
        spark.range(1).count()
        startup_s = time.perf_counter() - t0
        try:
            engine = SparkEngine(pack, session=spark)
            t0 = time.perf_counter()
            hits = engine.scan(str(path))
            spark_s = time.perf_counter() - t0
            # Warm: Python workers already hold the compiled matcher.
            t0 = time.perf_counter()
            engine.scan(str(path))
            spark_warm_s = time.perf_counter() - t0
        finally:
            stop_session()
        same = hits.num_rows == duck.num_rows
        out["spark_startup_s"] = {
            "value": startup_s,
            "unit": "s",
            "baseline_value": 0.0,
            "ratio": None,
            "note": "JVM + SparkSession + first job; paid once per application",
        }
        out[f"spark_scan_jp_{n // 1000}k"] = {
            "value": spark_s,
            "unit": "s",
            "baseline_value": duck_s,
            "ratio": spark_s / duck_s,
            "note": f"Spark local[2] work vs DuckDB (2 text-pass workers), {n:,} listings, "
            f"{hits.num_rows:,} hits, {'same' if same else 'DIFFERENT'} hit count",
        }
        out[f"spark_scan_jp_{n // 1000}k_warm"] = {
            "value": spark_warm_s,
            "unit": "s",
            "baseline_value": duck_s,
            "ratio": spark_warm_s / duck_s,
            "note": "second scan in the same session (workers and matcher warm)",
        }
        out[f"spark_rows_per_s_{n // 1000}k"] = {
            "value": n / spark_warm_s,
            "unit": "rows/s",
            "baseline_value": n / duck_s,
            "ratio": duck_s / spark_warm_s,
            "note": "throughput, warm; ratio > 1 means Spark is faster",
        }
    return out
