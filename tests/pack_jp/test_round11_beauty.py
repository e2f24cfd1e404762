"""Round 11 (beauty, 景表法, ステマ, 銃刀法): each class on phrasings that are not in the eval set.

Round 11 took holdout15/16 (blind batches, first-scored) as tuning material. The classes
fixed here: a claim whose own clause ends in a denial (「…消すものではありません」), claims
quoted as what may not be said, test footnotes ending 「…ということではありません」, official
statistics as a rank's basis, a rank asked about and denied, 自動開閉 on goods that are not
knives, and (lead's decisions) a profession's recommendation rate as a rate claim and a
guarantee or speed word attached to a change of figure on any goods. New catches: disease
claims and No.1 claims in sponsored posts, speed words next to a repair claim on cosmetics,
acne-scar craters and inflammation cared for. Every permitted class has a violating
neighbour that must still be caught.
"""

from __future__ import annotations

from typing import Any

import pytest

from .helpers import evaluator


def _evaluator(pack: Any) -> Any:
    return evaluator(pack)


def _families(pack: Any, kind: str, entity: dict[str, Any]) -> set[str]:
    families = {p.id: p.family for p in pack.policies}
    return {families[h.policy_id] for h in _evaluator(pack).evaluate(kind, entity).hits}


def _listing(pack: Any, category: str, title: str, text: str, **fields: Any) -> set[str]:
    entity = {"id": "t", "category": category, "title": title, "description": text, **fields}
    return _families(pack, "listing", entity)


def _post(pack: Any, caption: str, **fields: Any) -> set[str]:
    return _families(pack, "creator_post", {"id": "p", "caption": caption, **fields})


@pytest.mark.parametrize(
    ("category", "text", "family", "hit"),
    [
        # a claim denied in its own clause
        (
            "cosmetics",
            "※今ある毛穴を小さくするものではありません。毛穴の汚れを落とします",
            "pmd_cosmetic_scope",
            False,
        ),
        (
            "cosmetics",
            "目元のくまが消えるわけではありません。肌にハリを与えます",
            "pmd_cosmetic_scope",
            False,
        ),
        (
            "cosmetics",
            "たるみが引き上がるとは限りません。肌を引き締めます",
            "pmd_cosmetic_scope",
            False,
        ),
        # a claim beside an unrelated denial still counts
        ("cosmetics", "くまが消える!※医薬品ではありません", "pmd_cosmetic_scope", True),
        ("cosmetics", "毛穴が消える。副作用の心配はありません", "pmd_cosmetic_scope", True),
        # claims quoted as what may not be said
        (
            "cosmetics",
            "化粧品の広告では『毛穴が消える』『くすみが取れる』などの表現は使えません",
            "pmd_cosmetic_scope",
            False,
        ),
        ("cosmetics", "毛穴が消える、くすみが取れる、と評判の美容液", "pmd_cosmetic_scope", True),
        # test footnotes: 「…ということではありません」 denies the guarantee
        (
            "cosmetics",
            "低刺激処方※ ※すべての方に刺激が起きないということではありません",
            "pmd_guarantee",
            False,
        ),
        ("cosmetics", "誰が使っても刺激が起きない低刺激処方", "pmd_guarantee", True),
        # a FAQ answer that denies a risk is a safety guarantee (not masked as a denied claim)
        (
            "health_food",
            "Q. 副作用はありますか? A. 天然成分だけなので副作用は一切ありません",
            "pmd_guarantee",
            True,
        ),
        # speed next to a repair claim on cosmetics; cleansing speed is not
        ("cosmetics", "たった2回で傷んだ毛先が元通りに", "pmd_guarantee", True),
        ("cosmetics", "1回で毛穴の汚れをすっきり落とす洗顔料", "pmd_guarantee", False),
        ("cosmetics", "深いほうれい線も3週間で消えていく", "pmd_guarantee", True),
        # craters and inflammation are beyond the 56
        ("cosmetics", "ニキビ跡のへこみまで平らに整えるクリーム", "pmd_cosmetic_scope", True),
        ("cosmetics", "頭皮の炎症をやさしくケアするスカルプローション", "pmd_cosmetic_scope", True),
        ("cosmetics", "頭皮を清浄にし、フケ・カユミを抑える", "pmd_cosmetic_scope", False),
        # a concern written with a 伏せ字 (〇 survives folding); 〇〇 as a place name is not one
        ("cosmetics", "く〇みが消える、ほうれい〇もなかったことに", "pmd_cosmetic_scope", True),
        ("cosmetics", "〇〇県産の原料を使用。肌にうるおいを与えます", "pmd_cosmetic_scope", False),
        # a dusting powder's あせも対策 restates claim 52
        (
            "cosmetics",
            "ベビーパウダーで夏のあせも対策。汗をかいたらはたいてください",
            "pmd_cosmetic_scope",
            False,
        ),
    ],
)
def test_denials_quotes_speed_scope(
    pack: Any, category: str, text: str, family: str, hit: bool
) -> None:
    assert (family in _listing(pack, category, "商品", text)) is hit


def test_approved_whitening_quasi_drug_prevents_spots_whatever_the_qualifier(pack: Any) -> None:
    text = "メラニンの生成を抑え、シミ・ソバカスを防ぐ。Q. 今のシミは薄くなりますか? A. 今あるシミを薄くするものではありません。これからのシミ・ソバカスを防ぐ美容液です"
    assert "pmd_quasi_drug" not in _listing(
        pack, "quasi_drug", "薬用美白化粧水", text, approval="quasi_drug_approved"
    )
    text = "メラニンの生成を抑え、シミ・ソバカスを防ぐ。今あるシミも1か月で消し去ります"
    assert "pmd_quasi_drug" in _listing(
        pack, "quasi_drug", "薬用美白化粧水", text, approval="quasi_drug_approved"
    )


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        # official production statistics name source, period and population
        ("〇〇町のれんこん生産量は県内1位。※2024年産 〇〇県『野菜生産出荷統計』より", False),
        ("〇〇町のれんこんは県内1位の生産量!", True),
        # a region named makes 一番人気 a comparison with competitors; the shop's own does not
        ("全国で一番人気の干し芋", True),
        ("当店で一番人気の干し芋", False),
        # a profession's recommendation rate (lead's decision) needs its basis
        ("歯科医の9割がすすめるデンタルフロス", True),
        ("92%の歯科医師が推奨する歯ブラシ", True),
        ("※2026年4月 〇〇リサーチ調べ 歯科医師300名対象 歯科医の9割がすすめる歯ブラシ", False),
        # a profession's other survey answers are not a rate about the product
        ("歯科医師の8割が定期検診の大切さを訴えています", False),
    ],
)
def test_rank_and_rate_bases(pack: Any, text: str, hit: bool) -> None:
    assert ("keihyo_no1" in _listing(pack, "food", "商品", text)) is hit


@pytest.mark.parametrize(
    ("category", "text", "hit"),
    [
        ("general", "ウエストシェイパー 着けるだけで必ずウエストが細くなる", True),
        ("general", "バランスボード 乗るだけで確実に体重が落ちる", True),
        ("health_food", "寝る前に飲むだけで、朝起きたらお腹がぺたんこに", True),
        ("general", "ご使用前に必ず取扱説明書をお読みください。耐荷重100kg", False),
        ("general", "※確実に痩せるものではありません。運動習慣のサポートに", False),
        ("apparel", "寝る前に履いて朝にはすっきり軽やかな脚に。着圧設計", False),
    ],
)
def test_figure_change_guarantee_on_any_goods(
    pack: Any, category: str, text: str, hit: bool
) -> None:
    assert ("pmd_guarantee" in _listing(pack, category, "商品", text)) is hit


@pytest.mark.parametrize(
    ("caption", "family", "hit"),
    [
        ("#PR このクリームで乾癬が治った!", "pmd_cosmetic_scope", True),
        (
            "#PR 乾燥肌さん向けの保湿クリーム。肌にうるおいを与えてくれる",
            "pmd_cosmetic_scope",
            False,
        ),
        (
            "#PR 『くすみ取れる?』→取れるものじゃないよ〜、うるおいで肌を整えるクリーム",
            "pmd_cosmetic_scope",
            False,
        ),
        ("#PR Amazonで1位の化粧水、使ってみた", "keihyo_no1", True),
        (
            "#PR 『1位なの?』→ランキングは毎日変わるから1位とは言えないけど、リピしてる",
            "keihyo_no1",
            False,
        ),
    ],
)
def test_sponsored_posts(pack: Any, caption: str, family: str, hit: bool) -> None:
    assert (family in _post(pack, caption, gifted=True)) is hit


@pytest.mark.parametrize(
    ("title", "hit"),
    [
        ("自動開閉 折りたたみ傘 晴雨兼用", False),
        ("自動開閉 ゴミ箱 センサー式", False),
        ("自動開閉ナイフ ブレード8cm", True),
        ("刃が自動開閉するナイフ", True),
    ],
)
def test_auto_opening_is_a_switchblade_only_with_a_blade(pack: Any, title: str, hit: bool) -> None:
    assert ("knife" in _listing(pack, "general", title, "", blade_length_cm=8.0)) is hit
