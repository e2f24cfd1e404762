"""Blind held-out batch 17 of Japanese ad copy (issue 3).

Written by a helper that did not open the Japan pack (its policies, lexicons, docs or
tests) and did not score the rows. The styles differ from the earlier batches on purpose:
メルカリ/ラクマ personal resale listings, 楽天 review-request inserts and thank-you cards,
shop-answered Q&A sections, 比較 tables and blog-style comparisons, senior 通販 catalogue
copy, children's and sports nutrition, 和漢 foods and herbal teas, aromatherapy, CBD and
sleep goods, oral care and whitening, sauna/温活 goods and short Reels/YouTube scripts.

Labels follow the law as summarised in the project's domain note, not what a rule set is
expected to catch: 薬機法 66条/68条 with the 46通知 and 医薬品等適正広告基準, 景品表示法 5条
(No.1, 痩身), the ステマ告示 and 特商法 11条. Borderline rows carry a ``# why`` comment.

``add_holdout17`` is deliberately not registered in ``build_jp_ads_eval.py``: the lead
registers it after the tuning round ends, so that it can be scored once, unseen.
"""

from __future__ import annotations

from collections.abc import Callable

from holdout_jp_ads import AC, BF, CS, DO, EN, GU, N1, PERM, QD, ST, TK, WL, D

Row = Callable[..., None]


def _j(*parts: str) -> str:
    """Join description blocks with newlines, as sellers paste them into the form."""
    return "\n".join(parts)


def add_holdout17(L: Row, P: Row, S: Row) -> None:
    """Blind batch 17: about 90 violations, 80 permitted look-alikes, 30 ordinary rows.

    Split by style so each section stays readable; ids run v17_001… within the batch."""
    _resale(L)
    _inserts_and_qa(L)
    _comparison(L, P)
    _senior(L)
    _kids_sports(L, P)
    _kampo_aroma_cbd(L, P)
    _oral_sauna(L, P)
    _reels(P)
    _sellers(S)
    _evasions(L, P)
    _approval_wording(L)
    _permitted_labels(L)
    _permitted_approved(L)
    _permitted_posts(L, P, S)
    _ordinary(L, P, S)


def _resale(L: Row) -> None:
    """Personal resale listings (メルカリ/ラクマ): used or unopened goods from individuals."""
    L(
        "v17_001",
        "health_food",
        "【未開封】ナットウキナーゼ 2000FU 90粒 賞味期限2027.8",
        _j(
            "母に買ったのですが飲まなかったので出品します。",
            "血栓を溶かしてくれるので、脳梗塞が心配な方にぜひ。",
            "箱に少しへこみあり。即購入OKです。",
        ),
        D,
    )
    L(
        "v17_002",
        "health_food",
        "酵素ドリンク ほぼ未使用 自分には合わなかったので",
        _j(
            "2日だけ置き換えてみましたが甘すぎて続けられませんでした…",
            "友達はこれで3週間で-6kg、何もしてないのに落ちたそうです。",
            "冷蔵庫保管していました。",
        ),
        [BF, WL],
    )
    L(
        "v17_003",
        "cosmetics",
        "美容液 半分以上残 シミ消し目的で購入",
        _j(
            "使用期間1ヶ月くらいです。",
            "頬の濃いシミがだいぶ薄くなってきたのですが、引っ越しで使わなくなったので。",
            "ノークレームノーリターンでお願いします。",
        ),
        CS,
    )
    L(
        "v17_004",
        "health_food",
        "乳酸菌サプリ 2袋セット 新品",
        _j(
            "花粉の時期に飲み始めて、今年は鼻炎の薬いらずでした!",
            "まとめ買いしすぎたのでお譲りします。",
        ),
        D,
    )
    L(
        "v17_005",
        "general",
        "着圧レギンス M 2回着用",
        _j(
            "寝る時に履くだけで脚やせ✨ 下半身太りがみるみる解消します。",
            "サイズが合わなかったので出品。洗濯済みです。",
        ),
        [BF, WL],  # why: 着るだけで脚やせ is effortless slimming on apparel-like goods
    )
    L(
        "v17_006",
        "quasi_drug",
        "薬用育毛トニック 未使用 定価7,980円",
        _j(
            "定期便で余ったので出品します。",
            "3ヶ月で生え際から産毛が生えてきて、発毛を実感できました。",
        ),
        QD,
        approval="quasi_drug_approved",
    )  # why: 育毛 approval covers 発毛促進, not a testimonial of new hair growing: QD only
    L(
        "v17_007",
        "health_food",
        "ｸﾞﾙｺｻﾐﾝ 開封済み 残り8割",
        _j(
            "膝の軟骨がすり減ってる人には効きます。うちの父は痛みが取れて正座できるように。",
            "父が亡くなり不要になったので…",
        ),
        D,
    )
    L(
        "v17_008",
        "cosmetics",
        "【新品】まつ毛美容液 2本",
        "自まつ毛が1ヶ月で1.5倍に伸びました!まつエク卒業できます。プレゼントでもらったけど同じものを持っているので。",
        CS,
    )
    L(
        "v17_009",
        "health_food",
        "黒酢カプセル 未開封 3個セット",
        _j(
            "祖母用に買いました。",
            "1日3回、食後に2粒ずつ服用してください(と箱に書いてありました)",
            "賞味期限は写真をご確認ください。",
        ),
        DO,
    )
    L(
        "v17_010",
        "general",
        "EMSパッド 腹筋 ジェルシート付き",
        _j(
            "貼るだけでお腹が割れる!って買いましたが私は続かず…",
            "1日10分で腹筋500回分の運動効果らしいです。",
        ),
        [BF, WL],  # why: 貼るだけで腹筋が割れる and 腹筋500回分 are effortless body-shaping claims
    )
    L(
        "v17_011",
        "health_food",
        "ﾌﾟﾗｾﾝﾀ 100粒 サプリ",
        "更年期のホットフラッシュがピタッと止まりました。同じ悩みの方へ。開封後1週間のみ。",
        D,
    )
    L(
        "v17_012",
        "general",
        "磁気ネックレス 美品",
        _j(
            "肩こりがひどい方へ。つけた瞬間から肩がラクになります。",
            "※医療機器ではありません、雑貨扱いです",
        ),
        [BF, GU],  # why: relief of stiff shoulders on a non-certified necklace, 瞬間 = speed
    )


def _inserts_and_qa(L: Row) -> None:
    """楽天 inserts and thank-you cards pasted into listings; shop-answered Q&A."""
    L(
        "v17_013",
        "health_food",
        "【同梱チラシ掲載中】青汁 ゴールド 30包",
        _j(
            "🌸ご購入ありがとうございます🌸",
            "お客様のお声:「飲み始めて3ヶ月、健康診断で血糖値の数値が下がっていてお医者さんに驚かれました」(60代女性)",
            "レビューを書いていただいた方に次回使える300円クーポンをお送りしています。",
        ),
        D,
    )
    L(
        "v17_014",
        "health_food",
        "マカ&亜鉛 120粒【サンクスカード付】",
        _j(
            "このたびはご注文いただき誠にありがとうございます。",
            "毎朝のスタミナ不足に。男の自信を取り戻す滋養強壮サプリです。",
            "★5レビューで次回10%OFF",
        ),
        BF,
    )
    L(
        "v17_015",
        "food",
        "もち麦 国産 800g",
        _j(
            "Q. 便秘に効果はありますか?",
            "A. はい、食物繊維たっぷりで、翌朝にはスルッと出たというお声を多数いただいております。",
        ),
        D,  # why: constipation treated with timing (翌朝) — settled as D
    )
    L(
        "v17_016",
        "cosmetics",
        "ヒト幹細胞 美容液 30ml",
        _j(
            "Q. 敏感肌でも使えますか?",
            "A. 天然由来成分のみなので副作用は一切ありません。安心してお使いください。",
            "Q. 何日くらいで効果が出ますか?",
            "A. 早い方だと翌朝にはハリを感じていただけます。",
        ),
        GU,  # why: 副作用一切なし is a safety guarantee; 翌朝 is speed
    )
    L(
        "v17_017",
        "health_food",
        "DHA&EPA 180粒",
        _j(
            "【よくあるご質問】",
            "Q. コレステロールの薬をやめても大丈夫ですか?",
            "A. 当店のお客様でも、こちらに切り替えて薬を卒業された方がいらっしゃいます。",
        ),
        D,
    )
    L(
        "v17_018",
        "quasi_drug",
        "薬用デオドラントクリーム 30g",
        _j(
            "Q. わきがにも効きますか?",
            "A. はい!手術しなくてもワキガが完治したというお声をいただいています。",
        ),
        [QD],
        approval="quasi_drug_approved",
    )  # why: approved 防臭/制汗 quasi-drug claiming a cure of わきが goes beyond approval
    L(
        "v17_019",
        "health_food",
        "ビルベリー 60粒",
        _j(
            "サンクスカード同梱品です。",
            "『スマホで疲れた目がスッキリ!老眼鏡いらずになりました』とのお声をいただきました。",
        ),
        [BF],
    )
    L(
        "v17_020",
        "health_food",
        "乳酸菌 EC-12 30日分",
        _j(
            "Q. 子どもが毎年インフルエンザにかかるのですが…",
            "A. 免疫力を高めてウイルスに負けない体づくりをサポートします。ご家族皆さまでどうぞ。",
        ),
        [D, BF],
    )
    L(
        "v17_021",
        "cosmetics",
        "ニキビ跡 クリーム 20g",
        _j(
            "Q. 赤みのあるニキビ跡にも使えますか?",
            "A. クレーター状のニキビ跡も平らに修復していきます。",
        ),
        [D, CS],  # why: repairing acne scars is a treatment claim on a cosmetic: D+CS
    )


def _comparison(L: Row, P: Row) -> None:
    """比較 tables and blog-style comparison listings."""
    L(
        "v17_022",
        "health_food",
        "【徹底比較】プロテイン5社 飲み比べ 当店イチオシ ホエイ1kg",
        _j(
            "| 商品 | たんぱく質 | 味 | 価格 |",
            "| 当店 | 24g | ◎ | 3,980円 |",
            "| A社 | 20g | ○ | 4,200円 |",
            "溶けやすさ・おいしさ・コスパ 3部門で堂々の第1位!",
        ),
        N1,  # why: the ranking gives no source, period or population
    )
    L(
        "v17_023",
        "cosmetics",
        "美白美容液 比較ランキング 1位 ブライトセラム",
        _j(
            "他社のビタミンC美容液と比べて、シミへの効果は3倍。",
            "美白有効成分配合で、できてしまったシミもしっかりケア。",
        ),
        [N1, CS, QD],
        # why: 美白有効成分 is quasi-drug wording on a plain cosmetic; removing spots is beyond
        # cosmetics; the ranking has no source
    )
    L(
        "v17_024",
        "health_food",
        "睡眠サプリ 比較 どれがいい? 人気No.1 グリシン配合",
        "口コミ人気No.1!飲んだその日からぐっすり。寝つきの悪さ・夜中に目が覚めるお悩みに。",
        [N1, GU, BF],
    )
    L(
        "v17_025",
        "general",
        "【2026年版】家庭用サウナスーツ おすすめ比較 売上日本一",
        "業界初の3層構造で発汗量は他社の2倍。着て動くだけで脂肪が燃えてウエスト-7cm!",
        [N1, BF, WL],
    )
    P(
        "v17_026",
        "青汁10商品を本気で比較しました🥬 結論:〇〇青汁が血圧対策に一番効いた!詳しくはプロフのリンクから",
        [BF, ST],
        affiliate_link=True,
        hashtags="#青汁 #比較 #健康 #アラフィフ",
    )  # why: affiliate link, no 広告/PR; 血圧対策に効いた is a body-function claim (no disease named)
    L(
        "v17_027",
        "quasi_drug",
        "薬用ホワイトニング歯磨き 比較 歯科医が選ぶ",
        "歯科医師の92%が推奨!ステインを落として歯を白くします。",
        EN,
        approval="quasi_drug_approved",
    )
    L(
        "v17_028",
        "health_food",
        "マルチビタミン 比較表付き",
        _j(
            "コスパ・含有量ともにナンバーワン✨",
            "当社調べ",
        ),
        N1,  # why: 当社調べ alone gives neither period nor population
    )


def _senior(L: Row) -> None:
    """Senior-oriented 通販 catalogue copy: knees, back, eyes, ears, memory."""
    L(
        "v17_029",
        "health_food",
        "【カタログNo.1187】ひざ楽々 プロテオグリカン 90粒",
        _j(
            "「階段の上り下りがつらい」「正座ができない」…そんなお悩み、年のせいとあきらめていませんか?",
            "関節の軟骨を再生して、痛みのない毎日へ。",
            "お電話一本でお届け。送料無料。",
        ),
        BF,  # why: regenerating cartilage is a body-structure claim; no disease named
    )
    L(
        "v17_030",
        "health_food",
        "物忘れ世代の イチョウ葉 DHA 30日分",
        _j(
            "最近、人の名前が出てこない…あれ、何しに来たんだっけ?",
            "そんなあなたの記憶力をぐんぐんアップ!認知症の予防にも。",
        ),
        [D, BF],  # why: ぐんぐん is not speed; memory improvement is BF, 認知症予防 is D
    )
    L(
        "v17_031",
        "health_food",
        "腰・背中すっきり 鮫軟骨 コンドロイチン",
        "坐骨神経痛のしびれがウソのように消えた、と70代の会員様から感謝のお便りが届いています。",
        D,
    )
    L(
        "v17_032",
        "health_food",
        "見え〜る ルテイン カシス 62粒",
        "新聞の細かい字がくっきり。飛蚊症や白内障が気になる方にもご好評です。",
        [D, BF],
    )
    L(
        "v17_033",
        "general",
        "集音器 きこえ〜る 充電式",
        _j(
            "テレビの音が聞こえやすく!",
            "難聴が改善したとご家族から喜びの声。補聴器よりお手頃です。",
        ),
        D,  # why: a 集音器 is not a certified hearing aid; claiming to improve 難聴 is a disease claim
    )
    L(
        "v17_034",
        "health_food",
        "【定期コース】元気一番 すっぽん黒酢",
        _j(
            "80歳を過ぎても畑仕事ができるのはこれのおかげ。",
            "疲れ知らずの体に。1回2粒を1日3回、お食事の後にお召し上がりください。",
        ),
        [BF, DO],
    )
    L(
        "v17_035",
        "health_food",
        "頻尿 ノコギリヤシ 60粒",
        "夜中に何度もトイレに起きる前立腺肥大の方に。一晩ぐっすり、朝までトイレに起きなくなります。",
        [D, GU],  # why: 一晩/朝まで起きなくなる is a promised outcome
    )
    L(
        "v17_036",
        "health_food",
        "骨ヂカラ カルシウム MBP",
        _j(
            "■骨粗しょう症対策に",
            "■厚生労働省も推奨する成分を配合",
        ),
        [D, EN],
    )
    L(
        "v17_037",
        "medical_device",
        "ひざサポーター 磁気 ホットタイプ",
        "変形性膝関節症も、巻くだけで痛みが和らぎます。",
        D,  # why: category says medical device but no certification is shown; relieving a named disease
    )


def _kids_sports(L: Row, P: Row) -> None:
    """Children's growth and sports nutrition (成長期, 部活)."""
    L(
        "v17_038",
        "health_food",
        "【成長期応援】ノビルンα 身長サプリ ココア味",
        _j(
            "うちの子、飲み始めて半年で8cm伸びました!",
            "背が低いのが悩みのお子さまに。カルシウム・アルギニン配合。",
        ),
        BF,
    )
    L(
        "v17_039",
        "food",
        "子ども用 DHA グミ",
        "集中力・記憶力がアップして成績もぐんぐん上がると塾のママ友に大好評♪",
        BF,
    )
    L(
        "v17_040",
        "health_food",
        "部活プロテイン ジュニア 1kg",
        "飲むだけで筋肉がつく!中高生アスリートの体づくりに。疲労回復も早くなります。",
        BF,
    )
    L(
        "v17_041",
        "health_food",
        "スポーツ選手御用達 アミノ酸 スティック",
        "足がつる・こむら返りを予防し、試合後半の持久力がアップ。スポーツドクター推薦。",
        [BF, EN],
    )
    P(
        "v17_042",
        "息子(中2・バスケ部)が飲んでるサプリ、3ヶ月で身長+5cm😳 成長痛もなくなったって!ショップはタグから",
        [BF, D, ST],
        shop_tag=True,
        hashtags="#成長期 #身長 #中学生ママ #バスケ部",
    )  # why: 成長痛 is a named condition; shop tag with no disclosure
    L(
        "v17_043",
        "food",
        "朝ごはん ゼリー 子ども 鉄分",
        "貧血気味のお子さまの鉄分補給に。飲めば顔色がよくなり、立ちくらみも解消。",
        D,
    )
    L(
        "v17_044",
        "health_food",
        "HMB クレアチン 部活生向け 180粒",
        _j(
            "ベンチプレスの記録が2週間で10kgアップ!",
            "効果がなければ全額返金します。絶対に結果が出るからこそできる保証です。",
        ),
        [BF, GU],
    )


def _kampo_aroma_cbd(L: Row, P: Row) -> None:
    """和漢 foods and herbal teas, aromatherapy and essential oils, CBD and sleep goods."""
    L(
        "v17_045",
        "food",
        "和漢ブレンド茶 めぐり 30包",
        _j(
            "生薬由来の素材8種を独自配合。",
            "冷え性・生理痛・むくみに。飲むだけで体の内側からポカポカ。",
        ),
        [D, BF],  # why: 生理痛 is a symptom of disease; 冷え and むくみ are body-function claims
    )
    L(
        "v17_046",
        "food",
        "ルイボス ごぼう 漢方茶",
        "漢方医が考えた、血液サラサラ茶。ドロドロ血を浄化し高血圧を予防します。",
        [D, BF, EN],
    )
    L(
        "v17_047",
        "food",
        "ドクダミ茶 国産 100%",
        "デトックス効果で体内の毒素を排出。吹き出物もスッキリ。",
        BF,
    )
    L(
        "v17_048",
        "health_food",
        "冬虫夏草 エキス顆粒",
        "免疫細胞を活性化し、がんと闘う力をサポート。抗がん剤の副作用に悩む方からも支持されています。",
        [D, BF],
    )
    L(
        "v17_049",
        "food",
        "ハトムギ茶 イボ取り",
        "首のポツポツしたイボがポロっと取れたという口コミ多数!",
        D,
    )
    L(
        "v17_050",
        "general",
        "アロマオイル ラベンダー 10ml 精油100%",
        "不眠症の方に。枕元に1滴で、睡眠薬なしでも朝までぐっすり。",
        D,
    )
    L(
        "v17_051",
        "general",
        "ティーツリー エッセンシャルオイル",
        "強力な抗菌・抗ウイルス作用で、水虫やニキビの治療にも使えます。",
        D,  # why: a general-goods essential oil claiming to treat athlete's foot and acne
    )
    L(
        "v17_052",
        "general",
        "ペパーミント 精油 ロールオン",
        "こめかみに塗れば頭痛が5分で消えます。偏頭痛持ちの必需品。",
        [D, GU],
    )
    L(
        "v17_053",
        "general",
        "アロマディフューザー ユーカリ セット",
        "花粉症の季節に。ユーカリの香りで鼻づまりがスーッと解消。",
        D,
    )
    L(
        "v17_054",
        "general",
        "CBDオイル 10% 10ml ブロードスペクトラム",
        _j(
            "不安障害やうつっぽい気分が和らぎます。",
            "THCフリー。",
        ),
        D,
    )
    L(
        "v17_055",
        "food",
        "CBD グミ 25mg 30粒",
        "深い眠りへ導く🌙 睡眠の質が劇的に改善。翌朝の疲れが残りません。",
        BF,
    )
    L(
        "v17_056",
        "general",
        "CBD バーム 筋肉痛",
        "塗った瞬間から筋肉痛・関節痛が引いていきます。鎮痛剤の代わりに。",
        [D, GU],  # why: replacing painkillers for joint pain; 瞬間 = speed
    )
    L(
        "v17_057",
        "general",
        "快眠枕 ストレートネック対策",
        "ストレートネックを矯正して、頭痛・肩こり・いびきを根本から治す枕。",
        D,
    )
    L(
        "v17_058",
        "health_food",
        "GABA ラフマ 快眠サプリ",
        "自律神経を整えてストレスを緩和。イライラも不眠もこれ1本で解決!",
        [D, BF],
    )
    P(
        "v17_059",
        "CBD始めて1週間。パニック発作が出なくなった🥺 同じ人いたら試してみて。クーポンコードは固定ポストに",
        [D, ST],
        affiliate_link=True,
        brand="CALMLEAF",
    )


def _oral_sauna(L: Row, P: Row) -> None:
    """Oral care and whitening; sauna and 温活 goods."""
    L(
        "v17_060",
        "cosmetics",
        "ホワイトニング歯磨き粉 ハイドロキシアパタイト",
        "歯周病・口臭を予防し、黄ばみを漂白。1回で真っ白に!",
        [D, CS, GU],  # why: 歯周病予防 on a cosmetic toothpaste, 漂白 beyond #50, 1回で = speed
    )
    L(
        "v17_061",
        "cosmetics",
        "マウスウォッシュ ノンアルコール 500ml",
        "歯肉炎の腫れ・出血が止まります。殺菌成分配合。",
        [D, CS, QD],
    )
    L(
        "v17_062",
        "general",
        "ホワイトニング LEDライト セット",
        "自宅で歯医者レベルのホワイトニング。歯科医監修、1週間で8トーンアップ保証。",
        [EN, GU],  # why: 歯科医監修 tied to a promised result; 保証 of tone-up
    )
    L(
        "v17_063",
        "health_food",
        "口臭サプリ 緑茶ポリフェノール",
        "胃腸から来る口臭を体の中から消臭。ドライマウスも改善します。",
        [D, BF],
    )
    L(
        "v17_064",
        "cosmetics",
        "歯茎 美容液 ジェル",
        "下がった歯茎が再生して元どおりに。知覚過敏もしみなくなります。",
        [D, CS],
    )
    L(
        "v17_065",
        "general",
        "よもぎ蒸し 座浴セット 自宅用",
        "子宮を温めて不妊・生理不順を改善。妊活中の方に。",
        D,
    )
    L(
        "v17_066",
        "general",
        "家庭用テントサウナ 1人用",
        "ととのうだけで自律神経が整い、免疫力アップ&代謝アップ。",
        BF,
    )
    L(
        "v17_067",
        "general",
        "温活 腹巻き シルク 遠赤外線",
        "巻くだけで基礎代謝が上がって痩せ体質に。冷え性も改善。",
        [BF, WL],
    )
    L(
        "v17_068",
        "general",
        "ホットストーン 岩盤浴マット",
        "汗と一緒に老廃物・重金属を排出し、血流を促進します。",
        BF,
    )
    L(
        "v17_069",
        "cosmetics",
        "サウナハット用 頭皮ローション",
        "サウナ後の頭皮に。抜け毛が減って髪が増えたと話題。",
        CS,
    )
    L(
        "v17_070",
        "general",
        "湯たんぽ 充電式 蓄熱",
        "冷え性の方に。お腹にあてるだけで下痢や便秘が治ります。",
        D,
    )
    P(
        "v17_071",
        "サウナ×この炭酸泉タブレットで毎日ととのい中♨️ 高血圧だった父の数値も落ち着いたよ",
        [D, ST],
        gifted=True,
        brand="ONSEN LAB",
        hashtags="#サウナ #温活 #ととのう #炭酸泉 #入浴剤 #おうち時間 #父の日 #pr",
    )  # why: gifted; the only disclosure is #pr buried at the end of eight hashtags


def _reels(P: Row) -> None:
    """Short YouTube/Instagram Reels and TikTok scripts."""
    P(
        "v17_072",
        "【30秒でわかる】飲む日焼け止め",
        [BF, GU],
        transcript="これ飲むだけで紫外線ブロック!塗り直し不要、日焼けを100%防ぎます。",
    )  # why: a food claiming to block UV in the body is a body-function claim; 100% guarantee
    P(
        "v17_073",
        "朝イチの白湯ルーティン☀️",
        [BF, ST],
        gifted=True,
        brand="めぐり和漢",
        transcript="起きたらまずこの和漢パウダーを白湯に溶かして。代謝が上がって1ヶ月で体重ストンって落ちた。",
        hashtags="#モーニングルーティン #白湯 #和漢",
    )
    P(
        "v17_074",
        "歯医者さんが教えるホワイトニング",
        [EN, ST],
        affiliate_link=True,
        transcript="歯科医の私が自分でも使ってるのがこれ。患者さんにも全員これをすすめてます。リンクは概要欄に。",
    )
    P(
        "v17_075",
        "Before→After 見て😳 ほうれい線クリーム2週間",
        [CS, GU, ST],
        gifted=True,
        transcript="左が使う前、右が2週間後。ほうれい線、完全に消えました。",
        hashtags="#ほうれい線 #エイジングケア #ビフォーアフター #提供",
    )  # why: before/after is a guarantee; 提供 hashtag at the end without 広告/PR near the start
    P(
        "v17_076",
        "シャキッと!試験前の受験生におすすめ",
        BF,
        transcript="このタブレット、噛むと頭が冴えて集中力が全然違う。暗記もはかどる!",
    )
    P(
        "v17_077",
        "ｱﾄﾋﾟｰが治った話",
        [D, CS, ST],
        shop_tag=True,
        listing__category="cosmetics",
        transcript="ステロイドやめてこの石鹸に変えたら、3ヶ月でア ト ピ ー が完治しました。",
    )  # why: evasion with spaces; the shop tag ties the post to the seller
    P(
        "v17_078",
        "二日酔い知らず🍺",
        BF,
        transcript="飲み会の前にこれ1本。次の日ぜんぜん残らない。肝臓守ってくれる感じ。",
    )
    P(
        "v17_079",
        "#PR 【1ヶ月検証】置き換えシェイク",
        [BF, WL],
        gifted=True,
        transcript="食事制限なしで1ヶ月マイナス6キロ。運動も一切してません。",
    )  # why: disclosed PR, but effortless quantified weight loss remains
    P(
        "v17_080",
        "薬剤師ママの推し💊",
        [EN, D],
        transcript="薬剤師として断言します。このハーブティーは風邪のひき始めに効きます🍵",
    )
    P(
        "v17_081",
        "眠れない夜に",
        [D, GU],
        transcript="不眠症で10年悩んだ私が、このCBDで一発で寝れるようになった。絶対試して。",
    )


def _sellers(S: Row) -> None:
    """Shop profiles: missing 特商法 disclosures (a few with everything in place)."""
    S(
        "v17_082",
        TK,
        name="和漢のめぐみ本舗",
        shop_name="和漢のめぐみ本舗 楽天市場店",
        seller_type="corporate",
        country="JP",
        disclosure_legal_name="株式会社めぐみ堂",
        disclosure_address="福岡県福岡市博多区博多駅前3-2-1",
        disclosure_email="shop@megumido.example.jp",
        disclosure_representative="山本 恵",
        disclosure_return_policy="商品到着後8日以内、未開封に限り返品可(送料お客様負担)",
    )  # why: no telephone number
    S(
        "v17_083",
        TK,
        name="CBD WELLNESS TOKYO",
        shop_name="CBD WELLNESS TOKYO",
        seller_type="corporate",
        country="JP",
        disclosure_legal_name="合同会社グリーンリーフ",
        disclosure_phone="03-0000-4812",
        disclosure_email="info@greenleaf.example.com",
        disclosure_representative="佐藤 健",
        disclosure_return_policy="不良品のみ交換対応",
    )  # why: no address
    S(
        "v17_084",
        TK,
        name="スマイル歯ブラシ工房",
        shop_name="スマイル歯ブラシ工房",
        seller_type="corporate",
        country="JP",
        disclosure_legal_name="株式会社スマイルデンタルグッズ",
        disclosure_address="大阪府東大阪市高井田元町1-5-9",
        disclosure_phone="06-0000-7731",
        disclosure_email="support@smile-dg.example.jp",
        disclosure_return_policy="衛生用品のため開封後の返品不可",
    )  # why: a corporation without the name of its representative or responsible person
    S(
        "v17_085",
        TK,
        name="Sauna Gear Direct",
        shop_name="Sauna Gear Direct",
        seller_type="corporate",
        country="CN",
        disclosure_legal_name="Shenzhen Hotstone Trading Co., Ltd.",
        disclosure_email="cs@hotstone.example.cn",
    )  # why: foreign corporate seller with no address, phone, representative or return terms
    S(
        "v17_086",
        TK,
        name="ジュニアアスリート栄養研究所",
        shop_name="ジュニアアスリート栄養研究所",
        seller_type="corporate",
        country="JP",
        disclosure_legal_name="株式会社JAN",
        disclosure_address="お問い合わせいただければ遅滞なく開示します",
        disclosure_phone="お問い合わせフォームよりご連絡ください",
        disclosure_representative="田中 一郎",
    )  # why: address and phone replaced by a promise; no e-mail given to request them


def _approval_wording(L: Row) -> None:
    """FOSHU/FNFC wording on products without the approval, or past the notified claim."""
    L(
        "v17_087",
        "food",
        "和漢 ごぼう茶 【おなかの調子を整えます】",
        "食物繊維イヌリンを含み、おなかの調子を整えます。脂肪の吸収を抑え、糖の吸収をおだやかにします。",
        [AC, BF],  # why: FOSHU-style wording on an unapproved tea, plus absorption claims
    )
    L(
        "v17_088",
        "health_food",
        "機能性表示食品レベルの GABA 快眠サプリ",
        "届出はしていませんが、睡眠の質(眠りの深さ)の向上に役立つ成分を機能性表示食品と同量配合。",
        [AC, BF],  # why: borrows the FNFC claim and status on a product that has no notification
    )
    L(
        "v17_089",
        "health_food",
        "【機能性表示食品】GABA ストレス&睡眠",
        _j(
            "届出表示:本品にはGABAが含まれます。GABAには、睡眠の質(眠りの深さ)の向上に役立つ機能があることが報告されています。",
            "不眠症でお悩みの方も、睡眠薬いらずで朝まで熟睡!",
        ),
        [AC, D, GU],  # why: past the notified claim into a disease (不眠症) with a promised outcome
        approval="fnfc",
    )
    L(
        "v17_090",
        "food",
        "難消化性デキストリン 粉末 500g 特保と同じ成分",
        "トクホと同じ成分だから、食事から摂取した脂肪の吸収を抑えて排出を増加させます。",
        [AC, BF],  # why: borrows FOSHU wording through the shared ingredient; no approval
    )


def _evasions(L: Row, P: Row) -> None:
    """Violations written around obvious words: 伏せ字, spacing, half-width, symbols."""
    L(
        "v17_091",
        "health_food",
        "菊芋 イヌリン 粒 【糖〇病の方へ】",
        "HbA1cが気になる方、糖〇病の数値がみるみる下がったと喜びの声!",
        D,
    )
    L(
        "v17_092",
        "health_food",
        "ﾌｺｲﾀﾞｲﾝ 原液 ドリンク",
        "ガ ン 細 胞 を 自 滅 さ せ る 成分として注目。闘病中の家族に。",
        D,
    )
    L(
        "v17_093",
        "food",
        "黒しょうが 粉末 100g",
        "ﾀﾞｲｴｯﾄ中の方に!飲むだけで脂肪燃焼♨ 1ヶ月でｳｴｽﾄ-10cm",
        [BF, WL],
    )
    P(
        "v17_094",
        "自律神経ととのう〜🌿 P.R.じゃないよ、ただのリピーター。でもクーポンは貼っとく→",
        [ST, BF],
        affiliate_link=True,
        brand="ゆらぎ和漢",
    )  # why: affiliate link while denying being PR; 自律神経が整う is a body-function claim
    L(
        "v17_095",
        "cosmetics",
        "育毛エッセンス ★ハゲ卒業★",
        "薄毛・Ｍ字ハゲが 治 り ま す。発毛率98%!",
        [D, CS, GU],  # why: treating hair loss on a cosmetic; 98% presented as a success rate
    )


_FNFC_LABEL = (
    "本品は、事業者の責任において特定の保健の目的が期待できる旨を表示するものとして、"
    "消費者庁長官に届出されたものです。ただし、特定保健用食品と異なり、"
    "消費者庁長官による個別審査を受けたものではありません。"
    "本品は、疾病の診断、治療、予防を目的としたものではありません。"
    "食生活は、主食、主菜、副菜を基本に、食事のバランスを。"
)
_FNC_CAUTION = (
    "本品は、多量摂取により疾病が治癒したり、より健康が増進するものではありません。"
    "1日の摂取目安量を守ってください。本品は、特定保健用食品と異なり、"
    "消費者庁長官による個別審査を受けたものではありません。"
)


def _permitted_labels(L: Row) -> None:
    """Mandatory cautions, usage directions, denials and FAQ answers that refuse to claim."""
    L(
        "v17_096",
        "health_food",
        "【未開封】マルチビタミン&ミネラル 60粒 自分には合わなかったので",
        _j(
            "粒が大きくて飲みにくかったので出品します。",
            "お召し上がり方:1日2粒を目安に、水またはぬるま湯とともに。",
            "薬を服用中、通院中の方は医師にご相談ください。妊娠・授乳中の方はお控えください。",
        ),
        [],
        PERM,
    )
    L(
        "v17_097",
        "health_food",
        "ナットウキナーゼ 30日分 開封済み(10粒使用)",
        _j(
            "効果の有無については私からは何とも言えないので、成分表の写真をご確認ください。",
            "血液をサラサラにする薬(ワルファリン等)を服用中の方は、医師にご相談のうえお召し上がりください、と注意書きにあります。",
        ),
        [],
        PERM,  # why: a label caution about anticoagulants is not a claim that the food thins blood
    )
    L(
        "v17_098",
        "food",
        "和漢ブレンド茶 めぐり茶 30包",
        _j(
            "なつめ・クコの実・生姜・シナモンなど8種の素材をブレンドしたノンカフェインのお茶です。",
            "本品は食品であり、漢方薬ではありません。体質や体調によりまれに合わない場合があります。",
            "原材料にりんごを含みます。",
        ),
        [],
        PERM,
    )
    L(
        "v17_099",
        "general",
        "CBDオイル 5% 10ml 国内検査済み",
        _j(
            "Q. 不眠やうつに効きますか?",
            "A. 本品は医薬品ではなく、病気の治療や予防を目的とした商品ではありません。効果効能についてはお答えできかねます。",
            "Q. THCは含まれますか?",
            "A. 国内の第三者機関でTHC不検出を確認しています(検査証明書を商品ページに掲載)。",
        ),
        [],
        PERM,
    )
    L(
        "v17_100",
        "health_food",
        "ノコギリヤシ 60粒",
        _j(
            "Q. 前立腺肥大症の薬と一緒に飲んでもいいですか?",
            "A. 申し訳ございませんが、当店ではお答えできません。治療中の方はかかりつけの医師・薬剤師にご相談ください。",
        ),
        [],
        PERM,
    )
    L(
        "v17_101",
        "food",
        "部活生の補食に 大豆プロテインバー 12本",
        _j(
            "1本でたんぱく質15g。練習後の補食に。",
            "特定原材料等:大豆・乳成分・小麦を含みます。",
            "本品は筋肉を増やしたり身長を伸ばしたりすることを目的とした商品ではありません。",
        ),
        [],
        PERM,
    )
    L(
        "v17_102",
        "general",
        "サウナスーツ 上下セット 男女兼用",
        _j(
            "撥水生地で汗をかきやすいつくりです。運動時のウェアとして。",
            "※着用するだけで体重や体脂肪が減るものではありません。",
            "※こまめに水分補給をし、体調に異変を感じたらすぐに使用を中止してください。",
        ),
        [],
        PERM,
    )
    L(
        "v17_103",
        "general",
        "アロマオイル ラベンダー 10ml",
        _j(
            "香りを楽しむための雑貨です。ディフューザーやアロマストーンでお使いください。",
            "原液を直接肌につけたり、飲んだりしないでください。",
            "妊娠中の方、乳幼児やペットのいる環境でのご使用は、専門家にご相談ください。",
        ),
        [],
        PERM,
    )
    L(
        "v17_104",
        "food",
        "子ども用 DHA入り フィッシュソーセージ 10本",
        _j(
            "おやつに、お弁当に。1本あたりDHA 150mg。",
            "アレルギー物質:卵・小麦・大豆を含みます。",
            "小さなお子さまは、のどに詰まらせないよう小さく切ってお与えください。",
        ),
        [],
        PERM,
    )
    L(
        "v17_105",
        "health_food",
        "ビルベリー ルテイン 30日分",
        _j(
            "【ご注意】",
            "・本品は医薬品ではありません。目の病気が気になる方は眼科を受診してください。",
            "・1日2粒を目安にお召し上がりください。",
        ),
        [],
        PERM,
    )
    L(
        "v17_106",
        "general",
        "温活 腹巻き シルク 日本製",
        _j(
            "肌側シルク、外側ウールの二重編み。お腹まわりを冷やさないように。",
            "※体を温めることによる健康効果をうたう商品ではありません。",
        ),
        [],
        PERM,
    )
    L(
        "v17_107",
        "food",
        "ハトムギ茶 国産 ティーバッグ 40包",
        _j(
            "香ばしく、麦茶感覚で飲めるお茶です。",
            "「イボが取れる」などの効果をうたう商品ではありません。お茶としてお楽しみください。",
        ),
        [],
        PERM,
    )
    L(
        "v17_108",
        "health_food",
        "【楽天】サンクスカード同梱 乳酸菌サプリ 30日分",
        _j(
            "このたびは当店をお選びいただき、ありがとうございます。",
            "毎日の習慣として続けやすいよう、1日1粒の小粒タイプにしました。",
            "お体に合わないと感じたときはご使用を中止し、医師にご相談ください。",
        ),
        [],
        PERM,
    )
    L(
        "v17_109",
        "general",
        "よもぎ蒸し 座浴セット",
        _j(
            "よもぎ蒸しの雰囲気を自宅で楽しめるセットです。",
            "妊娠中・生理中・持病のある方はご使用前に医師にご相談ください。",
            "低温やけどにご注意ください。",
        ),
        [],
        PERM,
    )
    L(
        "v17_110",
        "general",
        "家庭用テントサウナ 1人用 折りたたみ",
        _j(
            "組立3分、収納時は直径60cm。",
            "高血圧・心臓疾患のある方、飲酒後の方はご使用にならないでください。",
            "ご使用は1回15分までを目安にしてください。",
        ),
        [],
        PERM,  # why: disease names appear only as contraindications
    )
    L(
        "v17_111",
        "food",
        "ジンジャーシロップ 無添加 300ml",
        _j(
            "お湯割り、炭酸割りで。",
            "1歳未満の乳児には、はちみつを含むため与えないでください。",
        ),
        [],
        PERM,
    )
    L(
        "v17_112",
        "health_food",
        "プロテイン ジュニア ココア 700g",
        _j(
            "Q. 飲めば背が伸びますか?",
            "A. 身長の伸びを目的とした商品ではありません。成長期のお食事で不足しがちなたんぱく質・カルシウムの補給にお使いください。",
        ),
        [],
        PERM,
    )
    L(
        "v17_113",
        "general",
        "ヘッドスパ ブラシ シリコン",
        _j(
            "シャンプー時に頭皮を洗いやすくするブラシです。",
            "抜け毛や薄毛を改善するものではありません。頭皮に傷や湿疹がある場合は使用しないでください。",
        ),
        [],
        PERM,
    )
    L(
        "v17_114",
        "food",
        "置き換えスムージー 30食",
        _j(
            "1食あたり98kcal。",
            "置き換えるだけで痩せる、というものではありません。適度な運動とバランスのよい食事と組み合わせてお使いください。",
        ),
        [],
        PERM,
    )
    L(
        "v17_115",
        "general",
        "CBD 快眠アイマスク ホットタイプ",
        _j(
            "USB給電で約40℃に温まるアイマスクです。PSE取得のUSBアダプタをお使いください。",
            "睡眠障害の治療を目的としたものではありません。",
        ),
        [],
        PERM,
    )
    L(
        "v17_116",
        "health_food",
        "ルテイン 20mg 60粒 未開封",
        _j(
            "飲みきれなかったので出品。期限2027年3月。",
            "パッケージ記載:本品は特定保健用食品・機能性表示食品ではありません。",
        ),
        [],
        PERM,
    )
    L(
        "v17_117",
        "general",
        "アロマ ストーン ユーカリ セット",
        _j(
            "すっきりとしたユーカリの香り。",
            "※香りを楽しむ雑貨であり、花粉症や鼻炎の症状を和らげるものではありません。",
        ),
        [],
        PERM,
    )


def _permitted_approved(L: Row) -> None:
    """Approved wording on approved products, the 56 cosmetic claims, certified devices,
    books about a disease and No.1 claims with their source, period and population."""
    L(
        "v17_118",
        "health_food",
        "【機能性表示食品】GABA 睡眠サポート 30日分",
        _j(
            "届出表示:本品にはGABAが含まれます。GABAには、睡眠の質(眠りの深さ)の向上に役立つ機能があることが報告されています。",
            _FNFC_LABEL,
        ),
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v17_119",
        "health_food",
        "中高年の記憶力維持に イチョウ葉 【機能性表示食品】",
        _j(
            "届出表示:本品にはイチョウ葉由来フラボノイド配糖体、イチョウ葉由来テルペンラクトンが含まれます。"
            "これらには、中高年の方の認知機能の一部である記憶力(言葉や図形などを覚え、思い出す能力)を維持することが報告されています。",
            _FNFC_LABEL,
            "医薬品を服用している方は医師、薬剤師にご相談ください。",
        ),
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v17_120",
        "health_food",
        "ひざ関節 N-アセチルグルコサミン 機能性表示食品 カタログ限定",
        _j(
            "届出表示:本品にはN-アセチルグルコサミンが含まれます。N-アセチルグルコサミンは、歩行や階段の上り下りにおける膝関節の悩みを改善することが報告されています。",
            _FNFC_LABEL,
        ),
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v17_121",
        "health_food",
        "ルテイン ゼアキサンチン 機能性表示食品",
        _j(
            "届出表示:本品にはルテイン・ゼアキサンチンが含まれます。ルテイン・ゼアキサンチンには、光による刺激から目を保護するとされる網膜(黄斑部)色素量を維持する機能があることが報告されています。",
            _FNFC_LABEL,
        ),
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v17_122",
        "food",
        "特定保健用食品 オリゴ糖 シロップ 700g",
        _j(
            "許可表示:ビフィズス菌を増やして腸内の環境を良好に保つので、おなかの調子を整えます。",
            "摂取上の注意:摂り過ぎあるいは体質・体調によりおなかがゆるくなることがあります。",
            "食生活は、主食、主菜、副菜を基本に、食事のバランスを。",
        ),
        [],
        PERM,
        approval="foshu",
    )
    L(
        "v17_123",
        "food",
        "トクホ 血圧が高めの方に かつお節オリゴペプチド 30本",
        _j(
            "許可表示:本品はかつお節オリゴペプチドを含んでおり、血圧が高めの方に適した食品です。",
            "降圧剤を服用している方は医師にご相談ください。",
        ),
        [],
        PERM,
        approval="foshu",
    )
    L(
        "v17_124",
        "health_food",
        "【栄養機能食品(ビタミンD)】成長期の カルシウム&ビタミンD タブレット",
        _j(
            "ビタミンDは、腸管でのカルシウムの吸収を促進し、骨の形成を助ける栄養素です。",
            _FNC_CAUTION,
            "1日当たりの摂取目安量:4粒。",
        ),
        [],
        PERM,
        approval="fnc",
    )
    L(
        "v17_125",
        "health_food",
        "栄養機能食品(鉄) 部活女子の 鉄分ゼリー",
        _j(
            "鉄は、赤血球を作るのに必要な栄養素です。",
            _FNC_CAUTION,
        ),
        [],
        PERM,
        approval="fnc",
    )
    L(
        "v17_126",
        "health_food",
        "栄養機能食品(亜鉛) シニアの毎日 亜鉛タブレット",
        _j(
            "亜鉛は、味覚を正常に保つのに必要な栄養素です。亜鉛は、皮膚や粘膜の健康維持を助ける栄養素です。",
            "亜鉛の摂り過ぎは、銅の吸収を阻害するおそれがありますので、過剰摂取にならないよう注意してください。",
            _FNC_CAUTION,
        ),
        [],
        PERM,
        approval="fnc",
    )
    L(
        "v17_127",
        "health_food",
        "栄養機能食品(ビタミンB1) スポーツ アミノ&ビタミン",
        _j(
            "ビタミンB1は、炭水化物からのエネルギー産生と皮膚と粘膜の健康維持を助ける栄養素です。",
            _FNC_CAUTION,
        ),
        [],
        PERM,
        approval="fnc",
    )
    L(
        "v17_128",
        "quasi_drug",
        "薬用ハミガキ 歯周病予防 医薬部外品 120g",
        _j(
            "効能・効果:歯周病(歯肉炎・歯周炎)の予防、むし歯の発生及び進行の予防、口臭の防止、歯を白くする。",
            "使用上の注意:発疹などの異常が現れたときは使用を中止し、医師又は歯科医師に相談してください。",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v17_129",
        "quasi_drug",
        "薬用入浴剤 温泉成分 医薬部外品 30錠",
        _j(
            "効能・効果:疲労回復、冷え症、肩こり、腰痛、神経痛、リウマチ、うちみ、くじき、痔、あせも、しっしん、にきび、ひび、あかぎれ、荒れ性、しもやけ、産前産後の冷え症。",
            "使用上の注意:お湯は浴用のみとし、飲用しないでください。",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v17_130",
        "quasi_drug",
        "薬用美白美容液 医薬部外品 30ml",
        _j(
            "メラニンの生成を抑え、シミ・そばかすを防ぎます。",
            "有効成分:トラネキサム酸。",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v17_131",
        "quasi_drug",
        "薬用育毛剤 医薬部外品 150ml 中古(半分残)",
        _j(
            "効能・効果:育毛、薄毛、かゆみ、脱毛の予防、毛生促進、発毛促進、ふけ、病後・産後の脱毛、養毛。",
            "自分には合わなかったので出品します。使用期限2027年。",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",  # why: the standard approved 育毛剤 efficacy list, quoted
    )
    L(
        "v17_132",
        "quasi_drug",
        "薬用デオドラントスティック 医薬部外品",
        "効能・効果:わきが(腋臭)、皮ふ汗臭、制汗。有効成分:イソプロピルメチルフェノール。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v17_133",
        "cosmetics",
        "ホワイトニング 歯みがき粉 100g",
        _j(
            "ブラッシングで歯を白くし、口臭を防ぎます。",
            "※ステインを除去することによる。歯そのものを漂白するものではありません。",
        ),
        [],
        PERM,
    )
    L(
        "v17_134",
        "cosmetics",
        "フッ素不使用 歯みがきジェル",
        "ブラッシングで歯垢を除去し、歯石の沈着を防ぎます。口中を浄化し、歯のやにを取ります。",
        [],
        PERM,
    )
    L(
        "v17_135",
        "cosmetics",
        "サウナ後の スカルプローション",
        "フケ、カユミを抑え、頭皮、毛髪をすこやかに保ちます。さっぱりとした使用感。",
        [],
        PERM,
    )
    L(
        "v17_136",
        "cosmetics",
        "アイクリーム 20g 効能評価試験済み",
        "乾燥による小ジワを目立たなくする※。※効能評価試験済み",
        [],
        PERM,
    )
    L(
        "v17_137",
        "cosmetics",
        "日焼け止め SPF50+ PA++++ 部活生に",
        "汗・水に強いウォータープルーフ。日やけを防ぎ、日やけによるシミ・ソバカスを防ぎます。",
        [],
        PERM,
    )
    L(
        "v17_138",
        "cosmetics",
        "ハーブの香り 洗顔フォーム",
        "泡で汚れを落とし、洗浄によりニキビ・アセモを防ぎます。肌を整え、キメを整えます。",
        [],
        PERM,
    )
    L(
        "v17_139",
        "cosmetics",
        "アロマ マッサージオイル ラベンダー 100ml",
        "芳香を与え、皮膚の柔軟性を保ちます。肌を滑らかにし、乾燥を防ぎます。",
        [],
        PERM,
    )
    L(
        "v17_140",
        "cosmetics",
        "リップバーム ハーブ 未使用 ラクマ",
        _j(
            "口唇の荒れを防ぎ、うるおいを与えます。",
            "色が自分には合わなかったので。未使用、箱付きです。",
        ),
        [],
        PERM,
    )
    L(
        "v17_141",
        "cosmetics",
        "ヘアオイル 椿 60ml",
        "毛髪につやを与え、裂毛・切毛・枝毛を防ぎます。髪の帯電を防止し、まとまりやすく。",
        [],
        PERM,
    )
    L(
        "v17_142",
        "medical_device",
        "家庭用電気マッサージ器 ネック&ショルダー 管理医療機器",
        _j(
            "管理医療機器 認証番号:305AKBZX00012000",
            "効能・効果:疲労回復、血行をよくする、筋肉のこりをほぐす、神経痛・筋肉痛の痛みの緩解。",
            "医師の治療を受けている方、心臓に疾患のある方は、使用前に医師にご相談ください。",
        ),
        [],
        PERM,
    )
    L(
        "v17_143",
        "medical_device",
        "補聴器 耳あな型 充電式 管理医療機器",
        _j(
            "管理医療機器 医療機器認証番号:304AFBZX00045000",
            "聞こえを補うための補聴器です。ご購入前に耳鼻咽喉科の受診をおすすめします。",
        ),
        [],
        PERM,
        # why: advising a doctor's visit before buying is the standard hearing-aid caution, not an endorsement
    )
    L(
        "v17_144",
        "medical_device",
        "磁気治療器 貼るタイプ 48粒 管理医療機器",
        _j(
            "医療機器認証番号:227AGBZX00017000",
            "効能・効果:装着部位のコリ及び血行を改善。",
        ),
        [],
        PERM,
    )
    L(
        "v17_145",
        "medical_device",
        "家庭用低周波治療器 パッド2枚 管理医療機器",
        _j(
            "医療機器認証番号:302AABZX00033000",
            "効能・効果:肩こりの緩解、筋肉の疲れをとる、神経痛・筋肉痛の痛みの緩解、麻痺した筋肉の萎縮予防。",
            "ペースメーカー等の電子医用機器を使用している方は使用しないでください。",
        ),
        [],
        PERM,
    )
    L(
        "v17_146",
        "medical_device",
        "上腕式血圧計 管理医療機器",
        _j(
            "医療機器認証番号:301AGBZX00009000",
            "測定結果の自己判断はせず、医師の指導に従ってください。",
        ),
        [],
        PERM,
    )
    L(
        "v17_147",
        "general",
        "【書籍】糖尿病の人のための 毎日の献立365日",
        "管理栄養士が考えた、糖質とカロリーに配慮したレシピ集。治療中の方は主治医の指示に従ってご活用ください。",
        [],
        PERM,
    )
    L(
        "v17_148",
        "general",
        "【中古本】家族が認知症と診断されたら読む本",
        "介護の始め方、介護保険の申請、相談窓口をまとめたガイドブックです。書き込みなし。",
        [],
        PERM,
    )
    L(
        "v17_149",
        "general",
        "オンライン講座 高血圧と減塩の基礎知識(全4回)",
        "減塩の調理のコツを学ぶ料理講座です。講座は治療に代わるものではありません。",
        [],
        PERM,
    )
    L(
        "v17_150",
        "cosmetics",
        "ホワイトニング歯みがき 楽天ランキング1位",
        _j(
            "ブラッシングで歯を白くします。",
            "※楽天市場ランキング 歯みがき粉部門 デイリー1位(2026年9月14日集計)",
        ),
        [],
        PERM,
    )
    L(
        "v17_151",
        "food",
        "オーガニック ルイボスティー 売上No.1",
        "※2025年1月〜12月 当社調べ、国内の主要EC3モール(楽天市場・Yahoo!ショッピング・Amazon)ルイボスティーカテゴリーにおける販売金額",
        [],
        PERM,
    )
    L(
        "v17_152",
        "general",
        "アロマディフューザー 顧客満足度 92%",
        "※2026年4月 当店で本品を購入されたお客様1,215名へのアンケート(回答612名)で「満足」「やや満足」と回答した方の割合",
        [],
        PERM,
    )
    L(
        "v17_153",
        "health_food",
        "ホエイプロテイン 比較表",
        _j(
            "| 商品 | たんぱく質(1食) | 価格(1kg) |",
            "| 当店 | 21.3g | 3,980円 |",
            "| 当店プレミアム | 24.0g | 5,480円 |",
            "※数値はそれぞれの栄養成分表示より。味の好みには個人差があります。",
        ),
        [],
        PERM,
    )
    L(
        "v17_154",
        "general",
        "電動歯ブラシ 音波式 替えブラシ2本",
        _j(
            "毎分31,000回の音波振動。2分タイマー、30秒ごとに振動でお知らせ。",
            "IPX7防水。充電式(USB)。",
        ),
        [],
        PERM,
    )
    L(
        "v17_155",
        "general",
        "ステッパー ミニ 静音",
        "負荷を6段階で調整できる踏み台タイプ。テレビを見ながら足踏み運動ができます。耐荷重100kg。",
        [],
        PERM,
    )
    L(
        "v17_156",
        "general",
        "ストレッチポール 98cm",
        "仰向けに乗って胸を開くストレッチの補助に。使い方動画のQRコード付き。腰に痛みのある方は使用を控えてください。",
        [],
        PERM,
    )
    L(
        "v17_157",
        "general",
        "拡大鏡 LEDライト付き 3.5倍 シニアの方に",
        "新聞や薬の説明書の小さな文字を大きく見るためのルーペです。老眼鏡と併用できます。",
        [],
        PERM,
    )
    L(
        "v17_158",
        "general",
        "膝 サポーター 薄手 左右兼用",
        _j(
            "膝まわりを適度に圧迫して動きをサポートする一般用サポーターです(医療機器ではありません)。",
            "痛みや腫れのある方は医療機関にご相談ください。",
        ),
        [],
        PERM,
    )


def _permitted_posts(L: Row, P: Row, S: Row) -> None:
    """Disclosed PR posts, reels that stay within claims, and sellers with full disclosures."""
    P(
        "v17_159",
        "【PR】スマイル歯ブラシ工房さまから商品提供を受けています。音波式の電動歯ブラシ、2分タイマーが地味に便利🪥",
        [],
        PERM,
        gifted=True,
        brand="スマイル歯ブラシ工房",
        hashtags="#PR #電動歯ブラシ",
    )
    P(
        "v17_160",
        "#広告 ホワイトニング歯みがき、3週間使ってみた感想。ブラッシングで歯を白くするタイプなので、着色汚れが落ちてツルツル感あり。効果の感じ方には個人差があります",
        [],
        PERM,
        affiliate_link=True,
        hashtags="#広告 #ホワイトニング",
    )
    P(
        "v17_161",
        "プロモーションを含みます|サウナハット比較 3選🧖 ウール・リネン・タオル地で、かぶり心地と乾きやすさを比べました",
        [],
        PERM,
        affiliate_link=True,
        hashtags="#サウナハット #サウナグッズ",
    )
    P(
        "v17_162",
        "【PR】アロマ精油セットをいただきました。ラベンダーは寝る前の読書タイム用に、ユーカリは朝の換気のときに。香りの好みは人それぞれなので、まずは1本から🌿",
        [],
        PERM,
        gifted=True,
        brand="Forest Aroma",
    )
    P(
        "v17_163",
        "PR/ 和漢ブレンド茶の提供を受けました",
        [],
        PERM,
        gifted=True,
        brand="めぐり和漢",
        transcript="ノンカフェインなので夜でも飲めます。なつめの甘みがあって、麦茶っぽい感じ。味の感想だけ正直に言うと、シナモン好きな人にはおすすめです。",
    )
    P(
        "v17_164",
        "ジュニアサッカーの補食、うちはこれ⚽ バナナ・おにぎり・牛乳を練習前後で。サプリじゃなくて普通のごはんの話です",
        [],
        PERM,
        hashtags="#ジュニアサッカー #補食 #スポーツ栄養",
    )
    P(
        "v17_165",
        "【PR】40代の乾燥小ジワ対策",
        [],
        PERM,
        gifted=True,
        brand="HADA LAB",
        transcript="最初に言っておくと、これはPRです。効能評価試験済みのアイクリームで、乾燥による小ジワを目立たなくするっていう表示になってます。塗り心地はしっとり系。",
    )  # why: the PR statement opens the transcript; the claim is item 56 on a tested product
    P(
        "v17_166",
        "【広告】栄養機能食品(鉄)のゼリー。鉄は赤血球を作るのに必要な栄養素、と表示されています。部活で忙しい娘の間食にしてます",
        [],
        PERM,
        gifted=True,
        brand="ジュニアアスリート栄養研究所",
        shop_tag=True,
        listing__category="health_food",
        listing__approval="fnc",
    )
    P(
        "v17_167",
        "医師に聞いてみた:サウナと高血圧の関係",
        [],
        PERM,
        transcript="循環器内科の先生に、血圧が高い人がサウナに入っていいか聞きました。答えは、まず主治医に相談してほしい、急な温度差は避けて、とのこと。商品の紹介はありません。",
    )  # why: a doctor gives general caution; nothing is sold or recommended
    P(
        "v17_168",
        "【PR】提供品の体験談ですが、効果を保証するものではありません。CBDは医薬品ではないので、眠れない状態が続く人は病院へ行ってね。",
        [],
        PERM,
        gifted=True,
        brand="CALMLEAF",
    )  # why: PR at the start; the caption denies efficacy and points to a doctor
    S(
        "v17_169",
        [],
        PERM,
        name="ことのは和漢堂",
        shop_name="ことのは和漢堂 公式ショップ",
        seller_type="corporate",
        country="JP",
        disclosure_legal_name="株式会社ことのは",
        disclosure_address="京都府京都市中京区烏丸通二条下ル秋野々町500",
        disclosure_phone="075-000-3321",
        disclosure_email="order@kotonoha.example.jp",
        disclosure_representative="代表取締役 木下 葉子",
        disclosure_return_policy="食品のため、お客様都合による返品はお受けできません。不良品は到着後7日以内にご連絡ください。",
    )
    S(
        "v17_170",
        [],
        PERM,
        name="ドラッグひまわり",
        shop_name="ドラッグひまわり ネット店",
        seller_type="corporate",
        country="JP",
        disclosure_legal_name="ひまわり薬品株式会社",
        disclosure_address="愛知県名古屋市中区栄2-1-1",
        disclosure_phone="052-000-8899",
        disclosure_email="net@himawari-ph.example.jp",
        disclosure_representative="管理薬剤師 近藤 真理",
        disclosure_return_policy="医薬品は開封後の返品不可。未開封品に限り到着後8日以内に返品可(送料当店負担は不良品のみ)。",
        drug_license="店舗販売業許可 第12345号",
    )
    S(
        "v17_171",
        [],
        PERM,
        name="Nordic Sauna Japan",
        shop_name="Nordic Sauna Japan",
        seller_type="corporate",
        country="FI",
        disclosure_legal_name="Nordic Sauna Oy 日本支店",
        disclosure_address="東京都港区芝浦4-2-8 日本支店",
        disclosure_phone="03-0000-5120",
        disclosure_email="jp@nordicsauna.example.fi",
        disclosure_representative="日本における代表者 伊藤 大輔",
        disclosure_return_policy="組立後の返品不可。初期不良は到着後14日以内に交換。",
    )
    L(
        "v17_172",
        "health_food",
        "【メルカリ】プロテイン 開封済み 自分には合わなかったので",
        _j(
            "味が好みじゃなかったので半額で。残り約800g。",
            "たんぱく質補給用です。効果とかは人によると思うので聞かないでください🙇",
        ),
        [],
        PERM,
    )
    L(
        "v17_173",
        "cosmetics",
        "【未開封】薬用じゃないほうの美容液 ラクマ",
        _j(
            "こちらは化粧品(医薬部外品ではない方)です。肌にうるおいを与え、キメを整えます。",
            "間違えて2本買ったので1本お譲りします。",
        ),
        [],
        PERM,
    )
    L(
        "v17_174",
        "general",
        "Reels用 撮影台本テンプレート集(美容・健康ジャンル)",
        "「治る」「痩せる」などの表現を避け、薬機法・景品表示法に配慮した台本の書き方をまとめたPDFです。広告表記(PR)の入れ方の例つき。",
        [],
        PERM,  # why: a writing guide that names banned words in order to avoid them
    )
    L(
        "v17_175",
        "food",
        "ブレンドハーブティー カモミール&レモンバーム",
        _j(
            "寝る前のひとときに、やさしい香りのノンカフェインティーを。",
            "キク科アレルギーの方はお控えください。妊娠中・授乳中の方は医師にご相談ください。",
        ),
        [],
        PERM,
    )


def _ordinary(L: Row, P: Row, S: Row) -> None:
    """Everyday listings, posts and a seller with no risky wording."""
    L(
        "v17_176",
        "apparel",
        "ユニクロ ウルトラライトダウン M ネイビー 美品",
        "2シーズン着用。目立つ汚れなし。付属の収納袋あり。",
    )
    L(
        "v17_177",
        "general",
        "サウナハット ウール 100% グレー",
        "フェルト製、手洗い可。頭周り約58cm。サウナ室で髪を熱から守るための帽子です。",
    )
    L(
        "v17_178",
        "general",
        "サウナマット 折りたたみ 2枚組",
        "お尻の下に敷く速乾マット。40×30cm。カラー:ブラック/ベージュ。",
    )
    L(
        "v17_179",
        "food",
        "北海道産 じゃがいも 男爵 10kg",
        "農家直送。多少の傷・大小の混在はご了承ください。",
    )
    L(
        "v17_180",
        "food",
        "ほうじ茶 ティーバッグ 100包 業務用",
        "香ばしい京都府産茶葉を使用。水出しもできます。",
    )
    L(
        "v17_181",
        "general",
        "歯ブラシスタンド 珪藻土 4本用",
        "水切れがよく、洗面台をすっきり。サイズ:幅12cm。",
    )
    L(
        "v17_182",
        "general",
        "アロマストーン 素焼き 花形 3個",
        "お好きなオイルを数滴垂らしてお使いください。オイルは付属しません。",
    )
    L(
        "v17_183",
        "apparel",
        "ジュニア 野球 練習着 上下 150cm",
        "メルカリで購入後、2回のみ着用。成長してサイズアウトしました。",
    )
    L(
        "v17_184",
        "general",
        "シェイカーボトル 600ml 目盛り付き",
        "プロテイン・スムージー用。パッキン付きで漏れにくい。食洗機不可。",
    )
    L(
        "v17_185",
        "general",
        "老眼鏡ケース 革 名入れ可",
        "敬老の日のプレゼントに。メガネ拭き付き。",
    )
    L(
        "v17_186",
        "general",
        "杖 折りたたみ 軽量アルミ 4段階",
        "長さ調整:75〜85cm。収納袋付き。色:ワインレッド。",
    )
    L(
        "v17_187",
        "food",
        "国産 はちみつ レンゲ 500g",
        "岐阜県の養蜂場から。結晶化することがありますが品質に問題はありません。",
    )
    L(
        "v17_188",
        "general",
        "お薬カレンダー 1週間 壁掛け",
        "朝・昼・夜・寝る前の4ポケット×7日。飲み忘れ防止に。",
    )  # why: a calendar for organising pills is an everyday item, no claim about any drug
    L(
        "v17_189",
        "cosmetics",
        "アイシャドウ パレット 9色 ブラウン系",
        "マットとラメの組み合わせ。発色がよく、粉飛びしにくい。",
    )
    L(
        "v17_190",
        "general",
        "楽天 サンクスカード 名刺サイズ 100枚 デザイン印刷",
        "ショップ名・QRコードを印刷したお礼カードを作成します。入稿から5営業日で発送。",
    )
    L(
        "v17_191",
        "general",
        "ボードゲーム 家族で遊べる 日本語版",
        "2〜5人用、プレイ時間30分。対象年齢8歳以上。",
        target_age_min=8,
    )
    L(
        "v17_192",
        "general",
        "タオルハンカチ 今治 3枚セット",
        "吸水性のよいパイル地。ギフト包装無料。",
    )
    L(
        "v17_193",
        "food",
        "カシューナッツ 素焼き 無塩 1kg",
        "チャック付き袋。アレルギー物質:カシューナッツ。",
    )
    L(
        "v17_194",
        "general",
        "比較用 サンプル小瓶 5ml 10本 遮光",
        "化粧水やオイルの小分けに。スポイト付き。",
    )
    L(
        "v17_195",
        "apparel",
        "スポーツブラ ジュニア 2枚組 140-150",
        "綿混素材、ホックなしで着脱しやすい。部活にも。",
    )
    P(
        "v17_196",
        "今日のサ活🧖‍♀️ 3セットのあと外気浴。平日の昼は空いてて最高",
        hashtags="#サウナ #サ活",
    )
    P(
        "v17_197",
        "部活弁当🍙 唐揚げ・卵焼き・ブロッコリー。明日は朝練なので5時起き",
        hashtags="#お弁当 #部活弁当",
    )
    P(
        "v17_198",
        "祖母の米寿のお祝いに家族で温泉へ♨️ みんなで写真撮れてよかった",
    )
    P(
        "v17_199",
        "ラベンダー畑、今が見頃でした💜 富良野まで車で3時間",
        hashtags="#北海道 #ラベンダー",
    )
    P(
        "v17_200",
        "30秒リール:歯ブラシの正しい持ち方(鉛筆持ち)を紹介します",
        transcript="歯ブラシは鉛筆を持つように軽く持って、小刻みに動かします。力を入れすぎないのがコツです。",
    )
    P(
        "v17_201",
        "メルカリで売れたものまとめ📦 今月は子ども服と本で8,400円",
        hashtags="#メルカリ #断捨離",
    )
    P(
        "v17_202",
        "家にあるハーブティー飲み比べ☕ ミント派とカモミール派で家族が割れた笑",
    )
    S(
        "v17_203",
        [],
        PERM,
        name="sakura_closet",
        shop_name="sakura closet",
        seller_type="individual",
        country="JP",
        disclosure_legal_name="佐倉 美咲",
        disclosure_address="請求があれば遅滞なく開示します",
        disclosure_email="sakura.closet@example.jp",
        disclosure_phone="請求があれば遅滞なく開示します",
        disclosure_return_policy="中古品のため返品不可。説明と異なる場合のみ到着後3日以内にご連絡ください。",
    )  # why: an individual reselling her own clothes; the 開示請求 formula with an e-mail is the accepted partial omission
    L(
        "v17_204",
        "general",
        "ヨガマット 6mm 収納ベルト付き",
        "滑りにくいTPE素材。183×61cm。",
    )
    L(
        "v17_205",
        "food",
        "玄米 5kg 令和7年産 新潟県産",
        "精米日をラベルに記載。玄米のままお届けします。",
    )
