"""Untrusted text stays text: escaping for Markdown and HTML."""
from __future__ import annotations

import markdown
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.render.markdown import CONTROL, attr, inline, paragraph, shorten

EXTENSIONS = ["toc", "attr_list", "tables", "md_in_html"]  # as in mkdocs.yml

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "<javascript:alert(1)>",
    "![x](data:text/html;base64,PHNjcmlwdD4=)",
    "{: onclick=alert(2) }",
    '--8<-- "/etc/passwd"',
    "{{ config }} {% include 'x' %}",
    "# not a heading",
    "> not a quote",
    "- not a list",
    "1. not a list",
    "| a | b |",
    "---",
    "    not code",
    "```python",
    "*not emphasis* _nor this_ `nor code`",
    "&lt;already an entity&gt; &amp;",
    "[^1]: not a footnote",
    "*[HTML]: not an abbreviation",
]


def render(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


def test_hostile_lines_render_as_one_plain_paragraph():
    for line in HOSTILE:
        out = render(paragraph(line))
        assert out.startswith("<p>") and out.endswith("</p>"), (line, out)
        inner = out[3:-4]
        assert "<" not in inner and "href" not in inner and "onclick=" not in inner.replace("onclick=alert", ""), out


def test_escaped_text_reads_back_as_the_original():
    import html

    for line in HOSTILE:
        out = render(paragraph(line))
        assert html.unescape(out[3:-4]) == " ".join(line.split()), (line, out)


def test_attr_list_syntax_becomes_no_attribute():
    out = render(paragraph("Text") + "\n" + paragraph("{: onclick=alert(2) }"))
    assert "onclick=" not in out.split(">", 1)[0]


def test_attr_escapes_html():
    assert attr('<b a="1">') == "&lt;b a=&quot;1&quot;&gt;"


def test_inline_collapses_newlines():
    assert inline("a\n# b") == "a \\# b"


def test_shorten_cuts_at_a_word():
    assert shorten("one two three four", 12) == "one two…"
    assert shorten("short", 12) == "short"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_is_one_inert_paragraph(text):
    import html

    out = render(paragraph(text))
    expected = " ".join(CONTROL.sub("", text).split())
    if not expected:
        assert out == ""
        return
    assert out.startswith("<p>") and out.endswith("</p>")
    body = out[3:-4]
    assert "<" not in body
    assert html.unescape(body) == expected


# --- source labels and their hover titles -------------------------------------------------

def test_articles_sharing_an_outlet_are_numbered_in_date_order():
    from generator.models import Article, Metadata
    from generator.render.common import source_labels

    arts = [Article("b", "b.txt", Metadata(publisher="Reuters", date="2020-02-01"), (), ()),
            Article("a", "a.txt", Metadata(publisher="Reuters", date="2020-01-01"), (), ()),
            Article("c", "c.txt", Metadata(publisher="IET"), (), ()),
            Article("d", "d.txt", Metadata(), (), ())]
    assert source_labels(arts) == {"a": "Reuters (1)", "b": "Reuters (2)", "c": "IET",
                                   "d": "unknown outlet · d.txt"}


@settings(max_examples=300, deadline=None)
@given(st.text())
@example("`0`")  # found by CI: Markdown read the backquotes as code and dropped them
def test_any_headline_is_one_link_title_and_nothing_else(text):
    """A headline on hover is the title of one link: it cannot end the link, add an
    attribute or markup, or leave 'name=' of its own in the page's HTML."""
    import html
    import re

    from generator.render.common import link_title

    out = render(f'[IET](a.md#p-1 "{link_title(text)}")')
    assert out.startswith('<p><a href="a.md#p-1"') and out.endswith(">IET</a></p>"), out
    assert out.count("<") == 4 and not re.search(r"\son\w+\s*=", out[len('<p><a href="a.md#p-1"'):])
    title = re.search(r' title="([^"]*)"', out)
    expected = re.sub(r"^'+|'+$", "’", " ".join(CONTROL.sub("", text).split()).replace('"', "”").replace("\\", "/"))
    assert html.unescape(title.group(1) if title else "") == expected


def test_folded_boxes_never_repeat_the_item_they_fold(seeds_briefing):
    """A box of the sources' own wording holds only wordings other than the item's own text."""
    import re

    docs, _ = seeds_briefing
    for name in ("summary.md", "timeline.md"):
        page = (docs / name).read_text(encoding="utf-8")
        boxes = re.findall(r"^- ([^\n]*)\n(?:  [^\n]*\n)?\n<details[^>]*>[^\n]*\n\n(.*?)\n\n</details>", page, re.M | re.S)
        assert boxes or name == "timeline.md"
        for item, box in boxes:
            shown = re.sub(r"\(.*?\)|[“”\"*]", "", item.split(" — ")[0]).casefold()
            for line in box.splitlines():
                quoted = re.sub(r"[“”\"*]", "", line.split("): ", 1)[-1]).split(" — ")[0].casefold()
                assert quoted.strip(" .") not in shown, (name, line)
