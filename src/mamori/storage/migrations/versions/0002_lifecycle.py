"""Policy lifecycle: policy versions and their states, transitions, backtests, monitoring.

Revision ID: 0002_lifecycle
Revises: 0001_enforcement
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_lifecycle"
down_revision = "0001_enforcement"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "policy_versions",
        sa.Column("policy_id", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("family", sa.String(length=64), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=True),
        sa.Column("approved_by", sa.String(length=200), nullable=True),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("activated_by", sa.String(length=200), nullable=True),
        sa.Column("activated_at", sa.DateTime(), nullable=True),
        sa.Column("activated_hash", sa.String(length=64), nullable=True),
        sa.Column("retired_by", sa.String(length=200), nullable=True),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("policy_id", "version", name="pk_policy_versions"),
    )
    op.create_index("ix_policy_versions_state", "policy_versions", ["state"], unique=False)

    op.create_table(
        "policy_transitions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("policy_id", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("transition", sa.String(length=16), nullable=False),
        sa.Column("from_state", sa.String(length=16), nullable=False),
        sa.Column("to_state", sa.String(length=16), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_transitions")),
    )
    op.create_index(
        "ix_policy_transitions_policy",
        "policy_transitions",
        ["policy_id", "version"],
        unique=False,
    )

    op.create_table(
        "backtest_runs",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=True),
        sa.Column("pack_hash", sa.String(length=64), nullable=True),
        sa.Column("against", sa.String(length=400), nullable=True),
        sa.Column("data_dir", sa.Text(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("report_path", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_backtest_runs")),
    )

    op.create_table(
        "monitor_daily",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("policy_id", sa.String(length=200), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.Column("actions", sa.Integer(), nullable=False),
        sa.Column("appeals", sa.Integer(), nullable=False),
        sa.Column("overturns", sa.Integer(), nullable=False),
        sa.Column("qa_reviewed", sa.Integer(), nullable=False),
        sa.Column("qa_correct", sa.Integer(), nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("day", "policy_id", "mode", name="pk_monitor_daily"),
    )
    op.create_index("ix_monitor_daily_policy", "monitor_daily", ["policy_id", "day"], unique=False)

    op.create_table(
        "monitor_alerts",
        sa.Column("id", sa.String(length=300), nullable=False),
        sa.Column("policy_id", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("observed", sa.Float(), nullable=False),
        sa.Column("expected", sa.Float(), nullable=False),
        sa.Column("low", sa.Float(), nullable=False),
        sa.Column("high", sa.Float(), nullable=False),
        sa.Column("message_ja", sa.Text(), nullable=False),
        sa.Column("message_en", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("case_id", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitor_alerts")),
    )
    op.create_index("ix_monitor_alerts_day", "monitor_alerts", ["day"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_monitor_alerts_day", table_name="monitor_alerts")
    op.drop_table("monitor_alerts")
    op.drop_index("ix_monitor_daily_policy", table_name="monitor_daily")
    op.drop_table("monitor_daily")
    op.drop_table("backtest_runs")
    op.drop_index("ix_policy_transitions_policy", table_name="policy_transitions")
    op.drop_table("policy_transitions")
    op.drop_index("ix_policy_versions_state", table_name="policy_versions")
    op.drop_table("policy_versions")
