"""Building small packs on disk for tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

LAWS = """\
- id: t.law.a
  law: {ja: テスト法, en: Test Act}
  article: "1"
  duty: {ja: 義務, en: Duty}
  market: jp
"""

LEXICONS = {
    "t.disease": "糖尿病\nがん|癌\n花粉症\n",
    "t.cure": "治る|治す\n改善\n予防\n",
    "t.allowed": "肌荒れを防ぐ\n",
    "t.slim": "痩せる|やせる\n",
}

LISTS = {"t.brands": "GUCCI\nシャネル\n"}

POLICY = """\
id: t.disease
version: 1
applies_to: listing
status: active
title: {ja: 病気, en: Disease}
when: >
  category IN ('food', 'health_food')
  AND near(concat_ws(' ', title, description), 't.disease', 't.cure', 10)
severity: high
action: delist
points: 3
legal_basis: [t.law.a]
reason: {ja: "「{evidence}」", en: "'{evidence}'"}
examples:
  hit: [{category: food, title: 糖尿病が治る}]
  miss: [{category: toy, title: 糖尿病が治る}]
"""


def make_pack(root: Path, policies: dict[str, str] | None = None, laws: str | None = LAWS) -> Path:
    (root / "policies").mkdir(parents=True, exist_ok=True)
    (root / "lexicons").mkdir(exist_ok=True)
    (root / "lists").mkdir(exist_ok=True)
    for name, text in LEXICONS.items():
        (root / "lexicons" / f"{name}.txt").write_text(text, encoding="utf-8")
    for name, text in LISTS.items():
        (root / "lists" / f"{name}.txt").write_text(text, encoding="utf-8")
    if laws is not None:
        (root / "laws.yaml").write_text(laws, encoding="utf-8")
    for name, text in (policies or {"p.yaml": POLICY}).items():
        (root / "policies" / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return root
