"""Backtest a pack on a data directory: what would it flag, how accurately, at what cost.

The engines produce hits; this module joins them (in DuckDB, never as Python objects per
row of data) with labels, listings, sellers and orders, and hands counts to the pure
arithmetic in ``mamori.lifecycle.backtest``. Figures:

* accuracy: a hit is a true positive when ``labels.parquet`` marks the same
  ``(entity_type, entity_id)`` as a ``violation`` of the policy's ``family``; every other
  hit is a false positive (look-alikes are permitted content, so negatives); labelled
  violations of the family the policy missed are false negatives.
* exposure: listings hit (a creator post counts its linked listing), sellers hit, and
  GMV affected — the order value (cancelled orders excluded) of those listings over the
  data window; a hit on a seller exposes all of that seller's GMV.
* the ladder: points of every hit summed per seller over the window, run through the
  pack's thresholds.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mamori.errors import DataError, MamoriError
from mamori.lifecycle.backtest import (
    Overlap,
    PolicyDiff,
    Score,
    Threshold,
    count_actions,
    diff_hits,
    overlap,
    simulate_ladder,
)

Progress = Callable[[str, int, int], None]
"""``progress(step, done, total)``: called as the backtest moves on (CLI bars)."""

ENTITY_KINDS = ("listing", "creator_post", "seller", "review", "creator", "order")


def _noop(_step: str, _done: int, _total: int) -> None:
    return None


@dataclass(frozen=True, slots=True)
class PolicyMeta:
    policy_id: str
    policy_version: int
    family: str | None
    applies_to: str
    action: str
    points: int
    severity: str
    title_ja: str = ""
    title_en: str = ""


@dataclass(slots=True)
class PolicyResult:
    meta: PolicyMeta
    score: Score
    lookalike_hits: int = 0
    listings_affected: int = 0
    sellers_affected: int = 0
    gmv_affected: int = 0
    points_issued: int = 0
    scored: bool = True  # False without labels or without a family: no accuracy to claim

    def summary(self) -> dict[str, Any]:
        """One entry of ``summary.json`` — exactly the Contracts' keys, nothing more.

        An unscored policy (no labels, or no ``family`` to match them on) reports
        precision and recall as ``null`` with the uninformative interval ``[0, 1]``:
        "unknown" must not read as "always wrong".
        """
        s = self.score if self.scored else Score(0, 0, 0)
        return {
            "policy_id": self.meta.policy_id,
            "policy_version": self.meta.policy_version,
            "hits": self.score.hits,
            "precision": s.precision,
            "precision_ci": list(s.precision_ci),
            "recall": s.recall,
            "recall_ci": list(s.recall_ci),
            "gmv_affected": self.gmv_affected,
            "sellers_affected": self.sellers_affected,
        }


@dataclass(slots=True)
class BacktestResult:
    pack_name: str
    pack_hash: str
    data_dir: str
    labelled: bool
    policies: list[PolicyResult]
    by_category: dict[str, dict[str, Score]] = field(default_factory=dict)  # policy → cat
    by_segment: dict[str, dict[str, Score]] = field(default_factory=dict)
    by_family: dict[str, Score] = field(default_factory=dict)  # all policies of a family
    over_time: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # policy → weeks
    content_actions: dict[str, int] = field(default_factory=dict)
    seller_actions: dict[str, int] = field(default_factory=dict)
    sellers_suspended: int = 0
    suspended_examples: list[str] = field(default_factory=list)
    total_hits: int = 0
    total_gmv: int = 0
    gmv_affected: int = 0
    sellers_affected: int = 0
    listings_affected: int = 0
    overlaps: list[Overlap] = field(default_factory=list)
    diff: list[PolicyDiff] | None = None
    against: str | None = None
    examples: dict[str, str] = field(default_factory=dict)  # entity id → title/caption

    def summary(self) -> dict[str, Any]:
        return {"policies": [p.summary() for p in self.policies]}

    def to_dict(self) -> dict[str, Any]:
        def scores(d: dict[str, dict[str, Score]]) -> dict[str, dict[str, Any]]:
            return {p: {k: s.to_dict() for k, s in v.items()} for p, v in d.items()}

        return {
            "pack": {"name": self.pack_name, "hash": self.pack_hash},
            "data_dir": self.data_dir,
            "labelled": self.labelled,
            "policies": [
                {
                    **p.summary(),
                    "family": p.meta.family,
                    "applies_to": p.meta.applies_to,
                    "action": p.meta.action,
                    "points": p.meta.points,
                    "title": {"ja": p.meta.title_ja, "en": p.meta.title_en},
                    "confusion": p.score.to_dict(),
                    "scored": p.scored,
                    "lookalike_hits": p.lookalike_hits,
                    "listings_affected": p.listings_affected,
                    "points_issued": p.points_issued,
                }
                for p in self.policies
            ],
            "by_category": scores(self.by_category),
            "by_segment": scores(self.by_segment),
            "by_family": {f: sc.to_dict() for f, sc in self.by_family.items()},
            "over_time": {p: [list(x) for x in v] for p, v in self.over_time.items()},
            "impact": {
                "total_hits": self.total_hits,
                "listings_affected": self.listings_affected,
                "sellers_affected": self.sellers_affected,
                "gmv_affected": self.gmv_affected,
                "total_gmv": self.total_gmv,
                "content_actions": self.content_actions,
                "seller_actions": self.seller_actions,
                "sellers_crossing_suspension": self.sellers_suspended,
                "suspension_examples": self.suspended_examples,
            },
            "overlap": [o.to_dict() for o in self.overlaps],
            "against": self.against,
            "diff": None if self.diff is None else [d.to_dict() for d in self.diff],
            "examples": self.examples,
        }


# ------------------------------------------------------------------------ pack & scan


def policy_meta(pack: Any) -> list[PolicyMeta]:
    out = []
    for p in pack.policies:
        title = getattr(p, "title", None)
        out.append(
            PolicyMeta(
                policy_id=p.id,
                policy_version=int(p.version),
                family=p.family,
                applies_to=p.applies_to,
                action=p.action,
                points=int(p.points),
                severity=p.severity,
                title_ja=str(getattr(title, "ja", "") or ""),
                title_en=str(getattr(title, "en", "") or ""),
            )
        )
    return out


def backtest_pack(pack: Any) -> Any:
    """The pack as a backtest sees it: every policy evaluated, whatever its status.

    A backtest asks "what would this rulebook do if it were switched on", so drafts and
    shadow policies are scored like active ones.
    """
    from dataclasses import replace

    try:
        return replace(
            pack,
            policies=tuple(
                p if getattr(p, "status", "active") == "active" else replace(p, status="active")
                for p in pack.policies
            ),
        )
    except TypeError:  # not a dataclass (a test double): use as is
        return pack


def scan(
    pack: Any,
    data_dir: Path,
    engine: str = "duckdb",
    progress: Progress = _noop,
    label: str = "scan",
) -> Any:
    """Hits of every policy of ``pack`` on ``data_dir`` with an ``entity_type`` column."""
    import pyarrow as pa

    kinds = sorted({p.applies_to for p in pack.policies})
    scan_pack = backtest_pack(pack)
    if engine == "duckdb":
        from mamori.engines.duckdb import DuckDBEngine

        eng: Any = DuckDBEngine(scan_pack)
    elif engine == "spark":
        try:
            from mamori.engines.spark import SparkEngine
        except ImportError as exc:
            raise MamoriError(
                f"Spark エンジンを読み込めません（mamori[spark] と Java が必要）: {exc} / "
                f"the Spark engine is unavailable (needs mamori[spark] and Java): {exc}"
            ) from None
        eng = SparkEngine(scan_pack)
    else:
        raise MamoriError(f"不明なエンジン {engine!r} / unknown engine {engine!r}")
    tables = []
    for i, kind in enumerate(kinds):
        progress(label, i, len(kinds))
        t = eng.scan_data_dir(data_dir, entity=kind)
        tables.append(t.append_column("entity_type", pa.array([kind] * t.num_rows, pa.string())))
    progress(label, len(kinds), len(kinds))
    if not tables:
        return empty_hits()
    return pa.concat_tables(tables, promote_options="permissive")


def empty_hits() -> Any:
    import pyarrow as pa

    return pa.table(
        {
            "entity_type": pa.array([], pa.string()),
            "entity_id": pa.array([], pa.string()),
            "policy_id": pa.array([], pa.string()),
            "policy_version": pa.array([], pa.int64()),
            "points": pa.array([], pa.int64()),
        }
    )


def _git(args: list[str], cwd: Path) -> str:
    res = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    if res.returncode != 0:
        raise MamoriError(
            f"git {' '.join(args)} に失敗しました / git {' '.join(args)} failed: "
            f"{res.stderr.strip()}"
        )
    return res.stdout


@contextmanager
def pack_at(against: str, pack_path: Path) -> Iterator[Path]:
    """The pack to compare with: a directory, or the same pack at a git ref.

    A git ref is exported with ``git archive`` into a temporary directory (the working
    tree is never touched, so uncommitted work of others is safe).
    """
    p = Path(against)
    if p.is_dir():
        yield p
        return
    pack_path = pack_path.resolve()
    top = Path(_git(["rev-parse", "--show-toplevel"], pack_path).strip())
    rel = pack_path.relative_to(top)
    tmp = Path(tempfile.mkdtemp(prefix="mamori-against-"))
    try:
        archive = tmp / "pack.tar"
        _git(["archive", "--format=tar", "-o", str(archive), against, "--", str(rel)], top)
        shutil.unpack_archive(archive, tmp / "tree")
        yield tmp / "tree" / rel
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ------------------------------------------------------------------------ the figures


def _has(data_dir: Path, table: str) -> bool:
    return (data_dir / f"{table}.parquet").exists()


def _q(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


_VIEWS: dict[str, tuple[str, dict[str, str]]] = {
    # view: (table file, {column: SQL type}) — only the columns the figures read
    "listings": (
        "listings",
        {"id": "VARCHAR", "seller_id": "VARCHAR", "category": "VARCHAR", "created_at": "TIMESTAMP"},
    ),
    "sellers": (
        "sellers",
        {"id": "VARCHAR", "seller_type": "VARCHAR", "registered_at": "TIMESTAMP"},
    ),
    "posts": (
        "creator_posts",
        {
            "id": "VARCHAR",
            "seller_id": "VARCHAR",
            "listing_id": "VARCHAR",
            "posted_at": "TIMESTAMP",
        },
    ),
    "orders": (
        "orders",
        {"listing_id": "VARCHAR", "seller_id": "VARCHAR", "amount": "BIGINT", "status": "VARCHAR"},
    ),
    "labels": (
        "labels",
        {"entity_type": "VARCHAR", "entity_id": "VARCHAR", "kind": "VARCHAR", "family": "VARCHAR"},
    ),
}


def _view(con: Any, name: str, path: Path | None, columns: dict[str, str]) -> None:
    """A typed view over a Parquet file; missing file → empty view, missing column → NULL.

    Contracts: a field missing from the input is NULL, so a data directory without, say,
    ``seller_type`` still backtests (that slice shows as ``n/a``).
    """
    if path is None or not path.exists():
        cols = ", ".join(f"NULL::{t} AS {c}" for c, t in columns.items())
        con.execute(f"CREATE VIEW {name} AS SELECT {cols} WHERE false")
        return
    import pyarrow.parquet as pq

    present = set(pq.read_schema(path).names)
    cols = ", ".join(
        f"CAST({c} AS {t}) AS {c}" if c in present else f"NULL::{t} AS {c}"
        for c, t in columns.items()
    )
    con.execute(f"CREATE VIEW {name} AS SELECT {cols} FROM read_parquet({_q(path)})")


def _views(con: Any, data_dir: Path, labels: Path | None) -> None:
    """Views over the data directory; a missing table is an empty view, not an error."""
    for name, (table, columns) in _VIEWS.items():
        path = labels if name == "labels" else data_dir / f"{table}.parquet"
        _view(con, name, path, columns)
    con.execute(
        """
        CREATE TABLE entity_attrs AS
        SELECT 'listing' AS entity_type, l.id AS entity_id, l.seller_id, l.category,
               l.created_at AS ts, l.id AS listing_id
        FROM listings l
        UNION ALL
        SELECT 'creator_post', p.id, p.seller_id, l.category, p.posted_at, p.listing_id
        FROM posts p LEFT JOIN listings l ON l.id = p.listing_id
        UNION ALL
        SELECT 'seller', s.id, s.id, NULL, s.registered_at, NULL FROM sellers s
        """
    )
    con.execute(
        """
        CREATE TABLE listing_gmv AS
        SELECT listing_id, SUM(amount)::BIGINT AS gmv FROM orders
        WHERE status IS DISTINCT FROM 'cancelled' GROUP BY listing_id
        """
    )
    con.execute(
        """
        CREATE TABLE seller_gmv AS
        SELECT seller_id, SUM(amount)::BIGINT AS gmv FROM orders
        WHERE status IS DISTINCT FROM 'cancelled' GROUP BY seller_id
        """
    )


def compute(
    metas: list[PolicyMeta],
    hits: Any,
    data_dir: Path,
    labels: Path | None,
    thresholds: list[Threshold],
    *,
    pack_name: str = "",
    pack_hash: str = "",
    progress: Progress = _noop,
) -> BacktestResult:
    """Every backtest figure from a hits table (any engine's output, or a fixture)."""
    import duckdb

    data_dir = Path(data_dir)
    if labels is None and (data_dir / "labels.parquet").exists():
        labels = data_dir / "labels.parquet"
    if "entity_type" not in hits.column_names:
        raise DataError("hits need an entity_type column / hits に entity_type 列が必要です")
    con = duckdb.connect()
    try:
        progress("figures", 0, 5)
        _views(con, data_dir, labels)
        hit_cols = hits.select(["entity_type", "entity_id", "policy_id"])
        con.register("raw_hits", hit_cols)
        pol_rows = [(m.policy_id, m.family, m.applies_to, m.points, m.action) for m in metas]
        con.execute(
            "CREATE TABLE pols (policy_id VARCHAR, family VARCHAR, applies_to VARCHAR, "
            "points BIGINT, action VARCHAR)"
        )
        if pol_rows:
            con.executemany("INSERT INTO pols VALUES (?, ?, ?, ?, ?)", pol_rows)
        # One row per (entity, policy): an engine may report several evidence rows.
        con.execute(
            """
            CREATE TABLE h AS
            SELECT DISTINCT r.entity_type, r.entity_id, r.policy_id, p.family, p.points,
                   p.action
            FROM raw_hits r JOIN pols p USING (policy_id)
            """
        )
        con.execute(
            """
            CREATE TABLE viol AS
            SELECT DISTINCT entity_type, entity_id, family FROM labels
            WHERE kind = 'violation' AND family IS NOT NULL
            """
        )
        con.execute(
            """
            CREATE TABLE look AS
            SELECT DISTINCT entity_type, entity_id, family FROM labels WHERE kind = 'lookalike'
            """
        )
        con.execute(
            """
            CREATE TABLE eh AS
            SELECT h.*, a.seller_id, COALESCE(a.category, 'n/a') AS category,
                   COALESCE(s.seller_type, 'n/a') AS segment, a.ts, a.listing_id,
                   (v.entity_id IS NOT NULL) AS tp,
                   (lk.entity_id IS NOT NULL) AS lookalike
            FROM h
            LEFT JOIN entity_attrs a USING (entity_type, entity_id)
            LEFT JOIN sellers s ON s.id = a.seller_id
            LEFT JOIN viol v ON v.entity_type = h.entity_type AND v.entity_id = h.entity_id
                             AND v.family = h.family
            LEFT JOIN look lk ON lk.entity_type = h.entity_type AND lk.entity_id = h.entity_id
                              AND lk.family IS NOT DISTINCT FROM h.family
            """
        )
        progress("figures", 1, 5)

        # Accuracy per policy and per slice.
        counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for pid, tp, fp, look in con.execute(
            "SELECT policy_id, COUNT(*) FILTER (WHERE tp), COUNT(*) FILTER (WHERE NOT tp), "
            "COUNT(*) FILTER (WHERE lookalike AND NOT tp) FROM eh GROUP BY policy_id"
        ).fetchall():
            counts[pid].update(tp=tp, fp=fp, look=look)
        for pid, fn in con.execute(
            """
            SELECT p.policy_id, COUNT(*) FROM pols p
            JOIN viol v ON v.family = p.family AND v.entity_type = p.applies_to
            WHERE NOT EXISTS (SELECT 1 FROM h WHERE h.policy_id = p.policy_id
                              AND h.entity_type = v.entity_type AND h.entity_id = v.entity_id)
            GROUP BY p.policy_id
            """
        ).fetchall():
            counts[pid]["fn"] = fn

        by_category: dict[str, dict[str, Score]] = defaultdict(dict)
        by_segment: dict[str, dict[str, Score]] = defaultdict(dict)
        for col, target in (("category", by_category), ("segment", by_segment)):
            acc: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
            for pid, key, tp, fp in con.execute(
                f"SELECT policy_id, {col}, COUNT(*) FILTER (WHERE tp), "
                f"COUNT(*) FILTER (WHERE NOT tp) FROM eh GROUP BY ALL"
            ).fetchall():
                acc[(pid, key)][0] += tp
                acc[(pid, key)][1] += fp
            attr = (
                "COALESCE(a.category, 'n/a')"
                if col == "category"
                else ("COALESCE(s.seller_type, 'n/a')")
            )
            for pid, key, fn in con.execute(
                f"""
                SELECT p.policy_id, {attr}, COUNT(*) FROM pols p
                JOIN viol v ON v.family = p.family AND v.entity_type = p.applies_to
                LEFT JOIN entity_attrs a ON a.entity_type = v.entity_type
                                         AND a.entity_id = v.entity_id
                LEFT JOIN sellers s ON s.id = a.seller_id
                WHERE NOT EXISTS (SELECT 1 FROM h WHERE h.policy_id = p.policy_id
                                  AND h.entity_type = v.entity_type
                                  AND h.entity_id = v.entity_id)
                GROUP BY ALL
                """
            ).fetchall():
                acc[(pid, key)][2] += fn
            for (pid, key), (tp, fp, fn) in sorted(acc.items()):
                target[pid][key] = Score(tp, fp, fn)
        # Per family: the union of its policies. A family split over several narrow
        # policies has low recall per policy; what matters is what the family catches.
        by_family: dict[str, Score] = {}
        for fam, tp, fp, fn in con.execute(
            """
            WITH fh AS (SELECT DISTINCT family, entity_type, entity_id FROM h
                        WHERE family IS NOT NULL),
                 fv AS (SELECT DISTINCT v.family, v.entity_type, v.entity_id FROM viol v
                        JOIN (SELECT DISTINCT family, applies_to FROM pols) p
                          ON p.family = v.family AND p.applies_to = v.entity_type)
            SELECT f.family,
                   (SELECT COUNT(*) FROM fh JOIN fv USING (family, entity_type, entity_id)
                    WHERE fh.family = f.family),
                   (SELECT COUNT(*) FROM fh WHERE fh.family = f.family AND NOT EXISTS (
                        SELECT 1 FROM fv WHERE fv.family = fh.family
                        AND fv.entity_type = fh.entity_type AND fv.entity_id = fh.entity_id)),
                   (SELECT COUNT(*) FROM fv WHERE fv.family = f.family AND NOT EXISTS (
                        SELECT 1 FROM fh WHERE fh.family = fv.family
                        AND fh.entity_type = fv.entity_type AND fh.entity_id = fv.entity_id))
            FROM (SELECT DISTINCT family FROM pols WHERE family IS NOT NULL) f
            ORDER BY 1
            """
        ).fetchall():
            by_family[fam] = Score(int(tp), int(fp), int(fn))
        progress("figures", 2, 5)

        # Exposure per policy.
        exposure: dict[str, tuple[int, int, int]] = {}
        for pid, listings, sellers, gmv_l, gmv_s in con.execute(
            """
            WITH lst AS (
                SELECT DISTINCT policy_id, listing_id FROM eh
                WHERE listing_id IS NOT NULL AND entity_type <> 'seller'
            ), slr AS (
                SELECT DISTINCT policy_id, seller_id FROM eh WHERE seller_id IS NOT NULL
            ), sl_hit AS (
                SELECT DISTINCT policy_id, entity_id AS seller_id FROM eh
                WHERE entity_type = 'seller'
            )
            SELECT p.policy_id,
                   (SELECT COUNT(*) FROM lst WHERE lst.policy_id = p.policy_id),
                   (SELECT COUNT(*) FROM slr WHERE slr.policy_id = p.policy_id),
                   (SELECT COALESCE(SUM(g.gmv), 0) FROM lst JOIN listing_gmv g USING (listing_id)
                    WHERE lst.policy_id = p.policy_id),
                   (SELECT COALESCE(SUM(g.gmv), 0) FROM sl_hit JOIN seller_gmv g
                    USING (seller_id) WHERE sl_hit.policy_id = p.policy_id)
            FROM pols p
            """
        ).fetchall():
            exposure[pid] = (int(listings), int(sellers), int(gmv_l) + int(gmv_s))

        # Totals across policies (an entity hit by two policies counts once).
        (tot_listings,) = con.execute(
            "SELECT COUNT(DISTINCT listing_id) FROM eh WHERE entity_type <> 'seller'"
        ).fetchone() or (0,)
        (tot_sellers,) = con.execute("SELECT COUNT(DISTINCT seller_id) FROM eh").fetchone() or (0,)
        (tot_gmv_aff,) = con.execute(
            """
            SELECT COALESCE((SELECT SUM(gmv) FROM listing_gmv WHERE listing_id IN
                (SELECT listing_id FROM eh WHERE entity_type <> 'seller')), 0)
                 + COALESCE((SELECT SUM(gmv) FROM seller_gmv WHERE seller_id IN
                (SELECT entity_id FROM eh WHERE entity_type = 'seller')), 0)
            """
        ).fetchone() or (0,)
        (total_gmv,) = con.execute("SELECT COALESCE(SUM(gmv), 0) FROM listing_gmv").fetchone() or (
            0,
        )
        progress("figures", 3, 5)

        # Volume over time (ISO weeks of the entity's creation or posting time).
        over_time: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for pid, week, n in con.execute(
            "SELECT policy_id, strftime(date_trunc('week', ts), '%Y-%m-%d'), COUNT(*) "
            "FROM eh WHERE ts IS NOT NULL GROUP BY ALL ORDER BY 1, 2"
        ).fetchall():
            over_time[pid].append((week, int(n)))

        # The ladder and the content actions.
        points = {
            sid: int(pts)
            for sid, pts in con.execute(
                "SELECT seller_id, SUM(points) FROM eh WHERE seller_id IS NOT NULL GROUP BY 1"
            ).fetchall()
        }
        outcomes = simulate_ladder(points, thresholds)
        content_actions = {
            a: int(n)
            for a, n in con.execute(
                "SELECT action, COUNT(*) FROM eh GROUP BY 1 ORDER BY 1"
            ).fetchall()
        }
        points_by_policy = {
            pid: int(n)
            for pid, n in con.execute("SELECT policy_id, SUM(points) FROM eh GROUP BY 1").fetchall()
        }
        progress("figures", 4, 5)

        keys = [(e, p) for e, p in con.execute("SELECT entity_id, policy_id FROM h").fetchall()]
        labelled = bool(con.execute("SELECT COUNT(*) FROM labels").fetchone()[0])  # type: ignore[index]
    finally:
        con.close()

    results: list[PolicyResult] = []
    for m in metas:
        c = counts.get(m.policy_id, {})
        lst, slr, gmv = exposure.get(m.policy_id, (0, 0, 0))
        results.append(
            PolicyResult(
                meta=m,
                score=Score(c.get("tp", 0), c.get("fp", 0), c.get("fn", 0)),
                lookalike_hits=c.get("look", 0),
                listings_affected=lst,
                sellers_affected=slr,
                gmv_affected=gmv,
                points_issued=points_by_policy.get(m.policy_id, 0),
                scored=labelled and m.family is not None,
            )
        )
    suspended = [o for o in outcomes if o.suspended]
    progress("figures", 5, 5)
    return BacktestResult(
        pack_name=pack_name,
        pack_hash=pack_hash,
        data_dir=str(data_dir),
        labelled=labelled,
        policies=results,
        by_category=dict(by_category),
        by_segment=dict(by_segment),
        by_family=by_family,
        over_time=dict(over_time),
        content_actions=content_actions,
        seller_actions=count_actions(outcomes),
        sellers_suspended=len(suspended),
        suspended_examples=[o.seller_id for o in suspended[:10]],
        total_hits=sum(r.score.hits for r in results),
        total_gmv=int(total_gmv),
        gmv_affected=int(tot_gmv_aff),
        sellers_affected=int(tot_sellers),
        listings_affected=int(tot_listings),
        overlaps=overlap(keys),
    )


def hit_keys(hits: Any) -> list[tuple[str, str]]:
    ids = hits.column("entity_id").to_pylist()
    pols = hits.column("policy_id").to_pylist()
    return sorted(set(zip(ids, pols, strict=True)))


def thresholds_of(pack: Any) -> list[Threshold]:
    """The pack's ladder as the pure simulator wants it (defaults when the pack has none)."""
    from mamori.enforcement.ladder import ladder_from

    spec = ladder_from(getattr(pack, "ladder", None))
    return [Threshold(s.points, s.action, s.duration_days) for s in spec.thresholds]


def run_backtest(
    pack_ref: str | Path,
    data_dir: Path,
    *,
    labels: Path | None = None,
    against: str | None = None,
    engine: str = "duckdb",
    progress: Progress = _noop,
) -> BacktestResult:
    """Load, scan, score and (with ``against``) diff: the whole ``mamori backtest``."""
    from mamori.policy import load_pack

    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise DataError(
            f"データディレクトリ {data_dir} がありません / data directory {data_dir} not found"
        )
    pack = load_pack(pack_ref)
    hits = scan(pack, data_dir, engine, progress, "scan")
    result = compute(
        policy_meta(pack),
        hits,
        data_dir,
        labels,
        thresholds_of(pack),
        pack_name=str(getattr(pack, "name", "") or pack_ref),
        pack_hash=str(getattr(pack, "hash", "")),
        progress=progress,
    )
    if against is not None:
        with pack_at(against, Path(pack.path)) as other_path:
            other = load_pack(other_path)
            base_hits = scan(other, data_dir, engine, progress, "scan (against)")
        result.diff = diff_hits(
            hit_keys(base_hits),
            hit_keys(hits),
            base_policies=[p.id for p in other.policies],
            candidate_policies=[p.id for p in pack.policies],
        )
        result.against = against
        wanted = {e for d in result.diff for e in (*d.gained_examples, *d.lost_examples)}
        result.examples = example_texts(data_dir, wanted)
    return result


def example_texts(data_dir: Path, ids: set[str], limit: int = 80) -> dict[str, str]:
    """Titles (listings), captions (posts) or shop names (sellers) of example entities.

    A reviewer judges a gained or lost hit by reading it; ids alone say nothing. Texts are
    cut to ``limit`` characters.
    """
    import duckdb

    if not ids:
        return {}
    sources = [
        ("listings", "title"),
        ("creator_posts", "caption"),
        ("sellers", "shop_name"),
    ]
    out: dict[str, str] = {}
    con = duckdb.connect()
    try:
        con.execute("CREATE TABLE wanted (id VARCHAR)")
        con.executemany("INSERT INTO wanted VALUES (?)", [(i,) for i in sorted(ids)])
        for table, col in sources:
            if not _has(data_dir, table):
                continue
            rows = con.execute(
                f"SELECT t.id, t.{col} FROM read_parquet({_q(data_dir / (table + '.parquet'))}) t "
                f"JOIN wanted w ON w.id = t.id"
            ).fetchall()
            for eid, text in rows:
                if text is not None and eid not in out:
                    out[str(eid)] = str(text)[:limit]
    finally:
        con.close()
    return out


def write_summary(result: BacktestResult, path: Path) -> None:
    path.write_text(
        json.dumps(result.summary(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def record_run(
    session: Any, result: BacktestResult, actor: str | None, report_path: str | None
) -> str:
    """Store the run so the console's backtest page can list and chart it."""
    import uuid

    from sqlalchemy import insert

    from mamori.storage.audit import canonical_json, utcnow
    from mamori.storage.lifecycle_tables import backtest_runs

    run_id = uuid.uuid4().hex
    session.execute(
        insert(backtest_runs).values(
            id=run_id,
            created_at=utcnow(),
            actor=actor,
            pack_hash=result.pack_hash,
            against=result.against,
            data_dir=result.data_dir,
            summary=canonical_json(result.to_dict()),
            report_path=report_path,
        )
    )
    return run_id


def list_runs(session: Any, limit: int = 50) -> list[dict[str, Any]]:
    """Recent backtest runs, newest first, as plain data (console, API)."""
    from sqlalchemy import select

    from mamori.storage.lifecycle_tables import backtest_runs

    rows = session.execute(
        select(backtest_runs).order_by(backtest_runs.c.created_at.desc()).limit(limit)
    )
    return [
        {
            "id": r.id,
            "created_at": r.created_at.isoformat(),
            "actor": r.actor,
            "pack_hash": r.pack_hash,
            "against": r.against,
            "data_dir": r.data_dir,
            "result": json.loads(r.summary),
            "report_path": r.report_path,
        }
        for r in rows
    ]
