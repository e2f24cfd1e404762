"""Request and response bodies of the HTTP API (separate create / public shapes)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from mamori.entities import SCHEMAS

EntityType = Literal["listing", "seller", "creator_post", "review", "order", "creator"]


class DecisionRequest(BaseModel):
    """One entity to evaluate and enforce; ``related`` carries e.g. ``{"seller": {...}}``."""

    model_config = ConfigDict(extra="forbid")

    entity_type: str = Field(description="entity kind: " + ", ".join(sorted(SCHEMAS)))
    entity: dict[str, Any] = Field(description="the entity's fields; `id` is required")
    related: dict[str, dict[str, Any]] | None = Field(
        default=None, description="related records by prefix, e.g. seller, price"
    )


class EvidenceOut(BaseModel):
    field: str
    text: str
    start: int
    end: int


class HitOut(BaseModel):
    policy_id: str
    policy_version: int
    severity: str
    evidence: list[EvidenceOut]


class ActionOut(BaseModel):
    action_id: str
    type: str
    points: int
    statement: dict[str, Any] = Field(description="statement of reasons: ja, en and its parts")


class DecisionResponse(BaseModel):
    decision_id: str
    entity_id: str
    hits: list[HitOut]
    actions: list[ActionOut]


class ManualActionRequest(BaseModel):
    """A reviewer's own action (e.g. from a case): not automated, same statement and points."""

    model_config = ConfigDict(extra="forbid")

    type: Literal[
        "label",
        "demote",
        "delist",
        "warn",
        "restrict_feature",
        "hold_payout",
        "suspend",
        "terminate",
    ]
    entity_type: str
    entity_id: str
    seller_id: str | None = None
    reason_ja: str = Field(min_length=1, max_length=2000)
    reason_en: str = Field(min_length=1, max_length=2000)
    points: int = Field(default=0, ge=0, le=100)
    duration_days: int | None = Field(default=None, ge=1, le=3650)
    policy_id: str | None = None
    legal_basis: list[str] = Field(default_factory=list)


class AppealCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    action_id: str
    statement: str = Field(min_length=1, max_length=5000, description="the seller's explanation")


class AppealDecision(BaseModel):
    model_config = ConfigDict(extra="forbid")

    outcome: Literal["uphold", "overturn"]
    note: str | None = Field(default=None, max_length=5000)


class QASampleRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    per_stratum: int = Field(default=10, ge=1, le=1000)
    since: str | None = Field(default=None, description="ISO date or datetime (UTC)")
    until: str | None = None
    seed: int | None = None
    include_shadow: bool = False


class QAReview(BaseModel):
    model_config = ConfigDict(extra="forbid")

    correct: bool
    note: str | None = Field(default=None, max_length=5000)


class KeyCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: Literal["viewer", "analyst", "reviewer", "policy_admin", "admin", "seller"]
    seller_id: str | None = None
    name: str | None = Field(default=None, max_length=200)
    username: str | None = Field(default=None, max_length=200)


class Redeliver(BaseModel):
    model_config = ConfigDict(extra="forbid")

    outbox_id: str | None = None
    include_delivered: bool = False
