"""Round 8 (health): permitted wording holdout12 flagged, fixed by class from the sources.

The classes are 食品表示基準's mandatory statements of approved foods (FOSHU, FNFC, FNC,
特別用途食品), the fixed nutrient-function sentences of 別表第十一, the notified FNFC
sentence, side-effect cautions, care goods for people under treatment, a doctor advising
the customer, and allergen statements. Each case is a phrasing written for this test,
not a row of the evaluation set; the claims next to each class must still be caught (see
docs/pack-jp.md, "Round 8").
"""

from __future__ import annotations

from typing import Any

import pytest

from .helpers import evaluator

_HEALTH = {"pmd_disease", "pmd_body_function", "pmd_endorsement", "approved_claims"}


def _families(pack: Any, entity: dict[str, Any]) -> set[str]:
    ev = evaluator(pack)
    hits = ev.evaluate("listing", {"id": "t", **entity}, None).hits
    return {h.family for h in hits if h.family}


@pytest.mark.parametrize(
    ("category", "approval", "title", "text"),
    [
        # mandatory statements of FOSHU / FNFC that reuse FNC wording
        (
            "food",
            "foshu",
            "トクホ 緑茶",
            "摂取上の注意：本品は多量摂取によって疾病が治癒したり、より健康が増進するものではありません。",
        ),
        (
            "health_food",
            "fnfc",
            "機能性表示食品 ヒアルロン酸",
            "ただし、特定保健用食品と異なり、消費者庁長官による個別審査を受けたものではありません。",
        ),
        (
            "health_food",
            "fnfc",
            "機能性表示食品 DHA",
            "本品は、疾病に罹患している者、未成年者、妊産婦及び授乳婦を対象に開発された食品ではありません。"
            "疾病に罹患している場合は医師に、医薬品を服用している場合は医師、薬剤師に相談してください。",
        ),
        # the notified FNFC sentence in another ending
        (
            "food",
            "fnfc",
            "機能性表示食品 りんご",
            "りんご由来プロシアニジンには、BMIが高めの方の内臓脂肪を減らすのを助けることが報告されています。",
        ),
        # 別表第十一's fixed sentences on an FNC product
        (
            "health_food",
            "fnc",
            "栄養機能食品(銅・葉酸)",
            "銅は、多くの体内酵素の正常な働きと骨の形成を助ける栄養素です。葉酸は、胎児の正常な発育に寄与する栄養素です。",
        ),
        (
            "health_food",
            "fnc",
            "栄養機能食品(ビタミンA)",
            "ビタミンAは、夜間の視力の維持を助ける栄養素です。",
        ),
        # 特別用途食品's statement
        (
            "food",
            None,
            "えん下困難者用食品 とろみ",
            "医師に指示された場合に限り用いる食品です。",
        ),
        # side-effect cautions
        (
            "food",
            None,
            "オリゴ糖 シロップ",
            "まろやかな甘さ。摂り過ぎると体質によりおなかがはることがあります。",
        ),
        (
            "health_food",
            "fnc",
            "栄養機能食品(マグネシウム)",
            "多量に摂取すると軟便になる場合があります。",
        ),
        # care goods for people under treatment
        ("apparel", None, "ケアキャップ 綿", "放射線治療中の頭皮にもやさしい肌ざわり。"),
        ("general", None, "前開き パジャマ", "手術後の方も着替えやすいスナップボタン。"),
        # a doctor advising the customer
        ("food", None, "低糖質 パン", "主治医から糖質を控えるよう指導されている方の朝食に。"),
        # FOSHU's disease-risk-reduction claim in its hedged form
        (
            "food",
            "foshu",
            "トクホ 葉酸 飲料",
            "適切な量の葉酸を含む健康的な食事は、神経管閉鎖障害を持つ子どもが生まれるリスクを低減するかもしれません。",
        ),
        # cautions in other grammar
        ("food", None, "ラムネ 糖アルコール", "体調によってはお腹が張る可能性があります。"),
        ("food", None, "食物繊維 ドリンク", "飲み過ぎると下痢をすることがあります。"),
        # allergen statements
        (
            "food",
            None,
            "米粉 クッキー",
            "アレルギー物質(特定原材料等)28品目不使用。えび・かにを含む製品と共通の設備で製造しています。",
        ),
    ],
)
def test_round8_permitted_wording_left_alone(
    pack: Any, category: str, approval: str | None, title: str, text: str
) -> None:
    entity: dict[str, Any] = {"category": category, "title": title, "description": text}
    if approval:
        entity["approval"] = approval
    assert not _families(pack, entity) & _HEALTH


@pytest.mark.parametrize(
    ("category", "approval", "title", "text", "family"),
    [
        # FNC wording still marks a product that is not FNC
        (
            "health_food",
            None,
            "葉酸 サプリ",
            "葉酸は、胎児の正常な発育に寄与する栄養素です。",
            "approved_claims",
        ),
        # round 11: the FNC denial 「多量摂取により疾病が治癒したり…ものではありません」 alone is no
        # longer FNC wording (a plain supplement may state it, holdout16's convention); the
        # FNC label itself on a product without FNC status still is
        (
            "health_food",
            None,
            "ビタミンサプリ",
            "栄養機能食品(ビタミンC)。本品は多量摂取により疾病が治癒したり、より健康が増進するものではありません。",
            "approved_claims",
        ),
        # a claim next to the masked wording is still read
        (
            "health_food",
            "fnc",
            "栄養機能食品(カリウム)",
            "カリウムは、正常な血圧を保つのに必要な栄養素です。高血圧が治ったとの声も。",
            "pmd_disease",
        ),
        (
            "health_food",
            "fnfc",
            "機能性表示食品 GABA",
            "疾病に罹患している場合は医師に相談してください。飲むだけで糖尿病が改善します。",
            "pmd_disease",
        ),
        # treatment wording that is the product's promise, not the customer's situation
        ("health_food", None, "しいたけエキス", "乳がんの術後ケアに選ばれています", "pmd_disease"),
        ("health_food", None, "フコイダン", "抗がん剤の副作用をやわらげます", "pmd_disease"),
        # a doctor recommending the product is still an endorsement
        ("food", None, "黒酢", "お医者さんもすすめる黒酢", "pmd_endorsement"),
        # the risk-reduction wording on a product without FOSHU approval
        (
            "health_food",
            None,
            "カルシウム粒",
            "骨粗しょう症になるリスクを低減するかもしれません。",
            "approved_claims",
        ),
        # a bowel claim is not a caution
        ("food", None, "ごぼう茶", "お腹がすっきり、便秘が解消します", "pmd_disease"),
    ],
)
def test_round8_claims_still_caught(
    pack: Any, category: str, approval: str | None, title: str, text: str, family: str
) -> None:
    entity: dict[str, Any] = {"category": category, "title": title, "description": text}
    if approval:
        entity["approval"] = approval
    assert family in _families(pack, entity)


@pytest.mark.parametrize(
    ("category", "title", "text", "family"),
    [
        # skin growths named with their site; leaky gut; wounds cared for
        ("health_food", "ヨクイニン", "背中イボもぽろっと取れました", "pmd_disease"),
        ("food", "ボーンブロス", "リーキーガット対策の一杯", "pmd_disease"),
        ("cosmetics", "軟膏 クリーム", "擦り傷の手当てにも", "pmd_disease"),
        # a body system rebuilt, toxins leaving, the autonomic nervous system switched
        ("health_food", "霊芝 粒", "弱った免疫を建て直す", "pmd_body_function"),
        ("food", "ごぼう茶", "重金属がどんどん抜けていく", "pmd_body_function"),
        (
            "general",
            "ホットアイマスク",
            "交感神経から副交感神経へすっと切り替える",
            "pmd_body_function",
        ),
        # a bowel movement told as an outcome with its timing
        ("food", "ごぼう茶", "飲んだ翌朝はごっそり", "pmd_disease"),
        ("health_food", "乳酸菌", "5日も出なかったのがうそみたい", "pmd_disease"),
    ],
)
def test_round8_miss_classes(pack: Any, category: str, title: str, text: str, family: str) -> None:
    assert family in _families(pack, {"category": category, "title": title, "description": text})


@pytest.mark.parametrize(
    ("category", "title", "text"),
    [
        ("general", "救急箱 セット", "すり傷の応急手当てに、車に一つ"),
        ("general", "防刃 手袋", "切り傷から手を守る"),
        ("apparel", "ケア帽子 抗がん剤 脱毛", "抗がん剤の副作用で髪が抜けた方に"),
        ("general", "綿 手袋", "薬の副作用で手荒れしやすい方にも"),
        ("food", "おでん セット", "翌日には味がしみて、具材どっさり"),
    ],
)
def test_round8_goods_and_food_look_alikes_left_alone(
    pack: Any, category: str, title: str, text: str
) -> None:
    assert "pmd_disease" not in _families(
        pack, {"category": category, "title": title, "description": text}
    )
