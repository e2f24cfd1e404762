"""Export a statement of reasons as the bare EU DSA Transparency Database object.

Field names and values are exactly those the Transparency Database API accepts
(``/work/shared/domain/dsa_statement_of_reasons.json``, copied into the tests). Only DSA
fields appear — no mamori extras — and a Japan-only decision carries no
``territorial_scope`` (the API refuses ``JP``). ``validate`` checks an object against the
rules file so every export can be tested, and collects every problem at once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

# What each action restricts, in DSA terms (Art. 17(1)).
_DECISIONS: dict[str, dict[str, Any]] = {
    "label": {"decision_visibility": ["DECISION_VISIBILITY_CONTENT_LABELLED"]},
    "demote": {"decision_visibility": ["DECISION_VISIBILITY_CONTENT_DEMOTED"]},
    "delist": {"decision_visibility": ["DECISION_VISIBILITY_CONTENT_REMOVED"]},
    "warn": {
        "decision_visibility": ["DECISION_VISIBILITY_OTHER"],
        "decision_visibility_other": "Formal warning to the seller; no content restricted (警告)",
    },
    "restrict_feature": {"decision_provision": "DECISION_PROVISION_PARTIAL_SUSPENSION"},
    "hold_payout": {"decision_monetary": "DECISION_MONETARY_SUSPENSION"},
    "suspend": {
        "decision_account": "DECISION_ACCOUNT_SUSPENDED",
        "decision_provision": "DECISION_PROVISION_TOTAL_SUSPENSION",
    },
    "terminate": {
        "decision_account": "DECISION_ACCOUNT_TERMINATED",
        "decision_provision": "DECISION_PROVISION_TOTAL_TERMINATION",
    },
}

_END_DATE_FIELD: dict[str, str] = {
    "label": "end_date_visibility_restriction",
    "demote": "end_date_visibility_restriction",
    "delist": "end_date_visibility_restriction",
    "warn": "end_date_visibility_restriction",
    "restrict_feature": "end_date_service_restriction",
    "hold_payout": "end_date_monetary_restriction",
    "suspend": "end_date_account_restriction",
    "terminate": "end_date_account_restriction",
}

_CONTENT_TYPES: dict[str, list[str]] = {
    "listing": ["CONTENT_TYPE_PRODUCT", "CONTENT_TYPE_TEXT"],
    "creator_post": ["CONTENT_TYPE_VIDEO", "CONTENT_TYPE_TEXT"],
    "review": ["CONTENT_TYPE_TEXT"],
}

# Which enum each field draws from (the rules file names the enums, not the mapping).
FIELD_ENUMS: dict[str, tuple[str, bool]] = {
    "decision_visibility": ("DECISION_VISIBILITIES", True),
    "decision_monetary": ("DECISION_MONETARIES", False),
    "decision_provision": ("DECISION_PROVISIONS", False),
    "decision_account": ("DECISION_ACCOUNTS", False),
    "account_type": ("ACCOUNT_TYPES", False),
    "decision_ground": ("DECISION_GROUNDS", False),
    "incompatible_content_illegal": ("INCOMPATIBLE_CONTENT_ILLEGALS", False),
    "content_type": ("CONTENT_TYPES", True),
    "category": ("STATEMENT_CATEGORIES", False),
    "category_addition": ("STATEMENT_CATEGORIES", True),
    "category_specification": ("KEYWORDS", True),
    "source_type": ("SOURCE_TYPES", False),
    "automated_detection": ("AUTOMATED_DETECTIONS", False),
    "automated_decision": ("AUTOMATED_DECISIONS", False),
}

MAX_LEN: dict[str, int] = {
    "decision_visibility_other": 500,
    "decision_monetary_other": 500,
    "illegal_content_legal_ground": 500,
    "illegal_content_explanation": 2000,
    "incompatible_content_ground": 500,
    "incompatible_content_explanation": 2000,
    "decision_facts": 5000,
    "puid": 500,
    "source_identity": 500,
    "content_type_other": 500,
    "category_specification_other": 500,
    "decision_ground_reference_url": 500,
}

DATE_RANGES: dict[str, tuple[str, str]] = {
    "content_date": ("2000-01-01", "2038-01-01"),
    "application_date": ("2020-01-01", "2038-01-01"),
    "end_date_account_restriction": ("2020-01-01", "2038-01-01"),
    "end_date_monetary_restriction": ("2020-01-01", "2038-01-01"),
    "end_date_service_restriction": ("2020-01-01", "2038-01-01"),
    "end_date_visibility_restriction": ("2020-01-01", "2038-01-01"),
}

ALLOWED_FIELDS: frozenset[str] = frozenset(
    {
        *FIELD_ENUMS,
        *MAX_LEN,
        *DATE_RANGES,
        "territorial_scope",
        "content_language",
        "content_id",
    }
)


# The Transparency Database's vocabularies (rules file of 2026-06-24). A pack mapping to a
# value outside them is dropped from the export rather than sent and refused.
CATEGORIES: frozenset[str] = frozenset(
    (
        "STATEMENT_CATEGORY_ANIMAL_WELFARE",
        "STATEMENT_CATEGORY_CONSUMER_INFORMATION",
        "STATEMENT_CATEGORY_CYBER_VIOLENCE",
        "STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN",
        "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
        "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
        "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
        "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
        "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE",
        "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
        "STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
        "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
        "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
        "STATEMENT_CATEGORY_SELF_HARM",
        "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS",
        "STATEMENT_CATEGORY_VIOLENCE",
    )
)

KEYWORDS: frozenset[str] = frozenset(
    (
        "KEYWORD_ADULT_SEXUAL_MATERIAL",
        "KEYWORD_AGE_SPECIFIC_RESTRICTIONS",
        "KEYWORD_AGE_SPECIFIC_RESTRICTIONS_MINORS",
        "KEYWORD_ANIMAL_HARM",
        "KEYWORD_BIOMETRIC_DATA_BREACH",
        "KEYWORD_BULLYING_AGAINST_GIRLS",
        "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL",
        "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE",
        "KEYWORD_CONTENT_PROMOTING_EATING_DISORDERS",
        "KEYWORD_COORDINATED_HARM",
        "KEYWORD_COPYRIGHT_INFRINGEMENT",
        "KEYWORD_CYBER_BULLYING_INTIMIDATION",
        "KEYWORD_CYBER_HARASSMENT",
        "KEYWORD_CYBER_HARASSMENT_AGAINST_WOMEN",
        "KEYWORD_CYBER_INCITEMENT",
        "KEYWORD_CYBER_STALKING",
        "KEYWORD_CYBER_STALKING_AGAINST_WOMEN",
        "KEYWORD_DATA_FALSIFICATION",
        "KEYWORD_DEFAMATION",
        "KEYWORD_DESIGN_INFRINGEMENT",
        "KEYWORD_DISCRIMINATION",
        "KEYWORD_FEMALE_GENDERED_DISINFORMATION",
        "KEYWORD_GEOGRAPHIC_INDICATIONS_INFRINGEMENT",
        "KEYWORD_GEOGRAPHICAL_REQUIREMENTS",
        "KEYWORD_GOODS_SERVICES_NOT_PERMITTED",
        "KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS",
        "KEYWORD_HATE_SPEECH",
        "KEYWORD_HIDDEN_ADVERTISEMENT",
        "KEYWORD_HUMAN_EXPLOITATION",
        "KEYWORD_HUMAN_TRAFFICKING",
        "KEYWORD_ILLEGAL_ORGANIZATIONS",
        "KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING",
        "KEYWORD_INAUTHENTIC_ACCOUNTS",
        "KEYWORD_INAUTHENTIC_LISTINGS",
        "KEYWORD_INAUTHENTIC_USER_REVIEWS",
        "KEYWORD_INCITEMENT_AGAINST_WOMEN",
        "KEYWORD_INCITEMENT_VIOLENCE_HATRED",
        "KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS",
        "KEYWORD_LANGUAGE_REQUIREMENTS",
        "KEYWORD_MISINFORMATION_DISINFORMATION",
        "KEYWORD_MISLEADING_INFO_CONSUMER_RIGHTS",
        "KEYWORD_MISLEADING_INFO_GOODS_SERVICES",
        "KEYWORD_MISSING_PROCESSING_GROUND",
        "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING",
        "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING_AGAINST_WOMEN",
        "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE",
        "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN",
        "KEYWORD_NONCOMPLIANCE_PRICING",
        "KEYWORD_NUDITY",
        "KEYWORD_PATENT_INFRINGEMENT",
        "KEYWORD_PHISHING",
        "KEYWORD_PROHIBITED_PRODUCTS",
        "KEYWORD_PYRAMID_SCHEMES",
        "KEYWORD_RIGHT_TO_BE_FORGOTTEN",
        "KEYWORD_RISK_ENVIRONMENTAL_DAMAGE",
        "KEYWORD_RISK_PUBLIC_HEALTH",
        "KEYWORD_SELF_MUTILATION",
        "KEYWORD_STALKING",
        "KEYWORD_SUICIDE",
        "KEYWORD_TERRORIST_CONTENT",
        "KEYWORD_TRADE_SECRET_INFRINGEMENT",
        "KEYWORD_TRADEMARK_INFRINGEMENT",
        "KEYWORD_TRAFFICKING_WOMEN_GIRLS",
        "KEYWORD_UNLAWFUL_SALE_ANIMALS",
        "KEYWORD_UNSAFE_CHALLENGES",
        "KEYWORD_UNSAFE_PRODUCTS",
        "KEYWORD_VIOLATION_EU_LAW",
        "KEYWORD_VIOLATION_NATIONAL_LAW",
        "KEYWORD_OTHER",
    )
)

PUID_RE = re.compile(r"^[a-zA-Z0-9\-_]+$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# The DSA Transparency Database takes no personal data: quotes and reasons can carry an
# e-mail address or a phone number (the off-platform-contact policies quote exactly that).
_PERSONAL = (
    (re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"), "[e-mail]"),
    (
        re.compile(
            r"(?<![0-9０-９])[0０][0-9０-９]{1,4}[-‐－ー]?[0-9０-９]{1,4}[-‐－ー]?[0-9０-９]{3,4}(?![0-9０-９])"
        ),
        "[phone]",
    ),
)


def _mask(text: str) -> str:
    """Blank e-mail addresses and phone numbers out of exported text.

    >>> _mask("contact a.b@example.jp or 090-1234-5678")
    'contact [e-mail] or [phone]'
    """
    for pattern, repl in _PERSONAL:
        text = pattern.sub(repl, text)
    return text


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _dsa_mapping(
    statement: Mapping[str, Any],
) -> tuple[str, str | None, list[str], list[Mapping[str, Any]]]:
    """Ground, category, keywords and the laws that carry a DSA mapping."""
    mapped = [law for law in statement.get("legal_basis") or [] if law.get("dsa")]
    ground = "DECISION_GROUND_INCOMPATIBLE_CONTENT"
    category: str | None = None
    keywords: list[str] = []
    for law in mapped:
        dsa = law["dsa"]
        g = str(dsa.get("ground") or "")
        if g and not g.startswith("DECISION_GROUND_"):
            g = "DECISION_GROUND_" + g
        if g == "DECISION_GROUND_ILLEGAL_CONTENT":
            ground = g
        if category is None and dsa.get("category") in CATEGORIES:
            category = str(dsa["category"])
        for k in dsa.get("keywords") or []:
            if k in KEYWORDS and k not in keywords:
                keywords.append(str(k))
    return ground, category, keywords, mapped


def to_dsa(statement: Mapping[str, Any]) -> dict[str, Any]:
    """The DSA statement-of-reasons object for a stored mamori statement."""
    action = statement["action"]
    kind = str(action["type"])
    out: dict[str, Any] = {}
    out.update(_DECISIONS[kind])
    ground, category, keywords, mapped = _dsa_mapping(statement)
    policy = statement.get("policy")
    contract = (
        f"Terms of service, policy {policy['id']} version {policy['version']}"
        if policy
        else "Seller terms: penalty point system (repeated violations)"
    )
    reason_en = _mask(str((statement.get("reason") or {}).get("en") or ""))
    out["decision_ground"] = ground
    if ground == "DECISION_GROUND_ILLEGAL_CONTENT":
        laws = "; ".join(
            f"{law['law'].get('en', law['id'])} {law.get('article', '')}".strip() for law in mapped
        )
        out["illegal_content_legal_ground"] = _cut(laws, 500)
        out["illegal_content_explanation"] = _cut(reason_en or contract, 2000)
    else:
        out["incompatible_content_ground"] = _cut(contract, 500)
        out["incompatible_content_explanation"] = _cut(reason_en or contract, 2000)
        if mapped:
            out["incompatible_content_illegal"] = "No"
    entity_type = str(action.get("entity_type") or "")
    content_types = _CONTENT_TYPES.get(entity_type)
    if content_types is None:
        out["content_type"] = ["CONTENT_TYPE_OTHER"]
        out["content_type_other"] = "Seller account on an online marketplace"
    else:
        out["content_type"] = list(content_types)
    out["category"] = category or "STATEMENT_CATEGORY_OTHER_VIOLATION_TC"
    if keywords:
        out["category_specification"] = keywords
    out["content_language"] = "ja"
    out["content_date"] = str(statement.get("content_date") or action["from"][:10])
    out["application_date"] = str(action["from"])[:10]
    until = action.get("until")
    if kind != "warn":
        out[_END_DATE_FIELD[kind]] = str(until)[:10] if until else None
    facts = [f"Action: {statement['action']['label']['en']}.", f"Reason: {reason_en}"]
    quotes = [f'{f["field"]}: "{_mask(str(f["quote"]))}"' for f in statement.get("facts") or []]
    if quotes:
        facts.append("Evidence quoted from the content: " + "; ".join(quotes) + ".")
    facts.append(f"Basis: {contract}.")
    out["decision_facts"] = _cut(" ".join(facts), 5000)
    out["source_type"] = "SOURCE_VOLUNTARY"  # own-initiative detection; no notifier identity
    automated = statement.get("automated") or {}
    out["automated_detection"] = "Yes" if automated.get("detection") else "No"
    if automated.get("decision"):
        out["automated_decision"] = "AUTOMATED_DECISION_FULLY"
    elif automated.get("detection"):
        out["automated_decision"] = "AUTOMATED_DECISION_PARTIALLY"
    else:
        out["automated_decision"] = "AUTOMATED_DECISION_NOT_AUTOMATED"
    out["puid"] = str(statement["action_id"])
    return out


def _valid_date(value: Any, lo: str, hi: str) -> bool:
    if not isinstance(value, str) or not _DATE_RE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return lo <= value <= hi


def validate(obj: Mapping[str, Any], rules: Mapping[str, Any]) -> list[str]:
    """Every way ``obj`` breaks the Transparency Database rules (empty list = accepted).

    ``rules`` is the parsed rules file (required fields, one-of-required, enums).
    """
    problems: list[str] = []
    enums: Mapping[str, list[str]] = rules["enums"]
    for name in rules["required"]:
        if obj.get(name) in (None, "", []):
            problems.append(f"{name}: required")
    if not any(obj.get(n) not in (None, "", []) for n in rules["one_of_required"]):
        problems.append("one of " + ", ".join(rules["one_of_required"]) + " is required")
    for name in obj:
        if name not in ALLOWED_FIELDS:
            problems.append(f"{name}: not a field of the DSA statement API")
    for name, (enum, is_array) in FIELD_ENUMS.items():
        if name not in obj or obj[name] is None:
            continue
        value = obj[name]
        values = value if is_array else [value]
        if is_array and (not isinstance(value, list) or not value):
            problems.append(f"{name}: must be a non-empty array")
            continue
        for v in values:
            if v not in enums[enum]:
                problems.append(f"{name}: {v!r} is not one of {enum}")
    for name, limit in MAX_LEN.items():
        v = obj.get(name)
        if v is not None and (not isinstance(v, str) or len(v) > limit):
            problems.append(f"{name}: must be a string of at most {limit} characters")
    for name, (lo, hi) in DATE_RANGES.items():
        if name in obj and obj[name] is not None and not _valid_date(obj[name], lo, hi):
            problems.append(f"{name}: must be Y-m-d within {lo}..{hi}")
    puid = obj.get("puid")
    if isinstance(puid, str) and not PUID_RE.match(puid):
        problems.append("puid: only [a-zA-Z0-9-_] allowed")
    if "DECISION_VISIBILITY_OTHER" in (obj.get("decision_visibility") or []) and not obj.get(
        "decision_visibility_other"
    ):
        problems.append("decision_visibility_other: required with DECISION_VISIBILITY_OTHER")
    if obj.get("decision_monetary") == "DECISION_MONETARY_OTHER" and not obj.get(
        "decision_monetary_other"
    ):
        problems.append("decision_monetary_other: required with DECISION_MONETARY_OTHER")
    if "CONTENT_TYPE_OTHER" in (obj.get("content_type") or []) and not obj.get(
        "content_type_other"
    ):
        problems.append("content_type_other: required with CONTENT_TYPE_OTHER")
    ground = obj.get("decision_ground")
    if ground == "DECISION_GROUND_ILLEGAL_CONTENT":
        for f in ("illegal_content_legal_ground", "illegal_content_explanation"):
            if not obj.get(f):
                problems.append(f"{f}: required for illegal content")
    if ground == "DECISION_GROUND_INCOMPATIBLE_CONTENT":
        for f in ("incompatible_content_ground", "incompatible_content_explanation"):
            if not obj.get(f):
                problems.append(f"{f}: required for incompatible content")
    if obj.get("source_type") == "SOURCE_VOLUNTARY" and "source_identity" in obj:
        problems.append("source_identity: excluded when source_type is SOURCE_VOLUNTARY")
    scope = obj.get("territorial_scope")
    if scope is not None:
        eea = set(_EEA)
        if not isinstance(scope, list) or any(c not in eea for c in scope):
            problems.append("territorial_scope: only EU/EEA ISO-3166 alpha-2 codes")
    lang = obj.get("content_language")
    if lang is not None and (
        not isinstance(lang, str) or not re.match(r"^[a-z]{2}$", lang.lower())
    ):
        problems.append("content_language: must be ISO 639-1")
    cid = obj.get("content_id")
    if cid is not None:
        ean = cid.get("EAN-13") if isinstance(cid, dict) else None
        if not (isinstance(ean, str) and re.fullmatch(r"\d{13}", ean)):
            problems.append("content_id: EAN-13 must be 13 digits")
    return problems


_EEA = [
    "AT",
    "BE",
    "BG",
    "HR",
    "CY",
    "CZ",
    "DK",
    "EE",
    "FI",
    "FR",
    "DE",
    "GR",
    "HU",
    "IE",
    "IT",
    "LV",
    "LT",
    "LU",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SK",
    "SI",
    "ES",
    "SE",
    "IS",
    "LI",
    "NO",
]
