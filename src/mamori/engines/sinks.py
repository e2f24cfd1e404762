"""Writing hit tables as JSONL, CSV or Parquet, batch by batch (``-`` = JSONL on stdout).

CSV has no nested types, so ``evidence`` becomes a JSON string there (Contracts).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import IO, Any

import pyarrow as pa

from mamori.engines.base import hits_schema


class HitWriter:
    def __init__(self, target: str | Path, schema: pa.Schema | None = None) -> None:
        self.schema = schema or hits_schema()
        self.target = str(target)
        self.rows = 0
        self._fh: IO[str] | None = None
        self._csv: Any = None
        self._pq: Any = None
        if self.target == "-":
            self.format = "jsonl"
            self._fh = sys.stdout
            return
        suffix = Path(self.target).suffix.lower()
        if suffix in (".jsonl", ".ndjson", ".json"):
            self.format = "jsonl"
            self._fh = open(self.target, "w", encoding="utf-8")  # noqa: SIM115 - closed in close()
        elif suffix == ".csv":
            self.format = "csv"
            self._fh = open(self.target, "w", encoding="utf-8", newline="")  # noqa: SIM115
            self._csv = csv.writer(self._fh)
            self._csv.writerow(self.schema.names)
        elif suffix == ".parquet":
            import pyarrow.parquet as pq

            self.format = "parquet"
            self._pq = pq.ParquetWriter(self.target, self.schema)
        else:
            raise ValueError(
                f"unsupported output format {suffix!r}: use .jsonl, .csv or .parquet (or - for stdout)"
            )

    def write(self, batch: pa.RecordBatch | pa.Table) -> None:
        if batch.num_rows == 0:
            return
        self.rows += batch.num_rows
        if self._pq is not None:
            table = batch if isinstance(batch, pa.Table) else pa.Table.from_batches([batch])
            self._pq.write_table(table.cast(self.schema))
            return
        assert self._fh is not None
        rows = batch.to_pylist()
        if self.format == "jsonl":
            buf = io.StringIO()
            for r in rows:
                buf.write(json.dumps(r, ensure_ascii=False, default=str))
                buf.write("\n")
            self._fh.write(buf.getvalue())
        else:
            for r in rows:
                self._csv.writerow(
                    [
                        json.dumps(r[n], ensure_ascii=False)
                        if n == "evidence"
                        else ("" if r[n] is None else r[n])
                        for n in self.schema.names
                    ]
                )

    def close(self) -> None:
        if self._pq is not None:
            self._pq.close()
            return
        fh = self._fh
        if fh is None:
            return
        if fh is sys.stdout:
            fh.flush()
        else:
            fh.close()
