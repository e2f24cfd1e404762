"""Reason templates: only known ``{placeholders}``, balanced braces."""

from __future__ import annotations

import re

from mamori.entities import SCHEMAS
from mamori.errors import Diagnostic
from mamori.policy.check.context import CheckContext
from mamori.policy.raw import RawPolicy, did_you_mean

PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
BUILTIN: tuple[str, ...] = ("evidence", "policy_id", "policy_version", "entity_id")


def placeholders(kind: str | None) -> tuple[str, ...]:
    """Names a reason of a policy on ``kind`` may use: built-ins plus the entity's fields."""
    fields = SCHEMAS[kind].names if kind in SCHEMAS else ()
    return BUILTIN + tuple(fields)


def check(raw: RawPolicy, ctx: CheckContext) -> list[Diagnostic]:
    value = raw.value("reason") if "reason" in raw.keys else None
    if not isinstance(value, dict):
        return []
    kind = raw.value("applies_to") if "applies_to" in raw.keys else None
    allowed = placeholders(kind if isinstance(kind, str) else None)
    out: list[Diagnostic] = []
    for lang in ("ja", "en"):
        text = value.get(lang)
        if not isinstance(text, str):
            continue
        for name in PLACEHOLDER.findall(text):
            if name not in allowed:
                out.append(
                    Diagnostic(
                        "E012",
                        f"unknown placeholder {{{name}}} in reason.{lang}",
                        raw.span_of("reason"),
                        did_you_mean(name, allowed)
                        or f"known: {', '.join('{' + a + '}' for a in BUILTIN)} and the entity's fields",
                    )
                )
        stripped = PLACEHOLDER.sub("", text)
        if "{" in stripped or "}" in stripped:
            out.append(
                Diagnostic(
                    "E012",
                    f"unbalanced brace in reason.{lang}",
                    raw.span_of("reason"),
                    "placeholders look like {evidence}",
                )
            )
    return out
