"""A small crafted marketplace with planted risks whose exact members are known.

Background: 60 sellers, ~8 k orders over 91 days, random but seeded. Planted:

* ring — sellers S050, S051, S052 share a device and a phone (S052 is suspended);
  a warehouse address shared by S000–S039 (a hub) and a household pair S053/S054
  sharing only an address must *not* form rings;
* duplicate wave — 6 near-identical bag listings from sellers S040–S045;
* refund spike — S010's refund rate jumps from ~3 % to 60 % in the last 20 days;
* review burst — 30 reviews for S020 on one day;
* brushing — 8 orders of ¥100 for listings of S030 by buyers B900–B905, who share a
  device with S030, each reviewed 5★ within two hours;
* collusion — reviewers R700–R705 all review the same five sellers S001–S005;
* emerging term — シナプトン in 12 listings, 10 reviews and 4 reports of the last week.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from mamori.entities import arrow_schema

START = dt.datetime(2026, 8, 1)
DAYS = 91
END = START + dt.timedelta(days=DAYS - 1)
WORDS = [
    "綿",
    "麻",
    "シルク",
    "木製",
    "陶器",
    "北欧",
    "和風",
    "花柄",
    "無地",
    "ストライプ",
    "レトロ",
    "モダン",
    "軽量",
    "大容量",
    "防水",
    "撥水",
    "折りたたみ",
    "携帯",
    "充電式",
    "保温",
    "保冷",
    "手作り",
    "天然",
    "国産",
    "限定色",
    "ギフト",
    "春夏",
    "秋冬",
    "ベーシック",
    "スリム",
    "ワイド",
    "ミニ",
    "ロング",
    "ショート",
    "ハンドメイド",
    "アンティーク",
    "カジュアル",
    "フォーマル",
    "キッズ",
    "メンズ",
    "レディース",
    "ペット用",
    "アウトドア",
    "キッチン",
    "収納",
    "インテリア",
    "文具",
    "玩具",
]
NOUNS = [
    "マグカップ",
    "トートバッグ",
    "Tシャツ",
    "ワンピース",
    "茶碗",
    "タオル",
    "クッション",
    "ランプ",
    "時計",
    "財布",
    "ノート",
    "水筒",
    "弁当箱",
    "帽子",
    "靴下",
    "マフラー",
    "手袋",
    "ぬいぐるみ",
    "パズル",
    "石鹸",
    "化粧水",
    "乳液",
    "サプリ",
    "緑茶",
]
CATS = ("apparel", "general", "cosmetics", "food", "toy", "health_food")
WAVE_SELLERS = [f"S{i:03d}" for i in range(40, 46)]
RING = ["S050", "S051", "S052"]
BRUSH_SELLER = "S030"
BURST_SELLER = "S020"
SPIKE_SELLER = "S010"
COLLUDERS = [f"R{i}" for i in range(700, 706)]
COLLUDED = [f"S{i:03d}" for i in range(1, 6)]
TERM = "シナプトン"


def _ts(day: int, rng: np.random.Generator) -> dt.datetime:
    return START + dt.timedelta(days=day, seconds=int(rng.integers(8 * 3600, 22 * 3600)))


def _table(kind: str, rows: list[dict[str, object]]) -> pa.Table:
    schema = arrow_schema(kind)
    return pa.Table.from_pylist([{f: r.get(f) for f in schema.names} for r in rows], schema=schema)


def build(seed: int = 0) -> tuple[dict[str, pa.Table], dict[str, object]]:
    rng = np.random.default_rng(seed)
    sellers = [
        {
            "id": f"S{i:03d}",
            "name": f"ショップ{i}",
            "status": "suspended" if f"S{i:03d}" == "S052" else "active",
            "registered_at": START - dt.timedelta(days=int(rng.integers(30, 900))),
            "seller_type": "individual",
        }
        for i in range(60)
    ]
    listings: list[dict[str, object]] = []
    for s in sellers:
        cat = CATS[int(s["id"][1:]) % len(CATS)]  # type: ignore[index]
        for j in range(8):
            words = rng.choice(WORDS, size=4, replace=False).tolist()
            title = " ".join([*words, str(rng.choice(NOUNS)), f"No.{rng.integers(100, 999)}"])
            listings.append(
                {
                    "id": f"L{s['id'][1:]}{j:02d}",  # type: ignore[index]
                    "seller_id": s["id"],
                    "category": cat,
                    "title": title,
                    "description": f"{title}です。{rng.choice(WORDS)}素材を使用。",
                    "price": int(rng.integers(20, 100)) * 100,
                    "created_at": _ts(int(rng.integers(0, DAYS - 14)), rng),
                    "status": "active",
                }
            )
    wave_title = "【限定】ルイヴィトン風 モノグラム 本革 ショルダーバッグ 新品 正規品 送料無料"
    variants = ["", "★", " 即日発送", "!!", " 未使用", "【SALE】"]
    wave_ids = []
    for k, (sid, v) in enumerate(zip(WAVE_SELLERS, variants, strict=True)):
        lid = f"LW{k:02d}"
        wave_ids.append(lid)
        listings.append(
            {
                "id": lid,
                "seller_id": sid,
                "category": "apparel",
                "title": wave_title + v,
                "description": "海外正規店で購入。鑑定済み。箱・保存袋付き。",
                "price": 4980,
                "created_at": _ts(DAYS - 20 + k, rng),
                "status": "active",
            }
        )
    term_ids = []
    for k in range(12):
        lid = f"LT{k:02d}"
        term_ids.append(lid)
        listings.append(
            {
                "id": lid,
                "seller_id": f"S{(k * 7) % 40:03d}",
                "category": "health_food",
                "title": f"話題の{TERM}配合 {rng.choice(NOUNS)} {rng.choice(WORDS)}",
                "description": f"{TERM}高配合。毎朝スッキリ。",
                "price": 3980,
                "created_at": _ts(DAYS - 1 - int(rng.integers(0, 6)), rng),
                "status": "active",
            }
        )
    by_seller: dict[str, list[dict[str, object]]] = {}
    for li in listings:
        by_seller.setdefault(str(li["seller_id"]), []).append(li)
    orders: list[dict[str, object]] = []
    reviews: list[dict[str, object]] = []
    oid = 0
    rid = 0
    for s in sellers:
        sid = str(s["id"])
        own = [li for li in by_seller[sid] if not str(li["id"]).startswith(("LW", "LT"))]
        for day in range(DAYS):
            for _ in range(int(rng.poisson(1.5))):
                li = own[int(rng.integers(0, len(own)))]
                refund_p = 0.6 if (sid == SPIKE_SELLER and day >= DAYS - 20) else 0.03
                u = rng.random()
                status = (
                    "refunded"
                    if u < refund_p
                    else "cancelled"
                    if u < refund_p + 0.02
                    else "completed"
                )
                at = _ts(day, rng)
                o = {
                    "id": f"O{oid:06d}",
                    "listing_id": li["id"],
                    "seller_id": sid,
                    "buyer_id": f"B{int(rng.integers(0, 500)):03d}",
                    "quantity": 1,
                    "amount": li["price"],
                    "ordered_at": at,
                    "shipped_at": at + dt.timedelta(days=1),
                    "status": status,
                    "late": bool(rng.random() < 0.05),
                }
                oid += 1
                orders.append(o)
                if status == "completed" and rng.random() < 0.4:
                    reviews.append(
                        {
                            "id": f"V{rid:06d}",
                            "order_id": o["id"],
                            "listing_id": li["id"],
                            "seller_id": sid,
                            "reviewer_id": o["buyer_id"],
                            "rating": int(rng.choice([3, 4, 4, 5, 5])),
                            "text": "良かったです。",
                            "created_at": at + dt.timedelta(days=int(rng.integers(3, 9))),
                        }
                    )
                    rid += 1
    # Brushing: ¥100 orders from linked buyers, reviewed 5★ within two hours.
    brush_orders = []
    for k in range(8):
        li = by_seller[BRUSH_SELLER][k % 8]
        at = _ts(30 + 5 * k, rng)
        o = {
            "id": f"OB{k:03d}",
            "listing_id": li["id"],
            "seller_id": BRUSH_SELLER,
            "buyer_id": f"B{900 + k % 6}",
            "quantity": 1,
            "amount": 100,
            "ordered_at": at,
            "status": "completed",
            "late": False,
        }
        orders.append(o)
        brush_orders.append(o["id"])
        reviews.append(
            {
                "id": f"VB{k:03d}",
                "order_id": o["id"],
                "listing_id": li["id"],
                "seller_id": BRUSH_SELLER,
                "reviewer_id": o["buyer_id"],
                "rating": 5,
                "text": "最高です！！！",
                "created_at": at + dt.timedelta(minutes=int(rng.integers(10, 120))),
            }
        )
    # Review burst: 30 reviews on one day.
    burst_ids = []
    for k in range(30):
        li = by_seller[BURST_SELLER][k % 8]
        vid = f"VR{k:03d}"
        burst_ids.append(vid)
        reviews.append(
            {
                "id": vid,
                "listing_id": li["id"],
                "seller_id": BURST_SELLER,
                "reviewer_id": f"B{600 + k}",
                "rating": 5,
                "text": "神商品！絶対おすすめ！",
                "created_at": _ts(DAYS - 10, rng),
            }
        )
    # Collusion: six reviewers, the same five sellers.
    for r in COLLUDERS:
        for sid in COLLUDED:
            li = by_seller[sid][0]
            reviews.append(
                {
                    "id": f"VC{rid:06d}",
                    "listing_id": li["id"],
                    "seller_id": sid,
                    "reviewer_id": r,
                    "rating": 5,
                    "text": "素晴らしいショップです！",
                    "created_at": _ts(int(rng.integers(0, DAYS)), rng),
                }
            )
            rid += 1
    # Emerging term in reviews and reports of the last week.
    term_reviews = []
    for k in range(10):
        vid = f"VT{k:03d}"
        term_reviews.append(vid)
        reviews.append(
            {
                "id": vid,
                "listing_id": term_ids[k],
                "seller_id": "S000",
                "reviewer_id": f"B{k:03d}",
                "rating": 4,
                "text": f"{TERM}目当てで購入。まだ実感はないです",
                "created_at": _ts(DAYS - 1 - int(rng.integers(0, 6)), rng),
            }
        )
    reports = [
        {
            "id": f"P{k:03d}",
            "entity_type": "listing",
            "entity_id": term_ids[k],
            "reporter_type": "user",
            "reason": "safety",
            "text": f"{TERM}配合の商品が急に増えています。確認をお願いします",
            "created_at": _ts(DAYS - 2, rng),
        }
        for k in range(6)
    ]
    links: list[dict[str, object]] = []

    def link(acc: str, typ: str, attr: str, val: str) -> None:
        links.append(
            {
                "id": f"K{len(links):05d}",
                "account_id": acc,
                "account_type": typ,
                "attribute": attr,
                "value_hash": val,
            }
        )

    for s in sellers:
        link(str(s["id"]), "seller", "device", f"dev-{s['id']}")
        link(str(s["id"]), "seller", "phone", f"tel-{s['id']}")
    for i in range(40):  # the warehouse: a hub
        link(f"S{i:03d}", "seller", "address", "addr-warehouse")
    link("S050", "seller", "device", "dev-ring")
    link("S051", "seller", "device", "dev-ring")
    link("S051", "seller", "phone", "tel-ring")
    link("S052", "seller", "phone", "tel-ring")
    link("S053", "seller", "address", "addr-home")
    link("S054", "seller", "address", "addr-home")
    for k in range(6):
        link(f"B{900 + k}", "buyer", "device", f"dev-{BRUSH_SELLER}")
    for b in range(500):
        link(f"B{b:03d}", "buyer", "device", f"dev-B{b:03d}")
    tables = {
        "sellers": _table("seller", sellers),
        "listings": _table("listing", listings),
        "orders": _table("order", orders),
        "reviews": _table("review", reviews),
        "reports": _table("report", reports),
        "account_links": _table("account_link", links),
    }
    truth: dict[str, object] = {
        "ring": RING,
        "wave": wave_ids,
        "brushing": brush_orders,
        "burst": burst_ids,
        "colluders": COLLUDERS,
        "spike": SPIKE_SELLER,
        "term": TERM,
        "term_listings": term_ids,
    }
    return tables, truth


def write(directory: Path, seed: int = 0) -> dict[str, object]:
    tables, truth = build(seed)
    directory.mkdir(parents=True, exist_ok=True)
    for name, t in tables.items():
        pq.write_table(t, directory / f"{name}.parquet")
    return truth
