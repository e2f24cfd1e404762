"""Validators, one per file, each ``check(raw, ctx) -> list[Diagnostic]``, run in order.

Every validator runs on every policy so authors see all problems at once (pandera-style).
"""

from __future__ import annotations

from collections.abc import Callable

from mamori.errors import Diagnostic
from mamori.policy.check import condition, examples, keys, legal_basis, reason, texts, values
from mamori.policy.check.context import CheckContext
from mamori.policy.raw import RawPolicy

Validator = Callable[[RawPolicy, CheckContext], list[Diagnostic]]

VALIDATORS: tuple[Validator, ...] = (
    keys.check,
    values.check,
    texts.check,
    legal_basis.check,
    reason.check,
    examples.check,
)


def check_policy(raw: RawPolicy, ctx: CheckContext) -> list[Diagnostic]:
    """Every diagnostic of one policy except the condition's (see ``condition``)."""
    out: list[Diagnostic] = []
    for validator in VALIDATORS:
        out.extend(validator(raw, ctx))
    return out


__all__ = ["VALIDATORS", "CheckContext", "check_policy", "condition"]
