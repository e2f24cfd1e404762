"""Findings: the one output shape of every detector (DESIGN.md Contracts).

``finding_id`` is a hash of the kind and the sorted member ids (plus the window), so the
same risk found twice — by two engines, or on two days over the same data — carries the
same id, and case management can deduplicate on it.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

KINDS: tuple[str, ...] = (
    "seller_risk",
    "anomaly",
    "trend_break",
    "emerging_term",
    "policy_gap",
    "duplicate_cluster",
    "account_ring",
    "review_burst",
    "brushing",
    "review_collusion",
)

FINDINGS_SCHEMA = pa.schema(
    [
        pa.field("finding_id", pa.string(), nullable=False),
        pa.field("kind", pa.string(), nullable=False),
        pa.field("entity_type", pa.string()),
        pa.field("entity_ids", pa.list_(pa.string())),
        pa.field("score", pa.float64()),
        pa.field("window", pa.string()),
        pa.field("evidence", pa.string()),
        pa.field("suggested_action", pa.string()),
    ]
)


def finding_id(kind: str, entity_ids: Iterable[str], window: str = "", key: str = "") -> str:
    """Deterministic id: sha256 of kind, window, key and the sorted ids, 16 hex chars.

    >>> finding_id("account_ring", ["b", "a"]) == finding_id("account_ring", ["a", "b"])
    True
    """
    h = hashlib.sha256()
    h.update(kind.encode())
    h.update(b"\x1f")
    h.update(window.encode())
    h.update(b"\x1f")
    h.update(key.encode())
    for e in sorted(set(entity_ids)):
        h.update(b"\x1e")
        h.update(e.encode())
    return f"{kind[:3]}-{h.hexdigest()[:16]}"


def _json_default(o: object) -> object:
    if hasattr(o, "item"):
        return o.item()  # numpy scalars
    if hasattr(o, "isoformat"):
        return o.isoformat()  # dates
    return str(o)


def _clean(o: Any) -> Any:
    # JSON has no NaN; a missing measurement is null. Floats keep 9 significant
    # digits: two engines may sum in a different order and differ in the last bits of
    # an average; at 12 digits that flipped a rounding about once in eight Spark runs,
    # at 9 the chance is a thousand times smaller, so findings compare equal.
    if isinstance(o, float):
        return float(f"{o:.9g}") if math.isfinite(o) else None
    if isinstance(o, Mapping):
        return {str(k): _clean(v) for k, v in o.items()}
    if isinstance(o, list | tuple):
        return [_clean(v) for v in o]
    return o


def to_json(evidence: Mapping[str, Any]) -> str:
    """Canonical JSON for evidence: sorted keys, UTF-8 Japanese kept readable."""
    return json.dumps(_clean(evidence), ensure_ascii=False, sort_keys=True, default=_json_default)


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str
    entity_type: str
    entity_ids: tuple[str, ...]
    score: float
    window: str
    evidence: Mapping[str, Any] = field(default_factory=dict)
    suggested_action: str = "review"
    key: str = ""  # disambiguates findings over the same ids (e.g. the term of a gap)

    @property
    def finding_id(self) -> str:
        return finding_id(self.kind, self.entity_ids, self.window, self.key)


def to_table(findings: Sequence[Finding]) -> pa.Table:
    """Findings → Arrow table in Contracts order, highest score first within a kind."""
    ordered = sorted(findings, key=lambda f: (KINDS.index(f.kind), -_finite(f.score), f.finding_id))
    return pa.table(
        {
            "finding_id": [f.finding_id for f in ordered],
            "kind": [f.kind for f in ordered],
            "entity_type": [f.entity_type for f in ordered],
            "entity_ids": [sorted(set(f.entity_ids)) for f in ordered],
            "score": [_finite(f.score) for f in ordered],
            "window": [f.window for f in ordered],
            "evidence": [to_json(f.evidence) for f in ordered],
            "suggested_action": [f.suggested_action for f in ordered],
        },
        schema=FINDINGS_SCHEMA,
    )


def _finite(x: float) -> float:
    """Scores: finite, 9 significant digits (see ``_clean``)."""
    return float(f"{float(x):.9g}") if math.isfinite(x) else 0.0


def empty() -> pa.Table:
    return FINDINGS_SCHEMA.empty_table()


def concat(tables: Iterable[pa.Table]) -> pa.Table:
    parts = [t.cast(FINDINGS_SCHEMA) for t in tables]
    return pa.concat_tables(parts) if parts else empty()
