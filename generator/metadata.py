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
import json
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
# Two digits in a row: no full date is written without them (a quick test before the patterns).
TWO_DIGITS = re.compile(r"\d\d")
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
POSTED_ON_BY = re.compile(r"^(?:posted|published|written)\s*:?\s+(?:on\s+)?(.+?)\s+by\s*:?\s+(.+)$", re.I)
# Separators between the fields of a byline/date line: "Name | Place", "Name • 12 Sep 2019".
FIELD_SEP = re.compile(r"\s*[|•·]\s*|\s{3,}|\s+[–—-]\s+|\s+(?=(?:Published|Updated|Last updated|Last modified|Posted|First published)\b)")
# Fields of a byline/date line that say nothing about the article: reading time, comment counts.
IGNORABLE_FIELD = re.compile(r"^\s*(?:\d+\s*min(?:ute)?s?(?:\s+read|\s+listen)?|\d+\s+comments?|comments?|share|print|"
                             r"listen|save|\d+\s+shares?|@\w{1,30}|"
                             r"(?:(?:last\s+)?updated\s*:?\s*)?(?:\d+|an?|one|a few)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago)\s*$",
                             re.I)
# An outlet after "for": "By Jane Doe for the Daily Planet".
FOR_OUTLET = re.compile(r"^(.+?)\s+for\s+(?:the\s+)?([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|on|the|and|&)){0,4})$")
# A place after "in": "By Jane Doe in Geneva".
IN_PLACE = re.compile(r"^(.+?)\s+in\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$")
# Splits a list of authors: "A, B and C", "A & B".
AUTHOR_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&|with)\s+", re.I)
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
# Nouns that end a job title after a byline's name: "Jane Doe, Industry Editor".
ROLE_HEADS = frozenset("""editor correspondent reporter writer columnist contributor journalist analyst producer
    critic photographer presenter commentator""".split())
# Words of an organisation's or desk's name, never of a person's: a bare "Acme Weather Desk" is not a byline.
ORG_WORDS = frozenset("""press media weather wire wires gazette herald tribune journal ledger courier examiner
    dispatch review magazine daily weekly times chronicle bulletin network radio television tv newsroom
    desk team bureau agency staff news""".split())
# News agencies: known by name because a byline or dateline names them as the source.
AGENCIES = frozenset(
    """reuters ap afp bloomberg xinhua pa dpa ani pti efe ansa kyodo yonhap bernama ians aap upi tass
    anadolu""".split()) | {"associated press", "agence france-presse", "press association", "press trust of india"}
# A wire dateline opening the lead: "GENEVA, Sept 12 (Reuters) -", "LONDON (AP) —", "BEIJING:".
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:[ /-][A-Z][A-Z.'’-]+){0,5}(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)"
    r"(?:,?\s+(?P<date>(?i:" + _MONTH + r")\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?i:" + _MONTH + r")\.?(?:\s+\d{4})?))?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&-]{1,30})\))?\s*(?:-{1,2}|–|—|:)\s+(?=\S)")
# The same with a title-case place, accepted only when an agency is named: "Geneva, Sept 12 (Reuters) -".
DATELINE_AGENCY = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3})"
    r"(?:,?\s+(?P<date>" + _MONTH + r"\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+" + _MONTH + r"\.?(?:\s+\d{4})?))?"
    r"\s*\((?P<agency>[A-Za-z][\w .&-]{1,30})\)\s*(?:-{1,2}|–|—|:)\s+(?=\S)", re.I)
# Outlet names inside debris, most reliable first: copyright lines, account notices, newsletter pitches.
COPYRIGHT_OWNER = re.compile(r"(?:(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:the\s+)?(?P<name>[A-Z][\w&'’. -]{1,60}?)\s*(?:[,.|]|\b[Aa]ll [Rr]ights\b|ALL RIGHTS|$)")
YOUR_ACCOUNT = re.compile(r"\b[Yy]our\s+(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+account\b")
SUBSCRIBE_TO = re.compile(r"\b[Ss]ubscribe\s+to\s+(?:the\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}?)(?:['’]s)?"
                          r"(?:\s+(?:[Nn]ewsletters?|[Ee]-?mails?|[Dd]igest)\b|\s*$|\s*[.!,]|\s+(?:for|to|and|today|now)\b)")
SIGN_UP_TO = re.compile(r"\b[Ss]ign\s+[Uu]p\s+(?:to|for)\s+(?:the\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})[\w\s]{0,30}?\s(?:e-?mails?|newsletters?)\b")
# Words that outlets' names are made of ("The Daily Planet", "Harbour Times").
OUTLET_WORDS = frozenset(
    """times post news daily herald journal tribune guardian telegraph star mail express gazette chronicle
    observer review weekly magazine insider today wire press media standard independent economist monitor
    sun record register reporter ledger bulletin courier inquirer dispatch examiner globe mirror nation
    sentinel online network radio tv television report digest planet world week business financial
    enquirer argus advertiser leader age citizen voice free notes blog diary letter""".split())
# Words of section labels and kickers ("World News", "Breaking News"): never an outlet's whole name.
SECTION_LABEL_WORDS = frozenset("""news world business sport sports latest local national international breaking live top
    politics opinion economy markets money tech technology science health culture uk us europe asia africa video home
    more the and & features analysis comment environment climate weather travel lifestyle""".split())
# Picture agencies: a copyright line naming one credits a photo, not the article.
PHOTO_AGENCIES = frozenset("getty images shutterstock istock istockphoto alamy epa afp via".split())
# Labels printed in capitals at the start of a lead, like a dateline but no place.
KICKER_WORDS = frozenset("""update updated exclusive analysis opinion breaking watch listen explainer live editorial
    comment review interview factbox correction clarification note editor's editors' editor’s exclusive special
    report video photos pictures podcast breaking news urgent alert flash""".split()) | {"breaking news", "editor's note",
                                                                                     "editor’s note", "fact check"}
# A domain used as a masthead: "example.com".
DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co|io|news|info|[a-z]{2})$", re.I)
# Generic words closing an outlet's product name ("E&T News e-mail" -> "E&T").
PRODUCT_WORDS = frozenset("news newsletter daily weekly today briefing digest alert alerts update updates edition bulletin morning evening".split())
# A year after an outlet's name: "© Reuters 2019".
TRAILING_YEAR = re.compile(r"\s*,?\s*\d{4}(?:\s*[-–]\s*\d{4})?$")
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
    if not TWO_DIGITS.search(text):
        return None, None  # every date pattern holds a year of two or four digits
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


def _date_segment(text: str, day_first: bool | None = None) -> tuple[str, bool] | None:
    """(date, updated?) when ``text`` is nothing but a labelled or bare date (and time)."""
    iso, span = parse_date(text, day_first)
    if not iso or span is None:
        return None
    rest = text[: span[0]] + " " + text[span[1]:]
    rest = TIME.sub(" ", rest)
    rest = ZONE.sub(" ", rest)
    rest = WEEKDAY.sub(" ", rest)
    labels = list(DATE_LABEL.finditer(text[: span[0]]))
    rest = DATE_LABEL.sub(" ", rest)
    # A second date on the line ("Published ... Updated ...") is allowed.
    second, span2 = parse_date(rest, day_first)
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
        if out and (all(t in ROLE_WORDS or t in AGENCIES for t in low) or " ".join(low) in AGENCIES
                    or low[-1] in ROLE_HEADS):
            continue  # "Jane Doe, Staff Writer" / "Jane Doe, Reuters" / "Jane Doe, Industry Editor"
        if bare and any(t in ORG_WORDS for t in low):
            return None  # "Acme Weather Desk": a desk or outlet, not a person
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


def _role_only(text: str) -> bool:
    """True for a job title alone: "Staff reporter", "Senior Political Correspondent"."""
    low = [t.lower().strip(".,") for t in text.split()]
    return 1 <= len(low) <= 5 and (low[-1] in ROLE_HEADS or all(t in ROLE_WORDS for t in low))


def _agency_staff(text: str) -> str | None:
    """The agency of a byline that names no person: "Reuters Staff", "the Associated Press", "AFP"."""
    words = text.strip().strip(".,").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    while words and words[-1].lower() in ROLE_WORDS and len(words) > 1:
        words = words[:-1]
    name = " ".join(words)
    return name if name.lower() in AGENCIES and len(words) < len(text.split()) else None


def _time_only(text: str) -> bool:
    """True for a field that is only a clock time, maybe with a zone: "07:30 UTC", "6.05pm"."""
    if not TIME.search(text):
        return False
    return not DATE_FILLER.sub("", ZONE.sub(" ", TIME.sub(" ", text))).strip()


def _titlecase_caps(text: str) -> str:
    """'NEW YORK' -> 'New York'; mixed case is left alone."""
    return text.title() if text.isupper() and len(text) > 3 else text


def parse_line(text: str, day_first: bool | None = None) -> LineInfo | None:
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
        seg = _date_segment(m.group(1), day_first)
        author = _name(m.group(2))
        if seg and author:
            return LineInfo(date=seg[0], updated=seg[1], author=author)
    fields = [f for f in FIELD_SEP.split(text) if f.strip()]
    info: dict[str, object] = {}
    unknown: list[str] = []
    label: re.Match[str] | None = None  # a date label standing alone in its field: "Updated • 9 Jan 2023"
    for i, field in enumerate(fields):
        seg = _date_segment(field, day_first)
        if seg:
            if label is not None and not DATE_LABEL.search(field):
                seg = (seg[0], bool(label.group(1)))
            label = None
            if "date" not in info or (info.get("updated") and not seg[1]):
                info["date"], info["updated"] = seg
            continue
        lm = DATE_LABEL.fullmatch(field.strip())
        if lm:
            label = lm
            continue
        bm = BYLINE_LABEL.match(field)
        if bm:
            who = bm.group(1).strip()
            agency = _agency_staff(who)
            if agency:
                info["publisher"] = agency  # "By Reuters Staff", "By the Associated Press"
                continue
            fm = FOR_OUTLET.match(who)
            if fm and _name(fm.group(1)) and _masthead(fm.group(2)):
                who = fm.group(1)
                info["publisher"] = fm.group(2)  # "By Jane Doe for the Daily Planet"
            pm = IN_PLACE.match(who)
            if pm and _name(pm.group(1)):
                who = pm.group(1)
                info["location"] = _place(pm.group(2))
            # "By Jane Doe, 12 September 2019": a trailing date after a comma
            if "," in who and _name(who) is None:
                head, _, tail = who.partition(",")
                seg = _date_segment(tail, day_first)
                if seg and _name(head):
                    info["date"], info["updated"] = seg
                    who = head
            # "By Jane Doe, Geneva": one capitalised word after the names is a place, not a person.
            head, sep, tail = who.rpartition(",")
            if sep and len(tail.split()) == 1 and _name(head) and tail.strip().lower() not in AGENCIES | ROLE_WORDS:
                place = _place(tail)
                if place:
                    info.setdefault("location", place)
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
        if IGNORABLE_FIELD.match(field) or _time_only(field):
            continue
        if "author" in info and _role_only(field):
            continue  # "By Jane Doe | Staff reporter"
        unknown.append(field)
    if len(fields) <= 2 and len(unknown) == 1 and "author" not in info:
        # "Jane Doe, Staff Writer": a bare name and a job title.
        head, sep, tail = unknown[0].partition(",")
        if sep and _role_only(tail) and bare_name(head.strip()):
            info["author"] = bare_name(head.strip())
            unknown = []
    if len(fields) == 1 and unknown:
        # "Jane Doe in Geneva": a bare name, "in", a place.
        pm = IN_PLACE.match(unknown[0])
        if pm and _name(pm.group(1), bare=True) and _place(pm.group(2)):
            info["author"] = _name(pm.group(1), bare=True)
            info["location"] = _place(pm.group(2))
            unknown = []
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
            elif len(unknown) == 1 and "date" in info and len(unknown[0].split()) <= 3 and _place(unknown[0]):
                info["location"] = _place(unknown[0])  # "Singapore | 12 Sep 2019"
                unknown = []
        elif len(unknown) == 1 and "author" in info and "location" not in info:
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


def bare_name(text: str) -> str | None:
    """``text`` as a bare personal name of two to four words ("Maria Gonzalez"), or None.

    Acronyms ("CEO") are not name words, so "Acme CEO Jane Doe" (a caption) is not one.
    """
    tokens = text.split()
    if not 2 <= len(tokens) <= 4 or any(len(t) > 1 and t.isupper() for t in tokens) and not text.isupper():
        return None
    return _name(text, bare=True)


def page_day_first(texts: list[str]) -> bool | None:
    """Whether the page writes numeric dates day first, judged from all its short lines.

    13/09/2019 proves day first and 09/13/2019 month first; a dot separator or a
    European/Asian time zone means day first. None when nothing tells.
    """
    votes = 0
    for text in texts:
        if len(text) > 200:
            continue
        for m in NUMERIC_DATE.finditer(text):
            a, b = int(m.group(1)), int(m.group(3))
            votes += 2 if a > 12 else -2 if b > 12 else 1 if m.group(2) == "." else 0
        if votes == 0 and NUMERIC_DATE.search(text):
            zones = {z.group(0).split()[0].lower() for z in ZONE.finditer(text)}
            votes += 1 if zones & DAY_FIRST_ZONES else 0
    return None if votes == 0 else votes > 0


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


# Longest headline, in words: a longer line without a full stop is a deck.
HEADLINE_MAX_WORDS = 20


def headline_like(text: str) -> bool:
    """A title-like line short enough to be a headline (a longer one is a deck or standfirst)."""
    return title_like(text) and len(text.split()) <= HEADLINE_MAX_WORDS


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


# JSON-LD blocks (schema.org metadata) anywhere in an HTML page.
JSON_LD = re.compile(r"<script\b[^>]*application/ld\+json[^>]*>(.*?)</script\s*>", re.I | re.S)
# schema.org types of a news page.
LD_ARTICLE_TYPES = frozenset("article newsarticle blogposting reportagenewsarticle analysisnewsarticle opinionnewsarticle "
                             "report webpage socialmediaposting backgroundnewsarticle".split())


def _json_ld(text: str) -> dict[str, str]:
    """title/date/author/publisher from the page's schema.org JSON-LD, when it has an article."""
    out: dict[str, str] = {}
    for m in JSON_LD.finditer(text):
        try:
            data = json.loads(m.group(1))
        except ValueError:
            continue
        items = data if isinstance(data, list) else [data]
        items = [x for d in items if isinstance(d, dict) for x in (d.get("@graph") or [d]) if isinstance(x, dict)]
        for item in items:
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if not any(str(k).lower() in LD_ARTICLE_TYPES for k in kinds):
                continue
            for key, field in (("headline", "title"), ("datePublished", "date"), ("author", "author"),
                               ("publisher", "publisher"), ("dateCreated", "date")):
                value = _meta_text(item.get(key))
                if value and field not in out:
                    out[field] = value
    return out


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
            if text and text.startswith(("http://", "https://")) and field != "url":
                field = "url"  # "source: https://..." is where the page came from, not who published it
            if text and field not in out:
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
        if "ld+json" in src.text:
            for key, value in _json_ld(src.text).items():
                out.setdefault(key, value)
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

    edges = [b.text for b in blocks[:10]] + [b.text for b in blocks[-3:]]
    day_first = page_day_first(edges)
    head, title_idx, deck_idxs, lines = _head(blocks, day_first)
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
        info = parse_line(blocks[i].text, day_first)
        # At the foot only labelled lines count ("Published ...", "By ..."): a bare date
        # there may belong to a listed story.
        if info is not None and blocks[i].kind == "paragraph" and (
                DATE_LABEL.search(blocks[i].text) or BYLINE_LABEL.match(blocks[i].text)):
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
    deck: str | None = " ".join(blocks[i].text for i in sorted(deck_idxs)) or None
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
            if dm.re is DATELINE and not (dm.group("agency") or dm.group("date")) and (
                    not _caps_place(place) or _kicker(place, block.text[: dm.end()])):
                break
            found["location"] = found["location"] or _titlecase_caps(place.split(",")[0].strip())
            if dm.group("agency"):
                agency = dm.group("agency").strip()
            removed.append(Removed(block.text[: dm.end()].strip(), "wire dateline"))
            body[k] = Block("paragraph", block.text[dm.end():])
        break

    found["publisher"] = (page.get("publisher") or _publisher(cleaned.removed, src.text) or agency
                          or next((x.publisher for x in infos if x.publisher), None))
    if found["title"]:
        # "Headline | The Planet": the outlet's name after the headline is not part of it.
        tm = TITLE_SITE_SUFFIX.search(found["title"])
        if tm:
            site = tm.group(1).strip()
            same = found["publisher"] and site.lower() == str(found["publisher"]).lower()
            if same or (tm.group(0).lstrip().startswith("|") and _masthead(site)):
                found["title"] = found["title"][: tm.start()].strip()
                found["publisher"] = found["publisher"] or site

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
        # The user's value wins without a warning: a deliberate correction must not fail --strict.
        values[key] = value
        if key == "title":
            title_derived = False
    if title_derived:
        problems.append(Problem(src.source, f"no headline found; used a title made from the lead "
                                            f"({values['title']!r}); set title in {side}"))
    if not values.get("date") and "date" not in src.overrides:
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


def _kicker(place: str, dateline: str) -> bool:
    """A label glued to the lead ("UPDATE:", "EXCLUSIVE —", "NHS:"), not a place."""
    if place.lower() in KICKER_WORDS:
        return True
    letters = sum(c.isalpha() for c in place)
    return dateline.rstrip().endswith(":") and letters <= 3  # an acronym before a colon


def _caps_place(place: str) -> bool:
    letters = [c for c in place.split(",")[0] if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _line_reason(info: LineInfo) -> str:
    if info.date and (info.author or info.location):
        return "byline and publication date line"
    if info.date:
        return "update date line" if info.updated else "publication date line"
    return "byline"


def _head(blocks: list[Block], day_first: bool | None = None) -> tuple[list[int], int | None, set[int], dict[int, LineInfo]]:
    """Indices of the leading blocks that are headline, deck, byline or date lines.

    The head runs to the last metadata line among the first blocks, provided every
    block before it is short (a headline, a deck); without metadata lines, only a
    title-like first block is head.
    """
    window = min(len(blocks), 8)
    lines: dict[int, LineInfo] = {}
    last_meta = -1
    prose = 0
    for i in range(window):
        block = blocks[i]
        info = parse_line(block.text, day_first) if block.kind == "paragraph" else None
        if info is None and block.kind == "paragraph" and bare_name(block.text) and any(
                0 <= j < len(blocks) and parse_line(blocks[j].text) for j in (i - 1, i + 1)):
            info = LineInfo(author=bare_name(block.text))  # a bare name next to a date line
        elif info is None and block.kind == "paragraph" and byline_outlet(block.text) and any(
                0 <= j < len(blocks) and (parse_line(blocks[j].text) or LineInfo()).date for j in (i - 1, i + 1)):
            info = LineInfo(publisher=block.text)  # an outlet's name in the byline's place, by the date line
        if info is not None:
            lines[i] = info
            last_meta = i
            continue
        if block.kind == "heading" or title_like(block.text):
            continue
        # One deck may sit above the byline; a second paragraph is already the story.
        prose += 1
        if prose > 1 or len(block.text.split()) > 70:
            break
    head_end = last_meta
    title_idx: int | None = None
    deck: set[int] = set()
    leads: set[int] = set()
    if head_end >= 0:
        for i in range(head_end + 1):
            if i in lines:
                continue
            text = blocks[i].text
            if title_idx is None and not deck and (blocks[i].kind == "heading" or headline_like(text)):
                title_idx = i
            elif title_idx is None and not deck and _lead_like(text):
                leads.add(i)  # no headline above it: a paragraph of several sentences is the lead
            elif is_sentence(text) or len(text.split()) > 12:
                deck.add(i)
        lines = {i: v for i, v in lines.items() if i <= head_end}
        # Just after the metadata lines, a line without a full stop before the lead is a
        # headline (when none came before) or, when long, a deck.
        nxt = head_end + 1
        if nxt + 1 < len(blocks) and blocks[nxt].kind == "paragraph" and title_like(blocks[nxt].text):
            if title_idx is None and headline_like(blocks[nxt].text) and len(blocks[nxt].text.split()) >= 3:
                title_idx = nxt
                head_end = nxt
            elif len(blocks[nxt].text.split()) > HEADLINE_MAX_WORDS and not deck:
                deck.add(nxt)
                head_end = nxt
        return [i for i in range(head_end + 1) if i not in leads], title_idx, deck, lines
    if blocks and (blocks[0].kind == "heading" or headline_like(blocks[0].text)) and len(blocks) > 1:
        title_idx = 0
        # A deck: a short sentence between the headline and a longer lead.
        if (len(blocks) > 2 and blocks[1].kind == "paragraph" and is_sentence(blocks[1].text)
                and len(blocks[1].text.split()) <= 40
                and blocks[1].text.split()[0:1] != [] and _looks_deck(blocks[1].text, blocks[2].text)):
            deck.add(1)
            return [0, 1], title_idx, deck, {}
        return [0], title_idx, deck, {}
    return [], None, deck, {}


def _lead_like(text: str) -> bool:
    """A paragraph of prose that opens a story: a sentence of 40+ words, or two sentences or more."""
    return is_sentence(text) and (len(text.split()) >= 40 or len(split_text(text)) >= 2)


def _looks_deck(text: str, lead: str) -> bool:
    """A standfirst is one sentence, shorter than the lead, and not a dateline lead."""
    if DATELINE.match(text) or DATELINE_AGENCY.match(text):
        return False
    return len(split_text(text)) == 1 and len(text) < 0.6 * len(lead) and bool(DATELINE.match(lead) or DATELINE_AGENCY.match(lead))


def _publisher(removed: tuple[Removed, ...], text: str) -> str | None:
    """The outlet's name from debris that names it, most reliable first."""
    for pattern in (COPYRIGHT_OWNER, YOUR_ACCOUNT, SUBSCRIBE_TO, SIGN_UP_TO):
        for r in removed:
            t = r.text
            # A credit line ("Photo: © Jane Roe") names a photographer, not the outlet.
            if len(t) > 400 or "credit" in r.reason or "caption" in r.reason:
                continue
            m = pattern.search(t)
            if m:
                name = _clean_outlet(m.group("name"), product=pattern is not COPYRIGHT_OWNER)
                if name and not any(w.lower() in PHOTO_AGENCIES for w in name.split()):
                    return name
    # A masthead: the page's first line once banners and menus are out, shaped like a name.
    for r in removed[:12]:
        if r.reason.startswith("site name"):
            return r.text if _masthead(r.text) and not _section_label(r.text) else None
    return None


def byline_outlet(text: str) -> bool:
    """An outlet's name standing where a byline goes: "Metro Wire", "The Valley Courier" (a newspaper word in it)."""
    words = text.split()
    return (1 <= len(words) <= 4 and _masthead(text) and not _section_label(text)
            and any(w.lower().strip(".,") in OUTLET_WORDS for w in words))


def _section_label(text: str) -> bool:
    """A section label rather than an outlet: "World News", "Latest", "Business Live"."""
    return all(w.lower().strip(".,:|") in SECTION_LABEL_WORDS for w in text.split())


def _masthead(text: str) -> bool:
    """A line shaped like an outlet's name: 1-5 capitalised words with a newspaper word, or a domain."""
    if DOMAIN.match(text):
        return True
    words = text.split()
    if not 1 <= len(words) <= 5 or any(not (w[0].isupper() or w.lower() in ("of", "the", "&", "and")) for w in words):
        return False
    return words[0] == "The" and len(words) <= 4 or any(w.lower().strip(".,") in OUTLET_WORDS for w in words)


def _clean_outlet(name: str, product: bool) -> str | None:
    name = " ".join(name.split()).strip(" .,:;-|")
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    name = COMPANY_SUFFIX.sub("", TRAILING_YEAR.sub("", name)).strip(" .,")
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
    reporting = sum(map(REPORTING_WORDS.__contains__, words)) + sum(text.count(p) for p in REPORTING_PHRASES)
    arguing = sum(map(ARGUING_WORDS.__contains__, words)) + sum(text.count(p) for p in ARGUING_PHRASES)
    headings = sum(1 for b in body if b.kind == "heading")
    quotes = text.count("“") + text.count('"') // 2  # opening quotation marks
    evidence = [f"{reporting} reporting verb(s)", f"{quotes} quotation(s)", f"{headings} subheading(s)",
                f"{arguing} prescriptive phrase(s)"]
    if arguing <= reporting and (reporting >= 3 or (reporting >= 2 and (quotes >= 1 or len(paras) <= 6))):
        return "news", tuple(evidence)
    if headings >= 2:
        return "analysis", tuple(evidence)
    if arguing:
        return "opinion", tuple(evidence)
    if reporting:
        return "news", tuple(evidence)
    return None, tuple(evidence)
