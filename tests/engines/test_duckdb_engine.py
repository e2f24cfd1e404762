"""The DuckDB engine end to end: formats, bad rows, streaming, data directories."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from mamori.engines.base import HIT_COLUMNS, hits_schema
from mamori.engines.duckdb import DuckDBEngine
from mamori.engines.runner import run_examples, run_scan
from mamori.entities import arrow_schema
from mamori.evaluate.realtime import RealtimeEvaluator
from mamori.policy import load_pack

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def pack():  # type: ignore[no-untyped-def]
    return load_pack(EXAMPLES)


def test_output_columns_follow_the_contract(pack) -> None:  # type: ignore[no-untyped-def]
    out = DuckDBEngine(pack).scan(EXAMPLES / "listings.jsonl")
    assert tuple(out.schema.names[: len(HIT_COLUMNS)]) == HIT_COLUMNS
    assert out.schema == hits_schema()
    assert out.num_rows > 10
    ev = [r for r in out.to_pylist() if r["evidence"]]
    assert all(set(e) == {"field", "text", "start", "end"} for r in ev for e in r["evidence"])


def test_every_example_passes_on_both_engines(pack) -> None:  # type: ignore[no-untyped-def]
    report = run_examples(pack)
    assert report.failures == []
    assert report.passed == report.total > 15


def test_evidence_points_into_the_original_field(pack) -> None:  # type: ignore[no-untyped-def]
    rows = [
        json.loads(x)
        for x in (EXAMPLES / "listings.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    by_id = {r["id"]: r for r in rows}
    out = DuckDBEngine(pack).scan(EXAMPLES / "listings.jsonl")
    for hit in out.to_pylist():
        for e in hit["evidence"]:
            assert by_id[hit["entity_id"]][e["field"]][e["start"] : e["end"]] == e["text"]


def test_formats_and_small_batches_give_the_same_hits(pack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = [
        json.loads(x)
        for x in (EXAMPLES / "listings.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    base = (
        DuckDBEngine(pack)
        .scan(EXAMPLES / "listings.jsonl")
        .select(["entity_id", "policy_id"])
        .to_pylist()
    )
    flat = []
    for r in rows:
        r = dict(r)
        for prefix in ("seller", "price"):
            if isinstance(r.get(prefix), dict):
                for k, v in r.pop(prefix).items():
                    r[f"{prefix}__{k}"] = v
        for k in [k for k in r if "." in k]:
            r[k.replace(".", "__")] = r.pop(k)
        flat.append(r)
    keys = sorted({k for r in flat for k in r})  # from_pylist infers the schema from row 1
    table = pa.Table.from_pylist([{k: r.get(k) for k in keys} for r in flat])
    pq.write_table(table, tmp_path / "in.parquet")
    small = DuckDBEngine(pack, batch_size=4)
    assert (
        small.scan(tmp_path / "in.parquet").select(["entity_id", "policy_id"]).to_pylist() == base
    )
    import csv

    with (tmp_path / "in.csv").open("w", encoding="utf-8", newline="") as fh:
        names = sorted({k for r in flat for k in r})
        w = csv.DictWriter(fh, fieldnames=names)
        w.writeheader()
        for r in flat:
            w.writerow({k: ("" if v is None else v) for k, v in r.items()})
    assert (
        DuckDBEngine(pack).scan(tmp_path / "in.csv").select(["entity_id", "policy_id"]).to_pylist()
        == base
    )


def test_bad_rows_are_reported_and_skipped(pack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "ok", "category": "food", "title": "がん予防に", "description": "x"}\n'
        "{not json\n"
        '{"title": "no id"}\n'
        '{"id": "t", "price": "cheap"}\n'
        "[1, 2]\n"
        '{"id": "missing-fields-are-null"}\n',
        encoding="utf-8",
    )
    messages: list[str] = []
    stats = run_scan(pack, src, tmp_path / "out.jsonl", report=messages.append)
    assert stats.rows == 2 and stats.bad == 4
    assert [m.split(":")[1] for m in messages] == ["2", "3", "4", "5"]
    assert "price" in messages[2]
    hits = [
        json.loads(x) for x in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert [h["entity_id"] for h in hits] == ["ok"]


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_outputs(pack, tmp_path: Path, suffix: str) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / f"hits{suffix}"
    stats = run_scan(pack, EXAMPLES / "listings.jsonl", out, engine="duckdb")
    assert stats.hits > 0
    if suffix == ".parquet":
        assert pq.read_table(out).num_rows == stats.hits
    elif suffix == ".csv":
        import csv

        rows = list(csv.DictReader(out.open(encoding="utf-8")))
        assert len(rows) == stats.hits
        assert isinstance(json.loads(rows[0]["evidence"]), list)  # evidence is a JSON string in CSV
    else:
        assert len(out.read_text(encoding="utf-8").splitlines()) == stats.hits


def test_realtime_and_duckdb_scans_are_identical(pack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run_scan(pack, EXAMPLES / "listings.jsonl", tmp_path / "a.jsonl", engine="duckdb")
    run_scan(pack, EXAMPLES / "listings.jsonl", tmp_path / "b.jsonl", engine="realtime")
    assert (tmp_path / "a.jsonl").read_text(encoding="utf-8") == (tmp_path / "b.jsonl").read_text(
        encoding="utf-8"
    )


def _write(path: Path, kind: str, rows: list[dict[str, object]]) -> None:
    schema = arrow_schema(kind)
    pq.write_table(
        pa.Table.from_pylist([{n: r.get(n) for n in schema.names} for r in rows], schema=schema),
        path,
    )


def test_scan_data_dir_joins_sellers_and_price_summaries(pack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _write(
        tmp_path / "listings.parquet",
        "listing",
        [
            {"id": "A", "seller_id": "S1", "brand": "GUCCI", "price": 3000, "list_price": 10000},
            {"id": "B", "seller_id": "S2", "brand": "GUCCI", "price": 3000, "list_price": 10000},
            {"id": "C", "seller_id": "S1", "price": 3000, "list_price": 10000},
        ],
    )
    _write(
        tmp_path / "sellers.parquet",
        "seller",
        [
            {"id": "S1", "seller_type": "individual"},
            {"id": "S2", "seller_type": "corporate"},
        ],
    )
    end = dt.date(2026, 11, 1)
    history = []
    for i in range(70):  # C was at its list price for 60 days before the window's end
        day = end - dt.timedelta(days=i)
        history.append({"id": f"hA{i}", "listing_id": "A", "price": 3000, "observed_on": day})
        history.append(
            {
                "id": f"hC{i}",
                "listing_id": "C",
                "price": 10000 if i < 60 else 3000,
                "observed_on": day,
            }
        )
    _write(tmp_path / "price_history.parquet", "price_history", history)
    out = DuckDBEngine(pack).scan_data_dir(tmp_path)
    got = sorted(
        (r["entity_id"], r["policy_id"]) for r in out.select(["entity_id", "policy_id"]).to_pylist()
    )
    assert ("A", "ex.brand.counterfeit-price") in got  # individual seller
    assert ("B", "ex.brand.counterfeit-price") not in got  # corporate seller
    assert ("A", "ex.premiums.fake-discount") in got  # never at list price
    assert ("B", "ex.premiums.fake-discount") in got  # no history → coalesce(…, 0)
    assert ("C", "ex.premiums.fake-discount") not in got  # 56 days at list price
    # realtime with the same related records agrees
    rt = RealtimeEvaluator(pack)
    d = rt.evaluate(
        "listing",
        {"id": "C", "seller_id": "S1", "price": 3000, "list_price": 10000},
        {"price": {"days_at_list_price_56d": 56}, "seller": {"seller_type": "individual"}},
    )
    assert "ex.premiums.fake-discount" not in [h.policy_id for h in d.hits]


def test_scan_with_related_tables(pack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    listings = pa.Table.from_pylist(
        [{"id": "A", "seller_id": "S1", "brand": "GUCCI", "price": 100}]
    )
    sellers = pa.Table.from_pylist([{"id": "S1", "seller_type": "individual"}])
    out = DuckDBEngine(pack).scan(listings, related={"seller": sellers})
    assert out.column("policy_id").to_pylist() == ["ex.brand.counterfeit-price"]


def test_statuses_override(pack) -> None:  # type: ignore[no-untyped-def]
    engine = DuckDBEngine(pack, statuses={"ex.contact.phone-in-text": "retired"})
    out = engine.scan(EXAMPLES / "listings.jsonl")
    assert "ex.contact.phone-in-text" not in out.column("policy_id").to_pylist()
    shadow = [r for r in out.to_pylist() if r["status"] == "shadow"]
    assert {r["policy_id"] for r in shadow} <= {"ex.knife.long-blade", "ex.quality.thin-sale"}


@pytest.mark.slow
def test_process_pool_gives_the_same_hits(pack) -> None:  # type: ignore[no-untyped-def]
    one = DuckDBEngine(pack, batch_size=4).scan(EXAMPLES / "listings.jsonl")
    two = DuckDBEngine(pack, batch_size=4, workers=2).scan(EXAMPLES / "listings.jsonl")
    assert one.equals(two)


def test_price_summary_days_since_list_price(tmp_path: Path) -> None:
    """The 8-week rule's third condition needs how long ago the reference price was last
    charged: 0 when it still is, NULL when never in the window."""
    import duckdb

    from mamori.engines.duckdb import price_summary_sql

    end = dt.date(2026, 11, 1)
    _write(
        tmp_path / "listings.parquet",
        "listing",
        [{"id": k, "price": 3000, "list_price": 10000} for k in ("now", "ended", "never")],
    )
    history = []
    for i in range(70):
        day = end - dt.timedelta(days=i)
        for lid, at_list in (("now", i < 3), ("ended", 20 <= i < 50), ("never", False)):
            history.append(
                {
                    "id": f"{lid}{i}",
                    "listing_id": lid,
                    "price": 10000 if at_list else 3000,
                    "observed_on": day,
                }
            )
    _write(tmp_path / "price_history.parquet", "price_history", history)
    con = duckdb.connect()
    con.execute(
        price_summary_sql(
            str(tmp_path / "listings.parquet"), str(tmp_path / "price_history.parquet")
        )
    )
    got = dict(
        con.sql("SELECT listing_id, days_since_list_price_56d FROM price_summary").fetchall()
    )
    assert got == {"now": 0, "ended": 20, "never": None}


def test_scan_data_dir_joins_seller_risk_features(tmp_path: Path) -> None:
    """``seller_risk.parquet`` in a data directory feeds ``feature(name)`` by seller_id."""
    root = Path(__file__).resolve().parents[2] / "examples"
    pack = load_pack(root)
    _write(
        tmp_path / "listings.parquet",
        "listing",
        [
            {"id": "A", "seller_id": "S1", "brand": "GUCCI", "price": 39800},
            {"id": "B", "seller_id": "S2", "brand": "GUCCI", "price": 39800},
        ],
    )
    pq.write_table(
        pa.table(
            {
                "seller_id": ["S1", "S2"],
                "refund_rate": [0.4, 0.01],
                "account_age_days": [10, 10],
            }
        ),
        tmp_path / "seller_risk.parquet",
    )
    out = DuckDBEngine(pack).scan_data_dir(tmp_path)
    got = [
        r["entity_id"] for r in out.to_pylist() if r["policy_id"] == "ex.seller.risky-seller-brand"
    ]
    assert got == ["A"]
