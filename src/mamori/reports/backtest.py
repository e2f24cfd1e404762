"""The backtest report: one self-contained HTML page (plotly inlined, works offline).

``render_section`` returns the body fragment so the demo report can embed it next to
the other sections (it then includes plotly.js once for the whole page);
``render_page`` wraps it into a standalone document for ``mamori backtest -o``.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment

_ENV = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)

_SECTION = _ENV.from_string(
    """
<section class="mamori-backtest" id="backtest">
<h2>バックテスト / Backtest</h2>
<p class="meta">パック / pack <code>{{ r.pack.name }}</code> · hash <code>{{ r.pack.hash[:12] }}</code>
 · データ / data <code>{{ r.data_dir }}</code>
 {% if not r.labelled %}<br><strong>ラベルなし: 適合率・再現率は算出できません / no labels: precision and recall are undefined</strong>{% endif %}</p>

<h3>影響 / Business impact</h3>
<table class="kv">
<tr><th>ヒット数 / hits</th><td>{{ "{:,}".format(r.impact.total_hits) }}</td></tr>
<tr><th>対象出品 / listings affected</th><td>{{ "{:,}".format(r.impact.listings_affected) }}</td></tr>
<tr><th>対象出店者 / sellers affected</th><td>{{ "{:,}".format(r.impact.sellers_affected) }}</td></tr>
<tr><th>対象流通額 / GMV affected</th><td>¥{{ "{:,}".format(r.impact.gmv_affected) }}
 ({{ "%.1f" % gmv_share }}% of ¥{{ "{:,}".format(r.impact.total_gmv) }})</td></tr>
<tr><th>コンテンツ措置 / content actions</th><td>{% for a, n in r.impact.content_actions.items() %}{{ a }} {{ n }}{% if not loop.last %}, {% endif %}{% else %}–{% endfor %}</td></tr>
<tr><th>ペナルティ段階の措置 / ladder actions</th><td>{% for a, n in r.impact.seller_actions.items() %}{{ a }} {{ n }}{% if not loop.last %}, {% endif %}{% else %}–{% endfor %}</td></tr>
<tr><th>停止基準を超える出店者 / sellers crossing suspension</th><td>{{ r.impact.sellers_crossing_suspension }}
 {% if r.impact.suspension_examples %}(<code>{{ r.impact.suspension_examples|join(", ") }}</code>){% endif %}</td></tr>
</table>

<h3>ポリシー別 / Per policy</h3>
<table class="grid">
<thead><tr><th>policy</th><th>v</th><th>family</th><th>hits</th><th>precision [95% CI]</th>
<th>recall [95% CI]</th><th>look-alike FP</th><th>sellers</th><th>GMV ¥</th><th>points</th></tr></thead>
<tbody>
{% for p in r.policies %}
<tr><td><code>{{ p.policy_id }}</code><br><small>{{ p.title.ja }} / {{ p.title.en }}</small></td>
<td>{{ p.policy_version }}</td><td>{{ p.family or "–" }}</td><td>{{ p.hits }}</td>
<td>{{ pct(p.precision) }} [{{ pct(p.precision_ci[0]) }}, {{ pct(p.precision_ci[1]) }}]</td>
<td>{{ pct(p.recall) }} [{{ pct(p.recall_ci[0]) }}, {{ pct(p.recall_ci[1]) }}]</td>
<td>{{ p.lookalike_hits }}</td><td>{{ p.sellers_affected }}</td>
<td>{{ "{:,}".format(p.gmv_affected) }}</td><td>{{ p.points_issued }}</td></tr>
{% endfor %}
</tbody></table>
{% if r.labelled and r.by_family %}
<h3>ファミリー別（全ポリシーの和集合） / Per family (union of its policies)</h3>
<table class="grid"><thead><tr><th>family</th><th>TP</th><th>FP</th><th>FN</th>
<th>precision [95% CI]</th><th>recall [95% CI]</th></tr></thead><tbody>
{% for fam, s in r.by_family.items() %}<tr><td>{{ fam }}</td><td>{{ s.tp }}</td><td>{{ s.fp }}</td><td>{{ s.fn }}</td>
<td>{{ pct(s.precision) }} [{{ pct(s.precision_ci[0]) }}, {{ pct(s.precision_ci[1]) }}]</td>
<td>{{ pct(s.recall) }} [{{ pct(s.recall_ci[0]) }}, {{ pct(s.recall_ci[1]) }}]</td></tr>{% endfor %}
</tbody></table>
{% endif %}
{{ charts.accuracy|safe }}
{{ charts.volume|safe }}

<h3>カテゴリ別・出店者区分別の混同行列 / Confusion by category and seller segment</h3>
{% for title, table in (("category", r.by_category), ("segment", r.by_segment)) %}
<table class="grid">
<thead><tr><th>policy</th><th>{{ title }}</th><th>TP</th><th>FP</th><th>FN</th><th>precision</th><th>recall</th></tr></thead>
<tbody>
{% for pid, slices in table.items() %}{% for key, s in slices.items() %}
<tr><td><code>{{ pid }}</code></td><td>{{ key }}</td><td>{{ s.tp }}</td><td>{{ s.fp }}</td><td>{{ s.fn }}</td>
<td>{{ pct(s.precision) }}</td><td>{{ pct(s.recall) }}</td></tr>
{% endfor %}{% endfor %}
</tbody></table>
{% endfor %}

{% if r.overlap %}
<h3>ポリシー間の重複 / Overlap between policies</h3>
<table class="grid"><thead><tr><th>policy A</th><th>policy B</th><th>both</th><th>Jaccard</th></tr></thead><tbody>
{% for o in r.overlap[:30] %}<tr><td><code>{{ o.policy_a }}</code></td><td><code>{{ o.policy_b }}</code></td>
<td>{{ o.both }}</td><td>{{ "%.3f" % o.jaccard }}</td></tr>{% endfor %}
</tbody></table>
{% endif %}

{% if r.diff is not none %}
<h3>差分 / Diff against <code>{{ r.against }}</code></h3>
<table class="grid"><thead><tr><th>policy</th><th>status</th><th>before</th><th>after</th>
<th>gained</th><th>lost</th><th>examples gained</th><th>examples lost</th></tr></thead><tbody>
{% for d in r.diff %}<tr><td><code>{{ d.policy_id }}</code></td><td>{{ d.status }}</td>
<td>{{ d.base_hits }}</td><td>{{ d.candidate_hits }}</td><td>+{{ d.gained }}</td><td>−{{ d.lost }}</td>
<td>{% for e in d.gained_examples %}<code>{{ e }}</code>{% if r.examples and e in r.examples %} {{ r.examples[e] }}{% endif %}<br>{% endfor %}</td>
<td>{% for e in d.lost_examples %}<code>{{ e }}</code>{% if r.examples and e in r.examples %} {{ r.examples[e] }}{% endif %}<br>{% endfor %}</td></tr>{% endfor %}
</tbody></table>
{{ charts.diff|safe }}
{% endif %}
</section>
"""
)

_PAGE = _ENV.from_string(
    """<!doctype html>
<html lang="ja"><head><meta charset="utf-8">
<title>mamori backtest — {{ r.pack.name }}</title>
<style>
body { font-family: system-ui, "Hiragino Sans", "Noto Sans JP", sans-serif; margin: 2rem; color: #222; }
table { border-collapse: collapse; margin: .5rem 0 1.5rem; }
th, td { border: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; }
table.grid td:nth-child(n+3) { text-align: right; }
code { font-size: .9em; }
.meta { color: #555; }
</style>
{% if plotly %}<script>{{ plotly|safe }}</script>{% endif %}
</head><body>
<h1>守り mamori — バックテスト報告 / Backtest report</h1>
{{ section|safe }}
</body></html>
"""
)


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}%"


def _charts(r: dict[str, Any]) -> dict[str, str]:
    """Plotly figures as ``<div>`` fragments (the page includes plotly.js once)."""
    import plotly.graph_objects as go

    def html(fig: Any, div_id: str) -> str:
        fig.update_layout(height=360, margin={"l": 40, "r": 20, "t": 50, "b": 80})
        return str(fig.to_html(full_html=False, include_plotlyjs=False, div_id=div_id))

    out: dict[str, str] = {"accuracy": "", "volume": "", "diff": ""}
    pols = [p for p in r["policies"] if p.get("scored", True)]  # unknown is not zero
    if pols and r["labelled"]:
        fig = go.Figure()
        for metric, name in (("precision", "precision 適合率"), ("recall", "recall 再現率")):
            ys = [p[metric] if p[metric] is not None else 0.0 for p in pols]
            lo = [y - p[f"{metric}_ci"][0] for y, p in zip(ys, pols, strict=True)]
            hi = [p[f"{metric}_ci"][1] - y for y, p in zip(ys, pols, strict=True)]
            fig.add_bar(
                x=[p["policy_id"] for p in pols],
                y=ys,
                name=name,
                error_y={"type": "data", "symmetric": False, "array": hi, "arrayminus": lo},
            )
        fig.update_layout(
            title="適合率・再現率 (95% Wilson) / precision and recall", barmode="group"
        )
        fig.update_yaxes(range=[0, 1.05])
        out["accuracy"] = html(fig, "bt-accuracy")
    if r["over_time"]:
        fig = go.Figure()
        for pid, series in sorted(r["over_time"].items()):
            fig.add_scatter(
                x=[w for w, _ in series], y=[n for _, n in series], name=pid, mode="lines+markers"
            )
        fig.update_layout(title="週別ヒット数 / hits per week")
        out["volume"] = html(fig, "bt-volume")
    if r["diff"]:
        changed = [d for d in r["diff"] if d["gained"] or d["lost"]]
        if changed:
            fig = go.Figure()
            fig.add_bar(
                x=[d["policy_id"] for d in changed],
                y=[d["gained"] for d in changed],
                name="gained 増",
            )
            fig.add_bar(
                x=[d["policy_id"] for d in changed], y=[-d["lost"] for d in changed], name="lost 減"
            )
            fig.update_layout(title="版間のヒット増減 / hits gained and lost", barmode="relative")
            out["diff"] = html(fig, "bt-diff")
    return out


def render_section(result: Any) -> str:
    """The backtest as an HTML fragment (``result``: a BacktestResult or its ``to_dict``)."""
    r = result if isinstance(result, dict) else result.to_dict()
    total = r["impact"]["total_gmv"]
    share = 100.0 * r["impact"]["gmv_affected"] / total if total else 0.0
    return str(_SECTION.render(r=r, pct=_pct, gmv_share=share, charts=_charts(r)))


def render_page(result: Any, *, inline_plotly: bool = True) -> str:
    """A standalone page; plotly.js is inlined so the file works without a network."""
    r = result if isinstance(result, dict) else result.to_dict()
    plotly_js = ""
    if inline_plotly:
        from plotly.offline import get_plotlyjs

        plotly_js = get_plotlyjs()
    return str(_PAGE.render(r=r, section=render_section(r), plotly=plotly_js))
