"""The Japan pack is complete and consistent: families, legal bases, reasons, ladder."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from mamori.entities import CONTENT_ACTIONS, SELLER_ACTIONS

PACK_DIR = Path(__file__).resolve().parents[2] / "src" / "mamori" / "packs" / "jp"
DOC = Path(__file__).resolve().parents[2] / "docs" / "pack-jp.md"

# The families labels.parquet uses; docs/pack-jp.md documents each of them.
FAMILIES = {
    "pmd_disease",
    "pmd_body_function",
    "pmd_cosmetic_scope",
    "pmd_guarantee",
    "pmd_endorsement",
    "pmd_dosage",
    "pmd_quasi_drug",
    "approved_claims",
    "keihyo_no1",
    "keihyo_double_price",
    "keihyo_weight_loss",
    "stema",
    "tokusho_disclosure",
    "pse",
    "psc",
    "alcohol",
    "otc_drug",
    "knife",
    "counterfeit",
}


def test_at_least_forty_policies_covering_every_family(pack: Any) -> None:
    assert len(pack.policies) >= 40
    assert {p.family for p in pack.policies} == FAMILIES


def test_every_family_is_documented() -> None:
    doc = DOC.read_text(encoding="utf-8")
    missing = [f for f in sorted(FAMILIES) if f"`{f}`" not in doc]
    assert not missing, f"families missing from docs/pack-jp.md: {missing}"


@pytest.mark.parametrize("field", ["ja", "en"])
def test_reasons_and_titles_in_both_languages(pack: Any, field: str) -> None:
    for p in pack.policies:
        assert getattr(p.reason, field).strip(), p.id
        assert getattr(p.title, field).strip(), p.id


# Policies that fire on the *absence* of wording (a missing statement or disclosure), or
# whose matched words are not the problem (a buried disclosure): nothing to quote.
ABSENCE_POLICIES = {
    "jp.alcohol.under20-statement-missing",
    "jp.stema.no-disclosure",
    "jp.stema.disclosure-buried",
}


def test_text_policies_quote_their_evidence(pack: Any) -> None:
    """A policy that matches text tells the seller which words it matched."""
    text_fns = ("lexicon_hit", "near(", "allowed_claim", "lexicon_terms")
    for p in pack.policies:
        if p.id in ABSENCE_POLICIES:
            continue
        src = (PACK_DIR / "policies").glob("*.yaml")
        when = next(
            (
                f.read_text(encoding="utf-8")
                for f in src
                if f"id: {p.id}\n" in f.read_text(encoding="utf-8")
            ),
            "",
        )
        block = when.split(f"id: {p.id}\n", 1)[1].split("\n- id:", 1)[0]
        if any(fn in block.split("severity:", 1)[0] for fn in text_fns):
            assert "{evidence}" in p.reason.ja and "{evidence}" in p.reason.en, p.id


def test_legal_bases_exist_and_map_to_dsa(pack: Any) -> None:
    from mamori.enforcement.dsa import CATEGORIES, KEYWORDS

    for p in pack.policies:
        assert p.legal_basis, p.id
        for law_id in p.legal_basis:
            assert law_id in pack.laws, f"{p.id}: unknown law {law_id}"
    for law in pack.laws.values():
        assert law.market == "jp"
        assert law.law.ja and law.law.en and law.duty.ja and law.duty.en and law.article
        if law.dsa:
            assert law.dsa["ground"] in {"ILLEGAL_CONTENT", "INCOMPATIBLE_CONTENT"}
            assert law.dsa["category"] in CATEGORIES, law.id
            assert set(law.dsa["keywords"]) <= KEYWORDS, law.id


def test_actions_fit_the_entity(pack: Any) -> None:
    for p in pack.policies:
        allowed = SELLER_ACTIONS if p.applies_to == "seller" else CONTENT_ACTIONS
        assert p.action in allowed, p.id
        assert p.examples.hit and p.examples.miss, p.id


def test_severity_orders_points(pack: Any) -> None:
    """Graver findings never weigh less on the penalty ladder than milder ones."""
    order = {"low": 0, "medium": 1, "high": 2, "critical": 3}
    by_sev: dict[int, list[int]] = {}
    for p in pack.policies:
        by_sev.setdefault(order[p.severity], []).append(p.points)
    for lo in range(3):
        if lo in by_sev and lo + 1 in by_sev:
            assert max(by_sev[lo]) <= max(by_sev[lo + 1])
            assert min(by_sev[lo]) <= min(by_sev[lo + 1])


def test_ladder_escalates(pack: Any) -> None:
    ladder = pack.ladder
    points = [t.points for t in ladder.thresholds]
    assert points == sorted(points) and len(set(points)) == len(points)
    assert all(t.action in SELLER_ACTIONS for t in ladder.thresholds)
    assert ladder.thresholds[0].action == "warn"
    assert ladder.thresholds[-1].action == "terminate"
    assert ladder.window_days == 365


def test_regex_entries_are_written_in_folded_form() -> None:
    """``re:`` lines match the folded skeleton, where katakana is already hiragana and
    upper case is folded: a katakana or upper-case letter in a pattern could never match."""
    bad = []
    for f in sorted((PACK_DIR / "lexicons").glob("*.txt")):
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.startswith("re:"):
                continue
            pat = re.sub(r"\\[A-Za-z]", "", line[3:].replace("(?i)", ""))
            if re.search("[\u30a1-\u30f6]", pat):
                bad.append(f"{f.name}:{n}: katakana in {line}")
            if re.search("[A-Z]", pat) and not line[3:].startswith("(?i)"):
                bad.append(f"{f.name}:{n}: upper case without (?i) in {line}")
    assert not bad, "\n".join(bad)


def test_regex_entries_have_no_anchors() -> None:
    """The batch text pass scans many documents joined by newlines in one hyperscan call,
    so ``^``/``$`` (and boundary classes that would consume the separator) behave
    differently from realtime at the edges of a field: the pack uses explicit contexts."""
    bad = [
        f"{f.name}:{n}: {line}"
        for f in sorted((PACK_DIR / "lexicons").glob("*.txt"))
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1)
        if line.startswith("re:") and re.search(r"(?<!\\)[\^$](?![^\[]*\])", line[3:])
    ]
    assert not bad, "\n".join(bad)


def test_examples_pass_on_both_engines(pack: Any) -> None:
    from mamori.engines.runner import run_examples

    report = run_examples(pack)
    assert report.total >= 2 * len(pack.policies)
    assert not report.failures, "\n".join(report.failures)
