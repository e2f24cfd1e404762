"""The CLI contract of issue 2: check, test, scan, explain (exit codes and line formats)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mamori.cli.main import app

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
DIAG = re.compile(r"^.+:\d+:\d+: error\[E\d{3}\]: .+$")


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_check_ok(runner: CliRunner) -> None:
    r = runner.invoke(app, ["check", str(EXAMPLES)])
    assert r.exit_code == 0, r.output
    assert r.output.startswith("ok: ")


def test_check_reports_every_problem_as_file_line_col(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "id: x.bad\nversion: 0\napplies_to: listing\nstatus: live\ntitle: {ja: a, en: b}\n"
        "when: pricee > 1\nseverity: high\naction: delist\npoints: 1\nreason: {ja: a, en: b}\n",
        encoding="utf-8",
    )
    r = runner.invoke(app, ["check", str(bad)])
    assert r.exit_code == 1
    lines = [x for x in r.output.splitlines() if not x.startswith("  hint:")]
    assert len(lines) == 3 and all(DIAG.match(x) for x in lines), r.output
    assert f"{bad}:6:7: error[E101]: unknown field 'pricee' of listing" in r.output
    assert "did you mean 'price'?" in r.output


def test_check_never_tracebacks_on_garbage(runner: CliRunner, tmp_path: Path) -> None:
    for i, text in enumerate(["{{{", "- - -\n  : :", "\x00\x01", "id: [", "12"]):
        f = tmp_path / f"g{i}.yaml"
        f.write_text(text, encoding="utf-8")
        r = runner.invoke(app, ["check", str(f)])
        assert (r.exit_code == 1 and r.exception is None) or isinstance(r.exception, SystemExit), (
            r.output
        )
        assert all(DIAG.match(x) for x in r.output.splitlines() if not x.startswith("  hint:")), (
            r.output
        )


def test_test_command(runner: CliRunner, tmp_path: Path) -> None:
    r = runner.invoke(app, ["test", str(EXAMPLES)])
    assert r.exit_code == 0, r.output
    assert "examples passed" in r.output
    wrong = (
        (EXAMPLES / "policies" / "misc.yaml")
        .read_text(encoding="utf-8")
        .replace(
            'miss: [{id: m1, description: "型番 A-12-3456"}]',
            'miss: [{id: m1, description: "090-1111-2222"}]',
        )
    )
    pack = tmp_path / "pack"
    (pack / "policies").mkdir(parents=True)
    for sub in ("lexicons", "lists"):
        (pack / sub).mkdir()
        for f in (EXAMPLES / sub).iterdir():
            (pack / sub / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    (pack / "laws.yaml").write_text(
        (EXAMPLES / "laws.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (pack / "policies" / "misc.yaml").write_text(wrong, encoding="utf-8")
    r = runner.invoke(app, ["test", str(pack)])
    assert r.exit_code == 1
    assert "FAIL ex.contact.phone-in-text examples.miss[0]" in r.output


def test_scan_to_stdout_and_bad_rows(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        (EXAMPLES / "listings.jsonl").read_text(encoding="utf-8").splitlines()[0] + "\n{oops\n",
        encoding="utf-8",
    )
    r = runner.invoke(app, ["scan", "--pack", str(EXAMPLES), str(src), "-o", "-"])
    assert r.exit_code == 0, r.output
    hits = [json.loads(x) for x in r.stdout.splitlines() if x.startswith("{")]
    assert {h["policy_id"] for h in hits} == {"ex.pmd.disease-claim", "ex.pmd.slimming"}
    assert f"{src}:2: bad row skipped" in r.stderr
    assert "1 bad rows skipped" in r.stderr


def test_scan_all_rows_bad_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"title": "no id"}\nnot json\n', encoding="utf-8")
    r = runner.invoke(
        app, ["scan", "--pack", str(EXAMPLES), str(src), "-o", str(tmp_path / "o.jsonl")]
    )
    assert r.exit_code == 2


@pytest.mark.parametrize("engine", ["realtime", "duckdb"])
def test_scan_engines_write_parquet(runner: CliRunner, tmp_path: Path, engine: str) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "hits.parquet"
    r = runner.invoke(
        app,
        [
            "scan",
            "--pack",
            str(EXAMPLES),
            str(EXAMPLES / "listings.jsonl"),
            "-o",
            str(out),
            "--engine",
            engine,
            "--entity",
            "listing",
        ],
    )
    assert r.exit_code == 0, r.output
    assert pq.read_table(out).num_rows > 10


def test_scan_unknown_engine(runner: CliRunner, tmp_path: Path) -> None:
    r = runner.invoke(
        app,
        [
            "scan",
            "--pack",
            str(EXAMPLES),
            str(EXAMPLES / "listings.jsonl"),
            "-o",
            "-",
            "--engine",
            "oracle",
        ],
    )
    assert r.exit_code == 2


def test_explain(runner: CliRunner) -> None:
    entity = {
        "id": "x",
        "category": "food",
        "title": "がん予防に！高麗人参茶",
        "description": "韓国直輸入",
    }
    r = runner.invoke(
        app, ["explain", "--pack", str(EXAMPLES), "-"], input=json.dumps(entity, ensure_ascii=False)
    )
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["entity_id"] == "x"
    (hit,) = out["hits"]
    assert hit["reason"]["ja"] == "「がん、予防」は医薬品的な効能効果の表示に当たります。"
    assert hit["reason"]["en"].startswith("「がん、予防」")
    assert [e["text"] for e in hit["evidence"]] == ["がん", "予防"]
    assert hit["title"]["en"]


def test_explain_bad_input(runner: CliRunner) -> None:
    r = runner.invoke(app, ["explain", "--pack", str(EXAMPLES), "-"], input="not json")
    assert r.exit_code == 2


def test_bad_lexicon_is_a_diagnostic_not_a_traceback(runner: CliRunner, tmp_path: Path) -> None:
    import shutil

    pack = tmp_path / "pack"
    shutil.copytree(EXAMPLES, pack)
    with (pack / "lexicons" / "ex.cure_verbs.txt").open("a", encoding="utf-8") as fh:
        fh.write("re:(unclosed\n")
    for args in (
        ["check", str(pack)],
        ["scan", "--pack", str(pack), str(EXAMPLES / "listings.jsonl"), "-o", "-"],
    ):
        r = runner.invoke(app, args)
        assert r.exit_code == 1, r.output
        assert "ex.cure_verbs.txt:" in r.output and "error[E132]" in r.output


def test_every_option_is_documented() -> None:
    import inspect
    import typing

    from mamori.cli import policy_cmds

    doc = (ROOT / "docs" / "tutorial.md").read_text(encoding="utf-8")
    checked = 0
    for fn in (policy_cmds.check, policy_cmds.test, policy_cmds.scan, policy_cmds.explain):
        assert f"mamori {fn.__name__}" in doc
        hints = typing.get_type_hints(fn, include_extras=True)
        for pname in inspect.signature(fn).parameters:
            for info in getattr(hints[pname], "__metadata__", ()):
                first = getattr(info, "default", None)
                decls = ([first] if isinstance(first, str) else []) + list(
                    getattr(info, "param_decls", ()) or ()
                )
                for d in decls:
                    if d.startswith("--"):
                        assert d in doc, f"{fn.__name__} {d}"
                        checked += 1
    assert checked >= 9


@pytest.mark.parametrize(
    ("args", "expected"),
    [([], 8192), (["--workers", "2"], 32768), (["--workers", "2", "--batch-size", "500"], 500)],
)
def test_scan_batch_size_default_follows_workers(
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    expected: int,
) -> None:
    """With workers each gets batch / workers rows per chunk: the default keeps chunks at
    16,384 rows, where a chunk's fixed costs are amortised; an explicit size wins."""
    import mamori.engines.runner as runner_mod

    seen: dict[str, int] = {}
    real = runner_mod.run_scan

    def spy(*a: object, **kw: object) -> object:
        seen["batch_size"] = kw["batch_size"]  # type: ignore[assignment]
        return real(*a, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(runner_mod, "run_scan", spy)
    r = runner.invoke(
        app,
        ["scan", "--pack", str(EXAMPLES), str(EXAMPLES / "listings.jsonl"), "-o", "-", *args],
    )
    assert r.exit_code == 0, r.output
    assert seen["batch_size"] == expected
