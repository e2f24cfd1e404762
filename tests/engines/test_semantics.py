"""SQL corner cases, each evaluated by both engines and compared with DuckDB's answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from .harness import make_pack, policy, run_both, typed, write_text_files

CASES = [
    # (condition, row, expected hit)
    ("price // 2 = -3", {"price": -7}, True),  # truncation toward zero
    ("price % 3 = -1", {"price": -7}, True),  # sign of the dividend
    ("blade_length_cm % 2 = -1.5", {"blade_length_cm": -7.5}, True),
    ("(price / 0) IS NULL", {"price": 1}, True),  # division by zero → NULL
    ("(price // 0) IS NULL", {"price": 1}, True),
    ("price / 2 = 0.5", {"price": 1}, True),  # `/` is float division
    ("blade_length_cm // 2 = -3.75", {"blade_length_cm": -7.5}, True),  # `//` on a double divides
    ("NOT (price > 1)", {"price": None}, False),  # NOT NULL → NULL
    ("price > 1 OR TRUE", {"price": None}, True),
    ("price > 1 AND FALSE", {"price": None}, False),
    ("price IN (1, NULL)", {"price": 2}, False),  # NULL, not FALSE: NOT of it is also no hit
    ("NOT (price IN (1, NULL))", {"price": 2}, False),
    ("price NOT IN (1, 3)", {"price": 2}, True),
    ("price BETWEEN NULL AND 1", {"price": 5}, False),
    ("NOT (price BETWEEN NULL AND 1)", {"price": 5}, True),  # x >= NULL AND x <= 1 → FALSE
    ("title LIKE 'a_c'", {"title": "a日c"}, True),  # _ is one character
    ("title LIKE 'a\\%'", {"title": "a%"}, False),  # no escape character
    ("title LIKE 'a\\%'", {"title": "a\\%"}, True),
    ("title LIKE 'a%'", {"title": "a\nb"}, True),
    ("title ILIKE 'ABC%'", {"title": "abcdef"}, True),
    ("lower(title) = 'i'", {"title": "İ"}, True),
    ("lower(title) = 'ασ'", {"title": "ΑΣ"}, True),  # no final-sigma rule
    ("length(title) = 2", {"title": "e\u0301"}, True),  # code points
    ("title > 'B'", {"title": "a"}, True),  # binary collation
    ("concat(title, NULL) = ''", {"title": None}, True),
    ("concat_ws('-', title, brand) = 'x'", {"title": "x", "brand": None}, True),
    ("(title || brand) IS NULL", {"title": "x", "brand": None}, True),
    ("coalesce(list_price, price) = 5", {"list_price": None, "price": 5}, True),
    (
        "CASE WHEN price > 1 THEN 1 ELSE 2.5 END // 2 = 0.5",
        {"price": 5},
        True,
    ),  # CASE unifies to DOUBLE
    ("CASE price WHEN 1 THEN TRUE WHEN NULL THEN TRUE END", {"price": None}, False),
    ("created_at >= '2026-01-01'", {"created_at": None}, False),
    ("psc_mark = FALSE", {"psc_mark": False}, True),
    ("cardinality(lexicon_terms(title, 'd.disease')) = 2", {"title": "糖尿病と癌とガン"}, True),
    ("NOT lexicon_hit(description, 'd.disease')", {"description": None}, False),  # NULL text → NULL
    ("near(title, 'd.disease', 'd.cure', 0)", {"title": "糖尿病治る"}, True),
    ("near(title, 'd.disease', 'd.cure', 2)", {"title": "糖尿病がすぐ治る"}, False),
    ("lexicon_hit(without(title, 'd.allowed'), 'd.disease')", {"title": "肌荒れを防ぐ"}, False),
    ("in_list(brand, 'd.brands')", {"brand": "ｇｕｃｃｉ"}, True),
]


@pytest.fixture(scope="module")
def files(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, dict[str, Path], dict[str, Path]]:
    root = tmp_path_factory.mktemp("sem")
    lex, lists = write_text_files(root)
    return root, lex, lists


@pytest.mark.parametrize(("sql", "row", "expected"), CASES, ids=[c[0] for c in CASES])
def test_corner_case(
    files: tuple[Path, dict[str, Path], dict[str, Path]],
    sql: str,
    row: dict[str, object],
    expected: bool,
) -> None:
    root, lex, lists = files
    tree = typed(sql)
    assert tree is not None, sql
    pack = make_pack(root, [policy(0, tree, sql)], lex, lists)
    realtime, batch = run_both(pack, [{"id": "e1", **row}])
    assert realtime == batch
    assert bool(realtime) == expected


LENGTH_TEXTS = [
    "",
    "ab",
    "abc",
    "日本",
    "日本語",
    "👨‍👩‍👧",
    "e\u0301",
    "ｶﾞｶﾞ",
    "a" * 7,
    "語" * 7,
    None,
]


@pytest.mark.parametrize("op", ["<", "<=", ">", ">=", "=", "!="])
@pytest.mark.parametrize("k", [0, 1, 2, 3, 5, 7, 8])
def test_length_bounds_from_byte_length(
    files: tuple[Path, dict[str, Path], dict[str, Path]], op: str, k: int
) -> None:
    """``length(s) < k`` decided from strlen where it can be: DuckDB's ``length`` is the
    oracle, on ASCII, 3- and 4-byte characters, ZWJ sequences and combining marks, with
    the literal on either side."""
    import duckdb

    root, lex, lists = files
    rows = [{"id": f"e{i}", "title": t} for i, t in enumerate(LENGTH_TEXTS)]
    for sql in (f"length(title) {op} {k}", f"{k} {op} length(title)"):
        tree = typed(sql)
        assert tree is not None, sql
        pack = make_pack(root, [policy(0, tree, sql)], lex, lists)
        realtime, batch = run_both(pack, rows)
        assert realtime == batch, sql
        con = duckdb.connect()
        want = [
            r["id"]
            for r in rows
            if con.execute(
                f"SELECT ({sql.replace('title', '?')}) IS TRUE", [r["title"]]
            ).fetchone()[0]  # type: ignore[index]
        ]
        assert sorted({h[0] for h in batch}) == sorted(want), sql


def test_evidence_lists_each_span_once(
    files: tuple[Path, dict[str, Path], dict[str, Path]],
) -> None:
    """Two positive calls reading the same span (the title alone and inside a
    concatenation) quote it once, on both engines."""
    root, lex, lists = files
    sql = (
        "lexicon_hit(title, 'd.disease') "
        "AND lexicon_hit(concat_ws(' ', title, description), 'd.disease')"
    )
    tree = typed(sql)
    assert tree is not None
    pack = make_pack(root, [policy(0, tree, sql)], lex, lists)
    realtime, batch = run_both(pack, [{"id": "e1", "title": "糖尿病に", "description": "癌"}])
    assert realtime == batch
    [(_, _, evidence)] = realtime
    assert len(evidence) == len(set(evidence)), evidence
    assert ("title", "糖尿病", 0, 3) in evidence and ("description", "癌", 0, 1) in evidence
