"""An article's dated mentions: each date expression of its sentences that the timeline
can place, resolved against the article's own date (never a day guessed from the dates
it mentions: an article without one has no anchor, and its relative dates are listed
as unplaced), with the clause that carries the event as its label ("On Wednesday, the
Commission fined Google" -> "The Commission fined Google").
"""
from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence

from .dates import Date, tag, tag_texts, timeline_worthy
from .models import Article, Citation, DateMention, Sentence, TimeExpr

# Any day: relative expressions resolve against it, so that those an undated article
# holds (and cannot place) are found.
PROBE_ANCHOR = datetime.date(2000, 6, 15)


def article_mentions(article: Article, sentences: Sequence[Sentence],
                     anchor: datetime.date | None, *, anchor_inferred: bool = False,
                     year: int | None = None) -> list[DateMention]:
    """One DateMention per timeline-worthy date expression of the article's sentences
    (not vague refs PRESENT_REF/PAST_REF/FUTURE_REF, not durations), with a short label:
    the clause that carries the event, not the whole sentence.

    Sentences are read in order, so "the following day" refers to the last date of an
    earlier sentence. Expression offsets are relative to ``sentence.text``. Relative
    dates count from ``page_anchor`` (an update line a few days later, or a removed
    publication line when the article has no date). Editor's notes ("This article was
    amended on ...") give no mentions.
    """
    out: list[DateMention] = []
    anchor, anchor_inferred = page_anchor(article, anchor, anchor_inferred)
    # An editor's note tells the page's history, not the story's.
    told = [s for s in sentences if not EDITORS_NOTE.match(s.text)]
    for sentence, exprs in zip(told, tag_texts([s.text for s in told], anchor, anchor_inferred=anchor_inferred,
                                               year=year)):
        points = [e for e in exprs if timeline_worthy(e.value)]
        for expr in points:
            label = clause_label(sentence.text, expr, [e for e in points if e is not expr])
            out.append(DateMention(article.id, sentence, expr, label))
    return out


def sentence_days(mentions: Iterable[DateMention]) -> dict[tuple[str, str], frozenset[str]]:
    """The days (ISO, day precision only) each sentence names, by (article, sentence
    text): when two figures were true, for find_conflicts. A day whose year or anchor
    was guessed (an undated article's "April 18" in the corpus year) is left out."""
    days: dict[tuple[str, str], set[str]] = {}
    for m in mentions:
        if not m.expr.inferred and DAY_RE.fullmatch(m.expr.value):
            days.setdefault((m.article, m.sentence.text), set()).add(m.expr.value)
    return {k: frozenset(v) for k, v in days.items()}


DAY_RE = re.compile(r"\d{4}-\d\d-\d\d")


def unplaced_mentions(article: Article, sentences: Sequence[Sentence], year: int | None = None) -> list[Citation]:
    """The relative date expressions ("on Thursday", "last month") of an article that has
    no day to count them from: each with its sentence, to be listed as not placed (a
    wrong day is worse than none)."""
    told = [s for s in sentences if not EDITORS_NOTE.match(s.text)]
    texts = [s.text for s in told]
    out: list[Citation] = []
    for sentence, placed, probed in zip(told, tag_texts(texts, None, year=year), tag_texts(texts, PROBE_ANCHOR, year=year)):
        spans = {(e.start, e.end) for e in placed}
        out.extend(Citation(article.id, sentence, e.text, True) for e in probed
                   if (e.start, e.end) not in spans and timeline_worthy(e.value))
    return out


# An editor's note about the page itself ("This article was amended on 13 March 2021 to
# correct ...", "Correction: an earlier version ..."): its date is no event of the story.
EDITORS_NOTE = re.compile(
    r"\W*(?:correction\s*:|clarification\s*:|editor['’]s\s+note\s*:|(?:this|the|an\s+earlier\s+version\s+of\s+this)"
    r"\s+(?:article|story|piece|report|page|post)\s+(?:was|has\s+been|had\s+been|is)\s+"
    r"(?:amended|updated|corrected|changed|edited|revised|first\s+published|originally\s+published))", re.I)


# A line the page was dated by ("Updated: 15 November 2023", "Published 16 Sep 2024 ·
# 07:30 UTC", "Posted on March 12, 2021 by ..."); group "upd" when it is an update.
DATE_LINE = re.compile(
    r"^\W*(?:(?P<upd>(?:last\s+)?(?:updated|modified|edited))|(?:first\s+|originally\s+)?(?:published|posted)"
    r"|publication\s+date|date(?=\s*:))\b", re.I)


# An update this many days after publication still rewrote the text's "on Tuesday".
UPDATE_DAYS = 3
# A dateline's day this close to the publication date is the story's day (time zones).
DATELINE_DAYS = 2


def _day_of(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def page_anchor(article: Article, anchor: datetime.date | None,
                anchor_inferred: bool = False) -> tuple[datetime.date | None, bool]:
    """The day the body's relative dates ("on Tuesday", "last month") count from.

    An article updated within UPDATE_DAYS after its publication date was rewritten then:
    the update day from its removed "Updated ..." line. An article with no publication
    date (or only a guessed one) takes the day of a removed "Published ..." line, if any.
    A wire dateline's day within a day or two of the publication date is the story's own
    day where it was filed ("HONG KONG, Jan 29 (Reuters)" on a page dated 28 January in
    New York): its "on Monday" counts from there. Otherwise the anchor given."""
    published: Date | None = None
    updated: Date | None = None
    for removed in article.removed:
        line = DATE_LINE.match(removed.text)
        if line is None or len(removed.text) > 80:
            continue
        days = [e.value for e in tag(removed.text[line.end():], None)
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", e.value) and not e.inferred]
        if not days:
            continue
        day = Date.fromisoformat(days[0])
        if line["upd"]:
            updated = max(updated, day) if updated else day
        elif published is None:
            published = day
    if (anchor is None or anchor_inferred) and published is not None:
        anchor, anchor_inferred = published, False
    if anchor is not None and not anchor_inferred and updated is not None \
            and 0 < (updated - anchor).days <= UPDATE_DAYS:
        anchor = updated
    if anchor is not None and article.meta.dateline_day:
        month, day = int(article.meta.dateline_day[:2]), int(article.meta.dateline_day[3:])
        near = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
                if (d := _day_of(y, month, day)) and abs((d - anchor).days) <= DATELINE_DAYS]
        if near:
            anchor = near[0]
    return anchor, anchor_inferred


# Places where a sentence divides into clauses.
CLAUSE_SPLIT = re.compile(r"\s*(?:[;:]|,(?=\s)|\s[–—]\s|\s-\s|\((?=\s*\w)|\))\s*")
# Leading words a label does not need.
LABEL_LEAD = re.compile(r"^(?:and|but|or|so|while|whereas|which|as|then|also|however|meanwhile)\s+", re.I)
# Conjunctions where a clause holding two dates is cut in two.
CONJ_SPLIT = re.compile(r"\s(?:and|but|while|whereas|before|after)\s", re.I)

# Words that open a clause framing the event rather than telling it.
FRAME_START = re.compile(
    r"(?:according|in|on|at|since|by|during|after|before|until|earlier|later|last|this|next|from|between|as\s+of)\b",
    re.I)

# What may stand before a date that opens a clause: a preposition, or nothing.
LEAD_DATE_PREP = re.compile(r"[\s\"“‘']*(?:(?:on|in|at|since|by|during|from|until|as\s+of|earlier|later|back)\s+)?", re.I)
# The comma that closes such an opening date.
COMMA_AFTER = re.compile(r"\s*,\s*")

LABEL_WORDS = 18


def clause_label(sentence: str, expr: TimeExpr, others: Sequence[TimeExpr] = ()) -> str:
    """A short label for the event that ``expr`` dates: the clause of ``sentence`` that
    holds it (widened to a neighbour when too short, cut at a conjunction when it holds
    another date too), at most about 18 words, without the date words' preposition."""
    spans: list[tuple[int, int]] = []
    dash_after: list[bool] = []  # the separator after each span is a dash
    start = 0
    for m in CLAUSE_SPLIT.finditer(sentence):
        if m.start() > start:
            spans.append((start, m.start()))
            dash_after.append(m.group(0).strip() in ("-", "–", "—"))
        start = m.end()
    if start < len(sentence):
        spans.append((start, len(sentence)))
    idx = next((i for i, (s, e) in enumerate(spans) if s <= expr.start < e or s < expr.end <= e), None)
    if idx is None:
        return _shorten(sentence, expr.start - 0)
    s, e = spans[idx]
    # Widen while too short: the date's clause alone may be "since May 2019".
    lo, hi = idx, idx
    while _words(sentence[spans[lo][0]:spans[hi][1]]) < 9 and (lo > 0 or hi < len(spans) - 1):
        if lo > 0 and (hi == len(spans) - 1 or _words(sentence[spans[lo - 1][0]:spans[lo - 1][1]]) >= 2):
            lo -= 1
        else:
            hi += 1
    # A parenthesis between dashes ("- Lucent, once part of AT&T -") does not carry the
    # event either: reach past it to the clause before.
    if lo >= 1 and lo < len(spans) - 1 and dash_after[lo - 1] and dash_after[lo]:
        lo -= 1
    # A leading frame ("According to a report last month", "In July this year") does
    # not carry the event: take the clause after it too.
    if hi < len(spans) - 1 and FRAME_START.match(sentence, spans[lo][0]) and _words(sentence[spans[lo][0]:spans[hi][1]]) < 10:
        hi += 1
    s, e = spans[lo][0], spans[hi][1]
    # Another date in the same clause: cut at the conjunction between them.
    for other in others:
        if s <= other.start < e:
            if other.start > expr.end:
                cut = [c for c in CONJ_SPLIT.finditer(sentence, expr.end, other.start)]
                if cut:
                    e = cut[-1].start()
            elif other.end < expr.start:
                cut = [c for c in CONJ_SPLIT.finditer(sentence, other.end, expr.start)]
                if cut:
                    s = cut[-1].end()
    # "On Wednesday, the Commission fined Google": the date is shown beside the label.
    head = LEAD_DATE_PREP.fullmatch(sentence, s, expr.start)
    tail = COMMA_AFTER.match(sentence, expr.end, e)
    if head and tail and _words(sentence[tail.end():e]) >= 4:
        rest = _shorten(sentence[tail.end():e], 0)
        return rest[:1].upper() + rest[1:]
    return _with_subject(sentence, s, _shorten(sentence[s:e], expr.start - s))


# The subject opening a sentence: a name with its determiner and joining words ("Huawei",
# "The Bank of England"), a title between names ("Huawei founder Ren Zhengfei"), or a
# determiner and its noun ("This strategy", "The company").
_NAME = r"[A-Z][\w'’&.\-]*"
_DETERMINER = r"(?:The|A|An|This|That|These|Those|Its|Their|His|Her)\s+"
SUBJECT_OPEN_RE = re.compile(
    rf"^{_DETERMINER}[a-z][\w\-]*|^(?:{_DETERMINER})?{_NAME}"
    rf"(?:\s+(?:(?:of|and|&)\s+)?{_NAME}|\s+[a-z]+(?=\s+{_NAME}\s+{_NAME})){{0,5}}")


# Capitalised words opening a sentence that are no subject.
NO_SUBJECT = frozenset("there here it in on at as but and if when while after before since despite during for "
                       "with from by according however meanwhile yet so".split())


def _with_subject(sentence: str, start: int, label: str) -> str:
    """A clause cut from inside its sentence that opens without a subject ("has been on a
    US trade blacklist") gets the sentence's own subject in front ("Huawei … has been on
    a US trade blacklist"): never a clause without who. A window of words cut inside a
    clause ("… achieve recognition") keeps none: its subject is not known."""
    bare = label.strip()
    if not bare or not bare[0].islower() or start == 0:
        return label  # a window cut inside a clause ("… achieve recognition") has no known subject
    if re.match(r"(?:and|but|or|so|while|as|which|who|that|when|where|because|if|although)\b", bare):
        return label
    subject = SUBJECT_OPEN_RE.match(sentence.strip().lstrip("\"“‘'"))
    if not subject or not subject.group(0).strip() or bare.startswith(subject.group(0).strip()):
        return label
    if subject.group(0).split()[0].lower() in NO_SUBJECT:
        return label  # "There have been ...", "In 2019, ...": no one acting
    return subject.group(0).strip().rstrip(",") + " … " + bare


def _words(text: str) -> int:
    return len(text.split())


def _shorten(text: str, focus: int) -> str:
    """At most LABEL_WORDS words of text, kept around character offset ``focus``."""
    text = LABEL_LEAD.sub("", text.strip().strip("\"'“”‘’ ").strip())
    words = text.split()
    if len(words) <= LABEL_WORDS:
        return text.rstrip(" .,;:")
    before = len(text[:max(0, focus)].split())
    lo = max(0, min(before - 8, len(words) - LABEL_WORDS))
    out = " ".join(words[lo:lo + LABEL_WORDS]).rstrip(" .,;:")
    return ("… " if lo else "") + out + (" …" if lo + LABEL_WORDS < len(words) else "")
