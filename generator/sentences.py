"""Sentence splitting for cleaned article text (no model, no download).

Rules written for news prose: a sentence ends at ``.``, ``!`` or ``?`` (with any
closing quotes or brackets after it) followed by white space and something that
can open a sentence, unless the stop belongs to an abbreviation ("Mr.", "Sept.",
"U.S.") or an initial ("J. Smith").
"""
from __future__ import annotations

import re

from .models import Article, Sentence

# A candidate boundary: terminal punctuation, optional closing quotes/brackets,
# then white space, then a character that can start a sentence.
BOUNDARY = re.compile(r"""([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[A-Z0-9])""")
# The word just before a full stop, to test it against the abbreviations below.
WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms messrs dr prof sen sens rep reps gov gen col lt sgt capt cmdr adm st jr sr mt ft rev hon fr
    supt det insp pres
    inc corp ltd co plc llc bros dept univ assn est fig vol pp approx
    v vs etc al jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun""".split()
)
# Words that open a sentence even after an abbreviation like "U.S.".
OPENERS = frozenset(
    "The A An He She It They We I But And In On This That These Those Its His Her Their Our "
    "There As At After Before While When If However Meanwhile Still Yet So".split()
)


def split_text(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences of ``text``, white space trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in BOUNDARY.finditer(text):
        if m.group(1) == "." and not _ends_sentence(text[start : m.start()], text[m.end() :]):
            continue
        end = m.end(2)
        if text[start:end].strip():
            spans.append(_trim(text, start, end))
        start = m.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _ends_sentence(before: str, after: str) -> bool:
    word = WORD_BEFORE.search(before)
    if not word:
        return True
    token = word.group(1)
    bare = token.rstrip(".").lower()
    if bare in ABBREVIATIONS:
        return False
    if bare in ("no", "nos") and after.lstrip()[:1].isdigit():  # "No. 5"
        return False
    if len(token) == 1 and token.isupper():  # an initial: "J. Smith"
        return False
    if "." in token:  # "U.S", "e.g": only a clear opener after it starts a sentence
        nxt = after.split(maxsplit=1)[0] if after.split() else ""
        return nxt.strip("\"'“‘([") in OPENERS
    return True


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_article(article: Article) -> tuple[Sentence, ...]:
    """Every sentence of the article's body, numbered in reading order.

    Headings count as one sentence each, so that a heading can be cited too.
    """
    out: list[Sentence] = []
    for b, block in enumerate(article.blocks):
        spans = [(0, len(block.text))] if block.kind == "heading" else split_text(block.text)
        for s, e in spans:
            out.append(Sentence(article.id, b, len(out), block.text[s:e], s, e))
    return tuple(out)
