"""Typed condition tree → Python source with DuckDB's three-valued semantics.

Each node becomes one Python *expression* evaluating to True/False/None (SQL NULL);
walrus temporaries keep every operand evaluated once and AND/OR short-circuit exactly
where SQL's truth tables allow it. Used by the realtime engine (one function per entity
kind) and for the few scalar conditions inside text sources (``CASE WHEN approval …``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any

from mamori.evaluate import sqlsem
from mamori.policy import ast
from mamori.policy.ast import Type
from mamori.policy.functions import TEXT_FUNCTIONS
from mamori.policy.serde import canonical_json, expr_to_json


def call_key(node: ast.Expr) -> str:
    """Identity of a text call or source: its canonical JSON (spans excluded)."""
    return canonical_json(expr_to_json(node))


# Python literals the generator emits for non-NULL SQL literals (and named constants).
_CONSTANT = re.compile(
    r"-?\d+(\.\d+)?(e[-+]?\d+)?|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|True|False|_K\d+"
)


class _Unset:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<unset>"


UNSET = _Unset()

HELPERS: dict[str, Any] = {
    "_idiv": sqlsem.idiv,
    "_mod": sqlsem.mod,
    "_lower": sqlsem.lower,
    "_concat": sqlsem.concat,
    "_concat_ws": sqlsem.concat_ws,
    "_in": sqlsem.in_,
    "_between": sqlsem.between,
}

_PY_OPS = {"=": "==", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}


class PythonCodegen:
    """Typed tree → one Python expression evaluating to True/False/None (NULL)."""

    def __init__(self, calls: Mapping[str, Any], getter: bool = False) -> None:
        self.calls = calls
        self.getter = getter  # fields read through ``_g(path)`` instead of locals
        self.fields: dict[tuple[str, ...], str] = {}
        self.consts: dict[str, Any] = {}
        self._tmp = 0

    def tmp(self) -> str:
        self._tmp += 1
        return f"_a{self._tmp}"

    def const(self, value: Any) -> str:
        name = f"_K{len(self.consts)}"
        self.consts[name] = value
        return name

    def field(self, path: tuple[str, ...]) -> str:
        if self.getter:
            return f"_g({path!r})"
        if path not in self.fields:
            self.fields[path] = f"f_{len(self.fields)}_" + "_".join(
                re.sub(r"\W", "_", p) for p in path
            )
        return self.fields[path]

    def null_guard(self, parts: list[str], body: Callable[[list[str]], str]) -> str:
        """``None`` if any part is NULL, else ``body`` over the parts (each evaluated once).

        Constant parts (literals) are used as they are: they are never NULL.
        """
        names: list[str] = []
        guards: list[str] = []
        for p in parts:
            if _CONSTANT.fullmatch(p):
                names.append(p)
            else:
                n = self.tmp()
                names.append(n)
                guards.append(f"({n} := {p}) is None")
        if not guards:
            return f"({body(names)})"
        return f"(None if {' or '.join(guards)} else {body(names)})"

    def branch(self, n: ast.Expr, result: Type) -> str:
        """A CASE/COALESCE branch: SQL unifies INT and FLOAT branches to DOUBLE."""
        code = self.gen(n)
        if result == Type.FLOAT and n.type == Type.INT:
            return self.null_guard([code], lambda x: f"float({x[0]})")
        return code

    def gen(self, n: ast.Expr) -> str:
        if isinstance(n, ast.Literal):
            if n.type == Type.TIMESTAMP:
                return self.const(dt.datetime.fromisoformat(str(n.value)))
            if n.type == Type.DATE:
                return self.const(dt.date.fromisoformat(str(n.value)))
            return repr(n.value)
        if isinstance(n, ast.FieldRef):
            return self.field(n.path)
        if isinstance(n, ast.Not):
            a = self.tmp()
            return f"(None if ({a} := {self.gen(n.operand)}) is None else not {a})"
        if isinstance(n, ast.BoolOp):
            a, b = self.tmp(), self.tmp()
            left, right = self.gen(n.left), self.gen(n.right)
            if n.op == "and":
                return (
                    f"(False if ({a} := {left}) is False else (False if ({b} := {right}) is False"
                    f" else (None if {a} is None or {b} is None else True)))"
                )
            return (
                f"(True if ({a} := {left}) is True else (True if ({b} := {right}) is True"
                f" else (None if {a} is None or {b} is None else False)))"
            )
        if isinstance(n, ast.Compare):
            op = _PY_OPS[n.op]
            return self.null_guard(
                [self.gen(n.left), self.gen(n.right)], lambda x: f"{x[0]} {op} {x[1]}"
            )
        if isinstance(n, ast.Arith):
            left, right = self.gen(n.left), self.gen(n.right)
            if n.op == "/":
                return self.null_guard(
                    [left, right], lambda x: f"(None if {x[1]} == 0 else {x[0]} / {x[1]})"
                )
            if n.op == "//":
                return f"_idiv({left}, {right})"
            if n.op == "%":
                return f"_mod({left}, {right})"
            op = "+" if n.op == "||" else n.op
            return self.null_guard([left, right], lambda x: f"{x[0]} {op} {x[1]}")
        if isinstance(n, ast.Neg):
            return self.null_guard([self.gen(n.operand)], lambda x: f"-{x[0]}")
        if isinstance(n, ast.In):
            operand = self.gen(n.operand)
            if all(
                isinstance(i, ast.Literal)
                and i.value is not None
                and i.type not in (Type.TIMESTAMP, Type.DATE)
                for i in n.items
            ):
                values = frozenset(i.value for i in n.items if isinstance(i, ast.Literal))
                k = self.const(values)
                test = f"not in {k}" if n.negated else f"in {k}"
                return self.null_guard([operand], lambda x: f"{x[0]} {test}")
            items = "(" + "".join(self.gen(i) + ", " for i in n.items) + ")"
            expr = f"_in({operand}, {items})"
            if n.negated:
                a = self.tmp()
                return f"(None if ({a} := {expr}) is None else not {a})"
            return expr
        if isinstance(n, ast.Between):
            expr = f"_between({self.gen(n.operand)}, {self.gen(n.low)}, {self.gen(n.high)})"
            if n.negated:
                a = self.tmp()
                return f"(None if ({a} := {expr}) is None else not {a})"
            return expr
        if isinstance(n, ast.IsNull):
            return f"({self.gen(n.operand)} is {'not ' if n.negated else ''}None)"
        if isinstance(n, ast.Like):
            assert isinstance(n.pattern, ast.Literal)
            rx = self.const(sqlsem.like_regex(str(n.pattern.value), n.case_insensitive))
            test = "is None" if n.negated else "is not None"
            return self.null_guard(
                [self.gen(n.operand)], lambda x: f"{rx}.fullmatch({x[0]}) {test}"
            )
        if isinstance(n, ast.Case):
            out = self.branch(n.default, n.type) if n.default is not None else "None"
            for cond, val in reversed(n.whens):
                out = f"({self.branch(val, n.type)} if ({self.gen(cond)}) is True else {out})"
            return out
        assert isinstance(n, ast.Call)
        if n.name in TEXT_FUNCTIONS:
            k = self.calls[call_key(n)].index
            return f"(_v[{k}] if _v[{k}] is not _U else _T[{k}](_row, _rel, _st, _v, _ev))"
        args = [self.gen(a) for a in n.args]
        if n.name == "coalesce":
            args = [self.branch(a, n.type) for a in n.args]
            out = args[-1]
            for a in reversed(args[:-1]):
                t = self.tmp()
                out = f"({t} if ({t} := {a}) is not None else {out})"
            return out
        if n.name == "concat":
            return f"_concat({', '.join(args)})"
        if n.name == "concat_ws":
            return f"_concat_ws({', '.join(args)})"
        if n.name == "lower":
            return self.null_guard(args, lambda x: f"_lower({x[0]})")
        if n.name in ("length", "cardinality"):
            return self.null_guard(args, lambda x: f"len({x[0]})")
        raise NotImplementedError(n.name)  # unreachable: the checker rejects unknown names


def compile_scalar(node: ast.Expr) -> Callable[[Callable[[tuple[str, ...]], Any]], Any]:
    """A function ``f(getter) -> value`` for a condition without text calls."""
    cg = PythonCodegen({}, getter=True)
    body = cg.gen(node)
    ns: dict[str, Any] = {**HELPERS, **cg.consts}
    exec(compile(f"def _f(_g):\n    return {body}\n", "<mamori scalar>", "exec"), ns)
    fn: Callable[[Callable[[tuple[str, ...]], Any]], Any] = ns["_f"]
    return fn
