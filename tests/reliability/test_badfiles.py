"""Malformed data files: bad rows reported, good rows kept (and the crashes found)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mamori.evaluate.rows import RowError, coerce_entity
from mamori.reliability import badfiles


@pytest.mark.slow  # three `mamori scan` processes, each loading the jp pack
def test_malformed_files_keep_good_rows(tmp_path: Path) -> None:
    res = badfiles.run_badfiles(tmp_path, good_rows=120, huge_mb=10)
    assert res.ok, "\n".join(res.failures)
    assert res.figures["bad rows reported"] >= 10


def test_deep_json_row_is_a_bad_row(tmp_path: Path) -> None:
    """Regression: a 5,000-deep JSON row raised RecursionError and stopped the scan."""
    from mamori.engines.sources import _rows

    f = tmp_path / "x.jsonl"
    f.write_text('{"id": "a", "title": ' + "[" * 5000 + "]" * 5000 + "}\n" + '{"id": "b"}\n')
    rows = list(_rows(f, "listing"))
    assert rows[0][1] is None and "deep" in str(rows[0][2])
    assert rows[1][1] == {"id": "b"}


@pytest.mark.parametrize("price", [10**400, -(2**63) - 1, 1e300])
def test_out_of_range_integers_are_bad_rows(price: float) -> None:
    """Regression: integers beyond 64 bits crashed Arrow batch building (OverflowError)."""
    with pytest.raises(RowError):
        coerce_entity("listing", {"id": "a", "price": price})


def test_int64_bounds_still_accepted() -> None:
    entity, _ = coerce_entity("listing", {"id": "a", "price": 2**63 - 1})
    assert entity["price"] == 2**63 - 1
    assert json.dumps(entity["price"])
