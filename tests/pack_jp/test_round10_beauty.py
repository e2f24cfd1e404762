"""Round 10 (beauty, 景表法, ステマ): each class on phrasings that are not in the eval set.

Round 10 aims at false positives on permitted copy the pack has never seen. The classes
fixed here came from the round-10 probe batches (tests/data/probes_r10_beauty.py) and from
holdout14's ステマ variants: a FAQ whose answer denies the effect, makeup wear and adhesion,
dirt named by a concern, a product saying what it is not, marketplace rankings with a
slash date and a category path, market entry (日本初上陸), and ad disclosures typed with
spacers, half-width kana or old kanji. Every class has a violating neighbour that must
still be caught.
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
    "jp.pmd.quasi-drug-label-unapproved",
}


def _evaluator(pack: Any) -> Any:
    return evaluator(pack)


def _listing(pack: Any, category: str, title: str, text: str, **fields: Any) -> set[str]:
    entity = {"id": "t", "category": category, "title": title, "description": text, **fields}
    return {h.policy_id for h in _evaluator(pack).evaluate("listing", entity).hits}


def _post(pack: Any, caption: str, **fields: Any) -> set[str]:
    entity = {"id": "p", "caption": caption, **fields}
    return {h.policy_id for h in _evaluator(pack).evaluate("creator_post", entity).hits}


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        # a FAQ whose answer denies the effect
        ("Q1. くすみは取れますか?\nA1. 化粧品のため、くすみを取り除くお約束はできません。", False),
        ("よくあるご質問 Q:毛穴は小さくなりますか? A:毛穴を縮める効果はございません。", False),
        ("本品にはたるみを引き上げる効果はありません。肌にハリを与えます。", False),
        # a product saying what it is not
        ("※本品は育毛剤ではありません。頭皮を清浄にし、すこやかに保ちます。", False),
        ("薬用じゃないけど、毎日使える低刺激の保湿クリーム。", False),
        # the question answered yes is still a claim; a claim beside a denial still counts
        ("Q. 本当にシミは消えますか?\nA. はい、1ヶ月でシミが薄くなります。", True),
        ("たるみが消える!※医薬品ではありません", True),
        ("抜け毛が止まる。※育毛剤ではありません", True),
    ],
)
def test_denials_and_faq_answers_are_not_claims(pack: Any, text: str, hit: bool) -> None:
    hits = _listing(pack, "cosmetics", "フェイスクリーム 50g", text, approval="none")
    assert bool(hits & SCOPE) is hit


POST_SCOPE = "jp.pmd.cosmetic-scope-post"


@pytest.mark.parametrize(
    ("caption", "hit"),
    [
        # makeup wear and adhesion, cleansing of dirt named by a concern
        ("#PR このファンデ、夕方になってもシワ落ちしないし崩れにくい", False),
        ("#PR リキッドアイライナーがまぶたにピタッと密着してにじまない", False),
        ("#PR 角栓や黒ずみ汚れをからめ取ってくれる洗顔、つるんとする", False),
        # a concern that goes away is still beyond a cosmetic
        ("#PR このクリームで毛穴の黒ずみがすっかり消えた", True),
        ("#PR 抜け毛がピタッと止まったシャンプー", True),
        ("#PR 濃いクマまで消してくれるアイクリーム", True),
    ],
)
def test_makeup_wear_and_cleansing_in_posts(pack: Any, caption: str, hit: bool) -> None:
    assert (POST_SCOPE in _post(pack, caption, gifted=True)) is hit


NO1 = "jp.keihyo.no1-unsourced"


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        # marketplace rankings: slash date and category path, or the category named before
        # the ranking; market entry is not a rank
        ("楽天市場 デイリーランキング1位(2026/3/14 美容・コスメ>スキンケア>乳液)", False),
        ("Yahoo!ショッピング ボディケア用品 売れ筋ランキング 1位 2026年7月9日集計", False),
        ("フランスの人気ブランドが関西初出店。", False),
        # no period, no category, or a rank claim beside the entry statement
        ("Amazon売れ筋ランキング1位獲得!", True),
        ("楽天ランキング1位 (2026/3/14)", True),
        ("日本初上陸、満足度No.1の美容液", True),
    ],
)
def test_marketplace_rankings_and_market_entry(pack: Any, text: str, hit: bool) -> None:
    assert (NO1 in _listing(pack, "cosmetics", "乳液 150ml", text)) is hit


GUARANTEE = "jp.pmd.efficacy-guarantee"


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("どなたでも必ず肌の奥から若返る。", True),
        ("確実にシミのない肌に生まれ変わる。", True),
        # guarantee words with permitted claims or services only
        ("全額返金保証。肌にうるおいを与え、キメを整えます。", False),
        ("必ずパッチテストを行ってから、肌を保護するクリームとしてお使いください。", False),
    ],
)
def test_guarantee_of_out_of_scope_claims(pack: Any, text: str, hit: bool) -> None:
    assert (GUARANTEE in _listing(pack, "cosmetics", "エイジングクリーム", text)) is hit


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("使い続けるとダメージのない健康な髪に生まれ変わる。", True),
        ("下がってしまった歯茎が盛り上がってくる歯みがき。", True),
        ("毛髪補修成分※が髪の内部まで浸透し、まとまる髪に。※加水分解シルク", False),
        ("歯ぐきをマッサージするように磨けるやわらかめの毛先。", False),
    ],
)
def test_restoration_beyond_care(pack: Any, text: str, hit: bool) -> None:
    assert bool(_listing(pack, "cosmetics", "ヘアケア 歯みがき", text) & SCOPE) is hit


def _spaced(s: str) -> str:
    return " ".join(s)


def _zero_width(s: str) -> str:
    return "\u200b".join(s)


STEMA = {"jp.stema.no-disclosure", "jp.stema.disclosure-buried"}


@pytest.mark.parametrize(
    ("caption", "hashtags", "hit"),
    [
        # a short disclosed caption stays short and disclosed when typed with spacers
        (_spaced("新色のチーク、ふんわり血色感が出てかわいい。#PR"), None, False),
        (_zero_width("#ad 新色のチーク、ふんわり血色感が出てかわいい"), None, False),
        (_spaced("#ad 新色のチーク、ふんわり血色感が出てかわいい"), None, False),
        ("【廣告】新色のチーク、ふんわり血色感が出てかわいい", None, False),
        ("新色のチーク、かわいい #ﾌﾟﾛﾓｰｼｮﾝ", None, False),
        ("Paid partnership with 〇〇|" + "新色のチークを一日使ってみた感想です。" * 5, None, False),
        # words that only contain the letters are no disclosure; a disclosure buried at the
        # end of a long text or behind many hashtags is still buried
        (_spaced("新色のチーク、ふんわり血色感が出てかわいい") + " a dream", None, True),
        ("新色のチークを一日使ってみた感想です。" * 6 + "#PR", None, True),
        (
            "新色のチーク、ふんわり血色感",
            "#チーク #コスメ #新作コスメ #メイク #プチプラ #PR",
            True,
        ),
    ],
)
def test_disclosures_read_through_typing(
    pack: Any, caption: str, hashtags: str | None, hit: bool
) -> None:
    fields: dict[str, Any] = {"gifted": True}
    if hashtags:
        fields["hashtags"] = hashtags
    assert bool(_post(pack, caption, **fields) & STEMA) is hit


RATE = "jp.keihyo.rate-claim-unsourced"


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("レビュー平均4.7点の人気クリーム", True),
        ("口コミ★4.8の高評価", True),
        ("楽天レビュー★4.6(2,318件 2026/11/1時点)", False),
        ("レビュー20件突破ありがとうございます", False),
    ],
)
def test_review_scores_need_their_basis(pack: Any, text: str, hit: bool) -> None:
    assert (RATE in _listing(pack, "cosmetics", "保湿クリーム", text)) is hit


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("パッチテスト済み※ ※全ての方に皮膚刺激が起こらないわけではありません。", False),
        ("ニキビの方におすすめ。肌を清浄にします。", True),
    ],
)
def test_test_claim_footnotes_are_not_targeting(pack: Any, text: str, hit: bool) -> None:
    hits = _listing(pack, "cosmetics", "化粧下地", text)
    assert ("jp.pmd.cosmetic-disease-claim" in hits) is hit


@pytest.mark.parametrize(
    ("caption", "hit"),
    [
        ("#PR このルースパウダーで凹凸がふんわりぼけて、ほうれい線も目立ちにくくなる", False),
        ("#PR ハイライトを重ねると、くすみがさっと隠れる", False),
        ("#PR くせ毛で悩んでたけど、このトリートメントを続けたら直毛に変わった", True),
        ("#PR ストレートアイロンの前に使うミスト、うねりが伸びてまとまる", False),
        ("#PR ほうれい線がふんわり薄くなってきた", True),
    ],
)
def test_makeup_said_intransitively_and_hair_nature(pack: Any, caption: str, hit: bool) -> None:
    assert (POST_SCOPE in _post(pack, caption, gifted=True)) is hit
