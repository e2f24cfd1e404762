"""The vocabulary of a case: where it came from, where it stands, how it ended.

Enums carry stable string values because they are stored in the database, shown in the
console and written to the audit log; renaming a value is a migration, not a refactor.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum


class Source(StrEnum):
    """What opened the case."""

    FINDING = "finding"  # a discovery finding (ring, duplicate wave, review burst, …)
    REPORT = "report"  # a user, brand, authority or trusted-flagger notice
    LOW_CONFIDENCE = "low_confidence"  # a decision a human should confirm
    MONITORING = "monitoring"  # a lifecycle monitoring alert on a policy
    INTERNAL = "internal"  # opened by hand: an escalation from Legal, Business or Product


class Status(StrEnum):
    OPEN = "open"  # in a queue, nobody holds it
    CLAIMED = "claimed"  # exactly one investigator holds it
    ESCALATED = "escalated"  # waiting at a higher level, unclaimed
    RESOLVED = "resolved"  # outcome recorded; terminal


class Outcome(StrEnum):
    CONFIRMED_RISK = "confirmed_risk"
    NO_VIOLATION = "no_violation"
    POLICY_GAP = "policy_gap"  # harmful but no policy covers it: feeds the lifecycle


class Level(int, Enum):
    """Escalation levels; each higher level sees fewer, weightier cases."""

    OPERATIONS = 1
    SPECIALIST = 2
    LEGAL_LEADERSHIP = 3


class Team(StrEnum):
    """Who asked, for internal escalations (and the owning team of a queue)."""

    OPERATIONS = "operations"
    LEGAL = "legal"
    BUSINESS = "business"
    PRODUCT = "product"


class Priority(int, Enum):
    P1 = 1
    P2 = 2
    P3 = 3
    P4 = 4


LEVEL_LABELS: dict[Level, dict[str, str]] = {
    Level.OPERATIONS: {"ja": "オペレーション", "en": "Operations"},
    Level.SPECIALIST: {"ja": "専門担当", "en": "Specialist"},
    Level.LEGAL_LEADERSHIP: {"ja": "法務・経営", "en": "Legal / leadership"},
}

OUTCOME_LABELS: dict[Outcome, dict[str, str]] = {
    Outcome.CONFIRMED_RISK: {"ja": "リスク確認", "en": "Confirmed risk"},
    Outcome.NO_VIOLATION: {"ja": "違反なし", "en": "No violation"},
    Outcome.POLICY_GAP: {"ja": "ポリシーの穴", "en": "Policy gap"},
}

STATUS_LABELS: dict[Status, dict[str, str]] = {
    Status.OPEN: {"ja": "未着手", "en": "Open"},
    Status.CLAIMED: {"ja": "対応中", "en": "Claimed"},
    Status.ESCALATED: {"ja": "エスカレーション中", "en": "Escalated"},
    Status.RESOLVED: {"ja": "解決済み", "en": "Resolved"},
}


@dataclass(frozen=True, slots=True)
class Exposure:
    """How many people a problem reaches: money moved, audience, buyers touched."""

    gmv_yen: int = 0
    followers: int = 0
    buyers: int = 0


def queue_for(level: Level, team: Team = Team.OPERATIONS) -> str:
    """The queue a case waits in: its level, and for internal escalations the team.

    >>> queue_for(Level.OPERATIONS), queue_for(Level.LEGAL_LEADERSHIP, Team.LEGAL)
    ('operations', 'legal_leadership:legal')
    """
    name = {
        Level.OPERATIONS: "operations",
        Level.SPECIALIST: "specialist",
        Level.LEGAL_LEADERSHIP: "legal_leadership",
    }[level]
    return name if team is Team.OPERATIONS else f"{name}:{team.value}"
