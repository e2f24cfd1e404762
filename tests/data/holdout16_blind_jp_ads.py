"""Blind held-out batch 16 of Japanese ad copy (issue 3).

Written by a helper that did not open the Japan pack (its policies, lexicons, docs or
tests) and did not score the rows. The styles differ from the earlier batches on purpose:
long landing-page copy (headline, sub-headline, body) with the claim in the middle of a
paragraph, press releases and メルマガ newsletters, 定期便 offers with 初回 pricing,
Makuake/CAMPFIRE project pages, エステ/salon home-care, ふるさと納税 return gifts, OEM/B2B
catalogue copy, よくあるご質問 sections, pet-owner posts that mention human supplements,
live-commerce chat replies and seasonal (花粉, 夏バテ, 冷え, 乾燥) campaigns.

Over 40 % of the batch is permitted look-alikes: mandatory cautions and allergen labels,
目安量, approved FOSHU/FNFC/FNC and quasi-drug wording on approved products, the 56
cosmetic claims, certified medical devices with their certified efficacy, OTC drugs with
their approved 効能・効果 and 用法・用量, books and courses about an illness, sourced No.1,
disclosed PR posts, complete seller disclosures and FAQ answers that refuse to claim.

Labels follow the law, not what a rule set is expected to catch: 薬機法 66条/68条 with
the 46通知 and 医薬品等適正広告基準, 景品表示法 5条 (No.1, 痩身), the ステマ告示 and
特商法 11条. Borderline rows carry a ``# why`` comment with the reading used.

``add_holdout16`` is deliberately not registered in ``build_jp_ads_eval.py``: the lead
registers it after the tuning round ends, so that it can be scored once, unseen.
"""

from __future__ import annotations

from collections.abc import Callable

from holdout_jp_ads import AC, BF, CS, DO, EN, GU, N1, PERM, QD, ST, TK, WL, D

Row = Callable[..., None]


def _j(*parts: str) -> str:
    """Join page blocks with newlines, the way sellers paste LP sections into the form."""
    return "\n".join(parts)


def add_holdout16(L: Row, P: Row, S: Row) -> None:
    """Blind batch 16: 101 violations, 94 permitted look-alikes, 30 ordinary rows.

    Split into sections so each stays readable; ids run v16_001… within the batch."""
    _lp_press_newsletter(L)
    _subscription_crowdfunding_salon(L)
    _furusato_oem_faq(L)
    _live_pet_seasonal_posts(L, P)
    _approval_no1_endorsement(L, P)
    _stema_and_sellers(P, S)
    _permitted_labels_and_approvals(L)
    _permitted_cosmetics_devices_drugs(L)
    _permitted_context_posts_sellers(L, P, S)
    _ordinary(L, P, S)


def _lp_press_newsletter(L: Row) -> None:
    """Long LP copy, press releases and newsletters with the claim mid-paragraph."""
    L(
        "v16_001",
        "health_food",
        "【公式】発酵黒酢もろみ 62粒|毎朝のめぐり習慣",
        _j(
            "■ヘッドライン:40代からの『めぐり』習慣。",
            "■サブヘッド:創業七十年の蔵元が、三年かけて仕込んだ黒酢もろみ。",
            "■本文:仕事に家事に、食事の時間も不規則になりがちな毎日。そんな私が黒酢もろみを"
            "続けて半年、健康診断で毎年引っかかっていた血糖値が基準値まで下がっていて、"
            "主人にも驚かれました。蔵元ならではの長期熟成で、酸っぱさが苦手な方にもまろやかで"
            "飲みやすいのが続けられる理由です。",
            "■原材料:玄米黒酢もろみ末、ゼラチン、グリセリン",
        ),
        BF,  # why: lowering a test value (血糖値) on a plain food is a body-function claim
    )
    L(
        "v16_002",
        "cosmetics",
        "プレミアム リフトセラム 30mL|年齢肌のための集中美容液",
        _j(
            "見出し:鏡を見るのが、楽しみになる。",
            "サブ見出し:話題のナノ化ペプチドを高濃度配合。",
            "いつものお手入れに1プッシュ足すだけ。ナノ化したペプチドが真皮層まで届いてコラーゲンを"
            "増やし、たるみを内側から引き上げます。翌朝のメイクのりの違いにもきっと気づくはず。"
            "香りはやさしいローズゼラニウム。",
        ),
        CS,
    )
    L(
        "v16_003",
        "health_food",
        "乳酸菌KT-11 ムズムズ季節のサポート 30日分",
        _j(
            "【ヘッドライン】この春、ティッシュの箱を手放す。",
            "【サブ】1粒に乳酸菌300億個。",
            "毎年2月になると憂うつだった私。去年の秋からこの乳酸菌を飲み始めたら、今年は目の"
            "かゆみもくしゃみもほとんど出ず、花粉症の薬を一度も飲まずにシーズンを終えられました。"
            "アレルギー体質は腸から変えられる、を実感しています。",
            "※個人の感想です。",
        ),
        [D, BF],  # why: 花粉症 relief is a disease claim; changing アレルギー体質 is body function
    )
    L(
        "v16_004",
        "health_food",
        "【プレスリリース】新発売 ブラックジンジャーEX 90粒",
        _j(
            "株式会社ヘルスラボ東京(本社:東京都港区、代表取締役:山田一郎)は、2026年12月1日より"
            "『ブラックジンジャーEX』を全国の通販サイトで発売いたします。",
            "当社が実施したヒト試験では、12週間の摂取で内臓脂肪面積が平均12.4%減少しました。"
            "食事制限なしでお腹まわりの変化を実感いただける、メタボが気になる方の新しい選択肢です。",
            "本件に関するお問い合わせ:広報部 03-0000-0000",
        ),
        [BF, WL],  # why: no FNFC notification; quantified fat loss without dieting
    )
    L(
        "v16_005",
        "health_food",
        "【メルマガ会員様限定】国産プロポリス粒 120粒 20%OFF",
        _j(
            "いつも〇〇ファームのメールマガジンをご覧いただき、ありがとうございます。",
            "今月の特集は『冬を元気に』。スタッフの佐藤は毎朝欠かさずこのプロポリスを続けていて、"
            "この冬は一度も風邪をひかず、インフルエンザの流行期も乗り切りました。",
            "ご注文は本メール限定クーポンコード『WINTER20』で。",
        ),
        D,
    )
    L(
        "v16_006",
        "health_food",
        "【ニュースレター vol.48】β-グルカン きのこ習慣 60粒",
        _j(
            "こんにちは、きのこ研究所ニュースレターです。",
            "寒暖差の大きいこの時期、季節の変わり目は体調を崩しがち。当社独自のβ-グルカンが"
            "免疫細胞を活性化して、免疫力をぐんと底上げしてくれます。",
            "次号では、しいたけ農家さんのインタビューをお届けします。",
        ),
        BF,
    )
    L(
        "v16_007",
        "cosmetics",
        "【プレスリリース】ヒト幹細胞培養液 配合 リジュビネーションクリーム",
        _j(
            "美容ブランド『ルミエールラボ』は、ヒト幹細胞培養液を10%配合した新クリームを発表。",
            "幹細胞の力で肌細胞そのものを生まれ変わらせ、10歳若い肌へ導きます。",
            "発売を記念し、公式オンラインストアで先行予約を受け付けます。",
        ),
        CS,
    )
    L(
        "v16_008",
        "electrical",
        "マイナスイオン ヒーリングライト|おやすみ前の30分に",
        _j(
            "あたたかなオレンジの光と、ほのかなアロマ。",
            "寝る前にスイッチを入れるだけで、マイナスイオンが乱れた自律神経を整え、"
            "長年の不眠やうつっぽさまで改善したというお便りをいただいています。",
            "タイマー:30分/60分/120分。",
        ),
        [D, BF],  # why: 不眠 and うつ named as conditions improved; 自律神経を整え is body function
        pse_mark="round",
    )
    L(
        "v16_009",
        "health_food",
        "通販売上No.1 グルコサミン&コンドロイチン 360粒",
        _j(
            "◆シリーズ累計販売数No.1◆",
            "しゃがむ、立ち上がる、階段をのぼる。毎日の何気ない動作で『よっこいしょ』が"
            "口ぐせになっていませんか?飲み続けるうちに、ひざの曲げ伸ばしが楽になり、"
            "階段の上り下りも軽やかに。",
        ),
        [N1, BF],  # why: No.1 without source/period/population; joint movement is body function
    )


def _subscription_crowdfunding_salon(L: Row) -> None:
    """定期便 offers with 初回 pricing, crowdfunding pages and salon home-care."""
    L(
        "v16_010",
        "health_food",
        "【定期便】初回980円 スッキリ大麦若葉青汁 30包",
        _j(
            "初回お届けは980円(税込・送料無料)、2回目以降は3,480円(税込)でお届けします。",
            "お客様の声:飲み始めて3日目の朝、1週間出なかったお通じがするっと。今では毎朝"
            "決まった時間にトイレに行けるようになりました(52歳・女性)。",
            "定期便は4回のお受け取りが条件です。",
        ),
        D,  # why: bowel movement told with its timing (settled convention)
    )
    L(
        "v16_011",
        "health_food",
        "【定期コース】初回500円 ナットウキナーゼ 60粒",
        _j(
            "循環器内科の医師も推薦する、納豆由来の酵素サプリメント。",
            "血栓を溶かす酵素の力で、脳梗塞・心筋梗塞が気になる方の予防に。",
            "2回目以降は通常価格の20%OFF(3,960円・税込)、3回のお受け取りが条件です。",
        ),
        [EN, D],
    )
    L(
        "v16_012",
        "health_food",
        "初回無料モニター ラクトフェリン 30日分",
        _j(
            "まずは無料で試してください。",
            "食べる量はそのままでOK。内臓脂肪を落として、モニター平均でお腹まわり-7cmを達成!",
            "2回目以降4,980円(税込)、いつでも休止できます。",
        ),
        [BF, WL],
    )
    L(
        "v16_013",
        "cosmetics",
        "【定期便】初回77%OFF 薬用級 ホワイトジェル 50g",
        _j(
            "初回1,480円(税込)、2回目以降5,980円(税込)。回数のお約束はありません。",
            "1本でシミ・くすみ・たるみ・シワを全部解決。薬用級の処方で、あきらめていた"
            "年齢サインが次々と消えていきます。",
        ),
        CS,  # why: a cosmetic, not an approved quasi-drug; 消える goes beyond the 56 claims
    )
    L(
        "v16_014",
        "health_food",
        "【定期便】初回0円 ノコギリヤシ&かぼちゃ種子 90粒",
        _j(
            "初回は送料550円のみ。2回目以降3,980円(税込・送料無料)、5回のお受け取りが条件です。",
            "夜中に何度も起きてしまう…そんな悩みに。前立腺肥大で夜間のトイレが3回だった方が、"
            "1回になったとの声も。",
        ),
        D,
    )
    L(
        "v16_015",
        "general",
        "【Makuake先行】貼るEMS アブスリムPro 2枚組",
        _j(
            "応援購入総額3,200万円突破!ありがとうございます。",
            "仕事中も家事中も貼っておくだけ。1日15分の刺激で、モニターさんは1か月でウエスト"
            "-8cmを達成しました。",
            "リターン:超早割 30%OFF(限定100個)。",
        ),
        [BF, WL],  # why: uncertified EMS goods; effortless, quantified slimming
    )
    L(
        "v16_016",
        "electrical",
        "【CAMPFIRE】ポータブル水素水生成ボトル H2GO",
        _j(
            "活動報告#5:支援者さまから嬉しい声が届きました!",
            "『毎日飲んでいたら体調がよくて、がんの再発予防にもなると聞いたので家族分も追加しました』。"
            "悪玉活性酸素を除去する水素の力で、体の中からサビない生活を。",
        ),
        [D, BF],  # why: がん再発予防 is a disease claim; 活性酸素を除去 is body function
        pse_mark="round",
    )
    L(
        "v16_017",
        "general",
        "【Makuake】世界初 3D可変まくら NEMURI",
        _j(
            "世界初の特許構造が、あなたの首のカーブにぴったりフィット。",
            "ストレートネックが改善し、朝の頭痛や肩こりから解放されたという声が続々と届いています。",
            "サイズ:幅60cm×奥行40cm。カバーは洗濯機で洗えます。",
        ),
        [N1, D],  # why: 世界初 without source; ストレートネック and 頭痛 relief on a pillow
    )
    L(
        "v16_018",
        "cosmetics",
        "サロン専売 スリミングジェル 200g|おうちエステ",
        _j(
            "エステサロン〇〇のトリートメントをご自宅で。",
            "お風呂上がりに気になる部分へなじませてマッサージ。温感成分が脂肪を燃やしてセルライトを"
            "分解、続けるほど二の腕や太ももがひと回り細くなります。",
            "ほのかなグレープフルーツの香り。",
        ),
        CS,
    )
    L(
        "v16_019",
        "electrical",
        "ラジオ波×EMS 美顔器 サロンリフト",
        _j(
            "エステ10回分の効果をおうちで。",
            "ラジオ波で頬の脂肪を溶かし、EMSで表情筋を鍛えて顔やせ。使ったその日から"
            "フェイスラインがすっきりします。",
        ),
        [BF, GU],  # why: fat dissolution by goods is body function; その日から is speed
        pse_mark="round",
    )
    L(
        "v16_020",
        "cosmetics",
        "サロン品質 ホームピーリングセラム|エステ帰りの肌を毎日",
        _j(
            "サロンで人気のピーリングメニューを、おうちケアに。",
            "古い角質とともに毛穴の黒ずみもニキビ跡も消え、使うたびに肌が生まれ変わります。",
            "週2回、洗顔後の肌に。",
        ),
        CS,
    )


def _furusato_oem_faq(L: Row) -> None:
    """ふるさと納税 return gifts, OEM/B2B catalogue copy and FAQ sections."""
    L(
        "v16_021",
        "food",
        "【ふるさと納税】熟成黒にんにく 500g 寄附金額12,000円",
        _j(
            "〇〇町の農家が40日間じっくり熟成させました。",
            "血液をサラサラにして、高血圧や動脈硬化の予防に役立つと町内でも評判です。",
            "返礼品は寄附の受付から2週間程度で発送します。",
        ),
        [D, BF],
    )
    L(
        "v16_022",
        "food",
        "【ふるさと納税】百花はちみつ 600g 寄附金額10,000円",
        _j(
            "山あいの養蜂場で採れた、非加熱の百花はちみつ。",
            "のどがイガイガする日はスプーン1杯。殺菌力で喉の炎症を鎮め、風邪のひきはじめにも。",
            "※1歳未満の乳児には与えないでください。",
        ),
        D,
    )
    L(
        "v16_023",
        "food",
        "【ふるさと納税】日本一おいしい棚田米 コシヒカリ 10kg",
        _j(
            "日本一の米どころが誇る、日本一おいしいお米。",
            "寄附をいただいた翌月から順次、精米したてをお届けします。",
        ),
        N1,
    )
    L(
        "v16_024",
        "health_food",
        "【ふるさと納税】〇〇村の桑の葉茶 3袋セット",
        _j(
            "村の特産、桑の葉を丸ごと粉末に。",
            "食前に一杯飲めば、糖の吸収をブロックして血糖値の急上昇を抑えます。"
            "糖尿病予備群といわれた方にも喜ばれています。",
        ),
        [BF, D],  # why: 糖の吸収をブロック on an un-notified tea; 糖尿病予備群 as target
    )
    L(
        "v16_025",
        "health_food",
        "【OEM原料】サラシア抽出エキス末 1kg〜|健康食品メーカー様向け",
        _j(
            "健康食品・サプリメントメーカー様向けの原料です。",
            "御社製品に配合するだけで、『糖の吸収を抑える』『血糖値の上昇を抑制』を訴求できる"
            "人気素材。サンプル無料、小ロットから対応します。",
        ),
        BF,  # why: a public marketplace listing; the claims are made for the ingredient itself
    )
    L(
        "v16_026",
        "cosmetics",
        "【化粧品OEM】ハイドロキノン5%配合 美白クリーム 小ロット100個〜",
        _j(
            "自社ブランドの立ち上げを応援します。",
            "『シミを消すクリーム』として販売できる高濃度処方。できてしまったシミや肝斑まで"
            "薄くします。",
        ),
        [CS, D],  # why: 肝斑 is a named skin disease; disease claim on a cosmetic is D+CS
    )
    L(
        "v16_027",
        "health_food",
        "【業務用カタログ】高濃度ビタミンC 300粒×12袋",
        _j(
            "P.24|医療機関・サロン様向けラインナップ",
            "全国120以上のクリニックで採用。医師が患者様にすすめている実績の処方です。",
            "ケース単位での卸価格はお問い合わせください。",
        ),
        EN,
    )
    L(
        "v16_028",
        "health_food",
        "マカ&亜鉛 メンズサポート 120粒",
        _j(
            "よくあるご質問",
            "Q. どのくらいで効果が出ますか?",
            "A. 早い方は飲んだその日の夜から違いを感じています。精力がみなぎり、朝の元気も戻ります。",
        ),
        [BF, GU],
    )
    L(
        "v16_029",
        "food",
        "GABA&ルイボス おだやかティー 30包",
        _j(
            "よくあるご質問",
            "Q. 薬と一緒に飲んでも大丈夫ですか?",
            "A. 血圧のお薬を飲んでいる方でも、こちらに切り替えてお薬が要らなくなった方が"
            "たくさんいらっしゃいます。",
        ),
        D,  # why: replacing antihypertensives implies treating high blood pressure
    )
    L(
        "v16_030",
        "health_food",
        "ビルベリー&ルテイン 180粒",
        _j(
            "よくあるご質問",
            "Q. 飲み方を教えてください。",
            "A. 1日3回、毎食後に2粒ずつ、水またはぬるま湯で服用してください。"
            "目の疲れがひどい日は1回4粒まで増やしていただけます。",
        ),
        [DO, BF],  # why: drug-like 用法; increasing the dose for eye fatigue implies relief
    )
    L(
        "v16_031",
        "cosmetics",
        "ベビーミルクローション 300mL",
        _j(
            "よくあるご質問",
            "Q. 新生児にも使えますか?",
            "A. 小児科や皮膚科の先生方にもおすすめいただいている処方です。生後すぐから全身に"
            "お使いいただけます。",
        ),
        EN,
    )
    L(
        "v16_032",
        "food",
        "燃焼系 キャンドルブッシュ茶 30包",
        _j(
            "よくあるご質問",
            "Q. 本当に痩せますか?",
            "A. 食事も運動もそのままで、モニター30名全員が-3kg以上を達成しています。"
            "万一ご満足いただけなければ全額返金いたします。",
        ),
        [BF, WL, GU],  # why: 全員 達成 reads as a guarantee; effortless, quantified loss
    )
    L(
        "v16_033",
        "health_food",
        "すっぽん黒酢 90粒",
        _j(
            "よくあるご質問",
            "Q. 副作用はありますか?",
            "A. 天然由来成分100%なので副作用は一切ありません。お子様からご年配の方まで"
            "安心してお飲みいただけます。",
        ),
        GU,
    )
    L(
        "v16_034",
        "quasi_drug",
        "薬用 アクネケアジェル 20g(医薬部外品)",
        _j(
            "効能・効果:にきびを防ぐ。",
            "よくあるご質問",
            "Q. できてしまったニキビ跡にも使えますか?",
            "A. はい、ニキビ跡のクレーターまでなめらかに治していきます。",
        ),
        QD,
        approval="quasi_drug_approved",
    )
    L(
        "v16_035",
        "cosmetics",
        "ビタミンC誘導体 美容液 30mL",
        _j(
            "よくあるご質問",
            "Q. シミは消えますか?",
            "A. 2週間ほどで『薄くなった』と実感される方がほとんどです。",
        ),
        CS,
    )
    L(
        "v16_036",
        "health_food",
        "【用法・用量つき】ウコン&しじみ 顆粒 30包",
        _j(
            "【用法・用量】成人1日2回、1回1包を朝夕の食前に。15歳未満は半量。",
            "飲み会の前後に。翌朝のつらい二日酔いが嘘のように軽くなります。",
        ),
        [DO, BF],  # why: 用法・用量 with age-based doses is drug-like; hangover is body function
    )


def _live_pet_seasonal_posts(L: Row, P: Row) -> None:
    """Live-commerce chat replies, pet-owner posts and seasonal campaign copy."""
    P(
        "v16_037",
        "【PR】冬の乾燥ケア ライブ🎥",
        [D, CS],
        transcript="コメント読むね〜『乾燥で肌がかゆいんだけど効く?』→効く効く!私アトピーなんだけど、"
        "これ塗ってからかゆみが出なくなったもん。",
        brand="モイストラボ",
        shop_tag=True,
        listing__category="cosmetics",
    )
    P(
        "v16_038",
        "【PR】夜ライブ 置き換えシェイク🥤",
        [BF, WL],
        transcript="『ほんとに痩せる?』って質問きてる!痩せるよ〜、私これ夜だけ置き換えて"
        "1か月で4キロ落ちたから。我慢ゼロだよ。",
        shop_tag=True,
        listing__category="health_food",
    )
    P(
        "v16_039",
        "【広告】母の日ライブ🌷",
        D,
        transcript="『母が血圧高めで…』→あ〜それならこれ一択!うちの母も毎日飲んでたら高血圧の薬"
        "いらなくなったって。",
        shop_tag=True,
        listing__category="food",
    )
    P(
        "v16_040",
        "【PR】ライブ限定セット",
        [D, CS, GU],
        transcript="ニキビの質問多いね!これ塗ると2日で赤ニキビ消えるよ、絶対!",
        shop_tag=True,
        listing__category="cosmetics",
    )
    P(
        "v16_041",
        "【PR】サプリ紹介ライブ💊",
        DO,
        transcript="『何粒飲めばいい?』→朝昼晩、食後に2粒ずつ服用してね。お薬と同じ感覚で!",
        shop_tag=True,
        listing__category="health_food",
    )
    P(
        "v16_042",
        "【PR】プロテイン&サプリ 質問コーナー",
        EN,
        transcript="『薬剤師さんも使ってる?』→うん、私の友達の薬剤師さんも、お店に来るお客さんに"
        "これ勧めてるって言ってた!",
        shop_tag=True,
        listing__category="health_food",
    )
    P(
        "v16_043",
        "【PR】ぽかぽか生姜 限定ライブ",
        [BF, GU],
        transcript="『すぐ効く?』→即効だよ!飲んで30分で体がぽかぽか、冷え性なんて一発で治っちゃう。",
        shop_tag=True,
        listing__category="health_food",
    )
    P(
        "v16_044",
        "朝の散歩🐕 うちのコタロー今日も元気!飼い主の私はというと、このDHA&EPAサプリのおかげで"
        "最近物忘れが減った気がする😂 プロフのリンクから買えるよ",
        [BF, ST],
        brand="ブレインケアDX",
        affiliate_link=True,
        hashtags="#柴犬 #しばすたぐらむ #朝んぽ",
    )
    P(
        "v16_045",
        "愛猫を抱っこしすぎて腰も膝もつらい日々…でもこのプロテオグリカン飲み始めてから関節痛が"
        "なくなった!猫との生活が快適に🐾",
        [D, ST],
        brand="ひざげんき",
        gifted=True,
        hashtags="#猫のいる暮らし #保護猫 #ねこすたぐらむ #関節ケア",
    )
    P(
        "v16_046",
        "【PR】トイプー2匹のママです🐩 犬の毛だらけの部屋でも、今年は花粉症がぜんぶ治まったのは"
        "このお茶のおかげ。",
        D,
        brand="はなすっきり茶",
        gifted=True,
    )
    P(
        "v16_047",
        "ワンコとキャンプ⛺ 焚き火しながら飲むのはこのコラーゲンドリンク。飲み始めて目尻のシワが"
        "消えたよ",
        [BF, ST],  # why: #PR is the 16th of 18 hashtags; a drink that removes wrinkles
        brand="コラリッチ",
        gifted=True,
        listing__category="food",
        hashtags="#犬とキャンプ #キャンプ女子 #ソロキャンプ #焚き火 #犬のいる暮らし #柴犬 "
        "#アウトドア #キャンプ飯 #秋キャンプ #ふもとっぱら #キャンプ好きな人と繋がりたい "
        "#犬好きな人と繋がりたい #美容 #コラーゲン #美肌 #PR #ドリンク #休日",
    )
    P(
        "v16_048",
        "【PR】シニア犬の介護で夜中に何度も起きる毎日…自分用に飲み始めたこのサプリ、寝つきが"
        "よくなって疲れがしっかり取れる✨",
        BF,
        brand="ぐっすりナイト",
        affiliate_link=True,
    )
    P(
        "v16_049",
        "プロモーション|うちの子と同じくらい私も元気!にんにく卵黄で疲労回復、毎朝5時の散歩も余裕です🐕",
        BF,
        brand="にんにく卵黄 極",
        gifted=True,
    )
    L(
        "v16_050",
        "cosmetics",
        "【花粉シーズン】花粉ブロック フェイスミスト 50mL",
        _j(
            "外出前にシュッとひと吹き。",
            "花粉を寄せつけないだけでなく、目のかゆみや鼻水といった花粉症の症状までやわらげます。",
        ),
        [D, CS],
    )
    L(
        "v16_051",
        "food",
        "べにふうき 緑茶ティーバッグ 30包|つらい季節に",
        _j(
            "メチル化カテキンたっぷりの静岡県産べにふうき。",
            "アレルギー性鼻炎のつらい症状を抑えて、マスクの季節を快適に。",
        ),
        D,  # why: approval is none; names an allergic disease and relieves it
    )
    L(
        "v16_052",
        "health_food",
        "夏季限定 スタミナ黒にんにくゼリー 30本",
        _j(
            "暑さに負けない毎日を。",
            "即効チャージ!飲んだ瞬間から体力回復、夏バテも食欲不振もまとめて撃退します。",
        ),
        [BF, GU],
    )
    L(
        "v16_053",
        "food",
        "飲む点滴 米麹甘酒 1000mL×3本|夏バテ対策",
        _j(
            "冷蔵庫でキンと冷やして。",
            "暑さでぐったりする日の疲労回復に。朝の一杯でだるさが抜けて、夏バテ知らずの体へ。",
            "砂糖不使用・ノンアルコール。",
        ),
        BF,
    )
    L(
        "v16_054",
        "health_food",
        "生姜×ヒハツ ぽかぽかカプセル 60粒|冷えに負けない",
        _j(
            "冬の冷え対策キャンペーン実施中。",
            "手足の先まで血流を促進し、冷え性を根本から改善。冬でも靴下なしで眠れるようになったと評判です。",
        ),
        BF,  # why: approval none; the same ingredient's notified claim appears in a PERM row
    )
    L(
        "v16_055",
        "apparel",
        "【冬の冷え対策】遠赤外線 腹巻きレギンス",
        _j(
            "はくだけで代謝が上がり、冷え性改善と同時に-5kgのダイエットも。",
            "M〜LLサイズ。",
        ),
        [BF, WL],
    )
    L(
        "v16_056",
        "cosmetics",
        "高保湿クリーム 50g|乾燥肌・敏感肌に",
        _j(
            "冬の乾燥でかさつく肌にうるおいを与え、皮膚の乾燥を防ぎます。",
            "ご購入者様より:アトピーでかきむしっていた子どもの肌も、かゆみが治まって赤みが消えました。",
        ),
        [D, CS],  # why: the permitted claims are fine; the buyer quote is a disease claim
    )
    L(
        "v16_057",
        "cosmetics",
        "秋冬限定 セラミド バームクレンジング 90g",
        _j(
            "乾燥が気になる季節の、とろけるバーム。",
            "メイクと一緒に角栓も毛穴の黒ずみもごっそり。使うたびに毛穴が小さくなって、肌が若返ります。",
        ),
        CS,
    )
    L(
        "v16_058",
        "cosmetics",
        "乾燥小じわ集中 アイクリーム 15g|冬の目元に",
        _j(
            "乾燥で目立つ目元に。",
            "真皮まで浸透してシワを根本から改善、深く刻まれた目尻のシワもなかったことに。",
        ),
        CS,
    )
    P(
        "v16_059",
        "【PR】冬の必需品🧦 冷え性の私がこの靴下をはき始めて、生理痛まで軽くなった!",
        D,
        brand="ぬくぬく工房",
        gifted=True,
        listing__category="apparel",
    )
    P(
        "v16_060",
        "乾燥の季節は唇ケア💋 このリップにしてから口唇ヘルペスが出なくなった",
        [D, CS],
        brand="リップラボ",
        gifted=True,
        shop_tag=True,
        hashtags="#PR #リップ",
        listing__category="cosmetics",
    )
    P(
        "v16_061",
        "PR:カ フ ン症の季節…このサプリにしてから、くしゃみ0回!!",
        D,
        brand="アレルナイン",
        gifted=True,
        listing__category="health_food",
    )
    L(
        "v16_062",
        "health_food",
        "ﾀﾞｲｴｯﾄｻﾌﾟﾘ ｽﾘﾑﾊﾞｰﾝ 90粒",
        "飲むだけでﾗｸﾗｸ-10kg!ﾘﾊﾞｳﾝﾄﾞもなし。",
        [BF, WL],
    )
    L(
        "v16_063",
        "health_food",
        "メンズ活力 ボルテージ 60粒",
        "Ｅ Ｄ で お 悩 み の 方 へ 。 勃 起 力 が 復 活 し ま す 。",
        D,
    )
    L(
        "v16_064",
        "health_food",
        "植物由来ドリンク 桑ゴールド 720mL",
        "糖〇病の数値が気になる方へ。インス〇ン注射をやめられた方もいます。",
        D,
    )
    L(
        "v16_065",
        "cosmetics",
        "ガ ン コ な シ ミ も 消 え る 美容液 20mL",
        "塗り続けるだけで、長年のシミがスーッと。",
        CS,
    )
    L(
        "v16_066",
        "health_food",
        "免疫ＵＰ↑↑ ウイルスに負けない体へ 乳酸菌パウダー",
        "ウ✕ルス対策に毎日1包。抵抗力を高めて感染を予防します。",
        [D, BF],
    )


def _approval_no1_endorsement(L: Row, P: Row) -> None:
    """Quasi-drug and approval wording, No.1, endorsement, guarantee, dosage, weight loss."""
    L(
        "v16_067",
        "quasi_drug",
        "薬用 デオドラントクリーム 30g|ワキガ対策",
        "殺菌成分でワキガ・多汗症の原因菌を徹底的に除去。汗の量そのものを根本から減らします。",
        [QD, D],  # why: no approval; 多汗症 is a named disease
        approval="none",
    )
    L(
        "v16_068",
        "quasi_drug",
        "薬用美白クリーム 30g",
        "メラニンの生成を抑え、シミ・ソバカスを防ぎます。",
        QD,  # why: approved quasi-drug wording, but the approval field says none
        approval="none",
    )
    L(
        "v16_069",
        "quasi_drug",
        "薬用 ホワイトニング歯みがき 100g(医薬部外品)",
        _j(
            "効能・効果:歯周炎(歯槽膿漏)の予防、口臭の防止。",
            "毎日のブラッシングで歯周病を治して、ぐらついた歯も元どおりに。",
        ),
        QD,  # why: approved product claiming beyond its approval → QD only
        approval="quasi_drug_approved",
    )
    L(
        "v16_070",
        "quasi_drug",
        "薬用入浴剤 湯の花ゆらり 30包(医薬部外品)",
        _j(
            "効能・効果:疲労回復、冷え症、腰痛、肩のこり、神経痛、リウマチ。",
            "毎晩つかるだけで、長年のリウマチも完治した方がいます。",
        ),
        QD,
        approval="quasi_drug_approved",
    )
    L(
        "v16_071",
        "quasi_drug",
        "薬用育毛エッセンス 120mL(医薬部外品)",
        _j(
            "効能・効果:育毛、薄毛、脱毛の予防、ふけ、かゆみ。",
            "3か月でツルツルだった頭頂部にびっしり毛が生えそろいます。",
        ),
        QD,
        approval="quasi_drug_approved",
    )
    L(
        "v16_072",
        "health_food",
        "【機能性表示食品】ひざサポート グルコサミン 180粒",
        "届出番号 I-1234(申請中)。ひざ関節の動きをサポートし、歩く・立ち上がるをラクにします。",
        [AC, BF],  # why: approval none yet shown as FNFC; the joint claim is body function
        approval="none",
    )
    L(
        "v16_073",
        "food",
        "特定保健用食品 まろやか黒烏龍茶 350mL×24本",
        "トクホの黒ウーロン茶。食事のおともに。",
        AC,
        approval="none",
    )
    L(
        "v16_074",
        "food",
        "【トクホ】ペプチド茶 30本",
        _j(
            "許可表示:本品は血圧が高めの方に適した食品です。",
            "毎日飲めば高血圧が治り、病院通いも卒業できます。",
        ),
        [AC, D],  # why: FOSHU-approved, but curing 高血圧 is beyond the approval and a disease
        approval="foshu",
    )
    L(
        "v16_075",
        "health_food",
        "【機能性表示食品】ぐっすりテアニン 30日分",
        _j(
            "届出表示:本品にはL-テアニンが含まれます。L-テアニンには睡眠の質(眠りの深さ)の"
            "向上に役立つ機能が報告されています。",
            "不眠症やうつで眠れない方にもおすすめです。",
        ),
        [AC, D],
        approval="fnfc",
    )
    L(
        "v16_076",
        "health_food",
        "栄養機能食品(亜鉛)マカ&亜鉛 60粒",
        _j(
            "亜鉛は、味覚を正常に保つのに必要な栄養素です。",
            "さらに精力増強、男性機能の回復にも。",
        ),
        [AC, BF],  # why: FNC approval covers only the zinc statement
        approval="fnc",
    )
    L(
        "v16_077",
        "health_food",
        "トクホ同等成分配合 難消化性デキストリン 粉末 500g",
        "トクホと同じ成分だから、中性脂肪を減らして脂肪の吸収もカット。",
        [AC, BF],
        approval="none",
    )
    L(
        "v16_078",
        "cosmetics",
        "オールインワンゲル 100g|口コミ満足度No.1",
        _j(
            "忙しい朝もこれ1つ。",
            "※満足度No.1:当社調べ(インターネットによるイメージ調査、2025年)",
        ),
        N1,  # why: an image survey of non-users is no basis for a No.1 claim
    )
    L(
        "v16_079",
        "general",
        "業界初 AI搭載 スマート体組成計(電池式)",
        "業界初!AIが毎日の体組成データを分析。スマホアプリで家族6人まで管理できます。",
        N1,
    )
    L(
        "v16_080",
        "food",
        "リピート率No.1 酵素ドリンク 720mL",
        "リピート率No.1!96種類の野菜・果物・野草を発酵熟成。",
        N1,
    )
    P(
        "v16_081",
        "【PR】楽天で1位とってた美容液、ついに使ってみた!テクスチャーはとろっとしてて好き。",
        N1,
        brand="エクラセラム",
        gifted=True,
        listing__category="cosmetics",
    )
    L(
        "v16_082",
        "cosmetics",
        "皮膚科医の93%が推奨 敏感肌用化粧水 150mL",
        "皮膚科医の93%が『患者さんにすすめたい』と回答。",
        [
            EN,
            N1,
        ],  # relabelled in round 11: a profession's recommendation rate without a source is also keihyo_no1 (lead's decision)
    )
    L(
        "v16_083",
        "health_food",
        "【ニュースリリース】厚生労働省も認めた成分 〇〇エキス配合サプリ",
        "国が認めた安心の成分を、毎日の健康に。",
        EN,  # why: 公務所 endorsement (基準10) on a product with no approval
    )
    P(
        "v16_084",
        "【PR】かかりつけの先生に『これ飲んでおけば大丈夫』って言われたサプリ、続けてます",
        EN,
        brand="ビタプラス",
        gifted=True,
        listing__category="health_food",
    )
    L(
        "v16_085",
        "cosmetics",
        "100%実感 しっとりハンドクリーム 50g",
        "誰が使っても必ずしっとり。効果を実感できなければ全額返金。",
        GU,  # why: moisture is a permitted claim, but 100%/必ず guarantees it
    )
    L(
        "v16_086",
        "health_food",
        "一晩でむくみスッキリ 赤ぶどう葉サプリ 60粒",
        "寝る前に飲むだけ。翌朝にはパンパンだった脚がすっきり細くなります。",
        [BF, GU],
    )
    L(
        "v16_087",
        "apparel",
        "効果保証 着圧ナイトレギンス",
        "履いて寝るだけで確実に脚やせ。1週間で太もも-3cm、効果がなければ返金します。",
        [BF, GU, WL],
    )
    L(
        "v16_088",
        "food",
        "国産しじみエキス粒 150粒",
        "お酒を飲む前後に1回3粒。1日3回を限度に、水で服用してください。",
        DO,  # why: drug-like 用法 (回数の限度, 服用); no effect is stated, so no BF
    )
    P(
        "v16_089",
        "【PR】産後太り-12kg🔥 食事制限なし・運動なし、このお茶を飲んだだけ。",
        [BF, WL],
        brand="すっきり美茶",
        gifted=True,
        listing__category="food",
    )
    L(
        "v16_090",
        "health_food",
        "寝ている間に脂肪燃焼 ナイトスリム 60粒",
        "寝る前に2粒飲むだけで、朝にはお腹ぺたんこ。",
        [BF, WL, GU],
    )
    L(
        "v16_091",
        "health_food",
        "副作用ゼロ 天然ハーブ 快眠サプリ 30粒",
        "天然ハーブ100%だから副作用ゼロ。睡眠薬が手放せなかった方も自然に眠れるように。",
        [GU, D],  # why: safety guarantee; replacing sleeping pills implies treating insomnia
    )


def _stema_and_sellers(P: Row, S: Row) -> None:
    """Brand-tied posts without a clear disclosure, and sellers missing 特商法 items."""
    P(
        "v16_092",
        "最近のお気に入りスキンケア🧴 夜にたっぷり塗ると翌朝もっちり。",
        ST,  # why: gifted; #PR is the last of 21 hashtags
        brand="ミルキーモイスト",
        gifted=True,
        hashtags="#スキンケア #スキンケアマニア #コスメ好きさんと繋がりたい #美容好きな人と繋がりたい "
        "#保湿 #乾燥肌 #冬のスキンケア #化粧水 #乳液 #クリーム #美肌 #もち肌 #夜のルーティン "
        "#コスメレビュー #購入品 #30代 #アラサー #ママ美容 #おうち時間 #ご褒美 #PR",
    )
    P(
        "v16_093",
        "ずっと使ってる日焼け止め☀️ 白浮きしないし、汗にも強いのがお気に入り",
        ST,
        brand="サンシールド",
        affiliate_link=True,
    )
    P(
        "v16_094",
        "このヨーグルトメーカー便利すぎ…牛乳パックのままセットするだけ",
        ST,
        brand="はっこうキッチン",
        shop_tag=True,
        hashtags="#キッチン家電 #時短 #ヨーグルト",
    )
    P(
        "v16_095",
        "うちの子たちとの朝ごはん🐕🐈 私はグラノーラ、この子たちはいつものカリカリ。最近はこのグラノーラ一択!",
        ST,
        brand="モーニンググラノーラ",
        gifted=True,
        hashtags="#犬と猫のいる暮らし #朝ごはん",
    )
    P(
        "v16_096",
        "今夜21時〜 愛用コスメ紹介ライブ💄",
        ST,
        transcript="今日紹介するのは全部自分で買ったやつ!案件じゃないから本音でいくね〜。",
        brand="ルミエールラボ",
        gifted=True,
        shop_tag=True,
    )
    P(
        "v16_097",
        "【愛用品】朝のルーティン☕ 最近飲んでるプロテイン、シェイカーなしでも溶けやすくて好き。",
        ST,  # why: 【愛用品】 looks like a tag but is no 広告/PR disclosure; gifted + affiliate
        brand="ボディメイクプロ",
        gifted=True,
        affiliate_link=True,
    )
    S(
        "v16_098",
        TK,  # why: corporate seller without phone or representative
        name="株式会社ビューティーネクスト",
        shop_name="ビューティーネクスト公式",
        seller_type="corporate",
        country="JP",
        disclosure_legal_name="株式会社ビューティーネクスト",
        disclosure_address="東京都渋谷区神南1-2-3",
        disclosure_email="info@beauty-next.example.jp",
        disclosure_return_policy="商品到着後8日以内、未開封品に限り返品可",
    )
    S(
        "v16_099",
        TK,  # why: a 定期便 shop run as a business hides address and phone as 非公開
        name="しあわせ青汁本舗",
        shop_name="しあわせ青汁本舗",
        seller_type="individual",
        country="JP",
        disclosure_legal_name="佐藤 花子",
        disclosure_address="非公開",
        disclosure_phone="非公開",
        disclosure_email="aojiru@example.jp",
        disclosure_return_policy="定期便は4回目受取後に解約可。返品不可。",
    )
    S(
        "v16_100",
        TK,  # why: foreign corporate seller: no address, phone or representative
        name="Global Wellness Trading Ltd.",
        shop_name="グローバルウェルネス",
        seller_type="corporate",
        country="CN",
        disclosure_legal_name="Global Wellness Trading Ltd.",
        disclosure_email="support@gwt.example.com",
        disclosure_return_policy="Returns within 7 days",
    )
    S(
        "v16_101",
        TK,  # why: corporate seller without representative or return terms
        name="合同会社ナチュラルファクトリー",
        shop_name="ナチュラルファクトリー",
        seller_type="corporate",
        country="JP",
        disclosure_legal_name="合同会社ナチュラルファクトリー",
        disclosure_address="大阪府大阪市北区梅田1-1-1",
        disclosure_phone="06-0000-1111",
        disclosure_email="shop@natural-factory.example.jp",
    )


def _permitted_labels_and_approvals(L: Row) -> None:
    """Mandatory cautions, 目安量, allergen labels and approved FOSHU/FNFC/FNC wording."""
    L(
        "v16_102",
        "health_food",
        "マルチビタミン&ミネラル 90粒 約30日分",
        _j(
            "【お召し上がり方】1日3粒を目安に、水またはぬるま湯とともにお召し上がりください。",
            "【ご注意】医師の治療を受けている方、医薬品を服用している方は、医師にご相談のうえ"
            "お召し上がりください。妊娠・授乳中の方はお控えください。",
            "本品は、多量摂取により疾病が治癒したり、より健康が増進するものではありません。",
            "アレルゲン(特定原材料等28品目中):大豆・ゼラチン",
        ),
        [],
        PERM,
    )
    L(
        "v16_103",
        "health_food",
        "【機能性表示食品】ビフィズス菌 おなかサポート 30包",
        _j(
            "届出番号:J123",
            "届出表示:本品にはビフィズス菌BB536が含まれます。ビフィズス菌BB536には腸内環境を"
            "改善し、おなかの調子を整える機能が報告されています。",
            "本品は、事業者の責任において特定の保健の目的が期待できる旨を表示するものとして、"
            "消費者庁長官に届出されたものです。ただし、特定保健用食品と異なり、消費者庁長官による"
            "個別審査を受けたものではありません。",
            "本品は、疾病の診断、治療、予防を目的としたものではありません。",
            "1日摂取目安量:1包",
        ),
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v16_104",
        "food",
        "【特定保健用食品】燕麦ペプチド茶 30本",
        _j(
            "許可表示:本品はペプチドを含んでおり、血圧が高めの方に適した食品です。",
            "1日摂取目安量:1日1本を目安にお飲みください。",
            "摂取上の注意:血圧が高い方、高血圧の治療中の方は、医師にご相談ください。",
            "食生活は、主食、主菜、副菜を基本に、食事のバランスを。",
        ),
        [],
        PERM,
        approval="foshu",
    )
    L(
        "v16_105",
        "health_food",
        "栄養機能食品(ビタミンD・カルシウム) 60粒",
        _j(
            "ビタミンDは、腸管でのカルシウムの吸収を促進し、骨の形成を助ける栄養素です。",
            "カルシウムは、骨や歯の形成に必要な栄養素です。",
            "本品は、多量摂取により疾病が治癒したり、より健康が増進するものではありません。"
            "1日の摂取目安量を守ってください。",
            "本品は、特定保健用食品と異なり、消費者庁長官による個別審査を受けたものではありません。",
        ),
        [],
        PERM,
        approval="fnc",
    )
    L(
        "v16_106",
        "food",
        "【機能性表示食品】べにふうき緑茶 粉末スティック 30本|花粉の季節に",
        _j(
            "届出表示:本品にはメチル化カテキンが含まれます。メチル化カテキンは、ハウスダストや"
            "ほこりなどによる目や鼻の不快感を軽減することが報告されています。",
            "本品は、疾病の診断、治療、予防を目的としたものではありません。",
            "食生活は、主食、主菜、副菜を基本に、食事のバランスを。",
        ),
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v16_107",
        "health_food",
        "【機能性表示食品】ヒハツ ぽかぽかタブレット 30日分|冷えが気になる方に",
        _j(
            "届出表示:本品にはヒハツ由来ピペリンが含まれます。ヒハツ由来ピペリンには、"
            "冷えにより低下した血流(末梢血流)を正常に整え、手の冷えを軽減する機能が報告されています。",
            "本品は、疾病の診断、治療、予防を目的としたものではありません。",
            "1日摂取目安量:2粒",
        ),
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v16_108",
        "food",
        "【機能性表示食品】GABA チョコレート 30袋",
        _j(
            "届出表示:本品にはGABAが含まれます。GABAには、仕事や勉強による一時的な精神的ストレスや"
            "疲労感を緩和する機能があることが報告されています。",
            "1日摂取目安量:1袋(10粒)。",
            "本品は、疾病の診断、治療、予防を目的としたものではありません。",
        ),
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v16_109",
        "health_food",
        "【プレスリリース】機能性表示食品『くずの花イソフラボンEX』新発売(届出番号 K-567)",
        _j(
            "株式会社ウェルフード(本社:福岡県福岡市、代表取締役:中村健)は、機能性表示食品"
            "『くずの花イソフラボンEX』を2027年1月に発売します。",
            "届出表示:本品には葛の花由来イソフラボンが含まれます。葛の花由来イソフラボンには、"
            "BMIが高めの方の腹部の脂肪を減らすのを助ける機能があることが報告されています。",
            "本品は、疾病の診断、治療、予防を目的としたものではありません。",
            "本品の摂取だけで痩せるものではありません。適度な運動とバランスのよい食事と併せてご利用ください。",
        ),
        [],
        PERM,
        approval="fnfc",
    )
    L(
        "v16_110",
        "health_food",
        "ホエイプロテイン 1kg ココア味",
        _j(
            "本品は医薬品ではありません。特定の効果・効能をうたうものではなく、普段の食事で不足"
            "しがちなたんぱく質の補給にお役立てください。",
            "1回30gを目安に、200mLの水または牛乳に溶かしてお召し上がりください。",
            "アレルゲン:乳成分・大豆",
        ),
        [],
        PERM,
    )
    L(
        "v16_111",
        "food",
        "国産 甜茶ブレンド ティーバッグ 40包",
        _j(
            "よくあるご質問",
            "Q. 花粉症に効きますか?",
            "A. 本品は食品のため、症状への効果をお約束することはできません。つらい症状がある方は"
            "医療機関にご相談ください。すっきりした甘みで、毎日のお茶の時間にどうぞ。",
        ),
        [],
        PERM,
    )
    L(
        "v16_112",
        "food",
        "置き換えスムージー 30食",
        _j(
            "よくあるご質問",
            "Q. 飲めば痩せますか?",
            "A. 本品を飲むだけで体重が減るものではありません。バランスのよい食事と適度な運動に"
            "あわせて、1食の置き換えとしてお使いください。1食あたり92kcal、たんぱく質10g。",
        ),
        [],
        PERM,
    )
    L(
        "v16_113",
        "food",
        "有機ルイボスティー 60包",
        _j(
            "よくあるご質問",
            "Q. 妊娠中でも飲めますか?",
            "A. ノンカフェインのお茶ですが、妊娠中・授乳中の方はかかりつけの医師にご相談のうえ"
            "お召し上がりください。",
        ),
        [],
        PERM,
    )
    L(
        "v16_114",
        "food",
        "国産果汁グミ 10袋",
        _j(
            "よくあるご質問",
            "Q. 子どもが食べても大丈夫ですか?",
            "A. 3歳以上のお子様から召し上がれます。のどに詰まらせないよう、小さく切ってお与えください。",
            "アレルゲン(28品目中):りんご・ゼラチン",
        ),
        [],
        PERM,
    )
    L(
        "v16_115",
        "health_food",
        "【定期便】国産大麦若葉 青汁 30包 初回980円",
        _j(
            "初回980円(税込・送料無料)、2回目以降3,480円(税込)。",
            "定期便は3回のお受け取りが条件です(3回分の総額7,940円)。解約・休止は次回発送日の"
            "7日前までにお電話またはマイページで承ります。",
            "大麦若葉100%。野菜不足が気になる方の毎日の食生活に。本品は医薬品ではありません。",
        ),
        [],
        PERM,
    )
    L(
        "v16_116",
        "health_food",
        "【OEM】健康食品 受託製造|錠剤・カプセル・顆粒",
        _j(
            "GMP認定工場で、最小ロット3,000個から承ります。",
            "パッケージ・広告の表現は、薬機法・健康増進法・景品表示法に沿ってご確認ください。"
            "『痩せる』『病気が治る』などの表示はできません。表示案のチェックも承ります。",
        ),
        [],
        PERM,
    )
    L(
        "v16_117",
        "food",
        "【ふるさと納税】ストレートりんごジュース 1L×6本",
        _j(
            "寄附金額15,000円。〇〇高原のふじを100%しぼりました。",
            "アレルゲン:りんご。開栓後は冷蔵し、お早めにお召し上がりください。",
        ),
        [],
        PERM,
    )
    L(
        "v16_118",
        "food",
        "【新商品のお知らせ】米粉のロールケーキ",
        _j(
            "食物アレルギーをお持ちの方へ:本品は卵・乳・小麦を使用していません。",
            "ただし、同一工場で卵・乳・小麦を含む製品を製造しています。",
        ),
        [],
        PERM,
    )
    L(
        "v16_119",
        "food",
        "冷やし中華セット 4食|夏の定番",
        "夏バテ気味で食欲が落ちる日でも、酸味のきいたタレでさっぱり食べやすい冷やし中華です。",
        [],
        PERM,
    )
    L(
        "v16_120",
        "food",
        "【メルマガ限定】しょうが湯 20袋",
        _j(
            "冷えこむ夜のほっと一息に。",
            "お湯を注ぐだけで、しょうがの香りとやさしい甘み。※体質の改善を目的としたものではありません。",
        ),
        [],
        PERM,
    )

    L(
        "v16_121",
        "food",
        "【特定保健用食品】黒烏龍茶 350mL×24本",
        _j(
            "許可表示:本品は食事から摂取した脂肪の吸収を抑えて排出を増加させる烏龍茶重合ポリフェノールを"
            "含んでいるので、食後の血中中性脂肪の上昇を抑え、脂肪の多い食事を摂りがちな方、"
            "血中中性脂肪が気になる方の食生活改善に役立ちます。",
            "1日摂取目安量:1回1本、1日2本を目安に、お食事の際にお飲みください。",
            "食生活は、主食、主菜、副菜を基本に、食事のバランスを。",
        ),
        [],
        PERM,
        approval="foshu",
    )
    L(
        "v16_122",
        "food",
        "こんにゃく麺 ごはん置き換えセット 12食",
        _j(
            "1食あたり48kcal、糖質3.2g。カロリーが気になる方の毎日の食事に。",
            "※本品を食べるだけで体重が減るものではありません。主食の一部として、主菜・副菜と組み合わせて"
            "お召し上がりください。",
        ),
        [],
        PERM,
    )


def _permitted_cosmetics_devices_drugs(L: Row) -> None:
    """The 56 cosmetic claims, approved quasi-drugs, certified devices and OTC drugs."""
    L(
        "v16_123",
        "cosmetics",
        "高保湿化粧水 200mL|乾燥小じわに",
        _j(
            "見出し:冬の肌に、たっぷりのうるおいを。",
            "サブ見出し:3種のセラミドとヒアルロン酸配合。",
            "洗顔後の肌になじませると、角質層のすみずみまで浸透※1し、乾燥による小ジワを目立たなく"
            "します※2。翌朝までしっとり、べたつかない使い心地です。",
            "※1 角質層まで ※2 効能評価試験済み",
        ),
        [],
        PERM,
    )
    L(
        "v16_124",
        "cosmetics",
        "UVミルク SPF50+ PA++++ 60mL",
        "日やけ・日やけによるシミ・ソバカスを防ぎます。石けんで落とせて、白浮きしにくいミルクタイプ。",
        [],
        PERM,
    )
    L(
        "v16_125",
        "cosmetics",
        "スカルプシャンプー 400mL",
        "頭皮・毛髪を清浄にし、フケ・カユミを抑えます。頭皮をすこやかに保ち、髪にはりとこしを与えます。",
        [],
        PERM,
    )
    L(
        "v16_126",
        "cosmetics",
        "ホワイトニング歯みがき 90g",
        "ブラッシングにより歯を白くし、ムシ歯を防ぎます。口臭を防ぎ、歯のやにを取ります。",
        [],
        PERM,
    )
    L(
        "v16_127",
        "cosmetics",
        "はちみつリップバーム 10g|乾燥する季節に",
        "口唇の荒れを防ぎ、うるおいを与えます。口唇の乾燥によるカサツキを防ぐ、やわらかなバーム。",
        [],
        PERM,
    )
    L(
        "v16_128",
        "cosmetics",
        "ヘアオイル 100mL",
        "裂毛・切毛・枝毛を防ぎ、毛髪につやを与えます。クシどおりもなめらかに。",
        [],
        PERM,
    )
    L(
        "v16_129",
        "cosmetics",
        "サロン専売 ボディクリーム 200g|おうちエステ",
        _j(
            "エステサロン〇〇のトリートメントで使っているクリームを、ご自宅用サイズに。",
            "肌をひきしめ、はりを与えます。マッサージのすべりがよく、ほのかに香ります。",
            "※マッサージの際は肌を強くこすりすぎないようにしてください。",
        ),
        [],
        PERM,
    )
    L(
        "v16_130",
        "cosmetics",
        "カバーコンシーラー 2色|シミ・ニキビ跡・クマに",
        "気になるシミやニキビ跡、クマを自然にカバーして目立たなく見せます(メーキャップ効果)。",
        [],
        PERM,
    )
    L(
        "v16_131",
        "cosmetics",
        "エイジングケア※ リッチクリーム 40g",
        _j(
            "年齢とともに乾きやすくなる肌に。肌にはりとツヤを与え、キメを整えます。",
            "※年齢に応じたお手入れのこと",
        ),
        [],
        PERM,
    )
    L(
        "v16_132",
        "cosmetics",
        "ネイル&キューティクルオイル 10mL",
        "爪を保護し、うるおいを与えます。爪をすこやかに保つ、ペンタイプのオイル。",
        [],
        PERM,
    )
    L(
        "v16_133",
        "cosmetics",
        "シェービングジェル 200g",
        "ひげを剃りやすくし、ひげそり後の肌を整えます。",
        [],
        PERM,
    )
    L(
        "v16_134",
        "cosmetics",
        "【化粧品OEM】保湿クリーム 処方例のご案内",
        _j(
            "訴求可能な効能の例:皮膚の乾燥を防ぐ、肌にうるおいを与える、肌のキメを整える"
            "(化粧品の効能の範囲内)。",
            "『シミが消える』『シワがなくなる』等の表現は化粧品ではご使用いただけません。",
        ),
        [],
        PERM,
    )
    L(
        "v16_135",
        "cosmetics",
        "【ふるさと納税】〇〇温泉水 ミスト化粧水 150mL",
        "温泉水をベースにしたミスト化粧水。肌を整え、うるおいを与えます。寄附金額8,000円。",
        [],
        PERM,
    )
    L(
        "v16_136",
        "cosmetics",
        "【Makuake】国産ヒノキの手作り石けん 3個",
        _j(
            "汚れをおとすことにより、皮膚を清浄にします。",
            "木曽ヒノキの香り。応援購入のリターンは2027年2月にお届け予定です。",
        ),
        [],
        PERM,
    )
    L(
        "v16_137",
        "cosmetics",
        "冬の乾燥に ボディミルク 300mL",
        "皮膚の乾燥を防ぎ、柔軟性を保ちます。お風呂上がりのまだ肌が湿っているうちに。",
        [],
        PERM,
    )
    L(
        "v16_138",
        "cosmetics",
        "ベビーパウダー 140g|夏のあせも対策に",
        "あせもを防ぐ打粉。お風呂上がりに、パフで薄くはたいてください。",
        [],
        PERM,
    )
    L(
        "v16_139",
        "cosmetics",
        "アクネ洗顔フォーム 120g",
        _j(
            "(洗浄により)ニキビ・アセモを防ぐ洗顔料です。",
            "よくあるご質問",
            "Q. できたニキビは治りますか?",
            "A. 化粧品のため、ニキビを治すことはできません。気になる症状は皮膚科にご相談ください。",
        ),
        [],
        PERM,
    )
    L(
        "v16_140",
        "cosmetics",
        "ハンドクリーム 50g|手荒れしやすい季節に",
        "乾燥でかさつく手肌にうるおいを与え、肌荒れを防ぎます。べたつかず、すぐにスマホが触れます。",
        [],
        PERM,
    )
    L(
        "v16_141",
        "quasi_drug",
        "薬用美白美容液 30mL(医薬部外品)",
        _j(
            "メラニンの生成を抑え、シミ・ソバカスを防ぎます。",
            "よくあるご質問",
            "Q. 今あるシミは消えますか?",
            "A. 今あるシミを消すものではありません。これからのシミ・ソバカスを防ぐ美容液です。",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v16_142",
        "quasi_drug",
        "薬用入浴剤 ゆずの湯 30包(医薬部外品)|冷えこむ夜に",
        _j(
            "効能・効果:疲労回復、冷え症、肩のこり、腰痛、神経痛、リウマチ、あせも、しっしん、"
            "荒れ性、ひび、あかぎれ、しもやけ、うちみ、くじき、痔、産前産後の冷え症、にきび。",
            "使用方法:浴槽のお湯(約200L)に1包を入れ、よくかき混ぜてから入浴してください。",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v16_143",
        "quasi_drug",
        "薬用ハンドクリーム 60g(医薬部外品)",
        "効能・効果:ひび、あかぎれ、しもやけを防ぐ。手あれ、肌あれ、皮膚の乾燥を防ぐ。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v16_144",
        "quasi_drug",
        "薬用歯みがき ガムケア 120g(医薬部外品)",
        _j(
            "効能・効果:歯肉炎・歯周炎(歯槽膿漏)の予防、ムシ歯の発生及び進行の予防、口臭の防止。",
            "歯ぐきの腫れや出血が続く場合は、歯科医院を受診してください。",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v16_145",
        "quasi_drug",
        "薬用育毛トニック 180mL(医薬部外品)",
        _j(
            "効能・効果:育毛、薄毛、かゆみ、脱毛の予防、ふけ、病後・産後の脱毛、養毛。",
            "1日2回、頭皮に直接なじませてください。頭皮に異常があるときは使用を中止してください。",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v16_146",
        "quasi_drug",
        "薬用デオドラントロールオン 40mL(医薬部外品)",
        "効能・効果:わきが(腋臭)、皮フ汗臭、制汗。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v16_147",
        "quasi_drug",
        "薬用リンクルクリーム 20g(医薬部外品)",
        "ナイアシンアミド配合。効能・効果:シワを改善する。肌あれ・あれ性を防ぐ。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v16_148",
        "quasi_drug",
        "薬用アクネローション 150mL(医薬部外品)",
        "効能・効果:肌あれ・あれ性、にきびを防ぐ。油性肌。",
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v16_149",
        "medical_device",
        "家庭用低周波治療器 ツインパッド",
        _j(
            "管理医療機器 医療機器認証番号:305AABZX00012000",
            "効能・効果:肩こりの緩和、筋肉疲労の緩和、神経痛・筋肉痛の痛みの緩和、麻痺した筋肉の"
            "改善、マッサージ効果。",
            "ペースメーカー等の体内植込み型医用電気機器を使用している方は使用しないでください。",
        ),
        [],
        PERM,
    )
    L(
        "v16_150",
        "medical_device",
        "磁気ネックレス 45cm",
        _j(
            "管理医療機器 医療機器認証番号:227AFBZX00098000",
            "効能・効果:装着部位のコリ及び血行の改善。",
            "ペースメーカーなど植込み型医用電子機器を使用している方は使用しないでください。",
        ),
        [],
        PERM,
    )
    L(
        "v16_151",
        "medical_device",
        "家庭用マッサージチェア リラクシア",
        _j(
            "管理医療機器 医療機器認証番号:301AGBZX00045000",
            "効能・効果:疲労回復、血行をよくする、筋肉のこりをほぐす、筋肉の疲れをとる、"
            "神経痛・筋肉痛の痛みの緩解。",
        ),
        [],
        PERM,
    )
    L(
        "v16_152",
        "medical_device",
        "家庭用電位治療器 ヘルスマット",
        _j(
            "管理医療機器 医療機器認証番号:229AHBZX00077000",
            "効能・効果:頭痛、肩こり、不眠症及び慢性便秘の緩解。",
            "使用前に取扱説明書をよくお読みください。医師の治療を受けている方は医師にご相談ください。",
        ),
        [],
        PERM,
    )
    L(
        "v16_153",
        "medical_device",
        "上腕式血圧計 HB-200",
        _j(
            "管理医療機器 医療機器認証番号:302AKBZX00031000",
            "毎日の家庭血圧の測定と記録に。測定結果の判断は医師にご相談ください。",
        ),
        [],
        PERM,
    )
    L(
        "v16_154",
        "medical_device",
        "【Makuake】医療機器認証取得 コードレス低周波治療器",
        _j(
            "管理医療機器 医療機器認証番号:306AABZX00003000",
            "効能・効果:肩こりの緩和、筋肉疲労の緩和(低周波治療器として)。",
            "※腹筋を割る、痩せるといった効果を表示するものではありません。",
        ),
        [],
        PERM,
    )
    L(
        "v16_155",
        "drug",
        "【第2類医薬品】葛根湯エキス顆粒 12包",
        _j(
            "効能・効果:体力中等度以上のものの次の諸症:感冒の初期(汗をかいていないもの)、鼻かぜ、"
            "鼻炎、頭痛、肩こり、筋肉痛、手や肩の痛み。",
            "用法・用量:成人1回1包、1日3回食前又は食間に水又は白湯にて服用してください。",
            "使用上の注意をよく読んでお使いください。ご不明な点は当店の薬剤師にお問い合わせください。",
        ),
        [],
        PERM,
        seller__drug_license="横浜市指令中福第123号(店舗販売業)",
    )
    L(
        "v16_156",
        "drug",
        "【第2類医薬品】鼻炎内服薬 24錠|花粉の季節に",
        _j(
            "効能・効果:花粉、ハウスダスト(室内塵)などによる次のような鼻のアレルギー症状の緩和:"
            "くしゃみ、鼻みず(鼻汁過多)、鼻づまり。",
            "用法・用量:成人(15歳以上)1回1錠、1日2回朝夕に服用。",
            "服用後、乗物又は機械類の運転操作をしないでください。",
        ),
        [],
        PERM,
        seller__drug_license="横浜市指令中福第123号(店舗販売業)",
    )
    L(
        "v16_157",
        "drug",
        "【第2類医薬品】ヘパリン類似物質 クリーム 60g|乾燥肌に",
        _j(
            "効能・効果:乾皮症、小児の乾燥性皮膚、手指の荒れ、ひじ・ひざ・かかと・くるぶしの"
            "角化症、しもやけ(ただれを除く)、きず・やけどのあとの皮膚のしこり・つっぱり。",
            "用法・用量:1日1〜数回、適量を患部にすりこむか、またはガーゼ等にのばして貼ってください。",
        ),
        [],
        PERM,
        seller__drug_license="横浜市指令中福第123号(店舗販売業)",
    )
    L(
        "v16_158",
        "drug",
        "【第3類医薬品】ビタミンB1主薬製剤 90錠",
        _j(
            "効能・効果:次の場合のビタミンB1の補給:肉体疲労時、病中病後の体力低下時、妊娠授乳期。",
            "用法・用量:成人1日1回2錠を食後に服用してください。",
        ),
        [],
        PERM,
        seller__drug_license="横浜市指令中福第123号(店舗販売業)",
    )

    L(
        "v16_159",
        "quasi_drug",
        "【指定医薬部外品】タウリン配合ドリンク 100mL×10本",
        _j(
            "効能・効果:滋養強壮、虚弱体質、肉体疲労・病中病後・食欲不振・栄養障害・発熱性消耗性疾患・"
            "妊娠授乳期などの場合の栄養補給。",
            "用法・用量:成人(15歳以上)1日1回1本(100mL)を服用してください。",
        ),
        [],
        PERM,
        approval="quasi_drug_approved",
    )
    L(
        "v16_160",
        "drug",
        "【第2類医薬品】アレルギー用目薬 15mL|花粉の季節に",
        _j(
            "効能・効果:目のアレルギー症状の緩和(花粉、ハウスダストなどによる目のかゆみ、充血、なみだ目、"
            "異物感(コロコロする感じ))。",
            "用法・用量:1回1〜2滴、1日4回点眼してください。",
            "コンタクトレンズを装着したまま使用しないでください。",
        ),
        [],
        PERM,
        seller__drug_license="横浜市指令中福第123号(店舗販売業)",
    )
    L(
        "v16_161",
        "general",
        "サロン専売 ヘッドスパブラシ|おうちエステ",
        _j(
            "ヘッドスパサロンの指の動きをヒントにした、やわらかいシリコンブラシ。",
            "シャンプーのときに頭皮をやさしくマッサージできます。濡れた髪にも乾いた髪にも使えます。",
        ),
        [],
        PERM,
    )


def _permitted_context_posts_sellers(L: Row, P: Row, S: Row) -> None:
    """Books, professionals named without endorsing, sourced No.1, negations, PR posts."""
    L(
        "v16_162",
        "general",
        "書籍『花粉症と上手につきあう本』",
        "耳鼻咽喉科の専門医が、毎日のセルフケアと受診のタイミングをイラストでやさしく解説します。",
        [],
        PERM,
    )
    L(
        "v16_163",
        "general",
        "レシピ本『糖尿病の人のための毎日の献立150』",
        _j(
            "管理栄養士が考えた、1食あたりのエネルギー量と塩分量つきのレシピ150品。",
            "治療中の方は、主治医の指示に従って食事を調整してください。",
        ),
        [],
        PERM,
    )
    L(
        "v16_164",
        "general",
        "オンライン講座『冷えと睡眠の基礎知識』全6回",
        _j(
            "講師:看護師・睡眠健康指導士。体温と睡眠のしくみ、冷えを感じやすい生活習慣を学ぶ講座です。",
            "※本講座は医療行為・診断を行うものではありません。",
        ),
        [],
        PERM,
    )
    L(
        "v16_165",
        "general",
        "DVD『おうちでできる腰まわりストレッチ』",
        "整形外科医が監修した、1日10分のストレッチ動画。痛みがある方は無理をせず、医師にご相談ください。",
        [],
        PERM,  # why: a DVD is no 医薬品等; supervision of exercise content is not a product endorsement
    )
    L(
        "v16_166",
        "general",
        "メッシュ抱っこ紐 新生児〜36か月",
        "開発のきっかけは、助産師として働く姉の『夏でも蒸れない抱っこ紐がほしい』という一言でした。",
        [],
        PERM,
    )
    L(
        "v16_167",
        "food",
        "やわらか介護食 おかずセット 14食",
        _j(
            "病院の管理栄養士だった店主が、家族の介護をきっかけに始めたお店です。",
            "飲み込みに不安がある方は、主治医や言語聴覚士にご相談のうえお選びください。",
        ),
        [],
        PERM,
    )
    L(
        "v16_168",
        "general",
        "やわらかめ歯ブラシ 10本セット",
        "毛先の細いやわらかめ。歯ぐきが気になる方は、歯科医院での定期検診もおすすめします。",
        [],
        PERM,
    )
    L(
        "v16_169",
        "cosmetics",
        "導入化粧水 150mL|楽天ランキング1位",
        _j(
            "肌を整え、次に使う化粧品のなじみをよくします。",
            "※楽天市場 化粧水・ローション部門 デイリーランキング1位(2026年10月3日集計、楽天市場調べ)",
        ),
        [],
        PERM,
    )
    L(
        "v16_170",
        "food",
        "【ふるさと納税】〇〇町産 シャインマスカット 2房",
        _j(
            "〇〇町のシャインマスカット出荷量は県内1位です。",
            "※2025年産、〇〇県農林水産部『果樹生産出荷統計』より",
        ),
        [],
        PERM,
    )
    L(
        "v16_171",
        "general",
        "【Makuake】折りたたみ電動アシスト台車",
        "Makuake 家電・ガジェットカテゴリー 応援購入総額1位(2026年9月1日〜30日、Makuake調べ)",
        [],
        PERM,
    )
    L(
        "v16_172",
        "general",
        "【CAMPFIRE】姿勢を意識できるインナーシャツ",
        _j(
            "背中のラインに沿った切り替えで、座っているときの姿勢に気づきやすいデザインです。",
            "※本製品は医療機器ではなく、猫背や腰痛の治療・矯正を目的としたものではありません。",
        ),
        [],
        PERM,
    )
    L(
        "v16_173",
        "general",
        "腹筋ローラー ひざマット付き",
        _j(
            "腹筋・体幹を鍛えるトレーニング器具です。ひざをついた姿勢から始められます。",
            "※本品を使うだけで体重が減るものではありません。",
        ),
        [],
        PERM,
    )
    L(
        "v16_174",
        "general",
        "静音ステッパー 消費カロリー表示つき",
        "マンションでも使える静音設計。表示される消費カロリーは、体重と踏む速さから計算した目安です。",
        [],
        PERM,
    )
    L(
        "v16_175",
        "apparel",
        "裏起毛レギンス 2枚組|冷えが気になる季節に",
        "裏起毛で暖かく、冷えこむ朝の通勤にも。※着用により体質が改善するものではありません。",
        [],
        PERM,
    )
    L(
        "v16_176",
        "apparel",
        "花粉がつきにくい スプリングコート",
        "静電気を抑える加工で、花粉やホコリがつきにくい生地(当社従来品比、当社試験)。",
        [],
        PERM,
    )
    L(
        "v16_177",
        "general",
        "不織布マスク 50枚入り|花粉の季節に",
        "PFE99%(0.1μm粒子、試験機関:一般財団法人〇〇試験センター)。※感染を防ぐものではありません。",
        [],
        PERM,
    )
    P(
        "v16_178",
        "【PR】〇〇コスメさんから商品提供をいただきました。毎晩のスキンケアに使っていて、肌に"
        "うるおいを与えてくれて翌朝しっとり。",
        [],
        PERM,
        brand="〇〇コスメ",
        gifted=True,
        listing__category="cosmetics",
    )
    P(
        "v16_179",
        "広告|季節限定の冷やし甘酒。すっきり甘くて、夏の朝ごはんにちょうどいい。",
        [],
        PERM,
        brand="麹屋本店",
        affiliate_link=True,
        listing__category="food",
    )
    P(
        "v16_180",
        "#PR 愛犬とおそろいで使えるブランケット🐕 乾燥する冬の夜も、ふわふわで暖かい。",
        [],
        PERM,
        brand="ぬくもり毛布店",
        gifted=True,
        hashtags="#PR #犬のいる暮らし",
    )
    P(
        "v16_181",
        "【プロモーション】冬の乾燥ケアライブ🎥",
        [],
        PERM,
        transcript="『アトピーでも使える?』→ごめんね、病気のことはお医者さんに相談してね。"
        "使う前は腕の内側でパッチテストしてね。保湿クリームだから、皮膚の乾燥を防ぐお手入れとして使ってね。",
        brand="モイストラボ",
        shop_tag=True,
        listing__category="cosmetics",
    )
    P(
        "v16_182",
        "【PR】置き換えシェイク 質問コーナー🥤",
        [],
        PERM,
        transcript="『これで痩せる?』→これ飲むだけで痩せるってことはないよ〜!置き換えの1食として、"
        "たんぱく質が15gとれるのがいいところ。",
        shop_tag=True,
        listing__category="food",
    )
    P(
        "v16_183",
        "【PR】マルチビタミン ライブ💊",
        [],
        PERM,
        transcript="『何粒飲めばいい?』→パッケージに1日2粒が目安って書いてあるよ。お薬を飲んでる人は、"
        "先にお医者さんに聞いてからにしてね。",
        shop_tag=True,
        listing__category="health_food",
    )
    P(
        "v16_184",
        "【PR】ハンドクリーム売上No.1(インテージSRI+、2025年1月〜12月、ハンドクリーム市場 金額ベース)"
        "のシリーズから冬限定の香り。手肌にうるおいを与えてくれる。",
        [],
        PERM,
        brand="ハンドラボ",
        gifted=True,
        listing__category="cosmetics",
    )
    P(
        "v16_185",
        "うちの子、花粉の季節は散歩のあとに体をふいてあげてます。私は花粉症で耳鼻科通い…😷",
        [],
        PERM,
        hashtags="#柴犬 #花粉の季節",
    )
    P(
        "v16_186",
        "【PR】新しいキャリーバッグ。腰痛持ちの私でも、肩掛けとリュックを切り替えられるから運びやすい🐈",
        [],
        PERM,
        brand="ペットキャリー工房",
        gifted=True,
    )
    P(
        "v16_187",
        "夏バテ気味で食欲がないから、今日はそうめん。みょうがと大葉たっぷりで。",
        [],
        PERM,
    )
    P(
        "v16_188",
        "健診で血圧が高めって言われたので、犬の散歩を朝晩30分に増やしました🐕 サプリとかじゃなく"
        "地道にいきます。",
        [],
        PERM,
        hashtags="#犬のいる暮らし #散歩",
    )
    P(
        "v16_189",
        "【PR】〇〇町みそ工房さんから提供いただいた米麹味噌(ふるさと納税の返礼品にもなっています)。"
        "やさしい甘みで、冷えた朝の味噌汁がしみる。",
        [],
        PERM,
        brand="〇〇町みそ工房",
        gifted=True,
    )
    P(
        "v16_190",
        "【PR】ライブコマース 冬のスキンケア福袋🎁",
        [],
        PERM,
        transcript="『これ一番売れてるの?』→ランキングは日によって変わるから一番とは言えないけど、"
        "私は毎晩使ってるよ。『シミ消える?』→消えるものじゃないよ〜、保湿クリームだからね。",
        brand="モイストラボ",
        shop_tag=True,
        listing__category="cosmetics",
    )
    P(
        "v16_191",
        "【広告】犬の散歩のおともに、レモン味のビタミンCタブレット🍋 ポケットに入るサイズが便利。"
        "1日2粒が目安です。",
        [],
        PERM,
        brand="ビタタブ",
        affiliate_link=True,
        listing__category="health_food",
        hashtags="#PR #犬の散歩",
    )
    L(
        "v16_192",
        "general",
        "【メルマガ】乾燥対策特集 加湿器・ハンドクリーム・リップ 3点セット",
        _j(
            "暖房で空気が乾きやすい季節になりました。",
            "今週のメルマガでは、スタッフが冬に手放せない3点をセットにしてお届けします。"
            "ハンドクリームとリップは化粧品、加湿器はスチーム式(加湿量400mL/h)です。",
        ),
        [],
        PERM,
    )
    S(
        "v16_193",
        [],
        PERM,
        name="株式会社はるかぜ薬局",
        shop_name="はるかぜ薬局 オンライン",
        seller_type="corporate",
        country="JP",
        disclosure_legal_name="株式会社はるかぜ薬局",
        disclosure_address="神奈川県横浜市中区山下町1-2-3",
        disclosure_phone="045-000-1234",
        disclosure_email="shop@harukaze-ph.example.jp",
        disclosure_representative="代表取締役 春風 一郎(通信販売責任者 兼 管理薬剤師)",
        disclosure_return_policy="医薬品は開封後の返品不可。未開封品は到着後8日以内に限り返品可(送料はお客様負担)。",
        drug_license="横浜市指令中福第123号(店舗販売業)",
    )
    S(
        "v16_194",
        [],
        PERM,
        name="株式会社みのりファーム",
        shop_name="みのりファーム 定期便ストア",
        seller_type="corporate",
        country="JP",
        disclosure_legal_name="株式会社みのりファーム",
        disclosure_address="熊本県阿蘇市一の宮町1-1",
        disclosure_phone="0967-00-0000",
        disclosure_email="support@minori-farm.example.jp",
        disclosure_representative="代表取締役 田中 実",
        disclosure_return_policy="定期便は3回受取りが条件。解約は次回発送日の7日前まで。食品のため返品不可、"
        "不良品は到着後7日以内に交換。",
    )
    S(
        "v16_195",
        [],
        PERM,
        name="山本 さくら",
        shop_name="さくら手作り石けん",
        seller_type="individual",
        country="JP",
        disclosure_legal_name="山本 さくら",
        disclosure_address="長野県松本市中央2-3-4",
        disclosure_phone="090-0000-5678",
        disclosure_email="sakura-soap@example.jp",
        disclosure_return_policy="未使用品に限り到着後7日以内に返品可(送料はお客様負担)。",
    )


def _ordinary(L: Row, P: Row, S: Row) -> None:
    """Everyday listings and posts with nothing risky in them."""
    L(
        "v16_196",
        "general",
        "真空断熱ステンレスボトル 500mL",
        "保温・保冷どちらも6時間。食洗機対応のフタで、毎日のお手入れがかんたんです。",
    )
    L(
        "v16_197",
        "apparel",
        "綿100% クルーネックTシャツ 5色",
        "S〜XXLサイズ。洗うほどになじむ天竺素材。",
    )
    L(
        "v16_198",
        "food",
        "【ふるさと納税】北海道産 いくら醤油漬け 500g",
        "寄附金額20,000円。冷凍でお届けします。解凍は冷蔵庫でゆっくりと。",
    )
    L(
        "v16_199",
        "food",
        "【定期便】スペシャルティコーヒー豆 200g×2種 毎月お届け",
        "焙煎したての豆を毎月2種類。毎回2,980円(税込・送料無料)、回数の条件はなく、"
        "解約・スキップは次回発送の5日前までにマイページから。",
    )
    L(
        "v16_200",
        "toy",
        "木製パズル どうぶつ 12ピース",
        "国産ヒノキを使った、手になじむパズル。3歳から。",
        target_age_min=3,
    )
    L("v16_201", "general", "木製ハンガー 10本組", "肩のラインがきれいに保てる厚みのあるハンガー。")
    L(
        "v16_202",
        "general",
        "猫用 段ボール爪とぎ ベッド型",
        "まるくなって眠れるベッド型の爪とぎ。替えの段ボールも販売中です。",
    )
    L(
        "v16_203",
        "food",
        "北海道産 じゃがいも メークイン 10kg",
        "煮くずれしにくく、カレーや肉じゃがに。風通しのよい冷暗所で保存してください。",
    )
    L(
        "v16_204",
        "general",
        "【Makuake】ワンタッチ折りたたみ傘 逆さ開き",
        "濡れた面が内側になる逆さ開き。リターンは2027年3月より順次発送します。",
    )
    L(
        "v16_205",
        "general",
        "【OEM】名入れ キャンバストートバッグ 100枚〜",
        "企業ノベルティ・イベント用に。ロゴ1色プリント込み、納期はデータ入稿から約3週間です。",
    )
    L(
        "v16_206",
        "general",
        "アイアン ランタンスタンド 2段",
        "ペグ打ち不要の三脚タイプ。収納袋つきで、キャンプにもベランダにも。",
    )
    L(
        "v16_207",
        "apparel",
        "スマホ対応 ニット手袋",
        "指先3本がスマホに対応。ウール混でやわらかな手ざわりです。",
    )
    L(
        "v16_208",
        "food",
        "手焼きクッキー 詰め合わせ 24枚",
        "バター、抹茶、ココアの3種。ギフト用の箱と手さげ袋をおつけします。",
    )
    L("v16_209", "general", "方眼ノート A5 5冊パック", "5mm方眼、裏抜けしにくい70g/m²の用紙。")
    L(
        "v16_210",
        "food",
        "静岡県産 深蒸し煎茶 ティーバッグ 50包",
        "水出しでも。1包で500mLが目安です。",
    )
    L(
        "v16_211",
        "general",
        "ペット用 キャリーリュック 中型",
        "体重8kgまで。メッシュ窓つきで中の様子が見えます。",
    )
    L(
        "v16_212",
        "general",
        "リード&首輪セット 小型犬用",
        "反射テープつきで夜のお散歩にも。サイズ調整可能。",
    )
    L(
        "v16_213",
        "general",
        "ウールラグ 140×200cm",
        _j(
            "よくあるご質問",
            "Q. 配送日時の指定はできますか?",
            "A. ご注文時に、お届け希望日と時間帯(午前/14-16時/16-18時/18-21時)をお選びいただけます。",
        ),
    )
    L(
        "v16_214",
        "apparel",
        "親子ペア パジャマ ボーダー",
        "大人M・L、キッズ100〜140。綿のやわらかいガーゼ素材です。",
    )
    L(
        "v16_215",
        "general",
        "素焼き 植木鉢 5号 3個セット",
        "受け皿つき。観葉植物やハーブの植え替えに。",
    )
    L(
        "v16_216",
        "food",
        "【メルマガ】新米入荷のお知らせ 令和8年産 ひとめぼれ 5kg",
        "今年も新米の季節がやってきました。精米日を記載してお届けします。",
    )
    L(
        "v16_217",
        "food",
        "【ふるさと納税】黒毛和牛 切り落とし 800g",
        "寄附金額18,000円。小分けの400g×2パックで、冷凍のままお届けします。",
    )
    L(
        "v16_218",
        "general",
        "ステンレス製 おろし金",
        "目立てが細かく、大根もしょうがもふんわり。食洗機対応。",
    )
    P("v16_219", "駅前にできた新しいカフェ☕ 窓際の席で読書してきた。", hashtags="#カフェ巡り")
    P(
        "v16_220",
        "雨上がりの公園をぐるっと一周🐕 水たまりを避けて歩く姿がかわいい。",
        hashtags="#柴犬 #いぬすたぐらむ",
    )
    P(
        "v16_221",
        "今日の晩ごはんは、鶏むね肉と白菜の塩昆布蒸し。レンジで8分。",
        hashtags="#おうちごはん #簡単レシピ",
    )
    P("v16_222", "週末は金沢へ。兼六園の雪吊りが見られてよかった。", hashtags="#金沢旅行")
    P(
        "v16_223",
        "今夜は秋冬ニットのサイズ感を紹介するよ〜",
        transcript="身長158cmでMサイズ着てます。肩はちょっと落ちるくらいのゆったりめ。",
    )
    P("v16_224", "今月読んだ本。ミステリー3冊とエッセイ1冊。どれもおすすめ📚")
    S(
        "v16_225",
        name="株式会社ことりベーカリー",
        shop_name="ことりベーカリー",
        seller_type="corporate",
        country="JP",
        disclosure_legal_name="株式会社ことりベーカリー",
        disclosure_address="京都府京都市左京区下鴨1-2-3",
        disclosure_phone="075-000-4321",
        disclosure_email="hello@kotori-bakery.example.jp",
        disclosure_representative="代表取締役 小鳥 遊",
        disclosure_return_policy="食品のため返品不可。破損・不良品は到着後3日以内にご連絡ください。",
    )
