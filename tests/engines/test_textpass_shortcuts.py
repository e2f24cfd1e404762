"""The text pass's shortcuts (no-match answers, value-only lexicon tests, shared field
views) give the values and evidence of calling every function on every row."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from mamori.engines.duckdb import DuckDBEngine, _positive
from mamori.engines.sources import read_batches
from mamori.engines.sql import column_name, text_column
from mamori.engines.textpass import TextPass
from mamori.evaluate.textcalls import TextState
from mamori.policy import load_pack

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[DuckDBEngine, pa.RecordBatch]:
    engine = DuckDBEngine(load_pack(EXAMPLES))
    lines = (EXAMPLES / "listings.jsonl").read_text(encoding="utf-8").splitlines()
    # every row twice: repeated values share one view per batch
    doubled = lines + [json.dumps(dict(json.loads(x), id="b" + json.loads(x)["id"])) for x in lines]
    path = tmp_path_factory.mktemp("tp") / "listings.jsonl"
    path.write_text("\n".join(doubled) + "\n", encoding="utf-8")
    bad: list[Any] = []
    batches = list(read_batches(path, "listing", bad, 100_000))
    assert len(batches) == 1 and not bad
    return engine, batches[0]


def _slow(engine: DuckDBEngine, batch: pa.RecordBatch) -> list[list[tuple[Any, Any]]]:
    """Every call on every row through TextCalls.call, fresh state, no shortcuts."""
    tc = engine.textcalls
    assert tc is not None
    cols = {name: batch.column(name).to_pylist() for name in batch.schema.names}
    out = []
    for c in engine.plans["listing"].calls:
        col = []
        for i in range(batch.num_rows):
            get = lambda path, i=i: cols[column_name(path)][i]  # noqa: E731
            col.append(tc.call(c, get, TextState()))
        out.append(col)
    return out


def test_shortcuts_match_calling_every_function(setup) -> None:  # type: ignore[no-untyped-def]
    engine, batch = setup
    plan = engine.plans["listing"]
    assert plan.calls, "the example pack has text calls"
    positive = _positive(plan)
    assert len(positive) < len(plan.calls), "some call is only ever negated (value-only path)"
    fast = TextPass(plan.calls, engine.textcalls, positive).run(batch)
    full = TextPass(plan.calls, engine.textcalls).run(batch)
    slow = _slow(engine, batch)
    for c in plan.calls:
        values = fast.columns[text_column(c)].to_pylist()
        assert values == full.columns[text_column(c)].to_pylist()
        assert values == [v for v, _ in slow[c.index]], c.key
        expected_ev = {i: ev for i, (_, ev) in enumerate(slow[c.index]) if ev}
        assert full.evidence[c.index] == expected_ev, c.key
        if c.index in positive:
            assert fast.evidence[c.index] == expected_ev, c.key
