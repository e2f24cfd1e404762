"""Normalisation: the evasion table of japan.md §8, offsets, and properties."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mamori.text.normalize import normalize, normalize_many, skeleton

# (input, skeleton) — every row of domain/japan.md §8.1 plus the §8.2 extra evasions.
EVASIONS = [
    ("ﾔｾﾙ", "やせる"),
    ("やせる", "やせる"),
    ("やせました", "やせました"),
    ("瘦せる", "痩せる"),
    ("痩 せ る", "痩せる"),
    ("ヤ.セ.ル", "やせる"),
    ("痩\u200bせる", "痩せる"),
    ("痩\u00adせる", "痩せる"),
    ("シミが消える", "しみが消える"),
    ("ｼﾐが消える", "しみが消える"),
    ("ｱﾝﾁｴｲｼﾞﾝｸﾞ", "あんちえいじんぐ"),
    ("あんちえいじんぐ", "あんちえいじんぐ"),
    ("最・強", "最強"),
    ("ＮＯ．１", "no1"),
    ("Ｎｏ.1", "no1"),
    ("№1", "no1"),
    ("①位", "1位"),
    ("効く", "効く"),
    ("効きます", "効きます"),
    ("効果バツグン", "効果ばつぐん"),
    ("免疫力ＵＰ", "免疫力up"),
    ("ダイエットーーー", "だいえっとー"),
    ("醫師", "医師"),
    ("效く", "効く"),
    ("體", "体"),
    # §8.2 extras
    ("痩🌸せ🌸る", "痩せる"),
    ("痩\nせ\nる", "痩せる"),  # vertical text, one character per line
    ("痩\u200dせ\ufe0fる", "痩せる"),  # ZWJ, variation selector
    ("痩\u202eせる", "痩せる"),  # bidi override
    ("N〇.1", "no1"),
    ("N○1", "no1"),
    ("1〇〇%", "100"),
    ("二〇二六年", "二〇二六年"),  # kanji numerals stay
    ("c0llagen", "collagen"),
    ("コ一ヒ一", "こーひー"),  # kanji 一 as a long vowel
    ("コ－ヒ－", "こひ"),  # full-width hyphen-minus is a separator
    ("コ―ヒ―", "こーひー"),  # horizontal bar after katakana is a long vowel
    ("力プセル", "かぷせる"),  # kanji 力 for katakana カ
    ("体力アップ", "体力あっぷ"),  # a real 力 stays
    ("ニキビ", "にきび"),
    ("二キビ", "にきび"),
    ("人ロ", "人口"),  # katakana ロ for kanji 口
    ("プロ仕様", "ぷろ仕様"),  # a real ロ stays
    ("エ場", "工場"),
    ("タ方", "夕方"),
    ("すごーい", "すごーい"),
    ("ヤセ〜ル", "やせる"),
    ("痩ーせる", "痩せる"),  # ー after kanji is dropped
    ("Y A S E R U", "yaseru"),
    ("y.a.s.e.r.u", "yaseru"),
    ("ＹＡＳＥＲＵ", "yaseru"),
    ("cure  all", "cure all"),
    ("ﾊﾟﾝ", "ぱん"),
    ("か\u3099", "が"),  # combining dakuten composes
    ("㍿", "株式会社"),
    ("㈱マモリ", "株まもり"),
    ("…やせる…", "やせる"),
    ("СНАNЕL", "chanel"),  # Cyrillic С, Н, А, Е
    ("ΗΕRΜΕS", "hermes"),  # Greek Η, Ε, Μ
    ("500µg", "500μg"),  # micro sign: NFKC → Greek mu, which is not folded to m
    ("𝐘𝐀𝐒𝐄𝐑𝐔", "yaseru"),  # mathematical bold letters
    ("㋐㋑", "あい"),  # circled katakana
    ("", ""),
    ("!!!", ""),
]


@pytest.mark.parametrize(("raw", "expected"), EVASIONS)
def test_evasion_table(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


def test_batch_equals_single() -> None:
    raws = [r for r, _ in EVASIONS]
    assert [n.text for n in normalize_many(raws)] == [normalize(r).text for r in raws]


def test_boundaries_do_not_leak_between_batch_strings() -> None:
    # 力 at the end of one string must not see the katakana that starts the next.
    a, b = normalize_many(["体力", "アップ"])
    assert (a.text, b.text) == ("体力", "あっぷ")
    a, b = normalize_many(["ア", "力"])
    assert b.text == "力"


def test_offsets_cover_inserted_separators() -> None:
    raw = "今なら痩🌸せ🌸る！"
    n = normalize(raw)
    i = n.text.index("痩せる")
    s, e = n.to_original(i, i + 3)
    assert raw[s:e] == "痩🌸せ🌸る"


def test_offsets_through_nfkc_expansions_and_contractions() -> None:
    raw = "㍿ﾊﾟﾝ①"
    n = normalize(raw)
    assert n.text == "株式会社ぱん1"
    assert n.to_original(0, 4) == (0, 1)  # 株式会社 ← ㍿
    assert n.to_original(4, 5) == (1, 3)  # ぱ ← ﾊﾟ
    assert n.to_original(6, 7) == (4, 5)


def test_to_original_edges() -> None:
    n = normalize("あ。い")
    assert n.to_original(0, 0) == (0, 0)
    assert n.to_original(2, 2) == (3, 3)
    with pytest.raises(IndexError):
        n.to_original(0, 5)


def test_kana_false_keeps_katakana() -> None:
    assert normalize("ｼﾐ 消える", kana=False).text == "シミ消える"


def test_skeleton_is_idempotent_on_examples() -> None:
    for raw, expected in EVASIONS:
        assert skeleton(expected) == expected, raw


# -- properties --------------------------------------------------------------------

# Context-free characters only: look-alikes, long vowels, circles and Latin letters fold
# differently depending on their neighbours, so a slice need not fold like the whole.
_PLAIN = list(
    "あいうえおかきくけこやせるがぎ痩瘦せ醫師效體治療糖尿病肌荒れ"
    "アイウヤセルガシミｱｲｳｷﾞﾋﾟｼﾐ"
    "。、・！？（）「」 　\n\t.,/*#🌸🔥\u200b\u200d\u00ad\ufe0f\u3099\u202e㍿㈱…"
)
_ANY = _PLAIN + list("力二口ロカニーｰ―一〇○ ABCxyz019Ｎｏ．№①～〜-")
plain_text = st.text(st.sampled_from(_PLAIN), max_size=40)
any_text = st.one_of(st.text(st.sampled_from(_ANY), max_size=40), st.text(max_size=30))


@settings(max_examples=150, deadline=None)
@given(plain_text, st.data())
def test_span_maps_back_to_text_that_folds_to_the_match(raw: str, data: st.DataObject) -> None:
    n = normalize(raw)
    if not n.text:
        return
    i = data.draw(st.integers(0, len(n.text) - 1))
    j = data.draw(st.integers(i + 1, len(n.text)))
    s, e = n.to_original(i, j)
    assert 0 <= s < e <= len(raw)
    assert n.text[i:j] in skeleton(raw[s:e])


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_offset_map_is_monotone_and_in_bounds(raw: str) -> None:
    n = normalize(raw)
    prev_end = 0
    for i in range(len(n.text)):
        s, e = n.to_original(i, i + 1)
        assert 0 <= s < e <= len(raw)
        assert s >= prev_end - 8  # NFKC clusters may share a source span
        prev_end = e
    if n.text:
        assert n.to_original(0, len(n.text))[1] <= len(raw)


@settings(max_examples=100, deadline=None)
@given(st.lists(any_text, max_size=6))
def test_batch_equals_single_property(raws: list[str]) -> None:
    assert [n.text for n in normalize_many(raws)] == [skeleton(r) for r in raws]


@settings(max_examples=100, deadline=None)
@given(any_text)
def test_skeleton_is_nfkc_stable(raw: str) -> None:
    # Whatever the folding did, its output is already NFKC: lexicon entries and text
    # cannot disagree because one side was re-normalised.
    sk = skeleton(raw)
    assert unicodedata.is_normalized("NFKC", sk) or "\u3099" in unicodedata.normalize("NFD", sk)


def test_table_cache_round_trips(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    from mamori.text import normalize as module

    monkeypatch.setenv("MAMORI_CACHE_DIR", str(tmp_path))
    built = module._load_or_build_base()  # cold: builds and writes the cache
    files = list((tmp_path / "text").glob("tables-*.npz"))
    assert len(files) == 1
    loaded = module._load_or_build_base()  # warm: reads it back
    assert np.array_equal(built[0], loaded[0]) and np.array_equal(built[1], loaded[1])
    assert built[2] == loaded[2]
    files[0].write_bytes(b"garbage")  # a corrupt cache is rebuilt, not trusted
    again = module._load_or_build_base()
    assert np.array_equal(built[0], again[0])


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_skeleton_is_idempotent(raw: str) -> None:
    # Lists and lexicon entries may arrive already folded: folding again must not move
    # them away from the text they are compared with.
    once = skeleton(raw)
    assert skeleton(once) == once


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(exclude_categories=()), max_size=40))
def test_any_code_point_including_lone_surrogates(raw: str) -> None:
    n = normalize(raw)
    assert "\n" not in n.text and "\t" not in n.text
    for i in range(len(n.text)):
        s, e = n.to_original(i, i + 1)
        assert 0 <= s < e <= len(raw)


def test_large_batches_are_chunked(monkeypatch: pytest.MonkeyPatch) -> None:
    from mamori.text import normalize as module

    monkeypatch.setattr(module, "_CHUNK_CHARS", 10)
    raws = ["ﾔｾﾙ", "痩 せ る🌸", "", "ダイエット力", "ア力"] * 3
    out = normalize_many(raws)
    assert [n.text for n in out] == [skeleton(r) for r in raws]
    assert out[1].to_original(0, 3) == (0, 5)


def test_object_replacement_char_is_a_separator() -> None:
    # U+FFFC shows up where pasted text had an inline image; it must not block matching.
    assert normalize("痩\ufffcせる").text == "痩せる"
    assert normalize("痩\ufdd0せる").text == "痩\ufdd0せる"  # the internal mask character


_RICH = _ANY + list("ヷヸ゛゙ﾀﾞｶﾟСНАΗΜμµ𝐘🇯🇵\x00\ufffc\ufdd0ー―一二ニロ口")


@pytest.mark.slow
@settings(max_examples=2000, deadline=None)
@given(
    st.lists(
        st.one_of(st.text(st.sampled_from(_RICH), max_size=40), st.text(max_size=20)), max_size=6
    )
)
def test_fuzz_batch_single_and_idempotence(raws: list[str]) -> None:
    many = normalize_many(raws)
    for raw, n in zip(raws, many, strict=True):
        one = normalize(raw)
        assert n.text == one.text
        assert skeleton(n.text) == n.text or "ヷ" in raw or "ヸ" in raw  # see docs/text.md
        for i in range(len(n.text)):
            assert n.to_original(i, i + 1) == one.to_original(i, i + 1)


@settings(max_examples=150, deadline=None)
@given(st.lists(any_text, min_size=2, max_size=6))
def test_batch_offset_maps_equal_single_property(raws: list[str]) -> None:
    # normalize() of one string and normalize_many() of several build their Normalized
    # objects on different paths (the batch one vectorised over every text): the
    # skeletons and every character's span in the original must agree.
    for raw, n in zip(raws, normalize_many(raws), strict=True):
        one = normalize(raw)
        assert n.text == one.text
        assert [n.to_original(i, i + 1) for i in range(len(n.text))] == [
            one.to_original(i, i + 1) for i in range(len(one.text))
        ]
        assert n.to_original(0, 0) == one.to_original(0, 0)
        assert n.to_original(len(n.text), len(n.text)) == (len(raw), len(raw))
