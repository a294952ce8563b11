"""Small inline SVG charts for the month-close report (no script, no font from the internet)."""

from collections.abc import Iterable, Sequence
from html import escape

import numpy as np

FONT = 'font-family="sans-serif" font-size="11"'


def histogram(
    values: Sequence[float], threshold: float, bins: int = 30, width: int = 640, height: int = 220, unit: str = "€"
) -> str:
    """Histogram of `values` with a vertical line at `threshold`."""
    numbers = np.asarray(values, dtype=float)
    top = max(numbers.max(), threshold) if len(numbers) else 1.0
    counts, edges = np.histogram(numbers, bins=bins, range=(0.0, top * 1.02))
    left, bottom, plot_w, plot_h = 40, height - 30, width - 60, height - 50
    scale_x = plot_w / (edges[-1] - edges[0])
    peak = max(counts.max(), 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" aria-label="price '
        'histogram">'
    ]
    for count, start, end in zip(counts, edges[:-1], edges[1:]):
        h = plot_h * count / peak
        colour = "#b5651d" if start >= threshold else "#6b8e23"
        parts.append(
            f'<rect x="{left + (start - edges[0]) * scale_x:.1f}" y="{bottom - h:.1f}" '
            f'width="{max((end - start) * scale_x - 1, 1):.1f}" '
            f'height="{h:.1f}" fill="{colour}"><title>{start:.0f}–{end:.0f} {unit}: {count}</title></rect>'
        )
    parts.append(f'<line x1="{left}" y1="{bottom}" x2="{left + plot_w}" y2="{bottom}" stroke="#444"/>')
    for tick in np.linspace(edges[0], edges[-1], 6):
        x = left + (tick - edges[0]) * scale_x
        parts.append(f'<text x="{x:.1f}" y="{bottom + 14}" text-anchor="middle" {FONT}>{tick:.0f} {unit}</text>')
    parts.append(f'<text x="{left - 6}" y="{bottom - plot_h + 4}" text-anchor="end" {FONT}>{peak}</text>')
    tx = left + (threshold - edges[0]) * scale_x
    parts.append(
        f'<line x1="{tx:.1f}" y1="{bottom - plot_h - 5}" x2="{tx:.1f}" y2="{bottom}" stroke="#a00" stroke-width="2" '
        'stroke-dasharray="4 3"/>'
    )
    parts.append(
        f'<text x="{tx + 4:.1f}" y="{bottom - plot_h + 6}" fill="#a00" {FONT}>premium from {threshold:.2f} '
        f"{unit}</text>"
    )
    parts.append("</svg>")
    return "\n".join(parts)


def bars(
    items: Iterable[tuple[str, float]], width: int = 640, bar: int = 18, label_w: int = 300, fmt: str = "{:,.2f} €"
) -> str:
    """Horizontal bars for (label, value) pairs, largest first as given."""
    items = list(items)
    height = len(items) * (bar + 6) + 6
    peak = max((v for _, v in items), default=0) or 1
    plot_w = width - label_w - 90
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">']
    for i, (label, value) in enumerate(items):
        y = 6 + i * (bar + 6)
        w = plot_w * value / peak
        text = escape(str(label))
        short = escape(str(label) if len(str(label)) <= 48 else str(label)[:47] + "…")
        parts.append(
            f'<text x="{label_w - 6}" y="{y + bar - 5}" text-anchor="end" {FONT}><title>{text}</title>{short}</text>'
        )
        parts.append(f'<rect x="{label_w}" y="{y}" width="{max(w, 1):.1f}" height="{bar}" fill="#6b2737"/>')
        parts.append(f'<text x="{label_w + w + 4:.1f}" y="{y + bar - 5}" {FONT}>{escape(fmt.format(value))}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def columns(items: Sequence[tuple[str, float]], width: int = 300, height: int = 110, fmt: str = "{:,.0f}") -> str:
    """Small vertical bars for (label, value) pairs in order (the months of a trend), the last one highlighted."""
    items = list(items)
    peak = max((v for _, v in items), default=0) or 1
    slot = width / max(len(items), 1)
    bottom, plot_h = height - 18, height - 34
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">']
    for i, (label, value) in enumerate(items):
        h = plot_h * value / peak
        x = i * slot + slot * 0.15
        colour = "#6b2737" if i == len(items) - 1 else "#c9a9b1"
        parts.append(
            f'<rect x="{x:.1f}" y="{bottom - h:.1f}" width="{slot * 0.7:.1f}" height="{max(h, 1):.1f}" fill="{colour}">'
            f"<title>{escape(str(label))}: {escape(fmt.format(value))}</title></rect>"
        )
        parts.append(
            f'<text x="{x + slot * 0.35:.1f}" y="{height - 4}" text-anchor="middle" font-family="sans-serif" '
            f'font-size="9">{escape(str(label)[-2:])}</text>'
        )
    if items:
        parts.append(f'<text x="{width - 2}" y="11" text-anchor="end" {FONT}>{escape(fmt.format(items[-1][1]))}</text>')
    parts.append("</svg>")
    return "\n".join(parts)
