"""The Japan pack on DuckDB over the synthetic marketplace finds what was planted.

Recall is measured per label: an entity counts as found when a hit of the labelled
family lands on it. Look-alikes are permitted wording, so hits on them are false
positives. Phrasings the pack does not cover yet are listed in ``KNOWN_GAPS`` with what
is missing; those families are checked in their own (non-strict xfail) test, so a pack
improvement shows up as XPASS and the gap can be removed from the list.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from mamori.synth import vocab
from mamori.synth.generate import SynthSummary

Tally = dict[tuple[str, str, str], list[int]]  # (kind, entity_type, family) → [planted, found]

# History: on 2026-11-27 the first pack missed swords by blade length, approved quasi-drugs'
# over-claims, 「食べても太らない」 and claims spoken in posts; all are covered since.
KNOWN_GAPS: dict[str, str] = {
    # family: what the pack does not cover yet, e.g.
    # "knife": "刀剣類 by blade length (刃付き 西洋剣 ≥ 15 cm)",
}


def _scan(data: Path) -> pa.Table:
    from mamori.engines.duckdb import DuckDBEngine
    from mamori.policy import load_pack

    pack = load_pack("jp")
    engine = DuckDBEngine(pack)
    tables = []
    for kind in sorted({p.applies_to for p in pack.policies}):
        t = engine.scan_data_dir(data, entity=kind)
        tables.append(t.append_column("entity_type", pa.array([kind] * t.num_rows, pa.string())))
    return pa.concat_tables(tables, promote_options="permissive")


@pytest.fixture(scope="module")
def tally(small_data: tuple[Path, SynthSummary]) -> Tally:
    d, _ = small_data
    hits = _scan(d).select(["entity_type", "entity_id", "family"]).to_pylist()
    found = {(h["entity_type"], h["entity_id"], h["family"]) for h in hits}
    out: Tally = defaultdict(lambda: [0, 0])
    for lab in pq.read_table(d / "labels.parquet").to_pylist():
        if lab["kind"] in ("violation", "lookalike"):
            key = (lab["kind"], lab["entity_type"], lab["family"])
            out[key][0] += 1
            out[key][1] += (lab["entity_type"], lab["entity_id"], lab["family"]) in found
    return out


def _rate(tally: Tally, kind: str, families: set[str] | None = None) -> float:
    sel = [
        v for (k, _, fam), v in tally.items() if k == kind and (families is None or fam in families)
    ]
    return sum(v[1] for v in sel) / max(1, sum(v[0] for v in sel))


def _table(tally: Tally) -> str:
    return "\n".join(
        f"{k:9} {et:12} {fam:22} {v[1]:3}/{v[0]:3}" for (k, et, fam), v in sorted(tally.items())
    )


@pytest.mark.slow
def test_planted_violations_are_found(tally: Tally) -> None:
    covered = set(vocab.ALL_FAMILIES) - set(KNOWN_GAPS)
    assert _rate(tally, "violation", covered) >= 0.9, _table(tally)
    for fam in covered:
        assert _rate(tally, "violation", {fam}) >= 0.75, f"{fam}\n{_table(tally)}"
    assert _rate(tally, "violation") >= 0.9, _table(tally)


@pytest.mark.slow
def test_lookalikes_are_rarely_flagged(tally: Tally) -> None:
    assert _rate(tally, "lookalike") <= 0.15, _table(tally)


if KNOWN_GAPS:

    @pytest.mark.slow
    @pytest.mark.parametrize(
        "family",
        [
            pytest.param(f, marks=pytest.mark.xfail(reason=f"pack gap: {why}", strict=False))
            for f, why in KNOWN_GAPS.items()
        ],
    )
    def test_known_gaps(tally: Tally, family: str) -> None:
        assert _rate(tally, "violation", {family}) >= 0.9, _table(tally)
