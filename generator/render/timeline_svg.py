"""The picture above the timeline: an SVG drawn at build time, no JavaScript.

One row per outlet (the most active ones; the rest share a last row), a time axis
that compresses long empty stretches (drawn as a break), each event a mark on the
row of every outlet that reports it, sized by how many outlets do, and each
publication a small diamond. Colours come from Material's CSS variables (the
``.tl-*`` rules in docs/assets/briefing.css), so the picture follows light and dark
mode; every text is escaped.
"""
from __future__ import annotations

import math
from collections import Counter
from datetime import date

from ..models import Briefing, Event
from ..timeline import value_bounds
from .common import UNKNOWN, human_date, outlet
from .markdown import attr

MAX_ROWS = 12  # outlets drawn on rows of their own; the others share one row
MAX_PUBLICATIONS = 200  # publications drawn as diamonds only up to this many dated articles
GAP_DAYS = 120  # empty stretches longer than this are compressed to a break
BREAK_WIDTH = 24.0  # pixels a compressed stretch takes
LEFT, RIGHT, TOP, ROW = 180.0, 24.0, 34.0, 28.0
PLOT = 620.0  # pixels of the time axis (before breaks are added): the picture is drawn about 1:1 on a laptop
TICK_GAP = 64.0  # pixels at least between two tick labels ("Sep 2019" in 13 px type is about 56)
# Steps between ticks inside a busy stretch, in months: the smallest that leaves TICK_GAP.
MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120, 240, 600)
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def start_day(value: str) -> date | None:
    """The first day an ISO value (``dates`` format) can mean, or None for vague values."""
    bounds = value_bounds(value)
    return bounds[0] if bounds else None


MIN_SEGMENT = 56.0  # pixels: even a single busy day gets room for its label


class Axis:
    """Days → x, with stretches of more than GAP_DAYS without marks compressed to a break."""

    def __init__(self, days: list[int]) -> None:
        days = sorted(set(days))
        self.segments: list[tuple[int, int]] = []  # (first day, last day) of each busy stretch
        for d in days:
            if self.segments and d - self.segments[-1][1] <= GAP_DAYS:
                self.segments[-1] = (self.segments[-1][0], d)
            else:
                self.segments.append((d, d))
        breaks = max(0, len(self.segments) - 1)
        spare = max(0.0, PLOT - breaks * BREAK_WIDTH - MIN_SEGMENT * len(self.segments))
        busy = sum(b - a for a, b in self.segments) or 1
        self.scale = spare / busy
        self.starts: list[float] = []
        self.widths: list[float] = []
        x = LEFT
        for a, b in self.segments:
            width = MIN_SEGMENT + (b - a) * self.scale
            self.starts.append(x)
            self.widths.append(width)
            x += width + BREAK_WIDTH
        self.breaks = [self.starts[i] - BREAK_WIDTH / 2 for i in range(1, len(self.starts))]

    def x(self, day: int) -> float:
        for (a, b), start, width in zip(self.segments, self.starts, self.widths):
            if a <= day <= b:
                # A stretch is drawn from its first to its last day; a single day sits in the middle.
                return start + (width / 2 if a == b else (day - a) / (b - a) * (width - 8) + 4)
        return LEFT

    def ticks(self) -> list[tuple[float, str]]:
        """(x, label) for the start of each stretch ("May 2019") and, inside a stretch, the
        first of every month, quarter, year ... (the smallest step that leaves TICK_GAP
        between labels): "Jun", "Jul", ... and the year itself ("2020") at a January."""
        out: list[tuple[float, str]] = []
        for (a, b), width in zip(self.segments, self.widths):
            first, last = date.fromordinal(a), date.fromordinal(b)
            start = self.x(a)
            if out and start - out[-1][0] < TICK_GAP - 8:
                out.pop()  # a stretch's first label wins over the previous stretch's last tick
            if not out or start - out[-1][0] >= TICK_GAP - 8:
                out.append((start, f"{_MONTH_ABBR[first.month - 1]} {first.year}"))
            months = (last.year - first.year) * 12 + last.month - first.month
            if months < 1:
                continue
            per_month = (width - 8) / max(1, b - a) * 30.44
            step = next((m for m in MONTH_STEPS if m * per_month >= TICK_GAP), MONTH_STEPS[-1])
            index = first.year * 12 + first.month  # months since year 0, counting from the month after ``first``
            while index <= last.year * 12 + last.month - 1:
                year, month = divmod(index, 12)
                index += 1
                if (year * 12 + month) % step:
                    continue
                x = self.x(date(year, month + 1, 1).toordinal())
                if x - out[-1][0] >= TICK_GAP:
                    out.append((x, str(year) if month == 0 else _MONTH_ABBR[month]))
        return out


# What the picture shows of one event: (first day as an ordinal, ISO value, label,
# approximate, the outlets reporting it, sorted); and of one publication: (day, outlet,
# ISO date, headline).
Shown = tuple[int, str, str, bool, tuple[str, ...]]
Pub = tuple[int, str, str, str]


def timeline_svg(b: Briefing, events: tuple[Event, ...] | None = None) -> str:
    """The SVG as an HTML snippet (a ``<figure>``), or '' when nothing is dated."""
    events = b.events if events is None else events
    outlets = {a.id: outlet(a) for a in b.articles}
    shown: list[Shown] = []
    for e in events:
        d = start_day(e.date)
        if d is None:
            continue
        names = tuple(sorted({outlets[c.article] for c in e.mentions if c.article in outlets}))
        shown.append((d.toordinal(), e.date, e.label, e.approximate, names))
    pubs: list[Pub] = []
    dated = [a for a in b.articles if a.meta.date]
    if len(dated) <= MAX_PUBLICATIONS:  # beyond that the diamonds would only make the picture heavier
        pubs = [(date.fromisoformat(a.meta.date).toordinal(), outlets[a.id], a.meta.date,  # type: ignore[arg-type]
                 a.meta.title or a.source) for a in dated]
    return _draw(len(events), shown, pubs)


def _draw(count: int, shown: list[Shown], pubs: list[Pub]) -> str:
    """The picture of ``shown`` events (of ``count`` given) and ``pubs`` publications."""
    # (day, outlet, how many outlets, the event's index in ``shown``): one mark per outlet.
    marks = [(day, name, len(names), i) for i, (day, _, _, _, names) in enumerate(shown) for name in names]
    if not marks and not pubs:
        return ""
    activity = Counter(name for _, name, _, _ in marks) + Counter(name for _, name, _, _ in pubs)
    top = [name for name, _ in sorted(activity.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_ROWS]]
    rows = {name: i for i, name in enumerate(top)}
    others = len(activity) > len(top)
    n_rows = len(top) + (1 if others else 0)

    def row(name: str) -> int:
        return rows.get(name, len(top))

    axis = Axis([d for d, *_ in marks] + [d for d, *_ in pubs])
    width = LEFT + PLOT + RIGHT + BREAK_WIDTH * 2
    height = TOP + n_rows * ROW + 30
    out = [
        f'<figure class="tl-figure" data-search-exclude><svg class="tl-svg" viewBox="0 0 {width:.0f} {height:.0f}" role="img" '
        f'aria-labelledby="tl-svg-title tl-svg-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="tl-svg-title">Timeline of {count} events reported by {len(activity)} sources</title>',
        '<desc id="tl-svg-desc">One row per source; a circle for each event it reports, larger when more '
        f"sources report it{'; a diamond for each publication' if pubs else ''}. The list below gives every "
        "event in words.</desc>",
    ]
    for name, i in rows.items():
        y = TOP + i * ROW + ROW / 2
        out.append(f'<text class="tl-row" x="{LEFT - 8:.0f}" y="{y + 4:.0f}" text-anchor="end">'
                   f'<title>{attr(name)}</title>{attr(_clip(name))}</text>')
        out.append(f'<line class="tl-grid" x1="{LEFT:.0f}" x2="{width - RIGHT:.0f}" y1="{y:.0f}" y2="{y:.0f}"/>')
    if others:
        y = TOP + len(top) * ROW + ROW / 2
        out.append(f'<text class="tl-row" x="{LEFT - 8:.0f}" y="{y + 4:.0f}" text-anchor="end">'
                   f"{len(activity) - len(top)} other sources</text>")
        out.append(f'<line class="tl-grid" x1="{LEFT:.0f}" x2="{width - RIGHT:.0f}" y1="{y:.0f}" y2="{y:.0f}"/>')
    axis_y = TOP + n_rows * ROW + 4
    out.append(f'<line class="tl-axis" x1="{LEFT:.0f}" x2="{width - RIGHT:.0f}" y1="{axis_y:.0f}" y2="{axis_y:.0f}"/>')
    for x, label in axis.ticks():
        out.append(f'<text class="tl-tick" x="{x:.0f}" y="{axis_y + 16:.0f}" text-anchor="middle">{label}</text>')
    for x in axis.breaks:
        out.append(f'<path class="tl-break" d="M{x - 4:.0f} {TOP - 6:.0f} l8 -8 M{x - 4:.0f} {axis_y + 4:.0f} l8 -8"/>')
        out.append(f'<line class="tl-break" x1="{x:.0f}" x2="{x:.0f}" y1="{TOP - 10:.0f}" y2="{axis_y:.0f}" '
                   'stroke-dasharray="2 4"/>')
    tips: dict[int, str] = {}  # an event's tooltip, the same on each of its marks: escaped once
    for day, name, n, i in marks:
        x, y = axis.x(day), TOP + row(name) * ROW + ROW / 2
        r = 3 + 2.2 * math.sqrt(n - 1)
        tip = tips.get(i)
        if tip is None:
            _, value, label, _, _ = shown[i]
            tip = tips[i] = attr(f"{human_date(value)}: {label} ({n} source{'s' if n != 1 else ''})")
        out.append(f'<circle class="tl-mark{" tl-approx" if shown[i][3] else ""}" cx="{x:.1f}" cy="{y:.1f}" '
                   f'r="{r:.1f}"><title>{tip}</title></circle>')
    for day, name, value, title in pubs:
        x, y = axis.x(day), TOP + row(name) * ROW + ROW / 2
        tip = f"{human_date(value)}: {name} publishes “{title}”"
        out.append(f'<path class="tl-pub" d="M{x:.1f} {y - 5:.1f} l5 5 l-5 5 l-5 -5 z"><title>{attr(tip)}</title></path>')
    out.append("</svg></figure>")
    return "\n".join(out)


def _clip(name: str, limit: int = 24) -> str:
    """A row's name as it fits: an unknown outlet by its file's name (the legend's
    "unknown outlet · file"), anything too long cut with an ellipsis."""
    name = name.removeprefix(UNKNOWN)
    return name if len(name) <= limit else name[: limit - 1] + "…"
