"""Input files as Japanese teams produce them: Excel's UTF-8 with a BOM, Shift_JIS CSV."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mamori.cli.main import app
from mamori.engines.sources import BadRow, detect_encoding, read_batches

HEADER = "id,category,title,description,price\n"
ROW = "L{i},health_food,飲むだけで痩せるサプリ{i},糖尿病が治る,1980\n"


def _rows(path: Path) -> tuple[list[dict[str, object]], list[BadRow]]:
    bad: list[BadRow] = []
    rows = [r for b in read_batches(path, "listing", bad) for r in b.to_pylist()]
    return rows, bad


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        ("utf8.csv", lambda s: s.encode("utf-8")),
        ("bom.csv", lambda s: codecs.BOM_UTF8 + s.encode("utf-8")),  # Excel "CSV UTF-8"
        ("sjis.csv", lambda s: s.encode("cp932")),  # Excel "CSV", 楽天 RMS downloads
    ],
)
def test_csv_encodings_read_the_same(tmp_path: Path, name: str, encode: object) -> None:
    path = tmp_path / name
    text = HEADER + "".join(ROW.format(i=i) for i in range(3))
    path.write_bytes(encode(text))  # type: ignore[operator]
    rows, bad = _rows(path)
    assert bad == []
    assert [r["id"] for r in rows] == ["L0", "L1", "L2"]
    assert rows[2]["title"] == "飲むだけで痩せるサプリ2" and rows[0]["price"] == 1980


def test_jsonl_with_bom_and_in_shift_jis(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"L{i}", "title": "ﾀﾞｲｴｯﾄ①"}, ensure_ascii=False) for i in range(2)]
    for name, data in (
        ("bom.jsonl", codecs.BOM_UTF8 + "\n".join(lines).encode("utf-8")),
        ("sjis.jsonl", "\n".join(lines).encode("cp932")),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        rows, bad = _rows(path)
        assert bad == [] and [r["title"] for r in rows] == ["ﾀﾞｲｴｯﾄ①"] * 2, name


def test_one_corrupt_line_does_not_flip_a_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    body = (HEADER + ROW.format(i=0)).encode("utf-8") + "L1,food,壊れた行,x,1\n".encode("cp932")
    path.write_bytes(body + ROW.format(i=2).encode("utf-8"))
    assert detect_encoding(path) == "utf-8"
    rows, bad = _rows(path)
    assert [r["id"] for r in rows] == ["L0", "L2"]
    assert [b.line for b in bad] == [3] and "invalid UTF-8" in bad[0].message


def test_a_bad_line_in_a_shift_jis_file_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "sjis.csv"
    body = (HEADER + ROW.format(i=0)).encode("cp932") + b"L1,food,\x82\xff,x,1\n"
    path.write_bytes(body)
    assert detect_encoding(path) == "cp932"
    rows, bad = _rows(path)
    assert [r["id"] for r in rows] == ["L0"]
    assert "Shift_JIS" in bad[0].message


def test_the_sample_may_end_inside_a_character(tmp_path: Path) -> None:
    """Detection reads the first 64 KiB: a multi-byte character cut there is not an error."""
    for enc, filler in (("utf-8", "痩"), ("cp932", "痩")):
        path = tmp_path / f"long-{enc}.csv"
        head = HEADER.encode(enc) + b"L0,food,"
        pad = (filler * 40_000).encode(enc)
        path.write_bytes(head + b"a" + pad + b",x,1\n")  # 'a' shifts the cut into a character
        assert detect_encoding(path) == enc, enc


def test_explain_reads_bom_and_shift_jis(tmp_path: Path) -> None:
    doc = json.dumps({"id": "L1", "category": "health_food", "title": "飲むだけで痩せる"})
    for name, data in (
        ("bom.json", codecs.BOM_UTF8 + doc.encode("utf-8")),
        ("sjis.json", json.dumps(json.loads(doc), ensure_ascii=False).encode("cp932")),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        r = CliRunner().invoke(app, ["explain", "--pack", "jp", str(path)])
        assert r.exit_code == 0, (name, r.output)
        assert "jp.keihyo.slimming-claim" in r.stdout
    path = tmp_path / "garbage.json"
    path.write_bytes(b"\x80\x80{")
    r = CliRunner().invoke(app, ["explain", "--pack", "jp", str(path)])
    assert r.exit_code == 2 and "cannot read" in r.output
