"""Priority = risk × exposure, and the SLA each priority buys.

Risk alone would put a tiny shop's odd listing next to a top seller's counterfeit wave;
exposure alone would chase big accounts with nothing wrong. The product ranks what is
both likely harmful and far-reaching first. Exposure is log-scaled (a seller with ten
times the GMV is not ten times as urgent) and floored, so a risky case with unknown
exposure still surfaces.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from enum import StrEnum

from mamori.cases.model import Exposure, Priority

# Reach at which each exposure dimension saturates (score 1.0).
GMV_SATURATION_YEN = 100_000_000
FOLLOWERS_SATURATION = 1_000_000
BUYERS_SATURATION = 100_000
EXPOSURE_FLOOR = 0.2

# Score thresholds (score in [0, 1]) → priority; checked top down.
THRESHOLDS: tuple[tuple[float, Priority], ...] = (
    (0.6, Priority.P1),
    (0.35, Priority.P2),
    (0.15, Priority.P3),
)

SLA: dict[Priority, timedelta] = {
    Priority.P1: timedelta(hours=4),
    Priority.P2: timedelta(hours=24),
    Priority.P3: timedelta(hours=72),
    Priority.P4: timedelta(days=7),
}
AT_RISK_FRACTION = 0.25  # the last quarter of the SLA window is "at risk"


def _log_scale(value: int, saturation: int) -> float:
    if value <= 0:
        return 0.0
    return min(1.0, math.log10(1 + value) / math.log10(1 + saturation))


def exposure_score(exposure: Exposure) -> float:
    """Reach in [EXPOSURE_FLOOR, 1]: the widest of GMV, followers and buyers.

    >>> exposure_score(Exposure())
    0.2
    >>> exposure_score(Exposure(gmv_yen=100_000_000))
    1.0
    """
    reach = max(
        _log_scale(exposure.gmv_yen, GMV_SATURATION_YEN),
        _log_scale(exposure.followers, FOLLOWERS_SATURATION),
        _log_scale(exposure.buyers, BUYERS_SATURATION),
    )
    return round(EXPOSURE_FLOOR + (1 - EXPOSURE_FLOOR) * reach, 4)


def score(risk: float, exposure: Exposure) -> float:
    """risk (clamped to [0, 1]) × exposure score.

    >>> score(1.0, Exposure(followers=1_000_000))
    1.0
    >>> score(0.5, Exposure())
    0.1
    """
    r = min(1.0, max(0.0, risk))
    return round(r * exposure_score(exposure), 4)


def priority(risk: float, exposure: Exposure) -> Priority:
    """The queue priority for a risk and an exposure.

    >>> priority(0.9, Exposure(gmv_yen=50_000_000)).name, priority(0.9, Exposure()).name
    ('P1', 'P3')
    """
    s = score(risk, exposure)
    for threshold, p in THRESHOLDS:
        if s >= threshold:
            return p
    return Priority.P4


def due_at(opened_at: datetime, p: Priority) -> datetime:
    """When the SLA for a case opened at ``opened_at`` with priority ``p`` runs out."""
    return opened_at + SLA[p]


class SlaState(StrEnum):
    OK = "ok"
    AT_RISK = "at_risk"
    BREACHED = "breached"


def sla_state(now: datetime, due: datetime, p: Priority) -> SlaState:
    """Whether a case is in time, in the last quarter of its window, or late.

    >>> t = datetime(2026, 1, 1)
    >>> [sla_state(t + timedelta(hours=h), due_at(t, Priority.P1), Priority.P1).value for h in (1, 3.5, 5)]
    ['ok', 'at_risk', 'breached']
    """
    if now >= due:
        return SlaState.BREACHED
    if due - now <= SLA[p] * AT_RISK_FRACTION:
        return SlaState.AT_RISK
    return SlaState.OK
