"""``--map FIELD=SOURCE``: inputs whose fields are named otherwise (商品名, item.name)."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from mamori.cli.main import app
from mamori.engines.sources import BadRow, map_fields, read_batches

JP_MAP = {
    "id": "商品ID",
    "category": "カテゴリ",
    "title": "商品名",
    "description": "商品説明文",
    "price": "販売価格",
    "seller.seller_type": "出店形態",
}


def _read(path: Path, mapping: dict[str, str]) -> list[dict[str, object]]:
    bad: list[BadRow] = []
    rows = [r for b in read_batches(path, "listing", bad, mapping=mapping) for r in b.to_pylist()]
    assert bad == []
    return rows


def test_csv_with_japanese_headers(tmp_path: Path) -> None:
    path = tmp_path / "rms.csv"
    path.write_bytes(
        "商品ID,カテゴリ,商品名,商品説明文,販売価格,出店形態\n"
        'A1,health_food,黒酢サプリ,飲むだけで痩せる,"1,980",individual\n'.encode("cp932")
    )
    (row,) = _read(path, JP_MAP)
    assert (row["id"], row["title"], row["price"]) == ("A1", "黒酢サプリ", 1980)
    assert row["seller__seller_type"] == "individual"


def test_json_paths_in_jsonl_and_arrays(tmp_path: Path) -> None:
    item = {
        "item": {"code": 101, "name": "痩せるお茶", "caption": "飲むだけ"},
        "price": {"amount": "980", "currency": "JPY"},
        "images": [{"url": "a.jpg"}],
        "brand": "X",
    }
    mapping = {"id": "item.code", "title": "item.name", "price": "price.amount"}
    for name, text in (
        ("items.jsonl", json.dumps(item, ensure_ascii=False)),
        ("items.json", json.dumps([item], ensure_ascii=False, indent=2)),
    ):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        (row,) = _read(path, mapping)
        assert (row["id"], row["title"], row["price"], row["brand"]) == (
            "101",
            "痩せるお茶",
            980,
            "X",
        )
    assert map_fields(item, {"description": "images.0.url"})["description"] == "a.jpg"
    assert map_fields(item, {"description": "images.5.url"})["description"] is None


def test_parquet_columns(tmp_path: Path) -> None:
    path = tmp_path / "x.parquet"
    pq.write_table(pa.table({"sku": ["P1"], "name": ["糖尿病が治る水"], "cat": ["food"]}), path)
    (row,) = _read(path, {"id": "sku", "title": "name", "category": "cat"})
    assert (row["id"], row["title"], row["category"]) == ("P1", "糖尿病が治る水", "food")


@pytest.mark.parametrize("engine", ["realtime", "duckdb"])
def test_scan_with_map(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "rms.csv"
    path.write_text(
        "商品ID,カテゴリ,商品名,商品説明文,販売価格\nA1,health_food,黒酢サプリ,飲むだけで痩せる,1980\n",
        encoding="utf-8",
    )
    args = ["scan", str(path), "-o", "-", "--engine", engine]
    for target in ("id", "category", "title", "description", "price"):
        args += ["--map", f"{target}={JP_MAP[target]}"]
    r = CliRunner().invoke(app, args)
    assert r.exit_code == 0, r.output
    hits = [json.loads(x) for x in r.stdout.splitlines() if x.startswith("{")]
    assert {h["entity_id"] for h in hits} == {"A1"}
    assert any(e["field"] == "description" for h in hits for e in h["evidence"])


def test_bad_maps_exit_2_naming_each(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"id": "a"}\n', encoding="utf-8")
    r = CliRunner().invoke(app, ["scan", str(path), "-o", "-", "--map", "titel=名前", "--map", "x"])
    assert r.exit_code == 2
    assert "did you mean 'title'" in r.output and "expected FIELD=SOURCE" in r.output
