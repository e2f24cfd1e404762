"""Round 7 probe rows (beauty): written from the sources' classes before the pack was tuned on them.

Each probe batch is first scored as written (the first score goes in docs/pack-jp.md),
then the pack is generalised by class, not by row. Rows are added with the row
constructors of ``build_jp_ads_eval.py`` (split ``tune``).

Classes (round 7, beauty): rate claims without source, period and population
(満足度・リピート率・継続率・推奨率・口コミ評価, 景表法5条1号 and the No.1 report's
logic applied to percentages); ステマ disclosures that come last among hashtags or at
the end of a long text; cosmetics claiming more than the 56 in indirect wording (a
permanent colour change, "it will not come back", equivalence to clinic treatments,
scars, body odour or hair growth stopped); approved quasi-drugs claiming beyond their
approval (labelled ``pmd_quasi_drug`` only, the blind batches' convention); 「美白」 as a
makeup effect with its note. Labels follow the blind batches' conventions.
"""

from __future__ import annotations

from collections.abc import Callable

from holdout_jp_ads import AC, BF, CS, DO, DP, EN, GU, N1, PERM, QD, ST, TK, WL, D  # noqa: F401

Row = Callable[..., None]


def _j(*parts: str) -> str:
    """Join description blocks with newlines, as sellers paste them into the form."""
    return "\n".join(parts)


def add_probes_r7_beauty(L: Row, P: Row, S: Row) -> None:
    """Round 7 (beauty) probes: violations, permitted look-alikes and a few ordinary rows."""
    # ------------------------------------------------ rate claims without a source (N1)
    L("r7b_001", "health_food", "乳酸菌サプリ 30日分", "お客様満足度98%!毎日のすっきり習慣に。", N1)
    L(
        "r7b_002",
        "cosmetics",
        "ビタミンC 美容液 30ml",
        "リピート率92.3%。一度使うと手放せないと話題の美容液です。",
        N1,
    )
    L(
        "r7b_003",
        "cosmetics",
        "【高評価】ボタニカル シャンプー 500ml",
        _j("■ 口コミ評価★4.8の高評価", "■ 天然由来成分99%", "■ ノンシリコン"),
        N1,
    )
    L(
        "r7b_004",
        "health_food",
        "黒酢もろみ カプセル",
        "継続率90%超え!続けやすさで選ばれています。",
        N1,
    )
    L(
        "r7b_005",
        "general",
        "低反発 まくら 洗えるカバー付き",
        "使った人の95%が「また買いたい」と回答。朝までぐっすりの寝心地を。",
        N1,
    )
    L(
        "r7b_006",
        "cosmetics",
        "オールインワンジェル",
        "9割以上のお客様がリピート!驚きの満足度です。",
        N1,
    )
    L(
        "r7b_007",
        "food",
        "国産 はちみつ 500g",
        "レビュー平均4.9点の人気商品。パンにもヨーグルトにも。",
        N1,
    )
    L(
        "r7b_008",
        "cosmetics",
        "クレンジングオイル",
        "友達にすすめたい率96%!毛穴汚れをするんと落とす。",
        N1,
    )
    # look-alikes: sourced rates, satisfaction without a number, 100% as composition
    L(
        "r7b_020",
        "health_food",
        "乳酸菌サプリ 30日分",
        _j(
            "お客様満足度94%※",
            "※2025年9月 自社調べ 定期購入者320名を対象としたWebアンケート(回答者271名)",
        ),
        [],
        PERM,
    )
    L(
        "r7b_021",
        "cosmetics",
        "化粧水 200ml",
        "リピート率85%※ ※2025年1月〜6月の当社通販サイト購入者データより(2回以上購入された方の割合、n=1,204)",
        [],
        PERM,
    )
    L(
        "r7b_022",
        "food",
        "オレンジジュース 果汁100% 1L×6本",
        "ストレート果汁100%。満足感のある濃い味わい。",
        [],
        PERM,
    )
    L(
        "r7b_023",
        "apparel",
        "綿100% Tシャツ",
        "肌ざわりにご満足いただけなければ30日以内返品OK。",
        [],
        PERM,
    )
    L(
        "r7b_024",
        "general",
        "収納ボックス 3個組",
        "リピート購入のお客様は定期便がお得です。",
        [],
        PERM,
    )
    # ------------------------------------------------------------------------ ステマ
    P(
        "r7b_030",
        "新作のクッションファンデ、ツヤ感が想像以上でした✨ 崩れにくさも◎"
        " #クッションファンデ #ツヤ肌 #新作コスメ #PR",
        ST,
        gifted=True,
    )
    P(
        "r7b_031",
        "週末のおうちカフェ☕ このドリッパー使うと味がまろやかになる気がする"
        " #おうちカフェ #コーヒー好き #丁寧な暮らし #キッチングッズ #広告",
        ST,
        affiliate_link=True,
    )
    P(
        "r7b_032",
        "毎日のスキンケアに取り入れてるオイル。香りに癒されるし、翌朝の肌がしっとりしてて"
        "本当にお気に入り。乾燥が気になる季節はこれ一本でいいかも。",
        ST,
        hashtags="#スキンケア #美容オイル #乾燥肌 #冬の保湿 #sponsored",
        gifted=True,
    )
    P(
        "r7b_033",
        "こんにちは!今日は最近ハマっている電動歯ブラシを紹介します。"
        "磨き残しが減った気がするし、充電も長持ちで出張にも便利。"
        "気になった方はプロフィールのリンクからチェックしてみてね。"
        "※この投稿は企業から商品提供を受けています",
        ST,
        affiliate_link=True,
    )
    P(
        "r7b_034",
        "旅行に持っていったモバイルバッテリー🔋 軽いのに2回フル充電できて優秀",
        ST,
        hashtags="#旅行グッズ #ガジェット #モバイルバッテリー #便利グッズ #提供",
        gifted=True,
    )
    # look-alikes: the disclosure first, or a short caption with its disclosure inline
    P(
        "r7b_040",
        "#PR 新作のクッションファンデ、ツヤ感が想像以上でした✨"
        " #クッションファンデ #ツヤ肌 #新作コスメ #イエベ #デパコス",
        [],
        PERM,
        gifted=True,
    )
    P(
        "r7b_041",
        "【広告】○○社さんからいただいたドリッパーで週末のおうちカフェ☕",
        [],
        PERM,
        hashtags="#おうちカフェ #コーヒー好き #丁寧な暮らし #キッチングッズ #ドリッパー",
        affiliate_link=True,
    )
    P(
        "r7b_042",
        "旅行に持っていったモバイルバッテリー、軽いのに2回フル充電できて優秀 #PR",
        [],
        PERM,
        hashtags="#PR #旅行グッズ #ガジェット #モバイルバッテリー #便利グッズ",
        gifted=True,
    )
    P(
        "r7b_043",
        "自分で買ったハンドクリーム、ベタつかなくて推し🤲"
        " #ハンドクリーム #冬の乾燥対策 #コスメ好きさんと繋がりたい #購入品",
        [],
        PERM,
    )
    # ---------------------------------------- cosmetics beyond the 56, indirect (CS)
    L(
        "r7b_050",
        "cosmetics",
        "ホワイト ボディクリーム 200g",
        "地黒で悩んでいた私が、使い続けるうちに色白と言われるように。肌の色そのものが明るくなっていきます。",
        CS,
    )
    L(
        "r7b_051",
        "cosmetics",
        "ブライトニング 美容液",
        "くすみがちだった肌が、もう元のくすんだ肌には戻りません。",
        [CS, GU],
    )
    L(
        "r7b_052",
        "cosmetics",
        "ハイフ級 リフトクリーム",
        "美容クリニックのハイフ施術と同じ引き上げを、毎日のスキンケアで。",
        CS,
    )
    L(
        "r7b_053",
        "cosmetics",
        "ニードル 美容液 マイクロニードル配合",
        "ダーマペンいらず。ニキビ跡のクレーターがふっくら埋まっていく実感。",
        CS,
    )
    L(
        "r7b_054",
        "cosmetics",
        "デオドラント ボディソープ",
        "毎日使うだけで、においの元から断ち、加齢臭が発生しない体に。",
        CS,
    )
    L(
        "r7b_055",
        "cosmetics",
        "抑毛 ローション 200ml",
        "ムダ毛処理のあとに塗るだけ。続けるほど毛が細くなり、生えるペースもゆっくりに。",
        CS,
    )
    L(
        "r7b_056",
        "cosmetics",
        "スカルプ マッサージ クリーム",
        "むくみが取れて小顔に。マッサージのたびにフェイスラインが変わっていきます。",
        CS,
    )
    L(
        "r7b_057",
        "cosmetics",
        "傷あとケア ジェル",
        "昔の傷あとや手術跡も、塗り続けることで目立たなくなっていきます。",
        CS,
    )
    L(
        "r7b_058",
        "cosmetics",
        "ボディ 引き締め ジェル",
        "気になるセルライトを撃退!塗って揉むだけで脚が細くなる。",
        [CS, WL],
    )
    P(
        "r7b_059",
        "【PR】この美容液使ってから、シミが一つずつ減っていって今はほぼゼロ。皮膚科に通う必要なくなった!",
        CS,
        gifted=True,
        listing__category="cosmetics",
    )
    # look-alikes: makeup effect, 56 wording, feel in use
    L(
        "r7b_070",
        "cosmetics",
        "トーンアップ 下地 SPF50+",
        "肌の色をワントーン明るく見せる(メイクアップ効果による)。日やけによるシミ・ソバカスを防ぐ。",
        [],
        PERM,
    )
    L(
        "r7b_071",
        "cosmetics",
        "コンシーラー 3色パレット",
        "ニキビ跡や傷あとをしっかりカバーして目立たなくします。",
        [],
        PERM,
    )
    L(
        "r7b_072",
        "cosmetics",
        "マッサージクリーム 300g",
        "すべりがよく、マッサージしやすいテクスチャー。肌を引き締め、キメを整えます。",
        [],
        PERM,
    )
    L(
        "r7b_073",
        "cosmetics",
        "デオドラント ボディソープ",
        "汚れをおとすことにより皮膚を清浄にします。フローラルの香りで気になるにおいをマスキング。",
        [],
        PERM,
    )
    L(
        "r7b_074",
        "cosmetics",
        "美白 パウダー ファンデーション",
        "光を拡散して肌を白く見せるメイクアップ効果(※美白はメイクアップ効果による)。",
        [],
        PERM,
    )
    # ---------------------------------- quasi-drug conventions (QD)
    L(
        "r7b_080",
        "quasi_drug",
        "薬用 美白美容液 医薬部外品",
        "メラニンの生成を抑え、シミ・ソバカスを防ぐ。使い続ければ今あるシミもどんどん薄くなって消えていきます。",
        QD,
        approval="quasi_drug_approved",
    )
    L(
        "r7b_081",
        "quasi_drug",
        "薬用 育毛トニック 医薬部外品",
        "育毛、薄毛、脱毛の予防。つるつるだった頭頂部にも新しい髪が生えてきます。",
        QD,
        approval="quasi_drug_approved",
    )
    L(
        "r7b_082",
        "quasi_drug",
        "薬用 デオドラント スティック 医薬部外品",
        "わきが・皮ふ汗臭・制汗。一度塗れば一生汗をかかない体質に。",
        QD,
        approval="quasi_drug_approved",
    )
    L(
        "r7b_083",
        "cosmetics",
        "エイジング 美容クリーム",
        "シワを改善し、シミを防ぐ。大人の肌のための集中クリーム。",
        QD,
        approval="none",
    )
    L(
        "r7b_084",
        "cosmetics",
        "ヘアエッセンス 頭皮用",
        "抜け毛を予防して、育毛を促進する頭皮エッセンス。",
        QD,
        approval="none",
    )
    # look-alikes: approved quasi-drugs within their approval
    L(
        "r7b_090",
        "quasi_drug",
        "薬用 美白美容液 医薬部外品",
        "メラニンの生成を抑え、シミ・ソバカスを防ぐ。有効成分トラネキサム酸配合。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "r7b_091",
        "quasi_drug",
        "薬用 デオドラント スティック 医薬部外品",
        "わきが(腋臭)・皮ふ汗臭・制汗。朝のひと塗りでさらさら感が続きます。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    # ------------------------------------------------------------- ordinary
    L(
        "r7b_095",
        "cosmetics",
        "ハンドクリーム 3本セット",
        "ベタつかないさらっとした使い心地。無香料。",
        [],
    )
    L(
        "r7b_096",
        "general",
        "ドライヤー 大風量",
        "速乾設計で毎朝の時短に。",
        [],
        product_type="hair_dryer",
        pse_mark="round",
    )
    P("r7b_097", "今日のネイル💅 ちゅるんとしたピンクにしてみた #セルフネイル #春ネイル", [])
    _batch2(L, P, S)
    _batch3(L, P, S)
    _batch4(L, P, S)
    _batch5(L, P, S)
    _batch6(L, P, S)
    _batch7(L, P, S)
    _batch8(L, P, S)
    _batch9(L, P, S)
    _batch10(L, P, S)
    _batch11(L, P, S)
    _round8(L, P, S)
    _round9(L, P, S)


def _batch2(L: Row, P: Row, S: Row) -> None:
    """Batch 2, written after batch 1 was tuned: other styles (LP blocks, Q&A, live
    transcripts, seller records) for the same families, before any tuning on them."""
    # ---------------------------------------------------------------- N1 and rates
    L(
        "r7b_101",
        "cosmetics",
        "【楽天1位】炭酸 クレンジング",
        "★デイリーランキング1位獲得★ 毛穴汚れをごっそりオフ。",
        N1,
    )
    L(
        "r7b_102",
        "health_food",
        "国産 酵素ドリンク 720ml",
        _j(
            "▼選ばれる3つの理由",
            "1. 定期コース継続率は驚きの87.6%",
            "2. 国産野菜85種類",
            "3. 無添加",
        ),
        N1,
    )
    L(
        "r7b_103",
        "general",
        "ネックピロー 低反発",
        "Q. 本当に寝やすいですか? A. 購入者アンケートで満足と答えた方は96%でした!",
        N1,
    )
    L(
        "r7b_104",
        "cosmetics",
        "薬用じゃないのに選ばれる保湿クリーム",
        "口コミサイトで総合評価4.7。SNSで話題沸騰中!",
        N1,
    )
    L(
        "r7b_105",
        "health_food",
        "プロテイン 1kg ココア味",
        "おいしさ満足度96.8%※ ※当社調べ",
        N1,
    )
    L(
        "r7b_120",
        "cosmetics",
        "【楽天1位】炭酸 クレンジング",
        "★楽天市場 デイリーランキング クレンジング部門1位(2025年11月3日)★",
        [],
        PERM,
    )
    L(
        "r7b_121",
        "general",
        "ネックピロー 低反発",
        "満足度94%※ ※2025年8月 当社ECサイト購入者へのアンケート(回答数312件)",
        [],
        PERM,
    )
    L(
        "r7b_122",
        "food",
        "いちご大福 6個入",
        "地元で1位2位を争う人気の和菓子店が作りました。",
        [],
        PERM,
    )
    # ------------------------------------------------------------------------ ステマ
    P(
        "r7b_130",
        None,
        ST,
        transcript=(
            "はいどうもー!今日はね、めちゃくちゃ良いドライヤー見つけたんで紹介します。"
            "風量がすごくて髪がすぐ乾くんですよ。概要欄にリンク貼っとくんで見てみてください。"
            "あ、ちなみに今回はメーカーさんからのご提供です"
        ),
        affiliate_link=True,
    )
    P(
        "r7b_131",
        "愛用中のプロテイン🥤 チョコ味が一番好き! #筋トレ #プロテイン #宅トレ #ダイエット記録 #pr_ブランド名",
        ST,
        affiliate_link=True,
    )
    P(
        "r7b_132",
        "ずっと気になってた美容家電、ついにお迎えしました✨ 毎晩のご褒美時間",
        ST,
        hashtags="#美容家電 #おうちエステ #ご褒美 #supported",
        gifted=True,
    )
    P(
        "r7b_133",
        "これはPRじゃないけど本気でおすすめしたいサプリ!",
        ST,
        affiliate_link=True,
    )
    P(
        "r7b_140",
        "PR|ずっと気になってた美容家電、ついにお迎えしました✨ 毎晩のご褒美時間",
        [],
        PERM,
        hashtags="#美容家電 #おうちエステ #ご褒美 #美容好き",
        gifted=True,
    )
    P(
        "r7b_141",
        None,
        [],
        PERM,
        transcript="この動画は〇〇さんの提供でお送りします!今日はね、めちゃくちゃ良いドライヤーを紹介します。",
        affiliate_link=True,
    )
    # ------------------------------------------------ cosmetics beyond the 56 (CS)
    L(
        "r7b_150",
        "cosmetics",
        "ナイトクリーム 50g",
        _j(
            "Q. どのくらいで変化を感じますか?",
            "A. 個人差はありますが、2週間ほどで目元の小ジワが浅くなったというお声を多くいただいています。",
        ),
        CS,
    )
    L(
        "r7b_151",
        "cosmetics",
        "まつげ美容液",
        "目指せ自まつげ+3mm。ビューラーいらずのくるんとした目元へ。",
        CS,
    )
    L(
        "r7b_152",
        "cosmetics",
        "ヘッドスパ シャンプー",
        "地肌が透けて見えるのが悩みだった夫も、今では分け目が目立たないと喜んでいます。",
        CS,
    )
    L(
        "r7b_153",
        "cosmetics",
        "角質ケア フットクリーム",
        "ガサガサのかかとのひび割れも、塗って寝るだけで翌朝には治っている!",
        [CS, GU],
    )
    L(
        "r7b_154",
        "cosmetics",
        "デリケートゾーン 美白ソープ",
        "気になる黒ずみをしっかり分解。使うたびに透明感のある素肌色へ。",
        [CS, QD],
        approval="none",
    )
    P(
        "r7b_155",
        "【PR】ネックの横ジワ、ずっと悩んでたけどこのクリームで本当に薄くなってきた…!首のシワ年齢若返り中",
        CS,
        gifted=True,
        listing__category="cosmetics",
    )
    L(
        "r7b_170",
        "cosmetics",
        "ナイトクリーム 50g",
        _j(
            "Q. どのくらいで変化を感じますか?",
            "A. 使用感には個人差があります。乾燥による小ジワを目立たなくする(効能評価試験済み)。",
        ),
        [],
        PERM,
    )
    L(
        "r7b_171",
        "cosmetics",
        "マスカラ ロング",
        "繊維入りで自まつげ+3mm見え。ビューラーいらずのカールキープ。",
        [],
        PERM,
    )
    L(
        "r7b_172",
        "cosmetics",
        "かかと クリーム",
        "かかとの角質をやわらげ、乾燥を防いでなめらかな肌に整えます。",
        [],
        PERM,
    )
    # ----------------------------------------------------------- quasi-drug (QD)
    L(
        "r7b_180",
        "cosmetics",
        "ニキビケア ジェル",
        "アクネ菌を殺菌してニキビを防ぐ。思春期ニキビに。",
        QD,
        approval="none",
    )
    L(
        "r7b_181",
        "quasi_drug",
        "薬用 ホワイトニング 歯磨き粉 医薬部外品",
        "歯を白くする。ムシ歯を防ぐ。黄ばんだ歯が本来の白さを超えて真っ白に。",
        QD,
        approval="quasi_drug_approved",
    )
    L(
        "r7b_190",
        "quasi_drug",
        "薬用 ニキビケア ジェル 医薬部外品",
        "殺菌成分配合。ニキビを防ぐ。肌荒れを防ぐ。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    # ---------------------------------------------------------------- guarantees
    L(
        "r7b_200",
        "cosmetics",
        "毛穴ケア 美容液",
        "使った人全員が変化を実感。あなたの毛穴悩みも必ずなんとかします。",
        [GU, CS],
    )
    L(
        "r7b_201",
        "health_food",
        "ブルーベリー サプリ",
        "届いたその日から違いがわかる!スマホ疲れの目にすぐ効く。",
        [GU, BF],
    )
    L(
        "r7b_202",
        "cosmetics",
        "敏感肌用 化粧水",
        "どんな肌質の方でも絶対にかぶれない安心処方。",
        GU,
    )
    L(
        "r7b_210",
        "cosmetics",
        "敏感肌用 化粧水",
        "パッチテスト済み(すべての方にアレルギーが起きないというわけではありません)。",
        [],
        PERM,
    )
    # ---------------------------------------------------------------- weight loss
    L(
        "r7b_220",
        "general",
        "EMS 腹筋ベルト",
        "巻いてテレビを見ている間に、ぽっこりお腹がぺたんこに。",
        WL,
    )
    L(
        "r7b_221",
        "health_food",
        "黒しょうが サプリ",
        "お正月太りも、これで夏までに元通り。去年のデニムがまた履けた!",
        [WL, BF],
    )
    P(
        "r7b_222",
        "#PR 置き換え3週間目。体重計に乗るのが楽しみになった🥳 -4.2kgで人生変わる",
        [WL, BF],
        affiliate_link=True,
        listing__category="health_food",
    )
    L(
        "r7b_230",
        "apparel",
        "ハイウエスト レギンス",
        "お腹まわりをすっきり見せる着圧設計。着用時ウエスト-3cm見え(当社比)。",
        [],
        PERM,
    )
    # --------------------------------------------------------- double price (DP)
    L(
        "r7b_240",
        "general",
        "ワイヤレスイヤホン ノイキャン",
        "通常価格12,800円 → 本日限定 4,980円!",
        DP,
        price=4980,
        list_price=12800,
        price__days_observed_56d=56,
        price__days_at_list_price_56d=6,
        price__max_price_56d=12800,
    )
    L(
        "r7b_241",
        "general",
        "電気ケトル 1.0L",
        "当店通常価格¥6,980のところ、在庫限りの特価でご奉仕!",
        DP,
        pse_mark="round",
        product_type="electric_kettle",
    )
    L(
        "r7b_250",
        "general",
        "ワイヤレスイヤホン ノイキャン",
        "通常価格12,800円 → 年末セール 9,980円",
        [],
        PERM,
        price=9980,
        list_price=12800,
        price__days_observed_56d=56,
        price__days_at_list_price_56d=48,
        price__max_price_56d=12800,
    )
    # ------------------------------------------------------------- sellers (TK)
    S(
        "r7b_260",
        TK,
        seller_type="corporate",
        disclosure_legal_name="株式会社ハルカゼ",
        disclosure_address="福岡県福岡市博多区博多駅前2-2-2",
        disclosure_phone="お問い合わせはメールにて承ります",
        disclosure_representative="春風 一郎",
        disclosure_return_policy="商品到着後7日以内",
        country="JP",
    )
    S(
        "r7b_261",
        [],
        None,
        seller_type="corporate",
        disclosure_legal_name="株式会社アキノ",
        disclosure_address="北海道札幌市中央区北一条西二丁目",
        disclosure_phone="011-222-3333",
        disclosure_representative="秋野 実",
        disclosure_return_policy="返品不可(初期不良のみ交換)",
        country="JP",
    )


def _batch3(L: Row, P: Row, S: Row) -> None:
    """Batch 3, written after batch 2 was tuned: oblique beauty copy in other voices
    (review quotes, live-commerce transcripts, English-mixed captions, LP blocks).

    First score 7/14 pairs, 1/5 permitted FP. Four labels were corrected after it, as
    writing errors, not tuning: r7b_304 (before/after is also a guarantee), r7b_307 (the
    shop-tagged live post has no disclosure: also stema), r7b_310 (AGA is a disease) and
    r7b_332 (「フケ・かゆみを防ぐ」 is quasi-drug wording, so the look-alike now uses the
    56's 「フケ・カユミを抑える」).
    """
    L(
        "r7b_301",
        "cosmetics",
        "レチノール ナイトセラム",
        "「朝起きて鏡を見るたびに、目尻の線が一本ずつ減っていくのがわかる」(40代・女性)",
        CS,
    )
    L(
        "r7b_302",
        "cosmetics",
        "グロースファクター 美容液",
        "話題のヒト幹細胞培養液を高配合。肌が自ら若さを作り出す力をサポート。",
        CS,
    )
    L(
        "r7b_303",
        "cosmetics",
        "アイクリーム 20g",
        "◆ 目の下の影、もうコンシーラーで隠す必要なし ◆ 寝る前に塗るだけ",
        CS,
    )
    L(
        "r7b_304",
        "cosmetics",
        "スカルプセラム",
        "Before→After 2ヶ月でつむじまわりがふさっと密に。※個人の感想です",
        [CS, GU],
    )
    L(
        "r7b_305",
        "cosmetics",
        "ネイル美容液",
        "二枚爪・割れ爪の悩みから解放。伸ばしても折れない爪へ。",
        CS,
    )
    P(
        "r7b_306",
        "#PR glow serum 使ってから毛穴 literally disappeared 🥹 肌質まるごとアップデートされた",
        CS,
        gifted=True,
        listing__category="cosmetics",
    )
    P(
        "r7b_307",
        None,
        [CS, ST],
        transcript=(
            "はいこちら今日のイチオシ!このクリーム、塗って一週間でね、"
            "わたしのほうれい線見て?ほら、浅くなってるでしょ。コメントありがとう!"
        ),
        shop_tag=True,
        listing__category="cosmetics",
    )
    L(
        "r7b_308",
        "cosmetics",
        "バストケア クリーム",
        "毎日のマッサージで、ブラのカップがきつくなったと嬉しい声続々。",
        CS,
    )
    L(
        "r7b_309",
        "cosmetics",
        "薬用ではありませんが高機能な美白美容液",
        "気になる部分に重ねづけすると、シミの色がだんだん薄まっていきます。",
        [CS, QD],
        approval="none",
    )
    L(
        "r7b_310",
        "quasi_drug",
        "薬用 育毛エッセンス 医薬部外品",
        "育毛、発毛促進、脱毛の予防。AGAの方でも太い髪が生えてくる実感。",
        [QD, D],
        approval="quasi_drug_approved",
    )
    L(
        "r7b_311",
        "health_food",
        "コラーゲン ドリンク",
        "10本飲み切る頃には、みんなに「何したの?」と聞かれる肌に。効果がなければ全額お返しします。",
        [GU, BF],
    )
    L(
        "r7b_312",
        "cosmetics",
        "敏感肌 クリーム",
        "赤ちゃんからお年寄りまで、誰が使っても肌トラブルゼロ。",
        GU,
    )
    # look-alikes in the same voices
    L(
        "r7b_330",
        "cosmetics",
        "レチノール ナイトセラム",
        "「翌朝の肌がしっとりしていて、ハリを感じます」(40代・女性)※個人の感想です。肌にハリを与える。",
        [],
        PERM,
    )
    L(
        "r7b_331",
        "cosmetics",
        "アイクリーム 20g",
        "◆ 目元の乾燥小ジワを目立たなくする(効能評価試験済み) ◆ 寝る前のうるおいケアに",
        [],
        PERM,
    )
    L(
        "r7b_332",
        "cosmetics",
        "スカルプシャンプー",
        "頭皮を清浄にし、フケ・カユミを抑える。ふんわり立ち上がる髪へ(スタイリング効果)。",
        [],
        PERM,
    )
    P(
        "r7b_333",
        "#PR glow serum のテクスチャーが最高 🥹 うるおいで肌がもっちり、メイクのりも◎",
        [],
        PERM,
        gifted=True,
        listing__category="cosmetics",
    )
    L(
        "r7b_334",
        "cosmetics",
        "ネイルオイル",
        "爪にうるおいを与え、乾燥による割れを防ぐ。甘皮ケアにも。",
        [],
        PERM,
    )


def _batch4(L: Row, P: Row, S: Row) -> None:
    """Batch 4, written after batch 3 was tuned, from the sources' lists of what is not
    allowed (適正広告基準 and its 解説 for cosmetics, the No.1 report's "最上級" forms).

    First score 9/14 pairs, 0/5 permitted FP.
    """
    L("r7b_401", "cosmetics", "導入美容液", "肌本来の自然治癒力を高めて、ゆらがない肌へ。", CS)
    L(
        "r7b_402",
        "cosmetics",
        "ほうれい線 集中美容液",
        "年齢とともに深くなるほうれい線にダイレクトにアプローチ。",
        CS,
    )
    L(
        "r7b_403",
        "cosmetics",
        "フェイスマスク 30枚",
        "毎晩1枚で、くすみが抜けて透明感がよみがえる。",
        CS,
    )
    L(
        "r7b_404",
        "cosmetics",
        "ボディオイル",
        "ホルモンバランスを整えて、ゆらぎ肌を内側から立て直す。",
        CS,
    )
    L(
        "r7b_405",
        "cosmetics",
        "アイセラム",
        "目の下のたるみがキュッと引き締まり、疲れ顔から卒業。",
        CS,
    )
    L(
        "r7b_406",
        "cosmetics",
        "クレンジングバーム",
        "業界唯一の特許製法。一番人気のバームです。",
        N1,
    )
    L("r7b_407", "health_food", "マルチビタミン", "国内最多の42種類の栄養素を配合。", N1)
    L(
        "r7b_408",
        "cosmetics",
        "美容液ファンデ",
        "100%の人がツヤ肌を実感。確実に変わる自分に出会える。",
        GU,
    )
    L(
        "r7b_409",
        "cosmetics",
        "ヘアマスク",
        "間違いなく髪が生まれ変わる、サロン専売の濃密マスク。",
        [GU, CS],
    )
    L(
        "r7b_410",
        "health_food",
        "燃焼系 サプリ",
        "お腹の浮き輪がしぼんで、ウエストにくびれが復活!",
        [WL, BF],
    )
    L("r7b_411", "general", "サウナスーツ", "着て歩くだけで汗がドバドバ、1回で-1.5kg!", WL)
    P(
        "r7b_412",
        "このヘアオイル、まじで毎日使ってる🫶 #gifted #ヘアケア #ヘアオイル",
        ST,
        gifted=True,
    )
    # look-alikes from the same lists: wording the sources allow
    L(
        "r7b_430",
        "cosmetics",
        "導入美容液",
        "肌を整え、肌にうるおいを与える。角質層まで浸透※。※角質層まで",
        [],
        PERM,
    )
    L(
        "r7b_431",
        "cosmetics",
        "エイジングケア クリーム",
        "エイジングケア※でハリのある肌へ。※年齢に応じたお手入れのこと",
        [],
        PERM,
    )
    L(
        "r7b_432",
        "cosmetics",
        "ヘアマスク",
        "毛髪の水分・油分を補い保ち、髪にツヤを与える。",
        [],
        PERM,
    )
    L(
        "r7b_433",
        "apparel",
        "ガードル",
        "お腹をしっかり押さえて、ウエストラインをすっきり見せる。",
        [],
        PERM,
    )
    L(
        "r7b_434",
        "health_food",
        "マルチビタミン",
        "42種類の栄養素を配合(当社従来品比)。毎日の栄養補給に。",
        [],
        PERM,
    )


def _batch5(L: Row, P: Row, S: Row) -> None:
    """Batch 5, written after batch 4 was tuned: creator posts and live transcripts for the
    beauty families (captions, hashtags, spoken copy), with look-alikes in the same voices.

    First score 5/10 pairs, 2/4 permitted FP. r7b_506 was relabelled WL+BF afterwards (the
    pack's documented convention: slimming on a food is also a body-function claim).
    """
    P(
        "r7b_501",
        "【PR】3日使っただけで肌のキメが別人級に🥺✨ 毛穴がどこにあるかわからないレベル",
        [CS, GU],
        gifted=True,
        listing__category="cosmetics",
    )
    P(
        "r7b_502",
        None,
        [CS, GU],
        transcript=(
            "広告です。はい、皆さんこんばんは〜。今日紹介するのはこの美容液なんですけど、"
            "これ塗って寝たら翌朝シミが薄くなってて本当にびっくりしたの。"
        ),
        gifted=True,
        listing__category="cosmetics",
    )
    P(
        "r7b_503",
        "#PR 美白ケアはこれ一択🤍 日焼けしちゃった肌もすぐ白くなるよ",
        [QD, CS, GU],
        gifted=True,
        listing__category="cosmetics",
        listing__approval="none",
    )
    P(
        "r7b_504",
        "#PR 肌が弱い私でも全然荒れなかった!敏感肌さんでも100%大丈夫なやつ",
        GU,
        gifted=True,
        listing__category="cosmetics",
    )
    P(
        "r7b_505",
        "産後抜け毛がひどかったけど、このシャンプーに変えてから排水口の髪が半分以下に!#PR",
        CS,
        affiliate_link=True,
        listing__category="cosmetics",
    )
    P(
        "r7b_506",
        "毎日これ飲むだけで、気づいたらデニムのサイズが2つダウンしてた🫢 #PR #ダイエット",
        [WL, BF],
        affiliate_link=True,
        listing__category="health_food",
    )
    P(
        "r7b_507",
        "大好きなブランドの新作!今回もお仕事で紹介させてもらってます🙏"
        " テクスチャーがとろけるみたいで最高でした",
        [],
        PERM,
        gifted=True,
        hashtags="#新作コスメ #スキンケア",
    )
    P(
        "r7b_508",
        "【PR】このクリーム、保湿力が高くて翌朝まで肌がしっとり。乾燥による小ジワを目立たなくする(効能評価試験済み)",
        [],
        PERM,
        gifted=True,
        listing__category="cosmetics",
    )
    P(
        "r7b_509",
        "#PR 美白ケアはこれ一択🤍 メラニンの生成を抑え、シミ・そばかすを防ぐ薬用美容液(医薬部外品)",
        [],
        PERM,
        gifted=True,
        listing__category="quasi_drug",
        listing__approval="quasi_drug_approved",
    )
    P(
        "r7b_510",
        "【PR】むくみやすい夕方も脚がすっきり見えるレギンス。着圧でラインがきれい",
        [],
        PERM,
        gifted=True,
        listing__category="apparel",
    )


def _batch6(L: Row, P: Row, S: Row) -> None:
    """Batch 6, written after batch 5 was tuned: rank, rate and ステマ wording in shop-page
    and SNS styles, with the look-alikes a careful shop would write.

    First score 7/8 pairs, 1/5 permitted FP. r7b_620's quasi-drug pair stays missed on
    purpose: 「ホワイトニング」 alone was tried as quasi-drug wording and reverted, because
    the blind batches do not label it so (v11_057) and a permitted row using it loosely
    would become a false positive.
    """
    L(
        "r7b_601",
        "general",
        "【ランキング常連】珪藻土 バスマット",
        "各種ランキングで1位を総なめ!迷ったらこれ。",
        N1,
    )
    L(
        "r7b_602",
        "cosmetics",
        "【3冠】UVミルク SPF50+",
        "美容雑誌のベストコスメ3冠受賞。日やけ止め売上ナンバーワン。",
        N1,
    )
    L(
        "r7b_603",
        "health_food",
        "国産 なたまめ茶",
        "ご愛飲者様の声:リピーター続出、リピート率も驚きの高さです!",
        [],
        PERM,
    )
    L(
        "r7b_604",
        "food",
        "無添加 ドライフルーツ",
        "楽天デイリーランキング(ドライフルーツ部門)1位 ※2025/10/14 集計",
        [],
        PERM,
    )
    L(
        "r7b_605",
        "general",
        "モバイルバッテリー 10000mAh",
        "人気売れ筋1位!ユーザー満足度も脅威の97.1%。",
        N1,
        product_type="mobile_battery",
        pse_mark="round",
    )
    P(
        "r7b_610",
        "紹介したスチーマー、ほんとにお肌ぷるぷるになる〜!みんなも試してね"
        " #スチーマー #美容家電 #おうち美容 #スキンケア #美容好きさんと繋がりたい #案件",
        ST,
        affiliate_link=True,
    )
    P(
        "r7b_611",
        "ステマじゃなくてガチで買ってほしいやつ。このアイシャドウの発色は神",
        ST,
        shop_tag=True,
    )
    P(
        "r7b_612",
        "＼提供：〇〇コスメ様／ 新作アイシャドウの発色を比べてみました",
        [],
        PERM,
        hashtags="#アイシャドウ #新作コスメ #イエベ秋 #ブルベ夏 #メイク #コスメ好き",
        gifted=True,
    )
    P(
        "r7b_613",
        "自分で買ったアイシャドウ、発色が最高!",
        [],
        PERM,
        hashtags="#アイシャドウ #新作コスメ #購入品",
    )
    L(
        "r7b_620",
        "cosmetics",
        "ホワイトニング ボディクリーム",
        "塗るたびにトーンアップ。くすみを払って、肌そのものを白く。",
        [QD, CS],
        approval="none",
    )
    L(
        "r7b_621",
        "cosmetics",
        "薬用成分配合 デオドラントジェル",
        "ワキのニオイを元から防ぐ。汗を抑える。",
        QD,
        approval="none",
    )
    L(
        "r7b_622",
        "cosmetics",
        "トーンアップ UVクリーム",
        "塗った瞬間、肌がワントーン明るく見える(メイクアップ効果)。",
        [],
        PERM,
    )


def _batch7(L: Row, P: Row, S: Row) -> None:
    """Batch 7, written after batch 6 was tuned: features of the face and body a cosmetic
    cannot change (nose, eyelids, lips, warts, moles, posture), in shop-page wording.

    First score 6/10 pairs, 1/4 permitted FP. Three labels were corrected after it as
    writing errors: warts and chapped skin that "heal" are also disease claims (r7b_701,
    r7b_708), and 「ひび・あかぎれを防ぐ」 is quasi-drug wording, not one of the 56, so
    r7b_723 is a quasi-drug violation, not a look-alike.
    """
    L(
        "r7b_701",
        "cosmetics",
        "首元 角質ケア オイル",
        "首まわりのポツポツしたイボがポロッと取れる!",
        [CS, D],
    )
    L(
        "r7b_702",
        "cosmetics",
        "ノーズ 美容液",
        "毎日塗ってマッサージするだけで、鼻筋がすっと通って高い鼻に。",
        CS,
    )
    L(
        "r7b_703",
        "cosmetics",
        "アイリッド セラム",
        "まぶたの脂肪にアプローチして、くっきり二重に。アイプチ卒業!",
        CS,
    )
    L(
        "r7b_704",
        "cosmetics",
        "リッププランパー",
        "唇そのものがふっくら厚くなって、薄い唇が悩みだった方にも。",
        CS,
    )
    L(
        "r7b_705",
        "cosmetics",
        "ほくろ 除去 クリーム",
        "気になるほくろやシミに塗るだけで、かさぶたになって自然にポロリ。",
        CS,
    )
    L(
        "r7b_706",
        "cosmetics",
        "顔筋 マッサージ ジェル",
        "エラの張りがとれて、顔の輪郭がシャープに変わる。",
        CS,
    )
    L(
        "r7b_707",
        "cosmetics",
        "ボディミスト",
        "塗るだけで汗のニオイの原因菌を99%除菌、一日中においません。",
        [QD, GU],
    )
    L(
        "r7b_708",
        "cosmetics",
        "ハンドクリーム",
        "手荒れ・あかぎれが1日で治る。主婦の手荒れを根こそぎ解決。",
        [CS, GU, D],
    )
    # look-alikes: makeup and feel wording for the same features
    L(
        "r7b_720",
        "cosmetics",
        "ノーズシャドウ パウダー",
        "鼻筋をすっと通って見せるシェーディングカラー。",
        [],
        PERM,
    )
    L(
        "r7b_721",
        "cosmetics",
        "リップグロス",
        "唇をふっくら見せるツヤ感(メイクアップ効果)。",
        [],
        PERM,
    )
    L(
        "r7b_722",
        "cosmetics",
        "アイライナー",
        "くっきり二重幅を強調するブラウンライナー。",
        [],
        PERM,
    )
    L(
        "r7b_723",
        "cosmetics",
        "ハンドクリーム",
        "手肌の乾燥を防ぎ、ひび・あかぎれを防ぐ。",
        QD,
        approval="none",
    )


def _batch8(L: Row, P: Row, S: Row) -> None:
    """Batch 8, written after batch 7 was tuned: look-alikes only — wording the sources
    allow, phrased as shops phrase it (56 claims in running text, makeup notes, approved
    quasi-drug lists, sourced ranks, disclosed posts, weight-loss support wording).

    First score: 1 of 16 look-alikes hit (r7b_810: the pack size 「1kg」 at the end of the
    title read together with 「ダイエット中の…」 at the start of the description).
    """
    L(
        "r7b_801",
        "cosmetics",
        "保湿クリーム 敏感肌",
        "皮膚の水分・油分を補い保ち、肌の柔軟性を保ちます。日やけによる肌荒れを防ぐ。",
        [],
        PERM,
    )
    L(
        "r7b_802",
        "cosmetics",
        "メンズ シェービングジェル",
        "ひげを柔らかくしてそりやすくする。ひげそり後の肌を整える。",
        [],
        PERM,
    )
    L(
        "r7b_803",
        "cosmetics",
        "カラーコントロール 下地",
        "赤みやくすみを自然にカバーして、血色感のある明るい肌に見せます(メイクアップ効果による)。",
        [],
        PERM,
    )
    L(
        "r7b_804",
        "cosmetics",
        "白髪隠し スティック",
        "気になる生え際の白髪をさっとカバー。シャンプーで落とせる一時着色料。",
        [],
        PERM,
    )
    L(
        "r7b_805",
        "cosmetics",
        "シェーディング パウダー",
        "フェイスラインにひと塗りで、すっきりとした小顔印象に(メイクアップ効果)。",
        [],
        PERM,
    )
    L(
        "r7b_806",
        "quasi_drug",
        "薬用 ハンドクリーム 医薬部外品",
        "有効成分配合。ひび・あかぎれを防ぐ。手肌の荒れを防ぎ、うるおいを与える。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "r7b_807",
        "quasi_drug",
        "薬用 アクネ 洗顔フォーム 医薬部外品",
        "殺菌成分イソプロピルメチルフェノール配合。ニキビを防ぐ。肌を清浄にする。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "r7b_808",
        "cosmetics",
        "化粧水 ランキング受賞",
        "@cosmeベストコスメアワード2025 化粧水部門 第1位 ※@cosme 2025年12月発表(集計期間:2024年11月〜2025年10月)",
        [],
        PERM,
    )
    L(
        "r7b_809",
        "health_food",
        "青汁 30包",
        "「毎朝の習慣になりました」(40代女性)※個人の感想です。野菜不足が気になる方に。",
        [],
        PERM,
    )
    L(
        "r7b_810",
        "health_food",
        "プロテイン ソイ 1kg",
        "ダイエット中のたんぱく質補給に。適度な運動とバランスのよい食事と組み合わせて。",
        [],
        PERM,
    )
    L(
        "r7b_811",
        "cosmetics",
        "アイクリーム",
        "満足できなかった場合は、ご購入から30日以内なら全額返金いたします(1回目のご購入に限る)。",
        [],
        PERM,
    )
    L(
        "r7b_812",
        "cosmetics",
        "ベビーソープ",
        "アレルギーテスト済み※ ※すべての方にアレルギーが起きないというわけではありません。",
        [],
        PERM,
    )
    P(
        "r7b_813",
        "【PR】〇〇ブランドさんからご提供いただいたリップ💄 色持ちがよくてマスクにつきにくい!"
        " #リップ #新作コスメ #色持ちリップ #マスクメイク #イエベ #ブルベ #コスメ好き",
        [],
        PERM,
        gifted=True,
    )
    P(
        "r7b_814",
        "プロモーションを含みます。\n最近ハマってるボディスクラブ、香りに癒される〜",
        [],
        PERM,
        affiliate_link=True,
        hashtags="#ボディケア #バスタイム #ご褒美 #スクラブ #美容好き",
    )
    L(
        "r7b_815",
        "apparel",
        "ウエストゴム ワイドパンツ",
        "ゆったりシルエットで体型カバー。産後のお腹まわりも気にならない。",
        [],
        PERM,
    )
    L(
        "r7b_816",
        "cosmetics",
        "日焼け止め ミルク",
        "紫外線から肌を守り、日やけ・雪やけによる肌荒れを防ぐ。シミ・ソバカスの原因となる日やけを防ぐ。",
        [],
        PERM,
    )


def _batch9(L: Row, P: Row, S: Row) -> None:
    """Batch 9, written after batch 8 was tuned: guarantee, superlative and speed wording
    (適正広告基準3(5)-(7)) in the idioms of shop pages.

    First score 4/9 pairs, 0/3 permitted FP.
    """
    L(
        "r7b_901",
        "health_food",
        "しじみ オルニチン",
        "効果てきめん!翌日のスッキリ感が違います。",
        GU,
    )
    L("r7b_902", "cosmetics", "毛穴 美容液", "効果絶大と口コミで話題。毛穴の開きにも。", [GU, CS])
    L(
        "r7b_903",
        "health_food",
        "グルコサミン",
        "結果にコミットする本気のサプリ。効き目を約束します。",
        GU,
    )
    L("r7b_904", "cosmetics", "ハリ 美容液", "皮膚科医も驚くほどの効き目。", [GU, EN])
    L(
        "r7b_905",
        "quasi_drug",
        "薬用 育毛剤 医薬部外品",
        "育毛。脱毛の予防。効かない人はいない、と断言できます。",
        GU,
        approval="quasi_drug_approved",
    )
    L("r7b_906", "health_food", "マカ 亜鉛", "飲んだその瞬間からみなぎる!", [GU, BF])
    L(
        "r7b_920",
        "health_food",
        "しじみ オルニチン",
        "毎日の健康維持に。おいしいしじみのお味噌汁にも。",
        [],
        PERM,
    )
    L(
        "r7b_921",
        "cosmetics",
        "毛穴 美容液",
        "毛穴の汚れを落とし、肌を引き締めます。使い心地に自信あり。",
        [],
        PERM,
    )
    L(
        "r7b_922",
        "health_food",
        "グルコサミン",
        "品質にこだわり、国内工場で製造。安心してお召し上がりいただけます。",
        [],
        PERM,
    )


def _batch10(L: Row, P: Row, S: Row) -> None:
    """Batch 10, written after batch 9 was tuned: rank claims with the footnotes real
    shops print (market-report sources with a sales basis, store rankings with a date),
    and the same claims with a part of the footnote missing.

    First score 3/3 violations, 1/3 look-alikes hit (r7b_1001: a sales basis such as
    「小売販売金額ベース」 was not read as the survey's population).
    """
    L(
        "r7b_1001",
        "cosmetics",
        "オールインワンジェル 売上世界No.1",
        "※ユーロモニター調べ 2024年 オールインワンジェル 小売販売金額ベース",
        [],
        PERM,
    )
    L(
        "r7b_1002",
        "health_food",
        "青汁 国内シェアNo.1",
        "※富士経済調べ 2025年版 国内青汁市場 販売金額シェア",
        [],
        PERM,
    )
    L(
        "r7b_1003",
        "general",
        "枕 楽天1位",
        "楽天市場 枕カテゴリ デイリーランキング1位獲得(2025年8月12日)",
        [],
        PERM,
    )
    L("r7b_1004", "cosmetics", "化粧水 売上No.1", "※当社調べ", N1)
    L("r7b_1005", "general", "枕 楽天1位", "楽天ランキング1位獲得の人気枕!", N1)
    L("r7b_1006", "health_food", "青汁 満足度97%", "※2025年 自社アンケートより", N1)


def _batch11(L: Row, P: Row, S: Row) -> None:
    """Batch 11, written after batch 10 was tuned: quasi-drug wording on products without
    the approval, and approved quasi-drugs going beyond it, in shop-page wording.

    First score 6/7 pairs, 1/3 look-alikes hit. r7b_1122 was relabelled afterwards as a
    writing error: 「制汗」 in a cosmetic's title is quasi-drug efficacy wording, so the row
    is a quasi-drug violation, not a look-alike.
    """
    L(
        "r7b_1101",
        "cosmetics",
        "育毛 シャンプー ノンシリコン",
        "毎日のシャンプーで育毛ケア。ハリコシのある髪へ。",
        QD,
        approval="none",
    )
    L(
        "r7b_1102",
        "cosmetics",
        "ニキビ 美容液",
        "抗炎症成分配合で、繰り返すニキビを予防。",
        QD,
        approval="none",
    )
    L(
        "r7b_1103",
        "cosmetics",
        "ハイドロキノン クリーム",
        "医薬部外品と同等の美白成分を配合したクリーム。",
        QD,
        approval="none",
    )
    L(
        "r7b_1104",
        "general",
        "デオドラント シート 30枚",
        "制汗成分配合。ふくだけでワキ汗をブロック。",
        QD,
        approval="none",
    )
    P(
        "r7b_1105",
        "#PR このクリームでシワ改善ケア始めました✨ ナイアシンアミドすごい",
        QD,
        gifted=True,
        listing__category="cosmetics",
        listing__approval="none",
    )
    L(
        "r7b_1106",
        "quasi_drug",
        "薬用 育毛トニック 医薬部外品",
        "育毛、脱毛の予防。1ヶ月で髪がフサフサになりました!",
        QD,
        approval="quasi_drug_approved",
    )
    L(
        "r7b_1107",
        "quasi_drug",
        "薬用 美白クリーム 医薬部外品",
        "メラニンの生成を抑え、シミ・そばかすを防ぐ。濃いシミもどんどん薄くなって透明肌に。",
        QD,
        approval="quasi_drug_approved",
    )
    L(
        "r7b_1120",
        "quasi_drug",
        "薬用 育毛シャンプー 医薬部外品",
        "ふけ・かゆみを防ぐ。頭皮を清浄にし、毛髪・頭皮をすこやかに保つ。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "r7b_1121",
        "cosmetics",
        "UV美容液 SPF30",
        "日やけを防ぐ。日やけによるシミ・ソバカスを防ぐ。肌にうるおいを与える。",
        [],
        PERM,
        approval="none",
    )
    L(
        "r7b_1122",
        "general",
        "制汗 シート 化粧品",
        "汗をふきとり、肌をさらさらに整える。せっけんの香り。",
        QD,
        approval="none",
    )


def _round8(L: Row, P: Row, S: Row) -> None:
    """Round 8, written after holdout12 was scored (its false positives and misses read
    only for their class): how resale shops word authenticity guarantees (偽物 negated or
    conditional is not a copy term), sales-record figures (累計販売数…突破) without source
    and period, a profession's percentage recommending, calorie "cancelling" and the
    pot-belly farewell, hair, nails or damaged hair "remade", and an approved hair tonic
    promising new hair.

    First score: see docs/pack-jp.md (round 8).
    """
    CF = "counterfeit"
    # ---- counterfeit: resale shops' authenticity wording (permitted look-alikes)
    for rid, title, desc in [
        (
            "r8b_001",
            "【中古】グッチ GGマーモント ショルダーバッグ",
            "■状態:Aランク\n■正規品保証。万が一偽物と判明した場合は代金を全額返金いたします。",
        ),
        (
            "r8b_002",
            "【USED】エルメス スカーフ カレ90",
            "当店は偽物・コピー品は一切取り扱っておりません。全品鑑定士による真贋鑑定済みです。",
        ),
        (
            "r8b_003",
            "シャネル マトラッセ チェーンウォレット 国内正規店購入",
            "コピー品ではございません。購入時のレシート・ギャランティカードをお付けします。",
        ),
        (
            "r8b_004",
            "【中古】ロレックス サブマリーナ 鑑定書付き",
            "本物保証。偽物の心配はありません。もし偽物であれば返品・返金に応じます。",
        ),
        (
            "r8b_005",
            "プラダ サフィアーノ 長財布 【本物保証】",
            "偽造品を販売することは一切ありません。ご安心ください。",
        ),
    ]:
        L(rid, "apparel", title, desc, [], PERM, price=128000)
    # ---- counterfeit: self-declared copies, even next to a reassurance
    L(
        "r8b_010",
        "apparel",
        "ブランド風 長財布 スーパーコピー",
        "本物と見分けがつかない仕上がり",
        CF,
        price=6800,
    )
    L(
        "r8b_011",
        "apparel",
        "人気 ショルダーバッグ",
        "偽物ですが品質は本物同様です。返品不可。",
        CF,
        price=9800,
    )
    # ---- sales records without source and period (N1)
    L("r8b_020", "health_food", "黒にんにく 卵黄", "シリーズ累計出荷本数3,000万本突破!", N1)
    L("r8b_021", "cosmetics", "泡洗顔 150ml", "発売以来、累計販売数500万個を達成した定番洗顔。", N1)
    L(
        "r8b_022",
        "cosmetics",
        "泡洗顔 150ml 累計販売数500万個突破",
        "※2015年4月〜2025年3月 自社出荷実績",
        [],
        PERM,
    )
    L("r8b_023", "food", "ほうじ茶 ティーバッグ", "発売から20年、変わらない製法で焙煎しています。")
    # ---- a profession's percentage recommending: 適正広告基準10 forbids the recommendation
    # whatever its footnote, so it is pmd_endorsement only (the convention of e08, i52 and
    # v10_102; holdout12's v12_094 also labels keihyo_no1)
    L(
        "r8b_030", "cosmetics", "頭皮クレンジング 200ml", "美容師の92%がすすめたいと回答!", [EN, N1]
    )  # relabelled in round 11: a profession's recommendation rate without a source is also keihyo_no1 (lead's decision)
    L(
        "r8b_031", "cosmetics", "保湿クリーム", "皮膚科医の9割が推奨する保湿クリーム", [EN, N1]
    )  # relabelled in round 11: a profession's recommendation rate without a source is also keihyo_no1 (lead's decision)
    # ---- weight loss: calories cancelled, the pot belly bid farewell (WL)
    L(
        "r8b_040",
        "health_food",
        "カロリー カット サプリ",
        "揚げ物も甘いものも、食べた分のカロリーは帳消しに。",
        [WL, BF],
    )
    L("r8b_041", "food", "ごぼう茶 30包", "毎日の一杯でぽっこりお腹にさよなら。", [WL, BF])
    L(
        "r8b_042",
        "apparel",
        "ハイウエスト ワンピース",
        "ぽっこりお腹をカバーするゆったりシルエット。",
        [],
        PERM,
    )
    # ---- cosmetics: hair, nails, damaged hair remade (CS)
    L(
        "r8b_050",
        "cosmetics",
        "スカルプエッセンス",
        "細くなった髪が、コシのある太い髪に生え変わる。",
        CS,
        approval="none",
    )
    L(
        "r8b_051",
        "cosmetics",
        "ネイルオイル",
        "薄くて割れやすい爪を、厚く丈夫な爪に育てます。",
        CS,
        approval="none",
    )
    L(
        "r8b_052",
        "cosmetics",
        "ヘアトリートメント",
        "ブリーチで傷んだ髪も必ず蘇る。",
        [CS, GU],
        approval="none",
    )
    L(
        "r8b_053",
        "cosmetics",
        "ネイル ベースコート",
        "爪を保護し、割れ・欠けを防ぎます。(コーティングによる)",
        [],
        PERM,
        approval="none",
    )
    # ---- approved hair tonic promising new hair (QD)
    L(
        "r8b_060",
        "quasi_drug",
        "薬用 育毛トニック 医薬部外品",
        "育毛、発毛促進。生え際から新しい毛が続々と生えてきます。",
        QD,
        approval="quasi_drug_approved",
    )
    L(
        "r8b_061",
        "quasi_drug",
        "薬用 育毛トニック 医薬部外品",
        "育毛、薄毛、かゆみ、脱毛の予防、発毛促進、ふけ、病後・産後の脱毛、養毛。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    # ---- speed: results by the next morning or overnight; 「どんどん」 is "more and more",
    # not "fast"; a feel the next morning is a feel in use
    L(
        "r8b_070",
        "cosmetics",
        "鎮静ジェル 50g",
        "赤く腫れた肌荒れも一晩でしずまる。",
        [CS, GU],
        approval="none",
    )
    L("r8b_071", "health_food", "しじみ オルニチン", "飲み過ぎた翌朝にはケロッと元気。", [BF, GU])
    L(
        "r8b_072",
        "cosmetics",
        "泡洗顔 150g",
        "ネットなしでもどんどん泡立つ。肌を清浄にする。",
        [],
        PERM,
    )
    P(
        "r8b_073",
        "#PR 寝る前の夜パック、翌朝のしっとり感が続いてうれしい",
        [],
        PERM,
        gifted=True,
        listing__category="cosmetics",
    )
    L(
        "r8b_074",
        "cosmetics",
        "美容液 30ml",
        "たちまち目元のシワが目立たなくなる。",
        [CS, GU],
        approval="none",
    )


def _round9(L: Row, P: Row, S: Row) -> None:
    """Round 9, written after holdout13 was scored (its false positives read only for their
    class): label notes that name a claim to deny it (「…効果をうたうものではありません」) or a
    disease to warn (「湿疹等の異常があるときは…」), a named award with its period
    (「「VOCE」2025年下半期ベストコスメ 第1位」), and a hair dye's approved 染毛 wording.

    First score: see docs/pack-jp.md (round 9).
    """
    # ---- negated claims and cautions on a cosmetic (permitted look-alikes first)
    L(
        "r9b_001",
        "cosmetics",
        "スカルプエッセンス 120ml",
        _j("■頭皮にうるおいを与える。", "※化粧品のため、発毛・育毛効果はありません。"),
        [],
        PERM,
        approval="none",
    )
    L(
        "r9b_002",
        "cosmetics",
        "ホワイト クリーム 50g",
        _j("■肌にハリを与える。", "※本品は化粧品です。美白効果を標榜するものではありません。"),
        [],
        PERM,
        approval="none",
    )
    L(
        "r9b_003",
        "cosmetics",
        "ボディローション 300ml",
        _j(
            "■皮膚をすこやかに保つ。",
            "■傷やかぶれ等の異常がある部位にはお使いにならないでください。",
        ),
        [],
        PERM,
        approval="none",
    )
    # a claim just before the note still counts
    L(
        "r9b_004",
        "cosmetics",
        "スカルプトニック 150ml",
        "使い続けると抜け毛が減る!※育毛効果をうたうものではありません",
        CS,
        approval="none",
    )
    L(
        "r9b_005",
        "cosmetics",
        "ヘアエッセンス 100ml",
        "育毛ケアの新習慣。※個人の感想です",
        [CS, QD],
        approval="none",
    )
    # ---- a named award with its period is sourced; a bare award rank is not
    L(
        "r9b_006",
        "cosmetics",
        "リキッドアイライナー ブラック",
        "「VOCE」2025年下半期ベストコスメ アイライナー部門 第1位を受賞しました。",
        [],
        PERM,
    )
    L(
        "r9b_007",
        "cosmetics",
        "UVミルク SPF50+",
        "@cosmeベストコスメアワード2024 日焼け止め部門 第1位。紫外線を防ぐ。",
        [],
        PERM,
    )
    L(
        "r9b_008",
        "cosmetics",
        "クレンジングバーム 90g",
        "ベストコスメ1位!メイクも毛穴汚れもするんと落とす。",
        N1,
    )
    L(
        "r9b_009",
        "cosmetics",
        "化粧水 200ml",
        "2025年ベストコスメ受賞。さらに顧客満足度No.1!",
        N1,
    )
    # ---- a hair dye colouring grey hair is within its approval; beyond it is not
    L(
        "r9b_010",
        "quasi_drug",
        "【医薬部外品】白髪用 ヘアカラー ナチュラルブラウン",
        _j("■効能・効果:染毛", "■白髪もしっかり染まり、効果が長持ち。"),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "r9b_011",
        "quasi_drug",
        "【医薬部外品】白髪染め ヘアカラー",
        "使うほど白髪が黒髪に戻る。",
        QD,
        approval="quasi_drug_approved",
    )
    L(
        "r9b_012",
        "cosmetics",
        "カラートリートメント 白髪用",
        "白髪を自然にぼかして目立たなくみせる。毛髪にツヤを与える。",
        [],
        PERM,
        approval="none",
    )
    # ---- permanence promised is a guaranteed result (look-alikes: a warranty, a long wear)
    L(
        "r9b_013",
        "quasi_drug",
        "薬用 デオドラントクリーム 医薬部外品",
        "ワキのニオイが一生治る!",
        [GU, QD],
        approval="quasi_drug_approved",
    )
    L(
        "r9b_014",
        "general",
        "家庭用 美顔脱毛器 IPL",
        "照射を続ければムダ毛は二度と生えてこない。",
        [BF, GU],
        product_type="beauty_device",
        pse_mark="round",
    )
    L(
        "r9b_015",
        "general",
        "家庭用 光美容器 IPL",
        "ムダ毛ケアに。本体保証1年、カートリッジは交換式で長く使えます。",
        [],
        PERM,
        product_type="beauty_device",
        pse_mark="round",
    )
    L(
        "r9b_016",
        "cosmetics",
        "ウォータープルーフ マスカラ",
        "汗・涙・皮脂に強く、一日中にじまない。お湯で落とせる。",
        [],
        PERM,
        approval="none",
    )
    # ---- body hair thinned, an odour's cause cut off: beyond a cosmetic
    L(
        "r9b_017",
        "cosmetics",
        "ボディミルク メンズ 200ml",
        "塗るたびにすね毛がだんだん細くなる。",
        CS,
        approval="none",
    )
    L(
        "r9b_018",
        "cosmetics",
        "デオドラントボディソープ 450ml",
        "汗のニオイの原因菌をしっかり殺菌。",
        [CS, QD],
        approval="none",
    )
    L(
        "r9b_019",
        "cosmetics",
        "シェービングジェル 200g",
        "ひげを剃りやすくする。カミソリ負けを防ぐ。",
        [],
        PERM,
        approval="none",
    )
    L(
        "r9b_020",
        "cosmetics",
        "ボディソープ 加齢臭 400ml",
        "皮膚を清浄にする。柿渋エキス配合、さっぱりとした洗い上がり。",
        [],
        PERM,
        approval="none",
    )
