"""Key dates: importance from independent reports, centrality and occurrence; off-story out."""
from __future__ import annotations

from generator.keydates import rank_events
from generator.models import Article, Block, Citation, Event, Metadata, Sentence


def _article(aid: str, publisher: str, *paragraphs: str) -> tuple[Article, tuple[Sentence, ...]]:
    art = Article(aid, aid + ".txt", Metadata(title="Port strike shuts Brennhaven terminals", publisher=publisher),
                  tuple(Block("paragraph", p) for p in paragraphs), ())
    sents = tuple(Sentence(aid, k, k, p, 0, len(p)) for k, p in enumerate(paragraphs))
    return art, sents


def _event(date: str, *cites: tuple[Article, Sentence]) -> Event:
    return Event(date, cites[0][1].text, tuple(Citation(a.id, s, "x", value=date) for a, s in cites))


LEAD = "Dock workers at Brennhaven walked out on Tuesday, shutting three terminals of the port."


def test_one_outlet_repeating_a_sentence_counts_once() -> None:
    a1, s1 = _article("a1", "Harbour Ledger", LEAD, "Talks resumed at the port on Friday after the strike.")
    a2, s2 = _article("a2", "Harbour Ledger", LEAD, "Talks resumed at the port on Friday after the strike.")
    b1, t1 = _article("b1", "Veritan Wire", LEAD, "The union said talks with the port resumed on Friday.")
    once = _event("2021-03-12", (a1, s1[1]), (b1, t1[1]))
    twice = _event("2021-03-12", (a1, s1[1]), (a2, s2[1]), (b1, t1[1]))
    other = _event("2021-03-09", (a1, s1[0]), (b1, t1[0]))
    sents = {"a1": s1, "a2": s2, "b1": t1}
    r1 = rank_events([once, other], [a1, b1], sents)
    r2 = rank_events([twice, other], [a1, a2, b1], sents)
    assert r1[0].importance == r2[0].importance  # the copy on the same outlet's second page adds nothing


def test_more_independent_outlets_and_an_occurrence_rank_higher() -> None:
    arts = [_article(f"o{k}", f"Outlet {k}", LEAD, "The port authority will publish its review next month.")
            for k in range(3)]
    sents = {a.id: s for a, s in arts}
    walked = _event("2021-03-09", *[(a, s[0]) for a, s in arts])
    plan = _event("2021-04", *[(a, s[1]) for a, s in arts])
    lone = _event("2021-03-10", (arts[0][0], arts[0][1][0]))
    ranked = {e.date: e for e in rank_events([walked, plan, lone], [a for a, _s in arts], sents)}
    assert ranked["2021-03-09"].importance == 1.0 and ranked["2021-03-09"].key
    assert ranked["2021-04"].importance < ranked["2021-03-09"].importance  # a plan, not an occurrence
    assert ranked["2021-03-10"].importance < ranked["2021-03-09"].importance


def test_a_long_sentence_about_something_else_from_one_outlet_weighs_nothing() -> None:
    a, s = _article("a", "Harbour Ledger", LEAD, "Meanwhile the euro-zone finance ministers agreed a bailout "
                                                 "package for Greece worth billions of euros on Monday evening "
                                                 "after lengthy negotiations in Brussels.")
    kept = rank_events([_event("2021-03-08", (a, s[1])), _event("2021-03-09", (a, s[0]))], [a], {"a": s})
    assert [(e.date, e.importance, e.key) for e in kept] == [("2021-03-08", 0.0, False), ("2021-03-09", 1.0, True)]


def test_key_dates_are_a_selection_not_every_event() -> None:
    """Nine events of similar weight: at most a third of them are key dates."""
    arts = [_article(f"o{k}", f"Outlet {k}", LEAD, *[f"Dock workers at Brennhaven walked out again on day {d}."
                                                       for d in range(9)]) for k in range(2)]
    sents = {a.id: s for a, s in arts}
    events = [_event(f"2021-03-{10 + d:02d}", *[(a, s[1 + d]) for a, s in arts]) for d in range(9)]
    ranked = rank_events(events, [a for a, _s in arts], sents)
    assert sum(e.key for e in ranked) == 3
