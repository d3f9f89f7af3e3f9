"""Tests for ``generator.metadata``: headline, date, outlet, author, location, kind."""
from __future__ import annotations

import pytest

from generator.clean import clean
from generator.lines import parse_date, parse_line
from generator.metadata import extract_metadata
from generator.models import Article, SourceText

LEAD = ("The regulator said on Tuesday that it would review the merger, which has drawn criticism "
        "from consumer groups and rival companies across the region.")
PARA2 = ("Officials at the ministry told reporters that the review could take several months, and that "
         "the companies involved had been asked to provide further documents.")
PARA3 = ("Analysts expect the decision to shape how similar deals are handled in the future, as the "
         "sector consolidates after years of rapid growth and falling prices.")
HEADLINE = "Regulator to review telecom merger after complaints"


def meta_of(text: str, fmt: str = "text", overrides: dict | None = None, name: str = "story.txt") -> Article:
    src = SourceText(name, text, "utf-8", "0" * 64, fmt, dict(overrides or {}))  # type: ignore[arg-type]
    return extract_metadata(clean(src), "story")


def page(*head: str, tail: tuple[str, ...] = (), lead: str = LEAD) -> str:
    return "\n\n".join([*head, lead, PARA2, PARA3, *tail])


def texts(a: Article) -> list[str]:
    return [b.text for b in a.blocks]


def reasons(a: Article) -> dict[str, str]:
    return {r.text: r.reason for r in a.removed}


# --------------------------------------------------------------------------- dates

@pytest.mark.parametrize("line, iso", [
    ("Published: 2019/9/18", "2019-09-18"),
    ("Published 2019-09-13 15:10:21", "2019-09-13"),
    ("2019-09-12T18:05:00Z", "2019-09-12"),
    ("Thu 12 Sep 2019 18.05 BST", "2019-09-12"),
    ("12/09/2019 18:05 GMT", "2019-09-12"),
    ("09/12/2019 6:05 PM EDT", "2019-09-12"),
    ("Last updated 12.09.2019 – 18:05", "2019-09-12"),
    ("September 12, 2019 at 6:05 pm", "2019-09-12"),
    ("Sept. 12, 2019", "2019-09-12"),
    ("Published on 12th September 2019", "2019-09-12"),
    ("Posted: Thursday, September 12, 2019", "2019-09-12"),
    ("Date: 25/12/2019", "2019-12-25"),
])
def test_date_line_shapes(line: str, iso: str) -> None:
    info = parse_line(line)
    assert info is not None and info.date == iso, line
    a = meta_of(page(HEADLINE, line))
    assert a.meta.date == iso and not a.meta.date_inferred
    assert line not in texts(a)
    assert reasons(a)[line] in ("publication date line", "update date line")


def test_published_wins_over_updated_in_either_order() -> None:
    for lines in (("Published 12 September 2019", "Updated 14 September 2019"),
                  ("Updated 14 September 2019", "Published 12 September 2019"),
                  ("Published: 12 September 2019 | Updated: 14 September 2019",)):
        a = meta_of(page(HEADLINE, *lines))
        assert a.meta.date == "2019-09-12", lines
        assert all(x not in texts(a) for x in lines)


def test_a_date_inside_the_story_is_not_the_publication_date() -> None:
    lead = "On 3 May 2019 the company was blacklisted by the US Commerce Department, officials said on Monday."
    a = meta_of(page(HEADLINE, lead=lead))
    assert a.meta.date is None
    assert [p.message for p in a.problems] == ["no publication date found; set date in story.yml"]
    assert lead in texts(a)


def test_parse_date_day_first_rules() -> None:
    assert parse_date("03/04/2019")[0] == "2019-03-04"
    assert parse_date("03/04/2019 10:00 BST")[0] == "2019-04-03"
    assert parse_date("03.04.2019")[0] == "2019-04-03"
    assert parse_date("13/04/2019")[0] == "2019-04-13"
    assert parse_date("2019-02-30")[0] is None


# --------------------------------------------------------------------------- bylines

@pytest.mark.parametrize("line, author, location", [
    ("By Jane Doe", "Jane Doe", None),
    ("BY JANE DOE", "JANE DOE", None),
    ("By Jane Doe and John Roe", "Jane Doe and John Roe", None),
    ("By Jane Doe, John Roe", "Jane Doe and John Roe", None),
    ("By Jane Doe in Geneva", "Jane Doe", "Geneva"),
    ("Written by: Maria de la Cruz", "Maria de la Cruz", None),
    ("Jane Doe | Singapore", "Jane Doe", "Singapore"),
    ("Amir Hassan Lee  |  Kuala Lumpur", "Amir Hassan Lee", "Kuala Lumpur"),
    ("By Jane Doe, Staff Writer", "Jane Doe", None),
])
def test_bylines(line: str, author: str, location: str | None) -> None:
    a = meta_of(page(HEADLINE, line, "Published 12 September 2019"))
    assert a.meta.author == author and a.meta.location == location
    line = " ".join(line.split())
    assert line not in texts(a) and reasons(a)[line] == "byline"
    assert a.meta.date == "2019-09-12" and a.meta.title == HEADLINE


@pytest.mark.parametrize("line", [
    "Posted on September 12, 2019 by Jane Doe",
    "By Jane Doe | 12 September 2019",
    "By Jane Doe • Sep 12, 2019 18:05 GMT",
    "By Jane Doe, September 12, 2019",
])
def test_byline_and_date_on_one_line(line: str) -> None:
    a = meta_of(page(HEADLINE, line))
    assert (a.meta.author, a.meta.date) == ("Jane Doe", "2019-09-12")
    assert line not in texts(a)


def test_byline_at_the_foot() -> None:
    a = meta_of(page(HEADLINE, tail=("By Jane Doe",)))
    assert a.meta.author == "Jane Doe" and texts(a)[-1] == PARA3


@pytest.mark.parametrize("line", ["Home | News", "Business | Tech | World", "Share | Tweet"])
def test_menus_are_not_bylines(line: str) -> None:
    info = parse_line(line)
    assert info is None or info.author is None


# --------------------------------------------------------------------------- wire datelines

@pytest.mark.parametrize("opening, place, agency", [
    ("GENEVA, Sept 12 (Reuters) - ", "Geneva", "Reuters"),
    ("LONDON (AP) — ", "London", "AP"),
    ("NEW YORK, Sept. 12 (Reuters) -- ", "New York", "Reuters"),
    ("BEIJING, 12 September (Xinhua) - ", "Beijing", "Xinhua"),
    ("WASHINGTON — ", "Washington", None),
])
def test_wire_dateline(opening: str, place: str, agency: str | None) -> None:
    lead = opening + "The World Health Organization said on Thursday it would send experts to the region."
    a = meta_of(page(HEADLINE, lead=lead))
    assert a.meta.location == place
    assert texts(a)[0] == "The World Health Organization said on Thursday it would send experts to the region."
    assert reasons(a)[opening.strip()] == "wire dateline"
    if agency:
        assert a.meta.publisher == agency


def test_no_dateline_in_an_ordinary_lead() -> None:
    a = meta_of(page(HEADLINE))
    assert a.meta.location is None and texts(a)[0] == LEAD


# --------------------------------------------------------------------------- outlet

@pytest.mark.parametrize("debris, outlet", [
    ("Welcome Your Planet account", "Planet"),
    ("Subscribe to Daily Courier Newsletter", "Daily Courier"),
    ("Sign up to the Courier News e-mail to get great stories like this delivered to your inbox every day.", "Courier"),
    ("© 2019 The Evening Star. All rights reserved.", "The Evening Star"),
    ("Copyright © 2020 Example Media Ltd", "Example Media"),
])
def test_outlet_from_debris(debris: str, outlet: str) -> None:
    for where in ("head", "tail"):
        text = page(debris, HEADLINE) if where == "head" else page(HEADLINE, tail=(debris,))
        a = meta_of(text)
        assert a.meta.publisher == outlet, (where, debris)


def test_outlet_from_masthead() -> None:
    a = meta_of(page("The Evening Star", "Home > World > Europe", HEADLINE))
    assert a.meta.publisher == "The Evening Star" and a.meta.title == HEADLINE


def test_no_outlet_guessed_from_a_newsletter_name() -> None:
    a = meta_of(page(HEADLINE, "Get the Morning Brief newsletter delivered straight to your inbox."))
    assert a.meta.publisher is None


# --------------------------------------------------------------------------- headline, deck

def test_headline_taken_out_of_the_body() -> None:
    a = meta_of(page(HEADLINE))
    assert a.meta.title == HEADLINE and not a.meta.title_derived
    assert texts(a)[0] == LEAD and reasons(a)[HEADLINE] == "headline"
    assert not [p for p in a.problems if "headline" in p.message]


def test_deck_before_the_byline_is_not_a_title() -> None:
    deck = "This would allow any company to tap the patents, licences and blueprints of the group."
    a = meta_of(page(deck, "Jane Doe | Singapore", "Published 2019-09-13 15:10:21"))
    assert a.meta.deck == deck and a.meta.title_derived
    assert a.meta.title and a.meta.title != deck
    assert deck not in texts(a) and texts(a)[0] == LEAD
    assert any("no headline found" in p.message and "story.yml" in p.message for p in a.problems)


def test_a_first_sentence_closing_on_its_source_is_the_lead_not_a_deck() -> None:
    # No headline above it, and it attributes what it says: the story's first sentence
    first = ("Inspectors at the Harwick depot found more than 30 cracked axles on older trains, "
             "the operator's chief engineer said Tuesday.")
    a = meta_of(page(first, "Jane Doe | Harwick", "Published 2019-09-13 15:10:21"))
    assert texts(a)[0] == first and a.meta.deck is None


def test_headline_then_deck_then_byline() -> None:
    deck = "The review could take months and delay the deal into next year, officials warned."
    a = meta_of(page(HEADLINE, deck, "By Jane Doe"))
    assert (a.meta.title, a.meta.deck, a.meta.author) == (HEADLINE, deck, "Jane Doe")
    assert texts(a)[0] == LEAD


def test_page_starting_with_the_lead_gets_a_derived_short_title() -> None:
    a = meta_of(page("Published: 2019/9/18"))
    assert a.meta.title_derived and a.meta.title
    assert len(a.meta.title.split()) <= 15
    assert LEAD.startswith(a.meta.title.rstrip("…"))
    assert texts(a)[0] == LEAD
    assert len([p for p in a.problems if "no headline found" in p.message]) == 1


# --------------------------------------------------------------------------- sidecar overrides

def test_sidecar_values_win_silently() -> None:
    a = meta_of(page(HEADLINE, "By Jane Doe", "Published 12 September 2019"),
                overrides={"title": "My title", "date": "2019-09-13", "author": "Jane Doe", "location": "Bern",
                           "url": "https://example.org/x"})
    m = a.meta
    assert (m.title, m.date, m.author, m.location, m.url) == ("My title", "2019-09-13", "Jane Doe", "Bern",
                                                              "https://example.org/x")
    # A deliberate correction is not a warning (it must not fail --strict).
    assert a.problems == ()


def test_sidecar_fills_a_missing_date_and_title() -> None:
    a = meta_of(page(), overrides={"date": "2019-09-13", "title": "Given"})
    assert a.meta.date == "2019-09-13" and a.meta.title == "Given" and not a.meta.title_derived
    assert a.problems == ()


# --------------------------------------------------------------------------- structured pages

def test_html_metadata() -> None:
    html = ("<html><head><title>Regulator to review merger - The Planet</title>"
            "<meta property='og:site_name' content='The Planet'>"
            "<meta name='author' content='Jane Doe'>"
            "<meta property='article:published_time' content='2019-09-12T18:05:00+01:00'>"
            "</head><body><h1>Regulator to review merger</h1><p>" + LEAD + "</p><p>" + PARA2 + "</p><p>" + PARA3
            + "</p></body></html>")
    a = meta_of(html, "html", name="story.html")
    m = a.meta
    assert (m.title, m.publisher, m.author, m.date) == ("Regulator to review merger", "The Planet", "Jane Doe",
                                                        "2019-09-12")
    assert texts(a) == [LEAD, PARA2, PARA3]


def test_html_title_used_when_there_is_no_h1() -> None:
    html = ("<html><head><title>Regulator to review merger | The Planet</title></head><body><p>" + LEAD
            + "</p><p>" + PARA2 + "</p></body></html>")
    a = meta_of(html, "html", name="story.html")
    assert a.meta.title == "Regulator to review merger" and a.meta.publisher == "The Planet"
    assert not a.meta.title_derived


def test_markdown_front_matter() -> None:
    md = ("---\ntitle: Regulator to review merger\ndate: 2019-09-12\nauthor: [Jane Doe, John Roe]\n"
          "publisher: The Planet\n---\n\n" + LEAD + "\n\n" + PARA2 + "\n")
    a = meta_of(md, "markdown", name="story.md")
    m = a.meta
    assert (m.title, m.date, m.author, m.publisher) == ("Regulator to review merger", "2019-09-12",
                                                        "Jane Doe and John Roe", "The Planet")
    assert texts(a) == [LEAD, PARA2] and a.problems == ()


def test_markdown_heading_is_the_headline() -> None:
    a = meta_of("# Regulator to review merger\n\nBy Jane Doe\n\n" + LEAD + "\n\n" + PARA2, "markdown", name="s.md")
    assert (a.meta.title, a.meta.author) == ("Regulator to review merger", "Jane Doe")
    assert texts(a) == [LEAD, PARA2]


# --------------------------------------------------------------------------- kind

def test_kind_from_a_label() -> None:
    a = meta_of(page("Opinion", HEADLINE))
    assert a.meta.kind == "opinion" and a.meta.kind_evidence


def test_kind_news_and_analysis() -> None:
    assert meta_of(page(HEADLINE)).meta.kind == "news"
    essay = ("Trade policy should serve long-term goals rather than short-term politics, and the evidence "
             "of the past decade points in one direction.")
    a = meta_of("\n\n".join([HEADLINE, essay, "Where things stand", essay.replace("Trade", "Industrial"),
                             "What comes next", essay.replace("Trade", "Energy")]))
    assert a.meta.kind == "analysis"


@pytest.mark.parametrize("name", ["Maria Gonzalez", "Chen Wei Ling", "JOHN O'NEILL"])
def test_bare_author_name_next_to_a_date_line(name: str) -> None:
    a = meta_of(page(HEADLINE, name, "Sep 12, 2019"))
    assert (a.meta.author, a.meta.date, a.meta.title) == (name, "2019-09-12", HEADLINE)
    assert texts(a)[0] == LEAD


def test_caption_with_a_job_title_is_not_an_author() -> None:
    a = meta_of(page("Acme CEO Jane Doe", HEADLINE, "Sep 12, 2019"))
    assert a.meta.author is None and a.meta.title == HEADLINE


def test_long_line_without_full_stop_before_the_byline_is_a_deck() -> None:
    deck = ("This would allow any company in the country to use the group's patents, licences and blueprints "
            "to build its own equipment")
    a = meta_of(page(deck, "By Jane Doe", "12 September 2019"))
    assert a.meta.deck == deck and a.meta.title_derived


@pytest.mark.parametrize("line, author, location, date", [
    ("By Jane Doe, Geneva", "Jane Doe", "Geneva", None),
    ("By JANE DOE, Associated Press", "JANE DOE", None, None),
    ("12 September 2019 | 6 min read", None, None, "2019-09-12"),
    ("By Jane Doe | Geneva | 12 September 2019 | 3 comments", "Jane Doe", "Geneva", "2019-09-12"),
])
def test_byline_fields(line: str, author: str | None, location: str | None, date: str | None) -> None:
    info = parse_line(line)
    assert info is not None
    assert (info.author, info.location, info.date) == (author, location, date)


def test_html_byline_with_a_link() -> None:
    html = ("<html><body><h1>Regulator to review merger</h1><p>By <a href='/jane'>Jane Doe</a></p>"
            "<p><time datetime='2019-09-12'>12 September 2019</time></p><p>" + LEAD + "</p><p>" + PARA2
            + "</p></body></html>")
    a = meta_of(html, "html", name="s.html")
    assert (a.meta.author, a.meta.date) == ("Jane Doe", "2019-09-12") and texts(a) == [LEAD, PARA2]


@pytest.mark.parametrize("first, outlet", [("Acme CEO Jane Doe", None), ("Riverside Gazette", "Riverside Gazette"),
                                           ("planetnews.com", "planetnews.com"), ("Minister Jane Roe", None),
                                           ("The Verity", "The Verity")])
def test_masthead_must_look_like_an_outlet(first: str, outlet: str | None) -> None:
    a = meta_of(page(first, "Home > World", HEADLINE))
    assert a.meta.publisher == outlet and a.meta.title == HEADLINE


def test_sidecar_null_date_silences_the_missing_date_problem() -> None:
    a = meta_of(page(HEADLINE), overrides={"date": None})
    assert a.meta.date is None and a.problems == ()


def test_fields_run_together_on_one_line() -> None:
    info = parse_line("Jane Doe | Geneva Published 2019-09-13 15:10:21")
    assert info is not None and (info.author, info.location, info.date) == ("Jane Doe", "Geneva", "2019-09-13")


def test_html_json_ld() -> None:
    ld = ('{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "x"}, '
          '{"@type": "NewsArticle", "headline": "Regulator to review merger", "datePublished": "2019-09-12T08:00:00Z", '
          '"author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}], '
          '"publisher": {"@type": "Organization", "name": "The Planet"}}]}')
    html = ("<html><head><script type='application/ld+json'>" + ld + "</script></head><body><p>" + LEAD
            + "</p><p>" + PARA2 + "</p></body></html>")
    a = meta_of(html, "html", name="s.html")
    m = a.meta
    assert (m.title, m.date, m.author, m.publisher) == ("Regulator to review merger", "2019-09-12",
                                                        "Jane Doe and John Roe", "The Planet")


def test_day_first_when_another_date_on_the_page_says_so() -> None:
    a = meta_of(page(HEADLINE, "Published 04/09/2019 10:00", "Updated 14/09/2019 12:00"))
    assert a.meta.date == "2019-09-04"
    a = meta_of(page(HEADLINE, "Published 04/09/2019 10:00", "Updated 09/14/2019 12:00"))
    assert a.meta.date == "2019-04-09"


@pytest.mark.parametrize("line, outlet", [("© Copyright 2019 Harbour Times", "Harbour Times"),
                                          ("© Harbour Times 2019", "Harbour Times"),
                                          ("COPYRIGHT 2019 HARBOUR TIMES. ALL RIGHTS RESERVED.", "Harbour Times")])
def test_copyright_wordings(line: str, outlet: str) -> None:
    assert meta_of(page(HEADLINE, tail=(line,))).meta.publisher == outlet


def test_photo_credit_with_copyright_sign_is_not_the_outlet() -> None:
    a = meta_of(page(HEADLINE, "Photo: © Jane Roe/Agency", tail=("Subscribe to Harbour Times Newsletter",)))
    assert a.meta.publisher == "Harbour Times"


def test_headline_or_deck_after_the_date_lines() -> None:
    a = meta_of(page("12 September 2019", "By Jane Doe", HEADLINE))
    assert (a.meta.title, a.meta.author, a.meta.date) == (HEADLINE, "Jane Doe", "2019-09-12")
    deck = ("Telecom group says it is willing to sell its technology to a foreign buyer for a one-off fee, "
            "founder tells newspaper")
    a = meta_of(page("PUBLISHED : Thursday, 12 September, 2019, 6:05pm", "Anna Li in Beijing", deck))
    assert a.meta.deck == deck and a.meta.title_derived and texts(a)[0] == LEAD
    assert (a.meta.author, a.meta.location, a.meta.date) == ("Anna Li", "Beijing", "2019-09-12")


@pytest.mark.parametrize("line, title, outlet", [
    ("Regulator to review merger | The Planet Times", "Regulator to review merger", "The Planet Times"),
    ("Regulator to review merger - Harbour Times", "Regulator to review merger", "Harbour Times"),
    ("Regulator to review merger - a turning point", "Regulator to review merger - a turning point", None),
    ("CvX: Acme – An Opportunity for Foreign Policy", "CvX: Acme – An Opportunity for Foreign Policy", None),
])
def test_site_name_after_the_headline(line: str, title: str, outlet: str | None) -> None:
    a = meta_of(page(line))
    assert (a.meta.title, a.meta.publisher) == (title, outlet)


def test_dash_site_suffix_stripped_when_the_outlet_is_known() -> None:
    a = meta_of(page("Regulator to review merger - Harbour Times", tail=("© 2019 Harbour Times",)))
    assert (a.meta.title, a.meta.publisher) == ("Regulator to review merger", "Harbour Times")


@pytest.mark.parametrize("junk", [("Watch Live",), ("Trending: Elections 2019", "Manage preferences"),
                                  ("Menu", "Breaking News")])
def test_short_labels_above_a_headless_page_are_not_its_title(junk: tuple[str, ...]) -> None:
    a = meta_of(page(*junk, "Published: 2019/9/18"))
    assert a.meta.title_derived and a.meta.date == "2019-09-18"
    assert all(j not in texts(a) for j in junk)


@pytest.mark.parametrize("line, outlet", [("Subscribe to The Planet for unlimited access.", "The Planet"),
                                          ("Subscribe to Harbour Times", "Harbour Times"),
                                          ("Subscribe to our YouTube channel", None)])
def test_subscribe_to_an_outlet(line: str, outlet: str | None) -> None:
    assert meta_of(page(HEADLINE, tail=(line,))).meta.publisher == outlet


def test_dateline_with_two_places() -> None:
    a = meta_of(page(HEADLINE, lead="SAN FRANCISCO/NEW YORK (Reuters) - Shares of chipmakers rose on Thursday after "
                                    "the company said demand had recovered."))
    assert a.meta.location == "San Francisco/New York" and texts(a)[0].startswith("Shares of chipmakers")


def test_place_and_date_line() -> None:
    info = parse_line("Singapore | 12 Sep 2019")
    assert info is not None and (info.location, info.date, info.author) == ("Singapore", "2019-09-12", None)


def test_front_matter_source_url_is_a_url() -> None:
    md = "---\nsource: https://example.org/story\n---\n\n" + LEAD + "\n\n" + PARA2 + "\n"
    a = meta_of(md, "markdown", name="s.md")
    assert a.meta.publisher is None and a.meta.url == "https://example.org/story"


# --------------------------------------------------------------------------- round 2: classes seen on other outlets

@pytest.mark.parametrize("line, author", [
    ("By Hendrik Vasquez, Industry Editor", "Hendrik Vasquez"),
    ("By Amara Nwosu, Senior Political Correspondent", "Amara Nwosu"),
    ("Words by Li Wei, Transport Reporter", "Li Wei"),
    ("By Jo Park and Sam Reyes, Health Writer", "Jo Park and Sam Reyes"),
])
def test_byline_with_a_job_title_after_a_comma(line: str, author: str) -> None:
    info = parse_line(line)
    assert info is not None and info.author == author
    a = meta_of(page(HEADLINE, line))
    assert a.meta.author == author


@pytest.mark.parametrize("line, iso", [
    ("Published 16 Sep 2024 · 07:30 UTC", "2024-09-16"),
    ("3 March 2022 | 14:05", "2022-03-03"),
    ("Updated • 9 Jan 2023 • 8.15am", "2023-01-09"),
])
def test_date_line_with_a_time_in_its_own_field(line: str, iso: str) -> None:
    info = parse_line(line)
    assert info is not None and info.date == iso


def test_a_time_alone_is_not_a_date_line() -> None:
    assert parse_line("07:30 UTC") is None


@pytest.mark.parametrize("lead, place", [
    ("OSLO, Norway, Jan 5 (Nordwire) - The central bank raised rates on Thursday.", "Oslo"),
    ("LYON, France, 12 Feb (Agence Est) - Rail workers walked out on Monday.", "Lyon"),
    ("HALIFAX, Nov 30 (Maritime Wire) - Two trawlers were lost in the storm.", "Halifax"),
])
def test_wire_dateline_with_a_country_and_a_title_case_month(lead: str, place: str) -> None:
    a = meta_of(page(HEADLINE, lead=lead + " " + LEAD))
    assert a.meta.location == place
    assert not texts(a)[0].startswith(place.upper())


@pytest.mark.parametrize("name", ["Veritan Wire", "Northfold Weather Desk", "Metro News Team"])
def test_an_outlet_or_desk_name_by_the_date_line_is_not_the_author(name: str) -> None:
    a = meta_of(page(HEADLINE, name, "Sept 16, 2024 2:41 PM UTC"))
    assert a.meta.author is None
    assert a.meta.date == "2024-09-16"


def test_a_persons_name_by_the_date_line_is_still_the_author() -> None:
    a = meta_of(page(HEADLINE, "Maria Gonzalez", "Sept 16, 2024 2:41 PM UTC"))
    assert a.meta.author == "Maria Gonzalez"


@pytest.mark.parametrize("lead", [
    "The snow that closed the pass did not come as a surprise. Forecasters had warned of it for a week, "
    "and the road authority had gritters ready on both sides.",
    "Prices at the pump fell for the fourth week running. Drivers paid on average four cents less a litre "
    "than at the start of the month, the motoring group said.",
    "It was the quietest budget in years, and it was meant to be. The minister made no new promises and "
    "kept every tax rate where it was.",
])
def test_a_lead_above_the_date_line_on_a_page_without_headline_is_kept(lead: str) -> None:
    a = meta_of("\n\n".join([lead, "Tuesday 14 November 2023", PARA2, PARA3]))
    assert texts(a)[0] == lead
    assert a.meta.date == "2023-11-14"
    assert a.meta.deck is None


def test_a_one_sentence_standfirst_without_headline_is_still_a_deck() -> None:
    deck = "Ministers promise a review of the scheme after complaints from drivers"
    a = meta_of("\n\n".join([deck, "12/03/2021 18:05 GMT", LEAD, PARA2, PARA3]))
    assert deck not in texts(a)


@pytest.mark.parametrize("line, author", [
    ("Jane Doe, Staff Writer", "Jane Doe"),
    ("Omar Haddad, Senior Reporter", "Omar Haddad"),
    ("By Ines Moreau | Business correspondent", "Ines Moreau"),
    ("By Kofi Mensah, Health Editor | @kofimensah", "Kofi Mensah"),
])
def test_byline_shapes_with_job_titles_and_handles(line: str, author: str) -> None:
    info = parse_line(line)
    assert info is not None and info.author == author


@pytest.mark.parametrize("line, author", [
    ("BY ELLA FROST AND MATT KIRK", "ELLA FROST and MATT KIRK"),
    ("By Ravi Nair with AFP", "Ravi Nair"),
    ("By Hanna Berg with Reuters", "Hanna Berg"),
])
def test_byline_joined_by_capital_and_or_with_an_agency(line: str, author: str) -> None:
    info = parse_line(line)
    assert info is not None and info.author == author


@pytest.mark.parametrize("line, agency", [
    ("By Reuters Staff", "Reuters"),
    ("By the Associated Press", "Associated Press"),
    ("By AFP Staff", "AFP"),
])
def test_byline_naming_only_an_agency_gives_a_publisher_not_an_author(line: str, agency: str) -> None:
    info = parse_line(line)
    assert info is not None and info.author is None and info.publisher == agency
    a = meta_of(page(HEADLINE, line))
    assert a.meta.author is None and a.meta.publisher == agency


@pytest.mark.parametrize("line, author, outlet", [
    ("By Jane Doe for the Daily Planet", "Jane Doe", "Daily Planet"),
    ("By Tom Reed for Metro News", "Tom Reed", "Metro News"),
    ("Words by Lea Park for The Weekly Courier", "Lea Park", "The Weekly Courier"),
])
def test_byline_naming_the_outlet_after_for(line: str, author: str, outlet: str) -> None:
    info = parse_line(line)
    assert info is not None and info.author == author and info.publisher == outlet


@pytest.mark.parametrize("line, iso", [
    ("12 Sep 2019 — 3 min read", "2019-09-12"),
    ("By Jane Doe - 12 Sep 2019", "2019-09-12"),
    ("Published 12 September 2019 Updated 3 hours ago", "2019-09-12"),
    ("4 May 2021 | Updated 20 minutes ago", "2021-05-04"),
])
def test_date_line_with_dashes_and_a_relative_update(line: str, iso: str) -> None:
    info = parse_line(line)
    assert info is not None and info.date == iso and not info.updated


def test_a_headline_with_a_dash_is_not_a_date_line() -> None:
    assert parse_line("Tesla - the end of an era for the electric pioneer") is None


@pytest.mark.parametrize("line, iso, author", [
    ("Posted: 12/09/2019 by Jane Doe", "2019-12-09", "Jane Doe"),
    ("Published: 3 May 2022 by Omar Haddad", "2022-05-03", "Omar Haddad"),
    ("Posted on: June 1, 2020 by: Lea Park", "2020-06-01", "Lea Park"),
])
def test_posted_on_by_with_colons(line: str, iso: str, author: str) -> None:
    info = parse_line(line)
    assert info is not None and (info.date, info.author) == (iso, author)


@pytest.mark.parametrize("head, outlet", [
    (("Skip to main content", "The Valley Courier"), "The Valley Courier"),
    (("We use cookies to improve your experience. Accept all", "VALLEY COURIER", "News | Sport | Business"), "Valley Courier"),
    (("Menu", "Search", "Harbour Gazette"), "Harbour Gazette"),
])
def test_masthead_below_banners_and_menus(head: tuple[str, ...], outlet: str) -> None:
    a = meta_of(page(*head, HEADLINE, "By Jane Doe"))
    assert a.meta.publisher == outlet and a.meta.title == HEADLINE


@pytest.mark.parametrize("label", ["World News", "Breaking News", "Business Live"])
def test_a_section_label_at_the_top_is_not_the_publisher(label: str) -> None:
    a = meta_of(page(label, HEADLINE, "By Jane Doe"))
    assert a.meta.publisher is None


@pytest.mark.parametrize("tail", ["© 2021 Getty Images", "Copyright Shutterstock 2020", "© Alamy Stock Photo"])
def test_a_picture_agency_copyright_is_not_the_publisher(tail: str) -> None:
    a = meta_of(page(HEADLINE, "By Jane Doe", tail=(tail,)))
    assert a.meta.publisher is None


@pytest.mark.parametrize("outlet", ["Valley Courier", "Metro Wire", "The Harbour Times"])
def test_outlet_name_in_the_byline_place_by_the_date_line(outlet: str) -> None:
    a = meta_of(page(HEADLINE, outlet, "12 Sep 2021"))
    assert a.meta.publisher == outlet and a.meta.author is None
    assert outlet not in texts(a)


@pytest.mark.parametrize("kicker", ["UPDATE: ", "EXCLUSIVE: ", "ANALYSIS — ", "NHS: ", "OPINION: "])
def test_a_capitalised_label_before_the_lead_is_not_a_dateline(kicker: str) -> None:
    a = meta_of(page(HEADLINE, "By Jane Doe", lead=kicker + LEAD))
    assert a.meta.location is None
    assert texts(a)[0].endswith(LEAD)


@pytest.mark.parametrize("lead", ["KYIV, Ukraine — ", "SAN FRANCISCO, Calif. — ", "LONDON: "])
def test_real_datelines_still_give_the_place(lead: str) -> None:
    a = meta_of(page(HEADLINE, "By Jane Doe", lead=lead + LEAD))
    assert a.meta.location is not None and texts(a)[0] == LEAD


# --------------------------------------------------------------------------- outlets (generator.outlets)

WIRE_LEAD = ("LONDON (Reuters) - The regulator said on Tuesday that it would review the merger, which has drawn "
             "criticism from consumer groups and rival companies across the region.")


def test_a_site_carrying_a_wire_story_is_the_outlet_and_the_agency_is_via() -> None:
    a = meta_of(page(HEADLINE, lead=WIRE_LEAD, tail=("© 2022 Shore Daily Press. All rights reserved.",)))
    assert (a.meta.publisher, a.meta.via) == ("Shore Daily Press", "Reuters")


def test_a_wire_story_with_no_other_outlet_is_the_agency_s() -> None:
    a = meta_of(page(HEADLINE, lead=WIRE_LEAD))
    assert (a.meta.publisher, a.meta.via) == ("Reuters", None)


@pytest.mark.parametrize("closing", ["— AP", "-Bernama", "(Reporting by Jane Doe; editing by Tom Roe) — Reuters"])
def test_a_closing_wire_credit_names_the_agency(closing: str) -> None:
    a = meta_of(page(HEADLINE, tail=(closing,)))
    assert a.meta.publisher is not None and a.meta.publisher.lower() in ("ap", "bernama", "reuters")


def test_an_outlet_after_the_byline_name() -> None:
    a = meta_of(page(HEADLINE, "By Jane Doe, Harbour Gazette"))
    assert (a.meta.author, a.meta.publisher) == ("Jane Doe", "Harbour Gazette")


def test_the_name_the_page_repeats_most_wins_over_a_lone_copyright_holder() -> None:
    a = meta_of(page("Harbour Gazette", HEADLINE, "By Jane Doe",
                     tail=("Subscribe to the Harbour Gazette newsletter", "© 2022 Coastal Holdings")))
    assert a.meta.publisher == "Harbour Gazette"


@pytest.mark.parametrize("line, outlet", [
    ("© 2022 EuroLine News Media SA", "EuroLine News"),
    ("© 2022 Harbour Gazette Ltd.", "Harbour Gazette"),
])
def test_legal_and_corporate_words_go_where_the_page_leaves_them_off(line: str, outlet: str) -> None:
    a = meta_of(page(HEADLINE, tail=(f"Sign up to the {outlet} newsletter for more.", line)))
    assert a.meta.publisher == outlet


@pytest.mark.parametrize("line", ["© 2022 All rights reserved.", "Copyright 2022 Terms of use and privacy policy"])
def test_small_print_is_never_the_outlet(line: str) -> None:
    assert meta_of(page(HEADLINE, tail=(line,))).meta.publisher is None


def test_a_photo_agency_credit_is_not_the_outlet() -> None:
    a = meta_of(page(HEADLINE, "Photo: © Getty Images", tail=("© 2022 Getty Images",)))
    assert a.meta.publisher is None


@pytest.mark.parametrize("title, outlet", [
    ("Regulator to review merger – Reuters", "Reuters"),
    ("Regulator to review merger | Harbour", "Harbour"),
])
def test_a_title_suffix_is_the_outlet_of_last_resort(title: str, outlet: str) -> None:
    a = meta_of(page(title))
    assert (a.meta.title, a.meta.publisher) == ("Regulator to review merger", outlet)


@pytest.mark.parametrize("head, tail", [
    (("By Harbour Gazette Staff",), ()),
    (("Harbour Gazette staff",), ()),
    (("By The Harbour Gazette Editorial Board",), ()),
    (("Harbour Gazette Newsroom",), ()),
    (("By Harbour Gazette",), ()),
    (("Jane Doe | Harbour Gazette",), ()),
    (("Publisher: Harbour Gazette",), ()),
    ((), ("Follow Harbour Gazette on Twitter and Facebook",)),
    ((), ("Download the Harbour Gazette app for the latest news",)),
    ((), ("Harbour Gazette is now on WhatsApp. Click here to join.",)),
    ((), ("Harbour Gazette is not responsible for the content of external sites.",)),
])
def test_lines_where_the_outlet_names_itself(head: tuple[str, ...], tail: tuple[str, ...]) -> None:
    a = meta_of(page(HEADLINE, *head, tail=tail))
    assert a.meta.publisher in ("Harbour Gazette", "The Harbour Gazette") and a.meta.author in (None, "Jane Doe")
    assert not {*head, *tail} & set(texts(a))


def test_the_first_crumb_of_a_breadcrumb_names_the_site() -> None:
    assert meta_of(page("Harbour Gazette > News > Business", HEADLINE)).meta.publisher == "Harbour Gazette"
    assert meta_of(page("Home > News > Business", HEADLINE)).meta.publisher is None


@pytest.mark.parametrize("line, author, outlet", [
    ("By Lena Sun", "Lena Sun", None),  # a newspaper's word may be a surname
    ("By Jane Doe Staff", None, None),
    ("By Business Desk", None, None),  # a section's desk names no outlet
    ("By Fox News", None, "Fox News"),
])
def test_a_credit_is_an_outlet_only_by_its_form(line: str, author: str | None, outlet: str | None) -> None:
    a = meta_of(page(HEADLINE, line))
    assert (a.meta.author if author else None, a.meta.publisher) == (author, outlet)


def test_a_feed_s_label_at_the_top_is_not_the_outlet() -> None:
    assert meta_of(page("3rdPartyFeeds", HEADLINE)).meta.publisher is None


@pytest.mark.parametrize("head, tail, outlet", [
    ((), ("Discover more from Harbour247",), "Harbour247"),
    ((), ("Read more on harbourgazette.co.uk",), "harbourgazette.co.uk"),
    (("Sign up to our free breaking news emails. I would like to be emailed about offers, events and updates "
      "from The Harbour Gazette. Read our privacy notice",), (), "The Harbour Gazette"),
    (("Harbour Presse Agence (Rabat)",), (), "Harbour Presse Agence"),
])
def test_more_lines_where_the_outlet_names_itself(head: tuple[str, ...], tail: tuple[str, ...], outlet: str) -> None:
    assert meta_of(page(HEADLINE, *head, tail=tail)).meta.publisher == outlet


@pytest.mark.parametrize("lead, place", [
    ("Rabat — At least 2,012 people were killed in the earthquake that rocked the province late on Friday.", "Rabat"),
    ("Rabat: After a terrible earthquake late on Friday night, Morocco has declared three days of mourning.", "Rabat"),
    ("Update: The regulator said on Tuesday that it would review the merger and its effect on prices.", None),
    ("Jane Doe — The regulator said on Tuesday that it would review the merger and its effect on prices.", None),
])
def test_a_title_case_dateline_opening_the_first_paragraph(lead: str, place: str | None) -> None:
    a = meta_of(page(HEADLINE, lead=lead))
    assert a.meta.location == place
    assert (texts(a)[0] != lead) == (place is not None)


def test_a_byline_glued_to_the_lead() -> None:
    a = meta_of(page(HEADLINE, lead="By Sumana Nandy: Britain's prime minister resigned today after 45 days in power, "
                                     "saying she could not deliver the mandate on which she was elected."))
    assert a.meta.author == "Sumana Nandy" and texts(a)[0].startswith("Britain's prime minister")


def test_a_breaking_label_is_part_of_the_headline() -> None:
    assert meta_of(page("BREAKING: Regulator to review telecom merger")).meta.title == \
        "BREAKING: Regulator to review telecom merger"


def test_a_feed_s_cut_off_copy_is_debris_and_the_full_line_is_the_headline() -> None:
    a = meta_of(page("Start United States — mix Regulator to review telecom merger after…", HEADLINE))
    assert a.meta.title == HEADLINE
    assert reasons(a)["Start United States — mix Regulator to review telecom merger after…"].startswith("cut-off copy")


def test_a_tag_cloud_is_not_the_headline() -> None:
    a = meta_of(page("Jane Doe Tom Roe Regulator Merger Jane Doe Tom Roe", HEADLINE))
    assert a.meta.title == HEADLINE


@pytest.mark.parametrize("bio", [
    "Jane Doe is a senior reporter at the Harbour Gazette, covering energy and shipping.",
    "Jane Doe is the Harbour Gazette's business correspondent.",
    "Jane Doe covers courts and crime for Harbour Gazette.",
])
def test_an_author_bio_names_the_outlet_the_author_works_for(bio: str) -> None:
    a = meta_of(page(HEADLINE, "By Jane Doe", tail=(bio,)))
    assert a.meta.publisher == "Harbour Gazette" and bio not in texts(a)


def test_a_short_form_of_the_outlet_s_name_is_the_full_name() -> None:
    a = meta_of(page("The Harbour Gazette", HEADLINE, "By Jane Doe",
                     tail=("Jane Doe is the Gazette's environment correspondent.",)))
    assert a.meta.publisher == "The Harbour Gazette"


@pytest.mark.parametrize("head, tail, outlet", [
    # two logos run together by the scraper: the first is the site's, the second its owner's
    (("Harbour Gazette LogoCoastal Newspapers Logo", HEADLINE), (), "Harbour Gazette"),
    (("Harbour Gazette Logo", HEADLINE), (), "Harbour Gazette"),
    # a newsletter the outlet owns: "X's News Headlines" is X's
    ((HEADLINE,), ("Sign up for Harbour Gazette's News Headlines newsletter.",), "Harbour Gazette"),
])
def test_logos_and_owned_newsletters_name_the_outlet(head: tuple[str, ...], tail: tuple[str, ...], outlet: str) -> None:
    assert meta_of(page(*head, tail=tail)).meta.publisher == outlet


@pytest.mark.parametrize("lead, place, agency", [
    ("MOSCOW, August 25. /TASS/. Russia's embassy in Paris has sent a note to the French foreign ministry.",
     "Moscow", "TASS"),
    ("Tokyo, Dec. 18 (Jiji Press)--Nippon Steel Corp. said Monday that it will buy United States Steel Corp.",
     "Tokyo", "Jiji Press"),
])
def test_a_credit_between_slashes_or_glued_to_its_dash_is_a_dateline(lead: str, place: str, agency: str) -> None:
    a = meta_of(page(HEADLINE, lead=lead))
    assert a.meta.location == place and agency in (a.meta.publisher, a.meta.via)
    assert not texts(a)[0].startswith(("MOSCOW", "Tokyo"))
