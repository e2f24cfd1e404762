"""Penalty points: awarded per violation, each expiring one window after it was awarded.

Pure bookkeeping over ledger entries; storage keeps the entries, this module answers
"how many points count now" and "which ladder actions no longer stand".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True, slots=True)
class PointEntry:
    seller_id: str
    points: int
    awarded_at: datetime
    expires_at: datetime
    reversed_at: datetime | None = None

    def counts_at(self, now: datetime) -> bool:
        """Whether these points still count at ``now`` (not expired, not reversed)."""
        return self.expires_at > now and (self.reversed_at is None or self.reversed_at > now)


def expiry(awarded_at: datetime, window_days: int) -> datetime:
    """When points awarded at ``awarded_at`` stop counting (rolling window).

    >>> expiry(datetime(2026, 1, 1), 365)
    datetime.datetime(2027, 1, 1, 0, 0)
    """
    return awarded_at + timedelta(days=window_days)


def active_points(entries: Iterable[PointEntry], now: datetime) -> int:
    """Sum of the points that count at ``now``.

    >>> t = datetime(2026, 1, 1)
    >>> active_points([PointEntry("s", 5, t, expiry(t, 30)), PointEntry("s", 3, t, t)], t)
    5
    """
    return sum(e.points for e in entries if e.counts_at(now))


@dataclass(frozen=True, slots=True)
class StandingAction:
    """A ladder action currently in force on a seller."""

    action_id: str
    action: str
    threshold: int


def to_lift(
    standing: Iterable[StandingAction], points_now: int, *, after_appeal: bool = False
) -> list[str]:
    """Ladder actions to lift because the seller's points fell below their threshold.

    Termination is never lifted by expiry alone — only when an overturned appeal took
    away the points that caused it (``after_appeal``).

    >>> s = [StandingAction("a1", "warn", 4), StandingAction("a2", "restrict_feature", 12)]
    >>> to_lift(s, 5)
    ['a2']
    >>> t = [StandingAction("t", "terminate", 30)]
    >>> to_lift(t, 0), to_lift(t, 0, after_appeal=True)
    ([], ['t'])
    """
    return [
        s.action_id
        for s in standing
        if (after_appeal or s.action != "terminate") and points_now < s.threshold
    ]
