"""Bilingual texts: ``title`` and ``reason`` need both ``ja`` and ``en``."""

from __future__ import annotations

from mamori.errors import Diagnostic
from mamori.policy.check.context import CheckContext
from mamori.policy.raw import RawPolicy

LANGS: tuple[str, ...] = ("ja", "en")


def check(raw: RawPolicy, ctx: CheckContext) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for key in ("title", "reason"):
        if key not in raw.keys:
            continue
        value = raw.value(key)
        if not isinstance(value, dict):
            out.append(
                Diagnostic(
                    "E010",
                    f"{key!r} must be a mapping with 'ja' and 'en'",
                    raw.span_of(key),
                    f'e.g. `{key}: {{ja: "…", en: "…"}}` — Japanese and English side by side',
                )
            )
            continue
        for lang in LANGS:
            text = value.get(lang)
            if not isinstance(text, str) or not text.strip():
                out.append(
                    Diagnostic(
                        "E010",
                        f"{key!r} needs a non-empty {lang!r} text",
                        raw.span_of(key),
                        "every user-facing text is given in Japanese and English",
                    )
                )
        for extra in sorted(set(value) - set(LANGS)):
            hint = "only 'ja' and 'en'"
            if " " in str(extra) or value.get(extra) is None:
                hint = (
                    "a ': ' inside {…} starts a new key — quote the text, e.g. "
                    'en: "Claim: details" / 「: 」を含む文は引用符で囲んでください'
                )
            out.append(
                Diagnostic("E004", f"unknown language {extra!r} in {key!r}", raw.span_of(key), hint)
            )
    return out
