"""Figures, per article (no model, no download).

``find_figures`` finds numbers that count something: money with its currency, percentages,
counts of things, measures, a person's age, an earthquake's magnitude. Rules written for
news prose; nothing here knows a particular outlet, person or story.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .extract import COMMON_WORDS
from .models import Article, FigureMention, Sentence
from .sentences import split_article
from .text import IRREGULAR_PLURALS, NOT_PLURAL_S_RE, lemma

# Words before a number that qualify it ("more than 50", "close to $4bn").
QUALIFIER = (
    r"(?:more\s+than|less\s+than|fewer\s+than|greater\s+than|over|under|about|around|"
    r"close\s+to|nearly|almost|roughly|approximately|some|at\s+least|at\s+most|up\s+to|"
    r"as\s+many\s+as|as\s+much\s+as|as\s+few\s+as|just\s+over|just\s+under|well\s+over|"
    r"an\s+estimated|upwards\s+of|in\s+excess\s+of|only|just|a\s+further|another)"
)
# Currency marks written before the amount; the group name tells the code.
CURRENCY_PREFIX = r"(?:US\$|USD\s?|HK\$|HKD\s?|S\$|SGD\s?|A\$|AU\$|AUD\s?|C\$|CA\$|CAD\s?|NZ\$|NZD\s?|R\$|\$|€|EUR\s?|£|GBP\s?|¥|JPY\s?|CNY\s?|RMB\s?|₹|INR\s?|Rs\.?\s?|₩|CHF\s?)"
# A number as written: thousands separators, decimals.
NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
# Number words that can stand before a scale word ("half a trillion", "two million").
NUMBER_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "several": 3, "half a": 0.5, "a half": 0.5,
    "a quarter of a": 0.25, "dozens of": 24,
}
# The number words above as regex alternatives, longest first.
NUMBER_WORDS_ALT = "|".join(
    sorted((re.escape(k).replace(r"\ ", r"\s+") for k in NUMBER_WORDS), key=len, reverse=True)
)
# Written numbers that count things ("three people", "dozens of protesters"); None for
# vague ones, which are kept as figures but never compared.
COUNT_WORDS: dict[str, float | None] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a dozen": 12, "dozens of": None, "hundreds of": None, "thousands of": None,
    "tens of thousands of": None, "millions of": None,
}
# The count words above as regex alternatives, longest first.
COUNT_WORDS_ALT = "|".join(
    sorted((re.escape(k).replace(r"\ ", r"\s+") for k in COUNT_WORDS), key=len, reverse=True)
)
# Scale words after a number, long and short forms.
SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "tr": 1e12,
    "crore": 1e7, "lakh": 1e5,
}
# Currency words after an amount ("10 billion yuan").
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "pound": "GBP",
    "sterling": "GBP", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "rupees": "INR", "won": "KRW",
    "francs": "CHF", "roubles": "RUB", "rubles": "RUB",
}
# Codes for the currency marks above.
CURRENCY_CODES = {
    "US$": "USD", "$": "USD", "HK$": "HKD", "S$": "SGD", "A$": "AUD", "AU$": "AUD", "C$": "CAD",
    "CA$": "CAD", "NZ$": "NZD", "R$": "BRL", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
    "RS": "INR", "RS.": "INR", "₩": "KRW", "RMB": "CNY",
}
# Where a figure may start: not inside a word, except where a currency mark begins
# ("US$"). Nothing else can match inside a word (every other branch needs a word start),
# so this only lets the scan skip most positions fast: same matches, ~40% less time.
FIGURE_START = rf"(?:(?<!\w)|(?={CURRENCY_PREFIX}))"
# One figure: qualifier, currency, number (or number words), scale, percent or currency word.
FIGURE_BODY = rf"""(?P<qual>\b{QUALIFIER}\s+)?
    (?:(?P<cur>{CURRENCY_PREFIX})\s?)?
    (?:(?P<num>(?(cur)|(?<![\w.,/:+#\-])){NUMBER})  # (after a currency mark, even one of letters: "Rs100,000")
      |(?P<words>\b(?:{NUMBER_WORDS_ALT})\s+(?=(?:thousand|million|billion|trillion)\b))
      |(?P<cwords>(?<![\w\-])(?:{COUNT_WORDS_ALT})(?=\s+[a-z])))
    (?:\s?(?P<scale>thousand|million|billion|trillion|crore|lakh|mln|mn|bn|bln|tn|tr|k|m|b)(?![\w]))?
    (?:\s?(?P<pct>%|per\s?cent\b|percent\b|(?-i:pc)\b|percentage\s+points?\b))?  # "1.5pc": British
    (?:\s(?P<curword>{'|'.join(CURRENCY_WORDS)})\b)?
    """
FIGURE_RE = re.compile(FIGURE_START + FIGURE_BODY, re.X | re.I)
# Spans that look numeric but are not figures: dates, times, phone numbers, ranges of digits.
MASK_RE = re.compile(
    r"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b\d{1,2}:\d{2}(?::\d{2})?\b"
    r"|\+?\(?\d{2,4}\)?[\s.\-]\d{3,4}[\s.\-]\d{3,4}\b"
)
# Month names: a number next to one is part of a date.
MONTHS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july "
    "august september october november december".split()
)
# Words after a number that make it a clock time.
TIME_WORDS = frozenset("am a.m. pm p.m. gmt bst utc et est pst cet hrs o'clock".split())
# Durations and calendar units: counting them is not counting things.
TIME_UNITS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade "
    "decades century centuries quarter quarters".split()
)
# Words that end a counted noun phrase after a number.
NP_STOP = frozenset(
    """a an the of in on at to for from by with without into onto over under than as per and or but
    nor so that which who whom whose this these those it its is are was were be been being has have
    had will would can could may might must should shall do does did not no each every more most
    less least such than then there their they them he she his her we our you your i my me us
    across about around between among through during since until while when where before after
    because if also only just even still yet very too already again ago""".split()
)
# Words ending in s that are not plural nouns.
NOT_PLURAL = frozenset(
    "overseas various numerous previous serious famous news series species means analysis basis "
    "crisis thesis gas plus bonus census status campus virus lens".split()
)
# Measure units written after a number ("5 km", "10 tonnes").
MEASURE_UNITS = frozenset(
    """km kilometres kilometers kilometre kilometer miles mile metres meters metre meter m cm mm
    kg kilograms kilogram tonnes tonne tons ton lb lbs pounds ounces oz litres liters gallons
    barrels bpd mw gw kw kwh mwh gwh twh hectares acres sq mph kph knots degrees gb tb mb
    pence cents""".split()
)


def _plural_like(word: str) -> bool:
    w = word.lower()
    if w in NOT_PLURAL:
        return False
    return w in IRREGULAR_PLURALS or (len(w) > 2 and w.endswith("s") and not NOT_PLURAL_S_RE.search(w))


# The next word after a number or a word, with the white space before it.
CONTIGUOUS_WORD_RE = re.compile(r"\s*([A-Za-z0-9]*[A-Za-z][A-Za-z0-9\-]*)")


def _counted_noun(after: str, number: float | None) -> tuple[str, str] | None:
    """The counted noun phrase at the start of ``after``: (phrase as written, head noun).

    Takes up to four lowercase words (stopping at function words and punctuation) and
    returns the phrase up to its head noun: the first plural-looking word (or measure
    unit), or the first word when the number is one. "of its/their/the" may come first
    ("114 of its overseas affiliates").
    """
    m = re.match(r"\s+(of\s+(?:its|their|the|his|her|our|these|those)\s+)", after)
    lead = m.group(1) if m else ""
    rest = after[m.end() if m else 0 :]
    phrase_words: list[str] = []
    prev_end = 0
    for w in CONTIGUOUS_WORD_RE.finditer(rest):
        if w.start() != (0 if not phrase_words else prev_end):
            break
        word = w.group(1)
        if word.lower() in NP_STOP or (word[0].isupper() and word.lower() not in MEASURE_UNITS):
            break
        phrase_words.append(word)
        prev_end = w.end()
        if len(phrase_words) >= 4:
            break
    for i, word in enumerate(phrase_words):
        lw = word.lower()
        if lw in TIME_UNITS:
            return None
        if lw in MEASURE_UNITS or _plural_like(word) or (number == 1 and i == 0):
            if lw.endswith(("ing", "ed")) and lw not in IRREGULAR_PLURALS:
                return None
            while i + 1 < len(phrase_words) and _plural_like(phrase_words[i + 1]):
                i += 1  # "overseas affiliates": the last of a run of plural-looking words is the head
            return lead + " ".join(phrase_words[: i + 1]), lemma(phrase_words[i])
    return None


# What follows a counted noun and says more about it: a prepositional phrase ("for 5G"),
# or a participle with its phrase ("were killed in the attack", "are currently prescribed",
# "waiting outside the port").
COUNT_TAIL_RE = re.compile(
    r"\s*(?:(?:of|for|in|on|from|to|at)\s+(?:the\s+)?"
    r"(?:(?!(?:the|a|an|and|or|but|of|for|in|on|to|at|by|with|across|from|over|that|which|who|as|than)\b)"
    r"[A-Za-z0-9][\w\-]*\s*){1,3}"
    r"|(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been|been|being)\s+(?:[a-z]+ly\s+)?)?[a-z]+(?:ed|en|ing)\b"
    r"(?:\s+(?:in|at|on|by|from|outside|near|during|off)\s+(?:the\s+)?[a-z][\w\-]*)?)"
)


# How many words before a number say what it counts, when nothing after it does.
ABOUT_WORDS = 8


def _about(sentence: str, start: int, end: int, noun_phrase: str | None) -> str:
    """What a figure counts, in a few words of its sentence.

    The counted noun phrase with what follows it ("contracts for 5G"), else the phrase
    after the number ("in revenues", "of the global market"), else the words before it.
    """
    after = sentence[end:]
    follow = re.match(r"\s*((?:(?:of|in|for|on|to|from)\s+)?(?:[a-z][\w\-]*\s*){1,5})", after)
    if noun_phrase:
        noun_phrase = re.sub(r"^of\s+\w+\s+", "", noun_phrase)
        tail = COUNT_TAIL_RE.match(after)
        extra = (" " + re.sub(r"\s+", " ", tail.group(0)).strip()) if tail else ""
        return (noun_phrase + extra).strip()
    if follow:
        words = [w for w in follow.group(1).split()]
        while words and words[-1].lower() in NP_STOP:
            words.pop()
        if words and words[0].lower() not in ("and", "or", "but", "than", "as"):
            text = " ".join(words)
            if any(w.lower() not in NP_STOP for w in words):
                return text
    # The words right before the number in its clause, as written ("the tech industry is
    # expected to grow to"): never content words picked out and strung together.
    head = sentence[:start]
    if head.rfind("(") > head.rfind(")"):  # a conversion in brackets: what the value before it counts
        head = re.sub(r"(?:[€$£¥]|[A-Z]{2,3}\$?\s?)?\d[\d.,]*\s*(?:[a-z]+\s*){0,2}$", "", head[: head.rfind("(")].rstrip())
    clauses = re.split(r"[;:()—–]|,(?!\d{3}(?!\d))|(?<!\d),", head)  # not at "21,000"
    words = clauses[-1].split()[-ABOUT_WORDS:]
    while words and words[0].lower() in ("and", "or", "but", "while", "which", "that", "as"):
        words.pop(0)
    if len(words) < 3 and len(clauses) > 1 and len(clauses[0].split()) >= 3:
        # "..., including damage to homes, shops and roads, at £180 million": the sentence's
        # main clause says what it is, the words right before the number of what
        near = " ".join(head.split()[-ABOUT_WORDS:])
        main = " ".join(clauses[0].split()[-ABOUT_WORDS:])
        overlap = main in near or " ".join(main.split()[-3:]) in near
        return near.strip(" .") if overlap else (main + " … " + near).strip(" .…")
    return " ".join(words).strip(" .")


def _is_year(num: str, prev_word: str, qual: bool, noun: tuple[str, str] | None) -> bool:
    if not re.fullmatch(r"1[5-9]\d\d|20\d\d", num):
        return False
    if qual and noun:
        return False
    if noun and prev_word.lower() not in NP_STOP and prev_word.lower() not in MONTHS and prev_word.lower() not in (
        "early", "late", "mid", "fiscal", "fy"):
        return False  # "2000 employees"
    return True


# A measure unit written onto its number ("112mm", "40km", "3kg"): not a name like "5G".
ATTACHED_UNIT_RE = re.compile(r"(mm|cm|km|kg|ml|mph|kph|km/h|kwh|mwh|gwh|twh|kw|mw|gw|ha)(?![\w/])")
# A duration after a number ("for 22 years", "a career of 30 years", "up to 40 years"): a
# length of time that is itself the figure, not a date.
TENURE_RE = re.compile(r"\s+(years|months|weeks|days|hours|decades)\b(?!\s+(?:ago|old|earlier|later|before|after)\b)")
# Words before a length of time that make it a date rather than a length: "in 40 years".
TIME_PREPS = frozenset("in within after before since until by over".split())
# Denominators of fractions written in words.
FRACTIONS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
# A fraction in words that is a share of something ("roughly a third of those shifts",
# "two-thirds of members", "half of all homes"): always followed by "of".
FRACTION_RE = re.compile(
    rf"(?:\b{QUALIFIER}\s+)?\b(?:(?P<n>a|one|two|three|four)[\s\-](?P<d>thirds?|quarters?|fifths?|tenths?)"
    r"|(?P<half>half))(?=\s+of\s+(?:the|its|their|all|those|these|our|his|her|[a-z]+s)\b)",
    re.I,
)
# Words before a bare number that make it a level or a count ("rose to 15", "stood at 57").
BARE_LEAD_RE = re.compile(
    r"\b(?:to|at|of|reached|hit|hits|totalled|totaled|totals|numbered|numbers|is|was|are|were|by)\s+$", re.I
)


# A role said of people right after their count: what makes "one" with its noun a count
# ("One person has since been rescued", "one man was killed"), and "others" people ("2,200
# others were injured").
PEOPLE_ROLE_AFTER_RE = re.compile(r"\s+(?:(?:has|have|had|was|were|is|are|been|since|also|later|reportedly|now)\s+)*"
                                  r"(?:killed|died|dead|rescued|injured|wounded|hurt|missing|arrested|detained|"
                                  r"hospitali[sz]ed|evacuated|displaced|confirmed\s+dead)\b", re.I)


def figures_in(text: str) -> list[tuple[int, int, str, float | None, str | None, str]]:
    """The figures of one sentence as (start, end, value, quantity, unit, about)."""
    masked = MASK_RE.sub(lambda m: "#" * len(m.group(0)), text)
    out: list[tuple[int, int, str, float | None, str | None, str]] = []
    for m in FIGURE_RE.finditer(masked):
        num, words, cur, scale, pct, curword = (m.group(k) for k in ("num", "words", "cur", "scale", "pct", "curword"))
        cwords = m.group("cwords")
        if cwords and (cur or scale or pct or curword):
            continue  # "two million" is read by the number-word branch; "two %" is not a thing
        if not num and not words and not cwords:
            continue
        if cur and cur[:1].isalpha() and m.start("cur") > 0 and masked[m.start("cur") - 1].isalpha():
            continue  # "Players100": letters inside a word are no currency mark
        nend = m.end()
        after = masked[m.end() :]
        attached = ATTACHED_UNIT_RE.match(after) if num and not scale and not pct else None
        if num and not attached and re.match(r"[A-Za-z\-]|\.\d|['’]s|\d", after) and not scale and not pct:
            continue  # 5G, 10-year, 10th, 1990s
        if scale and scale.lower() in ("m", "b", "k") and not cur and not curword and \
                not (_counted_noun(after, None) and not re.match(r"\s*(?:tall|high|long|wide|deep)\b", after)):
            continue  # "5m" may be metres: a scale only with a currency or a counted noun ("1.2m people")
        if scale and scale.lower() in ("m", "b", "k", "bn", "mn", "tn", "tr") and re.match(r"[A-Za-z]", after):
            continue
        before = masked[: m.start()]
        prev_words = re.findall(r"[\w.’'&\-#]+", before)
        prev_word = prev_words[-1] if prev_words else ""
        qual = m.group("qual")
        if not qual and not cur:
            if re.search(r"[\w\-/#]$", before):
                continue
            if prev_word.lower().rstrip(".") in MONTHS or prev_word.lower() in ("no.", "no", "number", "#", "nos."):
                continue
            if prev_word[:1].isupper() and prev_word.lower() not in COMMON_WORDS and before.rstrip() and \
                    not re.search(r"[.!?:;\"“”(]\s*$", before) and len(before.strip()) > len(prev_word):
                continue  # "Mate 30", "Section 230": a name with a number
        nxt = re.match(r"\s*([\w.']+)", after)
        next_word = nxt.group(1).lower() if nxt else ""
        if next_word.rstrip(".") in MONTHS or next_word in TIME_WORDS:
            continue
        vague = False
        if num:
            base = float(num.replace(",", ""))
        elif words:
            key = re.sub(r"\s+", " ", words.lower()).strip()
            base = float(NUMBER_WORDS.get(key, 1))
        else:
            count = COUNT_WORDS.get(re.sub(r"\s+", " ", cwords.lower()).strip())
            vague = count is None
            base = count or 0.0
        qty: float | None = round(base * SCALES[scale.lower()], 6) if scale else base
        unit: str | None = None
        noun: tuple[str, str] | None = None
        if cur:
            unit = CURRENCY_CODES.get(cur.strip().upper(), CURRENCY_CODES.get(cur.strip(), cur.strip().upper()))
        elif curword:
            unit = CURRENCY_WORDS[curword.lower()]
        elif pct:
            unit = "pp" if pct.lower().startswith("percentage") else "%"
        elif attached:
            noun = (attached.group(1), attached.group(1).lower())  # "112mm": the unit is written onto the number
            unit = noun[1]
        else:
            noun = _counted_noun(after, None if scale else base)
            if noun:
                unit = noun[1]
            elif num and prev_word.lower() not in TIME_PREPS:
                # "for 22 years", "up to 40 years in prison": a length of time (not "in 40
                # years", "within 5 days": a date to come)
                span = TENURE_RE.match(after)
                if span:
                    noun = (span.group(1), lemma(span.group(1)))
                    unit = noun[1]
        value_end = m.end() + after.find(noun[0]) + len(noun[0]) if noun else nend
        if unit == "other":
            # "2,200 others were injured": people, when a role is said of them; "and 1,210
            # others": the things counted before it in the sentence ("159 housing units")
            earlier = [u for *_rest, u, _about in out if u]
            people = PEOPLE_ROLE_AFTER_RE.match(masked, value_end)
            unit = "person" if people else earlier[-1] if earlier and earlier[-1] != "person" else "other"
        if num and not cur and not pct and not scale and not curword and _is_year(num, prev_word, bool(qual), noun):
            continue
        if cwords and not noun:
            continue  # a written number counts something only with its noun
        if cwords and cwords.lower() == "one" and not PEOPLE_ROLE_AFTER_RE.match(masked, value_end):
            continue  # "one person was rescued" is a count; "one official said", "one of them" are not
        if cwords and (prev_word.lower() in ("the", "its", "their", "his", "her", "our", "these", "those")
                       or re.search(r"['’]s$", prev_word)):
            continue  # "the two countries", "the world's two largest": a reference, not a count
        if vague:
            qty = None
        if not unit and not scale:
            # A bare number ("the death toll rose to 15."): kept when it ends a clause or
            # follows a verb of level ("rose to", "stood at"); its unit is "#".
            ends_clause = bool(re.match(r"\s*(?:[,.;)]|$)", after))
            after_level = bool(BARE_LEAD_RE.search(before))
            if base < 2 or not (ends_clause or after_level) or (not qual and not after_level and base < 10):
                continue
            unit = "#"
        start = m.start()
        value = text[start:value_end].strip()
        about = _about(text, start, value_end, noun[0] if noun else None)
        out.append((start, value_end, value, qty, unit, about))
    for m in FRACTION_RE.finditer(masked):
        if any(s <= m.start() < e for s, e, *_rest in out):
            continue
        if m.group("half"):
            if re.search(r"\b(?:first|second|latter|other|the|a|one)\s+$", masked[: m.start()], re.I):
                continue  # "the first half of the year": a period, not a share
            share = 50.0
        else:
            share = 100.0 * NUMBER_WORDS.get(m.group("n").lower(), 1) / FRACTIONS[m.group("d").lower().rstrip("s")]
        value = text[m.start() : m.end()].strip()
        out.append((m.start(), m.end(), value, round(share, 3), "%", _about(text, m.start(), m.end(), None)))
    ages = [*AGE_AFTER_NAME_RE.finditer(text)] if AGE_HINT_RE.search(text) else []
    if "-year-old" in text:
        ages += AGE_BEFORE_NAME_RE.finditer(text)
    for m in ages:
        name, age = m.group("name"), int(m.group("age"))
        start, end = m.span("age")
        if m.re is AGE_BEFORE_NAME_RE:
            end = m.end("old")
        if not 0 < age < 120 or name.split()[0].lower() in COMMON_WORDS | MONTHS or \
                any(s <= start < e or start <= s < end for s, e, *_rest in out):
            continue
        out.append((start, end, text[start:end], float(age), "age", f"age of {name}"))
    if "agnitude" in text:
        for m in MAGNITUDE_RE.finditer(text):
            start, end = m.span("value")
            overlapping = [r for r in out if r[0] < end and start < r[1]]
            if any(r[4] not in ("#", None) for r in overlapping):
                continue
            out = [r for r in out if r not in overlapping]  # "a magnitude of 7.6" is no bare level
            what = (m.group("what") or "").lower() or ("aftershock" if "aftershock" in text.lower() else "")
            shock = "aftershock" if what == "aftershock" else "earthquake"
            out.append((start, end, text[start:end], float(m.group("a") or m.group("b")), "magnitude",
                        f"magnitude of the {shock}"))
    for m in COMPOUND_COUNT_RE.finditer(text) if "-" in text else ():
        start, end = m.span()
        if any(r[0] < end and start < r[1] for r in out):
            continue
        count = m.group("n").lower()
        number = float(count) if count.isdigit() else NUMBER_WORDS.get(count)
        if number:
            out.append((start, end, text[start:end], float(number), lemma(m.group("u").lower()), m.group("noun")))
    out.sort(key=lambda r: r[0])
    return out


# An earthquake's magnitude, however written: "magnitude-6.8", "6.8-magnitude", "magnitude
# 7.0", "a magnitude of 7.6", "a 7.4 magnitude earthquake": unit "magnitude".
MAGNITUDE_RE = re.compile(r"\b(?P<value>(?:magnitude(?:-|\s+(?:of\s+)?)(?P<a>\d(?:\.\d)?)|(?P<b>\d(?:\.\d)?)"
                          r"(?:-|\s+)magnitude))\b(?!\.\d)(?:\s+(?P<what>quake|earthquake|aftershock|tremor|temblor))?",
                          re.I)
# A count written as a compound before its noun: "a 277-page ruling", "their eight-day
# mission", "a 12-member jury": unit the compound's noun, about the noun it describes.
COMPOUND_COUNT_RE = re.compile(
    r"\b(?P<n>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|hundred)-(?P<u>pages?|days?|weeks?|months?|hours?|minutes?|seats?|members?|judges?|games?|storeys?|"
    r"stor(?:y|ies))\s+(?P<noun>[a-z][a-z\-]+)", re.I)


# A person's age after their name, set off by commas ("Prigozhin, 62, led ..."), or before
# it ("the 62-year-old Prigozhin"): a figure whose unit is "age", about that person.
AGE_HINT_RE = re.compile(r",\s\d{1,3},")
AGE_AFTER_NAME_RE = re.compile(r"(?<![\w’'])(?P<name>(?:[A-Z][\w’'\-]+\s+){0,3}[A-Z][\w’'\-]+),\s+(?P<age>\d{1,3}),")
# ("the proud 50-year-old Trump supporter": a noun after the name is who is that age,
# the name only qualifies it: "age of Trump supporter", not Trump's.)
AGE_BEFORE_NAME_RE = re.compile(r"\b(?P<age>\d{1,3})(?P<old>-year-old)\s+(?:[a-z][\w\-]*\s+){0,3}"
                                r"(?P<name>(?>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3})"
                                r"(?:\s+(?!(?:and|or|who|was|is|were|said|says|had|has|of|in|at|from|to|on|with|for|"
                                r"told|gave|went|spoke|made|took|left|became|won|lost|ran|came|got|will|would|"
                                r"can|could|may|must|should|did|does|also|then|now|still)\b)(?![a-z]+ed\b)"
                                r"[a-z][a-z\-]*\b(?![\-’']))?)")


def find_figures(article: Article, sentences: Sequence[Sentence]) -> list[FigureMention]:
    """Every number that counts something, in reading order.

    Money with its currency code, percentages ("%", and shares in words: "a third of"
    is 33.333 %), counts of things (unit = the counted noun's lemma) and measures
    (also written onto the number: "112mm"). ``value`` is the number phrase as written
    with its qualifier and counted noun; ``about`` a few words of the sentence saying
    what it counts; ``quantity`` the normalised number. Years, dates, times, phone
    numbers, ordinals, names with numbers ("5G", "Mate 30", "COVID-19") and durations
    are not figures, except a length of time after "for"/"of" ("for 22 years") or in a
    compound ("an eight-day mission"). A person's age is one ("Prigozhin, 62,", "the
    62-year-old Prigozhin": unit "age", ``about`` "age of Prigozhin"), and so is an
    earthquake's magnitude ("the magnitude-6.8 quake": unit "magnitude", ``about``
    "magnitude of the earthquake", or "of the aftershock") and a count written as a
    compound ("a 277-page ruling": unit "page", ``about`` "ruling").
    """
    sents = list(sentences) or list(split_article(article))
    out: list[FigureMention] = []
    for s in sents:
        for _start, _end, value, qty, unit, about in figures_in(s.text):
            out.append(FigureMention(article.id, value, about, s, qty, unit))
    return out
