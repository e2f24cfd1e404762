"""Required and unknown top-level keys of a policy."""

from __future__ import annotations

from mamori.errors import Diagnostic
from mamori.policy.check.context import CheckContext
from mamori.policy.raw import RawPolicy, did_you_mean, node_span

REQUIRED: tuple[str, ...] = (
    "id",
    "version",
    "applies_to",
    "status",
    "title",
    "when",
    "severity",
    "action",
    "points",
    "reason",
)
OPTIONAL: tuple[str, ...] = ("family", "legal_basis", "examples", "description", "owner", "tags")
KNOWN: tuple[str, ...] = REQUIRED + OPTIONAL


def check(raw: RawPolicy, ctx: CheckContext) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for key in REQUIRED:
        if key not in raw.keys:
            who = f"policy {raw.id!r}" if raw.id else "this policy"
            out.append(
                Diagnostic(
                    "E003",
                    f"{who} is missing the required key {key!r}",
                    raw.span,
                    f"add `{key}:` / `{key}:` を追加してください",
                )
            )
    for key, knode in raw.key_nodes.items():
        if key not in KNOWN:
            out.append(
                Diagnostic(
                    "E004",
                    f"unknown key {key!r}",
                    node_span(raw.file, knode),
                    did_you_mean(key, KNOWN) or f"known keys: {', '.join(KNOWN)}",
                )
            )
    return out
