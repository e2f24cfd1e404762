"""Shadow decisions never create actions: the lifecycle state drives the real pipeline.

The decision pipeline (services.decisions) reads ``lifecycle.policy_statuses`` and acts
only on hits whose status is ``active``. These tests walk one policy of the example pack
through the lifecycle and check what each state does to a matching listing.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from mamori.policy import load_pack
from mamori.services import decisions as dec
from mamori.services import lifecycle
from mamori.services.identity import Principal
from mamori.storage.tables import actions, decision_hits, points_ledger
from mamori.storage.unit_of_work import UnitOfWork

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
POLICY = "ex.pmd.disease-claim"
LISTING = {
    "category": "health_food",
    "title": "飲むだけで糖尿病が治るサプリ",
    "description": "毎朝1粒",
    "seller_id": "S1",
}


@pytest.fixture(scope="module")
def pack() -> Any:
    return load_pack(EXAMPLES)


def _decide(uow: UnitOfWork, pack: Any, evaluation: dec.Evaluation) -> dict[str, Any]:
    statuses = dec.policy_statuses(uow, pack)  # the hook, as the service calls it
    entity = {**LISTING, "id": f"L-{uuid.uuid4().hex[:8]}"}
    hits = [h for h in evaluation.hits("listing", entity, None, statuses) if h.policy_id == POLICY]
    pending = dec.PendingDecision(
        decision_id=dec.new_decision_id(),
        entity_type="listing",
        entity_id=entity["id"],
        hits=hits,
        seller_id="S1",
    )
    with uow.begin() as s:
        dec.Enforcer.from_pack(pack, webhooks_enabled=False).record(s, [pending])
    with uow.read() as s:
        stored = [
            r.status
            for r in s.execute(
                select(decision_hits.c.status).where(
                    decision_hits.c.decision_id == pending.decision_id,
                    decision_hits.c.policy_id == POLICY,
                )
            )
        ]
        n_actions = s.execute(
            select(func.count())
            .select_from(actions)
            .where(actions.c.decision_id == pending.decision_id)
        ).scalar()
        n_points = s.execute(
            select(func.count())
            .select_from(points_ledger)
            .where(points_ledger.c.policy_id == POLICY)
        ).scalar()
    return {"hits": stored, "actions": n_actions, "points_rows": n_points}


def test_shadow_records_without_acting_then_activation_acts(
    uow: UnitOfWork, people: dict[str, Principal], pack: Any
) -> None:
    evaluation = dec.Evaluation(pack)
    # Fresh database: the pack says active, so it acts.
    first = _decide(uow, pack, evaluation)
    assert first["hits"] == ["active"] and first["actions"] >= 1
    points_before = first["points_rows"]

    # Promoted into shadow: evaluated and recorded, never acting.
    with uow.begin() as s:
        lifecycle.promote(s, people["aiko"], POLICY, pack=pack)
    for _ in range(3):
        shadow = _decide(uow, pack, evaluation)
        assert shadow["hits"] == ["shadow"]
        assert shadow["actions"] == 0
        assert shadow["points_rows"] == points_before  # no points either

    # Approved but not yet active: still shadow.
    with uow.begin() as s:
        lifecycle.approve(s, people["pat"], POLICY, pack=pack)
    approved = _decide(uow, pack, evaluation)
    assert approved["hits"] == ["shadow"] and approved["actions"] == 0

    # Activated: acts again.
    with uow.begin() as s:
        lifecycle.activate(s, people["pat"], POLICY, pack=pack)
    active = _decide(uow, pack, evaluation)
    assert active["hits"] == ["active"] and active["actions"] >= 1

    # Retired: not evaluated at all.
    with uow.begin() as s:
        lifecycle.retire(s, people["pat"], POLICY, pack=pack)
    retired = _decide(uow, pack, evaluation)
    assert retired["hits"] == [] and retired["actions"] == 0
