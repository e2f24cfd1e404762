"""The pack's text knowledge on targeted cases: permitted wording, negations, evasions."""

from __future__ import annotations

from typing import Any

import pytest

from .helpers import evaluator

# 化粧品の効能の範囲 (平成23年 薬食発0721第1号), verbatim. Statute-level text.
COSMETIC_56 = [
    "頭皮、毛髪を清浄にする。",
    "香りにより毛髪、頭皮の不快臭を抑える。",
    "頭皮、毛髪をすこやかに保つ。",
    "毛髪にはり、こしを与える。",
    "頭皮、毛髪にうるおいを与える。",
    "頭皮、毛髪のうるおいを保つ。",
    "毛髪をしなやかにする。",
    "クシどおりをよくする。",
    "毛髪のつやを保つ。",
    "毛髪につやを与える。",
    "フケ、カユミがとれる。",
    "フケ、カユミを抑える。",
    "毛髪の水分、油分を補い保つ。",
    "裂毛、切毛、枝毛を防ぐ。",
    "髪型を整え、保持する。",
    "毛髪の帯電を防止する。",
    "(汚れをおとすことにより)皮膚を清浄にする。",
    "(洗浄により)ニキビ、アセモを防ぐ(洗顔料)。",
    "肌を整える。",
    "肌のキメを整える。",
    "皮膚をすこやかに保つ。",
    "肌荒れを防ぐ。",
    "肌をひきしめる。",
    "皮膚にうるおいを与える。",
    "皮膚の水分、油分を補い保つ。",
    "皮膚の柔軟性を保つ。",
    "皮膚を保護する。",
    "皮膚の乾燥を防ぐ。",
    "肌を柔らげる。",
    "肌にはりを与える。",
    "肌にツヤを与える。",
    "肌を滑らかにする。",
    "ひげを剃りやすくする。",
    "ひげそり後の肌を整える。",
    "あせもを防ぐ(打粉)。",
    "日やけを防ぐ。",
    "日やけによるシミ、ソバカスを防ぐ。",
    "芳香を与える。",
    "爪を保護する。",
    "爪をすこやかに保つ。",
    "爪にうるおいを与える。",
    "口唇の荒れを防ぐ。",
    "口唇のキメを整える。",
    "口唇にうるおいを与える。",
    "口唇をすこやかにする。",
    "口唇を保護する。口唇の乾燥を防ぐ。",
    "口唇の乾燥によるカサツキを防ぐ。",
    "口唇を滑らかにする。",
    "ムシ歯を防ぐ(使用時にブラッシングを行う歯みがき類)。",
    "歯を白くする(使用時にブラッシングを行う歯みがき類)。",
    "歯垢を除去する(使用時にブラッシングを行う歯みがき類)。",
    "口中を浄化する(歯みがき類)。",
    "口臭を防ぐ(歯みがき類)。",
    "歯のやにを取る(使用時にブラッシングを行う歯みがき類)。",
    "歯石の沈着を防ぐ(使用時にブラッシングを行う歯みがき類)。",
    "乾燥による小ジワを目立たなくする。",
]


def _hits(pack: Any, kind: str, entity: dict[str, Any], related: Any = None) -> set[str]:
    ev = evaluator(pack)
    return {h.policy_id for h in ev.evaluate(kind, {"id": "t", **entity}, related).hits}


def test_all_56_cosmetic_claims_are_permitted_verbatim(env: Any) -> None:
    from mamori.text.functions import allowed_claim

    missing = [c for c in COSMETIC_56 if not allowed_claim(env, c, "jp.cosmetic_56").value]
    assert not missing, missing


@pytest.mark.parametrize("claim", COSMETIC_56)
def test_a_cosmetic_making_only_a_permitted_claim_is_clean(pack: Any, claim: str) -> None:
    assert not _hits(
        pack, "listing", {"category": "cosmetics", "title": "化粧品", "description": claim}
    )


@pytest.mark.parametrize(
    "variant",
    [
        "肌にうるおいを与えます",  # conjugated
        "皮膚を整えてくれる",  # 皮膚 for 肌
        "肌の水分・油分を補います",  # 補う for 補い保つ
        "肌の水分、油分を保ちます",  # 保つ for 補い保つ
        "髪にハリ・コシを与える",  # katakana, 髪 for 毛髪
    ],
)
def test_permitted_claim_variants(env: Any, variant: str) -> None:
    from mamori.text.functions import allowed_claim

    assert allowed_claim(env, variant, "jp.cosmetic_56").value


def test_permitted_wording_masks_only_itself(pack: Any) -> None:
    """「肌荒れを防ぐ」 is permitted; 「肌荒れが治る」 beside it still counts."""
    base = {"category": "cosmetics", "title": "化粧水"}
    assert not _hits(pack, "listing", {**base, "description": "肌荒れを防ぐ"})
    assert "jp.pmd.cosmetic-concern-change" in _hits(
        pack, "listing", {**base, "description": "肌荒れを防ぐ。ひどい肌荒れも改善"}
    )


@pytest.mark.parametrize(
    "text",
    [
        "本品は病気の治療を目的としたものではありません",
        "本品は疾病の診断、治療、予防を目的としたものではありません。",
        "医薬品ではありません。体調が悪い時は医師にご相談ください",
        "持病のある方は、かかりつけ医にご相談ください",
    ],
)
def test_negations_and_safety_notes_are_not_claims(pack: Any, text: str) -> None:
    assert not _hits(
        pack, "listing", {"category": "health_food", "title": "サプリ", "description": text}
    )


@pytest.mark.parametrize(
    "text",
    [
        "飲むだけでみるみる痩せた",
        "ﾉﾑﾀﾞｹﾃﾞﾐﾙﾐﾙﾔｾﾀ",
        "飲 む だ け で み る み る 痩 せ た",
        "飲む\u200bだけで\u200bみるみる\u200b瘦せた",
        "飲むだけで🌸みるみる🌸痩せた",
    ],
)
def test_weight_loss_evasions(pack: Any, text: str) -> None:
    assert "jp.keihyo.effortless-weight-loss" in _hits(
        pack, "listing", {"category": "health_food", "title": "茶", "description": text}
    )


@pytest.mark.parametrize("cancer", ["がん", "ガン", "ｶﾞﾝ", "癌", "胃がん"])
def test_cancer_spellings(pack: Any, cancer: str) -> None:
    hits = _hits(
        pack,
        "listing",
        {"category": "health_food", "title": "粒", "description": f"{cancer}が消えた"},
    )
    assert "jp.pmd.serious-disease-claim" in hits


@pytest.mark.parametrize("text", ["毎日がんばるあなたに", "ガンガン使えるタフな鍋", "がんもどき"])
def test_gan_inside_ordinary_words_is_not_cancer(pack: Any, text: str) -> None:
    assert not _hits(
        pack,
        "listing",
        {"category": "food", "title": "食品", "description": text + "。効果的な使い方"},
    )


def test_approved_wording_is_allowed_only_with_the_approval(pack: Any) -> None:
    listing = {"category": "food", "title": "緑茶", "description": "おなかの調子を整えます"}
    assert not _hits(pack, "listing", {**listing, "approval": "foshu"})
    assert "jp.approved.function-claim-unapproved" in _hits(
        pack, "listing", {**listing, "approval": "none"}
    )
    # and only that wording: a FOSHU product still may not claim more
    more = {**listing, "approval": "foshu", "description": "おなかの調子を整えます。免疫力もアップ"}
    assert "jp.pmd.food-body-function" in _hits(pack, "listing", more)


def test_quasi_drug_wording_needs_the_approval(pack: Any) -> None:
    q = {
        "category": "quasi_drug",
        "title": "薬用クリーム",
        "description": "メラニンの生成を抑え、シミ・ソバカスを防ぐ",
    }
    assert not _hits(pack, "listing", {**q, "approval": "quasi_drug_approved"})
    assert _hits(pack, "listing", {**q, "category": "cosmetics", "approval": "none"}) >= {
        "jp.pmd.quasi-drug-wording-unapproved"
    }


def test_doctor_mentioned_without_endorsement(pack: Any) -> None:
    base = {"category": "cosmetics", "title": "クリーム"}
    assert not _hits(
        pack, "listing", {**base, "description": "異常があるときは皮膚科医にご相談ください"}
    )
    assert "jp.pmd.medical-endorsement" in _hits(
        pack, "listing", {**base, "description": "皮膚科医の多くがすすめています"}
    )


@pytest.mark.parametrize(
    ("caption", "hashtags", "expected"),
    [
        ("#PR 新作リップ", "#リップ", set()),
        ("新作リップ、発色が最高でした", "#リップ", {"jp.stema.no-disclosure"}),
        ("新作リップ【広告】", None, set()),  # short caption: the disclosure is visible
        ("これは広告ではありません。新作リップ", None, {"jp.stema.disclosure-denied"}),
        (
            "新作リップを使ってみました。" * 8 + "#PR",  # end of a long caption
            None,
            {"jp.stema.disclosure-buried"},
        ),
        (
            "新作リップ",
            " ".join(f"#tag{i}" for i in range(12)) + " #PR",
            {"jp.stema.disclosure-buried"},
        ),
        ("新作リップ", "#PR " + " ".join(f"#tag{i}" for i in range(12)), set()),
    ],
)
def test_stealth_marketing_disclosure_rules(
    pack: Any, caption: str, hashtags: str | None, expected: set[str]
) -> None:
    hits = _hits(pack, "creator_post", {"caption": caption, "hashtags": hashtags, "gifted": True})
    assert {h for h in hits if h.startswith("jp.stema.")} >= expected
    if not expected:
        assert not {h for h in hits if h.startswith("jp.stema.")}


def test_untied_posts_need_no_disclosure(pack: Any) -> None:
    assert not _hits(pack, "creator_post", {"caption": "新作リップ、発色が最高でした"})


@pytest.mark.parametrize(
    ("observed", "at_list", "hit"),
    [
        (56, 29, False),  # majority of 8 weeks
        (56, 28, True),  # exactly half is not a majority
        (20, 11, True),  # majority of a short selling period, but under 2 weeks
        (30, 16, False),  # majority and at least 2 weeks
        (24, 12, True),
    ],
)
def test_eight_week_rule_boundaries(pack: Any, observed: int, at_list: int, hit: bool) -> None:
    listing = {"category": "general", "title": "椅子", "price": 5000, "list_price": 9000}
    related = {
        "price": {
            "days_observed_56d": observed,
            "days_at_list_price_56d": at_list,
            "max_price_56d": 9000,
        }
    }
    assert ("jp.keihyo.double-price-8-week" in _hits(pack, "listing", listing, related)) is hit


@pytest.mark.parametrize(
    ("text", "blade", "hit"),
    [
        ("ダガーナイフ 両刃", 5.4, False),
        ("ダガーナイフ 両刃", 5.5, True),
        ("護身用に携帯", 6.0, False),
        ("護身用に携帯", 6.1, True),
    ],
)
def test_knife_length_boundaries(pack: Any, text: str, blade: float, hit: bool) -> None:
    hits = _hits(pack, "listing", {"category": "knife", "title": text, "blade_length_cm": blade})
    assert bool(hits & {"jp.knife.double-edged", "jp.knife.carry-promotion"}) is hit


# Classes added in the generalisation rounds (holdout5–7). Each case is a *new* phrasing
# of its class, not a row of the evaluation set, so these check that the class — not a
# memorised phrase — does the work.
@pytest.mark.parametrize(
    ("category", "text", "policy"),
    [
        # body part + mimetic symptom word, cured
        ("food", "喉がひりひりする季節も、この一杯で快適に", "jp.pmd.disease-claim"),
        # any kanji compound + の痛み, with a before-frame testimonial
        (
            "general",
            "扁平足の痛みで靴が履けなかった母が、散歩を楽しめるように",
            "jp.pmd.disease-claim",
        ),
        # "〜ていた私が" frame next to a symptom
        ("health_food", "夜中に何度もトイレで目が覚めていた私が朝まで熟睡", "jp.pmd.disease-claim"),
        # medicine no longer needed
        ("health_food", "偏頭痛もちでしたが、今は頭痛薬なしで過ごせます", "jp.pmd.disease-claim"),
        # sufferer targeting with a symptom state
        ("food", "お腹が張りやすい方、気持ちが沈みがちな方に", "jp.pmd.disease-claim"),
        # body-part slimming and figure numbers
        ("apparel", "ふくらはぎがひと回り細くなった", "jp.keihyo.slimming-claim"),
        ("apparel", "年末までに-4kgを目指すならこのレギンス", "jp.keihyo.quantified-weight-loss"),
        # slimming on a food is a body-function claim too
        ("health_food", "元の体重に戻れたのはこれのおかげ", "jp.pmd.food-body-function"),
        # fatigue metaphors
        ("health_food", "疲れが次の日に残らない", "jp.pmd.food-body-function"),
        # cosmetics: before-frames and restoration
        ("cosmetics", "くすみに悩んでいた私が、すっぴんで外出", "jp.pmd.cosmetic-out-of-scope"),
        ("cosmetics", "頬のハリが戻る美容液", "jp.pmd.cosmetic-out-of-scope"),
    ],
)
def test_generalised_claim_classes(pack: Any, category: str, text: str, policy: str) -> None:
    assert policy in _hits(
        pack, "listing", {"category": category, "title": "商品", "description": text}
    )


@pytest.mark.parametrize(
    ("category", "title", "text"),
    [
        ("general", "体重計", "0.1kg単位で測定。乗るだけで電源オン"),
        ("general", "ヘルスメーター", "乗るだけで体重と体脂肪率を表示"),
        (
            "health_food",
            "ビタミンD",
            "ビタミンDは、腸管でのカルシウムの吸収を促進し、骨の形成を助ける栄養素です",
        ),
        ("general", "ヨガマット", "厚さ10mmで膝が痛くなりにくい"),
        ("apparel", "ワイドパンツ", "脚のラインを拾わずすっきり見える"),
        ("cosmetics", "ヘアマスク", "毛髪にハリ・コシを与える。枝毛、切れ毛を防ぐ"),
    ],
)
def test_generalised_classes_leave_look_alikes_alone(
    pack: Any, category: str, title: str, text: str
) -> None:
    entity: dict[str, Any] = {"category": category, "title": title, "description": text}
    if title == "ビタミンD":
        entity["approval"] = "fnc"
    assert not _hits(pack, "listing", entity)
