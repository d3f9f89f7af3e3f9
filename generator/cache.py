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


class Cache:
    """A folder of pickled results; ``None`` folder means no caching at all.

    ``memory`` (a dict the caller keeps, e.g. the MkDocs hook of a running ``mkdocs
    serve``) also holds the results in memory between builds of one process, so a
    rebuild does not load every entry from disk again. Keys are content hashes: an
    entry never goes stale, and ``prune`` keeps only the current corpus's.
    """

    def __init__(self, folder: Path | None, memory: dict[tuple[str, str], object] | None = None) -> None:
        self.folder = folder
        self.memory = memory

    def disk(self) -> Cache:
        """The same cache without its memory (what worker processes are given)."""
        return Cache(self.folder)

    def get(self, kind: str, k: str) -> object | None:
        if self.folder is None:
            return None
        if self.memory is not None and (kind, k) in self.memory:
            return self.memory[(kind, k)]
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
            self.memory[(kind, k)] = value

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


# Where, in a cache's memory, a running process keeps what the last prune left in the
# folder: (the folder, the keys used by kind).
PRUNED = ("incremental", "pruned")


def prune(cache_: Cache, used: dict[str, set[str]]) -> None:
    """Delete the entries of each kind that this build did not use (keeps the folder bounded).

    With the cache's memory (a running process), the folder is not listed again after
    the first prune: the entries to delete are those the last build used and this one
    did not (entries another process writes meanwhile stay until a later process prunes)."""
    if cache_.folder is None:
        return
    if cache_.memory is not None:
        # (Entries of other kinds, such as what a running build keeps for the next one, stay.)
        for stale in [mk for mk in cache_.memory if mk[0] in used and mk[1] not in used[mk[0]]]:
            del cache_.memory[stale]
        last = cache_.memory.pop(PRUNED, None)
        if last is not None and last[0] == cache_.folder and set(last[1]) == set(used):
            for kind, keys in used.items():
                for k in last[1][kind] - keys:
                    try:
                        (cache_.folder / kind / f"{k}.pickle").unlink()
                    except OSError:
                        pass
            cache_.memory[PRUNED] = (cache_.folder, {kind: set(keys) for kind, keys in used.items()})
            return
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
    if cache_.memory is not None:
        cache_.memory[PRUNED] = (cache_.folder, {kind: set(keys) for kind, keys in used.items()})
