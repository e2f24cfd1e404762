"""Round 6 (beauty and claim forms): each class on phrasings that are not in the eval set.

The classes were written from the sources (化粧品の効能の範囲, 医薬品等適正広告基準 and its
解説, ステマ告示 運用基準), so every case here is a *new* phrasing of its class, and every
look-alike is wording the class must leave alone. If a case fails, the class — not a
memorised phrase — has stopped doing its work.
"""

from __future__ import annotations

from typing import Any

import pytest

from .helpers import evaluator


def _hits(pack: Any, kind: str, entity: dict[str, Any], related: Any = None) -> set[str]:
    ev = evaluator(pack)
    return {h.policy_id for h in ev.evaluate(kind, {"id": "t", **entity}, related).hits}


def _listing(pack: Any, category: str, text: str, **fields: Any) -> set[str]:
    return _hits(
        pack, "listing", {"category": category, "title": "商品", "description": text, **fields}
    )


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        # 基準3(3): a mechanism inside the skin or the hair root
        ("メラニン色素を還元してくすみ知らずの肌へ", "jp.pmd.cosmetic-out-of-scope"),
        ("毛乳頭に直接働きかける処方", "jp.pmd.cosmetic-out-of-scope"),
        ("肌細胞を目覚めさせるセラム", "jp.pmd.cosmetic-out-of-scope"),
        ("有効成分が真皮まで届いて内側からふっくら", "jp.pmd.cosmetic-out-of-scope"),
        # a change "from the root"
        ("くすみを根本的にケアする美容液", "jp.pmd.cosmetic-out-of-scope"),
        # colour change and restoration of a concern
        ("ひざの黒ずみが気にならない桃色に", "jp.pmd.cosmetic-out-of-scope"),
        ("傷んだ唇も元通りにふっくら", "jp.pmd.cosmetic-out-of-scope"),
        # the cover-up is no longer needed: the concern is implied gone
        ("3ヶ月でつけまつげいらずの目元に", "jp.pmd.cosmetic-out-of-scope"),
        ("白髪染めを卒業できました", "jp.pmd.cosmetic-out-of-scope"),
        # growth, clearing and "back to an earlier age" (round 6 probes)
        ("まゆ毛がしっかり育つ美容液", "jp.pmd.cosmetic-concern-change"),
        ("5年前のハリを取り戻す", "jp.pmd.cosmetic-out-of-scope"),
        # concern and change further apart (window 20)
        (
            "目尻の小ジワが、使い続けるうちに少しずつ消えていきます",
            "jp.pmd.cosmetic-concern-change",
        ),
    ],
)
def test_cosmetic_scope_classes(pack: Any, text: str, policy: str) -> None:
    assert policy in _listing(pack, "cosmetics", text, approval="none")


@pytest.mark.parametrize(
    ("category", "text", "policy"),
    [
        # permanence of the result (基準3(5), 3(7))
        ("cosmetics", "一度使えば毛穴が二度と開かない", "jp.pmd.efficacy-guarantee"),
        ("health_food", "リバウンドの心配なし", "jp.pmd.efficacy-guarantee"),
        # proof offered to consumers (臨床データ等の例示)
        ("health_food", "臨床試験で有意な差が確認されたサプリ", "jp.pmd.efficacy-guarantee"),
        ("cosmetics", "科学的根拠に基づいた美容液", "jp.pmd.efficacy-guarantee"),
        # refund conditional on efficacy
        ("health_food", "実感できなければ代金をお返しします", "jp.pmd.efficacy-guarantee"),
        # self-contained speed, and a short span next to a result
        ("cosmetics", "即効力が自慢のパック", "jp.pmd.speed-claim"),
        ("cosmetics", "2回使っただけでくすみがとれた", "jp.pmd.speed-claim"),
        ("health_food", "5日ほどでお腹まわりが細く", "jp.pmd.speed-claim"),
        # safety: proof and absolute "never irritates"
        ("cosmetics", "安全性が実証済みの処方", "jp.pmd.efficacy-guarantee"),
        ("cosmetics", "どんな肌でも決してかぶれない", "jp.pmd.safety-guarantee"),
        # superlative idioms next to an efficacy word
        ("cosmetics", "実感力は群を抜いています", "jp.pmd.superlative"),
    ],
)
def test_claim_form_classes(pack: Any, category: str, text: str, policy: str) -> None:
    assert policy in _listing(pack, category, text)


@pytest.mark.parametrize(
    "text",
    ["国立の研究機関と共同研究した乳酸菌", "美容クリニックでも取り入れられている成分"],
)
def test_institutions_backing_the_product_are_endorsements(pack: Any, text: str) -> None:
    assert "jp.pmd.medical-endorsement" in _listing(pack, "health_food", text)


@pytest.mark.parametrize(
    ("category", "text", "extra"),
    [
        # #18 said as a cleanser's category word
        ("cosmetics", "ニキビ予防の泡洗顔。洗浄によりニキビを防ぐ", {}),
        # #11/#12 as the shampoo's category word
        ("cosmetics", "フケ・かゆみ対策に。フケ、カユミを抑える", {}),
        # permeation to the stratum corneum only
        ("cosmetics", "角質層のすみずみまで浸透してうるおいを与える", {}),
        # an approved quasi-drug's wording with hiragana あれ性
        ("quasi_drug", "肌あれ・あれ性に。ニキビを防ぐ", {"approval": "quasi_drug_approved"}),
        # durations that are not speed claims
        ("cosmetics", "7日分のお試しセット。3日で届きます", {}),
        ("cosmetics", "2回目以降は20%オフ。うるおいを与える", {}),
        # makeup: covering a concern so it does not show
        ("cosmetics", "ニキビ跡や赤みをさっとカバーして目立たなくする", {}),
        # a patch-test statement with its customary footnote
        ("cosmetics", "パッチテスト済み※すべての方に刺激が起きないわけではありません", {}),
        # refunds and warranties that say nothing about efficacy
        ("health_food", "30日間全額返金保証。国産原料100%", {}),
    ],
)
def test_round6_look_alikes_are_left_alone(
    pack: Any, category: str, text: str, extra: dict[str, Any]
) -> None:
    assert not _listing(pack, category, text, **extra)


def test_quasi_drug_wording_in_a_post(pack: Any) -> None:
    post = {"caption": "夜のルーティンに美白ケアを追加", "gifted": True, "hashtags": "#PR"}
    assert "jp.pmd.quasi-drug-wording-post" in _hits(
        pack, "creator_post", post, {"listing": {"category": "cosmetics", "approval": "none"}}
    )
    approved = {"listing": {"category": "quasi_drug", "approval": "quasi_drug_approved"}}
    assert "jp.pmd.quasi-drug-wording-post" not in _hits(pack, "creator_post", post, approved)
    # no listing record, but the post itself says it is a 医薬部外品: nothing contradicts it
    labelled = {**post, "caption": "医薬部外品の美白美容液を夜のルーティンに"}
    assert "jp.pmd.quasi-drug-wording-post" not in _hits(pack, "creator_post", labelled)


@pytest.mark.parametrize(
    ("caption", "buried"),
    [
        # a disclosure only as the last of seven inline hashtags: buried
        ("春のワンピース届いた！ #春服 #ワンピ #プチプラ #ootd #骨格ウェーブ #きれいめ #pr", True),
        # the same disclosure among the first three hashtags: clear
        ("春のワンピース届いた！ #pr #春服 #ワンピ #プチプラ #ootd #骨格ウェーブ #きれいめ", False),
        # a short caption with few hashtags: the tag is visible
        ("春のワンピース届いた！ #春服 #ワンピ #pr", False),
        # a short caption saying it in words
        (
            "春のワンピース届いた！プロモーションです #春服 #ワンピ #プチプラ #ootd #骨格ウェーブ #きれいめ",
            False,
        ),
    ],
)
def test_disclosure_buried_in_inline_hashtags(pack: Any, caption: str, buried: bool) -> None:
    hits = _hits(pack, "creator_post", {"caption": caption, "gifted": True})
    assert ("jp.stema.disclosure-buried" in hits) is buried
    assert "jp.stema.no-disclosure" not in hits


def test_concern_review_signal_labels_without_points(pack: Any) -> None:
    """The broad concern × result signal routes to review (label, 0 points), never delists."""
    policy = next(p for p in pack.policies if p.id == "jp.pmd.cosmetic-concern-review")
    assert policy.action == "label" and policy.points == 0
    oblique = "ほうれい線が気になる年齢に。毎晩続けるうちに、鏡の前で実感する日が来るはず"
    assert "jp.pmd.cosmetic-concern-review" in _listing(pack, "cosmetics", oblique)
    # the 56 claims and makeup wording stay clean
    assert not _listing(pack, "cosmetics", "くすみをカバーして明るく見せる。肌にハリを与える")
