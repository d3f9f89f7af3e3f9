"""The whole build: read all → clean and extract each → compare across → render → write.

Every stage is a pure function of its inputs; this module only wires them together,
keeps one broken article from stopping the others, and spreads per-article work over
the machine's cores for large corpora.
"""
from __future__ import annotations

import contextlib
import gc
import hashlib
import multiprocessing
import os
import pickle
import re
import sys
import time
import unicodedata
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from . import clean, compare, dates, extract, metadata, read, sentences, timeline
from .cache import Cache, key, prune
from .models import (Article, Briefing, Citation, DateMention, Entity, Event, FigureMention, Problem, QuoteMention,
                     Sentence, SourceText)
from .render import render_site
from .render.article import article_page
from .render.export import article_json
from .write import WriteReport, manifest_data, write_output

PARALLEL_FROM = 200  # below this many articles, worker processes cost more than they save
RESERVED_IDS = frozenset({"index"})  # articles/index.md is the Articles index
# Anything that is not a lowercase ASCII letter or digit, for slugs.
NOT_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(slots=True, frozen=True)
class Options:
    """What a build needs; shared by the CLI and the MkDocs hook."""

    seeds: Path = Path("seeds")
    docs: Path = Path("docs")
    strict: bool = False
    jobs: int = 0  # worker processes; 0 = one per core for large corpora
    cache: Path | None = None  # folder for per-article results; None: no cache
    progress: bool = False  # show progress on a terminal (never in logs or pipes)
    # Per-article results kept in memory between builds of one process (mkdocs serve):
    # a dict the caller owns and passes to every build; None: load them from disk.
    memory: dict | None = None


@dataclass(slots=True, frozen=True)
class BuildResult:
    briefing: Briefing | None  # None when docs/ was already up to date and nothing was analysed
    report: WriteReport
    counts: dict[str, int] = field(default_factory=dict)  # articles, events, quotes, figures, conflicts
    problems: tuple[Problem, ...] = ()  # every warning, each once
    unusable: tuple[str, ...] = ()  # input files that could not be used at all
    up_to_date: bool = False


@dataclass(slots=True, frozen=True)
class Analysis:
    """Per-article findings, filled by ``analyse_article``."""

    sentences: tuple[Sentence, ...]
    mentions: tuple[DateMention, ...]
    quotes: tuple[QuoteMention, ...]
    figures: tuple[FigureMention, ...]
    problems: tuple[Problem, ...] = ()
    # compare.sentence_features of the sentences: what points and entities read of each text
    units: dict[str, list] = field(default_factory=dict)
    names: dict[str, list] = field(default_factory=dict)
    # compare.figure_features of the figures: what find_conflicts reads of each
    figure_features: compare.FigureFeatures = field(default_factory=compare.FigureFeatures)


def slugify(stem: str) -> str:
    """A URL-safe id from a file stem: ASCII, lowercase, dashes."""
    ascii_ = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    return NOT_SLUG.sub("-", ascii_.lower()).strip("-") or "article"


def assign_ids(sources: Iterable[str], memo: dict | None = None) -> dict[str, str]:
    """A unique, stable id for every input file name.

    Names that would give the same slug each get a suffix from a hash of their own
    name, so an id never depends on which other files exist or on listing order.
    ``memo`` (a dict kept between calls) gives back the last call's ids when the names
    are the same; the result is the same with or without it.
    """
    names = sorted(set(sources))
    if memo is not None:
        if memo.get("names") != names:
            memo["names"], memo["ids"] = names, assign_ids(names)
        return dict(memo["ids"])
    counts = Counter(slugify(Path(n).stem) for n in names)
    ids: dict[str, str] = {}
    for n in names:
        slug = slugify(Path(n).stem)
        if counts[slug] > 1 or slug in RESERVED_IDS:
            slug = f"{slug}-{hashlib.sha1(n.encode('utf-8')).hexdigest()[:8]}"
        ids[n] = slug
    return ids


class _Keys:
    """Cache keys (``cache.key``) of this build, each taken from ``kept`` (the last build's,
    by their parts) when its parts are the same: hashing a thousand keys again costs more
    than comparing their parts. The keys are the same either way."""

    __slots__ = ("kept", "made")

    def __init__(self, kept: dict | None) -> None:
        self.kept: dict = kept or {}
        self.made: dict = {}  # this build's keys, by their first two parts (kind, file name or key)

    def get(self, parts: tuple) -> str:
        name = parts[:2]
        hit = self.kept.get(name)
        k = hit[1] if hit is not None and hit[0] == parts else key(*parts)
        self.made[name] = (parts, k)
        return k


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


@dataclass(slots=True, frozen=True)
class Prepared:
    """What the per-article stage keeps of one input file, cached as a whole: the
    article (None when unusable), its problems, its word 6-gram hashes (to find
    duplicates), its rendered page and, for a dated article, its analysis (dates,
    quotes, figures), all pure functions of the file."""

    article: Article | None
    problems: tuple[Problem, ...]
    shingles: tuple[int, ...] = ()  # sorted: the first few are the article's sketch
    page: str = ""
    analysis: Analysis | None = None  # None for an undated article: its dates need the corpus year
    export: str = ""  # the article's item of briefing.json, encoded


def prepare(src: SourceText, article_id: str) -> Prepared:
    """``process_source``, plus what later stages need of the article alone.

    A dated article is analysed here too: its dates are resolved against its own date,
    so the analysis does not wait for the corpus year (one pass over the workers)."""
    article, problems = process_source(src, article_id)
    if article is None:
        return Prepared(None, problems)
    analysis = analyse_article(article, None) if article.meta.date else None
    return Prepared(article, problems, tuple(sorted(_shingles(article))), article_page(article), analysis,
                    article_json(article))


def corpus_year(articles: Sequence[Article]) -> int | None:
    """The dominant publication year of the dated articles (the latest on a tie)."""
    years = Counter(int(a.meta.date[:4]) for a in articles if a.meta.date and not a.meta.date_inferred)
    if not years:
        return None
    return max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]


def analyse_article(article: Article, year: int | None) -> Analysis:
    """sentences, dates, quotes and figures of one article."""
    try:
        sents = sentences.split_article(article)
        if article.meta.date:
            anchor: date | None = date.fromisoformat(article.meta.date)
            inferred = article.meta.date_inferred
        else:
            anchor = dates.infer_anchor("\n".join(b.text for b in article.blocks), year)
            inferred = anchor is not None
        mentions = dates.article_mentions(article, sents, anchor, anchor_inferred=inferred, year=year)
        quotes = extract.find_quotes(article, sents)
        figures = extract.find_figures(article, sents)
        units, names = compare.sentence_features(sents)
        features = compare.figure_features(figures)
    except Exception as exc:  # noqa: BLE001 - a failure here loses this article's findings only
        return Analysis((), (), (), (), (Problem(article.source, f"analysis failed ({type(exc).__name__}: {exc}); "
                                                                 "its dates, quotes and figures are left out"),))
    return Analysis(sents, tuple(mentions), tuple(quotes), tuple(figures), (), units, names, features)


def _shingles(article: Article, width: int = 6) -> set[int]:
    words = re.findall(r"\w+", " ".join(b.text for b in article.blocks).casefold())
    # crc32, not hash(): str hashes change from one process to the next.
    return {zlib.crc32(" ".join(words[i : i + width]).encode("utf-8")) for i in range(max(1, len(words) - width + 1))}


SKETCH = 16  # shingle hashes kept per article to find duplicate candidates
COMMON = 32  # a sketch hash shared by more articles than this is boilerplate: no use as a candidate key


def drop_duplicates(articles: Sequence[Article], shingles: Sequence[tuple[int, ...]] | None = None,
                    memo: dict | None = None) -> tuple[list[Article], list[Problem]]:
    """Keep the first of every group of articles with (nearly) the same body text.

    The same article saved twice, or saved from two pages with different debris around
    it, shares almost all of its word 6-grams. Candidates come from a small sketch of
    each article (its lowest shingle hashes) looked up in an index whose over-long
    entries (template text every article shares) are ignored, so this stays
    near-linear instead of comparing all pairs. ``shingles`` (each article's shingle
    hashes in ascending order, as ``prepare`` computed them) saves computing them again.

    ``memo`` (a dict kept between calls, e.g. by a running ``mkdocs serve``) holds each
    file's shingles and verdict (kept, or the file it duplicates) of the last call. An
    article's verdict depends only on its shingles and on the index entries of its
    sketch hashes: the kept articles before it holding that hash, in order, used when
    there are few enough. An entry can differ from last call's only by the articles
    before it that changed, came or went, or whose verdict changed: their sketch hashes
    are *dirty*, each counted once per such article. An unchanged article none of whose
    sketch hashes is dirty with an entry short enough to be used (now or last time)
    gets its last verdict without a look-up. The result is the same with or without
    the memo.
    """
    sh_of = (list(shingles) if shingles is not None else [tuple(sorted(_shingles(a))) for a in articles])
    last: dict[str, tuple[tuple[int, ...], str | None]] = memo.get("verdicts", {}) if memo is not None else {}
    found = _gone(articles, sh_of, last)
    if found is None:  # no usable memo: every article is looked up
        last, found = {}, ({}, [])
    position, gone = found
    kept: list[Article] = []
    kept_by_source: dict[str, Article] = {}
    problems: list[Problem] = []
    index: dict[int, list[int]] = {}
    kept_shingles: list[tuple[int, ...]] = []
    as_set: dict[int, frozenset[int]] = {}  # kept article -> its shingles as a set, made when first compared
    verdicts: dict[str, tuple[tuple[int, ...], str | None]] = {}
    dirty: dict[int, int] = {}
    # The dirty hashes whose entry may be short enough to be used, now or in the last call:
    # an entry only grows, so a hash leaves once its length, less the articles it may
    # differ by, is over COMMON.
    live: set[int] = set()

    def mark(sketch: tuple[int, ...]) -> None:
        for s in sketch:
            dirty[s] = dirty.get(s, 0) + 1
            if len(index.get(s, ())) - dirty[s] <= COMMON:
                live.add(s)

    g = 0  # gone[:g] are marked
    for art, sh in zip(articles, sh_of):
        sketch = sh[:SKETCH]
        old = last.get(art.source)
        same = old is not None and (old[0] is sh or old[0] == sh)
        if same:  # the kept articles gone from before it (in the last call's order) count from here
            at = position[art.source]
            while g < len(gone) and gone[g][0] < at:
                mark(gone[g][1])
                g += 1
        if same and live.isdisjoint(sketch) and (old[1] is None or old[1] in kept_by_source):
            dup = kept_by_source[old[1]] if old[1] is not None else None
        else:
            dup = _duplicate_of(sh, sketch, index, kept, kept_shingles, as_set)
            # Later entries change with a changed article now kept, or an unchanged one
            # kept then and not now (or the reverse).
            if (dup is None and not same) or (same and (old[1] is None) != (dup is None)):
                mark(sketch)
        verdicts[art.source] = (sh, dup.source if dup is not None else None)
        if dup is not None:
            problems.append(Problem(art.source, f"same article as {dup.source}; left out as a duplicate"))
            continue
        for s in sketch:
            posting = index.setdefault(s, [])
            posting.append(len(kept))
            if s in live and len(posting) - dirty[s] > COMMON:
                live.discard(s)
        kept_shingles.append(sh)
        kept.append(art)
        kept_by_source[art.source] = art
    if memo is not None:
        memo["verdicts"] = verdicts
    return kept, problems


def _gone(articles: Sequence[Article], sh_of: Sequence[tuple[int, ...]],
          last: dict[str, tuple[tuple[int, ...], str | None]]
          ) -> tuple[dict[str, int], list[tuple[int, tuple[int, ...]]]] | None:
    """(each file's position in the call that gave ``last``, the (position, sketch) of each
    article that call kept and that is gone or changed since, in order); None when the
    last verdicts cannot be used: none kept, a file name given twice, or unchanged
    articles in another order (see ``drop_duplicates``)."""
    if not last or len({a.source for a in articles}) != len(articles):
        return None
    position = {source: i for i, source in enumerate(last)}
    now: dict[str, tuple[int, ...]] = {}
    seen = -1
    for art, sh in zip(articles, sh_of):
        now[art.source] = sh
        old = last.get(art.source)
        if old is not None and (old[0] is sh or old[0] == sh):
            if position[art.source] < seen:
                return None
            seen = position[art.source]
    gone = [(position[source], old_sh[:SKETCH]) for source, (old_sh, verdict) in last.items()
            if verdict is None and (source not in now or not (now[source] is old_sh or now[source] == old_sh))]
    return position, gone


def _duplicate_of(sh: tuple[int, ...], sketch: tuple[int, ...], index: dict[int, list[int]], kept: list[Article],
                  kept_shingles: list[tuple[int, ...]], as_set: dict[int, frozenset[int]]) -> Article | None:
    """The first kept article (in order) that ``sh`` nearly repeats, among those whose
    sketches share at least half of ``sketch`` (see ``drop_duplicates``); None if none."""
    votes: Counter[int] = Counter()
    for s in sketch:
        posting = index.get(s, ())
        if len(posting) <= COMMON:
            votes.update(posting)
    need = min(len(sketch), SKETCH)  # sketches of near-duplicates mostly coincide
    for k in sorted(k for k, shared in votes.items() if shared * 2 >= need):
        other = as_set.get(k)
        if other is None:
            other = as_set[k] = frozenset(kept_shingles[k])
        if len(other.intersection(sh)) >= 0.8 * min(len(sh), len(other)):
            return kept[k]
    return None


def _map(fn, items: list, jobs: int, progress: Progress | None = None) -> list:
    """``map`` over worker processes when it pays, in order, deterministic."""
    workers = jobs or (os.cpu_count() or 1)
    out = []
    if not _parallel(len(items), jobs):
        for it in items:
            out.append(fn(*it))
            if progress:
                progress.update(len(out), len(items))
        return out
    from concurrent.futures import ProcessPoolExecutor  # imported late: small builds never need it

    with ProcessPoolExecutor(max_workers=workers) as pool:
        chunk = max(1, min(64, len(items) // (workers * 8)))
        for value in pool.map(_star, [(fn, it) for it in items], chunksize=chunk):
            out.append(value)
            if progress:
                progress.update(len(out), len(items))
    return out


def _parallel(count: int, jobs: int) -> bool:
    """Whether ``_map`` spreads ``count`` items over worker processes."""
    return count >= PARALLEL_FROM and (jobs or os.cpu_count() or 1) > 1


def _star(job):
    fn, args = job
    return fn(*args)


def analyse(sources: Sequence[SourceText], *, jobs: int = 0, cache: Cache | None = None,
            progress: Progress | None = None, memory: dict | None = None) -> Briefing:
    """The whole analysis of already-read sources; pure: same sources, same briefing.

    Per-article work is looked up in ``cache`` first (keyed by the file's name, bytes,
    sidecar and the generator's code), so a rebuild after one seed changed only
    re-processes that seed and the cross-article stage.
    """
    with _collector_paused():
        return _analyse(sources, jobs=jobs, cache=cache, progress=progress, memory=memory)[0]


# Where, in ``Options.memory``, a running process keeps what the comparison across
# articles reads and indexes, for the next build: one dict, the memo every comparison
# takes (the timeline's words of each sentence and label, its merge's record, the index
# of similar sentences, the points, quotes, conflicts, overview and entities, each under
# its own key). Each comparison's result is the same as a fresh call's.
COMPARE = ("incremental", "compare")


def _analyse(sources: Sequence[SourceText], *, jobs: int = 0, cache: Cache | None = None,
             progress: Progress | None = None, memory: dict | None = None, keep: dict | None = None
             ) -> tuple[Briefing, dict[str, str], dict[str, str]]:
    """``analyse``, and the article pages and export items made by the per-article stage
    (by id). ``memory`` (Options.memory) keeps what the comparison reads of unchanged
    sentences for the next build of a running process; ``keep`` (a dict of ``_build``'s
    memo, None outside a running process) what the serial steps around it (ids, cache
    keys, duplicates) did last time. The result is the same with or without them."""
    cache = cache or Cache(None)
    used: dict[str, set[str]] = {"article": set(), "analysis": set()}
    problems: list[Problem] = []
    ids = assign_ids((s.source for s in sources), keep.setdefault("ids", {}) if keep is not None else None)
    ordered = sorted(sources, key=lambda s: s.source)
    keys = _Keys(keep.get("keys") if keep is not None else None)
    keys1 = [keys.get(("article", s.source, ids[s.source], s.digest, s.fmt, s.overrides)) for s in ordered]
    processed: list[Prepared] = _cached_map(prepare, [(s, ids[s.source]) for s in ordered], keys1, "article",
                                            cache, used, jobs, progress)
    articles: list[Article] = []
    shingles: list[tuple[int, ...]] = []
    pages: dict[str, str] = {}
    exports: dict[str, str] = {}
    done_analyses: dict[str, Analysis] = {}
    article_keys: dict[str, str] = {}
    unusable: list[str] = []
    for src, done, k1 in zip(ordered, processed, keys1):
        problems.extend(done.problems)
        if done.article is None:
            unusable.append(src.source)
        else:
            articles.append(done.article)
            shingles.append(done.shingles)
            pages[done.article.id] = done.page
            exports[done.article.id] = done.export
            article_keys[done.article.id] = k1
            if done.analysis is not None:
                done_analyses[done.article.id] = done.analysis
    articles, dup_problems = drop_duplicates(articles, shingles,
                                             keep.setdefault("duplicates", {}) if keep is not None else None)
    problems.extend(dup_problems)
    for a in articles:
        problems.extend(a.problems)

    # Undated articles are analysed now: their dates are guessed with the corpus year.
    year = corpus_year(articles)
    undated = [a for a in articles if a.id not in done_analyses]
    keys2 = [keys.get(("analysis", article_keys[a.id], year)) for a in undated]
    if keep is not None:
        keep["keys"] = keys.made
    for a, an in zip(undated, _cached_map(analyse_article, [(a, year) for a in undated], keys2, "analysis",
                                          cache, used, jobs, progress)):
        done_analyses[a.id] = an
    analyses = [done_analyses[a.id] for a in articles]
    prune(cache, used)
    if progress:
        progress.stage("comparing across articles")
    sents = {a.id: an.sentences for a, an in zip(articles, analyses)}
    mentions = [m for an in analyses for m in an.mentions]
    quotes = [q for an in analyses for q in an.quotes]
    figures = [f for an in analyses for f in an.figures]
    for an in analyses:
        problems.extend(an.problems)

    # The timeline is the largest cross-article job: on a large corpus it runs in a
    # second process while this one compares quotes, points and figures; the entities go
    # to whichever half is shorter (below). In a running process (`mkdocs serve`) the
    # comparisons remember what they did between builds (memo); a forked child's memory
    # is lost when it ends, so only the record of the timeline's merge comes back from it.
    # When that record can be replayed (as many dated mentions as then), a rebuild
    # replays most of the merge: then everything runs here, where the merge also keeps
    # what it made.
    words, memo = None, None
    if memory is not None:
        memo = memory.setdefault(COMPARE, {})
        # Read before the fork, so that the next build's child has them too.
        words = memo["timeline-words"] = timeline.mention_words(mentions, memo.get("timeline-words", {}))
    # Points cost this process little with an index of similar sentences kept from the
    # last build: then the entities are found here, else beside the timeline.
    entities_here = memo is not None and "pairs" in memo
    replaying = memo is not None and timeline.replays(mentions, memo.get("merge"))
    second_half = (_fork_call(_timeline_and_entities, mentions, words, articles, sents,
                              None if entities_here else analyses, memo)
                   if _parallel(len(articles), jobs) and not replaying else None)
    merged_quotes = compare.merge_quotes(quotes, memo=memo)
    units = _text_features(analyses, "units", memo)
    points = compare.find_points(articles, sents, units=units, memo=memo)
    features = {a.id: an.figure_features for a, an in zip(articles, analyses)}
    conflicts = compare.find_conflicts(figures, known=features, memo=memo)
    summary = compare.overview(articles, sents, points, units=units, memo=memo)
    if second_half:
        here = _entities(articles, sents, analyses, memo) if entities_here else None
        compact_events, there, record = second_half()
        entities = here if here is not None else there
        events = _events_from_references(compact_events, mentions)
        if memo is not None and record is not None:
            record.mentions = mentions  # sent without them (see timeline.MergeRecord)
            memo["merge"] = record
    else:
        events, entities = timeline.build_events(mentions, words, memo=memo), _entities(articles, sents, analyses, memo)
    briefing = Briefing(
        articles=tuple(articles),
        sentences=sents,
        events=tuple(events),
        quotes=tuple(merged_quotes),
        figures=tuple(figures),
        points=tuple(points),
        conflicts=tuple(conflicts),
        overview=tuple(summary),
        entities=tuple(entities),
        problems=tuple(_unique(problems)),
        unusable=tuple(unusable),
    )
    return briefing, {a.id: pages[a.id] for a in articles}, {a.id: exports[a.id] for a in articles}


def _entities(articles: Sequence[Article], sents: dict[str, tuple[Sentence, ...]], analyses: Sequence[Analysis],
              memo: dict | None = None) -> tuple[Entity, ...]:
    """compare.find_entities with the names the per-article stage read (``memo``: see _text_features)."""
    return compare.find_entities(articles, sents, names=_text_features(analyses, "names", memo), memo=memo)


def _text_features(analyses: Sequence[Analysis], name: str, memo: dict | None) -> dict[str, list]:
    """The analyses' ``name`` dicts (``units`` or ``names``: sentence text -> what the
    comparison reads of it) merged. With ``memo`` (kept between builds of a running
    process) the merged dict of the last build is kept and only dicts not merged yet are
    added: a text's entry is a pure function of the text, so one left over from an edited
    article is still right, and the lookups give what a fresh merge gives. (Once twice
    as many dicts were merged as there are analyses, it starts afresh: the entries of
    texts edited away do not pile up in a long session.)"""
    if memo is None:
        return {text: f for an in analyses for text, f in getattr(an, name).items()}
    merged, done = memo.pop(name + "-of", None) or ({}, {})
    if len(done) > 2 * len(analyses):
        merged, done = {}, {}
    for an in analyses:
        got = getattr(an, name)
        if id(got) not in done:
            merged.update(got)
            done[id(got)] = got  # kept, so that its id stays its own
    memo[name + "-of"] = (merged, done)
    return merged


def _timeline_and_entities(mentions: Sequence[DateMention], words: dict[str, frozenset[str]] | None,
                           articles: Sequence[Article], sents: dict[str, tuple[Sentence, ...]],
                           analyses: Sequence[Analysis] | None, memo: dict | None
                           ) -> tuple[list, tuple[Entity, ...] | None, timeline.MergeRecord | None]:
    """The second process's half of the cross-article stage: the events (by reference,
    see _events_by_reference), the entities unless ``analyses`` is None, and with a
    ``memo`` (build_events') the merge's record for the next build."""
    entities = _entities(articles, sents, analyses) if analyses is not None else None
    mine = {"merge": memo["merge"]} if memo is not None and "merge" in memo else {}
    events = _events_by_reference(mentions, words, memo=mine if memo is not None else None)
    return events, entities, mine.get("merge")


def _events_by_reference(mentions: Sequence[DateMention], words: dict[str, frozenset[str]] | None = None,
                         memo: dict | None = None) -> list:
    """timeline.build_events, each citation's sentence given as the index of a mention
    carrying it: the events travel back from a child process at a fraction of their
    size, and the parent's own sentence objects are used again (see _events_from_references)."""
    at: dict[int, int] = {}
    for k, m in enumerate(mentions):
        at.setdefault(id(m.sentence), k)
    return [(e.date, e.label, e.approximate, [(at[id(c.sentence)], c.article, c.cue, c.inferred) for c in e.mentions])
            for e in timeline.build_events(mentions, words, memo=memo)]


def _events_from_references(compact: list, mentions: Sequence[DateMention]) -> tuple[Event, ...]:
    """The events _events_by_reference described."""
    return tuple(Event(day, label, tuple(Citation(article, mentions[k].sentence, cue, inferred)
                                         for k, article, cue, inferred in cites), approximate)
                 for day, label, approximate, cites in compact)


def _fork_call(fn, *args):
    """Start ``fn(*args)`` in a forked child process (the arguments are inherited, not
    copied); return a function that waits for and returns its result.

    Where processes cannot be forked, or the child dies, the call runs in this process
    instead: the result is the same either way, only the time differs.
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        return lambda: fn(*args)
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)

    def child() -> None:
        try:
            outcome = (True, fn(*args))
        except BaseException as exc:  # noqa: BLE001 - re-raised in the parent
            outcome = (False, exc)
        send.send(outcome)

    try:
        proc = ctx.Process(target=child, daemon=True)
        proc.start()
    except OSError:
        return lambda: fn(*args)
    send.close()

    def result():
        try:
            ok, value = receive.recv()
        except (EOFError, OSError):  # the child died (killed, out of memory): do it here
            ok, value = True, fn(*args)
        finally:
            receive.close()
            proc.join()
        if not ok:
            raise value
        return value

    return result


def _cached_map(fn, items: list, keys: list[str], kind: str, cache: Cache, used: dict[str, set[str]],
                jobs: int, progress: Progress | None) -> list:
    """``fn(*item)`` for every item, from the cache where possible, the rest computed."""
    results: list = [cache.get(kind, k) for k in keys]
    todo = [i for i, r in enumerate(results) if r is None]
    if progress:
        progress.stage(f"{'processing' if kind == 'article' else 'dating undated'} {len(todo)} of {len(items)} articles")
    disk = cache.disk()  # workers write to disk; this process keeps the results in memory too
    # Worker processes send each result as the pickle they wrote to the cache: pickled
    # once, not once for the cache and again for the trip back.
    pickled = _parallel(len(todo), jobs)
    jobs_ = [(fn, disk, kind, keys[i], items[i], pickled) for i in todo]
    for i, value in zip(todo, _map(_compute_and_cache, jobs_, jobs, progress)):
        if pickled:
            value = pickle.loads(value)
        results[i] = value
        cache.remember(kind, keys[i], value)
    used[kind].update(keys)
    return results


def _compute_and_cache(fn, cache: Cache, kind: str, k: str, args: tuple, pickled: bool = False):
    """``fn(*args)``, stored in the cache by the process that computed it (the workers
    write their own entries, in parallel, instead of the main process after them);
    returned as its pickle when ``pickled``."""
    value = fn(*args)
    if not pickled:
        cache.put(kind, k, value)
        return value
    blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    cache.put_pickled(kind, k, blob)
    return blob


class Progress:
    """A one-line progress display on a terminal; silent in logs, pipes and CI."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.enabled = bool(getattr(stream, "isatty", lambda: False)()) and not os.environ.get("CI")
        self.started = time.monotonic()
        self.last = 0.0
        self.label = ""

    def stage(self, label: str) -> None:
        self.label = label
        self.update(0, 0)

    def update(self, done: int, total: int) -> None:
        now = time.monotonic()
        # Only builds that take a while show progress, and at most five updates a second.
        if not self.enabled or now - self.started < 2.0 or (now - self.last < 0.2 and done != total):
            return
        self.last = now
        count = f" {done}/{total}" if total else ""
        self.stream.write(f"\r\x1b[Kbriefing: {self.label}{count}")
        self.stream.flush()

    def done(self) -> None:
        if self.enabled and self.last:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _unique(problems: Iterable[Problem]) -> list[Problem]:
    """Each warning once (the same problem raised twice is printed once)."""
    return list(dict.fromkeys(problems))


@contextlib.contextmanager
def _collector_paused():
    """Pause the cycle collector while a build runs.

    A build allocates millions of small, long-lived, acyclic records; the collector
    walks them again and again to find almost nothing (measured on 10,000 articles:
    0.6-1.3 s of a 29 s build, the same peak memory). Reference counting still frees
    everything as usual. The previous state is restored afterwards, so MkDocs, running
    the build from its hook, keeps its own and collects any cycle left.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def build(options: Options) -> BuildResult:
    """Read ``options.seeds``, analyse, render and write into ``options.docs``; see ``_build``."""
    with _collector_paused():
        return _build(options)


# Where, in ``Options.memory``, a running process keeps what read, render and write
# remember between builds (a pair, like the cache's (kind, key) entries beside it).
INCREMENTAL = ("incremental", "read-render-write")


def _build(options: Options) -> BuildResult:
    """Read ``options.seeds``, analyse, render and write into ``options.docs``.

    When the seeds, their sidecars and the generator's code are exactly those of the
    build that wrote ``options.docs`` (the stamp in its manifest) and its files are all
    there, nothing is analysed or written again.

    With ``options.memory``, read, render and write remember what they did (the seeds'
    stats and decoded texts, rendered pages and items, the texts written and their
    files' stats) for the next build of the same process; the memo is taken out while
    the build runs and put back only when it completed, so a failed build leaves none
    half-updated.
    """
    memo: dict = {}
    if options.memory is not None:
        kept = options.memory.pop(INCREMENTAL, None)
        if isinstance(kept, dict) and kept.get("seeds") == options.seeds and kept.get("docs") == options.docs:
            memo = kept
    result = _build_with(options, memo)
    if options.memory is not None:
        options.memory[INCREMENTAL] = {**memo, "seeds": options.seeds, "docs": options.docs}
    return result


def _build_with(options: Options, memo: dict) -> BuildResult:
    """``_build``, with ``memo`` (a dict: its "read", "render" and "write" parts) filled in."""
    progress = Progress(sys.stderr) if options.progress else None
    live = options.memory is not None  # a running process: remember for the next build
    sources, read_problems = read.read_folder(options.seeds, memo.setdefault("read", {}) if live else None)
    stamp = key("corpus", [(s.source, s.digest, s.fmt, s.overrides) for s in sorted(sources, key=lambda s: s.source)],
                [str(p) for p in read_problems])
    previous = manifest_data(options.docs)
    if previous.get("stamp") == stamp and all((options.docs / f).is_file() for f in previous.get("files", [])):
        summary = previous.get("summary", {})
        return BuildResult(
            None, WriteReport((), len(previous.get("files", [])), (), ()), dict(summary.get("counts", {})),
            tuple(Problem(src, msg) for src, msg in summary.get("problems", [])), tuple(summary.get("unusable", [])),
            up_to_date=True)
    briefing, pages, exports = _analyse(sources, jobs=options.jobs, cache=Cache(options.cache, options.memory),
                                        progress=progress, memory=options.memory,
                                        keep=memo.setdefault("analyse", {}) if live else None)
    briefing = replace(briefing, problems=tuple(_unique([*read_problems, *briefing.problems])))
    if progress:
        progress.stage("writing pages")
    files = render_site(briefing, pages, exports, memo.setdefault("render", {}) if live else None)
    read_ok = {s.source for s in sources}
    unusable = sorted({p.source for p in read_problems if p.source and p.source not in read_ok
                       and not p.source.endswith((".yml", ".yaml"))} | set(briefing.unusable))
    counts = {"articles": len(briefing.articles), "events": len(briefing.events), "quotes": len(briefing.quotes),
              "figures": len(briefing.figures), "conflicts": len(briefing.conflicts)}
    summary = {"counts": counts, "problems": [[p.source, p.message] for p in briefing.problems], "unusable": unusable}
    report = write_output(options.docs, files, extra={"stamp": stamp, "summary": summary},
                          memo=memo.setdefault("write", {}) if live else None)
    if progress:
        progress.done()
    problems = tuple(_unique([*briefing.problems, *report.problems]))
    return BuildResult(briefing, report, counts, problems, tuple(unusable))
