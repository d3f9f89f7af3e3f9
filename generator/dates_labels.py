"""Timeline labels: the clause of a sentence that carries the event a date expression
dates ("On Wednesday, the Commission fined Google" -> "The Commission fined Google").

Split out of ``dates`` (which finds and resolves the expressions); ``dates`` re-exports
``clause_label``.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .models import TimeExpr

# Places where a sentence divides into clauses.
CLAUSE_SPLIT = re.compile(r"\s*(?:[;:]|,(?=\s)|\s[–—]\s|\s-\s|\((?=\s*\w)|\))\s*")
# Leading words a label does not need.
LABEL_LEAD = re.compile(r"^(?:and|but|or|so|while|whereas|which|as|then|also|however|meanwhile)\s+", re.I)
# Conjunctions where a clause holding two dates is cut in two.
CONJ_SPLIT = re.compile(r"\s(?:and|but|while|whereas|before|after)\s", re.I)

# Words that open a clause framing the event rather than telling it.
FRAME_START = re.compile(
    r"(?:according|in|on|at|since|by|during|after|before|until|earlier|later|last|this|next|from|between|as\s+of)\b",
    re.I)

# What may stand before a date that opens a clause: a preposition, or nothing.
LEAD_DATE_PREP = re.compile(r"[\s\"“‘']*(?:(?:on|in|at|since|by|during|from|until|as\s+of|earlier|later|back)\s+)?", re.I)
# The comma that closes such an opening date.
COMMA_AFTER = re.compile(r"\s*,\s*")

LABEL_WORDS = 18


def clause_label(sentence: str, expr: TimeExpr, others: Sequence[TimeExpr] = ()) -> str:
    """A short label for the event that ``expr`` dates: the clause of ``sentence`` that
    holds it (widened to a neighbour when too short, cut at a conjunction when it holds
    another date too), at most about 18 words, without the date words' preposition."""
    spans: list[tuple[int, int]] = []
    dash_after: list[bool] = []  # the separator after each span is a dash
    start = 0
    for m in CLAUSE_SPLIT.finditer(sentence):
        if m.start() > start:
            spans.append((start, m.start()))
            dash_after.append(m.group(0).strip() in ("-", "–", "—"))
        start = m.end()
    if start < len(sentence):
        spans.append((start, len(sentence)))
    idx = next((i for i, (s, e) in enumerate(spans) if s <= expr.start < e or s < expr.end <= e), None)
    if idx is None:
        return _shorten(sentence, expr.start - 0)
    s, e = spans[idx]
    # Widen while too short: the date's clause alone may be "since May 2019".
    lo, hi = idx, idx
    while _words(sentence[spans[lo][0]:spans[hi][1]]) < 9 and (lo > 0 or hi < len(spans) - 1):
        if lo > 0 and (hi == len(spans) - 1 or _words(sentence[spans[lo - 1][0]:spans[lo - 1][1]]) >= 2):
            lo -= 1
        else:
            hi += 1
    # A parenthesis between dashes ("- Lucent, once part of AT&T -") does not carry the
    # event either: reach past it to the clause before.
    if lo >= 1 and lo < len(spans) - 1 and dash_after[lo - 1] and dash_after[lo]:
        lo -= 1
    # A leading frame ("According to a report last month", "In July this year") does
    # not carry the event: take the clause after it too.
    if hi < len(spans) - 1 and FRAME_START.match(sentence, spans[lo][0]) and _words(sentence[spans[lo][0]:spans[hi][1]]) < 10:
        hi += 1
    s, e = spans[lo][0], spans[hi][1]
    # Another date in the same clause: cut at the conjunction between them.
    for other in others:
        if s <= other.start < e:
            if other.start > expr.end:
                cut = [c for c in CONJ_SPLIT.finditer(sentence, expr.end, other.start)]
                if cut:
                    e = cut[-1].start()
            elif other.end < expr.start:
                cut = [c for c in CONJ_SPLIT.finditer(sentence, other.end, expr.start)]
                if cut:
                    s = cut[-1].end()
    # "On Wednesday, the Commission fined Google": the date is shown beside the label.
    head = LEAD_DATE_PREP.fullmatch(sentence, s, expr.start)
    tail = COMMA_AFTER.match(sentence, expr.end, e)
    if head and tail and _words(sentence[tail.end():e]) >= 4:
        rest = _shorten(sentence[tail.end():e], 0)
        return rest[:1].upper() + rest[1:]
    return _shorten(sentence[s:e], expr.start - s)


def _words(text: str) -> int:
    return len(text.split())


def _shorten(text: str, focus: int) -> str:
    """At most LABEL_WORDS words of text, kept around character offset ``focus``."""
    text = LABEL_LEAD.sub("", text.strip().strip("\"'“”‘’ ").strip())
    words = text.split()
    if len(words) <= LABEL_WORDS:
        return text.rstrip(" .,;:")
    before = len(text[:max(0, focus)].split())
    lo = max(0, min(before - 8, len(words) - LABEL_WORDS))
    out = " ".join(words[lo:lo + LABEL_WORDS]).rstrip(" .,;:")
    return ("… " if lo else "") + out + (" …" if lo + LABEL_WORDS < len(words) else "")
