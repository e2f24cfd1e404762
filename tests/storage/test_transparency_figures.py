"""The TFDPA annual figures, checked against hand-computed values."""

from __future__ import annotations

from datetime import datetime, timedelta

from mamori.services import appeals as appeal_svc
from mamori.services import identity, transparency
from mamori.services.decisions import Enforcer, PendingDecision, hit_record, new_decision_id
from mamori.storage.unit_of_work import UnitOfWork

from .test_enforcement_service import LADDER, LAWS, make_hit

T0 = datetime(2026, 3, 2, 9, 0)


def test_annual_report_figures(uow: UnitOfWork) -> None:
    enforcer = Enforcer(ladder=LADDER, laws=LAWS)
    with uow.begin() as s:
        seller = identity.create_user(s, "shop1", "seller", seller_id="S1")
        rev = identity.create_user(s, "rei", "reviewer")
        out = []
        for i, at in enumerate([T0, T0 + timedelta(days=1), datetime(2025, 12, 31, 23, 0)]):
            p = PendingDecision(
                new_decision_id(),
                "listing",
                f"L{i}",
                [hit_record(make_hit(2))],
                seller_id="S1",
                decided_at=at,
            )
            out.append(enforcer.record(s, [p], now=at)[0])
    a1, a2 = out[0]["actions"][0]["action_id"], out[1]["actions"][0]["action_id"]
    with uow.begin() as s:
        ap1 = appeal_svc.file_appeal(s, seller, a1, "異議1", now=T0 + timedelta(hours=1))
        ap2 = appeal_svc.file_appeal(s, seller, a2, "異議2", now=T0 + timedelta(days=1, hours=1))
        appeal_svc.review_appeal(s, rev, ap1["appeal_id"], "overturn", now=T0 + timedelta(hours=11))
        appeal_svc.review_appeal(
            s, rev, ap2["appeal_id"], "uphold", now=T0 + timedelta(days=10, hours=1)
        )
        report = transparency.annual_report(s, 2026)
    # 2026: two decisions (the third is dated 2025); each a delist worth 2 points, and the
    # second brings S1 to 4 points → one warn. So 3 actions in 2026.
    assert report["decisions"] == 2
    assert report["actions"]["total"] == 3
    assert report["actions"]["by_type"] == {"delist": 2, "warn": 1}
    assert report["actions"]["by_trigger"] == {"policy": 2, "ladder": 1}
    c = report["complaints"]
    assert c["appeals_filed"] == 2 and c["decided"] == 2
    assert c["by_outcome"] == {"overturned": 1, "upheld": 1}
    assert c["avg_handling_hours"] == (10 + 216) / 2  # 10 h and 9 days
    assert c["median_handling_hours"] == 113.0
    assert c["sla_met_share"] == 0.5  # the 9-day decision missed the 7-day SLA
    assert c["overturn_share"] == 0.5
    md = transparency.render_markdown(report)
    assert "avg_handling_hours: 113.000" in md
