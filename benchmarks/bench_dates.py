"""Time generator.dates.tag() on about 1 MB of news-like text.

A script, not a test: ``python benchmarks/bench_dates.py [MEGABYTES]`` prints, for a
generated text that is far denser in dates than real news (a stress case) and, when
``seeds/`` is there, for the seed articles repeated to the same size (real prose), the
size, the number of expressions found and the best of three timings.
"""
from __future__ import annotations

import datetime
import pathlib
import random
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from generator.dates import tag  # noqa: E402  (after the path set-up above)
from generator.models import DateMention, Sentence, TimeExpr  # noqa: E402
from generator.timeline import build_events  # noqa: E402

# Sentences in the style of news copy, many with date expressions, many with none.
TEMPLATES = [
    "The company said on {wd} that revenue rose 12% to US$4.5 billion in the third quarter.",
    "Officials met in {city} on {day} {month} {year} to discuss the 5G roll-out.",
    "The ministry had announced the plan last week, two days after the vote.",
    "Shares fell 3.2 per cent in early trading, the lowest level since {month} {year}.",
    "More than 2,000 workers joined the protest, according to police estimates.",
    "The talks are expected to resume in the coming weeks, a spokesperson said.",
    "Analysts expect growth to slow in the first half of {year} before recovering in mid-{year2}.",
    "Call 020 7946 0958 or visit the website for more information about the Mate 30.",
    "The agreement, signed on {month} {dayn}, runs for five years and covers 114 affiliates.",
    "Prices have doubled since the 1990s, and the trend continued last month.",
    "He was appointed in {year} and stepped down three days ago amid COVID-19 concerns.",
    "The board will meet again next month to review the {year} decision.",
    "Theresa May said she may return to the issue at some point, but gave no details.",
    "Sales in the fourth quarter of last year were the strongest on record.",
    "The report, published {year}-{mm}-{dd}, was updated yesterday and again today.",
    "Between May and July the factory produced 45,000 units for export markets.",
    "Nothing in the statement suggested a change of course, observers noted.",
]
CITIES = ["Beijing", "London", "Geneva", "Brussels", "Washington", "Singapore"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def make_text(size: int, seed: int = 7) -> str:
    """About ``size`` characters of paragraphs built from the templates."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        para = " ".join(
            rng.choice(TEMPLATES).format(
                wd=rng.choice(WEEKDAYS), city=rng.choice(CITIES), day=rng.randint(1, 28),
                month=rng.choice(MONTHS), year=rng.randint(1995, 2024), year2=rng.randint(1995, 2024),
                dayn=rng.randint(1, 28), mm=f"{rng.randint(1, 12):02d}", dd=f"{rng.randint(1, 28):02d}")
            for _ in range(rng.randint(2, 5)))
        parts.append(para)
        total += len(para) + 2
    return "\n\n".join(parts)


def seed_text(size: int) -> str | None:
    """The seed articles, repeated to about ``size`` characters, or None without seeds."""
    folder = pathlib.Path(__file__).resolve().parents[1] / "seeds"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not texts:
        return None
    one = "\n\n".join(texts) + "\n\n"
    return (one * (size // len(one) + 1))[:size]


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    size = int(megabytes * 1_000_000)
    time_tag("generated (dense)", make_text(size))
    real = seed_text(size)
    if real is not None:
        time_tag("seed articles", real)
    for n in (2_000, 8_000, 32_000):
        time_merge(n)


def time_tag(name: str, text: str) -> None:
    """Print the best of three timings of tag() on text."""
    anchor = datetime.date(2019, 9, 18)
    best = best_cpu = float("inf")
    found = 0
    for _ in range(3):
        t0, c0 = time.perf_counter(), time.process_time()
        found = len(tag(text, anchor))
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    # CPU time is the fairer figure on a busy machine; wall time is what a user waits.
    print(f"{name}: {len(text):,} characters, {found:,} expressions, best of 3: "
          f"{best:.3f} s wall, {best_cpu:.3f} s CPU")


def make_mentions(n: int, seed: int = 7) -> list[DateMention]:
    """n dated mentions spread over 40 articles (half of them undated, their years
    guessed) and about 900 days, many sharing common words: a stress case for merging."""
    rng = random.Random(seed)
    topics = ["tariff", "merger", "strike", "election", "flood", "launch", "lawsuit", "summit"]
    out = []
    for i in range(n):
        day = datetime.date(2018, 1, 1) + datetime.timedelta(days=rng.randint(0, 900))
        cue = f"{day.day} {MONTHS[day.month - 1]}"
        text = f"Officials discussed the {rng.choice(topics)} number {i % 97} on {cue} in {rng.choice(CITIES)}."
        article = f"art{i % 40}"
        start = text.index(cue)
        sentence = Sentence(article, 0, i, text, 0, len(text))
        expr = TimeExpr(start, start + len(cue), cue, day.isoformat(), inferred=i % 40 < 20)
        out.append(DateMention(article, sentence, expr, text))
    return out


def time_merge(n: int) -> None:
    """Print the best of three timings of build_events() on n mentions (near-linear:
    four times the mentions should take about four times as long)."""
    mentions = make_mentions(n)
    best = float("inf")
    events = 0
    for _ in range(3):
        t0 = time.process_time()
        events = len(build_events(mentions))
        best = min(best, time.process_time() - t0)
    print(f"merge: {n:,} mentions -> {events:,} events, best of 3: {best:.3f} s CPU")


if __name__ == "__main__":
    main()
