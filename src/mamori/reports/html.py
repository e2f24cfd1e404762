"""The run report: one self-contained HTML page for a run directory.

A run directory (Contracts) holds ``data/`` (the tables), ``hits.parquet`` and
``findings.parquet``; the page shows what people would rather look at than read — hits
by policy family, category and week, the evidence terms, sellers by penalty exposure,
sample hits with the evidence highlighted in the original Japanese text, and the
findings of discovery. Plotly's JavaScript is inlined once, so the file works offline.

Later capabilities add their own sections: pass ``sections=`` to :func:`render_run`, or
register a provider with :func:`register_section` (called with the loaded run).
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment

_ENV = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
PLOTLY_CONFIG = {"displaylogo": False, "responsive": True}
TEXT_TIME_COLUMNS: dict[str, str] = {
    "listing": "created_at",
    "creator_post": "posted_at",
    "seller": "registered_at",
    "review": "created_at",
    "order": "ordered_at",
}
ENTITY_TABLES: dict[str, str] = {
    "listing": "listings",
    "creator_post": "creator_posts",
    "seller": "sellers",
    "review": "reviews",
    "order": "orders",
}


@dataclass(frozen=True, slots=True)
class Section:
    """A block of the report. ``html`` is trusted markup built by mamori code (escape
    any data you put into it); ``order`` places it (built-ins use 10–90)."""

    id: str
    title_ja: str
    title_en: str
    html: str
    order: int = 100
    wrap: bool = True  # False: ``html`` is already a complete <section> with its heading


@dataclass
class Run:
    """A loaded run directory: paths and a DuckDB connection with views."""

    run_dir: Path
    data_dir: Path
    con: Any
    tables: set[str] = field(default_factory=set)
    # penalty ladder (points, action) to draw against seller exposure, if known
    ladder: tuple[tuple[int, str], ...] = ()

    def has(self, name: str) -> bool:
        return name in self.tables

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self.con.execute(sql, list(params)).fetchall())

    def scalar(self, sql: str) -> Any:
        row = self.con.execute(sql).fetchone()
        return row[0] if row else None


SectionProvider = Callable[[Run], Section | None]
_PROVIDERS: list[SectionProvider] = []


def register_section(provider: SectionProvider) -> SectionProvider:
    """Add a section provider to every report (usable as a decorator)."""
    if provider not in _PROVIDERS:
        _PROVIDERS.append(provider)
    return provider


def open_run(run_dir: Path | str) -> Run:
    """Register the run's Parquet files as DuckDB views (nothing is loaded eagerly)."""
    import duckdb

    run_dir = Path(run_dir)
    data_dir = run_dir / "data" if (run_dir / "data").is_dir() else run_dir
    con = duckdb.connect()
    con.execute("SET threads = 2")
    run = Run(run_dir, data_dir, con)
    candidates = {
        name: data_dir / f"{name}.parquet"
        for name in (
            *ENTITY_TABLES.values(),
            "labels",
            "account_links",
            "price_history",
            "reports",
            "creators",
        )
    }
    candidates["hits"] = run_dir / "hits.parquet"
    candidates["findings"] = run_dir / "findings.parquet"
    for name, path in candidates.items():
        if path.exists():
            con.execute(f"CREATE VIEW \"{name}\" AS SELECT * FROM read_parquet('{_sql_str(path)}')")
            run.tables.add(name)
    return run


def _sql_str(path: Path) -> str:
    return str(path).replace("'", "''")


# ---------------------------------------------------------------------------------------
# figures


def _fig_html(fig: Any, div_id: str, height: int = 380) -> str:
    fig.update_layout(
        height=height,
        margin={"l": 50, "r": 20, "t": 50, "b": 60},
        font={"family": 'system-ui, "Hiragino Sans", "Noto Sans JP", sans-serif'},
        legend={"orientation": "h", "y": -0.2},
    )
    return str(
        fig.to_html(
            full_html=False, include_plotlyjs=False, div_id=f"fig-{div_id}", config=PLOTLY_CONFIG
        )
    )


def _hits_entity_join(run: Run) -> str:
    """SQL: hits with the entity's category, seller and time (listings and posts)."""
    parts = []
    has_et = "entity_type" in _columns(run, "hits")
    et = "h.entity_type" if has_et else "'listing'"
    if run.has("listings"):
        parts.append(
            f"SELECT h.*, {et} AS et, l.category, l.seller_id AS sid, l.created_at AS t FROM hits h "
            f"JOIN listings l ON l.id = h.entity_id"
            + (" WHERE h.entity_type = 'listing'" if has_et else "")
        )
    if run.has("creator_posts") and has_et:
        cat = "coalesce(l.category, 'creator_post')" if run.has("listings") else "'creator_post'"
        lj = " LEFT JOIN listings l ON l.id = p.listing_id" if run.has("listings") else ""
        parts.append(
            f"SELECT h.*, h.entity_type AS et, {cat} AS category, p.seller_id AS sid, p.posted_at AS t FROM hits h "
            f"JOIN creator_posts p ON p.id = h.entity_id{lj} WHERE h.entity_type = 'creator_post'"
        )
    if run.has("sellers") and has_et:
        parts.append(
            "SELECT h.*, h.entity_type AS et, 'seller' AS category, s.id AS sid, s.registered_at AS t FROM hits h "
            "JOIN sellers s ON s.id = h.entity_id WHERE h.entity_type = 'seller'"
        )
    return " UNION ALL BY NAME ".join(parts) if parts else "SELECT * FROM hits WHERE false"


def _columns(run: Run, table: str) -> set[str]:
    if not run.has(table):
        return set()
    return {r[0] for r in run.rows(f'DESCRIBE "{table}"')}


def _family_expr(run: Run) -> str:
    cols = _columns(run, "hits")
    if "family" in cols:
        return "coalesce(family, split_part(policy_id, '.', 2), policy_id)"
    return "coalesce(nullif(split_part(policy_id, '.', 2), ''), policy_id)"


def section_overview(run: Run) -> Section:
    rows = []
    for name in (
        "sellers",
        "listings",
        "creator_posts",
        "orders",
        "reviews",
        "account_links",
        "price_history",
        "reports",
        "labels",
        "hits",
        "findings",
    ):
        if run.has(name):
            rows.append((name, int(run.scalar(f'SELECT count(*) FROM "{name}"'))))
    body = _ENV.from_string(
        """<table class="kv">{% for n, c in rows %}<tr><th>{{ n }}</th><td>{{ "{:,}".format(c) }}</td></tr>{% endfor %}</table>
{% if not has_hits %}<p class="note">hits.parquet がありません（スキャン未実行）/ no hits.parquet: the scan did not run.</p>{% endif %}"""
    ).render(rows=rows, has_hits=run.has("hits"))
    return Section("overview", "概要", "Overview", body, order=10)


def section_hits(run: Run) -> Section | None:
    if not run.has("hits"):
        return None
    import plotly.graph_objects as go

    fam = _family_expr(run)
    joined = _hits_entity_join(run)
    by_family = run.rows(f"SELECT {fam} AS f, count(*) n FROM hits GROUP BY 1 ORDER BY n DESC, f")
    if not by_family:
        return Section("hits", "ヒット", "Hits", "<p>ヒットはありません / no hits.</p>", order=20)
    parts = []
    fig = go.Figure(
        go.Bar(x=[r[0] for r in by_family], y=[r[1] for r in by_family], marker_color="#c0392b")
    )
    fig.update_layout(title="ポリシー系統別ヒット数 / hits by policy family")
    parts.append(_fig_html(fig, "hits-by-family"))
    weekly = run.rows(
        f"SELECT {fam} AS f, date_trunc('week', t) AS w, count(*) FROM ({joined}) WHERE t IS NOT NULL "
        "AND t >= (SELECT max(t) - INTERVAL 26 WEEK FROM ("
        + joined
        + ")) GROUP BY 1, 2 ORDER BY 2, 1"
    )
    if weekly:
        fig = go.Figure()
        for f in sorted({r[0] for r in weekly}):
            pts = [(r[1], r[2]) for r in weekly if r[0] == f]
            fig.add_scatter(
                x=[p[0] for p in pts], y=[p[1] for p in pts], name=f, mode="lines", stackgroup="one"
            )
        fig.update_layout(
            title="週別ヒット数（対象の作成週）/ hits per week of the entity's creation, last 26 weeks"
        )
        parts.append(_fig_html(fig, "hits-over-time"))
    heat = run.rows(f"SELECT {fam} AS f, category, count(*) FROM ({joined}) GROUP BY 1, 2")
    if heat:
        fams = sorted({r[0] for r in heat})
        cats = sorted({r[1] for r in heat if r[1] is not None})
        z = [[0] * len(cats) for _ in fams]
        for f, c, n in heat:
            if c is not None:
                z[fams.index(f)][cats.index(c)] = n
        fig = go.Figure(go.Heatmap(z=z, x=cats, y=fams, colorscale="Reds", hoverongaps=False))
        fig.update_layout(title="系統 × カテゴリ / family × category")
        parts.append(_fig_html(fig, "hits-family-category", height=max(360, 28 * len(fams) + 120)))
    sev = run.rows("SELECT severity, action, count(*) FROM hits GROUP BY 1, 2 ORDER BY 3 DESC")
    parts.append(
        _ENV.from_string(
            """<table class="grid"><thead><tr><th>severity 重大度</th><th>action 措置</th><th>hits</th></tr></thead><tbody>
{% for s, a, n in sev %}<tr><td>{{ s }}</td><td>{{ a }}</td><td>{{ "{:,}".format(n) }}</td></tr>{% endfor %}</tbody></table>"""
        ).render(sev=sev)
    )
    return Section(
        "hits",
        "ヒット（系統・カテゴリ・時系列）",
        "Hits by family, category and time",
        "\n".join(parts),
        order=20,
    )


def section_terms(run: Run) -> Section | None:
    if not run.has("hits") or "evidence" not in _columns(run, "hits"):
        return None
    import plotly.graph_objects as go

    ev_type = {r[0]: r[1] for r in run.rows('DESCRIBE "hits"')}["evidence"]
    if ev_type.upper().startswith("VARCHAR"):
        src = 'SELECT unnest(from_json(evidence, \'[{"field":"VARCHAR","text":"VARCHAR","start":"BIGINT","end":"BIGINT"}]\')) AS e FROM hits'
    else:
        src = "SELECT unnest(evidence) AS e FROM hits"
    terms = run.rows(
        f"SELECT e.text, count(*) n FROM ({src}) WHERE e.text IS NOT NULL AND e.text <> '' GROUP BY 1 ORDER BY n DESC, 1 LIMIT 25"
    )
    if not terms:
        return None
    terms = list(reversed(terms))
    fig = go.Figure(
        go.Bar(
            x=[r[1] for r in terms],
            y=[r[0] for r in terms],
            orientation="h",
            marker_color="#8e44ad",
        )
    )
    fig.update_layout(title="上位の証拠語句 / top evidence terms")
    return Section(
        "terms",
        "証拠語句",
        "Evidence terms",
        _fig_html(fig, "top-terms", height=max(380, 22 * len(terms) + 100)),
        order=30,
    )


def section_sellers(run: Run) -> Section | None:
    if not run.has("hits") or "points" not in _columns(run, "hits"):
        return None
    import plotly.graph_objects as go

    joined = _hits_entity_join(run)
    names = "LEFT JOIN sellers s ON s.id = x.sid" if run.has("sellers") else ""
    sel = "coalesce(s.shop_name, '')" if run.has("sellers") else "''"
    top = run.rows(
        f"SELECT x.sid, {sel}, count(*) hits, sum(coalesce(x.points, 0)) pts, count(DISTINCT x.policy_id) "
        f"FROM ({joined}) x {names} WHERE x.sid IS NOT NULL GROUP BY 1, 2 ORDER BY pts DESC, hits DESC, 1 LIMIT 20"
    )
    if not top:
        return None
    fig = go.Figure(
        go.Bar(x=[f"{r[0]} {r[1]}" for r in top], y=[r[3] for r in top], marker_color="#d35400")
    )
    fig.update_layout(
        title="出店者別の違反点数（ヒットの合計）/ sellers by penalty exposure (sum of points)"
    )
    top_points = max(r[3] for r in top)
    last = None
    for points, action in sorted(run.ladder):
        # label a threshold only where it does not collide with the previous one
        crowded = last is not None and points - last < 0.07 * max(top_points, points)
        if points <= top_points * 1.2:
            fig.add_hline(
                y=points,
                line_dash="dot",
                line_color="#7f8c8d",
                annotation_text="" if crowded else f"{action} ≥ {points}",
                annotation_position="top right",
                annotation_font_size=10,
            )
            if not crowded:
                last = points
    table = _ENV.from_string(
        """<table class="grid"><thead><tr><th>seller</th><th>shop 店舗名</th><th>hits</th><th>points 点数</th><th>policies</th></tr></thead><tbody>
{% for sid, shop, h, p, k in top %}<tr><td><code>{{ sid }}</code></td><td>{{ shop }}</td><td>{{ h }}</td><td>{{ p }}</td><td>{{ k }}</td></tr>{% endfor %}</tbody></table>"""
    ).render(top=top)
    return Section(
        "sellers",
        "出店者のペナルティ露出",
        "Sellers by penalty exposure",
        _fig_html(fig, "seller-exposure") + table,
        order=40,
    )


def highlight(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """Escape ``text`` and wrap each span in ``<mark>`` (overlaps merged).

    >>> highlight("<b>シミが消える</b>", [(3, 5)])
    '&lt;b&gt;<mark>シミ</mark>が消える&lt;/b&gt;'
    """
    merged: list[list[int]] = []
    for s, e in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        if e <= s:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out, pos = [], 0
    for s, e in merged:
        out.append(html.escape(text[pos:s]))
        out.append(f"<mark>{html.escape(text[s:e])}</mark>")
        pos = e
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _evidence_list(value: Any) -> list[dict[str, Any]]:
    if value is None:
        return []
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except ValueError:
            return []
        return [e for e in parsed if isinstance(e, dict)] if isinstance(parsed, list) else []
    return [e for e in value if isinstance(e, dict)]


def section_samples(run: Run, per_policy: int = 1, limit: int = 48) -> Section | None:
    if not run.has("hits") or "evidence" not in _columns(run, "hits"):
        return None
    fam = _family_expr(run)
    cols = _columns(run, "hits")
    et = "entity_type" if "entity_type" in cols else "'listing'"
    reason_ja = "reason_ja" if "reason_ja" in cols else "NULL"
    reason_en = "reason_en" if "reason_en" in cols else "NULL"
    quotes_text = " OR ".join(
        f"evidence::VARCHAR LIKE '%{f}%'" for f in ("title", "description", "caption", "transcript")
    )
    # one example per policy, preferring hits whose evidence quotes free text
    picked = run.rows(
        f"SELECT f, et, entity_id, policy_id, severity, evidence, rja, ren FROM ("
        f"SELECT {fam} AS f, {et} AS et, entity_id, policy_id, severity, evidence::VARCHAR AS evidence, "
        f"{reason_ja} AS rja, {reason_en} AS ren, row_number() OVER (PARTITION BY policy_id "
        f"ORDER BY ({quotes_text}) DESC, hash(entity_id), entity_id) rn FROM hits) "
        f"WHERE rn <= {int(per_policy)} ORDER BY f, policy_id, entity_id LIMIT {int(limit)}"
    )
    cards = []
    for f, et_value, eid, pid, sev, ev_json, rja, ren in picked:
        ev = _evidence_list(_reparse(run, ev_json))
        table = ENTITY_TABLES.get(str(et_value))
        fields = sorted({str(e.get("field")) for e in ev if e.get("field")})
        texts: list[tuple[str, str]] = []
        if table and run.has(table):
            tcols = _columns(run, table)
            for fld in fields:
                if fld in tcols:
                    val = run.rows(f'SELECT "{fld}"::VARCHAR FROM "{table}" WHERE id = ?', [eid])
                    if val and val[0][0] is not None:
                        spans = [
                            (int(e.get("start") or 0), int(e.get("end") or 0))
                            for e in ev
                            if e.get("field") == fld
                        ]
                        texts.append((fld, highlight(str(val[0][0]), spans)))
        if not texts:  # structured hits (marks, licences): show the evidence itself
            texts = [(str(e.get("field")), html.escape(str(e.get("text")))) for e in ev]
        cards.append(
            {
                "family": f,
                "entity_type": et_value,
                "entity_id": eid,
                "policy_id": pid,
                "severity": sev,
                "texts": texts,
                "reason_ja": rja,
                "reason_en": ren,
            }
        )
    if not cards:
        return None
    body = _ENV.from_string(
        """<div class="samples">{% for c in cards %}<div class="card"><div class="head"><span class="fam">{{ c.family }}</span>
<code>{{ c.policy_id }}</code> · {{ c.entity_type }} <code>{{ c.entity_id }}</code> · {{ c.severity }}</div>
{% for fld, marked in c.texts %}<div class="field"><span class="fname">{{ fld }}</span> {{ marked|safe }}</div>{% endfor %}
{% if c.reason_ja or c.reason_en %}<div class="reason">{{ c.reason_ja or "" }}<br><span class="en">{{ c.reason_en or "" }}</span></div>{% endif %}
</div>{% endfor %}</div>"""
    ).render(cards=cards)
    return Section(
        "samples", "ヒット例（証拠を強調表示）", "Sample hits, evidence highlighted", body, order=50
    )


def section_prices(run: Run, limit: int = 4) -> Section | None:
    """Daily prices of a few listings hit for a misleading reference price, against the
    通常価格 they show: the picture that makes the 8-week rule obvious."""
    if not (run.has("hits") and run.has("price_history") and run.has("listings")):
        return None
    import plotly.graph_objects as go

    fam = _family_expr(run)
    picked = run.rows(
        f"SELECT DISTINCT h.entity_id, l.list_price, l.title FROM (SELECT *, {fam} AS f FROM hits) h "
        "JOIN listings l ON l.id = h.entity_id WHERE h.f = 'keihyo_double_price' "
        f"AND l.list_price IS NOT NULL ORDER BY h.entity_id LIMIT {int(limit)}"
    )
    if not picked:
        return None
    fig = go.Figure()
    palette = ("#c0392b", "#2980b9", "#27ae60", "#8e44ad", "#d35400", "#16a085")
    for k, (eid, list_price, _title) in enumerate(picked):
        colour = palette[k % len(palette)]
        series = run.rows(
            "SELECT observed_on, price FROM price_history WHERE listing_id = ? ORDER BY observed_on",
            [eid],
        )
        if not series:
            continue
        days = [d for d, _ in series]
        fig.add_scatter(
            x=days,
            y=[p for _, p in series],
            name=f"{eid} 販売価格",
            mode="lines",
            line={"color": colour},
        )
        fig.add_scatter(
            x=[days[0], days[-1]],
            y=[list_price, list_price],
            name=f"{eid} 通常価格 (shown)",
            mode="lines",
            line={"color": colour, "dash": "dash"},
        )
    fig.update_layout(
        title="二重価格表示: 実際の販売価格と表示された通常価格 / price actually charged vs the reference price shown",
        yaxis_title="¥",
    )
    titles = _ENV.from_string(
        """<ul class="titles">{% for eid, lp, title in picked %}<li><code>{{ eid }}</code> {{ title }} — 通常価格 ¥{{ "{:,}".format(lp) }}</li>{% endfor %}</ul>"""
    ).render(picked=picked)
    return Section(
        "prices",
        "二重価格表示（価格履歴）",
        "Reference prices against price history",
        _fig_html(fig, "price-history") + titles,
        order=55,
    )


def _reparse(run: Run, ev: Any) -> Any:
    """DuckDB renders a list of structs as ``[{'field': …}]``; turn that into JSON."""
    if not isinstance(ev, str) or ev.startswith(('[{"', "[]")):
        return ev
    try:
        return run.rows(
            'SELECT to_json(?::STRUCT(field VARCHAR, text VARCHAR, start BIGINT, "end" BIGINT)[])',
            [ev],
        )[0][0]
    except Exception:  # not convertible: no highlighting, the evidence text is still shown
        return None


def section_findings(run: Run) -> Section | None:
    if not run.has("findings"):
        return None
    import plotly.graph_objects as go

    kinds = run.rows("SELECT kind, count(*) FROM findings GROUP BY 1 ORDER BY 2 DESC, 1")
    if not kinds:
        return Section(
            "findings", "リスク発見", "Findings", "<p>発見なし / no findings.</p>", order=60
        )
    fig = go.Figure(
        go.Bar(x=[k[0] for k in kinds], y=[k[1] for k in kinds], marker_color="#2c3e50")
    )
    fig.update_layout(title="種類別の発見 / findings by kind")
    parts = [_fig_html(fig, "findings-by-kind")]
    top = run.rows(
        "SELECT kind, finding_id, entity_type, len(entity_ids), array_to_string(entity_ids[1:5], ', '), "
        'score, "window", evidence, suggested_action FROM (SELECT *, row_number() OVER '
        "(PARTITION BY kind ORDER BY score DESC NULLS LAST, finding_id) rn FROM findings) "
        "WHERE rn <= 3 ORDER BY kind, rn"
    )
    rows = [(*r[:7], evidence_summary(r[7]), r[8]) for r in top]
    parts.append(
        _ENV.from_string(
            """<table class="grid findings"><thead><tr><th>kind 種類</th><th>finding</th><th>entities 対象</th><th>score</th><th>window</th><th>evidence 根拠</th><th>suggested 推奨</th></tr></thead><tbody>
{% for k, fid, et, n, ids, score, win, ev, act in rows %}<tr><td>{{ k }}</td><td><code>{{ fid }}</code></td>
<td>{{ n }} {{ et }}<br><code>{{ ids }}{% if n > 5 %} …{% endif %}</code></td>
<td>{{ "%.3f"|format(score) if score is not none else "–" }}</td><td>{{ win or "–" }}</td>
<td class="ev"><dl class="ev">{% for key, value in ev %}<dt>{{ key }}</dt><dd>{{ value }}</dd>{% endfor %}</dl></td>
<td>{{ act or "–" }}</td></tr>{% endfor %}
</tbody></table>"""
        ).render(rows=rows)
    )
    return Section(
        "findings",
        "リスク発見（上位のリング・波・不正レビュー）",
        "Findings: top rings, waves and review fraud",
        "\n".join(parts),
        order=60,
    )


def evidence_summary(evidence: str | None, keys: int = 6, width: int = 80) -> list[tuple[str, str]]:
    """The first few fields of a finding's JSON evidence, each shortened for a table.

    >>> evidence_summary('{"term": "シナプトン", "lift": 3.8, "examples": [1, 2]}')
    [('term', 'シナプトン'), ('lift', '3.8'), ('examples', '[1, 2]')]
    """
    if not evidence:
        return []
    try:
        data = json.loads(evidence)
    except ValueError:
        return [("", evidence[:width])]
    if not isinstance(data, dict):
        return [("", json.dumps(data, ensure_ascii=False)[:width])]
    out = []
    for key, value in list(data.items())[:keys]:
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        out.append((str(key), text if len(text) <= width else text[: width - 1] + "…"))
    return out


# label kind → the finding kinds that should surface it
LABEL_FINDINGS: dict[str, tuple[str, ...]] = {
    "ring": ("account_ring",),
    "duplicate_wave": ("duplicate_cluster",),
    "brushing": ("brushing",),
    "review_burst": ("review_burst",),
    "collusion": ("review_collusion",),
    "rate_spike": ("seller_risk", "anomaly", "trend_break"),
}


def findings_coverage(run: Run) -> list[tuple[str, int, int, str]]:
    """Per planted label kind: groups planted, and groups with a member in a finding of
    the matching kind (the emerging term: a finding whose evidence names it)."""
    out = []
    for kind, finding_kinds in LABEL_FINDINGS.items():
        kinds_sql = ", ".join(f"'{k}'" for k in finding_kinds)
        row = run.rows(
            f"WITH f AS (SELECT DISTINCT unnest(entity_ids) AS id FROM findings WHERE kind IN ({kinds_sql})), "
            "g AS (SELECT coalesce(l.group_id, l.entity_id) AS g, bool_or(f.id IS NOT NULL) AS hit "
            "FROM labels l LEFT JOIN f ON f.id = l.entity_id WHERE l.kind = ? GROUP BY 1) "
            "SELECT count(*), count(*) FILTER (WHERE hit) FROM g",
            [kind],
        )
        planted, found = (int(row[0][0]), int(row[0][1])) if row else (0, 0)
        if planted:
            out.append((kind, planted, found, " / ".join(finding_kinds)))
    terms = run.rows(
        "SELECT DISTINCT substr(group_id, 6) FROM labels "
        "WHERE kind = 'emerging_term' AND group_id LIKE 'term-%' ORDER BY 1"
    )
    for (term,) in terms:
        hit = run.rows(
            "SELECT count(*) FROM findings WHERE kind IN ('emerging_term', 'policy_gap') "
            "AND strpos(evidence, ?) > 0",
            [term],
        )
        found = 1 if hit and hit[0][0] else 0
        out.append((f"emerging_term「{term}」", 1, found, "emerging_term / policy_gap"))
    return out


def section_ground_truth(run: Run) -> Section | None:
    """With generator labels beside the data: how much of what was planted the run found."""
    if not run.has("labels"):
        return None
    import plotly.graph_objects as go

    parts: list[str] = []
    if run.has("hits"):
        fam = _family_expr(run)
        has_et = "entity_type" in _columns(run, "hits")
        et_cond = "AND h.entity_type = l.entity_type" if has_et else ""
        rec = run.rows(
            "SELECT l.family, l.kind, count(DISTINCT l.entity_id) planted, "
            "count(DISTINCT CASE WHEN h.entity_id IS NOT NULL THEN l.entity_id END) found "
            f"FROM labels l LEFT JOIN (SELECT *, {fam} AS hf FROM hits) h ON h.entity_id = l.entity_id "
            f"{et_cond} AND h.hf = l.family "
            "WHERE l.kind IN ('violation', 'lookalike') GROUP BY 1, 2 ORDER BY 1, 2"
        )
        if rec:
            fams = sorted({r[0] for r in rec if r[0]})
            recall = {r[0]: r[3] / r[2] for r in rec if r[1] == "violation" and r[2]}
            flagged = {r[0]: r[3] / r[2] for r in rec if r[1] == "lookalike" and r[2]}
            fig = go.Figure()
            fig.add_bar(
                x=fams,
                y=[recall.get(f, 0.0) for f in fams],
                name="violations found 検出率 (recall)",
                marker_color="#27ae60",
            )
            fig.add_bar(
                x=fams,
                y=[flagged.get(f, 0.0) for f in fams],
                name="look-alikes flagged 誤検出率",
                marker_color="#e67e22",
            )
            fig.update_layout(
                title="仕込んだ違反の検出率と類似表現の誤検出率 / planted violations found, permitted look-alikes flagged",
                barmode="group",
            )
            fig.update_yaxes(range=[0, 1.05])
            parts.append(_fig_html(fig, "ground-truth"))
    if run.has("findings") and "entity_ids" in _columns(run, "findings"):
        coverage = findings_coverage(run)
        parts.append(
            _ENV.from_string(
                """<table class="grid"><thead><tr><th>planted 仕込み</th><th>groups 件数</th><th>surfaced 発見</th><th>by finding kind 発見の種類</th></tr></thead><tbody>
{% for k, n, f, by in coverage %}<tr><td>{{ k }}</td><td>{{ n }}</td><td>{{ f }} ({{ "%.0f"|format(100 * f / n) }}%)</td><td>{{ by }}</td></tr>{% endfor %}</tbody></table>"""
            ).render(coverage=coverage)
        )
    planted = run.rows(
        "SELECT kind, count(*), count(DISTINCT group_id) FROM labels GROUP BY 1 ORDER BY 1"
    )
    parts.append(
        _ENV.from_string(
            """<table class="grid"><thead><tr><th>label kind 種類</th><th>labels</th><th>groups</th></tr></thead><tbody>
{% for k, n, g in planted %}<tr><td>{{ k }}</td><td>{{ "{:,}".format(n) }}</td><td>{{ g }}</td></tr>{% endfor %}</tbody></table>"""
        ).render(planted=planted)
    )
    return Section(
        "ground-truth",
        "正解ラベルとの照合（合成データ）",
        "Against the generator's ground truth",
        "\n".join(parts),
        order=70,
    )


BUILTIN_SECTIONS: tuple[SectionProvider, ...] = (
    section_overview,
    section_hits,
    section_terms,
    section_sellers,
    section_samples,
    section_prices,
    section_findings,
    section_ground_truth,
)

_PAGE = _ENV.from_string(
    """<!doctype html>
<html lang="ja"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>守り mamori — 実行レポート / Run report</title>
<style>
body { font-family: system-ui, "Hiragino Sans", "Noto Sans JP", sans-serif; margin: 0; color: #222; background: #fafafa; }
header { background: #1f2d3d; color: #fff; padding: 1rem 2rem; }
header h1 { margin: 0; font-size: 1.4rem; }
header .meta { color: #cfd8e3; font-size: .85rem; }
nav { padding: .5rem 2rem; background: #eef2f6; font-size: .9rem; }
nav a { margin-right: 1rem; color: #1f2d3d; }
main { padding: 1rem 2rem 3rem; max-width: 1200px; }
section { background: #fff; border: 1px solid #e3e7ec; border-radius: 6px; padding: 1rem 1.5rem; margin: 1rem 0; }
h2 { font-size: 1.15rem; border-bottom: 2px solid #c0392b; padding-bottom: .3rem; }
h2 .en { color: #666; font-weight: normal; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; }
td.ev { max-width: 28rem; word-break: break-all; font-size: .8rem; color: #444; }
mark { background: #ffe08a; padding: 0 .1em; border-radius: 2px; }
.samples { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: .8rem; }
.card { border: 1px solid #e3e7ec; border-radius: 6px; padding: .6rem .8rem; font-size: .9rem; background: #fffdf7; }
.card .head { font-size: .8rem; color: #555; margin-bottom: .4rem; }
.card .fam { background: #c0392b; color: #fff; border-radius: 3px; padding: 0 .35rem; margin-right: .3rem; }
.card .field { margin: .25rem 0; line-height: 1.5; }
.card .fname { font-size: .75rem; color: #888; margin-right: .3rem; }
.note { color: #8a6d3b; }
.card .reason { margin-top: .4rem; font-size: .8rem; color: #444; border-top: 1px dashed #ddd; padding-top: .3rem; }
.card .reason .en { color: #777; }
dl.ev { margin: 0; font-size: .8rem; } dl.ev dt { display: inline; color: #777; } dl.ev dd { display: inline; margin: 0 .6rem 0 .2rem; }
</style>
<script>{{ plotly|safe }}</script>
</head><body>
<header><h1>守り mamori — 実行レポート / Run report</h1>
<div class="meta">{{ run_dir }} · {{ generated }}</div></header>
<nav>{% for s in sections %}<a href="#{{ s.id }}">{{ s.title_ja }}</a>{% endfor %}</nav>
<main>
{% for s in sections %}{% if s.wrap %}<section id="{{ s.id }}"><h2>{{ s.title_ja }} <span class="en">/ {{ s.title_en }}</span></h2>
{{ s.html|safe }}
</section>{% else %}{{ s.html|safe }}{% endif %}
{% endfor %}
</main></body></html>
"""
)


def render_html(run: Run, sections: Sequence[Section] = (), *, generated: str | None = None) -> str:
    """The whole page for a loaded run plus extra ``sections``."""
    from plotly.offline import get_plotlyjs

    found: list[Section] = []
    for provider in (*BUILTIN_SECTIONS, *_PROVIDERS):
        s = provider(run)
        if s is not None:
            found.append(s)
    found.extend(sections)
    seen: set[str] = set()
    ordered = []
    for s in sorted(found, key=lambda s: (s.order, s.id)):
        if s.id not in seen:
            seen.add(s.id)
            ordered.append(s)
    when = generated or datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return str(
        _PAGE.render(
            sections=ordered, plotly=get_plotlyjs(), run_dir=str(run.run_dir), generated=when
        )
    )


def enforcement_section(summary: dict[str, Any]) -> Section:
    """Decisions and actions a run recorded (``enforcement.json`` from the demo)."""
    import plotly.graph_objects as go

    by_type = summary.get("actions_by_type") or {}
    fig = go.Figure(go.Bar(x=list(by_type), y=list(by_type.values()), marker_color="#16a085"))
    fig.update_layout(title="措置の種類 / actions by type (content actions and the penalty ladder)")
    body = _ENV.from_string(
        """<table class="kv"><tr><th>entities 対象</th><td>{{ "{:,}".format(s.entities or 0) }}</td></tr>
<tr><th>decisions 判断</th><td>{{ "{:,}".format(s.decisions or 0) }}</td></tr>
<tr><th>actions 措置</th><td>{{ "{:,}".format(s.actions or 0) }}
({% for k, v in (s.actions_by_trigger or {}).items() %}{{ k }} {{ v }}{% if not loop.last %}, {% endif %}{% endfor %})</td></tr>
<tr><th>database</th><td><code>{{ s.database }}</code></td></tr></table>"""
    ).render(s=summary)
    return Section(
        "enforcement", "執行", "Enforcement", body + _fig_html(fig, "actions-by-type"), order=85
    )


def saved_sections(run_dir: Path) -> list[Section]:
    """Sections whose inputs a command saved beside the run (``backtest.json``,
    ``enforcement.json``)."""
    out: list[Section] = []
    enf = run_dir / "enforcement.json"
    if enf.exists():
        out.append(enforcement_section(json.loads(enf.read_text(encoding="utf-8"))))
    bt = run_dir / "backtest.json"
    if bt.exists():
        from mamori.reports.backtest import render_section

        body = render_section(json.loads(bt.read_text(encoding="utf-8")))
        out.append(Section("backtest", "バックテスト", "Backtest", body, order=80, wrap=False))
    return out


def render_run(
    run_dir: Path | str,
    out: Path | str,
    sections: Sequence[Section] = (),
    ladder: Sequence[tuple[int, str]] = (),
) -> Path:
    """Write the report of ``run_dir`` to ``out`` and return its path. ``ladder``:
    ``(points, action)`` thresholds drawn on the seller-exposure chart."""
    run_dir = Path(run_dir)
    if not run_dir.is_dir():
        raise FileNotFoundError(
            f"実行ディレクトリがありません / run directory not found: {run_dir}"
        )
    run = open_run(run_dir)
    run.ladder = tuple((int(p), str(a)) for p, a in ladder)
    try:
        page = render_html(run, [*saved_sections(run_dir), *sections])
    finally:
        run.con.close()
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(page, encoding="utf-8")
    return target
