from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pytest

from mamori.engines.discovery_duckdb import DuckDBDiscoveryRunner
from mamori.services.discovery import discover

from .market import write


@pytest.fixture(scope="session")
def market_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("market")
    write(d)
    return d


@pytest.fixture(scope="session")
def truth(market_dir: Path) -> dict[str, object]:
    from .market import build

    return build()[1]


@pytest.fixture(scope="session")
def all_findings(market_dir: Path) -> pa.Table:
    return discover(market_dir)


@pytest.fixture()
def runner(market_dir: Path) -> Iterator[DuckDBDiscoveryRunner]:
    r = DuckDBDiscoveryRunner.from_dir(market_dir)
    yield r
    r.close()


def of_kind(t: pa.Table, kind: str) -> list[dict[str, object]]:
    return [r for r in t.to_pylist() if r["kind"] == kind]
