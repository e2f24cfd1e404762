"""Post-launch monitoring: daily metrics per policy, trailing bands and alert rules.

A policy that behaved in its backtest can drift: sellers change their wording, a lexicon
edit matches far more than intended, an upstream feed breaks and volume drops to zero.
The rules below flag such shifts from the daily series alone, robustly (median and MAD,
not mean and standard deviation, so one past spike does not widen the band for weeks).
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from mamori.lifecycle.backtest import wilson_interval

MAD_SCALE = 1.4826
"""Makes the MAD a consistent estimator of the standard deviation for normal data."""


@dataclass(frozen=True, slots=True)
class DailyMetric:
    """One policy on one day, in one mode (``active`` acts, ``shadow`` only records)."""

    day: date
    policy_id: str
    mode: str = "active"
    hits: int = 0
    actions: int = 0
    appeals: int = 0
    overturns: int = 0
    qa_reviewed: int = 0
    qa_correct: int = 0

    @property
    def qa_precision(self) -> float | None:
        return self.qa_correct / self.qa_reviewed if self.qa_reviewed else None

    def to_dict(self) -> dict[str, object]:
        return {
            "day": self.day.isoformat(),
            "policy_id": self.policy_id,
            "mode": self.mode,
            "hits": self.hits,
            "actions": self.actions,
            "appeals": self.appeals,
            "overturns": self.overturns,
            "qa_reviewed": self.qa_reviewed,
            "qa_correct": self.qa_correct,
            "qa_precision": self.qa_precision,
        }


@dataclass(frozen=True, slots=True)
class Band:
    median: float
    mad: float
    low: float
    high: float


@dataclass(frozen=True, slots=True)
class MonitorConfig:
    """Alert thresholds; defaults chosen to stay quiet on Poisson-like stable volume."""

    window: int = 28  # trailing days forming the band
    min_history: int = 7  # fewer past days than this: no band, no alert
    k: float = 4.0  # band half-width in robust standard deviations
    overturn_min_actions: int = 20  # recent actions needed before judging the rate
    overturn_recent_days: int = 7
    overturn_floor: float = 0.10  # a rate above this alerts even without history
    drop_alpha: float = 1e-5  # Poisson lower-tail probability that counts as a drop


@dataclass(frozen=True, slots=True)
class Alert:
    """A rule fired for a policy on a day; ``message`` is bilingual, as users see it."""

    policy_id: str
    kind: str  # volume_spike | volume_drop | overturn_rise
    day: date
    observed: float
    expected: float
    low: float
    high: float
    message_ja: str
    message_en: str

    @property
    def key(self) -> str:
        """Stable identity so re-running the monitor does not duplicate alerts."""
        return f"{self.policy_id}:{self.kind}:{self.day.isoformat()}"

    def to_dict(self) -> dict[str, object]:
        return {
            "key": self.key,
            "policy_id": self.policy_id,
            "kind": self.kind,
            "day": self.day.isoformat(),
            "observed": self.observed,
            "expected": self.expected,
            "band": [self.low, self.high],
            "message": {"ja": self.message_ja, "en": self.message_en},
        }


def trailing_band(values: Sequence[float], k: float = 4.0) -> Band:
    """``median ± k·σ̂`` with ``σ̂ = max(1.4826·MAD, √median, 1)``.

    The Poisson floor (√median) matters: a policy with a perfectly flat history has a
    MAD of zero and would otherwise alert on a single extra hit.

    >>> trailing_band([10, 12, 9, 11, 10, 10, 13])
    Band(median=10, mad=1, low=-2.649..., high=22.649...)
    """
    med = statistics.median(values)
    mad = statistics.median(abs(v - med) for v in values)
    sigma = max(MAD_SCALE * mad, med**0.5 if med > 0 else 0.0, 1.0)
    return Band(med, mad, med - k * sigma, med + k * sigma)


def poisson_cdf(x: int, lam: float) -> float:
    """``P(X ≤ x)`` for ``X ~ Poisson(lam)``, summed in log space (no overflow).

    >>> round(poisson_cdf(0, 15), 9)
    3.06e-07
    >>> poisson_cdf(3, 0)
    1.0
    """
    if lam <= 0:
        return 1.0
    if x < 0:
        return 0.0
    log_term = -lam  # log P(X = 0)
    total = math.exp(log_term)
    for i in range(1, x + 1):
        log_term += math.log(lam) - math.log(i)
        total += math.exp(log_term)
    return min(1.0, total)


def _is_drop(value: int, band: Band, config: MonitorConfig) -> bool:
    """Below the band, or (for small counts, where the normal band reaches below zero)
    improbably low for a Poisson count with the median as its mean *and* well below
    the median in robust units — so overdispersed histories do not alert on noise."""
    if value < band.low:
        return True
    return (
        value < band.median - 2 * MAD_SCALE * band.mad
        and poisson_cdf(value, float(band.median)) < config.drop_alpha
    )


def volume_alerts(
    policy_id: str,
    series: Sequence[tuple[date, int]],
    config: MonitorConfig = MonitorConfig(),
    *,
    since: date | None = None,
    until: date | None = None,
) -> list[Alert]:
    """Days whose hit volume leaves the band of the preceding ``window`` days.

    Days are judged against history only (never against themselves or later days), so
    the result for a day never changes once it has passed. Missing days count as zero,
    up to ``until`` when given — so a policy whose feed stops still gets judged on the
    silent days and raises ``volume_drop``.

    >>> from datetime import timedelta
    >>> d0 = date(2026, 1, 1)
    >>> s = [(d0 + timedelta(i), 10) for i in range(20)] + [(d0 + timedelta(20), 60)]
    >>> [(a.kind, a.observed) for a in volume_alerts("p", s)]
    [('volume_spike', 60.0)]
    """
    if not series:
        return []
    counts = dict(series)
    days = sorted(counts)
    first, last = days[0], max(days[-1], until) if until is not None else days[-1]
    ordinal = range(first.toordinal(), last.toordinal() + 1)
    full = [(date.fromordinal(o), counts.get(date.fromordinal(o), 0)) for o in ordinal]
    alerts: list[Alert] = []
    for i, (day, value) in enumerate(full):
        if since is not None and day < since:
            continue
        history = [v for _, v in full[max(0, i - config.window) : i]]
        if len(history) < config.min_history:
            continue
        band = trailing_band(history, config.k)
        if value > band.high:
            kind = "volume_spike"
            ja = f"ヒット数 {value} 件が通常範囲（{band.low:.0f}〜{band.high:.0f}）を上回りました"
            en = f"hits {value} above the usual range ({band.low:.0f}–{band.high:.0f})"
        elif _is_drop(value, band, config):
            kind = "volume_drop"
            ja = f"ヒット数 {value} 件が通常範囲（{band.low:.0f}〜{band.high:.0f}）を下回りました"
            en = f"hits {value} below the usual range ({band.low:.0f}–{band.high:.0f})"
        else:
            continue
        alerts.append(
            Alert(
                policy_id,
                kind,
                day,
                float(value),
                float(band.median),
                band.low,
                band.high,
                f"{policy_id} {day.isoformat()}: {ja}（中央値 {band.median:g}）",
                f"{policy_id} {day.isoformat()}: {en} (median {band.median:g})",
            )
        )
    return alerts


def overturn_alerts(
    policy_id: str,
    metrics: Sequence[DailyMetric],
    config: MonitorConfig = MonitorConfig(),
) -> list[Alert]:
    """Alert when the recent overturn rate (overturns per action) rises significantly.

    Significant means the Wilson lower bound of the last ``overturn_recent_days`` is
    above both the floor and the Wilson upper bound of the earlier history; so a
    policy with few actions never alerts on one unlucky overturn.

    >>> d = [DailyMetric(date(2026, 1, i), "p", actions=10, overturns=0) for i in range(1, 22)]
    >>> d += [DailyMetric(date(2026, 1, i), "p", actions=10, overturns=5) for i in range(22, 29)]
    >>> [a.kind for a in overturn_alerts("p", d)]
    ['overturn_rise']
    """
    rows = sorted((m for m in metrics if m.mode == "active"), key=lambda m: m.day)
    if not rows:
        return []
    last = rows[-1].day
    cut = last.toordinal() - config.overturn_recent_days
    recent = [m for m in rows if m.day.toordinal() > cut]
    past = [m for m in rows if cut - config.window < m.day.toordinal() <= cut]
    r_act = sum(m.actions for m in recent)
    r_ovt = sum(m.overturns for m in recent)
    if r_act < config.overturn_min_actions:
        return []
    p_act = sum(m.actions for m in past)
    p_ovt = sum(m.overturns for m in past)
    r_low, _ = wilson_interval(min(r_ovt, r_act), r_act)
    baseline = p_ovt / p_act if p_act else 0.0
    _, p_high = wilson_interval(min(p_ovt, p_act), p_act) if p_act else (0.0, 0.0)
    if r_low <= max(config.overturn_floor, p_high):
        return []
    rate = r_ovt / r_act
    return [
        Alert(
            policy_id,
            "overturn_rise",
            last,
            rate,
            baseline,
            0.0,
            max(config.overturn_floor, p_high),
            f"{policy_id}: 直近{config.overturn_recent_days}日の取消率 {rate:.1%}"
            f"（{r_ovt}/{r_act}）が過去の水準 {baseline:.1%} を有意に上回りました",
            f"{policy_id}: overturn rate over the last {config.overturn_recent_days} days "
            f"{rate:.1%} ({r_ovt}/{r_act}) is significantly above the baseline {baseline:.1%}",
        )
    ]


def evaluate_alerts(
    metrics: Iterable[DailyMetric],
    config: MonitorConfig = MonitorConfig(),
    *,
    since: date | None = None,
    until: date | None = None,
) -> list[Alert]:
    """Every alert rule over every policy's series (hits of all modes combined per day)."""
    by_policy: dict[str, list[DailyMetric]] = defaultdict(list)
    for m in metrics:
        by_policy[m.policy_id].append(m)
    alerts: list[Alert] = []
    for pid in sorted(by_policy):
        rows = by_policy[pid]
        per_day: dict[date, int] = defaultdict(int)
        for m in rows:
            per_day[m.day] += m.hits
        alerts += volume_alerts(pid, sorted(per_day.items()), config, since=since, until=until)
        alerts += [a for a in overturn_alerts(pid, rows, config) if since is None or a.day >= since]
    return alerts


@dataclass(frozen=True, slots=True)
class ShadowDelta:
    """Shadow against active hits of one policy family on one day."""

    day: date
    family: str
    active_hits: int
    shadow_hits: int

    @property
    def delta(self) -> int:
        return self.shadow_hits - self.active_hits

    def to_dict(self) -> dict[str, object]:
        return {
            "day": self.day.isoformat(),
            "family": self.family,
            "active_hits": self.active_hits,
            "shadow_hits": self.shadow_hits,
            "delta": self.delta,
        }


def shadow_deltas(metrics: Iterable[DailyMetric], family_of: dict[str, str]) -> list[ShadowDelta]:
    """Per family and day, how many more (or fewer) hits the shadow policies make.

    A shadow version that replaces an active one shares its family, so the delta is what
    switching would change. Families without any shadow policy are left out.

    >>> m = [DailyMetric(date(2026, 1, 1), "a", "active", hits=5),
    ...      DailyMetric(date(2026, 1, 1), "b", "shadow", hits=8)]
    >>> [d.delta for d in shadow_deltas(m, {"a": "f", "b": "f"})]
    [3]
    """
    act: dict[tuple[date, str], int] = defaultdict(int)
    sha: dict[tuple[date, str], int] = defaultdict(int)
    shadow_families: set[str] = set()
    for m in metrics:
        fam = family_of.get(m.policy_id, m.policy_id)
        if m.mode == "shadow":
            sha[(m.day, fam)] += m.hits
            shadow_families.add(fam)
        else:
            act[(m.day, fam)] += m.hits
    keys = sorted(k for k in set(act) | set(sha) if k[1] in shadow_families)
    return [ShadowDelta(d, f, act.get((d, f), 0), sha.get((d, f), 0)) for d, f in keys]
