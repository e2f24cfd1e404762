"""Decisions → actions, points, ladder, reinstatement and appeals, on a real database."""

from __future__ import annotations

import json
import threading
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from mamori.enforcement.ladder import LadderSpec, Step
from mamori.errors import ConflictError, NotFoundError
from mamori.evaluate.decision import Evidence, Hit
from mamori.services import appeals as appeal_svc
from mamori.services import identity
from mamori.services.decisions import (
    DecisionWriter,
    Enforcer,
    PendingDecision,
    hit_record,
    new_decision_id,
    reinstate_expired,
)
from mamori.storage import audit
from mamori.storage.tables import actions, decisions, points_ledger, webhook_outbox
from mamori.storage.unit_of_work import UnitOfWork

LADDER = LadderSpec(
    window_days=30,
    appeal_window_days=14,
    thresholds=(Step(4, "warn"), Step(8, "restrict_feature", 14), Step(12, "suspend", 28)),
)
LAWS = {
    "jp.pmd.art66": {
        "id": "jp.pmd.art66",
        "law": {"ja": "医薬品医療機器等法", "en": "PMD Act"},
        "article": "66条1項",
        "duty": {"ja": "虚偽誇大広告の禁止", "en": "no false or exaggerated advertising"},
        "dsa": {
            "ground": "ILLEGAL_CONTENT",
            "category": "STATEMENT_CATEGORY_CONSUMER_INFORMATION",
            "keywords": ["KEYWORD_MISLEADING_INFO_GOODS_SERVICES"],
        },
    }
}


def make_hit(points: int = 4, status: str = "active", policy: str = "jp.pmd.disease-claim") -> Hit:
    return Hit(
        policy_id=policy,
        policy_version=3,
        policy_hash="h" * 64,
        family="pmd_disease",
        severity="high",
        action="delist",
        points=points,
        status=status,
        evidence=(Evidence("title", "糖尿病が治る", 5, 11),),
        reason={
            "ja": "「糖尿病が治る」は医薬品的な効能効果の表示です。",
            "en": "「糖尿病が治る」 claims a cure.",
        },
        legal_basis=("jp.pmd.art66",),
    )


def pending(
    entity_id: str,
    *hits: Hit,
    seller: str = "S1",
    key: str | None = None,
    at: datetime | None = None,
) -> PendingDecision:
    return PendingDecision(
        decision_id=new_decision_id(),
        entity_type="listing",
        entity_id=entity_id,
        hits=[hit_record(h) for h in hits],
        seller_id=seller,
        idempotency_key=key,
        decided_at=at,
    )


@pytest.fixture
def enforcer() -> Enforcer:
    return Enforcer(ladder=LADDER, laws=LAWS)


def test_decision_actions_points_and_ladder(uow: UnitOfWork, enforcer: Enforcer) -> None:
    with uow.begin() as s:
        r1 = enforcer.record(s, [pending("L1", make_hit(4))])[0]
    assert [a["type"] for a in r1["actions"]] == ["delist", "warn"]
    st = r1["actions"][0]["statement"]
    assert "糖尿病が治る" in st["ja"] and "jp.pmd.disease-claim v3" in st["ja"]
    assert "66条1項" in st["ja"] and "PMD Act" in st["en"]
    with uow.begin() as s:
        r2 = enforcer.record(s, [pending("L2", make_hit(5))])[0]
    # 4 + 5 = 9 crosses 8 only; the ladder action carries its duration.
    assert [a["type"] for a in r2["actions"]] == ["delist", "restrict_feature"]
    assert r2["actions"][1]["statement"]["action"]["until"] is not None
    with uow.read() as s:
        total = s.execute(select(func.sum(points_ledger.c.points))).scalar()
        n_events = s.execute(select(func.count()).select_from(webhook_outbox)).scalar()
        assert audit.verify(s).ok
    assert total == 9
    assert n_events == 4  # one webhook event per action, written with it


def test_shadow_hits_are_recorded_without_actions(uow: UnitOfWork, enforcer: Enforcer) -> None:
    with uow.begin() as s:
        r = enforcer.record(s, [pending("L1", make_hit(4, status="shadow"))])[0]
    assert r["hits"] == [] and r["actions"] == []
    from mamori.storage.repositories import get_decision

    with uow.read() as s:
        d = get_decision(s, r["decision_id"])
    assert d is not None and [h["status"] for h in d["hits"]] == ["shadow"]


def test_idempotency_key_returns_first_decision(uow: UnitOfWork, enforcer: Enforcer) -> None:
    with uow.begin() as s:
        first = enforcer.record(s, [pending("L1", make_hit(), key="k-1")])[0]
    with uow.begin() as s:
        again = enforcer.record(s, [pending("L1", make_hit(), key="k-1")])[0]
        twins = enforcer.record(
            s, [pending("L9", make_hit(), key="k-2"), pending("L9", make_hit(), key="k-2")]
        )
    assert again == first
    assert twins[0] == twins[1]
    with uow.read() as s:
        assert s.execute(select(func.count()).select_from(decisions)).scalar() == 2


def test_concurrent_duplicates_store_one_decision(uow: UnitOfWork, enforcer: Enforcer) -> None:
    writer = DecisionWriter(uow, enforcer)
    results: list[dict[str, object]] = []
    errors: list[BaseException] = []

    def go() -> None:
        try:
            results.append(json.loads(writer.write([pending("L1", make_hit(), key="same-key")])[0]))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=go) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len({r["decision_id"] for r in results}) == 1
    with uow.read() as s:
        assert s.execute(select(func.count()).select_from(decisions)).scalar() == 1
        assert s.execute(select(func.count()).select_from(actions)).scalar() == 2
        assert audit.verify(s).ok


def test_points_expire_and_ladder_actions_lift(uow: UnitOfWork, enforcer: Enforcer) -> None:
    past = audit.utcnow() - timedelta(days=40)  # beyond the 30-day window
    with uow.begin() as s:
        r = enforcer.record(s, [pending("L1", make_hit(9), at=past)], now=past)[0]
    assert [a["type"] for a in r["actions"]] == ["delist", "warn", "restrict_feature"]
    with uow.begin() as s:
        out = reinstate_expired(s)
    assert out["lifted"] == 2
    with uow.read() as s:
        statuses = dict(s.execute(select(actions.c.type, actions.c.status)).all())
        lifted_events = s.execute(
            select(func.count())
            .select_from(webhook_outbox)
            .where(webhook_outbox.c.event == "action.lifted")
        ).scalar()
    assert statuses["warn"] == "lifted" and statuses["restrict_feature"] == "lifted"
    assert statuses["delist"] == "active"  # content actions stay until reviewed or appealed
    assert lifted_events == 2


def test_overturned_appeal_reverses_action_points_and_ladder(
    uow: UnitOfWork, enforcer: Enforcer
) -> None:
    with uow.begin() as s:
        seller = identity.create_user(s, "shop1", "seller", seller_id="S1")
        other = identity.create_user(s, "shop2", "seller", seller_id="S2")
        reviewer = identity.create_user(s, "rei", "reviewer")
        r = enforcer.record(s, [pending("L1", make_hit(9))])[0]
    delist = r["actions"][0]["action_id"]
    with uow.begin() as s, pytest.raises(NotFoundError):
        appeal_svc.file_appeal(s, other, delist, "他社です")
    with uow.begin() as s:
        appeal = appeal_svc.file_appeal(s, seller, delist, "医薬品ではなく、表現も修正済みです。")
    assert appeal["status"] == "open" and appeal["sla"] == "on_time"
    with uow.begin() as s, pytest.raises(ConflictError):
        appeal_svc.file_appeal(s, seller, delist, "二重申立て")
    with uow.begin() as s:
        out = appeal_svc.review_appeal(s, reviewer, appeal["appeal_id"], "overturn", "誤検知")
    assert out["status"] == "overturned" and out["sla"] == "met"
    assert set(out["changed_actions"]) == {a["action_id"] for a in r["actions"]}
    with uow.read() as s:
        statuses = dict(s.execute(select(actions.c.type, actions.c.status)).all())
        live_points = s.execute(
            select(func.coalesce(func.sum(points_ledger.c.points), 0)).where(
                points_ledger.c.reversed_at.is_(None)
            )
        ).scalar()
        assert audit.verify(s).ok
    assert statuses == {"delist": "reversed", "warn": "lifted", "restrict_feature": "lifted"}
    assert live_points == 0
    with uow.begin() as s, pytest.raises(ConflictError):
        appeal_svc.review_appeal(s, reviewer, appeal["appeal_id"], "uphold")


def test_upheld_appeal_keeps_action(uow: UnitOfWork, enforcer: Enforcer) -> None:
    with uow.begin() as s:
        seller = identity.create_user(s, "shop1", "seller", seller_id="S1")
        reviewer = identity.create_user(s, "rei", "reviewer")
        r = enforcer.record(s, [pending("L1", make_hit(2))])[0]
        a = appeal_svc.file_appeal(s, seller, r["actions"][0]["action_id"], "異議あり")
        out = appeal_svc.review_appeal(s, reviewer, a["appeal_id"], "uphold")
        status = s.execute(select(actions.c.status)).scalar()
    assert out["status"] == "upheld" and status == "active"


def test_appeal_window_closes(uow: UnitOfWork, enforcer: Enforcer) -> None:
    old = audit.utcnow() - timedelta(days=20)
    with uow.begin() as s:
        seller = identity.create_user(s, "shop1", "seller", seller_id="S1")
        r = enforcer.record(s, [pending("L1", make_hit(2), at=old)], now=old)[0]
    with uow.begin() as s, pytest.raises(ConflictError, match="appeal_window_closed"):
        appeal_svc.file_appeal(s, seller, r["actions"][0]["action_id"], "遅すぎ")


def test_manual_action_is_not_automated(uow: UnitOfWork, enforcer: Enforcer) -> None:
    with uow.begin() as s:
        out = enforcer.manual(
            s,
            "reviewer:rei",
            action="suspend",
            entity_type="seller",
            entity_id="S7",
            seller_id="S7",
            reason={"ja": "偽造品の継続的な出品", "en": "repeated counterfeit listings"},
            duration_days=30,
        )
    st = out["actions"][0]["statement"]
    assert st["automated"] == {"detection": False, "decision": False}
    assert "人による" in st["ja"] and st["action"]["until"] is not None
    with uow.read() as s:
        row = s.execute(select(actions)).one()
    assert json.loads(row.statement)["action"]["type"] == "suspend" and row.automated is False


def test_overturn_lifts_termination_but_expiry_does_not(uow: UnitOfWork) -> None:
    enforcer = Enforcer(ladder=LadderSpec(30, 14, (Step(10, "terminate"),)), laws=LAWS)
    past = audit.utcnow() - timedelta(days=40)
    with uow.begin() as s:
        seller = identity.create_user(s, "shop1", "seller", seller_id="S1")
        reviewer = identity.create_user(s, "rei", "reviewer")
        old = enforcer.record(s, [pending("L0", make_hit(10), seller="S2", at=past)], now=past)[0]
        new = enforcer.record(s, [pending("L1", make_hit(10))])[0]
    assert (
        [a["type"] for a in old["actions"]]
        == [a["type"] for a in new["actions"]]
        == ["delist", "terminate"]
    )
    with uow.begin() as s:
        assert reinstate_expired(s)["lifted"] == 0  # S2's points expired; termination stands
        appeal = appeal_svc.file_appeal(s, seller, new["actions"][0]["action_id"], "誤検知です")
        out = appeal_svc.review_appeal(s, reviewer, appeal["appeal_id"], "overturn")
    assert new["actions"][1]["action_id"] in out["changed_actions"]


def test_seller_entity_counts_its_own_standing(uow: UnitOfWork, enforcer: Enforcer) -> None:
    """A decision on a seller (no separate ``seller_id``) reads the points already held."""

    def on_seller(points: int) -> PendingDecision:
        p = pending("S9", make_hit(points))
        p.entity_type, p.seller_id = "seller", None
        return p

    with uow.begin() as s:
        first = enforcer.record(s, [on_seller(4)])[0]
    with uow.begin() as s:
        second = enforcer.record(s, [on_seller(5)])[0]
    assert [a["type"] for a in first["actions"]][-1] == "warn"
    # 4 + 5 = 9: only the 8-point step is crossed, not 4 again.
    assert [a["type"] for a in second["actions"]][1:] == ["restrict_feature"]


def test_batch_without_active_hits_records_no_actions(uow: UnitOfWork, enforcer: Enforcer) -> None:
    with uow.begin() as s:
        out = enforcer.record(s, [pending("C1"), pending("C2", make_hit(4, status="shadow"))])
    assert [r["actions"] for r in out] == [[], []]
    with uow.read() as s:
        assert s.execute(select(func.count()).select_from(decisions)).scalar() == 2
        assert s.execute(select(func.count()).select_from(points_ledger)).scalar() == 0
