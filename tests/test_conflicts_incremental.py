"""find_conflicts with a memo (a running process rebuilding after an edit) gives exactly
what a fresh call gives, whatever changed: figures edited, added, removed, copied,
reordered; words that become common and names that link or split stories."""
from __future__ import annotations

import random
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import compare
from generator.compare import figure_features, find_conflicts
from generator.models import FigureMention, Sentence

ARTICLES = [f"a{k}" for k in range(6)]
# Capitalised words: names that link articles into stories, and words that open a
# sentence and are common words once seen in lower case somewhere ("Shares", "shares").
NAMES = ["Acme", "Zenith", "Delta", "Orion", "Borland"]
OPENERS = ["Shares", "Costs", "Officials", "Revenue", "Ships", "The"]
WORDS = ["cost", "ships", "homes", "destroyed", "patients", "killed", "injured", "revenue", "port", "strike",
         "deal", "last year", "in 2019", "this year", "shares", "costs", "officials", "workers", "damage"]
# (unit as extract writes it, how the value is written), some counted nouns of one family.
UNITS = [("USD", "${q}"), ("%", "{q}%"), ("ships", "{q} ships"), ("vessels", "{q} vessels"),
         ("people", "{q} people"), ("patients", "{q} patients"), ("homes", "{q} homes"), ("years", "{q} years")]
# Rates after the value ("a day") or none.
AFTER = ["", "", "", " a day", " a week", " per share"]
QUANTITIES = [10, 12, 12.4, 20, 26.8, 27, 35, 100, 120, 150, 400]


def _figure(rng: random.Random, article: str) -> FigureMention:
    home = NAMES[sum(map(ord, article)) % len(NAMES)]  # each article's own name, mostly
    unit, written = rng.choice(UNITS)
    q = rng.choice(QUANTITIES)
    value = ("about " if rng.random() < 0.2 else "") + written.format(q=f"{q:g}")
    before = [rng.choice(WORDS + NAMES + [home] * 3) for _ in range(rng.randint(0, 4))]
    opener = rng.choice(OPENERS + [home])
    mark = rng.choice([" ", ", "])
    text = f"{opener} {' '.join(before)}{mark}{value}{rng.choice(AFTER)} {rng.choice(WORDS)}."
    about = " ".join(rng.sample(WORDS, rng.randint(0, 2)))
    sentence = Sentence(article, rng.randint(0, 3), rng.randint(0, 9), text, 0, len(text))
    return FigureMention(article, value, about, sentence,
                         None if rng.random() < 0.05 else float(q), None if rng.random() < 0.05 else unit)


def _corpus(rng: random.Random, n: int) -> list[FigureMention]:
    figures = [_figure(rng, rng.choice(ARTICLES)) for _ in range(n)]
    # Grouped by article, as the pipeline lists them; some sentences hold two figures.
    figures.sort(key=lambda f: f.article)
    for k in range(0, n - 1, 7):
        if figures[k].article == figures[k + 1].article:
            figures[k + 1] = replace(figures[k + 1], sentence=figures[k].sentence)
    return figures


def _edit(rng: random.Random, figures: list[FigureMention]) -> list[FigureMention]:
    out = list(figures)
    for _ in range(rng.randint(1, 3)):
        change = rng.choice(["change", "change", "add", "remove", "copy", "same", "twice", "swap", "article"])
        k = rng.randrange(len(out)) if out else 0
        if change == "change" and out:
            out[k] = _figure(rng, out[k].article)
        elif change == "add" or not out:
            out.insert(k, _figure(rng, out[k].article if out else ARTICLES[0]))
        elif change == "remove":
            del out[k]
        elif change == "copy":  # an equal figure, another object, elsewhere
            out.insert(rng.randrange(len(out) + 1), replace(out[k]))
        elif change == "same":  # an equal figure, another object, in its place
            out[k] = replace(out[k])
        elif change == "twice":  # the very same object twice
            out.insert(rng.randrange(len(out) + 1), out[k])
        elif change == "swap":
            j = rng.randrange(len(out))
            out[k], out[j] = out[j], out[k]
        else:  # a new article's figures in the middle
            new = f"a{k}x"
            out[k:k] = [_figure(rng, new) for _ in range(rng.randint(1, 3))]
    return out


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 10**9), st.integers(0, 70), st.integers(1, 8), st.integers(1, 5))
def test_incremental_conflicts_equal_fresh(seed: int, n: int, cap: int, steps: int) -> None:
    rng = random.Random(seed)
    figures = _corpus(rng, n)
    memo: dict = {}
    assert find_conflicts(figures, posting_cap=cap, memo=memo) == find_conflicts(figures, posting_cap=cap)
    for _ in range(steps):
        figures = _edit(rng, figures)
        assert find_conflicts(figures, posting_cap=cap, memo=memo) == find_conflicts(figures, posting_cap=cap)


def test_random_corpora_have_conflicts() -> None:
    """The property above is not vacuous: its corpora hold conflicts and pairs."""
    found = sum(bool(find_conflicts(_corpus(random.Random(seed), 60), posting_cap=8)) for seed in range(20))
    assert found >= 10


def test_known_features_per_article_are_the_same_as_reading_again() -> None:
    figures = _corpus(random.Random(7), 80)
    known = {a: figure_features([f for f in figures if f.article == a]) for a in {f.article for f in figures}}
    assert find_conflicts(figures, known=known) == find_conflicts(figures)
    assert find_conflicts(figures, known=known, memo={}) == find_conflicts(figures)


def test_the_memo_is_used(monkeypatch) -> None:
    """After one figure changes, the kept index is updated (no fresh index) and only the
    pairs of the changed figure are scored again."""
    rng = random.Random(3)
    figures = _corpus(rng, 300)
    memo: dict = {}
    find_conflicts(figures, memo=memo)
    assert "conflicts" in memo
    calls = {"match": 0, "fresh": 0}
    match, fresh = compare._match, compare._conflict_index
    monkeypatch.setattr(compare, "_match", lambda *a: calls.__setitem__("match", calls["match"] + 1) or match(*a))
    monkeypatch.setattr(compare, "_conflict_index",
                        lambda *a: calls.__setitem__("fresh", calls["fresh"] + 1) or fresh(*a))
    edited = list(figures)
    edited[150] = _figure(rng, edited[150].article)
    got = find_conflicts(edited, memo=memo)
    warm = dict(calls)
    assert got == find_conflicts(edited)
    assert warm["fresh"] == 0 and calls["fresh"] == 1
    assert warm["match"] * 5 < calls["match"] - warm["match"]
    # Reordered figures cannot keep the index: it is made afresh, and right.
    assert find_conflicts(edited[::-1], memo=memo) == find_conflicts(edited[::-1])
    assert calls["fresh"] == 3
