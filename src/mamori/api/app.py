"""``create_app(settings)``: the HTTP API (OpenAPI at ``/docs``) and the console.

The pack is loaded and compiled once here; the decision writer (group commit), the
webhook dispatcher and the reinstatement sweep run as background tasks of the app's
lifespan. Routes stay thin: authenticate, parse, call one service, render.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.types import Receive, Scope, Send

from mamori.api.fastpath import DecisionFastPath, error_detail, is_lean_request
from mamori.errors import MamoriError
from mamori.services.decisions import (
    DecisionWriter,
    Enforcer,
    Evaluation,
    StatusCache,
    reinstate_expired,
)
from mamori.services.runtime import ServiceState
from mamori.settings import Settings
from mamori.storage.db import make_engine, session_factory
from mamori.storage.unit_of_work import UnitOfWork

log = logging.getLogger("mamori.api")

# -- personal data never reaches the logs -----------------------------------------------

_MASKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"mk_[A-Za-z0-9_\-]{8,}"), "mk_***"),
    (re.compile(r"(?i)(bearer\s+)[A-Za-z0-9_\-\.]+"), r"\1***"),
    (re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"), "***@***"),
    (re.compile(r"(?<!\d)0\d{1,4}-?\d{1,4}-?\d{3,4}(?!\d)"), "0**-****-****"),
    (re.compile(r"〒?\d{3}-\d{4}"), "***-****"),
)


def mask_personal(text: str) -> str:
    """Mask API keys, bearer tokens, e-mail addresses, phone numbers and postcodes.

    >>> mask_personal("seller a@b.jp tel 03-1234-5678 key mk_abcdefghijk")
    'seller ***@*** tel 0**-****-**** key mk_***'
    """
    for pattern, repl in _MASKS:
        text = pattern.sub(repl, text)
    return text


class PersonalDataFilter(logging.Filter):
    """Applied to mamori's and uvicorn's log records before any handler formats them."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            msg = record.getMessage()
        except Exception:
            return True
        masked = mask_personal(msg)
        if masked != msg:
            record.msg, record.args = masked, None
        return True


def install_log_masking() -> None:
    flt = PersonalDataFilter()
    for name in ("mamori", "uvicorn", "uvicorn.access", "uvicorn.error", "sqlalchemy.engine"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, PersonalDataFilter) for f in logger.filters):
            logger.addFilter(flt)


# -- the app ----------------------------------------------------------------------------


def _load_pack(name: str) -> Any | None:
    try:
        from mamori.policy import load_pack
    except ImportError:  # pragma: no cover - policy layer missing in a partial build
        log.error("mamori.policy.load_pack unavailable; decisions are disabled")
        return None
    return load_pack(name)


def build_state(
    settings: Settings,
    *,
    pack: Any | None = None,
    evaluator: Any | None = None,
    load: bool = True,
) -> ServiceState:
    """Everything the routes need, without starting background tasks."""
    engine = make_engine(settings.database_url)
    uow = UnitOfWork(session_factory(engine))
    if pack is None and load:
        pack = _load_pack(settings.pack)
    state = ServiceState(settings=settings, engine=engine, uow=uow, pack=pack)
    state.evaluator = evaluator
    state.extras["enforcer"] = Enforcer.from_pack(pack)
    state.extras["webhooks"] = True
    state.extras["appeal_sla_days"] = 7
    if pack is not None:
        state.extras["evaluation"] = Evaluation(pack, evaluator)
        state.extras["statuses"] = StatusCache(uow, pack)
    return state


async def _every(seconds: float, fn: Any) -> None:
    while True:
        await asyncio.sleep(seconds)
        try:
            await asyncio.to_thread(fn)
        except Exception:
            log.exception("background task failed")


class MamoriAPI(FastAPI):
    """FastAPI with the lean decision path (``api.fastpath``) in front of its routing.

    ``fastpath = None`` turns the lean path off: every request then goes through FastAPI.
    """

    fastpath: DecisionFastPath | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.fastpath is not None and is_lean_request(scope):
            await self.fastpath(scope, receive, send, super().__call__)
            return
        await super().__call__(scope, receive, send)


def create_app(
    settings: Settings | None = None,
    *,
    pack: Any | None = None,
    evaluator: Any | None = None,
    load_pack: bool = True,
    sweep_seconds: float = 300.0,
    webhook_poll_seconds: float = 1.0,
) -> FastAPI:
    """The FastAPI application. ``pack``/``evaluator`` let tests inject their own."""
    settings = settings or Settings()
    install_log_masking()
    state = build_state(settings, pack=pack, evaluator=evaluator, load=load_pack)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        writer = DecisionWriter(state.uow, state.extras["enforcer"])
        writer.start()
        state.writer = writer
        # Everything built so far (the compiled pack, lexicons, SQLAlchemy metadata: about
        # 165,000 objects with the jp pack) lives as long as the server. Left to the
        # cyclic GC, every full collection walks all of it: a 80-230 ms stall of every
        # request in flight, measured as the open-loop p99 (docs/service.md). Frozen, the
        # collector skips it. ``gc.freeze`` is O(1); ``unfreeze`` at shutdown hands the
        # objects back, so an app started and stopped in a test leaks nothing.
        gc.freeze()
        tasks = [
            asyncio.create_task(_every(sweep_seconds, lambda: _sweep(state)), name="mamori-sweep")
        ]
        if settings.webhook_url and settings.webhook_secret:
            from mamori.services.webhooks import deliver_due

            url, secret = settings.webhook_url, settings.webhook_secret
            tasks.append(
                asyncio.create_task(
                    _every(webhook_poll_seconds, lambda: deliver_due(state.uow, url, secret)),
                    name="mamori-webhooks",
                )
            )
        try:
            yield
        finally:
            for t in tasks:
                t.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await t
            await writer.stop()
            state.writer = None
            state.engine.dispose()
            gc.unfreeze()

    app = MamoriAPI(
        title="mamori 守り",
        version=_version(),
        description=(
            "Marketplace governance API: realtime decisions and enforcement, statements of "
            "reasons (ja/en, TFDPA; EU DSA export), appeals, QA, audit. Every endpoint but "
            "`/health` needs `Authorization: Bearer <key>` (`mamori keys create`)."
        ),
        lifespan=lifespan,
    )
    app.state.mamori = state
    app.fastpath = DecisionFastPath(state)
    _errors(app)
    from mamori.api.routes import actions, appeals, audit, decisions, health, keys, qa

    for module in (health, decisions, actions, appeals, qa, audit, keys):
        app.include_router(module.router)
    from mamori.api.routes import cases as case_routes
    from mamori.api.routes import lifecycle as lifecycle_routes

    app.include_router(lifecycle_routes.router)
    app.include_router(case_routes.router)
    from mamori.console import views

    app.include_router(views.router, prefix="/console")
    static = Path(views.__file__).resolve().parent / "static"
    if static.is_dir() and not any(
        getattr(r, "path", "").startswith("/console/static") for r in app.routes
    ):
        from fastapi.staticfiles import StaticFiles

        app.mount("/console/static", StaticFiles(directory=static), name="console-static")
    return app


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory`` (``mamori serve --workers N``): settings from env."""
    return create_app(Settings())


def _sweep(state: ServiceState) -> None:
    with state.uow.begin() as session:
        reinstate_expired(session, webhooks_enabled=state.extras.get("webhooks", True))


def _version() -> str:
    from mamori import __version__

    return __version__


def _errors(app: FastAPI) -> None:
    """Map the service layer's errors to HTTP, with bilingual messages kept as they are."""

    async def handler(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, MamoriError)
        status, content = error_detail(exc)
        return JSONResponse(content, status_code=status)

    app.add_exception_handler(MamoriError, handler)
