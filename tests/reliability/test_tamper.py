"""Every tamper scenario is caught by ``mamori audit verify`` on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import postgres_available, require
from mamori.reliability import tamper


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_every_tamper_is_named(kind: str, tmp_path: Path) -> None:
    if kind == "postgres":
        require(postgres_available(), "PostgreSQL is not listening on 127.0.0.1:5432")
    res = tamper.run_tamper(kind, tmp_path, in_process=True)
    assert res.ok, "\n".join(res.failures)
    assert res.figures["detected"] == len(tamper.SCENARIOS) >= 10
