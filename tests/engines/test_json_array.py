"""A ``.json`` file holding one JSON array of rows (an API dump) scans like JSONL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mamori.cli.main import app
from mamori.engines.sources import BadRow, read_batches


def _read(path: Path) -> tuple[list[dict[str, object]], list[BadRow]]:
    bad: list[BadRow] = []
    rows = [r for b in read_batches(path, "listing", bad) for r in b.to_pylist()]
    return rows, bad


def test_pretty_printed_array_with_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "dump.json"
    rows = [
        {"id": "L1", "title": "飲むだけで痩せる"},
        "not an object",
        {"id": "L3", "title": "普通の商品", "price": "1,980"},
    ]
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")
    got, bad = _read(path)
    assert [r["id"] for r in got] == ["L1", "L3"] and got[1]["price"] == 1980
    assert [(b.line, b.message) for b in bad] == [(6, "expected a JSON object, got str")]


def test_large_array_streams_across_chunks(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    n = 4000
    rows = [{"id": f"L{i}", "description": "糖尿病が治る" * 60} for i in range(n)]
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    assert path.stat().st_size > 3 * (1 << 20)  # several read chunks
    got, bad = _read(path)
    assert bad == [] and [r["id"] for r in got] == [f"L{i}" for i in range(n)]


def test_shift_jis_array_and_broken_json(tmp_path: Path) -> None:
    path = tmp_path / "sjis.json"
    path.write_bytes(
        json.dumps([{"id": "L1", "title": "痩せる"}], ensure_ascii=False).encode("cp932")
    )
    got, bad = _read(path)
    assert got[0]["title"] == "痩せる" and bad == []
    broken = tmp_path / "broken.json"
    broken.write_text('[\n{"id": "L1"},\n{"id": "L2",,}\n, {"id": "L3"}]', encoding="utf-8")
    got, bad = _read(broken)
    assert [r["id"] for r in got] == ["L1"]
    assert bad[0].line == 3 and "invalid JSON" in bad[0].message


@pytest.mark.parametrize("engine", ["realtime", "duckdb"])
def test_scan_a_json_array(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "dump.json"
    rows = [{"id": "L1", "category": "health_food", "title": "飲むだけで痩せる"}]
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    r = CliRunner().invoke(app, ["scan", str(path), "-o", "-", "--engine", engine])
    assert r.exit_code == 0, r.output
    hits = [json.loads(x) for x in r.stdout.splitlines() if x.startswith("{")]
    assert hits and {h["entity_id"] for h in hits} == {"L1"}
    assert "0 bad rows" in r.stderr
