"""Lifecycle states in the database: four eyes, permissions, audit, the statuses hook."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from lifecycle.fakes import FakePack, FakePolicy
from mamori.errors import NotFoundError, PermissionDenied
from mamori.lifecycle.states import FourEyesError, StaleVersionError, TransitionError
from mamori.services import lifecycle as svc
from mamori.services.identity import Principal
from mamori.storage import audit
from mamori.storage.tables import audit_log
from mamori.storage.unit_of_work import UnitOfWork


def pack(*policies: FakePolicy) -> FakePack:
    return FakePack(policies=policies)


def test_full_lifecycle_records_hash_and_audit(
    uow: UnitOfWork, people: dict[str, Principal]
) -> None:
    pk = pack(FakePolicy("jp.a", 3, "abc123", status="draft"))
    with uow.begin() as s:
        v = svc.promote(s, people["aiko"], "jp.a", pack=pk)
        assert (v.state, v.live, v.author) == ("shadow", "shadow", "aiko")
    with uow.begin() as s:
        v = svc.approve(s, people["pat"], "jp.a", pack=pk)
        assert (v.state, v.live, v.approved_by) == ("approved", "shadow", "pat")
    with uow.begin() as s:
        v = svc.activate(s, people["quinn"], "jp.a", pack=pk, note="launch")
        assert (v.state, v.live, v.activated_hash) == ("active", "active", "abc123")
    with uow.read() as s:
        assert svc.policy_statuses(s, pk) == {"jp.a": "active"}
        shown = svc.show_policy(s, "jp.a", pk)
        assert [h["transition"] for h in shown["history"]] == ["promote", "approve", "activate"]
        rows = list(s.execute(select(audit_log).order_by(audit_log.c.seq)))
        actions = [r.action for r in rows if r.entity_type == "policy"]
        assert actions == ["policy.promote", "policy.approve", "policy.activate"]
        approve_rec = next(r for r in rows if r.action == "policy.approve")
        assert approve_rec.actor == "policy_admin:pat"
        assert json.loads(approve_rec.payload)["hash"] == "abc123"
        assert audit.verify(s).ok


def test_author_cannot_approve_own_policy(uow: UnitOfWork, people: dict[str, Principal]) -> None:
    pk = pack(FakePolicy("jp.a"))
    with uow.begin() as s:
        svc.promote(s, people["pat"], "jp.a", pack=pk)
    with uow.begin() as s, pytest.raises(FourEyesError) as e:
        svc.approve(s, people["pat"], "jp.a", pack=pk)
    assert "四つの目" in str(e.value) and "second person" in str(e.value)
    with uow.read() as s:
        assert svc.show_policy(s, "jp.a", pk)["versions"][0]["state"] == "shadow"


def test_role_permissions_are_enforced(uow: UnitOfWork, people: dict[str, Principal]) -> None:
    pk = pack(FakePolicy("jp.a"))
    with uow.begin() as s, pytest.raises(PermissionDenied) as e:
        svc.promote(s, people["vic"], "jp.a", pack=pk)
    assert "policies:author" in str(e.value) and "権限" in str(e.value)
    with uow.begin() as s:
        svc.promote(s, people["aiko"], "jp.a", pack=pk)
    with uow.begin() as s, pytest.raises(PermissionDenied):
        svc.approve(s, Principal("x", "ana2", "analyst"), "jp.a", pack=pk)


def test_no_activation_without_approval(uow: UnitOfWork, people: dict[str, Principal]) -> None:
    pk = pack(FakePolicy("jp.a"))
    with uow.begin() as s:
        svc.promote(s, people["aiko"], "jp.a", pack=pk)
    with uow.begin() as s, pytest.raises(TransitionError):
        svc.activate(s, people["pat"], "jp.a", pack=pk)


def test_activation_refused_when_text_changed_after_approval(
    uow: UnitOfWork, people: dict[str, Principal]
) -> None:
    with uow.begin() as s:
        svc.promote(s, people["aiko"], "jp.a", pack=pack(FakePolicy("jp.a", hash="old")))
        svc.approve(s, people["pat"], "jp.a", pack=pack(FakePolicy("jp.a", hash="old")))
    with uow.begin() as s, pytest.raises(StaleVersionError):
        svc.activate(s, people["pat"], "jp.a", pack=pack(FakePolicy("jp.a", hash="new")))


def test_unmanaged_policies_follow_the_pack(uow: UnitOfWork) -> None:
    pk = pack(FakePolicy("jp.a", status="active"), FakePolicy("jp.b", status="shadow"))
    with uow.read() as s:
        assert svc.policy_statuses(s, pk) == {}
        views = svc.policy_states(s, pk)
    assert [(v.policy_id, v.live, v.managed) for v in views] == [
        ("jp.a", "active", False),
        ("jp.b", "shadow", False),
    ]


def test_new_version_of_active_policy_only_records(
    uow: UnitOfWork, people: dict[str, Principal]
) -> None:
    v1 = pack(FakePolicy("jp.a", 1, "h1"))
    with uow.begin() as s:
        svc.promote(s, people["aiko"], "jp.a", pack=v1)
        svc.approve(s, people["pat"], "jp.a", pack=v1)
        svc.activate(s, people["pat"], "jp.a", pack=v1)
    v2 = pack(FakePolicy("jp.a", 2, "h2", status="active"))  # nobody reviewed v2
    with uow.read() as s:
        assert svc.policy_statuses(s, v2) == {"jp.a": "shadow"}
    edited = pack(FakePolicy("jp.a", 1, "h1-edited", status="active"))  # same version, new text
    with uow.read() as s:
        assert svc.policy_statuses(s, edited) == {"jp.a": "shadow"}
    # v2 through the lifecycle supersedes v1
    with uow.begin() as s:
        svc.promote(s, people["aiko"], "jp.a", pack=v2)
        svc.approve(s, people["quinn"], "jp.a", pack=v2)
        svc.activate(s, people["quinn"], "jp.a", pack=v2)
    with uow.read() as s:
        states = {v["version"]: v["state"] for v in svc.show_policy(s, "jp.a", v2)["versions"]}
        assert states == {1: "retired", 2: "active"}
        assert svc.policy_statuses(s, v2) == {"jp.a": "active"}


def test_retire_and_statuses_without_pack(uow: UnitOfWork, people: dict[str, Principal]) -> None:
    pk = pack(FakePolicy("jp.a", status="active"))
    with uow.begin() as s:
        svc.retire(s, people["pat"], "jp.a", pack=pk)
    with uow.read() as s:
        assert svc.policy_statuses(s) == {"jp.a": "retired"}
        assert svc.policy_statuses(s, pk) == {"jp.a": "retired"}
    with uow.begin() as s, pytest.raises(NotFoundError):
        svc.retire(s, people["pat"], "jp.nope", pack=pk)


def test_coverage_uses_database_states_and_monitoring_volume(
    uow: UnitOfWork, people: dict[str, Principal]
) -> None:
    from datetime import date

    from sqlalchemy import insert

    from mamori.storage.lifecycle_tables import monitor_daily

    pk = FakePack(
        policies=(
            FakePolicy("jp.a", status="active", legal_basis=("jp.law1",)),
            FakePolicy("jp.b", status="active", legal_basis=("jp.law2",)),
        ),
        laws={
            "jp.law1": {"market": "jp", "law": {"ja": "法", "en": "Act"}},
            "jp.law2": {"market": "jp"},
        },
    )
    with uow.begin() as s:
        svc.retire(s, people["pat"], "jp.b", pack=pk)  # retired: covers nothing any more
        now = audit.utcnow()
        s.execute(
            insert(monitor_daily),
            [
                {
                    "day": date(2026, 10, d),
                    "policy_id": "jp.a",
                    "mode": "active",
                    "hits": 5,
                    "actions": 0,
                    "appeals": 0,
                    "overturns": 0,
                    "qa_reviewed": 0,
                    "qa_correct": 0,
                    "computed_at": now,
                }
                for d in (1, 20, 30)
            ],
        )
    with uow.read() as s:
        m = svc.coverage_for(pk, session=s, market="jp", days=15)
    doc = m.to_dict()
    assert [o.id for o in m.uncovered] == ["jp.law2"]
    law1 = doc["obligations"][0]
    assert law1["policies"] == ["jp.a"] and law1["volume"] == 10  # 1 Oct is outside 15 days
    assert law1["law"] == {"ja": "法", "en": "Act"}


def test_backtest_runs_are_recorded_and_listed(uow: UnitOfWork) -> None:
    from mamori.lifecycle.backtest import Score
    from mamori.services import backtest

    result = backtest.BacktestResult(
        pack_name="jp",
        pack_hash="abc",
        data_dir="/data",
        labelled=True,
        policies=[
            backtest.PolicyResult(
                backtest.PolicyMeta("jp.a", 2, "fam", "listing", "delist", 4, "high"),
                Score(3, 1, 2),
                gmv_affected=1200,
                sellers_affected=2,
            )
        ],
    )
    with uow.begin() as s:
        run_id = backtest.record_run(s, result, "pat", "/tmp/r.html")
    with uow.read() as s:
        runs = backtest.list_runs(s)
    assert [r["id"] for r in runs] == [run_id]
    stored = runs[0]["result"]["policies"][0]
    assert (stored["policy_id"], stored["hits"], stored["gmv_affected"]) == ("jp.a", 4, 1200)
    assert runs[0]["report_path"] == "/tmp/r.html"


def test_concurrent_approvals_record_exactly_one(
    uow: UnitOfWork, people: dict[str, Principal]
) -> None:
    import threading

    pk = pack(FakePolicy("jp.a"))
    with uow.begin() as s:
        svc.promote(s, people["aiko"], "jp.a", pack=pk)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def approve(who: str) -> None:
        barrier.wait()
        try:
            with uow.begin() as s:
                svc.approve(s, people[who], "jp.a", pack=pk)
            outcomes.append("ok")
        except TransitionError:
            outcomes.append("refused")

    threads = [threading.Thread(target=approve, args=(w,)) for w in ("pat", "quinn")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["ok", "refused"]
    with uow.read() as s:
        history = svc.show_policy(s, "jp.a", pk)["history"]
    assert [h["transition"] for h in history] == ["promote", "approve"]
