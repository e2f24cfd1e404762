"""Entity kinds and their field schemas: the one source of truth.

Realtime dicts, Arrow/Parquet tables, SQL type checking of policy conditions and the
synthetic generator all read these declarations, so a field added here is known
everywhere at once. Timestamps are naive UTC, microseconds; money is integer yen.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - typing only; pyarrow is imported lazily
    import pyarrow as pa


class FieldType(str, Enum):
    STRING = "string"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    TIMESTAMP = "timestamp"
    DATE = "date"


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    type: FieldType
    doc: str = ""
    text: bool = False  # free text that the text pass normalises and matches
    values: tuple[str, ...] = ()  # closed vocabulary, if any


@dataclass(frozen=True, slots=True)
class EntitySchema:
    kind: str  # singular, as used in `applies_to` and `--entity`
    table: str  # plural table / Parquet file name (Contracts)
    fields: tuple[Field, ...]
    doc: str = ""

    def field(self, name: str) -> Field | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def text_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.text)


S, I, F, B, T, D = (
    FieldType.STRING,
    FieldType.INT,
    FieldType.FLOAT,
    FieldType.BOOL,
    FieldType.TIMESTAMP,
    FieldType.DATE,
)

CATEGORIES: tuple[str, ...] = (
    "cosmetics",
    "quasi_drug",
    "health_food",
    "food",
    "drug",
    "medical_device",
    "electrical",
    "alcohol",
    "knife",
    "toy",
    "apparel",
    "general",
)
APPROVALS: tuple[str, ...] = ("none", "foshu", "fnfc", "fnc", "quasi_drug_approved")
SELLER_ACTIONS: tuple[str, ...] = (
    "warn",
    "restrict_feature",
    "hold_payout",
    "suspend",
    "terminate",
)
CONTENT_ACTIONS: tuple[str, ...] = ("label", "demote", "delist")
ACTIONS: tuple[str, ...] = CONTENT_ACTIONS + SELLER_ACTIONS
SEVERITIES: tuple[str, ...] = ("low", "medium", "high", "critical")
LINK_ATTRIBUTES: tuple[str, ...] = ("device", "payment", "bank_account", "address", "phone")

SELLER = EntitySchema(
    "seller",
    "sellers",
    (
        Field("id", S, "seller id"),
        Field("name", S, "display name", text=True),
        Field("shop_name", S, "shop name", text=True),
        Field("seller_type", S, "individual or corporate", values=("individual", "corporate")),
        Field("country", S, "ISO-3166 alpha-2 country of registration"),
        Field("registered_at", T, "registration time"),
        Field(
            "status",
            S,
            "account status",
            values=("active", "restricted", "suspended", "terminated"),
        ),
        Field("disclosure_legal_name", S, "特定商取引法: 氏名又は名称"),
        Field("disclosure_address", S, "特定商取引法: 住所"),
        Field("disclosure_phone", S, "特定商取引法: 電話番号"),
        Field("disclosure_email", S, "特定商取引法: メールアドレス"),
        Field("disclosure_representative", S, "特定商取引法: 代表者又は責任者 (corporate)"),
        Field("disclosure_return_policy", S, "特定商取引法: 返品特約", text=True),
        Field("drug_license", S, "店舗販売業/配置販売業 licence number, if any"),
        Field("alcohol_license", S, "通信販売酒類小売業免許 number, if any"),
        Field("rating", F, "average review rating 1–5"),
        Field("followers", I, "shop followers"),
        Field("previous_seller_id", S, "an earlier account of the same operator, if known"),
    ),
    "A partner that sells on the marketplace.",
)

LISTING = EntitySchema(
    "listing",
    "listings",
    (
        Field("id", S, "listing id"),
        Field("seller_id", S, "owning seller"),
        Field("category", S, "product category", values=CATEGORIES),
        Field("title", S, "listing title", text=True),
        Field("description", S, "listing description", text=True),
        Field("price", I, "current selling price, yen (tax included)"),
        Field("list_price", I, "reference price shown struck through (通常価格), yen"),
        Field("brand", S, "brand name as entered", text=True),
        Field("approval", S, "regulatory approval of the product", values=APPROVALS),
        Field("created_at", T, "listing creation time"),
        Field("status", S, "listing status", values=("active", "delisted", "draft")),
        Field("product_type", S, "specific product type (e.g. mobile_battery, ac_adapter)"),
        Field("pse_mark", S, "PSE mark shown", values=("none", "diamond", "round")),
        Field("psc_mark", B, "PSC mark shown"),
        Field("sg_mark", B, "SG mark shown"),
        Field("target_age_min", I, "youngest intended user age, years (toys)"),
        Field("blade_length_cm", F, "blade length for knives, cm"),
        Field("alcohol_abv", F, "alcohol by volume, percent"),
        Field("jan_code", S, "JAN/EAN-13 code"),
        Field("stock", I, "units in stock"),
        Field("ship_days", I, "promised days to ship"),
    ),
    "A product offered for sale.",
)

CREATOR = EntitySchema(
    "creator",
    "creators",
    (
        Field("id", S, "creator id"),
        Field("handle", S, "public handle"),
        Field("name", S, "display name", text=True),
        Field("followers", I, "follower count"),
        Field("registered_at", T, "registration time"),
        Field("affiliate", B, "enrolled in the affiliate programme"),
    ),
    "A person who promotes products in posts and live streams.",
)

CREATOR_POST = EntitySchema(
    "creator_post",
    "creator_posts",
    (
        Field("id", S, "post id"),
        Field("creator_id", S, "author"),
        Field("listing_id", S, "linked listing, if any"),
        Field("seller_id", S, "seller of the linked listing, if any"),
        Field("brand", S, "brand promoted, if any", text=True),
        Field("kind", S, "post kind", values=("short_video", "live", "photo", "text")),
        Field("caption", S, "caption or live-stream title", text=True),
        Field("transcript", S, "speech transcript or live captions", text=True),
        Field("hashtags", S, "hashtags as written, space separated", text=True),
        Field("affiliate_link", B, "carries an affiliate link"),
        Field("gifted", B, "product was gifted or paid for by the brand"),
        Field("shop_tag", B, "carries a shop/product tag"),
        Field("posted_at", T, "publication time"),
        Field("views", I, "view count"),
    ),
    "A creator's short video, live stream or post.",
)

ORDER = EntitySchema(
    "order",
    "orders",
    (
        Field("id", S, "order id"),
        Field("listing_id", S, "listing bought"),
        Field("seller_id", S, "seller"),
        Field("buyer_id", S, "buyer"),
        Field("quantity", I, "units"),
        Field("amount", I, "amount paid, yen"),
        Field("ordered_at", T, "order time"),
        Field("shipped_at", T, "ship time, if shipped"),
        Field(
            "status", S, "order outcome", values=("completed", "cancelled", "refunded", "pending")
        ),
        Field("late", B, "shipped after the promised date"),
        Field("creator_id", S, "creator whose post drove the order, if any"),
    ),
    "A purchase.",
)

REVIEW = EntitySchema(
    "review",
    "reviews",
    (
        Field("id", S, "review id"),
        Field("order_id", S, "order reviewed, if any"),
        Field("listing_id", S, "listing reviewed"),
        Field("seller_id", S, "seller reviewed"),
        Field("reviewer_id", S, "buyer who wrote it"),
        Field("rating", I, "1–5 stars"),
        Field("text", S, "review text", text=True),
        Field("created_at", T, "time written"),
    ),
    "A buyer's review.",
)

ACCOUNT_LINK = EntitySchema(
    "account_link",
    "account_links",
    (
        Field("id", S, "link id"),
        Field("account_id", S, "seller (or buyer) account"),
        Field("account_type", S, "seller or buyer", values=("seller", "buyer")),
        Field("attribute", S, "what is shared", values=LINK_ATTRIBUTES),
        Field("value_hash", S, "hash of the attribute value (never the raw value)"),
        Field("first_seen_at", T, "first time seen"),
    ),
    "An identifying attribute seen on an account; shared values link accounts.",
)

PRICE_HISTORY = EntitySchema(
    "price_history",
    "price_history",
    (
        Field("id", S, "observation id"),
        Field("listing_id", S, "listing"),
        Field("price", I, "price actually offered that day, yen"),
        Field("observed_on", D, "day"),
    ),
    "Daily price observations of listings.",
)

REPORT = EntitySchema(
    "report",
    "reports",
    (
        Field("id", S, "report id"),
        Field(
            "entity_type",
            S,
            "what is reported",
            values=("listing", "seller", "creator_post", "review"),
        ),
        Field("entity_id", S, "id of what is reported"),
        Field(
            "reporter_type",
            S,
            "who reports",
            values=("user", "brand", "authority", "trusted_flagger"),
        ),
        Field("reason", S, "reason code"),
        Field("text", S, "free text", text=True),
        Field("created_at", T, "time reported"),
    ),
    "A user or brand report (notice).",
)

SCHEMAS: dict[str, EntitySchema] = {
    s.kind: s
    for s in (
        SELLER,
        LISTING,
        CREATOR,
        CREATOR_POST,
        ORDER,
        REVIEW,
        ACCOUNT_LINK,
        PRICE_HISTORY,
        REPORT,
    )
}
TABLES: dict[str, EntitySchema] = {s.table: s for s in SCHEMAS.values()}

# Related records a policy may read with a dotted prefix (``seller.status``,
# ``price.days_at_list_price_56d``). In realtime they arrive with the request (or from a
# lookup); in batch they come from joins. Keys: entity kind → prefix → schema of the
# related record.
PRICE_SUMMARY = EntitySchema(
    "price_summary",
    "price_summaries",
    (
        Field("days_observed_56d", I, "days with a price observation in the last 8 weeks"),
        Field(
            "days_at_list_price_56d",
            I,
            "days in the last 8 weeks offered at the listing's list_price or more",
        ),
        Field("max_price_56d", I, "highest price offered in the last 8 weeks"),
        Field("min_price_56d", I, "lowest price offered in the last 8 weeks"),
        Field("first_observed_on", D, "first day the listing was offered"),
        Field(
            "days_since_list_price_56d",
            I,
            "days from the last day in the last 8 weeks offered at the listing's list_price "
            "or more to the evaluation date (0: that day); NULL if no such day",
        ),
    ),
    "Summary of a listing's price history, computed over the 56 days before evaluation.",
)

# A seller's risk features: the ranked table of ``mamori discover --features-out`` (the
# columns of ``discovery.features.seller_risk_table``). Policies read them with
# ``feature('refund_rate')``, sugar for ``risk.refund_rate``; they are keyed by seller,
# not by the entity's own id (see ``RELATED_KEYS``).
SELLER_RISK = EntitySchema(
    "seller_risk",
    "seller_risk",
    (
        Field("seller_id", S, "seller the features describe"),
        Field("risk_score", F, "sum of weighted robust z-scores of the features below"),
        Field("rank", I, "1 = riskiest seller of the run"),
        Field("orders", I, "orders in the data window"),
        Field("refunds", I, "refunded orders"),
        Field("cancels", I, "cancelled orders"),
        Field("gmv", I, "order amount, yen"),
        Field("gmv_recent", I, "order amount in the last 30 days, yen"),
        Field("gmv_prev", I, "order amount in the 30 days before those, yen"),
        Field("gmv_growth", F, "log(1 + recent GMV) − log(1 + previous GMV)"),
        Field("refund_rate", F, "refunds / orders, shrunk toward the marketplace rate"),
        Field("cancel_rate", F, "cancels / orders, shrunk toward the marketplace rate"),
        Field("late_rate", F, "late deliveries / orders, shrunk toward the marketplace rate"),
        Field("listings", I, "listings of the seller"),
        Field("listing_velocity", I, "listings created in the last 30 days"),
        Field("price_position", F, "median price / category median price"),
        Field("account_age_days", I, "days since registration"),
        Field("reports", I, "user reports on the seller and its listings"),
        Field("hits", I, "policy hits on the seller and its listings"),
        Field("hit_points", I, "penalty points of those hits"),
    ),
    "Risk features of a seller, computed by discovery over a data window.",
)

RELATED: dict[str, dict[str, EntitySchema]] = {
    "listing": {"seller": SELLER, "price": PRICE_SUMMARY, "risk": SELLER_RISK},
    "creator_post": {"creator": CREATOR, "listing": LISTING},
    "review": {"seller": SELLER, "risk": SELLER_RISK},
    "order": {"seller": SELLER, "risk": SELLER_RISK},
}

#: How a related record is found in batch joins, where it is not the default
#: ``<prefix>_id`` = related ``id``: (entity kind, prefix) → (entity column, related column).
RELATED_KEYS: dict[tuple[str, str], tuple[str, str]] = {
    (kind, "risk"): ("seller_id", "seller_id") for kind in ("listing", "review", "order")
}


def join_keys(kind: str, prefix: str) -> tuple[str, str]:
    """(entity column, related column) that join a related record in batch.

    ``RELATED_KEYS`` where named; else the entity's ``<prefix>_id`` = the record's ``id``
    (``seller_id``), else the entity's ``id`` = the record's ``<kind>_id``.

    >>> join_keys("listing", "seller"), join_keys("listing", "risk")
    (('seller_id', 'id'), ('seller_id', 'seller_id'))
    """
    if (kind, prefix) in RELATED_KEYS:
        return RELATED_KEYS[(kind, prefix)]
    if SCHEMAS[kind].field(f"{prefix}_id") is not None:
        return f"{prefix}_id", "id"
    return "id", f"{kind}_id"


#: ``feature(name)`` in a condition reads this related record.
FEATURE_PREFIX = "risk"


def schema(kind: str) -> EntitySchema:
    """Look an entity kind up by its singular name or table name.

    >>> schema("listings").kind
    'listing'
    """
    found = SCHEMAS.get(kind) or TABLES.get(kind)
    if found is None:
        known = ", ".join(sorted(SCHEMAS))
        raise KeyError(f"unknown entity kind {kind!r} (known: {known})")
    return found


def arrow_type(t: FieldType) -> pa.DataType:
    import pyarrow as pa

    return {
        FieldType.STRING: pa.string(),
        FieldType.INT: pa.int64(),
        FieldType.FLOAT: pa.float64(),
        FieldType.BOOL: pa.bool_(),
        FieldType.TIMESTAMP: pa.timestamp("us"),
        FieldType.DATE: pa.date32(),
    }[t]


def arrow_schema(kind: str) -> pa.Schema:
    """The Arrow schema of an entity table (every field nullable but ``id``)."""
    import pyarrow as pa

    s = schema(kind)
    return pa.schema(
        [pa.field(f.name, arrow_type(f.type), nullable=(f.name != "id")) for f in s.fields]
    )
