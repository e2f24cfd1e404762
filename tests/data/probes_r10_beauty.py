"""Round 10 probe rows (beauty): written from the sources' classes before the pack was tuned on them.

Round 10 (fourth session) aims at false positives on permitted wording in copy the pack
has never seen. Each probe batch is first scored as written (the first score is noted in a
comment above the batch and in docs/pack-jp.md), then the pack is generalised by class,
not by row. Rows are added with the row constructors of ``build_jp_ads_eval.py``
(split ``tune``).

Classes (round 10, beauty), each written from what a real compliant listing page carries
around risky words: a cosmetic's 56-claim wording with its usage directions, 使用上の注意
and 全成分表示; approved quasi-drugs' own efficacy lists (薬用入浴剤's list of conditions,
育毛剤, デオドラント, 歯みがき); hair and oral care (染毛料, ウィッグ, ブラッシングによる
claims); No.1, rates and sales records with their source; disclosed PR posts in the
disclosure forms creators actually use; shop boilerplate (正規品保証, 返品, 配送); goods of
the pack's product-safety families carrying their marks and statements. The violations
are the same classes stated beyond what is permitted.
"""

from __future__ import annotations

from collections.abc import Callable

from holdout_jp_ads import AC, BF, CS, DO, DP, EN, GU, N1, PERM, QD, ST, TK, WL, D  # noqa: F401

Row = Callable[..., None]

ALC, KN, CF, PSE = "alcohol", "knife", "counterfeit", "pse"

_CAUTION = (
    "【使用上の注意】お肌に異常が生じていないかよく注意して使用してください。"
    "お肌に合わないとき、使用中に赤み、はれ、かゆみ、刺激、色抜け(白斑等)や黒ずみ等の"
    "異常があらわれた場合は使用を中止し、皮膚科専門医等にご相談ください。"
    "傷やはれもの、湿疹等、異常のある部位にはお使いにならないでください。"
)


def _j(*parts: str) -> str:
    """Join description blocks with newlines, as sellers paste them into the form."""
    return "\n".join(parts)


def add_probes_r10_beauty(L: Row, P: Row, S: Row) -> None:
    """Round 10 (beauty) probes."""
    # First score, as written (2026-11-27, before any tuning on this batch):
    #   violations: 30 of 32 row x family pairs hit (r10b_203 quasi-drug 「消し去ります」,
    #   r10b_207 「誰でも必ずマイナス10歳肌に」 missed as guarantees); permitted: 4 of 66
    #   rows flagged (r10b_010 a FAQ denying that a cosmetic removes シミ, r10b_043 floss
    #   「歯科医院でも使われている」, r10b_056 a marketplace ranking dated 「時点」, r10b_069
    #   「Paid partnership with」 at the head of a post); on violation rows two unexpected
    #   pmd_cosmetic_scope hits on makeup wording in posts (r10b_214 「毛穴落ちなし」,
    #   r10b_216 「まぶたにぴたっと密着」), and two rows labelled short of the settled
    #   conventions (r10b_200 「みるみる」 is a speed claim; r10b_204's 「メラニンの生成を抑え」
    #   on an unapproved cosmetic is beyond the 56 as well) -- relabelled after scoring.
    # ------------------------------------------ A. compliant cosmetics: 56 claims in context
    L(
        "r10b_001",
        "cosmetics",
        "保湿化粧水 200ml 乾燥肌用",
        _j(
            "肌にうるおいを与え、キメを整えます。",
            "【使い方】洗顔後、適量を手のひらにとり、顔全体にやさしくなじませてください。",
            _CAUTION,
        ),
        [],
        PERM,
    )
    L(
        "r10b_002",
        "cosmetics",
        "ビタミンC誘導体 美容液 30ml",
        _j(
            "【全成分】水、BG、グリセリン、3-O-エチルアスコルビン酸、ナイアシンアミド、"
            "セラミドNP、ヒアルロン酸Na、パルミチン酸レチノール、トコフェロール、フェノキシエタノール",
            "【保管方法】直射日光・高温多湿を避け、乳幼児の手の届かない場所に保管してください。",
        ),
        [],
        PERM,
    )
    L(
        "r10b_003",
        "cosmetics",
        "UVミルク SPF50+ PA++++ 60ml",
        _j(
            "日やけによるシミ・ソバカスを防ぐ。紫外線から肌を守る。",
            "汗・水に強いウォータープルーフ。石けんで落とせます。",
            "こまめに塗り直すと、より効果的です。",
        ),
        [],
        PERM,
    )
    L(
        "r10b_004",
        "cosmetics",
        "クレンジングバーム 90g",
        "メイクも毛穴の汚れもすっきり落とす。濡れた手でも使えて、W洗顔不要。",
        [],
        PERM,
    )
    L(
        "r10b_005",
        "cosmetics",
        "カバー力 リキッドファンデーション 30ml",
        "シミ・そばかす・くすみをしっかりカバーして、均一で明るい肌に見せます(メイクアップ効果による)。",
        [],
        PERM,
    )
    L(
        "r10b_006",
        "cosmetics",
        "薬用ではないリップバーム",
        "口唇の荒れを防ぐ。唇にうるおいを与え、乾燥から守ります。",
        [],
        PERM,
    )
    L(
        "r10b_007",
        "cosmetics",
        "エイジングケア アイクリーム 15g",
        _j(
            "乾燥による小ジワを目立たなくする※1。エイジングケア※2。",
            "※1 効能評価試験済み ※2 年齢に応じたお手入れのこと",
        ),
        [],
        PERM,
    )
    L(
        "r10b_008",
        "cosmetics",
        "泡洗顔フォーム 150ml",
        "洗浄によりニキビ、アセモを防ぐ。皮脂汚れを落としてさっぱり洗い上げます。",
        [],
        PERM,
    )
    L(
        "r10b_009",
        "cosmetics",
        "レチノール配合 ナイトクリーム",
        _j(
            "整肌成分としてレチノール(ビタミンA誘導体)を配合。",
            "肌にハリを与え、なめらかに整えます。",
            "初めてお使いの際は、腕の内側などでパッチテストをしてからご使用ください。",
        ),
        [],
        PERM,
    )
    L(
        "r10b_010",
        "cosmetics",
        "美容液 よくあるご質問",
        _j(
            "Q. シミは消えますか?",
            "A. 本品は化粧品のため、できてしまったシミを消す効果はありません。"
            "日やけによるシミ・ソバカスを防ぐ目的でお使いください。",
        ),
        [],
        PERM,
    )
    L(
        "r10b_011",
        "cosmetics",
        "敏感肌用 保湿クリーム",
        "アレルギーテスト済み※ ※すべての方にアレルギーが起こらないというわけではありません。",
        [],
        PERM,
    )
    L(
        "r10b_012",
        "cosmetics",
        "ボディスクラブ 300g",
        "古い角質を取り除き、なめらかな肌へ。週1〜2回、入浴時に濡れた肌にマッサージするようになじませ、洗い流してください。",
        [],
        PERM,
    )
    L(
        "r10b_013",
        "cosmetics",
        "オーガニック フェイスオイル",
        "原料のアルガンオイルはモロッコ南西部の女性協同組合が手搾りしたもの。肌をすこやかに保ち、柔軟にします。",
        [],
        PERM,
    )
    L(
        "r10b_014",
        "cosmetics",
        "拭き取り化粧水 ピーリング",
        "毛穴の汚れや古い角質をやさしく拭き取り、すっきりとした肌に整えます。※角質層まで",
        [],
        PERM,
    )
    L(
        "r10b_015",
        "cosmetics",
        "コンシーラー 2色パレット",
        "クマやニキビ跡の色ムラを自然にカバー。気になる部分を目立たなく見せます。",
        [],
        PERM,
    )
    L(
        "r10b_016",
        "cosmetics",
        "シートマスク 30枚入",
        "1枚にたっぷり美容液30ml。肌を引き締め、キメを整えます。使用時間の目安は10分です。",
        [],
        PERM,
    )
    # ----------------------------------------------- B. approved quasi-drugs, own wording
    L(
        "r10b_020",
        "quasi_drug",
        "薬用美白美容液 医薬部外品 30ml",
        _j(
            "メラニンの生成を抑え、シミ・ソバカスを防ぐ。",
            "有効成分:トラネキサム酸、グリチルリチン酸ジカリウム",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "r10b_021",
        "quasi_drug",
        "薬用育毛トニック 医薬部外品 180ml",
        _j(
            "【効能・効果】育毛、薄毛、かゆみ、脱毛の予防、発毛促進、ふけ、病後・産後の脱毛、養毛",
            "【使用方法】1日2回、適量を頭皮にふりかけ、指の腹でよくマッサージしてください。",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "r10b_022",
        "quasi_drug",
        "薬用デオドラントスティック 医薬部外品",
        "わきが(腋臭)・皮ふ汗臭・制汗。有効成分:イソプロピルメチルフェノール、焼ミョウバン",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "r10b_023",
        "quasi_drug",
        "薬用アクネジェル 医薬部外品",
        "肌荒れ・ニキビを防ぐ。有効成分:グリチルリチン酸ジカリウム。油分控えめのジェルで、べたつきません。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "r10b_024",
        "quasi_drug",
        "薬用入浴剤 ゆずの香り 30錠",
        _j(
            "【効能・効果】疲労回復、肩のこり、腰痛、冷え症、神経痛、リウマチ、あせも、しっしん、"
            "にきび、ひび、あかぎれ、しもやけ、痔、うちみ、くじき、産前産後の冷え症",
            "【使用方法】お湯150〜200Lに1錠を入れてよく溶かしてからご入浴ください。",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "r10b_025",
        "quasi_drug",
        "薬用スカルプシャンプー 医薬部外品",
        "ふけ・かゆみを防ぐ。頭皮・毛髪を清浄にする。有効成分:ピロクトンオラミン",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "r10b_026",
        "quasi_drug",
        "薬用ハミガキ 歯周ケア 医薬部外品 100g",
        _j(
            "歯肉炎の予防。歯周炎(歯槽膿漏)の予防。口臭の防止。むし歯の発生及び進行の予防。",
            "有効成分:フッ化ナトリウム(フッ素1450ppm)、β-グリチルレチン酸",
            "6歳未満の子供への使用は避けてください。",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "r10b_027",
        "quasi_drug",
        "薬用リップクリーム 医薬部外品",
        "くちびるの荒れ・乾燥を防ぐ。口唇のひびわれ・ただれを防ぐ。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "r10b_028",
        "quasi_drug",
        "薬用ホワイトニング 化粧水 医薬部外品",
        _j(
            "メラニンの生成を抑え、シミ・ソバカスを防ぐ※。肌あれを防ぐ。",
            "※美白とは、メラニンの生成を抑え、シミ・ソバカスを防ぐことです。",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    # ---------------------------------------------------------------------- C. hair care
    L(
        "r10b_030",
        "cosmetics",
        "アミノ酸シャンプー 400ml",
        "フケ・カユミを抑える。毛髪にハリ・コシを与え、指通りのよいしなやかな髪に。",
        [],
        PERM,
    )
    L(
        "r10b_031",
        "quasi_drug",
        "白髪染め ヘアカラー 医薬部外品 ナチュラルブラウン",
        _j(
            "白髪をしっかり染めます。",
            "ご使用の際は使用説明書をよく読んで正しくお使いください。"
            "ヘアカラーでかぶれたことのある方には絶対に使用しないでください。"
            "染毛の48時間前には毎回必ず皮膚アレルギー試験(パッチテスト)をしてください。",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "r10b_032",
        "cosmetics",
        "ダメージケア ヘアトリートメント",
        "毛髪補修成分※配合で、枝毛・切れ毛を防ぐ。※加水分解ケラチン(毛髪保護成分)",
        [],
        PERM,
    )
    L(
        "r10b_033",
        "cosmetics",
        "洗い流さないヘアオイル 100ml",
        "ドライヤーの熱から髪を守り、広がりを抑えてまとまりのある髪に。",
        [],
        PERM,
    )
    L(
        "r10b_034",
        "general",
        "シリコン 頭皮ブラシ",
        "シャンプーの泡立ちを助け、頭皮の皮脂汚れをすっきり洗えるブラシ。水切れがよく衛生的。",
        [],
        PERM,
    )
    L(
        "r10b_035",
        "apparel",
        "部分ウィッグ 人毛 トップピース",
        "分け目や頭頂部のボリュームが気になる方に。地毛になじむ人毛100%で、ピンで留めるだけ。",
        [],
        PERM,
    )
    L(
        "r10b_036",
        "cosmetics",
        "カラートリートメント 白髪用 200g",
        "使うたびに白髪を少しずつ染める染毛料です。シャンプー後、乾いた髪に塗布して10分おいてから洗い流してください。",
        [],
        PERM,
    )
    L(
        "r10b_037",
        "cosmetics",
        "ヘアミルク 寝ぐせ直し",
        "髪型を整え、保持する。毛髪の帯電を防止し、静電気による広がりを抑えます。",
        [],
        PERM,
    )
    # --------------------------------------------------------------------- D. oral care
    L(
        "r10b_040",
        "cosmetics",
        "ホワイトニング 歯みがき粉 90g",
        "ブラッシングにより、歯を白くする。歯垢を除去する。口臭を防ぐ。ステインを落として歯本来の白さへ。",
        [],
        PERM,
    )
    L(
        "r10b_041",
        "general",
        "音波式 電動歯ブラシ 2分タイマー付",
        "毎分31,000回の音波振動で歯垢を除去。歯ぐきに強く当たりすぎると知らせる圧力センサー付き。",
        [],
        PERM,
        product_type="electric_toothbrush",
        pse_mark="round",
    )
    L(
        "r10b_042",
        "cosmetics",
        "マウスウォッシュ ノンアルコール 500ml",
        "口中を浄化する。口臭を防ぐ。10〜20mlを口に含み、20秒ほどすすいでから吐き出してください。",
        [],
        PERM,
    )
    L(
        "r10b_043",
        "general",
        "デンタルフロス ワックス付 50m",
        "歯ブラシだけでは届きにくい歯間の歯垢をかき出します。歯科医院でも使われている定番の太さ。",
        [],
        PERM,
    )
    L(
        "r10b_044",
        "cosmetics",
        "子供用 歯みがきジェル いちご味",
        "ムシ歯を防ぐ(ブラッシングによる)。飲み込んでも安心な成分で作りました。",
        [],
        PERM,
    )
    # ------------------------------------------------------- E. No.1 and rates with a source
    L(
        "r10b_050",
        "cosmetics",
        "ヘアオイル 100ml",
        "楽天市場 ヘアオイルランキング 第1位獲得※ ※2026年6月10日 デイリーランキング(ヘアケア>スタイリング剤)",
        [],
        PERM,
    )
    L(
        "r10b_051",
        "cosmetics",
        "保湿化粧水 ボトル",
        "売上No.1※ ※株式会社インテージ SRI+ 化粧水市場 2025年1月〜12月 販売金額",
        [],
        PERM,
    )
    L(
        "r10b_052",
        "cosmetics",
        "エイジングケア 美容液",
        _j(
            "使用者満足度No.1※",
            "※2026年3月 〇〇リサーチ調べ。本品を3ヶ月以上使用した30〜50代女性500名を対象とした"
            "使用実感アンケート(同価格帯の美容液5品との比較)",
        ),
        [],
        PERM,
    )
    L(
        "r10b_053",
        "cosmetics",
        "化粧水 ベストコスメ受賞",
        "@cosme ベストコスメアワード2025 化粧水部門 第1位 受賞。",
        [],
        PERM,
    )
    L(
        "r10b_054",
        "cosmetics",
        "クレンジングオイル 200ml",
        "シリーズ累計300万本突破※ ※2019年4月〜2026年3月 自社出荷実績",
        [],
        PERM,
    )
    L(
        "r10b_055",
        "cosmetics",
        "オールインワンゲル",
        "満足度93%※ ※2026年2月 自社調べ。定期購入者412名へのWebアンケート(回答者288名)",
        [],
        PERM,
    )
    L(
        "r10b_056",
        "general",
        "電動歯ブラシ 替えブラシ 4本",
        "Amazon 電動歯ブラシ替えブラシ 売れ筋ランキング1位(2026年8月1日時点)",
        [],
        PERM,
    )
    # ------------------------------------------------------------- F. disclosed PR posts
    P(
        "r10b_060",
        "【PR】〇〇さんからいただいた新作リップ💄 発色がきれいで、一日中うるおいが続くのが嬉しい",
        [],
        PERM,
        gifted=True,
    )
    P(
        "r10b_061",
        "サロン帰りみたいなツヤ髪になれるヘアオイル、香りもふんわり優しくてお気に入り",
        [],
        PERM,
        hashtags="#PR #ヘアオイル #サロン専売 #ツヤ髪",
        gifted=True,
    )
    P(
        "r10b_062",
        "広告|新しい日焼け止めを1ヶ月使ってみました。白浮きしなくて、石けんで落ちるのが楽。",
        [],
        PERM,
        affiliate_link=True,
    )
    P(
        "r10b_063",
        "※本投稿はプロモーションを含みます。この化粧水、とろみがあるのにべたつかなくて朝も使いやすい。",
        [],
        PERM,
        affiliate_link=True,
    )
    P(
        "r10b_064",
        "【提供:〇〇化粧品】新作の美容液を2週間お試し中。香りが控えめで、重ねづけしても重くならない。",
        [],
        PERM,
        gifted=True,
    )
    P(
        "r10b_065",
        "〇〇とのタイアップ投稿です🌿 オーガニックのボディソープ、泡立ちがよくて肌がつっぱらない",
        [],
        PERM,
        shop_tag=True,
    )
    P(
        "r10b_066",
        "自分で買ったシャンプーのレビュー。もう3本目のリピ。泡立ちがよくて、きしまないのが好き。",
        [],
        PERM,
    )
    P(
        "r10b_067",
        _j(
            "#PR 〇〇様より商品提供いただきました",
            "毎日のスキンケアを見直したくて、化粧水・乳液・クリームのライン使いを1ヶ月続けてみました。"
            "化粧水はさらっとしたテクスチャーで、肌なじみがとても早いです。乳液はこっくりしているのに"
            "べたつかず、朝のメイク前にも使いやすい。クリームは夜だけ。香りは控えめなハーブ系。",
        ),
        [],
        PERM,
        gifted=True,
        hashtags="#スキンケア #化粧水 #乳液 #保湿 #乾燥肌 #コスメ好き #ライン使い",
    )
    P(
        "r10b_068",
        "この投稿は〇〇株式会社から商品提供を受けて作成しています。スティック型のファンデ、持ち歩きに便利。",
        [],
        PERM,
        gifted=True,
    )
    P(
        "r10b_069",
        "Paid partnership with 〇〇 / 乾燥する季節の保湿ルーティンを紹介します",
        [],
        PERM,
        affiliate_link=True,
    )
    P(
        "r10b_070",
        "ad 〇〇のクッションファンデ✨ 薄づきなのにカバー力あって、マスクにつきにくい",
        [],
        PERM,
        affiliate_link=True,
    )
    # ------------------------------------------------------- G. seller copy, boilerplate
    L(
        "r10b_080",
        "cosmetics",
        "【正規品】ブランド 美容液 50ml",
        _j(
            "当店の商品はすべて国内正規代理店より仕入れた正規品です。",
            "万が一、偽物・模倣品であった場合は全額返金いたします。",
        ),
        [],
        PERM,
    )
    L(
        "r10b_081",
        "cosmetics",
        "化粧水 返品・交換について",
        "開封済み・使用済みの化粧品は返品をお受けできません。お肌に合わない場合の返金保証はございませんので、サンプルでお試しください。",
        [],
        PERM,
    )
    L(
        "r10b_082",
        "cosmetics",
        "美容液 配送について",
        "平日14時までのご注文で即日発送。最短翌日お届け。ポスト投函のため日時指定はできません。",
        [],
        PERM,
    )
    L(
        "r10b_083",
        "cosmetics",
        "ボディミルク 大容量",
        "たっぷり使える500ml。詰め替え用パウチもございます。当店通常品の2倍の容量です。",
        [],
        PERM,
    )
    L(
        "r10b_084",
        "cosmetics",
        "化粧水 パッケージについて",
        "予告なくパッケージが変更になる場合がございます。中身は同じですので、ご安心ください。",
        [],
        PERM,
    )
    L(
        "r10b_085",
        "apparel",
        "中古 レザー トートバッグ 鑑定済み",
        "専門の鑑定士による真贋鑑定済みの中古品です。スレや使用感があります。",
        [],
        PERM,
        brand="LOUIS VUITTON",
    )
    # --------------------------------------------- H. product-safety goods with their marks
    L(
        "r10b_090",
        "knife",
        "三徳包丁 刃渡り17cm 両刃",
        "ステンレス鋼。肉・魚・野菜に使える万能包丁。両刃なので左右どちらの手でも使えます。",
        [],
        PERM,
        blade_length_cm=17.0,
    )
    L(
        "r10b_091",
        "alcohol",
        "純米吟醸酒 720ml",
        "華やかな香りとすっきりした後味。20歳未満の者の飲酒は法律で禁止されています。",
        [],
        PERM,
        alcohol_abv=15.0,
        seller__id="s_r10b_091",
        seller__alcohol_license="通信販売酒類小売業免許",
    )
    L(
        "r10b_092",
        "electrical",
        "モバイルバッテリー 10000mAh PSE適合",
        "PSEマーク表示品(電気用品安全法の技術基準に適合)。2台同時充電対応。",
        [],
        PERM,
        product_type="mobile_battery",
        pse_mark="round",
    )
    L(
        "r10b_093",
        "cosmetics",
        "ヘアアイロン用 ヒートプロテクトミスト",
        "アイロンの熱から髪を守るミスト。※本品はヘアアイロンではありません。",
        [],
        PERM,
    )
    # ---------------------------------------------------------------------- violations
    L(
        "r10b_200",
        "cosmetics",
        "スポット美容液 10ml",
        "長年のシミがみるみる薄くなって、消えていく。",
        [CS, GU],  # relabelled after the first score: みるみる is a speed claim
    )
    L(
        "r10b_201",
        "cosmetics",
        "リフトアップクリーム",
        "たるんだ頬を引き上げ、フェイスラインがシャープに変わる。",
        CS,
    )
    L(
        "r10b_202",
        "cosmetics",
        "スカルプエッセンス",
        "スカスカだった生え際から産毛がびっしり。髪が太くなって分け目が目立たなくなった。",
        CS,
    )
    L(
        "r10b_203",
        "quasi_drug",
        "薬用美白美容液 医薬部外品",
        "メラニンの生成を抑えるだけでなく、できてしまった濃いシミまで消し去ります。",
        QD,
        approval="quasi_drug_approved",
    )
    L(
        "r10b_204",
        "cosmetics",
        "美白美容液 30ml",
        "メラニンの生成を抑え、シミ・ソバカスを防ぐ美白美容液。",
        [QD, CS],  # relabelled after the first score: beyond the 56 too (settled convention)
        approval="none",
    )
    L(
        "r10b_205",
        "cosmetics",
        "【薬用】ボディソープ 500ml",
        "肌にやさしい弱酸性。家族みんなで使えます。",
        QD,
        approval="none",
    )
    L(
        "r10b_206",
        "cosmetics",
        "ハーブ 歯みがき粉",
        "歯周病を治して、ぐらついた歯ぐきを引き締める。",
        [CS, D],
    )
    L(
        "r10b_207",
        "cosmetics",
        "エイジングクリーム",
        "誰でも必ずマイナス10歳肌に。",
        [GU, CS],
    )
    L(
        "r10b_208",
        "cosmetics",
        "ベビーローション",
        "副作用の心配ゼロ。赤ちゃんにも絶対安全な保湿ローションです。",
        GU,
    )
    L(
        "r10b_209",
        "cosmetics",
        "ニキビ跡 美容液",
        "たった1週間でニキビ跡が消えて、つるつる肌に。",
        [GU, CS],
    )
    L("r10b_210", "cosmetics", "美容液 50ml", "美容液 売上No.1!今いちばん選ばれています。", N1)
    L(
        "r10b_211",
        "cosmetics",
        "ヘアオイル",
        "使ってみたいヘアオイル No.1※ ※インターネット調査 20代女性300名 商品イメージ調査",
        N1,
    )
    L("r10b_212", "cosmetics", "化粧水 150ml", "リピート率97%の大人気化粧水。", N1)
    L("r10b_213", "cosmetics", "美容液 ナノ", "業界初のナノカプセル技術を採用。", N1)
    P(
        "r10b_214",
        "このクッションファンデ本当に崩れない!夕方まで毛穴落ちなしで感動",
        ST,
        gifted=True,
    )
    P(
        "r10b_215",
        "案件じゃなくて本当に自腹で買ったヘアオイル。リンク貼っておくね",
        ST,
        affiliate_link=True,
    )
    P(
        "r10b_216",
        _j(
            "ずっと探していた理想のアイシャドウにやっと出会えました。粉質がしっとりしていて、"
            "まぶたにぴたっと密着。ラメも大きすぎず上品で、オフィスでも浮かない。"
            "4色全部使いやすくて、毎日これ一つで完成します。",
        ),
        ST,
        gifted=True,
        hashtags="#アイシャドウ #コスメ #新作コスメ #プチプラ #メイク #コスメ好き #イエベ #PR",
    )
    P(
        "r10b_217",
        "#PR このアイクリームを使ったら、目の下のクマが消えた!",
        CS,
        gifted=True,
    )
    L(
        "r10b_218",
        "cosmetics",
        "高浸透 美容液",
        "肌の奥深く、真皮まで届いてコラーゲンを増やす。",
        CS,
    )
    L(
        "r10b_219",
        "quasi_drug",
        "薬用デオドラントクリーム 医薬部外品",
        "ワキガが根本から治る。もう手術はいりません。",
        QD,
        approval="quasi_drug_approved",
    )
    L(
        "r10b_220",
        "cosmetics",
        "保湿クリーム",
        "アトピー肌の赤みもかゆみも改善する保湿クリーム。",
        [CS, D],
    )
    L(
        "r10b_221",
        "knife",
        "ダガーナイフ 刃渡り12cm",
        "護身用に最適。ベルトに付けて持ち歩けるシース付き。",
        KN,
        blade_length_cm=12.0,
    )
    L(
        "r10b_222",
        "electrical",
        "モバイルバッテリー 20000mAh",
        "海外仕様のためPSE未取得です。",
        PSE,
    )
    L(
        "r10b_223",
        "alcohol",
        "大吟醸 720ml",
        "父の日の贈り物に。フルーティーな香り。",
        ALC,
        alcohol_abv=16.0,
    )
    L(
        "r10b_224",
        "apparel",
        "シャネル風 キルティング チェーンバッグ",
        "正規品と同じ工場で作られた高品質。ブランドロゴ入り。",
        CF,
    )
    L(
        "r10b_225",
        "cosmetics",
        "ホワイトニング 歯みがき粉",
        "歯の黄ばみが漂白されて、一生白い歯が続く。",
        [CS, GU],
    )
    L(
        "r10b_226",
        "cosmetics",
        "スキンケアセット",
        "通常価格9,800円のところ、今だけ2,980円!",
        DP,
    )
    _second_batch(L, P, S)
    _third_batch(L, P, S)
    _fourth_batch(L, P, S)
    _fifth_batch(L, P, S)


def _second_batch(L: Row, P: Row, S: Row) -> None:
    """Round 10 (beauty), second batch: classes the first batch did not cover.

    Written after the first batch was tuned, before this batch was scored.
    """
    # First score, as written (2026-11-27, after the first batch was tuned): violations 10 of
    # 11 pairs (r10b_406 「健康な髪に生まれ変わる」 missed); permitted 4 of 31 rows flagged
    # (r10b_304 「角栓や黒ずみ汚れを落とす」, r10b_310 「※育毛剤ではありません」, r10b_330 an
    # Amazon rank dated 2026/5/1 with a category path, r10b_331 「日本初上陸」); r10b_405 was
    # labelled short of the settled convention (a disease claim on a cosmetic is pmd_disease
    # too) -- relabelled after scoring.
    # ------------------------------------------ ingredient names and ingredient stories
    L(
        "r10b_300",
        "cosmetics",
        "ヒト幹細胞培養液 配合 美容液",
        "【全成分】水、ヒト脂肪細胞順化培養液エキス、グリセリン、ナイアシンアミド、ツボクサエキス、"
        "アデノシン、加水分解コラーゲン、フェノキシエタノール",
        [],
        PERM,
    )
    L(
        "r10b_301",
        "cosmetics",
        "CICA クリーム 50ml",
        "ツボクサエキス(整肌成分)配合。ゆらぎがちな肌を整え、うるおいを与えます。",
        [],
        PERM,
    )
    L(
        "r10b_302",
        "cosmetics",
        "導入美容液 ブースター",
        "洗顔後すぐに使う導入美容液。後から使う化粧水のなじみをよくします。美容成分が角質層までしっかり浸透。",
        [],
        PERM,
    )
    L(
        "r10b_303",
        "cosmetics",
        "ピーリングジェル",
        "古い角質や毛穴の汚れをからめ取り、くすみ※のない明るい肌へ。※古い角質によるもの",
        [],
        PERM,
    )
    L(
        "r10b_304",
        "cosmetics",
        "毛穴ケア 洗顔パウダー",
        "酵素の力で角栓や黒ずみ汚れをやさしく落とす。毎日使えるマイルドな洗浄力。",
        [],
        PERM,
    )
    L(
        "r10b_305",
        "cosmetics",
        "ナイアシンアミド 5% 美容液",
        "話題のナイアシンアミドを5%配合(整肌成分)。ハリとツヤのある肌へ整えます。",
        [],
        PERM,
    )
    L(
        "r10b_306",
        "cosmetics",
        "国産 椿油 100%",
        "五島列島の椿の実を低温圧搾。髪につけるとツヤを与え、肌には保湿オイルとして使えます。",
        [],
        PERM,
    )
    # -------------------------------------------------------------- hair, more wording
    L(
        "r10b_310",
        "cosmetics",
        "スカルプシャンプー ノンシリコン",
        "頭皮の汚れや皮脂をすっきり洗い流し、頭皮環境を整えます。※育毛剤ではありません",
        [],
        PERM,
    )
    L(
        "r10b_311",
        "cosmetics",
        "ボリュームアップ スプレー",
        "根元をふんわり立ち上げて、ボリュームのある髪型に仕上げるスタイリングスプレー。",
        [],
        PERM,
    )
    L(
        "r10b_312",
        "cosmetics",
        "ヘアマスク 集中補修",
        "ダメージを受けた髪の内部に補修成分※がなじみ、まとまりのある髪へ。※ペリセア(毛髪補修成分)",
        [],
        PERM,
    )
    L(
        "r10b_313",
        "general",
        "ヘアアイロン ストレート 2WAY",
        "最高220℃。くせ毛やうねりをまっすぐ伸ばし、毛先のカールも作れる2WAYタイプ。",
        [],
        PERM,
        product_type="hair_iron",
        pse_mark="round",
    )
    L(
        "r10b_314",
        "cosmetics",
        "まつげ美容液",
        "まつげにハリ・コシを与え、うるおいを保ちます。メイク前のまつげの保護に。",
        [],
        PERM,
    )
    # ------------------------------------------------------------ oral care, more wording
    L(
        "r10b_320",
        "quasi_drug",
        "薬用ハミガキ 知覚過敏ケア 医薬部外品",
        "歯がしみるのを防ぐ。むし歯を防ぐ。有効成分:硝酸カリウム、フッ化ナトリウム",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "r10b_321",
        "cosmetics",
        "歯のマニキュア ホワイト",
        "歯の表面に塗るだけで白く見せるコーティング剤(メイクアップ効果)。食事の前には落としてください。",
        [],
        PERM,
    )
    L(
        "r10b_322",
        "general",
        "舌ブラシ 2本セット",
        "舌の汚れ(舌苔)をやさしくかき出す。口臭の原因となる汚れのケアに。",
        [],
        PERM,
    )
    # --------------------------------------------------------- rank forms with their basis
    L(
        "r10b_330",
        "cosmetics",
        "化粧水 Amazonベストセラー",
        "Amazonベストセラー1位(2026/5/1 ビューティー>スキンケア>化粧水)",
        [],
        PERM,
    )
    L(
        "r10b_331",
        "cosmetics",
        "韓国コスメ クッションファンデ 日本初上陸",
        "韓国で人気のブランドがついに日本初上陸。公式輸入品です。",
        [],
        PERM,
    )
    L(
        "r10b_332",
        "cosmetics",
        "リップティント",
        "LIPSベストコスメ2025 上半期 リップ部門 1位",
        [],
        PERM,
    )
    L(
        "r10b_333",
        "cosmetics",
        "ハンドクリーム",
        "Yahoo!ショッピング ハンドクリーム部門 週間ランキング1位(2026年10月第2週)",
        [],
        PERM,
    )
    # -------------------------------------------------------------- more disclosure forms
    P(
        "r10b_340",
        "※アフィリエイト広告を利用しています。\n秋冬に使いたい保湿クリームを3つ比べました。"
        "1つ目はこっくりしたテクスチャーで夜向き、2つ目は軽めで朝のメイク前に。"
        "3つ目は香りがよくて、寝る前のリラックスタイムにぴったり。",
        [],
        PERM,
        affiliate_link=True,
    )
    P(
        "r10b_341",
        "Sponsored by 〇〇 | 新作リップを全色スウォッチしてみた💋",
        [],
        PERM,
        gifted=True,
    )
    P(
        "r10b_342",
        "〇〇様よりご提供いただきました。ミニサイズで持ち歩きやすいヘアミスト",
        [],
        PERM,
        gifted=True,
    )
    P(
        "r10b_343",
        "秋色アイシャドウで作る3つのメイク🍂",
        [],
        PERM,
        shop_tag=True,
        hashtags="#プロモーション #アイシャドウ #秋メイク #コスメ",
    )
    P(
        "r10b_344",
        "広告じゃないけど、本気でおすすめしたいドラッグストアの日焼け止め。自分で買いました",
        [],
        PERM,
    )
    P(
        "r10b_345",
        "#ad #PR 〇〇のボディミルク、ラベンダーの香りで癒やされる",
        [],
        PERM,
        affiliate_link=True,
    )
    # ------------------------------------------------------ prices, fakes, other goods
    L(
        "r10b_350",
        "cosmetics",
        "スキンケア 3点セット",
        "化粧水・乳液・美容液の3点セット。単品でそろえるより800円お得なセット価格です。",
        [],
        PERM,
    )
    L(
        "r10b_351",
        "cosmetics",
        "ブランド 香水 30ml",
        "インターネット上で当店の商品画像を無断使用した偽サイトが確認されています。偽物にご注意ください。",
        [],
        PERM,
    )
    L(
        "r10b_352",
        "general",
        "両刃カミソリ 替刃 10枚",
        "クラシックな安全カミソリ用の両刃替刃。ステンレス製。",
        [],
        PERM,
    )
    L(
        "r10b_353",
        "food",
        "ラムレーズン アイス 6個",
        "洋酒漬けのレーズン入り(アルコール分1%未満)。お子様やお車を運転される方はご注意ください。",
        [],
        PERM,
        alcohol_abv=0.5,
    )
    L(
        "r10b_354",
        "general",
        "ペーパーナイフ 真鍮",
        "封筒を開けるためのレターオープナー。刃はついていません。",
        [],
        PERM,
        blade_length_cm=9.0,
    )
    L(
        "r10b_355",
        "cosmetics",
        "電動洗顔ブラシ 乾電池式",
        "単4電池2本で動く洗顔ブラシ。毛穴の汚れをすっきり落とす。",
        [],
        PERM,
    )
    # ---------------------------------------------------------------------- violations
    L(
        "r10b_400",
        "cosmetics",
        "ヒト幹細胞 美容液",
        "幹細胞が肌細胞を再生し、10年前の素肌へ。",
        CS,
    )
    L(
        "r10b_401",
        "cosmetics",
        "CICA クリーム",
        "ニキビの炎症を鎮めて、赤みを治す。",
        [CS, D],
    )
    L(
        "r10b_402",
        "cosmetics",
        "Amazon 化粧水",
        "Amazonランキング1位獲得!",
        N1,
    )
    L(
        "r10b_403",
        "cosmetics",
        "まつげ美容液",
        "まつげが伸びて、ビューラーいらずの長さに。",
        CS,
    )
    P(
        "r10b_404",
        "めっちゃいいクリーム見つけた!毎晩塗ってたらほうれい線が薄くなってきた気がする",
        [CS, ST],
        gifted=True,
    )
    L(
        "r10b_405",
        "cosmetics",
        "歯みがき粉",
        "歯周病菌を殺菌して、歯槽膿漏を防ぐ。",
        [QD, CS, D],  # relabelled after the first score: a disease claim on a cosmetic (settled)
        approval="none",
    )
    L(
        "r10b_406",
        "cosmetics",
        "ヘアトリートメント",
        "使うほどに髪が内部から修復され、ダメージのない健康な髪に生まれ変わる。",
        CS,
    )
    L(
        "r10b_407",
        "cosmetics",
        "美容液",
        "当店通常価格6,800円→本日限り半額3,400円",
        DP,
    )


def _third_batch(L: Row, P: Row, S: Row) -> None:
    """Round 10 (beauty), third batch: labelled targets, approved wrinkle and sun wording,
    review scores and video disclosures. Written after the second batch was tuned, before
    this batch was scored."""
    # First score, as written (2026-11-27, after the second batch was tuned): violations 8 of
    # 9 pairs (r10b_554 「口コミ★4.9の高評価」 missed); permitted 2 of 18 rows flagged: r10b_500
    # (a test claim's footnote 「すべての方に…わけではありません」 read as 「の方に」) and r10b_508,
    # which was mislabelled permitted (「ひび・あかぎれを防ぐ」 is quasi-drug wording) and is
    # relabelled as a violation.
    L(
        "r10b_500",
        "cosmetics",
        "ノンコメドジェニック 化粧下地",
        "ノンコメドジェニックテスト済み※ ※すべての方にコメド(ニキビのもと)ができないというわけではありません。",
        [],
        PERM,
    )
    L(
        "r10b_501",
        "quasi_drug",
        "薬用リンクルクリーム 医薬部外品 20g",
        "シワを改善する。肌あれを防ぐ。有効成分:ナイアシンアミド",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "r10b_502",
        "cosmetics",
        "日焼け止めジェル SPF30",
        "日焼けによるシミ・そばかすを防ぐ。日焼けを防ぐ。白浮きしない透明ジェル。",
        [],
        PERM,
    )
    L(
        "r10b_503",
        "cosmetics",
        "ホワイトニング 歯みがき ペースト",
        "ホワイトニング※で歯本来の白さに。※ブラッシングにより歯の着色汚れを落とすこと",
        [],
        PERM,
    )
    L(
        "r10b_504",
        "cosmetics",
        "敏感肌用 化粧水",
        "乾燥性敏感肌の方のために、低刺激設計。スティンギングテスト済み(すべての方に刺激が起きないわけではありません)。",
        [],
        PERM,
    )
    L(
        "r10b_505",
        "cosmetics",
        "フレグランス ボディミスト",
        "香りで汗のにおいをやさしく包み込む。ふんわり石けんの香り。",
        [],
        PERM,
    )
    L(
        "r10b_506",
        "cosmetics",
        "保湿クリーム レビュー",
        "楽天レビュー★4.6(2,318件 2026年11月1日時点)",
        [],
        PERM,
    )
    L(
        "r10b_507",
        "cosmetics",
        "ネイルオイル",
        "爪を保護し、爪にうるおいを与える。甘皮の乾燥対策に。",
        [],
        PERM,
    )
    L(
        "r10b_508",
        "cosmetics",
        "ハンドクリーム 50g",
        "手肌の乾燥を防ぎ、ひび・あかぎれを防ぐ※。※乾燥によるもの",
        # written as permitted; relabelled after the first score: 「ひび・あかぎれを防ぐ」 is
        # quasi-drug wording, not one of the 56 (the pack was right)
        [QD, CS, D],
    )
    L(
        "r10b_509",
        "cosmetics",
        "メンズ 洗顔 オイルコントロール",
        "余分な皮脂を取り除き、テカリを防ぐ。ニキビを防ぐ(洗浄による)。",
        [],
        PERM,
    )
    L(
        "r10b_510",
        "cosmetics",
        "アイクリーム 目元ケア",
        "目元の乾燥が気になる方に。目元にうるおいを与え、ハリのある印象に。",
        [],
        PERM,
    )
    L(
        "r10b_511",
        "cosmetics",
        "ヘアカラー トリートメント 全成分",
        "【注意】染毛料です。頭皮に傷・湿疹・かぶれなどの異常がある方はご使用にならないでください。",
        [],
        PERM,
    )
    P(
        "r10b_512",
        "今日はプチプラ下地3つを比較していきます",
        [],
        PERM,
        affiliate_link=True,
        transcript="この動画はプロモーションを含みます。まず1つ目の下地から塗っていきますね。",
    )
    P(
        "r10b_513",
        "#タイアップ #〇〇 新しいシャンプーで髪がさらさら",
        [],
        PERM,
        shop_tag=True,
    )
    P(
        "r10b_514",
        "【sponsored】毛穴の汚れがごっそり取れるクレンジングバーム、香りも好き",
        [],
        PERM,
        gifted=True,
    )
    P(
        "r10b_515",
        "PR|乾燥による小じわを目立たなくする※アイクリーム。※効能評価試験済み",
        [],
        PERM,
        gifted=True,
    )
    L(
        "r10b_516",
        "cosmetics",
        "美容液 ご使用方法",
        "朝晩の洗顔後、化粧水の後に2〜3滴。気になる目元や口元には重ねづけしてください。",
        [],
        PERM,
    )
    L(
        "r10b_517",
        "general",
        "北欧風 収納バスケット",
        "北欧風デザインのシンプルなバスケット。タオルやコスメの収納に。",
        [],
        PERM,
    )
    # violations
    L(
        "r10b_550",
        "cosmetics",
        "リンクルクリーム",
        "シワを改善する。深いシワもピンとのびる。",
        [QD, CS],
        approval="none",
    )
    L(
        "r10b_551",
        "cosmetics",
        "ニキビ 美容液",
        "できてしまったニキビを治す。跡も残らない。",
        [CS, D],
    )
    P(
        "r10b_552",
        "毛穴が本当に小さくなった!もう毛穴レス肌",
        [CS, ST],
        affiliate_link=True,
    )
    L(
        "r10b_553",
        "cosmetics",
        "クリーム",
        "楽天デイリーランキング1位の常連!",
        N1,
    )
    L(
        "r10b_554",
        "cosmetics",
        "オールインワン",
        "口コミ★4.9の高評価!",
        N1,
    )
    L(
        "r10b_555",
        "cosmetics",
        "ボディクリーム",
        "妊娠線が消えて、産後のお腹もきれいに。",
        CS,
    )


def _fourth_batch(L: Row, P: Row, S: Row) -> None:
    """Round 10 (beauty), fourth batch: disclosed posts and live streams describing makeup,
    hair styling and feel in use in a creator's own words (the class of post a cosmetics
    brand pays for most). Written after the third batch was tuned, before it was scored."""
    # First score, as written (2026-11-27, after the third batch was tuned): violations 4 of 5
    # pairs (r10b_652 「うねり毛が…直毛に変わった」 missed); permitted 2 of 15 flagged: r10b_601
    # (「毛穴がふわっとぼけて目立たなくなる」, makeup said intransitively) and r10b_607
    # (「皮脂吸着パウダー」 read as fat binding by the health tuner's post policy); r10b_653's
    # 「二重あごが消え」 is a figure claim as well (keihyo_weight_loss) -- relabelled.
    P(
        "r10b_600",
        "#PR コンシーラー1本でクマもニキビ跡もしっかり隠れる。厚塗り感なし",
        [],
        PERM,
        gifted=True,
    )
    P(
        "r10b_601",
        "【PR】このパウダー、毛穴がふわっとぼけて目立たなくなる。メイクの仕上げに",
        [],
        PERM,
        gifted=True,
    )
    P(
        "r10b_602",
        "#PR トーンアップ下地でくすみが飛んで、顔色がぱっと明るく見える",
        [],
        PERM,
        gifted=True,
    )
    P(
        "r10b_603",
        "#PR 赤みをグリーンの下地で抑えてからファンデを重ねると、赤みが気にならない仕上がりに",
        [],
        PERM,
        gifted=True,
    )
    P(
        "r10b_604",
        "#PR 化粧水をたっぷり使うようになってから、化粧ノリがよくなった気がする",
        [],
        PERM,
        gifted=True,
    )
    P(
        "r10b_605",
        "#PR このヘアオイルでうねりが落ち着いて、朝のスタイリングがらく",
        [],
        PERM,
        gifted=True,
    )
    P(
        "r10b_606",
        "#PR アホ毛がぴたっとおさまるスティック、前髪の崩れも防げる",
        [],
        PERM,
        gifted=True,
    )
    P("r10b_607", "#PR 皮脂吸着パウダー配合で、夕方までテカリを抑えてくれる", [], PERM, gifted=True)
    P(
        "r10b_608",
        "#PR スクラブ洗顔で、鼻のざらつきがすっきり。洗い上がりつるつる",
        [],
        PERM,
        gifted=True,
    )
    P(
        "r10b_609",
        "#PR 乾燥でごわついていた肌が、しっとりやわらかくなった使用感",
        [],
        PERM,
        gifted=True,
    )
    P(
        "r10b_610",
        "#PR 髪がまとまるようになって、ドライヤーの時間が短くなった",
        [],
        PERM,
        gifted=True,
    )
    P(
        "r10b_611",
        "新作のリップ紹介します",
        [],
        PERM,
        gifted=True,
        transcript="今日のライブは提供いただいたリップの紹介です。唇の縦じわが目立ちにくい、ぷるんとしたツヤが出るグロスです。",
    )
    P("r10b_612", "#PR マスカラ下地で、まつげが長く見える。カールもキープ", [], PERM, gifted=True)
    P(
        "r10b_613",
        "#PR 日焼け止めを毎日塗るようになってから、日焼けしにくくなった",
        [],
        PERM,
        gifted=True,
    )
    P(
        "r10b_614",
        "#PR シェーディングで二重あごがすっきり見える、影のつけ方を紹介します",
        [],
        PERM,
        gifted=True,
    )
    # violations in the same voice
    P(
        "r10b_650",
        "#PR このクリームを塗り続けたらクマが薄くなって、コンシーラーいらずに",
        CS,
        gifted=True,
    )
    P("r10b_651", "#PR 赤ら顔が治ってすっぴんで外に出られるようになった", [CS, D], gifted=True)
    P("r10b_652", "#PR うねり毛がこのシャンプーだけで直毛に変わった", CS, gifted=True)
    P(
        "r10b_653",
        "#PR 二重あごが消えてフェイスラインがシャープになった美顔ローラー…じゃなくてクリーム",
        [CS, WL],  # relabelled after the first score: a double chin gone is a figure claim too
        gifted=True,
    )


def _fifth_batch(L: Row, P: Row, S: Row) -> None:
    """Round 11: denied and quoted claims, official statistics, auto-opening goods, figure guarantees."""
    # round 11 -- first score, as written (2026-11-27, after the holdout15/16 classes were
    # fixed, before any tuning on this batch): violations 12 of 16 row x family pairs hit
    # (r11b_050 「2週間で消えていきます」 missed as speed, r11b_055 「県内で一番人気」 missed,
    # r11b_056/057 disease claims in posts missed as pmd_cosmetic_scope); permitted: 4 of 17
    # rows flagged (r11b_006 body-function-post on 「白髪が黒くなるわけじゃない」, r11b_016 a
    # test footnote 「…ということではありません」 read as a safety guarantee, r11b_025 a sourced
    # dermatologists' rate -- my mislabel: a doctors' recommendation is pmd_endorsement with or
    # without a source, relabelled -- and r11b_036 「脚が細くなるものではありません」 read as a
    # slimming claim); ordinary 0 of 2; one unexpected pmd_quasi_drug on r11b_051.
    # ------------------------------------------ permitted: a claim denied in its own clause
    L(
        "r11b_001",
        "cosmetics",
        "ブライトニング美容液 30mL",
        "肌にうるおいを与え、キメを整えます。\nよくある質問\nQ. シワは消えますか?\nA. できてしまったシワをなくすものではありません。乾燥による小ジワを目立たなくします(効能評価試験済み)。",
        [],
        PERM,
    )
    L(
        "r11b_002",
        "cosmetics",
        "クレイ洗顔フォーム 120g",
        "毛穴の汚れを落とします。※毛穴そのものが小さくなるわけではありません。",
        [],
        PERM,
    )
    L(
        "r11b_003",
        "cosmetics",
        "スカルプシャンプー 400mL",
        "頭皮を清浄にし、フケ・カユミを抑えます。※抜け毛が減るものではありません。",
        [],
        PERM,
    )
    L(
        "r11b_004",
        "cosmetics",
        "ハンドクリーム 50g",
        "手肌にうるおいを与え、荒れを防ぎます。シミやくすみが消える商品ではございません。",
        [],
        PERM,
    )
    P(
        "r11b_005",
        "#PR 質問きてた『このクリームでたるみ治る?』→治るものじゃないよ!保湿して肌にハリを与えるクリームです",
        [],
        PERM,
        gifted=True,
    )
    P(
        "r11b_006",
        "#PR ライブで聞かれたけど、白髪が黒くなるわけじゃないよ〜。白髪をしっかり染めるカラートリートメントです",
        [],
        PERM,
        shop_tag=True,
    )
    # ------------------------------------------ permitted: claims quoted as what may not be said
    L(
        "r11b_010",
        "cosmetics",
        "【卸・業者様向け】ナイトクリーム 処方のご案内",
        "化粧品で訴求できるのは56項目の効能の範囲内です。『たるみが引き上がる』『毛穴が消える』などの表示はできません。",
        [],
        PERM,
    )
    L(
        "r11b_011",
        "cosmetics",
        "【編集部コラム】美容液の選び方",
        "化粧品の広告では、『シミが治る』『ほうれい線がなくなる』といった表現は認められていません。表示をよく読んで選びましょう。",
        [],
        PERM,
    )
    # ------------------------------------------ permitted: test footnotes denying a guarantee
    L(
        "r11b_015",
        "cosmetics",
        "ベビーミルクローション 150mL",
        "赤ちゃんの肌にうるおいを与えます。アレルギーテスト済み※\n※すべての方にアレルギーが起こらないというわけではありません。",
        [],
        PERM,
    )
    L(
        "r11b_016",
        "cosmetics",
        "日焼け止めミルク SPF50+",
        "日やけを防ぐ。スティンギングテスト済み※\n※全ての方に刺激が起こらないということではありません。",
        [],
        PERM,
    )
    # ------------------------------------------ permitted: official statistics with a source
    L(
        "r11b_020",
        "food",
        "【産地直送】〇〇市産 なす 4kg",
        "〇〇市のなすは生産量が県内第1位。※2024年産 〇〇県『園芸作物生産統計』より",
        [],
        PERM,
    )
    L(
        "r11b_021",
        "food",
        "さくらんぼ 佐藤錦 500g",
        "〇〇県の収穫量は全国1位です。※令和6年 農林水産省『作物統計』による",
        [],
        PERM,
    )
    # ------------------------------------------ permitted: profession rates with their basis
    L(
        "r11b_025",
        "cosmetics",
        "低刺激 クレンジングジェル 150g",
        "皮膚科医の90%が「患者にすすめたい」と回答※\n※2025年6月 株式会社〇〇リサーチ調べ 皮膚科医100名対象 インターネット調査",
        EN,  # relabelled after the first score: a doctors' recommendation is EN even when sourced (settled)
    )
    # ------------------------------------------ permitted/ordinary: auto-opening goods that are not knives
    L(
        "r11b_030",
        "general",
        "自動開閉 ゴミ箱 45L センサー付き",
        "手をかざすだけでフタが自動開閉。ニオイを閉じ込めます。",
        [],
        "compliant",
    )
    L(
        "r11b_031",
        "general",
        "ワンタッチ自動開閉 カーテンレール用ランナー",
        "タイマーで朝に自動開閉。取付かんたん。",
        [],
        "compliant",
    )
    # ------------------------------------------ permitted: goods instructions with 必ず/確実に
    L(
        "r11b_035",
        "general",
        "ステッパー 静音 ミニ",
        "使用前に必ずペダルの固定を確認してください。体重100kgまで対応。",
        [],
        PERM,
    )
    L(
        "r11b_036",
        "apparel",
        "着圧ソックス 就寝用",
        "サイズ表を確認し、必ず足首周りに合うサイズをお選びください。※脚が細くなるものではありません。",
        [],
        PERM,
    )
    # ------------------------------------------ violations in the same classes
    L(
        "r11b_050",
        "cosmetics",
        "リンクルクリーム 30g",
        "Q. シワは消えますか?\nA. はい!深いシワも2週間で消えていきます。",
        [CS, GU],
    )
    L(
        "r11b_051",
        "cosmetics",
        "美白クリーム",
        "シミが消える!※医薬部外品ではありません",
        CS,
    )
    L(
        "r11b_052",
        "cosmetics",
        "ヘアミルク 100mL",
        "美容師の95%がおすすめするヘアミルク。",
        [EN, N1],
    )
    L(
        "r11b_053",
        "general",
        "ステッパー ダイエット",
        "1日10分踏むだけで、誰でも確実に脚やせ。",
        [WL, GU],
    )
    L(
        "r11b_054",
        "apparel",
        "骨盤ベルト",
        "巻くだけでみるみるウエストが細くなる!",
        [WL, GU],
    )
    L(
        "r11b_055",
        "food",
        "いちご あまおう",
        "県内で一番人気のいちご!",
        N1,
    )
    P(
        "r11b_056",
        "#PR このオイル塗ってたら娘のアトピーが治った😭",
        [CS, D],
        gifted=True,
    )
    P(
        "r11b_057",
        "#PR ニキビが2日で消えた!このジェル神",
        [CS, D, GU],
        gifted=True,
    )
    L(
        "r11b_058",
        "knife",
        "自動開閉ナイフ タクティカル",
        "ボタンを押すとブレードが出ます。",
        KN,
        blade_length_cm=8.0,
    )
