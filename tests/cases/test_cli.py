"""``mamori cases``: import findings (idempotent), list, show, open."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mamori.cli.main import app

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "cases" / "findings.jsonl"


def test_import_list_show_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAMORI_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    runner = CliRunner()
    first = runner.invoke(app, ["cases", "import-findings", str(EXAMPLE)])
    assert first.exit_code == 0, first.output
    assert "created 3 cases" in first.output
    again = runner.invoke(app, ["cases", "import-findings", str(EXAMPLE)])
    assert "created 0 cases, 3 already existed" in again.output
    listed = runner.invoke(app, ["cases", "list", "--json"])
    rows = [json.loads(line) for line in listed.output.splitlines()]
    assert len(rows) == 3 and {r["queue"] for r in rows} == {"operations"}
    shown = json.loads(runner.invoke(app, ["cases", "show", str(rows[0]["id"])]).output)
    assert shown["links"] and shown["events"][0]["event"] == "open"
    opened = runner.invoke(
        app, ["cases", "open", "--team", "legal", "--title", "照会", "--seller-id", "S9"]
    )
    assert opened.exit_code == 0 and opened.output.strip().isdigit()
