"""The detector plan: every finding kind, in run order, as an engine-neutral function.

Each detector takes a :class:`~mamori.discovery.runner.DiscoveryRunner`, the data
window and a shared :class:`Context` (so the seller features computed once feed both
``seller_risk`` and the isolation forest) and returns findings. ``engines/`` only
supplies the runner; ``services/discovery.py`` drives the plan.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pyarrow as pa

from mamori.discovery.anomalies import AnomalyParams, forest_anomalies, series_anomalies
from mamori.discovery.duplicates import DuplicateParams, duplicate_clusters
from mamori.discovery.features import (
    SellerRiskParams,
    seller_features,
    seller_risk_findings,
    seller_risk_table,
)
from mamori.discovery.findings import KINDS, Finding
from mamori.discovery.gaps import GapParams, TermParams, emerging_terms, policy_gaps
from mamori.discovery.reviews import (
    BrushingParams,
    BurstParams,
    CollusionParams,
    brushing,
    review_bursts,
    review_collusion,
)
from mamori.discovery.rings import RingParams, account_rings
from mamori.discovery.runner import DiscoveryRunner
from mamori.discovery.trends import TrendParams, trend_breaks
from mamori.discovery.window import Window


@dataclass(frozen=True, slots=True)
class Params:
    """Every tunable of every detector, with the documented defaults."""

    seller_risk: SellerRiskParams = field(default_factory=SellerRiskParams)
    anomaly: AnomalyParams = field(default_factory=AnomalyParams)
    trend_break: TrendParams = field(default_factory=TrendParams)
    emerging_term: TermParams = field(default_factory=TermParams)
    policy_gap: GapParams = field(default_factory=GapParams)
    duplicate_cluster: DuplicateParams = field(default_factory=DuplicateParams)
    account_ring: RingParams = field(default_factory=RingParams)
    review_burst: BurstParams = field(default_factory=BurstParams)
    brushing: BrushingParams = field(default_factory=BrushingParams)
    review_collusion: CollusionParams = field(default_factory=CollusionParams)


@dataclass
class Context:
    runner: DiscoveryRunner
    window: Window
    params: Params
    _ranked: pa.Table | None = None

    def ranked_sellers(self) -> pa.Table:
        """The ranked seller risk table, computed once per run."""
        if self._ranked is None:
            if not self.runner.has_table("orders"):
                self._ranked = pa.table({"seller_id": pa.array([], pa.string())})
            else:
                feats = seller_features(self.runner, self.params.seller_risk)
                self._ranked = seller_risk_table(feats, self.params.seller_risk)
        return self._ranked


def _seller_risk(c: Context) -> list[Finding]:
    ranked = c.ranked_sellers()
    if "risk_score" not in ranked.column_names:
        return []
    return seller_risk_findings(ranked, c.window, c.params.seller_risk)


def _anomaly(c: Context) -> list[Finding]:
    out = series_anomalies(c.runner, c.window, c.params.anomaly)
    ranked = c.ranked_sellers()
    if "risk_score" in ranked.column_names:
        out += forest_anomalies(ranked, c.window, c.params.anomaly)
    return out


DETECTORS: dict[str, Callable[[Context], list[Finding]]] = {
    "seller_risk": _seller_risk,
    "anomaly": _anomaly,
    "trend_break": lambda c: trend_breaks(c.runner, c.window, c.params.trend_break),
    "emerging_term": lambda c: emerging_terms(c.runner, c.window, c.params.emerging_term),
    "policy_gap": lambda c: policy_gaps(c.runner, c.window, c.params.policy_gap),
    "duplicate_cluster": lambda c: duplicate_clusters(
        c.runner, c.window, c.params.duplicate_cluster
    ),
    "account_ring": lambda c: account_rings(c.runner, c.window, c.params.account_ring),
    "review_burst": lambda c: review_bursts(c.runner, c.window, c.params.review_burst),
    "brushing": lambda c: brushing(c.runner, c.window, c.params.brushing),
    "review_collusion": lambda c: review_collusion(c.runner, c.window, c.params.review_collusion),
}
assert tuple(DETECTORS) == KINDS  # one detector per Contracts kind, in Contracts order
