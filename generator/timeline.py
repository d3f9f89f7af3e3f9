"""The timeline's events: dated mentions from every article, merged across articles.

Two mentions are the same event when their dates are compatible (their calendar
stretches overlap: "May 2019" and "2019" agree, "10 September" and "13 September" do
not) and their sentences are about the same thing (they share rare content words:
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
from what was remembered while that is still true, so the same work is not done twice.
A running process (`mkdocs serve`) keeps a record of the merge between builds: after an
edit, every decision that provably cannot have changed is taken from it (_Replaying),
and the result is the same as a fresh merge's.
"""
from __future__ import annotations

import dataclasses
import datetime
import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass
from math import fsum  # exactly rounded: a sum over a set must not depend on its order

from .models import Citation, DateMention, Event

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
# Content words of a sentence: letters (with inner apostrophes or hyphens) or alphanumerics like "5G".
WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*[A-Za-z0-9]|[A-Za-z]")
# A run of the characters WORD_RE's words are made of holds one word at most: from its
# first letter or digit to its last (a lone letter or digit is dropped by _word_stem
# anyway). Runs are cut out of ASCII bytes, faster than any pattern finds them: ’ made ',
# any other character outside ASCII made "?" by encoding, then this table makes every
# byte that is not a word character a space, and bytes.split() gives the runs.
RUN_BYTES = bytes(c if chr(c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'-" else 0x20
                  for c in range(256))
# Words that say nothing about what happened.
STOPWORDS = frozenset(
    """a an the and or but if then than that this these those there their they them it its
    is are was were be been being has have had do does did will would shall should can could may
    might must of in on at to for from by with without about into onto over under after before
    since until during as per via not no nor so such also too very more most much many some any
    all each other another own same both few several which who whom whose what when where why how
    he she his her him we us our you your i me my mine said says say told according
    one two three four five six seven eight nine ten first second third last next earlier later
    today yesterday tomorrow now recently currently week weeks month months year years day days
    ago early late mid end start beginning morning evening night weekend quarter half
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    sept jan feb mar apr jun jul aug sep oct nov dec new just still even only already
    again ahead further back away around once twice yet ever never always often soon""".split()
)
# Irregular verb forms news uses for events, to their plain verb.
IRREGULAR = {
    "began": "begin", "begun": "begin", "begins": "begin", "fell": "fall", "fallen": "fall", "rose": "rise",
    "risen": "rise", "struck": "strike", "strikes": "strike", "striking": "strike", "held": "hold",
    "met": "meet", "won": "win", "lost": "lose", "sold": "sell", "bought": "buy", "paid": "pay",
    "made": "make", "took": "take", "taken": "take", "gave": "give", "given": "give", "left": "leave",
    "came": "come", "went": "go", "gone": "go", "broke": "break", "broken": "break", "hit": "hit",
    "withdrawn": "withdraw", "withdrew": "withdraw", "shut": "shut", "fled": "flee", "led": "lead",
    "brought": "bring", "sought": "seek", "told": "tell", "spoke": "speak", "spoken": "speak",
    "wrote": "write", "written": "write", "chose": "choose", "chosen": "choose", "grew": "grow",
    "grown": "grow", "froze": "freeze", "frozen": "freeze", "sank": "sink", "sunk": "sink",
}
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


def _memo_words(text: str, memo: dict[str, frozenset[str]]) -> frozenset[str]:
    """content_words(text), looked up in memo first (many mentions share a sentence)."""
    words = memo.get(text)
    if words is None:
        words = memo[text] = content_words(text)
    return words


def mention_words(mentions: Sequence[DateMention], known: Mapping[str, frozenset[str]]
                  ) -> dict[str, frozenset[str]]:
    """content_words of every mention's label and sentence (for build_events), taken
    from ``known`` (an earlier build's) where it has them."""
    out: dict[str, frozenset[str]] = {}
    for m in mentions:
        for text in (m.label, m.sentence.text):
            if text not in out:
                got = known.get(text)
                out[text] = got if got is not None else content_words(text)
    return out


def content_words(text: str) -> frozenset[str]:
    """The words of text that say what happened: lower case, no stopwords, each cut to
    a rough stem so that "delayed" and "delay", "votes" and "voted" are one word."""
    runs = text.replace("’", "'").encode("ascii", "replace").translate(RUN_BYTES).split()
    # In C: map stems each word, filter drops those _word_stem drops (None; a stem is never "").
    return frozenset(filter(None, map(_run_stem, runs)))


@functools.lru_cache(maxsize=1 << 16)  # a pure function of one run: the cache only saves time
def _run_stem(run: bytes) -> str | None:
    """_word_stem of the word WORD_RE finds in a run of word characters (see RUN_BYTES),
    or None."""
    return _word_stem(run.decode("ascii").strip("'-"))


@functools.lru_cache(maxsize=1 << 16)  # a pure function of one word: the cache only saves time
def _word_stem(raw: str) -> str | None:
    """The stem content_words keeps for one word as written, or None for a word it drops."""
    w = raw.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in STOPWORDS or w.isdigit() or len(w) < 2:
        return None
    return stem(w)


@functools.lru_cache(maxsize=1 << 16)  # a pure function of one word: the cache only saves time
def stem(word: str) -> str:
    """A rough English stem: irregular past forms to their verb, then -ies/-ing/-ed/-s and
    a final -e cut from long enough words ("walked" -> "walk", "closing" -> "clos")."""
    w = IRREGULAR.get(word, word)
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ed") and not w.endswith("eed"):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 3 and w.endswith("e") and not w.endswith("ee"):
        w = w[:-1]
    return w


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
    pair: tuple[int, int] = (0, 0)  # (id(words), id(label_words)): its word sets, by identity
    repeated: bool = False  # other mentions use the same pair of word sets
    source: int = -1  # its mention's index in build_events' mentions


@dataclass(slots=True)
class _Cluster:
    """An event being built: its members (most precise first) and their shared stretch."""

    items: list[_Item]
    first: Date
    last: Date
    articles: set[str]
    # One member per distinct pair of word sets (by identity: equal sets are one object),
    # which is all a similarity needs; at most MEMBER_LIMIT of them.
    distinct: dict[tuple[int, int], _Item] = dataclasses.field(default_factory=dict)
    # value -> members giving it (at most MEMBER_LIMIT each), for the same-story rule.
    by_value: dict[str, list[_Item]] = dataclasses.field(default_factory=dict)
    # A repeated pair of word sets -> (distinct members compared, best closeness).
    seen: dict[tuple[int, int], tuple[int, float]] = dataclasses.field(default_factory=dict)


def build_events(mentions: Sequence[DateMention], words: Mapping[str, frozenset[str]] | None = None,
                 *, memo: dict | None = None) -> tuple[Event, ...]:
    """Merge mentions of the same event from different articles into one Event citing
    each (Citation with cue=expr.text, inferred=expr.inferred); sorted chronologically,
    deterministic. Same event = dates compatible at the coarser precision AND sentences
    about the same thing (e.g. content-word / named-entity overlap). Different things on
    the same day stay separate. Near-linear: block by date prefix and index by content
    words; never compare all pairs over the whole corpus.

    Mentions whose value names no calendar stretch (vague, XXXX) are left out. Two
    mentions from one article merge only when clearly the same (a repeated event).
    A mention with no clear partner joins a report of the same story giving the same
    value (day, month, quarter; not a year) when they share one rare enough word. An
    article's guessed years (no publication date) are moved when that makes more of its
    dates equal to those of dated articles of its story (the mentions stay inferred).

    ``words`` (see mention_words) holds content words read ahead: a running process keeps
    them between builds, so that only changed sentences are read again.

    ``memo`` (a dict the caller keeps between calls, as a running process does between
    builds) holds what the last call decided (a MergeRecord under "merge"): a mention
    whose decision provably cannot have changed takes it from there instead of being
    scored again (see _Replaying). The events are the same as a fresh call's.
    """
    then = memo.pop("merge", None) if memo is not None else None  # the last call's record
    prior = then.prior if then is not None and then.mentions is not None else None
    # The last call's items, by their mention: one still given is read from there.
    known = prior.items if prior is not None else {}
    words_of: dict[str, frozenset[str]] = dict(words or {})  # text -> content words
    # (label, sentence) -> (label words, label words | sentence words): one set object each
    both_of: dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]] = {}
    # Equal word sets become one object, so that members are told apart by identity
    # (two sentences differing only in numbers or stopwords score the same). The last
    # call's sets are kept, so that its items stay comparable by identity with new ones.
    canonical: dict[frozenset[str], frozenset[str]] = prior.canonical if prior is not None else {}
    rows: list[tuple[int, DateMention, tuple[Date, Date], frozenset[str], frozenset[str]]] = []
    for k, m in enumerate(mentions):
        old = known.get(id(m))
        if old is not None:
            rows.append((k, m, (old.first, old.last), old.label_words, old.words))
            continue
        bounds = value_bounds(m.expr.value)
        if bounds is None:
            continue
        texts = (m.label, m.sentence.text)
        got = both_of.get(texts)
        if got is None:
            label_words = _memo_words(m.label, words_of)
            label_words = canonical.setdefault(label_words, label_words)
            words = label_words | _memo_words(m.sentence.text, words_of)
            got = both_of[texts] = (label_words, canonical.setdefault(words, words))
        rows.append((k, m, bounds, got[0], got[1]))
    # Word weights need every mention's words, which aligning guessed years (below)
    # leaves alone: they are weighed first, so that each _Item is made once, complete.
    uses: dict[int, tuple[frozenset[str], int]] = {}  # id(word set) -> (set, mentions using it)
    pairs: dict[tuple[int, int], int] = {}  # (id(words), id(label words)) -> mentions using them
    for _, _, _, label_words, words in rows:
        got = uses.get(id(words))
        uses[id(words)] = (words, got[1] + 1 if got else 1)
        pair = (id(words), id(label_words))
        pairs[pair] = pairs.get(pair, 0) + 1
    df: dict[str, int] = {}
    for words, k in uses.values():
        for w in words:
            df[w] = df.get(w, 0) + k
    n = len(rows)
    # Smoothed so that a word shared by every mention of a tiny corpus still counts a little.
    idf = {w: math.log(1 + n / c) for w, c in df.items()}
    # Words whose weight moved since the last call (all when the count of mentions did).
    changed = _changed_words(df, then.df) if then is not None and len(then.order) == n else None
    if len(canonical) > 2 * len(uses) + 64:  # sets of texts gone since: start again
        canonical = {}
        for _, _, _, label_words, words in rows:
            canonical.setdefault(label_words, label_words)
            canonical.setdefault(words, words)
    # A word no other mention uses finds no partner: not worth indexing.
    indexed = {w for w, c in df.items() if c > 1}
    # Each word set's weight, summed once (exactly, so in any order), and a mention's
    # index keys; mentions of one sentence share their word sets, so each set is weighed once.
    weights: dict[int, float] = {}  # id(word set) -> weight
    keys_of: dict[int, tuple[str, ...]] = {}  # id(words) -> keys

    def weigh(words: frozenset[str]) -> float:
        weight = weights.get(id(words))
        if weight is None:
            weight = weights[id(words)] = fsum(map(idf.__getitem__, words))
        return weight

    items: list[_Item] = []
    for k, m, (first, last), label_words, words in rows:
        pair = (id(words), id(label_words))
        old = known.get(id(m))
        # The same item as last time when none of its weights moved (nor its place).
        if (old is not None and changed is not None and old.source == k and old.repeated == (pairs[pair] > 1)
                and words.isdisjoint(changed)):
            items.append(old)
            continue
        keys = keys_of.get(id(words))
        if keys is None:
            keys = keys_of[id(words)] = tuple(sorted(words & indexed))
        items.append(_Item(m, first, last, label_words, words, weigh(label_words), weigh(words), keys,
                           pair, pairs[pair] > 1, k))
    stories = _Stories(items)
    prior_items = {id(it.mention): it for it in items} if memo is not None else {}
    items = _align_guessed_years(items, stories)
    # Most precise first, so that a cluster's first member carries the best date.
    items.sort(key=lambda it: ((it.last - it.first).days, it.first, it.mention.article,
                               it.mention.sentence.index, it.mention.expr.start))
    merger = _Merger(idf, stories)
    # Two passes: clear partners (two shared words) first; then a mention left alone
    # may join another outlet's report of the same story and value (the looser rule),
    # so that rule never takes a place a clear match would have had.
    if memo is None:  # nothing to replay, nothing to keep
        for it in items:
            merger.place(it)
        for ci in range(len(merger.clusters)):
            merger.rehome(ci)
        return tuple(sorted((_event(c) for c in merger.clusters if c.items), key=_event_key))
    record = _place_all(merger, items, mentions, df, then, changed)
    for ci in range(len(merger.clusters)):
        merger.rehome(ci)
    # An event is made of its members alone: the same members (the same item objects,
    # in the same order) make the same event as last time.
    made = prior.events if prior is not None else {}
    events: list[tuple[tuple, Event]] = []
    now: dict[tuple[int, ...], tuple[tuple, Event, list[_Item]]] = {}
    for c in merger.clusters:
        if c.items:
            members = tuple(map(id, c.items))
            got = made.get(members)
            if got is None:
                event = _event(c)
                got = (_event_key(event), event, c.items)  # the members are kept alive: ids stay theirs
            now[members] = got
            events.append(got[:2])
    events.sort(key=lambda e: e[0])
    record.prior = _Prior(prior_items, canonical, now)
    memo["merge"] = record  # put back only once complete: a failed call leaves none
    return tuple(event for _key, event in events)


def replays(mentions: Sequence[DateMention], record: MergeRecord | None) -> bool:
    """Whether build_events, given record (a memo's "merge"), would replay decisions:
    it is whole and the mentions placed are as many as then (each word's weight depends
    on their number)."""
    return (record is not None and record.mentions is not None
            and sum(1 for m in mentions if value_bounds(m.expr.value) is not None) == len(record.order))


def _changed_words(df: dict[str, int], before: dict[str, int]) -> set[str]:
    """The words used by a different number of mentions than before."""
    changed = {w for w, c in df.items() if before.get(w) != c}
    changed.update(before.keys() - df.keys())
    return changed


@dataclass(slots=True)
class _Prior:
    """What a call made that the next call in the same process takes again as it is
    (never sent to another process): its items (before guessed years moved) by their
    mention, its canonical word sets, and its events by their members."""

    items: dict[int, _Item]
    canonical: dict[frozenset[str], frozenset[str]]
    events: dict[tuple[int, ...], tuple[tuple, Event, list[_Item]]]


@dataclass(slots=True)
class MergeRecord:
    """What build_events' first pass decided, for the next call (see _Replaying).
    ``mentions`` is the call's own list: its objects are kept alive, so that the next
    call tells an unchanged mention by identity. A record sent to another process comes
    without them (``detached``) and is of no use until they are put back."""

    mentions: Sequence[DateMention] | None
    df: dict[str, int]  # mentions using each word
    order: list[int]  # the mention (index in mentions) of each item placed, in order
    cluster: list[int]  # the cluster each joined or started
    candidates: list[tuple[int, ...]]  # the clusters each was scored against
    score: list[float]  # the closeness to the cluster joined (0.0 for a cluster started)
    changed: bytearray  # 1 where it changed what its cluster's scores read (see placed)
    narrowed: bytearray  # 1 where it narrowed its cluster's stretch (or started it)
    added: bytearray  # 1 where it brought its cluster a new article (or started it)
    moved: dict[int, str]  # mention -> its value, for items whose guessed year moved
    prior: _Prior | None = None  # (this process only)

    def __getstate__(self) -> tuple:
        # (Sent without the mentions and what this process alone can use.)
        return tuple(None if f.name in ("mentions", "prior") else getattr(self, f.name)
                     for f in dataclasses.fields(self))

    def __setstate__(self, state: tuple) -> None:
        for f, value in zip(dataclasses.fields(self), state):
            setattr(self, f.name, value)


def _place_all(merger: _Merger, items: Sequence[_Item], mentions: Sequence[DateMention],
               df: dict[str, int], last: MergeRecord | None, changed: set[str] | None) -> MergeRecord:
    """merger.place each item in order (the first pass), taking candidates and decisions
    from the last call's record wherever they provably cannot have changed; the record of
    this pass."""
    moved = {it.source: it.mention.expr.value for it in items if it.mention is not mentions[it.source]}
    replay = (_Replaying(last, items, mentions, moved, changed)
              if last is not None and last.mentions is not None and changed is not None else None)
    record = MergeRecord(mentions, df, [], [], [], [], bytearray(), bytearray(), bytearray(), moved)
    clusters = merger.clusters
    for it in items:
        if replay is None:
            candidates = tuple(merger._candidates(it, False, -1))
            best, score = merger.pick(it, candidates, relaxed=False)
        else:
            candidates = replay.candidates(it)
            if candidates is None:
                candidates = tuple(merger._candidates(it, False, -1))
            decided = replay.decided(it, candidates)
            if decided is None:
                settled, known = replay.plan(it, candidates)
                best, score = merger.pick(it, candidates, relaxed=False, settled=settled, known=known)
            else:
                best, score = decided
        if best is None:
            reads = narrows = added = True
        else:
            c = clusters[best]
            reads = it.pair not in c.distinct and len(c.distinct) < MEMBER_LIMIT
            narrows = it.first > c.first or it.last < c.last
            added = it.mention.article not in c.articles
        ci = merger.put(it, best)
        if replay is not None:
            replay.placed(it, ci, best is None, reads or narrows, narrows, added, clusters)
        record.order.append(it.source)
        record.cluster.append(ci)
        record.candidates.append(candidates)
        record.score.append(score)
        record.changed.append(reads or narrows)
        record.narrowed.append(narrows)
        record.added.append(added)
    return record


class _Replaying:
    """The last call's first-pass decisions, replayed where provably unchanged.

    An item's decision (pick) depends on its candidate clusters, on what pick reads of
    them (their distinct members, whether they hold its article), and on the idf weights
    of its and their words. An item is clean when it is the same mention object, its
    guessed year moved the same way, and none of its words is used by a different number
    of mentions (then its weights and every shared word's weight are the same; the
    number of mentions must be the same too).

    A cluster is clean while what the first pass reads of it is what it read of the old
    cluster it stands for at the same point: each member that changed that (a new
    distinct member, a narrower stretch) was the old one's next such member, and every
    such old member joined it in turn. Articles are followed apart: a cluster notes the
    articles it may hold differently (a member joined or missing that brought one), which
    matters only to their own items. A clean item's decision is the old one when its
    candidates stand for the old ones, in the same order, and are clean for it; else
    they are scored, but for those clean for it that lost last time (see plan).

    The candidates themselves are the old ones, not found again, when none of the
    index's places the item looks in is tainted: filed under by anything that did not
    happen the same way in the last call (a dirty item, an old item now gone, an item
    that went elsewhere, any filing into a cluster no longer clean), or where a cluster
    whose stretch may differ from the old one's was filed. Then the index holds there
    what it held then, the clusters found there have the old ones' stretches, and new
    clusters standing for old ones are numbered in the same order (they are started by
    the same items in the same order): the candidates are the old ones.
    """

    def __init__(self, last: MergeRecord, items: Sequence[_Item], mentions: Sequence[DateMention],
                 moved: dict[int, str], changed: set[str]) -> None:
        """``changed``: the words used by a different number of mentions than last time
        (the number of mentions is the same)."""
        self.last = last
        self.at: dict[int, int] = {}  # item's mention -> the old position of the same clean item
        self.first: dict[int, int] = {}  # old cluster -> the old position that started it
        # old cluster -> old positions of the members that changed it (see placed), in order
        self.changers: dict[int, list[int]] = {}
        self.new2old: list[int] = []  # each cluster -> the old cluster it stands for, or -1
        self.old2new: list[int] = [-1] * (max(last.cluster, default=-1) + 1)  # the reverse, or -1
        self.clean: list[bool] = []  # each cluster: reads as the old one did (see the class)
        self.stretched: list[bool] = []  # each cluster: its stretch is the old one's
        self.changed_by: list[int] = []  # each cluster: how many of its old changers joined
        self.odd: list[set[str]] = []  # each cluster: articles it may hold unlike the old one
        self.odd_in: dict[str, set[int]] = {}  # the same by article: clusters
        self.tainted_places: dict[str, set[str]] = {}  # place -> words where the index may differ
        self._where: dict[tuple[Date, Date], tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self.odd_then: dict[int, set[str]] = {}  # old cluster -> articles of members now gone
        n = len(last.order)
        old_of = {id(m): k for k, m in enumerate(last.mentions or ())}
        position = {k: p for p, k in enumerate(last.order)}
        claimed: set[int] = set()
        for it in items:
            k = old_of.get(id(mentions[it.source]), -1)
            p = position.get(k, -1)
            if (p < 0 or p in claimed or last.moved.get(k) != moved.get(it.source)
                    or not it.words.isdisjoint(changed)):
                continue
            claimed.add(p)
            self.at[it.source] = p
        for p, o in enumerate(last.cluster):
            self.first.setdefault(o, p)
            if last.changed[p]:
                self.changers.setdefault(o, []).append(p)
        self.tainted: set[int] = set()  # old clusters that changed: none stands for them
        gone = (last.mentions or ())
        for p in range(n):
            if p in claimed:
                continue
            k, o = last.order[p], last.cluster[p]
            m = gone[k]
            if last.changed[p]:
                self.tainted.add(o)
            elif last.added[p]:
                self.odd_then.setdefault(o, set()).add(m.article)
            # Where the old items now gone or changed were filed, the index differs.
            bounds = value_bounds(last.moved.get(k, m.expr.value))
            if bounds:
                words = content_words(m.label) | content_words(m.sentence.text)
                self._taint(bounds[0], bounds[1], [w for w in words if last.df.get(w, 0) > 1])

    def _taint(self, first: Date, last: Date, keys: Sequence[str]) -> None:
        if keys:
            for place in self._places(first, last)[0]:
                self.tainted_places.setdefault(place, set()).update(keys)

    def _places(self, first: Date, last: Date) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The places of the index an item of first..last is filed under, and those it
        looks in: blocks (see _blocks), and "YYYY*" for a year's blocks taken together,
        which a coarse item searches."""
        got = self._where.get((first, last))
        if got is None:
            home, reach = _blocks(first, last)
            filed = home + tuple(dict.fromkeys(_year_of(b) + "*" for b in home))
            coarse = bool(home) and _year_of(home[0]) == home[0]
            got = self._where[(first, last)] = (filed, tuple(y + "*" for y in home) if coarse else reach)
        return got

    def candidates(self, it: _Item) -> tuple[int, ...] | None:
        """The candidates the last call found for it, when the index provably holds the
        same where it looks (see the class); else None."""
        p = self.at.get(it.source, -1)
        if p < 0:
            return None
        tainted = self.tainted_places
        if tainted:
            keys = it.keys
            for place in self._places(it.first, it.last)[1]:
                words = tainted.get(place)
                if words is not None and not words.isdisjoint(keys):
                    return None
        candidates = tuple(map(self.old2new.__getitem__, self.last.candidates[p]))
        return None if -1 in candidates else candidates  # (-1 cannot happen: be safe)

    def decided(self, it: _Item, candidates: tuple[int, ...]) -> tuple[int | None, float] | None:
        """The old decision and its score, when it provably stands: a clean item whose
        candidates stand for the old ones and read for it as they did; else None."""
        p = self.at.get(it.source, -1)
        if p < 0:
            return None
        clean, new2old = self.clean, self.new2old
        if not all(clean[ci] for ci in candidates) or tuple(map(new2old.__getitem__, candidates)) != self.last.candidates[p]:
            return None
        odd = self.odd_in.get(it.mention.article)
        if odd and not odd.isdisjoint(candidates):
            return None
        o = self.last.cluster[p]
        return (None, 0.0) if self.first[o] == p else (self.old2new[o], self.last.score[p])

    def plan(self, it: _Item, candidates: Sequence[int]) -> tuple[set[int], tuple[int, float] | None]:
        """For pick: the candidates known to lose, and the known winner with its score.
        Candidates that read for a clean item as last time, and were scored then, score
        the same: those that lost to the old decision (or reached no threshold) lose
        again, if the old decision is among them or was a new cluster."""
        p = self.at.get(it.source, -1)
        if p < 0:
            return set(), None
        then = set(self.last.candidates[p])
        clean, new2old, odd = self.clean, self.new2old, self.odd_in.get(it.mention.article, ())
        same = {ci for ci in candidates if clean[ci] and new2old[ci] in then and ci not in odd}
        o = self.last.cluster[p]
        if self.first[o] == p:  # none of them reached its threshold
            return same, None
        twin = self.old2new[o]
        if twin < 0 or twin not in same:
            return set(), None
        return same - {twin}, (twin, self.last.score[p])

    def placed(self, it: _Item, ci: int, started: bool, changes: bool, narrows: bool, added: bool,
               clusters: Sequence[_Cluster]) -> None:
        """Note that it went to cluster ci (started by it when ``started``): whether that
        changed what the first pass reads of ci (a new distinct member, a narrower
        stretch), narrowed its stretch, brought it its article."""
        p = self.at.get(it.source, -1)
        last = self.last
        o = last.cluster[p] if p >= 0 else -1
        if started:
            same = p >= 0 and self.first[o] == p and o not in self.tainted and self.old2new[o] < 0
            self.new2old.append(o if same else -1)
            self.clean.append(same)
            self.stretched.append(same)
            self.changed_by.append(1)
            self.odd.append(set())
            if same:
                self.old2new[o] = ci
                for article in self.odd_then.get(o, ()):
                    self._odd(ci, article)
        else:
            expected = p >= 0 and self.new2old[ci] == o
            if changes:  # it must be the old cluster's next changer
                k = self.changed_by[ci]
                changers = self.changers.get(o, ())
                if expected and self.clean[ci] and k < len(changers) and changers[k] == p:
                    self.changed_by[ci] = k + 1
                else:
                    self.clean[ci] = False
            if narrows and not (expected and last.narrowed[p]):  # the stretch may not be the old one's
                self._stretch(ci, clusters)
            if not expected or added != bool(last.added[p]):
                self._odd(ci, it.mention.article)
        if p >= 0 and self.new2old[ci] != o:  # it left its old cluster
            twin = self.old2new[o]
            if twin >= 0:  # which misses it
                if last.changed[p]:
                    self.clean[twin] = False
                if last.narrowed[p]:
                    self._stretch(twin, clusters)
                if last.added[p]:
                    self._odd(twin, it.mention.article)
            self._taint(it.first, it.last, it.keys)
        elif p < 0 or not self.clean[ci]:  # filed where the old index may have had nothing the same
            self._taint(it.first, it.last, it.keys)

    def _odd(self, ci: int, article: str) -> None:
        self.odd[ci].add(article)
        self.odd_in.setdefault(article, set()).add(ci)

    def _stretch(self, ci: int, clusters: Sequence[_Cluster]) -> None:
        """Cluster ci's stretch may differ from the old one's: it is no longer clean, and
        wherever it was filed a search may find it where the old one was not (or not find
        it), so those places are tainted."""
        self.clean[ci] = False
        if self.stretched[ci]:
            self.stretched[ci] = False
            for member in clusters[ci].items:
                self._taint(member.first, member.last, member.keys)


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
        self.found: dict[tuple[tuple[str, ...], Date, Date, bool, int], list[int]] = {}
        self.found_when = (0, 0)  # (index.changes, reshaped) when self.found was filled
        self.reshaped = 0  # changes of a cluster's stretch, or a cluster emptied

    def place(self, it: _Item) -> None:
        """Add it to the cluster it matches best, or start a new cluster with it."""
        self.put(it, self._best(it, relaxed=False, skip=-1))

    def put(self, it: _Item, best: int | None) -> int:
        """Add it to cluster best, or to a new cluster when best is None; its cluster."""
        if best is None:
            self.clusters.append(_Cluster([it], it.first, it.last, {it.mention.article},
                                          {it.pair: it}, {it.mention.expr.value: [it]}))
            ci = len(self.clusters) - 1
        else:
            ci = best
            if not self._join(it, ci):
                return ci
        self._file(it, ci)
        return ci

    def rehome(self, ci: int) -> None:
        """A cluster of one mention joins, by the same-story rule, the cluster that fits
        it best (its own is left empty), or stays."""
        c = self.clusters[ci]
        if len(c.items) != 1:
            return
        it = c.items[0]
        best = self._best(it, relaxed=True, skip=ci)
        if best is not None:
            c.items.clear()
            c.distinct.clear()
            c.by_value.clear()
            self.reshaped += 1
            if self._join(it, best):
                self._file(it, best)

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
        clusters, first, last = self.clusters, it.first, it.last
        asked = (it.keys, first, last, relaxed, skip)
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
        """The candidate cluster it fits best, or None (see pick)."""
        return self.pick(it, self._candidates(it, relaxed, skip), relaxed)[0]

    def pick(self, it: _Item, candidates: Sequence[int], relaxed: bool, settled: Container[int] = (),
             known: tuple[int, float] | None = None) -> tuple[int | None, float]:
        """The one of candidates it fits best (the highest score, ties to the earliest,
        whatever the order of the candidates), or None when it belongs to none: its
        closeness must reach MERGE_THRESHOLD, SAME_ARTICLE_THRESHOLD for an article
        repeating itself (it must be clearly about the same thing); when relaxed, a
        report of the same story giving the same value needs only SAME_STORY_THRESHOLD.
        With its score (0.0 for None). Candidates ``settled`` are known to lose; ``known``
        is a candidate whose closeness is known."""
        best, best_score = -1, 0.0
        clusters, article = self.clusters, it.mention.article
        for ci in candidates:  # their dates overlap its own
            if ci in settled:
                continue
            c = clusters[ci]
            score = known[1] if known is not None and ci == known[0] else self._closeness(it, c)
            repeat = article in c.articles
            need = SAME_ARTICLE_THRESHOLD if repeat else MERGE_THRESHOLD
            if relaxed and score < need and not repeat and (it.last - it.first).days <= SAME_STORY_SPAN:
                same = [o for o in c.by_value.get(it.mention.expr.value, ())
                        if self.stories.same(article, o.mention.article)]
                if same:
                    score = max(_similarity(it, o, self.idf, min_shared=1) for o in same)
                    need = SAME_STORY_THRESHOLD
            if score >= need and (best < 0 or score > best_score or (score == best_score and ci < best)):
                best, best_score = ci, score
        return (best, best_score) if best >= 0 else (None, 0.0)

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

    def _file(self, it: _Item, ci: int) -> None:
        self.index.add(ci, it.keys, it.first, it.last)

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
            if s > score:
                score = s
        if remember:
            c.seen[it.pair] = (len(c.distinct), score)
        return score


class _Index:
    """Where the clusters' words are: block, word -> indices of clusters with a member in
    that block using that word (in order of filing, each once); a word more than
    BUCKET_LIMIT clusters use in a block is too common there to find candidates by, and
    is kept in that block's hidden words instead. A block is a month for mentions of a
    month or finer, a year for coarser ones (see _blocks).

    A coarse mention (a quarter, a year) searches whole years: each year and its twelve
    months. So that it does not look up and merge thirteen buckets per word, the index
    also keeps, per year and word, the clusters of all that year's blocks (with how many
    of those buckets hold each, so that a word becoming too common in one block takes
    its clusters there out), and the words too common in one of the year's blocks."""

    def __init__(self) -> None:
        self.blocks: dict[str, dict[str, dict[int, None]]] = {}  # block -> word -> clusters
        self.years: dict[str, dict[str, dict[int, int]]] = {}  # year -> word -> cluster -> buckets
        self.hidden: dict[str, set[str]] = {}  # block -> its words too common to look up
        # year -> words too common to look up in one of its blocks (apart from self.hidden:
        # a year is also the name of a block, the year's own)
        self.hidden_years: dict[str, set[str]] = {}
        self.changes = 0  # changes so far: a count is still true while this stays the same
        self.filed: set[tuple[int, tuple[str, ...], tuple[str, ...]]] = set()  # (cluster, keys, blocks) filed

    def add(self, ci: int, keys: tuple[str, ...], first: Date, last: Date) -> None:
        """File cluster ci under each of keys in the blocks of a mention of first..last."""
        home, _ = _blocks(first, last)
        # A bucket only gains clusters or becomes hidden: filing the same again changes
        # nothing (members of one event often share their words and dates).
        filing = (ci, keys, home)
        if filing in self.filed:
            return
        self.filed.add(filing)
        for block in home:
            year = _year_of(block)
            in_block = self.blocks.setdefault(block, {})
            in_year = self.years.setdefault(year, {})
            hidden = self.hidden.get(block, ())
            for w in keys:
                if w in hidden:
                    continue
                bucket = in_block.get(w)
                if bucket is None:
                    bucket = in_block[w] = {}
                elif ci in bucket:
                    continue
                elif len(bucket) >= BUCKET_LIMIT:  # too common in this block to find candidates by
                    self.changes += 1
                    del in_block[w]
                    hidden = self.hidden.setdefault(block, set())
                    hidden.add(w)
                    self.hidden_years.setdefault(year, set()).add(w)
                    of_year = in_year[w]
                    for cj in bucket:
                        if of_year[cj] == 1:
                            del of_year[cj]
                        else:
                            of_year[cj] -= 1
                    continue
                self.changes += 1
                bucket[ci] = None
                of_year = in_year.setdefault(w, {})
                of_year[ci] = of_year.get(ci, 0) + 1

    def count(self, keys: Sequence[str], first: Date, last: Date) -> tuple[Counter[int], bool]:
        """How many of keys find each cluster in the blocks a mention of first..last
        searches (a cluster found by one key in several blocks counts once); and whether
        one of keys is too common to look up in one of those blocks (a shared word may be
        hidden there).

        The hot loop of the merge, so the lookups and the count are done in C (map,
        filter, chain, Counter): every bucket found is counted, then the few clusters
        found in two of the searched places (blocks, or whole years) are counted again
        key by key, so that one key finding a cluster twice counts once."""
        home, reach = _blocks(first, last)
        if home and _year_of(home[0]) == home[0]:  # a coarse mention searches whole years
            searched, index, hidden_in = home, self.years, self.hidden_years
        else:
            searched, index, hidden_in = reach, self.blocks, self.hidden
        places = [index.get(place) for place in searched]
        # (Most corpora have no word too common anywhere: then nothing to look up.)
        hidden = bool(hidden_in) and any(not hidden_in.get(place, set()).isdisjoint(keys) for place in searched)
        found = [buckets for place in places if place
                 and (buckets := [*filter(None, map(place.get, keys))])]
        count = Counter(itertools.chain.from_iterable(itertools.chain.from_iterable(found)))
        if len(found) > 1:
            seen: set[int] = set()
            twice: set[int] = set()
            for buckets in found:
                here = set().union(*buckets)
                twice |= seen & here
                seen |= here
            for ci in twice:
                count[ci] = sum(1 for w in keys
                                if any(ci in bucket for place in places if place and (bucket := place.get(w))))
        return count, hidden


def _year_of(block: str) -> str:
    """The year of a block ("2019" of "2019-05" and of "2019")."""
    return block.partition("-")[0]


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


def _event(c: _Cluster) -> Event:
    rep = c.items[0]
    cites = [Citation(it.mention.article, it.mention.sentence, cue=it.mention.expr.text,
                      inferred=it.mention.expr.inferred) for it in c.items]
    if len(cites) > 1:
        cites.sort(key=lambda ct: (ct.article, ct.sentence.index, ct.cue))
    coarse = rep.first != rep.last
    inferred = all(it.mention.expr.inferred for it in c.items) or rep.mention.expr.inferred
    return Event(timeline_value(rep.mention.expr.value), rep.mention.label, tuple(cites),
                 approximate=coarse or inferred)


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
