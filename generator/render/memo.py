"""What the previous render made, reused when its inputs are the same (``mkdocs serve``).

A running process (the MkDocs hook under ``mkdocs serve``) renders the site again after
every edit; most pages did not change. Each text made through a ``Memo`` is kept with a
*key*: a tuple holding everything the text is made from (the records themselves, not a
digest of them). The next render compares the new key with the old one (``==``, which
for unchanged records kept in memory is mostly an identity check) and reuses the old
text when they are equal, else makes it again. The output is the same either way: a
render with a memo writes the same bytes as one without.

Keys are compared with ``==``: records hold strings, ints, bools, None and tuples of
records, and the same values always give the same text. The one number that could
compare equal while printing differently (a figure's ``quantity``: ``0.0``/``-0.0``,
``1``/``1.0``) is keyed by its ``repr`` too, where it is printed.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

from ..models import Article

T = TypeVar("T")


def heads(articles: tuple[Article, ...] | list[Article]) -> tuple[tuple[object, ...], ...]:
    """What pages that list or cite articles read of each one (id, file name and metadata:
    headline, date, outlet, kind, ...), not the body: the key part for those pages."""
    return tuple((a.id, a.source, a.meta) for a in articles)


class Memo:
    """The texts of the previous render (``store``, a dict the caller keeps between
    builds) and those of this one; ``store=None`` remembers nothing.

    Call ``close`` after a render that completed: the store then holds exactly this
    render's texts (a page no longer made is forgotten).
    """

    __slots__ = ("store", "previous", "current")

    def __init__(self, store: dict | None) -> None:
        self.store = store
        self.previous: dict = dict(store) if store else {}
        self.current: dict = {}

    def text(self, name: str, key: object, make: Callable[[], T]) -> T:
        """``make()``, or what it returned last time under ``name`` when ``key`` equals
        that call's key. ``key`` must hold everything ``make`` reads."""
        if self.store is None:
            return make()
        hit = self.previous.get(name)
        value = hit[1] if hit is not None and hit[0] == key else make()
        self.current[name] = (key, value)
        return value

    def item(self, kind: str, label: Hashable, key: object, make: Callable[[], T]) -> T:
        """``make()``, or what it returned last time for the item of ``kind`` with the
        same ``label`` when ``key`` equals that item's key (one entry per item of a list,
        e.g. an event's JSON: an edit re-encodes only the items it changed, wherever they
        moved in the list). ``label`` is a cheap name for the item (a few strings: its
        hash costs nothing, where hashing a record walks all of it); two items with the
        same label only share an entry, and the key decides."""
        if self.store is None:
            return make()
        old = self.previous.get(("items", kind))
        hit = old.get(label) if old is not None else None
        value = hit[1] if hit is not None and hit[0] == key else make()
        new = self.current.get(("items", kind))
        if new is None:
            new = self.current[("items", kind)] = {}
        new[label] = (key, value)
        return value

    def close(self) -> None:
        """Keep this render's texts (and only them) for the next one."""
        if self.store is not None:
            self.store.clear()
            self.store.update(self.current)
