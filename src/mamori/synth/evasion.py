"""Evasion variants of planted phrases, the way sellers dodge keyword filters.

Sellers who know a marketplace filters 「痩せる」 write 「ﾔｾﾙ」, 「痩 せ る」, 「瘦せる」 or
insert invisible characters. Planting these variants lets tests check that matching
happens on normalised text, not on the literal phrase.
"""

from __future__ import annotations

import unicodedata


def _half_width_table() -> dict[str, str]:
    """Full-width katakana → half-width, derived from NFKC so no table is typed by hand."""
    table: dict[str, str] = {}
    bases = [chr(c) for c in range(0xFF66, 0xFF9E)]
    for base in bases:
        full = unicodedata.normalize("NFKC", base)
        if len(full) == 1:
            table.setdefault(full, base)
        for mark in ("\uff9e", "\uff9f"):
            combo = unicodedata.normalize("NFKC", base + mark)
            if len(combo) == 1 and combo != full:
                table.setdefault(combo, base + mark)
    table["ー"] = "ｰ"
    return table


HALF_WIDTH = _half_width_table()
# Variant or old forms that NFKC leaves alone.
VARIANT_KANJI: dict[str, str] = {
    "痩": "瘦",
    "効": "效",
    "医": "醫",
    "体": "體",
    "薬": "藥",
    "満": "滿",
    "発": "發",
    "円": "圓",
}
SEPARATORS: tuple[str, ...] = (" ", "・", ".", "\u200b", "\u00ad", "　", "🌸")
EVASIONS: tuple[str, ...] = ("half_width", "separators", "variant_kanji", "kana_swap", "full_width")


def to_half_width(text: str) -> str:
    """Full-width katakana to half-width.

    >>> to_half_width("ヤセル")
    'ﾔｾﾙ'
    """
    return "".join(HALF_WIDTH.get(ch, ch) for ch in text)


def swap_kana(text: str) -> str:
    """Katakana words to hiragana (シミ → しみ); a phrase without katakana goes the other
    way (痩せる → 痩セル).

    >>> swap_kana("シミが消える"), swap_kana("痩せる")
    ('しみが消える', '痩セル')
    """
    has_katakana = any(0x30A1 <= ord(ch) <= 0x30F6 for ch in text)
    out = []
    for ch in text:
        o = ord(ch)
        if has_katakana and 0x30A1 <= o <= 0x30F6:
            out.append(chr(o - 0x60))
        elif not has_katakana and 0x3041 <= o <= 0x3096:
            out.append(chr(o + 0x60))
        else:
            out.append(ch)
    return "".join(out)


def to_full_width(text: str) -> str:
    """ASCII letters, digits and symbols to full-width (No.1 → Ｎｏ．１).

    >>> to_full_width("No.1")
    'Ｎｏ．１'
    """
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def insert_separators(text: str, sep: str) -> str:
    """Put ``sep`` between the letters of the phrase (spaces and punctuation stay as is).

    >>> insert_separators("痩せる", "・")
    '痩・せ・る'
    """
    chars = [c for c in text]
    out: list[str] = []
    for i, c in enumerate(chars):
        out.append(c)
        if i + 1 < len(chars) and not c.isspace() and not chars[i + 1].isspace():
            out.append(sep)
    return "".join(out)


def apply_evasion(text: str, kind: str, u: float = 0.0) -> str:
    """Rewrite ``text`` with one evasion ``kind`` (one of ``EVASIONS``); ``u`` in [0, 1)
    picks the separator.

    >>> apply_evasion("痩せる", "separators", 0.0)
    '痩 せ る'
    """
    if kind == "half_width":
        out = to_half_width(text)
        if out == text:  # no katakana: write the kana in katakana first (痩せる → 痩ｾﾙ)
            out = to_half_width(swap_kana(text))
    elif kind == "separators":
        out = insert_separators(
            text, SEPARATORS[min(int(u * len(SEPARATORS)), len(SEPARATORS) - 1)]
        )
    elif kind == "variant_kanji":
        out = "".join(VARIANT_KANJI.get(c, c) for c in text)
    elif kind == "kana_swap":
        out = swap_kana(text)
    elif kind == "full_width":
        out = to_full_width(text)
    else:
        raise ValueError(f"unknown evasion {kind!r}")
    # an evasion that finds nothing to change falls back to spacing the letters out
    return out if out != text else insert_separators(text, " ")
