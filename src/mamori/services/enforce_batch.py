"""``mamori enforce``: a scan's hits → decisions and actions, for millions of entities.

DuckDB reads the hits file (Parquet, CSV or JSONL) and sorts it by entity, out of core,
so each entity's hits arrive together and become one decision; Arrow batches stream
through with bounded memory. Each batch of entities is recorded in one transaction
together with its checkpoint row, so a run that stops (crash, Ctrl-C) resumes after the
last committed batch. Decision ids derive from entity + policies + versions and action
ids from the decision, so even re-running without checkpoints creates nothing twice.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from mamori.services.decisions import (
    EVALUATED,
    Enforcer,
    HitRecord,
    PendingDecision,
    batch_decision_id,
    hit_record,
)
from mamori.storage import audit
from mamori.storage.tables import enforce_checkpoints
from mamori.storage.unit_of_work import UnitOfWork


@dataclass
class EnforceReport:
    run_id: str
    batches: int = 0
    skipped_batches: int = 0
    entities: int = 0
    decisions_new: int = 0
    actions_new: int = 0
    hits_ignored: int = 0

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _reader(path: Path) -> str:
    p = str(path).replace("'", "''")
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return f"read_parquet('{p}')"
    if suffix == ".csv":
        return f"read_csv_auto('{p}', header=true)"
    if suffix in (".jsonl", ".json", ".ndjson"):
        return f"read_json_auto('{p}', format='newline_delimited')"
    raise ValueError(f"対応していない形式です / unsupported hits file: {path.name}")


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def run_id_for(digest: str, pack_hash: str | None, entity: str, batch_size: int) -> str:
    """One id per (file content, pack, entity kind, batch size): what a resume must match."""
    return hashlib.sha256(f"{digest}|{pack_hash}|{entity}|{batch_size}".encode()).hexdigest()[:32]


def _groups(
    path: Path, entity: str, data_dir: Path | None, chunk_rows: int = 50_000
) -> Iterator[tuple[str, str, str | None, list[dict[str, Any]]]]:
    """(entity_type, entity_id, seller_id, hit rows) per entity, in entity order."""
    import duckdb

    con = duckdb.connect()
    try:
        con.execute("SET preserve_insertion_order=false")
        cols = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {_reader(path)}").fetchall()]
        etype = "h.entity_type" if "entity_type" in cols else f"'{entity}'"
        seller = "h.seller_id" if "seller_id" in cols else "NULL"
        join = ""
        if "seller_id" not in cols and data_dir is not None and entity != "seller":
            from mamori.entities import schema

            table = data_dir / f"{schema(entity).table}.parquet"
            if table.exists():
                t = str(table).replace("'", "''")
                join = f" LEFT JOIN (SELECT id, seller_id FROM read_parquet('{t}')) e ON e.id = h.entity_id"
                seller = "e.seller_id"
        if entity == "seller" and "seller_id" not in cols:
            seller = "h.entity_id"
        ev = "to_json(h.evidence)" if "evidence" in cols else "NULL"
        sql = (
            f"SELECT {etype} AS entity_type, CAST(h.entity_id AS VARCHAR) AS entity_id, "
            f"CAST({seller} AS VARCHAR) AS seller_id, h.policy_id, h.policy_version, h.severity, "
            f"h.action, h.points, CAST({ev} AS VARCHAR) AS evidence "
            f"FROM {_reader(path)} h{join} ORDER BY 1, 2, h.policy_id, h.policy_version"
        )
        reader = con.sql(sql).to_arrow_reader(chunk_rows)
        current: tuple[str, str] | None = None
        seller_id: str | None = None
        rows: list[dict[str, Any]] = []
        for batch in reader:
            for r in batch.to_pylist():
                key = (str(r["entity_type"]), str(r["entity_id"]))
                if key != current:
                    if current is not None:
                        yield current[0], current[1], seller_id, rows
                    current, seller_id, rows = key, r["seller_id"], []
                rows.append(r)
        if current is not None:
            yield current[0], current[1], seller_id, rows
    finally:
        con.close()


def _evidence(raw: Any) -> Any:
    if raw is None:
        return ()
    value = json.loads(raw) if isinstance(raw, str) else raw
    if isinstance(value, str):  # a CSV cell holding JSON, itself JSON-encoded by to_json
        value = json.loads(value) if value else []
    return value or ()


def enforce_file(
    uow: UnitOfWork,
    hits_path: Path,
    pack: Any | None,
    *,
    entity: str = "listing",
    data_dir: Path | None = None,
    batch_size: int = 2000,
    statuses: Mapping[str, str] | None = None,
    actor: str = "system:enforce",
    webhooks: bool = True,
    progress: Callable[[int], None] | None = None,
) -> EnforceReport:
    """Record every entity's hits; resumable through per-batch checkpoints."""
    enforcer = Enforcer.from_pack(pack, webhooks_enabled=webhooks)
    run_id = run_id_for(file_digest(hits_path), enforcer.pack_hash, entity, batch_size)
    report = EnforceReport(run_id)
    with uow.read() as session:
        done = {
            int(r[0])
            for r in session.execute(
                select(enforce_checkpoints.c.batch_index).where(
                    enforce_checkpoints.c.run_id == run_id
                )
            )
        }
    policies = enforcer.policies
    statuses = dict(statuses or {})
    now = audit.utcnow()

    def status_of(pid: str) -> str:
        if pid in statuses:
            return statuses[pid]
        p = policies.get(pid)
        if p is None:
            return "active"  # a hit from a policy this pack lacks: the scan said it acts
        status = getattr(p, "status", "active")
        return str(getattr(status, "value", status))

    batch: list[PendingDecision] = []
    index = 0

    def flush() -> None:
        nonlocal batch, index
        if index in done:
            report.skipped_batches += 1
        else:
            stats: dict[str, int] = {}
            with uow.begin() as session:
                enforcer.record(session, batch, now, stats)
                session.execute(
                    insert(enforce_checkpoints).values(
                        run_id=run_id, batch_index=index, rows=len(batch), done_at=audit.utcnow()
                    )
                )
            report.batches += 1
            report.decisions_new += stats.get("decisions", 0)
            report.actions_new += stats.get("actions", 0)
        if progress is not None:
            progress(len(batch))
        index += 1
        batch = []

    for etype, eid, seller_id, rows in _groups(hits_path, entity, data_dir):
        hits: list[HitRecord] = []
        for r in rows:
            status = status_of(str(r["policy_id"]))
            if status not in EVALUATED:
                report.hits_ignored += 1
                continue
            hits.append(
                hit_record(
                    {
                        "policy_id": r["policy_id"],
                        "policy_version": r["policy_version"],
                        "severity": r["severity"],
                        "action": r["action"],
                        "points": r["points"],
                        "status": status,
                        "evidence": _evidence(r["evidence"]),
                    },
                    policies,
                )
            )
        if not hits:
            continue
        report.entities += 1
        batch.append(
            PendingDecision(
                decision_id=batch_decision_id(etype, eid, hits),
                entity_type=etype,
                entity_id=eid,
                hits=hits,
                seller_id=seller_id,
                source="batch",
                actor=actor,
            )
        )
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return report
