"""Blind held-out batch 12 of Japanese ad copy (issue 3).

Written by a helper that did not open the Japan pack (its policies, lexicons, docs or
tests) and did not score the rows, in the style of real marketplace copy: Rakuten/
Amazon/Qoo10/Yahoo listing titles (【】, ★, 送料無料, ポイント10倍) with long descriptions
(■ headers, bullets, お客様の声, Q&A, 原材料/注意事項 blocks), Instagram/TikTok/X captions
and live-commerce transcripts. Products and phrasings were chosen to differ from the
earlier batches (holdout_jp_ads.py, holdout_blind_jp_ads.py).

Labels follow the law, not what a rule set is expected to catch: 薬機法 66条/68条 with
the 46通知 and 医薬品等適正広告基準, 景品表示法 5条 (No.1 and 二重価格), the ステマ告示
and 特商法 11条. Borderline rows carry a ``# why`` comment with the reading used.

``add_holdout12`` is deliberately not registered in ``build_jp_ads_eval.py`` yet: the
lead registers it after the tuning round ends, so that it can be scored once, unseen.
"""

from __future__ import annotations

from collections.abc import Callable

from holdout_jp_ads import AC, BF, CS, DO, DP, EN, GU, N1, PERM, QD, ST, TK, WL, D

Row = Callable[..., None]


def _j(*parts: str) -> str:
    """Join description blocks with newlines, as sellers paste them into the form."""
    return "\n".join(parts)


def add_holdout12(L: Row, P: Row, S: Row) -> None:
    """Blind batch 12: about 130 violations, 75 permitted look-alikes, 35 ordinary rows.

    Split into sections so each stays readable; the ids run v12_001… within the batch."""
    _disease(L, P)
    _body_function(L, P)
    _cosmetics(L, P)
    _claims_endorsement_dosage(L, P)
    _weight_loss(L, P)
    _no1_price_seller(L, S)
    _stema(P)
    _permitted_cosmetics(L, P)
    _permitted_approved(L)
    _permitted_context(L, P, S)
    _ordinary(L, P, S)


def _disease(L: Row, P: Row) -> None:
    """Health foods and goods that claim to treat or prevent a disease (46通知, 68条)."""
    L(
        "v12_001",
        "health_food",
        "【送料無料】アガリクス ブラゼイ 顆粒 30包 ブラジル産 ポイント10倍",
        _j(
            "■ブラジル・ピエダーデ産の露地栽培アガリクスを100%使用",
            "■こんな方に選ばれています",
            "・抗がん剤治療を受けているご家族がいる方",
            "・手術後の体力が心配な方",
            "■お客様の声",
            "「主治医に驚かれるほど腫瘍マーカーの数値が下がりました」(70代・女性)",
            "■原材料 アガリクス茸(ブラジル産)",
            "■お召し上がり方 1日1〜2包を目安に",
        ),
        D,
    )
    L(
        "v12_002",
        "health_food",
        "ウラジロガシ茶 ティーバッグ 3g×30包 国産 無農薬",
        _j(
            "昔から「石を流すお茶」として飲まれてきたウラジロガシ。",
            "尿路結石の激痛を二度と味わいたくない方、再発予防に毎日の一杯を。",
        ),
        D,
    )
    L(
        "v12_003",
        "health_food",
        "板藍根 のど飴 タブレット 60粒 インフル対策",
        _j(
            "◆中国で古くから親しまれてきた板藍根(ばんらんこん)。",
            "◆インフルエンザや溶連菌が流行る冬に。家族みんなでウイルスを寄せ付けない。",
            "◆受験生の体調管理に。",
        ),
        D,
    )
    L(
        "v12_004",
        "health_food",
        "エルダーベリー シロップ 250ml 子どもにも",
        "ひきはじめの風邪はこれで撃退。熱が出ても翌朝にはケロッとしています(2児のママ)",
        [D, GU],  # why: cure claim plus an overnight speed claim (基準3(7))
    )
    L(
        "v12_005",
        "health_food",
        "メシマコブ エキス ドリンク 50ml×30本",
        _j(
            "【国産メシマコブを贅沢に抽出】",
            "韓国では医薬品として扱われるほどの力。免疫を立て直し、闘病中の体を支えます。",
            "【1日1本】冷やしてもおいしくお召し上がりいただけます。",
        ),
        [D, BF],
    )
    L(
        "v12_006",
        "health_food",
        "月見草オイル 90粒 PMSのイライラに",
        _j(
            "毎月やってくる生理前のイライラ、胸の張り、頭痛。",
            "月経前症候群(PMS)に悩む女性のために、γ-リノレン酸をたっぷり配合しました。",
            "鎮痛剤を飲む回数が減った、という声をたくさんいただいています。",
        ),
        D,
    )
    L(
        "v12_007",
        "health_food",
        "プロテオグリカン 鮭鼻軟骨 サプリ 60粒",
        _j(
            "■変形性膝関節症と言われた方へ",
            "すり減った軟骨を再生し、正座ができる膝を取り戻す。",
            "■モニターの声:「ヒアルロン酸注射に通わなくてよくなった」(60代男性)",
        ),
        [D, BF],
    )
    L(
        "v12_008",
        "health_food",
        "スピルリナ 2400粒 大容量 ポイント5倍",
        _j(
            "◆貧血でふらふらしていた私が、スピルリナを飲み始めて3ヶ月。",
            "◆健康診断で貧血の指摘がなくなりました。(40代女性)",
            "◆原材料:スピルリナ(タイ産)100%",
        ),
        D,
    )
    L(
        "v12_009",
        "health_food",
        "クマザサ エキス 口内のお悩みに 100ml",
        "口内炎ができやすい方に。塗っても飲んでもOK、繰り返す口内炎が治ります。",
        D,
    )
    L(
        "v12_010",
        "health_food",
        "柿渋 エキス タブレット エチケット",
        "歯周病菌を退治して、口臭の元から断つ。歯医者に行く前に試してほしい。",
        D,
    )
    L(
        "v12_011",
        "food",
        "生しょうが 甘酢漬け 国産 500g",
        "毎日少しずつ食べて、つらい関節リウマチの痛みを和らげましょう。",
        D,
    )
    L(
        "v12_012",
        "health_food",
        "ザクロ エキス 更年期ケア 30日分",
        _j(
            "ホットフラッシュ、寝汗、動悸…。更年期障害のつらい症状を、",
            "ホルモン補充療法に頼らず自然に和らげます。",
        ),
        D,
    )
    L(
        "v12_013",
        "general",
        "集音器 充電式 両耳 軽量",
        _j(
            "◆テレビの音量が大きいと家族に言われる方に。",
            "◆補聴器より手軽に、加齢性難聴を改善。",
            "◆充電1回で約30時間使用可能",
        ),
        D,  # why: 集音器 is not a medical device; claiming to improve 難聴 is a medical claim (66条/68条)
        product_type="sound_amplifier",
    )
    L(
        "v12_014",
        "health_food",
        "ヨクイニン エキス 錠 首元すっきり",
        "首イボ・ポツポツが取れた！皮膚科で焼かなくても自然にポロっと取れます。",
        D,
    )
    L(
        "v12_015",
        "health_food",
        "タヒボ茶 ティーパック 5g×40",
        "南米アマゾンの神秘の樹木茶。がん細胞の増殖を抑える成分に注目が集まっています。",
        D,
    )
    L(
        "v12_016",
        "health_food",
        "乳酸菌 ヘリコバクター 対策 カプセル",
        "ピロリ菌を減らして、胃潰瘍・胃がんのリスクを下げたい方に。",
        D,
    )
    L(
        "v12_017",
        "health_food",
        "ナツメ クコの実 ドライフルーツ 薬膳 200g",
        _j(
            "■薬膳の定番、なつめとクコの実をミックス",
            "■不眠症で眠剤が手放せなかった母が、毎晩10粒食べてぐっすり眠れるように。",
            "■ヨーグルトやおかゆにトッピングして",
        ),
        D,
    )
    L(
        "v12_018",
        "health_food",
        "米ぬか γ-オリザノール ＆ 植物ステロール カプセル 90粒",
        _j(
            "◆悪玉コレステロールを下げて、動脈硬化の心配がない毎日へ。",
            "◆スタチンを飲みたくない方に選ばれています。",
        ),
        [D, BF],
    )
    L(
        "v12_019",
        "health_food",
        "オリーブ葉エキス 帯状疱疹 ウイルス対策 90粒",
        "ウイルスに負けない体づくり。帯状疱疹や口唇ヘルペスを繰り返す方にもおすすめです。",
        D,
    )
    L(
        "v12_020",
        "general",
        "遠赤外線 ホットマット 岩盤浴 シングル",
        _j(
            "自宅で岩盤浴。寝ているだけで体の芯から温まり、",
            "坐骨神経痛や椎間板ヘルニアのつらさから解放されます。",
        ),
        D,
        product_type="heating_mat",
        pse_mark="round",
    )
    L(
        "v12_021",
        "health_food",
        "MSM グルコサミン 痛風・関節 ダブルケア",
        "「薬に頼らない毎日」を。尿酸値が高くて足の親指が心配な方の強い味方。",
        D,  # why: indirect (足の親指 = 痛風発作) but a reader takes it as gout prevention
    )
    L(
        "v12_022",
        "food",
        "ハイビスカス ＆ ローズヒップ ブレンドティー 30包",
        _j(
            "■酸味がさわやかな、ビタミンCたっぷりのハーブティー。",
            "■お客様の声",
            "「夏になると毎年かかっていた膀胱炎に、今年は一度もなりませんでした」(50代)",
        ),
        D,
    )
    L(
        "v12_023",
        "health_food",
        "鹿の角 エキス 粒 滋養",
        "骨粗しょう症の予防に。骨密度が上がって、転んでも折れない骨へ。",
        [D, BF],
    )
    L(
        "v12_024",
        "health_food",
        "アロニア ＆ カシス 目のうるおい",
        "ドライアイで目薬が手放せない方、緑内障が心配な方へ。",
        D,  # why: naming glaucoma as the target implies prevention; 目のうるおい alone would be BF
    )
    L(
        "v12_025",
        "health_food",
        "【大容量】クロレラ 粒 1500粒 約3ヶ月分",
        _j(
            "◆体内にたまった有害物質・重金属を排出するデトックス力。",
            "◆アトピーの肌が落ち着いてきたという声も。",
            "◆原材料:クロレラ(台湾産)",
        ),
        [D, BF],
    )
    P(
        "v12_026",
        "#PR 母の日のプレゼントにこのルイボス玄米茶を送ったら、母の高血圧が落ち着いて薬が半分になったって🥹"
        "🙏 同じ悩みのお母さんにぜひ",
        D,
        gifted=True,
        listing__category="food",
    )
    P(
        "v12_027",
        "【PR】今日のライブでご紹介したサンザシドリンク、さっそく完売御礼でした🙇‍♀️ 次回入荷もお知らせします",
        D,
        affiliate_link=True,
        transcript=(
            "はい皆さんこんばんは〜。今日はね、うちの母もずっと飲んでるこのサンザシのドリンク。"
            "母ね、脳梗塞やってから手がしびれてたんだけど、これ飲んで半年でしびれが取れたの。"
            "これ広告です、ちゃんと言っときますね。リンクは下から"
        ),
        listing__category="health_food",
    )  # why: PR shown first and said in the stream, so not ST; the stroke-recovery claim is D
    P(
        "v12_028",
        "【PR】冬はこのシナモン黒糖パウダーを白湯に入れて飲んでます☕ 冷え性が治って、しもやけもできなくなった！"
        " #温活 #冷え性改善",
        D,
        gifted=True,
        listing__category="food",
    )


def _body_function(L: Row, P: Row) -> None:
    """Foods claiming to strengthen or change a body function (46通知: 身体機能の増強)."""
    L(
        "v12_030",
        "health_food",
        "【Yahoo!限定】松樹皮エキス ピクノジェノール 60粒 送料無料",
        _j(
            "■フランス海岸松の樹皮から抽出",
            "■血管年齢を若返らせて、血流を力強く押し上げる",
            "■こんな方に:手足が冷たい方、朝がつらい方",
            "■原材料:フランス海岸松樹皮エキス、還元麦芽糖水飴、結晶セルロース",
        ),
        BF,
    )
    L(
        "v12_031",
        "health_food",
        "ケイ素 シリカ 濃縮液 500ml 国産",
        "骨・血管・髪・爪、すべてのもとになるケイ素。体の中からサビを取り除き、細胞を活性化します。",
        BF,
    )
    L(
        "v12_032",
        "health_food",
        "牡蠣 エキス 亜鉛 オルニチン 男の元気",
        _j(
            "◆40代からのスタミナ不足に。",
            "◆精力がみなぎる。朝から元気が違う。",
            "◆広島県産の牡蠣を丸ごと濃縮。",
        ),
        BF,
    )
    L(
        "v12_033",
        "health_food",
        "長命草 ボタンボウフウ 粉末 100g 与那国島産",
        "ポリフェノールの力で、老化の原因となる活性酸素を除去。10歳若い体内年齢へ。",
        BF,
    )
    L(
        "v12_034",
        "food",
        "ビーフボーンブロス 粉末スープ 30杯分",
        _j(
            "■コラーゲンとアミノ酸がたっぷり",
            "■腸の粘膜を修復するリーキーガット対策の定番。",
            "■朝の1杯で胃腸を休ませましょう",
        ),
        [BF, D],  # why: リーキーガット (腸管壁浸漏) is presented as a condition to repair
    )
    L(
        "v12_035",
        "health_food",
        "アシュワガンダ ストレスケア 60粒",
        "ストレスホルモンのコルチゾールを下げて、ストレスに負けない体に。イライラ知らずの毎日へ。",
        BF,
    )
    L(
        "v12_036",
        "health_food",
        "ゴツコラ ブレインサポート 60カプセル",
        "脳の神経細胞を活性化して、ひらめき力と記憶力が冴えわたる。資格試験の追い込みに。",
        BF,
    )
    L(
        "v12_037",
        "health_food",
        "NAD+ プレカーサー 次世代 エイジングサプリ",
        _j(
            "◆年齢とともに減っていくNAD+を体内でチャージ。",
            "◆長寿遺伝子のスイッチをオンにする。",
            "◆※個人の感想です",
        ),
        BF,  # why: 打消し「個人の感想です」 does not cure a body-function claim
    )
    L(
        "v12_038",
        "food",
        "国産 ごぼう 丸ごと スープ ＆ 乾燥ごぼう チップス セット",
        "食物繊維が宿便を押し出し、腸をきれいに大掃除。ぽっこりお腹とさよなら。",
        [BF, WL],
    )
    L(
        "v12_039",
        "health_food",
        "スッキリ むくみ茶 カリウム たっぷり",
        "余分な水分を体の外へどんどん排出。利尿作用で夕方の脚がパンパンにならない。",
        BF,
    )
    L(
        "v12_040",
        "health_food",
        "マリアアザミ ミルクシスル 肝臓ケア 90粒",
        "肝臓の解毒力を高めて、二日酔いしない体質へ。飲み会の前に2粒。",
        BF,
    )
    L(
        "v12_041",
        "food",
        "赤まむし ＆ ガラナ ドリンク 50ml×10本",
        _j(
            "■疲労回復・滋養強壮に",
            "■毎朝1本で、仕事も家事もバテない体力を。",
        ),
        BF,  # why: 疲労回復/滋養強壮 are drug (OTC) efficacy claims on a general food
    )
    L(
        "v12_042",
        "health_food",
        "レモンバーム ＆ ヒスチジン キッズ グミ",
        "授業中に集中が続かない、落ち着きがないお子さまに。脳の働きを高めて成績アップへ。",
        BF,
    )
    L(
        "v12_043",
        "health_food",
        "プルーン 濃縮 エキス 鉄分 280g 瓶",
        _j(
            "◆血液をつくる力をサポートし、サラサラの血液へ。",
            "◆階段で息が切れる、顔色が悪いと言われる方に。",
        ),
        BF,
    )
    L(
        "v12_044",
        "health_food",
        "ホタテ由来 プラズマローゲン 120粒",
        "脳の神経細胞を内側から修復し、脳年齢を若返らせる。うっかりが増えた60代からに。",
        BF,
    )
    P(
        "v12_045",
        "#提供 #PR 最近寝る前に飲んでるのがこのラフマ葉のナイトドリンク🌙 飲むと副交感神経が優位になって、"
        "寝つきが段違い。朝の目覚めもスッキリ",
        BF,
        gifted=True,
        listing__category="health_food",
    )
    P(
        "v12_046",
        "【PR】アラフィフの私が毎日飲んでるエキナセアのサプリ💊 飲み始めてから風邪を引かなくなったし、"
        "免疫力が上がったのを実感してます！",
        [BF, D],
        affiliate_link=True,
        listing__category="health_food",
    )
    L(
        "v12_047",
        "health_food",
        "グァバ葉 ＆ 玄米 ブレンド茶 ノンカフェイン",
        _j(
            "■沖縄県産グァバ葉と香ばしい玄米のブレンド",
            "■カフェインゼロなので夜でも安心",
            "■飲み続けると血液がサラサラになり、血管年齢がマイナス10歳に。",
            "■内容量:5g×30包",
        ),
        BF,
    )


def _cosmetics(L: Row, P: Row) -> None:
    """Cosmetics beyond the 56 claims, and quasi-drugs beyond their approved efficacy."""
    L(
        "v12_050",
        "cosmetics",
        "【楽天スーパーSALE 半額】PDRN サーモン 美容液 30ml 韓国コスメ",
        _j(
            "■話題のサーモンDNA(PDRN)を高濃度配合",
            "■ダメージを受けた肌細胞を修復し、ニキビ跡のクレーターまでなめらかに再生",
            "■使い方:洗顔後、化粧水の前に2〜3滴",
            "■全成分:水、グリセリン、ナトリウムDNA、…",
        ),
        CS,
    )
    L(
        "v12_051",
        "cosmetics",
        "スピキュール 針 美容液 ニードル ショット 50ml",
        _j(
            "◆チクチク感が効いている証拠。",
            "◆微細な針が真皮層まで届き、コラーゲンを生成。毛穴の開きもシワもなかったことに。",
        ),
        CS,
    )
    L(
        "v12_052",
        "cosmetics",
        "かかと 角質 クリーム ひび割れ 120g",
        "ガサガサかかとのひび割れが3日で治る！ストッキングが引っかからない足に。",
        [CS, GU],  # why: treating cracked heels (皸裂) is beyond 56; 3日で is a speed claim
    )
    L(
        "v12_053",
        "cosmetics",
        "二の腕 ブツブツ ボディスクラブ 300g",
        "毛孔性苔癬のザラザラ、ポツポツを根こそぎ除去。ノースリーブが着られる腕に。",
        [CS, D],
    )
    L(
        "v12_054",
        "cosmetics",
        "馬油 100% クリーム 70ml 北海道",
        _j(
            "■昔から火傷や切り傷の手当てに使われてきた馬油。",
            "■やけどの跡、傷跡をきれいに治します。",
            "■乾燥肌、顔・体・髪に",
        ),
        [CS, D],
    )
    L(
        "v12_055",
        "cosmetics",
        "CICA シカ クリーム 鎮静 50ml",
        "炎症を鎮めて、赤く腫れたニキビを一晩で鎮静。肌の再生を促すツボクサ由来成分。",
        [CS, D, GU],
    )
    L(
        "v12_056",
        "cosmetics",
        "デコルテ ＆ 首 ジェル 小顔 リフト",
        _j(
            "◆塗るたびにフェイスラインがキュッと上がる。",
            "◆二重あごのもたつきが解消して、小顔に。",
            "◆お客様の声「写真を撮るのが楽しみになりました」",
        ),
        CS,
    )
    L(
        "v12_057",
        "cosmetics",
        "頭皮 用 炭酸 スプレー 高濃度 150g",
        "頭皮の血流を促進して、細く弱った毛がハリコシのある太い毛に生え変わる。",
        CS,
    )
    L(
        "v12_058",
        "cosmetics",
        "アゼライン酸 20% 美容液 ブライト",
        _j(
            "・アゼライン酸20%配合の高濃度処方",
            "・シミの元になるメラニンを分解してシミを消し去る",
            "・朝も夜も使えます",
        ),
        CS,
    )
    L(
        "v12_059",
        "cosmetics",
        "まぶた 二重 美容液 アイプチ 不要",
        "続けるだけで、一重まぶたが自然な二重に変わる。",
        CS,
    )
    L(
        "v12_060",
        "cosmetics",
        "頭皮 クレンジング オイル 加齢臭",
        "頭皮のニオイを元から断つ。皮脂の分泌をコントロールして、ベタつかない頭皮へ体質改善。",
        CS,
    )
    L(
        "v12_061",
        "cosmetics",
        "ロバミルク 石鹸 100g 手作り",
        _j(
            "◆クレオパトラも愛したロバミルク。",
            "◆洗うだけでシミ・くすみが消えて透明感のある白肌へ。",
            "◆コールドプロセス製法でじっくり熟成",
        ),
        CS,
    )
    L(
        "v12_062",
        "cosmetics",
        "エクソソーム 美容液 ヒト由来 導入 セラム",
        _j(
            "■細胞と細胞がコミュニケーションする物質、エクソソーム。",
            "■肌の奥で眠っている細胞を目覚めさせ、10年前の肌を取り戻す。",
            "■Q. 敏感肌でも使えますか? A. パッチテスト済みですが、すべての方に合うわけではありません。",
        ),
        CS,
    )
    L(
        "v12_063",
        "cosmetics",
        "ワキ ＆ ひざ 黒ずみ クリーム 30g",
        "メラニン色素を漂白して、黒ずみが白くなる。1本使い切るころには色が変わっています。",
        CS,
    )
    L(
        "v12_064",
        "cosmetics",
        "椿油 100% 五島列島産 ヘア ＆ ボディ 60ml",
        _j(
            "・ツヤとまとまりのある髪へ",
            "・パサついた髪を補修し、切れ毛・枝毛が元どおりにくっつきます",
            "・香り:無香料",
        ),
        CS,  # why: 裂毛・枝毛を防ぐ is #14; claiming split ends are repaired goes beyond it
    )
    L(
        "v12_065",
        "cosmetics",
        "ネイル ハードナー ベースコート 10ml",
        "割れやすく薄い爪を、分厚く強い爪に作り変えます。",
        CS,
    )
    P(
        "v12_066",
        "#PR 韓国発のこのトナーパッド、毎晩1枚でニキビ跡の色素沈着が消えた🥹🥹 "
        "beforeとafter載せるね👇",
        [CS, GU],  # why: before/after presented as proof is a guarantee (基準3(5))
        gifted=True,
        listing__category="cosmetics",
    )
    P(
        "v12_067",
        "【広告】このアイクリーム、3週間で目の下のたるみがなくなった…！ 40代の私でもここまで変わる😳"
        " #アイクリーム #エイジングケア",
        CS,
        gifted=True,
        listing__category="cosmetics",
    )
    # -------------------------------------------------------- quasi-drug scope
    L(
        "v12_070",
        "quasi_drug",
        "薬用 美白 クリーム 医薬部外品 トラネキサム酸",
        _j(
            "◆有効成分トラネキサム酸配合。メラニンの生成を抑え、シミ・そばかすを防ぐ。",
            "◆さらに肝斑も薄くして、できてしまったシミまで消していきます。",
        ),
        QD,
        approval="quasi_drug_approved",
    )
    L(
        "v12_071",
        "quasi_drug",
        "薬用 育毛エッセンス 医薬部外品 150ml",
        "育毛、薄毛、脱毛の予防。さらに、毛のなかった部分から新しい髪がどんどん生えてきます。",
        QD,  # why: 発毛促進 is approvable, but new hair on bald patches is a drug-level promise
        approval="quasi_drug_approved",
    )
    L(
        "v12_072",
        "quasi_drug",
        "薬用 デオドラント スティック 医薬部外品",
        "わきが(腋臭)・皮膚汗臭・制汗。さらに、多汗症そのものを根本から治します。",
        [QD, D],
        approval="quasi_drug_approved",
    )
    L(
        "v12_073",
        "cosmetics",
        "ナイアシンアミド 10% 美容液 ブライトニング",
        "メラニンの生成を抑え、シミ・そばかすを防ぐ。シワを改善する。",
        QD,  # why: quasi-drug approved wording on a product with no approval
        approval="none",
    )
    L(
        "v12_074",
        "cosmetics",
        "アクネ スポット クリーム ティーツリー 15g",
        "殺菌成分がアクネ菌を殺菌し、ニキビを防ぐ。",
        QD,  # why: 殺菌/ニキビを防ぐ on leave-on cream are quasi-drug claims; approval none
        approval="none",
    )
    L(
        "v12_075",
        "quasi_drug",
        "薬用 歯みがき 知覚過敏 医薬部外品 90g",
        "歯がしみるのを防ぐ。削れてしまったエナメル質を修復して、元の歯に戻します。",
        QD,
        approval="quasi_drug_approved",
    )
    L(
        "v12_076",
        "quasi_drug",
        "薬用 入浴剤 医薬部外品 生薬 20包",
        _j(
            "効能:肩こり、腰痛、冷え症、疲労回復、神経痛、リウマチ、痔。",
            "毎晩入るだけで高血圧も改善し、血管年齢が若返ります。",
        ),
        [QD, D],
        approval="quasi_drug_approved",
    )


def _claims_endorsement_dosage(L: Row, P: Row) -> None:
    """Guarantees, speed and superlatives; expert endorsement; drug-like dosage; approved
    claim wording without approval."""
    L(
        "v12_080",
        "health_food",
        "【満足できなければ全額返金】ヒアルロン酸 ＆ コンドロイチン 膝サポート",
        _j(
            "■効果を実感できなかった方には、理由を問わず全額返金いたします",
            "■飲めば誰でも階段がラクになる、自信の一粒です",
        ),
        [GU, BF],  # why: a refund promise alone is a sales term; 誰でも…ラクになる is the guarantee
    )
    L(
        "v12_081",
        "cosmetics",
        "天然由来成分100% ベビー ＆ ママ 保湿バーム",
        "天然成分だけだから副作用の心配はゼロ。赤ちゃんの肌にも絶対安心です。",
        GU,
    )
    L(
        "v12_082",
        "health_food",
        "史上最強 濃縮 黒ニンニク 粒 ★ランキング常連",
        "世界最高レベルの効き目。これ以上のスタミナサプリは存在しません。",
        [GU, BF],
    )
    L(
        "v12_083",
        "cosmetics",
        "塗った瞬間 マイナス5歳 ハリ クリーム",
        "塗った瞬間からハリがよみがえる。即効性を約束します。",
        [GU, CS],
    )
    L(
        "v12_084",
        "health_food",
        "飲んだ翌朝からスッキリ 快便 ハーブ茶",
        "飲んだその夜に効いて、翌朝にはドッサリ。確実に出るから安心してください。",
        [GU, BF, D],  # why: promises relief of 便秘 (a condition) with a speed guarantee
    )
    L(
        "v12_085",
        "cosmetics",
        "奇跡の ヘアオイル 美容師が驚いた",
        "どんなに傷んだ髪も必ず生まれ変わる、奇跡の一滴。",
        [GU, CS],
    )
    L(
        "v12_086",
        "health_food",
        "副作用なし 睡眠 サポート ハーブ",
        "睡眠薬と違って依存性も副作用もありません。安全性は100%保証します。",
        GU,
    )
    L(
        "v12_087",
        "health_food",
        "効果No.1 ルテイン 他社比 2倍",
        _j(
            "◆他社のルテインとは効き目が違います。",
            "◆吸収率2倍(当社比)で、目のかすみがどれよりも早く取れる。",
        ),
        [GU, BF, N1],  # why: 効果No.1 is an efficacy superlative and an unsupported No.1
    )
    # ------------------------------------------------------------ endorsement
    L(
        "v12_090",
        "health_food",
        "【整形外科医推奨】II型コラーゲン ひざ 60粒",
        _j(
            "■整形外科医の○○先生も「患者さんに勧めている」と太鼓判",
            "■歩くのがつらい方に",
        ),
        EN,
    )
    L(
        "v12_091",
        "cosmetics",
        "皮膚科医 共同開発 保湿 ローション",
        "皮膚科医が効果を認めた処方。アトピー肌の方にも安心してお使いいただけます。",
        [
            EN,
            D,
        ],  # why: 効果を認めた ties the doctor to efficacy; アトピー肌にも安心 implies a remedy
    )
    L(
        "v12_092",
        "health_food",
        "管理栄養士 ＆ 医師 監修 酵母 サプリ",
        _j(
            "◆内科医が監修し、効果を保証した本格サプリメント。",
            "◆毎日の健康をサポートします。",
        ),
        [EN, GU],
    )
    L(
        "v12_093",
        "health_food",
        "歯科医院 専売 キシリトール 乳酸菌 タブレット",
        "全国2,000軒の歯科医院で取り扱い。歯医者さんが選んだ口内ケアタブレットです。",
        EN,  # why: 歯科医院で取扱い/歯医者さんが選んだ reads as professional 選用 (基準10)
    )
    L(
        "v12_094",
        "cosmetics",
        "美容師 98%が推薦 ヘアマスク 200g",
        "現役美容師の98%が「お客様に勧めたい」と回答した集中ヘアマスク。",
        [EN, N1],  # why: 美容師 are named in 基準10; the high-percentage claim also lacks a basis
    )
    L(
        "v12_095",
        "health_food",
        "厚生労働省 認可 成分 配合 サプリ",
        "国も認めた成分で、生活習慣病の予防に。",
        [EN, D],
    )
    L(
        "v12_096",
        "health_food",
        "薬剤師 が本気で作った 胃腸サプリ",
        _j(
            "■ドラッグストア勤続20年の薬剤師が開発",
            "■胃もたれ、胸やけには薬より先にこれを飲んでほしい、と薬剤師が太鼓判",
        ),
        [EN, D],
    )
    L(
        "v12_097",
        "health_food",
        "大学 研究室 共同研究 乳酸菌 Y-7",
        _j(
            "・○○大学医学部との共同研究で、花粉症の症状が47%軽減したことを確認",
            "・マウス試験でアレルギー反応の抑制を確認",
        ),
        [EN, D],  # why: university research cited as proof of a disease claim (基準10, 46通知)
    )
    P(
        "v12_098",
        "#PR 現役ナースの私が夜勤明けの同僚にも勧めてるビタミンB✨ "
        "看護師目線でもこれは効く！疲れの抜け方が全然違う",
        [EN, BF],
        gifted=True,
        listing__category="health_food",
    )
    # ----------------------------------------------------------------- dosage
    L(
        "v12_100",
        "health_food",
        "田舎の 秘伝 薬草 茶 煎じ用 300g",
        _j(
            "【煎じ方】水600mlに本品10gを入れ、半量になるまで煮詰めてください。",
            "【服用方法】1日3回、食間に温めて服用してください。",
        ),
        DO,
    )
    L(
        "v12_101",
        "health_food",
        "ハーブ カプセル 夜用 ぐっすり",
        "就寝30分前に2カプセルを服用。眠れない場合は4カプセルまで増量してください。",
        DO,
    )
    L(
        "v12_102",
        "health_food",
        "子ども用 ビタミン グミ 用量表",
        _j(
            "■年齢別の用量",
            "3〜6歳:1回1粒 1日2回",
            "7〜12歳:1回2粒 1日2回",
            "大人:1回3粒 1日3回 毎食後",
        ),
        DO,  # why: age-graded per-dose schedule is drug-like 用法用量 under the 46通知
    )
    L(
        "v12_103",
        "food",
        "どくだみ茶 国産 100包",
        "1日3回、食後30分以内に煎じて飲むと、体の毒素が抜けていきます。",
        [DO, BF],
    )
    L(
        "v12_104",
        "health_food",
        "漢方 処方 ベース 冷え 顆粒",
        "症状に応じて1回1包〜2包を、空腹時にお湯で服用。効かない場合は服用量を倍にしてください。",
        DO,
    )
    # -------------------------------------------- approved wording without approval
    L(
        "v12_110",
        "food",
        "国産 大麦 もち麦 ごはん 800g",
        "食後の血糖値の上昇をおだやかにします。おなかの調子を整えます。",
        AC,
        approval="none",
    )
    L(
        "v12_111",
        "health_food",
        "葛の花 イソフラボン 30日分",
        "本品には葛の花由来イソフラボンが含まれます。肥満気味な方の、お腹の脂肪を減らすのを助ける機能があります。",
        AC,
        approval="none",
    )
    L(
        "v12_112",
        "food",
        "GABA チョコレート ミルク 30粒",
        "仕事や勉強による一時的な精神的ストレスを緩和する機能が報告されています。",
        AC,
        approval="none",
    )
    L(
        "v12_113",
        "food",
        "かつお節 ペプチド だし パック",
        "血圧が高めの方に。毎日のお味噌汁で、血圧をケア。",
        AC,
        approval="none",
    )
    L(
        "v12_114",
        "health_food",
        "難消化性デキストリン 配合 ブラックコーヒー スティック 30本",
        "食事の脂肪の吸収を抑えて、食後の中性脂肪の上昇をおだやかにします。",
        AC,  # why: FOSHU/FNFC-type wording on a product with neither status
        approval="none",
    )


def _weight_loss(L: Row, P: Row) -> None:
    """Slimming claims (景表法 優良誤認; on foods also a 46通知 body-function claim)."""
    L(
        "v12_120",
        "health_food",
        "【定期コース初回500円】フォルスコリ ＆ コレウス 燃焼サポート 60粒",
        _j(
            "■こんな方に:何をしても痩せなかった方、リバウンドを繰り返してきた方",
            "■寝ている間も脂肪がどんどん燃える体に",
            "■モニター様の結果 3ヶ月で-11.4kg ウエスト-14cm",
            "■※定期コースは4回以上の継続が条件です",
        ),
        [BF, WL],
    )
    L(
        "v12_121",
        "food",
        "MCTオイル 100% ココナッツ由来 450g",
        _j(
            "◆コーヒーに入れるだけでケトン体ダイエット。",
            "◆食べても食べても太らない、脂肪を燃やしやすい体質に変わる。",
        ),
        [BF, WL],
    )
    L(
        "v12_122",
        "cosmetics",
        "塗るだけ 燃焼 ボディジェル ホットタイプ",
        "お腹や太ももに塗ってマッサージするだけで、セルライトが分解されてサイズダウン。",
        [CS, WL],
    )
    L(
        "v12_123",
        "general",
        "ダイエット 腹巻き ヒーター USB 充電式",
        "巻くだけで内臓脂肪を温めて燃焼。デスクワークしながらお腹ぺたんこ。",
        WL,
        product_type="heating_belt",
        pse_mark="round",
    )
    L(
        "v12_124",
        "food",
        "高カカオ チョコレート 86% 1kg 大容量",
        _j(
            "・カカオポリフェノールたっぷり",
            "・毎食前に3枚食べるだけで血糖値スパイクを防いで、ぐんぐん痩せる",
            "・個包装で持ち歩きに便利",
        ),
        [BF, WL],
    )
    L(
        "v12_125",
        "apparel",
        "脚やせ ウォーキング シューズ レディース",
        "普段通り歩くだけで、ふくらはぎが1ヶ月で-3cm。むくみ脚もほっそり美脚に。",
        WL,
    )
    L(
        "v12_126",
        "health_food",
        "ダイエット コーヒー 30包 クロロゲン酸",
        _j(
            "■毎日のコーヒーを置き換えるだけ",
            "■お客様の声",
            "「食事制限なしで、夏までに8kgやせました!」(30代・女性)",
            "「会社の健康診断で体重が落ちていて驚かれた」(40代・男性)",
            "■※効果には個人差があります",
        ),
        [BF, WL],  # why: testimonials are the seller's claim; 個人差 footnote doesn't cure it
    )
    L(
        "v12_127",
        "general",
        "顔 ヨガ マウスピース 小顔 トレーニング",
        "1日3分くわえるだけで、顔の脂肪が落ちてシャープな小顔に。",
        WL,
    )
    L(
        "v12_128",
        "health_food",
        "糖 ＆ 脂 ブロック サプリ 食べ放題 前に",
        "焼肉・ラーメン・ケーキ、食べたカロリーをなかったことに。体重計に乗るのが怖くない。",
        [BF, WL],
    )
    P(
        "v12_129",
        "【PR】3ヶ月で-7kg😭✨ 運動ゼロ、このスープを夜ごはん代わりに飲んだだけ！ "
        "リンクはハイライトから🔗 #置き換えダイエット",
        [BF, WL],
        affiliate_link=True,
        listing__category="food",
    )
    P(
        "v12_130",
        "ぽっこりお腹がへこんだ理由はこれ👇 寝る前に1杯飲むだけのお茶🍵 #ダイエット記録 "
        "#痩せたい #ぽっこりお腹 #40代ダイエット #アラフォー #提供",
        [BF, WL, ST],  # why: #提供 is the last of six hashtags (buried)
        gifted=True,
        listing__category="food",
    )


def _no1_price_seller(L: Row, S: Row) -> None:
    """No.1/満足度/リピート率 claims without basis, double pricing, 特商法 disclosure."""
    L(
        "v12_140",
        "cosmetics",
        "【楽天ランキング1位】オールインワン 美容ジェル 80g",
        "楽天ランキング1位獲得！たくさんのお客様に選ばれています。",
        N1,  # why: no category, date or period for the ranking
    )
    L(
        "v12_141",
        "health_food",
        "満足度 98.7% ★ 大麦若葉 ＆ ケール 青汁",
        "お客様満足度98.7%！続けやすさで選ばれる青汁です。",
        N1,
    )
    L(
        "v12_142",
        "general",
        "口コミ 第1位 まくら 低反発 高さ調整",
        _j(
            "◆口コミで話題！ 寝具部門 第1位",
            "◆首・肩にフィットする高さ調整シート付き",
        ),
        N1,
    )
    L(
        "v12_143",
        "cosmetics",
        "リピート率 93% クレンジング オイル 150ml",
        "リピート率93%、一度使ったら手放せないと評判のクレンジング。",
        N1,
    )
    L(
        "v12_144",
        "health_food",
        "累計販売 1億袋 突破 ★ 国産 はとむぎ 粒",
        "累計販売数1億袋突破！日本中で愛されているはとむぎ粒。",
        N1,  # why: 売上実績 claim without period or source
    )
    L(
        "v12_145",
        "general",
        "日本一 売れてる 電動 爪やすり ネイルケア",
        _j(
            "■日本一売れてる電動爪やすり(当社調べ)",
            "■6段階の速度調節、USB充電",
        ),
        N1,  # why: 当社調べ alone gives no period, population or method
        product_type="nail_file",
    )
    L(
        "v12_146",
        "cosmetics",
        "美容家 が選ぶ 化粧水 No.1 200ml",
        _j(
            "美容のプロが選ぶ化粧水No.1*",
            "*美容に関心がある20〜50代女性へのイメージ調査(2026年8月、n=300)",
        ),
        N1,  # why: イメージ調査 of non-users is not a valid basis, even with a footnote
    )
    L(
        "v12_147",
        "food",
        "【3年連続 金賞】 国産 百年 梅干し 500g",
        "3年連続金賞受賞!! 日本一おいしい梅干しと評判です。",
        N1,  # why: 日本一おいしい has no basis; the award is unnamed
    )
    L(
        "v12_148",
        "health_food",
        "Amazon 売れ筋 1位 ★ マグネシウム グリシン",
        "Amazon売れ筋ランキング1位! 話題のマグネシウム。",
        N1,
    )
    L(
        "v12_149",
        "general",
        "シェア No.1 ブランド 加湿 空気清浄機 14畳",
        _j(
            "・国内シェアNo.1ブランドの最新モデル",
            "・自動運転、チャイルドロック、タイマー付き",
        ),
        N1,
        product_type="air_purifier",
        pse_mark="round",
    )
    L(
        "v12_150",
        "cosmetics",
        "韓国 で 一番 売れてる 日焼け止め SPF50+",
        "韓国で一番売れてる日焼け止め！日やけを防ぐ。白浮きしにくいトーンアップタイプ。",
        N1,  # why: the sunscreen claims are within the 56; only the sales claim lacks a basis
    )
    # ---------------------------------------------------------------- price
    L(
        "v12_151",
        "general",
        "羽根 布団 ダブル マザーグース 95% 【決算セール】",
        "通常価格 128,000円 → 決算特価 29,800円 (77%OFF)",
        DP,
        price=29800,
        list_price=128000,
        price__days_observed_56d=56,
        price__days_at_list_price_56d=0,
        price__max_price_56d=29800,
    )
    L(
        "v12_152",
        "apparel",
        "本革 ビジネス バッグ メンズ A4",
        "当店通常価格 36,800円 ⇒ ブラックフライデー価格 9,980円",
        DP,
        price=9980,
        list_price=36800,
        price__days_observed_56d=56,
        price__days_at_list_price_56d=5,
        price__max_price_56d=36800,
    )  # why: 5 of the last 56 days is not 最近相当期間
    L(
        "v12_153",
        "general",
        "電動 マッサージ ガン 6段階",
        "定価 19,800円のところ、本日限り 4,980円！",
        DP,
        price=4980,
        list_price=19800,
        price__days_observed_56d=40,
        price__days_at_list_price_56d=4,
        price__max_price_56d=19800,
        product_type="massager",
        pse_mark="diamond",
    )
    L(
        "v12_154",
        "food",
        "訳あり ずわいがに 脚 1kg 【週末限定】",
        "通常 12,800円 → 週末限定 5,980円(毎週末開催)",
        DP,  # why: a 通常価格 that is only charged on weekdays between weekly sales
        price=5980,
        list_price=12800,
        price__days_observed_56d=56,
        price__days_at_list_price_56d=12,
        price__max_price_56d=12800,
    )
    # ---------------------------------------------------------------- sellers
    S(
        "v12_155",
        TK,
        seller_type="corporate",
        disclosure_legal_name="株式会社サクラビューティー",
        disclosure_address="東京都渋谷区神宮前6-1-1",
        disclosure_phone=None,
        disclosure_representative="桜井 美咲",
        disclosure_return_policy="商品到着後7日以内(未開封に限る)",
        country="JP",
    )
    S(
        "v12_156",
        TK,
        seller_type="corporate",
        disclosure_legal_name="合同会社アオバ",
        disclosure_address="宮城県仙台市青葉区一番町2-2-2",
        disclosure_phone="022-333-4444",
        disclosure_representative=None,
        disclosure_return_policy="到着後8日以内",
        country="JP",
    )
    S(
        "v12_157",
        TK,
        seller_type="corporate",
        disclosure_legal_name="株式会社ハルカゼ",
        disclosure_address="福岡県福岡市博多区博多駅前3-3-3",
        disclosure_phone="092-555-6666",
        disclosure_representative="春風 一郎",
        disclosure_return_policy=None,
        country="JP",
    )
    S(
        "v12_158",
        TK,
        seller_type="corporate",
        disclosure_legal_name=None,
        disclosure_address=None,
        disclosure_phone=None,
        disclosure_representative=None,
        disclosure_return_policy="返品不可",
        country="JP",
    )


def _stema(P: Row) -> None:
    """Gifted or affiliate posts whose commercial nature is hidden or buried (ステマ告示)."""
    P(
        "v12_160",
        "朝のルーティン☀️ 最近はこのプロテインにハマってて、チョコ味が本当においしい🍫"
        " 甘すぎないのがいい #朝活 #プロテイン女子",
        ST,
        gifted=True,
        listing__category="food",
    )
    P(
        "v12_161",
        "買ってよかったもの2026🏆 1位はこのコードレス掃除機！吸引力えぐい🌀 "
        "気になる人はプロフのリンクから見てみて",
        ST,
        affiliate_link=True,
    )
    P(
        "v12_162",
        "新しいファンデ試してみた💄 カバー力あるのに厚塗り感ゼロ。マスクにもつきにくい！"
        " #ファンデーション #ベースメイク #プチプラコスメ #イエベ春 #メイク好きさんと繋がりたい"
        " #コスメレビュー #コスメ購入品 #ツヤ肌 #崩れないファンデ #PR",
        ST,  # why: #PR is the tenth hashtag at the very end
        gifted=True,
        listing__category="cosmetics",
    )
    P(
        "v12_163",
        "Thank you @kirari_official 💕 このネイルオイル、甘皮が柔らかくなってネイルの持ちが良くなった気がする💅",
        ST,  # why: a thank-you mention doesn't tell readers the item was given for the post
        gifted=True,
        listing__category="cosmetics",
    )
    P(
        "v12_164",
        "【正直レビュー】3ヶ月使ったワイヤレスイヤホン🎧 ノイキャンはこの価格帯でトップクラス。"
        "セール中だから今がチャンス👉リンクはコメント欄",
        ST,
        affiliate_link=True,
    )
    P(
        "v12_165",
        "うちの子(柴犬)がこのドッグフードに変えたら食いつきが全然違う🐕 毛並みもツヤツヤ✨"
        " #柴犬 #柴犬のいる暮らし #ドッグフード",
        ST,
        gifted=True,
    )
    P(
        "v12_166",
        "キャンプ飯はこのスキレット一択🔥 焼き目がきれいにつく！ 詳しくはブログに書きました(リンクから)",
        ST,
        affiliate_link=True,
    )
    P(
        "v12_167",
        "ずっと気になってた韓国のシートマスク、やっと使えた🥰 翌朝のもちもち感すごい。"
        "(いただきもの)",
        ST,  # why: いただきもの at the end does not say it was given by the brand for the post
        gifted=True,
        listing__category="cosmetics",
    )
    P(
        "v12_168",
        "冬のボーナスで買うなら絶対これ！ ドラム式洗濯機、乾燥までほったらかしで家事が激減🧺"
        " 楽天のリンク貼っとくね",
        ST,
        affiliate_link=True,
    )
    P(
        "v12_169",
        "今日のメイクで使ったリップはこちら💋 秋っぽいブラウンレッド🍂 "
        "#リップ #秋メイク #ブラウンリップ #新作コスメ #デパコス #コスメ好き #メイク #sponsored",
        ST,  # why: English #sponsored buried as the eighth hashtag
        gifted=True,
        listing__category="cosmetics",
    )
    P(
        "v12_170",
        "旅行先で泊まったこの旅館、ご飯も温泉も最高でした♨️ 予約はストーリーのリンクから🙌",
        ST,
        affiliate_link=True,
    )
    P(
        "v12_171",
        "子どもの知育にこのタブレット教材を使い始めて半年📚 ひらがな全部読めるようになった！",
        ST,
        gifted=True,
    )
    P(
        "v12_172",
        "このヘアアイロン、朝の準備が10分短縮😳 毛先までツヤツヤのストレートに。",
        ST,
        gifted=True,
        transcript="今日はこのヘアアイロンで巻いていきます、これほんとに優秀なんですよ",
    )
    P(
        "v12_173",
        "友達に教えてもらった除湿剤、クローゼットに入れたら1週間でタンクに水がたまっててびっくり💧"
        " #暮らしの知恵 #除湿",
        ST,
        affiliate_link=True,
    )


def _permitted_cosmetics(L: Row, P: Row) -> None:
    """Cosmetics that stay within the 56 claims, makeup effects and feel in use."""
    L(
        "v12_200",
        "cosmetics",
        "【公式】セラミド 化粧水 とろみ 180ml 無香料 ポイント10倍",
        _j(
            "■肌にうるおいを与え、キメを整えます",
            "■3種のセラミド配合(保湿成分)",
            "■とろみがあるのにベタつかない使用感",
            "■お客様の声",
            "「冬でも朝までしっとりが続きます」(30代・乾燥肌)",
            "■全成分:水、BG、グリセリン、セラミドNP、セラミドAP、…",
        ),
        [],
        PERM,
    )
    L(
        "v12_201",
        "cosmetics",
        "洗顔 フォーム 泥 ＆ 炭 130g ニキビ 予防",
        _j(
            "◆洗浄によりニキビ、アセモを防ぐ。",
            "◆毛穴の汚れを吸着してすっきり洗い上げる(洗浄による)。",
            "◆もっちり濃密泡",
        ),
        [],
        PERM,  # why: #18 applies to cleansers; removing dirt from pores is washing, not a change
    )
    L(
        "v12_202",
        "cosmetics",
        "アイクリーム 効能評価試験済み 15g レチノール 配合",
        _j(
            "・乾燥による小ジワを目立たなくする(効能評価試験済み)",
            "・レチノール(整肌成分)配合",
            "・目元にハリを与える",
        ),
        [],
        PERM,
    )
    L(
        "v12_203",
        "cosmetics",
        "日焼け止め ミルク SPF50+ PA++++ ウォータープルーフ 60ml",
        "日やけを防ぐ。日やけによるシミ・ソバカスを防ぐ。汗・水に強く、石けんで落とせます。",
        [],
        PERM,
    )
    L(
        "v12_204",
        "cosmetics",
        "ヘアミルク アウトバス ダメージケア 120g",
        _j(
            "◆毛髪にうるおいを与え、しなやかにする",
            "◆裂毛・切毛・枝毛を防ぐ",
            "◆クシどおりをよくする",
            "◆ホワイトムスクの香り",
        ),
        [],
        PERM,
    )
    L(
        "v12_205",
        "cosmetics",
        "オーガニック シャンプー 頭皮 ケア 480ml",
        _j(
            "■頭皮、毛髪を清浄にする",
            "■フケ、カユミを抑える",
            "■香りにより毛髪、頭皮の不快臭を抑える",
            "■ノンシリコン・アミノ酸系洗浄成分",
        ),
        [],
        PERM,
    )
    L(
        "v12_206",
        "cosmetics",
        "リップ バーム 無香料 スティック 4.5g",
        "口唇の荒れを防ぐ。口唇にうるおいを与え、乾燥によるカサツキを防ぐ。",
        [],
        PERM,
    )
    L(
        "v12_207",
        "cosmetics",
        "ネイル ケア オイル 10ml ペンタイプ",
        "爪を保護し、すこやかに保つ。爪にうるおいを与える。持ち歩きしやすいペンタイプ。",
        [],
        PERM,
    )
    L(
        "v12_208",
        "cosmetics",
        "シェービング ジェル メンズ 200g",
        "ひげを剃りやすくする。ひげそり後の肌を整える。すべりがよく、なめらかな剃り心地。",
        [],
        PERM,
    )
    L(
        "v12_209",
        "cosmetics",
        "歯みがき ホワイトニング ペースト 100g",
        _j(
            "・歯を白くする(ブラッシングによる)",
            "・歯のやにを取る ・口臭を防ぐ",
            "・ミントの爽快感が長く続く",
        ),
        [],
        PERM,
    )
    L(
        "v12_210",
        "cosmetics",
        "コンシーラー パレット 3色 シミ・クマ カバー",
        "シミやクマ、ニキビ跡をしっかりカバーして目立たなく見せる(メイクアップ効果による)。",
        [],
        PERM,
    )
    L(
        "v12_211",
        "cosmetics",
        "ハイライト スティック ツヤ肌",
        "光を集めて、ほうれい線や目元の影をふんわり飛ばして見せる。",
        [],
        PERM,  # why: 見せる describes a makeup (optical) effect, not a change in the skin
    )
    L(
        "v12_212",
        "cosmetics",
        "ボディ ミルク 保湿 ポンプ 400ml 家族で",
        _j(
            "■皮膚の乾燥を防ぎ、皮膚を保護する",
            "■お風呂上がりの全身に",
            "■Q. 子どもにも使えますか? A. 3歳以上のお子さまにお使いいただけます。"
            "肌に合わない場合は使用を中止し、皮膚科専門医等にご相談ください。",
        ),
        [],
        PERM,  # why: 皮膚科専門医等にご相談 is the standard caution, not an endorsement
    )
    L(
        "v12_213",
        "cosmetics",
        "引き締め 化粧水 ミント 300ml",
        "肌をひきしめる。さっぱりとした使用感で、汗ばむ季節にもべたつかない。",
        [],
        PERM,
    )
    L(
        "v12_214",
        "cosmetics",
        "ヘア スタイリング ワックス ハード",
        "髪型を整え、保持する。毛髪につやを与える。長時間スタイルをキープ。",
        [],
        PERM,
    )
    L(
        "v12_215",
        "cosmetics",
        "ベビー オイル 無香料 100ml",
        "皮膚の柔軟性を保つ。肌を柔らげ、なめらかにする。新生児から使える低刺激処方※\n※すべての方に刺激が起きないわけではありません",
        [],
        PERM,
    )
    L(
        "v12_216",
        "cosmetics",
        "フレグランス ボディ ミスト 金木犀",
        "芳香を与える。ふんわり香る金木犀。",
        [],
        PERM,
    )
    L(
        "v12_217",
        "cosmetics",
        "エイジングケア クリーム 50g 年齢肌",
        _j(
            "◆エイジングケア※ ※年齢に応じたお手入れのこと",
            "◆肌にはりを与え、キメを整える",
            "◆角質層まで浸透して、うるおいを保つ",
        ),
        [],
        PERM,
    )
    P(
        "v12_218",
        "#PR ○○さんからいただいたクレンジングバーム🍯 メイクがするっと落ちて、洗い上がりもつっぱらない！"
        " 肌のキメを整えてくれる感じ",
        [],
        PERM,
        gifted=True,
        listing__category="cosmetics",
    )
    P(
        "v12_219",
        "【広告】@hana_cosme さんの日焼け止め🌞 日やけを防ぐのはもちろん、トーンアップして肌がきれいに見える✨"
        " 白浮きしないのが推し",
        [],
        PERM,
        affiliate_link=True,
        listing__category="cosmetics",
    )


def _permitted_approved(L: Row) -> None:
    """Quasi-drug, FOSHU, FNFC and FNC wording on products whose ``approval`` allows it,
    plus a few approved products that reach beyond their approval (violations)."""
    L(
        "v12_220",
        "quasi_drug",
        "【医薬部外品】薬用 美白 化粧水 しっとり 200ml",
        _j(
            "■有効成分:トラネキサム酸",
            "■メラニンの生成を抑え、シミ・そばかすを防ぐ。肌荒れを防ぐ。",
            "■日中の紫外線ダメージが気になる季節のお手入れに",
            "■販売名:薬用ホワイトローションT",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v12_221",
        "quasi_drug",
        "薬用 育毛剤 医薬部外品 スカルプ 120ml",
        "育毛、薄毛、かゆみ、脱毛の予防、毛生促進、発毛促進、ふけ、病後・産後の脱毛、養毛。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v12_222",
        "quasi_drug",
        "薬用 ハミガキ 歯周病 予防 医薬部外品 100g",
        _j(
            "◆歯周炎(歯槽膿漏)の予防、歯肉炎の予防",
            "◆ムシ歯の発生及び進行の予防、口臭の防止",
            "◆有効成分:フッ化ナトリウム、塩化セチルピリジニウム",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v12_223",
        "quasi_drug",
        "薬用 ハンドクリーム 医薬部外品 ヘパリン類似物質",
        "手荒れ、ひび、あかぎれを防ぐ。皮膚の乾燥を防ぐ。水仕事の後に。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v12_224",
        "quasi_drug",
        "薬用 石けん ボディ 医薬部外品 3個",
        "皮膚の清浄・殺菌・消毒。体臭・汗臭及びにきびを防ぐ。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v12_225",
        "quasi_drug",
        "薬用 リップ クリーム 医薬部外品 メンソール",
        "くちびるの荒れ、ひびわれを防ぐ。口唇の乾燥を防ぐ。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v12_226",
        "quasi_drug",
        "白髪染め クリーム 医薬部外品 ナチュラルブラウン",
        "白髪を染める。約20分でしっかり染まるクリームタイプ。使用前には毎回必ず皮膚アレルギー試験(パッチテスト)を実施してください。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v12_227",
        "quasi_drug",
        "薬用 マウスウォッシュ ノンアルコール 医薬部外品 1000ml",
        "口臭の防止、口中の浄化、歯肉炎の予防。ノンアルコールで低刺激。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    # ---------------------------------------------------------------- FOSHU
    L(
        "v12_228",
        "food",
        "【特定保健用食品】キシリトール ガム ボトル 143g",
        "許可表示:本品は歯の再石灰化を増強し、歯を丈夫で健康にします。",
        [],
        PERM,
        approval="foshu",
    )
    L(
        "v12_229",
        "food",
        "特定保健用食品 大豆たんぱく 飲料 200ml×24本",
        _j(
            "許可表示:本品は大豆たんぱく質を原料とし、コレステロールが高めの方の食生活の改善に役立つように工夫されています。",
            "摂取上の注意:多量摂取により疾病が治癒するものではありません。",
            "食生活は、主食、主菜、副菜を基本に、食事のバランスを。",
        ),
        [],
        PERM,
        approval="foshu",
    )
    L(
        "v12_230",
        "food",
        "トクホ みそ汁 フリーズドライ 難消化性デキストリン 30食",
        "許可表示:食物繊維(難消化性デキストリン)の働きにより、糖の吸収をおだやかにするので、血糖値が気になり始めた方に適したみそ汁です。",
        [],
        PERM,
        approval="foshu",
    )
    # ----------------------------------------------------------------- FNFC
    L(
        "v12_231",
        "health_food",
        "【機能性表示食品】葛の花 イソフラボン タブレット 30日分",
        _j(
            "届出表示:本品には葛の花由来イソフラボン(テクトリゲニン類として)が含まれます。",
            "葛の花由来イソフラボンには肥満気味な方の、体重やお腹の脂肪(内臓脂肪と皮下脂肪)や"
            "ウエスト周囲径を減らすのを助ける機能があることが報告されています。",
            "本品は、事業者の責任において特定の保健の目的が期待できる旨を表示するものとして、"
            "消費者庁長官に届出されたものです。ただし、特定保健用食品と異なり、消費者庁長官による個別審査を受けたものではありません。",
            "本品は、疾病の診断、治療、予防を目的としたものではありません。",
        ),
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v12_232",
        "food",
        "機能性表示食品 GABA ミルクチョコレート 大袋",
        "届出表示:本品にはGABAが含まれます。GABAには、事務的作業による一時的な精神的ストレスを緩和する機能があることが報告されています。",
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v12_233",
        "health_food",
        "機能性表示食品 こんにゃく セラミド 肌 うるおい 30粒",
        _j(
            "届出表示:本品にはこんにゃく由来グルコシルセラミドが含まれます。",
            "こんにゃく由来グルコシルセラミドには、肌の保湿力(バリア機能)を高める機能があることが報告されています。",
            "肌の乾燥が気になる方に適した食品です。",
        ),
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v12_234",
        "food",
        "機能性表示食品 うんしゅうみかん β-クリプトキサンチン 5kg",
        "届出表示:本品にはβ-クリプトキサンチンが含まれています。β-クリプトキサンチンは骨代謝のはたらきを助けることにより、骨の健康に役立つことが報告されています。",
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v12_235",
        "food",
        "機能性表示食品 大麦 β-グルカン シリアル 400g",
        "届出表示:本品には大麦由来β-グルカンが含まれます。大麦由来β-グルカンには、食後の血糖値の上昇をおだやかにする機能があることが報告されています。",
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v12_236",
        "health_food",
        "機能性表示食品 クロセチン 睡眠の質 30日分",
        _j(
            "届出表示:本品にはクロセチンが含まれます。クロセチンには、睡眠の質(眠りの深さ、起床時の疲労感の軽減)の改善に役立つ機能が報告されています。",
            "本品は、疾病の診断、治療、予防を目的としたものではありません。",
            "疾病に罹患している場合は医師に、医薬品を服用している場合は医師、薬剤師に相談してください。",
        ),
        [],
        PERM,
        approval="fnfc",
    )
    # ------------------------------------------------------------------ FNC
    L(
        "v12_237",
        "health_food",
        "栄養機能食品(ビタミンC) 1000mg 90粒",
        _j(
            "ビタミンCは、皮膚や粘膜の健康維持を助けるとともに、抗酸化作用を持つ栄養素です。",
            "本品は、多量摂取により疾病が治癒したり、より健康が増進するものではありません。1日の摂取目安量を守ってください。",
            "本品は、特定保健用食品と異なり、消費者庁長官による個別審査を受けたものではありません。",
        ),
        [],
        PERM,
        approval="fnc",
    )
    L(
        "v12_238",
        "health_food",
        "栄養機能食品(葉酸) 妊活 ママ 120粒",
        "葉酸は、赤血球の形成を助ける栄養素です。葉酸は、胎児の正常な発育に寄与する栄養素です。",
        [],
        PERM,
        approval="fnc",
    )
    L(
        "v12_239",
        "health_food",
        "栄養機能食品(マグネシウム) 60粒",
        "マグネシウムは、骨や歯の形成に必要な栄養素です。マグネシウムは、多くの体内酵素の正常な働きとエネルギー産生を助けるとともに、血液循環を正常に保つのに必要な栄養素です。",
        [],
        PERM,
        approval="fnc",
    )
    L(
        "v12_240",
        "food",
        "栄養機能食品(ビタミンB1) 豚肉 生姜焼き レトルト",
        "ビタミンB1は、炭水化物からのエネルギー産生と皮膚と粘膜の健康維持を助ける栄養素です。",
        [],
        PERM,
        approval="fnc",
    )
    # --------------------------------------- approved products reaching too far
    L(
        "v12_241",
        "health_food",
        "機能性表示食品 ラクトトリペプチド 血圧 ケア",
        _j(
            "届出表示:本品にはラクトトリペプチドが含まれます。血圧が高めの方の血圧を下げる機能が報告されています。",
            "高血圧の薬をやめたい方に。続けるほど数値が安定して、通院が不要になります。",
        ),
        D,  # why: the notified claim is fine; the second line promises to replace treatment
        approval="fnfc",
    )
    L(
        "v12_242",
        "food",
        "特定保健用食品 ウーロン茶 重合ポリフェノール 1L×12本",
        _j(
            "許可表示:本品は脂肪の吸収を抑えるウーロン茶重合ポリフェノールの働きにより、食後の血中中性脂肪の上昇を抑えるので、脂肪の多い食事を摂りがちな方、血中中性脂肪が気になる方の食生活改善に役立ちます。",
            "揚げ物を食べても太らない！飲むだけで1ヶ月-4kgも夢じゃない。",
        ),
        [BF, WL],  # why: FOSHU status covers the permitted wording only, not the slimming promise
        approval="foshu",
    )
    L(
        "v12_243",
        "health_food",
        "栄養機能食品(亜鉛・ビタミンE) 男性 活力",
        "亜鉛は、味覚を正常に保つのに必要な栄養素です。さらに男性ホルモンを増やし、精力を高めます。",
        BF,
        approval="fnc",
    )
    L(
        "v12_244",
        "quasi_drug",
        "薬用 美白 美容液 医薬部外品 【医師 推奨】",
        _j(
            "メラニンの生成を抑え、シミ・そばかすを防ぐ。",
            "美容クリニックの医師も推奨する、本格美白。",
        ),
        EN,
        approval="quasi_drug_approved",
    )


def _permitted_context(L: Row, P: Row, S: Row) -> None:
    """Risky words in a permitted context: disclaimers, doctors and diseases mentioned
    without a claim, medical devices within their certified use, sourced No.1 claims,
    clear PR disclosure, a genuine reference price and complete seller disclosure."""
    L(
        "v12_250",
        "health_food",
        "【公式】国産 ケール 青汁 粉末 3g×30包 送料無料",
        _j(
            "■野菜不足が気になる方の毎日の1杯に",
            "■1包あたり食物繊維1.1g",
            "■注意事項",
            "・本品は医薬品ではありません。病気の治療を目的としたものではありません。",
            "・ワーファリン等の抗凝固薬を服用中の方は、ビタミンKを含むため医師にご相談ください。",
            "・腎臓病で食事制限のある方は医師の指示に従ってください。",
        ),
        [],
        PERM,
    )
    L(
        "v12_251",
        "food",
        "ノンシュガー のど飴 還元パラチノース 80g",
        _j(
            "◆砂糖不使用で甘さすっきり",
            "◆一度に多量に食べると、体質によりお腹がゆるくなることがあります",
            "◆糖尿病の方は医師にご相談のうえお召し上がりください",
        ),
        [],
        PERM,
    )
    L(
        "v12_252",
        "general",
        "高血圧の人が最初に読む本 減塩レシピ 100 単行本",
        _j(
            "循環器内科医が、高血圧と診断されたときの生活の見直し方と減塩のコツを解説。",
            "第1章 血圧の基礎知識 / 第2章 減塩の始め方 / 第3章 1日6g未満のレシピ100",
        ),
        [],
        PERM,  # why: a book is not a product under 薬機法; the doctor is the author, not an endorser
        product_type="book",
    )
    L(
        "v12_253",
        "general",
        "家庭用 低周波治療器 管理医療機器 パッド4枚",
        _j(
            "■効能・効果:肩こりの緩和、神経痛・筋肉痛の痛みの緩解、疲労回復、血行促進",
            "■医療機器認証番号 304AGBZX00045000",
            "■ペースメーカー等の体内植込み型医用電気機器を使用している方は使用しないでください",
        ),
        [],
        PERM,
        product_type="medical_device",
    )
    L(
        "v12_254",
        "general",
        "家庭用 電位治療器 マット型 管理医療機器",
        _j(
            "効能・効果:頭痛、肩こり、不眠症及び慢性便秘の緩解。",
            "医療機器承認番号 22600BZX00123000",
            "使用上の注意:治療中の方は医師と相談のうえお使いください。",
        ),
        [],
        PERM,  # why: disease words, but exactly the certified indication of the device
        product_type="medical_device",
    )
    L(
        "v12_255",
        "general",
        "補聴器 耳あな型 充電式 管理医療機器",
        _j(
            "◆軽度〜中等度の難聴の方の聞こえを補う補聴器です",
            "◆医療機器認証番号 229AABZX00067000",
            "◆ご購入前に耳鼻咽喉科の受診をおすすめします",
        ),
        [],
        PERM,  # why: recommending an ENT visit is guidance, not an endorsement
        product_type="medical_device",
    )
    L(
        "v12_256",
        "general",
        "パルスオキシメーター 指先 管理医療機器 日本製",
        "血中酸素飽和度(SpO2)と脈拍数を測定します。医療機器認証番号 302AFBZX00011000。測定値に不安がある場合は医療機関を受診してください。",
        [],
        PERM,
        product_type="medical_device",
    )
    L(
        "v12_257",
        "apparel",
        "医療用 ケア帽子 コットン 抗がん剤治療中の方に",
        _j(
            "・抗がん剤治療による脱毛中の頭皮をやさしく包むコットン帽子",
            "・縫い目が肌に当たらない外縫い仕様",
            "・入院中、通院時にも",
        ),
        [],
        PERM,  # why: names the treatment only to describe who wears it
    )
    L(
        "v12_258",
        "food",
        "ユニバーサルデザインフード 区分3 舌でつぶせる 介護食 12袋",
        "かむ力・飲み込む力が弱くなってきた方のお食事に。やわらかく煮込んだ和風おかず。",
        [],
        PERM,
    )
    L(
        "v12_259",
        "food",
        "減塩 しょうゆ 50% カット 500ml",
        "塩分を気にされている方、医師から減塩をすすめられている方のお料理に。うまみはそのまま。",
        [],
        PERM,  # why: describes the buyer; no claim that the soy sauce lowers blood pressure
    )
    L(
        "v12_260",
        "food",
        "米粉 パン ミックス 特定原材料28品目 不使用 1kg",
        "小麦・卵・乳などアレルギー特定原材料等28品目を使用していません。同じ工場でそばを扱っています。",
        [],
        PERM,
    )
    L(
        "v12_261",
        "health_food",
        "マルチビタミン ＆ ミネラル 60日分",
        _j(
            "■当店には薬剤師が常駐しています。お薬との飲み合わせが心配な方はお問い合わせください。",
            "■1日2粒を目安に、水またはぬるま湯でお召し上がりください。",
            "■食生活は、主食、主菜、副菜を基本に、食事のバランスを。",
        ),
        [],
        PERM,  # why: the pharmacist answers interaction questions; no recommendation of the product
    )
    L(
        "v12_262",
        "cosmetics",
        "敏感肌 用 クリーム 高保湿 40g",
        _j(
            "◆皮膚を保護し、乾燥を防ぐ",
            "◆アレルギーテスト済み※ ※すべての方にアレルギーが起きないというわけではありません",
            "◆アトピー性皮膚炎の方、治療中の方は、医師に相談のうえご使用ください",
        ),
        [],
        PERM,
    )
    L(
        "v12_263",
        "general",
        "花粉 対策 メガネ フード付き 曇り止め",
        "目元のすき間をフードでふさぎ、花粉の侵入量を約98%カット(当社試験、一般的なメガネ比)。",
        [],
        PERM,  # why: a physical barrier with a test basis; no claim to treat 花粉症
    )
    L(
        "v12_264",
        "health_food",
        "プロテイン ホエイ ビッグサイズ 3kg",
        _j(
            "■1食あたりたんぱく質23g",
            "■トレーニング後の栄養補給に",
            "■腎機能に障害のある方は、医師にご相談のうえご利用ください",
        ),
        [],
        PERM,
    )
    L(
        "v12_265",
        "food",
        "おかゆ レトルト 白がゆ 250g×10",
        "体調がすぐれない日や、食欲がないときにもやさしい味わい。国産コシヒカリ100%。",
        [],
        PERM,
    )
    # ------------------------------------------------------ sourced No.1 claims
    L(
        "v12_266",
        "cosmetics",
        "ヘアオイル 国内 販売個数 No.1 100ml",
        _j(
            "国内ヘアオイル市場 販売個数No.1※",
            "※インテージSRI+ ヘアオイル市場 2025年1月〜2025年12月 累計販売個数",
        ),
        [],
        PERM,
    )
    L(
        "v12_267",
        "health_food",
        "青汁 満足度 92% 定期便",
        _j(
            "お客様満足度92%※",
            "※2026年6月実施、当社定期便ご利用者1,200名を対象としたアンケート(有効回答512名)。「味」についての満足度",
        ),
        [],
        PERM,
    )
    L(
        "v12_268",
        "general",
        "電動 歯ブラシ 楽天 ランキング 1位 獲得",
        _j(
            "楽天市場ランキング 電動歯ブラシ部門 デイリー1位獲得(2026年10月12日)",
            "替えブラシ2本付き。2分タイマー。",
        ),
        [],
        PERM,
        product_type="electric_toothbrush",
        pse_mark="round",
    )
    L(
        "v12_269",
        "food",
        "モンドセレクション 金賞 受賞 クラフト ビール 6本",
        _j(
            "2026年 モンドセレクション 金賞受賞。",
            "20歳未満の者の飲酒は法律で禁止されています。",
        ),
        [],
        PERM,  # why: a named award with year, no No.1 or efficacy claim
        product_type="alcohol",
    )
    L(
        "v12_270",
        "cosmetics",
        "日焼け止め 売上 No.1 ブランド",
        _j(
            "日焼け止め 売上No.1ブランド※",
            "※富士経済「化粧品マーケティング要覧2026」日焼け止め市場 2025年 ブランド別 販売金額",
            "日やけを防ぐ。日やけによるシミ・ソバカスを防ぐ。",
        ),
        [],
        PERM,
    )
    # ------------------------------------------------------------ PR disclosed
    P(
        "v12_271",
        "【PR】@aozora_tea さんからいただいたほうじ茶ラテの素☕ 牛乳に溶かすだけで香ばしい！"
        " 寒い日のおやつタイムに #ほうじ茶ラテ",
        [],
        PERM,
        gifted=True,
        listing__category="food",
    )
    P(
        "v12_272",
        "#広告 #PR このコードレス掃除機、軽くて階段掃除がラクになった🧹 ヘッドが自立するのも地味に便利",
        [],
        PERM,
        affiliate_link=True,
    )
    P(
        "v12_273",
        "※この投稿は△△株式会社から商品の提供を受けて投稿しています。"
        "敏感肌の私でも使いやすい化粧水でした💧 肌にうるおいを与えてくれて、翌朝しっとり",
        [],
        PERM,
        gifted=True,
        listing__category="cosmetics",
    )
    P(
        "v12_274",
        "【プロモーション】新しい炊飯器で土鍋風ごはん🍚 おこげもちゃんとできる！ "
        "#炊飯器 #おうちごはん",
        [],
        PERM,
        gifted=True,
    )
    P(
        "v12_275",
        "【PR】乳酸菌ヨーグルト、朝ごはんの定番にしてます🥄 毎日の健康管理の一つとして。"
        "※個人の感想です。治療中の方は医師にご相談を",
        [],
        PERM,
        gifted=True,
        listing__category="food",
    )
    P(
        "v12_276",
        "母が高血圧で通院してるので、最近は実家の味噌汁も減塩に。だしを濃くすると物足りなさが減る🍲"
        " #減塩生活 #実家ごはん",
        [],
        PERM,  # why: a private post with no commercial tie; no product claim
    )
    P(
        "v12_277",
        "【広告】#PR 話題の電動ネイルケアセット💅 甘皮処理がこれ1台で完結！ リンクはプロフから",
        [],
        PERM,
        affiliate_link=True,
    )
    # ------------------------------------------------- genuine reference price
    L(
        "v12_278",
        "general",
        "スチーム アイロン コードレス 【タイムセール】",
        "通常価格 12,800円 → タイムセール 9,980円(11/27 23:59まで)",
        [],
        PERM,  # why: the list price was charged on 44 of the last 56 days, up to the sale
        price=9980,
        list_price=12800,
        price__days_observed_56d=56,
        price__days_at_list_price_56d=44,
        price__max_price_56d=12800,
        product_type="iron",
        pse_mark="round",
    )
    L(
        "v12_279",
        "apparel",
        "ダウン ベスト メンズ 軽量 【冬物セール】",
        "当店通常価格 15,400円 → 20%OFF 12,320円",
        [],
        PERM,
        price=12320,
        list_price=15400,
        price__days_observed_56d=56,
        price__days_at_list_price_56d=52,
        price__max_price_56d=15400,
    )
    L(
        "v12_280",
        "food",
        "北海道 ほたて 貝柱 1kg 値下げしました",
        "値下げしました!! 9,800円 → 7,980円(在庫限り)",
        [],
        PERM,
        price=7980,
        list_price=9800,
        price__days_observed_56d=56,
        price__days_at_list_price_56d=49,
        price__max_price_56d=9800,
    )
    # ------------------------------------------------------ complete sellers
    S(
        "v12_281",
        [],
        PERM,
        seller_type="corporate",
        disclosure_legal_name="株式会社ヤマブキ商店",
        disclosure_address="長野県松本市中央1-2-3 ヤマブキビル2F",
        disclosure_phone="0263-12-3456",
        disclosure_representative="山吹 次郎",
        disclosure_return_policy="商品到着後8日以内にご連絡ください。お客様都合の返品送料はお客様負担です。",
        country="JP",
    )
    S(
        "v12_282",
        [],
        PERM,
        seller_type="corporate",
        disclosure_legal_name="深圳市星辰贸易有限公司 (Shenzhen Xingchen Trading Co., Ltd.)",
        disclosure_address="中国広東省深圳市南山区科技园南区 高新南一道8号 1205室",
        disclosure_phone="+86-755-1234-5678",
        disclosure_representative="王 明",
        disclosure_return_policy="商品到着後7日以内、未使用品に限り返品可(返送料は当社負担)",
        country="CN",
    )  # why: a foreign seller with no Japanese office may show its own address and phone


def _ordinary(L: Row, P: Row, S: Row) -> None:
    """Ordinary compliant listings, posts and a seller, with no risky wording."""
    L(
        "v12_300",
        "food",
        "【お中元 予約】宮崎県産 完熟 マンゴー 2玉 贈答用",
        _j(
            "■太陽のタマゴ規格 糖度15度以上",
            "■お届け:6月中旬〜7月下旬",
            "■のし・メッセージカード対応",
        ),
        [],
    )
    L(
        "v12_301",
        "general",
        "モバイルバッテリー 5000mAh 薄型 PSE適合",
        "厚さ9mmの薄型。USB-C入出力。PSEマーク表示品。",
        [],
        product_type="mobile_battery",
        pse_mark="round",
    )
    L(
        "v12_302",
        "general",
        "USB 急速充電器 ACアダプター 65W 2ポート",
        "ノートPCとスマホを同時に充電。折りたたみプラグ。",
        [],
        product_type="ac_adapter",
        pse_mark="diamond",
    )
    L(
        "v12_303",
        "food",
        "純米吟醸 720ml 新潟県 蔵元直送",
        _j(
            "◆フルーティーな香りとすっきりした後味",
            "◆冷やでもぬる燗でも",
            "◆20歳未満の者の飲酒は法律で禁止されています。20歳未満の方への販売はいたしません。",
        ),
        [],
        product_type="alcohol",
    )
    L(
        "v12_304",
        "food",
        "赤ワイン 6本 セット 飲み比べ フランス",
        "ボルドー・ブルゴーニュ・ローヌから6本。20歳未満の者の飲酒は法律で禁止されています。",
        [],
        product_type="alcohol",
    )
    L(
        "v12_305",
        "general",
        "三徳包丁 ステンレス 刃渡り 18cm 日本製",
        "肉・魚・野菜に使える万能包丁。食洗機不可。",
        [],
        blade_length_cm=18.0,
    )
    L(
        "v12_306",
        "general",
        "ペティナイフ 12cm 果物ナイフ カバー付き",
        "果物の皮むきや小さな食材のカットに。",
        [],
        blade_length_cm=12.0,
    )
    L(
        "v12_307",
        "apparel",
        "【中古】ルイ・ヴィトン モノグラム スピーディ30 M41526 鑑定済み",
        _j(
            "■状態:Bランク(角スレ、ハンドル飴色)",
            "■付属品:なし",
            "■当店の鑑定士が真贋鑑定済み。万一偽物の場合は全額返金いたします。",
        ),
        [],
        price=89800,
    )
    L(
        "v12_308",
        "apparel",
        "フリース ジャケット キッズ 110〜150cm",
        "軽くて暖かいマイクロフリース。洗濯機で丸洗いOK。",
        [],
    )
    L(
        "v12_309",
        "general",
        "ステンレス 水筒 500ml 保温保冷",
        "6時間後も68℃以上(保温)。分解して洗えるせん。",
        [],
    )
    L(
        "v12_310",
        "food",
        "国産 十六穀米 500g×3袋",
        "白米に混ぜて炊くだけ。もちもちプチプチの食感。",
        [],
    )
    L(
        "v12_311",
        "general",
        "電気毛布 敷き 洗える ダニ退治 モード",
        "丸洗いOK。室温センサー付き。",
        [],
        product_type="electric_blanket",
        pse_mark="round",
    )
    L(
        "v12_312",
        "food",
        "手作り いちご ジャム 150g×2 無添加",
        "福岡県産あまおうと砂糖、レモン果汁だけで炊き上げました。",
        [],
    )
    L(
        "v12_313",
        "general",
        "ガーデン チェア 折りたたみ 2脚 セット",
        "耐荷重100kg。ベランダやキャンプに。",
        [],
    )
    L(
        "v12_314",
        "cosmetics",
        "メイク スポンジ パフ 6個 セット",
        "水を含ませるとふんわり大きくなるタイプ。リキッドファンデに。",
        [],
    )
    L(
        "v12_315",
        "general",
        "ブックエンド スチール 4個 セット",
        "倒れにくいL字型。A4ファイルにも。",
        [],
    )
    L(
        "v12_316",
        "food",
        "紅茶 アールグレイ リーフ 100g 缶",
        _j(
            "■ベルガモットの香りが華やかなアールグレイ",
            "■ミルクティーにもおすすめ",
            "■原材料:紅茶(スリランカ)、香料",
        ),
        [],
    )
    L(
        "v12_317",
        "apparel",
        "レインコート 自転車 用 リュック 対応",
        "リュックを背負ったまま着られるマチ付き。反射テープ付き。",
        [],
    )
    L(
        "v12_318",
        "general",
        "ペット 自動 給水器 2L 猫 犬",
        "循環式で新鮮な水を。フィルター交換目安:1ヶ月。",
        [],
        product_type="pet_fountain",
        pse_mark="round",
    )
    L(
        "v12_319",
        "food",
        "鹿児島 黒豚 しゃぶしゃぶ 用 600g",
        "きめ細かな肉質と甘みのある脂身。年末年始のごちそうに。",
        [],
    )
    L(
        "v12_320",
        "general",
        "ジグソーパズル 1000ピース 富士山",
        "完成サイズ 50×75cm。のり付き。",
        [],
    )
    L(
        "v12_321",
        "general",
        "キッチン スケール デジタル 0.1g 単位",
        "最大2kg。風袋引き機能付き。お菓子作りに。",
        [],
    )
    L(
        "v12_322",
        "food",
        "焼き菓子 詰め合わせ 24個 ギフト",
        "フィナンシェとマドレーヌの詰め合わせ。賞味期限:製造から30日。",
        [],
    )
    L(
        "v12_323",
        "apparel",
        "綿 100% タオル ケット シングル",
        "ふんわりやわらかなパイル。春から秋まで使えます。",
        [],
    )
    L(
        "v12_324",
        "general",
        "デスク オーガナイザー 引き出し 付き",
        "ペンや付箋をすっきり収納。ホワイト/ブラック。",
        [],
    )
    P(
        "v12_325",
        "紅葉見に行ってきた🍁 山の上はもう冬の空気でした #紅葉狩り #週末おでかけ",
        [],
    )
    P(
        "v12_326",
        "ベランダで育ててたミニトマト、最後の収穫🍅 来年はバジルも植えたい",
        [],
    )
    P(
        "v12_327",
        "今日の晩ごはんは鶏むね肉の南蛮漬け🍗 作り置きして3日目がいちばんおいしい説",
        [],
    )
    P(
        "v12_328",
        "【お知らせ】年末年始の発送スケジュールです📦 12/29〜1/3のご注文は1/4以降の発送になります",
        [],
    )
    P(
        "v12_329",
        "自分で買ったマグカップ、色がかわいすぎて毎朝のコーヒーが楽しい☕ #購入品",
        [],
    )
    S(
        "v12_330",
        [],
        None,
        seller_type="corporate",
        disclosure_legal_name="有限会社 海風水産",
        disclosure_address="北海道函館市豊川町12-8",
        disclosure_phone="0138-22-1234",
        disclosure_representative="海野 正",
        disclosure_return_policy="生鮮品のため、お客様都合の返品はお受けできません。不良品は到着後2日以内にご連絡ください。",
        country="JP",
    )
    L(
        "v12_331",
        "general",
        "LED シーリングライト 8畳 調光 リモコン付",
        "工事不要の引掛けシーリング対応。",
        [],
        product_type="ceiling_light",
        pse_mark="round",
    )
    L(
        "v12_332",
        "food",
        "国産 クラフト ジン 柚子 ＆ 山椒 700ml",
        "柚子と山椒が香る国産クラフトジン。20歳未満の者の飲酒は法律で禁止されています。",
        [],
        product_type="alcohol",
    )
