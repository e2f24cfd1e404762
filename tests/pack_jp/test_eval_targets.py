"""Quality targets of the Japan pack on the hand-written evaluation set.

Targets (issue 3): recall ≥ 0.85 on violations, ≤ 5 % false positives on permitted
wording, every evasion variant caught whenever its original is, and identical hits in
realtime and DuckDB. The held-out splits are checked on their own so tuning on the
"tune" rows cannot hide a drop in generalisation.
"""

from __future__ import annotations

from typing import Any

import pytest
from bench.eval_pack_jp import compare_engines, score


def test_eval_set_is_large_and_labelled(eval_rows: list[dict[str, Any]]) -> None:
    kinds = {r["kind"] for r in eval_rows}
    assert {"violation", "permitted", "compliant", "evasion"} <= kinds
    assert len([r for r in eval_rows if r["kind"] != "evasion"]) >= 300
    assert {r["split"] for r in eval_rows} >= {"tune", "holdout", "holdout2", "holdout8"}
    ids = [r["id"] for r in eval_rows]
    assert len(ids) == len(set(ids))
    for r in eval_rows:
        if r["kind"] in ("violation", "evasion"):
            assert r["expected"], r["id"]
        else:
            assert not r["expected"], r["id"]


def test_eval_texts_are_not_the_policies_examples(
    pack: Any, eval_rows: list[dict[str, Any]]
) -> None:
    """The set scores generalisation, so no row may copy a policy example's text."""
    example_texts = {
        str(ex.get(k))
        for p in pack.policies
        for ex in (*p.examples.hit, *p.examples.miss)
        for k in ("description", "caption", "transcript")
        if ex.get(k)
    }
    copied = [
        r["id"]
        for r in eval_rows
        if any(r["entity"].get(k) in example_texts for k in ("description", "caption"))
    ]
    assert not copied, copied


@pytest.mark.parametrize(
    "split",
    [
        None,
        "tune",
        "holdout",
        "holdout2",
        "holdout3",
        "holdout4",
        "holdout6",
        "holdout7",
        "holdout8",
        "holdout9",
        "holdout10",
        "holdout11",  # tuned on in round 7 (first score kept in docs/pack-jp.md)
        "holdout12",  # tuned on in round 8
        "holdout13",  # tuned on in round 9
        "holdout14",  # tuned on in round 10
        "holdout15",  # tuned on in round 11
        "holdout16",  # tuned on in round 11; holdout17 stays out: the unseen measurement
    ],
)
def test_recall_and_false_positive_targets(eval_results: list[Any], split: str | None) -> None:
    rows = [r for r in eval_results if split is None or r.split == split]
    report = score(rows)
    assert report.violation_recall >= 0.85, report.to_dict()
    assert report.permitted_fp_rate <= 0.05, report.to_dict()
    assert report.compliant_fp_rate <= 0.05, report.to_dict()


def test_every_family_meets_recall_on_all_rows(eval_results: list[Any]) -> None:
    report = score(eval_results)
    weak = {
        f: s.recall for f, s in report.families.items() if s.recall is not None and s.recall < 0.85
    }
    assert not weak, weak


def test_evasions_caught_whenever_the_original_is(eval_results: list[Any]) -> None:
    report = score(eval_results)
    assert report.evasion_rows >= 200
    assert report.inconsistent_evasions == []
    assert report.evasion_consistency == 1.0


def test_score_counts_what_it_should() -> None:
    """The scorer itself: a miss lowers recall, an unexpected hit on permitted wording
    raises the false-positive rate, a variant missing its original's family is flagged."""
    from bench.eval_pack_jp import RowResult

    def row(i: str, kind: str, exp: set[str], got: set[str], of: str | None = None) -> RowResult:
        return RowResult(i, kind, "listing", frozenset(exp), frozenset(got), (), of)

    rep = score(
        [
            row("a", "violation", {"pmd_disease"}, {"pmd_disease"}),
            row("b", "violation", {"pmd_disease", "pmd_guarantee"}, {"pmd_disease"}),
            row("c", "permitted", set(), {"pmd_cosmetic_scope"}),
            row("d", "permitted", set(), set()),
            row("a~x", "evasion", {"pmd_disease"}, set(), "a"),
            row("b~x", "evasion", {"pmd_disease", "pmd_guarantee"}, {"pmd_disease"}, "b"),
        ]
    )
    assert rep.violation_recall == pytest.approx(2 / 3)
    assert rep.permitted_fp_rate == pytest.approx(0.5)
    assert rep.inconsistent_evasions and rep.inconsistent_evasions[0].startswith("a~x")
    assert rep.evasion_consistency == pytest.approx(0.5)
    assert rep.families["pmd_guarantee"].recall == 0.0
    assert rep.families["pmd_cosmetic_scope"].precision == 0.0


@pytest.mark.slow
def test_realtime_and_duckdb_agree_on_the_whole_set(
    pack: Any, eval_rows: list[dict[str, Any]]
) -> None:
    assert compare_engines(eval_rows, pack) == []


def test_realtime_and_duckdb_agree_on_a_sample(pack: Any, eval_rows: list[dict[str, Any]]) -> None:
    """A quick slice of the differential check (every 7th row, all entity kinds)."""
    sample = eval_rows[::7]
    assert {r["entity_type"] for r in sample} >= {"listing", "creator_post", "seller"}
    assert compare_engines(sample, pack) == []
