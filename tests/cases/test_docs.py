"""Every ``mamori cases`` command and option appears in docs/cases.md."""

from __future__ import annotations

from pathlib import Path

import typer
from typer.main import get_command

from mamori.cli import case_cmds

DOC = (Path(__file__).resolve().parents[2] / "docs" / "cases.md").read_text("utf-8")


def test_every_case_command_and_option_is_documented() -> None:
    app = typer.Typer()
    case_cmds.register(app)
    group = get_command(app).commands["cases"]  # type: ignore[attr-defined]
    assert sorted(group.commands) == ["import-findings", "list", "open", "show"]
    for name, cmd in group.commands.items():
        assert f"mamori cases {name}" in DOC, name
        for param in cmd.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert f"`{opt}" in DOC, f"{name} {opt}"
