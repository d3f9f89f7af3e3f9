"""Stage ``metadata``: ``Cleaned`` -> ``Article`` (headline, date, outlet, author, ...).

The page's own structured metadata (Markdown front-matter, HTML ``<meta>``) is the
most reliable source and is tried first; then the lines around the headline
(date lines, bylines, wire datelines); then the debris ``clean`` took out
(copyright lines, "Your X account", newsletter pitches naming the outlet).
The user's sidecar values are applied last and always win.

Only short lines at the top of the page (or its last lines) are read as
metadata: a date inside the story is an event, never the publication date.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import PurePosixPath

import yaml

from .models import Article, ArticleKind, Block, Cleaned, Metadata, Problem, Removed, SourceText
from .sentences import split_text

# ---------------------------------------------------------------------------
# Dates written on date lines
# ---------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
# ISO dates with an optional time: 2019-09-12, 2019-09-12T18:05:00Z, 2019-09-13 15:10:21.
ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b", re.I)
# Year first with slashes or dots: 2019/9/18, 2019.09.18.
YMD_DATE = re.compile(r"\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")
# All-numeric day and month in either order, then the year: 12/09/2019, 12.09.2019, 9-12-19.
NUMERIC_DATE = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b")
# Day, month name, year: 12 Sep 2019, 12th of September, 2019.
DMY_DATE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\.?,?\s+(\d{4})\b", re.I)
# Month name, day, year: September 12, 2019; Sept. 12 2019.
MDY_DATE = re.compile(_MONTH + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I)
# A clock time: 18:05, 18.05, 15:10:21, 6:05 pm, 6pm.
TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2}(?::\d{2})?)?\s*(?:[ap]\.?m\.?|hrs?|h)\b|\b\d{1,2}[:.]\d{2}(?::\d{2})?\b", re.I)
# Time zones printed after a time; European zones also mean the date is day-first.
ZONE = re.compile(r"\b(?:GMT|BST|UTC|CET|CEST|EET|EEST|WET|IST|SGT|HKT|JST|KST|AEST|AEDT|ACST|NZST|NZDT|WIB|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|Z)\b(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?", re.I)
DAY_FIRST_ZONES = frozenset("gmt bst cet cest eet eest wet ist sgt hkt jst kst aest aedt acst nzst nzdt wib msk".split())
# Weekday names, full or short.
WEEKDAY = re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?", re.I)
# Labels that introduce a date on a date line; group 1 is "updated"-like when present.
DATE_LABEL = re.compile(r"\b(?:(last\s+updated|updated|modified|last\s+modified|edited|revised)|first\s+published|published|posted|date(?:d)?|created|released|issued|written)\b\s*(?:on|at)?\s*:?", re.I)
# Filler left on a date line once dates, times and labels are gone.
DATE_FILLER = re.compile(r"(?i)\b(?:on|at|of|the|time|local)\b|[\s|•·,:;/()\[\]–—-]+")

# ---------------------------------------------------------------------------
# Bylines, wire datelines, outlets
# ---------------------------------------------------------------------------

# A byline's label: "By", "Written by", "Words by", "Reporting by", "Author:".
BYLINE_LABEL = re.compile(r"^(?:(?:written|words|reporting|story|text|posted|reported|compiled)\s+by|by|authors?|writer|reporter)\s*[:-]?\s+(.+)$", re.I)
# "Posted on <date> by <name>", as blogs print it.
POSTED_ON_BY = re.compile(r"^(?:posted|published|written)\s+(?:on\s+)?(.+?)\s+by\s+(.+)$", re.I)
# Separators between the fields of a byline/date line: "Name | Place", "Name • 12 Sep 2019".
FIELD_SEP = re.compile(r"\s*[|•·]\s*|\s{3,}")
# A place after "in": "By Jane Doe in Geneva".
IN_PLACE = re.compile(r"^(.+?)\s+in\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$")
# Splits a list of authors: "A, B and C", "A & B".
AUTHOR_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")
# Lowercase particles inside personal names.
NAME_PARTICLES = frozenset("de da das do dos du van von der den del della di la le bin binti ibn al el ter ten y st".split())
# Capitalised words that are never part of a personal name on a byline.
NOT_NAME = frozenset(
    """the a an in on at of for and to with from by is are was home news menu share published updated posted
    read more latest new our your this that video photo image opinion analysis comment editorial""".split())
# Words that describe a role or desk rather than a person ("Staff Writer").
ROLE_WORDS = frozenset(
    """staff writer reporter correspondent editor contributor columnist journalist desk team bureau
    senior chief associate deputy managing special political business foreign economics technology tech
    science health sports sport news digital agency agencies online wire wires""".split())
# News agencies: known by name because a byline or dateline names them as the source.
AGENCIES = frozenset(
    """reuters ap afp bloomberg xinhua pa dpa ani pti efe ansa kyodo yonhap bernama ians aap upi tass
    anadolu""".split()) | {"associated press", "agence france-presse", "press association", "press trust of india"}
# A wire dateline opening the lead: "GENEVA, Sept 12 (Reuters) -", "LONDON (AP) —", "BEIJING:".
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)"
    r"(?:,?\s+(?P<date>" + _MONTH + r"\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+" + _MONTH + r"\.?(?:\s+\d{4})?))?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&-]{1,30})\))?\s*(?:-{1,2}|–|—|:)\s+(?=\S)")
# The same with a title-case place, accepted only when an agency is named: "Geneva, Sept 12 (Reuters) -".
DATELINE_AGENCY = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3})"
    r"(?:,?\s+(?P<date>" + _MONTH + r"\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+" + _MONTH + r"\.?(?:\s+\d{4})?))?"
    r"\s*\((?P<agency>[A-Za-z][\w .&-]{1,30})\)\s*(?:-{1,2}|–|—|:)\s+(?=\S)", re.I)
# Outlet names inside debris, most reliable first: copyright lines, account notices, newsletter pitches.
COPYRIGHT_OWNER = re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:the\s+)?(?P<name>[A-Z][\w&'’. -]{1,60}?)\s*(?:[,.|]|\ball rights\b|$)", re.I)
YOUR_ACCOUNT = re.compile(r"\b[Yy]our\s+(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+account\b")
SUBSCRIBE_TO = re.compile(r"\bsubscribe\s+to\s+(?:the\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}?)(?:['’]s)?\s+(?:newsletters?|e-?mails?|digest)\b", re.I)
SIGN_UP_TO = re.compile(r"\bsign\s+up\s+(?:to|for)\s+(?:the\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})[\w\s]{0,30}?\s(?:e-?mails?|newsletters?)\b")
# Generic words closing an outlet's product name ("E&T News e-mail" -> "E&T").
PRODUCT_WORDS = frozenset("news newsletter daily weekly today briefing digest alert alerts update updates edition bulletin morning evening".split())
# Company suffixes left off an outlet's name.
COMPANY_SUFFIX = re.compile(r"(?:,?\s+(?:ltd|limited|inc|llc|plc|pte|gmbh|corp|corporation|co|s\.a|group|holdings))+\.?$", re.I)
# Section labels that say what kind of piece it is.
KIND_LABELS: dict[str, ArticleKind] = {
    "opinion": "opinion", "op-ed": "opinion", "oped": "opinion", "editorial": "opinion", "comment": "opinion",
    "commentary": "opinion", "column": "opinion", "viewpoint": "opinion", "perspective": "opinion",
    "letters": "opinion", "analysis": "analysis", "explainer": "analysis", "in depth": "analysis",
    "in-depth": "analysis", "insight": "analysis", "news analysis": "analysis", "feature": "analysis",
}
# A kind label alone on a line or before a colon in the headline: "Opinion", "ANALYSIS:".
KIND_LABEL = re.compile(r"^(" + "|".join(sorted((re.escape(k) for k in KIND_LABELS), key=len, reverse=True)) + r")\s*(?::|\||$)", re.I)
# Reporting verbs and attributions: the mark of a news report (words, and phrases counted as text).
REPORTING_WORDS = frozenset("said says told stated announced added reported confirmed spokesperson spokesman spokeswoman".split())
REPORTING_PHRASES = ("according to", "declined to comment")
# The writer's own voice: arguments and prescriptions.
ARGUING_WORDS = frozenset("should must".split())
ARGUING_PHRASES = ("ought to", "i think", "i believe", "we need", "in my view", "in vain", "the best choice", "it is time")
# Words for counting cues: letters only, lower case.
LOWER_WORD = re.compile(r"[a-z]+")
# Markdown front-matter at the very top of a file.
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# Sentence-final punctuation, with closing quotes or brackets after it.
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
# Words of a title, for counting.
WORD = re.compile(r"[^\W_][\w'’&.-]*")


@dataclass(slots=True, frozen=True)
class LineInfo:
    """What a short metadata line says: a date line, a byline, or both."""

    date: str | None = None
    updated: bool = False  # the date is labelled "Updated"/"Modified", not "Published"
    author: str | None = None
    location: str | None = None
    publisher: str | None = None


# ---------------------------------------------------------------------------
# Reading one line
# ---------------------------------------------------------------------------

def parse_date(text: str, day_first: bool | None = None) -> tuple[str | None, tuple[int, int] | None]:
    """The first full calendar date (day, month and year) written in ``text``, as YYYY-MM-DD.

    ``day_first`` decides 03/04/2019; None means: day first when a European or
    Asian time zone is printed, or when the separator is a dot, else month first.
    """
    best: tuple[int, str, tuple[int, int]] | None = None
    for pattern in (ISO_DATE, YMD_DATE, DMY_DATE, MDY_DATE, NUMERIC_DATE):
        for m in pattern.finditer(text):
            iso = _date_from_match(pattern, m, text, day_first)
            if iso and (best is None or m.start() < best[0]):
                best = (m.start(), iso, m.span())
            if iso:
                break
    return (best[1], best[2]) if best else (None, None)


def _date_from_match(pattern: re.Pattern[str], m: re.Match[str], text: str, day_first: bool | None) -> str | None:
    g = m.groups()
    if pattern is ISO_DATE or pattern is YMD_DATE:
        y, mo, d = int(g[0]), int(g[1]), int(g[2])
    elif pattern is DMY_DATE:
        d, mo, y = int(g[0]), MONTHS[g[1].lower().rstrip(".")], int(g[2])
    elif pattern is MDY_DATE:
        mo, d, y = MONTHS[g[0].lower().rstrip(".")], int(g[1]), int(g[2])
    else:
        a, sep, b, year = int(g[0]), g[1], int(g[2]), g[3]
        y = int(year) if len(year) == 4 else 2000 + int(year)
        if a > 12:
            first = True
        elif b > 12:
            first = False
        elif day_first is not None:
            first = day_first
        else:
            zones = {z.group(0).split()[0].lower() for z in ZONE.finditer(text)}
            first = sep == "." or bool(zones & DAY_FIRST_ZONES)
        d, mo = (a, b) if first else (b, a)
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


def _date_segment(text: str) -> tuple[str, bool] | None:
    """(date, updated?) when ``text`` is nothing but a labelled or bare date (and time)."""
    iso, span = parse_date(text)
    if not iso or span is None:
        return None
    rest = text[: span[0]] + " " + text[span[1]:]
    rest = TIME.sub(" ", rest)
    rest = ZONE.sub(" ", rest)
    rest = WEEKDAY.sub(" ", rest)
    labels = list(DATE_LABEL.finditer(text[: span[0]]))
    rest = DATE_LABEL.sub(" ", rest)
    # A second date on the line ("Published ... Updated ...") is allowed.
    second, span2 = parse_date(rest)
    if second and span2:
        rest = rest[: span2[0]] + " " + rest[span2[1]:]
    if DATE_FILLER.sub("", rest).strip():
        return None
    updated = bool(labels and labels[-1].group(1))
    return iso, updated


def _name(text: str, bare: bool = False) -> str | None:
    """``text`` as a personal name (or names joined by 'and'), or None when it is not one."""
    text = text.strip().strip(",;:.").strip()
    if not text or len(text) > 80:
        return None
    names = [p for p in AUTHOR_SPLIT.split(text) if p]
    out: list[str] = []
    for part in names:
        tokens = part.split()
        if not 1 <= len(tokens) <= 5:
            return None
        low = [t.lower().strip(".,") for t in tokens]
        if out and all(t in ROLE_WORDS or t in AGENCIES for t in low):
            continue  # "Jane Doe, Staff Writer" / "Jane Doe, Reuters"
        if (bare or not out) and len(tokens) == 1 and low[0] not in AGENCIES and bare:
            return None
        for tok, lo in zip(tokens, low):
            if lo in NAME_PARTICLES and tok.islower():
                continue
            if not tok[0].isupper() or lo in NOT_NAME:
                return None
            if not all(c.isalpha() or c in "'’.-" for c in tok):
                return None
        out.append(part)
    if not out:
        return None
    return out[0] if len(out) == 1 else ", ".join(out[:-1]) + " and " + out[-1]


def _place(text: str) -> str | None:
    """``text`` as a place name (1-4 capitalised words), or None."""
    text = text.strip().strip(",.")
    tokens = text.split()
    if not 1 <= len(tokens) <= 4:
        return None
    for tok in tokens:
        lo = tok.lower()
        if lo in NAME_PARTICLES or lo in ("of", "and"):
            continue
        if not tok[0].isupper() or lo in NOT_NAME or not all(c.isalpha() or c in "'’.-," for c in tok):
            return None
    return _titlecase_caps(text)


def _titlecase_caps(text: str) -> str:
    """'NEW YORK' -> 'New York'; mixed case is left alone."""
    return text.title() if text.isupper() and len(text) > 3 else text


def parse_line(text: str) -> LineInfo | None:
    """What a short line says as metadata (date line, byline, both), or None when it is not one.

    Recognises "Published: 2019/9/18", "Thu 12 Sep 2019 18.05 BST", "By Jane Doe and
    John Roe", "Jane Doe | Geneva", "Posted on 12 September 2019 by Jane Doe", and
    lines combining such fields with ``|`` or ``•``.
    """
    text = text.strip()
    if not text or len(text) > 160 or len(text.split()) > 24:
        return None
    m = POSTED_ON_BY.match(text)
    if m:
        seg = _date_segment(m.group(1))
        author = _name(m.group(2))
        if seg and author:
            return LineInfo(date=seg[0], updated=seg[1], author=author)
    fields = [f for f in FIELD_SEP.split(text) if f.strip()]
    info: dict[str, object] = {}
    unknown: list[str] = []
    for i, field in enumerate(fields):
        seg = _date_segment(field)
        if seg:
            if "date" not in info or (info.get("updated") and not seg[1]):
                info["date"], info["updated"] = seg
            continue
        bm = BYLINE_LABEL.match(field)
        if bm:
            who = bm.group(1).strip()
            pm = IN_PLACE.match(who)
            if pm and _name(pm.group(1)):
                who = pm.group(1)
                info["location"] = _place(pm.group(2))
            # "By Jane Doe, 12 September 2019": a trailing date after a comma
            if "," in who and _name(who) is None:
                head, _, tail = who.partition(",")
                seg = _date_segment(tail)
                if seg and _name(head):
                    info["date"], info["updated"] = seg
                    who = head
            name = _name(who)
            if name is None:
                return None
            low = name.lower()
            if low in AGENCIES:
                info["publisher"] = name
            else:
                info["author"] = name
            continue
        unknown.append(field)
    if unknown:
        # "Jane Doe | Singapore": a bare name and a place, only when nothing else is odd.
        if len(unknown) <= 2 and len(fields) >= 2 and "author" not in info:
            name = _name(unknown[0], bare=True)
            place = _place(unknown[1]) if len(unknown) == 2 else None
            if name and (len(unknown) == 1 or place):
                info["author"] = name
                if place:
                    if place.lower() in AGENCIES:
                        info["publisher"] = place
                    else:
                        info["location"] = place
                unknown = []
        elif len(unknown) == 1 and "author" in info and "location" not in info and fields[-1] == unknown[0]:
            place = _place(unknown[0])
            if place and place.lower() not in AGENCIES:
                info["location"] = place
                unknown = []
            elif place:
                info["publisher"] = place
                unknown = []
    if unknown or not info:
        return None
    return LineInfo(
        date=info.get("date"), updated=bool(info.get("updated")), author=info.get("author"),  # type: ignore[arg-type]
        location=info.get("location"), publisher=info.get("publisher"))  # type: ignore[arg-type]


def is_meta_line(text: str) -> bool:
    """True when ``text`` is a date line or byline that ``extract_metadata`` will read."""
    return parse_line(text) is not None


def is_sentence(text: str) -> bool:
    """True when ``text`` ends like a sentence (full stop, ! or ?, maybe a closing quote)."""
    return bool(SENTENCE_END.search(text.rstrip()))


def title_like(text: str) -> bool:
    """True for a line that can be a headline: 1-30 words, not ending with a full stop."""
    n = len(text.split())
    if not 1 <= n <= 30:
        return False
    stripped = text.rstrip()
    if stripped.endswith("?") or stripped.endswith("?”") or stripped.endswith('?"'):
        return n <= 20
    return not is_sentence(stripped) and not stripped.endswith(":")


# ---------------------------------------------------------------------------
# Structured metadata in the page itself
# ---------------------------------------------------------------------------

def split_front_matter(text: str) -> tuple[dict[str, object] | None, str, str | None]:
    """(front-matter mapping or None, the text after it, error message or None)."""
    m = FRONT_MATTER.match(text)
    if not m:
        return None, text, None
    body = text[m.end():]
    try:
        data = yaml.safe_load(m.group(1) or "")
    except yaml.YAMLError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else "YAML error"
        return None, body, f"front-matter is not valid YAML ({first}); its values were ignored, the body was used"
    if data is None:
        return {}, body, None
    if not isinstance(data, dict):
        return None, body, "front-matter is not a mapping; its values were ignored, the body was used"
    return data, body, None


# Front-matter keys (lower case) and the field they fill.
FRONT_MATTER_KEYS: dict[str, str] = {
    "title": "title", "headline": "title", "date": "date", "published": "date", "pubdate": "date",
    "publication_date": "date", "published_at": "date", "date_published": "date",
    "author": "author", "authors": "author", "byline": "author",
    "publisher": "publisher", "site": "publisher", "site_name": "publisher", "outlet": "publisher",
    "source": "publisher", "location": "location", "dateline": "location", "place": "location",
    "url": "url", "link": "url", "canonical_url": "url", "deck": "deck", "subtitle": "deck",
    "standfirst": "deck", "description": "deck", "summary": "deck",
}
# HTML <meta> names/properties (lower case) and the field they fill.
HTML_META_KEYS: dict[str, str] = {
    "og:site_name": "publisher", "application-name": "publisher", "publisher": "publisher",
    "author": "author", "article:author": "author", "byl": "author", "parsely-author": "author",
    "sailthru.author": "author", "dc.creator": "author",
    "article:published_time": "date", "og:published_time": "date", "pubdate": "date", "publishdate": "date",
    "publish-date": "date", "date": "date", "dc.date": "date", "dc.date.issued": "date",
    "parsely-pub-date": "date", "sailthru.date": "date", "datepublished": "date",
    "og:title": "title", "twitter:title": "title", "og:url": "url",
    "og:description": "deck", "description": "deck",
}


class _HeadParser(HTMLParser):
    """Collects <title> and the <meta> tags of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: dict[str, str] = {}
        self.doc_title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        elif tag == "meta":
            a = {k.lower(): (v or "") for k, v in attrs}
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            field = HTML_META_KEYS.get(key)
            value = " ".join(a.get("content", "").split())
            if field and value and field not in self.found:
                self.found[field] = value

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.doc_title.append(data)


# Where an HTML page's <body> starts: the head parser reads only what comes before.
BODY_START = re.compile(r"<body\b", re.I)
# " | Site", " - Site", " — Site" at the end of a <title>.
TITLE_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+([^|–—-]{2,60})$")


def page_meta(src: SourceText) -> dict[str, str]:
    """Metadata the page declares itself: Markdown front-matter or HTML <title>/<meta>.

    Values are plain strings; ``date`` is YYYY-MM-DD when it could be read. Keys:
    title, date, author, publisher, location, url, deck (only those found).
    """
    out: dict[str, str] = {}
    if src.fmt == "markdown":
        data, _, _ = split_front_matter(src.text)
        for key, value in (data or {}).items():
            field = FRONT_MATTER_KEYS.get(str(key).lower())
            if field is None or field in out or value is None:
                continue
            text = _meta_text(value)
            if text:
                out[field] = text
    elif src.fmt == "html" or _looks_like_html(src.text):
        m = BODY_START.search(src.text)
        head = src.text[: m.start()] if m else src.text[:200_000]
        parser = _HeadParser()
        try:
            parser.feed(head)
            parser.close()
        except Exception:  # noqa: BLE001 - html.parser can raise on broken markup; metadata is optional
            pass
        out.update({k: v for k, v in parser.found.items() if v})
        doc_title = " ".join("".join(parser.doc_title).split())
        if doc_title:
            site = out.get("publisher")
            sm = TITLE_SITE_SUFFIX.search(doc_title)
            if sm and (site is None or sm.group(1).strip().lower() == site.lower()):
                out.setdefault("publisher", sm.group(1).strip())
                doc_title = doc_title[: sm.start()].strip()
            out.setdefault("title", doc_title)
        if out.get("author", "").startswith(("http://", "https://")):
            del out["author"]
    if "date" in out:
        iso, _ = parse_date(out["date"])
        if iso:
            out["date"] = iso
        else:
            del out["date"]
    return out


def _meta_text(value: object) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return (value.date() if isinstance(value, dt.datetime) else value).isoformat()
    if isinstance(value, list):
        names = [_meta_text(v) for v in value]
        names = [n for n in names if n]
        if not names:
            return ""
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    if isinstance(value, dict):
        return _meta_text(value.get("name") or "")
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return " ".join(str(value).split())
    return ""


# An HTML document saved as .txt: it starts with a doctype or an <html> tag.
HTML_DOC = re.compile(r"\A\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html\b)", re.I | re.S)


def _looks_like_html(text: str) -> bool:
    return bool(HTML_DOC.match(text[:2000]))


# ---------------------------------------------------------------------------
# The stage
# ---------------------------------------------------------------------------

def extract_metadata(cleaned: Cleaned, article_id: str) -> Article:
    """Headline, deck, publication date, outlet, author, location and kind of a cleaned page.

    Headline, deck, byline and date lines are taken out of the body with a
    ``Removed`` record each. When the page has no headline a short title is made
    from the lead (``title_derived``). Sidecar overrides are applied last.
    """
    src = cleaned.source
    blocks = list(cleaned.blocks)
    removed: list[Removed] = []
    problems: list[Problem] = []
    page = page_meta(src)
    found: dict[str, str | None] = {}

    head, title_idx, deck_idxs, lines = _head(blocks)
    take: set[int] = set(head)
    for i in head:
        if i == title_idx:
            removed.append(Removed(blocks[i].text, "headline"))
        elif i in deck_idxs:
            removed.append(Removed(blocks[i].text, "deck (standfirst)"))
        elif i in lines:
            removed.append(Removed(blocks[i].text, _line_reason(lines[i])))
        else:
            removed.append(Removed(blocks[i].text, "caption or label next to the headline"))
    # Date lines and bylines among the last blocks ("Published ...", "By ..." at the foot).
    for i in range(max(len(blocks) - 3, max(head, default=-1) + 1), len(blocks)):
        info = parse_line(blocks[i].text)
        if info is not None and blocks[i].kind == "paragraph":
            lines[i] = info
            take.add(i)
            removed.append(Removed(blocks[i].text, _line_reason(info)))

    infos = [lines[i] for i in sorted(lines)]
    published = [x.date for x in infos if x.date and not x.updated]
    updated = [x.date for x in infos if x.date and x.updated]
    found["date"] = page.get("date") or (published[0] if published else updated[0] if updated else None)
    found["author"] = page.get("author") or next((x.author for x in infos if x.author), None)
    found["location"] = page.get("location") or next((x.location for x in infos if x.location), None)
    title = blocks[title_idx].text if title_idx is not None else None
    found["title"] = page.get("title") if src.fmt == "markdown" and page.get("title") else title
    if found["title"] is None and src.fmt == "html":
        found["title"] = page.get("title")
    deck = " ".join(blocks[i].text for i in sorted(deck_idxs)) or page.get("deck") if deck_idxs else None
    if deck is None and src.fmt == "markdown":
        deck = page.get("deck")

    body = [b for i, b in enumerate(blocks) if i not in take]
    # A wire dateline opening the lead: the place is the location, the agency the source.
    agency: str | None = None
    for k, block in enumerate(body):
        if block.kind != "paragraph":
            continue
        dm = DATELINE.match(block.text) or DATELINE_AGENCY.match(block.text)
        if dm and (dm.group("agency") or dm.group("date") or len(dm.group("place")) > 2):
            place = dm.group("place").strip().rstrip(",")
            if dm.re is DATELINE and not (dm.group("agency") or dm.group("date")) and not _caps_place(place):
                break
            found["location"] = found["location"] or _titlecase_caps(place.split(",")[0].strip())
            if dm.group("agency"):
                agency = dm.group("agency").strip()
            removed.append(Removed(block.text[: dm.end()].strip(), "wire dateline"))
            body[k] = Block("paragraph", block.text[dm.end():])
        break

    found["publisher"] = page.get("publisher") or _publisher(cleaned.removed, src.text) or agency

    title_derived = False
    if not found["title"]:
        lead = next((b.text for b in body if b.kind == "paragraph"), None)
        if lead:
            found["title"] = _derive_title(lead)
            title_derived = True
    kind, evidence = _kind(body, cleaned.removed, found.get("title") or "")

    stem = PurePosixPath(src.source).stem
    side = f"{stem}.yml"
    values: dict[str, object] = dict(found)
    for key, value in src.overrides.items():
        if key not in ("title", "date", "publisher", "author", "location", "url"):
            continue
        mine = page.get("url") if key == "url" else values.get(key)
        if mine and value != mine and not (key == "title" and title_derived):
            problems.append(Problem(src.source, f"{key} {mine!r} found in the page was replaced by {value!r} from {side}"))
        values[key] = value
        if key == "title":
            title_derived = False
    if title_derived:
        problems.append(Problem(src.source, f"no headline found; used a title made from the lead "
                                            f"({values['title']!r}); set title in {side}"))
    if not values.get("date"):
        problems.append(Problem(src.source, f"no publication date found; set date in {side}"))

    meta = Metadata(
        title=_opt(values.get("title")), title_derived=title_derived, deck=deck,
        date=_opt(values.get("date")), date_inferred=False, publisher=_opt(values.get("publisher")),
        author=_opt(values.get("author")), location=_opt(values.get("location")),
        url=_opt(values.get("url", page.get("url"))), kind=kind, kind_evidence=evidence)
    return Article(
        id=article_id, source=src.source, meta=meta, blocks=tuple(body),
        removed=cleaned.removed + tuple(removed), digest=src.digest,
        problems=cleaned.problems + tuple(problems))


def _opt(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _caps_place(place: str) -> bool:
    letters = [c for c in place.split(",")[0] if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _line_reason(info: LineInfo) -> str:
    if info.date and (info.author or info.location):
        return "byline and publication date line"
    if info.date:
        return "update date line" if info.updated else "publication date line"
    return "byline"


def _head(blocks: list[Block]) -> tuple[list[int], int | None, set[int], dict[int, LineInfo]]:
    """Indices of the leading blocks that are headline, deck, byline or date lines.

    The head runs to the last metadata line among the first blocks, provided every
    block before it is short (a headline, a deck); without metadata lines, only a
    title-like first block is head.
    """
    window = min(len(blocks), 8)
    lines: dict[int, LineInfo] = {}
    last_meta = -1
    for i in range(window):
        block = blocks[i]
        info = parse_line(block.text) if block.kind == "paragraph" else None
        if info is not None:
            lines[i] = info
            last_meta = i
            continue
        words = len(block.text.split())
        if words > 70:
            break
        if i > 0 and not title_like(block.text) and words > 45:
            break
    head_end = last_meta
    title_idx: int | None = None
    deck: set[int] = set()
    if head_end >= 0:
        for i in range(head_end + 1):
            if i in lines:
                continue
            text = blocks[i].text
            if title_idx is None and not deck and (blocks[i].kind == "heading" or title_like(text)):
                title_idx = i
            elif is_sentence(text) or len(text.split()) > 12:
                deck.add(i)
        lines = {i: v for i, v in lines.items() if i <= head_end}
        # Date lines straight after the head ("By X" then lead then nothing) end here.
        return list(range(head_end + 1)), title_idx, deck, lines
    if blocks and (blocks[0].kind == "heading" or title_like(blocks[0].text)) and len(blocks) > 1:
        title_idx = 0
        # A deck: a short sentence between the headline and a longer lead.
        if (len(blocks) > 2 and blocks[1].kind == "paragraph" and is_sentence(blocks[1].text)
                and len(blocks[1].text.split()) <= 40
                and blocks[1].text.split()[0:1] != [] and _looks_deck(blocks[1].text, blocks[2].text)):
            deck.add(1)
            return [0, 1], title_idx, deck, {}
        return [0], title_idx, deck, {}
    return [], None, deck, {}


def _looks_deck(text: str, lead: str) -> bool:
    """A standfirst is one sentence, shorter than the lead, and not a dateline lead."""
    if DATELINE.match(text) or DATELINE_AGENCY.match(text):
        return False
    return len(split_text(text)) == 1 and len(text) < 0.6 * len(lead) and bool(DATELINE.match(lead) or DATELINE_AGENCY.match(lead))


def _publisher(removed: tuple[Removed, ...], text: str) -> str | None:
    """The outlet's name from debris that names it, most reliable first."""
    texts = [r.text for r in removed]
    for pattern in (COPYRIGHT_OWNER, YOUR_ACCOUNT, SUBSCRIBE_TO, SIGN_UP_TO):
        for t in texts:
            if len(t) > 400:
                continue
            m = pattern.search(t)
            if m:
                name = _clean_outlet(m.group("name"), product=pattern is not COPYRIGHT_OWNER)
                if name:
                    return name
    # A masthead: the page's first line, taken out as page furniture, shaped like a name.
    first = text.lstrip().split("\n", 1)[0].strip()
    for r in removed[:3]:
        if r.text == first and r.reason.startswith("site name"):
            return first
    return None


def _clean_outlet(name: str, product: bool) -> str | None:
    name = " ".join(name.split()).strip(" .,:;-|")
    name = COMPANY_SUFFIX.sub("", name).strip(" .,")
    if product:
        words = name.split()
        while len(words) > 1 and words[-1].lower() in PRODUCT_WORDS:
            words.pop()
        name = " ".join(words)
    if not name or name.lower() in NOT_NAME or len(name) > 60 or name.lower() in ("our", "my", "this"):
        return None
    if not name[0].isupper() and not name[0].isdigit():
        return None
    return name


def _derive_title(lead: str) -> str:
    """A short title from the lead: its first sentence, cut to about a dozen words."""
    spans = split_text(lead)
    first = lead[spans[0][0]: spans[0][1]] if spans else lead
    first = first.rstrip(" .!?…")
    words = first.split()
    if len(words) <= 14:
        return first
    cut = words[:12]
    # End on a content word rather than "the", "of", "and".
    while len(cut) > 6 and cut[-1].lower().strip(",;:") in NOT_NAME | {"its", "their", "his", "her", "as", "that", "which", "but", "or"}:
        cut.pop()
    return " ".join(cut).rstrip(",;:") + "…"


def _kind(body: list[Block], removed: tuple[Removed, ...], title: str) -> tuple[ArticleKind | None, tuple[str, ...]]:
    """news / opinion / analysis, with the evidence in words."""
    for t in [title] + [r.text for r in removed[:12]]:
        m = KIND_LABEL.match(t.strip())
        if m:
            label = m.group(1).lower()
            return KIND_LABELS[label], (f"labelled {m.group(1)!r}",)
    paras = [b.text for b in body if b.kind == "paragraph"]
    if not paras:
        return None, ()
    text = " ".join(paras).lower()
    words = LOWER_WORD.findall(text)
    reporting = sum(w in REPORTING_WORDS for w in words) + sum(text.count(p) for p in REPORTING_PHRASES)
    arguing = sum(w in ARGUING_WORDS for w in words) + sum(text.count(p) for p in ARGUING_PHRASES)
    headings = sum(1 for b in body if b.kind == "heading")
    quotes = text.count("“") + text.count('"')
    evidence = [f"{reporting} reporting verb(s)", f"{quotes // 2} quotation(s)", f"{headings} subheading(s)",
                f"{arguing} prescriptive phrase(s)"]
    if reporting >= 3 or (reporting >= 2 and quotes >= 2):
        return "news", tuple(evidence)
    if headings >= 2:
        return "analysis", tuple(evidence)
    return "opinion", tuple(evidence)
