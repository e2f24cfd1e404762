"""mamori's own policy tree: frozen, slotted nodes with source spans.

sqlglot parses the SQL of a ``when`` condition; this module holds the small, closed set of
node kinds mamori accepts, so every pass (type checking, code generation, SQL compilation,
canonical JSON) handles exactly these and nothing else. Spans are excluded from equality
and from the canonical form: moving a policy within its file does not change its hash.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeAlias

from mamori.errors import Span

NOWHERE = Span("<unknown>", 0, 0)


class Type(StrEnum):
    """SQL value types a condition can produce (``NULL`` is the type of a bare NULL)."""

    STRING = "string"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    TIMESTAMP = "timestamp"
    DATE = "date"
    STRING_LIST = "list<string>"
    NULL = "null"
    UNKNOWN = "unknown"

    @property
    def numeric(self) -> bool:
        return self in (Type.INT, Type.FLOAT)


@dataclass(frozen=True, slots=True)
class Literal:
    value: str | int | float | bool | None
    type: Type = Type.UNKNOWN
    span: Span = field(default=NOWHERE, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class FieldRef:
    """A field of the entity (``price``) or of a related record (``seller.status``)."""

    path: tuple[str, ...]
    type: Type = Type.UNKNOWN
    span: Span = field(default=NOWHERE, compare=False, repr=False)

    @property
    def name(self) -> str:
        return ".".join(self.path)


@dataclass(frozen=True, slots=True)
class Not:
    operand: Expr
    type: Type = Type.BOOL
    span: Span = field(default=NOWHERE, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class BoolOp:
    """``AND`` / ``OR`` with SQL three-valued logic."""

    op: str  # "and" | "or"
    left: Expr
    right: Expr
    type: Type = Type.BOOL
    span: Span = field(default=NOWHERE, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Compare:
    op: str  # "=", "!=", "<", "<=", ">", ">="
    left: Expr
    right: Expr
    type: Type = Type.BOOL
    span: Span = field(default=NOWHERE, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Arith:
    op: str  # "+", "-", "*", "/", "//", "%", "||"
    left: Expr
    right: Expr
    type: Type = Type.UNKNOWN
    span: Span = field(default=NOWHERE, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Neg:
    operand: Expr
    type: Type = Type.UNKNOWN
    span: Span = field(default=NOWHERE, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class In:
    operand: Expr
    items: tuple[Expr, ...]
    negated: bool = False
    type: Type = Type.BOOL
    span: Span = field(default=NOWHERE, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Between:
    operand: Expr
    low: Expr
    high: Expr
    negated: bool = False
    type: Type = Type.BOOL
    span: Span = field(default=NOWHERE, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class IsNull:
    operand: Expr
    negated: bool = False
    type: Type = Type.BOOL
    span: Span = field(default=NOWHERE, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Like:
    """``LIKE`` / ``ILIKE``; the pattern is always a string literal (checked)."""

    operand: Expr
    pattern: Expr
    negated: bool = False
    case_insensitive: bool = False
    type: Type = Type.BOOL
    span: Span = field(default=NOWHERE, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Case:
    """Searched ``CASE WHEN c THEN v … ELSE d END`` (simple CASE is desugared to this)."""

    whens: tuple[tuple[Expr, Expr], ...]
    default: Expr | None
    type: Type = Type.UNKNOWN
    span: Span = field(default=NOWHERE, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Call:
    """A function call: SQL built-ins (``coalesce``, ``lower``…) or mamori's text functions."""

    name: str
    args: tuple[Expr, ...]
    type: Type = Type.UNKNOWN
    span: Span = field(default=NOWHERE, compare=False, repr=False)


Expr: TypeAlias = (
    Literal
    | FieldRef
    | Not
    | BoolOp
    | Compare
    | Arith
    | Neg
    | In
    | Between
    | IsNull
    | Like
    | Case
    | Call
)


def children(node: Expr) -> tuple[Expr, ...]:
    """The direct sub-expressions of ``node``, in source order."""
    if isinstance(node, Literal | FieldRef):
        return ()
    if isinstance(node, Not | Neg):
        return (node.operand,)
    if isinstance(node, BoolOp | Compare | Arith):
        return (node.left, node.right)
    if isinstance(node, In):
        return (node.operand, *node.items)
    if isinstance(node, Between):
        return (node.operand, node.low, node.high)
    if isinstance(node, IsNull):
        return (node.operand,)
    if isinstance(node, Like):
        return (node.operand, node.pattern)
    if isinstance(node, Case):
        out: list[Expr] = []
        for c, v in node.whens:
            out += [c, v]
        if node.default is not None:
            out.append(node.default)
        return tuple(out)
    return node.args


def walk(node: Expr) -> list[Expr]:
    """Every node of the tree, pre-order."""
    out = [node]
    for c in children(node):
        out.extend(walk(c))
    return out


@dataclass(frozen=True, slots=True)
class Text:
    ja: str
    en: str


@dataclass(frozen=True, slots=True)
class Examples:
    hit: tuple[dict[str, Any], ...] = ()
    miss: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class Policy:
    """One checked policy. ``hash`` is the sha256 of its canonical JSON (see serde)."""

    id: str
    version: int
    applies_to: str
    status: str
    family: str | None
    title: Text
    when: Expr
    when_sql: str
    severity: str
    action: str
    points: int
    legal_basis: tuple[str, ...]
    reason: Text
    examples: Examples
    source: Span = field(compare=False)
    hash: str = field(default="", compare=False)


__all__ = [
    "Arith",
    "Between",
    "BoolOp",
    "Call",
    "Case",
    "Compare",
    "Examples",
    "Expr",
    "FieldRef",
    "In",
    "IsNull",
    "Like",
    "Literal",
    "Neg",
    "Not",
    "Policy",
    "Text",
    "Type",
    "children",
    "walk",
]
