"""Round 7 probe rows (health): written from the sources' classes before the pack was tuned on them.

Each probe batch is first scored as written (the first score goes in docs/pack-jp.md),
then the pack is generalised by class, not by row. Rows are added with the row
constructors of ``build_jp_ads_eval.py`` (split ``tune``).
"""

from __future__ import annotations

from collections.abc import Callable

from holdout_jp_ads import AC, BF, CS, DO, DP, EN, GU, N1, PERM, QD, ST, TK, WL, D  # noqa: F401

Row = Callable[..., None]


def add_probes_r7_health(L: Row, P: Row, S: Row) -> None:
    """Round 7 (health) probes."""
    # --- batch 1 (2026-11-27). First score as written (pack at 6d1af81): 28 of 49 pairs
    # (57.1%), 8 of 23 permitted look-alikes flagged, 0 of 3 ordinary; r7h_011 and r7h_038
    # were then relabelled to add stema (brand-tied, no disclosure: the pack was right).: classes from the 46通知 list, 適正広告基準 and holdout11's
    # weak spots (disease words in permitted contexts, medical devices, books, goods,
    # fatigue, testimonials, indirect wording). Written before any tuning on them.
    # Label conventions: fatigue, vitality and 疲労回復 are pmd_body_function on any
    # product (46通知 身体機能の増強; on goods the efficacy of a massager); a *named* disease
    # (慢性疲労症候群) is pmd_disease. A disease claim on a cosmetic is pmd_disease and
    # pmd_cosmetic_scope. A food claiming to change the skin from inside is
    # pmd_body_function.
    #
    # disease: testimonials (お客様の声), indirect wording, goods, posts
    L(
        "r7h_001",
        "health_food",
        "発酵キャベツ乳酸菌 60粒",
        "【お客様の声】長年の逆流性食道炎で夜も横になれなかったのが、今では朝までぐっすりです。(60代女性)",
        D,
    )
    L(
        "r7h_002",
        "general",
        "アーチサポート インソール 男女兼用",
        "外反母趾の痛みで靴選びに苦労していた方に。履くだけで親指の付け根が当たらず、痛みを感じにくくなります。",
        D,
    )
    L(
        "r7h_003",
        "apparel",
        "着圧ハイソックス 2足組",
        "下肢静脈瘤のボコボコが目立たなくなったと喜びの声が続々。立ち仕事の方に。",
        D,
    )
    L(
        "r7h_004",
        "cosmetics",
        "ドクダミ 鎮静ジェル 50g",
        "酒さで赤くほてっていた頬が、2週間で落ち着きました。",
        [D, CS],
    )
    L(
        "r7h_005",
        "health_food",
        "GABA 紅麹 サプリ 30日分",
        "薬に頼らない毎日を目指すあなたへ。もう血圧計の数字に一喜一憂しない生活を。",
        D,
    )
    L(
        "r7h_006",
        "health_food",
        "じゃばら 甜茶 カプセル",
        "毎年ひどかった花粉の時期も、今年はマスクを外して外出できました!",
        D,
    )
    L(
        "r7h_007",
        "food",
        "ノコギリヤシ 南瓜の種 ブレンド茶",
        "毎晩2〜3回のトイレ通いが気にならなくなった、と70代のお客様から嬉しいお便り。",
        D,
    )
    L(
        "r7h_008",
        "health_food",
        "キャベジン配合 青汁",
        "食べ過ぎた翌日のための胃薬を、もう持ち歩かなくなりました(40代男性)",
        D,
    )
    L(
        "r7h_009",
        "general",
        "チタン ゲルマニウム ブレスレット",
        "つらい偏頭痛持ちの方にこそ試してほしい。付けた日から痛み止めの出番がぐっと減りました。",
        D,
    )
    P(
        "r7h_010",
        "喘息持ちの娘、このお茶に変えてから夜中の発作の回数が減った気がする🍵 #PR #ルイボス",
        D,
        gifted=True,
    )
    P(
        "r7h_011",
        "アトピー持ちさん、このサプリ本気で試してみて🥺 かゆくて眠れない夜がなくなったよ",
        [D, ST],
        affiliate_link=True,
    )
    L(
        "r7h_012",
        "health_food",
        "田七人参 粒",
        "病院でもらう薬を、少しずつ減らしていきたい方の新しい選択肢。",
        D,
    )
    L(
        "r7h_013",
        "general",
        "横向き寝 いびき対策 枕",
        "睡眠時無呼吸と言われた夫のいびきが静かになり、家族みんなで安眠できるようになりました。",
        D,
    )
    L(
        "r7h_014",
        "general",
        "磁気ネックレス 医療用ではない",
        "五十肩で上がらなかった右腕が、洗濯物を干せるまでに。",
        D,
    )
    L(
        "r7h_015",
        "health_food",
        "クランベリー エキス 粒",
        "★★★★★ 膀胱炎をくり返していたのが嘘のよう。もう半年、再発していません。",
        D,
    )
    L(
        "r7h_016",
        "food",
        "菊芋 ごぼう 健康茶",
        "糖尿病の父のために作りました。毎日の一杯で、主治医に驚かれるほどに。",
        D,
    )
    L(
        "r7h_017",
        "food",
        "とうもろこしのひげ茶 30包",
        "頻尿を気にせず、旅行やお出かけを心から楽しめるように。",
        D,
    )
    L(
        "r7h_018",
        "health_food",
        "プロポリス キャンディ",
        "受験シーズンも一度も学校を休まず乗り切れました。インフル対策の定番に。",
        D,
    )
    # body function (foods, goods, posts)
    L(
        "r7h_030",
        "health_food",
        "ケルセチン 尿酸 サポート",
        "尿酸やプリン体を体の外へスムーズに押し流す、毎日のリセット習慣。",
        BF,
    )
    L(
        "r7h_031",
        "food",
        "カリウムたっぷり 野菜スープ",
        "余分な塩分を体外へ排出して、すっきり軽やかな毎日に。",
        BF,
    )
    L(
        "r7h_032",
        "health_food",
        "ナットウキナーゼ 2000FU",
        "ドロドロ血管の詰まりをケアして、めぐりのいい毎日へ。",
        BF,
    )
    L(
        "r7h_033",
        "health_food",
        "マカ 亜鉛 トンカットアリ",
        "男性機能の衰えに。みなぎる自信をもう一度。",
        BF,
    )
    L(
        "r7h_034",
        "health_food",
        "すっぽん 黒にんにく",
        "男の元気を底上げ。夜の活力に差がつく一粒。",
        BF,
    )
    L(
        "r7h_035",
        "food",
        "オートミール 食物繊維 グラノーラ",
        "腸の動きを活発にして、スルッと快調な朝を迎えましょう。",
        BF,
    )
    L(
        "r7h_036",
        "health_food",
        "飲むヒアルロン酸 120粒",
        "内側から肌のハリが戻る。飲んだ翌朝の鏡が楽しみに。",
        BF,
    )
    L(
        "r7h_037",
        "food",
        "コラーゲンゼリー ピーチ味",
        "食べたコラーゲンが体内でお肌のコラーゲンに生まれ変わります。",
        BF,
    )
    P(
        "r7h_038",
        "自律神経が整ってストレスにも負けない体になってきた気がする✨ #サプリ #ゆらぎ世代",
        [BF, ST],
        gifted=True,
    )
    P(
        "r7h_039",
        "このプロテイン飲み始めてから代謝が上がって、冬でも手足ぽかぽか #PR",
        BF,
        affiliate_link=True,
    )
    L(
        "r7h_040",
        "health_food",
        "イミダペプチド 30日分",
        "疲れにくい体づくりに。1日の終わりでもぐったりしない自分へ。",
        BF,
    )
    L(
        "r7h_041",
        "food",
        "しょうが 黒糖 ドリンク",
        "朝のだるさが抜けて、シャキッと目覚める一杯。",
        BF,
    )
    L(
        "r7h_042",
        "general",
        "テラヘルツ ブレスレット",
        "身につけるだけで疲労回復、全身のめぐりを改善します。",
        BF,
    )
    L(
        "r7h_043",
        "general",
        "足つぼ 刺激 インソール",
        "足裏のツボを刺激して、内臓の働きを活発に。",
        BF,
    )
    L(
        "r7h_044",
        "general",
        "頚椎サポート 低反発枕",
        "首の血流を良くして、自律神経のバランスを整える枕。",
        BF,
    )
    L(
        "r7h_045",
        "health_food",
        "イチョウ葉 DHA",
        "脳の血流を促して、ど忘れ知らずの毎日を。",
        BF,
    )
    L(
        "r7h_046",
        "health_food",
        "プラセンタ 大豆イソフラボン",
        "ホルモンの分泌を促して、若々しさを内側から。",
        BF,
    )
    L(
        "r7h_047",
        "health_food",
        "オルニチン しじみ 粒",
        "肝臓の解毒をサポートして、飲み会の翌朝もすっきり。",
        BF,
    )
    L(
        "r7h_048",
        "food",
        "はなびらたけ 乾燥 50g",
        "免疫細胞を活性化させるβグルカンがたっぷり。",
        BF,
    )
    # endorsement
    L("r7h_060", "health_food", "ビタミンD3 1000IU", "医師の間でも話題のビタミンD。", EN)
    L(
        "r7h_061",
        "health_food",
        "ビフィズス菌 BB536 カプセル",
        "医療関係者から注目を集める乳酸菌を1粒に。",
        EN,
    )
    L(
        "r7h_062",
        "general",
        "ひざ サポーター 薄型",
        "整形外科医が開発に協力した、膝を支える立体設計。",
        EN,
    )
    L(
        "r7h_063",
        "health_food",
        "酵素 ドリンク 720ml",
        "現役看護師さんのリピーターが多いのも納得の飲みやすさ。",
        EN,
    )
    P("r7h_064", "かかりつけの先生にも勧められたサプリ、続けてます #PR", EN, gifted=True)
    # dosage
    L(
        "r7h_070",
        "health_food",
        "ハーブ タブレット",
        "つらい時は1回4粒まで。落ち着いてきたら2粒に戻してください。",
        DO,
    )
    L(
        "r7h_071",
        "health_food",
        "霊芝 エキス 顆粒",
        "1日2回、朝・晩の空腹時に水またはぬるま湯で飲んでください。",
        DO,
    )
    L(
        "r7h_072",
        "food",
        "ドクダミ 煎じ茶",
        "煎じて1日3回に分け、食間にお飲みください。",
        DO,
    )
    L(
        "r7h_073",
        "health_food",
        "ウコン 錠剤",
        "飲み忘れた場合は、気づいた時点で1回分をお飲みください。2回分を一度に飲まないでください。",
        DO,
    )
    # drug-only ingredient, FNFC wording without notification
    L(
        "r7h_080",
        "food",
        "ブレンド ハーブティー すっきり",
        "センナの葉をブレンドした、すっきり茶。",
        "otc_drug",
    )
    L(
        "r7h_085",
        "food",
        "GABA チョコレート",
        "GABAには仕事や勉強による一時的な精神的ストレスを緩和する機能があることが報告されています。",
        AC,
        approval="none",
    )
    # permitted look-alikes: cautions, medical devices, books, FOSHU/FNFC, per-serving
    L(
        "r7h_100",
        "health_food",
        "DHA EPA ソフトカプセル",
        "【ご注意】糖尿病・腎臓病などで治療中の方は、医師にご相談のうえお召し上がりください。",
        [],
        PERM,
    )
    L(
        "r7h_101",
        "food",
        "煮干し 食べる小魚 200g",
        "痛風・高尿酸血症の方は摂取量にご注意ください。プリン体を多く含みます。",
        [],
        PERM,
    )
    L(
        "r7h_102",
        "health_food",
        "青汁 ケール100%",
        "ワルファリンなど血液凝固阻止薬を服用中の方は、ビタミンKを含むため医師にご相談ください。",
        [],
        PERM,
    )
    L(
        "r7h_103",
        "food",
        "米粉 クッキー 12枚",
        "卵・乳・小麦を使用していません。食物アレルギーのお子さまのおやつにも。",
        [],
        PERM,
    )
    L(
        "r7h_104",
        "general",
        "家庭用低周波治療器 管理医療機器",
        "医療機器認証番号:301AKBZX00012000。効能:肩こりの緩解、神経痛・筋肉痛の痛みの緩解、疲労回復。",
        [],
        PERM,
    )
    L(
        "r7h_105",
        "apparel",
        "弾性ストッキング 一般医療機器",
        "一般医療機器(届出番号13B2X00000000123)。足首から段階的に圧をかけ、下肢の静脈還流を促進し、むくみを軽減します。",
        [],
        PERM,
    )
    L(
        "r7h_106",
        "general",
        "家庭用電位治療器",
        "厚生労働省 医療機器承認番号 22000BZX00000000。効能:頭痛、肩こり、不眠症及び慢性便秘の緩解。",
        [],
        PERM,
    )
    L(
        "r7h_107",
        "general",
        "腰痛は食事で治す 名医の100レシピ",
        "著者:山田太郎/出版社:健康書房/ページ数:160/ISBN978-4-00-000000-0",
        [],
        PERM,
    )
    L(
        "r7h_108",
        "general",
        "体組成計 スマホ連動",
        "体重・体脂肪率・内臓脂肪レベル・基礎代謝量・骨量を測定。家族5人まで登録可能。",
        [],
        PERM,
    )
    L(
        "r7h_109",
        "general",
        "上腕式 血圧計",
        "朝晩の血圧を簡単に記録。医療機器認証番号 229AABZX00000000。",
        [],
        PERM,
    )
    L(
        "r7h_110",
        "food",
        "鶏むね サラダチキン 10袋",
        "1食あたりたんぱく質25g、脂質1.5g。トレーニング後のたんぱく質補給に。",
        [],
        PERM,
    )
    L(
        "r7h_111",
        "food",
        "濃縮 麦茶 ポーション",
        "冷蔵庫で冷やせばさらにおいしく。量を増やせば濃いめの味に。",
        [],
        PERM,
    )
    L(
        "r7h_112",
        "food",
        "特定保健用食品 ラクトトリペプチド 飲料",
        "許可表示:本品はラクトトリペプチドを含んでおり、血圧が高めの方に適した食品です。",
        [],
        PERM,
        approval="foshu",
    )
    L(
        "r7h_113",
        "health_food",
        "機能性表示食品 難消化性デキストリン 粉末",
        "届出表示:本品には難消化性デキストリンが含まれます。難消化性デキストリンには食事の糖の吸収をおだやかにし、食後の血糖値の上昇をおだやかにする機能が報告されています。食後の血糖値が気になる方に。",
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "r7h_114",
        "health_food",
        "マルチビタミン 90粒",
        "お客様の声:「粒が小さくて飲みやすく、毎朝の習慣になりました」(50代女性)",
        [],
        PERM,
    )
    L("r7h_115", "food", "濃厚 ガトーショコラ", "仕事で疲れた日のごほうびに。", [], PERM)
    L(
        "r7h_116",
        "general",
        "USB ホットアイマスク",
        "じんわり温かい蒸気で、就寝前のリラックスタイムに。",
        [],
        PERM,
    )
    L(
        "r7h_117",
        "general",
        "静音 デスクファン",
        "音に神経質な方にもおすすめの静音設計。",
        [],
        PERM,
    )
    L(
        "r7h_118",
        "health_food",
        "DHA サプリ",
        "妊娠中・授乳中の方、乳幼児は摂取を控えてください。薬を服用中の方、通院中の方は医師にご相談ください。",
        [],
        PERM,
    )
    L(
        "r7h_119",
        "general",
        "業務用 ニトリル手袋 100枚",
        "クリニックや歯科医院の受付・診療でも使える、丈夫な使い捨て手袋。",
        [],
        PERM,
    )
    L(
        "r7h_120",
        "food",
        "国産 白がゆ レトルト 6食",
        "胃にやさしい、なめらかなおかゆ。体調がすぐれない日の食事にも。",
        [],
        PERM,
    )
    P("r7h_121", "#PR 夜勤明けのごほうびスイーツ☕️ 甘さ控えめで最高", [], PERM, gifted=True)
    L(
        "r7h_122",
        "general",
        "マッサージクッション 管理医療機器",
        "効能:疲労回復、血行を良くする、筋肉のコリをほぐす。医療機器認証番号 302AGBZX00000000。",
        [],
        PERM,
    )
    # ordinary
    L("r7h_130", "general", "ステンレス 水筒 500ml", "保温・保冷どちらもOK。丸洗いできます。")
    L("r7h_131", "food", "北海道産 小豆 1kg", "煮崩れしにくく、あんこ作りに最適。")
    L("r7h_132", "apparel", "メッシュ ランニングシャツ", "汗をかいてもムレにくい通気性のよい素材。")
