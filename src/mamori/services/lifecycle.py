"""Policy lifecycle use cases: promote, approve (four eyes), activate, retire, list, show.

The database is the source of truth for a policy's state once anyone has acted on it; a
policy nobody has touched yet is *unmanaged* and its pack ``status`` applies (Contracts:
on a fresh database the pack's active policies are enforced, shadow ones recorded).
The first transition on an unmanaged policy is ``promote`` (it enters shadow and its
author is recorded) or ``retire``.

Safety rule: a version that was not approved never acts. If the pack's text of an
active policy changes (another hash, or a new version number nobody promoted), the
live pipeline records it in shadow until it has been approved and activated.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mamori.errors import ConflictError, NotFoundError, PermissionDenied
from mamori.lifecycle.coverage import CoverageMap, Obligation, PolicyRef, coverage_map
from mamori.lifecycle.states import (
    RULES,
    PolicyState,
    StaleVersionError,
    Transition,
    check_four_eyes,
    evaluation_status,
    next_state,
)
from mamori.services.identity import Principal
from mamori.storage import audit
from mamori.storage.lifecycle_tables import monitor_daily, policy_transitions, policy_versions


class PolicyLike(Protocol):
    """What the lifecycle needs of a policy (``mamori.policy.Policy`` satisfies it)."""

    @property
    def id(self) -> str: ...
    @property
    def version(self) -> int: ...
    @property
    def hash(self) -> str: ...
    @property
    def family(self) -> str | None: ...
    @property
    def status(self) -> Any: ...


class PackLike(Protocol):
    @property
    def policies(self) -> tuple[Any, ...]: ...


@dataclass(frozen=True, slots=True)
class PolicyStateView:
    """A policy version's lifecycle state as the API, CLI and console show it."""

    policy_id: str
    version: int
    hash: str
    family: str | None
    state: str  # the lifecycle state (draft … retired)
    live: str | None  # how the live pipeline treats it: active | shadow | None
    managed: bool  # False: nobody acted on it yet, the pack status applies
    in_pack: bool
    author: str | None = None
    approved_by: str | None = None
    approved_at: datetime | None = None
    activated_by: str | None = None
    activated_at: datetime | None = None
    activated_hash: str | None = None
    retired_by: str | None = None
    retired_at: datetime | None = None
    updated_at: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in self.__slots__:
            v = getattr(self, name)
            out[name] = v.isoformat() if isinstance(v, datetime) else v
        return out


def _status_value(status: Any) -> str:
    return str(getattr(status, "value", status))


def _view(row: Any, in_pack: bool, live: str | None) -> PolicyStateView:
    return PolicyStateView(
        policy_id=row.policy_id,
        version=int(row.version),
        hash=row.hash,
        family=row.family,
        state=row.state,
        live=live,
        managed=True,
        in_pack=in_pack,
        author=row.author,
        approved_by=row.approved_by,
        approved_at=row.approved_at,
        activated_by=row.activated_by,
        activated_at=row.activated_at,
        activated_hash=row.activated_hash,
        retired_by=row.retired_by,
        retired_at=row.retired_at,
        updated_at=row.updated_at,
    )


def _unmanaged(p: PolicyLike) -> PolicyStateView:
    status = _status_value(p.status)
    return PolicyStateView(
        policy_id=p.id,
        version=int(p.version),
        hash=p.hash,
        family=p.family,
        state=status,
        live=evaluation_status(status),
        managed=False,
        in_pack=True,
    )


def _rows(session: Session, policy_id: str | None = None) -> list[Any]:
    stmt = select(policy_versions).order_by(policy_versions.c.policy_id, policy_versions.c.version)
    if policy_id is not None:
        stmt = stmt.where(policy_versions.c.policy_id == policy_id)
    return list(session.execute(stmt))


def _effective(p: PolicyLike, rows: list[Any]) -> PolicyStateView:
    """The state of the pack's version of ``p`` given every recorded version of it."""
    mine = [r for r in rows if int(r.version) == int(p.version)]
    if mine:
        row = mine[0]
        live = evaluation_status(row.state)
        if live == "active" and row.activated_hash and row.activated_hash != p.hash:
            live = "shadow"  # edited in place after activation: record, don't act
        return _view(row, True, live)
    view = _unmanaged(p)
    if any(r.state == PolicyState.ACTIVE.value for r in rows):
        # A new version nobody promoted replaces an approved one: it may not act yet.
        return replace(view, live="shadow")
    return view


def policy_states(session: Session, pack: PackLike | None = None) -> list[PolicyStateView]:
    """Every policy in the pack (and every recorded version not in it), for listings."""
    rows = _rows(session)
    by_id: dict[str, list[Any]] = {}
    for r in rows:
        by_id.setdefault(r.policy_id, []).append(r)
    out: list[PolicyStateView] = []
    seen: set[tuple[str, int]] = set()
    for p in pack.policies if pack is not None else ():
        v = _effective(p, by_id.get(p.id, []))
        out.append(v)
        seen.add((p.id, int(p.version)))
    for r in rows:
        if (r.policy_id, int(r.version)) not in seen:
            out.append(_view(r, False, evaluation_status(r.state)))
    out.sort(key=lambda v: (v.policy_id, v.version))
    return out


def policy_statuses(session: Session, pack: PackLike | None = None) -> dict[str, str]:
    """The decision pipeline's hook: ``{policy_id: status}`` overriding the pack's status.

    Values are what ``RealtimeEvaluator`` understands: ``active`` (acts), ``shadow``
    (recorded, no action), or ``draft``/``retired`` (not evaluated). Only managed
    policies appear, unless ``pack`` is given, in which case the safety rule also
    demotes unreviewed new versions of active policies to ``shadow``.

    Without a pack, the latest recorded version of each policy decides.
    """
    rows = _rows(session)
    out: dict[str, str] = {}
    if pack is None:
        for r in rows:  # ordered by version: the latest wins
            out[r.policy_id] = evaluation_status(r.state) or r.state
        return out
    for v in policy_states(session, pack):
        if not v.in_pack:
            continue
        if v.managed or v.live != evaluation_status(v.state):
            out[v.policy_id] = v.live or v.state
    return out


def show_policy(session: Session, policy_id: str, pack: PackLike | None = None) -> dict[str, Any]:
    """A policy's versions with their states and its full transition history."""
    versions = [v for v in policy_states(session, pack) if v.policy_id == policy_id]
    if not versions:
        raise NotFoundError(f"ポリシー {policy_id} が見つかりません / policy {policy_id} not found")
    hist = session.execute(
        select(policy_transitions)
        .where(policy_transitions.c.policy_id == policy_id)
        .order_by(policy_transitions.c.id)
    )
    return {
        "policy_id": policy_id,
        "versions": [v.to_dict() for v in versions],
        "history": [
            {
                "version": int(h.version),
                "hash": h.hash,
                "transition": h.transition,
                "from": h.from_state,
                "to": h.to_state,
                "actor": h.actor,
                "role": h.role,
                "note": h.note,
                "at": h.at.isoformat(),
            }
            for h in hist
        ],
    }


# ------------------------------------------------------------------------ transitions


def _find_in_pack(pack: PackLike | None, policy_id: str) -> PolicyLike | None:
    for p in pack.policies if pack is not None else ():
        if p.id == policy_id:
            return p  # type: ignore[no-any-return]
    return None


def _record(
    session: Session,
    principal: Principal,
    transition: Transition,
    policy_id: str,
    version: int,
    hash_: str,
    before: str,
    after: str,
    note: str | None,
    now: datetime,
) -> None:
    session.execute(
        insert(policy_transitions).values(
            policy_id=policy_id,
            version=version,
            hash=hash_,
            transition=transition.value,
            from_state=before,
            to_state=after,
            actor=principal.username,
            role=principal.role,
            note=note,
            at=now,
        )
    )
    audit.append(
        session,
        principal.actor,
        f"policy.{transition.value}",
        "policy",
        f"{policy_id}@v{version}",
        {
            "policy_id": policy_id,
            "policy_version": version,
            "hash": hash_,
            "from": before,
            "to": after,
            "note": note,
        },
    )


def transition(
    session: Session,
    principal: Principal,
    policy_id: str,
    action: Transition | str,
    *,
    pack: PackLike | None = None,
    version: int | None = None,
    note: str | None = None,
) -> PolicyStateView:
    """Apply one lifecycle transition inside the caller's transaction.

    Checks, in order: the permission of the principal's role, that the version exists,
    that the transition is allowed from the current state, the four-eyes rule for
    approvals, and for activations that the pack still holds the approved text.
    Each change writes a transition row and an audit record in the same transaction.
    """
    t = Transition(action)
    rule = RULES[t]
    if not principal.can(rule.permission):
        raise PermissionDenied(
            f"ロール {principal.role} には {rule.permission} の権限がありません / "
            f"role {principal.role} lacks the permission {rule.permission}"
        )
    in_pack = _find_in_pack(pack, policy_id)
    if version is None:
        if in_pack is not None:
            version = int(in_pack.version)
        else:
            rows = _rows(session, policy_id)
            if not rows:
                raise NotFoundError(
                    f"ポリシー {policy_id} が見つかりません / policy {policy_id} not found"
                )
            version = int(rows[-1].version)
    # FOR UPDATE: two concurrent approvals of one version serialise on PostgreSQL (SQLite
    # transactions are BEGIN IMMEDIATE, so writers are serialised already).
    row = session.execute(
        select(policy_versions)
        .where(policy_versions.c.policy_id == policy_id, policy_versions.c.version == version)
        .with_for_update()
    ).first()
    now = audit.utcnow()
    if row is None:
        if in_pack is None or int(in_pack.version) != version:
            raise NotFoundError(
                f"ポリシー {policy_id} v{version} がパックにも記録にもありません / "
                f"policy {policy_id} v{version} is neither in the pack nor recorded"
            )
        # Unmanaged: it enters the lifecycle as a draft, whatever the pack file says.
        current = PolicyState.DRAFT
        hash_, family = in_pack.hash, in_pack.family
    else:
        current = PolicyState(row.state)
        hash_, family = row.hash, row.family
    target = next_state(policy_id, current, t)

    values: dict[str, Any] = {"state": target.value, "updated_at": now}
    if t is Transition.PROMOTE:
        if in_pack is not None and int(in_pack.version) == version:
            hash_ = in_pack.hash  # a retired version re-enters with the text now in the pack
        values.update(
            author=principal.username,
            hash=hash_,
            approved_by=None,
            approved_at=None,
            retired_by=None,
            retired_at=None,
        )
    elif t is Transition.APPROVE:
        check_four_eyes(policy_id, row.author if row is not None else None, principal.username)
        values.update(approved_by=principal.username, approved_at=now)
    elif t is Transition.ACTIVATE:
        if in_pack is not None and int(in_pack.version) == version and in_pack.hash != hash_:
            raise StaleVersionError(policy_id, hash_, in_pack.hash)
        values.update(activated_by=principal.username, activated_at=now, activated_hash=hash_)
    elif t is Transition.RETIRE:
        values.update(retired_by=principal.username, retired_at=now)

    if row is None:
        try:
            with session.begin_nested():
                session.execute(
                    insert(policy_versions).values(
                        policy_id=policy_id,
                        version=version,
                        hash=hash_,
                        family=family,
                        created_at=now,
                        **{k: v for k, v in values.items() if k != "hash"},
                    )
                )
        except IntegrityError:
            raise ConflictError(
                f"ポリシー {policy_id} v{version} は同時に更新されました。再実行してください。 / "
                f"policy {policy_id} v{version} was changed concurrently; try again."
            ) from None
    else:
        session.execute(
            update(policy_versions)
            .where(
                policy_versions.c.policy_id == policy_id,
                policy_versions.c.version == version,
            )
            .values(**values)
        )
    _record(
        session, principal, t, policy_id, version, hash_, current.value, target.value, note, now
    )

    if t is Transition.ACTIVATE:
        # One active version per policy: the previous one steps down, on the record.
        for old in _rows(session, policy_id):
            if int(old.version) != version and old.state == PolicyState.ACTIVE.value:
                session.execute(
                    update(policy_versions)
                    .where(
                        policy_versions.c.policy_id == policy_id,
                        policy_versions.c.version == old.version,
                    )
                    .values(
                        state=PolicyState.RETIRED.value,
                        retired_by=principal.username,
                        retired_at=now,
                        updated_at=now,
                    )
                )
                _record(
                    session,
                    principal,
                    Transition.RETIRE,
                    policy_id,
                    int(old.version),
                    old.hash,
                    PolicyState.ACTIVE.value,
                    PolicyState.RETIRED.value,
                    f"superseded by v{version}",
                    now,
                )

    fresh = session.execute(
        select(policy_versions).where(
            policy_versions.c.policy_id == policy_id, policy_versions.c.version == version
        )
    ).one()
    return _view(fresh, in_pack is not None, evaluation_status(fresh.state))


def promote(session: Session, principal: Principal, policy_id: str, **kw: Any) -> PolicyStateView:
    return transition(session, principal, policy_id, Transition.PROMOTE, **kw)


def approve(session: Session, principal: Principal, policy_id: str, **kw: Any) -> PolicyStateView:
    return transition(session, principal, policy_id, Transition.APPROVE, **kw)


def activate(session: Session, principal: Principal, policy_id: str, **kw: Any) -> PolicyStateView:
    return transition(session, principal, policy_id, Transition.ACTIVATE, **kw)


def retire(session: Session, principal: Principal, policy_id: str, **kw: Any) -> PolicyStateView:
    return transition(session, principal, policy_id, Transition.RETIRE, **kw)


def families(pack: PackLike | None) -> dict[str, str]:
    """``{policy_id: family}`` of a pack, for monitoring and shadow comparisons."""
    out: dict[str, str] = {}
    for p in pack.policies if pack is not None else ():
        out[p.id] = p.family or p.id
    return out


def managed_ids(views: Iterable[PolicyStateView]) -> list[str]:
    return sorted({v.policy_id for v in views if v.managed})


# --------------------------------------------------------------------------- coverage


def recent_volume(session: Session, days: int = 30) -> dict[str, int]:
    """Hits per policy over the last ``days`` stored days of monitoring (all modes)."""
    latest = session.execute(select(func.max(monitor_daily.c.day))).scalar()
    if latest is None:
        return {}
    last = latest if isinstance(latest, date) else date.fromisoformat(str(latest)[:10])
    rows = session.execute(
        select(monitor_daily.c.policy_id, func.sum(monitor_daily.c.hits))
        .where(monitor_daily.c.day >= last - timedelta(days=days - 1))
        .group_by(monitor_daily.c.policy_id)
    )
    return {pid: int(n or 0) for pid, n in rows}


def coverage_for(
    pack: Any,
    *,
    session: Session | None = None,
    market: str | None = None,
    days: int = 30,
    volume: dict[str, int] | None = None,
) -> CoverageMap:
    """The coverage map of ``pack``: its laws.yaml obligations against its policies.

    Policy states come from the database when a session is given (a retired policy
    covers nothing); volume is ``volume`` if given (e.g. a scan's hits), else the
    stored monitoring of the last ``days`` days.
    """

    def text(t: Any, lang: str) -> str:
        if t is None:
            return ""
        if isinstance(t, dict):
            return str(t.get(lang, ""))
        return str(getattr(t, lang, "") or "")

    def attr(obj: Any, name: str) -> Any:
        return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)

    laws = getattr(pack, "laws", {}) or {}
    obligations = [
        Obligation(
            id=law_id,
            market=str(attr(law, "market") or law_id.split(".", 1)[0]),
            law_ja=text(attr(law, "law"), "ja"),
            law_en=text(attr(law, "law"), "en"),
            article=str(attr(law, "article") or ""),
            duty_ja=text(attr(law, "duty"), "ja"),
            duty_en=text(attr(law, "duty"), "en"),
        )
        for law_id, law in laws.items()
    ]
    states: dict[str, str] = {}
    if session is not None:
        for v in policy_states(session, pack):
            if v.in_pack:
                states[v.policy_id] = v.state
        if volume is None:
            volume = recent_volume(session, days)
    refs = [
        PolicyRef(
            p.id,
            int(p.version),
            states.get(p.id, _status_value(p.status)),
            tuple(getattr(p, "legal_basis", ()) or ()),
        )
        for p in pack.policies
    ]
    return coverage_map(obligations, refs, volume or {}, market=market)


def record_refusal(
    session: Session,
    principal: Principal,
    policy_id: str,
    action: Transition | str,
    reason: Exception,
) -> None:
    """Put a refused transition (e.g. a self-approval) on the audit record.

    The refused transition's own transaction rolls back, so callers record the attempt
    in a fresh one: a governance review wants to see who tried to approve their own
    policy, not only who succeeded.
    """
    audit.append(
        session,
        principal.actor,
        f"policy.{Transition(action).value}_refused",
        "policy",
        policy_id,
        {"policy_id": policy_id, "code": getattr(reason, "code", None), "message": str(reason)},
    )
