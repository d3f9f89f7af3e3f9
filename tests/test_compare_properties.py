"""Property tests of the comparisons across articles: each is a pure function of the
articles' features, so any corpus goes in, valid output comes out, and neither the order
of the files nor a second call changes anything.

The corpora are small stories written from a shared stock of sentences (so that outlets
share claims, quotes, figures and dates, as copies and rewrites of one report do),
with some sentences of their own, dated or undated articles, and now and then a copy.
"""
from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import pipeline, read
from generator.conflicts import find_conflicts
from generator.entities import find_entities
from generator.keydates import rank_events
from generator.mentions import sentence_days
from generator.models import Briefing, SourceText
from generator.overview import overview
from generator.points import find_points, similar_pairs
from generator.quotes import merge_quotes
from generator.timeline import build_events, value_bounds

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PEOPLE = ["Ana Alvarez", "Omar Quinn", "Lena Ortiz", "the mayor", "a spokesman"]
PLACES = ["Corvel", "Dunmere", "Brennhaven"]
STOCK = [
    "Dock workers at {place} walked out on Tuesday over pay.",
    "The strike at {place} began on 9 March 2021 and shut three terminals.",
    "About {n} ships were waiting off the coast of {place} on Wednesday.",
    "“We will not accept a deal that leaves the workers behind,” said {person}.",
    "The union said the strike would cost the port {money} a day.",
    "Talks with the port authority resumed last week, {person} said.",
    "The council approved a budget of {money} for repairs in {place}.",
    "{person} told reporters that {n} containers had been delayed since Monday.",
    "Shipping lines diverted {n} vessels to other ports in March.",
    "“This is the worst disruption in a decade,” {person} said on Thursday.",
]
OWN = ["The weather in {place} was mild.", "Local shops reported {n} more customers than usual.",
       "A new bridge opened in {place} in 2019.", "Officials declined to comment."]


@st.composite
def corpus(draw) -> list[SourceText]:
    """3 to 7 article files about one story (each a list of stock and own sentences)."""
    seed = draw(st.integers(0, 10**9))
    rng = random.Random(seed)
    n = draw(st.integers(3, 7))
    out = []
    for i in range(n):
        def fill(t: str) -> str:
            return t.format(place=rng.choice(PLACES), person=rng.choice(PEOPLE), n=rng.choice([40, 45, 60, 120, 150]),
                            money=rng.choice(["$4.2 million", "$4.5 million", "€40 million", "€55m"]))
        sentences = [fill(t) for t in rng.sample(STOCK, rng.randint(3, 7))]
        sentences += [fill(t) for t in rng.sample(OWN, rng.randint(0, 2))]
        rng.shuffle(sentences)
        paras = [" ".join(sentences[k:k + 2]) for k in range(0, len(sentences), 2)]
        date = rng.choice(["Published: 1{} March 2021\n\n".format(rng.randint(0, 4)), ""])
        text = f"Port strike at {rng.choice(PLACES)} enters day {rng.randint(2, 9)}\n\n{date}" + "\n\n".join(paras)
        if out and rng.random() < 0.15:
            text = out[-1].text  # the same article saved twice
        src, _ = read.decode(text.encode("utf-8"), f"{seed % 97:02d}-{i}.txt")
        if src is not None:
            out.append(src)
    return out


def _analysed(sources: list[SourceText]) -> Briefing:
    return pipeline.analyse(sources)


@SETTINGS
@given(corpus(), st.randoms(use_true_random=False))
def test_the_order_of_the_files_does_not_matter(sources, rnd):
    shuffled = list(sources)
    rnd.shuffle(shuffled)
    assert _analysed(shuffled) == _analysed(sources)


@SETTINGS
@given(corpus())
def test_each_comparison_gives_valid_output_and_the_same_twice(sources):
    b = _analysed(sources)
    ids = {a.id for a in b.articles}
    sentence_of = {(s.article, s.index): s for sents in b.sentences.values() for s in sents}
    mentions = [m for an in _analyses(b) for m in an.mentions]
    quotes = [q for an in _analyses(b) for q in an.quotes]

    # Quotes: one citation per article, every quoted article cited, each citation a real sentence.
    merged = merge_quotes(quotes)
    assert merged == merge_quotes(quotes)
    for q in merged:
        cited = [c.article for c in q.mentions]
        assert q.text and len(cited) == len(set(cited)) and set(cited) <= ids
        assert all(sentence_of[(c.article, c.sentence.index)] == c.sentence for c in q.mentions)
    assert {q.article for q in quotes} <= {c.article for q in merged for c in q.mentions}

    # Points: a shared point cites each article once, every citation a sentence of its article.
    points = find_points(b.articles, b.sentences)
    assert points == find_points(b.articles, b.sentences) == b.points
    for p in points:
        arts = [c.article for c in p.mentions]
        assert p.label and len(arts) == len(set(arts)) and set(arts) <= ids
        assert all(sentence_of[(c.article, c.sentence.index)] == c.sentence for c in p.mentions)
    shared = [len(p.mentions) for p in points if len(p.mentions) > 1]
    assert shared == sorted(shared, reverse=True)  # the most widely made claims first

    # Conflicts: two articles at least, one value each, not all the same number.
    conflicts = find_conflicts(b.figures, dates={a.id: a.meta.date for a in b.articles}, days=sentence_days(mentions))
    assert conflicts == b.conflicts
    for c in conflicts:
        arts = [v.article for v in c.values]
        assert len(arts) >= 2 and len(arts) == len(set(arts))
        assert len({round(v.quantity or 0, 6) for v in c.values}) > 1

    # Entities: each names its articles once, most widely named first.
    entities = find_entities(b.articles, b.sentences)
    assert entities == b.entities
    for e in entities:
        assert e.articles and len(e.articles) == len(set(e.articles)) and set(e.articles) <= ids
    assert [len(e.articles) for e in entities] == sorted((len(e.articles) for e in entities), reverse=True)

    # Overview: a few real sentences, no two the same.
    summary = overview(b.articles, b.sentences, points)
    assert summary == b.overview and len(summary) <= 6
    assert len({c.sentence for c in summary}) == len(summary)

    # Timeline: every placeable mention is cited by exactly one event, events in date order.
    events = rank_events(build_events(mentions), b.articles, b.sentences)
    assert events == b.events
    assert all(0.0 <= e.importance <= 1.0 for e in events) and (not events or any(e.key for e in events)
                                                                 or all(e.importance == 0 for e in events))
    cited = [(c.article, c.sentence.index, c.cue) for e in events for c in e.mentions]
    placeable = [(m.article, m.sentence.index, m.expr.text) for m in mentions if value_bounds(m.expr.value)]
    assert sorted(cited) == sorted(placeable)
    starts = [value_bounds(e.date)[0] for e in events]  # type: ignore[index]
    assert starts == sorted(starts)


def _analyses(b: Briefing):
    """Each article's analysis again (the per-article stage is a pure function too)."""
    from generator.analysis import analyse_article, corpus_year

    year = corpus_year(b.articles)
    return [analyse_article(a, None if a.meta.date else year) for a in b.articles]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcd"), st.frozensets(st.sampled_from(
    "strike port union ship dock pay talks wage crane terminal".split()), max_size=6)), max_size=40))
def test_similar_pairs_pair_only_different_groups_and_are_symmetric_in_order(items):
    pairs = similar_pairs(items)
    for (i, j), score in pairs.items():
        assert i < j and items[i][0] != items[j][0] and score > 0
    # Reversing the items gives the same pairs, renumbered.
    n = len(items)
    again = similar_pairs(list(reversed(items)))
    assert {tuple(sorted((n - 1 - i, n - 1 - j))): s for (i, j), s in again.items()} == pairs
