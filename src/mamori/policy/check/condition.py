"""The ``when`` condition: SQL syntax, allowed subset, fields, functions and types."""

from __future__ import annotations

import yaml

from mamori.entities import SCHEMAS
from mamori.errors import Diagnostic
from mamori.policy import ast
from mamori.policy.check import types
from mamori.policy.check.context import CheckContext
from mamori.policy.parse import parse_condition
from mamori.policy.raw import RawPolicy, ScalarOrigin


def typed_condition(raw: RawPolicy, ctx: CheckContext) -> tuple[ast.Expr | None, list[Diagnostic]]:
    node = raw.keys.get("when")
    kind = raw.value("applies_to") if "applies_to" in raw.keys else None
    if not isinstance(node, yaml.ScalarNode) or not isinstance(kind, str) or kind not in SCHEMAS:
        return None, []  # reported by values.check
    origin = ScalarOrigin.of(raw.file, raw.source, node)
    tree, diags = parse_condition(str(node.value), origin, raw.span_of("when"))
    if tree is None:
        return None, diags
    typed, more = types.infer(tree, kind, ctx)
    return (typed if not more else None), diags + more


def check(raw: RawPolicy, ctx: CheckContext) -> list[Diagnostic]:
    return typed_condition(raw, ctx)[1]
