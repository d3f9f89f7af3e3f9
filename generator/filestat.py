"""What a running process may trust about a file it has seen (``mkdocs serve``).

As git's index does: a file whose stat *signature* is unchanged holds the same bytes,
unless it changed again within the file system's timestamp granularity of the last
look ("racy clean"): a file changed less than ``RACY_NS`` before it was looked at is
not trusted later. The reader uses this for the seeds, the writer for what it wrote.
"""
from __future__ import annotations

import os
import time

RACY_NS = 2_000_000_000  # a file changed this recently may change again without its stat showing it


def signature(info: os.stat_result) -> tuple[int, ...]:
    """The stat fields that change when a file's content may have."""
    return (info.st_mode, info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev)


def settled(info: os.stat_result) -> bool:
    """True when the file last changed long enough ago for its signature to be trusted later."""
    return time.time_ns() - max(info.st_mtime_ns, info.st_ctime_ns) >= RACY_NS
