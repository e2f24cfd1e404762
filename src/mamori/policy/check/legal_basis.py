"""``legal_basis`` ids must exist in the pack's ``laws.yaml``."""

from __future__ import annotations

import yaml

from mamori.errors import Diagnostic
from mamori.policy.check.context import CheckContext
from mamori.policy.raw import RawPolicy, did_you_mean, node_span


def check(raw: RawPolicy, ctx: CheckContext) -> list[Diagnostic]:
    if "legal_basis" not in raw.keys:
        return []
    value = raw.value("legal_basis")
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return [
            Diagnostic(
                "E005",
                "'legal_basis' must be a list of law ids",
                raw.span_of("legal_basis"),
                "e.g. `legal_basis: [jp.pmd.art66]`",
            )
        ]
    if ctx.laws is None:
        return []
    node = raw.keys["legal_basis"]
    items = node.value if isinstance(node, yaml.SequenceNode) else []
    out = []
    for i, law in enumerate(value):
        if law in ctx.laws:
            continue
        span = node_span(raw.file, items[i]) if i < len(items) else raw.span_of("legal_basis")
        out.append(
            Diagnostic(
                "E011",
                f"unknown legal_basis id {law!r}: not in laws.yaml of {ctx.pack_label}",
                span,
                did_you_mean(law, ctx.laws)
                or "add the article to laws.yaml first / laws.yaml に条文を追加してください",
            )
        )
    return out
