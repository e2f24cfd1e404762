"""Canonical JSON of policies and packs, and the sha256 version hash.

Canonical = sorted keys, no whitespace, UTF-8, spans and hashes left out: two policies
that mean the same thing hash the same, whatever their layout in YAML.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from mamori.policy import ast


def expr_to_json(node: ast.Expr) -> dict[str, Any]:
    """The canonical form of a condition tree.

    >>> expr_to_json(ast.Compare(">", ast.FieldRef(("price",)), ast.Literal(1, ast.Type.INT)))["op"]
    '>'
    """
    kind = type(node).__name__.lower()
    out: dict[str, Any] = {"k": kind}
    if isinstance(node, ast.Literal):
        out["v"] = node.value
        out["t"] = node.type.value
    elif isinstance(node, ast.FieldRef):
        out["path"] = list(node.path)
    elif isinstance(node, ast.Not | ast.Neg):
        out["x"] = expr_to_json(node.operand)
    elif isinstance(node, ast.BoolOp | ast.Compare | ast.Arith):
        out.update(op=node.op, l=expr_to_json(node.left), r=expr_to_json(node.right))
    elif isinstance(node, ast.In):
        out.update(
            x=expr_to_json(node.operand),
            items=[expr_to_json(i) for i in node.items],
            neg=node.negated,
        )
    elif isinstance(node, ast.Between):
        out.update(
            x=expr_to_json(node.operand),
            lo=expr_to_json(node.low),
            hi=expr_to_json(node.high),
            neg=node.negated,
        )
    elif isinstance(node, ast.IsNull):
        out.update(x=expr_to_json(node.operand), neg=node.negated)
    elif isinstance(node, ast.Like):
        out.update(
            x=expr_to_json(node.operand),
            p=expr_to_json(node.pattern),
            neg=node.negated,
            ci=node.case_insensitive,
        )
    elif isinstance(node, ast.Case):
        out["whens"] = [[expr_to_json(c), expr_to_json(v)] for c, v in node.whens]
        out["else"] = expr_to_json(node.default) if node.default is not None else None
    elif isinstance(node, ast.Call):
        out.update(name=node.name, args=[expr_to_json(a) for a in node.args])
    return out


def policy_to_json(policy: ast.Policy) -> dict[str, Any]:
    """Everything that defines a policy's behaviour and texts (not its location or hash)."""
    return {
        "id": policy.id,
        "version": policy.version,
        "applies_to": policy.applies_to,
        "status": policy.status,
        "family": policy.family,
        "title": {"ja": policy.title.ja, "en": policy.title.en},
        "when": expr_to_json(policy.when),
        "severity": policy.severity,
        "action": policy.action,
        "points": policy.points,
        "legal_basis": list(policy.legal_basis),
        "reason": {"ja": policy.reason.ja, "en": policy.reason.en},
        "examples": {"hit": list(policy.examples.hit), "miss": list(policy.examples.miss)},
    }


def canonical_json(data: Any) -> str:
    """Sorted keys, compact separators, non-ASCII kept (UTF-8 is hashed)."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def sha256(data: Any) -> str:
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


def policy_hash(policy: ast.Policy) -> str:
    """The version hash recorded beside ``policy_version``."""
    return sha256(policy_to_json(policy))
