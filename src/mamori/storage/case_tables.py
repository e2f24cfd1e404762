"""Tables of cases and the reports intake (revision ``0003_cases``).

Cases use an integer key: investigators say "case 4182" aloud, and keyset paging over an
integer is cheap. The queue index ``(status, queue, priority, due_at, id)`` is the one
the console's queue page walks, so a page of 50 out of 100 k cases is an index range
scan, never a sort of the whole table. Claiming is a conditional UPDATE on
``claimed_by IS NULL`` so two investigators can never hold the same case.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    DateTime,
    Float,
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

cases = Table(
    "cases",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", String(16), nullable=False),  # finding | report | low_confidence | …
    Column("source_ref", String(200), nullable=True),  # finding_id, report id, decision id
    Column("kind", String(64), nullable=False),
    Column("title_ja", Text, nullable=False),
    Column("title_en", Text, nullable=False),
    Column("summary", Text, nullable=False, default=""),
    Column("entity_type", String(32), nullable=True),
    Column("entity_id", String(200), nullable=True),
    Column("seller_id", String(200), nullable=True),
    Column("group_id", String(200), nullable=True),  # the cluster (ring, wave) it belongs to
    Column("severity", String(16), nullable=True),
    Column("legal_basis", Integer, nullable=False, default=0),  # 1 when a law is engaged
    Column("risk", Float, nullable=False),
    Column("exposure_gmv", Integer, nullable=False, default=0),
    Column("exposure_followers", Integer, nullable=False, default=0),
    Column("exposure_buyers", Integer, nullable=False, default=0),
    Column("score", Float, nullable=False),
    Column("priority", Integer, nullable=False),
    Column("status", String(16), nullable=False),
    Column("level", Integer, nullable=False, default=1),
    Column("team", String(16), nullable=False, default="operations"),
    Column("queue", String(64), nullable=False),
    Column("claimed_by", ID, nullable=True),
    Column("claimed_by_name", String(200), nullable=True),
    Column("claimed_at", DateTime, nullable=True),
    Column("opened_by", String(200), nullable=False),
    Column("opened_at", DateTime, nullable=False),
    Column("due_at", DateTime, nullable=False),
    Column("escalation_reason", Text, nullable=True),
    Column("resolved_at", DateTime, nullable=True),
    Column("resolved_by", String(200), nullable=True),
    Column("outcome", String(16), nullable=True),
    Column("resolution", Text, nullable=True),  # free text of the investigator
    Column("recommendation", Text, nullable=True),  # JSON Recommendation.to_dict()
    Column("updated_at", DateTime, nullable=False),
    # Re-importing the same findings file must not duplicate cases.
    UniqueConstraint("source", "source_ref", name="uq_cases_source_ref"),
    Index("ix_cases_queue", "status", "queue", "priority", "due_at", "id"),
    Index("ix_cases_claimed_by", "claimed_by", "status"),
    Index("ix_cases_seller", "seller_id"),
    Index("ix_cases_group", "group_id"),
    Index("ix_cases_entity", "entity_type", "entity_id"),
)

case_notes = Table(
    "case_notes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False, index=True),
    Column("author", String(200), nullable=False),
    Column("body", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
)

case_evidence = Table(
    "case_evidence",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False, index=True),
    Column("kind", String(32), nullable=False),  # finding | report | url | text | file
    Column("label", Text, nullable=False),
    Column("content", Text, nullable=False),  # JSON or text; files as base64 are refused
    Column("sha256", String(64), nullable=False),  # fixes what was seen, for the record
    Column("added_by", String(200), nullable=False),
    Column("added_at", DateTime, nullable=False),
)

case_links = Table(
    "case_links",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False),
    Column("entity_type", String(32), nullable=False),
    Column("entity_id", String(200), nullable=False),
    Column("role", String(16), nullable=False, default="member"),
    Column("added_by", String(200), nullable=False),
    Column("added_at", DateTime, nullable=False),
    UniqueConstraint("case_id", "entity_type", "entity_id", name="uq_case_links_entity"),
    Index("ix_case_links_entity", "entity_type", "entity_id"),
)

case_events = Table(
    "case_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False, index=True),
    Column("at", DateTime, nullable=False),
    Column("actor", String(200), nullable=False),
    Column("event", String(32), nullable=False),
    Column("detail", Text, nullable=False),  # JSON
)

reports = Table(
    "reports_intake",
    metadata,
    Column("id", ID, primary_key=True),
    Column("entity_type", String(32), nullable=False),
    Column("entity_id", String(200), nullable=False),
    Column("reporter_type", String(32), nullable=False),
    Column("reporter", String(200), nullable=True),  # user id of the submitter, if any
    Column("reason", String(64), nullable=False),
    Column("text", Text, nullable=True),
    Column("created_at", DateTime, nullable=False),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=True, index=True),
    Index("ix_reports_intake_entity", "entity_type", "entity_id"),
)

CASE_TABLES: tuple[Table, ...] = (
    cases,
    case_notes,
    case_evidence,
    case_links,
    case_events,
    reports,
)
