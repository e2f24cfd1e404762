"""Roles and the permissions each carries: one table, checked by every endpoint.

Roles come from the Contracts (viewer, analyst, reviewer, policy_admin, admin, seller).
A ``seller`` principal is bound to one ``seller_id`` and every ``*:own`` permission is
checked against it by the service, not only by the route.
"""

from __future__ import annotations

from enum import Enum


class Role(str, Enum):
    VIEWER = "viewer"
    ANALYST = "analyst"
    REVIEWER = "reviewer"
    POLICY_ADMIN = "policy_admin"
    ADMIN = "admin"
    SELLER = "seller"


READ = frozenset(
    {
        "decisions:read",
        "actions:read",
        "statements:read",
        "appeals:read",
        "policies:read",
        "monitor:read",
        "cases:read",
        "findings:read",
        "sellers:read",
        "audit:read",
        "qa:read",
        "backtests:read",
    }
)
ANALYST = READ | {
    "decisions:create",
    "reports:create",
    "cases:create",
    "cases:work",  # claim, note, attach evidence, link entities, resolve
    "cases:escalate",
    "policies:author",  # create drafts, promote draft → shadow
    "backtests:run",
    "qa:sample",
}
REVIEWER = ANALYST | {
    "appeals:review",
    "qa:review",
    "cases:assign",
    "actions:create",  # manual enforcement from a case (e.g. suspend a seller)
    "actions:bulk",
}
POLICY_ADMIN = READ | {
    "policies:author",
    "policies:approve",
    "policies:activate",
    "policies:retire",
    "backtests:run",
}
ADMIN = (
    REVIEWER
    | POLICY_ADMIN
    | {
        "users:manage",
        "keys:manage",
        "audit:verify",
        "enforce:batch",
        "transparency:read",
        "webhooks:manage",
    }
)
SELLER = frozenset(
    {
        "actions:read_own",
        "statements:read_own",
        "appeals:create_own",
        "appeals:read_own",
        "reports:create",
    }
)

ROLE_PERMISSIONS: dict[Role, frozenset[str]] = {
    Role.VIEWER: frozenset(READ),
    Role.ANALYST: frozenset(ANALYST),
    Role.REVIEWER: frozenset(REVIEWER),
    Role.POLICY_ADMIN: frozenset(POLICY_ADMIN),
    Role.ADMIN: frozenset(ADMIN),
    Role.SELLER: SELLER,
}

ALL_PERMISSIONS: frozenset[str] = frozenset().union(*ROLE_PERMISSIONS.values())


def allowed(role: Role | str, permission: str) -> bool:
    """Whether ``role`` carries ``permission``.

    >>> allowed("seller", "appeals:create_own"), allowed("viewer", "policies:approve")
    (True, False)
    """
    return permission in ROLE_PERMISSIONS[Role(role)]
