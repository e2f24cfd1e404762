"""Users, passwords and API keys: who is calling, with which role.

Passwords are argon2 hashes (console login). API keys are random tokens of 256 bits, so a
plain sha256 of the token is enough to store them (no dictionary to attack) and lets a
request be authenticated with one indexed look-up. Keys belong to a user and carry its
role; a ``seller`` user is bound to one ``seller_id``.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
import uuid
from dataclasses import dataclass

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from mamori.services.permissions import Role, allowed
from mamori.storage import audit
from mamori.storage.tables import api_keys, users

KEY_PREFIX = "mk_"


@dataclass(frozen=True, slots=True)
class Principal:
    """The authenticated caller; every service call that changes state takes one."""

    user_id: str
    username: str
    role: str
    seller_id: str | None = None

    def can(self, permission: str) -> bool:
        return allowed(self.role, permission)

    @property
    def actor(self) -> str:
        """How the audit log names this caller (no personal data beyond the username)."""
        return f"{self.role}:{self.username}"


SYSTEM = Principal("system", "system", Role.ADMIN.value, None)


class IdentityError(ValueError):
    """A user or key request that can't be honoured (unknown role, missing seller id…)."""


def hash_password(password: str) -> str:
    from argon2 import PasswordHasher

    return PasswordHasher().hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Constant-time argon2 check; a user without a password never logs in."""
    if not password_hash:
        return False
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(PasswordHasher().verify(password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def hash_key(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _check_role(role: str, seller_id: str | None) -> None:
    try:
        Role(role)
    except ValueError as exc:
        roles = ", ".join(r.value for r in Role)
        raise IdentityError(
            f"不明なロール {role!r}（{roles}） / unknown role {role!r} (one of {roles})"
        ) from exc
    if role == Role.SELLER.value and not seller_id:
        raise IdentityError(
            "seller ロールには --seller-id が必要です / role seller needs a seller id"
        )
    if role != Role.SELLER.value and seller_id:
        raise IdentityError(
            "seller_id は seller ロールにのみ指定できます / only sellers are bound to a seller id"
        )


def create_user(
    session: Session,
    username: str,
    role: str,
    *,
    password: str | None = None,
    seller_id: str | None = None,
    actor: Principal = SYSTEM,
) -> Principal:
    _check_role(role, seller_id)
    existing = session.execute(select(users.c.id).where(users.c.username == username)).first()
    if existing is not None:
        raise IdentityError(f"ユーザー {username!r} は既に存在します / user {username!r} exists")
    user_id = uuid.uuid4().hex
    session.execute(
        insert(users).values(
            id=user_id,
            username=username,
            password_hash=hash_password(password) if password else None,
            role=role,
            seller_id=seller_id,
            disabled=False,
            created_at=audit.utcnow(),
        )
    )
    audit.append(
        session,
        actor.actor,
        "user.create",
        "user",
        user_id,
        {"username": username, "role": role, "seller_id": seller_id},
    )
    return Principal(user_id, username, role, seller_id)


def set_password(session: Session, username: str, password: str, actor: Principal = SYSTEM) -> None:
    res = session.execute(
        update(users)
        .where(users.c.username == username)
        .values(password_hash=hash_password(password))
    )
    if res.rowcount == 0:  # type: ignore[attr-defined]
        raise IdentityError(f"ユーザー {username!r} がありません / no user {username!r}")
    audit.append(session, actor.actor, "user.password", "user", username, {})


def login(session: Session, username: str, password: str) -> Principal | None:
    """Check console credentials; ``None`` for an unknown user, wrong password or disabled user."""
    row = session.execute(select(users).where(users.c.username == username)).first()
    if row is None:
        verify_password(_dummy_hash(), password)  # same work either way: no user enumeration
        return None
    if row.disabled or not verify_password(row.password_hash, password):
        return None
    return Principal(row.id, row.username, row.role, row.seller_id)


_DUMMY: list[str] = []


def _dummy_hash() -> str:
    if not _DUMMY:
        _DUMMY.append(hash_password(secrets.token_hex(16)))
    return _DUMMY[0]


@dataclass(frozen=True, slots=True)
class NewKey:
    key_id: str
    token: str  # shown once, never stored
    principal: Principal


def create_api_key(
    session: Session,
    role: str,
    *,
    seller_id: str | None = None,
    name: str | None = None,
    username: str | None = None,
    actor: Principal = SYSTEM,
) -> NewKey:
    """Create a key (and its user when ``username`` names none): the token is returned once."""
    _check_role(role, seller_id)
    principal: Principal | None = None
    if username:
        row = session.execute(select(users).where(users.c.username == username)).first()
        if row is not None:
            if row.role != role or row.seller_id != seller_id:
                raise IdentityError(
                    f"ユーザー {username!r} のロールが異なります / user {username!r} has role {row.role}"
                )
            principal = Principal(row.id, row.username, row.role, row.seller_id)
    if principal is None:
        uname = username or f"{role}-{seller_id + '-' if seller_id else ''}{secrets.token_hex(4)}"
        principal = create_user(session, uname, role, seller_id=seller_id, actor=actor)
    token = KEY_PREFIX + secrets.token_urlsafe(32)
    key_id = uuid.uuid4().hex
    session.execute(
        insert(api_keys).values(
            id=key_id,
            user_id=principal.user_id,
            name=name or principal.username,
            prefix=token[:10],
            key_hash=hash_key(token),
            created_at=audit.utcnow(),
            revoked_at=None,
        )
    )
    audit.append(
        session,
        actor.actor,
        "key.create",
        "api_key",
        key_id,
        {"user_id": principal.user_id, "role": role, "seller_id": seller_id, "name": name},
    )
    return NewKey(key_id, token, principal)


def revoke_api_key(session: Session, key_id: str, actor: Principal = SYSTEM) -> bool:
    res = session.execute(
        update(api_keys)
        .where(api_keys.c.id == key_id, api_keys.c.revoked_at.is_(None))
        .values(revoked_at=audit.utcnow())
    )
    done = bool(res.rowcount)  # type: ignore[attr-defined]
    if done:
        audit.append(session, actor.actor, "key.revoke", "api_key", key_id, {})
        KEY_CACHE.clear()
    return done


def list_api_keys(session: Session) -> list[dict[str, object]]:
    rows = session.execute(
        select(api_keys, users.c.username, users.c.role, users.c.seller_id)
        .join(users, users.c.id == api_keys.c.user_id)
        .order_by(api_keys.c.created_at)
    )
    return [
        {
            "key_id": r.id,
            "name": r.name,
            "prefix": r.prefix,
            "username": r.username,
            "role": r.role,
            "seller_id": r.seller_id,
            "created_at": r.created_at.isoformat(),
            "revoked": r.revoked_at is not None,
        }
        for r in rows
    ]


def authenticate_key(session: Session, token: str) -> Principal | None:
    """Resolve a bearer token to its principal; ``None`` if unknown, revoked or disabled."""
    if not token.startswith(KEY_PREFIX):
        return None
    row = session.execute(
        select(users.c.id, users.c.username, users.c.role, users.c.seller_id, users.c.disabled)
        .join(api_keys, api_keys.c.user_id == users.c.id)
        .where(api_keys.c.key_hash == hash_key(token), api_keys.c.revoked_at.is_(None))
    ).first()
    if row is None or row.disabled:
        return None
    return Principal(row.id, row.username, row.role, row.seller_id)


class KeyCache:
    """A short-lived cache of authenticated keys (by hash) so the hot path skips the DB.

    Revocation clears it in this process; other processes see a revocation within
    ``ttl`` seconds.
    """

    def __init__(self, ttl: float = 30.0) -> None:
        self.ttl = ttl
        self._items: dict[str, tuple[float, Principal]] = {}
        self._lock = threading.Lock()

    def get(self, token: str) -> Principal | None:
        key = hash_key(token)
        with self._lock:
            hit = self._items.get(key)
        if hit is None or hit[0] < time.monotonic():
            return None
        return hit[1]

    def put(self, token: str, principal: Principal) -> None:
        with self._lock:
            if len(self._items) > 10_000:
                self._items.clear()
            self._items[hash_key(token)] = (time.monotonic() + self.ttl, principal)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


KEY_CACHE = KeyCache()
