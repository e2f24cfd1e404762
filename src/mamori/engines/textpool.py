"""Text-pass worker processes of ``DuckDBEngine(workers=n)``.

Kept apart from :mod:`mamori.engines.duckdb` so a worker imports neither DuckDB nor
anything it does not run: it receives the plan's text calls and the engine's text env
(lexicons and lists; the matcher is rebuilt from the hyperscan disk cache), reads each
chunk from a memory-mapped Arrow file and returns the value columns (Arrow IPC) and the
sparse evidence.
"""

from __future__ import annotations

import importlib.abc
import os
import sys
import time
from typing import Any

import numpy as np
import pyarrow as pa

from mamori.engines.textpass import TextPass
from mamori.evaluate.decision import Evidence
from mamori.evaluate.textcalls import TextCall, TextCalls

_WORKER: dict[str, TextPass] = {}

# Modules a worker needs that start no threads (numpy and pyarrow start some, so they are
# not imported before a fork): the fork server imports them once for every worker.
PRELOAD = ["mamori.policy", "mamori.evaluate.codegen"]


def context() -> Any:
    """The start method of text-pass workers: a fork server where there is one.

    Never a plain fork of the scanning process, which runs DuckDB threads. The fork
    server is a fresh interpreter that imports the thread-free part of mamori once
    (~0.4 s CPU) and forks every worker from there, instead of each spawned worker
    importing it again.
    """
    import multiprocessing

    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


def start_server() -> None:
    """Start the fork server now: it imports ``PRELOAD`` (~0.6 s CPU) in its own process
    while the caller goes on, instead of when the first chunk is ready to be sent."""
    import multiprocessing.forkserver

    if context().get_start_method() == "forkserver":
        multiprocessing.forkserver.ensure_running()


def start_workers(pool: Any, n: int) -> None:
    """Start ``n`` workers of ``pool`` (one no-op task each).

    Each submit starts one process and blocks until the fork server has forked it, so
    this runs in a thread while the scanning process reads and prefilters its first
    batch. A pool that cannot start is broken: the scan's own submits and results raise
    that error, so it is not reported twice from here.
    """
    try:
        for _ in range(n):
            pool.submit(ready)
    except Exception:  # surfaces in the scanning thread (see above)
        pass


class _NoPandas(importlib.abc.MetaPathFinder):
    """Makes ``import pandas`` fail in a worker, which pyarrow takes as "no pandas"."""

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> None:
        if fullname == "pandas" or fullname.startswith("pandas."):
            raise ImportError("text-pass workers do not use pandas")
        return None


def init_worker(calls: tuple[TextCall, ...], positive: tuple[int, ...], env: Any) -> None:
    """Pool initializer: the worker's text pass, built once.

    pyarrow imports pandas on its first conversion from Python objects (to recognise
    pandas types): ~0.9 s CPU per worker, measured, for a module no worker uses. A
    worker process runs only the text pass, so pandas is marked absent there.
    """
    if "pandas" not in sys.modules and not any(isinstance(f, _NoPandas) for f in sys.meta_path):
        sys.meta_path.insert(0, _NoPandas())
    _WORKER["textpass"] = TextPass(calls, TextCalls(env), positive)


def ready() -> int:
    """A no-op task: submitting one per worker starts them all at once."""
    return os.getpid()


def textpass(
    path: str, needed: list[np.ndarray | None] | None
) -> tuple[bytes, list[dict[int, tuple[Evidence, ...]]], tuple[int, float]]:
    """The text pass of the chunk stored at ``path``: (value columns as Arrow IPC,
    evidence per call, (pid, CPU seconds of this worker so far, start-up included)).

    Workers are not the scanning process's children under a fork server, so their CPU
    is reported here rather than read from rusage.
    """
    with pa.memory_map(path) as source:
        batch = pa.ipc.open_file(source).get_batch(0)
        tp = _WORKER["textpass"].run(batch, needed)
    cols = pa.table(tp.columns) if tp.columns else pa.table({"__none": pa.nulls(0)})
    return to_ipc(cols), tp.evidence, (os.getpid(), time.process_time())


def write_ipc(path: str, batch: pa.RecordBatch) -> None:
    """One batch as an Arrow IPC file (memory-mapped by the worker: no copy in a pipe)."""
    with pa.OSFile(path, "wb") as sink, pa.ipc.new_file(sink, batch.schema) as w:
        w.write_batch(batch)


def to_ipc(data: pa.RecordBatch | pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, data.schema) as w:
        w.write(data)
    return bytes(sink.getvalue().to_pybytes())


def from_ipc(data: bytes) -> pa.Table:
    return pa.ipc.open_stream(pa.py_buffer(data)).read_all()
