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


def seed_dashboards(app: Any, days: int = 28) -> None:
    """Daily monitoring figures, one alert and one backtest run, as the lifecycle stores them."""
    import json
    from datetime import date, datetime, timedelta

    from sqlalchemy import insert

    from mamori.storage.lifecycle_tables import backtest_runs, monitor_alerts, monitor_daily

    d0 = date(2026, 10, 1)
    rows = []
    for i in range(days):
        day = d0 + timedelta(days=i)
        spike = 3 if i == days - 3 else 1
        rows += [
            {
                "day": day,
                "policy_id": "jp.pmd.disease-claim",
                "mode": "active",
                "hits": (40 + (i * 7) % 11) * spike,
                "actions": 40,
                "appeals": 3 + i % 4,
                "overturns": 1 + (i % 5 == 0),
                "qa_reviewed": 0,
                "qa_correct": 0,
                "computed_at": datetime(2026, 11, 1),
            },
            {
                "day": day,
                "policy_id": "jp.stema.undisclosed-ad",
                "mode": "shadow",
                "hits": 18 + (i * 5) % 9,
                "actions": 0,
                "appeals": 0,
                "overturns": 0,
                "qa_reviewed": 0,
                "qa_correct": 0,
                "computed_at": datetime(2026, 11, 1),
            },
        ]
    summary = {
        "policies": [
            {
                "policy_id": "jp.pmd.disease-claim",
                "policy_version": 3,
                "hits": 412,
                "precision": 0.91,
                "precision_ci": [0.88, 0.93],
                "recall": 0.84,
                "recall_ci": [0.8, 0.87],
                "gmv_affected": 18_400_000,
                "sellers_affected": 57,
            },
            {
                "policy_id": "jp.stema.undisclosed-ad",
                "policy_version": 2,
                "hits": 236,
                "precision": 0.78,
                "precision_ci": [0.72, 0.83],
                "recall": 0.69,
                "recall_ci": [0.63, 0.74],
                "gmv_affected": 6_100_000,
                "sellers_affected": 31,
            },
        ]
    }
    with app.state.mamori.uow.begin() as s:
        s.execute(insert(monitor_daily), rows)
        s.execute(
            insert(monitor_alerts).values(
                id="jp.pmd.disease-claim:volume:2026-10-26",
                policy_id="jp.pmd.disease-claim",
                kind="volume",
                day=d0 + timedelta(days=days - 3),
                observed=132.0,
                expected=45.0,
                low=30.0,
                high=60.0,
                message_ja="ヒット数が想定範囲を超えました",
                message_en="hits above the expected band",
                status="open",
                case_id=None,
                created_at=datetime(2026, 11, 1),
            )
        )
        s.execute(
            insert(backtest_runs).values(
                id="run1",
                created_at=datetime(2026, 11, 1, 9),
                actor="pa1",
                pack_hash="c" * 64,
                against="HEAD~1",
                data_dir="data",
                summary=json.dumps(summary),
                report_path=None,
            )
        )
