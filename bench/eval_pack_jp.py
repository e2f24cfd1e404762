"""Score the Japan pack on hand-written ad texts: precision and recall per family.

The evaluation set (``tests/data/jp_ads_eval.jsonl``) is kept apart from the policies'
own examples, so these figures say how the pack generalises to phrasings it was not
written against. Each row names the families it should trigger; a hit of any policy of a
family counts for that family.

Figures reported:

* precision / recall per family, on the hand-written rows (violations, permitted
  look-alikes and ordinary listings; evasion variants are scored separately);
* recall on violations — the share of expected (row, family) pairs that are hit;
* false-positive rate on permitted wording — permitted rows with any unexpected hit;
* evasion consistency — every evasion variant is caught (for every family) whenever its
  original is;
* realtime vs DuckDB — both engines give identical hits and evidence on every row.

Run ``python -m bench.eval_pack_jp`` (``--markdown`` prints the tables for
docs/pack-jp.md, ``--misses`` lists the rows that were not scored correctly).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "jp_ads_eval.jsonl"
BASE_KINDS = ("violation", "permitted", "compliant")


@dataclass(frozen=True, slots=True)
class RowResult:
    """One evaluated row: what was expected and which families and policies hit."""

    id: str
    kind: str
    entity_type: str
    expected: frozenset[str]
    families: frozenset[str]
    policies: tuple[str, ...]
    evasion_of: str | None = None
    split: str = "tune"

    @property
    def unexpected(self) -> frozenset[str]:
        return self.families - self.expected

    @property
    def missed(self) -> frozenset[str]:
        return self.expected - self.families


@dataclass(slots=True)
class FamilyScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass(slots=True)
class Report:
    """Every figure of one evaluation run."""

    rows: int
    families: dict[str, FamilyScore]
    violation_recall: float
    violation_pairs: int
    row_recall: float
    permitted_fp_rate: float
    permitted_rows: int
    compliant_fp_rate: float
    compliant_rows: int
    evasion_consistency: float
    evasion_recall: float
    evasion_rows: int
    inconsistent_evasions: list[str] = field(default_factory=list)
    engines_identical: bool | None = None
    engine_differences: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "families": {
                k: {
                    "tp": v.tp,
                    "fp": v.fp,
                    "fn": v.fn,
                    "precision": v.precision,
                    "recall": v.recall,
                }
                for k, v in sorted(self.families.items())
            },
            "violation_recall": self.violation_recall,
            "violation_pairs": self.violation_pairs,
            "row_recall": self.row_recall,
            "permitted_fp_rate": self.permitted_fp_rate,
            "permitted_rows": self.permitted_rows,
            "compliant_fp_rate": self.compliant_fp_rate,
            "compliant_rows": self.compliant_rows,
            "evasion_consistency": self.evasion_consistency,
            "evasion_recall": self.evasion_recall,
            "evasion_rows": self.evasion_rows,
            "inconsistent_evasions": self.inconsistent_evasions,
            "engines_identical": self.engines_identical,
            "engine_differences": self.engine_differences[:20],
        }


def load_rows(path: str | Path = DATA) -> list[dict[str, Any]]:
    with Path(path).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def with_keys(row: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The entity and related records, with join keys filled in so batch joins find them.

    Realtime evaluation receives related records directly; the DuckDB engine joins them
    on ``seller_id`` / ``listing_id``, so the keys are derived from the row id here.
    """
    entity = dict(row["entity"])
    related = {k: dict(v) for k, v in (row.get("related") or {}).items()}
    if "seller" in related:
        related["seller"].setdefault("id", f"{entity['id']}-seller")
        entity["seller_id"] = related["seller"]["id"]
    if "listing" in related:
        related["listing"].setdefault("id", f"{entity['id']}-listing")
        entity["listing_id"] = related["listing"]["id"]
    return entity, related


def evaluate_realtime(rows: Sequence[Mapping[str, Any]], pack: Any) -> list[RowResult]:
    """Evaluate every row with the realtime engine."""
    from mamori.evaluate.realtime import RealtimeEvaluator

    ev = RealtimeEvaluator(pack)
    out: list[RowResult] = []
    for row in rows:
        entity, related = with_keys(row)
        decision = ev.evaluate(row["entity_type"], entity, related)
        out.append(
            RowResult(
                id=row["id"],
                kind=row["kind"],
                entity_type=row["entity_type"],
                expected=frozenset(row["expected"]),
                families=frozenset(h.family for h in decision.hits if h.family),
                policies=tuple(sorted(h.policy_id for h in decision.hits)),
                evasion_of=row.get("evasion_of"),
                split=row.get("split", "tune"),
            )
        )
    return out


def realtime_hits(rows: Sequence[Mapping[str, Any]], pack: Any) -> dict[tuple[str, str], list[Any]]:
    """(entity id, policy id) → evidence, from the realtime engine."""
    from mamori.evaluate.realtime import RealtimeEvaluator

    ev = RealtimeEvaluator(pack)
    hits: dict[tuple[str, str], list[Any]] = {}
    for row in rows:
        entity, related = with_keys(row)
        for h in ev.evaluate(row["entity_type"], entity, related).hits:
            hits[(row["id"], h.policy_id)] = sorted(
                json.dumps(e.to_dict(), ensure_ascii=False, sort_keys=True) for e in h.evidence
            )
    return hits


def duckdb_hits(rows: Sequence[Mapping[str, Any]], pack: Any) -> dict[tuple[str, str], list[Any]]:
    """(entity id, policy id) → evidence, from the DuckDB batch engine (one scan per kind)."""
    import pyarrow as pa

    from mamori.engines.duckdb import DuckDBEngine
    from mamori.entities import RELATED, arrow_schema

    engine = DuckDBEngine(pack)
    hits: dict[tuple[str, str], list[Any]] = {}
    by_kind: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for row in rows:
        by_kind[row["entity_type"]].append(row)
    for kind, krows in by_kind.items():
        schema = arrow_schema(kind)
        entities: list[dict[str, Any]] = []
        related: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        for row in krows:
            entity, rel = with_keys(row)
            entities.append({f.name: entity.get(f.name) for f in schema})
            for prefix, rec in rel.items():
                if prefix == "price":  # joined on listing_id (one summary per listing)
                    rec = {**rec, "listing_id": entity["id"]}
                    related[prefix][entity["id"]] = rec
                else:
                    related[prefix][rec["id"]] = rec
        source = pa.Table.from_pylist(entities, schema=schema)
        rel_tables: dict[str, Any] = {}
        for prefix, recs in related.items():
            rschema = (
                arrow_schema(RELATED[kind][prefix].kind)
                if RELATED[kind][prefix].kind in _kinds()
                else None
            )
            fields = [f.name for f in RELATED[kind][prefix].fields]
            if prefix == "price":
                fields = ["listing_id", *fields]
            table_rows = [{k: r.get(k) for k in fields} for r in recs.values()]
            if rschema is not None:
                rel_tables[prefix] = pa.Table.from_pylist(table_rows, schema=rschema)
            else:
                rel_tables[prefix] = _price_table(table_rows)
        result = engine.scan(source, entity=kind, related=rel_tables or None)
        for rec in result.to_pylist():
            hits[(rec["entity_id"], rec["policy_id"])] = sorted(
                json.dumps(e, ensure_ascii=False, sort_keys=True) for e in rec["evidence"]
            )
    return hits


def _kinds() -> frozenset[str]:
    from mamori.entities import SCHEMAS

    return frozenset(SCHEMAS)


def _price_table(rows: list[dict[str, Any]]) -> Any:
    import pyarrow as pa

    from mamori.entities import PRICE_SUMMARY, arrow_type

    fields = [pa.field("listing_id", pa.string())] + [
        pa.field(f.name, arrow_type(f.type)) for f in PRICE_SUMMARY.fields
    ]
    return pa.Table.from_pylist(rows, schema=pa.schema(fields))


def compare_engines(rows: Sequence[Mapping[str, Any]], pack: Any) -> list[str]:
    """Differences between realtime and DuckDB hits (empty when identical)."""
    rt = realtime_hits(rows, pack)
    db = duckdb_hits(rows, pack)
    diffs: list[str] = []
    for key in sorted(set(rt) | set(db)):
        if key not in db:
            diffs.append(f"{key[0]} {key[1]}: realtime only")
        elif key not in rt:
            diffs.append(f"{key[0]} {key[1]}: duckdb only")
        elif rt[key] != db[key]:
            diffs.append(f"{key[0]} {key[1]}: evidence differs")
    return diffs


def score(results: Sequence[RowResult]) -> Report:
    """Every figure of the report from evaluated rows (pure, so tests can feed it)."""
    families: dict[str, FamilyScore] = defaultdict(FamilyScore)
    base = [r for r in results if r.kind in BASE_KINDS]
    for r in base:
        for f in r.expected | r.families:
            s = families[f]
            if f in r.expected and f in r.families:
                s.tp += 1
            elif f in r.families:
                s.fp += 1
            else:
                s.fn += 1
    violations = [r for r in base if r.kind == "violation"]
    pairs = sum(len(r.expected) for r in violations)
    caught = sum(len(r.expected & r.families) for r in violations)
    row_caught = sum(1 for r in violations if r.expected & r.families)
    permitted = [r for r in base if r.kind == "permitted"]
    compliant = [r for r in base if r.kind == "compliant"]
    by_id = {r.id: r for r in results}
    evasions = [r for r in results if r.kind == "evasion"]
    inconsistent: list[str] = []
    ev_pairs = ev_caught = 0
    for r in evasions:
        orig = by_id.get(r.evasion_of or "")
        ev_pairs += len(r.expected)
        ev_caught += len(r.expected & r.families)
        if orig is None:
            continue
        needed = orig.families & orig.expected
        if not needed <= r.families:
            inconsistent.append(
                f"{r.id}: original caught {sorted(needed)}, variant {sorted(r.families)}"
            )
    return Report(
        rows=len(results),
        families=dict(families),
        violation_recall=caught / pairs if pairs else 1.0,
        violation_pairs=pairs,
        row_recall=row_caught / len(violations) if violations else 1.0,
        permitted_fp_rate=sum(1 for r in permitted if r.unexpected) / len(permitted)
        if permitted
        else 0.0,
        permitted_rows=len(permitted),
        compliant_fp_rate=sum(1 for r in compliant if r.unexpected) / len(compliant)
        if compliant
        else 0.0,
        compliant_rows=len(compliant),
        evasion_consistency=1 - len(inconsistent) / len(evasions) if evasions else 1.0,
        evasion_recall=ev_caught / ev_pairs if ev_pairs else 1.0,
        evasion_rows=len(evasions),
        inconsistent_evasions=inconsistent,
    )


def run(
    path: str | Path = DATA, engines: bool = True, split: str | None = None
) -> tuple[Report, list[RowResult]]:
    from mamori.policy import load_pack

    pack = load_pack("jp")
    rows = [r for r in load_rows(path) if split is None or r.get("split") == split]
    results = evaluate_realtime(rows, pack)
    report = score(results)
    if engines:
        report.engine_differences = compare_engines(rows, pack)
        report.engines_identical = not report.engine_differences
    return report, results


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}%"


def render(report: Report, markdown: bool = False) -> str:
    lines: list[str] = []
    if markdown:
        lines += [
            "| family | TP | FP | FN | precision | recall |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for fam, s in sorted(report.families.items()):
            lines.append(
                f"| `{fam}` | {s.tp} | {s.fp} | {s.fn} | {_pct(s.precision)} | {_pct(s.recall)} |"
            )
        lines.append("")
    else:
        lines.append(f"{'family':24} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>8}")
        for fam, s in sorted(report.families.items()):
            lines.append(
                f"{fam:24} {s.tp:4} {s.fp:4} {s.fn:4} {_pct(s.precision):>10} {_pct(s.recall):>8}"
            )
    summary = [
        ("rows evaluated", str(report.rows)),
        (
            "recall on violations (row × family)",
            f"{_pct(report.violation_recall)} of {report.violation_pairs}",
        ),
        ("violating rows with ≥1 expected family hit", _pct(report.row_recall)),
        (
            "false positives on permitted wording",
            f"{_pct(report.permitted_fp_rate)} of {report.permitted_rows} rows",
        ),
        (
            "false positives on ordinary listings",
            f"{_pct(report.compliant_fp_rate)} of {report.compliant_rows} rows",
        ),
        (
            "evasion consistency",
            f"{_pct(report.evasion_consistency)} of {report.evasion_rows} variants",
        ),
        ("recall on evasion variants", _pct(report.evasion_recall)),
        (
            "realtime = DuckDB",
            "not run"
            if report.engines_identical is None
            else ("yes" if report.engines_identical else "NO"),
        ),
    ]
    if markdown:
        lines += ["| measure | value |", "|---|---|"] + [f"| {k} | {v} |" for k, v in summary]
    else:
        lines += [""] + [f"{k:45} {v}" for k, v in summary]
    return "\n".join(lines)


def render_splits(results: Sequence[RowResult], markdown: bool = False) -> str:
    """Headline figures per split: rows tuned against vs rows held out."""
    splits = sorted({r.split for r in results}, key=lambda s: (s != "tune", s))
    head = (
        "split",
        "rows",
        "recall on violations",
        "FP on permitted",
        "FP on ordinary",
        "evasion consistency",
    )
    lines = []
    if markdown:
        lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    else:
        lines.append(
            f"{head[0]:10} {head[1]:>5} {head[2]:>22} {head[3]:>16} {head[4]:>15} {head[5]:>20}"
        )
    for sp in splits:
        rep = score([r for r in results if r.split == sp])
        cells = (
            sp,
            str(rep.rows),
            f"{_pct(rep.violation_recall)} of {rep.violation_pairs}",
            f"{_pct(rep.permitted_fp_rate)} of {rep.permitted_rows}",
            f"{_pct(rep.compliant_fp_rate)} of {rep.compliant_rows}",
            f"{_pct(rep.evasion_consistency)} of {rep.evasion_rows}",
        )
        if markdown:
            lines.append("| " + " | ".join(cells) + " |")
        else:
            lines.append(
                f"{cells[0]:10} {cells[1]:>5} {cells[2]:>22} {cells[3]:>16} {cells[4]:>15} {cells[5]:>20}"
            )
    return "\n".join(lines)


def misses(results: Iterable[RowResult]) -> list[str]:
    out = []
    for r in results:
        if r.missed or r.unexpected:
            out.append(
                f"{r.id:24} {r.kind:10} missed={sorted(r.missed)} unexpected={sorted(r.unexpected)} {list(r.policies)}"
            )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.eval_pack_jp", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--data", default=str(DATA), help="evaluation JSONL")
    parser.add_argument(
        "--no-engines", action="store_true", help="skip the realtime vs DuckDB comparison"
    )
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--misses", action="store_true", help="list rows not scored correctly")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    parser.add_argument("--split", help="score only rows of this split (tune, holdout, holdout2…)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    report, results = run(args.data, engines=not args.no_engines, split=args.split)
    print(render(report, markdown=args.markdown))
    if not args.split:
        print()
        print(render_splits(results, markdown=args.markdown))
    if args.misses:
        print()
        print("\n".join(misses(results)))
        for line in report.inconsistent_evasions:
            print("evasion:", line)
        for line in report.engine_differences:
            print("engines:", line)
    if args.json:
        Path(args.json).write_text(
            json.dumps(report.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
