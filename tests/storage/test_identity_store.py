"""Users and keys: hashed at rest, roles checked, seller binding enforced."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from mamori.services import identity
from mamori.storage.tables import api_keys, users
from mamori.storage.unit_of_work import UnitOfWork


def test_key_roundtrip_and_revocation(uow: UnitOfWork) -> None:
    with uow.begin() as s:
        new = identity.create_api_key(s, "seller", seller_id="S1", name="shop key")
    with uow.read() as s:
        p = identity.authenticate_key(s, new.token)
        stored = s.execute(select(api_keys.c.key_hash)).scalar()
    assert p is not None and p.role == "seller" and p.seller_id == "S1"
    assert stored == identity.hash_key(new.token) and new.token not in str(stored)
    with uow.begin() as s:
        assert identity.revoke_api_key(s, new.key_id)
        assert identity.authenticate_key(s, new.token) is None
        assert identity.authenticate_key(s, "mk_not-a-key") is None


def test_roles_validated(uow: UnitOfWork) -> None:
    with uow.begin() as s:
        with pytest.raises(identity.IdentityError):
            identity.create_api_key(s, "seller")
        with pytest.raises(identity.IdentityError):
            identity.create_api_key(s, "admin", seller_id="S1")
        with pytest.raises(identity.IdentityError):
            identity.create_api_key(s, "root")


def test_password_login_argon2(uow: UnitOfWork) -> None:
    with uow.begin() as s:
        identity.create_user(s, "rei", "reviewer", password="correct horse 守り")
        h = s.execute(select(users.c.password_hash)).scalar()
    assert h is not None and h.startswith("$argon2")
    with uow.read() as s:
        assert identity.login(s, "rei", "correct horse 守り") is not None
        assert identity.login(s, "rei", "wrong") is None
        assert identity.login(s, "nobody", "x") is None
