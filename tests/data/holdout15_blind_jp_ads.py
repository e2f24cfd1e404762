"""Blind held-out batch 15 of Japanese ad copy (issue 3).

Written by a helper that did not open the Japan pack (its policies, lexicons, docs or
tests) and did not score the rows. The styles differ from the earlier batches on purpose:
Amazon/楽天-style product pages with 【商品説明】/【仕様】/【ご注意】 blocks and bullets,
Yahoo!ショッピング store copy, drugstore private-brand and imported (海外) supplements,
product-label transcriptions (名称/原材料名/内容量/栄養成分表示/使用上の注意), certified
medical devices (massagers, low-frequency therapy, thermometers, hearing aids, contact
lenses), hair and scalp care, men's grooming, baby and maternity goods, Instagram/TikTok
captions and Stories text, and 口コミ quoted by the seller.

The permitted look-alikes are the larger share on purpose: mandatory labels and cautions,
approved FOSHU/FNFC/FNC and quasi-drug wording on approved products, the 56 cosmetic
claims, certified medical devices with their certified efficacy, books and courses about
a disease, sourced rankings, disclosed PR posts, denials and FAQ answers that refuse to
claim.

Labels follow the law, not what a rule set is expected to catch: 薬機法 66条/68条 with
the 46通知 and 医薬品等適正広告基準, 景品表示法 5条 (No.1, 二重価格, 痩身), the ステマ告示
and 特商法 11条. Borderline rows carry a ``# why`` comment with the reading used.

``add_holdout15`` is deliberately not registered in ``build_jp_ads_eval.py``: the lead
registers it after the tuning round ends, so that it can be scored once, unseen.
"""

from __future__ import annotations

from collections.abc import Callable

from holdout_jp_ads import AC, BF, CS, DO, DP, EN, GU, N1, PERM, QD, ST, TK, WL, D

Row = Callable[..., None]


def _j(*parts: str) -> str:
    """Join description blocks with newlines, as sellers paste them into the form."""
    return "\n".join(parts)


def add_holdout15(L: Row, P: Row, S: Row) -> None:
    """Blind batch 15: about 100 violations, 100 permitted look-alikes, 30 ordinary rows.

    Split into sections so each stays readable; ids run v15_001… within the batch."""
    _product_pages(L)
    _supplements_and_labels(L)
    _hair_men_baby(L)
    _devices_and_goods(L)
    _reviews_and_marketing(L)
    _creator_violations(P)
    _seller_violations(S)
    _permitted_labels_and_approvals(L)
    _permitted_cosmetics_and_devices(L)
    _permitted_context(L, P, S)
    _ordinary(L, P, S)
    _permitted_near_misses(L, P)


def _product_pages(L: Row) -> None:
    """Amazon/楽天/Yahoo-style pages: claims inside 【商品説明】 blocks and bullets."""
    L(
        "v15_001",
        "health_food",
        "【Amazon限定】乳酸菌サプリ 1000億個 60粒 約30日分",
        _j(
            "【商品説明】",
            "・1粒に乳酸菌1000億個を凝縮",
            "・長年の便秘がウソのように、飲んだ翌朝からスルッと",
            "・季節の変わり目のムズムズ・花粉症対策にも",
            "【仕様】内容量:60粒/原産国:日本",
            "【ご注意】体質に合わない場合はご使用を中止してください。",
        ),
        D,
    )
    L(
        "v15_002",
        "health_food",
        "【楽天1位】熟成黒酢にんにく 90粒 送料無料",
        _j(
            "★楽天ランキング1位獲得!★",
            "【こんな方に】疲れが抜けない/朝すっきり起きられない",
            "飲み始めて3日で体が軽くなるのを実感していただけます。",
        ),
        [N1, BF, GU],  # why: ranking with no date/category/source; 3日で is a speed promise
    )
    L(
        "v15_003",
        "cosmetics",
        "ヒト幹細胞 美容液 30ml 【楽天スーパーSALE】",
        _j(
            "【商品説明】",
            "◆ヒト幹細胞培養液が肌細胞そのものを生まれ変わらせる",
            "◆気になるほうれい線・たるみをぐっとリフトアップ",
            "◆真皮層まで届く独自のナノ浸透技術",
            "【仕様】内容量:30ml/日本製",
        ),
        CS,
    )
    L(
        "v15_004",
        "quasi_drug",
        "【医薬部外品】薬用ホワイトニングエッセンス 50ml",
        _j(
            "【効能・効果】メラニンの生成を抑え、シミ・そばかすを防ぐ。",
            "【商品説明】防ぐだけじゃない。すでにできてしまった濃いシミまで薄くして、",
            "くすみのない透明肌へ導きます。",
        ),
        QD,
        approval="quasi_drug_approved",
    )  # why: approved whitening may only prevent; fading existing spots is beyond approval
    L(
        "v15_005",
        "quasi_drug",
        "薬用 アクネ スポッツジェル 15g",
        _j(
            "【商品説明】",
            "・薬用有効成分配合でニキビの炎症を抑えて、繰り返すニキビを防ぐ",
            "・気になる部分にピンポイントで",
        ),
        QD,
        approval="none",
    )  # why: 薬用/有効成分 wording on a product without quasi-drug approval
    L(
        "v15_006",
        "health_food",
        "【海外直送】ベルベリン 500mg 120カプセル 米国製",
        _j(
            "アメリカで大人気!糖尿病予備軍と言われた方の強い味方。",
            "【お召し上がり方】1日3回、食前に2カプセルを服用してください。",
        ),
        [D, DO],
    )
    L(
        "v15_007",
        "health_food",
        "【当店PB】高麗人参エキス粒 120粒 ドラッグストア限定",
        _j(
            "◇滋養強壮・肉体疲労時の栄養補給に",
            "◇毎日のがんばりを支える6年根の高麗人参を使用",
        ),
        BF,  # why: 滋養強壮/肉体疲労時 are OTC drink-drug claims, body function on a food
    )
    L(
        "v15_008",
        "health_food",
        "ナットウキナーゼ 4000FU 60粒 Yahoo!ショッピング店",
        "血液サラサラ成分で血栓を溶かし、脳梗塞・心筋梗塞のリスクに備える毎日の習慣を。",
        D,
    )
    L(
        "v15_009",
        "food",
        "大麦若葉 青汁 30包 【5のつく日ポイント5倍】",
        _j(
            "【商品説明】",
            "・飲むだけでマイナス7kg(※モニター実績)",
            "・食事制限なし、毎朝コップ1杯",
        ),
        [BF, WL],
    )
    L(
        "v15_010",
        "health_food",
        "酵素ファスティングドリンク 720ml 3日間セット",
        "1日1食をこれに置き換えるだけで、1週間で-5kg。溜め込んだ脂肪を燃焼してスッキリ。",
        [BF, WL],  # why: quantified effortless loss is WL; 1週間で is part of the loss claim
    )
    L(
        "v15_011",
        "general",
        "水素水生成器 ポータブル USB充電式 【Yahoo!ショッピング限定カラー】",
        _j(
            "■活性酸素を除去して、がん・糖尿病などの生活習慣病を予防",
            "■仕様:容量350ml/充電時間約2時間",
        ),
        D,
    )
    L(
        "v15_012",
        "cosmetics",
        "プロ仕様 ピーリングジェル 200g 店長おすすめ",
        "ニキビ跡のクレーターも毛穴の開きも、使うたびに消えていくツルツル肌へ。",
        CS,
    )
    L(
        "v15_013",
        "cosmetics",
        "【大人ニキビ】クリアバランス化粧水 150ml",
        _j(
            "【商品説明】",
            "・繰り返す大人ニキビが治って、できにくい肌に。",
            "・オイルフリー/無香料",
        ),
        [D, CS],
    )
    L(
        "v15_014",
        "health_food",
        "【医師推薦】ビフィズス菌+オリゴ糖 30包",
        _j(
            "現役の内科医が患者さんにもすすめている乳酸菌。",
            "腸内環境を整えて、内側から元気に。",
        ),
        [EN, BF],
    )
    L(
        "v15_015",
        "general",
        "テラヘルツ鉱石 ブレスレット 天然石 8mm",
        "身につけるだけで血流が改善。手足の冷えや、眠れない夜の不眠にも。",
        [D, BF],  # why: 不眠 named as a condition relieved; 血流改善 is body function on goods
    )
    L(
        "v15_016",
        "health_food",
        "日本一売れている 国産青汁 63包",
        "おかげさまで日本一!家族みんなで続けられる抹茶風味です。",
        N1,
    )
    L(
        "v15_017",
        "cosmetics",
        "口コミ評価No.1 ハリ美容液 30ml",
        "満足度98%!口コミ評価No.1の実力をお試しください。※当社調べ",
        N1,  # why: 当社調べ names no period, population or method
    )
    L(
        "v15_018",
        "health_food",
        "【楽天限定】飲む日焼け止め UVサプリ 30粒",
        "塗り直し不要。飲むだけで体の内側から紫外線をブロックして、日焼けしない肌に。",
        BF,
    )
    L(
        "v15_019",
        "cosmetics",
        "皮膚科医の87%が推奨 敏感肌用 保湿クリーム",
        "皮膚科医の87%が「患者にすすめたい」と回答したクリームです。",
        [
            EN,
            N1,
        ],  # relabelled in round 11: a profession's recommendation rate without a source is also keihyo_no1 (lead's decision)
    )
    L(
        "v15_020",
        "health_food",
        "副作用ゼロ 天然由来100% 睡眠サポートサプリ",
        "天然成分だけなので副作用の心配はゼロ。お子さまから高齢の方まで安心してどうぞ。",
        GU,  # why: a safety guarantee; 睡眠サポート alone is read as too vague to be BF
    )


def _supplements_and_labels(L: Row) -> None:
    """Drugstore PB and imported supplements, and claims inside label transcriptions."""
    L(
        "v15_021",
        "health_food",
        "【海外正規品】アシュワガンダ KSM-66 600mg 90粒",
        "ストレスや不安がスーッと消えていく。うつっぽい気分が続く方にも。",
        [D, BF],
    )
    L(
        "v15_022",
        "health_food",
        "【PB】DHA&EPA+イチョウ葉 180粒",
        _j(
            "・うっかりが増えた方の記憶力アップに",
            "・認知症の予防にも期待",
        ),
        [D, BF],
    )
    L(
        "v15_023",
        "health_food",
        "メラトニン 3mg 60錠 海外輸入 睡眠",
        "不眠症でお悩みの方へ。飲んで30分でスッと眠れます。",
        [D, GU],
    )
    L(
        "v15_024",
        "health_food",
        "秋ウコン粒 【ドラッグストア専売】",
        "飲み会の前に飲めば二日酔い知らず。頑張る肝臓をいたわる毎日の習慣。",
        BF,
    )
    L(
        "v15_025",
        "health_food",
        "ビルベリー&ルテイン 60粒",
        "スマホやPCで酷使した目に。視力が回復し、ピントが合いやすくなります。",
        BF,
    )
    L(
        "v15_026",
        "health_food",
        "【海外直送】プラセンタ 50000mg ニュージーランド産",
        "更年期のホットフラッシュやイライラ、眠れなさが軽くなると人気です。",
        D,  # why: 更年期 symptoms are symptoms of 更年期障害
    )
    L(
        "v15_027",
        "health_food",
        "グルコサミン&コンドロイチン 【PB】 360粒",
        _j(
            "膝の痛みが消えて正座もラクに。",
            "【お召し上がり方】1日3回、1回2粒を食後にお飲みください。",
        ),
        [D, DO],
    )
    L(
        "v15_028",
        "health_food",
        "乳酸菌 L-137 免疫ケア 30日分",
        "免疫力をアップしてインフルエンザに負けない体に。受験生のご家族に。",
        [D, BF],
    )
    L(
        "v15_029",
        "health_food",
        "【海外直送】ケトン サプリ Keto Burn 60カプセル",
        "脂肪を燃やして代謝を爆上げ。飲むだけで-10kgも夢じゃない!",
        [BF, WL],
    )
    L(
        "v15_030",
        "health_food",
        "クエン酸&BCAA スティック 30包",
        "疲労回復に。1日3回、毎食後に1包を水で服用してください。",
        [BF, DO],
    )
    L(
        "v15_031",
        "health_food",
        "高麗人参粒 300mg×270粒",
        _j(
            "名称:高麗人参加工食品",
            "原材料名:高麗人参末(韓国製造)、還元麦芽糖水飴/結晶セルロース",
            "内容量:81g(300mg×270粒)",
            "お召し上がり方:1日3回、1回3粒を食後に水またはぬるま湯で服用してください。",
        ),
        DO,
    )
    L(
        "v15_032",
        "food",
        "GABA配合 ブレンド茶 ティーバッグ 30袋",
        _j(
            "名称:混合茶",
            "【機能性表示食品】届出表示:本品にはGABAが含まれます。",
            "GABAには血圧が高めの方の血圧を下げる機能が報告されています。",
            "内容量:60g(2g×30袋)",
        ),
        [AC, BF],
        approval="none",
    )  # why: notified-claim wording on a product that is not notified: AC, and a blood
    # pressure claim on an ordinary food: BF
    L(
        "v15_033",
        "cosmetics",
        "リンクルエッセンス 20g",
        _j(
            "名称:美容液",
            "全成分:水、BG、グリセリン、ナイアシンアミド、パルミトイルペンタペプチド-4…",
            "効能:深いシワ・たるみを改善",
            "内容量:20g",
        ),
        CS,
    )
    L(
        "v15_034",
        "food",
        "乳酸菌飲料 65ml×10本",
        _j(
            "名称:乳製品乳酸菌飲料",
            "特定保健用食品",
            "許可表示:本品は生きたまま腸に届く乳酸菌の働きにより、おなかの調子を整えます。",
            "原材料名:ぶどう糖果糖液糖、脱脂粉乳、砂糖、乳酸菌",
        ),
        AC,
        approval="none",
    )
    L(
        "v15_035",
        "health_food",
        "しじみエキス オルニチン 90粒 【5のつく日】",
        "「健康診断のγ-GTPが下がった!」と喜びの声が続々。お酒好きの方に。",
        BF,  # why: a liver test value improving is a body-function claim on a food
    )
    L(
        "v15_036",
        "health_food",
        "食事制限なし ウエスト-12cm ダイエットサプリ 【Yahoo!店】",
        "運動も食事制限も一切なし。2ヶ月でウエスト-12cmのお客様も!",
        [BF, WL],
    )
    L(
        "v15_037",
        "health_food",
        "業界初 発酵黒しょうが 粒 90粒",
        "業界初の二段発酵製法。ポカポカが続いて冷え性が改善します。",
        [N1, BF],  # why: 業界初 with no basis; 冷え性改善 is the chill/body-function case
    )
    L(
        "v15_038",
        "health_food",
        "【医療機関採用】ラクトフェリン 90粒",
        "○○大学病院と共同開発。全国300以上のクリニックでも採用されています。",
        EN,
    )


def _hair_men_baby(L: Row) -> None:
    """Hair and scalp care, men's grooming, baby and maternity goods."""
    L(
        "v15_039",
        "cosmetics",
        "アミノ酸スカルプシャンプー 400ml 【メンズ&レディース】",
        _j(
            "【商品説明】",
            "・使い始めて2ヶ月、排水口の抜け毛が減って生え際に産毛がびっしり",
            "・ノンシリコン/無添加",
        ),
        CS,
    )
    L(
        "v15_040",
        "cosmetics",
        "スカルプトニック 120ml メンズ",
        "AGAに悩む方にも。使うほどに発毛を実感できるスカルプトニックです。",
        [D, CS],
    )
    L(
        "v15_041",
        "quasi_drug",
        "【医薬部外品】薬用育毛エッセンス 150ml",
        _j(
            "【効能・効果】育毛、薄毛、脱毛の予防",
            "【商品説明】3ヶ月で髪がフサフサに。ミノキシジル並みの発毛力。",
        ),
        QD,
        approval="quasi_drug_approved",
    )
    L(
        "v15_042",
        "cosmetics",
        "白髪ケア ヘアセラム 100ml",
        "白髪が黒髪に戻る!もう白髪染めに頼らない毎日へ。",
        CS,
    )
    L(
        "v15_043",
        "cosmetics",
        "頭皮美容液 スカルプセラム 60ml",
        "かゆみ・赤み・脂漏性皮膚炎による頭皮の炎症をしっかりケア。",
        [D, CS],
    )
    L(
        "v15_044",
        "health_food",
        "髪のためのサプリ ケラチン&ビオチン 90粒",
        "飲む育毛。髪にハリ・コシが戻り、ペタンコ髪がふんわりボリュームアップ。",
        BF,
    )
    L(
        "v15_045",
        "cosmetics",
        "集中補修 ヘアオイル 100ml",
        "たった1回で切れ毛・枝毛が修復。ブリーチ毛も元通りの髪に。",
        [CS, GU],  # why: repair is beyond 枝毛を防ぐ; たった1回で promises a speed
    )
    L(
        "v15_046",
        "cosmetics",
        "メンズ オールインワン化粧水 200ml",
        "ヒゲ脱毛後の赤みを鎮静。使い続けるとヒゲ自体が薄くなる。",
        CS,
    )
    L(
        "v15_047",
        "cosmetics",
        "メンズ 柿渋ボディソープ 500ml",
        "殺菌成分でワキガ・加齢臭を根本から消臭。汗をかいても臭わない体に。",
        [CS, QD],  # why: 殺菌/防臭 are quasi-drug claims made by a plain cosmetic
    )
    L(
        "v15_048",
        "health_food",
        "マカ&亜鉛 男のパワーサプリ 120粒",
        "精力増強で夜も元気。40代からの男の自信を取り戻す。",
        BF,
    )
    L(
        "v15_049",
        "general",
        "EMS 腹筋ベルト USB充電 10段階",
        "貼るだけで寝ながらシックスパック。1ヶ月でウエスト-8cm。",
        [BF, WL],
    )
    L(
        "v15_050",
        "cosmetics",
        "マタニティ ボディクリーム 150g",
        "妊娠線を予防。できてしまった妊娠線も薄くなると先輩ママに好評。",
        CS,
    )
    L(
        "v15_051",
        "health_food",
        "妊活 葉酸サプリ 120粒",
        "なかなか授からない方へ。ホルモンバランスを整えて、妊娠しやすい体づくり。",
        BF,
    )
    L(
        "v15_052",
        "food",
        "授乳期ハーブティー 30包",
        "母乳の出がよくなり、つらい乳腺炎の予防にも。",
        [D, BF],
    )
    L(
        "v15_053",
        "cosmetics",
        "ベビー 保湿ローション 300ml",
        "乳児湿疹やアトピーの赤ちゃんに。かゆみがおさまり、ぐっすり眠れます。",
        [D, CS],
    )
    L(
        "v15_054",
        "health_food",
        "キッズ 成長サポート ココア味 カルシウム アルギニン",
        "成長期に身長がぐんぐん伸びる!クラスで一番小さかった息子が…",
        BF,  # why: ぐんぐん is not a speed claim, but 身長が伸びる is a body-function claim
    )
    L(
        "v15_055",
        "food",
        "妊婦さんのルイボスティー 2g×50包",
        "妊娠中のむくみや便秘を解消。冷え性も改善して、ママの体にやさしい毎日を。",
        [D, BF],  # why: 便秘 is a named condition; むくみ/冷え性 are body-function claims
    )
    L(
        "v15_056",
        "cosmetics",
        "ベビー おしりふき用 ローション",
        "おむつかぶれを治して、赤くただれたおしりもすぐキレイに。",
        [D, CS, GU],  # why: かぶれ/ただれ are skin disease; すぐ promises a speed
    )


def _devices_and_goods(L: Row) -> None:
    """Medical devices past their certification and gadgets with medical claims."""
    L(
        "v15_057",
        "medical_device",
        "家庭用電気マッサージ器 ネック&ショルダー 管理医療機器",
        _j(
            "【効能・効果】疲労回復、血行をよくする、筋肉のこりをほぐす",
            "【商品説明】自律神経を整えて、長年の不眠症まで改善します。",
        ),
        D,  # why: the certified efficacy is fine; insomnia relief is beyond the certification
    )
    L(
        "v15_058",
        "electrical",
        "ネックマッサージャー EMS 温熱 (医療機器ではありません)",
        "つらい肩こり・頭痛が解消。血行を促進して首まわりスッキリ。",
        [D, BF],  # why: an uncertified gadget claiming relief of headache and circulation
    )
    L(
        "v15_059",
        "medical_device",
        "低周波治療器 パッド4枚付き 管理医療機器",
        "慢性の腰痛・坐骨神経痛が完治した方も。もう痛み止めはいりません。",
        [D, GU],  # why: 完治 promises a cure; the certified claim is only 痛みの緩解
    )
    L(
        "v15_060",
        "general",
        "集音器 充電式 両耳 高齢者",
        "難聴が改善!補聴器と同じ効果で、テレビの音もはっきり。",
        D,
    )
    L(
        "v15_061",
        "general",
        "ピンホールメガネ 視力トレーニング",
        "かけて眺めるだけで近視・老眼が治る。視力回復トレーニングに。",
        D,
    )
    L(
        "v15_062",
        "electrical",
        "遠赤外線 温熱腹巻き USB給電",
        "冷え性改善。つらい生理痛もやわらいで、毎月の憂うつから解放。",
        [D, BF],
    )
    L(
        "v15_063",
        "general",
        "磁気ネックレス チタン スポーツ",
        "肩こりが改善し、血行も促進。つけたその日から体の軽さが違います。",
        [D, BF, GU],  # why: an uncertified magnet claiming relief; その日から is a speed claim
    )
    L(
        "v15_064",
        "medical_device",
        "非接触 電子体温計 管理医療機器",
        "1秒で検温、さらに発熱パターンからインフルエンザやコロナかどうかまで判定。",
        D,  # why: disease diagnosis is beyond a thermometer's certified use
    )
    L(
        "v15_065",
        "apparel",
        "加圧インナー メンズ 着るだけダイエット",
        "着るだけで脂肪燃焼、1ヶ月で-5kg。",
        [BF, WL],
    )
    L(
        "v15_066",
        "general",
        "骨盤矯正 産後ベルト",
        "巻くだけで開いた骨盤が元どおりに。産後太りも解消して-6kg。",
        [BF, WL],
    )
    L(
        "v15_067",
        "general",
        "ｶﾗｺﾝ風 視力回復 アイマスク 温冷",
        "毎晩つけるだけで、ドライアイも近視もみるみる回復。",
        D,  # why: half-width katakana in the title; ドライアイ/近視 treatment on goods
    )


def _reviews_and_marketing(L: Row) -> None:
    """口コミ quoted by sellers, guarantees, rankings, price claims and evasions."""
    L(
        "v15_068",
        "health_food",
        "【お客様の声】黒酢もろみ 90粒",
        _j(
            "★★★★★「飲み始めて3ヶ月、健康診断で血圧が正常値に!」(60代・男性)",
            "★★★★☆「においが少なくて飲みやすい」(50代・女性)",
        ),
        BF,
    )
    L(
        "v15_069",
        "cosmetics",
        "【口コミ多数】ブライトニングクリーム",
        "★★★★★「シミが消えて、ファンデいらずになりました」(40代 女性)",
        CS,
    )
    L(
        "v15_070",
        "health_food",
        "サメ軟骨 コンドロイチン 【お客様の声】",
        "「リウマチの指の痛みが和らいで、またお箸が持てるように」(70代・女性)",
        D,
    )
    L(
        "v15_071",
        "health_food",
        "難消化性デキストリン 顆粒 【レビュー】",
        "レビューより:「飲んだ翌朝にはお通じが!こんなの初めて」",
        D,  # why: a bowel movement told with its timing
    )
    L(
        "v15_072",
        "cosmetics",
        "無添加 ベビー&キッズ バーム 【レビュー】",
        "「アトピーの息子に使ったら、かゆみが出なくなりました」とのお声をいただきました。",
        [D, CS],
    )
    L(
        "v15_073",
        "health_food",
        "主治医にすすめられた 青魚DHA 【レビュー】",
        "「主治医の先生にすすめられて購入しました。病院の先生も太鼓判です」(60代男性)",
        EN,
    )
    L(
        "v15_074",
        "cosmetics",
        "全額返金保証 ハリ美容液 30ml",
        "必ず実感できます。効果がなければ全額返金!",
        GU,
    )
    L(
        "v15_075",
        "quasi_drug",
        "【医薬部外品】薬用歯みがき 歯科医師推奨",
        _j(
            "【効能・効果】歯周炎(歯槽膿漏)の予防、歯肉炎の予防、口臭の防止",
            "全国の歯科医師が推奨する薬用ハミガキです。",
        ),
        EN,
        approval="quasi_drug_approved",
    )
    L(
        "v15_076",
        "cosmetics",
        "アミノ酸シャンプー 売上No.1 詰め替え",
        "シャンプー部門 売上No.1!サロン帰りのような仕上がり。",
        N1,
    )
    L(
        "v15_077",
        "medical_device",
        "低周波治療器 コードレス 管理医療機器 国内シェアNo.1※",
        "※2024年 当社調べ",
        N1,  # why: a year and 当社調べ, but no population, market or source
    )
    L(
        "v15_078",
        "general",
        "電動 頭皮ブラシ 防水 【期間限定】",
        "通常価格9,800円 → 今だけ2,980円!",
        DP,
        price=2980,
        list_price=9800,
        price__days_observed_56d=56,
        price__days_at_list_price_56d=0,
        price__max_price_56d=2980,
        price__min_price_56d=2980,
    )
    L(
        "v15_079",
        "cosmetics",
        "ベビーバスジェル 400ml 【半額】",
        "通常価格3,600円のところ、半額の1,800円!",
        DP,
        price=1800,
        list_price=3600,
        price__days_observed_56d=56,
        price__days_at_list_price_56d=5,
        price__max_price_56d=3600,
        price__min_price_56d=1800,
        price__days_since_list_price_56d=30,
    )
    L(
        "v15_080",
        "health_food",
        "ダイエット 茶 スリム",
        "飲むだけで 痩 せ る 。ﾏｲﾅｽ10kg の声も。",
        [BF, WL],  # why: spacing and half-width kana around the weight-loss claim
    )
    L(
        "v15_081",
        "health_food",
        "フコイダン 原液 ドリンク",
        "が ん と闘う方の毎日に。腫瘍が小さくなったとのお声も。",
        D,  # why: がん split by spaces; tumour shrinking is a cancer claim
    )
    L(
        "v15_082",
        "cosmetics",
        "ハリ美容クリーム 50g",
        "シ〇が消える、ほうれい〇もなかったことに。伏せ字にしても言いたい実力。",
        CS,  # why: 伏せ字 for シミ/ほうれい線; the claim is still to remove them
    )


def _creator_violations(P: Row) -> None:
    """Instagram/TikTok captions, Stories text and live transcripts."""
    P(
        "v15_083",
        "最近のお気に入り🫶 このサプリ飲み始めてから朝のむくみが全然違う!顔がシュッとした",
        [ST, BF],
        brand="スリムリズム",
        gifted=True,
        hashtags=(
            "#美容好き #サプリ #むくみ #朝活 #ダイエット #美容垢 #垢抜け #コスメ好き "
            "#美容オタク #スキンケア #美意識 #インナーケア #置き換え #30代 #ママ "
            "#時短 #購入品 #おすすめ #愛用品 #PR #美容マニア #健康 #習慣"
        ),
    )  # why: #PR is the 20th of 23 hashtags, buried
    P(
        "v15_084",
        "このシャンプーにしてから抜け毛が半分になった😳 リンクはプロフから👆",
        [ST, CS],
        brand="ルナスカルプ",
        affiliate_link=True,
        hashtags="#シャンプー #抜け毛 #ヘアケア",
    )
    P(
        "v15_085",
        "【検証】1週間飲んだら-3kg!? 食べても太らない神サプリ見つけた",
        [ST, BF, WL],
        brand="カロリミットEX",
        shop_tag=True,
        transcript="毎日ラーメン食べてたのにマイナス3キロ。黄色いカゴから買えるよ",
    )
    P(
        "v15_086",
        "PR|ミラクルクリア様からいただきました🙏 ニキビが3日で消えた!!びっくり",
        [D, CS, GU],
        brand="ミラクルクリア",
        gifted=True,
    )  # why: disclosed, so no ST; the acne cure and 3日で stay violations
    P(
        "v15_087",
        "ストーリーズ限定クーポン🔗 この美容液で肌が10歳若返ったって言われる",
        [ST, CS],
        brand="エイジレスラボ",
        affiliate_link=True,
    )
    P(
        "v15_088",
        "#PR 薬剤師の私が、患者さんにもおすすめしているマルチビタミン💊",
        EN,
        brand="ビタプラス",
        gifted=True,
    )
    P(
        "v15_089",
        "私の花粉症、このべにふうき茶で完全に治った🌸 今年は薬なしで過ごせてる",
        D,
        brand="べにふうき茶",
    )
    P(
        "v15_090",
        "#PR 飲み会前のルーティン🍻",
        BF,
        brand="ウコンの極み",
        shop_tag=True,
        transcript="これ飲んどくとマジで二日酔いゼロ。翌朝もスッキリ仕事行けます",
    )
    P(
        "v15_091",
        "授乳中でも飲める葉酸サプリ🍼 母乳の出が良くなった気がする〜",
        [ST, BF],
        brand="ママハグ葉酸",
        gifted=True,
        hashtags=(
            "#新米ママ #授乳中 #葉酸 #育児 #生後3ヶ月 #赤ちゃんのいる生活 #ママ垢 "
            "#育児記録 #令和5年ベビー #ベビー用品 #出産準備 #産後 #母乳育児 #完母 "
            "#ママと繋がりたい #子育てぐらむ #子育て #おうち時間 #ベビスタグラム "
            "#育児日記 #0歳 #女の子ママ #男の子ママ #PR #プチプラ"
        ),
    )
    P(
        "v15_092",
        "楽天お買い物マラソン購入品🛒 スカルプシャンプーで薄毛改善してきた✌️",
        [ST, CS],
        brand="ルナスカルプ",
        affiliate_link=True,
    )
    P(
        "v15_093",
        _j(
            "最近スキンケアを見直していて、冬になると毎年頬がカサカサになるのが悩みでした。",
            "朝はこのクリームを薄く、夜は少し多めに重ねています。",
            "使い始めて2週間、肌荒れを防いでくれている感じでお気に入り。",
            "テクスチャーはこっくりしているのにベタつかないのが嬉しい。",
            "香りもほんのり柑橘で癒やされる。",
            "#プロモーション",
        ),
        ST,
        brand="ユズハダ",
        gifted=True,
    )  # why: the claims are within the 56, but the only disclosure is at the very end
    P(
        "v15_094",
        "医師監修って書いてあって信頼できる✨ 皮膚科の先生もおすすめしてた美容液",
        [ST, EN],
        brand="ドクターズラボ",
        affiliate_link=True,
    )
    P(
        "v15_095",
        "【PR】今夜21時ライブ📺",
        BF,
        brand="桑の葉茶",
        shop_tag=True,
        transcript="このお茶、飲むだけで血糖値が下がるんです。ライブ中だけ2箱目半額!",
    )
    P(
        "v15_096",
        "彼のヒゲ剃り負けがこのローションで治った😂 ニキビ跡まで消えてる",
        [ST, D, CS],
        brand="メンズアクア",
        affiliate_link=True,
        hashtags="#メンズスキンケア #彼氏 #ヒゲ",
    )  # why: razor burn and acne scars cured by a cosmetic: D+CS; affiliate without PR
    P(
        "v15_097",
        "骨盤ベルト、産後1ヶ月でお腹ぺたんこ&-7kg🔥 詳細はハイライトに",
        [ST, BF, WL],
        brand="ママフィット",
        gifted=True,
    )
    P(
        "v15_098",
        "#広告 ノンアル ハーブティー 毎晩飲んでたら冷え性が治った!",
        BF,
        brand="ぽかぽかハーブ",
        gifted=True,
    )  # why: #広告 opens the caption; 冷え性 is the chill/body-function case
    P(
        "v15_099",
        "ストーリーズ💬 質問きてた「何使ってる?」→これ!肌の奥の細胞から生まれ変わる",
        [ST, CS],
        brand="セルリバイブ",
        shop_tag=True,
    )
    P(
        "v15_100",
        "息子のアトピー、このオイルでほぼ完治しました😭 同じ悩みのママに届け",
        [D, CS],
        brand="ホホバベビー",
    )


def _seller_violations(S: Row) -> None:
    """Seller profiles missing 特商法 11条 disclosures."""
    S(
        "v15_101",
        TK,
        name="株式会社ビューティーネクスト",
        shop_name="ビューティーネクスト 楽天市場店",
        seller_type="corporate",
        country="JP",
        disclosure_legal_name="株式会社ビューティーネクスト",
        disclosure_address="東京都渋谷区神宮前3-1-1",
        disclosure_phone="03-1234-5678",
        disclosure_email="shop@beauty-next.example.jp",
        disclosure_return_policy="商品到着後7日以内、未開封に限り返品を承ります。",
    )  # why: corporate seller without a representative or responsible person
    S(
        "v15_102",
        TK,
        name="ゆう",
        shop_name="ハンドメイドベビー雑貨 ゆうのお店",
        seller_type="individual",
        country="JP",
        disclosure_legal_name="山田 優",
        disclosure_email="yu.handmade@example.jp",
        disclosure_return_policy="ハンドメイドのため返品不可",
    )
    S(
        "v15_103",
        TK,
        name="Global Health Store",
        shop_name="海外サプリ直送 Global Health Store",
        seller_type="corporate",
        country="US",
        disclosure_legal_name="Global Health Store LLC",
        disclosure_address="1200 Main St, Irvine, CA, USA",
        disclosure_email="support@ghs.example.com",
        disclosure_representative="John Smith",
        disclosure_return_policy="お客様都合の返品はお受けできません。",
    )  # why: no telephone number
    S(
        "v15_104",
        TK,
        name="メンズケア本舗",
        shop_name="メンズケア本舗 Yahoo!店",
        seller_type="corporate",
        country="JP",
        disclosure_legal_name="合同会社メンズケア本舗",
        disclosure_address="大阪府大阪市北区梅田1-2-3",
        disclosure_phone="06-0000-1111",
        disclosure_email="info@menscare.example.jp",
        disclosure_representative="佐藤 健",
    )  # why: no return policy stated


def _permitted_labels_and_approvals(L: Row) -> None:
    """Label transcriptions, mandatory cautions, and approved FOSHU/FNFC/FNC/quasi-drug
    wording on products whose approval field backs it."""
    L(
        "v15_105",
        "health_food",
        "DHA&EPA 精製魚油 60粒 約30日分",
        _j(
            "名称:DHA含有精製魚油加工食品",
            "原材料名:精製魚油(国内製造)/ゼラチン、グリセリン、ビタミンE",
            "内容量:27.0g(450mg×60粒)",
            "お召し上がり方:1日2粒を目安に、水またはお湯とともにお召し上がりください。",
            "使用上の注意:原材料をご参照の上、食物アレルギーのある方はお召し上がりにならないでください。",
            "薬を服用中あるいは通院中の方、妊娠中・授乳中の方は医師にご相談ください。",
        ),
        [],
        PERM,
    )
    L(
        "v15_106",
        "food",
        "北海道バターサブレ 12枚入",
        _j(
            "名称:焼菓子",
            "原材料名:小麦粉(国内製造)、バター、砂糖、卵、アーモンドパウダー、食塩",
            "アレルゲン(特定原材料等):小麦・卵・乳成分・アーモンド",
            "栄養成分表示(1枚当たり):エネルギー68kcal、たんぱく質0.8g、脂質3.9g、",
            "炭水化物7.4g、食塩相当量0.05g(推定値)",
        ),
        [],
        PERM,
    )
    L(
        "v15_107",
        "health_food",
        "【海外直送】マルチビタミン&ミネラル 180タブレット",
        _j(
            "【ご注意】本品は海外製品です。医薬品ではありません。",
            "疾病の診断、治療、予防を目的としたものではありません。",
            "持病のある方、お薬を服用中の方は、かかりつけの医師にご相談ください。",
            "【目安量】1日1粒を目安に。",
        ),
        [],
        PERM,
    )
    L(
        "v15_108",
        "food",
        "国産野菜のベビーフード 7か月頃から 6食セット",
        _j(
            "名称:乳幼児用食品(ベビーフード)",
            "原材料名:にんじん(国産)、かぼちゃ(国産)、米、食塩不使用",
            "アレルゲン(特定原材料等28品目):使用していません",
            "【使用上の注意】温めすぎに注意し、必ず温度を確かめてからお与えください。",
            "食べ残しはお与えにならないでください。",
        ),
        [],
        PERM,
    )
    L(
        "v15_109",
        "cosmetics",
        "セラミド 保湿クリーム 50g",
        _j(
            "全成分:水、グリセリン、スクワラン、セラミドNP、BG、カルボマー、フェノキシエタノール",
            "【使用上の注意】お肌に異常が生じていないかよく注意してご使用ください。",
            "傷やはれもの、湿疹等、異常のある部位にはお使いにならないでください。",
            "使用中または使用後に赤み、はれ、かゆみ等の異常があらわれた場合は、",
            "使用を中止し、皮膚科専門医等にご相談ください。",
        ),
        [],
        PERM,
    )
    L(
        "v15_110",
        "quasi_drug",
        "【医薬部外品】薬用スカルプシャンプー 350ml",
        _j(
            "販売名:薬用スカルプシャンプーN",
            "効能・効果:ふけ・かゆみを防ぐ。毛髪・頭皮の汗臭を防ぐ。毛髪・頭皮を清浄にする。",
            "有効成分:ピロクトンオラミン",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v15_111",
        "health_food",
        "ビタミンC 1000mg 栄養機能食品 90粒",
        _j(
            "栄養機能食品(ビタミンC)",
            "ビタミンCは、皮膚や粘膜の健康維持を助けるとともに、抗酸化作用を持つ栄養素です。",
            "本品は、多量摂取により疾病が治癒したり、より健康が増進するものではありません。",
            "1日の摂取目安量を守ってください。",
            "本品は、特定保健用食品と異なり、消費者庁長官による個別審査を受けたものではありません。",
        ),
        [],
        PERM,
        approval="fnc",
    )
    L(
        "v15_112",
        "food",
        "鉄分ウエハース ココア味 20枚",
        _j(
            "栄養機能食品(鉄)",
            "鉄は、赤血球を作るのに必要な栄養素です。",
            "本品は、多量摂取により疾病が治癒したり、より健康が増進するものではありません。",
            "1日の摂取目安量を守ってください。",
        ),
        [],
        PERM,
        approval="fnc",
    )
    L(
        "v15_113",
        "health_food",
        "GABA 機能性表示食品 30粒",
        _j(
            "【届出表示】本品にはGABAが含まれます。",
            "GABAには血圧が高めの方の血圧を下げる機能があることが報告されています。",
            "届出番号:J123",
            "本品は、事業者の責任において特定の保健の目的が期待できる旨を表示するものとして、",
            "消費者庁長官に届出されたものです。ただし、特定保健用食品と異なり、",
            "消費者庁長官による個別審査を受けたものではありません。",
            "本品は、疾病の診断、治療、予防を目的としたものではありません。",
        ),
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v15_114",
        "food",
        "食物繊維入り 緑茶 特定保健用食品 500ml×24本",
        _j(
            "許可表示:本品は難消化性デキストリン(食物繊維)の働きにより、",
            "糖の吸収をおだやかにするので、食後の血糖値が気になる方に適しています。",
            "食生活は、主食、主菜、副菜を基本に、食事のバランスを。",
        ),
        [],
        PERM,
        approval="foshu",
    )
    L(
        "v15_115",
        "food",
        "茶カテキン 特定保健用食品 350ml×24本",
        _j(
            "許可表示:本品は茶カテキンを豊富に含んでおり、脂肪を消費しやすくするので、",
            "体脂肪が気になる方に適しています。",
            "1日1本を目安にお飲みください。多量摂取により疾病が治癒するものではありません。",
        ),
        [],
        PERM,
        approval="foshu",
    )
    L(
        "v15_116",
        "health_food",
        "ビフィズス菌 機能性表示食品 30日分",
        _j(
            "【届出表示】本品にはビフィズス菌BB536が含まれます。",
            "ビフィズス菌BB536には、腸内環境を改善し、おなかの調子を整える機能が報告されています。",
            "【摂取目安量】1日1包",
            "本品は、疾病の診断、治療、予防を目的としたものではありません。",
        ),
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v15_117",
        "health_food",
        "L-テアニン 機能性表示食品 睡眠 30粒",
        _j(
            "【届出表示】本品にはL-テアニンが含まれます。",
            "L-テアニンには、夜間の良質な睡眠(眠りの質の向上)をサポートする機能が報告されています。",
            "【ご注意】本品は医薬品ではありません。眠れない状態が続く場合は医師にご相談ください。",
        ),
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v15_118",
        "health_food",
        "ルテイン 機能性表示食品 目の健康 60粒",
        _j(
            "【届出表示】本品にはルテインが含まれます。ルテインには目の黄斑色素量を維持する働きがあり、",
            "ブルーライトなどの光の刺激から目を保護することで、",
            "コントラスト感度(色の濃淡を判別する力)を改善することが報告されています。",
        ),
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v15_119",
        "health_food",
        "グルコサミン 機能性表示食品 ひざ 180粒",
        _j(
            "【届出表示】本品にはグルコサミン塩酸塩が含まれます。",
            "グルコサミン塩酸塩には、軟骨成分の分解を抑え、関節軟骨を保護する機能が報告されています。",
            "【摂取の方法】1日6粒を目安に。",
        ),
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v15_120",
        "quasi_drug",
        "【医薬部外品】薬用育毛トニック 180ml",
        _j(
            "効能・効果:育毛、薄毛、かゆみ、脱毛の予防、ふけ、病後・産後の脱毛、養毛",
            "【用法・用量】1日2回、適量を頭皮に塗布し、マッサージしてください。",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v15_121",
        "quasi_drug",
        "【医薬部外品】メンズ 薬用デオドラントスティック 20g",
        "効能・効果:わきが(腋臭)、皮フ汗臭、制汗。汗をかく前のワキに。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v15_122",
        "quasi_drug",
        "【医薬部外品】薬用ハミガキ 歯周ケア 120g",
        _j(
            "効能・効果:歯周炎(歯槽膿漏)の予防、歯肉炎の予防、口臭の防止、",
            "むし歯の発生及び進行の予防",
            "【ご注意】発疹などの異常が現れたときは使用を中止し、医師または歯科医師に相談してください。",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v15_123",
        "quasi_drug",
        "【医薬部外品】薬用美白美容液 30ml",
        _j(
            "メラニンの生成を抑え、シミ・そばかすを防ぐ美白※美容液。",
            "※美白とは、メラニンの生成を抑え、シミ・そばかすを防ぐことです。",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v15_124",
        "quasi_drug",
        "【医薬部外品】メンズ 薬用シェービングフォーム 200g",
        "効能・効果:かみそりまけを防ぐ。きめ細かい泡でヒゲをやわらかく包みます。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v15_125",
        "quasi_drug",
        "【医薬部外品】ベビー 薬用ローション 150ml",
        _j(
            "効能・効果:あせも・ただれを防ぐ。肌あれを防ぐ。",
            "新生児から使えます。",
            "【ご注意】赤ちゃんの肌に異常がある場合は、使用前に医師にご相談ください。",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v15_126",
        "quasi_drug",
        "【医薬部外品】薬用アクネ洗顔フォーム 130g",
        "効能・効果:皮膚を清浄にする。ニキビを防ぐ。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v15_127",
        "quasi_drug",
        "【医薬部外品】薬用入浴剤 炭酸 30錠",
        _j(
            "効能・効果:疲労回復、肩こり、腰痛、冷え症、神経痛、リウマチ、",
            "あせも、荒れ性、痔、うちみ、くじき、にきび、産前産後の冷え症、しっしん",
            "【使用上の注意】乳幼児の手の届かないところに保管してください。",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v15_128",
        "food",
        "葉酸ウエハース 栄養機能食品 マタニティ 30枚",
        _j(
            "栄養機能食品(葉酸)",
            "葉酸は、赤血球の形成を助ける栄養素です。",
            "葉酸は、胎児の正常な発育に寄与する栄養素です。",
            "本品は、胎児の正常な発育に寄与する栄養素である葉酸を含みますが、",
            "多量摂取により胎児の発育が良くなるものではありません。",
            "1日の摂取目安量を守ってください。",
        ),
        [],
        PERM,
        approval="fnc",
    )
    L(
        "v15_129",
        "food",
        "国産 百花はちみつ 500g",
        _j(
            "名称:はちみつ",
            "原材料名:はちみつ(国産)",
            "内容量:500g",
            "【ご注意】1歳未満の乳児には与えないでください。",
        ),
        [],
        PERM,
    )
    L(
        "v15_130",
        "health_food",
        "ホエイプロテイン チョコ風味 1kg",
        _j(
            "運動後のタンパク質補給に。",
            "栄養成分表示(1食30g当たり):エネルギー118kcal、たんぱく質21.3g、",
            "脂質1.9g、炭水化物4.0g、食塩相当量0.2g",
            "【お召し上がり方】1日1〜2回、1回30gを目安に200mlの水または牛乳に溶かして。",
        ),
        [],
        PERM,
    )
    L(
        "v15_131",
        "drug",
        "【第2類医薬品】解熱鎮痛薬 24錠",
        _j(
            "効能・効果:頭痛・月経痛(生理痛)・歯痛・関節痛の鎮痛、悪寒・発熱時の解熱",
            "用法・用量:成人(15歳以上)1回2錠、1日3回まで。服用間隔は4時間以上おいてください。",
            "【ご注意】本剤の服用前に、薬剤師または登録販売者にご相談ください。",
        ),
        [],
        PERM,
        seller__drug_license="店舗販売業 第R05-1234号",
    )  # why: an OTC drug may state its approved efficacy and dosage


def _permitted_cosmetics_and_devices(L: Row) -> None:
    """The 56 cosmetic claims, makeup effects, and certified medical devices showing their
    certification next to their certified efficacy."""
    L(
        "v15_132",
        "cosmetics",
        "泥洗顔フォーム 120g 【メンズ&レディース】",
        _j(
            "【商品説明】",
            "・洗浄によりニキビ、アセモを防ぎます",
            "・毛穴の汚れを落として、皮膚を清浄にする",
            "【仕様】内容量:120g/日本製",
        ),
        [],
        PERM,
    )
    L(
        "v15_133",
        "cosmetics",
        "ベビー&キッズ 日焼け止めミルク SPF50+ PA++++ 60ml",
        _j(
            "日やけを防ぐ。日やけによるシミ・ソバカスを防ぐ。",
            "石けんで落とせる、紫外線吸収剤不使用。生後6か月頃から。",
        ),
        [],
        PERM,
    )
    L(
        "v15_134",
        "cosmetics",
        "アイクリーム 15g 効能評価試験済み",
        _j(
            "乾燥による小ジワを目立たなくする。",
            "※効能評価試験済み(日本香粧品学会のガイドラインに基づく)",
        ),
        [],
        PERM,
    )
    L(
        "v15_135",
        "cosmetics",
        "ハーブ スカルプシャンプー 480ml",
        _j(
            "【商品説明】",
            "・フケ・カユミを抑える",
            "・頭皮、毛髪を清浄にする",
            "・毛髪にはり、こしを与える",
        ),
        [],
        PERM,
    )
    L(
        "v15_136",
        "cosmetics",
        "メンズ シェービングジェル 190g",
        "ひげを剃りやすくする。ひげそり後の肌を整える。透明ジェルで剃り残しが見やすい。",
        [],
        PERM,
    )
    L(
        "v15_137",
        "cosmetics",
        "洗い流さないヘアミルク 100g",
        "裂毛・切毛・枝毛を防ぐ。毛髪の帯電を防止する。クシどおりをよくする。",
        [],
        PERM,
    )
    L(
        "v15_138",
        "cosmetics",
        "ホワイトニング歯みがき 100g",
        _j(
            "ブラッシングにより、ムシ歯を防ぐ・歯を白くする・口臭を防ぐ。",
            "※歯を白くするとは、ステイン(着色汚れ)を除去することです。",
        ),
        [],
        PERM,
    )
    L(
        "v15_139",
        "cosmetics",
        "マタニティ 保湿ボディミルク 200ml",
        _j(
            "大きくなるお腹まわりの乾燥を防ぎ、皮膚にうるおいを与えます。",
            "※本品は妊娠線の予防を目的とした商品ではありません。",
            "妊娠中は肌が敏感になりやすいため、腕の内側で試してからお使いください。",
        ),
        [],
        PERM,
    )
    L(
        "v15_140",
        "cosmetics",
        "ベビーローション 新生児から 300ml",
        _j(
            "皮膚の乾燥を防ぐ。肌荒れを防ぐ。",
            "【ご注意】湿疹やかぶれなど、肌に異常があるときは使用せず、医師にご相談ください。",
        ),
        [],
        PERM,
    )
    L(
        "v15_141",
        "cosmetics",
        "メンズ BBクリーム 30g 自然な肌色",
        "青ヒゲ・毛穴・クマをカバーして、清潔感のある肌に見せる(メーキャップ効果による)。",
        [],
        PERM,
    )
    L(
        "v15_142",
        "cosmetics",
        "ネイルケアオイル ペンタイプ",
        "爪を保護する。爪にうるおいを与える。甘皮まわりにもさっと塗れるペンタイプ。",
        [],
        PERM,
    )
    L(
        "v15_143",
        "cosmetics",
        "エイジングケア※ 化粧水 150ml",
        _j(
            "角質層※2まで浸透して、肌にはりを与える。肌のキメを整える。",
            "※年齢に応じたお手入れのこと",
            "※2 角質層まで",
        ),
        [],
        PERM,
    )
    L(
        "v15_144",
        "cosmetics",
        "スカルプエッセンス 頭皮用 80ml",
        _j(
            "頭皮、毛髪をすこやかに保つ。頭皮にうるおいを与える。",
            "※本品は化粧品です。育毛・発毛効果を表示するものではありません。",
        ),
        [],
        PERM,
    )
    L(
        "v15_145",
        "cosmetics",
        "速乾ネイルカラー 8ml",
        "約60秒で表面が乾く速乾タイプ。ムラになりにくい平筆。",
        [],
        PERM,
    )  # why: 速乾 is how fast the polish dries, not a speed of efficacy
    L(
        "v15_146",
        "medical_device",
        "家庭用電気マッサージ器 シートタイプ 管理医療機器",
        _j(
            "医療機器認証番号:305AGBZX00012000 管理医療機器",
            "【効能・効果】疲労回復、血行をよくする、筋肉のこりをほぐす、",
            "神経痛・筋肉痛の痛みの緩解",
            "【ご注意】治療中の方、妊娠中の方は使用前に医師にご相談ください。",
        ),
        [],
        PERM,
    )
    L(
        "v15_147",
        "medical_device",
        "家庭用低周波治療器 コードレス パッド2枚",
        _j(
            "管理医療機器 認証番号:302AFBZX00034000",
            "【効能・効果】肩こりの緩解、筋肉の疲れをとる、神経痛・筋肉痛の痛みの緩解、",
            "麻痺した筋肉の回復、マッサージ効果",
            "【使用上の注意】心臓ペースメーカー等の電子医用機器を装着している方は使用しないでください。",
        ),
        [],
        PERM,
    )
    L(
        "v15_148",
        "medical_device",
        "電子体温計 予測式 わき用",
        _j(
            "管理医療機器 認証番号:228AABZX00077000",
            "予測検温 約15秒。そのまま続けると実測検温(約10分)になります。",
            "※体温計の表示は診断を目的とするものではありません。",
            "発熱などの症状が続く場合は医療機関を受診してください。",
        ),
        [],
        PERM,
    )  # why: 約15秒 is how long measuring takes, a certified performance, not an efficacy
    L(
        "v15_149",
        "medical_device",
        "耳かけ型 補聴器 充電式 片耳",
        _j(
            "管理医療機器 医療機器認証番号:304ABBZX00056000",
            "聞こえを補う補聴器です。",
            "ご購入前に耳鼻咽喉科での聴力検査をお受けいただくことをおすすめします。",
        ),
        [],
        PERM,
    )  # why: advice to be examined first, not a doctor recommending the product
    L(
        "v15_150",
        "medical_device",
        "2ウィーク コンタクトレンズ 6枚入 -3.00",
        _j(
            "高度管理医療機器 承認番号:22600BZX00123000",
            "視力補正用 単焦点 2週間交換",
            "必ず眼科医の検査・処方を受けてからお求めください。",
            "装用中に異常を感じたら、ただちに装用を中止し眼科医の診察を受けてください。",
        ),
        [],
        PERM,
    )
    L(
        "v15_151",
        "medical_device",
        "家庭用電位治療器 リビングタイプ",
        _j(
            "管理医療機器 認証番号:222AFBZX00098000",
            "【効能・効果】頭痛、肩こり、不眠症及び慢性便秘の緩解",
            "【ご注意】ペースメーカー等をお使いの方は使用できません。",
        ),
        [],
        PERM,
    )  # why: these disease names are the device's certified efficacy
    L(
        "v15_152",
        "medical_device",
        "磁気治療器 粒タイプ 48粒入",
        _j(
            "家庭用永久磁石磁気治療器 管理医療機器 認証番号:219AGBZX00211000",
            "【効能・効果】装着部位のコリ及び血行の改善",
            "【ご注意】皮膚に異常のある部位には貼らないでください。",
        ),
        [],
        PERM,
    )
    L(
        "v15_153",
        "medical_device",
        "上腕式 血圧計 メモリー機能付き",
        _j(
            "管理医療機器 認証番号:301AGBZX00111000",
            "測定範囲:圧力0〜299mmHg、脈拍40〜180拍/分",
            "※測定結果を自己判断せず、治療は必ず医師の指導に従ってください。",
        ),
        [],
        PERM,
    )
    L(
        "v15_154",
        "medical_device",
        "電動 鼻水吸引器 ベビー用",
        _j(
            "一般医療機器 医療機器届出番号:13B1X00123000001",
            "赤ちゃんの鼻水をやさしく吸引します。ノズルは丸洗いOK。",
        ),
        [],
        PERM,
    )
    L(
        "v15_155",
        "electrical",
        "集音器 充電式 (医療機器ではありません)",
        _j(
            "Q. 補聴器とは違うのですか?",
            "A. 補聴器は管理医療機器として認証を受けたものです。本品は医療機器ではなく、",
            "難聴を改善したり聴力を補うものではありません。テレビや会話の音を大きくする機器です。",
        ),
        [],
        PERM,
    )


def _permitted_context(L: Row, P: Row, S: Row) -> None:
    """Books and courses about a disease, sourced rankings, disclosed PR posts, proper
    seller disclosures, fitness goods described mechanically, denials and FAQ answers."""
    L(
        "v15_156",
        "general",
        "糖尿病の食事療法 管理栄養士のやさしい献立150 (単行本)",
        _j(
            "【内容紹介】糖尿病と診断された方とご家族のための、毎日の献立と調理のコツ。",
            "主治医の指示エネルギー量に合わせて使える、1日1600kcal・1800kcalの献立例つき。",
        ),
        [],
        PERM,
    )
    L(
        "v15_157",
        "general",
        "アトピー性皮膚炎と上手につきあう本 皮膚科専門医が解説 (新書)",
        "【目次】第1章 アトピー性皮膚炎とは/第2章 スキンケアの基本/第3章 治療の選び方",
        [],
        PERM,
    )
    L(
        "v15_158",
        "general",
        "オンライン両親学級 産後うつを知る 助産師による全4回講座",
        _j(
            "産後の心と体の変化、産後うつのサイン、相談できる窓口を助産師が解説します。",
            "※本講座は医療行為・診断を行うものではありません。",
        ),
        [],
        PERM,
    )
    L(
        "v15_159",
        "general",
        "高血圧を防ぐ 減塩レシピ 120 (ムック)",
        "だしと香味野菜で塩分を控えても満足できる、家庭の減塩レシピ集です。",
        [],
        PERM,
    )
    L(
        "v15_160",
        "cosmetics",
        "高保湿 化粧水 500ml 【楽天ランキング1位】",
        _j(
            "楽天ランキング1位※",
            "※楽天市場 デイリーランキング 化粧水部門 2025年6月3日付",
            "皮膚にうるおいを与え、肌を整える。",
        ),
        [],
        PERM,
    )
    L(
        "v15_161",
        "health_food",
        "国産大麦若葉 青汁 売上No.1※ 90包",
        _j(
            "※インテージSRI+ 青汁市場 2024年1月〜12月 ブランド別販売金額(全国のスーパー・",
            "ドラッグストア・コンビニ)",
            "毎日の野菜不足が気になる方の食生活に。",
        ),
        [],
        PERM,
    )
    L(
        "v15_162",
        "electrical",
        "大風量 ヘアドライヤー 1200W",
        _j(
            "Amazon売れ筋ランキング ヘアドライヤー部門 1位(2025年11月10日 12:00時点)",
            "PSE適合品。大風量で乾かす時間を短縮。",
        ),
        [],
        PERM,
        product_type="hair_dryer",
        pse_mark="round",
    )
    L(
        "v15_163",
        "health_food",
        "よくあるご質問 乳酸菌サプリ",
        _j(
            "Q. 飲めば痩せますか?",
            "A. 本品は食品のため、痩身効果をうたうものではありません。",
            "バランスのよい食事と適度な運動をお続けください。",
        ),
        [],
        PERM,
    )
    L(
        "v15_164",
        "health_food",
        "よくあるご質問 マルチミネラル",
        _j(
            "Q. 薬と一緒に飲んでも大丈夫ですか?",
            "A. お薬を服用中の方は、飲み合わせについて医師・薬剤師にご相談ください。",
        ),
        [],
        PERM,
    )
    L(
        "v15_165",
        "cosmetics",
        "よくあるご質問 敏感肌用クリーム",
        _j(
            "Q. アトピーでも使えますか?",
            "A. 効果や安全性を保証するものではありません。肌に疾患のある方は、",
            "皮膚科医にご相談のうえご使用ください。",
        ),
        [],
        PERM,
    )
    L(
        "v15_166",
        "health_food",
        "黒酢 もろみ カプセル 60粒",
        _j(
            "毎日の健康維持に、黒酢もろみを手軽なカプセルで。",
            "※本品は医薬品ではありません。病気の治療・予防を目的としたものではありません。",
        ),
        [],
        PERM,
    )
    L(
        "v15_167",
        "general",
        "ベビー スリーパー 綿ガーゼ 6重",
        _j(
            "Q. 夜泣きが治りますか?",
            "A. 本品は寝具であり、夜泣きを改善するものではありません。",
            "寝冷え防止の着る毛布としてお使いください。",
        ),
        [],
        PERM,
    )
    L(
        "v15_168",
        "general",
        "腹筋ローラー ストッパー付き 膝マット付",
        _j(
            "【仕様】ホイール幅12cm/耐荷重150kg/負荷3段階",
            "膝をついた姿勢からでも使えるストッパー付き。",
            "※本品の使用による痩身効果を保証するものではありません。",
        ),
        [],
        PERM,
    )
    L(
        "v15_169",
        "general",
        "静音ステッパー 消費カロリー表示付き",
        _j(
            "歩数・時間・消費カロリー(目安)を表示。",
            "※消費カロリーは体重60kgの場合の目安で、個人差があります。",
        ),
        [],
        PERM,
    )
    L(
        "v15_170",
        "apparel",
        "着圧レギンス 段階着圧 Mサイズ",
        _j(
            "足首からふくらはぎへ段階的に圧を変えた、脚を包み込むフィット感。",
            "※医療用ではありません。むくみ・静脈瘤の治療を目的とした商品ではありません。",
        ),
        [],
        PERM,
    )
    L(
        "v15_171",
        "general",
        "マタニティ 骨盤ベルト 妊娠中〜産後",
        _j(
            "妊娠中は大きくなるお腹を下から支え、産後は骨盤まわりをしっかりホールド。",
            "※骨盤の矯正や体型の変化を保証するものではありません。",
            "妊娠中のご使用は、主治医にご相談のうえお使いください。",
        ),
        [],
        PERM,
    )
    L(
        "v15_172",
        "cosmetics",
        "ボタニカル ボディソープ 【お客様の声】",
        _j(
            "★★★★★「香りがやさしくて、洗い上がりがつっぱらないのが好き」(30代)",
            "★★★★☆「泡立ちがいい」(40代)",
            "※個人の感想です。",
        ),
        [],
        PERM,
    )
    L(
        "v15_173",
        "health_food",
        "国産 大麦若葉 粉末 【レビュー】",
        _j(
            "「抹茶みたいで飲みやすい、続けやすい」「牛乳で割るとおいしい」",
            "※個人の感想です。",
        ),
        [],
        PERM,
    )
    L(
        "v15_174",
        "general",
        "ベビー用 電動鼻水吸引器 替えノズル 【期間限定】",
        "通常価格4,980円のところ、11/27〜11/30の期間限定で3,980円。",
        [],
        PERM,
        price=3980,
        list_price=4980,
        price__days_observed_56d=56,
        price__days_at_list_price_56d=42,
        price__max_price_56d=4980,
        price__min_price_56d=4980,
        price__days_since_list_price_56d=1,
    )  # why: sold at 4,980円 on 42 of the last 56 days, until yesterday
    L(
        "v15_175",
        "health_food",
        "管理栄養士が考えた 朝ごはんグラノーラ 400g",
        "管理栄養士の母が、忙しい朝の家族のために考えたレシピがはじまり。食物繊維たっぷり。",
        [],
        PERM,
    )  # why: the professional is the developer in a story, not recommending an efficacy
    L(
        "v15_176",
        "cosmetics",
        "敏感肌用 保湿クリーム パッチテスト済み",
        _j(
            "皮膚にうるおいを与え、乾燥を防ぐ。",
            "皮膚科医立ち会いのもとパッチテスト実施済み※",
            "※全ての方に皮膚刺激が起きないというわけではありません。",
        ),
        [],
        PERM,
    )  # why: a test done under a dermatologist is stated as a fact, not a recommendation
    P(
        "v15_177",
        "【PR】ユズハダ様より商品提供を受けています。冬の乾燥対策に、保湿クリームで皮膚にうるおいを与えて寝ています🍊",
        [],
        PERM,
        brand="ユズハダ",
        gifted=True,
    )
    P(
        "v15_178",
        "#PR #広告 新作ヘアオイル、クシどおりが良くなって毎朝のブローがラク",
        [],
        PERM,
        brand="シルクリペア",
        affiliate_link=True,
        hashtags="#PR #広告 #ヘアオイル #ヘアケア",
    )
    P(
        "v15_179",
        "プロモーションを含みます🛒 楽天ROOMに冬のベビー用品まとめました",
        [],
        PERM,
        brand="ベビーリーフ",
        affiliate_link=True,
    )
    P(
        "v15_180",
        "PR✨ 新作リップ、口唇の乾燥を防いでくれてツヤも出る💄 色は02番",
        [],
        PERM,
        brand="ルージュミュウ",
        gifted=True,
    )
    P(
        "v15_181",
        "広告|メンズ洗顔、泡立てネット不要でこの泡。洗い上がりさっぱり",
        [],
        PERM,
        brand="メンズアクア",
        affiliate_link=True,
    )
    P(
        "v15_182",
        "内科医です。サプリで病気は治りません。気になる症状があれば早めに受診を。",
        [],
        PERM,
        transcript="健康食品は薬の代わりにはなりません。飲んでいる薬があるなら主治医に相談してね。",
    )
    P(
        "v15_183",
        "読了📚『がんと診断されたら最初に読む本』 家族目線で読めた。付箋だらけ",
        [],
        PERM,
    )
    P(
        "v15_184",
        "【PR】機能性表示食品のヨーグルトを1ヶ月。届出表示は「おなかの調子を整える」です",
        [],
        PERM,
        brand="ビフィダスヨーグルト",
        shop_tag=True,
        listing__category="food",
        listing__approval="fnfc",
    )  # why: disclosed, and only the notified claim is quoted as the notified claim
    P(
        "v15_185",
        "減塩みそ汁の作り方🍲 血圧が気になる父のために、だしを濃いめにしてます",
        [],
        PERM,
    )
    S(
        "v15_186",
        [],
        PERM,
        name="株式会社ナチュラルベビー",
        shop_name="ナチュラルベビー 公式ストア",
        seller_type="corporate",
        country="JP",
        disclosure_legal_name="株式会社ナチュラルベビー",
        disclosure_address="神奈川県横浜市中区山下町1-1",
        disclosure_phone="045-000-1234",
        disclosure_email="support@naturalbaby.example.jp",
        disclosure_representative="代表取締役 中村 彩",
        disclosure_return_policy=(
            "衛生用品のため、開封後の返品・交換はお受けできません。"
            "不良品は商品到着後8日以内にご連絡ください。送料は当店負担で交換いたします。"
        ),
    )  # why: a 返品特約 that excludes opened goods is a lawful disclosed term
    S(
        "v15_187",
        [],
        PERM,
        name="Vita Import Japan",
        shop_name="海外サプリ Vita Import Japan",
        seller_type="corporate",
        country="US",
        disclosure_legal_name="Vita Import Inc. 日本営業所",
        disclosure_address="東京都港区芝5-1-1 (日本営業所)",
        disclosure_phone="03-0000-5678",
        disclosure_email="jp@vita-import.example.com",
        disclosure_representative="通販責任者 田中 誠",
        disclosure_return_policy="未開封に限り、到着後14日以内の返品を承ります(返送料はお客様負担)。",
    )
    S(
        "v15_188",
        [],
        PERM,
        name="くすりのさくら堂",
        shop_name="くすりのさくら堂 Yahoo!店",
        seller_type="corporate",
        country="JP",
        disclosure_legal_name="有限会社さくら堂薬局",
        disclosure_address="福岡県福岡市中央区天神2-2-2",
        disclosure_phone="092-000-3333",
        disclosure_email="shop@sakuradou.example.jp",
        disclosure_representative="管理薬剤師 木村 修",
        disclosure_return_policy="医薬品はお客様都合での返品不可。破損・誤配送は到着後7日以内にご連絡ください。",
        drug_license="店舗販売業許可 福岡市 第12345号",
    )


def _ordinary(L: Row, P: Row, S: Row) -> None:
    """Everyday listings, posts and sellers with no risky wording."""
    L(
        "v15_189",
        "general",
        "耐熱ガラス 保存容器 5点セット 【Amazon限定】",
        _j(
            "【商品説明】",
            "・電子レンジ・オーブン・食洗機対応",
            "・フタは密閉パッキン付き",
            "【仕様】容量:400ml×2、800ml×2、1.3L×1",
        ),
    )
    L(
        "v15_190",
        "apparel",
        "メンズ ライトダウンジャケット 撥水 ポケッタブル",
        "収納袋付きで旅行にも便利。サイズ:S〜3L/カラー:ブラック・ネイビー・オリーブ",
    )
    L(
        "v15_191",
        "food",
        "北海道産 男爵いも 5kg 訳あり",
        "サイズ不揃い・小さな傷ありのため訳あり価格。味は通常品と同じです。",
    )
    L(
        "v15_192",
        "toy",
        "木のつみき 50ピース 国産ひのき 収納袋付き",
        "角を丸く面取りした、国産ひのきのつみき。対象年齢3歳以上。",
        target_age_min=3,
    )
    L(
        "v15_193",
        "electrical",
        "USB-C 急速充電器 65W 2ポート",
        "PD対応。ノートPC・スマホ・タブレットを同時に充電。折りたたみプラグ。",
        product_type="ac_adapter",
        pse_mark="diamond",
    )
    L(
        "v15_194",
        "apparel",
        "ベビー 短肌着 綿100% 5枚組 50-60cm",
        "縫い目が外側のやさしい仕立て。新生児から。水通ししてからお使いください。",
    )
    L(
        "v15_195",
        "general",
        "抱っこ紐 メッシュ 4WAY 新生児〜36ヶ月",
        "対面・前向き・腰抱き・おんぶの4WAY。SGマーク付き。",
        sg_mark=True,
    )
    L(
        "v15_196",
        "general",
        "メイクブラシ 8本セット ケース付き",
        "やわらかい合成毛。ファンデーション、チーク、アイシャドウ用をセットに。",
    )
    L(
        "v15_197",
        "food",
        "静岡県産 深蒸し煎茶 100g×3袋",
        "まろやかな甘みとコクの深蒸し茶。急須で70℃のお湯で淹れるのがおすすめです。",
    )
    L(
        "v15_198",
        "general",
        "手帳型 スマホケース カード収納 3枚",
        "マグネット留め。スタンド機能付きで動画視聴に便利。",
    )
    L(
        "v15_199",
        "apparel",
        "キッズ スニーカー マジックテープ 15〜21cm",
        "脱ぎ履きしやすいマジックテープ。反射材付きで夕方のお散歩も安心。",
    )
    L(
        "v15_200",
        "food",
        "令和7年産 新米 こしひかり 10kg 精米",
        "産地直送。精米日から1ヶ月以内を目安にお召し上がりください。",
    )
    L(
        "v15_201",
        "electrical",
        "マイナスイオン ヘアドライヤー 折りたたみ",
        "風量2段階・温度3段階。コンパクトに折りたためて旅行にも。",
        product_type="hair_dryer",
        pse_mark="round",
    )
    L(
        "v15_202",
        "general",
        "メンズ 二つ折り財布 本革 小銭入れ付き",
        "使い込むほどに艶の出るイタリアンレザー。ギフトボックス入り。",
    )
    L(
        "v15_203",
        "apparel",
        "マタニティ ワンピース 授乳口付き",
        "妊娠中から産後まで長く着られるAライン。両脇に授乳用ファスナー。",
    )
    L(
        "v15_204",
        "food",
        "ミックスナッツ 素焼き 無塩 1kg",
        _j(
            "名称:ミックスナッツ",
            "原材料名:アーモンド、カシューナッツ、くるみ、マカダミアナッツ",
            "内容量:1kg",
        ),
    )
    L(
        "v15_205",
        "general",
        "哺乳びん 耐熱ガラス 240ml",
        "煮沸・電子レンジ・薬液消毒に対応。目盛りが見やすい。",
    )
    L(
        "v15_206",
        "general",
        "ワンタッチ 折りたたみ傘 自動開閉 晴雨兼用",
        "ボタンひとつで開閉。UVカット率99%の生地で日傘としても。",
    )
    L(
        "v15_207",
        "electrical",
        "ベビーモニター カメラ付き 暗視機能",
        "スマホで赤ちゃんの様子を確認。温度表示と子守唄機能付き。",
        product_type="baby_monitor",
        pse_mark="round",
    )
    L(
        "v15_208",
        "general",
        "ヘアクリップ 大 べっこう柄 2個セット",
        "ロングヘアもひとまとめにできる大きめサイズ。",
    )
    L(
        "v15_209",
        "food",
        "国産 鶏ガラスープの素 顆粒 250g",
        "名称:調味料(顆粒) 内容量:250g 賞味期限:製造日より1年",
    )
    L(
        "v15_210",
        "general",
        "メンズ 電動シェーバー 替刃 2個入り (対応機種専用)",
        "対応機種をご確認のうえご購入ください。交換の目安は約1年半です。",
    )
    P(
        "v15_211",
        "週末は箱根で紅葉狩り🍁 ロープウェイからの景色が最高でした",
        hashtags="#箱根 #紅葉 #週末旅行",
    )
    P(
        "v15_212",
        "10分でできる豚こま生姜焼き🐷 タレは醤油・みりん・酒を1:1:1",
        transcript="玉ねぎは先に炒めて甘みを出すのがポイントです",
    )
    P(
        "v15_213",
        "今日のコーデ🧥 古着のジャケットにデニムで",
        hashtags="#今日のコーデ #古着",
    )
    P(
        "v15_214",
        "子どもと近所の公園へ。どんぐり拾いに夢中😊",
    )
    P(
        "v15_215",
        "朝ルーティン:6時起床→ランニング5km→シャワー→コーヒー☕",
    )
    S(
        "v15_216",
        name="株式会社ホームスタイル",
        shop_name="ホームスタイル 楽天市場店",
        seller_type="corporate",
        country="JP",
        disclosure_legal_name="株式会社ホームスタイル",
        disclosure_address="愛知県名古屋市中区栄3-3-3",
        disclosure_phone="052-000-4444",
        disclosure_email="info@homestyle.example.jp",
        disclosure_representative="代表取締役 鈴木 一郎",
        disclosure_return_policy="商品到着後7日以内、未使用品に限り返品可。返送料はお客様負担。",
    )
    S(
        "v15_217",
        name="はるか",
        shop_name="はるかの器",
        seller_type="individual",
        country="JP",
        disclosure_legal_name="高橋 遥",
        disclosure_address="京都府京都市東山区五条橋東6-1",
        disclosure_phone="075-000-5555",
        disclosure_email="haruka.utsuwa@example.jp",
        disclosure_return_policy="破損時のみ、到着後3日以内のご連絡で交換いたします。",
    )
    L(
        "v15_218",
        "general",
        "A5 方眼ノート 5冊パック",
        "5mm方眼。裏抜けしにくい上質紙。",
    )


def _permitted_near_misses(L: Row, P: Row) -> None:
    """More permitted look-alikes: risky words (初, 即, 絶対, 1位, 代謝, 滋養強壮, disease
    names) in cautions, shipping terms, measurements or on products whose approval covers
    them."""
    L(
        "v15_219",
        "quasi_drug",
        "【医薬部外品】白髪用 ヘアカラー クリームタイプ 自然な黒褐色",
        _j(
            "効能・効果:白髪を染める",
            "【ご注意】ご使用の際は使用説明書に従い、毎回必ず染毛の48時間前に",
            "皮膚アレルギー試験(パッチテスト)を実施してください。",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v15_220",
        "food",
        "キシリトール ガム 特定保健用食品 ボトル 143g",
        _j(
            "許可表示:本品は、歯の再石灰化を増強するキシリトールなどを配合しているので、",
            "歯を丈夫で健康に保ちます。",
            "【ご注意】一度に多量に食べると、体質によりお腹がゆるくなる場合があります。",
        ),
        [],
        PERM,
        approval="foshu",
    )
    L(
        "v15_221",
        "health_food",
        "亜鉛 栄養機能食品 60粒 【PB】",
        _j(
            "栄養機能食品(亜鉛)",
            "亜鉛は、味覚を正常に保つのに必要な栄養素です。",
            "亜鉛は、皮膚や粘膜の健康維持を助ける栄養素です。",
            "亜鉛の摂り過ぎは、銅の吸収を阻害するおそれがありますので、過剰摂取にならないよう注意してください。",
            "乳幼児・小児は本品の摂取を避けてください。",
        ),
        [],
        PERM,
        approval="fnc",
    )
    L(
        "v15_222",
        "health_food",
        "葛の花由来イソフラボン 機能性表示食品 30日分",
        _j(
            "【届出表示】本品には葛の花由来イソフラボンが含まれます。",
            "葛の花由来イソフラボンには、肥満気味な方の、体重やお腹の脂肪(内臓脂肪と皮下脂肪)",
            "やウエスト周囲径を減らすのを助ける機能があることが報告されています。",
            "食生活は、主食、主菜、副菜を基本に、食事のバランスを。",
            "本品は、疾病の診断、治療、予防を目的としたものではありません。",
        ),
        [],
        PERM,
        approval="fnfc",
    )  # why: the notified claim verbatim, with no effortless or quantified promise added
    L(
        "v15_223",
        "cosmetics",
        "【初回限定50%OFF】保湿トライアルセット 7日分",
        _j(
            "はじめての方へ、化粧水・乳液・クリームのお試しセット。",
            "皮膚にうるおいを与え、肌のキメを整える。おひとり様1回限り。",
        ),
        [],
        PERM,
    )  # why: 初回/はじめて is a trading term, not a 業界初 claim
    L(
        "v15_224",
        "general",
        "【即日発送】フライパン 26cm IH対応 PFASフリー",
        _j(
            "平日14時までのご注文で即日発送(土日祝は翌営業日)。",
            "【ご注意】空焚きは絶対にしないでください。",
        ),
        [],
        PERM,
    )
    L(
        "v15_225",
        "electrical",
        "電気毛布 敷き掛け兼用 洗える 室温センサー付き",
        _j(
            "【使用上の注意】低温やけどのおそれがあります。",
            "医師の治療を受けている方、糖尿病などで温度感覚に障害のある方、",
            "乳幼児や自分で温度調節できない方には使用しないでください。",
        ),
        [],
        PERM,
        product_type="electric_blanket",
        pse_mark="round",
    )
    P(
        "v15_226",
        "【PR】家庭用低周波治療器(管理医療機器)を1週間使ってみた",
        [],
        PERM,
        brand="リラクパルス",
        shop_tag=True,
        transcript=(
            "効能は肩こりの緩解とか筋肉の疲れをとるって書いてあって、使ってる間はほぐれる感じ。"
            "ペースメーカーを使ってる人は使えないので注意してね"
        ),
        listing__category="medical_device",
    )  # why: disclosed, and the efficacy quoted is the certified one
    L(
        "v15_227",
        "cosmetics",
        "オイルクレンジング 175ml 使い心地満足度No.1※",
        _j(
            "※調査機関:株式会社ミライリサーチ/調査期間:2025年8月1日〜8月7日/",
            "調査対象:過去1年以内に対象商品を使用した全国の20〜49歳女性1,000名/",
            "比較対象:オイルクレンジング売上上位10ブランド/設問:使い心地の満足度",
            "メイクとなじんで、皮膚を清浄にする。",
        ),
        [],
        PERM,
    )
    L(
        "v15_228",
        "electrical",
        "体組成計 スマホ連動 体脂肪率 基礎代謝量",
        _j(
            "体重・体脂肪率・筋肉量・基礎代謝量・BMIを測定してアプリに記録。",
            "※本品は医療機器ではありません。測定値は目安としてご利用ください。",
        ),
        [],
        PERM,
    )  # why: 代謝 is a measured value, not a claim that the product raises it
    L(
        "v15_229",
        "health_food",
        "食物繊維たっぷり グラノーラバー 12本",
        _j(
            "本品は特定保健用食品・機能性表示食品ではありません。",
            "1本で食物繊維5gがとれる、おやつ感覚のシリアルバーです。",
        ),
        [],
        PERM,
    )
    L(
        "v15_230",
        "drug",
        "【第3類医薬品】ビタミンB1主薬製剤 180錠",
        _j(
            "効能・効果:眼精疲労、筋肉痛・関節痛(肩・腰・肘・膝痛、肩こり、五十肩など)、",
            "神経痛、手足のしびれの緩和。肉体疲労時のビタミンB1の補給",
            "用法・用量:15歳以上 1日1回3錠",
        ),
        [],
        PERM,
        seller__drug_license="店舗販売業 第R04-5678号",
    )
    L(
        "v15_231",
        "quasi_drug",
        "【指定医薬部外品】栄養ドリンク 100ml×10本",
        _j(
            "効能・効果:滋養強壮、虚弱体質、肉体疲労・病中病後・食欲不振・栄養障害・",
            "発熱性消耗性疾患・妊娠授乳期などの場合の栄養補給",
            "用法・用量:成人(15歳以上)1日1回1本を服用してください。",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )  # why: 滋養強壮 and 服用 are this drink's approved wording, unlike on a food
    P(
        "v15_232",
        "花粉症の季節😷 今年は早めに耳鼻科に行って薬もらってきた。みんなも無理しないで",
        [],
        PERM,
    )
