"""Date expressions in news text: find them and resolve them (CONTRACT.md ``dates``).

A rule-based temporal tagger in the spirit of HeidelTime, written for news prose:

* a list of regular-expression alternatives describes every candidate (absolute dates
  in every common order, ranges, quarters, seasons, decades, named days,
  anchor-relative words such as "yesterday" or "last week", event-relative words such
  as "two days later", and the vague references "now", "recently", "soon"); one scan
  finds the words that can open a date, and at each only the alternatives that word
  can open are tried, combined into one compiled expression, in priority order;
* a small handler per kind of match checks the context (is "May" a month here? is
  "2000" a year or a count?) and resolves the value against the article's
  publication date (the anchor), the previous date of the text (for "the following
  day") or, for an undated article, the corpus year (flagged ``inferred``).

Values follow TimeML: ``2019``, ``2019-09``, ``2019-09-10``, ``2019-W37``,
``2019-W37-WE``, ``2019-Q3``, ``2019-H1``, ``2019-SU``, ``199X`` (a decade), ``19``
(a century), intervals ``a/b``, and ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``.
Durations ("for five years", "the next five years", "in over two months") are not
points in time: they are recognised so that their words are not misread, then left
out of the output. A year-less date with no anchor and no corpus year gets an
``XXXX`` year.
"""
from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from .dates_labels import clause_label  # re-exported: the label of a mention
from .models import Article, DateMention, Sentence, TimeExpr

Date = datetime.date

VAGUE = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "a couple of": 2, "couple of": 2,
    "half a": 0, "a half": 0,
}
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "final": 4, "last": 4,
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

# ---------------------------------------------------------------------------
# Building blocks of the combined expression (strings, compiled once below).

# White space inside an expression: at most one line break.
_S = r"(?:[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)"
# A month name, capitalised ("may" and "march" are verbs); abbreviations may carry a dot.
_MON = (r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
        r"(?![A-Za-z])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![A-Za-z])\.?)")
# A day of the month, with an optional ordinal suffix, not glued to a letter or digit ("5G").
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\w%])"
# A four-digit year 1500-2099, not part of a bigger number, a decade or a percentage.
_YEAR = r"(?:1[5-9][0-9]{2}|20[0-9]{2})(?![0-9%]|[,.][0-9]|s\b)"
# A weekday name (full), then the abbreviated forms allowed only before a date.
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])"
_WD_PREFIX = (rf"(?:(?:{_WD}|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?)(?:,{_S}?|{_S})"
              rf"(?:(?i:the){_S})?)")
# A small count: digits, number words, or vague quantities (resolved to PAST_REF etc.).
_NUM = (r"(?i:\d{1,3}|a\s+couple\s+of|couple\s+of|a\s+few|few|several|many|some|half\s+a|"
        r"an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)")
# A calendar unit.
_UNIT = r"(?i:day|week|fortnight|month|year|decade|quarter|hour|minute)s?(?![A-Za-z])"
# A dash used in a range.
# Not the second weekday of a list: "Thursday and Friday last week" names the week of
# both, so "last week" stays an expression of its own (one fixed-width look-behind each).
_NOT_LISTED = "".join(f"(?<!and {d})(?<!or {d})" for d in
                      ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
_DASH = r"[^\S\n]*[-–—][^\S\n]*"

_ALTERNATIVES = [
    # --- vague future first: "in the coming weeks" is not a duration
    ("vfut", r"(?i:in\s+the\s+(?:coming|next\s+(?:few|several|couple\s+of))\s+(?:days|weeks|months|years|decades)"
             r"|(?:in\s+)?the\s+(?:days|weeks|months|years)\s+(?:ahead|to\s+come)"
             r"|in\s+the\s+(?:near|foreseeable|distant|not-too-distant|not\s+too\s+distant)\s+future"
             r"|in\s+(?:the\s+)?future|(?:the\s+)?coming\s+(?:days|weeks|months|years)"
             r"|sooner\s+or\s+later|soon|shortly)(?![A-Za-z])"),
    # --- durations: consumed so that "the next five years" is not read as a point
    ("skip", rf"(?i:(?:(?:in|over|during|for|within|throughout){_S})?the{_S}(?:last|past|coming){_S}(?:{_NUM}{_S})?{_UNIT}"
             rf"|(?:in|over|during|for|within|throughout){_S}the{_S}next{_S}(?:{_NUM}{_S})?{_UNIT}"
             rf"|the{_S}next{_S}(?:{_NUM}){_S}{_UNIT}"
             rf"|(?:for|within|in{_S}(?:over|under|more{_S}than|less{_S}than|about|nearly|just|around))"
             rf"{_S}(?:(?:more|less){_S}than{_S}|over{_S}|about{_S}|nearly{_S}|almost{_S}|up{_S}to{_S})?{_NUM}{_S}{_UNIT})"),
    # --- vague references (TimeML PRESENT_REF / PAST_REF)
    ("vpast", r"(?i:in\s+recent\s+(?:days|weeks|months|years|decades|times)|in\s+the\s+(?:recent\s+)?past"
              r"|(?:a\s+few|several|many|some|few|a\s+number\s+of)\s+(?:days|weeks|months|years|decades)\s+ago"
              r"|(?:days|weeks|months|years|decades)\s+ago|long\s+ago|recently|lately|previously|formerly)(?![A-Za-z])"),
    ("vnow", r"(?i:right\s+now|now|currently|at\s+present|at\s+the\s+moment|presently|nowadays|these\s+days)(?![A-Za-z])"),
    # --- numeric dates
    ("iso", r"(?<![\d.,/-])(?P<iso_y>1[5-9][0-9]{2}|20[0-9]{2})(?P<iso_sep>[-/.])(?P<iso_m>0?[1-9]|1[0-2])"
            r"(?P=iso_sep)(?P<iso_d>0?[1-9]|[12][0-9]|3[01])(?![\d]|[-/.][0-9])"),
    ("num", r"(?<![\d.,/-])(?P<num_a>0?[1-9]|[12][0-9]|3[01])(?P<num_sep>[/.-])(?P<num_b>0?[1-9]|[12][0-9]|3[01])"
            r"(?P=num_sep)(?P<num_y>(?:1[5-9]|20)[0-9]{2})(?![\d]|[-/.][0-9])"),
    ("isom", r"(?<![\d.,/-])(?P<isom_y>1[5-9][0-9]{2}|20[0-9]{2})-(?P<isom_m>0[1-9])(?![\d]|[-/.][0-9])"),
    # --- ranges
    ("rdm", rf"(?:(?i:between|from){_S})?(?P<rdm_a>{_DAY})(?:{_DASH}|{_S}(?i:to|until|till|through|and){_S})"
            rf"(?P<rdm_b>{_DAY}){_S}(?:(?i:of){_S})?(?P<rdm_m>{_MON})(?:,?{_S}(?P<rdm_y>{_YEAR}))?"),
    ("rmd", rf"(?:(?i:between|from){_S})?(?P<rmd_m>{_MON}){_S}(?P<rmd_a>{_DAY})(?:{_DASH}|{_S}(?i:to|until|till|through|and){_S})"
            rf"(?P<rmd_b>{_DAY})(?:,?{_S}(?P<rmd_y>{_YEAR}))?"),
    ("rmm", rf"(?:(?P<rmm_p>(?i:between|from)){_S})?(?P<rmm_a>{_MON})(?:{_S}(?:(?i:of){_S})?(?P<rmm_ya>{_YEAR}))?"
            rf"(?P<rmm_c>{_DASH}|{_S}(?i:to|until|till|through|and){_S})(?P<rmm_b>{_MON})(?:,?{_S}(?P<rmm_yb>{_YEAR}))?"),
    ("ryy", rf"(?:(?P<ryy_p>(?i:between|from)){_S})?(?<![\d.,/$£€-])(?P<ryy_a>{_YEAR})"
            rf"(?P<ryy_c>{_DASH}|/|{_S}(?i:to|until|till|through|and){_S})(?P<ryy_b>(?:1[5-9]|20)[0-9]{{2}}(?![\d%])|[0-9]{{2}}(?![\d%]))"),
    # --- full and partial calendar dates
    ("dmy", rf"{_WD_PREFIX}?(?:(?i:the){_S})?(?<![\d.,/-])(?P<dmy_d>{_DAY}){_S}(?:(?i:of){_S})?(?P<dmy_m>{_MON}),?{_S}(?P<dmy_y>{_YEAR})"),
    ("mdy", rf"{_WD_PREFIX}?(?P<mdy_m>{_MON}){_S}(?:(?i:the){_S})?(?P<mdy_d>{_DAY}),?{_S}(?P<mdy_y>{_YEAR})"),
    ("mrel", rf"(?P<mrel_m>{_MON}){_S}(?P<mrel_r>(?i:this|last|next|of\s+this|of\s+last|of\s+next)){_S}(?i:year)"),
    ("rmon", rf"(?P<rmon_r>(?i:last|next|this(?:\s+past|\s+coming)?)){_S}(?P<rmon_m>{_MON})(?!{_S}\d)"),
    ("modm", rf"(?P<modm_w>(?i:early|mid|late|the{_S}(?:beginning|start|end|middle|turn){_S}of|the{_S}(?:first|second|last){_S}(?:half|week){_S}of|end{_S}of|start{_S}of|beginning{_S}of))"
             rf"(?:{_S}|-)(?P<modm_m>{_MON})(?:,?{_S}(?:(?i:of){_S})?(?P<modm_y>{_YEAR}))?"),
    ("my", rf"(?P<my_m>{_MON}),?{_S}(?:(?i:of){_S})?(?P<my_y>{_YEAR})"),
    ("dm", rf"{_WD_PREFIX}?(?<![\d.,/-])(?:(?i:the){_S})?(?P<dm_d>{_DAY}){_S}(?:(?i:of){_S})?(?P<dm_m>{_MON})"),
    ("md", rf"{_WD_PREFIX}?(?P<md_m>{_MON}){_S}(?:(?i:the){_S})?(?P<md_d>{_DAY})(?!{_S}?(?:%|[,.:][0-9]|(?i:percent|per\s+cent|million|billion)))"),
    # --- seasons, quarters, halves, decades, centuries, fiscal years
    ("season", rf"(?:(?P<season_mod>(?i:early|mid|late|the))(?:{_S}|-))?(?:(?P<season_r>(?i:last|this|next|this\s+past|this\s+coming)){_S})?"
               rf"(?P<season_s>(?i:spring|summer|autumn|fall|winter))(?![A-Za-z])(?:{_S}(?:(?i:of){_S})?(?P<season_y>{_YEAR}))?"),
    ("quarter", rf"(?:(?i:the){_S})?(?P<q_o>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))(?:{_S}|-)(?i:quarter|(?P<q_half>half))(?![A-Za-z])"
                rf"(?:{_S}(?i:of){_S}(?:(?i:fiscal(?:\s+year)?|the\s+year){_S})?(?:(?P<q_y>{_YEAR})|(?P<q_r>(?i:this|last|next|the\s+(?:previous|current|same|following|next))){_S}(?i:year)|(?P<q_the>(?i:the\s+year))))?"),
    ("qshort", rf"(?<![\w])(?P<qs_k>[QH])(?P<qs_n>[1-4])(?![\w])(?:[^\S\n]*(?:(?i:of)[^\S\n]+)?(?:'|FY)?(?P<qs_y>{_YEAR}|[0-9]{{2}}(?![\d%])))?"),
    ("qrel", rf"(?P<qrel_r>(?i:this|last|next|the\s+(?:previous|current|next|following))){_S}(?i:quarter)(?![A-Za-z])"),
    ("decade", rf"(?:(?i:the){_S})?(?:(?i:early|mid|late)(?:{_S}|-))?(?P<dec_y>(?:1[5-9]|20)[0-9]0|['’]?[1-9]0)(?:'|’)?s(?![A-Za-z])"),
    ("century", rf"(?:(?i:the){_S})?(?:(?i:early|mid|late)(?:{_S}|-))?(?P<cen_n>1[5-9]|2[01])(?:st|nd|rd|th)(?:{_S}|-)(?i:century)"),
    ("mody", rf"(?P<mody_w>(?i:early|mid|late|the{_S}(?:beginning|start|end|middle|turn|(?P<mody_h>first|second){_S}half){_S}of|end{_S}of|start{_S}of|beginning{_S}of))"
             rf"(?:{_S}|-)(?:(?i:fiscal){_S})?(?P<mody_y>{_YEAR})"),
    ("fiscal", rf"(?i:fiscal(?:{_S}year)?{_S}|FY[^\S\n]?'?)(?P<fis_y>{_YEAR}|[0-9]{{2}}(?![\d%]))"),
    # --- relative to the publication date
    ("dayrel", r"(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow"
               r"|this\s+(?:morning|afternoon|evening)|last\s+night)(?![A-Za-z])(?:[^\S\n]+(?i:morning|afternoon|evening|night)(?![A-Za-z]))?"),
    ("holiday", rf"(?:(?P<hol_r>(?i:last|this|next|this\s+past|this\s+coming)){_S})?"
                rf"(?P<hol_n>Christmas(?:{_S}(?:Day|Eve))?|New{_S}Year['’]s(?:{_S}(?:Day|Eve))?|Valentine['’]s{_S}Day"
                rf"|Halloween|Boxing{_S}Day|Thanksgiving(?:{_S}Day)?|Easter(?:{_S}(?:Sunday|Monday))?|Good{_S}Friday"
                rf"|Black{_S}Friday|May{_S}Day|Bastille{_S}Day|Armistice{_S}Day|Remembrance{_S}Day)(?![A-Za-z])"
                rf"(?:,?{_S}(?P<hol_y>{_YEAR}))?"),
    ("unitrel", rf"(?P<ur_mod>(?i:(?:earlier|later|early|late|mid|(?:the{_S})?(?:end|start|beginning|middle){_S}of)(?:{_S}|-)))?"
                rf"(?P<ur_r>(?i:this(?:{_S}past|{_S}coming)?|last|next|(?:the{_S})?same|the)){_S}(?P<ur_u>(?i:week|weekend|month|year|decade|century))(?![A-Za-z])"),
    ("wd", rf"(?:(?P<wd_r>(?i:last|this|next|this\s+past|this\s+coming|(?:on{_S})?the{_S}following|the{_S}next|the{_S}previous)){_S})?"
           rf"(?P<wd_d>{_WD})(?:[^\S\n]+(?i:morning|afternoon|evening|night))?"
           rf"(?:{_NOT_LISTED}{_S}(?P<wd_w>(?i:last|next|this))[^\S\n]+(?i:week)(?![A-Za-z]))?"),
    ("weekend", r"(?i:(?:(?:over|during|at|until|by|on)\s+)?the\s+weekend)(?![A-Za-z])"),
    ("ago", rf"(?P<ago_n>{_NUM}){_S}(?P<ago_u>{_UNIT}){_S}(?i:ago|earlier\s+than\s+now)(?![A-Za-z])"),
    # --- relative to the previous date of the text
    ("evrel", rf"(?P<ev_n>{_NUM}){_S}(?P<ev_u>{_UNIT}){_S}(?P<ev_d>(?i:later|afterwards|earlier|before|after|prior))(?![A-Za-z])"),
    ("evday", r"(?i:(?:on\s+)?the\s+(?P<evd_w>next|following|previous|preceding|same)\s+(?P<evd_u>day|morning|afternoon|evening|night|week|month|year)"
              r"|the\s+(?P<evd_w2>day|night|week|month|year)\s+(?P<evd_d>before|after|earlier|later)(?!\s+(?:yesterday|tomorrow))"
              r"|(?P<evd_that>that|this)\s+(?P<evd_u3>day|morning|afternoon|evening|night|week|month|year)(?!\s*(?:'s|’s)))(?![A-Za-z])"),
    # --- single words that are dates only in context
    ("mon", rf"(?P<mon_m>{_MON})(?P<mon_pos>'s|’s)?"),
    ("year", rf"(?<![\d.,/$£€¥#-])(?:(?i:the{_S}year){_S})?(?P<year_y>{_YEAR})(?P<year_pos>'s|’s)?(?![\w-])"),
]

# The words each alternative can start with: "D" a digit, "MON" a month name, "WD" a
# weekday name; anything else is a lower-case word.
_NUMBER_START = "D a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty couple few several many some half"
_STARTS = {
    "skip": "in over during for within throughout the",
    "vfut": "in the sooner soon shortly coming",
    "vpast": "in a several many some few number days weeks months years decades long recently lately previously formerly",
    "vnow": "right now currently at presently nowadays these",
    "iso": "D", "num": "D", "isom": "D",
    "rdm": "between from D", "rmd": "between from MON", "rmm": "between from MON", "ryy": "between from D",
    "dmy": "WD the D", "mdy": "WD MON", "mrel": "MON", "rmon": "last next this",
    "modm": "early mid late the end start beginning", "my": "MON", "dm": "WD the D", "md": "WD MON",
    "season": "early mid late the last this next spring summer autumn fall winter",
    "quarter": "the first second third fourth final last D", "qshort": "q h", "qrel": "this last next the",
    "decade": "the early mid late D '", "century": "the early mid late D",
    "mody": "early mid late the end start beginning", "fiscal": "fiscal fy",
    "dayrel": "the today tonight yesterday tomorrow this last",
    "holiday": "last this next christmas new valentine halloween boxing thanksgiving easter good black may bastille armistice remembrance",
    "unitrel": "earlier later early late mid the end start beginning middle this last next same",
    "wd": "last this next on the WD", "weekend": "over during at until by on the",
    "ago": _NUMBER_START, "evrel": _NUMBER_START, "evday": "on the that this",
    "mon": "MON", "year": "the D",
}
_MONTH_WORDS = ("january february march april may june july august september october november december "
                "jan feb mar apr jun jul aug sept sep oct nov dec").split()
_WEEKDAY_WORDS = ("monday tuesday wednesday thursday friday saturday sunday "
                  "mon tue tues wed thu thur thurs fri sat sun").split()


# Cheap look-aheads for the commonest opening words, so that "the", "in", "on" ... in
# ordinary prose fail at once instead of trying every alternative they could open.
_GUARDS = {
    "the": r"(?=(?i:the)\s+(?:[0-9'’]|[A-Z]|(?i:year|day|night|week|month|end|start|beginning|middle|turn|first|second"
           r"|third|fourth|final|last|past|coming|next|following|previous|preceding|same|early|mid|late|spring|summer"
           r"|autumn|fall|winter|weekend|days|weeks|months|years|near|recent|1st|2nd|3rd|4th)\b))",
    "in": r"(?=(?i:in)\s+(?i:the|recent|future|over|under|more|less|about|nearly|just|around)\b)",
    "on": r"(?=(?i:on)\s+(?i:the)\b)",
    "at": r"(?=(?i:at)\s+(?i:present|the)\b)",
    "a": r"(?=(?i:a)\s+(?i:couple|few|number|day|week|fortnight|month|year|decade|quarter|hour|minute)\b)",
    "an": r"(?=(?i:an)\s+(?i:hour)\b)",
    "that": r"(?=(?i:that)\s+(?i:day|morning|afternoon|evening|night|week|month|year)\b)",
    "for": r"(?=(?i:for)\s+(?:[0-9]|(?i:the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
           r"|fifteen|twenty|thirty|more|less|over|about|nearly|almost|up|several|many|some|few|couple|half)\b))",
}


def _dispatch() -> dict[str, tuple[str, tuple[str, ...]]]:
    """For each word that can open a date: its guard and the names of the alternatives
    that can start with it, in priority order (few alternatives are tried per word)."""
    keys: dict[str, list[str]] = {}
    for name, _ in _ALTERNATIVES:
        for start in _STARTS[name].split():
            words = {"MON": _MONTH_WORDS, "WD": _WEEKDAY_WORDS}.get(start, [start])
            for w in words:
                keys.setdefault(w, []).append(name)
    return {word: (_GUARDS.get(word, ""), tuple(dict.fromkeys(names))) for word, names in keys.items()}


# Word (lower case, "D" for any number, "'" for "'90s") -> (guard, alternative names).
DISPATCH = _dispatch()
_PATTERNS = dict(_ALTERNATIVES)


@functools.lru_cache(maxsize=None)
def _compiled(guard: str, names: tuple[str, ...]) -> re.Pattern[str]:
    """The alternation of the named alternatives (a compile cache, not state: the same
    arguments always give the same pattern); the group name says which matched."""
    return re.compile(
        r"(?<![\w$£€¥'’])" + guard + "(?:" + "|".join(f"(?P<{n}>{_PATTERNS[n]})" for n in names) + ")")


def _trie(words: list[str]) -> str:
    """A regex matching exactly ``words``, as a prefix tree (fast to scan with)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


# Where a date can start: a number, the apostrophe of "'90s", or a whole word that
# opens some alternative (case-insensitive).
TRIGGER = re.compile(
    r"(?<![A-Za-z0-9])(?:[0-9]+|['’](?=[0-9])|(?i:"
    + _trie(sorted(w for w in DISPATCH if w not in ("D", "'")))
    + r")(?![A-Za-z]))"
)

# Words before a bare year or month name that make it a date ("in 2015", "since May").
DATE_PREPS = frozenset(
    """in since by until till from of during before after to through throughout between and or
    early late mid around circa c year years summer spring autumn fall winter as the
    for until""".split()
)
# Words before a number that make it a count, not a year ("about 2000", "No. 2019").
COUNT_BEFORE = frozenset(
    """nearly almost about some roughly approximately over under least only just another additional
    extra no number page pages model version flight room route level code article section chapter
    rule resolution highway interstate us usd eur gbp rs rmb hk more fewer less top all""".split()
)
# Words after a number that make it a count or a measure ("2000 people", "2019 km").
COUNT_AFTER = frozenset(
    """% percent per people persons staff police personnel children men women employees workers jobs
    units patents students troops soldiers cases deaths votes members users customers shares points
    km miles metres meters feet kg tonnes tons pounds dollars euros yuan yen rupees won times kilometres
    hectares acres seats homes houses cars vehicles companies firms stores million billion thousand
    hundred of""".split()
)
# A plural or verb a year may modify: "the 2019 elections" is still a year.
YEAR_PLURAL_OK = frozenset(
    """elections polls games olympics midterms protests riots floods attacks results accounts figures
    numbers earnings sales talks negotiations sanctions rules regulations reforms tariffs levels
    prices values standards rates terms dollars budgets targets goals plans""".split()
)
# Words after "<Weekday>" that make it a title, not a date ("Sunday Times").
WEEKDAY_TITLES = frozenset("Times Telegraph Express Herald Post Mirror Mail Sport Star Tribune Independent".split())
# The previous and next word around a match.
PREV_WORD = re.compile(r"([A-Za-z]+(?:['’]s)?|[%$£€])[^A-Za-z0-9%$£€]{0,3}$")
NEXT_WORD = re.compile(r"[^\S\n]*([A-Za-z%]+|[.,;:!?)\]\"”’]|\n|$)")
# A month name right after another one: "July and August", "May, June or July".
MONTH_LIST_AFTER = re.compile(rf"(?:,|{_S}(?:and|or|to)|{_DASH})[^\S\n]*(?:(?:and|or)[^\S\n]+)?{_MON}")
# "the wettest October", "the busiest December": a superlative makes a month a date.
SUPERLATIVE_BEFORE = re.compile(
    r"\bthe[^\S\n]+(?:(?!(?:inter|for|pro|re|con|har|hon|mod|sugg|dig|ar|conqu|inqu|w|b|l)est\b)[a-z]{2,}est"
    r"|most[^\S\n]+[a-z]+)[^\S\n]+$")
# A capitalised word right before a match ("Theresa May 10"), as a possible first name.
NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)[^\S\n]+$")
# Clause limits for the tense test: sentence ends, and a comma opening a subordinate
# clause (", after both sides accepted ..." has its own tense).
CLAUSE_END = re.compile(
    r"[.!?;\n]|,[^\S\n]+(?=(?:after|before|when|while|as|because|although|though|but|which|who|where"
    r"|whereas|subject)\b)", re.I)
# Markers of future reference near a date ("will meet on Tuesday").
FUTURE_MARK = re.compile(
    r"\b(?:will|won't|shall|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|slated|going|poised|planning"
    r"|forecast|likely|predicted)\s+to|(?:is|are)\s+on|(?:re)?opens?|resumes?|reconvenes?|returns"
    r"|comes\s+into\s+force|goes\s+on\s+sale|takes\s+office|kicks\s+off|launches|premieres|debuts"
    r"|(?:is|are)\s+to|plans?\s+to|intends?\s+to|aims?\s+to|to\s+be\s+(?:held|released|launched|published|announced)"
    r"|upcoming|(?:scheduled|set|slated|planned|due|pencilled|penciled)\s+for|next|from\s+now|would"
    r"|(?:is|are)\s+due|expires|begins|starts|ends|opens|closes"
    r"|takes\s+effect|take\s+effect|runs\s+until|until)\b", re.I)
# Markers of past reference near a date ("said on Tuesday", "was unveiled").
PAST_MARK = re.compile(
    r"\b(?:was|were|had|did|said|says|told|ago|since|earlier|(?-i:[a-z]{3,}ed)|began|came|went|took|made|met|left"
    r"|fell|rose|won|lost|held|gave|saw|struck|became|grew|sold|bought|paid|spent|led|ran|brought|found|broke"
    r"|spoke|wrote|chose|drove|flew|fought|kept|knew|sent|stood|wore|overtook|sat|lay|fled|hit|thought|felt"
    r"|heard|meant|sought|caught|shut|drew|threw|blew|shook|woke|froze|stole|rode|hung|dug|ate|tore|swore"
    r"|slept|swept|dealt|built|lent|bent|lit|spread|beat|hid|fed|sped|got|stuck|swung|rang|sank|cut)\b", re.I)
# A present-tense copula before a date ("the forecast is for rain on Tuesday", "the
# hearing is at noon on Friday"): a weak sign of what is still to come.
PRESENT_MARK = re.compile(r"\b(?:is|are)\b", re.I)
# Any marker, in one pass.
TENSE_MARK = re.compile(
    f"(?P<future>{FUTURE_MARK.pattern})|(?P<past>{PAST_MARK.pattern})|(?P<present>{PRESENT_MARK.pattern})", re.I)
# Words of business and economics news: a bare "the third quarter" near them is a
# quarter of the year, not of a game.
FINANCE = re.compile(
    r"%|[$€£¥]|\b(?:sales|profits?|revenues?|earnings|results|income|loss(?:es)?|growth|econom\w*|gdp|inflation"
    r"|exports?|imports?|shares?|prices?|markets?|output|production|deliveries|shipments|demand|spending"
    r"|unemployment|jobs|investment|deficit|surplus|margins?|fiscal|quarterly|forecasts?|guidance|percent"
    r"|billion|million|annual|company|firm|bank|rose|fell|grew|shrank|contracted|expanded|year)\b", re.I)
# An auxiliary before a participle: "will be published" is not past.
AUX_BEFORE = re.compile(
    r"\b(?:be|been|being|to|will|would|shall|can|could|must|should|remains?|stays?|gets?|unless|if|once|when"
    r"|whether|than)\s+$", re.I)

# "and"/"but" between a date and a tense marker: the marker may belong to another verb.
COORDINATION = re.compile(r"\s(?:and|but)\s", re.I)
# A determiner before a participle: "the flooded estate" is not past tense.
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|these|those)\s+$", re.I)


@dataclass(slots=True)
class _Ctx:
    """What a resolution needs: the text, its anchor, the corpus year, the last date seen."""

    text: str
    anchor: Date | None
    anchor_inferred: bool
    year: int | None
    ref: tuple[Date, str] | None = None  # the previous resolved date and its granularity
    ref_inferred: bool = False  # whether that date rests on a guess


@dataclass(slots=True, frozen=True)
class _Res:
    value: str
    inferred: bool = False
    ref: tuple[Date, str] | None = None  # what "the following day" would refer to after this


_SKIP = _Res("")  # a duration: consume it, emit nothing


# ---------------------------------------------------------------------------
# Public API


def tag(text: str, anchor: datetime.date | None = None, *, anchor_inferred: bool = False,
        year: int | None = None) -> list[TimeExpr]:
    """Every date expression in text, in order, resolved against anchor (the article's
    publication date). start/end are offsets into text. inferred=True when the value
    depends on an anchor or year that was guessed (anchor_inferred, or `year` used as
    the fallback year for a year-less date when anchor is None).

    Durations are left out; expressions that cannot be resolved (relative ones with no
    anchor) are left out; a year-less date with neither anchor nor year gets ``XXXX``.
    """
    ctx = _Ctx(text, anchor, anchor_inferred, year)
    return _scan(ctx)


def infer_anchor(text: str, year: int | None) -> datetime.date | None:
    """For an undated article: the latest day-precise date the text mentions (year-less
    ones take ``year``), or None when it mentions none. Dates the text looks forward to
    ("will meet on 30 November") are passed over: an article is written after what it
    reports, not after what it announces."""
    best: Date | None = None
    for expr in tag(text, None, year=year):
        if _tense(text, expr.start, expr.end) == "future":
            continue
        for part in expr.value.split("/"):
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", part):
                day = Date.fromisoformat(part)
                if best is None or day > best:
                    best = day
    return best


def article_mentions(article: Article, sentences: Sequence[Sentence],
                     anchor: datetime.date | None, *, anchor_inferred: bool = False,
                     year: int | None = None) -> list[DateMention]:
    """One DateMention per timeline-worthy date expression of the article's sentences
    (not vague refs PRESENT_REF/PAST_REF/FUTURE_REF, not durations), with a short label:
    the clause that carries the event, not the whole sentence.

    Sentences are read in order, so "the following day" refers to the last date of an
    earlier sentence. Expression offsets are relative to ``sentence.text``. Relative
    dates count from ``page_anchor`` (an update line a few days later, or a removed
    publication line when the article has no date). Editor's notes ("This article was
    amended on ...") give no mentions.
    """
    out: list[DateMention] = []
    anchor, anchor_inferred = page_anchor(article, anchor, anchor_inferred)
    ctx = _Ctx("", anchor, anchor_inferred, year)
    for sentence in sentences:
        if EDITORS_NOTE.match(sentence.text):
            continue  # the page's history, not the story's
        ctx.text = sentence.text
        exprs = _scan(ctx)
        points = [e for e in exprs if timeline_worthy(e.value)]
        for expr in points:
            label = clause_label(sentence.text, expr, [e for e in points if e is not expr])
            out.append(DateMention(article.id, sentence, expr, label))
    return out


# An editor's note about the page itself ("This article was amended on 13 March 2021 to
# correct ...", "Correction: an earlier version ..."): its date is no event of the story.
EDITORS_NOTE = re.compile(
    r"\W*(?:correction\s*:|clarification\s*:|editor['’]s\s+note\s*:|(?:this|the|an\s+earlier\s+version\s+of\s+this)"
    r"\s+(?:article|story|piece|report|page|post)\s+(?:was|has\s+been|had\s+been|is)\s+"
    r"(?:amended|updated|corrected|changed|edited|revised|first\s+published|originally\s+published))", re.I)
# A line the page was dated by ("Updated: 15 November 2023", "Published 16 Sep 2024 ·
# 07:30 UTC", "Posted on March 12, 2021 by ..."); group "upd" when it is an update.
DATE_LINE = re.compile(
    r"^\W*(?:(?P<upd>(?:last\s+)?(?:updated|modified|edited))|(?:first\s+|originally\s+)?(?:published|posted)"
    r"|publication\s+date|date(?=\s*:))\b", re.I)
# An update this many days after publication still rewrote the text's "on Tuesday".
UPDATE_DAYS = 3


def page_anchor(article: Article, anchor: datetime.date | None,
                anchor_inferred: bool = False) -> tuple[datetime.date | None, bool]:
    """The day the body's relative dates ("on Tuesday", "last month") count from.

    An article updated within UPDATE_DAYS after its publication date was rewritten then:
    the update day from its removed "Updated ..." line. An article with no publication
    date (or only a guessed one) takes the day of a removed "Published ..." line, if any.
    Otherwise the anchor given."""
    published: Date | None = None
    updated: Date | None = None
    for removed in article.removed:
        line = DATE_LINE.match(removed.text)
        if line is None or len(removed.text) > 80:
            continue
        days = [e.value for e in tag(removed.text[line.end():], None)
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", e.value) and not e.inferred]
        if not days:
            continue
        day = Date.fromisoformat(days[0])
        if line["upd"]:
            updated = max(updated, day) if updated else day
        elif published is None:
            published = day
    if (anchor is None or anchor_inferred) and published is not None:
        anchor, anchor_inferred = published, False
    if anchor is not None and not anchor_inferred and updated is not None \
            and 0 < (updated - anchor).days <= UPDATE_DAYS:
        anchor = updated
    return anchor, anchor_inferred


def timeline_worthy(value: str) -> bool:
    """True for a value that is a point or stretch of calendar time (not vague, not XXXX)."""
    return bool(value) and value not in VAGUE and not value.startswith("X")


# ---------------------------------------------------------------------------
# Scanning


def _scan(ctx: _Ctx) -> list[TimeExpr]:
    text = ctx.text
    out: list[TimeExpr] = []
    pos = 0
    # Try the alternatives only where a word that can open a date starts, and only those
    # that word can open: far cheaper than trying every alternative at every word.
    for tok in TRIGGER.finditer(text):
        at = tok.start()
        if at < pos:
            continue
        word = tok.group(0)
        guard, names = DISPATCH["D" if word[0].isdigit() else "'" if word == "’" else word.lower()]
        res = m = None
        while names:
            m = _compiled(guard, names).match(text, at)
            if m is None:
                break
            kind = m.lastgroup or ""
            res = _HANDLERS[kind](m, ctx)
            if res is not None:
                break
            # Not a date read this way ("2014 and 2015" is no range): try the
            # alternatives after this one at the same place.
            names = names[names.index(kind) + 1:]
        if res is None or m is None:
            continue
        pos = m.end()
        if res is _SKIP:
            continue
        start, end = _trim_span(text, m.start(), m.end())
        out.append(TimeExpr(start, end, text[start:end], res.value, res.inferred))
        if res.ref is not None:
            ctx.ref, ctx.ref_inferred = res.ref, res.inferred
    return out


# A preposition that opens a match but is not part of the date ("on Tuesday", "in the
# coming weeks"); "from"/"between" stay, they belong to a range.
LEAD_PREP = re.compile(r"(?:on|in|at|over|during)\s+(?=\S)", re.I)


def _trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading preposition and trailing white space/commas from a match."""
    head = LEAD_PREP.match(text, start, end)
    if head:
        start = head.end()
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    return start, end


# ---------------------------------------------------------------------------
# Small helpers


def _month(word: str) -> int:
    return MONTHS[word[:3].lower()]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))  # type: ignore[union-attr]


def _num(word: str) -> int | None:
    """A count as a number; None for a vague quantity ("several")."""
    w = re.sub(r"\s+", " ", word.lower())
    if w.isdigit():
        return int(w)
    return NUMBER_WORDS.get(w)


def _unit(word: str) -> str:
    w = word.lower().rstrip("s")
    return "week2" if w == "fortnight" else w




def _fmt_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _fmt_week(d: Date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _safe_date(y: int, m: int, d: int) -> Date | None:
    try:
        return Date(y, m, d)
    except ValueError:
        return None


def _prev_word(text: str, start: int) -> str:
    m = PREV_WORD.search(text[max(0, start - 40):start])
    return m.group(1).lower() if m else ""


def _prev_words(text: str, start: int, n: int = 3) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z$£€]+", text[max(0, start - 50):start])][-n:]


def _next_word(text: str, end: int) -> str:
    m = NEXT_WORD.match(text, end)
    return m.group(1) if m else ""


def _tense(text: str, start: int, end: int, present: bool = False) -> str | None:
    """'future', 'past' or None: the nearest tense marker in the clause around a date.
    With ``present`` (for weekdays, a week's span at most) a present-tense copula
    before the date counts as a weak future marker."""
    left = max(0, start - 120)
    cut = [c.end() for c in CLAUSE_END.finditer(text, left, start)]
    left = cut[-1] if cut else left
    right_m = CLAUSE_END.search(text, end, min(len(text), end + 120))
    right = right_m.start() if right_m else min(len(text), end + 120)
    best: tuple[int, str] | None = None
    for m in TENSE_MARK.finditer(text, left, right):
        name = m.lastgroup or ""
        if start <= m.start() < end:
            continue
        if name == "past" and AUX_BEFORE.search(text, max(left, m.start() - 12), m.start()):
            continue  # "will be published", "unless extended": participles, not past tense
        if name == "past" and DETERMINER_BEFORE.search(text, max(left, m.start() - 8), m.start()):
            continue  # "the flooded estate", "a planned visit": adjectives, not past tense
        if m.end() <= start:
            dist = start - m.end() + 40 * text.count(",", m.end(), start)
        else:
            dist = m.start() - end + 40 * text.count(",", end, m.start())
        # Another verb phrase ("kept rates in September and will decide"): a marker
        # across "and"/"but" belongs to it, not to this date.
        between = text[end:m.start()] if m.start() >= end else text[m.end():start]
        dist += 60 * len(COORDINATION.findall(between))
        word = m.group(0).lower()
        if name == "present":
            if not present or m.start() >= end:
                continue  # "on Tuesday is a holiday": the date is the subject, not the time
            name, dist = "future", dist + 25  # weaker than any verb of its own
        if name == "future" and word == "would" and m.start() >= end:
            dist += 15  # weak: "said on Tuesday it would appeal" is about Tuesday past
        if name == "future" and word == "until" and (
                m.start() >= end or re.search(r"\bfrom\b", text[max(left, m.start() - 40):m.start()], re.I)):
            continue  # "from Saturday until Sunday": the end of a range, not a tense
        if best is None or dist < best[0]:
            best = (dist, name)
    return best[1] if best else None


def _base_year(ctx: _Ctx) -> tuple[int, bool] | None:
    """The year a year-less date falls back on, and whether it is a guess."""
    if ctx.anchor is not None:
        return ctx.anchor.year, ctx.anchor_inferred
    if ctx.year is not None:
        return ctx.year, True
    return None


def _pick_year_day(ctx: _Ctx, m: int, d: int, start: int, end: int) -> _Res:
    """Resolve a year-less day: the anchor's year, moved one year when tense says so."""
    if ctx.anchor is None:
        if ctx.year is None:
            return _Res(f"XXXX-{m:02d}-{d:02d}")
        day = _safe_date(ctx.year, m, d)
        return _Res(day.isoformat(), True, (day, "day")) if day else _Res(f"XXXX-{m:02d}-{d:02d}")
    a = ctx.anchor
    cands = [c for c in (_safe_date(a.year + k, m, d) for k in (-1, 0, 1)) if c]
    if not cands:
        return _Res(f"XXXX-{m:02d}-{d:02d}")
    pick = _pick_day(ctx, cands, start, end)
    return _Res(pick.isoformat(), ctx.anchor_inferred, (pick, "day"))


def _pick_day(ctx: _Ctx, cands: list[Date], start: int, end: int, mode: str | None = None) -> Date:
    """Of the same calendar day in neighbouring years, the one the text means: the side
    the tense (or 'last'/'next') points to, else the nearest to the anchor."""
    a = ctx.anchor
    assert a is not None
    tense = mode or _tense(ctx.text, start, end)
    past = [c for c in cands if (c < a if mode else c <= a)]
    future = [c for c in cands if (c > a if mode else c >= a)]
    if tense in ("future", "next") and future:
        return min(future)
    if tense in ("past", "last") and past:
        return max(past)
    if tense == "this":
        return next((c for c in cands if c.year == a.year), cands[0])
    return min(cands, key=lambda c: (abs((c - a).days), c > a))


def _holiday(name: str, y: int) -> Date | None:
    """The date of a named day in year y (Western calendars)."""
    n = re.sub(r"\s+", " ", name.lower().replace("’", "'"))
    fixed = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year's": (1, 1), "new year's day": (1, 1), "new year's eve": (12, 31),
             "valentine's day": (2, 14), "halloween": (10, 31), "boxing day": (12, 26),
             "may day": (5, 1), "bastille day": (7, 14), "armistice day": (11, 11),
             "remembrance day": (11, 11)}
    if n in fixed:
        return Date(y, *fixed[n])
    if n.startswith("easter") or n == "good friday":
        shift = {"easter monday": 1, "good friday": -2}.get(n, 0)
        return easter(y) + datetime.timedelta(days=shift)
    if n.startswith("thanksgiving") or n == "black friday":
        first = Date(y, 11, 1)
        thursday = first + datetime.timedelta(days=(3 - first.weekday()) % 7 + 21)
        return thursday + datetime.timedelta(days=1 if n == "black friday" else 0)
    return None


def _pick_year_month(ctx: _Ctx, m: int, start: int, end: int, mode: str | None = None) -> _Res | None:
    """Resolve a year-less month the same way (mode 'last'/'next'/'this' forces a side)."""
    if ctx.anchor is None:
        if ctx.year is None:
            return _Res(f"XXXX-{m:02d}")
        if mode in ("last", "next"):
            return None  # "last July" with no anchor: nothing to count from
        return _Res(_fmt_month(ctx.year, m), True, (Date(ctx.year, m, 1), "month"))
    a = ctx.anchor
    here = (a.year, a.month)
    cands = [(a.year + k, m) for k in (-1, 0, 1)]
    if mode == "last":
        pick = max(c for c in cands if c < here)
    elif mode == "next":
        pick = min(c for c in cands if c > here)
    elif mode == "this":
        pick = (a.year, m)
    else:
        tense = _tense(ctx.text, start, end)
        nearest = min(cands, key=lambda c: (abs((c[0] - here[0]) * 12 + c[1] - here[1]), c > here))
        if abs((nearest[0] - here[0]) * 12 + nearest[1] - here[1]) <= 1:
            pick = nearest  # last month or next month: the tense cannot mean a year away
        elif tense == "future":
            pick = min(c for c in cands if c >= here)
        elif tense == "past":
            pick = max(c for c in cands if c <= here)
        else:
            pick = min(cands, key=lambda c: (abs((c[0] - here[0]) * 12 + c[1] - here[1]), c > here))
    return _Res(_fmt_month(*pick), ctx.anchor_inferred, (Date(pick[0], pick[1], 1), "month"))


def _year_res(y: int, inferred: bool = False) -> _Res:
    return _Res(f"{y:04d}", inferred, (Date(y, 1, 1), "year"))


def _day_res(d: Date, inferred: bool = False) -> _Res:
    return _Res(d.isoformat(), inferred, (d, "day"))


def _month_res(y: int, m: int, inferred: bool = False) -> _Res:
    return _Res(_fmt_month(y, m), inferred, (Date(y, m, 1), "month"))


# ---------------------------------------------------------------------------
# Handlers: one per alternative; each returns a result, _SKIP, or None (not a date).


def _h_skip(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    return _SKIP


def _h_vague(value: str):
    def handler(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        word = m.group(0).lower()
        prev = _prev_word(ctx.text, m.start())
        if word == "soon" and prev == "as":  # "as soon as"
            return None
        return _Res(value)
    return handler


def _h_iso(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    d = _safe_date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    return _day_res(d) if d else None


def _h_num(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    a, b, y = int(m["num_a"]), int(m["num_b"]), int(m["num_y"])
    # Day first unless that is impossible (the common order outside the US).
    d = _safe_date(y, b, a) if b <= 12 else _safe_date(y, a, b)
    return _day_res(d) if d else None


def _h_isom(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    return _month_res(int(m["isom_y"]), int(m["isom_m"]))




def _h_rdm(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    mon = _month(m["rdm_m"])
    a, b = _day(m["rdm_a"]), _day(m["rdm_b"])
    return _day_range(ctx, m, mon, a, b, m["rdm_y"])


def _h_rmd(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    mon = _month(m["rmd_m"])
    a, b = _day(m["rmd_a"]), _day(m["rmd_b"])
    return _day_range(ctx, m, mon, a, b, m["rmd_y"])


def _day_range(ctx: _Ctx, m: re.Match[str], mon: int, a: int, b: int, y: str | None) -> _Res | None:
    if a >= b:
        return None
    if y:
        d1, d2 = _safe_date(int(y), mon, a), _safe_date(int(y), mon, b)
        inferred = False
    else:
        first = _pick_year_day(ctx, mon, a, m.start(), m.end())
        if first.value.startswith("X"):
            return _Res(f"XXXX-{mon:02d}-{a:02d}/XXXX-{mon:02d}-{b:02d}")
        yy = int(first.value[:4])
        d1, d2 = _safe_date(yy, mon, a), _safe_date(yy, mon, b)
        inferred = first.inferred
    if not d1 or not d2:
        return None
    return _Res(f"{d1.isoformat()}/{d2.isoformat()}", inferred, (d1, "day"))


def _h_rmm(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    conj = m["rmm_c"].strip().lower()
    if conj == "and" and not m["rmm_p"]:
        return None  # "in May and July": two months, not a range
    if conj in ("to", "until", "till", "through") and not m["rmm_p"] and not (m["rmm_ya"] or m["rmm_yb"]):
        prev = _prev_word(ctx.text, m.start())
        if prev not in DATE_PREPS:
            return None
    ma, mb = _month(m["rmm_a"]), _month(m["rmm_b"])
    yb = int(m["rmm_yb"]) if m["rmm_yb"] else None
    ya = int(m["rmm_ya"]) if m["rmm_ya"] else None
    inferred = False
    if ya is None and yb is None:
        first = _pick_year_month(ctx, ma, m.start(), m.end())
        if first is None or first.value.startswith("X"):
            return _Res(f"XXXX-{ma:02d}/XXXX-{mb:02d}")
        ya = int(first.value[:4])
        inferred = first.inferred
        yb = ya if mb >= ma else ya + 1
    elif ya is None:
        ya = yb if ma <= mb else yb - 1  # type: ignore[operator]
    elif yb is None:
        yb = ya if mb >= ma else ya + 1
    return _Res(f"{_fmt_month(ya, ma)}/{_fmt_month(yb, mb)}", inferred, (Date(ya, ma, 1), "month"))  # type: ignore[arg-type]


def _h_ryy(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    conj = m["ryy_c"].strip().lower()
    a = int(m["ryy_a"])
    braw = m["ryy_b"]
    b = int(braw) if len(braw) == 4 else (a // 100) * 100 + int(braw)
    if b <= a or b - a > 60:
        return None
    if conj == "and" and not m["ryy_p"]:
        return None
    if len(braw) == 2 and conj not in ("-", "–", "—", "/"):
        return None
    if conj == "/" and len(braw) == 4 and b - a != 1:
        return None
    if _prev_word(ctx.text, m.start()) in COUNT_BEFORE:
        return None
    return _Res(f"{a:04d}/{b:04d}", False, (Date(a, 1, 1), "year"))


def _h_dmy(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    d = _safe_date(int(m["dmy_y"]), _month(m["dmy_m"]), _day(m["dmy_d"]))
    return _day_res(d) if d else None


def _h_mdy(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    d = _safe_date(int(m["mdy_y"]), _month(m["mdy_m"]), _day(m["mdy_d"]))
    return _day_res(d) if d else None


def _h_mrel(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    base = _base_year(ctx)
    if base is None:
        return None
    rel = m["mrel_r"].split()[-1].lower()
    y = base[0] + {"this": 0, "last": -1, "next": 1}[rel]
    return _month_res(y, _month(m["mrel_m"]), base[1])


def _h_rmon(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    rel = m["rmon_r"].lower().split()
    mode = "this" if rel == ["this"] else ("next" if rel[-1] in ("next", "coming") else "last")
    return _pick_year_month(ctx, _month(m["rmon_m"]), m.start(), m.end(), mode)


def _h_modm(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    mon = _month(m["modm_m"])
    if m["modm_y"]:
        return _month_res(int(m["modm_y"]), mon)
    return _pick_year_month(ctx, mon, m.start(), m.end())


def _h_my(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    return _month_res(int(m["my_y"]), _month(m["my_m"]))


def _h_dm(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    mon, d = _month(m["dm_m"]), _day(m["dm_d"])
    if m["dm_m"].startswith("May") and not re.search(r"(?:st|nd|rd|th)$", m["dm_d"]):
        # "5 May" is a date, but "gave 5 May ..." rarely; accept unless a count word precedes.
        if _prev_word(ctx.text, m.start()) in COUNT_BEFORE:
            return None
    if _safe_date(2000, mon, d) is None:
        return None
    return _pick_year_day(ctx, mon, d, m.start(), m.end())


def _h_md(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    mon, d = _month(m["md_m"]), _day(m["md_d"])
    if _safe_date(2000, mon, d) is None:
        return None
    word = m["md_m"]
    if word in ("May", "March") and not re.search(r"(?:st|nd|rd|th)$", m["md_d"]):
        # "Theresa May 10 times": a surname after a capitalised first name.
        before = ctx.text[max(0, m.start() - 30):m.start()]
        name = NAME_BEFORE.search(before)
        if name and name.group(1).lower() not in DATE_PREPS | {"on", "at", "after", "before", "by"}:
            return None
    return _pick_year_day(ctx, mon, d, m.start(), m.end())


def _h_season(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    code = SEASONS[m["season_s"].lower()]
    mod = (m["season_mod"] or "").lower()
    rel = (m["season_r"] or "").lower().split()
    if m["season_y"]:
        return _Res(f"{int(m['season_y']):04d}-{code}", False, (Date(int(m["season_y"]), SEASON_START[code], 1), "season"))
    prev = _prev_word(ctx.text, m.start())
    after = ctx.text[m.end():m.end() + 4].lower()
    if not rel and not mod and prev not in ("in", "this", "last", "next", "during", "by", "until", "since", "over"):
        return None
    if not rel and mod == "the" and (after.startswith(" of") or prev not in DATE_PREPS | {"over"}):
        return None  # "the fall of Rome"
    if not rel and mod in ("early", "mid", "late") and prev not in DATE_PREPS:
        return None
    base = _base_year(ctx)
    if base is None:
        return None
    y, inferred = base
    month_now = ctx.anchor.month if ctx.anchor else None
    start_m = SEASON_START[code]
    if rel and rel[-1] in ("last", "past"):
        if month_now is None:
            return None
        y = y if start_m + 2 < month_now else y - 1
    elif rel and rel[-1] in ("next", "coming"):
        if month_now is None:
            return None
        y = y if start_m > month_now else y + 1
    elif not rel and month_now is not None:
        tense = _tense(ctx.text, m.start(), m.end())
        if tense == "past" and start_m > month_now:
            y -= 1
        elif tense == "future" and start_m + 2 < month_now:
            y += 1
    return _Res(f"{y:04d}-{code}", inferred, (Date(y, start_m, 1), "season"))


def _quarter_year(ctx: _Ctx, n: int, per_year: int, m: re.Match[str]) -> tuple[int, bool] | None:
    """The year of a year-less quarter (per_year=4) or half (per_year=2): the nearest
    one to the anchor, or the coming/past one when the tense says so."""
    base = _base_year(ctx)
    if base is None:
        return None
    y, inferred = base
    if ctx.anchor is None:
        return y, inferred
    size = 12 // per_year
    here = y * per_year + (ctx.anchor.month - 1) // size
    cands = [(y + k) * per_year + n - 1 for k in (-1, 0, 1)]
    # Future tense is not trusted here: "will report first-quarter results" is about a
    # quarter that has ended.
    if _tense(ctx.text, m.start(), m.end()) == "past":
        pick = max(c for c in cands if c <= here)
    else:
        pick = min(cands, key=lambda c: (abs(c - here), c > here))
    return pick // per_year, inferred


def _h_quarter(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    o = m["q_o"].lower()
    half = bool(m["q_half"])
    n = ORDINALS[o]
    if half:
        n = 2 if o in ("second", "2nd", "final", "last") else 1
        if n > 2:
            return None
    if not (m["q_y"] or m["q_r"] or m["q_the"]) and not FINANCE.search(
            ctx.text, max(0, m.start() - 150), min(len(ctx.text), m.end() + 150)):
        return None  # "scored in the second half": a game's half, not the year's
    if o == "last" and not (m["q_y"] or m["q_r"] or m["q_the"]):
        if half or ctx.anchor is None:
            return None
        q = (ctx.anchor.month - 1) // 3 - 1  # "last quarter": the one before the anchor's
        y = ctx.anchor.year + q // 4
        q = q % 4 + 1
        return _Res(f"{y:04d}-Q{q}", ctx.anchor_inferred, (Date(y, 1 + (q - 1) * 3, 1), "quarter"))
    code = f"H{n}" if half else f"Q{n}"
    if m["q_y"]:
        y, inferred = int(m["q_y"]), False
    elif m["q_r"]:
        base = _base_year(ctx)
        if base is None:
            return None
        r = m["q_r"].lower().split()[-1]
        y = base[0] + {"this": 0, "last": -1, "previous": -1, "next": 1, "following": 1}.get(r, 0)
        inferred = base[1]
    elif m["q_the"]:
        base = _base_year(ctx)
        if base is None:
            return None
        y, inferred = base
    else:
        got = _quarter_year(ctx, n, 2 if half else 4, m)
        if got is None:
            return None
        y, inferred = got
    return _Res(f"{y:04d}-{code}", inferred, (Date(y, 1 + (n - 1) * (6 if half else 3), 1), "quarter"))


def _h_qshort(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    k, n = m["qs_k"], int(m["qs_n"])
    if k == "H" and n > 2:
        return None
    raw = m["qs_y"]
    if raw:
        y, inferred = (int(raw) if len(raw) == 4 else 2000 + int(raw)), False
    else:
        got = _quarter_year(ctx, n, 4 if k == "Q" else 2, m)
        if got is None:
            return None
        y, inferred = got
    return _Res(f"{y:04d}-{k}{n}", inferred, (Date(y, 1 + (n - 1) * (3 if k == "Q" else 6), 1), "quarter"))


def _h_qrel(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    if ctx.anchor is None:
        return None
    r = m["qrel_r"].lower().split()[-1]
    shift = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1, "following": 1}[r]
    q = (ctx.anchor.month - 1) // 3 + shift
    y = ctx.anchor.year + q // 4
    q = q % 4 + 1
    return _Res(f"{y:04d}-Q{q}", ctx.anchor_inferred, (Date(y, 1 + (q - 1) * 3, 1), "quarter"))


def _h_decade(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    raw = m["dec_y"].lstrip("'’")
    if len(raw) == 2:
        y = (2000 if raw in ("00", "10") else 1900) + int(raw)
        if raw[0] not in "123456789":
            return None
        if not re.search("['’]", m.group(0)) and not m.group(0).lower().startswith("the"):
            prev = _prev_word(ctx.text, m.start())
            if prev not in ("in", "since", "the", "of", "during", "early", "late", "mid", "until"):
                return None  # "20s" as an age or a count
    else:
        y = int(raw)
    if y % 100 == 0 and y < 2000:
        return _Res(f"{y // 100:02d}", False, (Date(y, 1, 1), "century"))
    return _Res(f"{y // 10:03d}X", False, (Date(y, 1, 1), "decade"))


def _h_century(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    n = int(m["cen_n"])
    return _Res(f"{n - 1:02d}", False, (Date((n - 1) * 100, 1, 1), "century"))


def _h_mody(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    y = int(m["mody_y"])
    if m["mody_h"]:
        h = 1 if m["mody_h"].lower() == "first" else 2
        return _Res(f"{y:04d}-H{h}", False, (Date(y, 1 + 6 * (h - 1), 1), "quarter"))
    return _year_res(y)


def _h_fiscal(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    raw = m["fis_y"]
    return _year_res(int(raw) if len(raw) == 4 else 2000 + int(raw))


def _h_dayrel(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    if ctx.anchor is None:
        return None
    w = re.sub(r"\s+", " ", m.group(0).lower())
    if w.startswith("the day before"):
        shift = -2
    elif w.startswith("the day after"):
        shift = 2
    elif w.startswith(("yesterday", "last night")):
        shift = -1
    elif w.startswith("tomorrow"):
        shift = 1
    else:
        shift = 0
    return _day_res(ctx.anchor + datetime.timedelta(days=shift), ctx.anchor_inferred)


def _h_holiday(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    name = m["hol_n"]
    if m["hol_y"]:
        d = _holiday(name, int(m["hol_y"]))
        return _day_res(d) if d else None
    if name.startswith("May") and not m["hol_r"] and _prev_word(ctx.text, m.start()) not in DATE_PREPS | {"on"}:
        return None  # "May Day rallies": a name, not a date on its own
    if ctx.anchor is None:
        if ctx.year is None:
            return None
        d = _holiday(name, ctx.year)
        return _day_res(d, True) if d else None
    rel = (m["hol_r"] or "").lower().split()
    mode = {"last": "last", "past": "last", "next": "next", "coming": "next", "this": "this"}.get(rel[-1]) if rel else None
    cands = [d for d in (_holiday(name, ctx.anchor.year + k) for k in (-1, 0, 1)) if d]
    if not cands:
        return None
    return _day_res(_pick_day(ctx, cands, m.start(), m.end(), mode), ctx.anchor_inferred)


def _h_unitrel(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    rel = m["ur_r"].lower().split()[-1]
    unit = m["ur_u"].lower()
    if rel == "the":
        if not m["ur_mod"] or not m["ur_mod"].lower().strip(" -").endswith("of"):
            return None  # "the year" alone is not a date; "the end of the year" is
        rel = "this"
    if rel == "same":
        return _relative_to_ref(ctx, unit, 0)
    shift = {"this": 0, "last": -1, "next": 1, "past": -1, "coming": 1}[rel]
    if unit == "year":
        base = _base_year(ctx)
        if base is None:
            return None
        return _year_res(base[0] + shift, base[1])
    if ctx.anchor is None:
        return None
    a, inf = ctx.anchor, ctx.anchor_inferred
    if unit == "month":
        d = a + relativedelta(months=shift)
        return _month_res(d.year, d.month, inf)
    if unit == "week":
        d = a + datetime.timedelta(weeks=shift)
        monday = d - datetime.timedelta(days=d.weekday())
        return _Res(_fmt_week(d), inf, (monday, "week"))
    if unit == "weekend":
        d = a + datetime.timedelta(weeks=shift)
        monday = d - datetime.timedelta(days=d.weekday())
        return _Res(_fmt_week(d) + "-WE", inf, (monday + datetime.timedelta(days=5), "week"))
    if unit == "decade":
        y = a.year + 10 * shift
        return _Res(f"{y // 10:03d}X", inf, (Date(y - y % 10, 1, 1), "decade"))
    if unit == "century":
        y = a.year + 100 * shift
        return _Res(f"{y // 100:02d}", inf, (Date(y - y % 100, 1, 1), "century"))
    return None


def _h_weekend(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    if ctx.anchor is None:
        return None
    a = ctx.anchor
    future = _tense(ctx.text, m.start(), m.end(), present=True) == "future"
    d = a if (a.weekday() >= 5 or future) else a - datetime.timedelta(weeks=1)
    monday = d - datetime.timedelta(days=d.weekday())
    return _Res(_fmt_week(d) + "-WE", ctx.anchor_inferred, (monday + datetime.timedelta(days=5), "week"))


def _h_wd(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    wd = WEEKDAYS[m["wd_d"][:3].lower()]
    rel = re.sub(r"\s+", " ", (m["wd_r"] or "").lower())
    if not rel:
        nxt = _next_word(ctx.text, m.end())
        if nxt in WEEKDAY_TITLES:
            return None
        if _prev_word(ctx.text, m.start()) in ("black", "good", "super", "cyber", "bloody", "ash", "easter", "palm", "holy"):
            return None  # named days are not relative weekdays
    if rel.endswith(("the following", "the next", "the previous")):  # relative to the text's last date
        ref = ctx.ref
        if ref is None:
            return None
        base = ref[0]
        if "previous" in rel:
            delta = (base.weekday() - wd) % 7 or 7
            return _day_res(base - datetime.timedelta(days=delta), ctx.ref_inferred)
        delta = (wd - base.weekday()) % 7 or 7
        return _day_res(base + datetime.timedelta(days=delta), ctx.ref_inferred)
    if ctx.anchor is None:
        return None
    a = ctx.anchor
    if m["wd_w"] and not rel:  # "Tuesday last week": that weekday of the week named
        week = {"last": -1, "this": 0, "next": 1}[m["wd_w"].lower()]
        d = a - datetime.timedelta(days=a.weekday()) + datetime.timedelta(days=wd, weeks=week)
        return _day_res(d, ctx.anchor_inferred)
    if rel in ("last", "this past"):
        delta = (a.weekday() - wd) % 7 or 7
        d = a - datetime.timedelta(days=delta)
    elif rel in ("next", "this coming"):
        delta = (wd - a.weekday()) % 7 or 7
        d = a + datetime.timedelta(days=delta)
    elif rel == "this":
        d = a - datetime.timedelta(days=a.weekday()) + datetime.timedelta(days=wd)
    elif _tense(ctx.text, m.start(), m.end(), present=True) == "future":
        d = a + datetime.timedelta(days=(wd - a.weekday()) % 7)
    else:
        d = a - datetime.timedelta(days=(a.weekday() - wd) % 7)
    return _day_res(d, ctx.anchor_inferred)


def _shift(d: Date, unit: str, n: int) -> tuple[Date, str]:
    """d moved by n units, and the granularity the result keeps."""
    if unit in ("day", "hour", "minute"):
        return d + datetime.timedelta(days=n if unit == "day" else 0), "day"
    if unit == "week":
        return d + datetime.timedelta(weeks=n), "week"
    if unit == "week2":
        return d + datetime.timedelta(weeks=2 * n), "week"
    if unit == "month":
        return d + relativedelta(months=n), "month"
    if unit == "quarter":
        return d + relativedelta(months=3 * n), "quarter"
    if unit == "year":
        return d + relativedelta(years=n), "year"
    if unit == "decade":
        return d + relativedelta(years=10 * n), "decade"
    return d, "day"


def _format(d: Date, gran: str) -> str:
    if gran == "day":
        return d.isoformat()
    if gran == "week":
        return _fmt_week(d)
    if gran == "month":
        return _fmt_month(d.year, d.month)
    if gran == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if gran == "decade":
        return f"{d.year // 10:03d}X"
    return f"{d.year:04d}"


_GRAN_ORDER = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "year": 4, "decade": 5, "century": 6}


def _h_ago(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    n = _num(m["ago_n"])
    if n is None:
        return _Res("PAST_REF")
    if ctx.anchor is None:
        unit = _unit(m["ago_u"])
        if unit in ("year", "decade") and ctx.year is not None:
            d, gran = _shift(Date(ctx.year, 6, 15), unit, -n)
            return _Res(_format(d, gran), True, (d, gran))
        return None
    d, gran = _shift(ctx.anchor, _unit(m["ago_u"]), -n)
    return _Res(_format(d, gran), ctx.anchor_inferred, (d, gran))


def _relative_to_ref(ctx: _Ctx, unit: str, n: int) -> _Res | None:
    """A date n units after (or before) the previous date of the text."""
    ref = ctx.ref
    if ref is None:
        return None
    base, base_gran = ref
    if unit in ("morning", "afternoon", "evening", "night"):
        unit = "day"
    need = {"day": 0, "hour": 0, "minute": 0, "week": 1, "week2": 1, "weekend": 1, "month": 2,
            "quarter": 3, "year": 4, "decade": 5}.get(unit, 0)
    if _GRAN_ORDER.get(base_gran, 6) > need:
        return None  # "two days later" after "in 2019": no day to count from
    d, gran = _shift(base, unit, n)
    if base_gran == "day" and unit in ("week", "week2"):
        gran = "day"  # "a week later" after a day is a day
    elif unit in ("month", "quarter", "year") and base_gran in ("month", "quarter") \
            and _GRAN_ORDER[base_gran] < _GRAN_ORDER[gran]:
        gran = base_gran  # "a year earlier" after "the third quarter" is a quarter
    if unit == "weekend":
        monday = d - datetime.timedelta(days=d.weekday())
        return _Res(_fmt_week(d) + "-WE", ctx.ref_inferred, (monday, "week"))
    return _Res(_format(d, gran), ctx.ref_inferred, (d, gran))


def _h_evrel(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    n = _num(m["ev_n"])
    direction = m["ev_d"].lower()
    if n is None:
        return None
    sign = -1 if direction in ("earlier", "before", "prior") else 1
    return _relative_to_ref(ctx, _unit(m["ev_u"]), sign * n)


def _h_evday(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    if m["evd_w"]:
        w = m["evd_w"].lower()
        n = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0}[w]
        return _relative_to_ref(ctx, m["evd_u"].lower(), n)
    if m["evd_w2"]:
        n = -1 if m["evd_d"].lower() in ("before", "earlier") else 1
        return _relative_to_ref(ctx, m["evd_w2"].lower(), n)
    if m["evd_that"].lower() == "this":
        return None  # "this morning", "this week": relative to the anchor, handled elsewhere
    return _relative_to_ref(ctx, m["evd_u3"].lower(), 0)


def _h_mon(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    word = m["mon_m"]
    prev = _prev_word(ctx.text, m.start())
    # "cover July and August" (but not "Theresa May, June Smith", "April and May Jones")
    after = MONTH_LIST_AFTER.match(ctx.text, m.end())
    listed = after is not None and not NAME_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()) \
        and not _next_word(ctx.text, after.end())[:1].isupper()
    if not listed and (prev not in DATE_PREPS or prev in ("the", "than", "as", "year", "years")) \
            and not SUPERLATIVE_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
        return None
    if prev in ("and", "or", "to") and not listed:
        # "May and June", "the year to June": after another month or a period word
        words = _prev_words(ctx.text, m.start(), 3)
        if len(words) < 2 or (words[-2][:3].lower() not in MONTHS
                              and words[-2].lower() not in ("year", "months", "quarter", "weeks", "period")):
            return None
    if word.startswith("May") and m["mon_pos"] and prev not in ("in", "since", "until", "by"):
        return None
    nxt = _next_word(ctx.text, m.end())
    if word in ("May", "Jan", "March", "June", "April", "August") and nxt[:1].isupper() and nxt not in ("I",):
        # "in May Smith said" is odd; "Jan Smith", "April Jones": a name
        if prev not in ("in", "since", "until", "during"):
            return None
    if word.rstrip(".") in ("Jan", "Mar", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Feb", "Apr") \
            and not word.endswith("."):
        if prev not in ("in", "since", "until", "by", "of", "during", "from"):
            return None
    return _pick_year_month(ctx, _month(word), m.start(), m.end())


def _h_year(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    y = int(m["year_y"])
    text = ctx.text
    explicit = m.group(0).lower().startswith("the")
    prev = _prev_word(text, m.start())
    nxt = _next_word(text, m.end())
    nxt_l = nxt.lower()
    if explicit:
        return _year_res(y)
    if prev in COUNT_BEFORE or nxt_l in COUNT_AFTER:
        return None
    if re.match(r"[^\S\n]*(?:[-–][^\S\n]*\d|[x×:]\d|\.\d|,\d)", text[m.end():m.end() + 4]):
        return None
    if re.search(r"[#№]\s*$|\+\s*$|\(\s*0\s*\)\s*$", text[max(0, m.start() - 3):m.start()]):
        return None
    if m["year_pos"]:
        return _year_res(y)
    if prev in DATE_PREPS or prev.endswith(("'s", "’s")):
        if _plural(nxt_l) and nxt.islower() and prev not in ("the",) \
                and prev not in ("in", "since", "by", "until", "from", "during", "before", "after", "of",
                                 "through", "throughout"):
            return None
        return _year_res(y)
    if nxt in (".", ",", ";", ":", ")", "]", "!", "?", "\n", "", '"', "”", "’"):
        return _year_res(y) if 1900 <= y <= 2050 else None
    if nxt.islower() and nxt.isalpha():
        if nxt_l in ("was", "is", "will", "saw", "marked", "brought", "has", "had", "became", "began",
                     "ended", "proved", "promises", "looks", "remains", "seems", "could", "would", "might"):
            return _year_res(y)  # "2019 was a year of ..."
        if _plural(nxt_l):
            return None  # "2000 workers"
        return _year_res(y) if 1900 <= y <= 2050 else None
    return None


def _plural(word: str) -> bool:
    """A lower-case plural noun a bare number may count ("workers"), not "as" or "was"."""
    return (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
            and word not in YEAR_PLURAL_OK)


_HANDLERS = {
    "skip": _h_skip,
    "vfut": _h_vague("FUTURE_REF"),
    "vpast": _h_vague("PAST_REF"),
    "vnow": _h_vague("PRESENT_REF"),
    "iso": _h_iso,
    "num": _h_num,
    "isom": _h_isom,
    "rdm": _h_rdm,
    "rmd": _h_rmd,
    "rmm": _h_rmm,
    "ryy": _h_ryy,
    "dmy": _h_dmy,
    "mdy": _h_mdy,
    "mrel": _h_mrel,
    "rmon": _h_rmon,
    "modm": _h_modm,
    "my": _h_my,
    "dm": _h_dm,
    "md": _h_md,
    "season": _h_season,
    "quarter": _h_quarter,
    "qshort": _h_qshort,
    "qrel": _h_qrel,
    "decade": _h_decade,
    "century": _h_century,
    "mody": _h_mody,
    "fiscal": _h_fiscal,
    "dayrel": _h_dayrel,
    "holiday": _h_holiday,
    "unitrel": _h_unitrel,
    "wd": _h_wd,
    "weekend": _h_weekend,
    "ago": _h_ago,
    "evrel": _h_evrel,
    "evday": _h_evday,
    "mon": _h_mon,
    "year": _h_year,
}
