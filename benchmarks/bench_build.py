"""Benchmark: the whole build at N = 100, 1,000 and 10,000 synthetic articles.

    .venv/bin/python benchmarks/bench_build.py [--sizes 100 1000 10000] [--keep DIR]

For each N it writes a synthetic corpus (benchmarks/synth.py), then measures, each in
its own process: the generator (`python -m generator build`), the MkDocs build of the
generated docs (`mkdocs build`, the hook finding nothing to rewrite), their peak memory,
the size of site/ and of the search index. Then, at the middle size, one seed is edited
and the generator re-run, to measure the incremental rebuild; then more seeds are edited
in turn and rebuilt in one running process, as under `mkdocs serve` (modules loaded,
per-article results in memory), timing all but the first rebuild (the median and range
are printed). It prints a table and the ratios the scale issue asks for. Times are
wall-clock seconds on this machine: compare ratios within one run, not across machines.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synth import write_corpus  # noqa: E402

TIME = Path("/usr/bin/time")


def run(cmd: list[str], cwd: Path) -> tuple[float, float | None]:
    """(wall seconds, peak RSS in MB or None) of a command; raises on failure."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if TIME.exists():
        with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
            t0 = time.perf_counter()
            r = subprocess.run([str(TIME), "-f", "%M", "-o", out.name, *cmd], cwd=cwd, env=env,
                               capture_output=True, text=True)
            wall = time.perf_counter() - t0
            rss = float(out.read().strip().splitlines()[-1]) / 1024 if r.returncode == 0 else None
    else:
        t0 = time.perf_counter()
        r = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
        wall, rss = time.perf_counter() - t0, None
    if r.returncode not in (0, 1):  # 1: some synthetic input gave a warning-level skip
        raise SystemExit(f"{' '.join(cmd)} failed ({r.returncode}):\n{r.stderr[-2000:]}")
    return wall, rss


# Times the rebuilds a live process makes after each of seeds argv[2:] is edited in turn,
# once it has rebuilt after an earlier edit (argv[1]): as the MkDocs hook under `mkdocs
# serve` does, with per-article results kept in memory between builds. Prints the times.
LIVE = """
import sys, time
from pathlib import Path
sys.path.insert(0, %r)
from benchmarks.bench_build import edit
from generator.cache import Memory
from generator.pipeline import Options, build
options = Options(Path("seeds"), Path("docs"), cache=Path(".briefing-cache"), memory=Memory())
edit(Path(sys.argv[1]))
build(options)
for seed in sys.argv[2:]:
    edit(Path(seed))
    start = time.perf_counter()
    build(options)
    print(time.perf_counter() - start)
""" % str(ROOT)
LIVE_EDITS = 5


def edit(seed: Path) -> None:
    """Change one word of a seed, as a user correcting a file would."""
    seed.write_text(seed.read_text(encoding="utf-8").replace(" the ", " the revised ", 1), encoding="utf-8")


def size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def project(base: Path, n: int) -> Path:
    proj = base / f"n{n}"
    shutil.rmtree(proj, ignore_errors=True)
    write_corpus(proj / "seeds", n)
    shutil.copytree(ROOT / "docs" / "assets", proj / "docs" / "assets")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (proj / "mkdocs.yml").write_text(config.replace("generator/mkdocs_hooks.py",
                                                    str(ROOT / "generator" / "mkdocs_hooks.py")), encoding="utf-8")
    return proj


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temp folder)")
    args = ap.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    py = sys.executable
    rows = []
    incremental = None
    for n in args.sizes:
        proj = project(base, n)
        gen, gen_rss = run([py, "-m", "generator", "build", "--seeds", "seeds", "--docs", "docs"], proj)
        mk, mk_rss = run([py, "-m", "mkdocs", "build", "--quiet"], proj)
        index = proj / "site" / "search" / "search_index.json"
        rows.append({"n": n, "gen": gen, "gen_rss": gen_rss, "mkdocs": mk, "mk_rss": mk_rss,
                     "site": size_mb(proj / "site"), "index": index.stat().st_size / 1e6 if index.exists() else 0.0})
        if n == sorted(args.sizes)[len(args.sizes) // 2]:
            seeds = sorted((proj / "seeds").glob("*.txt"))
            edit(seeds[n // 2])
            again, _ = run([py, "-m", "generator", "build", "--seeds", "seeds", "--docs", "docs"], proj)
            # As under `mkdocs serve`: a running process (modules loaded) rebuilds after an edit.
            picked = [str(seeds[n * k // (LIVE_EDITS + 3)]) for k in range(1, LIVE_EDITS + 2)]
            r = subprocess.run([py, "-c", LIVE, *picked], cwd=proj, capture_output=True, text=True, check=True)
            incremental = (n, again, gen, sorted(float(t) for t in r.stdout.split()))
        print(f"  measured N={n}", file=sys.stderr)

    print("| N | generator s | MkDocs s | total s | generator / MkDocs | peak MB (gen / mkdocs) | site MB | "
          "search index MB | index KB / article |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        rss = f"{r['gen_rss'] or 0:.0f} / {r['mk_rss'] or 0:.0f}"
        print(f"| {r['n']:,} | {r['gen']:.1f} | {r['mkdocs']:.1f} | {r['gen'] + r['mkdocs']:.1f} | "
              f"{r['gen'] / r['mkdocs']:.2f} | {rss} | {r['site']:.1f} | {r['index']:.1f} | "
              f"{r['index'] * 1000 / r['n']:.1f} |")
    print()
    for a, b in zip(rows, rows[1:]):
        ta, tb = a["gen"] + a["mkdocs"], b["gen"] + b["mkdocs"]
        print(f"whole build N={b['n']:,} / N={a['n']:,}: {tb / ta:.1f}x for {b['n'] / a['n']:.0f}x the articles")
    if incremental:
        n, again, full, live = incremental
        mid = statistics.median(live)
        print(f"incremental: one seed changed among {n:,}: {again:.2f} s = {100 * again / full:.0f}% "
              f"of the full generator run ({full:.2f} s); in a running process (mkdocs serve), median "
              f"of {len(live)} edits: {mid:.2f} s = {100 * mid / full:.0f}% "
              f"({live[0]:.2f} to {live[-1]:.2f} s)")
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
