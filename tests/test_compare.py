"""Tests of the comparisons across articles on invented articles: merged quotes,
points, conflicts, entities and the overview."""
from __future__ import annotations

import pytest

from generator.conflicts import find_conflicts
from generator.entities import find_entities
from generator.extract import find_quotes
from generator.figures import find_figures
from generator.models import Article, Block, Metadata, QuoteMention, Sentence
from generator.overview import overview
from generator.points import claim_of, claim_text, find_points, opposite_claims, same_claim, similar_pairs
from generator.quotes import merge_quotes
from generator.sentences import split_article
from generator.text import content_words, fold


def article(aid: str, *paragraphs: str) -> Article:
    blocks = tuple(Block("paragraph", p) for p in paragraphs)
    return Article(aid, aid + ".txt", Metadata(), blocks, ())


def corpus(*arts: Article) -> tuple[list[Article], dict[str, tuple[Sentence, ...]]]:
    return list(arts), {a.id: split_article(a) for a in arts}


def mention(aid: str, speaker: str | None, text: str) -> QuoteMention:
    return QuoteMention(aid, speaker, text, Sentence(aid, 0, 0, text, 0, len(text)))


def entity_kinds(*arts: Article) -> dict[str, str]:
    """find_entities of the articles, as {name: kind}."""
    return {e.name: e.kind for e in find_entities(*corpus(*arts))}


def figs(aid: str, *paragraphs: str):  # type: ignore[no-untyped-def]
    art = article(aid, *paragraphs)
    return find_figures(art, split_article(art))


# --- words ---------------------------------------------------------------------------


def test_content_words_fold_case_plurals_numbers_and_spelling() -> None:
    assert set(content_words("Two licences")) == set(content_words("2 license"))
    assert set(content_words("The Ships")) == set(content_words("a vessel"))
    assert "the" not in content_words("the offer")


# --- merge_quotes --------------------------------------------------------------------


def test_same_quote_from_two_articles_is_one_quote() -> None:
    got = merge_quotes([
        mention("a", "Lena Ortiz", "That would give every town in the valley a fair share of the money,"),
        mention("b", "Ortiz", "“That would give every town in the valley a fair share of the money.”"),
    ])
    assert len(got) == 1
    assert [m.article for m in got[0].mentions] == ["a", "b"]
    assert got[0].speaker == "Lena Ortiz"


def test_contained_quote_merges_into_the_longer_version() -> None:
    short = "We are open to a dialogue with anyone who comes in good faith."
    long = "The sanctions have hurt us. " + short + " But we will not give up our principles."
    got = merge_quotes([mention("a", "Jane Moreau", short), mention("b", None, long)])
    assert [(q.speaker, q.text, [m.article for m in q.mentions]) for q in got] == [("Jane Moreau", long, ["a", "b"])]


@pytest.mark.parametrize("a, b, opposite", [
    ("Samsung has not confirmed the report.", "Samsung has confirmed that it has stopped production.", True),
    ("She was found not guilty on two counts of attempted murder.", "She was found guilty of seven counts.", True),
    ("Ardern said she was not leaving because it was hard.", "Ardern said she was leaving not because it was hard.",
     False),  # a reason denied, the same either way
    ("He did not say whether he would not run.", "He said he would run.", False),  # two denials: not read
])
def test_a_sentence_denying_what_another_affirms(a: str, b: str, opposite: bool) -> None:
    assert opposite_claims(a, b) is opposite


def test_a_few_words_join_a_statement_only_when_all_of_them_are_in_it() -> None:
    # Two wordings of one remark ("in history", "in American history") are two quotes; a
    # few words printed whole inside the statement are part of it.
    long = "This case is a turning point in American history for accountability."
    got = merge_quotes([mention("a", "Ben Crump", "a turning point in history."), mention("b", "Ben Crump", long)])
    assert len(got) == 2
    part = "a turning point in American history"
    got = merge_quotes([mention("a", "Ben Crump", part), mention("b", "Ben Crump", long)])
    assert len(got) == 1


def test_different_speakers_are_not_merged() -> None:
    text = "We will fight this decision in every court in the land."
    got = merge_quotes([mention("a", "Anna Novak", text), mention("b", "Omar Haddad", text)])
    assert len(got) == 2


def test_unknown_speaker_does_not_join_two_named_speakers() -> None:
    text = "We will fight this decision in every court in the land."
    got = merge_quotes([mention("a", "Anna Novak", text), mention("b", None, text), mention("c", "Omar Haddad", text)])
    assert sorted(len(q.mentions) for q in got) == [1, 2]


def test_one_citation_per_article_and_deterministic_order() -> None:
    qs = [
        mention("a", "Zoe Park", "The bridge will reopen before the winter holidays begin."),
        mention("a", "Zoe Park", "The bridge will reopen before the winter holidays begin."),
        mention("b", "Adam Cole", "Nobody has been able to tell us what went wrong here."),
        mention("c", None, "Traffic has doubled on the side streets since the closure."),
    ]
    got = merge_quotes(qs)
    assert [q.speaker for q in got] == ["Adam Cole", "Zoe Park", None]
    assert len(got[1].mentions) == 1
    assert merge_quotes(qs) == got


def test_different_quotes_by_same_speaker_stay_apart() -> None:
    got = merge_quotes([
        mention("a", "Anna Novak", "The budget is balanced for the first time in a decade."),
        mention("b", "Anna Novak", "Taxes on fuel will not rise before the election next year."),
    ])
    assert len(got) == 2


# --- find_points ----------------------------------------------------------------------


def test_points_group_the_same_claim_across_articles() -> None:
    arts, sents = corpus(
        article("a", "The city council voted on Monday. Buyers will get access to the licences, source code and blueprints for a one-time fee."),
        article("b", "Officials met again. The deal gives buyers the license, the source code and the blueprints for a one-off fee."),
        article("c", "Protesters gathered outside the hall. Police made two arrests."),
    )
    points = find_points(arts, sents)
    shared = [p for p in points if len(p.mentions) > 1]
    assert shared, points
    assert {m.article for m in shared[0].mentions} == {"a", "b"}
    assert all(len({m.article for m in p.mentions}) == len(p.mentions) for p in points)


def test_points_put_shared_first_and_keep_single_article_claims() -> None:
    arts, sents = corpus(
        article("a", "Floods forced 3,000 residents from their homes in the northern valley. The river peaked at dawn."),
        article("b", "About 3,000 residents fled their homes as floods hit the northern valley. Schools are closed."),
        article("c", "Floodwater cut the valley's railway line. Engineers expect repairs to cost 40 million euros."),
    )
    points = find_points(arts, sents)
    assert len(points[0].mentions) >= 2
    singles = [p for p in points if len(p.mentions) == 1]
    assert any("40 million euros" in p.mentions[0].sentence.text for p in singles)
    sizes = [len(p.mentions) for p in points]
    assert sizes == sorted(sizes, reverse=True)


def test_points_do_not_join_sentences_that_share_only_everyday_words() -> None:
    arts, sents = corpus(
        article("a", "It was a long day for the people of the country and the world."),
        article("b", "People in the country have waited a long time for this day."),
    )
    assert [p for p in find_points(arts, sents) if len(p.mentions) > 1] == []


def test_point_label_is_a_whole_sentence_of_a_source() -> None:
    arts, sents = corpus(
        article("a", "According to officials, the new bridge across the river will carry four lanes of traffic and two railway tracks when it opens in the spring of next year."),
        article("b", "The new bridge across the river will carry four lanes of traffic and two railway tracks, officials said."),
    )
    (point, *_rest) = find_points(arts, sents)
    assert point.label in {m.sentence.text for m in point.mentions} and "…" not in point.label


def test_a_point_opening_on_a_pronoun_is_shown_by_a_source_naming_its_subject() -> None:
    arts, sents = corpus(
        article("a", "Mayor Lena Ruiz spoke at the harbour on Monday.",
                "She said the new ferry terminal would open to passengers in the spring of next year."),
        article("b", "Mayor Lena Ruiz said the new ferry terminal would open to passengers in the spring of next year."),
    )
    (point,) = [p for p in find_points(arts, sents) if len(p.mentions) > 1]
    assert point.label.startswith("Mayor Lena Ruiz said")


def test_two_things_one_person_said_are_not_one_claim_for_the_speaker_s_name() -> None:
    """The words of who gave a sentence ("Paul Wiedefeld, Maryland's transportation
    secretary, said") are no part of its claim; the same claim said by them still is one."""
    missing = claim_of("At least six people who were on the bridge are missing, Paul Wiedefeld, Maryland's "
                       "transportation secretary, said.")
    port = claim_of("“Vessel traffic into and out of the port is suspended until further notice,” said Paul "
                    "Wiedefeld, Maryland’s secretary of transportation, during a news conference.")
    still = claim_of("Six people who were on the bridge are still missing, transportation secretary Paul Wiedefeld "
                     "told reporters on Tuesday.")
    assert not same_claim(missing, port)
    assert same_claim(missing, still)
    assert claim_text("Gov. Wes Moore told reporters on Tuesday that the search is the top priority.") \
        == "the search is the top priority."
    # a group's view is part of the claim: "Climate scientists have warned that ..." stays
    text = "Climate scientists have warned that such storms are becoming more common."
    assert claim_text(text) == text
    arts, sents = corpus(
        article("a", "At least six people who were on the bridge are missing, Paul Wiedefeld, Maryland's "
                     "transportation secretary, said."),
        article("b", "Six people who were on the bridge are still missing, transportation secretary Paul Wiedefeld "
                     "told reporters on Tuesday."),
    )
    assert [len(p.mentions) for p in find_points(arts, sents) if len(p.mentions) > 1] == [2]


def test_sentences_giving_different_numbers_or_actors_make_different_claims() -> None:
    arts, sents = corpus(
        article("a", "The Federal Deposit Insurance Corporation seized the assets of Silicon Valley Bank on Friday morning."),
        article("b", "The California Department of Financial Protection closed Silicon Valley Bank on Friday morning."),
        article("c", "About 120 ships were waiting at both ends of the blocked canal on Thursday evening."),
        article("d", "More than 150 ships were waiting at both ends of the blocked canal on Thursday evening."),
    )
    assert [p for p in find_points(arts, sents) if len(p.mentions) > 1] == []


@pytest.mark.parametrize("texts", [
    # Units pair by a clause or a list; a cited sentence must make the label's claim.
    ("About 12% of global trade passes through the canal, which connects the Mediterranean Sea to the Red Sea "
     "and provides the shortest sea link between Asia and Europe.",
     "About 12% of world trade passes through the canal, which connects the Mediterranean Sea to the Red Sea and "
     "gives the shortest sea route between Asia and Europe.",
     "The harbour master said over 300 vessels were idling at either end of the stretch of water, which links the "
     "Mediterranean and the Red Sea, on Thursday morning after the storm."),
    # '10 minutes' is not '10 years': the same words around different measures.
    ("Hale could face up to 40 years in prison for second-degree murder, up to 25 years for third-degree murder "
     "and up to 10 years for second-degree manslaughter.",
     "The maximum penalty is up to 40 years in prison for second-degree murder, 25 years for third-degree murder "
     "and 10 years for second-degree manslaughter.",
     "Hale, who was filmed for nearly 10 minutes, was convicted of second-degree murder, third-degree murder and "
     "second-degree manslaughter."),
    # Another figure is another claim, however many words around it are the same.
    ("About 12% of global trade passes through the canal, which connects the Mediterranean Sea to the Red Sea and "
     "provides the shortest sea link between Asia and Europe.",
     "About 12% of world trade passes through the canal, which connects the Mediterranean Sea to the Red Sea and "
     "gives the shortest sea route between Asia and Europe.",
     "Over 300 vessels wait at the canal, which connects the Mediterranean Sea to the Red Sea and provides the "
     "shortest sea link between Asia and Europe."),
    # Another statement of the same speakers: no three quoted words in a row in common.
    ("“The court considers it appropriate to reduce the fine imposed on the company for its conduct,” the judges "
     "said in their ruling.",
     "“The court considers it appropriate to reduce the fine imposed on the company for its conduct,” the judges "
     "wrote.",
     "“The company must now consider carefully its conduct before the court,” the judges said in their ruling."),
    # Only who spoke in common: the speaker's name and role are no claim.
    ("Jeffrey Pratt, executive vice president of Brawley Builders, told reporters that the crew was working in the "
     "middle of the span when the ship struck.",
     "Jeffrey Pratt, executive vice president of Brawley Builders, told reporters the crew was working in the "
     "middle of the span when the ship hit it.",
     "“This was so completely unforeseen,” Jeffrey Pratt, executive vice president of Brawley Builders, told "
     "reporters."),
    # Another time of day.
    ("The Philae probe landed on the comet 67P at 16:03 GMT after a journey of ten years.",
     "The Philae probe landed on comet 67P at 16:03 GMT after a journey of ten years, the agency said.",
     "The Philae probe landing on the comet 67P after a journey of ten years was confirmed at 1605 GMT."),
    # Another value of a measure the label writes in words.
    ("The two perjury counts each carry a maximum prison sentence of five years.",
     "The two perjury counts each carry a maximum sentence of five years in prison.",
     "The judge will now consider her sentence: the perjury counts carry a maximum prison sentence of 70 years."),
], ids=["clause", "other-units", "other-figure", "other-statement", "only-the-speaker", "other-time",
        "other-worded-measure"])
def test_a_sentence_not_making_the_label_s_claim_is_not_cited(texts: tuple[str, ...]) -> None:
    arts, sents = corpus(*(article(aid, text) for aid, text in zip("abc", texts)))
    shared = [p for p in find_points(arts, sents) if len(p.mentions) > 1]
    assert [sorted(m.article for m in p.mentions) for p in shared] == [["a", "b"]]
    assert all("c" not in {m.article for m in p.mentions} for p in shared) and shared


@pytest.mark.parametrize("texts", [
    # the same words in another order (a passive)
    ("The California Department of Financial Protection and Innovation closed the bank on Friday and appointed a "
     "receiver.",
     "The California Department of Financial Protection and Innovation closed the lender on Friday and named a "
     "receiver for its deposits.",
     "The bank was closed on Friday by the California Department of Financial Protection and Innovation, regulators "
     "said.",
     "On Friday the bank was closed by the California Department of Financial Protection and Innovation, its "
     "statement said."),
    # the same measures in other words
    ("Hale could face up to 40 years in prison for murder and up to 25 years for manslaughter.",
     "Hale faces up to 40 years in prison for murder and up to 25 years for manslaughter, lawyers say.",
     "The judge said the charges carry maximum sentences of 40 years and 25 years respectively.",
     "Judge Ortiz said the two charges carry maximum terms of 40 years and 25 years in prison."),
    # one statement's words, reported by two outlets and quoted in a longer statement by two others
    ("The coast guard said the debris found on the sea floor is consistent with a catastrophic implosion of the vessel.",
     "The coast guard said debris found on the sea floor on Thursday is consistent with a catastrophic implosion of the "
     "vessel.",
     "“This is an incredibly unforgiving environment down there, and the debris is consistent with a catastrophic "
     "implosion of the vessel,” Admiral Ruth Okoye told reporters.",
     "“This is an incredibly unforgiving environment down there, and the debris is consistent with a catastrophic "
     "implosion of the vessel,” Okoye said at a news conference in Boston."),
    # one happening in other words: "resigned", "stepped down" (acts)
    ("Mayor Dana Whitcombe resigned on Monday after a week of protests over the city budget.",
     "Mayor Dana Whitcombe resigned on Monday after a week of protests over the budget.",
     "Dana Whitcombe stepped down as mayor of Harlow Creek on Monday, ending six years in office.",
     "Dana Whitcombe stepped down as mayor of Harlow Creek on Monday, ending her six years in office."),
    # the same two numbers, of money and of a year
    ("The $25.6 billion of proceeds beat the Chinese tech firm Alibaba's $25 billion listing in 2014.",
     "The $25.6 billion of proceeds beat Chinese firm Alibaba's $25 billion listing in 2014, analysts said.",
     "It is still the biggest share sale to date, surpassing that of China's Alibaba, which raised $25bn in 2014 in "
     "New York.",
     "It remains the biggest share sale to date, surpassing Alibaba, which raised $25bn in 2014 in New York."),
], ids=["passive", "measures", "wording", "happening", "numbers"])
def test_one_claim_restated_in_other_words_is_one_point(texts: tuple[str, ...]) -> None:
    arts, sents = corpus(*(article(aid, text) for aid, text in zip("abcd", texts)))
    shared = [p for p in find_points(arts, sents) if len(p.mentions) > 1]
    assert len(shared) == 1 and {m.article for m in shared[0].mentions} == {"a", "b", "c", "d"}


def test_a_photo_caption_makes_no_point() -> None:
    """A caption the cleaner left describes a picture; it is no claim a source makes."""
    from generator.points import reads_as_caption
    captions = ("Aftermath of the explosion is seen in Beirut, Lebanon, August 4, 2020.",
                "An employee stands at the door of the bank in Santa Clara, Calif., on Friday as people wait outside.",
                "Investigators aboard the cargo ship, with the collapsed bridge in the background.",
                "(AP Photo/Shuji Kajiyama) The company's chief executive speaks during a press conference in Yokohama.")
    assert all(map(reads_as_caption, captions))
    claims = ("The bank is seen as a bellwether for the industry.", "Chauvin is seen in a video kneeling on Floyd.",
              "The employees were told on Friday to stay at home.", "Protesters hold signs outside the court.")
    assert not any(map(reads_as_caption, claims))
    arts, sents = corpus(
        article("a", "Aftermath of the massive explosion is seen in Beirut, Lebanon, August 4, 2020."),
        article("b", "Aftermath of the massive explosion at the port is seen in Beirut, Lebanon, August 4, 2020."),
    )
    assert find_points(arts, sents) == ()


def test_a_sentence_cut_off_at_the_page_s_end_is_not_cited() -> None:
    arts, sents = corpus(
        article("a", "A huge container ship got stuck in the canal late on Tuesday, causing a massive traffic jam."),
        article("b", "The container ship got stuck in the canal on Tuesday. That caused a massive traffic jam th"),
        article("c", "A container ship got stuck in the canal on Tuesday night, causing a massive traffic jam."),
    )
    cited = {m.sentence.text for p in find_points(arts, sents) if len(p.mentions) > 1 for m in p.mentions}
    assert "That caused a massive traffic jam th" not in cited


# --- find_conflicts --------------------------------------------------------------------


def test_ships_and_vessels_counted_differently_conflict() -> None:
    fa = figs("a", "There were 120 ships waiting outside the port on Sunday.")
    fb = figs("b", "More than 150 vessels were waiting outside the port.")
    (conflict,) = find_conflicts(fa + fb)
    assert {v.article for v in conflict.values} == {"a", "b"}
    assert "approximate" in conflict.note


def test_money_figures_for_the_same_deal_conflict() -> None:
    fa = figs("a", "The company agreed to buy the chipmaker for $4.2 billion in cash.")
    fb = figs("b", "The chipmaker deal is worth $3.9bn, the company said.")
    (conflict,) = find_conflicts(fa + fb)
    assert sorted(v.value for v in conflict.values) == ["$3.9bn", "$4.2 billion"]


def test_equal_quantities_in_other_spellings_are_not_a_conflict() -> None:
    fa = figs("a", "It expects a $10bn hit to revenue.")
    fb = figs("b", "It expects a $10 billion hit to revenue.")
    assert find_conflicts(fa + fb) == ()


def test_snapshots_at_different_times_are_not_a_conflict() -> None:
    fa = figs("a", "The firm employed 2,000 workers in 2019.")
    fb = figs("b", "The firm employed 2,600 workers in 2021.")
    assert find_conflicts(fa + fb) == ()


def test_dated_against_undated_is_a_conflict_with_a_note() -> None:
    fa = figs("a", "The firm employed 2,000 workers last year.")
    fb = figs("b", "The firm employs 2,600 workers.")
    (conflict,) = find_conflicts(fa + fb)
    assert "different times" in conflict.note


def test_different_things_are_not_a_conflict() -> None:
    fa = figs("a", "Ticket sales reached $5 million over the weekend.")
    fb = figs("b", "The stadium roof repairs will cost $12 million.")
    assert find_conflicts(fa + fb) == ()


def test_same_article_is_never_a_conflict_with_itself() -> None:
    fa = figs("a", "There were 120 ships waiting. Later 150 ships were waiting.")
    assert find_conflicts(fa) == ()


def test_percentages_of_the_same_share_conflict() -> None:
    fa = figs("a", "The party won 41% of the vote in the capital.")
    fb = figs("b", "In the capital the party took 38 per cent of the vote.")
    (conflict,) = find_conflicts(fa + fb)
    assert {v.unit for v in conflict.values} == {"%"}


# --- entities and overview ---------------------------------------------------------------


def test_entities_kinds_and_surname_merge() -> None:
    arts, sents = corpus(
        article("a", "Chief executive Maria Lopez said the Ministry of Transport approved the plan. Lopez flew in from Madrid.",
                "The project is based in Lisbon."),
        article("b", "The Ministry of Transport refused to comment. Lopez was not available."),
    )
    ents = {e.name: e for e in find_entities(arts, sents)}
    assert ents["Maria Lopez"].kind == "person" and ents["Maria Lopez"].articles == ("a", "b")
    assert ents["Ministry of Transport"].kind == "organisation"
    assert ents["Lisbon"].kind == "place"
    assert "The" not in ents
    names = [e.name for e in find_entities(arts, sents)]
    assert names[0] in ("Maria Lopez", "Ministry of Transport")


def test_a_titled_surname_and_a_name_with_a_label_before_it_are_the_person_named() -> None:
    # "Mr Milei" and a caption's "Getty Images Javier Milei" are Javier Milei, not people of their own
    arts, sents = corpus(
        article("a", "Right-winger Javier Milei won the run-off on Sunday. Mr Milei thanked his supporters."),
        article("b", "Photo: Getty Images Javier Milei casts his vote. Milei won 56% of the vote."),
        article("c", "Milei promised to shut the central bank, said Mr Milei's spokesman."),
    )
    names = [e.name for e in find_entities(arts, sents) if "Milei" in e.name]
    assert names == ["Javier Milei"]


def test_spellings_of_one_given_name_are_one_person_and_two_people_of_one_surname_are_two() -> None:
    arts, sents = corpus(
        article("a", "Yevgeny Prigozhin led a mutiny in June. Prigozhin was 62."),
        article("b", "Evgeny Prigozhin was among the passengers, the agency said."),
        article("c", "Yevgeny Viktorovich Prigozhin died as a result of the crash, the channel said. "
                     "Yevgeny Prigozhin founded the group."),
        article("d", "John Smith met Jane Smith on Monday. Smith said nothing."),
    )
    names = {e.name for e in find_entities(arts, sents)}
    assert [n for n in names if "Prigozhin" in n] == ["Yevgeny Prigozhin"]
    assert {"John Smith", "Jane Smith"} <= names


def test_a_participle_or_a_contraction_opening_a_sentence_names_no_one() -> None:
    arts, sents = corpus(
        article("a", "Having William by her side has been a comfort, she said. I'm well, she added."),
        article("b", "Prince William thanked the public. I'm grateful, he said."),
    )
    names = {e.name for e in find_entities(arts, sents)}
    assert "Having William" not in names and "I'm" not in names


def test_nationalities_a_shared_surname_and_a_curly_contraction_name_no_one() -> None:
    got = entity_kinds(
        article("a", "The striker joined Saudi Arabian side Al Falah. The Saudi club paid a record fee.",
                "John Smith met Jane Smith on Monday. Smith said nothing."),
        article("b", "He signed for the Saudi Arabian club on Friday. I’m happy, he said. South Korean fans cheered."),
    )
    assert "Saudi Arabian" not in got and "South Korean" not in got and "I’m" not in got
    assert "Smith" not in got and {"John Smith", "Jane Smith"} <= set(got)


def test_a_body_that_speaks_is_no_person() -> None:
    kinds = entity_kinds(
        article("a", "The Queen died peacefully, Buckingham Palace said on Thursday. The Coast Guard said the search ended."),
        article("b", "Buckingham Palace said the King would return to London. The Coast Guard said debris was found."),
    )
    assert kinds["Buckingham Palace"] != "person" and kinds["Coast Guard"] != "person"


def test_entities_without_adjectives_titles_or_legal_forms() -> None:
    got = entity_kinds(
        article("a", "Chinese regulators met Acme Technologies on Monday. Acme said the General Secretary agreed.",
                "The deal was reported by Reuters and by American media. Ericsson of Sweden declined to comment."),
        article("b", "Acme will sell the unit, Acme said. Ericsson and ZTE were not asked. SEPs were discussed."),
    )
    assert "Chinese" not in got and "American" not in got and "General Secretary" not in got and "SEPs" not in got
    assert "Acme Technologies" not in got and "Acme" in got and "Ericsson of Sweden" not in got and "Ericsson" in got
    assert got["ZTE"] == "organisation"
    arts, sents = corpus(article("a", "The US Commerce Department acted. The Department’s decision was final."))
    assert [e.name for e in find_entities(arts, sents)] == ["US Commerce Department"]


def test_names_listed_with_organisations_are_organisations() -> None:
    got = entity_kinds(
        article("a", "The market is led by Acme Group and Vexo, Sweden's Borr and Finland's Kallio."),
        article("b", "Kallio (Europe), Borr (Europe) and Vexo (Asia) sell the kit; Acme Group does too."),
    )
    assert got["Vexo"] == got["Borr"] == got["Kallio"] == "organisation" and got["Sweden"] == "place"


def test_overview_takes_central_sentences_without_repeats() -> None:
    arts, sents = corpus(
        article("a", "Floods forced 3,000 residents from their homes in the northern valley. The river peaked at dawn on Sunday morning."),
        article("b", "About 3,000 residents fled their homes as floods hit the northern valley. Schools are closed until further notice."),
        article("c", "Floods forced thousands from homes in the northern valley, officials said. The army sent trucks and boats."),
    )
    points = find_points(arts, sents)
    got = overview(arts, sents, points, limit=3)
    assert 1 <= len(got) <= 3
    assert "northern valley" in got[0].sentence.text
    texts = [c.sentence.text for c in got]
    assert len(set(texts)) == len(texts)
    assert sum("northern valley" in t for t in texts) == 1


def test_quotes_pipeline_end_to_end() -> None:
    a = article("a", "Mayor Ana Ruiz visited the site.", "“We will rebuild every house that was lost,” Ruiz said.")
    b = article("b", "Ana Ruiz, the mayor, spoke on Monday: “We will rebuild every house that was lost.”")
    qs = find_quotes(a, split_article(a)) + find_quotes(b, split_article(b))
    (q,) = merge_quotes(qs)
    assert q.speaker == "Ana Ruiz" and [m.article for m in q.mentions] == ["a", "b"]


def test_written_counts_of_the_same_people_conflict() -> None:
    fa = figs("a", "Three people were killed in the blast at the market.")
    fb = figs("b", "Police said five people were killed in the market blast.")
    (conflict,) = find_conflicts(fa + fb, dates={"a": "2024-05-06", "b": "2024-05-06"})
    assert sorted(v.quantity for v in conflict.values) == [3.0, 5.0]


def test_tolls_not_known_to_be_of_one_day_are_not_set_against_each_other() -> None:
    # A toll grows while a story breaks: "At least 49 people were killed" on the day,
    # "left 50 people dead" days later. Undated, or dated days apart, they are updates.
    fa = figs("a", "At least 49 people were killed in the attack on two mosques.")
    fb = figs("b", "The attacks on Friday afternoon left 50 people dead.")
    assert find_conflicts(fa + fb) == ()
    assert find_conflicts(fa + fb, dates={"a": "2019-03-15", "b": "2019-03-18"}) == ()
    (conflict,) = find_conflicts(fa + fb, dates={"a": "2019-03-15", "b": "2019-03-15"})
    assert sorted(v.quantity for v in conflict.values) == [49.0, 50.0]


def test_an_undated_count_told_on_the_weekday_another_is_dated_is_of_that_day() -> None:
    fa = figs("a", "About 900 people were injured and the cause was under investigation.")
    fb = figs("b", "Eight carriages derailed, with nearly 1,100 others injured, officials said on Saturday.")
    (conflict,) = find_conflicts(fa + fb, dates={"a": "2023-06-03", "b": None})  # a Saturday
    assert sorted(v.quantity for v in conflict.values) == [900.0, 1100.0]
    assert find_conflicts(fa + fb, dates={"a": "2023-06-02", "b": None}) == ()  # a Friday


@pytest.mark.parametrize("a, b, day", [
    # things counted for having none are not those that have some
    ("There are now more than 118,000 cases in 114 countries, the agency said on Wednesday.",
     "With 81 countries with no infections detected, there is still time, the agency said on Wednesday.",
     "2020-03-11"),
    # the rest besides someone named is a part
    ("Kobe Bryant and four others were killed in a helicopter crash on Sunday, officials said.",
     "Five people, including Kobe Bryant, were killed when his helicopter crashed on Sunday.", "2020-01-26"),
    # two of one family are two people, and a mark passed is no count
    ("Kobe Bryant, 41, was the youngest player in NBA history to amass 27,000 career points.",
     "His 13-year-old daughter Gianna Maria-Onore Bryant died too. At 34, he became the youngest "
     "player in history to reach 30,000 career points.", "2020-01-26"),
    # people in hospital are not the dead
    ("About 34 people are in hospital receiving treatment for gunshot wounds.",
     "At least 49 people were killed in the attack.", "2019-03-16"),
    # one sex of a group listed by sex is a part: "three other suspects, two men and a woman"
    # against "Three men and one woman have been arrested" (the charged man among them)
    ("Police arrested three other suspects, two men and a woman, on Friday.",
     "Three men and one woman have been arrested, police said.", "2019-03-15"),
])
def test_counts_of_different_people_or_things_on_one_day_do_not_conflict(a: str, b: str, day: str) -> None:
    assert find_conflicts(figs("a", a) + figs("b", b), dates={"a": day, "b": day}) == ()


def test_killed_and_injured_are_different_counts() -> None:
    fa = figs("a", "Three people were killed in the blast at the market.")
    fb = figs("b", "Twelve people were injured in the blast at the market.")
    assert find_conflicts(fa + fb) == ()


def test_vague_counts_are_figures_but_never_conflicts() -> None:
    fa = figs("a", "Hundreds of protesters marched on the ministry.")
    fb = figs("b", "About 400 protesters marched on the ministry.")
    assert fa and fa[0].quantity is None
    assert find_conflicts(fa + fb) == ()


def test_fifty_contracts_against_sixty_is_a_conflict() -> None:
    fa = figs("a", "The shipyard has secured more than 50 commercial contracts for 4K screens.")
    fb = figs("b", "It has signed 60 commercial 4K screen contracts worldwide.")
    (conflict,) = find_conflicts(fa + fb)
    assert {v.article for v in conflict.values} == {"a", "b"}


# --- an invented three-outlet story (tests/fixtures/extract/port_strike) ---------------

import pathlib  # noqa: E402

STORY = pathlib.Path(__file__).parent / "fixtures" / "extract" / "port_strike"


def story() -> tuple[list[Article], dict[str, tuple[Sentence, ...]]]:
    arts = []
    for path in sorted(STORY.glob("*.txt")):
        paras = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        arts.append(article(path.stem, *paras))
    return corpus(*arts)


def test_story_quotes_are_merged_across_outlets_with_speakers() -> None:
    arts, sents = story()
    qs = [q for a in arts for q in find_quotes(a, sents[a.id])]
    merged = merge_quotes(qs)
    by_text = {q.text.rstrip("."): q for q in merged}
    deal = by_text["Our members are not going back without a fair deal"]
    assert deal.speaker == "Marta Kovac" and [m.article for m in deal.mentions] == ["a_wire", "c_business"]
    offer = next(q for q in merged if q.text.startswith("We have offered compromise"))
    assert offer.speaker == "Marta Kovac" and len(offer.mentions) == 2
    families = next(q for q in merged if q.text.startswith("Every day this goes on"))
    assert families.speaker == "Idris Bello" and len(families.mentions) == 2
    door = next(q for q in merged if q.text.startswith("Our door remains open"))
    assert door.speaker == "Valmera Terminals Ltd"


def test_story_conflicts_and_non_conflicts() -> None:
    arts, sents = story()
    fs = [f for a in arts for f in find_figures(a, sents[a.id])]
    conflicts = find_conflicts(fs)
    values = [sorted(v.value for v in c.values) for c in conflicts]
    # Monday's queue ("walked off the job on Monday, leaving 120 ships waiting") and
    # Tuesday's ("More than 150 vessels were waiting ... on Tuesday"): counts of two days
    assert ["120 ships", "More than 150 vessels"] not in values
    assert ["$4.2 billion", "an estimated $3.9bn"] in values
    assert not any("40%" in " ".join(v) for v in values)  # 40% and 40 per cent agree


def test_story_points_and_entities() -> None:
    arts, sents = story()
    points = find_points(arts, sents)
    assert all(len({m.article for m in p.mentions}) == len(p.mentions) for p in points)
    # "120 ships" and "more than 150 vessels" tell one thing differently: a conflict, not a shared point
    ships = [p for p in points if any("vessels" in m.sentence.text for m in p.mentions)
             and any("120 ships" in m.sentence.text for m in p.mentions)]
    assert not ships and any(len(p.mentions) > 1 for p in points)
    ents = {e.name: e for e in find_entities(arts, sents)}
    assert ents["Marta Kovac"].kind == "person" and len(ents["Marta Kovac"].articles) == 3
    assert ents["Harbour Workers Union"].kind == "organisation"


def test_bare_levels_conflict_when_they_measure_the_same_thing() -> None:
    fa = figs("a", "The death toll from the landslide rose to 15.")
    fb = figs("b", "Officials said the landslide death toll stood at 21 on Monday.")
    (conflict,) = find_conflicts(fa + fb, dates={"a": "2024-05-06", "b": "2024-05-06"})
    assert sorted(v.quantity for v in conflict.values) == [15.0, 21.0]


@pytest.mark.parametrize("dates", [{}, {"a": "2024-05-06"}, {"a": "2024-05-06", "b": "2024-05-07"}])
def test_a_growing_count_is_compared_only_on_its_day(dates: dict[str, str]) -> None:
    # "rose to", "the updated count", "will keep rising": a toll of its day, not a disagreement
    fa = figs("a", "The death toll from the landslide rose to 15.")
    fb = figs("b", "Officials said the landslide death toll stood at 21 on Monday.")
    assert find_conflicts(fa + fb, dates=dates) == ()


def test_relative_and_explicit_dates_cannot_be_told_apart() -> None:
    fa = figs("a", "The firm employed 2,000 workers last year.")
    fb = figs("b", "The firm employed 2,600 workers in 2019.")
    (conflict,) = find_conflicts(fa + fb)
    assert "cannot tell" in conflict.note


def test_this_year_against_last_year_is_not_a_conflict() -> None:
    fa = figs("a", "The firm employed 2,000 workers last year.")
    fb = figs("b", "The firm employs 2,600 workers this year.")
    assert find_conflicts(fa + fb) == ()


# --- any text in, no crash --------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

WORDS = st.sampled_from(
    ["Lena", "Ortiz", "said", "“", "”", '"', "the", "licences", "license", "$4.2", "billion", "120",
     "ships", "vessels", "in", "2019", "more", "than", ",", ".", "Committee", "of", "Science", "he", "45%"]
)
PARAGRAPH = st.lists(WORDS, min_size=1, max_size=30).map(" ".join)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(PARAGRAPH, min_size=1, max_size=3), min_size=1, max_size=4))
def test_any_corpus_gives_well_formed_items(texts: list[list[str]]) -> None:
    arts, sents = corpus(*[article(f"x{i}", *paras) for i, paras in enumerate(texts)])
    qs = [q for a in arts for q in find_quotes(a, sents[a.id])]
    fs = [f for a in arts for f in find_figures(a, sents[a.id])]
    for q in merge_quotes(qs):
        assert q.mentions and len({m.article for m in q.mentions}) == len(q.mentions)
    points = find_points(arts, sents)
    for p in points:
        assert p.label and len({m.article for m in p.mentions}) == len(p.mentions)
    for c in find_conflicts(fs):
        assert len({v.article for v in c.values}) >= 2
    find_entities(arts, sents)
    assert len(overview(arts, sents, points)) <= 6


# --- round 2: quotes cut differently, conflicts told in other words ----------------------


def test_quote_printed_in_pieces_merges_with_the_whole_of_it() -> None:
    whole = "We did not choose this fight, but we will not walk away from the crews who depend on us."
    got = merge_quotes([
        mention("a", "Ruth Kemp", whole),
        mention("b", "Ruth Kemp", "We did not choose this fight,"),
        mention("b", "Ruth Kemp", "But we will not walk away from the crews who depend on us."),
        mention("c", "Kemp", "“We did not choose this fight, but we will not walk away from the crews who depend on us.”"),
    ])
    shared = [q for q in got if {m.article for m in q.mentions} == {"a", "b", "c"}]
    assert len(shared) == 1
    assert "did not choose this fight" in shared[0].text and "walk away from the crews" in shared[0].text


def test_a_statement_quoted_in_part_or_in_pieces_is_one_quote_in_its_fullest_form() -> None:
    whole = "We did not choose this fight, but we will not walk away from the crews who depend on us."
    got = merge_quotes([
        mention("a", "Ruth Kemp", "We did not choose this fight"),
        mention("b", "Ruth Kemp", "We did not choose this fight,"),
        mention("b", "Ruth Kemp", "But we will not walk away from the crews who depend on us."),
        mention("c", "Kemp", whole),
    ])
    assert [(q.text, [m.article for m in q.mentions]) for q in got] == [(whole, ["a", "b", "c"])]


def test_each_outlet_s_wording_stays_in_its_citation() -> None:
    got = merge_quotes([
        mention("a", "Ruth Kemp", "Safety comes first, and we will not wait for proof before acting"),
        mention("b", "Ruth Kemp", "safety comes first."),
        mention("b", "Ruth Kemp", "We will not wait for proof before acting."),
    ])
    assert len(got) == 1 and got[0].text == "Safety comes first, and we will not wait for proof before acting"
    assert [m.sentence.text for m in got[0].mentions] == ["Safety comes first, and we will not wait for proof before acting",
                                                          "safety comes first."]


def conflict_values(*texts: tuple[str, str]) -> list[list[str]]:
    fs = [f for aid, text in texts for f in figs(aid, text)]
    return [sorted(v.value for v in c.values) for c in find_conflicts(fs)]


def test_synonym_nouns_count_the_same_things() -> None:
    assert conflict_values(("a", "The storm flooded 2,300 homes in Elmbridge."),
                           ("b", "Flooding hit more than 3,000 properties in Elmbridge.")) \
        == [["2,300 homes", "more than 3,000 properties"]]
    assert conflict_values(("a", "The companies expect about 1,800 jobs to go."),
                           ("b", "Kestrel expects to cut about 2,000 positions.")) \
        == [["about 1,800 jobs", "about 2,000 positions"]]
    assert conflict_values(("a", "Around 1.2 million packs will be withdrawn."),
                           ("b", "About 900,000 boxes are affected.")) \
        == [["About 900,000 boxes", "Around 1.2 million packs"]]
    assert conflict_values(("a", "Roughly 4,000 dockers have joined the walkout."),
                           ("b", "About 3,600 workers joined the strike.")) \
        == [["About 3,600 workers", "Roughly 4,000 dockers"]]


def test_measures_in_short_and_long_units() -> None:
    assert conflict_values(("a", "More than 112mm of rain fell on the hills."),
                           ("b", "Nearly 120 millimetres of rain had fallen at the gauge.")) \
        == [["More than 112mm", "Nearly 120 millimetres"]]


def test_daily_rates_in_other_currency_spellings() -> None:
    got = conflict_values(("a", "The stoppage is costing the economy €40 million a day in lost fees."),
                          ("b", "The strike would cost the region about EUR 55 million per day, he said."),
                          ("c", "The authority put the cost of the stoppage at €40m a day."))
    assert got == [["about EUR 55 million", "€40 million", "€40m"]]


def test_different_rates_are_not_compared() -> None:
    assert conflict_values(("a", "The stoppage is costing the economy €40 million a day."),
                           ("b", "The stoppage is costing the economy €60 million a week.")) == []
    assert conflict_values(("a", "The stoppage is costing the economy €40 million a day."),
                           ("b", "The daily cost to the economy of the stoppage is €60 million.")) \
        == [["€40 million", "€60 million"]]


def test_counts_far_apart_are_different_things() -> None:
    assert conflict_values(("a", "About 1,100 people spent the night in shelters."),
                           ("b", "The town has about 210,000 people.")) == []


def test_values_that_agree_once_rounded_are_not_a_conflict() -> None:
    assert conflict_values(("a", "Tandem's shares jumped 27% on the news."),
                           ("b", "Tandem's shares jumped 26.8% in early trading.")) == []


def test_the_best_match_per_article_and_no_chains() -> None:
    got = conflict_values(
        ("a", "Kestrel will pay $38.50 a share, a premium of 32% to the closing price. Its shares fell 3% on Monday."),
        ("b", "The offer is a premium of 29% to the average share price."),
    )
    assert got == [["29%", "32%"]]


def test_different_verbs_before_the_counts_are_different_things() -> None:
    assert conflict_values(("a", "The fire destroyed 40 homes in the valley."),
                           ("b", "Firefighters saved 90 homes in the valley.")) == []
    assert conflict_values(("a", "The fire destroyed 40 homes in the valley."),
                           ("b", "The blaze destroyed 60 houses.")) == [["40 homes", "60 houses"]]


def test_figures_of_different_stories_are_not_compared() -> None:
    got = conflict_values(
        ("flood1", "In Elmbridge, the Avon flooded 2,300 homes near Marlow Road."),
        ("flood2", "The Avon burst its banks in Elmbridge, flooding 2,800 homes."),
        ("fire1", "In Castlemoor, the Tessel blaze destroyed 3,000 homes near Dunmore Hill."),
        ("fire2", "The Tessel fire in Castlemoor had spread to 2,900 homes by the evening."),
    )
    assert ["2,300 homes", "2,800 homes"] in got
    assert all(not ({"2,300 homes", "2,800 homes"} & set(v) and {"3,000 homes", "2,900 homes"} & set(v)) for v in got)


def test_one_story_told_by_many_outlets_stays_one_story() -> None:
    got = conflict_values(
        ("o1", "In Elmbridge, the Avon flooded 2,300 homes near Marlow Road."),
        ("o2", "The Avon flooded 2,800 homes in Elmbridge, said Tom Hale."),
        ("o3", "Elmbridge council said 2,500 homes were under water, according to Ruth Kemp."),
        ("o4", "Insurers in Elmbridge have had claims from 2,600 homes, Ruth Kemp said."),
        ("o5", "Elmbridge: the Avon reached 2,700 homes, Tom Hale said."),
    )
    assert len(got) == 1 and len(got[0]) == 5


def test_lengths_of_service_of_different_people_are_not_a_conflict() -> None:
    assert conflict_values(("a", "Dries Kuyt has driven a crane at the port for 22 years."),
                           ("b", "Sanne Wit joined through an agency and has worked there for 10 years.")) == []


def test_a_bare_noun_in_common_needs_close_values() -> None:
    assert conflict_values(("a", "The plant employs 1,200 people."),
                           ("b", "Police said about 350 people had been moved out of nearby homes.")) == []


def test_half_a_step_off_the_written_number_is_a_difference() -> None:
    assert conflict_values(("a", "The company was fined £2 million in 2019 for a leak."),
                           ("b", "The firm paid a £2.5 million fine for the leak.")) == [["£2 million", "£2.5 million"]]


def test_people_of_one_kind_against_people_when_both_say_the_same_of_them() -> None:
    assert conflict_values(("a", "About 340,000 patients are currently prescribed the drug."),
                           ("b", "Nearly 400,000 people are prescribed the tablet.")) \
        == [["About 340,000 patients", "Nearly 400,000 people"]]
    assert conflict_values(("a", "About 340,000 patients are currently prescribed the drug."),
                           ("b", "Nearly 400,000 people live in the county.")) == []


def test_fold_of_ascii_text_is_its_lower_case_and_other_text_is_normalised() -> None:
    assert fold("The U.S. Port-Authority, 2019") == "the u.s. port-authority, 2019"
    assert fold("“Quoted” – ﬁne\xa0print’s") == "\"quoted\" - fine print's"


def test_similar_pairs_give_the_same_scores_for_shared_and_copied_word_sets() -> None:
    # Items of one repeated sentence share a word set object (the pair scores are then
    # worked out once); equal copies must score exactly the same.
    a = frozenset(content_words("Dock workers at the port began a strike over wages on Monday"))
    b = frozenset(content_words("The strike by port dock workers over wages began on Monday"))
    c = frozenset(content_words("Cranes stood idle as port dock workers kept up the strike"))
    shared = [("x", a), ("y", a), ("z", b), ("w", b), ("v", c)]
    copied = [(g, frozenset(set(w))) for g, w in shared]
    assert similar_pairs(shared, posting_cap=10) == similar_pairs(copied, posting_cap=10)
    assert similar_pairs(shared, posting_cap=10)  # the test is about something


def test_entities_of_a_sentence_repeated_across_articles_cite_every_article() -> None:
    text = "Port Authority chief Jana Novak said in Rotterdam that talks would resume."
    arts, sents = corpus(*(article(f"a{k}", text) for k in range(3)))
    found = {e.name: e for e in find_entities(arts, sents)}
    assert found["Jana Novak"].articles == ("a0", "a1", "a2")
    assert found["Jana Novak"].kind == "person"


def test_a_quote_carried_by_many_outlets_is_one_quote_however_large_the_corpus():
    """Copies of a quote must merge even when its words are in more quotes than the
    shingle index uses (a quote every outlet carries is the one that matters most)."""
    from generator.models import QuoteMention, Sentence
    from generator.quotes import STOCK_PHRASE

    def q(i: int, text: str, speaker: str) -> QuoteMention:
        s = Sentence(f"a{i}", 0, 0, f"“{text},” said {speaker}.", 0, 10)
        return QuoteMention(f"a{i}", speaker, text, s)

    n = STOCK_PHRASE + 50
    quotes = [q(i, "We will not accept a deal that leaves the dock workers behind", "Ana Alvarez") for i in range(n)]
    quotes += [q(n + i, "We will not accept a deal that leaves the farmers behind", "Omar Quinn") for i in range(n)]
    merged = merge_quotes(quotes)
    assert [(m.speaker, len(m.mentions)) for m in merged] == [("Ana Alvarez", n), ("Omar Quinn", n)]


def test_the_central_sentence_of_a_point_is_the_one_sharing_most_words_with_the_others():
    """_central counts shared words in linear time; the same choice as comparing every pair."""
    import random

    from generator.models import Citation, Point, Sentence
    from generator.overview import _central

    rng = random.Random(3)
    vocab = "strike port workers union wages talks ministry ships cranes deal vote".split()
    for _ in range(200):
        texts = [" ".join(rng.sample(vocab, rng.randrange(1, 6))) for _ in range(rng.randrange(1, 9))]
        mentions = tuple(Citation(f"a{i}", Sentence(f"a{i}", 0, 0, t, 0, len(t)), "") for i, t in enumerate(texts))
        sets = [set(content_words(t)) for t in texts]
        scores = [sum(len(s & t) for t in sets if t is not s) for s in sets]
        expected = mentions[max(range(len(sets)), key=lambda i: (scores[i], -i))]
        assert _central(Point("p", mentions)) == expected


def test_features_made_per_article_give_the_same_comparisons():
    """What the per-article stage reads ahead (sentence and figure features) changes
    nothing: points, entities, conflicts and the overview are the same without it."""
    import shutil
    import tempfile
    from pathlib import Path

    from generator import analysis, read

    with tempfile.TemporaryDirectory() as tmp:
        for corpus in ("holdout", "inhouse"):
            for f in (Path(__file__).parent / "corpus" / corpus).glob("*.txt"):
                shutil.copy(f, Path(tmp) / f"{corpus}-{f.name}")
        sources, _ = read.read_folder(Path(tmp))
    ids = read.assign_ids(s.source for s in sources)
    articles = [a for a, _p in (analysis.process_source(s, ids[s.source]) for s in sources) if a]
    analyses = [analysis.analyse_article(a, 2020) for a in articles]
    sents = {a.id: an.sentences for a, an in zip(articles, analyses)}
    figures = [f for an in analyses for f in an.figures]
    units = {t: u for an in analyses for t, u in an.units.items()}
    names = {t: n for an in analyses for t, n in an.names.items()}
    readings = [r for an in analyses for r in an.figure_readings]
    assert len(figures) > 20 and len(readings) == len(figures)
    assert find_conflicts(figures, readings=readings) == find_conflicts(figures)
    points = find_points(articles, sents, units=units)
    assert points == find_points(articles, sents)
    assert find_entities(articles, sents, names=names) == find_entities(articles, sents)
    assert overview(articles, sents, points, units=units) == overview(articles, sents, points)


def test_entities_without_openers_titles_or_spelling_variants() -> None:
    arts, sents = corpus(
        article("a", "Oftentimes the answer is, ‘Well, show us what you know.’ The U.S. has no maker. Ren Zhengfei said so."),
        article("b", "The U.S has no such company, Shenzhen-based Huawei said. CEO Zhengfei Ren spoke in Sweden."),
        article("c", "The US lost ground, Ericsson of Sweden said. Nokia of Finland agreed. In Finland, Zhengfei said more."),
    )
    ents = {e.name: e for e in find_entities(arts, sents)}
    assert "Well" not in ents and "CEO" not in ents and "Shenzhen-based Huawei" not in ents
    (us,) = [n for n in ents if n.replace(".", "") == "US"]  # one entity, the commonest spelling
    assert len(ents[us].articles) == 3
    assert ents["Sweden"].kind == ents["Finland"].kind == "place"
    assert [n for n in ents if "Zhengfei" in n] == ["Ren Zhengfei"]


def test_entities_are_not_title_words_openers_or_the_place_a_person_governs() -> None:
    """Real pages' names: "Foreign Minister" names no organisation "Foreign"; "Like Raisi,"
    opens a sentence; "Gov. Wes Moore of Maryland" is Wes Moore; "the Singapore-flagged
    Dali" is Dali; "U.S. Geological Survey" is no person; "Rio Grande do Sul" is one name."""
    arts, sents = corpus(
        article("a", "Iranian President Ebrahim Raisi died. Foreign Minister Hossein Amir-Abdollahian died too. "
                     "Like Raisi, he was a hardliner."),
        article("b", "President Raisi was returning from a dam. Gov. Wes Moore of Maryland spoke. "
                     "The Singapore-flagged Dali hit the bridge."),
        article("c", "Ebrahim Raisi was 63. Wes Moore said the search goes on. The Dali lost power, the U.S. Geological "
                     "Survey said. Floods hit Rio Grande do Sul."),
    )
    ents = {e.name: e for e in find_entities(arts, sents)}
    assert "Foreign" not in ents and "Iranian" not in ents and "Like Raisi" not in ents
    assert [n for n in ents if "Raisi" in n] == ["Ebrahim Raisi"] and len(ents["Ebrahim Raisi"].articles) == 3
    assert "Wes Moore" in ents and not [n for n in ents if n.endswith("of Maryland")]
    assert "Dali" in ents and "Singapore-flagged Dali" not in ents
    assert ents["U.S. Geological Survey"].kind != "person"
    assert "Rio Grande do Sul" in ents and "Sul" not in ents


# --- one happening told in other words (acts) ---------------------------------------------


@pytest.mark.parametrize("first, second, words", [
    # another happening to the same person
    ("Mayor Dana Whitcombe resigned on Monday after a week of protests over the {} budget.",
     "Dana Whitcombe met union leaders at Harlow Creek city hall on Tuesday {} the strike.",
     ("city", "council", "to discuss", "about")),
    # numbers that disagree: 12 dead and 40 dead are a disagreement to show, not one claim
    ("The storm killed 12 people in the coastal town of Lowmere on Saturday, {} said.",
     "At least 40 people were killed when the storm hit Lowmere, {} said.",
     ("officials", "the police", "the governor", "a regional official")),
], ids=["other-happening", "other-numbers"])
def test_happenings_that_differ_stay_apart(first: str, second: str, words: tuple[str, ...]) -> None:
    arts, sents = corpus(
        article("a", first.format(words[0])), article("b", first.format(words[1])),
        article("c", second.format(words[2])), article("d", second.format(words[3])),
    )
    shared = [p for p in find_points(arts, sents) if len(p.mentions) > 1]
    assert sorted(sorted(m.article for m in p.mentions) for p in shared) == [["a", "b"], ["c", "d"]]


def test_a_lead_telling_the_happening_in_its_own_words_is_cited() -> None:
    """An outlet whose opening sentence shares too few words with the others to pair with
    them, but reports the same happening about the same person, is cited by the point."""
    arts, sents = corpus(
        article("a", "Mayor Dana Whitcombe resigned on Monday after a week of protests over the city budget."),
        article("b", "Mayor Dana Whitcombe resigned on Monday after a week of protests over the budget."),
        article("c", "Harlow Creek mayor Dana Whitcombe has resigned, the council said on Monday.",
                "The council will choose an interim mayor."),
    )
    shared = [p for p in find_points(arts, sents) if len(p.mentions) > 1]
    assert len(shared) == 1 and {m.article for m in shared[0].mentions} == {"a", "b", "c"}


def test_a_statement_quoted_over_paragraphs_is_its_speaker_s_in_every_sentence() -> None:
    from generator.quotes import quoted_speakers
    art = article("a", "Whitcombe read a statement outside City Hall.",
                  "“I came into office at a hard time for this city.", "I have told the council that I am resigning.”")
    sents = split_article(art)
    quote = QuoteMention("a", "Dana Whitcombe", "I came into office at a hard time for this city. "
                         "I have told the council that I am resigning.", sents[1])
    got = quoted_speakers([quote], {"a": sents})
    assert got == {("a", sents[1].index): "Dana Whitcombe", ("a", sents[2].index): "Dana Whitcombe"}


def test_clock_times_are_no_numbers_to_agree_on() -> None:
    from generator.points import _counts
    got = _counts("The death was announced just after 6.30pm, at 18:30 on March 13 2023, aged 96.")
    assert {f.value for f in got} == {"96"}


def test_two_different_quotes_are_two_claims_and_one_quote_is_one() -> None:
    from generator.points import claim_of, quoted_words, same_claim
    a = '"I could see buildings moving," said Amrani, who went outside, "all in shock and panic."'
    b = '"I went outside in a panic," Amrani told AFP.'
    c = '"I could see the buildings moving," Amrani said, "all in shock and panic."'
    assert not same_claim(claim_of(a), claim_of(b))
    assert same_claim(claim_of(a), claim_of(c))
    # a passage cut by the sentence's edge counts from the edge; a scare-quoted term is no quote
    assert {"wherever", "bodi"} <= quoted_words('Wherever you go, you find bodies," said Emad al-Falah.')
    assert quoted_words('Nelson said the decision was due to a "commitment to safety."') == frozenset()


def test_a_unit_of_two_content_words_shares_no_claim() -> None:
    """'"We are not in the clear."' is no telling of 'it was not immediately clear what the
    source of the shooting was' (a wildfire chief and a Damascus report)."""
    pairs = similar_pairs([("a", frozenset({"clear", "not"})),
                           ("b", frozenset({"clear", "immediateli", "not", "shoot", "sourc"}))])
    assert pairs == {}
