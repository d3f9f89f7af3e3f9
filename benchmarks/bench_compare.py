"""Benchmark: the cross-source comparison on a synthetic corpus (a script, not a test).

Builds N synthetic articles (about 30 sentences each, drawn from a large Zipf-like
vocabulary, with some claims, quotes and figures repeated across articles) and times
find_points, merge_quotes and find_conflicts at 1,000 and 5,000 articles. Near-linear
growth shows as a time ratio close to the size ratio (5x). Times are CPU seconds of
this process, steadier than wall time on a busy machine.

    python benchmarks/bench_compare.py [--sizes 1000 5000] [--seed 7]
"""
from __future__ import annotations

import argparse
import pathlib
import random
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from generator.conflicts import find_conflicts  # noqa: E402
from generator.extract import find_quotes  # noqa: E402
from generator.figures import find_figures  # noqa: E402
from generator.models import Article, Block, Metadata  # noqa: E402
from generator.points import find_points  # noqa: E402
from generator.quotes import merge_quotes  # noqa: E402
from generator.sentences import split_article  # noqa: E402

SYLLABLES = "ba be bi bo bu ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu".split()
FUNCTION = "the a of in to and for on with that by from as at".split()
NOUNS = "ships vessels contracts workers patents licences families homes schools trucks".split()


def vocabulary(rng: random.Random, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def zipf_word(rng: random.Random, vocab: list[str]) -> str:
    # Rank drawn with density ~ 1/rank: a few very common words, a long tail of rare ones.
    return vocab[min(len(vocab) - 1, int(len(vocab) ** rng.random()) - 1)]


def sentence(rng: random.Random, vocab: list[str], n: int = 14) -> str:
    words = [zipf_word(rng, vocab) if rng.random() < 0.65 else rng.choice(FUNCTION) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def corpus(n_articles: int, seed: int) -> list[Article]:
    rng = random.Random(seed)
    vocab = vocabulary(rng, 40_000)
    # Claims, quotes and figures that several outlets repeat (a story has many sub-stories).
    claims = [sentence(rng, vocab) for _ in range(max(10, n_articles // 5))]
    quotes = [sentence(rng, vocab, 12) for _ in range(max(10, n_articles // 5))]
    names = [f"{zipf_word(rng, vocab).capitalize()} {zipf_word(rng, vocab).capitalize()}" for _ in range(200)]
    # Places where outlets count things, each shared by a handful of articles.
    sites = [f"{rng.choice(vocab)} {rng.choice(vocab)}" for _ in range(max(10, n_articles // 4))]
    out: list[Article] = []
    for a in range(n_articles):
        paras: list[str] = []
        for _p in range(6):
            sents = []
            for _s in range(5):
                r = rng.random()
                if r < 0.08:
                    sents.append(rng.choice(claims))
                elif r < 0.12:
                    who = rng.choice(names)
                    sents.append(f"“{rng.choice(quotes)[:-1]},” {who} said.")
                elif r < 0.17:
                    noun = rng.choice(NOUNS)
                    sents.append(f"There were {rng.choice([120, 150, 3000])} {noun} waiting at the {rng.choice(sites)} dock.")
                else:
                    sents.append(sentence(rng, vocab))
            paras.append(" ".join(sents))
        out.append(Article(f"a{a:05d}", f"a{a:05d}.txt", Metadata(), tuple(Block("paragraph", p) for p in paras), ()))
    return out


def run(n: int, seed: int) -> dict[str, float]:
    arts = corpus(n, seed)
    sents = {a.id: split_article(a) for a in arts}
    t = time.process_time()
    qs = [q for a in arts for q in find_quotes(a, sents[a.id])]
    fs = [f for a in arts for f in find_figures(a, sents[a.id])]
    times = {"extract": time.process_time() - t}
    t = time.process_time()
    points = find_points(arts, sents)
    times["find_points"] = time.process_time() - t
    t = time.process_time()
    merged = merge_quotes(qs)
    times["merge_quotes"] = time.process_time() - t
    t = time.process_time()
    conflicts = find_conflicts(fs)
    times["find_conflicts"] = time.process_time() - t
    n_sent = sum(len(s) for s in sents.values())
    print(f"{n:6d} articles {n_sent:7d} sentences {len(qs):6d} quotes {len(fs):6d} figures -> "
          f"{len(points)} points, {len(merged)} quotes, {len(conflicts)} conflicts")
    print("       " + "  ".join(f"{k} {v:6.2f}s" for k, v in times.items()))
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    results = {n: run(n, args.seed) for n in args.sizes}
    if len(results) >= 2:
        small, big = min(results), max(results)
        print(f"growth {small} -> {big} articles (x{big / small:g}):")
        for key in results[small]:
            ratio = results[big][key] / max(results[small][key], 1e-9)
            print(f"  {key:15} x{ratio:5.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
