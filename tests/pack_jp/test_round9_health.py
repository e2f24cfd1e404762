"""Round 9 (health): permitted wording holdout13 flagged, fixed by class.

The classes: care goods "used in hospitals and care homes" (適正広告基準 binds 医薬品等,
not an ordinary spoon), cautions for people under a doctor's restriction, a drug named by
its action in an interaction caution, 食品表示基準's allergen label, skin-condition
cautions on cosmetics, and goods for the customer's own prescribed medicine. Each case is
a phrasing written for this test, not a row of the evaluation set; the claims next to
each class must still be caught (see docs/pack-jp.md, "Round 9").
"""

from __future__ import annotations

from typing import Any

import pytest

from .helpers import evaluator

_HEALTH = {"pmd_disease", "pmd_body_function", "pmd_endorsement", "otc_drug", "pmd_cosmetic_scope"}


def _families(pack: Any, entity: dict[str, Any]) -> set[str]:

    ev = evaluator(pack)
    hits = ev.evaluate("listing", {"id": "t", **entity}, None).hits
    return {h.family for h in hits if h.family}


@pytest.mark.parametrize(
    ("category", "title", "text"),
    [
        # care goods used in hospitals and care homes
        ("general", "介護用 コップ 吸い飲み", "医療・介護の現場でも使われているロングセラー。"),
        ("general", "介護ベッド用 手すり", "高齢者施設や病院などで採用されています。"),
        # cautions for people under a doctor's restriction
        (
            "food",
            "減塩 しょうゆ",
            "高血圧などで塩分の制限を受けている方は、医師にご相談のうえお使いください。",
        ),
        # a drug named by its action in an interaction caution
        (
            "health_food",
            "青汁 粉末",
            "血液を固まりにくくする薬(ワルファリン)を服用中の方は、医師にご相談ください。",
        ),
        # allergen labels
        ("food", "手作り ハンバーグ", "アレルギー表示:卵、乳成分、小麦、牛肉、豚肉、大豆"),
        ("food", "焼き菓子 詰め合わせ", "【アレルギー】一部に小麦・卵・乳成分・アーモンドを含む"),
        # skin-condition cautions on cosmetics
        (
            "cosmetics",
            "ボディソープ",
            "肌に傷や湿疹などの異常がある時はお使いにならないでください。",
        ),
        # goods for the customer's own prescribed medicine
        ("general", "携帯用 お薬ポーチ", "病院で処方されたお薬の持ち運びに便利なポーチです。"),
    ],
)
def test_round9_permitted_wording_left_alone(
    pack: Any, category: str, title: str, text: str
) -> None:
    entity: dict[str, Any] = {"category": category, "title": title, "description": text}
    assert not _families(pack, entity) & _HEALTH


@pytest.mark.parametrize(
    ("category", "title", "text", "family"),
    [
        # a hospital alone (no care setting) still reads as an endorsement
        ("general", "磁気ブレスレット", "有名な大学病院でも使われています。", "pmd_endorsement"),
        # the care-use mask is for ordinary goods only: on a food it still counts
        ("health_food", "青汁 粉末", "病院や介護施設でも使われている青汁です。", "pmd_endorsement"),
        # a restriction caution does not hide a cure claim next to it
        (
            "health_food",
            "もち麦 ごはん",
            "腎臓病などで食事療法を受けている方も、毎日食べて腎臓病が改善しました。",
            "pmd_disease",
        ),
        # the drug's action is masked only as a drug description, not as the food's claim
        (
            "health_food",
            "納豆菌 サプリ",
            "飲むだけで血液をサラサラにするサプリです。",
            "pmd_body_function",
        ),
        # an allergy named without the label form is still a disease word on a food
        ("health_food", "甜茶 サプリ", "つらい花粉症やアレルギーの季節に。", "pmd_disease"),
        # a prescription drug sold, not a device for it
        ("general", "処方薬 通販", "病院で処方される薬を処方箋なしでお届けします。", "otc_drug"),
    ],
)
def test_round9_claims_still_caught(
    pack: Any, category: str, title: str, text: str, family: str
) -> None:
    entity: dict[str, Any] = {"category": category, "title": title, "description": text}
    assert family in _families(pack, entity)


@pytest.mark.parametrize(
    ("approval", "text", "expected"),
    [
        # a disease cure or prevention claim goes beyond any approval
        ("fnfc", "血圧が高めの方に。降圧剤に頼らない毎日へ、薬をやめられたとの声も。", True),
        ("foshu", "毎日飲んで糖尿病を予防しましょう。", True),
        ("fnc", "カルシウムで骨粗しょう症が治ります。", True),
        # the notified sentence and the mandatory statements are not
        (
            "fnfc",
            "本品にはGABAが含まれます。GABAには血圧が高めの方の血圧を下げる機能が報告されています。",
            False,
        ),
        ("foshu", "本品は疾病の治療を目的としたものではありません。", False),
        # no approval: pmd_disease covers it, this policy does not
        (None, "毎日飲んで糖尿病を予防しましょう。", False),
    ],
)
def test_round9_disease_claim_on_approved_food(
    pack: Any, approval: str | None, text: str, expected: bool
) -> None:
    entity: dict[str, Any] = {
        "id": "t",
        "category": "health_food",
        "title": "サプリ",
        "description": text,
    }
    if approval:
        entity["approval"] = approval
    ev = evaluator(pack)
    ids = {h.policy_id for h in ev.evaluate("listing", entity, None).hits}
    assert ("jp.approved.disease-claim-approved-food" in ids) is expected


@pytest.mark.parametrize(
    ("category", "title", "text", "expected"),
    [
        # fat burnt by wearing or sleeping in goods
        ("apparel", "着圧 レギンス", "寝ている間に太ももの脂肪を燃やします。", True),
        ("general", "サウナベルト", "巻くだけで脂肪が溶ける。", True),
        # exercise equipment burning fat through exercise is not a body-function claim
        ("general", "ステッパー", "踏み台運動で脂肪燃焼を目指す方に。", False),
        # permanent hair removal on a home device, and its negated form
        ("general", "家庭用 脱毛器", "自宅で永久脱毛。二度と毛が生えてきません。", True),
        (
            "general",
            "家庭用 脱毛器",
            "本品は永久脱毛ではありません。継続したお手入れをおすすめします。",
            False,
        ),
    ],
)
def test_round9_goods_body_change(
    pack: Any, category: str, title: str, text: str, expected: bool
) -> None:
    entity: dict[str, Any] = {"category": category, "title": title, "description": text}
    assert ("pmd_body_function" in _families(pack, entity)) is expected
