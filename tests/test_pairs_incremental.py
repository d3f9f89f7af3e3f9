"""similar_pairs with a memo (a running process rebuilding after an edit) gives exactly
what a fresh call gives: pairs and scores, whatever changed."""
from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.compare import similar_pairs

# A small vocabulary so that words are shared, some by many items (weak, over the cap).
VOCAB = [f"w{k}" for k in range(40)]


def _corpus(rng: random.Random, n: int) -> list[tuple[str, frozenset[str]]]:
    items = []
    for k in range(n):
        size = rng.randint(0, 9)
        # Skewed: low-numbered words are common, high-numbered ones rare.
        words = frozenset(VOCAB[min(len(VOCAB) - 1, int(rng.expovariate(0.12)))] for _ in range(size))
        items.append((f"a{k % 7}", words))
    # Repeated sentences share one set object, as the pipeline's units do.
    for k in range(0, n, 9):
        if k + 1 < n:
            items[k + 1] = (items[k + 1][0], items[k][1])
    return items


def _edit(rng: random.Random, items: list[tuple[str, frozenset[str]]]) -> list[tuple[str, frozenset[str]]]:
    out = list(items)
    for _ in range(rng.randint(1, 4)):
        k = rng.randrange(len(out))
        group, words = out[k]
        change = rng.choice(["add", "drop", "new", "copy", "same"])
        if change == "add":
            words = words | {rng.choice(VOCAB + ["fresh"])}
        elif change == "drop" and words:
            words = words - {rng.choice(sorted(words))}
        elif change == "new":
            words = frozenset(rng.sample(VOCAB, rng.randint(2, 8)))
        elif change == "copy":
            words = out[rng.randrange(len(out))][1]
        else:
            words = frozenset(words)  # an equal set, another object
        out[k] = (group, words)
    return out


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10**9), st.integers(2, 90), st.integers(2, 12), st.integers(1, 5))
def test_incremental_pairs_equal_fresh(seed: int, n: int, cap: int, steps: int) -> None:
    rng = random.Random(seed)
    items = _corpus(rng, n)
    memo: dict = {}
    assert similar_pairs(items, posting_cap=cap, memo=memo) == similar_pairs(items, posting_cap=cap)
    for _ in range(steps):
        items = _edit(rng, items)
        assert similar_pairs(items, posting_cap=cap, memo=memo) == similar_pairs(items, posting_cap=cap)


def test_memo_is_used_and_survives_other_layouts() -> None:
    rng = random.Random(3)
    items = _corpus(rng, 60)
    memo: dict = {}
    similar_pairs(items, memo=memo)
    assert "pairs" in memo
    # Another number of items (an article gained a sentence): a fresh index, same answer.
    longer = items + [("a1", frozenset({"w1", "w2", "w3"}))]
    assert similar_pairs(longer, memo=memo) == similar_pairs(longer)
    # Other settings: a fresh index too.
    assert similar_pairs(longer, memo=memo, posting_cap=5) == similar_pairs(longer, posting_cap=5)


def test_failed_call_leaves_no_half_updated_memo() -> None:
    items = _corpus(random.Random(5), 30)
    memo: dict = {}
    similar_pairs(items, memo=memo)
    bad = list(items)
    bad[3] = ("a3", None)  # type: ignore[assignment]  # not a set: the update fails
    try:
        similar_pairs(bad, memo=memo)
    except (TypeError, AttributeError):
        pass
    assert "pairs" not in memo
    assert similar_pairs(items, memo=memo) == similar_pairs(items)
