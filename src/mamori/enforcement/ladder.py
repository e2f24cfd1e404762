"""The penalty ladder: accumulated points → seller actions, as data.

Thresholds come from the pack's ``ladder.yaml`` (docs/interfaces.md); ``DEFAULT_LADDER``
is the fallback and equals the Japan pack's shipped ladder, modelled on marketplace
practice (japan.md §6): Rakuten's 違反点数制度 (escalating visibility limits, suspension,
termination in principle at the top level) and TikTok Shop's milestones ending in
permanent deactivation, scaled to policies worth 1–10 points each:

======  ==================  ========  ===============================================
points  action              duration  modelled on
======  ==================  ========  ===============================================
  4     warn                –         Rakuten level I: first formal notice
  8     restrict_feature    14 days   Rakuten level II: no campaigns / ranking
 12     restrict_feature    28 days   Rakuten levels III–IV
 16     hold_payout         28 days   Amazon 審査: payouts held while selling continues
 20     suspend             56 days   Rakuten level V-A: store closed 28–56 days
 30     terminate           –         Rakuten V-B / TikTok Shop 48: termination
======  ==================  ========  ===============================================

The window is rolling (365 days): each point expires one window after it was awarded,
which is also what lifts ladder actions again (reinstatement).
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

        >>> [(s.points, s.action) for s in DEFAULT_LADDER.crossed(10, 17)]
        [(12, 'restrict_feature'), (16, 'hold_payout')]
        >>> DEFAULT_LADDER.crossed(25, 25)
        ()
        """
        return tuple(s for s in self.thresholds if before < s.points <= after)

    def level(self, points: int) -> Step | None:
        """The highest step reached with ``points`` (``None`` below the first).

        >>> DEFAULT_LADDER.level(17).action
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
        Step(8, "restrict_feature", 14),
        Step(12, "restrict_feature", 28),
        Step(16, "hold_payout", 28),
        Step(20, "suspend", 56),
        Step(30, "terminate"),
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
