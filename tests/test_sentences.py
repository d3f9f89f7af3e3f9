"""Sentence splitting: a full stop ends a sentence unless an abbreviation or an initial owns it."""
from __future__ import annotations

import pytest

from generator.sentences import split_text


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_text(text)]


@pytest.mark.parametrize("text", [
    "That would create a balanced situation between China, the U.S. and Europe, he said.",
    "Dr. Annika Solberg, the consortium's director, spoke on Monday.",
    "Marrowby Pharmaceuticals Inc. withdrew the tablets on Sept. 12, officials said.",
    "A deeply divided Supreme Court overturned the 1973 Roe v. Wade decision on Friday.",
    "The report by J. R. Hale was published in 2019.",
])
def test_an_abbreviation_or_an_initial_does_not_end_a_sentence(text: str) -> None:
    assert sentences(text) == [text]


def test_a_full_stop_before_a_sentence_ends_it() -> None:
    assert sentences("The court ruled on Friday. It was a shock. The U.S. It reacted.") == [
        "The court ruled on Friday.", "It was a shock.", "The U.S.", "It reacted."]
