"""Appeal rules: who may appeal what and until when, the review outcomes, the SLA clock.

TFDPA asks for fair complaint handling (japan.md §4.2) and Japan's platform act expects
a decision within about 7 days (§4.3); the SLA default follows that.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

SLA_DAYS = 7


class AppealStatus(StrEnum):
    OPEN = "open"
    UPHELD = "upheld"
    OVERTURNED = "overturned"


class Outcome(StrEnum):
    UPHOLD = "uphold"
    OVERTURN = "overturn"


@dataclass(frozen=True, slots=True)
class AppealRefusal:
    """Why an appeal can't be filed, with a stable code and a bilingual message."""

    code: str
    message: str


def appeal_deadline(issued_at: datetime, window_days: int) -> datetime:
    """Last moment an action may be appealed.

    >>> appeal_deadline(datetime(2026, 3, 1), 14)
    datetime.datetime(2026, 3, 15, 0, 0)
    """
    return issued_at + timedelta(days=window_days)


def sla_due(submitted_at: datetime, sla_days: int = SLA_DAYS) -> datetime:
    return submitted_at + timedelta(days=sla_days)


def can_appeal(
    action_status: str, appeal_until: datetime | None, now: datetime, has_open_appeal: bool
) -> AppealRefusal | None:
    """``None`` when an appeal may be filed, else the reason it may not.

    >>> can_appeal("active", datetime(2026, 1, 15), datetime(2026, 1, 1), False) is None
    True
    >>> can_appeal("active", datetime(2026, 1, 15), datetime(2026, 2, 1), False).code
    'appeal_window_closed'
    """
    if action_status in {"reversed"}:
        return AppealRefusal(
            "action_reversed", "この措置は既に取り消されています / the action was already reversed"
        )
    if has_open_appeal:
        return AppealRefusal(
            "appeal_open", "審査中の申立てがあります / an appeal is already under review"
        )
    if appeal_until is not None and now > appeal_until:
        return AppealRefusal(
            "appeal_window_closed",
            "申立て期限を過ぎています / the appeal window has closed",
        )
    return None


def decide(status: str, outcome: Outcome) -> AppealStatus:
    """The appeal's new status; only an open appeal can be decided.

    >>> decide("open", Outcome.OVERTURN).value
    'overturned'
    """
    if status != AppealStatus.OPEN.value:
        raise ValueError(f"appeal is {status}, not open")
    return AppealStatus.UPHELD if outcome is Outcome.UPHOLD else AppealStatus.OVERTURNED


def sla_state(due_at: datetime, now: datetime, decided_at: datetime | None) -> str:
    """``met`` / ``missed`` once decided; ``on_time`` / ``due_soon`` (<24 h) / ``overdue`` before.

    >>> sla_state(datetime(2026, 1, 8), datetime(2026, 1, 7, 12), None)
    'due_soon'
    """
    if decided_at is not None:
        return "met" if decided_at <= due_at else "missed"
    if now > due_at:
        return "overdue"
    return "due_soon" if due_at - now < timedelta(hours=24) else "on_time"
