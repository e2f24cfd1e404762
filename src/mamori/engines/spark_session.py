"""The one place a SparkSession is made, configured for mamori's (DuckDB's) semantics.

Spark 4 runs ANSI SQL by default: division by zero and bad casts raise where DuckDB
returns NULL. mamori's semantics are DuckDB's, so every session mamori creates turns
ANSI off, pins the session time zone to UTC (timestamps in the Contracts are naive UTC)
and keeps string comparison binary (the default UTF8_BINARY collation, stated so a
cluster-wide default cannot change it). The remaining differences are guarded in the
compiled SQL (``engines/spark.py``).

Start-up costs 7–9 s on two cores, so callers share one session: ``get_session`` returns
the active session when its master matches and only configures what is safe to set at
run time.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

DEFAULT_MASTER = "local[2]"

#: Settings mamori needs on every session (also re-applied to an existing session).
SQL_CONF: dict[str, str] = {
    "spark.sql.ansi.enabled": "false",
    "spark.sql.session.timeZone": "UTC",
    "spark.sql.session.collation.default": "UTF8_BINARY",
    "spark.sql.execution.arrow.pyspark.enabled": "true",
    # mapInArrow/toArrow exchange plain (32-bit offset) strings and lists.
    "spark.sql.execution.arrow.useLargeVarTypes": "false",
    # Keep timestamps as naive wall-clock values in UTC on the way to and from Arrow.
    "spark.sql.timestampType": "TIMESTAMP_LTZ",
}

#: Settings fixed when the JVM starts (ignored for an already-running session).
START_CONF: dict[str, str] = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.python.worker.reuse": "true",  # keeps the compiled matcher cached per worker
    "spark.driver.memory": os.environ.get("MAMORI_SPARK_DRIVER_MEMORY", "2g"),
    "spark.sql.shuffle.partitions": os.environ.get("MAMORI_SPARK_SHUFFLE_PARTITIONS", "4"),
    "spark.sql.adaptive.enabled": "true",
}


class SparkUnavailable(ImportError):
    """PySpark or Java is missing: callers treat it like a missing optional module."""


def _check_java() -> None:
    java_home = os.environ.get("JAVA_HOME")
    if java_home and Path(java_home, "bin", "java").exists():
        return
    if shutil.which("java") is None:
        raise SparkUnavailable(
            "Spark には Java 17 が必要です（java が見つかりません）。 / "
            "Spark needs Java 17 and no `java` was found (install it or set JAVA_HOME)."
        )


def get_session(master: str | None = None, conf: dict[str, str] | None = None) -> SparkSession:
    """A SparkSession for ``master`` (default ``local[2]``) with mamori's settings.

    Reuses the active session when there is one (one JVM per process); executors run
    this interpreter unless ``PYSPARK_PYTHON`` says otherwise, so the workers import the
    same mamori as the driver.
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError as e:
        raise SparkUnavailable(
            f"PySpark がありません（pip install 'mamori[spark]'）。 / PySpark is not installed "
            f"(pip install 'mamori[spark]'): {e}"
        ) from e
    if SparkSession.getActiveSession() is None:
        _check_java()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    with quiet():
        return _session(SparkSession, master, conf)


def _session(spark_session: Any, master: str | None, conf: dict[str, str] | None) -> SparkSession:
    active = spark_session.getActiveSession()
    if active is None:
        builder: Any = spark_session.builder.master(master or DEFAULT_MASTER).appName("mamori")
        for k, v in {**START_CONF, **SQL_CONF, **(conf or {})}.items():
            builder = builder.config(k, v)
        active = builder.getOrCreate()
        active.sparkContext.setLogLevel("ERROR")
    session: SparkSession = active
    for k, v in SQL_CONF.items():
        session.conf.set(k, v)
    sc = session.sparkContext
    if not sc.getCheckpointDir():
        sc.setCheckpointDir(
            os.environ.get("MAMORI_SPARK_CHECKPOINT_DIR")
            or tempfile.mkdtemp(prefix="mamori-spark-checkpoint-")
        )
    return session


def stop_session() -> None:
    """Stop the active session (tests and benchmarks call this once at the end)."""
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        active.stop()


@contextmanager
def quiet() -> Iterator[None]:
    """Silence PySpark's notice that it does not yet fully support pandas 3.

    PySpark checks the pandas version on many Arrow paths and warns each time; mamori
    exchanges Arrow only (no pandas), so the notice is noise — and an error under
    ``pytest -W error``.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", message="PySpark does not yet fully support pandas", category=FutureWarning
        )
        yield
