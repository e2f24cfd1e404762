"""Coverage map: which legal obligations the rulebook enforces, and how much.

A governance team needs to see where the rulebook is thin: a duty in ``laws.yaml`` that
no policy cites is an unguarded obligation; a policy that cites no duty enforces
something the team cannot justify to a regulator.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Obligation:
    id: str
    market: str
    law_ja: str
    law_en: str
    article: str
    duty_ja: str
    duty_en: str


@dataclass(frozen=True, slots=True)
class PolicyRef:
    id: str
    version: int
    status: str
    legal_basis: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CoveredObligation:
    obligation: Obligation
    policies: tuple[str, ...]
    active_policies: tuple[str, ...]
    volume: int  # recent hits of the citing policies

    @property
    def covered(self) -> bool:
        return bool(self.policies)

    def to_dict(self) -> dict[str, object]:
        o = self.obligation
        return {
            "obligation_id": o.id,
            "market": o.market,
            "law": {"ja": o.law_ja, "en": o.law_en},
            "article": o.article,
            "duty": {"ja": o.duty_ja, "en": o.duty_en},
            "policies": list(self.policies),
            "active_policies": list(self.active_policies),
            "volume": self.volume,
            "covered": self.covered,
        }


@dataclass(slots=True)
class CoverageMap:
    market: str | None
    obligations: list[CoveredObligation] = field(default_factory=list)
    uncited_policies: list[str] = field(default_factory=list)  # cite no obligation shown
    unknown_citations: dict[str, list[str]] = field(default_factory=dict)  # policy → ids

    @property
    def uncovered(self) -> list[Obligation]:
        return [c.obligation for c in self.obligations if not c.covered]

    @property
    def ratio(self) -> float:
        """Share of obligations cited by at least one policy (1.0 for an empty market)."""
        if not self.obligations:
            return 1.0
        return sum(c.covered for c in self.obligations) / len(self.obligations)

    def to_dict(self) -> dict[str, object]:
        return {
            "market": self.market,
            "coverage": self.ratio,
            "obligations": [c.to_dict() for c in self.obligations],
            "uncovered": [o.id for o in self.uncovered],
            "policies_citing_none": self.uncited_policies,
            "unknown_citations": self.unknown_citations,
        }


def coverage_map(
    obligations: Iterable[Obligation],
    policies: Iterable[PolicyRef],
    volume: Mapping[str, int] | None = None,
    *,
    market: str | None = None,
) -> CoverageMap:
    """Map obligations to citing policies (retired policies do not count as coverage).

    >>> ob = [Obligation("jp.a", "jp", "", "", "1", "", ""), Obligation("jp.b", "jp", "", "", "2", "", "")]
    >>> pol = [PolicyRef("p1", 1, "active", ("jp.a",)), PolicyRef("p2", 1, "shadow", ())]
    >>> m = coverage_map(ob, pol, {"p1": 7})
    >>> [(c.obligation.id, c.policies, c.volume) for c in m.obligations], m.uncited_policies
    ([('jp.a', ('p1',), 7), ('jp.b', (), 0)], ['p2'])
    """
    vol = dict(volume or {})
    obs = sorted(
        (o for o in obligations if market is None or o.market == market), key=lambda o: o.id
    )
    known = {o.id for o in obs}
    live = [p for p in policies if p.status != "retired"]
    citing: dict[str, list[PolicyRef]] = {o.id: [] for o in obs}
    out = CoverageMap(market)
    for p in sorted(live, key=lambda p: p.id):
        cited = [b for b in p.legal_basis if b in known]
        unknown = [b for b in p.legal_basis if b not in known]
        if market is not None:
            # A citation of another market's obligation is not "unknown" in this view.
            unknown = [b for b in unknown if b.split(".", 1)[0] == market]
        if unknown:
            out.unknown_citations[p.id] = unknown
        if not cited:
            out.uncited_policies.append(p.id)
        for b in cited:
            citing[b].append(p)
    for o in obs:
        refs = citing[o.id]
        out.obligations.append(
            CoveredObligation(
                o,
                tuple(r.id for r in refs),
                tuple(r.id for r in refs if r.status == "active"),
                sum(vol.get(r.id, 0) for r in refs),
            )
        )
    return out
