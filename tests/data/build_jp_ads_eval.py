"""Build ``jp_ads_eval.jsonl``: hand-written Japanese ad texts for scoring the jp pack.

The rows below were written by hand, in the phrasing of real marketplace listings and
creator posts, independently of the policies' own examples. Each row carries the policy
families it should trigger (``expected``) and a ``kind``:

* ``violation`` — breaks at least one rule;
* ``permitted`` — contains risky words in a permitted context (the 56 cosmetic claims,
  approved FOSHU/FNFC/quasi-drug wording on an approved product, disclaimers, doctors
  mentioned without endorsement…) and must trigger nothing;
* ``compliant`` — ordinary listings that must trigger nothing;
* ``evasion`` — a violation rewritten with an evasion technique (half-width kana,
  spaces, zero-width characters, variant kanji, emoji); ``evasion_of`` names the original.

Only the evasion rows are derived mechanically (from their originals, by the transforms
at the bottom). Run ``python tests/data/build_jp_ads_eval.py`` to regenerate the JSONL.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

ROWS: list[dict[str, Any]] = []
# "tune": rows the lexicons were tuned against; "holdout": written afterwards and scored
# once, to estimate how the pack does on phrasings it was not tuned for.
SPLIT = "tune"


def L(
    rid: str,
    category: str | None,
    title: str,
    description: str | None,
    expected: list[str] | str = (),
    kind: str | None = None,
    **fields: Any,
) -> None:
    """A listing row; ``related`` fields are given as ``seller__x`` / ``price__x``."""
    exp = [expected] if isinstance(expected, str) else list(expected)
    entity: dict[str, Any] = {
        "id": rid,
        "category": category,
        "title": title,
        "description": description,
    }
    related: dict[str, dict[str, Any]] = {}
    for k, v in fields.items():
        if "__" in k:
            pre, name = k.split("__", 1)
            related.setdefault(pre, {})[name] = v
        else:
            entity[k] = v
    ROWS.append(
        {
            "id": rid,
            "entity_type": "listing",
            "entity": entity,
            "related": related,
            "expected": sorted(exp),
            "kind": kind or ("violation" if exp else "compliant"),
            "split": SPLIT,
        }
    )


def P(
    rid: str,
    caption: str | None,
    expected: list[str] | str = (),
    kind: str | None = None,
    **fields: Any,
) -> None:
    """A creator-post row."""
    exp = [expected] if isinstance(expected, str) else list(expected)
    entity: dict[str, Any] = {"id": rid, "caption": caption}
    related: dict[str, dict[str, Any]] = {}
    for k, v in fields.items():
        if "__" in k:
            pre, name = k.split("__", 1)
            related.setdefault(pre, {})[name] = v
        else:
            entity[k] = v
    ROWS.append(
        {
            "id": rid,
            "entity_type": "creator_post",
            "entity": entity,
            "related": related,
            "expected": sorted(exp),
            "kind": kind or ("violation" if exp else "compliant"),
            "split": SPLIT,
        }
    )


def S(rid: str, expected: list[str] | str = (), kind: str | None = None, **fields: Any) -> None:
    """A seller row."""
    exp = [expected] if isinstance(expected, str) else list(expected)
    ROWS.append(
        {
            "id": rid,
            "entity_type": "seller",
            "entity": {"id": rid, **fields},
            "related": {},
            "expected": sorted(exp),
            "kind": kind or ("violation" if exp else "compliant"),
            "split": SPLIT,
        }
    )


D, BF, CS, GU, EN, DO, QD, AC = (
    "pmd_disease",
    "pmd_body_function",
    "pmd_cosmetic_scope",
    "pmd_guarantee",
    "pmd_endorsement",
    "pmd_dosage",
    "pmd_quasi_drug",
    "approved_claims",
)
N1, DP, WL, ST, TK = (
    "keihyo_no1",
    "keihyo_double_price",
    "keihyo_weight_loss",
    "stema",
    "tokusho_disclosure",
)
PSE, PSC, ALC, OTC, KN, CF = "pse", "psc", "alcohol", "otc_drug", "knife", "counterfeit"
PERM = "permitted"

# ---------------------------------------------------------------- 薬機法: disease claims
L(
    "d01",
    "health_food",
    "発酵ウコン粒 180粒",
    "飲み始めて3ヶ月、長年悩んでいた痛風の発作がすっかり出なくなりました。",
    D,
)
L(
    "d02",
    "health_food",
    "プロポリス原液 30ml",
    "家族みんなで愛飲中。インフルエンザの予防にもおすすめです。",
    D,
)
L(
    "d03",
    "food",
    "有機ルイボスティー 40包",
    "アトピー改善をめざす方の毎日のお茶に。娘のかゆみもおさまりました。",
    D,
)
L(
    "d04",
    "cosmetics",
    "天然ハーブ軟膏 20g",
    "湿疹やかぶれを治すおばあちゃんの知恵から生まれました。",
    [D, CS],
)
L(
    "d05",
    "general",
    "磁気ブレスレット チタン",
    "つけているだけで肩こりと頭痛から解放されました！",
    D,
)
L(
    "d06",
    "apparel",
    "遠赤外線 ひざサポーター",
    "ひざの関節痛がラクになったと大好評。階段も怖くない。",
    D,
)
L(
    "d07",
    "health_food",
    "グルコサミン&コンドロイチン",
    "軟骨を再生して、つらい関節痛を根本から治します。",
    D,
)
L(
    "d08",
    "food",
    "しょうが紅茶 ティーバッグ",
    "冷え性と生理痛に悩む女性へ。体の芯から温めて生理痛をやわらげます。",
    D,
)
L("d09", "health_food", "L-92乳酸菌 30日分", "花粉症の季節も鼻水・くしゃみ知らずで過ごせます", D)
L("d10", "cosmetics", "アクネケア美容液", "繰り返す大人ニキビを根本から治療する本格美容液", [D, CS])
L("d11", "health_food", "ブルーベリー&ルテイン", "白内障や緑内障の予防に毎日2粒", D)
L("d12", "food", "熟成黒にんにく 500g", "がん予防に効果的といわれるS-アリルシステインがたっぷり", D)
L("d13", "health_food", "沖縄産フコイダン", "抗がん作用が期待できる海藻エキスを高濃度配合", D)
L("d14", "health_food", "DHA・EPA オメガ3", "認知症の進行を食い止めたい方に", D)
L("d15", "health_food", "植物酵素サプリ", "便秘薬に頼らなくても毎朝スッキリ。頑固な便秘も解消！", D)
L("d16", "cosmetics", "和漢薬草の入浴剤", "水虫やいぼ痔に効くと昔から伝わる生薬を配合", [D, CS])
L(
    "d17",
    "general",
    "温熱パッド 繰り返し使える",
    "腰痛持ちの私が手放せない。貼った日から腰の痛みがスーッと消えた",
    D,
)
L(
    "d18",
    "health_food",
    "ノコギリヤシ 60粒",
    "夜中のトイレの回数が減り、頻尿の悩みから解放されました",
    D,
)
L("d19", "food", "べにふうき甜茶", "アレルギー体質が改善したという声が多数届いています", [D, BF])
L("d20", "health_food", "ナノ型乳酸菌 1兆個", "ウイルスに負けない体づくりに", D)
L(
    "d21",
    "electrical",
    "水素水生成器 ポット型",
    "活性酸素を除去して病気を予防。毎日の水を健康水に",
    D,
)
L(
    "d22",
    "health_food",
    "マヌカハニー MGO550+",
    "ピロリ菌を退治して胃潰瘍を防ぐスーパーフード",
    [D, BF],
)
L("d23", "food", "米麹の甘酒 6本", "うつっぽい気分や不眠症の改善に。ぐっすり眠れる", D)
L(
    "d24",
    "health_food",
    "田七人参 タブレット",
    "高血圧の父が飲み続けて、血圧が正常値まで下がりました",
    [D, BF],
)
L("d25", "cosmetics", "ヘアトニック 無香料", "円形脱毛症が治ったという口コミ多数", [D, CS])
L("d26", "health_food", "キャッツクロー", "リウマチの痛みが和らいだと喜びの声", D)
L("d27", "food", "えごま油 国産", "動脈硬化を防ぎ、脳梗塞のリスクを減らす", D)
L("d28", "health_food", "クエン酸 粉末", "痛風の原因の尿酸を溶かして排出", [D, BF])
L("d29", "general", "ゲルマニウム温浴パウダー", "自律神経失調症が良くなった、という方も。", D)
L(
    "d30",
    "health_food",
    "菊芋サプリ イヌリン",
    "糖尿病が改善した方続出！インスリンに頼らない生活へ",
    D,
)
L("d31", "health_food", "青魚の恵み", "狭心症や心筋梗塞の予防に役立つEPA", D)
L("d32", "food", "どくだみ茶", "吹き出物や湿疹がでにくくなります", D)
L(
    "d33",
    "cosmetics",
    "ティーツリー 保湿ジェル",
    "ニキビ跡もニキビもできなくなる！思春期ニキビに",
    [D, CS],
)
L(
    "d34",
    "health_food",
    "乳酸菌+ビフィズス菌",
    "過敏性腸症候群でお悩みの方、下痢がピタッと止まります",
    D,
)
L("d35", "health_food", "睡眠サポートサプリ", "不眠症を克服した私の秘密", D)
L("d36", "general", "治療用ではない磁気ネックレス", "でも肩こりがウソみたいに軽くなったと話題", D)
L(
    "d37",
    "health_food",
    "プラセンタ粒",
    "更年期障害のつらさから解放。ホットフラッシュもおさまった",
    D,
)
L("d38", "food", "はちみつ漬け かりん", "喉の炎症を鎮めて咳止めに", D)
P(
    "d39",
    "このサプリ飲み始めてからアトピーが嘘みたいに落ち着いた…！ほんとおすすめ",
    D,
    affiliate_link=True,
    hashtags="#PR #アトピー",
)
P(
    "d40",
    "正直レビュー",
    D,
    transcript="私これで逆流性食道炎が治ったんですよ、ほんとに。病院行かなくなった",
    gifted=True,
    hashtags="#提供",
)
P("d41", "花粉症の人ほんとに試して！鼻づまりが一発で治まる #PR", D, shop_tag=True)
P(
    "d42",
    "便秘に悩んでる人へ #広告",
    D,
    transcript="このお茶に変えてから便秘が解消して毎朝すっきりです",
    affiliate_link=True,
)

# permitted / compliant look-alikes for disease claims
L(
    "d50",
    "quasi_drug",
    "薬用アクネ洗顔フォーム 医薬部外品",
    "ニキビを防ぐ薬用洗顔料。肌荒れ・荒れ性に。",
    [],
    PERM,
    approval="quasi_drug_approved",
)
L(
    "d51",
    "cosmetics",
    "泡洗顔フォーム",
    "洗浄によりニキビ、アセモを防ぎます。毛穴の汚れもすっきり。",
    [],
    PERM,
)
L(
    "d52",
    "health_food",
    "乳酸菌サプリ 30日分",
    "本品は疾病の診断、治療、予防を目的としたものではありません。",
    [],
    PERM,
)
L(
    "d53",
    "health_food",
    "黒酢もろみ",
    "医薬品ではないので、病気が治るわけではありません。毎日の健康維持に。",
    [],
    PERM,
)
L(
    "d54",
    "health_food",
    "青汁 30包",
    "糖尿病などで治療中の方は、医師にご相談のうえお召し上がりください。",
    [],
    PERM,
)
L(
    "d55",
    "cosmetics",
    "敏感肌用 化粧水",
    "傷やはれもの、湿疹等の異常のある部位にはお使いにならないでください。",
    [],
    PERM,
)
L("d56", "cosmetics", "ベビーパウダー", "あせもを防ぐ打粉。赤ちゃんのさらさら肌に。", [], PERM)
L(
    "d57",
    "cosmetics",
    "薬用ではない歯みがき粉",
    "ブラッシングでムシ歯を防ぎ、口臭を防ぎます。歯を白くする。",
    [],
    PERM,
)
L("d58", "food", "国産しょうがパウダー", "寒い季節のあったかドリンクに。紅茶やスープに混ぜて。", [])
L(
    "d59",
    "general",
    "ガンガン使える 頑丈なフライパン",
    "毎日の調理でガンガン使ってもへこたれない",
    [],
)
L("d60", "toy", "がんばれ！消防車セット", "がんばる子どもの遊び相棒", [])
L(
    "d61",
    "health_food",
    "マルチミネラル",
    "食生活の乱れが気になる方の栄養補給に。アレルギー物質：なし",
    [],
    PERM,
)
L(
    "d62",
    "quasi_drug",
    "薬用入浴剤 医薬部外品",
    "疲労回復、肩のこり、腰痛、神経痛、冷え症に。",
    [],
    PERM,
    approval="quasi_drug_approved",
)
L(
    "d63",
    "drug",
    "第2類医薬品 鼻炎薬",
    "花粉症による鼻水・鼻づまりの緩和に",
    [],
    PERM,
    seller__id="S900",
    seller__drug_license="第1234号",
)
L(
    "d64",
    "medical_device",
    "管理医療機器 低周波治療器",
    "肩こりの緩和、神経痛・筋肉痛の痛みの緩解",
    [],
    PERM,
)
L("d65", "cosmetics", "マスク用保湿ミスト", "花粉の季節のゆらぎ肌に、肌荒れを防ぐミスト", [], PERM)
P("d66", "風邪ひいて3日寝込んでた😷 やっと復活！", [])
P("d67", "病院の待ち時間に読んだ本が面白かった", [])

# ------------------------------------------------------- 薬機法: body-function claims on foods
L(
    "b01",
    "health_food",
    "燃焼系ブラックジンジャー",
    "ため込みがちなお腹まわりの脂肪をガンガン燃やす",
    [BF, WL],
)
L("b02", "food", "黒しょうが湯 10包", "新陳代謝を高めて、冷えにくい体に", BF)
L("b03", "health_food", "βグルカン 高配合", "免疫力アップで季節の変わり目も元気いっぱい", BF)
L("b04", "food", "桑の葉青汁", "食後の血糖値を下げる桑の葉を使用", BF)
L("b05", "health_food", "マカ&亜鉛", "男性の精力増強に。自信を取り戻す", BF)
L("b06", "health_food", "ナットウキナーゼ 2000FU", "血液をサラサラにして巡りの良い毎日を", BF)
L("b07", "food", "デトックスティー", "体内にたまった毒素を排出して体の中からキレイに", BF)
L(
    "b08",
    "health_food",
    "カルシウム+ビタミンD",
    "子どもの身長がぐんぐん伸びる成長期サプリ",
    [BF, GU],
)
L("b09", "health_food", "イチョウ葉エキス", "記憶力アップで物忘れ対策", BF)
L("b10", "food", "ごぼう茶 国産", "腸内環境を整えて、溜め込まない体質へ", AC)
L("b11", "health_food", "すっぽん黒酢", "疲労回復・滋養強壮に。仕事終わりの一杯", BF)
L("b12", "health_food", "αリポ酸 L-カルニチン", "基礎代謝を上げて太りにくい体へ", BF)
L("b13", "health_food", "ルテイン ゼアキサンチン", "スマホ世代の視力回復をサポート", BF)
L("b14", "food", "紅麹入り 玄米粥", "悪玉コレステロールを下げる紅麹パワー", BF)
L("b15", "health_food", "プエラリア ミリフィカ", "飲むだけでバストアップ！女性ホルモンを増やす", BF)
L(
    "b16",
    "food",
    "コーヒー ダイエットブレンド",
    "脂肪の分解を促すクロロゲン酸で燃える体に",
    [BF, WL],
)
L("b17", "health_food", "コンブチャ 粉末", "むくみが取れて足がすっきり", BF)
L("b18", "food", "酵素ドリンク 720ml", "細胞を活性化させて若返りを実感", BF)
L("b19", "health_food", "ビール酵母", "食欲を抑えてドカ食いを防ぐ", BF)
L("b20", "health_food", "ノニジュース", "自然治癒力を高めるタヒチの恵み", BF)
L("b21", "health_food", "ローヤルゼリー", "体力が落ちた方の体力回復に。朝の目覚めが違う", BF)
L("b22", "food", "しじみ汁 30食", "肝機能を高めて二日酔いしらず", BF)
L("b23", "health_food", "ヒアルロン酸+コラーゲン", "飲む美容液。肌の奥から若返る", BF)
L("b24", "health_food", "HMB 筋肉サプリ", "飲むだけで筋肉が増える！", BF)
L("b25", "food", "キャンドルブッシュ茶", "宿便をスッキリ出して、お腹ぺたんこ", [BF, WL])
L("b26", "health_food", "GABA タブレット", "自律神経を整えて、毎日をおだやかに", BF)
P(
    "b27",
    "この青汁で代謝が上がったのか、体がぽかぽか #PR",
    BF,
    affiliate_link=True,
    listing__category="food",
)
P(
    "b28",
    "免疫力高めたい人にはこれ一択 #プロモーション",
    BF,
    shop_tag=True,
    listing__category="health_food",
)

# approved wording on approved products (permitted) and beyond-approval claims
L(
    "b40",
    "food",
    "トクホ 緑茶 500ml×24本",
    "体脂肪が気になる方に。特定保健用食品。",
    [],
    PERM,
    approval="foshu",
)
L(
    "b41",
    "food",
    "特定保健用食品 食物繊維飲料",
    "おなかの調子を整えます。食生活は、主食、主菜、副菜を基本に、食事のバランスを。",
    [],
    PERM,
    approval="foshu",
)
L(
    "b42",
    "health_food",
    "機能性表示食品 GABA 届出番号G123",
    "GABAには、仕事や勉強による一時的な精神的ストレスを緩和する機能があることが報告されています。",
    [],
    PERM,
    approval="fnfc",
)
L(
    "b43",
    "health_food",
    "機能性表示食品 ルテイン",
    "目の黄斑色素量を維持し、目のコントラスト感度を改善することで、ぼやけの緩和に役立つことが報告されています",
    [],
    PERM,
    approval="fnfc",
)
L(
    "b44",
    "food",
    "機能性表示食品 黒酢ドリンク",
    "血圧が高めの方に適した食品です。",
    [],
    PERM,
    approval="fnfc",
)
L(
    "b45",
    "health_food",
    "栄養機能食品 カルシウム",
    "カルシウムは、骨や歯の形成に必要な栄養素です。",
    [],
    PERM,
    approval="fnc",
)
L(
    "b46",
    "health_food",
    "栄養機能食品 鉄",
    "鉄は、赤血球を作るのに必要な栄養素です。本品は、特定保健用食品と異なり、消費者庁長官による個別審査を受けたものではありません。",
    [],
    PERM,
    approval="fnc",
)
L(
    "b47",
    "food",
    "機能性表示食品 ヨーグルト",
    "内臓脂肪を減らすのを助ける機能が報告されています。さらに免疫力もアップ！",
    BF,
    approval="fnfc",
)
L(
    "b48",
    "food",
    "トクホ 烏龍茶",
    "脂肪の吸収を抑えます。飲むだけで痩せる！",
    [BF, WL],
    approval="foshu",
)
L(
    "b49",
    "health_food",
    "栄養機能食品 ビタミンB群",
    "ナイアシンは、皮膚や粘膜の健康維持を助ける栄養素です。疲労回復にも効果抜群",
    BF,
    approval="fnc",
)
L("b50", "health_food", "マルチビタミン&ミネラル", "不足しがちな栄養素を手軽に補給。健康維持に", [])
L("b51", "food", "低脂肪乳 1000ml", "脂肪分を抑えたすっきりした味わい", [])
L("b52", "food", "プロテインバー チョコ", "たんぱく質15g。運動後の栄養補給に", [], PERM)
L("b53", "food", "国産はちみつ", "まろやかな甘さ。トーストやヨーグルトに", [])

# FOSHU/FNFC/FNC wording or labels without the approval
L("b60", "food", "ごぼう茶 ティーバッグ", "おなかの調子を整える毎日のお茶", AC, approval="none")
L("b61", "health_food", "GABAサプリ", "睡眠の質を高める成分を配合", AC, approval="none")
L("b62", "food", "黒酢ドリンク", "血圧が高めの方におすすめの一本", AC, approval="none")
L(
    "b63",
    "food",
    "特保と同じ成分の烏龍茶",
    "ポリフェノール入りで脂っこい食事のお供に",
    AC,
    approval="none",
)
L("b64", "health_food", "機能性表示食品 ヒアルロン酸", "肌のうるおいを守る", AC, approval="none")
L(
    "b65",
    "health_food",
    "カルシウムタブレット",
    "カルシウムは、骨や歯の形成に必要な栄養素です。",
    AC,
    approval="none",
)
L(
    "b66",
    "food",
    "難消化性デキストリン粉末",
    "食後の中性脂肪の上昇をおだやかにします",
    AC,
    approval="none",
)
L("b67", "health_food", "栄養機能食品 ビタミンD", "丈夫な毎日に", AC, approval="fnfc")

# ------------------------------------------------- 薬機法: cosmetics beyond the 56 claims
L(
    "c01",
    "cosmetics",
    "ナイアシンアミド美容液",
    "長年のシミがどんどん薄くなって、すっぴんに自信",
    [CS, GU],
)
L("c02", "cosmetics", "レチノールクリーム", "深く刻まれたシワを伸ばすエイジング美容クリーム", CS)
L(
    "c03",
    "cosmetics",
    "リフトアップ美顔クリーム",
    "フェイスラインのたるみを引き上げて、ほうれい線が目立たなくなる",
    CS,
)
L("c04", "cosmetics", "幹細胞エキス配合 美容液", "肌細胞を再生させ、10歳若く見られる肌へ", CS)
L("c05", "cosmetics", "ビタミンCピールジェル", "毛穴が小さくなって開き毛穴ゼロへ", CS)
L("c06", "cosmetics", "目元集中クリーム", "目の下のクマが1本で消える", [CS])
L("c07", "cosmetics", "スカルプシャンプー", "抜け毛が減って髪がふさふさに。発毛を促す", [CS])
L("c08", "cosmetics", "美白化粧水", "気になるシミ・くすみを根本から美白", [CS, QD])
L("c09", "cosmetics", "ボディクリーム", "塗るだけでセルライトが消えて脚やせ", [CS, WL])
L("c10", "cosmetics", "バストクリーム", "塗るだけで豊胸効果、ふっくらバストへ", [CS])
L("c11", "cosmetics", "ハンドソープ 泡", "手の除菌に。99.9%殺菌", [CS, QD])
L("c12", "cosmetics", "アンチエイジングオイル", "年齢肌が生まれ変わる。老化を止めるオイル", CS)
L("c13", "cosmetics", "真皮まで届くコラーゲン美容液", "ハリの元を肌の奥深くまで届けます", CS)
L("c14", "cosmetics", "白髪用トリートメント", "使い続けると白髪が黒く戻る", CS)
L("c15", "cosmetics", "ニキビ跡用ジェル", "ニキビ跡の色素沈着を改善", CS)
L(
    "c16",
    "cosmetics",
    "ホワイトニング歯みがき",
    "歯の黄ばみを落として歯を白く。ホワイトニング効果で輝く白さ",
    CS,
)
L("c17", "cosmetics", "小顔マッサージクリーム", "塗ってマッサージするだけで小顔になる", CS)
L("c18", "cosmetics", "まつげ美容液", "まつげが生える！伸びる！", CS)
L("c19", "cosmetics", "シートマスク 30枚", "1枚でシワがなくなるほどのハリ", CS)
L("c20", "cosmetics", "クレンジングバーム", "毛穴の黒ずみが消える！とろけるバーム", CS)

# permitted cosmetic wording (56 claims, makeup, feel in use)
L(
    "c40",
    "cosmetics",
    "高保湿 化粧水 200ml",
    "肌にうるおいを与え、キメを整えます。乾燥を防ぎ、すこやかに保ちます。",
    [],
    PERM,
)
L(
    "c41",
    "cosmetics",
    "アイクリーム 効能評価試験済み",
    "乾燥による小ジワを目立たなくする。",
    [],
    PERM,
)
L(
    "c42",
    "cosmetics",
    "UVミルク SPF50+",
    "日やけによるシミ・ソバカスを防ぎます。日やけを防ぐ。",
    [],
    PERM,
)
L(
    "c43",
    "cosmetics",
    "ヘアオイル",
    "毛髪にツヤを与え、枝毛を防ぐ。髪の水分・油分を補い保ちます",
    [],
    PERM,
)
L(
    "c44",
    "cosmetics",
    "リップバーム",
    "口唇の乾燥によるカサツキを防ぎ、唇をなめらかにします",
    [],
    PERM,
)
L(
    "c45",
    "cosmetics",
    "コンシーラー 2色",
    "シミ・クマ・ニキビ跡をしっかりカバーして目立たなく見せる",
    [],
    PERM,
)
L(
    "c46",
    "cosmetics",
    "ハイライトパウダー",
    "光の効果でほうれい線やくすみを目立ちにくく見せる",
    [],
    PERM,
)
L(
    "c47",
    "cosmetics",
    "スカルプシャンプー",
    "頭皮、毛髪を清浄にし、フケ・カユミを抑える。",
    [],
    PERM,
)
L(
    "c48",
    "cosmetics",
    "ボディミルク",
    "肌荒れを防ぎ、皮膚をすこやかに保つ。ベタつかないしっとり感",
    [],
    PERM,
)
L("c49", "cosmetics", "引き締めローション", "肌をひきしめ、肌にハリを与えます。", [], PERM)
L(
    "c50",
    "cosmetics",
    "洗顔石けん",
    "汚れを落とすことにより皮膚を清浄にします。毛穴の汚れもすっきり。",
    [],
    PERM,
)
L(
    "c51",
    "cosmetics",
    "角質ケア美容液",
    "角質層まで浸透※して、うるおいを与える ※角質層まで",
    [],
    PERM,
)
L(
    "c52",
    "cosmetics",
    "エイジングケア クリーム",
    "エイジングケア※で乾燥肌にハリを与える ※年齢に応じたお手入れのこと",
    [],
    PERM,
)
L(
    "c53",
    "quasi_drug",
    "薬用美白美容液 医薬部外品",
    "メラニンの生成を抑え、シミ・ソバカスを防ぐ。",
    [],
    PERM,
    approval="quasi_drug_approved",
)
L(
    "c54",
    "quasi_drug",
    "薬用リンクルクリーム 医薬部外品",
    "シワを改善する。肌荒れを防ぐ。",
    [],
    PERM,
    approval="quasi_drug_approved",
)
L(
    "c55",
    "quasi_drug",
    "薬用育毛剤 医薬部外品",
    "育毛、薄毛、かゆみ、脱毛の予防、発毛促進、ふけ",
    [],
    PERM,
    approval="quasi_drug_approved",
)
L(
    "c56",
    "quasi_drug",
    "薬用デオドラント 医薬部外品",
    "わきが(皮膚汗臭)、制汗",
    [],
    PERM,
    approval="quasi_drug_approved",
)
L(
    "c57",
    "cosmetics",
    "ネイルオイル",
    "爪を保護し、爪にうるおいを与えます。甘皮にもなじむ",
    [],
    PERM,
)
L("c58", "cosmetics", "ファンデーション", "毛穴をカバーして、つるんとなめらかな仕上がり", [], PERM)
L(
    "c59",
    "cosmetics",
    "シェービングジェル",
    "ひげを剃りやすくし、ひげそり後の肌を整えます",
    [],
    PERM,
)
L("c60", "cosmetics", "香水 50ml", "芳香を与える。ホワイトムスクのやさしい香り", [], PERM)
L("c61", "cosmetics", "ヘアワックス", "髪型を整え、保持する。自然なツヤ", [], PERM)
L("c62", "cosmetics", "泡洗顔", "肌にやさしいアミノ酸洗浄成分。しっとり洗い上がり", [])

# quasi-drug wording or labels without approval, and approved products claiming more
L(
    "q01",
    "cosmetics",
    "ホワイトニングクリーム",
    "メラニンの生成を抑えて透明感あふれる素肌へ",
    QD,
    approval="none",
)
L("q02", "cosmetics", "育毛エッセンス", "抜け毛予防と育毛に", [QD, CS], approval="none")
L("q03", "cosmetics", "ワキ用クリーム", "嫌なわきがのニオイを防ぐ", [QD, D, CS], approval="none")
L("q04", "cosmetics", "薬用 ボディソープ", "さっぱり洗えるボディソープ", QD, approval="none")
L("q05", "cosmetics", "医薬部外品 オールインワン", "これ1本で保湿完了", QD, approval="none")
L(
    "q06",
    "cosmetics",
    "歯周病予防 マウスウォッシュ",
    "歯周病を予防して口臭の防止にも",
    [QD, D, CS],
    approval="none",
)
L(
    "q07",
    "quasi_drug",
    "薬用美白クリーム 医薬部外品",
    "メラニンの生成を抑え、シミ・ソバカスを防ぐ。できてしまったシミも消える",
    [QD],  # an approved quasi-drug over-claiming: QD only (round 7 convention)
    approval="quasi_drug_approved",
)
L(
    "q08",
    "quasi_drug",
    "薬用育毛トニック 医薬部外品",
    "育毛、脱毛の予防。ハゲが治る",
    [QD],  # an approved quasi-drug over-claiming: QD only (round 7 convention)
    approval="quasi_drug_approved",
)

# ------------------------------------------ 薬機法: guarantees, superlatives, speed
L("g01", "cosmetics", "毛穴ケアセラム", "使えば誰もが効果を実感できる、失敗しない美容液", GU)
L("g02", "health_food", "ファスティングサプリ", "絶対に結果が出る！自信があるから返金保証つき", GU)
L("g03", "cosmetics", "敏感肌クリーム", "100%天然由来だから安全。副作用もありません", GU)
L("g04", "health_food", "酵素ドリンク", "使用前・使用後の比較写真を公開中", GU)
L("g05", "cosmetics", "美容オイル", "世界一効くと話題の奇跡のオイル", [GU, N1])
L("g06", "health_food", "黒酢サプリ", "史上最強の効き目を誇る黒酢", GU)
L("g07", "cosmetics", "シートマスク", "貼って10分で変化を実感", GU)
L("g08", "health_food", "快眠サプリ", "飲んだその日から効果を体感", GU)
L("g09", "cosmetics", "ナイトクリーム", "一晩で違いがわかる驚異の実感力", GU)
L("g10", "food", "ハーブティー", "自然のものだから副作用の心配はゼロ。妊娠中も安心", GU)
L("g11", "medical_device", "家庭用低周波治療器", "確実に効く医療機器", GU)
L("g12", "cosmetics", "美容液 30ml", "魔法のように効果が出る神コスメ", GU)
L("g13", "health_food", "ダイエットサプリ", "即効性抜群！たった3日で結果が出た", GU)
L("g14", "cosmetics", "保湿クリーム", "ビフォーアフターを見てください！", GU)

# permitted / compliant near guarantee words
L(
    "g40",
    "cosmetics",
    "美容液",
    "効果・効能を保証するものではありません。使用感には個人差があります。",
    [],
    PERM,
)
L("g41", "health_food", "国産青汁", "初回全額返金保証。大麦若葉100%使用", [], PERM)
L(
    "g42",
    "cosmetics",
    "クレンジングオイル",
    "ご使用の際は必ずパッチテストを行ってください",
    [],
    PERM,
)
L("g43", "food", "最高級 黒毛和牛 切り落とし", "最高の霜降りをご家庭で", [])
L("g44", "cosmetics", "最高級 アルガンオイル 100%", "モロッコ産 最高品質のオイルを100%使用", [])
L("g45", "electrical", "ドライヤー 大風量", "速乾。一瞬で乾く大風量", [], None, pse_mark="round")
L(
    "g46",
    "cosmetics",
    "ハンドクリーム",
    "2年保証の容器ではありませんが、品質保証期間は未開封3年です",
    [],
    PERM,
)

# ------------------------------------ 薬機法: endorsement by doctors, hospitals, state
L(
    "e01", "cosmetics", "敏感肌用 保湿クリーム", "皮膚科医の9割がすすめる保湿クリーム", [EN, N1]
)  # relabelled in round 11: a profession's recommendation rate without a source is also keihyo_no1 (lead's decision)
L("e02", "health_food", "乳酸菌サプリ", "全国200以上の医療機関で導入されている乳酸菌", EN)
L("e03", "health_food", "酵素サプリ", "厚生労働省も認めた成分を配合", EN)
L("e04", "cosmetics", "美容液", "有名美容皮膚科の院長が愛用している美容液", EN)
L("e05", "food", "玄米茶", "管理栄養士が推薦する毎日のお茶", EN)
L("e06", "general", "磁気ネックレス", "整形外科の先生も太鼓判", EN)
L("e07", "health_food", "ビタミンサプリ", "薬剤師おすすめNo.1のビタミン", [EN, N1])
L(
    "e08", "cosmetics", "シャンプー", "美容師の95%が推奨するノンシリコン", [EN, N1]
)  # relabelled in round 11: a profession's recommendation rate without a source is also keihyo_no1 (lead's decision)
L("e09", "health_food", "DHAサプリ", "日本〇〇学会が公認した品質", EN)
L("e10", "health_food", "睡眠サプリ", "医師監修だから効き目が違う", EN)
L(
    "e11",
    "cosmetics",
    "ドクターズコスメ",
    "大学病院でも使われている成分で肌トラブルを改善",
    [EN, CS],
)
L("e12", "food", "青汁", "お医者さんもすすめる青汁", EN)

L(
    "e40",
    "health_food",
    "乳酸菌サプリ",
    "妊娠・授乳中の方、薬を服用中の方は医師にご相談ください",
    [],
    PERM,
)
L(
    "e41",
    "cosmetics",
    "保湿クリーム",
    "お肌に異常があらわれた場合は皮膚科専門医等にご相談ください",
    [],
    PERM,
)
L(
    "e42",
    "food",
    "管理栄養士監修 お弁当セット",
    "管理栄養士監修のバランス献立。冷凍でお届け",
    [],
    PERM,
)
L("e43", "general", "医師の書いた健康エッセイ 単行本", "現役医師が綴る、病院の日常", [], PERM)
L("e44", "health_food", "国産 青汁", "GMP認定工場で製造しています", [], PERM)

# ------------------------------------------- 46通知: drug-like dosage on foods
L("o01", "health_food", "ウコンの力 粒", "1日3回、毎食後に2粒ずつお飲みください", DO)
L("o02", "health_food", "高麗人参カプセル", "朝晩2回、食前に服用してください", DO)
L("o03", "health_food", "しじみエキス", "用法・用量：1回2粒を1日2回", DO)
L("o04", "health_food", "葛根湯風 ハーブ粒", "風邪っぽいときに3粒を頓服で", [DO, D])
L("o05", "health_food", "グルコサミン", "1日2回、1回3粒を目安に水またはぬるま湯で服用", DO)
L("o06", "food", "薬膳スープの素", "効能・効果：冷え性、肩こり", [DO, D])
L("o07", "health_food", "乳酸菌タブレット", "お腹の調子が悪い時に2錠を飲む", [DO])
L(
    "o40",
    "health_food",
    "DHA&EPA",
    "1日4粒を目安に、水またはぬるま湯でお召し上がりください",
    [],
    PERM,
)
L(
    "o41",
    "health_food",
    "ビタミンC 1000mg",
    "1日2粒を目安にお召し上がりください。医薬品を服用している方は医師にご相談ください",
    [],
    PERM,
)
L("o42", "food", "食後のデザートプリン", "食後のデザートにぴったり", [])
L("o43", "health_food", "プロテイン", "1回30gを200mlの水に溶かしてお飲みください", [])

# ---------------------------------------------------- 景品表示法: No.1 and firsts
L("n01", "cosmetics", "【顧客満足度No.1】オールインワンゲル", "忙しい朝もこれひとつ", N1)
L("n02", "health_food", "売上日本一の青汁", "毎日の野菜不足に", N1)
L("n03", "general", "業界初！自動で畳める物干し", "特許技術で簡単収納", N1)
L("n04", "electrical", "ロボット掃除機", "楽天ランキング1位獲得！", N1, pse_mark="round")
L("n05", "food", "おすすめしたい お取り寄せグルメ第1位", "全国から選ばれた絶品", N1)
L("n06", "cosmetics", "ナンバーワン美容液", "口コミで話題", N1)
L("n07", "apparel", "世界初の素材で作った Tシャツ", "洗うほどやわらかく", N1)
L(
    "n08",
    "health_food",
    "リピート率No.1 酵素",
    "※サイトのイメージ調査 2024年1月 20〜60代男女1,000名",
    N1,
)
L("n09", "general", "シェアNo.1 ウォーターサーバー", "月額3,000円から", N1)
L("n10", "food", "最も選ばれているプロテイン", "おいしさにこだわりました", N1)
L(
    "n40",
    "electrical",
    "ワイヤレスイヤホン",
    "Amazon売れ筋ランキング 1位(2024年5月12日 イヤホン部門 デイリー)",
    [],
    PERM,
)
L(
    "n41",
    "cosmetics",
    "満足度No.1 クレンジング",
    "※2024年3月 株式会社○○リサーチ調べ 実際の使用者20〜50代女性500名対象",
    [],
    PERM,
)
L("n42", "food", "いちご 2パック", "1位を決める品評会にも出品した農家のいちご", [], PERM)
L("n43", "general", "収納ボックス 3個セット", "ナンバリングで管理しやすい", [])

# ------------------------------------------ 景品表示法: double pricing (8-week rule)
L(
    "p01",
    "apparel",
    "冬物コート セール",
    "今だけ特別価格",
    DP,
    price=9800,
    list_price=29800,
    price__days_observed_56d=56,
    price__days_at_list_price_56d=5,
    price__max_price_56d=29800,
)
L(
    "p02",
    "electrical",
    "電気ケトル",
    "在庫処分",
    DP,
    price=2980,
    list_price=5980,
    pse_mark="round",
    product_type="electric_kettle",
    price__days_observed_56d=56,
    price__days_at_list_price_56d=20,
    price__max_price_56d=5980,
)
L(
    "p03",
    "cosmetics",
    "化粧水 限定セット",
    "50%OFF",
    DP,
    price=1980,
    list_price=3960,
    price__days_observed_56d=20,
    price__days_at_list_price_56d=8,
    price__max_price_56d=3960,
)
L(
    "p04",
    "general",
    "布団セット",
    "お買い得",
    DP,
    price=4980,
    list_price=19800,
    price__days_observed_56d=56,
    price__days_at_list_price_56d=0,
    price__max_price_56d=6980,
)
L(
    "p05",
    "food",
    "お歳暮 ハムセット",
    "早割",
    DP,
    price=3980,
    list_price=5980,
    price__days_observed_56d=40,
    price__days_at_list_price_56d=13,
    price__max_price_56d=5980,
)
L(
    "p06",
    "apparel",
    "スニーカー",
    "通常価格8,900円のところ今だけ4,450円！",
    DP,
    price=4450,
    list_price=None,
)
L("p07", "general", "ラグマット", "当店通常価格12,800円→6,400円 半額セール", DP, price=6400)
L(
    "p40",
    "apparel",
    "冬物コート",
    "シーズンセール",
    [],
    PERM,
    price=19800,
    list_price=29800,
    price__days_observed_56d=56,
    price__days_at_list_price_56d=42,
    price__max_price_56d=29800,
)
L(
    "p41",
    "general",
    "新作ソファ",
    "発売記念",
    [],
    PERM,
    price=39800,
    list_price=49800,
    price__days_observed_56d=20,
    price__days_at_list_price_56d=14,
    price__max_price_56d=49800,
)
L("p42", "food", "米 10kg", "値下げしました", [], PERM, price=3980, list_price=None)
L("p43", "general", "タオル 10枚組", "まとめ買いでお得", [], None, price=2980, list_price=None)

# -------------------------------- 景品表示法: effortless / quantified weight loss
L(
    "w01",
    "health_food",
    "カロリミット系 サプリ",
    "食べたいだけ食べても太らない、夢のダイエット",
    [WL],
)
L("w02", "apparel", "着圧スパッツ", "寝ている間にみるみる脚が細くなる", [WL])
L("w03", "electrical", "EMS腹筋ベルト", "巻いてテレビを見ているだけで、お腹ぽっこりが解消", [WL])
L("w04", "food", "置き換えスムージー", "1ヶ月で-7kg達成した人も！", [WL])
L("w05", "health_food", "黒ウーロン茶エキス", "運動しなくても体重がどんどん落ちていく", [WL])
L("w06", "general", "骨盤矯正クッション", "座るだけでウエストマイナス10cm", [WL])
L("w07", "health_food", "酵母サプリ", "3週間で体重-5kg！ウエスト-8cm！", [WL])
L("w08", "food", "ダイエットコーヒー", "我慢なしで痩せたい人のための一杯", [WL, BF])
L("w09", "apparel", "サウナスーツ", "着て歩くだけで汗と一緒に脂肪が流れ出る", [WL])
L("w10", "health_food", "短鎖脂肪酸サプリ", "飲むだけで脂肪が勝手に燃える体質に", [WL, BF])
L("w11", "food", "こんにゃくゼリー", "おやつを置き換えるだけで、2週間でスカートがゆるゆるに", [WL])
L("w12", "health_food", "乳酸菌ダイエット", "食事制限ゼロでマイナス8キロ", [WL])
L(
    "w40",
    "apparel",
    "ハイウエスト テーパードパンツ",
    "着痩せ効果抜群！すっきり見えるシルエット",
    [],
    PERM,
)
L(
    "w41",
    "food",
    "置き換えシェイク",
    "ダイエット中の栄養補給に。バランスのよい食事と適度な運動を心がけましょう",
    [],
    PERM,
)
L("w42", "apparel", "補正インナー", "着用するとお腹まわりをすっきり見せる", [], PERM)
L("w43", "apparel", "ワイドパンツ", "ウエスト58〜70cm 総丈95cm 体型カバーに", [], PERM)
L("w44", "food", "低糖質パン", "糖質オフで毎日の食事にうれしい。ダイエット中でもおいしい", [], PERM)
L("w45", "electrical", "体重計 体組成計", "体重・体脂肪率を0.1kg単位で測定", [])
L("w46", "general", "ヨガマット", "自宅で簡単にストレッチ。運動不足の解消に", [])

# ----------------------------------------------------------- ステマ (creator posts)
LONG_TAGS = "#コスメ #スキンケア #美容 #プチプラ #メイク #コスメ好き #コスメレビュー #美肌 #乾燥肌 #敏感肌 #韓国コスメ #デパコス #PR"
P(
    "s01",
    "最近ずっとこれ使ってる！ツヤ感が本当にきれい✨",
    ST,
    hashtags="#スキンケア #ツヤ肌",
    gifted=True,
)
P(
    "s02",
    "今日のコーデ👗 このワンピース着心地最高",
    ST,
    hashtags="#今日のコーデ #ワンピース",
    affiliate_link=True,
)
P(
    "s03",
    "キッチン便利グッズ紹介します",
    ST,
    transcript="これ本当に便利で毎日使ってます、リンクから買えます",
    shop_tag=True,
)
P(
    "s04",
    "ずっと気になってたクッションファンデを試してみました。カバー力がすごくて、夕方になってもほとんど崩れていなくて感動。色は3色展開で、私は明るめのオークルを選びました。",
    ST,
    hashtags=LONG_TAGS,
    gifted=True,
)
P("s05", "本音レビュー！自腹で買ったからこそ言える良さ", ST, hashtags="#正直レビュー", gifted=True)
P("s06", "広告じゃないよ、本当に好きなだけ。このリップ何本もリピしてる", ST, affiliate_link=True)
P(
    "s07",
    "愛用中のシャンプー🫧 香りに癒される…",
    ST,
    hashtags="#ヘアケア #シャンプー #美髪",
    affiliate_link=True,
    gifted=True,
)
P(
    "s08",
    "旅行に持っていったモバイルバッテリー、軽くて優秀だった。これ一つでスマホ3回充電できて、旅先で本当に助かった。ケーブル内蔵なのもポイント高い。色はホワイトとブラック。",
    ST,
    hashtags="#ガジェット #旅行 #モバイルバッテリー #便利グッズ #買ってよかった #おすすめ #旅行グッズ #スマホ #iPhone #充電器 #ミニマリスト #PR",
    shop_tag=True,
)
P(
    "s09",
    "これは案件じゃないけど、ほんとにおすすめ",
    ST,
    transcript="みんなに聞かれるから紹介するね",
    shop_tag=True,
)
P(
    "s40",
    "【PR】◯◯さまから新作リップをいただきました。発色がとてもきれい",
    [],
    PERM,
    hashtags="#リップ #新作コスメ",
    gifted=True,
)
P("s41", "#PR 今日は話題の美容液をレビュー", [], PERM, hashtags="#美容液", affiliate_link=True)
P("s42", "プロモーションを含みます。キッチングッズを紹介", [], PERM, shop_tag=True)
P("s43", "今日のカフェ巡り☕️", [], None, hashtags="#カフェ #東京カフェ")
P("s44", "自分で買ったお気に入りのマグカップ", [], None, hashtags="#マグカップ")
P(
    "s45",
    "新作リップのレビュー",
    [],
    PERM,
    hashtags="#広告 #リップ #新作コスメ #プチプラ #コスメ好き #コスメレビュー #メイク #イエベ #ブルベ #デパコス #韓国コスメ #春コスメ",
    gifted=True,
)
P(
    "s46",
    "ブランドさまから商品提供を受けて投稿しています。使ってみた感想をまとめました",
    [],
    PERM,
    gifted=True,
)
P("s47", "Sponsored by ○○ / 新しいスニーカーで朝ラン", [], PERM, affiliate_link=True)
P(
    "s48",
    "夏の新作アイテム紹介",
    [],
    PERM,
    transcript="この動画はプロモーションを含みます。今日は夏の新作を紹介します",
    shop_tag=True,
)

# ------------------------------------------------------ 特定商取引法 (sellers)
S(
    "t01",
    TK,
    seller_type="corporate",
    disclosure_legal_name="株式会社サンプル商事",
    disclosure_address=None,
    disclosure_phone="03-1111-2222",
    disclosure_representative="佐藤一郎",
    disclosure_return_policy="到着後7日以内",
    country="JP",
)
S(
    "t02",
    TK,
    seller_type="corporate",
    disclosure_legal_name="合同会社ミライ",
    disclosure_address="大阪府大阪市中央区本町2-3-4",
    disclosure_phone=None,
    disclosure_representative="田中花子",
    disclosure_return_policy="未開封に限り返品可",
    country="JP",
)
S(
    "t03",
    TK,
    seller_type="corporate",
    disclosure_legal_name="株式会社ABC",
    disclosure_address="東京都港区六本木1-2-3",
    disclosure_phone="03-3333-4444",
    disclosure_representative=None,
    disclosure_return_policy="返品不可(初期不良を除く)",
    country="JP",
)
S(
    "t04",
    TK,
    seller_type="corporate",
    disclosure_legal_name="株式会社ネクスト",
    disclosure_address="福岡県福岡市博多区博多駅前1-1-1",
    disclosure_phone="092-123-4567",
    disclosure_representative="山本健",
    disclosure_return_policy=None,
    country="JP",
)
S(
    "t05",
    TK,
    seller_type="corporate",
    disclosure_legal_name="株式会社ライト",
    disclosure_address="東京都新宿区",
    disclosure_phone="03-5555-6666",
    disclosure_representative="鈴木一",
    disclosure_return_policy="7日以内",
    country="JP",
)
S(
    "t06",
    TK,
    seller_type="corporate",
    disclosure_legal_name="有限会社ショップ",
    disclosure_address="札幌中央郵便局私書箱100号",
    disclosure_phone="011-222-3333",
    disclosure_representative="高橋",
    disclosure_return_policy="8日以内",
    country="JP",
)
S(
    "t07",
    TK,
    seller_type="corporate",
    disclosure_legal_name="株式会社ヤマト物産",
    disclosure_address="愛知県名古屋市中区栄3-4-5",
    disclosure_phone="メールにてお問い合わせください",
    disclosure_representative="伊藤",
    disclosure_return_policy="7日以内",
    country="JP",
)
S(
    "t08",
    TK,
    seller_type="individual",
    disclosure_legal_name=None,
    disclosure_address=None,
    disclosure_phone=None,
    country="JP",
)
S(
    "t09",
    TK,
    seller_type="corporate",
    disclosure_legal_name="",
    disclosure_address="",
    disclosure_phone="",
    disclosure_representative="",
    disclosure_return_policy="",
    country="JP",
)
S(
    "t40",
    [],
    None,
    seller_type="corporate",
    disclosure_legal_name="株式会社まもり",
    disclosure_address="東京都千代田区丸の内1-1-1 丸の内ビル5F",
    disclosure_phone="03-1234-5678",
    disclosure_email="info@example.co.jp",
    disclosure_representative="代表取締役 守田太郎",
    disclosure_return_policy="商品到着後8日以内、未使用品に限り返品を承ります",
    country="JP",
)
S(
    "t41",
    [],
    None,
    seller_type="corporate",
    disclosure_legal_name="合同会社かがやき",
    disclosure_address="京都府京都市下京区四条通烏丸東入長刀鉾町20番地",
    disclosure_phone="075-123-4567",
    disclosure_representative="責任者 川村",
    disclosure_return_policy="返品不可。初期不良は7日以内に交換",
    country="JP",
)
S(
    "t42",
    [],
    None,
    seller_type="individual",
    disclosure_legal_name="小林さくら",
    disclosure_address="神奈川県横浜市西区みなとみらい2-2-1",
    disclosure_phone="090-1234-5678",
    country="JP",
)
S(
    "t43",
    [],
    None,
    seller_type="corporate",
    disclosure_legal_name="Shenzhen Example Trading Co., Ltd.",
    disclosure_address="Futian District, Shenzhen, China",
    disclosure_phone="+86-755-1234-5678",
    disclosure_representative="Li Wei",
    disclosure_return_policy="30 days",
    country="CN",
)

# --------------------------------------------------------------- PSE (電気用品安全法)
L(
    "x01",
    "electrical",
    "USB急速充電器 PD対応 30W",
    "コンパクトなのにパワフル",
    PSE,
    product_type="usb_charger",
    pse_mark="round",
)
L(
    "x02",
    "electrical",
    "ACアダプター 12V 2A",
    "汎用 DCプラグ付き",
    PSE,
    product_type="ac_adapter",
    pse_mark="none",
)
L(
    "x03",
    "electrical",
    "モバイルバッテリー 10000mAh",
    "スマホ3回分",
    PSE,
    product_type="mobile_battery",
    pse_mark="none",
)
L(
    "x04",
    "electrical",
    "電気毛布 ひざ掛け",
    "洗えるフランネル",
    [],  # electric blankets are 特定電気用品以外: a round mark is right (was labelled PSE)
    product_type="electric_blanket",
    pse_mark="round",
)
L(
    "x05",
    "electrical",
    "ハンディ扇風機",
    "USB充電式",
    PSE,
    product_type="electric_fan",
    pse_mark=None,
)
L("x06", "electrical", "電源タップ 6個口", "雷ガード付き", PSE, pse_mark="none")
L("x07", "electrical", "ポータブル電源 急速充電器セット", "キャンプに", PSE, pse_mark="none")
L(
    "x08",
    "electrical",
    "海外仕様 ヘアアイロン 220V",
    "日本のコンセントでは変圧器が必要です。PSE未取得",
    PSE,
    product_type="hair_iron",
    pse_mark="none",
)
L("x09", "toy", "電動ミニカー", "PSEマークなしの輸入品です", PSE)
L(
    "x40",
    "electrical",
    "USB急速充電器 PD 65W",
    "GaN採用",
    [],
    PERM,
    product_type="usb_charger",
    pse_mark="diamond",
)
L(
    "x41",
    "electrical",
    "モバイルバッテリー 5000mAh",
    "PSE適合品です(丸形PSEマーク)",
    [],
    PERM,
    product_type="mobile_battery",
    pse_mark="round",
)
L(
    "x42",
    "electrical",
    "ポータブル電源 500Wh",
    "AC出力あり",
    [],
    None,
    product_type="portable_power_station",
    pse_mark="none",
)
L(
    "x43",
    "electrical",
    "LEDデスクライト",
    "目にやさしい調光",
    [],
    None,
    product_type="desk_lamp",
    pse_mark="round",
)
L(
    "x44",
    "electrical",
    "ワイヤレスマウス",
    "電池式",
    [],
    None,
    product_type="mouse",
    pse_mark="none",
)

# --------------------------------------------------------------- PSC (消費生活用製品安全法)
L("y01", "general", "ターボライター", "強力な炎", PSC, product_type="lighter", psc_mark=False)
L(
    "y02",
    "general",
    "レーザーポインター グリーン",
    "プレゼンに",
    PSC,
    product_type="laser_pointer",
    psc_mark=None,
)
L(
    "y03",
    "general",
    "登山用ロープ 10m",
    "クライミングに",
    PSC,
    product_type="climbing_rope",
    psc_mark=False,
)
L("y04", "toy", "歯固め ラトル", "0歳から", PSC, target_age_min=0, psc_mark=False)
L("y05", "toy", "知育 つみき", "1歳半から遊べる", PSC, target_age_min=1)
L("y06", "general", "超強力レーザーポインター 3000mW", "風船を割れるハイパワー", PSC)
L("y07", "general", "圧力鍋 5L", "時短調理", PSC, product_type="pressure_cooker", psc_mark=False)
L(
    "y08",
    "general",
    "バイク用ヘルメット",
    "フルフェイス",
    PSC,
    product_type="motorcycle_helmet",
    psc_mark=None,
)
L(
    "y40",
    "general",
    "ターボライター",
    "PSCマーク付き",
    [],
    PERM,
    product_type="lighter",
    psc_mark=True,
)
L("y41", "toy", "知育パズル 3歳から", "対象年齢3歳以上", [], None, target_age_min=3, psc_mark=False)
L(
    "y42",
    "toy",
    "ベビー用おきあがりこぼし",
    "子供PSCマーク取得済み",
    [],
    PERM,
    target_age_min=0,
    psc_mark=True,
)
L("y43", "general", "レーザー距離計", "測量に", [], None, psc_mark=False)

# --------------------------------------------------------------------- 酒類
L(
    "a01",
    "alcohol",
    "本格芋焼酎 1800ml",
    "芋の香りとまろやかな甘み",
    ALC,
    alcohol_abv=25.0,
    seller__id="S1",
    seller__alcohol_license="東法123",
)
L(
    "a02",
    "alcohol",
    "ワイン 飲み比べ 6本",
    "未成年者の飲酒は法律で禁止されています。お酒は楽しく適量を",
    ALC,
    alcohol_abv=13.0,
    seller__id="S1",
    seller__alcohol_license="東法123",
)
L(
    "a03",
    "alcohol",
    "クラフトジン 700ml",
    "20歳未満の者の飲酒は法律で禁止されています。ストレートやソーダ割りで",
    ALC,
    alcohol_abv=40.0,
    seller__id="S2",
    seller__alcohol_license=None,
)
L("a04", "food", "梅酒ゼリー", "大人のデザート", ALC, alcohol_abv=3.0)
L(
    "a05",
    "alcohol",
    "日本酒 純米吟醸",
    "お酒は20歳になってから",
    ALC,
    alcohol_abv=15.0,
    seller__id="S3",
    seller__alcohol_license="",
)
L(
    "a40",
    "alcohol",
    "ビール 24缶",
    "20歳未満の者の飲酒は法律で禁止されています。よく冷やしてどうぞ",
    [],
    PERM,
    alcohol_abv=5.0,
    seller__id="S1",
    seller__alcohol_license="東法123",
)
L(
    "a41",
    "alcohol",
    "ウイスキー 700ml",
    "当店は20歳未満の方には酒類を販売いたしません。",
    [],
    PERM,
    alcohol_abv=43.0,
    seller__id="S1",
    seller__alcohol_license="東法123",
)
L("a42", "food", "ノンアルコールビール 350ml×24", "アルコール0.00%", [], None, alcohol_abv=0.0)
L("a43", "food", "料理用 みりん風調味料", "アルコール分1%未満", [], None, alcohol_abv=0.9)

# ------------------------------------------------------------------ 医薬品の販売
L(
    "m01",
    "drug",
    "第2類医薬品 かぜ薬 30錠",
    "発熱・のどの痛みに",
    OTC,
    seller__id="S10",
    seller__drug_license=None,
)
L("m02", "general", "ED治療薬 ジェネリック", "処方箋なしでお届け", [OTC, D])
L("m03", "health_food", "メンズ活力サプリ", "タダラフィル配合", [OTC])
L("m04", "health_food", "ダイエットサプリ 海外製", "シブトラミン入りで食欲を抑える", [OTC, BF])
L(
    "m05",
    "drug",
    "咳止めシロップ ジヒドロコデイン配合",
    "3本セットでお得",
    OTC,
    seller__id="S11",
    seller__drug_license="第5678号",
)
L(
    "m06",
    "drug",
    "医療用医薬品 湿布 ロキソニンテープ",
    "病院でもらうのと同じ",
    OTC,
    seller__id="S11",
    seller__drug_license="第5678号",
)
L("m07", "health_food", "ぐっすりサプリ メラトニン配合", "海外で人気の睡眠サポート", OTC)
L("m08", "cosmetics", "発毛ローション ミノキシジル5%", "個人輸入品", [OTC, CS])
L(
    "m40",
    "drug",
    "第2類医薬品 解熱鎮痛薬",
    "医療用と同じ有効成分を配合したスイッチOTC",
    [],
    PERM,
    seller__id="S11",
    seller__drug_license="第5678号",
)
L(
    "m41",
    "drug",
    "第3類医薬品 ビタミン剤",
    "眼精疲労に",
    [],
    PERM,
    seller__id="S11",
    seller__drug_license="第5678号",
)
L("m42", "cosmetics", "敏感肌クリーム", "ステロイド不使用・無香料", [], PERM)
L(
    "m43",
    "drug",
    "せき止め 第2類医薬品",
    "お一人様1個まで",
    [],
    PERM,
    seller__id="S11",
    seller__drug_license="第5678号",
)

# ------------------------------------------------------------------- 刃物 (銃刀法)
L("k01", "knife", "ダガーナイフ ブラック", "両刃 刃渡り11cm", KN, blade_length_cm=11.0)
L(
    "k02",
    "knife",
    "スプリングアシスト ナイフ",
    "ボタンひとつで刃が飛び出す",
    KN,
    blade_length_cm=8.0,
)
L("k03", "general", "日本刀 刃渡り68cm 真剣", "美術品として", KN, blade_length_cm=68.0)
L(
    "k04",
    "knife",
    "タクティカル フォールディングナイフ",
    "護身用として持ち歩きに",
    KN,
    blade_length_cm=9.5,
)
L("k05", "knife", "匕首 白鞘", "刃渡り20cm", KN, blade_length_cm=20.0)
L("k06", "knife", "サバイバルナイフ", "アウトドアに", KN)
L("k40", "knife", "三徳包丁 16.5cm", "ステンレス 家庭用", [], None, blade_length_cm=16.5)
L("k41", "knife", "ペティナイフ", "果物の皮むきに", [], None, blade_length_cm=12.0)
L(
    "k42",
    "general",
    "日本刀 刃渡り70cm",
    "銃砲刀剣類登録証付き。美術品",
    [],
    PERM,
    blade_length_cm=70.0,
)
L("k43", "general", "模造刀 居合用", "刃はついていません", [], PERM, blade_length_cm=70.0)
L("k44", "knife", "キャンプ用 ナイフ", "料理や薪割りに", [], None, blade_length_cm=10.0)

# --------------------------------------------------------------- 偽ブランド (商標法)
L("f01", "apparel", "ブランドコピー 長財布", "刻印あり 高品質", CF, price=5800)
L(
    "f02",
    "apparel",
    "S級品 ショルダーバッグ 人気ブランド",
    "本物と見分けがつかない仕上がり",
    CF,
    price=8800,
)
L("f03", "apparel", "グッチ風 ベルト", "激安", CF, price=1980)
L("f04", "general", "ロレックス サブマリーナ 自動巻き", "新品 箱付き", CF, price=15800)
L(
    "f05",
    "apparel",
    "エルメス バーキン 30",
    "新品未使用",
    CF,
    brand="HERMES",
    price=49800,
    list_price=2500000,
)
L(
    "f06",
    "apparel",
    "CHANEL マトラッセ チェーンバッグ",
    "国内正規店購入",
    CF,
    brand="CHANEL",
    price=9800,
)
L("f07", "apparel", "ミラー品 スニーカー", "1対1で再現", CF, price=6800)
L(
    "f40",
    "apparel",
    "サッカー日本代表 レプリカユニフォーム",
    "公式ライセンス商品",
    [],
    PERM,
    price=13200,
)
L(
    "f41",
    "apparel",
    "ルイヴィトン モノグラム スピーディ",
    "中古 鑑定済み",
    [],
    PERM,
    brand="LOUIS VUITTON",
    price=128000,
)
L("f42", "general", "ロレックス 対応 互換ベルト 20mm", "ステンレス製", [], PERM, price=2480)
L(
    "f43",
    "apparel",
    "本革 トートバッグ",
    "偽物にご注意ください。当店は正規販売店です",
    [],
    PERM,
    price=39800,
)
L("f44", "general", "コピー用紙 A4 500枚", "高白色", [], None, price=498)

# ------------------------------------------------------- ordinary compliant listings
L("z01", "food", "北海道産 じゃがいも 5kg", "ホクホク食感。カレーや肉じゃがに", [])
L("z02", "apparel", "リネンシャツ メンズ", "通気性がよく夏も快適", [])
L("z03", "general", "ステンレス 水筒 500ml", "保温・保冷 6時間", [])
L("z04", "cosmetics", "ハンドクリーム シアバター", "べたつかずしっとり。ローズの香り", [])
L(
    "z05",
    "electrical",
    "電気ケトル 1.0L",
    "空焚き防止機能付き",
    [],
    None,
    product_type="electric_kettle",
    pse_mark="round",
)
L("z06", "toy", "木製パズル 6歳から", "集中力を育む遊び", [], None, target_age_min=6)
L("z07", "food", "国産 緑茶 ティーバッグ", "すっきりとした味わい。水出しもOK", [])
L("z08", "health_food", "国産 大麦若葉 青汁", "野菜不足が気になる方に。1日1包を目安に", [])
L("z09", "cosmetics", "ボディソープ 詰め替え", "泡立ちがよく、さっぱりした洗い上がり", [])
L("z10", "general", "折りたたみ傘 晴雨兼用", "UVカット率99%", [])
L("z11", "apparel", "ダウンジャケット", "軽くて暖かい。洗濯機で洗える", [])
L("z12", "food", "無添加 ドライフルーツ", "砂糖不使用。おやつやヨーグルトのトッピングに", [])
L("z13", "cosmetics", "クッションファンデ", "崩れにくく、ツヤのある仕上がり", [])
L("z14", "general", "アロマディフューザー", "お部屋を好きな香りで満たす", [])
L("z15", "health_food", "プロテイン ソイ 1kg", "植物性たんぱく質。運動習慣のある方に", [])
L("z16", "food", "手作り味噌 1kg", "天然醸造でじっくり熟成", [])
L("z17", "cosmetics", "シャンプー&トリートメント", "髪にツヤを与え、指通りなめらか", [], PERM)
L("z18", "general", "除湿剤 12個", "押し入れやクローゼットに", [])
L("z19", "apparel", "ウォーキングシューズ", "クッション性が高く、長時間歩いても疲れにくい", [])
L(
    "z20",
    "electrical",
    "加湿器 超音波式",
    "静音設計で寝室にも",
    [],
    None,
    product_type="humidifier",
    pse_mark="round",
)
L("z21", "food", "カカオ70% チョコレート", "ほろ苦い大人の味わい", [])
L("z22", "health_food", "亜鉛サプリ", "毎日の栄養補給に", [], PERM)
L("z23", "cosmetics", "日焼け止めジェル SPF50", "紫外線から肌を守り、日やけを防ぐ", [], PERM)
L("z24", "general", "ペット用 ベッド", "ふわふわ素材でぐっすり", [])
L("z25", "food", "炭酸水 500ml×24本", "強炭酸で爽快", [])
P("z30", "週末は友達とピクニック🧺 手作りサンドイッチ", [])
P("z31", "新しいカメラで撮った夕焼け", [], None, hashtags="#写真 #夕焼け")
P(
    "z32",
    "【PR】話題のヘアオイル。髪にツヤを与えてまとまる",
    [],
    PERM,
    gifted=True,
    hashtags="#ヘアオイル",
)


from holdout12_blind_jp_ads import add_holdout12  # noqa: E402  (blind, third session)
from holdout13_blind_jp_ads import add_holdout13  # noqa: E402  (blind, after round 8)
from holdout14_blind_jp_ads import add_holdout14  # noqa: E402  (blind, after round 9)
from holdout15_blind_jp_ads import add_holdout15  # noqa: E402  (blind, after round 10)
from holdout16_blind_jp_ads import add_holdout16  # noqa: E402  (blind, after round 10)
from holdout17_blind_jp_ads import add_holdout17  # noqa: E402  (blind, after round 11)
from holdout_blind_jp_ads import add_holdout10, add_holdout11  # noqa: E402  (blind batches)
from holdout_jp_ads import (  # noqa: E402  (rows written after tuning)
    add_holdout,
    add_holdout2,
    add_holdout3,
    add_holdout4,
    add_holdout5,
    add_holdout6,
    add_holdout7,
    add_holdout8,
    add_holdout9,
)

SPLIT = "holdout"
add_holdout(L, P, S)
SPLIT = "holdout2"
add_holdout2(L, P, S)
SPLIT = "holdout3"
add_holdout3(L, P, S)
SPLIT = "holdout4"
add_holdout4(L, P, S)
SPLIT = "holdout5"
add_holdout5(L, P, S)
SPLIT = "holdout6"
add_holdout6(L, P, S)
SPLIT = "holdout7"
add_holdout7(L, P, S)
SPLIT = "holdout8"
add_holdout8(L, P, S)
SPLIT = "holdout9"
add_holdout9(L, P, S)
SPLIT = "holdout10"
add_holdout10(L, P, S)
SPLIT = "holdout11"  # registered after round 6 and scored once; tuned on in round 7
add_holdout11(L, P, S)
SPLIT = "holdout12"  # registered after round 7 and scored once; tuned on in round 8
add_holdout12(L, P, S)
SPLIT = "holdout13"  # registered after round 8 and scored once; tuned on in round 9
add_holdout13(L, P, S)
SPLIT = "holdout14"  # registered after round 9 and scored once; tuned on in round 10
add_holdout14(L, P, S)
SPLIT = "holdout15"  # blind; registered after round 10 and scored once; tuned on in round 11
add_holdout15(L, P, S)
SPLIT = "holdout16"  # blind; registered after round 10 and scored once; tuned on in round 11
add_holdout16(L, P, S)
SPLIT = "holdout17"  # blind; registered after round 11 was finished, then scored once
add_holdout17(L, P, S)
SPLIT = "tune"


# --- round 6 probes (health): written from the 46通知 classes (疾病; 身体の組織機能の
# 一般的増強・増進 — 疲労回復, 体力, 食欲, 老化防止, 精力, 代謝, 内分泌, 解毒, 血液浄化, 自然
# 治癒力, 消化吸収, 健胃整腸, 病後の回復, 成長, 集中力・記憶力; 用法用量) and 景表法の痩身
# cases, in their common surface forms; batch 1 scored 68.9 %, batch 2 (other styles:
# Q&A, ✔-lists, 口コミ, posts) 50.0 % before the round-6 classes were added (docs/pack-jp.md).
_D, _B, _W, _Q = "pmd_disease", "pmd_body_function", "keihyo_weight_loss", "pmd_dosage"
_R6_TIE = {"affiliate_link": True, "listing__category": "health_food"}
L("r6h_001", "health_food", "商品", "関節痛に効くと評判のグルコサミン", [_D])
L("r6h_002", "health_food", "商品", "長年の花粉症に効果がありました", [_D])
L("r6h_003", "health_food", "商品", "アトピーが改善したという声も", [_D])
L("r6h_004", "food", "商品", "インフルエンザを防ぐ緑茶カテキン", [_D])
L("r6h_005", "food", "商品", "高血圧対策にこの減塩みそ", [_D])
L("r6h_006", "health_food", "商品", "痛風ケアに。プリン体が気になる方", [_D])
L("r6h_007", "health_food", "商品", "糖尿病の方にもおすすめです", [_D])
L("r6h_008", "health_food", "商品", "不眠でお悩みの方へ", [_D])
L("r6h_009", "health_food", "商品", "毎晩眠れなかった私が、今は朝までぐっすり", [_D])
L("r6h_010", "health_food", "商品", "空腹時血糖が126から98に下がりました", [_D, _B])
L("r6h_011", "food", "商品", "薬に頼らず血圧ケアしたい方に", [_D])
L("r6h_012", "health_food", "商品", "病院に行かずに膝の痛みをなんとかしたい方へ", [_D])
L("r6h_013", "health_food", "商品", "逆流性食道炎の胸焼けがおさまった", [_D])
L("r6h_014", "health_food", "商品", "骨粗しょう症の予防に毎日カルシウム", [_D])
L("r6h_015", "health_food", "商品", "緑内障が進まないよう毎日飲んでいます", [_D])
L("r6h_016", "health_food", "商品", "認知症予防にイチョウ葉", [_D])
L("r6h_017", "food", "商品", "動脈硬化を防ぐ青魚のDHA", [_D])
L("r6h_018", "food", "商品", "風邪をひかない体づくりに生姜湯", [_D, _B])
L("r6h_019", "health_food", "商品", "喘息の発作が出なくなった", [_D])
L("r6h_020", "general", "商品", "貼るだけで神経痛がやわらぐ", [_D])
L("r6h_021", "general", "商品", "このマットで寝たら腰痛が気にならなくなりました", [_D])
L("r6h_022", "health_food", "商品", "頻尿に悩む男性の救世主", [_D])
L("r6h_023", "health_food", "商品", "がんに負けない体をつくる", [_D])
L("r6h_024", "health_food", "商品", "うつっぽい気分が晴れてきた", [_D])
L("r6h_025", "health_food", "商品", "目の疲れやかすみがとれてすっきり", [_D])
L("r6h_026", "food", "商品", "インフル対策に毎日の一杯", [_D])
L("r6h_027", "health_food", "商品", "自律神経失調症の改善に", [_D])
L("r6h_028", "health_food", "商品", "貧血気味だった娘がふらつかなくなった", [_D])
L("r6h_029", "health_food", "商品", "血圧の薬を飲まなくてよくなった", [_D])
L("r6h_030", "health_food", "商品", "便秘が3日で解消", [_D])
L("r6h_031", "health_food", "商品", "尿酸値が8.2から6.5に", [_B, _D])
L("r6h_032", "health_food", "商品", "ガンマGTPが半分になりました", [_B, _D])
L("r6h_033", "food", "商品", "健康診断で引っかかっていた中性脂肪がセーフに", [_B, _D])
L("r6h_034", "health_food", "商品", "LDLコレステロールが180から130まで下がった", [_B, _D])
L("r6h_035", "health_food", "商品", "HbA1cが7.1から6.2に", [_B, _D])
L("r6h_036", "health_food", "商品", "血圧が上が160あったのが130台に", [_B, _D])
L("r6h_037", "health_food", "商品", "翌朝に疲れを持ち越さない", [_B])
L("r6h_038", "health_food", "商品", "だるさが抜けて朝から動ける", [_B])
L("r6h_039", "health_food", "商品", "疲労感が軽くなった", [_B])
L("r6h_040", "health_food", "商品", "スタミナがついて夏も乗り切れる", [_B])
L("r6h_041", "health_food", "商品", "バテない体に", [_B])
L("r6h_042", "health_food", "商品", "食欲がわいてご飯がおいしくなった", [_B])
L("r6h_043", "health_food", "商品", "年齢に負けない体へ", [_B])
L("r6h_044", "health_food", "商品", "若さを保つ秘訣", [_B])
L("r6h_045", "health_food", "商品", "細胞から若返る", [_B])
L("r6h_046", "health_food", "商品", "精力がつく", [_B])
L("r6h_047", "health_food", "商品", "男性機能の衰えに", [_B])
L("r6h_048", "health_food", "商品", "新陳代謝が活発になる", [_B])
L("r6h_049", "health_food", "商品", "ホルモンの分泌を促す", [_B])
L("r6h_050", "health_food", "商品", "女性ホルモンのバランスが整う", [_B])
L("r6h_051", "health_food", "商品", "解毒作用のある野草", [_B])
L("r6h_052", "health_food", "商品", "体内の毒素を排出", [_B])
L("r6h_053", "health_food", "商品", "血液をきれいにする", [_B])
L("r6h_054", "health_food", "商品", "血液浄化に", [_B])
L("r6h_055", "health_food", "商品", "自然治癒力を引き出す", [_B])
L("r6h_056", "health_food", "商品", "消化を助けて胃の負担を軽く", [_B])
L("r6h_057", "health_food", "商品", "胃腸の働きを活発にする", [_B])
L("r6h_058", "health_food", "商品", "胃を丈夫にする", [_B])
L("r6h_059", "health_food", "商品", "健胃整腸に", [_B])
L("r6h_060", "health_food", "商品", "病後の体力回復に", [_B])
L("r6h_061", "health_food", "商品", "術後の回復を早める", [_B])
L("r6h_062", "health_food", "商品", "成長期の子どもの身長を伸ばす", [_B])
L("r6h_063", "health_food", "商品", "記憶力がよくなる", [_B])
L("r6h_064", "health_food", "商品", "集中力が続くようになった", [_B])
L("r6h_065", "health_food", "商品", "ボケ防止に", [_B, _D])
L("r6h_066", "health_food", "商品", "免疫細胞を活性化", [_B])
L("r6h_067", "health_food", "商品", "ウイルスに負けない体へ", [_B, _D])
L("r6h_068", "health_food", "商品", "寝つきがよくなる", [_B])
L("r6h_069", "health_food", "商品", "肝臓をいたわる", [_B])
L("r6h_070", "health_food", "商品", "肝臓の働きを助ける", [_B])
L("r6h_071", "health_food", "商品", "腎臓の機能を守る", [_B])
L("r6h_072", "health_food", "商品", "骨を強くする", [_B])
L("r6h_073", "health_food", "商品", "血管年齢が若くなった", [_B])
L("r6h_074", "health_food", "商品", "基礎代謝が上がる", [_B])
L("r6h_075", "health_food", "商品", "体温が1度上がった", [_B])
L("r6h_076", "health_food", "商品", "冷えにくい体質に", [_B])
L("r6h_077", "health_food", "商品", "むくみが取れる", [_B])
L("r6h_078", "health_food", "商品", "腸の動きを活発に", [_B])
L("r6h_079", "health_food", "商品", "脳の働きを活性化", [_B])
L("r6h_080", "health_food", "商品", "アルコールの分解を助ける", [_B])
L("r6h_081", "health_food", "商品", "毛細血管を強くする", [_B])
L("r6h_082", "health_food", "商品", "滋養強壮に", [_B])
L("r6h_083", "health_food", "商品", "活力が湧いてくる", [_B])
L("r6h_084", "health_food", "商品", "抜け毛が減った", [_B])
L("r6h_085", "health_food", "商品", "白髪が黒くなってきた", [_B])
L("r6h_086", "health_food", "商品", "1日3回、食後に2粒ずつ", [_Q])
L("r6h_087", "health_food", "商品", "朝夕2粒ずつお飲みください", [_Q])
L("r6h_088", "health_food", "商品", "1回2粒を1日2回", [_Q])
L("r6h_089", "health_food", "商品", "空腹時にお飲みください", [_Q])
L("r6h_090", "health_food", "商品", "お子様は半量を目安に服用", [_Q])
L("r6h_091", "health_food", "商品", "飲み始めの1週間は1日6粒、その後は3粒に", [_Q])
L("r6h_092", "health_food", "商品", "症状に合わせて量を調整してください", [_Q])
L("r6h_093", "health_food", "商品", "1日の摂取量を守り、食間にお召し上がりください", [_Q])
L("r6h_094", "health_food", "商品", "寝る前に飲むだけで朝スッキリ、体重も減った", [_W, _B])
L("r6h_095", "health_food", "商品", "食べても太らない体質に", [_W, _B])
L("r6h_096", "health_food", "商品", "1週間でウエスト5cm減", [_W, _B])
L("r6h_097", "health_food", "商品", "ぽっこりお腹が凹む", [_W, _B])
L("r6h_098", "health_food", "商品", "2ヶ月で8キロ減", [_W, _B])
L("r6h_099", "food", "商品", "置き換えるだけで10kg痩せ", [_W, _B])
L("r6h_100", "general", "商品", "履いて歩くだけで脚が細くなる", [_W])
L("r6h_101", "general", "商品", "お腹に巻くだけで脂肪を燃やす", [_W])
L("r6h_102", "health_food", "商品", "脂肪を燃やすスイッチを入れる", [_W, _B])
L(
    "r6h_103",
    "health_food",
    "商品",
    "毎日の健康維持に。1日3粒を目安に水でお召し上がりください",
    [],
    PERM,
)
L("r6h_104", "food", "商品", "体の芯から温まるしょうがスープ", [], PERM)
L("r6h_105", "food", "商品", "明治創業の老舗が作るヨーグルト", [], PERM)
L("r6h_106", "food", "商品", "喉ごしすっきりの地ビール風炭酸", [], PERM)
L("r6h_107", "food", "商品", "1日目はそのまま、2日目はトーストに", [], PERM)
L("r6h_108", "food", "商品", "見た目も楽しい果肉ゴロゴロジャム", [], PERM)
L("r6h_109", "food", "商品", "無農薬で育てた野菜。農薬を減らした栽培", [], PERM)
L("r6h_110", "food", "商品", "薬膳スープの素。体がぽかぽか", [], PERM)
L("r6h_111", "health_food", "商品", "たんぱく質補給に。運動後の1杯", [], PERM)
L("r6h_112", "health_food", "商品", "野菜不足が気になる方の食生活のサポートに", [], PERM)
L(
    "r6h_113",
    "health_food",
    "商品",
    "飲みやすいカプセルタイプ。原材料:魚油、ゼラチン、酸化防止剤(ビタミンE)",
    [],
    PERM,
)
L("r6h_114", "food", "商品", "のどにやさしいはちみつレモン", [], PERM)
L("r6h_115", "food", "商品", "胃にもたれないあっさり味", [], PERM)
L("r6h_116", "food", "商品", "お腹いっぱい食べても罪悪感の少ない低カロリー麺", [], PERM)
L("r6h_117", "food", "商品", "ご飯がすすむ辛味噌", [], PERM)
L("r6h_118", "food", "商品", "骨まで食べられる柔らか煮魚", [], PERM)
L("r6h_119", "food", "商品", "疲れた日の晩ごはんに。温めるだけ", [], PERM)
L("r6h_120", "food", "商品", "冷えたビールに合うおつまみ", [], PERM)
L("r6h_121", "general", "商品", "可変式ダンベル。筋力アップに", [], PERM)
L("r6h_122", "general", "商品", "首や肩をやさしく包むネックピロー。長時間の移動に", [], PERM)
L("r6h_123", "general", "商品", "体重計 最大150kgまで測定", [], PERM)
L("r6h_124", "general", "商品", "血圧計 上腕式 医療機器認証番号あり", [], PERM)
L(
    "r6h_125",
    "health_food",
    "商品",
    "本品は医薬品ではありません。持病のある方は医師にご相談ください",
    [],
    PERM,
)
L("r6h_126", "food", "商品", "目覚めの一杯に深煎りコーヒー", [], PERM)
L("r6h_127", "food", "商品", "寝つく前のリラックスタイムにカモミール", [], PERM)
L("r6h_128", "food", "商品", "カルシウムたっぷりの小魚アーモンド", [], PERM)
L("r6h_129", "food", "商品", "腸まで届く乳酸菌入りヨーグルト", [], PERM)
L("r6h_130", "general", "商品", "腰にやさしい高反発マットレス", [], PERM)
L("r6h_131", "general", "商品", "目にやさしいブルーライトカット眼鏡", [], PERM)
L("r6h_132", "food", "商品", "食欲の秋に。新米コシヒカリ", [], PERM)
L("r6h_133", "health_food", "商品", "粒が小さく飲みやすい。1日3粒目安", [], PERM)
L("r6h_134", "food", "商品", "血合いまで美味しいかつお節", [], PERM)
L(
    "r6h_135",
    "health_food",
    "商品",
    "Q. どんな人におすすめ? A. 血糖値が高いと言われた方、甘いものがやめられない方に",
    [_D, _B],
)
L(
    "r6h_136",
    "health_food",
    "商品",
    "✔朝起きるのがつらい ✔階段で息が上がる ✔最近疲れが抜けない そんなあなたに",
    [_D, _B],
)
L(
    "r6h_137",
    "health_food",
    "商品",
    "★★★★★ 60代女性「膝がウソのように軽い。正座もできるように」",
    [_D],
)
L(
    "r6h_138",
    "health_food",
    "商品",
    "★★★★☆ 飲み始めて2ヶ月、健康診断の結果を見て先生が驚いていました",
    [_B],
)
L("r6h_139", "food", "商品", "昔から「飲む血液クレンジング」と言われる黒酢", [_B])
L("r6h_140", "food", "商品", "ドロドロ血が気になる方へ。毎日の黒酢習慣", [_B])
L("r6h_141", "health_food", "商品", "血管から若返る、話題の成分", [_B])
L("r6h_142", "health_food", "商品", "薬を飲みたくない派のための、自然派アプローチ", [_D])
L("r6h_143", "health_food", "商品", "ステロイドをやめたい方に。体の内側からアプローチ", [_D])
L("r6h_144", "health_food", "商品", "医者に見放された父が元気に畑仕事をしています", [_D])
L(
    "r6h_145",
    "health_food",
    "商品",
    "こんな症状ありませんか?手足のしびれ、目のかすみ、口の渇き",
    [_D],
)
L("r6h_146", "health_food", "商品", "口の渇きや多尿が気になる方に", [_D])
L("r6h_147", "health_food", "商品", "毎年の花粉シーズンが楽しみになりました", [_D])
L(
    "r6h_148",
    "health_food",
    "商品",
    "飲むと体がじんわり温かくなり、冷えでつらかった冬が快適に",
    [_B],
)
L("r6h_149", "health_food", "商品", "カラダの内側から燃える", [_W, _B])
L("r6h_150", "health_food", "商品", "エネルギーに満ちあふれる毎日へ。朝からシャキッと", [_B])
L("r6h_151", "health_food", "商品", "夜中に何度も起きていたのがウソみたいに朝までぐっすり", [_D])
L("r6h_152", "health_food", "商品", "免疫のチカラで、季節の変わり目も元気に", [_B])
L("r6h_153", "health_food", "商品", "腸から元気に。腸が変われば人生が変わる", [_B])
L("r6h_154", "health_food", "商品", "ホルモンバランスの乱れからくる不調に", [_B, _D])
L("r6h_155", "health_food", "商品", "更年期のイライラ・ほてりに", [_D])
L("r6h_156", "health_food", "商品", "40代からの「ゆらぎ」に。ホットフラッシュが落ち着いた", [_D])
L("r6h_157", "health_food", "商品", "男の自信を取り戻す", [_B])
L("r6h_158", "health_food", "商品", "朝の元気が戻った、と奥様にも好評", [_B])
L("r6h_159", "health_food", "商品", "テスト前の頭の回転がちがう", [_B])
L("r6h_160", "health_food", "商品", "もう年だからとあきらめていた視界がクリアに", [_B, _D])
L("r6h_161", "health_food", "商品", "細胞の生まれ変わりを促し、若々しい体に", [_B])
L("r6h_162", "food", "商品", "このお茶を飲むようになってから、お通じが毎朝快調", [_B])
L("r6h_163", "food", "商品", "3日出なかったのが、翌朝にはスルッと", [_D, _B])
L("r6h_164", "health_food", "商品", "尿のキレが悪い、残尿感がある方に", [_D])
L("r6h_165", "health_food", "商品", "この冬、家族全員一度も熱を出さなかった", [_D])
L("r6h_166", "health_food", "商品", "胃が弱くて食べられなかった母が、今は焼肉も平気", [_D, _B])
L("r6h_167", "health_food", "商品", "1日2回、朝と夜に3粒ずつお飲みください", [_Q])
L("r6h_168", "health_food", "商品", "効果を実感したい方は1日10粒まで増やしてもOK", [_Q])
L("r6h_169", "health_food", "商品", "寝る前に2粒、翌朝さらに2粒", [_Q])
L("r6h_170", "health_food", "商品", "1ヶ月で-6kg!お腹まわりもスッキリ", [_W, _B])
L(
    "r6h_171",
    "health_food",
    "商品",
    "ダイエット開始3週間で体重計に乗るのが楽しみに。ー5キロ",
    [_W, _B],
)
L("r6h_172", "food", "商品", "食べても食べても太らない不思議なスープ", [_W, _B])
L("r6h_173", "general", "商品", "着て寝るだけでお腹がへこむナイトブラ", [_W])
L("r6h_174", "health_food", "商品", "脂肪をためこまない体へ", [_W, _B])
L("r6h_175", "health_food", "商品", "糖と脂を流すサプリ", [_W, _B])
P("r6h_176", "これ飲み始めてから肩こりなくなった!マジで神🙏 #PR", [_D], **_R6_TIE)
P("r6h_177", "#PR 更年期のモヤモヤ、これのおかげでだいぶ楽になったよ", [_D], **_R6_TIE)
P("r6h_178", "【PR】3ヶ月で血圧が150→125に。医者にも褒められた😆", [_B, _D], **_R6_TIE)
P("r6h_179", "【PR】このサプリで2週間で-3kg!食事制限なし🔥", [_W, _B], **_R6_TIE)
P("r6h_180", "#提供 飲むようになってから風邪ひかない!免疫爆上がり", [_B, _D], **_R6_TIE)
P("r6h_181", "#PR 夜中のトイレが減った父、本当に喜んでる", [_D], **_R6_TIE)
P("r6h_182", "#PR 朝スッキリ起きられるようになった、疲れが残らない", [_B], **_R6_TIE)
L(
    "r6h_183",
    "health_food",
    "商品",
    "Q. いつ飲めばいい? A. いつでもOK。ご自身の生活リズムに合わせてどうぞ",
    [],
    PERM,
)
L(
    "r6h_184",
    "health_food",
    "商品",
    "★★★★★ 粒が小さくて飲みやすい。続けやすい価格もうれしい",
    [],
    PERM,
)
L("r6h_185", "food", "商品", "朝食にぴったり。トーストに塗るだけで簡単", [], PERM)
L("r6h_186", "food", "商品", "冷え込む朝にうれしい具だくさん味噌汁", [], PERM)
L(
    "r6h_187",
    "health_food",
    "商品",
    "1日2粒を目安に、水またはぬるま湯でお召し上がりください",
    [],
    PERM,
)
L("r6h_188", "food", "商品", "食べ応えがあるのに低カロリー。ダイエット中でもうれしい", [], PERM)
L("r6h_189", "food", "商品", "体を動かした後のたんぱく質補給に", [], PERM)
L("r6h_190", "food", "商品", "血のつながった家族のように大切に育てた野菜", [], PERM)
L("r6h_191", "food", "商品", "骨付きチキン 1kg 唐揚げ用", [], PERM)
L("r6h_192", "food", "商品", "お腹がすいたときのおやつに。腹持ちバツグン", [], PERM)
L("r6h_193", "food", "商品", "お子様の成長期の栄養補給に。カルシウム入り", [], PERM)
L("r6h_194", "general", "商品", "首・肩・腰を温める電気あんか(医療機器ではありません)", [], PERM)
L("r6h_195", "general", "商品", "目覚まし時計 大音量で朝もすっきり起きられる", [], PERM)
L("r6h_196", "general", "商品", "ヨガマット。体幹トレーニングに", [], PERM)
L("r6h_197", "general", "商品", "疲れにくいスニーカー。クッション性抜群", [], PERM)
L("r6h_198", "food", "商品", "元気が出る朝ごはんに。ふりかけ", [], PERM)
P("r6h_199", "#PR 新作のプロテインバー、チョコ味が最高", [], PERM)
P("r6h_200", "#PR 健康診断の前日に食べたくなる、あっさり和食セットの紹介", [], PERM)
P("r6h_201", "肩こりひどい…今日はマッサージ行ってきた", [], PERM)
P("r6h_202", "#PR 疲れた日のご褒美スイーツ", [], PERM)
# batch 3 (LP paragraphs, live-commerce, English-mixed, gift/POP copy): first score 56.5 %
L(
    "r6h_203",
    "health_food",
    "商品",
    "年齢とともに感じる「あれ?」。階段の上り下り、朝のこわばり、そんな毎日を変えたくて生まれました",
    [_D],
)
L(
    "r6h_204",
    "health_food",
    "商品",
    "開発者の母は長年、手のしびれに悩んでいました。このサプリを飲み始めて半年、今では編み物を楽しんでいます",
    [_D],
)
L("r6h_205", "health_food", "商品", "Before:毎朝胃がムカムカ → After:朝ごはんがおいしい!", [_D])
L("r6h_206", "health_food", "商品", "夜のトイレ、何回起きますか?1回でも減らしたいあなたへ", [_D])
L("r6h_207", "health_food", "商品", "お酒好きのパパへ。飲み会続きの肝臓にごほうびを", [_B])
L("r6h_208", "health_food", "商品", "このおいしさで、γ-GTPの話題から卒業", [_B, _D])
L("r6h_209", "food", "商品", "父の日ギフトに。血圧が気になるお父さんの毎日の一杯", [_D])
L("r6h_210", "food", "商品", "敬老の日に。いつまでも自分の足で歩けるように", [_B])
L("r6h_211", "health_food", "商品", "Healthy bones, happy life! 骨密度アップで転ばない毎日", [_B])
L("r6h_212", "health_food", "商品", "Detox & slim 毒素を出してスッキリ体型へ", [_B, _W])
L("r6h_213", "health_food", "商品", "No more 便秘! 毎朝するっと", [_D])
L("r6h_214", "health_food", "商品", "【POP】疲れ目・かすみ目の方に売れてます!", [_D])
L("r6h_215", "health_food", "商品", "【薬剤師のおすすめ】関節の悩みにはこれ一択", [_D])
L(
    "r6h_216",
    "health_food",
    "商品",
    "ふるさと納税返礼品:島の長寿の秘訣、ボケない体をつくる海藻",
    [_B, _D],
)
L(
    "r6h_217",
    "health_food",
    "商品",
    "ライブ配信より「これね、飲んでから風邪ひかなくなったのよ、ほんとに」",
    [_D],
)
L(
    "r6h_218",
    "health_food",
    "商品",
    "ライブ配信より「うちの主人、いびきが静かになったって家族みんなびっくり」",
    [_D],
)
L("r6h_219", "health_food", "商品", "「血液検査の結果、先生に何飲んでるの?って聞かれました」", [_B])
L("r6h_220", "health_food", "商品", "40代から急に落ちた代謝、もう一度取り戻す", [_B])
L(
    "r6h_221",
    "health_food",
    "商品",
    "冷えとりの新習慣。手先足先までぬくぬく、しもやけ知らず",
    [_D, _B],
)
L("r6h_222", "health_food", "商品", "毎月の憂うつな日も笑顔で過ごせる", [_D])
L("r6h_223", "health_food", "商品", "ぐっすり眠れて、朝の目覚めが軽い", [_B])
L("r6h_224", "health_food", "商品", "年のせいとあきらめていた耳の聞こえ", [_B, _D])
L("r6h_225", "health_food", "商品", "花粉の季節もマスクなしで過ごせた", [_D])
L("r6h_226", "health_food", "商品", "歯ぐきの腫れが引いて、りんごも丸かじり", [_D])
L("r6h_227", "health_food", "商品", "痛風の発作に怯える日々から解放", [_D])
L("r6h_228", "health_food", "商品", "尿酸値が気になる方、プリン体の排出をサポート", [_B])
L("r6h_229", "health_food", "商品", "朝晩1粒ずつ、食後30分以内に", [_Q])
L("r6h_230", "health_food", "商品", "効き目を感じたら量を減らしてOK", [_Q])
L("r6h_231", "health_food", "商品", "月-5kgペースで順調に落ちてます(30代女性)", [_W, _B])
L("r6h_232", "health_food", "商品", "体脂肪率28%→21%に!", [_W, _B])
L("r6h_233", "food", "商品", "このスープで夕食を置き換え、2週間でベルトの穴1つ", [_W, _B])
L("r6h_234", "general", "商品", "貼って寝るだけで翌朝脚がスッキリ、むくみ知らず", [_D])
L("r6h_235", "general", "商品", "身につけるだけで自律神経が整う", [_B])
L("r6h_236", "general", "商品", "遠赤外線の力で血液サラサラ", [_B])
P("r6h_237", "Day30 ✨ -4.2kg達成!このスムージーのおかげ #PR", [_W, _B], **_R6_TIE)
P("r6h_238", "#ad 朝の関節のこわばりが減ってきた気がする、3ヶ月目", [_D], **_R6_TIE)
P("r6h_239", "【PR】肝臓の数値が気になる夫に。お酒の翌日も元気みたい", [_B], **_R6_TIE)
L("r6h_240", "health_food", "商品", "開発者の想い:毎日続けられる味と価格にこだわりました", [], PERM)
L("r6h_241", "food", "商品", "父の日ギフトに。お父さんの好きな辛口の地酒にあう珍味セット", [], PERM)
L("r6h_242", "food", "商品", "敬老の日のお祝いに。やわらかく炊いた赤飯", [], PERM)
L("r6h_243", "health_food", "商品", "Made in Japan. 国内GMP工場で製造", [], PERM)
L("r6h_244", "food", "商品", "ライブ配信で大人気!もちもち食感の生麺", [], PERM)
L("r6h_245", "health_food", "商品", "飲み忘れ防止のチェックシート付き", [], PERM)
L("r6h_246", "food", "商品", "花粉の季節のお出かけに。個包装のど飴", [], PERM)
L("r6h_247", "general", "商品", "関節まで温める?いいえ、ただの毛布です。ふわふわで暖かい", [], PERM)
L("r6h_248", "general", "商品", "朝の目覚めをやさしく。光で起こす目覚まし時計", [], PERM)
L("r6h_249", "food", "商品", "お酒のおつまみに。塩分控えめの枝豆", [], PERM)
P("r6h_250", "#PR 新作グミ、ぶどう味が最高😋", [], PERM)
P("r6h_251", "ジム帰り、今日は脚トレで筋肉痛確定😂", [], PERM)
# batch 4 (questions, hiragana-heavy, slang, comparisons, hedged claims): first score 67.6 %
L("r6h_252", "health_food", "商品", "ひざのいたみでおさんぽがつらいあなたに", [_D])
L(
    "r6h_253",
    "health_food",
    "商品",
    "こんなお悩みありませんか?→夜なかなか寝つけない→朝起きてもスッキリしない",
    [_D],
)
L("r6h_254", "health_food", "商品", "飲む前と飲んだ後で、血糖値の上がり方がこんなに違う!", [_B])
L(
    "r6h_255",
    "health_food",
    "商品",
    "医薬品ではないので断言はできませんが、頭痛が減ったという声が多数",
    [_D],
)
L("r6h_256", "health_food", "商品", "あくまで個人の感想ですが、持病の喘息が落ち着いています", [_D])
L("r6h_257", "health_food", "商品", "マジで便秘しなくなった、神サプリ", [_D])
L("r6h_258", "health_food", "商品", "膝カックンってなってたのが、ぜんぜんならない", [_D])
L("r6h_259", "health_food", "商品", "最近ぼーっとしがちな頭に。シャキッと冴える", [_B])
L("r6h_260", "health_food", "商品", "お母さんの物忘れ、ちょっと気になりませんか", [_B])
L("r6h_261", "health_food", "商品", "健康診断前の駆け込みに!", [_B])
L(
    "r6h_262",
    "health_food",
    "商品",
    "【送料無料】【30日分】【国産】【肝臓ケア】しじみ オルニチン 肝臓の働きをサポート",
    [_B],
)
L("r6h_263", "health_food", "商品", "【訳あり】ルテイン 目の疲れ ぼやけ対策", [_B])
L("r6h_264", "health_food", "商品", "夫のいびきと無呼吸が心配で…今はすやすや", [_D])
L("r6h_265", "health_food", "商品", "昔はすぐ風邪をひいてたのに、今年はまだ一度も", [_D])
L("r6h_266", "health_food", "商品", "髪にコシが戻って、分け目も目立たなくなった(サプリ)", [_B])
L("r6h_267", "health_food", "商品", "毎日飲むだけで体の中からキレイに痩せる", [_W, _B])
L("r6h_268", "health_food", "商品", "スカートのウエストがゆるくなって驚き", [_W, _B])
L("r6h_269", "health_food", "商品", "一ヶ月で体重が4キロ落ちた方も!", [_W, _B])
L("r6h_270", "health_food", "商品", "1日3回、1回につき3粒を水とともに", [_Q])
L("r6h_271", "health_food", "商品", "食前に飲むのが一番効きます", [_Q])
L("r6h_272", "health_food", "商品", "がんばる受験生の集中力に", [_B])
L("r6h_273", "health_food", "商品", "血糖値スパイクを抑えるならこれ", [_B])
L("r6h_274", "health_food", "商品", "認知機能の維持に。物忘れが気になり始めたら", [_B])
L("r6h_275", "health_food", "商品", "関節痛の方、試してください", [_D])
L("r6h_276", "general", "商品", "この枕にしてから首こりが消えた", [_D])
L("r6h_277", "general", "商品", "かかとのひび割れが治る靴下", [_D])
L("r6h_278", "general", "商品", "ブルーライトで疲れた目が回復するアイマスク", [_D, _B])
P("r6h_279", "#PR 眠れない夜にさよなら🌙 これ飲むと朝までぐっすり", [_D], **_R6_TIE)
P("r6h_280", "#PR 生理痛が軽くなった気がする…!", [_D], **_R6_TIE)
P("r6h_281", "【PR】血液サラサラになった気がする〜", [_B], **_R6_TIE)
L("r6h_282", "health_food", "商品", "ひざ掛けのおまけ付き。寒い日のおともに", [], PERM)
L(
    "r6h_283",
    "health_food",
    "商品",
    "こんなお悩みありませんか?→飲みにくい粒→続けられない価格",
    [],
    PERM,
)
L("r6h_284", "food", "商品", "飲む前によく振ってください", [], PERM)
L("r6h_285", "food", "商品", "マジでうまい、神ふりかけ", [], PERM)
L("r6h_286", "health_food", "商品", "【送料無料】【30日分】【国産】しじみエキス 粒タイプ", [], PERM)
L("r6h_287", "food", "商品", "がんばる受験生の夜食に。あったかうどん", [], PERM)
L("r6h_288", "general", "商品", "この枕、高さ調整ができて寝返りしやすい", [], PERM)
L("r6h_289", "general", "商品", "靴下 かかとのない筒型で脱げにくい", [], PERM)
P("r6h_290", "#PR 新しいアイマスク、肌ざわりが最高", [], PERM)
P("r6h_291", "眠れない夜は映画を観る派🎬", [], PERM)


# --- round 6 probes (beauty): written from the sources for the beauty and claim-form
# families (化粧品の効能の範囲 and what lies beyond it, 適正広告基準3(3)-(7) and 10 with the
# 解説, No.1 and ステマ) in their common surface forms, before the classes that catch them
# were added. Batch 1 (r6b_001-113, listings) first scored 47 of 76 pairs with commit 9808111
# (46 of 76 with the pack before round 6); batch 2 (r6b_2xx, other styles: Q&A, ■-lists,
# 口コミ, posts and live transcripts) 24 of 44 with commit afebb4b (21 of 44 before round 6).
# Labels follow the law, not the pack: r6b_213 (ひび割れ healed overnight) is still missed.
_CS, _GU, _EN, _N1 = "pmd_cosmetic_scope", "pmd_guarantee", "pmd_endorsement", "keihyo_no1"
_QD, _AC, _ST = "pmd_quasi_drug", "approved_claims", "stema"
_WL, _BF, _DZ = "keihyo_weight_loss", "pmd_body_function", "pmd_disease"

L("r6b_001", "cosmetics", "美容液", "塗るだけでシミが目立たなくなる", [_CS])
L("r6b_002", "cosmetics", "美容クリーム", "10年前の肌を取り戻す濃厚クリーム", [_CS])
L("r6b_003", "cosmetics", "フェイスクリーム", "たるんだフェイスラインがシュッと引き上がる", [_CS])
L("r6b_004", "cosmetics", "美容液", "ほうれい線がふっくら埋まる", [_CS])
L("r6b_005", "cosmetics", "化粧水", "くすみが一掃されて透明感のある素肌に", [_CS])
L("r6b_006", "cosmetics", "美容液", "ニキビ跡の赤みがすーっと引いていく", [_CS])
L("r6b_007", "cosmetics", "美容液", "肌の再生力を高める美容液", [_CS])
L("r6b_008", "cosmetics", "ピーリング", "肌のターンオーバーを整えて、シミを排出", [_CS])
L("r6b_009", "cosmetics", "美容液", "幹細胞エキスが肌を若返らせる", [_CS])
L("r6b_010", "cosmetics", "セラム", "エクソソーム配合で肌が生まれ変わる", [_CS])
L("r6b_011", "cosmetics", "毛穴パック", "毛穴の黒ずみが溶けて消える", [_CS])
L("r6b_012", "cosmetics", "眉毛美容液", "眉毛がぐんぐん育つ", [_CS])
L("r6b_013", "cosmetics", "まつげ美容液", "まつ毛が太く長く育つ", [_CS])
L("r6b_014", "cosmetics", "スカルプシャンプー", "白髪が減って黒髪が増えた", [_CS])
L("r6b_015", "cosmetics", "スカルプエッセンス", "抜け毛がピタッと止まった", [_CS])
L("r6b_016", "cosmetics", "ヘアトニック", "頭皮から髪を生やす", [_CS])
L("r6b_017", "cosmetics", "シャンプー", "薄毛対策シャンプーで髪が増える", [_CS, _QD])
L("r6b_018", "cosmetics", "バストクリーム", "バストが2カップアップ", [_CS])
L("r6b_019", "cosmetics", "フェイスクリーム", "塗るだけで小顔になれる", [_CS])
L("r6b_020", "cosmetics", "マッサージジェル", "顔のむくみがとれてシャープに", [_CS])
L("r6b_021", "cosmetics", "ボディクリーム", "セルライトを分解するボディクリーム", [_CS])
L("r6b_022", "cosmetics", "ネッククリーム", "二重あごがすっきり解消", [_CS, _WL])
L("r6b_023", "cosmetics", "デオドラントクリーム", "ワキの黒ずみが白くなる", [_CS])
L("r6b_024", "cosmetics", "美白クリーム", "肌のシミを漂白", [_CS, _QD])
L("r6b_025", "cosmetics", "美容液", "シミを内側から押し出す", [_CS])
L("r6b_026", "cosmetics", "美容液", "肌の奥深くまで浸透", [_CS])
L("r6b_027", "cosmetics", "美容液", "浸透力が違う、真皮層に届く美容液", [_CS])
L("r6b_028", "cosmetics", "鎮静ジェル", "赤く腫れた肌の炎症を鎮める", [_CS, _DZ])
L("r6b_029", "cosmetics", "ジェル", "傷跡を目立たなくする", [_CS])
L("r6b_030", "cosmetics", "化粧水", "使うほど肌が白くなる化粧水", [_CS])
L("r6b_031", "cosmetics", "美白クリーム", "シミ・そばかすを消すクリーム", [_CS, _QD])
L("r6b_032", "cosmetics", "クリーム", "年齢サインを撃退", [_CS])
L("r6b_033", "cosmetics", "クリーム", "目指せマイナス10歳肌", [_CS])
L("r6b_034", "cosmetics", "クリーム", "肌の老化を食い止める", [_CS])
L("r6b_035", "cosmetics", "アイクリーム", "目元のシワを伸ばすアイクリーム", [_CS])
L("r6b_036", "cosmetics", "アイクリーム", "1本使い切る頃にはクマが薄くなった", [_CS])
L("r6b_037", "cosmetics", "化粧水", "肌荒れが治った化粧水", [_CS])
L("r6b_038", "cosmetics", "化粧水", "肌質が改善した", [_CS])
L("r6b_039", "cosmetics", "洗顔", "殺菌成分でニキビを防ぐ", [_CS, _QD])
L("r6b_040", "cosmetics", "美容液", "美白効果で透明肌へ", [_QD, _CS])
L("r6b_041", "cosmetics", "クリーム", "効果を100%保証", [_GU])
L("r6b_042", "health_food", "サプリ", "誰でも必ず痩せる", [_GU, _WL, _BF])
L("r6b_043", "cosmetics", "美容液", "使った人全員が効果を実感", [_GU])
L("r6b_044", "cosmetics", "美容液", "効果がなかった方には全額返金", [_GU])
L("r6b_045", "cosmetics", "化粧水", "安全性が証明された処方", [_GU])
L("r6b_046", "cosmetics", "化粧水", "肌への刺激ゼロ", [_GU])
L("r6b_047", "cosmetics", "化粧水", "敏感肌でも絶対に荒れない", [_GU])
L("r6b_048", "cosmetics", "美白美容液", "医学的に証明された美白効果", [_GU, _CS, _QD])
L("r6b_049", "cosmetics", "美容液", "臨床試験で効果を実感", [_GU])
L("r6b_050", "cosmetics", "美容液", "最高の美白効果", [_GU, _CS, _QD])
L("r6b_051", "cosmetics", "美容液", "世界最高峰の浸透力", [_GU])
L("r6b_052", "cosmetics", "美容液", "即効でシミが消える", [_GU, _CS])
L("r6b_053", "cosmetics", "美容液", "使ったその日から実感", [_GU])
L("r6b_054", "cosmetics", "パック", "一度で効果を実感", [_GU])
L("r6b_055", "cosmetics", "パック", "最短3日で実感", [_GU])
L("r6b_056", "health_food", "サプリ", "飲んで30分で効く", [_GU])
L("r6b_057", "cosmetics", "美容液", "奇跡の美容液、ついに日本上陸", [_GU])
L("r6b_058", "cosmetics", "美容液", "皮膚科医が開発した美容液", [_EN])
L("r6b_059", "cosmetics", "化粧水", "美容皮膚科で使われている成分", [_EN])
L("r6b_060", "cosmetics", "歯みがき", "歯科医師も愛用", [_EN])
L("r6b_061", "cosmetics", "シャンプー", "美容師さんも絶賛", [_EN])
L("r6b_062", "cosmetics", "美容液", "皮膚科学会で発表された成分", [_EN])
L("r6b_063", "cosmetics", "美容液", "医療現場でも使われる成分", [_EN])
L("r6b_064", "cosmetics", "美容液", "大学病院と共同開発", [_EN])
L("r6b_065", "cosmetics", "美容液", "楽天ランキング3冠達成", [_N1])
L("r6b_066", "cosmetics", "美容液", "口コミ評価No.1", [_N1])
L("r6b_067", "cosmetics", "美容液", "世界初の技術", [_N1])
L("r6b_068", "cosmetics", "美容液", "当店人気No.1", [_N1])
L("r6b_069", "cosmetics", "化粧水", "有効成分配合", [_QD])
L("r6b_070", "cosmetics", "化粧水", "肌荒れを改善", [_QD, _CS])
L("r6b_071", "food", "ブレンド茶", "脂肪の吸収を抑える", [_AC])
L("r6b_072", "food", "ブレンド茶", "トクホ級の実力", [_AC])
L("r6b_073", "health_food", "サプリ", "血圧が気になる方に", [_AC])
L(
    "r6b_074",
    "cosmetics",
    "クリーム",
    "年齢に応じたうるおいケア。肌にハリを与え、キメを整える",
    [],
    PERM,
)
L(
    "r6b_075",
    "cosmetics",
    "アイクリーム",
    "乾燥による小ジワを目立たなくする※効能評価試験済み",
    [],
    PERM,
)
L("r6b_076", "cosmetics", "コンシーラー", "シミ・そばかすを隠すコンシーラー", [], PERM)
L("r6b_077", "cosmetics", "クレイ洗顔", "毛穴の汚れを吸着してすっきり落とす", [], PERM)
L("r6b_078", "cosmetics", "クリーム", "うるおいで満たして、ふっくらとしたハリ肌に", [], PERM)
L("r6b_079", "cosmetics", "化粧下地", "メイク崩れを防ぐ化粧下地", [], PERM)
L("r6b_080", "cosmetics", "日焼け止め", "紫外線から肌を守る。汗に強い", [], PERM)
L("r6b_081", "cosmetics", "ヘアカラー", "白髪をしっかり染める", [], PERM)
L("r6b_082", "cosmetics", "シャンプー", "頭皮の汚れを落とし、毛髪にハリ・コシを与える", [], PERM)
L("r6b_083", "cosmetics", "クリーム", "保湿力の高いセラミド配合", [], PERM)
L(
    "r6b_084",
    "cosmetics",
    "洗顔料",
    "ニキビができやすい方のための洗顔料。洗浄によりニキビを防ぐ",
    [],
    PERM,
)
L(
    "r6b_085",
    "cosmetics",
    "化粧水",
    "低刺激処方※すべての方に刺激が起きないわけではありません",
    [],
    PERM,
)
L("r6b_086", "cosmetics", "クリーム", "エイジングケア※年齢に応じたお手入れ", [], PERM)
L("r6b_087", "cosmetics", "美容液", "1日2回、朝晩の洗顔後にご使用ください", [], PERM)
L("r6b_088", "cosmetics", "トライアル", "3日分のトライアルセット", [], PERM)
L(
    "r6b_089",
    "cosmetics",
    "マッサージクリーム",
    "マッサージでフェイスラインをすっきり見せる",
    [],
    PERM,
)
L("r6b_090", "cosmetics", "マスカラ", "まつげを長く見せるマスカラ", [], PERM)
L("r6b_091", "cosmetics", "トリートメント", "ハリのある髪に導くトリートメント", [], PERM)
L("r6b_092", "cosmetics", "シャンプー", "白髪ぼかしシャンプー", [], PERM)
L(
    "r6b_093",
    "cosmetics",
    "美容液",
    "楽天ランキング1位(2025年5月1日 スキンケア部門 デイリー)",
    [],
    PERM,
)
L("r6b_094", "cosmetics", "化粧水", "皮膚科医によるパッチテスト済み", [], PERM)
L(
    "r6b_095",
    "cosmetics",
    "化粧水",
    "アレルギーテスト済み※すべての方にアレルギーが起きないわけではありません",
    [],
    PERM,
)
L("r6b_096", "cosmetics", "下地", "くすみをカバーしてトーンアップ", [], PERM)
L("r6b_097", "cosmetics", "パウダー", "毛穴の目立たないなめらかな肌に見せる", [], PERM)
L("r6b_098", "cosmetics", "ボディスクラブ", "古い角質を落として、なめらかな肌へ", [], PERM)
L("r6b_099", "cosmetics", "ヘアオイル", "髪の広がりを抑えてまとまる", [], PERM)
L("r6b_100", "cosmetics", "ナイトクリーム", "翌朝までうるおいが続く", [], PERM)
L("r6b_101", "cosmetics", "スリーピングパック", "一晩中うるおいキープ", [], PERM)
L("r6b_102", "cosmetics", "化粧水", "即日発送。肌を整える", [], PERM)
L("r6b_103", "cosmetics", "オールインワン", "たった1本でスキンケア完了", [], PERM)
L(
    "r6b_104",
    "cosmetics",
    "ハンドクリーム",
    "手荒れを防ぎ、肌をすこやかに保つ。ひじ・かかとにも",
    [],
    PERM,
)
L("r6b_105", "cosmetics", "ヘアミスト", "寝ぐせを直してまとまる髪に", [], PERM)
L("r6b_106", "cosmetics", "リップ", "唇の縦じわを目立たなく見せるぷるぷるリップ", [], PERM)
L("r6b_107", "cosmetics", "美容液", "ビタミンC誘導体配合。キメを整えて、明るい印象の肌へ", [], PERM)
L("r6b_108", "cosmetics", "クレンジング", "毛穴の黒ずみ汚れまでするんと落とす", [], PERM)
L("r6b_109", "cosmetics", "ボディソープ", "汗のにおいを香りで包む", [], PERM)
L("r6b_110", "cosmetics", "ネイル", "爪を保護し、割れを防ぐトップコート", [], PERM)
L(
    "r6b_111",
    "quasi_drug",
    "薬用リンクル美容液",
    "有効成分ナイアシンアミドがシワを改善。医薬部外品",
    [],
    PERM,
    approval="quasi_drug_approved",
)
L("r6b_112", "cosmetics", "美容液", "返金保証付き。30日間お試しいただけます", [], PERM)
L(
    "r6b_113",
    "cosmetics",
    "化粧水",
    "満足度No.1※2025年1月 ○○リサーチ調べ 使用者20〜40代女性300名",
    [],
    PERM,
)
L(
    "r6b_201",
    "cosmetics",
    "【公式】ナイトセラム 30ml",
    "Q. どのくらいで効果が出ますか?\nA. 早い方だと3日目から、目元のちりめんジワがふっくらしてきます。",
    [_CS, _GU],
)
L(
    "r6b_202",
    "cosmetics",
    "オールインワンゲル",
    "■こんなお悩みに\n・ほうれい線\n・たるみ\n■使い続けることで、ほうれい線の溝が浅くなっていきます",
    [_CS],
)
L(
    "r6b_203",
    "cosmetics",
    "スカルプシャンプー 男性用",
    "「生え際が気になって帽子が手放せなかった私も、今では前髪をあげられるように」(40代男性)",
    [_CS],
)
L("r6b_204", "cosmetics", "美白美容液", "頬に広がったシミ、これ1本で卒業。", [_CS, _QD])
L(
    "r6b_205",
    "cosmetics",
    "ピーリングジェル",
    "ポロポロ出てくるのは古い角質。くすみもゴワつきも一緒にオフして、トーンが2段階明るく",
    [_CS],
)
L("r6b_206", "cosmetics", "ボディクリーム", "妊娠線・肉割れの跡が薄くなったと口コミで話題", [_CS])
L("r6b_207", "cosmetics", "美容液", "ハリ不足の肌に。コラーゲンを生み出す力をサポート", [_CS])
L("r6b_208", "cosmetics", "バストケアクリーム", "毎晩のマッサージでふっくら谷間が育つ", [_CS])
L(
    "r6b_209",
    "cosmetics",
    "ネイル美容液",
    "薄くてペラペラだった爪が、厚く丈夫な爪に生まれ変わる",
    [_CS],
)
L("r6b_210", "cosmetics", "アイクリーム", "寝不足でも目の下が真っ黒にならない", [_CS])
L("r6b_211", "cosmetics", "まつげ美容液", "根元から太く、抜けにくいまつげへ", [_CS])
L("r6b_212", "cosmetics", "ヘアオイル", "髪の内部のダメージを修復して、切れ毛が出なくなる", [_CS])
L(
    "r6b_213",
    "cosmetics",
    "角質ケアクリーム",
    "かかとのガサガサ・ひび割れが1晩でツルツルに",
    [_CS, _GU],
)
L("r6b_214", "cosmetics", "デオドラントクリーム", "ワキのニオイの原因菌を殺菌", [_QD, _CS])
L("r6b_215", "cosmetics", "洗顔石けん", "肌のアクネ菌を撃退してニキビの元から断つ", [_CS, _DZ])
L("r6b_216", "cosmetics", "クリーム", "塗った瞬間から肌が変わるのを実感", [_GU])
L("r6b_217", "cosmetics", "美容液", "効かなければ全額返金します", [_GU])
L("r6b_218", "cosmetics", "化粧水", "敏感肌の人も100%安心", [_GU])
L("r6b_219", "cosmetics", "美容液", "ここまで効く美容液は他にありません", [_GU])
L("r6b_220", "cosmetics", "美容液", "業界No.1の美白力", [_GU, _N1, _CS, _QD])
L("r6b_221", "health_food", "コラーゲンサプリ", "飲んだ翌朝、肌がもっちり", [_GU])
L("r6b_222", "cosmetics", "美容液", "美容皮膚科医の○○先生もSNSで紹介", [_EN])
L("r6b_223", "cosmetics", "美容液", "大学の研究チームが開発に携わった成分", [_EN])
L("r6b_224", "cosmetics", "シャンプー", "トップスタイリスト監修で髪質が変わる", [_EN])
L("r6b_225", "cosmetics", "美容液", "★楽天デイリーランキング1位★", [_N1])
L("r6b_226", "cosmetics", "美容液", "売上本数No.1!", [_N1])
L("r6b_227", "cosmetics", "化粧水", "日本初の処方", [_N1])
L("r6b_228", "cosmetics", "化粧水", "医薬部外品レベルの美白成分", [_QD, _CS])
L("r6b_229", "cosmetics", "クリーム", "有効成分が肌荒れを防ぎます", [_QD])
L("r6b_230", "health_food", "コラーゲンドリンク", "機能性表示食品と同じ成分で肌の潤いを守る", [_AC])
L("r6b_231", "food", "青汁", "トクホと同等の成分量", [_AC])
P(
    "r6b_232",
    "1本使い切ったら、ほうれい線がほぼ消えた…😳 #スキンケア #美容液",
    [_CS, _ST],
    gifted=True,
    listing__category="cosmetics",
)
P(
    "r6b_233",
    "【PR】これ塗って寝るだけで翌朝の毛穴が全然違う！",
    [_GU],
    affiliate_link=True,
    listing__category="cosmetics",
)
P(
    "r6b_234",
    "#PR 正直これは買ってよかった。白髪が目立たなくなってきた",
    [_CS],
    gifted=True,
    listing__category="cosmetics",
)
P(
    "r6b_235",
    "ライブ配信アーカイブ",
    [_CS, _ST],
    transcript="はいこちら、話題のクリームです。これね、シミが本当に薄くなるの。私も使ってて、ほら見て、ここのシミ、前はもっと濃かったんですよ",
    shop_tag=True,
    listing__category="cosmetics",
)
P(
    "r6b_236",
    "美肌の秘密はこれ✨ 毛穴がなくなってファンデいらず #提供 #スキンケア #美肌 #毛穴ケア #コスメ好き #美容垢",
    [_CS],
    gifted=True,
    listing__category="cosmetics",
)
P(
    "r6b_237",
    "今日はお気に入りのリップを紹介💄 色持ちが良くて乾燥しにくい #リップ #コスメ",
    [_ST],
    affiliate_link=True,
    listing__category="cosmetics",
)
P(
    "r6b_238",
    "【広告】皮膚科の先生も使ってるっていう美容液、やっと買えた",
    [_EN],
    affiliate_link=True,
    listing__category="cosmetics",
)
L(
    "r6b_239",
    "cosmetics",
    "化粧水 500ml",
    "Q. ニキビ肌でも使えますか?\nA. ノンコメドジェニックテスト済みです(すべての方にニキビができないわけではありません)。",
    [],
    PERM,
)
L(
    "r6b_240",
    "cosmetics",
    "ヘアトリートメント",
    "傷んだ毛先をコーティングしてまとまりやすく。ツヤを与える",
    [],
    PERM,
)
L(
    "r6b_241",
    "cosmetics",
    "BBクリーム",
    "シミ・毛穴・くすみをこれ1本でカバー。SPF50+で日やけを防ぐ",
    [],
    PERM,
)
L(
    "r6b_242",
    "cosmetics",
    "ボディオイル",
    "乾燥しがちなひじ・ひざ・かかとにうるおいを与え、なめらかに整えます",
    [],
    PERM,
)
L(
    "r6b_243",
    "cosmetics",
    "アイクリーム",
    "目元の乾燥小じわを目立たなくする(効能評価試験済み)。ハリを与える",
    [],
    PERM,
)
L(
    "r6b_244",
    "cosmetics",
    "スカルプブラシ",
    "頭皮の汚れを落としてすっきり。毛髪を清浄にする",
    [],
    PERM,
)
L("r6b_245", "cosmetics", "化粧水", "使い始めて3日目にはもう手放せない使い心地", [], PERM)
L("r6b_246", "cosmetics", "美容液", "※個人の感想です。効果を保証するものではありません", [], PERM)
L("r6b_247", "cosmetics", "リップ", "縦じわが目立ちにくいぷっくり唇に見せる", [], PERM)
L("r6b_248", "cosmetics", "日焼け止め", "白浮きしないトーンアップ効果で明るい肌印象に", [], PERM)
L("r6b_249", "cosmetics", "ヘアカラー", "1回で白髪がしっかり染まる", [], PERM)
L("r6b_250", "cosmetics", "除毛クリーム", "5分でムダ毛がするっと落ちる", [], PERM)
L(
    "r6b_251",
    "quasi_drug",
    "薬用育毛剤",
    "育毛、脱毛の予防。頭皮の血行を促進し、毛根に栄養を与える",
    [],
    PERM,
    approval="quasi_drug_approved",
)
L(
    "r6b_252",
    "cosmetics",
    "化粧水",
    "楽天ランキング1位(2025年4月10日 化粧水部門 デイリー)",
    [],
    PERM,
)
L("r6b_253", "cosmetics", "クレンジング", "毛穴の奥の皮脂汚れまでしっかり落とす", [], PERM)
P(
    "r6b_254",
    "#PR 新作のヘアオイル、まとまりが全然違う！ツヤも出る",
    [],
    PERM,
    gifted=True,
    listing__category="cosmetics",
)
P(
    "r6b_255",
    "【プロモーション】このコンシーラー、クマもシミも一瞬で隠れる",
    [],
    PERM,
    affiliate_link=True,
    listing__category="cosmetics",
)
# Batch 3 (r6b_3xx, claim forms: safety, comparisons, institutions, rankings, quasi-drug
# and FNFC wording, posts) first scored 21 of 33 pairs with commit af492af (17 of 33 before
# round 6). Its 78-character caption ending in 「※PR」 is not included: under this pack's
# 80-character short-caption parameter that disclosure is visible.
L("r6b_301", "cosmetics", "アイクリーム", "使った瞬間にシワが消える", [_CS, _GU])
L("r6b_302", "health_food", "ハーブサプリ", "副作用の心配は一切なし", [_GU])
L("r6b_303", "cosmetics", "化粧水", "ノンケミカルだから肌に負担ゼロ", [_GU])
L("r6b_304", "health_food", "酵素サプリ", "効果を実感できなかった方は一人もいません", [_GU])
L("r6b_305", "cosmetics", "美容液", "驚きの即効性", [_GU])
L("r6b_306", "health_food", "ウコンサプリ", "医薬品並みの効果", [_GU])
L("r6b_307", "cosmetics", "リンクルクリーム", "ハリ実感は従来品の3倍", [_GU])
L("r6b_308", "health_food", "青汁", "これ以上効く青汁はない", [_GU])
L("r6b_309", "cosmetics", "美容液", "魔法みたいに肌が変わる", [_GU, _CS])
L("r6b_310", "health_food", "乳酸菌サプリ", "○○大学の臨床試験で実証済み", [_GU, _EN])
L("r6b_311", "health_food", "プロテイン", "管理栄養士が推薦", [_EN])
L("r6b_312", "cosmetics", "敏感肌クリーム", "皮膚科専門医と共同開発", [_EN])
L("r6b_313", "health_food", "青汁", "病院の売店でも販売中", [_EN])
L("r6b_314", "health_food", "サプリ", "有名医師がテレビで紹介", [_EN])
L("r6b_315", "cosmetics", "美容液", "Amazonベストセラー1位", [_N1])
L("r6b_316", "health_food", "青汁", "楽天ランキング20冠", [_N1])
L("r6b_317", "cosmetics", "美容液", "美容雑誌でベストコスメ1位受賞", [_N1])
L("r6b_318", "general", "マットレス", "累計販売数日本一", [_N1])
L("r6b_319", "cosmetics", "日焼け止め", "国内シェアNo.1", [_N1])
L("r6b_320", "cosmetics", "ホワイトニング美容液", "シミ予防に", [_QD, _CS])
L("r6b_321", "cosmetics", "デオドラントジェル", "汗をピタッと止める", [_QD, _CS])
L("r6b_322", "cosmetics", "美容液", "医薬部外品と同等の効果", [_QD])
L("r6b_323", "food", "ブレンド茶", "内臓脂肪を減らすお茶", [_AC])
L("r6b_324", "food", "緑茶", "機能性表示食品のお茶", [_AC])
L("r6b_325", "health_food", "鉄サプリ", "栄養機能食品(鉄)", [_AC])
P("r6b_326", "お気に入りの化粧水、いただいたものです✨ しっとりして最高", [_ST], gifted=True)
P("r6b_327", "リンク先で買えます！ 毎日使ってる日焼け止め #スキンケア", [_ST], affiliate_link=True)
L(
    "r6b_328",
    "health_food",
    "機能性表示食品 ブレンド茶",
    "本品には○○が含まれます。○○には内臓脂肪を減らすのを助ける機能があることが報告されています",
    [],
    PERM,
    approval="fnfc",
)
L("r6b_329", "cosmetics", "美容液", "楽天ランキング1位 ※2025年6月3日 美容液部門 デイリー", [], PERM)
L("r6b_330", "health_food", "雑穀米", "管理栄養士監修のレシピブック付き", [], PERM)
L("r6b_331", "cosmetics", "化粧水", "皮膚科医によるパッチテスト済み", [], PERM)
L("r6b_332", "cosmetics", "シャンプー", "3倍の大容量ボトル", [], PERM)
L("r6b_333", "health_food", "サプリ", "副作用について心配な方は医師にご相談ください", [], PERM)
L("r6b_334", "health_food", "サプリ", "効果・効能を保証するものではありません", [], PERM)
L("r6b_335", "cosmetics", "化粧水", "即日発送・送料無料", [], PERM)
P("r6b_336", "【PR】○○様から提供いただきました。香りがとても好き", [], PERM, gifted=True)


# --- round 7 probes (third session): one module per tuner so they can work in parallel
from probes_r7_beauty import add_probes_r7_beauty  # noqa: E402
from probes_r7_health import add_probes_r7_health  # noqa: E402

add_probes_r7_health(L, P, S)
add_probes_r7_beauty(L, P, S)

# --- round 10 probes (fourth session): one module per tuner
from probes_r10_beauty import add_probes_r10_beauty  # noqa: E402
from probes_r10_health import add_probes_r10_health  # noqa: E402

add_probes_r10_health(L, P, S)
add_probes_r10_beauty(L, P, S)


# ---------------------------------------------------------------- evasion variants
def _half_width_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for cp in range(0xFF66, 0xFF9E):
        half = chr(cp)
        full = unicodedata.normalize("NFKC", half)
        table.setdefault(full, half)
        voiced = unicodedata.normalize("NFKC", half + "\uff9e")
        if len(voiced) == 1:
            table.setdefault(voiced, half + "\uff9e")
        semi = unicodedata.normalize("NFKC", half + "\uff9f")
        if len(semi) == 1:
            table.setdefault(semi, half + "\uff9f")
    table["ー"] = "ｰ"
    return table


_HALF = _half_width_table()
_VARIANT_KANJI = {
    "痩": "瘦",
    "医": "醫",
    "効": "效",
    "体": "體",
    "薬": "藥",
    "気": "氣",
    "発": "發",
    "広": "廣",
    "売": "賣",
    "円": "圓",
}


def half_width(s: str) -> str:
    """Katakana (after folding hiragana to katakana) written in half-width: ﾔｾﾙ."""
    kata = "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)
    return "".join(_HALF.get(c, c) for c in kata)


def spaced(s: str) -> str:
    """痩 せ る: a space after every character."""
    return " ".join(s)


def zero_width(s: str) -> str:
    """痩\\u200bせる: zero-width spaces between characters."""
    return "\u200b".join(s)


def variant_kanji(s: str) -> str:
    """瘦せる: old or variant kanji forms."""
    return "".join(_VARIANT_KANJI.get(c, c) for c in s)


def emoji(s: str) -> str:
    """痩🌸せ🌸る: decorations between characters."""
    return "".join(c + ("🌸" if i % 2 == 0 else "✨") for i, c in enumerate(s))


def katakana(s: str) -> str:
    """All hiragana written as katakana."""
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def dotted(s: str) -> str:
    """痩.せ.る: dots between characters."""
    return ".".join(s)


def full_width(s: str) -> str:
    """ＮＯ．１: full-width Latin letters and digits."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


TRANSFORMS = [half_width, spaced, zero_width, variant_kanji, emoji, katakana, dotted, full_width]
TEXT_FAMILIES = {D, BF, CS, GU, EN, DO, QD, AC, N1, WL, CF}


def add_evasions() -> None:
    originals = [
        r for r in ROWS if r["kind"] == "violation" and set(r["expected"]) <= TEXT_FAMILIES
    ]
    i = 0
    for row in originals:
        for _ in range(2 if i % 3 == 0 else 1):
            tf = TRANSFORMS[i % len(TRANSFORMS)]
            i += 1
            ent = dict(row["entity"])
            fields = (
                ("title", "description")
                if row["entity_type"] == "listing"
                else ("caption", "transcript")
            )
            changed = False
            for f in fields:
                if ent.get(f):
                    new = tf(ent[f])
                    changed = changed or new != ent[f]
                    ent[f] = new
            if not changed:
                continue
            rid = f"{row['id']}~{tf.__name__}"
            ent["id"] = rid
            ROWS.append(
                {
                    **row,
                    "id": rid,
                    "entity": ent,
                    "kind": "evasion",
                    "evasion_of": row["id"],
                    "evasion": tf.__name__,
                }
            )


# Slimming claims on foods are body-function claims too (the pack has always counted
# 痩せる on a food as pmd_body_function). These earlier rows were labelled
# keihyo_weight_loss only; relabelled in the generalisation round (2026-11-27) when the
# body-function policies started to count effortless/quantified slimming on foods.
RELABEL_BODY_FUNCTION = {"w01", "w04", "w05", "w07", "w11", "w12", "h80", "i80", "j51", "u51"}


def relabel() -> None:
    for r in ROWS:
        if r["id"] in RELABEL_BODY_FUNCTION and BF not in r["expected"]:
            r["expected"] = sorted([*r["expected"], BF])


def main() -> None:
    relabel()
    add_evasions()
    ids = [r["id"] for r in ROWS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    out = Path(__file__).with_name("jp_ads_eval.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for r in ROWS:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {len(ROWS)} rows to {out}")


if __name__ == "__main__":
    main()
