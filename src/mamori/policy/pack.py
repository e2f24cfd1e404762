"""Loading a pack (a directory like ``packs/jp``, or one policy file) with every problem.

``load_pack`` never stops at the first problem: YAML errors, schema errors, type errors of
conditions, unknown lexicons and laws from every file are collected into one
:class:`~mamori.errors.DiagnosticsError`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from mamori.entities import SELLER_ACTIONS
from mamori.errors import Diagnostic, DiagnosticsError, Span
from mamori.policy import ast
from mamori.policy.check import CheckContext, check_policy, condition, duplicates
from mamori.policy.check.types import regex_problem
from mamori.policy.parse import read_file
from mamori.policy.raw import RawPolicy, did_you_mean, node_span, to_python
from mamori.policy.serde import policy_hash, sha256

BUILTIN_PACKS: tuple[str, ...] = ("jp",)
DSA_GROUNDS: tuple[str, ...] = ("ILLEGAL_CONTENT", "INCOMPATIBLE_CONTENT")


@dataclass(frozen=True, slots=True)
class Law:
    id: str
    law: ast.Text
    article: str
    duty: ast.Text
    market: str
    dsa: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Threshold:
    points: int
    action: str
    duration_days: int | None = None


@dataclass(frozen=True, slots=True)
class Ladder:
    window_days: int = 365
    appeal_window_days: int = 14
    thresholds: tuple[Threshold, ...] = ()


DEFAULT_LADDER = Ladder(
    thresholds=(
        Threshold(4, "warn"),
        Threshold(8, "restrict_feature", 14),
        Threshold(12, "hold_payout", 30),
        Threshold(16, "suspend", 30),
        Threshold(24, "terminate"),
    )
)


@dataclass(frozen=True)
class Pack:
    """A checked pack. Lexicons and lists are compiled on first use (``lexicons``)."""

    path: Path
    policies: tuple[ast.Policy, ...]
    lexicon_files: dict[str, Path]
    list_files: dict[str, Path]
    laws: dict[str, Law]
    ladder: Ladder
    hash: str
    name: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def lexicons(self) -> dict[str, Path]:
        """Lexicon name → file. The policy layer may not import ``mamori.text``; the
        evaluators compile these (``mamori.evaluate.textcalls.text_env``)."""
        return self.lexicon_files

    @property
    def lists(self) -> dict[str, Path]:
        return self.list_files

    def policy(self, policy_id: str) -> ast.Policy:
        for p in self.policies:
            if p.id == policy_id:
                return p
        raise KeyError(policy_id)

    def for_entity(self, kind: str) -> tuple[ast.Policy, ...]:
        return tuple(p for p in self.policies if p.applies_to == kind)


def resolve(path_or_name: str | Path) -> Path:
    """``"jp"`` → the built-in pack directory; anything else is a path."""
    if (
        isinstance(path_or_name, str)
        and path_or_name in BUILTIN_PACKS
        and not Path(path_or_name).exists()
    ):
        return Path(str(resources.files("mamori.packs").joinpath(path_or_name)))
    return Path(path_or_name)


def _names(directory: Path) -> dict[str, Path]:
    if not directory.is_dir():
        return {}
    return {p.name[: -len(".txt")]: p for p in sorted(directory.glob("*.txt"))}


def _policy_files(directory: Path) -> list[Path]:
    return sorted([*directory.rglob("*.yaml"), *directory.rglob("*.yml")])


def load_pack(path_or_name: str | Path) -> Pack:
    """Load and check a pack directory or a single policy file.

    Raises :class:`DiagnosticsError` holding every problem found, in file order.
    """
    root = resolve(path_or_name)
    if not root.exists():
        hint = did_you_mean(str(path_or_name), BUILTIN_PACKS)
        raise DiagnosticsError(
            [
                Diagnostic(
                    "E000",
                    f"no such pack or policy file: {path_or_name}",
                    Span(str(root), 1, 1),
                    hint or "give a pack directory (with policies/) or a .yaml file, or 'jp'",
                )
            ]
        )
    diags: list[Diagnostic] = []
    if root.is_dir():
        pack_dir = root
        pdir = root / "policies"
        files = _policy_files(pdir if pdir.is_dir() else root)
        if not files:
            diags.append(
                Diagnostic(
                    "E000",
                    f"no policy files (*.yaml) under {pdir if pdir.is_dir() else root}",
                    Span(str(root), 1, 1),
                    "a pack has policies/*.yaml, lexicons/*.txt, lists/*.txt, laws.yaml, ladder.yaml",
                )
            )
    else:
        files = [root]
        # A file inside a pack's policies/ dir is checked against that pack's lexicons/laws.
        pack_dir = root.parent.parent if root.parent.name == "policies" else root.parent
    lexicons = _names(pack_dir / "lexicons")
    lists = _names(pack_dir / "lists")
    diags += _check_word_files(lexicons) + _check_word_files(lists)
    laws, law_diags = _load_laws(pack_dir / "laws.yaml")
    ladder, ladder_diags = _load_ladder(pack_dir / "ladder.yaml")
    diags += law_diags + ladder_diags
    ctx = CheckContext(
        lexicons=frozenset(lexicons),
        lists=frozenset(lists),
        # A broken laws.yaml is reported once, not as one unknown id per policy.
        laws=frozenset(laws) if (pack_dir / "laws.yaml").exists() and not law_diags else None,
        pack_label=f"pack {pack_dir.name!r}",
    )
    raws: list[RawPolicy] = []
    for f in files:
        found, d = read_file(f)
        raws += found
        diags += d
    policies: list[ast.Policy] = []
    for raw in raws:
        d = check_policy(raw, ctx)
        typed, cd = condition.typed_condition(raw, ctx)
        d += cd
        diags += d
        if not d and typed is not None:
            policies.append(build_policy(raw, typed))
    diags += duplicates.check(raws)
    if diags:
        raise DiagnosticsError(sorted(diags, key=lambda x: (x.span.file, x.span.line, x.span.col)))
    digest = hashlib.sha256()
    for p in policies:
        digest.update(p.hash.encode())
    for path in [*lexicons.values(), *lists.values()]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    digest.update(sha256([_law_json(law) for law in laws.values()]).encode())
    return Pack(
        path=root,
        policies=tuple(policies),
        lexicon_files=lexicons,
        list_files=lists,
        laws=laws,
        ladder=ladder,
        hash=digest.hexdigest(),
        name=pack_dir.name,
    )


def build_policy(raw: RawPolicy, when: ast.Expr) -> ast.Policy:
    title = raw.value("title")
    reason = raw.value("reason")
    ex = raw.value("examples") or {}
    family = raw.value("family")
    policy = ast.Policy(
        id=str(raw.value("id")),
        version=int(raw.value("version")),
        applies_to=str(raw.value("applies_to")),
        status=str(raw.value("status")),
        family=str(family) if family is not None else None,
        title=ast.Text(str(title["ja"]), str(title["en"])),
        when=when,
        when_sql=" ".join(str(raw.value("when")).split()),
        severity=str(raw.value("severity")),
        action=str(raw.value("action")),
        points=int(raw.value("points")),
        legal_basis=tuple(raw.value("legal_basis") or ()),
        reason=ast.Text(str(reason["ja"]), str(reason["en"])),
        examples=ast.Examples(tuple(ex.get("hit") or ()), tuple(ex.get("miss") or ())),
        source=raw.span,
    )
    object.__setattr__(policy, "hash", policy_hash(policy))
    return policy


def _check_word_files(files: dict[str, Path]) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for name, path in files.items():
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except UnicodeDecodeError as e:
            out.append(
                Diagnostic("E132", f"{name}: not valid UTF-8 ({e.reason})", Span(str(path), 1, 1))
            )
            continue
        entries = 0
        for i, line in enumerate(lines, 1):
            text = line.strip()
            if not text or text.startswith("#"):
                continue
            entries += 1
            if text.startswith("re:"):
                problem = regex_problem(text[3:])
                if problem:
                    out.append(
                        Diagnostic(
                            "E132",
                            f"invalid RE2 pattern in {name}: {problem}",
                            Span(str(path), i, 1),
                            "RE2 syntax: no backreferences or look-around",
                        )
                    )
            elif any(not part.strip() for part in text.split("|")):
                out.append(
                    Diagnostic(
                        "E132",
                        f"empty variant in {name}: {text!r}",
                        Span(str(path), i, 1),
                        "variants are written a|b|c with no empty part",
                    )
                )
        if entries == 0:
            out.append(
                Diagnostic(
                    "E132",
                    f"{name} has no entries",
                    Span(str(path), 1, 1),
                    "one term per line; '#' starts a comment",
                )
            )
    return out


def _compose(path: Path) -> tuple[yaml.Node | None, list[Diagnostic]]:
    try:
        return yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader), []
    except yaml.MarkedYAMLError as e:
        m = e.problem_mark
        span = Span(str(path), m.line + 1, m.column + 1) if m else Span(str(path), 1, 1)
        return None, [Diagnostic("E001", f"YAML syntax error: {e.problem}", span)]
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        return None, [
            Diagnostic("E001", "cannot read: " + " ".join(str(e).split()), Span(str(path), 1, 1))
        ]


def _text(value: Any) -> ast.Text | None:
    if (
        isinstance(value, dict)
        and isinstance(value.get("ja"), str)
        and isinstance(value.get("en"), str)
    ):
        return ast.Text(value["ja"], value["en"])
    return None


def _law_json(law: Law) -> dict[str, Any]:
    return {
        "id": law.id,
        "law": [law.law.ja, law.law.en],
        "article": law.article,
        "duty": [law.duty.ja, law.duty.en],
        "market": law.market,
        "dsa": law.dsa,
    }


def _load_laws(path: Path) -> tuple[dict[str, Law], list[Diagnostic]]:
    if not path.exists():
        return {}, []
    node, diags = _compose(path)
    if node is None:
        return {}, diags
    file = str(path)
    if not isinstance(node, yaml.SequenceNode):
        return {}, [
            Diagnostic(
                "E130",
                "laws.yaml must be a list of laws",
                node_span(file, node),
                "- {id: jp.pmd.art66, law: {ja: …, en: …}, article: '66', duty: {ja: …, en: …}, market: jp}",
            )
        ]
    laws: dict[str, Law] = {}
    for item in node.value:
        sp = node_span(file, item)
        data = to_python(item)
        if not isinstance(data, dict):
            diags.append(Diagnostic("E130", "each law must be a mapping", sp))
            continue
        problems = []
        for key in ("id", "article", "market"):
            if not isinstance(data.get(key), str | int) or isinstance(data.get(key), bool):
                problems.append(f"missing or invalid {key!r}")
        law_t, duty_t = _text(data.get("law")), _text(data.get("duty"))
        if law_t is None:
            problems.append("'law' needs {ja, en}")
        if duty_t is None:
            problems.append("'duty' needs {ja, en}")
        dsa = data.get("dsa")
        if dsa is not None:
            if not isinstance(dsa, dict):
                problems.append("'dsa' must be a mapping")
            else:
                if dsa.get("ground") not in DSA_GROUNDS:
                    problems.append(f"dsa.ground must be one of {', '.join(DSA_GROUNDS)}")
                if not str(dsa.get("category", "")).startswith("STATEMENT_CATEGORY_"):
                    problems.append("dsa.category must be a STATEMENT_CATEGORY_* value")
                kws = dsa.get("keywords", [])
                if not isinstance(kws, list) or not all(str(k).startswith("KEYWORD_") for k in kws):
                    problems.append("dsa.keywords must be a list of KEYWORD_* values")
        unknown = set(data) - {"id", "law", "article", "duty", "market", "dsa"}
        problems += [f"unknown key {k!r}" for k in sorted(unknown, key=str)]
        law_id = str(data.get("id"))
        if law_id in laws:
            problems.append(f"duplicate law id {law_id!r}")
        if problems:
            diags += [Diagnostic("E130", f"law {law_id!r}: {p}", sp) for p in problems]
            continue
        assert law_t is not None and duty_t is not None
        laws[law_id] = Law(law_id, law_t, str(data["article"]), duty_t, str(data["market"]), dsa)
    return laws, diags


def _load_ladder(path: Path) -> tuple[Ladder, list[Diagnostic]]:
    if not path.exists():
        return DEFAULT_LADDER, []
    node, diags = _compose(path)
    if node is None:
        return DEFAULT_LADDER, diags
    file = str(path)
    data = to_python(node)
    sp = node_span(file, node)
    if not isinstance(data, dict):
        return DEFAULT_LADDER, [
            Diagnostic(
                "E131",
                "ladder.yaml must be a mapping",
                sp,
                "{window_days: 365, appeal_window_days: 14, thresholds: [{points: 4, action: warn}]}",
            )
        ]
    problems: list[str] = []
    for key in ("window_days", "appeal_window_days"):
        v = data.get(key, 365 if key == "window_days" else 14)
        if not isinstance(v, int) or isinstance(v, bool) or v <= 0:
            problems.append(f"{key!r} must be a positive integer")
    thresholds: list[Threshold] = []
    items = data.get("thresholds")
    if not isinstance(items, list) or not items:
        problems.append("'thresholds' must be a non-empty list")
        items = []
    last = 0
    for i, t in enumerate(items):
        if not isinstance(t, dict):
            problems.append(f"thresholds[{i}] must be a mapping")
            continue
        pts, act, dur = t.get("points"), t.get("action"), t.get("duration_days")
        if not isinstance(pts, int) or isinstance(pts, bool) or pts <= last:
            problems.append(
                f"thresholds[{i}].points must be an integer above the previous threshold"
            )
        if act not in SELLER_ACTIONS:
            hint = did_you_mean(str(act), SELLER_ACTIONS)
            problems.append(
                f"thresholds[{i}].action {act!r} is not a seller action"
                + (f" ({hint})" if hint else "")
            )
        if dur is not None and (not isinstance(dur, int) or isinstance(dur, bool) or dur <= 0):
            problems.append(f"thresholds[{i}].duration_days must be a positive integer")
        if isinstance(pts, int) and act in SELLER_ACTIONS:
            thresholds.append(Threshold(pts, str(act), dur if isinstance(dur, int) else None))
            last = pts
    if problems:
        return DEFAULT_LADDER, [Diagnostic("E131", f"ladder.yaml: {p}", sp) for p in problems]
    return Ladder(
        int(data.get("window_days", 365)),
        int(data.get("appeal_window_days", 14)),
        tuple(thresholds),
    ), []
