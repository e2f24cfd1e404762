"""The decision write path's statements, run on the DBAPI cursor of the caller's transaction.

Recording a batch of decisions issues the same handful of statements every time (look up
stored idempotency keys, sum points, lock and read the audit tail, one multi-row INSERT
per table). Through SQLAlchemy each execution costs more Python than SQLite takes to run
it (compiled-cache look-up, parameter processing, result set-up: about half of the
writer's CPU at the API's batch sizes, measured in docs/service.md "Performance"). Here
the SQL text is built once per dialect and table shape, bind values go through the
columns' own SQLAlchemy bind processors (so SQLite stores timestamps exactly as the rest
of mamori writes and reads them), and the rows go to ``cursor.executemany`` directly.

It runs inside the session's transaction, on its connection: nothing commits here, and
any database error is re-raised as SQLAlchemy's wrapped exception (``IntegrityError``
for a lost race on a unique key), as a ``session.execute`` would raise it.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from mamori.storage.audit import GENESIS, LOCK_ID
from mamori.storage.tables import audit_log, decisions, points_ledger

Processor = Callable[[Any], Any] | None

_MARKS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def supported(dialect: Dialect) -> bool:
    """Whether the dialect's driver takes positional ``?`` or ``%s`` parameters."""
    return dialect.paramstyle in _MARKS


class RawStatements:
    """SQL text and bind processors for one dialect, built on first use and kept."""

    def __init__(self, dialect: Dialect) -> None:
        self.dialect = dialect
        self.mark = _MARKS[dialect.paramstyle]
        self.quote = dialect.identifier_preparer.quote
        self._inserts: dict[tuple[str, tuple[str, ...]], tuple[str, list[Processor]]] = {}
        self._procs: dict[tuple[str, str], Processor] = {}

    def processor(self, table: Table, column: str) -> Processor:
        """The column type's bind processor on this dialect (None: value goes as is)."""
        key = (table.name, column)
        if key not in self._procs:
            impl = table.c[column].type.dialect_impl(self.dialect)
            self._procs[key] = impl.bind_processor(self.dialect)
        return self._procs[key]

    def insert(self, table: Table, keys: tuple[str, ...]) -> tuple[str, list[Processor]]:
        found = self._inserts.get((table.name, keys))
        if found is None:
            cols = ", ".join(self.quote(k) for k in keys)
            marks = ", ".join([self.mark] * len(keys))
            sql = f"INSERT INTO {self.quote(table.name)} ({cols}) VALUES ({marks})"
            found = (sql, [self.processor(table, k) for k in keys])
            self._inserts[(table.name, keys)] = found
        return found

    def marks(self, n: int) -> str:
        return ", ".join([self.mark] * n)


_STATEMENTS: dict[str, RawStatements] = {}


def statements(dialect: Dialect) -> RawStatements:
    key = f"{dialect.name}+{dialect.driver}:{dialect.paramstyle}"
    found = _STATEMENTS.get(key)
    if found is None:
        found = _STATEMENTS[key] = RawStatements(dialect)
    return found


class RawWriter:
    """The write path's statements on the session's DBAPI connection (its transaction)."""

    def __init__(self, session: Session) -> None:
        conn = session.connection()
        dbapi_conn = conn.connection.dbapi_connection
        assert dbapi_conn is not None
        self._setup(conn.dialect, dbapi_conn)

    @classmethod
    def on(cls, dialect: Dialect, dbapi_conn: Any) -> RawWriter:
        """On a bare DBAPI connection whose transaction the caller began (and ends): the
        group-commit writer's own SQLite connection, with no Session around it."""
        writer = cls.__new__(cls)
        writer._setup(dialect, dbapi_conn)
        return writer

    def _setup(self, dialect: Dialect, dbapi_conn: Any) -> None:
        self.dialect = dialect
        self.sql = statements(dialect)
        self.cursor = dbapi_conn.cursor()

    def _run(self, sql: str, params: Any, many: bool = False) -> Any:
        try:
            if many:
                self.cursor.executemany(sql, params)
            else:
                self.cursor.execute(sql, params)
        except self.dialect.loaded_dbapi.Error as exc:
            raise DBAPIError.instance(
                sql, params, exc, self.dialect.loaded_dbapi.Error, dialect=self.dialect
            ) from exc
        return self.cursor

    def insert_many(self, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
        """One ``executemany`` for rows that all have the keys of the first."""
        if not rows:
            return
        keys = tuple(rows[0])
        sql, procs = self.sql.insert(table, keys)
        # itemgetter picks a row's values in C; only columns with a bind processor (on
        # SQLite: timestamps, booleans) are touched in Python.
        getter = operator.itemgetter(*keys)
        values: Callable[[Mapping[str, Any]], Any] = (
            getter if len(keys) > 1 else (lambda r: (getter(r),))
        )
        convert = [(i, p) for i, p in enumerate(procs) if p is not None]
        params: list[Any] = []
        if not convert:
            params = [values(r) for r in rows]
        else:
            for r in rows:
                v = list(values(r))
                for i, p in convert:
                    v[i] = p(v[i])
                params.append(v)
        self._run(sql, params, many=True)

    def stored(self, ids: Sequence[str], keys: Sequence[str]) -> list[tuple[str, str | None, str]]:
        """``(id, idempotency_key, response)`` of decisions stored under these ids or keys."""
        q = self.sql.quote
        where = f"{q('id')} IN ({self.sql.marks(len(ids))})"
        if keys:
            where += f" OR {q('idempotency_key')} IN ({self.sql.marks(len(keys))})"
        sql = (
            f"SELECT {q('id')}, {q('idempotency_key')}, {q('response')} "
            f"FROM {q(decisions.name)} WHERE {where}"
        )
        return [tuple(r) for r in self._run(sql, (*ids, *keys)).fetchall()]  # type: ignore[misc]

    def points(self, seller_ids: Sequence[str], now: datetime) -> list[tuple[str, Any]]:
        """``(seller_id, unexpired unreversed points)`` for these sellers."""
        q = self.sql.quote
        proc = self.sql.processor(points_ledger, "expires_at")
        sql = (
            f"SELECT {q('seller_id')}, SUM({q('points')}) FROM {q(points_ledger.name)} "
            f"WHERE {q('seller_id')} IN ({self.sql.marks(len(seller_ids))}) "
            f"AND {q('expires_at')} > {self.sql.mark} AND {q('reversed_at')} IS NULL "
            f"GROUP BY {q('seller_id')}"
        )
        params = (*seller_ids, now if proc is None else proc(now))
        return [tuple(r) for r in self._run(sql, params).fetchall()]  # type: ignore[misc]

    def audit_tail(self) -> tuple[int, str]:
        """Lock the audit tail for this transaction and read it (``audit._lock_tail``)."""
        q = self.sql.quote
        if self.dialect.name == "postgresql":
            self._run(f"SELECT pg_advisory_xact_lock({self.sql.mark})", (LOCK_ID,))
        row = self._run(
            f"SELECT {q('seq')}, {q('hash')} FROM {q(audit_log.name)} ORDER BY {q('seq')} DESC "
            "LIMIT 1",
            (),
        ).fetchone()
        return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))

    def close(self) -> None:
        self.cursor.close()


def insert_audit(writer: RawWriter, rows: Iterable[Mapping[str, Any]]) -> None:
    writer.insert_many(audit_log, list(rows))
