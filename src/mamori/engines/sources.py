"""Reading entity rows from JSONL, CSV, Parquet or Arrow as typed Arrow batches.

Contracts: a field missing from a row is NULL; a wrong type, invalid JSON, a line that is
not UTF-8 (or not Shift_JIS, in a file written in it: ``detect_encoding``), a text field over ``max_field_bytes`` or a missing ``id`` makes a row *bad*: it is reported (line number and reason) and skipped, the others
are processed. Related records may be nested in a JSONL row (``"seller": {...}``) or
given as flattened columns (``seller__status``). Reading streams: only one batch of
rows is ever held as Python objects.
"""

from __future__ import annotations

import codecs
import csv
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa

from mamori.entities import RELATED, SCHEMAS, FieldType, arrow_type
from mamori.evaluate.rows import RowError, coerce_entity

DEFAULT_BATCH = 8192
# Larger text fields make a row bad: a 10 MB description is an upload error or an attack,
# and scanning it would hold the whole batch up.
DEFAULT_MAX_FIELD_BYTES = 1024 * 1024


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


def _too_big(value: Any, limit: int, name: str = "") -> str | None:
    """Name of the first text field (nested records included) over ``limit`` UTF-8 bytes."""
    if isinstance(value, str):
        # A character is at most 4 bytes: only long strings need the (costly) exact count.
        if len(value) * 4 > limit and len(value.encode("utf-8", "surrogatepass")) > limit:
            return name or "?"
        return None
    if isinstance(value, dict):
        for k, v in value.items():
            hit = _too_big(v, limit, f"{name}.{k}" if name else str(k))
            if hit is not None:
                return hit
    elif isinstance(value, list):
        for v in value:
            hit = _too_big(v, limit, name)
            if hit is not None:
                return hit
    return None


def _field_message(name: str, limit: int) -> str:
    return (
        f"field {name!r} is larger than {limit:,} bytes (--max-field-bytes) / "
        f"フィールド {name!r} が上限 {limit:,} バイトを超えています"
    )


def _utf8_message(e: UnicodeDecodeError, encoding: str = "utf-8") -> str:
    name = ENCODING_NAMES.get(encoding, encoding)
    return (
        f"invalid {name} at byte {e.start + 1} of the line / "
        f"行の {e.start + 1} バイト目が不正な {name} です"
    )


#: How encodings are named in messages.
ENCODING_NAMES = {"utf-8": "UTF-8", "cp932": "Shift_JIS (cp932)"}
_SAMPLE_BYTES = 1 << 16


def detect_encoding(path: Path) -> str:
    """``utf-8`` or ``cp932``: how a JSONL/CSV file is written, judged from its head.

    Japanese CSV from Excel, 楽天 RMS or a 基幹システム is often Shift_JIS (Microsoft's
    cp932). A file whose first 64 KiB are not UTF-8 but read as Japanese in cp932 is
    read as cp932 throughout; anything else as UTF-8, where a line that is not UTF-8 stays
    a bad row (one corrupt line in a UTF-8 file never flips the whole file). A UTF-8 byte
    order mark is skipped either way.
    """
    with path.open("rb") as fh:
        head = fh.read(_SAMPLE_BYTES)
    return _encoding_of(head, cut=len(head) == _SAMPLE_BYTES)


def decode_document(raw: bytes) -> str:
    """A whole document (``mamori explain``'s JSON) as text, judged as files are: UTF-8 with
    or without a BOM, or Shift_JIS; undecodable bytes raise ``UnicodeDecodeError``."""
    raw = raw.removeprefix(codecs.BOM_UTF8)
    return raw.decode(_encoding_of(raw[:_SAMPLE_BYTES], cut=False))


def _encoding_of(head: bytes, cut: bool) -> str:
    """``detect_encoding`` on a sample; ``cut``: the sample may end inside a character."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as e:
        if cut and e.start >= len(head) - 3:
            return "utf-8"  # the sample ends inside a character
    # Mostly UTF-8 with some broken lines: more valid multi-byte characters than errors
    # (a Shift_JIS file fails UTF-8 on nearly every Japanese character).
    as_utf8 = head.decode("utf-8", "replace")
    errors = as_utf8.count("\ufffd")
    if sum(1 for ch in as_utf8 if ch > "\x7f") - errors > errors:
        return "utf-8"
    # cp932 decodes almost any byte string (stray bytes become private-use characters),
    # so it must also read as Japanese (kana, kanji, half-width kana), with few broken or
    # private-use characters.
    text = head.decode("cp932", "replace")
    broken = sum(1 for ch in text if ch == "\ufffd" or "\ue000" <= ch <= "\uf8ff")
    japanese = sum(
        1
        for ch in text
        if "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" or "\uff61" <= ch <= "\uff9f"
    )
    return "cp932" if japanese and broken * 3 < japanese else "utf-8"


def _rows(
    path: Path,
    kind: str,
    max_field_bytes: int = DEFAULT_MAX_FIELD_BYTES,
    mapping: Mapping[str, str] | None = None,
) -> Iterator[tuple[int, Any, str | None]]:
    """(line, parsed row or None, problem) for JSONL / CSV files.

    Lines are decoded one by one and strictly: a byte that is not UTF-8 makes its row bad
    instead of silently becoming U+FFFD (which would be scanned as if it were the text).
    Rows are only size-checked when the raw line is longer than the limit, so ordinary
    rows pay nothing for it.
    """
    suffix = path.suffix.lower()
    if suffix == ".json" and _starts_with(path, b"["):
        yield from _json_array_rows(path, max_field_bytes)
    elif suffix in (".jsonl", ".ndjson", ".json"):
        encoding = detect_encoding(path)
        with path.open("rb") as fh:
            for i, raw in enumerate(fh, 1):
                if i == 1 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8) :]
                if not raw.strip():
                    continue
                try:
                    line = raw.decode(encoding)
                except UnicodeDecodeError as e:
                    yield i, None, _utf8_message(e, encoding)
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as e:
                    yield i, None, f"invalid JSON: {e.msg} (column {e.colno})"
                    continue
                except RecursionError:  # json recurses per level: a hostile row, not a crash
                    yield i, None, "JSON nested too deeply / 入れ子が深すぎます"
                    continue
                if len(raw) > max_field_bytes:
                    big = _too_big(row, max_field_bytes)
                    if big is not None:
                        yield i, None, _field_message(big, max_field_bytes)
                        continue
                yield i, row, None
    elif suffix == ".csv":
        yield from _csv_rows(path, kind, max_field_bytes, mapping)
    else:
        raise ValueError(f"unsupported input format {suffix!r}: use .jsonl, .csv or .parquet")


def _dig(row: Mapping[str, Any], path: str) -> Any:
    """The value at ``path`` in a parsed row: the key itself, else a dotted path through
    nested objects and lists (``price.amount``, ``images.0.url``); None when absent."""
    if path in row:
        return row[path]
    node: Any = row
    for part in path.split("."):
        if isinstance(node, Mapping):
            node = node.get(part)
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
        if node is None:
            return None
    return node


def map_fields(row: Mapping[str, Any], mapping: Mapping[str, str]) -> dict[str, Any]:
    """``row`` with each mapped field read from the input's own name or path.

    ``mapping`` goes from an entity field (``title``, or ``seller.status`` for a related
    record) to where the input keeps it (``商品名``, ``item.name``). Unmapped keys stay, so
    an input that already uses some Contracts names needs only the others mapped.

    >>> map_fields({"商品名": "痩せる茶", "price": {"amount": 980}}, {"title": "商品名", "price": "price.amount"})
    {'商品名': '痩せる茶', 'price': 980, 'title': '痩せる茶'}
    """
    out = dict(row)
    for target, source in mapping.items():
        out[target] = _dig(row, source)
    return out


def map_columns(batch: pa.RecordBatch, mapping: Mapping[str, str]) -> pa.RecordBatch:
    """The Arrow form of :func:`map_fields`: mapped columns added under the entity's
    names (``seller.status`` as ``seller__status``); sources must be top-level columns."""
    names = list(batch.schema.names)
    arrays = list(batch.columns)
    for target, source in mapping.items():
        if source not in batch.schema.names:
            continue
        col = target.replace(".", "__", 1)
        if col in names:
            arrays[names.index(col)] = batch.column(source)
        else:
            names.append(col)
            arrays.append(batch.column(source))
    return pa.RecordBatch.from_arrays(arrays, names=names)


def mapping_problems(kind: str, mapping: Mapping[str, str]) -> list[str]:
    """Targets of ``mapping`` that are not fields of ``kind`` or of its related records."""
    from mamori.policy.raw import did_you_mean

    known = list(SCHEMAS[kind].names) + [
        f"{p}.{f}" for p, sch in RELATED.get(kind, {}).items() for f in sch.names
    ]
    out = []
    for target in mapping:
        if target not in known:
            hint = did_you_mean(target, known)
            out.append(f"unknown field {target!r} of {kind}" + (f" ({hint})" if hint else ""))
    return out


def _starts_with(path: Path, prefix: bytes) -> bool:
    """Whether the file's first non-blank bytes (after a BOM) are ``prefix``."""
    with path.open("rb") as fh:
        head = fh.read(4096).removeprefix(codecs.BOM_UTF8).lstrip()
    return head.startswith(prefix)


_CHUNK = 1 << 20


def _json_array_rows(path: Path, max_field_bytes: int) -> Iterator[tuple[int, Any, str | None]]:
    """Rows of a ``.json`` file holding one JSON array (an API dump), streamed.

    Elements are decoded one at a time from a sliding buffer, so memory stays at one
    element plus a chunk whatever the file's size; each row is reported with the line its
    element starts on. An element that is not an object is a bad row; text that is not
    JSON ends the file with one bad row (there is no next line to resume at).
    """
    decoder = json.JSONDecoder()
    encoding = detect_encoding(path)
    limit = max(4 * max_field_bytes, 8 * _CHUNK)
    with path.open("rb") as fh:
        raw = fh.read(_CHUNK).removeprefix(codecs.BOM_UTF8)
        codec = codecs.getincrementaldecoder(encoding)()
        buf = codec.decode(raw)
        pos = buf.index("[") + 1
        line = 1 + buf.count("\n", 0, pos)
        eof = False
        while True:
            while True:  # skip blanks and the comma between elements
                while pos < len(buf) and buf[pos] in " \t\r\n,":
                    if buf[pos] == "\n":
                        line += 1
                    pos += 1
                if pos < len(buf) or eof:
                    break
                buf, pos = buf[pos:] + codec.decode(fh.read(_CHUNK)), 0
                eof = len(buf) == 0
            if pos >= len(buf) or buf[pos] == "]":
                return
            try:
                row, end = decoder.raw_decode(buf, pos)
            except json.JSONDecodeError as e:
                if not eof and len(buf) - pos < limit:
                    more = fh.read(_CHUNK)
                    eof = not more
                    buf, pos = buf[pos:] + codec.decode(more, final=eof), 0
                    continue
                yield line, None, f"invalid JSON: {e.msg} (the rest of the file is skipped)"
                return
            except RecursionError:
                yield line, None, "JSON nested too deeply / 入れ子が深すぎます"
                return
            except UnicodeDecodeError as e:
                yield line, None, _utf8_message(e, encoding)
                return
            text_len = end - pos
            start_line = line
            line += buf.count("\n", pos, end)
            pos = end
            if not isinstance(row, dict):
                yield start_line, None, f"expected a JSON object, got {type(row).__name__}"
                continue
            if text_len > max_field_bytes // 4 and (big := _too_big(row, max_field_bytes)):
                yield start_line, None, _field_message(big, max_field_bytes)
                continue
            yield start_line, row, None


def _csv_rows(
    path: Path, kind: str, max_field_bytes: int, mapping: Mapping[str, str] | None = None
) -> Iterator[tuple[int, Any, str | None]]:
    """CSV records; a record is bad if any of its physical lines is not UTF-8.

    A quoted field may span lines, so decoding errors are remembered per physical line
    and charged to the record the csv module builds from those lines.
    """
    state: dict[str, Any] = {"error": None, "bytes": 0}
    encoding = detect_encoding(path)

    def lines(fh: Any) -> Iterator[str]:
        for n, raw in enumerate(fh):
            if n == 0 and raw.startswith(codecs.BOM_UTF8):  # Excel's "CSV UTF-8"
                raw = raw[len(codecs.BOM_UTF8) :]
            state["bytes"] += len(raw)
            try:
                yield raw.decode(encoding)
            except UnicodeDecodeError as e:
                if state["error"] is None:
                    state["error"] = e
                yield raw.decode(encoding, "surrogateescape")

    old_limit = csv.field_size_limit()
    # csv counts characters, the limit is in bytes: a field with more characters than
    # the byte limit is necessarily over it, and csv stops it before holding it whole.
    csv.field_size_limit(max(max_field_bytes, 1))
    try:
        with path.open("rb") as fh:
            reader = csv.DictReader(lines(fh))
            while True:
                state["error"], state["bytes"] = None, 0
                try:
                    rec = next(reader)
                except StopIteration:
                    return
                except csv.Error as e:
                    msg = str(e)
                    if "field larger than field limit" in msg:
                        msg = _field_message("?", max_field_bytes)
                    yield reader.line_num, None, f"invalid CSV: {msg}"
                    continue
                err = state["error"]
                if err is not None:
                    yield reader.line_num, None, _utf8_message(err, encoding)
                    continue
                if state["bytes"] > max_field_bytes:
                    big = _too_big(rec, max_field_bytes)
                    if big is not None:
                        yield reader.line_num, None, _field_message(big, max_field_bytes)
                        continue
                if mapping:
                    rec = map_fields(rec, mapping)
                yield reader.line_num, _csv_row(kind, rec), None
    finally:
        csv.field_size_limit(old_limit)


def _batch(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.RecordBatch:
    cols = {name: [r.get(name) for r in rows] for name in schema.names}
    return pa.RecordBatch.from_pydict(cols, schema=schema)


def _text_batches(
    path: Path,
    kind: str,
    bad: list[BadRow],
    batch_size: int,
    max_field_bytes: int,
    mapping: Mapping[str, str] | None = None,
) -> Iterator[pa.RecordBatch]:
    schema = input_schema(kind)
    buf: list[dict[str, Any]] = []
    csv_input = path.suffix.lower() == ".csv"  # mapped while the cells are still text
    for line, row, problem in _rows(path, kind, max_field_bytes, mapping):
        if problem is not None:
            bad.append(BadRow(line, problem))
            continue
        if mapping and not csv_input and isinstance(row, dict):
            row = map_fields(row, mapping)
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
    source: Any,
    kind: str,
    bad: list[BadRow],
    batch_size: int = DEFAULT_BATCH,
    max_field_bytes: int = DEFAULT_MAX_FIELD_BYTES,
    mapping: Mapping[str, str] | None = None,
    use_threads: bool = True,
) -> Iterator[pa.RecordBatch]:
    """Typed batches of ``source`` (path, Arrow table, batch or reader); bad rows → ``bad``.

    ``mapping`` (entity field → the input's own name for it, see :func:`map_fields`)
    reads inputs whose columns are named otherwise (商品名 for ``title``).
    ``use_threads=False`` decodes Parquet in the calling thread: when text-pass
    workers hold the cores, Arrow's decoding threads only add CPU (measured: 1.08 s
    against 0.55 s for 200,000 listings, and no faster).
    """
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
            yield conform(map_columns(b, mapping) if mapping else b, kind, bad, row)
            row += b.num_rows
        return
    path = Path(source)
    if path.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        pf = pq.ParquetFile(path)
        row = 1
        for b in pf.iter_batches(batch_size=batch_size, use_threads=use_threads):
            yield conform(map_columns(b, mapping) if mapping else b, kind, bad, row)
            row += b.num_rows
        return
    yield from _text_batches(path, kind, bad, batch_size, max_field_bytes, mapping)
