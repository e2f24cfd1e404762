"""Synthetic-marketplace generation: rows per second against a plain-write baseline.

The generator composes Japanese text per listing and vectorises orders, reviews and price
histories; the baseline writes an order-shaped table of random numbers and ids with the
same Parquet writer, which bounds what any generator of that many rows can do.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any


def _baseline(path: Path, rows: int) -> float:
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    rng = np.random.default_rng(0)
    started = time.perf_counter()
    with pq.ParquetWriter(
        path,
        pa.schema([("id", pa.string()), ("n", pa.int64()), ("t", pa.timestamp("us"))]),
        compression="zstd",
    ) as w:
        for c0 in range(0, rows, 500_000):
            m = min(500_000, rows - c0)
            ids = pc.utf8_lpad(
                pc.cast(pa.array(np.arange(c0, c0 + m)), pa.string()), width=9, padding="0"
            )
            w.write_table(
                pa.table(
                    {
                        "id": ids,
                        "n": pa.array(rng.integers(0, 10_000, m)),
                        "t": pa.array(rng.integers(0, 10**15, m), pa.timestamp("us")),
                    }
                )
            )
    return time.perf_counter() - started


def run(quick: bool = False) -> dict[str, dict[str, Any]]:
    from mamori.synth.config import SynthConfig
    from mamori.synth.generate import generate

    cfg = (
        SynthConfig(sellers=100, listings=2_000, orders=20_000, seed=1)
        if quick
        else SynthConfig(sellers=2_000, listings=50_000, orders=500_000, seed=1)
    )
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        summary = generate(Path(tmp) / "data", cfg)
        seconds = time.perf_counter() - started
        total_rows = sum(summary.rows.values())
        base = _baseline(Path(tmp) / "baseline.parquet", total_rows)
    rate = total_rows / seconds
    base_rate = total_rows / base
    return {
        "synth.rows_per_s": {
            "value": rate,
            "unit": "rows/s",
            "baseline_value": base_rate,
            "ratio": rate / base_rate,
            "note": f"{cfg.listings:,} listings, {cfg.orders:,} orders, {total_rows:,} rows in {seconds:.1f} s",
        },
        "synth.listings_per_s": {
            "value": cfg.listings / seconds,
            "unit": "listings/s",
            "ratio": None,
            "note": "whole world per listing (text, posts, orders, reviews)",
        },
    }
