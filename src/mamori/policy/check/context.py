"""What validators may look up: the pack's lexicons, lists and laws."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class CheckContext:
    lexicons: frozenset[str] = frozenset()
    lists: frozenset[str] = frozenset()
    laws: frozenset[str] | None = None  # None: no laws.yaml (single policy file) → not checked
    pack_label: str = "the pack"
    extra: dict[str, object] = field(default_factory=dict)
