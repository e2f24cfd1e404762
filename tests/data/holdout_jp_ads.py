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
    L("i52", "health_food", "コラーゲンゼリー", "医師の87%が推奨するコラーゲン", EN)
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
