"""The batch engine Protocol: one table in, one table of hits out.

Engines differ only in where SQL runs (DuckDB in-process, Spark on a cluster); the text
pass, the SQL compiler and the output layout are shared, so results are identical.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import pyarrow as pa

# Contracts: the hit columns other tools read, in this order; extras follow.
HIT_COLUMNS: tuple[str, ...] = (
    "entity_id",
    "policy_id",
    "policy_version",
    "severity",
    "action",
    "points",
    "evidence",
)
EXTRA_COLUMNS: tuple[str, ...] = ("status", "family", "reason_ja", "reason_en")


def evidence_type() -> pa.DataType:
    import pyarrow as pa

    return pa.list_(
        pa.struct(
            [
                ("field", pa.string()),
                ("text", pa.string()),
                ("start", pa.int64()),
                ("end", pa.int64()),
            ]
        )
    )


def hits_schema() -> pa.Schema:
    import pyarrow as pa

    return pa.schema(
        [
            ("entity_id", pa.string()),
            ("policy_id", pa.string()),
            ("policy_version", pa.int64()),
            ("severity", pa.string()),
            ("action", pa.string()),
            ("points", pa.int64()),
            ("evidence", evidence_type()),
            ("status", pa.string()),
            ("family", pa.string()),
            ("reason_ja", pa.string()),
            ("reason_en", pa.string()),
        ]
    )


class Engine(Protocol):
    """What a batch engine offers (``DuckDBEngine``, later ``SparkEngine``)."""

    def scan(
        self, source: str | Path | Any, entity: str = "listing", related: Any = None
    ) -> pa.Table:
        """Hits of every applicable active/shadow policy on every row of ``source``."""
        ...

    def scan_data_dir(self, data_dir: str | Path, entity: str = "listing") -> pa.Table:
        """Like ``scan`` on ``<data_dir>/<table>.parquet`` with related records joined."""
        ...
