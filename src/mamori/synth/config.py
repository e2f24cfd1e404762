"""Generator settings: scales, the fixed clock, and per-table random streams."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

import numpy as np

# The synthetic world ends here (exclusive): every timestamp is before it, so the same
# seed gives the same data whenever it is generated.
END = datetime(2026, 10, 31)
END_US = int((END - datetime(1970, 1, 1)).total_seconds()) * 1_000_000
DAY_US = 86_400 * 1_000_000
END_DAY = (END - datetime(1970, 1, 1)).days  # days since the Unix epoch

SCALES: dict[str, tuple[int, int, int]] = {
    # sellers, listings, orders
    "tiny": (60, 600, 4_000),
    "small": (300, 3_000, 30_000),
    "medium": (3_000, 100_000, 1_000_000),
    "large": (20_000, 1_000_000, 10_000_000),
}

# Stream keys: each table (and each chunk of it) draws from its own generator, so adding
# rows to one table never shifts the random numbers of another.
STREAMS: dict[str, int] = {
    "sellers": 1,
    "plan": 2,
    "listings": 3,
    "price_history": 4,
    "creators": 5,
    "creator_posts": 6,
    "orders": 7,
    "reviews": 8,
    "fraud": 9,
    "account_links": 10,
    "reports": 11,
}


@dataclass(frozen=True, slots=True)
class SynthConfig:
    """What to generate. Same config → same bytes."""

    sellers: int
    listings: int
    orders: int
    seed: int = 0
    days: int = 182  # order history length
    listing_chunk: int = 50_000
    order_chunk: int = 500_000

    @classmethod
    def for_scale(cls, scale: str, seed: int = 0, **overrides: int | None) -> SynthConfig:
        if scale not in SCALES:
            raise ValueError(f"unknown scale {scale!r} (known: {', '.join(SCALES)})")
        sellers, listings, orders = SCALES[scale]
        values = {"sellers": sellers, "listings": listings, "orders": orders}
        values.update({k: v for k, v in overrides.items() if v is not None})
        cfg = cls(seed=seed, **values)
        cfg.validate()
        return cfg

    def validate(self) -> None:
        if self.sellers < 40:
            raise ValueError("--sellers must be at least 40 (rings and campaigns need room)")
        if self.listings < 10 * 40 or self.listings < self.sellers:
            raise ValueError("--listings must be at least 400 and at least --sellers")
        if self.orders < self.listings:
            raise ValueError("--orders must be at least --listings")
        if self.days < 90:
            raise ValueError("days must be at least 90 (price rules look back 8 weeks)")

    @property
    def creators(self) -> int:
        return max(30, self.sellers // 3)

    @property
    def posts(self) -> int:
        return max(300, self.listings // 4)

    @property
    def buyers(self) -> int:
        return max(500, self.orders // 5)

    def rng(self, stream: str, *key: int) -> np.random.Generator:
        """An independent generator for ``stream`` (and chunk ``key``)."""
        return np.random.default_rng([self.seed, STREAMS[stream], *key])

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
