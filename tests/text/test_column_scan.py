"""Column scans (``TextMatcher.scan_column``) against the main database's per-text scan.

The column path joins texts with newlines, matches literals on UTF-16 code units and
regexes on UTF-8 bytes, and maps everything back with numpy; each test pins one way that
could go wrong (a match across the separator, a misaligned code unit, astral characters,
NULLs, the edges of the buffer) by comparing with the per-text path.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mamori.text.lexicon import ColumnScan, LexiconSet, Match, TextMatcher, _bytes_to_chars
from mamori.text.normalize import normalize, skeleton

# Variants of the fnc_claims regex of the jp pack: too large for hyperscan's start of
# match tracking, so it compiles without and re2 recovers each start.
_BIG = (
    "re:(びたみん|かるしうむ|鉄|亜鉛|あえん|銅|まぐねしうむ|かりうむ|ないあしん|ぱんとてん酸"
    "|びおちん|葉酸|n-3系脂肪酸|n3系脂肪酸).{0,40}(形成に必要な栄養素|健康維持を助け"
    "|維持に役立つ栄養素|維持を助け|働きを助け|必要な栄養素|抗酸化作用を持つ栄養素|正常な"
    "|発育を助け|成長を助け|形成を助け|吸収を促進)"
)
LEXICONS = {
    "disease": "糖尿病\n糖尿\n尿病\n高血圧\n𩸽\nあ\n治る|なおる",
    "weight": "re:[^0-9]{0,6}[0-9]+kg\nre:やせ.{0,3}た",
    "en": "re:\\bup\\b\ncup",  # \b under UCP: re2 runs this one
    "fnc": _BIG,
}


@pytest.fixture(scope="module")
def matcher() -> TextMatcher:
    return TextMatcher(LexiconSet.from_texts(LEXICONS))


def oracle(matcher: TextMatcher, text: str) -> list[tuple[int, int, int]]:
    """What the main UTF-8 database finds in one text, in character offsets, sorted: an
    independent oracle (``scan()`` itself runs on the column scan's databases)."""
    if matcher.backend == "python" or not text:
        return sorted(matcher._raw(text))
    scan = matcher._scan8(text)
    if scan.data is None:
        return sorted(scan.hits)
    return sorted(_bytes_to_chars(scan.data, scan.hits, matcher._char_len))


def per_row(matcher: TextMatcher, texts: list[str | None]) -> list[list[tuple[int, int, int]]]:
    """What the main database finds in each text, in character offsets, sorted."""
    return [oracle(matcher, normalize(t).text if t else "") for t in texts]


def by_row(column: ColumnScan) -> list[list[tuple[int, int, int]]]:
    out: list[list[tuple[int, int, int]]] = [[] for _ in range(column.rows)]
    for r, p, s, e in zip(column.row, column.pattern, column.start, column.end, strict=True):
        out[int(r)].append((int(p), int(s), int(e)))
    return [sorted(x) for x in out]


def column(matcher: TextMatcher, texts: list[str | None]) -> ColumnScan:
    return matcher.scan_column([None if t is None else normalize(t) for t in texts])


def spans(
    matcher: TextMatcher, column: ColumnScan, lexicon: str
) -> list[tuple[int, str, int, int]]:
    mask = matcher.lexicon_patterns(lexicon)[column.pattern]
    return [
        (int(r), matcher.term(lexicon, int(p)), int(s), int(e))
        for r, p, s, e in zip(
            column.row[mask],
            column.pattern[mask],
            column.start[mask],
            column.end[mask],
            strict=True,
        )
    ]


def test_the_matcher_exercises_every_path(matcher: TextMatcher) -> None:
    assert matcher.backend == "hyperscan"
    assert matcher._no_som, "the big regex compiles without start tracking"
    assert matcher._re2_bytes, "\\b runs on re2"
    assert matcher._column_dbs() is not None


def test_overlapping_matches_and_buffer_edges(matcher: TextMatcher) -> None:
    texts = ["糖尿病", "ふつうの文", "高血圧と糖尿病"]
    col = column(matcher, texts)
    assert col.rows == 3
    assert spans(matcher, col, "disease") == [
        (0, "糖尿病", 0, 3),  # sorted by start, longest first
        (0, "糖尿", 0, 2),
        (0, "尿病", 1, 3),
        (2, "高血圧", 0, 3),
        (2, "糖尿病", 4, 7),  # ends the buffer
        (2, "糖尿", 4, 6),
        (2, "尿病", 5, 7),
    ]
    assert by_row(col) == per_row(matcher, texts)


def test_regex_cannot_borrow_its_start_from_the_previous_text(matcher: TextMatcher) -> None:
    # Joined, "[^0-9]{0,6}" could run back over the newline into "あいう"; per text the
    # match starts at 0 of the second text, and nothing matches in the first.
    texts = ["あいう", "えお5kg", "7kg"]
    col = column(matcher, texts)
    assert [x for x in spans(matcher, col, "weight")] == [
        (1, "re:[^0-9]{0,6}[0-9]+kg", 0, 5),
        (2, "re:[^0-9]{0,6}[0-9]+kg", 0, 3),
    ]
    assert by_row(col) == per_row(matcher, texts)


def test_a_regex_ending_on_the_separator_is_not_a_match() -> None:
    m = TextMatcher(LexiconSet.from_texts({"x": "re:が[^ん]"}))
    texts = ["これが", "が来た"]
    col = column(m, texts)
    assert spans(m, col, "x") == [(1, "re:が[^ん]", 0, 2)]
    assert by_row(col) == per_row(m, texts)


def test_misaligned_code_units_do_not_match(matcher: TextMatcher) -> None:
    # "䉂0" is U+4242 U+0030: bytes 42 42 30 00 in UTF-16-LE, whose middle "42 30" is
    # the code unit of "あ" (U+3042). A match there must not count.
    assert skeleton("䉂0") == "䉂0"
    col = column(matcher, ["䉂0", "あ"])
    assert spans(matcher, col, "disease") == [(1, "あ", 0, 1)]


def test_astral_characters_count_as_one_character(matcher: TextMatcher) -> None:
    texts = ["𩸽𩸽糖尿病", "𪚲あ", "糖尿病"]
    col = column(matcher, texts)
    got = spans(matcher, col, "disease")
    assert (0, "𩸽", 0, 1) in got and (0, "𩸽", 1, 2) in got
    assert (0, "糖尿病", 2, 5) in got and (1, "あ", 1, 2) in got and (2, "糖尿病", 0, 3) in got
    assert by_row(col) == per_row(matcher, texts)


def test_regex_offsets_are_characters_after_multibyte_text(matcher: TextMatcher) -> None:
    texts = ["ダイエットで5kg", "ABC 7kg", "鉄は赤血球の形成に必要な栄養素です"]
    col = column(matcher, texts)
    assert by_row(col) == per_row(matcher, texts)
    got = spans(matcher, col, "fnc")
    assert got and got[0][0] == 2 and got[0][2] == 0
    text = normalize(texts[2]).text
    assert text[got[0][2] : got[0][3]].endswith("栄養素")


def test_nulls_and_empty_texts_keep_their_rows(matcher: TextMatcher) -> None:
    texts: list[str | None] = [None, "", "糖尿病", None, "、、", "cup up"]
    col = column(matcher, texts)
    assert col.rows == 6
    assert set(col.row.tolist()) == {2, 5}
    assert by_row(col) == per_row(matcher, texts)
    assert matcher.column_hit_rows(col, "disease").tolist() == [0, 0, 1, 0, 0, 0]
    assert matcher.column_hit_rows(col, "en").tolist() == [0, 0, 0, 0, 0, 1]
    empty = matcher.scan_column([])
    assert empty.rows == 0 and len(empty) == 0
    assert matcher.scan_column([None, ""]).rows == 2


def test_text_with_a_newline_goes_row_by_row(matcher: TextMatcher) -> None:
    # Only skeletons are newline-free; raw strings with one take the per-row path.
    texts = ["糖尿\n病", "高血圧"]
    col = matcher.scan_column(texts)
    assert by_row(col) == [oracle(matcher, t) for t in texts]


def test_without_hyperscan_the_column_scan_agrees() -> None:
    fast = TextMatcher(LexiconSet.from_texts(LEXICONS))
    slow = TextMatcher(LexiconSet.from_texts(LEXICONS), use_hyperscan=False)
    texts = ["糖尿病が治る", "えお5kg", "cup up", None]
    assert by_row(column(slow, texts)) == per_row(slow, texts)
    # hyperscan and the pure-Python matcher agree on what leftmost-longest selects
    for a, b in zip(
        fast.column_scans(column(fast, texts)), slow.column_scans(column(slow, texts)), strict=True
    ):
        for lex in LEXICONS:
            if lex != "fnc":  # re2's finditer and hyperscan pick other ends for .{0,40}
                assert fast.select(a, lex) == slow.select(b, lex)


def test_lexicon_patterns_and_terms(matcher: TextMatcher) -> None:
    mask = matcher.lexicon_patterns("disease")
    assert mask.dtype == np.bool_ and mask.sum() == 8  # 治る|なおる are two patterns
    assert {matcher.term("disease", int(p)) for p in np.flatnonzero(mask)} >= {"治る", "あ"}
    with pytest.raises(KeyError):
        matcher.lexicon_patterns("nope")
    with pytest.raises(KeyError):
        matcher.term("weight", int(np.flatnonzero(mask)[0]))


def test_scan_many_selects_like_scan(matcher: TextMatcher) -> None:
    texts = ["高血圧と糖尿病がなおる", "𩸽の5kgやせまった", "power up cup", ""]
    norms = [normalize(t) for t in texts]
    for one, batch in zip([matcher.scan(n) for n in norms], matcher.scan_many(norms), strict=True):
        for lex in LEXICONS:
            assert matcher.select(one, lex) == matcher.select(batch, lex)
        assert set(matcher.hit_lexicons(one)) == set(matcher.hit_lexicons(batch))
    found = matcher.select(matcher.scan_many(norms)[0], "disease")
    assert found == [Match("高血圧", 0, 3), Match("糖尿病", 4, 7), Match("治る", 8, 11)]


_ALPHABET = list("あいうやせたアイウ糖尿病高血圧治るなおabkgcup 05、🌸𩸽䉂鉄の形成に必要な栄養素")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(st.sampled_from(_ALPHABET), max_size=40)), max_size=8))
def test_column_equals_per_text_on_random_japanese(texts: list[str | None]) -> None:
    m = _shared()
    col = column(m, texts)
    assert by_row(col) == per_row(m, texts)
    # the documented order: row, start, longest first, pattern id
    order = np.lexsort((col.pattern, -col.end, col.start, col.row))
    assert order.tolist() == list(range(len(col)))


def _shared() -> TextMatcher:
    global _MATCHER
    if _MATCHER is None:
        _MATCHER = TextMatcher(LexiconSet.from_texts(LEXICONS))
    return _MATCHER


_MATCHER: TextMatcher | None = None


def test_an_oversized_column_is_split(
    matcher: TextMatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mamori.text import lexicon as lexicon_module

    monkeypatch.setattr(lexicon_module, "_MAX_COLUMN_CHARS", 10)
    texts = ["高血圧と糖尿病", None, "えお5kg", "糖尿病", "cup up", "あいうえおかきくけこ"]
    col = column(matcher, texts)
    assert col.rows == len(texts)
    assert by_row(col) == per_row(matcher, texts)


def test_anchored_regexes_match_in_every_text_of_a_column() -> None:
    # ^ and $ anchor to each text (RE2 semantics, one text at a time); the column scan
    # joins texts with newlines, so its regexes are compiled multi-line, and \A / \z
    # (the whole buffer to hyperscan) run on re2 text by text. Oracle: the pure-Python
    # matcher, which is re2 on each text.
    lexicons = {"a": "re:^やせ\nre:る$\nre:\\Aこう\nre:い\\z\nre:(^|の)肌"}
    fast = TextMatcher(LexiconSet.from_texts(lexicons))
    slow = TextMatcher(LexiconSet.from_texts(lexicons), use_hyperscan=False)
    texts = ["ふつうる", "やせる", "こうい", "肌の肌", "やせ", "こう"]
    expected = [sorted(slow._raw(normalize(t).text)) for t in texts]
    assert by_row(column(fast, texts)) == expected
    assert [sorted(fast._raw(normalize(t).text)) for t in texts] == expected
    assert per_row(fast, texts) == expected  # the main database agrees too
    assert expected[1] and expected[2] and expected[4] and expected[5]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(st.sampled_from(_ALPHABET), max_size=40), min_size=1, max_size=6))
def test_select_before_and_after_grouping_agree(texts: list[str]) -> None:
    """``select`` on a scan nobody grouped reads one lexicon's patterns; once
    ``hit_lexicons`` has grouped the hits by lexicon it reads the groups: same matches."""
    m = _shared()
    norms = [normalize(t) for t in texts]
    for lex in LEXICONS:
        fresh = [m.select(s, lex) for s in m.scan_many(norms)]
        grouped = []
        for s in m.scan_many(norms):
            m.hit_lexicons(s)
            assert s.hits == [] or s.by_lexicon is not None
            grouped.append(m.select(s, lex))
        assert fresh == grouped, lex
