"""The per-article stage: clean, metadata, sentences, dates, quotes and figures of one
article, and what the comparisons across articles will read of it.

Everything here is a pure function of one input file (and, for an undated article,
of the corpus year), so its result is cached by content (``cache``) and computed on
every core for a large corpus (``workers``).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from . import clean, extract, metadata, sentences
from .conflicts import Reading, read_figure
from .duplicates import article_shingles
from .entities import sentence_names
from .mentions import article_mentions, infer_anchor
from .models import Article, DateMention, FigureMention, Problem, QuoteMention, Sentence, SourceText
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


def corpus_year(articles: Sequence[Article]) -> int | None:
    """The dominant publication year of the dated articles (the latest on a tie)."""
    years = Counter(int(a.meta.date[:4]) for a in articles if a.meta.date and not a.meta.date_inferred)
    if not years:
        return None
    return max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]


def analyse_article(article: Article, year: int | None) -> Analysis:
    """sentences, dates, quotes and figures of one article (an undated article's dates
    are guessed with ``year``, the corpus year)."""
    try:
        sents = sentences.split_article(article)
        if article.meta.date:
            anchor: date | None = date.fromisoformat(article.meta.date)
            inferred = article.meta.date_inferred
        else:
            anchor = infer_anchor("\n".join(b.text for b in article.blocks), year)
            inferred = anchor is not None
        mentions = article_mentions(article, sents, anchor, anchor_inferred=inferred, year=year)
        quotes = extract.find_quotes(article, sents)
        figures = extract.find_figures(article, sents)
        units, names = sentence_units(sents), sentence_names(sents)
        readings = tuple(read_figure(f) for f in figures)
    except Exception as exc:  # noqa: BLE001 - a failure here loses this article's findings only
        return Analysis((), (), (), (), (Problem(article.source, f"analysis failed ({type(exc).__name__}: {exc}); "
                                                                 "its dates, quotes and figures are left out"),))
    return Analysis(sents, tuple(mentions), tuple(quotes), tuple(figures), (), units, names, readings)
