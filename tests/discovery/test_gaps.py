from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pytest
import yaml

from mamori.discovery.gaps import LexiconCover, collapse, draft_policy_yaml, terms

from .conftest import of_kind


def test_terms_keep_new_katakana_names_whole() -> None:
    assert terms("ｼﾅﾌﾟﾄﾝ配合の新サプリ") >= {"シナプトン", "配合"}
    assert terms("話題の新サプリ") == {"話題", "サプリ"}  # 新: one kanji is not a compound
    assert terms(None) == set()


def test_collapse_folds_context_words_and_substrings() -> None:
    docs = [{"シナプトン", "配合", "シナプトンサプリ"}] * 4 + [{"シナプトン"}] * 3 + [{"配合"}]
    kept, folded = collapse(["配合", "シナプトン", "シナプトンサプリ"], docs)
    assert kept == ["シナプトン"]
    assert sorted(folded["シナプトン"]) == ["シナプトンサプリ", "配合"]


def test_emerging_term_is_the_planted_one(all_findings: pa.Table, truth: dict[str, object]) -> None:
    found = of_kind(all_findings, "emerging_term")
    assert [f["entity_ids"] for f in found] == [[truth["term"]]]
    ev = json.loads(str(found[0]["evidence"]))
    assert ev["docs_by_table"] == {"listings": 12, "reports": 6, "reviews": 10}
    assert "配合" in ev["co_terms"]


def test_lexicon_cover_uses_the_pack() -> None:
    cover = LexiconCover("jp")
    assert cover.covers("糖尿病") is not None
    assert cover.covers("シナプトン") is None


def test_policy_gap_has_examples_and_a_checkable_draft(
    all_findings: pa.Table, truth: dict[str, object], tmp_path: Path
) -> None:
    gaps = of_kind(all_findings, "policy_gap")
    assert gaps, "the reported シナプトン listings are a gap"
    top = gaps[0]
    ev = json.loads(str(top["evidence"]))
    assert ev["term"] == truth["term"]
    assert set(top["entity_ids"]) <= set(truth["term_listings"])  # type: ignore[arg-type,call-overload]
    doc = yaml.safe_load(ev["draft_policy_yaml"])
    assert doc["status"] == "draft" and doc["applies_to"] == "listing"
    assert truth["term"] in doc["when"]
    pack = pytest.importorskip("mamori.policy.pack")
    path = tmp_path / "draft.yaml"
    path.write_text(ev["draft_policy_yaml"], encoding="utf-8")
    loaded = pack.load_pack(path)
    assert [p.id for p in loaded.policies] == [doc["id"]]


def test_draft_policy_yaml_escapes_quotes() -> None:
    text = draft_policy_yaml("o'neil", [{"title": "o'neil cap", "description": None}], "o-neil")
    doc = yaml.safe_load(text)
    assert "o''neil" in doc["when"]
