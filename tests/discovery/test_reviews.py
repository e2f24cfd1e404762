from __future__ import annotations

import json

import pyarrow as pa

from mamori.discovery.reviews import BRUSHING_WEIGHTS, BrushingParams, brushing_sql
from mamori.discovery.runner import transpile

from .conftest import of_kind


def test_brushing_orders_found_exactly(all_findings: pa.Table, truth: dict[str, object]) -> None:
    found = of_kind(all_findings, "brushing")
    assert [f["entity_ids"] for f in found] == [truth["brushing"]]
    ev = json.loads(str(found[0]["evidence"]))
    assert ev["seller_id"] == "S030"
    assert ev["signals"]["linked"] == 8 and ev["signals"]["tiny"] == 8


def test_quick_five_star_reviews_alone_are_not_brushing() -> None:
    w = BRUSHING_WEIGHTS
    assert w["quick"] + w["five_star"] + w["exclusive"] < BrushingParams().min_weight
    assert w["linked"] + w["tiny"] >= BrushingParams().min_weight


def test_collusion_group_found_exactly(all_findings: pa.Table, truth: dict[str, object]) -> None:
    found = of_kind(all_findings, "review_collusion")
    assert len(found) == 1
    ev = json.loads(str(found[0]["evidence"]))
    assert ev["reviewers"] == truth["colluders"]
    assert ev["sellers"] == [f"S{i:03d}" for i in range(1, 6)]
    # The finding names the group's reviews (what moderation removes).
    assert len(found[0]["entity_ids"]) == 30  # type: ignore[arg-type]
    assert all(str(i).startswith("VC") for i in found[0]["entity_ids"])  # type: ignore[union-attr]


def test_review_burst(all_findings: pa.Table, truth: dict[str, object]) -> None:
    found = of_kind(all_findings, "review_burst")
    assert len(found) == 1
    ev = json.loads(str(found[0]["evidence"]))
    assert ev["seller_id"] == "S020"
    assert set(truth["burst"]) <= set(found[0]["entity_ids"])  # type: ignore[arg-type,call-overload]
    # Only that day's reviews: the burst plus the seller's ordinary ones.
    assert len(found[0]["entity_ids"]) <= len(truth["burst"]) + 5  # type: ignore[arg-type]


def test_brushing_sql_transpiles_to_spark() -> None:
    sql = brushing_sql(BrushingParams(), has_links=True, has_listings=True)
    assert "DATEDIFF" in transpile(sql, "spark").upper()
