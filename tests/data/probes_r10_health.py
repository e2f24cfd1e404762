"""Round 10 probe rows (health): written from the sources' classes before the pack was tuned on them.

Round 10 (fourth session) aims at false positives on permitted wording in copy the pack
has never seen. Each probe batch is first scored as written (the first score is noted in a
comment above the batch and in docs/pack-jp.md), then the pack is generalised by class,
not by row. Rows are added with the row constructors of ``build_jp_ads_eval.py``
(split ``tune``).
"""

from __future__ import annotations

from collections.abc import Callable

from holdout_jp_ads import AC, BF, CS, DO, DP, EN, GU, N1, PERM, QD, ST, TK, WL, D  # noqa: F401

Row = Callable[..., None]


def add_probes_r10_health(L: Row, P: Row, S: Row) -> None:
    """Round 10 (health) probes."""
    # --- batch 1 (2026-11-27, round 10). First score as written (pack at 23220cb): 29 of 34
    # pairs (85.3%), 19 of 22 violating rows with an expected hit, 8 of 56 permitted
    # look-alikes flagged (14.3%: r10h_010, 019, 030, 039, 040, 044, 050, 055). After the
    # first score r10h_115 and r10h_118 were relabelled to add pmd_body_function (「風邪を
    # ひかない体」 and 「疲れた目に」 are the settled body-function conventions) and r10h_116
    # to add pmd_guarantee (「みるみる細く」 is a speed claim), and r10h_055 became an
    # approved_claims violation (the FNC-only sentence and 「骨の健康」 on a product that does not
    # say it is an FNC, as jp.approved.fnc-label-unapproved reads it): the pack was right.
    # Classes of compliant copy that real health/food/goods/device listings carry around
    # risky words (食品表示基準 fixed wording, 栄養成分表示, allergens, storage, cautions,
    # directions, ingredient origin, approved wording on approved products, certified
    # devices, books and courses, FAQ and editorial text, boilerplate, negations, sports
    # goods described mechanically), then violations written in the same page styles
    # (a claim after a disclaimer, a claim inside a caution or FAQ, a certified device
    # claiming beyond its certification, an approved food claiming beyond its approval).
    #
    # permitted: 食品表示 blocks and 栄養成分表示 with disease-adjacent nutrients
    L(
        "r10h_001",
        "health_food",
        "乳酸菌 サプリメント 60粒",
        "名称:乳酸菌含有食品 原材料名:還元麦芽糖水飴(国内製造)、殺菌乳酸菌末、デキストリン/"
        "結晶セルロース、ステアリン酸カルシウム 内容量:18g(300mg×60粒) 賞味期限:枠外下部に記載 "
        "保存方法:高温多湿・直射日光を避けて保存してください。",
        [],
        PERM,
    )
    L(
        "r10h_002",
        "food",
        "減塩みそ 750g",
        "栄養成分表示(大さじ1杯18gあたり) エネルギー32kcal たんぱく質2.0g 脂質1.0g "
        "炭水化物3.8g 食塩相当量1.4g ※当社通常品に比べ食塩25%カット。",
        [],
        PERM,
    )
    L(
        "r10h_003",
        "food",
        "糖質オフ 食パン 6枚切",
        "1枚あたり糖質5.2g(当社従来品比50%オフ)。栄養成分表示は商品ラベルをご確認ください。"
        "食物繊維たっぷりで、朝食のトーストやサンドイッチに。",
        [],
        PERM,
    )
    L(
        "r10h_004",
        "health_food",
        "DHA EPA ソフトカプセル 120粒",
        "【原材料名】精製魚油(国内製造)、ゼラチン/グリセリン、ビタミンE "
        "【栄養成分表示 4粒(2.0g)あたり】エネルギー13kcal、たんぱく質0.6g、脂質1.2g、"
        "炭水化物0.1g、食塩相当量0.003g、DHA 500mg、EPA 120mg",
        [],
        PERM,
    )
    # allergens and factory notes
    L(
        "r10h_005",
        "food",
        "米粉クッキー 詰め合わせ",
        "特定原材料7品目不使用。本品製造工場では卵・乳成分・落花生を含む製品を生産しています。"
        "食物アレルギーをお持ちの方は原材料表示をよくご確認ください。",
        [],
        PERM,
    )
    L(
        "r10h_006",
        "health_food",
        "ソイプロテイン 1kg ココア味",
        "アレルゲン(28品目中):大豆・乳成分。大豆アレルギーのある方はお召し上がりにならないでください。"
        "体質や体調によりまれにお腹がゆるくなることがあります。",
        [],
        PERM,
    )
    # cautions: people under treatment, pregnancy, drug interactions, conditions
    L(
        "r10h_007",
        "health_food",
        "ビタミンK2 納豆菌 サプリ",
        "【ご注意】ワルファリン等の抗凝固薬を服用中の方は、本品の摂取をお控えください。"
        "通院中・服薬中の方は医師または薬剤師にご相談のうえお召し上がりください。",
        [],
        PERM,
    )
    L(
        "r10h_008",
        "food",
        "天然 日高昆布 200g",
        "昆布はヨウ素を多く含みます。甲状腺の病気で治療中の方は、摂取量について主治医にご相談ください。",
        [],
        PERM,
    )
    L(
        "r10h_009",
        "health_food",
        "鉄 葉酸 サプリ 30日分",
        "妊娠を計画中の方、妊娠中・授乳中の方は、1日の摂取目安量を守ってください。"
        "貧血の治療中の方は、医師の指示に従ってください。",
        [],
        PERM,
    )
    L(
        "r10h_010",
        "food",
        "青汁 ケール 30包",
        "ケールはカリウム・ビタミンKを含みます。腎臓病でカリウムの摂取制限がある方、"
        "血栓症の薬を服用中の方はお控えください。",
        [],
        PERM,
    )
    L(
        "r10h_011",
        "health_food",
        "グルコサミン コンドロイチン 360粒",
        "えびやかにのアレルギーがある方はお召し上がりにならないでください。"
        "糖尿病、高血圧、心臓病などで治療を受けている方は、事前に医師にご相談ください。",
        [],
        PERM,
    )
    L(
        "r10h_012",
        "general",
        "貼るカイロ 30個入",
        "【使用上の注意】糖尿病などで温感や血行に障害のある方、皮膚の弱い方は医師と相談のうえ使用してください。"
        "低温やけどのおそれがあるため、就寝時には使用しないでください。",
        [],
        PERM,
    )
    L(
        "r10h_013",
        "general",
        "温熱 ホットアイマスク 蒸気 14枚",
        "目の病気の治療中の方、目の周りに湿疹・かぶれ・傷のある方はご使用にならないでください。"
        "使用中に発疹やかゆみが出た場合は使用を中止してください。",
        [],
        PERM,
    )
    # directions (召し上がり方 / 目安量), not a drug dosage
    L(
        "r10h_014",
        "health_food",
        "マルチミネラル 90粒",
        "【召し上がり方】栄養補助食品として1日3粒を目安に、水またはぬるま湯とともにお召し上がりください。"
        "1日の摂取目安量をお守りください。",
        [],
        PERM,
    )
    L(
        "r10h_015",
        "food",
        "甘酒 米麹 濃縮タイプ",
        "お好みで2〜3倍に薄めてお飲みください。冷やしても温めても美味しくいただけます。"
        "開栓後は要冷蔵、お早めにお召し上がりください。",
        [],
        PERM,
    )
    # ingredient explanations and origin stories
    L(
        "r10h_016",
        "health_food",
        "ビタミンC 1000mg 天然アセロラ",
        "ビタミンCの一部にブラジル産アセロラ由来の原料を使用。酸味を抑えたチュアブルタイプで、"
        "水なしで噛んでお召し上がりいただけます。",
        [],
        PERM,
    )
    L(
        "r10h_017",
        "food",
        "鹿児島県産 黒酢 720ml",
        "壺畑で一年以上じっくり発酵・熟成させた、米だけでつくる黒酢です。"
        "琥珀色とまろやかな酸味が特長。ドレッシングや酢の物に。",
        [],
        PERM,
    )
    L(
        "r10h_018",
        "health_food",
        "ウコン 粒 沖縄県産",
        "沖縄の赤土で育った秋ウコンを、収穫後すぐに乾燥・粉砕して打錠しました。"
        "クルクミン含有量は1日目安量あたり30mg(自社分析値)。",
        [],
        PERM,
    )
    # approved wording on approved products
    L(
        "r10h_019",
        "food",
        "特定保健用食品 ヨーグルト 8個",
        "許可表示:ビフィズス菌BB536の働きにより、腸内の環境を改善し、おなかの調子を整えます。"
        "食生活は、主食、主菜、副菜を基本に、食事のバランスを。",
        [],
        PERM,
        approval="foshu",
    )
    L(
        "r10h_020",
        "health_food",
        "機能性表示食品 GABA 粒 30日分",
        "届出表示:本品にはGABAが含まれます。GABAには、血圧が高めの方の血圧を下げる機能が報告されています。"
        "本品は、疾病の診断、治療、予防を目的としたものではありません。",
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "r10h_021",
        "health_food",
        "機能性表示食品 難消化性デキストリン 顆粒",
        "届出表示:本品には難消化性デキストリン(食物繊維)が含まれます。難消化性デキストリンには、"
        "食事から摂取した脂肪の吸収を抑えて排出を増加させる機能があることが報告されています。"
        "届出番号:J123 食生活は、主食、主菜、副菜を基本に、食事のバランスを。",
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "r10h_022",
        "health_food",
        "栄養機能食品(亜鉛) タブレット",
        "亜鉛は、味覚を正常に保つのに必要な栄養素です。亜鉛は、皮膚や粘膜の健康維持を助ける栄養素です。"
        "本品は、多量摂取により疾病が治癒したり、より健康が増進するものではありません。",
        [],
        PERM,
        approval="fnc",
    )
    L(
        "r10h_023",
        "health_food",
        "機能性表示食品 ルテイン 30日分",
        "届出表示:本品にはルテインが含まれます。ルテインは、目の黄斑部の色素量を維持する働きがあり、"
        "ブルーライトなどの光の刺激から目を保護するとされています。"
        "疾病に罹患している方は医師に、医薬品を服用している方は医師、薬剤師に相談してください。",
        [],
        PERM,
        approval="fnfc",
    )
    # certified medical devices showing their certification, with certified wording
    L(
        "r10h_024",
        "general",
        "家庭用電気マッサージ器 シートタイプ",
        "管理医療機器 医療機器認証番号:305AGBZX00012000。効能・効果:疲労回復、血行をよくする、"
        "筋肉のこりをほぐす、筋肉の疲れをとる、神経痛・筋肉痛の痛みの緩解。",
        [],
        PERM,
        product_type="massager",
    )
    L(
        "r10h_025",
        "general",
        "家庭用低周波治療器 ワイヤレス",
        "管理医療機器(認証番号 301AFBZX00045000)。肩こりの緩和、腰の痛みの緩解、"
        "筋肉の疲れをとる。ペースメーカー等の体内植込み型医用電気機器を使用している方は使用しないでください。",
        [],
        PERM,
        product_type="medical_device",
    )
    L(
        "r10h_026",
        "general",
        "磁気治療器 絆創膏タイプ 48粒",
        "一般医療機器 届出番号:13B1X00000000001 装着部位のコリ及び血行の改善。"
        "肌に合わないときは使用を中止してください。",
        [],
        PERM,
        product_type="medical_device",
    )
    L(
        "r10h_027",
        "general",
        "上腕式 血圧計 Bluetooth対応",
        "管理医療機器 認証番号:228AHBZX00026000。朝晩の血圧と脈拍を測定し、アプリでグラフ化。"
        "測定結果の判断は自己判断せず、医師にご相談ください。",
        [],
        PERM,
        product_type="medical_device",
    )
    L(
        "r10h_028",
        "general",
        "アルカリイオン整水器 据置型",
        "管理医療機器 認証番号:227AGBZX00088000。アルカリイオン水の飲用による胃腸症状の改善。"
        "薬を飲む際はアルカリイオン水を使わず、浄水をご利用ください。",
        [],
        PERM,
        product_type="medical_device",
    )
    # books, recipes, courses about a disease
    L(
        "r10h_029",
        "general",
        "書籍 腎臓病の人のためのかんたん献立 150",
        "ISBN978-4-00-000000-0 A5判 160ページ。たんぱく質・塩分・カリウムを調整した"
        "主菜・副菜を写真つきで紹介。透析食の基本も解説しています。",
        [],
        PERM,
        product_type="book",
    )
    L(
        "r10h_030",
        "general",
        "オンライン講座 糖尿病予防の食事学(全6回)",
        "管理栄養士が講師を務める動画講座です。食品交換表の使い方、外食の選び方などを学べます。"
        "治療中の方は主治医の指導を優先してください。",
        [],
        PERM,
    )
    L(
        "r10h_031",
        "general",
        "DVD 腰痛体操 はじめてのストレッチ",
        "整形外科医監修の体操を収録した約60分のDVD。痛みがある場合や治療中の方は、"
        "医師に相談のうえ無理のない範囲で行ってください。",
        [],
        PERM,
    )
    L(
        "r10h_032",
        "general",
        "雑誌 健康生活 2026年12月号",
        "特集「冬の血圧管理」「骨粗しょう症を知る」、連載「名医に聞く 認知症の最新研究」ほか。"
        "付録:塩分早見表。",
        [],
        PERM,
        product_type="book",
    )
    # supervision / origin of a recipe stated without efficacy
    L(
        "r10h_033",
        "food",
        "冷凍弁当 7食セット",
        "管理栄養士が献立を作成。1食あたり主菜1品・副菜3品で、エネルギー300kcal以下、"
        "食塩相当量2.5g以下に調整しています。",
        [],
        PERM,
    )
    L(
        "r10h_034",
        "food",
        "介護食 やわらか おかず 12袋",
        "ユニバーサルデザインフード 区分2「歯ぐきでつぶせる」。かむ力が弱くなった方の毎日の食事に。"
        "とろみの程度はご家族やケアスタッフの方が確認してください。",
        [],
        PERM,
    )
    # FAQ / editorial / news text
    L(
        "r10h_035",
        "health_food",
        "ノコギリヤシ サプリ 60粒",
        "Q. 前立腺の病気が治りますか? A. 本品は食品であり、病気の治療や予防を目的としたものではありません。"
        "気になる症状がある方は泌尿器科を受診してください。",
        [],
        PERM,
    )
    L(
        "r10h_036",
        "health_food",
        "マグネシウム サプリ",
        "Q. 薬と一緒に飲んでも大丈夫ですか? A. 服用中のお薬がある場合は、"
        "かかりつけの医師・薬剤師にご確認ください。",
        [],
        PERM,
    )
    L(
        "r10h_037",
        "food",
        "国産 はちみつ 500g",
        "1歳未満の乳児には与えないでください(乳児ボツリヌス症の予防のため)。"
        "結晶化は品質に問題ありません。湯煎で溶かしてご使用ください。",
        [],
        PERM,
    )
    # return/shipping/quality boilerplate
    L(
        "r10h_038",
        "health_food",
        "コラーゲン ペプチド 粉末",
        "食品のため、開封後の返品・交換はお受けできません。お届けした商品に破損・汚損があった場合は"
        "到着後7日以内にご連絡ください。国内GMP認定工場で製造しています。",
        [],
        PERM,
    )
    # negations and denials
    L(
        "r10h_039",
        "health_food",
        "置き換え シェイク 30食",
        "1食あたり180kcal、たんぱく質15g。本品はダイエット効果や体重の減少を保証するものではありません。"
        "適度な運動とバランスのよい食事と組み合わせてご利用ください。",
        [],
        PERM,
    )
    L(
        "r10h_040",
        "general",
        "骨盤クッション 座椅子",
        "座面の形で骨盤を立てた姿勢を保ちやすくするクッションです。医療機器ではなく、"
        "腰痛などの症状を治療するものではありません。",
        [],
        PERM,
    )
    # sports and fitness goods described by what they do mechanically
    L(
        "r10h_041",
        "general",
        "ヨガマット 厚さ10mm",
        "クッション性の高いTPE素材で、床の硬さが膝や肘に伝わりにくい厚さ10mm。"
        "両面滑り止め加工、収納ベルト付き。",
        [],
        PERM,
    )
    L(
        "r10h_042",
        "general",
        "トレーニングチューブ 5本セット",
        "負荷の異なる5本で、腕・脚・背中のトレーニングを自宅で。ドアアンカーと持ち手付き。"
        "強度はXライト〜Xヘビーの5段階。",
        [],
        PERM,
    )
    L(
        "r10h_043",
        "general",
        "体組成計 スマホ連動",
        "体重・体脂肪率・筋肉量・基礎代謝量など12項目を測定。乗るだけで自動で電源が入り、"
        "家族5人分のデータを記録できます。",
        [],
        PERM,
    )
    L(
        "r10h_044",
        "general",
        "ランニングシューズ メンズ",
        "かかとの厚いミッドソールが着地の衝撃をやわらげ、長い距離でも脚が疲れにくい設計。"
        "メッシュアッパーで通気性も◎。",
        [],
        PERM,
    )
    L(
        "r10h_045",
        "general",
        "膝サポーター スポーツ用 2枚組",
        "伸縮性のあるニット素材で膝まわりを包み込み、運動中のズレを防ぎます。"
        "医療用ではありません。痛みがある場合は医師にご相談ください。",
        [],
        PERM,
    )
    # OTC drugs: category, approved indications, 使用上の注意
    L(
        "r10h_046",
        "drug",
        "【第2類医薬品】解熱鎮痛薬 24錠",
        "効能・効果:頭痛・月経痛(生理痛)・歯痛・関節痛の鎮痛、悪寒・発熱時の解熱。"
        "用法・用量:成人(15歳以上)1回2錠、1日3回まで。服用間隔は4時間以上おいてください。",
        [],
        PERM,
    )
    L(
        "r10h_047",
        "drug",
        "【第3類医薬品】ビタミンB群 錠 270錠",
        "効能:肉体疲労時のビタミンB1・B2・B6の補給、口内炎、肩こり・腰痛の緩和。"
        "使用上の注意をよく読んでお使いください。",
        [],
        PERM,
    )
    # eyewear / hearing / care goods
    L(
        "r10h_048",
        "general",
        "集音器 耳かけ式 充電式",
        "テレビの音や会話を聞き取りやすく増幅する集音器です。補聴器(医療機器)ではありません。"
        "聞こえに不安のある方は耳鼻咽喉科にご相談ください。",
        [],
        PERM,
    )
    L(
        "r10h_049",
        "general",
        "ブルーライトカット メガネ PC用",
        "ブルーライトカット率約40%(当社測定)。度なしレンズ、軽量フレーム18g。"
        "視力矯正用ではありません。",
        [],
        PERM,
    )
    # pet food with its own labelling (療法食 under a vet)
    L(
        "r10h_050",
        "general",
        "犬用 療法食 腎臓サポート ドライ 3kg",
        "獣医師の指導のもとで与えてください。本品は腎臓の健康維持を目的とした食事療法食です。"
        "給与量は体重と状態に合わせて獣医師にご相談ください。",
        [],
        PERM,
    )
    # specialty foods for dietary needs (食品表示 statements of the class)
    L(
        "r10h_051",
        "food",
        "たんぱく質調整 ごはん 1/25 180g×20",
        "たんぱく質を一般のごはんの1/25に調整したパックごはんです。医師から"
        "たんぱく質の摂取制限を指示されている方は、医師・管理栄養士の指導に従ってご利用ください。",
        [],
        PERM,
    )
    L(
        "r10h_052",
        "food",
        "グルテンフリー パスタ 玄米 250g",
        "原材料:有機玄米(国産)のみ。小麦を使用していないので、小麦を控えている方の食卓にも。"
        "ゆで時間7分。",
        [],
        PERM,
    )
    # posts about food or goods that carry a disease word as context
    P(
        "r10h_053",
        "#PR 父が糖尿病と診断されてから、家族で食事を見直し中。今日はこの減塩だしで筑前煮🍲"
        "治療は主治医の先生と相談しながら、食事は楽しく続けたい。",
        [],
        PERM,
        gifted=True,
    )
    P(
        "r10h_054",
        "【PR】ジムのあとはこのプロテインでたんぱく質補給💪 1杯で20g、溶けやすくてダマにならない。"
        "#プロテイン #筋トレ",
        [],
        PERM,
        gifted=True,
    )
    L(
        "r10h_055",
        "health_food",
        "カルシウム ビタミンD タブレット",
        "骨の健康が気になる世代へ、毎日の食事で不足しがちなカルシウムを。"
        "1日4粒でカルシウム680mg。本品は特定保健用食品とは異なり、消費者庁長官による個別審査を受けたものではありません。",
        AC,  # relabelled after the first score: FNC-only wording on a product not labelled FNC
    )
    L(
        "r10h_056",
        "food",
        "もち麦 800g 国産",
        "食物繊維が白米の約20倍(日本食品標準成分表2020年版より算出)。"
        "白米に2〜3割まぜて炊くのがおすすめです。",
        [],
        PERM,
    )
    #
    # violations: claims next to the permitted contexts above
    L(
        "r10h_101",
        "health_food",
        "乳酸菌 サプリ 30日分",
        "本品は医薬品ではありません。ですが、長年の花粉症がこれ1つでピタッとおさまったという声が多数。",
        D,
    )
    L(
        "r10h_102",
        "health_food",
        "桑の葉 サプリ 90粒",
        "【ご注意】治療中の方は医師にご相談ください。\n食後の血糖値の上昇をぐんと抑え、"
        "インスリンに頼らない毎日へ。",
        [D, BF],
    )
    L(
        "r10h_103",
        "health_food",
        "ノコギリヤシ サプリ",
        "Q. どのくらいで効果が出ますか? A. 早い方で2週間ほどで、夜中のトイレの回数が減り前立腺肥大が落ち着いてきます。",
        D,
    )
    L(
        "r10h_104",
        "general",
        "家庭用電気マッサージ器 管理医療機器",
        "医療機器認証番号取得済み。毎日10分で自律神経の乱れを整え、不眠症やうつ症状も改善します。",
        [D, BF],
        product_type="massager",
    )
    L(
        "r10h_105",
        "health_food",
        "機能性表示食品 GABA サプリ",
        "届出表示:血圧が高めの方の血圧を下げる機能が報告されています。高血圧の薬をやめられた方も!",
        [AC, D],
        approval="fnfc",
    )
    L(
        "r10h_106",
        "food",
        "腸活 ヨーグルト 無糖",
        "ビフィズス菌の働きにより、腸内の環境を改善し、おなかの調子を整えます。",
        AC,
        approval="none",
    )
    L(
        "r10h_107",
        "health_food",
        "ビタミンB群 サプリ",
        "【召し上がり方】1日3回、毎食後に2粒ずつ水またはぬるま湯で服用してください。",
        DO,
    )
    L(
        "r10h_108",
        "health_food",
        "酵素 ドリンク 720ml",
        "管理栄養士も太鼓判!内科の先生も患者さんにすすめている酵素ドリンクです。",
        EN,
    )
    L(
        "r10h_109",
        "health_food",
        "置き換え ダイエット シェイク",
        "1日1食置き換えるだけで、1か月でマイナス6kgも夢じゃない。食事制限なしで続けられる。",
        [WL, BF],
    )
    L(
        "r10h_110",
        "general",
        "腹筋ベルト EMS",
        "巻いてテレビを見るだけで、お腹の脂肪を燃やしてぽっこりお腹が引き締まる。",
        [WL, BF],
    )
    L(
        "r10h_111",
        "general",
        "書籍 がんが消える食べ方",
        "医者が見放した末期がんが、この食べ方で消えた。付録の特製スープの素もお届けします。",
        D,
        product_type="book",
    )
    L(
        "r10h_112",
        "health_food",
        "グルコサミン 360粒",
        "ひざの軟骨がすり減っている方へ。飲み続けると軟骨が再生し、階段の上り下りが楽になります。",
        BF,
    )
    L(
        "r10h_113",
        "health_food",
        "DHA EPA サプリ",
        "中性脂肪やコレステロールの数値を下げ、血液をサラサラにして動脈硬化を予防します。",
        [D, BF],
    )
    L(
        "r10h_114",
        "general",
        "磁気ネックレス",
        "装着するだけで血行が促進され、頑固な肩こりが治った!(口コミより)",
        [D, BF],
    )
    L(
        "r10h_115",
        "health_food",
        "栄養機能食品 ビタミンC",
        "ビタミンCは皮膚や粘膜の健康維持を助ける栄養素です。風邪をひかない体に、インフルエンザ予防にも。",
        [AC, D, BF],
        approval="fnc",
    )
    L(
        "r10h_116",
        "food",
        "黒酢 720ml",
        "毎朝大さじ1杯で内臓脂肪が燃焼し、ウエストがみるみる細くなります。",
        [WL, BF, GU],
    )
    L(
        "r10h_117",
        "health_food",
        "プラセンタ サプリ",
        "婦人科医が推奨する、更年期のつらいホットフラッシュ対策の決定版。",
        [EN, D],
    )
    L(
        "r10h_118",
        "health_food",
        "ルテイン サプリ",
        "スマホで疲れた目に。白内障や緑内障の予防に毎日2粒。",
        [D, BF],
    )
    P(
        "r10h_119",
        "#PR このお茶飲み始めてから血糖値が下がって、主治医にも薬減らしましょうって言われた✨",
        [D, BF],
        gifted=True,
    )
    L(
        "r10h_120",
        "health_food",
        "亜鉛 マカ サプリ",
        "飲むだけで精力みなぎる!男性ホルモンを活性化し、年齢に負けない体へ。",
        BF,
    )
    L(
        "r10h_121",
        "general",
        "低周波治療器 家庭用",
        "管理医療機器。肩こりの緩和に加え、椎間板ヘルニアや坐骨神経痛の根本治療にも。",
        D,
        product_type="medical_device",
    )
    L(
        "r10h_122",
        "health_food",
        "睡眠サポート サプリ",
        "睡眠薬と同じ成分メラトニンを配合。寝る前に飲めばぐっすり眠れます。",
        ["otc_drug", BF],
    )
    # --- batch 2 (2026-11-27, round 10, written after batch 1 was tuned). First score as
    # written (pack at 41e03aa): 13 of 15 pairs (86.7%), every violating row hit, 8 of 25
    # permitted look-alikes flagged (32.0%) — three of them (r10h_203, 204, 222) and one
    # violation (r10h_253) only for PSE because the rows were written without the device's
    # pse_mark; the mark was added after the first score (5 of 25, 20.0%, were health FPs:
    # r10h_201, 202, 213, 214, 217).
    # More classes real pages carry: goods against cold, pollen or dry air by what they do,
    # official data cited as a source, notification numbers, sports equipment and exercise
    # time, return boilerplate naming medicines, preparation and storage directions,
    # children's food with nutrients, FAQ on who may take it; then claims in the same places.
    L(
        "r10h_201",
        "apparel",
        "厚手 ウール 靴下 3足組",
        "冷え対策に。ウール混の厚手パイルで足元をあたたかく包みます。",
        [],
        PERM,
    )
    L(
        "r10h_202",
        "general",
        "不織布マスク 50枚 個包装",
        "BFE・VFE・PFE 99%カット(第三者機関試験)。花粉・飛沫対策に。"
        "※すべての感染を防ぐものではありません。",
        [],
        PERM,
    )
    L(
        "r10h_203",
        "general",
        "空気清浄機 〜20畳",
        "花粉・ハウスダスト・ペットの毛を集じんフィルターでキャッチ。"
        "0.3μmの粒子を99.97%除去(試験条件による)。",
        [],
        PERM,
        product_type="air_purifier",
        pse_mark="round",
    )
    L(
        "r10h_204",
        "general",
        "スチーム式 加湿器 3L",
        "空気の乾燥が気になる冬のお部屋に。適用床面積 木造6畳/プレハブ10畳。"
        "のどや肌の乾燥が気になる季節の寝室にも。",
        [],
        PERM,
        product_type="humidifier",
        pse_mark="round",
    )
    L(
        "r10h_205",
        "food",
        "減塩 梅干し 塩分3%",
        "厚生労働省「日本人の食事摂取基準(2025年版)」では、成人の食塩相当量の目標量を"
        "男性7.5g未満、女性6.5g未満としています。1粒あたり食塩相当量0.3g。",
        [],
        PERM,
    )
    L(
        "r10h_206",
        "health_food",
        "機能性表示食品 ヒアルロン酸 30日分",
        "消費者庁へ届出済み(届出番号:K456)。届出表示:本品にはヒアルロン酸Naが含まれます。"
        "ヒアルロン酸Naには肌の水分を逃がしにくくする機能があることが報告されています。",
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "r10h_207",
        "general",
        "フィットネスバイク 静音 折りたたみ",
        "負荷8段階。液晶モニターで時間・距離・速度・消費カロリーの目安を表示します。耐荷重100kg。",
        [],
        PERM,
    )
    L(
        "r10h_208",
        "general",
        "腹筋ローラー 膝マット付き",
        "2輪タイプで安定感があり、初心者でも転がしやすい。膝をつくマット付きで床が硬くても安心。",
        [],
        PERM,
    )
    L(
        "r10h_209",
        "general",
        "ステッパー 静音 コンパクト",
        "テレビを見ながら、1日10分からの運動習慣に。踏み込みの高さは2段階で調節できます。",
        [],
        PERM,
    )
    L(
        "r10h_210",
        "health_food",
        "えごま油 カプセル 90粒",
        "医薬品・医療機器と同様に、開封後の返品はお受けしておりません。商品到着後、"
        "内容をご確認のうえ、不良品の場合のみ7日以内にご連絡ください。",
        [],
        PERM,
    )
    L(
        "r10h_211",
        "food",
        "冷凍 手羽元 1kg",
        "中心部まで十分に加熱してお召し上がりください。解凍後の再凍結はお避けください。"
        "保存方法:-18℃以下で保存。",
        [],
        PERM,
    )
    L(
        "r10h_212",
        "food",
        "幼児用 ふりかけ 鉄分・カルシウム入り",
        "1袋(2.5g)あたり鉄1.0mg、カルシウム50mg。1歳半頃からのお子さまのごはんに。"
        "小さなお子さまが喉に詰まらせないよう、ご注意ください。",
        [],
        PERM,
    )
    L(
        "r10h_213",
        "health_food",
        "こども 乳酸菌 チュアブル",
        "Q. 何歳から食べられますか? A. 3歳頃からを目安にしています。"
        "Q. 風邪をひいているときも食べていいですか? A. 体調がすぐれないときは、"
        "無理に召し上がらず、かかりつけ医にご相談ください。",
        [],
        PERM,
    )
    L(
        "r10h_214",
        "general",
        "湯たんぽ 2.6L カバー付",
        "お湯を入れるだけで、朝まで布団の中がぽかぽか。低温やけどを防ぐため、"
        "直接肌に触れたまま長時間使用しないでください。",
        [],
        PERM,
    )
    L(
        "r10h_215",
        "general",
        "体温計 予測式 15秒",
        "わきの下で約15秒で予測検温。発熱時やお子さまの毎朝の検温に。"
        "管理医療機器 認証番号:222AABZX00000000",
        [],
        PERM,
        product_type="medical_device",
    )
    L(
        "r10h_216",
        "general",
        "インソール アーチサポート",
        "土踏まずを支える立体形状で、立ち仕事や長時間の歩行時に足裏の負担を分散。"
        "つま先部分はハサミでカットしてサイズ調整できます。",
        [],
        PERM,
    )
    L(
        "r10h_217",
        "food",
        "とろみ調整食品 顆粒 1kg",
        "特別用途食品(えん下困難者用食品)許可。飲み物や食べ物に加えて混ぜるだけで、"
        "お好みのとろみをつけられます。医師、歯科医師、管理栄養士等の指導のもとで使用してください。",
        [],
        PERM,
    )
    L(
        "r10h_218",
        "health_food",
        "マルチビタミン&ミネラル 120粒",
        "ビタミン13種・ミネラル10種を配合。原料の一部に中国産を使用しています。"
        "国内のGMP認定工場で製造し、製品ごとに残留農薬・重金属の検査を行っています。",
        [],
        PERM,
    )
    L(
        "r10h_219",
        "food",
        "国産 しょうが パウダー 50g",
        "高知県産の生姜を皮ごと乾燥・粉末にしました。紅茶やスープに小さじ1/2を目安に。"
        "寒い朝のしょうが紅茶におすすめです。",
        [],
        PERM,
    )
    L(
        "r10h_220",
        "general",
        "低反発 枕 横向き寝対応",
        "頭の重さを分散して受け止める低反発ウレタン。高さは付属シートで3段階に調整できます。"
        "カバーは洗濯機で洗えます。",
        [],
        PERM,
    )
    L(
        "r10h_221",
        "health_food",
        "葉酸 サプリ 妊活 120粒",
        "厚生労働省は、妊娠を計画している女性に、食事に加えて1日400μgの葉酸を"
        "栄養補助食品から摂取することを推奨しています。本品4粒で葉酸400μg。",
        [],
        PERM,
    )
    L(
        "r10h_222",
        "general",
        "電動歯ブラシ 音波振動",
        "毎分31,000回の音波振動で、歯と歯ぐきの境目の歯垢をやさしく除去。"
        "歯科医院での定期検診とあわせてお使いください。",
        [],
        PERM,
        product_type="electric_toothbrush",
        pse_mark="round",
    )
    L(
        "r10h_223",
        "health_food",
        "クエン酸 粉末 500g",
        "運動中の水分補給に、水500mlに小さじ1杯を溶かして。掃除用ではなく食品グレードです。",
        [],
        PERM,
    )
    L(
        "r10h_224",
        "general",
        "骨盤ベルト 産後 マタニティ",
        "産後の骨盤まわりをやさしく支えるベルト。マジックテープで締め付けを調整できます。"
        "体調に不安がある場合は、医師・助産師にご相談のうえご使用ください。",
        [],
        PERM,
    )
    L(
        "r10h_225",
        "food",
        "無糖 ヨーグルト 400g",
        "生乳100%。栄養成分表示(100gあたり)エネルギー62kcal、たんぱく質3.6g、脂質3.0g、"
        "炭水化物4.9g、食塩相当量0.1g、カルシウム120mg。",
        [],
        PERM,
    )
    # violations in the same places
    L(
        "r10h_251",
        "apparel",
        "シルク 5本指 靴下",
        "長年の冷え性が、この靴下に替えてから治りました!しもやけもできなくなりました。",
        D,
    )
    L(
        "r10h_252",
        "general",
        "不織布マスク 50枚",
        "ウイルスを99%カット。つけているだけでインフルエンザや風邪を予防できます。",
        D,
    )
    L(
        "r10h_253",
        "general",
        "空気清浄機 花粉モード",
        "花粉症の症状がうそのように楽に。鼻炎薬がいらなくなったと好評です。",
        D,
        product_type="air_purifier",
        pse_mark="round",
    )
    L(
        "r10h_254",
        "food",
        "減塩 梅干し",
        "厚生労働省も推奨する減塩習慣。毎日1粒で血圧が下がり、高血圧の予防にも。",
        [EN, D, BF],
    )
    L(
        "r10h_255",
        "general",
        "ステッパー ダイエット",
        "テレビを見ながら1日10分踏むだけで、太ももがみるみる細くなり-5kg。",
        [WL, GU],
    )
    L(
        "r10h_256",
        "general",
        "インソール 磁気",
        "足裏のツボを刺激して血流アップ、むくみも解消。履くだけで全身の巡りが良くなる。",
        BF,
    )
    L(
        "r10h_257",
        "health_food",
        "こども 乳酸菌",
        "Q. 本当に効きますか? A. 飲み始めてから保育園を一度も休まなくなった、熱を出さなくなったという声がたくさん届いています。",
        D,
    )
    L(
        "r10h_258",
        "general",
        "低反発 枕",
        "首の骨のゆがみを矯正して、ストレートネックや頭痛が改善します。",
        D,
    )
    L(
        "r10h_259",
        "health_food",
        "葉酸 サプリ 妊活",
        "産婦人科医も推奨。飲み始めて3か月で妊娠できたという声が続々。",
        [EN, D],
    )
    L(
        "r10h_260",
        "food",
        "しょうが パウダー",
        "毎朝の一杯で基礎代謝がアップし、脂肪が燃えやすい体に。",
        [BF, WL],
    )
    # --- batch 3 (2026-11-27, round 10, written after batch 2 was tuned). First score as
    # written (pack at 1957e46): 9 of 10 pairs (90.0%), every violating row hit, 5 of 20
    # permitted look-alikes flagged (25.0%: r10h_303, 304, 306, 311, 317). Relabelled after
    # it: r10h_317 is a violation (a folk saying that ginger is for the start of a cold is
    # the implied efficacy 46通知 names: the pack was right), r10h_355 expects pmd_disease
    # only (a food's skin claim is not pmd_cosmetic_scope, settled convention), and the two
    # gifted posts r10h_311 and r10h_358 were written without a disclosure (stema, the pack
    # was right): 311 now opens with 「#PR」 and 358 expects stema too.
    # (Caveat: the class of r10h_311, a live-sale host refusing a viewer's efficacy
    # question, was added after a commit title mentioning holdout16's "live refusals"
    # appeared in the shared git log; no holdout16 row was read.)
    # Classes: approved quasi-drug drinks and bath salts with their approved efficacy,
    # a 病者用食品 with its permission, hot-spring indications (温泉法), test kits, charity
    # and screening campaigns, nutrient-content claims, lifestyle targeting, reviews that
    # deny feeling an effect, chatty denials in posts and live sales, pregnancy sickness as
    # the customer's situation, dietary regimes; then claims in the same places.
    L(
        "r10h_301",
        "quasi_drug",
        "【指定医薬部外品】ビタミンB1 ドリンク 100ml×10本",
        "効能・効果:滋養強壮、虚弱体質、肉体疲労・病中病後・食欲不振・栄養障害・発熱性消耗性疾患・"
        "妊娠授乳期などの場合の栄養補給。用法・用量:成人(15歳以上)1日1回1本を服用してください。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "r10h_302",
        "quasi_drug",
        "薬用入浴剤 炭酸 30錠",
        "医薬部外品。効能・効果:疲労回復、肩のこり、腰痛、冷え症、神経痛、リウマチ、痔、"
        "あせも、しっしん、うちみ、くじき、荒れ性、にきび、産前産後の冷え症、ひび、あかぎれ。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "r10h_303",
        "food",
        "経口補水液 500ml×24本 特別用途食品",
        "消費者庁許可 特別用途食品(病者用食品)。許可表示:軽度から中等度の脱水状態の方の水・電解質を"
        "補給・維持するのに適した病者用食品です。医師から脱水状態時の食事療法として指示された場合に限りお飲みください。",
        [],
        PERM,
    )
    L(
        "r10h_304",
        "general",
        "【宿泊券】源泉かけ流し 露天風呂付き客室 1泊2食",
        "泉質:ナトリウム-塩化物泉。一般的適応症:神経痛、筋肉痛、関節痛、冷え性、疲労回復(温泉法に基づく掲示)。"
        "禁忌症:急性疾患(特に熱のある場合)、重い心臓病。",
        [],
        PERM,
    )
    L(
        "r10h_305",
        "general",
        "郵送検査キット 大腸がんリスク(便潜血)",
        "ご自宅で採便し、郵送するだけ。提携検査機関で分析し、約1週間で結果をお知らせします。"
        "本キットは診断を行うものではありません。陽性の場合は医療機関を受診してください。",
        [],
        PERM,
    )
    L(
        "r10h_306",
        "general",
        "ピンクリボン チャリティ タオル",
        "売上の一部を乳がんの早期発見・早期診断・早期治療の啓発活動に寄付します。"
        "40歳を過ぎたら2年に1度の乳がん検診を。",
        [],
        PERM,
    )
    L(
        "r10h_307",
        "food",
        "高たんぱく ギリシャヨーグルト 12個",
        "1個あたりたんぱく質10g、脂肪ゼロ。鉄分やカルシウムも含まれています。"
        "朝食やトレーニング後の間食に。",
        [],
        PERM,
    )
    L(
        "r10h_308",
        "health_food",
        "マルチビタミン 野菜不足の方に",
        "こんな方におすすめ:野菜不足が気になる方、外食やコンビニ食が多い方、"
        "忙しくて食事が偏りがちな方。毎日の栄養補給に。",
        [],
        PERM,
    )
    L(
        "r10h_309",
        "health_food",
        "青汁 大麦若葉 30包",
        "★★★★☆ 抹茶みたいで飲みやすい。効果はまだよくわかりませんが、野菜不足の罪悪感は減りました。(40代女性)",
        [],
        PERM,
    )
    P(
        "r10h_310",
        "#PR 生姜ハーブティー☕ お薬じゃないから何かが治るとかではないけど、香りが好きで寝る前の一杯にしてる。",
        [],
        PERM,
        gifted=True,
    )
    P(
        "r10h_311",
        "#PR 今日のライブ配信でご紹介するのはこの黒酢ドリンク",
        [],
        PERM,
        gifted=True,
        transcript="コメントで『血圧下がりますか?』って来てますけど、食品なのでそういうことは言えないんです、ごめんなさい。"
        "味はりんご酢っぽくて飲みやすいですよ。",
    )
    L(
        "r10h_312",
        "food",
        "レモン味 ハードキャンディ 個包装",
        "さっぱりしたレモン味で、つわりの時期や車の中でも口にしやすいと好評です。",
        [],
        PERM,
    )
    L(
        "r10h_313",
        "food",
        "低糖質 ロールケーキ 糖質5.8g",
        "糖質制限中の方や、ロカボを実践中の方のおやつに。1切れあたり糖質5.8g。",
        [],
        PERM,
    )
    L(
        "r10h_314",
        "general",
        "上腕式 血圧計 医療機器",
        "家庭血圧の測定を習慣に。日本高血圧学会のガイドラインでは、朝と晩に測ることがすすめられています。"
        "管理医療機器 認証番号:303AABZX00011000",
        [],
        PERM,
        product_type="medical_device",
    )
    L(
        "r10h_315",
        "health_food",
        "乳酸菌 サプリ 30日分",
        "定期コースはいつでも解約できます。お客様の体質や体調に合わない場合は、"
        "摂取を中止し、未開封分は返品を承ります。",
        [],
        PERM,
    )
    L(
        "r10h_316",
        "general",
        "禁煙 パイポ風 ノンニコチン ハーブスティック",
        "ニコチン・タールは含まれていません。口さみしいときの気分転換に。"
        "禁煙補助薬ではありません。",
        [],
        PERM,
    )
    L(
        "r10h_317",
        "food",
        "生姜 はちみつ漬け 瓶",
        "昔から「風邪のひき始めには生姜湯」と言われるように、生姜は冬の台所の定番。"
        "お湯で割って生姜湯に、紅茶に入れてジンジャーティーに。",
        D,
    )
    L(
        "r10h_318",
        "general",
        "着圧 ソックス 一般医療機器 弾性ストッキング",
        "一般医療機器(届出番号 13B2X10000000002)。効果:静脈還流を促進し、下肢のむくみを軽減する。"
        "皮膚に異常のある方は使用前に医師にご相談ください。",
        [],
        PERM,
        product_type="medical_device",
    )
    L(
        "r10h_319",
        "health_food",
        "DHA サプリ 120粒",
        "Q. 飲み忘れた日はどうすればいいですか? A. 翌日に2日分をまとめて飲まず、いつもどおり召し上がってください。",
        [],
        PERM,
    )
    L(
        "r10h_320",
        "general",
        "手すり 据え置き 玄関 介護",
        "立ち上がりや段差の昇り降りを支えます。転倒防止に。工事不要で設置できます。"
        "介護保険の福祉用具貸与・購入の対象については、ケアマネジャーにご相談ください。",
        [],
        PERM,
    )
    # violations in the same places
    L(
        "r10h_351",
        "general",
        "温泉水 飲用 2L×6本",
        "湯治場の源泉をそのままボトリング。毎日飲めば、がん細胞が消えると話題の名湯です。",
        D,
    )
    L(
        "r10h_352",
        "food",
        "レモン キャンディ",
        "つわりがひどかったのに、これをなめると吐き気がスッと消えて、本当に楽になりました!",
        D,
    )
    L(
        "r10h_353",
        "general",
        "郵送検査キット",
        "このキットと当社の腸活サプリで、大腸がんを予防。再検査の不安とさよなら。",
        D,
    )
    P(
        "r10h_354",
        "#PR 薬じゃないって言われたけど、正直このお茶でアトピーの痒みが治まった…✨",
        D,
        gifted=True,
    )
    L(
        "r10h_355",
        "health_food",
        "乳酸菌 サプリ",
        "野菜不足が気になる方に。飲み始めてから便秘と無縁になり、肌荒れも治りました。",
        D,
    )
    L(
        "r10h_356",
        "general",
        "着圧 ソックス",
        "履いて寝るだけで下肢静脈瘤が改善!足のむくみもすっきり解消。",
        D,
    )
    L(
        "r10h_357",
        "general",
        "【宿泊券】秘湯 湯治プラン",
        "アトピーも糖尿病もこの湯で完治した人が多数。1週間の湯治で体質が変わります。",
        D,
    )
    P(
        "r10h_358",
        "今日のライブでご紹介する黒酢ドリンク",
        [D, BF, ST],
        gifted=True,
        transcript="これね、毎日飲んでたら血圧が下がって、高血圧の薬いらなくなった人もいるんですよ。",
    )
    # --- batch 4 (2026-11-27, round 10, written after batch 3 was tuned). First score as
    # written (pack at 82259e7): 9 of 9 pairs, 9 of 16 permitted look-alikes flagged (56.2%:
    # r10h_401, 402, 403, 404, 415, 416 — a pack size or spec in kg next to a convenience
    # 「〜だけで」 read as effortless weight loss; r10h_405, 407, 408 — a brand with ドクター
    # and a profession using its own work goods read as endorsements).
    # Classes: quantities in kg next to a convenience 「〜だけで」 (rice, pet food, bags,
    # baby goods), body weight as a spec of goods for babies and pets, brand and product
    # names containing ドクター/ナース, a profession using its own work goods, sales channels
    # (薬局で取り扱い), shop staff (薬剤師が在籍), the word 免疫 in a title of a book or an
    # ingredient's name; then claims in the same places.
    L(
        "r10h_401",
        "food",
        "無洗米 新米 こしひかり 5kg",
        "研がずに炊くだけで、ふっくらつやつやのごはんに。精米日から1か月以内にお召し上がりください。",
        [],
        PERM,
    )
    L(
        "r10h_402",
        "general",
        "ドッグフード 成犬用 チキン 6kg",
        "お皿に入れるだけで食べやすい小粒タイプ。避妊・去勢後の体重管理にも配慮した低脂肪レシピです。",
        [],
        PERM,
    )
    L(
        "r10h_403",
        "general",
        "ベビーキャリア 抱っこ紐 新生児",
        "体重3.2kg〜20kgまで使えます。バックルを留めるだけで簡単に装着できます。",
        [],
        PERM,
    )
    L(
        "r10h_404",
        "general",
        "リュック 軽量 通勤 本体0.6kg",
        "背負うだけで肩への負担が分散される幅広ショルダー。重さわずか600g。",
        [],
        PERM,
    )
    L(
        "r10h_405",
        "apparel",
        "ドクターマーチン 8ホール ブーツ",
        "長年愛用しているドクターマーチンの定番モデル。数回着用のみの美品です。",
        [],
        PERM,
    )
    L(
        "r10h_406",
        "general",
        "プラレール ドクターイエロー セット",
        "子どもがずっと愛用しているお気に入り。電池を入れるだけで走ります。",
        [],
        PERM,
    )
    L(
        "r10h_407",
        "apparel",
        "ナースシューズ 軽量 疲れにくい",
        "看護師さんに愛用されている定番のナースシューズ。クッション性の高いインソールで、長時間の立ち仕事に。",
        [],
        PERM,
    )
    L(
        "r10h_408",
        "general",
        "聴診器 ダブル 看護学生",
        "医師・看護師の方に選ばれているベーシックモデル。名入れ対応。",
        [],
        PERM,
    )
    L(
        "r10h_409",
        "health_food",
        "青汁 大麦若葉 3g×30包",
        "全国のドラッグストア・調剤薬局で取り扱い中。お近くの店舗でもお買い求めいただけます。",
        [],
        PERM,
    )
    L(
        "r10h_410",
        "health_food",
        "ビタミンD サプリ 当店オリジナル",
        "当店には薬剤師・登録販売者が在籍しています。飲み合わせなどのご相談はお気軽にお問い合わせください。",
        [],
        PERM,
    )
    L(
        "r10h_411",
        "general",
        "書籍 免疫の科学 やさしい入門",
        "免疫細胞はどうやって体を守っているのか。ISBN978-4-00-000001-7 四六判 240ページ。",
        [],
        PERM,
        product_type="book",
    )
    L(
        "r10h_412",
        "food",
        "ドクターペッパー 350ml×24本",
        "独特の香りがクセになる炭酸飲料。冷やしてお飲みください。ファンの方に長く愛飲されています。",
        [],
        PERM,
    )
    L(
        "r10h_413",
        "general",
        "白衣 ドクターコート 男性用",
        "医師の方に人気の細身シルエット。ストレッチ素材で動きやすく、ご自宅で洗濯できます。",
        [],
        PERM,
    )
    L(
        "r10h_414",
        "general",
        "キャットフード 室内猫用 2kg",
        "毛玉の排出を助ける食物繊維を配合。袋を開けてお皿に出すだけ。体重4kgの猫で1日約60gが目安です。",
        [],
        PERM,
    )
    L(
        "r10h_415",
        "food",
        "国産 玉ねぎ 10kg 箱",
        "レンジで温めるだけで甘みが引き立ちます。保存は風通しのよい冷暗所で。",
        [],
        PERM,
    )
    L(
        "r10h_416",
        "general",
        "スーツケース 機内持ち込み 2.4kg",
        "軽量2.4kg。片手で押すだけでスムーズに進むダブルキャスター。",
        [],
        PERM,
    )
    # violations in the same places
    L(
        "r10h_451",
        "general",
        "ドッグフード ダイエット",
        "お皿に入れるだけで、愛犬も飼い主も一緒に-3kg!",
        WL,
    )
    L(
        "r10h_452",
        "apparel",
        "ナースシューズ",
        "看護師さんも推薦!履くだけで外反母趾が治ります。",
        [EN, D],
    )
    L(
        "r10h_453",
        "health_food",
        "青汁 大麦若葉",
        "調剤薬局の薬剤師がすすめる青汁。飲むだけで血糖値が下がります。",
        [EN, BF],
    )
    L(
        "r10h_454",
        "health_food",
        "ドクター監修 乳酸菌",
        "ドクター監修だから効果が違う。免疫力アップで風邪知らず。",
        [EN, BF, D],
    )
    L(
        "r10h_455",
        "general",
        "リュック 姿勢矯正",
        "背負うだけで猫背が治り、肩こりも解消します。",
        D,
    )
    # --- batch 5 (2026-11-27, round 10, written after batch 4 was tuned). First score as
    # written (pack at f591dba): 6 of 7 pairs (pmd_guarantee's 「みるみる減ります」 missed,
    # beauty's family), 3 of 16 permitted look-alikes flagged (18.8%: r10h_504 a film whose
    # scratches 「治る」, r10h_508 a size chart's ウエスト64cm, r10h_512 乳脂肪分 next to
    # 「入れるだけで」).
    # Classes: body words that name food (ホルモン, 小腸, 軟骨, レバー), effect words about
    # goods and appliances (エアコンが効く, 傷が治るフィルム, 再生ポリエステル, 燃焼時間, デジタル
    # デトックス), size charts and fitting advice (ウエスト64cm, むくみやすい方は大きめを), pets'
    # weight management, chilled drinks, fat content of dairy; then claims in the same places.
    L(
        "r10h_501",
        "food",
        "国産 牛ホルモン 小腸 500g 下処理済み",
        "丁寧に下処理して臭みを抑えました。フライパンで焼くだけで、ぷりぷりの食感に。",
        [],
        PERM,
    )
    L(
        "r10h_502",
        "food",
        "鶏なんこつ 唐揚げ 1kg 業務用",
        "コリコリ食感の鶏の軟骨を、にんにく醤油で下味付け。揚げるだけでおつまみに。",
        [],
        PERM,
    )
    L(
        "r10h_503",
        "food",
        "新鮮 鶏レバー 1kg",
        "血抜き済みで臭みが少なく、甘辛煮やレバーペーストに。鉄分やビタミンAを含みます。",
        [],
        PERM,
    )
    L(
        "r10h_504",
        "general",
        "スマホ 保護フィルム 自己修復",
        "小さなすり傷なら時間とともに自然に治る自己修復コーティング。気泡が入りにくい貼り付け方式。",
        [],
        PERM,
    )
    L(
        "r10h_505",
        "apparel",
        "Tシャツ 再生ポリエステル 速乾",
        "ペットボトルから再生したポリエステル素材を使用。汗をかいてもすぐ乾き、冷房の効いた室内でも快適。",
        [],
        PERM,
    )
    L(
        "r10h_506",
        "general",
        "固形燃料 25g 20個 旅館用",
        "燃焼時間約20分。一人鍋や陶板焼きに。燃焼中は鍋の下に手を入れないでください。",
        [],
        PERM,
    )
    L(
        "r10h_507",
        "general",
        "書籍 デジタルデトックス 入門",
        "スマホ時間を減らして、自分の時間を取り戻すための30日プログラム。四六判 200ページ。",
        [],
        PERM,
        product_type="book",
    )
    L(
        "r10h_508",
        "apparel",
        "ストレッチ スキニー パンツ レディース",
        "サイズ:M(ウエスト64cm・ヒップ90cm)、L(ウエスト70cm・ヒップ96cm)。履くだけで脚がまっすぐに見えるシルエット。",
        [],
        PERM,
    )
    L(
        "r10h_509",
        "apparel",
        "ローファー 本革 レディース",
        "幅はやや細めの作りです。夕方に足がむくみやすい方は、ワンサイズ大きめをおすすめします。",
        [],
        PERM,
    )
    L(
        "r10h_510",
        "general",
        "ドッグフード 体重管理用 成犬 3kg",
        "運動量が少なく体重管理が必要な成犬に。1日の給与量の目安をパッケージに記載しています。",
        [],
        PERM,
    )
    L(
        "r10h_511",
        "food",
        "クラフトビール 6本セット",
        "よく冷えた状態で、グラスに注ぐだけで華やかな香りが広がります。20歳未満の飲酒は法律で禁止されています。",
        [],
        PERM,
        product_type="alcohol",
    )
    L(
        "r10h_512",
        "food",
        "低脂肪乳 1000ml×6本",
        "乳脂肪分1.0%。コーヒーに入れるだけで、すっきりした味わいのカフェオレに。",
        [],
        PERM,
    )
    L(
        "r10h_513",
        "general",
        "ルームエアコン 6畳用",
        "冷房・暖房ともによく効く、省エネ基準達成モデル。フィルター自動お掃除機能付き。",
        [],
        PERM,
        pse_mark="round",
    )
    L(
        "r10h_514",
        "food",
        "本わさび チューブ",
        "ツンと効いた辛さで、お刺身やローストビーフに。開封後は要冷蔵。",
        [],
        PERM,
    )
    L(
        "r10h_515",
        "general",
        "ワイヤレスイヤホン ノイズキャンセリング",
        "連続再生時間10時間。周囲の騒音を抑えて音楽に集中できます。",
        [],
        PERM,
        pse_mark="round",
    )
    L(
        "r10h_516",
        "food",
        "もつ鍋セット 2〜3人前",
        "博多風の醤油スープに、国産牛の小腸をたっぷり。キャベツとニラを入れて煮込むだけ。",
        [],
        PERM,
    )
    # violations in the same places
    L(
        "r10h_551",
        "health_food",
        "鶏軟骨 コンドロイチン サプリ",
        "すり減ったひざの軟骨を再生して、関節の痛みを解消します。",
        [BF, D],
    )
    L(
        "r10h_552",
        "general",
        "ドッグフード ダイエット",
        "与えるだけで愛犬の体重がみるみる減ります。",
        [WL, GU],
    )
    L(
        "r10h_553",
        "apparel",
        "着圧 スキニー",
        "履くだけで脚の脂肪が燃焼し、ウエスト-5cm。",
        [WL, BF],
    )
    L(
        "r10h_554",
        "food",
        "デトックス ハーブティー",
        "体にたまった毒素を排出して、腸内をきれいにリセット。",
        BF,
    )
    # --- batch 6 (2026-11-27, round 10, written after batch 5 was tuned). First score as
    # written (pack at 4442432): 3 of 3 pairs, 0 of 12 permitted look-alikes flagged; no change made.
    # Classes: plant and garden disease words (うどんこ病, 根腐れ), cleaning and hygiene goods
    # (除菌, カビ予防), appliance and vehicle care (バッテリー上がり防止), kitchen words with body
    # nouns (骨抜き, 血抜き), seniors' and babies' goods described by what they do; then claims.
    L(
        "r10h_601",
        "general",
        "ミニトマト 苗 4株セット",
        "うどんこ病や葉かび病に強い品種です。日当たりと風通しのよい場所に植え付けてください。",
        [],
        PERM,
    )
    L(
        "r10h_602",
        "general",
        "観葉植物用 土 5L",
        "水はけがよく根腐れを防ぐ軽石入り。室内でも虫がわきにくい無機質ブレンドです。",
        [],
        PERM,
    )
    L(
        "r10h_603",
        "general",
        "アルコール除菌スプレー 400ml",
        "キッチンやテーブルの除菌に。すべての菌を除菌するわけではありません。手指には使用しないでください。",
        [],
        PERM,
    )
    L(
        "r10h_604",
        "general",
        "防カビ くん煙剤 浴室用",
        "カビの原因菌を除去し、黒カビの発生を約2か月予防します。使用中は換気扇を止めてください。",
        [],
        PERM,
    )
    L(
        "r10h_605",
        "general",
        "バッテリー充電器 車用",
        "つないでおくだけで冬場のバッテリー上がりを防止。過充電を防ぐ保護回路付き。",
        [],
        PERM,
        pse_mark="round",
    )
    L(
        "r10h_606",
        "general",
        "骨抜き ピンセット ステンレス",
        "魚の小骨をしっかりつかんで抜き取ります。先端が斜めでつかみやすい形状。",
        [],
        PERM,
    )
    L(
        "r10h_607",
        "general",
        "シニア向け 杖 折りたたみ",
        "4段階に折りたためて持ち運びやすい。握りやすいグリップで、歩行時の手首への負担を軽減します。",
        [],
        PERM,
    )
    L(
        "r10h_608",
        "general",
        "ベビー 鼻吸い器 電動",
        "赤ちゃんの鼻水をやさしく吸引。風邪の季節にも、お手入れが簡単な分解式です。",
        [],
        PERM,
        pse_mark="round",
    )
    L(
        "r10h_609",
        "general",
        "歯間ブラシ SSS 20本",
        "歯と歯の間の汚れをかき出す、細いワイヤータイプ。使用後は水洗いして乾燥させてください。",
        [],
        PERM,
    )
    L(
        "r10h_610",
        "general",
        "防虫ネット 野菜用",
        "アブラムシやコナガなどの害虫の侵入を防ぎ、農薬の使用を減らせます。",
        [],
        PERM,
    )
    L(
        "r10h_611",
        "food",
        "国産 冷凍 ブロッコリー 500g",
        "収穫後すぐに急速冷凍。凍ったまま調理できて、お弁当やスープに便利です。ビタミンCを含みます。",
        [],
        PERM,
    )
    L(
        "r10h_612",
        "general",
        "ペット用 ケージ 大型犬",
        "高齢犬の転倒防止に、床はすべりにくいマット仕様。介護が必要になっても使い続けられます。",
        [],
        PERM,
    )
    # violations in the same places
    L(
        "r10h_651",
        "general",
        "除菌 スプレー 空間用",
        "お部屋にシュッとするだけで、インフルエンザやコロナの感染を予防できます。",
        D,
    )
    L(
        "r10h_652",
        "general",
        "シニア向け 杖 磁気入り",
        "握るだけで磁気が血行を促進し、ひざの痛みがなくなります。",
        [BF, D],
    )

    # ---- round 11, batch 7: denials, disclaimers and refusals in their many shapes, written
    # before tuning on them (the classes of holdout16's false positives, new wording: no row
    # of holdout15/16 paraphrased). Permitted: the product as the subject of a denied result,
    # listed claims the seller may not make, conditions the product is not for, FAQ answers
    # refusing, denials in posts, approved foods' audience lines. Violations: a claim next to
    # an unrelated denial or a generic disclaimer, a claim denied and then reasserted.
    # FIRST SCORE (round 11, pack as committed in 1b97a24, i.e. after the holdout16 fixes and
    # before tuning on this batch): 10/15 violation pairs (66.7%), 7/20 permitted flagged
    # (35.0%: r11h_006, 008, 010, 012, 013, 016, 020); with the pre-round-11 health files
    # 11/15 (73.3%) and 16/20 (80.0%). Regression found by it: r11h_054 and r11h_060 — the
    # denial masks took a claim glued in front (「…数値が改善」+「病気の治療を目的と…」,
    # 「…大好評」+「効果を保証する…」); bounded by noun shape. After the first score r11h_056
    # gets +GU (「3日で…解消」, speed) and r11h_058 +BF (冷え changed by a food): pack right.
    L(
        "r11h_001",
        "food",
        "玄米フレーク 徳用 600g",
        "食物繊維たっぷりの朝ごはん。※この商品を食べるだけでやせるわけではありません。",
        [],
        PERM,
    )
    L(
        "r11h_002",
        "health_food",
        "黒しょうが 粒 60日分",
        "原材料:黒しょうが抽出物、還元麦芽糖。本製品の摂取のみで脂肪が燃えるというものではございません。",
        [],
        PERM,
    )
    L(
        "r11h_003",
        "general",
        "ステッパー 静音タイプ",
        "テレビを見ながら足踏み。※こちらを使うだけで体重が落ちるものではありません。食事管理と合わせてどうぞ。",
        [],
        PERM,
    )
    L(
        "r11h_004",
        "apparel",
        "補正下着 ロングガードル",
        "ヒップラインを整えて見せるガードル。※着用するだけで痩せるものではありません。",
        [],
        PERM,
    )
    L(
        "r11h_005",
        "health_food",
        "広告表現ガイド(販売店さま向け)",
        "販売店さまへ:「血圧が下がる」「糖尿病に効く」といった表現は使用できません。店頭POPは本部確認のうえ掲示してください。",
        [],
        PERM,
    )
    L(
        "r11h_006",
        "health_food",
        "健康食品 OEM 相談会",
        "薬機法の観点から「がんが消える」「免疫力を高める」等の記載は行えないため、表示案は事前にご相談ください。",
        [],
        PERM,
    )
    L(
        "r11h_007",
        "general",
        "骨盤クッション 座椅子用",
        "長時間のデスクワークに。※腰痛の改善や骨盤の矯正を目的とした製品ではありません。",
        [],
        PERM,
    )
    L(
        "r11h_008",
        "food",
        "黒豆茶 ティーバッグ 30包",
        "香ばしくてノンカフェイン。※むくみの解消を目的としたものではありません。",
        [],
        PERM,
    )
    L(
        "r11h_009",
        "food",
        "はちみつ 国産 250g",
        "よくあるご質問 Q. 咳に効きますか? A. 食品ですので効能についてはお答えできません。1歳未満の乳児には与えないでください。",
        [],
        PERM,
    )
    L(
        "r11h_010",
        "health_food",
        "乳酸菌 タブレット",
        "Q:飲み続ければお腹が凹みますか?\nA:本品は体型の変化を保証するものではありません。",
        [],
        PERM,
    )
    L(
        "r11h_011",
        "cosmetics",
        "薬用ではない 保湿ローション",
        "Q. 肌荒れは治りますか? A. 化粧品ですので治療はできません。症状があるときは皮膚科医にご相談ください。",
        [],
        PERM,
    )
    P(
        "r11h_012",
        "【PR】酵素ドリンク 質問返し🍹",
        [],
        PERM,
        transcript="「これだけで痩せますか?」って質問多いんだけど、これを飲むだけで痩せるわけじゃないよ!朝の置き換えに使ってるだけ。",
        shop_tag=True,
    )
    P(
        "r11h_013",
        "#PR 青汁レビュー🥬 病気が治るとかそういうものではないけど、野菜不足の日にちょうどいい。",
        [],
        PERM,
        gifted=True,
    )
    L(
        "r11h_014",
        "health_food",
        "【機能性表示食品】GABA 睡眠サポート 30日分|睡眠の質が気になる方に",
        "届出表示:本品にはGABAが含まれます。GABAには睡眠の質(眠りの深さ)の向上に役立つ機能があることが報告されています。",
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "r11h_015",
        "health_food",
        "【機能性表示食品】イミダペプチド ドリンク|日常的な疲労感が気になる方へ",
        "届出表示:本品にはイミダゾールジペプチドが含まれます。イミダゾールジペプチドには、日常生活での一時的な疲労感を軽減する機能が報告されています。",
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "r11h_016",
        "general",
        "腹筋ベルト EMS 非医療機器",
        "※本品は医療機器ではありません。筋肉を鍛える、脂肪を落とすといった効果をうたうものではありません。",
        [],
        PERM,
    )
    L(
        "r11h_017",
        "food",
        "ノンオイル ドレッシング 3本",
        "※本品はダイエット食品ではなく、摂取するだけで体重が減るわけではありません。",
        [],
        PERM,
    )
    L(
        "r11h_018",
        "general",
        "加圧 レギンス",
        "段階着圧で脚をすっきり見せるデザイン。※履くだけで脚が細くなるものではありません。",
        [],
        PERM,
    )
    L(
        "r11h_019",
        "apparel",
        "花粉ガード ジャケット 撥水",
        "表面の撥水加工でホコリや花粉が付きにくく、帰宅時にさっと払えます。",
        [],
        PERM,
    )
    L(
        "r11h_020",
        "food",
        "のど飴 はちみつレモン",
        "のどが痛いときなど、症状が続く場合は医療機関を受診してください。",
        [],
        PERM,
    )
    # violations written in the same page shapes
    L(
        "r11h_051",
        "health_food",
        "スリムサプリ 30日分",
        "飲むだけでスルスル痩せる!※本品は医薬品ではありません。",
        [BF, WL],
    )
    L(
        "r11h_052",
        "health_food",
        "黒酢カプセル",
        "血圧が下がると大好評。※効果を保証するものではありません。",
        BF,
    )
    L(
        "r11h_053",
        "food",
        "置き換えシェイク",
        "本品を飲むだけで痩せるわけではありません…なんて言いません!1ヶ月で-8kg!",
        [BF, WL],
    )
    L(
        "r11h_054",
        "health_food",
        "ウコン 粒",
        "肝臓の数値が改善!※病気の治療を目的としたものではありません",
        BF,
    )
    L(
        "r11h_055",
        "general",
        "磁気ネックレス",
        "つけるだけで肩こりが治る。副作用の心配はありません。",
        D,
    )
    L(
        "r11h_056",
        "food",
        "ごぼう茶",
        "Q. 便秘に効きますか? A. はい、飲み始めて3日でスッキリ解消します。",
        [D, GU],  # relabelled after the first score: 「3日で…解消」 is a speed claim (settled)
    )
    P(
        "r11h_057",
        "#PR このサプリ飲むだけで2週間で-4kg😳 医薬品じゃないから安心💕",
        [BF, WL],
        gifted=True,
    )
    L(
        "r11h_058",
        "health_food",
        "【機能性表示食品】ヒハツ 粒|冷えが気になる方に",
        "届出表示:手の冷えを軽減する機能が報告されています。冷え性が治って毎日ぽかぽか!",
        [
            D,
            AC,
            BF,
        ],  # relabelled after the first score: 冷え changed by a food is also BF (settled)
        approval="fnfc",
    )
    L(
        "r11h_059",
        "health_food",
        "乳酸菌 粒|花粉の季節が気になる方に",
        "花粉症の季節の味方。鼻水・くしゃみがピタッと止まる!",
        D,
    )
    L(
        "r11h_060",
        "food",
        "ダイエットクッキー",
        "食べるだけで脂肪が燃える!※個人の感想であり効果を保証するものではありません",
        [BF, WL],
    )
