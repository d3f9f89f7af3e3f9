"""Names, anchors and links that every page uses the same way."""
from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..models import Article, Sentence
from .markdown import CONTROL, SPACES, inline, shorten

ARTICLES_DIR = "articles"


def anchor(block: int) -> str:
    """The stable id of an article's block (paragraph or heading): ``p-1``, ``p-2``, ..."""
    return f"p-{block + 1}"


def article_path(article_id: str) -> str:
    """The docs-relative path of an article's page."""
    return f"{ARTICLES_DIR}/{article_id}.md"


def cite_target(article_id: str, sentence: Sentence | None, *, from_dir: str = "") -> str:
    """A link target from a page in ``from_dir`` to the block holding ``sentence``."""
    if from_dir == ARTICLES_DIR:
        prefix = ""
    else:
        prefix = "../" * (from_dir.count("/") + 1 if from_dir else 0) + f"{ARTICLES_DIR}/"
    target = f"{prefix}{article_id}.md"
    return target + (f"#{anchor(sentence.block)}" if sentence is not None else "")


def outlet(article: Article) -> str:
    """What to call an article's source on the pages: its outlet (with the agency it
    carries, "Shore News via Reuters"), else its site, else "unknown outlet · file":
    never a piece of its headline."""
    m = article.meta
    if m.publisher:
        return f"{m.publisher} via {m.via}" if m.via else m.publisher
    if m.url:
        host = urlsplit(m.url).hostname
        if host:
            return host.removeprefix("www.")
    return f"{UNKNOWN}{article.source}"


UNKNOWN = "unknown outlet · "  # what a source whose outlet is not known is called, before its file's name


def source_labels(articles: Sequence[Article]) -> dict[str, str]:
    """Each article's short label on the pages, by id: its ``outlet``; articles that share
    an outlet are numbered in date order ("Reuters (1)", "Reuters (2)")."""
    labels = {a.id: outlet(a) for a in articles}
    groups: dict[str, list[str]] = {}
    for a in sorted(articles, key=lambda a: (a.meta.date or "9999", a.id)):
        groups.setdefault(labels[a.id].casefold(), []).append(a.id)
    for ids in groups.values():
        if len(ids) > 1:
            for i, k in enumerate(ids):
                labels[k] = f"{labels[k]} ({i + 1})"
    return labels


# A straight apostrophe opening or closing a text.
EDGE_APOSTROPHE_RE = re.compile(r"^'+|'+$")


def link_title(text: str) -> str:
    """``text`` made safe for a Markdown link's title ("..."): one line, no double
    quotation mark or backslash (either could end the title early); '&' and '=' as
    entities, which the title keeps, so that the page's HTML holds no 'name=' of the text's
    own (a headline reading 'onerror=' stays words in an attribute, and looks like none).
    A straight apostrophe at the title's edge becomes a typographic one: Markdown drops it there;
    a backquote is an entity ("`0`" would be read as code and lose its marks)."""
    text = SPACES.sub(" ", CONTROL.sub("", text)).strip().replace('"', "”").replace("\\", "/")
    text = EDGE_APOSTROPHE_RE.sub("’", text)
    return text.replace("&", "&amp;").replace("=", "&#61;").replace("`", "&#96;")


def headline(a: Article) -> str:
    """An article's headline as the pages show it (its file name when it has none)."""
    return a.meta.title or a.source


@dataclass(slots=True, frozen=True)
class Sources:
    """How the pages name the articles they cite: a short label (the outlet), with the
    headline on hover, and one legend per page that gives each label's headline.

    Labels and titles are escaped once (a large timeline cites the same articles a
    hundred thousand times).
    """

    articles: dict[str, Article]
    labels: dict[str, str]  # plain text, by article id
    names: dict[str, str]  # the label escaped for Markdown, by article id
    titles: dict[str, str]  # the headline, safe in a link title, by article id

    @classmethod
    def of(cls, articles: Sequence[Article]) -> Sources:
        labels = source_labels(articles)
        return cls({a.id: a for a in articles}, labels, {k: inline(v) for k, v in labels.items()},
                   {a.id: link_title(shorten(headline(a), 160)) for a in articles})

    def link(self, article_id: str, sentence: Sentence | None = None, *, from_dir: str = "",
             text: str | None = None) -> str:
        """``[Label](target "Headline")``: a link to the article (to the sentence's block, if
        given); ``text``, escaped Markdown, stands for the label."""
        return (f'[{self.names[article_id] if text is None else text}]'
                f'({cite_target(article_id, sentence, from_dir=from_dir)} "{self.titles[article_id]}")')

    def legend_item(self, article_id: str, *, from_dir: str = "") -> str:
        """'**Label** · date · [Headline](article)': one line of a page's legend of sources."""
        a = self.articles[article_id]
        date = inline(a.meta.date) + (" ≈" if a.meta.date_inferred else "") if a.meta.date else "undated"
        mark = " *(title made from the opening)*" if a.meta.title_derived else ""
        return (f"**{self.names[article_id]}** · {date} · "
                f"[{inline(shorten(headline(a), 100))}]({cite_target(article_id, None, from_dir=from_dir)}){mark}")

    def legend(self, ids: Collection[str], *, from_dir: str = "") -> list[str]:
        """The legend of the sources a page names (``ids``), in the briefing's order, as a section."""
        ids = [i for i in self.articles if i in ids]
        if not ids:
            return []
        lines = ["## Sources {: #sources }", "", "The sources this page cites: each label, its headline and "
                 "its page.", ""]
        lines += [f"- {self.legend_item(i, from_dir=from_dir)}" for i in ids]
        return lines + [""]


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}


def human_date(value: str | None) -> str:
    """An ISO value from ``dates`` as a reader says it: '10 September 2019', 'Q3 2019'.

    Never raises: a value it does not know is returned as it is.
    """
    if not value:
        return "undated"
    if "/" in value:
        a, b = value.split("/", 1)
        return f"{human_date(a)} – {human_date(b)}"
    parts = value.split("-")
    year = parts[0]
    if year.endswith("X"):
        return f"the {year[:-1]}0s" if len(year) == 4 else f"the {year[:-1]}00s"
    if len(parts) == 1:
        return year
    second = parts[1]
    # Seasons first: winter is "WI", which must not be read as a week number.
    if second in _SEASONS:
        return f"{_SEASONS[second]} {year}"
    if second.startswith("W") and second[1:].isdigit():
        return f"week {int(second[1:])} of {year}"
    if second in ("Q1", "Q2", "Q3", "Q4"):
        return f"{second} {year}"
    if second in ("H1", "H2"):
        return f"{'first' if second == 'H1' else 'second'} half of {year}"
    if second.isdigit() and 1 <= int(second) <= 12:
        month = _MONTHS[int(second) - 1]
        if len(parts) >= 3 and parts[2][:2].isdigit():
            return f"{int(parts[2][:2])} {month} {year}"
        return f"{month} {year}"
    return value


def month_key(value: str | None) -> tuple[str, str]:
    """(year, month or '') of an ISO value, for grouping a chronological list."""
    if not value:
        return ("", "")
    head = value.split("/")[0]
    parts = head.split("-")
    month = parts[1] if len(parts) > 1 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12 else ""
    return (parts[0], month)


def month_title(year: str, month: str) -> str:
    """'September 2019' for ('2019', '09'); '2019' when the month is unknown."""
    return f"{_MONTHS[int(month) - 1]} {year}" if month else (year or "Undated")


@dataclass(slots=True, frozen=True)
class Parts:
    """A group (a month) cut into ``count`` pages named ``slug``, ``slug-2``, ``slug-3`` ..."""

    title: str
    slug: str
    count: int

    def name(self, i: int) -> str:
        return self.slug if i == 0 else f"{self.slug}-{i + 1}"

    def links(self, prefix: str) -> str:
        """' (parts [1](prefix/slug.md), [2](prefix/slug-2.md))' for an index row; '' for one page."""
        if self.count == 1:
            return ""
        return " (parts " + ", ".join(f"[{i + 1}]({prefix}{self.name(i)}.md)" for i in range(self.count)) + ")"

    def heading(self, i: int) -> str:
        return self.title if self.count == 1 else f"{self.title}, part {i + 1} of {self.count}"

    def nav(self, i: int, back: str) -> str:
        """The link back to the index, and to the previous and next parts."""
        nav = [back]
        if i > 0:
            nav.append(f"[Previous part]({self.name(i - 1)}.md).")
        if i + 1 < self.count:
            nav.append(f"[Next part]({self.name(i + 1)}.md).")
        return " ".join(nav)
