"""The case service on SQLite: open, queue, claim race, escalate, resolve, audit."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from sqlalchemy import select, text

from mamori.cases import drafts
from mamori.cases.model import Exposure, Level, Outcome, Team
from mamori.errors import ConflictError, NotFoundError, PermissionDenied
from mamori.services import cases as svc
from mamori.services.identity import Principal
from mamori.storage import audit
from mamori.storage.tables import audit_log
from mamori.storage.unit_of_work import UnitOfWork

RING = {
    "finding_id": "ring-1",
    "kind": "account_ring",
    "entity_type": "seller",
    "entity_ids": ["S1", "S2", "S3"],
    "score": 0.9,
    "window": "2026-10",
    "evidence": [{"field": "payment", "text": "shared card hash"}],
    "suggested_action": "suspend",
}


def test_import_findings_is_idempotent_and_links_members(
    uow: UnitOfWork, people: dict[str, Principal], tmp_path
) -> None:
    path = tmp_path / "findings.parquet"
    pq.write_table(
        pa.Table.from_pylist(
            [
                RING,
                {
                    **RING,
                    "finding_id": "wave-1",
                    "kind": "duplicate_cluster",
                    "entity_type": "listing",
                    "entity_ids": ["L1", "L2"],
                    "score": 0.4,
                },
            ]
        ),
        path,
    )
    rows = svc.read_findings(str(path))
    with uow.begin() as s:
        first = svc.import_findings(s, rows, people["aiko"])
    with uow.begin() as s:
        again = svc.import_findings(s, rows, people["aiko"])
    assert (first.created, first.existing) == (2, 0)
    assert (again.created, again.existing) == (0, 2) and again.case_ids == first.case_ids
    with uow.read() as s:
        case = svc.get_case(s, first.case_ids[0], people["vic"])
    assert [link["entity_id"] for link in case["links"]] == ["S1", "S2", "S3"]
    assert case["group_id"] == "ring-1" and case["seller_id"] == "S1"
    assert case["evidence"][0]["kind"] == "finding"
    assert case["events"][0]["event"] == "open"


def test_queue_orders_by_priority_then_due_and_pages(
    uow: UnitOfWork, people: dict[str, Principal]
) -> None:
    t0 = datetime(2026, 11, 1, 9)
    with uow.begin() as s:
        for i in range(7):
            svc.open_case(
                s,
                drafts.from_report(
                    f"R{i}",
                    "listing",
                    f"L{i}",
                    "user",
                    "counterfeit",
                    None,
                    exposure=Exposure(gmv_yen=10 ** (i + 1)),
                ),
                people["aiko"],
                now=t0 + timedelta(minutes=i),
            )
    seen: list[int] = []
    cursor = None
    with uow.read() as s:
        while True:
            page = svc.list_queue(s, people["vic"], after=cursor, limit=3, now=t0)
            seen += [r.id for r in page.rows]
            prios = [r.priority for r in page.rows]
            assert prios == sorted(prios)
            cursor = page.next_cursor
            if cursor is None:
                break
    assert sorted(seen) == list(range(1, 8)) and len(seen) == 7
    with uow.read() as s:
        all_rows = svc.list_queue(s, people["vic"], limit=50, now=t0).rows
    keys = [(r.priority, r.due_at, r.id) for r in all_rows]
    assert keys == sorted(keys)
    assert all_rows[0].entity_id == "L6"  # the widest reach comes first


def test_claim_is_exclusive_under_a_race(
    engine, uow: UnitOfWork, people: dict[str, Principal]
) -> None:
    with uow.begin() as s:
        case_id, _ = svc.open_case(s, drafts.from_finding(RING), people["aiko"])
    barrier = threading.Barrier(2)
    results: dict[str, str] = {}

    def worker(name: str) -> None:
        barrier.wait()
        try:
            with uow.begin() as s:
                svc.claim(s, case_id, people[name])
            results[name] = "won"
        except ConflictError:
            results[name] = "lost"

    threads = [threading.Thread(target=worker, args=(n,)) for n in ("aiko", "ben")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results.values()) == ["lost", "won"]
    with uow.read() as s:
        case = svc.get_case(s, case_id, people["vic"])
    winner = next(n for n, r in results.items() if r == "won")
    assert case["claimed_by_name"] == winner and case["status"] == "claimed"
    assert [e["event"] for e in case["events"]].count("claim") == 1


def test_claimed_case_refuses_a_second_claim_with_the_holder_named(uow, people) -> None:
    with uow.begin() as s:
        case_id, _ = svc.open_case(s, drafts.from_finding(RING), people["aiko"])
        svc.claim(s, case_id, people["aiko"])
    with uow.begin() as s, pytest.raises(ConflictError, match="aiko"):
        svc.claim(s, case_id, people["ben"])


def test_escalate_resolve_and_audit_trail(uow: UnitOfWork, people: dict[str, Principal]) -> None:
    with uow.begin() as s:
        case_id, _ = svc.open_case(s, drafts.from_finding(RING), people["aiko"])
        svc.claim(s, case_id, people["aiko"])
        svc.add_note(s, case_id, "同じ決済手段を3アカウントで共有", people["aiko"])
        svc.add_evidence(
            s, case_id, "url", "screenshot", "https://example.test/shot.png", people["aiko"]
        )
        assert svc.link_entity(s, case_id, "seller", "S4", people["aiko"])
        assert not svc.link_entity(s, case_id, "seller", "S4", people["aiko"])
        with pytest.raises(Exception, match="理由"):
            svc.escalate(s, case_id, " ", people["aiko"])
    with uow.begin() as s:
        level = svc.escalate(
            s, case_id, "ブランドから法的措置の通知 / brand legal notice", people["aiko"]
        )
    assert level is Level.SPECIALIST
    with uow.begin() as s:
        case = svc.get_case(s, case_id, people["vic"])
        assert (
            case["status"] == "escalated"
            and case["queue"] == "specialist"
            and case["claimed_by"] is None
        )
        with pytest.raises(ConflictError):  # must be claimed to be resolved
            svc.resolve(s, case_id, Outcome.CONFIRMED_RISK, "x", people["rei"])
    with uow.begin() as s:
        svc.claim(s, case_id, people["rei"])
        rec = svc.resolve(s, case_id, Outcome.CONFIRMED_RISK, "ring confirmed", people["rei"])
    assert rec["action"] in {"warn", "restrict_feature", "hold_payout", "suspend"}
    assert rec["rationale"]["ja"]  # type: ignore[index]
    with uow.read() as s:
        actions = [
            r.action
            for r in s.execute(
                select(audit_log.c.action)
                .where(audit_log.c.entity_type == "case")
                .order_by(audit_log.c.seq)
            )
        ]
        assert audit.verify(s).ok
    assert actions == [
        "case.open",
        "case.claim",
        "case.note",
        "case.evidence",
        "case.link",
        "case.escalate",
        "case.claim",
        "case.resolve",
    ]


def test_permissions_and_holder_rules(uow: UnitOfWork, people: dict[str, Principal]) -> None:
    with uow.begin() as s:
        with pytest.raises(PermissionDenied):
            svc.open_case(s, drafts.from_finding(RING), people["vic"])
        case_id, _ = svc.open_case(s, drafts.from_finding(RING), people["aiko"])
        with pytest.raises(PermissionDenied):
            svc.claim(s, case_id, people["shop1"])
        svc.claim(s, case_id, people["aiko"])
        with pytest.raises(ConflictError, match="claim case"):
            svc.resolve(s, case_id, Outcome.NO_VIOLATION, "", people["ben"])
        with pytest.raises(PermissionDenied):
            svc.assign(s, case_id, "ben", people["aiko"])
        svc.assign(s, case_id, "ben", people["rei"])
        svc.resolve(s, case_id, Outcome.NO_VIOLATION, "false positive", people["ben"])
        with pytest.raises(NotFoundError):
            svc.get_case(s, 999, people["vic"])


def test_internal_escalation_lands_in_team_queue(
    uow: UnitOfWork, people: dict[str, Principal]
) -> None:
    with uow.begin() as s:
        case_id, _ = svc.open_case(
            s,
            drafts.internal(
                Team.LEGAL, "消費者庁からの照会", "景表法", entity_type="seller", entity_id="S9"
            ),
            people["aiko"],
        )
        case = svc.get_case(s, case_id, people["vic"])
    assert case["queue"] == "specialist:legal" and case["level"] == 2


def test_queue_query_uses_the_queue_index(sqlite_engine) -> None:
    engine = sqlite_engine
    stmt = svc.queue_query(["open"], "operations", "2|2026-11-01T09:00:00|10", 50)
    compiled = stmt.compile(engine, compile_kwargs={"literal_binds": True})
    with engine.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
    assert "ix_cases_queue" in plan, plan
    assert "TEMP B-TREE" not in plan.upper(), plan  # no sort of the whole table


def test_reports_join_one_case_and_credible_reporters_raise_priority(uow, people) -> None:
    from mamori.services.reports_intake import submit_report

    t0 = datetime(2026, 11, 2, 10)
    with uow.begin() as s:
        first = submit_report(
            s,
            people["shop1"],
            entity_type="listing",
            entity_id="L77",
            reporter_type="user",
            reason="counterfeit",
            text="偽物では？",
            now=t0,
        )
        second = submit_report(
            s,
            people["aiko"],
            entity_type="listing",
            entity_id="L77",
            reporter_type="authority",
            reason="counterfeit",
            text="税関より",
            now=t0,
        )
        with pytest.raises(PermissionDenied):
            submit_report(
                s,
                people["shop1"],
                entity_type="listing",
                entity_id="L77",
                reporter_type="authority",
                reason="x",
            )
        with pytest.raises(ValueError):
            submit_report(
                s,
                people["aiko"],
                entity_type="planet",
                entity_id="x",
                reporter_type="user",
                reason="x",
            )
        case = svc.get_case(s, first.case_id, people["vic"], now=t0)
    assert first.new_case and not second.new_case and second.case_id == first.case_id
    assert second.priority <= first.priority
    assert case["risk"] == pytest.approx(0.9)
    assert [e["kind"] for e in case["evidence"]] == ["report", "report"]
    assert [e["event"] for e in case["events"]] == ["open", "report"]
