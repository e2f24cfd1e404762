"""Text tests keep mamori's disk caches (lookup tables, hyperscan databases) in a
temporary directory, so they neither read a developer's cache nor leave files behind."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session", autouse=True)
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = str(tmp_path_factory.mktemp("mamori-cache"))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MAMORI_CACHE_DIR", path)
        yield path
    assert "MAMORI_CACHE_DIR" not in os.environ or os.environ["MAMORI_CACHE_DIR"] != path
