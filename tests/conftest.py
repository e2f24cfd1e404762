"""Shared test plumbing: service discovery that skips locally and fails in CI.

A test that needs PostgreSQL, Java/Spark or Chromium calls ``require(...)``: on a
developer machine without the service it skips with the reason; with ``CI=true`` the
same situation is a failure, because CI must find or start every service.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import threading
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import pytest

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
PG_URL = os.environ.get("MAMORI_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


_T = TypeVar("_T")


def run_async(main: Callable[[], Awaitable[_T]]) -> _T:
    """``asyncio.run(main())`` in a thread of its own.

    A pytest worker may already run an event loop in this thread (Playwright's sync API
    keeps one for the session's browser), and ``asyncio.run`` refuses to nest.
    """
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = asyncio.run(main())  # type: ignore[arg-type]
        except BaseException as e:  # re-raised in the caller's thread
            box["error"] = e

    t = threading.Thread(target=target, name="run_async")
    t.start()
    t.join()
    if "error" in box:
        raise box["error"]
    return box["value"]  # type: ignore[no-any-return]


def require(ok: bool, reason: str) -> None:
    """Skip (locally) or fail (in CI) when a needed service is missing."""
    if ok:
        return
    if IN_CI:
        pytest.fail(f"required in CI: {reason}")
    pytest.skip(reason)


def _port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def postgres_available() -> bool:
    return _port_open("127.0.0.1", 5432)


def java_available() -> bool:
    java = shutil.which("java")
    if not java:
        return False
    try:
        subprocess.run([java, "-version"], capture_output=True, timeout=20, check=True)
    except (OSError, subprocess.SubprocessError):
        return False
    return True


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def chromium_available() -> bool:
    return os.path.exists(CHROMIUM)


CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def pg_url() -> str:
    require(postgres_available(), "PostgreSQL is not listening on 127.0.0.1:5432")
    return PG_URL


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One headless Debian Chromium per test session (never a downloaded browser)."""
    require(chromium_available(), "Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()
