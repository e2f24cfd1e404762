"""DuckDB batch engine: text pass over Arrow batches, then one SQL query per batch.

Per batch: the text pass adds a column per text function call; DuckDB runs the compiled
conditions of every applicable policy as one query (one scan: each row's list of
policies whose condition is TRUE, unnested) over the Arrow batch in place, returning
(row, policy) pairs; evidence and reasons are attached for hit rows only. Input streams batch by batch (bounded memory);
``scan_data_dir`` streams the joined entity table out of DuckDB the same way.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from mamori.engines import textpool
from mamori.engines.base import evidence_type, hits_schema
from mamori.engines.sources import BadRow, input_schema, read_batches
from mamori.engines.sql import DUCKDB, SqlCompiler, SqlDialect, column_name, evidence_sql
from mamori.engines.textpass import (
    TextPass,
    has_text,
    paused_gc,
    prefilter,
    source_fields,
)
from mamori.entities import RELATED, RELATED_KEYS, SCHEMAS, join_keys
from mamori.evaluate.codegen import call_key
from mamori.evaluate.decision import (
    Evidence,
    distinct_evidence,
    format_reason,
    placeholder_text,
)
from mamori.evaluate.realtime import EVALUATED_STATUSES, needs_text, shared_env
from mamori.evaluate.textcalls import TextCall, TextCalls, collect_calls, positive_calls
from mamori.policy import ast
from mamori.policy.check.reason import PLACEHOLDER
from mamori.policy.pack import Pack

PRICE_WINDOW_DAYS = 56


@dataclass(frozen=True)
class CompiledBatch:
    """The SQL plan of one entity kind."""

    kind: str
    policies: tuple[ast.Policy, ...]
    calls: tuple[TextCall, ...]
    positive: tuple[tuple[int, ...], ...]
    conditions: tuple[str, ...]  # one SQL condition per policy
    sql: str  # the query run on each batch (table name ``batch``)
    placeholders: tuple[str, ...]  # entity fields the reasons mention
    prefilter_sql: str = ""  # one boolean column per policy in ``prefiltered``
    prefiltered: tuple[int, ...] = ()  # policies (with text calls) that have a prefilter
    users: tuple[tuple[int, ...], ...] = ()  # per text call: policies that use it
    # ``sql`` without the evidence: (row, policy) pairs only. The DuckDB engine reads the
    # evidence of hit rows from the text pass's sparse evidence (the same concatenation
    # of positive calls' evidence), so no evidence column is built for every row.
    hits_sql: str = ""


def compile_kind(
    kind: str, policies: tuple[ast.Policy, ...], dialect: SqlDialect = DUCKDB
) -> CompiledBatch:
    calls = collect_calls(p.when for p in policies)
    compiler = SqlCompiler(calls, dialect)
    conditions = tuple(compiler.sql(p.when) for p in policies)
    by_index = list(calls.values())
    positive = tuple(tuple(calls[k].index for k in positive_calls(p.when)) for p in policies)
    evidence = [
        evidence_sql([by_index[k] for k in positive[i]], dialect) for i in range(len(conditions))
    ]
    hits_sql = ""
    if not conditions:
        sql = ""
    elif dialect is DUCKDB:
        # One scan of the batch: each row's list of policies whose condition is TRUE,
        # unnested (rows without hits produce nothing), evidence picked per policy.
        # The same rows as a UNION ALL of one filter per policy — CASE WHEN c THEN i
        # END is non-NULL exactly where WHERE c keeps a row — without 50 scans and 50
        # subqueries to plan for every batch (~3x less per-batch overhead).
        # The WHERE keeps only rows where some condition is TRUE (a few percent): the
        # list of policies is then built for those rows only, not for every row
        # (measured: ~1/3 less CPU for the query on 1 M rows, 50 conditions).
        flags = ",\n    ".join(f"CASE WHEN {c} THEN {i} END" for i, c in enumerate(conditions))
        pick = "\n    ".join(f"WHEN {i} THEN {e}" for i, e in enumerate(evidence))
        anyhit = "\n    OR ".join(f"({c})" for c in conditions)
        sql = (
            f"SELECT __row, __p, CASE __p\n    {pick}\n  END AS evidence FROM (\n"
            f"  SELECT *, unnest(list_filter([\n    {flags}\n  ], lambda x: x IS NOT NULL)) AS __p"
            f"\n  FROM batch\n  WHERE {anyhit}\n) ORDER BY __row, __p"
        )
        hits_sql = (
            f"SELECT __row, CAST(__p AS BIGINT) AS __p FROM (\n"
            f"  SELECT __row, unnest(list_filter([\n    {flags}\n  ], lambda x: x IS NOT NULL))"
            f" AS __p\n  FROM batch\n  WHERE {anyhit}\n) ORDER BY __row, __p"
        )
    else:
        branches = [
            f"SELECT __row, {i} AS __p, {evidence[i]} AS evidence FROM batch WHERE {c}"
            for i, c in enumerate(conditions)
        ]
        sql = (
            "SELECT __row, __p, evidence FROM (\n  "
            + "\n  UNION ALL ".join(branches)
            + "\n) ORDER BY __row, __p"
        )
    users: list[list[int]] = [[] for _ in calls]
    for i, p in enumerate(policies):
        for n in ast.walk(p.when):
            if (
                isinstance(n, ast.Call)
                and call_key(n) in calls
                and i not in users[calls[call_key(n)].index]
            ):
                users[calls[call_key(n)].index].append(i)
    pre: list[tuple[int, str]] = []
    for i, p in enumerate(policies):
        if not has_text(p.when):
            continue
        pf = prefilter(p.when)
        if pf is not None:
            pre.append((i, compiler.sql(pf)))
    prefilter_sql = (
        "SELECT " + ", ".join(f'({c}) IS TRUE AS "pf{i}"' for i, c in pre) + " FROM batch"
        if pre
        else ""
    )
    fields = set(SCHEMAS[kind].names)
    names: list[str] = []
    for p in policies:
        for template in (p.reason.ja, p.reason.en):
            for name in PLACEHOLDER.findall(template):
                if name in fields and name not in names:
                    names.append(name)
    return CompiledBatch(
        kind,
        policies,
        tuple(calls.values()),
        positive,
        conditions,
        sql,
        tuple(names),
        prefilter_sql,
        tuple(i for i, _ in pre),
        tuple(tuple(u) for u in users),
        hits_sql,
    )


def _positive(plan: CompiledBatch) -> frozenset[int]:
    """The text calls whose evidence the hit query selects (positive in some policy)."""
    return frozenset(k for ks in plan.positive for k in ks)


class DuckDBEngine:
    """Scans tables of entities with a pack on DuckDB (the default batch engine)."""

    name = "duckdb"

    def __init__(
        self,
        pack: Pack,
        statuses: Mapping[str, str] | None = None,
        include: frozenset[str] = EVALUATED_STATUSES,
        batch_size: int = 65536,
        threads: int | None = None,
        workers: int = 1,
    ) -> None:
        self.pack = pack
        self.statuses = dict(statuses or {})
        selected = tuple(p for p in pack.policies if self.status(p) in include)
        self.workers = max(1, int(workers))
        if self.workers > 1 and needs_text(selected):
            # First thing: the fork server imports mamori's thread-free modules (~0.6 s
            # CPU, more on a loaded machine) while this process compiles the plans and
            # builds the text env (~0.3-0.5 s) and reads the first batch. It is the
            # critical path to the first chunk: traced, the server started 0.46-0.49 s
            # after run_scan was called when it came after those and DuckDB's import.
            textpool.start_server()
        import duckdb  # its first import is ~0.3 s: after the fork server is on its way

        self.textcalls = TextCalls(shared_env(pack)) if needs_text(selected) else None
        self.plans = {
            kind: compile_kind(kind, tuple(p for p in selected if p.applies_to == kind))
            for kind in sorted({p.applies_to for p in selected})
        }
        self.batch_size = batch_size
        self.include = include
        self.con = duckdb.connect()
        self.con.execute("SET error_on_division_by_zero = false")
        self.threads = int(threads) if threads else None
        if self.threads:
            self.con.execute(f"SET threads = {self.threads}")
        self.bad_rows: list[BadRow] = []
        # CPU seconds of each text-pass worker of the last pooled scan (pid → seconds).
        self.worker_cpu: dict[int, float] = {}
        self._consts: dict[str, _PolicyColumns] = {}
        self._views: dict[str, str] = {}  # SQL → name of its view on self.con (_query)
        # (policy index, evidence texts, values read) → (reason_ja, reason_en)
        self._reasons: dict[tuple[Any, ...], tuple[str, str]] = {}

    def status(self, policy: ast.Policy) -> str:
        return self.statuses.get(policy.id, policy.status)

    def sql(self, kind: str) -> str:
        """The compiled query of ``kind`` (golden-tested)."""
        return self.plans[kind].sql if kind in self.plans else ""

    # -- scanning -----------------------------------------------------------------------

    def scan(
        self, source: Any, entity: str = "listing", related: Mapping[str, Any] | None = None
    ) -> pa.Table:
        """Hits on every row of ``source`` (path or Arrow); bad rows end up in ``bad_rows``."""
        self.bad_rows = []
        if related:
            batches: Iterable[pa.RecordBatch] = self._joined(source, entity, related)
        else:
            batches = read_batches(
                source, entity, self.bad_rows, self.batch_size, use_threads=self.workers <= 1
            )
        return pa.Table.from_batches(list(self.scan_batches(batches, entity)), schema=hits_schema())

    def scan_batches(
        self, batches: Iterable[pa.RecordBatch], entity: str
    ) -> Iterator[pa.RecordBatch]:
        """Hits batch by batch; with ``workers > 1`` the text pass runs in a process pool."""
        plan = self.plans.get(entity)
        if plan is None or not plan.sql:
            for _ in batches:  # drain: the reader records bad rows as it goes
                pass
            return
        if self.workers > 1 and plan.calls and self.textcalls is not None:
            yield from self._scan_pooled(plan, batches)
            return
        for batch in batches:
            if batch.num_rows == 0:
                continue
            table = pa.Table.from_batches([batch])
            with paused_gc():  # the pass and the hit rows' Python objects: see paused_gc
                tp = TextPass(plan.calls, self.textcalls, _positive(plan)).run(
                    batch, self._needed(plan, table)
                )
                out = self._finish(plan, batch, table, tp.columns, tp.evidence)
            if out is not None:
                yield out

    def _scan_pooled(
        self, plan: CompiledBatch, batches: Iterable[pa.RecordBatch]
    ) -> Iterator[pa.RecordBatch]:
        """Text passes of chunks in parallel worker processes, results in input order.

        DuckDB (prefilters, hit query) and the hit rows' reasons stay in this process;
        workers receive the plan's text calls and this engine's text env (its lexicons,
        rebuilt there from the hyperscan disk cache: no pack to load or compile) and
        return value columns and sparse evidence. What keeps both cores busy (traced,
        ``/tmp`` notes folded into docs/architecture.md):

        * the fork server starts when the engine is made and the workers are started by
          a thread, so their start-up overlaps this process reading and prefiltering the
          first batch instead of following it;
        * the input is cut into chunks of ``batch_size / workers`` rows (``_Chunker``),
          and the last rows, once the end of the input is in sight, into smaller ones,
          so no worker is left running a long chunk alone at the end;
        * this process keeps ``2 * workers`` chunks queued and finishes (hit query,
          reasons) whichever chunk is done while the others run, yielding in order;
        * a chunk travels as an Arrow IPC file of the columns the text pass reads (not
          the whole row) that the worker memory-maps: no pickled copy through a pipe.

        On an error, or when the caller stops reading, queued chunks are cancelled
        rather than run to completion.
        """
        import tempfile
        import threading
        from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

        assert self.textcalls is not None
        args = (plan.calls, tuple(sorted(_positive(plan))), self.textcalls.env)
        self.worker_cpu.clear()  # the same dict: run_scan reports it
        reads = [column_name(p) for p in source_fields(plan.calls)]
        chunker = _Chunker(
            batches, lambda table: self._needed(plan, table), self.batch_size, self.workers
        )
        depth = 2 * self.workers
        tmp = tempfile.TemporaryDirectory(prefix="mamori-textpass-")
        pool = ProcessPoolExecutor(
            self.workers,
            mp_context=textpool.context(),
            initializer=textpool.init_worker,
            initargs=args,
        )
        starter = threading.Thread(
            target=textpool.start_workers, args=(pool, self.workers), daemon=True
        )
        finished = False
        # One DuckDB thread here unless the caller chose: the workers hold the cores, and
        # a second thread spinning on queries of 32,768 rows cost ~60 % more CPU per hit
        # query (measured: 120 vs 74 ms on a loaded machine) for no gain in wall time.
        restore = None
        if self.threads is None:
            restore = self.con.execute("SELECT current_setting('threads')").fetchall()[0][0]
            self.con.execute("SET threads = 1")
        try:
            starter.start()
            inflight: deque[_Pending] = deque()  # chunks in input order
            seq = 0
            while True:
                running = sum(1 for c in inflight if not c.future.done())
                if running < depth:
                    piece = chunker.next()
                    if piece is not None:
                        path = str(Path(tmp.name) / f"{seq}.arrow")
                        seq += 1
                        textpool.write_ipc(path, piece.batch.select(reads))
                        fut = pool.submit(textpool.textpass, path, piece.needed)
                        inflight.append(_Pending(piece, fut, path))
                        continue
                if not inflight:
                    break
                owner = inflight[0].chunk.owner
                parts = []
                for c in inflight:
                    if c.chunk.owner is not owner:
                        break
                    parts.append(c)
                if owner.all_cut and all(c.future.done() for c in parts):
                    for _ in parts:
                        inflight.popleft()
                    out = self._finish_chunks(plan, owner, parts)
                    if out is not None:
                        yield out
                    continue
                # Only running futures (a done one returns at once): there is one, or the
                # chunker would have cut another chunk or the head batch be finished.
                running_futures = [c.future for c in inflight if not c.future.done()]
                if running_futures:
                    wait(running_futures, return_when=FIRST_COMPLETED)
            finished = True
        finally:
            starter.join()
            pool.shutdown(wait=True, cancel_futures=not finished)
            tmp.cleanup()
            if restore is not None:
                self.con.execute(f"SET threads = {int(restore)}")

    def _finish_chunks(
        self, plan: CompiledBatch, owner: _Batch, parts: list[_Pending]
    ) -> pa.RecordBatch | None:
        """The hit rows of an input batch from its chunks' text columns and evidence.

        One hit query per input batch, not per chunk: the query of a 50-policy pack
        costs ~30-70 ms CPU to plan whatever the rows (measured on 16,384 rows: about
        two thirds of its CPU), and the small chunks at the end of the input would
        multiply it.
        """
        columns: dict[str, list[pa.Array]] = {}
        evidence: list[dict[int, tuple[Evidence, ...]]] = []
        for item in parts:
            try:
                cols_ipc, ev, (pid, cpu) = item.future.result()
            finally:
                Path(item.path).unlink(missing_ok=True)
            self.worker_cpu[pid] = max(cpu, self.worker_cpu.get(pid, 0.0))
            cols = textpool.from_ipc(cols_ipc)
            for name in cols.schema.names:
                columns.setdefault(name, []).extend(cols.column(name).chunks)
            if not evidence:
                evidence = [{} for _ in ev]
            s0 = item.chunk.start
            for k, sparse in enumerate(ev):
                if s0 == 0 and not evidence[k]:
                    evidence[k] = sparse
                else:
                    evidence[k].update({s0 + r: e for r, e in sparse.items()})
        chunked = {
            name: pa.chunked_array(arrays, type=arrays[0].type) for name, arrays in columns.items()
        }
        return self._finish(plan, owner.batch, owner.table, chunked, evidence)

    def _finish(
        self,
        plan: CompiledBatch,
        batch: pa.RecordBatch,
        table: pa.Table,
        columns: Mapping[str, pa.Array | pa.ChunkedArray],
        evidence: Sequence[Mapping[int, tuple[Evidence, ...]]],
    ) -> pa.RecordBatch | None:
        """The hit rows of a batch, given its text columns and their sparse evidence.

        DuckDB returns the (row, policy) pairs; each hit's evidence is its policy's
        positive calls' evidence concatenated in order — what ``plan.sql``'s
        ``list_concat`` of ``__e<k>`` columns returns — read from the sparse evidence
        of the hit rows only, so no evidence column is built for every row.
        """
        table = table.append_column("__row", _int64s(np.arange(batch.num_rows)))
        for name, col in columns.items():
            table = table.append_column(name, col)
        res = self._query(plan.hits_sql, table, order="__row, __p")
        if res.num_rows == 0:
            return None
        return self._hit_batch(
            plan, batch, _ints(res.column("__row")), _ints(res.column("__p")), evidence
        )

    def _hit_batch(
        self,
        plan: CompiledBatch,
        batch: pa.RecordBatch,
        rows: np.ndarray,
        pols: np.ndarray,
        evidence: Sequence[Mapping[int, tuple[Evidence, ...]]],
    ) -> pa.RecordBatch:
        """Output columns of the hits (row ``rows[i]``, policy ``pols[i]``) of ``batch``.

        Built column by column from buffers (``_strings``, ``_int64s``): pyarrow's
        conversion from Python objects imports pandas the first time it runs, ~0.9 s
        CPU in a ``mamori scan`` process that never uses pandas. Reasons are formatted
        once per distinct (policy, evidence texts, values the templates read): the
        same wording is quoted on many rows.
        """
        consts = self._policy_columns(plan)
        row_idx = _int64s(rows)
        pol_idx = _int64s(pols)
        entity_ids = batch.column("id").take(row_idx)
        ids = entity_ids.to_pylist()
        ph = {name: batch.column(name).take(row_idx).to_pylist() for name in plan.placeholders}
        specs = consts.reasons
        cache = self._reasons
        if len(cache) > 100_000:
            cache.clear()
        lengths = np.zeros(len(rows), dtype=np.int64)
        fields: list[str] = []
        texts: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        ja: list[str] = []
        en: list[str] = []
        for j, (r, pi) in enumerate(zip(rows.tolist(), pols.tolist(), strict=True)):
            ks = plan.positive[pi]
            if not ks:
                ev: tuple[Evidence, ...] = ()
            elif len(ks) == 1:
                ev = distinct_evidence(evidence[ks[0]].get(r, ()))
            else:
                ev = distinct_evidence(chain.from_iterable(evidence[k].get(r, ()) for k in ks))
            for e in ev:
                fields.append(e.field)
                texts.append(e.text)
                starts.append(e.start)
                ends.append(e.end)
            lengths[j] = len(ev)
            spec = specs[pi]
            p = plan.policies[pi]
            extra = {"policy_id": p.id, "policy_version": p.version, "entity_id": ids[j]}
            used = tuple(
                placeholder_text(extra[n] if n in extra else ph[n][j] if n in ph else None)
                for n in spec.names
            )
            # keyed by the policy itself: one engine compiles a plan per entity kind, and
            # a plan's index ``pi`` names another policy in another kind's plan
            key = (p.id, p.version, tuple(e.text for e in ev) if spec.evidence else None, used)
            reason = cache.get(key)
            if reason is None:
                values: dict[str, Any] = {name: col[j] for name, col in ph.items()}
                values.update(extra)
                reason = (
                    format_reason(p.reason.ja, ev, values),
                    format_reason(p.reason.en, ev, values),
                )
                cache[key] = reason
            ja.append(reason[0])
            en.append(reason[1])
        offsets = np.zeros(len(rows) + 1, dtype=np.int32)
        np.cumsum(lengths, out=offsets[1:])
        etype = evidence_type()
        struct = pa.StructArray.from_arrays(
            [_strings(fields), _strings(texts), _int64s(starts), _int64s(ends)],
            fields=list(etype.value_type),
        )
        ev_col = pa.ListArray.from_arrays(_int32s(offsets), struct, type=etype)
        return pa.RecordBatch.from_arrays(
            [
                entity_ids,
                consts.policy_id.take(pol_idx),
                consts.policy_version.take(pol_idx),
                consts.severity.take(pol_idx),
                consts.action.take(pol_idx),
                consts.points.take(pol_idx),
                ev_col,
                consts.status.take(pol_idx),
                consts.family.take(pol_idx),
                _strings(ja),
                _strings(en),
            ],
            schema=hits_schema(),
        )

    def _policy_columns(self, plan: CompiledBatch) -> _PolicyColumns:
        """Per policy of ``plan``, its output fields as Arrow arrays (taken per hit)."""
        got = self._consts.get(plan.kind)
        if got is None or got.plan is not plan:
            ps = plan.policies
            got = _PolicyColumns(
                plan,
                _strings([p.id for p in ps]),
                _int64s([p.version for p in ps]),
                _strings([p.severity for p in ps]),
                _strings([p.action for p in ps]),
                _int64s([p.points for p in ps]),
                _strings([self.status(p) for p in ps]),
                _strings([p.family for p in ps]),
                tuple(_ReasonSpec.of(p.reason.ja, p.reason.en) for p in ps),
            )
            self._consts[plan.kind] = got
        return got

    def _query(self, sql: str, table: pa.Table, order: str = "") -> pa.Table:
        """``sql`` over ``table`` registered as ``batch``, through a temporary view.

        The hit query of a 50-policy pack is ~20 kB of SQL, which this DuckDB client
        parses and tokenises in Python on every ``con.sql`` (~15-25 ms CPU a query,
        measured); a view is parsed once and the query that reads it is short. ``order``
        restates the view's ORDER BY, which SQL does not carry through a view.
        """
        self.con.register("batch", table)
        try:
            view = self._views.get(sql)
            if view is None:
                view = f"__mamori_q{len(self._views)}"
                self.con.execute(f'CREATE OR REPLACE TEMP VIEW "{view}" AS {sql}')
                self._views[sql] = view
            query = f'SELECT * FROM "{view}"' + (f" ORDER BY {order}" if order else "")
            return self.con.sql(query).to_arrow_table()
        finally:
            self.con.unregister("batch")

    def _needed(self, plan: CompiledBatch, table: pa.Table) -> list[np.ndarray | None] | None:
        """Per text call, the rows where a policy using it can still hit (None = all)."""
        if not plan.prefilter_sql or not plan.calls:
            return None
        pf = self._query(plan.prefilter_sql, table)
        masks = {i: _bools(pf.column(f"pf{i}")) for i in plan.prefiltered}
        needed: list[np.ndarray | None] = []
        for users in plan.users:
            if any(u not in masks for u in users):
                needed.append(None)  # some user has no prefilter: every row
            else:
                m = np.zeros(table.num_rows, dtype=bool)
                for u in users:
                    m |= masks[u]
                needed.append(m)
        return needed

    # -- joins --------------------------------------------------------------------------

    def _joined(
        self, source: Any, entity: str, related: Mapping[str, Any]
    ) -> Iterator[pa.RecordBatch]:
        """Entity rows with related records joined in DuckDB, streamed in batches."""
        import duckdb

        con = duckdb.connect()
        base = _relation(con, source, "entity_src")
        have = set(con.sql(f"SELECT * FROM {base} LIMIT 0").to_arrow_table().schema.names)
        select = [f'e."{f.name}"' for f in SCHEMAS[entity].fields if f.name in have]
        joins = []
        for j, (prefix, schema) in enumerate(RELATED.get(entity, {}).items()):
            src = related.get(prefix)
            if src is None:
                continue
            alias = f"r{j}"
            rel_name = _relation(con, src, f"rel_{prefix}")
            key, rkey = join_keys(entity, prefix)
            joins.append(f'LEFT JOIN {rel_name} {alias} ON {alias}."{rkey}" = e."{key}"')
            cols = set(con.sql(f"SELECT * FROM {rel_name} LIMIT 0").to_arrow_table().schema.names)
            select += [
                f'{alias}."{f.name}" AS "{prefix}__{f.name}"'
                for f in schema.fields
                if f.name in cols
            ]
        query = f"SELECT {', '.join(select)} FROM {base} e {' '.join(joins)}"
        reader = con.sql(query).to_arrow_reader(self.batch_size)
        yield from read_batches(reader, entity, self.bad_rows, self.batch_size)

    def scan_data_dir(self, data_dir: str | Path, entity: str = "listing") -> pa.Table:
        """Scan ``<data_dir>/<table>.parquet`` with sellers and price summaries joined.

        Price summaries cover the 56 days up to the *evaluation date*, defined as the
        latest ``observed_on`` in ``price_history`` (deterministic: the same data gives
        the same hits whenever it is scanned).
        """
        batches = self.data_dir_batches(data_dir, entity)
        return pa.Table.from_batches(list(self.scan_batches(batches, entity)), schema=hits_schema())

    def data_dir_batches(
        self, data_dir: str | Path, entity: str = "listing"
    ) -> Iterator[pa.RecordBatch]:
        """The joined input rows of ``scan_data_dir`` (entity + ``prefix__field`` columns)."""
        import duckdb

        self.bad_rows = []
        d = Path(data_dir)
        table = SCHEMAS[entity].table
        path = d / f"{table}.parquet"
        con = duckdb.connect()
        select = [f'e."{f.name}"' for f in SCHEMAS[entity].fields]
        joins: list[str] = []
        rel = RELATED.get(entity, {})
        for prefix, schema in rel.items():
            if prefix == "price" and entity == "listing":
                ph = d / "price_history.parquet"
                if not ph.exists():
                    continue
                con.execute(price_summary_sql(str(path), str(ph)))
                joins.append('LEFT JOIN price_summary ps ON ps.listing_id = e."id"')
                select += [f'ps."{f.name}" AS "price__{f.name}"' for f in schema.fields]
                continue
            rel_path = d / f"{schema.table}.parquet"  # seller_risk.parquet for risk.*
            if not rel_path.exists():
                continue
            key, rkey = RELATED_KEYS.get((entity, prefix), (f"{prefix}_id", "id"))
            if SCHEMAS[entity].field(key) is None:
                continue
            alias = f"r_{prefix}"
            cols = set(
                con.sql(f"SELECT * FROM read_parquet('{_esc(rel_path)}') LIMIT 0")
                .to_arrow_table()
                .schema.names
            )
            joins.append(
                f"LEFT JOIN read_parquet('{_esc(rel_path)}') {alias} "
                f'ON {alias}."{rkey}" = e."{key}"'
            )
            select += [
                f'{alias}."{f.name}" AS "{prefix}__{f.name}"'
                for f in schema.fields
                if f.name in cols
            ]
        have = set(
            con.sql(f"SELECT * FROM read_parquet('{_esc(path)}') LIMIT 0")
            .to_arrow_table()
            .schema.names
        )
        select = [s for s in select if not s.startswith('e."') or s[3:-1] in have]
        query = f"SELECT {', '.join(select)} FROM read_parquet('{_esc(path)}') e {' '.join(joins)}"
        reader = con.sql(query).to_arrow_reader(self.batch_size)
        yield from read_batches(reader, entity, self.bad_rows, self.batch_size)


# -- the pooled scan's chunks ---------------------------------------------------------

#: The smallest chunk a worker is given (below it, per-chunk costs — a DuckDB query, an
#: IPC file, a task round trip — outweigh the balance it buys).
MIN_CHUNK = 1024


@dataclass(slots=True)
class _Batch:
    """An input batch being cut into chunks; finished (hit query, reasons) as a whole."""

    batch: pa.RecordBatch
    table: pa.Table
    needed: list[np.ndarray | None] | None  # its prefilter masks
    cut: int = 0  # rows cut into chunks so far

    @property
    def all_cut(self) -> bool:
        return self.cut >= int(self.batch.num_rows)


@dataclass(slots=True)
class _Chunk:
    owner: _Batch
    start: int  # first row in the owner batch
    batch: pa.RecordBatch  # the chunk's rows
    needed: list[np.ndarray | None] | None  # the prefilter masks of its rows


@dataclass(slots=True)
class _Pending:
    chunk: _Chunk
    future: Any
    path: str


class _Chunker:
    """Input batches cut into the chunks the text-pass workers get.

    A full chunk is ``batch_size / workers`` rows. The reader runs ahead of the cut by
    about ``2 * workers`` chunks, one input batch per chunk cut (so the first chunk waits
    for one batch only), which makes the end of the input known while that many chunks
    remain: from then on a chunk is ``1 / (2 * workers)`` of the rows left, at least
    ``MIN_CHUNK`` (guided self-scheduling), and one that would leave less than
    ``MIN_CHUNK`` rows of its batch takes them too. The workers then finish within a small chunk
    of each other; with full chunks to the end one of them ran the last chunk alone
    (traced: ~0.7 s of an idle core on 200,000 listings). Each input batch is prefiltered
    once, in one DuckDB query, and its masks are sliced per chunk.
    """

    def __init__(
        self,
        batches: Iterable[pa.RecordBatch],
        prefilter: Callable[[pa.Table], list[np.ndarray | None] | None],
        batch_size: int,
        workers: int,
    ) -> None:
        self._it = iter(batches)
        self._prefilter = prefilter
        self.workers = workers
        self.chunk = max(MIN_CHUNK, -(-batch_size // workers))
        self.lookahead = 2 * workers * self.chunk
        self._buf: deque[pa.RecordBatch | _Batch] = deque()  # read, not yet cut whole
        self._left = 0  # rows read and not yet cut
        self._eof = False

    def _read(self) -> None:
        for b in self._it:
            if b.num_rows:
                self._buf.append(b)
                self._left += b.num_rows
                return
        self._eof = True

    def next(self) -> _Chunk | None:
        """The next chunk, or None at the end of the input."""
        if not self._eof and (not self._buf or self._left - self.chunk < self.lookahead):
            self._read()
        if not self._buf:
            return None
        head = self._buf[0]
        if isinstance(head, pa.RecordBatch):
            table = pa.Table.from_batches([head])
            head = self._buf[0] = _Batch(head, table, self._prefilter(table))
        size = self.chunk
        if self._eof:
            size = min(size, max(MIN_CHUNK, -(-self._left // (2 * self.workers))))
        start = head.cut
        rest = head.batch.num_rows - start
        # near the end, no sliver left behind in the batch (a task and a file for a few rows)
        size = rest if rest - size < (MIN_CHUNK if self._eof else 1) else size
        head.cut += size
        self._left -= size
        if head.all_cut:
            self._buf.popleft()
        if start == 0 and head.all_cut:
            return _Chunk(head, 0, head.batch, head.needed)
        needed = head.needed
        return _Chunk(
            head,
            start,
            head.batch.slice(start, size),
            None
            if needed is None
            else [None if m is None else m[start : start + size] for m in needed],
        )


# -- hit rows -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _ReasonSpec:
    """What a policy's reason templates read: the evidence texts and which values."""

    evidence: bool
    names: tuple[str, ...]

    @staticmethod
    def of(*templates: str) -> _ReasonSpec:
        names = list(dict.fromkeys(n for t in templates for n in PLACEHOLDER.findall(t)))
        return _ReasonSpec("evidence" in names, tuple(n for n in names if n != "evidence"))


@dataclass(frozen=True, slots=True)
class _PolicyColumns:
    plan: CompiledBatch
    policy_id: pa.Array
    policy_version: pa.Array
    severity: pa.Array
    action: pa.Array
    points: pa.Array
    status: pa.Array
    family: pa.Array
    reasons: tuple[_ReasonSpec, ...]


# Arrow arrays from and to numpy buffers. pyarrow's own converters (``pa.array``,
# ``Array.to_numpy``, ``take`` with a numpy index) import pandas the first time they run
# (~0.9 s CPU, measured), which a scanning process never uses otherwise.


def _int64s(values: np.ndarray | Sequence[int]) -> pa.Array:
    a = np.ascontiguousarray(values, dtype=np.int64)
    return pa.Array.from_buffers(pa.int64(), len(a), [None, pa.py_buffer(a)])


def _int32s(values: np.ndarray) -> pa.Array:
    a = np.ascontiguousarray(values, dtype=np.int32)
    return pa.Array.from_buffers(pa.int32(), len(a), [None, pa.py_buffer(a)])


def _strings(values: Sequence[str | None]) -> pa.Array:
    """A string array (None = NULL) built from the UTF-8 bytes and offsets."""
    n = len(values)
    valid = None
    if any(v is None for v in values):
        mask = np.fromiter((v is not None for v in values), dtype=bool, count=n)
        valid = pa.py_buffer(np.packbits(mask, bitorder="little"))
        values = ["" if v is None else v for v in values]
    try:
        encoded = [v.encode("utf-8") for v in values]  # type: ignore[union-attr]
    except UnicodeEncodeError:  # lone surrogates: let pyarrow raise its own error
        return pa.array(values, type=pa.string())
    data = b"".join(encoded)
    if len(data) >= 2**31:
        return pa.array(values, type=pa.string())
    offsets = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(np.fromiter(map(len, encoded), dtype=np.int32, count=n), out=offsets[1:])
    return pa.Array.from_buffers(pa.string(), n, [valid, pa.py_buffer(offsets), pa.py_buffer(data)])


def _plain(col: pa.Array | pa.ChunkedArray) -> pa.Array:
    return col.combine_chunks() if isinstance(col, pa.ChunkedArray) else col


def _ints(col: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """A non-NULL integer column as int64 numpy (a view of its buffer)."""
    arr = _plain(col)
    if arr.type != pa.int64():
        arr = arr.cast(pa.int64())
    if arr.null_count:
        raise ValueError("unexpected NULL in an index column")
    if len(arr) == 0:
        return np.zeros(0, dtype=np.int64)
    return np.frombuffer(arr.buffers()[1], dtype=np.int64, count=len(arr), offset=arr.offset * 8)


def _bools(col: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """A boolean column as numpy; NULL reads as False (the prefilters are ``IS TRUE``)."""
    arr = _plain(col)
    n, off = len(arr), arr.offset
    if n == 0:
        return np.zeros(0, dtype=bool)
    validity, bits = arr.buffers()[:2]
    out = np.unpackbits(np.frombuffer(bits, dtype=np.uint8), bitorder="little")[off : off + n]
    if arr.null_count:
        out &= np.unpackbits(np.frombuffer(validity, dtype=np.uint8), bitorder="little")[
            off : off + n
        ]
    return out.astype(bool)


def price_summary_sql(listings: str, price_history: str, window: int = PRICE_WINDOW_DAYS) -> str:
    """A ``price_summary`` table: per listing, the summary fields of entities.PRICE_SUMMARY."""
    return f"""
CREATE OR REPLACE TEMP TABLE price_summary AS
WITH ph AS (SELECT * FROM read_parquet('{_esc(price_history)}')),
     d AS (SELECT max(observed_on) AS eval_date FROM ph),
     w AS (
       SELECT ph.listing_id, ph.observed_on, ph.price, l.list_price, d.eval_date
       FROM ph JOIN read_parquet('{_esc(listings)}') l ON l.id = ph.listing_id, d
       WHERE ph.observed_on > d.eval_date - {int(window)} AND ph.observed_on <= d.eval_date
     )
SELECT f.listing_id,
       coalesce(s.days_observed_56d, 0) AS days_observed_56d,
       coalesce(s.days_at_list_price_56d, 0) AS days_at_list_price_56d,
       s.max_price_56d, s.min_price_56d, f.first_observed_on, s.days_since_list_price_56d
FROM (SELECT listing_id, min(observed_on) AS first_observed_on FROM ph GROUP BY listing_id) f
LEFT JOIN (
  SELECT listing_id,
         count(DISTINCT observed_on) AS days_observed_56d,
         count(DISTINCT observed_on) FILTER (WHERE price >= list_price) AS days_at_list_price_56d,
         max(price) AS max_price_56d, min(price) AS min_price_56d,
         CAST(max(eval_date) - max(observed_on) FILTER (WHERE price >= list_price) AS BIGINT)
           AS days_since_list_price_56d
  FROM w GROUP BY listing_id
) s ON s.listing_id = f.listing_id
"""


def _esc(p: str | Path) -> str:
    return str(p).replace("'", "''")


def _relation(con: Any, src: Any, name: str) -> str:
    if isinstance(src, pa.Table | pa.RecordBatchReader | pa.RecordBatch):
        con.register(name, src)
        return name
    path = Path(src)
    reader = {
        ".parquet": "read_parquet",
        ".csv": "read_csv_auto",
        ".jsonl": "read_json_auto",
        ".json": "read_json_auto",
    }
    fn = reader.get(path.suffix.lower())
    if fn is None:
        raise ValueError(f"unsupported related source {src!r}")
    return f"{fn}('{_esc(path)}')"


def evaluation_date_of(price_history: pa.Table) -> dt.date | None:
    """The evaluation date ``scan_data_dir`` uses (latest observation)."""
    import pyarrow.compute as pc

    v = pc.max(price_history.column("observed_on")).as_py()
    return v if isinstance(v, dt.date) else None


__all__ = ["DuckDBEngine", "compile_kind", "input_schema", "price_summary_sql"]
