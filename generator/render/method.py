""""How this briefing was made": per article, what was removed and why, and every warning."""
from __future__ import annotations

from collections import Counter

from ..models import Briefing
from .common import article_path, outlet
from .markdown import attr, inline


def method_page(b: Briefing) -> str:
    reasons = Counter(r.reason for a in b.articles for r in a.removed)
    lines = [
        "---",
        "title: How this briefing was made",
        "---",
        "",
        "# How this briefing was made",
        "",
        "Each input file was decoded, cleaned of page debris (menus, share buttons, newsletter and "
        "cookie notices, captions, comment forms ...), and its headline, date, outlet, author and "
        "place were looked for in the text. Dates in the text were resolved against each article's "
        "publication date; quotes, figures and claims were compared across articles. Nothing on the "
        "timeline or the summary is written by the tool: every item cites the sentence it comes from.",
        "",
        "A field the tool got wrong can be corrected in a sidecar file `seeds/<name>.yml` "
        "(keys: title, date, publisher, author, location, url); its values always win.",
        "",
        f"## Warnings ({len(b.problems)})",
        "",
    ]
    if b.problems:
        lines += [f"- **{inline(p.source or 'corpus')}**: {inline(p.message)}" for p in b.problems]
    else:
        lines.append("No warnings.")
    lines += ["", "## Removed lines by reason", ""]
    if reasons:
        lines += ["| Reason | Lines |", "| --- | ---: |"]
        lines += [f"| {inline(r)} | {n} |" for r, n in sorted(reasons.items(), key=lambda x: (-x[1], x[0]))]
    else:
        lines.append("Nothing was removed.")
    lines += ["", "## Article by article", ""]
    for a in b.articles:
        m = a.meta
        lines += [f"### {inline(m.title or a.source)} {{: #{a.id} }}", ""]
        found = [
            ("File", a.source),
            ("Outlet", m.publisher),
            ("Date", (m.date or "") + (" (inferred)" if m.date and m.date_inferred else "")),
            ("Author", m.author),
            ("Place", m.location),
            ("Kind", (m.kind or "") + (f" ({'; '.join(m.kind_evidence)})" if m.kind_evidence else "")),
        ]
        lines.append(f"[Read the cleaned article]({article_path(a.id)}) · outlet: {inline(outlet(a))}")
        lines.append("")
        lines += ["| Field | Found |", "| --- | --- |"]
        lines += [f"| {k} | {inline(v) if v else '—'} |" for k, v in found]
        if m.title_derived:
            lines.append("| Title | made from the first sentence (the page had none) |")
        lines.append("")
        own = [p for p in a.problems]
        if own:
            lines += [f"- ⚠ {inline(p.message)}" for p in own]
            lines.append("")
        if a.removed:
            lines += [f"<details><summary>{len(a.removed)} lines removed</summary>", "",
                      "<table><thead><tr><th>Removed line</th><th>Reason</th></tr></thead><tbody>"]
            lines += [f"<tr><td>{attr(r.text)}</td><td>{attr(r.reason)}</td></tr>" for r in a.removed]
            lines += ["</tbody></table>", "</details>", ""]
        else:
            lines += ["Nothing was removed.", ""]
    return "\n".join(lines) + "\n"
