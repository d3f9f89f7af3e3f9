"""Benchmark: the cross-article stage of a build, stage by stage (a script, not a test).

For each size N it reads the synthetic corpus ``<base>/n<N>/seeds`` (written with
benchmarks/synth.py when missing), runs ``pipeline.analyse`` with a per-article cache
in ``--cache``/n<N> (outside the corpus) once to fill it, then again in fresh processes (only the
cross-article stage is recomputed, as in an incremental rebuild, with cold in-process
caches, every call in the measuring process: none in a forked child), and prints the
CPU time of each of the six cross-article calls:
build_events, merge_quotes, find_points, find_conflicts, find_entities and overview
(each as the pipeline calls it; the best of
``--repeat`` runs). CPU seconds are steadier than wall time on a busy machine.

    python benchmarks/bench_cross.py [--sizes 1000 10000] [--base /tmp/bench] [--cache /tmp/bench-cross-cache]
                                     [--repeat 1]
"""
from __future__ import annotations

import argparse
import json
import pathlib
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from benchmarks.synth import write_corpus  # noqa: E402
from generator import pipeline, read  # noqa: E402
from generator.cache import Cache  # noqa: E402

# The cross-article calls, patched where the pipeline looks them up.
STAGES = tuple((pipeline, name) for name in ("build_events", "merge_quotes", "find_points", "find_conflicts",
                                              "find_entities", "overview"))


def timed(fn: Callable, name: str, times: dict[str, float]) -> Callable:
    """fn, recording the CPU seconds of its last call under name in times."""
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            times[name] = time.process_time() - start
    return wrapper


def measure(seeds: pathlib.Path, cache: pathlib.Path) -> dict[str, float]:
    """CPU seconds of each cross-article call in one analyse() of the corpus in seeds."""
    times: dict[str, float] = {}
    originals = [(mod, name, getattr(mod, name)) for mod, name in STAGES]
    fork_call = pipeline.fork_call
    try:
        for mod, name, fn in originals:
            setattr(mod, name, timed(fn, name, times))
        # A build runs the timeline in a forked child on large corpora, where this
        # process's clock would not see it: here every call runs in this process.
        pipeline.fork_call = lambda fn, *args: (lambda: fn(*args))
        sources, _problems = read.read_folder(seeds)
        pipeline.analyse(sources, cache=Cache(cache))
    finally:
        pipeline.fork_call = fork_call
        for mod, name, fn in originals:
            setattr(mod, name, fn)
    return times


def measure_in_new_process(seeds: pathlib.Path, cache: pathlib.Path) -> dict[str, float]:
    """measure() in a fresh interpreter, so that no in-process cache is warm."""
    out = subprocess.run([sys.executable, __file__, "--one", str(seeds), str(cache)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--base", type=pathlib.Path, default=pathlib.Path("/tmp/bench"))
    ap.add_argument("--cache", type=pathlib.Path, default=pathlib.Path(tempfile.gettempdir()) / "bench-cross-cache")
    ap.add_argument("--repeat", type=int, default=1, help="runs per size after the cache is warm (best kept)")
    ap.add_argument("--one", nargs=2, type=pathlib.Path, metavar=("SEEDS", "CACHE"),
                    help="(internal) measure one corpus in this process and print the times as JSON")
    args = ap.parse_args()
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 100_000))  # the per-article cache pickles deep records
    if args.one:
        print(json.dumps(measure(*args.one)))
        return 0
    names = [name for _mod, name in STAGES]
    print(f"{'articles':>8} " + " ".join(f"{n:>14}" for n in names) + f" {'total':>8}")
    for n in args.sizes:
        seeds = args.base / f"n{n}" / "seeds"
        if not seeds.is_dir():
            seeds.mkdir(parents=True)
            write_corpus(seeds, n)
        cache = args.cache / f"n{n}"
        measure_in_new_process(seeds, cache)  # fills the per-article cache
        best: dict[str, float] = {}
        for _ in range(max(1, args.repeat)):
            for name, t in measure_in_new_process(seeds, cache).items():
                best[name] = min(t, best.get(name, t))
        print(f"{n:>8} " + " ".join(f"{best.get(name, 0.0):>14.3f}" for name in names)
              + f" {sum(best.values()):>8.3f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
