"""Held-out ad texts, written after the lexicons were tuned and scored once.

Kept in a module of its own so it is clear which rows the lexicons never saw while they
were being tuned. ``add_holdout(L, P, S)`` adds them with the row constructors of
``build_jp_ads_eval.py``.
"""

from __future__ import annotations

from collections.abc import Callable

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
PERM = "permitted"


def add_holdout(L: Callable[..., None], P: Callable[..., None], S: Callable[..., None]) -> None:
    # disease
    L(
        "h01",
        "health_food",
        "国産しいたけ菌糸体エキス",
        "再発が怖い乳がんの術後ケアに選ばれています",
        D,
    )
    L(
        "h02",
        "food",
        "玉ねぎの皮茶",
        "ドロドロ血液をサラサラにして、脳梗塞とは無縁の毎日へ",
        [D, BF],
    )
    L("h03", "health_food", "ルテオリン 尿酸サポート", "痛風のつらい発作とさよならしたい方へ", D)
    L("h04", "general", "竹布 腹巻き", "巻いて寝るだけで冷えからくる下痢が治まった", D)
    L(
        "h05",
        "cosmetics",
        "ドクダミ石けん",
        "背中ニキビに悩む方へ。洗うたびにニキビが消えていく",
        [D, CS],
    )
    L("h06", "health_food", "乳酸菌チュアブル", "子どもの喘息が落ち着いて、夜ぐっすり", D)
    L("h07", "food", "甜菜糖シロップ", "糖尿病の方でも血糖値が上がらない！", [D, BF])
    L("h08", "health_food", "青パパイヤ酵素", "アレルギー性鼻炎がぴたりと止まった体験談", D)
    L("h09", "general", "テラヘルツ鉱石 ペンダント", "持ち歩くだけで自律神経が整い、不眠も解消", D)
    L("h10", "health_food", "亜麻仁油カプセル", "花粉の時期の目のかゆみがウソのよう", D)
    P("h11", "【PR】このハーブティー、飲み始めて2週間で片頭痛が出なくなった🥹", D, gifted=True)
    # body function
    L(
        "h20",
        "health_food",
        "サーチュイン 若返りサプリ",
        "細胞から若々しく。老化のスピードをゆるやかに",
        BF,
    )
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
    L(
        "h40",
        "cosmetics",
        "オールインワンジェル",
        "肌を整え、肌にハリを与える。うるおいを与えて乾燥を防ぐ",
        [],
        PERM,
    )
    L("h41", "cosmetics", "ヘアミルク", "髪にうるおいを与え、クシどおりをよくする", [], PERM)
    L(
        "h42",
        "quasi_drug",
        "薬用ホワイトニングエッセンス 医薬部外品",
        "メラニンの生成を抑え、シミ・ソバカスを防ぎます。肌荒れを防ぐ",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "h43",
        "cosmetics",
        "BBクリーム",
        "シミやそばかすを自然にカバー。くすみを飛ばして明るい印象に",
        [],
        PERM,
    )
    L(
        "h44",
        "cosmetics",
        "ニキビケア洗顔料",
        "洗浄によりニキビを防ぐ。さっぱりとした洗い上がり",
        [],
        PERM,
    )
    # guarantee, endorsement, dosage
    L("h50", "cosmetics", "まつげ美容液", "どんな人でも100%伸びる、結果保証", [GU, CS])
    L("h51", "health_food", "腸活サプリ", "合成成分ゼロなので副作用の心配なし", GU)
    L("h52", "cosmetics", "ブースター美容液", "塗った瞬間から違いを実感できる最強ブースター", GU)
    L("h53", "health_food", "グルコサミン", "整形外科医が自分の親にも飲ませている", EN)
    L("h54", "cosmetics", "美容液", "有名クリニックの医師と共同開発した美容液", EN)
    L("h55", "health_food", "プラセンタ", "1日3回、食前に4粒を水で服用してください", DO)
    L("h56", "health_food", "ビタミンD", "1日1粒を目安に、水などでお召し上がりください。", [], PERM)
    L(
        "h57",
        "health_food",
        "乳酸菌",
        "服用中のお薬がある方は、かかりつけ医にご相談ください",
        [],
        PERM,
    )
    # approved claims
    L(
        "h60",
        "food",
        "機能性表示食品 青汁",
        "食後の血糖値の上昇を抑える機能が報告されています",
        [],
        PERM,
        approval="fnfc",
    )
    L("h61", "food", "粉末緑茶", "食後の血糖値の上昇をおだやかにしたい方へ", AC, approval="none")
    L("h62", "health_food", "トクホのサプリ", "体脂肪を減らすのを助けます", AC, approval="none")
    # No.1 and double price
    L("h70", "cosmetics", "口コミ評価No.1 美容液", "たくさんの方に選ばれています", N1)
    L(
        "h71",
        "electrical",
        "業界最大容量のモバイルバッテリー",
        "30000mAh",
        N1,
        product_type="mobile_battery",
        pse_mark="round",
    )
    L("h72", "food", "日本一の生産量を誇る産地のみかん", "甘くてジューシー", N1)
    L("h73", "general", "デスクチェア", "元値19,800円から大幅値下げ！", DP, price=9800)
    # weight loss
    L("h80", "health_food", "糖質カットサプリ", "ラーメンもケーキも我慢しないで-6kg", WL)
    L("h81", "apparel", "ダイエットスリッパ", "履いて家事をするだけで太ももが細くなる", WL)
    L("h82", "food", "黒しょうがスープ", "寝る前に飲むだけで、翌朝お腹がへこんでる！", [WL, GU, BF])
    L(
        "h83",
        "electrical",
        "振動マシン",
        "乗っているだけで二の腕も太ももも引き締まり、体重が落ちる",
        WL,
    )
    L(
        "h84",
        "apparel",
        "Aラインワンピース",
        "気になるお腹まわりを隠して、すっきりシルエット",
        [],
        PERM,
    )
    # stema
    P(
        "h90",
        "話題の美顔器をお試し中。肌がもっちりしてびっくり",
        ST,
        hashtags="#美顔器 #スキンケア",
        gifted=True,
    )
    P("h91", "PRではありません！自分で選んだ推しコスメ", ST, affiliate_link=True)
    P("h92", "#タイアップ 新作ゲーミングマウスを使ってみた", [], PERM, shop_tag=True)
    P("h93", "朝ごはんのグラノーラ🥣", [], None, hashtags="#朝ごはん #グラノーラ")
    # sellers
    S(
        "h95",
        TK,
        seller_type="corporate",
        disclosure_legal_name="株式会社ハル",
        disclosure_address="東京都品川区",
        disclosure_phone="03-4444-5555",
        disclosure_representative="春田",
        disclosure_return_policy="7日以内",
        country="JP",
    )
    S(
        "h96",
        [],
        None,
        seller_type="corporate",
        disclosure_legal_name="株式会社アキ",
        disclosure_address="宮城県仙台市青葉区一番町2-2-2",
        disclosure_phone="022-222-2222",
        disclosure_representative="秋山",
        disclosure_return_policy="到着後8日以内",
        country="JP",
    )
    # ordinary listings
    L("h97", "food", "国産 はと麦茶 52袋", "香ばしくすっきり。ノンカフェインで家族みんなで", [])
    L("h98", "general", "珪藻土バスマット", "吸水性抜群ですぐ乾く", [])
    L(
        "h99",
        "cosmetics",
        "ヘアカラー トリートメント",
        "白髪をしっかり染めて、髪にツヤを与える",
        [],
        PERM,
    )


def add_holdout2(L: Callable[..., None], P: Callable[..., None], S: Callable[..., None]) -> None:
    """A second held-out batch, written after the first one had been used for tuning."""
    L("i01", "health_food", "霊芝エキス顆粒", "抗がん剤の副作用に苦しむ家族のために選びました", D)
    L("i02", "food", "杜仲茶", "高血圧ぎみの方の毎日の一杯。数値が下がったと喜びの声", [D, BF])
    L("i03", "health_food", "オルニチン", "肝臓の数値が気になる方、γ-GTPが改善しました", [D, BF])
    L("i04", "general", "磁気枕", "首のこりや寝違えの痛みがスッと引いていく", D)
    L("i05", "cosmetics", "ヒルドイド類似 保湿クリーム", "乾燥性湿疹によく効くと評判", [D, CS])
    L("i06", "health_food", "ラクトフェリン", "ノロウイルスやインフルエンザにかかりにくい体へ", D)
    L("i07", "food", "えんめい茶", "胃痛や胸やけで悩むことがなくなりました", D)
    L("i08", "health_food", "コエンザイムQ10", "心臓の病気を予防して、いつまでも元気に", D)
    L("i09", "general", "足裏シート", "貼って寝るだけで毒素が排出され、むくみや頭痛もなくなる", [D])
    P(
        "i10",
        "#PR 歯周病で歯ぐきから血が出てたのに、この歯みがき粉で治った！",
        D,
        affiliate_link=True,
    )
    L(
        "i20",
        "health_food",
        "カプサイシン&生姜",
        "内側からカッカと燃えて、汗が止まらない燃焼ボディへ",
        BF,
    )
    L("i21", "food", "発酵玄米", "腸のぜん動運動を活発にして、出すチカラを応援", BF)
    L("i22", "health_food", "アルギニン", "成長期の子どもの背を伸ばす栄養", BF)
    L("i23", "health_food", "ブドウ糖タブレット", "脳のエネルギーを補給して集中力が続く", BF)
    L("i24", "food", "玄米黒酢", "疲れにくい体をつくる", BF)
    L("i25", "health_food", "ウコン", "肝臓のはたらきを助けてお酒に強くなる", BF)
    L("i30", "cosmetics", "ホワイトクリーム", "塗るたびに肌が白くなっていく", CS)
    L("i31", "cosmetics", "アイセラム", "目元の小じわがピンと伸びて消えていく", CS)
    L("i32", "cosmetics", "頭皮エッセンス", "薄毛が改善して分け目が目立たなくなった", [CS, QD])
    L("i33", "cosmetics", "バストジェル", "塗ってマッサージでカップ数アップ", CS)
    L("i34", "cosmetics", "毛穴美容液", "毛穴がキュッと閉じて、ゆで卵肌に生まれ変わる", CS)
    L("i35", "cosmetics", "ネイル美容液", "割れやすい爪を修復して丈夫な爪に", CS)
    L("i40", "cosmetics", "保湿ミルク", "皮膚の乾燥を防ぎ、肌をなめらかにする", [], PERM)
    L(
        "i41",
        "cosmetics",
        "フェイスパウダー",
        "毛穴や小ジワをふんわりぼかして目立たなく見せる",
        [],
        PERM,
    )
    L(
        "i42",
        "cosmetics",
        "ヘアトリートメント",
        "毛髪の水分・油分を補い、髪にハリ・コシを与える",
        [],
        PERM,
    )
    L(
        "i43",
        "quasi_drug",
        "薬用歯みがき 医薬部外品",
        "歯周炎(歯槽膿漏)の予防、歯肉炎の予防、口臭の防止",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "i44",
        "health_food",
        "青汁",
        "本品は医薬品ではありません。体質に合わない場合はご使用を中止してください",
        [],
        PERM,
    )
    L(
        "i45",
        "cosmetics",
        "日焼け止め",
        "紫外線から肌を守り、日やけによるシミ・ソバカスを防ぐ",
        [],
        PERM,
    )
    L("i50", "health_food", "ナイトサプリ", "絶対に痩せる！結果が出なければ全額返金", [GU, BF, WL])
    L("i51", "cosmetics", "アイクリーム", "わずか1週間でクマが消える", [GU, CS])
    L(
        "i52", "health_food", "コラーゲンゼリー", "医師の87%が推奨するコラーゲン", [EN, N1]
    )  # relabelled in round 11: a profession's recommendation rate without a source is also keihyo_no1 (lead's decision)
    L(
        "i53",
        "cosmetics",
        "敏感肌ローション",
        "皮膚科専門医が開発した、赤ちゃんにも使えるローション",
        EN,
    )
    L("i54", "health_food", "黒にんにく粒", "1日2回、朝夕の食後に3粒を服用", DO)
    L("i55", "health_food", "乳酸菌", "1日3粒を目安に水などでお召し上がりください", [], PERM)
    L(
        "i60",
        "food",
        "トマトジュース",
        "血圧が高めの方に適した機能性表示食品です",
        AC,
        approval="none",
    )
    L(
        "i61",
        "food",
        "機能性表示食品 トマトジュース",
        "血圧が高めの方に適した食品です",
        [],
        PERM,
        approval="fnfc",
    )
    L("i70", "cosmetics", "売れ筋No.1 化粧水", "みんな使ってる", N1)
    L("i71", "general", "人気ランキング第1位のマットレス", "体圧分散", N1)
    L(
        "i72",
        "electrical",
        "ドライヤー",
        "Yahoo!ショッピング ランキング1位(2024年6月1日 ヘアドライヤー部門)",
        [],
        PERM,
        product_type="hair_dryer",
        pse_mark="round",
    )
    L("i80", "health_food", "スリムサプリ", "普段の生活のまま、3ヶ月でマイナス12kgに成功", WL)
    L("i81", "apparel", "着圧ソックス", "はいて寝るだけで脚がみるみる細くなる", WL)
    L("i82", "electrical", "EMSパッド", "貼って家事をしているだけで腹筋が割れて体重も落ちる", WL)
    L("i83", "apparel", "ストレッチデニム", "縦のラインで脚長・着やせ見え", [], PERM)
    P(
        "i90",
        "最近のお気に入りスキンケア。しっとりしてすごくいい",
        ST,
        gifted=True,
        hashtags="#スキンケア",
    )
    P("i91", "提供品ではなく自分で購入したものです！", ST, affiliate_link=True)
    P("i92", "【広告】新しいスニーカーで朝ラン", [], PERM, affiliate_link=True)
    L("i97", "food", "国産 ほうじ茶", "香ばしい香りでリラックス", [])
    L("i98", "general", "木製 まな板", "ひのき材で抗菌性が高い", [])
    L("i99", "cosmetics", "ボディソープ", "肌にうるおいを与えながら洗い上げる", [], PERM)


def add_holdout3(L: Callable[..., None], P: Callable[..., None], S: Callable[..., None]) -> None:
    """A third held-out batch, written after every tuning round, scored once for the docs."""
    L("j01", "health_food", "プロポリスキャンディ", "のどの腫れや扁桃炎に悩む方におすすめ", D)
    L("j02", "food", "黒ごまきな粉", "貧血ぎみだった私がふらつかなくなりました", D)
    L("j03", "general", "ホルミシス石 敷きパッド", "寝ているだけでリウマチの痛みが軽減", D)
    L("j04", "health_food", "ビルベリー", "飛蚊症がいつの間にか気にならなくなった", D)
    L("j05", "food", "ハトムギ茶", "いぼがポロッと取れたという声も", D)
    L("j06", "health_food", "クルクミン", "がん細胞の増殖を抑える研究も", [D, BF])
    P("j07", "#PR この入浴剤で長年の腰痛とおさらば🛁", D, gifted=True)
    L("j10", "health_food", "黒酢もろみ", "ドロドロ血をサラサラにして血管年齢マイナス10歳", BF)
    L("j11", "food", "甘酒", "腸を元気にして、体の内側からデトックス", BF)
    L(
        "j12",
        "health_food",
        "ゴールデンキウイ粉末",
        "便秘がちな方の腸活に。お通じがスムーズに",
        [BF, D],
    )
    L("j13", "health_food", "亜鉛", "精子の数を増やすサポート", BF)
    L("j14", "food", "コーヒー", "カフェインで脂肪を燃えやすくする", [BF, WL])
    L("j20", "cosmetics", "リンクルクリーム", "深いシワもアイロンをかけたようにピーンと伸びる", CS)
    L("j21", "cosmetics", "美容液", "肌の内側から細胞レベルで生まれ変わる", CS)
    L("j22", "cosmetics", "スカルプセラム", "抜け毛がピタリと止まりました", CS)
    L("j23", "cosmetics", "アイセラム", "目の下のたるみがなくなり、若々しい目元に", CS)
    L("j24", "cosmetics", "デリケートゾーン用ソープ", "黒ずみがみるみる薄くなる", [CS, GU])
    L(
        "j30",
        "cosmetics",
        "乳液",
        "効果には個人差があります。肌にうるおいを与え、キメを整えます",
        [],
        PERM,
    )
    L("j31", "cosmetics", "マスカラ", "まつげを長く見せるロングタイプ", [], PERM)
    L("j32", "health_food", "青汁", "健康診断の数値が気になる方は医師に相談しましょう", [], PERM)
    L(
        "j33",
        "quasi_drug",
        "薬用ハンドクリーム 医薬部外品",
        "手荒れ、ひび、あかぎれを防ぐ",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L("j34", "cosmetics", "ヘアオイル", "ダメージで広がる髪をまとめ、ツヤを与える", [], PERM)
    L(
        "j35",
        "food",
        "機能性表示食品 ヨーグルト",
        "BMIが高めの方の腹部の脂肪を減らす機能があることが報告されています",
        [],
        PERM,
        approval="fnfc",
    )
    L("j40", "cosmetics", "クリーム", "2週間で必ず変わる。変わらなければ返金", GU)
    L("j41", "health_food", "サプリ", "大学教授も驚いた驚異の効き目", [GU, EN])
    L("j42", "cosmetics", "化粧水", "有名皮膚科クリニックの院長おすすめ", EN)
    L("j43", "health_food", "ウコン", "飲み会の前に2錠、翌朝にも2錠を服用", DO)
    L("j50", "food", "有機ルイボスティー", "ランキング1位！", N1)
    L("j51", "health_food", "酵素ドリンク", "置き換えるだけで、気づけば-5kg", WL)
    L("j52", "apparel", "骨盤ベルト", "巻くだけでぽっこりお腹がぺたんこに", WL)
    L("j53", "apparel", "ロングカーディガン", "縦長シルエットで着やせ効果", [], PERM)
    P("j60", "このファンデ、1日中崩れない！", ST, gifted=True, hashtags="#ファンデ #ベースメイク")
    P("j61", "【PR】このファンデ、1日中崩れない！", [], PERM, gifted=True)
    L("j70", "general", "ガーデニング用 剪定ばさみ", "よく切れる両刃タイプ", [])
    L("j71", "food", "がんもどき 10個", "ふっくら炊いておでんに", [])
    L("j72", "apparel", "ストレッチスキニー", "脚のラインをすっきり見せる", [], PERM)


def add_holdout4(L: Callable[..., None], P: Callable[..., None], S: Callable[..., None]) -> None:
    """A fourth held-out batch, written after the last tuning round; its first score is the
    figure reported as the pack's expected recall on unseen copy."""
    L("u01", "health_food", "乳酸菌EX", "子どもの中耳炎がくり返さなくなりました", D)
    L("u02", "food", "玄米スープ", "術後の体力回復とがんの再発予防に", [D, BF])
    L("u03", "general", "遠赤外線 腰ベルト", "ヘルニアのつらさが和らぎ、仕事に復帰できた", D)
    L("u04", "health_food", "オメガ3", "うつ気分が晴れて前向きになれる", D)
    L("u05", "food", "しょうがシロップ", "冷え症さんの毎日のお供に", D)
    P("u06", "【PR】花粉の季節、このお茶で鼻がスーッと通るようになった", D, gifted=True)
    L("u10", "health_food", "NMN", "体の中から若さを取り戻す", BF)
    L("u11", "food", "青汁", "野菜不足の解消と、ぽっこりお腹のスッキリに", [BF, WL])
    L("u12", "health_food", "マカ", "朝の元気がみなぎる男のパワー", BF)
    L("u13", "health_food", "DHA", "脳の働きを活性化して勉強がはかどる", BF)
    L("u20", "cosmetics", "クリーム", "ほうれい線がふっくら持ち上がり、目立たなくなる", CS)
    L("u21", "cosmetics", "ジェル", "デコルテのぶつぶつがつるんと消える", CS)
    L("u22", "cosmetics", "美容オイル", "妊娠線が薄くなった", CS)
    L("u23", "cosmetics", "スカルプシャンプー", "髪のボリュームが復活して若々しく", CS)
    L(
        "u30",
        "cosmetics",
        "保湿クリーム",
        "乾燥による小ジワを目立たなくする(効能評価試験済み)。肌にハリを与える",
        [],
        PERM,
    )
    L(
        "u31",
        "health_food",
        "マルチビタミン",
        "食事で不足しがちなビタミンを補給。健康が気になる方の毎日に",
        [],
        PERM,
    )
    L("u32", "food", "黒豆茶", "ノンカフェインで妊娠中の方にも。香ばしい味わい", [], PERM)
    L(
        "u33",
        "cosmetics",
        "ボディソープ",
        "皮膚を清浄にし、肌荒れを防ぐ。ニキビの原因となる汚れを落とす洗浄料",
        [],
        PERM,
    )
    L(
        "u34",
        "health_food",
        "グルコサミン",
        "階段の上り下りが気になる方の毎日の健康維持に",
        [],
        PERM,
    )
    L("u40", "cosmetics", "美容液", "たった1本で見違える、奇跡の美容液", GU)
    L("u41", "health_food", "黒酢", "医学博士が推奨する飲む黒酢", EN)
    L("u42", "health_food", "高麗人参", "1日3回、1回3粒を水とともに", DO)
    L("u43", "food", "甘酒", "1日3回の食事のお供に", [], PERM)
    L("u50", "apparel", "着圧レギンス", "はいて過ごすだけで、脚が-3cm細くなる", WL)
    L("u51", "health_food", "ダイエットサプリ", "ズボンのサイズが2つ下がった", WL)
    P("u60", "このリップ神すぎる…！", ST, affiliate_link=True, hashtags="#リップ")
    L("u70", "general", "ステーキナイフ 両刃 4本組", "刃渡り11cm", [], None, blade_length_cm=11.0)


def add_holdout5(L: Callable[..., None], P: Callable[..., None], S: Callable[..., None]) -> None:
    """A fifth held-out batch (2026-11-27), written before the generalisation round: EC
    listings, LP copy, creator testimonials and 口コミ-style text, in styles the earlier
    batches did not use (long LP sentences, reviewer quotes, 「〜だった私が」, numbers).
    Its first score is in docs/pack-jp.md."""
    # --- disease / symptom claims, phrased indirectly
    L(
        "v5_001",
        "health_food",
        "グルコサミン&コンドロイチン",
        "「正座ができるようになりました」(70代女性)。膝の痛みで諦めていた旅行にも",
        D,
    )
    L(
        "v5_002",
        "health_food",
        "ノコギリヤシ",
        "夜中に何度もトイレに起きていたのが嘘みたいに朝までぐっすり",
        D,
    )
    L("v5_003", "food", "ごぼう茶", "長年の便秘がうそのようにスルッと。毎朝スッキリ", D)
    L(
        "v5_004",
        "health_food",
        "ルテイン40mg",
        "目のかすみがとれて、新聞の字がくっきり読めるように",
        D,
    )
    L("v5_005", "general", "磁気ネックレス", "つけた翌朝から首のこりがほぐれて、頭痛薬いらずに", D)
    L(
        "v5_006",
        "health_food",
        "GABA配合サプリ",
        "寝つきが悪くて悩んでいた私が、布団に入って5分で夢の中",
        D,
    )
    L("v5_007", "food", "べにふうき緑茶", "春先のムズムズ・くしゅくしゅにサヨナラ", D)
    L(
        "v5_008",
        "health_food",
        "プラセンタ粒",
        "更年期のほてりやイライラが穏やかになったと喜びの声",
        D,
    )
    L(
        "v5_009",
        "general",
        "よもぎ蒸しパッド",
        "生理痛で毎月寝込んでいたのに、今月は鎮痛剤なしで過ごせた",
        D,
    )
    L("v5_010", "health_food", "ビルベリー", "パソコン仕事で疲れ目・ドライアイの方の救世主", D)
    L(
        "v5_011",
        "food",
        "しじみ汁フリーズドライ",
        "健康診断でγ-GTPの数値が下がった!と驚きの声",
        [D, BF],
    )
    L(
        "v5_012",
        "health_food",
        "ナットウキナーゼ",
        "血栓ができにくい体へ。脳梗塞が心配なお父さんに",
        [D, BF],
    )
    L("v5_013", "general", "足つぼマット", "むくみと冷えが改善、足先までポカポカ", D)
    L("v5_014", "health_food", "乳酸菌LG21相当", "ピロリ菌を減らして胃の不快感とおさらば", D)
    L("v5_015", "food", "甜茶", "鼻づまりで眠れない夜から解放されました", D)
    L(
        "v5_016",
        "health_food",
        "ヒアルロン酸 ドリンク",
        "ひざの曲げ伸ばしがスムーズに。階段も手すりなしで",
        D,
    )
    L(
        "v5_017",
        "general",
        "温熱サポーター",
        "五十肩で上がらなかった腕が、耳の横まで上がるように",
        D,
    )
    L("v5_018", "health_food", "ブロッコリースプラウト", "がんになりにくい体づくりに", D)
    L(
        "v5_019",
        "food",
        "菊芋チップス",
        "ヘモグロビンA1cが気になる方にも。食後の数値が違う",
        [D, BF],
    )
    L("v5_020", "health_food", "亜鉛サプリ", "味覚障害が戻ってきた、と口コミで話題", D)
    L("v5_021", "general", "耳つぼジュエリー", "長年の耳鳴りが静かになった、とリピーター続出", D)
    L("v5_022", "health_food", "DHA&EPA", "物忘れが減って、家族にも驚かれました", D)
    L("v5_023", "food", "はちみつレモン", "喉のイガイガが一晩でおさまる", [D, GU])
    L("v5_024", "health_food", "イミダペプチド", "慢性疲労で動けなかった日々が嘘のよう", D)
    L(
        "v5_025",
        "general",
        "ゲルマニウム温浴パウダー",
        "痛風持ちの夫が、発作が起きなくなったと話しています",
        D,
    )
    L(
        "v5_026",
        "health_food",
        "乳酸菌サプリ キッズ",
        "アトピーでかきむしっていた息子の肌がつるつるに",
        D,
    )
    L("v5_027", "food", "黒にんにく", "風邪をひかない体になりました！(40代男性)", D)
    L("v5_028", "health_food", "プロポリス", "口内炎ができてもすぐ治っちゃう", D)
    L("v5_029", "general", "マイナスイオン枕", "いびきと無呼吸が気にならなくなったと妻が驚き", D)
    L("v5_030", "health_food", "鉄分サプリ", "貧血でふらふらしていたのが嘘のように元気", D)
    P(
        "v5_031",
        "【PR】これ飲み始めてから偏頭痛の回数が激減。薬を持ち歩かなくなったよ",
        D,
        gifted=True,
    )
    P(
        "v5_032",
        "【PR】ずっと悩んでた逆流性食道炎、このお茶にしてから胸やけしなくなった…",
        D,
        gifted=True,
    )
    P(
        "v5_033",
        "【PR】花粉症の私が今年はティッシュいらず！このサプリのおかげ",
        D,
        affiliate_link=True,
    )
    # --- body function / rejuvenation / vitality
    L("v5_040", "health_food", "NMN 15000", "年齢に逆らう。見た目も中身も10歳若返る", BF)
    L("v5_041", "health_food", "シトルリン&アルギニン", "男の自信を取り戻す。夜のパワーが違う", BF)
    L("v5_042", "food", "酵素ドリンク", "腸内環境を整えてデトックス、老廃物をどっさり排出", BF)
    L("v5_043", "health_food", "イチョウ葉", "記憶力アップ、頭の回転が速くなる", BF)
    L("v5_044", "health_food", "αリポ酸", "燃える体質へ。基礎代謝が上がって太りにくい", [BF, WL])
    L("v5_045", "food", "バナバ茶", "糖の吸収をブロック！食べても安心", BF)
    L(
        "v5_046",
        "health_food",
        "コエンザイムQ10",
        "細胞レベルでエネルギーを生み出し、疲れ知らずの毎日",
        BF,
    )
    L(
        "v5_047",
        "health_food",
        "ビタミンD3",
        "免疫のスイッチをONにして、ウイルスに負けない",
        [BF, D],
    )
    L("v5_048", "food", "ルイボスティー", "体のサビを落としてアンチエイジング", BF)
    L("v5_049", "health_food", "成長期サプリ", "身長がぐんぐん伸びる！クラスで一番後ろに", BF)
    L("v5_050", "health_food", "肝臓エキス", "二日酔い知らず。翌朝もシャキッと", BF)
    L("v5_051", "food", "黒酢ドリンク", "高めの血圧がスッと下がってきた", BF)
    L("v5_052", "health_food", "テストステロンブースター", "筋肉がつきやすい体に変わる", BF)
    L("v5_053", "health_food", "ラクトフェリン", "内臓脂肪にダイレクトに働きかける", [BF, WL])
    L("v5_054", "food", "ゴーヤ粉末", "血糖値の急上昇を抑えてくれる", BF)
    L("v5_055", "health_food", "ヘム鉄+葉酸", "血液がドロドロからサラサラへ", BF)
    L("v5_056", "health_food", "プエラリア", "バストアップ！2カップアップの声も", BF)
    L("v5_057", "food", "チアシード", "ホルモンバランスを整えてPMSを軽くする", [BF, D])
    L("v5_058", "health_food", "睡眠サプリ", "深い眠りで成長ホルモンが出まくる", BF)
    P(
        "v5_059",
        "【PR】このプロテイン、飲むと体が内側から若返る感じ。肌も髪も20代に戻ったみたい",
        BF,
        gifted=True,
    )
    P("v5_060", "【PR】朝これ一杯で代謝爆上がり🔥", BF, affiliate_link=True)
    # --- cosmetics beyond the 56
    L("v5_070", "cosmetics", "レチノール美容液", "塗って寝るだけで翌朝シワが浅くなってる", CS)
    L("v5_071", "cosmetics", "ピーリングジェル", "角栓がごっそり取れて、毛穴が消えたみたい", CS)
    L("v5_072", "cosmetics", "育毛トニック", "つむじの地肌が見えなくなった！産毛が生えてきた", CS)
    L("v5_073", "cosmetics", "アイクリーム", "目の下のクマが1週間でバイバイ", [CS, GU])
    L("v5_074", "cosmetics", "ハイドロキノン配合クリーム", "長年のシミが剥がれるように薄く", CS)
    L("v5_075", "cosmetics", "ネッククリーム", "首のシワがアイロンをかけたように伸びる", CS)
    L("v5_076", "cosmetics", "まつげ美容液", "まつげがぐんぐん伸びて、マツエク卒業", CS)
    L(
        "v5_077",
        "cosmetics",
        "フェイスクリーム",
        "顔のたるみが引き上がって、フェイスラインがシャープに",
        CS,
    )
    L("v5_078", "cosmetics", "白髪ケアシャンプー", "白髪が黒髪に戻ってきた", CS)
    L("v5_079", "cosmetics", "ニキビ跡クリーム", "クレーターのような凸凹肌がなめらかに再生", CS)
    L("v5_080", "cosmetics", "ボディクリーム", "二の腕のぶつぶつがなくなりました", CS)
    L("v5_081", "cosmetics", "美白美容液", "肝斑まで消えちゃった", [CS, D])
    L("v5_082", "cosmetics", "リップ美容液", "縦じわが消えて、唇がふっくらボリュームアップ", CS)
    L("v5_083", "cosmetics", "オールインワンゲル", "肌年齢マイナス10歳！", CS)
    P(
        "v5_084",
        "【PR】このセラム使って2週間、ほうれい線ほぼ見えなくなってて震えた",
        CS,
        gifted=True,
    )
    P("v5_085", "【PR】毛穴の黒ずみが溶けてなくなるクレンジングバーム", CS, affiliate_link=True)
    P(
        "v5_086",
        "【PR】抜け毛が減って、排水口を見るのが怖くなくなった",
        CS,
        gifted=True,
        listing__category="cosmetics",
    )
    # --- weight loss, implied and quantified
    L(
        "v5_090",
        "health_food",
        "カロリーカットサプリ",
        "ウエストマイナス12cm！去年のデニムがするっと入る",
        [BF, WL],
    )
    L("v5_091", "apparel", "骨盤ショーツ", "はくだけでお腹まわりが細くなる", WL)
    L("v5_092", "health_food", "白いんげん豆", "3ヶ月でマイナス7キロ、体脂肪率も5%ダウン", [BF, WL])
    L(
        "v5_093",
        "food",
        "置き換えスムージー",
        "朝ごはんを置き換えるだけで、体重計に乗るのが楽しみに",
        [BF, WL],
    )
    L("v5_094", "general", "EMSベルト", "巻いて座っているだけで、腹筋が割れる", WL)
    L(
        "v5_095",
        "health_food",
        "ダイエット茶",
        "産後太りが戻らなかった私が、妊娠前の体重に",
        [BF, WL],
    )
    L("v5_096", "health_food", "黒しょうがサプリ", "LサイズからSサイズに！", [BF, WL])
    L("v5_097", "food", "こんにゃくゼリー", "おやつを我慢せずに、みるみるスリムに", [BF, WL])
    L("v5_098", "general", "サウナスーツ", "着て家事をするだけで2kg減", WL)
    P(
        "v5_099",
        "【PR】このサプリ飲んでから1ヶ月で-5kg。ほんとに食事そのままだよ",
        [BF, WL],
        gifted=True,
        listing__category="health_food",
    )
    P("v5_100", "【PR】浮き輪肉が消えた！ベルトの穴が3つ縮んだ", WL, affiliate_link=True)
    # --- guarantees / speed / endorsement / dosage / quasi-drug / approved
    L("v5_110", "health_food", "ファスティングサポート", "誰が飲んでも結果が出る、失敗しない", GU)
    L("v5_111", "cosmetics", "美容液", "使ったその日から違いを実感、即効性No.1", [GU, N1])
    L("v5_112", "health_food", "乳酸菌", "副作用の心配ゼロ。赤ちゃんからお年寄りまで安全", GU)
    L("v5_113", "health_food", "コラーゲンペプチド", "有名美容皮膚科の院長も毎日飲んでいます", EN)
    L(
        "v5_114", "cosmetics", "化粧水", "皮膚科医の9割がおすすめ", [EN, N1]
    )  # relabelled in round 11: a profession's recommendation rate without a source is also keihyo_no1 (lead's decision)
    L("v5_115", "health_food", "ウコン粒", "飲み会の前に5粒、翌朝さらに3粒服用してください", DO)
    L("v5_116", "health_food", "酵素", "1回2包を1日3回、食前にお召し上がりください", DO)
    L(
        "v5_117",
        "cosmetics",
        "薬用ホワイトニングクリーム",
        "メラニンの生成を抑え、シミ・そばかすを防ぐ",
        QD,
    )
    L("v5_118", "food", "乳酸菌飲料", "おなかの調子を整える。特定保健用食品", AC)
    L(
        "v5_119",
        "health_food",
        "GABAタブレット",
        "一時的な精神的ストレスを緩和する機能があることが報告されています",
        AC,
    )
    # --- permitted look-alikes
    L(
        "v5_130",
        "cosmetics",
        "保湿クリーム",
        "乾燥による小ジワを目立たなくする。肌にうるおいを与え、キメを整える",
        [],
        PERM,
    )
    L(
        "v5_131",
        "cosmetics",
        "薬用美白美容液",
        "メラニンの生成を抑え、シミ・そばかすを防ぐ",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v5_132",
        "food",
        "ヨーグルト",
        "おなかの調子を整えます(特定保健用食品)",
        [],
        PERM,
        approval="foshu",
    )
    L(
        "v5_133",
        "health_food",
        "グルコサミン",
        "本品にはグルコサミンが含まれます。膝関節の動きをサポートする機能が報告されています(機能性表示食品)",
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v5_134",
        "health_food",
        "ルテイン",
        "本品は疾病の診断、治療、予防を目的としたものではありません。毎日の食生活に",
        [],
        PERM,
    )
    L(
        "v5_135",
        "general",
        "膝サポーター",
        "膝をやさしく包み込むメッシュ素材。S/M/Lの3サイズ",
        [],
        PERM,
    )
    L(
        "v5_136",
        "food",
        "ごぼう茶",
        "香ばしい国産ごぼう100%。食物繊維たっぷりの毎日のお茶に",
        [],
        PERM,
    )
    L("v5_137", "cosmetics", "シャンプー", "フケ・かゆみを防ぐ。髪にハリ・コシを与える", [], PERM)
    L("v5_138", "cosmetics", "日焼け止め", "日やけによるシミ・ソバカスを防ぐ。SPF50+", [], PERM)
    L(
        "v5_139",
        "cosmetics",
        "洗顔フォーム",
        "洗浄によりニキビを防ぐ。毛穴の汚れをすっきり落とす",
        [],
        PERM,
    )
    L(
        "v5_140",
        "health_food",
        "鉄分グミ",
        "鉄は赤血球を作るのに必要な栄養素です(栄養機能食品)",
        [],
        PERM,
        approval="fnc",
    )
    L("v5_141", "apparel", "ストレッチデニム", "ワンサイズ下に見える着痩せシルエット", [], PERM)
    L("v5_142", "general", "体重計", "体脂肪率・筋肉量・基礎代謝を測定。スマホ連携", [], PERM)
    L("v5_143", "food", "はちみつ", "1歳未満の乳児には与えないでください", [], PERM)
    L(
        "v5_144",
        "health_food",
        "マルチビタミン",
        "持病のある方・妊娠中の方は医師にご相談のうえお召し上がりください",
        [],
        PERM,
    )
    L(
        "v5_145",
        "cosmetics",
        "ヘアオイル",
        "パサつく毛先をまとめ、ツヤを与える。ドライヤーの熱から髪を守る",
        [],
        PERM,
    )
    L("v5_146", "general", "ホットアイマスク", "じんわり温かい蒸気で、目元をリラックス", [], PERM)
    L(
        "v5_147",
        "food",
        "プロテインバー",
        "1本でたんぱく質15g。トレーニング後の栄養補給に",
        [],
        PERM,
    )
    L(
        "v5_148",
        "cosmetics",
        "ファンデーション",
        "シミ・くすみをカバーして明るい肌に見せる",
        [],
        PERM,
    )
    L("v5_149", "general", "加湿器", "乾燥する季節の喉や肌に。8畳対応、静音設計", [], PERM)
    L("v5_150", "health_food", "DHA", "青魚が苦手な方に。1日2粒が目安です", [], PERM)
    L("v5_151", "general", "腰痛の本", "整形外科医が教える腰痛を治す体操 (新書)", [], PERM)
    L("v5_152", "cosmetics", "リップクリーム", "唇の荒れを防ぐ。うるおいを与える", [], PERM)
    L("v5_153", "general", "枕", "高さ調整できる枕。首や肩に合わせて選べます", [], PERM)
    L("v5_154", "food", "甘酒", "米麹と米だけで作ったやさしい甘さ。冷やしても温めても", [], PERM)
    L(
        "v5_155",
        "health_food",
        "乳酸菌",
        "効果には個人差があります。治療中の方は医師にご相談ください",
        [],
        PERM,
    )
    L(
        "v5_156",
        "cosmetics",
        "アイクリーム",
        "目元にハリを与える。乾燥による小ジワを目立たなくする",
        [],
        PERM,
    )
    L(
        "v5_157",
        "general",
        "着圧ソックス",
        "立ち仕事の夕方に。段階着圧設計、医療用ではありません",
        [],
        PERM,
    )
    L("v5_158", "food", "黒豆茶", "冷えやすい季節に温かい一杯を。ノンカフェイン", [], PERM)
    L(
        "v5_159",
        "cosmetics",
        "薬用育毛剤",
        "育毛、薄毛、かゆみ、脱毛の予防、ふけ",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    P(
        "v5_160",
        "【PR】このボディクリーム、肌にうるおいを与えてしっとり。香りも好き",
        [],
        PERM,
        gifted=True,
        listing__category="cosmetics",
    )
    P(
        "v5_161",
        "【PR】ダイエット中のおやつに。たんぱく質が摂れるクッキー",
        [],
        PERM,
        affiliate_link=True,
    )
    P(
        "v5_162",
        "【PR】膝が痛い日は無理せず休もう。今日は新作ウェアの紹介です",
        [],
        PERM,
        gifted=True,
    )
    # --- ordinary listings
    L("v5_170", "general", "折りたたみ傘", "軽量210g。晴雨兼用、UVカット率99%", [])
    L("v5_171", "food", "国産みかん 5kg", "甘くてジューシー。家庭用・訳あり", [])
    L("v5_172", "apparel", "ウールコート", "着丈100cm。ネイビー/グレー", [])
    L("v5_173", "general", "ヨガマット", "厚さ10mmで膝が痛くなりにくい。滑り止め付き", [])
    L("v5_174", "general", "リュック", "通勤・通学に。PC収納15インチ", [])
    P("v5_175", "週末のキャンプ、焚き火がきれいだった", [], None, hashtags="#キャンプ")


def add_holdout6(L: Callable[..., None], P: Callable[..., None], S: Callable[..., None]) -> None:
    """A sixth held-out batch, written after the holdout5 generalisation round and scored
    once before any tuning on it: Q&A-style LPs, checklists (✔), live-commerce
    transcripts, English-mixed captions, reviewer star ratings."""
    # --- disease / symptom
    L(
        "v6_001",
        "health_food",
        "黒生姜カプセル",
        "Q.冷え性ですが効果ありますか? A.手足の冷えで眠れなかった方から「朝まで温かい」とのお声",
        D,
    )
    L(
        "v6_002",
        "general",
        "医療用でない 磁気ブレスレット",
        "✔肩こり ✔腰のだるさ ✔眼精疲労 全部まとめて軽くなった!",
        D,
    )
    L(
        "v6_003",
        "health_food",
        "乳酸菌タブレット",
        "★★★★★ 子供の鼻炎、季節の変わり目もぐずらず過ごせました",
        D,
    )
    L(
        "v6_004",
        "food",
        "甜茶ティーバッグ",
        "目がしょぼしょぼ、鼻がぐずぐずの季節も、この一杯で快適",
        D,
    )
    L(
        "v6_005",
        "health_food",
        "クランベリーサプリ",
        "膀胱炎をくり返していた私が、もう1年も再発なし",
        D,
    )
    L(
        "v6_006",
        "general",
        "温灸シート",
        "坐骨神経痛で寝返りもつらかったのが、朝スッと起き上がれるように",
        D,
    )
    L(
        "v6_007",
        "health_food",
        "セサミン",
        "健康診断で肝臓の数値を指摘されてから飲み始め、今年はA判定",
        [D, BF],
    )
    L("v6_008", "food", "発酵玄米", "アトピー肌の娘が、かゆくて眠れない夜がなくなりました", D)
    L("v6_009", "health_food", "ビタミンB群", "口角炎ができやすい人、これ飲んでたら出なくなる", D)
    L(
        "v6_010",
        "general",
        "遠赤外線インソール",
        "外反母趾の痛みで歩けなかった母が、旅行に行けるまでに",
        D,
    )
    L("v6_011", "health_food", "グルタチオン", "痛風の発作が怖くてビールを控えてた人も安心", D)
    L("v6_012", "food", "杜仲茶", "高血圧で薬を飲んでいた父が、薬をやめられた", [D, BF])
    P(
        "v6_013",
        "【PR】live配信より「これ飲んでからじんましん出なくなったって人多いんですよ〜」",
        D,
        gifted=True,
        transcript="じんましんが出なくなったってコメントたくさん来てます",
    )
    P(
        "v6_014",
        "【PR】#便秘 に悩んでた私、3日目でお通じきた🙌 毎朝スッキリ",
        [D, BF],
        affiliate_link=True,
    )
    L(
        "v6_015",
        "health_food",
        "ラクトフェリン",
        "胃の調子が悪く、食後の胃もたれに悩んでいた方が食事を楽しめるように",
        D,
    )
    # --- body function / vitality
    L("v6_020", "health_food", "マカ&亜鉛", "40代からの男の元気、取り戻しませんか?", BF)
    L(
        "v6_021",
        "health_food",
        "エクオール",
        "ゆらぎ世代の女性のリズムを整えて、ホルモンの乱れにアプローチ",
        BF,
    )
    L("v6_022", "food", "ビーツパウダー", "血管がしなやかに若返り、スタミナ持続", BF)
    L("v6_023", "health_food", "大豆ペプチド", "脳のエネルギーを補給して、頭の回転が速くなる", BF)
    L("v6_024", "health_food", "酵母サプリ", "腸から全身が生まれ変わる", BF)
    L("v6_025", "food", "黒酢もろみ", "ドロドロ血をサラッと流す", BF)
    L(
        "v6_026",
        "health_food",
        "イミダゾールジペプチド",
        "疲れにくい身体をつくり、朝からシャキッと",
        BF,
    )
    L("v6_027", "health_food", "ルテイン", "スマホ老眼の方に。ピントが合いやすくなる", [BF, D])
    L(
        "v6_028",
        "health_food",
        "カルシウム&ビタミンK2",
        "骨がスカスカにならないよう、骨を丈夫に",
        BF,
    )
    L("v6_029", "food", "すっぽんスープ", "翌朝の肌ツヤと元気が違う、精がつく", BF)
    P(
        "v6_030",
        "【PR】this supplement = 私の若さの秘密🤫 飲み始めて体が10年前に戻ったみたい",
        BF,
        gifted=True,
        listing__category="health_food",
    )
    # --- cosmetics
    L(
        "v6_040",
        "cosmetics",
        "ナイアシンアミド美容液",
        "Before→After、頬のシミが明らかに薄くなったのがわかります",
        CS,
    )
    L(
        "v6_041",
        "cosmetics",
        "ヘアエッセンス",
        "分け目の地肌が目立たなくなり、髪が増えたと言われる",
        CS,
    )
    L("v6_042", "cosmetics", "アイセラム", "目元のちりめんジワがピンと伸びる", CS)
    L("v6_043", "cosmetics", "クレイパック", "鼻の毛穴がキュッと引き締まって小さくなる", CS)
    L(
        "v6_044",
        "cosmetics",
        "バストクリーム",
        "塗ってマッサージするだけでハリのあるバストへサイズアップ",
        CS,
    )
    L("v6_045", "cosmetics", "まゆ毛美容液", "薄かった眉が自眉で描かなくていいくらいに", CS)
    L("v6_046", "cosmetics", "ボディジェル", "太ももの肉割れが目立たなくなってきた", CS)
    L(
        "v6_047",
        "cosmetics",
        "ハンドクリーム",
        "シミだらけの手の甲が、透明感のある手に生まれ変わる",
        CS,
    )
    P(
        "v6_048",
        "【PR】このスカルプ美容液、半年で生え際が前進した…!",
        CS,
        gifted=True,
        listing__category="cosmetics",
    )
    P(
        "v6_049",
        "【PR】使い始めて3日で顔のたるみがキュッと上がった",
        [CS, GU],
        affiliate_link=True,
        listing__category="cosmetics",
    )
    # --- weight loss
    L("v6_060", "health_food", "燃焼系ブレンド", "体重計の数字が毎朝減っていくのが楽しい", [BF, WL])
    L("v6_061", "apparel", "補正インナー", "着て過ごすだけで、ウエストのくびれが復活", WL)
    L("v6_062", "food", "糖質オフ麺", "主食を置き換えて、夏までに-6kg", [BF, WL])
    L(
        "v6_063",
        "health_food",
        "キトサン",
        "食べた脂をからめて外に出すから、焼肉の日も罪悪感ゼロ",
        BF,
    )
    L("v6_064", "general", "振動マシン", "乗って10分立っているだけで、太ももがほっそり", WL)
    L("v6_065", "health_food", "ダイエットサプリ", "BMI30超えだった私が、今は標準体重", [BF, WL])
    P(
        "v6_066",
        "【PR】これ飲み始めて二の腕がひと回り細くなった!運動はしてない",
        [BF, WL],
        gifted=True,
        listing__category="health_food",
    )
    P("v6_067", "【PR】お腹の浮き輪が消えて、去年の水着が着られた👙", WL, affiliate_link=True)
    # --- guarantee / endorsement / dosage / speed
    L("v6_070", "health_food", "酵素", "効かなかった人はいません", GU)
    L("v6_071", "cosmetics", "美容液", "塗った瞬間から肌が変わる、即効美容液", GU)
    L("v6_072", "health_food", "乳酸菌", "大学病院の先生も推薦する乳酸菌", EN)
    L("v6_073", "health_food", "青汁", "1日3回、食後に1包を服用", DO)
    L("v6_074", "health_food", "ビタミンC", "No.1の売れ行き!", N1)
    # --- permitted look-alikes
    L("v6_080", "cosmetics", "化粧水", "肌を整え、肌にうるおいを与える。肌のキメを整える", [], PERM)
    L(
        "v6_081",
        "health_food",
        "GABA",
        "睡眠の質(眠りの深さ)の向上に役立つ機能が報告されています",
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v6_082",
        "health_food",
        "亜鉛",
        "亜鉛は味覚を正常に保つのに必要な栄養素です",
        [],
        PERM,
        approval="fnc",
    )
    L(
        "v6_083",
        "cosmetics",
        "薬用ニキビケア",
        "ニキビを防ぐ。肌荒れを防ぐ(医薬部外品)",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L("v6_084", "food", "トクホ緑茶", "体脂肪を減らすのを助けます", [], PERM, approval="foshu")
    L(
        "v6_085",
        "general",
        "腰用クッション",
        "長時間のデスクワークに。体圧を分散するクッション",
        [],
        PERM,
    )
    L("v6_086", "health_food", "プロテイン", "運動後のたんぱく質補給に。1日1杯が目安", [], PERM)
    L("v6_087", "cosmetics", "ヘアマスク", "毛髪にハリ・コシを与える。枝毛、切れ毛を防ぐ", [], PERM)
    L("v6_088", "cosmetics", "コンシーラー", "クマやシミを自然にカバー", [], PERM)
    L("v6_089", "apparel", "ワイドパンツ", "脚のラインを拾わずすっきり見える", [], PERM)
    L(
        "v6_090",
        "health_food",
        "乳酸菌",
        "本品は、疾病の診断、治療、予防を目的としたものではありません",
        [],
        PERM,
    )
    L("v6_091", "food", "しょうが湯", "寒い冬に体の芯から温まる一杯", [], PERM)
    L(
        "v6_092",
        "general",
        "ブルーライトカット眼鏡",
        "PC作業に。ブルーライトを約40%カット",
        [],
        PERM,
    )
    L(
        "v6_093",
        "cosmetics",
        "日焼け止め",
        "日やけによるシミ・そばかすを防ぐ。石けんで落とせる",
        [],
        PERM,
    )
    L(
        "v6_094",
        "health_food",
        "鉄",
        "妊娠中・授乳中の方は医師に相談してください。持病のある方も同様です",
        [],
        PERM,
    )
    L("v6_095", "cosmetics", "ボディミルク", "乾燥を防ぎ、肌をなめらかにする", [], PERM)
    L("v6_096", "general", "血圧計", "上腕式。朝晩の血圧測定と記録に", [], PERM)
    L("v6_097", "food", "ごま", "香り高い国産ごま。料理の仕上げに", [], PERM)
    P(
        "v6_098",
        "【PR】風邪ひいて声ガラガラだけど、今日は新作リップの紹介です",
        [],
        PERM,
        gifted=True,
    )
    P(
        "v6_099",
        "【PR】このボディソープ、洗い上がりしっとりで肌を清浄にしてくれる",
        [],
        PERM,
        affiliate_link=True,
        listing__category="cosmetics",
    )
    # --- ordinary
    L("v6_100", "general", "キッチンタイマー", "マグネット付き。最大99分59秒", [])
    L("v6_101", "food", "りんごジュース 1L", "青森県産りんご100%ストレート", [])
    L("v6_102", "apparel", "ダウンジャケット", "軽量で暖かい。撥水加工", [])
    L("v6_103", "general", "体重計", "0.1kg単位で測定。乗るだけで自動オン", [])
    # appended after the first 73 rows were scored, before any change to the pack
    L(
        "v6_110",
        "health_food",
        "ノニジュース",
        "南国の奇跡と呼ばれるノニで、長引く不調にさようなら",
        [D, GU],
    )
    L("v6_111", "general", "水素吸入器", "毎日吸うだけで細胞が元気になり、病気知らず", D)
    L(
        "v6_112",
        "health_food",
        "オルニチン",
        "朝起きられなかった私が、今は5時起きで出勤前にジョギング",
        BF,
    )
    L("v6_113", "cosmetics", "頭皮ローション", "円形脱毛症の跡に産毛が生えてきた", [CS, D])
    L("v6_114", "food", "ハトムギ茶", "首のポツポツいぼがポロッと取れた!との口コミ", D)
    L("v6_115", "health_food", "ミドリムシ", "59種類の栄養素で、病院に行く回数が減りました", D)
    L("v6_116", "cosmetics", "美容オイル", "肌にツヤとうるおいを与える。乾燥を防ぐ", [], PERM)
    L(
        "v6_117",
        "health_food",
        "葉酸サプリ",
        "妊娠を考える女性に。葉酸は胎児の正常な発育に寄与する栄養素です",
        [],
        PERM,
        approval="fnc",
    )
    L(
        "v6_118",
        "general",
        "マッサージチェア",
        "肩・首・腰をもみほぐす。家庭用電気マッサージ器 (管理医療機器認証取得)",
        [],
        PERM,
    )
    L("v6_119", "food", "カモミールティー", "寝る前のリラックスタイムに。ノンカフェイン", [], PERM)
    L(
        "v6_120",
        "apparel",
        "着圧ソックス",
        "むくみが気になる夕方の脚に。医療用ではありません",
        [],
        PERM,
    )


def add_holdout7(L: Callable[..., None], P: Callable[..., None], S: Callable[..., None]) -> None:
    """A seventh held-out batch, written after generalisation round 2 and scored once
    before any tuning on it: long LP paragraphs, 比較表-style bullets, ratings, seasonal
    copy, elderly and children's products, male grooming, short-video captions."""
    # --- disease / symptom
    L(
        "v7_001",
        "health_food",
        "えごま油カプセル",
        "【お客様の声】手のこわばりで朝ボタンが留められなかったのに、今は編み物が趣味です(60代)",
        D,
    )
    L(
        "v7_002",
        "food",
        "しょうが紅茶",
        "お腹がゆるくなりがちな方の、毎日の「安心」に。旅行前でももう怖くない",
        D,
    )
    L(
        "v7_003",
        "health_food",
        "アスタキサンチン",
        "ピントが合わずに目を細めていた父も、いまは眼鏡なしで新聞を",
        [D, BF],
    )
    L(
        "v7_004",
        "general",
        "竹酢液シート",
        "足裏に貼って寝るだけで、朝の足のつりが起きなくなりました",
        D,
    )
    L(
        "v7_005",
        "health_food",
        "セントジョーンズワート",
        "気持ちが沈みがちな毎日から抜け出したい方へ。前向きな自分に",
        D,
    )
    L(
        "v7_006",
        "food",
        "はと麦ごはん",
        "肌のポツポツ、いぼが気になる方に昔から食べられてきた穀物です。続けるうちにツルツル",
        D,
    )
    L(
        "v7_007",
        "health_food",
        "ケルセチン",
        "季節の変わり目のくしゃみ・鼻水が止まらない…そんな悩みから卒業",
        D,
    )
    L(
        "v7_008",
        "general",
        "備長炭枕",
        "首の痛みで夜中に何度も目が覚めていた私が、朝まで一度も起きずに",
        D,
    )
    L("v7_009", "health_food", "乳酸菌K-2", "毎年冬になると寝込んでいた子どもが、今年は皆勤賞!", D)
    L("v7_010", "food", "梅肉エキス", "食あたりや胃腸の不調に、昔ながらの知恵", D)
    L("v7_011", "health_food", "イソフラボン", "ホットフラッシュで汗だくだった毎日が、穏やかに", D)
    L("v7_012", "general", "チタンテープ", "テニス肘のズキズキが翌日にはウソのように", D)
    P(
        "v7_013",
        "【PR】アトピー歴20年の私が、このオイルに出会ってステロイド卒業しました",
        D,
        gifted=True,
    )
    P(
        "v7_014",
        "【PR】ずっと悩んでた頻尿、このお茶を飲み始めてから夜トイレに起きなくなった",
        D,
        affiliate_link=True,
    )
    L("v7_015", "health_food", "マヌカハニー MGO550", "ピロリ菌対策に。胃の粘膜を守る", [D, BF])
    # --- body function
    L("v7_020", "health_food", "シトルリン", "巡りを加速させて、冷えない体に", BF)
    L("v7_021", "food", "発酵黒にんにく", "毎日ひとかけで、疲れが翌日に残らない", BF)
    L("v7_022", "health_food", "DHAキッズ", "集中力が続くから、宿題も最後までひとりで", BF)
    L(
        "v7_023",
        "health_food",
        "ノビエース",
        "成長期の今だけのチャンス!身長サポートでライバルに差をつける",
        BF,
    )
    L("v7_024", "food", "生酵素ジュース", "体の中の大掃除。溜め込んだものを一気に押し出す", BF)
    L("v7_025", "health_food", "亜鉛+セレン", "妊活中のご夫婦に。授かる力をサポート", BF)
    L("v7_026", "health_food", "スッポン黒酢", "寝ても取れなかった疲れが、朝にはリセット", BF)
    L(
        "v7_027",
        "health_food",
        "肝臓エキス+オルニチン",
        "お酒を飲んだ翌朝でもスッキリ目覚める体質へ",
        BF,
    )
    P(
        "v7_028",
        "【PR】このサプリで代謝が上がったのか、冬でも手足がぽかぽか",
        BF,
        gifted=True,
        listing__category="health_food",
    )
    # --- cosmetics
    L(
        "v7_040",
        "cosmetics",
        "導入美容液",
        "ほうれい線が気になっていた私が、すっぴんで出かけられるように",
        CS,
    )
    L(
        "v7_041",
        "cosmetics",
        "ヘアカラートリートメント",
        "使うたびに髪が太く強くなり、抜けにくい髪へ",
        CS,
    )
    L("v7_042", "cosmetics", "ナイトクリーム", "朝起きたら、額のシワがピーンと伸びていた", CS)
    L("v7_043", "cosmetics", "デリケートゾーンソープ", "黒ずみが薄ピンクに変わる", CS)
    L("v7_044", "cosmetics", "目元用パッチ", "貼って寝るだけで、まぶたのたるみがリフトされる", CS)
    L("v7_045", "cosmetics", "スクラブ", "ひじ・ひざのガサガサ黒ずみを根こそぎオフして白く", CS)
    L("v7_046", "cosmetics", "ローション", "毛穴が目立たないゆで卵肌に変身、毛穴の開きが閉じる", CS)
    L("v7_047", "cosmetics", "美容液", "肌の内側からコラーゲンが増えてハリが戻る", CS)
    P(
        "v7_048",
        "【PR】このシャンプーにしてから白髪が減ってきた気がする…!",
        CS,
        gifted=True,
        listing__category="cosmetics",
    )
    P(
        "v7_049",
        "【PR】マイナス5歳肌って言われた美容液。毎朝鏡を見るのが楽しい",
        CS,
        affiliate_link=True,
        listing__category="cosmetics",
    )
    # --- weight loss
    L(
        "v7_060",
        "health_food",
        "ダイエットサポート",
        "もう無理なダイエットはしない。「気づいたらジーンズがゆるい」を体験",
        [BF, WL],
    )
    L("v7_061", "apparel", "加圧シャツ", "着るだけで猫背が直ってお腹が引っ込む", [WL, D])
    L("v7_062", "food", "酵素玄米", "白米をこれに変えただけで、半年で体重が2桁減", [BF, WL])
    L("v7_063", "health_food", "燃焼サプリ", "脂肪がメラメラ燃えるのを実感", [BF, WL])
    L("v7_064", "general", "骨盤矯正クッション", "座るだけで下半身太りが解消、ヒップアップ", WL)
    L("v7_065", "health_food", "カロリー対策サプリ", "夜のラーメンも、これがあれば帳消し", BF)
    P(
        "v7_066",
        "【PR】産後8kg戻らなかったけど、このお茶だけで元の体重に戻れた😭",
        [BF, WL],
        gifted=True,
        listing__category="food",
    )
    P("v7_067", "【PR】半年で服のサイズがLからSに。食べる量はそのまま", WL, affiliate_link=True)
    # --- guarantee / endorsement / dosage
    L(
        "v7_070",
        "health_food",
        "プラセンタ",
        "効果を感じなければ何度でもお試しいただけます。ほぼ全員が実感",
        GU,
    )
    L("v7_071", "cosmetics", "美容液", "医師監修。皮膚科医も認めた効果", EN)
    L("v7_072", "health_food", "漢方風サプリ", "1日2回、朝夕の空腹時に4錠ずつ服用", DO)
    L("v7_073", "health_food", "ルテイン", "眼科医が推薦", EN)
    # --- permitted look-alikes
    L(
        "v7_080",
        "cosmetics",
        "ハンドクリーム",
        "手荒れを防ぐ。肌をなめらかにする。ひじ・ひざにも",
        [],
        PERM,
    )
    L(
        "v7_081",
        "health_food",
        "難消化性デキストリン",
        "食後の血糖値の上昇をおだやかにする(機能性表示食品)",
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v7_082",
        "food",
        "トクホ 黒烏龍茶",
        "脂肪の吸収を抑え、体に脂肪がつきにくいのが特長です",
        [],
        PERM,
        approval="foshu",
    )
    L(
        "v7_083",
        "cosmetics",
        "薬用リンクルクリーム",
        "シワを改善する(医薬部外品)",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L("v7_084", "general", "歩行補助杖", "軽量アルミ。高さ10段階調節", [], PERM)
    L(
        "v7_085",
        "health_food",
        "ビタミンD",
        "ビタミンDは、腸管でのカルシウムの吸収を促進し、骨の形成を助ける栄養素です",
        [],
        PERM,
        approval="fnc",
    )
    L(
        "v7_086",
        "cosmetics",
        "頭皮用エッセンス",
        "頭皮を健やかに保つ。毛髪にハリ・コシを与える",
        [],
        PERM,
    )
    L("v7_087", "food", "はと麦茶", "香ばしいノンカフェイン。小さなお子様にも", [], PERM)
    L("v7_088", "general", "足湯器", "約40℃を保温。リラックスタイムに", [], PERM)
    L("v7_089", "cosmetics", "ボディスクラブ", "古い角質を取り除き、なめらかな肌に", [], PERM)
    L("v7_090", "health_food", "青汁", "効果・効能を保証するものではありません。食品です", [], PERM)
    L("v7_091", "apparel", "マタニティレギンス", "お腹まわりを優しく包むゆったり設計", [], PERM)
    L(
        "v7_092",
        "health_food",
        "プロテイン",
        "ダイエット中の方の栄養補給に。たんぱく質20g",
        [],
        PERM,
    )
    L("v7_093", "cosmetics", "ネイルオイル", "爪にうるおいを与え、割れやすい爪を防ぐ", [], PERM)
    L("v7_094", "general", "温熱マット", "冬の足元を暖める。タイマー付き", [], PERM)
    L("v7_095", "food", "大豆ミート", "高たんぱく・低脂質。ダイエット中のメニューに", [], PERM)
    L("v7_096", "cosmetics", "洗顔料", "肌を清浄にする。ニキビを防ぐ(洗浄による)", [], PERM)
    L("v7_097", "health_food", "乳酸菌", "お腹の調子が気になる方は医師にご相談ください", [], PERM)
    L("v7_098", "general", "老眼鏡", "+1.5〜+3.0。軽量フレーム", [], PERM)
    P(
        "v7_099",
        "【PR】膝を痛めてジムはお休み中。今日はキッチングッズの紹介!",
        [],
        PERM,
        gifted=True,
    )
    P(
        "v7_100",
        "【PR】このスクラブ、肌のざらつきをオフしてつるつるに",
        [],
        PERM,
        affiliate_link=True,
        listing__category="cosmetics",
    )
    # --- ordinary
    L("v7_110", "general", "LEDデスクライト", "調光5段階。USB給電", [])
    L("v7_111", "food", "新米コシヒカリ 10kg", "精米したてを発送します", [])
    L("v7_112", "apparel", "ランニングシューズ", "クッション性が高く、膝への負担を考えたソール", [])
    L("v7_113", "general", "ヘルスメーター", "乗るだけで体重・BMIを表示", [])


def add_holdout8(L: Callable[..., None], P: Callable[..., None], S: Callable[..., None]) -> None:
    """An eighth held-out batch, written after generalisation round 3 and scored once
    before any tuning on it: ふるさと納税-style food copy, drugstore POP phrasing,
    subscription LPs, beauty-salon-at-home devices, grandparents' and pets' owners' voices."""
    # --- disease / symptom
    L(
        "v8_001",
        "health_food",
        "黒酢にんにく卵黄",
        "「最近、階段で息が切れなくなった」と主人。毎朝の習慣です",
        D,
    )
    L("v8_002", "food", "国産あおさ", "ミネラルたっぷり。甲状腺の働きが弱い方の味方", D)
    L(
        "v8_003",
        "health_food",
        "ヒハツ",
        "足先が氷のように冷たかった私が、靴下なしで眠れるように",
        D,
    )
    L(
        "v8_004",
        "general",
        "医療用ではない 加圧スリーブ",
        "リンパの流れを整えて、夕方のパンパン脚が解消",
        D,
    )
    L("v8_005", "health_food", "ビタミンB12", "手足のピリピリしたしびれに悩む方へ", D)
    L(
        "v8_006",
        "food",
        "はちみつ生姜湯",
        "風邪のひき始めにこれ一杯で、翌朝には熱が下がっていました",
        D,
    )
    L(
        "v8_007",
        "health_food",
        "乳酸菌サプリ",
        "便が硬くて出にくい方のお助けサプリ。翌朝するんと",
        D,
    )
    L("v8_008", "general", "テラヘルツ指輪", "リウマチの母の指が、まっすぐ伸ばせるようになった", D)
    L("v8_009", "health_food", "ヘスペリジン", "しもやけ知らずの冬を", D)
    L("v8_010", "food", "ノンカフェイン麦茶", "寝る前に飲むと、眠りが浅い方もぐっすり朝まで", D)
    L(
        "v8_011",
        "health_food",
        "ブルーベリー",
        "夕方になると画面がぼやけて見えていたのが、くっきり",
        D,
    )
    P("v8_012", "【PR】喘息もちの娘、このサプリ始めてから発作でてない!", D, gifted=True)
    P("v8_013", "【PR】気圧で頭が痛くなる人ー!これ飲むと全然違うよ", D, affiliate_link=True)
    # --- body function
    L("v8_020", "health_food", "クレアチン&HMB", "40代でも筋肉は増やせる。飲むだけで筋量アップ", BF)
    L("v8_021", "food", "甘酒", "飲む点滴で、夏バテしない体をつくる", BF)
    L("v8_022", "health_food", "L-テアニン", "頭がクリアになって、仕事のパフォーマンスが段違い", BF)
    L("v8_023", "health_food", "還元型CoQ10", "60代でも30代の元気を", BF)
    L("v8_024", "food", "もち麦", "血糖値スパイクを防ぐ主食に", BF)
    L("v8_025", "health_food", "アルギニン", "子どもの背がぐんと伸びた、とママたちに人気", BF)
    L("v8_026", "health_food", "マルチミネラル", "飲み始めてから、爪も髪も強くなった", BF)
    P(
        "v8_027",
        "【PR】このプロテイン飲むと、翌日の筋肉痛がまったく来ない",
        [BF, D],
        gifted=True,
        listing__category="health_food",
    )
    # --- cosmetics
    L(
        "v8_040",
        "cosmetics",
        "ビタミンC美容液",
        "頬の毛穴の開きがキュッと閉じて、ファンデいらず",
        CS,
    )
    L("v8_041", "cosmetics", "目元美容液", "まぶたが上がってパッチリ二重に", CS)
    L("v8_042", "cosmetics", "育毛ローション", "おでこの後退が止まって、前髪が作れるように", CS)
    L("v8_043", "cosmetics", "ボディオイル", "セルライトがみるみる平らに", CS)
    L("v8_044", "cosmetics", "美白クリーム", "日焼けで黒くなった肌が、1ヶ月で元の白さに", CS)
    L("v8_045", "cosmetics", "美容液", "ほうれい線の溝が浅くなったと、友達に言われました", CS)
    P(
        "v8_046",
        "【PR】10年悩んだ頬のシミがほぼ消えた…このクリームすごい",
        CS,
        gifted=True,
        listing__category="cosmetics",
    )
    P(
        "v8_047",
        "【PR】まつげが1cm伸びたと思う!まつ育成功",
        CS,
        affiliate_link=True,
        listing__category="cosmetics",
    )
    # --- weight loss
    L(
        "v8_060",
        "health_food",
        "ダイエットサプリ",
        "お気に入りのワンピースのファスナーが、余裕で閉まるように",
        [BF, WL],
    )
    L("v8_061", "apparel", "着圧スパッツ", "寝ている間にお尻がキュッと上がって、脚が細くなる", WL)
    L("v8_062", "food", "置き換えシェイク", "1食置き換えで、2週間でベルトの穴ひとつ分", [BF, WL])
    L(
        "v8_063",
        "health_food",
        "ブラックジンジャー",
        "体重が10kg減って、健康診断で褒められた",
        [BF, WL],
    )
    P(
        "v8_064",
        "【PR】二重あごがなくなってフェイスラインがシャープに✨飲むだけ",
        [BF, WL],
        gifted=True,
        listing__category="health_food",
    )
    # --- guarantee / endorsement / dosage
    L("v8_070", "health_food", "酵素", "9割以上の方が効果を実感!あなたも必ず変われる", GU)
    L("v8_071", "health_food", "グルコサミン", "整形外科の先生も患者さんにすすめています", EN)
    L("v8_072", "health_food", "ハーブ錠", "成人1日2回、1回3錠を食後に服用してください", DO)
    # --- permitted look-alikes
    L(
        "v8_080",
        "cosmetics",
        "リップバーム",
        "口唇の乾燥によるカサツキを防ぐ。唇にうるおいを与える",
        [],
        PERM,
    )
    L(
        "v8_081",
        "health_food",
        "ビフィズス菌",
        "腸内環境を改善し、便通を改善する機能が報告されています",
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v8_082",
        "food",
        "トクホ コーラ",
        "食事の脂肪の吸収を抑えて、排出を増加させる",
        [],
        PERM,
        approval="foshu",
    )
    L(
        "v8_083",
        "cosmetics",
        "薬用制汗スプレー",
        "わきが(腋臭)、皮ふ汗臭、制汗",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v8_084",
        "general",
        "着圧ソックス",
        "一般医療機器ではありません。ファッション用です",
        [],
        PERM,
    )
    L("v8_085", "health_food", "青汁", "野菜不足が気になる方に。1日1杯", [], PERM)
    L("v8_086", "food", "ルイボスティー", "ノンカフェインなので夜でも安心して飲めます", [], PERM)
    L("v8_087", "cosmetics", "アイシャドウ", "まぶたに立体感を与え、目元を華やかに見せる", [], PERM)
    L("v8_088", "apparel", "スキニーデニム", "脚が長く細く見えるハイウエスト", [], PERM)
    L(
        "v8_089",
        "health_food",
        "カルシウム",
        "カルシウムは、骨や歯の形成に必要な栄養素です",
        [],
        PERM,
        approval="fnc",
    )
    L(
        "v8_090",
        "general",
        "フットマッサージャー",
        "ふくらはぎをもみほぐす。家庭用電気マッサージ器(医療機器認証番号あり)",
        [],
        PERM,
    )
    L("v8_091", "cosmetics", "ヘアオイル", "毛髪の水分、油分を補い保つ。ツヤのある髪に", [], PERM)
    L(
        "v8_092",
        "health_food",
        "乳酸菌",
        "※本品は医薬品ではありません。治療中の方はかかりつけ医にご相談を",
        [],
        PERM,
    )
    L(
        "v8_093",
        "food",
        "生姜チップス",
        "ピリッと辛い大人のおやつ。冷えた体にうれしい温かい紅茶と一緒に",
        [],
        PERM,
    )
    P("v8_094", "【PR】花粉の季節はマスク必須。今日は新作メガネの紹介です", [], PERM, gifted=True)
    P(
        "v8_095",
        "【PR】このフェイスマスク、乾燥した肌にうるおいを与えてくれる",
        [],
        PERM,
        affiliate_link=True,
        listing__category="cosmetics",
    )
    # --- ordinary
    L(
        "v8_100",
        "general",
        "電気ケトル 1.0L",
        "空焚き防止。PSE適合",
        [],
        None,
        pse_mark="diamond",
        product_type="electric_kettle",
    )
    L("v8_101", "food", "北海道産じゃがいも 5kg", "ホクホク食感。カレーや肉じゃがに", [])
    L("v8_102", "apparel", "パーカー", "裏起毛で暖かい。男女兼用", [])


def add_holdout9(L: Callable[..., None], P: Callable[..., None], S: Callable[..., None]) -> None:
    """A ninth held-out batch, written after generalisation round 4 (the final pack) and
    scored once: the first score of the pack as shipped. Styles: メルマガ subject lines,
    marketplace Q&A answers, gift copy, seasonal campaign banners, husband/wife voices."""
    L(
        "v9_001",
        "health_food",
        "しじみ習慣",
        "件名:【朝がつらいあなたへ】お酒の翌日もすっきり起きられる秘密",
        BF,
    )
    L(
        "v9_002",
        "food",
        "国産玉ねぎスープ",
        "Q.高血圧の父に贈っても? A.はい、毎日飲んで数値が安定したとのお声をいただいています",
        [D, BF],
    )
    L(
        "v9_003",
        "health_food",
        "ナイアシン",
        "寝汗びっしょりで目が覚める毎日から、さらっと快眠へ",
        D,
    )
    L(
        "v9_004",
        "general",
        "磁気治療器風ネックレス",
        "父の日に。肩が上がらないとこぼしていた父が、ゴルフを再開しました",
        D,
    )
    L(
        "v9_005",
        "health_food",
        "グルコサミン",
        "正座がつらい、立ち上がる時に「よいしょ」が出る方に",
        D,
    )
    L("v9_006", "food", "ショウガオール粉末", "冬でも手袋いらず。指先までじんわり", D)
    L(
        "v9_007",
        "health_food",
        "亜鉛",
        "髪や爪がもろくなった、味がわかりにくい…そんなサインに",
        [D, BF],
    )
    L(
        "v9_008",
        "general",
        "ゲルマ温浴ボール",
        "入れるだけで、湯上がりの膝のきしみが気にならない",
        D,
    )
    L("v9_009", "health_food", "乳酸菌", "夫の口臭が気にならなくなりました(50代女性)", D)
    L("v9_010", "food", "黒豆ココア", "月に一度のつらい日も、これがあれば仕事を休まずにすむ", D)
    P(
        "v9_011",
        "【PR】腸活はじめて3週間、ニキビ肌が落ち着いて肌荒れしなくなった🥰",
        [D, BF],
        gifted=True,
        listing__category="health_food",
    )
    P(
        "v9_012",
        "【PR】目の奥がズーンと重い人、ほんとに試して。翌朝ぜんぜん違う",
        D,
        affiliate_link=True,
    )
    L("v9_020", "health_food", "マカ", "夫婦の夜に自信を。40代からの元気チャージ", BF)
    L(
        "v9_021",
        "health_food",
        "ビタミンK2",
        "骨がスカスカで心配な母の、転ばない体づくりに",
        [D, BF],
    )
    L("v9_022", "food", "生姜紅茶", "燃えやすいカラダへスイッチ", [BF, WL])
    L(
        "v9_023",
        "health_food",
        "フィッシュコラーゲン",
        "関節の軟骨がすり減って悩む方に、内側からクッションを補う",
        [D, BF],
    )
    L("v9_024", "health_food", "オメガ3", "キレやすい子どもが穏やかに、と評判", BF)
    L("v9_040", "cosmetics", "美容液", "鏡を見るのが怖かった私が、今はすっぴんで自撮り", CS)
    L("v9_041", "cosmetics", "アイクリーム", "目尻の笑いジワ、もう隠さなくていい", CS)
    L("v9_042", "cosmetics", "スカルプシャンプー", "夫の頭頂部がふさっとしてきた", CS)
    L(
        "v9_043",
        "cosmetics",
        "ボディクリーム",
        "ひじの黒ずみがきれいに抜けて、半袖が着られるように",
        CS,
    )
    P(
        "v9_044",
        "【PR】これ塗って寝たら翌朝ほうれい線がうっすらになってた",
        CS,
        gifted=True,
        listing__category="cosmetics",
    )
    L(
        "v9_060",
        "health_food",
        "ダイエットティー",
        "去年の夏の水着、今年はするりと入りました",
        [BF, WL],
    )
    L("v9_061", "apparel", "骨盤ベルト", "巻いて家事をするだけで、ぽっこり下腹がぺたんこに", WL)
    L("v9_062", "food", "こんにゃく米", "ごはんを替えるだけで、健康診断の腹囲が-5cm", [BF, WL])
    P(
        "v9_063",
        "【PR】体重計に乗るのが怖かったけど、このスープで3kg落ちた",
        [BF, WL],
        gifted=True,
        listing__category="food",
    )
    L("v9_070", "health_food", "酵素", "飲めば誰でも変われる、驚きの実感力", GU)
    L("v9_071", "health_food", "乳酸菌", "小児科の先生も子どもに飲ませています", EN)
    # permitted look-alikes
    L(
        "v9_080",
        "cosmetics",
        "化粧水",
        "肌にハリを与え、キメを整える。乾燥による小ジワを目立たなくする",
        [],
        PERM,
    )
    L(
        "v9_081",
        "health_food",
        "ヒアルロン酸",
        "肌の水分を保持し、乾燥を緩和する機能が報告されています",
        [],
        PERM,
        approval="fnfc",
    )
    L("v9_082", "food", "特保の緑茶", "血圧が高めの方に適した食品です", [], PERM, approval="foshu")
    L("v9_083", "general", "正座椅子", "正座が苦手な方の法事やお茶席に。折りたたみ式", [], PERM)
    L("v9_084", "general", "手袋", "指先まで暖かい裏ボア。スマホ対応", [], PERM)
    L(
        "v9_085",
        "health_food",
        "青汁",
        "父の日ギフトに。毎日の野菜不足が気になるお父さんへ",
        [],
        PERM,
    )
    L(
        "v9_086",
        "cosmetics",
        "ヘアトリートメント",
        "毛髪にツヤを与え、クシどおりをよくする",
        [],
        PERM,
    )
    L("v9_087", "apparel", "Aラインワンピース", "体型カバーでお腹まわりが気にならない", [], PERM)
    L("v9_088", "food", "はちみつ", "のどにやさしい、はちみつ大根のレシピ付き", [], PERM)
    L(
        "v9_089",
        "health_food",
        "マルチビタミン",
        "飲み忘れ防止のカレンダー付き。本品は医薬品ではありません",
        [],
        PERM,
    )
    L("v9_090", "cosmetics", "日焼け止め", "日やけを防ぐ。汗・水に強いウォータープルーフ", [], PERM)
    L("v9_091", "general", "入浴剤", "湯上がりぽかぽか。森の香りでリラックス", [], PERM)
    L(
        "v9_092",
        "health_food",
        "プロテイン",
        "筋トレ後のたんぱく質補給に。減量中の間食にも",
        [],
        PERM,
    )
    P(
        "v9_093",
        "【PR】冬は乾燥がつらい…このクリームで肌にうるおいを与えて寝てます",
        [],
        PERM,
        gifted=True,
        listing__category="cosmetics",
    )
    L("v9_100", "general", "体組成計", "乗るだけで体脂肪率・筋肉量・内臓脂肪レベルを表示", [])
    L("v9_101", "food", "みかんジュース", "果汁100%。贈り物に", [])
