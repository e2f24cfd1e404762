"""Discovery use case: open a runner on a data directory, run the detector plan.

The CLI, the demo and notebooks call :func:`discover`; it returns the findings as an
Arrow table in the Contracts schema. ``engine="spark"`` loads
``mamori.engines.discovery_spark`` (an optional module) and runs the same plan there.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa

from mamori.discovery import findings as F
from mamori.discovery.detectors import DETECTORS, Context, Params
from mamori.discovery.runner import DiscoveryRunner
from mamori.discovery.window import data_window
from mamori.errors import DataError, UnsupportedError

#: progress(kind, event, info): event is "start" or "done"; info has findings/seconds.
Progress = Callable[[str, str, dict[str, Any]], None]
ENGINES: tuple[str, ...] = ("duckdb", "spark")


def _check_kinds(only: Sequence[str] | None) -> list[str]:
    if not only:
        return list(F.KINDS)
    unknown = [k for k in only if k not in F.KINDS]
    if unknown:
        raise DataError(
            f"未知の検出種別です / unknown finding kind: {', '.join(unknown)} "
            f"(known: {', '.join(F.KINDS)})"
        )
    return [k for k in F.KINDS if k in set(only)]


@contextmanager
def open_runner(
    data_dir: str | Path,
    engine: str = "duckdb",
    *,
    hits: str | Path | None = None,
    spark_master: str | None = None,
) -> Iterator[DiscoveryRunner]:
    """A runner over the Contracts tables of ``data_dir`` on ``engine``."""
    d = Path(data_dir)
    if not d.is_dir():
        raise DataError(f"データディレクトリがありません / data directory not found: {d}")
    if hits is not None and not Path(hits).is_file():
        raise DataError(f"ヒットファイルがありません / hits file not found: {hits}")
    if engine == "duckdb":
        from mamori.engines.discovery_duckdb import DuckDBDiscoveryRunner

        runner = DuckDBDiscoveryRunner.from_dir(d, hits=hits)
        try:
            yield runner
        finally:
            runner.close()
    elif engine == "spark":
        try:
            import importlib

            mod = importlib.import_module("mamori.engines.discovery_spark")
        except ImportError as e:
            raise UnsupportedError(
                "Spark 用の検出エンジンがありません（mamori.engines.discovery_spark）。"
                "`pip install mamori[spark]` を確認するか --engine duckdb を使ってください。 / "
                "the Spark discovery engine (mamori.engines.discovery_spark) is not available: "
                f"{e}. Install mamori[spark] or use --engine duckdb."
            ) from e
        spark_runner: Any = mod.SparkDiscoveryRunner.from_dir(d, hits=hits, master=spark_master)
        try:
            yield spark_runner
        finally:
            spark_runner.close()
    else:
        raise UnsupportedError(
            f"未対応のエンジンです / unsupported engine: {engine!r} (use {' or '.join(ENGINES)})"
        )


def run_plan(
    runner: DiscoveryRunner,
    only: Sequence[str] | None = None,
    progress: Progress | None = None,
    params: Params | None = None,
) -> pa.Table:
    """Run the selected detectors on an open runner; findings in Contracts order."""
    return _run_detectors(Context(runner, data_window(runner), params or Params()), only, progress)


def _run_detectors(ctx: Context, only: Sequence[str] | None, progress: Progress | None) -> pa.Table:
    kinds = _check_kinds(only)
    tables = []
    for kind in kinds:
        if progress:
            progress(kind, "start", {})
        started = time.perf_counter()
        found = DETECTORS[kind](ctx)
        tables.append(F.to_table(found))
        if progress:
            progress(
                kind, "done", {"findings": len(found), "seconds": time.perf_counter() - started}
            )
    return F.concat(tables)


def discover(
    data_dir: str | Path,
    only: Sequence[str] | None = None,
    engine: str = "duckdb",
    progress: Progress | None = None,
    *,
    hits: str | Path | None = None,
    spark_master: str | None = None,
    params: Params | None = None,
) -> pa.Table:
    """Findings over a Contracts data directory (``hits.parquet`` beside or above it is
    used for the seller risk table and policy gaps)."""
    with open_runner(data_dir, engine, hits=hits, spark_master=spark_master) as runner:
        return run_plan(runner, only, progress, params)


def seller_risk(
    data_dir: str | Path,
    engine: str = "duckdb",
    *,
    hits: str | Path | None = None,
    spark_master: str | None = None,
    params: Params | None = None,
) -> pa.Table:
    """The ranked seller risk table (one row per seller; ``rank``, ``risk_score``,
    features and their robust z-scores) for notebooks and reports."""
    with open_runner(data_dir, engine, hits=hits, spark_master=spark_master) as runner:
        ctx = Context(runner, data_window(runner), params or Params())
        return ctx.ranked_sellers()


def discover_with_features(
    data_dir: str | Path,
    only: Sequence[str] | None = None,
    engine: str = "duckdb",
    progress: Progress | None = None,
    *,
    hits: str | Path | None = None,
    spark_master: str | None = None,
    params: Params | None = None,
) -> tuple[pa.Table, pa.Table]:
    """Findings and the sellers' risk features (``feature(name)``) from one run: the
    ranked seller table the ``seller_risk`` detector builds is computed once for both."""
    from mamori.discovery.features import policy_features

    with open_runner(data_dir, engine, hits=hits, spark_master=spark_master) as runner:
        ctx = Context(runner, data_window(runner), params or Params())
        findings = _run_detectors(ctx, only, progress)
        return findings, policy_features(ctx.ranked_sellers())


def seller_features_table(
    data_dir: str | Path,
    engine: str = "duckdb",
    *,
    hits: str | Path | None = None,
    spark_master: str | None = None,
    params: Params | None = None,
) -> pa.Table:
    """The sellers' risk features as policies read them (``feature(name)``): the ranked
    table cut and typed to ``entities.SELLER_RISK``, one row per seller."""
    from mamori.discovery.features import policy_features

    return policy_features(
        seller_risk(data_dir, engine, hits=hits, spark_master=spark_master, params=params)
    )


def write_findings(table: pa.Table, path: str | Path) -> Path:
    """Write findings as Parquet (the Contracts output)."""
    import pyarrow.parquet as pq

    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, p)
    return p
