"""The run report: content, escaping, sections, offline rendering in Chromium."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from mamori.reports.html import (
    Section,
    evidence_summary,
    highlight,
    open_run,
    register_section,
    render_html,
    render_run,
)


def test_highlight_escapes_and_marks_spans() -> None:
    assert (
        highlight("<b>シミ</b>が消える", [(3, 5)]) == "&lt;b&gt;<mark>シミ</mark>&lt;/b&gt;が消える"
    )
    # overlapping and out-of-range spans merge and clip; empty spans are ignored
    assert highlight("痩せる薬", [(0, 2), (1, 3), (9, 12), (2, 2)]) == "<mark>痩せる</mark>薬"
    assert highlight("abc", []) == "abc"


def test_evidence_summary_shortens() -> None:
    long = '{"a": "' + "x" * 200 + '", "b": [1, 2]}'
    (k, v), (k2, v2) = evidence_summary(long, width=10)
    assert (k, len(v), v.endswith("…")) == ("a", 10, True)
    assert (k2, v2) == ("b", "[1, 2]")
    assert evidence_summary(None) == []
    assert evidence_summary("not json") == [("", "not json")]


def test_report_has_every_section_and_is_offline(run_dir: Path, tmp_path: Path) -> None:
    out = render_run(run_dir, tmp_path / "report.html")
    page = out.read_text("utf-8")
    for sid in (
        "overview",
        "hits",
        "terms",
        "sellers",
        "samples",
        "prices",
        "findings",
        "ground-truth",
    ):
        assert f'<section id="{sid}">' in page, sid
    # self-contained: plotly inlined once, nothing fetched from the network
    assert page.count("<script") >= 2
    assert not re.search(r"<script[^>]+src=", page)
    assert "cdn." not in page.split("</head>")[0].split("<script>")[0]
    assert page.count("Plotly.newPlot") >= 6
    # figures never reuse a section's id (plotly draws into the element with that id)
    fig_ids = re.findall(r'id="(fig-[^"]+)"', page)
    assert len(fig_ids) == len(set(fig_ids)) >= 6
    # Japanese and English side by side
    assert "ヒット例（証拠を強調表示）" in page and "Sample hits, evidence highlighted" in page
    # data is escaped: the fixture's script tag in a reason and HTML in evidence stay text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>x</b>" not in page
    assert "<mark>" in page


def test_extra_and_registered_sections(run_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import mamori.reports.html as report_html

    monkeypatch.setattr(report_html, "_PROVIDERS", [])  # keep the registry clean for others
    extra = Section("backtest-x", "追加", "Extra", "<p>extra body</p>", order=15)

    def provider(run: object) -> Section:
        return Section("monitor-x", "監視", "Monitoring", "<p>from a provider</p>", order=95)

    register_section(provider)
    run = open_run(run_dir)
    try:
        page = render_html(run, [extra], generated="fixed")
    finally:
        run.con.close()
    assert page.index('id="overview"') < page.index('id="backtest-x"') < page.index('id="hits"')
    assert page.index('id="ground-truth"') < page.index('id="monitor-x"')
    assert "from a provider" in page


def test_saved_enforcement_summary_becomes_a_section(run_dir: Path, tmp_path: Path) -> None:
    import json
    import shutil

    run = tmp_path / "run"
    shutil.copytree(run_dir, run)
    summary = {
        "entities": 3,
        "decisions": 3,
        "actions": 5,
        "actions_by_type": {"delist": 3, "warn": 2},
        "actions_by_trigger": {"policy": 3, "ladder": 2},
        "database": "<db>",
    }
    (run / "enforcement.json").write_text(json.dumps(summary), encoding="utf-8")
    page = render_run(run, run / "r.html").read_text("utf-8")
    assert '<section id="enforcement">' in page and "ladder 2" in page
    assert "&lt;db&gt;" in page and "<db>" not in page


def test_report_without_hits_or_findings(tmp_path: Path, run_dir: Path) -> None:
    import shutil

    bare = tmp_path / "bare"
    shutil.copytree(run_dir / "data", bare / "data")
    page = render_run(bare, bare / "r.html").read_text("utf-8")
    assert 'id="overview"' in page and 'id="hits"' not in page
    assert "no hits.parquet" in page
    with pytest.raises(FileNotFoundError):
        render_run(tmp_path / "missing", tmp_path / "x.html")


@pytest.mark.browser
def test_report_renders_in_chromium(run_dir: Path, tmp_path: Path, browser: Any) -> None:
    """Headless Debian Chromium (the shared ``browser`` fixture): no console errors, no
    network requests, every figure drawn, evidence highlighted."""
    out = render_run(run_dir, tmp_path / "report.html")
    errors: list[str] = []
    requests: list[str] = []
    page = browser.new_page()
    try:
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(out.as_uri())
        page.wait_for_function("document.querySelectorAll('.js-plotly-plot .main-svg').length >= 6")
        plots = page.locator(".js-plotly-plot").count()
        bars = page.locator(".js-plotly-plot .bars path").count()
        marks = page.locator("mark").count()
    finally:
        page.close()
    assert errors == []
    assert all(u.startswith(("file://", "data:")) for u in requests), requests
    assert plots >= 6 and bars > 0 and marks > 0
