"""The summary page: the brief first (what happened, who, what the sources agree on and
where they differ, in one screen), then the comparison in detail: shared points, claims
one source makes, quotes, figures, disagreements, who and what, and the sources."""
from __future__ import annotations

from collections import Counter, defaultdict

from ..models import Briefing, Citation, Entity, Point
from .common import Sources
from .markdown import inline, paragraph, shorten

# An item carried by hundreds of sources links the first MAX_CITES of them and quotes the
# wording of the first MAX_WORDINGS: the page stays bounded; briefing.json cites them all.
MAX_CITES, MAX_WORDINGS = 40, 20

# Caps that keep the page readable (and its size bounded) for very large briefings;
# everything is in briefing.json.
MAX_SHARED, MAX_SINGLE_ARTICLES, MAX_QUOTES, MAX_FIGURES, MAX_CONFLICTS, MAX_FRAMING = 100, 60, 150, 200, 100, 100
MAX_ENTITIES = 60
# The brief fits one screen: this many sentences of what happened and of what the sources
# agree on, each cut to BRIEF_CHARS; this many names of who is involved.
BRIEF_HAPPENED, BRIEF_AGREED, BRIEF_CHARS, BRIEF_WHO = 1, 2, 200, 6


def _cites(cs: tuple[Citation, ...], src: Sources) -> str:
    seen: dict[str, str] = {}
    for c in cs:
        if c.article not in seen:
            seen[c.article] = src.link(c.article, c.sentence)
    links = list(seen.values())
    more = f" and {len(links) - MAX_CITES} more (see [briefing.json](briefing.json))" if len(links) > MAX_CITES else ""
    return ", ".join(links[:MAX_CITES]) + more


def _words(text: str) -> str:
    """``text`` folded for comparing wordings: case, spacing, quotation marks and end
    punctuation aside."""
    return " ".join(text.casefold().translate(_QUOTES).split()).strip(" .,;:!?")


_QUOTES = str.maketrans({c: None for c in "\"'“”‘’«»"})


def _quoted(text: str) -> str:
    """A source's sentence escaped to go between our own quotation marks: without the
    straight or curly marks at its ends (a sentence that opens a quotation has one)."""
    return inline(text.strip().strip('"“”').strip())


def _holds(text: str, part: str) -> bool:
    """``text`` holds the words of ``part`` as written (case, spacing and quotation marks aside)."""
    return _words(part) in _words(text)


def _wording(cs: list[Citation], src: Sources, summary: str, *, text=lambda c: c.sentence.text) -> list[str]:
    """A folded box quoting each source's own words (``text`` of each citation); nothing
    when ``cs`` is empty: a box never repeats what is shown."""
    if not cs:
        return []
    lines = [f'<details class="briefing-wording" markdown="1" data-search-exclude><summary>{summary}</summary>', ""]
    lines += [f"- {src.link(c.article, c.sentence)}: “{inline(text(c))}”" for c in cs[:MAX_WORDINGS]]
    if len(cs) > MAX_WORDINGS:
        lines += ["", f"*The first {MAX_WORDINGS} of {len(cs)} are quoted here; all are in "
                      "[briefing.json](briefing.json).*"]
    return lines + ["", "</details>", ""]


def _more(shown: int, total: int, what: str) -> list[str]:
    if total <= shown:
        return []
    return [f"*{shown} of {total} {what} are shown here; all are in [briefing.json](briefing.json).*", ""]


def _n_sources(cs: tuple[Citation, ...]) -> int:
    return len({c.article for c in cs})


def summary_page(b: Briefing) -> str:
    """The summary page."""
    src = Sources.of(b.articles)
    sources = [_n_sources(p.mentions) for p in b.points]
    shared = [p for p, n in zip(b.points, sources) if n >= 2]
    single = [p for p, n in zip(b.points, sources) if n == 1]
    L = ["---", "title: Summary", "---", "", "# Summary", "",
         "Each statement is a source's own sentence or a count, linked to where it comes from; hover over "
         "a source for its headline.", ""]
    L += _brief(b, src, shared, single)

    L += ["## Shared points", "", "Claims that two or more sources make, most widely made first.", ""]
    for p in shared[:MAX_SHARED]:
        L += _shared_point(p, src)
    L += _more(min(len(shared), MAX_SHARED), len(shared), "shared points")
    if not shared:
        L += ["No claim is made by more than one source.", ""]

    L += ["## Reported by one source only", ""]
    if len(b.articles) > MAX_SINGLE_ARTICLES:
        L += [f"With {len(b.articles)} articles this list is left to [briefing.json](briefing.json) "
              "(points citing one article).", ""]
    else:
        L += _single(b, single, src)
    L += _quotes(b, src)
    L += _figures(b, src)
    L += _conflicts(b, src)
    L += _entities(b)
    L += _framing(b, src)
    return "\n".join(L) + "\n"


def _brief(b: Briefing, src: Sources, shared: list[Point], single: list[Point]) -> list[str]:
    """The brief: what happened, who is involved, what the sources agree on and where they
    differ. Each line is a source's sentence (cited) or a count made from the data (linked
    to the section that gives the detail)."""
    n = len(b.articles)
    L = ["## The brief {: #brief }", ""]
    shown: set[tuple[str, int]] = set()  # (article, sentence) already quoted: a claim is told once
    for c in b.overview[:BRIEF_HAPPENED]:
        L.append(f"- **What happened:** {paragraph(shorten(c.sentence.text, BRIEF_CHARS))} ({_cites((c,), src)})")
        shown.add((c.article, c.sentence.index))
    who = [e for e in b.entities if e.kind in ("person", "organisation") and len(e.articles) > 1][:BRIEF_WHO]
    if who:
        counts = [f"{inline(e.name)} ({len(e.articles)}{f' of {n} sources' if i == 0 else ''})"
                  for i, e in enumerate(who)]
        L.append("- **Who:** " + ", ".join(counts) + " ([all names](#who-and-what))")
    agreed = []
    for p in shared:
        if len(agreed) == BRIEF_AGREED:
            break
        cited = {(c.article, c.sentence.index) for c in p.mentions}
        if not cited & shown:
            agreed.append(p)
            shown |= cited
    if agreed:
        L.append(f"- **Agreed** ([{len(shared)} claim{'s' if len(shared) != 1 else ''} made by two or more "
                 "sources](#shared-points)), most widely:")
        L += [f"    - “{_quoted(shorten(p.label, BRIEF_CHARS))}” — {_n_sources(p.mentions)} of {n} sources: "
              f"{_cites(p.mentions, src)}" for p in agreed]
    elif not shared:
        L.append("- **Agreed:** no claim is made by more than one source ([shared points](#shared-points)).")
    differ = []
    if b.conflicts:
        c = b.conflicts[0]
        values = ", ".join(f"{inline(f.value)} ({src.link(f.article, f.sentence)})" for f in c.values[:4])
        differ.append(f"[{len(b.conflicts)} figure{'s are' if len(b.conflicts) != 1 else ' is'} given "
                      f"differently](#where-the-sources-disagree), first {inline(c.about)}: {values}")
    else:
        differ.append("no figure is [given differently](#where-the-sources-disagree) by two sources")
    if single:
        differ.append(f"[{len(single)} claim{'s are' if len(single) != 1 else ' is'} reported by one source "
                      "only](#reported-by-one-source-only)")
    kinds = Counter(a.meta.kind for a in b.articles if a.meta.kind)
    if len(kinds) > 1:
        told = [f"{k} {KIND_NAMES[kind][k != 1]}" for kind, k in sorted(kinds.items(), key=lambda t: (-t[1], t[0]))]
        differ.append(f"the sources are [{', '.join(told[:-1])} and {told[-1]}](#sources)")
    L.append("- **Where they differ:** " + "; ".join(differ) + ".")
    return L + [""]


# How the brief counts the kinds of article: (one, several).
KIND_NAMES = {"news": ("news report", "news reports"), "opinion": ("opinion piece", "opinion pieces"),
              "analysis": ("analysis", "analyses")}


def _shared_point(p: Point, src: Sources) -> tuple[str, ...]:
    n = _n_sources(p.mentions)
    other = [c for c in p.mentions if _words(c.sentence.text) != _words(p.label)]
    return (f"- “{_quoted(p.label)}” — {n} sources: {_cites(p.mentions, src)}", "",
            *_wording(other, src, "Each source's wording"))


def _single(b: Briefing, single: list[Point], src: Sources) -> list[str]:
    groups: dict[str, list[Citation]] = defaultdict(list)
    for p in single:
        groups[p.mentions[0].article].append(p.mentions[0])
    L = [f"- {inline(shorten(c.sentence.text, 160))} ({_cites((c,), src)})"
         for a in b.articles for c in groups.get(a.id, [])[:8]]
    return L + [""] if L else ["Nothing.", ""]


def _quotes(b: Briefing, src: Sources) -> tuple[str, ...]:
    L = ["## Quotes", "", "Who said what, and which sources carry it.", ""]
    by_speaker: dict[str, list] = defaultdict(list)
    quotes = sorted(b.quotes, key=lambda q: -_n_sources(q.mentions))[:MAX_QUOTES]
    for q in quotes:
        by_speaker[q.speaker or "Unattributed"].append(q)
    for speaker in sorted(by_speaker, key=lambda s: (s == "Unattributed", -len(by_speaker[s]), s)):
        for q in by_speaker[speaker]:
            L.append(f"- **{inline(speaker)}:** “{inline(q.text)}” — {_cites(q.mentions, src)}")
            # Outlets that print the statement in other words (or spelling), and only those.
            other = [c for c in q.mentions if c.cue and not _holds(q.text, c.cue)]
            L += ["", *_wording(other, src, "How each source words it", text=lambda c: c.cue)] if other else []
    L.append("")
    L += _more(len(quotes), len(b.quotes), "quotes (those carried by most sources first)")
    if not b.quotes:
        L += ["No direct quotations were found.", ""]
    return tuple(L)


def _figures(b: Briefing, src: Sources) -> tuple[str, ...]:
    """The figures each source gives, one line per source: each figure links to its sentence."""
    L = ["## Figures", "", "The numbers each source gives, and what they count in its own words.", ""]
    by_article: dict[str, list[str]] = defaultdict(list)
    for f in b.figures[:MAX_FIGURES]:
        about = "" if _holds(f.value, f.about) else f" ({inline(f.about)})"
        by_article[f.article].append(f"{src.link(f.article, f.sentence, text=inline(f.value))}{about}")
    L += [f"- **{src.names[a.id]}**: " + "; ".join(by_article[a.id]) for a in b.articles if a.id in by_article]
    if not b.figures:
        L.append("No figures were found.")
    L.append("")
    L += _more(min(len(b.figures), MAX_FIGURES), len(b.figures), "figures")
    return tuple(L)


def _conflicts(b: Briefing, src: Sources) -> tuple[str, ...]:
    L = ["## Where the sources disagree", ""]
    if b.conflicts:
        for i, c in enumerate(b.conflicts[:MAX_CONFLICTS]):
            L += [f"### {inline(c.about)} {{: #disagreement-{i + 1} }}", "",
                  "| Source | Figure | Sentence |", "| --- | --- | --- |"]
            for f in c.values:
                L.append(f"| {src.link(f.article, f.sentence)} | {inline(f.value)} | "
                         f"{inline(shorten(f.sentence.text, 200))} |")
            L.append("")
            if c.note:
                L += [f"*{inline(c.note)}*", ""]
        L += _more(min(len(b.conflicts), MAX_CONFLICTS), len(b.conflicts), "disagreements")
    else:
        L += ["No figure is given differently by two sources (as far as the tool can tell: it compares "
              "figures that count the same kind of thing with similar words).", ""]
    return tuple(L)


ENTITY_KINDS = (("person", "People"), ("organisation", "Organisations"), ("place", "Places"),
                ("other", "Also named"))


def _entities(b: Briefing) -> tuple[str, ...]:
    """Who and what, by kind: each name with the number of sources naming it. People are
    all listed; other names only when two or more sources give them (one source's
    passing names are in its article, and in briefing.json)."""
    if not b.entities:
        return ()
    kept: dict[str, list[Entity]] = defaultdict(list)
    for e in b.entities:
        if e.kind == "person" or len(e.articles) >= 2:
            kept[e.kind].append(e)
    L = ["## Who and what", "", "People, organisations and places the sources name, with how many sources "
         f"name each (of {len(b.articles)}); names that only one source gives, other than people's, are left "
         "to its article.", ""]
    for kind, title in ENTITY_KINDS:
        names = kept.get(kind, [])[:MAX_ENTITIES]
        if names:
            L.append(f"- **{title}:** " + ", ".join(f"{inline(e.name)} ({len(e.articles)})" for e in names))
    if not kept:
        L.append("No name is given by more than one source.")
    return tuple(L + [""])


def _framing(b: Briefing, src: Sources) -> tuple[str, ...]:
    """The legend of sources, with how each presents the story: its kind and its opening."""
    L = ["## Sources {: #sources }", "",
         "Each source's label on this page, its date and headline (a link to its page), its kind, and how it "
         "opens.", ""]
    for a in b.articles[:MAX_FRAMING]:
        first = next((bl.text for bl in a.blocks if bl.kind == "paragraph"), "")
        kind = f" · {a.meta.kind}" if a.meta.kind else ""
        if a.meta.title_derived or not first:  # a headline made from the opening: it is the opening
            L.append(f"- {src.legend_item(a.id)}{kind}")
        else:
            L += [f"- {src.legend_item(a.id)}{kind}  ", f"  *Opens:* “{_quoted(shorten(first, 120))}”"]
    L.append("")
    L += _more(min(len(b.articles), MAX_FRAMING), len(b.articles), "articles")
    return tuple(L)
