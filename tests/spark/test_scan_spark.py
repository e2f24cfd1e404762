"""The Spark engine end to end: the Japan pack's evaluation set on three engines, the
``mamori scan --engine spark`` command, and a synthetic data directory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from mamori.engines.duckdb import DuckDBEngine
from mamori.engines.spark import SparkEngine
from mamori.policy import load_pack

pytestmark = [
    pytest.mark.spark,
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
]


@pytest.fixture(scope="module")
def jp() -> Any:
    return load_pack("jp")


def test_jp_eval_set_identical_on_three_engines(
    spark: Any, jp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bench import eval_pack_jp as ev

    rows = ev.load_rows()
    realtime = ev.realtime_hits(rows, jp)
    duck = ev.duckdb_hits(rows, jp)
    # The evaluation's own table building (entities + related tables per kind), with
    # the engine swapped for Spark.
    monkeypatch.setattr(
        "mamori.engines.duckdb.DuckDBEngine", lambda pack: SparkEngine(pack, session=spark)
    )
    sp = ev.duckdb_hits(rows, jp)
    assert len(realtime) > 300  # hundreds of hits with evidence, not a vacuous match
    assert duck == realtime
    assert sp == realtime, sorted(set(sp) ^ set(realtime))[:10]


def test_scan_command_with_spark(spark: Any, tmp_path: Path) -> None:
    from mamori.cli.main import app

    src = tmp_path / "listings.jsonl"
    lines = [
        {"id": "l1", "category": "health_food", "title": "飲むだけで糖尿病が治るサプリ"},
        {"id": "l2", "category": "cosmetics", "title": "肌にうるおいを与える化粧水"},
        {"title": "no id"},
        {"id": "l3", "category": "health_food", "title": "がんに効く", "price": "cheap"},
        {"id": "l4", "category": "food", "title": "花粉症が治るお茶", "description": None},
    ]
    src.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n{bad\n")
    runner = CliRunner()
    out_spark, out_duck = tmp_path / "spark.parquet", tmp_path / "duck.parquet"
    r = runner.invoke(app, ["scan", str(src), "-o", str(out_spark), "--engine", "spark"])
    assert r.exit_code == 0, r.output
    assert "3 bad rows" in r.output or "不正な行 3 件" in r.output
    r2 = runner.invoke(app, ["scan", str(src), "-o", str(out_duck), "--engine", "duckdb"])
    assert r2.exit_code == 0, r2.output
    a, b = pq.read_table(out_spark).to_pylist(), pq.read_table(out_duck).to_pylist()
    assert {x["entity_id"] for x in a} >= {"l1", "l4"}
    assert a == b


def test_data_dir_scan_equals_duckdb(spark: Any, jp: Any, synth_dir: Path) -> None:
    """Parquet read by Spark, related records (sellers, creators, listings, 56-day price
    summaries) joined in Spark SQL — every entity kind the Japan pack has policies for,
    as ``mamori backtest --engine spark`` scans them."""

    def key(t: Any) -> list[Any]:
        return sorted(t.to_pylist(), key=lambda r: (r["entity_id"], r["policy_id"]))

    engine = SparkEngine(jp, session=spark)
    duck_engine = DuckDBEngine(jp)
    total = 0
    for kind in sorted({p.applies_to for p in jp.policies}):
        duck = duck_engine.scan_data_dir(synth_dir, entity=kind)
        sp = engine.scan_data_dir(synth_dir, entity=kind)
        assert key(sp) == key(duck), kind
        total += duck.num_rows
        if kind == "listing":
            rows = pq.ParquetFile(synth_dir / "listings.parquet").metadata.num_rows
            assert engine.rows_scanned == rows
    assert total > 50


def test_missing_java_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """Checked before a JVM is started, so it is fast and bilingual (no session needed)."""
    from pyspark.sql import SparkSession

    from mamori.engines import spark_session

    monkeypatch.setattr(SparkSession, "getActiveSession", staticmethod(lambda: None))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setattr(spark_session.shutil, "which", lambda name: None)
    with pytest.raises(spark_session.SparkUnavailable, match="Java 17"):
        spark_session.get_session()


def test_scan_frame_of_a_partial_dataframe(spark: Any, jp: Any) -> None:
    """A DataFrame someone already has: missing columns are NULL, as in a file."""
    df = spark.createDataFrame(
        [("p1", "health_food", "飲むだけで糖尿病が治るサプリ"), ("p2", "food", "おいしいお米")],
        "id string, category string, title string",
    )
    hits = SparkEngine(jp, session=spark).scan_frame(df, "listing").to_pylist()
    assert {h["entity_id"] for h in hits} == {"p1"}
    ev = [e for h in hits for e in h["evidence"]]
    assert any(e["field"] == "title" and "糖尿病" in e["text"] for e in ev)


def test_price_summary_equals_duckdb(spark: Any, synth_dir: Path) -> None:
    """Every field of the 56-day price summary, days since the list price included."""
    import duckdb

    from mamori.engines.duckdb import price_summary_sql

    listings, ph = str(synth_dir / "listings.parquet"), str(synth_dir / "price_history.parquet")
    con = duckdb.connect()
    con.execute(price_summary_sql(listings, ph))
    duck = con.sql("SELECT * FROM price_summary ORDER BY listing_id").fetchall()
    sp = SparkEngine(load_pack("jp"), session=spark)._price_summary(listings, ph)
    rows = [tuple(r) for r in sp.orderBy("listing_id").collect()]
    assert rows == duck
    assert any(r[-1] is not None and r[-1] > 0 for r in duck)
