"""Generator invariants: schemas, determinism, labels, planted coverage, realism."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from mamori.entities import arrow_schema, schema
from mamori.synth import vocab
from mamori.synth.config import END, SynthConfig
from mamori.synth.generate import (
    LABEL_KINDS,
    LABEL_SCHEMA,
    TABLE_FILES,
    SynthSummary,
    generate,
    read_manifest,
)

from .conftest import SMALL


def _digest(d: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(d.glob("*.parquet"))}


def test_every_table_has_the_entity_schema(small_data: tuple[Path, SynthSummary]) -> None:
    d, _ = small_data
    for table in TABLE_FILES:
        got = pq.read_schema(d / f"{table}.parquet")
        want = arrow_schema(schema(table).kind)
        assert got.names == want.names, table
        assert [f.type for f in got] == [f.type for f in want], table
    assert pq.read_schema(d / "labels.parquet").names == LABEL_SCHEMA.names


def test_same_seed_same_bytes_other_seed_other_data(
    tmp_path: Path, small_data: tuple[Path, SynthSummary]
) -> None:
    d, _ = small_data
    again = tmp_path / "again"
    generate(again, SMALL)
    assert _digest(again) == _digest(d)
    other = tmp_path / "other"
    generate(other, SynthConfig.for_scale("small", seed=SMALL.seed + 1))
    assert _digest(other)["listings.parquet"] != _digest(d)["listings.parquet"]


def test_chunking_does_not_change_the_data(tmp_path: Path) -> None:
    """Chunk sizes are a memory knob, not part of the data… for tables written per row
    (listings, posts). Orders are drawn per chunk, so their chunk size is part of the
    config and recorded in the manifest."""
    base = SynthConfig.for_scale("tiny", seed=3)
    a, b = tmp_path / "a", tmp_path / "b"
    generate(a, base)
    cfg_b = SynthConfig(**{**base.to_dict(), "listing_chunk": 170})
    generate(b, cfg_b)
    ta = pq.read_table(a / "listings.parquet").select(
        ["id", "seller_id", "category", "price", "product_type"]
    )
    tb = pq.read_table(b / "listings.parquet").select(
        ["id", "seller_id", "category", "price", "product_type"]
    )
    assert ta.equals(tb)


def test_ids_unique_and_references_resolve(small_data: tuple[Path, SynthSummary]) -> None:
    d, _ = small_data
    con = duckdb.connect()
    for t in TABLE_FILES:
        con.execute(f"CREATE VIEW {t} AS SELECT * FROM read_parquet('{d / t}.parquet')")
    for t in TABLE_FILES:
        n, u = con.execute(f"SELECT count(*), count(DISTINCT id) FROM {t}").fetchone()  # type: ignore[misc]
        assert n == u > 0, t
    dangling = {
        "listing.seller": "SELECT count(*) FROM listings l ANTI JOIN sellers s ON s.id = l.seller_id",
        "order.listing": "SELECT count(*) FROM orders o ANTI JOIN listings l ON l.id = o.listing_id",
        "order.seller": "SELECT count(*) FROM orders o JOIN listings l ON l.id = o.listing_id WHERE o.seller_id <> l.seller_id",
        "review.order": "SELECT count(*) FROM reviews r ANTI JOIN orders o ON o.id = r.order_id WHERE r.order_id IS NOT NULL",
        "review.listing": "SELECT count(*) FROM reviews r ANTI JOIN listings l ON l.id = r.listing_id",
        "post.creator": "SELECT count(*) FROM creator_posts p ANTI JOIN creators c ON c.id = p.creator_id",
        "post.listing": "SELECT count(*) FROM creator_posts p ANTI JOIN listings l ON l.id = p.listing_id WHERE p.listing_id IS NOT NULL",
        "order.creator": "SELECT count(*) FROM orders o ANTI JOIN creators c ON c.id = o.creator_id WHERE o.creator_id IS NOT NULL",
        "price.listing": "SELECT count(*) FROM price_history p ANTI JOIN listings l ON l.id = p.listing_id",
        "seller.previous": "SELECT count(*) FROM sellers s ANTI JOIN sellers p ON p.id = s.previous_seller_id WHERE s.previous_seller_id IS NOT NULL",
        "link.seller": "SELECT count(*) FROM account_links a ANTI JOIN sellers s ON s.id = a.account_id WHERE a.account_type = 'seller'",
    }
    for name, sql in dangling.items():
        assert con.execute(sql).fetchone() == (0,), name
    end = END.isoformat(sep=" ")
    for t, col in (
        ("orders", "ordered_at"),
        ("reviews", "created_at"),
        ("creator_posts", "posted_at"),
        ("reports", "created_at"),
        ("listings", "created_at"),
    ):
        assert con.execute(
            f"SELECT count(*) FROM {t} WHERE {col} >= TIMESTAMP '{end}'"
        ).fetchone() == (0,), t
    assert con.execute("SELECT count(*) FROM orders WHERE shipped_at < ordered_at").fetchone() == (
        0,
    )
    # a post about a listing names that listing's brand and seller
    mismatch = con.execute(
        """SELECT count(*) FROM creator_posts p JOIN listings l ON l.id = p.listing_id
           WHERE p.brand <> l.brand OR p.seller_id <> l.seller_id"""
    ).fetchone()
    assert mismatch == (0,)
    assert con.execute(
        "SELECT count(*) FROM reviews r JOIN orders o ON o.id = r.order_id WHERE r.created_at < o.ordered_at"
    ).fetchone() == (0,)


def test_labels_point_to_existing_entities(small_data: tuple[Path, SynthSummary]) -> None:
    d, _ = small_data
    con = duckdb.connect()
    labels = pq.read_table(d / "labels.parquet")
    assert set(labels.column("kind").to_pylist()) <= set(LABEL_KINDS)
    tables = {
        "seller": "sellers",
        "listing": "listings",
        "creator_post": "creator_posts",
        "review": "reviews",
        "order": "orders",
        "report": "reports",
    }
    con.register("labels", labels)
    for et in set(labels.column("entity_type").to_pylist()):
        assert et in tables, et
        missing = con.execute(
            f"SELECT count(*) FROM labels l ANTI JOIN read_parquet('{d / tables[et]}.parquet') t ON t.id = l.entity_id WHERE l.entity_type = '{et}'"
        ).fetchone()
        assert missing == (0,), et
    # family only for violations and look-alikes; every group has at least 2 members
    bad = con.execute(
        "SELECT count(*) FROM labels WHERE (kind IN ('violation','lookalike')) <> (family IS NOT NULL)"
    ).fetchone()
    assert bad == (0,)
    small_groups = con.execute(
        "SELECT group_id, count(*) FROM labels WHERE kind IN ('ring','duplicate_wave','brushing','review_burst','collusion') GROUP BY 1 HAVING count(*) < 2"
    ).fetchall()
    assert small_groups == []
    # an entity is never both a violation and a look-alike of the same family
    both = con.execute(
        "SELECT count(*) FROM (SELECT entity_id, family FROM labels WHERE kind = 'violation' INTERSECT SELECT entity_id, family FROM labels WHERE kind = 'lookalike')"
    ).fetchone()
    assert both == (0,)


def test_every_family_and_finding_kind_is_planted(small_data: tuple[Path, SynthSummary]) -> None:
    d, summary = small_data
    labels = pq.read_table(d / "labels.parquet").to_pylist()
    violations = {r["family"] for r in labels if r["kind"] == "violation"}
    assert violations == set(vocab.ALL_FAMILIES)
    per_family = {
        f: sum(1 for r in labels if r["kind"] == "violation" and r["family"] == f)
        for f in violations
    }
    assert min(per_family.values()) >= 10, per_family
    assert {r["kind"] for r in labels} == set(LABEL_KINDS)
    lookalikes = {r["family"] for r in labels if r["kind"] == "lookalike"}
    assert {
        "pmd_cosmetic_scope",
        "approved_claims",
        "stema",
        "tokusho_disclosure",
        "keihyo_double_price",
    } <= lookalikes
    emerging = {r["entity_type"] for r in labels if r["kind"] == "emerging_term"}
    assert emerging == {"listing", "creator_post", "review", "report"}
    assert summary.labels == {
        k: sum(1 for r in labels if r["kind"] == k) for k in sorted(LABEL_KINDS)
    }


def test_planted_content_is_where_the_labels_say(small_data: tuple[Path, SynthSummary]) -> None:
    d, _ = small_data
    con = duckdb.connect()
    con.execute(f"CREATE VIEW labels AS SELECT * FROM read_parquet('{d}/labels.parquet')")
    for t in TABLE_FILES:
        con.execute(f"CREATE VIEW {t} AS SELECT * FROM read_parquet('{d / t}.parquet')")
    # fake 通常価格: list price offered on fewer than half of the last 56 observed days
    fake = con.execute(
        """SELECT l.id, count(*) FILTER (WHERE p.price >= l.list_price AND p.observed_on >= DATE '2026-09-04') at_list
           FROM listings l JOIN labels b ON b.entity_id = l.id AND b.kind = 'violation' AND b.family = 'keihyo_double_price'
           JOIN price_history p ON p.listing_id = l.id GROUP BY 1"""
    ).fetchall()
    assert fake and all(n < 28 for _, n in fake)
    honest = con.execute(
        """SELECT l.id, count(*) FILTER (WHERE p.price >= l.list_price AND p.observed_on >= DATE '2026-09-04') at_list
           FROM listings l ANTI JOIN labels b ON b.entity_id = l.id JOIN price_history p ON p.listing_id = l.id GROUP BY 1"""
    ).fetchall()
    assert honest and all(n > 28 for _, n in honest)
    # PSE violations lack a proper mark; look-alike power stations are outside PSE
    pse = con.execute(
        "SELECT l.pse_mark, l.product_type FROM listings l JOIN labels b ON b.entity_id = l.id AND b.family = 'pse' AND b.kind = 'violation'"
    ).fetchall()
    assert pse and all(m == "none" or (m == "round" and t in vocab.PSE_DIAMOND) for m, t in pse)
    # every background drug / alcohol listing is sold by a licensed seller
    unlicensed = con.execute(
        """SELECT count(*) FROM listings l JOIN sellers s ON s.id = l.seller_id
           WHERE l.category = 'drug' AND s.drug_license IS NULL
             AND l.id NOT IN (SELECT entity_id FROM labels WHERE family = 'otc_drug')"""
    ).fetchone()
    assert unlicensed == (0,)
    # stema: sponsored posts without a disclosure token at the start or in the tags
    stema = con.execute(
        "SELECT p.gifted OR p.affiliate_link FROM creator_posts p JOIN labels b ON b.entity_id = p.id AND b.family = 'stema' AND b.kind = 'violation'"
    ).fetchall()
    assert stema and all(x for (x,) in stema)
    # every other sponsored post carries a disclosure at the start or as a hashtag
    undisclosed = con.execute(
        """SELECT count(*) FROM creator_posts p ANTI JOIN labels b ON b.entity_id = p.id AND b.family = 'stema'
           WHERE (p.gifted OR p.affiliate_link OR p.shop_tag)
             AND NOT regexp_matches(p.caption || ' ' || p.hashtags, '#PR|【広告】|#広告|#プロモーション|【PR】|提供')"""
    ).fetchone()
    assert undisclosed == (0,)
    # re-registered sellers point at a suspended account of their ring
    rereg = con.execute(
        "SELECT p.status FROM sellers s JOIN sellers p ON p.id = s.previous_seller_id"
    ).fetchall()
    assert rereg and all(st == "suspended" for (st,) in rereg)
    # ring members share at least one attribute value
    shared = con.execute(
        """SELECT count(DISTINCT b.group_id) FROM labels b JOIN account_links a ON a.account_id = b.entity_id
           WHERE b.kind = 'ring' AND a.value_hash IN (
             SELECT value_hash FROM account_links GROUP BY 1 HAVING count(DISTINCT account_id) > 1)"""
    ).fetchone()
    n_rings = con.execute(
        "SELECT count(DISTINCT group_id) FROM labels WHERE kind = 'ring'"
    ).fetchone()
    assert shared == n_rings
    # the emerging term really is in the labelled texts, and nowhere before the last 7 weeks
    em = con.execute(
        f"""SELECT count(*) FROM listings l JOIN labels b ON b.entity_id = l.id AND b.kind = 'emerging_term'
            WHERE strpos(l.title || l.description, '{vocab.EMERGING_TERM}') = 0"""
    ).fetchone()
    assert em == (0,)
    early = con.execute(
        f"SELECT count(*) FROM listings WHERE strpos(title || description, '{vocab.EMERGING_TERM}') > 0 AND created_at < TIMESTAMP '2026-09-15'"
    ).fetchone()
    assert early == (0,)
    # brushing orders are completed, shipped within hours, and carry a 5-star review
    brushing = con.execute(
        """SELECT min(r.rating), max(epoch(o.shipped_at) - epoch(o.ordered_at)) FROM orders o
           JOIN labels b ON b.entity_id = o.id AND b.kind = 'brushing' JOIN reviews r ON r.order_id = o.id"""
    ).fetchone()
    assert brushing is not None and brushing[0] == 5 and brushing[1] < 6 * 3600


def test_rate_spike_sellers_change_after_the_spike(small_data: tuple[Path, SynthSummary]) -> None:
    d, _ = small_data
    con = duckdb.connect()
    rows = con.execute(
        f"""SELECT o.seller_id,
                   avg((o.status IN ('refunded','cancelled') OR o.late)::INT) FILTER (WHERE o.ordered_at < TIMESTAMP '2026-08-01') before,
                   avg((o.status IN ('refunded','cancelled') OR o.late)::INT) FILTER (WHERE o.ordered_at >= TIMESTAMP '2026-10-15') after
            FROM read_parquet('{d}/orders.parquet') o
            JOIN read_parquet('{d}/labels.parquet') b ON b.entity_id = o.seller_id AND b.kind = 'rate_spike'
            WHERE o.id NOT IN (SELECT entity_id FROM read_parquet('{d}/labels.parquet') WHERE entity_type = 'order')
            GROUP BY 1"""
    ).fetchall()
    assert rows
    # per seller the sample after the change is a few dozen orders: ask most of them to
    # at least double, and the group as a whole to triple
    doubled = [after > 2 * before for _, before, after in rows]
    assert sum(doubled) >= 0.75 * len(rows), rows
    assert sum(a for _, _, a in rows) > 3 * sum(b for _, b, _ in rows), rows


def test_text_is_japanese_and_varied(small_data: tuple[Path, SynthSummary]) -> None:
    d, _ = small_data
    listings = pq.read_table(d / "listings.parquet", columns=["title", "description", "category"])
    titles = listings.column("title").to_pylist()
    assert len(set(titles)) > 0.8 * len(titles)
    assert all(
        any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in t)
        for t in titles[:200]
    )
    assert set(listings.column("category").to_pylist()) == set(c.code for c in vocab.CATEGORY_DEFS)
    # evasion variants are present among planted phrases (half-width kana, separators…)
    text = "".join(titles) + "".join(listings.column("description").to_pylist())
    assert any("\uff66" <= ch <= "\uff9f" for ch in text)
    assert "\u200b" in text or "\u00ad" in text or "・" in text


def test_manifest_records_the_config(small_data: tuple[Path, SynthSummary]) -> None:
    d, summary = small_data
    m = read_manifest(d)
    assert m is not None and m["config"] == SMALL.to_dict() and m["rows"] == summary.rows


@pytest.mark.parametrize("bad", [{"sellers": 10}, {"listings": 100}, {"orders": 10}])
def test_config_rejects_impossible_sizes(bad: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        SynthConfig.for_scale("small", **bad)  # type: ignore[arg-type]


def test_same_bytes_across_processes_and_hash_seeds(tmp_path: Path) -> None:
    """No set or dict iteration order or str hash reaches the data."""
    import os
    import subprocess
    import sys

    code = (
        "import sys; from mamori.synth.config import SynthConfig; "
        "from mamori.synth.generate import generate; "
        "generate(sys.argv[1], SynthConfig.for_scale('tiny', seed=4))"
    )
    digests = []
    for hash_seed in ("1", "2"):
        out = tmp_path / hash_seed
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        subprocess.run([sys.executable, "-c", code, str(out)], check=True, env=env, timeout=300)
        digests.append(_digest(out))
    assert digests[0] == digests[1]
