"""mamori.text: evasion-resistant Japanese text matching with evidence spans.

``normalize`` folds text into a skeleton with an offset map back to the original;
``lexicon`` loads lexicon and list files and compiles them into one matcher;
``functions`` holds the policy-facing functions (value + evidence); ``morph`` wraps
SudachiPy for rules that need lemmas. See docs/text.md.
"""

from __future__ import annotations

from mamori.text.functions import Result, TextEnv, TextEvidence, TextView
from mamori.text.lexicon import LexiconSet, ListSet, Match, TextMatcher

# ``normalize`` (the function) is not re-exported: it would shadow the submodule of the
# same name as an attribute of this package. Import it from mamori.text.normalize.
from mamori.text.normalize import Normalized, normalize_many, skeleton

__all__ = [
    "LexiconSet",
    "ListSet",
    "Match",
    "Normalized",
    "Result",
    "TextEnv",
    "TextEvidence",
    "TextMatcher",
    "TextView",
    "normalize_many",
    "skeleton",
]
