"""The serial steps of a serve rebuild (ids, cache keys, duplicates, events, render,
write) remember what they did between builds of one process: with their memos the
results are exactly those of fresh calls, whatever changed, and the memos are used."""
from __future__ import annotations

import random
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.models import Article, Citation, Metadata, Sentence
from generator.pipeline import _events_from_references, assign_ids, drop_duplicates

# A small range of hash values, skewed, so that sketches overlap and some hashes are
# shared by more articles than the index uses (the boilerplate case).
HASHES = 60


def _shingles(rng: random.Random) -> tuple[int, ...]:
    size = rng.randint(0, 30)
    return tuple(sorted({min(HASHES, int(rng.expovariate(0.08))) for _ in range(size)}))


def _article(source: str) -> Article:
    return Article(source.removesuffix(".txt"), source, Metadata(), (), ())


def _corpus(rng: random.Random, n: int) -> list[tuple[str, tuple[int, ...]]]:
    items = [(f"f{k:03d}.txt", _shingles(rng)) for k in range(n)]
    for k in range(0, n, 5):  # near and exact copies, as a site saved twice gives
        if k + 1 < n:
            base = items[k][1]
            items[k + 1] = (items[k + 1][0], base if rng.random() < 0.5 else base[:-1])
    return items


def _edit(rng: random.Random, items: list[tuple[str, tuple[int, ...]]]) -> list[tuple[str, tuple[int, ...]]]:
    out = list(items)
    for _ in range(rng.randint(1, 4)):
        change = rng.choice(["add-hash", "drop-hash", "new", "copy", "same", "add", "remove", "shuffle"])
        if change == "add" or not out:
            out.append((f"g{rng.randrange(10**6):06d}.txt", _shingles(rng)))
            continue
        k = rng.randrange(len(out))
        source, sh = out[k]
        if change == "add-hash":
            sh = tuple(sorted(set(sh) | {rng.randrange(HASHES + 5)}))
        elif change == "drop-hash" and sh:
            sh = tuple(x for x in sh if x != rng.choice(sh))
        elif change == "new":
            sh = _shingles(rng)
        elif change == "copy":
            sh = out[rng.randrange(len(out))][1]
        elif change == "same":
            sh = tuple(list(sh))  # an equal tuple, another object
        elif change == "remove":
            del out[k]
            continue
        elif change == "shuffle":  # another order: the memo must not be trusted
            rng.shuffle(out)
            continue
        out[k] = (source, sh)
    if rng.random() < 0.8:
        out.sort()  # the pipeline's order: by file name
    return out


def _dedup(items, memo=None):
    articles = [_article(source) for source, _ in items]
    return drop_duplicates(articles, [sh for _, sh in items], memo)


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 10**9), st.integers(1, 60), st.integers(1, 6), st.integers(1, 6))
def test_incremental_duplicates_equal_fresh(seed: int, n: int, common: int, steps: int) -> None:
    rng = random.Random(seed)
    items = _corpus(rng, n)
    memo: dict = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pipeline, "COMMON", common)  # small: entries over the cap are common here
        mp.setattr(pipeline, "SKETCH", rng.randint(2, 8))
        assert _dedup(items, memo) == _dedup(items)
        for _ in range(steps):
            items = _edit(rng, items)
            assert _dedup(items, memo) == _dedup(items)


def test_duplicates_after_one_edit_look_up_few_articles(monkeypatch):
    rng = random.Random(7)
    items = [(f"f{k:04d}.txt", tuple(sorted(rng.sample(range(10**6), 40)))) for k in range(300)]
    items[11] = (items[11][0], items[10][1])  # one duplicate
    memo: dict = {}
    first = _dedup(items, memo)
    assert len(first[1]) == 1
    calls = []
    real = pipeline._duplicate_of
    monkeypatch.setattr(pipeline, "_duplicate_of", lambda *a: calls.append(1) or real(*a))
    items[150] = (items[150][0], tuple(sorted(rng.sample(range(10**6), 40))))
    assert _dedup(items, memo) == _dedup(items, None)
    # The fresh call looked up all 300; the one with the memo only the edited article.
    assert len(calls) == 300 + 1


def _mentions(n: int) -> list[SimpleNamespace]:
    """Stand-ins for DateMention: _events_from_references reads only their sentences."""
    return [SimpleNamespace(sentence=Sentence(f"a{k % 4}", k, k, f"sentence {k}", 0, 10), article=f"a{k % 4}",
                            cue=f"cue {k % 3}") for k in range(n)]


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 10**9), st.integers(1, 30), st.integers(1, 5))
def test_events_from_references_with_a_memo_equal_fresh(seed: int, n: int, steps: int) -> None:
    rng = random.Random(seed)
    mentions = _mentions(n)
    memo: dict = {}
    for _ in range(steps + 1):
        compact = []
        for _ in range(rng.randint(0, 8)):
            cites = [(k, mentions[k].article, mentions[k].cue, rng.random() < 0.3)
                     for k in rng.sample(range(len(mentions)), rng.randint(1, min(4, len(mentions))))]
            compact.append((rng.choice(["2020", "2021-02"]), rng.choice(["a", "b"]), rng.random() < 0.5, cites))
        assert _events_from_references(compact, mentions, memo) == _events_from_references(compact, mentions)
        if rng.random() < 0.5:  # some sentences are made again (an edited article): equal or not
            k = rng.randrange(len(mentions))
            m = mentions[k]
            s = m.sentence
            mentions[k] = SimpleNamespace(sentence=Sentence(s.article, s.block, s.index, s.text + rng.choice(
                ["", " more"]), s.start, s.end), article=m.article, cue=m.cue)


def test_unchanged_events_are_the_same_objects():
    mentions = _mentions(6)
    compact = [("2020", "a", False, [(0, "a0", "cue 0", False), (4, "a0", "cue 1", True)]),
               ("2021-02", "b", True, [(1, "a1", "cue 1", False)])]
    memo: dict = {}
    first = _events_from_references(compact, mentions, memo)
    # The mentions move (an article before them changed): the same sentences, other places.
    moved = [mentions[5], *mentions]
    again = _events_from_references([(d, l, a, [(k + 1, *rest) for k, *rest in c]) for d, l, a, c in compact],
                                    moved, memo)
    assert again == first and all(x is y for x, y in zip(again, first))
    assert isinstance(first[0].mentions[0], Citation)
