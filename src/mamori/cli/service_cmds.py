"""Service commands: serve, keys, users, db, enforce, audit, webhooks, transparency-report.

Each command parses, calls one service and prints; heavy imports stay inside commands so
``mamori --help`` stays fast. The database comes from ``--database-url`` or
``MAMORI_DATABASE_URL`` (default: the SQLite file ``mamori.db``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:  # pragma: no cover
    from mamori.storage.unit_of_work import UnitOfWork

DbUrl = Annotated[
    str | None,
    typer.Option("--database-url", help="SQLAlchemy URL (default: $MAMORI_DATABASE_URL)"),
]


def _settings(database_url: str | None = None, pack: str | None = None) -> Any:
    from mamori.settings import Settings

    s = Settings()
    updates: dict[str, Any] = {}
    if database_url:
        updates["database_url"] = database_url
    if pack:
        updates["pack"] = pack
    return s.model_copy(update=updates) if updates else s


def _uow(database_url: str | None, migrate: bool = True) -> UnitOfWork:
    from mamori.storage import db
    from mamori.storage.unit_of_work import UnitOfWork

    settings = _settings(database_url)
    engine = db.make_engine(settings.database_url)
    if migrate:
        db.upgrade(engine)
    return UnitOfWork(db.session_factory(engine))


def _fail(message: str, code: int = 2) -> None:
    typer.echo(message, err=True)
    raise typer.Exit(code)


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""

    @app.command("serve")
    def serve(
        pack: Annotated[str, typer.Option(help="pack name or directory")] = "jp",
        host: Annotated[str, typer.Option(help="bind address")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="TCP port")] = 8000,
        database_url: DbUrl = None,
        migrate: Annotated[bool, typer.Option(help="run `db upgrade` first")] = True,
        log_level: Annotated[str, typer.Option(help="uvicorn log level")] = "info",
        workers: Annotated[
            int, typer.Option(help="server processes (each group-commits its own decisions)")
        ] = 1,
    ) -> None:
        """HTTP API (OpenAPI docs at /docs) and console (/console/). 守りのAPIサーバ。"""
        import os

        import uvicorn

        from mamori.storage import db

        settings = _settings(database_url, pack)
        if migrate:
            db.upgrade(db.make_engine(settings.database_url))
        typer.echo(f"mamori serving on http://{host}:{port}  (docs: /docs, console: /console/)")
        if workers > 1:
            # Worker processes rebuild the app from the environment.
            os.environ["MAMORI_DATABASE_URL"] = settings.database_url
            os.environ["MAMORI_PACK"] = settings.pack
            uvicorn.run(
                "mamori.api.app:app_from_env",
                factory=True,
                host=host,
                port=port,
                workers=workers,
                log_level=log_level,
                access_log=False,
            )
            return
        from mamori.api.app import create_app

        uvicorn.run(
            create_app(settings), host=host, port=port, log_level=log_level, access_log=False
        )

    keys = typer.Typer(
        help="API keys (stored hashed; a key is shown once). APIキー。", no_args_is_help=True
    )
    app.add_typer(keys, name="keys")

    @keys.command("create")
    def keys_create(
        role: Annotated[
            str, typer.Option(help="viewer|analyst|reviewer|policy_admin|admin|seller")
        ],
        seller_id: Annotated[str | None, typer.Option(help="seller bound to a seller key")] = None,
        name: Annotated[str | None, typer.Option(help="a label for the key")] = None,
        username: Annotated[
            str | None, typer.Option(help="attach to this user (created if new)")
        ] = None,
        database_url: DbUrl = None,
    ) -> None:
        """Create a key; the key alone is printed on the last line. キーを発行。"""
        from mamori.services.identity import IdentityError, create_api_key

        uow = _uow(database_url)
        try:
            with uow.begin() as session:
                new = create_api_key(
                    session, role, seller_id=seller_id, name=name, username=username
                )
        except IdentityError as exc:
            _fail(str(exc))
            return
        typer.echo(
            f"created key {new.key_id} for {new.principal.username} (role {new.principal.role}"
            + (f", seller {new.principal.seller_id}" if new.principal.seller_id else "")
            + ")"
        )
        typer.echo(new.token)

    @keys.command("list")
    def keys_list(database_url: DbUrl = None) -> None:
        """List keys (never the keys themselves). キー一覧。"""
        from mamori.services.identity import list_api_keys

        with _uow(database_url).read() as session:
            for k in list_api_keys(session):
                typer.echo(
                    f"{k['key_id']}  {k['prefix']}…  {k['role']:<12} {k['seller_id'] or '-':<10} "
                    f"{k['name']}{'  (revoked)' if k['revoked'] else ''}"
                )

    @keys.command("revoke")
    def keys_revoke(key_id: str, database_url: DbUrl = None) -> None:
        """Revoke a key. キーを失効。"""
        from mamori.services.identity import revoke_api_key

        with _uow(database_url).begin() as session:
            if not revoke_api_key(session, key_id):
                _fail(f"キーがありません / no active key {key_id}", 1)
        typer.echo(f"revoked {key_id}")

    users = typer.Typer(
        help="Console users (argon2 passwords). コンソール利用者。", no_args_is_help=True
    )
    app.add_typer(users, name="users")

    @users.command("create")
    def users_create(
        username: str,
        role: Annotated[
            str, typer.Option(help="viewer|analyst|reviewer|policy_admin|admin|seller")
        ],
        seller_id: Annotated[str | None, typer.Option(help="for role seller")] = None,
        password: Annotated[
            str,
            typer.Option(
                prompt=True, hide_input=True, confirmation_prompt=True, help="login password"
            ),
        ] = "",
        database_url: DbUrl = None,
    ) -> None:
        """Create a console user with a password. 利用者を作成。"""
        from mamori.services.identity import IdentityError, create_user

        try:
            with _uow(database_url).begin() as session:
                p = create_user(session, username, role, password=password, seller_id=seller_id)
        except IdentityError as exc:
            _fail(str(exc))
            return
        typer.echo(f"created user {p.username} ({p.role})")

    @users.command("passwd")
    def users_passwd(
        username: str,
        password: Annotated[
            str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True)
        ] = "",
        database_url: DbUrl = None,
    ) -> None:
        """Set a user's password. パスワード変更。"""
        from mamori.services.identity import IdentityError, set_password

        try:
            with _uow(database_url).begin() as session:
                set_password(session, username, password)
        except IdentityError as exc:
            _fail(str(exc))
        typer.echo(f"password set for {username}")

    dbcmd = typer.Typer(help="Database schema (Alembic). データベース。", no_args_is_help=True)
    app.add_typer(dbcmd, name="db")

    @dbcmd.command("upgrade")
    def db_upgrade(
        revision: Annotated[str, typer.Argument(help="target revision")] = "heads",
        database_url: DbUrl = None,
    ) -> None:
        """Migrate the database to the latest schema. 最新スキーマへ移行。"""
        from mamori.storage import db

        engine = db.make_engine(_settings(database_url).database_url)
        db.upgrade(engine, revision)
        typer.echo("at " + ", ".join(sorted(db.current_revisions(engine))))

    @dbcmd.command("current")
    def db_current(database_url: DbUrl = None) -> None:
        """Print the database's current revision(s)."""
        from mamori.storage import db

        engine = db.make_engine(_settings(database_url).database_url)
        typer.echo(", ".join(sorted(db.current_revisions(engine))) or "(empty)")

    @app.command("enforce")
    def enforce(
        hits_file: Annotated[
            Path | None, typer.Argument(help="hits from `mamori scan` (.parquet/.csv/.jsonl)")
        ] = None,
        pack: Annotated[str, typer.Option(help="pack name or directory")] = "jp",
        entity: Annotated[str, typer.Option(help="entity kind of the hits")] = "listing",
        data: Annotated[
            Path | None, typer.Option(help="data directory, to find each entity's seller_id")
        ] = None,
        batch_size: Annotated[int, typer.Option(help="entities per transaction/checkpoint")] = 2000,
        sweep: Annotated[
            bool, typer.Option(help="also lift ladder actions whose points expired")
        ] = False,
        database_url: DbUrl = None,
    ) -> None:
        """Turn a scan's hits into decisions and actions (idempotent, resumable). 一括執行。"""
        from mamori.services.decisions import policy_statuses, reinstate_expired
        from mamori.services.enforce_batch import enforce_file

        if hits_file is None and not sweep:
            _fail("HITS_FILE か --sweep を指定してください / give HITS_FILE or --sweep")
        uow = _uow(database_url)
        if hits_file is not None:
            if not hits_file.exists():
                _fail(f"ファイルがありません / no such file: {hits_file}")
            from mamori.policy import load_pack

            pk = load_pack(pack)
            statuses = policy_statuses(uow, pk)
            report = _with_progress(
                "enforce",
                lambda progress: enforce_file(
                    uow,
                    hits_file,
                    pk,
                    entity=entity,
                    data_dir=data,
                    batch_size=batch_size,
                    statuses=statuses,
                    progress=progress,
                ),
            )
            typer.echo(json.dumps(report.to_dict(), ensure_ascii=False))
        if sweep:
            with uow.begin() as session:
                typer.echo(json.dumps({"sweep": reinstate_expired(session)}))

    auditcmd = typer.Typer(help="The hash-chained audit log. 監査ログ。", no_args_is_help=True)
    app.add_typer(auditcmd, name="audit")

    @auditcmd.command("verify")
    def audit_verify(
        anchor: Annotated[
            Path | None,
            typer.Option(
                "--anchor",
                help="anchor file from `mamori audit anchor`: also fail if the chain lost its tail",
            ),
        ] = None,
        database_url: DbUrl = None,
    ) -> None:
        """Recompute the chain; exit 1 naming the first edited/deleted/reordered record.

        With ``--anchor`` the chain must also still reach the anchored record with the same
        hash — the only way to notice that the newest records were deleted.
        """
        from mamori.services.audit import verify
        from mamori.storage.audit import Anchor

        anc = None
        if anchor is not None:
            try:
                anc = Anchor.from_dict(json.loads(anchor.read_text(encoding="utf-8")))
            except (OSError, ValueError) as e:  # JSONDecodeError is a ValueError
                typer.echo(
                    f"error: cannot read anchor {anchor}: {e} / アンカーを読めません", err=True
                )
                raise typer.Exit(2) from None
        report = verify(_uow(database_url, migrate=False), anc)
        if report.ok:
            reach = f"; reaches anchor record {anc.seq}" if anc is not None and anc.seq else ""
            typer.echo(f"ok: {report.checked} records, chain intact{reach} / 改ざんなし")
            return
        typer.echo(
            f"BROKEN at record {report.first_bad_seq} ({report.problem}): {report.message} "
            f"/ 記録 {report.first_bad_seq} で連鎖が壊れています",
            err=True,
        )
        raise typer.Exit(1)

    @auditcmd.command("anchor")
    def audit_anchor(
        output: Annotated[
            str, typer.Option("-o", "--output", help="anchor JSON file to write, or - for stdout")
        ],
        database_url: DbUrl = None,
    ) -> None:
        """Write the chain's head (seq, hash, time) as JSON, to keep outside the database.

        チェーンの先頭 (番号・ハッシュ・時刻) を JSON で書き出します。データベースの外
        (追記のみのストレージなど) に保管し、`audit verify --anchor` で末尾の削除を検出します。
        """
        from mamori.services.audit import anchor as take_anchor

        a = take_anchor(_uow(database_url, migrate=False))
        text = json.dumps(a.to_dict(), ensure_ascii=False, indent=2) + "\n"
        if output == "-":
            typer.echo(text, nl=False)
        else:
            Path(output).write_text(text, encoding="utf-8")
            typer.echo(
                f"anchor: record {a.seq} {a.hash[:16]}… → {output} / アンカーを保存", err=True
            )

    @auditcmd.command("tail")
    def audit_tail(
        limit: Annotated[int, typer.Option(help="records to show")] = 20,
        database_url: DbUrl = None,
    ) -> None:
        """Show the latest audit records."""
        from mamori.services.audit import recent

        for r in reversed(recent(_uow(database_url, migrate=False), limit)):
            typer.echo(
                f"{r['seq']:>8} {r['at']} {r['actor']:<24} {r['action']:<18} "
                f"{r['entity_type']}:{r['entity_id']}"
            )

    hooks = typer.Typer(
        help="Webhook outbox: deliver, redeliver, status. Webhook。", no_args_is_help=True
    )
    app.add_typer(hooks, name="webhooks")

    @hooks.command("deliver")
    def hooks_deliver(
        url: Annotated[
            str | None, typer.Option(help="receiver URL (default $MAMORI_WEBHOOK_URL)")
        ] = None,
        secret: Annotated[
            str | None, typer.Option(help="HMAC secret (default $MAMORI_WEBHOOK_SECRET)")
        ] = None,
        database_url: DbUrl = None,
    ) -> None:
        """Post every due event once (retries follow the backoff schedule)."""
        from mamori.services.webhooks import deliver_due

        s = _settings(database_url)
        url, secret = url or s.webhook_url, secret or s.webhook_secret
        if not url or not secret:
            _fail("URL と secret が必要です / webhook URL and secret are required")
            return
        typer.echo(json.dumps(deliver_due(_uow(database_url), url, secret)))

    @hooks.command("redeliver")
    def hooks_redeliver(
        outbox_id: Annotated[
            str | None, typer.Argument(help="one event id (default: all failed)")
        ] = None,
        include_delivered: Annotated[
            bool, typer.Option(help="also re-send delivered events")
        ] = False,
        database_url: DbUrl = None,
    ) -> None:
        """Queue failed events (or one event) again."""
        from mamori.services.webhooks import redeliver

        n = redeliver(_uow(database_url), "admin:cli", outbox_id, failed=not include_delivered)
        typer.echo(f"queued {n}")

    @hooks.command("status")
    def hooks_status(database_url: DbUrl = None) -> None:
        """Outbox counts and the latest delivery attempts."""
        from mamori.services.webhooks import outbox_status

        typer.echo(json.dumps(outbox_status(_uow(database_url), 20), ensure_ascii=False, indent=2))

    @app.command("transparency-report")
    def transparency_report(
        year: Annotated[int, typer.Option(help="calendar year (UTC)")],
        output: Annotated[Path, typer.Option("-o", "--output", help=".json, .md or .html")],
        database_url: DbUrl = None,
    ) -> None:
        """TFDPA annual report figures: actions, complaints, handling times. 透明化法の年次報告。"""
        from mamori.services.transparency import annual_report, render

        with _uow(database_url).read() as session:
            report = annual_report(session, year)
        output.write_text(render(report, str(output)), encoding="utf-8")
        typer.echo(
            f"wrote {output}: {report['actions']['total']} actions, "
            f"{report['complaints']['appeals_filed']} appeals in {year}"
        )


def _with_progress(label: str, fn: Any) -> Any:
    """Run ``fn(progress)`` with a rich progress bar on a terminal, silently otherwise."""
    if not sys.stderr.isatty():
        return fn(None)
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description} {task.completed:,} entities"),
        TimeElapsedColumn(),
    ) as bar:
        task = bar.add_task(label, total=None)
        return fn(lambda n: bar.advance(task, n))
