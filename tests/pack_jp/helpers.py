"""Shared by the Japan pack's test modules."""

from __future__ import annotations

from typing import Any

_EVALUATORS: dict[int, Any] = {}


def evaluator(pack: Any) -> Any:
    """One realtime evaluator per loaded pack for every test module: compiling one
    (generated code, text env) is the expensive part, and the pack is session-scoped."""
    from mamori.evaluate.realtime import RealtimeEvaluator

    ev = _EVALUATORS.get(id(pack))
    if ev is None:
        ev = _EVALUATORS[id(pack)] = RealtimeEvaluator(pack)
    return ev
