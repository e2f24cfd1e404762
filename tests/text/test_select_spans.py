"""TextMatcher.select_spans picks the spans select() picks (leftmost-longest), on scans
of single texts and of columns, with overlapping and nested entries."""

from __future__ import annotations

import random

from mamori.text.lexicon import LexiconSet, TextMatcher
from mamori.text.normalize import normalize_many

LEXICONS = {
    "a": "あい|あいう\nいう\nうえお\nお\nかき|かきく\nきく\n",
    "b": "あいうえお\nく\nre:[かき]く?\n",
}


def test_select_spans_equals_select() -> None:
    matcher = TextMatcher(LexiconSet.from_texts(LEXICONS))
    rng = random.Random(4)
    texts = [
        "".join(rng.choice("あいうえおかきく。") for _ in range(rng.randint(0, 14)))
        for _ in range(300)
    ]
    norms = normalize_many(texts)
    column = matcher.scan_many(norms)
    single = [matcher.scan(n) for n in norms]
    chosen = 0
    for scans in (column, single):
        for scan in scans:
            for lex in LEXICONS:
                want = [(m.start, m.end) for m in matcher.select(scan, lex)]
                assert matcher.select_spans(scan, lex) == want
                chosen += len(want) > 1
    assert chosen > 100, "several matches per text, overlapping ones among them"
