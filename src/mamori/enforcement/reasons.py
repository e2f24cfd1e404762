"""Statements of reasons in Japanese and English, with the content TFDPA asks for.

For every restriction of a seller (delisting, feature limits, payout holds, suspension,
termination) TFDPA requires the platform to disclose *what* is restricted and the
*reasons* (japan.md §4.2). A statement here carries: what was restricted and until when;
the facts, quoting the evidence from the original text; the policy id and version; the
legal basis (from the pack's ``laws.yaml``) and the contractual basis (the policy); whether
detection and decision were automated; and how and by when to appeal. It is stored with
the action, so the export (``dsa.py``) never depends on a pack that has since changed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

ACTION_LABELS: dict[str, dict[str, str]] = {
    "label": {"ja": "注意表示（ラベル）の付与", "en": "a warning label on the content"},
    "demote": {"ja": "検索・表示順位の引き下げ", "en": "demotion in search and ranking"},
    "delist": {"ja": "出品の削除（非公開化）", "en": "removal of the listing"},
    "warn": {"ja": "警告", "en": "a formal warning"},
    "restrict_feature": {
        "ja": "一部機能（販促・広告等）の利用制限",
        "en": "restriction of some features (promotions, advertising)",
    },
    "hold_payout": {"ja": "売上金の支払保留", "en": "withholding of payouts"},
    "suspend": {"ja": "アカウントの一時停止", "en": "temporary suspension of the account"},
    "terminate": {
        "ja": "取引の全部の拒絶（契約の解除）",
        "en": "termination of the account (refusal of all trade)",
    },
}

ENTITY_LABELS: dict[str, dict[str, str]] = {
    "listing": {"ja": "出品", "en": "listing"},
    "seller": {"ja": "出店者アカウント", "en": "seller account"},
    "creator_post": {"ja": "クリエイター投稿", "en": "creator post"},
    "review": {"ja": "レビュー", "en": "review"},
    "order": {"ja": "注文", "en": "order"},
}

QUOTE_MAX = 200


@dataclass(frozen=True, slots=True)
class LawRef:
    """One legal basis as ``laws.yaml`` declares it (``dsa`` mapping optional)."""

    id: str
    law: Mapping[str, str]
    article: str
    duty: Mapping[str, str] = field(default_factory=dict)
    dsa: Mapping[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "law": dict(self.law),
            "article": self.article,
            "duty": dict(self.duty),
            "dsa": dict(self.dsa) if self.dsa else None,
        }


@dataclass(frozen=True, slots=True)
class Fact:
    field: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class StatementInput:
    action_id: str
    action: str
    trigger: str  # policy | ladder | manual
    entity_type: str
    entity_id: str
    issued_at: datetime
    ends_at: datetime | None
    appeal_until: datetime | None
    policy_id: str | None = None
    policy_version: int | None = None
    policy_hash: str | None = None
    reason: Mapping[str, str] = field(default_factory=dict)
    facts: Sequence[Fact] = ()
    laws: Sequence[LawRef] = ()
    automated_detection: bool = True
    automated_decision: bool = True
    points: int = 0
    points_total: int | None = None
    threshold: int | None = None
    window_days: int | None = None
    content_date: datetime | None = None
    appeal_channel: str = "POST /v1/appeals"
    seller_id: str | None = None


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_MAX else text[: QUOTE_MAX - 1] + "…"


def _date(d: datetime | None, lang: str) -> str:
    if d is None:
        return "無期限（解除まで）" if lang == "ja" else "indefinitely (until lifted)"
    return d.strftime("%Y-%m-%d %H:%M UTC")


def _reason(inp: StatementInput, lang: str) -> str:
    if inp.trigger == "ladder":
        if lang == "ja":
            return (
                f"直近{inp.window_days}日間の違反点数の累計が{inp.points_total}点となり、"
                f"{inp.threshold}点の基準に達したため。"
            )
        return (
            f"the seller's violation points over the last {inp.window_days} days reached "
            f"{inp.points_total}, at or above the threshold of {inp.threshold}."
        )
    text = inp.reason.get(lang) or ""
    quotes: list[str] = []
    for f in inp.facts:
        q = _quote(f.text)
        if q not in quotes:
            quotes.append(q)
    return text.replace("{evidence}", "、".join(quotes))


def render(inp: StatementInput, lang: str) -> str:
    """The human-readable statement in ``lang`` (``ja`` or ``en``)."""
    act = ACTION_LABELS.get(inp.action, {"ja": inp.action, "en": inp.action})[lang]
    ent = ENTITY_LABELS.get(inp.entity_type, {"ja": inp.entity_type, "en": inp.entity_type})[lang]
    policy = f"{inp.policy_id} v{inp.policy_version}" if inp.policy_id else None
    facts = [f"「{_quote(f.text)}」（{f.field}）" for f in inp.facts[:5]]
    laws_ja = [f"{law.law.get('ja', law.id)} {law.article}" for law in inp.laws]
    laws_en = [f"{law.law.get('en', law.id)} {law.article}" for law in inp.laws]
    deadline = _date(inp.appeal_until, lang) if inp.appeal_until else None
    if lang == "ja":
        lines = [
            f"【措置の内容】{ent}（{inp.entity_id}）に対し「{act}」を行いました。"
            f"期間: {_date(inp.issued_at, 'ja')}から{_date(inp.ends_at, 'ja')}"
            + ("まで。" if inp.ends_at else "。"),
            f"【理由】{_reason(inp, 'ja')}",
        ]
        if facts:
            lines.append("【事実】次の記載を確認しました: " + "、".join(facts))
        basis = [f"規約（ポリシー {policy}）"] if policy else ["出店規約（違反点数制度）"]
        if laws_ja:
            basis.append("法令: " + "、".join(laws_ja))
        lines.append("【根拠】" + "／".join(basis))
        lines.append(
            "【自動化の有無】検出: "
            + ("自動" if inp.automated_detection else "人による")
            + "、判断: "
            + ("自動" if inp.automated_decision else "人による")
        )
        if deadline:
            lines.append(
                f"【不服申立て】{deadline}までに、{inp.appeal_channel}（出店者用 API）または"
                "管理画面から、措置ID "
                f"{inp.action_id} を指定して申し立てることができます。担当者が審査します。"
            )
        return "\n".join(lines)
    lines = [
        f"What: {act} on {ent} {inp.entity_id}, from {_date(inp.issued_at, 'en')} "
        f"until {_date(inp.ends_at, 'en')}.",
        f"Why: {_reason(inp, 'en')}",
    ]
    if facts:
        lines.append("Facts: we found " + ", ".join(facts) + ".")
    basis = [f"terms of service (policy {policy})"] if policy else ["seller terms (penalty points)"]
    if laws_en:
        basis.append("law: " + "; ".join(laws_en))
    lines.append("Basis: " + "; ".join(basis) + ".")
    lines.append(
        "Automation: detection "
        + ("automated" if inp.automated_detection else "by a person")
        + ", decision "
        + ("automated" if inp.automated_decision else "by a person")
        + "."
    )
    if deadline:
        lines.append(
            f"Appeal: until {deadline}, through {inp.appeal_channel} (seller API) or the "
            f"seller console, quoting action id {inp.action_id}; a person reviews it."
        )
    return "\n".join(lines)


def build_statement(inp: StatementInput) -> dict[str, Any]:
    """The stored statement: the ja/en texts plus every element as structured data."""
    label = ACTION_LABELS.get(inp.action, {"ja": inp.action, "en": inp.action})
    return {
        "ja": render(inp, "ja"),
        "en": render(inp, "en"),
        "action_id": inp.action_id,
        "action": {
            "type": inp.action,
            "label": dict(label),
            "entity_type": inp.entity_type,
            "entity_id": inp.entity_id,
            "from": inp.issued_at.isoformat(),
            "until": inp.ends_at.isoformat() if inp.ends_at else None,
        },
        "reason": {"ja": _reason(inp, "ja"), "en": _reason(inp, "en")},
        "facts": [
            {"field": f.field, "quote": _quote(f.text), "start": f.start, "end": f.end}
            for f in inp.facts
        ],
        "policy": (
            {"id": inp.policy_id, "version": inp.policy_version, "hash": inp.policy_hash}
            if inp.policy_id
            else None
        ),
        "trigger": inp.trigger,
        "points": {
            "awarded": inp.points,
            "total": inp.points_total,
            "threshold": inp.threshold,
            "window_days": inp.window_days,
        },
        "legal_basis": [law.to_dict() for law in inp.laws],
        "contractual_basis": (
            {
                "ja": f"規約ポリシー {inp.policy_id} 第{inp.policy_version}版",
                "en": f"policy {inp.policy_id} version {inp.policy_version}",
            }
            if inp.policy_id
            else {"ja": "出店規約（違反点数制度）", "en": "seller terms (penalty point system)"}
        ),
        "automated": {
            "detection": inp.automated_detection,
            "decision": inp.automated_decision,
        },
        "appeal": {
            "channel": inp.appeal_channel,
            "until": inp.appeal_until.isoformat() if inp.appeal_until else None,
        },
        "notice_timing": "at_the_time",
        "content_date": (inp.content_date or inp.issued_at).date().isoformat(),
        "seller_id": inp.seller_id,
    }
