"""Front-matter: written by yaml.safe_dump, read back the same by MkDocs' own parser."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

from generator.models import Article, Block, Metadata
from generator.render.article import CONTRACT_KEYS, article_page, dump_front_matter, front_matter


def test_every_seed_page_parses_back_to_its_front_matter(seeds_briefing):
    docs, result = seeds_briefing
    assert result.briefing.articles
    for art in result.briefing.articles:
        text = (docs / "articles" / f"{art.id}.md").read_text(encoding="utf-8")
        body, meta = get_data(text)
        assert meta == front_matter(art)
        assert tuple(meta)[: len(CONTRACT_KEYS)] == CONTRACT_KEYS
        assert body.lstrip().startswith("# ")


nasty = st.one_of(
    st.none(),
    st.text(),
    st.sampled_from(["a: b", "---", "x\n---\ny", "!!python/object/apply:os.system ['id']", "'\"", "null",
                     "yes", "2019-09-18", "<img src=x onerror=alert(1)>", "{{ config }}", "# h", "- item"]),
)


@settings(max_examples=200, deadline=None)
@given(title=nasty, publisher=nasty, author=nasty, location=nasty, source=st.text(min_size=1))
def test_any_values_round_trip_through_mkdocs(title, publisher, author, location, source):
    meta = Metadata(title=title, publisher=publisher, author=author, location=location, date="2019-09-18")
    art = Article("x", source, meta, (Block("paragraph", "Body text."),), ())
    page = article_page(art)
    body, parsed = get_data(page)
    assert parsed == front_matter(art)
    assert "Body text." in body


def test_front_matter_block_is_delimited():
    text = dump_front_matter({"title": "a\n---\nb"})
    assert text.startswith("---\n") and text.endswith("---\n")
    assert get_data(text + "body")[1] == {"title": "a\n---\nb"}
