"""Load with SIGKILLed servers, batch enforcement killed and resumed, webhooks down.

Subprocess-heavy (each server start loads a pack), so marked slow; ``make reliability``
runs them at the reduced size and ``--full`` at the issue's size.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import postgres_available, require
from mamori.reliability import batch, load

EXAMPLES = str(Path(__file__).resolve().parents[2] / "examples")


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_load_with_kills(kind: str, tmp_path: Path) -> None:
    if kind == "postgres":
        require(postgres_available(), "PostgreSQL is not listening on 127.0.0.1:5432")
    res = load.run_load(kind, tmp_path, total=200, clients=32, kills=1, pack=EXAMPLES)
    assert res.ok, "\n".join(res.failures)
    assert res.figures["missing"] == 0 and res.figures["duplicates"] == 0
    assert res.figures["kills"] == 1 and res.figures["replays"] > 0


@pytest.mark.slow
def test_enforce_killed_and_resumed(tmp_path: Path) -> None:
    res = batch.run_enforce_resume("sqlite", tmp_path, rows=1500, batch_size=40)
    assert res.ok, "\n".join(res.failures)


@pytest.mark.slow
def test_webhooks_receiver_down(tmp_path: Path) -> None:
    res = batch.run_webhooks_down(tmp_path, rows=60, down_s=1.0)
    assert res.ok, "\n".join(res.failures)
    assert res.figures["delivered"] == res.figures["events"] > 0
