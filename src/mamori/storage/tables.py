"""Tables of the enforcement service (revision ``0001_enforcement``).

SQLAlchemy Core tables rather than ORM classes: the hot path inserts decisions in
groups (``executemany``), and Core keeps that cheap on SQLite and PostgreSQL alike.
Identifiers are text (32 hex chars) so batch enforcement can derive them
deterministically from entity + policy + version and re-runs stay idempotent.
Timestamps are naive UTC. JSON payloads are stored as text: canonical JSON is what the
audit chain hashes, and text compares identically on both databases.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from mamori.storage.metadata import metadata

ID = String(64)

users = Table(
    "users",
    metadata,
    Column("id", ID, primary_key=True),
    Column("username", String(200), nullable=False, unique=True),
    Column("password_hash", Text, nullable=True),
    Column("role", String(32), nullable=False),
    Column("seller_id", String(200), nullable=True),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("created_at", DateTime, nullable=False),
)

api_keys = Table(
    "api_keys",
    metadata,
    Column("id", ID, primary_key=True),
    Column("user_id", ID, ForeignKey("users.id"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("prefix", String(16), nullable=False),
    Column("key_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime, nullable=False),
    Column("revoked_at", DateTime, nullable=True),
)

decisions = Table(
    "decisions",
    metadata,
    Column("id", ID, primary_key=True),
    # A unique constraint, not a look-up, is what makes concurrent duplicates safe.
    Column("idempotency_key", String(200), nullable=True, unique=True),
    Column("entity_type", String(32), nullable=False),
    Column("entity_id", String(200), nullable=False),
    Column("seller_id", String(200), nullable=True),
    Column("source", String(16), nullable=False),  # api | batch | manual
    Column("pack_hash", String(64), nullable=True),
    Column("created_at", DateTime, nullable=False),
    Column("actor", String(200), nullable=True),
    # The exact response first returned, so an idempotent replay is byte-for-byte equal.
    Column("response", Text, nullable=True),
    Index("ix_decisions_entity", "entity_type", "entity_id"),
    Index("ix_decisions_created_at", "created_at"),
)

decision_hits = Table(
    "decision_hits",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("decision_id", ID, ForeignKey("decisions.id"), nullable=False, index=True),
    Column("policy_id", String(200), nullable=False),
    Column("policy_version", Integer, nullable=False),
    Column("policy_hash", String(64), nullable=True),
    Column("family", String(64), nullable=True),
    Column("severity", String(16), nullable=False),
    Column("action", String(32), nullable=False),
    Column("points", Integer, nullable=False),
    Column("status", String(16), nullable=False),  # active | shadow
    Column("evidence", Text, nullable=False),  # JSON list of {field, text, start, end}
    Column("reason", Text, nullable=True),  # JSON {ja, en}
    Column("legal_basis", Text, nullable=True),  # JSON list of law ids
    Index("ix_decision_hits_policy", "policy_id", "policy_version"),
)

actions = Table(
    "actions",
    metadata,
    Column("id", ID, primary_key=True),
    Column("decision_id", ID, ForeignKey("decisions.id"), nullable=True, index=True),
    Column("type", String(32), nullable=False),
    Column("trigger", String(16), nullable=False),  # policy | ladder | manual
    Column("entity_type", String(32), nullable=False),
    Column("entity_id", String(200), nullable=False),
    Column("seller_id", String(200), nullable=True, index=True),
    Column("policy_id", String(200), nullable=True, index=True),
    Column("policy_version", Integer, nullable=True),
    Column("points", Integer, nullable=False, default=0),
    Column("threshold", Integer, nullable=True),  # ladder actions: the points that triggered it
    Column("status", String(16), nullable=False),  # active | lifted | reversed | ended
    Column("automated", Boolean, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("ends_at", DateTime, nullable=True),
    Column("appeal_until", DateTime, nullable=True),
    Column("closed_at", DateTime, nullable=True),
    Column("close_reason", Text, nullable=True),
    Column("statement", Text, nullable=False),  # JSON statement of reasons
    Index("ix_actions_created_at", "created_at"),
)

points_ledger = Table(
    "points_ledger",
    metadata,
    Column("id", ID, primary_key=True),
    Column("seller_id", String(200), nullable=False),
    Column("action_id", ID, ForeignKey("actions.id"), nullable=False, index=True),
    Column("policy_id", String(200), nullable=True),
    Column("points", Integer, nullable=False),
    Column("awarded_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("reversed_at", DateTime, nullable=True),
    Index("ix_points_seller_expiry", "seller_id", "expires_at"),
)

appeals = Table(
    "appeals",
    metadata,
    Column("id", ID, primary_key=True),
    Column("action_id", ID, ForeignKey("actions.id"), nullable=False, index=True),
    Column("seller_id", String(200), nullable=True),
    Column("submitted_by", ID, nullable=True),
    Column("status", String(16), nullable=False),  # open | upheld | overturned
    Column("statement", Text, nullable=False),  # the seller's explanation
    Column("submitted_at", DateTime, nullable=False),
    Column("due_at", DateTime, nullable=False),
    Column("decided_at", DateTime, nullable=True),
    Column("reviewer_id", ID, nullable=True),
    Column("note", Text, nullable=True),
    Index("ix_appeals_status", "status"),
)

qa_samples = Table(
    "qa_samples",
    metadata,
    Column("id", ID, primary_key=True),
    Column("batch_id", ID, nullable=False, index=True),
    Column("decision_id", ID, ForeignKey("decisions.id"), nullable=False),
    Column("policy_id", String(200), nullable=False),
    Column("policy_version", Integer, nullable=False),
    Column("stratum", String(200), nullable=False),
    Column("sampled_at", DateTime, nullable=False),
    Column("reviewed_at", DateTime, nullable=True),
    Column("reviewer_id", ID, nullable=True),
    Column("verdict", String(16), nullable=True),  # correct | incorrect
    Column("note", Text, nullable=True),
    UniqueConstraint("batch_id", "decision_id", "policy_id", name="uq_qa_samples_item"),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", DateTime, nullable=False),
    Column("actor", String(200), nullable=False),
    Column("action", String(64), nullable=False),
    Column("entity_type", String(64), nullable=False),
    Column("entity_id", String(200), nullable=False),
    Column("payload", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

webhook_outbox = Table(
    "webhook_outbox",
    metadata,
    Column("id", ID, primary_key=True),
    Column("event", String(64), nullable=False),
    Column("payload", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("status", String(16), nullable=False),  # pending | delivered | failed
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", DateTime, nullable=False),
    Column("delivered_at", DateTime, nullable=True),
    Column("last_error", Text, nullable=True),
    Index("ix_webhook_outbox_due", "status", "next_attempt_at"),
)

webhook_deliveries = Table(
    "webhook_deliveries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("outbox_id", ID, ForeignKey("webhook_outbox.id"), nullable=False, index=True),
    Column("attempt", Integer, nullable=False),
    Column("at", DateTime, nullable=False),
    Column("url", Text, nullable=False),
    Column("status_code", Integer, nullable=True),
    Column("error", Text, nullable=True),
    Column("duration_ms", Integer, nullable=False),
)

enforce_checkpoints = Table(
    "enforce_checkpoints",
    metadata,
    Column("run_id", String(64), primary_key=True),
    Column("batch_index", Integer, primary_key=True, autoincrement=False),
    Column("rows", Integer, nullable=False),
    Column("done_at", DateTime, nullable=False),
)

ENFORCEMENT_TABLES: tuple[Table, ...] = (
    users,
    api_keys,
    decisions,
    decision_hits,
    actions,
    points_ledger,
    appeals,
    qa_samples,
    audit_log,
    webhook_outbox,
    webhook_deliveries,
    enforce_checkpoints,
)
