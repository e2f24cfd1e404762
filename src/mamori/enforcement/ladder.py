"""The penalty ladder: accumulated points → seller actions, as data.

Thresholds come from the pack's ``ladder.yaml`` (docs/interfaces.md). ``DEFAULT_LADDER``
is the fallback, modelled on marketplace practice (japan.md §6): TikTok Shop's milestones
at 12/24/36/48 points over a rolling window, with a final "permanent deactivation"
step, and Rakuten's escalation from visibility limits to suspension to termination:

======  ==================  ========  ===============================================
points  action              duration  why
======  ==================  ========  ===============================================
  4     warn                –         first notice once a real violation is on record
 12     restrict_feature    30 days   TikTok Shop's first milestone (no promotions)
 24     hold_payout         30 days   TikTok Shop's second milestone (funds held)
 36     suspend             28 days   Rakuten level IV/V store suspension length
 48     terminate           –         TikTok Shop's permanent deactivation at 48
======  ==================  ========  ===============================================

The window is rolling (365 days by default): each point expires one window after it was
awarded, which is also what lifts ladder actions again (reinstatement).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from mamori.entities import SELLER_ACTIONS


@dataclass(frozen=True, slots=True)
class Step:
    points: int
    action: str
    duration_days: int | None = None


@dataclass(frozen=True, slots=True)
class LadderSpec:
    """Window, appeal window and thresholds in ascending order of points."""

    window_days: int
    appeal_window_days: int
    thresholds: tuple[Step, ...]

    def __post_init__(self) -> None:
        pts = [s.points for s in self.thresholds]
        if pts != sorted(pts):
            raise ValueError("ladder thresholds must ascend by points")
        for s in self.thresholds:
            if s.action not in SELLER_ACTIONS:
                raise ValueError(f"ladder action {s.action!r} is not a seller action")
        if self.window_days <= 0:
            raise ValueError("window_days must be positive")

    def crossed(self, before: int, after: int) -> tuple[Step, ...]:
        """Steps whose threshold lies in ``(before, after]``: what this increase triggers.

        >>> [s.action for s in DEFAULT_LADDER.crossed(10, 25)]
        ['restrict_feature', 'hold_payout']
        >>> DEFAULT_LADDER.crossed(25, 25)
        ()
        """
        return tuple(s for s in self.thresholds if before < s.points <= after)

    def level(self, points: int) -> Step | None:
        """The highest step reached with ``points`` (``None`` below the first).

        >>> DEFAULT_LADDER.level(30).action
        'hold_payout'
        """
        reached = [s for s in self.thresholds if s.points <= points]
        return reached[-1] if reached else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "window_days": self.window_days,
            "appeal_window_days": self.appeal_window_days,
            "thresholds": [
                {"points": s.points, "action": s.action, "duration_days": s.duration_days}
                for s in self.thresholds
            ],
        }


DEFAULT_LADDER = LadderSpec(
    window_days=365,
    appeal_window_days=14,
    thresholds=(
        Step(4, "warn"),
        Step(12, "restrict_feature", 30),
        Step(24, "hold_payout", 30),
        Step(36, "suspend", 28),
        Step(48, "terminate"),
    ),
)


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def ladder_from(obj: Any | None) -> LadderSpec:
    """Adapt the pack's ladder (a mapping from ``ladder.yaml`` or the policy layer's object).

    >>> ladder_from({"window_days": 180, "thresholds": [{"points": 5, "action": "warn"}]}).window_days
    180
    >>> ladder_from(None) is DEFAULT_LADDER
    True
    """
    if obj is None:
        return DEFAULT_LADDER
    if isinstance(obj, LadderSpec):
        return obj
    raw: Iterable[Any] = _get(obj, "thresholds", ()) or ()
    steps = tuple(
        sorted(
            (
                Step(
                    int(_get(t, "points")),
                    str(_get(t, "action")),
                    None if _get(t, "duration_days") is None else int(_get(t, "duration_days")),
                )
                for t in raw
            ),
            key=lambda s: s.points,
        )
    )
    return LadderSpec(
        window_days=int(_get(obj, "window_days", DEFAULT_LADDER.window_days) or 365),
        appeal_window_days=int(
            _get(obj, "appeal_window_days", DEFAULT_LADDER.appeal_window_days) or 14
        ),
        thresholds=steps or DEFAULT_LADDER.thresholds,
    )
