"""The append-only, hash-chained audit log.

Each record's hash covers its own content *and* the previous record's hash, so editing,
deleting or reordering any record breaks the chain from that point on; ``verify`` walks
the chain and names the first record where it breaks. A chain cannot know its own length,
so deleting the newest records leaves a valid shorter chain: an *anchor* (the head's
sequence number and hash, kept outside the database) closes that gap. Appends are serialised (a
PostgreSQL advisory lock; on SQLite every write transaction is ``BEGIN IMMEDIATE``) so two
writers can never both extend the same tail.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from mamori.storage.tables import audit_log

GENESIS = "0" * 64
LOCK_ID = 0x6D616D6F  # "mamo": one advisory lock for the audit tail


_CANONICAL = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
).encode  # built once (``json.dumps`` with options builds an encoder per call)


def canonical_json(value: Any) -> str:
    """Deterministic JSON: sorted keys, no spaces, UTF-8 kept (what the chain hashes).

    >>> canonical_json({"b": 1, "a": "守り"})
    '{"a":"守り","b":1}'
    """
    return _CANONICAL(value)


def utcnow() -> datetime:
    """Naive UTC, the storage convention for every timestamp."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class AuditRecord:
    seq: int
    at: datetime
    actor: str
    action: str
    entity_type: str
    entity_id: str
    payload: str  # canonical JSON text
    prev_hash: str
    hash: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at.isoformat(),
            "actor": self.actor,
            "action": self.action,
            "entity_type": self.entity_type,
            "entity_id": self.entity_id,
            "payload": json.loads(self.payload),
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }


def record_hash(
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str,
    payload: str,
    prev_hash: str,
) -> str:
    """sha256 over the previous hash and the record's canonical content.

    >>> len(record_hash(1, datetime(2026, 1, 1), "a", "x", "t", "1", "{}", GENESIS))
    64
    """
    body = canonical_json(
        {
            "seq": seq,
            "at": at.isoformat(timespec="microseconds"),
            "actor": actor,
            "action": action,
            "entity_type": entity_type,
            "entity_id": entity_id,
            "payload": payload,
        }
    )
    return hashlib.sha256(f"{prev_hash}\n{body}".encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One record to append (without its chain fields)."""

    actor: str
    action: str
    entity_type: str
    entity_id: str
    payload: Mapping[str, Any]
    at: datetime | None = None


def _lock_tail(session: Session) -> tuple[int, str]:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": LOCK_ID})
    row = session.execute(
        select(audit_log.c.seq, audit_log.c.hash).order_by(audit_log.c.seq.desc()).limit(1)
    ).first()
    return (0, GENESIS) if row is None else (int(row.seq), str(row.hash))


def chain(
    entries: Iterable[AuditEntry], seq: int, prev: str, now: datetime | None = None
) -> list[AuditRecord]:
    """Hash ``entries`` onto a tail at ``seq``/``prev``, in one pass (nothing is written)."""
    now = now or utcnow()
    records: list[AuditRecord] = []
    for e in entries:
        seq += 1
        at = e.at or now
        payload = canonical_json(dict(e.payload))
        h = record_hash(seq, at, e.actor, e.action, e.entity_type, e.entity_id, payload, prev)
        records.append(
            AuditRecord(seq, at, e.actor, e.action, e.entity_type, e.entity_id, payload, prev, h)
        )
        prev = h
    return records


def record_row(r: AuditRecord) -> dict[str, Any]:
    """An ``audit_log`` row."""
    return {
        "seq": r.seq,
        "at": r.at,
        "actor": r.actor,
        "action": r.action,
        "entity_type": r.entity_type,
        "entity_id": r.entity_id,
        "payload": r.payload,
        "prev_hash": r.prev_hash,
        "hash": r.hash,
    }


def append_many(session: Session, entries: Iterable[AuditEntry]) -> list[AuditRecord]:
    """Append several records in order, inside the caller's transaction."""
    items = list(entries)
    if not items:
        return []
    seq, prev = _lock_tail(session)
    records = chain(items, seq, prev)
    session.execute(insert(audit_log), [record_row(r) for r in records])
    return records


def append(
    session: Session,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str,
    payload: Mapping[str, Any],
) -> AuditRecord:
    """Append one record to the chain inside the caller's transaction.

    The record commits or rolls back with the change it documents: an action without its
    audit record (or the reverse) can't exist.
    """
    return append_many(session, [AuditEntry(actor, action, entity_type, entity_id, payload)])[0]


@dataclass(frozen=True, slots=True)
class ChainReport:
    ok: bool
    checked: int
    first_bad_seq: int | None = None
    problem: str | None = None  # edited | deleted | reordered | truncated | rewritten
    message: str | None = None


def verify_rows(rows: Iterable[Any]) -> ChainReport:
    """Recompute the chain over rows ordered by ``seq``; report the first break.

    Rows need the audit_log columns as attributes. Classification: a gap in ``seq`` means
    deleted records; a hash that doesn't match the content means an edit; a record whose
    ``prev_hash`` isn't its predecessor's hash (content intact) means reordering or a
    deletion that was renumbered.
    """
    expected_seq, prev, checked = 1, GENESIS, 0
    for r in rows:
        seq = int(r.seq)
        if seq != expected_seq:
            if seq > expected_seq:
                return ChainReport(
                    False,
                    checked,
                    expected_seq,
                    "deleted",
                    f"record {expected_seq} is missing (deleted); next present is {seq}",
                )
            return ChainReport(
                False, checked, seq, "reordered", f"record {seq} appears out of order"
            )
        recomputed = record_hash(
            seq, r.at, r.actor, r.action, r.entity_type, r.entity_id, r.payload, r.prev_hash
        )
        if recomputed != r.hash:
            return ChainReport(
                False, checked, seq, "edited", f"record {seq} was edited (hash mismatch)"
            )
        if r.prev_hash != prev:
            return ChainReport(
                False,
                checked,
                seq,
                "reordered",
                f"record {seq} does not follow record {seq - 1} (reordered or re-linked)",
            )
        prev, expected_seq, checked = r.hash, seq + 1, checked + 1
    return ChainReport(True, checked)


def verify(session: Session, chunk: int = 10_000) -> ChainReport:
    """Verify the whole chain, streaming it in chunks (bounded memory)."""
    stmt = select(audit_log).order_by(audit_log.c.seq).execution_options(yield_per=chunk)
    return verify_rows(session.execute(stmt))


def tail(session: Session, limit: int = 50) -> list[AuditRecord]:
    rows = session.execute(select(audit_log).order_by(audit_log.c.seq.desc()).limit(limit))
    return [
        AuditRecord(
            int(r.seq),
            r.at,
            r.actor,
            r.action,
            r.entity_type,
            r.entity_id,
            r.payload,
            r.prev_hash,
            r.hash,
        )
        for r in rows
    ]


@dataclass(frozen=True, slots=True)
class Anchor:
    """The chain's head at one moment, to be stored where the database's owner can't edit it.

    Every later chain must still contain record ``seq`` with exactly this ``hash``; a
    shorter chain lost its tail, a different hash means history was rewritten.
    """

    seq: int
    hash: str
    taken_at: datetime
    record_at: datetime | None = None  # time of record ``seq`` (None for an empty chain)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "mamori-audit-anchor/1",
            "seq": self.seq,
            "hash": self.hash,
            "taken_at": self.taken_at.isoformat(),
            "record_at": None if self.record_at is None else self.record_at.isoformat(),
        }

    @classmethod
    def from_dict(cls, data: Any) -> Anchor:
        """Parse an anchor file's JSON; ValueError (bilingual) on anything malformed."""
        if not isinstance(data, dict):
            raise ValueError("anchor must be a JSON object / アンカーは JSON オブジェクトです")
        seq, h = data.get("seq"), data.get("hash")
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
            raise ValueError("anchor 'seq' must be an integer >= 0 / seq が不正です")
        if not isinstance(h, str) or len(h) != 64 or any(c not in "0123456789abcdef" for c in h):
            raise ValueError("anchor 'hash' must be 64 hex digits / hash が不正です")
        try:
            taken = datetime.fromisoformat(str(data.get("taken_at")))
            rec = data.get("record_at")
            record_at = None if rec is None else datetime.fromisoformat(str(rec))
        except ValueError:
            raise ValueError("anchor times must be ISO 8601 / 時刻が不正です") from None
        return cls(seq, h, taken, record_at)


def make_anchor(session: Session) -> Anchor:
    """The current head (seq 0 and the genesis hash for an empty chain)."""
    row = session.execute(
        select(audit_log.c.seq, audit_log.c.hash, audit_log.c.at)
        .order_by(audit_log.c.seq.desc())
        .limit(1)
    ).first()
    if row is None:
        return Anchor(0, GENESIS, utcnow())
    return Anchor(int(row.seq), str(row.hash), utcnow(), row.at)


def check_anchor(session: Session, anchor: Anchor, checked: int = 0) -> ChainReport:
    """Whether the chain still reaches ``anchor`` with the same hash (run after ``verify``).

    With an intact chain, the record at the anchor's ``seq`` having the anchored hash
    proves every record up to it is unchanged (each hash covers all before it).
    """
    if anchor.seq == 0:
        return ChainReport(True, checked)
    last = session.execute(select(audit_log.c.seq).order_by(audit_log.c.seq.desc()).limit(1))
    head = last.scalar()
    head_seq = 0 if head is None else int(head)
    if head_seq < anchor.seq:
        first = head_seq + 1
        missing = f"record {first}" if first == anchor.seq else f"records {first}..{anchor.seq}"
        return ChainReport(
            False,
            checked,
            first,
            "truncated",
            f"{missing} missing (deleted from the tail): the anchor taken "
            f"{anchor.taken_at.isoformat(timespec='seconds')} has the chain at record "
            f"{anchor.seq}, the database ends at {head_seq}",
        )
    row = session.execute(select(audit_log.c.hash).where(audit_log.c.seq == anchor.seq)).scalar()
    if row is None:
        return ChainReport(
            False, checked, anchor.seq, "deleted", f"record {anchor.seq} is missing (deleted)"
        )
    if str(row) != anchor.hash:
        return ChainReport(
            False,
            checked,
            anchor.seq,
            "rewritten",
            f"record {anchor.seq} has a different hash than the anchor: the chain up to it "
            "was rewritten",
        )
    return ChainReport(True, checked)
