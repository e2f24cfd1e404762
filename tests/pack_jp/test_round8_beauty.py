"""Round 8 (beauty, 景表法, counterfeit): each class on phrasings that are not in the eval set.

The classes were written from how the wording is used (resale shops' authenticity
guarantees, sales-record footnotes, calorie "cancelling", hair and nails "remade"), so
every case is a new phrasing of its class and every look-alike is wording the class must
leave alone. If a case fails, the class — not a memorised phrase — has stopped working.
"""

from __future__ import annotations

from typing import Any

import pytest

from .helpers import evaluator


def _hits(pack: Any, kind: str, entity: dict[str, Any]) -> set[str]:
    ev = evaluator(pack)
    return {h.policy_id for h in ev.evaluate(kind, {"id": "t", **entity}).hits}


def _listing(pack: Any, category: str, title: str, text: str, **fields: Any) -> set[str]:
    return _hits(
        pack, "listing", {"category": category, "title": title, "description": text, **fields}
    )


COPY = {"jp.counterfeit.copy-terms", "jp.counterfeit.copy-signal-with-brand"}


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        # authenticity guarantees: a copy word negated, conditional or disowned
        ("もしも偽造品であった際は、送料当店負担にて返品をお受けします", False),
        ("偽物やコピー商品ではありませんのでご安心ください", False),
        ("模倣品は一切販売しておりません。すべて正規ルートで仕入れています", False),
        ("鑑定済みのため偽物をつかまされる心配はありません", False),
        ("偽ブランド品だったら代金を全額お返しします", False),
        # self-declared copies stay copies, reassurance or not
        ("スーパーコピーですが縫製は丁寧です", True),
        ("N級品 正規品と同じ工場で製造", True),
        ("偽物ですが見た目はそっくりです", True),
    ],
)
def test_authenticity_guarantees_are_not_copy_terms(pack: Any, text: str, hit: bool) -> None:
    hits = _listing(pack, "apparel", "ルイヴィトン ネヴァーフル MM", text, price=158000)
    assert bool(hits & COPY) is hit


SALES = "jp.keihyo.sales-record-unsourced"


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("ブランド累計出荷数2,500万個突破の人気シリーズ", True),
        ("販売本数は驚異の120万本を達成", True),
        ("おかげさまで300万食突破!", True),
        # with whose data and which period
        ("累計販売数120万本突破 ※2018年1月〜2025年6月 当社出荷実績", False),
        # a count that is not a sales record
        ("1袋に約300粒入り、1日10粒目安で30日分", False),
        ("創業100年の老舗が手がける味", False),
    ],
)
def test_sales_records_need_source_and_period(pack: Any, text: str, hit: bool) -> None:
    assert (SALES in _listing(pack, "food", "商品", text)) is hit


WL = {
    "jp.keihyo.slimming-claim",
    "jp.keihyo.effortless-weight-loss",
    "jp.keihyo.weight-loss-quantified",
}


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("飲み会の翌日も、摂りすぎた糖質はこれでリセット。食べすぎた分はなかったことに", True),
        ("体重計にのるのが楽しみになりました", True),
        ("気になるはみ肉に今年こそおさらば", True),
        # a belly covered by a cut, not removed
        ("ぽっこりお腹を上手にカバーするタック入り", False),
        ("カロリー控えめのおやつ。1袋あたり80kcal", False),
    ],
)
def test_weight_cancelled_or_bid_farewell_is_slimming(pack: Any, text: str, hit: bool) -> None:
    hits = _listing(pack, "health_food", "商品", text)
    assert bool(hits & WL) is hit


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("弱々しかった髪が、しっかりした髪に育っていく実感", True),
        ("新しい毛がぐんぐん生えてきたと評判のスカルプローション", True),
        ("薄い爪を丈夫な爪に作りかえるネイル美容液", True),
        ("ダメージを受けた髪も、これ一本で元通り", True),
        # the 56: hair and nails protected, lustre given
        ("毛髪にはり・こしを与え、つやを与える", False),
        ("爪を保護し、爪にうるおいを与える", False),
    ],
)
def test_hair_and_nails_remade_are_beyond_a_cosmetic(pack: Any, text: str, hit: bool) -> None:
    hits = _listing(pack, "cosmetics", "ヘアケア", text, approval="none")
    assert ("jp.pmd.cosmetic-out-of-scope" in hits) is hit


def test_approved_hair_tonic_promising_new_hair_is_a_quasi_drug_over_claim(pack: Any) -> None:
    base = "育毛、薄毛、脱毛の予防、発毛促進。"
    qd = {"category": "quasi_drug", "approval": "quasi_drug_approved"}
    assert "jp.pmd.quasi-drug-cure-claim" in _listing(
        pack,
        qd["category"],
        "薬用育毛剤",
        base + "地肌が見えていた所にも新しい髪が生えてきます",
        **{"approval": qd["approval"]},
    )
    assert "jp.pmd.quasi-drug-cure-claim" not in _listing(
        pack, qd["category"], "薬用育毛剤", base, **{"approval": qd["approval"]}
    )


SPEED = "jp.pmd.speed-claim"


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        # a result by the next morning or overnight
        ("寝る前に塗れば、翌朝にはうそのように赤みが引いている", True),
        ("ひと晩で鎮静。ゆらぎ肌のレスキューに", True),
        ("翌朝の毛穴が別物", True),
        ("みるみるシミが薄くなる", True),
        # 「どんどん」「ぐんぐん」 say "more and more", not "fast"
        ("どんどん使いたくなる香り。肌にうるおいを与える", False),
        ("ぐんぐんなじんで、肌をなめらかにする", False),
        # a feel the next morning is a feel in use
        ("翌朝のしっとり感が続く。肌にうるおいを与える", False),
        ("翌朝までうるおいが続く", False),
    ],
)
def test_speed_is_a_result_at_once_not_more_and_more(pack: Any, text: str, hit: bool) -> None:
    assert (SPEED in _listing(pack, "cosmetics", "美容液", text, approval="none")) is hit


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        # a dermatological condition named and removed
        ("目のまわりの稗粒腫をポロっと取るアイクリーム", True),
        ("首イボがポロポロ取れると話題のオイル", True),
        # the same body care without a condition named
        ("二の腕のザラつきをなめらかに整えるスクラブ", False),
        ("イボ付きのマッサージブラシで頭皮を清浄にする", False),
    ],
)
def test_named_skin_conditions_are_concerns(pack: Any, text: str, hit: bool) -> None:
    hits = _listing(pack, "cosmetics", "ボディケア", text, approval="none")
    assert ("jp.pmd.cosmetic-concern-change" in hits) is hit


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("ぽっこりお腹がぺたんこに", True),
        ("お腹まわりがすっきり引き締まる", True),
        # the bowel's state, not the waist (pmd_body_function's business on a food)
        ("お腹の調子もすっきり", False),
        ("お腹の中からすっきり", False),
    ],
)
def test_belly_shape_not_bowel_state_is_slimming(pack: Any, text: str, hit: bool) -> None:
    assert ("jp.keihyo.slimming-claim" in _listing(pack, "food", "お茶", text)) is hit


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("知覚過敏を防ぐ。すり減った歯の表面を修復します", True),
        ("むし歯を防ぐ。生まれたての歯に戻すフッ素配合", True),
        # the approval's own wording, and whitening as cleaning
        ("むし歯の発生及び進行の予防。歯がしみるのを防ぐ", False),
        ("歯を白くする。口臭を防ぐ", False),
    ],
)
def test_approved_toothpaste_rebuilding_teeth_is_an_over_claim(
    pack: Any, text: str, hit: bool
) -> None:
    hits = _listing(pack, "quasi_drug", "薬用歯みがき", text, approval="quasi_drug_approved")
    assert ("jp.pmd.quasi-drug-cure-claim" in hits) is hit


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("パサパサの毛先も確実によみがえる", True),
        ("どんな髪もきっと復活", True),
        ("髪にツヤを与え、毛先をまとまりやすくする", False),
    ],
)
def test_certain_revival_is_a_guarantee(pack: Any, text: str, hit: bool) -> None:
    hits = _listing(pack, "cosmetics", "ヘアオイル", text, approval="none")
    assert ("jp.pmd.efficacy-guarantee" in hits) is hit


NO_AD = "jp.stema.no-disclosure"
BURIED = "jp.stema.disclosure-buried"


@pytest.mark.parametrize(
    ("caption", "flagged"),
    [
        # a disclosure written with spacers or emoji between its letters still discloses
        ("【P・R】この化粧水、朝までしっとり。肌にうるおいを与える", set()),
        ("#P\u200dR 新作リップ、発色がきれい", set()),
        ("🌸P✨R🌸 今日のメイクはこのパレットで", set()),
        # "pr" inside a word or a model number is no disclosure
        ("new product!このクッションファンデ、崩れにくい", {NO_AD}),
        ("prettyすぎるパッケージ、中身は保湿クリーム", {NO_AD}),
    ],
)
def test_spaced_pr_discloses_a_word_containing_pr_does_not(
    pack: Any, caption: str, flagged: set[str]
) -> None:
    hits = _hits(pack, "creator_post", {"caption": caption, "gifted": True})
    assert hits & {NO_AD, BURIED} == flagged


_LONG = (
    "このクリーム、夜に塗って寝ると翌朝までしっとり。香りも強すぎなくて、毎晩のお手入れが"
    "楽しみになった。乾燥する季節でも朝のメイクのりがよくて、リピート確定。ポーチに入る"
    "サイズなのも嬉しい。"
)


@pytest.mark.parametrize(
    ("caption", "buried"),
    [
        # a disclosure at the head, written with emoji or dots between its characters
        ("【🌸広✨告🌸】" + _LONG, False),
        ("#.提.供. " + _LONG, False),
        # the same words at the end of a long caption are still buried
        (_LONG + " #保湿 #スキンケア #夜のお手入れ #広🌸告", True),
        (_LONG + " 提供:〇〇化粧品", True),
    ],
)
def test_spaced_disclosure_at_the_head_is_not_buried(pack: Any, caption: str, buried: bool) -> None:
    hits = _hits(pack, "creator_post", {"caption": caption, "gifted": True})
    assert (BURIED in hits) is buried
    assert NO_AD not in hits
