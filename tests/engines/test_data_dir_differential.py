"""The Japan pack on a generated marketplace: realtime and DuckDB give identical rows.

Uses the synthetic generator's tiny scale (600 listings) and ``scan_data_dir`` (sellers
and 56-day price summaries joined); the realtime engine sees the very same joined rows.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

from mamori.engines.duckdb import DuckDBEngine
from mamori.engines.runner import realtime_batches
from mamori.errors import DiagnosticsError
from mamori.evaluate.realtime import RealtimeEvaluator
from mamori.policy import load_pack


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from mamori.synth.config import SynthConfig
    from mamori.synth.generate import generate

    out = tmp_path_factory.mktemp("market")
    generate(out, SynthConfig.for_scale("tiny", seed=3))
    return out


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["listing", "seller", "creator_post"])
def test_jp_pack_on_a_generated_marketplace(data_dir: Path, kind: str) -> None:
    try:
        pack = load_pack("jp")
    except DiagnosticsError as e:
        pytest.skip(f"the jp pack does not load: {e.diagnostics[0].format()}")
    engine = DuckDBEngine(pack)
    batch = engine.scan_data_dir(data_dir, kind)
    realtime = pa.Table.from_batches(
        list(
            realtime_batches(RealtimeEvaluator(pack), engine.data_dir_batches(data_dir, kind), kind)
        ),
        schema=batch.schema,
    )
    assert batch.equals(realtime)
    if kind == "listing":
        assert batch.num_rows > 0


@pytest.mark.slow
def test_one_engine_scans_every_kind_like_fresh_engines(data_dir: Path) -> None:
    """An engine compiles one plan per entity kind and keeps caches across them (reasons
    formatted once per policy and evidence): scanning listings, then sellers, then posts
    with one engine gives exactly what a fresh engine gives for each kind."""
    pack = load_pack("jp")
    shared = DuckDBEngine(pack)
    for kind in ("listing", "seller", "creator_post"):
        assert shared.scan_data_dir(data_dir, kind).equals(
            DuckDBEngine(pack).scan_data_dir(data_dir, kind)
        ), kind
