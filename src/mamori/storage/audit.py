"""The append-only, hash-chained audit log.

Each record's hash covers its own content *and* the previous record's hash, so editing,
deleting or reordering any record breaks the chain from that point on; ``verify`` walks
the chain and names the first record where it breaks. Appends are serialised (a
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
_LOCK_ID = 0x6D616D6F  # "mamo": one advisory lock for the audit tail


def canonical_json(value: Any) -> str:
    """Deterministic JSON: sorted keys, no spaces, UTF-8 kept (what the chain hashes).

    >>> canonical_json({"b": 1, "a": "守り"})
    '{"a":"守り","b":1}'
    """
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


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
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_ID})
    row = session.execute(
        select(audit_log.c.seq, audit_log.c.hash).order_by(audit_log.c.seq.desc()).limit(1)
    ).first()
    return (0, GENESIS) if row is None else (int(row.seq), str(row.hash))


def append_many(session: Session, entries: Iterable[AuditEntry]) -> list[AuditRecord]:
    """Append several records in order, inside the caller's transaction."""
    items = list(entries)
    if not items:
        return []
    seq, prev = _lock_tail(session)
    now = utcnow()
    records: list[AuditRecord] = []
    for e in items:
        seq += 1
        at = e.at or now
        payload = canonical_json(dict(e.payload))
        h = record_hash(seq, at, e.actor, e.action, e.entity_type, e.entity_id, payload, prev)
        records.append(
            AuditRecord(seq, at, e.actor, e.action, e.entity_type, e.entity_id, payload, prev, h)
        )
        prev = h
    session.execute(
        insert(audit_log),
        [
            {
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
            for r in records
        ],
    )
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
    problem: str | None = None  # edited | deleted | reordered
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
