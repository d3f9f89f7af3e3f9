"""``docs/briefing.json``: the whole briefing as data, keyed as CONTRACT.md says."""
from __future__ import annotations

import json

from .. import __version__
from collections.abc import Mapping

from ..models import Article, Briefing, Citation, FigureMention
from .article import body_markdown, front_matter
from .common import anchor

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


def briefing_data(b: Briefing, articles: list | None = None) -> dict[str, object]:
    """The export as plain data: CONTRACT.md's keys first, extras after them.
    ``articles`` replaces the articles' items (``briefing_json`` passes encoded ones)."""
    if articles is None:
        articles = [article_data(a) for a in b.articles]
    events = [
        {
            "date": e.date,
            "label": e.label,
            "mentions": [
                {"article": c.article, "cue": c.cue, "sentence": c.sentence.text, "inferred": c.inferred,
                 "anchor": anchor(c.sentence.block)}
                for c in e.mentions
            ],
            "approximate": e.approximate,
        }
        for e in b.events
    ]
    quotes = [
        {
            "speaker": q.speaker,
            "text": q.text,
            "articles": _unique(c.article for c in q.mentions),
            "mentions": [_where(c) for c in q.mentions],
        }
        for q in b.quotes
    ]
    points = [
        {
            "label": p.label,
            "articles": _unique(c.article for c in p.mentions),
            "sentences": [{"article": c.article, "text": c.sentence.text, "anchor": anchor(c.sentence.block)}
                          for c in p.mentions],
        }
        for p in b.points
    ]
    conflicts = [
        {"about": c.about, "values": [_figure(f) for f in c.values], "note": c.note} for c in b.conflicts
    ]
    return {
        "generator": f"briefing {__version__}",
        "articles": articles,
        "events": events,
        "quotes": quotes,
        "figures": [_figure(f) for f in b.figures],
        "points": points,
        "conflicts": conflicts,
        "overview": [_where(c) for c in b.overview],
        "entities": [{"name": e.name, "kind": e.kind, "articles": list(e.articles)} for e in b.entities],
        "warnings": [{"source": p.source, "message": p.message} for p in b.problems],
    }


def _unique(ids) -> list[str]:
    return list(dict.fromkeys(ids))


def dump_lines(data: dict[str, object]) -> str:
    """JSON with one list item per line: readable and diffable, and written by the C encoder.

    (``json.dumps`` with ``indent`` falls back to the pure-Python encoder, 10x slower on a
    large briefing.)
    """
    parts = ["{"]
    keys = list(data)
    for i, k in enumerate(keys):
        value = data[k]
        comma = "," if i < len(keys) - 1 else ""
        head = ENCODER.encode(k) + ": "
        if isinstance(value, list) and value:
            parts.append(head + "[")
            parts.append(",\n".join(item if isinstance(item, Encoded) else ENCODER.encode(item) for item in value))
            parts.append("]" + comma)
        else:
            parts.append(head + ENCODER.encode(value) + comma)
    parts.append("}")
    return "\n".join(parts) + "\n"


def briefing_json(b: Briefing, encoded: Mapping[str, str] | None = None) -> str:
    """``briefing_data`` as UTF-8 JSON text, stable byte for byte for the same briefing.
    ``encoded`` holds articles' items already encoded by ``article_json`` (by id)."""
    encoded = encoded or {}
    items = [Encoded(encoded[a.id]) if a.id in encoded else article_data(a) for a in b.articles]
    return dump_lines(briefing_data(b, items))
