"""mamori's tree → sqlglot, shared by every SQL engine, with per-engine tables.

Text function calls are not SQL: the text pass computes each as a column (``__t<k>``),
and the compiled SQL references that column. Everything else compiles to portable SQL
whose semantics are DuckDB's; where an engine's native operator differs, its
:class:`SqlDialect` table says how to spell the DuckDB meaning (e.g. Spark's ``div``),
and an unsupported feature raises :class:`~mamori.errors.UnsupportedError`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlglot import exp

from mamori.errors import UnsupportedError
from mamori.evaluate.codegen import call_key
from mamori.evaluate.textcalls import TextCall
from mamori.policy import ast
from mamori.policy.ast import Type
from mamori.policy.functions import TEXT_FUNCTIONS


@dataclass(frozen=True, slots=True)
class SqlDialect:
    """Per-engine spelling. ``functions`` maps mamori built-ins to engine functions."""

    name: str  # sqlglot dialect
    functions: Mapping[str, str] = field(default_factory=dict)
    int_div: str = "//"  # "//" operator, or a function name such as "div"
    unsupported: frozenset[str] = frozenset()
    list_concat: str = "list_concat"  # concatenation of two evidence lists
    empty_evidence: str = (  # a typed empty evidence list
        'CAST([] AS STRUCT("field" VARCHAR, "text" VARCHAR, "start" BIGINT, "end" BIGINT)[])'
    )


DUCKDB = SqlDialect(
    "duckdb",
    {
        "coalesce": "coalesce",
        "concat": "concat",
        "concat_ws": "concat_ws",
        "lower": "lower",
        "length": "length",
        "cardinality": "len",
    },
)
SPARK = SqlDialect(
    "spark",
    {
        "coalesce": "coalesce",
        "concat": "concat_ws_empty",
        "concat_ws": "concat_ws",
        "lower": "lower",
        "length": "char_length",
        "cardinality": "size",
    },
    int_div="div",
    list_concat="concat",
    empty_evidence="CAST(array() AS ARRAY<STRUCT<field: STRING, text: STRING, start: BIGINT, end: BIGINT>>)",
)


def column_name(path: tuple[str, ...]) -> str:
    """Related fields are flattened by the joins: ``seller.status`` → ``seller__status``."""
    return "__".join(path)


def text_column(call: TextCall) -> str:
    return f"__t{call.index}"


def evidence_column(call: TextCall) -> str:
    return f"__e{call.index}"


def evidence_sql(calls: list[TextCall], dialect: SqlDialect) -> str:
    """The evidence of a hit: its positive calls' evidence columns, concatenated in order."""
    if not calls:
        return dialect.empty_evidence
    quote = "`" if dialect.name == "spark" else '"'
    out = f"{quote}{evidence_column(calls[0])}{quote}"
    for c in calls[1:]:
        out = f"{dialect.list_concat}({out}, {quote}{evidence_column(c)}{quote})"
    return out


_CMP: dict[str, type[exp.Expression]] = {
    "=": exp.EQ,
    "!=": exp.NEQ,
    "<": exp.LT,
    "<=": exp.LTE,
    ">": exp.GT,
    ">=": exp.GTE,
}
_ARITH: dict[str, type[exp.Expression]] = {"+": exp.Add, "-": exp.Sub, "*": exp.Mul}


class SqlCompiler:
    """Compiles typed condition trees of one pack to sqlglot expressions."""

    def __init__(self, calls: Mapping[str, TextCall], dialect: SqlDialect = DUCKDB) -> None:
        self.calls = calls
        self.dialect = dialect

    def sql(self, node: ast.Expr) -> str:
        return self.compile(node).sql(dialect=self.dialect.name)

    def _func(self, name: str, args: list[exp.Expression]) -> exp.Expression:
        if name in self.dialect.unsupported or name not in self.dialect.functions:
            raise UnsupportedError(f"{self.dialect.name}: function {name}() is not supported")
        target = self.dialect.functions[name]
        if target == "concat_ws_empty":  # concat that skips NULLs, spelled concat_ws('', …)
            return exp.Anonymous(this="concat_ws", expressions=[exp.Literal.string(""), *args])
        return exp.Anonymous(this=target, expressions=args)

    def _length_bound(self, n: ast.Compare) -> exp.Expression | None:
        """``length(s) < k`` (and <=, >, >=) decided from the byte length where it can be.

        DuckDB's ``length`` counts code points, which means reading the whole string,
        while ``strlen`` (bytes) is stored with it; as UTF-8 takes 1–4 bytes a character,
        ``strlen < k`` already means ``length < k`` and ``strlen >= 4k`` means it is not.
        A 300-character description settles ``length(description) < 20`` without being
        read (measured: 3 such conditions were ~40 % of the 50-condition hit query).
        Same value on every row, NULL included (strlen of NULL is NULL: the ELSE branch).
        """
        if self.dialect is not DUCKDB or n.op not in ("<", "<=", ">", ">="):
            return None
        op, call, lit = n.op, n.left, n.right
        if isinstance(n.left, ast.Literal):  # k > length(s) is length(s) < k
            flip = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}
            op, call, lit = flip[op], n.right, n.left
        if not (
            isinstance(call, ast.Call)
            and call.name == "length"
            and isinstance(lit, ast.Literal)
            and type(lit.value) is int
            and 0 <= lit.value < 1 << 40
        ):
            return None
        # length < k, with k = the literal (+1 for <=, >): > and >= are its negation
        k = lit.value + (1 if op in ("<=", ">") else 0)
        arg = self.compile(call.args[0])
        nbytes = exp.Anonymous(this="strlen", expressions=[arg])
        less = exp.Case(
            ifs=[
                exp.If(this=exp.LT(this=nbytes, expression=exp.Literal.number(k)), true=exp.true()),
                exp.If(
                    this=exp.GTE(this=nbytes.copy(), expression=exp.Literal.number(4 * k)),
                    true=exp.false(),
                ),
            ],
            default=exp.LT(
                this=self._func("length", [arg.copy()]), expression=exp.Literal.number(k)
            ),
        )
        if op in ("<", "<="):
            return exp.Paren(this=less)
        return exp.Not(this=exp.Paren(this=less))

    def compile(self, n: ast.Expr) -> exp.Expression:
        if isinstance(n, ast.Literal):
            if n.value is None:
                return exp.Null()
            if isinstance(n.value, bool):
                return exp.Boolean(this=n.value)
            if n.type == Type.TIMESTAMP:
                return exp.cast(exp.Literal.string(str(n.value)), "TIMESTAMP")
            if n.type == Type.DATE:
                return exp.cast(exp.Literal.string(str(n.value)), "DATE")
            if isinstance(n.value, float):  # DOUBLE, not DECIMAL: the realtime engine uses floats
                return exp.cast(exp.Literal.number(repr(n.value)), "DOUBLE")
            if isinstance(n.value, int):
                lit = exp.Literal.number(abs(n.value))
                return exp.Neg(this=lit) if n.value < 0 else lit
            return exp.Literal.string(str(n.value))
        if isinstance(n, ast.FieldRef):
            return exp.column(column_name(n.path), quoted=True)
        if isinstance(n, ast.Not):
            return exp.Not(this=exp.Paren(this=self.compile(n.operand)))
        if isinstance(n, ast.BoolOp):
            cls = exp.And if n.op == "and" else exp.Or
            return cls(
                this=exp.Paren(this=self.compile(n.left)),
                expression=exp.Paren(this=self.compile(n.right)),
            )
        if isinstance(n, ast.Compare):
            bounded = self._length_bound(n)
            if bounded is not None:
                return bounded
            return exp.Paren(
                this=_CMP[n.op](this=self.compile(n.left), expression=self.compile(n.right))
            )
        if isinstance(n, ast.Arith):
            left, right = self.compile(n.left), self.compile(n.right)
            if n.op in _ARITH:
                return exp.Paren(this=_ARITH[n.op](this=left, expression=right))
            if n.op == "||":
                return exp.Paren(this=exp.DPipe(this=left, expression=right, safe=False))
            # Division by zero is NULL on every engine (DuckDB would give inf or raise).
            guarded = exp.Nullif(this=right, expression=exp.Literal.number(0))
            if n.op == "/":
                return exp.Paren(this=exp.Div(this=left, expression=guarded))
            if n.op == "%":
                return exp.Paren(this=exp.Mod(this=left, expression=guarded))
            if self.dialect.int_div == "//":
                return exp.Paren(this=exp.IntDiv(this=left, expression=guarded))
            return exp.Anonymous(this=self.dialect.int_div, expressions=[left, guarded])
        if isinstance(n, ast.Neg):
            return exp.Neg(this=exp.Paren(this=self.compile(n.operand)))
        if isinstance(n, ast.In):
            e: exp.Expression = exp.In(
                this=self.compile(n.operand), expressions=[self.compile(i) for i in n.items]
            )
            return exp.Not(this=exp.Paren(this=e)) if n.negated else exp.Paren(this=e)
        if isinstance(n, ast.Between):
            e = exp.Between(
                this=self.compile(n.operand), low=self.compile(n.low), high=self.compile(n.high)
            )
            return exp.Not(this=exp.Paren(this=e)) if n.negated else exp.Paren(this=e)
        if isinstance(n, ast.IsNull):
            e = exp.Is(this=self.compile(n.operand), expression=exp.Null())
            return exp.Not(this=exp.Paren(this=e)) if n.negated else exp.Paren(this=e)
        if isinstance(n, ast.Like):
            cls2 = exp.ILike if n.case_insensitive else exp.Like
            e = cls2(this=self.compile(n.operand), expression=self.compile(n.pattern))
            return exp.Not(this=exp.Paren(this=e)) if n.negated else exp.Paren(this=e)
        if isinstance(n, ast.Case):
            ifs = [exp.If(this=self.compile(c), true=self.compile(v)) for c, v in n.whens]
            default = self.compile(n.default) if n.default is not None else None
            return exp.Case(ifs=ifs, default=default)
        assert isinstance(n, ast.Call)
        if n.name in TEXT_FUNCTIONS:
            return exp.column(text_column(self.calls[call_key(n)]), quoted=True)
        args = [self.compile(a) for a in n.args]
        if n.name == "coalesce":
            return exp.Coalesce(this=args[0], expressions=args[1:])
        return self._func(n.name, args)
