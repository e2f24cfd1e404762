"""Pack-level: policy ids are unique across every file of a pack."""

from __future__ import annotations

from mamori.errors import Diagnostic
from mamori.policy.raw import RawPolicy


def check(raws: list[RawPolicy]) -> list[Diagnostic]:
    seen: dict[str, RawPolicy] = {}
    out: list[Diagnostic] = []
    for raw in raws:
        pid = raw.id
        if pid is None:
            continue
        if pid in seen:
            first = seen[pid].span_of("id")
            out.append(
                Diagnostic(
                    "E007",
                    f"duplicate policy id {pid!r} (first defined at {first})",
                    raw.span_of("id"),
                    "give each policy its own id / id は一意にしてください",
                )
            )
        else:
            seen[pid] = raw
    return out
