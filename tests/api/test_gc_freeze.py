"""The running service keeps its start-up objects out of the cyclic GC (``gc.freeze``):
a full collection over the compiled pack stalled every request in flight for 80-230 ms
(docs/service.md, "Performance"). Stopping the app hands them back."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

from .conftest import make_api


def _collected(obj: object) -> bool:
    """Whether the cyclic GC walks ``obj`` (frozen objects are in no generation)."""
    return any(o is obj for o in gc.get_objects())


def test_startup_objects_are_frozen_while_serving_and_released_after(
    tmp_path: Path, example_pack: Any
) -> None:
    gc.unfreeze()
    running = make_api(f"sqlite:///{tmp_path / 'gc.db'}", example_pack)
    api = next(running)
    try:
        evaluation = api.app.state.mamori.extras["evaluation"]  # built before start-up
        assert gc.get_freeze_count() > 1000
        assert not _collected(evaluation)
        # Requests still work, and what they create is collected as usual.
        r = api.client.post(
            "/v1/decisions",
            json={"entity_type": "listing", "entity": {"id": "L1", "title": "x"}},
            headers=api.h("analyst"),
        )
        assert r.status_code == 200
        gc.collect()
        assert gc.get_freeze_count() > 1000
    finally:
        for _ in running:  # stop the app (lifespan shutdown), even after a failure
            pass
    assert gc.get_freeze_count() == 0
    assert _collected(evaluation)
