"""Entities: the people, organisations and places the articles name, and who names each.

A pure function of the articles' sentences and of the names the per-article stage read
in each (``sentence_names``).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from difflib import SequenceMatcher

from .extract import (COMPANY_SUFFIXES, NOT_PERSON_WORDS, ORG_WORDS, TITLE_WORDS, joined_bodies, name_sequences,
                      person_part)
from .models import Article, Entity, Sentence
from .text import CALENDAR, COUNTRIES, DEMONYM_RE

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
# Words that make a title with the title word after them ("Foreign Minister", "Prime
# Minister", "Supreme Leader"): no employer.
TITLE_PARTS = frozenset("""Foreign Prime Home Interior Defence Defense Finance Health Justice Supreme Deputy Vice
    Chief General Attorney Education Transport Transportation Trade Economy Energy Culture Labour Labor
    Environment Agriculture Information State Senior Acting Former Interim First Second Opposition""".split())
# Speech verbs right after a name: a person (or a body) speaking.
SAID_AFTER_RE = re.compile(r"^\s*(?:said|says|told|added|stated|explained|argued|wrote)\b")



def _sentence_names(text: str) -> list[tuple[str, bool, str, str]]:
    """The names of one sentence as (name, opens the sentence or a quotation in it, word
    before, text after); a name loses a trailing quotation mark, and a word such as
    "Shenzhen-based" before it ("Shenzhen-based Huawei" is Huawei)."""
    out = []
    for start, end, name in joined_bodies(text, name_sequences(text)):
        head = text[:start]
        first = not head.strip(" \"'“‘([") or bool(OPENS_RE.search(head))
        words = head.split()
        name = name.rstrip("'’")
        parts = name.split()
        while parts and BASED_RE.search(parts[0]):
            parts.pop(0)
        if not parts:
            continue  # "American-based": an adjective
        out.append((" ".join(parts), first, words[-1].lower() if words else "", text[end:]))
    return out


# What opens a quotation or a clause inside a sentence: a capital after it may be a
# common word ("... response is, ‘Well, if you knew").
OPENS_RE = re.compile(r"(?:[“‘\"']|[:—–]\s*)$")
# A hyphenated word that describes the name after it: "Shenzhen-based", "state-owned".
BASED_RE = re.compile(r"-(?:based|owned|backed|run|led|born|made|tagged|flagged|registered|headquartered|listed)$",
                      re.I)


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
    listed: set[tuple[str, str]] = set()  # names one enumeration holds together
    for art in articles:
        for s in sentences.get(art.id, ()):
            found = names_of.get(s.text)
            listed.update(_listed_together(found if found is not None else _sentence_names(s.text)))
        for cue, n in _article_cues(art, sentences.get(art.id, ()), names_of).items():
            per_article = by_cue.setdefault(cue, {})
            per_article[art.id] = per_article.get(art.id, 0) + n
    inner_caps = {cue[0].split()[0] for cue in by_cue if not cue[1]}
    person_of = {name: person_part(name) for name in {cue[0] for cue in by_cue}}  # each name read once
    # full names ("Mr Milei" names no one new), not nationalities ("Saudi Arabian")
    people = {p for p in person_of.values() if p and " " in p and not _nationality(p)}
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
    # One entity for the spellings of one name: "U.S", "U.S." and "US"; "Zhengfei Ren" and
    # "Ren Zhengfei" (the most mentioned spelling names it).
    canon: dict[str, str] = {}
    for key in sorted(arts, key=lambda k: (-sum(votes[k].values()), k)):
        folded = _folded(key)
        canon[key] = canon.setdefault(folded, key) if folded not in canon else canon[folded]
    # "Huawei Technologies" is "Huawei" where both are named: a company's name and its legal form
    for key in arts:
        words = key.split()
        while len(words) > 1 and words[-1].lower().strip(".") in COMPANY_SUFFIXES:  # "Huawei Technologies"
            words.pop()
        short = _folded(" ".join(words))
        if short != _folded(key) and short in canon:
            canon[_folded(key)] = canon[short]
    # "Getty Images Javier Milei" (a caption's credit run into the name) is Javier Milei,
    # the shorter person's name it ends with, when that one is the more mentioned
    for key in arts:
        tail = " ".join(key.split()[-2:])
        if len(key.split()) > 2 and tail in arts and votes[tail]["person"] \
                and sum(votes[tail].values()) >= sum(votes[key].values()):
            canon[_folded(key)] = canon[_folded(tail)]
    # One person in spellings of their given name ("Yevgeny", "Yevgeniy", "Evgeny") or with a
    # middle name ("Yevgeny Viktorovich Prigozhin") is the most mentioned spelling; their
    # surname alone joins it when no one else in the corpus bears it.
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in arts:
        if len(key.split()) >= 2 and votes[key]["person"]:
            by_surname[key.split()[-1]].append(key)
    for surname, keys in by_surname.items():
        keys.sort(key=lambda k: (-sum(votes[k].values()), k))
        same = [k for k in keys if _spelled_alike(k, keys[0])]
        for k in same[1:]:
            canon[_folded(k)] = canon[_folded(keys[0])]
        if len(same) == len(keys) and surname in arts:
            canon[_folded(surname)] = canon[_folded(keys[0])]
    merged_arts: dict[str, set[str]] = defaultdict(set)
    merged_votes: dict[str, Counter[str]] = defaultdict(Counter)
    for key in arts:
        merged_arts[canon[_folded(key)]] |= arts[key]
        merged_votes[canon[_folded(key)]].update(votes[key])
    arts, votes = merged_arts, merged_votes
    order = {a.id: k for k, a in enumerate(articles)}
    kind_of: dict[str, str] = {}
    for key in arts:
        counted = votes[key]
        kinds = [k for k in ("person", "organisation", "place") if counted[k]]
        kind = max(kinds, key=lambda k: counted[k]) if kinds else "other"
        if kind == "other" and key.lower() in COUNTRIES:
            kind = "place"  # "Sweden" is a place wherever "Finland" is
        kind_of[key] = kind
    # Kinds that agree: a name listed with organisations ("Huawei and ZTE, Sweden's Ericsson
    # and Finland's Nokia") is one, unless it is known to be something else.
    def entity(name: str) -> str:
        name = _without_country(name)
        return canon.get(_folded(name), name)

    pairs = {(entity(a), entity(b)) for a, b in listed}
    pairs |= {(b, a) for a, b in pairs}
    changed = True
    while changed:  # along the list: "Huawei and ZTE, Ericsson and Nokia"
        changed = False
        for a, b in pairs:
            if kind_of.get(a) == "other" and kind_of.get(b) == "organisation":
                kind_of[a] = "organisation"
                changed = True
    out = []
    for key, members in arts.items():
        out.append(Entity(key, kind_of[key], tuple(sorted(members, key=lambda i: order.get(i, 0)))))  # type: ignore[arg-type]
    return tuple(sorted(out, key=lambda e: (-len(e.articles), e.name)))


# What may stand between two items of one enumeration, once parentheses and possessors
# are set aside: a comma, "and", "or".
LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")
# What a list item may carry after it: "(Europe)", "of Sweden", "from Finland".
ITEM_TAIL_RE = re.compile(r"^(?:\s*\([^()]*\))?(?:\s+(?:of|from)\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)?")
# A possessor before a list item: "Sweden's ".
POSSESSOR_RE = re.compile(r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?['’]s\s+$")


def _listed_together(found: Sequence[tuple[str, bool, str, str]]) -> set[tuple[str, str]]:
    """Pairs of names one enumeration of a sentence holds ("Nokia (Europe), Ericsson
    (Europe), Samsung and ZTE"; "China's Huawei and ZTE, Sweden's Ericsson"): names
    possessing the next one or inside brackets are not items."""
    items = [(name, after) for name, _first, _before, after in found
             if not re.match(r"['’]s\s", after) and not after.startswith(")")]
    out: set[tuple[str, str]] = set()
    for (name, after), (nxt, _a) in zip(items, items[1:]):
        rest = after[ITEM_TAIL_RE.match(after).end():]
        at = rest.find(nxt)
        if at < 0:
            continue
        gap = rest[:at]
        gap = POSSESSOR_RE.sub("", gap)
        if LIST_GAP_RE.fullmatch(gap) or not gap.strip():
            out.add((name, nxt))
    return out


def _without_country(name: str) -> str:
    """A firm's name without the country it is "of": "Ericsson of Sweden" is Ericsson."""
    words = name.split()
    return words[0] if len(words) == 3 and words[1] == "of" and words[2].lower() in COUNTRIES else name


def _folded(name: str) -> str:
    """A name's spelling folded: dots and case off, words in order ("U.S." -> "us",
    "Zhengfei Ren" -> "ren zhengfei")."""
    return " ".join(sorted(name.replace(".", "").casefold().split()))


# What an entity's kind is judged from, for one mention: (name, opens a sentence, the
# word before it in lower case, an organisation word follows, a speech verb follows).
_Cue = tuple[str, bool, str, bool, bool]


def _article_cues(art: Article, sents: Sequence[Sentence],
                  names_of: Mapping[str, list[tuple[str, bool, str, str]]]) -> Counter[_Cue]:
    """The cues of every name one article mentions, counted."""
    cues: list[_Cue] = []
    blocks = art.blocks
    for s in sents:
        if 0 <= s.block < len(blocks) and blocks[s.block].kind == "heading":
            continue  # a subheading's words are capitalised as a title ("Looking Forward")
        found = names_of.get(s.text)
        if found is None:
            found = _sentence_names(s.text)
        cues.extend((name, first, before, ORG_AFTER_RE.match(after) is not None, SAID_AFTER_RE.match(after) is not None)
                    for name, first, before, after in found)
    return Counter(cues)


def _spelled_alike(a: str, b: str) -> bool:
    """Two full names of one surname are one person's: one holds the other's words
    (a middle name), or their given names are spelled alike ("Yevgeny", "Evgeny")."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    if wa <= wb or wb <= wa:
        return True
    return SequenceMatcher(None, a.split()[0].lower(), b.split()[0].lower()).ratio() >= SPELLED_ALIKE


# How alike two spellings of a given name are (difflib's ratio): "Yevgeny"/"Evgeny" 0.92,
# "John"/"Jane" 0.5.
SPELLED_ALIKE = 0.75


def _nationality(name: str) -> bool:
    """An adjective of nationality of two words or more, no one's name ("Saudi Arabian",
    "South Korean": the country and an n)."""
    return " " in name and name.lower().endswith("an") and name.lower()[:-1] in COUNTRIES


def _one_person(word: str, by_word: Mapping[str, set[str]]) -> str | None:
    """The one full name of the corpus's people that holds ``word``: the only one, or the
    shortest when every other ends with it ("Javier Milei" in "Right-winger Javier Milei")."""
    found = by_word.get(word, set())
    if not found:
        return None
    if len({_folded(q) for q in found}) == 1:
        return min(found)
    shortest = min(found, key=lambda q: (len(q.split()), q))
    return shortest if len(shortest.split()) > 1 and all(q.endswith(shortest) for q in found) else None


def _entity_votes(cue: _Cue, inner_caps: set[str], by_word: Mapping[str, set[str]],
                  p: str | None) -> list[tuple[str, str]]:
    """The entities one mention votes for, with the kind: none for a calendar word or a
    capitalised common word opening a sentence; an employer before a person's name
    ("Acme CEO Jane Moreau") as an organisation; the name itself (``p``: its person part)."""
    name, first, before, org_after, said_after = cue
    words = name.split()
    if any(w.lower() in CALENDAR for w in words) and len(words) <= 2:
        return []
    if _nationality(name) or re.fullmatch(r"I['’](?:m|d|ve|ll)", words[0]):
        return []  # "Saudi Arabian", "I’m": a nationality, the speaker's own word: no name
    if len(words) == 1 and first and name not in inner_caps and name not in by_word and not name.isupper():
        return []  # a capitalised common word opening a sentence
    if all(w.lower().strip(".") in TITLE_WORDS for w in words):
        return []  # "CEO", "General Secretary": a title, not an entity
    if len(words) == 1 and re.fullmatch(r"[A-Z]{2,}s", name):
        return []  # "SEPs": an abbreviation in the plural, a common noun
    if len(words) == 1 and name.lower().strip(".") in ORG_WORDS:
        return []  # "the Department's decision": a body named before, not a name of its own
    out = []
    if p and p != name and name.endswith(p):
        employer = [w for w in name[: len(name) - len(p)].split() if w.lower() not in TITLE_WORDS]
        if employer and not (len(employer) == 1 and (DEMONYM_RE.search(employer[0]) or employer[0] in TITLE_PARTS)):
            out.append((" ".join(employer), "organisation"))  # "Acme CEO Jane Moreau": Acme is an organisation
    person, of, _where = name.partition(" of ")
    if not p and of and person_part(person):
        p = person_part(person)  # "Gov. Wes Moore of Maryland": Wes Moore
    whole = _one_person(p or name, by_word) if len((p or name).split()) == 1 else None
    if whole is None and len(words) == 1 and by_word.get(name):
        return out  # "Parker" where the corpus names Robbie and Emilie Parker: which one, it does not say
    if whole:
        key, kind = whole, "person"  # "Zhengfei", "Mr Milei": the one person so named (in any word order)
    elif p:
        key, kind = p, "person"
    else:
        key = " ".join(w for w in words if w.lower() not in TITLE_WORDS) or name
        lw = {w.lower().strip(".") for w in words}
        if len(words) == 1 and DEMONYM_RE.search(name) and name.lower() not in COUNTRIES:
            return out  # "Chinese", "American": an adjective of nationality
        key = _without_country(key)
        if lw & ORG_WORDS or org_after or (len(words) == 1 and re.fullmatch(r"[A-Z]{3,6}", name)
                                           and name.lower() not in COUNTRIES):
            kind = "organisation"  # "ZTE", "FDIC": an acronym names a body
        elif before in PLACE_PREPS or PLACE_SHAPE_RE.match(name) or (
                before == "the" and len(words) == 1 and name.isupper()):
            kind = "place"
        elif said_after:  # "Buckingham Palace said", "the Coast Guard said": a body
            kind = "organisation" if len(words) == 1 or lw & NOT_PERSON_WORDS else "person"
        else:
            kind = "other"
        if " " not in key and len({_folded(q) for q in by_word.get(key, ())}) == 1:
            key, kind = min(by_word[key]), "person"  # "The Economist Zhengfei said": Ren Zhengfei
    out.append((key, kind))
    return out

