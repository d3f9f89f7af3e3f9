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
``1``/``1.0``) is compared by its ``repr`` too, where it is printed.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import TypeVar

from ..models import Article, Event
from .common import outlet
from .markdown import inline

T = TypeVar("T")


def heads(articles: tuple[Article, ...] | list[Article]) -> tuple[tuple[object, ...], ...]:
    """What pages that list or cite articles read of each one (id, file name and metadata:
    headline, date, outlet, kind, ...), not the body: the key part for those pages."""
    return tuple((a.id, a.source, a.meta) for a in articles)


def event_label(e: Event) -> tuple[str, str, int]:
    """A cheap name for an event in memo entries (see ``Memo.items``): date, label, mentions."""
    return e.date, e.label, len(e.mentions)


def numbered(items: Iterable[T], label: Callable[[T], Hashable]) -> Iterator[tuple[T, tuple[Hashable, int]]]:
    """Each item with its memo key: its label, numbered when several items share it."""
    seen: dict[Hashable, int] = {}
    for it in items:
        name = label(it)
        nth = seen[name] = seen.get(name, -1) + 1
        yield it, (name, nth)


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
        value = hit[1] if hit is not None and (hit[0] is key or hit[0] == key) else make()
        self.current[name] = (key, value)
        return value

    def heads(self, articles: tuple[Article, ...]) -> object:
        """An object standing for the articles' ``heads``: last render's object while
        they are all unchanged (compared once per render, not in every key)."""
        if self.store is None:
            return object()
        mine = self.current.get("heads")
        if mine is not None and mine[2] is articles:
            return mine[1]
        value = heads(articles)
        hit = self.previous.get("heads")
        stamp = hit[1] if hit is not None and hit[0] == value else object()
        self.current["heads"] = (value, stamp, articles)
        return stamp

    def outlets(self, articles: tuple[Article, ...]) -> dict[str, str]:
        """Each article's ``outlet`` by id (what the pages call its source): made from the
        heads, so last render's dict while they are unchanged, and made once per render."""
        return self.by_heads("outlets", articles, lambda: {a.id: outlet(a) for a in articles})

    def outlet_names(self, articles: tuple[Article, ...]) -> dict[str, str]:
        """``outlets``, each escaped for a line of Markdown."""
        return self.by_heads("outlet-names", articles,
                              lambda: {k: inline(v) for k, v in self.outlets(articles).items()})

    def by_heads(self, name: str, articles: tuple[Article, ...], make: Callable[[], T]) -> T:
        """``make()``, which reads the articles' heads only, made at most once per render
        and reused from the last one while the heads are unchanged (the value is shared:
        never changed by its users)."""
        stamp = self.heads(articles)
        mine = self.current.get(name)
        if mine is not None and mine[0] is stamp:
            return mine[1]
        return self.text(name, stamp, make)

    def pages(self, name: str, key: object, make: Callable[[], dict[str, str]]) -> dict[str, str]:
        """``make()``, pages (by path) each made through this memo under its path, or last
        render's pages when ``key`` equals that call's key (see ``text``); then the pages'
        own entries are kept for the next render too."""
        if self.store is None:
            return make()
        hit = self.previous.get(name)
        if hit is not None and (hit[0] is key or hit[0] == key):
            for path in hit[1]:
                if path in self.previous:
                    self.current[path] = self.previous[path]
            value = hit[1]
        else:
            value = make()
        self.current[name] = (key, value)
        return dict(value)

    def same_heads(self, articles: tuple[Article, ...]) -> bool:
        """True when the articles' heads are those of the previous render."""
        hit = self.previous.get("heads")
        return hit is not None and self.heads(articles) is hit[1]

    def items(self, kind: str) -> tuple[dict, dict] | None:
        """(the previous render's entries for the items of ``kind``, this render's), or
        None when nothing is remembered. Entries map a cheap *label* of an item (a few
        strings, numbered when several items share them: hashing a record would walk all
        of it) to (key, what was made of it); the caller reuses the old entry when the
        keys are equal, and records every entry of this render in the second dict. One
        entry per item of a list (e.g. an event's JSON): an edit re-encodes only the
        items it changed, wherever they moved in the list."""
        if self.store is None:
            return None
        new = self.current[("items", kind)] = {}
        return self.previous.get(("items", kind), {}), new

    def same(self, kind: str, items: tuple[T, ...], label: Callable[[T], Hashable]) -> tuple[T, ...]:
        """``items``, each replaced by the equal item of the previous render when there is
        one (found under the same ``label``): later keys holding them then compare by
        identity, at once, instead of walking the records again."""
        entries = self.items(kind)
        if entries is None:
            return items
        old, new = entries
        out = []
        for it, key in numbered(items, label):
            hit = old.get(key)
            if hit is not None and (hit[0] is it or hit[0] == it):
                it = hit[0]
            new[key] = (it, None)
            out.append(it)
        return tuple(out)

    def close(self) -> None:
        """Keep this render's texts (and only them) for the next one."""
        if self.store is not None:
            self.store.clear()
            self.store.update(self.current)
