"""A run directory for report tests: tiny synthetic data, and hits/findings written by
the test itself (the report must render any engine's output, so a hand-made hits table
in the Contracts shape is the honest fixture; the scan itself is tested elsewhere)."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from mamori.synth.config import SynthConfig
from mamori.synth.generate import generate

EVIDENCE = pa.list_(
    pa.struct(
        [
            pa.field("field", pa.string()),
            pa.field("text", pa.string()),
            pa.field("start", pa.int64()),
            pa.field("end", pa.int64()),
        ]
    )
)


def make_hits(data: Path) -> pa.Table:
    """One hit per planted listing violation, its evidence the first characters of the title."""
    labels = pq.read_table(data / "labels.parquet").to_pylist()
    listings = {
        r["id"]: r
        for r in pq.read_table(data / "listings.parquet", columns=["id", "title"]).to_pylist()
    }
    rows = []
    for lab in labels:
        if lab["kind"] != "violation" or lab["entity_type"] != "listing":
            continue
        title = listings[lab["entity_id"]]["title"]
        rows.append(
            {
                "entity_id": lab["entity_id"],
                "policy_id": f"jp.{lab['family']}.fixture",
                "policy_version": 1,
                "severity": "high",
                "action": "delist",
                "points": 3,
                "evidence": [{"field": "title", "text": title[:4], "start": 0, "end": 4}],
                "family": lab["family"],
                "entity_type": "listing",
                "reason_ja": "テスト用の理由 <script>alert(1)</script>",
                "reason_en": "fixture reason",
            }
        )
    schema = pa.schema(
        [
            ("entity_id", pa.string()),
            ("policy_id", pa.string()),
            ("policy_version", pa.int64()),
            ("severity", pa.string()),
            ("action", pa.string()),
            ("points", pa.int64()),
            ("evidence", EVIDENCE),
            ("family", pa.string()),
            ("entity_type", pa.string()),
            ("reason_ja", pa.string()),
            ("reason_en", pa.string()),
        ]
    )
    return pa.Table.from_pylist(rows, schema=schema)


def make_findings(data: Path) -> pa.Table:
    labels = pq.read_table(data / "labels.parquet").to_pylist()
    rings: dict[str, list[str]] = {}
    for lab in labels:
        if lab["kind"] == "ring":
            rings.setdefault(lab["group_id"], []).append(lab["entity_id"])
    rows = [
        {
            "finding_id": f"acc-{i}",
            "kind": "account_ring",
            "entity_type": "seller",
            "entity_ids": members,
            "score": 1.0 + i,
            "window": "2026-05-01/2026-10-30",
            "evidence": json.dumps({"shared": ["device"], "note": "<b>x</b>"}),
            "suggested_action": "open_case",
        }
        for i, (_, members) in enumerate(sorted(rings.items()))
    ]
    return pa.Table.from_pylist(
        rows,
        schema=pa.schema(
            [
                ("finding_id", pa.string()),
                ("kind", pa.string()),
                ("entity_type", pa.string()),
                ("entity_ids", pa.list_(pa.string())),
                ("score", pa.float64()),
                ("window", pa.string()),
                ("evidence", pa.string()),
                ("suggested_action", pa.string()),
            ]
        ),
    )


@pytest.fixture(scope="session")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    run = tmp_path_factory.mktemp("run")
    data = run / "data"
    generate(data, SynthConfig.for_scale("tiny", seed=5))
    pq.write_table(make_hits(data), run / "hits.parquet")
    pq.write_table(make_findings(data), run / "findings.parquet")
    return run
