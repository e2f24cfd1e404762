"""HTML markup in listing text folds away like whitespace; evidence still points into it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mamori.text.markup import markup_spans, may_split_markup
from mamori.text.normalize import normalize, normalize_many, skeleton

JA = st.text(
    alphabet=st.sampled_from(list("痩せるやすいがん糖尿病治るサプリメント効く肌美白")),
    min_size=2,
    max_size=20,
)
TAGS = st.sampled_from(["<b>", "</b>", "<br>", "<br/>", '<font color="red">', "&nbsp;", "<!--x-->"])


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("飲むだけで痩<b>せる</b>", "飲むだけで痩せる"),
        ("糖尿病が<br>治る", "糖尿病が治る"),
        ('糖尿病が<SPAN style="color:red">治る</SPAN>', "糖尿病が治る"),
        ("痩&nbsp;せる&#12290;", "痩せる"),
        ("Vitamin<br>C", "vitamin c"),  # a tag between words separates them, like a space
        ("<PR>提供品です", "pr提供品です"),  # not an HTML element: text, kept
        ("サイズ<M>", "さいずm"),
        ("P&G", "pg"),  # no ';': not a character reference
    ],
)
def test_markup_folds_away(text: str, want: str) -> None:
    assert normalize(text).text == want
    assert normalize_many([text, "x"])[0].text == want


def test_evidence_points_into_the_html() -> None:
    text = '説明:<p>飲むだけで<font color="red">痩</font>せる</p>'
    n = normalize(text)
    i = n.text.index("痩せる")
    a, b = n.to_original(i, i + 3)
    assert text[a:b] == "痩</font>せる"


def test_markup_never_spans_two_texts_of_a_batch() -> None:
    assert [n.text for n in normalize_many(["痩<b", "x>せる"])] == ["痩b", "xせる"]
    assert markup_spans("<b\0x>") == []


@given(JA, st.lists(st.tuples(st.integers(0, 30), TAGS), max_size=4))
@settings(max_examples=200, deadline=None)
def test_tags_inside_japanese_text_change_nothing(
    text: str, inserts: list[tuple[int, str]]
) -> None:
    tagged = text
    for pos, tag in sorted(inserts, reverse=True):
        p = min(pos, len(tagged))
        if may_split_markup(tagged[:p]):  # never inside another tag
            continue
        tagged = tagged[:p] + tag + tagged[p:]
    assert skeleton(tagged) == skeleton(text)
    assert normalize_many([tagged, text])[0].text == skeleton(text)


def test_may_split_markup() -> None:
    assert may_split_markup("価格 <b")
    assert may_split_markup("<!-- 途中 > まだ")
    assert may_split_markup("送料&nb")
    assert not may_split_markup("<b>痩せる</b>")
    assert not may_split_markup("P&G 製品の説明は長い文章になっていてアンパサンドから遠い")


def test_jp_pack_sees_through_html(tmp_path: Path) -> None:
    from mamori.evaluate.realtime import RealtimeEvaluator
    from mamori.policy import load_pack

    rt = RealtimeEvaluator(load_pack("jp"))
    plain = {
        "id": "L1",
        "category": "health_food",
        "title": "黒酢サプリ",
        "description": "飲むだけで痩せる",
    }
    html = {**plain, "description": "<p>飲むだけで<b>痩</b>せる</p>"}
    want = {h.policy_id for h in rt.evaluate("listing", plain).hits}
    got = rt.evaluate("listing", html)
    assert want and {h.policy_id for h in got.hits} == want
    spans = [e.text for h in got.hits for e in h.evidence]
    assert any("痩</b>せる" in s for s in spans), spans
