"""Server-side SVG charts: no JavaScript, no CDN, readable in a screenshot and a PDF.

Small on purpose: a bar chart and a multi-series line chart with axes and labels, drawn
from plain numbers. Text is escaped; sizes are in viewBox units so the chart scales.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

PALETTE = ("#2457a6", "#d0652a", "#2f8f5b", "#8a3ea8", "#b8a01c", "#6b7280")


def _nice_max(value: float) -> float:
    """Round an axis maximum up to 1, 2 or 5 × a power of ten.

    >>> _nice_max(0), _nice_max(7), _nice_max(13), _nice_max(260)
    (1.0, 10.0, 20.0, 500.0)
    """
    if value <= 0:
        return 1.0
    mag = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 5, 10):
        if value <= step * mag:
            return float(step * mag)
    return float(10 * mag)


def bar_chart(
    labels: Sequence[str], values: Sequence[float], title: str, width: int = 560, height: int = 220
) -> str:
    """Vertical bars with the value above each bar.

    >>> "<rect" in bar_chart(["P1", "P2"], [3, 5], "cases")
    True
    """
    pad_l, pad_b, pad_t = 40, 36, 28
    n = max(1, len(values))
    top = _nice_max(max(values, default=0))
    plot_w, plot_h = width - pad_l - 10, height - pad_b - pad_t
    bw = plot_w / n
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f'<text x="{pad_l}" y="16" class="chart-title">{escape(title)}</text>',
        f'<line x1="{pad_l}" y1="{pad_t + plot_h}" x2="{width - 10}" y2="{pad_t + plot_h}" class="axis"/>',
        f'<text x="{pad_l - 6}" y="{pad_t + 4}" text-anchor="end" class="tick">{top:g}</text>',
        f'<text x="{pad_l - 6}" y="{pad_t + plot_h}" text-anchor="end" class="tick">0</text>',
    ]
    for i, (label, v) in enumerate(zip(labels, values, strict=False)):
        h = 0 if top == 0 else plot_h * (v / top)
        x = pad_l + i * bw + bw * 0.15
        y = pad_t + plot_h - h
        parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bw * 0.7:.1f}" height="{h:.1f}" fill="{PALETTE[0]}"><title>{escape(label)}: {v:g}</title></rect>'
        )
        parts.append(
            f'<text x="{x + bw * 0.35:.1f}" y="{y - 4:.1f}" text-anchor="middle" class="val">{v:g}</text>'
        )
        parts.append(
            f'<text x="{x + bw * 0.35:.1f}" y="{pad_t + plot_h + 16}" text-anchor="middle" class="tick">{escape(label)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def line_chart(
    x_labels: Sequence[str],
    series: dict[str, Sequence[float]],
    title: str,
    width: int = 640,
    height: int = 240,
    band: tuple[Sequence[float], Sequence[float]] | None = None,
) -> str:
    """Lines over a shared x axis, optional shaded [low, high] band (monitoring bands).

    >>> svg = line_chart(["d1", "d2", "d3"], {"hits": [1, 4, 2]}, "hits", band=([0, 1, 1], [3, 3, 3]))
    >>> svg.count("<polyline"), "<polygon" in svg
    (1, True)
    """
    pad_l, pad_b, pad_t, pad_r = 44, 40, 28, 190
    n = len(x_labels)
    peak = max(
        [max(v, default=0) for v in series.values()]
        + ([max(band[1], default=0)] if band else [])
        + [0]
    )
    top = _nice_max(peak)
    plot_w, plot_h = width - pad_l - pad_r, height - pad_b - pad_t

    def xy(i: int, v: float) -> tuple[float, float]:
        x = pad_l + (plot_w * i / max(1, n - 1))
        return x, pad_t + plot_h - plot_h * (v / top)

    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f'<text x="{pad_l}" y="16" class="chart-title">{escape(title)}</text>',
        f'<line x1="{pad_l}" y1="{pad_t + plot_h}" x2="{pad_l + plot_w}" y2="{pad_t + plot_h}" class="axis"/>',
        f'<line x1="{pad_l}" y1="{pad_t}" x2="{pad_l}" y2="{pad_t + plot_h}" class="axis"/>',
        f'<text x="{pad_l - 6}" y="{pad_t + 4}" text-anchor="end" class="tick">{top:g}</text>',
        f'<text x="{pad_l - 6}" y="{pad_t + plot_h}" text-anchor="end" class="tick">0</text>',
    ]
    if band and n:
        lo, hi = band
        pts = [xy(i, hi[i]) for i in range(n)] + [xy(i, lo[i]) for i in reversed(range(n))]
        parts.append(
            '<polygon class="band" points="' + " ".join(f"{x:.1f},{y:.1f}" for x, y in pts) + '"/>'
        )
    for k, (name, values) in enumerate(series.items()):
        color = PALETTE[k % len(PALETTE)]
        pts = [xy(i, v) for i, v in enumerate(values)]
        parts.append(
            f'<polyline fill="none" stroke="{color}" stroke-width="2" points="'
            + " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)
            + '"/>'
        )
        parts.append(
            f'<text x="{pad_l + plot_w + 8}" y="{pad_t + 14 + 16 * k}" class="legend" fill="{color}">{escape(name)}</text>'
        )
    if n:
        for i in sorted({0, n // 2, n - 1}):
            x, _ = xy(i, 0)
            parts.append(
                f'<text x="{x:.1f}" y="{pad_t + plot_h + 16}" text-anchor="middle" class="tick">{escape(x_labels[i])}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)
