from __future__ import annotations

import json
from pathlib import Path

from mamori.policy import load_pack
from mamori.policy.diff import diff_packs, diff_policies
from mamori.policy.serde import canonical_json, policy_to_json

from .helpers import POLICY, make_pack


def test_hash_ignores_layout_but_not_meaning(tmp_path: Path) -> None:
    a = load_pack(make_pack(tmp_path / "a")).policies[0]
    relaid = POLICY.replace(
        "category IN ('food', 'health_food')\n  AND", "category IN ('food','health_food') AND"
    )
    b = load_pack(make_pack(tmp_path / "b", {"p.yaml": "# comment\n" + relaid})).policies[0]
    assert a.hash == b.hash
    c = load_pack(make_pack(tmp_path / "c", {"p.yaml": POLICY.replace("10)", "11)")})).policies[0]
    assert c.hash != a.hash


def test_canonical_json_is_sorted_and_compact() -> None:
    assert canonical_json({"b": 1, "a": "日本"}) == '{"a":"日本","b":1}'


def test_policy_json_round_trips_through_json(tmp_path: Path) -> None:
    p = load_pack(make_pack(tmp_path)).policies[0]
    data = policy_to_json(p)
    assert json.loads(canonical_json(data)) == data
    assert data["when"]["k"] == "boolop"


def test_structural_diff(tmp_path: Path) -> None:
    a = load_pack(make_pack(tmp_path / "a")).policies[0]
    changed = (
        POLICY.replace("version: 1", "version: 2")
        .replace("10)", "12)")
        .replace("points: 3", "points: 4")
    )
    b = load_pack(make_pack(tmp_path / "b", {"p.yaml": changed})).policies[0]
    changes = {c.path: (c.old, c.new) for c in diff_policies(a, b)}
    assert changes["version"] == (1, 2)
    assert changes["points"] == (3, 4)
    assert (10, 12) in changes.values()
    assert all(str(c) for c in diff_policies(a, b))


def test_pack_diff_added_removed(tmp_path: Path) -> None:
    a = load_pack(make_pack(tmp_path / "a")).policies
    other = POLICY.replace("id: t.disease", "id: t.other")
    b = load_pack(make_pack(tmp_path / "b", {"p.yaml": other})).policies
    out = diff_packs(a, b)
    assert {k: [c.kind for c in v] for k, v in out.items()} == {
        "t.disease": ["removed"],
        "t.other": ["added"],
    }
