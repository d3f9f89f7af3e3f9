"""Turning untrusted text into inert Markdown, and the small helpers pages share.

Article text comes from the web: nothing in it may become live HTML, a link, an
``attr_list`` attribute, a snippet inclusion or Markdown structure the cleaner did
not decide on. Every piece of seed text that reaches a page goes through
``inline`` (running text) or ``paragraph`` (a whole block); the page code adds the
structure itself.
"""
from __future__ import annotations

import html
import re

# Characters Python-Markdown treats as syntax inside a line, mapped to an inert form.
# '<', '>' and '&' become entities so no raw HTML, autolink or entity survives; the
# rest are backslash escapes Python-Markdown knows (its ESCAPED_CHARS, '|' with tables).
_INLINE = str.maketrans(
    {
        "\\": "\\\\",
        "`": "\\`",
        "*": "\\*",
        "_": "\\_",
        "{": "\\{",
        "}": "\\}",
        "[": "\\[",
        "]": "\\]",
        "#": "\\#",
        "|": "\\|",
        "<": "&lt;",
        ">": "&gt;",
        "&": "&amp;",
    }
)
# What may open a block-level construct at the start of a line: list markers,
# ordered-list numbers, rules.
BLOCK_START = re.compile(r"^(?:([-+])|(\d+)([.)]))")
# Runs of white space, including the line breaks a block must not contain.
SPACES = re.compile(r"\s+")
# Control characters: never text, and Python-Markdown uses STX/ETX as placeholders.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


# White space other than the plain space (with "  ", what SPACES.sub(" ", ...) would change).
OTHER_SPACE = re.compile(r"[^\S ]")
# Any character of _INLINE: most text has none (a search is much faster than translate).
SYNTAX = re.compile(r"[\\`*_{}\[\]#|<>&]")


def inline(text: str) -> str:
    """Escape ``text`` for use inside a Markdown line (a table cell, a list item, a link text)."""
    out = CONTROL.sub("", text)
    if "  " in out or OTHER_SPACE.search(out):
        out = SPACES.sub(" ", out)
    out = out.strip()
    return out.translate(_INLINE) if SYNTAX.search(out) else out


def paragraph(text: str) -> str:
    """Escape ``text`` as one paragraph: one line, no block syntax at its start."""
    out = inline(text)
    m = BLOCK_START.match(out)
    if m:
        if m.group(1):
            out = "\\" + out
        else:
            out = m.group(2) + "\\" + out[len(m.group(2)) :]
    return out


def attr(text: str) -> str:
    """Escape ``text`` for an HTML attribute or element content in raw HTML we write."""
    return html.escape(SPACES.sub(" ", CONTROL.sub("", text)).strip(), quote=True)


def heading(level: int, text: str, anchor: str) -> str:
    """A Markdown heading of escaped ``text`` with an id of our own.

    Never let the toc extension make the id from seed text: a heading reading
    ``__config`` or ``__search`` would take the id of one of Material's own elements
    (its JSON config, the search toggle) and break the page's scripts.
    """
    return f"{'#' * level} {inline(text)} {{: #{anchor} }}"


def shorten(text: str, limit: int = 90) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    text = SPACES.sub(" ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:-–— ")
    return cut + "…"
