"""The case state machine: which event may move a case from which status.

Kept as one table so the service, the API and the console cannot disagree on what is
allowed; every refused transition raises ``ConflictError`` with a ja/en message.
"""

from __future__ import annotations

from enum import StrEnum

from mamori.cases.model import Level, Status
from mamori.errors import ConflictError, MamoriError


class Event(StrEnum):
    CLAIM = "claim"
    RELEASE = "release"
    ASSIGN = "assign"
    ESCALATE = "escalate"
    RESOLVE = "resolve"
    REOPEN = "reopen"


TRANSITIONS: dict[tuple[Status, Event], Status] = {
    (Status.OPEN, Event.CLAIM): Status.CLAIMED,
    (Status.ESCALATED, Event.CLAIM): Status.CLAIMED,
    (Status.CLAIMED, Event.RELEASE): Status.OPEN,
    (Status.OPEN, Event.ASSIGN): Status.CLAIMED,
    (Status.ESCALATED, Event.ASSIGN): Status.CLAIMED,
    (Status.CLAIMED, Event.ASSIGN): Status.CLAIMED,
    (Status.OPEN, Event.ESCALATE): Status.ESCALATED,
    (Status.CLAIMED, Event.ESCALATE): Status.ESCALATED,
    (Status.CLAIMED, Event.RESOLVE): Status.RESOLVED,
    (Status.RESOLVED, Event.REOPEN): Status.OPEN,
}


class EscalationError(MamoriError):
    """An escalation without a reason, or beyond the top level."""


def next_status(status: Status, event: Event) -> Status:
    """The status after ``event``, or ``ConflictError`` if the event is not allowed.

    >>> next_status(Status.OPEN, Event.CLAIM).value
    'claimed'
    >>> next_status(Status.RESOLVED, Event.CLAIM)
    Traceback (most recent call last):
    ...
    mamori.errors.ConflictError: ケースは「resolved」のため claim できません / cannot claim a case that is resolved
    """
    try:
        return TRANSITIONS[(status, event)]
    except KeyError:
        raise ConflictError(
            f"ケースは「{status.value}」のため {event.value} できません / "
            f"cannot {event.value} a case that is {status.value}"
        ) from None


def escalate_to(level: Level, reason: str, target: Level | None = None) -> Level:
    """The level an escalation lands on: the next one up, or an explicit higher one.

    A reason is required because the next level decides with less context than the
    investigator had; the reason is what they read first.

    >>> escalate_to(Level.OPERATIONS, "brand threatens legal action").name
    'SPECIALIST'
    >>> escalate_to(Level.OPERATIONS, "regulator inquiry", Level.LEGAL_LEADERSHIP).name
    'LEGAL_LEADERSHIP'
    """
    if not reason or not reason.strip():
        raise EscalationError("エスカレーションには理由が必要です / an escalation needs a reason")
    if level is Level.LEGAL_LEADERSHIP:
        raise EscalationError("すでに最上位レベルです / already at the top escalation level")
    new = target if target is not None else Level(level.value + 1)
    if new.value <= level.value:
        raise EscalationError(
            "エスカレーションは上位レベルへのみ可能です / escalation must go to a higher level"
        )
    return new
