"""Case use cases: open, queue, claim, work, escalate, resolve, act — every step audited.

Each function takes the caller's ``Session`` (one unit of work) and the acting
``Principal``; permissions are checked here, not only by the routes, so the CLI, the API
and the console enforce the same rules. Every state change writes a ``case_events`` row
(the case's own timeline) and an audit-chain record in the same transaction.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import ColumnElement, and_, func, insert, or_, select, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mamori.cases import drafts as case_drafts
from mamori.cases.drafts import CaseDraft, Link
from mamori.cases.model import Exposure, Level, Outcome, Priority, Status, Team, queue_for
from mamori.cases.priority import SlaState, due_at, priority, score, sla_state
from mamori.cases.recommendation import recommend
from mamori.cases.transitions import Event, escalate_to, next_status
from mamori.errors import ConflictError, NotFoundError, PermissionDenied
from mamori.services.identity import Principal
from mamori.storage import audit
from mamori.storage.case_tables import case_events, case_evidence, case_links, case_notes, cases
from mamori.storage.tables import users

OPEN_STATUSES = (Status.OPEN.value, Status.ESCALATED.value)
MAX_EVIDENCE_BYTES = 256_000


def _need(principal: Principal, permission: str) -> None:
    if not principal.can(permission):
        raise PermissionDenied(
            f"権限がありません（{permission}） / permission {permission!r} required"
        )


def _event(
    session: Session,
    case_id: int,
    principal: Principal | str,
    event: str,
    detail: Mapping[str, Any],
    now: datetime,
) -> None:
    actor = principal if isinstance(principal, str) else principal.actor
    session.execute(
        insert(case_events).values(
            case_id=case_id,
            at=now,
            actor=actor,
            event=event,
            detail=audit.canonical_json(dict(detail)),
        )
    )
    audit.append(session, actor, f"case.{event}", "case", str(case_id), dict(detail))


# ---------------------------------------------------------------- opening


def _insert(session: Session, stmt: Any) -> int:
    return int(session.execute(stmt).inserted_primary_key[0])  # type: ignore[attr-defined]


def open_case(
    session: Session, draft: CaseDraft, principal: Principal, now: datetime | None = None
) -> tuple[int, bool]:
    """Insert a case from a draft; returns ``(case_id, created)``.

    Idempotent on ``(source, source_ref)``: importing the same finding or report twice
    returns the existing case instead of a duplicate.
    """
    _need(principal, "cases:create")
    now = now or audit.utcnow()
    if draft.source_ref is not None:
        existing = session.execute(
            select(cases.c.id).where(
                cases.c.source == draft.source.value, cases.c.source_ref == draft.source_ref
            )
        ).scalar()
        if existing is not None:
            return int(existing), False
    p = priority(draft.risk, draft.exposure)
    level = Level.OPERATIONS if draft.team is Team.OPERATIONS else Level.SPECIALIST
    values = {
        "source": draft.source.value,
        "source_ref": draft.source_ref,
        "kind": draft.kind[:64],
        "title_ja": draft.title.get("ja", ""),
        "title_en": draft.title.get("en", ""),
        "summary": draft.summary,
        "entity_type": draft.entity_type,
        "entity_id": draft.entity_id,
        "seller_id": draft.seller_id,
        "group_id": draft.source_ref if len(draft.links) > 1 else None,
        "severity": draft.severity,
        "legal_basis": 1 if draft.legal_basis else 0,
        "risk": round(draft.risk, 4),
        "exposure_gmv": draft.exposure.gmv_yen,
        "exposure_followers": draft.exposure.followers,
        "exposure_buyers": draft.exposure.buyers,
        "score": score(draft.risk, draft.exposure),
        "priority": p.value,
        "status": Status.OPEN.value,
        "level": level.value,
        "team": draft.team.value,
        "queue": queue_for(level, draft.team),
        "opened_by": principal.actor,
        "opened_at": now,
        "due_at": due_at(now, p),
        "updated_at": now,
    }
    try:
        with session.begin_nested():
            case_id = _insert(session, insert(cases).values(**values))
    except IntegrityError:  # a concurrent import of the same source won the race
        existing = session.execute(
            select(cases.c.id).where(
                cases.c.source == draft.source.value, cases.c.source_ref == draft.source_ref
            )
        ).scalar_one()
        return int(existing), False
    if draft.links:
        session.execute(
            insert(case_links),
            [
                {
                    "case_id": case_id,
                    "entity_type": link.entity_type,
                    "entity_id": link.entity_id,
                    "role": link.role,
                    "added_by": principal.actor,
                    "added_at": now,
                }
                for link in _unique_links(draft.links)
            ],
        )
    for item in draft.evidence:
        _insert_evidence(
            session,
            case_id,
            "finding" if draft.source.value == "finding" else draft.source.value,
            item.get("field") or item.get("kind") or "evidence",
            item,
            principal,
            now,
        )
    _event(
        session,
        case_id,
        principal,
        "open",
        {
            "source": draft.source.value,
            "source_ref": draft.source_ref,
            "kind": draft.kind,
            "priority": p.name,
            "score": values["score"],
            "links": len(draft.links),
        },
        now,
    )
    return case_id, True


def _unique_links(links: Iterable[Link]) -> list[Link]:
    seen: set[tuple[str, str]] = set()
    out = []
    for link in links:
        key = (link.entity_type, link.entity_id)
        if key not in seen:
            seen.add(key)
            out.append(link)
    return out


@dataclass
class ImportResult:
    created: int = 0
    existing: int = 0
    case_ids: list[int] = field(default_factory=list)


ExposureLookup = Callable[[str | None, Sequence[str]], Exposure]


def import_findings(
    session: Session,
    rows: Iterable[Mapping[str, Any]],
    principal: Principal,
    exposure_of: ExposureLookup | None = None,
    now: datetime | None = None,
) -> ImportResult:
    """Open one case per finding row (Contracts columns); re-imports are no-ops."""
    result = ImportResult()
    for row in rows:
        ids = case_drafts._ids(row.get("entity_ids"))
        exposure = exposure_of(row.get("entity_type"), ids) if exposure_of else Exposure()
        case_id, created = open_case(
            session, case_drafts.from_finding(row, exposure), principal, now
        )
        result.case_ids.append(case_id)
        if created:
            result.created += 1
        else:
            result.existing += 1
    return result


def read_findings(path: str) -> list[dict[str, Any]]:
    """Rows of a findings.parquet (or .jsonl) file as dicts."""
    if path.endswith(".jsonl"):
        with open(path, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
    import pyarrow.parquet as pq

    return list(pq.read_table(path).to_pylist())


def exposure_from_data_dir(data_dir: str) -> ExposureLookup:
    """Exposure look-up over a Contracts data directory: GMV, followers, distinct buyers.

    For a listing the seller's exposure counts (a listing reaches its seller's audience).
    Computed once with DuckDB, then served from a dict.
    """
    import os

    import duckdb

    con = duckdb.connect()
    seller_rows: dict[str, Exposure] = {}
    listing_seller: dict[str, str] = {}
    sellers_pq = os.path.join(data_dir, "sellers.parquet")
    orders_pq = os.path.join(data_dir, "orders.parquet")
    listings_pq = os.path.join(data_dir, "listings.parquet")
    if os.path.exists(sellers_pq):
        orders = (
            f"(SELECT seller_id, sum(amount) gmv, count(DISTINCT buyer_id) buyers FROM read_parquet('{orders_pq}') GROUP BY 1)"
            if os.path.exists(orders_pq)
            else "(SELECT NULL::VARCHAR seller_id, 0 gmv, 0 buyers WHERE false)"
        )
        q = (
            f"SELECT s.id, coalesce(o.gmv, 0), coalesce(s.followers, 0), coalesce(o.buyers, 0) "
            f"FROM read_parquet('{sellers_pq}') s LEFT JOIN {orders} o ON o.seller_id = s.id"
        )
        for sid, gmv, followers, buyers in con.execute(q).fetchall():
            seller_rows[str(sid)] = Exposure(int(gmv), int(followers), int(buyers))
    if os.path.exists(listings_pq):
        for lid, sid in con.execute(
            f"SELECT id, seller_id FROM read_parquet('{listings_pq}')"
        ).fetchall():
            listing_seller[str(lid)] = str(sid)
    con.close()

    def lookup(entity_type: str | None, ids: Sequence[str]) -> Exposure:
        sellers = set()
        for i in ids:
            if entity_type == "seller":
                sellers.add(i)
            elif entity_type == "listing" and i in listing_seller:
                sellers.add(listing_seller[i])
        exp = [seller_rows[s] for s in sellers if s in seller_rows]
        if not exp:
            return Exposure()
        return Exposure(
            sum(e.gmv_yen for e in exp), max(e.followers for e in exp), sum(e.buyers for e in exp)
        )

    return lookup


# ---------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class QueueRow:
    id: int
    title_ja: str
    title_en: str
    kind: str
    source: str
    priority: int
    status: str
    level: int
    queue: str
    seller_id: str | None
    entity_type: str | None
    entity_id: str | None
    claimed_by_name: str | None
    opened_at: datetime
    due_at: datetime
    score: float
    sla: str


@dataclass(frozen=True, slots=True)
class Page:
    rows: list[QueueRow]
    next_cursor: str | None
    total: int | None = None


def _cursor(row: Any) -> str:
    return f"{row.priority}|{row.due_at.isoformat()}|{row.id}"


def _parse_cursor(cursor: str) -> tuple[int, datetime, int]:
    p, d, i = cursor.split("|")
    return int(p), datetime.fromisoformat(d), int(i)


def queue_query(
    status: Sequence[str] | None = None,
    queue: str | None = None,
    after: str | None = None,
    limit: int = 50,
    claimed_by: str | None = None,
    seller_id: str | None = None,
) -> Any:
    """The SELECT behind a queue page: keyset paging on ``(priority, due_at, id)``.

    Built separately so a test can EXPLAIN it and check the queue index serves it.
    """
    stmt = select(
        cases.c.id,
        cases.c.title_ja,
        cases.c.title_en,
        cases.c.kind,
        cases.c.source,
        cases.c.priority,
        cases.c.status,
        cases.c.level,
        cases.c.queue,
        cases.c.seller_id,
        cases.c.entity_type,
        cases.c.entity_id,
        cases.c.claimed_by_name,
        cases.c.opened_at,
        cases.c.due_at,
        cases.c.score,
    )
    conds = []
    if status:
        conds.append(
            cases.c.status.in_(list(status)) if len(status) > 1 else cases.c.status == status[0]
        )
    if queue:
        conds.append(cases.c.queue == queue)
    if claimed_by:
        conds.append(cases.c.claimed_by == claimed_by)
    if seller_id:
        conds.append(cases.c.seller_id == seller_id)
    if after:
        p, d, i = _parse_cursor(after)
        conds.append(tuple_(cases.c.priority, cases.c.due_at, cases.c.id) > tuple_(p, d, i))
    if conds:
        stmt = stmt.where(and_(*conds))
    return stmt.order_by(cases.c.priority, cases.c.due_at, cases.c.id).limit(limit + 1)


def list_queue(
    session: Session,
    principal: Principal,
    *,
    status: Sequence[str] | None = (Status.OPEN.value,),
    queue: str | None = None,
    after: str | None = None,
    limit: int = 50,
    mine: bool = False,
    seller_id: str | None = None,
    now: datetime | None = None,
) -> Page:
    """One page of a queue, most urgent first."""
    _need(principal, "cases:read")
    now = now or audit.utcnow()
    limit = max(1, min(limit, 200))
    rows = session.execute(
        queue_query(status, queue, after, limit, principal.user_id if mine else None, seller_id)
    ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    out = [
        QueueRow(
            int(r.id),
            r.title_ja,
            r.title_en,
            r.kind,
            r.source,
            int(r.priority),
            r.status,
            int(r.level),
            r.queue,
            r.seller_id,
            r.entity_type,
            r.entity_id,
            r.claimed_by_name,
            r.opened_at,
            r.due_at,
            float(r.score),
            "resolved"
            if r.status == Status.RESOLVED.value
            else sla_state(now, r.due_at, Priority(int(r.priority))).value,
        )
        for r in rows
    ]
    return Page(out, _cursor(rows[-1]) if more and rows else None)


def queue_counts(
    session: Session, principal: Principal, now: datetime | None = None
) -> list[dict[str, Any]]:
    """Open and escalated cases per queue and priority, with how many are past their SLA."""
    _need(principal, "cases:read")
    now = now or audit.utcnow()
    rows = session.execute(
        select(
            cases.c.queue,
            cases.c.priority,
            func.count().label("n"),
            func.sum(func.cast(cases.c.due_at <= now, cases.c.level.type)).label("breached"),
        )
        .where(cases.c.status.in_([*OPEN_STATUSES, Status.CLAIMED.value]))
        .group_by(cases.c.queue, cases.c.priority)
        .order_by(cases.c.queue, cases.c.priority)
    ).all()
    return [
        {
            "queue": r.queue,
            "priority": int(r.priority),
            "count": int(r.n),
            "breached": int(r.breached or 0),
        }
        for r in rows
    ]


def get_case(
    session: Session, case_id: int, principal: Principal, now: datetime | None = None
) -> dict[str, Any]:
    """The whole case: record, SLA state, links, notes, evidence and timeline."""
    _need(principal, "cases:read")
    now = now or audit.utcnow()
    row = session.execute(select(cases).where(cases.c.id == case_id)).first()
    if row is None:
        raise NotFoundError(f"ケース {case_id} がありません / case {case_id} not found")
    data = dict(row._mapping)
    data["sla"] = (
        "resolved"
        if row.status == Status.RESOLVED.value
        else sla_state(now, row.due_at, Priority(int(row.priority))).value
    )
    data["recommendation"] = json.loads(row.recommendation) if row.recommendation else None
    data["links"] = [
        dict(r._mapping)
        for r in session.execute(
            select(case_links).where(case_links.c.case_id == case_id).order_by(case_links.c.id)
        )
    ]
    data["notes"] = [
        dict(r._mapping)
        for r in session.execute(
            select(case_notes).where(case_notes.c.case_id == case_id).order_by(case_notes.c.id)
        )
    ]
    data["evidence"] = [
        dict(r._mapping)
        for r in session.execute(
            select(case_evidence)
            .where(case_evidence.c.case_id == case_id)
            .order_by(case_evidence.c.id)
        )
    ]
    data["events"] = [
        {**dict(r._mapping), "detail": json.loads(r.detail)}
        for r in session.execute(
            select(case_events).where(case_events.c.case_id == case_id).order_by(case_events.c.id)
        )
    ]
    return data


def _load(session: Session, case_id: int) -> Any:
    row = session.execute(select(cases).where(cases.c.id == case_id)).first()
    if row is None:
        raise NotFoundError(f"ケース {case_id} がありません / case {case_id} not found")
    return row


# ---------------------------------------------------------------- working


def claim(
    session: Session, case_id: int, principal: Principal, now: datetime | None = None
) -> None:
    """Take a case exclusively.

    The conditional UPDATE is the lock: of two investigators racing for the same case,
    exactly one UPDATE matches ``claimed_by IS NULL``; the other gets ``ConflictError``.
    """
    _need(principal, "cases:work")
    now = now or audit.utcnow()
    res = session.execute(
        update(cases)
        .where(
            cases.c.id == case_id,
            cases.c.claimed_by.is_(None),
            cases.c.status.in_(OPEN_STATUSES),
        )
        .values(
            claimed_by=principal.user_id,
            claimed_by_name=principal.username,
            claimed_at=now,
            status=Status.CLAIMED.value,
            updated_at=now,
        )
    )
    if res.rowcount != 1:  # type: ignore[attr-defined]
        row = _load(session, case_id)
        who = row.claimed_by_name or "?"
        if row.claimed_by is not None:
            raise ConflictError(
                f"ケース {case_id} は {who} が対応中です / case {case_id} is already claimed by {who}"
            )
        next_status(Status(row.status), Event.CLAIM)  # raises with the reason
        raise ConflictError(f"case {case_id} could not be claimed")
    _event(session, case_id, principal, "claim", {"user": principal.username}, now)


def release(
    session: Session, case_id: int, principal: Principal, now: datetime | None = None
) -> None:
    """Give a claimed case back to its queue (only its holder, or a reviewer)."""
    _need(principal, "cases:work")
    now = now or audit.utcnow()
    row = _load(session, case_id)
    next_status(Status(row.status), Event.RELEASE)
    if row.claimed_by != principal.user_id:
        _need(principal, "cases:assign")
    back = Status.ESCALATED.value if int(row.level) > Level.OPERATIONS.value else Status.OPEN.value
    session.execute(
        update(cases)
        .where(cases.c.id == case_id, cases.c.claimed_by == row.claimed_by)
        .values(claimed_by=None, claimed_by_name=None, claimed_at=None, status=back, updated_at=now)
    )
    _event(session, case_id, principal, "release", {"from": row.claimed_by_name}, now)


def assign(
    session: Session, case_id: int, username: str, principal: Principal, now: datetime | None = None
) -> None:
    """Hand a case to a named investigator (a reviewer's or admin's call)."""
    _need(principal, "cases:assign")
    now = now or audit.utcnow()
    row = _load(session, case_id)
    next_status(Status(row.status), Event.ASSIGN)
    user = session.execute(select(users).where(users.c.username == username)).first()
    if user is None:
        raise NotFoundError(f"ユーザー {username!r} がありません / no user {username!r}")
    if user.role in ("seller", "viewer"):
        raise ConflictError(
            f"{username} はケースを担当できません / {username} (role {user.role}) cannot work cases"
        )
    session.execute(
        update(cases)
        .where(cases.c.id == case_id)
        .values(
            claimed_by=user.id,
            claimed_by_name=user.username,
            claimed_at=now,
            status=Status.CLAIMED.value,
            updated_at=now,
        )
    )
    _event(
        session, case_id, principal, "assign", {"to": username, "from": row.claimed_by_name}, now
    )


def _holder_or_reviewer(row: Any, principal: Principal) -> None:
    if row.claimed_by != principal.user_id and not principal.can("cases:assign"):
        raise ConflictError(
            f"ケース {row.id} を先に担当してください / claim case {row.id} before working on it"
        )


def add_note(
    session: Session, case_id: int, body: str, principal: Principal, now: datetime | None = None
) -> int:
    _need(principal, "cases:work")
    now = now or audit.utcnow()
    _load(session, case_id)
    body = body.strip()
    if not body:
        raise ConflictError("メモが空です / the note is empty")
    note_id = _insert(
        session,
        insert(case_notes).values(
            case_id=case_id, author=principal.username, body=body, created_at=now
        ),
    )
    _event(session, case_id, principal, "note", {"note_id": note_id, "chars": len(body)}, now)
    return note_id


def _insert_evidence(
    session: Session,
    case_id: int,
    kind: str,
    label: str,
    content: Any,
    principal: Principal,
    now: datetime,
) -> tuple[int, str]:
    text_content = content if isinstance(content, str) else audit.canonical_json(content)
    if len(text_content.encode()) > MAX_EVIDENCE_BYTES:
        raise ConflictError(
            f"証拠が大きすぎます（上限 {MAX_EVIDENCE_BYTES} バイト） / evidence over {MAX_EVIDENCE_BYTES} bytes; link to it instead"
        )
    digest = hashlib.sha256(text_content.encode()).hexdigest()
    eid = _insert(
        session,
        insert(case_evidence).values(
            case_id=case_id,
            kind=kind[:32],
            label=str(label),
            content=text_content,
            sha256=digest,
            added_by=principal.username,
            added_at=now,
        ),
    )
    return eid, digest


def add_evidence(
    session: Session,
    case_id: int,
    kind: str,
    label: str,
    content: str,
    principal: Principal,
    now: datetime | None = None,
) -> int:
    """Attach evidence; its sha256 is recorded in the audit log so it cannot drift later."""
    _need(principal, "cases:work")
    now = now or audit.utcnow()
    _load(session, case_id)
    if not content.strip():
        raise ConflictError("証拠が空です / the evidence is empty")
    eid, digest = _insert_evidence(session, case_id, kind, label, content, principal, now)
    _event(
        session,
        case_id,
        principal,
        "evidence",
        {"evidence_id": eid, "kind": kind, "sha256": digest},
        now,
    )
    return eid


def link_entity(
    session: Session,
    case_id: int,
    entity_type: str,
    entity_id: str,
    principal: Principal,
    role: str = "member",
    now: datetime | None = None,
) -> bool:
    """Link an entity to a case; ``False`` when it was already linked."""
    _need(principal, "cases:work")
    now = now or audit.utcnow()
    _load(session, case_id)
    exists = session.execute(
        select(case_links.c.id).where(
            case_links.c.case_id == case_id,
            case_links.c.entity_type == entity_type,
            case_links.c.entity_id == entity_id,
        )
    ).first()
    if exists:
        return False
    session.execute(
        insert(case_links).values(
            case_id=case_id,
            entity_type=entity_type,
            entity_id=entity_id,
            role=role,
            added_by=principal.actor,
            added_at=now,
        )
    )
    _event(
        session,
        case_id,
        principal,
        "link",
        {"entity_type": entity_type, "entity_id": entity_id, "role": role},
        now,
    )
    return True


def escalate(
    session: Session,
    case_id: int,
    reason: str,
    principal: Principal,
    *,
    target: Level | None = None,
    team: Team | None = None,
    now: datetime | None = None,
) -> Level:
    """Send a case up a level with a reason; it leaves the holder and waits unclaimed."""
    _need(principal, "cases:escalate")
    now = now or audit.utcnow()
    row = _load(session, case_id)
    next_status(Status(row.status), Event.ESCALATE)
    if row.status == Status.CLAIMED.value:
        _holder_or_reviewer(row, principal)
    new_level = escalate_to(Level(int(row.level)), reason, target)
    new_team = team or Team(row.team)
    session.execute(
        update(cases)
        .where(cases.c.id == case_id)
        .values(
            level=new_level.value,
            team=new_team.value,
            queue=queue_for(new_level, new_team),
            status=Status.ESCALATED.value,
            claimed_by=None,
            claimed_by_name=None,
            claimed_at=None,
            escalation_reason=reason.strip(),
            updated_at=now,
        )
    )
    _event(
        session,
        case_id,
        principal,
        "escalate",
        {
            "from": int(row.level),
            "to": new_level.value,
            "team": new_team.value,
            "reason": reason.strip(),
        },
        now,
    )
    return new_level


def resolve(
    session: Session,
    case_id: int,
    outcome: Outcome,
    resolution: str,
    principal: Principal,
    now: datetime | None = None,
) -> dict[str, object]:
    """Close a case with an outcome; the recommendation is computed and stored with it."""
    _need(principal, "cases:work")
    now = now or audit.utcnow()
    row = _load(session, case_id)
    next_status(Status(row.status), Event.RESOLVE)
    _holder_or_reviewer(row, principal)
    rec = recommend(
        outcome,
        risk=float(row.risk),
        severity=row.severity,
        legal_basis=bool(row.legal_basis),
        exposure=Exposure(
            int(row.exposure_gmv), int(row.exposure_followers), int(row.exposure_buyers)
        ),
    ).to_dict()
    session.execute(
        update(cases)
        .where(cases.c.id == case_id)
        .values(
            status=Status.RESOLVED.value,
            outcome=outcome.value,
            resolution=resolution.strip(),
            recommendation=audit.canonical_json(rec),
            resolved_at=now,
            resolved_by=principal.username,
            updated_at=now,
        )
    )
    _event(
        session,
        case_id,
        principal,
        "resolve",
        {"outcome": outcome.value, "recommendation": rec, "resolution": resolution.strip()},
        now,
    )
    return rec


def reopen(
    session: Session, case_id: int, reason: str, principal: Principal, now: datetime | None = None
) -> None:
    _need(principal, "cases:assign")
    now = now or audit.utcnow()
    row = _load(session, case_id)
    next_status(Status(row.status), Event.REOPEN)
    session.execute(
        update(cases)
        .where(cases.c.id == case_id)
        .values(
            status=Status.OPEN.value,
            outcome=None,
            resolved_at=None,
            resolved_by=None,
            claimed_by=None,
            claimed_by_name=None,
            updated_at=now,
        )
    )
    _event(session, case_id, principal, "reopen", {"reason": reason}, now)


def record_action(
    session: Session,
    case_id: int,
    action_id: str,
    action_type: str,
    entity_type: str,
    entity_id: str,
    principal: Principal,
    now: datetime | None = None,
) -> None:
    """Note on the case that an enforcement action was taken from it."""
    now = now or audit.utcnow()
    _event(
        session,
        case_id,
        principal,
        "action",
        {
            "action_id": action_id,
            "type": action_type,
            "entity_type": entity_type,
            "entity_id": entity_id,
        },
        now,
    )


def group_members(
    session: Session, case_id: int, entity_type: str | None = None
) -> list[tuple[str, str]]:
    """The entities linked to a case (a ring's accounts, a wave's listings)."""
    stmt = select(case_links.c.entity_type, case_links.c.entity_id).where(
        case_links.c.case_id == case_id
    )
    if entity_type:
        stmt = stmt.where(case_links.c.entity_type == entity_type)
    return [(r.entity_type, r.entity_id) for r in session.execute(stmt.order_by(case_links.c.id))]


def cases_for_entity(
    session: Session, entity_type: str, entity_id: str, limit: int = 50
) -> list[dict[str, Any]]:
    """Cases that name an entity as subject or link (for seller 360)."""
    linked = select(case_links.c.case_id).where(
        case_links.c.entity_type == entity_type, case_links.c.entity_id == entity_id
    )
    conds: list[ColumnElement[bool]] = [cases.c.id.in_(linked)]
    if entity_type == "seller":
        conds.append(cases.c.seller_id == entity_id)
    rows = session.execute(
        select(
            cases.c.id,
            cases.c.title_ja,
            cases.c.title_en,
            cases.c.status,
            cases.c.priority,
            cases.c.outcome,
            cases.c.opened_at,
        )
        .where(or_(*conds))
        .order_by(cases.c.id.desc())
        .limit(limit)
    )
    return [dict(r._mapping) for r in rows]


def other_sellers_in_groups(session: Session, seller_id: str) -> list[str]:
    """Sellers that share a case with ``seller_id`` (linked accounts, from rings)."""
    mine = select(case_links.c.case_id).where(
        case_links.c.entity_type == "seller", case_links.c.entity_id == seller_id
    )
    rows = session.execute(
        select(case_links.c.entity_id)
        .where(
            case_links.c.case_id.in_(mine),
            case_links.c.entity_type == "seller",
            case_links.c.entity_id != seller_id,
        )
        .distinct()
        .order_by(case_links.c.entity_id)
    )
    return [str(r.entity_id) for r in rows]


def count_cases(session: Session) -> int:
    return int(session.execute(select(func.count()).select_from(cases)).scalar_one())


__all__ = [
    "ImportResult",
    "Page",
    "QueueRow",
    "SlaState",
    "add_evidence",
    "add_note",
    "assign",
    "claim",
    "escalate",
    "get_case",
    "import_findings",
    "link_entity",
    "list_queue",
    "open_case",
    "release",
    "resolve",
]


# ---------------------------------------------------------------- enforcement from a case

SELLER_LEVEL = ("warn", "restrict_feature", "hold_payout", "suspend", "terminate")


class Enforcer(Protocol):
    """What a case needs of the enforcement service (``services.decisions.Enforcer``)."""

    def manual(self, session: Session, actor: str, **kw: Any) -> dict[str, Any]: ...


def take_action(
    session: Session,
    case_id: int,
    action: str,
    reason: str,
    principal: Principal,
    *,
    enforcer: Enforcer,
    scope: str = "subject",
    entity_type: str | None = None,
    entity_id: str | None = None,
    points: int = 0,
    duration_days: int | None = None,
    now: datetime | None = None,
) -> list[dict[str, Any]]:
    """Issue an action from a case through the enforcement service, then note it here.

    ``scope="group"`` acts on every linked entity of the target type (bulk action on a
    ring or a wave); each gets its own action and statement of reasons, because each
    account holder is entitled to their own statement and appeal.
    """
    _need(principal, "actions:create")
    now = now or audit.utcnow()
    row = _load(session, case_id)
    if row.status == Status.RESOLVED.value:
        raise ConflictError(
            f"ケース {case_id} は解決済みです / case {case_id} is resolved; reopen it first"
        )
    if row.status == Status.CLAIMED.value:
        _holder_or_reviewer(row, principal)
    target_type = entity_type or ("seller" if action in SELLER_LEVEL else row.entity_type)
    if scope == "group":
        _need(principal, "actions:bulk")
        targets = [i for t, i in group_members(session, case_id, target_type)]
        if not targets:
            raise ConflictError(
                f"ケースに {target_type} のリンクがありません / case has no linked {target_type}"
            )
    else:
        default_id = row.seller_id if target_type == "seller" else row.entity_id
        target = entity_id or default_id
        if not target:
            raise ConflictError(
                "対象を指定してください / name the entity to act on (entity_type, entity_id)"
            )
        targets = [target]
    if not reason.strip():
        raise ConflictError("措置には理由が必要です / an action needs a reason")
    taken: list[dict[str, Any]] = []
    for target_id in targets:
        if target_type == "seller":
            seller_id: str | None = target_id
        else:
            seller_id = row.seller_id if target_id == row.entity_id else None
        out = enforcer.manual(
            session,
            principal.actor,
            action=action,
            entity_type=str(target_type),
            entity_id=target_id,
            seller_id=seller_id,
            reason={
                "ja": f"{reason.strip()}（ケース #{case_id}）",
                "en": f"{reason.strip()} (case #{case_id})",
            },
            points=points,
            duration_days=duration_days,
        )
        for a in out.get("actions", []):
            action_id = str(a["action_id"])
            record_action(
                session,
                case_id,
                action_id,
                str(a.get("type", action)),
                str(target_type),
                target_id,
                principal,
                now,
            )
            taken.append(
                {
                    "action_id": action_id,
                    "type": a.get("type", action),
                    "entity_type": target_type,
                    "entity_id": target_id,
                }
            )
    return taken


def open_from_decision(
    session: Session,
    decision_id: str,
    principal: Principal,
    confidence: float | None = None,
    now: datetime | None = None,
) -> tuple[int, bool]:
    """Open a case for a recorded decision a person should confirm (low confidence).

    The case's risk follows the most severe hit; its subject is the decided entity and
    its seller, so the seller's history is one click away. Idempotent on the decision id.
    """
    from mamori.storage.tables import decision_hits, decisions

    d = session.execute(select(decisions).where(decisions.c.id == decision_id)).first()
    if d is None:
        raise NotFoundError(f"判定 {decision_id} がありません / decision {decision_id} not found")
    hits = session.execute(
        select(decision_hits.c.policy_id, decision_hits.c.severity).where(
            decision_hits.c.decision_id == decision_id
        )
    ).all()
    order = {"low": 0, "medium": 1, "high": 2, "critical": 3}
    top = max(hits, key=lambda h: order.get(h.severity, 1), default=None)
    draft = case_drafts.from_low_confidence(
        decision_id,
        d.entity_type,
        d.entity_id,
        top.policy_id if top is not None else "none",
        confidence if confidence is not None else 0.5,
        top.severity if top is not None else None,
        d.seller_id,
    )
    return open_case(session, draft, principal, now)
