"""``docs/timeline.json``: the events in TimelineJS3's JSON format.

Load it in the TimelineJS viewer (``new TL.Timeline(id, "timeline.json")``) to browse
the briefing's timeline there. TimelineJS treats ``text`` fields as HTML: every text
is escaped.
"""
from __future__ import annotations

from ..models import Briefing, Event
from .export import ENCODER, Encoded, dump_lines
from .markdown import attr
from .memo import Memo, event_label, numbered
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


def _event(e: Event, names: tuple[str, ...]) -> tuple[str, str] | None:
    """An event's item, encoded, cut where its ``unique_id`` goes (the id is its place in
    the list, which moves when an earlier event comes or goes): (the part before, the
    part after), or None when the event has no date TimelineJS can show."""
    start = _date(e.date)
    if start is None:
        return None
    head = {"start_date": start,
            "text": {"headline": attr(e.label), "text": "Reported by " + attr(", ".join(names)) + "."}}
    tail: dict[str, object] = {}
    if "/" in e.date:
        end = _date(e.date.split("/", 1)[1])
        if end:
            tail["end_date"] = end
    if e.approximate:
        tail["display_date"] = "≈ " + attr(e.date)
    # ENCODER writes a mapping as "{" + items joined by ", " + "}": the item is the head's
    # items, then "unique_id", then the tail's, exactly as encoding them in one mapping.
    return ENCODER.encode(head)[:-1], (", " + ENCODER.encode(tail)[1:]) if tail else "}"


def timelinejs_json(b: Briefing, memo: Memo | None = None) -> str:
    """``timeline.json``; ``memo`` reuses the previous render's encoding of unchanged events."""
    memo = memo or Memo(None)
    entries = memo.items("timelinejs")
    old, new = entries if entries is not None else ({}, {})
    outlets = memo.outlets(b.articles)
    events = []
    # With the articles' heads unchanged, last render's event object has the same outlets.
    same_heads = entries is not None and memo.same_heads(b.articles)
    for i, (e, slot) in enumerate(numbered(b.events, event_label)):
        hit = old.get(slot)
        if hit is not None and same_heads and hit[0][0] is e:
            key, cut = hit
        else:
            key = (e, tuple(dict.fromkeys([outlets[c.article] for c in e.mentions])))
            cut = hit[1] if hit is not None and hit[0] == key else _event(*key)
        new[slot] = (key, cut)
        if cut is not None:
            events.append(Encoded(f'{cut[0]}, "unique_id": {ENCODER.encode(f"event-{i + 1}")}{cut[1]}'))
    data = {"title": {"text": {"headline": "Timeline", "text": f"{len(events)} dated events from "
                                                               f"{len(b.articles)} articles."}},
            "events": events}
    return dump_lines(data)
