"""Every DSA export passes the Transparency Database rules; the validator catches breaks."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from mamori.enforcement.dsa import to_dsa, validate
from mamori.enforcement.reasons import Fact, LawRef, StatementInput, build_statement
from mamori.entities import ACTIONS

RULES = json.loads((Path(__file__).parent / "data" / "dsa_statement_of_reasons.json").read_text())

ILLEGAL = LawRef(
    "jp.pmd.art66",
    {"ja": "医薬品医療機器等法", "en": "PMD Act"},
    "66条1項",
    dsa={
        "ground": "ILLEGAL_CONTENT",
        "category": "STATEMENT_CATEGORY_CONSUMER_INFORMATION",
        "keywords": ["KEYWORD_MISLEADING_INFO_GOODS_SERVICES"],
    },
)
TERMS = LawRef(
    "jp.tos.stema",
    {"ja": "利用規約", "en": "Terms of service"},
    "8条",
    dsa={
        "ground": "INCOMPATIBLE_CONTENT",
        "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
        "keywords": ["KEYWORD_HIDDEN_ADVERTISEMENT", "KEYWORD_NOT_A_REAL_ONE"],
    },
)
UNMAPPED = LawRef(
    "jp.tokusho.art11",
    {"ja": "特定商取引法", "en": "Specified Commercial Transactions Act"},
    "11条",
)


def statement(
    action: str, entity_type: str, laws: tuple[LawRef, ...], trigger: str = "policy", **kw: Any
) -> dict[str, Any]:
    return build_statement(
        StatementInput(
            action_id=kw.pop("action_id", "a1b2c3d4e5f6"),
            action=action,
            trigger=trigger,
            entity_type=entity_type,
            entity_id="L-1",
            issued_at=datetime(2026, 5, 1, 9, 30),
            ends_at=kw.pop("ends_at", None),
            appeal_until=datetime(2026, 5, 15, 9, 30),
            policy_id=None if trigger == "ladder" else "jp.pmd.disease-claim",
            policy_version=None if trigger == "ladder" else 3,
            reason={
                "ja": "「{evidence}」は医薬品的な効能効果の表示です。",
                "en": "「{evidence}」 claims a cure.",
            },
            facts=kw.pop("facts", [Fact("title", "飲むだけで糖尿病が治る", 0, 11)]),
            laws=laws,
            points_total=9,
            threshold=8,
            window_days=365,
            **kw,
        )
    )


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize(
    "laws",
    [(ILLEGAL,), (TERMS,), (UNMAPPED,), (), (ILLEGAL, TERMS)],
    ids=["illegal", "terms", "unmapped", "none", "both"],
)
@pytest.mark.parametrize("entity_type", ["listing", "seller", "creator_post", "review"])
def test_every_export_is_accepted(action: str, laws: tuple[LawRef, ...], entity_type: str) -> None:
    trigger = "ladder" if action in ("warn", "suspend") and entity_type == "seller" else "policy"
    ends = (
        datetime(2026, 6, 1) if action in ("restrict_feature", "suspend", "hold_payout") else None
    )
    obj = to_dsa(statement(action, entity_type, laws, trigger, ends_at=ends))
    assert validate(obj, RULES) == []
    assert "territorial_scope" not in obj  # a Japan-only decision
    assert "seller_id" not in obj and "ja" not in obj  # only DSA fields, no personal data


def test_mapping_details() -> None:
    obj = to_dsa(statement("delist", "listing", (ILLEGAL,)))
    assert obj["decision_visibility"] == ["DECISION_VISIBILITY_CONTENT_REMOVED"]
    assert obj["decision_ground"] == "DECISION_GROUND_ILLEGAL_CONTENT"
    assert "PMD Act 66条1項" in obj["illegal_content_legal_ground"]
    assert obj["category_specification"] == ["KEYWORD_MISLEADING_INFO_GOODS_SERVICES"]
    assert obj["application_date"] == "2026-05-01" and obj["puid"] == "a1b2c3d4e5f6"
    assert "飲むだけで糖尿病が治る" in obj["decision_facts"]
    terms = to_dsa(statement("hold_payout", "seller", (TERMS,), ends_at=datetime(2026, 6, 1)))
    assert terms["decision_monetary"] == "DECISION_MONETARY_SUSPENSION"
    assert terms["end_date_monetary_restriction"] == "2026-06-01"
    assert terms["category_specification"] == [
        "KEYWORD_HIDDEN_ADVERTISEMENT"
    ]  # unknown keyword dropped
    assert terms["incompatible_content_ground"].startswith("Terms of service, policy")


def test_long_evidence_is_cut_to_limits() -> None:
    facts = [Fact("description", "治る" * 400, 0, 800) for _ in range(40)]
    obj = to_dsa(statement("delist", "listing", (ILLEGAL,), facts=facts))
    assert validate(obj, RULES) == []
    assert len(obj["decision_facts"]) <= 5000


@pytest.mark.parametrize(
    ("patch", "expected"),
    [
        ({"puid": "bad puid!"}, "puid"),
        ({"puid": "x" * 501}, "puid"),
        ({"category": "STATEMENT_CATEGORY_PIRACY"}, "category"),
        ({"territorial_scope": ["JP"]}, "territorial_scope"),
        ({"content_date": "2026-13-01"}, "content_date"),
        ({"application_date": "2019-12-31"}, "application_date"),
        ({"automated_detection": True}, "automated_detection"),
        ({"decision_facts": "x" * 5001}, "decision_facts"),
        ({"decision_visibility": ["DECISION_VISIBILITY_OTHER"]}, "decision_visibility_other"),
        ({"source_identity": "someone"}, "source_identity"),
        (
            {"decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT"},
            "incompatible_content_ground",
        ),
        ({"mamori_extra": 1}, "mamori_extra"),
        ({"content_id": {"EAN-13": "123"}}, "content_id"),
    ],
)
def test_validator_catches(patch: dict[str, Any], expected: str) -> None:
    obj = to_dsa(statement("delist", "listing", (ILLEGAL,))) | patch
    problems = validate(obj, RULES)
    assert any(p.startswith(expected) for p in problems), problems


def test_validator_requires_fields() -> None:
    problems = validate({}, RULES)
    for field in RULES["required"]:
        assert any(p.startswith(field) for p in problems)
    assert any(p.startswith("one of") for p in problems)
