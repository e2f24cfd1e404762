"""Precision and recall of findings against ``labels.parquet`` (the generator's truth).

Entity level: the predicted set is every entity id named by findings of a kind, the
true set every labelled id of the matching label kind and entity type. Group level
(recall): a labelled group (one ring, wave, burst…) counts as found when at least half
its members are predicted. Emerging terms are matched by the term itself: label group
``term-<term>`` against finding ``entity_ids == [term]``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pyarrow as pa

#: finding kind → (label kind, entity type compared, how to read predicted ids).
MATCHES: dict[str, tuple[str, str]] = {
    "account_ring": ("ring", "seller"),
    "duplicate_cluster": ("duplicate_wave", "listing"),
    "brushing": ("brushing", "order"),
    "review_burst": ("review_burst", "review"),
    "review_collusion": ("collusion", "review"),
    "trend_break": ("rate_spike", "seller"),
    "anomaly": ("rate_spike", "seller"),
    "emerging_term": ("emerging_term", "term"),
}


@dataclass(frozen=True, slots=True)
class Score:
    kind: str
    label: str
    predicted: int
    true: int
    hit: int
    groups: int
    groups_found: int

    @property
    def precision(self) -> float:
        return self.hit / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.hit / self.true if self.true else 0.0

    @property
    def group_recall(self) -> float:
        return self.groups_found / self.groups if self.groups else 0.0


def _predicted(findings: list[dict[str, object]], kind: str, entity_type: str) -> set[str]:
    out: set[str] = set()
    for f in findings:
        if f["kind"] != kind:
            continue
        if kind == "account_ring":
            out.update(json.loads(str(f["evidence"]))["sellers"])
        elif f["entity_type"] == entity_type:
            out.update(str(x) for x in f["entity_ids"])  # type: ignore[attr-defined]
    return out


def score(findings: pa.Table, labels: pa.Table) -> list[Score]:
    """One :class:`Score` per finding kind that has a matching label kind."""
    fs = findings.to_pylist()
    ls = labels.to_pylist()
    out = []
    for kind, (label, etype) in MATCHES.items():
        if kind == "emerging_term":
            groups = {str(r["group_id"]) for r in ls if r["kind"] == label and r["group_id"]}
            true_terms = {g.removeprefix("term-") for g in groups}
            pred = _predicted(fs, kind, "term")
            hit = len(pred & true_terms)
            out.append(Score(kind, label, len(pred), len(true_terms), hit, len(true_terms), hit))
            continue
        truth = [r for r in ls if r["kind"] == label and r["entity_type"] == etype]
        true_ids = {str(r["entity_id"]) for r in truth}
        pred = _predicted(fs, kind, etype)
        by_group: dict[str, set[str]] = {}
        for r in truth:
            by_group.setdefault(str(r["group_id"] or r["entity_id"]), set()).add(
                str(r["entity_id"])
            )
        found = sum(1 for members in by_group.values() if len(members & pred) >= len(members) / 2)
        out.append(
            Score(kind, label, len(pred), len(true_ids), len(pred & true_ids), len(by_group), found)
        )
    return out


def as_table(scores: list[Score]) -> pa.Table:
    return pa.Table.from_pylist(
        [
            {
                "kind": s.kind,
                "label": s.label,
                "predicted": s.predicted,
                "true": s.true,
                "hit": s.hit,
                "precision": round(s.precision, 3),
                "recall": round(s.recall, 3),
                "group_recall": round(s.group_recall, 3),
            }
            for s in scores
        ]
    )
