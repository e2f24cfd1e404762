"""Generate a synthetic Japanese marketplace with ground-truth labels.

The generator first *plans* the world in small numpy arrays (who sells what, which
listing carries which planted violation, which sellers form a ring), then *streams* each
table to Parquet in chunks. Per-row Python runs only where text is composed (sellers,
listings, posts); orders, reviews and price histories are vectorised, so 10 M orders
stay within minutes and bounded memory.

Determinism: every table (and every chunk of it) draws from its own numpy generator
seeded by ``(seed, stream, chunk)``; timestamps are relative to a fixed end date; no
dict/set iteration order or ``hash()`` feeds the output.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from mamori.entities import CATEGORIES, arrow_schema
from mamori.synth import vocab
from mamori.synth.config import DAY_US, END_DAY, END_US, SynthConfig
from mamori.synth.evasion import EVASIONS, apply_evasion

Progress = Callable[[str, float], None]
T = TypeVar("T")

LABEL_SCHEMA = pa.schema(
    [
        pa.field("entity_type", pa.string(), nullable=False),
        pa.field("entity_id", pa.string(), nullable=False),
        pa.field("kind", pa.string(), nullable=False),
        pa.field("family", pa.string()),
        pa.field("group_id", pa.string()),
    ]
)
LABEL_KINDS: tuple[str, ...] = (
    "violation",
    "lookalike",
    "ring",
    "duplicate_wave",
    "brushing",
    "review_burst",
    "collusion",
    "rate_spike",
    "emerging_term",
)
TABLE_FILES: tuple[str, ...] = (
    "sellers",
    "listings",
    "creators",
    "creator_posts",
    "orders",
    "reviews",
    "account_links",
    "price_history",
    "reports",
)
MANIFEST = "synth.json"

# Plant kinds of a listing.
NONE, VIOLATION, LOOKALIKE = 0, 1, 2
# Price-history modes.
DP_NONE, DP_HONEST, DP_FAKE, DP_NEAR = 0, 1, 2, 3
# Seller statuses (entities.SELLER.status).
SELLER_STATUSES = ("active", "restricted", "suspended", "terminated")

CAT_INDEX = {c: i for i, c in enumerate(CATEGORIES)}


@dataclass(frozen=True, slots=True)
class TypeInfo:
    category: str
    code: str
    nouns: tuple[str, ...]
    price: tuple[int, int]
    sizes: tuple[str, ...]
    background: bool  # may appear on ordinary listings


def _type_table() -> tuple[TypeInfo, ...]:
    types: list[TypeInfo] = []
    for cat in vocab.CATEGORY_DEFS:
        for t in cat.types:
            types.append(
                TypeInfo(cat.code, t.code, t.nouns, t.price, t.sizes, t.code != "power_station")
            )
    # Types that only appear when planted.
    types += [
        TypeInfo(
            "knife",
            "dagger",
            ("ダガーナイフ", "両刃ナイフ", "ブーツナイフ"),
            (2980, 12800),
            ("",),
            False,
        ),
        TypeInfo(
            "knife",
            "sword",
            ("刃付き 西洋剣 ロングソード", "刃付き 中華刀", "刃付き サーベル"),
            (19800, 68000),
            ("",),
            False,
        ),
        TypeInfo(
            "knife",
            "switchblade",
            ("飛び出しナイフ", "スプリングナイフ", "オートマチックナイフ"),
            (3980, 14800),
            ("",),
            False,
        ),
        TypeInfo(
            "knife",
            "imitation_sword",
            ("模造刀 刃なし", "居合用 模擬刀", "美術刀 刃引き"),
            (9800, 39800),
            ("",),
            False,
        ),
    ]
    return tuple(types)


TYPES = _type_table()
BACKGROUND_TYPES_ALL = tuple(t for t in TYPES if t.background)
SPECIAL_CODES = frozenset({"dagger", "sword", "switchblade", "imitation_sword"})
TYPE_INDEX = {(t.category, t.code): i for i, t in enumerate(TYPES)}
BACKGROUND_TYPES: dict[str, np.ndarray] = {
    c: np.array([i for i, t in enumerate(TYPES) if t.category == c and t.background])
    for c in CATEGORIES
}
FAMILY_INDEX = {f: i for i, f in enumerate(vocab.ALL_FAMILIES)}


@dataclass
class Labels:
    """Collects label rows as column lists or ready Arrow tables."""

    tables: list[pa.Table] = field(default_factory=list)

    def add(
        self,
        entity_type: str,
        ids: Sequence[str] | pa.Array,
        kind: str,
        family: str | None = None,
        group: Sequence[str | None] | str | None = None,
    ) -> None:
        n = len(ids)
        if n == 0:
            return
        if kind not in LABEL_KINDS:
            raise ValueError(kind)
        groups: Any = [group] * n if group is None or isinstance(group, str) else list(group)
        self.tables.append(
            pa.table(
                {
                    "entity_type": pa.array([entity_type] * n, pa.string()),
                    "entity_id": pa.array(ids, pa.string())
                    if not isinstance(ids, pa.Array)
                    else ids.cast(pa.string()),
                    "kind": pa.array([kind] * n, pa.string()),
                    "family": pa.array([family] * n, pa.string()),
                    "group_id": pa.array(groups, pa.string()),
                },
                schema=LABEL_SCHEMA,
            )
        )

    def table(self) -> pa.Table:
        if not self.tables:
            return LABEL_SCHEMA.empty_table()
        return pa.concat_tables(self.tables)


@dataclass
class World:
    """The plan: small arrays that every table's writer consults."""

    cfg: SynthConfig
    # sellers
    s_corporate: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))
    s_country: list[str] = field(default_factory=list)
    s_cat: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int8))
    s_drug: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))
    s_alcohol: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))
    s_status: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int8))
    s_prev: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    s_risky: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))
    s_reg_us: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    s_disclosure: np.ndarray = field(
        default_factory=lambda: np.zeros(0, np.int8)
    )  # 0 ok, 1 violation, 2 lookalike
    s_cancel: np.ndarray = field(default_factory=lambda: np.zeros(0))
    s_refund: np.ndarray = field(default_factory=lambda: np.zeros(0))
    s_late: np.ndarray = field(default_factory=lambda: np.zeros(0))
    s_spike: np.ndarray = field(
        default_factory=lambda: np.zeros(0, np.int8)
    )  # 0 none 1 spike 2 drift
    s_spike_day: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    s_ring: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    rings: list[list[int]] = field(default_factory=list)
    # listings
    l_seller: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    l_type: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    l_price: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    l_list: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # 0 = none
    l_created_day: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # epoch day
    l_plant: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int8))
    l_family: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int8))
    l_wave: np.ndarray = field(
        default_factory=lambda: np.zeros(0, np.int64)
    )  # -1 none; >=0 counterfeit, <=-2 spam
    l_emerging: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))
    l_dp: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int8))
    l_noun: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # noun within type
    l_variant: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int8))  # planted variant
    l_brand: list[str] = field(default_factory=list)  # brand written on each listing
    l_weight: np.ndarray = field(default_factory=lambda: np.zeros(0))
    l_status: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int8))
    l_creator: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    labels: Labels = field(default_factory=Labels)
    fraud_buyers: list[tuple[str, int]] = field(default_factory=list)  # (buyer id, device group)


TYPE_CAT = np.array([CAT_INDEX[t.category] for t in TYPES], dtype=np.int8)
TYPE_PRICE_LO = np.array([t.price[0] for t in TYPES], dtype=np.float64)
TYPE_PRICE_HI = np.array([t.price[1] for t in TYPES], dtype=np.float64)


# ---------------------------------------------------------------------------------------
# ids and small helpers


def ids(prefix: str, start: int, n: int, width: int) -> list[str]:
    return [f"{prefix}{i:0{width}d}" for i in range(start, start + n)]


def arrow_ids(prefix: str, idx: np.ndarray, width: int) -> pa.Array:
    """Vectorised ``f"{prefix}{i:0{width}d}"`` for large index arrays."""
    s = pc.cast(pa.array(idx.astype(np.int64)), pa.string())
    s = pc.utf8_lpad(s, width=width, padding="0")
    return pc.binary_join_element_wise(pa.scalar(prefix), s, pa.scalar(""))


def seller_id(i: int) -> str:
    return f"S{i:06d}"


def listing_id(i: int) -> str:
    return f"L{i:07d}"


def creator_id(i: int) -> str:
    return f"C{i:06d}"


def post_id(i: int) -> str:
    return f"P{i:07d}"


BLOCK = 1000


def block_uniforms(
    cfg: SynthConfig, stream: str, r0: int, r1: int, width: int
) -> list[list[float]]:
    """Uniforms for rows ``[r0, r1)`` drawn in fixed blocks of ``BLOCK`` rows, so a row's
    numbers do not depend on the chunk size used to write the table."""
    b0, b1 = r0 // BLOCK, (r1 - 1) // BLOCK
    blocks = [cfg.rng(stream, 10 + b).random((BLOCK, width)) for b in range(b0, b1 + 1)]
    u = np.concatenate(blocks)[r0 - b0 * BLOCK : r1 - b0 * BLOCK]
    rows: list[list[float]] = u.tolist()
    return rows


def promised_ship_days(listing_idx: np.ndarray) -> np.ndarray:
    """Days to ship a listing promises; a pure function of its index so orders and the
    listings table agree without storing a column in memory."""
    return 1 + (listing_idx.astype(np.int64) * 2654435761 % 5)


def pick(seq: Sequence[T], u: float) -> T:
    """The element a uniform ``u`` in [0, 1) falls on.

    >>> pick("abc", 0.5)
    'b'
    """
    return seq[min(int(u * len(seq)), len(seq) - 1)]


def weighted_pick(pairs: Sequence[tuple[str, float]], u: float) -> str:
    acc = 0.0
    for value, w in pairs:
        acc += w
        if u < acc:
            return value
    return pairs[-1][0]


def round_price(x: np.ndarray) -> np.ndarray:
    """Japanese retail prices end in 80 or 00: ¥2,980, ¥1,480, ¥12,800."""
    x = np.maximum(x, 300)
    hundreds = np.floor(x / 100.0)
    out = hundreds * 100 + 80
    big = x >= 10_000
    out[big] = np.round(x[big] / 1000.0) * 1000 - 200
    return out.astype(np.int64)


def ts(us: np.ndarray | pa.Array) -> pa.Array:
    return pa.array(np.asarray(us, dtype=np.int64), pa.timestamp("us"))


def jan_code(u: float, v: float) -> str:
    body = ("49" if u < 0.7 else "45") + f"{int(v * 1e10):010d}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def hash_hex(values: np.ndarray) -> pa.Array:
    """Stable fake hashes of attribute values (account links never carry raw values)."""
    return pa.array([f"{int(v):016x}" for v in values.astype(np.uint64)], pa.string())


class TableWriter:
    """A ParquetWriter bound to the entity's Arrow schema, written in row groups."""

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.schema = schema
        self.writer = pq.ParquetWriter(path, schema, compression="zstd", write_statistics=True)
        self.rows = 0

    def write(self, columns: dict[str, Any]) -> None:
        arrays = []
        n = None
        for f in self.schema:
            col = columns.get(f.name)
            if col is None:
                n = n if n is not None else len(next(iter(columns.values())))
                arrays.append(pa.nulls(n, f.type))
                continue
            arr = col if isinstance(col, pa.Array | pa.ChunkedArray) else pa.array(col, f.type)
            if arr.type != f.type:
                arr = arr.cast(f.type)
            arrays.append(arr)
            n = len(arr)
        table = pa.Table.from_arrays(arrays, schema=self.schema)
        self.writer.write_table(table)
        self.rows += table.num_rows

    def close(self) -> None:
        self.writer.close()


# ---------------------------------------------------------------------------------------
# Sellers


def plan_sellers(w: World) -> None:
    cfg = w.cfg
    n = cfg.sellers
    rng = cfg.rng("plan", 0)
    w.s_corporate = rng.random(n) < 0.45
    countries = np.array(["JP", "CN", "KR", "US", "TW", "HK"])
    w.s_country = list(
        countries[
            np.searchsorted(
                np.cumsum([0.84, 0.09, 0.03, 0.015, 0.015, 0.01]),
                rng.random(n) * 0.99999,
                side="right",
            )
        ]
    )
    shares = np.array([c.share for c in vocab.CATEGORY_DEFS])
    cat_codes = [CAT_INDEX[c.code] for c in vocab.CATEGORY_DEFS]
    w.s_cat = np.array(cat_codes, dtype=np.int8)[
        rng.choice(len(shares), n, p=shares / shares.sum())
    ]
    w.s_drug = (w.s_cat == CAT_INDEX["drug"]) & (rng.random(n) < 0.95)
    w.s_drug |= (w.s_cat == CAT_INDEX["health_food"]) & (rng.random(n) < 0.1)
    w.s_alcohol = (w.s_cat == CAT_INDEX["alcohol"]) & (rng.random(n) < 0.95)
    w.s_alcohol |= (w.s_cat == CAT_INDEX["food"]) & (rng.random(n) < 0.15)
    w.s_status = np.zeros(n, np.int8)
    w.s_status[rng.random(n) < 0.03] = 1
    w.s_prev = np.full(n, -1, np.int64)
    w.s_risky = rng.random(n) < 0.10
    w.s_reg_us = END_US - (rng.random(n) * 3 * 365 * DAY_US).astype(np.int64) - 30 * DAY_US
    w.s_cancel = rng.beta(2, 90, n)
    w.s_refund = rng.beta(2, 120, n)
    w.s_late = rng.beta(2, 40, n)
    w.s_spike = np.zeros(n, np.int8)
    w.s_spike_day = np.full(n, -1, np.int64)
    w.s_ring = np.full(n, -1, np.int64)
    w.s_disclosure = np.zeros(n, np.int8)

    # Multi-account rings, drawn mostly from risky sellers; the last slots of the seller
    # table are the re-registered accounts of suspended ring members.
    n_rings = max(4, n // 60)
    n_rereg = max(2, n_rings // 2)
    reserved = np.arange(n - n_rereg, n)
    pool = np.arange(n - n_rereg)
    risky_pool = pool[w.s_risky[pool]]
    used: set[int] = set()
    rereg_iter = iter(reserved.tolist())
    for r in range(n_rings):
        size = int(rng.integers(3, 7))
        members: list[int] = []
        while len(members) < size:
            src = risky_pool if rng.random() < 0.7 and len(risky_pool) else pool
            cand = int(src[rng.integers(len(src))])
            if cand not in used:
                used.add(cand)
                members.append(cand)
        batch_us = END_US - int(rng.integers(60, 700)) * DAY_US
        for m in members:
            w.s_reg_us[m] = batch_us + int(rng.integers(0, 10 * DAY_US))
            w.s_risky[m] = True
        if r < n_rereg:
            old = members[0]
            new = next(rereg_iter)
            w.s_status[old] = 2  # suspended
            suspended_day = int(rng.integers(60, 150))
            w.s_reg_us[new] = END_US - suspended_day * DAY_US + int(rng.integers(2, 20)) * DAY_US
            w.s_prev[new] = (
                old if (r == 0 or rng.random() < 0.6) else -1
            )  # some declare it, some hide it
            w.s_cat[new] = w.s_cat[old]
            w.s_risky[new] = True
            members.append(new)
        for m in members:
            w.s_ring[m] = r
        w.rings.append(members)
        w.labels.add("seller", [seller_id(m) for m in members], "ring", group=f"ring-{r:04d}")
    w.s_status[(rng.random(n) < 0.01) & (w.s_status == 0) & (w.s_ring < 0)] = (
        3  # a few terminated accounts
    )

    # 特定商取引法 disclosures: some incomplete (violations), some legitimately withheld
    # "on request" (look-alikes).
    free = np.array([i for i in range(n) if w.s_status[i] == 0 and w.s_ring[i] < 0])
    order = rng.permutation(free)
    n_bad = max(10, n // 30)
    n_look = max(5, n // 100)
    w.s_disclosure[order[:n_bad]] = 1
    w.s_disclosure[order[n_bad : n_bad + n_look]] = 2
    w.labels.add(
        "seller",
        [seller_id(i) for i in sorted(order[:n_bad].tolist())],
        "violation",
        "tokusho_disclosure",
    )
    w.labels.add(
        "seller",
        [seller_id(i) for i in sorted(order[n_bad : n_bad + n_look].tolist())],
        "lookalike",
        "tokusho_disclosure",
    )


def write_sellers(w: World, out: Path) -> None:
    cfg = w.cfg
    n = cfg.sellers
    rng = cfg.rng("sellers")
    u = rng.random((n, 16)).tolist()
    rows: dict[str, list[Any]] = {k: [] for k in arrow_schema("seller").names}
    for i in range(n):
        r = u[i]
        corporate = bool(w.s_corporate[i])
        country = w.s_country[i]
        person = pick(vocab.SURNAMES, r[0]) + " " + pick(vocab.GIVEN_NAMES, r[1])
        word = pick(vocab.SHOP_WORDS, r[2])
        shop = pick(vocab.SHOP_PREFIXES, r[3]) + word + pick(vocab.SHOP_SUFFIXES, r[4])
        legal = (pick(vocab.CORPORATE_FORMS, r[5]) + word) if corporate else person
        if country == "JP":
            pref, cities = pick(vocab.PREFECTURES, r[6])
            address = f"{pref}{pick(cities, r[7])}{1 + int(r[8] * 5)}丁目{1 + int(r[9] * 20)}-{1 + int(r[10] * 15)}"
            phone = f"0{pick(('3', '6', '45', '52', '92', '11', '75'), r[11])}-{int(r[12] * 9000) + 1000}-{int(r[13] * 9000) + 1000}"
        else:
            address = pick(vocab.FOREIGN_ADDRESSES[country], r[6])
            cc = {"CN": "86", "KR": "82", "US": "1", "TW": "886", "HK": "852"}[country]
            phone = f"+{cc}-{int(r[12] * 900) + 100}-{int(r[13] * 9000000) + 1000000}"
            if corporate and r[7] < 0.5:  # a domestic office, as 特商法 asks of foreign sellers
                pref, cities = pick(vocab.PREFECTURES, r[8])
                address += f"（日本国内連絡先：{pref}{pick(cities, r[9])}）"
        email = (
            f"support@{word.lower().replace(' ', '')}{i}.example.jp"
            if corporate
            else f"{word.lower()}.{i}@example.jp"
        )
        rep = (
            f"代表取締役 {pick(vocab.SURNAMES, r[14])} {pick(vocab.GIVEN_NAMES, r[15])}"
            if corporate
            else None
        )
        ret: str | None = pick(vocab.RETURN_POLICIES, r[10])
        disclosure = int(w.s_disclosure[i])
        if disclosure == 1:
            # one of several realistic gaps
            gap = int(r[15] * 5)
            if gap == 0:
                address = None  # type: ignore[assignment]
            elif gap == 1:
                phone = None  # type: ignore[assignment]
            elif gap == 2:
                legal = None  # type: ignore[assignment]
                address = None  # type: ignore[assignment]
            elif gap == 3 and corporate:
                rep = None
                phone = None  # type: ignore[assignment]
            else:
                address = None  # type: ignore[assignment]
                phone = None  # type: ignore[assignment]
                ret = None
        elif disclosure == 2:
            address = "請求があった場合には遅滞なく電子メールにて開示いたします"
            phone = "請求があった場合には遅滞なく開示いたします"
        rows["id"].append(seller_id(i))
        rows["name"].append(person if not corporate else legal)
        rows["shop_name"].append(shop)
        rows["seller_type"].append("corporate" if corporate else "individual")
        rows["country"].append(country)
        rows["registered_at"].append(int(w.s_reg_us[i]))
        rows["status"].append(SELLER_STATUSES[int(w.s_status[i])])
        rows["disclosure_legal_name"].append(legal)
        rows["disclosure_address"].append(address)
        rows["disclosure_phone"].append(phone)
        rows["disclosure_email"].append(email)
        rows["disclosure_representative"].append(rep)
        rows["disclosure_return_policy"].append(ret)
        rows["drug_license"].append(
            f"第{20 + int(r[3] * 8)}-{int(r[4] * 90000) + 10000:05d}号 店舗販売業"
            if w.s_drug[i]
            else None
        )
        rows["alcohol_license"].append(
            f"{pick(('麹町', '渋谷', '大阪北', '名古屋中', '福岡'), r[5])}税務署 通信販売酒類小売業免許 第{int(r[6] * 900) + 100}号"
            if w.s_alcohol[i]
            else None
        )
        rows["rating"].append(round(3.2 + 1.8 * r[11] ** 0.5, 2))
        rows["followers"].append(int(10 ** (1 + 4 * r[12])))
        rows["previous_seller_id"].append(seller_id(int(w.s_prev[i])) if w.s_prev[i] >= 0 else None)
    tw = TableWriter(out / "sellers.parquet", arrow_schema("seller"))
    rows["registered_at"] = ts(np.array(rows["registered_at"]))  # type: ignore[assignment]
    tw.write(rows)
    tw.close()


# ---------------------------------------------------------------------------------------
# Listings plan


def plan_listings(w: World) -> None:
    cfg = w.cfg
    n, ns = cfg.listings, cfg.sellers
    rng = cfg.rng("plan", 1)
    # sellers' shop sizes: lognormal, a few big shops
    sw = rng.lognormal(0, 1.1, ns)
    sw[w.s_status >= 2] *= 0.3
    cdf = np.cumsum(sw / sw.sum())
    w.l_seller = np.minimum(np.searchsorted(cdf, rng.random(n), side="right"), ns - 1).astype(
        np.int64
    )
    w.l_seller[: min(ns, n)] = np.arange(min(ns, n))  # every seller has at least one listing
    own_cat = w.s_cat[w.l_seller]
    shares = np.array([c.share for c in vocab.CATEGORY_DEFS])
    other_cat = np.array([CAT_INDEX[c.code] for c in vocab.CATEGORY_DEFS], np.int8)[
        rng.choice(len(shares), n, p=shares / shares.sum())
    ]
    cat = np.where(rng.random(n) < 0.8, own_cat, other_cat)
    w.l_type = np.zeros(n, np.int64)
    for c in range(len(CATEGORIES)):
        m = cat == c
        opts = BACKGROUND_TYPES[CATEGORIES[c]]
        w.l_type[m] = opts[rng.integers(0, len(opts), int(m.sum()))]
    w.l_noun = rng.integers(0, 1 << 30, n)
    w.l_created_day = END_DAY - np.floor(rng.random(n) ** 1.6 * 720).astype(np.int64) - 1
    w.l_plant = np.zeros(n, np.int8)
    w.l_family = np.full(n, -1, np.int8)
    w.l_wave = np.full(n, -1, np.int64)
    w.l_emerging = np.zeros(n, bool)
    w.l_dp = np.zeros(n, np.int8)
    w.l_variant = np.zeros(n, np.int8)
    w.l_status = np.where(rng.random(n) < 0.92, 0, np.where(rng.random(n) < 0.6, 1, 2)).astype(
        np.int8
    )

    # Background sellers of regulated goods hold their licences: reassign unlicensed ones.
    drug_sellers = np.flatnonzero(w.s_drug)
    alcohol_sellers = np.flatnonzero(w.s_alcohol)
    lc = TYPE_CAT[w.l_type]
    for cat_code, licensed in (("drug", drug_sellers), ("alcohol", alcohol_sellers)):
        m = (lc == CAT_INDEX[cat_code]) & ~np.isin(w.l_seller, licensed)
        w.l_seller[m] = licensed[rng.integers(0, len(licensed), int(m.sum()))]

    perm = rng.permutation(np.arange(min(ns, n), n))  # planted listings never the "first" ones
    pos = 0

    def take(k: int) -> np.ndarray:
        nonlocal pos
        got = perm[pos : pos + k]
        pos += k
        return got

    risky = np.flatnonzero(w.s_risky & (w.s_status < 2))
    unlicensed_drug = np.flatnonzero(~w.s_drug & (w.s_status < 2))
    unlicensed_alcohol = np.flatnonzero(~w.s_alcohol & (w.s_status < 2))
    min_v = 12 if n >= 2000 else 6
    n_v = max(min_v, round(0.004 * n))
    n_l = max(min_v - 2, round(0.003 * n))

    def set_type(idx: int, category: str, code: str | None, u: float) -> None:
        if code is None:
            opts = BACKGROUND_TYPES[category]
            w.l_type[idx] = opts[min(int(u * len(opts)), len(opts) - 1)]
        else:
            w.l_type[idx] = TYPE_INDEX[(category, code)]

    for fam in vocab.LISTING_FAMILIES:
        for kind, count, cats in (
            (VIOLATION, n_v, vocab.FAMILY_CATEGORIES.get(fam)),
            (LOOKALIKE, n_l, vocab.LOOKALIKE_CATEGORIES.get(fam)),
        ):
            if cats is None:
                continue
            if kind == LOOKALIKE and fam == "keihyo_no1":
                cats = vocab.FAMILY_CATEGORIES[fam]
            chosen = take(count)
            uu = rng.random((count, 4))
            for j, idx in enumerate(chosen.tolist()):
                category = weighted_pick(cats, uu[j, 0])
                code = _planted_type(fam, kind, category, uu[j, 1])
                if fam == "psc" and kind == VIOLATION and uu[j, 3] < 0.25:
                    category, code = "toy", "infant_toy"
                variant = 0
                if fam == "pmd_quasi_drug" and kind == VIOLATION and uu[j, 3] < 0.4:
                    # an ordinary cosmetic presenting itself as a quasi-drug
                    category, code, variant = "cosmetics", None, 1
                if fam == "otc_drug" and kind == VIOLATION:
                    # unlicensed seller · prescription-only drug · drug-only ingredient
                    variant = 0 if uu[j, 2] < 0.55 else (1 if uu[j, 2] < 0.75 else 2)
                    if variant == 2:
                        category, code = "health_food", "supplement"
                w.l_variant[idx] = variant
                set_type(idx, category, code, uu[j, 1])
                w.l_plant[idx] = kind
                w.l_family[idx] = FAMILY_INDEX[fam]
                w.l_status[idx] = 0
                if kind == VIOLATION and len(risky) and uu[j, 2] < 0.7:
                    w.l_seller[idx] = risky[int(uu[j, 3] * len(risky))]
                if fam == "otc_drug" and kind == VIOLATION and variant == 0:
                    w.l_seller[idx] = unlicensed_drug[int(uu[j, 3] * len(unlicensed_drug))]
                elif TYPE_CAT[w.l_type[idx]] == CAT_INDEX["drug"]:
                    w.l_seller[idx] = drug_sellers[int(uu[j, 3] * len(drug_sellers))]
                if fam == "alcohol" and kind == VIOLATION and uu[j, 2] < 0.6:
                    w.l_seller[idx] = unlicensed_alcohol[int(uu[j, 3] * len(unlicensed_alcohol))]
                elif TYPE_CAT[w.l_type[idx]] == CAT_INDEX["alcohol"]:
                    w.l_seller[idx] = alcohol_sellers[int(uu[j, 3] * len(alcohol_sellers))]
                if fam == "keihyo_double_price":
                    w.l_dp[idx] = DP_FAKE if kind == VIOLATION else DP_NEAR
            w.labels.add(
                "listing",
                [listing_id(i) for i in sorted(chosen.tolist())],
                "violation" if kind == VIOLATION else "lookalike",
                fam,
            )

    # Near-duplicate waves: counterfeit copies and spam, pasted across sellers in a week.
    n_waves = max(3, n // 1500)
    for k in range(2 * n_waves):
        counterfeit = k < n_waves
        size = int(rng.integers(8, 21))
        members = take(size)
        start = END_DAY - int(rng.integers(8, 120))
        ring = w.rings[k % len(w.rings)] if rng.random() < 0.5 else []
        for j, idx in enumerate(members.tolist()):
            w.l_wave[idx] = k if counterfeit else -2 - k
            w.l_created_day[idx] = start + int(rng.integers(0, 7))
            w.l_status[idx] = 0
            w.l_seller[idx] = (
                ring[j % len(ring)] if ring and j % 2 == 0 else int(rng.integers(0, ns))
            )
            if counterfeit:
                set_type(idx, "apparel", "bag" if k % 2 == 0 else "accessory", 0.0)
                w.l_plant[idx] = VIOLATION
                w.l_family[idx] = FAMILY_INDEX["counterfeit"]
            else:
                set_type(idx, "electrical", "earphones" if k % 2 == 0 else "mobile_battery", 0.0)
        group = f"wave-{k:04d}"
        ids_ = [listing_id(i) for i in sorted(members.tolist())]
        w.labels.add("listing", ids_, "duplicate_wave", group=group)
        if counterfeit:
            w.labels.add("listing", ids_, "violation", "counterfeit", group=group)

    # The emerging term: listings mentioning it appear over the last six weeks, faster
    # and faster.
    n_em = max(15, round(0.002 * n))
    em = take(n_em)
    g = 4.2
    t = 42 * np.log1p(rng.random(n_em) * (math.exp(g) - 1)) / g
    w.l_created_day[em] = END_DAY - 42 + np.floor(t).astype(np.int64)
    w.l_emerging[em] = True
    w.l_status[em] = 0
    for idx in em.tolist():
        set_type(idx, "health_food", "supplement", 0.0)
    w.labels.add(
        "listing",
        [listing_id(i) for i in sorted(em.tolist())],
        "emerging_term",
        group="term-" + vocab.EMERGING_TERM,
    )

    # Prices, list prices, popularity.
    t_idx = w.l_type
    lo, hi = TYPE_PRICE_LO[t_idx], TYPE_PRICE_HI[t_idx]
    w.l_price = round_price(np.exp(np.log(lo) + rng.random(n) * (np.log(hi) - np.log(lo))))
    discount_cats = np.isin(
        TYPE_CAT[t_idx],
        [CAT_INDEX[c] for c in ("apparel", "electrical", "general", "cosmetics", "food")],
    )
    honest = (
        discount_cats
        & (rng.random(n) < 0.15)
        & (w.l_plant == NONE)
        & (w.l_wave == -1)
        & ~w.l_emerging
    )
    w.l_dp[honest] = DP_HONEST
    has_list = w.l_dp != DP_NONE
    w.l_created_day[has_list] = np.minimum(w.l_created_day[has_list], END_DAY - 75)
    off = rng.choice(np.array([0.1, 0.2, 0.3, 0.4, 0.5]), n)
    off[w.l_dp == DP_FAKE] = rng.choice(np.array([0.5, 0.6, 0.7]), int((w.l_dp == DP_FAKE).sum()))
    w.l_list = np.where(has_list, round_price(w.l_price / (1 - off)), 0)
    w.l_weight = rng.lognormal(0, 1.2, n)
    w.l_weight[w.l_status != 0] *= 0.05
    w.l_weight[w.l_emerging] *= 3
    w.l_creator = np.full(n, -1, np.int64)


def _planted_type(fam: str, kind: int, category: str, u: float) -> str | None:
    """Product type of a planted listing where the family needs a particular one."""
    if fam == "pse":
        if kind == LOOKALIKE:
            return "power_station"
        return pick(("mobile_battery", "ac_adapter", "heater", "hair_dryer"), u)
    if fam == "psc" and category == "general":
        if kind == LOOKALIKE:
            return "bicycle_helmet"
        return pick(("lighter", "laser_pointer", "helmet", "pressure_cooker"), u)
    if fam == "knife":
        if kind == LOOKALIKE:
            return pick(("imitation_sword", "kitchen_knife"), u)
        return pick(("dagger", "sword", "switchblade"), u)
    if fam == "counterfeit":
        return pick(("bag", "accessory", "shoes"), u)
    if fam == "pmd_cosmetic_scope" and kind == LOOKALIKE:
        return pick(tuple(vocab.COSMETIC_56_BY_TYPE), u)
    if fam in ("pmd_dosage", "approved_claims", "pmd_body_function") and category == "health_food":
        return pick(("supplement", "vitamin", "enzyme_drink"), u)
    if fam == "otc_drug":
        return pick(("otc_class1", "otc_class2", "otc_class3"), u)
    if fam == "alcohol" and kind == LOOKALIKE:
        return None
    if fam == "pmd_disease" and kind == LOOKALIKE:
        return "book" if u < 0.6 else "household"
    if fam == "pmd_endorsement" and kind == LOOKALIKE:
        return "tops" if category == "apparel" else "book"
    return None


# ---------------------------------------------------------------------------------------
# Listings text


def _claim(fam: str, r: Sequence[float], noun: str, brand: str) -> str:
    templates = vocab.VIOLATION_TEMPLATES[fam]
    tpl = pick(templates, r[0])
    d1 = pick(vocab.DISEASES, r[1])
    d2 = pick(vocab.DISEASES, 1 - r[1])
    return tpl.format(
        disease=d1,
        disease2=d2,
        cure=pick(vocab.CURE_PHRASES, r[2]),
        noun=noun,
        brand=brand,
        drug=pick(vocab.RX_DRUGS, r[3]),
        ingredient=pick(vocab.DRUG_ONLY_INGREDIENTS, r[3]),
    )


def _evade(text: str, r: Sequence[float]) -> str:
    """A quarter of planted phrases use an evasion variant."""
    if r[0] < 0.25:
        return apply_evasion(text, pick(EVASIONS, r[1]), (r[1] * 7.0) % 1.0)
    return text


def write_listings(w: World, out: Path, progress: Progress | None) -> None:
    cfg = w.cfg
    n = cfg.listings
    tw = TableWriter(out / "listings.parquet", arrow_schema("listing"))
    chunk = cfg.listing_chunk
    families = vocab.ALL_FAMILIES
    wave_base: dict[int, tuple[str, str, int]] = {}
    for c0 in range(0, n, chunk):
        c1 = min(n, c0 + chunk)
        U = block_uniforms(cfg, "listings", c0, c1, 24)
        cols: dict[str, list[Any]] = {k: [] for k in arrow_schema("listing").names}
        for i in range(c0, c1):
            r = U[i - c0]
            t = TYPES[int(w.l_type[i])]
            cat = vocab.CATEGORY_BY_CODE.get(t.category)
            assert cat is not None
            noun_i = int(w.l_noun[i]) % len(t.nouns)
            noun = t.nouns[noun_i]
            code = (
                t.code
                if t.code in SPECIAL_CODES
                else vocab.SPECIFIC_CODES.get(t.code, (t.code,) * len(t.nouns))[noun_i]
            )
            brand = pick(cat.brands, r[1])
            adj = pick(cat.adjectives, r[2])
            if t.category == "drug":  # the risk class is part of the product, not a choice
                adj = {"otc_class1": "第1類医薬品", "otc_class3": "第3類医薬品"}.get(
                    t.code, "指定第2類医薬品" if r[2] < 0.3 else "第2類医薬品"
                )
            size = pick(vocab.SIZES_BY_NOUN.get(noun, t.sizes), r[3])
            own = vocab.TYPE_SENTENCES.get(t.code, ())
            sentences = [pick(own, (r[16] * 13.0) % 1.0)] if own else []
            sentences += [pick(cat.sentences, r[4 + k]) for k in range(int(1 + r[8] * 3))]
            sentences = list(dict.fromkeys(sentences))  # ordered de-dup, deterministic
            variant = pick(vocab.TITLE_VARIANTS.get(t.category, ("",)), (r[2] * 11.0) % 1.0)
            title = " ".join(
                x
                for x in (("【送料無料】" if r[9] < 0.2 else "") + brand, adj, noun, size, variant)
                if x
            )
            approval = "none"
            pse_mark = None
            psc_mark = None
            sg_mark = None
            age = None
            blade = None
            abv = None
            plant = int(w.l_plant[i])
            fam = families[int(w.l_family[i])] if w.l_family[i] >= 0 else None
            claim: str | None = None
            claim_in_title = r[10] < 0.4
            if t.category == "quasi_drug":
                approval = "quasi_drug_approved"
            if code in vocab.PSE_DIAMOND:
                pse_mark = "diamond"
            elif code in vocab.PSE_ROUND:
                pse_mark = "round"
            elif t.category == "electrical":
                pse_mark = "none"  # battery audio gear, power stations: outside PSE
            if code in vocab.PSC_REQUIRED:
                psc_mark = True
            if t.code == "bicycle_helmet":
                psc_mark, sg_mark = False, True
            if t.category == "toy":
                if t.code == "infant_toy":
                    age = pick((0, 0, 1, 2), r[11])
                else:
                    age = pick((3, 3, 6, 8, 12), r[11])
                    psc_mark = None
                sg_mark = r[12] < 0.3
            if t.category == "knife":
                blade = round(
                    {
                        "kitchen_knife": 12 + r[11] * 12,
                        "folding_knife": 5 + r[11] * 3.5,
                        "scissors": 5 + r[11] * 6,
                    }.get(t.code, 0.0),
                    1,
                )
            if t.category == "alcohol":
                abv = {"sake": 15.5, "beer": 5.0, "wine": 12.5, "whisky": 40.0}.get(
                    t.code, 14.0
                ) + round(r[11] * 3 - 1.5, 1)
                sentences.append(pick(vocab.UNDERAGE_STATEMENTS, r[12]))
            if t.category == "drug":
                sentences.insert(
                    0,
                    f"【{adj}】"
                    if t.code != "otc_class1"
                    else "【第1類医薬品】薬剤師が確認のうえ発送します。",
                )
            if w.l_emerging[i]:
                title = pick(vocab.EMERGING_PHRASES["listing"], r[13]).format(
                    term=vocab.EMERGING_TERM, noun=noun
                )
                sentences.insert(0, f"海外で人気の新成分「{vocab.EMERGING_TERM}」を1粒に50mg配合。")
            wave = int(w.l_wave[i])
            if wave != -1:
                base = wave_base.get(wave)
                if base is None:
                    k = wave if wave >= 0 else -2 - wave
                    b = vocab.LUXURY_BRANDS[k % len(vocab.LUXURY_BRANDS)]
                    if wave >= 0:
                        base_title = (
                            vocab.VIOLATION_TEMPLATES["counterfeit"][k % 7].format(brand=b)
                            + f" {noun}"
                        )
                        base_desc = f"{b}の人気モデルを忠実に再現。細部までこだわった最高品質。箱・保存袋付き。正規品と見分けがつきません。"
                    else:
                        base_title = vocab.SPAM_TEMPLATES[k % 2].format(noun=noun, n="")
                        base_desc = "大人気商品が期間限定の特別価格！在庫がなくなり次第終了。今すぐご注文ください！高品質・高耐久・安心保証。"
                    wave_base[wave] = (base_title, base_desc, int(w.l_price[i]))
                    base = wave_base[wave]
                # near-duplicates: tiny edits, different prices
                title = base[0] + pick(("", "", " 新品", " ★", " 即納", " 2点目半額"), r[13])
                desc = base[1] + pick(("", " 即日発送。", " 数量限定！", " ※返品不可"), r[14])
                price = int(round(base[2] * (0.85 + r[15] * 0.3) / 10) * 10)
                if wave >= 0:
                    brand = vocab.LUXURY_BRANDS[wave % len(vocab.LUXURY_BRANDS)]
                cols["description"].append(desc)
                _append_listing(
                    cols,
                    i,
                    w,
                    t,
                    title,
                    brand,
                    approval,
                    price,
                    pse_mark,
                    psc_mark,
                    sg_mark,
                    age,
                    blade,
                    abv,
                    r,
                    code,
                )
                continue
            if plant == VIOLATION and fam is not None:
                claim, title, sentences, extra = _violation(
                    fam, t, title, sentences, noun, brand, r, code, int(w.l_variant[i])
                )
                pse_mark = extra.get("pse_mark", pse_mark)
                psc_mark = extra.get("psc_mark", psc_mark)
                blade = extra.get("blade", blade)
                abv = extra.get("abv", abv)
                approval = extra.get("approval", approval)
                brand = extra.get("brand", brand)
            elif plant == LOOKALIKE and fam is not None:
                claim, title, sentences, extra = _lookalike(
                    fam, t, title, sentences, noun, brand, r, code, int(w.l_variant[i])
                )
                pse_mark = extra.get("pse_mark", pse_mark)
                psc_mark = extra.get("psc_mark", psc_mark)
                sg_mark = extra.get("sg_mark", sg_mark)
                blade = extra.get("blade", blade)
                abv = extra.get("abv", abv)
                approval = extra.get("approval", approval)
                brand = extra.get("brand", brand)
            elif t.category == "cosmetics" and r[16] < 0.4:
                allowed = vocab.COSMETIC_56_BY_TYPE.get(t.code)
                if allowed:
                    sentences.insert(
                        0, vocab.COSMETIC_56[allowed[int(r[17] * len(allowed))]] + "。"
                    )
            if claim is not None:
                if claim_in_title:
                    title = f"{title} {claim}"
                else:
                    sentences.insert(int(r[18] * (len(sentences) + 1)), claim + "。")
            if w.l_list[i] > 0:
                pct = round(100 * (1 - float(w.l_price[i]) / float(w.l_list[i])))
                sentences.append(
                    f"通常価格{int(w.l_list[i]):,}円のところ、今だけ{int(w.l_price[i]):,}円（{pct}%OFF）！"
                )
            cols["description"].append(
                "".join(x if x.endswith(("。", "！", "】", "）")) else x + "。" for x in sentences)
            )
            _append_listing(
                cols,
                i,
                w,
                t,
                title,
                brand,
                approval,
                int(w.l_price[i]),
                pse_mark,
                psc_mark,
                sg_mark,
                age,
                blade,
                abv,
                r,
                code,
            )
        cols["created_at"] = ts(np.asarray(cols["created_at"]))  # type: ignore[assignment]
        tw.write(cols)
        if progress:
            progress("listings", c1 / n)
    tw.close()


def _append_listing(
    cols: dict[str, list[Any]],
    i: int,
    w: World,
    t: TypeInfo,
    title: str,
    brand: str,
    approval: str,
    price: int,
    pse_mark: str | None,
    psc_mark: bool | None,
    sg_mark: bool | None,
    age: int | None,
    blade: float | None,
    abv: float | None,
    r: Sequence[float],
    code: str,
) -> None:
    cols["id"].append(listing_id(i))
    cols["seller_id"].append(seller_id(int(w.l_seller[i])))
    cols["category"].append(t.category)
    cols["title"].append(title)
    cols["price"].append(price)
    cols["list_price"].append(int(w.l_list[i]) if w.l_list[i] > 0 else None)
    cols["brand"].append(brand)
    w.l_brand.append(brand)
    cols["approval"].append(approval)
    cols["created_at"].append(int(w.l_created_day[i]) * DAY_US + int(r[19] * DAY_US))
    cols["status"].append(("active", "delisted", "draft")[int(w.l_status[i])])
    cols["product_type"].append(code)
    cols["pse_mark"].append(pse_mark)
    cols["psc_mark"].append(psc_mark)
    cols["sg_mark"].append(sg_mark)
    cols["target_age_min"].append(age)
    cols["blade_length_cm"].append(blade)
    cols["alcohol_abv"].append(abv)
    cols["jan_code"].append(jan_code(r[20], r[21]) if r[22] < 0.85 else None)
    cols["stock"].append(int(r[23] * 300))
    cols["ship_days"].append(int(promised_ship_days(np.array([i]))[0]))


def _violation(
    fam: str,
    t: TypeInfo,
    title: str,
    sentences: list[str],
    noun: str,
    brand: str,
    r: Sequence[float],
    code: str,
    variant: int,
) -> tuple[str | None, str, list[str], dict[str, Any]]:
    extra: dict[str, Any] = {}
    claim: str | None = None
    if fam == "pmd_quasi_drug":
        if variant == 1:
            claim = _claim("pmd_quasi_drug_status", r[12:16], noun, brand)
        else:
            tpl = pick(
                vocab.QUASI_DRUG_OVERCLAIMS.get(t.code, vocab.VIOLATION_TEMPLATES[fam]), r[12]
            )
            claim = _evade(tpl.format(noun=noun), r[16:18])
    elif fam in vocab.VIOLATION_TEMPLATES and fam not in ("counterfeit", "approved_claims"):
        claim = _evade(_claim(fam, r[12:16], noun, brand), r[16:18])
    elif fam == "approved_claims":
        claim = _claim(fam, r[12:16], noun, brand)
        extra["approval"] = "none"
    elif fam == "counterfeit":
        lux = pick(vocab.LUXURY_BRANDS, r[12])
        extra["brand"] = lux
        title = _evade(_claim("counterfeit", r[13:17], noun, lux), r[16:18]) + f" {noun}"
        sentences = [
            "海外正規工場と同じ素材を使用した高品質モデル。",
            "専用箱・ギャランティカード付き。",
            *sentences[:1],
        ]
    elif fam == "keihyo_double_price":
        pass  # the fake reference price is in the price history
    elif fam == "pse":
        if code in vocab.PSE_DIAMOND and r[12] < 0.35:
            extra["pse_mark"] = "round"  # wrong mark for a 特定電気用品
        else:
            extra["pse_mark"] = "none"
        sentences.append(
            pick(
                (
                    "海外仕様品のため日本の認証は取得していません。",
                    "並行輸入品です。",
                    "ノーブランド品です。",
                ),
                r[13],
            )
        )
    elif fam == "psc":
        extra["psc_mark"] = False
        sentences.append(
            pick(
                (
                    "海外から直送いたします。",
                    "輸入品のため説明書は英語です。",
                    "在庫処分のため激安です。",
                ),
                r[13],
            )
        )
    elif fam == "alcohol":
        sentences = [s for s in sentences if s not in vocab.UNDERAGE_STATEMENTS]
    elif fam == "otc_drug":
        if variant == 1:
            claim = _claim("otc_drug_rx", r[12:16], noun, brand)
        elif variant == 2:
            claim = _evade(_claim("otc_drug_ingredient", r[12:16], noun, brand), r[16:18])
    elif fam == "knife":
        extra["blade"] = {
            "dagger": round(9 + r[12] * 8, 1),
            "sword": round(60 + r[12] * 20, 1),
            "switchblade": round(7 + r[12] * 4, 1),
        }[t.code]
        title = f"{title} 刃渡り{extra['blade']}cm"
    return claim, title, sentences, extra


def _lookalike(
    fam: str,
    t: TypeInfo,
    title: str,
    sentences: list[str],
    noun: str,
    brand: str,
    r: Sequence[float],
    code: str,
    variant: int,
) -> tuple[str | None, str, list[str], dict[str, Any]]:
    del code, variant  # same call shape as _violation; look-alikes have one variant
    extra: dict[str, Any] = {}
    claim: str | None = None
    if fam == "pmd_cosmetic_scope":
        allowed = vocab.COSMETIC_56_BY_TYPE.get(t.code, (18,))
        claim = vocab.COSMETIC_56[allowed[int(r[12] * len(allowed))]]
        if "小ジワ" in claim:
            claim += "（効能評価試験済み）"
    elif fam == "approved_claims":
        approval = pick(("foshu", "fnfc", "fnc"), r[12])
        extra["approval"] = approval
        claim = pick(vocab.APPROVED_WORDING[approval], r[13])
    elif fam == "pmd_quasi_drug":
        extra["approval"] = "quasi_drug_approved"
        claim = pick(vocab.LOOKALIKE_TEMPLATES["pmd_quasi_drug"], r[12])
    elif fam in vocab.LOOKALIKE_TEMPLATES:
        lux = pick(vocab.LUXURY_BRANDS, r[14])
        claim = pick(vocab.LOOKALIKE_TEMPLATES[fam], r[12]).format(
            disease=pick(vocab.DISEASES, r[13]), brand=lux, noun=noun
        )
        if fam == "counterfeit":
            extra["brand"] = lux
            title = f"{claim} {noun}"
            claim = None
        elif fam in ("pmd_disease", "pmd_endorsement"):
            title = claim
            claim = None
    elif fam == "keihyo_no1":
        claim = _claim(fam, r[12:16], noun, brand) + pick(vocab.NO1_SOURCES, r[16])
    elif fam == "pse":
        extra["pse_mark"] = "none"
        sentences.append("AC出力付きのポータブル電源です（電気用品安全法の対象外の製品です）。")
    elif fam == "psc":
        extra["psc_mark"] = False
        extra["sg_mark"] = True
        sentences.append("SGマーク付き。自転車乗車時の着用に。")
    elif fam == "alcohol":
        extra["abv"] = 0.0
        title = f"ノンアルコールビール 0.00% {noun if t.category == 'alcohol' else '350mL×24本'}"
        sentences.append("アルコール分0.00%の清涼飲料水です。")
    elif fam == "otc_drug":
        pass  # a licensed pharmacy selling OTC drugs: risky-looking, permitted
    elif fam == "knife":
        if t.code == "imitation_sword":
            extra["blade"] = round(65 + r[12] * 10, 1)
            sentences.append("刃のついていない模造刀です（銃刀法の刀剣類には該当しません）。")
        else:
            extra["blade"] = round(21 + r[12] * 6, 1)
        title = f"{title} 刃渡り{extra['blade']}cm"
    return claim, title, sentences, extra


# ---------------------------------------------------------------------------------------
# Price history


def write_price_history(w: World, out: Path) -> None:
    cfg = w.cfg
    tw = TableWriter(out / "price_history.parquet", arrow_schema("price_history"))
    idx_all = np.flatnonzero(w.l_dp != DP_NONE)
    horizon = 70
    obs_id = 0
    for c, c0 in enumerate(range(0, len(idx_all), 20_000)):
        rng = cfg.rng("price_history", c)
        idx = idx_all[c0 : c0 + 20_000]
        k = len(idx)
        first = np.maximum(w.l_created_day[idx], END_DAY - horizon)
        ndays = END_DAY - first  # observations for days [first, END_DAY)
        rep = np.repeat(np.arange(k), ndays)
        offs = np.arange(rep.size) - np.repeat(np.cumsum(ndays) - ndays, ndays)
        day = first[rep] + offs
        back = END_DAY - day  # 1..horizon days before the end
        lp = w.l_list[idx][rep]
        sp = w.l_price[idx][rep]
        mode = w.l_dp[idx][rep]
        sale_len = rng.integers(3, 13, k)[rep]
        price = np.where(back <= sale_len, sp, lp)  # honest: list price until the sale
        # fake: list price never charged, or only for a few days just before the sale,
        # or only long ago
        fake_kind = rng.integers(0, 3, k)[rep]
        fake = mode == DP_FAKE
        f0 = fake & (fake_kind == 0)
        f1 = fake & (fake_kind == 1)
        f2 = fake & (fake_kind == 2)
        price = np.where(f0, sp, price)
        price = np.where(f1, np.where((back > sale_len) & (back <= sale_len + 5), lp, sp), price)
        price = np.where(f2, np.where(back > 60, lp, sp), price)
        # near the threshold: promotions on and off, list price on 30 of the last 56 days
        near = mode == DP_NEAR
        on_sale = ((back >= 27) & (back <= 40)) | (back <= 12)
        price = np.where(near, np.where(on_sale, sp, lp), price)
        # small noise: coupons on a few days
        noise = rng.random(rep.size) < 0.03
        price = np.where(noise & (price == sp), (sp * 0.95).astype(np.int64), price)
        n = rep.size
        tw.write(
            {
                "id": arrow_ids("PH", np.arange(obs_id, obs_id + n), 9),
                "listing_id": arrow_ids("L", idx[rep], 7),
                "price": pa.array(price.astype(np.int64)),
                "observed_on": pa.array(day.astype(np.int32), pa.int32()).cast(pa.date32()),
            }
        )
        obs_id += n
    if obs_id == 0:
        tw.write({"id": pa.array([], pa.string())})
    tw.close()
    fake_ids = [listing_id(i) for i in np.flatnonzero(w.l_dp == DP_FAKE).tolist()]
    assert fake_ids, "double-price violations were planned"


# ---------------------------------------------------------------------------------------
# Creators and posts


def write_creators_and_posts(w: World, out: Path, progress: Progress | None) -> None:
    cfg = w.cfg
    nc, npost = cfg.creators, cfg.posts
    rng = cfg.rng("creators")
    U = rng.random((nc, 6)).tolist()
    handles = []
    for i in range(nc):
        r = U[i]
        handles.append(
            f"@{pick(('miki', 'yuu', 'hana', 'kenta', 'sora', 'riko', 'mai', 'taku', 'aoi', 'nana'), r[0])}_{pick(('beauty', 'life', 'gadget', 'cosme', 'daily', 'mama', 'fit', 'style'), r[1])}{i}"
        )
    cw = TableWriter(out / "creators.parquet", arrow_schema("creator"))
    cw.write(
        {
            "id": ids("C", 0, nc, 6),
            "handle": handles,
            "name": [
                pick(vocab.GIVEN_NAMES, r[2])
                + pick(("", "ちゃん", "@美容垢", "の暮らし", " | ガジェット好き"), r[3])
                for r in U
            ],
            "followers": [int(10 ** (2.5 + 3.5 * r[4] ** 1.5)) for r in U],
            "registered_at": ts(
                END_US - (np.array([r[5] for r in U]) * 900 * DAY_US).astype(np.int64) - 30 * DAY_US
            ),
            "affiliate": [r[0] < 0.55 for r in U],
        }
    )
    cw.close()
    affiliate = np.array([r[0] < 0.55 for r in U])
    cweight = np.array([10 ** (2.5 + 3.5 * r[4] ** 1.5) for r in U]) ** 0.5

    prng = cfg.rng("creator_posts")
    post_creator = np.minimum(
        np.searchsorted(np.cumsum(cweight / cweight.sum()), prng.random(npost), side="right"),
        nc - 1,
    )
    active = np.flatnonzero(w.l_status == 0)
    lw = w.l_weight[active]
    post_listing = np.where(
        prng.random(npost) < 0.75,
        active[
            np.minimum(
                np.searchsorted(np.cumsum(lw / lw.sum()), prng.random(npost), side="right"),
                len(active) - 1,
            )
        ],
        -1,
    )
    post_day = END_DAY - np.floor(prng.random(npost) ** 0.8 * 180).astype(np.int64) - 1
    # Posts about emerging-term listings come late, like the listings themselves.
    em_listings = np.flatnonzero(w.l_emerging)
    n_em = max(10, npost // 400)
    em_posts = prng.choice(npost, n_em, replace=False)
    post_listing[em_posts] = em_listings[prng.integers(0, len(em_listings), n_em)]
    post_day[em_posts] = np.maximum(
        w.l_created_day[post_listing[em_posts]], END_DAY - 40
    ) + prng.integers(0, 3, n_em)
    post_day = np.minimum(post_day, END_DAY - 1)
    linked = post_listing >= 0
    sponsored = linked & (prng.random(npost) < 0.45)
    gifted = sponsored & (prng.random(npost) < 0.55)
    aff_link = (sponsored & ~gifted) | (
        linked & affiliate[post_creator] & (prng.random(npost) < 0.5)
    )
    sponsored = gifted | aff_link
    # planted: stema violations (sponsored, no proper disclosure) and look-alikes
    cand = np.setdiff1d(np.flatnonzero(sponsored), em_posts)
    n_v = max(12, npost // 120)
    stema = prng.choice(cand, min(n_v, len(cand)), replace=False)
    rest = np.setdiff1d(cand, stema)
    stema_look = prng.choice(rest, min(max(8, npost // 250), len(rest)), replace=False)
    # pmd claims spoken in posts: 何人も — creators are liable too
    plain = np.setdiff1d(np.arange(npost), np.concatenate([stema, em_posts]))
    pmd_fams = ("pmd_disease", "pmd_cosmetic_scope", "keihyo_weight_loss", "pmd_guarantee")
    n_pmd = max(6, npost // 400)
    post_fam = np.full(npost, -1, np.int64)
    post_fam[stema] = FAMILY_INDEX["stema"]
    # each claim on a post about a product it could plausibly be made for
    post_cat = np.where(post_listing >= 0, TYPE_CAT[w.l_type[np.maximum(post_listing, 0)]], -1)
    fam_cats = {
        "pmd_disease": ("health_food",),
        "pmd_cosmetic_scope": ("cosmetics",),
        "keihyo_weight_loss": ("health_food",),
        "pmd_guarantee": ("health_food", "cosmetics"),
    }
    for fam in pmd_fams:
        ok = np.isin(post_cat, [CAT_INDEX[c] for c in fam_cats[fam]]) & (post_fam < 0)
        pool = np.intersect1d(plain, np.flatnonzero(ok))
        if len(pool) < n_pmd:  # tiny worlds: fall back to any free post
            pool = np.intersect1d(plain, np.flatnonzero(post_fam < 0))
        post_fam[prng.choice(pool, min(n_pmd, len(pool)), replace=False)] = FAMILY_INDEX[fam]
    is_em_post = np.zeros(npost, bool)
    is_em_post[em_posts] = True
    look = np.zeros(npost, bool)
    look[stema_look] = True

    # Orders can credit the creator who posted about a listing.
    has = post_listing >= 0
    w.l_creator[post_listing[has]] = post_creator[has]

    pw = TableWriter(out / "creator_posts.parquet", arrow_schema("creator_post"))
    chunk = 50_000
    for c0 in range(0, npost, chunk):
        c1 = min(npost, c0 + chunk)
        UU = block_uniforms(cfg, "creator_posts", c0, c1, 16)
        cols: dict[str, list[Any]] = {k: [] for k in arrow_schema("creator_post").names}
        for i in range(c0, c1):
            r = UU[i - c0]
            li = int(post_listing[i])
            if li >= 0:  # about a listing: its product and brand
                t = TYPES[int(w.l_type[li])]
                noun = t.nouns[int(w.l_noun[li]) % len(t.nouns)]
                brand: str | None = w.l_brand[li]
            else:
                t = BACKGROUND_TYPES_ALL[int(r[0] * len(BACKGROUND_TYPES_ALL))]
                noun = pick(t.nouns, r[1])
                brand = None
            caption_pool = vocab.CAPTION_TEMPLATES if brand else vocab.CAPTION_TEMPLATES_NO_BRAND
            kind = pick(("short_video", "short_video", "live", "photo", "text"), r[3])
            caption = pick(caption_pool, r[4]).format(brand=brand, noun=noun).strip()
            transcript_pool = (
                vocab.TRANSCRIPT_TEMPLATES if brand else vocab.TRANSCRIPT_TEMPLATES_NO_BRAND
            )
            transcript = (
                pick(transcript_pool, r[5]).format(
                    brand=brand, noun=noun, feel=pick(vocab.FEELINGS, r[6])
                )
                if kind in ("short_video", "live")
                else None
            )
            tags = [pick(vocab.HASHTAG_POOL, r[7 + k]) for k in range(1 + int(r[11] * 4))]
            tags = list(dict.fromkeys(tags))
            pfam = vocab.ALL_FAMILIES[int(post_fam[i])] if post_fam[i] >= 0 else None
            disclosure = pick(vocab.PROPER_DISCLOSURES, r[12]).format(brand=brand or "ブランド")
            if sponsored[i] and pfam != "stema":
                if look[i] or r[13] < 0.5:
                    caption = f"{disclosure} {caption}"
                else:
                    tags.insert(0, "#PR" if r[14] < 0.5 else "#広告")
            if pfam == "stema":
                variant = int(r[13] * 10)
                if variant == 0:
                    # buried at the end of a wall of hashtags
                    tags = [*vocab.HASHTAG_POOL[:18], "#pr"]
                elif variant == 1:
                    caption = f"{caption} ※これは広告ではありません、本当に良かったので紹介します"
                elif variant == 2:
                    caption = f"{caption} 自分で買いました！"
                # else: simply no disclosure
            elif pfam is not None:
                claim = _evade(_claim(pfam, r[12:16], noun, brand or ""), (r[15], r[14]))
                transcript = (transcript or "") + f"これ本当にすごくて、{claim}。"
                if kind not in ("short_video", "live"):
                    caption = f"{caption} {claim}"
            if is_em_post[i]:
                caption = pick(vocab.EMERGING_PHRASES["creator_post"], r[4]).format(
                    term=vocab.EMERGING_TERM
                )
                tags.append(f"#{vocab.EMERGING_TERM}")
                if sponsored[i]:  # sponsored posts about the term still disclose it
                    caption = f"{disclosure} {caption}"
            cols["id"].append(post_id(i))
            cols["creator_id"].append(creator_id(int(post_creator[i])))
            cols["listing_id"].append(listing_id(li) if li >= 0 else None)
            cols["seller_id"].append(seller_id(int(w.l_seller[li])) if li >= 0 else None)
            cols["brand"].append(brand)
            cols["kind"].append(kind)
            cols["caption"].append(caption)
            cols["transcript"].append(transcript)
            cols["hashtags"].append(" ".join(tags))
            cols["affiliate_link"].append(bool(aff_link[i]))
            cols["gifted"].append(bool(gifted[i]))
            # a product tag comes with the affiliate programme or a brand deal
            cols["shop_tag"].append(bool(sponsored[i]) and r[15] < 0.7)
            cols["posted_at"].append(int(post_day[i]) * DAY_US + int((0.3 + 0.7 * r[10]) * DAY_US))
            cols["views"].append(int(10 ** (2 + 4 * r[9] ** 1.3)))
        cols["posted_at"] = ts(np.asarray(cols["posted_at"]))  # type: ignore[assignment]
        pw.write(cols)
    pw.close()
    if progress:
        progress("creator_posts", 1.0)
    w.labels.add("creator_post", [post_id(i) for i in sorted(stema.tolist())], "violation", "stema")
    w.labels.add(
        "creator_post", [post_id(i) for i in sorted(stema_look.tolist())], "lookalike", "stema"
    )
    for fam in pmd_fams:
        sel = sorted(np.flatnonzero(post_fam == FAMILY_INDEX[fam]).tolist())
        w.labels.add("creator_post", [post_id(i) for i in sel], "violation", fam)
    w.labels.add(
        "creator_post",
        [post_id(i) for i in sorted(em_posts.tolist())],
        "emerging_term",
        group="term-" + vocab.EMERGING_TERM,
    )


# ---------------------------------------------------------------------------------------
# Orders and reviews


def _day_cdf(cfg: SynthConfig) -> np.ndarray:
    """Per-category cumulative distribution of order days: weekly and payday rhythm,
    summer and year-end seasons, and category trends."""
    d = cfg.days
    day = np.arange(END_DAY - d, END_DAY)
    dow = (day + 3) % 7  # 1970-01-01 was a Thursday → 0 = Monday
    dom = np.array([(np.datetime64("1970-01-01") + int(x)).astype(object).day for x in day])
    month = np.array([(np.datetime64("1970-01-01") + int(x)).astype(object).month for x in day])
    base = 1 + 0.18 * (dow >= 5) + 0.25 * (dom >= 25) + 0.1 * (dom <= 2)
    t = np.linspace(0, 1, d)
    cdfs = []
    for c in CATEGORIES:
        trend = {
            "health_food": 1 + 0.6 * t,
            "electrical": 1 + 0.3 * t,
            "apparel": 1 + 0.15 * np.sin(6 * t),
        }.get(c, 1 + 0.1 * t)
        season: np.ndarray = np.ones(d)
        if c == "cosmetics":
            season = 1 + 0.5 * np.isin(month, [6, 7, 8])  # sunscreen season
        if c in ("alcohol", "food"):
            season = (
                1 + 0.6 * (month == 8) * ((dom >= 8) & (dom <= 16)) + 0.3 * (month == 7)
            )  # お盆, お中元
        p = base * trend * season
        cdfs.append(np.cumsum(p) / p.sum())
    return np.array(cdfs)


def write_orders_and_reviews(w: World, out: Path, progress: Progress | None) -> None:
    cfg = w.cfg
    n_orders, d = cfg.orders, cfg.days
    ow = TableWriter(out / "orders.parquet", arrow_schema("order"))
    rw = TableWriter(out / "reviews.parquet", arrow_schema("review"))
    cdfs = _day_cdf(cfg)
    flat = (cdfs + np.arange(len(CATEGORIES))[:, None]).ravel()
    lw = w.l_weight / w.l_weight.sum()
    lcdf = np.cumsum(lw)
    start_day = END_DAY - d
    hour_p = np.array(
        [
            1,
            0.6,
            0.4,
            0.3,
            0.3,
            0.4,
            0.8,
            1.5,
            2,
            2.2,
            2.4,
            2.6,
            3.2,
            2.8,
            2.4,
            2.3,
            2.4,
            2.6,
            3,
            3.6,
            4.2,
            4.6,
            4,
            2.4,
        ]
    )
    hour_cdf = np.cumsum(hour_p / hour_p.sum())
    # Spike / drift sellers: the busiest ordinary sellers, so the change is visible.
    rng0 = cfg.rng("plan", 3)
    volume = np.bincount(w.l_seller, weights=w.l_weight, minlength=cfg.sellers)
    cand = np.argsort(-volume, kind="stable")
    cand = cand[(w.s_ring[cand] < 0) & (w.s_status[cand] == 0) & (w.s_disclosure[cand] == 0)]
    n_spike = max(4, cfg.sellers // 75)
    chosen = cand[5 : 5 + 4 * n_spike : 4][:n_spike]
    w.s_spike[chosen] = np.where(np.arange(len(chosen)) % 2 == 0, 1, 2)
    w.s_spike_day[chosen] = END_DAY - rng0.integers(21, 49, len(chosen))
    w.labels.add(
        "seller", [seller_id(i) for i in sorted(chosen.tolist())], "rate_spike", group=None
    )
    em_set = w.l_emerging
    review_seq = 0
    listing_cat = TYPE_CAT[w.l_type]
    review_pool, review_offsets = _review_pool()
    n_buyers = cfg.buyers
    for c, o0 in enumerate(range(0, n_orders, cfg.order_chunk)):
        o1 = min(n_orders, o0 + cfg.order_chunk)
        m = o1 - o0
        rng = cfg.rng("orders", c)
        li = np.minimum(np.searchsorted(lcdf, rng.random(m), side="right"), cfg.listings - 1)
        cat = listing_cat[li]
        day = np.searchsorted(flat, cat + rng.random(m), side="right") - cat.astype(np.int64) * d
        day = np.clip(day, 0, d - 1) + start_day
        created = w.l_created_day[li]
        late_listing = day < created
        day = np.where(
            late_listing,
            created + np.floor(rng.random(m) * np.maximum(END_DAY - created, 1)).astype(np.int64),
            day,
        )
        day = np.minimum(day, END_DAY - 1)
        hour = np.searchsorted(hour_cdf, rng.random(m) * 0.99999, side="right")
        ordered = (
            day * DAY_US + hour * 3_600_000_000 + (rng.random(m) * 3_600_000_000).astype(np.int64)
        )
        ordered = np.minimum(ordered, END_US - 1)
        s = w.l_seller[li]
        qty = 1 + rng.geometric(0.75, m) - 1
        amount = w.l_price[li] * qty
        coupon = rng.random(m) < 0.08
        amount = np.where(coupon, (amount * 0.9).astype(np.int64), amount)
        # rates, with planted spikes and drifts
        factor = np.ones(m)
        sp = w.s_spike[s]
        spd = w.s_spike_day[s]
        factor = np.where((sp == 1) & (day >= spd), 7.0, factor)
        ramp = np.clip((day - spd) / np.maximum(END_DAY - 7 - spd, 1), 0, 1)
        factor = np.where(sp == 2, 1 + 6 * ramp * (day >= spd), factor)
        p_cancel = np.minimum(w.s_cancel[s] * factor, 0.5)
        p_refund = np.minimum(w.s_refund[s] * factor, 0.5)
        p_late = np.minimum(w.s_late[s] * factor, 0.8)
        # a collapse is visible even for a seller whose base rates were tiny
        level = (factor - 1) / 6  # 0 before, 1 at full strength
        p_cancel = np.maximum(p_cancel, 0.08 * level)
        p_refund = np.maximum(p_refund, 0.12 * level)
        p_late = np.maximum(p_late, 0.25 * level)
        u = rng.random(m)
        status = np.where(u < p_cancel, 1, np.where(u < p_cancel + p_refund, 2, 0))
        pending = (day >= END_DAY - 3) & (rng.random(m) < 0.6) & (status == 0)
        status = np.where(pending, 3, status)
        late = (rng.random(m) < p_late) & (status != 1) & (status != 3)
        promised = promised_ship_days(li)
        ship_delay = np.where(
            late,
            promised + 1 + rng.integers(0, 6, m),
            np.maximum(promised - rng.integers(0, 2, m), 0),
        )
        shipped = (
            ordered + ship_delay * DAY_US + (rng.random(m) * 8 * 3_600_000_000).astype(np.int64)
        )
        ship_null = (status == 1) | (status == 3) | (shipped >= END_US)
        # late and still unshipped at the end: pending, and already overdue
        overdue = late & (shipped >= END_US) & (ordered + promised * DAY_US < END_US)
        status = np.where(overdue | ((status == 0) & (shipped >= END_US)), 3, status)
        late = late & (~ship_null | overdue)
        buyer = np.minimum((rng.pareto(1.2, m) * n_buyers / 20).astype(np.int64), n_buyers - 1)
        buyer = (buyer * 48271 + c) % n_buyers
        cr = w.l_creator[li]
        credited = (cr >= 0) & (rng.random(m) < 0.35)
        order_idx = np.arange(o0, o1)
        order_ids = arrow_ids("O", order_idx, 9)
        ow.write(
            {
                "id": order_ids,
                "listing_id": arrow_ids("L", li, 7),
                "seller_id": arrow_ids("S", s, 6),
                "buyer_id": arrow_ids("B", buyer, 7),
                "quantity": pa.array(qty.astype(np.int64)),
                "amount": pa.array(amount.astype(np.int64)),
                "ordered_at": ts(ordered),
                "shipped_at": pa.array(shipped, pa.int64(), mask=ship_null).cast(
                    pa.timestamp("us")
                ),
                "status": pa.DictionaryArray.from_arrays(
                    pa.array(status.astype(np.int32)),
                    pa.array(["completed", "cancelled", "refunded", "pending"]),
                ).cast(pa.string()),
                "late": pa.array(late),
                "creator_id": pc.if_else(
                    pa.array(credited),
                    arrow_ids("C", np.where(credited, cr, 0), 6),
                    pa.scalar(None, pa.string()),
                ),
            }
        )
        # Reviews: a share of completed (and refunded) orders.
        rrng = cfg.rng("reviews", c)
        wrote = (status == 0) & (rrng.random(m) < 0.22) | (status == 2) & (rrng.random(m) < 0.35)
        sel = np.flatnonzero(wrote & ~ship_null)
        k = len(sel)
        rating = (
            np.searchsorted(
                np.cumsum([0.06, 0.04, 0.10, 0.25, 0.55]), rrng.random(k) * 0.99999, side="right"
            )
            + 1
        )
        rating = np.where(status[sel] == 2, np.minimum(rating, 1 + rrng.integers(0, 2, k)), rating)
        rating = np.where(late[sel] & (rrng.random(k) < 0.5), np.minimum(rating, 3), rating)
        created_r = (
            shipped[sel]
            + (1 + rrng.integers(0, 12, k)) * DAY_US
            + (rrng.random(k) * DAY_US).astype(np.int64)
        )
        keep = created_r < END_US
        sel, rating, created_r = sel[keep], rating[keep], created_r[keep]
        k = len(sel)
        block = listing_cat[li[sel]].astype(np.int64) * 5 + rating - 1
        text_idx = review_offsets[block] + (
            rrng.random(k) * (review_offsets[block + 1] - review_offsets[block])
        ).astype(np.int64)
        texts = pa.DictionaryArray.from_arrays(
            pa.array(text_idx.astype(np.int32)), review_pool
        ).cast(pa.string())
        em = em_set[li[sel]] & (created_r >= (END_DAY - 42) * DAY_US) & (rrng.random(k) < 0.6)
        if em.any():
            em_texts = [
                vocab.EMERGING_PHRASES["review"][j % 3].format(term=vocab.EMERGING_TERM)
                for j in range(int(em.sum()))
            ]
            tl = texts.to_pylist()
            for j, pos in enumerate(np.flatnonzero(em).tolist()):
                tl[pos] = em_texts[j]
            texts = pa.array(tl, pa.string())
        rid_idx = np.arange(review_seq, review_seq + k)
        review_ids = arrow_ids("R", rid_idx, 9)
        review_seq += k
        rw.write(
            {
                "id": review_ids,
                "order_id": order_ids.take(pa.array(sel)),
                "listing_id": arrow_ids("L", li[sel], 7),
                "seller_id": arrow_ids("S", s[sel], 6),
                "reviewer_id": arrow_ids("B", buyer[sel], 7),
                "rating": pa.array(rating.astype(np.int64)),
                "text": texts,
                "created_at": ts(created_r),
            }
        )
        if em.any():
            w.labels.add(
                "review",
                review_ids.filter(pa.array(em)),
                "emerging_term",
                group="term-" + vocab.EMERGING_TERM,
            )
        if progress:
            progress("orders", o1 / n_orders)
    review_seq = _write_fraud(w, ow, rw, n_orders, review_seq)
    ow.close()
    rw.close()


def _review_pool() -> tuple[pa.Array, np.ndarray]:
    """Review texts per (category, rating): generic sentences, ordered pairs of them, and
    category remarks (「肌なじみがいい」, 「充電が速い」) combined with a generic one.
    ``offsets[c * 5 + rating - 1]`` starts the block of category ``c`` and ``rating``."""
    pool: list[str] = []
    offsets = [0]
    for cat in CATEGORIES:
        remarks = vocab.REVIEW_CATEGORY_TEXTS.get(cat, {})
        for rating in range(1, 6):
            texts = vocab.REVIEW_TEXTS[rating]
            tone = "good" if rating >= 4 else ("bad" if rating <= 2 else "")
            own = remarks.get(tone, ())
            pool += list(texts)
            pool += [a + b for a in texts for b in texts if a != b]
            pool += [a + b for a in own for b in texts] + list(own) * 3
            offsets.append(len(pool))
    return pa.array(pool, pa.string()), np.array(offsets)


def _write_fraud(
    w: World, ow: TableWriter, rw: TableWriter, order_seq: int, review_seq: int
) -> int:
    """Brushing campaigns, review bursts and collusive reviewer groups."""
    cfg = w.cfg
    rng = cfg.rng("fraud")
    fake_buyer = 9_000_000
    orders: dict[str, list[Any]] = {
        k: []
        for k in (
            "id",
            "listing_id",
            "seller_id",
            "buyer_id",
            "quantity",
            "amount",
            "ordered_at",
            "shipped_at",
            "status",
            "late",
        )
    }
    reviews: dict[str, list[Any]] = {
        k: []
        for k in (
            "id",
            "order_id",
            "listing_id",
            "seller_id",
            "reviewer_id",
            "rating",
            "text",
            "created_at",
        )
    }
    fraud_buyers: list[tuple[str, int]] = []  # (buyer id, group number for shared devices)

    def add_order(li: int, buyer: str, t_us: int, ship_us: int) -> str:
        nonlocal order_seq
        oid = f"O{order_seq:09d}"
        order_seq += 1
        orders["id"].append(oid)
        orders["listing_id"].append(listing_id(li))
        orders["seller_id"].append(seller_id(int(w.l_seller[li])))
        orders["buyer_id"].append(buyer)
        orders["quantity"].append(1)
        orders["amount"].append(int(w.l_price[li]))
        orders["ordered_at"].append(t_us)
        orders["shipped_at"].append(ship_us)
        orders["status"].append("completed")
        orders["late"].append(False)
        return oid

    def add_review(oid: str | None, li: int, buyer: str, rating: int, text: str, t_us: int) -> str:
        nonlocal review_seq
        rid = f"R{review_seq:09d}"
        review_seq += 1
        reviews["id"].append(rid)
        reviews["order_id"].append(oid)
        reviews["listing_id"].append(listing_id(li))
        reviews["seller_id"].append(seller_id(int(w.l_seller[li])))
        reviews["reviewer_id"].append(buyer)
        reviews["rating"].append(rating)
        reviews["text"].append(text)
        reviews["created_at"].append(min(t_us, END_US - 1))
        return rid

    active = np.flatnonzero((w.l_status == 0) & (w.l_created_day < END_DAY - 70))
    # Brushing: the seller "sells" to accounts it controls, ships empty parcels at once,
    # and each order carries a five-star review.
    n_b = max(3, cfg.sellers // 100)
    for b in range(n_b):
        li0 = int(active[rng.integers(len(active))])
        s = int(w.l_seller[li0])
        own = np.flatnonzero((w.l_seller == s) & (w.l_status == 0))
        start = END_DAY - int(rng.integers(15, 60))
        group = f"brushing-{b:04d}"
        o_ids, r_ids = [], []
        for _ in range(int(rng.integers(15, 41))):
            buyer = f"B{fake_buyer:07d}"
            fake_buyer += 1
            fraud_buyers.append((buyer, b))
            li = int(own[rng.integers(len(own))])
            t_us = (start + int(rng.integers(0, 10))) * DAY_US + int(rng.integers(0, DAY_US))
            ship = t_us + int(rng.integers(1, 6)) * 3_600_000_000
            oid = add_order(li, buyer, t_us, ship)
            o_ids.append(oid)
            r_ids.append(
                add_review(
                    oid,
                    li,
                    buyer,
                    5,
                    pick(vocab.FAKE_REVIEW_TEXTS, rng.random()),
                    ship + int(rng.integers(2, 30)) * 3_600_000_000,
                )
            )
        w.labels.add("order", o_ids, "brushing", group=group)
        w.labels.add("review", r_ids, "brushing", group=group)
    # Review bursts: dozens of unverified five-star reviews on one listing in a day or two.
    n_r = max(3, cfg.listings // 1000)
    for b in range(n_r):
        li = int(active[rng.integers(len(active))])
        t0 = (END_DAY - int(rng.integers(5, 90))) * DAY_US
        group = f"burst-{b:04d}"
        r_ids = []
        for _ in range(int(rng.integers(25, 61))):
            buyer = f"B{int(rng.integers(0, cfg.buyers)):07d}"
            r_ids.append(
                add_review(
                    None,
                    li,
                    buyer,
                    5 if rng.random() < 0.9 else 4,
                    pick(vocab.FAKE_REVIEW_TEXTS, rng.random()),
                    t0 + int(rng.integers(0, 36 * 3_600_000_000)),
                )
            )
        w.labels.add("review", r_ids, "review_burst", group=group)
    # Collusion: a fixed group of reviewers buys from and praises the same few sellers
    # (often the sellers of one ring).
    n_c = max(3, cfg.sellers // 100)
    for g in range(n_c):
        ring = w.rings[g % len(w.rings)]
        sellers_ = ring[: max(2, min(4, len(ring)))]
        pool = np.flatnonzero(np.isin(w.l_seller, sellers_) & (w.l_status == 0))
        if len(pool) < 3:
            pool = active[rng.integers(0, len(active), 6)]
        targets = pool[rng.permutation(len(pool))[: int(rng.integers(4, 9))]]
        members = [f"B{fake_buyer + j:07d}" for j in range(int(rng.integers(6, 11)))]
        fake_buyer += len(members)
        fraud_buyers += [(m, 1000 + g) for m in members]
        group = f"collusion-{g:04d}"
        r_ids = []
        for m in members:
            for li in targets.tolist():
                if rng.random() < 0.8:
                    t_us = (END_DAY - int(rng.integers(10, 150))) * DAY_US + int(
                        rng.integers(0, DAY_US)
                    )
                    oid = add_order(int(li), m, t_us, t_us + DAY_US)
                    r_ids.append(
                        add_review(
                            oid,
                            int(li),
                            m,
                            5 if rng.random() < 0.85 else 4,
                            pick(vocab.REVIEW_TEXTS[5], rng.random()),
                            t_us + 3 * DAY_US,
                        )
                    )
        w.labels.add("review", r_ids, "collusion", group=group)
    orders["ordered_at"] = ts(np.array(orders["ordered_at"]))  # type: ignore[assignment]
    orders["shipped_at"] = ts(np.array(orders["shipped_at"]))  # type: ignore[assignment]
    ow.write(orders)
    reviews["created_at"] = ts(np.array(reviews["created_at"]))  # type: ignore[assignment]
    rw.write(reviews)
    w.fraud_buyers = fraud_buyers
    return review_seq


# ---------------------------------------------------------------------------------------
# Account links and reports


def write_account_links(w: World, out: Path) -> None:
    cfg = w.cfg
    rng = cfg.rng("account_links")
    ns = cfg.sellers
    attrs = ("device", "payment", "bank_account", "address", "phone")
    # Each seller's own values; ring members share some of them.
    values = rng.integers(1, 2**62, (ns, len(attrs)), dtype=np.int64)
    for members in w.rings:
        shared = rng.permutation(len(attrs))[: int(rng.integers(2, 4))]
        if 0 not in shared:
            shared = np.append(shared, 0)  # rings almost always share a device
        for a in shared.tolist():
            src = members[0]
            for m in members[1:]:
                if rng.random() < 0.85:
                    values[m, a] = values[src, a]
    # Benign sharing: group companies in one building share an address.
    corp = np.flatnonzero(w.s_corporate & (w.s_ring < 0))
    for j in range(0, min(len(corp), max(4, ns // 50)) - 1, 2):
        values[corp[j + 1], 3] = values[corp[j], 3]
    rows_acc, rows_type, rows_attr, rows_val, rows_t = [], [], [], [], []
    for i in range(ns):
        for a, name in enumerate(attrs):
            rows_acc.append(seller_id(i))
            rows_type.append("seller")
            rows_attr.append(name)
            rows_val.append(values[i, a])
            rows_t.append(int(w.s_reg_us[i]) + a * 60_000_000)
    # Buyers: the fake accounts behind brushing and collusion share devices and cards;
    # a sample of ordinary buyers carries its own unique values.
    fraud_buyers = w.fraud_buyers
    shared_dev: dict[int, np.ndarray] = {}
    for buyer, g in fraud_buyers:
        if g not in shared_dev:
            shared_dev[g] = rng.integers(1, 2**62, 3, dtype=np.int64)
        devs = shared_dev[g]
        for name, v in (("device", devs[int(rng.integers(0, 3))]), ("payment", devs[0] + 7)):
            rows_acc.append(buyer)
            rows_type.append("buyer")
            rows_attr.append(name)
            rows_val.append(v)
            rows_t.append(END_US - int(rng.integers(20, 160)) * DAY_US)
    sample = np.unique(rng.integers(0, cfg.buyers, max(100, cfg.buyers // 50)))
    for b in sample.tolist():
        for name in ("device", "payment"):
            rows_acc.append(f"B{b:07d}")
            rows_type.append("buyer")
            rows_attr.append(name)
            rows_val.append(int(rng.integers(1, 2**62)))
            rows_t.append(END_US - int(rng.integers(1, 900)) * DAY_US)
    n = len(rows_acc)
    tw = TableWriter(out / "account_links.parquet", arrow_schema("account_link"))
    tw.write(
        {
            "id": ids("AL", 0, n, 8),
            "account_id": rows_acc,
            "account_type": rows_type,
            "attribute": rows_attr,
            "value_hash": hash_hex(np.array(rows_val, dtype=np.int64)),
            "first_seen_at": ts(np.array(rows_t)),
        }
    )
    tw.close()


def write_reports(w: World, out: Path) -> None:
    cfg = w.cfg
    rng = cfg.rng("reports")
    labels = w.labels.table()
    rows: dict[str, list[Any]] = {k: [] for k in arrow_schema("report").names}
    term_ids: list[str] = []

    def add(
        entity_type: str, entity_id: str, reporter: str, reason: str, text: str, t_us: int
    ) -> str:
        rid = f"RP{len(rows['id']):08d}"
        rows["id"].append(rid)
        rows["entity_type"].append(entity_type)
        rows["entity_id"].append(entity_id)
        rows["reporter_type"].append(reporter)
        rows["reason"].append(reason)
        rows["text"].append(text)
        rows["created_at"].append(min(t_us, END_US - 1))
        return rid

    def when(created_day: int) -> int:
        lo = max(created_day, END_DAY - cfg.days)
        return (lo + int(rng.random() * max(END_DAY - lo, 1))) * DAY_US + int(
            rng.integers(0, DAY_US)
        )

    fam_reason = {
        "counterfeit": "counterfeit",
        "pse": "safety",
        "psc": "safety",
        "stema": "stealth_ad",
        "alcohol": "prohibited_item",
        "otc_drug": "prohibited_item",
        "knife": "prohibited_item",
    }
    lab = labels.filter(pc.equal(labels["kind"], "violation")).to_pylist()
    for row in lab:
        et, eid, fam = row["entity_type"], row["entity_id"], row["family"]
        reason = fam_reason.get(fam, "misleading_claim")
        if et == "listing":
            li = int(eid[1:])
            if rng.random() < 0.25:
                add(
                    "listing",
                    eid,
                    "user",
                    reason,
                    pick(vocab.REPORT_TEXTS[reason], rng.random()),
                    when(int(w.l_created_day[li])),
                )
            if fam == "counterfeit" and rng.random() < 0.5:
                add(
                    "listing",
                    eid,
                    "brand",
                    "counterfeit",
                    vocab.REPORT_TEXTS["counterfeit"][1 + int(rng.random() * 2)],
                    when(int(w.l_created_day[li])),
                )
        elif et == "creator_post" and rng.random() < 0.15:
            add(
                "creator_post",
                eid,
                "user",
                reason,
                pick(vocab.REPORT_TEXTS[reason], rng.random()),
                when(END_DAY - 90),
            )
    # background noise: reports on ordinary listings
    n_noise = max(10, cfg.listings // 300)
    for li in rng.integers(0, cfg.listings, n_noise).tolist():
        reason = pick(("other", "misleading_claim", "not_delivered"), rng.random())
        add(
            "listing",
            listing_id(li),
            "user",
            reason,
            pick(vocab.REPORT_TEXTS[reason], rng.random()),
            when(int(w.l_created_day[li])),
        )
    # sellers whose service collapsed
    for s in np.flatnonzero(w.s_spike > 0).tolist():
        for _ in range(int(rng.integers(2, 6))):
            add(
                "seller",
                seller_id(s),
                "user",
                "not_delivered",
                pick(vocab.REPORT_TEXTS["not_delivered"], rng.random()),
                (int(w.s_spike_day[s]) + int(rng.integers(0, 14))) * DAY_US
                + int(rng.integers(0, DAY_US)),
            )
    # fake reviews
    for row in labels.filter(pc.equal(labels["kind"], "review_burst")).to_pylist()[::15]:
        add(
            "review",
            row["entity_id"],
            "user",
            "fake_review",
            pick(vocab.REPORT_TEXTS["fake_review"], rng.random()),
            END_US - int(rng.integers(1, 5)) * DAY_US,
        )
    # the emerging term: reports arrive late and accelerate
    em = np.flatnonzero(w.l_emerging)
    for j in range(max(6, len(em) // 3)):
        li = int(em[j % len(em)])
        t_us = (
            max(int(w.l_created_day[li]), END_DAY - 21) + int(rng.integers(0, 7))
        ) * DAY_US + int(rng.integers(0, DAY_US))
        rid = add(
            "listing",
            listing_id(li),
            pick(("user", "user", "trusted_flagger"), rng.random()),
            "other",
            pick(vocab.EMERGING_PHRASES["report"], rng.random()).format(term=vocab.EMERGING_TERM),
            t_us,
        )
        term_ids.append(rid)
    tw = TableWriter(out / "reports.parquet", arrow_schema("report"))
    rows["created_at"] = ts(np.array(rows["created_at"]))  # type: ignore[assignment]
    tw.write(rows)
    tw.close()
    w.labels.add("report", term_ids, "emerging_term", group="term-" + vocab.EMERGING_TERM)


# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SynthSummary:
    out_dir: Path
    rows: dict[str, int]
    labels: dict[str, int]


def generate(
    out_dir: Path | str, cfg: SynthConfig, progress: Progress | None = None
) -> SynthSummary:
    """Write the data directory (Contracts) for ``cfg`` into ``out_dir``."""
    cfg.validate()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    manifest = out / MANIFEST
    if manifest.exists():
        manifest.unlink()  # an interrupted run must not look complete
    w = World(cfg)

    def plan() -> None:
        plan_sellers(w)
        plan_listings(w)

    steps: list[tuple[str, Callable[[], None]]] = [
        ("plan", plan),
        ("sellers", lambda: write_sellers(w, out)),
        ("listings", lambda: write_listings(w, out, progress)),
        ("price_history", lambda: write_price_history(w, out)),
        ("creator_posts", lambda: write_creators_and_posts(w, out, progress)),
        ("orders", lambda: write_orders_and_reviews(w, out, progress)),
        ("account_links", lambda: write_account_links(w, out)),
        ("reports", lambda: write_reports(w, out)),
    ]
    for name, step in steps:
        step()
        if progress:
            progress(name, 1.0)
    labels = w.labels.table()
    labels = labels.sort_by(
        [
            ("entity_type", "ascending"),
            ("entity_id", "ascending"),
            ("kind", "ascending"),
            ("family", "ascending"),
        ]
    )
    pq.write_table(labels, out / "labels.parquet", compression="zstd")
    rows = {t: pq.ParquetFile(out / f"{t}.parquet").metadata.num_rows for t in TABLE_FILES}
    kinds = pc.value_counts(labels["kind"]).to_pylist()
    summary = SynthSummary(
        out, rows, {k["values"]: k["counts"] for k in sorted(kinds, key=lambda x: x["values"])}
    )
    manifest.write_text(
        json.dumps(
            {"config": cfg.to_dict(), "rows": rows, "labels": summary.labels},
            ensure_ascii=False,
            indent=2,
            sort_keys=True,
        )
        + "\n",
        encoding="utf-8",
    )
    return summary


def read_manifest(out_dir: Path | str) -> dict[str, Any] | None:
    """The generator's record of a completed run in ``out_dir``, if any."""
    p = Path(out_dir) / MANIFEST
    if not p.exists():
        return None
    data: dict[str, Any] = json.loads(p.read_text(encoding="utf-8"))
    return data
