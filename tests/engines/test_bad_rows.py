"""Bad input rows in JSONL and CSV: broken UTF-8 and oversized fields are bad rows.

Each bad row is reported with its line and skipped; the good rows around it give the same
hits as a file of good rows alone, on both engines. Blank lines are not rows at all.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from mamori.engines.runner import run_scan
from mamori.engines.sources import BadRow, _rows
from mamori.policy import load_pack
from mamori.policy.pack import Pack

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ENGINES = ("realtime", "duckdb")
LIMIT = 4096  # small limit so the oversized rows stay small test data
GOOD = [
    {"id": "G1", "category": "food", "title": "飲むだけで糖尿病が治る", "price": 100},
    {"id": "G2", "category": "food", "title": "国産ひのきのまな板", "price": 200},
    {"id": "G3", "category": "food", "title": "がんが治るお茶", "price": 300},
]
COLUMNS = ["id", "category", "title", "description", "price"]


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(EXAMPLES)


def _jsonl(rows: list[bytes]) -> bytes:
    return b"".join(r + b"\n" for r in rows)


def _good_jsonl() -> list[bytes]:
    return [json.dumps(r, ensure_ascii=False).encode() for r in GOOD]


def _csv(rows: list[dict[str, object]]) -> bytes:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: r.get(k, "") for k in COLUMNS})
    return buf.getvalue().encode()


def _scan(pack: Pack, src: Path, engine: str, tmp: Path) -> tuple[list[tuple[str, str]], list[str]]:
    out = tmp / f"hits-{engine}-{src.stem}.jsonl"
    msgs: list[str] = []
    stats = run_scan(pack, src, out, engine=engine, report=msgs.append, max_field_bytes=LIMIT)
    hits = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert stats.hits == len(hits)
    return sorted((h["entity_id"], h["policy_id"]) for h in hits), msgs


def _reference(pack: Pack, tmp: Path, engine: str) -> list[tuple[str, str]]:
    clean = tmp / "clean.jsonl"
    clean.write_bytes(_jsonl(_good_jsonl()))
    hits, msgs = _scan(pack, clean, engine, tmp)
    assert msgs == [] and hits, "the good rows must hit something"
    return hits


@pytest.mark.parametrize("engine", ENGINES)
def test_jsonl_broken_utf8_and_huge_field(pack: Pack, tmp_path: Path, engine: str) -> None:
    good = _good_jsonl()
    huge = json.dumps(
        {"id": "H1", "title": "糖尿病が治る", "description": "治る" * LIMIT}, ensure_ascii=False
    ).encode()
    lines = [
        good[0],
        b'{"id": "U1", "title": "\xe7\xb3\x96\xff\xfe\xe6\xb2\xbb\xe3\x82\x8b"}',  # line 2
        b"",  # blank: ignored, not a bad row
        b"   ",
        good[1],
        huge,  # line 6
        good[2],
    ]
    src = tmp_path / "mixed.jsonl"
    src.write_bytes(_jsonl(lines))
    hits, msgs = _scan(pack, src, engine, tmp_path)
    assert hits == _reference(pack, tmp_path, engine)
    assert len(msgs) == 2, msgs
    assert msgs[0].startswith(f"{src}:2: ") and "UTF-8" in msgs[0]
    assert msgs[1].startswith(f"{src}:6: ") and "'description'" in msgs[1]
    assert f"{LIMIT:,}" in msgs[1] and "バイト" in msgs[1]


@pytest.mark.parametrize("engine", ENGINES)
def test_csv_broken_utf8_and_huge_field(pack: Pack, tmp_path: Path, engine: str) -> None:
    raw = _csv(
        [
            GOOD[0],
            {"id": "U1", "category": "food", "title": "MARK", "price": 1},  # line 3
            GOOD[1],
            {"id": "H1", "category": "food", "title": "糖尿病が治る", "description": "治" * LIMIT},
            GOOD[2],
        ]
    )
    raw = raw.replace(b"MARK", b"\xe7\xb3\x96\xff\xfe")
    raw = raw.replace(b"\nG2,", b"\n\nG2,")  # a blank line: skipped, shifts later lines
    src = tmp_path / "mixed.csv"
    src.write_bytes(raw)
    hits, msgs = _scan(pack, src, engine, tmp_path)
    assert hits == _reference(pack, tmp_path, engine)
    assert len(msgs) == 2, msgs
    assert msgs[0].startswith(f"{src}:3: ") and "UTF-8" in msgs[0]
    assert msgs[1].startswith(f"{src}:6: ") and "バイト" in msgs[1]


def test_field_just_under_the_limit_is_kept(tmp_path: Path) -> None:
    text = "a" * LIMIT  # exactly the limit: allowed
    f = tmp_path / "x.jsonl"
    f.write_text(json.dumps({"id": "a", "description": text}) + "\n", encoding="utf-8")
    rows = list(_rows(f, "listing", LIMIT))
    assert rows[0][2] is None and rows[0][1]["description"] == text
    f.write_text(json.dumps({"id": "a", "description": text + "b"}) + "\n", encoding="utf-8")
    assert "description" in str(next(_rows(f, "listing", LIMIT))[2])


def test_limit_counts_utf8_bytes_not_characters(tmp_path: Path) -> None:
    text = "治" * (LIMIT // 3 + 1)  # fewer characters than the limit, more bytes
    f = tmp_path / "x.jsonl"
    f.write_text(json.dumps({"id": "a", "title": text}, ensure_ascii=False) + "\n", "utf-8")
    assert "'title'" in str(next(_rows(f, "listing", LIMIT))[2])


def test_nested_related_field_is_checked(tmp_path: Path) -> None:
    f = tmp_path / "x.jsonl"
    row = {"id": "a", "seller": {"id": "s", "name": "x" * (LIMIT + 1)}}
    f.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert "seller.name" in str(next(_rows(f, "listing", LIMIT))[2])


def test_csv_multiline_field_with_broken_utf8(tmp_path: Path) -> None:
    """A quoted field spanning lines: the bad bytes on its 2nd line spoil that record only."""
    f = tmp_path / "x.csv"
    f.write_bytes(b'id,title\na,"one\ntwo\xff"\nb,ok\n')
    rows = list(_rows(f, "listing", LIMIT))
    assert [(r[1] is None, r[0]) for r in rows] == [(True, 3), (False, 4)]
    assert rows[1][1] == {"id": "b", "title": "ok"}


def test_bad_row_message_format() -> None:
    assert BadRow(7, "x").format("f.jsonl").startswith("f.jsonl:7: bad row skipped")
