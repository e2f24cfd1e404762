"""``mamori enforce``: hits file → decisions, idempotent re-runs, resume after a crash."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from mamori.services import enforce_batch
from mamori.services.decisions import Enforcer
from mamori.storage import audit
from mamori.storage.tables import actions, decisions, enforce_checkpoints
from mamori.storage.unit_of_work import UnitOfWork


def hits_rows(n_entities: int = 7) -> list[dict[str, Any]]:
    rows = []
    for i in range(n_entities):
        ev = [{"field": "title", "text": "糖尿病が治る", "start": 0, "end": 6}]
        rows.append(
            {
                "entity_id": f"L{i}",
                "seller_id": f"S{i % 3}",
                "policy_id": "p.cure",
                "policy_version": 2,
                "severity": "high",
                "action": "delist",
                "points": 3,
                "evidence": ev,
            }
        )
        if i % 2 == 0:  # a second hit on the same entity, listed later in the file
            rows.append(
                {
                    "entity_id": f"L{i}",
                    "seller_id": f"S{i % 3}",
                    "policy_id": "p.slim",
                    "policy_version": 1,
                    "severity": "medium",
                    "action": "demote",
                    "points": 1,
                    "evidence": [],
                }
            )
    rows.sort(key=lambda r: r["policy_id"])  # entities deliberately not contiguous
    return rows


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    return path


def counts(uow: UnitOfWork) -> tuple[int, int]:
    with uow.read() as s:
        return (
            int(s.execute(select(func.count()).select_from(decisions)).scalar() or 0),
            int(s.execute(select(func.count()).select_from(actions)).scalar() or 0),
        )


def test_one_decision_per_entity_and_idempotent(uow: UnitOfWork, tmp_path: Path) -> None:
    f = write_jsonl(tmp_path / "hits.jsonl", hits_rows())
    r1 = enforce_batch.enforce_file(uow, f, None, batch_size=3)
    assert r1.entities == 7 and r1.decisions_new == 7 and r1.batches == 3
    first = counts(uow)
    r2 = enforce_batch.enforce_file(uow, f, None, batch_size=3)
    assert r2.skipped_batches == 3 and r2.decisions_new == 0
    r3 = enforce_batch.enforce_file(uow, f, None, batch_size=5)  # new run id, same decisions
    assert r3.decisions_new == 0 and r3.actions_new == 0
    assert counts(uow) == first
    with uow.read() as s:
        assert audit.verify(s).ok


def test_resume_after_crash(
    uow: UnitOfWork, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = write_jsonl(tmp_path / "hits.jsonl", hits_rows())
    real = Enforcer.record
    calls = {"n": 0}

    def flaky(self: Enforcer, *a: Any, **kw: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("killed mid-run")
        return real(self, *a, **kw)

    monkeypatch.setattr(Enforcer, "record", flaky)
    with pytest.raises(RuntimeError):
        enforce_batch.enforce_file(uow, f, None, batch_size=3)
    assert counts(uow)[0] == 3  # batch 0 committed, batch 1 rolled back entirely
    monkeypatch.setattr(Enforcer, "record", real)
    r = enforce_batch.enforce_file(uow, f, None, batch_size=3)
    assert r.skipped_batches == 1 and r.batches == 2
    assert counts(uow)[0] == 7
    with uow.read() as s:
        assert s.execute(select(func.count()).select_from(enforce_checkpoints)).scalar() == 3


def test_parquet_and_seller_lookup_from_data_dir(uow: UnitOfWork, tmp_path: Path) -> None:
    rows = [
        {k: v for k, v in r.items() if k != "seller_id"}
        | {"evidence": json.dumps(r["evidence"], ensure_ascii=False)}
        for r in hits_rows(4)
    ]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "hits.parquet")
    data = tmp_path / "data"
    data.mkdir()
    pq.write_table(
        pa.Table.from_pylist([{"id": f"L{i}", "seller_id": "S-data"} for i in range(4)]),
        data / "listings.parquet",
    )
    r = enforce_batch.enforce_file(uow, tmp_path / "hits.parquet", None, data_dir=data)
    assert r.decisions_new == 4
    with uow.read() as s:
        sellers = {x for (x,) in s.execute(select(decisions.c.seller_id))}
        ladder = s.execute(
            select(func.count()).select_from(actions).where(actions.c.trigger == "ladder")
        ).scalar()
    assert sellers == {"S-data"}
    assert ladder and ladder > 0  # points accumulated on the looked-up seller


def test_cli_enforce(uow: UnitOfWork, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mamori.cli.main import app

    f = write_jsonl(tmp_path / "hits.jsonl", hits_rows(3))
    url = uow.factory.kw["bind"].url.render_as_string(hide_password=False)
    examples = Path(__file__).resolve().parents[2] / "examples"
    if not (examples / "ladder.yaml").exists():
        pytest.skip("examples pack not present")
    out = CliRunner().invoke(
        app,
        ["enforce", str(f), "--pack", str(examples), "--batch-size", "2", "--database-url", url],
    )
    assert out.exit_code == 0, out.output
    report = json.loads(out.output.strip().splitlines()[-1])
    assert report["decisions_new"] == 3
