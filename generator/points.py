"""Shared points: the claims several articles make, then claims only one article makes.

A pure function of the articles' sentences and of each sentence's comparison units
(read ahead by the per-article stage, ``sentence_units``). Sentences are paired through
an index of their rarest content words, capped, never all pairs.
"""
from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from math import fsum  # exactly rounded: a sum over a set must not depend on its order
from typing import NamedTuple

from .acts import Act, acts, same_act
from .conflicts import agree_when_rounded
from .date_patterns import MONTH_NAME, WEEKDAY_NAME
from .extract import quoted_parts
from .figures import COUNT_WORDS, MEASURE_UNITS, TIME_UNITS, figures_in
from .models import Article, Citation, Point, Sentence
from .text import WEAK_WORDS, CappedIndex, content_words, fold, opens_on_pronoun

# A comparison unit: (its sentence, the unit's text, its content words).
Unit = tuple[Sentence, str, frozenset[str]]

# Opening clauses left out of a point's label ("According to X, ...", "In July, ...").
LABEL_LEAD_RE = re.compile(
    r"^(?:(?:according to|in|on|at|after|while|as|if|when|despite|currently|meanwhile|however|"
    r"but|and|so|still|yet|for example|in fact)\b[^,]{0,60},\s*)", re.I
)


def _label(text: str, words: int = 14) -> str:
    """A short label from a sentence: opening clause off, first ``words`` words."""
    t = LABEL_LEAD_RE.sub("", text.strip().lstrip("\"'“‘")).strip()
    t = re.sub(r"^(?:and|but|so|or|yet)\s+", "", t, flags=re.I)
    if not t.strip(" ,;:."):
        t = text.strip()  # the whole sentence was an opening clause ("In Lena Ortiz ,")
    t = t[:1].upper() + t[1:]
    parts = t.split()
    if len(parts) > words:
        return " ".join(parts[:words]).rstrip(",;:—-") + "…"
    return t.rstrip()


# Where a long sentence splits into clauses that may carry separate claims.
CLAUSE_SPLIT_RE = re.compile(
    r"\s*[;:]\s+|\s+[—–-]\s+|,\s+(?=(?:he|she|they|and|but|while|which|although|though|whereas|"
    r"so that|as)\b)"
)


# An enumeration of three or more items ("patents, licences, code and blueprints"): a
# list is a claim of its own, often buried in a long sentence.
LIST_RE = re.compile(
    r"(?:[\w'’\-]+(?:\s+[\w'’\-]+){0,2},\s+){2,}(?:[\w'’\-]+(?:\s+[\w'’\-]+){0,2}\s+)?(?:and|or)\s+[\w'’\-]+(?:\s+[\w'’\-]+)?"
)


# Who gave a sentence's words, opening it ("Gov. Wes Moore told reporters on Tuesday
# that ...") or closing it ("..., Paul Wiedefeld, the transportation secretary, said."):
# the attribution, not the claim. Two sentences one person said are not one claim for
# sharing the speaker's name and role.
# (Verbs of plain report only: extract.SPEECH_VERB's "called", "described", "urged" open
# claims of their own, and cutting them cost the real corpus shared points.)
SPEECH_VERBS = (r"(?:said|says|told|tells|added|adds|stated|states|announced|noted|explained|warned|confirmed|wrote|"
                r"reported|reports)")
SPEECH_VERB_RE = re.compile(rf"\b{SPEECH_VERBS}\b")
# A name after the speech verb and its role set off by commas ("said Christian Smalls,
# president of the Amazon Labor Union").
SET_OFF_SPEAKER = r"\s+(?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w.'’\-]*(?:,\s+[^,;“”\"]{1,80}){1,2}"
LEAD_ATTRIBUTION_RE = re.compile(rf"^[^,;:“”\"]{{0,120}}?\b{SPEECH_VERBS}\b[^,;:“”\"]{{0,80}}?\bthat\s+")
TRAIL_ATTRIBUTION_RE = re.compile(
    rf"(?:,|[,;]?[”\"],?)\s+(?:according\s+to\s+[^,;“”\"]{{1,100}}|(?:[^,;“”\"]{{1,80}},\s+){{0,2}}"
    rf"(?:[^,;“”\"]{{1,80}}?\s+)?{SPEECH_VERBS}\b(?:[^,;“”\"]{{0,80}}|{SET_OFF_SPEAKER}))\s*[.!?]?\s*$")


def claim_text(text: str) -> str:
    """A sentence without its attribution when it names who gave it (LEAD_ATTRIBUTION_RE,
    TRAIL_ATTRIBUTION_RE, holding a capitalised name): the words its claim is read from.
    "Climate scientists have warned that" stays: a group's view is part of the claim."""
    if not SPEECH_VERB_RE.search(text):
        return text  # most sentences: no attribution to cut
    rest = _without_attribution(text)
    return rest if len(content_words(rest)) >= CLAIM_WORDS else text


def _without_attribution(text: str) -> str:
    """A text without the attribution that opens or closes it (claim_text), however
    little is left."""
    rest = text
    m = TRAIL_ATTRIBUTION_RE.search(rest)
    if m and NAMED_RE.search(m.group(0)):
        rest = rest[: m.start()]
    m = LEAD_ATTRIBUTION_RE.match(rest)
    if m and NAMED_RE.search(m.group(0), 1):
        rest = rest[m.end():]
    return rest


# A capitalised word: a name in an attribution ("Paul Wiedefeld", "Gov. Wes Moore").
NAMED_RE = re.compile(r"\b[A-Z][\w’'.\-]+")


# A photo caption the cleaner left in the text: a picture described ("The logo of FTX is
# seen on a flag"), dated as captions are ("..., Beirut, Lebanon, August 4, 2020."), its
# background told, or people standing or waiting in the present on a day gone by ("An
# employee stands at the door of the bank ... on Friday as people wait outside"), or
# credited to a photographer ("(AP Photo/Shuji Kajiyama) Nissan's chief speaks ..."). It
# shows a scene; it makes no claim a source reports.
CAPTION_RE = re.compile(
    r"\b(?:is|are)\s+(?:seen|pictured|shown)\b(?!\s+(?:as|to|by|in\s+(?:a|the)\s+(?:video|footage|clip|recording))\b)"
    rf"|,\s+{MONTH_NAME}\.?\s+\d{{1,2}},\s+\d{{4}}\.?\s*$"
    r"|\bin\s+the\s+(?:background|foreground)\b"
    # (a photographer's credit, not an agency's alone: "PRETORIA (AFP/REUTERS) -" opens a dateline)
    r"|\((?:AP|AFP|EPA|PA|Reuters|Xinhua|Getty\s+Images)?\s*Photo(?:\s+by)?\s*[/:][^()]{1,60}\)"
    r"|^(?:An?\s+|The\s+)?[^,.]{0,60}?\b(?:stands|sits|walks|poses|gathers|waits|holds|reacts|carries|looks)\b"
    rf".*\bon\s+{WEEKDAY_NAME}")


def reads_as_caption(text: str) -> bool:
    """Whether a sentence reads as a photo caption (CAPTION_RE)."""
    return CAPTION_RE.search(text) is not None


def text_units(text: str) -> list[tuple[str, frozenset[str]]]:
    """The comparison units of one sentence's text (see _read_units): the whole text,
    then its clauses and enumerations; none when it has no content word or reads as a
    photo caption (reads_as_caption)."""
    words = frozenset(content_words(text))
    if not words or reads_as_caption(text):
        return []
    units = [(text, words)]
    clauses = [(c, frozenset(content_words(c))) for c in CLAUSE_SPLIT_RE.split(text) if c]
    clauses = [(c, cw) for c, cw in clauses if len(cw) >= 3]
    if len(clauses) < 2:
        clauses = []
    if text.count(",") >= 2 and (" and " in text or " or " in text):
        for m in LIST_RE.finditer(text):
            cw = frozenset(content_words(m.group(0)))
            if len(cw) >= 3:
                # An enumeration is labelled by its whole sentence, a clause by itself.
                clauses.append((text, cw))
    units.extend((c, cw) for c, cw in clauses if cw != words)
    return units


def sentence_units(sentences: Sequence[Sentence]) -> dict[str, list[tuple[str, frozenset[str]]]]:
    """``text_units`` of each sentence's text: what ``find_points`` (and ``overview``) read
    of one article, made by the per-article stage and cached with it."""
    return {s.text: text_units(s.text) for s in sentences}


def similar_pairs(
    items: Sequence[tuple[str, frozenset[str]]],
    *,
    min_shared: int = 3,
    min_score: float = 0.5,
    posting_cap: int = 30,
    rare_keys: int = 6,
    claims: Sequence[Claim] | None = None,
) -> dict[tuple[int, int], float]:
    """Pairs of items from different groups that share enough weighted content words.

    ``items`` are (group, words). The score is the IDF-weighted overlap of the two word
    sets over the smaller set's weight. With ``claims`` (each item's ``claim_of``), two
    items whose subjects are both named and differ, or that both give numbers and none
    in common, make different claims however many words they share. Candidates come
    from an inverted index on each item's ``rare_keys`` rarest words whose postings stay
    under ``posting_cap``: no item is compared with every other one.
    """
    groups = [g for g, _w in items]
    sets = [w for _g, w in items]
    n = len(sets)
    uses = Counter(sets)  # items of one repeated sentence share one word set
    df: Counter[str] = Counter()
    # Sets used once (most of them) are counted in one pass in C; repeated ones k times.
    df.update(chain.from_iterable(words for words, k in uses.items() if k == 1))
    for words, k in uses.items():
        if k > 1:
            for w in words:
                df[w] += k
    idf = {w: _idf(n, c) for w, c in df.items()}
    # Words too common to show two items make the same claim: everyday words, and words
    # in more than a fifth of the corpus's items (the story's own subject, like its name).
    weak = set(WEAK_WORDS)
    weak.update(w for w, c in df.items() if _is_weak(n, c))
    # Each indexable word's place in (document frequency, word) order, ranked once, so
    # that each set's rarest words are sorted by a plain lookup.
    rank = {w: r for r, w in enumerate(sorted((w for w, c in df.items() if 1 < c <= posting_cap),
                                              key=lambda w: (df[w], w)))}
    index: CappedIndex[str] = CappedIndex(posting_cap)
    keys: list[list[str]] = []
    weight: list[float] = []
    number: list[int] = []  # each item's word set, numbered (equal sets, equal numbers)
    # A repeated word set's keys and weight are worked out once.
    known: dict[frozenset[str], tuple[int, list[str], list[str], float]] = {}
    for i, words in enumerate(sets):
        got = known.get(words)
        if got is None:
            rare = [w for w in words if w in rank]
            got = known[words] = (len(known), rare, sorted(rare, key=rank.__getitem__)[:rare_keys],
                                  fsum(map(idf.__getitem__, words)))
        no, rare, rarest, total = got
        number.append(no)
        keys.append(rarest)
        weight.append(total)
        for w in rare:
            index.add(w, i)
    out: dict[tuple[int, int], float] = {}
    # The same two word sets always score the same, in either order (_pair_score is symmetric).
    judged: dict[tuple[int, int], float | None] = {}
    for i in range(n):
        if not keys[i]:
            continue  # no word rare enough to find a partner by
        gi, wi = groups[i], sets[i]
        seen: set[int] = set()
        for j in chain.from_iterable(map(index.get, keys[i])):
            if j == i or j in seen or groups[j] == gi:
                continue
            pair = (i, j) if i < j else (j, i)
            if pair in out:
                continue
            seen.add(j)
            a, b = number[i], number[j]
            both = (a, b) if a < b else (b, a)
            if both in judged:
                score = judged[both]
            else:
                score = judged[both] = _pair_score(wi, sets[j], weight[i], weight[j], weak, idf.__getitem__,
                                                   min_shared, min_score)
            if score is not None and (claims is None or same_claim(claims[i], claims[j])):
                out[pair] = score
    return out


# What must agree for two sentences to make one claim: the name of who acts (the words
# of a capitalised subject opening the unit, or none), the numbers they give, the words
# they quote and the words of the claim without who gave it (claim_text).
Claim = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]
# A capitalised subject opening a unit, after an opening frame ("On Friday, ...").
SUBJECT_RE = re.compile(r"^(?:(?:The|A|An)\s+)?((?:[A-Z][\w'’&.\-]*(?:\s+(?:of|and|for|&|the)\s+)?\s*){1,8})(?=\s+[a-z])")
# Numbers in a text ("2,012", "175.4", "2008"), as written without separators.
NUMBER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
# Capitalised words that open a subject but name nobody.
NOT_SUBJECT = frozenset("the a an it its this that these those he she they we i in on at after as but and "
                        "however meanwhile according".split())


# A number and the unit of time or measure it counts ("40 years", "10 minutes", "71km",
# "6%"): the units figures are read with (extract).
MEASURE_UNITS_ALT = "|".join(sorted(map(re.escape, TIME_UNITS | MEASURE_UNITS), key=len, reverse=True))
MEASURE_RE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*-?\s*(" + MEASURE_UNITS_ALT
                        + r"|per\s*cent|percent|(?-i:pc)|%)(?!\w)", re.I)  # "1.5pc": British


def measures(text: str) -> frozenset[str]:
    """The measures a sentence gives, as "number unit" ("10 years" is not "10 minutes")."""
    return frozenset(f"{m.group(1).replace(',', '')} {_unit(m.group(2))}" for m in MEASURE_RE.finditer(text))


def _unit(word: str) -> str:
    """A measure's unit in one spelling: "years" is "year", "per cent" is "%"."""
    low = word.lower()
    return "%" if low.startswith("per") or low == "%" else low.rstrip("s")


def claim_of(text: str, unit_words: Iterable[str] | None = None) -> Claim:
    """Who acts in a unit (its opening capitalised subject's words, folded; empty when it
    opens otherwise), the numbers it gives, the words it quotes and the words of its claim
    (claim_text); ``unit_words``, the unit's content words when known, saves reading them again."""
    t = LABEL_LEAD_RE.sub("", text.strip().lstrip("\"'“‘")).strip()
    m = SUBJECT_RE.match(t)
    subject: frozenset[str] = frozenset()
    if m:
        words = [w.lower().strip(".,'’") for w in m.group(1).split()]
        if words and words[0] not in NOT_SUBJECT:
            subject = frozenset(w for w in words if w not in NOT_SUBJECT and w not in ("of", "and", "for", "&"))
    numbers = frozenset(n.replace(",", "") for n in NUMBER_RE.findall(text))
    body = claim_text(text)
    return subject, numbers, quoted_words(text), frozenset(unit_words) if body is text and unit_words is not None \
        else frozenset(content_words(body))


# The fewest content words a quoted passage must hold to be someone's words (not a
# scare-quoted term).
QUOTED_MIN = 3


def quoted_words(text: str) -> frozenset[str]:
    """The content words of the quoted passages of a text (``extract.quoted_parts``: a
    passage cut by the sentence's start counts from it: 'Wherever you go, you find
    bodies," said X'), or none when they are fewer than QUOTED_MIN."""
    spans = quoted_parts(text)
    words = frozenset(chain.from_iterable(content_words(text[a:b]) for a, b in spans if b > a))
    return words if len(words) >= QUOTED_MIN else frozenset()


def same_claim(a: Claim, b: Claim) -> bool:
    """Two units may make one claim: their named subjects, when both have one, share a
    word; their numbers, when both give some, share one; their quoted words, when both
    quote someone, are at least half the same; their words without who gave them share
    two (not only the speaker's name and role)."""
    if a[0] and b[0] and not a[0] & b[0]:
        return False  # "The FDIC seized ..." and "The California Department ... closed ..."
    if a[1] and b[1] and not a[1] & b[1]:
        return False  # "120 ships" and "more than 150 vessels": a conflict, not one claim
    if a[2] and b[2] and 2 * len(a[2] & b[2]) < min(len(a[2]), len(b[2])):
        return False  # '"I could see buildings moving"' and '"I went outside in a panic"': two quotes
    if len(a[3] & b[3]) < 2:
        return False  # "Six people are missing, Paul Wiedefeld said." and '"The port is key," Wiedefeld said.'
    return True


# The fewest content words a unit must hold to share a claim with another.
CLAIM_WORDS = 3


def _idf(n: int, c: int) -> float:
    return math.log((n + 1) / c) + 0.1


def _is_weak(n: int, c: int) -> bool:
    """A word in more than a fifth of the corpus's items is the story's own subject."""
    return n >= 20 and c > 0.2 * n


def _pair_score(wi: frozenset[str], wj: frozenset[str], weight_i: float, weight_j: float,
                weak: frozenset[str] | set[str], weight_of, min_shared: int, min_score: float) -> float | None:
    """similar_pairs' score of two word sets, or None when they do not make one claim."""
    if min(len(wi), len(wj)) < CLAIM_WORDS:
        return None  # "We are not in the clear.": too few words to make a claim of its own
    shared = wi & wj
    if len(shared) < min(min_shared, max(2, (min(len(wi), len(wj)) + 1) // 2)):
        return None
    strong = len(shared - weak)
    if strong < 2:
        return None  # only common words in common: not the same claim
    score = fsum(map(weight_of, shared)) / max(1e-9, min(weight_i, weight_j))
    # Two long sentences can share a claim among other words: four distinctive
    # words in common count even when they are a smaller share.
    if score >= min_score or (strong >= 4 and score >= min_score / 2):
        return score
    return None


def _read_units(art: Article, sents: Sequence[Sentence], known: Mapping[str, list[tuple[str, frozenset[str]]]],
                units: list[Unit], firsts: list[int], singles: list[tuple[int, Sentence, frozenset[str]]]) -> None:
    """Every paragraph sentence of one article, in order, as comparison units, appended
    to ``units``: (sentence, unit text, content words). A long sentence also gives one
    unit per clause and per enumeration of three content words or more, so that a
    sentence making two claims can support two points. ``known`` holds units already
    made (text -> units). Each unit's sentence as a number goes to ``firsts``: the place
    in ``units`` of its sentence's first unit. Whole sentences of five content words or
    more, which make single-article points when they hold a figure, go to ``singles``
    as (sentence number, sentence, content words)."""
    blocks = art.blocks
    for s in sents:
        if 0 <= s.block < len(blocks) and blocks[s.block].kind == "heading":
            continue
        got = known.get(s.text)
        first = len(units)
        for c, cw in got if got is not None else text_units(s.text):
            units.append((s, c, cw))
            firsts.append(first)
            if len(cw) >= 5 and c == s.text:
                singles.append((first, s, cw))


def find_points(
    articles: Sequence[Article], sentences: Mapping[str, Sequence[Sentence]], *, singles_per_article: int = 2,
    units: Mapping[str, list[tuple[str, frozenset[str]]]] | None = None,
    speakers: Mapping[tuple[str, int], str] | None = None,
) -> tuple[Point, ...]:
    """Claims made by several articles, then claims only one article makes.

    Sentences are similar when they share enough rare content words (case, plurals,
    number words and plain synonyms folded). Each sentence gathers its most similar
    sentence from every other article into a candidate point (so at most one citation
    per article per point, and one sentence may support two different points); the
    candidates with the most articles are kept unless half their sentences already
    belong to a kept point. A point cites only sentences that make its label's claim
    (whole sentences sharing enough words with the label's, and its figures in the same
    units), and points whose labels restate one claim are one (_keep_points).
    Single-article points are sentences with a figure (a digit) that no candidate point
    cites, up to ``singles_per_article`` per article. Shared points come first (most
    articles first); labels come from the most central sentence.
    ``units`` (``sentence_units`` of the articles' sentences) saves reading them again;
    ``speakers`` (``quotes.quoted_speakers``) says who "I" is in a quoted sentence.
    """
    known = units or {}
    flat: list[Unit] = []
    sentence_of: list[int] = []  # each unit's sentence as a number
    singles: list[tuple[int, Sentence, frozenset[str]]] = []
    for art in articles:
        _read_units(art, sentences.get(art.id, ()), known, flat, sentence_of, singles)
    pairs = similar_pairs([(s.article, w) for s, _t, w in flat], claims=[claim_of(t, w) for _s, t, w in flat])
    near: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), score in pairs.items():
        near[i][j] = near[j][i] = score
    candidates = {c: _candidate(c, others, flat, sentence_of, near) for c, others in near.items()}
    df = Counter(chain.from_iterable(flat[k][2] for k in set(sentence_of)))  # over whole sentences
    n = len(set(sentence_of))
    idf = {w: _idf(n, c) for w, c in df.items()}
    unseen = _idf(n, 1)
    points = _keep_points(candidates, flat, {a.id: k for k, a in enumerate(articles)}, sentence_of, near,
                          lambda w: idf.get(w, unseen), speakers or {})
    # Every sentence a candidate cites (every unit with a pair) makes no single-article point.
    cited = {sentence_of[c] for c in near}
    per_article: dict[str, int] = {}
    for first, s, words in singles:
        # (The figure is looked for last: most sentences are skipped before.)
        if (per_article.get(s.article, 0) < singles_per_article and first not in cited
                and any(map(str.isdigit, words))):
            per_article[s.article] = per_article.get(s.article, 0) + 1
            points.append(Point(_label(s.text), (Citation(s.article, s),)))
    return tuple(points)


# A candidate point: (minus its number of units, minus their summed score, its center,
# its units in order, their sentences as numbers in first-unit order): candidates sort
# best first as they are.
_Candidate = tuple[int, float, int, tuple[int, ...], tuple[int, ...]]

# How similar another article's unit must be to a point's center to join it, and to how
# many of the point's other units (a share): a point's sentences make one claim, not a
# chain of sentences each near the next.
MEMBER_SCORE = 0.5
COHESION = 0.5
# How many points one sentence may support (a long sentence may make two claims).
POINTS_PER_SENTENCE = 2


def _candidate(center: int, others: Mapping[int, float], units: Sequence[Unit],
               sentence_of: Sequence[int], near: Mapping[int, Mapping[int, float]]) -> _Candidate:
    """The candidate point of one unit: the unit with its most similar unit of every other
    article (the highest score, then the first unit) scoring MEMBER_SCORE or more, each
    also similar to at least COHESION of the others chosen."""
    best: dict[str, tuple[float, int]] = {}
    for b, score in others.items():
        if score < MEMBER_SCORE:
            continue
        art = units[b][0].article
        got = best.get(art)
        if got is None or (score, -b) > (got[0], -got[1]):
            best[art] = (score, b)
    chosen = [b for _s, b in best.values()]
    if len(chosen) > 2:
        chosen = [b for b in chosen
                  if sum(1 for c in chosen if c != b and c in near.get(b, {})) >= COHESION * (len(chosen) - 1)]
    kept = {b: s for s, b in best.values() if b in chosen}
    members = tuple(sorted((center, *kept)))
    cited = tuple(dict.fromkeys(sentence_of[m] for m in members))
    return (-len(members), -fsum(kept.values()), center, members, cited)


def _keep_points(candidates: Mapping[int, _Candidate], units: Sequence[Unit], order: Mapping[str, int],
                 sentence_of: Sequence[int], near: Mapping[int, Mapping[int, float]],
                 weight_of: Callable[[str], float], said_by: Mapping[tuple[str, int], str]) -> list[Point]:
    """The candidates with the most units (then the highest summed score, then the first
    center) made points. A unit supports one point and a sentence at most
    POINTS_PER_SENTENCE: a candidate loses the units already used, and is kept only when
    its center and one unit of another article remain (a claim restated is one point),
    and not when most of its sentences already make a kept point.

    Units pair by a clause or a list; the point is a claim of whole sentences: its label
    is the member sentence the others share most words with (whole sentences, weighed
    by ``weight_of``; complete and not too long first), and a member whose sentence
    shares less than CLAIM_SHARE of its words with the label's does not make the label's
    claim and is not cited ("over 300 vessels wait at the canal, which links the
    Mediterranean and the Red Sea" makes no point with "12% of global trade passes
    through the canal, which connects the Mediterranean Sea to the Red Sea").
    A point's citations are in article order, then sentence order."""
    kept: list[Point] = []
    made: list[tuple[int, int, list[int]]] = []  # each point's label sentence, label unit, sentences
    kept_sentences: list[set[int]] = []  # the sentences each kept point cites
    used: set[int] = set()
    uses: Counter[int] = Counter()
    weights: dict[int, float] = {}
    last_of: dict[str, int] = {}
    for sentence, _text, _words in units:
        last_of[sentence.article] = max(last_of.get(sentence.article, 0), sentence.index)

    def share(a: int, b: int) -> float:
        """Weighed words sentences a and b (their first units) share, over the geometric
        mean of their weights: a short sentence is not the same as every longer one that
        holds its few words, and a long one still makes a short one's claim."""
        for k in (a, b):
            if k not in weights:
                weights[k] = fsum(map(weight_of, units[k][2]))
        whole = math.sqrt(weights[a] * weights[b])
        return fsum(map(weight_of, units[a][2] & units[b][2])) / whole if whole > 0 else 0.0

    measured: dict[int, frozenset[str]] = {}

    def measures_of(k: int) -> frozenset[str]:
        """measures() of sentence k (its first unit), read once."""
        got = measured.get(k)
        if got is None:
            got = measured[k] = measures(units[k][0].text)
        return got

    for _n, _total, center, members, _cited in sorted(candidates.values()):
        if center in used or uses[sentence_of[center]] >= POINTS_PER_SENTENCE:
            continue
        left = [m for m in members if m not in used and uses[sentence_of[m]] < POINTS_PER_SENTENCE]
        if len({units[m][0].article for m in left}) < 2:
            continue
        cited = list(dict.fromkeys(sentence_of[m] for m in left))
        # the most central complete sentence (a page cut mid-sentence leaves a fragment)
        central = {k: round(fsum(share(k, o) for o in cited if o != k), 9) for k in cited}
        most = max(central.values())
        label = max(cited, key=lambda k: (_complete(units[k][0].text), not _quote_piece(units[k][0].text),
                                          len(units[k][0].text.split()) <= LABEL_CHOICE_WORDS
                                          and central[k] >= CENTRAL_GATE * most,
                                          len(units[k][0].text.split()) <= LABEL_MAX_WORDS,
                                          central[k], -k))
        label_figures = measures_of(label)
        cited = [k for k in cited if k == label or (
            share(k, label) >= CLAIM_SHARE and _complete_or_inside(units[k][0], last_of)
            and not opposite_claims(units[k][0].text, units[label][0].text)
            and not (label_figures and (got := measures_of(k)) and not label_figures & got)
            and _figure_shared(units[k][0].text, units[label][0].text)
            and _same_words_quoted(units[k][0].text, units[label][0].text)
            and _claims_share(units[k][0].text, units[label][0].text))]
        left = [m for m in left if sentence_of[m] in cited]
        if len({units[k][0].article for k in cited}) < 2:
            continue
        if any(2 * len(earlier.intersection(cited)) >= len(cited) for earlier in kept_sentences):
            continue  # half its sentences or more already make a kept point: the same claim again
        used.update(left)
        uses.update(cited)
        kept_sentences.append(set(cited))
        own = [m for m in left if sentence_of[m] == label]  # the label sentence's unit in the point
        made.append((label, own[0] if own else label, cited))
    # A claim restated in other words can come out as two points ("the regulator closed the
    # bank on Friday", "the bank was closed by the regulator"): a point whose label
    # sentence shares SAME_CLAIM of its words with an earlier point's label, or two
    # measures ("40 years", "25 years"), or two numbers of TELLING_NUMBER or more ("beat
    # Alibaba's $25 billion listing in 2014", "surpassing Alibaba, which raised $25bn in
    # 2014"), or leads with the same count of one thing ("about
    # 130 other companies", "approximately 130 additional affiliated companies"), joins
    # it, citing only articles the earlier one does not. So does a point whose label
    # reports the same happening as a label already in an earlier point, about the same
    # participants ("a container ship got stuck in the Suez Canal", "the vessel became
    # wedged across the canal": acts.same_act), when their numbers agree; one label can
    # join two such points into one. And so does a label
    # giving the words of one already in a point ("the debris is consistent with a
    # catastrophic implosion of the vessel", quoted by one outlet, reported by another).
    def acts_of(sentence: Sentence) -> tuple[Act, ...]:
        """acts() of a sentence, its "I" the speaker when it is quoted."""
        return acts(sentence.text, said_by.get((sentence.article, sentence.index)))

    joined: list[_Joined] = []
    for label, label_unit, cited in made:
        text = units[label][0].text
        happened = acts_of(units[label][0])
        new = _Joined([(label, label_unit)], list(cited), claim_of(units[label][1])[1], measures_of(label),
                      happened[0].kind if happened else None, list(happened), [_counts(text)], set(_wording(text)),
                      _lead_count(text))
        into = next((j for j in joined if (
            share(label, j.label) >= SAME_CLAIM and not (new.numbers and j.numbers and not new.numbers & j.numbers))
            or len(new.figures & j.figures) >= 2  # "40 years, 25 years and 10 years"
            or len(_telling(new.numbers & j.numbers)) >= 2  # "Alibaba's $25 billion listing in 2014"
            or (new.lead is not None and new.lead == j.lead)), None)  # "about 130 other companies"
        if into is None:
            into = next((j for j in joined if new.wording & j.wording and _counts_agree(new, j)), None)
            if into is not None:  # only the sentences giving the statement's words come along
                new.cited = [k for k in cited if k == label or _wording(units[k][0].text) & into.wording]
        same = [j for j in joined if j is not into and happened and same_act(happened[:1], j.claimed)
                and _counts_agree(new, j)]
        if into is None and same:
            into = same.pop(0)
        if into is None:
            joined.append(new)
            continue
        into.absorb(new, units)
        for other in same:  # the label joins two earlier points: they are one claim
            if other in joined and _counts_agree(into, other):
                into.absorb(other, units)
                joined.remove(other)
    _adopt_leads(joined, units, sorted(set(sentence_of)), share, acts_of)
    for group in joined:
        ms = sorted((units[c][0] for c in group.cited), key=lambda s: (order.get(s.article, 0), s.index))
        # A point of labels joined is shown by the first one in a source's own voice that
        # names its subject, else by a quotation with its speaker: a quote's "I am
        # resigning", or "She repeated the line", says less to a reader than "Liz Truss
        # resigned".
        own = [label for label in group.labels if label[0] in group.cited] or group.labels  # a sentence it cites
        shown = min(own, key=lambda label: _voice(units[label[0]][0], said_by))[1]
        if _voice(units[shown][0], said_by) == 2:
            # a bare quotation or "She said ...": another cited sentence making the claim
            # with its subject named shows it better ("Ardern said ...")
            voiced = [c for c in group.cited if _voice(units[c][0], said_by) < 2 and _complete(units[c][0].text)
                      and len(units[c][0].text.split()) <= LABEL_MAX_WORDS and share(c, shown) >= SAME_CLAIM]
            if voiced:
                shown = max(voiced, key=lambda c: (-_voice(units[c][0], said_by), share(c, shown), -c))
        kept.append(Point(_whole_label(units[shown]), tuple(Citation(s.article, s) for s in ms)))
    kept.sort(key=lambda p: -len(p.mentions))  # the most widely made claims first (stable)
    return kept


class _Figure(NamedTuple):
    """A figure a sentence gives ("2,012 people", "$4 billion"): as written, its quantity
    and what it counts (a currency, a noun; None or "#" for a bare number)."""
    value: str
    quantity: float | None
    unit: str | None


@dataclass(eq=False)  # one group is itself only
class _Joined:
    """Points made one claim (_keep_points): the label sentence and unit of every point
    joined (the first one's claim is the point's), the sentences cited, the first label's
    numbers and measures and the type of act it reports first, and of every label joined
    the acts, the figures (_counts) and the runs of words it is worded in (_wording); the
    first label's lead count (_lead_count)."""
    labels: list[tuple[int, int]]
    cited: list[int]
    numbers: frozenset[str]
    figures: frozenset[str]
    kind: str | None
    acts: list[Act]
    counts: list[tuple[_Figure, ...]]
    wording: set[tuple[str, ...]]
    lead: tuple[float, str] | None = None

    @property
    def label(self) -> int:
        return self.labels[0][0]

    @property
    def claimed(self) -> list[Act]:
        """The acts of every label joined of the type the first label reports first: a
        point is its first label's claim, whatever else the labels joined to it report.
        (A label joins by the act it reports first: "Abe died after being shot" is a
        death, which "Abe was shot in the back" does not report.)"""
        return [a for a in self.acts if a.kind == self.kind]

    def absorb(self, other: _Joined, units: Sequence[Unit]) -> None:
        """Another point's labels and, from the articles this one does not cite yet, its sentences."""
        have = {units[k][0].article for k in self.cited}
        self.cited.extend(k for k in other.cited if units[k][0].article not in have)
        self.labels.extend(other.labels)
        self.acts.extend(other.acts)
        self.counts.extend(other.counts)
        self.wording |= other.wording


# How many opening sentences of an article are its lead: where a story's news is told.
LEAD_SENTENCES = 4
# How much word weight (see share) a lead sentence must share with a point's label to be
# cited for the same happening.
ADOPT_SHARE = 0.25


def _adopt_leads(joined: Sequence[_Joined], units: Sequence[Unit], firsts: Sequence[int],
                 share: Callable[[int, int], float], acts_of: Callable[[Sentence], tuple[Act, ...]]) -> None:
    """Each point whose label reports a happening (acts) also cites, from every article it
    does not cite yet, the lead sentence that reports the same happening about the same
    participants, with numbers that agree, sharing ADOPT_SHARE of its words with a label
    joined in the point, and the most of them ("Liz Truss has resigned as Prime Minister
    after less than 50 days in charge" for "Liz Truss resigned today after 45 days in
    power"). Outlets tell their news in their opening sentences, each in its own words,
    which word overlap alone misses. Only leads holding a name or two words around the
    point's acts are read.
    ``firsts`` are the whole sentences' units, in article order then sentence order."""
    groups = [g for g in joined if g.kind]
    if not groups:
        return
    leads: dict[str, list[int]] = defaultdict(list)
    index: dict[str, list[int]] = defaultdict(list)  # content word -> lead sentences holding it
    for k in firsts:
        sentence, _text, words = units[k]
        got = leads[sentence.article]
        if len(got) < LEAD_SENTENCES and _complete(sentence.text):
            got.append(k)
            for w in words:
                index[w].append(k)
    happened: dict[int, tuple[Act, ...]] = {}
    for group in groups:
        have = {units[k][0].article for k in group.cited}
        best: dict[str, tuple[float, int]] = {}
        claimed = group.claimed
        around = frozenset(chain.from_iterable(a.words for a in claimed))
        named = frozenset(chain.from_iterable(content_words(n) for a in claimed for n in a.names))
        hits = Counter(chain.from_iterable(index.get(w, ()) for w in around))
        for w in named & around:
            hits.update(dict.fromkeys(index.get(w, ()), 2))  # a name is enough (same_act)
        for k, n in hits.items():
            art = units[k][0].article
            if n < 2 or art in have:
                continue
            score = max(share(k, label) for label, _unit in group.labels)
            if score < ADOPT_SHARE or (art in best and best[art][0] >= score):
                continue
            if k not in happened:
                happened[k] = acts_of(units[k][0])
            if (same_act(happened[k][:1], claimed)
                    and _figures_agree([_counts(units[k][0].text)], group.counts)):
                best[art] = (score, k)
        group.cited.extend(k for _score, k in best.values())


# The smallest number two labels' numbers in common count from when two of them make the
# labels one claim (a small number, "two", "three", tells little: "three counts", "two days").
TELLING_NUMBER = 10


def _telling(numbers: Iterable[str]) -> set[str]:
    """The numbers (as claim_of gives them) of TELLING_NUMBER or more."""
    return {n for n in numbers if float(n) >= TELLING_NUMBER}


# How many words in a row two labels must share to give one statement's words.
WORDING_RUN = 6
WORD_RE = re.compile(r"[\w'’]+")


def _wording(text: str) -> frozenset[tuple[str, ...]]:
    """The runs of WORDING_RUN words of a sentence (folded) that hold at least two content
    words written in lower case: a statement's own words, not a long name ("the Medicines
    and Devices Safety Agency") or a stock phrase of function words."""
    words = WORD_RE.findall(text)
    marks = [w.islower() and bool(content_words(w)) for w in words]  # a lower-case content word
    runs = set()
    for i in range(len(words) - WORDING_RUN + 1):
        if sum(marks[i:i + WORDING_RUN]) >= 2:
            runs.add(tuple(fold(w) for w in words[i:i + WORDING_RUN]))
    return frozenset(runs)


def _voice(sentence: Sentence, said_by: Mapping[tuple[str, int], str]) -> int:
    """How well a sentence shows a point, best first: 0, in a source's own voice with its
    subject named; 1, a quotation with its speaker ("'…,' the court said"); 2, a bare
    quotation or a sentence opening on a pronoun."""
    text = sentence.text.strip()
    quoted = text[:1] in "\"“‘'"
    if (sentence.article, sentence.index) in said_by or opens_on_pronoun(text) or (
            quoted and text[-1:] in "\"”’'") or _quote_piece(text):
        return 2
    return 1 if quoted else 0


@functools.lru_cache(maxsize=1 << 12)  # a label is set against each sentence it may cite
def _figures_in_order(text: str) -> tuple[tuple[_Figure, bool], ...]:
    """The figures a sentence gives, counts and measures, in the order it gives them: each
    with what it counts (a count's unit, or a measure's) and whether it is a measure."""
    got = [(start, _Figure(value, quantity, unit), False)
           for start, _e, value, quantity, unit, _about in figures_in(text) if quantity]
    got += [(m.start(), _Figure(m.group(0), float(m.group(1).replace(",", "")), _unit(m.group(2))), True)
            for m in MEASURE_RE.finditer(text)]
    return tuple((f, measure) for _start, f, measure in sorted(got, key=lambda g: g[0]))


def _lead_figure(text: str) -> tuple[_Figure, bool] | None:
    """The figure a sentence leads with: its first, an age aside ("Cosby, 80,": an age
    describes)."""
    got = _figures_in_order(text)
    return next((g for g in got if g[0].unit != "age"), got[0] if got else None)


def _lead_count(text: str) -> tuple[float, str] | None:
    """The count a sentence leads with, of a thing it names ("about 130 other companies"),
    as (quantity, unit); None when it leads with none (a bare number, an age, a measure)."""
    lead = _lead_figure(text)
    if lead is None or lead[1] or lead[0].unit in (None, "#", "age"):
        return None
    return lead[0].quantity, lead[0].unit


def _figure_shared(cited: str, label: str) -> bool:
    """Whether a sentence gives the figure a label's claim is about, when both give
    figures (counts or measures): the same quantity, or a count of one thing rounded as
    the other is written. The figure is the one the label leads with (_lead_figure); a
    sentence whose figures are all others makes another claim ("over 300 vessels wait at
    the canal" is not "about 12% of global trade passes through the canal"; "another
    2,059 people were injured" is not "2,012 people had been killed and 2,059 injured").
    Neither does a sentence giving only other times of day than the label's, nor one giving
    only other values of a measure the label writes in words ("five years", "70 years")."""
    told, when = _clock_times(cited), _clock_times(label)
    if told and when and not told & when:
        return False  # "confirmed at about 1605 GMT" is not "landed at 6:03 GMT"
    mine, lead = _figures_in_order(cited), _lead_figure(label)
    if lead is None and mine:
        # a label giving its measure in words ("a maximum prison sentence of five years")
        # against a sentence giving that unit's other values ("a maximum penalty of 70 years")
        said = _worded_measures(label)
        units = {unit for _q, unit in said}
        given = {(f.quantity, f.unit) for f, measure in mine if measure and f.unit in units}
        return not given or bool(given & said)
    if not mine or lead is None:
        return True
    g, measure = lead
    return any(f.quantity == g.quantity or (not (measure or m) and _counts_one_thing(f, g) and agree_when_rounded(f, g))
               for f, m in mine)


# A time of day: "6:03 GMT", "11.11pm", "16:05", "1605 GMT" (not a decimal: "$4.12 billion").
CLOCK_RE = re.compile(r"\b(\d{1,2})[:.](\d{2})\s*(?:[ap]\.?m\b|GMT|UTC|BST|CET|EST|EDT|PST|PDT|ET|local)"
                      r"|\b(\d{1,2}):(\d{2})\b(?![.,:]?\d)|\b(\d{2})(\d{2})\s*(?:GMT|UTC|hours|hrs)\b", re.I)


@functools.lru_cache(maxsize=1 << 12)  # a label is set against each sentence it may cite
def _clock_times(text: str) -> frozenset[int]:
    """The times of day a sentence gives, as minutes past noon or midnight (a clock's face:
    "4:05 p.m." is "1605 GMT")."""
    out = set()
    for m in CLOCK_RE.finditer(text):
        hours, minutes = next((m.group(k), m.group(k + 1)) for k in (1, 3, 5) if m.group(k))
        if int(hours) < 24 and int(minutes) < 60:
            out.add(int(hours) % 12 * 60 + int(minutes))
    return frozenset(out)


# A measure written in words: "five years", "a seven-hour descent".
WORDED_MEASURE_RE = re.compile(r"\b(" + "|".join(w for w, v in COUNT_WORDS.items() if v and " " not in w)
                               + r")[\s-]+(" + MEASURE_UNITS_ALT + r")(?!\w)", re.I)


@functools.lru_cache(maxsize=1 << 12)  # asked of a label once per sentence it may cite
def _worded_measures(text: str) -> frozenset[tuple[float, str]]:
    """The measures a sentence writes in words, as (quantity, unit)."""
    return frozenset((float(COUNT_WORDS[m.group(1).lower()] or 0), _unit(m.group(2)))
                     for m in WORDED_MEASURE_RE.finditer(text))


# How many words in a row two quotations must share to give one statement.
QUOTED_RUN = 3


def _quoted_runs(text: str) -> set[tuple[str, ...]]:
    """The runs of QUOTED_RUN words (folded) inside a text's quoted passages."""
    runs = set()
    for a, b in quoted_parts(text):
        words = [fold(w) for w in WORD_RE.findall(text[a:b])]
        runs.update(tuple(words[i:i + QUOTED_RUN]) for i in range(len(words) - QUOTED_RUN + 1))
    return runs


def _same_words_quoted(a: str, b: str) -> bool:
    """Whether two sentences quoting someone (QUOTED_MIN words or more each) quote one
    statement: three words in a row in common. One speaker's two statements share the
    speaker, and often a topic word or two, not a run of the words ('"We worked hard,
    had fun and made history," Smalls said', '"And the people wanted a union," said
    Smalls')."""
    if not quoted_words(a) or not quoted_words(b):
        return True
    return bool(_quoted_runs(a) & _quoted_runs(b))


def _claim_words(text: str) -> frozenset[str]:
    """The content words of a sentence without its attribution, however few remain:
    '"This was so unforeseen," X, vice president of Y, told AP' claims "unforeseen" only."""
    return frozenset(content_words(_without_attribution(text) if SPEECH_VERB_RE.search(text) else text))


def _claims_share(a: str, b: str) -> bool:
    """Whether two sentences share two content words outside who gave them: one person's
    name and role in both is no claim in common."""
    return len(_claim_words(a) & _claim_words(b)) >= 2


def _counts(text: str) -> tuple[_Figure, ...]:
    """The figures a sentence gives (``figures.figures_in``: not dates, times, durations or
    measures, which ``measures`` compares), each with its quantity."""
    return tuple(_Figure(value, quantity, unit) for _s, _e, value, quantity, unit, _about in figures_in(text)
                 if quantity)


def _figures_agree(a: Sequence[tuple[_Figure, ...]], b: Sequence[tuple[_Figure, ...]]) -> bool:
    """No two sentences, one of each list, give figures of one thing ("three counts",
    "two other charges" count different things) and none that agree: the same quantity,
    or one rounded as the other is written ("$4 billion", "$4.12 billion"; not 17 and 13)."""
    for x in a:
        for y in b:
            pairs = [(f, g) for f in x for g in y if _counts_one_thing(f, g)]
            if pairs and not any(f.quantity == g.quantity or agree_when_rounded(f, g) for f, g in pairs):
                return False
    return True


def _counts_one_thing(f: _Figure, g: _Figure) -> bool:
    """Whether two figures may count one thing: the same unit, or a bare number."""
    return f.unit == g.unit or f.unit in (None, "#") or g.unit in (None, "#")


def _counts_agree(a: _Joined, b: _Joined) -> bool:
    """Whether the figures of every label of two points agree (_figures_agree)."""
    return _figures_agree(a.counts, b.counts)


# How much word weight (see share) two points' label sentences must share to be one
# claim restated.
SAME_CLAIM = 0.45
# How much of a member sentence's word weight (or the label's, the lighter one) the
# label's sentence must share for the member to make the point's claim.
CLAIM_SHARE = 0.3


# A label longer than this many words is the claim's clause instead of its whole sentence.
LABEL_MAX_WORDS = 45
# A point's label is one of its sentences of at most this many words when it has one (else
# one of at most LABEL_MAX_WORDS): a long sentence tells several facts, and the point is
# the one its sentences share
# (judged blind on real coverage, cited sentences making the label's claim: 0.852 with
# labels of up to 45 words first, 0.874 with up to 30; 0.858 with 25, 0.870 with 35).
LABEL_CHOICE_WORDS = 30
# ... when it is about as central as the most central one (its summed share at least this
# much of theirs): a short sentence tied to the others by a speaker's name and role does
# not show their claim ("the toll is likely to be far higher, said Tamer Ramadan" for
# three outlets' "10,000 missing, Ramadan said"). 0.872 -> 0.876 on the judged corpora.
CENTRAL_GATE = 0.7


def _complete_or_inside(sentence: Sentence, last_of: Mapping[str, int]) -> bool:
    """A sentence that ends as one, or one before its article's last (a page cut off by
    the scrape ends in a fragment: "That created a massive traffic jam th")."""
    return _complete(sentence.text) or sentence.index < last_of.get(sentence.article, 0)


def _complete(text: str) -> bool:
    """A sentence that ends as a sentence does (the page was not cut inside it)."""
    return text.rstrip().endswith((".", "!", "?", "”", '"', "’", "'", ")"))


# A verb denied ("has not confirmed", "was found not guilty", "never reached").
NEGATED_RE = re.compile(r"\b(?:not|never|n['’]t)\s+(?:(?:be|been|being|have|yet|ever|even|already)\s+)?([a-z]{3,})")


def _negated(text: str) -> set[str]:
    """The words a sentence denies; not a reason denied ("not leaving because it was hard",
    "leaving not because it was hard" tell one thing)."""
    low = text.lower()
    return {content for m in NEGATED_RE.finditer(low) if not NOT_BECAUSE_RE.match(low, m.end(1))
            and m.group(1) != "because" for content in content_words(m.group(1))}


# A reason denied after a verb: "not leaving because ...", "not standing down because ...".
NOT_BECAUSE_RE = re.compile(r"(?:\s+\w+){0,2}\s+because\b")


def opposite_claims(a: str, b: str) -> bool:
    """One sentence denies what the other affirms: the one word one of them says "not" or
    "never" to (their only denial) stands in the other ("Samsung has not confirmed the
    report", "Samsung has confirmed that it stopped production"; "found not guilty",
    "found guilty")."""
    if len(NEGATED_RE.findall(a.lower())) + len(NEGATED_RE.findall(b.lower())) != 1:
        return False  # denials in both, or several: too tangled to read this way
    na, nb = _negated(a), _negated(b)
    return bool((na - nb) & set(content_words(b))) or bool((nb - na) & set(content_words(a)))


def _quote_piece(text: str) -> bool:
    """A sentence cut out of a longer quotation: its marks do not pair ('“You’re gambling
    with World War III.', 'He can come back when he is ready,” Trump said.')."""
    return text.count("“") != text.count("”") or text.count('"') % 2 == 1


def _whole_label(unit: Unit) -> str:
    """A point's label: the whole sentence of its central unit, or the unit's clause when
    the sentence is very long; never cut inside a clause."""
    sentence, text, _words = unit
    whole = sentence.text.strip()
    label = whole if len(whole.split()) <= LABEL_MAX_WORDS else text.strip()
    return label[:1].upper() + label[1:]
