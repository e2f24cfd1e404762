"""Round 11 (health): a claim whose own clause ends in a denial is not a claim.

holdout16's largest class of false positives was denied or disclaimed claims: the product
as the subject of a denied result (「本品を〜だけで…ものではありません」), claims listed as
what may not be said (「『痩せる』などの表示はできません」), conditions named only as what the
product is not for (「…の治療・矯正を目的としたものではありません」), FAQ answers refusing,
denials in creators' words. The normaliser folds 。 away, so each shape is bounded in
characters and by what a denial clause looks like; a claim next to an *unrelated* denial
(「副作用の心配はありません」「効果を保証するものではありません」 after the claim) must stay a
hit, and so must a claim glued in front of a denial (the regression the first probe batch
found). Each case is a phrasing written for this test, not a row of the evaluation set.
"""

from __future__ import annotations

from typing import Any

import pytest

from .helpers import evaluator

_HEALTH = {
    "pmd_disease",
    "pmd_body_function",
    "pmd_endorsement",
    "pmd_dosage",
    "approved_claims",
    "keihyo_weight_loss",
    "otc_drug",
}


def _families(pack: Any, entity: dict[str, Any], kind: str = "listing") -> set[str]:
    ev = evaluator(pack)
    return {h.family for h in ev.evaluate(kind, {"id": "t", **entity}, None).hits if h.family}


@pytest.mark.parametrize(
    ("category", "title", "text", "fields"),
    [
        ("food", "オートミール 1kg", "※当商品を食べるだけで体重が減るわけではありません。", {}),
        ("general", "バランスボール 65cm", "※本製品に座るだけで痩せるものではありません。", {}),
        ("apparel", "着圧ソックス", "※履くだけで脚が細くなるものではございません。", {}),
        (
            "health_food",
            "サプリ 表示の手引き",
            "「血糖値が下がる」「がんが消える」などの表現は使用できません。",
            {},
        ),
        ("general", "低反発 座布団", "※猫背や肩こりの治療を目的としたものではありません。", {}),
        ("food", "ルイボスティー", "※冷えの改善を目的としたものではありません。", {}),
        (
            "food",
            "甘酒 500ml",
            "Q. 夏バテに効きますか? A. 食品のため、効能についてはお答えできません。",
            {},
        ),
        (
            "health_food",
            "マルチビタミン",
            "本品は、多量摂取により疾病が治癒したり、より健康が増進するものではありません。",
            {},
        ),
        (
            "health_food",
            "【機能性表示食品】ヒハツ 粒|手足の冷えが気になる方に",
            "届出表示:本品にはヒハツ由来ピペリンが含まれ、冷えにより低下した末梢血流を正常に整え、"
            "手足の冷えを軽減する機能が報告されています。",
            {"approval": "fnfc"},
        ),
        ("apparel", "撥水 パーカー", "撥水加工でほこりや花粉が付きにくい生地です。", {}),
        (
            "general",
            "歯間ブラシ",
            "歯ぐきが気になる方は、歯医者さんでの定期検診もおすすめします。",
            {},
        ),
        (
            "food",
            "ハーブティー",
            "のどが痛いときなど、症状が続く場合は医療機関を受診してください。",
            {},
        ),
    ],
)
def test_round11_denied_claims_left_alone(
    pack: Any, category: str, title: str, text: str, fields: dict[str, Any]
) -> None:
    entity: dict[str, Any] = {"category": category, "title": title, "description": text, **fields}
    assert not _families(pack, entity) & _HEALTH


@pytest.mark.parametrize(
    "transcript",
    [
        "「これで痩せる?」→これ飲むだけで痩せるってことはないよ、置き換えの1食にしてるだけ。",
        "便秘が治るとかそういうものではないけど、朝のルーティンにちょうどいい。",
        "お薬を飲んでる人は、先にお医者さんに聞いてからにしてね。",
    ],
)
def test_round11_denials_in_posts_left_alone(pack: Any, transcript: str) -> None:
    entity: dict[str, Any] = {"caption": "【PR】ライブ", "transcript": transcript, "shop_tag": True}
    assert not _families(pack, entity, "creator_post") & _HEALTH


@pytest.mark.parametrize(
    ("category", "title", "text", "family", "fields"),
    [
        # an unrelated denial after the claim
        (
            "health_food",
            "スリム茶",
            "飲むだけで痩せる!副作用の心配はありません。",
            "keihyo_weight_loss",
            {},
        ),
        (
            "health_food",
            "スリム茶",
            "飲むだけで-5kg!※効果を保証するものではありません。",
            "pmd_body_function",
            {},
        ),
        # a claim glued in front of a denial keeps its words
        (
            "health_food",
            "黒酢",
            "血圧が下がると評判。※効果を保証するものではありません。",
            "pmd_body_function",
            {},
        ),
        (
            "health_food",
            "ウコン",
            "肝臓の数値が改善!※病気の治療を目的としたものではありません",
            "pmd_body_function",
            {},
        ),
        (
            "food",
            "クッキー",
            "食べるだけで脂肪が燃える!※個人の感想であり効果を保証するものではありません",
            "keihyo_weight_loss",
            {},
        ),
        # a denial reasserted, and a FAQ answered yes
        (
            "food",
            "シェイク",
            "飲むだけで痩せるわけではありません…なんて言いません!1ヶ月で-8kg!",
            "keihyo_weight_loss",
            {},
        ),
        (
            "food",
            "ごぼう茶",
            "Q. 便秘に効きますか? A. はい、3日でスッキリ解消します。",
            "pmd_disease",
            {},
        ),
        # the audience line counts on a food without approval
        ("health_food", "ヒハツ 粒", "冷えが気になる方に。ぽかぽか。", "pmd_body_function", {}),
        # a figure after a manner adverb is a result
        ("health_food", "スリムサプリ", "飲むだけでらくらく10kg", "keihyo_weight_loss", {}),
    ],
)
def test_round11_claims_still_caught(
    pack: Any, category: str, title: str, text: str, family: str, fields: dict[str, Any]
) -> None:
    entity: dict[str, Any] = {"category": category, "title": title, "description": text, **fields}
    assert family in _families(pack, entity)


@pytest.mark.parametrize(
    ("category", "title", "text"),
    [
        # holdout15's classes, fresh phrasings
        ("food", "玄米パフ", "※本品は機能性表示食品・特定保健用食品ではありません。"),
        ("health_food", "GABA 粒", "寝つけない状態が続く場合は、医師にご相談ください。"),
        (
            "general",
            "骨伝導 集音器",
            "本品は医療機器ではなく、難聴を治したり聴力を回復させるものではありません。",
        ),
        ("general", "ベビー 腹巻き", "寝冷え防止に。コットン100%。"),
        (
            "health_food",
            "ソイプロテイン 1kg",
            "1日2回、1回20gを目安に水に溶かしてお召し上がりください。",
        ),
    ],
)
def test_round11_holdout15_classes_left_alone(
    pack: Any, category: str, title: str, text: str
) -> None:
    entity: dict[str, Any] = {"category": category, "title": title, "description": text}
    assert not _families(pack, entity) & _HEALTH


def test_round11_pill_schedule_and_label_still_caught(pack: Any) -> None:
    pills = {
        "category": "health_food",
        "title": "粒",
        "description": "1日3回、1回2粒を食後にお飲みください。",
    }
    label = {
        "category": "food",
        "title": "青汁",
        "description": "機能性表示食品。本品は特定保健用食品ではありません。",
    }
    assert "pmd_dosage" in _families(pack, pills)
    assert "approved_claims" in _families(pack, label)


def test_round11_fnc_denial_does_not_mark_fnc_wording(pack: Any) -> None:
    denial = "本品は、多量摂取により疾病が治癒したり、より健康が増進するものではありません。"
    plain = {"category": "health_food", "title": "ビタミンC", "description": denial}
    labelled = {**plain, "description": "栄養機能食品(ビタミンC)。" + denial}
    assert "approved_claims" not in _families(pack, plain)
    assert "approved_claims" in _families(pack, labelled)
