"""The generated doc carries the figures, and fails loudly."""

from __future__ import annotations

from mamori.reliability.common import CheckResult, percentile
from mamori.reliability.report import render


def test_render_has_figures_and_failures() -> None:
    ok = CheckResult(
        "load · sqlite",
        figures={
            "decisions": 5000,
            "decisions_per_s": 81.5,
            "p50_ms": 30.0,
            "p99_ms": 400.0,
            "kills": 2,
            "missing": 0,
        },
    )
    bad = CheckResult("security")
    bad.fail("GET /v1/x as viewer: 200")
    text = render([ok, bad], {"mode": "reduced"})
    assert "5,000" in text and "81.5" in text and "**FAILED**" in text and "/v1/x" in text
    assert "acknowledged decisions lost: 0" in text


def test_percentile() -> None:
    assert percentile([], 99) == 0.0
    assert percentile([float(i) for i in range(1, 101)], 99) == 99.0
