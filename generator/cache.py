"""The build cache: per-article results keyed by the input's content and the code.

A key is a hash of the generator's own source code (so any code change invalidates
everything), the input file's name, bytes and sidecar values, and whatever else the
result depends on (the corpus year, for an undated article's dates). Entries are
pickles written by this module into a folder of the project's own; a missing,
unreadable or foreign entry is simply a miss.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


@cache
def code_version() -> str:
    """A hash of every source file of the generator package."""
    h = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*.py")):
        h.update(path.relative_to(PACKAGE).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def key(*parts: object) -> str:
    """A cache key from JSON-able parts (plus the code version)."""
    blob = json.dumps([code_version(), *parts], sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class Memory:
    """The in-memory copy of the cache that a process building again and again keeps
    between builds (the MkDocs hook under ``mkdocs serve``): the per-article results by
    (kind, key), so that a rebuild does not load every entry from disk again. Keys are
    content hashes, so an entry is never stale; ``prune`` keeps only the current
    corpus's. This is the only state a build leaves for the next one in memory."""

    __slots__ = ("entries",)

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], object] = {}


class Cache:
    """A folder of pickled results; ``None`` folder means no caching at all. With a
    ``Memory``, the results are also kept in memory between builds of one process."""

    def __init__(self, folder: Path | None, memory: Memory | None = None) -> None:
        self.folder = folder
        self.memory = memory

    def on_disk(self) -> Cache:
        """The same cache without its memory (what worker processes are given)."""
        return Cache(self.folder)

    def get(self, kind: str, k: str) -> object | None:
        if self.folder is None:
            return None
        if self.memory is not None and (kind, k) in self.memory.entries:
            return self.memory.entries[(kind, k)]
        try:
            with open(self.folder / kind / f"{k}.pickle", "rb") as f:
                value = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None
        self.remember(kind, k, value)
        return value

    def remember(self, kind: str, k: str, value: object) -> None:
        """Keep ``value`` in memory only (it is on disk already)."""
        if self.folder is not None and self.memory is not None:
            self.memory.entries[(kind, k)] = value

    def put(self, kind: str, k: str, value: object) -> None:
        if self.folder is None:
            return
        self.remember(kind, k, value)
        self.put_pickled(kind, k, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def put_pickled(self, kind: str, k: str, blob: bytes) -> None:
        """Store a value already pickled (on disk only)."""
        if self.folder is None:
            return
        folder = self.folder / kind
        try:
            folder.mkdir(parents=True, exist_ok=True)
            tmp = folder / f"{k}.{os.getpid()}.tmp"
            with open(tmp, "wb") as f:
                f.write(blob)
            os.replace(tmp, folder / f"{k}.pickle")
        except OSError:
            pass  # a cache that cannot be written only costs time


def prune(cache_: Cache, used: dict[str, set[str]]) -> None:
    """Delete the entries of each kind that this build did not use (keeps the folder,
    and the memory, bounded by the corpus)."""
    if cache_.folder is None:
        return
    if cache_.memory is not None:
        entries = cache_.memory.entries
        for stale in [mk for mk in entries if mk[0] in used and mk[1] not in used[mk[0]]]:
            del entries[stale]
    for kind, keys in used.items():
        folder = cache_.folder / kind
        if not folder.is_dir():
            continue
        for entry in folder.iterdir():
            if entry.suffix == ".pickle" and entry.stem not in keys:
                try:
                    entry.unlink()
                except OSError:
                    pass
