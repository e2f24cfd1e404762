"""Held-out ad texts, written after the lexicons were tuned and scored once.

Kept in a module of its own so it is clear which rows the lexicons never saw while they
were being tuned. ``add_holdout(L, P, S)`` adds them with the row constructors of
``build_jp_ads_eval.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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
N1, DP, WL, ST, TK = "keihyo_no1", "keihyo_double_price", "keihyo_weight_loss", "stema", "tokusho_disclosure"
PERM = "permitted"


def add_holdout(L: Callable[..., None], P: Callable[..., None], S: Callable[..., None]) -> None:  # noqa: N803
    # disease
    L("h01", "health_food", "国産しいたけ菌糸体エキス", "再発が怖い乳がんの術後ケアに選ばれています", D)
    L("h02", "food", "玉ねぎの皮茶", "ドロドロ血液をサラサラにして、脳梗塞とは無縁の毎日へ", [D, BF])
    L("h03", "health_food", "ルテオリン 尿酸サポート", "痛風のつらい発作とさよならしたい方へ", D)
    L("h04", "general", "竹布 腹巻き", "巻いて寝るだけで冷えからくる下痢が治まった", D)
    L("h05", "cosmetics", "ドクダミ石けん", "背中ニキビに悩む方へ。洗うたびにニキビが消えていく", D)
    L("h06", "health_food", "乳酸菌チュアブル", "子どもの喘息が落ち着いて、夜ぐっすり", D)
    L("h07", "food", "甜菜糖シロップ", "糖尿病の方でも血糖値が上がらない！", [D, BF])
    L("h08", "health_food", "青パパイヤ酵素", "アレルギー性鼻炎がぴたりと止まった体験談", D)
    L("h09", "general", "テラヘルツ鉱石 ペンダント", "持ち歩くだけで自律神経が整い、不眠も解消", D)
    L("h10", "health_food", "亜麻仁油カプセル", "花粉の時期の目のかゆみがウソのよう", D)
    P("h11", "【PR】このハーブティー、飲み始めて2週間で片頭痛が出なくなった🥹", D, gifted=True)
    # body function
    L("h20", "health_food", "サーチュイン 若返りサプリ", "細胞から若々しく。老化のスピードをゆるやかに", BF)
    L("h21", "food", "黒豆ココア", "めぐりを良くしてポカポカ体質に改善", BF)
    L("h22", "health_food", "亜鉛&マカ", "男性ホルモンの分泌を促して活力みなぎる", BF)
    L("h23", "food", "生姜はちみつ漬け", "体温を1度上げて免疫力を底上げ", BF)
    L("h24", "health_food", "DHA 子ども用グミ", "頭が良くなると評判。テストの点数アップ", BF)
    L("h25", "health_food", "ギムネマ", "甘いものを食べても糖をブロック", BF)
    L("h26", "food", "韃靼そば茶", "血管をしなやかにして血圧を安定させる", BF)
    # cosmetics
    L("h30", "cosmetics", "ハリ美容液", "たるみ毛穴がキュッと引き締まり、毛穴が目立たなくなる", CS)
    L("h31", "cosmetics", "ネッククリーム", "首のシワが浅くなった！と感動の声", CS)
    L("h32", "cosmetics", "ピーリングジェル", "古い角質とともにシミも剥がれ落ちる", CS)
    L("h33", "cosmetics", "美容クリーム", "マイナス10歳肌を叶える", CS)
    L("h34", "cosmetics", "育毛シャンプー", "生え際がふさふさに復活", [CS, QD])
    L("h35", "cosmetics", "セラム", "肌の奥深くの細胞に働きかけ、肌の再生を助ける", CS)
    L("h36", "cosmetics", "ボディスクラブ", "ぶつぶつ毛穴や黒ずみを根こそぎ除去", CS)
    # permitted cosmetics / quasi-drugs
    L("h40", "cosmetics", "オールインワンジェル", "肌を整え、肌にハリを与える。うるおいを与えて乾燥を防ぐ", [], PERM)
    L("h41", "cosmetics", "ヘアミルク", "髪にうるおいを与え、クシどおりをよくする", [], PERM)
    L("h42", "quasi_drug", "薬用ホワイトニングエッセンス 医薬部外品", "メラニンの生成を抑え、シミ・ソバカスを防ぎます。肌荒れを防ぐ", [], PERM, approval="quasi_drug_approved")
    L("h43", "cosmetics", "BBクリーム", "シミやそばかすを自然にカバー。くすみを飛ばして明るい印象に", [], PERM)
    L("h44", "cosmetics", "ニキビケア洗顔料", "洗浄によりニキビを防ぐ。さっぱりとした洗い上がり", [], PERM)
    # guarantee, endorsement, dosage
    L("h50", "cosmetics", "まつげ美容液", "どんな人でも100%伸びる、結果保証", [GU, CS])
    L("h51", "health_food", "腸活サプリ", "合成成分ゼロなので副作用の心配なし", GU)
    L("h52", "cosmetics", "ブースター美容液", "塗った瞬間から違いを実感できる最強ブースター", GU)
    L("h53", "health_food", "グルコサミン", "整形外科医が自分の親にも飲ませている", EN)
    L("h54", "cosmetics", "美容液", "有名クリニックの医師と共同開発した美容液", EN)
    L("h55", "health_food", "プラセンタ", "1日3回、食前に4粒を水で服用してください", DO)
    L("h56", "health_food", "ビタミンD", "1日1粒を目安に、水などでお召し上がりください。", [], PERM)
    L("h57", "health_food", "乳酸菌", "服用中のお薬がある方は、かかりつけ医にご相談ください", [], PERM)
    # approved claims
    L("h60", "food", "機能性表示食品 青汁", "食後の血糖値の上昇を抑える機能が報告されています", [], PERM, approval="fnfc")
    L("h61", "food", "粉末緑茶", "食後の血糖値の上昇をおだやかにしたい方へ", AC, approval="none")
    L("h62", "health_food", "トクホのサプリ", "体脂肪を減らすのを助けます", AC, approval="none")
    # No.1 and double price
    L("h70", "cosmetics", "口コミ評価No.1 美容液", "たくさんの方に選ばれています", N1)
    L("h71", "electrical", "業界最大容量のモバイルバッテリー", "30000mAh", N1, product_type="mobile_battery", pse_mark="round")
    L("h72", "food", "日本一の生産量を誇る産地のみかん", "甘くてジューシー", N1)
    L("h73", "general", "デスクチェア", "元値19,800円から大幅値下げ！", DP, price=9800)
    # weight loss
    L("h80", "health_food", "糖質カットサプリ", "ラーメンもケーキも我慢しないで-6kg", WL)
    L("h81", "apparel", "ダイエットスリッパ", "履いて家事をするだけで太ももが細くなる", WL)
    L("h82", "food", "黒しょうがスープ", "寝る前に飲むだけで、翌朝お腹がへこんでる！", [WL, GU])
    L("h83", "electrical", "振動マシン", "乗っているだけで二の腕も太ももも引き締まり、体重が落ちる", WL)
    L("h84", "apparel", "Aラインワンピース", "気になるお腹まわりを隠して、すっきりシルエット", [], PERM)
    # stema
    P("h90", "話題の美顔器をお試し中。肌がもっちりしてびっくり", ST, hashtags="#美顔器 #スキンケア", gifted=True)
    P("h91", "PRではありません！自分で選んだ推しコスメ", ST, affiliate_link=True)
    P("h92", "#タイアップ 新作ゲーミングマウスを使ってみた", [], PERM, shop_tag=True)
    P("h93", "朝ごはんのグラノーラ🥣", [], None, hashtags="#朝ごはん #グラノーラ")
    # sellers
    S("h95", TK, seller_type="corporate", disclosure_legal_name="株式会社ハル", disclosure_address="東京都品川区",
      disclosure_phone="03-4444-5555", disclosure_representative="春田", disclosure_return_policy="7日以内", country="JP")
    S("h96", [], None, seller_type="corporate", disclosure_legal_name="株式会社アキ", disclosure_address="宮城県仙台市青葉区一番町2-2-2",
      disclosure_phone="022-222-2222", disclosure_representative="秋山", disclosure_return_policy="到着後8日以内", country="JP")
    # ordinary listings
    L("h97", "food", "国産 はと麦茶 52袋", "香ばしくすっきり。ノンカフェインで家族みんなで", [])
    L("h98", "general", "珪藻土バスマット", "吸水性抜群ですぐ乾く", [])
    L("h99", "cosmetics", "ヘアカラー トリートメント", "白髪をしっかり染めて、髪にツヤを与える", [], PERM)
