"""The text functions policies call, each returning its value *and* its evidence.

``lexicon_hit``, ``lexicon_terms``, ``near``, ``allowed_claim``, ``without``, ``in_list``
and ``regexp_like`` are pure: they read an original text (a ``str``, ``None`` or a
:class:`TextView`) and a :class:`TextEnv` holding the compiled matcher and lists. A
condition often asks several questions of the same field (``near(description, …) AND
NOT allowed_claim(description, …)``), so a :class:`TextView` normalises and scans its
text once, for every lexicon at the same time, and the env keeps recent views; every
further function call on that field is a dictionary lookup.

SQL semantics for NULL: a ``None`` text (or window, or pattern) gives a ``None`` value.

Evidence spans point into the *original* field values, never into the skeleton: a
:class:`TextView` built with :meth:`TextEnv.concat_ws` remembers which field each piece
of the joined text came from, so evidence reads ``(field, text, start, end)`` exactly as
``mamori.evaluate`` reports it.
"""

from __future__ import annotations

import bisect
import functools
import threading
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

import numpy as np

from mamori.errors import MamoriError
from mamori.text.compose import compose_concat, compose_join, compose_masked
from mamori.text.lexicon import ColumnScan, ListSet, Match, Scan, TextMatcher
from mamori.text.normalize import Normalized, normalize, normalize_many

__all__ = [
    "MASK_CHAR",
    "MAX_PATTERN_LENGTH",
    "Result",
    "Segment",
    "TextEnv",
    "TextEvidence",
    "TextView",
    "UnknownNameError",
    "allowed_claim",
    "in_list",
    "lemma_hit",
    "lexicon_hit",
    "lexicon_terms",
    "near",
    "regexp_like",
    "without",
]

T = TypeVar("T")

# Written over permitted wording by ``without``. It survives normalisation (it is not a
# separator) and no lexicon literal contains it, so no match can span a blanked region.
MASK_CHAR = "\ufdd0"
MAX_PATTERN_LENGTH = 1000
_MAX_EVIDENCE = 50


class UnknownNameError(MamoriError, KeyError):
    """A policy named a lexicon or list the pack does not have."""


@dataclass(frozen=True, slots=True)
class TextEvidence:
    """A matched span of an original field value."""

    field: str | None
    text: str
    start: int
    end: int
    lexicon: str | None = None
    term: str | None = None


@dataclass(frozen=True, slots=True)
class Result(Generic[T]):
    """A function's value (``None`` = SQL NULL) with the evidence that produced it."""

    value: T | None
    evidence: tuple[TextEvidence, ...] = ()

    def __bool__(self) -> bool:  # a Result is not a truth value; use .value
        raise TypeError("use Result.value")


@dataclass(frozen=True, slots=True)
class Segment:
    """Where one field's value sits inside a view's text."""

    field: str | None
    value: str
    offset: int  # start of the value inside TextView.text


class TextView:
    """One text (a field, or several joined) normalised and scanned once.

    ``text`` is the string the functions see: the original, or, after :func:`without`,
    the original with permitted wording overwritten by :data:`MASK_CHAR` (same length,
    so spans still index the original field values).
    """

    __slots__ = ("_derive", "_normalized", "_scan", "_selected", "matcher", "segments", "text")

    def __init__(
        self, text: str, matcher: TextMatcher, segments: Sequence[Segment] | None = None
    ) -> None:
        self.text = text
        self.matcher = matcher
        self.segments: tuple[Segment, ...] = (
            tuple(segments) if segments is not None else (Segment(None, text, 0),)
        )
        self._normalized: Normalized | None = None
        self._scan: Scan | None = None
        self._selected: dict[str, list[Match]] = {}
        # How to compose the skeleton from views it was made of (a join, a mask) without
        # normalising the text again; returns None where the composition is not exact.
        self._derive: Callable[[], Normalized | None] | None = None

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"TextView({self.text!r})"

    @property
    def normalized(self) -> Normalized:
        if self._normalized is None:
            got = self._derived()
            self._normalized = got if got is not None else normalize(self.text)
        return self._normalized

    def _derived(self) -> Normalized | None:
        derive, self._derive = self._derive, None
        return None if derive is None else derive()

    def matches(self, lexicon: str) -> list[Match]:
        """Leftmost-longest matches of one lexicon, spans into ``normalized.text``."""
        if lexicon not in self.matcher.lexicons:
            raise UnknownNameError(f"unknown lexicon {lexicon!r} / 辞書がありません")
        got = self._selected.get(lexicon)
        if got is None:
            if self._scan is None:
                self._scan = self.matcher.scan(self.normalized)
            got = self._selected[lexicon] = self.matcher.select(self._scan, lexicon)
        return got

    def hit_lexicons(self) -> Collection[str]:
        """The lexicons with at least one match in this text (scans it if needed).

        A lexicon absent from it answers ``lexicon_hit``/``near`` with False and no
        evidence, which lets the batch text pass skip the function call entirely.
        """
        if self._scan is None:
            self._scan = self.matcher.scan(self.normalized)
        return self.matcher.hit_lexicons(self._scan)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """A skeleton span as a span of :attr:`text`."""
        return self.normalized.to_original(start, end)

    def evidence_for(
        self, start: int, end: int, lexicon: str | None = None, term: str | None = None
    ) -> list[TextEvidence]:
        """Evidence for a span of :attr:`text`, one item per field it touches."""
        out: list[TextEvidence] = []
        for seg in self.segments:
            a = max(start, seg.offset)
            b = min(end, seg.offset + len(seg.value))
            if a < b or (start == end and seg.offset <= start <= seg.offset + len(seg.value)):
                s, e = a - seg.offset, b - seg.offset
                out.append(TextEvidence(seg.field, seg.value[s:e], s, e, lexicon, term))
                if start == end:
                    break
        return out

    def match_evidence(self, lexicon: str, match: Match) -> list[TextEvidence]:
        start, end = self.original_span(match.start, match.end)
        return self.evidence_for(start, end, lexicon, match.term)

    def masked(self, spans: Iterable[tuple[int, int]]) -> TextView:
        """A view with the given spans of :attr:`text` overwritten by :data:`MASK_CHAR`."""
        text = self.text
        pieces: list[str] = []
        pos = 0
        for a, b in sorted(spans):  # slices, not a list of characters: texts are long
            a = max(a, pos)
            if b <= a:
                continue
            pieces.append(text[pos:a])
            pieces.append(MASK_CHAR * (b - a))
            pos = b
        if not pieces:
            return self
        pieces.append(text[pos:])
        return TextView("".join(pieces), self.matcher, self.segments)

    def without_matches(self, matches: Sequence[Match]) -> TextView:
        """:meth:`masked` over the original spans of skeleton ``matches`` (sorted, not
        overlapping: one lexicon's selection), with its skeleton composed from this
        view's — only the masked runs change (see :mod:`mamori.text.compose`)."""
        if not matches:
            return self
        norm = self.normalized
        return self.masked_cuts(
            [(m.start, m.end, *norm.to_original(m.start, m.end)) for m in matches]
        )

    def masked_cuts(self, cuts: Sequence[tuple[int, int, int, int]]) -> TextView:
        """:meth:`without_matches` given the cuts already: ``(skeleton start, skeleton
        end, original start, original end)`` of each match, sorted."""
        norm = self.normalized
        view = self.masked([(a, b) for _, _, a, b in cuts])
        if view is not self:
            view._derive = lambda: compose_masked(view.text, norm, cuts)
        return view


TextArg = str | TextView | None


class TextEnv:
    """The compiled matcher and lists of a pack, plus a small cache of scanned views.

    >>> from mamori.text.lexicon import LexiconSet
    >>> env = TextEnv(TextMatcher(LexiconSet.from_texts({"cure": "治る|治ります"})))
    >>> env.lexicon_hit("糖尿病が治 り ま す", "cure").value
    True
    """

    def __init__(
        self, matcher: TextMatcher, lists: ListSet | None = None, cache_size: int = 256
    ) -> None:
        self.matcher = matcher
        self.lists = lists if lists is not None else ListSet()
        self._cache: OrderedDict[tuple[str, str | None], TextView] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, object]:
        # The view cache and its lock stay behind when an env is shipped to a worker.
        return {"matcher": self.matcher, "lists": self.lists, "cache_size": self._cache_size}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(state["matcher"], state["lists"], state["cache_size"])  # type: ignore[misc, arg-type]

    def view(self, text: TextArg, field: str | None = None) -> TextView | None:
        """The (cached) view of a field value; ``None`` stays ``None``."""
        if text is None or isinstance(text, TextView):
            return text
        if not isinstance(text, str):
            text = str(text)
        key = (text, field)
        with self._lock:  # one env serves the API's worker threads
            got = self._cache.get(key)
            if got is not None:
                self._cache.move_to_end(key)
                return got
            got = TextView(text, self.matcher, (Segment(field, text, 0),))
            self._cache[key] = got
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
            return got

    def prepare(self, values: Sequence[object], field: str | None = None) -> list[TextView | None]:
        """Views for a whole column, normalised and scanned as one batch.

        The batch text pass calls this per Arrow record batch: one vectorised
        normalisation and one hyperscan call for all values, instead of one per value.
        """
        keep = [i for i, v in enumerate(values) if v is not None]
        texts = [v if isinstance(v, str) else str(v) for v in (values[i] for i in keep)]
        norms = normalize_many(texts)
        scans = self.matcher.scan_many(norms)
        out: list[TextView | None] = [None] * len(values)
        for i, text, norm, scan in zip(keep, texts, norms, scans, strict=True):
            view = TextView(text, self.matcher, (Segment(field, text, 0),))
            view._normalized = norm
            view._scan = scan
            out[i] = view
        return out

    def prime(self, views: Iterable[TextView | None]) -> tuple[list[TextView], ColumnScan | None]:
        """Normalise and scan, as one batch, every view that has not been scanned yet.

        For callers that build views row by row (concatenations, ``coalesce``…) and then
        evaluate functions on them: priming a batch's views first replaces one
        normalisation and one hyperscan call per row by one of each per batch. Results
        are the same either way.

        Returns the views it scanned and, when they were scanned as one column, the
        :class:`~mamori.text.lexicon.ColumnScan` (row ``i`` is view ``i``): the batch
        text pass reads which lexicons each view matched from its arrays, without a
        Python call per view.
        """
        todo: list[TextView] = []
        seen: set[int] = set()
        for v in views:
            if v is not None and v._scan is None and id(v) not in seen:
                seen.add(id(v))
                todo.append(v)
        if not todo:
            return todo, None
        # Plain views first (one batch), then views composed from them (joins, masks);
        # compositions that are not exact are normalised as a second batch.
        fresh = [v for v in todo if v._normalized is None and v._derive is None]
        for view, norm in zip(fresh, normalize_many([v.text for v in fresh]), strict=True):
            view._normalized = norm
        rest: list[TextView] = []
        for v in todo:
            if v._normalized is None:
                v._normalized = v._derived()
                if v._normalized is None:
                    rest.append(v)
        for view, norm in zip(rest, normalize_many([v.text for v in rest]), strict=True):
            view._normalized = norm
        norms = [v.normalized for v in todo]
        column: ColumnScan | None = None
        if self.matcher.backend == "hyperscan" and len(norms) >= 2:
            # what scan_many does, keeping the column; views without a match share one
            # empty scan (nothing is ever added to a scan)
            column = self.matcher.scan_column(norms)
            cut = np.searchsorted(column.row, np.arange(column.rows + 1)).tolist()
            hits = list(
                zip(
                    column.pattern.tolist(), column.start.tolist(), column.end.tolist(), strict=True
                )
            )
            empty = Scan([], None)
            for r, view in enumerate(todo):
                a, b = cut[r], cut[r + 1]
                view._scan = Scan(hits[a:b], None) if b > a else empty
        else:
            for view, scan in zip(todo, self.matcher.scan_many(norms), strict=True):
                view._scan = scan
        return todo, column

    def concat_ws(self, sep: str | None, *parts: TextArg) -> TextView | None:
        """SQL ``concat_ws``: join the non-NULL parts, remembering each part's field.

        >>> from mamori.text.lexicon import LexiconSet
        >>> env = TextEnv(TextMatcher(LexiconSet.from_texts({"x": "糖尿病"})))
        >>> v = env.concat_ws(" ", env.view("サプリ", "title"), None, env.view("糖尿病に", "description"))
        >>> [(e.field, e.text, e.start, e.end) for e in env.lexicon_hit(v, "x").evidence]
        [('description', '糖尿病', 0, 3)]
        """
        if sep is None:
            return None
        if len(parts) == 2:
            a, b = parts
            if type(a) is TextView and type(b) is TextView:  # the batch pass's usual join
                return self._concat2(sep, a, b)
        pieces: list[str] = []
        segments: list[Segment] = []
        offset = 0
        lsep = len(sep)
        views: list[TextView] = []
        for part in parts:
            if part is None:
                continue
            if pieces:
                pieces.append(sep)
                offset += lsep
            view = part if isinstance(part, TextView) else self.view(part)
            assert view is not None
            views.append(view)
            text = view.text
            pieces.append(text)
            if offset == 0:  # segments are frozen: the first part's are reused as they are
                segments.extend(view.segments)
            else:
                segments.extend(
                    [Segment(s.field, s.value, s.offset + offset) for s in view.segments]
                )
            offset += len(text)
        out = TextView("".join(pieces), self.matcher, segments)
        if len(views) == 1:
            out._normalized = views[0]._normalized
            out._scan = views[0]._scan
            if out._normalized is None:
                out._derive = lambda: views[0].normalized
        elif views:
            out._derive = lambda: compose_concat(sep, [v.normalized for v in views])
        return out

    def _concat2(
        self,
        sep: str,
        a: TextView,
        b: TextView,
        memo: dict[int, tuple[Normalized, bool]] | None = None,
    ) -> TextView:
        """:meth:`concat_ws` of two views, without its general loop (same result).

        ``memo`` (the batch text pass's, one per column of joins) remembers the checks
        of each left part's skeleton, composed with many right parts."""
        at = len(a.text) + len(sep)
        text = a.text + sep + b.text
        out = TextView(
            text,
            self.matcher,
            (*a.segments, *[Segment(s.field, s.value, s.offset + at) for s in b.segments]),
        )
        got = {} if memo is None else memo
        out._derive = lambda: compose_join(sep, a.normalized, b.normalized, text, got)
        return out

    def concat_pair(
        self,
        sep: str,
        a: TextView | None,
        b: TextView | None,
        memo: dict[int, tuple[Normalized, bool]],
    ) -> TextView | None:
        """``concat_ws(sep, a, b)`` for the batch text pass, sharing ``memo`` between the
        rows of a column (see :meth:`_concat2`)."""
        if type(a) is TextView and type(b) is TextView:
            return self._concat2(sep, a, b, memo)
        return self.concat_ws(sep, a, b)

    def lexicon_hit(self, text: TextArg, lexicon: str) -> Result[bool]:
        return lexicon_hit(self, text, lexicon)

    def lexicon_terms(self, text: TextArg, lexicon: str) -> Result[list[str]]:
        return lexicon_terms(self, text, lexicon)

    def near(self, text: TextArg, lex_a: str, lex_b: str, window: int | None) -> Result[bool]:
        return near(self, text, lex_a, lex_b, window)

    def allowed_claim(self, text: TextArg, lexicon: str) -> Result[bool]:
        return allowed_claim(self, text, lexicon)

    def without(self, text: TextArg, lexicon: str) -> Result[TextView]:
        return without(self, text, lexicon)

    def in_list(self, value: object, list_name: str) -> Result[bool]:
        return in_list(self, value, list_name)

    def regexp_like(self, text: TextArg, pattern: str | None) -> Result[bool]:
        return regexp_like(self, text, pattern)

    def lemma_hit(self, text: TextArg, lexicon: str) -> Result[bool]:
        return lemma_hit(self, text, lexicon)


def _evidence(view: TextView, lexicon: str, matches: Iterable[Match]) -> tuple[TextEvidence, ...]:
    out: list[TextEvidence] = []
    for m in matches:
        out.extend(view.match_evidence(lexicon, m))
        if len(out) >= _MAX_EVIDENCE:
            break
    return tuple(out)


def lexicon_hit(env: TextEnv, text: TextArg, lexicon: str) -> Result[bool]:
    """Whether the text contains any entry of the lexicon (after normalisation).

    >>> from mamori.text.lexicon import LexiconSet
    >>> env = TextEnv(TextMatcher(LexiconSet.from_texts({"slim": "痩せる"})))
    >>> r = lexicon_hit(env, "ﾏｼﾞで瘦 せ る!", "slim")
    >>> r.value, [(e.text, e.start, e.end) for e in r.evidence]
    (True, [('瘦 せ る', 4, 9)])
    >>> lexicon_hit(env, None, "slim").value is None
    True
    """
    view = env.view(text)
    if view is None:
        return Result(None)
    matches = view.matches(lexicon)
    return Result(bool(matches), _evidence(view, lexicon, matches))


def allowed_claim(env: TextEnv, text: TextArg, lexicon: str) -> Result[bool]:
    """Whether the text contains permitted wording from ``lexicon`` (suppresses a hit).

    The same test as :func:`lexicon_hit`; a separate name keeps policies readable and
    lets reports tell "risky words found" from "permitted claim found".
    """
    return lexicon_hit(env, text, lexicon)


def lexicon_terms(env: TextEnv, text: TextArg, lexicon: str) -> Result[list[str]]:
    """The distinct canonical terms found, in order of first occurrence.

    >>> from mamori.text.lexicon import LexiconSet
    >>> env = TextEnv(TextMatcher(LexiconSet.from_texts({"d": "がん|癌\\n糖尿病"})))
    >>> lexicon_terms(env, "糖尿病と癌とガン", "d").value
    ['糖尿病', 'がん']
    """
    view = env.view(text)
    if view is None:
        return Result(None)
    matches = view.matches(lexicon)
    terms = list(dict.fromkeys(m.term for m in matches))
    return Result(terms, _evidence(view, lexicon, matches))


def near(env: TextEnv, text: TextArg, lex_a: str, lex_b: str, window: int | None) -> Result[bool]:
    """A match of ``lex_a`` and one of ``lex_b`` at most ``window`` normalised chars apart.

    The gap is counted in the skeleton (separators and emoji do not count), between the
    end of one match and the start of the other, in either order; overlapping matches
    have gap 0. Evidence is the closest pair.

    >>> from mamori.text.lexicon import LexiconSet
    >>> env = TextEnv(TextMatcher(LexiconSet.from_texts({"d": "糖尿病", "v": "治る"})))
    >>> near(env, "糖尿病がすぐ治る", "d", "v", 3).value, near(env, "糖尿病がすぐ治る", "d", "v", 2).value
    (True, False)
    """
    view = env.view(text)
    if view is None or window is None:
        return Result(None)
    a_matches = view.matches(lex_a)
    b_matches = view.matches(lex_b)
    best: tuple[int, Match, Match] | None = None
    # Matches of one lexicon do not overlap, so their starts and ends both ascend: for
    # each A only the Bs whose span reaches into [A.start - window, A.end + window] can
    # qualify, found by bisection (no quadratic loop on long texts).
    b_ends = [b.end for b in b_matches]
    for a in a_matches:
        j = bisect.bisect_left(b_ends, a.start - window)
        while j < len(b_matches) and b_matches[j].start <= a.end + window:
            b = b_matches[j]
            gap = max(b.start - a.end, a.start - b.end, 0)
            if gap <= window and (best is None or gap < best[0]):
                best = (gap, a, b)
            j += 1
    if best is None:
        return Result(False)
    _, a, b = best
    ev = (*view.match_evidence(lex_a, a), *view.match_evidence(lex_b, b))
    return Result(True, ev)


def without(env: TextEnv, text: TextArg, lexicon: str) -> Result[TextView]:
    """The text with permitted wording from ``lexicon`` blanked out.

    Risky words *inside* a permitted claim then no longer match, while risky words
    elsewhere still do. The result has the same length as the input, so evidence found
    in it still points into the original field values.

    >>> from mamori.text.lexicon import LexiconSet
    >>> env = TextEnv(TextMatcher(LexiconSet.from_texts({"ok": "肌荒れを防ぐ", "risk": "肌荒れ"})))
    >>> lexicon_hit(env, without(env, "肌荒れを防ぐ", "ok").value, "risk").value
    False
    >>> lexicon_hit(env, without(env, "肌荒れを防ぐ。肌荒れが治る", "ok").value, "risk").value
    True
    """
    view = env.view(text)
    if view is None:
        return Result(None)
    matches = view.matches(lexicon)
    return Result(view.without_matches(matches), _evidence(view, lexicon, matches))


def in_list(env: TextEnv, value: object, list_name: str) -> Result[bool]:
    """Exact membership after normalisation (``ＡＢＣ`` equals ``abc``).

    >>> from mamori.text.lexicon import LexiconSet
    >>> env = TextEnv(TextMatcher(LexiconSet()), ListSet({"brands": ["マモリ"]}))
    >>> in_list(env, "ﾏﾓﾘ", "brands").value
    True
    """
    if value is None:
        return Result(None)
    if list_name not in env.lists:
        raise UnknownNameError(f"unknown list {list_name!r} / リストがありません")
    text = value.text if isinstance(value, TextView) else str(value)
    hit = env.lists.contains(list_name, text)
    if not hit:
        return Result(False)
    view = value if isinstance(value, TextView) else env.view(text)
    assert view is not None
    return Result(True, tuple(view.evidence_for(0, len(text), list_name, None)))


def lemma_hit(env: TextEnv, text: TextArg, lexicon: str) -> Result[bool]:
    """Whether an entry of ``lexicon`` occurs among the text's *lemmas* (SudachiPy).

    For rules that need words: ``やせました`` has no ``痩せる`` in it, but its lemma does.
    The text is tokenised (mode C) and rewritten twice, as normalised forms and as
    dictionary forms; each rewrite is folded and matched like text, and a match maps back
    through the tokens it covers to the original span. ~100× slower than
    :func:`lexicon_hit`: use it on rows a cheaper condition already selected. Raises
    :class:`~mamori.errors.UnsupportedError` when SudachiPy is not installed.

    >>> from mamori.text.lexicon import LexiconSet
    >>> env = TextEnv(TextMatcher(LexiconSet.from_texts({"slim": "痩せる"})))
    >>> r = lemma_hit(env, "飲むだけでや.せ.ま.し.た", "slim")
    >>> r.value, [(e.text, e.start, e.end) for e in r.evidence]
    (True, [('や.せ', 5, 8)])
    """
    from mamori.text import morph

    view = env.view(text)
    if view is None:
        return Result(None)
    if lexicon not in env.matcher.lexicons:
        raise UnknownNameError(f"unknown lexicon {lexicon!r} / 辞書がありません")
    toks = morph.tokens(view.text)
    evidence: list[TextEvidence] = []
    for form in ("normalized_form", "dictionary_form"):
        pieces = normalize_many([getattr(t, form) for t in toks])
        owner: list[int] = []  # lemma-string position -> token index
        for i, piece in enumerate(pieces):
            owner.extend([i] * len(piece.text))
        lemma_text = "".join(p.text for p in pieces)
        matcher = env.matcher
        for m in matcher.select(matcher.scan(lemma_text), lexicon):
            first, last = toks[owner[m.start]], toks[owner[m.end - 1]]
            evidence.extend(view.evidence_for(first.start, last.end, lexicon, m.term))
        if evidence:
            break
    return Result(bool(evidence), tuple(evidence[:_MAX_EVIDENCE]))


@functools.lru_cache(maxsize=512)
def _compile_re2(pattern: str) -> object:
    import re2

    if len(pattern) > MAX_PATTERN_LENGTH:
        raise MamoriError(
            f"regexp_like pattern longer than {MAX_PATTERN_LENGTH} characters / 正規表現が長すぎます"
        )
    options = re2.Options()
    options.max_mem = 8 << 20  # bounds the automaton; RE2 already runs in linear time
    try:
        return re2.compile(pattern, options)
    except re2.error as exc:
        raise MamoriError(f"invalid RE2 regex / 正規表現の構文エラー: {exc}") from exc


def regexp_like(env: TextEnv, text: TextArg, pattern: str | None) -> Result[bool]:
    """RE2 search on the original text, like DuckDB's ``regexp_matches``.

    Runs on the text as written (not the skeleton) so batch engines may evaluate it in
    SQL with the same result.

    >>> from mamori.text.lexicon import LexiconSet
    >>> env = TextEnv(TextMatcher(LexiconSet()))
    >>> r = regexp_like(env, "今だけ50%OFF", r"\\d+%\\s*OFF")
    >>> r.value, [(e.text, e.start, e.end) for e in r.evidence]
    (True, [('50%OFF', 3, 9)])
    """
    view = env.view(text)
    if view is None or pattern is None:
        return Result(None)
    rx = _compile_re2(pattern)
    text = view.text
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates (broken emoji in JSON): same length
        text = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
        data = text.encode("utf-8")
    if "\\C" in pattern:  # \C matches one byte: let the wrapper map offsets to characters
        m = rx.search(text)  # type: ignore[attr-defined]
        if m is None:
            return Result(False)
        return Result(True, tuple(view.evidence_for(m.start(), m.end(), None, None)))
    # Searching the UTF-8 bytes is the same RE2 match the str API runs, without its
    # per-call offset bookkeeping (~2.5x faster); only a match is mapped to characters.
    mb = rx.search(data)  # type: ignore[attr-defined]
    if mb is None:
        return Result(False)
    start = len(data[: mb.start()].decode("utf-8"))
    end = start + len(data[mb.start() : mb.end()].decode("utf-8"))
    return Result(True, tuple(view.evidence_for(start, end, None, None)))
