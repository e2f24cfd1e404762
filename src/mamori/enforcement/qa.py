"""QA sampling and policy quality: is each policy's enforcement actually right?

Decisions are sampled per stratum (policy × action by default) so rare policies get
reviewed too; reviewers mark each sample correct or incorrect. Precision per policy comes
with a Wilson score interval (sound at small n and near 0 or 1, unlike the normal
approximation); a policy whose QA error rate or appeal overturn rate passes a threshold
is flagged as noisy.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval for ``k`` successes in ``n`` trials, as ``[low, high]``.

    >>> [round(x, 3) for x in wilson(8, 10)]
    [0.49, 0.943]
    >>> wilson(0, 0)
    (0.0, 1.0)
    """
    if n <= 0:
        return (0.0, 1.0)
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    low = 0.0 if k == 0 else max(0.0, centre - half)
    high = 1.0 if k == n else min(1.0, centre + half)  # exact ends, free of rounding
    return (low, high)


def stratified_sample(
    items: Iterable[T], key: Callable[[T], K], per_stratum: int, seed: int = 0
) -> list[T]:
    """Up to ``per_stratum`` items drawn uniformly from each stratum, in one streaming pass.

    Reservoir sampling per stratum (Algorithm R): memory is ``per_stratum`` × strata, so
    millions of decisions can be sampled. Seeded and reproducible; strata sorted by key.

    >>> stratified_sample(range(10), lambda x: x % 2, 2, seed=1)
    [8, 2, 1, 3]
    """
    rng = random.Random(seed)
    seen: dict[K, int] = defaultdict(int)
    res: dict[K, list[T]] = defaultdict(list)
    for it in items:
        k = key(it)
        seen[k] += 1
        bucket = res[k]
        if len(bucket) < per_stratum:
            bucket.append(it)
        else:
            j = rng.randrange(seen[k])
            if j < per_stratum:
                bucket[j] = it
    out: list[T] = []
    for k in sorted(res, key=str):
        out.extend(res[k])
    return out


@dataclass(frozen=True, slots=True)
class Thresholds:
    max_error_rate: float = 0.2
    max_overturn_rate: float = 0.2
    min_reviews: int = 5
    min_appeals: int = 5


@dataclass(frozen=True, slots=True)
class PolicyQuality:
    policy_id: str
    reviewed: int
    correct: int
    precision: float | None
    precision_ci: tuple[float, float]
    appeals_decided: int
    overturned: int
    overturn_rate: float | None
    overturn_ci: tuple[float, float]
    flagged: bool
    reasons: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, object]:
        return {
            "policy_id": self.policy_id,
            "reviewed": self.reviewed,
            "correct": self.correct,
            "precision": self.precision,
            "precision_ci": list(self.precision_ci),
            "appeals_decided": self.appeals_decided,
            "overturned": self.overturned,
            "overturn_rate": self.overturn_rate,
            "overturn_ci": list(self.overturn_ci),
            "flagged": self.flagged,
            "reasons": list(self.reasons),
        }


def assess(
    reviews: Iterable[tuple[str, bool]],
    appeals: Iterable[tuple[str, bool]],
    thresholds: Thresholds = Thresholds(),
) -> list[PolicyQuality]:
    """Per policy: ``reviews`` are (policy_id, correct), ``appeals`` (policy_id, overturned).

    >>> q = assess([("p", True)] * 3 + [("p", False)] * 3, [], Thresholds(min_reviews=5))
    >>> q[0].flagged, q[0].reasons
    (True, ('qa_error_rate',))
    """
    rv: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    ap: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for pid, ok in reviews:
        rv[pid][0] += 1
        rv[pid][1] += int(ok)
    for pid, over in appeals:
        ap[pid][0] += 1
        ap[pid][1] += int(over)
    out: list[PolicyQuality] = []
    for pid in sorted(set(rv) | set(ap)):
        n, k = rv[pid]
        m, o = ap[pid]
        reasons: list[str] = []
        precision = k / n if n else None
        if (
            n >= thresholds.min_reviews
            and precision is not None
            and 1 - precision > thresholds.max_error_rate
        ):
            reasons.append("qa_error_rate")
        overturn = o / m if m else None
        if (
            m >= thresholds.min_appeals
            and overturn is not None
            and overturn > thresholds.max_overturn_rate
        ):
            reasons.append("overturn_rate")
        out.append(
            PolicyQuality(
                pid,
                n,
                k,
                precision,
                wilson(k, n),
                m,
                o,
                overturn,
                wilson(o, m),
                bool(reasons),
                tuple(reasons),
            )
        )
    return out
