"""without() derived from the unmasked scan: which sources qualify, and the same hits and
evidence as the realtime engine where it applies, where the mask does not compose and
where a lexicon read from the masked text is a regex."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path
from typing import Any

import pytest

import mamori.engines.textpass as textpass
from mamori.engines.duckdb import DuckDBEngine
from mamori.evaluate.textcalls import TextCalls, collect_calls, text_env
from mamori.text.functions import TextEnv
from mamori.text.lexicon import LexiconSet, TextMatcher

from .harness import LEXICONS, make_pack, policy, run_both, typed, write_text_files

DERIVED = "lexicon_hit(without(concat_ws(' ', title, description), 'd.allowed'), 'd.slim')"


def _derived_sources(env: TextEnv, conditions: list[str]) -> set[str]:
    trees = [typed(c) for c in conditions]
    assert all(t is not None for t in trees), conditions
    calls = list(collect_calls(t for t in trees if t is not None).values())
    tp = textpass.TextPass(calls, TextCalls(env))
    return {c.key for c in calls if c.source_key in tp.derived}


@pytest.fixture(scope="module")
def literal_env() -> TextEnv:
    return TextEnv(TextMatcher(LexiconSet.from_texts(LEXICONS)))


def test_lexicon_calls_on_a_without_source_are_derived(literal_env: TextEnv) -> None:
    near = "near(without(description, 'd.allowed'), 'd.disease', 'd.cure', 5)"
    assert len(_derived_sources(literal_env, [DERIVED, near])) == 2


@pytest.mark.parametrize(
    "other",
    [
        # the masked text is part of another source: its skeleton is needed
        "lexicon_hit(concat_ws(' ', title, without(concat_ws(' ', title, description), "
        "'d.allowed')), 'd.slim')",
        # a call reads the masked text itself
        "regexp_like(without(concat_ws(' ', title, description), 'd.allowed'), '痩')",
    ],
)
def test_masked_text_needed_elsewhere_is_not_derived(literal_env: TextEnv, other: str) -> None:
    assert not _derived_sources(literal_env, [DERIVED, other])


def test_a_nested_without_derives_the_outer_mask_only(literal_env: TextEnv) -> None:
    # the inner mask is masked again (its skeleton is needed); the outer one is read by
    # a lexicon call only
    nested = (
        "lexicon_hit(without(without(concat_ws(' ', title, description), 'd.allowed'), "
        "'d.cure'), 'd.slim')"
    )
    got = _derived_sources(literal_env, [DERIVED, nested])
    assert len(got) == 1 and "d.cure" in next(iter(got))


def test_a_regex_lexicon_read_from_the_mask_is_not_derived() -> None:
    env = TextEnv(TextMatcher(LexiconSet.from_texts({**LEXICONS, "d.slim": "re:痩せ.\n"})))
    assert not _derived_sources(env, [DERIVED])
    # a regex in the masking lexicon itself is fine: it is matched on the unmasked text
    env = TextEnv(TextMatcher(LexiconSet.from_texts({**LEXICONS, "d.allowed": "re:肌荒れを防.\n"})))
    assert _derived_sources(env, [DERIVED])


EDGES = ["", "ー", "ｰ", "ﾞ", "\u200b", " ", "。", "○", "力", "カ", "一", "a", "🌸", "\u0301"]
WORDS = ["糖尿病", "が治る", "肌荒れを防ぐ", "うるおいを与える", "痩せる", "ダイエット", "新品"]


def _text(rng: random.Random) -> str | None:
    if rng.random() < 0.05:
        return None
    words = [rng.choice(WORDS) for _ in range(rng.randint(0, 4))]
    return "".join(rng.choice(EDGES) + w for w in words) + rng.choice(EDGES)


@pytest.mark.parametrize("slim", [LEXICONS["d.slim"], "痩せる|やせる\nre:だ[いぃ]えっと\n"])
def test_derived_without_agrees_with_realtime(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, slim: str
) -> None:
    root = tmp_path
    lex, lists = write_text_files(root)
    # words inside the permitted wording: masking must hide them
    lex["d.slim"].write_text(slim + "うるおい\n", encoding="utf-8")
    lex["d.cure"].write_text(LEXICONS["d.cure"] + "防ぐ\n", encoding="utf-8")
    conditions = [
        DERIVED,
        "cardinality(lexicon_terms(without(description, 'd.allowed'), 'd.disease')) >= 1",
        "near(without(concat_ws(' ', title, description), 'd.allowed'), 'd.disease', "
        "'d.cure', 4) AND NOT allowed_claim(without(description, 'd.allowed'), 'd.slim')",
    ]
    policies = []
    for i, sql in enumerate(conditions):
        tree = typed(sql)
        assert tree is not None, sql
        policies.append(policy(i, tree, sql))
    # the matcher cache is keyed by the pack hash: one per lexicon content
    pack = dataclasses.replace(
        make_pack(root, policies, lex, lists), hash=f"without-derived-v2-{len(slim)}"
    )
    seen = {True: 0, False: 0}
    guard = textpass.masked_clean

    def counting(norm: Any, cuts: Any) -> bool:
        got = guard(norm, cuts)
        seen[got] += 1
        return got

    monkeypatch.setattr(textpass, "masked_clean", counting)
    rng = random.Random(5)
    rows = [
        {"id": f"e{i}", "title": _text(rng), "description": _text(rng), "price": 100}
        for i in range(500)
    ]
    realtime, batch = run_both(pack, rows)
    assert realtime == batch
    assert len({h[1] for h in batch}) == len(policies), "every policy hits somewhere"
    plan = DuckDBEngine(pack).plans["listing"]
    tp = textpass.TextPass(plan.calls, TextCalls(text_env(pack.lexicon_files, pack.list_files)))
    derived = {c.source_key for c in plan.calls if c.source_key in tp.derived}
    if slim == LEXICONS["d.slim"]:
        assert len(derived) == 2  # both without() sources
        assert seen[True] and seen[False], "clean and unclean masks both occur"
    else:  # d.slim is read from both masks and holds a regex: neither is derived
        assert not derived and not seen[True] and not seen[False]
