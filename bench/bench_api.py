"""POST /v1/decisions under concurrent clients on loopback.

``mamori serve`` runs in a subprocess (uvicorn, SQLite file, the Japan pack) and a
client process drives it with concurrent httpx clients, each request carrying its own
Idempotency-Key. Figures: persisted decisions per second (counted in the database
afterwards, not just responses) and p50/p99 latency. Target: ≥ 500 decisions/s with
p99 < 50 ms on 2 cores. The baseline is the in-process cost of the same work's core —
``RealtimeEvaluator.evaluate`` on the same entities, in this process — so the ratio says
what the service (HTTP, auth, idempotency, actions, statements, audit, commit) costs on
top of evaluation.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

TITLES = [
    ("health_food", "飲むだけで糖尿病が治るサプリ", "毎朝1粒"),
    ("cosmetics", "肌にうるおいを与える化粧水", "乾燥を防ぐ"),
    ("food", "国産りんご 5kg", "蜜たっぷり"),
    ("health_food", "酵素ドリンク", "1ヶ月で5kg減！"),
    ("general", "北欧風マグカップ", "電子レンジ可"),
    ("cosmetics", "シミが消える美容液", "医師も推薦"),
    ("apparel", "コットンTシャツ", "日本製"),
    ("food", "有機緑茶 100g", "静岡県産"),
]


def entities(n: int) -> list[dict[str, Any]]:
    out = []
    for i in range(n):
        cat, title, desc = TITLES[i % len(TITLES)]
        out.append(
            {
                "id": f"B{i}",
                "seller_id": f"S{i % 500}",
                "category": cat,
                "title": title,
                "description": desc,
                "price": 1000 + i % 5000,
            }
        )
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _tail(path: Path, n: int = 3000) -> str:
    return path.read_bytes()[-n:].decode(errors="replace") if path.exists() else ""


def _pack() -> str:
    from mamori.policy import load_pack

    try:
        load_pack("jp")
        return "jp"
    except Exception:
        return str(ROOT / "examples")


def inprocess(pack: str, items: list[dict[str, Any]]) -> tuple[float, float]:
    """Evaluations per wall second and CPU ms per evaluation, in this process (baseline)."""
    from mamori.evaluate.realtime import RealtimeEvaluator
    from mamori.policy import load_pack

    ev = RealtimeEvaluator(load_pack(pack))
    for e in items[:200]:
        ev.evaluate("listing", e)
    best, cpu = 0.0, float("inf")
    for _ in range(3):
        t, c = time.perf_counter(), time.process_time()
        for e in items:
            ev.evaluate("listing", e)
        best = max(best, len(items) / (time.perf_counter() - t))
        cpu = min(cpu, (time.process_time() - c) * 1000 / len(items))
    return best, cpu


async def _drive(url: str, key: str, items: list[dict[str, Any]], concurrency: int) -> list[float]:
    import httpx

    latencies: list[float] = []
    queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    for e in items:
        queue.put_nowait(e)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30) as client:

        async def worker() -> None:
            while True:
                try:
                    e = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                t = time.perf_counter()
                for attempt in range(3):
                    try:
                        r = await client.post(
                            "/v1/decisions",
                            json={"entity_type": "listing", "entity": e},
                            headers={
                                "Authorization": f"Bearer {key}",
                                "Idempotency-Key": f"bench-{e['id']}",
                            },
                        )
                        break
                    except (httpx.ReadError, httpx.RemoteProtocolError):
                        # A keep-alive connection the server closed: retrying is safe,
                        # which is what the Idempotency-Key is for.
                        if attempt == 2:
                            raise
                latencies.append(time.perf_counter() - t)
                if r.status_code != 200:
                    raise RuntimeError(f"HTTP {r.status_code}: {r.text[:200]}")

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies


def run(quick: bool = False, workers: int | None = None) -> dict[str, dict[str, Any]]:
    n = 600 if quick else 6000
    concurrency = 16 if quick else 32
    workers = workers or int(os.environ.get("MAMORI_BENCH_WORKERS", "1"))
    pack = _pack()
    items = entities(n)
    with tempfile.TemporaryDirectory(prefix="mamori-bench-api-") as tmp:
        url_db = f"sqlite:///{Path(tmp) / 'bench.db'}"
        env = {**os.environ, "MAMORI_DATABASE_URL": url_db}
        mamori = [sys.executable, "-m", "mamori.cli.main"]
        subprocess.run([*mamori, "db", "upgrade"], env=env, check=True, capture_output=True)
        out = subprocess.run(
            [*mamori, "keys", "create", "--role", "analyst", "--name", "bench"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        key = out.stdout.strip().splitlines()[-1]
        port = _free_port()
        log_path = Path(tmp) / "server.log"
        log = log_path.open("wb")
        server = subprocess.Popen(
            [
                *mamori,
                "serve",
                "--pack",
                pack,
                "--port",
                str(port),
                "--no-migrate",
                "--log-level",
                "warning",
                "--workers",
                str(workers),
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,  # a file, not a pipe: a full pipe would stall the server
        )
        try:
            import httpx

            base = f"http://127.0.0.1:{port}"
            deadline = time.time() + 120
            while True:
                try:
                    if httpx.get(base + "/health", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.time() > deadline or server.poll() is not None:
                    raise RuntimeError(f"server did not start: {_tail(log_path)}")
                time.sleep(0.2)
            asyncio.run(_drive(base, key, items[: min(300, n)], concurrency))  # warm-up
            import psutil

            proc = psutil.Process(server.pid)
            cpu0 = sum(proc.cpu_times()[:2])
            t = time.perf_counter()
            try:
                lat = asyncio.run(_drive(base, key, items, concurrency))
            except Exception as exc:
                raise RuntimeError(f"drive failed: {exc!r}; server log: {_tail(log_path)}") from exc
            wall = time.perf_counter() - t
            server_cpu = sum(proc.cpu_times()[:2]) - cpu0
            load = os.getloadavg()[0]
        finally:
            server.terminate()
            server.wait(timeout=30)
            log.close()
        from sqlalchemy import create_engine, text

        engine = create_engine(url_db)
        with engine.connect() as c:
            persisted = int(c.execute(text("SELECT count(*) FROM decisions")).scalar() or 0)
        engine.dispose()
    rate = persisted / wall
    lat.sort()
    p50 = statistics.median(lat) * 1000
    p99 = lat[int(0.99 * (len(lat) - 1))] * 1000
    base_rate, base_cpu_ms = inprocess(pack, items[:2000])
    cpu_ms = server_cpu * 1000 / max(1, n)
    note = (
        f"{n} requests, {concurrency} clients, {workers} server processes, "
        f"pack {Path(pack).name}, SQLite, group commit, load average {load:.1f} on {os.cpu_count()} cores"
    )
    return {
        "api.decisions_per_s": {
            "value": rate,
            "unit": "dec/s",
            "baseline_value": base_rate,
            "ratio": rate / base_rate,
            "note": note + "; baseline = in-process evaluations/s; target ≥ 500/s",
        },
        "api.server_cpu_ms_per_decision": {
            "value": cpu_ms,
            "unit": "ms",
            "baseline_value": base_cpu_ms,
            "ratio": cpu_ms / base_cpu_ms,
            "note": "server CPU per persisted decision (HTTP, auth, evaluation, actions, "
            "statements, audit, commit) vs in-process CPU per evaluation; "
            f"⇒ {1000 / cpu_ms:.0f} decisions per CPU-second",
        },
        "api.p99_ms": {
            "value": p99,
            "unit": "ms",
            "baseline_value": 1000 / base_rate,
            "ratio": p99 / (1000 / base_rate),
            "note": f"p50 {p50:.1f} ms; baseline = in-process ms per evaluation; target < 50 ms",
        },
    }


if __name__ == "__main__":  # pragma: no cover
    print(json.dumps(run(quick="--quick" in sys.argv), indent=2, ensure_ascii=False))
