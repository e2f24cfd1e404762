"""Blind held-out batch 14 of Japanese ad copy (issue 3).

Written by a helper that did not open the Japan pack (its policies, lexicons, docs or
tests) and did not score the rows. The mix differs from the earlier batches on purpose:
通販 TV-shopping scripts, LINE shop messages, individual auction/flea-market listings,
wholesale/B2B catalogue copy, seasonal gift sets, sports nutrition, eyewear and hearing,
home fitness devices and oral care, plus creator captions and live transcripts.

Labels follow the law, not what a rule set is expected to catch: 薬機法 66条/68条 with
the 46通知 and 医薬品等適正広告基準, 景品表示法 5条 (No.1, 満足度, 二重価格, 痩身), the
ステマ告示 and 特商法 11条. Borderline rows carry a ``# why`` comment with the reading used.

``add_holdout14`` is deliberately not registered in ``build_jp_ads_eval.py``: the lead
registers it after the tuning round ends, so that it can be scored once, unseen.
"""

from __future__ import annotations

from collections.abc import Callable

from holdout_jp_ads import AC, BF, CS, DO, DP, EN, GU, N1, PERM, QD, ST, TK, WL, D

Row = Callable[..., None]


def _j(*parts: str) -> str:
    """Join description blocks with newlines, as sellers paste them into the form."""
    return "\n".join(parts)


def add_holdout14(L: Row, P: Row, S: Row) -> None:
    """Blind batch 14: about 80 violations, 50 permitted look-alikes, 25 ordinary rows.

    Split into sections so each stays readable; ids run v14_001… within the batch."""
    _health_claims(L, P)
    _cosmetics_quasi_and_approval(L, P)
    _guarantee_endorsement_dosage(L, P)
    _marketing_claims(L, P)
    _stema_and_sellers(P, S)
    _permitted(L, P, S)
    _ordinary(L, P, S)


def _health_claims(L: Row, P: Row) -> None:
    """Disease and body-function claims for foods, supplements and gadgets."""
    L(
        "v14_001",
        "health_food",
        "【TV通販で話題】黒にんにく卵黄 極み 93粒 定期便",
        _j(
            "(司会)さあ奥様、ご覧ください!",
            "(ゲスト)これを飲むようになってから、ずっと悩んでいた高血圧の薬がいらなくなったんです。",
            "(司会)今から30分以内のお電話で、もう1袋プレゼント!",
        ),
        D,
    )
    L(
        "v14_002",
        "health_food",
        "グルコサミン&コンドロイチン ひざ軽快 240粒 お徳用",
        "変形性膝関節症の痛みで正座もできなかった私が、今では階段もスイスイ(68歳・男性)",
        D,
    )
    L(
        "v14_003",
        "food",
        "【LINE限定クーポン】発酵ごぼう茶 30包",
        "🌿LINEお友だち限定のお知らせ🌿 便秘薬をやめられた!とのお声が続々。腸のお悩みを根本から解消する発酵ごぼう茶、本日20%OFFです。",
        [
            D,
            BF,
        ],  # why: 便秘薬をやめられた implies treating constipation; 根本から解消 is a body-function claim
    )
    L(
        "v14_004",
        "health_food",
        "ルテイン40mg アイクリア 60粒",
        _j(
            "■白内障・緑内障が心配な方に。",
            "■かすみ目、ぼやけが気にならなくなったと好評です。",
        ),
        [D, BF],
    )
    L(
        "v14_005",
        "general",
        "【メルカリ】ゲルマニウム ブレスレット 未使用品",
        "頂き物ですが使わないので出品します。つけているだけで肩こり・腰痛・リウマチに効くそうです。ノークレームでお願いします。",
        D,  # why: an individual reseller still 'advertises' under 66条 when repeating efficacy
    )
    L(
        "v14_006",
        "health_food",
        "プロテオグリカン 鮭鼻軟骨 30日分",
        "関節リウマチの炎症を抑えて、朝のこわばりにサヨナラ。",
        D,
    )
    L(
        "v14_007",
        "health_food",
        "【卸・業務用】ナットウキナーゼ 4000FU 1000粒 バルク",
        "■販売店様向け訴求ポイント:血栓を溶かし、心筋梗塞・脳卒中を防ぐ成分として店頭POPでご案内ください。",
        D,  # why: B2B copy supplied for retail POP is still advertising to consumers
    )
    P(
        "v14_008",
        "【PR】毎朝のグリーンスムージー🥬 3ヶ月続けたら、アトピーがほぼ治った!肌がつるつるに✨ #PR #グリーンスムージー",
        D,
        gifted=True,
        listing__category="food",
    )
    L(
        "v14_009",
        "general",
        "家庭用 温熱治療 マット シングル 遠赤外線",
        "不眠症・冷え性・自律神経失調症にお悩みの方へ。寝るだけで体質から改善します。",
        [D, BF],  # why: no medical device approval on the row; 治療 and disease names
        product_type="heating_mat",
        pse_mark="round",
    )
    L(
        "v14_010",
        "health_food",
        "ワンちゃん用 腎臓ケア サプリ 粉末 60g",
        "腎不全と診断された愛犬の数値が下がりました!獣医さんの処方食と一緒にどうぞ。",
        D,
    )
    L(
        "v14_011",
        "health_food",
        "【ヤフオク】スピルリナ 2400粒 まとめ売り 賞味期限2027",
        "家族で飲んでいましたが余ったので。ガン予防になると言われているそうです。箱なしで発送します。",
        D,
    )
    L(
        "v14_012",
        "food",
        "【母の日ギフト】高麗人参 はちみつ漬け 瓶入り 化粧箱",
        "更年期障害のほてり・イライラに。お母さんの毎日を元気に。",
        D,
    )
    P(
        "v14_013",
        "花粉症の季節、去年まで鼻炎薬が手放せなかったけど、今年はこのべにふうき茶だけで乗り切れてる🍵 薬いらず!",
        [
            D,
            ST,
        ],  # relabelled in round 11: an affiliate post with no disclosure is stema (lead's decision)
        affiliate_link=True,
        listing__category="food",
    )
    L(
        "v14_014",
        "health_food",
        "クエン酸+BCAA アスリートリカバリー 1kg",
        "筋肉痛を素早く治し、疲労回復を早める。翌日に疲れを残さない。",
        [D, BF],  # why: 筋肉痛を治す treats a condition; 疲労回復 is a drug efficacy for a food
    )
    L(
        "v14_015",
        "health_food",
        "DHA・EPA 青魚の力 120粒 シニア向け",
        _j(
            "■こんな方に:健康診断の結果が気になる50代からの毎日に。",
            "■中性脂肪を下げ、血液サラサラに。",
            "■原材料:精製魚油(国内製造)、ゼラチン、グリセリン、ビタミンE",
            "■お召し上がり方:1日4粒を目安に、水またはぬるま湯でお召し上がりください。",
        ),
        BF,
    )
    L(
        "v14_016",
        "health_food",
        "亜鉛+マカ 男の自信 90粒",
        "精力増強・滋養強壮に。夜の元気を取り戻す。",
        BF,
    )
    L(
        "v14_017",
        "health_food",
        "ホエイプロテイン WPI チョコ 3kg",
        "飲むだけで筋肉がつく!代謝を上げて脂肪を燃やす。",
        [BF, WL],
    )
    L(
        "v14_018",
        "food",
        "ギャバ入り チョコレート 個包装 30枚",
        "ストレスを緩和し、ぐっすり眠れる体に。",
        BF,  # why: no FNFC notification on the row (approval none)
        approval="none",
    )
    L(
        "v14_019",
        "health_food",
        "こどもの背がのびる カルシウム+アルギニン ラムネ",
        "成長期のお子さまの身長をぐんぐん伸ばします。",
        BF,
    )
    L(
        "v14_020",
        "health_food",
        "ビルベリー アイサポート 60粒",
        "スマホ疲れ目に。視力が回復したとの声が多数!",
        BF,
    )
    P(
        "v14_021",
        "このマルチビタミン飲み始めてから免疫力が上がって、風邪ひかなくなった💪 リンクはプロフから #マルチビタミン",
        [BF, ST],
        affiliate_link=True,
        listing__category="health_food",
    )
    L(
        "v14_022",
        "health_food",
        "オルニチン 肝臓いたわり 90粒",
        "飲み会続きの肝臓を回復させ、二日酔い知らず。",
        BF,
    )
    L(
        "v14_023",
        "general",
        "【ホームフィットネス】EMS 腹筋ベルト 充電式",
        "巻くだけで腹筋が割れる!インナーマッスルを鍛えて代謝アップ、寝ながら痩せる。",
        [BF, WL],
        product_type="ems",
        pse_mark="round",
    )
    L(
        "v14_024",
        "general",
        "補聴 集音器 充電式 両耳 シニア",
        "難聴の方の聴力が改善!これ一台で耳の衰えを回復します。",
        [
            D,
            BF,
        ],  # why: a sound amplifier is not a medical device; it may not claim to treat hearing loss
        product_type="sound_amplifier",
    )


def _cosmetics_quasi_and_approval(L: Row, P: Row) -> None:
    """Cosmetics beyond the 56 claims, quasi-drugs beyond range, approval wording misused."""
    L(
        "v14_025",
        "cosmetics",
        "【ドラッグストアPOP】ホワイトニング 美容液 30ml",
        "★店長イチオシ★ シミが消える!くすみを根本から漂白する集中美容液。",
        CS,
        approval="none",
    )
    L(
        "v14_026",
        "cosmetics",
        "メンズ アイクリーム 15g",
        "目の下のたるみを引き上げ、シワを消す。5歳若返るメンズケア。",
        CS,
    )
    L(
        "v14_027",
        "cosmetics",
        "育毛 スカルプエッセンス 120ml",
        "抜け毛が止まり、髪が生えてくる。毛根を再生する独自成分。",
        CS,
    )
    L(
        "v14_028",
        "cosmetics",
        "【Qoo10】CICA 鎮静クリーム 50ml",
        "炎症を鎮め、肌荒れを治す!赤みが一晩でスッと引きます。",
        CS,
    )
    L(
        "v14_029",
        "cosmetics",
        "まつ毛美容液 6ml",
        "まつ毛がぐんぐん伸びる!1ヶ月で2倍の長さに。",
        CS,
    )
    L(
        "v14_030",
        "cosmetics",
        "バストアップ クリーム 100g",
        "塗るだけでバストが育つ。ハリのある大きな胸へ。",
        CS,
    )
    L(
        "v14_031",
        "cosmetics",
        "【ギフトセット】エイジングケア 3点セット 化粧箱入り",
        "コラーゲンを肌の奥で増やし、細胞から若返らせます。",
        CS,
    )
    P(
        "v14_032",
        "#PR 毛穴の黒ずみが完全に消えた洗顔料🫧 皮脂腺から毛穴を引き締めて、もう二度と開かない!",
        CS,
        gifted=True,
        listing__category="cosmetics",
    )
    L(
        "v14_033",
        "cosmetics",
        "デオドラント ボディソープ 500ml",
        "ワキガ体質を改善して、においの元から断つ。",
        CS,  # why: a plain cosmetic; わきが prevention is quasi-drug territory and 体質改善 beyond even that
        approval="none",
    )
    L(
        "v14_034",
        "quasi_drug",
        "薬用美白クリーム 医薬部外品 30g",
        "メラニンの生成を抑え、シミ・そばかすを防ぐ。さらに、できてしまったシミも消していきます。",
        QD,  # why: the approved range is prevention; erasing existing spots goes beyond it
        approval="quasi_drug_approved",
    )
    L(
        "v14_035",
        "quasi_drug",
        "薬用 歯みがき 歯周ケア 医薬部外品 120g",
        "歯肉炎・歯周炎を予防。さらに下がった歯ぐきが元に戻る!",
        QD,
        approval="quasi_drug_approved",
    )
    L(
        "v14_036",
        "quasi_drug",
        "薬用育毛トニック 医薬部外品 180ml",
        "育毛、薄毛、脱毛の予防。AGAも改善し、ハゲが治る。",
        [QD, D],
        approval="quasi_drug_approved",
    )
    L(
        "v14_037",
        "cosmetics",
        "【薬用】ニキビケア ジェル 40g",
        "薬用成分でニキビを防ぐ。",
        QD,  # why: 「薬用」 and an acne claim on a product whose approval is none
        approval="none",
    )
    L(
        "v14_038",
        "health_food",
        "難消化性デキストリン スティック 30包",
        "脂肪の吸収を抑え、食後の血糖値の上昇をおだやかにします。",
        AC,  # why: FOSHU/FNFC wording without any approval on the row
        approval="none",
    )
    L(
        "v14_039",
        "food",
        "【特保】緑茶 ペットボトル 500ml×24",
        "特定保健用食品。体脂肪を減らすのを助けます。",
        AC,  # why: claims 特保 status but the row carries no FOSHU approval
        approval="none",
    )
    L(
        "v14_040",
        "health_food",
        "機能性表示食品 睡眠サポート 30粒",
        "機能性表示食品です。睡眠の質を高めます。",
        AC,
        approval="none",
    )
    L(
        "v14_041",
        "food",
        "ヨーグルト 400g 機能性",
        "届出番号なし。内臓脂肪を減らす機能が報告されています。",
        AC,
        approval="none",
    )
    L(
        "v14_042",
        "health_food",
        "乳酸菌 サプリ 60粒",
        "機能性表示食品(届出番号H123)。目や鼻の不快感を軽減します。さらに花粉症も完治!",
        [D],  # why: the approved FNFC wording is fine, but 花粉症完治 goes well beyond it
        approval="fnfc",
    )


def _guarantee_endorsement_dosage(L: Row, P: Row) -> None:
    """Guarantees and speed claims, doctor/hospital endorsement, dosage wording."""
    L(
        "v14_043",
        "health_food",
        "【必ず実感】酵素 ファスティング ドリンク 720ml",
        "飲んだ翌日から100%効果を実感!効かなければ全額返金。",
        [GU],
    )
    L(
        "v14_044",
        "cosmetics",
        "ピーリングジェル 200g",
        "誰でも確実にツルツル肌。副作用なしで安心安全。",
        GU,
    )
    L(
        "v14_045",
        "health_food",
        "コエンザイムQ10 還元型 60粒",
        "即効!飲んで30分で体がポカポカ。絶対に効きます。",
        GU,
    )
    L(
        "v14_046",
        "general",
        "家庭用 ステッパー ツイスト",
        "1日5分で誰でも必ず脚が細くなる!",
        [GU, WL],
    )
    L(
        "v14_047",
        "health_food",
        "【医師推薦】乳酸菌 腸活サプリ 90粒",
        "消化器内科医・山田先生も推薦!「患者さんにもすすめています」",
        EN,
    )
    L(
        "v14_048",
        "cosmetics",
        "皮膚科医が開発 敏感肌 クリーム 50g",
        "◯◯クリニック院長が推奨。皮膚科で使われている処方をご家庭で。",
        EN,
    )
    L(
        "v14_049",
        "general",
        "【歯科医推奨】電動歯ブラシ 音波式",
        "全国の歯科医師の92%が推奨!",
        [EN, N1],  # why: a professional recommendation with an unsourced percentage
        product_type="electric_toothbrush",
        pse_mark="round",
    )
    L(
        "v14_050",
        "health_food",
        "病院でも採用 プロポリス 原液 30ml",
        "大学病院で使われている高品質プロポリス。",
        EN,
    )
    P(
        "v14_051",
        "薬剤師の私が毎日飲んでるサプリ💊 医療従事者として自信をもっておすすめします! #PR #薬剤師",
        EN,  # why: disclosed PR, but a pharmacist's authority is used to recommend a supplement
        gifted=True,
        listing__category="health_food",
    )
    L(
        "v14_052",
        "health_food",
        "ウコン 粒 120粒",
        "1日3回、食後に2粒ずつお飲みください。症状に合わせて増量してください。",
        DO,
    )
    L(
        "v14_053",
        "health_food",
        "青汁 粉末 30包",
        "用法・用量:1日1〜2包を目安に、お子さまは半量で服用してください。",
        DO,
    )
    L(
        "v14_054",
        "health_food",
        "鉄分+葉酸 ママサプリ 60粒",
        "効果を早く実感したい方は、1日6粒まで増やしてもOK。空腹時の服用がおすすめ。",
        DO,
    )


def _marketing_claims(L: Row, P: Row) -> None:
    """Unsourced No.1/satisfaction/repeat claims, slimming, double pricing."""
    L(
        "v14_055",
        "cosmetics",
        "【楽天1位】オールインワンゲル 100g ポイント10倍",
        "★楽天ランキング1位獲得★ 今いちばん売れてるオールインワン!",
        N1,
    )
    L(
        "v14_056",
        "health_food",
        "HMB 筋トレサプリ 180粒",
        _j(
            "■満足度98%!リピート率92%のベストセラー。",
            "■Q.トレーニングしない日も飲んでいい? A.はい、毎日の習慣にどうぞ。",
            "■Q.味はありますか? A.無味無臭のタブレットです。",
            "■原材料:HMBカルシウム、結晶セルロース、ステアリン酸カルシウム",
        ),
        N1,
    )
    L(
        "v14_057",
        "general",
        "ブルーライトカット メガネ PC用",
        "累計販売本数100万本突破!業界No.1の実力。",
        N1,
    )
    L(
        "v14_058",
        "general",
        "【ふるさと納税】ハンバーグ 20個 返礼品",
        "寄附件数日本一!みんなが選ぶ人気返礼品。",
        N1,
    )
    L(
        "v14_059",
        "cosmetics",
        "オーラルケア ホワイトニング 歯磨き粉",
        "モンドセレクション金賞&口コミ評価No.1。",
        N1,  # why: 口コミNo.1 with no source, period or population
    )
    L(
        "v14_060",
        "health_food",
        "ソイプロテイン 1kg",
        "お客様満足度No.1(当社調べ)",
        N1,  # why: 「当社調べ」 alone gives no period, population or method
    )
    L(
        "v14_061",
        "health_food",
        "【痩身】黒しょうが ダイエットサプリ 60粒",
        "飲むだけで1ヶ月-10kg!食事制限なし、運動なしでスルスル痩せる。",
        [WL, BF],
    )
    L(
        "v14_062",
        "food",
        "置き換え ダイエットシェイク 30食",
        "1食置き換えるだけで、誰でも簡単にお腹ぺったんこ。リバウンドなし!",
        [WL, GU],
    )
    L(
        "v14_063",
        "general",
        "着るだけ 加圧シャツ メンズ",
        "着るだけで脂肪燃焼、ウエスト-15cm!",
        WL,
    )
    P(
        "v14_064",
        "#PR このお茶に変えてから2ヶ月で-8kg😳 ごはんも普通に食べてたのに!",
        WL,  # why: disclosed, but an unqualified slimming result from a drink alone
        gifted=True,
        listing__category="food",
    )
    L(
        "v14_065",
        "general",
        "【決算特価】ルームランナー 折りたたみ",
        "メーカー希望小売価格 128,000円 → 39,800円!",
        DP,
        price=39800,
        list_price=128000,
        price__days_observed_56d=56,
        price__days_at_list_price_56d=0,
        price__max_price_56d=42000,
        product_type="treadmill",
        pse_mark="round",
    )
    L(
        "v14_066",
        "general",
        "遠近両用 老眼鏡 チタンフレーム",
        "通常価格19,800円 → 本日限り4,980円",
        DP,
        price=4980,
        list_price=19800,
        price__days_observed_56d=56,
        price__days_at_list_price_56d=3,
        price__max_price_56d=19800,
    )
    L(
        "v14_067",
        "food",
        "【お歳暮】黒毛和牛 すき焼きセット 800g",
        "当店通常価格15,000円のところ 8,800円!",
        DP,
        price=8800,
        list_price=15000,
        price__days_observed_56d=56,
        price__days_at_list_price_56d=1,
        price__max_price_56d=15000,
    )


def _stema_and_sellers(P: Row, S: Row) -> None:
    """Undisclosed or buried advertising in creator posts, and 特商法 seller gaps."""
    P(
        "v14_068",
        "最近のジム後はこのプロテイン一択🏋️ 溶けやすくてダマにならない!"
        " #プロテイン #筋トレ #ジム #筋トレ女子",
        ST,
        gifted=True,
        listing__category="health_food",
    )
    P(
        "v14_069",
        "おばあちゃんに集音器をプレゼント👂 テレビの音量が下がって家族も快適に。"
        " 購入はこちら→リンク",
        ST,
        affiliate_link=True,
        listing__category="general",
    )
    P(
        "v14_070",
        "歯ブラシ替えたら朝のさっぱり感が違う🪥 みんなにも使ってほしい!"
        " #オーラルケア #電動歯ブラシ #歯磨き #朝活 #美容 #丁寧な暮らし #暮らしを楽しむ"
        " #購入品 #おすすめ #便利グッズ #ad",
        ST,  # why: 「#ad」 only as the last of 11 hashtags
        gifted=True,
        listing__category="general",
    )
    P(
        "v14_071",
        "自腹で買いました!この美顔器、本当に毎日使ってる✨",
        ST,  # why: gifted, and the caption claims it was self-bought
        gifted=True,
        listing__category="general",
    )
    P(
        "v14_072",
        "今日のライブ、ありがとう〜!紹介したサプリはカートから✨",
        ST,
        gifted=True,
        transcript=(
            "はーい今日はね、私が毎日飲んでる鉄分サプリ。これほんと良くて、"
            "今日だけクーポン出てるから、みんな今すぐカートに入れてね〜"
        ),
        listing__category="health_food",
    )
    P(
        "v14_073",
        "キッズ用の虫よけバンド、公園遊びのお供に🌳 気になった人はストーリーズから飛べます!"
        " #子育て #外遊び #ママと繋がりたい",
        ST,
        affiliate_link=True,
        listing__category="general",
    )
    S(
        "v14_074",
        TK,
        seller_type="corporate",
        disclosure_legal_name="株式会社サンライズ通販",
        disclosure_address=None,
        disclosure_phone="0120-000-111",
        disclosure_representative="日向 一郎",
        disclosure_return_policy="商品到着後8日以内",
        country="JP",
    )
    S(
        "v14_075",
        TK,
        seller_type="corporate",
        disclosure_legal_name="有限会社アイウェア工房",
        disclosure_address="福井県鯖江市本町1-1-1",
        disclosure_phone=None,
        disclosure_representative=None,
        disclosure_return_policy="未開封に限り7日以内",
        country="JP",
    )
    S(
        "v14_076",
        TK,
        seller_type="corporate",
        disclosure_legal_name="Guangzhou Fit Home Trading Co., Ltd.",
        disclosure_address="Guangzhou",
        disclosure_phone=None,
        disclosure_representative=None,
        disclosure_return_policy=None,
        country="CN",
    )


def _permitted(L: Row, P: Row, S: Row) -> None:
    """Risky words in permitted contexts: the 56 claims, approved wording, disclaimers."""
    L(
        "v14_101",
        "cosmetics",
        "【メンズ】アフターシェーブローション 150ml 送料無料",
        _j(
            "■ひげそり後の肌を整える。",
            "■肌を引きしめる。",
            "■肌にうるおいを与える。",
            "■使用感:メントールでひんやり。",
        ),
        [],
        PERM,  # why: items of the 56 permitted cosmetic claims, near-verbatim
    )
    L(
        "v14_102",
        "cosmetics",
        "ハンドクリーム ギフトセット 3本 母の日",
        "手荒れを防ぐ。肌を保護する。乾燥による小ジワを目立たなくする(効能評価試験済み)。",
        [],
        PERM,
    )
    L(
        "v14_103",
        "cosmetics",
        "日焼け止め ミルク SPF50+ PA++++ キッズ",
        "日やけを防ぐ。日やけによるシミ・ソバカスを防ぐ。石けんで落とせます。",
        [],
        PERM,
    )
    L(
        "v14_104",
        "cosmetics",
        "歯みがき粉 ホワイト 化粧品",
        "歯を白くする。口臭を防ぐ。歯のやにを取る。むし歯を防ぐ(使用時にブラッシングを行う歯みがき類)。",
        [],
        PERM,  # why: oral-care items of the 56 claims
    )
    L(
        "v14_105",
        "cosmetics",
        "ヘアオイル 100ml",
        "毛髪にツヤを与える。毛髪をなめらかにする。裂毛、切毛、枝毛を防ぐ。",
        [],
        PERM,
    )
    L(
        "v14_106",
        "cosmetics",
        "リップバーム 無香料",
        "口唇の荒れを防ぐ。口唇を健やかに保つ。口唇の乾燥によるカサツキを防ぐ。",
        [],
        PERM,
    )
    L(
        "v14_107",
        "cosmetics",
        "【Qoo10】クッションファンデ",
        "メイクアップ効果で毛穴・シミをカバーして目立たなくします。",
        [],
        PERM,  # why: concealing by makeup effect is allowed when stated as such
    )
    P(
        "v14_108",
        "【PR】◯◯化粧品さまからいただきました。乾燥の季節、肌にうるおいを与えるクリームで毎晩ケア🌙"
        " #PR #スキンケア",
        [],
        PERM,
        gifted=True,
        listing__category="cosmetics",
    )
    L(
        "v14_109",
        "quasi_drug",
        "薬用美白美容液 医薬部外品 30ml",
        "メラニンの生成を抑え、シミ・そばかすを防ぐ。※効能効果は承認の範囲内で記載しています。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v14_110",
        "quasi_drug",
        "薬用ハミガキ 医薬部外品 歯周病予防",
        "歯周病(歯肉炎・歯周炎)の予防。口臭の防止。むし歯の発生及び進行の予防。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v14_111",
        "quasi_drug",
        "薬用育毛剤 医薬部外品 メンズ",
        "育毛、薄毛、かゆみ、脱毛の予防、毛生促進、発毛促進、ふけ、病後・産後の脱毛、養毛。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v14_112",
        "quasi_drug",
        "薬用デオドラントスプレー 医薬部外品",
        "わきが(腋臭)、皮フ汗臭、制汗。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v14_113",
        "quasi_drug",
        "薬用 ニキビ 洗顔フォーム 医薬部外品",
        "ニキビを防ぐ。肌荒れを防ぐ。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v14_114",
        "quasi_drug",
        "薬用入浴剤 医薬部外品 詰め替え",
        "効能:疲労回復、肩のこり、腰痛、冷え症、神経痛、リウマチ、痔、あせも、しっしん。",
        [],
        PERM,  # why: standard approved bath-additive efficacy list
        approval="quasi_drug_approved",
    )
    L(
        "v14_115",
        "food",
        "【特定保健用食品】ブレンド茶 500ml×24",
        "本品は食事の脂肪の吸収を抑えるので、脂肪の多い食事をとりがちな方に適しています。食生活は、主食、主菜、副菜を基本に、食事のバランスを。",
        [],
        PERM,
        approval="foshu",
    )
    L(
        "v14_116",
        "health_food",
        "機能性表示食品 GABA 睡眠 30日分",
        _j(
            "届出表示:本品にはGABAが含まれます。GABAには睡眠の質(眠りの深さ)の向上に役立つ機能が報告されています。",
            "■本品は、疾病の診断、治療、予防を目的としたものではありません。",
            "■本品は国の許可を受けたものではありません。",
        ),
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v14_117",
        "health_food",
        "機能性表示食品 ルテイン アイケア",
        "本品にはルテイン・ゼアキサンチンが含まれます。目の黄斑色素量を維持する働きがあり、ブルーライトなどの光刺激からの保護により、目の調子を整える機能が報告されています。",
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v14_118",
        "health_food",
        "栄養機能食品 ビタミンD キッズ グミ",
        "栄養機能食品(ビタミンD)。ビタミンDは、腸管でのカルシウムの吸収を促進し、骨の形成を助ける栄養素です。1日の摂取目安量を守ってください。",
        [],
        PERM,
        approval="fnc",
    )
    L(
        "v14_119",
        "health_food",
        "機能性表示食品 ヒハツ 血圧",
        "本品にはヒハツ由来ピペリン類が含まれます。ヒハツ由来ピペリン類には血圧が高めの方の血圧を下げる機能が報告されています。",
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v14_120",
        "health_food",
        "マルチビタミン 90粒",
        _j(
            "■注意事項:疾病治療中の方、妊娠・授乳中の方は医師にご相談ください。",
            "■糖尿病・高血圧の薬を服用中の方は、かかりつけ医にご確認ください。",
        ),
        [],
        PERM,  # why: disease words appear only as cautions
    )
    L(
        "v14_121",
        "general",
        "書籍 『高血圧は食事で変わる』 管理栄養士監修",
        "高血圧と診断された方の献立を100品収録。減塩のコツを解説した料理本です。",
        [],
        PERM,
        product_type="book",
    )
    L(
        "v14_122",
        "general",
        "上腕式 血圧計 管理医療機器",
        "医療機器認証番号 230AABZX00000000。毎日の血圧測定で、健康管理に。",
        [],
        PERM,
        product_type="medical_device",
    )
    L(
        "v14_123",
        "general",
        "補聴器 耳かけ型 充電式 管理医療機器",
        "医療機器認証取得。難聴の方の聞こえを補います。ご購入前に耳鼻咽喉科での相談をおすすめします。",
        [],
        PERM,
        product_type="medical_device",
    )
    L(
        "v14_124",
        "general",
        "家庭用低周波治療器 医療機器",
        "医療機器認証番号あり。肩こり・腰のこりをほぐす、神経痛・筋肉痛の痛みの緩解。",
        [],
        PERM,
        product_type="medical_device",
    )
    L(
        "v14_125",
        "general",
        "コンタクトレンズ 2week 高度管理医療機器",
        "高度管理医療機器承認番号あり。眼科医の検査・処方を受けてからお使いください。",
        [],
        PERM,  # why: a hospital/doctor mention as an instruction, not an endorsement
        product_type="medical_device",
    )
    L(
        "v14_126",
        "health_food",
        "管理栄養士が考えた 食物繊維 スティック",
        "管理栄養士のレシピから生まれた、毎日の食事にまぜるだけの食物繊維。",
        [],
        PERM,  # why: origin of the recipe, no efficacy endorsement
    )
    L(
        "v14_127",
        "general",
        "病院・介護施設でも使われている 介護用 シーツ 防水",
        "病院や介護施設への納入実績多数の防水シーツ。洗濯機で丸洗いOK。",
        [],
        PERM,  # why: a non-medical good; supply record, not a medical endorsement of efficacy
    )
    L(
        "v14_128",
        "cosmetics",
        "化粧水 200ml",
        "※本品は医薬品ではありません。治療を目的としたものではありません。肌にうるおいを与え、キメを整えます。",
        [],
        PERM,
    )
    L(
        "v14_129",
        "cosmetics",
        "【楽天ランキング1位】美容液 30ml",
        "楽天市場 美容液ランキング デイリー1位(2026年10月3日 集計)。肌にハリを与える。",
        [],
        PERM,
    )
    L(
        "v14_130",
        "health_food",
        "ホエイプロテイン 2kg",
        _j(
            "■満足度93%(2026年6月 当社購入者 n=512 インターネット調査 調査会社:◯◯リサーチ)",
            "■1食あたりたんぱく質21g。シェイカーで10回振るだけ。",
            "■原材料:乳清たんぱく(国内製造)、ココアパウダー、甘味料(スクラロース)、(一部に乳成分を含む)",
            "■注意事項:乳アレルギーの方はお召し上がりにならないでください。",
        ),
        [],
        PERM,
    )
    L(
        "v14_131",
        "general",
        "老眼鏡 ブルーライトカット",
        "Amazon 老眼鏡カテゴリー売れ筋ランキング1位(2026年9月1日〜9月30日 当社調べ)",
        [],
        PERM,
    )
    L(
        "v14_132",
        "general",
        "ルームランナー 電動 家庭用",
        "通常価格59,800円 → セール価格49,800円(11/30まで)",
        [],
        PERM,  # why: the reference price was charged for most of the window
        price=49800,
        list_price=59800,
        price__days_observed_56d=56,
        price__days_at_list_price_56d=50,
        price__max_price_56d=59800,
        product_type="treadmill",
        pse_mark="round",
    )
    P(
        "v14_133",
        "【PR】◯◯株式会社の広告です。ソイプロテインを2週間試しました🥤 溶けやすく飲みやすい!"
        " #PR #プロテイン",
        [],
        PERM,
        gifted=True,
        listing__category="health_food",
    )
    P(
        "v14_134",
        "#広告 #PR 今回は電動歯ブラシを提供いただきました。音波で歯を白くする、歯垢を除去する…と説明書にありました🪥",
        [],
        PERM,
        gifted=True,
        listing__category="general",
    )
    P(
        "v14_135",
        "アフィリエイト広告を利用しています。📌 キッズの防寒ブーツ、去年買ってよかったやつ!",
        [],
        PERM,
        affiliate_link=True,
        listing__category="apparel",
    )
    P(
        "v14_136",
        "[プロモーション] ライブ配信中!今日は補聴器の店からお届け",
        [],
        PERM,
        gifted=True,
        transcript=(
            "こんにちは、この配信はプロモーションです。補聴器は管理医療機器なので、"
            "まずは耳鼻科で聴力検査を受けてから、ご自分に合うものを選んでくださいね"
        ),
        listing__category="general",
    )
    L(
        "v14_137",
        "food",
        "【ふるさと納税】クラフトビール 6本 飲み比べ",
        "■20歳未満の者の飲酒は法律で禁止されています。",
        [],
        PERM,
        product_type="alcohol",
    )
    L(
        "v14_138",
        "food",
        "【お歳暮】本格芋焼酎 1800ml 化粧箱",
        "20歳未満の飲酒は法律で禁止されています。妊娠中・授乳期の飲酒はお控えください。",
        [],
        PERM,
        product_type="alcohol",
    )
    L(
        "v14_139",
        "general",
        "ペティナイフ 12cm 燕三条 業務用",
        "18歳未満の方のご購入はお断りしています。刃物の取扱いに注意。",
        [],
        PERM,
        product_type="knife",
        blade_length_cm=12.0,
    )
    L(
        "v14_140",
        "general",
        "ヘアドライヤー 大風量 PSE適合",
        "電気用品安全法適合(PSEマーク表示)。",
        [],
        PERM,
        product_type="hair_dryer",
        pse_mark="round",
    )
    L(
        "v14_141",
        "cosmetics",
        "【TV通販】オールインワン 美容液ゲル 100g",
        _j(
            "(司会)お肌にハリ・ツヤを与えて、乾燥による小ジワを目立たなくします!",
            "(ゲスト)朝これ1つで、メイクのりが違うんですよ。",
            "※効能評価試験済み ※個人の感想です",
        ),
        [],
        PERM,
    )
    L(
        "v14_142",
        "health_food",
        "【ヤフオク】プロテイン 未開封 3kg",
        _j(
            "購入したものの飲みきれないため出品します。",
            "未開封、賞味期限2027年5月。ペット・喫煙者なしの家庭で保管していました。",
            "すり替え防止のため返品はご遠慮ください。",
        ),
        [],
        PERM,
    )
    L(
        "v14_143",
        "cosmetics",
        "頭皮用 シャンプー 卸 業務用 5L",
        "【理美容室向け】頭皮・毛髪を清浄にする。フケ・カユミを抑える。",
        [],
        PERM,
    )
    L(
        "v14_144",
        "quasi_drug",
        "薬用 ボディローション 医薬部外品",
        "肌あれ、あれ性、あせも・しもやけ・ひび・あかぎれ・にきびを防ぐ。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v14_145",
        "general",
        "歯科医院専売 歯ブラシ やわらかめ 10本",
        "歯科医院向けに作られた歯ブラシ。毛先が細くやわらかめ。",
        [],
        PERM,  # why: a distribution channel, no endorsement of efficacy
    )
    L(
        "v14_146",
        "general",
        "ウォーターサーバー キッズロック付き",
        "医師にご相談の上、ミルク作りにもお使いいただけます。",
        [],
        PERM,
        product_type="water_server",
        pse_mark="round",
    )
    L(
        "v14_147",
        "health_food",
        "ペット用 サプリ 乳酸菌 猫",
        "毎日のごはんにふりかけるだけ。※本品は医薬品ではありません。体調に異常がある場合は獣医師にご相談ください。",
        [],
        PERM,
    )
    L(
        "v14_148",
        "general",
        "ダイエット 体重計 体組成計",
        "体脂肪率・筋肉量を測定して毎日の記録に。",
        [],
        PERM,  # why: a scale that measures; no slimming claim
    )
    L(
        "v14_149",
        "cosmetics",
        "お歳暮 ボディケア ギフトセット",
        "肌を柔らげる。肌をなめらかにする。香りでリラックスしたバスタイムを。",
        [],
        PERM,
    )
    L(
        "v14_150",
        "cosmetics",
        "スポーツ 日焼け止め ジェル",
        "汗・水に強いウォータープルーフ。日やけを防ぐ。",
        [],
        PERM,
    )


def _ordinary(L: Row, P: Row, S: Row) -> None:
    """Ordinary compliant listings, posts and sellers with no risky words."""
    L(
        "v14_201",
        "food",
        "【ふるさと納税】北海道産 ゆめぴりか 10kg 令和8年産",
        "■精米日から1ヶ月以内にお届け。■配送:常温",
    )
    L(
        "v14_202",
        "apparel",
        "キッズ スニーカー マジックテープ 15〜21cm",
        "脱ぎ履きしやすいマジックテープ仕様。洗濯機で洗えます。",
    )
    L(
        "v14_203",
        "general",
        "【メルカリ】ヨガマット 6mm ピンク 中古",
        "半年ほど使用しました。目立つ汚れはありません。丸めて発送します。",
    )
    L(
        "v14_204",
        "general",
        "調光レンズ メガネ スクエア 度付き対応",
        "屋外で色が変わる調光レンズ。度付きレンズへの交換も承ります。",
    )
    L(
        "v14_205",
        "general",
        "ダンベル 可変式 2〜24kg ペア",
        "ダイヤルを回すだけで重さを変更。省スペースで収納できます。",
    )
    L(
        "v14_206",
        "food",
        "【お中元】国産 果汁100% ジュース ギフト 12本",
        "りんご・ぶどう・みかんの3種詰め合わせ。熨斗対応いたします。",
    )
    L(
        "v14_207",
        "general",
        "【業務用】紙コップ 205ml 2500個入",
        "ケース販売。事業者様向け。領収書発行可。",
    )
    L(
        "v14_208",
        "general",
        "歯間ブラシ SSS 50本",
        "ワイヤー入り。サイズ違いでお選びいただけます。",
    )
    L(
        "v14_209",
        "general",
        "シニア向け 大ボタン 携帯電話",
        "文字が大きく、ボタンが押しやすい。緊急ブザー付き。",
        product_type="telephone",
    )
    L(
        "v14_210",
        "general",
        "ペット用 自動給餌器 タイマー付き",
        "1日最大4回、決まった時間にごはんを出します。電池・USB給電両対応。",
        product_type="pet_feeder",
        pse_mark="round",
    )
    L(
        "v14_211",
        "food",
        "スポーツドリンク 粉末 1L用×10袋",
        "水に溶かすだけ。運動中の水分補給に。",
    )
    L(
        "v14_212",
        "general",
        "ランニングポーチ 防水",
        "スマホ・鍵が入るウエストポーチ。揺れにくいフィット設計。",
    )
    L(
        "v14_213",
        "general",
        "【LINEショップ】クリスマス 絵本 3冊セット",
        "LINEお友だち限定で送料無料。ラッピング承ります。",
        product_type="book",
    )
    L(
        "v14_214",
        "cosmetics",
        "【ヤフオク】香水 オードトワレ 50ml 残量8割",
        "自宅保管品です。箱はありません。",
    )
    L(
        "v14_215",
        "general",
        "メガネ拭き マイクロファイバー 5枚",
        "レンズ・スマホ画面のお手入れに。",
    )
    L(
        "v14_216",
        "general",
        "ベビーゲート 突っ張り式",
        "工具不要で取り付け。幅75〜95cmに対応。",
    )
    L(
        "v14_217",
        "food",
        "【ふるさと納税】宮崎県産 完熟マンゴー 2玉",
        "発送は6月上旬から順次。到着後はお早めにお召し上がりください。",
    )
    P(
        "v14_218",
        "週末は家族でキャンプ🏕 焚き火でマシュマロ焼いた〜 #キャンプ #ファミリーキャンプ",
    )
    P(
        "v14_219",
        "今日の宅トレ記録📝 スクワット50回、プランク2分。 #宅トレ #運動記録",
    )
    P(
        "v14_220",
        "新しいメガネ作りました👓 フレームは鯖江の職人さんのもの、かけ心地が軽い!",
    )
    P(
        "v14_221",
        "【PR】◯◯株式会社さまのキッズ食器をいただきました🍽 割れにくくて取り皿にぴったり。 #PR",
        gifted=True,
        listing__category="general",
    )
    L(
        "v14_222",
        "general",
        "ステッパー 静音 コンパクト",
        "マンションでも使いやすい静音設計。使わないときはソファ下に収納。",
    )
    S(
        "v14_223",
        [],
        None,
        seller_type="corporate",
        disclosure_legal_name="株式会社サバエグラス",
        disclosure_address="福井県鯖江市旭町2-3-4",
        disclosure_phone="0778-11-2222",
        disclosure_representative="鯖江 太郎",
        disclosure_return_policy="商品到着後8日以内(度付きレンズは返品不可)",
        country="JP",
    )
    S(
        "v14_224",
        [],
        None,
        seller_type="corporate",
        disclosure_legal_name="株式会社フィットホーム",
        disclosure_address="大阪府大阪市北区梅田1-2-3",
        disclosure_phone="06-1234-5678",
        disclosure_representative="近藤 健",
        disclosure_return_policy="未使用品に限り到着後8日以内、返送料はお客様負担",
        country="JP",
    )
    L(
        "v14_225",
        "food",
        "【お歳暮】京都 老舗 漬物 詰め合わせ 5種",
        "千枚漬け・すぐき・しば漬けなど。要冷蔵。",
    )
