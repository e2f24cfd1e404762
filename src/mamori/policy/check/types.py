"""Type inference for conditions: resolves fields and functions, returns a typed tree.

Rules follow DuckDB so batch and realtime agree: INT and FLOAT mix (→ FLOAT), ``/`` is
float division, ``//`` and ``%`` truncate; strings compare with strings only; a
TIMESTAMP/DATE field compares with a string literal, which is parsed here once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from mamori.entities import FEATURE_PREFIX, RELATED, SCHEMAS, FieldType
from mamori.errors import Diagnostic
from mamori.policy import ast
from mamori.policy.ast import Type
from mamori.policy.check.context import CheckContext
from mamori.policy.functions import FUNCTIONS, TEXT_FUNCTIONS, TEXT_SOURCE_FUNCTIONS, Param
from mamori.policy.raw import did_you_mean

FIELD_TYPES: dict[FieldType, Type] = {
    FieldType.STRING: Type.STRING,
    FieldType.INT: Type.INT,
    FieldType.FLOAT: Type.FLOAT,
    FieldType.BOOL: Type.BOOL,
    FieldType.TIMESTAMP: Type.TIMESTAMP,
    FieldType.DATE: Type.DATE,
}


def field_type(kind: str, path: tuple[str, ...]) -> Type | None:
    """The type of a (possibly dotted) field of ``kind``, or None if unknown."""
    if len(path) == 1:
        f = SCHEMAS[kind].field(path[0])
    elif len(path) == 2 and path[0] in RELATED.get(kind, {}):
        f = RELATED[kind][path[0]].field(path[1])
    else:
        return None
    return FIELD_TYPES[f.type] if f is not None else None


def _comparable(a: Type, b: Type) -> bool:
    if Type.NULL in (a, b):
        return True
    if a.numeric and b.numeric:
        return True
    return a == b and a != Type.STRING_LIST


def _unify(types: list[Type]) -> Type | None:
    real = [t for t in types if t != Type.NULL]
    if not real:
        return Type.NULL
    if all(t.numeric for t in real):
        return Type.FLOAT if Type.FLOAT in real else Type.INT
    return real[0] if all(t == real[0] for t in real) else None


@dataclass(slots=True)
class _Checker:
    kind: str
    ctx: CheckContext
    diags: list[Diagnostic] = field(default_factory=list)

    def err(self, code: str, msg: str, node: ast.Expr, hint: str | None = None) -> None:
        self.diags.append(Diagnostic(code, msg, node.span, hint))

    def coerce_temporal(self, lit: ast.Expr, target: Type) -> ast.Expr:
        """A string literal compared with a TIMESTAMP/DATE field becomes a typed literal."""
        if not (
            isinstance(lit, ast.Literal)
            and lit.type == Type.STRING
            and target in (Type.TIMESTAMP, Type.DATE)
        ):
            return lit
        text = str(lit.value)
        try:
            if target == Type.DATE:
                value = dt.date.fromisoformat(text).isoformat()
            else:
                value = dt.datetime.fromisoformat(text).replace(tzinfo=None).isoformat(sep=" ")
        except ValueError:
            self.err(
                "E103",
                f"{text!r} is not a valid {target.value} literal",
                lit,
                "use ISO 8601, e.g. '2026-01-31' or '2026-01-31 12:00:00'",
            )
            return lit
        return ast.Literal(value, target, span=lit.span)

    def pair(
        self, left: ast.Expr, right: ast.Expr, node: ast.Expr, what: str
    ) -> tuple[ast.Expr, ast.Expr]:
        left, right = self.infer(left), self.infer(right)
        left = self.coerce_temporal(left, right.type)
        right = self.coerce_temporal(right, left.type)
        if Type.UNKNOWN not in (left.type, right.type) and not _comparable(left.type, right.type):
            self.err(
                "E103",
                f"cannot {what} {left.type.value} with {right.type.value}",
                node,
                "compare values of the same type (numbers with numbers, strings with strings)",
            )
        return left, right

    def boolean(self, node: ast.Expr, where: str) -> ast.Expr:
        typed = self.infer(node)
        if typed.type not in (Type.BOOL, Type.NULL, Type.UNKNOWN):
            self.err(
                "E104",
                f"{where} must be a boolean, got {typed.type.value}",
                node,
                "compare it, e.g. `x > 0` or `x IS NOT NULL`",
            )
        return typed

    def infer(self, node: ast.Expr) -> ast.Expr:
        if isinstance(node, ast.Literal):
            return node
        if isinstance(node, ast.FieldRef):
            t = field_type(self.kind, node.path)
            if t is None:
                self.unknown_field(node)
                return replace(node, type=Type.UNKNOWN)
            return replace(node, type=t)
        if isinstance(node, ast.Not):
            return replace(node, operand=self.boolean(node.operand, "the operand of NOT"))
        if isinstance(node, ast.BoolOp):
            op = node.op.upper()
            return replace(
                node,
                left=self.boolean(node.left, f"the left side of {op}"),
                right=self.boolean(node.right, f"the right side of {op}"),
            )
        if isinstance(node, ast.Compare):
            left, right = self.pair(node.left, node.right, node, f"compare ({node.op})")
            return replace(node, left=left, right=right)
        if isinstance(node, ast.Arith):
            left, right = self.infer(node.left), self.infer(node.right)
            if node.op == "||":
                for side in (left, right):
                    if side.type not in (Type.STRING, Type.NULL, Type.UNKNOWN):
                        self.err(
                            "E103",
                            f"|| needs strings, got {side.type.value}",
                            side,
                            "use concat_ws for mixed values",
                        )
                return replace(node, left=left, right=right, type=Type.STRING)
            for side in (left, right):
                if not (side.type.numeric or side.type in (Type.NULL, Type.UNKNOWN)):
                    self.err(
                        "E103", f"arithmetic ({node.op}) needs numbers, got {side.type.value}", side
                    )
            if node.op == "/" or Type.FLOAT in (left.type, right.type):
                t = Type.FLOAT
            else:
                t = Type.INT
            return replace(node, left=left, right=right, type=t)
        if isinstance(node, ast.Neg):
            operand = self.infer(node.operand)
            if not (operand.type.numeric or operand.type in (Type.NULL, Type.UNKNOWN)):
                self.err("E103", f"unary minus needs a number, got {operand.type.value}", node)
            t = operand.type if operand.type.numeric else Type.INT
            return replace(node, operand=operand, type=t)
        if isinstance(node, ast.In):
            operand = self.infer(node.operand)
            items = []
            for item in node.items:
                typed = self.coerce_temporal(self.infer(item), operand.type)
                if Type.UNKNOWN not in (operand.type, typed.type) and not _comparable(
                    operand.type, typed.type
                ):
                    self.err(
                        "E103",
                        f"IN list item of type {typed.type.value} cannot match {operand.type.value}",
                        item,
                    )
                items.append(typed)
            return replace(node, operand=operand, items=tuple(items))
        if isinstance(node, ast.Between):
            operand, low = self.pair(node.operand, node.low, node, "compare (BETWEEN)")
            operand, high = self.pair(operand, node.high, node, "compare (BETWEEN)")
            return replace(node, operand=operand, low=low, high=high)
        if isinstance(node, ast.IsNull):
            return replace(node, operand=self.infer(node.operand))
        if isinstance(node, ast.Like):
            operand = self.infer(node.operand)
            if operand.type not in (Type.STRING, Type.NULL, Type.UNKNOWN):
                self.err("E103", f"LIKE needs a string, got {operand.type.value}", node.operand)
            if not (isinstance(node.pattern, ast.Literal) and node.pattern.type == Type.STRING):
                self.err(
                    "E110",
                    "the LIKE pattern must be a string literal",
                    node.pattern,
                    "e.g. title LIKE '%限定%'",
                )
            return replace(node, operand=operand)
        if isinstance(node, ast.Case):
            whens = tuple(
                (self.boolean(c, "a WHEN condition"), self.infer(v)) for c, v in node.whens
            )
            default = self.infer(node.default) if node.default is not None else None
            types = [v.type for _, v in whens] + ([default.type] if default is not None else [])
            if Type.UNKNOWN in types:
                return replace(node, whens=whens, default=default, type=Type.UNKNOWN)
            t = _unify(types)
            if t is None:
                self.err(
                    "E103",
                    "CASE branches have incompatible types: " + ", ".join(x.value for x in types),
                    node,
                )
                t = Type.UNKNOWN
            return replace(node, whens=whens, default=default, type=t)
        return self.call(node)

    def unknown_field(self, node: ast.FieldRef) -> None:
        related = RELATED.get(self.kind, {})
        if len(node.path) == 1:
            names = list(SCHEMAS[self.kind].names) + [
                f"{p}.{f}" for p, s in related.items() for f in s.names
            ]
            self.err(
                "E101",
                f"unknown field {node.name!r} of {self.kind}",
                node,
                did_you_mean(node.name, names)
                or f"fields of {self.kind}: {', '.join(SCHEMAS[self.kind].names)}",
            )
        elif len(node.path) == 2 and node.path[0] in related:
            schema = related[node.path[0]]
            what = (
                f"risk feature {node.path[1]!r} (feature() reads {FEATURE_PREFIX}.*)"
                if node.path[0] == FEATURE_PREFIX
                else f"field {node.path[1]!r} of {node.path[0]} ({schema.kind})"
            )
            self.err(
                "E101",
                f"unknown {what}",
                node,
                did_you_mean(node.path[1], schema.names) or f"fields: {', '.join(schema.names)}",
            )
        else:
            self.err(
                "E102",
                f"unknown related record {node.path[0]!r} of {self.kind}",
                node,
                did_you_mean(node.path[0], related)
                or (
                    f"a {self.kind} may read: {', '.join(p + '.*' for p in related)}"
                    if related
                    else f"a {self.kind} has no related records"
                ),
            )

    def call(self, node: ast.Call) -> ast.Expr:
        sig = FUNCTIONS[node.name]
        n = len(node.args)
        minimum = sig.min_args if sig.min_args is not None else len(sig.params)
        if (sig.variadic and n < minimum) or (not sig.variadic and n != len(sig.params)):
            self.err(
                "E023",
                f"{node.name}() takes {sig.arity} argument(s), got {n}",
                node,
                f"e.g. {sig.example}",
            )
            return replace(node, type=sig.returns if sig.returns != Type.UNKNOWN else Type.UNKNOWN)
        if node.name == "without":
            self.err(
                "E109",
                "without() is only valid as the text of another text function",
                node,
                "e.g. lexicon_hit(without(description, 'jp.cosmetic_56'), 'jp.cure_verbs')",
            )
        args: list[ast.Expr] = []
        for i, arg in enumerate(node.args):
            param = sig.params[min(i, len(sig.params) - 1)]
            args.append(self.argument(node, param, arg))
        t = sig.returns
        if node.name == "coalesce":
            types = [a.type for a in args]
            u = Type.UNKNOWN if Type.UNKNOWN in types else _unify(types)
            if u is None:
                self.err(
                    "E103",
                    "coalesce() arguments have incompatible types: "
                    + ", ".join(x.value for x in types),
                    node,
                )
                u = Type.UNKNOWN
            t = u
        return replace(node, args=tuple(args), type=t)

    def argument(self, call: ast.Call, param: Param, arg: ast.Expr) -> ast.Expr:
        fname = call.name
        if param == Param.TEXT:
            return self.text_source(arg, fname)
        if param in (Param.LEXICON, Param.LIST):
            if not (isinstance(arg, ast.Literal) and arg.type == Type.STRING):
                self.err(
                    "E107",
                    f"the {param.value} name of {fname}() must be a string literal",
                    arg,
                    f"e.g. {FUNCTIONS[fname].example}",
                )
                return self.infer(arg)
            name = str(arg.value)
            known = self.ctx.lexicons if param == Param.LEXICON else self.ctx.lists
            if name not in known:
                code = "E105" if param == Param.LEXICON else "E106"
                where = "lexicons/" if param == Param.LEXICON else "lists/"
                self.err(
                    code,
                    f"unknown {param.value} {name!r} in {self.ctx.pack_label}",
                    arg,
                    did_you_mean(name, known) or f"add {where}{name}.txt to the pack",
                )
            return arg
        if param == Param.INT_LITERAL:
            if not (
                isinstance(arg, ast.Literal)
                and arg.type == Type.INT
                and isinstance(arg.value, int)
                and arg.value >= 0
            ):
                self.err(
                    "E107",
                    f"the window of {fname}() must be a non-negative integer literal",
                    arg,
                    "e.g. 12",
                )
            return arg
        if param == Param.PATTERN:
            if not (isinstance(arg, ast.Literal) and arg.type == Type.STRING):
                self.err("E107", f"the pattern of {fname}() must be a string literal", arg)
                return arg
            problem = regex_problem(str(arg.value))
            if problem:
                self.err(
                    "E108",
                    f"invalid RE2 pattern: {problem}",
                    arg,
                    "RE2 syntax: no backreferences or look-around",
                )
            return arg
        typed = self.infer(arg)
        if param == Param.STRING and typed.type not in (Type.STRING, Type.NULL, Type.UNKNOWN):
            self.err("E103", f"{fname}() needs a string, got {typed.type.value}", arg)
        if param == Param.STRING_LIST and typed.type not in (
            Type.STRING_LIST,
            Type.NULL,
            Type.UNKNOWN,
        ):
            self.err(
                "E103",
                f"{fname}() needs a list (e.g. lexicon_terms(…)), got {typed.type.value}",
                arg,
            )
        return typed

    def text_source(self, arg: ast.Expr, fname: str) -> ast.Expr:
        """A text source: string fields/literals combined by concat, concat_ws, coalesce, without."""
        if isinstance(arg, ast.FieldRef | ast.Literal):
            typed = self.infer(arg)
            if typed.type not in (Type.STRING, Type.NULL, Type.UNKNOWN):
                self.err("E103", f"{fname}() reads text, got {typed.type.value}", arg)
            return typed
        if isinstance(arg, ast.Call) and arg.name in TEXT_SOURCE_FUNCTIONS:
            sig = FUNCTIONS[arg.name]
            n = len(arg.args)
            minimum = sig.min_args if sig.min_args is not None else len(sig.params)
            if (sig.variadic and n < minimum) or (not sig.variadic and n != len(sig.params)):
                self.err(
                    "E023",
                    f"{arg.name}() takes {sig.arity} argument(s), got {n}",
                    arg,
                    f"e.g. {sig.example}",
                )
                return replace(arg, type=Type.STRING)
            if arg.name == "without":
                src = self.text_source(arg.args[0], fname)
                lex = self.argument(arg, Param.LEXICON, arg.args[1])
                return replace(arg, args=(src, lex), type=Type.STRING)
            if arg.name == "concat_ws" and not (
                isinstance(arg.args[0], ast.Literal) and arg.args[0].type == Type.STRING
            ):
                self.err(
                    "E109",
                    "the separator of concat_ws() in a text argument must be a string literal",
                    arg.args[0],
                )
            return replace(
                arg, args=tuple(self.text_source(a, fname) for a in arg.args), type=Type.STRING
            )
        if isinstance(arg, ast.Case):
            whens = []
            for cond, val in arg.whens:
                typed_cond = self.boolean(cond, "a WHEN condition")
                if any(
                    isinstance(x, ast.Call) and x.name in TEXT_FUNCTIONS
                    for x in ast.walk(typed_cond)
                ):
                    self.err(
                        "E109",
                        "a CASE choosing a text may not test text functions in its WHEN",
                        cond,
                        "test fields only, e.g. CASE WHEN approval = 'fnc' THEN … END",
                    )
                whens.append((typed_cond, self.text_source(val, fname)))
            default = self.text_source(arg.default, fname) if arg.default is not None else None
            return replace(arg, whens=tuple(whens), default=default, type=Type.STRING)
        self.err(
            "E109",
            f"the text of {fname}() must be a field, or concat_ws/concat/coalesce/without/CASE of fields",
            arg,
            "so evidence can point into the original field, e.g. concat_ws(' ', title, description)",
        )
        return self.infer(arg)


def regex_problem(pattern: str) -> str | None:
    """None if ``pattern`` compiles as RE2, else the reason."""
    try:
        import re2
    except ImportError:  # pragma: no cover - google-re2 is a dependency
        import re

        try:
            re.compile(pattern)
        except re.error as e:
            return str(e)
        return None
    opts = re2.Options()
    opts.log_errors = False  # the problem is reported as a diagnostic, not on stderr
    try:
        re2.compile(pattern, opts)
    except Exception as e:
        arg = e.args[0] if e.args else ""
        text = arg.decode("utf-8", "replace") if isinstance(arg, bytes) else str(arg)
        return text or "does not compile"
    return None


def infer(tree: ast.Expr, kind: str, ctx: CheckContext) -> tuple[ast.Expr, list[Diagnostic]]:
    """Type ``tree`` as a condition on ``kind``; the root must be boolean."""
    checker = _Checker(kind, ctx)
    typed = checker.boolean(tree, "the condition")
    return typed, checker.diags
