"""The scanning process around the text pass: chunking, hit rows, Arrow building, shutdown."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

from mamori.engines import duckdb as engine_mod
from mamori.engines.duckdb import MIN_CHUNK, DuckDBEngine, _Chunker
from mamori.engines.runner import run_scan
from mamori.engines.sources import read_batches
from mamori.policy import load_pack

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def pack():  # type: ignore[no-untyped-def]
    return load_pack(EXAMPLES)


def _ints(n: int, size: int) -> Iterator[pa.RecordBatch]:
    for start in range(0, n, size):
        k = min(size, n - start)
        yield pa.record_batch({"x": np.arange(start, start + k, dtype=np.int64)})


def _cut(n: int, batch: int, workers: int) -> list[tuple[int, int]]:
    """(first x, rows) of every chunk the chunker cuts from n rows in batches of ``batch``."""
    ch = _Chunker(_ints(n, batch), lambda t: None, batch, workers)
    out = []
    while (c := ch.next()) is not None:
        out.append((c.batch.column("x")[0].as_py(), c.batch.num_rows))
    return out


@pytest.mark.parametrize(
    ("n", "batch", "workers"),
    [(200_000, 32768, 2), (5_000, 8192, 2), (100_000, 65536, 3), (70_000, 4096, 2), (1, 8, 2)],
)
def test_chunks_cover_the_input_in_order_and_shrink_at_the_end(
    n: int, batch: int, workers: int
) -> None:
    chunks = _cut(n, batch, workers)
    full = max(MIN_CHUNK, -(-batch // workers))
    pos = 0
    for first, rows in chunks:
        assert first == pos  # in order, nothing skipped or repeated
        assert 0 < rows < full + MIN_CHUNK  # a batch's last < MIN_CHUNK rows join its chunk
        pos += rows
    assert pos == n
    # the end is cut finer than a full chunk: the last chunks are at most a
    # 1 / (2 * workers) share of what was left, down to MIN_CHUNK
    tail = [rows for _, rows in chunks[-3:]]
    if n >= 4 * full:
        assert max(tail) < full
        assert tail[-1] < 2 * MIN_CHUNK


def test_200k_listings_in_batches_of_32768_end_with_small_chunks() -> None:
    sizes = [rows for _, rows in _cut(200_000, 32768, 2)]
    assert sizes[0] == 16384
    # with full chunks to the end the last round was 16,384 rows on one worker and
    # 3,392 on the other: now no chunk of the last eight is larger than ~1/4 of the rest
    assert sizes[-1] < 2 * MIN_CHUNK and sum(sizes[-4:]) < 16384
    assert min(sizes) >= MIN_CHUNK  # no sliver task (a round trip and a file for a few rows)


def test_the_first_chunk_waits_for_one_batch_only() -> None:
    read = []

    def batches() -> Iterator[pa.RecordBatch]:
        for b in _ints(100_000, 10_000):
            read.append(b.num_rows)
            yield b

    ch = _Chunker(batches(), lambda t: None, 10_000, 2)
    first = ch.next()
    assert first is not None and first.batch.num_rows == 5_000
    assert len(read) == 1


def test_prefilter_runs_once_per_batch_and_is_sliced_per_chunk() -> None:
    calls = []

    def prefilter(t: pa.Table) -> list[np.ndarray | None]:
        calls.append(t.num_rows)
        x = np.asarray(t.column("x").to_pylist())
        return [x % 2 == 0, None]

    ch = _Chunker(_ints(30_000, 10_000), prefilter, 10_000, 2)
    while (c := ch.next()) is not None:
        assert c.needed is not None and c.needed[1] is None
        x = np.asarray(c.batch.column("x").to_pylist())
        assert (c.needed[0] == (x % 2 == 0)).all()
    assert calls == [10_000, 10_000, 10_000]


def test_arrow_builders_equal_pyarrow_conversion() -> None:
    strs = ["糖尿病が治る", None, "", "a\u200bb", "𠮷野家", None]
    assert engine_mod._strings(strs).equals(pa.array(strs, type=pa.string()))
    assert engine_mod._strings([]).equals(pa.array([], type=pa.string()))
    assert engine_mod._int64s([3, -1, 2**40]).equals(pa.array([3, -1, 2**40], type=pa.int64()))
    b = pa.array([True, None, False, True, True, False, None, True, False, True])
    for sl in (b, b.slice(3), b.slice(3, 4), pa.chunked_array([b.slice(0, 5), b.slice(5)])):
        want = [v is True for v in sl.to_pylist()]
        assert engine_mod._bools(sl).tolist() == want
    i = pa.chunked_array([pa.array([5, 6, 7], type=pa.int32()).slice(1), pa.array([9], pa.int32())])
    assert engine_mod._ints(i).tolist() == [6, 7, 9]
    assert engine_mod._ints(pa.chunked_array([], type=pa.int64())).tolist() == []


def test_hits_of_repeated_rows_equal_the_realtime_engine(pack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Repeated rows under new ids: reasons come from the per-(policy, evidence, values)
    # cache for all but the first copy, and must still be the realtime engine's, id by id.
    base = pa.Table.from_batches(list(read_batches(EXAMPLES / "listings.jsonl", "listing", [])))
    rows = base.to_pylist()
    copies = [{**r, "id": f"{r['id']}-{k}"} for k in range(3) for r in rows]
    src = tmp_path / "in.parquet"
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(copies, schema=base.schema), src)
    run_scan(pack, src, tmp_path / "a.jsonl", engine="duckdb", batch_size=7)
    run_scan(pack, src, tmp_path / "b.jsonl", engine="realtime", batch_size=7)
    a = (tmp_path / "a.jsonl").read_text(encoding="utf-8")
    assert a == (tmp_path / "b.jsonl").read_text(encoding="utf-8")
    assert a.count("\n") > 3 * 10


_NO_PANDAS = """
import sys
from pathlib import Path
from mamori.engines.runner import run_scan
from mamori.policy import load_pack

def main():
    ex = Path(sys.argv[1])
    stats = run_scan(load_pack(ex), sys.argv[2], sys.argv[3], workers=2, batch_size=2048)
    assert stats.hits > 0, stats
    print("pandas" in sys.modules)

if __name__ == "__main__":
    main()
"""


@pytest.mark.slow
def test_a_pooled_scan_does_not_import_pandas(tmp_path: Path) -> None:
    # pyarrow imports pandas on its first conversion from Python objects: ~0.9 s CPU of
    # a `mamori scan --workers 2` process that never uses it (Parquet in and out here).
    base = pa.Table.from_batches(list(read_batches(EXAMPLES / "listings.jsonl", "listing", [])))
    rows = [{**r, "id": f"{r['id']}-{k}"} for k in range(300) for r in base.to_pylist()]
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows, schema=base.schema), tmp_path / "in.parquet")
    script = tmp_path / "scan.py"
    script.write_text(_NO_PANDAS, encoding="utf-8")
    out = subprocess.run(
        [
            sys.executable,
            str(script),
            str(EXAMPLES),
            str(tmp_path / "in.parquet"),
            str(tmp_path / "o.parquet"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert out.stdout.strip() == "False", out.stderr


def _textpass_dirs() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("mamori-textpass-*")}


@pytest.fixture
def shutdowns(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """``cancel_futures`` of every process-pool shutdown in this process."""
    from concurrent.futures import ProcessPoolExecutor

    seen: list[bool] = []
    real = ProcessPoolExecutor.shutdown

    def shutdown(self, wait=True, *, cancel_futures=False):  # type: ignore[no-untyped-def]
        seen.append(cancel_futures)
        return real(self, wait=wait, cancel_futures=cancel_futures)

    monkeypatch.setattr(ProcessPoolExecutor, "shutdown", shutdown)
    return seen


@pytest.mark.slow
def test_an_input_error_mid_scan_stops_the_pool_promptly(pack, shutdowns) -> None:  # type: ignore[no-untyped-def]
    # The error reaches the caller; chunks still queued are cancelled rather than run,
    # and the chunk files are removed.
    base = pa.Table.from_batches(list(read_batches(EXAMPLES / "listings.jsonl", "listing", [])))
    rows = [{**r, "id": f"{r['id']}-{k}"} for k in range(400) for r in base.to_pylist()]
    table = pa.Table.from_pylist(rows, schema=base.schema)

    def batches() -> Iterator[pa.RecordBatch]:
        yield from table.to_batches(max_chunksize=2048)[:3]
        raise ValueError("the input broke")

    before = _textpass_dirs()
    engine = DuckDBEngine(pack, workers=2, batch_size=2048)
    t0 = time.monotonic()
    with pytest.raises(ValueError, match="the input broke"):
        for _ in engine.scan_batches(batches(), "listing"):
            pass
    assert time.monotonic() - t0 < 120
    assert _textpass_dirs() <= before
    assert shutdowns == [True]  # queued chunks cancelled, not run to completion
    # a scan that ends normally waits for nothing it has not read
    assert DuckDBEngine(pack, workers=2, batch_size=2048).scan(table).num_rows > 0
    assert shutdowns == [True, False]


@pytest.mark.slow
def test_a_caller_that_stops_reading_shuts_the_pool_down(pack, shutdowns) -> None:  # type: ignore[no-untyped-def]
    base = pa.Table.from_batches(list(read_batches(EXAMPLES / "listings.jsonl", "listing", [])))
    rows = [{**r, "id": f"{r['id']}-{k}"} for k in range(400) for r in base.to_pylist()]
    table = pa.Table.from_pylist(rows, schema=base.schema)
    before = _textpass_dirs()
    engine = DuckDBEngine(pack, workers=2, batch_size=2048)
    threads = "SELECT current_setting('threads')"
    default = engine.con.execute(threads).fetchall()[0][0]
    gen = engine.scan_batches(iter(table.to_batches(max_chunksize=2048)), "listing")
    first = next(gen)
    assert first.num_rows > 0
    # the workers hold the cores: DuckDB runs one thread here while they work
    assert engine.con.execute(threads).fetchall()[0][0] == 1
    gen.close()  # GeneratorExit inside the scan: queued chunks cancelled, pool shut down
    assert _textpass_dirs() <= before
    assert shutdowns == [True]
    assert engine.con.execute(threads).fetchall()[0][0] == default
    # a thread count the caller chose is left alone
    chosen = DuckDBEngine(pack, workers=2, batch_size=2048, threads=2)
    gen = chosen.scan_batches(iter(table.to_batches(max_chunksize=2048)), "listing")
    next(gen)
    assert chosen.con.execute(threads).fetchall()[0][0] == 2
    gen.close()
