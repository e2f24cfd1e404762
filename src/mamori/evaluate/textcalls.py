"""Text function calls of a pack, computed through :mod:`mamori.text` with shared scans.

Both engines run this same code — realtime per entity, batch in the text pass over Arrow
batches — so evidence is identical by construction and the differential tests exercise
the SQL semantics that differ between them.

A *source* is the text argument of a text function: fields and string literals combined
by ``concat``/``concat_ws``/``coalesce``, optionally ``without(src, lex)``. Each distinct
source is built once per entity as a :class:`mamori.text.TextView`, which normalises and
scans its text once for every lexicon, so ``near(d, …) AND NOT allowed_claim(d, …)``
costs one scan of ``d``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mamori.evaluate.codegen import call_key, compile_scalar
from mamori.evaluate.decision import Evidence
from mamori.policy import ast
from mamori.policy.functions import TEXT_FUNCTIONS
from mamori.text.functions import Segment, TextEnv, TextEvidence, TextView
from mamori.text.lexicon import LexiconSet, ListSet, TextMatcher

Getter = Callable[[tuple[str, ...]], Any]
EMPTY: tuple[Evidence, ...] = ()


def text_env(lexicon_files: Mapping[str, Path], list_files: Mapping[str, Path]) -> TextEnv:
    """The compiled matcher and lists of a pack (compile once, reuse)."""
    lexicons = (
        LexiconSet.load_dir(next(iter(lexicon_files.values())).parent)
        if lexicon_files
        else LexiconSet()
    )
    lists = ListSet.load_dir(next(iter(list_files.values())).parent) if list_files else ListSet()
    return TextEnv(TextMatcher(lexicons), lists)


class TextState:
    """Per-entity memo of built sources (views), so every text is scanned once.

    ``fields`` optionally shares field views between the entities of one batch (keyed by
    value and field name): the batch text pass hands every row the same dict, so a value
    repeated across rows (titles, brands) is one view, normalised and scanned once,
    without the locked LRU of :meth:`TextEnv.view` on every lookup.
    """

    __slots__ = ("fields", "views")

    def __init__(self, fields: dict[tuple[str, str], TextView] | None = None) -> None:
        self.views: dict[str, TextView | None] = {}
        self.fields = fields


def _to_evidence(items: Iterable[TextEvidence]) -> tuple[Evidence, ...]:
    # Separators and literals of concat_ws carry no field: never evidence.
    return tuple(
        Evidence(e.field, e.text, e.start, e.end)
        for e in items
        if e.field is not None and e.start < e.end
    )


@dataclass(frozen=True, slots=True)
class TextCall:
    """One distinct text function call of a pack (keyed by its canonical JSON)."""

    index: int
    key: str
    name: str
    source: ast.Expr
    source_key: str
    args: tuple[Any, ...]


class TextCalls:
    """Evaluates text calls of one pack on one entity at a time."""

    def __init__(self, env: TextEnv) -> None:
        self.env = env
        # Source keys by node identity: trees live as long as the pack, and hashing a
        # tree to canonical JSON per entity would cost more than the lookup it saves.
        self._keys: dict[int, tuple[ast.Expr, str]] = {}

    def key(self, node: ast.Expr) -> str:
        found = self._keys.get(id(node))
        if found is None or found[0] is not node:
            found = self._keys[id(node)] = (node, call_key(node))
        return found[1]

    def build(self, node: ast.Expr, get: Getter, state: TextState) -> TextView | None:
        """Evaluate a text-source tree (checked by the type checker) to a view."""
        if type(node) is ast.FieldRef:  # the hot case: no memo needed, env.view caches by text
            v = get(node.path)
            if v is None:
                return None
            fields = state.fields
            if fields is None:
                return self.env.view(v, node.name)
            text = v if isinstance(v, str) else str(v)
            got = fields.get((text, node.name))
            if got is None:
                got = fields[(text, node.name)] = TextView(
                    text, self.env.matcher, (Segment(node.name, text, 0),)
                )
            return got
        key = self.key(node)
        views = state.views
        if key in views:
            return views[key]
        view = self._build(node, get, state)
        views[key] = view
        return view

    def _build(self, node: ast.Expr, get: Getter, state: TextState) -> TextView | None:
        env = self.env
        if isinstance(node, ast.FieldRef):
            v = get(node.path)
            # env.view caches by (text, field): every source reading this field shares
            # one normalisation and one scan.
            return None if v is None else env.view(v, node.name)
        if isinstance(node, ast.Literal):
            return (
                None
                if node.value is None
                else TextView(str(node.value), env.matcher, _segments(None, str(node.value)))
            )
        if isinstance(node, ast.Case):
            for cond, val in node.whens:
                if _scalar(cond)(get) is True:
                    return self.build(val, get, state)
            return self.build(node.default, get, state) if node.default is not None else None
        assert isinstance(node, ast.Call)
        if node.name == "without":
            inner = self.build(node.args[0], get, state)
            lex = node.args[1]
            assert isinstance(lex, ast.Literal)
            if inner is None:
                return None
            # env.without without its evidence: only the masked view is used here.
            return inner.without_matches(inner.matches(str(lex.value)))
        if node.name == "coalesce":
            for a in node.args:
                view = self.build(a, get, state)
                if view is not None:
                    return view
            return None
        parts = [self.build(a, get, state) for a in node.args]
        if node.name == "concat_ws":
            sep = parts[0]
            if sep is None:
                return None
            return env.concat_ws(sep.text, *parts[1:])
        return env.concat_ws("", *parts)  # concat: NULLs skipped, all NULL → ''

    def call(self, c: TextCall, get: Getter, state: TextState) -> tuple[Any, tuple[Evidence, ...]]:
        """(value, evidence) of one call; evidence is empty unless the value is truthy."""
        view = self.build(c.source, get, state)
        if view is None:
            return None, EMPTY
        return self.call_view(c, view)

    def call_view(self, c: TextCall, view: TextView) -> tuple[Any, tuple[Evidence, ...]]:
        """:meth:`call` on the already built view of its source (the batch text pass)."""
        env = self.env
        name = c.name
        if name == "lexicon_hit":
            r: Any = env.lexicon_hit(view, c.args[0])
        elif name == "allowed_claim":
            r = env.allowed_claim(view, c.args[0])
        elif name == "lexicon_terms":
            r = env.lexicon_terms(view, c.args[0])
        elif name == "near":
            r = env.near(view, c.args[0], c.args[1], c.args[2])
        elif name == "in_list":
            r = env.in_list(view, c.args[0])
        elif name == "regexp_like":
            r = env.regexp_like(view, c.args[0])
        else:  # pragma: no cover - the checker only lets known text functions through
            raise KeyError(name)
        value = r.value
        return value, (_to_evidence(r.evidence) if value else EMPTY)


_SCALARS: dict[str, Callable[[Getter], Any]] = {}


def _scalar(node: ast.Expr) -> Callable[[Getter], Any]:
    key = call_key(node)
    fn = _SCALARS.get(key)
    if fn is None:
        fn = _SCALARS[key] = compile_scalar(node)
    return fn


def _segments(field: str | None, value: str) -> tuple[Any, ...]:
    return (Segment(field, value, 0),)


def collect_calls(exprs: Iterable[ast.Expr]) -> dict[str, TextCall]:
    """Distinct text calls of several conditions, in first-appearance order."""
    out: dict[str, TextCall] = {}
    for e in exprs:
        for node in ast.walk(e):
            if (
                isinstance(node, ast.Call)
                and node.name in TEXT_FUNCTIONS
                and node.name != "without"
            ):
                k = call_key(node)
                if k not in out:
                    args = tuple(a.value for a in node.args[1:] if isinstance(a, ast.Literal))
                    src = node.args[0]
                    out[k] = TextCall(len(out), k, node.name, src, call_key(src), args)
    return out


def positive_calls(expr: ast.Expr) -> list[str]:
    """Keys of text calls whose truth supports a hit (not under NOT / negated operators).

    Their evidence is what a hit shows; calls under NOT (``NOT allowed_claim(…)``) only
    suppress hits and contribute no evidence.
    """
    out: list[str] = []

    def go(node: ast.Expr, positive: bool) -> None:
        if isinstance(node, ast.Call) and node.name in TEXT_FUNCTIONS and node.name != "without":
            if positive:
                k = call_key(node)
                if k not in out:
                    out.append(k)
            return
        if isinstance(node, ast.IsNull):
            return  # presence tests say nothing about matched wording
        flip = isinstance(node, ast.Not) or (
            isinstance(node, ast.In | ast.Between | ast.Like) and node.negated
        )
        for c in ast.children(node):
            go(c, (not positive) if flip else positive)

    go(expr, True)
    return out
