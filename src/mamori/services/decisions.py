"""Decisions → actions: the enforcement use case, shared by the API and batch enforcement.

``Enforcer.record`` takes evaluated decisions (from ``RealtimeEvaluator`` or a scan's
hits), and in the caller's single transaction: stores each decision and its hits (shadow
hits too, without actions), issues the active policies' own actions, awards penalty
points, lets the ladder add seller actions, writes a statement of reasons per action,
queues a webhook event per action (outbox) and appends audit records. It works on
batches so the API's writer can group-commit and ``mamori enforce`` can stream millions.

Idempotency: an ``Idempotency-Key`` is a unique column, and batch decisions get ids
derived from entity + policy + version, so a replay (or a concurrent duplicate that lost
the race on the unique constraint) returns the decision first stored.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import os
import queue
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX: SQLite's busy wait alone
    fcntl = None  # type: ignore[assignment]

from sqlalchemy import bindparam, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mamori.enforcement.appeals import appeal_deadline
from mamori.enforcement.ladder import LadderSpec, ladder_from
from mamori.enforcement.points import StandingAction, expiry, to_lift
from mamori.enforcement.reasons import Fact, LawRef, StatementInput, build_statement
from mamori.entities import SELLER_ACTIONS
from mamori.storage import audit, fastwrite
from mamori.storage.audit import AuditEntry, canonical_json
from mamori.storage.tables import (
    actions,
    audit_log,
    decision_hits,
    decisions,
    points_ledger,
    webhook_outbox,
)

log = logging.getLogger("mamori.decisions")

# One encoder, built once: ``json.dumps`` with options builds a new one per call, and
# the writer serialises about fifteen values per decision.
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str).encode

# Content actions need a content entity; on a seller a policy's own action is a seller one.
CONTENT_ACTIONS = ("label", "demote", "delist")

# The write path's statements are built once: constructing a ``select`` (coercions, cache
# key) costs more CPU than SQLite takes to run it, and the group-commit writer issues
# these for every batch. ``expanding`` parameters keep one cached compilation per shape.
_STORED = select(decisions.c.id, decisions.c.idempotency_key, decisions.c.response).where(
    or_(
        decisions.c.id.in_(bindparam("ids", expanding=True)),
        decisions.c.idempotency_key.in_(bindparam("keys", expanding=True)),
    )
)
_POINTS = (
    select(points_ledger.c.seller_id, func.sum(points_ledger.c.points))
    .where(
        points_ledger.c.seller_id.in_(bindparam("ids", expanding=True)),
        points_ledger.c.expires_at > bindparam("now"),
        points_ledger.c.reversed_at.is_(None),
    )
    .group_by(points_ledger.c.seller_id)
)
_TABLES = tuple(
    (name, table)
    for name, table in (
        ("decisions", decisions),
        ("hits", decision_hits),
        ("actions", actions),
        ("points", points_ledger),
        ("outbox", webhook_outbox),
    )
)
_INSERTS = tuple((name, insert(table)) for name, table in _TABLES)


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _str_enum(value: Any) -> str:
    return str(getattr(value, "value", value))


def _text(value: Any) -> dict[str, str]:
    """A bilingual text as ``{ja, en}`` (a mapping or the policy layer's ``Text``)."""
    if value is None:
        return {}
    if isinstance(value, Mapping):
        return {str(k): str(v) for k, v in value.items() if v is not None}
    return {k: str(getattr(value, k)) for k in ("ja", "en") if getattr(value, k, None) is not None}


@dataclass(frozen=True, slots=True)
class HitRecord:
    """A hit as enforcement needs it, whatever produced it (evaluator or batch scan)."""

    policy_id: str
    policy_version: int
    severity: str
    action: str
    points: int
    status: str  # active | shadow
    evidence: tuple[Mapping[str, Any], ...] = ()
    policy_hash: str | None = None
    family: str | None = None
    reason: Mapping[str, str] = field(default_factory=dict)
    legal_basis: tuple[str, ...] = ()

    def public(self) -> dict[str, Any]:
        """The hit as the API returns it (issue 7's response shape)."""
        return {
            "policy_id": self.policy_id,
            "policy_version": self.policy_version,
            "severity": self.severity,
            "evidence": [dict(e) for e in self.evidence],
        }


def _evidence(ev: Any) -> tuple[Mapping[str, Any], ...]:
    if ev is None:
        return ()
    if isinstance(ev, str):
        ev = json.loads(ev) if ev else []
    out = []
    for e in ev:
        out.append(
            {
                "field": str(_get(e, "field", "")),
                "text": str(_get(e, "text", "")),
                "start": int(_get(e, "start", 0) or 0),
                "end": int(_get(e, "end", 0) or 0),
            }
        )
    return tuple(out)


def hit_record(hit: Any, policies: Mapping[str, Any] | None = None) -> HitRecord:
    """Adapt an evaluator ``Hit`` or a scan's hit row (dict); fills gaps from the pack."""
    pid = str(_get(hit, "policy_id"))
    policy = (policies or {}).get(pid)
    reason = _get(hit, "reason") or (_get(policy, "reason") if policy is not None else None) or {}
    legal = _get(hit, "legal_basis") or (_get(policy, "legal_basis") if policy is not None else ())
    status = _get(hit, "status") or (_get(policy, "status") if policy is not None else "active")
    return HitRecord(
        policy_id=pid,
        policy_version=int(_get(hit, "policy_version")),
        severity=_str_enum(_get(hit, "severity")),
        action=_str_enum(_get(hit, "action")),
        points=int(_get(hit, "points", 0) or 0),
        status=_str_enum(status),
        evidence=_evidence(_get(hit, "evidence")),
        policy_hash=_get(hit, "policy_hash") or (_get(policy, "hash") if policy else None),
        family=_get(hit, "family") or (_get(policy, "family") if policy else None),
        reason=_text(reason),
        legal_basis=tuple(str(x) for x in (legal or ())),
    )


@dataclass
class PendingDecision:
    """An evaluated entity waiting to be recorded."""

    decision_id: str
    entity_type: str
    entity_id: str
    hits: Sequence[HitRecord]
    seller_id: str | None = None
    idempotency_key: str | None = None
    source: str = "api"
    actor: str = "system"
    content_date: datetime | None = None
    decided_at: datetime | None = None
    duration_days: int | None = None  # manual actions: how long the restriction lasts


def _seller(p: PendingDecision) -> str | None:
    """Whose points the decision counts against (a seller entity is its own seller)."""
    return p.seller_id or (p.entity_id if p.entity_type == "seller" else None)


def new_decision_id() -> str:
    return uuid.uuid4().hex


def batch_decision_id(entity_type: str, entity_id: str, hits: Iterable[HitRecord]) -> str:
    """Deterministic id from entity + (policy, version) set: re-runs map to the same decision.

    >>> h = HitRecord("p", 2, "high", "delist", 4, "active")
    >>> batch_decision_id("listing", "L1", [h]) == batch_decision_id("listing", "L1", [h])
    True
    """
    key = "|".join(
        [entity_type, entity_id, *sorted(f"{h.policy_id}@{h.policy_version}" for h in hits)]
    )
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def _derived_id(*parts: object) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:32]


def laws_from(pack_laws: Mapping[str, Any] | None) -> dict[str, LawRef]:
    """Adapt the pack's ``laws`` (objects or mappings, as ``laws.yaml`` declares them)."""
    out: dict[str, LawRef] = {}
    for lid, law in (pack_laws or {}).items():
        dsa = _get(law, "dsa")
        if dsa is not None and not isinstance(dsa, Mapping):
            dsa = {
                "ground": _str_enum(_get(dsa, "ground")),
                "category": _get(dsa, "category"),
                "keywords": list(_get(dsa, "keywords", ()) or ()),
            }
        out[str(lid)] = LawRef(
            id=str(_get(law, "id", lid)),
            law=_text(_get(law, "law")),
            article=str(_get(law, "article", "") or ""),
            duty=_text(_get(law, "duty")),
            dsa=dict(dsa) if dsa else None,
        )
    return out


@dataclass
class _Acc:
    """What one batch writes, gathered for ``executemany``."""

    decisions: list[dict[str, Any]] = field(default_factory=list)
    hits: list[dict[str, Any]] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)
    points: list[dict[str, Any]] = field(default_factory=list)
    outbox: list[dict[str, Any]] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)
    audit_actions: list[dict[str, Any]] = field(default_factory=list)  # of the current decision


def outbox_row(
    event: str, payload: Mapping[str, Any] | str, now: datetime, key: str
) -> dict[str, Any]:
    return {
        "id": _derived_id("outbox", event, key),
        "event": event,
        "payload": payload if isinstance(payload, str) else canonical_json(payload),
        "created_at": now,
        "status": "pending",
        "attempts": 0,
        "next_attempt_at": now,
        "delivered_at": None,
        "last_error": None,
    }


def action_event_json(row: Mapping[str, Any], statement_json: str) -> str:
    """``action_event`` as JSON text, reusing the statement already serialised for storage."""
    meta = action_event(row, None)
    return _dumps(meta)[:-1] + ',"statement":' + statement_json + "}"


def action_event(row: Mapping[str, Any], statement: Mapping[str, Any] | None) -> dict[str, Any]:
    """The webhook payload for an action: what the marketplace must execute."""
    out = {
        "action_id": row["id"],
        "type": row["type"],
        "status": row["status"],
        "entity_type": row["entity_type"],
        "entity_id": row["entity_id"],
        "seller_id": row["seller_id"],
        "decision_id": row["decision_id"],
        "policy_id": row["policy_id"],
        "policy_version": row["policy_version"],
        "points": row["points"],
        "from": row["created_at"].isoformat(),
        "until": row["ends_at"].isoformat() if row["ends_at"] else None,
        "appeal_until": row["appeal_until"].isoformat() if row["appeal_until"] else None,
        "statement_url": f"/v1/actions/{row['id']}/statement",
    }
    if statement is not None:
        out["statement"] = dict(statement)
    return out


def _action_json(action_id: str, kind: str, points: int, statement_json: str) -> str:
    return (
        f'{{"action_id":{_dumps(action_id)},"type":{_dumps(kind)},"points":{int(points)},'
        f'"statement":{statement_json}}}'
    )


class Enforcer:
    """Turns decisions into stored actions; holds the pack-derived rules (ladder, laws)."""

    def __init__(
        self,
        ladder: LadderSpec | Any | None = None,
        laws: Mapping[str, Any] | None = None,
        policies: Mapping[str, Any] | None = None,
        pack_hash: str | None = None,
        webhooks_enabled: bool = True,
    ) -> None:
        self.ladder = ladder_from(ladder)
        self.laws = laws_from(laws)
        self.policies = dict(policies or {})
        self.pack_hash = pack_hash
        self.webhooks_enabled = webhooks_enabled

    @classmethod
    def from_pack(cls, pack: Any | None, **kw: Any) -> Enforcer:
        if pack is None:
            return cls(**kw)
        policies = {p.id: p for p in _get(pack, "policies", ()) or ()}
        return cls(
            ladder=_get(pack, "ladder"),
            laws=_get(pack, "laws"),
            policies=policies,
            pack_hash=_get(pack, "hash"),
            **kw,
        )

    # -- reading -------------------------------------------------------------------------
    def seller_points(
        self, session: Session, seller_ids: Iterable[str], now: datetime
    ) -> dict[str, int]:
        ids = sorted(set(seller_ids))
        out = dict.fromkeys(ids, 0)
        conn = session.connection()
        for i in range(0, len(ids), 500):
            rows = conn.execute(_POINTS, {"ids": ids[i : i + 500], "now": now})
            for sid, total in rows:
                out[str(sid)] = int(total or 0)
        return out

    def _points(
        self,
        session: Session | None,
        raw: fastwrite.RawWriter | None,
        seller_ids: Iterable[str],
        now: datetime,
    ) -> dict[str, int]:
        if raw is None:
            assert session is not None
            return self.seller_points(session, seller_ids, now)
        ids = sorted(set(seller_ids))
        out = dict.fromkeys(ids, 0)
        for i in range(0, len(ids), 500):
            for sid, total in raw.points(ids[i : i + 500], now):
                out[str(sid)] = int(total or 0)
        return out

    # -- writing -------------------------------------------------------------------------
    def record(
        self,
        session: Session,
        pending: Sequence[PendingDecision],
        now: datetime | None = None,
        stats: dict[str, int] | None = None,
    ) -> list[dict[str, Any]]:
        """Record a batch; returns one API response per input (replays return the original).

        ``stats``, if given, receives how many decisions and actions were new.
        """
        return [json.loads(t) for t in self.record_json(session, pending, now, stats)]

    def record_json(
        self,
        session: Session,
        pending: Sequence[PendingDecision],
        now: datetime | None = None,
        stats: dict[str, int] | None = None,
    ) -> list[str]:
        """``record`` returning the responses as JSON text (what the API sends as is)."""
        # The DBAPI cursor of the session's transaction (``storage.fastwrite``): these few
        # statements run for every batch, and SQLAlchemy's execution costs more CPU than
        # SQLite's. Core on the session's connection for a driver it doesn't support.
        conn = session.connection()
        raw = fastwrite.RawWriter(session) if fastwrite.supported(conn.dialect) else None
        return self._record(raw, session, pending, now, stats)

    def record_json_raw(
        self,
        raw: fastwrite.RawWriter,
        pending: Sequence[PendingDecision],
        now: datetime | None = None,
    ) -> list[str]:
        """``record_json`` on a bare DBAPI connection, in the transaction its caller began
        (``DecisionWriter`` on SQLite: a Session's begin and commit cost about a third of
        a one-decision transaction)."""
        return self._record(raw, None, pending, now, None)

    def _record(
        self,
        raw: fastwrite.RawWriter | None,
        session: Session | None,
        pending: Sequence[PendingDecision],
        now: datetime | None,
        stats: dict[str, int] | None,
    ) -> list[str]:
        now = now or audit.utcnow()
        results: list[str | None] = [None] * len(pending)
        # 1. Idempotency: keys and deterministic ids already stored → stored responses.
        keys = [p.idempotency_key for p in pending if p.idempotency_key]
        ids = [p.decision_id for p in pending]
        stored_by_key: dict[str, str] = {}
        stored_by_id: dict[str, str] = {}
        conn = session.connection() if raw is None and session is not None else None
        for i in range(0, max(len(keys), len(ids)), 500):
            chunk_ids, chunk_keys = ids[i : i + 500], keys[i : i + 500]
            if raw is not None:
                rows: Iterable[tuple[str, str | None, str]] = raw.stored(chunk_ids, chunk_keys)
            else:
                assert conn is not None
                rows = [
                    tuple(r) for r in conn.execute(_STORED, {"ids": chunk_ids, "keys": chunk_keys})
                ]
            for rid, rkey, response in rows:
                if rkey:
                    stored_by_key[rkey] = response
                stored_by_id[rid] = response
        fresh: list[int] = []
        seen_keys: dict[str, int] = {}
        seen_ids: dict[str, int] = {}
        for i, p in enumerate(pending):
            if p.idempotency_key and p.idempotency_key in stored_by_key:
                results[i] = stored_by_key[p.idempotency_key]
            elif p.decision_id in stored_by_id:
                results[i] = stored_by_id[p.decision_id]
            elif p.idempotency_key and p.idempotency_key in seen_keys:
                continue  # a duplicate inside this batch: filled in from its twin below
            elif p.decision_id in seen_ids:
                continue
            else:
                if p.idempotency_key:
                    seen_keys[p.idempotency_key] = i
                seen_ids[p.decision_id] = i
                fresh.append(i)
        # 2. Points before this batch, per seller.
        # Only a decision with an active hit reads the standing (statements, ladder): a
        # batch of clean entities skips the query.
        sellers = {
            sid
            for i in fresh
            if (sid := _seller(p := pending[i])) and any(h.status == "active" for h in p.hits)
        }
        totals = self._points(session, raw, sellers, now) if sellers else {}
        acc = _Acc()
        for i in fresh:
            results[i] = self._one(pending[i], totals, acc, now)
        # 3. Write everything in as few statements as possible.
        if raw is not None:
            for name, table in _TABLES:
                raw.insert_many(table, getattr(acc, name))
            if acc.audit:
                seq, prev = raw.audit_tail()
                records = audit.chain(acc.audit, seq, prev, now)
                raw.insert_many(audit_log, [audit.record_row(r) for r in records])
            raw.close()
        else:
            assert conn is not None and session is not None
            for name, stmt in _INSERTS:
                if getattr(acc, name):
                    conn.execute(stmt, getattr(acc, name))
            audit.append_many(session, acc.audit)
        if stats is not None:
            stats["decisions"] = stats.get("decisions", 0) + len(acc.decisions)
            stats["actions"] = stats.get("actions", 0) + len(acc.actions)
        for i, p in enumerate(pending):
            if results[i] is None:
                twin = (
                    seen_keys.get(p.idempotency_key, -1)
                    if p.idempotency_key
                    else seen_ids.get(p.decision_id, -1)
                )
                results[i] = results[twin]
        return [r for r in results if r is not None]

    def manual(
        self,
        session: Session,
        actor: str,
        *,
        action: str,
        entity_type: str,
        entity_id: str,
        reason: Mapping[str, str],
        seller_id: str | None = None,
        points: int = 0,
        duration_days: int | None = None,
        policy_id: str | None = None,
        legal_basis: Sequence[str] = (),
    ) -> dict[str, Any]:
        """A person's action (from a case or the console): recorded like any decision,
        flagged not automated, with points and ladder applied the same way."""
        policy = self.policies.get(policy_id) if policy_id else None
        hit = HitRecord(
            policy_id=policy_id or "manual",
            policy_version=int(_get(policy, "version", 0) or 0) if policy is not None else 0,
            severity="high",
            action=action,
            points=points,
            status="active",
            evidence=(),
            policy_hash=_get(policy, "hash") if policy is not None else None,
            reason=dict(reason),
            legal_basis=tuple(legal_basis),
        )
        pending = PendingDecision(
            decision_id=new_decision_id(),
            entity_type=entity_type,
            entity_id=entity_id,
            hits=[hit],
            seller_id=seller_id,
            source="manual",
            actor=actor,
            duration_days=duration_days,
        )
        return self.record(session, [pending])[0]

    def _statement(self, inp: StatementInput) -> dict[str, Any]:
        return build_statement(inp)

    def _laws_for(self, hit: HitRecord) -> list[LawRef]:
        return [self.laws[lid] for lid in hit.legal_basis if lid in self.laws]

    def _one(self, p: PendingDecision, totals: dict[str, int], acc: _Acc, now: datetime) -> str:
        at = p.decided_at or now
        active = [h for h in p.hits if h.status == "active"]
        response_actions: list[str] = []
        appeal_until = appeal_deadline(at, self.ladder.appeal_window_days)
        for h in p.hits:
            acc.hits.append(
                {
                    "decision_id": p.decision_id,
                    "policy_id": h.policy_id,
                    "policy_version": h.policy_version,
                    "policy_hash": h.policy_hash,
                    "family": h.family,
                    "severity": h.severity,
                    "action": h.action,
                    "points": h.points,
                    "status": h.status,
                    "evidence": _dumps([dict(e) for e in h.evidence]),
                    "reason": _dumps(dict(h.reason)) if h.reason else None,
                    "legal_basis": _dumps(list(h.legal_basis)),
                }
            )
        seller_id = _seller(p)
        automated = p.source != "manual"
        ends_at = at + timedelta(days=p.duration_days) if p.duration_days else None
        last_hit: HitRecord | None = None
        for h in active:
            action_id = _derived_id("action", p.decision_id, h.policy_id, h.policy_version)
            on_seller = h.action in SELLER_ACTIONS
            ent_type = "seller" if on_seller and seller_id else p.entity_type
            ent_id = seller_id if on_seller and seller_id else p.entity_id
            before = totals.get(seller_id, 0) if seller_id else 0
            inp = StatementInput(
                action_id=action_id,
                action=h.action,
                trigger="policy",
                entity_type=ent_type,
                entity_id=str(ent_id),
                issued_at=at,
                ends_at=ends_at,
                appeal_until=appeal_until,
                automated_detection=automated,
                automated_decision=automated,
                policy_id=h.policy_id,
                policy_version=h.policy_version,
                policy_hash=h.policy_hash,
                reason=h.reason,
                facts=[Fact(e["field"], e["text"], e["start"], e["end"]) for e in h.evidence],
                laws=self._laws_for(h),
                points=h.points,
                points_total=before + h.points if seller_id else None,
                window_days=self.ladder.window_days,
                content_date=p.content_date,
                seller_id=seller_id,
            )
            statement = self._statement(inp)
            row = self._action_row(
                action_id,
                p,
                h.action,
                "policy",
                ent_type,
                str(ent_id),
                seller_id,
                h.policy_id,
                h.policy_version,
                h.points,
                None,
                at,
                ends_at,
                appeal_until,
                statement,
                acc,
            )
            acc.actions.append(row)
            response_actions.append(_action_json(action_id, h.action, h.points, row["statement"]))
            if h.points and seller_id:
                acc.points.append(
                    {
                        "id": _derived_id("points", action_id),
                        "seller_id": seller_id,
                        "action_id": action_id,
                        "policy_id": h.policy_id,
                        "points": h.points,
                        "awarded_at": at,
                        "expires_at": expiry(at, self.ladder.window_days),
                        "reversed_at": None,
                    }
                )
                totals[seller_id] = before + h.points
                last_hit = h
                for step in self.ladder.crossed(before, before + h.points):
                    lid = _derived_id("ladder", action_id, step.points)
                    ends = at + timedelta(days=step.duration_days) if step.duration_days else None
                    linp = StatementInput(
                        action_id=lid,
                        action=step.action,
                        trigger="ladder",
                        entity_type="seller",
                        entity_id=seller_id,
                        issued_at=at,
                        ends_at=ends,
                        appeal_until=appeal_until,
                        facts=inp.facts,
                        laws=inp.laws,
                        points=0,
                        points_total=before + h.points,
                        threshold=step.points,
                        window_days=self.ladder.window_days,
                        content_date=p.content_date,
                        seller_id=seller_id,
                        automated_detection=automated,
                        automated_decision=automated,
                    )
                    lst = self._statement(linp)
                    lrow = self._action_row(
                        lid,
                        p,
                        step.action,
                        "ladder",
                        "seller",
                        seller_id,
                        seller_id,
                        last_hit.policy_id,
                        last_hit.policy_version,
                        0,
                        step.points,
                        at,
                        ends,
                        appeal_until,
                        lst,
                        acc,
                    )
                    acc.actions.append(lrow)
                    response_actions.append(_action_json(lid, step.action, 0, lrow["statement"]))
        response = (
            '{"decision_id":'
            + _dumps(p.decision_id)
            + ',"entity_id":'
            + _dumps(p.entity_id)
            + ',"hits":'
            + _dumps([h.public() for h in active])
            + ',"actions":['
            + ",".join(response_actions)
            + "]}"
        )
        acc.decisions.append(
            {
                "id": p.decision_id,
                "idempotency_key": p.idempotency_key,
                "entity_type": p.entity_type,
                "entity_id": p.entity_id,
                "seller_id": seller_id,
                "source": p.source,
                "pack_hash": self.pack_hash,
                "created_at": at,
                "actor": p.actor,
                "response": response,
            }
        )
        acc.audit.append(
            AuditEntry(
                p.actor,
                "decision.create",
                p.entity_type,
                p.entity_id,
                {
                    "decision_id": p.decision_id,
                    "source": p.source,
                    "hits": [
                        {
                            "policy_id": h.policy_id,
                            "policy_version": h.policy_version,
                            "status": h.status,
                        }
                        for h in p.hits
                    ],
                    "actions": acc.audit_actions,
                },
                at,
            )
        )
        acc.audit_actions = []
        return response

    def _action_row(
        self,
        action_id: str,
        p: PendingDecision,
        kind: str,
        trigger: str,
        ent_type: str,
        ent_id: str,
        seller_id: str | None,
        policy_id: str | None,
        policy_version: int | None,
        points: int,
        threshold: int | None,
        at: datetime,
        ends: datetime | None,
        appeal_until: datetime | None,
        statement: Mapping[str, Any],
        acc: _Acc,
    ) -> dict[str, Any]:
        statement_json = _dumps(statement)
        row: dict[str, Any] = {
            "id": action_id,
            "decision_id": p.decision_id,
            "type": kind,
            "trigger": trigger,
            "entity_type": ent_type,
            "entity_id": ent_id,
            "seller_id": seller_id,
            "policy_id": policy_id,
            "policy_version": policy_version,
            "points": points,
            "threshold": threshold,
            "status": "active",
            "automated": p.source != "manual",
            "created_at": at,
            "ends_at": ends,
            "appeal_until": appeal_until,
            "closed_at": None,
            "close_reason": None,
            "statement": statement_json,
        }
        if self.webhooks_enabled:
            acc.outbox.append(
                outbox_row("action.created", action_event_json(row, statement_json), at, action_id)
            )
        # The action's audit record is the decision's own (``decision.create`` lists every
        # action it created with type, target and points): one chain record per decision.
        acc.audit_actions.append(
            {
                "action_id": action_id,
                "type": kind,
                "trigger": trigger,
                "entity": f"{ent_type}:{ent_id}",
                "policy_id": policy_id,
                "policy_version": policy_version,
                "points": points,
            }
        )
        return row


# -- reinstatement and reversal ------------------------------------------------------------


def lift_for_sellers(
    session: Session,
    seller_ids: Iterable[str],
    now: datetime,
    actor: str,
    reason: str,
    webhooks_enabled: bool = True,
    after_appeal: bool = False,
) -> list[str]:
    """Lift standing ladder actions whose threshold the seller's current points fell below."""
    ids = sorted(set(seller_ids))
    if not ids:
        return []
    points = Enforcer().seller_points(session, ids, now)
    standing: dict[str, list[StandingAction]] = defaultdict(list)
    rows = {}
    for r in session.execute(
        select(actions).where(
            actions.c.seller_id.in_(ids),
            actions.c.trigger == "ladder",
            actions.c.status == "active",
        )
    ):
        standing[r.seller_id].append(StandingAction(r.id, r.type, int(r.threshold or 0)))
        rows[r.id] = r
    lifted: list[str] = []
    for sid, items in standing.items():
        lifted.extend(to_lift(items, points.get(sid, 0), after_appeal=after_appeal))
    if not lifted:
        return []
    session.execute(
        update(actions)
        .where(actions.c.id.in_(lifted))
        .values(status="lifted", closed_at=now, close_reason=reason)
    )
    entries = []
    for aid in lifted:
        r = rows[aid]
        payload = {"action_id": aid, "type": r.type, "seller_id": r.seller_id, "reason": reason}
        if webhooks_enabled:
            session.execute(
                insert(webhook_outbox),
                [
                    outbox_row(
                        "action.lifted", {**payload, "at": now.isoformat()}, now, f"lift-{aid}"
                    )
                ],
            )
        entries.append(AuditEntry(actor, "action.lift", "seller", str(r.seller_id), payload, now))
    audit.append_many(session, entries)
    return lifted


def reinstate_expired(
    session: Session,
    now: datetime | None = None,
    actor: str = "system",
    webhooks_enabled: bool = True,
) -> dict[str, int]:
    """The periodic sweep: lift ladder actions of sellers whose points expired, end timed actions."""
    now = now or audit.utcnow()
    sellers = [
        str(r[0])
        for r in session.execute(
            select(actions.c.seller_id)
            .where(actions.c.trigger == "ladder", actions.c.status == "active")
            .distinct()
        )
        if r[0] is not None
    ]
    lifted = lift_for_sellers(
        session, sellers, now, actor, "points_expired", webhooks_enabled=webhooks_enabled
    )
    ended = session.execute(
        update(actions)
        .where(
            actions.c.status == "active",
            actions.c.ends_at.is_not(None),
            actions.c.ends_at <= now,
        )
        .values(status="ended", closed_at=now, close_reason="duration_elapsed")
    ).rowcount  # type: ignore[attr-defined]
    return {"lifted": len(lifted), "ended": int(ended or 0)}


def reverse_action(
    session: Session,
    action_id: str,
    now: datetime,
    actor: str,
    reason: str,
    webhooks_enabled: bool = True,
) -> list[str]:
    """Reverse an action and its points (an overturned appeal), then re-check the ladder.

    Returns the ids of every action reversed or lifted as a consequence.
    """
    row = session.execute(select(actions).where(actions.c.id == action_id)).first()
    if row is None:
        return []
    session.execute(
        update(actions)
        .where(actions.c.id == action_id)
        .values(status="reversed", closed_at=now, close_reason=reason)
    )
    session.execute(
        update(points_ledger)
        .where(points_ledger.c.action_id == action_id, points_ledger.c.reversed_at.is_(None))
        .values(reversed_at=now)
    )
    payload = {"action_id": action_id, "type": row.type, "reason": reason, "points": row.points}
    if webhooks_enabled:
        session.execute(
            insert(webhook_outbox),
            [
                outbox_row(
                    "action.reversed",
                    {
                        **payload,
                        "entity_type": row.entity_type,
                        "entity_id": row.entity_id,
                        "seller_id": row.seller_id,
                        "at": now.isoformat(),
                    },
                    now,
                    f"reverse-{action_id}",
                )
            ],
        )
    audit.append(session, actor, "action.reverse", row.entity_type, row.entity_id, payload)
    changed = [action_id]
    if row.seller_id:
        changed += lift_for_sellers(
            session,
            [row.seller_id],
            now,
            actor,
            f"points_reversed:{action_id}",
            webhooks_enabled,
            after_appeal=True,
        )
    return changed


# -- realtime: evaluation and the group-commit writer -----------------------------------

EVALUATED = ("active", "shadow")


class StatusCache:
    """Lifecycle states from the database (``services.lifecycle.policy_statuses``), cached.

    A policy's state changes rarely and every decision needs it, so it is re-read at most
    every ``ttl`` seconds; a state change therefore takes effect within ``ttl``.
    """

    def __init__(self, uow: Any, pack: Any | None, ttl: float = 2.0) -> None:
        self.uow, self.pack, self.ttl = uow, pack, ttl
        self._value: dict[str, str] = {}
        self._at = -1e18

    def get(self) -> dict[str, str]:
        now = time.monotonic()
        if now - self._at > self.ttl:
            self._value = policy_statuses(self.uow, self.pack)
            self._at = now
        return self._value

    def invalidate(self) -> None:
        self._at = -1e18


def policy_statuses(uow: Any, pack: Any | None) -> dict[str, str]:
    """``{policy_id: status}`` stored by the lifecycle (empty on a fresh database)."""
    try:
        from mamori.services import lifecycle
    except ImportError:  # pragma: no cover - lifecycle not installed in this build
        return {}
    fn = getattr(lifecycle, "policy_statuses", None)
    if fn is None:  # pragma: no cover
        return {}
    with uow.read() as session:
        return {str(k): _str_enum(v) for k, v in fn(session, pack).items()}


ALL_STATUSES = frozenset({"draft", "shadow", "approved", "active", "retired"})


class Evaluation:
    """Adapts ``RealtimeEvaluator`` to enforcement: statuses applied, hits as HitRecords.

    The evaluator is compiled once over *every* policy of the pack, whatever its status,
    and the lifecycle's status map is applied to the hits afterwards: a state change
    then takes effect at once, with no recompilation (seconds for a full pack) on the
    request path.
    """

    def __init__(self, pack: Any, evaluator: Any | None = None) -> None:
        self.pack = pack
        self.policies = {p.id: p for p in _get(pack, "policies", ()) or ()}
        if evaluator is None:
            from mamori.evaluate.realtime import RealtimeEvaluator

            evaluator = RealtimeEvaluator(pack, include=ALL_STATUSES)
        self.evaluator = evaluator

    def hits(
        self,
        entity_type: str,
        entity: Mapping[str, Any],
        related: Mapping[str, Any] | None,
        statuses: Mapping[str, str],
    ) -> list[HitRecord]:
        decision = self.evaluator.evaluate(entity_type, dict(entity), dict(related or {}) or None)
        out: list[HitRecord] = []
        for h in _get(decision, "hits", ()) or ():
            rec = hit_record(h, self.policies)
            policy = self.policies.get(rec.policy_id)
            pack_status = _str_enum(_get(policy, "status", rec.status)) if policy else rec.status
            status = statuses.get(rec.policy_id, pack_status)
            if status not in EVALUATED:
                continue  # draft, approved-not-live or retired: not evaluated for real
            if status != rec.status:
                rec = HitRecord(**{**_asdict(rec), "status": status})
            out.append(rec)
        return out


def _asdict(h: HitRecord) -> dict[str, Any]:
    return {f: getattr(h, f) for f in HitRecord.__slots__}  # type: ignore[attr-defined]


def seller_of(
    entity_type: str, entity: Mapping[str, Any], related: Mapping[str, Any] | None
) -> str | None:
    """Whose points a decision on this entity counts against."""
    if entity_type == "seller":
        return str(entity["id"]) if entity.get("id") is not None else None
    sid = entity.get("seller_id")
    if sid is None and related and isinstance(related.get("seller"), Mapping):
        sid = related["seller"].get("id")
    return None if sid is None else str(sid)


def content_date(entity: Mapping[str, Any]) -> datetime | None:
    for key in ("created_at", "posted_at", "listed_at"):
        v = entity.get(key)
        if isinstance(v, datetime):
            return v.replace(tzinfo=None)
        if isinstance(v, str):
            try:
                return datetime.fromisoformat(v.replace("Z", "+00:00")).replace(tzinfo=None)
            except ValueError:
                continue
    return None


Outcome = tuple["asyncio.Future[str]", str | BaseException]


class DecisionWriter:
    """Group commit: requests queue their decisions; one thread writes them in batches.

    The writer is a thread of its own, fed through a ``queue.SimpleQueue``: it takes
    whatever is queued (up to ``max_batch``), records it in one transaction, and hands
    all the batch's results back to the event loop with a single
    ``call_soon_threadsafe``. While one batch is written, the next fills up, so under
    load each transaction carries many decisions. (An ``asyncio.Queue`` drained by a task
    that hands each batch to ``asyncio.to_thread`` cost two loop wake-ups and an
    executor round trip per batch; measured in docs/service.md, "Performance".)

    Under concurrent load the writer lingers up to ``linger`` (2 ms) for a batch to
    fill: a decision in a batch of 16 cost about 60 % of one in a batch of 4, and when
    the server is CPU-bound that saving is throughput — and, with clients waiting for
    answers, latency. A lone request (the last batch had one decision) never waits.

    A decision is acknowledged only after its transaction committed. A batch that fails
    is retried one decision at a time so one bad entity can't fail its neighbours.

    On a SQLite file the writer keeps one connection with automatic WAL checkpoints
    turned off, and a second thread checkpoints every ``checkpoint_seconds``
    (``PRAGMA wal_checkpoint(PASSIVE)``, which never blocks the writer): a checkpoint
    inside a commit (SQLite's default, every 1,000 pages) fsyncs the database and
    stalls that commit for tens of milliseconds — the requests of that batch saw it as
    their latency.
    """

    def __init__(
        self,
        uow: Any,
        enforcer: Enforcer,
        max_batch: int = 256,
        checkpoint_seconds: float = 0.5,
        linger: float = 0.002,
    ) -> None:
        self.uow = uow
        self.enforcer = enforcer
        self.max_batch = max_batch
        self.checkpoint_seconds = checkpoint_seconds
        self.linger = linger
        self.queue: queue.SimpleQueue[tuple[PendingDecision, asyncio.Future[str]] | None] = (
            queue.SimpleQueue()
        )
        self._loop: asyncio.AbstractEventLoop | None = None
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()
        self._conn: Any | None = None  # the dedicated SQLite connection, if any
        self._lock_fd: int | None = None  # ``<database>-writer.lock``, shared by processes
        self.raw_sqlite = True  # on that connection, transactions without a Session
        self.batches = 0
        self.written = 0

    def _engine(self) -> Any | None:
        factory = getattr(self.uow, "factory", None)
        return getattr(factory, "kw", {}).get("bind") if factory is not None else None

    def _sqlite_file(self) -> Any | None:
        engine = self._engine()
        if engine is None or engine.dialect.name != "sqlite":
            return None
        database = engine.url.database
        return engine if database and database != ":memory:" else None

    def start(self) -> None:
        if self._threads:
            return
        self._loop = asyncio.get_running_loop()
        self._stopping.clear()
        engine = self._sqlite_file()
        if engine is not None:
            self._conn = engine.connect()
            if fcntl is not None:
                self._lock_fd = os.open(
                    f"{engine.url.database}-writer.lock", os.O_RDWR | os.O_CREAT, 0o600
                )
            # On the driver connection: through SQLAlchemy the PRAGMA would open a
            # transaction (BEGIN IMMEDIATE, see storage.db) and hold the write lock.
            self._conn.connection.dbapi_connection.execute("PRAGMA wal_autocheckpoint=0")
            self._threads.append(
                threading.Thread(target=self._checkpoints, args=(engine,), daemon=True)
            )
        self._threads.insert(0, threading.Thread(target=self._run, daemon=True))
        for n, t in enumerate(self._threads):
            t.name = ("mamori-writer", "mamori-checkpoint")[n]
            t.start()

    async def stop(self) -> None:
        if not self._threads:
            return
        self.queue.put(None)
        self._stopping.set()
        threads, self._threads = self._threads, []
        for t in threads:
            await asyncio.to_thread(t.join)
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    async def submit(self, pending: PendingDecision) -> str:
        """Queue one decision; resolves to the response JSON text once committed."""
        fut: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self.queue.put((pending, fut))
        return await fut

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[Session]:
        if self._conn is None:
            with self.uow.begin() as session:
                yield session
            return
        with self.uow.factory(bind=self._conn) as session, session.begin():
            yield session

    def _write_raw(self, batch: Sequence[PendingDecision]) -> list[str]:
        """One transaction on the dedicated SQLite connection, without a Session.

        ``BEGIN IMMEDIATE`` as ``storage.db`` begins every SQLite transaction (the write
        lock first, so the audit tail read below can't race another writer), the same
        statements as ``record_json``, then ``COMMIT``: the answer is returned only
        after the commit succeeded. SQLAlchemy's Session begin, connection and commit
        had cost ≈ 0.2 ms per transaction, a fifth of a one-decision batch.

        Writers of other server processes (``serve --workers N``) on the same file are
        queued on an ``flock`` first: SQLite's own wait for a busy write lock sleeps in
        steps of up to 100 ms and retries, which turned into 300 ms tails at 500/s with
        two workers, while a blocked ``flock`` wakes the moment the lock is released.
        """
        assert self._conn is not None
        dbapi = self._conn.connection.dbapi_connection
        lock = self._lock_fd
        if lock is not None:
            fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            dbapi.execute("BEGIN IMMEDIATE")
            try:
                raw = fastwrite.RawWriter.on(self._conn.dialect, dbapi)
                try:
                    out = self.enforcer.record_json_raw(raw, batch)
                finally:
                    raw.close()
                dbapi.execute("COMMIT")
            except BaseException:
                if dbapi.in_transaction:
                    dbapi.execute("ROLLBACK")
                raise
        finally:
            if lock is not None:
                fcntl.flock(lock, fcntl.LOCK_UN)
        return out

    def write(self, batch: Sequence[PendingDecision]) -> list[str]:
        for attempt in range(3):
            try:
                if self._conn is not None and self.raw_sqlite:
                    return self._write_raw(batch)
                with self._transaction() as session:
                    return self.enforcer.record_json(session, batch)
            except IntegrityError:
                # Another process stored one of these keys first: the retry reads it back.
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _outcomes(self, batch: list[tuple[PendingDecision, asyncio.Future[str]]]) -> list[Outcome]:
        try:
            results = self.write([p for p, _ in batch])
            return [(fut, res) for (_, fut), res in zip(batch, results, strict=True)]
        except Exception:
            log.exception("decision batch failed; writing its decisions one by one")
        out: list[Outcome] = []
        for p, fut in batch:
            try:
                out.append((fut, self.write([p])[0]))
            except Exception as exc:
                out.append((fut, exc))
        return out

    def _run(self) -> None:
        loop = self._loop
        assert loop is not None
        stop = False
        last = 1
        while not stop:
            first = self.queue.get()
            if first is None:
                break
            batch = [first]
            # Under concurrent load (the last batch had company) wait up to ``linger``
            # for more: the requests being evaluated on the event loop right now join
            # this transaction instead of paying for one of their own.
            until = time.monotonic() + self.linger if last > 1 else 0.0
            while len(batch) < self.max_batch:
                try:
                    wait = until - time.monotonic()
                    item = self.queue.get(timeout=wait) if wait > 0 else self.queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    stop = True
                    break
                batch.append(item)
            last = len(batch)
            outcomes = self._outcomes(batch)
            self.batches += 1
            self.written += len(batch)
            try:
                loop.call_soon_threadsafe(_resolve, outcomes)
            except RuntimeError:  # the loop closed under us: nobody is waiting any more
                return

    def _checkpoints(self, engine: Any) -> None:
        raw = engine.raw_connection()  # outside any transaction (see ``start``)
        try:
            while True:
                stopping = self._stopping.wait(self.checkpoint_seconds)
                try:
                    raw.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                except Exception:
                    log.exception("WAL checkpoint failed")
                if stopping:
                    return
        finally:
            raw.close()


def _resolve(outcomes: Sequence[Outcome]) -> None:
    for fut, res in outcomes:
        if fut.done():
            continue  # the request was cancelled (client gone); its decision is stored
        if isinstance(res, BaseException):
            fut.set_exception(res)
        else:
            fut.set_result(res)
