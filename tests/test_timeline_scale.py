"""Event merging as the corpus grows: many reports of one event still merge into one.

The corpora here are generated (invented words, so no stem or stopword rule is hit by
chance) and kept small enough to run in about a second.
"""
from __future__ import annotations

import datetime
import random
import subprocess
import sys
from pathlib import Path

from generator import timeline
from generator.models import DateMention, Event, Sentence, TimeExpr
from generator.timeline import BUCKET_LIMIT, MEMBER_LIMIT, build_events

D = datetime.date
ROOT = Path(__file__).resolve().parents[1]


def _mention(article: str, text: str, value: str, cue: str, index: int = 0) -> DateMention:
    start = text.index(cue)
    sentence = Sentence(article, 0, index, text, 0, len(text))
    return DateMention(article, sentence, TimeExpr(start, start + len(cue), cue, value, False), text)


def _words(rng: random.Random, n: int) -> list[str]:
    """n distinct invented words of letters only, never a stopword or a stem of another."""
    out: set[str] = set()
    while len(out) < n:
        out.add("".join(rng.choice("bdfgklmnprstvz") + rng.choice("aiou") for _ in range(4)))
    return sorted(out)


def _reports(n: int, events: int, seed: int = 3) -> tuple[list[DateMention], dict[str, int]]:
    """n reports, one per article, of `events` events on different days of May 2019:
    each names 5 of its event's 6 words and 2 of 50 words every event's reports use;
    one in three dates it by its month only. Also: article -> the event it reports."""
    rng = random.Random(seed)
    vocab = _words(rng, events * 6 + 50)
    topics = [vocab[i * 6:(i + 1) * 6] for i in range(events)]
    common = vocab[events * 6:]
    ms: list[DateMention] = []
    truth: dict[str, int] = {}
    for i in range(n):
        k = i % events
        day = D(2019, 5, 3 + 2 * k)
        words = rng.sample(topics[k], 5) + rng.sample(common, 2)
        rng.shuffle(words)
        if i % 3 == 2:
            cue, value = "in May 2019", "2019-05"
        else:
            cue, value = f"on {day.day} May 2019", day.isoformat()
        article = f"r{i:04d}"
        truth[article] = k
        ms.append(_mention(article, f"The {' '.join(words)} {cue}.", value, cue))
    return ms, truth


def _dump(events: tuple[Event, ...]) -> list:
    return [(e.date, e.label, [(c.article, c.sentence.index, c.cue) for c in e.mentions]) for e in events]


def test_a_thousand_reports_of_four_events_merge_into_four_events() -> None:
    # Each event's words are used by 250 mentions: common over the corpus, yet each
    # event is one cluster per month, so its words still find it.
    ms, truth = _reports(1000, 4)
    events = build_events(ms)
    assert len(events) == 4
    for ev in events:
        assert len({truth[c.article] for c in ev.mentions}) == 1  # one event's reports only
        assert ev.date.startswith("2019-05-") and len(ev.mentions) == 250  # its day, every report


def test_more_reports_do_not_make_more_events() -> None:
    small, _ = _reports(200, 4)
    large, _ = _reports(1600, 4)
    assert len(build_events(small)) == len(build_events(large)) == 4


def test_a_word_of_every_event_in_a_month_does_not_merge_them() -> None:
    # 100 events in one month share the word of the place they happen in, so that word's
    # bucket overflows BUCKET_LIMIT: it is no key any more, yet each event's own words
    # still merge its three reports, and the shared word still does not merge events.
    rng = random.Random(5)
    vocab = _words(rng, 201)
    place = vocab[-1]
    ms = []
    for k in range(100):
        day = D(2019, 5, 1 + k % 28)
        cue = f"on {day.day} May 2019"
        for r in range(3):
            ms.append(_mention(f"e{k:03d}r{r}", f"In {place} the {vocab[2 * k]} {vocab[2 * k + 1]} {cue}.",
                               day.isoformat(), cue))
    assert 100 > BUCKET_LIMIT
    events = build_events(ms)
    assert len(events) == 100
    assert all(len({c.article[:4] for c in ev.mentions}) == 1 and len(ev.mentions) == 3 for ev in events)


def test_a_large_event_is_scored_by_a_bounded_number_of_members(monkeypatch) -> None:
    # 300 reports of one event, each naming 8 of its 10 words and one word of its own:
    # every report has a distinct word set, but the event compares newcomers with
    # MEMBER_LIMIT of them only.
    rng = random.Random(9)
    vocab = _words(rng, 10 + 300)
    topic, extra = vocab[:10], vocab[10:]
    ms = []
    for i in range(300):
        words = rng.sample(topic, 8) + [extra[i]]
        ms.append(_mention(f"a{i:03d}", f"The {' '.join(words)} on 9 May 2019.", "2019-05-09", "on 9 May 2019"))
    compared: list[int] = []
    closeness = timeline._Merger._closeness

    def spy(self, it, c):
        compared.append(len(c.distinct))
        return closeness(self, it, c)

    monkeypatch.setattr(timeline._Merger, "_closeness", spy)
    events = build_events(ms)
    assert len(events) == 1 and len(events[0].mentions) == 300
    assert max(compared) == MEMBER_LIMIT < 300


def test_large_corpus_output_does_not_depend_on_input_order() -> None:
    ms, _ = _reports(600, 6)
    first = build_events(ms)
    shuffled = list(ms)
    random.Random(1).shuffle(shuffled)
    assert build_events(shuffled) == first


def test_large_corpus_output_does_not_depend_on_the_hash_seed() -> None:
    code = ("import hashlib, json, sys; sys.path[:0] = [sys.argv[1], sys.argv[2]]; "
            "from test_timeline_scale import _reports, _dump; from generator.timeline import build_events; "
            "ms, _ = _reports(600, 6); "
            "print(hashlib.sha256(json.dumps(_dump(build_events(ms))).encode()).hexdigest())")
    digests = set()
    for seed in ("1", "2"):
        out = subprocess.run([sys.executable, "-c", code, str(ROOT), str(Path(__file__).parent)],
                             env={"PYTHONHASHSEED": seed}, capture_output=True, text=True, check=True)
        digests.add(out.stdout.strip())
    assert len(digests) == 1
