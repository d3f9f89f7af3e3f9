"""build_events with a memo (a running process's rebuilds) gives what a fresh call gives.

The memo keeps the first pass's decisions (timeline.MergeRecord); the next call replays
those that provably stand (timeline._Replaying). These tests edit random corpora in
every way a rebuild meets (an article changed, added, removed, re-read into new objects,
a guessed year moved, the list reordered) and compare each call with a fresh one, under
small limits so that full member lists, hidden words and cut candidate lists all occur.
"""
from __future__ import annotations

import dataclasses
import pickle
import random
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import timeline
from generator.models import DateMention, Sentence, TimeExpr
from generator.timeline import build_events

# (value, cue, inferred): days, weeks, months, a quarter, years; "on 5 March" is a guessed
# year (inferred, no year written), which _align_guessed_years may move.
VALUES = [("2020-03-05", "on 5 March 2020", False), ("2020-03-06", "on 6 March 2020", False),
          ("2020-03", "in March 2020", False), ("2020-W10", "in the week of 2 March 2020", False),
          ("2020-Q1", "in the first quarter of 2020", False), ("2020", "in 2020", False),
          ("2019", "in 2019", False), ("2019-12-31", "on 31 December 2019", False),
          ("2019-12", "in December 2019", False), ("2021-03-05", "on 5 March", True),
          ("2021-03", "in March", True), ("2021-03-06", "on 6 March", True)]


def _mention(article: str, index: int, words: str, value: str, cue: str, inferred: bool,
             label: str | None = None) -> DateMention:
    text = f"The {words} {cue}."
    start = text.index(cue)
    sentence = Sentence(article, 0, index, text, 0, len(text))
    return DateMention(article, sentence, TimeExpr(start, start + len(cue), cue, value, inferred), label or text)


class _Corpus:
    """Articles of mentions drawn from a small vocabulary, many sentences repeated word
    for word (syndicated copy); edits make new mention objects, as a rebuild does."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        self.vocab = [f"{a}{b}ro" for a in "bdgkmpstvz" for b in "aiou"][: rng.randint(8, 40)]
        self.templates = [" ".join(rng.sample(self.vocab, rng.randint(2, 6))) for _ in range(rng.randint(3, 12))]
        self.articles: dict[str, list[DateMention]] = {}
        self.made = 0
        for _ in range(max(1, n // 4)):
            self.add()

    def article(self, name: str) -> list[DateMention]:
        rng = self.rng
        out = []
        for i in range(rng.randint(1, 8)):
            words = (rng.choice(self.templates) if rng.random() < 0.7
                     else " ".join(rng.sample(self.vocab, rng.randint(1, 6))))
            value, cue, inferred = rng.choice(VALUES)
            label = f"{words.split()[0]} {cue}" if rng.random() < 0.2 else None
            out.append(_mention(name, i, words, value, cue, inferred, label))
        return out

    def add(self) -> None:
        self.made += 1
        name = f"a{self.made:03d}"
        self.articles[name] = self.article(name)

    def edit(self) -> str:
        """One random edit; its name."""
        rng, names = self.rng, sorted(self.articles)
        kind = rng.choice(["rewrite", "add", "remove", "reread", "word", "value", "none", "new-word"])
        name = rng.choice(names)
        ms = self.articles[name]
        if kind == "rewrite":
            self.articles[name] = self.article(name)
        elif kind == "add":
            self.add()
        elif kind == "remove" and len(names) > 1:
            del self.articles[name]
        elif kind == "reread":  # the same text read again: equal mentions, new objects
            self.articles[name] = [dataclasses.replace(m, sentence=dataclasses.replace(m.sentence)) for m in ms]
        elif kind in ("word", "new-word"):  # one sentence gets a word (a new one or the corpus's)
            k = rng.randrange(len(ms))
            word = f"zz{rng.randint(0, 3)}q" if kind == "new-word" else rng.choice(self.vocab)
            m = ms[k]
            text = m.sentence.text.replace("The ", f"The {word} ", 1)
            start = text.index(m.expr.text)
            ms[k] = dataclasses.replace(m, sentence=dataclasses.replace(m.sentence, text=text, end=len(text)),
                                        expr=dataclasses.replace(m.expr, start=start, end=start + len(m.expr.text)),
                                        label=text if m.label == m.sentence.text else m.label)
        elif kind == "value":
            k = rng.randrange(len(ms))
            value, cue, inferred = rng.choice(VALUES)
            words = ms[k].sentence.text.split(" ")[1]
            ms[k] = _mention(name, k, words, value, cue, inferred)
        return kind

    def mentions(self) -> list[DateMention]:
        out = [m for name in sorted(self.articles) for m in self.articles[name]]
        if self.rng.random() < 0.2:
            self.rng.shuffle(out)  # the order of the list given must not matter
        return out


def _events(ms: list[DateMention], memo: dict | None) -> tuple:
    return build_events(ms, timeline.mention_words(ms, {}), memo=memo)


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 10**9), st.integers(4, 80), st.integers(1, 12), st.integers(1, 4), st.integers(2, 6),
       st.integers(1, 6))
def test_replayed_merges_equal_fresh_ones(seed: int, n: int, steps: int, members: int, bucket: int,
                                          candidates: int) -> None:
    rng = random.Random(seed)
    corpus = _Corpus(rng, n)
    memo: dict = {}
    with mock.patch.object(timeline, "MEMBER_LIMIT", members), mock.patch.object(timeline, "BUCKET_LIMIT", bucket), \
            mock.patch.object(timeline, "CANDIDATE_LIMIT", candidates):
        for _ in range(steps + 1):
            ms = corpus.mentions()
            assert _events(ms, memo) == _events(ms, None)
            if rng.random() < 0.2:  # sent to another process and back, as from the timeline's child
                record = pickle.loads(pickle.dumps(memo["merge"]))
                assert record.mentions is None
                record.mentions = memo["merge"].mentions
                memo["merge"] = record
            corpus.edit()


def _spy(monkeypatch) -> dict[str, int]:
    """Counts of first-pass decisions: taken as they were, or made again."""
    seen = {"whole": 0, "found": 0}
    decided = timeline._Replaying.decided

    def spy(self, it, candidates):
        got = decided(self, it, candidates)
        seen["whole" if got is not None else "found"] += 1
        return got

    monkeypatch.setattr(timeline._Replaying, "decided", spy)
    return seen


def test_an_unchanged_corpus_replays_every_decision(monkeypatch) -> None:
    corpus = _Corpus(random.Random(7), 200)
    ms = corpus.mentions()
    memo: dict = {}
    first = _events(ms, memo)
    seen = _spy(monkeypatch)
    assert _events(ms, memo) == first
    assert seen["whole"] > 0 and seen["found"] == 0


def test_one_edited_article_scores_few_decisions_again(monkeypatch) -> None:
    corpus = _Corpus(random.Random(8), 400)
    memo: dict = {}
    _events(corpus.mentions(), memo)
    # The article read again (new objects), one of its dates changed: no word is used by
    # more or fewer mentions, so only its own decisions and those they touch are made again.
    name = sorted(corpus.articles)[5]
    ms = corpus.articles[name]
    corpus.articles[name] = [dataclasses.replace(m, expr=dataclasses.replace(m.expr, value="2019-12-31"))
                             if k == 0 else dataclasses.replace(m) for k, m in enumerate(ms)]
    ms = corpus.mentions()
    scored = {"n": 0}
    closeness = timeline._Merger._closeness

    def counting(self, it, c):
        scored["n"] += 1
        return closeness(self, it, c)

    monkeypatch.setattr(timeline._Merger, "_closeness", counting)
    fresh = _events(ms, None)
    afresh, scored["n"] = scored["n"], 0
    assert _events(ms, memo) == fresh
    assert scored["n"] * 3 < afresh  # (a dense corpus: a few events of many members)


def test_a_different_count_of_mentions_replays_nothing(monkeypatch) -> None:
    """Every idf weight moves with the number of mentions: nothing is taken as it was."""
    corpus = _Corpus(random.Random(9), 100)
    memo: dict = {}
    _events(corpus.mentions(), memo)
    corpus.add()
    ms = corpus.mentions()
    seen = _spy(monkeypatch)
    assert _events(ms, memo) == _events(ms, None)
    assert seen["whole"] == 0


def test_a_detached_record_is_not_used(monkeypatch) -> None:
    corpus = _Corpus(random.Random(10), 100)
    ms = corpus.mentions()
    memo: dict = {}
    first = _events(ms, memo)
    memo["merge"] = pickle.loads(pickle.dumps(memo["merge"]))  # without its mentions
    seen = _spy(monkeypatch)
    assert _events(ms, memo) == first
    assert seen == {"whole": 0, "found": 0}
    assert memo["merge"].mentions is not None  # the new record is whole again


def test_a_failed_call_leaves_no_record(monkeypatch) -> None:
    corpus = _Corpus(random.Random(11), 60)
    ms = corpus.mentions()
    memo: dict = {}
    _events(ms, memo)

    def broken(*args, **kwargs):
        raise RuntimeError("interrupted")

    monkeypatch.setattr(timeline._Merger, "rehome", broken)
    with pytest.raises(RuntimeError):
        _events(ms, memo)
    assert "merge" not in memo


def test_replays_tells_whether_a_record_can_be_replayed() -> None:
    corpus = _Corpus(random.Random(12), 60)
    ms = corpus.mentions()
    memo: dict = {}
    assert not timeline.replays(ms, memo.get("merge"))  # no record yet
    _events(ms, memo)
    record = memo["merge"]
    assert timeline.replays(ms, record)
    assert not timeline.replays(ms + [_mention("z999", 0, "bala kiro", "2020-03-05", "on 5 March 2020", False)], record)
    assert timeline.replays(ms + [_mention("z999", 0, "bala kiro", "XXXX", "some day", False)], record)  # not placed
    assert not timeline.replays(ms, pickle.loads(pickle.dumps(record)))  # detached
