"""Turn the things that open cases (findings, reports, alerts, …) into case drafts.

A draft is what the service inserts: it fixes the title (ja/en), the risk, the primary
entity and the linked entities, so a ring's accounts or a duplicate wave's listings are
on the case from the first minute. Pure: the caller supplies exposure it looked up.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from mamori.cases.model import Exposure, Source, Team

FINDING_TITLES: dict[str, dict[str, str]] = {
    "seller_risk": {"ja": "高リスク出品者", "en": "High-risk seller"},
    "anomaly": {"ja": "異常値", "en": "Anomaly"},
    "trend_break": {"ja": "トレンドの急変", "en": "Trend break"},
    "emerging_term": {"ja": "新出語", "en": "Emerging term"},
    "policy_gap": {"ja": "ポリシーの穴", "en": "Policy gap"},
    "duplicate_cluster": {"ja": "重複出品の波", "en": "Duplicate listing wave"},
    "account_ring": {"ja": "連携アカウント群", "en": "Linked-account ring"},
    "review_burst": {"ja": "レビューの急増", "en": "Review burst"},
    "brushing": {"ja": "ブラッシング", "en": "Brushing"},
    "review_collusion": {"ja": "レビュー共謀", "en": "Review collusion"},
}

REPORTER_RISK: dict[str, float] = {
    # A notice's prior credibility: trusted flaggers and authorities are usually right.
    "authority": 0.9,
    "trusted_flagger": 0.8,
    "brand": 0.6,
    "user": 0.4,
}


@dataclass(frozen=True, slots=True)
class Link:
    entity_type: str
    entity_id: str
    role: str = "member"  # member | subject | history


@dataclass(frozen=True, slots=True)
class CaseDraft:
    source: Source
    source_ref: str | None
    kind: str
    title: dict[str, str]
    risk: float
    entity_type: str | None = None
    entity_id: str | None = None
    seller_id: str | None = None
    exposure: Exposure = field(default_factory=Exposure)
    team: Team = Team.OPERATIONS
    summary: str = ""
    severity: str | None = None
    legal_basis: bool = False
    links: tuple[Link, ...] = ()
    evidence: tuple[dict[str, Any], ...] = ()


def _ids(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except ValueError:
            return [value]
        return [str(v) for v in parsed] if isinstance(parsed, list) else [str(parsed)]
    if isinstance(value, Sequence):
        return [str(v) for v in value]
    return [str(value)]


def _evidence(value: object) -> tuple[dict[str, Any], ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return ({"text": value},)
    if isinstance(value, Mapping):
        return (dict(value),)
    if isinstance(value, Sequence):
        return tuple(dict(v) if isinstance(v, Mapping) else {"text": str(v)} for v in value)
    return ({"text": str(value)},)


def from_finding(row: Mapping[str, Any], exposure: Exposure = Exposure()) -> CaseDraft:
    """A case draft from one row of findings.parquet (Contracts columns).

    >>> d = from_finding({"finding_id": "F1", "kind": "account_ring", "entity_type": "seller",
    ...                   "entity_ids": ["S1", "S2"], "score": 0.8, "window": None,
    ...                   "evidence": None, "suggested_action": "suspend"})
    >>> d.title["en"], [link.entity_id for link in d.links], d.seller_id
    ('Linked-account ring (2 sellers)', ['S1', 'S2'], 'S1')
    """
    kind = str(row.get("kind") or "anomaly")
    entity_type = row.get("entity_type")
    ids = _ids(row.get("entity_ids"))
    base = FINDING_TITLES.get(kind, {"ja": kind, "en": kind})
    n = len(ids)
    plural = {"seller": "sellers", "listing": "listings", "review": "reviews"}.get(
        str(entity_type), "entities"
    )
    title = {"ja": f"{base['ja']}（{n}件）", "en": f"{base['en']} ({n} {plural})"}
    raw_score = row.get("score")
    risk = float(raw_score) if raw_score is not None else 0.5
    if risk > 1.0:  # some detectors score on an open scale; squash monotonically
        risk = risk / (1.0 + risk)
    seller_id = ids[0] if entity_type == "seller" and ids else None
    suggested = row.get("suggested_action")
    summary = f"suggested_action={suggested}" if suggested else ""
    window = row.get("window")
    if window is not None:
        summary = (summary + f" window={window}").strip()
    return CaseDraft(
        source=Source.FINDING,
        source_ref=str(row.get("finding_id")) if row.get("finding_id") is not None else None,
        kind=kind,
        title=title,
        risk=max(0.0, risk),
        entity_type=str(entity_type) if entity_type else None,
        entity_id=ids[0] if ids else None,
        seller_id=seller_id,
        exposure=exposure,
        summary=summary,
        links=tuple(Link(str(entity_type or "entity"), i) for i in ids),
        evidence=_evidence(row.get("evidence")),
    )


def from_report(
    report_id: str,
    entity_type: str,
    entity_id: str,
    reporter_type: str,
    reason: str,
    text: str | None,
    seller_id: str | None = None,
    exposure: Exposure = Exposure(),
) -> CaseDraft:
    """A case draft from a user or brand notice.

    >>> from_report("R1", "listing", "L9", "brand", "counterfeit", "偽物です").risk
    0.6
    """
    return CaseDraft(
        source=Source.REPORT,
        source_ref=report_id,
        kind=f"report:{reason}",
        title={
            "ja": f"通報（{reporter_type}）: {reason}",
            "en": f"Report ({reporter_type}): {reason}",
        },
        risk=REPORTER_RISK.get(reporter_type, 0.4),
        entity_type=entity_type,
        entity_id=entity_id,
        seller_id=seller_id if seller_id else (entity_id if entity_type == "seller" else None),
        exposure=exposure,
        summary=text or "",
        links=(Link(entity_type, entity_id, "subject"),),
        evidence=({"kind": "report", "reporter_type": reporter_type, "text": text or ""},),
    )


def from_low_confidence(
    decision_id: str,
    entity_type: str,
    entity_id: str,
    policy_id: str,
    confidence: float,
    severity: str | None = None,
    seller_id: str | None = None,
    exposure: Exposure = Exposure(),
) -> CaseDraft:
    """A decision the engine is unsure of: risk is the severity, not the (low) confidence.

    >>> from_low_confidence("D1", "listing", "L1", "jp.pmd.disease-claim", 0.4, "high").risk
    0.8
    """
    risk = {"low": 0.3, "medium": 0.5, "high": 0.8, "critical": 0.95}.get(severity or "", 0.5)
    return CaseDraft(
        source=Source.LOW_CONFIDENCE,
        source_ref=decision_id,
        kind=f"low_confidence:{policy_id}",
        title={
            "ja": f"確信度の低い判定: {policy_id}（{confidence:.2f}）",
            "en": f"Low-confidence decision: {policy_id} ({confidence:.2f})",
        },
        risk=risk,
        entity_type=entity_type,
        entity_id=entity_id,
        seller_id=seller_id,
        exposure=exposure,
        severity=severity,
        links=(Link(entity_type, entity_id, "subject"),),
    )


def from_alert(
    alert_id: str, policy_id: str, metric: str, message: dict[str, str], risk: float = 0.6
) -> CaseDraft:
    """A monitoring alert on a policy (hit-rate jump, overturn rate, drift …).

    >>> from_alert("A1", "jp.stema", "hit_rate", {"ja": "急増", "en": "spike"}).kind
    'monitoring:hit_rate'
    """
    return CaseDraft(
        source=Source.MONITORING,
        source_ref=alert_id,
        kind=f"monitoring:{metric}",
        title={
            "ja": f"監視アラート: {policy_id} — {message.get('ja', '')}",
            "en": f"Monitoring alert: {policy_id} — {message.get('en', '')}",
        },
        risk=risk,
        entity_type="policy",
        entity_id=policy_id,
        links=(Link("policy", policy_id, "subject"),),
    )


def internal(
    team: Team,
    title: str,
    summary: str,
    risk: float = 0.5,
    entity_type: str | None = None,
    entity_id: str | None = None,
    seller_id: str | None = None,
) -> CaseDraft:
    """A case opened by hand, e.g. Legal asking for a review of a seller."""
    links = (Link(entity_type, entity_id, "subject"),) if entity_type and entity_id else ()
    return CaseDraft(
        source=Source.INTERNAL,
        source_ref=None,
        kind=f"internal:{team.value}",
        title={"ja": title, "en": title},
        risk=risk,
        entity_type=entity_type,
        entity_id=entity_id,
        seller_id=seller_id,
        team=team,
        summary=summary,
        links=links,
    )
