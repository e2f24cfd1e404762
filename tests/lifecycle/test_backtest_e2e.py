"""``mamori backtest`` end to end: synthetic marketplace → DuckDB scan → report and diff."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mamori.cli.main import app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synth") / "data"
    r = CliRunner().invoke(
        app,
        ["synth", "--scale", "tiny", "--seed", "7", "--orders", "1500", "-o", str(out)],
    )
    assert r.exit_code == 0, r.output
    return out


def test_backtest_writes_report_and_contract_summary(data_dir: Path, tmp_path: Path) -> None:
    # Baseline figures of the example pack, then a candidate without safety.yaml: the
    # diff must report exactly the baseline hits of the dropped policies as lost.
    base_summary = tmp_path / "base.json"
    r = CliRunner().invoke(
        app,
        [
            "backtest",
            "--pack",
            str(EXAMPLES),
            "--data",
            str(data_dir),
            "-o",
            str(tmp_path / "base.html"),
            "--json",
            str(base_summary),
        ],
    )
    assert r.exit_code == 0, r.output
    base = {p["policy_id"]: p["hits"] for p in json.loads(base_summary.read_text())["policies"]}
    candidate = tmp_path / "pack"
    shutil.copytree(EXAMPLES, candidate)
    (candidate / "policies" / "safety.yaml").unlink()
    dropped = {"ex.pse.missing-mark", "ex.knife.long-blade"}
    report, summary = tmp_path / "r.html", tmp_path / "s.json"
    r = CliRunner().invoke(
        app,
        [
            "backtest",
            "--pack",
            str(candidate),
            "--data",
            str(data_dir),
            "--against",
            str(EXAMPLES),
            "-o",
            str(report),
            "--json",
            str(summary),
        ],
        env={"COLUMNS": "200"},
    )
    assert r.exit_code == 0, r.output
    doc = json.loads(summary.read_text())
    assert list(doc) == ["policies"]
    ids = [p["policy_id"] for p in doc["policies"]]
    assert "ex.pmd.disease-claim" in ids
    for p in doc["policies"]:
        lo, hi = p["precision_ci"]
        assert 0.0 <= lo <= hi <= 1.0
        if p["hits"]:
            assert p["precision"] is not None and lo <= p["precision"] <= hi
    assert sum(p["hits"] for p in doc["policies"]) > 0
    html = report.read_text(encoding="utf-8")
    assert "バックテスト" in html and "Backtest" in html and "<script src=" not in html
    lost = sum(base[pid] for pid in dropped)
    assert lost > 0  # otherwise the diff check proves nothing
    assert f"+0 / −{lost} hits" in r.output
    assert not dropped & set(ids)
    assert {p["policy_id"]: p["hits"] for p in doc["policies"]} == {
        k: v for k, v in base.items() if k not in dropped
    }


def test_backtest_rejects_a_missing_data_dir(tmp_path: Path) -> None:
    r = CliRunner().invoke(
        app, ["backtest", "--pack", str(EXAMPLES), "--data", str(tmp_path / "nope")]
    )
    assert r.exit_code == 2 and "data directory" in r.output


def test_backtest_record_checks_the_role_first(data_dir: Path, tmp_path: Path) -> None:
    from mamori.services import backtest, identity
    from mamori.storage import db
    from mamori.storage.unit_of_work import UnitOfWork

    url = f"sqlite:///{tmp_path / 'bt.db'}"
    engine = db.make_engine(url)
    db.upgrade(engine)
    uow = UnitOfWork(db.session_factory(engine))
    with uow.begin() as s:
        identity.create_user(s, "vic", "viewer")
        identity.create_user(s, "ana", "analyst")
    args = ["backtest", "--pack", str(EXAMPLES), "--data", str(data_dir), "--record"]
    env = {"MAMORI_DATABASE_URL": url, "COLUMNS": "200"}
    r = CliRunner().invoke(app, [*args, "--as", "vic", "-o", str(tmp_path / "v.html")], env=env)
    assert r.exit_code == 1 and "backtests:run" in r.output
    assert not (tmp_path / "v.html").exists()  # refused before running
    r = CliRunner().invoke(app, [*args, "--as", "ana", "-o", str(tmp_path / "a.html")], env=env)
    assert r.exit_code == 0, r.output
    with uow.read() as s:
        runs = backtest.list_runs(s)
    assert [x["actor"] for x in runs] == ["ana"]
    assert runs[0]["result"]["pack"]["name"] == "examples"
    engine.dispose()
