"""MkDocs hooks (``hooks:`` in mkdocs.yml): regenerate the briefing on every build.

``on_pre_build`` runs the same build as ``python -m generator build`` before MkDocs
collects its files, so ``mkdocs build`` and ``mkdocs serve`` need no separate step;
``watch: [seeds]`` makes ``serve`` rebuild when a seed changes. The writer only
touches files whose bytes change, so the rebuild does not trigger itself again.

``on_page_markdown`` escapes the front-matter values Material prints into the HTML
without escaping them (``<title>``, the header, ``<meta name="author">``,
``<meta name="description">``, nav subtitles, tags): they come from untrusted text. An
author of ``"><script>...`` would otherwise close the meta tag and run.
"""
from __future__ import annotations

import html
import logging
from pathlib import Path

from generator.cache import Memory
from generator.models import printable
from generator.pipeline import Options, build

log = logging.getLogger("mkdocs.plugins.briefing")
# The per-article results this process keeps in memory between builds (`mkdocs serve`),
# so that a rebuild does not load every cached article from disk again.
MEMORY = Memory()
# The warnings this process printed already (under `mkdocs serve`, many builds).
WARNED: set[str] = set()


def on_pre_build(config) -> None:
    root = Path(config.config_file_path).parent
    result = build(Options(seeds=root / "seeds", docs=Path(config.docs_dir), cache=root / ".briefing-cache",
                           memory=MEMORY))
    for p in result.problems:
        # Seed warnings reach MkDocs as warnings (so `mkdocs build --strict` fails on them,
        # as `briefing build --strict` does), each once in a process: `mkdocs serve` does
        # not print a seed's old warnings again at every rebuild, only new ones.
        text = printable(str(p))
        if text not in WARNED:
            WARNED.add(text)
            log.warning("briefing: %s", text)
    r = result.report
    if result.up_to_date:
        log.info("briefing: %d articles; docs/ is up to date", result.counts.get("articles", 0))
    else:
        log.info("briefing: %d articles; %d files written, %d unchanged, %d removed",
                 result.counts.get("articles", 0), len(r.written), r.unchanged, len(r.deleted))


# Front-matter keys whose values Material's templates print raw (``{{ page.meta.x }}``);
# ``location`` is the target of its redirect template.
PRINTED_META = ("title", "description", "author", "subtitle", "location", "tags")


def escape_meta(meta: dict) -> None:
    """Escape, in place, every value of ``meta`` that Material prints unescaped."""
    for key in PRINTED_META:
        value = meta.get(key)
        if isinstance(value, (list, tuple)):
            meta[key] = [html.escape(str(v), quote=True) for v in value]
        elif value is not None:
            meta[key] = html.escape(str(value), quote=True)


def on_page_markdown(markdown: str, page, config, files) -> str:
    if "title" in page.meta and page.meta["title"] is None:
        page.meta["title"] = page.file.name
    escape_meta(page.meta)
    return markdown
