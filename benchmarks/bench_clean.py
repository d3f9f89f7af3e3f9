"""Time clean + metadata per article on the seeds.

A script, not a test: ``python benchmarks/bench_clean.py [ROUNDS]`` prints the best of
three timings of cleaning the seed articles and reading their metadata, per article.
The budget is 10 ms an article on a quiet machine (about 2 ms on a typical one); a
timed assertion in the test suite failed under load (a busy CI box), so the number is
watched here instead.
"""
from __future__ import annotations

import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.clean import clean  # noqa: E402  (after the path set-up above)
from generator.metadata import extract_metadata  # noqa: E402
from generator.read import read_folder  # noqa: E402

BUDGET_MS = 10.0


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    texts, _ = read_folder(ROOT / "seeds")
    for t in texts:  # warm up
        extract_metadata(clean(t), "x")
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(rounds):
            for t in texts:
                extract_metadata(clean(t), "x")
        best = min(best, (time.perf_counter() - start) / (rounds * len(texts)))
    print(f"clean + metadata: {best * 1000:.2f} ms per article over {len(texts)} seeds "
          f"(budget {BUDGET_MS:.0f} ms): {'ok' if best * 1000 < BUDGET_MS else 'OVER BUDGET'}")
    return 0 if best * 1000 < BUDGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
