"""Every policy of a real pack on every example entity of that pack: both engines agree.

``mamori test`` checks each example against its own policy; this crosses them (every
policy sees every example of its entity kind), which exercises far more rows per policy
with realistic Japanese text, and compares evidence too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mamori.errors import DiagnosticsError
from mamori.evaluate.rows import coerce_entity
from mamori.policy import load_pack

from .harness import run_both

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _rows(pack: Any) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for p in pack.policies:
        for kind, items in (("hit", p.examples.hit), ("miss", p.examples.miss)):
            for i, ex in enumerate(items):
                entity, related = coerce_entity(p.applies_to, {**ex, "id": f"{p.id}#{kind}{i}"})
                flat = dict(entity)
                for prefix, rec in related.items():
                    flat.update({f"{prefix}__{k}": v for k, v in rec.items()})
                out.setdefault(p.applies_to, []).append(flat)
    return out


@pytest.mark.parametrize("name", ["examples", "jp"])
def test_pack_examples_cross_engines(name: str) -> None:
    try:
        pack = load_pack(EXAMPLES if name == "examples" else "jp")
    except DiagnosticsError as e:  # the pack's own checks report this; nothing to compare
        pytest.skip(f"pack {name} does not load: {e.diagnostics[0].format()}")
    rows = _rows(pack)
    assert rows
    for kind, kind_rows in rows.items():
        realtime, batch = run_both(pack, kind_rows, kind)
        assert realtime == batch, kind
        assert realtime  # the examples include hits
