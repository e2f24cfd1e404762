"""Composed skeletons (concat_ws joins, without() masks) equal normalising the whole text.

The composition is a shortcut of the batch text pass: wherever it answers (not None),
its skeleton and every span of its offset map must be what :func:`normalize` gives for
the joined or masked text. Texts are drawn from an alphabet of evasion tricks placed on
both sides of every join: long vowels and dashes, half-width kana and voiced marks,
zero-width characters, look-alike kanji/katakana, circles, Latin letters and digits
(the space rule), combining marks, Hangul jamo, NFKC expansions and the mask character.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mamori.text.compose import (
    MASK_CHAR,
    compose_concat,
    compose_join,
    compose_masked,
    cut_spans,
    masked_clean,
    masked_hits,
    plain_separators,
)
from mamori.text.functions import TextEnv, TextView
from mamori.text.lexicon import LexiconSet, TextMatcher
from mamori.text.normalize import Normalized, normalize

TRICKY = list(
    "あかたはおにろえのを"  # hiragana, incl. skeletons of katakana look-alikes
    "カタロエオトハニサプリダイエット"  # katakana, incl. look-alikes of kanji
    "ｶﾀﾞｲｴｯﾄﾞﾟｻﾌﾟﾘ"  # half-width kana and marks
    "痩治力口工一二八糖病新品"  # kanji, incl. look-alikes and 一
    "ーｰ―‐−〜~-"  # long vowels, dashes, tildes
    "○〇◯"  # circles
    "aAzZ09 　"  # Latin, digits, spaces
    "\u200b\u200d\ufeff\u3099\u0301\ufe0f"  # zero-width, combining, variation selector
    "【】。！・♪🌸"  # punctuation, symbols, emoji
    "а가ㄱ㍿ｶﾞ" + MASK_CHAR  # Cyrillic look-alike, Hangul jamo, NFKC expansions
)
PLAIN_JP = list("あいうえおのをがぎ痩糖病治新品肌荒防【】。！♪ 　")

# HTML markup folds away as a whole, so pieces of it on both sides of a join matter.
MARKUP = [
    "<b>",
    "</b>",
    "<br>",
    '<img alt="',
    '">',
    "<!--",
    "-->",
    "&nbsp;",
    "&nb",
    "sp;",
    "<",
    ">",
]

texts = st.lists(st.sampled_from(TRICKY + PLAIN_JP + MARKUP), max_size=12).map("".join)
seps = st.sampled_from(["", " ", "　", "、", "/", " | ", "ー", "a", "\u200b", "\u3099"])


def _same(composed: Normalized, direct: Normalized) -> None:
    assert composed.text == direct.text
    assert composed.original == direct.original
    n = len(direct.text)
    for i in range(n + 1):
        for j in range(i, min(n, i + 6) + 1):
            assert composed.to_original(i, j) == direct.to_original(i, j), (i, j)


@settings(max_examples=600, deadline=None)
@given(st.lists(texts, min_size=2, max_size=4), seps)
def test_concat_composition_equals_normalising_the_join(parts: list[str], sep: str) -> None:
    got = compose_concat(sep, [normalize(p) for p in parts])
    if got is not None:
        _same(got, normalize(sep.join(parts)))


@settings(max_examples=600, deadline=None)
@given(texts, st.lists(st.tuples(st.integers(0, 12), st.integers(1, 4)), max_size=3))
def test_masked_composition_equals_normalising_the_masked_text(
    text: str, picks: list[tuple[int, int]]
) -> None:
    base = normalize(text)
    n = len(base.text)
    cuts: list[tuple[int, int, int, int]] = []
    pos = 0
    for start, length in sorted(picks):
        ms = max(start, pos)
        me = min(ms + length, n)
        if ms >= me:
            continue
        cuts.append((ms, me, *base.to_original(ms, me)))
        pos = me
    masked = TextView(text, TextMatcher(LexiconSet())).masked([(a, b) for _, _, a, b in cuts])
    got = compose_masked(masked.text, base, cuts)
    if got is not None:
        _same(got, normalize(masked.text))


def test_clean_joins_of_listing_text_compose() -> None:
    """The shortcut is not vacuous: ordinary titles and descriptions compose."""
    rng = random.Random(3)
    titles = ["【新品】サプリ", "化粧水 しずく", "国産 包丁", "送料無料！タオル"]
    bodies = ["【新品未使用】飲むだけで痩せる", "肌にうるおいを与える化粧水。", "糖尿病が治る"]
    done = 0
    for _ in range(50):
        a, b = rng.choice(titles), rng.choice(bodies)
        got = compose_concat(" ", [normalize(a), normalize(b)])
        if got is not None:
            done += 1
            _same(got, normalize(a + " " + b))
    assert done >= 40


@pytest.mark.parametrize(
    ("a", "sep", "b"),
    [
        ("ダイエット", " ", "ーー効果"),  # long vowel after kana across the join
        ("サプリ", " ", "力プセル"),  # look-alike kanji next to katakana
        ("UP", " ", "cup"),  # the Latin space rule
        ("ｶ", "", "ﾞ"),  # a voiced mark composing across the join
        ("e", "", "\u0301"),  # an NFKC composition across the join
        ("痩", "\u200b", "〇〇"),  # circles after a zero-width space
        ("ᄀ", "", "ᅡ"),  # Hangul jamo
    ],
)
def test_unclean_joins_fall_back(a: str, sep: str, b: str) -> None:
    got = compose_concat(sep, [normalize(a), normalize(b)])
    assert got is None or got.text == normalize(a + sep + b).text
    assert compose_concat(sep, [normalize("痩せる"), normalize(b)]) is None or not b


@pytest.mark.parametrize(
    ("a", "sep", "b"),
    [
        ('<img alt="痩', " ", 'せる">'),  # a tag left open closes in the next part
        ("説明<!-- 痩", " ", "せる -->"),  # a comment likewise
        ("送料&nb", "", "sp;込み"),  # a character reference likewise
    ],
)
def test_markup_left_open_falls_back(a: str, sep: str, b: str) -> None:
    assert normalize(a + sep + b).text != normalize(a).text + normalize(b).text
    assert compose_concat(sep, [normalize(a), normalize(b)]) is None


def test_plain_separators() -> None:
    assert plain_separators(" 【】。！♪\u200b")
    assert not plain_separators("ー") and not plain_separators("\u3099")
    assert not plain_separators("○") and not plain_separators("a")


def test_views_derive_and_match_direct_views() -> None:
    """TextEnv.concat_ws and masked views give the same skeleton, spans and evidence."""
    env = TextEnv(TextMatcher(LexiconSet.from_texts({"ok": "肌荒れを防ぐ", "risk": "肌荒れ|治る"})))
    title, body = "【新品】化粧水", "肌荒れを防ぐ。肌荒れが治る！"
    joined = env.concat_ws(" ", env.view(title, "title"), env.view(body, "description"))
    assert joined is not None
    direct = TextView(joined.text, env.matcher, joined.segments)
    assert joined.normalized.text == direct.normalized.text
    assert isinstance(joined.normalized, Normalized)
    masked = env.without(joined, "ok").value
    assert masked is not None
    plain = TextView(masked.text, env.matcher, masked.segments)
    got, want = env.lexicon_hit(masked, "risk"), env.lexicon_hit(plain, "risk")
    assert got.value is want.value is True
    assert got.evidence == want.evidence


# Literal lexicons over the alphabet above (regexes are never derived), to compare the
# masked text's scan with the matches derived from the unmasked scan.
_DERIVE_ENV = TextEnv(
    TextMatcher(
        LexiconSet.from_texts(
            {
                "a": "あか|かた|たは\n痩\n治\n糖病\nさぷり\nだいえっと\nとー\naa|a0\n",
                "b": "おに|にろ\n力\n口工\n新品\n肌荒\n防\n",
                "r": "re:[あか]た\n",
            }
        )
    )
)


@settings(max_examples=800, deadline=None)
@given(texts, st.lists(st.tuples(st.integers(0, 12), st.integers(1, 4)), max_size=3))
def test_masked_clean_means_masked_composes_and_scans_as_derived(
    text: str, picks: list[tuple[int, int]]
) -> None:
    """masked_clean ⇒ compose_masked composes; the masked text's literal matches are
    then masked_hits of the unmasked ones (the batch pass scans nothing again)."""
    base = normalize(text)
    n = len(base.text)
    cuts: list[tuple[int, int, int, int]] = []
    pos = 0
    for start, length in sorted(picks):
        ms = max(start, pos)
        me = min(ms + length, n)
        if ms >= me:
            continue
        cuts.append((ms, me, *base.to_original(ms, me)))
        pos = me
    masked = TextView(text, _DERIVE_ENV.matcher).masked([(a, b) for _, _, a, b in cuts])
    if not cuts or not masked_clean(base, cuts):
        return
    got = compose_masked(masked.text, base, cuts)
    assert got is not None
    direct = normalize(masked.text)
    _same(got, direct)
    matcher = _DERIVE_ENV.matcher
    skip = matcher.regex_patterns
    derived = masked_hits(matcher._raw(base.text), cuts, skip)
    want = [h for h in matcher._raw(direct.text) if h[0] not in skip]
    assert sorted(derived) == sorted(want)


def test_masked_clean_is_not_vacuous() -> None:
    """Permitted wording masked inside ordinary descriptions is judged clean, and the
    guard refuses masks whose neighbours a context rule reads."""
    env = TextEnv(TextMatcher(LexiconSet.from_texts({"ok": "肌荒れを防ぐ\nうるおいを与える"})))
    for text in [
        "肌荒れを防ぐ。しっとり肌へ",
        "【新品】化粧水 肌にうるおいを与える！肌荒れを防ぐ",
        "毎日の肌荒れを防ぐ、うるおいを与える♪",
    ]:
        view = env.view(text)
        assert view is not None
        norm = view.normalized
        cuts = [(m.start, m.end, *norm.to_original(m.start, m.end)) for m in view.matches("ok")]
        assert cuts and masked_clean(norm, cuts), text
    for text in ["カ肌荒れを防ぐ", "肌荒れを防ぐーー", "一肌荒れを防ぐ"]:
        norm = normalize(text)
        view = env.view(text)
        assert view is not None
        cuts = [(m.start, m.end, *norm.to_original(m.start, m.end)) for m in view.matches("ok")]
        assert cuts and not masked_clean(norm, cuts), text


@settings(max_examples=400, deadline=None)
@given(texts, st.lists(texts, min_size=1, max_size=4), seps)
def test_join_with_a_shared_left_part_equals_compose_concat(
    left: str, rights: list[str], sep: str
) -> None:
    """compose_join (the batch pass's join, the left part's checks memoised across rows)
    answers what compose_concat answers, whatever the row order."""
    a = normalize(left)
    memo: dict[int, tuple[Normalized, bool]] = {}
    for right in rights:
        b = normalize(right)
        got = compose_join(sep, a, b, left + sep + right, memo)
        want = compose_concat(sep, [a, b])
        assert (got is None) == (want is None)
        if got is not None and want is not None:
            _same(got, want)


@settings(max_examples=400, deadline=None)
@given(st.lists(texts, min_size=1, max_size=3), seps, st.data())
def test_cut_spans_map_as_to_original(parts: list[str], sep: str, data: st.DataObject) -> None:
    """cut_spans reads the offset maps of joins and plain skeletons inline: the same
    original spans as to_original, masked joins included."""
    norms = [normalize(p) for p in parts]
    joined = compose_concat(sep, norms)
    views: list[Normalized] = [*norms, *([joined] if joined is not None else [])]
    base = normalize(parts[0])
    if len(base.text) >= 2:
        a, b = base.to_original(0, 1)
        masked = compose_masked(MASK_CHAR * (b - a) + parts[0][b:], base, [(0, 1, a, b)])
        if masked is not None:
            views.append(masked)
    for norm in views:
        n = len(norm.text)
        if not n:
            continue
        spans = data.draw(
            st.lists(
                st.tuples(st.integers(0, n - 1), st.integers(1, 5)).map(
                    lambda t, n=n: (t[0], min(n, t[0] + t[1]))
                ),
                max_size=4,
            )
        )
        assert cut_spans(norm, spans) == [(s, e, *norm.to_original(s, e)) for s, e in spans]
