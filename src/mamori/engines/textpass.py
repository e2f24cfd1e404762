"""The text pass: every text function call of a pack computed as a column of a batch.

Runs :mod:`mamori.evaluate.textcalls` — the very code the realtime engine runs — over the
rows of one Arrow record batch, so batch and realtime evidence agree by construction.
Only the columns the text sources read are materialised as Python lists, one batch at
a time; values go back to Arrow for SQL, evidence stays sparse (truthy rows only).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from mamori.engines.sql import column_name, text_column
from mamori.evaluate.decision import Evidence
from mamori.evaluate.textcalls import TextCall, TextCalls, TextState
from mamori.policy import ast
from mamori.policy.ast import Type
from mamori.policy.functions import FUNCTIONS


@dataclass(slots=True)
class TextPassResult:
    columns: dict[str, pa.Array]  # __t<k> → values
    evidence: list[dict[int, tuple[Evidence, ...]]]  # per call index: row → evidence


def _arrow_type(call: TextCall) -> pa.DataType:
    t = FUNCTIONS[call.name].returns
    return pa.list_(pa.string()) if t == Type.STRING_LIST else pa.bool_()


def source_fields(calls: Sequence[TextCall]) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for c in calls:
        for node in ast.walk(c.source):
            if isinstance(node, ast.FieldRef) and node.path not in out:
                out.append(node.path)
    return out


class TextPass:
    def __init__(self, calls: Sequence[TextCall], textcalls: TextCalls | None) -> None:
        self.calls = list(calls)
        self.textcalls = textcalls
        self.fields = source_fields(self.calls)

    def run(self, batch: pa.RecordBatch) -> TextPassResult:
        n = batch.num_rows
        if not self.calls:
            return TextPassResult({}, [])
        assert self.textcalls is not None
        cols: dict[tuple[str, ...], list[Any]] = {
            p: batch.column(column_name(p)).to_pylist() for p in self.fields
        }
        values: list[list[Any]] = [[None] * n for _ in self.calls]
        evidence: list[dict[int, tuple[Evidence, ...]]] = [{} for _ in self.calls]
        call = self.textcalls.call
        for i in range(n):
            st = TextState()

            def get(path: tuple[str, ...], i: int = i) -> Any:
                return cols[path][i]

            for c in self.calls:
                v, ev = call(c, get, st)
                values[c.index][i] = v
                if ev:
                    evidence[c.index][i] = ev
        columns = {
            text_column(c): pa.array(values[c.index], type=_arrow_type(c)) for c in self.calls
        }
        return TextPassResult(columns, evidence)
