"""Structural diff of two policies or two packs, on their canonical JSON.

Used by lifecycle (what changed between versions) and by reviewers: each change is a
path (``when.l.r.v``) with the old and new value, so a changed threshold reads as one line
rather than a re-indented YAML block.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mamori.policy import ast
from mamori.policy.serde import policy_to_json

_MISSING = object()


@dataclass(frozen=True, slots=True)
class Change:
    path: str
    old: Any
    new: Any

    @property
    def kind(self) -> str:
        if self.old is _MISSING:
            return "added"
        if self.new is _MISSING:
            return "removed"
        return "changed"

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "kind": self.kind,
            "old": None if self.old is _MISSING else self.old,
            "new": None if self.new is _MISSING else self.new,
        }

    def __str__(self) -> str:
        if self.kind == "added":
            return f"+ {self.path}: {self.new!r}"
        if self.kind == "removed":
            return f"- {self.path}: {self.old!r}"
        return f"~ {self.path}: {self.old!r} → {self.new!r}"


def diff_json(old: Any, new: Any, path: str = "") -> list[Change]:
    """Changes between two JSON-like values, depth-first, keys sorted.

    >>> [str(c) for c in diff_json({"a": 1, "b": [1, 2]}, {"a": 2, "b": [1]})]
    ['~ a: 1 → 2', '- b[1]: 2']
    """
    if isinstance(old, dict) and isinstance(new, dict):
        out: list[Change] = []
        for key in sorted(set(old) | set(new), key=str):
            sub = f"{path}.{key}" if path else str(key)
            out += diff_json(old.get(key, _MISSING), new.get(key, _MISSING), sub)
        return out
    if isinstance(old, list) and isinstance(new, list):
        out = []
        for i in range(max(len(old), len(new))):
            out += diff_json(
                old[i] if i < len(old) else _MISSING,
                new[i] if i < len(new) else _MISSING,
                f"{path}[{i}]",
            )
        return out
    if old is _MISSING and new is _MISSING:
        return []
    if old != new or type(old) is not type(new):
        return [Change(path, old, new)]
    return []


def diff_policies(old: ast.Policy, new: ast.Policy) -> list[Change]:
    """What changed between two versions of a policy (``version`` bump included)."""
    return diff_json(policy_to_json(old), policy_to_json(new))


def diff_packs(old: tuple[ast.Policy, ...], new: tuple[ast.Policy, ...]) -> dict[str, list[Change]]:
    """Per policy id: its changes; added/removed policies appear as one whole-policy change."""
    a = {p.id: p for p in old}
    b = {p.id: p for p in new}
    out: dict[str, list[Change]] = {}
    for pid in sorted(set(a) | set(b)):
        if pid not in a:
            out[pid] = [Change(pid, _MISSING, policy_to_json(b[pid]))]
        elif pid not in b:
            out[pid] = [Change(pid, policy_to_json(a[pid]), _MISSING)]
        else:
            changes = diff_policies(a[pid], b[pid])
            if changes:
                out[pid] = changes
    return out
