"""Render: the analysed briefing as Markdown pages and JSON, ready for the writer.

``render_site`` is pure: a Briefing in, a mapping of docs-relative paths to file
contents out. Every piece of seed text is escaped on its way into a page
(``markdown.inline`` / ``markdown.paragraph``).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from ..models import Briefing
from .article import article_page
from .common import article_path
from .export import briefing_json
from .home import articles_index, home_page
from .memo import Memo, event_label, heads
from .method import method_page
from .summary_page import summary_page
from .timeline_page import timeline_pages
from .timelinejs import timelinejs_json


class RenderError(Exception):
    """Two outputs claim the same path (a slug collision is a bug, never an overwrite)."""


def render_site(b: Briefing, article_pages: Mapping[str, str] | None = None,
                article_json: Mapping[str, str] | None = None, memo: dict | None = None) -> dict[str, str | bytes]:
    """Every generated file of the briefing, by path relative to the docs folder: the
    pages' text, and the export's bytes (``briefing.json``, megabytes for a large
    briefing, is encoded item by item, and only new items are encoded again).

    ``article_pages`` and ``article_json`` hold article pages and export items already
    made (by id; the per-article stage makes and caches them), used as they are.
    ``memo`` (a dict the caller keeps between builds of one process) holds what the
    previous render made: pages and items whose inputs did not change are reused. The
    files are the same with or without it.
    """
    article_pages = article_pages or {}
    remembered = Memo(memo)
    # The events are made afresh by every build (in another process, for a large corpus):
    # unchanged ones are swapped for last render's equal objects, compared once here.
    b = replace(b, events=remembered.same("events", b.events, event_label))
    out: dict[str, str | bytes] = {}

    def put(path: str, text: str | bytes) -> None:
        if path in out:
            raise RenderError(f"two generated files would be written to {path}")
        out[path] = text

    head = heads(b.articles)
    # The home page reads the articles' heads, the first overview sentences and counts.
    put("index.md", remembered.text("index.md", (head, b.overview[:4], len(b.events), len(b.quotes), len(b.figures),
                                                 len(b.conflicts), len(b.problems)), lambda: home_page(b)))
    for path, text in timeline_pages(b, remembered).items():
        put(path, text)
    put("summary.md", summary_page(b, remembered))
    # The method page reads the warnings and the reasons of the lines removed.
    put("method.md", remembered.text("method.md", (b.problems, tuple(a.removed for a in b.articles)),
                                     lambda: method_page(b)))
    for path, text in articles_index(b, remembered).items():
        put(path, text)
    for a in b.articles:
        put(article_path(a.id), article_pages.get(a.id) or article_page(a))
    put("briefing.json", briefing_json(b, article_json, remembered))
    put("timeline.json", timelinejs_json(b, remembered))
    remembered.close()
    return out
