"""Round 10 (health): permitted wording of unseen listings, fixed by class.

The classes come from holdout14's permitted false positives and three probe batches
written from the sources (食品表示基準's wording, cautions, certified devices, books and
courses, FAQ and live-sale refusals, goods described mechanically): interaction and
restriction cautions naming diseases, allergy cautions, products denying a treatment or a
result, dietitians as the authors of a recipe, FOSHU's bowel wording, courses and videos,
cushioning goods, pets' therapeutic diets, the weight of training equipment, clinics
vouching for a spec, goods' physical measures (冷え・花粉対策), safety-instruction purposes,
use under professionals' guidance, special-use foods' 許可表示, hot-spring indications,
charity and screening, refused efficacy questions, pack sizes and user weights in kg
next to a convenience 「〜だけで」, brand names with ドクター and a profession's own work
goods, size charts, a food's fat content and self-healing coatings. New: a certified device claiming
beyond its certification, sleep brought about by a food, a pregnancy reached by taking a
food, hearing restored by goods. Each case is a phrasing written for this test, not a row
of the evaluation set; the claims next to each class must still be caught.
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


def _hits(pack: Any, entity: dict[str, Any], kind: str = "listing") -> list[Any]:
    ev = evaluator(pack)
    return list(ev.evaluate(kind, {"id": "t", **entity}, None).hits)


def _families(pack: Any, entity: dict[str, Any], kind: str = "listing") -> set[str]:
    return {h.family for h in _hits(pack, entity, kind) if h.family}


@pytest.mark.parametrize(
    ("category", "title", "text", "fields"),
    [
        # an interaction caution naming the diseases whose medicine matters
        (
            "health_food",
            "カルシウム マグネシウム 粒",
            "■骨粗しょう症・心臓病の薬を服用中の方は、お召し上がり前に主治医にご確認ください。",
            {},
        ),
        (
            "food",
            "グレープフルーツ ジュース 1L",
            "■ご注意:高血圧や不整脈の治療薬を飲んでいる方は、医師・薬剤師にご相談ください。",
            {},
        ),
        # a restriction the customer has
        (
            "food",
            "低たんぱく うどん",
            "慢性腎臓病でたんぱく質の制限がある方は、管理栄養士の指導に従ってご利用ください。",
            {},
        ),
        # an allergy caution in the 「〜にならないで」 form
        (
            "food",
            "ミックスナッツ 500g",
            "くるみアレルギーの方はお召し上がりにならないでください。",
            {},
        ),
        # a product denying that it treats what it names
        (
            "general",
            "姿勢サポート クッション",
            "医療機器ではありません。肩こりや腰痛を治すものではありません。",
            {},
        ),
        # a dietitian as the author of a recipe
        ("food", "管理栄養士が考えた 具だくさん味噌汁 10食", "野菜7種類をフリーズドライに。", {}),
        # FOSHU's bowel wording on a FOSHU product
        (
            "food",
            "特定保健用食品 乳酸菌飲料",
            "許可表示:生きたまま腸に届く乳酸菌の働きで、腸内の環境を改善し、おなかの調子を整えます。",
            {"approval": "foshu"},
        ),
        # a course about a condition
        (
            "general",
            "通信講座 高血圧の食事管理",
            "全4回の動画講座です。治療は主治医の指示に従ってください。",
            {},
        ),
        # cushioning goods
        (
            "general",
            "ウォーキングシューズ レディース",
            "歩くたびの衝撃を吸収し、長時間でも疲れにくい設計のソール。",
            {},
        ),
        # a pet's therapeutic diet under a vet
        (
            "general",
            "猫用 療法食 尿路ケア ドライ 2kg",
            "獣医師の指導のもとでお与えください。",
            {},
        ),
        # the weight of training equipment
        ("general", "ケトルベル 8kg", "グリップを握ってスイングするだけで全身を鍛えられます。", {}),
        # goods' physical measures, a safety purpose, guidance of professionals
        (
            "apparel",
            "裏起毛 レギンス",
            "寒さ対策に。裏起毛で冬の通勤も暖かく過ごせます。",
            {},
        ),
        (
            "general",
            "電気毛布 ひざ掛け",
            "やけどを防ぐため、長時間同じ場所に当てたまま使用しないでください。",
            {"pse_mark": "round"},
        ),
        (
            "food",
            "ゼリー飲料 えん下困難者用",
            "医師、言語聴覚士等の指導のもとでご使用ください。",
            {},
        ),
        # a special-use food's own permission statement
        (
            "food",
            "低たんぱく ごはん 病者用食品",
            "許可表示:本品は、たんぱく質の摂取制限を必要とする疾患に適した病者用食品です。",
            {},
        ),
        # hot-spring indications and charity
        (
            "general",
            "日帰り入浴券 5枚綴り",
            "泉質:単純温泉。適応症:神経痛、筋肉痛、冷え性、疲労回復。",
            {},
        ),
        (
            "general",
            "チャリティ Tシャツ",
            "収益の一部を小児がんの治療研究に寄付します。",
            {},
        ),
        # a FAQ on taking it while ill
        (
            "health_food",
            "ビタミンC 粒",
            "Q. 熱があるときに飲んでも大丈夫ですか? A. 体調のすぐれないときは医師にご相談ください。",
            {},
        ),
        # a certified device with its certified efficacy
        (
            "general",
            "家庭用電位治療器 マット",
            "管理医療機器 認証番号取得。効能:頭痛、肩こり、不眠症及び慢性便秘の緩解。",
            {},
        ),
    ],
)
def test_round10_permitted_wording_left_alone(
    pack: Any, category: str, title: str, text: str, fields: dict[str, Any]
) -> None:
    entity: dict[str, Any] = {"category": category, "title": title, "description": text, **fields}
    assert not _families(pack, entity) & _HEALTH


def test_round10_refused_question_in_a_live_sale(pack: Any) -> None:
    entity: dict[str, Any] = {
        "caption": "#PR ライブでご紹介した青汁",
        "transcript": "『便秘が治りますか?』と質問いただいたんですが、食品なのでお答えできないんです。",
        "gifted": True,
    }
    assert not _families(pack, entity, "creator_post") & _HEALTH


@pytest.mark.parametrize(
    ("category", "title", "text", "family", "fields"),
    [
        # a caution does not hide a cure claim next to it
        (
            "health_food",
            "桑の葉 粒",
            "糖尿病の薬を服用中の方はご相談ください。飲み続けて糖尿病が改善しました。",
            "pmd_disease",
            {},
        ),
        # a denial of one thing does not cover a claim of another
        (
            "general",
            "磁気 ネックレス",
            "医療機器ではありません。それでも肩こりが治ったという声が多数。",
            "pmd_disease",
            {},
        ),
        # a doctor's recommendation is still an endorsement; a dietitian's too
        ("health_food", "青汁", "管理栄養士もすすめる毎日の一杯。", "pmd_endorsement", {}),
        # a vet's guidance does not hide a human claim on a supplement
        (
            "health_food",
            "プロポリス 粒",
            "飲み始めてから風邪をひかなくなりました。",
            "pmd_disease",
            {},
        ),
        # weight figures on equipment do not hide a weight-loss result
        (
            "general",
            "ダンベル 5kg",
            "1日5分持ち上げるだけで、1か月で-4kg痩せました。",
            "keihyo_weight_loss",
            {},
        ),
        # an amount of exercise does not hide a "just wear it" fat claim
        (
            "apparel",
            "サウナスーツ",
            "着るだけで脂肪燃焼、ウエストが細くなる。",
            "keihyo_weight_loss",
            {},
        ),
        # a hot-spring list does not hide a cure sentence after it
        (
            "general",
            "湯治 宿泊プラン",
            "適応症:神経痛、冷え性。この湯に通えばアトピーが治ります。",
            "pmd_disease",
            {},
        ),
        # a certified device claiming beyond its certification
        (
            "general",
            "家庭用電気マッサージ器 管理医療機器",
            "認証番号取得。毎日使えばうつ症状が改善します。",
            "pmd_disease",
            {},
        ),
        (
            "medical_device",
            "家庭用低周波治療器",
            "腰痛が根本から治ります。",
            "pmd_disease",
            {},
        ),
        # sleep brought about by a food, a pregnancy reached by taking one
        (
            "food",
            "カモミール ティー",
            "寝る前の一杯で、朝までぐっすり眠れます。",
            "pmd_body_function",
            {},
        ),
        ("health_food", "マカ 葉酸", "続けて半年、待望の妊娠ができました!", "pmd_disease", {}),
        # hearing restored by goods
        ("general", "集音器 耳かけ", "使うほどに聴力が回復します。", "pmd_body_function", {}),
    ],
)
def test_round10_claims_still_caught(
    pack: Any, category: str, title: str, text: str, family: str, fields: dict[str, Any]
) -> None:
    entity: dict[str, Any] = {"category": category, "title": title, "description": text, **fields}
    assert family in _families(pack, entity)


def test_round10_device_policy_reads_only_certified_devices(pack: Any) -> None:
    """The beyond-certification check needs a device: on goods the ordinary checks apply."""
    entity: dict[str, Any] = {
        "category": "general",
        "title": "マッサージ クッション",
        "description": "毎日使えばうつ症状が改善します。",
    }
    ids = {h.policy_id for h in _hits(pack, entity)}
    assert "jp.pmd.device-claim-beyond-certification" not in ids


@pytest.mark.parametrize(
    ("category", "title", "text"),
    [
        # a pack size or spec in kg next to a convenience 「〜だけで」
        ("food", "北海道産 じゃがいも 5kg", "皮ごとレンジで温めるだけで、ほくほくの一品に。"),
        ("general", "猫砂 紙 7L 約2.8kg", "固まった部分を捨てるだけで、いつも清潔なトイレに。"),
        ("general", "バランスボール 65cm", "空気を入れるだけで使えます。耐荷重200kg。"),
        # the user weight a product is made for
        ("general", "ベビーカー A型", "対象体重:15kgまでのお子さま。片手で畳めます。"),
        # brand names with ドクター, a profession's own work goods
        (
            "apparel",
            "ドクターショール 着圧ソックス",
            "10年以上愛用しているドクターショールの定番です。",
        ),
        (
            "apparel",
            "スクラブ 白衣 男女兼用",
            "看護師さんにも人気のスクラブ。速乾素材で動きやすい。",
        ),
        # size charts, a food's fat content, a self-healing coating
        (
            "apparel",
            "ワイドパンツ",
            "S(ウエスト60cm・股下68cm)/M(ウエスト64cm・股下70cm)。はくだけで今っぽいシルエット。",
        ),
        ("food", "ギリシャヨーグルト 無脂肪", "脂肪ゼロ。グラノーラにかけるだけで朝ごはんに。"),
        ("general", "車用 コーティング剤", "洗車キズが自然に消える自己修復クリア層を形成します。"),
    ],
)
def test_round10_specs_and_names_left_alone(
    pack: Any, category: str, title: str, text: str
) -> None:
    entity: dict[str, Any] = {"category": category, "title": title, "description": text}
    assert not _families(pack, entity) & _HEALTH


@pytest.mark.parametrize(
    ("category", "title", "text", "family"),
    [
        # a weight result after a "just" form, a period or a particle still counts
        ("health_food", "酵素 ドリンク", "置き換えるだけ-3kg!", "keihyo_weight_loss"),
        ("apparel", "着圧 レギンス", "履いて寝るだけで、2週間で-4kg。", "keihyo_weight_loss"),
        ("health_food", "黒しょうが 粒", "飲むだけで、気づけば-6kg。", "keihyo_weight_loss"),
        ("general", "EMS ベルト", "巻くだけでウエスト-8cm。", "keihyo_weight_loss"),
        # a weight change stated from-to is not a user weight
        ("health_food", "酵素", "体重68kgから59kgまで落ちました。", "keihyo_weight_loss"),
        # a doctor using the goods is still an endorsement when no work goods are named
        ("general", "磁気 ネックレス", "白衣の医師も愛用する磁気ネックレス。", "pmd_endorsement"),
        # a size word does not hide a result after a "just" form
        ("apparel", "着圧 レギンス", "Mサイズ。履くだけでウエスト-5cm。", "keihyo_weight_loss"),
        # a scratch healing on skin is still a claim without a coating or film
        ("general", "ハーブ バーム", "すり傷が自然に治るバームです。", "pmd_disease"),
    ],
)
def test_round10_weight_results_and_endorsements_still_caught(
    pack: Any, category: str, title: str, text: str, family: str
) -> None:
    entity: dict[str, Any] = {"category": category, "title": title, "description": text}
    assert family in _families(pack, entity)
