"""Pages whose size does not grow with the corpus: large briefings are split by month."""
from __future__ import annotations

import pytest
from conftest import ROOT, build_site, make_project

from generator.models import Article, Block, Briefing, Citation, Event, Metadata, Sentence
from generator.render import render_site
from generator.render.home import HOME_TABLE_LIMIT, INDEX_PAGE_LIMIT, MONTH_PAGE_ROWS
from generator.render.timeline_page import ONE_PAGE_LIMIT, PAGE_ITEMS, SOURCE_SENTENCES


def briefing(n: int, events_per_article: int = 1) -> Briefing:
    arts, sents, events = [], {}, []
    for i in range(n):
        month = 1 + i % 12
        art = Article(f"a{i}", f"a{i}.txt", Metadata(title=f"Story {i}", date=f"2020-{month:02d}-{1 + i % 28:02d}",
                                                     publisher=f"Outlet {i % 40}"),
                      (Block("paragraph", f"Event number {i} happened."),), ())
        s = Sentence(art.id, 0, 0, f"Event number {i} happened.", 0, 26)
        arts.append(art)
        sents[art.id] = (s,)
        for k in range(events_per_article):
            events.append(Event(f"2020-{month:02d}-{1 + (i + k) % 28:02d}", f"event {i}.{k}",
                                (Citation(art.id, s, "on that day"),)))
    events.sort(key=lambda e: e.date)
    return Briefing(tuple(arts), sents, events=tuple(events))


def test_small_briefings_keep_one_page_each():
    files = render_site(briefing(20))
    assert not any(p.startswith(("sources/", "timeline/")) for p in files)
    assert files["articles/index.md"].count("](a") == 20


def test_large_briefings_are_split_by_month_and_pages_stay_bounded():
    small, large = render_site(briefing(INDEX_PAGE_LIMIT + 1)), render_site(briefing(4 * INDEX_PAGE_LIMIT))
    for files in (small, large):
        assert sum(p.startswith("sources/") for p in files) == 12
        assert sum(p.startswith("timeline/") for p in files) == 12
        assert files["index.md"].count("](articles/a") <= HOME_TABLE_LIMIT
    # The pages that list everything grow with the corpus only through their month pages.
    for page in ("index.md", "articles/index.md", "timeline.md", "summary.md", "method.md"):
        assert len(large[page]) < 1.6 * len(small[page]) + 20_000, page
    assert len(large["timeline.md"]) < 200_000


def test_no_page_grows_with_the_corpus():
    """Every Markdown page of a 6,000-article briefing (18,000 events) stays small: busy
    months are cut into parts, linked in order, and every event is on exactly one page."""
    files = render_site(briefing(6000, events_per_article=3))
    pages = {p: t for p, t in files.items() if p.endswith(".md") and not p.startswith("articles/a")}
    assert max(len(t) for t in pages.values()) < 400_000, max(pages, key=lambda p: len(pages[p]))
    months = {p: t for p, t in pages.items() if p.startswith("timeline/")}
    assert len(months) > 12  # 12 months, each in parts
    assert "[Next part](2020-01-2.md)" in months["timeline/2020-01.md"]
    assert "[Previous part](2020-01.md)" in months["timeline/2020-01-2.md"]
    assert "parts [1](timeline/2020-01.md), [2](timeline/2020-01-2.md)" in files["timeline.md"]
    labels = [line for t in months.values() for line in t.splitlines() if line.startswith("- **") and ": event " in line]
    assert len(labels) == len(set(labels)) == 18_000
    for t in months.values():  # events and publications (the legend of sources below them aside)
        assert t.split("\n## Sources")[0].count("\n- **") <= PAGE_ITEMS
    sources = {p: t for p, t in pages.items() if p.startswith("sources/")}
    assert len(sources) == 12  # 500 articles a month: one page each
    assert sum(t.count("](../articles/a") for t in sources.values()) == 6000


def test_a_month_of_many_articles_has_several_index_pages():
    files = render_site(briefing(12 * MONTH_PAGE_ROWS + 12))  # 501 articles a month
    assert "[Next part](2020-01-2.md)" in files["sources/2020-01.md"]
    assert files["sources/2020-01-2.md"].count("](../articles/a") == 1
    assert "(parts [1](../sources/2020-01.md), [2](../sources/2020-01-2.md))" in files["articles/index.md"]


def test_an_event_reported_everywhere_quotes_a_few_sources_and_links_them_all():
    b = briefing(300)
    cites = tuple(Citation(a.id, b.sentences[a.id][0], "in March") for a in b.articles)
    b = Briefing(b.articles, b.sentences, events=(Event("2020-03-01", "everyone reports this", cites),))
    page = render_site(b)["timeline.md"]
    assert "*reported by 300 sources:*" in page
    assert page.count("“Event number") == SOURCE_SENTENCES
    assert f"{SOURCE_SENTENCES} of 300 mentions are quoted here" in page


@pytest.mark.slow
def test_a_large_briefing_builds_with_every_link_valid(tmp_path):
    import sys

    sys.path.insert(0, str(ROOT))
    from benchmarks.synth import write_corpus

    seeds = tmp_path / "seeds"
    write_corpus(seeds, INDEX_PAGE_LIMIT + 20)
    proj = make_project(tmp_path, seeds=seeds)
    build_site(proj)  # strict, the seeds' own warnings (duplicates in the synthetic corpus) aside
    site = proj / "site"
    assert (site / "sources").is_dir() and len(list((site / "sources").iterdir())) > 1
    assert ONE_PAGE_LIMIT < 10_000


def test_a_quote_carried_everywhere_links_a_bounded_number_of_sources_on_the_summary():
    from generator.models import Quote
    from generator.render.summary_page import MAX_CITES

    b = briefing(300)
    cites = tuple(Citation(a.id, b.sentences[a.id][0]) for a in b.articles)
    b = Briefing(b.articles, b.sentences, quotes=(Quote("Ana Alvarez", "We will not give up.", cites),))
    page = render_site(b)["summary.md"]
    line = next(t for t in page.splitlines() if "We will not give up." in t)
    assert line.count("](articles/a") == MAX_CITES
    assert f"and {300 - MAX_CITES} more (see [briefing.json](briefing.json))" in line


def test_a_point_made_everywhere_quotes_a_bounded_number_of_wordings_on_the_summary():
    from generator.models import Point
    from generator.render.summary_page import MAX_WORDINGS

    b = briefing(300)
    cites = tuple(Citation(a.id, b.sentences[a.id][0]) for a in b.articles)
    b = Briefing(b.articles, b.sentences, points=(Point("Every outlet says this", cites),))
    page = render_site(b)["summary.md"].split("## Reported by one source only")[0]  # the legend quotes openings
    assert page.count("“Event number") == MAX_WORDINGS
    assert f"The first {MAX_WORDINGS} of 300 are quoted here" in page
