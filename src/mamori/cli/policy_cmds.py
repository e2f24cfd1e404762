"""``mamori check | test | scan | explain`` — the policy commands (contract in issue 2).

Thin: parse arguments, call the policy/engine layer, render. Heavy imports happen
inside the commands so ``mamori --help`` stays fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from mamori.errors import MamoriError

if TYPE_CHECKING:
    from mamori.policy.pack import Pack

ENGINES = ("realtime", "duckdb", "spark")


def _echo_err(msg: str) -> None:
    typer.echo(msg, err=True)


def _load(pack: str, out: Any = None) -> Pack | None:
    """Load a pack; print every diagnostic and return None on problems."""
    from mamori.errors import DiagnosticsError
    from mamori.policy import load_pack

    try:
        loaded = load_pack(pack)
    except DiagnosticsError as e:
        for d in e.diagnostics:
            typer.echo(d.format(), err=out is None)
        return None
    problems = _lexicon_diagnostics(loaded)  # the text layer's own checks of lexicons/lists
    for line in problems:
        typer.echo(line, err=out is None)
    return None if problems else loaded


def _lexicon_diagnostics(p: Pack) -> list[str]:
    """Problems the text layer finds in lexicons/lists (its parser is the authority)."""
    from mamori.errors import Diagnostic
    from mamori.text.lexicon import LexiconSet, ListSet

    diags: list[Diagnostic] = []
    if p.lexicon_files:
        LexiconSet.load_dir(next(iter(p.lexicon_files.values())).parent, diagnostics=diags)
    if p.list_files:
        ListSet.load_dir(next(iter(p.list_files.values())).parent, diagnostics=diags)
    return [d.format() for d in diags]


def check(
    paths: Annotated[list[str], typer.Argument(help="pack directories, policy files, or 'jp'")],
) -> None:
    """Check packs or policy files: exit 0 when valid, else one `file:line:col: error[CODE]` line per problem.

    パックまたはポリシーファイルを検査します。
    """
    from mamori.errors import DiagnosticsError
    from mamori.policy import load_pack

    failed = False
    for path in paths:
        try:
            p = load_pack(path)
        except DiagnosticsError as e:
            failed = True
            for d in e.diagnostics:
                typer.echo(d.format())
            continue
        problems = _lexicon_diagnostics(p)
        if problems:
            failed = True
            for line in problems:
                typer.echo(line)
            continue
        kinds = sorted({x.applies_to for x in p.policies})
        typer.echo(
            f"ok: {path} — {len(p.policies)} policies ({', '.join(kinds) or 'none'}), "
            f"{len(p.lexicon_files)} lexicons, {len(p.list_files)} lists, {len(p.laws)} laws / 問題なし"
        )
    raise typer.Exit(1 if failed else 0)


def test(
    paths: Annotated[list[str], typer.Argument(help="pack directories, policy files, or 'jp'")],
) -> None:
    """Run every policy's examples on both engines; exit 1 naming each failure.

    各ポリシーの examples をリアルタイムと DuckDB の両エンジンで実行します。
    """
    from mamori.engines.runner import run_examples

    failed = False
    for path in paths:
        p = _load(path, out=True)
        if p is None:
            failed = True
            continue
        report = run_examples(p)
        for line in report.failures:
            typer.echo(f"FAIL {line}")
        if report.failures:
            failed = True
        typer.echo(
            f"{'ok' if not report.failures else 'failed'}: {path} — {report.passed}/{report.total} examples passed"
            f" ({report.policies} policies) / 例 {report.passed}/{report.total} 件合格"
        )
    raise typer.Exit(1 if failed else 0)


def default_batch_size(workers: int) -> int:
    """Rows per batch when ``--batch-size`` is not given.

    One process keeps batches small (bounded memory, early progress). Workers get chunks of
    ``batch / workers`` rows, and each chunk pays a fixed cost (an Arrow file, a task, the
    hit query's ~20 ms per batch), so with workers a batch holds 16,384 rows per worker,
    the chunk size the benchmark measures.
    """
    return 8192 if workers <= 1 else 16384 * workers


def _field_map(items: list[str], entity: str) -> dict[str, str]:
    """``--map FIELD=SOURCE`` options as a mapping; exit 2 naming each bad one."""
    from mamori.engines.sources import mapping_problems

    mapping: dict[str, str] = {}
    problems = []
    for item in items:
        target, sep, source = item.partition("=")
        if not sep or not target.strip() or not source.strip():
            problems.append(f"--map {item!r}: expected FIELD=SOURCE, e.g. title=商品名")
            continue
        mapping[target.strip()] = source.strip()
    problems += [f"--map: {p}" for p in mapping_problems(entity, mapping)]
    for p in problems:
        _echo_err(f"error: {p} / --map の指定が不正です")
    if problems:
        raise typer.Exit(2)
    return mapping


def scan(
    input: Annotated[str, typer.Argument(help="entities: .jsonl, .csv or .parquet")],
    output: Annotated[
        str,
        typer.Option(
            "-o", "--output", help="hits: .jsonl, .csv, .parquet, or - for JSONL on stdout"
        ),
    ],
    pack: Annotated[
        str, typer.Option("--pack", help="pack directory, policy file, or 'jp'")
    ] = "jp",
    entity: Annotated[
        str, typer.Option("--entity", help="entity kind of the input rows")
    ] = "listing",
    engine: Annotated[str, typer.Option("--engine", help="realtime | duckdb | spark")] = "duckdb",
    spark_master: Annotated[
        str | None, typer.Option("--spark-master", help="Spark master URL (with --engine spark)")
    ] = None,
    batch_size: Annotated[
        int | None,
        typer.Option(
            "--batch-size",
            min=1,
            help="rows per batch (default 8192; 16384 per worker with --workers)",
        ),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            "--workers", help="processes for the text pass (duckdb engine); 2 uses both cores"
        ),
    ] = 1,
    max_field_bytes: Annotated[
        int,
        typer.Option(
            "--max-field-bytes",
            min=1,
            help="a text field larger than this (UTF-8 bytes) makes its row bad (JSONL/CSV)",
        ),
    ] = 1024 * 1024,
    field_map: Annotated[
        list[str] | None,
        typer.Option(
            "--map",
            help="FIELD=SOURCE: read an entity field from the input's own column or JSON "
            "path (title=商品名, price=price.amount); repeatable",
        ),
    ] = None,
    features: Annotated[
        str | None,
        typer.Option(
            "--features",
            help="sellers' risk features (mamori discover --features-out) for feature() in "
            "policies, joined by seller_id",
        ),
    ] = None,
) -> None:
    """Scan a table of entities: one output row per (entity, policy) hit.

    エンティティの表をスキャンし、ヒットごとに1行を出力します。
    """
    from mamori.entities import SCHEMAS

    if engine not in ENGINES:
        _echo_err(
            f"error: unknown engine {engine!r}; choose one of {', '.join(ENGINES)} / 不明なエンジン"
        )
        raise typer.Exit(2)
    if entity not in SCHEMAS:
        _echo_err(
            f"error: unknown entity {entity!r}; one of {', '.join(SCHEMAS)} / 不明なエンティティ"
        )
        raise typer.Exit(2)
    if not Path(input).exists():
        _echo_err(f"error: no such input file: {input} / 入力ファイルがありません")
        raise typer.Exit(2)
    mapping = _field_map(field_map or [], entity)
    p = _load(pack)
    if p is None:
        raise typer.Exit(1)
    from mamori.engines.runner import ScanStats, run_scan

    stats: ScanStats
    try:
        stats = run_scan(
            p,
            input,
            output,
            entity=entity,
            engine=engine,
            spark_master=spark_master,
            batch_size=batch_size or default_batch_size(workers),
            workers=workers,
            progress=sys.stderr.isatty(),
            report=_echo_err,
            max_field_bytes=max_field_bytes,
            features=features,
            field_map=mapping,
        )
    except ImportError as e:
        _echo_err(
            f"error: engine {engine!r} is not available here ({e}) / エンジンを利用できません"
        )
        raise typer.Exit(2) from None
    except (ValueError, OSError, MamoriError) as e:
        _echo_err(f"error: {e}")
        raise typer.Exit(2) from None
    _echo_err(
        f"scanned {stats.rows} rows with {engine}: {stats.hits} hits; {stats.bad} bad rows skipped"
        f" / {stats.rows} 行をスキャン、ヒット {stats.hits} 件、不正な行 {stats.bad} 件をスキップ"
    )
    if stats.bad and stats.rows == 0:
        raise typer.Exit(2)


def explain(
    file: Annotated[str, typer.Argument(help="one entity as a JSON object, or - for stdin")],
    pack: Annotated[
        str, typer.Option("--pack", help="pack directory, policy file, or 'jp'")
    ] = "jp",
    entity: Annotated[str, typer.Option("--entity", help="entity kind")] = "listing",
    all_statuses: Annotated[
        bool, typer.Option("--all", help="also evaluate draft/approved/retired policies")
    ] = False,
) -> None:
    """Explain the decision for one entity: each hit with its reason (ja/en) and evidence.

    1件のエンティティの判定を、理由（日英）と根拠とともに表示します。
    """
    from mamori.entities import SCHEMAS
    from mamori.evaluate.realtime import EVALUATED_STATUSES, RealtimeEvaluator
    from mamori.evaluate.rows import RowError

    if entity not in SCHEMAS:
        _echo_err(f"error: unknown entity {entity!r}; one of {', '.join(SCHEMAS)}")
        raise typer.Exit(2)
    from mamori.engines.sources import decode_document

    try:
        raw = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
        data = json.loads(decode_document(raw))
    except (OSError, ValueError) as e:  # JSONDecodeError and UnicodeDecodeError included
        _echo_err(f"error: cannot read {file}: {e} / 入力を読めません")
        raise typer.Exit(2) from None
    p = _load(pack)
    if p is None:
        raise typer.Exit(1)
    include = (
        frozenset({"draft", "shadow", "approved", "active", "retired"})
        if all_statuses
        else EVALUATED_STATUSES
    )
    ev = RealtimeEvaluator(p, include=include)
    try:
        decision = ev.evaluate(entity, data)
    except RowError as e:
        _echo_err(f"error: bad entity: {e} / 不正なエンティティ")
        raise typer.Exit(2) from None
    out = decision.to_dict()
    titles = {x.id: {"ja": x.title.ja, "en": x.title.en} for x in p.policies}
    for h in out["hits"]:
        h["title"] = titles.get(h["policy_id"])
    typer.echo(json.dumps(out, ensure_ascii=False, indent=2))


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("check")(check)
    app.command("test")(test)
    app.command("scan")(scan)
    app.command("explain")(explain)
