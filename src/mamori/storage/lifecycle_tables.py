"""Tables of the policy lifecycle (revision ``0002_lifecycle``).

One row per *version* of a policy: a new version of ``jp.pmd.disease-claim`` goes
through shadow and approval on its own while the previous version may still be active,
and the hash recorded at activation proves which text was switched on. The transition
history is kept beside the hash-chained audit log so the console can show a policy's
story without scanning the whole chain.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

from mamori.storage.metadata import metadata

policy_versions = Table(
    "policy_versions",
    metadata,
    Column("policy_id", String(200), nullable=False),
    Column("version", Integer, nullable=False),
    Column("hash", String(64), nullable=False),
    Column("family", String(64), nullable=True),
    Column("state", String(16), nullable=False),  # draft | shadow | approved | active | retired
    Column("author", String(200), nullable=True),  # username of whoever promoted it
    Column("approved_by", String(200), nullable=True),
    Column("approved_at", DateTime, nullable=True),
    Column("activated_by", String(200), nullable=True),
    Column("activated_at", DateTime, nullable=True),
    Column("activated_hash", String(64), nullable=True),
    Column("retired_by", String(200), nullable=True),
    Column("retired_at", DateTime, nullable=True),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    PrimaryKeyConstraint("policy_id", "version", name="pk_policy_versions"),
    Index("ix_policy_versions_state", "state"),
)

policy_transitions = Table(
    "policy_transitions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("policy_id", String(200), nullable=False),
    Column("version", Integer, nullable=False),
    Column("hash", String(64), nullable=False),
    Column("transition", String(16), nullable=False),
    Column("from_state", String(16), nullable=False),
    Column("to_state", String(16), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("role", String(32), nullable=False),
    Column("note", Text, nullable=True),
    Column("at", DateTime, nullable=False),
    Index("ix_policy_transitions_policy", "policy_id", "version"),
)

backtest_runs = Table(
    "backtest_runs",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("created_at", DateTime, nullable=False),
    Column("actor", String(200), nullable=True),
    Column("pack_hash", String(64), nullable=True),
    Column("against", String(400), nullable=True),
    Column("data_dir", Text, nullable=True),
    Column("summary", Text, nullable=False),  # JSON: the summary.json document and more
    Column("report_path", Text, nullable=True),
)

monitor_daily = Table(
    "monitor_daily",
    metadata,
    Column("day", Date, nullable=False),
    Column("policy_id", String(200), nullable=False),
    Column("mode", String(16), nullable=False),  # active | shadow
    Column("hits", Integer, nullable=False, default=0),
    Column("actions", Integer, nullable=False, default=0),
    Column("appeals", Integer, nullable=False, default=0),
    Column("overturns", Integer, nullable=False, default=0),
    Column("qa_reviewed", Integer, nullable=False, default=0),
    Column("qa_correct", Integer, nullable=False, default=0),
    Column("computed_at", DateTime, nullable=False),
    PrimaryKeyConstraint("day", "policy_id", "mode", name="pk_monitor_daily"),
    Index("ix_monitor_daily_policy", "policy_id", "day"),
)

monitor_alerts = Table(
    "monitor_alerts",
    metadata,
    Column("id", String(300), primary_key=True),  # policy:kind:day — re-runs are idempotent
    Column("policy_id", String(200), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("day", Date, nullable=False),
    Column("observed", Float, nullable=False),
    Column("expected", Float, nullable=False),
    Column("low", Float, nullable=False),
    Column("high", Float, nullable=False),
    Column("message_ja", Text, nullable=False),
    Column("message_en", Text, nullable=False),
    Column("status", String(16), nullable=False),  # open | case_opened | closed
    Column("case_id", String(64), nullable=True),
    Column("created_at", DateTime, nullable=False),
    Index("ix_monitor_alerts_day", "day"),
)

LIFECYCLE_TABLES: tuple[Table, ...] = (
    policy_versions,
    policy_transitions,
    backtest_runs,
    monitor_daily,
    monitor_alerts,
)
