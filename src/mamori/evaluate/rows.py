"""Entity rows from JSON-ish input, coerced to the entity schema.

Contracts: a field missing from a row is NULL; only a wrong type or a missing ``id`` makes
a row bad. Timestamps and dates may arrive as ISO strings (JSON) and become
``datetime``/``date`` so comparisons behave as in SQL.

Real clients' JSON is looser than the schema: shop APIs send prices as strings
(``"1980"``, ``"1,980"``, full-width ``"１９８０"``), ids as integers, flags as
``"yes"``/``"1"`` and times as Unix seconds or milliseconds or in Japanese date forms
(``2026/11/27 10:00``, ``2026年11月27日``). A value is accepted when its meaning is unambiguous — an integer id
(``id``, ``seller_id``…) becomes its decimal string, a numeric string the number (finite only: NaN would compare
differently in Python and SQL), a yes/no word the boolean, as a CSV cell would be read —
and anything else (``"abc"`` for a price, ``1.5`` for an id) still makes the row bad.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from typing import Any

from mamori.entities import RELATED, SCHEMAS, EntitySchema, FieldType


class RowError(ValueError):
    """A row that cannot be evaluated (reported with its line number, then skipped)."""


_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1

# Digits with optional thousands separators and decimals, after NFKC (full-width → ASCII).
_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?")
_TRUE = frozenset({"true", "t", "yes", "y", "1"})
_FALSE = frozenset({"false", "f", "no", "n", "0"})


def _is_id(name: str) -> bool:
    """Identifier fields take integers; a number where text is expected (a title) is a bug."""
    return name == "id" or name.endswith("_id")


def _number(v: str) -> int | float | None:
    """The number a string unambiguously spells, else None."""
    s = unicodedata.normalize("NFKC", v).strip()
    if len(s) > 40 or not _NUMBER.fullmatch(s):
        return None
    s = s.replace(",", "")
    if re.fullmatch(r"[+-]?\d+", s):
        return int(s)
    f = float(s)
    return f if math.isfinite(f) else None


# 2026/11/27, 2026-1-5, 2026年11月27日, with an optional time 10:00[:00] or 10時05分[30秒].
_JP_DATE = re.compile(
    r"(\d{4})\s*[-/年]\s*(\d{1,2})\s*[-/月]\s*(\d{1,2})\s*日?"
    r"(?:(?:\s+|T)(\d{1,2})\s*[:時]\s*(\d{1,2})\s*(?:[:分]\s*(\d{1,2}(?:\.\d+)?)\s*秒?)?分?)?"
    r"(\s*(?:Z|[+-]\d{2}:?\d{2}))?"
)


def _iso(v: str) -> str:
    """ISO 8601 for the date forms Japanese shop systems export; other text unchanged.

    >>> _iso("2026/11/27 9:05"), _iso("２０２６年１１月２７日"), _iso("2026-11-27T10:00:00Z")
    ('2026-11-27T09:05:00', '2026-11-27', '2026-11-27T10:00:00Z')
    """
    s = unicodedata.normalize("NFKC", v).strip()
    m = _JP_DATE.fullmatch(s)
    if m is None:
        return s
    y, mo, d, hh, mm, ss, tz = m.groups()
    out = f"{y}-{int(mo):02d}-{int(d):02d}"
    if hh is not None:
        whole, _, frac = (ss or "0").partition(".")
        out += f"T{int(hh):02d}:{int(mm):02d}:{int(whole):02d}" + (f".{frac}" if frac else "")
    return out + (tz or "").replace(" ", "")


def _epoch(v: float) -> dt.datetime | None:
    """A Unix time in seconds or milliseconds (told apart by size) as naive UTC, for
    2001–2286 only: a number outside both ranges is not unambiguously a time."""
    x = float(v)
    if 1e12 <= abs(x) < 1e13:
        x /= 1000
    if not 1e9 <= x < 1e10:
        return None
    return dt.datetime.fromtimestamp(x, dt.UTC).replace(tzinfo=None)


def _coerce_value(f_type: FieldType, name: str, v: Any) -> Any:
    if v is None:
        return None
    if f_type == FieldType.STRING:
        if isinstance(v, str):
            return v
        if isinstance(v, int) and not isinstance(v, bool) and _is_id(name):
            return str(v)  # integer ids (`"id": 4`) are common in real APIs
    elif f_type == FieldType.INT:
        if isinstance(v, str) and (n := _number(v)) is not None:
            v = n
        if isinstance(v, int | float) and not isinstance(v, bool):
            if isinstance(v, float) and not v.is_integer():
                raise RowError(f"field {name!r} must be int, got float {v!r}"[:200])
            if not _INT64_MIN <= v <= _INT64_MAX:  # Arrow and SQL columns are 64-bit
                raise RowError(f"field {name!r}: integer out of the 64-bit range"[:200])
            return int(v)
    elif f_type == FieldType.FLOAT:
        if isinstance(v, str) and (n := _number(v)) is not None:
            v = n
        if isinstance(v, int | float) and not isinstance(v, bool):
            try:
                return float(v)
            except OverflowError:  # an integer with hundreds of digits
                raise RowError(f"field {name!r}: number out of range"[:200]) from None
    elif f_type == FieldType.BOOL:
        if isinstance(v, bool):
            return v
        if isinstance(v, int) and v in (0, 1):
            return bool(v)
        if isinstance(v, str):
            word = unicodedata.normalize("NFKC", v).strip().lower()
            if word in _TRUE or word in _FALSE:
                return word in _TRUE
    elif f_type == FieldType.TIMESTAMP:
        if isinstance(v, dt.datetime):
            return v.astimezone(dt.UTC).replace(tzinfo=None) if v.tzinfo else v
        if isinstance(v, dt.date):
            return dt.datetime(v.year, v.month, v.day)
        if isinstance(v, int | float) and not isinstance(v, bool):
            t = _epoch(v)
            if t is None:
                raise RowError(f"field {name!r}: {v!r} is not a Unix time in s or ms"[:200])
            return t
        if isinstance(v, str) and re.fullmatch(r"\d{10}|\d{13}", v.strip()):
            v = int(v)  # Unix time in a CSV cell
            t = _epoch(v)
            if t is not None:
                return t
        if isinstance(v, str):
            try:
                t = dt.datetime.fromisoformat(_iso(v).replace("Z", "+00:00"))
            except ValueError:
                raise RowError(f"field {name!r}: {v!r} is not an ISO timestamp"[:200]) from None
            return t.astimezone(dt.UTC).replace(tzinfo=None) if t.tzinfo else t
    elif f_type == FieldType.DATE:
        if isinstance(v, dt.datetime):
            return v.date()
        if isinstance(v, dt.date):
            return v
        if isinstance(v, str):
            try:
                return dt.date.fromisoformat(_iso(v)[:10])
            except ValueError:
                raise RowError(f"field {name!r}: {v!r} is not an ISO date"[:200]) from None
    raise RowError(f"field {name!r} must be {f_type.value}, got {type(v).__name__} {v!r}"[:200])


def coerce_record(
    schema: EntitySchema, row: dict[str, Any], require_id: bool = True
) -> dict[str, Any]:
    """Only the schema's fields, typed; unknown keys are ignored, missing ones are NULL."""
    if not isinstance(row, dict):
        raise RowError(f"expected a JSON object, got {type(row).__name__}")
    if require_id and (row.get("id") is None):
        raise RowError("missing 'id'")
    out: dict[str, Any] = {}
    for f in schema.fields:
        out[f.name] = _coerce_value(f.type, f.name, row.get(f.name))
    return out


def coerce_entity(
    kind: str, row: Any, related: dict[str, dict[str, Any]] | None = None
) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """(entity, related) typed; related records may also be nested in the row (``seller: {…}``)."""
    if not isinstance(row, dict):
        raise RowError(f"expected a JSON object, got {type(row).__name__}")
    entity = coerce_record(SCHEMAS[kind], row)
    rel: dict[str, dict[str, Any]] = {}
    for prefix, schema in RELATED.get(kind, {}).items():
        data = (related or {}).get(prefix)
        if data is None:
            nested = row.get(prefix)
            data = nested if isinstance(nested, dict) else None
        if data is None:
            dotted = {
                k.split(".", 1)[1]: v
                for k, v in row.items()
                if isinstance(k, str) and k.startswith(prefix + ".")
            }
            data = dotted or None
        if data is not None:
            if not isinstance(data, dict):
                raise RowError(f"related record {prefix!r} must be an object")
            rel[prefix] = coerce_record(schema, data, require_id=False)
    return entity, rel
