"""Run the same policies on the realtime and DuckDB engines and compare everything."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa

from mamori.engines.duckdb import DuckDBEngine
from mamori.engines.sources import input_schema, split_row
from mamori.errors import Span
from mamori.evaluate.realtime import RealtimeEvaluator
from mamori.policy import ast
from mamori.policy.check import CheckContext
from mamori.policy.check.types import infer
from mamori.policy.pack import DEFAULT_LADDER, Pack
from mamori.policy.parse import parse_condition
from mamori.policy.serde import policy_hash

LEXICONS = {
    "d.disease": "糖尿病\nがん|癌|ガン\n花粉症\nアトピー\n",
    "d.cure": "治る|治す\n改善\n予防\n効く|利く\n",
    "d.allowed": "肌荒れを防ぐ\nうるおいを与える\n",
    "d.slim": "痩せる|やせる\nダイエット\n",
}
LISTS = {"d.brands": "GUCCI\nシャネル\nApple\n"}


def write_text_files(root: Path) -> tuple[dict[str, Path], dict[str, Path]]:
    (root / "lexicons").mkdir(parents=True, exist_ok=True)
    (root / "lists").mkdir(exist_ok=True)
    lex, lists = {}, {}
    for name, text in LEXICONS.items():
        lex[name] = root / "lexicons" / f"{name}.txt"
        lex[name].write_text(text, encoding="utf-8")
    for name, text in LISTS.items():
        lists[name] = root / "lists" / f"{name}.txt"
        lists[name].write_text(text, encoding="utf-8")
    return lex, lists


CTX = CheckContext(lexicons=frozenset(LEXICONS), lists=frozenset(LISTS))


def typed(sql: str, kind: str = "listing") -> ast.Expr | None:
    tree, diags = parse_condition(sql)
    if tree is None or diags:
        return None
    t, more = infer(tree, kind, CTX)
    return None if more else t


def policy(i: int, when: ast.Expr, sql: str, kind: str = "listing") -> ast.Policy:
    p = ast.Policy(
        id=f"d.p{i}",
        version=1,
        applies_to=kind,
        status="active",
        family=None,
        title=ast.Text("t", "t"),
        when=when,
        when_sql=sql,
        severity="low",
        action="label",
        points=0,
        legal_basis=(),
        reason=ast.Text("「{evidence}」", "{evidence}"),
        examples=ast.Examples(),
        source=Span("<gen>", 1, 1),
    )
    object.__setattr__(p, "hash", policy_hash(p))
    return p


def make_pack(
    root: Path, policies: list[ast.Policy], lex: dict[str, Path], lists: dict[str, Path]
) -> Pack:
    # The hash keys the compiled text matcher cache: same lexicons → same matcher.
    return Pack(
        path=root,
        policies=tuple(policies),
        lexicon_files=lex,
        list_files=lists,
        laws={},
        ladder=DEFAULT_LADDER,
        hash="differential-lexicons-v1",
    )


def run_both(
    pack: Pack, rows: list[dict[str, Any]], kind: str = "listing"
) -> tuple[list[Any], list[Any]]:
    """(realtime, duckdb) hits as sorted (entity_id, policy_id, evidence) tuples."""
    rt = RealtimeEvaluator(pack)
    realtime = []
    for row in rows:
        entity, related = split_row(kind, row)
        for p, ev in rt.raw_hits(kind, entity, related):
            realtime.append(
                (entity["id"], p.id, tuple((e.field, e.text, e.start, e.end) for e in ev))
            )
    schema = input_schema(kind)
    table = pa.Table.from_pylist([{n: r.get(n) for n in schema.names} for r in rows], schema=schema)
    db = DuckDBEngine(pack).scan(table, kind)
    batch = [
        (
            r["entity_id"],
            r["policy_id"],
            tuple((e["field"], e["text"], e["start"], e["end"]) for e in r["evidence"]),
        )
        for r in db.to_pylist()
    ]
    return sorted(realtime), sorted(batch)
