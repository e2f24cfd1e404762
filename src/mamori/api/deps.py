"""Request dependencies: authentication first, then everything else.

``require(permission)`` needs only the ``Authorization`` header, never the body, and
routes that take a body read it themselves *after* this dependency has run — so a caller
without a valid key gets 401 and one without the permission 403 before any validation
of what they sent (Contracts: Identity).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Annotated, Any, TypeVar

from fastapi import Depends, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ValidationError

from mamori.services.identity import KEY_CACHE, Principal, authenticate_key
from mamori.services.runtime import ServiceState
from mamori.storage.unit_of_work import UnitOfWork

__all__ = ["Principal", "State", "UoW", "get_state", "get_uow", "parse_body", "require"]

_bearer = HTTPBearer(auto_error=False, description="API key: `Authorization: Bearer mk_…`")

M = TypeVar("M", bound=BaseModel)


# Dependencies are ``async def`` on purpose: FastAPI runs plain ``def`` dependencies in
# its thread pool, and two thread hand-offs per request cost more than the work itself.


async def get_state(request: Request) -> ServiceState:
    state: ServiceState = request.app.state.mamori
    return state


async def get_uow(request: Request) -> UnitOfWork:
    state: ServiceState = request.app.state.mamori
    return state.uow


State = Annotated[ServiceState, Depends(get_state)]
UoW = Annotated[UnitOfWork, Depends(get_uow)]

_UNAUTHORIZED = {
    "code": "unauthorized",
    "message": "有効な API キーが必要です / a valid API key is required",
}


def _lookup(state: ServiceState, token: str) -> Principal | None:
    with state.uow.read() as session:
        return authenticate_key(session, token)


async def authenticate(request: Request, token: str | None) -> Principal:
    """Resolve the bearer token (cached briefly; the database off the event loop) or 401."""
    if not token:
        raise HTTPException(401, _UNAUTHORIZED, headers={"WWW-Authenticate": "Bearer"})
    principal = KEY_CACHE.get(token)
    if principal is None:
        principal = await asyncio.to_thread(_lookup, request.app.state.mamori, token)
        if principal is None:
            raise HTTPException(401, _UNAUTHORIZED, headers={"WWW-Authenticate": "Bearer"})
        KEY_CACHE.put(token, principal)
    return principal


def require(permission: str) -> Callable[..., Awaitable[Principal]]:
    """Dependency factory: the authenticated principal, if its role carries ``permission``.

    ``permission`` may be ``"a|b"``: any one of them suffices (e.g. ``actions:read`` for
    staff, ``actions:read_own`` for a seller — the service then scopes the data).
    """
    options = tuple(p for p in permission.split("|") if p)

    async def dependency(
        request: Request,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> Principal:
        principal = await authenticate(request, credentials.credentials if credentials else None)
        if not any(principal.can(p) for p in options):
            raise HTTPException(
                403,
                {
                    "code": "forbidden",
                    "message": f"権限がありません（{permission}） / permission {permission} required",
                },
            )
        request.state.principal = principal
        return principal

    dependency.__name__ = f"require_{permission.replace(':', '_').replace('|', '_or_')}"
    return dependency


async def parse_body(request: Request, model: type[M]) -> M:
    """Validate the JSON body against ``model`` — called by routes after authentication."""
    raw = await request.body()
    try:
        return model.model_validate_json(raw or b"null")
    except ValidationError as exc:
        errors: list[Any] = []
        for err in exc.errors(include_url=False):
            item: dict[str, Any] = dict(err)
            item["loc"] = ("body", *err.get("loc", ()))
            item.pop("ctx", None)
            errors.append(item)
        raise RequestValidationError(errors) from None


def body_schema(model: type[BaseModel]) -> dict[str, Any]:
    """``openapi_extra`` documenting a body that the route parses itself."""
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": model.model_json_schema()}},
        }
    }
