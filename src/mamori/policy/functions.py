"""The functions a policy condition may call, with their types.

Two families share one table so the type checker, code generator and SQL compiler agree:

* SQL built-ins (``coalesce``, ``concat_ws``, ``lower``…) compiled to native SQL in batch
  and to Python with DuckDB's semantics in realtime;
* mamori's text functions (``lexicon_hit``, ``near``…) computed by the text pass (batch)
  or directly (realtime) through :mod:`mamori.text.functions`, then referenced by SQL as
  columns. Their first argument is a *text source* — a field, or ``concat_ws``/``concat``/
  ``coalesce``/``without`` of fields — so evidence can point into the original field.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from mamori.policy.ast import Type


class Param(StrEnum):
    """What an argument position accepts."""

    ANY = "any"
    STRING = "string"
    TEXT = "text"  # a text source (field / concat of fields), see module docstring
    LEXICON = "lexicon"  # string literal naming a lexicon of the pack
    LIST = "list"  # string literal naming a list of the pack (lists/*.txt)
    INT_LITERAL = "int literal"
    PATTERN = "pattern"  # string literal, RE2 syntax
    STRING_LIST = "list<string>"


@dataclass(frozen=True, slots=True)
class Signature:
    name: str
    params: tuple[Param, ...]
    returns: Type
    variadic: bool = False  # the last param repeats
    min_args: int | None = None
    text: bool = False  # computed by the text pass (batch) rather than by SQL
    doc: str = ""
    example: str = ""

    @property
    def arity(self) -> str:
        if self.variadic:
            return f"at least {self.min_args if self.min_args is not None else len(self.params)}"
        return str(len(self.params))


FUNCTIONS: dict[str, Signature] = {
    s.name: s
    for s in (
        # -- text functions (mamori) --------------------------------------------------
        Signature(
            "lexicon_hit",
            (Param.TEXT, Param.LEXICON),
            Type.BOOL,
            text=True,
            doc="true when the normalised text contains a term of the lexicon",
            example="lexicon_hit(description, 'jp.disease_names')",
        ),
        Signature(
            "lexicon_terms",
            (Param.TEXT, Param.LEXICON),
            Type.STRING_LIST,
            text=True,
            doc="the distinct canonical terms of the lexicon found in the text (use with cardinality)",
            example="cardinality(lexicon_terms(description, 'jp.disease_names')) >= 2",
        ),
        Signature(
            "near",
            (Param.TEXT, Param.LEXICON, Param.LEXICON, Param.INT_LITERAL),
            Type.BOOL,
            text=True,
            doc="a term of lexicon A and a term of lexicon B at most `window` normalised characters apart",
            example="near(concat_ws(' ', title, description), 'jp.disease_names', 'jp.cure_verbs', 12)",
        ),
        Signature(
            "allowed_claim",
            (Param.TEXT, Param.LEXICON),
            Type.BOOL,
            text=True,
            doc="true when the text contains permitted wording from the lexicon (suppresses a hit)",
            example="NOT allowed_claim(description, 'jp.cosmetic_56')",
        ),
        Signature(
            "without",
            (Param.TEXT, Param.LEXICON),
            Type.STRING,
            text=True,
            doc="the text with permitted wording blanked out; only valid as another text function's text",
            example="lexicon_hit(without(description, 'jp.cosmetic_56'), 'jp.cure_verbs')",
        ),
        Signature(
            "in_list",
            (Param.TEXT, Param.LIST),
            Type.BOOL,
            text=True,
            doc="exact match of the normalised value against a list of the pack (lists/*.txt)",
            example="in_list(brand, 'jp.protected_brands')",
        ),
        Signature(
            "regexp_like",
            (Param.TEXT, Param.PATTERN),
            Type.BOOL,
            text=True,
            doc="RE2 regular expression search on the normalised text (bounded, linear time)",
            example="regexp_like(title, '[0-9]+%オフ')",
        ),
        # -- SQL built-ins --------------------------------------------------------------
        Signature(
            "coalesce",
            (Param.ANY,),
            Type.UNKNOWN,
            variadic=True,
            min_args=1,
            doc="the first non-NULL argument",
            example="coalesce(list_price, price) > 10000",
        ),
        Signature(
            "concat",
            (Param.STRING,),
            Type.STRING,
            variadic=True,
            min_args=1,
            doc="concatenation, NULL arguments skipped",
            example="concat(title, description)",
        ),
        Signature(
            "concat_ws",
            (Param.STRING, Param.STRING),
            Type.STRING,
            variadic=True,
            min_args=2,
            doc="concatenation with a separator, NULL arguments skipped (NULL separator → NULL)",
            example="concat_ws(' ', title, description)",
        ),
        Signature(
            "lower", (Param.STRING,), Type.STRING, doc="lower case", example="lower(brand) = 'acme'"
        ),
        Signature(
            "length",
            (Param.STRING,),
            Type.INT,
            doc="number of characters (code points)",
            example="length(description) < 20",
        ),
        Signature(
            "cardinality",
            (Param.STRING_LIST,),
            Type.INT,
            doc="number of elements of a list",
            example="cardinality(lexicon_terms(title, 'jp.disease_names')) >= 2",
        ),
    )
}

TEXT_FUNCTIONS: frozenset[str] = frozenset(n for n, s in FUNCTIONS.items() if s.text)
# Functions allowed to build a text source (the TEXT argument of a text function).
TEXT_SOURCE_FUNCTIONS: frozenset[str] = frozenset({"concat", "concat_ws", "coalesce", "without"})
