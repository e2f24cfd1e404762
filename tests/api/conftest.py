"""A running API (lifespan and decision writer included) over a migrated SQLite file,
using the example pack, plus one API key per role."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from mamori.services import identity
from mamori.settings import Settings
from mamori.storage import db

with warnings.catch_warnings():  # starlette's TestClient warns about httpx on import
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@dataclass
class Api:
    client: TestClient
    keys: dict[str, str]
    app: Any

    def h(self, who: str, **extra: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.keys[who]}", **extra}


@pytest.fixture(scope="session")
def example_pack() -> Any:
    from mamori.policy import load_pack

    return load_pack(EXAMPLES)


def make_api(url: str, pack: Any) -> Iterator[Api]:
    from mamori.api.app import create_app

    engine = db.make_engine(url)
    db.upgrade(engine)
    engine.dispose()
    app = create_app(Settings(database_url=url, pack=str(EXAMPLES)), pack=pack)
    keys: dict[str, str] = {}
    with app.state.mamori.uow.begin() as s:
        for who, role, seller in [
            ("admin", "admin", None),
            ("analyst", "analyst", None),
            ("reviewer", "reviewer", None),
            ("viewer", "viewer", None),
            ("policy_admin", "policy_admin", None),
            ("shop1", "seller", "S1"),
            ("shop2", "seller", "S2"),
        ]:
            keys[who] = identity.create_api_key(s, role, seller_id=seller, username=who).token
    with TestClient(app) as client:
        yield Api(client, keys, app)


@pytest.fixture
def api(tmp_path: Path, example_pack: Any) -> Iterator[Api]:
    yield from make_api(f"sqlite:///{tmp_path / 'api.db'}", example_pack)


CURE = {
    "id": "L1",
    "seller_id": "S1",
    "category": "health_food",
    "title": "飲むだけで糖尿病が治るサプリ",
    "description": "毎朝1粒",
}
CLEAN = {
    "id": "L2",
    "seller_id": "S1",
    "category": "cosmetics",
    "title": "肌にうるおいを与える化粧水",
    "description": None,
}
