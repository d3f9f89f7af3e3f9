"""The timeline's events: dated mentions from every article, merged across articles.

Two mentions are the same event when their dates are compatible (their calendar
stretches overlap: "May 2019" and "2019" agree, "10 September" and "13 September" do
not) and their sentences are about the same thing; an event is dated by its most
precise mentions, and a coarser one ("April" beside "19 April") only supports it: it
is cited, never counted for a day it does not name (they share rare content words:
names, nouns; words are cut to rough stems so "delayed" meets "delay"). Outlets word
one event differently ("the strike began", "dock workers walked out"), so a mention
left alone after that first pass may still join another article of the same story
(articles sharing many rare words) that gives the very same value, on one shared word.
An undated article's guessed years move to the year its story's dated reports agree on.
Mentions are blocked by month or year and indexed by content word; a word used by many
events of one block finds no candidates there (it still counts in the similarity), and
an event compares a newcomer with a bounded number of its reports, so the work grows
with the mentions, never with all pairs of the corpus nor with the size of a story.
Repeated wording (syndicated copy, a sentence reused) finds its candidates and scores
from what was found earlier in the same call while that is still true, so the same
work is not done twice. ``build_events`` is a pure function of the mentions.
"""
from __future__ import annotations

import dataclasses
import datetime
import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from math import fsum  # exactly rounded: a sum over a set must not depend on its order

from .models import Citation, DateMention, Event
from .text import TIME_WORDS, CappedIndex, content_words, opens_on_pronoun

Date = datetime.date

# A calendar value the timeline can place (see dates.py): day, month, year, week,
# weekend, quarter, half, season, decade, century.
DAY_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
MONTH_RE = re.compile(r"(\d{4})-(\d{2})")
YEAR_RE = re.compile(r"(\d{4})")
WEEK_RE = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
PART_RE = re.compile(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)")
DECADE_RE = re.compile(r"(\d{3})X")
CENTURY_RE = re.compile(r"(\d{2})")
# Above this many events (clusters) in one block, a word is too common there to find
# candidates by (it still counts in the similarity). Counted per block and in events, not
# in mentions over the corpus: a story reported 500 times is one event per block, and
# its words stay good keys however large the corpus grows.
BUCKET_LIMIT = 64
# An event compares a newcomer with at most this many of its members with distinct words
# (its first, most precise ones), and, for the same-story rule, with at most this many of
# its members giving each value: an event of hundreds of reports is scored in bounded time.
MEMBER_LIMIT = 16
# A mention is scored against at most this many candidate events (with dates that fit):
# those found by the most of its key words. A year mention of a busy story otherwise
# meets every event of that year.
CANDIDATE_LIMIT = 16
# Share of the rarer side's word weight two mentions must share to be one event.
MERGE_THRESHOLD = 0.25
# The same, for two mentions in one article (a repeated event, not a second report).
SAME_ARTICLE_THRESHOLD = 0.6
# Two reports of one story, giving the very same value (a day, a month, a quarter),
# need only one shared word and this share: outlets word one event differently
# ("the strike began", "dock workers walked out").
SAME_STORY_THRESHOLD = 0.1
# Share of the rarer article's word weight two articles must share to be one story.
STORY_THRESHOLD = 0.15
# The widest value (in days) the same-story rule trusts: a year holds too many events.
SAME_STORY_SPAN = 184


@functools.lru_cache(maxsize=1 << 16)  # a pure function of one value: the cache only saves time
def value_bounds(value: str) -> tuple[Date, Date] | None:
    """First and last day of the calendar stretch an ISO/TimeML value names, or None for
    vague or unresolved values (PRESENT_REF, XXXX-09-10)."""
    if "/" in value:
        a, _, b = value.partition("/")
        first, last = value_bounds(a), value_bounds(b)
        if first is None or last is None or last[1] < first[0]:
            return None
        return first[0], last[1]
    try:
        if m := DAY_RE.fullmatch(value):
            d = Date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := WEEK_RE.fullmatch(value):
            monday = Date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return monday + datetime.timedelta(days=5), monday + datetime.timedelta(days=6)
            return monday, monday + datetime.timedelta(days=6)
        if m := MONTH_RE.fullmatch(value):
            y, mo = int(m[1]), int(m[2])
            return Date(y, mo, 1), _month_end(y, mo)
        if m := PART_RE.fullmatch(value):
            y, part = int(m[1]), m[2]
            first_month, months = {
                "Q1": (1, 3), "Q2": (4, 3), "Q3": (7, 3), "Q4": (10, 3), "H1": (1, 6), "H2": (7, 6),
                "SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (12, 3),
            }[part]
            last_month = first_month + months - 1
            end_y, end_m = y + (last_month - 1) // 12, (last_month - 1) % 12 + 1
            return Date(y, first_month, 1), _month_end(end_y, end_m)
        if m := YEAR_RE.fullmatch(value):
            y = int(m[1])
            return Date(y, 1, 1), Date(y, 12, 31)
        if m := DECADE_RE.fullmatch(value):
            y = int(m[1]) * 10
            return Date(max(1, y), 1, 1), Date(y + 9, 12, 31)
        if m := CENTURY_RE.fullmatch(value):
            y = int(m[1]) * 100
            return Date(max(1, y), 1, 1), Date(y + 99, 12, 31)
    except ValueError:
        return None
    return None


def _month_end(y: int, m: int) -> Date:
    nxt = Date(y + 1, 1, 1) if m == 12 else Date(y, m + 1, 1)
    return nxt - datetime.timedelta(days=1)


@functools.lru_cache(maxsize=1 << 16)  # a pure function of one text (many mentions share one): saves time only
def event_words(text: str) -> frozenset[str]:
    """The words of ``text`` that say what happened: its content words without numbers
    and the words that say when (every event of a date shares them)."""
    return frozenset(w for w in content_words(text, TIME_WORDS) if not w.isdigit())


@dataclass(slots=True, frozen=True)
class _Item:
    """A mention ready for merging: its date stretch, its words and their idf weights."""

    mention: DateMention
    first: Date
    last: Date
    label_words: frozenset[str]
    words: frozenset[str]  # label and sentence words
    label_weight: float = 0.0  # idf weight of label_words
    weight: float = 0.0  # idf weight of words
    keys: tuple[str, ...] = ()  # the words another mention also uses (sorted): index keys
    pair: tuple[int, int] = (0, 0)  # its word sets (words, label_words), numbered: equal sets, equal numbers
    repeated: bool = False  # other mentions use the same pair of word sets
    precision: str = "day"  # "day", "month", "year" or "other" (precision_of): events keep to one


@dataclass(slots=True)
class _Cluster:
    """An event being built: its members (most precise first) and their shared stretch."""

    items: list[_Item]
    first: Date
    last: Date
    articles: set[str]
    precision: str  # its members' precision (precision_of): one per event
    # One member per distinct pair of word sets (all a similarity needs), MEMBER_LIMIT at most.
    distinct: dict[tuple[int, int], _Item] = dataclasses.field(default_factory=dict)
    # value -> members giving it (at most MEMBER_LIMIT each), for the same-story rule.
    by_value: dict[str, list[_Item]] = dataclasses.field(default_factory=dict)
    # A repeated pair of word sets -> (distinct members compared, best closeness).
    seen: dict[tuple[int, int], tuple[int, float]] = dataclasses.field(default_factory=dict)


def build_events(mentions: Sequence[DateMention]) -> tuple[Event, ...]:
    """Merge mentions of the same event from different articles into one Event citing
    each (Citation with cue=expr.text, inferred=expr.inferred); sorted chronologically,
    deterministic. Same event = dates compatible at the coarser precision AND sentences
    about the same thing (e.g. content-word / named-entity overlap). Different things on
    the same day stay separate unless they are reports of one story's day: groups of
    reports of one story giving the same day or month, which share rare words, become
    one entry, as a journalist's timeline gives a day one line (see _Merger.regroup). Near-linear: block by date prefix and index by content
    words; never compare all pairs over the whole corpus.

    Mentions whose value names no calendar stretch (vague, XXXX) are left out. Two
    mentions from one article merge only when clearly the same (a repeated event).
    A mention with no clear partner joins a report of the same story giving the same
    value (day, month, quarter; not a year) when they share one rare enough word. An
    article's guessed years (no publication date) are moved when that makes more of its
    dates equal to those of dated articles of its story (the mentions stay inferred).

    ``words`` (see mention_words) holds content words read ahead: a running process keeps
    them between builds, so that only changed sentences are read again.

    """
    # (label, sentence) -> (label words, label and sentence words, the two sets numbered):
    # members are told apart by their word sets' numbers (two sentences differing only in
    # numbers or stopwords score the same).
    both_of: dict[tuple[str, str], tuple[frozenset[str], frozenset[str], tuple[int, int]]] = {}
    number: dict[frozenset[str], int] = {}
    rows = []
    for m in mentions:
        bounds = value_bounds(m.expr.value)
        if bounds is None:
            continue
        texts = (m.label, m.sentence.text)
        got = both_of.get(texts)
        if got is None:
            label_words = event_words(m.label)
            words = label_words | event_words(m.sentence.text)
            got = both_of[texts] = (label_words, words, (number.setdefault(words, len(number)),
                                                         number.setdefault(label_words, len(number))))
        rows.append((m, bounds, *got))
    # Word weights need every mention's words, which aligning guessed years (below)
    # leaves alone: they are weighed first, so that each _Item is made once, complete.
    pairs = Counter(row[4] for row in rows)  # mentions using each pair of word sets
    uses = Counter(row[4][0] for row in rows)  # mentions using each set of words
    sets = {no: words for words, no in number.items()}
    df: Counter[str] = Counter()
    for no, k in uses.items():
        for w in sets[no]:
            df[w] += k
    n = len(rows)
    # Smoothed so that a word shared by every mention of a tiny corpus still counts a little.
    idf = {w: math.log(1 + n / c) for w, c in df.items()}
    # A word no other mention uses finds no partner: not worth indexing.
    indexed = {w for w, c in df.items() if c > 1}
    # Each pair's weights (summed exactly, so in any order) and index keys, made once.
    made: dict[tuple[int, int], tuple[float, float, tuple[str, ...]]] = {}
    items: list[_Item] = []
    for m, (first, last), label_words, words, pair in rows:
        got = made.get(pair)
        if got is None:
            got = made[pair] = (fsum(map(idf.__getitem__, label_words)), fsum(map(idf.__getitem__, words)),
                                tuple(sorted(words & indexed)))
        items.append(_Item(m, first, last, label_words, words, *got, pair, pairs[pair] > 1,
                           precision_of(m.expr.value)))
    stories = _Stories(items)
    items = _align_guessed_years(items, stories)
    # Most precise first, so that a cluster's first member carries the best date.
    items.sort(key=lambda it: ((it.last - it.first).days, it.first, it.mention.article,
                               it.mention.sentence.index, it.mention.expr.start))
    merger = _Merger(idf, stories)
    # Two passes: clear partners (two shared words) first; then a mention left alone
    # may join another outlet's report of the same story and value (the looser rule),
    # so that rule never takes a place a clear match would have had.
    for it in items:
        merger.place(it)
    for ci in range(len(merger.clusters)):
        merger.rehome(ci)
    for ci in range(len(merger.clusters)):
        merger.regroup(ci)
    return tuple(sorted((_event(c, merger.idf) for c in merger.clusters if c.items), key=_event_key))


class _Merger:
    """The clusters built so far and their _Index (block, word -> clusters)."""

    def __init__(self, idf: dict[str, float], stories: _Stories) -> None:
        self.idf = idf
        self.stories = stories
        self.clusters: list[_Cluster] = []
        self.index = _Index()
        # Candidates found since the index and the clusters' stretches last changed, by
        # (keys, first, last, relaxed, skip): mentions with the same words (a repeated
        # sentence, syndicated copy) and dates find the same candidates while nothing
        # changed, and on a large corpus the index soon stops changing. Cleared at each
        # change, so it holds only what is still true.
        self.found: dict[tuple[tuple[str, ...], Date, Date, bool, int, str], list[int]] = {}
        self.found_when = (0, 0)  # (index.changes, reshaped) when self.found was filled
        self.reshaped = 0  # changes of a cluster's stretch, or a cluster emptied

    def place(self, it: _Item) -> None:
        """Add it to the cluster it matches best, or start a new cluster with it."""
        best = self._best(it, relaxed=False, skip=-1)
        if best is None:
            self.clusters.append(_Cluster([it], it.first, it.last, {it.mention.article}, it.precision,
                                          {it.pair: it}, {it.mention.expr.value: [it]}))
            self.index.add(len(self.clusters) - 1, it.keys, it.first, it.last)
        elif self._join(it, best):
            self.index.add(best, it.keys, it.first, it.last)

    def rehome(self, ci: int) -> None:
        """A cluster of one mention joins, by the same-story rule, the cluster that fits
        it best (its own is left empty), or stays."""
        c = self.clusters[ci]
        if len(c.items) != 1:
            return
        it = c.items[0]
        best = self._best(it, relaxed=True, skip=ci)
        if best is not None:
            self._move(ci, best)

    def _move(self, ci: int, target: int) -> None:
        """Every member of cluster ci joins cluster target; ci is left empty."""
        c = self.clusters[ci]
        moving = list(c.items)
        c.items.clear()
        c.distinct.clear()
        c.by_value.clear()
        self.reshaped += 1
        for it in moving:
            if self._join(it, target):
                self.index.add(target, it.keys, it.first, it.last)

    def _same_story(self, it: _Item, c: _Cluster) -> float | None:
        """The same-story rule's score of it against cluster c: its closeness to the
        members of c that give its very value in an article of its story (one shared
        word suffices), or None when there is none."""
        same = [o for o in c.by_value.get(it.mention.expr.value, ())
                if self.stories.same(it.mention.article, o.mention.article)]
        return max(_similarity(it, o, self.idf, min_shared=1) for o in same) if same else None

    def regroup(self, ci: int) -> None:
        """A cluster joins, whole, another report of its story's event on the very same
        day or month: at least half its distinct members each share a rare word with a
        member of the other giving the same value in an article of the same story (the
        same-story rule, member by member: "the count began yesterday" and "the hand
        count began on Monday"). A cluster of one was placed by rehome."""
        c = self.clusters[ci]
        if len(c.items) < 2 or c.precision not in ("day", "month") or (c.last - c.first).days > SAME_STORY_SPAN:
            return
        members = list(c.distinct.values())
        votes: Counter[int] = Counter()
        for it in members:
            partners = set()
            for di in self._candidates(it, True, ci):
                d = self.clusters[di]
                if d.precision == c.precision and (self._same_story(it, d) or 0.0) >= SAME_STORY_THRESHOLD:
                    partners.add(di)
            votes.update(partners)
        if not votes:
            return
        target, n = min(votes.items(), key=lambda kv: (-kv[1], kv[0]))
        if 2 * n >= len(members):
            self._move(ci, target)

    def _candidates(self, it: _Item, relaxed: bool, skip: int) -> list[int]:
        """The clusters it may belong to, found through its keys in the blocks of its
        reach whose dates overlap its own: at most CANDIDATE_LIMIT, those found by the
        most keys, ties to the earliest. Clusters found by a single key are left out
        unless relaxed (the same-story rule needs one word) or a key was too common
        somewhere to look up (then a second shared word may be hidden there)."""
        when = (self.index.changes, self.reshaped)
        if when != self.found_when:
            self.found.clear()
            self.found_when = when
        clusters, first, last, precision = self.clusters, it.first, it.last, it.precision
        asked = (it.keys, first, last, relaxed, skip, precision)
        live = self.found.get(asked)
        if live is not None:
            return live
        count, hidden = self.index.count(it.keys, first, last)
        need = 1 if relaxed or hidden else 2
        live = [ci for ci, k in count.items() if k >= need and ci != skip and (c := clusters[ci]).items
                and c.first <= last and first <= c.last]  # dates overlap
        if len(live) > CANDIDATE_LIMIT:
            # The most keys first, ties to the earliest: sorting by index, then (stably)
            # by count descending, orders by (-count, index) with a C key function.
            live.sort()
            live.sort(key=count.__getitem__, reverse=True)
            del live[CANDIDATE_LIMIT:]
        self.found[asked] = live  # shared with later askers: never changed
        return live

    def _best(self, it: _Item, relaxed: bool, skip: int) -> int | None:
        """The candidate cluster it fits best (the highest score, ties to the earliest,
        whatever the order of the candidates), or None when it belongs to none: its
        closeness must reach MERGE_THRESHOLD, SAME_ARTICLE_THRESHOLD for an article
        repeating itself (it must be clearly about the same thing); when relaxed, a
        report of the same story giving the same value needs only SAME_STORY_THRESHOLD."""
        best, best_score = -1, 0.0
        clusters, article = self.clusters, it.mention.article
        for ci in self._candidates(it, relaxed, skip):  # their dates overlap its own
            c = clusters[ci]
            score = self._closeness(it, c)
            repeat = article in c.articles
            need = SAME_ARTICLE_THRESHOLD if repeat else MERGE_THRESHOLD
            if relaxed and score < need and not repeat and (it.last - it.first).days <= SAME_STORY_SPAN:
                same = self._same_story(it, c)
                if same is not None:
                    score, need = same, SAME_STORY_THRESHOLD
            if score >= need and (best < 0 or score > best_score or (score == best_score and ci < best)):
                best, best_score = ci, score
        return best if best >= 0 else None

    def _join(self, it: _Item, ci: int) -> bool:
        """Add it to cluster ci; True when it is kept among the members compared with
        newcomers (then its words are worth filing)."""
        c = self.clusters[ci]
        c.items.append(it)
        if it.first > c.first or it.last < c.last:  # the stretch narrows: candidates change
            c.first, c.last = max(c.first, it.first), min(c.last, it.last)
            self.reshaped += 1
        c.articles.add(it.mention.article)
        same = c.by_value.setdefault(it.mention.expr.value, [])
        if len(same) < MEMBER_LIMIT:
            same.append(it)
        if it.pair in c.distinct:
            return True
        if len(c.distinct) >= MEMBER_LIMIT:
            return False
        c.distinct[it.pair] = it
        return True

    def _closeness(self, it: _Item, c: _Cluster) -> float:
        """max(_similarity(it, other) for other in c's distinct members). For word sets
        several mentions use (syndicated copy, a repeated sentence), the result is
        remembered per cluster and later only new members are compared."""
        remember = it.repeated
        start, score = 0, 0.0
        if remember:
            got = c.seen.get(it.pair)
            if got is not None and got[0] <= len(c.distinct):
                start, score = got
                if start == len(c.distinct):
                    return score  # no member joined since: nothing new to compare
        idf, words = self.idf, it.words
        others = itertools.islice(c.distinct.values(), start, None) if start else c.distinct.values()
        for other in others:  # members with the same word sets score the same
            if words.isdisjoint(other.words):  # the most common case, told without a new set
                continue
            s = _similarity(it, other, idf)
            score = max(score, s)
        if remember:
            c.seen[it.pair] = (len(c.distinct), score)
        return score


class _Index:
    """Where the clusters' words are: per block, a capped index word -> indices of
    clusters with a member in that block using that word (in order of filing, each
    once); a word more than BUCKET_LIMIT clusters use in a block is too common there to
    find candidates by. A block is a month for mentions of a month or finer, a year for
    coarser ones (see _blocks)."""

    def __init__(self) -> None:
        self.blocks: dict[str, CappedIndex[str]] = {}  # block -> word -> clusters
        self.changes = 0  # changes so far: a count is still true while this stays the same
        self.filed: set[tuple[int, tuple[str, ...], tuple[str, ...]]] = set()  # (cluster, keys, blocks) filed

    def add(self, ci: int, keys: tuple[str, ...], first: Date, last: Date) -> None:
        """File cluster ci under each of keys in the blocks of a mention of first..last."""
        home, _ = _blocks(first, last)
        # A bucket only gains clusters or is dropped: filing the same again changes
        # nothing (members of one event often share their words and dates).
        filing = (ci, keys, home)
        if filing in self.filed:
            return
        self.filed.add(filing)
        for block in home:
            in_block = self.blocks.get(block)
            if in_block is None:
                in_block = self.blocks[block] = CappedIndex(BUCKET_LIMIT)
            postings, over = in_block.postings, in_block.over
            for w in keys:
                bucket = postings.get(w)
                if (bucket is None and w in over) or (bucket is not None and ci in bucket):
                    continue
                self.changes += 1
                in_block.add(w, ci)

    def count(self, keys: Sequence[str], first: Date, last: Date) -> tuple[Counter[int], bool]:
        """How many of keys find each cluster in the blocks a mention of first..last
        searches (a cluster found by one key in several blocks counts once); and whether
        one of keys is too common to look up in one of those blocks (a shared word may be
        hidden there).

        The hot loop of the merge, so the lookups and the count are done in C (map,
        filter, chain, Counter): every bucket found is counted, then the few clusters
        found in two of the searched blocks are counted again key by key, so that one
        key finding a cluster twice counts once."""
        blocks = [b for block in _blocks(first, last)[1] if (b := self.blocks.get(block)) is not None]
        hidden = any(not b.over.isdisjoint(keys) for b in blocks)
        places = [b.postings for b in blocks]
        found = [buckets for place in places if (buckets := [*filter(None, map(place.get, keys))])]
        count = Counter(itertools.chain.from_iterable(itertools.chain.from_iterable(found)))
        if len(found) > 1:
            seen: set[int] = set()
            twice: set[int] = set()
            for buckets in found:
                here = set().union(*buckets)
                twice |= seen & here
                seen |= here
            for ci in twice:
                count[ci] = sum(1 for w in keys if any(ci in bucket for place in places if (bucket := place.get(w))))
        return count, hidden


@functools.lru_cache(maxsize=1 << 16)  # a pure function of a stretch: the cache only saves time
def _blocks(first: Date, last: Date) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The blocks a mention is filed under, and the blocks to search for its partners.

    A day, week or month is filed under its month(s) and searches them and their
    year(s); a quarter, year or decade is filed under its years and searches those and
    their months. A stretch over twelve years (a century) is filed nowhere: too vague
    to merge."""
    years = tuple(str(y) for y in range(first.year, last.year + 1))
    if (last - first).days <= 62:
        months: list[str] = []
        d = first.replace(day=1)
        while d <= last:
            months.append(f"{d.year}-{d.month:02d}")
            d = (d + datetime.timedelta(days=32)).replace(day=1)
        return tuple(months), tuple(months) + years
    if len(years) > 12:
        return (), ()
    return years, years + tuple(f"{y}-{m:02d}" for y in years for m in range(1, 13))


# A year written out in the date words: then the year was read, not guessed.
WRITTEN_YEAR_RE = re.compile(r"\d{4}|['’]\d{2}\b")
# The year shifts tried for an undated article's guessed years.
YEAR_SHIFTS = (-1, 1, -2, 2, -3, 3)


def _guessed_year(m: DateMention) -> bool:
    """The value's year is a guess: inferred, and no year in the date words."""
    return m.expr.inferred and not WRITTEN_YEAR_RE.search(m.expr.text)


def _shift_value(value: str, k: int) -> str | None:
    """value moved k years (days, months, quarters, halves, seasons, years), or None."""
    if not (DAY_RE.fullmatch(value) or MONTH_RE.fullmatch(value) or PART_RE.fullmatch(value)
            or YEAR_RE.fullmatch(value)):
        return None
    shifted = f"{int(value[:4]) + k:04d}{value[4:]}"
    return shifted if value_bounds(shifted) else None


def _align_guessed_years(items: list[_Item], stories: _Stories) -> list[_Item]:
    """An article with no publication date had its year-less dates ("on 9 March") put in
    a guessed year (the corpus's). When moving them all by a few years makes more of them
    equal to dates that dated reports of the same story give, they move (still inferred).
    Candidates are found by value, so the work grows with the guessed mentions only."""
    dated: dict[str, set[str]] = {}  # value -> articles that give it without a guess
    guessed: dict[str, list[int]] = {}  # article -> its items with a guessed year
    for i, it in enumerate(items):
        if _guessed_year(it.mention):
            guessed.setdefault(it.mention.article, []).append(i)
        elif not it.mention.expr.inferred:
            dated.setdefault(it.mention.expr.value, set()).add(it.mention.article)
    out = list(items)
    for article, idxs in sorted(guessed.items()):
        values = [items[i].mention.expr.value for i in idxs]
        best_k, best = 0, _agreement(article, values, 0, dated, stories)
        for k in YEAR_SHIFTS:
            n = _agreement(article, values, k, dated, stories)
            if n > best:
                best_k, best = k, n
        if best_k == 0:
            continue
        for i in idxs:
            it = items[i]
            value = _shift_value(it.mention.expr.value, best_k)
            bounds = value_bounds(value) if value else None
            if value is None or bounds is None:
                continue
            m = dataclasses.replace(it.mention, expr=dataclasses.replace(it.mention.expr, value=value))
            out[i] = dataclasses.replace(it, mention=m, first=bounds[0], last=bounds[1])
    return out


def _agreement(article: str, values: Sequence[str], k: int, dated: dict[str, set[str]],
               stories: _Stories) -> int:
    """How many of an article's values, moved k years, another article of its story gives."""
    n = 0
    for value in values:
        moved = value if k == 0 else _shift_value(value, k)
        if moved and any(a != article and stories.same(article, a) for a in dated.get(moved, ())):
            n += 1
    return n


class _Stories:
    """Which articles report one story: those whose dated sentences share enough rare
    words (idf-weighted share of the smaller article's words, STORY_THRESHOLD)."""

    def __init__(self, items: Sequence[_Item]) -> None:
        words: dict[str, set[str]] = {}
        for it in items:
            words.setdefault(it.mention.article, set()).update(it.words)
        df = Counter(itertools.chain.from_iterable(words.values()))  # articles using each word
        n = len(words)
        self._idf = {w: math.log(1 + n / c) for w, c in df.items()}
        self._words = words
        self._weight = {a: fsum(map(self._idf.__getitem__, ws)) for a, ws in words.items()}
        self._known: dict[tuple[str, str], bool] = {}  # per build: each pair is weighed once

    def same(self, a: str, b: str) -> bool:
        key = (a, b) if a < b else (b, a)
        known = self._known.get(key)
        if known is None:
            x, y = self._words.get(a, set()), self._words.get(b, set())
            smaller = min(self._weight.get(a, 0), self._weight.get(b, 0))
            common = fsum(self._idf[w] for w in x & y)
            known = self._known[key] = smaller > 0 and common / smaller >= STORY_THRESHOLD
        return known


def _similarity(a: _Item, b: _Item, idf: dict[str, float], min_shared: int = 2) -> float:
    """How much two mentions are about the same thing (0..1): the idf-weighted share of
    the smaller side's content words they have in common, taken over the labels and
    over the whole sentences, whichever is higher. Fewer than min_shared shared words: 0."""
    shared = a.words & b.words
    if len(shared) < min_shared:
        return 0.0
    label = 0.0
    label_shared = a.label_words & b.label_words
    if len(label_shared) >= 2:
        smaller = min(a.label_weight, b.label_weight)
        label = fsum(map(idf.__getitem__, label_shared)) / smaller if smaller > 0 else 0.0
    smaller = min(a.weight, b.weight)
    return max(label, fsum(map(idf.__getitem__, shared)) / smaller if smaller > 0 else 0.0)


def _event(c: _Cluster, idf: dict[str, float]) -> Event:
    """The Event of a cluster: dated by its most precise member; a member of coarser
    precision ("April" beside "19 April") only supports it (Citation.support): it is
    cited, never counted for the day it does not name. ``idf``: word weights, to find
    the entry most central to the reports (_entry)."""
    rep = c.items[0]
    cites = [Citation(it.mention.article, it.mention.sentence, cue=it.mention.expr.text,
                      inferred=it.mention.expr.inferred, support=it.precision != rep.precision,
                      value=timeline_value(it.mention.expr.value)) for it in c.items]
    if len(cites) > 1:
        cites.sort(key=lambda ct: (ct.article, ct.sentence.index, ct.cue))
    # ≈ for a date inferred (its year or its anchor) or given only roughly (a week, a
    # season, a quarter, a decade); "May 2019" and "2019" are exact at their precision.
    rough = rep.precision == "other"
    inferred = all(it.mention.expr.inferred for it in c.items) or rep.mention.expr.inferred
    return Event(timeline_value(rep.mention.expr.value), _entry(c.items, rep, idf), tuple(cites),
                 approximate=rough or inferred)


# An entry is the best source's whole sentence when it is at most this long.
ENTRY_WORDS = 60


def _entry(items: Sequence[_Item], rep: _Item, idf: dict[str, float] | None = None) -> str:
    """What the event's entry says: the whole sentence of its best source (of the event's
    own precision, a complete sentence of at most ENTRY_WORDS words; one naming its
    subject before one opening on "he" or "she", then the one the other outlets' reports
    share most words with, then the earliest in its article, then the shortest), else the
    dated clause with its subject (mentions), else (the clause is a window of words
    without one) a sentence however long: never a fragment whose subject is unknown. A
    photo caption dated on the day shares little with the reports."""
    own = [it for it in items if it.precision == rep.precision]
    whole = [it for it in own if it.mention.sentence.text.rstrip().endswith((".", "!", "?", "”", '"', "’", "'"))]
    short = [it for it in whole if len(it.mention.sentence.text.split()) <= ENTRY_WORDS]
    if short:
        whole = short
    elif rep.mention.label.lstrip("\"“‘'")[:1].isupper() or rep.mention.label[:1].isdigit():
        return rep.mention.label
    whole = whole or own
    central: dict[tuple[int, int], float] = {}
    if idf is not None and len({it.mention.article for it in items}) > 1:
        distinct = list({it.pair: it for it in items}.values())[:ENTRY_PEERS]
        for it in whole:
            if it.pair not in central:
                best_per: dict[str, float] = {}
                for o in distinct:
                    if o.mention.article != it.mention.article:
                        sim = _similarity(it, o, idf, min_shared=1)
                        best_per[o.mention.article] = max(best_per.get(o.mention.article, 0.0), sim)
                central[it.pair] = round(fsum(best_per.values()), 6)
    best = min(whole, key=lambda it: (opens_on_pronoun(it.mention.sentence.text), -central.get(it.pair, 0.0),
                                      it.mention.sentence.index,
                                      len(it.mention.sentence.text), it.mention.article, it.mention.sentence.text))
    return best.mention.sentence.text.strip()


# How many distinct reports an entry's candidates are compared with (an event of
# hundreds of reports is read in bounded time).
ENTRY_PEERS = 16


def precision_of(value: str) -> str:
    """How precise a calendar value is: "day", "month", "year" or "other" (weeks,
    quarters, seasons, decades). Mentions of one precision make an event: a month or a
    year never joins a day (it would count for a day it does not name)."""
    if DAY_RE.fullmatch(value):
        return "day"
    if MONTH_RE.fullmatch(value):
        return "month"
    if YEAR_RE.fullmatch(value):
        return "year"
    return "other"


def timeline_value(value: str) -> str:
    """The value as the timeline shows it: a week or weekend becomes its days as an
    interval ("2019-W37" -> "2019-09-09/2019-09-15"), which sorts and compares with
    months and days by prefix; other values are kept."""
    if WEEK_RE.fullmatch(value):
        bounds = value_bounds(value)
        if bounds:
            return f"{bounds[0].isoformat()}/{bounds[1].isoformat()}"
    return value


def _event_key(e: Event) -> tuple:
    bounds = value_bounds(e.date)
    first, last = bounds if bounds else (Date.max, Date.max)
    first_cite = e.mentions[0]
    return (first, last, e.label, first_cite.article, first_cite.sentence.index, first_cite.cue)
