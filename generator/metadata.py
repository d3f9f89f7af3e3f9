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
from pathlib import PurePosixPath

from .dates import tag, verb_tense
from .lines import (
    AGENCIES,
    BYLINE_LABEL,
    DATE_LABEL,
    HEADLINE_MAX_WORDS,
    MONTH_NAME,
    NOT_NAME,
    LineInfo,
    bare_name,
    byline_outlet,
    headline_like,
    is_sentence,
    page_day_first,
    page_meta,
    parse_date,
    parse_day,
    parse_line,
    person_name,
    section_label,
    title_like,
    titlecase_caps,
)
from .models import Article, ArticleKind, Block, Cleaned, Metadata, Problem, Removed
from .outlets import find_outlet
from .sentences import split_text
from .text import STOPWORDS

# ---------------------------------------------------------------------------
# Wire datelines, outlets, kinds
# ---------------------------------------------------------------------------

# Values of a full date and a month (dates' ISO values).
FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
FULL_MONTH = re.compile(r"\d{4}-\d{2}")
# A wire agency's credit in a dateline: "(Reuters)", or between slashes: "/TASS/".
AGENCY_CREDIT = r"(?:\(|\.?\s*/)(?P<agency>[A-Za-z][\w .&-]{1,30})(?:\)|/)"
# What ends a dateline: a dash or colon and a space; a dash right after the credit
# ("(Jiji Press)--Nippon Steel"); the full stop after a credit between slashes ("/TASS/.").
DATELINE_END = r"(?:\s*(?:-{1,2}|–|—|:)\s+|(?<=\))\s*(?:--|–|—)(?=[A-Z])|(?<=/)\.?\s+)(?=\S)"
# A wire dateline opening the lead: "GENEVA, Sept 12 (Reuters) -", "LONDON (AP) —", "BEIJING:",
# "MOSCOW, August 25. /TASS/.", "Tokyo, Dec. 18 (Jiji Press)--".
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:[ /-][A-Z][A-Z.'’-]+){0,5}(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)"
    r"(?:,?\s+(?P<date>(?i:" + MONTH_NAME + r")\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?i:" + MONTH_NAME + r")\.?(?:\s+\d{4})?))?"
    r"\s*(?:" + AGENCY_CREDIT + r")?" + DATELINE_END)
# The same with a title-case place, accepted only when an agency is named: "Geneva, Sept 12 (Reuters) -".
DATELINE_AGENCY = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3})"
    r"(?:,?\s+(?P<date>" + MONTH_NAME + r"\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+" + MONTH_NAME + r"\.?(?:\s+\d{4})?))?"
    r"\s*" + AGENCY_CREDIT + DATELINE_END, re.I)
# A byline glued to the lead before a colon or dash: "By Sumana Nandy: Britain's ...".
GLUED_BYLINE = re.compile(r"^By\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*(?::|–|—|\|)\s+(?=[A-Z\"“])")
# A title-case place opening the first paragraph before a dash or colon: "Rabat — At
# least ...", "Rabat: After ...". Taken only in the first paragraph, and never a label
# ("Update:") or a person's name ("Jane Doe —").
TITLE_DATELINE = re.compile(r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\s*(?:–|—|:)\s+(?=[A-Z])")
# Labels printed in capitals at the start of a lead, like a dateline but no place.
KICKER_WORDS = frozenset("""update updated exclusive analysis opinion breaking watch listen explainer live editorial
    comment review interview factbox correction clarification note editor's editors' editor’s exclusive special
    report video photos pictures podcast breaking news urgent alert flash""".split()) | {"breaking news", "editor's note",
                                                                                     "editor’s note", "fact check"}
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
    head, title_idx, deck_idxs, lines = _head(blocks, day_first, cleaned.headline)
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
    # A byline glued to the lead: "By Sumana Nandy: Britain's Prime Minister ...".
    lead_at = next((k for k, b in enumerate(body) if b.kind == "paragraph"), None)
    glued = GLUED_BYLINE.match(body[lead_at].text) if lead_at is not None else None
    if glued and person_name(glued.group("name")):
        found["author"] = found["author"] or person_name(glued.group("name"))
        removed.append(Removed(body[lead_at].text[: glued.end()].strip(), "byline"))
        body[lead_at] = Block("paragraph", body[lead_at].text[glued.end():])
    # A wire dateline opening the lead: the place is the location, the agency the source.
    # One with an agency or a date may open one of the first paragraphs (a photo caption
    # kept in the body may come first); a bare "BEIJING:" only the first.
    agency: str | None = None
    dateline_day = next((x.day for x in infos if x.day), None)  # "09-14": a dateline's day without its year
    for n, k in enumerate([k for k, block in enumerate(body) if block.kind == "paragraph"][:3]):
        text = body[k].text
        dm = DATELINE.match(text) or DATELINE_AGENCY.match(text)
        titled = None if dm or n else TITLE_DATELINE.match(text)
        if titled and _title_place(titled.group("place")):
            dm = titled  # "Rabat — At least ..."
        strong = bool(dm and "agency" in dm.re.groupindex and (dm.group("agency") or dm.group("date")))
        dashed = bool(dm and not text[: dm.end()].rstrip().endswith(":"))
        if not dm or not (strong or ((n == 0 or dashed) and len(dm.group("place")) > 2)):
            continue
        place = dm.group("place").strip().rstrip(",")
        if not strong and dm is not titled and (not _caps_place(place) or _kicker(place, text[: dm.end()])):
            break
        credit = (dm.group("agency") or "").strip() if dm is not titled else ""
        if credit and (credit.lower() in AGENCIES or not text[: dm.end()].rstrip().endswith(":")):
            agency = credit  # "(Reuters) -"; "Suez (Egypt):" names a country, not an agency
        found["location"] = found["location"] or titlecase_caps(place.split(",")[0].strip())
        if dm is not titled and dm.group("date"):
            day = parse_date(dm.group("date"))[0] or parse_day(dm.group("date"))
            if day and len(day) == 10:
                found["date"] = found["date"] or day
            dateline_day = dateline_day or (day[5:] if day and len(day) == 10 else day)
        removed.append(Removed(text[: dm.end()].strip(), "wire dateline"))
        body[k] = Block("paragraph", text[dm.end():])
        break
    else:
        # A feed's cut-off copy of the lead may keep the dateline the lead itself lost.
        for r in cleaned.removed:
            dm = DATELINE.match(r.text) or DATELINE_AGENCY.match(r.text) if r.reason.startswith("cut-off copy") else None
            if dm and dm.group("agency") and dm.group("agency").strip().lower() in AGENCIES:
                agency = dm.group("agency").strip()
                found["location"] = found["location"] or titlecase_caps(dm.group("place").split(",")[0].strip())
                break

    outlet = find_outlet(page.get("publisher"), cleaned.removed, infos, agency, body, found["title"], src.text)
    found["publisher"], found["title"] = outlet.name, outlet.title

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
    date_inferred = False
    if not values.get("date") and "date" not in src.overrides and dateline_day:
        year = _dateline_year(dateline_day, body)
        if year is not None:  # the day the dateline gives, in the year of the article's own dates
            values["date"], date_inferred = f"{year}-{dateline_day}", True
            problems.append(Problem(src.source, f"no publication date found; dated {values['date']} from the "
                                                f"dateline's day and the year of the dates the article gives "
                                                f"(marked inferred); set date in {side}"))
    if not values.get("date") and "date" not in src.overrides:
        problems.append(Problem(src.source, f"no publication date found; set date in {side}"))

    meta = Metadata(
        title=_opt(values.get("title")), title_derived=title_derived, deck=deck,
        date=_opt(values.get("date")), date_inferred=date_inferred, publisher=_opt(values.get("publisher")),
        author=_opt(values.get("author")), location=_opt(values.get("location")),
        url=_opt(values.get("url", page.get("url"))), kind=kind, kind_evidence=evidence,
        via=outlet.via if "publisher" not in src.overrides else None,
        dateline_day=dateline_day)
    return Article(
        id=article_id, source=src.source, meta=meta, blocks=tuple(body),
        removed=cleaned.removed + tuple(removed), digest=src.digest,
        problems=cleaned.problems + tuple(problems))


def _dateline_year(day: str, body: list[Block]) -> int | None:
    """The year for a dateline's day ("09-14") from the dates the article itself gives: the
    first year in which the day falls on or after the latest full date (or month) the text
    reports as past. None when the text gives no such date."""
    text = "\n".join(b.text for b in body)
    latest: dt.date | None = None
    for expr in tag(text):
        if verb_tense(text, expr.start, expr.end) == "future":
            continue
        for part in expr.value.split("/"):
            if FULL_DATE.fullmatch(part) or FULL_MONTH.fullmatch(part):
                when = dt.date(int(part[:4]), int(part[5:7]), int(part[8:10]) if len(part) == 10 else 1)
                latest = when if latest is None or when > latest else latest
    if latest is None:
        return None
    month, dd = int(day[:2]), int(day[3:])
    for year in (latest.year, latest.year + 1):
        try:
            if dt.date(year, month, dd) >= latest:
                return year
        except ValueError:
            continue
    return None


def _opt(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _kicker(place: str, dateline: str) -> bool:
    """A label glued to the lead ("UPDATE:", "EXCLUSIVE —", "NHS:"), not a place."""
    if place.lower() in KICKER_WORDS:
        return True
    letters = sum(c.isalpha() for c in place)
    return dateline.rstrip().endswith(":") and letters <= 3  # an acronym before a colon


def _title_place(place: str) -> bool:
    """A title-case dateline's place: not a label, a section or a person's name."""
    low = place.lower()
    return not (low in KICKER_WORDS or section_label(place) or bare_name(place) or low in STOPWORDS
                or any(w in KIND_LABELS for w in low.split()))


def _caps_place(place: str) -> bool:
    letters = [c for c in place.split(",")[0] if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _line_reason(info: LineInfo) -> str:
    if info.date and (info.author or info.location):
        return "byline and publication date line"
    if info.date:
        return "update date line" if info.updated else "publication date line"
    return "byline"


def _head(blocks: list[Block], day_first: bool | None = None, headline: int | None = None
          ) -> tuple[list[int], int | None, set[int], dict[int, LineInfo]]:
    """Indices of the leading blocks that are headline, deck, byline or date lines.

    The head runs to the last metadata line among the first blocks, provided every
    block before it is short (a headline, a deck), or to the headline ``clean`` found;
    without either, only a title-like first block is head.
    """
    window = min(len(blocks), 8)
    lines: dict[int, LineInfo] = {}
    last_meta = -1
    prose = 0
    for i in range(window):
        block = blocks[i]
        info = parse_line(block.text, day_first) if block.kind == "paragraph" else None
        if info is None and block.kind == "paragraph" and bare_name(block.text) and any(
                0 <= j < len(blocks) and parse_line(blocks[j].text) for j in (i - 1, i + 1)) and not section_label(
                block.text) and headline is not None and headline < i:
            # A bare name next to a date line, below the headline (a section label or a
            # kicker stands above it).
            info = LineInfo(author=bare_name(block.text))
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
    if headline is not None and headline < window and (last_meta < 0 or headline <= last_meta + 1):
        # The headline clean found: short lines above it are labels, a long line or a
        # sentence below it (before the byline) a deck.
        head_end = max(head_end, headline)
        for i in range(headline + 1, head_end + 1):
            if i not in lines and (is_sentence(blocks[i].text) or len(blocks[i].text.split()) > 12):
                deck.add(i)
        nxt = head_end + 1
        if (not deck and nxt + 1 < len(blocks) and blocks[nxt].kind == "paragraph" and title_like(blocks[nxt].text)
                and len(blocks[nxt].text.split()) > HEADLINE_MAX_WORDS):
            deck.add(nxt)
            head_end = nxt
        lines = {i: v for i, v in lines.items() if i <= head_end}
        return list(range(head_end + 1)), headline, deck, lines
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
    """A paragraph of prose that opens a story: a sentence of 40+ words, two sentences or
    more, or a sentence closing on its source as reports do ("..., the county's top
    election official said Tuesday."; a standfirst sums up, it attributes nothing)."""
    return is_sentence(text) and (len(text.split()) >= 40 or len(split_text(text)) >= 2
                                  or bool(ATTRIBUTED_END_RE.search(text)))


# A report's closing attribution: ", the county's top official said Tuesday."
ATTRIBUTED_END_RE = re.compile(
    r",\s+(?:[\w’'.\-]+\s+){1,8}(?:said|says|told\s+\w+|announced|confirmed|reported)"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|last\s+night))?\.$")


def _looks_deck(text: str, lead: str) -> bool:
    """A standfirst is one sentence, shorter than the lead, and not a dateline lead."""
    if DATELINE.match(text) or DATELINE_AGENCY.match(text):
        return False
    return len(split_text(text)) == 1 and len(text) < 0.6 * len(lead) and bool(DATELINE.match(lead) or DATELINE_AGENCY.match(lead))


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
