"""SudachiPy wrapper (the `morph` extra; required in CI)."""

from __future__ import annotations

import os

import pytest

from mamori.text import morph

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}

if not morph.available():  # pragma: no cover - depends on the environment
    if IN_CI:
        raise RuntimeError("SudachiPy + sudachidict-core are required in CI (mamori[morph])")
    pytest.skip("SudachiPy or its dictionary is not installed", allow_module_level=True)


def test_tokens_after_separator_removal_map_to_original() -> None:
    raw = "や.せ.ま.し.た"
    toks = morph.tokens(raw)
    assert toks[0].dictionary_form == "やせる"
    assert toks[0].normalized_form == "痩せる"
    assert raw[toks[0].start : toks[0].end] == "や.せ"


def test_lemmas_include_both_forms() -> None:
    assert {"効く", "利く"} <= set(morph.lemmas("よく効きます"))


def test_expand_term() -> None:
    assert morph.expand_term("効く") == ["効く", "利く"]
    assert "染み" in morph.expand_term("シミ")
    assert morph.expand_term("!!!") == []


def test_lemma_text_finds_hiragana_spelling() -> None:
    assert "痩せる" in morph.lemma_text("やせました")


def test_doctests() -> None:
    import doctest

    assert doctest.testmod(morph).failed == 0


def test_long_text_is_tokenised_in_pieces() -> None:
    raw = "やせました。" * 4000  # 24,000 chars, 72,000 bytes: over Sudachi's limit
    toks = morph.tokens(raw)
    assert sum(t.normalized_form == "痩せる" for t in toks) >= 3999
    assert all(raw[t.start : t.end] for t in toks)


def test_lemma_hit() -> None:
    from mamori.text.functions import TextEnv, UnknownNameError, lemma_hit
    from mamori.text.lexicon import LexiconSet, TextMatcher

    env = TextEnv(TextMatcher(LexiconSet.from_texts({"slim": "痩せる", "eff": "効く"})))
    assert lemma_hit(env, None, "slim").value is None
    # No 痩せる in the text, only in its lemmas (normalised form of やせ).
    assert env.lexicon_hit("すぐやせました", "slim").value is False
    r = lemma_hit(env, "すぐやせました", "slim")
    assert r.value is True and [e.text for e in r.evidence] == ["やせ"]
    # 効きます: dictionary form 効く (Sudachi's normalised form is 利く).
    r = lemma_hit(env, "よく効きます", "eff")
    assert r.value is True and [e.text for e in r.evidence] == ["効き"]
    assert lemma_hit(env, "普通の化粧水です", "slim").value is False
    with pytest.raises(UnknownNameError):
        lemma_hit(env, "x", "nope")
