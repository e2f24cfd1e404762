"""Round 9 (beauty, 景表法): each class on phrasings that are not in the eval set.

holdout13's false positives in these families were label wording the pack read as claims:
a note that names a claim only to deny it, the standard cosmetic caution naming 湿疹, a
named award with its period, and a hair dye's approved 染毛. Every case is a new phrasing
of its class, and each class has a violating neighbour that must still be caught.
"""

from __future__ import annotations

from typing import Any

import pytest

from .helpers import evaluator

SCOPE = {
    "jp.pmd.cosmetic-out-of-scope",
    "jp.pmd.cosmetic-concern-change",
    "jp.pmd.cosmetic-disease-claim",
    "jp.pmd.quasi-drug-wording-unapproved",
}


def _listing(pack: Any, category: str, title: str, text: str, **fields: Any) -> set[str]:
    ev = evaluator(pack)
    entity = {"id": "t", "category": category, "title": title, "description": text, **fields}
    return {h.policy_id for h in ev.evaluate("listing", entity).hits}


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        # a claim named only to deny it
        ("※化粧品につき、育毛・発毛効果はございません。頭皮にうるおいを与える。", False),
        ("本品は化粧品であり、発毛効果をうたったものではありません。", False),
        ("※美白効果を標榜するものではありません。肌にツヤを与える。", False),
        # the standard caution names a disease to warn
        ("頭皮に湿疹、かぶれ等の異常がある場合はご使用にならないでください。", False),
        # a claim written just before the note is still a claim
        ("塗るたびに抜け毛が減る実感。※育毛効果をうたうものではありません", True),
        ("育毛ケアはこれ一本。※個人の感想です", True),
    ],
)
def test_label_notes_are_not_claims(pack: Any, text: str, hit: bool) -> None:
    hits = _listing(pack, "cosmetics", "スカルプローション 200ml", text, approval="none")
    assert bool(hits & SCOPE) is hit


NO1 = "jp.keihyo.no1-unsourced"


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        # a named award with its period is its own source
        ("『MAQUIA』2024年上半期ベストコスメ リップ部門 第1位受賞", False),
        ("LIPSベストコスメ2025 上半期 スキンケア部門 1位", False),
        ("令和6年度 ○○化粧品大賞 第1位に選出", False),
        # no period, or another rank standing after the award
        ("ベストコスメ1位の実力派リップ", True),
        ("2025年ベストコスメ受賞、さらに満足度No.1", True),
    ],
)
def test_named_awards_with_period_are_sourced(pack: Any, text: str, hit: bool) -> None:
    assert (NO1 in _listing(pack, "cosmetics", "リップ", text)) is hit


CURE = "jp.pmd.quasi-drug-cure-claim"


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("■効能・効果:染毛\n■気になる白髪を根元までしっかり染める。効果長持ち。", False),
        ("効能効果:染毛、脱色。白髪もしっかり染まるクリームタイプ。", False),
        # beyond a dye's approval
        ("続けるうちに白髪が黒く戻ってくる。", True),
        ("白髪がなくなり若々しい髪に。", True),
    ],
)
def test_hair_dye_colouring_is_within_approval(pack: Any, text: str, hit: bool) -> None:
    hits = _listing(
        pack, "quasi_drug", "【医薬部外品】白髪染め", text, approval="quasi_drug_approved"
    )
    assert (CURE in hits) is hit


GUARANTEE = "jp.pmd.efficacy-guarantee"


@pytest.mark.parametrize(
    ("category", "text", "hit"),
    [
        ("quasi_drug", "つらいワキガも一生治る薬用クリーム", True),
        ("cosmetics", "ニキビが二度とできない肌へ", True),
        ("general", "一度処理した毛は二度と生えてきません", True),
        # a warranty, a wear time or a lifetime of use is not a lasting result
        ("general", "本体は永久保証。交換カートリッジ式で長く使える", False),
        ("cosmetics", "一生使いたいお気に入りのマスカラ。一日中にじまない", False),
    ],
)
def test_permanence_is_a_guaranteed_result(pack: Any, category: str, text: str, hit: bool) -> None:
    hits = _listing(pack, category, "美容器", text, product_type="beauty_device")
    assert (GUARANTEE in hits) is hit


OUT = "jp.pmd.cosmetic-out-of-scope"


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("使い続けるとムダ毛が生えにくくなるローション", True),
        ("ヒゲが少しずつ薄くなってきた", True),
        ("体臭の原因物質をまるごと分解", True),
        ("ワキのニオイを根元から断つ", True),
        # the 56: shaving, cleansing, fragrance; フケ・かゆみ with 防ぐ
        ("ひげを剃りやすくする。肌を整える", False),
        ("香りにより、汗のにおいを抑える", False),
        ("フケ・かゆみを防ぐ。頭皮を清浄にする", False),
    ],
)
def test_body_hair_and_odour_causes_are_beyond_cosmetics(pack: Any, text: str, hit: bool) -> None:
    assert (OUT in _listing(pack, "cosmetics", "メンズローション", text, approval="none")) is hit


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("気になる体臭が永久に治る", True),
        ("汗のにおいが二度と治らないと諦めていた方に。制汗・防臭", False),
    ],
)
def test_a_cure_for_life_is_beyond_a_quasi_drug(pack: Any, text: str, hit: bool) -> None:
    hits = _listing(pack, "quasi_drug", "薬用デオドラント", text, approval="quasi_drug_approved")
    assert (CURE in hits) is hit
