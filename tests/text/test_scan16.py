"""The per-text ``scan()`` on UTF-16 code units against the main UTF-8 database.

``TextMatcher.scan`` runs literals through the column scan's UTF-16 literal database
(no per-text UTF-8 encode, no byte → character conversion) and regexes through the
UTF-8 regex database. The main database over UTF-8 (``_scan8``) is the old path and the
oracle here: every test compares the two on text built to break the new one — code
units that spell a pattern across two characters, astral characters (two units each),
regexes without start tracking, the re2 fallback, ASCII-only text.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mamori.text.lexicon import LexiconSet, TextMatcher, _bytes_to_chars
from mamori.text.normalize import normalize

_BIG = (
    "re:(びたみん|かるしうむ|鉄|亜鉛|あえん|銅|まぐねしうむ|かりうむ|ないあしん|ぱんとてん酸"
    "|びおちん|葉酸|n-3系脂肪酸|n3系脂肪酸).{0,40}(形成に必要な栄養素|健康維持を助け"
    "|維持に役立つ栄養素|維持を助け|働きを助け|必要な栄養素|抗酸化作用を持つ栄養素|正常な"
    "|発育を助け|成長を助け|形成を助け|吸収を促進)"
)
LEXICONS = {
    # あ is U+3042: bytes 42 30 in UTF-16-LE, also the middle of 䉂 (42 42) + 0 (30 00);
    # 䉂あ likewise hides 䉂 + 0 + …; 𩸽 is astral (a surrogate pair).
    "lit": "糖尿病\n糖尿\n尿病\nあ\nああ\n䉂0\n𩸽\n𩸽あ\n治る|なおる\nkg",
    "rx": "re:[^0-9]{0,6}[0-9]+kg\nre:やせ.{0,3}た\nre:𩸽+",
    "en": "re:\\bup\\b\ncup",  # \b under UCP: re2 runs this one
    "fnc": _BIG,  # too large for start tracking: re2 recovers its starts
}


@pytest.fixture(scope="module")
def matcher() -> TextMatcher:
    return _shared()


def main_db(matcher: TextMatcher, text: str) -> list[tuple[int, int, int]]:
    """What the main UTF-8 database finds (the path ``scan()`` took before), in
    character offsets, sorted."""
    scan = matcher._scan8(text)
    hits = (
        scan.hits if scan.data is None else _bytes_to_chars(scan.data, scan.hits, matcher._char_len)
    )
    return sorted(hits)


def utf16(matcher: TextMatcher, text: str) -> list[tuple[int, int, int]]:
    scan = matcher.scan(text)
    assert scan.data is None, "the UTF-16 path reports character offsets"
    return sorted(scan.hits)


def test_scan_takes_the_utf16_path(matcher: TextMatcher) -> None:
    matcher.scan("あ")
    assert matcher._per_text, "column databases exist, so scan() uses them"
    assert matcher._no_som and matcher._re2_bytes


@pytest.mark.parametrize(
    "text",
    [
        "䉂0",  # あ's code unit at an odd byte offset: not a match
        "䉂0あ",
        "あああ",
        "𩸽𩸽糖尿病",
        "𩸽あ𩸽",
        "a𩸽b5kg",
        "ダイエットで5kgやせました",
        "鉄は赤血球の形成に必要な栄養素です",
        "power up cup",
        "5kg",
        "",
    ],
)
def test_utf16_scan_equals_the_main_database(matcher: TextMatcher, text: str) -> None:
    skel = normalize(text).text
    assert utf16(matcher, skel) == main_db(matcher, skel)


def test_selection_is_unchanged(matcher: TextMatcher) -> None:
    skel = normalize("𩸽の糖尿病が治る、5kgやせた、鉄は骨の形成に必要な栄養素").text
    new, old = matcher.scan(skel), matcher._scan8(skel)
    for lex in LEXICONS:
        assert matcher.select(new, lex) == matcher.select(old, lex)
    assert set(matcher.hit_lexicons(new)) == set(matcher.hit_lexicons(old))
    assert matcher.candidates(skel)["lit"]  # candidates() reads the same scan


def test_a_literal_only_pack_has_no_regex_pass() -> None:
    m = TextMatcher(LexiconSet.from_texts({"x": "糖尿病\nあ"}))
    m.scan("あ")
    assert m._per_text and m._per_text[1] is None
    assert utf16(m, "䉂0あ糖尿病") == main_db(m, "䉂0あ糖尿病") == [(0, 3, 6), (1, 2, 3)]


_ALPHABET = list("あい糖尿病治るなおやせた鉄の形成に必要な栄養素5kgup c0䉂𩸽𪚲")


@settings(max_examples=150, deadline=None)
@given(st.text(st.sampled_from(_ALPHABET), max_size=60))
def test_utf16_scan_equals_the_main_database_on_random_text(text: str) -> None:
    m = _shared()
    assert utf16(m, text) == main_db(m, text)


def _shared() -> TextMatcher:
    global _MATCHER
    if _MATCHER is None:
        _MATCHER = TextMatcher(LexiconSet.from_texts(LEXICONS))
    return _MATCHER


_MATCHER: TextMatcher | None = None
