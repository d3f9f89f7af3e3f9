"""Render: the analysed briefing as Markdown pages and JSON, ready for the writer.

``render_site`` is pure: a Briefing in, a mapping of docs-relative paths to file
contents out. Every piece of seed text is escaped on its way into a page
(``markdown.inline`` / ``markdown.paragraph``).
"""
from __future__ import annotations

from collections.abc import Mapping

from ..models import Briefing
from .article import article_page
from .common import article_path
from .export import briefing_json
from .home import articles_index, home_page
from .method import method_page
from .summary_page import summary_page
from .timeline_page import timeline_pages
from .timelinejs import timelinejs_json


class RenderError(Exception):
    """Two outputs claim the same path (a slug collision is a bug, never an overwrite)."""


def render_site(b: Briefing, article_pages: Mapping[str, str] | None = None,
                article_json: Mapping[str, str] | None = None) -> dict[str, str | bytes]:
    """Every generated file of the briefing, by path relative to the docs folder: the
    pages' text, and the export's bytes.

    ``article_pages`` and ``article_json`` hold article pages and export items already
    made (by id; the per-article stage makes and caches them), used as they are.
    """
    article_pages = article_pages or {}
    out: dict[str, str | bytes] = {}

    def put(path: str, text: str | bytes) -> None:
        if path in out:
            raise RenderError(f"two generated files would be written to {path}")
        out[path] = text

    put("index.md", home_page(b))
    for path, text in timeline_pages(b).items():
        put(path, text)
    put("summary.md", summary_page(b))
    put("method.md", method_page(b))
    for path, text in articles_index(b).items():
        put(path, text)
    for a in b.articles:
        put(article_path(a.id), article_pages.get(a.id) or article_page(a))
    put("briefing.json", briefing_json(b, article_json))
    put("timeline.json", timelinejs_json(b))
    return out
