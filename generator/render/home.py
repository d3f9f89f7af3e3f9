"""The home page and the Articles index: what the story is, and the table of sources."""
from __future__ import annotations

from ..models import Article, Briefing
from .common import ARTICLES_DIR, Parts, Sources, cite_target, headline, human_date, month_key, month_title, outlet
from .markdown import inline, shorten

HOME_TABLE_LIMIT = 50  # the home page lists this many sources at most; the index lists all


def _by_date(articles: tuple[Article, ...]) -> list[Article]:
    return sorted(articles, key=lambda a: (a.meta.date or "9999", outlet(a).casefold(), a.id))


def _row(a: Article, src: Sources, *, from_dir: str = "") -> str:
    target = cite_target(a.id, None, from_dir=from_dir)
    mark = " *(title derived)*" if a.meta.title_derived else ""
    date = inline(a.meta.date) + (" ≈" if a.meta.date_inferred else "") if a.meta.date else "—"
    return (f"| {src.names[a.id]} | {date} | [{inline(shorten(headline(a), 100))}]({target}){mark} | "
            f"{a.meta.kind or '—'} |")


TABLE_HEAD = "| Outlet | Date | Headline | Kind |\n| --- | --- | --- | --- |"
# The site's script (docs/assets/briefing.js) makes tables inside this class sortable.
SORTABLE = "briefing-sortable"


def sortable_table(rows: list[str]) -> list[str]:
    """The table of sources as Markdown lines, wrapped so the site can sort it by column."""
    return [f'<div class="{SORTABLE}" markdown="1">', "", TABLE_HEAD, *rows, "", "</div>"]


def date_span(b: Briefing) -> str:
    """'Published between 13 September 2019 and 18 September 2019; 3 undated.', or a note
    that no article is dated."""
    dates = sorted(a.meta.date for a in b.articles if a.meta.date)
    if not dates:
        return "No article carries a publication date."
    undated = len(b.articles) - len(dates)
    more = f"; {undated} undated." if undated else "."
    if dates[0] == dates[-1]:
        return f"Published on {human_date(dates[0])}{more}"
    return f"Published between {human_date(dates[0])} and {human_date(dates[-1])}{more}"


def home_page(b: Briefing) -> str:
    """The home page: what the briefing holds, and the table of sources. The story itself
    is told once, by the summary's brief."""
    n = len(b.articles)
    outlets = len({outlet(a).casefold() for a in b.articles})
    src = Sources.of(b.articles)
    lines = ["---", "title: Briefing", "---", "", "# Briefing", ""]
    warnings = len(b.problems)
    lines += [
        f"{n} article{'s' if n != 1 else ''} from {outlets} source{'s' if outlets != 1 else ''}. {date_span(b)}",
        "",
        f"- **[Summary](summary.md)**: the brief (what happened, who is involved, what the sources agree on and "
        f"where they differ), then the comparison: {len(b.points)} claims, {len(b.quotes)} quotes, "
        f"{len(b.figures)} figures, {len(b.conflicts)} disagreements.",
        f"- **[Timeline](timeline.md)**: {len(b.events)} dated events, the key dates first.",
        f"- **[How this briefing was made](method.md)**: the method and {warnings} warning"
        f"{'s' if warnings != 1 else ''}; each article's page ends with what was removed from it.",
        "",
        "## Sources",
        "",
    ]
    shown = _by_date(b.articles)[:HOME_TABLE_LIMIT]
    lines += sortable_table([_row(a, src) for a in shown])
    lines.append("")
    if n > len(shown):
        lines.append(f"The first {len(shown)} of {n} are shown: see [all articles]({ARTICLES_DIR}/index.md).")
    else:
        lines.append(f"See the [articles index]({ARTICLES_DIR}/index.md).")
    return "\n".join(lines) + "\n"


INDEX_PAGE_LIMIT = 300  # more articles than this: the index lists months, one page per month
MONTH_PAGE_ROWS = 500  # a month (or the undated) with more articles gets several pages
SOURCES_DIR = "sources"  # the per-month pages of a large Articles index


def articles_index(b: Briefing) -> dict[str, str]:
    """``articles/index.md``, and for large briefings one ``sources/<month>.md`` page per month."""
    if len(b.articles) <= INDEX_PAGE_LIMIT:
        return {f"{ARTICLES_DIR}/index.md": _small_index(b)}
    return _large_index(b)


def _large_index(b: Briefing) -> dict[str, str]:
    """``articles_index`` of a large briefing."""
    head = ["---", "title: Articles", "---", "", "# Articles", ""]
    src = Sources.of(b.articles)
    pages: dict[str, str] = {}
    lines = head + [f"{len(b.articles)} articles, by month of publication.", "",
                    "| Month | Articles |", "| --- | ---: |"]
    for key, arts in _by_month(b).items():
        slug = (f"{key[0]}-{key[1]}" if key[1] else key[0]) if key[0] else "undated"
        title = month_title(*key) if key[0] else "Undated"
        chunks = [arts[i:i + MONTH_PAGE_ROWS] for i in range(0, len(arts), MONTH_PAGE_ROWS)]
        parts = Parts(title, slug, len(chunks))
        lines.append(f"| [{title}](../{SOURCES_DIR}/{slug}.md){parts.links(f'../{SOURCES_DIR}/')} | {len(arts)} |")
        for i, chunk in enumerate(chunks):
            pages[f"{SOURCES_DIR}/{parts.name(i)}.md"] = _month_page(parts, i, chunk, src)
    pages[f"{ARTICLES_DIR}/index.md"] = "\n".join(lines) + "\n"
    return pages


def _by_month(b: Briefing) -> dict[tuple[str, str], list[Article]]:
    """The articles by (year, month) of publication, in date order."""
    groups: dict[tuple[str, str], list[Article]] = {}
    for a in _by_date(b.articles):
        groups.setdefault(month_key(a.meta.date), []).append(a)
    return groups


def _small_index(b: Briefing) -> str:
    """The Articles index of a small briefing: every article on one page, by month."""
    lines = ["---", "title: Articles", "---", "", "# Articles", ""]
    src = Sources.of(b.articles)
    for key, arts in _by_month(b).items():
        rows = [_row(a, src, from_dir=ARTICLES_DIR) for a in arts]
        lines += ["", f"## {month_title(*key) if key[0] else 'Undated'}", "", *sortable_table(rows)]
    return "\n".join(lines) + "\n"


def _month_page(parts: Parts, i: int, chunk: list[Article], src: Sources) -> str:
    """Part ``i`` of one month's list of articles (a large briefing's ``sources/`` page)."""
    rows = [_row(a, src, from_dir=SOURCES_DIR) for a in chunk]
    page = ["---", f"title: Articles, {parts.heading(i)}", "---", "", f"# {parts.heading(i)}", "",
            parts.nav(i, f"[All months](../{ARTICLES_DIR}/index.md)."), "", *sortable_table(rows)]
    return "\n".join(page) + "\n"
