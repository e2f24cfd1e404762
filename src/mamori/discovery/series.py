"""Daily series helpers shared by anomaly, trend-break and review-burst detectors.

Series arrive from SQL as sparse (key, day, value) rows; detectors need dense per-key
arrays over the whole window (a missing day is a zero, not a gap), built here with
numpy scatter so millions of rows never become Python objects one by one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from mamori.discovery.window import Window


@dataclass(frozen=True, slots=True)
class Dense:
    keys: list[str]
    days: list[dt.date]
    values: dict[str, np.ndarray]  # column → (len(keys) × len(days)) float64


def densify(t: pa.Table, key: str, day: str, columns: list[str], window: Window) -> Dense:
    """(key, day, col…) rows → dense matrices; days outside the window are dropped."""
    days = [window.start + dt.timedelta(days=i) for i in range(window.days)]
    if t.num_rows == 0:
        return Dense([], days, {c: np.zeros((0, len(days))) for c in columns})
    keys_raw = np.asarray([str(k) for k in t.column(key).to_pylist()], dtype=object)
    keys, kidx = np.unique(keys_raw.astype(str), return_inverse=True)
    d = np.asarray(
        [(v - window.start).days if v is not None else -1 for v in t.column(day).to_pylist()],
        dtype=np.int64,
    )
    ok = (d >= 0) & (d < len(days))
    out: dict[str, np.ndarray] = {}
    for c in columns:
        m = np.zeros((len(keys), len(days)))
        v = np.asarray(t.column(c).to_numpy(zero_copy_only=False), dtype=np.float64)
        np.add.at(m, (kidx[ok], d[ok]), np.nan_to_num(v[ok]))
        out[c] = m
    return Dense(keys.tolist(), days, out)


def rolling_robust_z(m: np.ndarray, baseline: int, floor: float = 1.0) -> np.ndarray:
    """z of each day against the median/MAD of the ``baseline`` days before it.

    The scale is max(1.4826·MAD, √(median+1), ``floor``): a Poisson-like floor so a
    series of zeros with one 2 is not an infinite outlier. Days without a full
    baseline get z = 0.
    """
    n_days = m.shape[1]
    z = np.zeros_like(m, dtype=np.float64)
    if n_days <= baseline:
        return z
    from numpy.lib.stride_tricks import sliding_window_view

    win = sliding_window_view(m, baseline, axis=1)[:, :-1, :]  # windows ending before day t
    med = np.median(win, axis=2)
    mad = np.median(np.abs(win - med[:, :, None]), axis=2) * 1.4826
    scale = np.maximum(np.maximum(mad, np.sqrt(med + 1.0)), floor)
    z[:, baseline:] = (m[:, baseline:] - med) / scale
    return z


def runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """Inclusive (start, end) index pairs of consecutive True values.

    >>> runs(np.array([False, True, True, False, True]))
    [(1, 2), (4, 4)]
    """
    out: list[tuple[int, int]] = []
    start = -1
    for i, v in enumerate(mask.tolist()):
        if v and start < 0:
            start = i
        elif not v and start >= 0:
            out.append((start, i - 1))
            start = -1
    if start >= 0:
        out.append((start, len(mask) - 1))
    return out
