"""``mamori synth``, ``mamori demo`` and ``mamori report``.

The demo strings the capabilities together (generate → scan → discover → report); each
step that another part of mamori provides is looked up at run time and reported as
unavailable when it does not exist yet, never faked.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

SCALE_HELP = "tiny · small (seconds) · medium (1 M orders) · large (10 M orders) / 規模"


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("synth")(synth)
    app.command("demo")(demo)
    app.command("report")(report)


def synth(
    out: Annotated[Path, typer.Option("-o", "--out", help="output data directory / 出力先")],
    scale: Annotated[str, typer.Option("--scale", help=SCALE_HELP)] = "small",
    seed: Annotated[int, typer.Option("--seed", help="random seed / 乱数シード")] = 0,
    sellers: Annotated[
        int | None, typer.Option("--sellers", help="number of sellers / 出店者数")
    ] = None,
    listings: Annotated[
        int | None, typer.Option("--listings", help="number of listings / 出品数")
    ] = None,
    orders: Annotated[
        int | None, typer.Option("--orders", help="number of orders / 注文数")
    ] = None,
) -> None:
    """Generate a synthetic Japanese marketplace with ground-truth labels. / 合成マーケットプレイスを生成します。"""
    from mamori.synth.config import SynthConfig

    try:
        cfg = SynthConfig.for_scale(
            scale, seed=seed, sellers=sellers, listings=listings, orders=orders
        )
    except ValueError as e:
        raise typer.BadParameter(str(e)) from e
    summary = _generate_with_progress(out, cfg)
    _print_synth_summary(summary)


def _generate_with_progress(out: Path, cfg: Any) -> Any:
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from mamori.synth.generate import generate

    console = Console(stderr=True)
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
        TimeElapsedColumn(),
        console=console,
        disable=not console.is_terminal,
        transient=True,
    ) as bar:
        tasks: dict[str, Any] = {}

        def progress(step: str, fraction: float) -> None:
            if step not in tasks:
                tasks[step] = bar.add_task(f"{step} / 生成中", total=1.0)
            bar.update(tasks[step], completed=fraction)

        return generate(out, cfg, progress=progress)


def _print_synth_summary(summary: Any) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(title=f"synthetic marketplace / 合成データ → {summary.out_dir}")
    t.add_column("table / テーブル")
    t.add_column("rows / 行数", justify="right")
    for name, n in summary.rows.items():
        t.add_row(name, f"{n:,}")
    t.add_row(
        "labels",
        f"{sum(summary.labels.values()):,} ({', '.join(f'{k} {v}' for k, v in summary.labels.items())})",
    )
    Console().print(t)


def demo(
    out: Annotated[
        Path, typer.Option("-o", "--out", help="run directory / 実行ディレクトリ")
    ] = Path("mamori-demo"),
    seed: Annotated[int, typer.Option("--seed", help="random seed / 乱数シード")] = 0,
) -> None:
    """Generate, scan, backtest, discover and report on a small marketplace. / 合成データでデモを実行します。"""
    raise typer.Exit(_run_demo(out, seed))


def _run_demo(out: Path, seed: int) -> int:
    """Run every capability that exists; return the exit code (0 unless a step failed)."""
    import json
    import time

    from rich.console import Console
    from rich.table import Table

    from mamori.synth.config import SynthConfig
    from mamori.synth.generate import read_manifest

    console = Console()
    out.mkdir(parents=True, exist_ok=True)
    data = out / "data"
    cfg = SynthConfig.for_scale("small", seed=seed)
    steps: list[tuple[str, str, str]] = []  # (step, status, detail)
    failed = False
    state_path = out / "demo.json"
    state: dict[str, Any] = json.loads(state_path.read_text("utf-8")) if state_path.exists() else {}

    t0 = time.perf_counter()
    manifest = read_manifest(data)
    if manifest is not None and manifest.get("config") == cfg.to_dict():
        steps.append(("synth / 合成データ", "reused / 再利用", str(data)))
    else:
        state = {}
        summary = _generate_with_progress(data, cfg)
        steps.append(
            (
                "synth / 合成データ",
                "ok",
                f"{summary.rows['listings']:,} listings, {summary.rows['orders']:,} orders ({time.perf_counter() - t0:.1f} s)",
            )
        )

    hits_path = out / "hits.parquet"
    scan = _demo_scan(data, hits_path, state)
    steps.append(scan)
    failed |= scan[1] == "failed / 失敗"

    bt = _demo_backtest(data, hits_path, out / "backtest.json", state, scan[1])
    steps.append(bt)
    failed |= bt[1] == "failed / 失敗"

    enf = _demo_enforce(out, data, hits_path, state, scan[1])
    steps.append(enf)
    failed |= enf[1] == "failed / 失敗"

    findings_path = out / "findings.parquet"
    disc = _demo_discover(data, hits_path, findings_path, state, scan[1])
    steps.append(disc)
    failed |= disc[1] == "failed / 失敗"

    report_path = out / "report.html"
    try:
        from mamori.reports.html import render_run

        render_run(out, report_path, ladder=_ladder("jp"))
        steps.append(("report / レポート", "ok", str(report_path)))
    except Exception as e:  # report the failure, keep the other results
        steps.append(("report / レポート", "failed / 失敗", f"{type(e).__name__}: {e}"))
        failed = True
    state_path.write_text(json.dumps(state, indent=2, sort_keys=True) + "\n", encoding="utf-8")

    table = Table(title=f"mamori demo → {out}  ({time.perf_counter() - t0:.1f} s)")
    table.add_column("step / 手順")
    table.add_column("status / 状態")
    table.add_column("detail / 詳細", overflow="fold")
    for step, status, detail in steps:
        colour = (
            "green"
            if status in ("ok", "reused / 再利用")
            else ("red" if "failed" in status else "yellow")
        )
        table.add_row(step, f"[{colour}]{status}[/{colour}]", detail)
    console.print(table)
    if report_path.exists():
        console.print(f"レポート / report: [bold]{report_path.resolve()}[/bold]", soft_wrap=True)
    return 1 if failed else 0


def _demo_scan(data: Path, hits_path: Path, state: dict[str, Any]) -> tuple[str, str, str]:
    """Scan the listings with the Japan pack on DuckDB, if the engine and pack exist."""
    import time

    step = "scan / スキャン (jp pack, DuckDB)"
    try:
        from mamori.engines.duckdb import DuckDBEngine  # type: ignore[import-not-found,unused-ignore]
        from mamori.policy import load_pack  # type: ignore[attr-defined,unused-ignore]
    except ImportError as e:
        return (step, "unavailable / 未実装", f"the DuckDB engine is not installed yet ({e.name})")
    try:
        pack = load_pack("jp")
    except Exception as e:
        return (
            step,
            "unavailable / 未実装",
            f"the Japan pack did not load: {type(e).__name__}: {str(e)[:200]}",
        )
    if hits_path.exists() and state.get("pack_hash") == pack.hash:
        return (step, "reused / 再利用", str(hits_path))
    t = time.perf_counter()
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq

        engine = DuckDBEngine(pack)
        tables = []
        for entity in _scan_entities(pack):
            hits = engine.scan_data_dir(data, entity=entity)
            tables.append(_with_entity_type(hits, entity))
        hits_all = pa.concat_tables(tables, promote_options="default") if tables else None
        if hits_all is None:
            return (step, "unavailable / 未実装", "the pack has no policies")
        pq.write_table(hits_all, hits_path, compression="zstd")
    except Exception as e:
        return (step, "failed / 失敗", f"{type(e).__name__}: {str(e)[:300]}")
    state["pack_hash"] = pack.hash
    state.pop("findings", None)
    return (
        step,
        "ok",
        f"{hits_all.num_rows:,} hits → {hits_path} ({time.perf_counter() - t:.1f} s)",
    )


def _scan_entities(pack: Any) -> list[str]:
    """Entity kinds the pack has policies for, in a stable order."""
    kinds: set[str] = set()
    for p in pack.policies:
        applies = p.applies_to
        if isinstance(applies, str):
            kinds.add(applies)
        else:
            kinds.update(applies)
    order = ["listing", "creator_post", "seller", "review", "order"]
    return [k for k in order if k in kinds] + sorted(kinds - set(order))


def _with_entity_type(hits: Any, entity: str) -> Any:
    import pyarrow as pa

    if "entity_type" in hits.schema.names:
        return hits
    return hits.append_column("entity_type", pa.array([entity] * hits.num_rows, pa.string()))


def _demo_backtest(
    data: Path, hits_path: Path, result_path: Path, state: dict[str, Any], scan_status: str
) -> tuple[str, str, str]:
    """Score the scan against the generator's labels and simulate the penalty ladder."""
    import json
    import time

    step = "backtest / バックテスト"
    if not hits_path.exists():
        return (step, "unavailable / 未実装", "needs hits.parquet from the scan")
    try:
        import pyarrow.parquet as pq

        from mamori.policy import load_pack  # type: ignore[attr-defined,unused-ignore]
        from mamori.services import backtest as bt
    except ImportError as e:
        return (step, "unavailable / 未実装", f"the backtest is not installed yet ({e.name})")
    if result_path.exists() and state.get("backtest") == "done" and scan_status != "ok":
        return (step, "reused / 再利用", str(result_path))
    t = time.perf_counter()
    try:
        pack = load_pack("jp")
        result = bt.compute(
            bt.policy_meta(pack),
            pq.read_table(hits_path),
            data,
            None,
            bt.thresholds_of(pack),
            pack_name="jp",
            pack_hash=str(getattr(pack, "hash", "")),
        )
        result_path.write_text(
            json.dumps(result.to_dict(), ensure_ascii=False, default=str) + "\n", encoding="utf-8"
        )
    except Exception as e:
        return (step, "failed / 失敗", f"{type(e).__name__}: {str(e)[:300]}")
    state["backtest"] = "done"
    suspended = getattr(result, "sellers_suspended", 0)
    return (
        step,
        "ok",
        f"{len(result.policies)} policies scored; {suspended} sellers would cross suspension "
        f"({time.perf_counter() - t:.1f} s)",
    )


def _demo_enforce(
    out: Path, data: Path, hits_path: Path, state: dict[str, Any], scan_status: str
) -> tuple[str, str, str]:
    """Record decisions and actions (penalty ladder included) in ``DIR/mamori.db``."""
    import json
    import time

    step = "enforce / 執行 (SQLite)"
    if not hits_path.exists():
        return (step, "unavailable / 未実装", "needs hits.parquet from the scan")
    try:
        import duckdb
        from sqlalchemy import func, select

        from mamori.policy import load_pack  # type: ignore[attr-defined,unused-ignore]
        from mamori.services.enforce_batch import enforce_file
        from mamori.storage import db
        from mamori.storage.tables import actions
        from mamori.storage.unit_of_work import UnitOfWork
    except ImportError as e:
        return (step, "unavailable / 未実装", f"enforcement is not installed yet ({e.name})")
    summary_path = out / "enforcement.json"
    db_path = out / "mamori.db"
    if summary_path.exists() and state.get("enforce") == "done" and scan_status != "ok":
        return (step, "reused / 再利用", str(db_path))
    t = time.perf_counter()
    try:
        db_path.unlink(missing_ok=True)  # a fresh ledger for these hits
        engine = db.make_engine(f"sqlite:///{db_path}")
        db.upgrade(engine)
        uow = UnitOfWork(db.session_factory(engine))
        pack = load_pack("jp")
        split = out / ".enforce"
        split.mkdir(exist_ok=True)
        con = duckdb.connect()
        src = str(hits_path).replace("'", "''")
        kinds = [
            r[0]
            for r in con.execute(
                f"SELECT DISTINCT entity_type FROM read_parquet('{src}') ORDER BY 1"
            ).fetchall()
        ]
        totals: dict[str, int] = {"entities": 0, "decisions": 0, "actions": 0}
        for kind in kinds:
            part = split / f"hits-{kind}.parquet"
            con.execute(
                f"COPY (SELECT * FROM read_parquet('{src}') WHERE entity_type = ?) TO '{part}' (FORMAT parquet)",
                [kind],
            )
            rep = enforce_file(uow, part, pack, entity=kind, data_dir=data, webhooks=False)
            totals["entities"] += rep.entities
            totals["decisions"] += rep.decisions_new
            totals["actions"] += rep.actions_new
        con.close()
        import shutil

        shutil.rmtree(split, ignore_errors=True)
        with uow.read() as session:
            by_type = {
                str(a): int(n)
                for a, n in session.execute(
                    select(actions.c.type, func.count())
                    .group_by(actions.c.type)
                    .order_by(actions.c.type)
                )
            }
            by_trigger = {
                str(a): int(n)
                for a, n in session.execute(
                    select(actions.c.trigger, func.count())
                    .group_by(actions.c.trigger)
                    .order_by(actions.c.trigger)
                )
            }
        engine.dispose()
        summary_path.write_text(
            json.dumps(
                {
                    **totals,
                    "actions_by_type": by_type,
                    "actions_by_trigger": by_trigger,
                    "database": str(db_path),
                },
                ensure_ascii=False,
                indent=2,
            )
            + "\n",
            encoding="utf-8",
        )
    except Exception as e:
        return (step, "failed / 失敗", f"{type(e).__name__}: {str(e)[:300]}")
    state["enforce"] = "done"
    ladder = by_trigger.get("ladder", 0)
    return (
        step,
        "ok",
        f"{totals['decisions']:,} decisions, {totals['actions']:,} actions ({ladder} from the ladder) → {db_path} ({time.perf_counter() - t:.1f} s)",
    )


def _demo_discover(
    data: Path, hits_path: Path, findings_path: Path, state: dict[str, Any], scan_status: str
) -> tuple[str, str, str]:
    import time

    step = "discover / リスク発見"
    try:
        from mamori.services import discovery as svc
    except ImportError as e:
        return (step, "unavailable / 未実装", f"discovery is not installed yet ({e.name})")
    if findings_path.exists() and state.get("findings") == "done" and scan_status != "ok":
        return (step, "reused / 再利用", str(findings_path))
    t = time.perf_counter()
    try:
        table = svc.discover(data, hits=hits_path if hits_path.exists() else None)
        svc.write_findings(table, findings_path)
    except Exception as e:
        return (step, "failed / 失敗", f"{type(e).__name__}: {str(e)[:300]}")
    state["findings"] = "done"
    return (
        step,
        "ok",
        f"{table.num_rows:,} findings → {findings_path} ({time.perf_counter() - t:.1f} s)",
    )


def report(
    run_dir: Annotated[
        Path, typer.Argument(help="run directory (hits.parquet, data/) / 実行ディレクトリ")
    ],
    out: Annotated[Path | None, typer.Option("-o", "--out", help="HTML file / 出力HTML")] = None,
    pack: Annotated[
        str, typer.Option("--pack", help="pack whose penalty ladder is drawn / 違反点数の基準")
    ] = "jp",
) -> None:
    """Render a self-contained HTML report of a run. / HTMLレポートを作成します。"""
    from mamori.reports.html import render_run

    target = out or run_dir / "report.html"
    try:
        render_run(run_dir, target, ladder=_ladder(pack))
    except FileNotFoundError as e:
        typer.echo(str(e), err=True)
        raise typer.Exit(2) from e
    typer.echo(str(target))


def _ladder(pack_ref: str) -> list[tuple[int, str]]:
    """The pack's ladder thresholds, or none if the pack cannot be loaded."""
    try:
        from mamori.policy import load_pack  # type: ignore[attr-defined,unused-ignore]

        ladder = load_pack(pack_ref).ladder
    except Exception:  # the chart simply has no threshold lines
        return []
    return [(int(t.points), str(t.action)) for t in ladder.thresholds]
