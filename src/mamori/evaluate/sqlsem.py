"""Python helpers with DuckDB's semantics, used by generated realtime code.

Only the operations that are not a one-line inline expression live here. Every helper
returns ``None`` for SQL NULL and follows DuckDB exactly (checked by the differential
tests): ``//`` and ``%`` truncate toward zero, ``//`` on a float is plain division, and
division by zero is NULL (mamori compiles ``a / b`` as ``a / NULLIF(b, 0)`` in SQL).
"""

from __future__ import annotations

import math
import re
from typing import Any


def idiv(a: Any, b: Any) -> Any:
    """``a // b`` as DuckDB computes it.

    >>> idiv(-7, 2), idiv(7, -2), idiv(1, 0), idiv(-7.5, 2)
    (-3, -3, None, -3.75)
    """
    if a is None or b is None or b == 0:
        return None
    if isinstance(a, float) or isinstance(b, float):
        return a / b
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def mod(a: Any, b: Any) -> Any:
    """``a % b`` with the sign of ``a`` (C semantics).

    >>> mod(-7, 3), mod(7, -3), mod(7, 0), mod(-7.5, 2)
    (-1, 1, None, -1.5)
    """
    if a is None or b is None or b == 0:
        return None
    if isinstance(a, float) or isinstance(b, float):
        return math.fmod(a, b)
    r = abs(a) % abs(b)
    return -r if a < 0 else r


def lower(s: str) -> str:
    """DuckDB's lower: per code point, one character out (no final-sigma context).

    >>> lower("ΑΣ"), lower("İ")
    ('ασ', 'i')
    """
    if s.isascii():
        return s.lower()
    out = []
    for ch in s:
        low = ch.lower()
        out.append(low if len(low) == 1 else low[0])
    return "".join(out)


def concat(*xs: Any) -> str:
    """``concat``: NULL arguments are skipped (all NULL → '')."""
    return "".join(x for x in xs if x is not None)


def concat_ws(sep: Any, *xs: Any) -> Any:
    """``concat_ws``: NULL separator → NULL; NULL arguments skipped."""
    if sep is None:
        return None
    return sep.join(x for x in xs if x is not None)


def in_(x: Any, items: tuple[Any, ...]) -> Any:
    """``x IN (items)`` with three-valued logic."""
    if x is None:
        return None
    null = False
    for i in items:
        if i is None:
            null = True
        elif x == i:
            return True
    return None if null else False


def between(x: Any, lo: Any, hi: Any) -> Any:
    """``x BETWEEN lo AND hi`` = ``x >= lo AND x <= hi`` with three-valued logic."""
    a = None if x is None or lo is None else x >= lo
    b = None if x is None or hi is None else x <= hi
    if a is False or b is False:
        return False
    if a is None or b is None:
        return None
    return True


def like_regex(pattern: str, case_insensitive: bool) -> re.Pattern[str]:
    """Translate a LIKE pattern (``%``, ``_``; no escape character) to a regex.

    >>> bool(like_regex("a%c_", False).fullmatch("abbbcd"))
    True
    """
    parts = []
    for ch in pattern:
        if ch == "%":
            parts.append(".*")
        elif ch == "_":
            parts.append(".")
        else:
            parts.append(re.escape(ch))
    flags = re.DOTALL | (re.IGNORECASE if case_insensitive else 0)
    return re.compile("".join(parts), flags)
