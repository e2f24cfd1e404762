"""A console app on a temporary SQLite database, with one user per role."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from mamori.services import identity
from mamori.settings import Settings
from mamori.storage import db

with warnings.catch_warnings():
    # starlette asks for its httpx fork; the installed httpx works the same here.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PASSWORD = "correct horse 守り"
USERS = [
    ("ana", "analyst", None),
    ("rev", "reviewer", None),
    ("rev2", "reviewer", None),
    ("pa1", "policy_admin", None),
    ("pa2", "policy_admin", None),
    ("adm", "admin", None),
    ("vic", "viewer", None),
    ("shop", "seller", "S1"),
]


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with the users, built once (argon2 hashing is slow on purpose)."""
    path = tmp_path_factory.mktemp("console-template") / "template.db"
    engine = db.make_engine(f"sqlite:///{path}")
    db.upgrade(engine)
    from mamori.storage.unit_of_work import UnitOfWork

    with UnitOfWork(db.session_factory(engine)).begin() as s:
        for name, role, seller in USERS:
            identity.create_user(s, name, role, password=PASSWORD, seller_id=seller)
    engine.dispose()  # the last connection closing folds the WAL into the file
    return path


@pytest.fixture
def settings(tmp_path: Path, template_db: Path) -> Settings:
    import shutil

    shutil.copy(template_db, tmp_path / "console.db")
    return Settings(
        database_url=f"sqlite:///{tmp_path / 'console.db'}",
        cookie_secure=False,
        secret_key="test-secret",
        login_rate_limit_per_minute=5,
    )


@dataclass(frozen=True)
class StubPolicy:
    """Only what the console and the lifecycle read of a policy (the pack is not loaded)."""

    id: str
    version: int
    hash: str
    status: str
    title: dict[str, str]
    family: str | None = None
    applies_to: str = "listing"
    source: Any = None


@dataclass
class StubPack:
    policies: tuple[StubPolicy, ...] = ()


STUB_PACK = StubPack(
    (
        StubPolicy(
            "jp.stema.undisclosed-ad",
            2,
            "a" * 64,
            "shadow",
            {
                "ja": "広告であることの不表示（ステマ）",
                "en": "Undisclosed advertising (stealth marketing)",
            },
        ),
        StubPolicy(
            "jp.pmd.disease-claim",
            3,
            "b" * 64,
            "active",
            {"ja": "医薬品的な効能効果の表示", "en": "Drug-like efficacy claims on a non-drug"},
        ),
    )
)


def build_app(settings: Settings) -> Any:
    """``create_app`` on a migrated database, without loading the real pack (a stub instead)."""
    from mamori.api.app import create_app

    engine = db.make_engine(settings.database_url)
    db.upgrade(engine)
    engine.dispose()
    application = create_app(settings, load_pack=False)
    application.state.mamori.pack = STUB_PACK
    return application


@pytest.fixture
def app(settings: Settings) -> Any:
    return build_app(settings)


@pytest.fixture
def client(app: Any) -> Iterator[TestClient]:
    with TestClient(app, base_url="http://testserver") as c:
        yield c


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert m, "no CSRF token in the page"
    return m.group(1)


def login(client: TestClient, username: str, password: str = PASSWORD) -> Any:
    page = client.get("/console/login")
    return client.post(
        "/console/login",
        data={
            "username": username,
            "password": password,
            "csrf_token": csrf_of(page.text),
            "next": "/console/",
        },
        follow_redirects=False,
    )
