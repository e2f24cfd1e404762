"""Golden files: compiled SQL, generated Python and diagnostics.

``MAMORI_REGEN_GOLDEN=1 pytest tests/golden`` rewrites them; review the diff.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from mamori.engines.duckdb import DuckDBEngine
from mamori.errors import DiagnosticsError
from mamori.evaluate.realtime import RealtimeEvaluator
from mamori.policy import load_pack

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
REGEN = os.environ.get("MAMORI_REGEN_GOLDEN") == "1"


def check_golden(name: str, actual: str) -> None:
    path = HERE / "expected" / name
    if REGEN:
        path.parent.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"missing golden {path}; run with MAMORI_REGEN_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"


def test_compiled_sql() -> None:
    engine = DuckDBEngine(load_pack(ROOT / "examples"))
    check_golden("examples.listing.sql", engine.sql("listing") + "\n")


def test_compiled_sql_spark_dialect() -> None:
    from mamori.engines.duckdb import compile_kind
    from mamori.engines.sql import SPARK

    pack = load_pack(ROOT / "examples")
    check_golden(
        "examples.listing.spark.sql", compile_kind("listing", pack.policies, SPARK).sql + "\n"
    )


def test_generated_python() -> None:
    ev = RealtimeEvaluator(load_pack(ROOT / "examples"))
    check_golden("examples.listing.py.txt", ev.source("listing"))


@pytest.mark.parametrize("name", sorted(p.name for p in (HERE / "broken").glob("*.yaml")))
def test_diagnostics(name: str, tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(HERE / "pack", pack)
    (pack / "policies").mkdir()
    shutil.copy(HERE / "broken" / name, pack / "policies" / name)
    with pytest.raises(DiagnosticsError) as info:
        load_pack(pack)
    text = "\n".join(d.format() for d in info.value.diagnostics).replace(str(pack), "<pack>") + "\n"
    check_golden(name.replace(".yaml", ".diagnostics.txt"), text)
