"""``mamori cases``: import findings as cases, list queues, show a case, open one by hand."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

cases_app = typer.Typer(
    help="ケース（調査・エスカレーション） / cases: investigations and escalations",
    no_args_is_help=True,
)


def _uow() -> Any:
    from mamori.settings import Settings
    from mamori.storage import db
    from mamori.storage.unit_of_work import UnitOfWork

    engine = db.make_engine(Settings().database_url)
    db.upgrade(engine)
    return UnitOfWork(db.session_factory(engine))


def _principal(uow: Any, username: str | None) -> Any:
    from sqlalchemy import select

    from mamori.services.identity import SYSTEM, Principal
    from mamori.storage.tables import users

    if not username:
        return SYSTEM
    with uow.read() as s:
        row = s.execute(select(users).where(users.c.username == username)).first()
    if row is None:
        typer.echo(f"ユーザー {username!r} がありません / no user {username!r}", err=True)
        raise typer.Exit(2)
    return Principal(row.id, row.username, row.role, row.seller_id)


@cases_app.command("import-findings")
def import_findings(
    file: Annotated[
        Path, typer.Argument(help="findings.parquet (or .jsonl)", exists=True, dir_okay=False)
    ],
    data: Annotated[
        Path | None,
        typer.Option("--data", help="data directory for exposure (GMV, followers, buyers)"),
    ] = None,
    as_user: Annotated[str | None, typer.Option("--as", help="act as this user (audit)")] = None,
) -> None:
    """Open one case per finding; re-importing the same file adds nothing."""
    from rich.progress import Progress

    from mamori.services import cases as svc

    rows = svc.read_findings(str(file))
    if data is None and (file.parent / "data").is_dir():
        data = file.parent / "data"  # a run directory: DIR/findings.parquet + DIR/data/
    exposure = svc.exposure_from_data_dir(str(data)) if data else None
    uow = _uow()
    principal = _principal(uow, as_user)
    created = existing = 0
    with Progress(transient=True, disable=not typer.get_text_stream("stderr").isatty()) as bar:
        task = bar.add_task("cases", total=len(rows))
        for start in range(0, len(rows), 500):
            chunk = rows[start : start + 500]
            with uow.begin() as s:
                res = svc.import_findings(s, chunk, principal, exposure)
            created += res.created
            existing += res.existing
            bar.advance(task, len(chunk))
    typer.echo(
        f"ケース作成 {created} 件、既存 {existing} 件 / created {created} cases, {existing} already existed"
    )


@cases_app.command("list")
def list_cases(
    queue: Annotated[str | None, typer.Option(help="queue (operations, specialist, …)")] = None,
    status: Annotated[list[str] | None, typer.Option(help="status filter (repeatable)")] = None,
    limit: Annotated[int, typer.Option(min=1, max=200)] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines")] = False,
) -> None:
    """The most urgent cases first."""
    from rich.console import Console
    from rich.table import Table

    from mamori.services import cases as svc
    from mamori.services.identity import SYSTEM

    uow = _uow()
    with uow.read() as s:
        page = svc.list_queue(
            s, SYSTEM, status=status or ["open", "escalated", "claimed"], queue=queue, limit=limit
        )
    if as_json:
        for r in page.rows:
            typer.echo(
                json.dumps(
                    {
                        "id": r.id,
                        "priority": f"P{r.priority}",
                        "status": r.status,
                        "queue": r.queue,
                        "title": r.title_en,
                        "sla": r.sla,
                        "due_at": r.due_at.isoformat(),
                    },
                    ensure_ascii=False,
                )
            )
        return
    table = Table("ID", "P", "status", "queue", "SLA", "title / 件名")
    for r in page.rows:
        table.add_row(
            str(r.id), f"P{r.priority}", r.status, r.queue, r.sla, f"{r.title_ja}\n{r.title_en}"
        )
    Console().print(table)


@cases_app.command("show")
def show(case_id: int) -> None:
    """One case as JSON: record, links, notes, evidence, timeline."""
    from mamori.services import cases as svc
    from mamori.services.identity import SYSTEM

    uow = _uow()
    with uow.read() as s:
        data = svc.get_case(s, case_id, SYSTEM)
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


@cases_app.command("open")
def open_case(
    title: Annotated[str, typer.Option(help="what to look at")],
    team: Annotated[
        str, typer.Option(help="operations | legal | business | product")
    ] = "operations",
    summary: Annotated[str, typer.Option()] = "",
    risk: Annotated[float, typer.Option(min=0, max=1)] = 0.5,
    seller_id: Annotated[str | None, typer.Option("--seller-id")] = None,
    as_user: Annotated[str | None, typer.Option("--as")] = None,
) -> None:
    """Open an internal escalation by hand (Legal, Business, Product)."""
    from mamori.cases import drafts
    from mamori.cases.model import Team
    from mamori.services import cases as svc

    uow = _uow()
    principal = _principal(uow, as_user)
    draft = drafts.internal(
        Team(team),
        title,
        summary,
        risk,
        "seller" if seller_id else None,
        seller_id,
        seller_id,
    )
    with uow.begin() as s:
        case_id, _ = svc.open_case(s, draft, principal)
    typer.echo(case_id)


def register(app: typer.Typer) -> None:
    """Add ``mamori cases …`` to ``app``."""
    app.add_typer(cases_app, name="cases")
