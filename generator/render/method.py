"""'How this briefing was made': the method, every warning, the removed lines by reason.

What was found in and removed from each article is on that article's own page, so this
page grows only by one line per warning.
"""
from __future__ import annotations

from collections import Counter

from ..models import Briefing
from .markdown import inline


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
        "Sentences of different sources make one shared point when they share enough rare words, or "
        "when they report the same kind of happening (a conviction, a resignation, a ship run aground, "
        "a court upholding a decision ...) about the same people or things, with numbers that agree; "
        "a sentence whose words make a different claim is not cited, so a point may cite fewer "
        "sources than touch its subject.",
        "",
        "A field the tool got wrong can be corrected in a sidecar file `seeds/<name>.yml` "
        "(keys: title, date, publisher, author, location, url); its values always win.",
        "",
        "Each article's page ends with what was found in it and every line removed from it, with the reason.",
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
    return "\n".join(lines) + "\n"
