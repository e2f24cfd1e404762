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
