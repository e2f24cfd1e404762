"""What a running service holds: settings, database, pack, evaluator, decision writer.

Built once at start-up (``create_app`` or a CLI command) and handed to the routes, so
no request pays for loading the pack or compiling policies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine

from mamori.settings import Settings
from mamori.storage.unit_of_work import UnitOfWork


@dataclass
class ServiceState:
    settings: Settings
    engine: Engine
    uow: UnitOfWork
    pack: Any | None = None  # mamori.policy.Pack once loaded
    evaluator: Any | None = None  # mamori.evaluate.realtime.RealtimeEvaluator
    writer: Any | None = None  # services.decisions.DecisionWriter (group commit)
    extras: dict[str, Any] = field(default_factory=dict)
