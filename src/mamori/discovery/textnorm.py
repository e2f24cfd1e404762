"""Text folding for discovery.

Two strengths, for two jobs:

* :func:`fold_many` — the evasion-resistant *skeleton* of ``mamori.text.normalize``
  (width, kana, variant kanji, separators and look-alikes folded), used to compare
  listings: ``痩 せ る`` and ``ﾔｾﾙ`` must be the same text to a near-duplicate detector.
* :func:`light_fold` — NFKC + case folding only, used to *find terms*: the skeleton
  drops word boundaries and turns katakana into hiragana, which would glue a new
  katakana product name to the particles around it.

When ``mamori.text`` is not importable the skeleton falls back to the light fold with
whitespace removed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

_WS = re.compile(r"\s+")


def light_fold(text: str | None) -> str:
    """NFKC, casefold, whitespace collapsed; ``None`` → ``""``.

    >>> light_fold("ＡＢＣ　限定") == "abc 限定"
    True
    """
    if not text:
        return ""
    if not text.isascii() or not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return _WS.sub(" ", text.casefold()).strip()


def _fallback_many(texts: Sequence[str]) -> list[str]:
    return [_WS.sub("", light_fold(t)) for t in texts]


def _resolve() -> Callable[[Sequence[str]], list[str]]:
    try:
        from mamori.text.normalize import normalize_many
    except ImportError:  # pragma: no cover - until mamori.text lands
        return _fallback_many

    def via_text(texts: Sequence[str]) -> list[str]:
        return [n.text for n in normalize_many(list(texts))]

    return via_text


_FOLD_MANY: Callable[[Sequence[str]], list[str]] | None = None


def fold_many(texts: Sequence[str | None]) -> list[str]:
    """Skeletons of a batch (``None`` → ``""``)."""
    global _FOLD_MANY
    if _FOLD_MANY is None:
        _FOLD_MANY = _resolve()
    return _FOLD_MANY([t or "" for t in texts])


def fold(text: str | None) -> str:
    """Skeleton of one text."""
    return fold_many([text])[0]
