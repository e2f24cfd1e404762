"""Hypothesis: generated conditions × generated entities → identical hits and evidence
on the realtime engine (generated Python) and on DuckDB (the SQL-semantics oracle)."""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .harness import make_pack, policy, run_both, typed, write_text_files

MAX_EXAMPLES = int(os.environ.get("MAMORI_DIFF_EXAMPLES", "60"))

ODD = [
    "",
    "a",
    "A",
    "日本",
    "İ",
    "ß",
    "Σας",
    "ǅ",
    "é",
    "e\u0301",
    "%",
    "_",
    "\\",
    "a\nb",
    "🍣",
    "ﾃｽﾄ",
    " ",
    "'",
    "K",
]
TEXTS = [
    "飲むだけで糖尿病が治る",
    "糖 尿 病 が 治 る",
    "ﾄｳﾆｮｳﾋﾞｮｳ",
    "花粉症を予防",
    "肌荒れを防ぐ化粧水",
    "肌荒れを防ぐ。アトピーが治る",
    "がんに効く",
    "ダイエットで痩せる",
    "痩\u200bせる",
    "お問い合わせ 090-1234-5678",
    "GUCCI",
    "ＧＵＣＣＩ",
    "gucci",
    "シャネル",
    "普通の説明",
    "SALE 50%OFF",
    "価格は1000円",
]
STRINGS = st.one_of(
    st.none(), st.sampled_from(TEXTS + ODD), st.text(alphabet="aA日本%_ ｱ", max_size=5)
)
INTS = st.one_of(st.none(), st.integers(-20, 2000))
FLOATS = st.one_of(st.none(), st.floats(-100, 100, allow_nan=False).map(lambda x: round(x, 3)))

STR_FIELDS = ["title", "description", "brand", "category", "seller.status", "product_type"]
INT_FIELDS = ["price", "list_price", "stock", "price.days_at_list_price_56d"]
FLOAT_FIELDS = ["blade_length_cm", "alcohol_abv", "seller.rating"]
BOOL_FIELDS = ["psc_mark", "sg_mark"]
LITS = [
    "''",
    "'a'",
    "'A'",
    "'日本'",
    "'İ'",
    "'ß'",
    "'Σας'",
    "'K'",
    "'糖尿病が治る'",
    "'GUCCI'",
    "NULL",
]
PATTERNS = ["'%'", "'a%'", "'%日本%'", "'_'", "'%A_'", "'%\\%'", "'%糖尿病%'", "'k'", "'σ%'", "''"]
TEXT_SOURCES = [
    "title",
    "description",
    "concat_ws(' ', title, description)",
    "coalesce(description, title)",
    "concat(title, brand)",
    "without(description, 'd.allowed')",
    "coalesce(description, '')",
    "CASE WHEN price > 100 THEN title ELSE description END",
]


@functools.cache
def num(depth: int) -> st.SearchStrategy[str]:
    leaf = st.one_of(
        st.sampled_from(INT_FIELDS + FLOAT_FIELDS),
        st.integers(-5, 500).map(str),
        st.sampled_from(["0", "1.5", "0.25", "-2.5", "NULL"]),
        st.sampled_from(
            [
                "length(title)",
                "length(lower(description))",
                "cardinality(lexicon_terms(concat_ws(' ', title, description), 'd.disease'))",
            ]
        ),
    )
    if depth <= 0:
        return leaf
    sub = num(depth - 1)
    return st.one_of(
        leaf,
        st.tuples(sub, st.sampled_from(["+", "-", "*", "/", "//", "%"]), sub).map(
            lambda t: f"({t[0]} {t[1]} {t[2]})"
        ),
        sub.map(lambda x: f"(-{x})"),
        st.tuples(sub, sub).map(lambda t: f"coalesce({t[0]}, {t[1]})"),
        st.tuples(boolean(depth - 1), sub, sub).map(
            lambda t: f"CASE WHEN {t[0]} THEN {t[1]} ELSE {t[2]} END"
        ),
    )


@functools.cache
def string(depth: int) -> st.SearchStrategy[str]:
    leaf = st.one_of(st.sampled_from(STR_FIELDS), st.sampled_from(LITS))
    if depth <= 0:
        return leaf
    sub = string(depth - 1)
    return st.one_of(
        leaf,
        sub.map(lambda x: f"lower({x})"),
        st.tuples(sub, sub).map(lambda t: f"concat({t[0]}, {t[1]})"),
        st.tuples(sub, sub).map(lambda t: f"concat_ws('・', {t[0]}, {t[1]})"),
        st.tuples(sub, sub).map(lambda t: f"({t[0]} || {t[1]})"),
        st.tuples(sub, sub).map(lambda t: f"coalesce({t[0]}, {t[1]})"),
    )


@functools.cache
def boolean(depth: int) -> st.SearchStrategy[str]:
    textfn = st.one_of(
        st.tuples(
            st.sampled_from(TEXT_SOURCES), st.sampled_from(["d.disease", "d.cure", "d.slim"])
        ).map(lambda t: f"lexicon_hit({t[0]}, '{t[1]}')"),
        st.tuples(st.sampled_from(TEXT_SOURCES), st.integers(0, 12)).map(
            lambda t: f"near({t[0]}, 'd.disease', 'd.cure', {t[1]})"
        ),
        st.sampled_from(TEXT_SOURCES).map(lambda s: f"allowed_claim({s}, 'd.allowed')"),
        st.sampled_from(
            [
                "in_list(brand, 'd.brands')",
                "regexp_like(description, '[0-9]{3}-[0-9]{4}')",
                "regexp_like(concat_ws(' ', title, brand), '(?i)gucci')",
            ]
        ),
    )
    cmp = st.sampled_from(["=", "!=", "<", "<=", ">", ">="])
    leaf = st.one_of(
        st.sampled_from([*BOOL_FIELDS, "TRUE", "FALSE", "NULL"]),
        textfn,
        st.tuples(num(0), cmp, num(max(depth - 1, 0))).map(lambda t: f"{t[0]} {t[1]} {t[2]}"),
        st.tuples(string(1), cmp, string(0)).map(lambda t: f"{t[0]} {t[1]} {t[2]}"),
        st.tuples(
            string(1),
            st.sampled_from(["LIKE", "NOT LIKE", "ILIKE", "NOT ILIKE"]),
            st.sampled_from(PATTERNS),
        ).map(lambda t: f"{t[0]} {t[1]} {t[2]}"),
        st.tuples(
            string(0), st.booleans(), st.lists(st.sampled_from(LITS), min_size=1, max_size=3)
        ).map(lambda t: f"{t[0]} {'NOT ' if t[1] else ''}IN ({', '.join(t[2])})"),
        st.tuples(num(0), st.booleans(), num(0), num(0)).map(
            lambda t: f"{t[0]} {'NOT ' if t[1] else ''}BETWEEN {t[2]} AND {t[3]}"
        ),
        st.tuples(st.sampled_from(STR_FIELDS + INT_FIELDS + FLOAT_FIELDS), st.booleans()).map(
            lambda t: f"{t[0]} IS {'NOT ' if t[1] else ''}NULL"
        ),
    )
    if depth <= 0:
        return leaf
    sub = boolean(depth - 1)
    return st.one_of(
        leaf,
        st.tuples(sub, st.sampled_from(["AND", "OR"]), sub).map(
            lambda t: f"({t[0]} {t[1]} {t[2]})"
        ),
        sub.map(lambda x: f"NOT ({x})"),
        st.tuples(sub, sub, sub).map(lambda t: f"CASE WHEN {t[0]} THEN {t[1]} ELSE {t[2]} END"),
    )


ROW = st.fixed_dictionaries(
    {
        "title": STRINGS,
        "description": STRINGS,
        "brand": STRINGS,
        "category": STRINGS,
        "product_type": STRINGS,
        "price": INTS,
        "list_price": INTS,
        "stock": INTS,
        "blade_length_cm": FLOATS,
        "alcohol_abv": FLOATS,
        "psc_mark": st.one_of(st.none(), st.booleans()),
        "sg_mark": st.one_of(st.none(), st.booleans()),
        "seller__status": STRINGS,
        "seller__rating": FLOATS,
        "price__days_at_list_price_56d": INTS,
    }
)


@pytest.fixture(scope="module")
def text_files(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, dict[str, Path], dict[str, Path]]:
    root = tmp_path_factory.mktemp("diffpack")
    lex, lists = write_text_files(root)
    return root, lex, lists


@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    conditions=st.lists(boolean(3), min_size=1, max_size=6),
    rows=st.lists(ROW, min_size=1, max_size=25),
)
def test_realtime_equals_duckdb(
    text_files: tuple[Path, dict[str, Path], dict[str, Path]],
    conditions: list[str],
    rows: list[dict[str, Any]],
) -> None:
    root, lex, lists = text_files
    policies = []
    for i, sql in enumerate(conditions):
        tree = typed(sql)
        if tree is not None:
            policies.append(policy(i, tree, sql))
    if not policies:
        return
    for i, r in enumerate(rows):
        r["id"] = f"e{i}"
    pack = make_pack(root, policies, lex, lists)
    realtime, batch = run_both(pack, rows)
    assert realtime == batch, "\n".join(p.when_sql for p in policies)
