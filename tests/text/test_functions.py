"""Policy-facing text functions: values, evidence, NULLs, near windows, without."""

from __future__ import annotations

import doctest
import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mamori.errors import MamoriError
from mamori.text.functions import (
    MASK_CHAR,
    TextEnv,
    TextView,
    UnknownNameError,
    allowed_claim,
    in_list,
    lexicon_hit,
    lexicon_terms,
    near,
    regexp_like,
    without,
)
from mamori.text.lexicon import LexiconSet, ListSet, TextMatcher


@pytest.fixture(scope="module")
def env() -> TextEnv:
    lexicons = LexiconSet.from_texts(
        {
            "jp.disease_names": "糖尿病\n高血圧\nがん|癌\nアトピー\n",
            "jp.cure_verbs": "治る|治ります|なおる\n効く|利く|効きます\n改善\n",
            "jp.cosmetic_56": "肌荒れを防ぐ\nニキビを防ぐ\n",
            "jp.acne": "ニキビ\n肌荒れ\n",
        }
    )
    return TextEnv(TextMatcher(lexicons), ListSet({"brands": ["マモリ", "ＡＢＣ"]}))


def ev(result: object) -> list[tuple[object, ...]]:
    return [(e.field, e.text, e.start, e.end) for e in result.evidence]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "fn",
    [
        lambda env: lexicon_hit(env, None, "jp.acne"),
        lambda env: lexicon_terms(env, None, "jp.acne"),
        lambda env: allowed_claim(env, None, "jp.acne"),
        lambda env: without(env, None, "jp.acne"),
        lambda env: near(env, None, "jp.acne", "jp.acne", 3),
        lambda env: near(env, "ニキビ", "jp.acne", "jp.acne", None),
        lambda env: in_list(env, None, "brands"),
        lambda env: regexp_like(env, None, "a"),
        lambda env: regexp_like(env, "a", None),
        lambda env: env.concat_ws(None, "a"),
    ],
)
def test_null_in_null_out(env: TextEnv, fn: object) -> None:
    r = fn(env)  # type: ignore[operator]
    assert r is None or r.value is None


def test_lexicon_hit_evidence_points_into_original(env: TextEnv) -> None:
    raw = "これで糖 尿 病が治 り ま す！"
    r = lexicon_hit(env, raw, "jp.cure_verbs")
    assert r.value is True
    assert ev(r) == [(None, "治 り ま す", 9, 16)]
    assert raw[9:16] == "治 り ま す"
    assert lexicon_hit(env, "健康的な毎日", "jp.cure_verbs").value is False


def test_lexicon_terms_canonical_and_distinct(env: TextEnv) -> None:
    r = lexicon_terms(env, "ガンと糖尿病と癌", "jp.disease_names")
    assert r.value == ["がん", "糖尿病"]
    assert len(r.evidence) == 3
    assert lexicon_terms(env, "なし", "jp.disease_names").value == []


@pytest.mark.parametrize(
    ("text", "window", "expected"),
    [
        ("糖尿病が治る", 1, True),  # gap 1 (が)
        ("糖尿病が治る", 0, False),
        ("治る糖尿病", 0, True),  # either order, adjacent
        ("糖尿病がすぐに治る", 4, True),
        ("糖尿病がすぐに治る", 3, False),
        ("糖尿病🌸🌸🌸🌸が治る", 1, True),  # separators do not count
        ("糖尿病", 100, False),
        ("", 5, False),
    ],
)
def test_near_windows(env: TextEnv, text: str, window: int, expected: bool) -> None:
    assert near(env, text, "jp.disease_names", "jp.cure_verbs", window).value is expected


def test_near_evidence_is_the_closest_pair(env: TextEnv) -> None:
    r = near(env, "治る人もいる高血圧。癌が治る", "jp.disease_names", "jp.cure_verbs", 5)
    assert r.value is True
    assert [e.text for e in r.evidence] == ["癌", "治る"]
    assert {e.lexicon for e in r.evidence} == {"jp.disease_names", "jp.cure_verbs"}


def test_without_masks_permitted_wording_only(env: TextEnv) -> None:
    masked = without(env, "肌荒れを防ぐ化粧水", "jp.cosmetic_56")
    assert isinstance(masked.value, TextView)
    assert len(str(masked.value)) == len("肌荒れを防ぐ化粧水")
    assert str(masked.value).startswith(MASK_CHAR * 6)
    assert ev(masked) == [(None, "肌荒れを防ぐ", 0, 6)]
    assert lexicon_hit(env, masked.value, "jp.acne").value is False
    both = without(env, "肌荒れを防ぐ。ニキビが治る", "jp.cosmetic_56").value
    r = lexicon_hit(env, both, "jp.acne")
    assert r.value is True and ev(r) == [(None, "ニキビ", 7, 10)]


def test_without_blocks_matches_across_the_mask(env: TextEnv) -> None:
    # 糖尿 + [masked] + 病: the skeleton must not join the pieces into 糖尿病.
    lexs = LexiconSet.from_texts({"ok": "安心", "risk": "糖尿病"})
    e2 = TextEnv(TextMatcher(lexs))
    masked = without(e2, "糖尿安心病", "ok").value
    assert lexicon_hit(e2, masked, "risk").value is False


def test_allowed_claim(env: TextEnv) -> None:
    assert allowed_claim(env, "ニキビを防ぐ", "jp.cosmetic_56").value is True
    assert allowed_claim(env, "ニキビが治る", "jp.cosmetic_56").value is False


def test_in_list(env: TextEnv) -> None:
    assert in_list(env, "ﾏﾓﾘ", "brands").value is True
    assert in_list(env, "abc", "brands").value is True
    assert in_list(env, "マモリ化粧品", "brands").value is False  # exact, not substring
    r = in_list(env, "ＡＢＣ", "brands")
    assert ev(r) == [(None, "ＡＢＣ", 0, 3)]
    with pytest.raises(UnknownNameError):
        in_list(env, "x", "nope")


def test_unknown_lexicon(env: TextEnv) -> None:
    with pytest.raises(UnknownNameError, match="辞書"):
        lexicon_hit(env, "x", "jp.nope")


def test_regexp_like_runs_on_original_text(env: TextEnv) -> None:
    r = regexp_like(env, "今だけ５０％ＯＦＦ 50%OFF", r"\d+%OFF")
    assert r.value is True and ev(r) == [(None, "50%OFF", 10, 16)]
    assert regexp_like(env, "abc", "^b").value is False
    with pytest.raises(MamoriError):
        regexp_like(env, "abc", "a(?=b)")  # not RE2
    with pytest.raises(MamoriError):
        regexp_like(env, "abc", "a" * 2000)


def test_concat_ws_maps_evidence_to_fields(env: TextEnv) -> None:
    title = env.view("飲むだけで", "title")
    desc = env.view("糖尿病が治る", "description")
    joined = env.concat_ws(" ", title, None, desc)
    assert joined is not None and joined.text == "飲むだけで 糖尿病が治る"
    r = near(env, joined, "jp.disease_names", "jp.cure_verbs", 2)
    assert ev(r) == [("description", "糖尿病", 0, 3), ("description", "治る", 4, 6)]


def test_split_across_fields_is_found(env: TextEnv) -> None:
    # A word split between title and description (evasion §8.2) matches the joined text,
    # with evidence in both fields.
    joined = env.concat_ws(
        " ", env.view("最新の糖尿", "title"), env.view("病サプリ", "description")
    )
    r = lexicon_hit(env, joined, "jp.disease_names")
    assert ev(r) == [("title", "糖尿", 3, 5), ("description", "病", 0, 1)]


def test_view_cache_scans_once(env: TextEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    original = env.matcher.scan

    def counting(n: object) -> object:
        calls.append(n)
        return original(n)  # type: ignore[arg-type]

    monkeypatch.setattr(env.matcher, "scan", counting)
    text = "アトピーが改善！キャッシュ確認"
    lexicon_hit(env, text, "jp.disease_names")
    near(env, text, "jp.disease_names", "jp.cure_verbs", 3)
    lexicon_terms(env, text, "jp.cure_verbs")
    assert len(calls) == 1


def test_result_is_not_a_truth_value(env: TextEnv) -> None:
    with pytest.raises(TypeError):
        bool(lexicon_hit(env, "x", "jp.acne"))


@pytest.mark.parametrize("module", ["normalize", "lexicon", "functions"])
def test_doctests(module: str) -> None:
    result = doctest.testmod(importlib.import_module(f"mamori.text.{module}"))
    assert result.failed == 0 and result.attempted > 0


def test_prepare_batch_equals_one_by_one(env: TextEnv) -> None:
    values = [
        "糖尿病が治る",
        None,
        "ﾆｷﾋﾞを防ぐ、肌荒れが治る",
        "",
        "ガンに効く🌸高血圧",
        12345,
        "癌" * 5 + "治る",
    ]
    views = env.prepare(values, "description")
    assert views[1] is None
    for value, view in zip(values, views, strict=True):
        if value is None:
            continue
        one = TextEnv(env.matcher, env.lists).view(str(value), "description")
        for lex in env.matcher.lexicons:
            a = lexicon_terms(env, view, lex)
            b = lexicon_terms(env, one, lex)
            assert (a.value, a.evidence) == (b.value, b.evidence)


def test_prime_batch_equals_lazy(env: TextEnv) -> None:
    texts = ["糖尿病が治る", "ﾆｷﾋﾞを防ぐ、肌荒れが治る", "", "ガンに効く🌸高血圧"]
    primed = [TextView(t, env.matcher) for t in texts] + [None]
    env.prime(primed)
    lazy = [TextView(t, env.matcher) for t in texts]
    for a, b in zip(primed, lazy, strict=False):
        assert a is not None
        for lex in env.matcher.lexicons:
            ra, rb = lexicon_terms(env, a, lex), lexicon_terms(env, b, lex)
            assert (ra.value, ra.evidence) == (rb.value, rb.evidence)


def test_lone_surrogates_do_not_crash(env: TextEnv) -> None:
    raw = "糖\ud83d尿病が\udc00治る"
    r = near(env, raw, "jp.disease_names", "jp.cure_verbs", 2)
    assert r.value is True
    assert [e.text for e in r.evidence] == ["糖\ud83d尿病", "治る"]
    assert regexp_like(env, raw, "治る").value is True


def test_docs_mention_every_function() -> None:
    from pathlib import Path

    import mamori.text.functions as fn

    doc = (Path(__file__).parents[2] / "docs" / "text.md").read_text(encoding="utf-8")
    for name in (
        "lexicon_hit",
        "lexicon_terms",
        "near",
        "allowed_claim",
        "without",
        "in_list",
        "regexp_like",
        "prepare",
        "prime",
        "concat_ws",
    ):
        assert f"`{name}(" in doc or f"{name}(" in doc, name
        assert hasattr(fn, name) or hasattr(fn.TextEnv, name)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(["糖尿病", "治る", "肌荒れを防ぐ", "ニキビ", "、", "🌸", "が", "ﾆｷﾋﾞ", " "]),
        max_size=12,
    ),
    st.integers(0, 6),
)
def test_function_properties(env: TextEnv, pieces: list[str], window: int) -> None:
    raw = "".join(pieces)
    a = near(env, raw, "jp.disease_names", "jp.cure_verbs", window)
    b = near(env, raw, "jp.cure_verbs", "jp.disease_names", window)
    assert a.value == b.value  # symmetric
    assert near(env, raw, "jp.disease_names", "jp.cure_verbs", window + 1).value >= a.value
    hit = lexicon_hit(env, raw, "jp.acne")
    masked = lexicon_hit(env, without(env, raw, "jp.cosmetic_56").value, "jp.acne")
    assert masked.value <= hit.value  # blanking never creates a match
    for e in (*hit.evidence, *a.evidence):
        assert raw[e.start : e.end] == e.text


def test_near_on_long_text_is_not_quadratic(env: TextEnv) -> None:
    import time

    raw = "糖尿病、" * 3000 + "治る" + "、高血圧" * 3000
    t0 = time.perf_counter()
    r = near(env, raw, "jp.disease_names", "jp.cure_verbs", 0)
    assert r.value is True and [e.text for e in r.evidence] == ["糖尿病", "治る"]
    assert near(env, raw, "jp.cure_verbs", "jp.disease_names", 0).value is True
    assert time.perf_counter() - t0 < 5  # 9 M pairs would take far longer


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.sampled_from(["糖尿病", "治る", "が", "、", "癌", "効く", "ああ"]), max_size=15),
    st.integers(0, 5),
)
def test_near_matches_brute_force(env: TextEnv, pieces: list[str], window: int) -> None:
    view = TextView("".join(pieces), env.matcher)
    a_ms = view.matches("jp.disease_names")
    b_ms = view.matches("jp.cure_verbs")
    brute = any(max(b.start - a.end, a.start - b.end, 0) <= window for a in a_ms for b in b_ms)
    assert near(env, view, "jp.disease_names", "jp.cure_verbs", window).value is brute


def test_env_pickles_for_worker_processes(env: TextEnv) -> None:
    import pickle

    env.view("糖尿病が治る")  # populate the cache: it must not travel
    clone = pickle.loads(pickle.dumps(env))
    assert clone.matcher.backend == env.matcher.backend
    r = near(clone, "糖尿病が治る", "jp.disease_names", "jp.cure_verbs", 1)
    assert r.value is True
    assert in_list(clone, "ﾏﾓﾘ", "brands").value is True


@pytest.mark.parametrize(
    ("sep", "title", "desc"),
    [
        (" ", "飲むだけで", "糖尿病が治る"),
        ("", "最新の糖尿", "病サプリ"),
        (" / ", "ｻﾌﾟﾘ", "ーー効果"),  # not a clean join: normalised again
        (" ", "", "肌荒れを防ぐ"),
        ("", "", ""),
    ],
)
def test_concat_ws_of_two_views_equals_the_general_join(
    env: TextEnv, sep: str, title: str, desc: str
) -> None:
    """Two views take a shorter path than three parts with a NULL: same view."""
    t, d = env.view(title, "title"), env.view(desc, "description")
    two, general = env.concat_ws(sep, t, d), env.concat_ws(sep, t, None, d)
    assert two is not None and general is not None
    assert (two.text, two.segments) == (general.text, general.segments)
    assert two.normalized.text == general.normalized.text
    n = len(two.normalized.text)
    for a in range(n + 1):
        assert two.original_span(a, n) == general.original_span(a, n)
    for lex in ("jp.disease_names", "jp.cure_verbs", "jp.cosmetic_56"):
        assert ev(lexicon_hit(env, two, lex)) == ev(lexicon_hit(env, general, lex))
