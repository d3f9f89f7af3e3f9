"""Write: generated files into the docs folder, guarded.

Promises:
- nothing is written outside the docs folder;
- a file is written only when its bytes change (so ``mkdocs serve`` does not loop);
- a file the generator did not create (a hand-written page) is never overwritten or
  deleted: the generator's own files are listed in a manifest, and only files in the
  previous manifest that are no longer generated are removed;
- every new file is first written in full to a staging folder, then moved into place
  with ``os.replace``: a build that fails while writing leaves the previous output as
  it was, and a build killed while moving leaves every file whole, each one listed in
  the manifest (written before the first move) so the next build still owns it.
"""
from __future__ import annotations

import errno
import json
import os
import shutil
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .models import Problem

MANIFEST = ".briefing-manifest.json"  # a dot-file: MkDocs does not publish it
STAGING = ".briefing-staging"


class WriteError(Exception):
    """A generated path is unsafe (absolute, '..', or escapes the docs folder)."""


@dataclass(slots=True, frozen=True)
class WriteReport:
    written: tuple[str, ...]  # paths whose bytes changed (or are new)
    unchanged: int
    deleted: tuple[str, ...]  # stale files of an earlier build
    problems: tuple[Problem, ...]  # e.g. a hand-written page in the way


def _safe(rel: str, docs: Path, resolved: dict[Path, Path] | None = None) -> Path:
    """docs/rel, or WriteError when rel is unsafe or leads outside docs (through a
    symlinked file or folder). ``resolved`` caches folders' real paths within one call
    of the writer: a thousand pages in one folder resolve it once."""
    p = PurePosixPath(rel)
    if p.is_absolute() or ".." in p.parts or not p.parts or rel != p.as_posix():
        raise WriteError(f"refusing to write outside the docs folder: {rel!r}")
    target = docs.joinpath(*p.parts)
    resolved = {} if resolved is None else resolved
    root = resolved.get(docs)
    if root is None:
        root = resolved[docs] = docs.resolve()
    folder = resolved.get(target.parent)
    if folder is None:
        folder = resolved[target.parent] = target.parent.resolve()
    real = target.resolve() if target.is_symlink() else folder / target.name
    if not real.is_relative_to(root):
        raise WriteError(f"refusing to write outside the docs folder: {rel!r}")
    return target


def manifest_data(docs: Path) -> dict:
    """The previous build's manifest ({} when there was none or it is unreadable)."""
    try:
        data = json.loads((docs / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _lstat(path: Path) -> os.stat_result | None:
    """The stat of ``path`` itself (not of a symlink's target), None when nothing is
    there; other errors are raised, as ``Path.exists`` raises them."""
    try:
        return os.lstat(path)
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP):
            return None
        raise


def write_output(docs: Path, files: Mapping[str, str | bytes], *,
                 extra: Mapping[str, object] | None = None) -> WriteReport:
    """Bring ``docs`` up to date with ``files`` (docs-relative POSIX paths -> content):
    a file whose bytes are already there is left alone. ``extra`` is stored in the
    manifest beside the file list (the build's stamp)."""
    docs.mkdir(parents=True, exist_ok=True)
    files_then = manifest_data(docs).get("files", [])  # the paths the previous build wrote
    previous = {str(p) for p in files_then} if isinstance(files_then, list) else set()
    problems: list[Problem] = []
    pending: list[tuple[str, Path, bytes]] = []
    owned: list[str] = []
    unchanged = 0
    resolved: dict[Path, Path] = {}
    resolved[docs] = docs.resolve()
    for rel in sorted(files):
        data = files[rel]
        target = _safe(rel, docs, resolved)
        blob = data.encode("utf-8") if isinstance(data, str) else data
        info = _lstat(target)
        if info is not None:  # something is there: a file (ours or hand-written), a link, a folder
            # A regular file of another size differs without being read.
            if stat.S_ISREG(info.st_mode) and info.st_size == len(blob) and target.read_bytes() == blob:
                owned.append(rel)
                unchanged += 1
                continue
            if rel not in previous:
                problems.append(Problem("", f"docs/{rel} exists and was not written by briefing; left as it is, "
                                            "the generated page was not written"))
                continue
        owned.append(rel)
        pending.append((rel, target, blob))

    staging = docs / STAGING
    if staging.exists():
        shutil.rmtree(staging, ignore_errors=True)
    try:
        staged: list[tuple[str, Path, Path]] = []
        if pending:
            staging.mkdir(parents=True, exist_ok=True)
        for i, (rel, target, blob) in enumerate(pending):
            tmp = staging / f"{i}.tmp"
            tmp.write_bytes(blob)
            staged.append((rel, target, tmp))
        if staged:
            # Before the first move, the manifest claims every file this build may put in
            # place (and keeps the old ones): a build killed between two moves leaves no
            # generated file that the next build would take for a hand-written one. No
            # stamp: the next build must not believe the half-written docs are up to date.
            _write_manifest(docs, {"generator": "briefing", "files": sorted(previous | set(owned))})
        made: set[Path] = set()  # folders known to exist (one mkdir per folder, not per file)
        for rel, target, tmp in staged:
            if target.parent not in made:
                target.parent.mkdir(parents=True, exist_ok=True)
                made.add(target.parent)
            if target.is_symlink():
                target.unlink()
            os.replace(tmp, target)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)

    keep = set(owned)
    deleted = []
    for rel in sorted(previous - keep):
        try:
            target = _safe(rel, docs)
        except WriteError:
            continue
        if rel in files:  # still generated but blocked by a hand-written file: not ours to delete
            continue
        if target.is_file() or target.is_symlink():
            target.unlink()
            deleted.append(rel)
            _prune_empty(target.parent, docs)
    _write_manifest(docs, {"generator": "briefing", **(extra or {}), "files": sorted(keep)})
    return WriteReport(tuple(r for r, _, _ in pending), unchanged, tuple(deleted), tuple(problems))


def _write_manifest(docs: Path, data: Mapping[str, object]) -> None:
    """Replace the manifest in one step (never a half-written manifest).

    An unchanged manifest is not rewritten: `mkdocs serve` would see a change and rebuild.
    """
    text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    try:
        if (docs / MANIFEST).read_text(encoding="utf-8") == text:
            return
    except OSError:
        pass
    tmp = docs / (MANIFEST + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, docs / MANIFEST)


def _prune_empty(folder: Path, docs: Path) -> None:
    while folder != docs and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
