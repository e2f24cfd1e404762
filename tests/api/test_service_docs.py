"""Every service command and option appears in docs/service.md (docs that cannot rot)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import typer
from typer.main import get_command

from mamori.cli import service_cmds

DOC = (Path(__file__).resolve().parents[2] / "docs" / "service.md").read_text("utf-8")


def _walk(cmd: Any, path: list[str]) -> list[tuple[str, Any]]:
    subs = getattr(cmd, "commands", None)
    if subs:
        return [item for name, sub in subs.items() for item in _walk(sub, [*path, name])]
    return [(" ".join(path), cmd)]


def test_every_service_command_and_option_is_documented() -> None:
    app = typer.Typer()
    service_cmds.register(app)
    commands = _walk(get_command(app), [])
    assert len(commands) >= 15
    for name, cmd in commands:
        assert f"mamori {name}" in DOC, name
        for param in cmd.params:
            for opt in param.opts:
                if opt.startswith("-") and opt != "--help":
                    assert f"`{opt}" in DOC, f"{name} {opt}"


def test_every_v1_route_is_documented() -> None:
    from mamori.api.routes import actions, appeals, audit, decisions, keys, qa

    doc = re.sub(r"\{[^}]*\}", "{}", DOC)
    for module in (decisions, actions, appeals, qa, audit, keys):
        for route in module.router.routes:
            path = re.sub(r"\{[^}]*\}", "{}", getattr(route, "path", ""))
            assert path in doc, path
