"""Stand-ins for packs and policies: only the attributes the lifecycle reads."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FakePolicy:
    id: str
    version: int = 1
    hash: str = "h1"
    family: str | None = "fam"
    status: str = "draft"
    points: int = 2
    action: str = "delist"
    severity: str = "high"
    applies_to: str = "listing"
    legal_basis: tuple[str, ...] = ()


@dataclass
class FakePack:
    policies: tuple[FakePolicy, ...] = ()
    laws: dict[str, object] = field(default_factory=dict)
