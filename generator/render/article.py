"""The page of one article: YAML front-matter, then the cleaned text as inert Markdown."""
from __future__ import annotations

import yaml

from ..models import Article
from .common import anchor
from .markdown import CONTROL, SPACES, attr, heading, inline, paragraph

# libyaml's safe dumper when PyYAML has it (5x faster), else the pure-Python one.
SAFE_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
# Material's search ranks an article page this many times higher than the same match
# elsewhere: the summary and the timeline name every outlet many times, and a reader who
# searches for an outlet's name wants its article first.
SEARCH_BOOST = 4
# Front-matter keys CONTRACT.md promises on every article page, in this order.
CONTRACT_KEYS = ("title", "title_derived", "date", "date_inferred", "publisher", "author", "location", "source")


def one_line(value: str | None) -> str | None:
    """A metadata value as one clean line: no control characters, no line breaks."""
    if value is None:
        return None
    return SPACES.sub(" ", CONTROL.sub("", value)).strip() or None


def front_matter(article: Article) -> dict[str, object]:
    """The article's front-matter: CONTRACT.md's keys (null when unknown), then extras.

    Every string but ``source`` is one clean line: YAML reads some characters (NEL, LS,
    PS) as line breaks, and a title has no business holding any.
    """
    m = article.meta
    data: dict[str, object] = {
        "title": m.title,
        "title_derived": m.title_derived,
        "date": m.date,
        "date_inferred": m.date_inferred,
        "publisher": m.publisher,
        "author": m.author,
        "location": m.location,
        "source": article.source,
        "id": article.id,
        "kind": m.kind,
        "deck": m.deck,
        "url": m.url,
        "via": m.via,
        "search": {"boost": SEARCH_BOOST},
    }
    # ``source`` is the file's name exactly as on disk (two spaces stay two spaces): it names
    # the input, it is not prose; safe_dump quotes whatever it holds.
    return {k: one_line(v) if isinstance(v, str) and k != "source" else v for k, v in data.items()}


def page_keys(data: dict[str, object]) -> dict[str, object]:
    """The front-matter keys that are about the article, not about the site (for the export)."""
    return {k: v for k, v in data.items() if k != "search"}


def dump_front_matter(data: dict[str, object]) -> str:
    """YAML front-matter block, written by ``yaml.safe_dump`` (never by string formatting)."""
    text = yaml.dump(data, Dumper=SAFE_DUMPER, sort_keys=False, allow_unicode=True, default_flow_style=False,
                     width=10_000)
    return f"---\n{text}---\n"


def body_markdown(article: Article, *, anchors: bool = False) -> str:
    """The cleaned article as Markdown: subheadings as ``##``, paragraphs escaped.

    With ``anchors`` every block carries a stable id (``p-1``, ...) for citations.
    """
    parts: list[str] = []
    for i, block in enumerate(article.blocks):
        if block.kind == "heading":
            line = f"## {inline(block.text)}"
            parts.append(f"{line} {{: #{anchor(i)} }}" if anchors else line)
        else:
            text = paragraph(block.text)
            parts.append(f"{text}\n{{: #{anchor(i)} }}" if anchors else text)
    return "\n\n".join(parts) + "\n" if parts else ""


def byline(article: Article) -> str:
    """One escaped line under the headline: outlet, date, author, place, kind, source file."""
    m = article.meta
    bits = []
    if m.publisher:
        bits.append(f"**{inline(m.publisher)}**")
    if m.date:
        bits.append(inline(m.date) + (" (inferred)" if m.date_inferred else ""))
    else:
        bits.append("date unknown")
    if m.author:
        bits.append("by " + inline(m.author))
    if m.location:
        bits.append(inline(m.location))
    if m.kind:
        bits.append(m.kind)
    bits.append("source file " + inline(article.source))
    return " · ".join(bits)


def provenance(article: Article) -> list[str]:
    """The closing section of an article page: what was found, every warning about the
    article, and every line removed from its text with the reason (never silently lost).

    It lives on the article's own page, so no page of the site grows with the corpus.
    """
    m = article.meta
    found = [
        ("File", article.source),
        ("Outlet", m.publisher),
        ("Date", (m.date or "") + (" (inferred)" if m.date and m.date_inferred else "")),
        ("Author", m.author),
        ("Place", m.location),
        ("Kind", (m.kind or "") + (f" ({'; '.join(m.kind_evidence)})" if m.kind_evidence else "")),
    ]
    lines = ["## How this page was made {: #made data-search-exclude }", "",
             "The text above is the input file with page debris taken out; the fields below were found in it "
             "(or in its sidecar file). See [How this briefing was made](../method.md) for the method.", "",
             "| Field | Found |", "| --- | --- |"]
    lines += [f"| {k} | {inline(v) if v else '—'} |" for k, v in found]
    if m.title_derived:
        lines.append("| Title | made from the first sentence (the page had none) |")
    lines.append("")
    lines += [f"- ⚠ {inline(p.message)}" for p in article.problems]
    if article.problems:
        lines.append("")
    if article.removed:
        lines += [f"<details><summary>{len(article.removed)} line{'s' if len(article.removed) != 1 else ''} removed "
                  "from the page text</summary>", "",
                  "<table><thead><tr><th>Removed line</th><th>Reason</th></tr></thead><tbody>"]
        lines += [f"<tr><td>{attr(r.text)}</td><td>{attr(r.reason)}</td></tr>" for r in article.removed]
        lines += ["</tbody></table>", "</details>", ""]
    else:
        lines += ["Nothing was removed from the page text.", ""]
    return lines


def article_page(article: Article) -> str:
    """The whole page: front-matter, headline, byline, deck, body with anchors, then how
    the page was made (fields found, warnings, removed lines)."""
    m = article.meta
    title = m.title or article.source
    lines = [dump_front_matter(front_matter(article)), heading(1, title, "headline"), "", byline(article), ""]
    if m.title_derived:
        lines += ["*The page had no headline: this title was made from the first sentence.*", ""]
    if m.deck:
        lines += [f"*{paragraph(m.deck)}*", ""]
    lines.append(body_markdown(article, anchors=True))
    lines += ["", *provenance(article)]
    return "\n".join(lines).rstrip("\n") + "\n"
