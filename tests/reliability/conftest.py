"""Reliability checks at test size; full size runs behind ``python -m mamori.reliability --full``."""

from __future__ import annotations

import os

import pytest

LONG = os.environ.get("MAMORI_LONG", "") in {"1", "true", "yes"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    skip = pytest.mark.skip(reason="very long fuzzing: set MAMORI_LONG=1 (or run --full)")
    for item in items:
        if "long" in item.keywords and not LONG:
            item.add_marker(skip)
