"""The lean path for ``POST /v1/decisions``: a raw ASGI handler ahead of FastAPI.

The decision endpoint is the one hot path of the service, and FastAPI's routing,
dependency solving and middleware cost more CPU per request than evaluating the entity
(measured in docs/service.md, "Performance"). This handler answers the *well-formed*
requests of an already-authenticated caller itself, and hands everything else to the
FastAPI route unchanged — a key not in the cache yet, a missing permission, a bad header,
a body that doesn't validate, an unknown entity type, an entity the evaluator rejects.
Those requests then get exactly the status codes and error bodies they always got (401
and 403 before any validation of the body), because the same route produces them; the
lean path never answers an error itself, except when storing fails (below). The route
stays registered, so the OpenAPI document at ``/docs`` still describes the endpoint.

What the lean path does is what the route does — ``routes.decisions.prepare`` then
``commit`` — so the success response is the same bytes with the same headers.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import HTTPException
from pydantic import ValidationError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mamori.api.routes.decisions import commit, prepare
from mamori.api.schemas import DecisionRequest
from mamori.errors import ConflictError, DataError, MamoriError, NotFoundError, PermissionDenied
from mamori.services.identity import KEY_CACHE, Principal
from mamori.services.runtime import ServiceState

log = logging.getLogger("mamori.api")

PATH = "/v1/decisions"
PERMISSION = "decisions:create"
MAX_KEY_LENGTH = 160  # the route's ``Header(max_length=160)``

_ERROR_CODES: tuple[tuple[type[MamoriError], int, str], ...] = (
    (NotFoundError, 404, "not_found"),
    (PermissionDenied, 403, "forbidden"),
    (ConflictError, 409, "conflict"),
    (DataError, 422, "invalid"),
)


def error_detail(exc: MamoriError) -> tuple[int, dict[str, Any]]:
    """The HTTP status and body for a service-layer error (bilingual message kept as is).

    >>> error_detail(NotFoundError("なし / none"))
    (404, {'detail': {'code': 'not_found', 'message': 'なし / none'}})
    """
    for cls, status, code in _ERROR_CODES:
        if isinstance(exc, cls):
            return status, {"detail": {"code": code, "message": str(exc)}}
    return 400, {"detail": {"code": "error", "message": str(exc)}}


def json_bytes(content: Any) -> bytes:
    """Starlette's ``JSONResponse.render``, byte for byte."""
    return json.dumps(
        content, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":")
    ).encode("utf-8")


def bearer_token(value: bytes) -> str | None:
    """The token of an ``Authorization`` header value, parsed as FastAPI's HTTPBearer does.

    >>> bearer_token(b"Bearer mk_abc "), bearer_token(b"Basic x"), bearer_token(b"Bearer")
    ('mk_abc', None, None)
    """
    scheme, _, param = value.decode("latin-1").partition(" ")
    token = param.strip()
    if not scheme or not token or scheme.lower() != "bearer":
        return None
    return token


def is_lean_request(scope: Scope) -> bool:
    """Whether the lean path looks at this request at all (everything else: FastAPI)."""
    return (
        scope["type"] == "http"
        and scope["path"] == PATH
        and scope["method"] == "POST"
        and not scope.get("root_path")
    )


class DecisionFastPath:
    """Answers well-formed decision requests; ``fallback`` (the FastAPI app) does the rest."""

    def __init__(self, state: ServiceState) -> None:
        self.state = state
        self.handled = 0  # requests answered here (tests and the benchmark read these)
        self.delegated = 0

    def _caller(self, scope: Scope) -> tuple[Principal, str | None] | None:
        """The cached principal allowed to create decisions and the Idempotency-Key, or
        None when the request must go to the route (which then answers 401/403/422)."""
        auth: bytes | None = None
        key: bytes | None = None
        for name, value in scope["headers"]:
            if name == b"authorization":
                if auth is not None:
                    return None
                auth = value
            elif name == b"idempotency-key":
                if key is not None:
                    return None
                key = value
        if auth is None:
            return None
        token = bearer_token(auth)
        if token is None:
            return None
        principal = KEY_CACHE.get(token)
        if principal is None or not principal.can(PERMISSION):
            return None
        if key is None:
            return principal, None
        text = key.decode("latin-1")
        if not 1 <= len(text) <= MAX_KEY_LENGTH:
            return None
        return principal, text

    async def __call__(self, scope: Scope, receive: Receive, send: Send, fallback: ASGIApp) -> None:
        caller = self._caller(scope)
        if caller is None:
            self.delegated += 1
            await fallback(scope, receive, send)
            return
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away before sending its body
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        raw = b"".join(chunks)
        try:
            body = DecisionRequest.model_validate_json(raw or b"null")
            pending = prepare(self.state, caller[0], caller[1], body)
        except (ValidationError, HTTPException):
            self.delegated += 1
            await fallback(scope, _replay(raw, receive), send)
            return
        self.handled += 1
        try:
            text = await commit(self.state, pending)
        except MamoriError as exc:
            status, content = error_detail(exc)
            await _respond(send, status, json_bytes(content), b"application/json")
            return
        except Exception:
            # What Starlette's ServerErrorMiddleware answers; re-raised so the server logs it.
            await _respond(send, 500, b"Internal Server Error", b"text/plain; charset=utf-8")
            raise
        await _respond(send, 200, text.encode(), b"application/json")


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands the already-read body to the route, then the real one."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _respond(send: Send, status: int, body: bytes, media_type: bytes) -> None:
    # Header order and names as Starlette's ``Response`` writes them.
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-length", str(len(body)).encode()),
                (b"content-type", media_type),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
