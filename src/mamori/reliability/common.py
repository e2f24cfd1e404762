"""Plumbing shared by the reliability checks: results, servers, databases, keys.

Every check runs mamori the way an operator does — the ``mamori`` CLI and ``mamori serve``
as separate processes on loopback — so a crash, a kill or a bad row is seen from outside,
exactly as the marketplace would see it.
"""

from __future__ import annotations

import contextlib
import math
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PG_ADMIN_URL = os.environ.get(
    "MAMORI_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
MAMORI = [sys.executable, "-m", "mamori.cli.main"]


@dataclass
class CheckResult:
    """One check's outcome: the figures for docs/reliability.md and any failures."""

    name: str
    ok: bool = True
    figures: dict[str, Any] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    skipped: str | None = None
    seconds: float = 0.0

    def fail(self, message: str) -> None:
        self.ok = False
        self.failures.append(message)

    def expect(self, condition: bool, message: str) -> bool:
        if not condition:
            self.fail(message)
        return condition


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def postgres_available() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=0.5):
            return True
    except OSError:
        return False


@contextlib.contextmanager
def fresh_database(kind: str, workdir: Path) -> Iterator[str]:
    """A migrated-on-first-use empty database URL: a SQLite file, or a new PG database.

    PostgreSQL gets a database of its own per run (other suites share ``test``), dropped
    afterwards even if the check failed.
    """
    if kind == "sqlite":
        path = workdir / f"rel-{uuid.uuid4().hex[:8]}.db"
        yield f"sqlite:///{path}"
        return
    from sqlalchemy import text

    from mamori.storage import db

    name = f"mamori_rel_{uuid.uuid4().hex[:10]}"
    admin = db.make_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
        yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def cli(
    args: list[str], database_url: str, *, check: bool = True, timeout: float = 600, **env: str
) -> subprocess.CompletedProcess[str]:
    """Run one ``mamori`` command against ``database_url``."""
    full_env = {**os.environ, "MAMORI_DATABASE_URL": database_url, **env}
    return subprocess.run(
        [*MAMORI, *args],
        env=full_env,
        capture_output=True,
        text=True,
        check=check,
        timeout=timeout,
    )


def create_key(database_url: str, role: str, username: str, seller_id: str | None = None) -> str:
    """A new API key (the last line of ``mamori keys create``)."""
    args = ["keys", "create", "--role", role, "--username", username, "--name", username]
    if seller_id:
        args += ["--seller-id", seller_id]
    return cli(args, database_url).stdout.strip().splitlines()[-1]


class Server:
    """``mamori serve`` in a subprocess that can be SIGKILLed and started again."""

    def __init__(
        self,
        database_url: str,
        pack: str = "jp",
        *,
        log_path: Path | None = None,
        env: dict[str, str] | None = None,
    ) -> None:
        self.database_url = database_url
        self.pack = pack
        self.port = free_port()
        self.log_path = log_path
        self.env = env or {}
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0
        self.kills = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 180.0) -> None:
        import httpx

        env = {**os.environ, "MAMORI_DATABASE_URL": self.database_url, **self.env}
        log = self.log_path.open("ab") if self.log_path else subprocess.DEVNULL
        self.proc = subprocess.Popen(
            [
                *MAMORI,
                "serve",
                "--pack",
                self.pack,
                "--port",
                str(self.port),
                "--log-level",
                "info",
            ],
            env=env,
            stdout=log,
            stderr=log if self.log_path else subprocess.DEVNULL,
        )
        self.starts += 1
        deadline = time.monotonic() + timeout
        while True:
            try:
                if httpx.get(self.base + "/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if self.proc.poll() is not None:
                raise RuntimeError(f"mamori serve exited with {self.proc.returncode}")
            if time.monotonic() > deadline:
                raise RuntimeError("mamori serve did not become healthy")
            time.sleep(0.2)

    def kill(self) -> None:
        """SIGKILL: no shutdown hooks, no flush — the crash the checks must survive."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=30)
            self.kills += 1
        self.proc = None

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=30)
        self.proc = None

    def __enter__(self) -> Server:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (``q`` in 0..100) of an unsorted list; 0.0 when empty.

    >>> percentile([3.0, 1.0, 2.0, 4.0], 50)
    2.0
    """
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(q / 100 * len(ordered))))
    return ordered[rank - 1]
