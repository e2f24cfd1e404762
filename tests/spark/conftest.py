"""One SparkSession for the whole Spark suite (start-up costs 7–9 s, more under load).

The suite runs in its own pytest process (``pytest -m spark``, see scripts/test.sh);
every test takes the ``spark`` fixture, which skips with the reason when Java or
PySpark is missing — and fails instead when ``CI=true``.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import java_available, require
from mamori.synth.config import SynthConfig

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # the JP evaluation lives in bench/, beside tests/
    sys.path.insert(0, str(ROOT))

SMALL = SynthConfig.for_scale("small", seed=11)


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    require(
        importlib.util.find_spec("pyspark") is not None,
        "PySpark is not installed (pip install 'mamori[spark]') / PySpark がありません",
    )
    require(
        java_available(),
        "Java is not installed: Spark needs Java 17 / Spark には Java 17 が必要です",
    )
    from mamori.engines.spark_session import get_session, stop_session

    session = get_session("local[2]")
    yield session
    stop_session()


@pytest.fixture(scope="session")
def synth_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``mamori synth --scale small`` once per session (about a second)."""
    from mamori.synth.generate import generate

    out = tmp_path_factory.mktemp("synth-small")
    generate(out, SMALL)
    return out
