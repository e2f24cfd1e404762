"""Parsing: YAML policy files → :class:`RawPolicy`, SQL conditions → mamori's tree.

sqlglot does the SQL parsing; this module maps its (much larger) expression vocabulary
onto the closed set of :mod:`mamori.policy.ast` nodes, rejecting everything else with a
diagnostic at the exact file position inside the YAML scalar.
"""

from __future__ import annotations

from pathlib import Path

import sqlglot
import yaml
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from mamori.entities import FEATURE_PREFIX
from mamori.errors import Diagnostic, Span
from mamori.policy import ast
from mamori.policy.functions import FUNCTIONS
from mamori.policy.raw import RawPolicy, ScalarOrigin, did_you_mean, node_span, to_python

_COMPARE: dict[type[exp.Expression], str] = {
    exp.EQ: "=",
    exp.NEQ: "!=",
    exp.LT: "<",
    exp.LTE: "<=",
    exp.GT: ">",
    exp.GTE: ">=",
}
_ARITH: dict[type[exp.Expression], str] = {
    exp.Add: "+",
    exp.Sub: "-",
    exp.Mul: "*",
    exp.Div: "/",
    exp.IntDiv: "//",
    exp.Mod: "%",
    exp.DPipe: "||",
}
# sqlglot parses some built-ins into dedicated classes; map them back to mamori names.
_NAMED_FUNCS: dict[type[exp.Expression], str] = {
    exp.Coalesce: "coalesce",
    exp.Concat: "concat",
    exp.ConcatWs: "concat_ws",
    exp.Lower: "lower",
    exp.Length: "length",
    exp.ArraySize: "cardinality",
}
_UNSUPPORTED_HINTS: dict[str, str] = {
    "Select": "subqueries are not allowed; use fields of the entity or a related record",
    "Subquery": "subqueries are not allowed; use fields of the entity or a related record",
    "Exists": "subqueries are not allowed",
    "Window": "window functions are not allowed in a per-entity condition",
    "Cast": "casts are not needed: compare a field with a literal of its type",
    "Escape": "LIKE … ESCAPE is not supported",
}


def read_file(path: Path) -> tuple[list[RawPolicy], list[Diagnostic]]:
    """Read one YAML file holding a policy or a list of policies."""
    file = str(path)
    try:
        source = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        return [], [Diagnostic("E001", f"file is not valid UTF-8: {e.reason}", Span(file, 1, 1))]
    except OSError as e:
        return [], [Diagnostic("E001", f"cannot read file: {e.strerror}", Span(file, 1, 1))]
    return read_source(file, source)


def read_source(file: str, source: str) -> tuple[list[RawPolicy], list[Diagnostic]]:
    try:
        root = yaml.compose(source, Loader=yaml.SafeLoader)
    except RecursionError:  # PyYAML composes nested collections recursively
        return [], [
            Diagnostic(
                "E001",
                "YAML nested too deeply / 入れ子が深すぎます",
                Span(file, 1, 1),
            )
        ]
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        span = Span(file, mark.line + 1, mark.column + 1) if mark else Span(file, 1, 1)
        msg = " ".join(x for x in (e.context, e.problem) if x) or "invalid YAML"
        return [], [
            Diagnostic(
                "E001",
                f"YAML syntax error: {msg}",
                span,
                "check indentation and quote values containing ':' or '#' / インデントと引用符を確認してください",
            )
        ]
    except yaml.YAMLError as e:
        return [], [Diagnostic("E001", "YAML error: " + " ".join(str(e).split()), Span(file, 1, 1))]
    if root is not None and (bad := _unconstructable(file, root)) is not None:
        return [], [bad]
    if root is None:
        return [], [
            Diagnostic(
                "E002",
                "the file is empty; expected a policy mapping or a list of them",
                Span(file, 1, 1),
            )
        ]
    items: list[yaml.Node]
    if isinstance(root, yaml.MappingNode):
        items = [root]
    elif isinstance(root, yaml.SequenceNode):
        items = list(root.value)
    else:
        return [], [
            Diagnostic(
                "E002",
                "expected a policy (a mapping) or a list of policies at the top level",
                node_span(file, root),
                "start the file with `id: …` or `- id: …`",
            )
        ]
    out: list[RawPolicy] = []
    diags: list[Diagnostic] = []
    for item in items:
        if not isinstance(item, yaml.MappingNode):
            diags.append(
                Diagnostic("E002", "each list item must be a policy mapping", node_span(file, item))
            )
            continue
        raw, d = RawPolicy.of(file, source, item)
        out.append(raw)
        diags.extend(d)
    return out, diags


def _unconstructable(file: str, root: yaml.Node) -> Diagnostic | None:
    """A value YAML parses but can't build (``!!python/…`` tags, ``2026-13-45``) as E001.

    Validators build values from nodes later; one failure here would be a traceback there.
    The whole document is tried once; only if it fails is the culprit looked for.
    """
    try:
        to_python(root)
        return None
    except (yaml.YAMLError, ValueError, OverflowError, TypeError, RecursionError) as exc:
        first: Exception = exc
    culprit: yaml.Node | None = None
    seen: set[int] = set()
    stack = [root]
    while stack and culprit is None:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            try:
                to_python(node)
            except (yaml.YAMLError, ValueError, OverflowError, TypeError):
                culprit = node
        else:
            if node.tag not in yaml.SafeLoader.yaml_constructors:
                culprit = node
            elif isinstance(node, yaml.MappingNode):
                stack.extend(x for pair in node.value for x in pair)
            elif isinstance(node, yaml.SequenceNode):
                stack.extend(node.value)
    span = node_span(file, culprit) if culprit is not None else Span(file, 1, 1)
    what = f"{culprit.tag!r}" if culprit is not None else type(first).__name__
    return Diagnostic(
        "E001",
        f"a value YAML can't build ({what}): {' '.join(str(first).split())[:160]}",
        span,
        "remove `!!` tags and quote values like dates / `!!` タグを外し、値を引用符で囲んでください",
    )


class _Converter:
    def __init__(self, sql: str, origin: ScalarOrigin | None, fallback: Span) -> None:
        self.sql = sql
        self.origin = origin
        self.fallback = fallback
        self.diags: list[Diagnostic] = []

    def span_at(self, offset: int) -> Span:
        return self.origin.span(offset) if self.origin else self.fallback

    def span(self, node: exp.Expression) -> Span:
        starts = [
            n.meta["start"]
            for n in node.walk()
            if isinstance(n, exp.Expression) and "start" in n.meta
        ]
        # Functions carry their name's position; operators take their leftmost operand's.
        return self.span_at(min(starts)) if starts else self.fallback

    def error(self, code: str, msg: str, node: exp.Expression, hint: str | None = None) -> None:
        self.diags.append(Diagnostic(code, msg, self.span(node), hint))

    def convert(self, e: exp.Expression) -> ast.Expr | None:
        sp = self.span(e)
        if isinstance(e, exp.Paren):
            return self.convert(e.this)
        if isinstance(e, exp.And | exp.Or):
            left, right = self.convert(e.this), self.convert(e.expression)
            if left is None or right is None:
                return None
            return ast.BoolOp("and" if isinstance(e, exp.And) else "or", left, right, span=sp)
        if isinstance(e, exp.Not):
            inner = e.this
            while isinstance(inner, exp.Paren):
                inner = inner.this
            if isinstance(inner, exp.Is):
                conv = self.convert(inner)
                return (
                    ast.IsNull(conv.operand, negated=True, span=sp)
                    if isinstance(conv, ast.IsNull)
                    else None
                )
            operand = self.convert(e.this)
            if operand is None:
                return None
            if isinstance(operand, ast.In | ast.Between | ast.Like) and not isinstance(
                e.this, exp.Paren
            ):
                return _negate(operand)
            return ast.Not(operand, span=sp)
        op = _COMPARE.get(type(e))
        if op is not None:
            left, right = self.convert(e.this), self.convert(e.expression)
            return None if left is None or right is None else ast.Compare(op, left, right, span=sp)
        op = _ARITH.get(type(e))
        if op is not None:
            left, right = self.convert(e.this), self.convert(e.expression)
            return None if left is None or right is None else ast.Arith(op, left, right, span=sp)
        if isinstance(e, exp.Neg):
            operand = self.convert(e.this)
            return None if operand is None else ast.Neg(operand, span=sp)
        if isinstance(e, exp.In):
            if e.args.get("query") is not None or e.args.get("unnest") is not None:
                self.error("E021", "IN (subquery) is not allowed", e, _UNSUPPORTED_HINTS["Select"])
                return None
            operand = self.convert(e.this)
            items = [self.convert(x) for x in e.expressions]
            if operand is None or any(i is None for i in items):
                return None
            return ast.In(
                operand,
                tuple(i for i in items if i is not None),
                negated=bool(e.args.get("negate")),
                span=sp,
            )
        if isinstance(e, exp.Between):
            operand, low, high = (
                self.convert(e.this),
                self.convert(e.args["low"]),
                self.convert(e.args["high"]),
            )
            if operand is None or low is None or high is None:
                return None
            return ast.Between(operand, low, high, negated=bool(e.args.get("negate")), span=sp)
        if isinstance(e, exp.Is):
            if not isinstance(e.expression, exp.Null):
                self.error(
                    "E021",
                    "only IS NULL / IS NOT NULL are supported",
                    e,
                    "write `x = true` instead of `x IS TRUE`",
                )
                return None
            operand = self.convert(e.this)
            return None if operand is None else ast.IsNull(operand, span=sp)
        if isinstance(e, exp.Like | exp.ILike):
            operand, pattern = self.convert(e.this), self.convert(e.expression)
            if operand is None or pattern is None:
                return None
            return ast.Like(
                operand,
                pattern,
                negated=bool(e.args.get("negate")),
                case_insensitive=isinstance(e, exp.ILike),
                span=sp,
            )
        if isinstance(e, exp.Case):
            return self.case(e, sp)
        if isinstance(e, exp.Literal):
            if e.is_string:
                return ast.Literal(str(e.this), ast.Type.STRING, span=sp)
            text = str(e.this)
            try:
                return ast.Literal(int(text), ast.Type.INT, span=sp)
            except ValueError:
                try:
                    return ast.Literal(float(text), ast.Type.FLOAT, span=sp)
                except ValueError:
                    self.error("E020", f"cannot read number {text!r}", e)
                    return None
        if isinstance(e, exp.Boolean):
            return ast.Literal(bool(e.this), ast.Type.BOOL, span=sp)
        if isinstance(e, exp.Null):
            return ast.Literal(None, ast.Type.NULL, span=sp)
        if isinstance(e, exp.Column):
            parts = [p.name for p in e.parts]
            if any(isinstance(p, exp.Star) for p in e.parts):
                self.error("E021", "`*` is not allowed in a condition", e)
                return None
            return ast.FieldRef(tuple(parts), span=sp)
        name = _NAMED_FUNCS.get(type(e))
        if name is not None:
            args = _func_args(e)
            return self.call(name, args, sp)
        if isinstance(e, exp.Anonymous):
            fname = str(e.this).lower()
            if fname == "feature":
                return self.feature(e, sp)
            if fname not in FUNCTIONS:
                self.error(
                    "E022",
                    f"unknown function {fname!r}",
                    e,
                    did_you_mean(fname, FUNCTIONS)
                    or f"known functions: {', '.join(sorted(FUNCTIONS))}",
                )
                return None
            return self.call(fname, e.expressions, sp)
        if isinstance(e, exp.Cast | exp.TryCast):
            self.error(
                "E021", "CAST is not allowed in a policy condition", e, _UNSUPPORTED_HINTS["Cast"]
            )
            return None
        if isinstance(e, exp.Func):
            fname = e.sql_name().lower()
            if fname in FUNCTIONS:
                return self.call(fname, _func_args(e), sp)
            self.error(
                "E022",
                f"function {fname!r} is not allowed in a policy condition",
                e,
                did_you_mean(fname, FUNCTIONS)
                or f"allowed functions: {', '.join(sorted(FUNCTIONS))}",
            )
            return None
        kind = type(e).__name__
        self.error(
            "E021",
            f"{_describe(kind)} is not allowed in a policy condition",
            e,
            _UNSUPPORTED_HINTS.get(
                kind,
                "allowed: comparisons, AND/OR/NOT, IN, BETWEEN, IS NULL, LIKE, arithmetic, CASE, functions",
            ),
        )
        return None

    def feature(self, e: exp.Anonymous, sp: Span) -> ast.Expr | None:
        """``feature('refund_rate')`` is sugar for the related field ``risk.refund_rate``.

        Desugared here so every engine reads a risk feature exactly as it reads
        ``seller.status``: from the request in realtime, from a join in batch. The type
        checker then rejects unknown features (E101) and entities without them (E102).
        """
        args = list(e.expressions)
        if len(args) != 1:
            self.error("E023", f"feature() takes 1 argument(s), got {len(args)}", e)
            return None
        arg = args[0]
        if not (isinstance(arg, exp.Literal) and arg.is_string):
            self.error(
                "E107",
                "the feature name of feature() must be a string literal",
                arg,
                "e.g. feature('refund_rate') > 0.2",
            )
            return None
        return ast.FieldRef((FEATURE_PREFIX, str(arg.this)), span=sp)

    def call(self, name: str, args: list[exp.Expression], sp: Span) -> ast.Expr | None:
        converted = [self.convert(a) for a in args]
        done = [c for c in converted if c is not None]
        return ast.Call(name, tuple(done), span=sp) if len(done) == len(converted) else None

    def case(self, e: exp.Case, sp: Span) -> ast.Expr | None:
        subject = self.convert(e.this) if e.this is not None else None
        whens: list[tuple[ast.Expr, ast.Expr]] = []
        ok = not (e.this is not None and subject is None)
        for branch in e.args.get("ifs") or []:
            cond, val = self.convert(branch.this), self.convert(branch.args["true"])
            if cond is None or val is None:
                ok = False
                continue
            if subject is not None:  # simple CASE x WHEN v → searched CASE WHEN x = v
                cond = ast.Compare("=", subject, cond, span=cond.span)
            whens.append((cond, val))
        default = None
        if e.args.get("default") is not None:
            default = self.convert(e.args["default"])
            ok = ok and default is not None
        return ast.Case(tuple(whens), default, span=sp) if ok else None


def _func_args(e: exp.Expression) -> list[exp.Expression]:
    """Arguments of a parsed built-in, in declaration order (sqlglot names them)."""
    out: list[exp.Expression] = []
    for key in e.arg_types:
        v = e.args.get(key)
        for item in v if isinstance(v, list) else [v]:
            if isinstance(item, exp.Expression):
                out.append(item)
    return out


def _describe(kind: str) -> str:
    return {
        "Select": "a subquery",
        "Subquery": "a subquery",
        "Window": "a window function",
        "Cast": "CAST",
        "Drop": "DDL (DROP)",
        "Create": "DDL (CREATE)",
        "Insert": "INSERT",
        "Delete": "DELETE",
        "Update": "UPDATE",
        "Star": "`*`",
    }.get(kind, f"SQL construct {kind}")


def _negate(node: ast.In | ast.Between | ast.Like) -> ast.Expr:
    if isinstance(node, ast.In):
        return ast.In(node.operand, node.items, negated=not node.negated, span=node.span)
    if isinstance(node, ast.Between):
        return ast.Between(
            node.operand, node.low, node.high, negated=not node.negated, span=node.span
        )
    return ast.Like(
        node.operand,
        node.pattern,
        negated=not node.negated,
        case_insensitive=node.case_insensitive,
        span=node.span,
    )


def parse_condition(
    sql: str, origin: ScalarOrigin | None = None, fallback: Span | None = None
) -> tuple[ast.Expr | None, list[Diagnostic]]:
    """Parse a ``when`` condition into mamori's (untyped) tree.

    >>> tree, diags = parse_condition("price > 100 AND NOT category IN ('toy')")
    >>> type(tree).__name__, diags
    ('BoolOp', [])
    """
    fb = fallback or Span("<condition>", 1, 1)
    conv = _Converter(sql, origin, fb)
    if not sql.strip():
        return None, [
            Diagnostic(
                "E020",
                "the condition is empty",
                fb,
                "write a SQL boolean expression, e.g. `price > 0`",
            )
        ]
    try:
        statements = sqlglot.parse(sql, read="duckdb")
    except RecursionError:  # sqlglot recurses per nesting level: fuzzing found the limit
        return None, [_too_deep(fb)]
    except (ParseError, TokenError) as e:
        errs = getattr(e, "errors", None) or []
        diags = []
        for err in errs[:3]:
            line, col = int(err.get("line") or 1), int(err.get("col") or 1)
            offset = _offset_of(sql, line, col)
            diags.append(
                Diagnostic(
                    "E020",
                    f"SQL syntax error: {_clean(str(err.get('description', 'invalid syntax')))}",
                    conv.span_at(offset),
                    "check parentheses, quotes and operators / 括弧と引用符を確認してください",
                )
            )
        return None, diags or [Diagnostic("E020", f"SQL syntax error: {e}", fb)]
    statements = [s for s in statements if s is not None]
    if len(statements) != 1:
        return None, [
            Diagnostic(
                "E021",
                "a condition is one expression; `;` and several statements are not allowed",
                fb,
            )
        ]
    first = statements[0]
    assert isinstance(first, exp.Expression)
    root: exp.Expression = first
    if _depth(root) > MAX_DEPTH:
        return None, [_too_deep(fb)]
    if isinstance(root, exp.Select | exp.Subquery | exp.Union) or not isinstance(
        root, exp.Condition | exp.Func | exp.Column
    ):
        conv.error(
            "E021",
            f"{_describe(type(root).__name__)} is not allowed; the condition must be an expression",
            root,
            "write only the WHERE part, e.g. `price > 0 AND category = 'toy'`",
        )
        return None, conv.diags
    for bad in root.find_all(exp.Subquery, exp.Select, exp.Window):
        if not isinstance(bad, exp.Expression) or (
            isinstance(bad, exp.Select) and isinstance(bad.parent, exp.Subquery)
        ):
            continue  # reported once, as the subquery
        conv.error(
            "E021",
            f"{_describe(type(bad).__name__)} is not allowed in a policy condition",
            bad,
            _UNSUPPORTED_HINTS.get(type(bad).__name__),
        )
    if conv.diags:
        return None, conv.diags
    tree = conv.convert(root)
    return (tree if not conv.diags else None), conv.diags


MAX_DEPTH = 100  # nesting levels of a condition; every later stage recurses per level


def _depth(root: exp.Expression) -> int:
    """Nesting depth of a parsed condition, computed without recursion.

    >>> _depth(sqlglot.parse_one("a AND (b OR c)"))  # And > Paren > Or > Column > Identifier
    5
    """
    best, stack = 0, [(root, 1)]
    while stack:
        node, d = stack.pop()
        best = max(best, d)
        stack.extend((child, d + 1) for child in node.iter_expressions())
    return best


def _too_deep(span: Span) -> Diagnostic:
    return Diagnostic(
        "E021",
        f"the condition is nested too deeply (more than {MAX_DEPTH} levels)",
        span,
        "split it with fewer parentheses, or into several policies / 入れ子を浅くしてください",
    )


def _clean(message: str) -> str:
    """sqlglot's parser messages, minus its internal class names."""
    import re

    if message.startswith("Required keyword"):
        return "incomplete expression: an operand is missing"
    return re.sub(r"<class '(?:[\w.]+\.)?(\w+)'>", r"\1", message)


def _offset_of(sql: str, line: int, col: int) -> int:
    lines = sql.split("\n")
    off = sum(len(x) + 1 for x in lines[: max(line - 1, 0)])
    return max(0, off + col - 1)
