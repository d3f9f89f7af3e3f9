"""The timeline's speed-ups change no decision: each is checked against the plain way.

- _Index (block-first buckets, per-year merged buckets, counting in C) against the
  index as first written: word -> block -> clusters, or None once too common, counted
  key by key;
- the remembered candidates of _Merger against candidates found afresh each time.
"""
from __future__ import annotations

import datetime
import random
from collections import Counter
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import timeline
from generator.models import DateMention, Sentence, TimeExpr
from generator.timeline import _blocks, _Index, build_events

D = datetime.date

# Calendar stretches of every kind _blocks tells apart: days, a week across a month and
# a year end, months, a quarter, years, a stretch over two years, a century (filed nowhere),
# and years of fewer than four digits.
STRETCHES = [
    (D(2019, 12, 30), D(2019, 12, 30)), (D(2020, 1, 2), D(2020, 1, 2)), (D(2020, 3, 5), D(2020, 3, 5)),
    (D(2019, 12, 30), D(2020, 1, 5)), (D(2020, 1, 27), D(2020, 2, 2)),
    (D(2020, 1, 1), D(2020, 1, 31)), (D(2019, 12, 1), D(2019, 12, 31)), (D(2020, 3, 1), D(2020, 3, 31)),
    (D(2020, 1, 1), D(2020, 3, 31)), (D(2019, 1, 1), D(2019, 12, 31)), (D(2020, 1, 1), D(2020, 12, 31)),
    (D(2019, 1, 1), D(2020, 12, 31)), (D(1900, 1, 1), D(1999, 12, 31)),
    (D(950, 3, 1), D(950, 3, 1)), (D(950, 1, 1), D(950, 12, 31)), (D(190, 1, 1), D(199, 12, 31)),  # short years
]
WORDS = ["bala", "kiro", "mudo", "pesa", "tuvi", "zonk"]


class _PlainIndex:
    """The index as first written: word -> block -> clusters (dict, in order of filing),
    or None once more than BUCKET_LIMIT clusters use the word there."""

    def __init__(self) -> None:
        self.index: dict[str, dict[str, dict[int, None] | None]] = {}

    def add(self, ci: int, keys: tuple[str, ...], first: D, last: D) -> None:
        home, _ = _blocks(first, last)
        for block in home:
            for w in keys:
                by_block = self.index.setdefault(w, {})
                if block not in by_block:
                    by_block[block] = {ci: None}
                    continue
                bucket = by_block[block]
                if bucket is None or ci in bucket:
                    continue
                if len(bucket) >= timeline.BUCKET_LIMIT:
                    by_block[block] = None
                else:
                    bucket[ci] = None

    def count(self, keys: tuple[str, ...], first: D, last: D) -> tuple[Counter[int], bool]:
        _, reach = _blocks(first, last)
        count: Counter[int] = Counter()
        hidden = False
        for w in keys:
            found: set[int] = set()
            for block in reach:
                bucket = self.index.get(w, {}).get(block, {})
                if bucket is None:
                    hidden = True
                else:
                    found.update(bucket)
            count.update(found)
        return count, hidden


operations = st.lists(
    st.tuples(st.booleans(), st.integers(0, 11), st.lists(st.sampled_from(WORDS), max_size=4, unique=True),
              st.sampled_from(STRETCHES)),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(operations, st.integers(1, 4))
def test_index_counts_as_the_plain_index(ops, limit) -> None:
    # A small BUCKET_LIMIT makes words too common (hidden) in some blocks and not others.
    with mock.patch.object(timeline, "BUCKET_LIMIT", limit):
        index, plain = _Index(), _PlainIndex()
        for is_add, ci, keys, (first, last) in ops:
            keys = tuple(sorted(keys))
            if is_add:
                index.add(ci, keys, first, last)
                plain.add(ci, keys, first, last)
            else:
                assert index.count(keys, first, last) == plain.count(keys, first, last)
        for first, last in STRETCHES:  # and every stretch at the end
            assert index.count(tuple(WORDS), first, last) == plain.count(tuple(WORDS), first, last)


def test_index_changes_are_counted_only_when_something_changes() -> None:
    index = _Index()
    index.add(0, ("bala", "kiro"), D(2020, 1, 2), D(2020, 1, 2))
    before = index.changes
    index.add(0, ("bala", "kiro"), D(2020, 1, 2), D(2020, 1, 2))  # filed there already
    index.add(0, ("bala",), D(2020, 1, 9), D(2020, 1, 9))  # same month block
    assert index.changes == before
    index.add(1, ("bala",), D(2020, 1, 9), D(2020, 1, 9))
    assert index.changes == before + 1


def _mention(article: str, index: int, text: str, value: str, cue: str, label: str | None = None) -> DateMention:
    start = text.index(cue)
    sentence = Sentence(article, 0, index, text, 0, len(text))
    return DateMention(article, sentence, TimeExpr(start, start + len(cue), cue, value, False), label or text)


VALUES = [("2020-03-05", "on 5 March 2020"), ("2020-03-06", "on 6 March 2020"), ("2020-03", "in March 2020"),
          ("2020-W10", "in the week of 2 March 2020"), ("2020-Q1", "in the first quarter of 2020"),
          ("2020", "in 2020"), ("2019", "in 2019"), ("2019-12-31", "on 31 December 2019"),
          ("2020-W01", "in the first week of 2020"), ("2019-12", "in December 2019")]


def _corpus(seed: int, n: int) -> list[DateMention]:
    """n mentions over a few articles: sentences drawn from a small vocabulary, many of
    them repeated word for word (syndicated copy), some labels shorter than their sentence."""
    rng = random.Random(seed)
    vocab = [f"{a}{b}ro" for a in "bdgkmpstvz" for b in "aiou"][: rng.randint(8, 40)]
    templates = [" ".join(rng.sample(vocab, rng.randint(2, 6))) for _ in range(rng.randint(3, 12))]
    out = []
    for i in range(n):
        words = rng.choice(templates) if rng.random() < 0.7 else " ".join(rng.sample(vocab, rng.randint(1, 6)))
        value, cue = rng.choice(VALUES)
        text = f"The {words} {cue}."
        label = f"{words.split()[0]} {cue}" if rng.random() < 0.2 else None
        out.append(_mention(f"a{rng.randint(0, n // 3):03d}", i, text, value, cue, label))
    return out


def _candidates_afresh(self, it, relaxed, skip):
    self.found.clear()  # nothing remembered: every candidate list is found anew
    return _REMEMBERING(self, it, relaxed, skip)


_REMEMBERING = timeline._Merger._candidates


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 120), st.integers(1, 64))
def test_remembered_candidates_change_no_event(seed, n, limit) -> None:
    ms = _corpus(seed, n)
    with mock.patch.object(timeline, "BUCKET_LIMIT", limit):
        remembered = build_events(ms)
        with mock.patch.object(timeline._Merger, "_candidates", _candidates_afresh):
            afresh = build_events(ms)
    assert remembered == afresh


def test_candidates_are_found_again_after_an_event_narrows() -> None:
    # Remembered candidates are dropped when an event's stretch narrows, even though
    # the index did not change: a month that overlapped it may no longer.
    words = frozenset({"bala", "kiro"})

    def item(first: D, last: D, article: str) -> timeline._Item:
        m = _mention(article, 0, "The bala kiro in 2020.", "2020", "in 2020")
        return timeline._Item(m, first, last, words, words, 1.0, 1.0, ("bala", "kiro"), (0, 0), True)

    week = item(D(2019, 12, 30), D(2020, 1, 5), "a")
    merger = timeline._Merger({"bala": 1.0, "kiro": 1.0}, timeline._Stories([week]))
    merger.place(week)
    january = item(D(2020, 1, 1), D(2020, 1, 31), "b")
    assert merger._candidates(january, False, -1) == [0]
    changes = merger.index.changes
    merger._join(item(D(2019, 12, 1), D(2019, 12, 31), "c"), 0)  # now 30-31 December 2019
    assert merger.index.changes == changes
    assert merger._candidates(january, False, -1) == []
