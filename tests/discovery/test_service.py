from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import sqlglot
from typer.testing import CliRunner

from mamori.cli.main import app
from mamori.discovery.features import seller_features_sql
from mamori.discovery.findings import FINDINGS_SCHEMA, KINDS, finding_id
from mamori.errors import DataError
from mamori.services.discovery import discover, seller_risk


def test_findings_schema_and_ids(all_findings: pa.Table) -> None:
    assert all_findings.schema == FINDINGS_SCHEMA
    ids = all_findings.column("finding_id").to_pylist()
    assert len(ids) == len(set(ids))
    assert set(all_findings.column("kind").to_pylist()) <= set(KINDS)


def test_runs_are_deterministic(market_dir: Path, all_findings: pa.Table) -> None:
    again = discover(market_dir)
    assert again.equals(all_findings)


def test_finding_id_ignores_order_and_duplicates() -> None:
    assert finding_id("brushing", ["b", "a", "a"]) == finding_id("brushing", ["a", "b"])
    assert finding_id("brushing", ["a"]) != finding_id("review_burst", ["a"])


def test_only_and_unknown_kind(market_dir: Path) -> None:
    t = discover(market_dir, only=["account_ring"])
    assert set(t.column("kind").to_pylist()) == {"account_ring"}
    with pytest.raises(DataError, match="unknown finding kind"):
        discover(market_dir, only=["nope"])


def test_seller_risk_table_ranks_the_spike_seller_high(
    market_dir: Path, truth: dict[str, object]
) -> None:
    t = seller_risk(market_dir)
    assert t.column("rank").to_pylist() == list(range(1, t.num_rows + 1))
    top = t.column("seller_id").to_pylist()[:5]
    assert truth["spike"] in top
    scores = t.column("risk_score").to_pylist()
    assert scores == sorted(scores, reverse=True)


def test_seller_features_match_a_hand_computation(market_dir: Path) -> None:
    import duckdb

    from mamori.discovery.features import seller_features
    from mamori.engines.discovery_duckdb import DuckDBDiscoveryRunner

    r = DuckDBDiscoveryRunner.from_dir(market_dir)
    feats = {row["seller_id"]: row for row in seller_features(r).to_pylist()}
    hand = duckdb.sql(
        f"SELECT seller_id, COUNT(*) AS n, COUNT(*) FILTER (status = 'refunded') AS refunds,"
        f" SUM(amount) AS gmv FROM read_parquet('{market_dir}/orders.parquet') GROUP BY 1"
    ).fetchall()
    assert len(hand) == len(feats)
    for seller, n, refunds, gmv in hand:
        assert (feats[seller]["orders"], feats[seller]["refunds"], feats[seller]["gmv"]) == (
            n,
            refunds,
            gmv,
        )


@pytest.mark.parametrize("flags", [(True, True, True, True), (False, False, False, False)])
def test_feature_sql_transpiles_to_spark(flags: tuple[bool, bool, bool, bool]) -> None:
    sql = seller_features_sql(
        has_listings=flags[0], has_sellers=flags[1], has_reports=flags[2], has_hits=flags[3]
    )
    spark = sqlglot.transpile(sql, read="duckdb", write="spark")[0]
    assert "INTERVAL '30' DAY" in spark


def test_cli_writes_findings(market_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "f.parquet"
    res = CliRunner().invoke(
        app,
        [
            "discover",
            str(market_dir),
            "-o",
            str(out),
            "--only",
            "brushing",
            "--only",
            "account_ring",
        ],
    )
    assert res.exit_code == 0, res.output
    t = pq.read_table(out)
    assert sorted(set(t.column("kind").to_pylist())) == ["account_ring", "brushing"]
    assert "findings" in res.output


def test_cli_errors_are_bilingual(market_dir: Path, tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["discover", str(tmp_path / "missing")])
    assert res.exit_code == 2
    assert "データディレクトリ" in res.output and "data directory not found" in res.output


def test_spark_engine_missing_is_a_clear_error(
    market_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "mamori.engines.discovery_spark", None)  # import fails
    res = CliRunner().invoke(
        app, ["discover", str(market_dir), "--engine", "spark", "-o", str(tmp_path / "x")]
    )
    assert res.exit_code == 2
    assert "discovery_spark" in res.output and "--engine duckdb" in res.output


def test_unknown_engine(market_dir: Path) -> None:
    from mamori.errors import UnsupportedError

    with pytest.raises(UnsupportedError, match="unsupported engine"):
        discover(market_dir, engine="polars")


def test_hits_beside_the_data_dir_feed_the_risk_table(tmp_path: Path) -> None:
    from .market import write

    data = tmp_path / "run" / "data"
    write(data)
    hits = pa.table(
        {
            "entity_id": ["L03100", "L03101", "L03102"],
            "policy_id": ["jp.x"] * 3,
            "policy_version": [1] * 3,
            "severity": ["high"] * 3,
            "action": ["delist"] * 3,
            "points": [4, 4, 4],
        }
    )
    pq.write_table(hits, tmp_path / "run" / "hits.parquet")  # the demo run layout
    t = seller_risk(data)
    row = next(r for r in t.to_pylist() if r["seller_id"] == "S031")
    assert (row["hits"], row["hit_points"]) == (3, 12)
    assert row["z_hit_points"] > 0


def test_notebook_example_runs(
    market_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import runpy
    import sys

    example = Path(__file__).resolve().parents[2] / "examples" / "discovery" / "notebook.py"
    monkeypatch.setattr(sys, "argv", [str(example), str(market_dir)])
    runpy.run_path(str(example), run_name="__main__")
    out = capsys.readouterr().out
    assert "gap term: シナプトン" in out and "draft.gap." in out


def test_missing_hits_file_is_a_clear_error(market_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(DataError, match="hits file not found"):
        discover(market_dir, only=["seller_risk"], hits=tmp_path / "nope.parquet")
