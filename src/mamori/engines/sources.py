"""Reading entity rows from JSONL, CSV, Parquet or Arrow as typed Arrow batches.

Contracts: a field missing from a row is NULL; a wrong type, invalid JSON or a missing
``id`` makes a row *bad*: it is reported (line number and reason) and skipped, the others
are processed. Related records may be nested in a JSONL row (``"seller": {...}``) or
given as flattened columns (``seller__status``). Reading streams: only one batch of
rows is ever held as Python objects.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa

from mamori.entities import RELATED, SCHEMAS, FieldType, arrow_type
from mamori.evaluate.rows import RowError, coerce_entity

DEFAULT_BATCH = 8192


@dataclass(frozen=True, slots=True)
class BadRow:
    line: int  # 1-based line (JSONL/CSV: physical line; Parquet/Arrow: row number)
    message: str

    def format(self, file: str) -> str:
        return f"{file}:{self.line}: bad row skipped / 不正な行をスキップ: {self.message}"


def input_schema(kind: str) -> pa.Schema:
    """Entity fields, then related fields flattened as ``prefix__field``."""
    fields = [pa.field(f.name, arrow_type(f.type)) for f in SCHEMAS[kind].fields]
    for prefix, schema in RELATED.get(kind, {}).items():
        fields += [pa.field(f"{prefix}__{f.name}", arrow_type(f.type)) for f in schema.fields]
    return pa.schema(fields)


def _flatten(
    kind: str, entity: dict[str, Any], related: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    row = dict(entity)
    for prefix, rec in related.items():
        for k, v in rec.items():
            row[f"{prefix}__{k}"] = v
    return row


def split_row(kind: str, row: dict[str, Any]) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """A flattened row back into (entity, related) for the realtime evaluator."""
    entity = {f.name: row.get(f.name) for f in SCHEMAS[kind].fields}
    related: dict[str, dict[str, Any]] = {}
    for prefix, schema in RELATED.get(kind, {}).items():
        rec = {f.name: row.get(f"{prefix}__{f.name}") for f in schema.fields}
        if any(v is not None for v in rec.values()):
            related[prefix] = rec
    return entity, related


def _csv_value(ftype: FieldType, raw: str) -> Any:
    if raw == "":
        return None
    if ftype == FieldType.INT:
        try:
            return int(raw)
        except ValueError:
            try:
                f = float(raw)
            except ValueError:
                return raw  # reported as a wrong type by coerce_entity
            return int(f) if f.is_integer() else raw
    if ftype == FieldType.FLOAT:
        try:
            return float(raw)
        except ValueError:
            return raw
    if ftype == FieldType.BOOL:
        low = raw.strip().lower()
        if low in ("true", "1", "t", "yes"):
            return True
        if low in ("false", "0", "f", "no"):
            return False
        return raw
    return raw


def _csv_row(kind: str, rec: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    schema = SCHEMAS[kind]
    related = RELATED.get(kind, {})
    for key, raw in rec.items():
        if key is None:
            continue
        f = schema.field(key)
        if f is not None:
            out[key] = _csv_value(f.type, raw)
            continue
        prefix, _, name = key.partition("__") if "__" in key else key.partition(".")
        if prefix in related and related[prefix].field(name) is not None:
            ft = related[prefix].field(name)
            assert ft is not None
            out[f"{prefix}.{name}"] = _csv_value(ft.type, raw)  # `price` is also a field
    return out


def _rows(path: Path, kind: str) -> Iterator[tuple[int, Any, str | None]]:
    """(line, parsed row or None, problem) for JSONL / CSV files."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        with path.open(encoding="utf-8", errors="replace") as fh:
            for i, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    yield i, json.loads(line), None
                except json.JSONDecodeError as e:
                    yield i, None, f"invalid JSON: {e.msg} (column {e.colno})"
                except RecursionError:  # json recurses per level: a hostile row, not a crash
                    yield i, None, "JSON nested too deeply / 入れ子が深すぎます"
    elif suffix == ".csv":
        with path.open(encoding="utf-8", errors="replace", newline="") as fh:
            reader = csv.DictReader(fh)
            for rec in reader:
                yield reader.line_num, _csv_row(kind, rec), None
    else:
        raise ValueError(f"unsupported input format {suffix!r}: use .jsonl, .csv or .parquet")


def _batch(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.RecordBatch:
    cols = {name: [r.get(name) for r in rows] for name in schema.names}
    return pa.RecordBatch.from_pydict(cols, schema=schema)


def _text_batches(
    path: Path, kind: str, bad: list[BadRow], batch_size: int
) -> Iterator[pa.RecordBatch]:
    schema = input_schema(kind)
    buf: list[dict[str, Any]] = []
    for line, row, problem in _rows(path, kind):
        if problem is not None:
            bad.append(BadRow(line, problem))
            continue
        try:
            entity, related = coerce_entity(kind, row)
        except RowError as e:
            bad.append(BadRow(line, str(e)))
            continue
        buf.append(_flatten(kind, entity, related))
        if len(buf) >= batch_size:
            yield _batch(buf, schema)
            buf = []
    if buf:
        yield _batch(buf, schema)


def conform(
    batch: pa.RecordBatch | pa.Table, kind: str, bad: list[BadRow], first_row: int = 1
) -> pa.RecordBatch:
    """Add missing columns as NULL, cast to the schema, drop rows without an id."""
    schema = input_schema(kind)
    n = batch.num_rows
    names = set(batch.schema.names)
    arrays = []
    for f in schema:
        if f.name in names:
            col = batch.column(f.name)
            if isinstance(col, pa.ChunkedArray):
                col = col.combine_chunks()
            if not col.type.equals(f.type):
                try:
                    col = col.cast(f.type)
                except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as e:
                    raise RowError(
                        f"column {f.name!r} has type {col.type}, expected {f.type}: {e}"
                    ) from None
            arrays.append(col)
        else:
            arrays.append(pa.nulls(n, f.type))
    out = pa.RecordBatch.from_arrays(arrays, schema=schema)
    ids = out.column("id")
    if ids.null_count:
        import pyarrow.compute as pc

        valid = pc.is_valid(ids)
        for i, ok in enumerate(valid.to_pylist()):
            if not ok:
                bad.append(BadRow(first_row + i, "missing 'id'"))
        out = out.filter(valid)
    return out


def read_batches(
    source: Any, kind: str, bad: list[BadRow], batch_size: int = DEFAULT_BATCH
) -> Iterator[pa.RecordBatch]:
    """Typed batches of ``source`` (path, Arrow table, batch or reader); bad rows → ``bad``."""
    if isinstance(source, pa.Table | pa.RecordBatch):
        source = pa.RecordBatchReader.from_batches(
            source.schema,
            source.to_batches(max_chunksize=batch_size)
            if isinstance(source, pa.Table)
            else [source],
        )
    if isinstance(source, pa.RecordBatchReader):
        row = 1
        for b in source:
            yield conform(b, kind, bad, row)
            row += b.num_rows
        return
    path = Path(source)
    if path.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        pf = pq.ParquetFile(path)
        row = 1
        for b in pf.iter_batches(batch_size=batch_size):
            yield conform(b, kind, bad, row)
            row += b.num_rows
        return
    yield from _text_batches(path, kind, bad, batch_size)
