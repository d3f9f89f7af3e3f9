"""Property tests: any text, Markdown and YAML syntax included, through the whole pipeline.

``read.decode`` -> ``pipeline.analyse`` -> ``render.render_site``, in memory. Whatever
goes in: no exception, every page's front-matter reads back the same through MkDocs'
own parser, the words of every kept paragraph are on the rendered page, and the page
holds no element the renderer did not write.
"""
from __future__ import annotations

import html
import re
from types import SimpleNamespace

import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

from generator import pipeline, read
from generator.mkdocs_hooks import on_page_markdown
from generator.models import SourceText
from generator.render import render_site
from generator.render.article import front_matter
from generator.render.common import article_path

EXTENSIONS = ["toc", "attr_list", "tables", "md_in_html"]  # as in mkdocs.yml
# Elements an article page may hold: the headline, subheadings, paragraphs, the emphasis
# and links the renderer writes itself. Anything else came from a seed.
ALLOWED = {"h1", "h2", "p", "em", "strong", "a"}
# A start tag and its name.
START_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)\b")
# Words as the tests compare them (underscores are Markdown syntax, not word content).
WORD = re.compile(r"[^\W_]+")

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# What starts a line in hostile text: Markdown block syntax, YAML, HTML, template and snippet markers.
PREFIXES = st.sampled_from([
    "", "", "", "# ", "## ", "> ", "- ", "* ", "+ ", "1. ", "2) ", "| ", "    ", "```", "~~~", "---", "===",
    "{: onclick=alert(1) } ", '--8<-- "/etc/passwd" ', "{{ 7*7 }} ", "{% include 'x' %} ", "title: ", "- key: ",
    "!!python/object/apply:os.system ['id'] ", "<script>alert(1)</script>", '<img src=x onerror="alert(1)">',
    "[x](javascript:alert(1)) ", "<javascript:alert(1)> ", "![x](data:text/html,x) ", "*[HTML]: ", "[^1]: ",
    "&lt; &amp; &#106; ", "\\", "::: ", "!!! note ", "%YAML 1.2 ", "... ", "? ", "& anchor ", "*alias ",
])
WORDS = st.sampled_from(
    "the council said on tuesday that river flood harbour school budget would rise by ten per cent after "
    "a vote mayor residents told reporters report police station bridge closed".split())
# Odd pieces inside a line: syntax characters and arbitrary text.
PIECES = st.one_of(WORDS, WORDS, WORDS, st.sampled_from(list("*_`[]{}()#|<>&!:-'\"\\~^=+")),
                   st.text(max_size=8))


@st.composite
def paragraph(draw) -> str:
    words = draw(st.lists(PIECES, min_size=3, max_size=30))
    return draw(PREFIXES) + " ".join(words) + draw(st.sampled_from(["", ".", ":", " {: #x }", "  ", "\\"]))


@st.composite
def article_text(draw) -> str:
    head = draw(st.one_of(paragraph(), st.text(max_size=60)))
    date = draw(st.sampled_from(["", "Published: 2021-03-04\n\n", "12 May 2020\n\n", "---\ntitle: x: y\n---\n"]))
    paras = draw(st.lists(paragraph(), min_size=1, max_size=6))
    sep = draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n"]))
    return draw(st.sampled_from(["", "---\n", "---\ntitle: '<b>x</b>'\ndate: !!binary eA==\n---\n"])) + \
        head + "\n\n" + date + sep.join(paras) + "\n"


def _page_html(page_md: str) -> str:
    body, _ = get_data(page_md)
    return markdown.markdown(body, extensions=EXTENSIONS)


def _visible(page_html: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page_html)).split())


def _check_site(sources: list[SourceText]) -> None:
    b = pipeline.analyse(sources)
    files = render_site(b)
    for a in b.articles:
        page = files[article_path(a.id)]
        _, meta = get_data(page)
        assert meta == front_matter(a), a.source
        # The article's text, then our own closing section (fields found, removed lines).
        out, _, made = _page_html(page).partition('<h2 data-search-exclude id="made"')
        assert made, a.source
        assert set(START_TAG.findall(out)) <= ALLOWED, (a.source, set(START_TAG.findall(out)) - ALLOWED)
        for m in re.finditer(r'href="([^"]*)"', out):
            assert m.group(1).startswith("#"), m.group(1)
        assert "<script" not in made and not re.search(r"<[^>]*\son\w+\s*=", made), a.source
        for m in re.finditer(r'href="([^"]*)"', made):
            assert m.group(1) == "../method.md" or m.group(1).startswith("#"), m.group(1)
        for r in a.removed:  # every removed line is listed, as text
            assert " ".join(r.text.split()) in _visible(made), r
        seen = set(WORD.findall(_visible(out)))
        for block in a.blocks:
            missing = set(WORD.findall(block.text)) - seen
            assert not missing, (block, missing)
    for name in ("index.md", "timeline.md", "summary.md", "method.md", "articles/index.md"):
        out = _page_html(files[name])
        assert "<script" not in out and not re.search(r"<[^>]*\son\w+\s*=", out), name
        assert not re.search(r'(?:href|src)="\s*(?:javascript|data|vbscript):', out, re.I), name


@SETTINGS
@given(text=article_text(), fmt=st.sampled_from([".txt", ".md", ".html"]))
def test_any_article_goes_through_the_whole_pipeline(text, fmt):
    src, problems = read.decode(text.encode("utf-8"), "seed" + fmt)
    if src is None:
        assert problems and problems[0].source == "seed" + fmt
        return
    _check_site([src])


@SETTINGS
@given(texts=st.lists(st.one_of(article_text(), st.text(min_size=1, max_size=400)), min_size=1, max_size=4),
       names=st.lists(st.text(st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)),
                              min_size=1, max_size=12), min_size=4, max_size=4, unique=True))
def test_several_articles_with_any_names(texts, names):
    sources = []
    for text, name in zip(texts, names):
        src, _ = read.decode(text.encode("utf-8"), name + ".txt")
        if src is not None:
            sources.append(src)
    ids = read.assign_ids(s.source for s in sources)
    assert len(set(ids.values())) == len(ids)
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", i) for i in ids.values())
    assert read.assign_ids(reversed([s.source for s in sources])) == ids
    _check_site(sources)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_decode_or_are_refused_with_a_reason(data):
    src, problems = read.decode(data, "x.txt")
    if src is None:
        assert len(problems) == 1 and problems[0].source == "x.txt" and "skipped" in problems[0].message
    else:
        assert src.text.strip() and "\r" not in src.text and "\x00" not in src.text


SIDECAR_TEXT = st.one_of(
    st.text(max_size=80),
    st.sampled_from(['</title><script>alert(1)</script>', '<img src=x onerror="alert(1)">', "a: b\n---\nc",
                     "{{ config }}", "'\"", "null", "~", "yes", "# h", "- item", "[x](javascript:alert(1))",
                     "!!python/object/apply:os.system ['id']"]),
)


@SETTINGS
@given(title=SIDECAR_TEXT, author=SIDECAR_TEXT, publisher=SIDECAR_TEXT, location=SIDECAR_TEXT)
def test_any_sidecar_values_stay_text(title, author, publisher, location):
    text = "A headline\n\nPublished: 2021-03-04\n\nThe council met and agreed a budget for the parks.\n"
    src, _ = read.decode(text.encode("utf-8"), "a.txt")
    overrides = {k: " ".join(v.split()) or None for k, v in
                 (("title", title), ("author", author), ("publisher", publisher), ("location", location))}
    src = SourceText(src.source, src.text, src.encoding, src.digest, src.fmt, overrides)
    _check_site([src])
    b = pipeline.analyse([src])
    page = render_site(b)[article_path(b.articles[0].id)]
    body, meta = get_data(page)
    # What Material prints raw (<title>, nav) is escaped by the hook on its way in.
    fake = SimpleNamespace(meta=dict(meta), file=SimpleNamespace(name="a"))
    on_page_markdown(body, page=fake, config=None, files=None)
    assert "<" not in str(fake.meta["title"]) and '"' not in str(fake.meta["title"])
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", _page_html(page), re.S)
    assert h1 and "<" not in h1.group(1)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=20), st.from_regex(r"\A\d{4}(-(\d{1,2}|W\d{1,2}|WI|SU|SP|FA|Q\d|H\d|X+)(-\d{2})?)?"
                                                      r"(/\d{4}(-\d{2})?)?\Z")))
def test_human_date_never_raises(value):
    from generator.render.common import human_date, month_key, month_title

    assert isinstance(human_date(value), str)
    assert isinstance(month_title(*month_key(value)), str)


def test_winter_is_a_season_not_a_week():
    from generator.render.common import human_date

    assert human_date("2021-WI") == "winter 2021"
    assert human_date("2021-W07") == "week 7 of 2021"


# Text made of what figures are made of: words that start or end one, currency marks
# (also written into a word, "BUS$5"), digits, separators.
FIGURE_PIECES = st.lists(st.sampled_from(
    ["US$", "$", "€", "HK$", "Rs.", "USD", "bus", "5", "10", "1,200", "3.5", " ", " ", "-", ".", ",", "%",
     "about ", "more than ", "two ", "million", "bn", "hundreds of ", "people", "Q", "a", "2019", "#"]),
    max_size=25).map("".join)


@settings(max_examples=400, deadline=None)
@given(FIGURE_PIECES)
def test_figure_scan_skipping_word_insides_finds_the_same_matches(text):
    """FIGURE_START only lets the scan skip positions where nothing can match."""
    from generator import figures

    plain = re.compile(figures.FIGURE_BODY, re.X | re.I)
    found = [(m.span(), m.groupdict()) for m in figures.FIGURE_RE.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in plain.finditer(text)]
