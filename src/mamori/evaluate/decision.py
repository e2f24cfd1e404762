"""What an evaluation returns: a decision that explains itself.

A :class:`Hit` carries the policy id, version and hash, its mode (status), the evidence
spans into the *original* field values and the reason in Japanese and English — enough
for a statement of reasons without looking anything else up.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from mamori.policy.check.reason import PLACEHOLDER


@dataclass(frozen=True, slots=True)
class Evidence:
    """A fragment of a field value; ``start``/``end`` index the original string."""

    field: str
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Hit:
    policy_id: str
    policy_version: int
    policy_hash: str
    family: str | None
    severity: str
    action: str
    points: int
    status: str
    evidence: tuple[Evidence, ...]
    reason: dict[str, str]
    legal_basis: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "policy_id": self.policy_id,
            "policy_version": self.policy_version,
            "policy_hash": self.policy_hash,
            "family": self.family,
            "severity": self.severity,
            "action": self.action,
            "points": self.points,
            "status": self.status,
            "evidence": [e.to_dict() for e in self.evidence],
            "reason": dict(self.reason),
            "legal_basis": list(self.legal_basis),
        }


@dataclass(frozen=True, slots=True)
class Decision:
    entity_type: str
    entity_id: str | None
    hits: tuple[Hit, ...]
    evaluated_at: dt.datetime
    decision_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    pack_hash: str = ""

    @property
    def enforced(self) -> tuple[Hit, ...]:
        """Hits of active policies (shadow hits are recorded, not enforced)."""
        return tuple(h for h in self.hits if h.status == "active")

    def to_dict(self) -> dict[str, Any]:
        return {
            "decision_id": self.decision_id,
            "entity_type": self.entity_type,
            "entity_id": self.entity_id,
            "evaluated_at": self.evaluated_at.isoformat(),
            "pack_hash": self.pack_hash,
            "hits": [h.to_dict() for h in self.hits],
        }


def distinct_evidence(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """Each span once, in first-seen order.

    A policy's positive text calls often read the same span twice (``title`` and
    ``concat_ws(' ', title, description)`` both point into the title); a statement of
    reasons that quotes one fragment twice reads like a bug. Every engine applies this
    to a hit's evidence, so they still agree.

    >>> e = Evidence("title", "シミが消え", 0, 5)
    >>> distinct_evidence([e, Evidence("title", "消え", 3, 5), e])
    (Evidence(field='title', text='シミが消え', start=0, end=5), Evidence(field='title', text='消え', start=3, end=5))
    """
    return tuple(dict.fromkeys(evidence))


def evidence_text(evidence: tuple[Evidence, ...] | list[Evidence]) -> str:
    """``{evidence}`` in reasons: distinct matched fragments, in order, joined by 「、」.

    >>> evidence_text([Evidence("title", "糖尿病", 0, 3), Evidence("title", "治る", 4, 6), Evidence("d", "糖尿病", 1, 4)])
    '糖尿病、治る'
    """
    seen: list[str] = []
    for e in evidence:
        if e.text not in seen:
            seen.append(e.text)
    return "、".join(seen)


def placeholder_text(v: Any) -> str:
    """A field's value as a reason shows it (NULL is empty)."""
    return "" if v is None else str(v)


def format_reason(
    template: str, evidence: tuple[Evidence, ...] | list[Evidence], values: dict[str, Any]
) -> str:
    """Fill ``{evidence}`` and ``{field}`` placeholders (unknown ones were rejected by check)."""

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name == "evidence":
            return evidence_text(evidence)
        return placeholder_text(values.get(name))

    return PLACEHOLDER.sub(sub, template)
