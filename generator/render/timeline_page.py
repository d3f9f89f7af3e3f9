"""The timeline page: dated events, chronological, grouped by year and month."""
from __future__ import annotations

from ..models import Article, Briefing, Event
from .common import article_path, cite_target, human_date, month_key, month_title, outlet
from .markdown import inline, paragraph


def _entry(e: Event, by_id: dict[str, Article]) -> list[str]:
    outlets: list[str] = []
    seen: set[str] = set()
    for c in e.mentions:
        if c.article in seen:
            continue
        seen.add(c.article)
        a = by_id[c.article]
        outlets.append(f"[{inline(outlet(a))}]({cite_target(a.id, c.sentence)})")
    mark = "≈ " if e.approximate else ""
    n = len(seen)
    lines = [
        f"- **{mark}{inline(human_date(e.date))}**: {inline(e.label)}  ",
        f"  *reported by {n} source{'s' if n != 1 else ''}:* {', '.join(outlets)}",
    ]
    lines.append("")
    lines.append('<details markdown="1"><summary>How each source puts it</summary>')
    lines.append("")
    for c in e.mentions:
        a = by_id[c.article]
        flag = " (year or anchor inferred)" if c.inferred else ""
        lines.append(f"- [{inline(outlet(a))}]({cite_target(a.id, c.sentence)}): "
                     f"“{inline(c.sentence.text)}” — *{inline(c.cue)}*{flag}")
    lines += ["", "</details>", ""]
    return lines


def timeline_page(b: Briefing) -> str:
    by_id = {a.id: a for a in b.articles}
    lines = [
        "---",
        "title: Timeline",
        "---",
        "",
        "# Timeline",
        "",
        "Every dated event the articles mention, oldest first. Dates written relative to an "
        "article (\"last month\", \"on Tuesday\") are resolved against its publication date; "
        "≈ marks a date whose year or anchor was inferred, or that the text gives only roughly. "
        "The same event from several sources is one entry citing each.",
        "",
    ]
    # Publications are marks of their own, merged into the chronology.
    items: list[tuple[str, int, object]] = [(e.date.split("/")[0], 0, e) for e in b.events]
    items += [(a.meta.date, 1, a) for a in b.articles if a.meta.date]
    items.sort(key=lambda t: (t[0], t[1]))
    current = None
    for value, kind, obj in items:
        key = month_key(value)
        if key != current:
            current = key
            lines += [f"## {month_title(*key)}", ""]
        if kind == 0:
            lines += _entry(obj, by_id)  # type: ignore[arg-type]
        else:
            a: Article = obj  # type: ignore[assignment]
            lines += [f"- **{inline(human_date(a.meta.date))}**: 📰 *{inline(outlet(a))} publishes* "
                      f"[{inline(a.meta.title or a.source)}]({article_path(a.id)})", ""]
    undated = [a for a in b.articles if not a.meta.date]
    if undated:
        lines += ["## Undated articles", "",
                  "These carry no publication date; their relative dates are resolved against an inferred "
                  "date (marked ≈) or left out.", ""]
        lines += [f"- [{inline(a.meta.title or a.source)}]({article_path(a.id)}) ({inline(outlet(a))})"
                  for a in undated]
        lines.append("")
    if not b.events:
        lines += ["No dated events were found.", ""]
    return "\n".join(lines) + "\n"
