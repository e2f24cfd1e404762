"""Docs that cannot rot: every command and every setting is documented."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

from mamori.cli.main import app
from mamori.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def test_every_cli_command_and_subcommand_is_in_the_reference() -> None:
    text = (ROOT / "docs" / "reference" / "cli.md").read_text("utf-8")
    group = typer.main.get_command(app)
    missing = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        if f"`mamori {name}" not in text:
            missing.append(name)
        for sub in getattr(command, "commands", {}) or {}:
            if not re.search(rf"mamori {re.escape(name)} [^`]*\b{re.escape(sub)}\b", text):
                missing.append(f"{name} {sub}")
    assert not missing, f"undocumented commands: {missing}"


def test_every_setting_and_environment_variable_is_documented() -> None:
    text = (ROOT / "docs" / "reference" / "settings.md").read_text("utf-8")
    names = {f"MAMORI_{field.upper()}" for field in Settings.model_fields}
    for path in (ROOT / "src" / "mamori").rglob("*.py"):
        names |= set(re.findall(r"\"(MAMORI_[A-Z_]+)\"", path.read_text("utf-8")))
    missing = sorted(n for n in names if f"`{n}`" not in text)
    assert not missing, f"undocumented settings: {missing}"


def test_readme_first_lines_show_the_two_setup_commands() -> None:
    head = "\n".join((ROOT / "README.md").read_text("utf-8").splitlines()[:10])
    assert "make demo" in head and "make test" in head
