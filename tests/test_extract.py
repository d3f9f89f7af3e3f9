"""Tests for generator.extract: quotations with their speakers, and figures.

Invented sentences cover each quote/speaker pattern and each figure shape; the eval
gate (test_eval_gate) scores the seed articles built by the real pipeline.
"""
from __future__ import annotations

import pathlib

import pytest

from generator.extract import find_quotes, person_part
from generator.figures import find_figures
from generator.models import Article, Block, Metadata
from generator.sentences import split_article

ROOT = pathlib.Path(__file__).resolve().parents[1]
EVAL = ROOT / "tests" / "eval"  # the scorer and the seed gold, copied into the repository


def article(*paragraphs: str, aid: str = "a1") -> Article:
    """An Article from paragraph texts; a paragraph starting with '# ' is a heading."""
    blocks = tuple(
        Block("heading", p[2:]) if p.startswith("# ") else Block("paragraph", p) for p in paragraphs
    )
    return Article(aid, aid + ".txt", Metadata(), blocks, ())


def quotes(*paragraphs: str) -> list[tuple[str | None, str]]:
    art = article(*paragraphs)
    return [(q.speaker, q.text) for q in find_quotes(art, split_article(art))]


def figures(*paragraphs: str) -> list[tuple[str, float | None, str | None]]:
    art = article(*paragraphs)
    return [(f.value, f.quantity, f.unit) for f in find_figures(art, split_article(art))]


# --- quotes ------------------------------------------------------------------------


def test_pronoun_after_quote_is_the_most_recent_named_person() -> None:
    got = quotes(
        "Maria Lopez, the mayor of the city, met union leaders on Tuesday.",
        "“We will not close a single library this year,” she said.",
    )
    assert got == [("Maria Lopez", "We will not close a single library this year")]


def test_surname_only_mention_resolves_to_full_name() -> None:
    got = quotes(
        "Peter Okafor runs the port authority.",
        '"The cranes have been idle for a week and nobody knows why," Okafor said.',
    )
    assert got == [("Peter Okafor", "The cranes have been idle for a week and nobody knows why")]


def test_given_name_only_mention_resolves_to_full_name() -> None:
    got = quotes(
        "Li Wenliang was a doctor in the city.",
        "In an interview, Wenliang said: “Everyone should know the truth about the outbreak.”",
    )
    assert got[0][0] == "Li Wenliang"


def test_said_before_name_with_apposition() -> None:
    got = quotes(
        '"Our engineers are working around the clock to restore service," said Jane Moreau, '
        "a spokeswoman for the operator."
    )
    assert got == [("Jane Moreau", "Our engineers are working around the clock to restore service")]


def test_told_reporters() -> None:
    got = quotes("“There is no evidence of any wrongdoing at all,” Hassan Ali told reporters on Monday.")
    assert got[0][0] == "Hassan Ali"


def test_name_said_colon_introduction() -> None:
    got = quotes("Ahmed Saleh said: “The ceasefire has to hold for the talks to begin.”")
    assert got == [("Ahmed Saleh", "The ceasefire has to hold for the talks to begin.")]


def test_according_to_name() -> None:
    got = quotes(
        "Tomas Berg leads the research group.",
        "According to Berg, “the results were far better than anyone had predicted.”",
    )
    assert got[0][0] == "Tomas Berg"


def test_split_quote_gives_two_attributed_quotes() -> None:
    got = quotes(
        "Finance minister Anna Novak spoke after the vote.",
        '"The budget is balanced for the first time," she said. "It will stay that way next year."',
    )
    assert got == [
        ("Anna Novak", "The budget is balanced for the first time"),
        ("Anna Novak", "It will stay that way next year."),
    ]


def test_committee_colon_introduction_resolves_to_the_organisation() -> None:
    got = quotes(
        "A letter from the chair of the Public Accounts Committee was published on Friday.",
        "In the letter, the committee says: “We have seen no sign that the savings promised in 2020 "
        "were ever delivered.”",
    )
    assert got[0][0] == "Public Accounts Committee"


def test_nested_single_quotes_are_kept_as_text() -> None:
    got = quotes(
        "Sara Klein, a lawyer for the families, spoke outside court.",
        "“They told us, ‘Wait for the report’, and we waited for three years,” Klein said.",
    )
    assert got == [("Sara Klein", "They told us, ‘Wait for the report’, and we waited for three years")]


def test_quote_continues_into_next_paragraph() -> None:
    got = quotes(
        "Coach Dan Fisher was blunt after the match.",
        "“We were second to every ball and we deserved to lose.",
        "“Next week we have to show a completely different attitude,” Fisher said.",
    )
    assert len(got) == 1
    speaker, text = got[0]
    assert speaker == "Dan Fisher"
    assert text.startswith("We were second") and text.endswith("completely different attitude")


def test_mixed_straight_and_curly_quotes() -> None:
    got = quotes('Ravi Shah said: "We will appeal the ruling in the higher court.” He left without questions.')
    assert got == [("Ravi Shah", "We will appeal the ruling in the higher court.")]


def test_british_single_quotes() -> None:
    got = quotes(
        "Helen Price chairs the council.",
        "‘We have no choice but to raise the tax,’ Price said.",
    )
    assert got == [("Helen Price", "We have no choice but to raise the tax")]


def test_scare_quotes_and_terms_are_not_quotations() -> None:
    got = quotes(
        "The region's “build first and plan later” vision drives the policy.",
        "The bank was put on the so-called 'Watch List' in May, alongside its “foreign branches”.",
        "Her book “The Long Road Home” sold well.",
    )
    assert got == []


def test_unattributed_quote_paragraph_continues_previous_speaker() -> None:
    got = quotes(
        "“Prices will fall by the summer,” said economist Omar Haddad.",
        "“Households should not panic about the next three months.”",
    )
    assert [s for s, _t in got] == ["Omar Haddad", "Omar Haddad"]


def test_an_unnamed_speaker_is_described_as_the_article_describes_them() -> None:
    got = quotes("“This is the worst flood the valley has seen in living memory,” a resident said.")
    assert got == [("a resident", "This is the worst flood the valley has seen in living memory")]


def test_quote_sentence_is_the_first_sentence_holding_the_quote() -> None:
    art = article("The plant shut down. “We lost power at noon. Nobody was hurt,” said Ivan Petrov.")
    (q,) = find_quotes(art, split_article(art))
    assert q.sentence.text.startswith("“We lost power")
    assert q.speaker == "Ivan Petrov"


def test_headings_are_not_searched_for_quotes() -> None:
    art = article("# “We are open to talks with anyone,” says minister", "Nothing else here.")
    assert find_quotes(art, split_article(art)) == []


# --- figures -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "quantity", "unit"),
    [
        ("Sales reached US$48 billion last year.", "US$48 billion", 48e9, "USD"),
        ("It expects a $10bn hit to revenue.", "$10bn", 10e9, "USD"),
        ("The deal is worth €3.9bn to the group.", "€3.9bn", 3.9e9, "EUR"),
        ("The club paid £12m for the striker.", "£12m", 12e6, "GBP"),
        ("The state set aside 50 million yuan for repairs.", "50 million yuan", 50e6, "CNY"),
        ("It holds over 45% of the market.", "over 45%", 45.0, "%"),
        ("Prices rose 12 per cent in a year.", "12 per cent", 12.0, "%"),
        ("The yard has won more than 50 commercial contracts for 4K screens.", "more than 50 commercial contracts", 50.0, "contract"),
        ("The bank closed 37 of its overseas branches last year.", "37 of its overseas branches", 37.0, "branch"),
        ("The lab holds over 3,000 registered design patents.", "over 3,000 registered design patents", 3000.0, "patent"),
        ("There were 120 ships waiting outside the port.", "120 ships", 120.0, "ship"),
        ("The pipeline runs for 1,200 km under the sea.", "1,200 km", 1200.0, "km"),
        ("Close to 3.5 million people have fled.", "Close to 3.5 million people", 3.5e6, "person"),
        ("The ministry received 87 complaints from parents.", "87 complaints", 87.0, "complaint"),
    ],
)
def test_figure_shapes(text: str, value: str, quantity: float, unit: str) -> None:
    got = figures(text)
    assert (value, pytest.approx(quantity), unit) in [(v, q, u) for v, q, u in got], got


@pytest.mark.parametrize(
    "text",
    [
        "The decision was taken in 2019 and confirmed in 2020.",
        "The ministry's 2018 decision surprised few.",
        "Its 4G network and 3GPP work continue.",
        "The Pixel 8 will not ship with the new apps.",
        "COVID-19 changed everything.",
        "The interview took place on September 10th in Shenzhen.",
        "It was published on 10 September at 15:10.",
        "Call +44 20 7946 0958 for details.",
        "The meeting starts at 3pm on 2019-09-13.",
        "He finished 2nd in the race.",
        "It is a 10-year plan for the 1990s.",
        "Over the next five years the plan will change.",
    ],
)
def test_not_figures(text: str) -> None:
    assert figures(text) == []


def test_figure_about_says_what_it_counts() -> None:
    art = article("Holding over 30% of the regional airline market and US$9 billion in sales, it leads.")
    got = {f.value: f.about for f in find_figures(art, split_article(art))}
    assert "regional airline market" in got["over 30%"]
    assert "sales" in got["US$9 billion"]


def test_what_a_figure_counts_ends_on_a_word_that_says_something() -> None:
    art = article("The carrier has signed more than 40 supply contracts for rail parts across the region.")
    (f,) = find_figures(art, split_article(art))
    assert f.about == "supply contracts for rail parts"


def test_what_a_figure_counts_is_never_cut_at_a_thousands_separator() -> None:
    # "around 21,000 people and Tandem about 9,500": not "000 people and Tandem"
    art = article("Kestrelway employs around 21,000 people and Tandem about 9,500.")
    got = {f.value: f.about for f in find_figures(art, split_article(art))}
    assert not got["about 9,500"].startswith("000") and "Tandem" in got["about 9,500"]


@pytest.mark.parametrize("text, value, about", [
    ("Prigozhin, 62, spearheaded a mutiny against the army.", "62", "age of Prigozhin"),
    ("There was no confirmation that the 62-year-old Prigozhin was aboard.", "62-year-old", "age of Prigozhin"),
    ("Shinzo Abe, 67, was making a speech in Nara.", "67", "age of Shinzo Abe"),
])
def test_a_person_s_age_is_a_figure_about_them(text: str, value: str, about: str) -> None:
    (f,) = find_figures(article(text), split_article(article(text)))
    assert (f.value, f.unit, f.quantity, f.about) == (value, "age", float(value[:2]), about)


@pytest.mark.parametrize("text", ["A 41-year-old man was arrested.", "On June 24, 2022, the court ruled."])
def test_no_age_without_a_name(text: str) -> None:
    assert [f for f in find_figures(article(text), split_article(article(text))) if f.unit == "age"] == []


def test_figure_keeps_its_sentence() -> None:
    art = article("First sentence here. The fund lost $4.2 billion in March.")
    (f,) = find_figures(art, split_article(art))
    assert f.sentence.text == "The fund lost $4.2 billion in March."
    assert f.article == "a1"


# --- more speaker patterns -----------------------------------------------------------


def test_names_inside_the_quote_are_not_the_speaker() -> None:
    got = quotes(
        "Rosa Diaz chairs the board.",
        "“I told Michael Chen that the vote would go ahead regardless,” she said.",
    )
    assert got[0][0] == "Rosa Diaz"


def test_pronoun_takes_the_most_recent_of_several_people() -> None:
    got = quotes(
        "Karl Weber resigned in March and was replaced by Nina Hartmann.",
        "“The first task is to rebuild trust with the regulators,” she said.",
    )
    assert got[0][0] == "Nina Hartmann"


def test_appositive_between_name_and_verb() -> None:
    got = quotes("“Demand is weaker than we expected,” Paolo Rossi, the group's finance chief, said.")
    assert got[0][0] == "Paolo Rossi"


def test_title_before_name_in_lead() -> None:
    got = quotes("Prime Minister Leila Haddad told parliament: “We will not raise income tax this year.”")
    assert got[0][0] == "Leila Haddad"


def test_organisation_said_after_quote() -> None:
    got = quotes("“The outage was caused by a faulty software update,” the Civil Aviation Authority said.")
    assert got[0][0] == "Civil Aviation Authority"


def test_generic_speaker_without_a_name_is_described() -> None:
    got = quotes("“Nobody warned us the river would rise this quickly,” one farmer told the paper.")
    assert got == [("one farmer", "Nobody warned us the river would rise this quickly")]


# --- any text in, no crash ------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

PIECES = st.sampled_from(
    ['"', "“", "”", "‘", "’", "'", " said ", " he said. ", "Jane Moreau", "$", "US$", "€", "5", "1,200",
     "bn", " million ", "%", " per cent", " more than ", "2019", " ships", ", ", ". ", ": ", "\n", "-", "—",
     "the committee says: ", "according to ", "Smith", " told reporters "]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=25).map("".join), min_size=1, max_size=4))
def test_any_text_gives_well_formed_mentions(paragraphs: list[str]) -> None:
    art = article(*[p if p.strip() else "x" for p in paragraphs])
    sents = split_article(art)
    for q in find_quotes(art, sents):
        assert q.text and q.article == "a1"
        assert q.sentence.block < len(art.blocks)
    for f in find_figures(art, sents):
        assert f.value and f.value in f.sentence.text


def test_attribution_closing_the_previous_paragraph() -> None:
    got = quotes(
        "Asked about the delays, the director, Grace Mensah, said:",
        "“We underestimated how long the tunnel would take to dig.”",
    )
    assert got == [("Grace Mensah", "We underestimated how long the tunnel would take to dig.")]


def test_scale_letters_without_currency_need_a_counted_noun() -> None:
    assert figures("Some 1.2m people voted early.") == [("Some 1.2m people", 1.2e6, "person")]
    assert figures("The wall is 5m tall.") == []


def test_percentage_points_are_not_percent() -> None:
    assert figures("Support fell 4 percentage points in a month.")[0][2] == "pp"


def test_partial_quote_after_a_verb_of_speech() -> None:
    got = quotes(
        "Union leader Tariq Aziz spoke at the rally.",
        "He called the new contract “a gross betrayal of every nurse in this country” and walked out.",
    )
    assert got == [("Tariq Aziz", "a gross betrayal of every nurse in this country")]


def test_role_then_name_after_the_verb() -> None:
    assert quotes("“We will review every contract before the summer,” said the minister, Idris Bello.") == [
        ("Idris Bello", "We will review every contract before the summer")
    ]
    got = quotes("“Our network has never been used for spying,” says Acme’s security chief, Andy Lee.")
    assert got[0][0] == "Andy Lee"


def test_short_whole_utterance_with_attribution_after_it() -> None:
    got = quotes("“It’s a disaster,” said Dr. Anne Lee, an epidemiologist. “We saw this coming for years.”")
    assert got == [("Anne Lee", "It’s a disaster"), ("Anne Lee", "We saw this coming for years.")]


def test_group_speakers_are_named_as_groups() -> None:
    got = quotes("Officials said the move was “a necessary step to protect national security interests”.")
    assert got == [("officials", "a necessary step to protect national security interests")]


def test_scaled_quantities_are_clean_numbers() -> None:
    assert figures("It is valued at £4.1 billion.")[0][1] == 4.1e9


def test_plural_possessive_inside_single_quotes() -> None:
    got = quotes("Helen Price chairs the council.", "‘The workers’ rights matter more than the budget,’ Price said.")
    assert got == [("Helen Price", "The workers’ rights matter more than the budget")]


# --- speaker patterns seen in other stories (round 2) ----------------------------------


def test_role_between_place_and_name_after_the_quote() -> None:
    got = quotes("“The bridge will stay shut until the engineers are satisfied,” Riverton mayor Clara Voss told reporters.")
    assert got == [("Clara Voss", "The bridge will stay shut until the engineers are satisfied")]


def test_possessive_role_then_name_and_a_who_clause() -> None:
    got = quotes(
        "“We saw the water rise in minutes,” said the town’s mayor, Clara Voss, who toured the shelter on Sunday. "
        "“Everyone is safe for now.”"
    )
    assert got == [("Clara Voss", "We saw the water rise in minutes"), ("Clara Voss", "Everyone is safe for now.")]


def test_lowercase_particle_inside_a_name() -> None:
    got = quotes(
        "Lotte van Dijk, 31, has worked night shifts at the depot for six years.",
        "“Nobody asked us before the rota changed,” she said.",
    )
    assert got == [("Lotte van Dijk", "Nobody asked us before the rota changed")]


def test_organisation_in_an_apposition_is_not_the_he_of_the_next_quote() -> None:
    got = quotes(
        "Omar Reyes, of the campaign group Clean Rivers Alliance, said the spill had been reported twice.",
        "“Nobody came to look at it for a month,” he said.",
    )
    assert got == [("Omar Reyes", "Nobody came to look at it for a month")]


def test_colon_after_a_verb_that_is_not_a_speech_verb() -> None:
    got = quotes(
        "Clara Voss walked along the flood wall on Sunday. She repeated her message from the morning: "
        "“Stay away from the riverbank until the water drops.”"
    )
    assert got == [("Clara Voss", "Stay away from the riverbank until the water drops.")]


def test_title_and_name_then_a_colon() -> None:
    got = quotes("Chief executive Dr Paul Mensah put it bluntly: “We got this wrong and we will fix it.”")
    assert got == [("Paul Mensah", "We got this wrong and we will fix it.")]


def test_subject_of_a_coordinated_speech_verb() -> None:
    got = quotes(
        "Its chair, Clara Voss, praised the crews but warned that residents should “stay away from the "
        "riverbank until the water drops”."
    )
    assert got == [("Clara Voss", "stay away from the riverbank until the water drops")]


def test_short_phrase_a_named_person_is_reported_saying() -> None:
    got = quotes("Omar Reyes, a lawyer for the families, said the plan was \"late and underfunded\" and should be redone.")
    assert got == [("Omar Reyes", "late and underfunded")]


def test_short_scare_quotes_without_a_speaker_are_not_quotes() -> None:
    assert quotes("The so-called \"green corridor\" runs along the old railway line.") == []
    assert quotes("Omar Reyes said the \"Green Corridor\" would open next year.") == []
    assert quotes("Omar Reyes said the \"special operation\" had ended.") == []


@pytest.mark.parametrize("sentence, speaker, words", [
    ("Inspector Lena Ruiz called it a \"major robbery\", the worst in years.", "Lena Ruiz", "major robbery"),
    ("Investor Tom Hale described the launch as \"AI's Sputnik moment\" on Monday.", "Tom Hale", "AI's Sputnik moment"),
    ("Mayor Ana Diaz, touring the town, termed the scene a \"horror movie\".", "Ana Diaz", "horror movie"),
    ("In a video, Grace Moor says it was a \"huge shock\" to the family.", "Grace Moor", "huge shock"),
    ("Captain Jo Reid said she is \"absolutely heartbroken\" after the defeat.", "Jo Reid", "absolutely heartbroken"),
    ("The bank's chief executive had told clients to \"stay calm\" on Thursday.", "the bank's chief executive",
     "stay calm"),
])
def test_two_words_a_speaker_calls_something_are_theirs(sentence: str, speaker: str, words: str) -> None:
    # What someone calls a thing, says it is, or tells others to do, is their wording even
    # in two words; a term after "said the" stays a term (the test above).
    assert quotes(sentence) == [(speaker, words)]


@pytest.mark.parametrize("paragraphs, speaker", [
    # a participle of speech with its own subject after "with"
    (["Leaders called for an inquiry, with Mayor Omar Reyes pledging “those responsible will pay for this.”"],
     "Omar Reyes"),
    # the subject of an infinitive of speech, not the sentence's subject
    (["Lena Ruiz tried to object, prompting Tom Hale to raise his voice and say: “You are gambling with lives "
      "here.”"],
     "Tom Hale"),
    # a name, then a preposition and a place: the place is no role before a name
    (["“He insulted the whole country on live television,” wrote Tom Hale on Truth Social."], "Tom Hale"),
    # a one-word subject and an irregular verb before a colon
    (["Dominion said it was pleased. Acme put a different gloss on it in a statement: “We accept the rulings of "
      "the court.”"],
     "Acme"),
    # the agent of a passive speech verb
    (["The telescope, called by one of its creators “the most complex machine humanity has built”, is working."],
     "one of its creators"),
    # a verb of expressing right before the words
    (["Prime Minister Jane Moor sent her “deepest condolences to the people of the city after the attack”."],
     "Jane Moor"),
    # a group exclaiming
    (["Jubilant fans exclaimed: “We are the champions and nobody thought we could do it.”"], "fans"),
    # a name with the particle "des"
    (["A letter by the director, Laurence des Cars, described visiting the museum as a “physical ordeal” for "
      "staff."],
     "Laurence des Cars"),
])
def test_speaker_of_less_common_attributions(paragraphs: list[str], speaker: str) -> None:
    assert [s for s, _ in quotes(*paragraphs)] == [speaker]


@pytest.mark.parametrize("paragraphs, speaker", [
    # a role resolved to a name of four words and a particle
    (["Brazilian President Luiz Inacio Lula da Silva flew to the state on Thursday.",
      "“We will rebuild every road and every bridge,” the president wrote on X."], "Luiz Inacio Lula da Silva"),
    # a prosecutor is a role the article gives to someone
    (["Paris prosecutor Laure Beccuau said two men were held.",
      "\"There is no evidence that he was planning to go abroad\", the prosecutor said."], "Laure Beccuau"),
    # a role given with its place, then the name set off: "ambassador to the United States, X"
    (["Haiti's ambassador to the United States, Bocchit Edmond, said he had asked for help.",
      "President Joe Biden condemned the killing.",
      "\"It was carried out by well-trained professional killers,\" the ambassador said."], "Bocchit Edmond"),
    # a participle of speech goes with the sentence's own verb, not the clause it reports
    (["Spokeswoman Maria Zakharova said Moscow had asked for access, saying that \"France considers it his main "
      "nationality\"."], "Maria Zakharova"),
])
def test_speaker_found_through_the_sentence_or_the_article(paragraphs: list[str], speaker: str) -> None:
    assert [s for s, _ in quotes(*paragraphs)] == [speaker]


@pytest.mark.parametrize("paragraphs, speakers", [
    # the agent of a passive ends before "as being"
    (["The village has been described by a resident as being “like a scene from the Blitz”."], ["a resident"]),
    # "made the announcement that", then "It warned that": the body goes on
    (["The Met Office made the announcement that “for the first time ever, 40C has been exceeded in the UK”.",
      "It warned that “temperatures are still climbing in many places”."], ["Met Office", "Met Office"]),
    # "the force", "the network": the police force and the broadcaster the article names
    (["A man died after he was hit by a train, the Metropolitan Police said.",
      "“His next of kin are aware and are being supported,” the force said."], ["Metropolitan Police"]),
    (["A White House official told CBS News on Friday that the talks had ended.",
      "“While they were waiting in the other room, they were told to leave,” the network reported."], ["CBS News"]),
    # a surname one letter off the article's full name of someone
    (["Jacinda Ardern has announced her resignation as prime minister.",
      "Arden said: “I know what this job takes and I no longer have enough in the tank.”"], ["Jacinda Ardern"]),
    # the one the words speak to is not their speaker; the speaker goes on
    (["“I would be doing a disservice to the country to continue,” Jacinda Ardern said.",
      "Ardern’s partner Clarke Gayford was in the room for the press conference.",
      "“To Neve, mum is looking forward to being there. And to Clarke, let’s get married.”"],
     ["Jacinda Ardern", "Jacinda Ardern"]),
    # a participle opening the sentence before a surname is no one's name
    (["Sentencing Lucy Letby, Mr Justice Tom Goss said: “You acted against every instinct of care.”",
      "Addressing Letby as though she were present, he continued: “Handover sheets were kept by you.”"],
     ["Tom Goss", "Tom Goss"]),
])
def test_speaker_of_later_unseen_shapes(paragraphs: list[str], speakers: list[str]) -> None:
    assert [s for s, _ in quotes(*paragraphs)] == speakers


def test_he_after_a_speaker_described_without_a_name_is_that_speaker() -> None:
    got = quotes(
        "President Omar Reyes fled the capital overnight.",
        "Another rebel commander from the north spoke to Radio Dunmore: \"We have waited years for this day.\"",
        "Asked about the offensive, he explained: \"Force had to be met with force.\"",
    )
    assert got[-1] == ("another rebel commander from the north", "Force had to be met with force.")


def test_a_surname_before_a_verb_in_the_present_is_the_person_named_in_full() -> None:
    got = quotes("Prosecutor Nick Johnson KC opened the hearing on Monday.",
                 "Johnson turns to the sentencing guidelines. He tells the court this is a “very clear cut case”.")
    assert got == [("Nick Johnson", "very clear cut case")]


@pytest.mark.parametrize("name", ["Chicago Tribune", "Alameda Research", "Carina Nebula", "Baltimore Harbor",
                                  "Candy Crush Saga", "Arab Spring"])
def test_names_of_things_are_no_person(name: str) -> None:
    assert person_part(name) is None


def test_a_word_too_short_to_list_still_names_who_goes_on_speaking() -> None:
    got = quotes(
        "Programme director Greg Robinson asked the audience on the agency's Goddard Campus if they had seen it.",
        "“Well,” he said, after people cheered. “You ain’t seen nothing yet.”",
    )
    assert got == [("Greg Robinson", "You ain’t seen nothing yet.")]


def test_a_title_after_a_calling_verb_is_no_quote() -> None:
    assert quotes("Lena Ruiz changed her profile name to \"Chief Twit\" on Monday.") == []
    assert quotes("He called the operation \"Swords of Iron\" in a statement.") == []


def test_the_object_of_an_infinitive_is_no_speaker() -> None:
    # The subject is "The salvage company in charge of trying to get the ship moving": not
    # "the ship moving". Saying nothing beats naming the ship.
    got = quotes("The salvage company in charge of trying to get the ship moving describes it like a "
                 "\"beached whale\".")
    assert all(speaker != "the ship moving" for speaker, _ in got)


def test_spokesperson_for_a_body_gives_the_body() -> None:
    got = quotes("“The harbour will reopen once the wreck is moved,” said a spokesperson for the Harbour Trust.")
    assert got == [("Harbour Trust", "The harbour will reopen once the wreck is moved")]


def test_a_body_spokesperson_is_not_guessed_from_an_unrelated_name() -> None:
    got = quotes(
        "Approval is needed in the United States and the European Union.",
        "The drivers' union said it would seek talks. “We want guarantees in writing first,” a union spokesperson said.",
    )
    assert got == [("a union spokesperson", "We want guarantees in writing first")]


def test_occupation_before_a_name_is_not_part_of_it() -> None:
    got = quotes(
        "Pharmacist Nia Brook has run the shop for a decade.",
        "“We had sixty calls yesterday alone,” Brook said.",
    )
    assert got == [("Nia Brook", "We had sixty calls yesterday alone")]


def test_name_of_organisation_gives_the_person() -> None:
    got = quotes("“The market has priced in a long strike,” said Nadia Brandt of Osterfeld Capital.")
    assert got == [("Nadia Brandt", "The market has priced in a long strike")]


def test_sentence_before_an_unattributed_quote_names_the_speaker() -> None:
    assert quotes("Ruth Kemp shook her head. “We got this wrong from the very start.”") == [
        ("Ruth Kemp", "We got this wrong from the very start.")]
    assert quotes("Ruth Kemp runs the shelter on Mill Lane.", "“We got this wrong from the very start.”") == [
        ("Ruth Kemp", "We got this wrong from the very start.")]
    # a body, not a person, before the quote: no speaker is made up
    assert quotes("The council met on Monday. “We got this wrong from the very start.”") == [
        (None, "We got this wrong from the very start.")]


def test_possessive_holder_and_set_off_name_after_the_quote() -> None:
    assert quotes("Acme Holdings' spokesman said: “We are cooperating fully with the inquiry.”")[0][0] == "Acme Holdings"
    got = quotes("“We got this wrong from the very start,” the agency’s chief executive, Ruth Kemp, said.")
    assert got == [("Ruth Kemp", "We got this wrong from the very start")]


def test_units_written_onto_the_number() -> None:
    assert figures("More than 112mm of rain fell on the hills.") == [("More than 112mm", 112.0, "mm")]
    assert figures("The court also imposed a fine of Rs100,000 on him.") == [("Rs100,000", 100000.0, "INR")]
    assert figures("Players100 joined the league.") == []  # letters inside a word are no currency
    assert figures("The 5G masts went up last year.") == []


def test_shares_in_words_and_lengths_of_service() -> None:
    assert figures("Agency staff now fill roughly a third of those shifts.") == [("roughly a third", 33.333, "%")]
    assert figures("Two-thirds of members voted for the strike.") == [("Two-thirds", 66.667, "%")]
    assert figures("Revenue rose in the first half of the year.") == []
    assert figures("She has driven a crane at the port for 22 years.") == [("22 years", 22.0, "year")]
    assert figures("He was jailed 3 years ago.") == []


def test_apposition_holding_a_number_with_a_thousands_separator() -> None:
    got = quotes("The Dock Workers Union, which represents 4,000 dockers, said: “The offer is an insult to every crew.”")
    assert got == [("Dock Workers Union", "The offer is an insult to every crew.")]


@pytest.mark.parametrize("sentence, value, quantity, unit, about", [
    ("The magnitude-6.8 quake sent people fleeing.", "magnitude-6.8", 6.8, "magnitude", "magnitude of the earthquake"),
    ("The 6.8-magnitude quake struck a mountainous area.", "6.8-magnitude", 6.8, "magnitude",
     "magnitude of the earthquake"),
    ("Fatalities from the magnitude 7.0 quake occurred in various regions.", "magnitude 7.0", 7.0, "magnitude",
     "magnitude of the earthquake"),
    ("An earthquake with an estimated magnitude of 7.6 hit the Noto area.", "magnitude of 7.6", 7.6, "magnitude",
     "magnitude of the earthquake"),
    ("An aftershock of magnitude 5.5 followed.", "magnitude 5.5", 5.5, "magnitude", "magnitude of the aftershock"),
    ("Mehta wrote in his 277-page ruling that Google is a monopolist.", "277-page ruling", 277.0, "page", "ruling"),
    ("Their planned eight-day mission extended into months.", "eight-day mission", 8.0, "day", "mission"),
])
def test_magnitudes_and_counts_written_as_compounds_are_figures(sentence: str, value: str, quantity: float,
                                                                  unit: str, about: str) -> None:
    art = article(sentence)
    found = [(f.value, f.quantity, f.unit, f.about) for f in find_figures(art, split_article(art))]
    assert (value, quantity, unit, about) in found


def test_a_magnitude_scale_named_without_a_number_is_no_figure() -> None:
    assert figures("The Richter magnitude scale was used; magnitude is a measure of energy.") == []
