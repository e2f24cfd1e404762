"""Particles written in katakana next to a kanji still match lexicon entries.

The normaliser reads a katakana look-alike beside a kanji as the kanji (第ニ類 → 第二類), so
「薬ニ頼ラズ」 folds to 薬二頼らず. Lexicon literals and regexes therefore also accept the
kanji where the particle could have been flipped — for every entry, not only the ones a
test happened to exercise.
"""

from __future__ import annotations

import pytest

from mamori.text.lexicon import LexiconSet, TextMatcher
from mamori.text.normalize import (
    PARTICLE_LOOKALIKES,
    lookalike_pattern,
    lookalike_variants,
    normalize,
)

LEXICONS = {
    "claims": "\n".join(
        [
            "薬に頼らず",
            "健胃整腸に",
            "ニキビが治る",
            "re:(年齢|加齢)に(負けな|逆ら)",
            "re:(肌|頭皮)[にへ]?負担(ぜろ|0)",
            "re:痩せたと[^a-z]{0,3}評判",
        ]
    )
}


@pytest.fixture(scope="module")
def matcher() -> TextMatcher:
    return TextMatcher(LexiconSet.from_texts(LEXICONS))


def terms(m: TextMatcher, text: str) -> set[str]:
    return {x.term for x in m.find(normalize(text)).get("claims", [])}


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("薬ニ頼ラズ", "薬に頼らず"),
        ("ｸｽﾘ…いや薬ﾆ頼ﾗｽﾞ", "薬に頼らず"),
        ("健胃整腸ニ", "健胃整腸に"),
        ("年齢ニ負ケナイ", "re:(年齢|加齢)に(負けな|逆ら)"),
        ("肌ニ負担ゼロ", "re:(肌|頭皮)[にへ]?負担(ぜろ|0)"),
        ("痩セタト評判", "re:痩せたと[^a-z]{0,3}評判"),
    ],
)
def test_katakana_particles_match(matcher: TextMatcher, text: str, term: str) -> None:
    assert term in terms(matcher, text)
    # …and the hiragana original still does.
    original = text.translate({ord(k): ord(k) - 0x60 for k in "ニラズタトケナイ"})
    assert term in terms(matcher, original) or original == text


def test_real_kanji_is_not_read_as_a_particle(matcher: TextMatcher) -> None:
    assert terms(matcher, "大人ニキビが治る") == {"ニキビが治る"}
    assert terms(matcher, "第二類医薬品") == set()


def test_variants_only_where_the_rule_can_flip() -> None:
    assert lookalike_variants("薬に頼らず") == ["薬に頼らず", "薬二頼らず"]
    assert lookalike_variants("すっかり") == ["すっかり"]  # か between kana: never flipped
    assert len(lookalike_variants("日に日に年に", limit=4)) == 4


def test_pattern_rewrite_keeps_classes_and_escapes() -> None:
    assert lookalike_pattern("(?i)[^に]") == "(?i)[^に二]"
    assert lookalike_pattern("(?i)[ぁ-ん]") == "(?i)[ぁ-ん]"  # ranges untouched
    assert lookalike_pattern("(?i)[に二]") == "(?i)[に二]"  # no duplicate
    assert lookalike_pattern("(?i)\\dか") == "(?i)\\d[か力]"
    assert set(PARTICLE_LOOKALIKES) == set("かにろえたとはお")
