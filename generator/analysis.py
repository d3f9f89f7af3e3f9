"""The per-article stage: clean, metadata, sentences, dates, quotes and figures of one
article, and what the comparisons across articles will read of it.

Everything here is a pure function of one input file (and, for an undated article,
of the corpus year), so its result is cached by content (``cache``) and computed on
every core for a large corpus (``workers``).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import PurePosixPath

from . import clean, extract, metadata, sentences
from .conflicts import Reading, read_figure
from .duplicates import article_shingles
from .entities import sentence_names
from .figures import find_figures
from .mentions import article_mentions, unplaced_mentions
from .models import Article, Citation, DateMention, FigureMention, Problem, QuoteMention, Sentence, SourceText
from .points import sentence_units
from .render.article import article_page
from .render.export import article_json


@dataclass(slots=True, frozen=True)
class Analysis:
    """What ``analyse_article`` finds in one article."""

    sentences: tuple[Sentence, ...]
    mentions: tuple[DateMention, ...]
    quotes: tuple[QuoteMention, ...]
    figures: tuple[FigureMention, ...]
    problems: tuple[Problem, ...] = ()
    # points.sentence_units and entities.sentence_names of the sentences (by text): what
    # the shared points, the overview and the entities read of each sentence
    units: dict[str, list] = field(default_factory=dict)
    names: dict[str, list] = field(default_factory=dict)
    # conflicts.read_figure of each figure: what find_conflicts reads of it
    figure_readings: tuple[Reading, ...] = ()
    # relative dates of an article with no publication date: no day to count them from
    unplaced: tuple[Citation, ...] = ()


@dataclass(slots=True, frozen=True)
class Prepared:
    """What the per-article stage keeps of one input file, cached as a whole: the
    article (None when unusable), its problems, its word 6-gram hashes (to find
    duplicates), its rendered page and export item and, for a dated article, its
    analysis."""

    article: Article | None
    problems: tuple[Problem, ...]
    shingles: tuple[int, ...] = ()  # duplicates.article_shingles
    page: str = ""
    analysis: Analysis | None = None  # None for an undated article: its dates need the corpus year
    export: str = ""  # the article's item of briefing.json, encoded


def process_source(src: SourceText, article_id: str) -> tuple[Article | None, tuple[Problem, ...]]:
    """clean + metadata for one file; an unexpected failure costs only this article."""
    try:
        cleaned = clean.clean(src)
        article = metadata.extract_metadata(cleaned, article_id)
    except Exception as exc:  # noqa: BLE001 - one broken article must never stop the others
        return None, (Problem(src.source, f"could not be processed ({type(exc).__name__}: {exc}); article left out"),)
    if not article.blocks:
        return None, (*article.problems, Problem(src.source, "no article text left after cleaning; article left out"))
    return article, ()


def prepare(src: SourceText, article_id: str) -> Prepared:
    """``process_source``, plus what later stages need of the article alone.

    A dated article is analysed here too: its dates are resolved against its own date,
    so the analysis does not wait for the corpus year (one pass over the workers)."""
    article, problems = process_source(src, article_id)
    if article is None:
        return Prepared(None, problems)
    analysis = analyse_article(article, None) if article.meta.date else None
    return Prepared(article, problems, article_shingles(article), article_page(article), analysis,
                    article_json(article))


def redate(article: Article, year: int | None) -> Article:
    """``article`` dated from its dateline's day ("London, September 14") in the corpus
    ``year`` (marked inferred, with a warning saying so), or as it is when it has no such
    day. Nothing weaker dates an article: its relative dates stay unplaced instead."""
    day = article.meta.dateline_day
    if article.meta.date or not day or year is None or not _valid(f"{year}-{day}"):
        return article
    side = PurePosixPath(article.source).stem + ".yml"
    problems = tuple(p for p in article.problems if not p.message.startswith("no publication date found"))
    problems += (Problem(article.source, f"no publication date found; dated {year}-{day} from the dateline's day "
                                         f"and the year of the dated articles (marked inferred: its relative dates "
                                         f"count from that day); set date in {side}"),)
    meta = replace(article.meta, date=f"{year}-{day}", date_inferred=True)
    return replace(article, meta=meta, problems=problems)


def date_and_analyse(article: Article, year: int | None) -> Prepared:
    """The second pass over an article without a publication date of its own: dated from
    its dateline when it has one (see redate), then analysed (see analyse_article); the
    page and export item made again when the date changed."""
    dated = redate(article, year)
    if dated is article:
        return Prepared(article, (), (), "", analyse_article(article, year), "")
    return Prepared(dated, (), (), article_page(dated), analyse_article(dated, year), article_json(dated))


def _valid(iso: str) -> bool:
    try:
        date.fromisoformat(iso)
    except ValueError:
        return False
    return True


def corpus_year(articles: Sequence[Article]) -> int | None:
    """The dominant publication year of the dated articles (the latest on a tie)."""
    years = Counter(int(a.meta.date[:4]) for a in articles if a.meta.date and not a.meta.date_inferred)
    if not years:
        return None
    return max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]


def analyse_article(article: Article, year: int | None) -> Analysis:
    """sentences, dates, quotes and figures of one article. Its relative dates count from
    its publication date; without one they are unplaced; a date without its year takes
    ``year``, the corpus year (marked inferred)."""
    try:
        sents = sentences.split_article(article)
        anchor = date.fromisoformat(article.meta.date) if article.meta.date else None
        mentions = article_mentions(article, sents, anchor, anchor_inferred=article.meta.date_inferred, year=year)
        unplaced = () if anchor is not None else tuple(unplaced_mentions(article, sents, year))
        quotes = extract.find_quotes(article, sents)
        figures = find_figures(article, sents)
        units, names = sentence_units(sents), sentence_names(sents)
        readings = tuple(read_figure(f) for f in figures)
    except Exception as exc:  # noqa: BLE001 - a failure here loses this article's findings only
        return Analysis((), (), (), (), (Problem(article.source, f"analysis failed ({type(exc).__name__}: {exc}); "
                                                                 "its dates, quotes and figures are left out"),))
    return Analysis(sents, tuple(mentions), tuple(quotes), tuple(figures), (), units, names, readings, unplaced)
