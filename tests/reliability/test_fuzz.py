"""The policy loader and condition parser under generated bad input: diagnostics only."""

from __future__ import annotations

import pytest

from mamori.reliability import fuzz


@pytest.mark.parametrize(
    "source",
    [
        "[" * 1200 + "]" * 1200,
        "id: x\napplies_to: listing\nwhen: " + "(" * 400 + "price > 1" + ")" * 400,
        "id: x\napplies_to: listing\nwhen: " + " AND ".join(["price > 1"] * 2000),
    ],
    ids=["deep-yaml", "deep-parentheses", "long-and-chain"],
)
def test_deep_nesting_is_a_diagnostic_not_a_recursion_error(source: str) -> None:
    """Regression: these raised RecursionError (PyYAML, sqlglot) before the depth limit."""
    lines = fuzz.check_source(source)
    assert lines and all(fuzz.DIAG.match(x.split("\n", 1)[0]) for x in lines), lines
    assert any("too deep" in x for x in lines)


def test_depth_limit_leaves_real_policies_alone() -> None:
    from mamori.policy import load_pack

    assert len(load_pack("jp").policies) > 10


def test_fuzz_quick() -> None:
    res = fuzz.run_fuzz(500, edges=False, derandomize=True)  # stable in CI
    assert res.ok, "\n\n".join(res.failures)
    assert res.figures["inputs"] >= 2000


@pytest.mark.long
def test_fuzz_100k() -> None:
    res = fuzz.run_fuzz(25_000)
    assert res.ok, "\n\n".join(res.failures)
    assert res.figures["inputs"] >= 100_000


@pytest.mark.parametrize(
    "source",
    [
        "id: a.b\nversion: 1\napplies_to: listing\nexamples:\n  hit: [{created_at: 2026-13-45}]\n",
        "id: a.b\nexamples:\n  hit: [{!!python/objecttitle: x}]\n",
        "a: !!python/object:os.system {}\n",
        "id: !!binary 'not base64 at all'\n",
    ],
    ids=["bad-date", "python-tag-key", "python-object", "bad-binary"],
)
def test_values_yaml_cannot_build_are_diagnostics(source: str) -> None:
    """Regression (found by the fuzzer): these raised ConstructorError / ValueError."""
    lines = fuzz.check_source(source)
    assert lines and all(fuzz.DIAG.match(x.split("\n", 1)[0]) for x in lines), lines
    assert any("E001" in x for x in lines)
