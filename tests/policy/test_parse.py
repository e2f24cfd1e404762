from __future__ import annotations

import pytest
import yaml

from mamori.policy import ast
from mamori.policy.parse import parse_condition
from mamori.policy.raw import ScalarOrigin


def test_parses_every_allowed_construct() -> None:
    sql = (
        "price BETWEEN 1 AND 10 AND NOT (category IN ('a', 'b')) AND title IS NOT NULL "
        "AND title NOT LIKE '%x%' AND brand ILIKE 'a%' AND -price + 2 * 3 / 4 - 5 % 2 > price // 2 "
        "AND CASE WHEN price > 1 THEN true ELSE false END AND coalesce(list_price, 0) >= 0 "
        "AND concat_ws(' ', title, brand) || concat(title) = lower(title) AND length(title) > 1 "
        "AND CASE category WHEN 'food' THEN 1 ELSE 2 END = 1 AND seller.status = 'active'"
    )
    tree, diags = parse_condition(sql)
    assert diags == []
    kinds = {type(n).__name__ for n in ast.walk(tree)}  # type: ignore[arg-type]
    assert {
        "Between",
        "Not",
        "In",
        "IsNull",
        "Like",
        "Arith",
        "Neg",
        "Case",
        "Call",
        "FieldRef",
        "Compare",
    } <= kinds
    likes = [n for n in ast.walk(tree) if isinstance(n, ast.Like)]  # type: ignore[arg-type]
    assert [(x.negated, x.case_insensitive) for x in likes] == [(True, False), (False, True)]
    nulls = [n for n in ast.walk(tree) if isinstance(n, ast.IsNull)]  # type: ignore[arg-type]
    assert nulls[0].negated


@pytest.mark.parametrize(
    ("sql", "code", "needle"),
    [
        ("price > (SELECT max(price) FROM listings)", "E021", "subquery"),
        ("price IN (SELECT 1)", "E021", "subquery"),
        ("DROP TABLE listings", "E021", "DDL"),
        ("row_number() OVER (ORDER BY price) = 1", "E021", "window"),
        ("foo(price) > 1", "E022", "unknown function 'foo'"),
        ("upper(title) = 'A'", "E022", "not allowed"),
        ("price >", "E020", "syntax"),
        ("price > 1; DROP TABLE x", "E021", "several statements"),
        ("", "E020", "empty"),
        ("CAST(price AS VARCHAR) = '1'", "E021", "CAST"),
        ("price IS TRUE", "E021", "IS NULL"),
    ],
)
def test_rejects_outside_the_subset(sql: str, code: str, needle: str) -> None:
    tree, diags = parse_condition(sql)
    assert tree is None
    assert diags and diags[0].code == code
    assert needle.lower() in diags[0].message.lower()


def test_subquery_reported_once() -> None:
    _, diags = parse_condition("price > (SELECT 1)")
    assert len(diags) == 1


def test_positions_map_into_a_folded_yaml_scalar() -> None:
    source = "id: x\nwhen: >\n  price > 1\n  AND frobnicate(title)\n"
    node = yaml.compose(source, Loader=yaml.SafeLoader)
    when = node.value[1][1]
    origin = ScalarOrigin.of("p.yaml", source, when)
    _, diags = parse_condition(str(when.value), origin)
    assert [(d.span.line, d.span.col) for d in diags] == [(4, 7)]


@pytest.mark.parametrize(
    ("source", "line", "col"),
    [
        ('when: "price > 1 AND nope(x)"\n', 1, 22),
        ("when: price > 1 AND nope(x)\n", 1, 21),
        ("when: |\n    price > 1\n    AND nope(x)\n", 3, 9),
    ],
)
def test_positions_for_every_scalar_style(source: str, line: int, col: int) -> None:
    node = yaml.compose(source, Loader=yaml.SafeLoader).value[0][1]
    _, diags = parse_condition(str(node.value), ScalarOrigin.of("f.yaml", source, node))
    assert (diags[0].span.line, diags[0].span.col) == (line, col)
