"""Round 6 (health claims): the classes added from the 46通知 and 景表法 sources.

Each case is a phrasing written for this test, not a row of the evaluation set, so a
pass means the *class* matches, not a remembered sentence. The look-alikes below are the
everyday wording each broad class must leave alone (see docs/pack-jp.md, "Round 6").
"""

from __future__ import annotations

from typing import Any

import pytest

from .helpers import evaluator


def _hits(pack: Any, kind: str, entity: dict[str, Any], related: Any = None) -> set[str]:
    ev = evaluator(pack)
    return {h.policy_id for h in ev.evaluate(kind, {"id": "t", **entity}, related).hits}


def _listing(pack: Any, category: str, text: str, **extra: Any) -> set[str]:
    return _hits(
        pack, "listing", {"category": category, "title": "商品", "description": text, **extra}
    )


@pytest.mark.parametrize(
    ("category", "text", "policy"),
    [
        # lab values moving, as numbers (arrows and dots are folded away) or as verdicts
        ("health_food", "中性脂肪が210→140まで下がりました", "jp.pmd.food-body-function"),
        ("health_food", "中性脂肪が210→140まで下がりました", "jp.pmd.disease-claim"),
        (
            "food",
            "人間ドックで毎年引っかかっていたのに、今年は異常なし",
            "jp.pmd.food-body-function",
        ),
        # the medicine reduced or stopped, with no disease named
        ("food", "飲み続けて半年、睡眠薬を手放せました", "jp.pmd.disease-claim"),
        ("health_food", "痛み止めに頼らない生活を目指す方へ", "jp.pmd.disease-claim"),
        # self-contained disease claims
        ("health_food", "お医者さんにさじを投げられた祖母が、今では散歩に", "jp.pmd.disease-claim"),
        ("health_food", "息子はこの冬、一度も学校を休まなかった", "jp.pmd.disease-claim"),
        # internal-pain mimetics and pain ebbing away
        ("health_food", "胃のキリキリがすーっと引いていく", "jp.pmd.disease-claim"),
        # 46通知 body-function classes in their common surface forms
        ("health_food", "仕事終わりの重だるさが抜けていく", "jp.pmd.food-body-function"),
        ("health_food", "精力がみなぎる", "jp.pmd.food-body-function"),
        ("health_food", "若々しさをキープしたい方に", "jp.pmd.food-body-function"),
        ("health_food", "記憶力の低下が気になる方に", "jp.pmd.food-body-function"),
        ("health_food", "手術後の体力回復をサポート", "jp.pmd.food-body-function"),
        ("health_food", "疲れた肝臓をいたわる", "jp.pmd.food-body-function"),
        ("health_food", "自律神経の乱れからくるだるさに", "jp.pmd.food-body-function"),
        ("health_food", "寝起きがまるで違う", "jp.pmd.food-body-function"),
        ("health_food", "インフルエンザに負けない体に", "jp.pmd.food-body-function"),
        # 用法用量 given as a condition, a schedule or an increase
        ("health_food", "食前に水でお飲みください", "jp.pmd.drug-dosage-schedule"),
        ("health_food", "つらい日は1日8粒に増量してください", "jp.pmd.drug-dosage-schedule"),
        # weight loss with the minus sign folded away, and burning from inside
        (
            "health_food",
            "ファスティングで4kg、あっという間でした",
            "jp.keihyo.quantified-weight-loss",
        ),
        ("health_food", "からだの芯から燃焼", "jp.keihyo.slimming-claim"),
        # targeting by a lab value, organs rewarded, pace of loss (batch 3 classes)
        ("food", "尿酸値が気になるご主人にも。毎晩の一杯", "jp.pmd.disease-claim"),
        ("health_food", "接待続きの肝臓にご褒美を", "jp.pmd.food-body-function"),
        ("health_food", "週1kgずつ順調に", "jp.keihyo.quantified-weight-loss"),
        ("health_food", "腰の悩みにはまずこれ", "jp.pmd.disease-claim"),
        # batch 4 classes: brain fog, cognition targeted, clothes loosening, cracked heels
        ("health_food", "ぼんやりしがちな頭をクリアに", "jp.pmd.food-body-function"),
        ("health_food", "テスト期間の記憶力に", "jp.pmd.food-body-function"),
        ("health_food", "ジーンズがゆるゆるになった", "jp.keihyo.slimming-claim"),
        ("general", "指のささくれが治るハンドケア手袋", "jp.pmd.disease-claim"),
        # body functions on goods that are not medical devices
        ("general", "このマットで寝ると血流が良くなる", "jp.pmd.goods-body-function"),
    ],
)
def test_round6_claim_classes(pack: Any, category: str, text: str, policy: str) -> None:
    assert policy in _listing(pack, category, text)


@pytest.mark.parametrize(
    ("category", "text", "policy"),
    [
        # the review queue: any body target or symptom near any change word
        ("health_food", "続けるうちに腎臓の調子が変わってきた", "jp.pmd.health-change-review"),
        ("general", "足首のむくみが気にならなくなった", "jp.pmd.symptom-change-review"),
    ],
)
def test_review_queue_signals(pack: Any, category: str, text: str, policy: str) -> None:
    assert policy in _listing(pack, category, text)


def test_review_queue_policies_only_label(pack: Any) -> None:
    """The broad signals route to people: no delisting, no points on the ladder."""
    review = {p.id: p for p in pack.policies if p.id.endswith("-review")}
    assert set(review) >= {"jp.pmd.health-change-review", "jp.pmd.symptom-change-review"}
    for p in review.values():
        assert (p.action, p.severity, p.points) == ("label", "low", 0), p.id


def test_review_queue_skips_approved_foods(pack: Any) -> None:
    text = "睡眠の質(眠りの深さ)の向上に役立つ機能が報告されています"
    assert "jp.pmd.health-change-review" not in _listing(pack, "health_food", text, approval="fnfc")


def test_medicine_reduction_in_a_post(pack: Any) -> None:
    hits = _hits(
        pack,
        "creator_post",
        {"caption": "#PR 飲み始めてから頭痛薬が要らなくなった", "affiliate_link": True},
        {"listing": {"id": "l", "category": "health_food"}},
    )
    assert "jp.pmd.disease-claim-post" in hits


@pytest.mark.parametrize(
    ("category", "text", "extra"),
    [
        # words that contain a change stem or a body word
        ("food", "明治から続く老舗の味噌。お召し上がり方はお好みで", {}),
        ("food", "喉ごしすっきり、キレのある味わい", {}),
        ("food", "果肉ゴロゴロのいちごジャム", {}),
        ("food", "減農薬で育てたお米。農薬を減らした栽培", {}),
        ("food", "体の芯から温まる生姜スープ", {}),
        ("health_food", "原材料:米油、ゼラチン、酸化防止剤(ビタミンE)", {}),
        ("food", "1日目はそのまま、2日目は雑炊に", {}),
        # mandatory FNC statement and an approved quasi-drug's efficacy block
        (
            "health_food",
            "本品は、多量摂取により疾病が治癒したり、より健康が増進するものではありません",
            {"approval": "fnc"},
        ),
        (
            "quasi_drug",
            "効能・効果:ふけ、かゆみ、病後・産後の脱毛、養毛",
            {"approval": "quasi_drug_approved"},
        ),
        # 56-claim paraphrases on cosmetics
        ("cosmetics", "ニキビ予防 洗顔フォーム 泡立てネット付き", {}),
        ("cosmetics", "フケ・かゆみを抑えるシャンプー", {}),
        # exercise goods, height, and a product for people with a condition
        ("general", "トレーニングチューブ 体力アップ・筋力アップに", {}),
        ("apparel", "履くだけで身長が5cm高く見えるシークレットシューズ", {}),
        ("general", "腰痛がある方の起き上がりも楽な電動ベッド", {}),
        ("food", "冷えた体にうれしい、あったか甘酒", {}),
        ("health_food", "健康診断の数値が気になる方は、まずかかりつけ医へ", {}),
        ("apparel", "ウエストがゆるくなりにくい高耐久ゴム", {}),
        ("food", "糖尿病の方向けの特別食ではありません。ふつうのおせんべいです", {}),
    ],
)
def test_round6_classes_leave_look_alikes_alone(
    pack: Any, category: str, text: str, extra: dict[str, Any]
) -> None:
    health = {
        p.id
        for p in pack.policies
        if p.family in {"pmd_disease", "pmd_body_function", "keihyo_weight_loss", "pmd_dosage"}
    }
    assert not (_listing(pack, category, text, **extra) & health)
