"""The web console: server-rendered pages (Jinja2) with htmx, mounted at ``/console``.

Views stay thin (datasette's rule): authenticate from the session cookie, check the
permission, call one service (or a bounded read in ``console.queries``), render. Every
POST checks the CSRF token before anything else and redirects afterwards (POST →
redirect → GET), so a reload never repeats an action. Labels are Japanese and English;
the language toggle switches between ja, en and both side by side.
"""

from __future__ import annotations

import base64
import functools
import json
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlparse

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from sqlalchemy import select

from mamori.cases.model import (
    LEVEL_LABELS,
    OUTCOME_LABELS,
    STATUS_LABELS,
    Level,
    Outcome,
    Status,
    Team,
)
from mamori.console import charts, queries
from mamori.console.security import (
    LANG_COOKIE,
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    SESSION_MAX_AGE,
    RateLimiter,
    SessionCodec,
    same_token,
)
from mamori.errors import ConflictError, MamoriError, NotFoundError, PermissionDenied
from mamori.services import cases as case_service
from mamori.services.identity import Principal
from mamori.storage import audit
from mamori.storage.tables import users

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
STATIC_FILES = {"htmx.min.js": "text/javascript", "mamori.css": "text/css"}
LANGS = ("both", "ja", "en")

router = APIRouter(include_in_schema=False)

_env = Environment(
    loader=FileSystemLoader(str(HERE / "templates")),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass(frozen=True, slots=True)
class ConsoleUser:
    principal: Principal
    csrf: str


class ConsoleError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# ---------------------------------------------------------------- plumbing


def _state(request: Request) -> Any:
    return request.app.state.mamori


def _codec(request: Request) -> SessionCodec:
    st = _state(request)
    codec = st.extras.get("console_codec")
    if codec is None:
        codec = SessionCodec(st.settings.secret_key)
        st.extras["console_codec"] = codec
    return codec  # type: ignore[no-any-return]


def _limiter(request: Request) -> RateLimiter:
    st = _state(request)
    lim = st.extras.get("console_login_limiter")
    if lim is None:
        lim = RateLimiter(int(st.settings.login_rate_limit_per_minute))
        st.extras["console_login_limiter"] = lim
    return lim  # type: ignore[no-any-return]


def _lang(request: Request) -> str:
    value = request.cookies.get(LANG_COOKIE, "both")
    return value if value in LANGS else "both"


def _translator(lang: str) -> Callable[[str, str], Markup]:
    def t(ja: str, en: str) -> Markup:
        if lang == "ja":
            return Markup('<span lang="ja">{}</span>').format(ja)
        if lang == "en":
            return Markup('<span lang="en">{}</span>').format(en)
        return Markup('<span lang="ja">{}</span><span class="en" lang="en">{}</span>').format(
            ja, en
        )

    return t


def _pick(lang: str) -> Callable[[Any], Markup]:
    t = _translator(lang)

    def pick(labels: Any) -> Markup:
        if labels is not None and not isinstance(labels, dict):  # a pack's ast.Text
            return t(str(getattr(labels, "ja", "")), str(getattr(labels, "en", "")))
        labels = labels or {}
        return t(labels.get("ja", ""), labels.get("en", ""))

    return pick


def _fmt_dt(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, str) and len(value) >= 16:
        return value[:16].replace("T", " ")
    return "" if value is None else str(value)


def _user(request: Request) -> ConsoleUser | None:
    data = _codec(request).read(request.cookies.get(SESSION_COOKIE))
    if data is None:
        return None
    with _state(request).uow.read() as s:
        row = s.execute(select(users).where(users.c.id == data.user_id)).first()
    if row is None or row.disabled:
        return None
    return ConsoleUser(Principal(row.id, row.username, row.role, row.seller_id), data.csrf)


def _login_redirect(request: Request) -> HTTPException:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return HTTPException(303, headers={"Location": f"/console/login?next={quote(target)}"})


def _auth(request: Request, permission: str | None = None) -> ConsoleUser:
    user = _user(request)
    if user is None:
        raise _login_redirect(request)
    if permission and not any(user.principal.can(p) for p in permission.split("|")):
        raise ConsoleError(
            403, f"権限がありません（{permission}） / permission {permission} required"
        )
    return user


async def _form(request: Request, user: ConsoleUser) -> dict[str, str]:
    """The posted form, after the CSRF check (form field or htmx header)."""
    form = await request.form()
    token = request.headers.get("x-csrf-token") or str(form.get("csrf_token") or "")
    if not same_token(token, user.csrf):
        raise ConsoleError(403, "CSRF トークンが無効です / invalid CSRF token; reload the page")
    return {k: str(v) for k, v in form.items() if isinstance(v, str)}


def render(request: Request, template: str, http_status: int = 200, **ctx: Any) -> HTMLResponse:
    lang = _lang(request)
    user = ctx.pop("user", None)
    html = _env.get_template(template).render(
        request=request,
        user=user,
        principal=user.principal if user else None,
        csrf=user.csrf if user else "",
        lang=lang,
        t=_translator(lang),
        pick=_pick(lang),
        dt=_fmt_dt,
        path=request.url.path,
        **ctx,
    )
    return HTMLResponse(html, status_code=http_status)


def _redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


Handler = Callable[..., Awaitable[Response]]


def page(fn: Handler) -> Handler:
    """Render service errors as a console page instead of a stack trace or JSON."""

    @functools.wraps(fn)
    async def wrapper(*args: Any, **kwargs: Any) -> Response:
        request: Request = kwargs["request"]
        try:
            return await fn(*args, **kwargs)
        except ConsoleError as exc:
            status, message = exc.status, exc.message
        except NotFoundError as exc:
            status, message = 404, str(exc)
        except PermissionDenied as exc:
            status, message = 403, str(exc)
        except ConflictError as exc:
            status, message = 409, str(exc)
        except (MamoriError, ValueError) as exc:
            status, message = 422, str(exc)
        return render(
            request,
            "error.html",
            http_status=status,
            user=_user(request),
            status_code=status,
            message=message,
        )

    return wrapper


def _safe_next(value: str | None) -> str:
    """Only same-site console paths: an open redirect would make the login page a phishing aid."""
    if not value:
        return "/console/"
    parsed = urlparse(value)
    if (
        parsed.scheme
        or parsed.netloc
        or not value.startswith("/console/")
        or value.startswith("//")
    ):
        return "/console/"
    return value


# ---------------------------------------------------------------- static, language, login


@router.get("/static/{name}")
async def static(name: str) -> Response:
    if name not in STATIC_FILES:
        raise HTTPException(404)
    return FileResponse(
        STATIC / name,
        media_type=STATIC_FILES[name],
        headers={"Cache-Control": "public, max-age=3600"},
    )


@router.get("/lang/{code}")
async def set_lang(request: Request, code: str, next: str | None = None) -> Response:
    resp = _redirect(
        _safe_next(
            next
            or request.headers.get("referer", "").split(str(request.base_url).rstrip("/"), 1)[-1]
        )
    )
    if code in LANGS:
        resp.set_cookie(
            LANG_COOKIE,
            code,
            max_age=365 * 86400,
            httponly=True,
            samesite="lax",
            secure=bool(_state(request).settings.cookie_secure),
        )
    return resp


@router.get("/login")
@page
async def login_form(request: Request, next: str | None = None) -> Response:
    token = secrets.token_urlsafe(24)
    resp = render(request, "login.html", login_csrf=token, next=_safe_next(next), error=None)
    resp.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        max_age=1800,
        httponly=True,
        samesite="lax",
        secure=bool(_state(request).settings.cookie_secure),
        path="/console/login",
    )
    return resp


@router.post("/login")
@page
async def login(request: Request) -> Response:
    from mamori.services import identity

    form = await request.form()
    username = str(form.get("username") or "").strip()
    password = str(form.get("password") or "")
    nxt = _safe_next(str(form.get("next") or ""))
    if not same_token(str(form.get("csrf_token") or ""), request.cookies.get(LOGIN_CSRF_COOKIE)):
        raise ConsoleError(
            403, "CSRF トークンが無効です / invalid CSRF token; reload the login page"
        )
    client = request.client.host if request.client else "?"
    token = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not _limiter(request).allow(f"{client}|{username.lower()}") or not _limiter(request).allow(
        f"{client}|*"
    ):
        return render(
            request,
            "login.html",
            http_status=429,
            login_csrf=token,
            next=nxt,
            error=(
                "ログイン試行が多すぎます。1分後に再試行してください。",
                "Too many login attempts; try again in a minute.",
            ),
        )
    with _state(request).uow.begin() as s:
        principal = identity.login(s, username, password)
        audit.append(
            s,
            f"console:{username or '?'}",
            "console.login" if principal else "console.login_failed",
            "user",
            principal.user_id if principal else username[:200],
            {"client": client},
        )
    if principal is None or principal.role not in {
        r for r in ("viewer", "analyst", "reviewer", "policy_admin", "admin", "seller")
    }:
        return render(
            request,
            "login.html",
            http_status=401,
            login_csrf=token,
            next=nxt,
            error=("ユーザー名またはパスワードが違います。", "Wrong username or password."),
        )
    session_token, _ = _codec(request).issue(principal.user_id)
    target = nxt if nxt != "/console/" or principal.role != "seller" else "/console/my"
    resp = _redirect(target)
    resp.set_cookie(
        SESSION_COOKIE,
        session_token,
        max_age=SESSION_MAX_AGE,
        httponly=True,
        samesite="lax",
        secure=bool(_state(request).settings.cookie_secure),
        path="/console",
    )
    resp.delete_cookie(LOGIN_CSRF_COOKIE, path="/console/login")
    return resp


@router.post("/logout")
@page
async def logout(request: Request) -> Response:
    user = _auth(request)
    await _form(request, user)
    resp = _redirect("/console/login")
    resp.delete_cookie(SESSION_COOKIE, path="/console")
    return resp


# ---------------------------------------------------------------- queues and cases

COUNTS_TTL = 5.0  # seconds the queue summary may lag behind the list below it

QUEUE_STATUSES = {
    "open": [Status.OPEN.value, Status.ESCALATED.value],
    "claimed": [Status.CLAIMED.value],
    "resolved": [Status.RESOLVED.value],
    "all": [s.value for s in Status],
}


@router.get("/")
@page
async def home(
    request: Request,
    queue: str | None = None,
    status: str = "open",
    cursor: str | None = None,
    mine: bool = False,
) -> Response:
    user = _auth(request)
    if user.principal.role == "seller":
        return _redirect("/console/my")
    if not user.principal.can("cases:read"):
        return _redirect("/console/policies")
    st = _state(request)
    cached = st.extras.get("console_queue_counts")
    now_mono = time.monotonic()
    with st.uow.read() as s:
        if cached is not None and now_mono - cached[0] < COUNTS_TTL:
            counts = cached[1]
        else:
            # A full count walks every unresolved case; at 100 k cases that is ~0.1 s,
            # so the summary is shared for a few seconds instead of redone per page view.
            counts = case_service.queue_counts(s, user.principal)
            st.extras["console_queue_counts"] = (now_mono, counts)
        pg = case_service.list_queue(
            s,
            user.principal,
            status=QUEUE_STATUSES.get(status, QUEUE_STATUSES["open"]),
            queue=queue or None,
            after=cursor,
            limit=50,
            mine=mine,
        )
    queues: dict[str, dict[str, int]] = {}
    for c in counts:
        q = queues.setdefault(
            c["queue"], {"total": 0, "breached": 0, "P1": 0, "P2": 0, "P3": 0, "P4": 0}
        )
        q["total"] += c["count"]
        q["breached"] += c["breached"]
        q[f"P{c['priority']}"] += c["count"]
    by_prio = [sum(q[f"P{i}"] for q in queues.values()) for i in range(1, 5)]
    chart = charts.bar_chart(
        ["P1", "P2", "P3", "P4"], by_prio, "未解決ケース / open cases by priority"
    )
    template = (
        "_queue_rows.html"
        if request.headers.get("hx-request")
        and request.headers.get("hx-target") in ("queue-rows", "more")
        else "queues.html"
    )
    return render(
        request,
        template,
        user=user,
        queues=queues,
        page=pg,
        queue=queue or "",
        status=status,
        mine=mine,
        chart=Markup(chart),
        status_labels={k.value: v for k, v in STATUS_LABELS.items()},
    )


@router.get("/cases/{case_id:int}")  # non-numeric ids: no such page (404), not a 422
@page
async def case_view(request: Request, case_id: int) -> Response:
    user = _auth(request, "cases:read")
    with _state(request).uow.read() as s:
        case = case_service.get_case(s, case_id, user.principal)
        sellers = [link["entity_id"] for link in case["links"] if link["entity_type"] == "seller"]
        if case["seller_id"] and case["seller_id"] not in sellers:
            sellers.insert(0, case["seller_id"])
        seller_points: dict[str, int] = {}
        if sellers:
            from mamori.storage.tables import points_ledger

            now = audit.utcnow()
            for sid, pts in s.execute(
                select(points_ledger.c.seller_id, points_ledger.c.points).where(
                    points_ledger.c.seller_id.in_(sellers[:200]),
                    points_ledger.c.reversed_at.is_(None),
                    points_ledger.c.expires_at > now,
                )
            ):
                seller_points[sid] = seller_points.get(sid, 0) + int(pts)
        related_actions = []
        for ev in case["events"]:
            if ev["event"] == "action":
                a = queries.action_by_id(s, str(ev["detail"].get("action_id")))
                if a:
                    related_actions.append(a)
    return render(
        request,
        "case.html",
        user=user,
        case=case,
        sellers=sellers,
        seller_points=seller_points,
        actions=related_actions,
        level_labels={k.value: v for k, v in LEVEL_LABELS.items()},
        outcome_labels={k.value: v for k, v in OUTCOME_LABELS.items()},
        status_labels={k.value: v for k, v in STATUS_LABELS.items()},
        teams=[t.value for t in Team],
        levels=[lv.value for lv in Level],
        outcomes=[o.value for o in Outcome],
    )


CASE_POSTS = {
    "claim": "cases:work",
    "release": "cases:work",
    "note": "cases:work",
    "evidence": "cases:work",
    "link": "cases:work",
    "escalate": "cases:escalate",
    "resolve": "cases:work",
    "assign": "cases:assign",
    "action": "actions:create",
    "reopen": "cases:assign",
}


@router.post("/cases/{case_id:int}/{verb}")
@page
async def case_post(request: Request, case_id: int, verb: str) -> Response:
    if verb not in CASE_POSTS:
        _auth(request)  # sign-in first, as everywhere: nothing about the route leaks before
        raise ConsoleError(404, f"不明な操作 {verb} / unknown operation {verb}")
    user = _auth(request, CASE_POSTS[verb])
    form = await _form(request, user)
    p = user.principal
    anchor = ""
    with _state(request).uow.begin() as s:
        if verb == "claim":
            case_service.claim(s, case_id, p)
        elif verb == "release":
            case_service.release(s, case_id, p)
        elif verb == "note":
            case_service.add_note(s, case_id, form.get("body", ""), p)
            anchor = "#notes"
        elif verb == "evidence":
            kind, label, content = await _evidence_from(request, form)
            case_service.add_evidence(s, case_id, kind, label, content, p)
            anchor = "#evidence"
        elif verb == "link":
            case_service.link_entity(
                s, case_id, form.get("entity_type", "seller"), form.get("entity_id", "").strip(), p
            )
            anchor = "#links"
        elif verb == "escalate":
            lvl = form.get("level")
            case_service.escalate(
                s,
                case_id,
                form.get("reason", ""),
                p,
                target=Level(int(lvl)) if lvl else None,
                team=Team(form["team"]) if form.get("team") else None,
            )
        elif verb == "resolve":
            case_service.resolve(
                s, case_id, Outcome(form.get("outcome", "")), form.get("resolution", ""), p
            )
        elif verb == "assign":
            case_service.assign(s, case_id, form.get("username", "").strip(), p)
        elif verb == "reopen":
            case_service.reopen(s, case_id, form.get("reason", ""), p)
        elif verb == "action":
            case_service.take_action(
                s,
                case_id,
                form.get("action", ""),
                form.get("reason", ""),
                p,
                scope=form.get("scope", "subject"),
                enforcer=_state(request).extras["enforcer"],
                entity_type=form.get("entity_type") or None,
                entity_id=form.get("entity_id") or None,
            )
            anchor = "#actions"
    return _redirect(f"/console/cases/{case_id}{anchor}")


MAX_UPLOAD_BYTES = 180_000  # base64 in JSON stays under the service's 256 kB evidence cap


async def _evidence_from(request: Request, form: dict[str, str]) -> tuple[str, str, str]:
    """Text/URL evidence from the form, or an uploaded file stored as base64 JSON."""
    raw = await request.form()
    upload = raw.get("file")
    if upload is not None and not isinstance(upload, str) and upload.filename:
        data = await upload.read(MAX_UPLOAD_BYTES + 1)
        if len(data) > MAX_UPLOAD_BYTES:
            raise ConsoleError(
                413,
                f"ファイルが大きすぎます（上限 {MAX_UPLOAD_BYTES // 1000} kB） / "
                f"file over {MAX_UPLOAD_BYTES // 1000} kB; attach a link instead",
            )
        doc = {
            "filename": Path(upload.filename).name[:200],
            "content_type": (upload.content_type or "application/octet-stream")[:100],
            "size": len(data),
            "base64": base64.b64encode(data).decode(),
        }
        return "file", form.get("label") or doc["filename"], json.dumps(doc)  # type: ignore[return-value]
    return form.get("kind", "text"), form.get("label", "evidence"), form.get("content", "")


@router.get("/cases/{case_id:int}/evidence/{evidence_id:int}")
@page
async def evidence_download(request: Request, case_id: int, evidence_id: int) -> Response:
    """Download an uploaded file: always as an attachment, never rendered inline."""
    user = _auth(request, "cases:read")
    with _state(request).uow.read() as s:
        case = case_service.get_case(s, case_id, user.principal)
    item = next(
        (e for e in case["evidence"] if int(e["id"]) == evidence_id and e["kind"] == "file"), None
    )
    if item is None:
        raise ConsoleError(404, f"証拠 {evidence_id} がありません / no file evidence {evidence_id}")
    doc = json.loads(item["content"])
    name = quote(str(doc.get("filename") or "evidence.bin"))
    return Response(
        base64.b64decode(doc["base64"]),
        media_type="application/octet-stream",
        headers={
            "Content-Disposition": f"attachment; filename*=UTF-8''{name}",
            "X-Content-Type-Options": "nosniff",
        },
    )


# ---------------------------------------------------------------- seller 360 and statements


@router.get("/sellers/{seller_id}")
@page
async def seller_view(request: Request, seller_id: str) -> Response:
    user = _auth(request, "sellers:read")
    with _state(request).uow.read() as s:
        data = queries.seller_overview(s, seller_id, audit.utcnow())
        seller_cases = case_service.cases_for_entity(s, "seller", seller_id)
        linked = case_service.other_sellers_in_groups(s, seller_id)
    return render(
        request,
        "seller.html",
        user=user,
        seller_id=seller_id,
        data=data,
        cases=seller_cases,
        linked=linked,
    )


@router.get("/actions/{action_id}")
@page
async def action_view(request: Request, action_id: str) -> Response:
    user = _auth(request, "statements:read|statements:read_own")
    with _state(request).uow.read() as s:
        action = queries.action_by_id(s, action_id)
    if action is None or (
        user.principal.role == "seller" and action["seller_id"] != user.principal.seller_id
    ):
        # A seller sees its own statements only; someone else's reads as missing.
        raise ConsoleError(404, f"措置 {action_id} がありません / action {action_id} not found")
    return render(request, "action.html", user=user, action=action, doc=action["statement_doc"])


# ---------------------------------------------------------------- seller self-service


@router.get("/my")
@page
async def my_view(request: Request) -> Response:
    user = _auth(request, "actions:read_own")
    sid = user.principal.seller_id or ""
    with _state(request).uow.read() as s:
        data = queries.seller_overview(s, sid, audit.utcnow())
    return render(request, "my.html", user=user, seller_id=sid, data=data)


@router.post("/my/actions/{action_id}/appeal")
@page
async def my_appeal(request: Request, action_id: str) -> Response:
    user = _auth(request, "appeals:create_own")
    form = await _form(request, user)
    from mamori.services import appeals as appeal_service

    st = _state(request)
    with st.uow.begin() as s:
        appeal_service.file_appeal(
            s,
            user.principal,
            action_id,
            form.get("statement", ""),
            sla_days=int(st.extras.get("appeal_sla_days", 7)),
        )
    return _redirect(f"/console/actions/{action_id}")


# ---------------------------------------------------------------- appeals (reviewers)


@router.get("/appeals")
@page
async def appeals_view(request: Request, status: str = "open") -> Response:
    user = _auth(request, "appeals:read")
    with _state(request).uow.read() as s:
        rows = queries.appeals_queue(
            s, status if status in ("open", "upheld", "overturned") else "open"
        )
    return render(
        request, "appeals.html", user=user, appeals=rows, status=status, now=audit.utcnow()
    )


@router.post("/appeals/{appeal_id}/decide")
@page
async def appeal_decide(request: Request, appeal_id: str) -> Response:
    user = _auth(request, "appeals:review")
    form = await _form(request, user)
    outcome = form.get("outcome", "")
    if outcome not in ("uphold", "overturn"):
        raise ConsoleError(422, "uphold か overturn を選んでください / choose uphold or overturn")
    from mamori.services import appeals as appeal_service

    st = _state(request)
    with st.uow.begin() as s:
        appeal_service.review_appeal(
            s,
            user.principal,
            appeal_id,
            outcome,
            form.get("note") or None,
            webhooks_enabled=bool(st.extras.get("webhooks", True)),
        )
    return _redirect("/console/appeals")


# ---------------------------------------------------------------- policies


@router.get("/policies")
@page
async def policies_view(request: Request) -> Response:
    user = _auth(request, "policies:read")
    from mamori.services import lifecycle

    st = _state(request)
    with st.uow.read() as s:
        views = lifecycle.policy_states(s, st.pack)
    titles = {
        p.id: getattr(p, "title", {}) for p in (st.pack.policies if st.pack is not None else ())
    }
    return render(request, "policies.html", user=user, policies=views, titles=titles)


@router.get("/policies/{policy_id}")
@page
async def policy_view(request: Request, policy_id: str) -> Response:
    user = _auth(request, "policies:read")
    from mamori.services import lifecycle

    st = _state(request)
    with st.uow.read() as s:
        info = lifecycle.show_policy(s, policy_id, st.pack)
    policy = next(
        (p for p in (st.pack.policies if st.pack is not None else ()) if p.id == policy_id), None
    )
    text, diff = _policy_text_and_diff(policy, info)
    title = _labels(getattr(policy, "title", None)) if policy is not None else {}
    return render(
        request,
        "policy.html",
        user=user,
        info=info,
        policy=policy,
        title=title,
        text=text,
        diff=diff,
    )


def _labels(value: Any) -> dict[str, str]:
    """``{ja, en}`` from a policy's bilingual text (an object or a mapping)."""
    if value is None:
        return {}
    if isinstance(value, dict):
        return {k: str(v) for k, v in value.items()}
    return {"ja": str(getattr(value, "ja", "")), "en": str(getattr(value, "en", ""))}


def _policy_text_and_diff(policy: Any, info: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    """The policy's canonical JSON, and its structural diff against the last activated text.

    The diff needs the earlier text: it is taken from the pack's git history when the
    active version's hash differs from the pack's (a changed policy awaiting review).
    """
    from mamori.policy import ast
    from mamori.policy.serde import policy_to_json

    if not isinstance(policy, ast.Policy):
        return "", []

    text = json.dumps(policy_to_json(policy), ensure_ascii=False, indent=2, default=str)
    diff: list[dict[str, Any]] = []
    hashes = {v.get("activated_hash") for v in info["versions"] if v.get("activated_hash")}
    if hashes and policy.hash not in hashes and policy.source is not None:
        try:
            from mamori.policy.diff import diff_policies
            from mamori.policy.pack import load_pack
            from mamori.services.backtest import pack_at

            pack_dir = Path(str(policy.source.file)).resolve().parent.parent
            with pack_at("HEAD", pack_dir) as old_dir:
                old = next((p for p in load_pack(old_dir).policies if p.id == policy.id), None)
            if old is not None:
                diff = [c.to_dict() for c in diff_policies(old, policy)]
        except (MamoriError, OSError, ValueError):
            diff = []
    return text, diff


@router.post("/policies/{policy_id}/{transition}")
@page
async def policy_post(request: Request, policy_id: str, transition: str) -> Response:
    if transition not in ("promote", "approve", "activate", "retire"):
        _auth(request)  # sign-in first, as everywhere
        raise ConsoleError(404, f"不明な操作 {transition} / unknown transition {transition}")
    user = _auth(request, "policies:read")
    form = await _form(request, user)
    from mamori.services import lifecycle

    st = _state(request)
    version = int(form["version"]) if form.get("version") else None
    with st.uow.begin() as s:
        lifecycle.transition(
            s,
            user.principal,
            policy_id,
            transition,
            pack=st.pack,
            version=version,
            note=form.get("note") or None,
        )
    for key in ("statuses", "status_cache"):  # the live pipeline's cached policy states
        cache = st.extras.get(key)
        if cache is not None and hasattr(cache, "invalidate"):
            cache.invalidate()
    return _redirect(f"/console/policies/{quote(policy_id)}")


# ---------------------------------------------------------------- dashboards


@router.get("/monitoring")
@page
async def monitoring_view(request: Request) -> Response:
    user = _auth(request, "monitor:read")
    with _state(request).uow.read() as s:
        series = queries.monitor_series(s)
        alert_rows = queries.alerts(s)
    hits_chart = (
        charts.line_chart(series["days"], series["series"], "日別ヒット数 / hits per day")
        if series["days"]
        else ""
    )
    appeals_chart = (
        charts.line_chart(
            series["days"],
            {"appeals": series["appeals"], "overturns": series["overturns"]},
            "異議申立てと取消 / appeals and overturns",
        )
        if series["days"]
        else ""
    )
    return render(
        request,
        "monitoring.html",
        user=user,
        hits_chart=Markup(hits_chart),
        appeals_chart=Markup(appeals_chart),
        alerts=alert_rows,
    )


@router.get("/backtests")
@page
async def backtests_view(request: Request) -> Response:
    user = _auth(request, "backtests:read")
    from mamori.services import backtest

    with _state(request).uow.read() as s:
        runs = backtest.list_runs(s, limit=20)
    chart = ""
    latest = runs[0]["result"] if runs else None
    if latest:
        pols = latest.get("policies", [])[:12]
        chart = charts.bar_chart(
            [str(p["policy_id"]).split(".")[-1][:14] for p in pols],
            [float(p.get("hits") or 0) for p in pols],
            "ポリシー別ヒット数（最新） / hits per policy (latest run)",
            width=720,
        )
    return render(
        request, "backtests.html", user=user, runs=runs, latest=latest, chart=Markup(chart)
    )


@router.get("/audit")
@page
async def audit_view(
    request: Request,
    before: int | None = None,
    entity_type: str | None = None,
    entity_id: str | None = None,
) -> Response:
    user = _auth(request, "audit:read")
    with _state(request).uow.read() as s:
        rows = queries.audit_page(s, before, 50, entity_type or None, entity_id or None)
        report = (
            audit.verify(s)
            if user.principal.can("audit:verify") and request.query_params.get("verify")
            else None
        )
    for r in rows:
        r["payload_short"] = r["payload"][:300]
    return render(
        request,
        "audit.html",
        user=user,
        rows=rows,
        entity_type=entity_type or "",
        entity_id=entity_id or "",
        report=report,
    )


@router.get("/findings")
@page
async def findings_view(
    request: Request, kind: str | None = None, after: int | None = None
) -> Response:
    user = _auth(request, "findings:read")
    with _state(request).uow.read() as s:
        overview = queries.findings_overview(s)
        rows = queries.findings_cases(s, kind or None, after)
    per_kind: dict[str, int] = {}
    for o in overview:
        per_kind[o["kind"]] = per_kind.get(o["kind"], 0) + int(o["n"])
    chart = (
        charts.bar_chart(
            [k[:14] for k in per_kind],
            list(per_kind.values()),
            "種類別の発見 / findings by kind",
            width=720,
        )
        if per_kind
        else ""
    )
    return render(
        request,
        "findings.html",
        user=user,
        overview=overview,
        rows=rows,
        kind=kind or "",
        kinds=sorted(per_kind),
        chart=Markup(chart),
    )
