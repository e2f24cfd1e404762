"""Property: any single edit, deletion or swap in the chain is found at the right record."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from mamori.storage.audit import GENESIS, AuditRecord, canonical_json, record_hash, verify_rows


def chain(n: int) -> list[AuditRecord]:
    out, prev = [], GENESIS
    for i in range(1, n + 1):
        at = datetime(2026, 1, 1) + timedelta(seconds=i)
        payload = canonical_json({"i": i, "note": "守り"})
        h = record_hash(i, at, "admin:root", "x", "thing", str(i), payload, prev)
        out.append(AuditRecord(i, at, "admin:root", "x", "thing", str(i), payload, prev, h))
        prev = h
    return out


@given(st.integers(2, 30), st.data())
def test_any_edit_found(n: int, data: st.DataObject) -> None:
    rows = chain(n)
    k = data.draw(st.integers(0, n - 1))
    field = data.draw(st.sampled_from(["actor", "action", "entity_id", "payload"]))
    rows[k] = replace(rows[k], **{field: getattr(rows[k], field) + "!"})
    r = verify_rows(rows)
    assert (r.ok, r.first_bad_seq, r.problem) == (False, k + 1, "edited")


@given(st.integers(3, 30), st.data())
def test_any_deletion_found(n: int, data: st.DataObject) -> None:
    rows = chain(n)
    k = data.draw(st.integers(0, n - 2))  # deleting the newest leaves a valid shorter chain
    del rows[k]
    r = verify_rows(rows)
    assert (r.ok, r.first_bad_seq, r.problem) == (False, k + 1, "deleted")


@given(st.integers(3, 30), st.data())
def test_any_swap_found(n: int, data: st.DataObject) -> None:
    rows = chain(n)
    i = data.draw(st.integers(0, n - 2))
    j = data.draw(st.integers(i + 1, n - 1))
    # Swap contents but keep the sequence numbers in place (rehashing nothing).
    a, b = rows[i], rows[j]
    rows[i] = replace(b, seq=a.seq)
    rows[j] = replace(a, seq=b.seq)
    r = verify_rows(rows)
    assert r.ok is False and r.first_bad_seq == i + 1


def test_intact_chain_ok() -> None:
    assert verify_rows(chain(10)).ok
