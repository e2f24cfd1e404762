"""Scalar fields: id, version, applies_to, status, family, severity, action, points."""

from __future__ import annotations

import re

import yaml

from mamori.entities import ACTIONS, CONTENT_ACTIONS, SCHEMAS, SELLER_ACTIONS, SEVERITIES
from mamori.errors import Diagnostic
from mamori.policy.check.context import CheckContext
from mamori.policy.raw import RawPolicy, did_you_mean, to_python

STATUSES: tuple[str, ...] = ("draft", "shadow", "approved", "active", "retired")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9_.\-]*$")
MAX_POINTS = 100


def allowed_actions(kind: str) -> tuple[str, ...]:
    """Content actions on content, seller actions on sellers (Contracts)."""
    if kind == "seller":
        return SELLER_ACTIONS
    if kind in ("listing", "creator_post", "review"):
        return CONTENT_ACTIONS
    return ACTIONS


def _enum(raw: RawPolicy, key: str, choices: tuple[str, ...], what: str) -> list[Diagnostic]:
    node = raw.keys.get(key)
    if node is None:
        return []
    value = to_python(node)
    if not isinstance(value, str):
        return [
            Diagnostic(
                "E005",
                f"{key!r} must be a string, got {type(value).__name__}",
                raw.span_of(key),
                f"one of: {', '.join(choices)}",
            )
        ]
    if value not in choices:
        return [
            Diagnostic(
                "E006",
                f"unknown {what} {value!r}",
                raw.span_of(key),
                did_you_mean(value, choices) or f"one of: {', '.join(choices)}",
            )
        ]
    return []


def check(raw: RawPolicy, ctx: CheckContext) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    node = raw.keys.get("id")
    if node is not None:
        value = to_python(node)
        if not isinstance(value, str) or not ID_RE.match(value):
            out.append(
                Diagnostic(
                    "E008",
                    f"invalid policy id {value!r}",
                    raw.span_of("id"),
                    "lower-case letters, digits, '.', '_' and '-', e.g. jp.pmd.disease-claim",
                )
            )
    node = raw.keys.get("version")
    if node is not None:
        value = to_python(node)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            out.append(
                Diagnostic(
                    "E005",
                    f"'version' must be a positive integer, got {value!r}",
                    raw.span_of("version"),
                    "bump it by one on every change, e.g. `version: 3`",
                )
            )
    out += _enum(raw, "applies_to", tuple(SCHEMAS), "entity kind")
    out += _enum(raw, "status", STATUSES, "status")
    out += _enum(raw, "severity", SEVERITIES, "severity")
    kind = raw.value("applies_to") if "applies_to" in raw.keys else None
    actions = allowed_actions(kind) if isinstance(kind, str) and kind in SCHEMAS else ACTIONS
    act = _enum(raw, "action", ACTIONS, "action")
    if act:
        out += act
    elif "action" in raw.keys and raw.value("action") not in actions:
        out.append(
            Diagnostic(
                "E013",
                f"action {raw.value('action')!r} cannot be taken on a {kind}",
                raw.span_of("action"),
                f"on a {kind}: {', '.join(actions)}",
            )
        )
    node = raw.keys.get("points")
    if node is not None:
        value = to_python(node)
        if isinstance(value, bool) or not isinstance(value, int):
            out.append(
                Diagnostic(
                    "E005",
                    f"'points' must be an integer, got {value!r}",
                    raw.span_of("points"),
                    f"0–{MAX_POINTS}, e.g. `points: 3`",
                )
            )
        elif not 0 <= value <= MAX_POINTS:
            out.append(
                Diagnostic(
                    "E009",
                    f"'points' must be between 0 and {MAX_POINTS}, got {value}",
                    raw.span_of("points"),
                )
            )
    node = raw.keys.get("family")
    if node is not None:
        value = to_python(node)
        if value is not None and (
            not isinstance(value, str) or not re.match(r"^[a-z0-9_]+$", value)
        ):
            out.append(
                Diagnostic(
                    "E005",
                    f"'family' must be a snake_case name, got {value!r}",
                    raw.span_of("family"),
                    "e.g. `family: pmd_disease`",
                )
            )
    node = raw.keys.get("when")
    if node is not None and not (
        isinstance(node, yaml.ScalarNode) and isinstance(to_python(node), str)
    ):
        out.append(
            Diagnostic(
                "E005",
                "'when' must be a string holding a SQL condition",
                raw.span_of("when"),
                "use a folded scalar: `when: >` then the condition on the next lines",
            )
        )
    return out
