"""Console sessions, CSRF tokens and the login rate limit.

The session is a signed cookie (itsdangerous, keyed by ``settings.secret_key``) holding
only the user id, a CSRF token and the issue time; the user row is re-read on every
request, so disabling a user or changing a role takes effect at once. Cookies are
HttpOnly and SameSite=Lax, and Secure unless ``settings.cookie_secure`` is off (plain
http on localhost in tests). Every state-changing form carries the session's CSRF
token (or htmx sends it as ``X-CSRF-Token``); the login form, before any session exists,
uses a double-submit token in its own cookie.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

SESSION_COOKIE = "mamori_session"
LOGIN_CSRF_COOKIE = "mamori_login_csrf"
LANG_COOKIE = "mamori_lang"
SESSION_MAX_AGE = 8 * 3600  # one working day


@dataclass(frozen=True, slots=True)
class SessionData:
    user_id: str
    csrf: str
    issued_at: float


class SessionCodec:
    def __init__(self, secret: str) -> None:
        self._s = URLSafeTimedSerializer(secret, salt="mamori.console.session")

    def issue(self, user_id: str) -> tuple[str, SessionData]:
        data = SessionData(user_id, secrets.token_urlsafe(24), time.time())
        token = self._s.dumps({"u": data.user_id, "c": data.csrf, "t": data.issued_at})
        return token, data

    def read(self, token: str | None) -> SessionData | None:
        if not token:
            return None
        try:
            raw = self._s.loads(token, max_age=SESSION_MAX_AGE)
        except (BadSignature, SignatureExpired):
            return None
        if not isinstance(raw, dict) or not {"u", "c", "t"} <= raw.keys():
            return None
        return SessionData(str(raw["u"]), str(raw["c"]), float(raw["t"]))


def same_token(a: str | None, b: str | None) -> bool:
    """Constant-time comparison that treats a missing token as a mismatch."""
    return bool(a) and bool(b) and hmac.compare_digest(str(a), str(b))


class RateLimiter:
    """A sliding one-minute window per key (client address + username).

    In-process: a multi-process deployment gets one window per worker, which still bounds
    guessing to ``workers × limit`` attempts a minute.
    """

    def __init__(self, per_minute: int, window: float = 60.0) -> None:
        self.per_minute = per_minute
        self.window = window
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str, now: float | None = None) -> bool:
        """Record an attempt; ``False`` when the key is over its limit.

        >>> r = RateLimiter(2)
        >>> [r.allow("ip|u", now=t) for t in (0.0, 1.0, 2.0, 61.5)]
        [True, True, False, True]
        """
        now = time.monotonic() if now is None else now
        with self._lock:
            q = self._hits.setdefault(key, deque())
            while q and q[0] <= now - self.window:
                q.popleft()
            if len(q) >= self.per_minute:
                return False
            q.append(now)
            if len(self._hits) > 50_000:  # bound memory under a spray of keys
                self._hits = {
                    k: v for k, v in self._hits.items() if v and v[-1] > now - self.window
                }
            return True
