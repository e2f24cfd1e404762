"""The analysis window: "now" is the latest event in the data, not the wall clock.

Discovery runs over snapshots; anchoring windows on the data's own last day makes a run
reproducible (same data → same findings) and keeps DuckDB and Spark in agreement.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mamori.discovery.runner import DiscoveryRunner, run


@dataclass(frozen=True, slots=True)
class Window:
    start: dt.date  # inclusive
    end: dt.date  # inclusive: the last day with data

    def __str__(self) -> str:
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


EPOCH = Window(dt.date(1970, 1, 1), dt.date(1970, 1, 1))

#: Activity tables and their event time, in order of preference for the run window.
ACTIVITY: tuple[tuple[str, str], ...] = (
    ("orders", "ordered_at"),
    ("reviews", "created_at"),
    ("listings", "created_at"),
)


def table_window(runner: DiscoveryRunner, table: str, col: str) -> Window | None:
    """First and last day of ``table.col``; None when the table or its dates are missing.

    Daily series use their own table's window: reviews trail orders by days, and
    padding an order series with the review-only days would fake a collapse in sales.
    """
    if not (runner.has_table(table) and col in runner.columns(table)):
        return None
    t = run(
        runner,
        f"SELECT MIN(CAST({col} AS DATE)) AS lo, MAX(CAST({col} AS DATE)) AS hi FROM {table}",
    )
    lo, hi = t.column("lo")[0].as_py(), t.column("hi")[0].as_py()
    if lo is None or hi is None:
        return None
    return Window(lo, hi)


def data_window(runner: DiscoveryRunner) -> Window:
    """The run window: orders' first and last day (else reviews', else listings')."""
    for table, col in ACTIVITY:
        w = table_window(runner, table, col)
        if w is not None:
            return w
    return EPOCH
