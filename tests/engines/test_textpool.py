"""Text-pass worker processes (``DuckDBEngine(workers=n)``, ``mamori.engines.textpool``)."""

from __future__ import annotations

import importlib
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pyarrow as pa
import pytest

from mamori.engines import textpool
from mamori.engines.duckdb import DuckDBEngine, _positive
from mamori.engines.sources import read_batches
from mamori.policy import load_pack

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def pack():  # type: ignore[no-untyped-def]
    return load_pack(EXAMPLES)


@pytest.mark.slow
def test_chunks_over_workers_give_the_hits_of_one_process(pack) -> None:  # type: ignore[no-untyped-def]
    # batch_size 6 over 2 workers: chunks of 1,024 rows at least, so use many rows by
    # repeating the examples with fresh ids (several chunks, a short last one).
    rows = []
    batches = list(read_batches(EXAMPLES / "listings.jsonl", "listing", [], 1000))
    base = pa.Table.from_batches(batches).to_pylist()
    for k in range(250):
        rows += [{**r, "id": f"{r['id']}-{k}"} for r in base]
    table = pa.Table.from_pylist(rows, schema=batches[0].schema)
    one = DuckDBEngine(pack).scan(table)
    engine = DuckDBEngine(pack, workers=2, batch_size=4096)
    two = engine.scan(table)
    assert one.num_rows > 0
    assert one.equals(two)
    # every worker reported its CPU time (start-up included)
    assert len(engine.worker_cpu) == 2
    assert all(cpu > 0 for cpu in engine.worker_cpu.values())


@pytest.mark.slow
def test_a_worker_never_imports_pandas(pack) -> None:  # type: ignore[no-untyped-def]
    # pyarrow imports pandas on its first conversion (~0.9 s CPU per worker); workers
    # make that import fail, which pyarrow takes as "no pandas". The scanning process
    # itself is left alone.
    engine = DuckDBEngine(pack)
    plan = engine.plans["listing"]
    assert engine.textcalls is not None
    args = (plan.calls, tuple(sorted(_positive(plan))), engine.textcalls.env)
    with ProcessPoolExecutor(
        1, mp_context=textpool.context(), initializer=textpool.init_worker, initargs=args
    ) as pool:
        with pytest.raises(ImportError, match="do not use pandas"):
            pool.submit(importlib.import_module, "pandas").result()
        assert pool.submit(textpool.ready).result() > 0  # the worker is fine otherwise
    assert importlib.import_module("pandas").__name__ == "pandas"
