"""``docs/briefing.json``: the whole briefing as data, keyed as CONTRACT.md says."""
from __future__ import annotations

import json
from collections.abc import Mapping

from .. import __version__
from ..models import Article, Briefing, Citation, Conflict, Entity, Event, FigureMention, Point, Problem, Quote
from .article import body_markdown, front_matter, page_keys
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
    """An export item already encoded as JSON (by the per-article stage, cached):
    ``dump_lines`` writes it as it is."""


def article_data(a: Article) -> dict[str, object]:
    """One article of the export: the same metadata as its page's front-matter (one
    clean line per value), with the id first, then the cleaned text and what was
    removed from it."""
    return {"id": a.id, **page_keys(front_matter(a)), "body": body_markdown(a),
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
             "anchor": anchor(c.sentence.block), "support": c.support, "value": c.value}
            for c in e.mentions
        ],
        "approximate": e.approximate,
        "importance": e.importance,
        "key": e.key,
    }


def _quote(q: Quote) -> dict[str, object]:
    return {
        "speaker": q.speaker,
        "text": q.text,
        "articles": _unique(c.article for c in q.mentions),
        "mentions": [{**_where(c), "text": c.cue} for c in q.mentions],  # "text": the outlet's own words
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


def _unplaced(c: Citation) -> dict[str, object]:
    return {"article": c.article, "cue": c.cue, "sentence": c.sentence.text, "anchor": anchor(c.sentence.block)}


def _warning(p: Problem) -> dict[str, object]:
    return {"source": p.source, "message": p.message}


def _unique(ids) -> list[str]:
    return list(dict.fromkeys(ids))


def dump_lines(data: dict[str, object]) -> str:
    """JSON with one list item per line: readable and diffable, and written by the C encoder.

    (``json.dumps`` with ``indent`` falls back to the pure-Python encoder, 10x slower on a
    large briefing.) The pieces are joined once: a large briefing's export is megabytes.
    """
    out = ["{\n"]
    keys = list(data)
    for i, k in enumerate(keys):
        value = data[k]
        comma = "," if i < len(keys) - 1 else ""
        head = ENCODER.encode(k) + ": "
        if isinstance(value, list) and value:
            out.append(head + "[\n")
            for it in value:
                out += [it if isinstance(it, Encoded) else ENCODER.encode(it), ",\n"]
            out[-1] = "\n]" + comma + "\n"
        else:
            out.append(head + ENCODER.encode(value) + comma + "\n")
    out.append("}\n")
    return "".join(out)


def briefing_json(b: Briefing, encoded: Mapping[str, str] | None = None) -> bytes:
    """The export as UTF-8 JSON (the file's bytes), stable byte for byte for the same briefing:
    CONTRACT.md's keys first, extras after them. ``encoded`` holds articles' items
    already encoded by ``article_json`` (by id)."""
    encoded = encoded or {}

    def items(values, to_data) -> list[Encoded]:
        return [Encoded(ENCODER.encode(to_data(it))) for it in values]

    data = {
        "generator": f"briefing {__version__}",
        "articles": [Encoded(encoded[a.id]) if a.id in encoded else article_data(a) for a in b.articles],
        "events": items(b.events, _event),
        "quotes": items(b.quotes, _quote),
        "figures": items(b.figures, _figure),
        "points": items(b.points, _point),
        "conflicts": items(b.conflicts, _conflict),
        "overview": items(b.overview, _where),
        "entities": items(b.entities, _entity),
        "unplaced": items(b.unplaced, _unplaced),
        "warnings": [_warning(p) for p in b.problems],
    }
    return dump_lines(data).encode("utf-8")
