"""Backtest figures on a fixture small enough to compute by hand (see the comments)."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from mamori.lifecycle.backtest import Score, Threshold, wilson_interval
from mamori.services import backtest as svc

# Six listings of two sellers. Labels: L1, L2, L5 violate pmd; L3 is a pmd look-alike;
# L4 violates stema. P1 (pmd, delist, 4 points) hits L1 (twice: two evidence rows), L2,
# L3. P2 (stema, label, 2 points) hits L4, L6 and L1.
#
# P1: tp = {L1, L2} = 2, fp = {L3} = 1 (a look-alike), fn = {L5} = 1
#     precision 2/3, recall 2/3; GMV = L1 1000 (the 500 cancelled order excluded)
#     + L2 2000 + L3 3000 = 6000; sellers {S1, S2} = 2.
# P2: tp = {L4} = 1, fp = {L6, L1} = 2 (L1 violates pmd, not stema), fn = 0
#     precision 1/3, recall 1/1; GMV = 4000 (refunded still counts) + 600 + 1000 = 5600.
# Ladder: S1 = 4 + 4 + 2 + 2 = 12 points, S2 = 4 + 2 = 6; thresholds warn@4, suspend@10
#     → S1 warn + suspend, S2 warn.


def _write(path: Path, rows: list[dict[str, object]]) -> None:
    pq.write_table(pa.Table.from_pylist(rows), path)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    day = datetime.fromisoformat
    _write(
        d / "listings.parquet",
        [
            {
                "id": "L1",
                "seller_id": "S1",
                "category": "cosmetics",
                "created_at": day("2026-01-05"),
            },
            {
                "id": "L2",
                "seller_id": "S1",
                "category": "health_food",
                "created_at": day("2026-01-06"),
            },
            {
                "id": "L3",
                "seller_id": "S2",
                "category": "cosmetics",
                "created_at": day("2026-01-13"),
            },
            {"id": "L4", "seller_id": "S2", "category": "food", "created_at": day("2026-01-14")},
            {
                "id": "L5",
                "seller_id": "S2",
                "category": "cosmetics",
                "created_at": day("2026-01-20"),
            },
            {"id": "L6", "seller_id": "S1", "category": "general", "created_at": day("2026-01-21")},
        ],
    )
    _write(
        d / "sellers.parquet",
        [
            {"id": "S1", "seller_type": "individual", "registered_at": day("2025-01-01")},
            {"id": "S2", "seller_type": "corporate", "registered_at": day("2025-01-01")},
        ],
    )
    orders = [
        ("L1", "S1", 1000, "completed"),
        ("L1", "S1", 500, "cancelled"),
        ("L2", "S1", 2000, "completed"),
        ("L3", "S2", 3000, "completed"),
        ("L4", "S2", 4000, "refunded"),
        ("L5", "S2", 5000, "completed"),
        ("L6", "S1", 600, "pending"),
    ]
    _write(
        d / "orders.parquet",
        [
            {"id": f"O{i}", "listing_id": lid, "seller_id": sid, "amount": amt, "status": st}
            for i, (lid, sid, amt, st) in enumerate(orders)
        ],
    )
    labels = [
        ("L1", "violation", "pmd"),
        ("L2", "violation", "pmd"),
        ("L5", "violation", "pmd"),
        ("L3", "lookalike", "pmd"),
        ("L4", "violation", "stema"),
        ("S2", "ring", None),  # other label kinds never count
    ]
    _write(
        d / "labels.parquet",
        [
            {
                "entity_type": "seller" if eid.startswith("S") else "listing",
                "entity_id": eid,
                "kind": kind,
                "family": fam,
                "group_id": None,
            }
            for eid, kind, fam in labels
        ],
    )
    return d


METAS = [
    svc.PolicyMeta("P1", 3, "pmd", "listing", "delist", 4, "high"),
    svc.PolicyMeta("P2", 1, "stema", "listing", "label", 2, "medium"),
]


def _hits() -> pa.Table:
    rows = [
        ("L1", "P1"),
        ("L1", "P1"),
        ("L2", "P1"),
        ("L3", "P1"),
        ("L4", "P2"),
        ("L6", "P2"),
        ("L1", "P2"),
    ]
    return pa.table(
        {
            "entity_id": [r[0] for r in rows],
            "policy_id": [r[1] for r in rows],
            "policy_version": [3 if r[1] == "P1" else 1 for r in rows],
            "entity_type": ["listing"] * len(rows),
        }
    )


@pytest.fixture
def result(data_dir: Path) -> svc.BacktestResult:
    return svc.compute(
        METAS,
        _hits(),
        data_dir,
        None,  # found as data_dir/labels.parquet
        [Threshold(4, "warn"), Threshold(10, "suspend")],
    )


def test_accuracy_equals_hand_computation(result: svc.BacktestResult) -> None:
    p1, p2 = result.policies
    assert p1.score == Score(tp=2, fp=1, fn=1) and p1.lookalike_hits == 1
    assert p2.score == Score(tp=1, fp=2, fn=0) and p2.lookalike_hits == 0
    assert p1.score.precision == pytest.approx(2 / 3)
    assert p2.score.recall == 1.0
    assert result.labelled


def test_summary_json_is_exactly_the_contract(result: svc.BacktestResult, tmp_path: Path) -> None:
    out = tmp_path / "summary.json"
    svc.write_summary(result, out)
    doc = json.loads(out.read_text())
    assert list(doc) == ["policies"]
    p1 = doc["policies"][0]
    assert set(p1) == {
        "policy_id",
        "policy_version",
        "hits",
        "precision",
        "precision_ci",
        "recall",
        "recall_ci",
        "gmv_affected",
        "sellers_affected",
    }
    low, high = wilson_interval(2, 3)
    assert p1 == {
        "policy_id": "P1",
        "policy_version": 3,
        "hits": 3,
        "precision": pytest.approx(2 / 3),
        "precision_ci": [pytest.approx(low), pytest.approx(high)],
        "recall": pytest.approx(2 / 3),
        "recall_ci": [pytest.approx(low), pytest.approx(high)],
        "gmv_affected": 6000,
        "sellers_affected": 2,
    }
    assert doc["policies"][1]["gmv_affected"] == 5600
    assert doc["policies"][1]["recall_ci"][1] == 1.0


def test_impact_and_ladder(result: svc.BacktestResult) -> None:
    assert result.gmv_affected == 1000 + 2000 + 3000 + 4000 + 600
    assert result.total_gmv == 15600
    assert (result.listings_affected, result.sellers_affected) == (5, 2)
    assert result.content_actions == {"delist": 3, "label": 3}
    assert result.seller_actions == {"warn": 2, "suspend": 1}
    assert (result.sellers_suspended, result.suspended_examples) == (1, ["S1"])
    assert [p.points_issued for p in result.policies] == [12, 6]


def test_confusion_by_category_and_segment(result: svc.BacktestResult) -> None:
    assert result.by_category["P1"] == {
        "cosmetics": Score(1, 1, 1),
        "health_food": Score(1, 0, 0),
    }
    assert result.by_segment["P1"] == {"individual": Score(2, 0, 0), "corporate": Score(0, 1, 1)}
    assert result.by_segment["P2"] == {"corporate": Score(1, 0, 0), "individual": Score(0, 2, 0)}


def test_volume_over_time_and_overlap(result: svc.BacktestResult) -> None:
    assert result.over_time["P1"] == [("2026-01-05", 2), ("2026-01-12", 1)]
    assert [o.to_dict() for o in result.overlaps] == [
        {"policy_a": "P1", "policy_b": "P2", "both": 1, "jaccard": 0.2}
    ]


def test_without_labels_precision_is_undefined_not_zero(data_dir: Path) -> None:
    (data_dir / "labels.parquet").unlink()
    r = svc.compute(METAS, _hits(), data_dir, None, [])
    assert not r.labelled
    summary = r.policies[0].summary()
    assert summary["hits"] == 3
    assert (summary["precision"], summary["recall"]) == (None, None)  # unknown, not 0
    assert summary["precision_ci"] == [0.0, 1.0]
    assert r.seller_actions == {}


def test_policy_without_family_is_unscored(data_dir: Path) -> None:
    metas = [svc.PolicyMeta("P1", 3, None, "listing", "delist", 4, "high")]
    r = svc.compute(metas, _hits(), data_dir, None, [])
    assert r.policies[0].summary()["precision"] is None and r.policies[0].score.hits == 3


def test_empty_hits(data_dir: Path) -> None:
    r = svc.compute(METAS, svc.empty_hits(), data_dir, None, [])
    assert [p.summary()["hits"] for p in r.policies] == [0, 0]
    assert r.policies[0].summary()["precision"] is None
    assert r.policies[0].score.fn == 3


def test_pack_at_git_ref_exports_the_old_version(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    pack = repo / "packs" / "demo"
    pack.mkdir(parents=True)
    (pack / "p.yaml").write_text("version: 1\n")

    def git(*args: str) -> None:
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@e", *args],
            cwd=repo,
            check=True,
            capture_output=True,
        )

    git("init", "-q")
    git("add", ".")
    git("commit", "-q", "-m", "v1")
    (pack / "p.yaml").write_text("version: 2\n")
    with svc.pack_at("HEAD", pack) as old:
        assert (old / "p.yaml").read_text() == "version: 1\n"
        kept = old
    assert not kept.exists()  # the temporary export is cleaned up
    with svc.pack_at(str(pack), pack) as same:
        assert same == pack
    with pytest.raises(Exception, match="git"), svc.pack_at("no-such-ref", pack):
        pass


def test_report_is_offline_and_shows_the_figures(result: svc.BacktestResult) -> None:
    from mamori.lifecycle.backtest import diff_hits
    from mamori.reports.backtest import render_page, render_section

    result.diff = diff_hits([("L1", "P1"), ("L5", "P1")], svc.hit_keys(_hits()))
    result.against = "HEAD~1"
    page = render_page(result)
    assert "<script src=" not in page  # plotly inlined, no CDN
    assert "Plotly" in page and "bt-accuracy" in page and "bt-diff" in page
    assert "66.7% [20.8%, 93.9%]" in page  # P1 precision with its Wilson interval
    assert "¥10,600" in page and "停止基準" in page
    section = render_section(result.to_dict())
    assert "<html" not in section and "HEAD~1" in section


def test_diff_examples_show_what_was_flagged(tmp_path: Path) -> None:
    from mamori.lifecycle.backtest import diff_hits
    from mamori.reports.backtest import render_section

    d = tmp_path / "d"
    d.mkdir()
    _write(
        d / "listings.parquet",
        [{"id": "L1", "title": "飲むだけで糖尿病が治るサプリ"}, {"id": "L2", "title": None}],
    )
    _write(d / "creator_posts.parquet", [{"id": "P9", "caption": "PR表記なしの紹介 #ad"}])
    texts = svc.example_texts(d, {"L1", "L2", "P9", "missing"})
    assert texts == {"L1": "飲むだけで糖尿病が治るサプリ", "P9": "PR表記なしの紹介 #ad"}
    r = svc.compute(METAS, svc.empty_hits(), d, None, [])
    r.diff = diff_hits([("L1", "P1")], [("P9", "P1")])
    r.against = "v1"
    r.examples = texts
    html = render_section(r)
    assert "飲むだけで糖尿病が治るサプリ" in html and "PR表記なしの紹介" in html


def test_family_scores_take_the_union_of_its_policies(data_dir: Path) -> None:
    from mamori.reports.backtest import render_section

    metas = [*METAS, svc.PolicyMeta("P3", 1, "pmd", "listing", "label", 1, "low")]
    extra = pa.table(
        {
            "entity_id": ["L5", "L6"],
            "policy_id": ["P3", "P3"],
            "policy_version": [1, 1],
            "entity_type": ["listing", "listing"],
        }
    )
    r = svc.compute(metas, pa.concat_tables([_hits(), extra]), data_dir, None, [])
    # pmd: hits {L1, L2, L3} ∪ {L5, L6}; violations {L1, L2, L5}
    assert r.by_family == {"pmd": Score(3, 2, 0), "stema": Score(1, 2, 0)}
    assert r.policies[2].score == Score(1, 1, 2)  # P3 alone: L5 right, L6 wrong
    assert "Per family" in render_section(r)
