"""``docs/timeline.json``: the events in TimelineJS3's JSON format.

Load it in the TimelineJS viewer (``new TL.Timeline(id, "timeline.json")``) to browse
the briefing's timeline there. TimelineJS treats ``text`` fields as HTML: every text
is escaped.
"""
from __future__ import annotations

from ..models import Briefing, Event
from .common import outlet
from .export import dump_lines
from .markdown import attr
from .timeline_svg import start_day


def _date(value: str) -> dict[str, str] | None:
    d = start_day(value)
    if d is None:
        return None
    parts = value.split("/")[0].split("-")
    out = {"year": str(d.year)}
    if len(parts) > 1:  # a month, week, quarter or season: give the month
        out["month"] = str(d.month)
    if len(parts) > 2 or (len(parts) > 1 and parts[1].startswith("W")):
        out["day"] = str(d.day)
    return out


def _event(e: Event, names: list[str], number: int) -> dict[str, object] | None:
    """An event's item (``number``: its place in the list), or None when the event has
    no date TimelineJS can show."""
    start = _date(e.date)
    if start is None:
        return None
    item: dict[str, object] = {
        "start_date": start,
        "text": {"headline": attr(e.label), "text": "Reported by " + attr(", ".join(names)) + "."},
        "unique_id": f"event-{number}"}
    if "/" in e.date:
        end = _date(e.date.split("/", 1)[1])
        if end:
            item["end_date"] = end
    if e.approximate:
        item["display_date"] = "≈ " + attr(e.date)
    return item


def timelinejs_json(b: Briefing) -> str:
    """``timeline.json``."""
    outlets = {a.id: outlet(a) for a in b.articles}
    events = []
    for i, e in enumerate(b.events):
        item = _event(e, list(dict.fromkeys(outlets[c.article] for c in e.mentions)), i + 1)
        if item is not None:
            events.append(item)
    data = {"title": {"text": {"headline": "Timeline", "text": f"{len(events)} dated events from "
                                                               f"{len(b.articles)} articles."}},
            "events": events}
    return dump_lines(data)
