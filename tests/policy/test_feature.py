"""``feature(name)``: sellers' risk features in conditions, on every engine.

``feature('refund_rate')`` is sugar for the related field ``risk.refund_rate``; in batch
the features come from a file joined by ``seller_id`` (``mamori scan --features``), in
realtime with the request (``risk: {…}``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from mamori.cli.main import app
from mamori.engines.features import FeatureJoin, read_features
from mamori.engines.sources import input_schema
from mamori.errors import DataError
from mamori.policy import ast
from mamori.policy.pack import load_pack

from .helpers import make_pack

POLICY = """\
id: t.risky
version: 1
applies_to: {kind}
status: active
title: {{ja: 危険な出品者, en: Risky seller}}
when: {when}
severity: medium
action: label
points: 0
legal_basis: [t.law.a]
reason: {{ja: "要確認", en: "review"}}
"""


def _pack(tmp_path: Path, when: str, kind: str = "listing") -> Path:
    return make_pack(tmp_path, {"p.yaml": POLICY.format(when=when, kind=kind)})


def _diagnostics(tmp_path: Path, when: str, kind: str = "listing") -> list[str]:
    """Each diagnostic with its hint line, if any, joined."""
    r = CliRunner().invoke(app, ["check", str(_pack(tmp_path, when, kind))])
    assert r.exit_code == 1, r.output
    out: list[str] = []
    for line in r.output.splitlines():
        if "error[" in line:
            out.append(line)
        elif line.startswith("  hint:") and out:
            out[-1] += line
    return out


def test_feature_is_a_risk_field(tmp_path: Path) -> None:
    pack = load_pack(_pack(tmp_path, "feature('refund_rate') > 0.2 AND price < 1000"))
    when = pack.policies[0].when
    assert isinstance(when, ast.BoolOp) and isinstance(when.left, ast.Compare)
    ref = when.left.left
    assert isinstance(ref, ast.FieldRef)
    assert ref.path == ("risk", "refund_rate") and ref.type == ast.Type.FLOAT


@pytest.mark.parametrize(
    ("when", "kind", "code", "text"),
    [
        ("feature('refund_rat') > 0.2", "listing", "E101", "did you mean 'refund_rate'"),
        ("feature(refund_rate) > 0.2", "listing", "E107", "must be a string literal"),
        ("feature('a', 'b') > 0.2", "listing", "E023", "takes 1 argument"),
        ("feature('refund_rate') > 0.2", "creator_post", "E102", "unknown related record"),
        ("feature('refund_rate') = 'high'", "listing", "E103", ""),
    ],
)
def test_feature_errors_point_at_the_call(
    tmp_path: Path, when: str, kind: str, code: str, text: str
) -> None:
    lines = _diagnostics(tmp_path, when, kind)
    assert any(f"error[{code}]" in x and text in x for x in lines), lines
    assert all(x.split(":")[1] == "6" for x in lines), lines  # line of `when:`


def _features(tmp_path: Path) -> Path:
    path = tmp_path / "risk.parquet"
    pq.write_table(
        pa.table(
            {
                "seller_id": ["S1", "S2", "S3"],
                "refund_rate": [0.31, 0.01, None],
                "account_age_days": [12, 12, 12],
                "risk_score": [9.5, 0.1, 4.0],
                "z_refund_rate": [3.0, 0.0, 0.0],  # extra columns are ignored
            }
        ),
        path,
    )
    return path


def test_read_features_types_and_fills(tmp_path: Path) -> None:
    t = read_features(_features(tmp_path))
    assert t.schema.field("refund_rate").type == pa.float64()
    assert t.schema.field("account_age_days").type == pa.int64()
    assert t.column("orders").null_count == 3  # not in the file → NULL
    assert "z_refund_rate" not in t.column_names


def test_read_features_rejects_ambiguous_or_unreadable_files(tmp_path: Path) -> None:
    dup = tmp_path / "dup.csv"
    dup.write_text("seller_id,refund_rate\n007,0.1\n007,0.2\n", encoding="utf-8")
    with pytest.raises(DataError, match="'007' appears twice"):
        read_features(dup)
    nokey = tmp_path / "nokey.jsonl"
    nokey.write_text('{"refund_rate": 0.1}\n', encoding="utf-8")
    with pytest.raises(DataError, match="no seller_id"):
        read_features(nokey)
    bad = tmp_path / "bad.csv"
    bad.write_text("seller_id,refund_rate\nS1,high\n", encoding="utf-8")
    with pytest.raises(DataError, match="refund_rate"):
        read_features(bad)
    with pytest.raises(DataError, match="not found"):
        read_features(tmp_path / "missing.parquet")
    with pytest.raises(DataError, match="has no risk features"):
        FeatureJoin.read(_features(tmp_path), "creator_post")


def test_join_fills_by_seller_and_keeps_values_sent_with_the_row(tmp_path: Path) -> None:
    join = FeatureJoin.read(_features(tmp_path), "listing")
    schema = input_schema("listing")
    rows = [
        {"id": "L1", "seller_id": "S1"},
        {"id": "L2", "seller_id": "S9", "risk__refund_rate": 0.5},  # unknown seller: keep
        {"id": "L3", "seller_id": None},
        {"id": "L4", "seller_id": "S3", "risk__refund_rate": 0.7},  # file has NULL: keep
        {"id": "L5", "seller_id": "S2", "risk__refund_rate": 0.9},  # file wins
    ]
    batch = pa.RecordBatch.from_pylist(rows, schema=schema)
    out = join.apply(batch).to_pylist()
    assert [r["risk__refund_rate"] for r in out] == [0.31, 0.5, None, 0.7, 0.01]
    assert [r["risk__risk_score"] for r in out] == [9.5, None, None, 4.0, 0.1]


@pytest.mark.parametrize("engine", ["realtime", "duckdb"])
def test_scan_with_features_file(tmp_path: Path, engine: str) -> None:
    pack = _pack(
        tmp_path / "pack", "feature('refund_rate') >= 0.2 AND feature('account_age_days') < 90"
    )
    src = tmp_path / "in.jsonl"
    rows = [
        {"id": "L1", "seller_id": "S1", "title": "バッグ"},
        {"id": "L2", "seller_id": "S2", "title": "バッグ"},
        {"id": "L3", "seller_id": "S9", "title": "バッグ", "risk": {"refund_rate": 0.4}},
        {
            "id": "L4",
            "seller_id": "S9",
            "title": "バッグ",
            "risk": {"refund_rate": 0.4, "account_age_days": 5},
        },
    ]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    args = ["scan", "--pack", str(pack), str(src), "-o", "-", "--engine", engine]
    r = CliRunner().invoke(app, [*args, "--features", str(_features(tmp_path))])
    assert r.exit_code == 0, r.output
    hits = [json.loads(x)["entity_id"] for x in r.stdout.splitlines() if x.startswith("{")]
    assert hits == ["L1", "L4"]
    r = CliRunner().invoke(app, args)  # without the file only the row that carries them
    assert [json.loads(x)["entity_id"] for x in r.stdout.splitlines() if x.startswith("{")] == [
        "L4"
    ]
    r = CliRunner().invoke(app, [*args, "--features", str(tmp_path / "none.parquet")])
    assert r.exit_code == 2 and "features file not found" in r.output
