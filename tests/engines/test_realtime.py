"""The realtime evaluator's API: decisions, statuses, related records, bad entities."""

from __future__ import annotations

import datetime as dt
import doctest
import importlib
from pathlib import Path

import pytest

from mamori.evaluate.decision import Decision
from mamori.evaluate.realtime import RealtimeEvaluator
from mamori.evaluate.rows import RowError
from mamori.policy import load_pack

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def ev() -> RealtimeEvaluator:
    return RealtimeEvaluator(load_pack(EXAMPLES))


def test_decision_explains_itself(ev: RealtimeEvaluator) -> None:
    d = ev.evaluate(
        "listing",
        {"id": "a", "category": "food", "title": "飲むだけで糖尿病が治る", "description": None},
    )
    assert isinstance(d, Decision)
    by_id = {h.policy_id: h for h in d.hits}
    hit = by_id["ex.pmd.disease-claim"]
    assert (hit.policy_version, hit.severity, hit.action, hit.points, hit.status) == (
        1,
        "high",
        "delist",
        4,
        "active",
    )
    assert len(hit.policy_hash) == 64 and hit.family == "pmd_disease"
    assert hit.legal_basis == ("ex.pmd.art66", "ex.pmd.art68")
    assert [(e.field, e.text, e.start, e.end) for e in hit.evidence] == [
        ("title", "糖尿病", 5, 8),
        ("title", "治る", 9, 11),
    ]
    assert hit.reason["ja"] == "「糖尿病、治る」は医薬品的な効能効果の表示に当たります。"
    data = d.to_dict()
    assert data["entity_id"] == "a" and data["pack_hash"] == ev.pack.hash
    assert data["hits"][0]["evidence"][0] == {
        "field": "title",
        "text": "糖尿病",
        "start": 5,
        "end": 8,
    }


def test_evasions_are_caught_with_original_spans(ev: RealtimeEvaluator) -> None:
    title = "飲むだけで糖 尿 病が治\u200bる"
    d = ev.evaluate("listing", {"id": "a", "category": "food", "title": title})
    hit = next(h for h in d.hits if h.policy_id == "ex.pmd.disease-claim")
    for e in hit.evidence:
        assert title[e.start : e.end] == e.text
    assert hit.evidence[0].text == "糖 尿 病"


def test_allowed_claim_suppresses(ev: RealtimeEvaluator) -> None:
    d = ev.evaluate(
        "listing",
        {
            "id": "a",
            "category": "cosmetics",
            "title": "化粧水",
            "description": "肌荒れを防ぐ。アトピーが治る",
        },
    )
    assert "ex.pmd.disease-claim" not in [h.policy_id for h in d.hits]


def test_related_records_nested_dotted_or_separate(ev: RealtimeEvaluator) -> None:
    base = {"id": "a", "brand": "GUCCI", "price": 1000}
    nested = ev.evaluate("listing", {**base, "seller": {"seller_type": "individual"}})
    dotted = ev.evaluate("listing", {**base, "seller.seller_type": "individual"})
    separate = ev.evaluate("listing", base, {"seller": {"seller_type": "individual"}})
    none = ev.evaluate("listing", base)
    ids = [[h.policy_id for h in d.hits] for d in (nested, dotted, separate, none)]
    assert ids[0] == ids[1] == ids[2] == ["ex.brand.counterfeit-price"]
    assert ids[3] == []


def test_statuses_override_and_shadow(ev: RealtimeEvaluator) -> None:
    pack = ev.pack
    knife = {"id": "k", "category": "knife", "title": "牛刀", "blade_length_cm": 27.0}
    (hit,) = ev.evaluate("listing", knife).hits
    assert hit.status == "shadow"
    assert ev.evaluate("listing", knife).enforced == ()
    promoted = RealtimeEvaluator(pack, statuses={"ex.knife.long-blade": "active"})
    assert promoted.evaluate("listing", knife).enforced[0].status == "active"
    retired = RealtimeEvaluator(pack, statuses={"ex.knife.long-blade": "retired"})
    assert retired.evaluate("listing", knife).hits == ()


@pytest.mark.parametrize(
    "entity",
    [
        {"title": "no id"},
        {"id": "a", "price": "abc"},
        {"id": "a", "price": "1.5"},
        {"id": "a", "price": "nan"},
        {"id": "a", "price": "1,98"},
        {"id": 1.5},
        {"id": "a", "title": 12345},
        {"id": "a", "psc_mark": "maybe"},
        {"id": "a", "psc_mark": 2},
        {"id": "a", "created_at": "yesterday"},
        ["x"],
    ],
)
def test_bad_entities_raise_row_error(ev: RealtimeEvaluator, entity: object) -> None:
    with pytest.raises(RowError):
        ev.evaluate("listing", entity)  # type: ignore[arg-type]


def test_types_are_coerced(ev: RealtimeEvaluator) -> None:
    d = ev.evaluate(
        "listing",
        {
            "id": "a",
            "category": "knife",
            "blade_length_cm": 20,
            "created_at": "2026-01-02T03:04:05Z",
        },
    )
    assert [h.policy_id for h in d.hits] == ["ex.knife.long-blade"]


def test_unknown_kind_has_no_hits(ev: RealtimeEvaluator) -> None:
    assert ev.evaluate("review", {"id": "r"}).hits == ()


@pytest.mark.parametrize(
    "module",
    [
        "mamori.policy.parse",
        "mamori.policy.raw",
        "mamori.policy.serde",
        "mamori.policy.diff",
        "mamori.evaluate.decision",
        "mamori.evaluate.sqlsem",
        "mamori.errors",
    ],
)
def test_doctests(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0 and result.attempted > 0


@pytest.mark.parametrize(
    ("field", "raw", "value"),
    [
        ("id", 4, "4"),
        ("price", "1980", 1980),
        ("price", " 1,980 ", 1980),
        ("price", "１９８０", 1980),
        ("price", "1980.0", 1980),
        ("price", "-5", -5),
        ("seller_id", 12, "12"),
        ("list_price", "2e3", 2000),
        ("psc_mark", "yes", True),
        ("psc_mark", "FALSE", False),
        ("psc_mark", 1, True),
        ("psc_mark", "０", False),
    ],
)
def test_unambiguous_strings_and_numbers_are_accepted(
    field: str, raw: object, value: object
) -> None:
    """Real shop APIs send prices as strings and ids as integers; the meaning is clear."""
    from mamori.evaluate.rows import coerce_entity

    entity, _ = coerce_entity("listing", {"id": "a", field: raw})
    assert entity[field] == value
    assert type(entity[field]) is type(value)


def test_numeric_string_price_evaluates_like_the_number(ev: RealtimeEvaluator) -> None:
    as_text = ev.evaluate("listing", {"id": 7, "category": "knife", "blade_length_cm": "20"})
    as_number = ev.evaluate("listing", {"id": "7", "category": "knife", "blade_length_cm": 20})
    assert [h.policy_id for h in as_text.hits] == [h.policy_id for h in as_number.hits]
    assert as_text.hits and as_text.entity_id == "7"


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("2026-11-27T10:00:00+09:00", dt.datetime(2026, 11, 27, 1, 0)),
        ("2026/11/27 10:00", dt.datetime(2026, 11, 27, 10, 0)),
        ("2026/1/5", dt.datetime(2026, 1, 5)),
        ("２０２６年１１月２７日 9時5分", dt.datetime(2026, 11, 27, 9, 5)),
        ("2026/11/27 10:00:30.5", dt.datetime(2026, 11, 27, 10, 0, 30, 500000)),
        (1764205200, dt.datetime(2025, 11, 27, 1, 0)),  # Unix seconds
        (1764205200000, dt.datetime(2025, 11, 27, 1, 0)),  # Unix milliseconds
        ("1764205200", dt.datetime(2025, 11, 27, 1, 0)),  # … as a CSV cell
    ],
)
def test_times_as_shop_systems_send_them(raw: object, value: dt.datetime) -> None:
    from mamori.evaluate.rows import coerce_entity

    entity, _ = coerce_entity("listing", {"id": "a", "created_at": raw})
    assert entity["created_at"] == value


@pytest.mark.parametrize("raw", [12345, "2026/13/40", "next week", 1.5e15, True])
def test_times_that_are_not_times_are_bad_rows(raw: object) -> None:
    from mamori.evaluate.rows import RowError, coerce_entity

    with pytest.raises(RowError, match="created_at"):
        coerce_entity("listing", {"id": "a", "created_at": raw})
