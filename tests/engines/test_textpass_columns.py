"""The text pass's column shortcuts (lexicon bits from column scans, ``without`` keeping
the view where its lexicon has no match, ``regexp_like`` pre-tested by Arrow) give the
same values and evidence whatever the batch: one row at a time (views scanned alone, no
column scan), the whole batch, and with only some rows needed."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pytest

from mamori.engines.duckdb import DuckDBEngine, _positive
from mamori.engines.sources import read_batches
from mamori.engines.sql import text_column
from mamori.engines.textpass import TextPass
from mamori.policy import load_pack

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[DuckDBEngine, pa.RecordBatch]:
    engine = DuckDBEngine(load_pack(EXAMPLES))
    lines = (EXAMPLES / "listings.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(x) for x in lines]
    extra = [
        # permitted wording only; a phone number
        {"id": "x1", "category": "cosmetics", "title": "化粧水", "description": "肌荒れを防ぐ"},
        {"id": "x2", "category": "general", "title": "連絡", "description": "090-1234-5678 まで"},
    ]
    path = tmp_path_factory.mktemp("tpc") / "listings.jsonl"
    path.write_text(
        "\n".join(json.dumps(r, ensure_ascii=True) for r in rows + extra) + "\n",
        encoding="utf-8",
    )
    bad: list[Any] = []
    batches = list(read_batches(path, "listing", bad, 100_000))
    assert len(batches) == 1 and not bad
    return engine, batches[0]


def _columns(engine: DuckDBEngine, batch: pa.RecordBatch, needed: Any = None) -> Any:
    plan = engine.plans["listing"]
    tp = TextPass(plan.calls, engine.textcalls, _positive(plan)).run(batch, needed)
    return (
        {text_column(c): tp.columns[text_column(c)].to_pylist() for c in plan.calls},
        tp.evidence,
    )


def test_one_row_at_a_time_equals_the_whole_batch(setup) -> None:  # type: ignore[no-untyped-def]
    engine, batch = setup
    whole, whole_ev = _columns(engine, batch)
    plan = engine.plans["listing"]
    assert any(c.name == "regexp_like" for c in plan.calls)
    assert any("without" in c.source_key for c in plan.calls)
    for i in range(batch.num_rows):
        cols, ev = _columns(engine, batch.slice(i, 1))
        for name, values in cols.items():
            assert values == [whole[name][i]], (name, i)
        for k, sparse in enumerate(ev):
            assert sparse.get(0) == whole_ev[k].get(i), (k, i)


def test_rows_not_needed_are_null_and_the_others_unchanged(setup) -> None:  # type: ignore[no-untyped-def]
    engine, batch = setup
    whole, whole_ev = _columns(engine, batch)
    plan = engine.plans["listing"]
    rng = random.Random(5)
    for _ in range(5):
        needed = [np.array([rng.random() < 0.5 for _ in range(batch.num_rows)]) for _ in plan.calls]
        cols, ev = _columns(engine, batch, needed)
        for c in plan.calls:
            mask = needed[c.index]
            name = text_column(c)
            assert cols[name] == [v if m else None for v, m in zip(whole[name], mask, strict=True)]
            want = {i: e for i, e in whole_ev[c.index].items() if mask[i]}
            assert ev[c.index] == want


def test_sources_shared_by_masked_and_unmasked_calls(setup) -> None:  # type: ignore[no-untyped-def]
    """A source used by several calls is built on the union of their rows: with some
    calls on every row (no mask) and others on a few, each call still gets its own."""
    engine, batch = setup
    whole, whole_ev = _columns(engine, batch)
    plan = engine.plans["listing"]
    rng = random.Random(11)
    for trial in range(4):
        needed: list[Any] = [
            None
            if (c.index + trial) % 3 == 0
            else np.array([rng.random() < 0.3 for _ in range(batch.num_rows)])
            for c in plan.calls
        ]
        cols, ev = _columns(engine, batch, needed)
        for c in plan.calls:
            mask = needed[c.index]
            name = text_column(c)
            if mask is None:
                assert cols[name] == whole[name], name
                assert ev[c.index] == whole_ev[c.index], name
            else:
                assert cols[name] == [
                    v if m else None for v, m in zip(whole[name], mask, strict=True)
                ]
                assert ev[c.index] == {i: e for i, e in whole_ev[c.index].items() if mask[i]}
