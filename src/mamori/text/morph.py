"""Optional SudachiPy lemmas, for rules that need words rather than substrings.

Morphological analysis is ~100x slower than lexicon matching, so it runs only on
candidate rows (rows a cheaper condition already selected) and only when a rule asks for
it. SudachiPy (mode C) gives two lemmas per token: ``dictionary_form`` (効きます → 効く)
and ``normalized_form`` (効きます → 利く, やせ → 痩せる, シミ → 染み); mamori matches
against both because Sudachi may pick a different kanji than the rule author did.

Text is tokenised *after* separators, zero-width characters and variants have been
removed (the "surface" view of :func:`mamori.text.normalize.normalize` with
``kana=False``): spaced or dotted text breaks tokenisers. SudachiPy is imported lazily;
:func:`available` says whether it is installed (``pip install mamori[morph]``).
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass
from functools import cache
from typing import Any

from mamori.errors import UnsupportedError
from mamori.text.normalize import normalize, skeleton

__all__ = ["Token", "available", "expand_term", "lemma_text", "lemmas", "tokens"]

_local = threading.local()
_MAX_EXPANSIONS = 16
_CHUNK = 8_000


@dataclass(frozen=True, slots=True)
class Token:
    """One morpheme; ``start``/``end`` index the original text."""

    surface: str
    dictionary_form: str
    normalized_form: str
    start: int
    end: int


@cache
def available() -> bool:
    """Whether SudachiPy and a dictionary can be loaded."""
    try:
        _tokenizer()
    except UnsupportedError:
        return False
    return True


def _tokenizer() -> Any:
    tok = getattr(_local, "tokenizer", None)
    if tok is not None:
        return tok
    try:
        from sudachipy import Dictionary, SplitMode
    except ImportError as exc:
        raise UnsupportedError(
            "SudachiPy is not installed (pip install 'mamori[morph]')"
            " / SudachiPy がインストールされていません"
        ) from exc
    try:
        dictionary = Dictionary(dict="core")
    except Exception as exc:  # the dictionary package is separate and may be missing
        raise UnsupportedError(
            f"no Sudachi dictionary: {exc} / Sudachi 辞書が見つかりません"
        ) from exc
    tok = dictionary.tokenizer(mode=SplitMode.C) if hasattr(dictionary, "tokenizer") else None
    if tok is None:  # pragma: no cover - old SudachiPy
        tok = dictionary.create(SplitMode.C)
    _local.tokenizer = tok
    return tok


def tokens(text: str) -> list[Token]:
    """Tokens of the surface view, with spans mapped back into ``text``.

    >>> [(t.surface, t.dictionary_form, t.normalized_form) for t in tokens("や.せ.ま.し.た")][0]
    ('やせ', 'やせる', '痩せる')
    """
    view = normalize(text, kana=False)
    if not view.text:
        return []
    out: list[Token] = []
    tokenizer = _tokenizer()
    # Sudachi refuses inputs over 49,149 bytes: feed long texts in pieces (a word cut at
    # a piece boundary is the price; 8,000 characters is at most 32,000 UTF-8 bytes).
    for offset in range(0, len(view.text), _CHUNK):
        for m in tokenizer.tokenize(view.text[offset : offset + _CHUNK]):
            b, e = m.begin() + offset, m.end() + offset
            if b == e:
                continue
            start, end = view.to_original(b, e)
            out.append(Token(m.surface(), m.dictionary_form(), m.normalized_form(), start, end))
    return out


def lemmas(text: str) -> list[str]:
    """Every dictionary and normalised form, deduplicated, in text order.

    >>> lemmas("シミが消えます")
    ['シミ', '染み', 'が', '消える', 'ます']
    """
    seen: dict[str, None] = {}
    for t in tokens(text):
        seen.setdefault(t.dictionary_form)
        seen.setdefault(t.normalized_form)
    return list(seen)


def lemma_text(text: str) -> str:
    """The text rewritten as normalised forms, folded like a skeleton, for matching.

    >>> lemma_text("やせました")
    '痩せるますた'
    """
    return skeleton("".join(t.normalized_form for t in tokens(text)))


def expand_term(term: str) -> list[str]:
    """Spelling variants of a lexicon term from its lemmas (skeletons, deduplicated).

    Lets a lexicon author write 効く once and also match the 利く that Sudachi may
    produce, or feed the variants back into a lexicon file as ``効く|利く``.

    >>> expand_term("効く")
    ['効く', '利く']
    """
    toks = tokens(term)
    if not toks:
        return []
    # Only the last token of a lexicon term inflects; earlier ones keep their surface or
    # normalised spelling (their dictionary form would change the word: 効き目 → 効く目).
    choices = [list(dict.fromkeys((t.surface, t.normalized_form))) for t in toks[:-1]]
    last = toks[-1]
    choices.append(list(dict.fromkeys((last.surface, last.dictionary_form, last.normalized_form))))
    out: dict[str, None] = {skeleton(term): None}
    for combo in itertools.islice(itertools.product(*choices), _MAX_EXPANSIONS):
        sk = skeleton("".join(combo))
        if sk:
            out.setdefault(sk)
    return list(out)
