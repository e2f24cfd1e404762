"""Skeletons of joined and masked texts composed from skeletons already computed.

The batch text pass normalises the same characters several times per row: a field
(``description``), its concatenation with another (``concat_ws(' ', title,
description)``) and that concatenation with permitted wording blanked out
(``without(…)``). Normalisation is the expensive step (~1/2 of the pass), while joining
two skeletons is a string concatenation — *if* the normaliser would have produced
exactly that join. Its context rules (long vowels after kana, look-alikes by their
neighbours, spaces between Latin letters, voiced marks composing with the character
before, NFKC clusters) can reach across a join, so a composition is only made when the
join is *clean*, and otherwise ``None`` tells the caller to normalise the text itself:

* the skeleton characters on both sides of the join are context-free: hiragana or kanji
  that no context rule rewrites or reads (not a look-alike candidate, not 一, ー, 〇);
* every original character between them (a part's dropped leading or trailing
  separators, the ``concat_ws`` separator, empty parts) is a *plain separator*: dropped
  by the normaliser on its own, not a mark, combining character, dash, circle or jamo;
* no part but the last ends inside what could start HTML markup (``<img alt="痩``,
  ``<!--``, ``&nb``): markup folds away as a whole, so it could swallow the join.

Under those conditions no rule can see the other side (the normaliser's rules read the
nearest kept neighbour, the raw previous character for marks, and the run of dashes or
circles a character is in), so the composed skeleton and offset map equal the direct
ones; ``tests/engines/test_compose.py`` checks that against the normaliser on generated
adversarial texts (evasion tricks, long vowels, half-width kana, zero-width characters
and marks on both sides of every join).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from mamori.text.markup import may_split_markup
from mamori.text.normalize import _MARKS, Normalized, normalize

__all__ = [
    "MASK_CHAR",
    "Composed",
    "compose_concat",
    "compose_join",
    "compose_masked",
    "cut_spans",
    "masked_clean",
    "masked_hits",
    "plain_separators",
]

MASK_CHAR = "\ufdd0"

# Hiragana that are skeletons of katakana look-alikes (カニロエタトハオ) and kanji that are
# look-alike candidates themselves, plus characters of the long-vowel and circle rules.
_KANA_LOOKALIKES = frozenset("かにろえたとはお")
_CONTEXTUAL = _KANA_LOOKALIKES | frozenset("力二口工夕卜八才一ー〇")
# Characters that change a neighbour or a run when next to one: never plain separators.
_DANGER = frozenset("‐‑‒–—―−─━ー一ｰ○◯〇ﾞﾟ゛゜\u3099\u309a" + MASK_CHAR)


def _edge_ok(ch: str, raw: str = "") -> bool:
    """A skeleton character no context rule rewrites or reads (hiragana, most kanji).

    ``raw`` is the original character it came from, where known: hiragana that are the
    skeletons of katakana look-alikes (お of オ) are fine when written as hiragana.
    """
    cp = ord(ch)
    if not (0x3041 <= cp <= 0x3096 or 0x4E00 <= cp <= 0x9FFF):
        return False
    return ch not in _CONTEXTUAL or (raw == ch and ch in _KANA_LOOKALIKES)


@lru_cache(maxsize=4096)
def _plain(ch: str) -> bool:
    """A character the normaliser drops on its own and that affects no neighbour."""
    if ch in _DANGER:
        return False
    folded = unicodedata.normalize("NFKC", ch)
    for c in (ch, *folded):
        cp = ord(c)
        if c in _DANGER or unicodedata.category(c)[0] == "M":
            return False
        if 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F or 0xFFA0 <= cp <= 0xFFDC:
            return False  # Hangul jamo compose with their neighbours under NFKC
    return normalize(ch).text == ""


def plain_separators(text: str) -> bool:
    """Whether every character of ``text`` is a plain separator (see the module doc)."""
    return all(_plain(c) for c in text)


class Composed(Normalized):
    """A skeleton made of pieces of other skeletons (and masked runs), with its map back.

    Piece ``k`` covers skeleton ``[starts[k], ends[k])``; it maps through ``norms[k]``
    (skeleton offset ``src[k]``, original offset ``shift[k]``), or, where ``norms[k]`` is
    None (a masked run), one to one onto the original from ``shift[k]``.
    """

    __slots__ = ("_pieces",)

    def __init__(
        self,
        original: str,
        text: str,
        pieces: Sequence[tuple[int, int, Normalized | None, int, int]],
    ) -> None:
        super().__init__(original, text, None, None)
        self._pieces = pieces

    def _point(self, i: int, last: bool) -> int:
        """Original start (or end, if ``last``) of skeleton character ``i``."""
        for start, end, norm, src, shift in self._pieces:  # a few pieces: linear is fine
            if i < end:
                local = i - start
                if norm is None:
                    return shift + local + (1 if last else 0)
                j = src + local
                span = norm.to_original(j, j + 1)
                return shift + (span[1] if last else span[0])
        raise IndexError(i)  # pragma: no cover - callers check the range

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        n = len(self.text)
        if not 0 <= start <= end <= n:
            raise IndexError(f"span {start}:{end} outside 0:{n}")
        if start == n:
            return len(self.original), len(self.original)
        if end == start:
            s = self._point(start, False)
            return s, s
        return self._span(start, end)

    def _span(self, start: int, end: int) -> tuple[int, int]:
        """A non-empty span, unchecked (see :meth:`Normalized._span`)."""
        for a, b, norm, src, shift in self._pieces:  # inside one piece (the usual match)
            if start < b:
                if end > b:
                    break
                if norm is None:
                    return shift + start - a, shift + end - a
                got = norm._span(src + start - a, src + end - a)
                return shift + got[0], shift + got[1]
        return self._point(start, False), self._point(end - 1, True)


def _same_char(raw: str, skel: str) -> bool:
    """Whether ``raw`` folds to skeleton ``skel`` by itself (equal, or katakana → hiragana)."""
    return raw == skel or (0x30A1 <= ord(raw) <= 0x30F6 and ord(raw) - 0x60 == ord(skel))


def _head_tail(norm: Normalized) -> tuple[int, int]:
    """Original positions of the first skeleton character's start and the last one's end.

    Found without the offset map where the text starts (ends) with plain separators and
    then the very character of the skeleton's first (last) one — the usual case; such a
    character is never dropped, so it is that skeleton character's origin.
    """
    text, original = norm.text, norm.original
    n, m = len(text), len(original)
    i = 0
    while i < m and _plain(original[i]):
        i += 1
    head = i if i < m and _same_char(original[i], text[0]) else norm.to_original(0, 1)[0]
    j = m - 1
    while j >= 0 and _plain(original[j]):
        j -= 1
    tail = j + 1 if j >= 0 and _same_char(original[j], text[-1]) else norm.to_original(n - 1, n)[1]
    return head, tail


def _head(norm: Normalized) -> int:
    """Where the first skeleton character's origin starts, if only plain separators come
    before it (else -1)."""
    original = norm.original
    i, m = 0, len(original)
    while i < m and _plain(original[i]):
        i += 1
    if i < m and _same_char(original[i], norm.text[0]):
        return i
    head = norm.to_original(0, 1)[0]
    return head if plain_separators(original[:head]) else -1


def _tail(norm: Normalized) -> int:
    """Where the last skeleton character's origin ends, if only plain separators come
    after it (else -1)."""
    original, text = norm.original, norm.text
    j = len(original) - 1
    while j >= 0 and _plain(original[j]):
        j -= 1
    if j >= 0 and _same_char(original[j], text[-1]):
        return j + 1
    n = len(text)
    tail = norm.to_original(n - 1, n)[1]
    return tail if plain_separators(original[tail:]) else -1


def compose_concat(sep: str, parts: Sequence[Normalized]) -> Composed | Normalized | None:
    """The skeleton of ``sep.join(p.original for p in parts)``, or None if not clean.

    >>> from mamori.text.normalize import normalize
    >>> c = compose_concat(" ", [normalize("ｻﾌﾟﾘ"), normalize("【新品】痩 せ る")])
    >>> c.text, c.to_original(5, 8), c.original[9:14]
    ('さぷり新品痩せる', (9, 14), '痩 せ る')
    >>> compose_concat(" ", [normalize("ダイエット"), normalize("ーー効果")]) is None
    True
    """
    if len(parts) == 1:
        return parts[0]
    if sep and not plain_separators(sep):
        return None
    if any(may_split_markup(p.original) for p in parts[:-1]):
        return None  # a tag or comment left open could close in the next part
    if len(parts) == 2 and parts[0].text and parts[1].text:  # the usual join, in short
        a, b = parts
        ta, tb, oa, ob = a.text, b.text, a.original, b.original
        tail = _tail(a)
        if tail < 0 or not _edge_ok(ta[-1], oa[tail - 1]):
            return None
        head = _head(b)
        if head < 0 or not _edge_ok(tb[0], ob[head] if head < len(ob) else ""):
            return None
        at = len(oa) + len(sep)
        return Composed(
            oa + sep + ob, ta + tb, ((0, len(ta), a, 0, 0), (len(ta), len(ta) + len(tb), b, 0, at))
        )
    pieces: list[tuple[int, int, Normalized | None, int, int]] = []
    texts: list[str] = []
    bounds: list[int] = []  # original offset of each part
    offset = 0
    for i, norm in enumerate(parts):
        if i:
            offset += len(sep)
        bounds.append(offset)
        offset += len(norm.original)
    whole = sep.join(p.original for p in parts)
    skel = 0
    gap_from = 0  # original position where the current run of dropped characters began
    gap_joins = False  # whether that run crosses a join
    for i, norm in enumerate(parts):
        t = norm.text
        at = bounds[i]
        if i:
            gap_joins = True
        if not t:
            continue
        head, tail = _head_tail(norm)
        if gap_joins and not plain_separators(whole[gap_from : at + head]):
            return None
        if texts and not (_edge_ok(texts[-1][-1]) and _edge_ok(t[0])):
            return None
        pieces.append((skel, skel + len(t), norm, 0, at))
        texts.append(t)
        skel += len(t)
        gap_from, gap_joins = at + tail, False
    if pieces and pieces[-1][4] != bounds[-1] and not plain_separators(whole[gap_from:]):
        return None  # the last part with a skeleton is followed by separators and parts
    return Composed(whole, "".join(texts), pieces)


def compose_join(
    sep: str,
    a: Normalized,
    b: Normalized,
    whole: str,
    memo: dict[int, tuple[Normalized, bool]],
) -> Composed | Normalized | None:
    """:func:`compose_concat` of two parts, ``whole`` being ``a.original + sep +
    b.original`` (built already by the caller), with the checks of the left part
    remembered in ``memo`` by its identity: the batch text pass joins each title with
    thousands of descriptions, and titles repeat."""
    if not (a.text and b.text):
        return compose_concat(sep, [a, b])
    got = memo.get(id(a))
    if got is None or got[0] is not a:
        got = memo[id(a)] = (a, _left_clean(sep, a))
    if not got[1]:
        return None
    tb, ob = b.text, b.original
    head = _head(b)
    if head < 0 or not _edge_ok(tb[0], ob[head] if head < len(ob) else ""):
        return None
    la = len(a.text)
    at = len(a.original) + len(sep)
    return Composed(whole, a.text + tb, ((0, la, a, 0, 0), (la, la + len(tb), b, 0, at)))


def _left_clean(sep: str, a: Normalized) -> bool:
    """What :func:`compose_concat` checks of a non-empty left part and the separator."""
    if sep and not plain_separators(sep):
        return False
    if may_split_markup(a.original):
        return False
    tail = _tail(a)
    return tail >= 0 and _edge_ok(a.text[-1], a.original[tail - 1])


def compose_masked(
    masked: str, base: Normalized, cuts: Sequence[tuple[int, int, int, int]]
) -> Composed | None:
    """The skeleton of ``masked`` — ``base.original`` with original spans overwritten by
    :data:`MASK_CHAR` — from ``base``; ``cuts`` are sorted ``(skeleton start, skeleton
    end, original start, original end)`` of the masked matches. None if not clean.

    >>> from mamori.text.normalize import normalize
    >>> b = normalize("肌荒れを防ぐ。肌荒れが治る")
    >>> m = compose_masked("\\ufdd0" * 6 + "。肌荒れが治る", b, [(0, 6, 0, 6)])
    >>> m.text == "\\ufdd0" * 6 + "肌荒れが治る", m.to_original(6, 9)
    (True, (7, 10))
    """
    text = base.text
    n = len(text)
    pieces: list[tuple[int, int, Normalized | None, int, int]] = []
    out: list[str] = []
    skel = 0
    pos = 0  # skeleton position of base consumed so far
    prev_end = 0  # original end of what precedes the next run of dropped characters
    for ms, me, os_, oe in cuts:
        if ms < pos or me <= ms or oe <= os_ or os_ < prev_end:
            return None
        if ms > pos:  # unmasked skeleton between the previous cut and this one
            # its edges meet a masked run: they must be context-free
            if pos > 0 and not _resumes_cleanly(base, masked, pos, prev_end):
                return None
            last = _prev_origin(masked, os_, text[ms - 1], prev_end)
            if last < 0:
                last = base.to_original(ms - 1, ms)[1]
                if last > os_ or not plain_separators(masked[last:os_]):
                    return None  # a skeleton character outside the match comes from inside it
            if not _edge_ok(text[ms - 1], masked[last - 1]):
                return None
            pieces.append((skel, skel + ms - pos, base, pos, 0))
            out.append(text[pos:ms])
            skel += ms - pos
        elif not plain_separators(masked[prev_end:os_]):
            return None
        pieces.append((skel, skel + oe - os_, None, 0, os_))
        out.append(MASK_CHAR * (oe - os_))
        skel += oe - os_
        pos, prev_end = me, oe
    if pos < n:
        if pos > 0 and not _resumes_cleanly(base, masked, pos, prev_end):
            return None
        pieces.append((skel, skel + n - pos, base, pos, 0))
        out.append(text[pos:])
    elif not plain_separators(masked[prev_end:]):
        return None
    return Composed(masked, "".join(out), pieces)


def cut_spans(
    norm: Normalized, spans: Sequence[tuple[int, int]]
) -> list[tuple[int, int, int, int]]:
    """``[(s, e, *norm.to_original(s, e)) for s, e in spans]`` for non-empty skeleton
    spans, in one call: a join's pieces and their offset maps are read inline (the
    batch ``without()`` maps ~2 cuts per masked row; the nested method calls of
    :meth:`Composed._span` were most of that cost)."""
    out: list[tuple[int, int, int, int]] = []
    if type(norm) is Composed:
        pieces = norm._pieces
    elif type(norm) is Normalized:
        pieces = ((0, len(norm.text), norm, 0, 0),)
    else:  # pragma: no cover - no other kind of skeleton is made
        return [(s, e, *norm.to_original(s, e)) for s, e in spans]
    for s, e in spans:
        piece = pieces[0]
        for piece in pieces:
            if s < piece[1]:
                break
        a, b, nm, src, shift = piece
        if e > b or nm is None or type(nm) is not Normalized:
            out.append((s, e, *norm._span(s, e)))
            continue
        # Normalized._span of (src + s - a, src + e - a), shifted
        ls = src + s - a
        idx = nm._idx
        if idx is None:
            x, y = ls, ls + e - s - 1
        else:
            off, base = nm._off + ls, nm._base
            x = idx.item(off) - base
            y = idx.item(off + e - s - 1) - base
        s1 = nm._s1
        if s1 is None:
            os_, oe = x, y + 1
        else:
            os_, oe = s1[0].item(x), s1[1].item(y)
        orig = nm.original
        while oe < len(orig) and ord(orig[oe]) in _MARKS:
            oe += 1
        out.append((s, e, shift + os_, shift + oe))
    return out


def masked_clean(base: Normalized, cuts: Sequence[tuple[int, int, int, int]]) -> bool:
    """Whether :func:`compose_masked` composes the masked text of ``cuts`` (not None),
    judged without building the masked text or its skeleton.

    The same checks as :func:`compose_masked`, reading ``base.original`` instead of the
    masked text: every character they read lies outside the masked runs (where the two
    are equal), and where a check would read a masked character or cross a run this
    answers False — conservative, never True where :func:`compose_masked` gives None
    (``tests/engines/test_compose.py`` checks that). Then the masked skeleton is
    ``base.text`` with each cut's skeleton span replaced by its run of
    :data:`MASK_CHAR`, so the batch text pass takes the masked text's literal matches
    from ``base``'s scan (:func:`masked_hits`) and scans nothing again.
    """
    text = base.text
    original = base.original
    n = len(text)
    pos = 0
    prev_end = 0
    # Each edge test first tries the usual case — the masked run's very neighbour is the
    # skeleton character's own origin and context-free (_edge_same) — which is the first
    # step of the general test and gives its answer; only otherwise the general one runs.
    for ms, me, os_, oe in cuts:
        if ms < pos or me <= ms or oe <= os_ or os_ < prev_end:
            return False
        if ms > pos:
            if (
                pos > 0
                and not (prev_end < os_ and _edge_same(text[pos], original[prev_end]))
                and not _resumes_within(base, original, pos, prev_end, os_)
            ):
                return False
            if not (os_ > prev_end and _edge_same(text[ms - 1], original[os_ - 1])):
                last = _prev_origin(original, os_, text[ms - 1], prev_end)
                if last < 0:
                    last = base.to_original(ms - 1, ms)[1]
                    if last > os_ or last <= prev_end or not plain_separators(original[last:os_]):
                        return False
                if not _edge_ok(text[ms - 1], original[last - 1]):
                    return False
        elif not plain_separators(original[prev_end:os_]):
            return False
        pos, prev_end = me, oe
    if pos < n:
        end = len(original)
        if (
            pos > 0
            and not (prev_end < end and _edge_same(text[pos], original[prev_end]))
            and not _resumes_within(base, original, pos, prev_end, end)
        ):
            return False
    elif not plain_separators(original[prev_end:]):
        return False
    return True


def _edge_same(skel: str, raw: str) -> bool:
    """``_same_char(raw, skel) and _edge_ok(skel, raw)`` in one call: ``raw`` is the
    origin of skeleton character ``skel`` and no context rule reads either. Such a
    ``raw`` (hiragana, katakana or kanji) is never a plain separator, so the general
    edge tests, which skip plain separators first, find this very character."""
    if raw != skel:
        o = ord(raw)
        if not (0x30A1 <= o <= 0x30F6 and o - 0x60 == ord(skel)):
            return False
    cp = ord(skel)
    if not (0x3041 <= cp <= 0x3096 or 0x4E00 <= cp <= 0x9FFF):
        return False
    return skel not in _CONTEXTUAL or (raw == skel and skel in _KANA_LOOKALIKES)


def _resumes_within(base: Normalized, original: str, pos: int, prev_end: int, limit: int) -> bool:
    """:func:`_resumes_cleanly` on the unmasked original, reading only ``[prev_end,
    limit)`` (``limit``: where the next masked run starts, or the end); False where the
    masked text's answer would depend on a masked character."""
    text = base.text
    skel = text[pos]
    i = prev_end
    while i < limit and _plain(original[i]):
        i += 1
    if i < limit and _same_char(original[i], skel):
        first = i
    else:
        first = base.to_original(pos, pos + 1)[0]
        if first < prev_end or first >= limit or not plain_separators(original[prev_end:first]):
            return False
    return _edge_ok(skel, original[first])


def masked_hits(
    hits: Sequence[tuple[int, int, int]],
    cuts: Sequence[tuple[int, int, int, int]],
    skip: frozenset[int] | set[int] = frozenset(),
) -> list[tuple[int, int, int]]:
    """The literal matches of a masked skeleton, from its base skeleton's ``hits``.

    ``hits`` are ``(pattern id, start, end)`` of the base skeleton sorted by start;
    ``cuts`` as for :func:`compose_masked`, composed cleanly (:func:`masked_clean`). The
    masked skeleton is the base one with skeleton ``[ms, me)`` replaced by ``oe - os``
    mask characters, which no literal contains: its literal matches are exactly the base
    ones that overlap no cut, shifted by the length changes of the cuts before them.
    Patterns in ``skip`` (regexes, which could match across a mask) are left out.

    >>> masked_hits([(0, 0, 2), (1, 3, 5), (2, 7, 9)], [(2, 4, 2, 7)])
    [(0, 0, 2), (2, 10, 12)]
    """
    out: list[tuple[int, int, int]] = []
    k = 0
    shift = 0
    m = len(cuts)
    for pid, s, e in hits:
        while k < m and cuts[k][1] <= s:
            ms, me, os_, oe = cuts[k]
            shift += (oe - os_) - (me - ms)
            k += 1
        if (k < m and cuts[k][0] < e) or pid in skip:
            continue  # overlaps a masked run (or a regex)
        out.append((pid, s + shift, e + shift))
    return out


def _resumes_cleanly(base: Normalized, masked: str, pos: int, prev_end: int) -> bool:
    """Whether the unmasked skeleton resuming at ``pos`` (after a masked run ending at
    original ``prev_end``) starts after plain separators only, at a context-free edge."""
    text = base.text
    first = _next_origin(masked, prev_end, text[pos])
    if first < 0:
        first = base.to_original(pos, pos + 1)[0]
        if first < prev_end or not plain_separators(masked[prev_end:first]):
            return False
    return _edge_ok(text[pos], masked[first])


def _next_origin(original: str, start: int, skel: str) -> int:
    """Position of ``skel``'s origin after plain separators from ``start``, or -1 when
    that is not evident (then the offset map decides)."""
    i, m = start, len(original)
    while i < m and _plain(original[i]):
        i += 1
    return i if i < m and _same_char(original[i], skel) else -1


def _prev_origin(original: str, end: int, skel: str, floor: int) -> int:
    """End of ``skel``'s origin before plain separators ending at ``end``, or -1."""
    j = end - 1
    while j >= floor and _plain(original[j]):
        j -= 1
    return j + 1 if j >= floor and _same_char(original[j], skel) else -1
