"""The summary page: overview, shared points, quotes, figures, disagreements, framing."""
from __future__ import annotations

from collections import defaultdict

from ..models import Article, Briefing, Citation, Point
from .common import cite_target, outlet
from .markdown import heading, inline, paragraph, shorten

# An item carried by hundreds of sources links the first MAX_CITES of them and quotes the
# wording of the first MAX_WORDINGS: the page stays bounded; briefing.json cites them all.
MAX_CITES, MAX_WORDINGS = 40, 20


def _cites(cs: tuple[Citation, ...], by_id: dict[str, Article]) -> str:
    seen: dict[str, str] = {}
    for c in cs:
        if c.article not in seen:
            seen[c.article] = f"[{inline(outlet(by_id[c.article]))}]({cite_target(c.article, c.sentence)})"
    links = list(seen.values())
    more = f" and {len(links) - MAX_CITES} more (see [briefing.json](briefing.json))" if len(links) > MAX_CITES else ""
    return ", ".join(links[:MAX_CITES]) + more


def _wording(cs: tuple[Citation, ...], by_id: dict[str, Article], summary: str) -> list[str]:
    lines = [f'<details markdown="1" data-search-exclude><summary>{summary}</summary>', ""]
    for c in cs[:MAX_WORDINGS]:
        lines.append(f"- [{inline(outlet(by_id[c.article]))}]({cite_target(c.article, c.sentence)}): "
                     f"“{inline(c.sentence.text)}”")
    if len(cs) > MAX_WORDINGS:
        lines += ["", f"*The first {MAX_WORDINGS} of {len(cs)} are quoted here; all are in "
                      "[briefing.json](briefing.json).*"]
    return lines + ["", "</details>", ""]


# Caps that keep the page readable (and its size bounded) for very large briefings;
# everything is in briefing.json.
MAX_SHARED, MAX_SINGLE_ARTICLES, MAX_QUOTES, MAX_FIGURES, MAX_CONFLICTS, MAX_FRAMING = 100, 60, 150, 200, 100, 100
MAX_ENTITIES = 60


def _holds(text: str, part: str) -> bool:
    """``text`` holds the words of ``part`` as written (case and spacing aside)."""
    return " ".join(part.lower().split()).strip(" .,;:") in " ".join(text.lower().split())


def _more(shown: int, total: int, what: str) -> list[str]:
    if total <= shown:
        return []
    return [f"*{shown} of {total} {what} are shown here; all are in [briefing.json](briefing.json).*", ""]


def summary_page(b: Briefing) -> str:
    """The summary page."""
    by_id = {a.id: a for a in b.articles}
    L = ["---", "title: Summary", "---", "", "# Summary", "",
         "Built only from the articles' own sentences, quotes and figures: every item links to "
         "the paragraph it comes from.", ""]
    L += _overview(b, by_id)

    sources = [len({c.article for c in p.mentions}) for p in b.points]
    shared = [p for p, n in zip(b.points, sources) if n >= 2]
    single = [p for p, n in zip(b.points, sources) if n == 1]
    L += ["## Shared points", "", "Claims that two or more sources make.", ""]
    for p in shared[:MAX_SHARED]:
        L += _shared_point(p, by_id)
    L += _more(min(len(shared), MAX_SHARED), len(shared), "shared points")
    if not shared:
        L += ["No claim is made by more than one source.", ""]

    L += ["## Reported by one source only", ""]
    if len(b.articles) > MAX_SINGLE_ARTICLES:
        L += [f"With {len(b.articles)} articles this list is left to [briefing.json](briefing.json) "
              "(points citing one article).", ""]
    else:
        L += _single(b, single, by_id)
    L += _quotes(b, by_id)
    L += _figures(b, by_id)
    L += _conflicts(b, by_id)
    L += _entities(b, by_id)
    L += _framing(b)
    return "\n".join(L) + "\n"


def _overview(b: Briefing, by_id: dict[str, Article]) -> tuple[str, ...]:
    L = ["## Overview", ""]
    if b.overview:
        for c in b.overview:
            L.append(f"- {paragraph(c.sentence.text)} ({_cites((c,), by_id)})")
    else:
        L.append("Too little text to summarise.")
    L.append("")
    return tuple(L)


def _shared_point(p: Point, by_id: dict[str, Article]) -> tuple[str, ...]:
    n = len({c.article for c in p.mentions})
    return (f"- **{inline(p.label)}** — {n} sources: {_cites(p.mentions, by_id)}", "",
            *_wording(p.mentions, by_id, "Each source's wording"))


def _single(b: Briefing, single: list[Point], by_id: dict[str, Article]) -> list[str]:
    L: list[str] = []
    groups: dict[str, list[Citation]] = defaultdict(list)
    for p in single:
        groups[p.mentions[0].article].append(p.mentions[0])
    for a in b.articles:
        if groups.get(a.id):
            L += [heading(3, outlet(a), f"only-{a.id}"), ""]
            L += [f"- {inline(shorten(c.sentence.text, 240))} ({_cites((c,), by_id)})" for c in groups[a.id][:8]]
            L.append("")
    if not single:
        L += ["Nothing.", ""]
    return L


def _quotes(b: Briefing, by_id: dict[str, Article]) -> tuple[str, ...]:
    L = ["## Quotes", "", "Who said what, and which sources carry it.", ""]
    by_speaker: dict[str, list] = defaultdict(list)
    quotes = sorted(b.quotes, key=lambda q: -len({c.article for c in q.mentions}))[:MAX_QUOTES]
    for q in quotes:
        by_speaker[q.speaker or "Unattributed"].append(q)
    for i, speaker in enumerate(sorted(by_speaker, key=lambda s: (s == "Unattributed", -len(by_speaker[s]), s))):
        L += [heading(3, speaker, f"speaker-{i + 1}"), ""]
        for q in by_speaker[speaker]:
            L.append(f"- “{inline(q.text)}” — {_cites(q.mentions, by_id)}")
            other = [c for c in q.mentions if c.cue and not _holds(q.text, c.cue)]
            if other:  # outlets that print the statement in other words (or spelling)
                L += ["", '<details markdown="1" data-search-exclude><summary>How each source words it</summary>', ""]
                L += [f"- [{inline(outlet(by_id[c.article]))}]({cite_target(c.article, c.sentence)}): "
                      f"“{inline(c.cue)}”" for c in q.mentions[:MAX_WORDINGS]]
                L += ["", "</details>", ""]
        L.append("")
    L += _more(len(quotes), len(b.quotes), "quotes (those carried by most sources first)")
    if not b.quotes:
        L += ["No direct quotations were found.", ""]
    return tuple(L)


def _figures(b: Briefing, by_id: dict[str, Article]) -> tuple[str, ...]:
    L = ["## Figures", "", "| Figure | What it counts | Source |", "| --- | --- | --- |"]
    for f in b.figures[:MAX_FIGURES]:
        L.append(f"| {inline(f.value)} | {inline(f.about)} | [{inline(outlet(by_id[f.article]))}]"
                 f"({cite_target(f.article, f.sentence)}) |")
    L.append("")
    L += _more(min(len(b.figures), MAX_FIGURES), len(b.figures), "figures")
    return tuple(L)


def _conflicts(b: Briefing, by_id: dict[str, Article]) -> tuple[str, ...]:
    L = ["## Where the sources disagree", ""]
    if b.conflicts:
        for i, c in enumerate(b.conflicts[:MAX_CONFLICTS]):
            L += [heading(3, c.about, f"disagreement-{i + 1}"), "", "| Source | Figure | Sentence |", "| --- | --- | --- |"]
            for f in c.values:
                L.append(f"| [{inline(outlet(by_id[f.article]))}]({cite_target(f.article, f.sentence)}) | "
                         f"{inline(f.value)} | {inline(shorten(f.sentence.text, 200))} |")
            L.append("")
            if c.note:
                L += [f"*{inline(c.note)}*", ""]
        L += _more(min(len(b.conflicts), MAX_CONFLICTS), len(b.conflicts), "disagreements")
    else:
        L += ["No figure is given differently by two sources (as far as the tool can tell: it compares "
              "figures that count the same kind of thing with similar words).", ""]
    return tuple(L)


def _entities(b: Briefing, by_id: dict[str, Article]) -> tuple[str, ...]:
    L: list[str] = []
    if b.entities:
        L += ["## Who and what", "", "People, organisations and places, and the sources that mention them.", "",
              "| Name | Kind | Mentioned by |", "| --- | --- | --- |"]
        for e in b.entities[:MAX_ENTITIES]:
            names = [f"[{inline(outlet(by_id[i]))}]({cite_target(i, None)})" for i in e.articles[:6] if i in by_id]
            more = f" and {len(e.articles) - 6} more" if len(e.articles) > 6 else ""
            L.append(f"| {inline(e.name)} | {e.kind} | {', '.join(names)}{more} |")
        L.append("")
        L += _more(min(len(b.entities), MAX_ENTITIES), len(b.entities), "names")
    return tuple(L)


def _framing(b: Briefing) -> tuple[str, ...]:
    L = ["## Framing", "", "How each source presents the story: its kind, headline and opening.", "",
         "| Source | Kind | Why | Headline | Opening |", "| --- | --- | --- | --- | --- |"]
    for a in b.articles[:MAX_FRAMING]:
        first = next((bl.text for bl in a.blocks if bl.kind == "paragraph"), "")
        L.append(f"| [{inline(outlet(a))}]({cite_target(a.id, None)}) | {a.meta.kind or '—'} | "
                 f"{inline('; '.join(a.meta.kind_evidence)) or '—'} | {inline(a.meta.title or '—')} | "
                 f"{inline(shorten(first, 200))} |")
    L.append("")
    L += _more(min(len(b.articles), MAX_FRAMING), len(b.articles), "articles")
    return tuple(L)
