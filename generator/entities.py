"""Entities: the people, organisations and places the articles name, and who names each.

A pure function of the articles' sentences and of the names the per-article stage read
in each (``sentence_names``).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from .extract import ORG_WORDS, TITLE_WORDS, name_sequences, person_part
from .models import Article, Entity, Sentence
from .text import CALENDAR

# Words right before a name that make it a place ("in X", "from X").
PLACE_PREPS = frozenset({"in", "across", "throughout", "near", "outside", "inside"})
# Words after a name that make it an organisation ("X Inc", "X said in a statement" is not enough).
ORG_AFTER_RE = re.compile(
    r"^\s*(?:,\s*)?(?:Inc|Ltd|Corp|LLC|plc|Co|Group|company|firm|giant|group|maker|founder|"
    r"co-founder|chief|CEO|boss|chairman|chairwoman|spokesman|spokeswoman|spokesperson|executives?|"
    r"shareholders|employees|staff)\b"
)
# Shapes of place names: "...land", "...stan", "New ...", "... City", "... Province".
PLACE_SHAPE_RE = re.compile(
    r"^(?:\w+(?:land|stan|burg|bourg|ville|shire|grad|abad|pur|polis)|(?:New|North|South|East|West|San|"
    r"Santa|Los|Las|St|Saint|Port|Fort|Lake|Mount)\s.+|.+\s(?:City|Province|County|State|Island|Islands|Republic|"
    r"Kingdom|Valley|Coast|Bay|Region))$"
)
# Speech verbs right after a name: a person (or a body) speaking.
SAID_AFTER_RE = re.compile(r"^\s*(?:said|says|told|added|stated|explained|argued|wrote)\b")
# Endings of nationality adjectives ("Chinese", "Italian", "British", "American").
DEMONYM_RE = re.compile(r"(?:ese|ian|ean|ish|ican|ch)$")


def _sentence_names(text: str) -> list[tuple[str, bool, str, str]]:
    """The names of one sentence as (name, opens the sentence, word before, text after)."""
    out = []
    for start, end, name in name_sequences(text):
        head = text[:start]
        first = not head.strip(" \"'“‘([")
        words = head.split()
        out.append((name, first, words[-1].lower() if words else "", text[end:]))
    return out


def sentence_names(sentences: Sequence[Sentence]) -> dict[str, list[tuple[str, bool, str, str]]]:
    """``_sentence_names`` of each sentence's text: what ``find_entities`` reads of one
    article, made by the per-article stage and cached with it."""
    return {s.text: _sentence_names(s.text) for s in sentences}


def find_entities(articles: Sequence[Article], sentences: Mapping[str, Sequence[Sentence]], *,
                  names: Mapping[str, list[tuple[str, bool, str, str]]] | None = None) -> tuple[Entity, ...]:
    """People, organisations and places, with the articles that mention each.

    Names are capitalised word sequences (sentence-initial common words dropped; a
    single word at a sentence start counts only if it is capitalised elsewhere too).
    Kinds come from simple cues counted over all mentions: titles, person-shaped names
    and "said" for people; Inc/Ltd/Ministry/Committee-like words for organisations;
    "in X" for places; otherwise "other". Surname- or given-name-only mentions join the
    one full person name of the corpus that contains them. Sorted by number of
    articles (most first), then name. ``names`` (``sentence_names`` of the articles'
    sentences) saves reading them again.
    """
    names_of = names or {}
    by_cue: dict[_Cue, dict[str, int]] = {}  # cue -> mentions with it in each article
    for art in articles:
        for cue, n in _article_cues(art, sentences.get(art.id, ()), names_of).items():
            per_article = by_cue.setdefault(cue, {})
            per_article[art.id] = per_article.get(art.id, 0) + n
    inner_caps = {cue[0].split()[0] for cue in by_cue if not cue[1]}
    person_of = {name: person_part(name) for name in {cue[0] for cue in by_cue}}  # each name read once
    people = {p for p in person_of.values() if p}
    by_word: dict[str, set[str]] = defaultdict(set)
    for p in people:
        for w in p.split():
            by_word[w].add(p)
    arts: dict[str, set[str]] = defaultdict(set)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for cue, per_article in by_cue.items():
        count = sum(per_article.values())
        for key, kind in _entity_votes(cue, inner_caps, by_word, person_of[cue[0]]):
            arts[key].update(per_article)
            votes[key][kind] += count
    order = {a.id: k for k, a in enumerate(articles)}
    out = []
    for key, members in arts.items():
        counted = votes[key]
        kinds = [k for k in ("person", "organisation", "place") if counted[k]]
        kind = max(kinds, key=lambda k: counted[k]) if kinds else "other"
        out.append(Entity(key, kind, tuple(sorted(members, key=lambda i: order.get(i, 0)))))  # type: ignore[arg-type]
    return tuple(sorted(out, key=lambda e: (-len(e.articles), e.name)))


# What an entity's kind is judged from, for one mention: (name, opens a sentence, the
# word before it in lower case, an organisation word follows, a speech verb follows).
_Cue = tuple[str, bool, str, bool, bool]


def _article_cues(art: Article, sents: Sequence[Sentence],
                  names_of: Mapping[str, list[tuple[str, bool, str, str]]]) -> Counter[_Cue]:
    """The cues of every name one article mentions, counted."""
    cues: list[_Cue] = []
    for s in sents:
        found = names_of.get(s.text)
        if found is None:
            found = _sentence_names(s.text)
        cues.extend((name, first, before, ORG_AFTER_RE.match(after) is not None, SAID_AFTER_RE.match(after) is not None)
                    for name, first, before, after in found)
    return Counter(cues)


def _entity_votes(cue: _Cue, inner_caps: set[str], by_word: Mapping[str, set[str]],
                  p: str | None) -> list[tuple[str, str]]:
    """The entities one mention votes for, with the kind: none for a calendar word or a
    capitalised common word opening a sentence; an employer before a person's name
    ("Acme CEO Jane Moreau") as an organisation; the name itself (``p``: its person part)."""
    name, first, before, org_after, said_after = cue
    words = name.split()
    if any(w.lower() in CALENDAR for w in words) and len(words) <= 2:
        return []
    if len(words) == 1 and first and name not in inner_caps and name not in by_word and not name.isupper():
        return []  # a capitalised common word opening a sentence
    out = []
    if p and p != name and name.endswith(p):
        employer = [w for w in name[: len(name) - len(p)].split() if w.lower() not in TITLE_WORDS]
        if employer:  # "Acme CEO Jane Moreau": Acme is an organisation
            out.append((" ".join(employer), "organisation"))
    if p:
        key, kind = p, "person"
    elif len(words) == 1 and len(by_word.get(name, ())) == 1:
        key, kind = next(iter(by_word[name])), "person"
    else:
        key = " ".join(w for w in words if w.lower() not in TITLE_WORDS) or name
        lw = {w.lower().strip(".") for w in words}
        if len(words) == 1 and DEMONYM_RE.search(name):
            kind = "other"  # "Chinese", "American": an adjective of nationality
        elif lw & ORG_WORDS or org_after:
            kind = "organisation"
        elif before in PLACE_PREPS or PLACE_SHAPE_RE.match(name) or (
                before == "the" and len(words) == 1 and name.isupper()):
            kind = "place"
        elif said_after:
            kind = "organisation" if len(words) == 1 else "person"
        else:
            kind = "other"
    out.append((key, kind))
    return out

