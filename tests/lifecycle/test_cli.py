"""The lifecycle commands end to end on a SQLite file and the example pack."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mamori.cli.main import app
from mamori.services import identity
from mamori.storage import db
from mamori.storage.unit_of_work import UnitOfWork

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
POLICY = "ex.pmd.disease-claim"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("MAMORI_DATABASE_URL", url)
    monkeypatch.setenv("COLUMNS", "200")  # rich tables: no wrapping of policy ids
    monkeypatch.delenv("MAMORI_USER", raising=False)
    monkeypatch.delenv("MAMORI_API_KEY", raising=False)
    engine = db.make_engine(url)
    db.upgrade(engine)
    uow = UnitOfWork(db.session_factory(engine))
    with uow.begin() as s:
        identity.create_user(s, "aiko", "analyst")
        identity.create_user(s, "pat", "policy_admin")
        key = identity.create_api_key(s, "policy_admin", username="quinn").token
    engine.dispose()
    return {"key": key}


def run(*args: str) -> tuple[int, str]:
    r = CliRunner().invoke(app, list(args))
    return r.exit_code, r.output


def test_policy_lifecycle_from_the_command_line(env: dict[str, str]) -> None:
    pack = ["--pack", str(EXAMPLES)]
    code, out = run("policy", "promote", POLICY, *pack)
    assert code == 2 and "--as USER" in out  # nobody named: refused
    code, out = run("policy", "promote", POLICY, *pack, "--as", "aiko", "--note", "再審査")
    assert code == 0 and "shadow" in out
    code, out = run("policy", "approve", POLICY, *pack, "--as", "aiko")
    assert code == 1 and "policies:approve" in out  # analysts cannot approve
    code, out = run("policy", "promote", "ex.pmd.slimming", *pack, "--as", "pat")
    assert code == 0
    code, out = run("policy", "approve", "ex.pmd.slimming", *pack, "--as", "pat")
    assert code == 1 and "四つの目" in out and "four-eyes" in out
    code, out = run("policy", "approve", POLICY, *pack, "--as", "pat")
    assert code == 0 and "approved" in out
    code, out = run("policy", "activate", POLICY, *pack, "--key", env["key"])
    assert code == 0 and "active" in out and "hash" in out
    code, out = run("policy", "list", *pack, "--json")
    states = {v["policy_id"]: (v["state"], v["live"], v["managed"]) for v in json.loads(out)}
    assert states[POLICY] == ("active", "active", True)
    assert states["ex.pmd.slimming"] == ("shadow", "shadow", True)
    assert states["ex.knife.long-blade"] == ("shadow", "shadow", False)
    code, out = run("policy", "show", POLICY, *pack)
    info = json.loads(out)
    assert [(h["transition"], h["actor"]) for h in info["history"]] == [
        ("promote", "aiko"),
        ("approve", "pat"),
        ("activate", "quinn"),
    ]
    assert info["history"][0]["note"] == "再審査"
    code, out = run("policy", "list", *pack)
    assert code == 0 and POLICY in out
    code, _ = run("policy", "activate", POLICY, *pack, "--key", "mk_wrong")
    assert code == 2


def test_coverage_command(env: dict[str, str], tmp_path: Path) -> None:
    out_json = tmp_path / "coverage.json"
    code, out = run("coverage", "--pack", str(EXAMPLES), "--market", "jp", "--json", str(out_json))
    assert code == 0, out
    doc = json.loads(out_json.read_text())
    assert doc["market"] == "jp"
    assert {o["obligation_id"] for o in doc["obligations"]} >= {"ex.pmd.art66"}
    assert "ex.contact.phone-in-text" in doc["policies_citing_none"]
    by_id = {o["obligation_id"]: o for o in doc["obligations"]}
    assert "ex.pmd.disease-claim" in by_id["ex.pmd.art66"]["policies"]


def test_monitor_command_on_an_empty_database(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "alerts.json"
    code, text = run("monitor", "-o", str(out), "--pack", str(EXAMPLES))
    assert code == 0, text
    doc = json.loads(out.read_text())
    assert doc["alerts"] == [] and doc["shadow_vs_active"] == []


def test_every_lifecycle_command_and_option_is_documented() -> None:
    import typer

    from mamori.cli import lifecycle_cmds

    doc = (Path(__file__).resolve().parents[2] / "docs" / "lifecycle.md").read_text()
    probe = typer.Typer()
    lifecycle_cmds.register(probe)
    commands = [(c.name, c.callback) for c in probe.registered_commands]
    commands += [
        (f"policy {c.name}", c.callback) for c in lifecycle_cmds.policy_app.registered_commands
    ]
    import inspect
    import typing

    for name, callback in commands:
        assert f"mamori {name}" in doc, name
        hints = typing.get_type_hints(callback, include_extras=True)
        checked = 0
        for pname in inspect.signature(callback).parameters:
            for info in getattr(hints[pname], "__metadata__", ()):
                # typer.Option("--x", …) in Annotated keeps the first name as `default`
                first = getattr(info, "default", None)
                decls = [first] if isinstance(first, str) else []
                decls += list(getattr(info, "param_decls", ()) or ())
                for d in decls:
                    if d.startswith("--"):
                        assert d in doc, f"{name} {d}"
                        checked += 1
        assert checked or name.startswith("policy show"), name
