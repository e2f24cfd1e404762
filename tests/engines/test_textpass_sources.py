"""The text pass's column rules (views of joins, coalesce and without() made from their
parts' views, skeletons composed across clean joins and masks) give the realtime
engine's values and evidence, on texts whose joins and masks sit next to evasion tricks.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from .harness import make_pack, policy, run_both, typed, write_text_files

SOURCES = [
    "concat_ws(' ', title, description)",
    "without(concat_ws(' ', title, description), 'd.allowed')",
    "concat_ws('・', coalesce(brand, title), without(description, 'd.allowed'))",
    "concat(title, brand, description)",
    "without(without(concat_ws(' ', title, description), 'd.allowed'), 'd.cure')",
    "concat_ws(' ', CASE WHEN price > 100 THEN title ELSE brand END, description)",
    "coalesce(without(description, 'd.allowed'), title)",
]
CONDITIONS = [
    "near({s}, 'd.disease', 'd.cure', 3)",
    "lexicon_hit({s}, 'd.slim')",
    "cardinality(lexicon_terms({s}, 'd.disease')) >= 1",
    "lexicon_hit({s}, 'd.disease') AND NOT allowed_claim({s}, 'd.allowed')",
]
# Pieces that put evasion tricks at the ends of fields, i.e. at the joins.
EDGES = [
    "",
    "ー",
    "ーー",
    "ｰ",
    "ﾞ",
    "\u3099",
    "\u200b",
    "\ufeff",
    " ",
    "　",
    "。",
    "！",
    "○",
    "〇",
    "力",
    "カ",
    "口",
    "一",
    "a",
    "0",
    "🌸",
    "\u0301",
    "ᄀ",
    "ᅡ",
]
WORDS = [
    "糖尿病",
    "が治る",
    "肌荒れを防ぐ",
    "痩せる",
    "ダイエット",
    "サプリ",
    "ｻﾌﾟﾘ",
    "新品",
    "化粧水",
]


def _text(rng: random.Random) -> str | None:
    if rng.random() < 0.1:
        return None
    body = "".join(rng.choice(WORDS) for _ in range(rng.randint(0, 3)))
    return rng.choice(EDGES) + body + rng.choice(EDGES)


@pytest.fixture(scope="module")
def files(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, dict[str, Path], dict[str, Path]]:
    root = tmp_path_factory.mktemp("sources")
    lex, lists = write_text_files(root)
    return root, lex, lists


def test_nested_sources_agree_with_realtime(
    files: tuple[Path, dict[str, Path], dict[str, Path]], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, lex, lists = files
    policies = []
    for i, (src, cond) in enumerate((s, c) for s in SOURCES for c in CONDITIONS):
        sql = cond.format(s=src)
        tree = typed(sql)
        assert tree is not None, sql
        policies.append(policy(i, tree, sql))
    pack = make_pack(root, policies, lex, lists)
    rng = random.Random(11)
    rows = [
        {
            "id": f"e{i}",
            "title": _text(rng),
            "description": _text(rng),
            "brand": _text(rng),
            "price": rng.choice([50, 500, None]),
        }
        for i in range(400)
    ]
    realtime, batch = run_both(pack, rows)
    assert realtime == batch
    # and both equal normalising every joined and masked text from scratch
    import mamori.text.functions as functions

    monkeypatch.setattr(functions, "compose_concat", lambda sep, parts: None)
    monkeypatch.setattr(functions, "compose_masked", lambda masked, base, cuts: None)
    plain, _ = run_both(pack, rows)
    assert plain == batch
    assert len({h[1] for h in batch}) >= len(policies) // 2, "most policies hit somewhere"
