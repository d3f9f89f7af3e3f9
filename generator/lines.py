"""What one line of a page says, and what a page declares about itself.

Shared by ``clean`` (which keeps date lines and bylines for ``metadata`` and tells a
headline from debris) and ``metadata`` (which reads them): full dates in every common
shape, bylines, outlets' names, and the page's own front-matter, HTML ``<meta>`` and
schema.org JSON-LD. Each function reads one text and nothing else.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import yaml

from .models import SourceText

# Month names and abbreviations, to their number.
MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
# A month name or its abbreviation, as a regular expression group.
MONTH_NAME = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
# ISO dates with an optional time: 2019-09-12, 2019-09-12T18:05:00Z, 2019-09-13 15:10:21.
ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b", re.I)
# Two digits in a row: no full date is written without them (a quick test before the patterns).
TWO_DIGITS = re.compile(r"\d\d")
# Year first with slashes or dots: 2019/9/18, 2019.09.18.
YMD_DATE = re.compile(r"\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")
# All-numeric day and month in either order, then the year: 12/09/2019, 12.09.2019, 9-12-19.
NUMERIC_DATE = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b")
# Day, month name, year: 12 Sep 2019, 12th of September, 2019.
DMY_DATE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_NAME + r"\.?,?\s+(\d{4})\b", re.I)
# Month name, day, year: September 12, 2019; Sept. 12 2019.
MDY_DATE = re.compile(MONTH_NAME + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I)
# A clock time: 18:05, 18.05, 15:10:21, 6:05 pm, 6pm.
TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2}(?::\d{2})?)?\s*(?:[ap]\.?m\.?|hrs?|h)\b|\b\d{1,2}[:.]\d{2}(?::\d{2})?\b", re.I)
# A month and day without a year: "Sept. 14", "September 14th"; and "14 September".
MONTH_DAY = re.compile(r"\b(?P<month>" + MONTH_NAME[1:-1] + r")\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4})", re.I)
DAY_MONTH = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>" + MONTH_NAME[1:-1] + r")\b\.?(?!,?\s*\d{4})",
                       re.I)
# A dateline on a line of its own, a place and a day without the year: "London, September 14".
PLACE_DAY = re.compile(r"^(?P<place>[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3})\s*,\s*(?P<day>[A-Za-z]{3,9}\.?\s+\d{1,2}"
                       r"(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?)$")
# Time zones printed after a time; European zones also mean the date is day-first.
ZONE = re.compile(r"\b(?:GMT|BST|UTC|CET|CEST|EET|EEST|WET|IST|SGT|HKT|JST|KST|AEST|AEDT|ACST|NZST|NZDT|WIB|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|Z)\b(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?", re.I)
DAY_FIRST_ZONES = frozenset("gmt bst cet cest eet eest wet ist sgt hkt jst kst aest aedt acst nzst nzdt wib msk".split())
# Weekday names, full or short.
WEEKDAY = re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?", re.I)
# Labels that introduce a date on a date line; group 1 is "updated"-like when present.
DATE_LABEL = re.compile(r"\b(?:(last\s+updated|updated|modified|last\s+modified|edited|revised)|first\s+published|published|posted|date(?:d)?|created|released|issued|written)\b\s*(?:on|at)?\s*:?", re.I)
# Filler left on a date line once dates, times and labels are gone.
DATE_FILLER = re.compile(r"(?i)\b(?:on|at|of|the|time|local)\b|[\s|•·,:;/()\[\]–—-]+")
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
# "By" run into the name that follows it ("ByDustin Dorsey").
GLUED_BY = re.compile(r"^By(?=[A-Z][a-z])")
# Splits a list of authors: "A, B and C", "A & B".
AUTHOR_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&|with)\s+", re.I)
# Lowercase particles inside personal names.
NAME_PARTICLES = frozenset("de da das do dos du van von der den del della di la le bin binti ibn al el ter ten y st".split())
# Capitalised words that are never part of a personal name on a byline.
NOT_NAME = frozenset(
    """the a an in on at of for and to with from by is are was home news menu share published updated posted
    read more latest new our your this that video photo image opinion analysis comment editorial""".split())
# Words that describe a role or desk rather than a person ("Staff Writer").
# Words that make a name a job title ("Daily Mail Reporter"), not an outlet.
JOB_WORDS = frozenset("staff writer reporter correspondent editor contributor columnist journalist".split())
# A credit to an outlet's staff rather than a person: "Harbour Gazette Staff".
STAFF_CREDIT = re.compile(r"^(?:[Bb]y\s+)?(?:[Tt]he\s+)?(?P<name>[^,;|]+?)\s+(?:[Ss]taff|"
                          r"[Ss]taffers|[Ee]ditorial\s+(?:[Bb]oard|[Ss]taff|[Tt]eam)|[Nn]ewsroom|[Ww]eb\s+[Dd]esk|"
                          r"[Nn]ews\s+(?:[Dd]esk|[Tt]eam))$")
# Words that end a newspaper's or a broadcaster's name and never a person's.
NEWSPAPER_WORDS = frozenset("""gazette tribune herald chronicle journal courier inquirer dispatch examiner sentinel
    telegraph newspaper news magazine observer advertiser enquirer bulletin""".split())
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
# News agencies: known by name because a byline, a dateline or a closing credit names them
# as the source of a story other sites carry.
AGENCIES = frozenset(
    """reuters ap afp bloomberg xinhua pa dpa ani pti efe ansa kyodo yonhap bernama ians aap upi tass
    anadolu antara interfax ria belga anp apa sda ats ctk pap mti hina tanjug ana mena wam spa qna kuna irna
    cna cp nzpa""".split()) | {"associated press", "agence france-presse", "press association", "press trust of india",
                                "canadian press", "australian associated press", "kyodo news", "yonhap news agency"}
# Words that outlets' names are made of ("The Daily Planet", "Harbour Times").
OUTLET_WORDS = frozenset(
    """times post news daily herald journal tribune guardian telegraph star mail express gazette chronicle
    observer review weekly magazine insider today wire press media standard independent economist monitor
    sun record register reporter ledger bulletin courier inquirer dispatch examiner globe mirror nation
    sentinel online network radio tv television report digest planet world week business financial
    enquirer argus advertiser leader age citizen voice free notes blog diary letter
    presse prensa zeitung nachrichten noticias agence agencia agenzia diario gazzetta tageblatt courrier dagblad""".split())
# Words of section labels and kickers ("World News", "Breaking News"): never an outlet's whole name.
SECTION_LABEL_WORDS = frozenset("""news world business sport sports latest local national international breaking live top
    politics opinion economy markets money tech technology science health culture uk us europe asia africa video home
    more the and & features analysis comment environment climate weather travel lifestyle energy insights report
    reports north south east west central america americas middle pacific latin""".split())
# A wire credit closing a paragraph: "... with its chief rival, Apple. — AP", "... suspended. -Bernama".
CLOSING_CREDIT = re.compile(r"(?:^|(?<=[.!?”\"’)]))\s*[—–-]{1,2}\s*(?P<name>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)?)\s*$")
# "logo" closing a line: the alternative text of a site's logo image ("Semafor Logo").
LOGO_WORD = re.compile(r"\s+[Ll]ogo$")
# What follows a byline and says nothing: an arrow to the author's page.
BYLINE_TAIL = re.compile(r"\s*(?:->|→|»|›|>)+\s*$")
# A domain used as a masthead: "example.com".
DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co|io|news|info|[a-z]{2})$", re.I)
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
    day: str | None = None  # "09-14": a dateline's day when it gives no year ("London, September 14")


def parse_day(text: str) -> str | None:
    """The month and day of a date written without its year ("Sept. 14", "14 September"),
    as "MM-DD", or None."""
    m = DAY_MONTH.search(text) or MONTH_DAY.search(text)
    if not m:
        return None
    month = MONTHS[m.group("month").lower().rstrip(".")[:3] if m.group("month").lower()[:4] != "sept"
                   else "sep"]
    day = int(m.group("day"))
    try:
        dt.date(2000, month, day)  # a leap year: 29 February is a day
    except ValueError:
        return None
    return f"{month:02d}-{day:02d}"


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


def person_name(text: str, bare: bool = False) -> str | None:
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


def place_name(text: str) -> str | None:
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
    return titlecase_caps(text)


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


def outlet_staff(text: str) -> str | None:
    """The outlet of a credit that names its staff, not a person: "Harbour Gazette Staff",
    "By the Harbour Gazette Editorial Board", "Harbour Gazette Newsroom"; None otherwise
    (a desk of a section, "By Business Desk", names no outlet)."""
    m = STAFF_CREDIT.match(text.strip().strip(".,"))
    if not m:
        return None
    name = m.group("name")
    words = name.split()
    if not 1 <= len(words) <= 5 or all(w.lower() in ROLE_WORDS or w.lower() in OUTLET_WORDS for w in words):
        return None
    if not all(w[:1].isupper() or w.lower() in ("of", "the", "&", "and") for w in words):
        return None
    if person_name(name, bare=True) and not outlet_credit(name):
        return None  # "Jane Doe Staff": a person
    return name


def outlet_credit(text: str) -> str | None:
    """``text`` when it names an outlet by its form alone ("The Harbour Gazette", "Fox
    News"): a newspaper's word last, or "The" first and a newspaper's word after; None for
    what may be a person ("Lena Sun")."""
    words = text.strip().strip(".,").split()
    if not masthead(" ".join(words)) or DOMAIN.match(text.strip()):
        return None
    if len(words) >= 2 and words[-1].lower() in NEWSPAPER_WORDS:
        return " ".join(words)
    if words and words[0] == "The" and any(w.lower() in OUTLET_WORDS for w in words[1:]):
        return " ".join(words)
    return None


def _time_only(text: str) -> bool:
    """True for a field that is only a clock time, maybe with a zone: "07:30 UTC", "6.05pm"."""
    if not TIME.search(text):
        return False
    return not DATE_FILLER.sub("", ZONE.sub(" ", TIME.sub(" ", text))).strip()


def _credited(who: str) -> tuple[str, str | None]:
    """A byline's names without the agency or outlet credited after them ("Jane Doe,
    Reuters", "Jane Doe Reuters", "Jane Doe, CNBC", "Jane Doe, Harbour Gazette"), and
    that credit, or None."""
    head, sep, tail = who.rpartition(",")
    tail = tail.strip().strip(".")
    if sep and head.strip() and (tail.lower() in AGENCIES or (tail.isupper() and 2 <= len(tail) <= 6 and tail.isalpha())
                                 or (masthead(tail) and not DOMAIN.match(tail)
                                     and not any(w.lower() in JOB_WORDS for w in tail.split()))):
        return head.strip(), tail
    words = who.split()
    if len(words) >= 3 and words[-1].strip(".").lower() in AGENCIES and words[-2][:1].isupper():
        return " ".join(words[:-1]), words[-1].strip(".")
    return who, None


def titlecase_caps(text: str) -> str:
    """'NEW YORK' -> 'New York'; mixed case is left alone."""
    return text.title() if text.isupper() and len(text) > 3 else text


def parse_line(text: str, day_first: bool | None = None) -> LineInfo | None:
    """What a short line says as metadata (date line, byline, both), or None when it is not one.

    Recognises "Published: 2019/9/18", "Thu 12 Sep 2019 18.05 BST", "By Jane Doe and
    John Roe", "Jane Doe | Geneva", "Posted on 12 September 2019 by Jane Doe", and
    lines combining such fields with ``|`` or ``•``.
    """
    text = BYLINE_TAIL.sub("", GLUED_BY.sub("By ", text.strip()))
    if not text or len(text) > 160 or len(text.split()) > 24:
        return None
    pd = PLACE_DAY.match(text)
    if pd and parse_day(pd.group("day")):
        if WEEKDAY.fullmatch(pd.group("place")):
            return LineInfo(day=parse_day(pd.group("day")))  # "Monday, January 29"
        if place_name(pd.group("place")):
            return LineInfo(location=place_name(pd.group("place")), day=parse_day(pd.group("day")))
    m = POSTED_ON_BY.match(text)
    if m:
        seg = _date_segment(m.group(1), day_first)
        author = person_name(m.group(2))
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
            if LOGO_WORD.search(who):  # "By Jane Doe KGO logo": the outlet's logo after the name
                words = LOGO_WORD.sub("", who).split()
                for k in (1, 2, 3):
                    if len(words) > k and person_name(" ".join(words[:-k])):
                        who, info["publisher"] = " ".join(words[:-k]), " ".join(words[-k:])
                        break
            who, credited = _credited(who)
            if credited:
                info["publisher"] = credited  # "By Jane Doe, Reuters", "By Jane Doe,CNBC"
            agency = _agency_staff(who) or outlet_staff(who) or outlet_credit(who)
            if agency:
                info["publisher"] = agency  # "By Reuters Staff", "By the Associated Press"
                continue
            fm = FOR_OUTLET.match(who)
            if fm and person_name(fm.group(1)) and (masthead(fm.group(2)) or fm.group(2).lower() in AGENCIES):
                who = fm.group(1)
                info["publisher"] = fm.group(2)  # "By Jane Doe for the Daily Planet"
            pm = IN_PLACE.match(who)
            if pm and person_name(pm.group(1)):
                who = pm.group(1)
                info["location"] = place_name(pm.group(2))
            # "By Jane Doe, 12 September 2019": a trailing date after a comma
            if "," in who and person_name(who) is None:
                head, _, tail = who.partition(",")
                seg = _date_segment(tail, day_first)
                if seg and person_name(head):
                    info["date"], info["updated"] = seg
                    who = head
            # "By Jane Doe, Geneva": one capitalised word after the names is a place, not a person.
            head, sep, tail = who.rpartition(",")
            if sep and len(tail.split()) == 1 and person_name(head) and tail.strip().lower() not in AGENCIES | ROLE_WORDS:
                place = place_name(tail)
                if place:
                    info.setdefault("location", place)
                    who = head
            name = person_name(who)
            if name is None:
                return None
            low = name.lower()
            if low in AGENCIES:
                info["publisher"] = name
            else:
                info["author"] = name
            continue
        if IGNORABLE_FIELD.match(field) or _time_only(field) or ("date" in info and section_label(field)):
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
    if len(fields) == 1 and unknown and not info and outlet_staff(unknown[0]):
        return LineInfo(publisher=outlet_staff(unknown[0]))  # "Harbour Gazette staff"
    if len(fields) == 1 and unknown and not info:
        # "Sijia Jiang Reuters": a bare name and the agency it writes for.
        who, credited = _credited(unknown[0])
        if credited and person_name(who, bare=True):
            return LineInfo(author=person_name(who, bare=True), publisher=credited)
    if len(fields) == 1 and unknown:
        # "Jane Doe in Geneva": a bare name, "in", a place.
        pm = IN_PLACE.match(unknown[0])
        if pm and person_name(pm.group(1), bare=True) and place_name(pm.group(2)):
            info["author"] = person_name(pm.group(1), bare=True)
            info["location"] = place_name(pm.group(2))
            unknown = []
    if unknown:
        # "Jane Doe | Singapore": a bare name and a place, only when nothing else is odd.
        if len(unknown) <= 2 and len(fields) >= 2 and "author" not in info:
            name = person_name(unknown[0], bare=True)
            outlet = outlet_credit(unknown[1]) if len(unknown) == 2 else None
            place = place_name(unknown[1]) if len(unknown) == 2 and not outlet else None
            if name and outlet:
                info["author"], info["publisher"] = name, outlet  # "Jane Doe | Harbour Gazette"
                unknown = []
            elif name and (len(unknown) == 1 or place):
                info["author"] = name
                if place:
                    if place.lower() in AGENCIES:
                        info["publisher"] = place
                    else:
                        info["location"] = place
                unknown = []
            elif len(unknown) == 1 and "date" in info and len(unknown[0].split()) <= 3 and place_name(unknown[0]):
                info["location"] = place_name(unknown[0])  # "Singapore | 12 Sep 2019"
                unknown = []
        elif len(unknown) == 1 and "author" in info and outlet_credit(unknown[0]):
            info["publisher"] = outlet_credit(unknown[0])  # "Jane Doe | The Harbour Gazette"
            unknown = []
        elif len(unknown) == 1 and "author" in info and "location" not in info:
            place = place_name(unknown[0])
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
    return person_name(text, bare=True)


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


def byline_outlet(text: str) -> bool:
    """An outlet's name standing where a byline goes: "Metro Wire", "The Valley Courier" (a newspaper word in it)."""
    words = text.split()
    return (1 <= len(words) <= 4 and masthead(text) and not section_label(text)
            and any(w.lower().strip(".,") in OUTLET_WORDS for w in words))


def section_label(text: str) -> bool:
    """A section label rather than an outlet: "World News", "Latest", "Business Live"."""
    return all(w.lower().strip(".,:|") in SECTION_LABEL_WORDS for w in text.split())


def masthead(text: str) -> bool:
    """A line shaped like an outlet's name: 1-5 capitalised words with a newspaper word, or a domain."""
    if DOMAIN.match(text):
        return True
    words = text.split()
    if not 1 <= len(words) <= 5 or any(not (w[0].isupper() or w.lower() in ("of", "the", "&", "and")) for w in words):
        return False
    return words[0] == "The" and len(words) <= 4 or any(w.lower().strip(".,") in OUTLET_WORDS for w in words)
