"""``mamori backtest``, ``mamori policy …``, ``mamori monitor``, ``mamori coverage``.

Who acts: lifecycle transitions are recorded against a person, so ``mamori policy``
needs an identity — ``--key`` (or ``MAMORI_API_KEY``), an API key resolved exactly as
the HTTP API does, or ``--as USER`` (or ``MAMORI_USER``), a user that must exist in the
database, for operators with direct database access (the same trust as ``mamori db``).
The role of that user decides what is allowed; the four-eyes rule compares usernames.
``mamori monitor`` runs as the built-in ``system`` principal unless told otherwise, since
it is meant for cron.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

policy_app = typer.Typer(
    help="ポリシーのライフサイクル / policy lifecycle: promote, approve, activate, retire, list, show",
    no_args_is_help=True,
)

PackOpt = Annotated[
    str | None,
    typer.Option("--pack", help="pack directory or built-in name (default: MAMORI_PACK, jp)"),
]
AsOpt = Annotated[
    str | None,
    typer.Option("--as", envvar="MAMORI_USER", help="act as this existing user (operators)"),
]
KeyOpt = Annotated[
    str | None,
    typer.Option("--key", envvar="MAMORI_API_KEY", help="act as the owner of this API key"),
]


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(message, err=True)
    return typer.Exit(code)


def _uow() -> Any:
    from mamori.settings import Settings
    from mamori.storage import db
    from mamori.storage.unit_of_work import UnitOfWork

    engine = db.make_engine(Settings().database_url)
    db.upgrade(engine)
    return UnitOfWork(db.session_factory(engine))


def _pack(pack: str | None) -> Any:
    from mamori.errors import DiagnosticsError
    from mamori.policy import load_pack
    from mamori.settings import Settings

    try:
        return load_pack(pack or Settings().pack)
    except DiagnosticsError as exc:
        raise _fail(str(exc), 2) from None


def _principal(uow: Any, as_user: str | None, key: str | None, *, required: bool) -> Any:
    from sqlalchemy import select

    from mamori.services.identity import SYSTEM, Principal, authenticate_key
    from mamori.storage.tables import users

    if key:
        with uow.read() as s:
            p = authenticate_key(s, key)
        if p is None:
            raise _fail("API キーが無効です / invalid API key", 2)
        return p
    if as_user:
        with uow.read() as s:
            row = s.execute(select(users).where(users.c.username == as_user)).first()
        if row is None or row.disabled:
            raise _fail(f"ユーザー {as_user!r} がありません / no user {as_user!r}", 2)
        return Principal(row.id, row.username, row.role, row.seller_id)
    if required:
        raise _fail(
            "操作者を指定してください（--as USER または --key KEY） / "
            "say who acts: --as USER or --key KEY (MAMORI_USER, MAMORI_API_KEY)",
            2,
        )
    return SYSTEM


# ------------------------------------------------------------------------------ backtest


def backtest(
    data: Annotated[
        Path, typer.Option("--data", help="data directory (Contracts)", file_okay=False)
    ],
    pack: PackOpt = None,
    labels: Annotated[
        Path | None, typer.Option("--labels", help="labels.parquet (default: DATA/labels.parquet)")
    ] = None,
    against: Annotated[
        str | None,
        typer.Option(
            "--against", help="compare with this pack directory or git ref (HEAD~1, v1.2)"
        ),
    ] = None,
    engine: Annotated[str, typer.Option("--engine", help="duckdb | spark")] = "duckdb",
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML report")] = Path(
        "backtest.html"
    ),
    json_out: Annotated[
        Path | None, typer.Option("--json", help="write summary.json (Contracts format)")
    ] = None,
    record: Annotated[
        bool, typer.Option("--record", help="store the run in the database for the console")
    ] = False,
    as_user: AsOpt = None,
    key: KeyOpt = None,
) -> None:
    """バックテスト / Backtest a pack: volume, precision/recall with Wilson intervals, impact, diff."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from mamori.errors import MamoriError
    from mamori.reports.backtest import render_page
    from mamori.services import backtest as svc
    from mamori.settings import Settings

    if engine not in ("duckdb", "spark"):
        raise _fail(f"不明なエンジン {engine!r} / unknown engine {engine!r} (duckdb | spark)", 2)
    if not data.is_dir():
        raise _fail(f"データディレクトリがありません / no data directory: {data}", 2)
    uow: Any = None
    who: Any = None
    if record:  # check who records before the (long) run, not after
        uow = _uow()
        who = _principal(uow, as_user, key, required=False)
        if not who.can("backtests:run"):
            raise _fail(
                f"ロール {who.role} には backtests:run の権限がありません / "
                f"role {who.role} lacks the permission backtests:run",
                1,
            )
    err = Console(stderr=True)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as bar:
        tasks: dict[str, Any] = {}

        def progress(step: str, done: int, total: int) -> None:
            if step not in tasks:
                tasks[step] = bar.add_task(step, total=total)
            bar.update(tasks[step], completed=done, total=total)

        try:
            result = svc.run_backtest(
                pack or Settings().pack,
                data,
                labels=labels,
                against=against,
                engine=engine,
                progress=progress,
            )
        except MamoriError as exc:
            raise _fail(str(exc), 2) from None
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render_page(result), encoding="utf-8")
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        svc.write_summary(result, json_out)
    if record:
        with uow.begin() as s:
            svc.record_run(s, result, who.username, str(output))

    out = Console()
    t = Table(title=f"backtest {result.pack_name} ({result.pack_hash[:12]})")
    for col in ("policy", "v", "hits", "precision", "recall", "sellers", "GMV ¥"):
        t.add_column(col, justify="left" if col == "policy" else "right")

    def pct(x: float | None, ci: list[float]) -> str:
        return "–" if x is None else f"{100 * x:.1f}% [{100 * ci[0]:.0f}–{100 * ci[1]:.0f}]"

    for p in result.summary()["policies"]:
        t.add_row(
            p["policy_id"],
            str(p["policy_version"]),
            f"{p['hits']:,}",
            pct(p["precision"], p["precision_ci"]),
            pct(p["recall"], p["recall_ci"]),
            f"{p['sellers_affected']:,}",
            f"{p['gmv_affected']:,}",
        )
    out.print(t)
    out.print(
        f"対象出店者 / sellers affected: {result.sellers_affected:,} · "
        f"流通額 / GMV affected: ¥{result.gmv_affected:,} · "
        f"停止基準超え / crossing suspension: {result.sellers_suspended:,}"
    )
    if result.diff is not None:
        changed = [d for d in result.diff if d.status != "unchanged"]
        out.print(
            f"差分 / diff vs {result.against}: {len(changed)} policies changed, "
            f"+{sum(d.gained for d in changed)} / −{sum(d.lost for d in changed)} hits"
        )
    out.print(f"報告書 / report: {output}")


# ------------------------------------------------------------------------- transitions


def _transition(
    action: str,
    policy_id: str,
    pack: str | None,
    version: int | None,
    note: str | None,
    as_user: str | None,
    key: str | None,
) -> None:
    from mamori.errors import MamoriError
    from mamori.services import lifecycle

    uow = _uow()
    principal = _principal(uow, as_user, key, required=True)
    loaded = _pack(pack)
    from mamori.lifecycle.states import FourEyesError

    try:
        with uow.begin() as s:
            view = lifecycle.transition(
                s, principal, policy_id, action, pack=loaded, version=version, note=note
            )
    except FourEyesError as exc:
        with uow.begin() as s:
            lifecycle.record_refusal(s, principal, policy_id, action, exc)
        raise _fail(str(exc), 1) from None
    except MamoriError as exc:
        raise _fail(str(exc), 1) from None
    extra = (
        f" hash {view.activated_hash[:12]}" if action == "activate" and view.activated_hash else ""
    )
    typer.echo(
        f"{view.policy_id} v{view.version}: {view.state} "
        f"(live: {view.live or 'off'}) by {principal.username}{extra}"
    )


def _make(action: str, doc: str) -> Any:
    def command(
        policy_id: Annotated[str, typer.Argument(help="policy id, e.g. jp.pmd.disease-claim")],
        pack: PackOpt = None,
        version: Annotated[
            int | None, typer.Option("--version", help="policy version (default: the pack's)")
        ] = None,
        note: Annotated[
            str | None, typer.Option("--note", help="why (kept in the audit log)")
        ] = None,
        as_user: AsOpt = None,
        key: KeyOpt = None,
    ) -> None:
        _transition(action, policy_id, pack, version, note, as_user, key)

    command.__doc__ = doc
    command.__name__ = action
    return command


policy_app.command("promote")(
    _make(
        "promote",
        "シャドーへ / draft → shadow: evaluated live and recorded, never acting (policies:author).",
    )
)
policy_app.command("approve")(
    _make(
        "approve",
        "承認 / shadow → approved by a second person: approver ≠ author (policies:approve).",
    )
)
policy_app.command("activate")(
    _make("activate", "有効化 / approved → active; records the version hash (policies:activate).")
)
policy_app.command("retire")(
    _make("retire", "廃止 / → retired: no longer evaluated (policies:retire).")
)


@policy_app.command("list")
def policy_list(
    pack: PackOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """一覧 / Every policy with its lifecycle state and how the live pipeline treats it."""
    from rich.console import Console
    from rich.table import Table

    from mamori.services import lifecycle

    uow = _uow()
    loaded = _pack(pack)
    with uow.read() as s:
        views = lifecycle.policy_states(s, loaded)
    if as_json:
        typer.echo(json.dumps([v.to_dict() for v in views], ensure_ascii=False, indent=2))
        return
    t = Table(title="policies / ポリシー")
    for col in ("policy", "v", "state", "live", "author", "approved by", "hash"):
        t.add_column(col)
    for v in views:
        t.add_row(
            v.policy_id,
            str(v.version),
            v.state + ("" if v.managed else " (pack)"),
            v.live or "off",
            v.author or "",
            v.approved_by or "",
            (v.activated_hash or v.hash)[:12],
        )
    Console().print(t)


@policy_app.command("show")
def policy_show(
    policy_id: Annotated[str, typer.Argument(help="policy id")],
    pack: PackOpt = None,
) -> None:
    """詳細 / A policy's versions and its transition history (JSON)."""
    from mamori.errors import NotFoundError
    from mamori.services import lifecycle

    uow = _uow()
    loaded = _pack(pack)
    try:
        with uow.read() as s:
            info = lifecycle.show_policy(s, policy_id, loaded)
    except NotFoundError as exc:
        raise _fail(str(exc), 1) from None
    typer.echo(json.dumps(info, ensure_ascii=False, indent=2))


# ------------------------------------------------------------------------------ monitor


def monitor(
    days: Annotated[int, typer.Option("--days", help="days of metrics to recompute")] = 60,
    alert_days: Annotated[
        int, typer.Option("--alert-days", help="report alerts of the last N days")
    ] = 7,
    today: Annotated[
        str | None,
        typer.Option("--today", help="judge up to this day (YYYY-MM-DD; default: yesterday, UTC)"),
    ] = None,
    k: Annotated[float, typer.Option("--k", help="band half-width in robust SDs")] = 4.0,
    window: Annotated[int, typer.Option("--window", help="trailing days forming the band")] = 28,
    no_cases: Annotated[
        bool, typer.Option("--no-cases", help="store alerts, open no case")
    ] = False,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="write the alerts as JSON")
    ] = None,
    pack: Annotated[
        str | None,
        typer.Option("--pack", help="group shadow and active policies by this pack's families"),
    ] = None,
    as_user: AsOpt = None,
    key: KeyOpt = None,
) -> None:
    """監視 / Daily metrics per policy from the service database; alerts on volume and overturns."""
    from datetime import date

    from rich.console import Console
    from rich.table import Table

    from mamori.lifecycle.monitor import MonitorConfig
    from mamori.services import monitoring

    uow = _uow()
    principal = _principal(uow, as_user, key, required=False)
    cfg = MonitorConfig(window=window, k=k)
    from mamori.services import lifecycle

    families = lifecycle.families(_pack(pack)) if pack else None
    with uow.begin() as s:
        run = monitoring.run_monitor(
            s,
            principal,
            days=days,
            today=date.fromisoformat(today) if today else None,
            config=cfg,
            open_cases=not no_cases,
            alert_days=alert_days,
            families=families,
        )
    doc = run.to_dict()
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    con = Console()
    con.print(
        f"監視 / monitor: {len(doc['days'])} 日 / days, {len(run.metrics)} 行 / rows, "
        f"{len(run.alerts)} アラート / alerts ({len(run.new_alert_ids)} new)"
    )
    if run.alerts:
        t = Table(title="alerts / アラート")
        for col in ("day", "policy", "kind", "observed", "band", "case", "message"):
            t.add_column(col)
        for a in doc["alerts"]:
            t.add_row(
                a["day"],
                a["policy_id"],
                a["kind"],
                f"{a['observed']:g}",
                f"{a['band'][0]:.1f}–{a['band'][1]:.1f}",
                str(a["case_id"] or ""),
                f"{a['message']['ja']} / {a['message']['en']}",
            )
        con.print(t)
    if run.shadow:
        t = Table(title=f"shadow vs active / シャドーと本番の差（直近{alert_days}日）")
        for col in ("family", "active hits", "shadow hits", "delta"):
            t.add_column(col)
        totals: dict[str, list[int]] = {}
        for d in run.shadow:
            acc = totals.setdefault(d.family, [0, 0])
            acc[0] += d.active_hits
            acc[1] += d.shadow_hits
        for fam, (act, sha) in sorted(totals.items()):
            t.add_row(fam, str(act), str(sha), f"{sha - act:+d}")
        con.print(t)


# ----------------------------------------------------------------------------- coverage


def coverage(
    pack: PackOpt = None,
    market: Annotated[
        str | None, typer.Option("--market", help="only this market's obligations (e.g. jp)")
    ] = None,
    hits: Annotated[
        Path | None,
        typer.Option("--hits", help="volume from a scan's hits.parquet instead of monitoring"),
    ] = None,
    days: Annotated[int, typer.Option("--days", help="monitoring days counted as recent")] = 30,
    json_out: Annotated[Path | None, typer.Option("--json", help="write the map as JSON")] = None,
    no_db: Annotated[bool, typer.Option("--no-db", help="pack only: no states, no volume")] = False,
) -> None:
    """網羅状況 / Obligations in laws.yaml → policies citing them and their recent volume; the gaps."""
    from rich.console import Console
    from rich.table import Table

    from mamori.services import lifecycle

    loaded = _pack(pack)
    volume: dict[str, int] | None = None
    if hits is not None:
        import pyarrow.parquet as pq

        col = pq.read_table(hits, columns=["policy_id"]).column("policy_id").to_pylist()
        volume = {}
        for pid in col:
            volume[pid] = volume.get(pid, 0) + 1
    if no_db:
        cmap = lifecycle.coverage_for(loaded, market=market, volume=volume)
    else:
        uow = _uow()
        with uow.read() as s:
            cmap = lifecycle.coverage_for(
                loaded, session=s, market=market, days=days, volume=volume
            )
    doc = cmap.to_dict()
    if json_out is not None:
        json_out.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    con = Console()
    t = Table(title=f"coverage / 網羅状況 {market or 'all markets'}: {100 * cmap.ratio:.0f}%")
    for col in ("obligation", "law / article", "duty", "policies", "volume"):
        t.add_column(col)
    for c in cmap.obligations:
        o = c.obligation
        t.add_row(
            o.id,
            f"{o.law_ja} {o.article}",
            o.duty_ja or o.duty_en,
            ", ".join(c.policies) if c.policies else "[red]— none / なし[/red]",
            str(c.volume),
        )
    con.print(t)
    if cmap.uncited_policies:
        con.print(
            "根拠のないポリシー / policies citing no obligation: "
            + ", ".join(cmap.uncited_policies)
        )
    for pid, ids in sorted(cmap.unknown_citations.items()):
        con.print(f"[yellow]未知の根拠 / unknown citation[/yellow] {pid}: {', '.join(ids)}")


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("backtest")(backtest)
    app.command("monitor")(monitor)
    app.command("coverage")(coverage)
    app.add_typer(policy_app, name="policy")
