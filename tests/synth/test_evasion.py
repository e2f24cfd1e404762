"""Evasion variants change the surface but keep the phrase recoverable by normalisation."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mamori.synth.evasion import (
    EVASIONS,
    SEPARATORS,
    apply_evasion,
    insert_separators,
    swap_kana,
    to_full_width,
    to_half_width,
)


def test_half_width_round_trips_through_nfkc() -> None:
    for word in ("ヤセル", "シミガキエル", "ダイエット", "パーフェクト", "ヴィトン"):
        half = to_half_width(word)
        assert half != word
        assert unicodedata.normalize("NFKC", half) == word


def test_each_evasion_changes_the_phrase() -> None:
    for phrase in ("痩せる", "シミが消える", "満足度No.1", "医師推薦"):
        for kind in EVASIONS:
            assert apply_evasion(phrase, kind, 0.3) != phrase, (phrase, kind)


@given(
    st.text(alphabet="あいうえおかきくけこアイウエオカキクケコ痩効医", min_size=1, max_size=12),
    st.floats(0, 0.999),
)
def test_separators_only_add_characters(text: str, u: float) -> None:
    sep = SEPARATORS[min(int(u * len(SEPARATORS)), len(SEPARATORS) - 1)]
    out = insert_separators(text, sep)
    assert out.replace(sep, "") == text.replace(sep, "")
    assert len(out) == len(text) + (len(text) - 1) * len(sep) or sep in text


def test_kana_swap_and_full_width() -> None:
    assert swap_kana("ニキビが治る") == "にきびが治る"
    assert swap_kana("やせる") == "ヤセル"
    assert to_full_width("No.1 100%") == "Ｎｏ．１ １００％"


def test_unknown_evasion_is_an_error() -> None:
    with pytest.raises(ValueError):
        apply_evasion("痩せる", "rot13")
