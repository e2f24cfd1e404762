"""Fixtures for the Japan pack tests: the loaded pack, its text env and the eval set."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # the evaluation lives in bench/, beside tests/
    sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def pack() -> Any:
    from mamori.policy import load_pack

    return load_pack("jp")


@pytest.fixture(scope="session")
def env(pack: Any) -> Any:
    from mamori.evaluate.textcalls import text_env

    return text_env(pack.lexicon_files, pack.list_files)


@pytest.fixture(scope="session")
def eval_rows() -> list[dict[str, Any]]:
    from bench.eval_pack_jp import load_rows

    return load_rows()


@pytest.fixture(scope="session")
def eval_results(pack: Any, eval_rows: list[dict[str, Any]]) -> list[Any]:
    from bench.eval_pack_jp import evaluate_realtime

    return evaluate_realtime(eval_rows, pack)
