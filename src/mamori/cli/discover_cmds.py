"""``mamori discover``: run the risk detectors over a data directory."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("discover")(discover)


def discover(
    data_dir: Annotated[Path, typer.Argument(help="Contracts data directory (<table>.parquet)")],
    output: Annotated[Path, typer.Option("-o", "--output", help="findings Parquet file")] = Path(
        "findings.parquet"
    ),
    only: Annotated[
        list[str] | None,
        typer.Option("--only", help="run only this finding kind (repeatable)"),
    ] = None,
    engine: Annotated[str, typer.Option("--engine", help="duckdb | spark")] = "duckdb",
    spark_master: Annotated[
        str | None, typer.Option("--spark-master", help="Spark master URL (default local[*])")
    ] = None,
    hits: Annotated[
        Path | None, typer.Option("--hits", help="hits.parquet (default: found beside DATA_DIR)")
    ] = None,
    features_out: Annotated[
        Path | None,
        typer.Option(
            "--features-out",
            help="also write the sellers' risk features (Parquet) for feature() in policies: "
            "mamori scan --features FILE",
        ),
    ] = None,
) -> None:
    """リスク発見 / Find risks: seller risk, anomalies, trend breaks, emerging terms, policy
    gaps, duplicate waves, account rings and review fraud → findings.parquet."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from mamori.errors import MamoriError
    from mamori.services import discovery as svc

    console = Console(stderr=True)
    kinds = list(only) if only else None
    counts: dict[str, int] = {}
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
        disable=not console.is_terminal,
    ) as bar:
        tasks: dict[str, Any] = {}

        def progress(kind: str, event: str, info: dict[str, Any]) -> None:
            if event == "start":
                tasks[kind] = bar.add_task(f"{kind} …", total=1)
            else:
                counts[kind] = int(info["findings"])
                bar.update(
                    tasks[kind],
                    completed=1,
                    description=f"{kind}: {info['findings']} 件 / findings ({info['seconds']:.1f} s)",
                )

        try:
            opts: dict[str, Any] = {
                "only": kinds,
                "engine": engine,
                "progress": progress,
                "hits": hits,
                "spark_master": spark_master,
            }
            feats = None
            if features_out is None:
                table = svc.discover(data_dir, **opts)
            else:  # one run: the ranked seller table feeds both
                table, feats = svc.discover_with_features(data_dir, **opts)
        except MamoriError as e:
            console.print(f"[red]error:[/red] {e}")
            raise typer.Exit(2) from e
    svc.write_findings(table, output)
    if features_out is not None and feats is not None:
        svc.write_findings(feats, features_out)
        typer.echo(
            f"{feats.num_rows} sellers' risk features → {features_out} "
            f"/ 出品者 {feats.num_rows} 件のリスク特徴量"
        )
    summary = Table(title="発見 / findings")
    summary.add_column("kind")
    summary.add_column("count", justify="right")
    for k, n in counts.items():
        summary.add_row(k, str(n))
    console.print(summary)
    typer.echo(f"{table.num_rows} findings → {output}")
