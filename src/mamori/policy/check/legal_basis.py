"""``legal_basis`` ids must exist in the pack's ``laws.yaml``."""

from __future__ import annotations

from mamori.errors import Diagnostic
from mamori.policy.check.context import CheckContext
from mamori.policy.raw import RawPolicy, did_you_mean


def check(raw: RawPolicy, ctx: CheckContext) -> list[Diagnostic]:
    if "legal_basis" not in raw.keys:
        return []
    value = raw.value("legal_basis")
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return [Diagnostic("E005", "'legal_basis' must be a list of law ids", raw.span_of("legal_basis"),
                           "e.g. `legal_basis: [jp.pmd.art66]`")]
    if ctx.laws is None:
        return []
    return [
        Diagnostic("E011", f"unknown legal_basis id {law!r} (not in {ctx.pack_label}'s laws.yaml)",
                   raw.span_of("legal_basis"),
                   did_you_mean(law, ctx.laws) or "add the article to laws.yaml first")
        for law in value
        if law not in ctx.laws
    ]
