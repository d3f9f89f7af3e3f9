"""Figures across articles: the things outlets count differently (conflicts).

A pure function of the figures the per-article stage found and of what it read of
each (``read_figure``). Figures are paired through a capped index on (unit, word)
and, for rates and terse counts, on the unit alone: never all pairs.
"""
from __future__ import annotations

import datetime
import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Mapping, Sequence
from typing import NamedTuple, Protocol

from .figures import COMPOUND_COUNT_RE, COUNT_WORDS, MEASURE_UNITS, SCALES
from .figures import NUMBER_WORDS as NUMBER_VALUES
from .date_patterns import WEEKDAYS
from .extract import SPEECH_VERB, TITLE_WORDS, UPPER
from .models import Conflict, FigureMention
from .text import CALENDAR, LOWER_WORD_RE, WEAK_WORDS, CappedIndex, Groups, content_words, stem

# Index keys shared by more figures than this are too common to say two figures match;
# the cap keeps the comparison near-linear (each figure meets a bounded number of others).
POSTING_CAP = 50
# Words that say a figure is a snapshot at some time ("last year", "in 2019", "by March").
TIME_CUE_RE = re.compile(
    r"\b(?:(?:last|this|next|previous|past)\s+(?:year|month|week|quarter|decade)|"
    r"(?:in|since|by|for|during|of|until)\s+(?:(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s+)?(?:19|20)\d\d|(?:19|20)\d\d|"
    r"(?:q[1-4]|first|second|third|fourth)\s+quarter|a\s+year\s+(?:ago|earlier)|yesterday|today)\b",
    re.I,
)
# A second number right after a figure: it is one end of a range ("50 to 70 mph", "50-70").
RANGE_AFTER_RE = re.compile(r"\s*(?:to|-|–)\s*[$€£]?\d")
# The other end of a range right before a figure: "Some 30 to 35 cars".
RANGE_BEFORE_RE = re.compile(r"\d[\d,.]*\s*(?:to|-|–)\s*[$€£]?$"
                             r"|\b[Bb]etween\s+[$€£]?\d[\d,.]*\s+and\s+[$€£]?$")
# A range's low end between "between" and "and": "Between 1,500 and 2,000 people".
BETWEEN_AFTER_RE = re.compile(r"\s+and\s+[$€£]?\d")
BETWEEN_BEFORE_RE = re.compile(r"\b[Bb]etween\s+$")
# Words that make a figure an earlier value, right before it: "from €4.3bn", "the
# original €4.34 billion fine", "instead of 4.3 billion", "down from 5%".
EARLIER_RE = re.compile(r"(?:\b(?:(?:down|up|cut|reduced|trimmed|lowered|raised|increased|decreased|fell|rose|dropped|"
                        r"climbed|changed|revised)\s+from|instead\s+of|original|initial|initially|previous|previously|"
                        r"earlier|prior|old|compared\s+(?:with|to)|versus|than)"
                        r"|\bto\s+\S*\d\S*(?:\s+\S+){0,3}\s+from)\s+(?:(?:the|a|an|its|their|his|her|[A-Z][\w’']*['’]s)\s+)?"
                        r"(?:[A-Za-z]+\s+){0,3}$")
# The penalty a charge carries, before its figure: "class B felonies, carrying a minimum of
# five years in prison and a maximum of 25", "punishable by up to 10 years in jail".
CHARGE_PENALTY_RE = re.compile(r"\b(?:carr(?:y|ies|ied|ying)|punishable\s+by)\b[^.;]*?\b(?:prison|jail|years?|"
                               r"sentences?|penalty|penalties|imprisonment)\b", re.I)
# A value closing a text: "4.125 billion euros", "€4.3bn", "$4 billion".
TRAILING_VALUE_RE = re.compile(r"(?:[€$£¥]|[A-Z]{2,3}\$?\s?)?\d[\d.,]*\s*(?:bn|billion|million|mn|m|trillion|tn|k|"
                               r"per\s+cent|percent|%)?(?:\s+(?:euros?|dollars?|pounds?|yuan|yen|rupees?))?$")
# "from X to Y": a value after "from" when its clause goes on to another value.
FROM_TO_RE = re.compile(r"\bfrom\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z]+\s+){0,2}$")
TO_AFTER_RE = re.compile(r"^\S*(?:\s+[^\s,;]+){0,4}?\s+to\s+\S*\d")
# Words anywhere before a figure in its clause that make it an earlier value.
# A sentence opening on what held until the news: "Up to now, the biggest US deal was ...".
UNTIL_NOW_RE = re.compile(r"\s*(?:up\s+to|until|till)\s+(?:now|then)\b", re.I)
EARLIER_WORDS_RE = re.compile(r"\b(?:original|originally|initial|initially|previous|previously|prior)\b", re.I)
# A clause that hangs on the one before it ("..., when an earthquake killed ...").
RELATIVE_CLAUSE_RE = re.compile(r"\s*(?:(?:in|at|during|on|of)\s+which|when|which|where|whereas|[a-z]+ing)\b")
# A part of a whole the value names: "two of the three terminals", "114 of its affiliates".
PART_OF_RE = re.compile(r"\S+\s+of\s+(?:the|its|their|his|her|those|these)\s+\S", re.I)
# One party's share of an award, another's told after it: "$3.15 billion in punitive damages
# against Johnson & Johnson and $990,000 against Johnson & Johnson Consumer Inc.".
SHARES_AGAINST_RE = re.compile(r"[^,;:.]{0,40}?\bagainst\b[^,;:.]{1,60}?\band\s+[$€£]?\d[\d.,]*\s*"
                               r"(?:billion|million|bn|m)?\s+(?:\w+\s+){0,3}?against\b")
# Words that make the value after them the rest of a whole: "the other four", "the remaining 12".
REMAINDER_BEFORE_RE = re.compile(r"\b(?:the\s+other|the\s+remaining|another|(?:the|my|his|her|their|its|our)\s+"
                                 r"(?:first|last|final))\s+$", re.I)
# A compound adjective before a comma that does not end a clause ("a nine-year, $324 million deal").
COMPOUND_END_RE = re.compile(r"\b(?:\d+|[a-z]+)-[a-z]+\s*$")
# A value named to be outdone or compared with ("topped the $450 million deal", "more than
# the"): another thing's value.
COMPARED_RE = re.compile(r"\b(?:topped|tops|surpass(?:ed|es|ing)|eclips(?:ed|es|ing)|outstripp(?:ed|ing)|"
                         r"dwarf(?:ed|s|ing)|exceed(?:ed|s|ing)|beat(?:s|ing)?|breaking|broke)\s+(?:the\s+)?"
                         r"(?:[\w\-’']+\s+){0,3}$", re.I)
# The record a thing is measured against: "The biggest pending deal is the $150 billion bid".
RECORD_HELD_RE = re.compile(r"^\s*(?:the\s+)?(?:biggest|largest|previous\s+record|record)\b[^,;:]{0,40}?\b"
                            r"(?:is|was|had\s+been|remains|remained)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-’']+\s+){0,2}$",
                            re.I)
# A mark someone was the first or the youngest to reach ("the youngest player in NBA
# history to amass 27,000 career points"): a record's threshold, not a count of theirs.
MILESTONE_RE = re.compile(r"\b(?:first|youngest|oldest|fastest|only|last)\b[^,;:.]{0,60}?\bto\s+(?:reach|amass|"
                          r"surpass|hit|cross|top|pass|score|record|win|earn|log)\s+(?:the\s+|a\s+)?$", re.I)
# "four other people": the rest, besides someone named.
OTHER_RE = re.compile(r"\bother\b", re.I)
# A count listed after someone else ("a pilot and four passengers"): part of who is counted.
LISTED_WITH_RE = re.compile(r"\b(?:(?:a|an|one|the|its|their|his|her)\s+(?:[a-z\-]+\s+){0,2}[a-z\-]+\s+and|"
                            r"(?:bodies|remains)\s+of)\s+$")
# Someone named, then "and": "Kobe Bryant and four others" counts the rest besides them.
NAMED_AND_RE = re.compile(r"[A-Z][\w’'\-]+\s+and\s+$")
# One sex in a group listed by sex ("two men and a woman"): part of who is counted.
SEXES = frozenset(stem(w) for w in "man woman boy girl".split())
LISTED_AFTER_RE = re.compile(r"\s+and\s+(?:a|an|one|two|three|four|five|six|\d+)\s+(?:[a-z\-]+\s+)?"
                             r"(?:men|women|man|woman|boys?|girls?)\b")
# A change verb and "by" right before a value: the amount of a change ("cut the trip by 26 km").
CHANGE_BY_RE = re.compile(r"\b(?:reduc\w*|cut|cuts|cutting|increas\w*|ris\w*|rose|fell|fall\w*|drop\w*|grow\w*|grew|"
                          r"shr[ai]nk\w*|lower\w*|rais\w*|shorten\w*|boost\w*|slash\w*|jump\w*|climb\w*|declin\w*)\b"
                          r"[^,;:]*\bby\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to)\s+)?$", re.I)
# A share of a whole before the whole's number ("half the 50 states", "most of the 30 members").
FRACTION_OF_RE = re.compile(r"\b(?:(?:half|a\s+third|a\s+quarter|two-thirds|three-quarters|most|majority|many|some)\s+"
                            r"(?:of\s+)?the|\d[\d,.]*\s+of\s+the)\s+$", re.I)
# A total of several things: "in total", "racked up", "combined", "so far this year".
TOTAL_RE = re.compile(r"\b(?:in\s+total|a\s+total\s+of|totall?ing|combined(?!\s+(?:company|group|entity|firm|business))|"
                      r"altogether|in\s+all|racked\s+up|cumulative|overall|all\s+told)\b", re.I)
# "All four detected leaks": every one of them, a total.
# Parts named after what holds them, listed: "The purchase includes $12 billion in shares and
# $4 billion cash" (one term alone, "the deal includes a 38% raise", is the term itself).
INCLUDES_BEFORE_RE = re.compile(r"\b(?:includes?|including|comprising|comprises?)\s+(?:an?\s+|the\s+)?$", re.I)
AND_VALUE_AFTER_RE = re.compile(r"[^,;:.]{0,40}?\band\s+(?:an?\s+|another\s+)?[$€£]?\d")
# Parts of a figure listed in brackets after it: " (216 passengers and 12 crew members)".
BREAKDOWN_AFTER_RE = re.compile(r"\s*\([^()]*?\d[^()]*?\s(?:and|plus)\s[^()]*?\d[^()]*\)")
ALL_BEFORE_RE = re.compile(r"\b(?:all|all\s+of\s+the|the\s+total)\s+$", re.I)
# A count of its day, that changes: "now waiting", "so far", "currently", "as of".
SNAPSHOT_RE = re.compile(r"\b(?:now|so\s+far|to\s+date|as\s+of|still|remain|remains|remained)\b", re.I)
# Words anywhere in a figure's sentence that tell its count is growing ("the death toll
# will keep rising", "the updated count"): a count of its day too.
GROWING_RE = re.compile(r"\b(?:rose|risen|rising|rises|raised|climbed|climbing|grew|grown|growing|updated|revised|latest|"
                        r"increas(?:ed|es|ing)|jumped|surged|soared|mounted|toll\s+(?:has\s+|had\s+)?reached|"
                        r"push(?:ed|ing)\s+(?:[\w’'\-]+\s+){0,4}?to|continu(?:es|ed|ing)\s+to\s+(?:rise|climb|grow)|"
                        r"expected\s+to\s+(?:rise|climb|grow|increase)|"
                        r"decreasing|intensif(?:ied|ying)|weaken(?:ed|ing)|strengthen(?:ed|ing))\b", re.I)
# A toll or a count of the dead, which counts people without saying "people": "the death
# toll increased to 3,085", "the number of people who died".
DEATHS_RE = re.compile(r"\b(?:toll|died|dead|deaths|killed|killing|fatalities|casualties|bodies|"
                       r"lost\s+their\s+lives)\b", re.I)
# Terms on offer: values of an offer, a proposal or a deal. In an article that tells of
# versions of one ("the latest contract", "rejected a previous proposal", "the new offer"),
# each value of an offer is that version's (the "25% wage increase" of one offer, the "38%"
# of the next): compared on its day only, like a count that changes.
OFFERS = r"(?:offers?|proposals?|contracts?|deals?|bids?|agreements?|packages?|pacts?|settlements?)\b"
OFFER_RE = re.compile(r"\b" + OFFERS, re.I)
VERSIONS_RE = re.compile(r"\b(?:latest|new|newest|previous|earlier|prior|revised|improved|sweetened|sweeter|better|"
                         r"rejected|final)\s+(?:[\w-]+\s+){0,2}?" + OFFERS, re.I)
# A value hoped for, expected or planned, not one reported as it is: "hopes that about 85
# percent of the search can be complete".
FORECAST_RE = re.compile(r"\b(?:hopes?|hoped|forecasts?|forecasted|projected|projections?|aims?\s+to|targets?|"
                         r"expect(?:s|ed|ing)?)\b", re.I)
# A forecast named before a figure anywhere in its sentence: "The forecast estimated ...".
FORECAST_NOUN_RE = re.compile(r"\b(?:forecasts?|projections?|predictions?)\b", re.I)
# An average, not a value itself: "average maximum temperature", "the median price".
AVERAGE_RE = re.compile(r"\b(?:average|mean|median)\b", re.I)
# A count a thing needs, right after it: "the 326 seats needed for a majority".
THRESHOLD_AFTER_RE = re.compile(r"\s*(?:needed|required|necessary)\b", re.I)
# Qualifiers that make a figure approximate or a bound.
APPROX_RE = re.compile(
    r"\b(?:more than|less than|fewer than|over|under|about|around|close to|nearly|almost|roughly|"
    r"approximately|some|at least|up to|as many as|as much as|an estimated|upwards of)\b",
    re.I,
)

# Verbs and number words around figures that say nothing about what is counted (stemmed).
FIGURE_VERBS = frozenset(
    stem(w)
    for w in """expect take reach grow rise fall increase decrease drop add cut lose gain earn pay
    spend cost raise boost total estimate predict forecast post record worth amount stand climb
    jump slip plunge soar double halve top exceed half quarter third dozen hundred thousand
    rose fell grew stood hit risen fallen grown reached totalled totaled
    million billion trillion bn mn tn per cent percent""".split()
)

# Counted nouns (stemmed) that news copy uses for the same things: homes and properties,
# residents and people, positions and jobs, boxes and packs, millimetres and mm.
UNIT_SYNONYMS = {
    stem(k): stem(v)
    for k, v in {
        "property": "home", "house": "home", "household": "home", "dwelling": "home",
        "resident": "person", "inhabitant": "person", "position": "job", "role": "job",
        "docker": "worker", "dockworker": "worker", "labourer": "worker", "laborer": "worker",
        "box": "pack", "packet": "pack", "carton": "pack", "deal": "contract", "agreement": "contract",
        "millimetre": "mm", "millimeter": "mm", "centimetre": "cm", "centimeter": "cm",
        "kilometre": "km", "kilometer": "km", "kilogram": "kg", "kilo": "kg", "ton": "tonne",
        "hectare": "ha",
    }.items()
}
# A rate written after a figure ("€40m a day", "EUR 55 million per day", "$38.50 a share"):
# part of the unit, so that a daily cost is compared with daily costs only.
RATE_RE = re.compile(
    r"^\s*(?:a|an|per|each|every|/)\s*(day|week|month|year|annum|share|hour|head|person|tonne|barrel)\b", re.I
)

# The same rate written before the figure in its clause ("each day of disruption costs $4.2bn").
RATE_BEFORE_RE = re.compile(
    r"\b(?:(?:each|every|per)\s+(day|week|month|year|share|hour|head|person|tonne|barrel)\b"
    r"|(dai|week|month|year)ly\b)", re.I
)
# Rate adverbs and adjectives as periods ("daily" is "day").
RATE_ADVERBS = {"dai": "day", "week": "week", "month": "month", "year": "year"}


# Marks that end a clause before a figure.
CLAUSE_MARK_RE = re.compile(r"[,;:()—–]")
# A word near a figure: a letter or digit, then word characters, apostrophes, hyphens.
FIGURE_WORD_RE = re.compile(r"[A-Za-z0-9][\w'’\-]*")
# A lowercase word of a sentence (a word seen in lower case is no name).


def _unit_of(written_unit: str | None, text: str, value: str) -> str | None:
    """The unit two figures must share to count the same thing, for a figure with this
    written unit, sentence text and value: a currency code, "%", "pp", "#", or the
    counted noun's stem with synonyms folded; a rate ("a day", "per share" after the
    figure, "each day" before it in its clause) is appended ("EUR/day")."""
    if not written_unit:
        return None
    if written_unit == "%" or written_unit.isupper() or written_unit == "#":
        unit = written_unit
    else:
        unit = stem(written_unit)
        unit = UNIT_SYNONYMS.get(unit, unit)
    at = text.find(value)
    rate = RATE_RE.match(text[at + len(value) :]) if at >= 0 else None
    if not rate and at >= 0:
        rate = RATE_BEFORE_RE.search(CLAUSE_MARK_RE.split(text[:at])[-1])
    if rate:
        period = (rate.group(1) or RATE_ADVERBS[rate.group(2).lower()]).lower()
        unit += "/" + ("year" if period == "annum" else period)
    return unit


def _clause_before(text: str, value: str) -> tuple[bool, tuple[str, ...]]:
    """(the clause opens the sentence?, its words) for the clause of ``text`` before ``value``."""
    at = text.find(value)
    before = text[:at] if at >= 0 else ""
    clause = CLAUSE_MARK_RE.split(before)[-1]
    opening = not before[: len(before) - len(clause)].strip(" \"'“‘")
    return opening, tuple(FIGURE_WORD_RE.findall(clause))

# A pure function of a figure's clause words and of whether its first word is a common
# one; syndicated copies give the same figures again: the cache only saves time.
@functools.lru_cache(maxsize=1 << 16)
def _counted_words(tokens: tuple[str, ...], lower_first: bool, about_text: str,
                   unit: str) -> tuple[frozenset[str], frozenset[str]]:
    """What a figure counts, as content words: ``about`` plus the few words before the
    number in its clause (and, second, those few words alone: "a premium of 32%"),
    without names, numbers, time words, everyday verbs and the unit itself. The
    clause's first word is lowered when ``lower_first`` (it opens the sentence and is a
    word seen in lower case in the corpus: a common word, not a name)."""
    if lower_first:
        tokens = (tokens[0].lower(), *tokens[1:])
    window = [w for w in tokens if not w[0].isupper()][-4:]
    about = [w for w in FIGURE_WORD_RE.findall(TIME_CUE_RE.sub(" ", about_text)) if not w[0].isupper()]
    unit_parts = set(unit.split("/"))

    def keep(text: str) -> frozenset[str]:
        return frozenset(w for w in content_words(text) if not w.isdigit()
                         and w not in FIGURE_DROP and w not in unit_parts
                         and (u := UNIT_SYNONYMS.get(w)) not in FIGURE_DROP and u not in unit_parts)

    return keep(" ".join(window + about)), keep(" ".join(window))


# Words near figures that say who reports them or where, not what is counted (stemmed).
FIGURE_WEAK = frozenset(stem(w) for w in "company firm group across around".split())
# Every word that says nothing about what a figure counts (the unit aside).
FIGURE_DROP = WEAK_WORDS | FIGURE_VERBS | FIGURE_WEAK
# A participle after a counted noun says which of them are counted ("killed", "arrested").
ROLE_RE = re.compile(r"\b([a-z]+ed|hurt|held|taken|left|shot|slain|born|seen|given|won|lost|dead|missing|homeless|"
                     r"in\s+hospital|in\s+custody|in\s+critical\s+condition)\b")
# Roles of a toll that grows while a story breaks.
TOLL_ROLES = frozenset({"kill", "injur"})
# Roles that are one: "dead" people were "killed"; people "in hospital" were "hospitalised".
ROLE_SAME = {"dead": "kill", "slain": "kill", "die": "kill", "wound": "injur", "hurt": "injur",
             stem("in hospital"): stem("hospitalised"), stem("hospitalized"): stem("hospitalised"),
             stem("in custody"): stem("arrested")}


@functools.lru_cache(maxsize=1 << 14)  # a pure function of a figure, asked for once per pair it is in
def _roles(f: FigureMention) -> frozenset[str]:
    """The participles in a figure's ``about`` and right after it (stemmed): which of the
    counted things ("people killed", "2,000 people are dead")."""
    text = f.sentence.text
    at = text.find(f.value)
    rest = text[at + len(f.value):] if at >= 0 else ""
    aside = APPOSITIVE_RE.match(rest)
    rest = rest[aside.end():] if aside else rest  # "four men, including one in a high-vis jacket, carried out"
    after = re.split(r"[,;:()]|\b(?:and|but|while|as)\b", rest)[0]
    after = OF_PHRASE_RE.sub("", after)  # "a fifth of the city's population has been killed"
    after = " ".join([w for w in after.split() if w.lower() not in AUXILIARY_WORDS][:3])
    found = {stem(" ".join(m.group(1).split())) for m in ROLE_RE.finditer((f.about + " " + after).lower())}
    if not found:  # "two men in their 30s and originally from the suburb were arrested": the clause's verb
        passive = PASSIVE_RE.search(re.split(r"[,;:()]", rest)[0].lower())
        found = {stem(passive.group(1))} if passive else found
    if at >= 0 and (NONE_BEFORE_RE.search(text[:at]) or NONE_AFTER_RE.match(rest)):
        found.add("none")  # "no cases in 81 countries", "81 countries with no infections": those without
    before = CLAUSE_MARK_RE.split(text[:at])[-1].lower() if at >= 0 and not found else ""
    for role, pattern in ROLE_BEFORE_PHRASES:
        if before and pattern.search(before):
            found.add(role)  # "claimed the lives of 2,012 people", "injuring 2,059"; not "left 100 people wounded"
    if before and not found and stem(f.unit or "") in PEOPLE | PEOPLE_OF_A_KIND and (verb := _verb_before(f)):
        found.add(verb)  # "Rescuers moved 35 people": those moved, not "51 people unaccounted for"
    return frozenset({ROLE_SAME.get(r, r) for r in found} - NOT_ROLE_STEMS)


# Things counted for having none of something: "no coronavirus cases in 81 countries",
# "81 countries with no infections detected".
NONE_BEFORE_RE = re.compile(r"\b(?i:no|zero)\s+(?:[\w\-]+\s+){0,3}(?:in|across|among)\s+$")
NONE_AFTER_RE = re.compile(r"\s+(?i:with\s+no|without|have\s+no|had\s+no|reporting\s+no|reported\s+no)\b")
# A passive verb in a count's clause: "were arrested", "had been rescued".
PASSIVE_RE = re.compile(r"\b(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?([a-z]+ed)\b")
# An aside between a count and its verb: ", including one man in a high-vis jacket,".
APPOSITIVE_RE = re.compile(r"\s*,\s*(?:including|among\s+them|who|which|both|all|most|many|some)\b[^,;:]*,")
# What a share or a count is of, between it and its verb: " of the city's population".
OF_PHRASE_RE = re.compile(r"^\s*of\s+(?:(?:the|its|their|his|her|this|that|all)\s+)?(?:[\w\-]+['’]s\s+)?[\w\-]+")
# Words between a count and the participle saying which are counted: "are feared dead",
# "have been made homeless".
AUXILIARY_WORDS = frozenset("""are were is was have has had been be being reportedly now still also all feared
    believed thought presumed confirmed made""".split())
# Phrases before a count that say which of the people are counted.
ROLE_BEFORE_PHRASES = (
    ("kill", re.compile(r"\b(?:kill(?:ed|ing|s)?|claim(?:ed|ing)? the lives of|death toll(?: of| rose to| reached| at)?|"
                        r"deaths? of|left)\s+(?:(?:at least|more than|some|about|around|nearly|over)\s+)?$")),
    ("injur", re.compile(r"\b(?:injur(?:ed|ing|es)|wound(?:ed|ing|s)|hurt(?:ing)?)\s+(?:(?:at least|more than|some|about|"
                         r"around|nearly|over)\s+)?$")),
)


def _verb_before(f: FigureMention) -> str | None:
    """The past-tense verb right before a figure ("destroyed 40 homes"), stemmed."""
    text = f.sentence.text
    at = text.find(f.value)
    verb = ROLE_BEFORE_RE.search(text[:at]) if at > 0 else None
    if verb and verb.group(1).lower() not in NOT_ROLES:
        return stem(verb.group(1).lower())
    return None


# A past-tense verb right before a figure ("destroyed 40 homes").
ROLE_BEFORE_RE = re.compile(r"\b([a-z]+ed)\s+$")
# Past tenses before a number that say nothing about which things are counted.
NOT_ROLES = frozenset("""reached totalled totaled numbered exceeded topped passed estimated reported
    recorded counted listed included involved affected employed surpassed""".split())
NOT_ROLE_STEMS = frozenset(stem(w) for w in NOT_ROLES)


def _time_cues(f: FigureMention) -> frozenset[str]:
    return frozenset(re.sub(r"\s+", " ", m.group(0).lower()) for m in TIME_CUE_RE.finditer(f.sentence.text))


def _different_times(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two figures are dated to different times: both name years and no year in common, or
    both use relative words ("last year", "this year") and none in common."""
    years_a = {y for c in a for y in re.findall(r"(?:19|20)\d\d", c)}
    years_b = {y for c in b for y in re.findall(r"(?:19|20)\d\d", c)}
    if years_a and years_b:
        return not years_a & years_b
    if a and b and not years_a and not years_b:
        return not a & b
    return False


# Words dating a figure to before its article's day, without a year: "last week".
PAST_CUE_RE = re.compile(r"^(?:(?:last|previous|past)\s+(?:year|month|week|quarter|decade)|a\s+year\s+(?:ago|earlier))$")


def _older(a: FigureMention, a_cues: frozenset[str], b: FigureMention, b_cues: frozenset[str],
           dates: Mapping[str, str | None]) -> bool:
    """Whether figure a is dated to before its article's day ("last week") and figure b,
    undated, comes from an article of that day or later: a is the older value."""
    day_a, day_b = dates.get(a.article), dates.get(b.article)
    return (bool(a_cues) and not b_cues and all(PAST_CUE_RE.match(c) for c in a_cues)
            and bool(day_a) and bool(day_b) and day_b >= day_a)  # type: ignore[operator]


def _same_quantity(a: float, b: float) -> bool:
    return abs(a - b) <= 0.005 * max(abs(a), abs(b))


# Nouns for people of one kind (stemmed), which a count of "people" may also give.
PERSON_NOUNS = frozenset(
    stem(w) for w in """patients passengers customers students pupils voters visitors tourists
    travellers travelers commuters residents inhabitants victims survivors migrants refugees
    fans spectators children adults users subscribers members""".split()
) - {stem("person")}
# Other people counted under their own noun (not indexed with "people"): a toll of them is
# still a count of its day ("At least 22 workers lost their lives", later "killed 41 workers").
PEOPLE_OF_A_KIND = frozenset(stem(w) for w in """workers miners climbers hikers soldiers civilians pilgrims
    employees sailors fishermen hostages prisoners detainees bodies""".split())
# Units of counts of people: "person" and people of one kind.
PEOPLE = PERSON_NOUNS | {"person"}
# Two counts of the same noun with nothing else in common must be this close.
TERSE_RATIO = 2.0
# Lengths of time as counted units (stemmed): compared only when both say of what.
DURATIONS = frozenset(stem(w) for w in "year month week day hour decade".split())
# Two values of one thing told differently rarely differ by more than this factor; farther
# apart, they count different things (a town's population and the people evacuated; a
# sentence for murder and one for manslaughter).
MAX_RATIO = 2.0
# The last number written in a figure's value, with its decimals.
WRITTEN_NUMBER_RE = re.compile(r"(\d[\d,]*)(?:\.(\d+))?(?!.*\d)")


class Written(Protocol):
    """A number as written and the quantity it stands for (a FigureMention, or a figure
    read by ``figures.figures_in``)."""
    value: str
    quantity: float | None


def _written(f: Written) -> tuple[int, int, float] | None:
    """How a figure's number is written: its trailing zeros (none after a decimal point),
    its decimals, and the quantity one written unit stands for ("$4.1bn": 1 decimal, a
    unit of a billion). None without a written number."""
    m = WRITTEN_NUMBER_RE.search(f.value)
    if not m or not f.quantity:
        return None
    digits = m.group(1).replace(",", "")
    written = float(digits + ("." + m.group(2) if m.group(2) else ""))
    if not written:
        return None
    zeros = len(digits) - len(digits.rstrip("0")) if not m.group(2) else 0
    return zeros, len(m.group(2) or ""), f.quantity / written


def agree_when_rounded(f: Written, g: Written) -> bool:
    """Whether two figures agree once the more precise is rounded as the other is
    written: "27%" and "26.8%" do, "2,000 people" and "2,012 people" do (a figure in
    thousands is rounded by a hundred); "£2 million" and "£2.5 million" do not (half a
    step off the written number is a different value)."""
    out = False
    for this, other in ((f, g), (g, f)):
        written = _written(this)
        if written is None:
            continue
        zeros, decimals, scale = written
        x, y = this.quantity or 0.0, other.quantity or 0.0
        # one unit of the last written digit; a round figure ("2,000") may be rounded by a tenth of its last
        # non-zero digit's place ("2,000" holds 2,012, not 2,059; "1,300" does not hold 1,312)
        step = (10 ** (zeros - 1) if zeros >= 3 else 10 ** -decimals) * scale
        out = out or abs(x - y) < step / 2 - 1e-9 * abs(x)  # half a step either way is a real difference
    return out


# What find_conflicts reads of one figure alone: the lower-case words and the capitalised
# words of its sentence, its unit (_unit_of) and the clause before its number.
Reading = tuple[frozenset[str], tuple[str, ...], str | None, tuple[bool, tuple[str, ...]]]


def read_figure(f: FigureMention) -> Reading:
    """What find_conflicts reads of ``f`` alone: the per-article stage reads each figure
    once and caches it, so that the comparison across articles does not."""
    text = f.sentence.text
    return (_lower_words(text), _capital_words(text), _unit_of(f.unit, text, f.value),
            _clause_before(text, f.value))


def find_conflicts(figures: Sequence[FigureMention], *, readings: Sequence[Reading] | None = None,
                   posting_cap: int = POSTING_CAP, dates: Mapping[str, str | None] | None = None,
                   days: Mapping[tuple[str, str], frozenset[str]] | None = None) -> tuple[Conflict, ...]:
    """Things that articles count differently: one Conflict per thing, one value per article.

    Figures are the same thing when they come from different articles of the same
    story (articles linked by capitalised names in their figures' sentences; an article
    sharing no name with any other may belong to any), have the same unit (currency
    code, "%", "pp", "#" for a bare level, or the counted noun with plain synonyms
    folded: vessels are ships, properties are homes, millimetres are mm; two different
    rates such as "a day" and "a week" never match), lie within a factor of 4 of each
    other, and what they count overlaps: content words of ``about`` and of the few
    words before the number (names, time words and everyday verbs left out). For money,
    "%" and levels a word in common; for counted nouns a third of the words in common,
    the same verb before both ("destroyed"), or the noun alone when one figure says
    little more and the values lie within a factor of 2, never two different
    participles ("killed" vs "injured"); for the same rate, close values (within a
    factor of 1.6); for lengths of time, words in common; ages ("Prigozhin, 62") only of
    the same person (by surname); magnitudes only of the same kind of shock (an
    earthquake's, never an aftershock's). A conflict holds figures that
    all match each other (no chains through a third figure), at most one per article,
    best matches first. Equal quantities in other spellings ($10bn, $10 billion) or
    rounded differently (27%, 26.8%) are not a conflict; neither are figures dated to
    different times (different years, or different relative words: "last year" vs
    "this year"), nor figures whose sentences name different days (``days``: the days,
    ISO, each (article, sentence text) names, as the timeline resolved them: a quake "on
    Monday" and an aftershock "on Jan. 3"), nor values of things of different lengths ("a
    nine-year, $360 million deal" and "a 10-year, $700 million deal": two contracts), nor
    figures of sentences naming different things of one kind ("the Palisades Fire", "the
    Eaton Fire": names ending in a common noun the text also writes in lower case), nor a
    value and the one its own sentence gives as the thing's earlier value ("leapt to 35.2
    riyals, up from the IPO price of 32 riyals" against "priced at 32 riyals": a change),
    nor a value its sentence dates to before its article ("in its IPO last week") against
    an undated one of an article no older, nor amounts of different kinds ("punitive
    damages", "damages"), nor people an act was done to ("Rescuers moved 35 people")
    against people of another role ("51 people unaccounted for");
    vague counts ("hundreds of") are never compared. ``note`` says what
    the tool cannot tell: approximate values that may agree, a dated figure against an
    undated one, or dates in words the tool cannot compare ("last year" vs "in 2019").
    Only figures that stand for the thing itself are compared (see _standings): not an
    earlier value ("from €4.3bn", "the original fine"), a total ("racked up more than €8
    billion in penalties", "all four leaks"), a part ("the other four", "four other people", "a pilot and
    four passengers", "the bodies of eight people": never compared), the whole a share is
    of ("half the 50 states"), one end of a range ("gusts of 50 to 70 mph"), a value
    hoped for ("hopes that about 85 percent"), the penalty one charge carries ("felonies
    carrying a maximum of 25", not the 29 years he faces), another thing's value it is measured
    against ("topped the $450 million deal"), one of
    several values of one unit listed in a sentence ("40 years, 25 years and 10 years ...
    respectively"), a count that changes ("now", "so far", or a sentence telling it grows:
    "rose to", "the updated count"; every count of people of an article whose toll is
    changing) unless both articles are known to be of the same day (``dates``: each
    article's publication date) and the other count is not changing too, or a value
    dated to a year other than its article's ("the 2018 Camp Fire, in which 85 people
    were killed"). A count of
    people narrowed by a word before its noun ("three fee-paying passengers") is not set
    against a count under another noun ("five individuals"). Two bounds the same way
    ("over 300", "more than 150") are no disagreement.
    Candidates come from an index on (unit, word) and, for rates and terse counts, on
    the unit alone, each key used while it holds at most ``posting_cap`` figures: no
    all-pairs. ``readings`` (``read_figure`` of each figure, as the per-article stage
    made them) saves reading every sentence again.
    """
    reading = list(readings) if readings is not None else [read_figure(f) for f in figures]
    lowercase = frozenset().union(*(r[0] for r in reading))
    standing = _standings(figures, reading, dates or {})
    days = days or {}
    named = functools.lru_cache(maxsize=None)(lambda text: _named(text, lowercase))  # per sentence, once
    counted = {k: _counted(f, r[2], r[3], lowercase, standing.get(k, ""),
                           days.get((f.article, f.sentence.text), frozenset()), named(f.sentence.text))
               for k, (f, r) in enumerate(zip(figures, reading))
               if f.quantity is not None and r[2] and standing.get(k) not in ("listed", "part", "compared", "range")}
    # An article telling its count of people or its toll is changing ("updated figures showed
    # the quake killed 820 people", "the death toll increased to 3,085") gives every count
    # of people as of its day ("Another 672 people were injured"): the toll and the injured
    # come from one update.
    # (Any such count tells it, one not compared too: "the bodies of 108 people had been
    # uncovered so far" is part of a whole.)
    updating = {f.article for f, r in zip(figures, reading)
                if f.quantity is not None and r[2]
                and (r[2].split("/")[0] in PEOPLE or DEATHS_RE.search(f.sentence.text)) and _changing(f)}
    counted = {k: c._replace(snapshot=True) if c.family == "person" and c.figure.article in updating else c
               for k, c in counted.items()}
    # An article telling of versions of an offer gives each of its terms as of one version.
    versioned = {f.article for f in figures if VERSIONS_RE.search(f.sentence.text)}
    counted = {k: c._replace(snapshot=True) if c.figure.article in versioned and _term_of_offer(c) else c
               for k, c in counted.items()}
    index: CappedIndex[tuple[str, str]] = CappedIndex(posting_cap)  # (family, word) -> figures
    by_unit: CappedIndex[str] = CappedIndex(posting_cap)  # family -> figures
    for k, c in counted.items():
        by_unit.add(c.family, k)
        for w in c.words:
            index.add((c.family, w), k)
    capitals: dict[str, set[str]] = defaultdict(set)
    names_of: dict[str, list[str]] = {}  # sentence text -> its name words
    for f, r in zip(figures, reading):
        text = f.sentence.text
        found = names_of.get(text)
        if found is None:
            # A common word opening the sentence is no name.
            found = names_of[text] = [w for w in r[1] if w.lower() not in lowercase]
        capitals[f.article].update(found)
    story = _story_of({a: frozenset(ws) for a, ws in capitals.items()})
    pairs = _pair_figures(counted, index, by_unit, story, dates or {})
    # The values a sentence gives as earlier values of a thing ("leapt to 35.2 riyals, up
    # from the IPO price of 32 riyals"), by sentence, with their families: the change it tells.
    told_before: dict[tuple[str, str], list[tuple[str, float]]] = defaultdict(list)
    for c in counted.values():
        if c.standing == "earlier":
            told_before[(c.figure.article, c.figure.sentence.text)].append((c.family, c.figure.quantity or 0.0))
    found_groups = _group_figures(counted, pairs, story, dates or {}, told_before)
    return tuple(c for _first, c in sorted(((members[0], c) for members, c in found_groups), key=lambda fc: fc[0]))


def _term_of_offer(c: "_Counted") -> bool:
    """A share or an amount in a sentence naming an offer, a proposal or a deal: one of
    its terms ("a tentative deal called for a 25% wage increase")."""
    return (c.family in ("%", "pp") or c.family.isupper()) and bool(OFFER_RE.search(c.figure.sentence.text))


@functools.lru_cache(maxsize=1 << 14)  # asked of each figure twice: its article's, then its own
def _changing(f: FigureMention) -> bool:
    """A count said to change: "now", "so far" in its clause, "rose", "updated" in its sentence."""
    return bool(SNAPSHOT_RE.search(_clause_of(f)) or GROWING_RE.search(f.sentence.text))


class _Counted(NamedTuple):
    """What find_conflicts compares of one figure that has a quantity and a unit. (A
    named tuple, not a frozen dataclass: a cold call makes one per figure, and a frozen
    dataclass sets each field through object.__setattr__, several times slower.)"""

    figure: FigureMention
    unit: str  # _unit_of: "EUR/day"
    base: str  # the unit without its rate: "EUR"
    family: str  # the base, or "person" for people of one kind ("patients")
    words: frozenset[str]  # what it counts (_counted_words)
    near: frozenset[str]  # the words right before its number
    by_unit: bool  # a rate or a terse count: its candidates include every figure of its unit
    snapshot: bool  # a count that changes ("now", "so far"): compared on its day only
    standing: str  # "", "earlier", "total", "charge", "forecast", "threshold", "average", "whole" or "change"
    # (_standings): compared with its like only
    term: str  # the length of what it is the value of ("a nine-year, $360 million deal": "9 year"), or ""
    days: frozenset[str]  # the days its sentence names (``days`` of find_conflicts)
    weekdays: frozenset[int]  # the weekdays of its days, or named in its sentence (_weekdays)
    compound: bool  # a count written as a compound, "a 277-page ruling" (_compound)
    named: Mapping[str, frozenset[str]]  # common noun -> names of things its sentence names (_named)


def _counted(f: FigureMention, unit: str, clause: tuple[bool, tuple[str, ...]],
             lowercase: Container[str], standing: str = "", days: frozenset[str] = frozenset(),
             named: Mapping[str, frozenset[str]] | None = None) -> _Counted:
    """_Counted of a figure with this unit and clause, ``lowercase`` being the words seen
    in lower case in the figures' sentences (a capital opening the sentence that is one
    of them is a common word)."""
    opening, tokens = clause
    opener = tokens[0].lower() if opening and tokens else None
    words, near = _counted_words(tokens, opener is not None and opener in lowercase, f.about, unit)
    base = unit.split("/")[0]
    # People counted under a narrower noun ("patients", "passengers") are indexed with
    # "people" too; such pairs must then agree on what is said of them.
    family = "person" if base in PERSON_NOUNS else base
    terse = len(words) <= 1 and family not in ("%", "pp", "#") and family not in DURATIONS and not family.isupper()
    snapshot = _changing(f)
    return _Counted(f, unit, base, family, words, near, unit != family or terse, snapshot, standing, _term(f), days,
                    _weekdays(f, days), _compound(f),
                    named if named is not None else _named(f.sentence.text, lowercase))


# The length of the thing a value is of, written as a compound before it ("a nine-year,
# $360 million deal") or after it ("$700 million over 10 years").
TERM_BEFORE_RE = re.compile(r"\b(\d+|[a-z]+)-(year|month|week|day)\b[\s,]*$", re.I)
TERM_AFTER_RE = re.compile(r"^\s*(?:\w+\s+)?(?:over|for|across)\s+(?:the\s+next\s+)?(\d+|[a-z]+)\s+"
                           r"(year|month|week|day)s?\b", re.I)


# A name of two to four capitalised words ("the Eaton Fire", "Los Angeles County").
NAMED_THING_RE = re.compile(r"(?<![\w’'])(?:[A-Z][\w’'\-]+\s+){1,3}[A-Z][\w’'\-]+")
NAME_OPENERS = frozenset("the a an in on at by for and but as after with from".split())


def _named(text: str, lowercase: Container[str]) -> dict[str, frozenset[str]]:
    """The things a sentence names by a name ending in a common noun (one the figures'
    sentences also write in lower case: "the Eaton Fire", "Los Angeles County"), as
    {noun: whole names}; people's names end in no common noun."""
    out: dict[str, set[str]] = {}
    for m in NAMED_THING_RE.finditer(text):
        words = m.group(0).lower().split()
        while words and words[0] in NAME_OPENERS:
            words.pop(0)
        if len(words) >= 2 and words[-1] in lowercase:
            out.setdefault(words[-1], set()).add(" ".join(words))
    return {noun: frozenset(names) for noun, names in out.items()}


def _other_things(a: Mapping[str, frozenset[str]], b: Mapping[str, frozenset[str]]) -> bool:
    """Two sentences name different things of one kind and neither names the other's
    ("the Palisades Fire", "the Eaton Fire"): their figures are of different things."""
    return bool(a) and bool(b) and any(not a[noun] & b[noun] for noun in a.keys() & b.keys())


# A weekday a sentence names ("on Monday", "late Tuesday").
WEEKDAY_RE = re.compile(r"\b(?:on|late|early|last|this)\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)


def _different_days(a: _Counted, b: _Counted) -> bool:
    """The sentences of two figures are of different days: both name days (ISO, as the
    timeline placed them) and none in common, or, when either could not be placed (an
    undated article's "on Monday"), both name weekdays and none in common."""
    if a.days and b.days:
        return not a.days & b.days
    return bool(a.weekdays and b.weekdays and not a.weekdays & b.weekdays)


# What a count is said to come from, right after it: "six deaths from leptospirosis",
# "four deaths were related to the storms", "deaths caused by heat".
CAUSE_RE = re.compile(r"\s*(?:(?:were|was|are|is|have\s+been|had\s+been)\s+)?(?:from|due\s+to|caused\s+by|related\s+to|"
                      r"linked\s+to|attributed\s+to|blamed\s+on)\s+(?:the\s+|a\s+|an\s+)?([a-z]+)")


@functools.lru_cache(maxsize=1 << 14)
def _cause(f: FigureMention) -> str | None:
    """The cause a count is said to come from (CAUSE_RE), stemmed, or None."""
    text = f.sentence.text
    at = text.find(f.value)
    m = CAUSE_RE.match(text, at + len(f.value)) if at >= 0 else None
    return stem(m.group(1)) if m else None


def _same_day(a: _Counted, b: _Counted) -> bool:
    """The sentences of two figures name one day ("increased to 3,085 on Thursday", "has
    increased to 3,145, the government said on Thursday"): two counts of that day."""
    if a.days and b.days:
        return bool(a.days & b.days)
    return bool(a.weekdays & b.weekdays)


# A clause that tells who gave a figure: "the military government said on Thursday"; not
# one whose verb takes a count for its object ("Morocco on Saturday proclaimed three days
# of mourning", "announced 10 new cases": that day is of what was proclaimed).
ATTRIBUTING_RE = re.compile(
    rf"\b(?:(?:{SPEECH_VERB}|showed)\b(?!\s+(?:\d|(?:{'|'.join(w for w in COUNT_WORDS if ' ' not in w)})\b))"
    r"|according\s+to\b)")


def _day_told(f: FigureMention) -> bool:
    """The day ``f``'s sentence names is the day of the figure: named in the figure's own
    clause ("increased to 3,085 on Thursday") or in a clause after it that tells who gave
    it ("..., the government said on Thursday"); not "killed more than 1,000 people
    overnight, Morocco on Saturday proclaimed": that day is of something else."""
    text = f.sentence.text
    at = text.find(f.value)
    if at < 0:
        return False
    clauses = CLAUSE_MARK_RE.split(text[at + len(f.value):])
    told = [_clause_of(f)] + [c for c in clauses[1:] if ATTRIBUTING_RE.search(c)]
    return any(WEEKDAY_RE.search(c) for c in told)


def _bare_toll(c: "_Counted") -> bool:
    """A bare number its clause calls a death toll ("the death toll from the blast hit 135")."""
    return c.family == "#" and bool(DEATH_TOLL_RE.search(_clause_of(c.figure)))


@functools.lru_cache(maxsize=1 << 14)  # asked once per pair a count of people is in
def _toll(f: FigureMention) -> bool:
    """A count (of people) of the dead or the hurt."""
    return bool(DEATHS_RE.search(f.sentence.text) or _roles(f) & TOLL_ROLES)


def _told_on_date(a: _Counted, b: _Counted, dates: Mapping[str, str | None]) -> bool:
    """``b``'s undated article tells its count on the weekday ``a``'s article is dated
    ("nearly 1,100 others injured, officials said on Saturday"; ``a`` dated a Saturday)."""
    date = dates.get(a.figure.article)
    return bool(date and not dates.get(b.figure.article) and not a.days and _day_told(b.figure)
                and b.weekdays == {datetime.date.fromisoformat(date[:10]).weekday()})


def _weekdays(f: FigureMention, days: frozenset[str]) -> frozenset[int]:
    """The weekdays (0 for Monday) of ``days``, or without days the weekdays ``f``'s
    sentence names."""
    if days:
        return frozenset(datetime.date.fromisoformat(d).weekday() for d in days)
    text = f.sentence.text
    return frozenset(WEEKDAYS[m.group(1)[:3].lower()] for m in WEEKDAY_RE.finditer(text)) if "day" in text \
        else frozenset()


def _term(f: FigureMention) -> str:
    """The length of what ``f`` is the value of ("a 10-year, $700 million deal", "$700
    million over 10 years": "10 year"), or "". Two values of things of different lengths
    are values of different things (two players' contracts)."""
    text = f.sentence.text
    at = text.find(f.value)
    if at < 0:
        return ""
    m = TERM_BEFORE_RE.search(text[:at]) or TERM_AFTER_RE.match(text[at + len(f.value):])
    if not m:
        return ""
    count = m.group(1).lower()
    number = count if count.isdigit() else NUMBER_VALUES.get(count)
    return f"{number} {m.group(2).lower()}" if number is not None else ""


def _clause_of(f: FigureMention) -> str:
    """The clause of its sentence that holds the figure (between clause marks)."""
    text = f.sentence.text
    at = text.find(f.value)
    if at < 0:
        return text
    before = CLAUSE_MARK_RE.split(text[:at])[-1]
    after = CLAUSE_MARK_RE.split(text[at + len(f.value):])[0]
    return before + f.value + after


def _standings(figures: Sequence[FigureMention], reading: Sequence[Reading],
               dates: Mapping[str, str | None]) -> dict[int, str]:
    """What each figure (by position) stands for, when not the thing itself (see
    find_conflicts): "earlier" (an earlier value, or one dated to a year other than its
    article's), "total", "part" (of a whole, or the rest besides someone: never compared),
    "forecast" (a value hoped for or targeted), "threshold" (what a thing needs: "the 326
    seats needed"), "charge" (the penalty one charge carries: "a felony carrying up to 25
    years", not the "29 years" the defendant faces in all), "average" ("average maximum
    temperature 44 degrees"), "whole" (what a
    share is of), "change" (the amount of a change: "cut by 26 km"), "compared" (another
    thing's value it is measured against: never compared), "range" (one end of a range,
    "50 to 70 mph": never compared), or "listed"
    (one of several values of one unit listed in a sentence, never compared). Figures are
    compared only with figures of the same standing."""
    out: dict[int, str] = {}
    by_sentence: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    years = Counter(d[:4] for d in dates.values() if d)
    corpus_year = max(years, key=lambda y: (years[y], y)) if years else ""  # for an undated article
    for k, (f, r) in enumerate(zip(figures, reading)):
        if f.quantity is None or not r[2]:
            continue
        text = f.sentence.text
        at = text.find(f.value)
        start, end = (at, at + len(f.value)) if at >= 0 else (0, 0)
        head = text[:start]
        inside = FROM_TO_RE.search(head) and TO_AFTER_RE.match(text[end:])  # "(from 65 mph to 145 mph)"
        if head.rfind("(") > head.rfind(")") and not inside:
            # a conversion in brackets ("from €4.3bn ($4.3bn, £3.7bn) to €4.1bn"): it stands
            # where the value before the bracket stands
            opened = head.rfind("(")
            close = text.find(")", end)
            before = TRAILING_VALUE_RE.search(head[:opened].rstrip())
            start = before.start() if before else opened
            end = close + 1 if close >= 0 else end
            head = text[:start]
        pieces = CLAUSE_MARK_RE.split(head)
        while len(pieces) > 1 and COMPOUND_END_RE.search(pieces[-2]) and len(pieces[-1].split()) <= 1:
            pieces[-2:] = [pieces[-2] + " " + pieces[-1]]  # "a nine-year, $324 million deal": one clause
        clause = pieces[-1] + text[start:end] + CLAUSE_MARK_RE.split(text[end:])[0]
        if (RANGE_AFTER_RE.match(text[end:]) or RANGE_BEFORE_RE.search(head)
                or (BETWEEN_BEFORE_RE.search(head) and BETWEEN_AFTER_RE.match(text[end:]))) \
                and not FROM_TO_RE.search(head):
            out[k] = "range"  # "gusts of 50 to 70 mph": one end of a range, never compared
        elif MILESTONE_RE.search(head):
            out[k] = "compared"  # "the youngest player to amass 27,000 career points": a mark passed, not a count
        elif COMPARED_RE.search(pieces[-1]) or RECORD_HELD_RE.search(pieces[-1]):
            out[k] = "compared"  # "topped the $450 million deal signed by ...": another thing's value, never compared
        elif EARLIER_RE.search(head) or EARLIER_WORDS_RE.search(pieces[-1]) or UNTIL_NOW_RE.match(text) \
                or (FROM_TO_RE.search(head) and TO_AFTER_RE.match(re.sub(r"\([^()]*\)", "", text[end:]))):
            out[k] = "earlier"  # "from €4.3bn", "the original €4.34 billion", "the initial ruling came with"
        elif CHARGE_PENALTY_RE.search(head):
            out[k] = "charge"  # "felonies, carrying ... a maximum of 25": one charge's, not the defendant's total
        elif TOTAL_RE.search(clause) or ALL_BEFORE_RE.search(head) or BREAKDOWN_AFTER_RE.match(text, end):
            out[k] = "total"  # "racked up more than €8 billion in penalties", "228 (216 passengers and 12 crew)"
        elif PART_OF_RE.match(f.value) or REMAINDER_BEFORE_RE.search(head) or OTHER_RE.search(f.value) \
                or SHARES_AGAINST_RE.match(text, end) \
                or (INCLUDES_BEFORE_RE.search(head) and AND_VALUE_AFTER_RE.match(text, end)) \
                or (LISTED_WITH_RE.search(head) and r[2] not in ("%", "pp", "#")) \
                or (r[2] in SEXES and LISTED_AFTER_RE.match(text, end)) \
                or (f.value.lower().endswith(" others") and NAMED_AND_RE.search(head)):
            # "two of the three terminals", "the other four workers", "four other people",
            # "a pilot and four passengers", "two men and a woman", "Kobe Bryant and four
            # others": a part, not the whole
            out[k] = "part"
        elif CHANGE_BY_RE.search(pieces[-1]):
            out[k] = "change"  # "reduce the distance by around 26 kilometres": a difference, not a level
        elif FORECAST_RE.search(clause) or FORECAST_NOUN_RE.search(head):
            out[k] = "forecast"  # "hopes that about 85 percent ... can be complete": compared with forecasts only
        elif AVERAGE_RE.search(pieces[-1]):
            out[k] = "average"  # "average maximum temperature 44 degrees": not a peak "reaching 52 degrees"
        elif THRESHOLD_AFTER_RE.match(text, end):
            out[k] = "threshold"  # "the 326 seats needed for a majority": what is needed, not what was won
        elif FRACTION_OF_RE.search(head):
            out[k] = "whole"  # "bans in roughly half the 50 states": the whole a share is of
        else:
            year = (dates.get(f.article) or "")[:4] or corpus_year
            if RELATIVE_CLAUSE_RE.match(clause) and len(pieces) > 1:
                clause = pieces[-2] + clause  # "since 2004, when ... killed ...": the clause before
            said = set(re.findall(r"\b(?:19|20)\d\d\b", clause))
            if year and said and year not in said:
                out[k] = "earlier"  # "a 2018 decision ... a fine of over $3.99 billion"
        by_sentence[(f.article, text, r[2].split("/")[0])].append(k)
    for members in by_sentence.values():
        members = [k for k in members if out.get(k) in (None, "charge") and figures[k].unit != "age"]
        values = {figures[k].quantity for k in members}
        if len(values) > 1 and max(values) <= MAX_RATIO * min(values):  # type: ignore[operator,type-var]
            roles = [_roles(figures[k]) for k in members]
            if len(set(roles)) < len(roles) or not all(roles):
                out.update((k, "listed") for k in members)
    return out


def _match(a: _Counted, b: _Counted) -> float | None:
    """How well figures a and b, of different articles of one story and of one family
    of units, fit as one thing counted twice, or None. (Not symmetric: the first
    figure's base decides how the two are compared.)"""
    f, g = a.figure, b.figure
    narrower = a.base != b.base  # "patients" against "people"
    rates = {a.unit, b.unit} - {a.base}
    if len(rates) > 1:
        return None  # a cost a day and a cost a week
    if a.base == "age" or b.base == "age":  # "Prigozhin, 62" and "Prigozhin, 61": one person's age
        return 1.0 if a.base == b.base and _same_person(_aged(f), _aged(g)) else None
    if MAGNITUDE in (a.base, b.base):  # an earthquake's magnitude against its own, never an aftershock's
        return 1.0 if a.base == b.base and f.about == g.about else None
    if a.compound or b.compound:  # "a 300-member legislature" is its size, not "190 members" voting
        return 1.0 if a.compound and b.compound and f.about.lower() == g.about.lower() else None
    qa, qb = abs(f.quantity or 0.0), abs(g.quantity or 0.0)
    if min(qa, qb) <= 0 or max(qa, qb) > MAX_RATIO * min(qa, qb):
        return None  # 1,100 and 210,000 people are not one count told two ways
    wa, wb = a.words, b.words
    if wa & DIMENSIONS != wb & DIMENSIONS:
        return None  # "a depth of 6 miles" is no distance "10 miles from Mandalay"
    shared = wa & wb
    # Words right before both numbers ("a premium of 32%") count twice.
    score = (len(shared) + len(a.near & b.near) + 1) / (len(wa | wb) + 1)
    base = a.base
    if a.unit == b.unit != base:  # the same rate: close values of it are one thing
        if shared or max(qa, qb) <= 1.6 * min(qa, qb):
            return score
        return None
    if base.isupper() and wa & MONEY_KINDS != wb & MONEY_KINDS:
        return None  # "$4.14 billion punitive damages" is part of "$4.7 billion in damages"
    if base in ("%", "pp", "#") or base.isupper():
        matched = bool(shared)
    elif base in DURATIONS:  # "for 22 years": whose service or which wait must be said by both
        matched = bool(shared) and len(shared) * 2 >= len(wa | wb)
    elif narrower:
        # "three fee-paying passengers" are some of "five individuals"
        matched = _modified(f.value) == _modified(g.value) and bool(shared) and len(shared) * 3 >= len(wa | wb)
    else:
        # Words in common about what is counted, or both say the same of them
        # ("destroyed 40 homes", "destroyed 60 houses"); a counted noun ("ships") alone is
        # enough when one figure says little more about it and the values are close.
        va = _verb_before(f)
        matched = (len(shared) * 3 >= len(wa | wb) or bool(va and va == _verb_before(g))
                   or (min(len(wa), len(wb)) <= 1 and max(qa, qb) <= TERSE_RATIO * min(qa, qb)))
    return score if matched and _same_roles(f, g) else None


# Kinds of an amount of money, each a part or another measure of the whole: "punitive
# damages", "net profit", "operating loss".
MONEY_KINDS = frozenset(stem(w) for w in ("punitive compensatory net gross operating pretax underlying adjusted "
                                          "annual quarterly").split())
# What a length measures: "a depth of 6 miles", "a height of 30 metres".
DIMENSIONS = frozenset(stem(w) for w in """depth height length width breadth distance altitude elevation radius
    diameter wingspan deep tall long wide high""".split())


def _same_roles(f: FigureMention, g: FigureMention) -> bool:
    """Two figures that otherwise match count the same ones: not "people killed" and
    "people injured", "a fifth ... killed" and "a quarter ... disappeared", nor "six
    missing people" (a role in the count itself) and "three people" (none said)."""
    ra, rb = _roles(f), _roles(g)
    if ("none" in ra) != ("none" in rb):
        return False  # "81 countries with no infections", "118,000 cases in 114 countries"
    if ra and rb:
        return bool(ra & rb)
    if ra and ROLE_RE.search(f.value.lower()) or rb and ROLE_RE.search(g.value.lower()):
        return False
    for roles, own, other in ((ra, f, g), (rb, g, f)):
        if roles and not roles & TOLL_ROLES and not _tells_deaths(own) and _tells_deaths(other):
            return False  # "11 children have been rescued", "the death of 25 people, 21 children": the dead
    return True


# "the death of 25 people", "crushed to death": a count of the dead though no verb of killing says so.
DEATH_RE = re.compile(r"\b(?:death\s+of|to\s+death)\b", re.I)


def _tells_deaths(f: FigureMention) -> bool:
    """Whether a figure's sentence tells of deaths."""
    return bool(DEATHS_RE.search(f.sentence.text) or DEATH_RE.search(f.sentence.text))


MAGNITUDE = stem("magnitude")


def _compound(f: FigureMention) -> bool:
    """A count written as a compound before its noun ("a 277-page ruling"): the size of
    that thing."""
    return bool(COMPOUND_COUNT_RE.fullmatch(f.value))


def _aged(f: FigureMention) -> frozenset[str]:
    """Whose age a figure of unit "age" gives, the words of their name ("age of Yevgeny
    Prigozhin": Yevgeny, Prigozhin; _same_person compares them without case)."""
    return frozenset(f.about.removeprefix("age of ").split()) if f.about else frozenset()


def _same_person(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two names of one person: one holds every word of the other ("Prigozhin", "Yevgeny
    Prigozhin"); not two of one family ("Kobe Bryant", "Gianna Maria-Onore Bryant"). A
    description ("Trump supporter") is one person only as the same description."""
    if any(w[:1].islower() for w in a | b):
        return a == b
    fa, fb = {w.casefold() for w in a}, {w.casefold() for w in b}  # "Lee Joon-seok", "Lee Joon-Seok"
    return bool(fa and fb) and (fa <= fb or fb <= fa)


def _modified(value: str) -> bool:
    """A count with a word that narrows its noun between number and noun ("three
    fee-paying passengers", "eight crew members")."""
    words = value.lower().split()
    numeric = [k for k, w in enumerate(words) if re.search(r"\d", w) or w in NUMBER_WORDS]
    return bool(numeric) and len(words) - numeric[-1] > 2


# The words of written numbers and scales, as extract reads them ("three", "dozens of", "million").
NUMBER_WORDS = frozenset(w for phrase in (*NUMBER_VALUES, *COUNT_WORDS, *SCALES)
                         for w in phrase.split())


# How many names two articles must share to tell one story: one ("India", "Health") is
# shared by stories of one country or one ministry.
STORY_LINK_NAMES = 2
# Names used by more articles than this link them all, as one name (pairs are not counted).
STORY_NAME_CAP = 64


def _story_of(names: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Which articles tell the same story, judged from the capitalised names in their
    figures' sentences (``names``, by article): articles sharing STORY_LINK_NAMES names
    (and chains of them) tell one story, named here by its first article; articles sharing
    two with none tell one story with those of them they share a name with, else join the
    one story they share a name with, and are left out when they share names with several
    stories or with none: they cannot be told apart and may belong to any. A name every
    article (or more than STORY_NAME_CAP) uses links them all: a corpus about one story
    stays one story."""
    arts = sorted(names)
    groups = Groups(len(arts))
    users: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(arts):
        for w in names[a]:
            users[w].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for members in users.values():
        if len(members) == len(arts) or len(members) > STORY_NAME_CAP:
            for i in members[1:]:
                groups.union(members[0], i)  # a name every article (or very many) uses: one story
        else:
            shared.update(itertools.combinations(members, 2))
    for (i, j), n in shared.items():
        if n >= STORY_LINK_NAMES:
            groups.union(i, j)
    # Articles linked to none by two names: those sharing a name tell one story together
    # ("Nepal" in six articles that share nothing else); such a story, or an article alone,
    # joins the one story it shares names with (two, for several articles: one name, such
    # as "National", does not make six articles another story's).
    strong = [members for members in groups.groups() if len(members) > 1]
    group_of = {i: k for k, members in enumerate(strong) for i in members}
    loose = Groups(len(arts))
    for a, b in shared:
        if a not in group_of and b not in group_of:
            loose.union(a, b)
    words_of = [set(names[arts[k]]) for k in range(len(arts))]
    group_words = [set().union(*(words_of[i] for i in members)) for members in strong]
    for members in loose.groups():
        if members[0] in group_of:
            continue
        words = set().union(*(words_of[i] for i in members))
        near = [(k, n) for k, gw in enumerate(group_words) if (n := len(words & gw))]
        if len(near) == 1 and near[0][1] >= (1 if len(members) == 1 else STORY_LINK_NAMES):
            groups.union(members[0], strong[near[0][0]][0])
        for i in members[1:]:
            groups.union(members[0], i)
    return {arts[i]: arts[members[0]] for members in groups.groups() if len(members) > 1 for i in members}


def _scored(a: _Counted, b: _Counted, story: Mapping[str, str], dates: Mapping[str, str | None]) -> float | None:
    """_match of two figures of different articles of one family of units, unless their
    articles are linked to different stories by their names (``story``: see _story_of)
    or either is a count that changes (SNAPSHOT_RE) and neither their sentences (_same_day)
    nor their articles (``dates``) are known to be of one day; two changing counts are
    compared only when their sentences name one day."""
    art_a, art_b = a.figure.article, b.figure.article
    if art_a == art_b or a.family != b.family or a.standing != b.standing:
        return None
    if art_a in story and art_b in story and story[art_a] != story[art_b]:
        return None  # linked to different stories by their names
    one_day = _same_day(a, b) and _day_told(a.figure) and _day_told(b.figure)
    one_date = bool(dates.get(art_a) and dates.get(art_a) == dates.get(art_b))
    if (a.snapshot or b.snapshot) and not one_day and not one_date:
        return None  # "over 300 vessels are now waiting", "the toll rose to 93": a count of its day
    if (a.family == "person" or a.base in PEOPLE_OF_A_KIND or _bare_toll(a) or _bare_toll(b)) \
            and (_toll(a.figure) or _toll(b.figure)) \
            and not one_day and not one_date \
            and not _told_on_date(a, b, dates) and not _told_on_date(b, a, dates):
        # A toll of the dead or the hurt grows while a story breaks ("At least 49 people were
        # killed", days later "left 50 people dead"; "the death toll hit 135"): two tolls are of
        # one day only when known so.
        return None
    if a.snapshot and b.snapshot and not one_day:
        return None  # two counts each said to be changing: two updates, even of one article date
    if _different_days(a, b):
        return None  # "a magnitude of 7.6 hit on Monday", "a magnitude of 5.5 hit at 10:54 a.m. Jan. 3"
    if _other_things(a.named, b.named):
        return None  # "the Palisades Fire grew to 17,200 acres", "the Eaton Fire has burned 14,117 acres"
    if a.term and b.term and a.term != b.term:
        return None  # "a nine-year, $360 million deal", "a 10-year, $700 million deal": two deals
    ca, cb = _cause(a.figure), _cause(b.figure)
    if ca and cb and ca != cb:
        return None  # "six deaths from leptospirosis", "another four deaths were related to the storms"
    if _sums_to(a.figure, b.figure) or _sums_to(b.figure, a.figure):
        return None  # "freeing 16 people ... while eight Russians were returned home", "a 24-person swap"
    return _match(a, b)


# Whole numbers in a sentence, in digits or words ("16", "eight").
WHOLE_NUMBER_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})*(?![\d.,]\d)|\b(?:one|two|three|four|five|six|seven|"
                             r"eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b", re.I)


@functools.lru_cache(maxsize=4096)
def _whole_numbers(text: str) -> tuple[float, ...]:
    return tuple(float(NUMBER_VALUES[m.lower()]) if m[0].isalpha() else float(m.replace(",", ""))
                 for m in WHOLE_NUMBER_RE.findall(text))


def _sums_to(part: FigureMention, whole: FigureMention) -> bool:
    """Whether ``part`` and another number of its sentence add up to ``whole`` (a part
    of a total another article gives: "freeing 16 people ... while eight Russians were
    returned home" and "a 24-person swap")."""
    if part.quantity is None or whole.quantity is None or not whole.quantity > part.quantity:
        return False
    rest = list(_whole_numbers(part.sentence.text))
    if part.quantity in rest:
        rest.remove(part.quantity)
    return any(part.quantity + other == whole.quantity for other in rest)


def _pair_figures(counted: Mapping[int, _Counted], index: CappedIndex[tuple[str, str]], by_unit: CappedIndex[str],
                  story: Mapping[str, str], dates: Mapping[str, str | None]) -> dict[tuple[int, int], float]:
    """The pairs of figures that match, with their score: a figure finds the others
    sharing one of its (family, word) keys, and a rate or terse count every other figure
    of its family, through keys of at most the index's cap; a pair is scored by _match
    from the figure that finds the other first (in order)."""
    pairs: dict[tuple[int, int], float] = {}
    for k, a in counted.items():
        found: set[int] = set()  # the figures sharing a word key with k
        for w in a.words:
            found.update(index.get((a.family, w)))
        if a.by_unit:  # a rate, or a counted noun with little said about it
            found.update(by_unit.get(a.family))
        for j in found:
            pair = (k, j) if k < j else (j, k)
            if j == k or pair in pairs:
                continue
            score = _scored(a, counted[j], story, dates)
            if score is not None:
                pairs[pair] = score
    return pairs


def _group_figures(counted: Mapping[int, _Counted], pairs: Mapping[tuple[int, int], float],
                   story: Mapping[str, str], dates: Mapping[str, str | None],
                   told_before: Mapping[tuple[str, str], Sequence[tuple[str, float]]] | None = None,
                   ) -> list[tuple[list[int], Conflict]]:
    """The conflicts formed from ``pairs``: pairs are taken best first (then by
    position), each joining two groups of figures when they hold no article in common
    and every figure of one matches every figure of the other (no chains); each group
    of figures told differently is a conflict. ``told_before``: the earlier values each
    sentence gives, by (article, sentence text), with their families (see _conflict)."""
    group_of: dict[int, int] = {}  # figure -> its group's key (one of its members)
    members_of: dict[int, list[int]] = {}
    for _score, k, j in sorted((-score, k, j) for (k, j), score in pairs.items()):
        gk, gj = group_of.get(k, k), group_of.get(j, j)
        if gk == gj:
            continue
        a_members, b_members = members_of.get(gk, [k]), members_of.get(gj, [j])
        if ({counted[m].figure.article for m in a_members} & {counted[m].figure.article for m in b_members}):
            continue  # one value per article
        if len(a_members) * len(b_members) > 1 and any(
                ((x, y) if x < y else (y, x)) not in pairs and _scored(counted[x], counted[y], story, dates) is None
                for x in a_members for y in b_members):
            continue  # every figure of a conflict matches every other: no chains
        members_of[gk] = a_members + b_members
        members_of.pop(gj, None)
        for m in b_members:
            group_of[m] = gk
    out = []
    for members in members_of.values():
        members.sort()
        earlier: dict[str, tuple[float, ...]] = {}  # by article: its (first) member's sentence's earlier values
        for c in (counted[m] for m in members):
            earlier.setdefault(c.figure.article, tuple(
                q for family, q in (told_before or {}).get((c.figure.article, c.figure.sentence.text), ())
                if family == c.family or "#" in (family, c.family)))  # a bare number may be of either
        conflict = _conflict([counted[m].figure for m in members], [counted[m].words for m in members], earlier,
                             dates)
        if conflict is not None:
            out.append((members, conflict))
    return out


def _conflict(members: list[FigureMention], counts: list[frozenset[str]],
              earlier: Mapping[str, Sequence[float]] | None = None,
              dates: Mapping[str, str | None] | None = None) -> Conflict | None:
    """The Conflict of one group of matching figures (in order; ``counts``: what each one
    counts, _counted_words), or None when its values agree (other spellings, other
    roundings, bounds that hold each other), are snapshots at different times, or are
    a change a source tells: a value whose own sentence gives the other as the thing's
    earlier value ("leapt to 35.2 riyals, up from the IPO price of 32 riyals" against
    "priced at 32 riyals"; ``earlier``: by article, the earlier values its member's
    sentence gives), or a
    value its sentence dates to before its article ("in its IPO last week, giving it a
    market value of $1.7 trillion") against an undated one of an article no older (as of
    its own day: ``dates``, each article's publication date)."""
    if len({m.article for m in members}) < 2:
        return None
    per_article: dict[str, FigureMention] = {}
    for m in members:
        per_article.setdefault(m.article, m)
    values = list(per_article.values())
    shared_counts = frozenset.intersection(*counts) if counts else frozenset()
    qty = [v.quantity or 0.0 for v in values]
    if all(_same_quantity(qty[0], q) or agree_when_rounded(values[0], v) for q, v in zip(qty[1:], values[1:])):
        return None  # one value in other spellings, or rounded differently
    cues = [_time_cues(v) for v in values]
    disagreeing = [(a, b) for a in range(len(values)) for b in range(a + 1, len(values))
                   if not _same_quantity(qty[a], qty[b]) and not _consistent(values[a], values[b])]
    if not disagreeing:
        return None  # bounds the same way ("over 300", "more than 150"): both may hold
    disagreeing = [(a, b) for a, b in disagreeing if not _change_told(values[a], values[b], earlier or {})]
    if not disagreeing:
        return None  # a source tells one value became the other: a change, not a disagreement
    dates = dates or {}
    if all(_different_times(cues[a], cues[b]) or _older(values[a], cues[a], values[b], cues[b], dates)
           or _older(values[b], cues[b], values[a], cues[a], dates) for a, b in disagreeing):
        return None  # every disagreeing pair is dated to different times: snapshots, not a conflict
    notes: list[str] = []
    if any(cues) and not all(cues):
        notes.append("some values are dated and others are not; they may describe different times")
    elif any(cues[a] != cues[b] for a, b in disagreeing):
        notes.append("the values are dated in different words ('last year', 'in 2019'); "
                     "the tool cannot tell whether they describe the same time")
    if any(APPROX_RE.search(v.value) for v in values):
        notes.append("some values are approximate or bounds ('more than', 'about') and may agree")
    return Conflict(_label(values, shared_counts), tuple(values), "; ".join(notes))


def _change_told(a: FigureMention, b: FigureMention, earlier: Mapping[str, Sequence[float]]) -> bool:
    """Whether one value's sentence gives the other as the thing's earlier value."""
    return any(_same_quantity(y.quantity or 0.0, q) for x, y in ((a, b), (b, a)) for q in earlier.get(x.article, ()))


def _label(values: Sequence[FigureMention], shared: frozenset[str]) -> str:
    """What the figures count, in words a reader understands: the shortest run of one
    value's own sentence that holds its counted noun and the words of what they count
    that all of them share (``shared``, stems), with "…" where the number stands
    ("flooding … homes", "a fine of …"; "number of ships waiting at anchor" where the
    number opens it); failing one, those
    shared words as the first sentence writes them, else the shortest description
    without a leading preposition; money says its currency ("a fine of …, in US
    dollars")."""
    if values[0].unit in ("age", "magnitude"):
        return values[0].about  # "age of Yevgeny Prigozhin", "magnitude of the earthquake"
    if _compound(values[0]) and values[0].unit:
        return f"{values[0].unit}s of the {values[0].about}"  # "a 277-page ruling": "pages of the ruling"
    places = {_distance_from(v) for v in values}
    if len(places) == 1 and None not in places:
        return f"distance from {places.pop()}"  # "about 220 kilometers (137 miles) southwest of Kolkata"
    if any(DEATH_TOLL_RE.search(_clause_of(v)) for v in values) \
            and all(DEATHS_RE.search(_clause_of(v)) for v in values):
        return "death toll"  # "the death toll ... increased to 3,085", "the number of people who died"
    runs = [r for r in (_run_label(v, shared) for v in values) if r]
    runs = [r for r in runs if "others" not in r.split()] or runs  # "1,100 others" names no one: "people were injured"
    role = _role_word(values) if values[0].unit == "person" else None
    if role and all(len(r.split()) <= 2 for r in runs):
        return f"people {role}"  # "Two people were later rescued", "One person has since been rescued"
    if runs:
        label = min(runs, key=lambda r: (len(r.split()), runs.index(r)))
        currency = CURRENCY_NAMES.get(values[0].unit or "")
        if label.startswith("… ") and not currency and label.split()[1].lower() not in LABEL_SKIP \
                and (values[0].unit or "") not in LENGTH_UNITS | MEASURE_UNITS:
            # "… ships waiting at anchor", "… people were injured": "number of ships waiting
            # at anchor", "number of people injured"
            label = "number of " + re.sub(r"\s+(?:were|was|are|is|have been|has been|had been)\s+", " ", label[2:])
        return f"{label}, in {currency}" if currency else label
    def words(v: FigureMention) -> list[str]:
        toks = FIGURE_WORD_RE.findall(v.about)
        while toks and toks[0].lower() in LABEL_SKIP:
            toks.pop(0)
        return toks
    seen: set[str] = set()
    surface = []
    for w in FIGURE_WORD_RE.findall(values[0].sentence.text):
        st = stem(w.lower())
        if st in shared and st not in seen and not w[0].isupper():
            seen.add(st)
            surface.append(w)
    unit = values[0].unit or ""
    if unit and not unit.isupper() and unit not in ("%", "#", "pp") and not any(stem(unit) == stem(w) for w in surface):
        surface.insert(0, unit)  # "people killed"
    label = " ".join(surface) or min((" ".join(words(v)) for v in values if words(v)), key=len, default="")
    unit = values[0].unit or ""
    currency = CURRENCY_NAMES.get(unit)
    if currency:
        label = f"{label}, in {currency}" if label else currency
    return label or values[0].value


# Units of length, and the place a length is measured from: "220 kilometers (137 miles)
# southwest of Kolkata", "10 miles from Mandalay".
LENGTH_UNITS = frozenset("km kilometer kilometre mile metre meter m foot feet yard".split())
DISTANCE_FROM_RE = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?"
                              r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|"
                              r"from|away\s+from|outside(?:\s+of)?)\s+(?:the\s+)?"
                              r"(?P<place>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3})")


def _distance_from(f: FigureMention) -> str | None:
    """The place a length is the distance from, as its sentence writes it after the value."""
    if (f.unit or "") not in LENGTH_UNITS:
        return None
    text = f.sentence.text
    at = text.find(f.value)
    m = DISTANCE_FROM_RE.match(text, at + len(f.value)) if at >= 0 else None
    return m.group("place") if m else None


# A death toll named as such.
DEATH_TOLL_RE = re.compile(r"\bdeath\s+toll\b", re.I)


def _role_word(values: Sequence[FigureMention]) -> str | None:
    """The participle all the values say of what they count ("Two people were rescued",
    "One person has since been rescued": "rescued"), as the first sentence writes it."""
    common = frozenset.intersection(*(_roles(v) for v in values))
    for w in re.findall(r"[a-z]+", values[0].sentence.text):
        if stem(w) in common or ROLE_SAME.get(stem(w)) in common:
            return w
    return None


def _run_label(v: FigureMention, shared: frozenset[str]) -> str | None:
    """The run of ``v``'s clause from the farthest shared word before its number to the
    farthest after it (at most LABEL_REACH words each way, a determiner kept before the
    first), the number written "…" and its counted noun kept ("more than 3,000
    properties" is "… properties"); None when no shared word is near."""
    text = v.sentence.text
    at = text.find(v.value)
    if at < 0:
        return None
    head = CLAUSE_MARK_RE.split(text[:at])[-1].split()
    tail = CLAUSE_MARK_RE.split(text[at + len(v.value):])[0].split()
    money = bool(v.unit) and v.unit.split("/")[0].isupper()
    kept = [] if money else [w for w in v.value.split()
                             if not re.search(r"\d", w) and w.lower() not in NUMBER_WORDS | VALUE_WORDS]
    if v.unit and not money and not kept:
        kept = [re.sub(r"^[\d.,]+", "", w) for w in v.value.split() if re.match(r"[\d.,]+[A-Za-z]", w)]
    value = " ".join(["…", *kept])

    def hits(words: list[str]) -> list[int]:
        return [k for k, w in enumerate(words) if stem(re.sub(r"[^\w’'-]", "", w).lower()) in shared]

    before = [k for k in hits(head) if k >= len(head) - LABEL_REACH]
    after = [k for k in hits(tail) if k < LABEL_REACH]
    if not before and not after:
        return value if kept else None  # "… ballots": the counted noun alone
    start = before[0] if before else len(head)
    if 0 < start < len(head) and head[start - 1].lower() in ("a", "an", "the", "its", "their", "his", "her"):
        start -= 1
        if start > 0 and head[start - 1].islower() and head[start - 1] not in LABEL_SKIP:
            start -= 1  # "costing the county …": the verb before the determiner
    run = head[start:] + [value] + tail[: after[-1] + 1 if after else 0]
    return " ".join(run).strip(" ,;:.")


# How far from a figure's number a label reaches for the words of what it counts.
LABEL_REACH = 5
# Words of a value that are no part of what it counts.
VALUE_WORDS = frozenset("""more than less fewer over under about around roughly approximately nearly almost some
    at least most up to as many much an estimated close just shy of upwards in excess exceeding below above circa
    per cent percent""".split())
# Words a label does not open with or hold.
LABEL_SKIP = frozenset("in of for to at on by with from as the a an and or its their his her this that".split())
# Currencies as a reader names them.
CURRENCY_NAMES = {"USD": "US dollars", "EUR": "euros", "GBP": "pounds", "JPY": "yen", "CNY": "yuan", "INR": "rupees",
                  "HKD": "Hong Kong dollars", "AUD": "Australian dollars", "CAD": "Canadian dollars", "CHF": "Swiss francs",
                  "SGD": "Singapore dollars", "NZD": "New Zealand dollars", "KRW": "won"}


def _consistent(f: FigureMention, g: FigureMention) -> bool:
    """The two values can both be true as written: two bounds the same way ("over 300
    vessels", "more than 150 vessels": both may hold), or an exact value that the other,
    written as approximate, rounds ("48 teams", "about 50 teams"; see _rounds_to). A
    bound against a value is still told differently ("more than $300 billion", "$328
    billion"), and so are two approximations ("about 1,800 jobs", "about 2,000
    positions"); the conflict notes it."""
    kf, kg = _bound(f.value), _bound(g.value)
    if kf == kg and kf in ("lower", "upper"):
        return True
    if (kf, kg) == ("lower", "exact") and _floors_to(g, f) or (kf, kg) == ("exact", "lower") and _floors_to(f, g):
        return True
    if {kf, kg} == {"lower", "approx"}:
        bound, rough = (f, g) if kf == "lower" else (g, f)
        if ROUGHLY_RE.match(rough.value.lower()):  # not "nearly 120": just below it
            return (rough.quantity or 0.0) > (bound.quantity or 0.0)  # "more than 400 seats", "about 410 seats"
    return (kf, kg) == ("approx", "exact") and _rounds_to(g, f) or (kf, kg) == ("exact", "approx") and _rounds_to(f, g)


def _floors_to(exact: FigureMention, bound: FigureMention) -> bool:
    """Whether a lower bound is ``exact`` written down to the bound's precision: "more than
    240 people" of 242, within APPROX_SHARE."""
    written = _written(bound)
    x, y = bound.quantity or 0.0, exact.quantity or 0.0
    if written is None or not y:
        return False
    zeros, decimals, scale = written
    step = (10 ** zeros if zeros else 10 ** -decimals) * scale
    return x < y < x + step and y - x <= APPROX_SHARE * x


# How far an exact value may be from an approximation of it: "about 50" holds 48 (4%
# off), not 45; "nearly $200,000" does not hold $186,000 (7% off).
APPROX_SHARE = 0.05


def _rounds_to(exact: FigureMention, approx: FigureMention) -> bool:
    """Whether ``exact`` rounds to ``approx`` at the precision ``approx`` is written in
    (its last non-zero digit: "about 50" is 45 to 55, "nearly 50" 45 to 50), at most
    APPROX_SHARE off it."""
    written = _written(approx)
    x, y = approx.quantity or 0.0, exact.quantity or 0.0
    if written is None or not y:
        return False
    zeros, decimals, scale = written
    half = (10 ** zeros if zeros else 10 ** -decimals) * scale / 2
    low, high = x - half, (x if BELOW_RE.match(approx.value.lower()) else x + half)
    return low - 1e-9 * x <= y <= high + 1e-9 * x and abs(x - y) <= APPROX_SHARE * x


def _bound(value: str) -> str:
    low = value.lower()
    if LOWER_BOUND_RE.match(low):
        return "lower"
    if UPPER_BOUND_RE.match(low):
        return "upper"
    if ROUGHLY_RE.match(low) or BELOW_RE.match(low):
        return "approx"
    return "exact"


# Bounds at the start of a value.
LOWER_BOUND_RE = re.compile(r"(?:more than|over|at least|upwards of|above|in excess of|exceeding)\b")
UPPER_BOUND_RE = re.compile(r"(?:less than|fewer than|under|up to|below|no more than|at most)\b")
# Approximations at the start of a value: either side of it, or just below it.
ROUGHLY_RE = re.compile(r"(?:about|around|roughly|approximately|some|an estimated|circa|c\.|~)(?=[\s\d$€£¥])")
BELOW_RE = re.compile(r"(?:nearly|almost|close to|just under|just shy of)\b")


def _capital_words(text: str) -> tuple[str, ...]:
    """The capitalised words of ``text`` that may be names (possessive 's dropped; no
    calendar, title or function word), in order."""
    out = []
    for m in NAME_WORD_RE.finditer(text):
        word = POSSESSIVE_S_RE.sub("", m.group(0))
        if word.lower() not in STORY_COMMON:
            out.append(word)
    return tuple(out)


def _lower_words(text: str) -> frozenset[str]:
    """The words of ``text`` written in lower case."""
    return frozenset(LOWER_WORD_RE.findall(text))


# A possessive ending ("Acme's").
POSSESSIVE_S_RE = re.compile(r"['’]s$")
# A capitalised word (a name or part of one), for telling stories apart.
NAME_WORD_RE = re.compile(rf"\b[{UPPER}][\w’'\-]+")
# Capitalised words that name no story: calendar words, titles, function words.
STORY_COMMON = CALENDAR | TITLE_WORDS | frozenset(
    "the a an and but in on at of for to it its this that he she they we i mr mrs ms dr".split())

