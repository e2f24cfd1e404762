"""QA: draw stratified samples of enforced decisions, record re-reviews, rate policies."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from mamori.enforcement.qa import PolicyQuality, Thresholds, assess, stratified_sample
from mamori.errors import ConflictError, NotFoundError
from mamori.services.identity import Principal
from mamori.storage import audit
from mamori.storage.tables import actions, appeals, decision_hits, decisions, qa_samples


def draw_sample(
    session: Session,
    principal: Principal,
    *,
    per_stratum: int = 10,
    since: datetime | None = None,
    until: datetime | None = None,
    seed: int | None = None,
    include_shadow: bool = False,
) -> dict[str, Any]:
    """Sample up to ``per_stratum`` decisions per policy × action (shadow ones optional).

    Shadow hits can be sampled too: re-reviewing them is how a shadow policy's precision
    is known before it acts.
    """
    seed = seed if seed is not None else int(uuid.uuid4().int % 2**31)
    q = select(
        decision_hits.c.decision_id,
        decision_hits.c.policy_id,
        decision_hits.c.policy_version,
        decision_hits.c.action,
        decision_hits.c.status,
    ).join(decisions, decisions.c.id == decision_hits.c.decision_id)
    if not include_shadow:
        q = q.where(decision_hits.c.status == "active")
    if since is not None:
        q = q.where(decisions.c.created_at >= since)
    if until is not None:
        q = q.where(decisions.c.created_at < until)
    rows = session.execute(q.order_by(decision_hits.c.id).execution_options(yield_per=5000))
    picked = stratified_sample(
        ((r.decision_id, r.policy_id, r.policy_version, r.action, r.status) for r in rows),
        key=lambda t: f"{t[1]}|{t[3]}|{t[4]}",
        per_stratum=per_stratum,
        seed=seed,
    )
    batch_id = uuid.uuid4().hex
    now = audit.utcnow()
    items = [
        {
            "id": uuid.uuid4().hex,
            "batch_id": batch_id,
            "decision_id": d,
            "policy_id": pid,
            "policy_version": ver,
            "stratum": f"{pid}|{act}|{st}",
            "sampled_at": now,
            "reviewed_at": None,
            "reviewer_id": None,
            "verdict": None,
            "note": None,
        }
        for d, pid, ver, act, st in picked
    ]
    if items:
        session.execute(insert(qa_samples), items)
    audit.append(
        session,
        principal.actor,
        "qa.sample",
        "qa_batch",
        batch_id,
        {"per_stratum": per_stratum, "seed": seed, "size": len(items)},
    )
    return {
        "batch_id": batch_id,
        "seed": seed,
        "size": len(items),
        "strata": len({i["stratum"] for i in items}),
        "samples": [_sample_dict(i) for i in items],
    }


def _sample_dict(m: Any) -> dict[str, Any]:
    m = getattr(m, "_mapping", m)
    return {
        "sample_id": m["id"],
        "batch_id": m["batch_id"],
        "decision_id": m["decision_id"],
        "policy_id": m["policy_id"],
        "policy_version": m["policy_version"],
        "stratum": m["stratum"],
        "verdict": m["verdict"],
        "note": m["note"],
        "reviewed_at": m["reviewed_at"].isoformat() if m["reviewed_at"] else None,
    }


def list_samples(
    session: Session, batch_id: str | None = None, pending_only: bool = False, limit: int = 500
) -> list[dict[str, Any]]:
    q = select(qa_samples).order_by(qa_samples.c.sampled_at.desc(), qa_samples.c.stratum)
    if batch_id:
        q = q.where(qa_samples.c.batch_id == batch_id)
    if pending_only:
        q = q.where(qa_samples.c.verdict.is_(None))
    return [_sample_dict(r) for r in session.execute(q.limit(limit))]


def review_sample(
    session: Session, principal: Principal, sample_id: str, correct: bool, note: str | None = None
) -> dict[str, Any]:
    verdict = "correct" if correct else "incorrect"
    row = session.execute(select(qa_samples).where(qa_samples.c.id == sample_id)).first()
    if row is None:
        raise NotFoundError(f"サンプル {sample_id} がありません / no QA sample {sample_id}")
    if row.verdict is not None:
        raise ConflictError(f"既にレビュー済みです / sample already reviewed ({row.verdict})")
    session.execute(
        update(qa_samples)
        .where(qa_samples.c.id == sample_id)
        .values(
            verdict=verdict, note=note, reviewer_id=principal.user_id, reviewed_at=audit.utcnow()
        )
    )
    audit.append(
        session,
        principal.actor,
        "qa.review",
        "decision",
        row.decision_id,
        {"sample_id": sample_id, "policy_id": row.policy_id, "verdict": verdict},
    )
    return _sample_dict(
        session.execute(select(qa_samples).where(qa_samples.c.id == sample_id)).one()
    )


def policy_quality(
    session: Session, thresholds: Thresholds = Thresholds(), since: datetime | None = None
) -> list[PolicyQuality]:
    """Precision (Wilson CI) from QA reviews and overturn rate from decided appeals."""
    rq = select(qa_samples.c.policy_id, qa_samples.c.verdict).where(
        qa_samples.c.verdict.is_not(None)
    )
    if since is not None:
        rq = rq.where(qa_samples.c.reviewed_at >= since)
    reviews = [(r.policy_id, r.verdict == "correct") for r in session.execute(rq)]
    aq = (
        select(actions.c.policy_id, appeals.c.status)
        .join(actions, actions.c.id == appeals.c.action_id)
        .where(appeals.c.status != "open", actions.c.policy_id.is_not(None))
    )
    if since is not None:
        aq = aq.where(appeals.c.decided_at >= since)
    decided = [(r.policy_id, r.status == "overturned") for r in session.execute(aq)]
    return assess(reviews, decided, thresholds)
