"""Docs that cannot rot: every diagnostic code, function and policy command is documented."""

from __future__ import annotations

import re
from pathlib import Path

from mamori.policy.check.keys import KNOWN
from mamori.policy.functions import FUNCTIONS

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = (ROOT / "docs" / "policy-language.md").read_text(encoding="utf-8")
TUTORIAL = (ROOT / "docs" / "tutorial.md").read_text(encoding="utf-8")


def _codes_in_source() -> set[str]:
    codes: set[str] = set()
    for path in (ROOT / "src" / "mamori" / "policy").rglob("*.py"):
        codes |= set(re.findall(r'"(E\d{3})"', path.read_text(encoding="utf-8")))
    return codes


def test_every_diagnostic_code_is_documented() -> None:
    codes = _codes_in_source()
    assert len(codes) > 25
    missing = sorted(c for c in codes if f"| {c} |" not in REFERENCE)
    assert missing == []


def test_every_function_is_documented() -> None:
    missing = sorted(f for f in FUNCTIONS if f"`{f}(" not in REFERENCE)
    assert missing == []


def test_every_policy_key_is_documented() -> None:
    missing = sorted(k for k in KNOWN if f"{k}" not in REFERENCE)
    assert missing == []


def test_every_policy_command_is_in_the_tutorial() -> None:
    for command in ("mamori check", "mamori test", "mamori scan", "mamori explain"):
        assert command in TUTORIAL
