"""``mamori discover --features-out``: the sellers' risk features that ``feature()`` reads."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from mamori.cli.main import app
from mamori.engines.features import read_features


def test_discover_writes_features_that_scan_reads(tmp_path: Path, market_dir: Path) -> None:
    out = tmp_path / "risk.parquet"
    r = CliRunner().invoke(
        app,
        [
            "discover",
            str(market_dir),
            "-o",
            str(tmp_path / "f.parquet"),
            "--only",
            "seller_risk",
            "--features-out",
            str(out),
        ],
    )
    assert r.exit_code == 0, r.output
    t = read_features(out)
    assert t.num_rows > 0 and t.column("risk_score").null_count == 0
    assert t.column("rank").to_pylist()[0] == 1
