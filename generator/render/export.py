"""``docs/briefing.json``: the whole briefing as data, keyed as CONTRACT.md says."""
from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TypeVar

from .. import __version__
from ..models import Article, Briefing, Citation, Conflict, Entity, Event, FigureMention, Point, Problem, Quote
from .article import body_markdown, front_matter
from .common import anchor
from .memo import Memo, event_label, numbered

T = TypeVar("T")

# One encoder for every item (json.dumps with options builds a new one per call).
ENCODER = json.JSONEncoder(ensure_ascii=False)


def _where(c: Citation) -> dict[str, object]:
    return {"article": c.article, "sentence": c.sentence.text, "anchor": anchor(c.sentence.block)}


def _figure(f: FigureMention) -> dict[str, object]:
    return {
        "value": f.value,
        "about": f.about,
        "article": f.article,
        "sentence": f.sentence.text,
        "anchor": anchor(f.sentence.block),
        "quantity": f.quantity,
        "unit": f.unit,
    }


class Encoded(str):
    """An export item already encoded as JSON: ``dump_lines`` writes it as it is."""

    def utf8(self) -> bytes:
        """The item's UTF-8 bytes, encoded once per item and kept on it."""
        blob = self.__dict__.get("bytes")
        if blob is None:
            blob = self.__dict__["bytes"] = self.encode("utf-8")
        return blob


def article_data(a: Article) -> dict[str, object]:
    """One article of the export: the same metadata as its page's front-matter (one
    clean line per value), with the id first, then the cleaned text and what was
    removed from it."""
    return {"id": a.id, **front_matter(a), "body": body_markdown(a),
            "removed": [{"text": r.text, "reason": r.reason} for r in a.removed],
            "kind_evidence": list(a.meta.kind_evidence)}


def article_json(a: Article) -> str:
    """``article_data`` encoded (the per-article stage encodes and caches it)."""
    return ENCODER.encode(article_data(a))


def _event(e: Event) -> dict[str, object]:
    return {
        "date": e.date,
        "label": e.label,
        "mentions": [
            {"article": c.article, "cue": c.cue, "sentence": c.sentence.text, "inferred": c.inferred,
             "anchor": anchor(c.sentence.block)}
            for c in e.mentions
        ],
        "approximate": e.approximate,
    }


def _quote(q: Quote) -> dict[str, object]:
    return {
        "speaker": q.speaker,
        "text": q.text,
        "articles": _unique(c.article for c in q.mentions),
        "mentions": [_where(c) for c in q.mentions],
    }


def _point(p: Point) -> dict[str, object]:
    return {
        "label": p.label,
        "articles": _unique(c.article for c in p.mentions),
        "sentences": [{"article": c.article, "text": c.sentence.text, "anchor": anchor(c.sentence.block)}
                      for c in p.mentions],
    }


def _conflict(c: Conflict) -> dict[str, object]:
    return {"about": c.about, "values": [_figure(f) for f in c.values], "note": c.note}


def _entity(e: Entity) -> dict[str, object]:
    return {"name": e.name, "kind": e.kind, "articles": list(e.articles)}


def _warning(p: Problem) -> dict[str, object]:
    return {"source": p.source, "message": p.message}


def _encoded(memo: Memo, kind: str, items, to_data, label, same=None) -> list[Encoded]:
    """Each item's JSON, encoded once and reused while the item is unchanged (``label``:
    a cheap name for an item, numbered when several items share it; ``id`` names each
    object itself, and needs no number: every hit is checked). An item is unchanged when
    it is last render's object, or equal to it and, if given, ``same(old, new)`` holds too."""
    entries = memo.items(kind)
    if entries is None:
        return [Encoded(ENCODER.encode(to_data(it))) for it in items]
    old, new = entries
    out = []
    for it, key in (((it, id(it)) for it in items) if label is id else numbered(items, label)):
        hit = old.get(key)
        if hit is not None and (hit[0] is it or (hit[0] == it and (same is None or same(hit[0], it)))):
            text = hit[1]
        else:
            text = Encoded(ENCODER.encode(to_data(it)))
        new[key] = (it, text)
        out.append(text)
    return out


def _same_quantity(old: FigureMention, new: FigureMention) -> bool:
    # 0.0 == -0.0 and 1 == 1.0, but they print differently: the repr tells them apart.
    return repr(old.quantity) == repr(new.quantity)


def _same_quantities(old: Conflict, new: Conflict) -> bool:
    return all(_same_quantity(a, b) for a, b in zip(old.values, new.values))


def _unique(ids) -> list[str]:
    return list(dict.fromkeys(ids))


def dump_lines(data: dict[str, object]) -> str:
    """JSON with one list item per line: readable and diffable, and written by the C encoder.

    (``json.dumps`` with ``indent`` falls back to the pure-Python encoder, 10x slower on a
    large briefing.) The pieces are joined once: a large briefing's export is megabytes.
    """
    return "".join(_pieces(data, str, lambda it: it if isinstance(it, Encoded) else ENCODER.encode(it)))


def dump_bytes(data: dict[str, object]) -> bytes:
    """``dump_lines`` encoded as UTF-8: the file's bytes. An item already encoded keeps its
    bytes (``Encoded.utf8``): an item that is last render's object (an unchanged article's,
    event's ...) is not encoded again, and the megabytes of a large export are only copied."""
    return b"".join(_pieces(data, _utf8, lambda it: it.utf8() if isinstance(it, Encoded) else _utf8(ENCODER.encode(it))))


def _utf8(text: str) -> bytes:
    return text.encode("utf-8")


def _pieces(data: dict[str, object], text: Callable[[str], T], item: Callable[[object], T]) -> list[T]:
    """The pieces of ``dump_lines``' text, in order: the layout made by ``text`` from
    strings, each list item by ``item`` (items already encoded are taken as they are)."""
    out = [text("{\n")]
    keys = list(data)
    between = text(",\n")
    for i, k in enumerate(keys):
        value = data[k]
        comma = "," if i < len(keys) - 1 else ""
        head = ENCODER.encode(k) + ": "
        if isinstance(value, list) and value:
            out.append(text(head + "[\n"))
            for it in value:
                out += [item(it), between]
            out[-1] = text("\n]" + comma + "\n")
        else:
            out.append(text(head + ENCODER.encode(value) + comma + "\n"))
    out.append(text("}\n"))
    return out


def _articles(articles: tuple[Article, ...], encoded: Mapping[str, str], memo: Memo) -> list:
    """The articles' items: those ``article_json`` encoded as they are, the others as data.
    With a memo, an item encoded by the same text object as last render is last render's
    item (then ``dump_bytes`` finds its bytes at once)."""
    entries = memo.items("article")
    old, new = entries if entries is not None else ({}, None)
    out: list = []
    for a in articles:
        text = encoded.get(a.id)
        if text is None:
            out.append(article_data(a))
            continue
        hit = old.get(a.id)
        item = hit[1] if hit is not None and hit[0] is text else Encoded(text)
        if new is not None:
            new[a.id] = (text, item)
        out.append(item)
    return out


def briefing_json(b: Briefing, encoded: Mapping[str, str] | None = None, memo: Memo | None = None) -> bytes:
    """The export as UTF-8 JSON (the file's bytes), stable byte for byte for the same briefing:
    CONTRACT.md's keys first, extras after them. ``encoded`` holds articles' items
    already encoded by ``article_json`` (by id); ``memo`` reuses the previous render's
    encoding of every unchanged item."""
    encoded = encoded or {}
    memo = memo or Memo(None)
    data = {
        "generator": f"briefing {__version__}",
        "articles": _articles(b.articles, encoded, memo),
        "events": _encoded(memo, "event", b.events, _event, event_label),
        "quotes": _encoded(memo, "quote", b.quotes, _quote, lambda q: (q.speaker, q.text, len(q.mentions))),
        # A figure comes as it is from its article's cached analysis: the same object from one
        # build to the next while the article is unchanged, so its id names it (the memo holds
        # last render's figures, whose ids no new object can take; the hit is still checked).
        "figures": _encoded(memo, "figure", b.figures, _figure, id, _same_quantity),
        "points": _encoded(memo, "point", b.points, _point, lambda p: (p.label, len(p.mentions))),
        "conflicts": _encoded(memo, "conflict", b.conflicts, _conflict, lambda c: (c.about, len(c.values)),
                              _same_quantities),
        "overview": _encoded(memo, "where", b.overview, _where, lambda c: (c.article, c.sentence.text)),
        "entities": _encoded(memo, "entity", b.entities, _entity, lambda e: (e.name, e.kind)),
        "warnings": [_warning(p) for p in b.problems],
    }
    return dump_bytes(data)
