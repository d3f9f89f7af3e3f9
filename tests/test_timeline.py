"""Tests for generator.timeline: merging, keeping apart, ordering, determinism."""
from __future__ import annotations

import datetime
import random

from generator.mentions import article_mentions
from generator.models import Article, Block, DateMention, Metadata, Sentence, TimeExpr
from generator.sentences import split_article
from generator.timeline import build_events, event_words, timeline_value, value_bounds

D = datetime.date


def _mentions(article_id: str, text: str, anchor: datetime.date | None = D(2019, 9, 18)) -> list[DateMention]:
    art = Article(id=article_id, source=f"{article_id}.txt", meta=Metadata(),
                  blocks=(Block("paragraph", text),), removed=())
    return article_mentions(art, split_article(art), anchor)


def _mention(article: str, text: str, value: str, cue: str, index: int = 0, inferred: bool = False) -> DateMention:
    start = text.index(cue)
    sentence = Sentence(article, 0, index, text, 0, len(text))
    return DateMention(article, sentence, TimeExpr(start, start + len(cue), cue, value, inferred), text)


def test_same_event_from_two_articles_is_one_entry() -> None:
    a = _mentions("a", "The US placed Huawei on the Entity List trade blacklist in May 2019.")
    b = _mentions("b", "The Commerce Department's 2019 decision to put Huawei on the Entity List hurt suppliers.")
    events = build_events(a + b)
    assert len(events) == 1
    ev = events[0]
    assert ev.date == "2019-05"  # the most precise of the values that agree
    assert {c.article for c in ev.mentions} == {"a", "b"}
    assert {c.cue for c in ev.mentions} == {"May 2019", "2019"}
    assert not ev.approximate  # a month, exact at its precision (≈ is for inferred or rough dates)


def test_different_things_on_the_same_day_stay_apart() -> None:
    a = _mentions("a", "Apple unveiled three new iPhone models at its Cupertino campus on 10 September 2019.")
    b = _mentions("b", "Ren Zhengfei gave a two-hour interview to The Economist magazine on 10 September 2019.")
    events = build_events(a + b)
    assert len(events) == 2
    assert all(ev.date == "2019-09-10" and not ev.approximate for ev in events)


def test_same_words_but_incompatible_dates_stay_apart() -> None:
    a = _mentions("a", "Huawei was placed on the Entity List trade blacklist in May 2019.")
    b = _mentions("b", "Huawei was placed on the Entity List trade blacklist in June 2019.")
    assert len(build_events(a + b)) == 2


def test_one_article_repeating_an_event_cites_it_once_per_sentence() -> None:
    text = ("Huawei was placed on the Entity List trade blacklist in May 2019. "
            "Huawei was placed on the Entity List trade blacklist, officials said, in 2019. "
            "Huawei sold 240 million phones in 2019.")
    events = build_events(_mentions("a", text))
    assert sorted((ev.date, len(ev.mentions)) for ev in events) == [("2019", 1), ("2019-05", 2)]


def test_events_are_chronological() -> None:
    ms = (_mentions("a", "The plant opened in 2015. The strike ended on 3 March 2019.")
          + _mentions("b", "Talks began in the 1990s. Prices fell last week."))
    dates = [ev.date for ev in build_events(ms)]
    starts = [value_bounds(d)[0] for d in dates]  # type: ignore[index]
    assert starts == sorted(starts)
    assert dates[0] == "199X" and "2019-09-09/2019-09-15" in dates  # "last week", as days


def test_deterministic_whatever_the_input_order() -> None:
    ms = (_mentions("a", "Huawei was put on the Entity List in May 2019. The vote was on 3 March 2019.")
          + _mentions("b", "The 2019 decision put Huawei on the Entity List. Sales fell last month.")
          + _mentions("c", "Huawei joined the Entity List in May 2019, the firm said."))
    first = build_events(ms)
    for seed in range(5):
        shuffled = list(ms)
        random.Random(seed).shuffle(shuffled)
        assert build_events(shuffled) == first
    merged = [ev for ev in first if len(ev.mentions) == 3]
    assert merged and merged[0].date == "2019-05"


def test_inferred_mentions_make_the_event_approximate() -> None:
    m = _mention("a", "The committee met on 10 September.", "2019-09-10", "10 September", inferred=True)
    (ev,) = build_events([m])
    assert ev.approximate and ev.mentions[0].inferred and ev.mentions[0].cue == "10 September"


def test_vague_and_unresolved_mentions_are_left_out() -> None:
    ms = [_mention("a", "It happened recently.", "PAST_REF", "recently"),
          _mention("a", "It happened on 10 September.", "XXXX-09-10", "10 September", index=1)]
    assert build_events(ms) == ()


def test_value_bounds() -> None:
    assert value_bounds("2019-09-10") == (D(2019, 9, 10), D(2019, 9, 10))
    assert value_bounds("2019-02") == (D(2019, 2, 1), D(2019, 2, 28))
    assert value_bounds("2019-W37") == (D(2019, 9, 9), D(2019, 9, 15))
    assert value_bounds("2019-W37-WE") == (D(2019, 9, 14), D(2019, 9, 15))
    assert value_bounds("2019-Q3") == (D(2019, 7, 1), D(2019, 9, 30))
    assert value_bounds("2019-WI") == (D(2019, 12, 1), D(2020, 2, 29))
    assert value_bounds("199X") == (D(1990, 1, 1), D(1999, 12, 31))
    assert value_bounds("2019-05/2019-07") == (D(2019, 5, 1), D(2019, 7, 31))
    assert value_bounds("PRESENT_REF") is None and value_bounds("XXXX-09-10") is None


def test_event_words_drop_date_and_function_words() -> None:
    assert event_words("The firms said on Tuesday that Huawei's patents were sold last week") == {
        "compani", "huawei", "patent", "sell"}  # "sold" is "sell" stemmed, a firm a company


def test_many_mentions_stay_fast() -> None:
    """Near-linear: 3,000 mentions over a few years, many sharing common words."""
    rng = random.Random(1)
    topics = ["tariff", "merger", "strike", "election", "flood", "launch", "lawsuit", "summit"]
    ms = []
    for i in range(3000):
        day = D(2018, 1, 1) + datetime.timedelta(days=rng.randint(0, 900))
        topic = rng.choice(topics)
        text = f"Huawei officials discussed the {topic} number {i % 97} on {day:%d %B %Y} in Beijing."
        cue = f"{day:%d %B %Y}"
        ms.append(_mention(f"art{i % 40}", text, day.isoformat(), cue, index=i))
    import time
    t0 = time.perf_counter()
    events = build_events(ms)
    assert time.perf_counter() - t0 < 5
    assert sum(len(e.mentions) for e in events) == len(ms)


def test_three_outlets_three_ways_of_dating_one_event() -> None:
    """'on Wednesday', 'today' and 'on July 18' in articles of different days: one event;
    another meeting reported by two of them is another event."""
    ms = (_mentions("a", "On Wednesday, the European Commission fined Google a record €4.3 billion over Android. "
                         "The Commission had fined Google €2.4 billion in June 2017 over its shopping service.",
                    D(2018, 7, 19))
          + _mentions("b", "The European Commission today fined Google €4.34bn for abusing the dominance of its "
                           "Android operating system. In 2017, Brussels fined the company €2.42bn for favouring its "
                           "own shopping comparison service. Trump met Putin in Helsinki on Monday.", D(2018, 7, 18))
          + _mentions("c", "Google was hit with a record EU fine of 4.3 billion euros on July 18 over its Android "
                           "practices. The US president met the Russian leader in Helsinki on July 16.",
                      D(2018, 7, 20)))
    by_date = {ev.date: {c.article for c in ev.mentions} for ev in build_events(ms)}
    assert by_date["2018-07-18"] == {"a", "b", "c"}
    assert by_date["2017-06"] == {"a", "b"}
    assert by_date["2018-07-16"] == {"b", "c"}


def test_weeks_become_day_intervals_on_the_timeline() -> None:
    (ev,) = build_events(_mentions("a", "Mate 30 phones were unveiled last week in Munich."))
    assert ev.date == "2019-09-09/2019-09-15" and ev.mentions[0].cue == "last week"


def test_timeline_value() -> None:
    assert timeline_value("2019-W37-WE") == "2019-09-14/2019-09-15"
    assert timeline_value("2019-05") == "2019-05" and timeline_value("2019-Q3") == "2019-Q3"


def _strike_reports(when: str) -> list[DateMention]:
    """Two reports of one dock strike: 'the strike began' on Tuesday, and 'workers walked
    out' ``when`` ("on Tuesday", "in March")."""
    return (_mentions("a", "The strike by Corvel dock workers over pay began at dawn on Tuesday. "
                           "Ships queued off Corvel harbour as crane drivers joined the dock strike over pay.",
                      D(2021, 3, 10))
            + _mentions("b", f"Stevedores at Corvel walked out {when}. "
                             "The dock strike over pay left ships queued off Corvel harbour, crane drivers said.",
                        D(2021, 3, 10)))


def test_one_story_one_day_different_wordings_is_one_event() -> None:
    """'the strike began' and 'workers walked out' on the same day share one word (the
    port's name) but the story and the day are the same."""
    events = build_events(_strike_reports("on Tuesday"))
    (ev,) = [e for e in events if e.date == "2021-03-09"]
    assert {c.article for c in ev.mentions} == {"a", "b"}


def test_same_day_in_unrelated_stories_needs_shared_words() -> None:
    a = _mentions("a", "Lenders in Corvel raised mortgage rates on Tuesday.", D(2021, 3, 10))
    b = _mentions("b", "A storm closed schools in Dunmere on Tuesday.", D(2021, 3, 10))
    assert len(build_events(a + b)) == 2


def test_stems_join_tenses_and_plurals() -> None:
    assert event_words("The council delayed the barrier votes") == event_words("council delays barrier vote")
    assert event_words("talks began") == event_words("talk begins")


def test_same_story_rule_needs_the_same_value() -> None:
    """A month and a day in it are compatible, but only the same value earns the
    one-shared-word rule: otherwise the usual two words are needed."""
    events = build_events(_strike_reports("in March"))
    assert not any({c.article for c in e.mentions} == {"a", "b"} and e.date.startswith("2021-03")
                   and any(c.cue == "March" for c in e.mentions) and any(c.cue == "Tuesday" for c in e.mentions)
                   for e in events)


def test_undated_article_takes_the_year_its_story_agrees_on() -> None:
    """An undated opinion piece's '9 March' was put in the corpus year (2023); the dated
    reports of the same strike say 9 March 2021: it moves there, still marked inferred."""
    a = _mentions("a", "The Corvel dock strike over pay began at dawn on Tuesday. "
                       "Crane drivers at Corvel harbour joined the dock strike over pay.", D(2021, 3, 10))
    art = Article(id="b", source="b.txt", meta=Metadata(),
                  blocks=(Block("paragraph", "When the Corvel dock strike over pay began on 9 March, crane drivers "
                                             "at Corvel harbour joined it. The union asked for mediation in "
                                             "February."),), removed=())
    b = article_mentions(art, split_article(art), None, year=2023)
    assert [m.expr.value for m in b] == ["2023-03-09", "2023-02"]
    events = build_events(a + b)
    by_article = {c.article: ev for ev in events for c in ev.mentions if c.article == "b"}
    assert sorted(ev.date for ev in events if any(c.article == "b" for c in ev.mentions)) == ["2021-02", "2021-03-09"]
    (strike,) = [ev for ev in events if ev.date == "2021-03-09"]
    assert {c.article for c in strike.mentions} == {"a", "b"}
    assert [c.inferred for c in strike.mentions if c.article == "b"] == [True]
    assert by_article


def test_undated_article_of_another_story_keeps_its_guess() -> None:
    a = _mentions("a", "The Corvel dock strike over pay began at dawn on Tuesday.", D(2021, 3, 10))
    art = Article(id="b", source="b.txt", meta=Metadata(),
                  blocks=(Block("paragraph", "A storm flooded Dunmere schools on 9 March."),), removed=())
    b = article_mentions(art, split_article(art), None, year=2023)
    assert {ev.date for ev in build_events(a + b)} == {"2021-03-09", "2023-03-09"}


def test_a_day_and_its_month_from_two_outlets_merge() -> None:
    a = _mentions("a", "Dock workers at Corvel walked out on 9 March over pay.", D(2021, 3, 10))
    b = _mentions("b", "The Corvel strike over pay began in March.", D(2021, 3, 20))
    (ev,) = build_events(a + b)
    assert ev.date == "2021-03-09" and {c.article for c in ev.mentions} == {"a", "b"}


def test_story_rules_are_deterministic_whatever_the_input_order() -> None:
    a = _mentions("a", "The strike by Corvel dock workers over pay began at dawn on Tuesday. "
                       "Ships queued off Corvel harbour on Wednesday as crane drivers joined the dock strike.",
                  D(2021, 3, 10))
    b = _mentions("b", "Stevedores at Corvel walked out on Tuesday. "
                       "The dock strike over pay left ships queued off Corvel harbour on Wednesday, "
                       "crane drivers said.",
                  D(2021, 3, 10))
    art = Article(id="c", source="c.txt", meta=Metadata(),
                  blocks=(Block("paragraph", "When the Corvel dock strike over pay began on 9 March, crane drivers "
                                             "at Corvel harbour joined it."),), removed=())
    ms = a + b + article_mentions(art, split_article(art), None, year=2023)
    first = build_events(ms)
    for seed in range(5):
        shuffled = list(ms)
        random.Random(seed).shuffle(shuffled)
        assert build_events(shuffled) == first
    assert any({c.article for c in ev.mentions} == {"a", "b", "c"} for ev in first)


def test_a_sentence_repeated_across_articles_is_one_event_citing_each() -> None:
    # Mentions of one sentence text share their word sets (weighed once, scored once per
    # cluster): a wire story printed by several outlets is one event, in any input order.
    texts = ["Dock workers at the port of Tema began a strike over wages on 9 September 2019.",
             "The Tema port strike by dock workers over wages began on 9 September 2019.",
             "Cranes stood idle in Tema on 9 September 2019 as dock workers began their strike."]
    mentions = [m for k, t in enumerate(texts * 2) for m in _mentions(f"a{k}", t)]
    events = build_events(mentions)
    assert build_events(list(reversed(mentions))) == events
    assert len(events) == 1
    assert [c.article for c in events[0].mentions] == [f"a{k}" for k in range(6)]


def test_two_groups_of_reports_of_one_story_s_day_become_one_entry() -> None:
    """Two outlets tell the count began with the director's promise, two others with the
    warehouse and the cost: four reports of the same story's day, one entry (a
    journalist's timeline gives the day one line); another story's day stays apart."""
    anchor = D(2022, 12, 6)
    reports = [
        ("a", "Director Jo Hale promised on Monday, as the count began, that every ballot would be handled "
              "by two people from rival campaigns. Voters in Ostervale will learn the result next week."),
        ("b", "Jo Hale repeated the promise she made when the count began on Monday: every ballot will be "
              "handled by two people from rival campaigns. The Ostervale recount is costing the county dearly."),
        ("c", "The hand count began on Monday at the Ostervale county warehouse and will cost $210,000."),
        ("d", "The Ostervale recount began on Monday at the warehouse and is due to finish next week."),
        ("e", "Apple unveiled three new phones at its Cupertino campus on Monday."),
    ]
    events = build_events([m for aid, text in reports for m in _mentions(aid, text, anchor)])
    days = [e for e in events if e.date == "2022-12-05"]
    assert sorted(sorted({c.article for c in e.mentions}) for e in days) == [["a", "b", "c", "d"], ["e"]]


def test_an_entry_names_its_subject_when_one_of_its_reports_does() -> None:
    # "She said ..." tells a reader nothing of who; another outlet's report of the same
    # day that names the speaker is the entry.
    a = _mentions("a", "She said the new bridge across the Vell river would open to traffic on 3 March 2020.")
    b = _mentions("b", "Mayor Lena Ruiz said the new bridge across the Vell river would open to traffic on 3 March 2020.")
    (event,) = build_events(a + b)
    assert event.label.startswith("Mayor Lena Ruiz said")
