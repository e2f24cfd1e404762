"""Emerging terms and policy gaps.

*Terms* are maximal same-script runs of lightly folded text (NFKC + casefold, see
``textnorm``): katakana runs of ≥ 3 characters (new product or ingredient names are
almost always katakana), Latin words of ≥ 3 letters, kanji compounds of 2–6
characters. Hiragana is grammar and is skipped. This needs no dictionary, so a term
that no dictionary knows yet — the point of the exercise — is still one token.
Extraction is a pure function over Arrow string columns (Spark runs it per partition).

``emerging_term``: document frequency per week (weeks counted back from the data's last
day) across listings, creator posts, reviews and reports. A term emerges when its
document count over the last ``recent_weeks`` is ≥ ``min_docs`` and ≥ ``min_ratio`` ×
(its volume-adjusted weekly rate over the ``baseline_weeks`` before, times
``recent_weeks``, + 1), with a Poisson z ≥ ``min_z``, and it rose in ≥ ``min_sources``
channels on its own. A new term ramps up over weeks; testing the window as a whole
catches the ramp that a week-on-week ratio misses.
Overlapping surging terms (シナプトン, シナプトンサプリ) collapse onto the most frequent.

``policy_gap``: listing terms over-represented among *bad* listings — reported, refund
rate ≥ ``bad_refund_rate``, or hit by a policy — (lift ≥ ``min_lift``, ≥ ``min_bad``
bad listings) that no lexicon of the pack covers, and whose bad listings policies did
not already hit. Each comes with example listings and a draft policy (YAML) for the
analyst to edit and ``mamori check``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from mamori.discovery.findings import Finding
from mamori.discovery.runner import DiscoveryRunner, run
from mamori.discovery.textnorm import light_fold
from mamori.discovery.window import Window, table_window

_TERM = re.compile(
    r"[\u30a1-\u30fa\u30fc]{3,}"  # katakana (with ー)
    r"|[a-z][a-z0-9\-]{2,}"  # latin words
    r"|[\u4e00-\u9fff\u3005]{2,6}"  # kanji compounds (々 included)
)

#: Where the texts are: table → (id column, date column, text columns).
TEXT_SOURCES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "listings": ("id", "created_at", ("title", "description")),
    "creator_posts": ("id", "posted_at", ("caption", "transcript", "hashtags")),
    "reviews": ("id", "created_at", ("text",)),
    "reports": ("id", "created_at", ("text",)),
}


@dataclass(frozen=True, slots=True)
class TermParams:
    recent_weeks: int = 3  # the recent window, tested as a whole …
    baseline_weeks: int = 8  # … against the weekly rate of the weeks before it
    min_docs: int = 8  # documents in the recent window
    min_ratio: float = 4.0
    min_z: float = 4.0
    # Channels (listings, posts, reviews, reports) the term surges in. A term buzzing
    # across sellers, creators and buyers is news; one seller's batch upload surging in
    # listings alone is a duplicate wave, found by duplicate_cluster.
    min_sources: int = 2
    min_channel_docs: int = 3  # a channel counts with this many recent documents …
    channel_ratio: float = 2.0  # … and this × its own weekly baseline rate
    max_findings: int = 50


@dataclass(frozen=True, slots=True)
class GapParams:
    bad_refund_rate: float = 0.3
    bad_min_orders: int = 3
    min_bad: int = 5
    min_lift: float = 3.0
    max_hit_share: float = 0.3  # terms whose bad listings policies already hit are covered
    examples: int = 5
    max_findings: int = 30
    pack: str = "jp"
    batch_rows: int = 50_000  # listings tokenised at a time


def terms(text: str | None) -> set[str]:
    """Distinct terms of one text.

    >>> sorted(terms("話題のシナプトン配合 サプリ　ＳＮＳで話題"))
    ['sns', 'サプリ', 'シナプトン', '話題', '配合']
    """
    return set(_TERM.findall(light_fold(text)))


def doc_terms(texts: Iterable[Sequence[str | None]]) -> list[set[str]]:
    """Terms per document (a document is several text fields)."""
    return [set().union(*(terms(t) for t in fields)) for fields in texts]


def surging_channels(
    term: str,
    recent: dict[str, Counter[str]],
    base: dict[str, Counter[str]],
    p: TermParams,
) -> list[str]:
    """Channels (tables) in which ``term`` itself rose: ≥ ``min_channel_docs`` recent
    documents and ≥ ``channel_ratio`` × the channel's baseline (per-week rates)."""
    out = []
    for table, c in recent.items():
        cur = c[term] / p.recent_weeks
        before = base.get(table, Counter())[term] / p.baseline_weeks
        if c[term] >= p.min_channel_docs and cur >= p.channel_ratio * (before + 0.5):
            out.append(table)
    return sorted(out)


def collapse(
    candidates: Iterable[str], docs: Sequence[set[str]], share: float = 0.8
) -> tuple[list[str], dict[str, list[str]]]:
    """Keep the terms whose surge is not explained by another kept term.

    A candidate folds into a kept term when they overlap as strings (シナプトン /
    シナプトンサプリ) or when ≥ ``share`` of its documents also contain the kept term
    (配合 surging only inside シナプトン listings is context, not news). Candidates are
    visited by document count, then rarity in the whole corpus, then length.

    >>> collapse(["配合", "シナプトン"], [{"シナプトン", "配合"}] * 3 + [{"シナプトン"}])
    (['シナプトン'], {'シナプトン': ['配合']})
    """
    cand = set(candidates)
    holders: dict[str, set[int]] = {t: set() for t in cand}
    for i, s in enumerate(docs):
        for t in s & cand:
            holders[t].add(i)
    kept: list[str] = []
    folded: dict[str, list[str]] = {}
    for term in sorted(cand, key=lambda t: (-len(holders[t]), -len(t), t)):
        mine = holders[term]
        owner = next(
            (
                k
                for k in kept
                if k in term or term in k or (mine and len(mine & holders[k]) >= share * len(mine))
            ),
            None,
        )
        if owner is None:
            kept.append(term)
        else:
            folded.setdefault(owner, []).append(term)
    return kept, folded


def _docs(runner: DiscoveryRunner, table: str, since: dt.date | None) -> pa.Table | None:
    if not runner.has_table(table):
        return None
    idc, datec, textc = TEXT_SOURCES[table]
    have = runner.columns(table)
    cols = [c for c in textc if c in have]
    if not cols or idc not in have:
        return None
    date_sel = f"CAST({datec} AS DATE) AS day" if datec in have else "CAST(NULL AS DATE) AS day"
    where = f" WHERE CAST({datec} AS DATE) >= DATE '{since}'" if since and datec in have else ""
    sel = ", ".join(cols)
    return run(runner, f"SELECT {idc} AS id, {date_sel}, {sel} FROM {table}{where} ORDER BY {idc}")


def _doc_sets(t: pa.Table) -> list[set[str]]:
    cols = [t.column(c).to_pylist() for c in t.column_names if c not in {"id", "day"}]
    return doc_terms(zip(*cols, strict=True))


def emerging_terms(
    runner: DiscoveryRunner, window: Window, params: TermParams | None = None
) -> list[Finding]:
    p = params or TermParams()
    # Weeks end on the last day any text was written (reviews trail orders).
    ends = [tw.end for t, (_, c, _) in TEXT_SOURCES.items() if (tw := table_window(runner, t, c))]
    if ends:
        window = Window(window.start, max(ends))
    weeks = p.recent_weeks + p.baseline_weeks
    since = window.end - dt.timedelta(days=7 * weeks - 1)
    df: dict[int, Counter[str]] = {w: Counter() for w in range(weeks)}
    volume = np.zeros(weeks)
    examples: dict[str, dict[str, list[str]]] = {}
    by_table: dict[str, Counter[str]] = {}
    base_by_table: dict[str, Counter[str]] = {}
    recent_docs: list[set[str]] = []  # term sets of recent documents
    for table in TEXT_SOURCES:
        t = _docs(runner, table, since)
        if t is None or t.num_rows == 0:
            continue
        sets = _doc_sets(t)
        ids = t.column("id").to_pylist()
        by_table[table] = Counter()
        base_by_table[table] = Counter()
        for doc_id, day, s in zip(ids, t.column("day").to_pylist(), sets, strict=True):
            if day is None:
                continue
            w = (window.end - day).days // 7  # 0 = the last 7 days
            if not 0 <= w < weeks:
                continue
            df[w].update(s)
            volume[w] += 1
            if w >= p.recent_weeks:
                base_by_table[table].update(s)
            else:
                recent_docs.append(s)
                for term in s:
                    by_table[table][term] += 1
                    ex = examples.setdefault(term, {}).setdefault(table, [])
                    if len(ex) < 5:
                        ex.append(str(doc_id))
    candidates: list[tuple[float, str, dict[str, object]]] = []
    r = p.recent_weeks
    hist = [w for w in range(r, weeks) if volume[w] > 0]
    if not hist or volume[:r].sum() == 0:
        return []  # no history to compare with: nothing can be called new
    # Expected recent count = the term's weekly history rate × r, scaled by how much
    # more (or less) text the recent weeks hold than the history weeks.
    adj = (volume[:r].sum() / r) / (volume[hist].sum() / len(hist))
    recent: Counter[str] = Counter()
    for w in range(r):
        recent.update(df[w])
    for term, cur in recent.items():
        if cur < p.min_docs:
            continue
        base = float(sum(df[w].get(term, 0) for w in hist) / len(hist) * r * adj)
        if cur < p.min_ratio * (base + 1.0):
            continue
        z = float((cur - base) / math.sqrt(base + 1.0))
        if z < p.min_z:
            continue
        candidates.append(
            (
                z,
                term,
                {
                    "recent": f"{window.end - dt.timedelta(days=7 * r - 1)}/{window.end}",
                    "docs_recent": cur,
                    "expected": round(base, 2),
                    "z": round(z, 2),
                    "weekly_docs": [df[x].get(term, 0) for x in range(weeks)],
                },
            )
        )
    best: dict[str, tuple[float, dict[str, object]]] = {}
    for z, term, ev in candidates:
        if term not in best or z > best[term][0]:
            best[term] = (z, ev)
    kept, variants = collapse(best, recent_docs)
    found = []
    for term in kept:
        z, ev = best[term]
        channels = surging_channels(term, by_table, base_by_table, p)
        if len(channels) < p.min_sources:
            continue
        ev = dict(ev)
        ev.update(
            {
                "term": term,
                "co_terms": variants.get(term, []),
                "docs_by_table": {t: c[term] for t, c in by_table.items() if c[term]},
                "surging_in": channels,
                "examples": examples.get(term, {}),
                "weeks": "weekly_docs[0] is the last 7 days",
            }
        )
        found.append(
            Finding(
                kind="emerging_term",
                entity_type="term",
                entity_ids=(term,),
                score=float(z),
                window=f"{window.end - dt.timedelta(days=7 * weeks - 1)}/{window.end}",
                evidence=ev,
                suggested_action="draft_policy",
            )
        )
    found.sort(key=lambda f: -f.score)
    return found[: p.max_findings]


# ----------------------------------------------------------------------------------- gaps


def _bad_listings_sql(runner: DiscoveryRunner, p: GapParams) -> str | None:
    parts = []
    if runner.has_table("reports"):
        parts.append(
            "SELECT entity_id AS id, 'reported' AS why FROM reports WHERE entity_type = 'listing'"
        )
    if runner.has_table("orders"):
        parts.append(
            "SELECT listing_id AS id, 'refunded' AS why FROM orders WHERE listing_id IS NOT NULL "
            f"GROUP BY listing_id HAVING COUNT(*) >= {int(p.bad_min_orders)} AND "
            "CAST(SUM(CASE WHEN status = 'refunded' THEN 1 ELSE 0 END) AS BIGINT) >= "
            f"{float(p.bad_refund_rate)} * COUNT(*)"
        )
    if runner.has_table("hits"):
        parts.append("SELECT entity_id AS id, 'penalised' AS why FROM hits")
    if not parts:
        return None
    return (
        "SELECT DISTINCT id, why FROM (" + " UNION ALL ".join(parts) + ") AS b WHERE id IS NOT NULL"
    )


class LexiconCover:
    """Does any lexicon entry of the pack match inside a term?

    Uses the pack's own lexicon files (plain entries, ``a|b`` variants and ``re:``
    patterns) folded by ``mamori.text`` when available, so coverage means what the
    policy matcher would match.
    """

    def __init__(self, pack: str = "jp") -> None:
        self.entries: list[str] = []
        self.patterns: list[re.Pattern[str]] = []
        self._fold = _skeleton()
        for f in sorted(_pack_dir(pack).glob("lexicons/*.txt")):
            for raw in f.read_text(encoding="utf-8").splitlines():
                line = raw.split("#", 1)[0].strip() if not raw.startswith("re:") else raw.strip()
                if not line:
                    continue
                if line.startswith("re:"):
                    try:
                        self.patterns.append(re.compile(line[3:]))
                    except re.error:
                        continue  # RE2-only syntax: not needed for a coverage hint
                else:
                    self.entries.extend(
                        e for e in (self._fold(v.strip()) for v in line.split("|")) if e
                    )

    def covers(self, term: str) -> str | None:
        s = self._fold(term)
        for e in self.entries:
            if e and e in s:
                return e
        for pat in self.patterns:
            if pat.search(s):
                return "re:" + pat.pattern
        return None


def _skeleton() -> Callable[[str], str]:
    try:
        from mamori.text.normalize import skeleton
    except ImportError:  # pragma: no cover
        return lambda s: re.sub(r"\s+", "", light_fold(s))
    return skeleton


def _pack_dir(pack: str) -> Path:
    p = Path(pack)
    if p.is_dir():
        return p
    import mamori

    return Path(mamori.__file__).parent / "packs" / pack


def draft_policy_yaml(term: str, examples: list[dict[str, str | None]], slug: str) -> str:
    """A draft listing policy matching the term, with real examples (hit) and a miss."""
    import yaml

    like = term.replace("'", "''").replace("%", "").replace("_", "")
    doc = {
        "id": f"draft.gap.{slug}",
        "version": 1,
        "applies_to": "listing",
        "status": "draft",
        "title": {
            "ja": f"新しいリスク語「{term}」を含む出品（要確認）",
            "en": f"Listings mentioning the new risk term “{term}” (to review)",
        },
        "when": f"lower(concat_ws(' ', title, description)) LIKE '%{like}%'",
        "severity": "medium",
        "action": "label",
        "points": 0,
        "legal_basis": [],
        "reason": {
            "ja": f"「{{evidence}}」は確認中のリスク語「{term}」を含みます。",
            "en": f"「{{evidence}}」 mentions “{term}”, a risk term under review.",
        },
        "examples": {
            "hit": [
                {k: v for k, v in e.items() if k in {"category", "title", "description"}}
                for e in examples[:2]
            ],
            "miss": [{"category": "general", "title": "無地のトートバッグ", "description": None}],
        },
    }
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)


def policy_gaps(
    runner: DiscoveryRunner, window: Window, params: GapParams | None = None
) -> list[Finding]:
    p = params or GapParams()
    if not runner.has_table("listings"):
        return []
    bad_sql = _bad_listings_sql(runner, p)
    if bad_sql is None:
        return []
    bad = run(runner, bad_sql)
    why: dict[str, set[str]] = {}
    for i, w in zip(bad.column("id").to_pylist(), bad.column("why").to_pylist(), strict=True):
        why.setdefault(str(i), set()).add(str(w))
    t = _docs(runner, "listings", None)
    if t is None or t.num_rows == 0 or not why:
        return []
    # Stream the listings in slices: only counters and the bad listings' ids are kept,
    # never one term set per listing of the whole marketplace.
    n_all = t.num_rows
    n_bad = 0
    df_all: Counter[str] = Counter()
    df_bad: Counter[str] = Counter()
    df_hit: Counter[str] = Counter()
    bad_docs: dict[str, list[str]] = {}
    for start in range(0, n_all, p.batch_rows):
        chunk = t.slice(start, p.batch_rows)
        chunk_ids = [str(x) for x in chunk.column("id").to_pylist()]
        for doc_id, s in zip(chunk_ids, _doc_sets(chunk), strict=True):
            df_all.update(s)
            reasons = why.get(doc_id)
            if reasons is None:
                continue
            n_bad += 1
            df_bad.update(s)
            penal = "penalised" in reasons
            for term in s:
                if penal:
                    df_hit[term] += 1
                lst = bad_docs.setdefault(term, [])
                if len(lst) < 200:
                    lst.append(doc_id)
    if n_bad == 0:
        return []
    cover = LexiconCover(p.pack)
    scored = []
    for term, nb in df_bad.items():
        if nb < p.min_bad:
            continue
        lift = (nb / n_bad) / (df_all[term] / n_all)
        if lift < p.min_lift:
            continue
        if df_hit[term] > p.max_hit_share * nb:
            continue
        covered = cover.covers(term)
        if covered is not None:
            continue
        scored.append((lift * math.log1p(nb), term, nb, lift))
    # Rank by score, then the rarer and longer term (the name, not its context words).
    scored.sort(key=lambda r: (-r[0], df_all[r[1]], -len(r[1]), r[1]))
    kept: list[tuple[float, str, int, float]] = []
    context: dict[str, list[str]] = {}
    for row in scored:
        mine = set(bad_docs[row[1]])
        owner = next(
            (
                k
                for k in kept
                if row[1] in k[1]
                or k[1] in row[1]
                or len(mine & set(bad_docs[k[1]])) >= 0.8 * len(mine)
            ),
            None,
        )
        if owner is None:
            kept.append(row)
        else:
            context.setdefault(owner[1], []).append(row[1])
    wanted = {"id", "category", "title", "description"} & set(runner.columns("listings"))
    example_ids = sorted(
        {m for row in kept[: p.max_findings] for m in bad_docs[row[1]][: p.examples]}
    )
    rows_by_id: dict[str, dict[str, Any]] = {}
    if example_ids:
        quoted = ", ".join("'" + i.replace("'", "''") + "'" for i in example_ids)
        full = run(
            runner,
            f"SELECT {', '.join(sorted(wanted))} FROM listings WHERE id IN ({quoted}) ORDER BY id",
        )
        rows_by_id = {str(r["id"]): r for r in full.to_pylist()}
    found = []
    for score, term, nb, lift in kept[: p.max_findings]:
        members = bad_docs[term]
        ex = [rows_by_id[m] for m in members[: p.examples] if m in rows_by_id]
        hit_examples = [
            e
            for e in ex
            if term in light_fold(f"{e.get('title') or ''} {e.get('description') or ''}")
        ]
        ascii_slug = re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-")
        slug = ascii_slug if ascii_slug and term.isascii() else f"term-{_stable_hex(term)}"
        found.append(
            Finding(
                kind="policy_gap",
                entity_type="listing",
                entity_ids=tuple(members),
                score=float(score),
                window=str(window),
                evidence={
                    "term": term,
                    "bad_listings": nb,
                    "all_listings": df_all[term],
                    "lift": round(lift, 2),
                    "co_terms": context.get(term, []),
                    "why": dict(Counter(w for m in members for w in why.get(m, ()))),
                    "examples": [{"id": e["id"], "title": e.get("title")} for e in ex],
                    "draft_policy_yaml": draft_policy_yaml(term, hit_examples or ex, slug),
                },
                suggested_action="draft_policy",
                key=term,
            )
        )
    return found


def _stable_hex(s: str) -> str:
    import hashlib

    return hashlib.sha256(s.encode()).hexdigest()[:10]
