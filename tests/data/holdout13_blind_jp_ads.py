"""Blind held-out batch 13 of Japanese ad copy (issue 3).

Written by a helper that did not open the Japan pack (its policies, lexicons, docs or
tests) and did not score the rows. The product mix differs from the earlier batches on
purpose: drugstore POP copy, 通販 catalogue copy, ふるさと納税 返礼品, men's grooming, pet
supplements, kids' goods, seniors' goods and home beauty devices, plus Instagram/TikTok/X
captions and live-commerce transcripts.

Labels follow the law, not what a rule set is expected to catch: 薬機法 66条/68条 with
the 46通知 and 医薬品等適正広告基準, 景品表示法 5条 (No.1, 満足度, 二重価格, 痩身), the
ステマ告示 and 特商法 11条. Borderline rows carry a ``# why`` comment with the reading used.

``add_holdout13`` is deliberately not registered in ``build_jp_ads_eval.py``: the lead
registers it after the tuning round ends, so that it can be scored once, unseen.
"""

from __future__ import annotations

from collections.abc import Callable

from holdout_jp_ads import AC, BF, CS, DO, DP, EN, GU, N1, PERM, QD, ST, TK, WL, D

Row = Callable[..., None]


def _j(*parts: str) -> str:
    """Join description blocks with newlines, as sellers paste them into the form."""
    return "\n".join(parts)


def add_holdout13(L: Row, P: Row, S: Row) -> None:
    """Blind batch 13: about 100 violations, 65 permitted look-alikes, 35 ordinary rows.

    Split into sections so each stays readable; ids run v13_001… within the batch."""
    _disease(L, P)
    _body_function(L, P)
    _cosmetics_and_quasi_drugs(L, P)
    _approval_guarantee_endorsement_dosage(L, P)
    _weight_loss_no1_price(L, P)
    _stema_and_sellers(P, S)
    _permitted_cosmetics_and_quasi_drugs(L, P)
    _permitted_health_and_devices(L, P)
    _permitted_marketing(L, P, S)
    _ordinary(L, P, S)


def _disease(L: Row, P: Row) -> None:
    """Disease claims (treat, cure or prevent), mostly indirect or in testimonials."""
    L(
        "v13_001",
        "health_food",
        "【ふるさと納税】島らっきょう 黒酢漬けエキス 粒タイプ 180粒 返礼品",
        _j(
            "■沖縄の島らっきょうを黒酢でじっくり漬け込み、飲みやすい粒にしました。",
            "■寄附者さまの声",
            "「肝臓の数値が悪く脂肪肝と言われていましたが、次の健診でA判定に戻りました」",
            "■内容量 180粒(約2ヶ月分) ■配送 常温",
        ),
        D,
    )
    L(
        "v13_002",
        "general",
        "【獣医師も驚き】わんちゃん用 関節サプリ 鮫軟骨+緑イ貝 60粒",
        _j(
            "■椎間板ヘルニアで後ろ足を引きずっていた子が、また走れるようになりました。",
            "■シニア犬の関節炎のつらさに。",
            "■原材料 鮫軟骨抽出物、緑イ貝粉末、鶏ささみ",
        ),
        [
            D,
            EN,
        ],  # why: pet goods claiming to treat animal disease are unapproved veterinary drugs (薬機法 83条 applies 66/68条); 「獣医師も驚き」 trades on a vet's authority
    )
    L(
        "v13_003",
        "health_food",
        "イチョウ葉+DHA 記憶の小箱 90粒 シニアの毎日に",
        _j(
            "最近、人の名前が出てこない…鍵をどこに置いたか忘れる…",
            "そんなお父さん・お母さんの認知症予防に、毎朝3粒の習慣を。",
        ),
        D,
    )
    L(
        "v13_004",
        "cosmetics",
        "【メンズ】スカルプセラム BLACK 60ml AGA世代の頭皮に",
        _j(
            "■AGAの進行を食い止める、3種のボタニカルエキス配合。",
            "■薄くなった生え際がふさふさに戻ったとの声多数。",
            "■無香料・ノンアルコール",
        ),
        [D, CS],
    )
    L(
        "v13_005",
        "health_food",
        "こども乳酸菌チュアブル いちご味 60粒",
        _j(
            "小学生になってもおねしょが続いていた息子。",
            "このチュアブルを毎晩1粒あげるようになって、夜尿症がすっかり治まりました!(ママの声)",
        ),
        D,
    )
    L(
        "v13_006",
        "health_food",
        "蜂の子+イチョウ葉 みみ元気 62粒 通販限定",
        _j(
            "キーンという耳鳴りで眠れない夜に。",
            "飲み始めて3ヶ月、今ではほとんど気にならなくなりました(72歳・女性)。",
        ),
        D,  # why: 耳鳴り is a symptom of disease; 「気にならなくなった」 is an indirect cure claim
    )
    L(
        "v13_007",
        "food",
        "ニュージーランド産 マヌカハニー MGO550+ 250g",
        _j(
            "胃の不調の原因・ピロリ菌を除菌する力があると言われる特別なはちみつ。",
            "逆流性食道炎が気になる方も、毎朝スプーン1杯。",
        ),
        D,
    )
    L(
        "v13_008",
        "food",
        "国産 米麹甘酒 ノンアルコール 500ml×6本",
        _j(
            "■花粉の季節も薬に頼らない毎日へ。",
            "■飲む点滴と呼ばれる甘酒で、花粉症のムズムズを内側からブロック。",
        ),
        [D, BF],
    )
    L(
        "v13_009",
        "general",
        "水素水生成器 ポット型 1.5L 充電式",
        "活性酸素を除去し、がんや生活習慣病を寄せつけない体へ。毎日の水を変えるだけ。",
        [D, BF],
        product_type="water_generator",
        pse_mark="round",
    )
    L(
        "v13_010",
        "general",
        "ラベンダー&ベルガモット アロマオイル 10ml 眠りの香り",
        "うつっぽい気分や不眠症に悩むあなたへ。香りで心の病をやさしく癒します。",
        D,
    )
    L(
        "v13_011",
        "food",
        "【通販カタログ掲載】杜仲茶 煮出し用 5g×40袋",
        _j(
            "「血圧の薬を10年飲んでいましたが、杜仲茶に切り替えて先生にも驚かれました」",
            "(埼玉県 S様 68歳)",
            "※個人の感想です",
        ),
        D,  # why: 「個人の感想です」 does not cure a testimonial implying the tea replaced antihypertensives
    )
    P(
        "v13_012",
        "この酵素ドリンク飲み始めて半年、子宮筋腫が小さくなってて婦人科の先生もびっくり😳"
        " ほんとに出会えてよかった… #酵素ドリンク #子宮筋腫 #妊活",
        [D, ST],
        gifted=True,
        listing__category="health_food",
    )
    L(
        "v13_013",
        "general",
        "骨盤サポートベルト 男女兼用 M〜LL",
        _j(
            "◆巻くだけでぎっくり腰・坐骨神経痛の痛みが治る!",
            "◆立ち仕事の方、介護のお仕事の方にも",
        ),
        D,
    )
    L(
        "v13_014",
        "general",
        "猫ちゃんの腎臓ケア パウダー 30g",
        _j(
            "■慢性腎臓病と診断されたうちの子、3ヶ月でクレアチニン値が下がりました。",
            "■いつものごはんにひとふり。",
        ),
        D,  # why: treating a diagnosed disease in animals is a veterinary drug claim
    )
    L(
        "v13_015",
        "food",
        "とろみ名人 介護食用 とろみ調整食品 1kg",
        _j(
            "■飲み込みの弱くなったご家族に。",
            "■毎日の飲み物に混ぜるだけで誤嚥性肺炎を防ぎます。",
        ),
        D,  # why: a thickener may say it makes swallowing easier; preventing pneumonia is a disease claim
    )
    L(
        "v13_016",
        "cosmetics",
        "【Qoo10限定】シカ バーム クリーム 50ml 韓国コスメ",
        _j(
            "アトピー肌の方も大満足!塗った瞬間かゆみがスーッと治まり、赤みも引いていく。",
            "敏感肌・乾燥肌のお守りクリーム。",
        ),
        [D, CS],
    )
    L(
        "v13_017",
        "health_food",
        "【薬局POP】当店スタッフ愛用 しじみ+オルニチン",
        _j(
            "★二日酔いに効く!★",
            "飲み会の前にこれ!翌朝の頭痛・吐き気とさよなら。",
        ),
        D,  # why: 二日酔い relief (頭痛・吐き気) is a drug efficacy in the 46通知 sense
    )
    L(
        "v13_018",
        "health_food",
        "国産 しょうが黒糖湯 30包 からだポカポカ",
        _j(
            "■風邪をひきやすいお子さまにも。",
            "■飲むとインフルエンザにかかりにくくなると評判です。",
        ),
        D,
    )
    L(
        "v13_019",
        "general",
        "磁気ネックレス チタン 肩こり 血行",
        _j(
            "つけるだけで頑固な肩こり・頭痛が消えていく。",
            "四十肩で腕が上がらなかった方にも。",
        ),
        D,  # why: not a certified 家庭用永久磁石 medical device (no 認証番号), so 肩こり/四十肩 relief is an unapproved device claim
    )
    P(
        "v13_020",
        "【PR】愛用中のノニジュース🍹 母の糖尿病の数値がだいぶ落ち着いてきて、インスリンも減らせそうって✨"
        " 気になる方はストーリーのリンクから",
        D,
        gifted=True,
        listing__category="health_food",
    )


def _body_function(L: Row, P: Row) -> None:
    """Claims to affect the body's structure or functions (46通知), no disease named."""
    L(
        "v13_021",
        "health_food",
        "【公式】すくすくカルシウム グミ ぶどう味 こども用",
        _j(
            "■成長期のお子さまの身長をぐんぐん伸ばす!",
            "■クラスで一番小さかった娘が、1年で8cmも伸びました。",
        ),
        BF,
    )
    L(
        "v13_022",
        "health_food",
        "メンズ 活力サプリ 黒マカ+トンカットアリ 120粒",
        "精力増強・滋養強壮に。40代からの男の自信を取り戻す。",
        BF,  # why: 精力増強 and 滋養強壮 are drug efficacies for a food
    )
    L(
        "v13_023",
        "health_food",
        "酪酸菌+オリゴ糖 腸活サプリ 30日分",
        _j(
            "■腸内フローラを改善し、善玉菌が増える体に。",
            "■お通じのリズムが整い、肌の調子まで変わったという声も。",
        ),
        BF,
    )
    L(
        "v13_024",
        "health_food",
        "エクオール+ザクロ ゆらぎ世代のサプリ",
        "乱れたホルモンバランスを整えて、40代からの毎日を軽やかに。",
        BF,
    )
    L(
        "v13_025",
        "food",
        "【ふるさと納税】北海道 生姜紅茶 ティーバッグ 50包",
        "血流を改善して代謝アップ。冷えにくい体質へと変えていきます。",
        BF,
    )
    L(
        "v13_026",
        "health_food",
        "ビタミンB群+イミダペプチド 24時間戦う方の疲労回復に",
        "飲めば翌朝スッキリ。疲れがたまりにくい体をつくります。",
        BF,  # why: 疲労回復 for a food is a drug efficacy (46通知); no FNFC approval on the row
    )
    L(
        "v13_027",
        "health_food",
        "グルコサミン+コンドロイチン 通販カタログ 360粒",
        _j(
            "すり減った軟骨を再生し、階段の上り下りがラクラク。",
            "正座もできるようになった、と70代のお客様からお便りが届いています。",
        ),
        BF,
    )
    L(
        "v13_028",
        "health_food",
        "【シニア向け】骨ケア 大豆イソフラボン+ビタミンK2",
        "骨密度を高め、スカスカになりがちな骨を丈夫に作り変えます。",
        BF,
    )
    L(
        "v13_029",
        "food",
        "デトックスウォーター用 ハーブブレンド 20包",
        "体にたまった毒素や老廃物をぐんぐん排出。内側からリセット。",
        BF,
    )
    L(
        "v13_030",
        "general",
        "【美顔器】RF ラジオ波 リフトアップ 美顔器 EMS 温冷",
        _j(
            "■ラジオ波が真皮層まで届き、コラーゲンの生成を促進。",
            "■肌細胞を活性化して、たるみを根本から引き上げます。",
        ),
        BF,  # why: physiological effects claimed for a non-device (not a cosmetic either), i.e. unapproved medical-device efficacy
        product_type="beauty_device",
        pse_mark="round",
    )
    L(
        "v13_031",
        "health_food",
        "GABA+テアニン ぐっすりサポート 60粒",
        "自律神経を整え、寝つきの悪さを改善。朝までぐっすり眠れる体に。",
        BF,
        approval="none",
    )
    L(
        "v13_032",
        "health_food",
        "キッズ DHA EPA ドロップ 勉強のおともに",
        "脳の働きを活発にして集中力と記憶力アップ。受験生のお子さまに。",
        BF,
    )
    P(
        "v13_033",
        "#PR 最近飲んでるコラーゲンドリンク🍑 飲むと肌のターンオーバーが早まって、"
        "毛穴もキュッとしまる!! #美容ドリンク #コラーゲン",
        BF,
        gifted=True,
        listing__category="health_food",
    )
    L(
        "v13_034",
        "health_food",
        "高麗人参 6年根 エキス粒 免疫ブースト",
        _j(
            "■免疫力を高めて、季節の変わり目にも負けない体に。",
            "■新陳代謝を活発にし、若々しさをキープ。",
        ),
        BF,
    )


def _cosmetics_and_quasi_drugs(L: Row, P: Row) -> None:
    """Cosmetics beyond the 56 claims, and quasi-drugs beyond their approved range."""
    L(
        "v13_035",
        "cosmetics",
        "【ドラッグストアPOP】今話題の!ほうれい線クリーム 30g",
        _j(
            "★塗るたびにほうれい線が薄くなる★",
            "マイナス5歳の口元へ。",
        ),
        CS,
    )
    L(
        "v13_036",
        "cosmetics",
        "まつげ美容液 ロングラッシュセラム 6ml",
        "まつげがぐんぐん伸びる!2週間で自まつげが1.5倍に。",
        [CS, GU],
    )
    L(
        "v13_037",
        "cosmetics",
        "バストアップクリーム 100g ナチュラルハーブ",
        "塗ってマッサージするだけで、ふっくらハリのあるバストにサイズアップ。",
        CS,
    )
    L(
        "v13_038",
        "cosmetics",
        "メンズ ボディソープ 加齢臭ケア 柿渋 400ml",
        _j(
            "■加齢臭の原因物質ノネナールを分解して元から断つ。",
            "■40代からの身だしなみに。",
        ),
        CS,  # why: a cosmetic may clean and scent; 「分解して元から断つ」 claims a chemical/physiological action
    )
    L(
        "v13_039",
        "cosmetics",
        "ヒゲ薄くなるローション メンズ 120ml",
        "毎日のシェービング後に塗るだけで、濃いヒゲがだんだん薄く目立たなくなる。",
        CS,
    )
    L(
        "v13_040",
        "cosmetics",
        "ベビーローション オーガニック 150ml 新生児から",
        "赤ちゃんの乳児湿疹やおむつかぶれがきれいに治る、やさしいローション。",
        [D, CS],
    )
    L(
        "v13_041",
        "cosmetics",
        "白髪ケア シャンプー 黒髪再生 ボタニカル 300ml",
        "使い続けると白髪が根元から黒く生えてくる。染めない白髪対策。",
        CS,
    )
    L(
        "v13_042",
        "cosmetics",
        "【楽天限定】ナノ浸透 ヒト幹細胞 美容液 30ml",
        _j(
            "■ナノ化した美容成分が真皮まで浸透。",
            "■肌の奥からコラーゲンを増やし、ハリを生み出します。",
        ),
        CS,  # why: 浸透 beyond the stratum corneum and increasing collagen are outside the 56 claims
    )
    L(
        "v13_043",
        "cosmetics",
        "毛穴 黒ずみ 撃退 クレイパック 80g",
        "いちご鼻の黒ずみが消えてなくなる。毛穴そのものを小さくするパック。",
        CS,
    )
    L(
        "v13_044",
        "cosmetics",
        "ボディクリーム セルライト 引き締め 200g",
        "気になるセルライトを分解して、太ももすっきり。脂肪燃焼成分配合。",
        [CS, WL],
    )
    L(
        "v13_045",
        "cosmetics",
        "デオドラントジェル 無香料 ワキガ対策 30g",
        "ワキガ体質を根本から改善。もう周りのニオイを気にしない。",
        CS,  # why: a plain cosmetic (no 医薬部外品 approval); わきが is quasi-drug territory, and 「体質改善」 goes beyond even that
    )
    L(
        "v13_046",
        "cosmetics",
        "くすみ 一掃 ブライトニング 化粧水 150ml",
        "肌のくすみを根こそぎ取り除き、透明感あふれる肌へと生まれ変わる。",
        CS,
    )
    P(
        "v13_047",
        "【PR】話題の美容液を2週間💡 目の下のクマがほぼ消えて、コンシーラーいらずになりました🥹"
        " #クマ消し #美容液 #スキンケア",
        CS,
        gifted=True,
        listing__category="cosmetics",
    )
    L(
        "v13_048",
        "quasi_drug",
        "薬用 発毛促進 スカルプエッセンス 医薬部外品 120ml メンズ",
        _j(
            "■有効成分:センブリエキス、グリチルリチン酸ジカリウム",
            "■AGA治療中の方にも。クリニックに通わずに、ハゲを治す。",
        ),
        [QD, D],
        approval="quasi_drug_approved",
    )
    L(
        "v13_049",
        "quasi_drug",
        "薬用 美白 クリーム トラネキサム酸 医薬部外品 30g",
        "頬の肝斑も、長年のシミも消えていく。薬用だから効き目が違う。",
        QD,  # why: the approved range is preventing (防ぐ) spots; erasing existing spots and 肝斑 treatment are beyond it
        approval="quasi_drug_approved",
    )
    L(
        "v13_050",
        "quasi_drug",
        "薬用 歯みがき 歯周ケア 医薬部外品 100g",
        "歯ぐきの腫れ・出血が止まり、歯周病が完治。抜歯をすすめられた方にも。",
        [QD, D],
        approval="quasi_drug_approved",
    )
    L(
        "v13_051",
        "quasi_drug",
        "薬用 デオドラント スティック 医薬部外品 20g",
        "わきがが一生治る。一度塗れば1週間ニオイゼロ。",
        [QD, GU],
        approval="quasi_drug_approved",
    )
    L(
        "v13_052",
        "cosmetics",
        "薬用 ニキビ 美容液 アクネ スポッツ 15ml",
        _j(
            "■殺菌成分配合の薬用処方で、ニキビを防ぐ。",
            "■できてしまったニキビ跡のクレーターもなめらかに。",
        ),
        [
            QD,
            CS,
        ],  # why: 「薬用」 on a product whose approval is none, plus an acne-scar repair claim
        approval="none",
    )
    L(
        "v13_053",
        "quasi_drug",
        "薬用 入浴剤 医薬部外品 炭酸 30錠",
        _j(
            "■効能:疲労回復、肩こり、腰痛、冷え症",
            "■つかるだけで血圧が下がり、高血圧の方におすすめです。",
        ),
        [QD, D],
        approval="quasi_drug_approved",
    )


def _approval_guarantee_endorsement_dosage(L: Row, P: Row) -> None:
    """Approved-claim wording without approval, guarantees, endorsements and dosage."""
    L(
        "v13_054",
        "food",
        "【機能性表示食品】 もち麦 ごはん パック 150g×24",
        _j(
            "本品には大麦β-グルカンが含まれます。",
            "大麦β-グルカンには食後の血糖値の上昇をおだやかにする機能が報告されています。",
        ),
        AC,  # why: the 機能性表示食品 label and notified wording on a product with no notification
        approval="none",
    )
    L(
        "v13_055",
        "food",
        "トクホ級!難消化性デキストリン 粉末 1kg",
        "トクホと同じ成分だから、食事の糖の吸収をおだやかにして血糖値が気になる方に。",
        [AC, BF],
        approval="none",
    )
    L(
        "v13_056",
        "food",
        "GABA 配合 チョコレート 機能性表示食品 28日分",
        _j(
            "本品にはGABAが含まれます。GABAには血圧が高めの方の血圧を下げる機能が報告されています。",
            "高血圧の薬をやめたい方にもおすすめです。",
        ),
        [AC, D],  # why: notified wording is fine, but the added line turns it into a disease claim
        approval="fnfc",
    )
    L(
        "v13_057",
        "food",
        "特定保健用食品 中性脂肪が気になる方の お茶 500ml×24本",
        "体脂肪を減らし、動脈硬化や心筋梗塞を予防します。",
        [AC, D],  # why: approved FOSHU wording does not extend to preventing named diseases
        approval="foshu",
    )
    L(
        "v13_058",
        "health_food",
        "ヒアルロン酸 プレミアム 60粒 【今だけ返金保証】",
        _j(
            "■飲んだその日から潤いを実感。",
            "■100%の方が効果を感じています。効果がなければ全額返金!",
        ),
        [GU, BF],
    )
    L(
        "v13_059",
        "health_food",
        "天然由来 ナチュラルサプリ 副作用ゼロ",
        "天然成分だけだから副作用の心配は一切ありません。誰でも安心して飲めます。",
        GU,  # why: 適正広告基準 bars guaranteeing safety (「副作用ゼロ」「一切ありません」)
    )
    L(
        "v13_060",
        "general",
        "家庭用 光脱毛器 IPL 冷却機能 100万発",
        "自宅でサロン級の永久脱毛。一度生えなくなった毛は二度と生えてきません。",
        [GU, BF],  # why: permanent hair removal is a medical act; home IPL devices may not claim it
        product_type="beauty_device",
        pse_mark="round",
    )
    L(
        "v13_061",
        "cosmetics",
        "速攻 シミ ケア 美容液 20ml",
        "たった3日でシミが薄くなる!塗った翌朝から違いがわかる。",
        [CS, GU],
    )
    P(
        "v13_062",
        "#PR 飲むだけで絶対に肌が白くなるサプリ🤍 効かなかった人は見たことない!"
        " #美白サプリ #飲む日焼け止め",
        [GU, BF],
        gifted=True,
        listing__category="health_food",
    )
    L(
        "v13_063",
        "health_food",
        "【医師推奨】ナットウキナーゼ 4000FU 血液サラサラ",
        _j(
            "■循環器の専門医が推奨する、信頼のナットウキナーゼ。",
            "■ドロドロ血液をサラサラに。",
        ),
        [EN, BF],
    )
    L(
        "v13_064",
        "cosmetics",
        "皮膚科医おすすめ 保湿クリーム 敏感肌用 40g",
        "皮膚科の先生がすすめる保湿クリーム。肌荒れを防ぎ、うるおいを与えます。",
        EN,  # why: the claims are inside the 56, but 医薬関係者の推薦 is barred for cosmetics too (適正広告基準 第4の10)
    )
    L(
        "v13_065",
        "health_food",
        "〇〇クリニック院長 愛用 NMN 15000mg",
        _j(
            "アンチエイジングの第一人者、〇〇クリニック院長も毎日愛用。",
            "「患者さんにもすすめています」(院長コメント)",
        ),
        EN,
    )
    L(
        "v13_066",
        "general",
        "歯科医師の9割が推奨 電動歯ブラシ 音波式",
        "歯科医師の9割がすすめる音波ブラシ。毎日の歯みがきを、もっと確実に。",
        [EN, N1],  # why: a high-percentage professional recommendation with no survey details
        product_type="electric_toothbrush",
        pse_mark="round",
    )
    L(
        "v13_067",
        "health_food",
        "大学病院との共同研究で効果を実証 ケルセチン",
        "国立大学病院との共同研究で、血管年齢が若返ることが確認されました。",
        [EN, BF],
    )
    L(
        "v13_068",
        "health_food",
        "薬剤師が選んだ 肝臓サプリ オルニチン+ウコン",
        "ベテラン薬剤師が太鼓判。お酒好きの方の肝臓を守ります。",
        [EN, BF],
    )
    L(
        "v13_069",
        "health_food",
        "すっぽん黒酢 カプセル 186粒",
        _j(
            "■お召し上がり方",
            "1日3回、食後に2粒ずつ水またはぬるま湯で服用してください。",
        ),
        DO,  # why: a fixed three-times-daily, after-meal regimen with 「服用」 is drug-like 用法用量
    )
    L(
        "v13_070",
        "health_food",
        "和漢ブレンド 顆粒 30包 通販カタログ",
        _j(
            "■飲み方:大人1回1包、1日2回、食前または食間に。",
            "■7歳以上15歳未満は1回1/2包。",
        ),
        DO,
    )
    L(
        "v13_071",
        "health_food",
        "エキナセア ハーブサプリ 60粒",
        "季節の変わり目、喉に違和感を感じたら1日6粒に増やして。治まったら2粒に戻してください。",
        [DO, D],
    )
    L(
        "v13_072",
        "general",
        "愛犬用 お腹ケア 乳酸菌パウダー",
        "体重5kgあたり1日1包を目安に、朝夕2回に分けて投与してください。下痢が続く子にも。",
        [
            DO,
            D,
        ],  # why: 「投与」 with a weight-based regimen and a 下痢 indication reads as a veterinary drug
    )
    L(
        "v13_073",
        "health_food",
        "ブラックジンジャー 燃焼系 サプリ",
        "効果を高めるため、必ず運動の30分前にお飲みください。空腹時の服用がより効果的です。",
        [DO, WL],
    )


def _weight_loss_no1_price(L: Row, P: Row) -> None:
    """Slimming and 優良誤認, unsupported No.1/満足度/実績 claims, double prices."""
    L(
        "v13_074",
        "health_food",
        "【楽天1位】カロリーカット 酵素 サプリ 90粒",
        _j(
            "■食事制限なし、運動なし。飲むだけで-12kg!",
            "■お客様の声:「好きなものを食べてるのに、3ヶ月でワンピースがゆるゆる」",
        ),
        [WL, N1],
    )
    L(
        "v13_075",
        "apparel",
        "着圧レギンス 寝ながら 脚やせ スパッツ",
        "履いて寝るだけで、脂肪を燃やして太ももが-5cm。むくみ知らずの美脚へ。",
        [WL, BF],
    )
    L(
        "v13_076",
        "general",
        "EMS 腹筋ベルト USB充電 10段階",
        "貼るだけで腹筋運動3000回分。ぽっこりお腹が1ヶ月でシックスパックに。",
        WL,
        product_type="ems",
        pse_mark="round",
    )
    L(
        "v13_077",
        "food",
        "黒烏龍 ブレンド ダイエット茶 ティーバッグ 60包",
        "お腹まわりの脂肪がみるみる落ちる。リバウンドの心配もありません。",
        [WL, BF, GU],
    )
    P(
        "v13_078",
        "【PR】このスムージーに置き換えて1ヶ月でウエスト-8cm🫢 しかも全然我慢してない!"
        " #置き換えダイエット #スムージー",
        WL,  # why: a typical-result claim with no basis (景表法 5条1号); disclosure is fine
        gifted=True,
        listing__category="food",
    )
    L(
        "v13_079",
        "health_food",
        "メンズ 内臓脂肪 サプリ ビール腹 撃退",
        "寝ている間に内臓脂肪を燃焼。飲み会続きでも、お腹はぺたんこ。",
        [WL, BF],
    )
    L(
        "v13_080",
        "cosmetics",
        "小顔 ローラー マッサージジェル セット",
        "コロコロするだけで顔の脂肪が溶けて、3日でフェイスラインがシャープに。",
        [WL, CS],
    )
    L(
        "v13_081",
        "cosmetics",
        "【満足度98%】オールインワン 美容ジェル 80g",
        "使った人の満足度98%!リピート率も驚異の92%。",
        N1,  # why: satisfaction and repeat rates with no source, period or population
    )
    L(
        "v13_082",
        "health_food",
        "累計販売1,000万袋突破 国産 青汁 大麦若葉",
        "おかげさまで累計1,000万袋。選ばれ続ける青汁です。",
        N1,  # why: 売上実績 with no period or basis
    )
    L(
        "v13_083",
        "general",
        "ランキング 3冠達成 ネッククーラー 2026年モデル",
        "各ランキングで3冠を達成した大人気モデル!",
        N1,
        product_type="neck_cooler",
        pse_mark="round",
    )
    L(
        "v13_084",
        "cosmetics",
        "業界初 世界一 うるおう 化粧水",
        "業界初の処方で、世界一うるおう化粧水が誕生しました。",
        N1,
    )
    L(
        "v13_085",
        "general",
        "獣医師推奨No.1 ドッグフード 国産 3kg",
        "獣医師が選ぶおすすめNo.1!※当社調べ",
        N1,  # why: 「当社調べ」 gives no period or population (景表法); pet food making no drug claim is outside 薬機法, so no EN
    )
    L(
        "v13_086",
        "general",
        "口コミ評価 No.1 シニア 手押し車 シルバーカー",
        "口コミで評価No.1の軽量シルバーカー。お買い物もラクラク。",
        N1,
    )
    L(
        "v13_087",
        "cosmetics",
        "メンズ オールインワン 売れ筋1位 150ml",
        "男性化粧品 売れ筋1位(自社ECサイト)。ヒゲ剃り後の肌を整えます。",
        N1,  # why: a self-run shop's ranking with no period is not a fair basis for 「1位」
    )
    L(
        "v13_088",
        "general",
        "【決算セール】羽毛 肌掛け布団 シングル",
        "通常価格24,800円 → 決算特価9,980円!",
        DP,
        price=9980,
        list_price=24800,
        price__days_observed_56d=56,
        price__days_at_list_price_56d=6,
        price__max_price_56d=24800,
    )
    L(
        "v13_089",
        "general",
        "ランドセル 牛革 2027年度 早割",
        "当店通常価格 69,800円 のところ、早割で 39,800円",
        DP,
        price=39800,
        list_price=69800,
        price__days_observed_56d=56,
        price__days_at_list_price_56d=0,
        price__max_price_56d=45000,
    )
    L(
        "v13_090",
        "general",
        "美顔器 イオン導入 温冷 超音波",
        "参考価格29,800円が、今なら78%OFFの6,480円!",
        DP,  # why: a 参考価格 never charged in the window, presented as a discount base
        price=6480,
        list_price=29800,
        price__days_observed_56d=56,
        price__days_at_list_price_56d=2,
        price__max_price_56d=29800,
        product_type="beauty_device",
        pse_mark="round",
    )


def _stema_and_sellers(P: Row, S: Row) -> None:
    """Undisclosed or buried advertising in creator posts, and 特商法 seller gaps."""
    P(
        "v13_091",
        "寝る前のルーティンに追加したナイトクリーム🌙 翌朝のもちもち感がすごい…"
        " #ナイトクリーム #スキンケアルーティン #美容好きさんと繋がりたい",
        ST,
        gifted=True,
        listing__category="cosmetics",
    )
    P(
        "v13_092",
        "うちの柴犬、このおやつになってから毎日ごきげん🐕 リンク貼っとくね🔗 #柴犬 #犬のおやつ",
        ST,
        affiliate_link=True,
        listing__category="general",
    )
    P(
        "v13_093",
        "メンズの朝はこれ1本で完結🧴 べたつかないのにしっとり、ヒゲ剃り後もしみない。"
        " #メンズスキンケア #オールインワン #男の身だしなみ #時短 #メンズ美容 #垢抜け"
        " #スキンケア好き #毎日のルーティン #化粧水 #乳液 #保湿 #乾燥対策 #pr",
        ST,  # why: the only disclosure is the last of 13 hashtags
        gifted=True,
        listing__category="cosmetics",
    )
    P(
        "v13_094",
        "正直レビューします!案件じゃないです笑 このヘアオイル、ほんとにまとまる✨",
        ST,  # why: gifted, and the caption even denies an advertising relationship
        gifted=True,
        listing__category="cosmetics",
    )
    P(
        "v13_095",
        "子どもの水筒、これに買い替えてよかった〜!ワンタッチで開くし洗いやすい。"
        " 気になる方は楽天ROOMに載せてます #水筒 #子育てグッズ",
        ST,
        affiliate_link=True,
        listing__category="general",
    )
    P(
        "v13_096",
        "今日のライブで紹介した美顔器まとめ✨ 見逃した方はアーカイブで!",
        ST,
        gifted=True,
        transcript=(
            "みなさんこんばんは〜!今日はずっと使ってる美顔器、これね、温冷が切り替えられて"
            "毎晩3分だけ当ててるの。今日だけの特別クーポンもあるから、下のカートからどうぞ〜"
        ),
        listing__category="general",
    )
    P(
        "v13_097",
        "母の日のプレゼントに選んだ温熱アイマスク😌 目元がじんわり温かくて寝落ちしてた笑"
        " (詳しくはハイライトへ)"
        " #母の日 #母の日ギフト #プレゼント #ギフト #アイマスク #癒し #リラックス #ご褒美"
        " #親孝行 #暮らし #丁寧な暮らし #提供",
        ST,  # why: 「#提供」 alone, last among a dozen hashtags, is buried
        gifted=True,
        listing__category="general",
    )
    P(
        "v13_098",
        "最近のお気に入りプロテインバー🍫 小腹がすいたときにちょうどいいサイズで、"
        "チョコ味はしっとり系、ベリー味は甘酸っぱくて、個人的にはベリー推し。"
        "ジムの帰りにコンビニ寄らなくてよくなったのが地味にうれしいし、"
        "子どものおやつにも半分こしてます。冷やして食べるのもおすすめ!"
        "まとめ買いするなら公式ショップが安かったよ〜。"
        " #プロテインバー #間食 #ジム帰り #おやつ #ブランド様よりご提供いただきました",
        ST,  # why: the only disclosure comes at the very end, after a long text, as a hashtag
        gifted=True,
        listing__category="food",
    )
    S(
        "v13_099",
        TK,
        seller_type="corporate",
        disclosure_legal_name="株式会社ミドリノ森",
        disclosure_address="長野県松本市中央2-8-5",
        disclosure_phone=None,
        disclosure_representative="森田 和彦",
        disclosure_return_policy="商品到着後8日以内(開封済みは不可)",
        country="JP",
    )
    S(
        "v13_100",
        TK,
        seller_type="individual",
        disclosure_legal_name="山本 さやか",
        disclosure_address=None,
        disclosure_phone="090-1111-2222",
        disclosure_representative=None,
        disclosure_return_policy="返品不可",
        country="JP",
    )
    S(
        "v13_101",
        TK,
        seller_type="corporate",
        disclosure_legal_name="合同会社ペットライフ",
        disclosure_address="愛知県名古屋市中区栄3-4-5",
        disclosure_phone="052-777-8888",
        disclosure_representative=None,
        disclosure_return_policy=None,
        country="JP",
    )
    S(
        "v13_102",
        TK,
        seller_type="corporate",
        disclosure_legal_name="Shenzhen Bright Beauty Co., Ltd.",
        disclosure_address=None,
        disclosure_phone=None,
        disclosure_representative="Li Wei",
        disclosure_return_policy="到着後7日以内",
        country="CN",
    )


def _permitted_cosmetics_and_quasi_drugs(L: Row, P: Row) -> None:
    """The 56 cosmetic claims, makeup and feel-in-use effects, approved quasi-drug wording."""
    L(
        "v13_150",
        "cosmetics",
        "【メンズ】スカルプシャンプー 400ml ノンシリコン 送料無料",
        _j(
            "■頭皮、毛髪を清浄にする。",
            "■香りにより毛髪、頭皮の不快臭を抑える。",
            "■フケ、カユミを抑える。",
            "■使用感:メントール配合で、洗い上がりはスーッと爽快。",
            "■注意事項:頭皮に傷、はれもの、湿疹等の異常があるときはお使いにならないでください。",
        ),
        [],
        PERM,  # why: items 1, 2 and 12 of the 56, plus feel in use; 湿疹 appears only in a caution
    )
    L(
        "v13_151",
        "cosmetics",
        "ダメージ補修 トリートメント 500g ポイント10倍",
        _j(
            "■毛髪にはり、こしを与える。",
            "■裂毛、切毛、枝毛を防ぐ。",
            "■クシどおりをよくする。毛髪の帯電を防止する。",
        ),
        [],
        PERM,
    )
    L(
        "v13_152",
        "cosmetics",
        "薬局POP 冬の乾燥に!保湿 リップバーム 無香料 4g",
        _j(
            "★口唇の荒れを防ぐ★口唇にうるおいを与える★",
            "口唇の乾燥によるカサツキを防ぎ、なめらかに。",
        ),
        [],
        PERM,
    )
    L(
        "v13_153",
        "cosmetics",
        "ホワイトニング 歯みがき粉 100g フッ素無配合",
        _j(
            "■歯を白くする。歯のやにを取る。(ブラッシングによる)",
            "■口臭を防ぐ。",
            "※ホワイトニングとはブラッシングにより歯の着色汚れを落とし、歯本来の白さに導くことです。",
        ),
        [],
        PERM,
    )
    L(
        "v13_154",
        "cosmetics",
        "キッズ UVミルク SPF30 PA+++ 石けんで落とせる",
        _j(
            "■日やけを防ぐ。日やけによるシミ・ソバカスを防ぐ。",
            "■お子さまの外遊び、プール、運動会に。",
            "■汗・水に強いウォータープルーフ",
        ),
        [],
        PERM,
    )
    L(
        "v13_155",
        "cosmetics",
        "メンズ シェービングジェル 200g + アフターシェーブローション セット",
        _j(
            "ジェル:ひげを剃りやすくする。",
            "ローション:ひげそり後の肌を整える。皮膚にうるおいを与える。",
        ),
        [],
        PERM,
    )
    L(
        "v13_156",
        "cosmetics",
        "ベビーパウダー 天花粉 120g 汗ばむ季節に",
        "あせもを防ぐ(打粉)。さらさら肌で、ママも赤ちゃんも快適に。",
        [],
        PERM,  # why: item 35 verbatim; あせも here is the permitted 打粉 claim, not a cure
    )
    L(
        "v13_157",
        "cosmetics",
        "ネイル キューティクルオイル ペン 2本セット",
        "爪を保護する。爪にうるおいを与える。爪をすこやかに保つ。ささくれが気になる指先に。",
        [],
        PERM,
    )
    L(
        "v13_158",
        "cosmetics",
        "【公式】アイクリーム 効能評価試験済み 20g",
        _j(
            "■乾燥による小ジワを目立たなくする(効能評価試験済み)。",
            "■肌にはりを与える。肌のキメを整える。",
        ),
        [],
        PERM,
    )
    L(
        "v13_159",
        "cosmetics",
        "カバー力 コンシーラー 3色パレット",
        _j(
            "■シミ・そばかす・クマをしっかりカバーして目立たなくみせる。",
            "■毛穴の凹凸をぼかすソフトフォーカスパウダー配合(メーキャップ効果による)。",
        ),
        [],
        PERM,  # why: covering spots is a makeup (physical) effect, allowed alongside the 56
    )
    L(
        "v13_160",
        "cosmetics",
        "ボディミルク 高保湿 シアバター 300ml",
        _j(
            "■皮膚の乾燥を防ぐ。皮膚の柔軟性を保つ。",
            "■肌を滑らかにする。",
            "■お客様の声:「かかとのガサガサが気にならなくなりました」(40代女性)",
        ),
        [],
        PERM,  # why: rough dry heels softening is within 皮膚の柔軟性を保つ/肌を滑らかにする, no disease named
    )
    L(
        "v13_161",
        "cosmetics",
        "オードトワレ シトラスウッド 50ml メンズ",
        "芳香を与える。爽やかなシトラスから、ウッディに移ろう香り。",
        [],
        PERM,
    )
    L(
        "v13_162",
        "cosmetics",
        "ひきしめ 化粧水 ふき取り 200ml",
        "肌をひきしめる。肌を整える。さっぱりした使い心地で、皮脂が気になる夏の肌に。",
        [],
        PERM,  # why: 「肌をひきしめる」 is item 23; not 毛穴を引き締めて消す
    )
    L(
        "v13_163",
        "quasi_drug",
        "薬用 デオドラント ロールオン 医薬部外品 40ml",
        _j(
            "■効能・効果:わきが(腋臭)、皮ふ汗臭、制汗",
            "■有効成分:イソプロピルメチルフェノール",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v13_164",
        "quasi_drug",
        "薬用 歯みがき 医薬部外品 歯周ケア 90g",
        _j(
            "■歯周炎(歯槽膿漏)の予防、歯肉炎の予防。",
            "■むし歯の発生及び進行の予防。口臭の防止。",
            "■有効成分:フッ化ナトリウム、塩化セチルピリジニウム",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v13_165",
        "quasi_drug",
        "薬用 入浴剤 医薬部外品 ゆず 30包 ドラッグストア限定",
        _j(
            "■効能・効果:疲労回復、肩こり、腰痛、冷え症、神経痛、リウマチ、痔、あせも、荒れ性、しっしん",
            "■1回1包をお湯(約150〜200L)に溶かしてください。",
        ),
        [],
        PERM,  # why: disease words, but exactly the standard approved efficacy of a 薬用入浴剤
        approval="quasi_drug_approved",
    )
    L(
        "v13_166",
        "quasi_drug",
        "薬用 除毛クリーム 医薬部外品 メンズ 200g",
        "除毛。腕・脚・ワキのムダ毛に。塗って5〜10分おいて洗い流すだけ。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v13_167",
        "quasi_drug",
        "薬用 ハンドクリーム 医薬部外品 尿素 80g",
        _j(
            "■効能:手あれ、ひび、あかぎれ、皮ふのあれ・乾燥を防ぐ",
            "■水仕事や介護でがんばる手に。",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v13_168",
        "quasi_drug",
        "薬用 アクネ 洗顔フォーム 医薬部外品 130g",
        _j(
            "■殺菌成分と抗炎症成分配合。",
            "■効能:にきびを防ぐ、皮膚を清浄にする",
            "※すべての方にニキビができないわけではありません。",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v13_169",
        "quasi_drug",
        "薬用 ふけ・かゆみ用 シャンプー 医薬部外品 シニア世代に",
        "効能:ふけ・かゆみを防ぐ、頭皮・毛髪を清浄にする、汗臭を防ぐ。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v13_170",
        "quasi_drug",
        "薬用 美白 美容液 医薬部外品 ナイアシンアミド 30ml",
        _j(
            "■メラニンの生成を抑え、シミ・そばかすを防ぐ。",
            "■肌荒れ・あれ性。",
            "※美白とはメラニンの生成を抑え、シミ・そばかすを防ぐことです。",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v13_171",
        "cosmetics",
        "【敏感肌用】ベビー ボディソープ 泡タイプ 400ml",
        _j(
            "■汚れをおとすことにより皮膚を清浄にする。",
            "■アレルギーテスト済み(すべての方にアレルギーが起こらないというわけではありません)。",
            "■乳児湿疹などの症状がある場合は、医師にご相談ください。",
        ),
        [],
        PERM,  # why: 乳児湿疹 only in a consult-your-doctor caution
    )
    P(
        "v13_172",
        "【PR】@hadaku_lab さんのセラミド化粧水🫧 皮膚にうるおいを与えて、キメを整える…"
        "って公式の説明どおり、朝までしっとり。冬の乾燥肌に助かってます #PR #保湿",
        [],
        PERM,
        gifted=True,
        listing__category="cosmetics",
    )
    P(
        "v13_173",
        "#広告 メンズ向けのBBクリーム試してみた👨 ヒゲの青みやニキビ跡をカバーして自然に見せてくれる。"
        "メイク感ゼロなのがいい #メンズメイク",
        [],
        PERM,  # why: covering blemishes is a makeup effect; disclosed first
        affiliate_link=True,
        listing__category="cosmetics",
    )
    L(
        "v13_174",
        "cosmetics",
        "頭皮用 エッセンス スカルプトニック 150ml",
        _j(
            "■頭皮、毛髪をすこやかに保つ。頭皮、毛髪にうるおいを与える。",
            "■※本品は化粧品です。育毛・発毛効果をうたうものではありません。",
        ),
        [],
        PERM,  # why: 育毛・発毛 named only in an explicit denial
    )


def _permitted_health_and_devices(L: Row, P: Row) -> None:
    """FOSHU/FNFC/FNC wording with approval, disclaimers, medical devices, non-claim disease words."""
    L(
        "v13_175",
        "food",
        "【特定保健用食品】 乳酸菌 飲料 65ml×30本",
        _j(
            "■許可表示:生きたまま腸内に到達する乳酸菌の働きで、腸内環境を改善し、お腹の調子を整えます。",
            "■1日1本を目安にお飲みください。",
            "■食生活は、主食、主菜、副菜を基本に、食事のバランスを。",
        ),
        [],
        PERM,
        approval="foshu",
    )
    L(
        "v13_176",
        "food",
        "機能性表示食品 ヒハツ 粒 60日分 届出番号あり",
        _j(
            "■届出表示:本品にはヒハツ由来ピペリン類が含まれます。",
            "ヒハツ由来ピペリン類には、冷えにより低下した血流(末梢血流)を正常に整え、"
            "手の皮膚表面温度を維持する機能があることが報告されています。",
            "■本品は、事業者の責任において特定の保健の目的が期待できる旨を表示するものとして、"
            "消費者庁長官に届出されたものです。ただし、特定保健用食品と異なり、"
            "消費者庁長官による個別審査を受けたものではありません。",
            "■本品は、疾病の診断、治療、予防を目的としたものではありません。",
        ),
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v13_177",
        "food",
        "機能性表示食品 GABA 配合 緑茶 500ml×24本",
        _j(
            "■本品にはGABAが含まれます。GABAには血圧が高めの方の血圧を下げる機能があることが報告されています。",
            "■本品は疾病の診断、治療、予防を目的としたものではありません。",
            "■血圧が高めの方は、医師にご相談のうえお召し上がりください。",
        ),
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v13_178",
        "health_food",
        "栄養機能食品(カルシウム・ビタミンD) こども 骨ケア タブレット",
        _j(
            "■カルシウムは、骨や歯の形成に必要な栄養素です。",
            "■ビタミンDは、腸管でのカルシウムの吸収を促進し、骨の形成を助ける栄養素です。",
            "■本品は、多量摂取により疾病が治癒したり、より健康が増進するものではありません。",
        ),
        [],
        PERM,
        approval="fnc",
    )
    L(
        "v13_179",
        "food",
        "機能性表示食品 ルテイン ブルーベリー 30日分",
        _j(
            "■本品にはルテインが含まれます。ルテインには、光による刺激から目を保護するとされる"
            "網膜(黄斑部)の色素量を維持する働きが報告されています。",
            "■本品は、疾病の診断、治療、予防を目的としたものではありません。",
        ),
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v13_180",
        "food",
        "ラカント 風 カロリーゼロ 甘味料 800g",
        _j(
            "■砂糖と同じ甘さで、カロリーゼロ。",
            "■糖尿病などで食事制限をされている方は、医師・管理栄養士にご相談のうえご利用ください。",
        ),
        [],
        PERM,  # why: disease word in a caution addressed to patients, no efficacy claimed
    )
    L(
        "v13_181",
        "health_food",
        "マルチビタミン&ミネラル 90日分 通販カタログ",
        _j(
            "■毎日の食事で不足しがちな栄養素を1日2粒で補給。",
            "■原材料:デキストリン、ビタミンC、酸化マグネシウム…",
            "■注意事項:薬を服用中あるいは通院中の方、妊娠中の方は、お医者様にご相談の上お召し上がりください。",
        ),
        [],
        PERM,
    )
    L(
        "v13_182",
        "general",
        "上腕式 血圧計 管理医療機器 大型液晶 メモリー2人分",
        _j(
            "■医療機器認証番号:305AABZX00012000",
            "■朝晩の血圧測定に。不規則脈波をお知らせ。",
            "■測定結果の判断は医師にご相談ください。自己判断で服薬を中止しないでください。",
        ),
        [],
        PERM,
        product_type="medical_device",
        pse_mark="round",
    )
    L(
        "v13_183",
        "general",
        "パルスオキシメーター 管理医療機器 指先 SpO2",
        _j(
            "■医療機器認証番号 302AFBZX00088000",
            "■血中酸素飽和度と脈拍数を約8秒で測定。",
            "■本品は診断を目的としたものではありません。",
        ),
        [],
        PERM,
        product_type="medical_device",
    )
    L(
        "v13_184",
        "general",
        "家庭用永久磁石 磁気治療器 管理医療機器 ネックレス",
        _j(
            "■効能・効果:装着部位のコリ及び血行の改善",
            "■医療機器認証番号 223AGBZX00111000",
            "■ペースメーカー等を使用している方は使用しないでください。",
        ),
        [],
        PERM,  # why: the certified indication of a registered device, unlike v13_019
        product_type="medical_device",
    )
    L(
        "v13_185",
        "general",
        "医療用 弾性ストッキング 一般医療機器 ハイソックス",
        _j(
            "■一般医療機器(届出番号 13B1X00321000045)",
            "■静脈還流を促進し、下肢のむくみを軽減します。",
            "■下肢に皮膚炎や傷のある方は使用前に医師にご相談ください。",
        ),
        [],
        PERM,
        product_type="medical_device",
    )
    L(
        "v13_186",
        "general",
        "図解 いちばんやさしい 糖尿病の食事と運動 改訂版",
        _j(
            "糖尿病専門医が、血糖値の基礎から毎日の献立、外食のコツまで図解で解説。",
            "第1章 糖尿病ってどんな病気? 第2章 食事療法の基本 第3章 続けられる運動",
        ),
        [],
        PERM,  # why: a book about a disease, the doctor is its author
        product_type="book",
    )
    L(
        "v13_187",
        "general",
        "絵本 はじめての はいしゃさん 3歳から",
        "むし歯ができたくまくんが、はいしゃさんにいくおはなし。歯みがきが好きになる絵本。",
        [],
        PERM,
        product_type="book",
    )
    L(
        "v13_188",
        "apparel",
        "介護用 前開き パジャマ 綿100% 骨折・入院時に",
        _j(
            "■腕が上がりにくい方、骨折や手術で入院中の方の着替えをラクに。",
            "■マジックテープで開閉、点滴のチューブも通しやすい。",
        ),
        [],
        PERM,  # why: 骨折/入院 describe the wearer's situation, no health effect is claimed
    )
    L(
        "v13_189",
        "general",
        "花粉 メガネ カバー付き 曇りにくい 大人用",
        "花粉の季節の外出に。サイドカバーで目に入る花粉を物理的にガード(当社比 約90%カット)。",
        [],
        PERM,  # why: a physical barrier with a tested cut rate; it claims no effect on 花粉症 itself
    )
    L(
        "v13_190",
        "general",
        "介護用 スプーン 持ちやすい 曲がる 高齢者",
        _j(
            "■握る力が弱くなった方、手が震える方でもすくいやすい形。",
            "■病院や介護施設でも使われています。食洗機OK。",
        ),
        [],
        PERM,  # why: a spoon is not a 薬機法 product; 「病院でも使われている」 is a fact of use, not an efficacy endorsement
    )
    L(
        "v13_191",
        "general",
        "猫用 総合栄養食 ドライ 2kg シニア猫用",
        _j(
            "■7歳以上の猫ちゃんに。リンとナトリウムを控えめに調整。",
            "■持病のある猫ちゃん、療法食を与えている場合は、かかりつけの獣医師にご相談ください。",
        ),
        [],
        PERM,
    )
    L(
        "v13_192",
        "health_food",
        "プロテイン ソイ 1kg シニアの筋力づくりに",
        _j(
            "■1杯でたんぱく質15g。毎日の食事でたんぱく質が不足しがちな方に。",
            "■腎臓病などでたんぱく質の摂取制限を受けている方は、医師にご相談ください。",
        ),
        [],
        PERM,  # why: nutrient content, and a disease word only in a caution
    )
    L(
        "v13_193",
        "health_food",
        "DHA&EPA サプリ 120粒 お魚不足の方に",
        _j(
            "■1日4粒でDHA・EPAを合計600mg。",
            "■本品は医薬品ではありません。治療を目的としたものではありません。",
            "■血液をサラサラにする薬(抗凝固薬)を服用中の方は、医師・薬剤師にご相談ください。",
        ),
        [],
        PERM,  # why: 「血液をサラサラにする」 names the patient's medicine in a caution, not the product's effect
    )
    P(
        "v13_194",
        "父の退院祝いに、軽くて押しやすいシルバーカーを贈りました。病院の先生に"
        "「少しずつ歩く距離を伸ばしましょう」と言われていたので、散歩のお供に🌸 #親孝行",
        [],
        PERM,  # why: a personal post with no brand link; the doctor's advice is about walking
    )
    L(
        "v13_195",
        "health_food",
        "乳酸菌 サプリ 妊活中の方にも",
        _j(
            "■葉酸400μg配合(栄養機能食品)。",
            "■葉酸は、赤血球の形成を助ける栄養素です。",
            "■葉酸は、胎児の正常な発育に寄与する栄養素です。",
            "■本品は、多量摂取により疾病が治癒したり、より健康が増進するものではありません。",
        ),
        [],
        PERM,
        approval="fnc",
    )
    L(
        "v13_196",
        "general",
        "ネブライザー 吸入器 管理医療機器 メッシュ式 携帯",
        _j(
            "■医療機器認証番号 301AIBZX00056000",
            "■医師から処方された薬液の吸入に。",
            "■ご使用の際は医師の指示に従ってください。",
        ),
        [],
        PERM,
        product_type="medical_device",
    )


def _permitted_marketing(L: Row, P: Row, S: Row) -> None:
    """No.1 with its basis, disclosed PR, lawful reference prices, regulated goods done right."""
    L(
        "v13_197",
        "cosmetics",
        "【楽天デイリーランキング1位】 ヘアオイル 100ml",
        _j(
            "楽天デイリーランキング1位獲得!",
            "※楽天市場 ヘアオイル部門 デイリーランキング 2026年9月14日付",
            "■毛髪につやを与える。毛髪の水分、油分を補い保つ。",
        ),
        [],
        PERM,  # why: source, date and category are shown next to the claim
    )
    L(
        "v13_198",
        "health_food",
        "顧客満足度 No.1 青汁 30包 ※調査概要あり",
        _j(
            "定期購入者の満足度No.1※",
            "※調査機関:株式会社マーケティングリサーチ東京 / 調査期間:2026年5月7日〜5月20日 /"
            " 調査対象:青汁を3ヶ月以上継続購入している全国の30〜70代男女1,030名 /"
            " 比較対象:通販売上上位10ブランドの青汁",
        ),
        [],
        PERM,  # why: actual users, a named comparison set, period, population and surveyor
    )
    L(
        "v13_199",
        "general",
        "国内販売台数 No.1 ふとん乾燥機",
        _j(
            "国内販売台数No.1※",
            "※出典:GfK Japan 全国有力家電量販店の販売実績集計 ふとん乾燥機部門 2025年1月〜12月 メーカー別販売台数",
            "■ダニ対策モード、くつ乾燥アタッチメント付き",
        ),
        [],
        PERM,
        product_type="futon_dryer",
        pse_mark="round",
    )
    P(
        "v13_200",
        "【PR】@yururi_pet さんのシニア犬用ごはんを試しました🐶 14歳のうちの子もよく食べてくれて、"
        "ふやかしても香りがいい #シニア犬 #ドッグフード",
        [],
        PERM,
        gifted=True,
        listing__category="general",
    )
    P(
        "v13_201",
        "【提供:株式会社ソラシド】話題の電動鼻毛カッターをお試し中✂️ 水洗いできて静か。"
        " #メンズ身だしなみ",
        [],
        PERM,  # why: names the brand and the gift at the very start
        gifted=True,
        listing__category="general",
    )
    P(
        "v13_202",
        "#PR #タイアップ 子どもの自由研究キット🔬 親子で1時間くらい、夢中でやってました。"
        " 夏休みの宿題にちょうどいい",
        [],
        PERM,
        affiliate_link=True,
        listing__category="general",
    )
    P(
        "v13_203",
        "【PR】今夜のライブ配信は、北海道の返礼品をご紹介します🦀 寄附の受付は概要欄から!",
        [],
        PERM,
        gifted=True,
        transcript=(
            "こんばんは、この配信はPRです。今日は北海道白糠町のいくらとカニ。"
            "いくらは醤油漬けで、解凍したらそのままご飯に。カニはボイル済みです"
        ),
        listing__category="food",
    )
    L(
        "v13_204",
        "general",
        "電気ケトル 1.0L 温度調節 保温機能",
        "通常価格7,980円 → タイムセール5,980円(9/20 23:59まで)",
        [],
        PERM,  # why: the reference price was charged for most of the last 8 weeks and until just before the sale
        price=5980,
        list_price=7980,
        price__days_observed_56d=56,
        price__days_at_list_price_56d=49,
        price__max_price_56d=7980,
        product_type="electric_kettle",
        pse_mark="round",
    )
    L(
        "v13_205",
        "apparel",
        "子ども用 レインコート ランドセル対応 110〜130",
        "当店通常価格3,480円のところ、梅雨セールで2,780円。",
        [],
        PERM,
        price=2780,
        list_price=3480,
        price__days_observed_56d=56,
        price__days_at_list_price_56d=42,
        price__max_price_56d=3480,
    )
    L(
        "v13_206",
        "food",
        "【ふるさと納税】山形 純米大吟醸 720ml 2本 飲み比べ",
        _j(
            "■雪国の寒造りで醸した純米大吟醸。",
            "■20歳未満の者の飲酒は法律で禁止されています。20歳未満の方からのお申込みはお受けできません。",
        ),
        [],
        PERM,
        product_type="alcohol",
    )
    L(
        "v13_207",
        "food",
        "クラフト レモンサワー 缶 350ml×24本 ALC.7%",
        "甘さ控えめ、皮ごと漬け込んだレモンの苦みが効いた大人の味。20歳未満の者の飲酒は法律で禁止されています。",
        [],
        PERM,
        product_type="alcohol",
    )
    L(
        "v13_208",
        "general",
        "【ふるさと納税】関市 三徳包丁 165mm ステンレス 刃物のまち",
        _j(
            "■刃物のまち・関の職人が一本ずつ研ぎ上げた三徳包丁。",
            "■18歳未満の方はお申込みいただけません。",
            "■刃物のため取り扱いには十分ご注意ください。",
        ),
        [],
        PERM,
        product_type="knife",
        blade_length_cm=16.5,
    )
    L(
        "v13_209",
        "general",
        "モバイルバッテリー 5000mAh PSE適合 薄型 マグネット式",
        _j(
            "■電気用品安全法 技術基準適合品(PSEマーク表示あり)",
            "■届出事業者名:株式会社トウカイデンキ",
        ),
        [],
        PERM,
        product_type="mobile_battery",
        pse_mark="round",
    )
    L(
        "v13_210",
        "apparel",
        "【正規品】ルイ・ヴィトン 長財布 ジッピー・ウォレット 国内正規店購入 レシート付き",
        _j(
            "■国内直営店で購入、数回使用の美品です。",
            "■購入時のレシート・箱・保存袋付き。",
            "■鑑定済み(日本流通自主管理協会 加盟店にて)",
        ),
        [],
        PERM,  # why: a brand name with a plausible second-hand price and provenance
        price=128000,
    )
    L(
        "v13_211",
        "general",
        "補聴器 充電式 耳かけ型 管理医療機器 片耳",
        _j(
            "■医療機器認証番号 303AHBZX00021000",
            "■軽度から中等度の難聴の方の聞こえを補います。",
            "■ご購入前に耳鼻咽喉科の受診をおすすめします。",
        ),
        [],
        PERM,
        product_type="medical_device",
    )
    S(
        "v13_212",
        [],
        None,
        seller_type="corporate",
        disclosure_legal_name="株式会社ヤマブキ商会",
        disclosure_address="静岡県静岡市葵区呉服町1-2-3 ヤマブキビル3F",
        disclosure_phone="054-222-3333",
        disclosure_representative="山吹 健太",
        disclosure_return_policy="商品到着後8日以内(未開封・未使用に限る)。返品送料はお客様ご負担",
        country="JP",
    )
    S(
        "v13_213",
        [],
        None,
        seller_type="individual",
        disclosure_legal_name="佐藤 花子(はなこ雑貨店)",
        disclosure_address="北海道札幌市中央区南1条西5-6-7",
        disclosure_phone="011-444-5555",
        disclosure_representative="佐藤 花子",
        disclosure_return_policy="初期不良のみ到着後7日以内に交換",
        country="JP",
    )
    L(
        "v13_214",
        "cosmetics",
        "ベストコスメ 受賞 クッションファンデ",
        _j(
            "「美的」2026年上半期ベストコスメ ファンデーション部門 第1位受賞",
            "■ツヤのある仕上がりで、毛穴や色ムラをカバーして目立たなくみせる。",
        ),
        [],
        PERM,  # why: a named magazine award with period and category; cover effect is makeup
    )

    L(
        "v13_215",
        "quasi_drug",
        "【医薬部外品】白髪染め ヘアカラー クリームタイプ 自然な黒褐色 メンズ",
        _j(
            "■効能・効果:染毛",
            "■白髪をしっかり染めて、自然な黒褐色の髪に。",
            "■ご使用の際は必ず48時間前に皮膚アレルギー試験(パッチテスト)をしてください。",
        ),
        [],
        PERM,  # why: colouring grey hair is the approved 染毛 effect, unlike v13_041 (hair growing back black)
        approval="quasi_drug_approved",
    )
    P(
        "v13_216",
        "【PR】今夜はリップクリームの新色を紹介します💄 ライブ見てくれた方ありがとう!",
        [],
        PERM,
        gifted=True,
        transcript=(
            "この配信はブランドさんからのPRです。このリップ、口唇の荒れを防いで、"
            "うるおいを与えてくれる。色もちもよくて、マスクにつきにくいんですよ"
        ),
        listing__category="cosmetics",
    )


def _ordinary(L: Row, P: Row, S: Row) -> None:
    """Ordinary compliant listings and posts with no risky wording."""
    L(
        "v13_230",
        "food",
        "【ふるさと納税】北海道産 いくら醤油漬け 500g(250g×2) 冷凍",
        _j(
            "■漁協直送の秋鮭のいくらを、自家製の醤油だれに漬け込みました。",
            "■冷蔵庫で半日ほどかけて解凍してください。",
            "■アレルギー:いくら、小麦、大豆",
        ),
    )
    L(
        "v13_231",
        "food",
        "【ふるさと納税】令和8年産 新米 コシヒカリ 10kg 精米",
        "魚沼の棚田で育てたコシヒカリ。精米したてをお届けします。",
    )
    L(
        "v13_232",
        "general",
        "ランドセルカバー 透明 反射材付き 男の子 女の子",
        "雨や傷からランドセルを守る透明カバー。夕方でも目立つ反射テープ付き。",
    )
    L(
        "v13_233",
        "general",
        "子ども 名前シール 防水 布用 アイロン不要 300枚",
        "入園・入学準備に。食洗機OKの防水タイプと、タグに貼れる布用のセット。",
    )
    L(
        "v13_234",
        "general",
        "犬 リード 伸縮 5m 中型犬 ライト付き",
        "夜のお散歩も安心のLEDライト付き。ワンタッチでロック。",
    )
    L(
        "v13_235",
        "general",
        "猫砂 おから 7L×4袋 トイレに流せる 燃やせる",
        "固まりやすく、トイレに流せるおからの猫砂。ほのかな緑茶の香り。",
    )
    L(
        "v13_236",
        "general",
        "メンズ 電気シェーバー 回転式 3枚刃 水洗い可",
        _j(
            "■お風呂剃りもできるIPX7防水。",
            "■USB Type-C充電、1時間充電で約60分使用。",
        ),
        product_type="electric_shaver",
        pse_mark="round",
    )
    L(
        "v13_237",
        "general",
        "フライパン 26cm IH対応 セラミックコート",
        "こびりつきにくいセラミックコート。ガス・IHどちらでも。",
    )
    L(
        "v13_238",
        "general",
        "シニア 向け 大きなボタン 電話機 親機のみ",
        _j(
            "■ボタンが大きく、文字が見やすい電話機。",
            "■迷惑電話対策の自動録音機能付き。",
        ),
        product_type="telephone",
        pse_mark="round",
    )
    L(
        "v13_239",
        "general",
        "杖 折りたたみ 軽量 アルミ 長さ調節 花柄",
        "カバンに入る4つ折り。長さは10段階で調節、転倒しにくい滑り止めゴム付き。",
    )
    L(
        "v13_240",
        "apparel",
        "メンズ ビジネスシャツ 形態安定 長袖 5枚セット",
        "洗濯機で洗ってもシワになりにくい形態安定加工。",
    )
    L(
        "v13_241",
        "apparel",
        "キッズ スニーカー マジックテープ 15〜21cm",
        "ひとりで履ける大きな開き口。つま先に補強ラバー。",
    )
    L(
        "v13_242",
        "food",
        "国産 ほうじ茶 ティーバッグ 3g×100包 業務用",
        "京都府産の茶葉を強火で焙じた香ばしいほうじ茶。水出しもできます。",
    )
    L(
        "v13_243",
        "food",
        "【訳あり】愛媛 みかん 5kg 家庭用 サイズ不揃い",
        "見た目に傷がありますが、味は正品と同じです。",
    )
    L(
        "v13_244",
        "cosmetics",
        "メイク落とし クレンジングバーム 90g",
        "とろけるバームでメイクとなじみ、ぬるま湯でするっと落ちます。",
    )
    L(
        "v13_245",
        "cosmetics",
        "アイシャドウ パレット 9色 ブラウン系",
        "マットとパールをバランスよく。デイリーにも華やかにも。",
    )
    L(
        "v13_246",
        "general",
        "電動歯ブラシ 替えブラシ 4本入り 互換品",
        "ご家族で色分けできる4色セット。",
    )
    L(
        "v13_247",
        "general",
        "ヘアドライヤー 大風量 速乾 マイナスイオン 折りたたみ",
        _j(
            "■1200Wの大風量で、ロングヘアもすばやく乾かします。",
            "■冷風・温風の切り替え、折りたたみハンドル。",
        ),
        product_type="hair_dryer",
        pse_mark="round",
    )
    L(
        "v13_248",
        "general",
        "知育 ブロック 200ピース 収納ケース付き 3歳から",
        "STマーク取得。大きめのパーツで小さな手でもつかみやすい。",
    )
    L(
        "v13_249",
        "general",
        "収納ボックス 折りたたみ 布製 3個セット",
        "押入れやクローゼットにぴったり。使わないときは畳めます。",
    )
    L(
        "v13_250",
        "health_food",
        "プロテイン ホエイ 1kg チョコレート風味",
        _j(
            "■1食30gあたりたんぱく質21g。",
            "■牛乳でも水でも溶けやすい。",
            "■原材料:乳たんぱく、ココアパウダー、甘味料(スクラロース)",
        ),
    )
    L(
        "v13_251",
        "food",
        "ドライフード用 ペット 鶏ささみ ジャーキー 国産 100g",
        "国産鶏ささみだけを使った、無添加のジャーキー。",
    )
    L(
        "v13_252",
        "general",
        "お薬カレンダー 壁掛け 1週間 朝昼夕寝る前",
        "飲み忘れを防ぐポケット式カレンダー。大きな文字で見やすい。",
    )
    L(
        "v13_253",
        "general",
        "老眼鏡 ブルーライトカット +1.5 おしゃれ",
        "スマホやパソコンを見るときに。軽量フレーム、ケース付き。",
    )
    L(
        "v13_254",
        "general",
        "加湿器 超音波式 4L アロマ対応 タイマー",
        "寝室やリビングに。上から給水できるタイプ。",
        product_type="humidifier",
        pse_mark="round",
    )
    L(
        "v13_255",
        "food",
        "【ふるさと納税】鹿児島 黒豚 しゃぶしゃぶ 1kg",
        "きめ細やかな肉質で、甘みのある脂が特長の黒豚。冷凍でお届け。",
    )
    L(
        "v13_256",
        "apparel",
        "シニア 婦人 ズボン ウエストゴム ストレッチ 股下65cm",
        "はき口ゆったりのウエストゴム。座ってもラクなストレッチ素材。",
    )
    P(
        "v13_257",
        "週末は家族で紅葉狩り🍁 帰りに寄った道の駅のおやきが最高だった #秋のお出かけ #道の駅",
    )
    P(
        "v13_258",
        "今日の夕飯は鶏むね肉の南蛮漬け。作り置きしておくと平日ほんとにラク #作り置き #夜ごはん",
    )
    P(
        "v13_259",
        "息子の運動会、リレーでアンカーだった🏃 転ばずに走りきってえらかった! #運動会",
    )
    P(
        "v13_260",
        "新しい眼鏡にしたら視界がくっきり。フレームは自分で3軒まわって選びました👓 #眼鏡 #自分で購入",
    )
    P(
        "v13_261",
        "筋トレ3ヶ月目。スクワット80kgまで上がった💪 次は100kg目指す #筋トレ記録",
    )
    S(
        "v13_262",
        seller_type="corporate",
        disclosure_legal_name="株式会社ハルノヒ",
        disclosure_address="京都府京都市下京区四条通烏丸東入長刀鉾町20",
        disclosure_phone="075-111-2222",
        disclosure_representative="春野 日向",
        disclosure_return_policy="商品到着後8日以内(お客様都合の場合は未使用品に限る)",
        country="JP",
    )
    S(
        "v13_263",
        seller_type="corporate",
        disclosure_legal_name="有限会社くらしの道具店",
        disclosure_address="岐阜県関市平和通2-1-1",
        disclosure_phone="0575-22-3333",
        disclosure_representative="関口 誠",
        disclosure_return_policy="到着後10日以内。不良品は当店負担で交換",
        country="JP",
    )
    L(
        "v13_264",
        "general",
        "LEDデスクライト 調光 調色 USBポート付き",
        "5段階の明るさと3色の光色。お子さまの勉強机にも。",
        product_type="desk_light",
        pse_mark="round",
    )
