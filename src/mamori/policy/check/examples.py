"""``examples``: ``hit``/``miss`` lists of entities whose fields exist and type-check."""

from __future__ import annotations

from typing import Any

from mamori.entities import RELATED, SCHEMAS, EntitySchema, FieldType
from mamori.errors import Diagnostic, Span
from mamori.policy.check.context import CheckContext
from mamori.policy.raw import RawPolicy, did_you_mean

_PY_TYPES: dict[FieldType, tuple[type, ...]] = {
    FieldType.STRING: (str,),
    FieldType.INT: (int,),
    FieldType.FLOAT: (int, float),
    FieldType.BOOL: (bool,),
    FieldType.TIMESTAMP: (str,),
    FieldType.DATE: (str,),
}


def value_problem(schema: EntitySchema, name: str, value: Any) -> str | None:
    """Why ``value`` is not a valid ``name`` of ``schema`` (None when it is)."""
    f = schema.field(name)
    if f is None:
        hint = did_you_mean(name, schema.names)
        return f"unknown field {name!r} of {schema.kind}" + (f" ({hint})" if hint else "")
    if value is None:
        return None
    import datetime as dt

    if f.type in (FieldType.TIMESTAMP, FieldType.DATE) and isinstance(value, dt.date):
        return None
    ok = _PY_TYPES[f.type]
    if isinstance(value, bool) and bool not in ok:
        return f"{name!r} must be {f.type.value}, got a boolean"
    if not isinstance(value, ok):
        return f"{name!r} must be {f.type.value}, got {type(value).__name__}"
    if f.values and isinstance(value, str) and value not in f.values:
        hint = did_you_mean(value, f.values)
        return f"{name!r} must be one of {', '.join(f.values)}; got {value!r}" + (
            f" ({hint})" if hint else ""
        )
    return None


def entity_problems(kind: str, entity: Any) -> list[str]:
    """Problems of one example entity (fields, related records, types)."""
    if not isinstance(entity, dict):
        return ["an example must be a mapping of field: value"]
    schema = SCHEMAS[kind]
    related = RELATED.get(kind, {})
    out: list[str] = []
    for key, value in entity.items():
        key = str(key)
        if key in related and isinstance(value, dict):
            for k2, v2 in value.items():
                p = value_problem(related[key], str(k2), v2)
                if p:
                    out.append(f"{key}: {p}")
            continue
        if "." in key and key.split(".", 1)[0] in related:
            prefix, name = key.split(".", 1)
            p = value_problem(related[prefix], name, value)
        else:
            p = value_problem(schema, key, value)
        if p:
            out.append(p)
    return out


def check(raw: RawPolicy, ctx: CheckContext) -> list[Diagnostic]:
    if "examples" not in raw.keys:
        return []
    value = raw.value("examples")
    span: Span = raw.span_of("examples")
    if value is None:
        return []
    if not isinstance(value, dict):
        return [
            Diagnostic(
                "E120",
                "'examples' must be a mapping with 'hit' and/or 'miss' lists",
                span,
                "e.g. `examples: {hit: [{title: …}], miss: [{title: …}]}`",
            )
        ]
    out: list[Diagnostic] = []
    for key in value:
        if key not in ("hit", "miss"):
            out.append(
                Diagnostic(
                    "E120",
                    f"unknown examples key {key!r}",
                    span,
                    did_you_mean(str(key), ("hit", "miss")),
                )
            )
    kind = raw.value("applies_to")
    if not isinstance(kind, str) or kind not in SCHEMAS:
        return out
    for key in ("hit", "miss"):
        items = value.get(key) or []
        if not isinstance(items, list):
            out.append(Diagnostic("E120", f"examples.{key} must be a list of entities", span))
            continue
        for i, entity in enumerate(items):
            for p in entity_problems(kind, entity):
                out.append(
                    Diagnostic(
                        "E121",
                        f"examples.{key}[{i}]: {p}",
                        span,
                        "examples are entities of the policy's applies_to kind",
                    )
                )
    return out
