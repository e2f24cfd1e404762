"""``mamori synth`` and ``mamori demo`` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from mamori.cli.main import app


def test_synth_command_writes_the_data_directory(tmp_path: Path) -> None:
    out = tmp_path / "d"
    res = CliRunner().invoke(
        app, ["synth", "--scale", "tiny", "--seed", "2", "--orders", "5000", "-o", str(out)]
    )
    assert res.exit_code == 0, res.output
    assert "listings" in res.output
    manifest = json.loads((out / "synth.json").read_text("utf-8"))
    assert manifest["config"]["orders"] == 5000 and manifest["config"]["seed"] == 2
    assert pq.ParquetFile(out / "orders.parquet").metadata.num_rows >= 5000


def test_synth_command_rejects_bad_sizes(tmp_path: Path) -> None:
    res = CliRunner().invoke(
        app, ["synth", "--scale", "small", "--sellers", "5", "-o", str(tmp_path)]
    )
    assert res.exit_code != 0
    res = CliRunner().invoke(app, ["synth", "--scale", "huge", "-o", str(tmp_path)])
    assert res.exit_code != 0


@pytest.mark.slow
def test_demo_runs_every_step_and_reuses_on_a_second_run(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    first = CliRunner().invoke(app, ["demo", "-o", str(out)])
    assert first.exit_code == 0, first.output
    for name in (
        "data/listings.parquet",
        "data/labels.parquet",
        "hits.parquet",
        "findings.parquet",
        "backtest.json",
        "enforcement.json",
        "mamori.db",
        "report.html",
    ):
        assert (out / name).exists(), name
    assert pq.ParquetFile(out / "hits.parquet").metadata.num_rows > 100
    assert "report.html" in first.output
    page = (out / "report.html").read_text("utf-8")
    assert 'id="enforcement"' in page and 'id="backtest"' in page
    stamp = (out / "data" / "listings.parquet").stat().st_mtime_ns
    second = CliRunner().invoke(app, ["demo", "-o", str(out)])
    assert second.exit_code == 0, second.output
    assert "reused" in second.output
    assert (out / "data" / "listings.parquet").stat().st_mtime_ns == stamp


def test_demo_says_which_capability_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the engine, the backtest and discovery the demo still generates data and
    writes the report, and names each missing step instead of faking its output."""
    import importlib
    import sys

    for mod in ("mamori.engines.duckdb", "mamori.services.discovery", "mamori.services.backtest"):
        monkeypatch.setitem(sys.modules, mod, None)
        # `from package import module` finds an attribute before sys.modules
        parent, _, name = mod.rpartition(".")
        monkeypatch.delattr(importlib.import_module(parent), name, raising=False)
    out = tmp_path / "demo"
    res = CliRunner().invoke(app, ["demo", "-o", str(out)], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    assert res.output.count("unavailable") >= 3
    assert not (out / "hits.parquet").exists() and not (out / "findings.parquet").exists()
    page = (out / "report.html").read_text("utf-8")
    assert "no hits.parquet" in page and 'id="ground-truth"' in page
