"""Every statement on the summary page links to the article paragraph it comes from."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

# Sections whose every item is a statement taken from an article.
CITED_SECTIONS = ("overview", "shared-points", "quotes", "figures", "where-the-sources-disagree")


class Items(HTMLParser):
    """Collects, per h2 section of the page content, each list item / table row with its links."""

    def __init__(self) -> None:
        super().__init__()
        self.section = ""
        self.depth = 0  # inside an <li> or <tr> we collect
        self.items: list[tuple[str, str, list[str]]] = []  # (section, text, hrefs)
        self.ids: set[str] = set()
        self._text: list[str] = []
        self._hrefs: list[str] = []
        self._in_details = 0
        self._in_head = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"] or "")
        if tag == "h2":
            self.section = a.get("id", "")
        if tag == "details":
            self._in_details += 1
        if tag == "thead":
            self._in_head = True
        if tag in ("li", "tr") and not self._in_details and not self._in_head:
            self.depth += 1
            if self.depth == 1:
                self._text, self._hrefs = [], []
        if tag == "a" and self.depth and a.get("href"):
            self._hrefs.append(a["href"])

    def handle_endtag(self, tag):
        if tag == "details":
            self._in_details -= 1
        if tag == "thead":
            self._in_head = False
        if tag in ("li", "tr") and self.depth and not self._in_details:
            self.depth -= 1
            if self.depth == 0:
                self.items.append((self.section, " ".join("".join(self._text).split()), self._hrefs))

    def handle_data(self, data):
        if self.depth:
            self._text.append(data)


def parse(path: Path) -> Items:
    p = Items()
    p.feed(path.read_text(encoding="utf-8"))
    return p


@pytest.mark.slow
def test_every_summary_statement_links_to_an_existing_paragraph(seeds_site):
    site = seeds_site / "site"
    page = parse(site / "summary" / "index.html")
    cited = [it for it in page.items if it[0] in CITED_SECTIONS]
    assert len(cited) >= 10, page.items[:5]
    anchors: dict[Path, set[str]] = {}
    for section, text, hrefs in cited:
        targets = [h for h in hrefs if "/articles/" in urljoin("https://x/summary/", h) and "#p-" in h]
        assert targets, f"no citation link in {section}: {text[:120]!r}"
        for href in targets:
            parts = urlsplit(urljoin("https://x/summary/", href))
            target = site / parts.path.lstrip("/") / "index.html"
            assert target.is_file(), href
            if target not in anchors:
                anchors[target] = parse(target).ids
            assert parts.fragment in anchors[target], f"{href}: no element with id {parts.fragment!r}"
