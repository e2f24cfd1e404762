"""Policy lifecycle states, the transitions between them and the four-eyes rule.

A policy only touches sellers after two different people have looked at it: the author
promotes a draft into shadow (evaluated live, recorded, never acting), a *second* person
approves it, and someone with the activation permission switches it on. Keeping the
rules here, free of any database, lets the CLI, the API and the console share one
definition and lets the tests check it without I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from mamori.errors import ConflictError, PermissionDenied


class PolicyState(StrEnum):
    DRAFT = "draft"
    SHADOW = "shadow"
    APPROVED = "approved"
    ACTIVE = "active"
    RETIRED = "retired"


class Transition(StrEnum):
    PROMOTE = "promote"
    APPROVE = "approve"
    ACTIVATE = "activate"
    RETIRE = "retire"


@dataclass(frozen=True, slots=True)
class TransitionRule:
    """Where a transition may start, where it ends, and who may perform it."""

    transition: Transition
    sources: frozenset[PolicyState]
    target: PolicyState
    permission: str


RULES: dict[Transition, TransitionRule] = {
    Transition.PROMOTE: TransitionRule(
        Transition.PROMOTE,
        # A retired policy comes back through shadow, never straight to active.
        frozenset({PolicyState.DRAFT, PolicyState.RETIRED}),
        PolicyState.SHADOW,
        "policies:author",
    ),
    Transition.APPROVE: TransitionRule(
        Transition.APPROVE,
        frozenset({PolicyState.SHADOW}),
        PolicyState.APPROVED,
        "policies:approve",
    ),
    Transition.ACTIVATE: TransitionRule(
        Transition.ACTIVATE,
        frozenset({PolicyState.APPROVED}),
        PolicyState.ACTIVE,
        "policies:activate",
    ),
    Transition.RETIRE: TransitionRule(
        Transition.RETIRE,
        frozenset(
            {PolicyState.DRAFT, PolicyState.SHADOW, PolicyState.APPROVED, PolicyState.ACTIVE}
        ),
        PolicyState.RETIRED,
        "policies:retire",
    ),
}


class TransitionError(ConflictError):
    """A transition that the current state does not allow; message in ja and en."""

    def __init__(self, policy_id: str, current: PolicyState, transition: Transition) -> None:
        rule = RULES[transition]
        allowed_from = ", ".join(sorted(s.value for s in rule.sources))
        self.code = "LC001"
        super().__init__(
            f"ポリシー {policy_id} は現在「{current.value}」のため {transition.value} できません"
            f"（可能な状態: {allowed_from}）。 / "
            f"Policy {policy_id} is '{current.value}' and cannot be {_past(transition)} "
            f"(allowed from: {allowed_from})."
        )


class FourEyesError(PermissionDenied):
    """The approver is the author: refused, whatever their role."""

    def __init__(self, policy_id: str, user: str) -> None:
        self.code = "LC002"
        super().__init__(
            f"承認は作成者以外の担当者が行う必要があります（四つの目の原則）。"
            f"{user} はポリシー {policy_id} の作成者です。 / "
            f"Approval needs a second person (four-eyes rule): {user} is the author of "
            f"policy {policy_id}."
        )


class StaleVersionError(ConflictError):
    """The pack's policy no longer matches the version that was approved."""

    def __init__(self, policy_id: str, approved_hash: str, current_hash: str) -> None:
        self.code = "LC003"
        super().__init__(
            f"ポリシー {policy_id} は承認後に変更されています（承認時 {approved_hash[:12]}、"
            f"現在 {current_hash[:12]}）。再度 shadow から承認してください。 / "
            f"Policy {policy_id} changed after approval (approved {approved_hash[:12]}, "
            f"now {current_hash[:12]}); promote and approve the new version again."
        )


def _past(transition: Transition) -> str:
    return {
        Transition.PROMOTE: "promoted",
        Transition.APPROVE: "approved",
        Transition.ACTIVATE: "activated",
        Transition.RETIRE: "retired",
    }[transition]


def next_state(policy_id: str, current: PolicyState, transition: Transition) -> PolicyState:
    """The state after ``transition``, or :class:`TransitionError`.

    >>> next_state("p", PolicyState.SHADOW, Transition.APPROVE).value
    'approved'
    >>> next_state("p", PolicyState.DRAFT, Transition.ACTIVATE)
    Traceback (most recent call last):
    ...
    mamori.lifecycle.states.TransitionError: ポリシー p は現在「draft」のため activate できません（可能な状態: approved）。 / Policy p is 'draft' and cannot be activated (allowed from: approved).
    """
    rule = RULES[transition]
    if current not in rule.sources:
        raise TransitionError(policy_id, current, transition)
    return rule.target


def check_four_eyes(policy_id: str, author: str | None, approver: str) -> None:
    """Refuse an approval by the policy's author.

    Names are compared case-insensitively and trimmed, so ``Aki`` cannot approve the work
    of ``aki `` by changing case.

    >>> check_four_eyes("p", "aki", "ben")
    >>> check_four_eyes("p", "Aki", " aki")
    Traceback (most recent call last):
    ...
    mamori.lifecycle.states.FourEyesError: 承認は作成者以外の担当者が行う必要があります（四つの目の原則）。aki はポリシー p の作成者です。 / Approval needs a second person (four-eyes rule): aki is the author of policy p.
    """
    if author is None:
        return
    if author.strip().casefold() == approver.strip().casefold():
        raise FourEyesError(policy_id, approver.strip())


def evaluation_status(state: PolicyState | str) -> str | None:
    """How the live pipeline treats a policy in ``state``.

    ``active`` acts; ``shadow`` and ``approved`` are evaluated and recorded without
    acting (an approved policy still waits for activation); ``draft`` and ``retired``
    are not evaluated at all (``None``).

    >>> [evaluation_status(s) for s in ("draft", "shadow", "approved", "active", "retired")]
    [None, 'shadow', 'shadow', 'active', None]
    """
    s = PolicyState(state)
    if s is PolicyState.ACTIVE:
        return "active"
    if s in (PolicyState.SHADOW, PolicyState.APPROVED):
        return "shadow"
    return None


def acts(status: str | None) -> bool:
    """Whether a hit recorded with ``status`` may create actions (only ``active``).

    The decision pipeline calls this on every hit so that shadow hits are stored but
    never turn into actions or points.

    >>> acts("active"), acts("shadow"), acts(None)
    (True, False, False)
    """
    return status == "active"
