"""acts: the happenings a sentence reports, and when two sentences report one."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.acts import ACT_PATTERNS, acts, same_act


def kinds(text: str) -> list[str]:
    return [a.kind for a in acts(text)]


@pytest.mark.parametrize("text, kind", [
    ("A jury found the former officer guilty of murder on Tuesday.", "convict"),
    ("The jury convicted him on all three counts.", "convict"),
    ("The mayor stepped down on Monday.", "resign"),
    ("Dana Whitcombe has resigned as mayor.", "resign"),
    ("A court ordered the liquidation of the developer.", "liquidate"),
    ("The court orders the developer to wind up.", "liquidate"),
    ("The tanker ran aground off the coast.", "stuck"),
    ("The ferry became wedged across the channel.", "stuck"),
    ("The appeals court upheld the ban.", "appeal_lost"),
    ("The airline lost its final appeal against the fine.", "appeal_lost"),
    ("Regulators seized the lender on Friday.", "seize"),
    ("Regulators took over the lender on Friday.", "seize"),
    ("She took over as chief executive in February 2020.", "appoint"),  # a post taken, not a firm
    ("He was named chief executive in February 2020, succeeding his mentor.", "appoint"),
    ("The storm killed at least 12 people.", "die"),
    ("The owner of the ship apologised for the delay.", "apologise"),
    ("A court ruled to liquidate the company.", "liquidate"),  # a decision makes it done
    ("She was forced to resign after the vote.", "resign"),
    ("The bank agreed to buy its rival for $3 billion.", "acquire"),
    ("The chief executive was forced out of the company on Friday.", "oust"),
    ("A private jet crashed north of the capital.", "crash"),
    ("The agency has launched an investigation into the crash.", "investigate"),
    ("An investigation has been launched into the crash of a private jet.", "investigate"),
    ("He led a short-lived mutiny against the army.", "revolt"),
    ("The court struck down the law on Friday.", "appeal_won"),
    ("The death of the former president was announced by his family.", "die"),
    ("The submersible imploded near the wreck.", "collapse"),
    ("The ferry capsized off the coast.", "sink"),
    ("A car bomb exploded outside the ministry.", "explode"),
    ("American prelate Robert Francis Prevost was elected the new Pope on Thursday.", "elect"),
    ("Robert Francis Prevost became Pope Leo XIV on Thursday.", "elect"),
    ("Cardinal Prevost has been elected the 267th pope.", "elect"),
    ("Regulators shut down Silicon Valley Bank on Friday.", "shut"),
    ("Silicon Valley Bank was closed today by the state regulator.", "shut"),
])
def test_a_reported_happening_has_its_type(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "The mayor did not resign.",
    "Nobody was injured.",
    "No one was killed in the blast.",
    "If the minister resigns, an election follows.",
    "Opposition leaders called for his resignation.",
    "A jury found him not guilty of murder.",
])
def test_a_denied_or_conditional_happening_is_none(text: str) -> None:
    assert kinds(text) in ([], ["acquit"])


@pytest.mark.parametrize("text, kind", [
    ("The branches will reopen on Monday.", "reopen?"),
    ("The branches are expected to reopen on Monday.", "reopen?"),
    ("The company has the right to appeal.", None),
    ("Salvage crews are working with the canal authority to refloat the ship.", "freed?"),
])
def test_a_planned_happening_is_a_plan(text: str, kind: str | None) -> None:
    got = kinds(text)
    assert (kind in got) if kind else all(k.endswith("?") for k in got)


def test_a_price_closing_at_a_level_is_no_shutdown() -> None:
    assert "shut" not in kinds("Shares of the bank were closed at $10 on Friday.")


def test_a_scene_setting_opening_is_background() -> None:
    got = kinds("Following a year of protest, the former officer has been found guilty of murder.")
    assert got == ["convict"]


@pytest.mark.parametrize("text", [
    "Investigators went aboard the cargo ship that crashed into the bridge.",
    "The foreman said the crew was working mid-span when the ship hit the bridge.",
    "Shares were halted after a court ruled to liquidate the developer.",
    "The regulator did not wait until the close of business to seize the bank.",
    "Twelve people killed in the storm were buried on Friday.",
    "The bankruptcy will affect more than 130 companies.",
    "Divers searched the river below the collapsed bridge.",
    "Ray, the lawyer who handled the Enron bankruptcy, now leads the company.",
    "The verdict sparked protests across the country.",
])
def test_a_happening_in_a_relative_or_subordinate_clause_or_as_a_topic_is_background(text: str) -> None:
    assert [k for k in kinds(text) if not k.endswith("?")] == []


def test_the_act_of_a_sentence_with_one_in_a_relative_clause_is_its_own() -> None:
    assert kinds("Ray, the lawyer who handled the Enron bankruptcy, was named chief executive.") == ["appoint"]


def test_a_participle_modifying_a_noun_is_not_the_sentence_s_act() -> None:
    got = kinds("The owner of a container ship stuck in the canal since Tuesday, Shoei Kisen, apologised on Friday.")
    assert got == ["apologise"]
    assert kinds("The ferry capsized off the coast.") == ["sink"]  # a verb without an object


def test_what_was_said_to_have_happened_counts() -> None:
    assert kinds("She told reporters that she had resigned.") == ["resign"]
    assert kinds("Derek Hale, who knelt on his neck, has been found guilty of murder.") == ["convict"]


def test_one_happening_told_in_other_words() -> None:
    assert same_act(acts("A huge container ship got stuck in the canal late on Tuesday."),
                    acts("The 400m-long vessel became wedged across the canal amid high winds."))
    assert same_act(acts("Former officer Derek Hale has been found guilty in the killing of Ray Moss."),
                    acts("The jury returned its verdict against Hale, convicting him on all counts."))


def test_the_named_one_inside_the_act_or_opening_the_sentence_takes_part() -> None:
    """"The jurors found Hale, a former officer, guilty": a description set off inside the
    verdict, and the name inside it; "Hale was found guilty": the one-word name opening the
    sentence (every first word is capitalised; before "was" it is a subject)."""
    assert same_act(acts("Former officer Derek Hale has been found guilty in the killing of Ray Moss."),
                    acts("The jurors found Hale, a white man, guilty of second-degree murder and manslaughter."))
    assert same_act(acts("Hale was found guilty on all three counts of assault against a neighbour in 2004."),
                    acts("A jury found Derek Hale guilty of drugging and assaulting a neighbour."))
    assert not same_act(acts("Whitcombe was found guilty of fraud."), acts("A jury found Ilse Brandt guilty of fraud."))


def test_the_same_type_about_other_participants_is_another_happening() -> None:
    assert not same_act(acts("Mayor Dana Whitcombe resigned on Monday."),
                        acts("The club's coach, Ilse Brandt, resigned after the defeat."))
    assert not same_act(acts("The mayor will resign on Monday."), acts("Mayor Whitcombe resigned on Monday."))


def test_a_pronoun_before_the_act_stands_for_the_sentence_s_names() -> None:
    assert same_act(acts("Mayor Dana Whitcombe resigned on Monday after six years in office."),
                    acts("A day after insisting she would stay, Ms Whitcombe stood outside City Hall and said "
                         "she had told the council she was resigning."))


def test_a_speaker_s_i_is_the_speaker() -> None:
    quoted = acts("I have therefore told the council that I am resigning as mayor.", speaker="Dana Whitcombe")
    assert same_act(quoted, acts("Mayor Dana Whitcombe resigned on Monday after six years in office."))
    assert not same_act(acts("I have therefore told the council that I am resigning as mayor."),
                        acts("Mayor Dana Whitcombe resigned on Monday after six years in office."))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz ,.;:'’“”-İß0123456789TGR")), max_size=200),
       st.sampled_from(["resigned", "was found guilty", "got stuck", "killed", "will reopen", "did not resign"]))
def test_any_text_gives_known_types_and_same_act_is_symmetric(noise: str, act: str) -> None:
    text = f"{noise} Dana Whitcombe {act} {noise}"
    got = acts(text)
    assert all(a.kind.rstrip("?") in ACT_PATTERNS for a in got)
    other = acts(f"Whitcombe {act} on Monday.")
    assert same_act(got, other) == same_act(other, got)
