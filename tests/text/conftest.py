"""Text tests keep the hyperscan database cache in a temporary directory."""

from __future__ import annotations

import os
import tempfile

import pytest

_CACHE = tempfile.mkdtemp(prefix="mamori-hs-")
os.environ.setdefault("MAMORI_CACHE_DIR", _CACHE)


@pytest.fixture(scope="session")
def cache_dir() -> str:
    return os.environ["MAMORI_CACHE_DIR"]
