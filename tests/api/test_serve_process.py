"""``mamori serve`` as a real process: migrates, serves /health and /docs, enforces."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from .conftest import CURE, EXAMPLES


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.slow
def test_serve_subprocess(tmp_path: Path) -> None:
    env = {**os.environ, "MAMORI_DATABASE_URL": f"sqlite:///{tmp_path / 'serve.db'}"}
    mamori = [sys.executable, "-m", "mamori.cli.main"]
    out = subprocess.run(
        [*mamori, "keys", "create", "--role", "analyst"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    key = out.stdout.strip().splitlines()[-1]
    port = _port()
    proc = subprocess.Popen(
        [*mamori, "serve", "--pack", str(EXAMPLES), "--port", str(port), "--log-level", "warning"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 90
        while True:
            try:
                if httpx.get(base + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            assert time.time() < deadline, "server did not start"
            time.sleep(0.3)
        assert httpx.get(base + "/docs").status_code == 200
        assert httpx.post(base + "/v1/decisions", content=b"x").status_code == 401
        r = httpx.post(
            base + "/v1/decisions",
            json={"entity_type": "listing", "entity": CURE},
            headers={"Authorization": f"Bearer {key}", "Idempotency-Key": "serve-1"},
        )
        assert r.status_code == 200 and r.json()["actions"]
    finally:
        proc.terminate()
        proc.wait(timeout=30)
