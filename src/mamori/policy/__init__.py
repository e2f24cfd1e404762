"""mamori.policy: policy files → checked, typed, hashable trees (pure; no engines)."""

from __future__ import annotations

from mamori.policy.ast import Policy
from mamori.policy.pack import Ladder, Law, Pack, Threshold, load_pack

__all__ = ["Ladder", "Law", "Pack", "Policy", "Threshold", "load_pack"]
