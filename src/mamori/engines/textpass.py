"""The text pass: every text function call of a pack computed as a column of a batch.

Runs :mod:`mamori.evaluate.textcalls` — the very code the realtime engine runs — over the
rows of one Arrow record batch, so batch and realtime evidence agree by construction.
Only the columns the text sources read are materialised as Python lists, one batch at
a time; values go back to Arrow for SQL, evidence stays sparse (truthy rows only).

Two things keep it fast:

* a *prefilter*: a call is computed only on rows where some policy using it could still
  hit, judged by the policy's text-free conjuncts (``category IN (…)``), which DuckDB
  evaluates for the whole batch first. Skipped calls are NULL, and a policy whose
  prefilter is not TRUE cannot hit whatever they would have been, so hits are unchanged;
* batched normalisation: every text a level of sources needs is normalised and scanned
  in one vectorised call (``TextEnv.prime``) instead of one call per row.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import threading
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa

from mamori.engines.base import evidence_type
from mamori.engines.sql import column_name, text_column
from mamori.evaluate.decision import Evidence
from mamori.evaluate.textcalls import TextCall, TextCalls, TextState
from mamori.policy import ast
from mamori.policy.ast import Type
from mamori.policy.functions import FUNCTIONS, TEXT_FUNCTIONS
from mamori.text.compose import cut_spans, masked_clean, masked_hits
from mamori.text.functions import Segment, TextView
from mamori.text.lexicon import Scan


@dataclass(slots=True)
class TextPassResult:
    columns: dict[str, pa.Array]  # __t<k> → values
    evidence: list[dict[int, tuple[Evidence, ...]]]  # per call index: row → evidence (sparse)

    def evidence_columns(self, n: int) -> dict[str, pa.Array]:
        """``__e<k>``: per call, each row's evidence as list<struct> (empty where none)."""
        out: dict[str, pa.Array] = {}
        etype = evidence_type()
        struct_type = etype.value_type
        for k, sparse in enumerate(self.evidence):
            # Built from offsets and four flat columns: no Python list per row, and the
            # (usually few) evidence rows are the only ones touched.
            lengths = np.zeros(n, dtype=np.int32)
            fields: list[str | None] = []
            texts: list[str] = []
            starts: list[int] = []
            ends: list[int] = []
            for i in sorted(sparse):
                ev = sparse[i]
                lengths[i] = len(ev)
                for e in ev:
                    fields.append(e.field)
                    texts.append(e.text)
                    starts.append(e.start)
                    ends.append(e.end)
            offsets = np.zeros(n + 1, dtype=np.int32)
            np.cumsum(lengths, out=offsets[1:])
            values = pa.StructArray.from_arrays(
                [
                    pa.array(fields, type=pa.string()),
                    pa.array(texts, type=pa.string()),
                    pa.array(starts, type=pa.int64()),
                    pa.array(ends, type=pa.int64()),
                ],
                fields=list(struct_type),
            )
            out[f"__e{k}"] = pa.ListArray.from_arrays(pa.array(offsets), values, type=etype)
        return out


_GC_LOCK = threading.Lock()
_GC_PAUSES = 0
_GC_WAS_ENABLED = False


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection during a text pass.

    A batch allocates a few objects per row (views, scans, tuples) that all stay alive
    until the pass ends, so the collector's generation-2 sweeps kept re-walking them:
    ~40 % of the pass's CPU, measured, for nothing — the pass creates no cycles. Nested
    and concurrent passes count their pauses; the collector is enabled again (if it was
    on) when the last one ends.
    """
    global _GC_PAUSES, _GC_WAS_ENABLED
    with _GC_LOCK:
        if _GC_PAUSES == 0:
            _GC_WAS_ENABLED = gc.isenabled()
            gc.disable()
        _GC_PAUSES += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_PAUSES -= 1
            if _GC_PAUSES == 0 and _GC_WAS_ENABLED:
                gc.enable()


def _no_match_answer(call: TextCall, known: Any) -> tuple[tuple[str, ...], bool | None]:
    """The lexicons a call needs a match of, and its value when one has none.

    ``((), …)`` when there is no such shortcut (other functions, unknown lexicons — left
    to raise their own error —, a NULL window). ``None`` stands for an empty list.
    """
    name, args = call.name, call.args
    if name in ("lexicon_hit", "allowed_claim") and args[0] in known:
        return (args[0],), False
    if name == "lexicon_terms" and args[0] in known:
        return (args[0],), None
    if name == "near" and args[2] is not None and args[0] in known and args[1] in known:
        return (args[0], args[1]), False
    return (), False


def _arrow_type(call: TextCall) -> pa.DataType:
    t = FUNCTIONS[call.name].returns
    return pa.list_(pa.string()) if t == Type.STRING_LIST else pa.bool_()


def source_fields(calls: Sequence[TextCall]) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for c in calls:
        for node in ast.walk(c.source):
            if isinstance(node, ast.FieldRef) and node.path not in out:
                out.append(node.path)
    return out


def conjuncts(node: ast.Expr) -> list[ast.Expr]:
    """Top-level AND operands, left to right."""
    if isinstance(node, ast.BoolOp) and node.op == "and":
        return conjuncts(node.left) + conjuncts(node.right)
    return [node]


def has_text(node: ast.Expr) -> bool:
    return any(isinstance(n, ast.Call) and n.name in TEXT_FUNCTIONS for n in ast.walk(node))


def prefilter(policy_when: ast.Expr) -> ast.Expr | None:
    """The text-free conjuncts of a condition (None when there are none)."""
    parts = [c for c in conjuncts(policy_when) if not has_text(c)]
    if not parts:
        return None
    out = parts[0]
    for p in parts[1:]:
        out = ast.BoolOp("and", out, p, span=p.span)
    return out


def _sources(node: ast.Expr) -> list[ast.Expr]:
    """The source subtrees of a text argument (CASE conditions are not sources)."""
    if isinstance(node, ast.Case):
        out: list[ast.Expr] = [node]
        for _, v in node.whens:
            out += _sources(v)
        if node.default is not None:
            out += _sources(node.default)
        return out
    if isinstance(node, ast.Call) and node.name == "without":
        return [node, *_sources(node.args[0])]
    if isinstance(node, ast.Call):
        return [node, *(x for a in node.args for x in _sources(a))]
    return [node] if isinstance(node, ast.FieldRef | ast.Literal) else []


def _without_depth(node: ast.Expr) -> int:
    own = 1 if isinstance(node, ast.Call) and node.name == "without" else 0
    return own + max((_without_depth(c) for c in ast.children(node)), default=0)


def _height(node: ast.Expr) -> int:
    return 1 + max((_height(c) for c in ast.children(node)), default=0)


_COMPOSITE = ("concat", "concat_ws", "coalesce")


class TextPass:
    def __init__(
        self,
        calls: Sequence[TextCall],
        textcalls: TextCalls | None,
        evidence_for: Collection[int] | None = None,
    ) -> None:
        self.calls = list(calls)
        self.textcalls = textcalls
        # Calls whose evidence a hit can show (positive in some policy); None = all. The
        # others (``NOT allowed_claim(…)``) only need their value, which for a lexicon
        # test is whether the scan matched the lexicon at all: no selection, no evidence.
        self.evidence_for = None if evidence_for is None else frozenset(evidence_for)
        self.fields = source_fields(self.calls)
        # Every source subtree grouped by how many without() it nests: each level is
        # built and primed after the one below it, whose views without() reads. Within a
        # level, children come before their parents, whose views are made from theirs.
        levels: dict[int, dict[str, tuple[ast.Expr, set[int]]]] = {}
        for c in self.calls:
            for sub in _sources(c.source):
                key = textcalls.key(sub) if textcalls is not None else str(id(sub))
                entry = levels.setdefault(_without_depth(sub), {}).setdefault(key, (sub, set()))
                entry[1].add(c.index)
        self.levels = [
            sorted(levels[k].values(), key=lambda e: _height(e[0])) for k in sorted(levels)
        ]
        # Each lexicon a no-match shortcut tests gets one bit; ``pattern_bits[pid]`` holds
        # the bits of the lexicons pattern ``pid`` belongs to, so a view's hit lexicons
        # come out of a column scan as one OR per match, in numpy (None: more than 64
        # such lexicons, or no text env: the per-view test is used instead).
        self.lexicon_bit: dict[str, int] = {}
        self.pattern_bits: np.ndarray | None = None
        if textcalls is not None:
            matcher = textcalls.env.matcher
            for c in self.calls:
                for lex in _no_match_answer(c, matcher.lexicons)[0]:
                    self.lexicon_bit.setdefault(lex, len(self.lexicon_bit))
            for level in self.levels:  # without(x, lex): rows where x has no lex match
                for sub, _ in level:
                    if (
                        isinstance(sub, ast.Call)
                        and sub.name == "without"
                        and isinstance(sub.args[1], ast.Literal)
                        and str(sub.args[1].value) in matcher.lexicons
                    ):
                        self.lexicon_bit.setdefault(str(sub.args[1].value), len(self.lexicon_bit))
            if 0 < len(self.lexicon_bit) <= 64:
                bits: np.ndarray | None = None
                for lex, j in self.lexicon_bit.items():
                    mask = matcher.lexicon_patterns(lex)
                    if bits is None:
                        bits = np.zeros(len(mask), dtype=np.uint64)
                    bits[mask] |= np.uint64(1 << j)
                self.pattern_bits = bits
        # without() sources whose masked text need not be built, composed or scanned
        # (source key → bits of the lexicons read from it; see _derivable).
        self.derived: dict[str, int] = {}
        if textcalls is not None and self.pattern_bits is not None:
            self.derived = _derivable(self.calls, textcalls, self.lexicon_bit)

    def run(
        self, batch: pa.RecordBatch, needed: Sequence[np.ndarray | None] | None = None
    ) -> TextPassResult:
        """Values and evidence of every call; ``needed[k]`` limits call k to some rows."""
        with paused_gc():
            return self._run(batch, needed)

    def _run(
        self, batch: pa.RecordBatch, needed: Sequence[np.ndarray | None] | None
    ) -> TextPassResult:
        n = batch.num_rows
        if not self.calls:
            return TextPassResult({}, [])
        tc = self.textcalls
        assert tc is not None
        cols: dict[tuple[str, ...], list[Any]] = {
            p: batch.column(column_name(p)).to_pylist() for p in self.fields
        }
        rows_of: list[list[int]] = []
        for c in self.calls:
            mask = needed[c.index] if needed is not None else None
            rows_of.append(list(range(n)) if mask is None else np.flatnonzero(mask).tolist())
        # One view per distinct (value, field) in the batch, shared by every row.
        shared: dict[tuple[str, str], Any] = {}
        states: list[TextState] = []  # per row, made only if some source needs the slow path
        env = tc.env
        built: dict[str, list[Any]] = {}  # source key → view per row (None: NULL or skipped)
        bits_of: dict[int, int] = {}  # id(view) → bits of the shortcut lexicons it matched
        union: dict[frozenset[int], list[int]] = {}  # users → rows any of them needs
        for level in self.levels:
            views: list[Any] = []
            for sub, users in level:
                if len(users) == 1:
                    rows = rows_of[next(iter(users))]
                else:  # sorted union of the users' rows, by their masks in numpy
                    key = frozenset(users)
                    got_rows = union.get(key)
                    if got_rows is None:
                        got_rows = union[key] = _union_rows(users, needed, n)
                    rows = got_rows
                per_row = self._build(sub, rows, n, cols, shared, built, states, bits_of)
                by_rule = per_row is not None
                if per_row is None:  # a shape without a column rule: the realtime builder
                    if not states:
                        states.extend(TextState(shared) for _ in range(n))
                    per_row = [None] * n
                    for i in rows:
                        per_row[i] = tc.build(sub, _getter(cols, i), states[i])
                # prime() scans each distinct view once: a literal's rows share one view,
                # and coalesce() picks its parts' views, which are listed already (or
                # scanned on a level below) — not listing them saves a pass over n rows.
                if by_rule and isinstance(sub, ast.Literal):
                    views.extend(per_row[i] for i in rows[:1])
                elif not (by_rule and type(sub) is ast.Call and sub.name == "coalesce"):
                    views.extend(per_row[i] for i in rows)
                built[tc.key(sub)] = per_row
            scanned, column = env.prime(views)
            if column is not None and self.pattern_bits is not None:
                row_bits = np.zeros(column.rows, dtype=np.uint64)
                if len(column):
                    np.bitwise_or.at(row_bits, column.row, self.pattern_bits[column.pattern])
                bits_of.update(zip(map(id, scanned), row_bits.tolist(), strict=True))
        values: list[list[Any]] = [[None] * n for _ in self.calls]
        evidence: list[dict[int, tuple[Evidence, ...]]] = [{} for _ in self.calls]
        call = tc.call_view
        known = env.matcher.lexicons
        hits_of: dict[str, list[Any]] = {}  # source key → each row's hit lexicons
        # source key → (per-row bits of the shortcut lexicons matched, rows with a view)
        masks_of: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        lexicon_bit = self.lexicon_bit
        view_bits = functools.partial(self._view_bits, bits_of)
        for c in self.calls:
            vals, evs = values[c.index], evidence[c.index]
            src = built[tc.key(c.source)]
            # A view without a match of the lexicons a call reads has a known answer and
            # no evidence: no function call for the (many) rows without any match.
            need, empty = _no_match_answer(c, known)
            value_only = (
                self.evidence_for is not None
                and c.index not in self.evidence_for
                and c.name in ("lexicon_hit", "allowed_claim")
                and bool(need)
            )
            if need and self.pattern_bits is not None:
                # Which rows can match at all, from the column scans' bits in numpy; only
                # those rows (candidates) run the function and build evidence.
                got = masks_of.get(c.source_key)
                if got is None:
                    present = np.fromiter((v is not None for v in src), dtype=bool, count=n)
                    get = bits_of.get
                    listed = [0 if v is None else get(id(v)) for v in src]
                    if None in listed:  # views scanned outside a column: read their scans
                        for i, b in enumerate(listed):
                            if b is None:
                                listed[i] = view_bits(src[i])
                    row_bits = np.array(listed, dtype=np.uint64)
                    got = masks_of[c.source_key] = (row_bits, present)
                row_bits, present = got
                mask = needed[c.index] if needed is not None else None
                live = present if mask is None else present & mask
                want = np.uint64(sum(1 << lexicon_bit[lex] for lex in need))
                has = (row_bits & want) == want
                cand = np.flatnonzero(live & has).tolist()
                if c.name == "lexicon_terms":
                    for i in np.flatnonzero(live & ~has).tolist():
                        vals[i] = []
                else:
                    for i in np.flatnonzero(live & ~has).tolist():
                        vals[i] = empty
                if value_only:  # a match of the lexicon exists: TRUE; evidence unused
                    for i in cand:
                        vals[i] = True
                    continue
                for i in cand:
                    v, ev = call(c, src[i])
                    vals[i] = v
                    if ev:
                        evs[i] = ev
                continue
            hits: list[Any] | None = None
            if need:
                hits = hits_of.get(c.source_key)
                if hits is None:
                    hits = hits_of[c.source_key] = [
                        None if v is None else v.hit_lexicons() for v in src
                    ]
            # A field's views are shared by equal values: one call per distinct value.
            memo: dict[int, tuple[Any, Any]] | None = {} if type(c.source) is ast.FieldRef else None
            rows = rows_of[c.index]
            if c.name == "regexp_like":
                rows = _regexp_candidates(tc, c, src, rows, vals)
            for i in rows:
                view = src[i]
                if view is None:
                    continue  # NULL text: NULL value, no evidence
                if hits is not None:
                    got_lex = hits[i]
                    if need[0] not in got_lex or (len(need) > 1 and need[1] not in got_lex):
                        vals[i] = [] if empty is None else empty
                        continue
                    if value_only:  # a match of the lexicon exists: TRUE; evidence unused
                        vals[i] = True
                        continue
                if memo is not None:
                    done = memo.get(id(view))
                    if done is None:
                        done = memo[id(view)] = call(c, view)
                    v, ev = done
                else:
                    v, ev = call(c, view)
                vals[i] = v
                if ev:
                    evs[i] = ev
        columns = {
            text_column(c): pa.array(values[c.index], type=_arrow_type(c)) for c in self.calls
        }
        return TextPassResult(columns, evidence)

    def _view_bits(self, bits_of: dict[int, int], v: Any) -> int:
        """The bits of the shortcut lexicons ``v`` matched (read from its column scan)."""
        got = bits_of.get(id(v))
        if got is None:  # scanned outside a column (a copied scan, a single view)
            bit = self.lexicon_bit
            got = bits_of[id(v)] = sum(1 << bit[lex] for lex in v.hit_lexicons() if lex in bit)
        return got

    def _build(
        self,
        sub: ast.Expr,
        rows: list[int],
        n: int,
        cols: dict[tuple[str, ...], list[Any]],
        shared: dict[tuple[str, str], Any],
        built: dict[str, list[Any]],
        states: list[TextState],
        bits_of: dict[int, int],
    ) -> list[Any] | None:
        """A source's view on each of ``rows``, made from its parts' views (built before
        it) by column rules; None for shapes that need the realtime builder (CASE)."""
        tc = self.textcalls
        assert tc is not None
        env = tc.env
        per_row: list[Any] = [None] * n
        if type(sub) is ast.FieldRef:  # what tc.build does for a field, inlined
            column, name = cols[sub.path], sub.name
            for i in rows:
                v = column[i]
                if v is None:
                    continue
                text = v if isinstance(v, str) else str(v)
                view = shared.get((text, name))
                if view is None:
                    view = shared[(text, name)] = TextView(
                        text, env.matcher, (Segment(name, text, 0),)
                    )
                per_row[i] = view
            return per_row
        if isinstance(sub, ast.Literal):
            if sub.value is not None:
                const = TextView(str(sub.value), env.matcher)
                for i in rows:
                    per_row[i] = const
            return per_row
        if not isinstance(sub, ast.Call):
            return None
        if sub.name == "without":
            lex = sub.args[1]
            inner = built.get(tc.key(sub.args[0]))
            if inner is None or not isinstance(lex, ast.Literal):
                return None
            name = str(lex.value)
            bit = self.lexicon_bit.get(name) if self.pattern_bits is not None else None
            get_bits = bits_of.get
            read = self.derived.get(tc.key(sub))
            if read is not None and bit is not None:
                self._without_derived(rows, inner, per_row, name, bit, read, bits_of)
                return per_row
            for i in rows:
                view = inner[i]
                if view is None:
                    continue
                if bit is not None:
                    vb = get_bits(id(view))
                    if vb is None:
                        vb = self._view_bits(bits_of, view)
                    if not vb >> bit & 1:
                        per_row[i] = view  # nothing to blank out: the view itself
                        continue
                per_row[i] = view.without_matches(view.matches(name))
            return per_row
        if sub.name not in _COMPOSITE:
            return None
        parts: list[list[Any]] = []
        for a in sub.args:
            got = built.get(tc.key(a))
            if got is None:
                return None
            parts.append(got)
        if sub.name == "coalesce":
            for i in rows:
                per_row[i] = next((p[i] for p in parts if p[i] is not None), None)
            return per_row
        concat_ws = env.concat_ws
        if sub.name == "concat":
            for i in rows:
                per_row[i] = concat_ws("", *[p[i] for p in parts])
            return per_row
        seps, rest = parts[0], parts[1:]
        if len(rest) == 2:  # the usual join of two fields: its left parts' checks shared
            pair, (left, right) = env.concat_pair, rest
            memos: dict[str, dict[int, Any]] = {}
            for i in rows:
                sep = seps[i]
                if sep is not None:
                    memo = memos.get(sep.text)
                    if memo is None:
                        memo = memos[sep.text] = {}
                    per_row[i] = pair(sep.text, left[i], right[i], memo)
            return per_row
        for i in rows:
            sep = seps[i]
            if sep is not None:
                per_row[i] = concat_ws(sep.text, *[p[i] for p in rest])
        return per_row

    def _without_derived(
        self,
        rows: list[int],
        inner: list[Any],
        per_row: list[Any],
        name: str,
        bit: int,
        read: int,
        bits_of: dict[int, int],
    ) -> None:
        """``without(x, name)`` on ``rows`` for a source only lexicon calls read, whose
        lexicons (bits ``read``) are literals: no masked text to scan.

        Where :func:`~mamori.text.compose.masked_clean` shows the mask composes, the
        masked skeleton is ``x``'s with the cut spans replaced by mask characters, so its
        literal matches are ``x``'s that overlap no cut, shifted
        (:func:`~mamori.text.compose.masked_hits`). A row whose ``x`` matched none of the
        read lexicons then gets ``x``'s own view: the calls on this source test only
        those lexicons, find none and answer as on the masked text (FALSE, no evidence)
        — nothing is masked at all. Other rows get the masked view with that derived
        scan (its skeleton is composed only if evidence is asked for); rows where the
        mask does not compose cleanly are masked, normalised and scanned as before.
        """
        tc = self.textcalls
        assert tc is not None
        matcher = tc.env.matcher
        skip = matcher.regex_patterns
        select_spans = matcher.select_spans
        get_bits = bits_of.get
        for i in rows:
            view = inner[i]
            if view is None:
                continue
            vb = get_bits(id(view))
            if vb is None:
                vb = self._view_bits(bits_of, view)
            if not vb >> bit & 1:
                per_row[i] = view  # nothing to blank out: the view itself
                continue
            scan = view._scan
            if scan is None or scan.data is not None:  # not from a column scan: as before
                per_row[i] = view.without_matches(view.matches(name))
                continue
            norm = view.normalized
            cuts = cut_spans(norm, select_spans(scan, name))
            if not cuts or not masked_clean(norm, cuts):
                per_row[i] = view.masked_cuts(cuts) if cuts else view
                continue
            if not vb & read:
                per_row[i] = view  # masked or not, no match of what the calls read
                continue
            masked = view.masked_cuts(cuts)
            masked._scan = Scan(masked_hits(scan.hits, cuts, skip), None)
            per_row[i] = masked


def _derivable(
    calls: Sequence[TextCall], tc: TextCalls, lexicon_bit: dict[str, int]
) -> dict[str, int]:
    """The ``without(x, lex)`` sources whose masked view the pass may derive from ``x``'s
    scan, with the bits of the lexicons read from them.

    Such a source is the text argument of calls only (no concatenation, ``coalesce``,
    CASE or outer ``without`` is built from it, so nothing reads its text, skeleton or
    other lexicons), and every call on it is a lexicon test with a no-match shortcut
    whose lexicons are all literals (:meth:`~mamori.text.lexicon.TextMatcher.literals_only`).
    """
    matcher = tc.env.matcher
    inside: set[str] = set()  # sources other sources are built from
    by_source: dict[str, list[TextCall]] = {}
    nodes: dict[str, ast.Expr] = {}
    for c in calls:
        by_source.setdefault(c.source_key, []).append(c)
        nodes[c.source_key] = c.source
        for sub in _sources(c.source)[1:]:
            inside.add(tc.key(sub))
    out: dict[str, int] = {}
    for key, users in by_source.items():
        node = nodes[key]
        if key in inside or not (isinstance(node, ast.Call) and node.name == "without"):
            continue
        lex = node.args[1]
        if not isinstance(lex, ast.Literal) or str(lex.value) not in matcher.lexicons:
            continue
        read = 0
        for c in users:
            need = _no_match_answer(c, matcher.lexicons)[0]
            if not need or any(x not in lexicon_bit or not matcher.literals_only(x) for x in need):
                break
            for x in need:
                read |= 1 << lexicon_bit[x]
        else:
            out[key] = read
    return out


def _regexp_candidates(
    tc: TextCalls, c: TextCall, src: list[Any], rows: list[int], vals: list[Any]
) -> list[int]:
    """The rows where ``regexp_like`` can be TRUE; the others get FALSE here.

    Arrow's ``match_substring_regex`` runs the same RE2 search (UTF-8, RE2's default
    options and memory bound) over the whole column in C++, so only matching rows pay a
    Python call, which finds the span for the evidence. Patterns the per-row function
    treats specially (``\\C``, NULL) and texts Arrow cannot take (lone surrogates) keep the
    per-row path for every row.
    """
    import pyarrow.compute as pc

    pattern = c.args[0] if c.args else None
    if not isinstance(pattern, str) or "\\C" in pattern:
        return rows
    tc.env.regexp_like("", pattern)  # an invalid or oversized pattern raises as per row
    live = [i for i in rows if src[i] is not None]
    try:
        texts = pa.array([src[i].text for i in live], type=pa.string())
        found = pc.match_substring_regex(texts, pattern).to_numpy(zero_copy_only=False)
    except (pa.ArrowException, UnicodeError, ValueError):
        return rows
    out = []
    for i, hit in zip(live, found.tolist(), strict=True):
        if hit:
            out.append(i)
        else:
            vals[i] = False
    return out


def _union_rows(
    users: Collection[int], needed: Sequence[np.ndarray | None] | None, n: int
) -> list[int]:
    """The sorted rows where some call in ``users`` is needed (every row if one has no
    mask): one OR of boolean masks instead of a set of row numbers per source."""
    if needed is None or any(needed[k] is None for k in users):
        return list(range(n))
    mask = np.zeros(n, dtype=bool)
    for k in users:
        mask |= needed[k]
    return np.flatnonzero(mask).tolist()  # type: ignore[no-any-return]


def _getter(cols: dict[tuple[str, ...], list[Any]], i: int) -> Any:
    return lambda path: cols[path][i]
