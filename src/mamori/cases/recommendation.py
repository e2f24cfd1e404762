"""Weigh policy compliance against business impact into a recommended course.

Trust-and-safety teams are pulled two ways: the law and the policy say act, the business
says this seller is 3 % of GMV. The rule encoded here is the one governance teams state
out loud: legal exposure is never traded for revenue; within what the law allows, the
lightest measure that stops the harm is preferred for high-impact accounts, and every
trade-off is written down (ja/en) so an auditor can read why.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mamori.cases.model import Exposure, Outcome
from mamori.cases.priority import exposure_score

SEVERITY_WEIGHT: dict[str, float] = {"low": 0.25, "medium": 0.5, "high": 0.8, "critical": 1.0}

# Seller measures from lightest to heaviest (Contracts' seller actions).
LADDER: tuple[str, ...] = ("warn", "restrict_feature", "hold_payout", "suspend", "terminate")


@dataclass(frozen=True, slots=True)
class Recommendation:
    action: str | None  # a seller action from LADDER, or None (no measure)
    compliance_risk: float  # 0..1: how strongly policy and law demand action
    business_impact: float  # 0..1: how much the measure costs the marketplace
    rationale: dict[str, str] = field(default_factory=dict)  # {"ja": …, "en": …}
    monitor: bool = False  # follow up with monitoring instead of (or beside) the measure

    def to_dict(self) -> dict[str, object]:
        return {
            "action": self.action,
            "compliance_risk": self.compliance_risk,
            "business_impact": self.business_impact,
            "rationale": dict(self.rationale),
            "monitor": self.monitor,
        }


def compliance_risk(risk: float, severity: str | None, legal_basis: bool) -> float:
    """How strongly policy and law call for a measure, in [0, 1].

    >>> compliance_risk(0.9, "critical", True)
    1.0
    >>> compliance_risk(0.4, "low", False)
    0.325
    """
    sev = SEVERITY_WEIGHT.get(severity or "medium", 0.5)
    value = 0.5 * min(1.0, max(0.0, risk)) + 0.5 * sev + (0.2 if legal_basis else 0.0)
    return round(min(1.0, value), 4)


def recommend(
    outcome: Outcome,
    *,
    risk: float,
    severity: str | None,
    legal_basis: bool,
    exposure: Exposure,
) -> Recommendation:
    """The recommended seller measure for a resolved case.

    >>> recommend(Outcome.NO_VIOLATION, risk=0.9, severity="high", legal_basis=True, exposure=Exposure()).action is None
    True
    >>> recommend(Outcome.CONFIRMED_RISK, risk=0.95, severity="critical", legal_basis=True,
    ...           exposure=Exposure(gmv_yen=90_000_000)).action
    'suspend'
    >>> recommend(Outcome.CONFIRMED_RISK, risk=0.5, severity="medium", legal_basis=False,
    ...           exposure=Exposure(gmv_yen=90_000_000)).action
    'warn'
    """
    comp = compliance_risk(risk, severity, legal_basis)
    impact = exposure_score(exposure)
    if outcome is Outcome.NO_VIOLATION:
        return Recommendation(
            None,
            comp,
            impact,
            {
                "ja": "違反は確認されませんでした。措置は不要です。",
                "en": "No violation was confirmed; no measure is needed.",
            },
        )
    if outcome is Outcome.POLICY_GAP:
        return Recommendation(
            None,
            comp,
            impact,
            {
                "ja": "既存ポリシーが対象外のため、新ポリシーの起案とモニタリングを推奨します。",
                "en": "No policy covers this; draft a new policy and monitor meanwhile.",
            },
            monitor=True,
        )
    # Confirmed risk: the compliance demand picks the rung, business impact may only
    # lower it when the law does not require the heavier measure.
    if legal_basis and comp >= 0.85:
        action = "suspend"
        why = {
            "ja": "法令上の根拠がある重大な違反のため、事業影響にかかわらず停止を推奨します。",
            "en": "A serious violation with a legal basis: suspend regardless of business impact.",
        }
        return Recommendation(action, comp, impact, why, monitor=impact >= 0.6)
    rung = min(len(LADDER) - 2, int(comp * (len(LADDER) - 1)))  # never terminate by default
    if impact >= 0.6 and rung > 0:
        rung = max(0, rung - 2) if not legal_basis else rung - 1
        why = {
            "ja": "ポリシー違反を確認。事業影響が大きいため、より軽い措置と継続監視を推奨します。",
            "en": "Policy violation confirmed; high business impact, so a lighter measure with monitoring.",
        }
        return Recommendation(LADDER[rung], comp, impact, why, monitor=True)
    why = {
        "ja": "ポリシー違反を確認。違反の重さに応じた措置を推奨します。",
        "en": "Policy violation confirmed; a measure proportionate to its severity.",
    }
    return Recommendation(LADDER[rung], comp, impact, why)
