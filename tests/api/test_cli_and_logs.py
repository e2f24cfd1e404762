"""CLI contracts of the service commands, log masking, and the API on PostgreSQL."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from conftest import PG_URL, postgres_available, require
from mamori.api.app import PersonalDataFilter, mask_personal
from mamori.cli.main import app
from mamori.storage import db

from .conftest import CURE, Api, make_api

runner = CliRunner()


def test_keys_create_prints_key_alone_on_last_line(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'k.db'}"
    out = runner.invoke(
        app,
        [
            "keys",
            "create",
            "--role",
            "seller",
            "--seller-id",
            "S1",
            "--name",
            "shop",
            "--database-url",
            url,
        ],
    )
    assert out.exit_code == 0, out.output
    last = out.output.strip().splitlines()[-1]
    assert last.startswith("mk_") and " " not in last
    bad = runner.invoke(app, ["keys", "create", "--role", "seller", "--database-url", url])
    assert bad.exit_code == 2 and "seller" in bad.output
    listed = runner.invoke(app, ["keys", "list", "--database-url", url])
    assert "seller" in listed.output and last not in listed.output


def test_db_upgrade_and_current(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    assert runner.invoke(app, ["db", "current", "--database-url", url]).output.strip() == "(empty)"
    up = runner.invoke(app, ["db", "upgrade", "--database-url", url])
    assert up.exit_code == 0 and up.output.startswith("at ")


def test_transparency_report_cli(api: Api, tmp_path: Path) -> None:
    api.client.post(
        "/v1/decisions", json={"entity_type": "listing", "entity": CURE}, headers=api.h("analyst")
    )
    url = api.app.state.mamori.settings.database_url
    from mamori.storage import audit

    year = audit.utcnow().year
    for ext in ("json", "md", "html"):
        out_file = tmp_path / f"tfdpa.{ext}"
        r = runner.invoke(
            app,
            [
                "transparency-report",
                "--year",
                str(year),
                "-o",
                str(out_file),
                "--database-url",
                url,
            ],
        )
        assert r.exit_code == 0, r.output
        assert out_file.exists()
    report = json.loads((tmp_path / "tfdpa.json").read_text())
    assert report["actions"]["total"] >= 1 and "complaints" in report
    assert "透明化法" in (tmp_path / "tfdpa.md").read_text()


def test_personal_data_masked_in_logs(caplog: pytest.LogCaptureFixture) -> None:
    assert (
        mask_personal("mail taro@example.co.jp 090-1234-5678 〒100-0001")
        == "mail ***@*** 0**-****-**** ***-****"
    )
    logger = logging.getLogger("mamori.test-mask")
    logger.addFilter(PersonalDataFilter())
    with caplog.at_level(logging.INFO, logger="mamori.test-mask"):
        logger.info("key %s for %s", "mk_abcdefghijklmnop", "hanako@example.jp")
    assert "mk_abcdefghijklmnop" not in caplog.text and "hanako@" not in caplog.text


@pytest.fixture
def pg_api(example_pack: Any) -> Iterator[Api]:
    require(postgres_available(), "PostgreSQL is not listening on 127.0.0.1:5432")
    name = f"mamori_api_{uuid.uuid4().hex[:10]}"
    admin = db.make_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield from make_api(PG_URL.rsplit("/", 1)[0] + f"/{name}", example_pack)
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.mark.postgres
def test_api_on_postgres(pg_api: Api) -> None:
    r1 = pg_api.client.post(
        "/v1/decisions",
        json={"entity_type": "listing", "entity": CURE},
        headers=pg_api.h("analyst", **{"Idempotency-Key": "pg-1"}),
    )
    r2 = pg_api.client.post(
        "/v1/decisions",
        json={"entity_type": "listing", "entity": CURE},
        headers=pg_api.h("analyst", **{"Idempotency-Key": "pg-1"}),
    )
    assert r1.status_code == 200 and r1.content == r2.content
    aid = r1.json()["actions"][0]["action_id"]
    a = pg_api.client.post(
        "/v1/appeals", json={"action_id": aid, "statement": "異議"}, headers=pg_api.h("shop1")
    )
    assert a.status_code == 201
    d = pg_api.client.post(
        f"/v1/appeals/{a.json()['appeal_id']}/decision",
        json={"outcome": "overturn"},
        headers=pg_api.h("reviewer"),
    )
    assert d.status_code == 200
    assert pg_api.client.get("/v1/audit/verify", headers=pg_api.h("admin")).json()["ok"] is True
