"""DuckDB runner for discovery detectors (the default engine).

Registers every Contracts table found in the data directory as a view over its Parquet
file, so detector SQL streams from disk and memory stays bounded; Arrow-level detectors
read only the columns they ask for.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa

from mamori.entities import TABLES

#: Extra tables a run directory may hold beside the Contracts tables.
EXTRA_TABLES: tuple[str, ...] = ("hits", "labels")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class DuckDBDiscoveryRunner:
    """``DiscoveryRunner`` over a DuckDB connection.

    ``tables`` maps table names to a Parquet path or an in-memory Arrow table (tests and
    notebooks pass tables directly).
    """

    dialect = "duckdb"

    def __init__(
        self,
        tables: dict[str, Path | pa.Table],
        *,
        threads: int | None = None,
        memory_limit: str | None = None,
    ) -> None:
        self.con = duckdb.connect()
        if threads:
            self.con.execute(f"SET threads = {int(threads)}")
        if memory_limit:
            self.con.execute(f"SET memory_limit = '{memory_limit}'")
        self._tables: dict[str, tuple[str, ...]] = {}
        for name, source in tables.items():
            if isinstance(source, pa.Table):
                self.con.register(f"__arrow_{name}", source)
                self.con.execute(
                    f"CREATE VIEW {_quote(name)} AS SELECT * FROM {_quote('__arrow_' + name)}"
                )
            else:
                path = str(source).replace("'", "''")
                self.con.execute(
                    f"CREATE VIEW {_quote(name)} AS SELECT * FROM read_parquet('{path}')"
                )
            cols = self.con.sql(f"SELECT * FROM {_quote(name)} LIMIT 0").to_arrow_table()
            self._tables[name] = tuple(cols.schema.names)

    @classmethod
    def from_dir(
        cls, data_dir: str | Path, hits: str | Path | None = None, **kwargs: object
    ) -> DuckDBDiscoveryRunner:
        """Register ``<table>.parquet`` files of a Contracts data directory.

        ``hits.parquet`` is looked for in the directory and in its parent (a run
        directory keeps tables under ``DIR/data`` and hits at ``DIR/hits.parquet``).
        """
        d = Path(data_dir)
        tables: dict[str, Path | pa.Table] = {}
        for name in (*TABLES, *EXTRA_TABLES):
            p = d / f"{name}.parquet"
            if p.exists():
                tables[name] = p
        if hits is not None:
            tables["hits"] = Path(hits)
        elif "hits" not in tables and (d.parent / "hits.parquet").exists():
            tables["hits"] = d.parent / "hits.parquet"
        return cls(tables, **kwargs)  # type: ignore[arg-type]

    def has_table(self, name: str) -> bool:
        return name in self._tables

    def columns(self, name: str) -> tuple[str, ...]:
        return self._tables.get(name, ())

    def run_sql(self, sql: str) -> pa.Table:
        return self.con.sql(sql).to_arrow_table()

    def read_table(self, name: str, columns: list[str] | None = None) -> pa.Table:
        have = self._tables[name]
        cols = ", ".join(_quote(c) for c in (columns or list(have)) if c in have)
        return self.con.sql(f"SELECT {cols} FROM {_quote(name)}").to_arrow_table()

    def close(self) -> None:
        self.con.close()
