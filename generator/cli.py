"""The command line: ``python -m generator build|dates`` (also installed as ``briefing``).

Library exceptions and warnings are turned into messages and exit codes here, and
only here.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from datetime import date
from pathlib import Path

from . import __version__, dates, read
from .models import printable
from .pipeline import Options, build
from .write import WriteError

EXIT_OK = 0
EXIT_INPUT = 1  # an input could not be used at all, or --strict and a warning was raised
EXIT_USAGE = 2  # bad arguments, or the seeds folder is missing


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="briefing", description="Turn a folder of news articles into a briefing site.")
    ap.add_argument("--version", action="version", version=f"briefing {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="read every article in --seeds and write the pages and export into --docs")
    b.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of input articles (default: seeds/)")
    b.add_argument("--docs", type=Path, default=Path("docs"), help="MkDocs docs folder to write into (default: docs/)")
    b.add_argument("--strict", action="store_true", help="exit non-zero when any warning was raised")
    b.add_argument("--jobs", type=int, default=0, help="worker processes for large corpora (default: one per core)")
    b.add_argument("--no-cache", action="store_true",
                   help="do not read or write the per-article cache (.briefing-cache/ in the project folder, "
                        "or the user's cache folder when not run from a project)")
    d = sub.add_parser("dates", help="print every date expression in FILE (or stdin) as JSON lines")
    d.add_argument("--anchor", type=date.fromisoformat, default=None,
                   help="publication date YYYY-MM-DD that relative dates are resolved against")
    d.add_argument("file", nargs="?", type=Path, help="text file (default: standard input)")
    return ap


def cache_folder(seeds: Path) -> Path:
    """Where the per-article cache lives: ``.briefing-cache/`` in the project folder (the
    working folder, when it holds ``mkdocs.yml``), else a folder of the user's cache
    folder ($XDG_CACHE_HOME or ~/.cache) named for the seeds folder: never beside an
    arbitrary --seeds folder."""
    here = Path.cwd()
    if (here / "mkdocs.yml").is_file():
        return here / ".briefing-cache"
    home = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return home / "briefing" / hashlib.sha256(str(seeds.resolve()).encode()).hexdigest()[:16]


def cmd_build(args: argparse.Namespace) -> int:
    if not args.seeds.is_dir():
        print(f"briefing: error: seeds folder {args.seeds} does not exist or is not a folder", file=sys.stderr)
        return EXIT_USAGE
    try:
        cache = None if args.no_cache else cache_folder(args.seeds)
        result = build(Options(seeds=args.seeds, docs=args.docs, strict=args.strict, jobs=args.jobs, cache=cache,
                               progress=True))
    except WriteError as exc:
        print(f"briefing: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    for p in result.problems:
        print(f"warning: {p}", file=sys.stderr)
    c, r = result.counts, result.report
    state = "up to date" if result.up_to_date else (
        f"{len(r.written)} written, {r.unchanged} unchanged, {len(r.deleted)} removed")
    print(
        f"briefing: {c.get('articles', 0)} articles, {c.get('events', 0)} events, {c.get('quotes', 0)} quotes, "
        f"{c.get('figures', 0)} figures, {c.get('conflicts', 0)} disagreements -> {args.docs} ({state}); "
        f"{len(result.problems)} warning{'s' if len(result.problems) != 1 else ''}",
        file=sys.stderr,
    )
    if result.unusable:
        names = ", ".join(printable(n) for n in result.unusable)
        print(f"briefing: {len(result.unusable)} input file(s) could not be used: {names}", file=sys.stderr)
        return EXIT_INPUT
    if args.strict and result.problems:
        print("briefing: --strict: failing because of the warnings above", file=sys.stderr)
        return EXIT_INPUT
    return EXIT_OK


def cmd_dates(args: argparse.Namespace) -> int:
    name = str(args.file) if args.file else "<stdin>"
    try:
        data = args.file.read_bytes() if args.file else sys.stdin.buffer.read()
    except OSError as exc:
        print(f"briefing: error: cannot read {name}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_INPUT
    src, problems = read.decode(data, name)
    for p in problems:
        print(f"warning: {p}", file=sys.stderr)
    if src is None:
        return EXIT_INPUT
    out = sys.stdout
    for t in dates.tag(src.text, args.anchor):
        out.write(json.dumps({"start": t.start, "end": t.end, "text": t.text, "value": t.value,
                              "inferred": t.inferred}, ensure_ascii=False) + "\n")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "build":
        return cmd_build(args)
    return cmd_dates(args)
