"""The date expressions the tagger (``dates``) tries, and the words around a match it reads.

Every candidate is one named regular-expression alternative; ``DISPATCH`` says, for
each word that can open a date, which alternatives to try there, in priority order,
and ``compiled`` joins them into one expression. The context patterns (counts,
names, tense markers) tell ``dates``' handlers whether a match is a date.
"""
from __future__ import annotations

import functools
import re

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
# The month and weekday names, for other modules' patterns.
MONTH_NAME, WEEKDAY_NAME = _MON, _WD
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
# The alternatives by name, in priority order.
PATTERNS = dict(_ALTERNATIVES)


@functools.lru_cache(maxsize=None)
def compiled(guard: str, names: tuple[str, ...]) -> re.Pattern[str]:
    """The alternation of the named alternatives (a compile cache, not state: the same
    arguments always give the same pattern); the group name says which matched."""
    return re.compile(
        r"(?<![\w$£€¥'’])" + guard + "(?:" + "|".join(f"(?P<{n}>{PATTERNS[n]})" for n in names) + ")")


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
    r"|whether|than)\s+(?:[a-z]+ed\s+(?:and|or)\s+)?$", re.I)  # "will be opened and counted": both participles
# "and"/"but" between a date and a tense marker: the marker may belong to another verb.
COORDINATION = re.compile(r"\s(?:and|but)\s", re.I)
# A determiner before a participle: "the flooded estate" is not past tense.
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|these|those)\s+$", re.I)
