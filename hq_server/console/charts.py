"""Charts drawn on the server as SVG, inline in the page: no script, no font and no file
from anywhere but HQ, so the console works on a network with no way out.

The chart is returned as SVG text that a template inserts as it is (``|safe``): every text in
it (titles, labels) is escaped here. A suppressed figure is never drawn as a number: its bar
is an empty hatched outline marked "S" (a shape and a letter, not only a colour), and a line
has a gap there. Each chart has a
<title> and <desc> for screen readers; the table beside it holds the same numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

WIDTH, HEIGHT = 560, 260
_LEFT, _RIGHT, _TOP, _BOTTOM = 48, 12, 22, 64
# Colour-blind-safe (Okabe-Ito); each series also has its own marker shape on line charts.
COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
_MARKERS = ("circle", "square", "diamond", "triangle", "circle", "square")


def _scale(values: Sequence[float | None]) -> float:
    top = max((v for v in values if v is not None), default=0.0)
    return top if top > 0 else 1.0


def _head(title: str, summary: str) -> str:
    return (
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
        f"<desc>{escape(summary)}</desc>"
        '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#555" '
        'stroke-width="1.5"/></pattern></defs>'
    )


def _legend(series: Sequence[tuple[str, Sequence[float | None]]], line: bool) -> str:
    """The series' names along the top, each beside its colour and (on a line chart) marker."""
    if len(series) < 2:
        return ""
    parts, x = [], float(_LEFT)
    for j, (name, _values) in enumerate(series):
        colour = COLOURS[j % len(COLOURS)]
        if line:
            parts.append(_marker(_MARKERS[j % len(_MARKERS)], x + 5, 7, colour))
        else:
            parts.append(f'<rect x="{x:.1f}" y="2" width="10" height="10" fill="{colour}"/>')
        parts.append(f'<text x="{x + 14:.1f}" y="11" class="tick">{escape(name[:32])}</text>')
        x += 22 + 5.6 * min(len(name), 32)
    return "".join(parts)


def _axis(top: float, percent: bool) -> str:
    plot_h = HEIGHT - _TOP - _BOTTOM
    parts = [
        f'<line x1="{_LEFT}" y1="{_TOP}" x2="{_LEFT}" y2="{HEIGHT - _BOTTOM}" stroke="#333"/>',
        f'<line x1="{_LEFT}" y1="{HEIGHT - _BOTTOM}" x2="{WIDTH - _RIGHT}" '
        f'y2="{HEIGHT - _BOTTOM}" stroke="#333"/>',
    ]
    for step in range(5):
        value = top * step / 4
        y = HEIGHT - _BOTTOM - plot_h * step / 4
        label = f"{value:.0%}" if percent else f"{value:,.0f}"
        parts.append(
            f'<text x="{_LEFT - 4}" y="{y + 4:.1f}" text-anchor="end" class="tick">{label}</text>'
        )
        if step:
            parts.append(
                f'<line x1="{_LEFT}" y1="{y:.1f}" x2="{WIDTH - _RIGHT}" y2="{y:.1f}" '
                'stroke="#ddd"/>'
            )
    return "".join(parts)


def _label(x: float, text: str, crowded: bool) -> str:
    y = HEIGHT - _BOTTOM + 14
    if crowded:
        return (
            f'<text x="{x:.1f}" y="{y}" class="tick" text-anchor="end" '
            f'transform="rotate(-40 {x:.1f} {y})">{escape(text[:18])}</text>'
        )
    return f'<text x="{x:.1f}" y="{y}" class="tick" text-anchor="middle">{escape(text[:14])}</text>'


def bar_chart(
    title: str,
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    *,
    percent: bool = False,
) -> str:
    """Grouped bars: one group per label, one bar per series; None is a suppressed figure."""
    top = 1.0 if percent else _scale([v for _, vs in series for v in vs]) * 1.1
    plot_w = WIDTH - _LEFT - _RIGHT
    plot_h = HEIGHT - _TOP - _BOTTOM
    group = plot_w / max(1, len(labels))
    bar = group * 0.8 / max(1, len(series))
    parts = [_head(title, f"{len(labels)} groups, {len(series)} series"), _axis(top, percent)]
    parts.append(_legend(series, line=False))
    crowded = len(labels) > 8
    for i, label in enumerate(labels):
        x0 = _LEFT + group * i + group * 0.1
        for j, (_name, vs) in enumerate(series):
            value = vs[i] if i < len(vs) else None
            x = x0 + bar * j
            if value is None:
                parts.append(
                    f'<rect x="{x:.1f}" y="{HEIGHT - _BOTTOM - 24}" width="{bar:.1f}" height="24" '
                    'fill="url(#hatch)" stroke="#333"><title>suppressed</title></rect>'
                    f'<text x="{x + bar / 2:.1f}" y="{HEIGHT - _BOTTOM - 28}" class="tick" '
                    'text-anchor="middle">S</text>'
                )
                continue
            h = plot_h * value / top
            parts.append(
                f'<rect x="{x:.1f}" y="{HEIGHT - _BOTTOM - h:.1f}" width="{bar:.1f}" '
                f'height="{h:.1f}" fill="{COLOURS[j % len(COLOURS)]}">'
                f"<title>{escape(label)}: {value:.1%}</title></rect>"
                if percent
                else f'<rect x="{x:.1f}" y="{HEIGHT - _BOTTOM - h:.1f}" width="{bar:.1f}" '
                f'height="{h:.1f}" fill="{COLOURS[j % len(COLOURS)]}">'
                f"<title>{escape(label)}: {value:,.0f}</title></rect>"
            )
        parts.append(_label(_LEFT + group * (i + 0.5), label, crowded))
    parts.append("</svg>")
    return "".join(parts)


def line_chart(
    title: str,
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    *,
    percent: bool = False,
) -> str:
    """One line per series over ``labels`` (months), with a marker at each point; a gap where
    a figure is suppressed."""
    top = 1.0 if percent else _scale([v for _, vs in series for v in vs]) * 1.1
    plot_w = WIDTH - _LEFT - _RIGHT
    plot_h = HEIGHT - _TOP - _BOTTOM
    step = plot_w / max(1, len(labels))
    parts = [_head(title, f"{len(series)} lines over {len(labels)} points"), _axis(top, percent)]
    parts.append(_legend(series, line=True))
    for j, (_name, vs) in enumerate(series):
        colour = COLOURS[j % len(COLOURS)]
        path: list[str] = []
        for i, value in enumerate(vs):
            if value is None:
                path.append("")
                continue
            x = _LEFT + step * (i + 0.5)
            y = HEIGHT - _BOTTOM - plot_h * value / top
            path.append(f"{x:.1f},{y:.1f}")
            parts.append(_marker(_MARKERS[j % len(_MARKERS)], x, y, colour))
        for run in " ".join(path).split("  "):
            if run.strip():
                parts.append(
                    f'<polyline points="{run.strip()}" fill="none" stroke="{colour}" '
                    'stroke-width="2"/>'
                )
    crowded = len(labels) > 8
    for i, label in enumerate(labels):
        if not crowded or i % 2 == 0:
            parts.append(_label(_LEFT + step * (i + 0.5), label, crowded))
    parts.append("</svg>")
    return "".join(parts)


def _marker(shape: str, x: float, y: float, colour: str) -> str:
    if shape == "square":
        return f'<rect x="{x - 3.5:.1f}" y="{y - 3.5:.1f}" width="7" height="7" fill="{colour}"/>'
    if shape == "diamond":
        return (
            f'<polygon points="{x:.1f},{y - 5:.1f} {x + 5:.1f},{y:.1f} {x:.1f},{y + 5:.1f} '
            f'{x - 5:.1f},{y:.1f}" fill="{colour}"/>'
        )
    if shape == "triangle":
        return (
            f'<polygon points="{x:.1f},{y - 5:.1f} {x + 5:.1f},{y + 4:.1f} '
            f'{x - 5:.1f},{y + 4:.1f}" fill="{colour}"/>'
        )
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{colour}"/>'
