"""Statements of reasons carry the TFDPA content, in Japanese and English."""

from __future__ import annotations

from datetime import datetime

from mamori.enforcement.reasons import Fact, LawRef, StatementInput, build_statement

LAW = LawRef("jp.pmd.art66", {"ja": "医薬品医療機器等法", "en": "PMD Act"}, "66条1項")


def make(**kw: object) -> dict[str, object]:
    base: dict[str, object] = {
        "action_id": "act1",
        "action": "delist",
        "trigger": "policy",
        "entity_type": "listing",
        "entity_id": "L-77",
        "issued_at": datetime(2026, 5, 1, 9, 0),
        "ends_at": None,
        "appeal_until": datetime(2026, 5, 15, 9, 0),
        "policy_id": "jp.pmd.disease-claim",
        "policy_version": 3,
        "policy_hash": "f" * 64,
        "reason": {
            "ja": "「{evidence}」は医薬品的な効能効果の表示です。",
            "en": "「{evidence}」 claims to cure a disease.",
        },
        "facts": [
            Fact("title", "糖尿病", 5, 8),
            Fact("title", "治る", 9, 11),
            Fact("description", "糖尿病", 0, 3),
        ],
        "laws": [LAW],
    }
    base.update(kw)
    return build_statement(StatementInput(**base))  # type: ignore[arg-type]


def test_policy_statement_has_every_element() -> None:
    s = make()
    ja, en = str(s["ja"]), str(s["en"])
    for needle in (
        "出品の削除",
        "L-77",
        "無期限",
        "「糖尿病、治る」は",
        "「糖尿病」（title）",
        "jp.pmd.disease-claim v3",
        "医薬品医療機器等法 66条1項",
        "検出: 自動",
        "判断: 自動",
        "2026-05-15 09:00 UTC",
        "act1",
    ):
        assert needle in ja, needle
    for needle in (
        "removal of the listing",
        "indefinitely",
        "claims to cure",
        "policy jp.pmd.disease-claim v3",
        "PMD Act 66条1項",
        "detection automated",
        "Appeal: until 2026-05-15 09:00 UTC",
    ):
        assert needle in en, needle
    assert s["policy"] == {"id": "jp.pmd.disease-claim", "version": 3, "hash": "f" * 64}
    assert s["automated"] == {"detection": True, "decision": True}
    assert s["appeal"] == {"channel": "POST /v1/appeals", "until": "2026-05-15T09:00:00"}


def test_ladder_statement_explains_points_and_duration() -> None:
    s = make(
        action="suspend",
        trigger="ladder",
        entity_type="seller",
        entity_id="S1",
        ends_at=datetime(2026, 6, 26, 9, 0),
        policy_id=None,
        policy_version=None,
        points_total=21,
        threshold=20,
        window_days=365,
    )
    assert "違反点数の累計が21点" in str(s["ja"]) and "20点の基準" in str(s["ja"])
    assert "2026-06-26 09:00 UTC" in str(s["ja"]) and "until 2026-06-26 09:00 UTC" in str(s["en"])
    assert "アカウントの一時停止" in str(s["ja"])
    assert s["contractual_basis"] == {
        "ja": "出店規約（違反点数制度）",
        "en": "seller terms (penalty point system)",
    }


def test_manual_statement_says_people_decided() -> None:
    s = make(automated_detection=False, automated_decision=False)
    assert "検出: 人による、判断: 人による" in str(s["ja"])
    assert "detection by a person, decision by a person" in str(s["en"])


def test_long_quotes_are_shortened() -> None:
    s = make(facts=[Fact("description", "あ" * 1000, 0, 1000)])
    assert all(len(f["quote"]) <= 200 for f in s["facts"])  # type: ignore[index]
