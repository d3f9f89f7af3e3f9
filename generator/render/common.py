"""Names, anchors and links that every page uses the same way."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from ..models import Article, Sentence

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
    return f"unknown outlet · {article.source}"


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
