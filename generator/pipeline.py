"""The whole build: read all → clean and extract each → compare across → render → write.

This module only wires the stages together; each is a pure function of its inputs,
in its own module:

    read        files -> SourceText (and each file's id)
    analysis    per article: clean, metadata, sentences, dates, quotes, figures (cached)
    duplicates  the same article saved twice is kept once
    quotes, points, conflicts, entities, overview, timeline
                comparisons across articles, each a pure function of the articles' features
    render      Briefing -> pages and JSON
    write       pages -> files under docs/, guarded

State between builds: the per-article cache (``cache``: on disk, and in memory in a
running ``mkdocs serve``) and the writer leaving files whose bytes are the same.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import analysis, read
from .analysis import Analysis, Prepared
from .cache import Cache, Memory, key, prune
from .conflicts import find_conflicts
from .duplicates import drop_duplicates
from .entities import find_entities
from .keydates import rank_events
from .mentions import sentence_days
from .models import Article, Briefing, Citation, DateMention, Entity, Event, Problem, Sentence, SourceText
from .overview import overview
from .points import find_points
from .quotes import merge_quotes, quoted_speakers
from .render import render_site
from .timeline import build_events
from .workers import Progress, cached_map, collector_paused, fork_call, parallel
from .write import WriteReport, manifest_data, write_output


@dataclass(slots=True, frozen=True)
class Options:
    """What a build needs; shared by the CLI and the MkDocs hook."""

    seeds: Path = Path("seeds")
    docs: Path = Path("docs")
    strict: bool = False
    jobs: int = 0  # worker processes; 0 = one per core for large corpora
    cache: Path | None = None  # folder for per-article results; None: no cache
    progress: bool = False  # show progress on a terminal (never in logs or pipes)
    # The cache's in-memory copy, kept by a process that builds again and again (the
    # MkDocs hook under `mkdocs serve`); None: entries are loaded from disk.
    memory: Memory | None = None


@dataclass(slots=True, frozen=True)
class BuildResult:
    briefing: Briefing | None  # None when docs/ was already up to date and nothing was analysed
    report: WriteReport
    counts: dict[str, int] = field(default_factory=dict)  # articles, events, quotes, figures, conflicts
    problems: tuple[Problem, ...] = ()  # every warning, each once
    unusable: tuple[str, ...] = ()  # input files that could not be used at all
    up_to_date: bool = False


def build(options: Options) -> BuildResult:
    """Read ``options.seeds``, analyse, render and write into ``options.docs``.

    When the seeds, their sidecars and the generator's code are exactly those of the
    build that wrote ``options.docs`` (the stamp in its manifest) and its files are all
    there, nothing is analysed or written again.
    """
    with collector_paused():
        progress = Progress(sys.stderr) if options.progress else None
        sources, read_problems = read.read_folder(options.seeds)
        stamp = key("corpus", [(s.source, s.digest, s.fmt, s.overrides) for s in sorted(sources, key=lambda s: s.source)],
                    [str(p) for p in read_problems])
        previous = manifest_data(options.docs)
        if previous.get("stamp") == stamp and all((options.docs / f).is_file() for f in previous.get("files", [])):
            summary = previous.get("summary", {})
            return BuildResult(
                None, WriteReport((), len(previous.get("files", [])), (), ()), dict(summary.get("counts", {})),
                tuple(Problem(src, msg) for src, msg in summary.get("problems", [])),
                tuple(summary.get("unusable", [])), up_to_date=True)
        briefing, pages, exports = _analyse(sources, options.jobs, Cache(options.cache, options.memory), progress)
        briefing = replace(briefing, problems=tuple(_unique([*read_problems, *briefing.problems])))
        if progress:
            progress.stage("writing pages")
        files = render_site(briefing, pages, exports)
        read_ok = {s.source for s in sources}
        unusable = sorted({p.source for p in read_problems if p.source and p.source not in read_ok
                           and not p.source.endswith((".yml", ".yaml"))} | set(briefing.unusable))
        counts = {"articles": len(briefing.articles), "events": len(briefing.events),
                  "quotes": len(briefing.quotes), "figures": len(briefing.figures),
                  "conflicts": len(briefing.conflicts)}
        summary = {"counts": counts, "problems": [[p.source, p.message] for p in briefing.problems],
                   "unusable": unusable}
        report = write_output(options.docs, files, extra={"stamp": stamp, "summary": summary})
        if progress:
            progress.done()
        problems = tuple(_unique([*briefing.problems, *report.problems]))
        return BuildResult(briefing, report, counts, problems, tuple(unusable))


def analyse(sources: Sequence[SourceText], *, jobs: int = 0, cache: Cache | None = None,
            progress: Progress | None = None) -> Briefing:
    """The whole analysis of already-read sources; pure: same sources, same briefing,
    whatever their order.

    Per-article work is looked up in ``cache`` first (keyed by the file's name, bytes,
    sidecar and the generator's code), so a rebuild after one seed changed only
    re-processes that seed; the comparison across articles is made afresh.
    """
    with collector_paused():
        return _analyse(sources, jobs, cache or Cache(None), progress)[0]


def _analyse(sources: Sequence[SourceText], jobs: int, cache: Cache, progress: Progress | None
             ) -> tuple[Briefing, dict[str, str], dict[str, str]]:
    """``analyse``, and the article pages and export items made by the per-article
    stage (by id)."""
    used: dict[str, set[str]] = {"article": set(), "analysis": set()}
    problems: list[Problem] = []
    ids = read.assign_ids(s.source for s in sources)
    ordered = sorted(sources, key=lambda s: s.source)
    article_keys = [key("article", s.source, ids[s.source], s.digest, s.fmt, s.overrides) for s in ordered]
    prepared: list[Prepared] = cached_map(analysis.prepare, [(s, ids[s.source]) for s in ordered], article_keys,
                                          "article", cache, used["article"], jobs, progress)
    articles: list[Article] = []
    kept: list[tuple[Prepared, str]] = []
    unusable: list[str] = []
    for src, done, k in zip(ordered, prepared, article_keys):
        problems.extend(done.problems)
        if done.article is None:
            unusable.append(src.source)
        else:
            articles.append(done.article)
            kept.append((done, k))
    by_id = {done.article.id: (done, k) for done, k in kept}  # type: ignore[union-attr]
    articles, dup_problems = drop_duplicates(articles, [by_id[a.id][0].shingles for a in articles])
    problems.extend(dup_problems)

    # Articles without a publication date of their own are dated from their dateline's day
    # in the corpus year when they have one, then analysed; a date without its year takes
    # the corpus year.
    year = analysis.corpus_year(articles)
    undated = [a for a in articles if by_id[a.id][0].analysis is None]
    second = cached_map(analysis.date_and_analyse, [(a, year) for a in undated],
                        [key("analysis", by_id[a.id][1], year) for a in undated],
                        "analysis", cache, used["analysis"], jobs, progress)
    for done in second:  # an article dated now has its page and export item made again
        first, k = by_id[done.article.id]  # type: ignore[union-attr]
        by_id[done.article.id] = (replace(first, article=done.article, analysis=done.analysis,
                                          page=done.page or first.page, export=done.export or first.export), k)
    articles = [by_id[a.id][0].article for a in articles]  # type: ignore[misc]
    analyses = [by_id[a.id][0].analysis for a in articles]  # type: ignore[union-attr]
    for a in articles:
        problems.extend(a.problems)
    prune(cache, used)
    if progress:
        progress.stage("comparing across articles")
    for an in analyses:
        problems.extend(an.problems)
    briefing = compare(articles, analyses, jobs)
    return (replace(briefing, problems=tuple(_unique([*problems, *briefing.problems])), unusable=tuple(unusable)),
            {a.id: by_id[a.id][0].page for a in articles}, {a.id: by_id[a.id][0].export for a in articles})


def compare(articles: Sequence[Article], analyses: Sequence[Analysis], jobs: int = 0) -> Briefing:
    """Every comparison across articles, each a pure function of the articles' features.

    The timeline is the largest: on a large corpus it runs in a forked child process
    (with the entities) while this one compares quotes, points and figures."""
    sents = {a.id: an.sentences for a, an in zip(articles, analyses)}
    mentions = [m for an in analyses for m in an.mentions]
    units = _merged(an.units for an in analyses)
    second_half = (fork_call(_timeline_and_entities, mentions, articles, sents, analyses)
                   if parallel(len(articles), jobs) else None)
    quotes = merge_quotes([q for an in analyses for q in an.quotes])
    points = find_points(articles, sents, units=units,
                         speakers=quoted_speakers([q for an in analyses for q in an.quotes], sents))
    figures = tuple(f for an in analyses for f in an.figures)
    conflicts = find_conflicts(figures, readings=[r for an in analyses for r in an.figure_readings],
                               dates={a.id: a.meta.date for a in articles}, days=sentence_days(mentions))
    summary = overview(articles, sents, points, units=units)
    if second_half:
        references, entities = second_half()
        events = _events_from_references(references, sents)
    else:
        events, entities = build_events(mentions), _entities(articles, sents, analyses)
    events = rank_events(events, articles, sents)
    return Briefing(articles=tuple(articles), sentences=sents, events=events, quotes=quotes, figures=figures,
                    points=points, conflicts=conflicts, overview=summary, entities=entities,
                    unplaced=tuple(c for an in analyses for c in an.unplaced))


def _merged(dicts: Iterable[dict[str, list]]) -> dict[str, list]:
    """The per-article features (sentence text -> what a comparison reads of it) as one dict."""
    return {text: f for d in dicts for text, f in d.items()}


def _entities(articles: Sequence[Article], sents: dict[str, tuple[Sentence, ...]],
              analyses: Sequence[Analysis]) -> tuple[Entity, ...]:
    return find_entities(articles, sents, names=_merged(an.names for an in analyses))


# An event whose citations name their sentences by (article, sentence number): what the
# child process sends back, a fraction of the events' size.
_EventReference = tuple[str, str, bool, list[tuple[str, int, str, bool, bool, str]]]


def _timeline_and_entities(mentions: Sequence[DateMention], articles: Sequence[Article],
                           sents: dict[str, tuple[Sentence, ...]], analyses: Sequence[Analysis]
                           ) -> tuple[list[_EventReference], tuple[Entity, ...]]:
    """The forked child's half of the comparison: the events (by reference) and the entities."""
    events = [(e.date, e.label, e.approximate,
               [(c.article, c.sentence.index, c.cue, c.inferred, c.support, c.value) for c in e.mentions])
              for e in build_events(mentions)]
    return events, _entities(articles, sents, analyses)


def _events_from_references(references: list[_EventReference],
                            sents: dict[str, tuple[Sentence, ...]]) -> tuple[Event, ...]:
    """The events the child described, citing this process's own sentence records."""
    return tuple(Event(day, label, tuple(Citation(article, sents[article][index], cue, inferred, support, value)
                                         for article, index, cue, inferred, support, value in cites), approximate)
                 for day, label, approximate, cites in references)


def _unique(problems: Iterable[Problem]) -> list[Problem]:
    """Each warning once (the same problem raised twice is printed once)."""
    return list(dict.fromkeys(problems))
