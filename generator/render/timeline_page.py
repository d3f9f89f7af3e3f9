"""The timeline: the key dates, a picture, a coverage matrix, and every dated event in words.

Small briefings get one page. Large ones get an overview page (picture, matrix, the
months with their counts) and one page per month, so no page grows without bound.
"""
from __future__ import annotations

from collections import defaultdict

from ..models import Article, Briefing, Citation, Event
from .common import Parts, Sources, cite_target, headline, human_date, month_key, month_title
from .markdown import inline
from .timeline_svg import timeline_svg

ONE_PAGE_LIMIT = 200  # more events than this: one page per month
PAGE_ITEMS = 250  # events and publications on one month page; a busier month gets several parts
SOURCE_SENTENCES = 20  # "how each source puts it" quotes this many sources of an event; the rest are linked
MATRIX_ROWS, MATRIX_COLS = 40, 10
SVG_EVENTS = 400  # the picture shows at most this many events (the most widely reported)
MAX_UNDATED = 100  # undated articles listed on the overview page
MAX_UNPLACED = 100  # relative dates that could not be placed, listed on the overview page
TIMELINE_DIR = "timeline"

INTRO = ("Every dated event the articles mention, oldest first. Dates written relative to an article "
         "(\"last month\", \"on Tuesday\") are resolved against its publication date; ≈ marks a date whose "
         "year or anchor was inferred, or that the text gives only roughly (a week, a season, a quarter); a "
         "month or a year is shown as such. The same event from several sources is one entry citing each.")


def _sources(e: Event, src: Sources, from_dir: str) -> list[str]:
    seen: dict[str, str] = {}
    for c in e.mentions:
        if c.article not in seen:
            seen[c.article] = src.link(c.article, c.sentence, from_dir=from_dir)
    return list(seen.values())


def _folded(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .,;:")


def _entry(e: Event, src: Sources, from_dir: str) -> list[str]:
    links = _sources(e, src, from_dir)
    mark = "≈ " if e.approximate else ""
    n = len(links)
    lines = [
        f"- **{mark}{inline(human_date(e.date))}**: {inline(e.label)}  ",
        f"  *reported by {n} source{'s' if n != 1 else ''}:* {', '.join(links)}",
        "",
    ]
    # The box quotes the sources' sentences that say more than the entry, never the entry again.
    label = _folded(e.label)
    other = [c for c in e.mentions if _folded(c.sentence.text) != label]
    if not other:
        return lines
    lines += ['<details class="briefing-wording" markdown="1" data-search-exclude><summary>How each source puts it</summary>', ""]
    for c in other[:SOURCE_SENTENCES]:
        flag = " (year or anchor inferred)" if c.inferred else ""
        flag += " (that month or year: a coarser date, not counted for the day)" if c.support else ""
        lines.append(f"- {src.link(c.article, c.sentence, from_dir=from_dir)}: "
                     f"“{inline(c.sentence.text)}” — *{inline(c.cue)}*{flag}")
    if len(other) > SOURCE_SENTENCES:
        lines += ["", f"*{SOURCE_SENTENCES} of {len(other)} mentions are quoted here; every source is "
                      "linked above.*"]
    return lines + ["", "</details>", ""]


def _chronology(src: Sources, events: list[Event], articles: list[Article], from_dir: str, *,
                headings: bool = True) -> list[str]:
    """Events and publications in date order, under month headings."""
    items: list[tuple[str, int, object]] = [(e.date.split("/")[0], 0, e) for e in events]
    items += [(a.meta.date, 1, a) for a in articles if a.meta.date]
    items.sort(key=lambda t: (t[0], t[1]))
    lines: list[str] = []
    current = None
    for value, kind, obj in items:
        key = month_key(value)
        if headings and key != current:
            current = key
            lines += [f"## {month_title(*key)}", ""]
        if kind == 0:
            lines += _entry(obj, src, from_dir)  # type: ignore[arg-type]
        else:
            a: Article = obj  # type: ignore[assignment]
            target = cite_target(a.id, None, from_dir=from_dir)
            lines += [f"- **{inline(human_date(a.meta.date))}**: :material-newspaper-variant-outline: "
                      f"*{src.names[a.id]} publishes* [{inline(headline(a))}]({target})", ""]
    return lines


def coverage_matrix(b: Briefing, outlets: dict[str, str] | None = None) -> list[str]:
    """Which source reports which event: the most widely reported events, the most active
    sources (``outlets``: each article's label by id, if already made)."""
    if not b.events:
        return []
    outlets = outlets if outlets is not None else Sources.of(b.articles).labels
    reach = [(e, {outlets[c.article] for c in e.mentions}) for e in b.events]
    shared = [t for t in reach if len(t[1]) > 1] or reach
    rows = sorted(sorted(shared, key=lambda t: -len(t[1]))[:MATRIX_ROWS], key=lambda t: t[0].date)
    counts: dict[str, int] = defaultdict(int)
    for _, names in rows:
        for n in names:
            counts[n] += 1
    cols = sorted(counts, key=lambda n: (-counts[n], n))[:MATRIX_COLS]
    lines = ["## Who reports what", "",
             "Each row is an event, each column a source; ● marks a source that reports the event.", "",
             "| Event | " + " | ".join(inline(c) for c in cols) + " |",
             "| --- | " + " | ".join(":-:" for _ in cols) + " |"]
    for e, names in rows:
        cells = " | ".join("●" if c in names else "" for c in cols)
        lines.append(f"| {inline(human_date(e.date))}: {inline(e.label)} | {cells} |")
    if len(shared) > len(rows) or len(counts) > len(cols):
        lines += ["", f"*The {len(rows)} most widely reported events and the {len(cols)} sources that report "
                      "most of them are shown.*"]
    return lines + [""]


def _parts(events: list[Event], articles: list[Article]) -> list[tuple[list[Event], list[Article]]]:
    """A month's events and publications in date order, cut into pages of PAGE_ITEMS."""
    items: list[tuple[str, int, Event | Article]] = [(e.date.split("/")[0], 0, e) for e in events]
    items += [(a.meta.date or "", 1, a) for a in articles]
    items.sort(key=lambda t: (t[0], t[1]))
    parts = []
    for start in range(0, max(len(items), 1), PAGE_ITEMS):
        chunk = items[start:start + PAGE_ITEMS]
        parts.append(([o for _, k, o in chunk if k == 0], [o for _, k, o in chunk if k == 1]))  # type: ignore[misc]
    return parts


def timeline_pages(b: Briefing) -> dict[str, str]:
    """``timeline.md`` and, for large briefings, ``timeline/<YYYY-MM>.md`` pages."""
    src = Sources.of(b.articles)
    events = list(b.events)
    head = ["---", "title: Timeline", "---", "", "# Timeline", "", INTRO, ""]
    head += _key_dates(events, src)
    # The events drawn: the most widely reported.
    picked = tuple(sorted(sorted(events, key=lambda e: -len({c.article for c in e.mentions}))[:SVG_EVENTS],
                          key=lambda e: e.date))
    svg = timeline_svg(b, picked)
    if svg:
        head += [svg, ""]
        if len(picked) < len(events):
            head += [f"*The picture shows the {len(picked)} most widely reported of {len(events)} events.*", ""]
    head += coverage_matrix(b, src.labels)
    undated = [a for a in b.articles if not a.meta.date]
    tail: list[str] = []
    if undated:
        tail += ["## Undated articles", "",
                 "These carry no publication date, and nothing dated them: their dates with a year are on "
                 "the timeline, their relative dates (“on Thursday”, “last month”) are listed below as not "
                 "placed.", ""]
        tail += [f"- {src.names[a.id]}: [{inline(headline(a))}]({cite_target(a.id, None)})"
                 for a in undated[:MAX_UNDATED]]
        tail.append("")
        if len(undated) > MAX_UNDATED:
            tail += [f"*{MAX_UNDATED} of {len(undated)} are listed; the [Articles index](articles/index.md) "
                     "lists them all.*", ""]
    tail += _unplaced(b.unplaced, src)
    if not events:
        tail += ["No dated events were found.", ""]
    pages: dict[str, str] = {}
    if len(events) <= ONE_PAGE_LIMIT:
        body = head + ["## Events", ""] + _chronology(src, events, list(b.articles), "") + tail
        body += src.legend(_cited(events, b.unplaced, list(b.articles)))
        pages["timeline.md"] = "\n".join(body) + "\n"
        return pages
    by_month: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for e in events:
        by_month[month_key(e.date)].append(e)
    pubs = _publications(b.articles)
    index = ["## Events by month", "", "| Month | Events | Publications |", "| --- | ---: | ---: |"]
    for key in sorted(set(by_month) | set(pubs)):
        slug = f"{key[0]}-{key[1]}" if key[1] else key[0]
        title = month_title(*key)
        published = pubs.get(key, [])
        chunks = _parts(by_month[key], published)
        parts = Parts(title, slug, len(chunks))
        index.append(f"| [{title}]({TIMELINE_DIR}/{slug}.md){parts.links(f'{TIMELINE_DIR}/')} | "
                     f"{len(by_month[key])} | {len(published)} |")
        for i, (evs, arts) in enumerate(chunks):
            pages[f"{TIMELINE_DIR}/{parts.name(i)}.md"] = _month_page(src, parts, i, evs, arts)
    legend = src.legend(_cited([e for e in events if e.key], b.unplaced, undated[:MAX_UNDATED]))
    pages["timeline.md"] = "\n".join(head + index + [""] + tail + legend) + "\n"
    return pages


def _cited(events: list[Event], unplaced: tuple[Citation, ...], articles: list[Article]) -> set[str]:
    """The ids of the articles a timeline page names: those its events and unplaced dates
    cite, and ``articles`` (published or listed on it)."""
    return ({c.article for e in events for c in e.mentions} | {c.article for c in unplaced[:MAX_UNPLACED]}
            | {a.id for a in articles})


def _key_dates(events: list[Event], src: Sources) -> list[str]:
    """The story's key dates (Event.key), oldest first: what happened, and who reports it."""
    key = [e for e in events if e.key]
    if not key:
        return []
    lines = ["## Key dates", "",
             "The days that matter most: reported by the most independent sources, central to the story, "
             "telling what happened rather than what is planned. Every event follows below.", ""]
    for e in key:
        links = _sources(e, src, "")
        mark = "≈ " if e.approximate else ""
        lines.append(f"- **{mark}{inline(human_date(e.date))}**: {inline(e.label)} "
                     f"({len(links)} source{'s' if len(links) != 1 else ''}: {', '.join(links)})")
    return lines + [""]


def _unplaced(unplaced: tuple[Citation, ...], src: Sources) -> list[str]:
    """The relative dates no day could be found for, each with its sentence."""
    if not unplaced:
        return []
    lines = ["## Could not be placed", "",
             "Relative dates in articles with no publication date: there is no day to count them from, so "
             "they are not put on the timeline.", ""]
    for c in unplaced[:MAX_UNPLACED]:
        lines.append(f"- {src.link(c.article, c.sentence)}: “{inline(c.sentence.text)}” "
                     f"— *{inline(c.cue)}*")
    if len(unplaced) > MAX_UNPLACED:
        lines += ["", f"*{MAX_UNPLACED} of {len(unplaced)} are listed; all are in [briefing.json](briefing.json).*"]
    return lines + [""]


def _publications(articles: tuple[Article, ...]) -> dict[tuple[str, str], list[Article]]:
    """The dated articles by month of publication."""
    pubs: dict[tuple[str, str], list[Article]] = {}
    for a in articles:
        if a.meta.date:
            pubs.setdefault(month_key(a.meta.date), []).append(a)
    return pubs


def _month_page(src: Sources, parts: Parts, i: int, evs: list[Event], arts: list[Article]) -> str:
    """Part ``i`` of a month's page: its events and publications in date order."""
    page = ["---", f"title: Timeline, {parts.heading(i)}", "---", "", f"# {parts.heading(i)}", "",
            f"{parts.nav(i, f'[All months](../{TIMELINE_DIR}.md).')} {INTRO}", ""]
    page += _chronology(src, evs, arts, TIMELINE_DIR, headings=False)
    page += src.legend(_cited(evs, (), arts), from_dir=TIMELINE_DIR)
    return "\n".join(page) + "\n"
