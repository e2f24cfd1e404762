"""Backtest arithmetic: accuracy with honest intervals, ladder impact, version diffs.

Everything here takes counts or plain tuples, so the same figures come out whether the
hits were produced by DuckDB, Spark or a hand-written fixture; the services layer does
the I/O and the SQL counting.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

Z95 = 1.959963984540054
"""Two-sided 95 % normal quantile used for every interval mamori reports."""

SUSPENSION_ACTIONS: frozenset[str] = frozenset({"suspend", "terminate"})


def wilson_interval(successes: int, trials: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for a proportion; ``(0.0, 1.0)`` when nothing was observed.

    Chosen over the normal (Wald) interval because policies often have a handful of hits
    and a precision of 1.0, where Wald collapses to a zero-width interval.

    >>> [round(x, 4) for x in wilson_interval(8, 10)]
    [0.4902, 0.9433]
    >>> wilson_interval(0, 0)
    (0.0, 1.0)
    """
    if trials <= 0:
        return (0.0, 1.0)
    if not 0 <= successes <= trials:
        raise ValueError(f"successes={successes} outside 0..{trials}")
    p = successes / trials
    z2 = z * z
    denom = 1 + z2 / trials
    centre = (p + z2 / (2 * trials)) / denom
    half = z * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / denom
    # The closed forms are exact at the edges; pin them so rounding cannot show 0.9999….
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == trials else min(1.0, centre + half)
    return (low, high)


@dataclass(frozen=True, slots=True)
class Score:
    """Confusion counts of one policy (or one slice of it) against the labels.

    ``tp``: hits on entities labelled as violations of the policy's family; ``fp``: other
    hits (look-alikes included — they are permitted content); ``fn``: labelled
    violations of the family the policy did not hit.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def hits(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float | None:
        """``tp / hits``; ``None`` when the policy hit nothing (undefined, not zero).

        >>> Score(tp=3, fp=1).precision
        0.75
        """
        return self.tp / self.hits if self.hits else None

    @property
    def precision_ci(self) -> tuple[float, float]:
        return wilson_interval(self.tp, self.hits)

    @property
    def recall(self) -> float | None:
        """``tp / (tp + fn)``; ``None`` when the labels hold no violation of the family."""
        positives = self.tp + self.fn
        return self.tp / positives if positives else None

    @property
    def recall_ci(self) -> tuple[float, float]:
        return wilson_interval(self.tp, self.tp + self.fn)

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, object]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "hits": self.hits,
            "precision": self.precision,
            "precision_ci": list(self.precision_ci),
            "recall": self.recall,
            "recall_ci": list(self.recall_ci),
        }


def score_hits(
    hits: Iterable[tuple[str, str]],
    violations: Iterable[str],
) -> Score:
    """Score one policy's hit entity ids against the labelled violation ids of its family.

    Duplicate hits on one entity count once: a policy either flags an entity or not.

    >>> score_hits([("a", "x"), ("b", "x"), ("c", "x")], ["a", "b", "d"])
    Score(tp=2, fp=1, fn=1)
    """
    hit_ids = {entity_id for entity_id, _ in hits}
    positives = set(violations)
    tp = len(hit_ids & positives)
    return Score(tp=tp, fp=len(hit_ids) - tp, fn=len(positives) - tp)


# ---------------------------------------------------------------------------- ladder


@dataclass(frozen=True, slots=True)
class Threshold:
    points: int
    action: str
    duration_days: int | None = None


@dataclass(frozen=True, slots=True)
class LadderOutcome:
    """What the penalty ladder would do to one seller given the backtest's points."""

    seller_id: str
    points: int
    actions: tuple[str, ...]

    @property
    def suspended(self) -> bool:
        return any(a in SUSPENSION_ACTIONS for a in self.actions)


def simulate_ladder(
    points_by_seller: Mapping[str, int], thresholds: Sequence[Threshold]
) -> list[LadderOutcome]:
    """Seller actions issued as points accumulate, one per threshold reached.

    The backtest treats the whole data window as one ladder window (the ladder's window
    is a year; backtest windows are shorter), and sellers start from zero points.

    >>> t = [Threshold(4, "warn"), Threshold(8, "restrict_feature"), Threshold(12, "suspend")]
    >>> [(o.seller_id, o.actions, o.suspended) for o in simulate_ladder({"s1": 9, "s2": 2, "s3": 12}, t)]
    [('s1', ('warn', 'restrict_feature'), False), ('s3', ('warn', 'restrict_feature', 'suspend'), True)]
    """
    ordered = sorted(thresholds, key=lambda t: t.points)
    out: list[LadderOutcome] = []
    for seller_id in sorted(points_by_seller):
        pts = points_by_seller[seller_id]
        actions = tuple(t.action for t in ordered if pts >= t.points)
        if actions:
            out.append(LadderOutcome(seller_id, pts, actions))
    return out


def count_actions(outcomes: Iterable[LadderOutcome]) -> dict[str, int]:
    """How many of each seller action the ladder would issue.

    >>> count_actions([LadderOutcome("s", 9, ("warn", "restrict_feature"))])
    {'warn': 1, 'restrict_feature': 1}
    """
    counts: dict[str, int] = {}
    for o in outcomes:
        for a in o.actions:
            counts[a] = counts.get(a, 0) + 1
    return counts


# ------------------------------------------------------------------------------ diff

HitKey = tuple[str, str]
"""``(entity_id, policy_id)``: one policy flagging one entity."""


@dataclass(frozen=True, slots=True)
class PolicyDiff:
    """Hits one policy gains and loses between two versions of a pack."""

    policy_id: str
    base_hits: int
    candidate_hits: int
    gained: int
    lost: int
    gained_examples: tuple[str, ...] = ()
    lost_examples: tuple[str, ...] = ()
    status: str = "changed"  # changed | unchanged | added | removed

    def to_dict(self) -> dict[str, object]:
        return {
            "policy_id": self.policy_id,
            "status": self.status,
            "base_hits": self.base_hits,
            "candidate_hits": self.candidate_hits,
            "gained": self.gained,
            "lost": self.lost,
            "gained_examples": list(self.gained_examples),
            "lost_examples": list(self.lost_examples),
        }


def diff_hits(
    base: Iterable[HitKey],
    candidate: Iterable[HitKey],
    *,
    base_policies: Iterable[str] = (),
    candidate_policies: Iterable[str] = (),
    examples: int = 5,
) -> list[PolicyDiff]:
    """Per policy: entities newly flagged by ``candidate`` and no longer flagged.

    Examples are the smallest entity ids, so the report is stable across runs.

    >>> [d.to_dict()["gained"] for d in diff_hits([("a", "p")], [("a", "p"), ("b", "p")])]
    [1]
    """
    b: dict[str, set[str]] = defaultdict(set)
    c: dict[str, set[str]] = defaultdict(set)
    for e, p in base:
        b[p].add(e)
    for e, p in candidate:
        c[p].add(e)
    b_pol = set(base_policies) | set(b)
    c_pol = set(candidate_policies) | set(c)
    out: list[PolicyDiff] = []
    for pid in sorted(b_pol | c_pol):
        bs, cs = b.get(pid, set()), c.get(pid, set())
        gained, lost = sorted(cs - bs), sorted(bs - cs)
        if pid not in b_pol:
            status = "added"
        elif pid not in c_pol:
            status = "removed"
        else:
            status = "changed" if gained or lost else "unchanged"
        out.append(
            PolicyDiff(
                pid,
                len(bs),
                len(cs),
                len(gained),
                len(lost),
                tuple(gained[:examples]),
                tuple(lost[:examples]),
                status,
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class Overlap:
    """Two policies flagging the same entities: candidates for merging or ordering."""

    policy_a: str
    policy_b: str
    both: int
    jaccard: float

    def to_dict(self) -> dict[str, object]:
        return {
            "policy_a": self.policy_a,
            "policy_b": self.policy_b,
            "both": self.both,
            "jaccard": self.jaccard,
        }


def overlap(hits: Iterable[HitKey]) -> list[Overlap]:
    """Pairs of policies that flag at least one common entity, most shared first.

    >>> [o.to_dict() for o in overlap([("a", "p"), ("b", "p"), ("a", "q")])]
    [{'policy_a': 'p', 'policy_b': 'q', 'both': 1, 'jaccard': 0.5}]
    """
    by_policy: dict[str, set[str]] = defaultdict(set)
    for e, p in hits:
        by_policy[p].add(e)
    out: list[Overlap] = []
    for pa, pb in combinations(sorted(by_policy), 2):
        a, b = by_policy[pa], by_policy[pb]
        both = len(a & b)
        if both:
            out.append(Overlap(pa, pb, both, both / len(a | b)))
    out.sort(key=lambda o: (-o.both, o.policy_a, o.policy_b))
    return out


@dataclass(slots=True)
class Slices:
    """Scores per slice value (a category, a seller segment) of one policy."""

    scores: dict[str, Score] = field(default_factory=dict)

    def add(self, key: str, s: Score) -> None:
        self.scores[key] = self.scores.get(key, Score()) + s
