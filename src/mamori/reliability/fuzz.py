"""Bad input for the policy loader and the condition parser (hypothesis).

Whatever an author types, mamori must answer with ``file:line:col: error[CODE]: …``
lines — never a traceback. Four generators: structured policies whose every field may be
wrong, valid pack files with random edits, random SQL-ish conditions, and raw text.
"""

from __future__ import annotations

import re
import time
import traceback
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from mamori.reliability.common import CheckResult

FILE = "fuzz.yaml"
DIAG = re.compile(r"^[^\n]+:\d+:\d+: (error|warning|note)\[[A-Z]\d{3}\]: \S")

FIELDS = (
    "title",
    "description",
    "price",
    "category",
    "brand",
    "approval",
    "seller.status",
    "seller.seller_type",
    "id",
    "created_at",
    "prise",
    "`title`",
    '"price"',
    "x.y.z",
)
FUNCS = (
    "lexicon_hit",
    "near",
    "without",
    "in_list",
    "regexp_like",
    "concat",
    "concat_ws",
    "coalesce",
    "length",
    "lower",
    "allowed_claim",
    "lexicon_terms",
    "nope",
    "read_csv",
    "pg_sleep",
    "abs",
    "substr",
)
LITERALS = (
    "'jp.disease_names'",
    "'jp.cure_verbs'",
    "'jp.luxury_brands'",
    "16",
    "-1",
    "0",
    "1e309",
    "NULL",
    "TRUE",
    "'糖尿病'",
    "''",
    "'''",
    "'); DROP TABLE listings; --",
    "'a'' OR 1=1 --'",
    "'(?P<x>a'",
    "'[a-'",
    "9999999999999999999999",
    "'\\x00'",
)
OPS = (
    "AND",
    "OR",
    "NOT",
    "=",
    "<>",
    "<",
    ">=",
    "+",
    "-",
    "*",
    "/",
    "%",
    "||",
    "LIKE",
    "ILIKE",
    "IN",
    "BETWEEN",
    "IS",
    "NULL",
    "(",
    ")",
    ",",
    ";",
    "CASE",
    "WHEN",
    "THEN",
    "ELSE",
    "END",
    "SELECT",
    "FROM",
    "::",
    "[",
    "]",
    "{",
    "}",
    "--",
    "/*",
    "$1",
    "?",
    "@",
)


@cache
def _context() -> Any:
    from mamori.policy import load_pack
    from mamori.policy.check import CheckContext

    pack = load_pack("jp")
    return CheckContext(
        lexicons=frozenset(pack.lexicon_files),
        lists=frozenset(pack.list_files),
        laws=frozenset(pack.laws),
        pack_label="pack 'jp'",
    )


@cache
def _seed_files() -> tuple[str, ...]:
    from mamori.policy.pack import resolve

    root = resolve("jp") / "policies"
    return tuple(p.read_text(encoding="utf-8") for p in sorted(root.glob("*.yaml")))


def check_source(source: str) -> list[str]:
    """The loader's in-memory path over one policy file; returns the formatted diagnostics.

    Raises whatever the loader raises — the fuzzer treats any exception as a failure.
    """
    from mamori.policy.check import check_policy, condition, duplicates
    from mamori.policy.parse import read_source

    ctx = _context()
    raws, diags = read_source(FILE, source)
    for raw in raws:
        diags += check_policy(raw, ctx)
        diags += condition.typed_condition(raw, ctx)[1]
    diags += duplicates.check(raws)
    return [d.format() for d in diags]


def check_condition(sql: str) -> list[str]:
    """Parse and type one condition the way the loader does (with a listing schema)."""
    import yaml

    from mamori.policy.check import condition
    from mamori.policy.parse import parse_condition
    from mamori.policy.raw import RawPolicy

    _tree, diags = parse_condition(sql)
    out = [d.format() for d in diags]
    body = yaml.safe_dump({"when": sql}, allow_unicode=True, width=10_000)
    source = "id: fuzz.c\nversion: 1\napplies_to: listing\n" + body
    root = yaml.compose(source, Loader=yaml.SafeLoader)
    if isinstance(root, yaml.MappingNode):
        raw, d = RawPolicy.of(FILE, source, root)
        out += [x.format() for x in d]
        out += [x.format() for x in condition.typed_condition(raw, _context())[1]]
    return out


def _strategies() -> dict[str, Any]:
    import yaml
    from hypothesis import strategies as st

    token = st.one_of(
        st.sampled_from(FIELDS),
        st.sampled_from(LITERALS),
        st.sampled_from(OPS),
        st.sampled_from(FUNCS).map(lambda f: f + "("),
        st.text(max_size=6),
    )
    conditions = st.one_of(
        st.lists(token, max_size=25).map(" ".join),
        st.text(max_size=80),
        st.builds(
            lambda f, a, b, w: f"near({f}, {a}, {b}, {w})",
            st.sampled_from(FIELDS),
            st.sampled_from(LITERALS),
            st.sampled_from(LITERALS),
            st.one_of(st.integers(-5, 10**12).map(str), st.sampled_from(LITERALS)),
        ),
        st.builds(
            lambda f, lit, op: f"{f} {op} {lit}",
            st.sampled_from(FIELDS),
            st.sampled_from(LITERALS),
            st.sampled_from(("=", "<", "LIKE", "IN", "<>", "IS")),
        ),
        st.integers(1, 60).map(lambda n: "(" * n + "price > 1" + ")" * n),
    )
    scalar = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**70), 2**70),
        st.floats(allow_nan=True),
        st.text(max_size=20),
    )
    anything = st.recursive(
        scalar,
        lambda inner: st.one_of(
            st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
        ),
        max_leaves=8,
    )

    def field(good: Any) -> Any:
        return st.one_of(good, anything)

    policy = st.fixed_dictionaries(
        {
            "id": field(st.from_regex(r"[a-z]{1,6}(\.[a-z\-]{1,8}){1,2}", fullmatch=True)),
            "version": field(st.integers(-2, 5)),
            "applies_to": field(
                st.sampled_from(("listing", "creator_post", "seller", "order", "review", "nope"))
            ),
            "status": field(st.sampled_from(("active", "shadow", "draft", "retired", "on"))),
            "family": field(st.sampled_from(("pmd_disease", "stema", "x"))),
            "title": field(
                st.fixed_dictionaries({"ja": st.text(max_size=8), "en": st.text(max_size=8)})
            ),
            "when": field(conditions),
            "severity": field(st.sampled_from(("low", "medium", "high", "critical", "urgent"))),
            "action": field(st.sampled_from(("label", "demote", "delist", "suspend", "ban"))),
            "points": field(st.integers(-3, 12)),
            "legal_basis": field(
                st.lists(st.sampled_from(("jp.pmd.art66", "jp.nope", "")), max_size=3)
            ),
            "reason": field(
                st.fixed_dictionaries(
                    {
                        "ja": st.text(max_size=10) | st.just("{evidence}{price}{nope"),
                        "en": st.text(max_size=10) | st.just("{evidence}"),
                    }
                )
            ),
            "examples": field(
                st.fixed_dictionaries(
                    {
                        "hit": st.lists(
                            st.dictionaries(
                                st.sampled_from(("id", "title", "price", "seller")),
                                anything,
                                max_size=3,
                            ),
                            max_size=2,
                        )
                    }
                )
            ),
        },
        optional={"extra_key": anything, "prise": anything},
    )

    def dump(d: Any, as_list: bool) -> str:
        try:
            return yaml.safe_dump([d] if as_list else d, allow_unicode=True, sort_keys=False)
        except (yaml.YAMLError, ValueError, OverflowError):
            return "id: x\n"

    structured = st.builds(dump, policy, st.booleans())

    def mutate(src: str, edits: list[tuple[int, int, str]]) -> str:
        for pos, cut, ins in edits:
            p = pos % (len(src) + 1)
            src = src[:p] + ins + src[p + cut :]
        return src

    mutated = st.builds(
        mutate,
        st.sampled_from(_seed_files()),
        st.lists(
            st.tuples(
                st.integers(0, 10**6),
                st.integers(0, 40),
                st.one_of(
                    st.text(max_size=6),
                    st.sampled_from(
                        (
                            ":",
                            "- ",
                            "\t",
                            "  ",
                            "'",
                            '"',
                            "{",
                            "[",
                            "&a",
                            "*a",
                            "!!python/object",
                            "\n",
                            "#",
                            "\x00",
                            "\ufeff",
                            "%YAML 1.2\n---\n",
                            "<<: *a",
                        )
                    ),
                ),
            ),
            min_size=1,
            max_size=6,
        ),
    )
    raw_text = st.one_of(
        st.text(max_size=200),
        st.binary(max_size=200).map(lambda b: b.decode("utf-8", "replace")),
        st.integers(1, 60).map(lambda n: "[" * n + "]" * n),
    )
    return {"structured": structured, "mutated": mutated, "raw": raw_text, "conditions": conditions}


# Inputs too slow to draw thousands of times (each costs a RecursionError), checked once.
EDGE_SOURCES: tuple[str, ...] = (
    "[" * 5000 + "]" * 5000,
    "{a: " * 3000 + "}" * 3000,
    "- " * 2000 + "x",
    "a: &a [" + ", ".join(["*a"] * 2000) + "]",
    "id: x\nwhen: " + "(" * 3000 + "price" + ")" * 3000,
    "id: x\napplies_to: listing\nwhen: " + " AND ".join(["price > 1"] * 5000),
    "id: x\napplies_to: listing\nwhen: '" + "x" * 1_000_000 + "'",
    "\ufeff" + "id: " + "長" * 100_000,
    "\x00\x01\x02",
)
EDGE_CONDITIONS: tuple[str, ...] = (
    "(" * 400 + "price" + ")" * 400,
    " AND ".join(["price > 1"] * 3000),
    "NOT " * 2000 + "TRUE",
    "-" * 5000 + "1",
    "concat(" * 300 + "title" + ")" * 300,
    "title = '" + "'" * 10_001 + "'",
)


def _run_edges(res: CheckResult) -> int:
    n = 0
    for label, fn, inputs in (
        ("edge file", check_source, EDGE_SOURCES),
        ("edge condition", check_condition, EDGE_CONDITIONS),
    ):
        for source in inputs:
            n += 1
            try:
                lines = fn(source)
            except Exception:
                res.fail(f"{label}: {source[:80]!r}\n{traceback.format_exc(limit=4)}")
                continue
            bad = [x for x in lines if not DIAG.match(x.split("\n", 1)[0])]
            res.expect(not bad, f"{label}: not a file:line:col diagnostic: {bad[:1]}")
    return n


def _run_one(
    label: str,
    strategy: Any,
    fn: Callable[[str], list[str]],
    n: int,
    res: CheckResult,
    derandomize: bool = False,
) -> int:
    from hypothesis import HealthCheck, Phase, given, settings

    count = 0
    samples: list[str] = []

    @settings(
        max_examples=n,
        database=None,
        deadline=None,
        derandomize=derandomize,
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=False,
        phases=(Phase.generate,),
    )
    @given(strategy)
    def prop(source: str) -> None:
        nonlocal count
        count += 1
        try:
            lines = fn(source)
        except Exception:
            samples.append(f"{label}: {source[:200]!r}\n{traceback.format_exc(limit=6)}")
            raise
        for line in lines:
            head = line.split("\n", 1)[0]
            if not DIAG.match(head):
                samples.append(f"{label}: not a file:line:col diagnostic: {head[:200]!r}")
                raise AssertionError(head)

    try:
        prop()
    except Exception:
        res.fail(samples[-1] if samples else f"{label}: {traceback.format_exc(limit=3)}")
    return count


def run_fuzz(
    per_generator: int = 1500, *, edges: bool = True, derandomize: bool = False
) -> CheckResult:
    """Every generator ``per_generator`` times (structured/mutated/raw files + conditions)."""
    res = CheckResult("fuzz · policy loader and condition parser")
    t0 = time.perf_counter()
    s = _strategies()
    n, d = per_generator, derandomize
    counts = {
        "structured policies": _run_one("structured", s["structured"], check_source, n, res, d),
        "edited pack files": _run_one("mutated", s["mutated"], check_source, n, res, d),
        "raw text": _run_one("raw", s["raw"], check_source, n, res, d),
        "conditions": _run_one("conditions", s["conditions"], check_condition, n, res, d),
    }
    if edges:
        counts["hand-made extremes"] = _run_edges(res)
    res.figures.update({f"inputs: {k}": v for k, v in counts.items()})
    res.figures["inputs"] = sum(counts.values())
    res.seconds = time.perf_counter() - t0
    return res


def dump_failures(res: CheckResult, path: Path) -> None:  # pragma: no cover - diagnostics aid
    path.write_text("\n\n".join(res.failures), encoding="utf-8")
