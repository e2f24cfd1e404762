"""Every diagnostic code, at the right place, all at once, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from mamori.errors import DiagnosticsError
from mamori.policy import load_pack

from .helpers import POLICY, make_pack


def diagnostics(tmp_path: Path, text: str, **kw: object) -> list[tuple[str, int, str]]:
    make_pack(tmp_path, {"p.yaml": text}, **kw)  # type: ignore[arg-type]
    with pytest.raises(DiagnosticsError) as info:
        load_pack(tmp_path)
    return [
        (d.code, d.span.line, d.message + " | " + (d.hint or "")) for d in info.value.diagnostics
    ]


def codes(tmp_path: Path, text: str) -> list[str]:
    return [c for c, _, _ in diagnostics(tmp_path, text)]


def test_valid_pack_loads(tmp_path: Path) -> None:
    pack = load_pack(make_pack(tmp_path))
    assert [p.id for p in pack.policies] == ["t.disease"]
    assert len(pack.policies[0].hash) == 64


@pytest.mark.parametrize(
    ("old", "new", "code", "line"),
    [
        ("when: >\n  category", "when: >\n  categroy", "E101", 7),
        ("version: 1", "version: one", "E005", 2),
        ("status: active", "status: activ", "E006", 4),
        ("severity: high", "severity: severe", "E006", 9),
        ("action: delist", "action: suspend", "E013", 10),
        ("action: delist", "action: explode", "E006", 10),
        ("points: 3", "points: 1000", "E009", 11),
        ("points: 3", "points: many", "E005", 11),
        ("id: t.disease", "id: T Disease", "E008", 1),
        ("legal_basis: [t.law.a]", "legal_basis: [t.law.b]", "E011", 12),
        ('reason: {ja: "「{evidence}」", en', 'reason: {ja: "「{evidense}」", en', "E012", 13),
        ("title: {ja: 病気, en: Disease}", "title: {ja: 病気}", "E010", 5),
        ("applies_to: listing", "applies_to: listings", "E006", 3),
        ("'t.disease', 't.cure', 10)", "'t.disease', 't.cures', 10)", "E105", 8),
        ("'t.disease', 't.cure', 10)", "'t.disease', 't.cure', 'ten')", "E107", 8),
        ("'t.disease', 't.cure', 10)", "'t.disease', 't.cure', 10, 11)", "E023", 8),
        ("category IN ('food', 'health_food')", "category > 3", "E103", 7),
        ("category IN ('food', 'health_food')", "price", "E104", 7),
        ("category IN ('food', 'health_food')", "selller.status = 'x'", "E102", 7),
        ("category IN ('food', 'health_food')", "seller.statuz = 'x'", "E101", 7),
        ("category IN ('food', 'health_food')", "title LIKE brand", "E110", 7),
        ("category IN ('food', 'health_food')", "regexp_like(title, '(a')", "E108", 7),
        ("category IN ('food', 'health_food')", "in_list(brand, 't.brandz')", "E106", 7),
        ("category IN ('food', 'health_food')", "lexicon_hit(lower(title), 't.cure')", "E109", 7),
        ("category IN ('food', 'health_food')", "length(without(title, 't.cure')) > 1", "E109", 7),
        ("hit: [{category: food", "hit: [{category: fod", "E121", 15),
        ("hit: [{category: food", "hit: [{price: cheap, category: food", "E121", 15),
        ("examples:", "exampels:", "E004", 14),
    ],
)
def test_each_problem_is_reported_where_it_is(
    tmp_path: Path, old: str, new: str, code: str, line: int
) -> None:
    assert old in POLICY
    found = diagnostics(tmp_path, POLICY.replace(old, new, 1))
    assert (code, line) in [(c, ln) for c, ln, _ in found], found


def test_did_you_mean_hints(tmp_path: Path) -> None:
    found = diagnostics(tmp_path, POLICY.replace("category IN", "categroy IN"))
    assert any("did you mean 'category'?" in m for _, _, m in found)


def test_all_problems_at_once(tmp_path: Path) -> None:
    broken = (
        POLICY.replace("severity: high", "severity: severe")
        .replace("points: 3", "points: -1")
        .replace("category IN", "categroy IN")
    )
    assert sorted(codes(tmp_path, broken)) == ["E006", "E009", "E101"]


def test_missing_keys_and_duplicate_ids(tmp_path: Path) -> None:
    text = (
        "- "
        + POLICY.replace("\n", "\n  ").rstrip()
        + "\n- "
        + POLICY.replace("\n", "\n  ").rstrip()
        + "\n- {id: t.other}\n"
    )
    found = codes(tmp_path, text)
    assert found.count("E007") == 1
    assert found.count("E003") == 9  # the third policy lacks 9 required keys


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("id: [unclosed\n", "E001"),
        ("just a string\n", "E002"),
        ("- 1\n- 2\n", "E002"),
        ("", "E002"),
    ],
)
def test_broken_files(tmp_path: Path, text: str, code: str) -> None:
    assert code in codes(tmp_path, text)


def test_broken_laws_reported_once(tmp_path: Path) -> None:
    found = diagnostics(tmp_path, POLICY, laws="- id: x\n  law: {ja: a, en: b}: c\n")
    assert [c for c, _, _ in found] == ["E001"]


def test_bad_ladder(tmp_path: Path) -> None:
    make_pack(tmp_path)
    (tmp_path / "ladder.yaml").write_text(
        "thresholds: [{points: 5, action: ban}]\n", encoding="utf-8"
    )
    with pytest.raises(DiagnosticsError) as info:
        load_pack(tmp_path)
    assert [d.code for d in info.value.diagnostics] == ["E131"]
    assert "ban" in info.value.diagnostics[0].message


def test_ladder_and_laws_are_loaded(tmp_path: Path) -> None:
    make_pack(tmp_path)
    (tmp_path / "ladder.yaml").write_text(
        "window_days: 180\nthresholds: [{points: 5, action: warn}, {points: 9, action: suspend, duration_days: 7}]\n",
        encoding="utf-8",
    )
    pack = load_pack(tmp_path)
    assert pack.ladder.window_days == 180
    assert [t.action for t in pack.ladder.thresholds] == ["warn", "suspend"]
    assert pack.laws["t.law.a"].law.en == "Test Act"


def test_unknown_pack_path() -> None:
    with pytest.raises(DiagnosticsError) as info:
        load_pack("no/such/pack")
    assert info.value.diagnostics[0].code == "E000"


def test_single_file_inside_a_pack_uses_its_lexicons(tmp_path: Path) -> None:
    make_pack(tmp_path)
    pack = load_pack(tmp_path / "policies" / "p.yaml")
    assert pack.policies[0].id == "t.disease"


def test_timestamp_literals_are_checked(tmp_path: Path) -> None:
    ok = POLICY.replace("category IN ('food', 'health_food')", "created_at >= '2026-01-01'")
    pack = load_pack(make_pack(tmp_path, {"p.yaml": ok}))
    assert pack.policies[0].when is not None
    bad = POLICY.replace("category IN ('food', 'health_food')", "created_at >= 'yesterday'")
    assert "E103" in codes(tmp_path, bad)
