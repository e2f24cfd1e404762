"""Lexicon files, lists and the compiled matcher."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mamori.errors import DiagnosticsError, Level
from mamori.text.lexicon import (
    LexiconSet,
    ListSet,
    Match,
    TextMatcher,
    parse_lexicon,
    select_leftmost_longest,
)
from mamori.text.normalize import normalize, skeleton


def write(tmp: Path, name: str, content: str) -> Path:
    tmp.mkdir(parents=True, exist_ok=True)
    p = tmp / f"{name}.txt"
    p.write_text(content, encoding="utf-8")
    return p


def test_parse_format() -> None:
    lex, diags = parse_lexicon(
        "jp.cure",
        "# heading comment\n\n  治る|なおる|治ります  # inline comment\n効く|利く\nre:\\d+kg減\n",
    )
    assert diags == []
    assert [e.term for e in lex.entries] == ["治る", "効く", "re:\\d+kg減"]
    assert lex.entries[0].skeletons == ("治る", "なおる", "治ります")
    assert lex.entries[0].source.line == 3 and lex.entries[0].source.col == 3
    assert lex.entries[2].regex == "(?i)\\d+kg減"


def test_entries_are_normalised_like_text() -> None:
    lex, _ = parse_lexicon("x", "ﾔｾﾙ|瘦 せ る\n")
    assert lex.entries[0].skeletons == ("やせる", "痩せる")


def test_bad_regex_reports_file_line_col(tmp_path: Path) -> None:
    write(tmp_path / "lexicons", "jp.bad", "ok\n  re:(unclosed\nre:a(?=b)\nre:x*\n")
    with pytest.raises(DiagnosticsError) as exc:
        LexiconSet.load_dir(tmp_path)
    diags = exc.value.diagnostics
    assert [(d.code, d.span.line, d.span.col) for d in diags] == [
        ("T101", 2, 6),
        ("T101", 3, 4),  # lookahead is not RE2 syntax even though hyperscan knows it
        ("T101", 4, 4),  # matches the empty string
    ]
    text = diags[0].format()
    assert text.startswith(f"{tmp_path / 'lexicons' / 'jp.bad.txt'}:2:6: error[T101]:")
    assert "正規表現" in text


def test_diagnostics_can_be_collected_instead_of_raised(tmp_path: Path) -> None:
    write(tmp_path, "a", "ok|！！\nre:[\n")
    found: list = []
    lexs = LexiconSet.load_dir(tmp_path, diagnostics=found)
    assert {d.code for d in found} == {"T101", "T102"}
    assert lexs["a"].terms == ()  # bad lines skipped


def test_duplicate_is_a_warning(tmp_path: Path) -> None:
    write(tmp_path, "d", "痩せる\nﾔｾﾙ\n瘦せる\n")
    found: list = []
    LexiconSet.load_dir(tmp_path, diagnostics=found)
    assert found == []  # a warning never makes a pack invalid
    LexiconSet.load_dir(tmp_path, diagnostics=found, warnings=True)
    assert [(d.code, d.level, d.span.line) for d in found] == [("T103", Level.WARNING, 3)]
    LexiconSet.load_dir(tmp_path)  # warnings alone do not raise


def test_non_utf8_file(tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_bytes("痩せる".encode("shift_jis"))
    with pytest.raises(DiagnosticsError, match="T104"):
        LexiconSet.load_dir(tmp_path)


def test_load_dir_names_and_digest(tmp_path: Path) -> None:
    write(tmp_path / "lexicons", "jp.disease_names", "糖尿病\n")
    write(tmp_path / "lexicons", "jp.cure_verbs", "治る\n")
    lexs = LexiconSet.load_dir(tmp_path)
    assert sorted(lexs) == ["jp.cure_verbs", "jp.disease_names"]
    d1 = lexs.digest
    write(tmp_path / "lexicons", "jp.cure_verbs", "治る\n効く\n")
    assert LexiconSet.load_dir(tmp_path).digest != d1


def test_lists(tmp_path: Path) -> None:
    write(tmp_path / "lists", "brands", "# brands\nＭＡＭＯＲＩ\nマモリ化粧品\n")
    lists = ListSet.load_dir(tmp_path)
    assert lists.contains("brands", "mamori")
    assert lists.contains("brands", "ﾏﾓﾘ化粧品")
    assert not lists.contains("brands", "mamori2")


@pytest.fixture(scope="module")
def matcher() -> TextMatcher:
    return TextMatcher(
        LexiconSet.from_texts(
            {
                "disease": "糖尿病\n高血圧|高血圧症\nがん|癌\n",
                "cure": "治る|治ります|なおる\n効く|利く\n",
                "short": "糖尿\n",
                "rx": "re:[0-9]+kg減\nre:やせ.{0,2}る\n",
            }
        )
    )


def test_find_spans_and_leftmost_longest(matcher: TextMatcher) -> None:
    n = normalize("高血圧症と糖尿病が治ります")
    found = matcher.find(n)
    assert found["disease"] == [Match("高血圧", 0, 4), Match("糖尿病", 5, 8)]
    assert found["short"] == [Match("糖尿", 5, 7)]  # other lexicons overlap freely
    assert found["cure"] == [Match("治る", 9, 13)]


def test_regex_entries(matcher: TextMatcher) -> None:
    found = matcher.find(normalize("３ｋｇ減！やせ〜〜る"))
    assert [(m.start, m.end) for m in found["rx"]] == [(0, 4), (4, 7)]


def test_byte_offsets_become_char_offsets(matcher: TextMatcher) -> None:
    text = "癌" * 3 + "a糖尿病" * 5  # > 4 matches: the numpy conversion path
    n = normalize(text)
    found = matcher.find(n)
    for m in found["disease"]:
        assert n.text[m.start : m.end] in {"癌", "糖尿病"}


def test_python_fallback_agrees(matcher: TextMatcher) -> None:
    slow = TextMatcher(matcher.lexicons, use_hyperscan=False)
    assert slow.backend == "python" and matcher.backend == "hyperscan"
    for text in ["高血圧症と糖尿病が治ります", "ガンに効く", "", "abc"]:
        n = normalize(text)
        assert slow.find(n) == matcher.find(n)


def test_compiled_database_is_cached_on_disk(cache_dir: str) -> None:
    lexs = LexiconSet.from_texts({"c": f"語{random.random()}\n"})
    TextMatcher(lexs)
    assert any(Path(cache_dir, "hyperscan").glob("*.hsc"))


def test_select_leftmost_longest_prefers_longest_at_same_start() -> None:
    ms = [Match("a", 0, 2), Match("b", 0, 3), Match("c", 2, 4), Match("d", 3, 4)]
    assert select_leftmost_longest(ms) == [Match("b", 0, 3), Match("d", 3, 4)]


_WORDS = ["糖尿病", "がん", "治る", "痩せる", "効く", "シミ", "ダイエット", "肌"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5, unique=True),
    st.lists(
        st.one_of(st.sampled_from(_WORDS), st.sampled_from(["、", " ", "🌸", "を", "ﾀﾞ", "\u200b"])),
        max_size=20,
    ),
)
def test_every_match_maps_back_to_original_text_containing_the_term(
    terms: list[str], pieces: list[str]
) -> None:
    m = TextMatcher(LexiconSet.from_texts({"w": "\n".join(terms)}))
    raw = "".join(pieces)
    n = normalize(raw)
    for match in m.find(n).get("w", []):
        s, e = n.to_original(match.start, match.end)
        assert skeleton(match.term) in skeleton(raw[s:e])


def test_regex_hyperscan_cannot_compile_runs_on_re2() -> None:
    # \b under UTF-8 + UCP is RE2 syntax that hyperscan rejects: that entry runs on re2.
    m = TextMatcher(LexiconSet.from_texts({"en": "re:\\bup\\b\nやせる"}))
    assert m.backend == "hyperscan"
    found = m.find(normalize("Power UP! cup やせる"))
    assert [(x.term, x.start, x.end) for x in found["en"]] == [
        ("re:\\bup\\b", 6, 8),
        ("やせる", 12, 15),
    ]


def test_corrupt_cache_file_is_recompiled(cache_dir: str) -> None:
    from mamori.text import lexicon as lexicon_module

    lexs = LexiconSet.from_texts({"c": f"壊れた{random.random()}\n"})
    TextMatcher(lexs)
    lexicon_module._DB_MEMO.clear()
    for f in Path(cache_dir, "hyperscan").glob("*.hsc"):
        f.write_bytes(b"not a database")
    m = TextMatcher(lexs)
    assert m.find(normalize("壊れた")) == {}  # only a prefix of the entry
    term = lexs["c"].entries[0].term
    assert m.find(normalize(term))["c"][0].term == term


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.text(st.sampled_from(list("あいうアイウ糖尿病治るab1")), min_size=1, max_size=4),
        min_size=1,
        max_size=6,
    ),
    st.lists(
        st.text(st.sampled_from(list("あいうアイウ糖尿病治るab1 、🌸")), max_size=30),
        min_size=1,
        max_size=5,
    ),
)
def test_hyperscan_python_and_batch_agree(terms: list[str], texts: list[str]) -> None:
    entries = [t for t in terms if skeleton(t)]
    if not entries:
        return
    lexs = LexiconSet.from_texts({"a": "\n".join(entries), "b": "\n".join(reversed(entries))})
    fast = TextMatcher(lexs)
    slow = TextMatcher(lexs, use_hyperscan=False)
    norms = [normalize(t) for t in texts]
    one_by_one = [fast.find(n) for n in norms]
    assert one_by_one == [slow.find(n) for n in norms]
    batch = fast.candidates_many(norms)
    assert [{k: select_leftmost_longest(v) for k, v in c.items()} for c in batch] == one_by_one


def test_regex_katakana_old_kanji_and_case_fold_like_the_text() -> None:
    m = TextMatcher(LexiconSet.from_texts({"r": "re:ダイエット.{0,2}效果\nre:NO\\.?1"}))
    for text in ["ダイエットの効果", "だいえっと効果", "ﾀﾞｲｴｯﾄ・効果"]:
        assert [x.term for x in m.find(normalize(text))["r"]] == ["re:ダイエット.{0,2}效果"], text
    assert m.find(normalize("業界ＮＯ．１"))["r"][0].term == "re:NO\\.?1"


def test_variant_columns() -> None:
    _, diags = parse_lexicon("x", "  ok |  ！！ | fine\n")
    assert [(d.code, d.span.line, d.span.col) for d in diags] == [("T102", 1, 9)]


def test_regex_characters_that_never_occur_are_flagged() -> None:
    _, diags = parse_lexicon("x", "re:ｶﾌﾟｾﾙ（錠）\nre:痩せ.{0,2}る\n")
    warned = [(d.code, d.level, d.span.line, d.span.col, d.message.split("'")[1]) for d in diags]
    assert warned[0] == ("T105", Level.WARNING, 1, 4, "ｶ")
    assert {w[4] for w in warned} == {"ｶ", "ﾌ", "ﾟ", "ｾ", "ﾙ", "（", "）"}
    assert all(w[2] == 1 for w in warned)


def test_matcher_is_safe_across_threads(matcher: TextMatcher) -> None:
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"{i}高血圧症と糖尿病が治ります" * (i % 5 + 1) for i in range(200)]
    expected = [matcher.find(normalize(t)) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda t: matcher.find(normalize(t)), texts))
    assert got == expected


def test_only_regexes_hyperscan_rejects() -> None:
    m = TextMatcher(LexiconSet.from_texts({"en": "re:\\bup\\b"}))
    assert m.backend == "python"  # nothing left for hyperscan: re2 does it all
    assert [(x.start, x.end) for x in m.find(normalize("Power UP!"))["en"]] == [(6, 8)]
