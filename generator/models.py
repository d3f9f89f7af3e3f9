"""The records that flow through the pipeline, one type per thing.

Each field says which stage fills it. Records are frozen: a stage returns new
records instead of changing the ones it was given, so the same input always
gives the same output.

    read      bytes on disk        -> SourceText
    clean     SourceText           -> Cleaned      (debris out, structure in)
    metadata  Cleaned              -> Article      (headline, date, outlet, ...)
    sentences, mentions, extract   -> Sentence..., DateMention..., QuoteMention..., FigureMention...
    quotes, points, conflicts, entities, overview, timeline (all articles at once)
                                   -> Quote..., Point..., Conflict..., Entity..., Event...
    render, write Briefing         -> pages -> files under docs/
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Literal

BlockKind = Literal["heading", "paragraph"]
ArticleKind = Literal["news", "opinion", "analysis"]


@dataclass(slots=True, frozen=True)
class Problem:
    """A warning: which input, what was wrong, what the tool did about it.

    Collected as data by every stage and decided on at the end (``--strict``).
    """

    source: str  # the input file's name (relative to the seeds folder), or "" for the corpus
    message: str  # "what was wrong; what was done", one sentence a person understands

    def __str__(self) -> str:
        """The warning for a terminal or a log, with control characters shown as escapes."""
        return printable(f"{self.source}: {self.message}" if self.source else self.message)


def printable(text: str) -> str:
    """``text`` for a terminal or a log: control characters and line breaks (a file may
    be named ``"\x1b[2J...\nwarning: all good"``) shown as escapes, never obeyed."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


@dataclass(slots=True, frozen=True)
class SourceText:
    """Filled by ``read``: one input file, decoded and normalised."""

    source: str  # file name relative to the seeds folder, e.g. "000_abc.txt"
    text: str  # decoded text: "\n" line endings, NFC, mojibake repaired, no zero-width chars
    encoding: str  # the codec the bytes were decoded with ("utf-8", "utf-16", "cp1252", ...)
    digest: str  # sha256 of the raw bytes (cache key, duplicate detection)
    fmt: Literal["text", "html", "markdown"] = "text"
    overrides: dict[str, object] = field(default_factory=dict)  # sidecar values; user values win


@dataclass(slots=True, frozen=True)
class Removed:
    """Filled by ``clean``/``metadata``: a line taken out of the body, and why."""

    text: str
    reason: str  # in words: "newsletter sign-up", "photo credit", "publication date line"


@dataclass(slots=True, frozen=True)
class Block:
    """Filled by ``clean``: one heading or paragraph of the cleaned article, as plain text.

    The text is never Markdown: ``render`` escapes it on the way out.
    """

    kind: BlockKind
    text: str


@dataclass(slots=True, frozen=True)
class Cleaned:
    """Filled by ``clean``: the page's lines sorted into article and debris.

    ``lines`` are the candidate lines in reading order (headline, deck, byline and
    body all still present); ``metadata`` decides which of the leading ones are
    headline, deck, byline or date line and takes them out of the body.
    """

    source: SourceText
    blocks: tuple[Block, ...]  # every kept line, in order, classified heading/paragraph
    removed: tuple[Removed, ...]
    problems: tuple[Problem, ...] = ()
    headline: int | None = None  # index in ``blocks`` of the line clean judged the headline


@dataclass(slots=True, frozen=True)
class Metadata:
    """Filled by ``metadata`` (sidecar overrides applied last: user values win)."""

    title: str | None = None
    title_derived: bool = False  # True when the page had no headline and the title was made from the lead
    deck: str | None = None  # standfirst / subtitle, never the title
    date: str | None = None  # publication date, YYYY-MM-DD
    date_inferred: bool = False
    publisher: str | None = None
    author: str | None = None
    location: str | None = None
    url: str | None = None
    kind: ArticleKind | None = None
    kind_evidence: tuple[str, ...] = ()  # why ``kind`` was chosen, in words
    via: str | None = None  # the wire agency whose story the outlet carries ("Reuters")
    dateline_day: str | None = None  # "09-14": the day a dateline gives ("HONG KONG, Jan 29 (Reuters) -")


@dataclass(slots=True, frozen=True)
class Article:
    """Filled by ``metadata``: a cleaned article with its metadata, ready for analysis."""

    id: str  # unique and stable across builds; also the page slug
    source: str  # input file name
    meta: Metadata
    blocks: tuple[Block, ...]  # body only: headline, deck, byline and date lines are out
    removed: tuple[Removed, ...]
    digest: str = ""  # of the input bytes
    problems: tuple[Problem, ...] = ()


@dataclass(slots=True, frozen=True)
class Sentence:
    """Filled by ``sentences``: one sentence of an article body."""

    article: str  # Article.id
    block: int  # index into Article.blocks (the paragraph anchor is derived from it)
    index: int  # running number of the sentence in the article
    text: str
    start: int  # character offsets into Article.blocks[block].text
    end: int


@dataclass(slots=True, frozen=True)
class TimeExpr:
    """Filled by ``dates``: one date expression found in a text (CONTRACT.md ``dates``)."""

    start: int  # character offsets into the text given to the tagger
    end: int
    text: str  # the words as written
    value: str  # ISO 8601 at the precision the text supports, an interval "a/b", or PRESENT_REF/PAST_REF/FUTURE_REF
    inferred: bool = False  # the anchor (or the year) was guessed, not read from the article


@dataclass(slots=True, frozen=True)
class DateMention:
    """Filled by ``mentions`` for an article: a dated sentence, a candidate timeline event."""

    article: str
    sentence: Sentence
    expr: TimeExpr  # offsets relative to sentence.text
    label: str  # the clause that carries the event, short


@dataclass(slots=True, frozen=True)
class QuoteMention:
    """Filled by ``extract``: one direct quotation in one article."""

    article: str
    speaker: str | None  # full name when it can be resolved
    text: str  # the quoted words, without the quotation marks
    sentence: Sentence


@dataclass(slots=True, frozen=True)
class FigureMention:
    """Filled by ``extract``: one number that counts something."""

    article: str
    value: str  # the number phrase as written: "more than 50 commercial contracts", "US$122 billion"
    about: str  # what it counts, in a few words
    sentence: Sentence
    quantity: float | None = None  # the number, normalised (122e9), when it can be read
    unit: str | None = None  # "USD", "%", "contracts", ...


@dataclass(slots=True, frozen=True)
class Citation:
    """Filled by the comparisons: one article's sentence supporting a merged item."""

    article: str
    sentence: Sentence
    cue: str = ""  # for events: the date words as written; for quotes: the article's own words of the quote
    inferred: bool = False
    support: bool = False  # for events: a coarser date ("that month") that supports the event, not counted for it
    value: str = ""  # for events: the calendar value this mention gives (dates' ISO value)


@dataclass(slots=True, frozen=True)
class Event:
    """Filled by ``timeline``: one dated event, possibly reported by several articles."""

    date: str  # ISO value as in ``dates``
    label: str
    mentions: tuple[Citation, ...]
    approximate: bool = False  # inferred year/anchor or a coarse value (shown with ≈)
    importance: float = 0.0  # 0..1 (keydates): independent reports, centrality, an occurrence
    key: bool = False  # one of the story's key dates (keydates)


@dataclass(slots=True, frozen=True)
class Quote:
    """Filled by ``quotes``: one quotation, merged across the articles that carry it."""

    speaker: str | None
    text: str
    mentions: tuple[Citation, ...]


@dataclass(slots=True, frozen=True)
class Point:
    """Filled by ``points``: a claim, with the articles that make it (one or several)."""

    label: str
    mentions: tuple[Citation, ...]


@dataclass(slots=True, frozen=True)
class Conflict:
    """Filled by ``conflicts``: one thing that outlets count differently."""

    about: str
    values: tuple[FigureMention, ...]
    note: str = ""  # what the tool cannot tell (e.g. snapshots at different times)


@dataclass(slots=True, frozen=True)
class Entity:
    """Filled by ``entities``: a person, organisation or place and who mentions it."""

    name: str
    kind: Literal["person", "organisation", "place", "other"]
    articles: tuple[str, ...]


@dataclass(slots=True, frozen=True)
class Briefing:
    """Filled by ``pipeline``: the whole corpus, analysed; what ``render`` turns into pages."""

    articles: tuple[Article, ...]
    sentences: dict[str, tuple[Sentence, ...]]  # by article id
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[FigureMention, ...] = ()
    points: tuple[Point, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    overview: tuple[Citation, ...] = ()  # extractive summary sentences, most central first
    entities: tuple[Entity, ...] = ()
    problems: tuple[Problem, ...] = ()
    unusable: tuple[str, ...] = ()  # read, but no article could be made of them (not duplicates)
    unplaced: tuple[Citation, ...] = ()  # relative dates of articles with no day to count them from


def _plain_pickling(cls: type) -> None:
    """Pickle a record as its class and field values, rebuilt through ``__init__``.

    The ``__getstate__``/``__setstate__`` that dataclasses give slotted classes look up
    the fields again for every object; loading the cache (hundreds of thousands of
    records for a large corpus) spent most of its time there.
    """
    names = tuple(f.name for f in fields(cls))

    def __reduce__(self):  # noqa: N807 - the pickle protocol's name
        return cls, tuple([getattr(self, n) for n in names])

    cls.__reduce__ = __reduce__  # type: ignore[method-assign]


for _record in [c for c in list(globals().values()) if isinstance(c, type) and is_dataclass(c)
                and c.__module__ == __name__]:  # every record of this module
    _plain_pickling(_record)
