"""Vocabularies and templates for the synthetic Japanese marketplace.

Everything an analyst reads in the generated data comes from here: product nouns and
brands per category, description sentences, the wording of planted violations (several
phrasings per policy family, so a lexicon that only knows one phrase misses the others),
and permitted look-alikes (the 56 cosmetic claims, approved FOSHU/FNFC wording). The
phrasing follows the patterns described in the project's Japan domain notes; nothing here
is tuned to a particular lexicon.
"""

from __future__ import annotations

from dataclasses import dataclass

# ---------------------------------------------------------------------------------------
# People, places, shops

SURNAMES: tuple[str, ...] = (
    "佐藤",
    "鈴木",
    "高橋",
    "田中",
    "伊藤",
    "渡辺",
    "山本",
    "中村",
    "小林",
    "加藤",
    "吉田",
    "山田",
    "佐々木",
    "山口",
    "松本",
    "井上",
    "木村",
    "林",
    "斎藤",
    "清水",
    "山崎",
    "森",
    "池田",
    "橋本",
    "阿部",
    "石川",
    "山下",
    "中島",
    "石井",
    "小川",
    "前田",
    "岡田",
    "長谷川",
    "藤田",
    "後藤",
    "近藤",
    "村上",
    "遠藤",
    "青木",
    "坂本",
)
GIVEN_NAMES: tuple[str, ...] = (
    "翔太",
    "大輔",
    "健太",
    "拓也",
    "直樹",
    "誠",
    "亮",
    "悠斗",
    "蓮",
    "陽翔",
    "美咲",
    "愛",
    "優子",
    "彩",
    "真由美",
    "結衣",
    "陽菜",
    "さくら",
    "七海",
    "由美子",
    "恵",
    "香織",
    "舞",
    "奈々",
    "千尋",
    "和也",
    "隆",
    "浩二",
    "智子",
    "裕子",
)
PREFECTURES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "東京都",
        (
            "渋谷区神南",
            "新宿区西新宿",
            "港区六本木",
            "台東区浅草",
            "世田谷区三軒茶屋",
            "品川区大崎",
        ),
    ),
    ("大阪府", ("大阪市北区梅田", "大阪市中央区心斎橋", "堺市堺区", "吹田市江坂町")),
    ("神奈川県", ("横浜市西区みなとみらい", "川崎市中原区小杉町", "藤沢市鵠沼")),
    ("愛知県", ("名古屋市中区栄", "名古屋市中村区名駅", "豊田市若宮町")),
    ("福岡県", ("福岡市博多区博多駅前", "福岡市中央区天神", "北九州市小倉北区")),
    ("北海道", ("札幌市中央区北一条", "旭川市宮下通", "函館市本町")),
    ("京都府", ("京都市下京区四条通", "京都市中京区河原町")),
    ("兵庫県", ("神戸市中央区三宮町", "姫路市駅前町")),
    ("埼玉県", ("さいたま市大宮区桜木町", "川越市新富町")),
    ("千葉県", ("千葉市中央区富士見", "船橋市本町", "柏市柏")),
    ("静岡県", ("静岡市葵区紺屋町", "浜松市中区砂山町")),
    ("広島県", ("広島市中区紙屋町", "福山市東桜町")),
    ("宮城県", ("仙台市青葉区中央",)),
    ("沖縄県", ("那覇市久茂地",)),
    ("新潟県", ("新潟市中央区万代",)),
)
FOREIGN_ADDRESSES: dict[str, tuple[str, ...]] = {
    "CN": ("广东省深圳市南山区科技园", "浙江省义乌市福田街道", "上海市浦东新区陆家嘴"),
    "KR": ("서울특별시 강남구 테헤란로", "부산광역시 해운대구"),
    "US": ("1200 Market St, San Francisco, CA", "350 5th Ave, New York, NY"),
    "TW": ("台北市信義區松高路", "台中市西屯區"),
    "HK": ("Nathan Road, Tsim Sha Tsui, Kowloon",),
}
SHOP_PREFIXES: tuple[str, ...] = (
    "",
    "",
    "",
    "Shop ",
    "",
    "",
    "公式 ",
    "",
    "セレクト ",
    "",
)
SHOP_WORDS: tuple[str, ...] = (
    "さくら",
    "こもれび",
    "ひだまり",
    "あおぞら",
    "つばき",
    "みどり",
    "はなまる",
    "ことり",
    "Luna",
    "Bloom",
    "Nature",
    "Sora",
    "Hikari",
    "Kaze",
    "Mori",
    "Umi",
    "Aoi",
    "Rin",
    "和み",
    "結",
    "粋",
    "匠",
    "雅",
    "彩",
    "凛",
    "灯",
)
SHOP_SUFFIXES: tuple[str, ...] = (
    "堂",
    "屋",
    "商店",
    "ストア",
    " Shop",
    " Market",
    " Select",
    "本舗",
    "工房",
    " Lab",
    "マート",
    "舎",
)
CORPORATE_FORMS: tuple[str, ...] = ("株式会社", "合同会社", "有限会社")
RETURN_POLICIES: tuple[str, ...] = (
    "商品到着後8日以内、未開封・未使用に限り返品を承ります。返品送料はお客様ご負担となります。",
    "初期不良の場合は商品到着後7日以内にご連絡ください。送料当店負担にて交換いたします。",
    "お客様都合による返品・交換はお受けしておりません。不良品の場合のみ対応いたします。",
    "食品のため、お客様都合による返品はお受けできません。破損・誤配送の場合は到着後3日以内にご連絡ください。",
    "商品到着後14日以内であれば返品可能です（タグ付き・未使用品に限る）。",
    "開封後の返品はできません。詳細はショップページの返品ポリシーをご確認ください。",
)

# ---------------------------------------------------------------------------------------
# Categories: product types, nouns, brands, prices, description sentences


@dataclass(frozen=True, slots=True)
class ProductType:
    """One kind of product within a category, with the words used to describe it."""

    code: str
    nouns: tuple[str, ...]
    price: tuple[int, int]  # typical price range in yen (tax included)
    sizes: tuple[str, ...] = ("",)

    def code_of(self, noun_index: int) -> str:
        """The specific ``product_type`` of the ``noun_index``-th noun."""
        codes = SPECIFIC_CODES.get(self.code)
        return codes[noun_index] if codes else self.code


@dataclass(frozen=True, slots=True)
class Category:
    code: str
    label_ja: str
    types: tuple[ProductType, ...]
    brands: tuple[str, ...]
    adjectives: tuple[str, ...]
    sentences: tuple[str, ...]
    share: float  # share of listings


CATEGORY_DEFS: tuple[Category, ...] = (
    Category(
        "cosmetics",
        "化粧品",
        (
            ProductType(
                "lotion",
                ("化粧水", "ローション", "ミスト化粧水", "拭き取り化粧水"),
                (980, 6800),
                ("150mL", "200mL", "300mL", "120mL"),
            ),
            ProductType(
                "serum",
                ("美容液", "セラム", "ブースター美容液", "オイル美容液"),
                (1980, 12800),
                ("30mL", "50mL", "20mL"),
            ),
            ProductType(
                "cream",
                ("保湿クリーム", "ナイトクリーム", "オールインワンジェル", "バーム"),
                (1480, 9800),
                ("50g", "80g", "30g"),
            ),
            ProductType(
                "cleanser",
                ("洗顔フォーム", "クレンジングオイル", "泡洗顔", "クレンジングバーム"),
                (780, 3980),
                ("120g", "150mL", "200mL"),
            ),
            ProductType(
                "sunscreen",
                ("日焼け止め", "UVミルク", "UVジェル", "日焼け止めスプレー"),
                (880, 3500),
                ("SPF50+ PA++++ 50g", "SPF30 PA+++ 40mL"),
            ),
            ProductType(
                "shampoo",
                ("シャンプー", "ヘアトリートメント", "スカルプシャンプー", "ヘアオイル"),
                (1200, 5500),
                ("480mL", "300mL", "詰め替え 400mL"),
            ),
            ProductType(
                "lip",
                ("リップクリーム", "リップバーム", "リップエッセンス"),
                (500, 2800),
                ("4g", "10g"),
            ),
            ProductType(
                "toothpaste",
                ("歯みがき粉", "ホワイトニング歯磨き", "デンタルペースト"),
                (400, 2400),
                ("100g", "120g"),
            ),
            ProductType(
                "makeup",
                ("ファンデーション", "アイシャドウパレット", "マスカラ", "口紅", "チーク"),
                (990, 6600),
                ("",),
            ),
        ),
        (
            "ルミエール",
            "ハナミズキ",
            "SHIROHA",
            "オルビエ",
            "Cosme Labo",
            "アクアリーフ",
            "和肌",
            "NOBLE ROSE",
            "ミネルヴァ",
            "すっぴん堂",
            "白雪",
            "Veil",
        ),
        (
            "しっとり",
            "さっぱり",
            "高保湿",
            "敏感肌用",
            "無香料",
            "オーガニック",
            "ノンコメドジェニック",
            "ポンプタイプ",
            "大容量",
            "詰め替え用",
        ),
        (
            "無香料・無着色・アルコールフリー。",
            "ポンプ式で最後まで使いやすい容器です。",
            "肌に合わないときはご使用をおやめください。",
            "国内工場で製造しています。",
            "ユズ果実エキス、ツボクサエキスなどの植物由来成分を配合。",
            "毎日のお手入れにプラスしやすいシンプル処方です。",
            "パッチテスト済み（すべての方に刺激が起きないわけではありません）。",
        ),
        0.16,
    ),
    Category(
        "quasi_drug",
        "医薬部外品",
        (
            ProductType(
                "medicated_cream",
                ("薬用クリーム", "薬用美白クリーム", "薬用ジェル"),
                (1480, 7800),
                ("50g", "30g"),
            ),
            ProductType(
                "medicated_lotion",
                ("薬用化粧水", "薬用美白ローション", "薬用ニキビケアローション"),
                (1200, 5800),
                ("150mL", "200mL"),
            ),
            ProductType(
                "hair_tonic",
                ("薬用育毛剤", "薬用スカルプエッセンス", "薬用ヘアトニック"),
                (2980, 9800),
                ("120mL", "150mL"),
            ),
            ProductType(
                "deodorant",
                ("薬用デオドラント", "制汗スプレー", "薬用デオドラントクリーム"),
                (680, 3300),
                ("40g", "150g"),
            ),
            ProductType(
                "mouthwash",
                ("薬用マウスウォッシュ", "薬用歯みがき"),
                (380, 1980),
                ("500mL", "120g"),
            ),
            ProductType(
                "bath_salt", ("薬用入浴剤", "薬用バスソルト"), (480, 2400), ("30包", "750g")
            ),
        ),
        (
            "メディホワイト",
            "薬用ルミナ",
            "ドクタースキン",
            "クリアノア",
            "スカルプラボ",
            "和漢堂",
            "ヘルシーデンタル",
            "ゆぶね",
        ),
        ("医薬部外品", "薬用", "美白", "敏感肌用", "無香料", "大容量"),
        (
            "お肌に異常があらわれたときはご使用を中止し、皮膚科専門医等へご相談ください。",
            "販売名と効能効果は外箱に記載のとおりです。",
            "医薬部外品として承認された効能の範囲でお使いください。",
            "使用上の注意をよく読んでお使いください。",
            "無香料・無着色。",
        ),
        0.06,
    ),
    Category(
        "health_food",
        "健康食品",
        (
            ProductType(
                "supplement",
                ("サプリメント", "サプリ", "タブレット", "ソフトカプセル"),
                (980, 8800),
                ("90粒 30日分", "60粒 約1ヶ月分", "180粒 約3ヶ月分"),
            ),
            ProductType(
                "tea",
                ("健康茶", "ごぼう茶", "黒豆茶", "ルイボスティー", "桑の葉茶"),
                (780, 3980),
                ("30包", "2g×40包"),
            ),
            ProductType(
                "enzyme_drink",
                ("酵素ドリンク", "青汁", "スムージー粉末", "プロテイン"),
                (1480, 6980),
                ("720mL", "30包", "1kg"),
            ),
            ProductType(
                "vitamin",
                ("マルチビタミン", "ビタミンC", "亜鉛", "鉄分サプリ", "DHA・EPA"),
                (580, 4980),
                ("60粒", "120粒"),
            ),
        ),
        (
            "ナチュラルライフ",
            "健康工房",
            "やまと本舗",
            "グリーンリーフ",
            "VITA PLUS",
            "元気堂",
            "和漢の恵み",
            "Daily Balance",
            "いきいき本舗",
            "Kenko Labo",
        ),
        ("国産", "無添加", "お徳用", "定期便", "お試し", "まとめ買い", "GMP認定工場製造", "個包装"),
        (
            "食生活は、主食、主菜、副菜を基本に、食事のバランスを。",
            "国内のGMP認定工場で製造しています。",
            "妊娠・授乳中の方、医薬品を服用中の方は医師にご相談ください。",
            "開封後はお早めにお召し上がりください。",
            "毎日の健康維持に。",
            "忙しい方の栄養補給に。",
        ),
        0.11,
    ),
    Category(
        "food",
        "食品",
        (
            ProductType(
                "snack",
                ("おかき", "せんべい", "ドライフルーツ", "ミックスナッツ", "チョコレート"),
                (480, 3980),
                ("500g", "1kg", "12袋入"),
            ),
            ProductType(
                "fresh",
                (
                    "和牛切り落とし",
                    "いくら醤油漬け",
                    "ずわい蟹",
                    "シャインマスカット",
                    "新米 コシヒカリ",
                ),
                (1980, 12800),
                ("500g", "1kg", "5kg"),
            ),
            ProductType(
                "seasoning",
                ("だし醤油", "白だし", "味噌", "柚子胡椒", "ドレッシング"),
                (380, 2480),
                ("500mL", "1kg"),
            ),
            ProductType(
                "drink",
                ("ミネラルウォーター", "緑茶", "ドリップコーヒー", "炭酸水"),
                (980, 3980),
                ("500mL×24本", "2L×6本", "50袋"),
            ),
        ),
        (
            "北の恵み",
            "京の老舗",
            "産地直送便",
            "山陰の味",
            "おいしい農園",
            "信州屋",
            "海鮮市場",
            "Tea Garden",
        ),
        ("送料無料", "ギフト", "お中元", "国産", "大容量", "人気"),
        (
            "産地から新鮮なまま直送します。",
            "ご家庭用にも贈り物にもおすすめです。",
            "アレルギー物質：小麦・大豆を含みます。",
            "賞味期限は製造日より180日です。",
            "熨斗（のし）対応可能です。",
        ),
        0.10,
    ),
    Category(
        "drug",
        "医薬品",
        (
            ProductType(
                "otc_class2",
                ("かぜ薬", "解熱鎮痛薬", "胃腸薬", "鼻炎薬", "目薬"),
                (680, 2980),
                ("24錠", "36錠", "15mL"),
            ),
            ProductType(
                "otc_class3",
                ("ビタミン剤", "整腸薬", "うがい薬", "湿布薬"),
                (480, 2480),
                ("90錠", "200mL", "24枚"),
            ),
            ProductType(
                "otc_class1",
                ("解熱鎮痛薬（第1類）", "発毛剤（第1類）", "胃腸薬（第1類）"),
                (980, 7800),
                ("12錠", "60mL"),
            ),
        ),
        ("大和製薬", "ミナト薬品", "あおば製薬", "北斗ファーマ", "サクラ薬品工業"),
        ("第2類医薬品", "第3類医薬品", "指定第2類医薬品", "第1類医薬品"),
        (
            "使用上の注意をよく読み、用法・用量を守って正しくお使いください。",
            "本品は医薬品です。購入前に薬剤師または登録販売者にご相談いただけます。",
            "効能・効果、用法・用量は添付文書をご確認ください。",
            "お一人様1個までとさせていただきます。",
            "使用期限まで1年以上あるものをお送りします。",
        ),
        0.05,
    ),
    Category(
        "medical_device",
        "医療機器",
        (
            ProductType("thermometer", ("体温計", "非接触体温計"), (980, 4980), ("",)),
            ProductType(
                "bp_monitor", ("血圧計", "上腕式血圧計", "手首式血圧計"), (2980, 12800), ("",)
            ),
            ProductType(
                "massager",
                ("家庭用低周波治療器", "マッサージ器", "家庭用電気マッサージ器"),
                (2980, 19800),
                ("",),
            ),
            ProductType(
                "supporter",
                ("腰痛ベルト", "膝サポーター", "管理医療機器 コルセット"),
                (980, 5980),
                ("M", "L", "LL"),
            ),
        ),
        ("オムラ", "テルモア", "ケアプラス", "メディカルワン", "ドクターエア"),
        ("管理医療機器", "家庭用", "コンパクト", "日本製", "メモリー機能付き"),
        (
            "医療機器認証番号：本体に記載。",
            "ご使用前に取扱説明書をよくお読みください。",
            "管理医療機器の販売には高度管理医療機器等販売業の届出が必要です（当店は届出済み）。",
        ),
        0.04,
    ),
    Category(
        "electrical",
        "家電・電気用品",
        (
            ProductType(
                "mobile_battery",
                (
                    "モバイルバッテリー",
                    "大容量モバイルバッテリー",
                    "ワイヤレス充電 モバイルバッテリー",
                ),
                (1980, 6980),
                ("10000mAh", "20000mAh", "5000mAh"),
            ),
            ProductType(
                "ac_adapter",
                ("ACアダプター", "USB充電器", "急速充電器 PD対応"),
                (980, 4980),
                ("65W", "30W", "20W"),
            ),
            ProductType(
                "hair_dryer",
                ("ヘアドライヤー", "ヘアアイロン", "カールアイロン"),
                (2480, 14800),
                ("",),
            ),
            ProductType(
                "led_light",
                ("LEDデスクライト", "LEDシーリングライト", "間接照明"),
                (1980, 9800),
                ("",),
            ),
            ProductType(
                "earphones",
                ("ワイヤレスイヤホン", "Bluetoothスピーカー", "ヘッドホン"),
                (1980, 12800),
                ("",),
            ),
            ProductType(
                "power_station",
                ("ポータブル電源", "ポータブルパワーステーション"),
                (19800, 89800),
                ("500Wh", "1000Wh"),
            ),
            ProductType(
                "heater",
                ("セラミックファンヒーター", "電気毛布", "電気ケトル"),
                (1980, 8980),
                ("",),
            ),
        ),
        (
            "Voltec",
            "アンカーズ",
            "ソラテック",
            "HIKARI Denki",
            "Powerly",
            "ミライ電機",
            "ZENSHIN",
            "Ecoflux",
        ),
        ("軽量", "コンパクト", "2026年モデル", "省エネ", "人気", "新モデル"),
        (
            "1年間のメーカー保証付き。",
            "取扱説明書（日本語）付き。",
            "お届けから30日以内の初期不良は交換いたします。",
        ),
        0.11,
    ),
    Category(
        "alcohol",
        "酒類",
        (
            ProductType(
                "sake",
                ("純米大吟醸", "純米酒", "本醸造", "にごり酒"),
                (1480, 9800),
                ("720mL", "1.8L", "300mL"),
            ),
            ProductType(
                "beer",
                ("クラフトビール", "地ビール 飲み比べセット", "IPA"),
                (1980, 6980),
                ("350mL×6本", "330mL×12本"),
            ),
            ProductType(
                "wine", ("赤ワイン", "白ワイン", "スパークリングワイン"), (1280, 12800), ("750mL",)
            ),
            ProductType(
                "whisky",
                ("シングルモルトウイスキー", "ブレンデッドウイスキー", "本格芋焼酎", "梅酒"),
                (1680, 19800),
                ("700mL", "1.8L"),
            ),
        ),
        ("越後の蔵", "灘の銘酒", "湘南ブルワリー", "甲州ワイナリー", "薩摩酒造", "北国蒸溜所"),
        ("ギフト", "限定", "飲み比べ", "蔵元直送", "冷蔵便", "家飲み"),
        (
            "冷やしても燗でもおいしくお召し上がりいただけます。",
            "蔵元から直送いたします。",
            "瓶のため、配送中の破損防止に丁寧に梱包いたします。",
            "贈答用の包装も承ります。",
            "アルコール度数・原材料はラベルをご確認ください。",
        ),
        0.05,
    ),
    Category(
        "knife",
        "刃物",
        (
            ProductType(
                "kitchen_knife",
                ("三徳包丁", "牛刀", "ペティナイフ", "出刃包丁", "柳刃包丁"),
                (1980, 24800),
                ("",),
            ),
            ProductType(
                "folding_knife",
                ("フォールディングナイフ", "折りたたみナイフ", "アウトドアナイフ", "肥後守"),
                (980, 8980),
                ("",),
            ),
            ProductType(
                "scissors", ("キッチンばさみ", "裁ちばさみ", "園芸ばさみ"), (680, 4980), ("",)
            ),
        ),
        ("関の刃物", "堺一文字", "燕三条工房", "土佐打刃物", "OUTDOOR GEAR", "Blade Works"),
        ("ステンレス", "ダマスカス", "両刃", "片刃", "日本製", "名入れ可"),
        (
            "職人が一本一本研ぎ上げています。",
            "錆びにくいステンレス鋼を使用。",
            "ご使用後はよく洗い、水気を拭き取ってください。",
            "18歳未満の方のご購入はお断りしております。",
            "正当な理由なく刃物を携帯することは法律で禁止されています。",
        ),
        0.03,
    ),
    Category(
        "toy",
        "おもちゃ",
        (
            ProductType(
                "infant_toy",
                ("ベビー ラトル", "歯固め", "布絵本", "ベビージム"),
                (980, 5980),
                ("",),
            ),
            ProductType("plush", ("ぬいぐるみ", "抱き枕ぬいぐるみ"), (980, 4980), ("S", "M", "L")),
            ProductType(
                "blocks",
                ("木製ブロック", "知育パズル", "積み木セット"),
                (1480, 6980),
                ("50ピース", "100ピース"),
            ),
            ProductType(
                "electric_toy",
                ("ラジコンカー", "ドローン トイ", "電子ピアノ おもちゃ"),
                (1980, 9800),
                ("",),
            ),
            ProductType(
                "game", ("ボードゲーム", "トレーディングカード", "カードゲーム"), (880, 4980), ("",)
            ),
        ),
        ("もりのこ", "KIDS JOY", "はぐくみ", "トイラボ", "Playful", "つみきや"),
        ("知育", "プレゼント", "出産祝い", "木製", "日本製", "誕生日"),
        (
            "角を丸く加工し、小さなお子さまにも安心な設計です。",
            "対象年齢はパッケージに記載しています。",
            "食品衛生法の基準に適合した塗料を使用。",
            "小さな部品を含みます。誤飲にご注意ください。",
            "ラッピング無料。",
        ),
        0.07,
    ),
    Category(
        "apparel",
        "ファッション",
        (
            ProductType(
                "tops",
                ("Tシャツ", "パーカー", "ニットセーター", "ブラウス"),
                (1280, 9800),
                ("S", "M", "L", "XL"),
            ),
            ProductType(
                "bag",
                ("トートバッグ", "ショルダーバッグ", "レザー長財布", "リュック"),
                (1980, 29800),
                ("",),
            ),
            ProductType(
                "shoes",
                ("スニーカー", "レザーシューズ", "サンダル"),
                (2980, 19800),
                ("24.0cm", "25.5cm", "27.0cm"),
            ),
            ProductType(
                "accessory",
                ("腕時計", "ネックレス", "サングラス", "キャップ"),
                (1480, 39800),
                ("",),
            ),
        ),
        ("URBAN NOTE", "コモレビ", "Tokyo Basic", "ハレノヒ", "NORDIC LINE", "Aozora Denim"),
        ("オーバーサイズ", "ユニセックス", "綿100%", "春夏", "秋冬", "新作", "プチプラ"),
        (
            "シンプルで合わせやすいデザインです。",
            "素材：綿100%。",
            "モニターにより実物と色味が異なる場合があります。",
            "洗濯ネットに入れて洗ってください。",
            "モデル身長170cm、Mサイズ着用。",
        ),
        0.12,
    ),
    Category(
        "general",
        "日用品・雑貨",
        (
            ProductType(
                "kitchenware", ("フライパン", "保存容器", "水筒", "まな板"), (680, 5980), ("",)
            ),
            ProductType(
                "lighter", ("ガスライター", "電子ライター", "ターボライター"), (380, 2980), ("",)
            ),
            ProductType(
                "laser_pointer",
                ("レーザーポインター", "グリーンレーザーポインター"),
                (980, 4980),
                ("",),
            ),
            ProductType(
                "helmet",
                ("バイク用ヘルメット", "ジェットヘルメット", "フルフェイスヘルメット"),
                (4980, 29800),
                ("M", "L"),
            ),
            ProductType("bicycle_helmet", ("自転車用ヘルメット",), (2980, 9800), ("M", "L")),
            ProductType(
                "pressure_cooker",
                ("圧力鍋", "両手圧力なべ", "片手圧力鍋"),
                (3980, 14800),
                ("4L", "6L"),
            ),
            ProductType(
                "household",
                ("タオルセット", "収納ボックス", "アロマディフューザー", "マスク 50枚"),
                (480, 4980),
                ("",),
            ),
            ProductType("book", ("書籍", "ムック本", "問題集"), (880, 3300), ("",)),
        ),
        ("くらしの道具", "Home Style", "ライフマート", "ニチヨウ", "Simple Days", "TOKYO LIVING"),
        ("おしゃれ", "北欧風", "日本製", "まとめ買い", "送料無料", "新生活"),
        (
            "毎日の暮らしに便利なアイテムです。",
            "食洗機対応。",
            "サイズ：約W30×D20×H15cm。",
            "パッケージは予告なく変更になる場合があります。",
            "ギフトにもおすすめです。",
        ),
        0.10,
    ),
)
CATEGORY_BY_CODE: dict[str, Category] = {c.code: c for c in CATEGORY_DEFS}
# Colours, sets and model years sellers append to titles.
TITLE_VARIANTS: dict[str, tuple[str, ...]] = {
    "apparel": (
        "",
        "ブラック",
        "ホワイト",
        "ネイビー",
        "ベージュ",
        "グレー",
        "カーキ",
        "レディース",
        "メンズ",
        "2026新作",
    ),
    "electrical": ("", "ブラック", "ホワイト", "2026年モデル", "Type-C", "1年保証", "2個セット"),
    "general": ("", "ホワイト", "グレー", "2個セット", "3点セット", "日本製", "ギフト包装可"),
    "food": ("", "2袋セット", "お徳用", "贈答用", "ご自宅用"),
    "cosmetics": ("", "", "2本セット", "お試しサイズ", "限定パッケージ"),
    "health_food": ("", "", "2袋セット", "3袋セット", "定期便"),
    "toy": ("", "ブルー", "ピンク", "ギフトBOX入り"),
}
# Sentences that only fit one product type (a toothpaste is not applied to the face).
TYPE_SENTENCES: dict[str, tuple[str, ...]] = {
    "lotion": (
        "ヒアルロン酸・セラミド配合で、乾燥しがちな肌をしっとり整えます。",
        "洗顔後、適量を手に取り顔全体になじませてください。",
        "メイクの上からも使えるミストタイプ。",
    ),
    "serum": ("ヒアルロン酸・セラミド配合。", "化粧水の後、2〜3滴を顔全体になじませてください。"),
    "cream": (
        "こっくりとしたテクスチャーで、夜のお手入れの最後に。",
        "洗顔後、適量を手に取り顔全体になじませてください。",
    ),
    "cleanser": ("メイクや毛穴の汚れをすっきり落とします。", "ぬれた手でも使えます。"),
    "sunscreen": (
        "汗・水に強いウォータープルーフ。",
        "石けんで落とせます。",
        "白浮きしにくいジェルタイプ。",
    ),
    "shampoo": (
        "泡立ちがよく、髪と頭皮をやさしく洗い上げます。",
        "シャンプー後、毛先を中心になじませてください。",
    ),
    "lip": ("乾燥が気になるときに唇に直接塗ってください。", "ほんのり色づくティントタイプ。"),
    "toothpaste": (
        "適量を歯ブラシにとり、ていねいにブラッシングしてください。",
        "爽やかなミント味。",
    ),
    "makeup": ("伸びがよく自然な仕上がり。", "崩れにくく長時間キープ。"),
    "medicated_cream": (
        "有効成分トラネキサム酸配合。",
        "朝晩の洗顔後、適量を顔全体になじませてください。",
    ),
    "medicated_lotion": (
        "有効成分グリチルリチン酸ジカリウム配合。",
        "朝晩の洗顔後にご使用ください。",
    ),
    "hair_tonic": (
        "有効成分センブリエキス配合。",
        "1日2回、頭皮に直接塗布し、軽くマッサージしてください。",
    ),
    "deodorant": ("有効成分イソプロピルメチルフェノール配合。", "清潔な肌にお使いください。"),
    "mouthwash": (
        "有効成分塩化セチルピリジニウム配合。",
        "適量を口に含み、すすいでから吐き出してください。",
    ),
    "bath_salt": ("有効成分炭酸水素ナトリウム配合。", "1回1包を浴槽のお湯に溶かしてください。"),
    "supplement": (
        "1日2粒を目安に、水またはぬるま湯でお召し上がりください。",
        "原材料名：還元麦芽糖、デキストリン、ビタミンC、ステアリン酸カルシウム。",
    ),
    "vitamin": (
        "1日1粒を目安に、水またはぬるま湯でお召し上がりください。",
        "原材料名：デキストリン、ビタミンC、セルロース。",
    ),
    "tea": ("1包を200mLのお湯で3分ほど抽出してください。", "ノンカフェインで夜にも。"),
    "enzyme_drink": (
        "1日1包を水や牛乳に溶かしてお召し上がりください。",
        "原料は国産の大麦若葉を使用。",
    ),
    "mobile_battery": (
        "PD対応で対応機器を急速充電できます。",
        "過充電・過放電保護回路を搭載しています。",
        "飛行機への持ち込みは航空会社の規定をご確認ください。",
    ),
    "ac_adapter": (
        "PD対応で対応機器を急速充電できます。",
        "過電流・過熱保護回路を搭載しています。",
    ),
    "earphones": ("Bluetooth 5.3対応。", "連続再生約8時間。"),
    "thermometer": (
        "計測値は目安です。異常を感じたら医師にご相談ください。",
        "単4電池2本で動作します（別売）。",
    ),
    "bp_monitor": (
        "計測値は目安です。異常を感じたら医師にご相談ください。",
        "単3電池4本で動作します（別売）。",
    ),
}
TYPE_SENTENCES.update(
    {
        "lotion": (
            *TYPE_SENTENCES["lotion"],
            "伸びがよくべたつかない使用感で、朝のメイク前にもお使いいただけます。",
            "季節の変わり目のゆらぎ肌にも。",
        ),
        "ac_adapter": (*TYPE_SENTENCES["ac_adapter"], "定格入力：AC100-240V 50/60Hz。"),
        "mobile_battery": (
            *TYPE_SENTENCES["mobile_battery"],
            "本体重量：約180g。LED残量表示付き。",
        ),
        "hair_dryer": ("大風量で速乾。", "定格電圧：AC100V。"),
        "led_light": ("調光・調色機能付き。", "定格電圧：AC100V。"),
        "heater": ("転倒時自動オフ機能付き。", "定格消費電力：1200W（AC100V）。"),
        "power_station": ("AC出力・USB出力・シガーソケット出力を搭載。", "キャンプや防災に。"),
        "snack": ("個包装で配りやすい。", "おやつやおつまみに。"),
        "fresh": (
            "冷凍でお届けします。解凍後はお早めにお召し上がりください。",
            "訳あり品のため形が不揃いですが、味は正規品と変わりません。",
            "産地から新鮮なまま直送します。",
        ),
        "seasoning": ("料理の味がぐっと引き締まります。", "開栓後は冷蔵庫で保存してください。"),
        "drink": ("ケース販売です。", "直射日光を避けて保存してください。"),
    }
)
# Sizes that fit particular nouns better than their type's default sizes.
SIZES_BY_NOUN: dict[str, tuple[str, ...]] = {
    "ドリップコーヒー": ("50袋", "100袋"),
    "緑茶": ("500mL×24本", "2L×6本"),
    "炭酸水": ("500mL×24本",),
    "柚子胡椒": ("80g",),
    "味噌": ("1kg", "750g"),
    "だし醤油": ("500mL", "1L"),
    "ドレッシング": ("300mL",),
    "和牛切り落とし": ("500g", "1kg"),
    "いくら醤油漬け": ("250g", "500g"),
    "ずわい蟹": ("1kg",),
    "シャインマスカット": ("2房", "約1kg"),
    "新米 コシヒカリ": ("5kg", "10kg"),
    "チョコレート": ("12個入",),
    "おかき": ("12袋入",),
    "せんべい": ("24枚入",),
    "湿布薬": ("24枚", "12枚"),
    "うがい薬": ("200mL",),
    "ビタミン剤": ("90錠", "180錠"),
    "整腸薬": ("90錠",),
    "目薬": ("15mL", "12mL"),
    "かぜ薬": ("24錠", "36錠"),
    "鼻炎薬": ("24カプセル",),
    "ヘアオイル": ("100mL",),
    "ヘアトリートメント": ("480g", "詰め替え 400g"),
    "リップバーム": ("10g",),
    "プロテイン": ("1kg", "2kg"),
    "青汁": ("30包", "60包"),
    "酵素ドリンク": ("720mL",),
    "スムージー粉末": ("30包", "300g"),
}
# Specific product_type codes, one per noun of a ProductType group.
SPECIFIC_CODES: dict[str, tuple[str, ...]] = {
    "ac_adapter": ("ac_adapter", "usb_charger", "usb_charger"),
    "hair_dryer": ("hair_dryer", "hair_iron", "hair_iron"),
    "led_light": ("desk_lamp", "lighting_fixture", "lighting_fixture"),
    "earphones": ("wireless_earphones", "bluetooth_speaker", "headphones"),
    "power_station": ("portable_power_station", "portable_power_station"),
    "heater": ("ceramic_heater", "electric_blanket", "electric_kettle"),
    "massager": ("low_frequency_therapy_device", "electric_massager", "electric_massager"),
    "infant_toy": ("rattle", "teether", "infant_toy", "infant_toy"),
    "helmet": ("motorcycle_helmet", "motorcycle_helmet", "motorcycle_helmet"),
}
# Which PSE mark a product needs (電気用品安全法): ◇ for 特定電気用品, ○ for the rest of
# the 電気用品; battery-only audio gear and portable power stations need none.
PSE_DIAMOND: frozenset[str] = frozenset(
    {"ac_adapter", "usb_charger", "electric_massager", "electric_toy"}
)
PSE_ROUND: frozenset[str] = frozenset(
    {
        "mobile_battery",
        "hair_dryer",
        "hair_iron",
        "desk_lamp",
        "lighting_fixture",
        "ceramic_heater",
        "electric_blanket",
        "electric_kettle",
        "low_frequency_therapy_device",
    }
)
PSC_REQUIRED: frozenset[str] = frozenset(
    {
        "lighter",
        "laser_pointer",
        "motorcycle_helmet",
        "pressure_cooker",
        "rattle",
        "teether",
        "infant_toy",
    }
)

# ---------------------------------------------------------------------------------------
# Planted violations: families, where they live, and their phrasings.

DISEASES: tuple[str, ...] = (
    "がん",
    "糖尿病",
    "高血圧",
    "アトピー",
    "花粉症",
    "便秘",
    "認知症",
    "リウマチ",
    "関節炎",
    "不眠症",
    "肝炎",
    "痛風",
    "喘息",
    "うつ病",
    "ガン",
    "白内障",
    "骨粗しょう症",
    "更年期障害",
)
CURE_PHRASES: tuple[str, ...] = (
    "が治る",
    "に効く",
    "が改善",
    "が完治",
    "を予防",
    "に効果あり",
    "が消えた",
    "が良くなった",
    "の治療に",
)

# Each template may use {disease}, {cure}, {noun}, {brand}. A template is one claim that
# ends up in the title or the description of a listing (or a creator's caption).
VIOLATION_TEMPLATES: dict[str, tuple[str, ...]] = {
    "pmd_disease": (
        "{disease}{cure}と話題の{noun}",
        "飲み続けて3ヶ月、{disease}{cure}という声が続々！",
        "{disease}でお悩みの方へ。毎日続けて{disease}{cure}",
        "病院に頼らず{disease}を治す自然のチカラ",
        "{disease}・{disease2}の予防に毎日1杯",
        "医者に見放された{disease}も諦めないで。{noun}で{disease}が改善しました",
        "インフルエンザ予防に！ウイルスに負けない体へ",
        "花粉症の季節もこれ1杯でラクに",
        "がんに負けない体づくりを応援",
    ),
    "pmd_body_function": (
        "免疫力を高める{noun}",
        "免疫力UPで毎日元気",
        "脂肪燃焼をサポート！代謝アップで太りにくい体質に",
        "疲労回復・滋養強壮に",
        "飲むだけで血糖値を下げる",
        "血圧を下げる成分を凝縮",
        "コレステロールを減らす新習慣",
        "デトックスで体内の毒素を排出",
        "集中力を高める天然成分配合",
        "体質改善で内側から若返る",
        "むくみ解消・利尿作用",
        "血液サラサラで巡りのいい毎日",
        "腸内フローラを整えて便秘解消",
    ),
    "pmd_cosmetic_scope": (
        "シミが消える{noun}",
        "塗るだけでシミを消す",
        "シワが消える魔法の{noun}",
        "目元のシワ取りに",
        "たるみ解消でリフトアップ",
        "ほうれい線が消えたと口コミで話題",
        "ニキビが治る{noun}",
        "発毛を促す{noun}",
        "バストアップ効果",
        "使うほど若返る",
        "肌の奥の真皮まで浸透して細胞レベルで再生",
        "毛穴の汚れを殺菌・消毒",
        "1週間でシミが薄くなる",
        "毛穴が消えてつるつる肌に",
    ),
    "pmd_guarantee": (
        "必ず効く{noun}",
        "確実に効果を実感できます",
        "効果100%保証",
        "副作用なしで安心",
        "天然成分だから副作用の心配がありません",
        "安全性100%の{noun}",
        "絶対に効く！効かなければ全額返金",
        "誰でも効果を実感できる{noun}",
        "無添加だから副作用ゼロ",
    ),
    "pmd_endorsement": (
        "医師推薦の{noun}",
        "皮膚科医もおすすめ",
        "医師も認めた確かな実力",
        "薬剤師推奨",
        "有名大学病院で採用されています",
        "厚生労働省認可の成分を配合",
        "国も認めた効果",
        "学会公認の{noun}",
        "現役皮膚科医が開発した{noun}",
        "人気クリニック院長も愛用",
    ),
    "pmd_dosage": (
        "1日3回、1回2粒を食後にお飲みください",
        "朝・昼・晩の食後に3粒ずつ服用してください",
        "1回1包を1日2回、水またはぬるま湯で服用",
        "食前に2カプセルを1日3回服用してください",
        "就寝前に5粒服用すると効果的です",
    ),
    # over-claims beyond a quasi-drug's approved efficacy (see QUASI_DRUG_OVERCLAIMS)
    "pmd_quasi_drug": (
        "シミを根本から消す{noun}",
        "重度のシミ治療用",
        "できてしまったシミが消える",
        "ニキビ跡がきれいに消える",
    ),
    # unapproved products presenting themselves as quasi-drugs
    "pmd_quasi_drug_status": (
        "医薬部外品 {noun}",
        "薬用{noun}",
        "厚生労働省承認の有効成分配合",
        "薬用美白 {noun}",
    ),
    "otc_drug_ingredient": (
        "{ingredient}配合 {noun}",
        "男性の自信に 海外処方 {ingredient}入り",
        "{ingredient}を含む強力ダイエットサプリ",
    ),
    "keihyo_no1": (
        "満足度No.1",
        "売上No.1の{noun}",
        "ランキング1位獲得",
        "口コミ評価No.1",
        "顧客満足度98%",
        "日本一売れている{noun}",
        "おすすめしたいNo.1",
        "楽天デイリーランキング1位獲得",
        "口コミ満足度第1位",
    ),
    "keihyo_weight_loss": (
        "飲むだけで痩せる",
        "1ヶ月で-10kg",
        "食べても太らない{noun}",
        "寝ている間に痩せる",
        "簡単に-8kgのダイエット成功",
        "飲むだけで-5kg",
        "脂肪が溶ける",
        "運動なしでスリムに",
        "置き換えるだけで-15kg",
        "ぽっこりお腹がぺたんこに",
    ),
    "approved_claims": (
        "おなかの調子を整えます",
        "血圧が高めの方に適した{noun}",
        "食後の血糖値の上昇をおだやかにします",
        "特定保健用食品",
        "機能性表示食品",
        "体脂肪を減らすのを助けます",
        "トクホ認定",
    ),
    "counterfeit": (
        "スーパーコピー {brand}",
        "{brand} N級品",
        "{brand}風 レプリカ",
        "正規品と同等品質の{brand}コピー",
        "1:1 ミラー品 {brand}",
        "{brand} 偽物ではありません 激安 90%OFF",
        "{brand}タイプ 最高級S品",
    ),
    "otc_drug_rx": (
        "医療用 {drug}",
        "処方薬 {drug} 病院と同じ",
        "{drug}（医療用医薬品）個人輸入代行",
        "要指導医薬品 {drug}",
    ),
}

# Families whose planted cases are structured (fields, not only text).
STRUCTURED_FAMILIES: tuple[str, ...] = (
    "keihyo_double_price",
    "tokusho_disclosure",
    "pse",
    "psc",
    "alcohol",
    "otc_drug",
    "knife",
    "stema",
)
LISTING_FAMILIES: tuple[str, ...] = (
    "pmd_disease",
    "pmd_body_function",
    "pmd_cosmetic_scope",
    "pmd_guarantee",
    "pmd_endorsement",
    "pmd_dosage",
    "pmd_quasi_drug",
    "keihyo_no1",
    "keihyo_double_price",
    "keihyo_weight_loss",
    "pse",
    "psc",
    "alcohol",
    "otc_drug",
    "knife",
    "counterfeit",
    "approved_claims",
)
ALL_FAMILIES: tuple[str, ...] = (*LISTING_FAMILIES, "stema", "tokusho_disclosure")

# Category a planted listing of each family belongs to (weighted choice).
FAMILY_CATEGORIES: dict[str, tuple[tuple[str, float], ...]] = {
    "pmd_disease": (("health_food", 0.8), ("food", 0.2)),
    "pmd_body_function": (("health_food", 0.85), ("food", 0.15)),
    "pmd_cosmetic_scope": (("cosmetics", 1.0),),
    "pmd_guarantee": (("health_food", 0.5), ("cosmetics", 0.35), ("quasi_drug", 0.15)),
    "pmd_endorsement": (("cosmetics", 0.45), ("health_food", 0.45), ("quasi_drug", 0.1)),
    "pmd_dosage": (("health_food", 1.0),),
    "pmd_quasi_drug": (("quasi_drug", 1.0),),
    "keihyo_no1": (("cosmetics", 0.3), ("health_food", 0.3), ("electrical", 0.2), ("general", 0.2)),
    "keihyo_double_price": (
        ("apparel", 0.3),
        ("electrical", 0.3),
        ("cosmetics", 0.2),
        ("general", 0.2),
    ),
    "keihyo_weight_loss": (("health_food", 0.85), ("food", 0.15)),
    "pse": (("electrical", 1.0),),
    "psc": (("general", 1.0),),
    "alcohol": (("alcohol", 1.0),),
    "otc_drug": (("drug", 1.0),),
    "knife": (("knife", 1.0),),
    "counterfeit": (("apparel", 1.0),),
    "approved_claims": (("health_food", 1.0),),
}
LOOKALIKE_CATEGORIES: dict[str, tuple[tuple[str, float], ...]] = {
    "pmd_disease": (("general", 1.0),),
    "pmd_body_function": (("health_food", 1.0),),
    "pmd_cosmetic_scope": (("cosmetics", 1.0),),
    "pmd_guarantee": (("apparel", 0.5), ("electrical", 0.5)),
    "pmd_endorsement": (("apparel", 0.5), ("general", 0.5)),
    "pmd_dosage": (("health_food", 1.0),),
    "pmd_quasi_drug": (("quasi_drug", 1.0),),
    "keihyo_double_price": (("apparel", 0.5), ("general", 0.5)),
    "keihyo_weight_loss": (("health_food", 0.6), ("food", 0.4)),
    "pse": (("electrical", 1.0),),
    "psc": (("general", 1.0),),
    "alcohol": (("alcohol", 1.0),),
    "otc_drug": (("drug", 1.0),),
    "knife": (("knife", 1.0),),
    "counterfeit": (("apparel", 1.0),),
    "approved_claims": (("health_food", 1.0),),
}

# The 56 permitted cosmetic claims (平成23年 薬食発0721第1号) — look-alikes of
# pmd_cosmetic_scope: they mention シミ, シワ, ニキビ… but are permitted wording.
COSMETIC_56: tuple[str, ...] = (
    "頭皮、毛髪を清浄にする",
    "香りにより毛髪、頭皮の不快臭を抑える",
    "頭皮、毛髪をすこやかに保つ",
    "毛髪にはり、こしを与える",
    "頭皮、毛髪にうるおいを与える",
    "頭皮、毛髪のうるおいを保つ",
    "毛髪をしなやかにする",
    "クシどおりをよくする",
    "毛髪のつやを保つ",
    "毛髪につやを与える",
    "フケ、カユミがとれる",
    "フケ、カユミを抑える",
    "毛髪の水分、油分を補い保つ",
    "裂毛、切毛、枝毛を防ぐ",
    "髪型を整え、保持する",
    "毛髪の帯電を防止する",
    "汚れをおとすことにより皮膚を清浄にする",
    "洗浄によりニキビ、アセモを防ぐ",
    "肌を整える",
    "肌のキメを整える",
    "皮膚をすこやかに保つ",
    "肌荒れを防ぐ",
    "肌をひきしめる",
    "皮膚にうるおいを与える",
    "皮膚の水分、油分を補い保つ",
    "皮膚の柔軟性を保つ",
    "皮膚を保護する",
    "皮膚の乾燥を防ぐ",
    "肌を柔らげる",
    "肌にはりを与える",
    "肌にツヤを与える",
    "肌を滑らかにする",
    "ひげを剃りやすくする",
    "ひげそり後の肌を整える",
    "あせもを防ぐ",
    "日やけを防ぐ",
    "日やけによるシミ、ソバカスを防ぐ",
    "芳香を与える",
    "爪を保護する",
    "爪をすこやかに保つ",
    "爪にうるおいを与える",
    "口唇の荒れを防ぐ",
    "口唇のキメを整える",
    "口唇にうるおいを与える",
    "口唇をすこやかにする",
    "口唇を保護する。口唇の乾燥を防ぐ",
    "口唇の乾燥によるカサツキを防ぐ",
    "口唇を滑らかにする",
    "ムシ歯を防ぐ",
    "歯を白くする",
    "歯垢を除去する",
    "口中を浄化する",
    "口臭を防ぐ",
    "歯のやにを取る",
    "歯石の沈着を防ぐ",
    "乾燥による小ジワを目立たなくする",
)
# Which product types may carry which of the 56 (indices into COSMETIC_56).
COSMETIC_56_BY_TYPE: dict[str, tuple[int, ...]] = {
    "shampoo": tuple(range(0, 16)),
    "cleanser": (16, 17, 18, 20),
    "lotion": (18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 55),
    "serum": (18, 19, 23, 24, 25, 29, 30, 31, 55),
    "cream": (20, 21, 23, 24, 26, 27, 29, 30, 55),
    "sunscreen": (26, 35, 36),
    "lip": (41, 42, 43, 44, 45, 46, 47),
    "toothpaste": (48, 49, 50, 51, 52, 53, 54),
    "makeup": (26, 27, 35),
}

LOOKALIKE_TEMPLATES: dict[str, tuple[str, ...]] = {
    # disease words outside any efficacy claim
    "pmd_disease": (
        "{disease}と向き合う家族のための本（書籍）",
        "最新 {disease}治療の基礎知識（医学書）",
        "花粉の季節に 不織布マスク 50枚入",
        "{disease}啓発チャリティー ピンクリボン キーホルダー",
    ),
    "pmd_body_function": (
        "毎日の健康維持に",
        "忙しい方の栄養補給に",
        "美容と健康づくりに",
        "バランスのよい食生活のサポートに",
    ),
    "pmd_guarantee": (
        "綿100%で肌ざわり抜群",
        "1年間の品質保証付き",
        "30日間返金保証",
        "天然素材100%のリネン",
    ),
    "pmd_endorsement": (
        "医師・看護師向け 白衣 スクラブ",
        "薬剤師国家試験 過去問題集",
        "美容師が使うプロ仕様のハサミ",
        "医療従事者向け ナースシューズ",
    ),
    "pmd_dosage": (
        "1日2粒を目安にお召し上がりください",
        "1日1包を目安に、水や牛乳に溶かしてお召し上がりください",
        "1日3粒を目安に、お好きなタイミングでどうぞ",
    ),
    "pmd_quasi_drug": (
        "メラニンの生成を抑え、シミ・ソバカスを防ぐ",
        "肌荒れ・あれ性、ニキビを防ぐ",
        "育毛、薄毛、脱毛の予防",
        "わきが（腋臭）、皮膚汗臭、制汗",
        "歯周炎（歯槽膿漏）の予防、口臭の防止",
    ),
    "keihyo_weight_loss": (
        "ダイエット中の栄養補給に",
        "低カロリーでダイエット中の方にも",
        "糖質オフ ダイエットを応援するこんにゃく麺",
    ),
    "counterfeit": (
        "{brand} 正規品 国内正規店購入 レシート付き",
        "{brand} 中古 鑑定済み 本物保証",
        "{brand} 正規品 直営店購入 保存袋付き",
    ),
}
# Approved wording for products that carry the approval (approved_claims look-alikes).
APPROVED_WORDING: dict[str, tuple[str, ...]] = {
    "foshu": (
        "特定保健用食品 おなかの調子を整えます",
        "特定保健用食品 血圧が高めの方に適した食品です",
        "特定保健用食品 体脂肪が気になる方に適しています",
    ),
    "fnfc": (
        "機能性表示食品 食後の血糖値の上昇をおだやかにする機能があることが報告されています",
        "機能性表示食品 血圧が高めの方の血圧を下げる機能があることが報告されています",
        "機能性表示食品 届出番号J123 本品にはビフィズス菌が含まれ、腸内環境を改善することが報告されています",
    ),
    "fnc": (
        "栄養機能食品（ビタミンC） ビタミンCは、皮膚や粘膜の健康維持を助けるとともに、抗酸化作用を持つ栄養素です",
    ),
}
LUXURY_BRANDS: tuple[str, ...] = (
    "ルイヴィトン",
    "シャネル",
    "グッチ",
    "エルメス",
    "プラダ",
    "ロレックス",
    "オメガ",
    "ナイキ",
    "モンクレール",
    "ディオール",
    "バレンシアガ",
    "カルティエ",
)
QUASI_DRUG_OVERCLAIMS: dict[str, tuple[str, ...]] = {
    "medicated_cream": (
        "シミを根本から消す{noun}",
        "重度のシミ治療用",
        "できてしまったシミが消える",
        "肝斑が治る",
    ),
    "medicated_lotion": (
        "ニキビ跡がきれいに消える",
        "ニキビが完治する{noun}",
        "シミが消える美白ローション",
    ),
    "hair_tonic": ("薄毛が治る", "発毛を実感", "ハゲが治る{noun}"),
    "deodorant": ("ワキガが完治する", "ワキガ治療に", "多汗症が治る"),
    "mouthwash": ("歯周病が治る", "歯槽膿漏を完治", "虫歯が治る{noun}"),
    "bath_salt": ("アトピーが治る入浴剤", "冷え性が完治", "神経痛が治る"),
}
DRUG_ONLY_INGREDIENTS: tuple[str, ...] = (
    "シルデナフィル",
    "タダラフィル",
    "シブトラミン",
    "センノシド",
    "ヨヒンビン",
)
RX_DRUGS: tuple[str, ...] = (
    "ヒルドイド",
    "リンデロン",
    "ロキソプロフェン錠60mg",
    "ミノキシジルタブレット",
    "フィナステリド",
    "シルデナフィル",
    "トレチノイン",
    "ハイドロキノン4%",
)
UNDERAGE_STATEMENTS: tuple[str, ...] = (
    "20歳未満の者の飲酒は法律で禁止されています。",
    "20歳未満の者に対しては酒類を販売いたしません。",
    "お酒は20歳になってから。20歳未満の者の飲酒は法律で禁止されています。",
)
PROPER_DISCLOSURES: tuple[str, ...] = (
    "#PR",
    "【広告】",
    "#広告",
    "#プロモーション",
    "【PR】",
    "提供：{brand}",
    "{brand}様から商品提供を受けています #PR",
)
NO1_SOURCES: tuple[str, ...] = (
    "※2026年6月 自社調べ 購入者1,000名対象 調査期間2026年5月1日〜5月31日",
    "※楽天市場 スキンケア部門 デイリーランキング1位（2026年8月3日）",
)

# The emerging risk: a new ingredient/slang term that no policy covers yet.
EMERGING_TERM = "シナプトン"
EMERGING_PHRASES: dict[str, tuple[str, ...]] = {
    "listing": (
        "話題の{term}配合 {noun}",
        "{term}入り 毎朝スッキリ {noun}",
        "SNSで話題！{term}サプリ",
        "{term}高配合 {noun} 海外処方",
    ),
    "creator_post": (
        "最近ずっと{term}飲んでる、頭がスッキリする気がする",
        "{term}って知ってる？今めっちゃ流行ってる",
        "{term}お試し中 #{term} #朝活",
    ),
    "review": (
        "{term}目当てで購入。まだ実感はないです",
        "{term}が入っているので買いました。続けてみます",
        "友達にすすめられた{term}、飲みやすいです",
    ),
    "report": (
        "{term}という成分が入っているようですが、安全なのでしょうか",
        "{term}配合の商品が急に増えています。確認をお願いします",
        "{term}を飲んで動悸がしました",
    ),
}

# ---------------------------------------------------------------------------------------
# Reviews, posts, reports

REVIEW_TEXTS: dict[int, tuple[str, ...]] = {
    5: (
        "とても良かったです。リピートします。",
        "期待以上でした！",
        "丁寧な梱包で届きました。ありがとうございます。",
        "使いやすくて気に入っています。",
        "発送が早くて助かりました。",
        "家族にも好評でした。",
        "コスパ最高です。",
        "写真どおりの商品でした。",
        "プレゼント用に購入、喜ばれました。",
        "さっそく使っています。満足です。",
    ),
    4: (
        "概ね満足です。",
        "少し届くのが遅かったですが、商品は良いです。",
        "思っていたより小さめでした。",
        "値段を考えると十分です。",
        "使い勝手は良いです。",
    ),
    3: (
        "普通です。",
        "可もなく不可もなく。",
        "説明と少し違いましたが使えます。",
        "リピートはしないかも。",
    ),
    2: (
        "期待していたほどではなかったです。",
        "梱包が雑でした。",
        "届くまで時間がかかりすぎ。",
        "説明が少なくて分かりにくい。",
    ),
    1: (
        "届いた商品が破損していました。",
        "説明と全然違います。返品しました。",
        "連絡がつきません。",
        "二度と買いません。",
        "偽物だと思います。",
        "注文から2週間経っても届きません。",
    ),
}
REVIEW_CATEGORY_TEXTS: dict[str, dict[str, tuple[str, ...]]] = {
    "cosmetics": {
        "good": ("肌なじみがいいです。", "べたつかず使いやすい。", "香りが好みでした。"),
        "bad": ("肌に合いませんでした。", "思ったより保湿されない。"),
    },
    "quasi_drug": {
        "good": ("毎日使っています。", "刺激が少なくて助かります。"),
        "bad": ("効果はよくわかりません。",),
    },
    "health_food": {
        "good": ("飲みやすい粒の大きさです。", "続けやすい価格。"),
        "bad": ("においが気になりました。", "粒が大きくて飲みにくい。"),
    },
    "food": {
        "good": ("とても美味しかったです。", "家族みんなで食べました。"),
        "bad": ("味が薄かったです。", "解凍したら水っぽかった。"),
    },
    "drug": {
        "good": ("いつも使っている薬なので助かります。",),
        "bad": ("使用期限が近かったです。",),
    },
    "medical_device": {
        "good": ("数値が安定して測れます。", "操作が簡単です。"),
        "bad": ("測るたびに値がばらつきます。",),
    },
    "electrical": {
        "good": ("充電が速いです。", "軽くて持ち運びやすい。"),
        "bad": ("すぐに充電できなくなりました。", "本体がかなり熱くなります。"),
    },
    "alcohol": {
        "good": ("香りがよく飲みやすいです。", "贈り物に喜ばれました。"),
        "bad": ("瓶が割れて届きました。",),
    },
    "knife": {"good": ("切れ味が抜群です。", "手になじみます。"), "bad": ("すぐに錆びました。",)},
    "toy": {
        "good": ("子どもが夢中で遊んでいます。", "作りがしっかりしています。"),
        "bad": ("部品が外れやすいです。",),
    },
    "apparel": {
        "good": ("サイズぴったりでした。", "生地がしっかりしています。"),
        "bad": ("写真と色が違いました。", "洗濯したら縮みました。"),
    },
    "general": {
        "good": ("毎日使っています。", "デザインがおしゃれです。"),
        "bad": ("思っていたより安っぽい。",),
    },
}
FAKE_REVIEW_TEXTS: tuple[str, ...] = (
    "最高です！！！",
    "神商品！絶対おすすめ！",
    "買ってよかった！★5",
    "すごく良い！友達にも紹介します！",
    "最高の商品です！リピ確定！",
    "文句なしの星5です！",
    "効果すごい！最高！",
    "素晴らしいショップです！",
)
CAPTION_TEMPLATES: tuple[str, ...] = (
    "{brand}の{noun}、使ってみた！",
    "今日の購入品紹介 {noun}",
    "【レビュー】{brand} {noun}を1週間使った正直な感想",
    "ライブ配信中！{noun}をご紹介します",
    "毎日の{noun}ルーティン",
    "{noun}比較してみた",
    "リピ買いしてる{noun}",
)
TRANSCRIPT_TEMPLATES: tuple[str, ...] = (
    "こんにちは！今日は{brand}の{noun}を紹介していきます。使ってみた感じ、{feel}です。",
    "はい、ライブ始まりました〜。今日は{noun}、数量限定なのでお早めに。{feel}。",
    "テクスチャーはこんな感じ。{feel}。気になる方はリンクから見てみてください。",
    "今回はこの{noun}。{feel}。値段も手頃なのでおすすめです。",
)
CAPTION_TEMPLATES_NO_BRAND: tuple[str, ...] = tuple(
    t for t in CAPTION_TEMPLATES if "{brand}" not in t
)
TRANSCRIPT_TEMPLATES_NO_BRAND: tuple[str, ...] = tuple(
    t for t in TRANSCRIPT_TEMPLATES if "{brand}" not in t
)
FEELINGS: tuple[str, ...] = (
    "しっとりしていて使いやすい",
    "軽くて持ち運びしやすい",
    "香りがやさしくて好き",
    "見た目がかわいい",
    "コスパがいいと思う",
    "思ったより量が多い",
    "毎日使えるシンプルさがいい",
)
HASHTAG_POOL: tuple[str, ...] = (
    "#購入品",
    "#おすすめ",
    "#レビュー",
    "#コスメ",
    "#スキンケア",
    "#ガジェット",
    "#暮らし",
    "#ファッション",
    "#今日のコーデ",
    "#美容",
    "#健康",
    "#時短",
    "#ライブ配信",
    "#新作",
    "#プチプラ",
    "#ご褒美",
    "#楽天お買い物マラソン",
    "#ママ",
    "#在宅ワーク",
    "#キャンプ",
    "#おうち時間",
    "#推し活",
)
REPORT_REASONS: tuple[str, ...] = (
    "misleading_claim",
    "counterfeit",
    "prohibited_item",
    "stealth_ad",
    "fake_review",
    "safety",
    "not_delivered",
    "other",
)
REPORT_TEXTS: dict[str, tuple[str, ...]] = {
    "misleading_claim": (
        "病気が治るような表現があります。",
        "効果を誇大に宣伝しているように見えます。",
        "薬機法に違反していると思います。",
        "痩せるという表示は問題ではないでしょうか。",
    ),
    "counterfeit": (
        "偽物の販売だと思います。",
        "当社の商標を無断で使用しています。（ブランド権利者）",
        "正規品ではありません。当社は本出品者に卸していません。",
    ),
    "prohibited_item": (
        "販売が禁止されている商品ではないでしょうか。",
        "免許なしで販売しているようです。",
    ),
    "stealth_ad": ("広告なのにPR表記がありません。", "企業案件なのに隠しているように見えます。"),
    "fake_review": (
        "サクラのレビューが多いです。",
        "同じような★5レビューが短期間に大量にあります。",
    ),
    "safety": ("PSEマークがない充電器です。", "発火した事例があると聞きました。"),
    "not_delivered": ("注文した商品が届きません。", "連絡が取れません。返金もされません。"),
    "other": ("出品内容がおかしいです。", "確認をお願いします。"),
}
SPAM_TEMPLATES: tuple[str, ...] = (
    "【在庫処分】激安 {noun} 高品質 大人気 送料無料 即日発送 {n}",
    "★限定SALE★ {noun} 新品未使用 人気 おすすめ ランキング {n}",
)
