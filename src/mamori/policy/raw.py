"""A policy as read from YAML, before checking: values plus the nodes that carry marks.

Validators in ``check/`` read this, never PyYAML directly, so each reports problems at the
exact ``file:line:col`` of the offending key or value.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import yaml

from mamori.errors import Diagnostic, Span


def node_span(file: str, node: yaml.Node) -> Span:
    """The 1-based position where ``node`` starts."""
    m = node.start_mark
    return Span(file, m.line + 1, m.column + 1)


def to_python(node: yaml.Node) -> Any:
    """Construct plain Python data from a composed node (safe types only)."""
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_document(node)
    finally:
        loader.dispose()


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """A ``did you mean …?`` hint when a close candidate exists.

    >>> did_you_mean("prise", ["price", "title"])
    "did you mean 'price'?"
    """
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}?" if close else None


@dataclass(frozen=True, slots=True)
class ScalarOrigin:
    """Maps offsets of a scalar's *value* back to file positions.

    Works for plain, quoted and block (``|``/``>``) scalars by aligning the value with the
    raw source between the node's marks: each value character is matched to the next
    equal source character, and whitespace in the value (folded line breaks) to the next
    run of source whitespace.
    """

    file: str
    positions: tuple[tuple[int, int], ...]  # per value char: (line, col), 1-based
    fallback: Span

    @classmethod
    def of(cls, file: str, source: str, node: yaml.ScalarNode) -> ScalarOrigin:
        value = str(node.value)
        start, end = node.start_mark.index, node.end_mark.index
        raw = source[start:end]
        base = start
        if node.style in ("|", ">"):
            nl = raw.find("\n")
            if nl >= 0:
                base += nl + 1
                raw = raw[nl + 1 :]
        elif node.style in ("'", '"'):
            base += 1
            raw = raw[1:]
        line_starts = _line_starts(source)
        out: list[tuple[int, int]] = []
        j = 0
        n = len(raw)
        for k, ch in enumerate(value):
            if ch.isspace():
                pos = j
                nxt = value[k + 1] if k + 1 < len(value) else ""
                if j < n and raw[j].isspace():
                    if nxt and not nxt.isspace():
                        while j < n and raw[j].isspace():
                            j += 1
                    else:
                        j += 1
                out.append(_line_col(line_starts, base + min(pos, max(n - 1, 0))))
                continue
            probe = raw.find(ch, j)
            if probe < 0:
                probe = min(j, max(n - 1, 0))
                out.append(_line_col(line_starts, base + probe))
                continue
            out.append(_line_col(line_starts, base + probe))
            j = probe + 1
        return cls(file, tuple(out), node_span(file, node))

    def span(self, offset: int) -> Span:
        if not self.positions:
            return self.fallback
        line, col = self.positions[max(0, min(offset, len(self.positions) - 1))]
        return Span(self.file, line, col)


def _line_starts(source: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(source):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def _line_col(starts: list[int], index: int) -> tuple[int, int]:
    import bisect

    line = bisect.bisect_right(starts, index) - 1
    return line + 1, index - starts[line] + 1


@dataclass(slots=True)
class RawPolicy:
    """One YAML mapping that should be a policy."""

    file: str
    source: str
    node: yaml.MappingNode
    keys: dict[str, yaml.Node] = field(default_factory=dict)
    key_nodes: dict[str, yaml.Node] = field(default_factory=dict)

    @classmethod
    def of(
        cls, file: str, source: str, node: yaml.MappingNode
    ) -> tuple[RawPolicy, list[Diagnostic]]:
        raw = cls(file, source, node)
        diags: list[Diagnostic] = []
        for k, v in node.value:
            if not isinstance(k, yaml.ScalarNode):
                diags.append(
                    Diagnostic("E005", "policy keys must be plain strings", node_span(file, k))
                )
                continue
            name = str(k.value)
            if name in raw.keys:
                diags.append(
                    Diagnostic(
                        "E007",
                        f"key {name!r} appears twice in this policy",
                        node_span(file, k),
                        "remove one of them / どちらかを削除してください",
                    )
                )
                continue
            raw.keys[name] = v
            raw.key_nodes[name] = k
        return raw, diags

    @property
    def span(self) -> Span:
        return node_span(self.file, self.node)

    def span_of(self, key: str) -> Span:
        node = self.keys.get(key)
        return node_span(self.file, node) if node is not None else self.span

    def value(self, key: str) -> Any:
        node = self.keys.get(key)
        return None if node is None else to_python(node)

    @property
    def id(self) -> str | None:
        v = self.keys.get("id")
        return str(v.value) if isinstance(v, yaml.ScalarNode) else None
