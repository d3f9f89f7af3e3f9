"""The text toolkit every comparison shares: folding, stop words, stems, content words,
shingles, a capped inverted index and union-find.

One definition of each: cleaning, the timeline and the comparisons across articles
read words the same way, so that "licences" in one outlet meets "license" in another
wherever two texts are compared.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Hashable, Sequence
from itertools import chain, repeat
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)

# Typographic characters folded to plain ones before comparing words.
TYPO = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "})
# A word for comparison: letters/digits with inner apostrophes, dots or hyphens ("u.s", "one-off").
TOKEN_RE = re.compile(r"[a-z0-9]+(?:['.\-][a-z0-9]+)*")
# English function words: they carry no claim and say nothing about what happened
# (jusText-style stop-word density in ``clean`` counts them too).
STOPWORDS = frozenset(
    """a an the and or but nor so yet of in on at to for from by with without into onto over under
    about above below between among through during before after since until while as than then
    there here this that these those it its it's he she they we you i me him her them us' our
    ours their theirs his hers my mine your yours who whom whose which what when where why how
    is are was were be been being am has have had having do does did doing will would shall
    should can could may might must also just only even still very too quite rather really
    such some any each every all both either neither other another same own more most much many
    few several if because although though however whether also said says say told according
    s t ll re ve d m one's up down out off again further once here's there's that's what's
    against myself yourself herself himself itself ourselves themselves no not now per via""".split()
)
# Negations change a claim ("did not agree"): content words keep them.
NEGATIONS = frozenset({"no", "not"})
# The names of the months and days of the week.
# A word in lower case ("fire" in "the fire spread"): a common word, not a name.
LOWER_WORD_RE = re.compile(r"\b[a-z][a-z'’\-]+")

CALENDAR = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
# Words that say when or how often something happened, not what happened.
TIME_WORDS = CALENDAR | frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec one two three four five six seven eight nine ten
    first second third last next earlier later today yesterday tomorrow now recently currently
    week weeks month months year years day days ago early late mid end start beginning morning evening
    night weekend quarter half new already again ahead back away around once twice ever never always
    often soon""".split()
)
# Irregular verb forms news uses for events, to their plain verb.
IRREGULAR_VERBS = {
    "began": "begin", "begun": "begin", "fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise",
    "struck": "strike", "held": "hold", "met": "meet", "won": "win", "lost": "lose", "paid": "pay",
    "made": "make", "took": "take", "taken": "take", "gave": "give", "given": "give", "left": "leave",
    "came": "come", "went": "go", "gone": "go", "broke": "break", "broken": "break", "withdrawn": "withdraw",
    "withdrew": "withdraw", "fled": "flee", "led": "lead", "brought": "bring", "sought": "seek", "told": "tell",
    "spoke": "speak", "spoken": "speak", "wrote": "write", "written": "write", "chose": "choose",
    "chosen": "choose", "grew": "grow", "grown": "grow", "froze": "freeze", "frozen": "freeze", "sank": "sink",
    "sunk": "sink", "put": "put",
}
# Number words folded to digits so that "two" and "2" are the same word.
NUMBER_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
    "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100",
    "thousand": "1000", "million": "1000000", "billion": "1000000000",
}
# Spelling variants and plain synonyms any English news text uses interchangeably.
SYNONYMS = {
    "licence": "license", "licenced": "licensed", "licences": "licenses", "colour": "color",
    "organisation": "organization", "programme": "program", "defence": "defense",
    "maker": "manufacturer", "producer": "manufacturer", "firm": "company", "vessel": "ship",
    "boat": "ship", "alter": "modify", "altered": "modified", "change": "modify",
    "changed": "modified", "one-off": "one-time", "once-off": "one-time", "buyer": "purchaser",
    "phone": "smartphone", "handset": "smartphone", "staff": "employee", "worker": "employee",
    "soldier": "troop", "individual": "person", "people": "person", "fatality": "death",
    "automobile": "car", "plane": "aircraft", "blueprint": "design", "know-how": "knowhow",
    "purchase": "buy", "bought": "buy", "sold": "sell", "selling": "sell", "sale": "sell",
    "u.s": "us", "u.s.": "us", "usa": "us", "america": "us", "american": "us",
    "u.k": "uk", "britain": "uk", "british": "uk", "chinese": "china", "european": "europe",
    "prohibit": "ban", "forbid": "ban", "blacklist": "ban", "sanction": "ban",
}
# Nouns whose plural has no final s.
IRREGULAR_PLURALS = {
    "people": "person", "children": "child", "men": "man", "women": "woman", "staff": "staff",
    "personnel": "personnel", "police": "police", "cattle": "cattle", "aircraft": "aircraft",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "sheep": "sheep", "fish": "fish",
    "troops": "troop", "data": "data", "media": "media", "crew": "crew", "livestock": "livestock",
}


# Countries and territories news names most (their common English names): places, whatever
# the words around them say.
COUNTRIES = frozenset("""afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain
    bangladesh belarus belgium bolivia bosnia brazil britain bulgaria cambodia cameroon canada chad chile china
    colombia congo croatia cuba cyprus czechia denmark ecuador egypt england eritrea estonia ethiopia finland
    france georgia germany ghana greece guatemala haiti honduras hungary iceland india indonesia iran iraq
    ireland israel italy jamaica japan jordan kazakhstan kenya korea kosovo kuwait laos latvia lebanon libya
    lithuania luxembourg madagascar malaysia mali malta mexico moldova mongolia montenegro morocco mozambique
    myanmar namibia nepal netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru
    philippines poland portugal qatar romania russia rwanda scotland senegal serbia singapore slovakia slovenia
    somalia spain sudan sweden switzerland syria taiwan tanzania thailand tunisia turkey uganda ukraine
    uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe""".split()) | {
    "south korea", "north korea", "south africa", "saudi arabia", "new zealand", "sri lanka", "united states",
    "united kingdom", "hong kong", "us", "uk", "uae", "usa", "eu", "america", "el salvador", "costa rica",
    "puerto rico", "dominican republic", "ivory coast", "sierra leone", "burkina faso", "east timor",
    "papua new guinea", "trinidad and tobago"}


# Nationality and direction adjectives ("Chinese", "Italian", "British", "American",
# "French", "Western"): they describe, they name nobody.
DEMONYM_RE = re.compile(r"(?:ese|ian|ean|ish|ican)$|^(?:French|Dutch|Thai|Swiss|Greek|Western|Eastern|Northern|"
                        r"Southern|Arab|Israeli|Iraqi|Pakistani|Saudi|Kuwaiti|Qatari|Nepali|Bangladeshi)$")


# Plural endings that take -es ("churches", "boxes").
ES_PLURAL_RE = re.compile(r"(?:ches|shes|sses|xes|zes)$")
# Endings of words whose final s is no plural ("glass", "bus", "basis").
NOT_PLURAL_S_RE = re.compile(r"(?:ss|us|is)$")


def lemma(word: str) -> str:
    """A plural noun in the singular, by spelling ("contracts" gives "contract")."""
    w = word.lower()
    if w in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and ES_PLURAL_RE.search(w):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not NOT_PLURAL_S_RE.search(w):
        return w[:-1]
    return w


@functools.lru_cache(maxsize=1 << 16)  # a pure function of one word: the cache only saves time
def stem(word: str) -> str:
    """A light stem: synonyms and irregular verbs folded, plural and -ed/-ing endings off,
    final e dropped, y as i ("delayed" and "delay", "votes" and "voted", "began" and
    "begins" are one word)."""
    w = IRREGULAR_VERBS.get(word, word)
    w = SYNONYMS.get(w, w)
    w = NUMBER_WORDS.get(w, w)
    if w.isdigit() or "." in w:
        return w
    w = SYNONYMS.get(lemma(w), lemma(w))
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ied"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("ed") and not w.endswith("eed"):
        w = w[:-2]
    w = SYNONYMS.get(w, w)
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 2 and w.endswith("y"):
        w = w[:-1] + "i"
    return w


# Everyday content words (stemmed): sharing only these does not make two claims the same.
WEAK_WORDS = frozenset(
    stem(w)
    for w in """way country work time year day week month make take go come get give know think see
    look want use find tell ask seem feel try leave call good new first last long great little old
    big high different small large next early young important public bad able thing man woman
    world life hand part place case point number group problem fact lot right level side kind end
    state show need mean put let begin keep hold turn move play run bring happen set stand include
    continue well back today now currently never always often much many already recent recently
    report according added told statement interview news people person""".split()
)


def fold(text: str) -> str:
    """Text folded for comparison: NFKC, plain quotes and dashes, lower case."""
    if text.isascii():  # NFKC and TYPO leave ASCII as it is
        return text.lower()
    return unicodedata.normalize("NFKC", text).translate(TYPO).lower()


# The stop words content words leave out.
FUNCTION_WORDS = STOPWORDS - NEGATIONS
NOTHING: frozenset[str] = frozenset()


def content_words(text: str, leave_out: frozenset[str] = NOTHING) -> list[str]:
    """The content words of ``text``, stemmed, in order (with repeats): case, quotation
    marks, plurals, tenses, number words and plain synonyms folded, function words and
    the words ``leave_out`` names (as written, in lower case) out."""
    return list(chain.from_iterable(map(_token_words, TOKEN_RE.findall(fold(text)), repeat(leave_out))))


@functools.lru_cache(maxsize=1 << 16)  # a pure function of one token: the cache only saves time
def _token_words(tok: str, leave_out: frozenset[str]) -> tuple[str, ...]:
    """The content words (stemmed) of one folded token; none for a function word."""
    return tuple(_token_word_list(tok, leave_out))


def _token_word_list(tok: str, leave_out: frozenset[str]) -> list[str]:
    tok = tok.strip("'.")
    if tok in leave_out:
        return []
    if tok in SYNONYMS and "-" not in tok:
        return [stem(tok)]
    if tok in FUNCTION_WORDS or len(tok) < 2 and not tok.isdigit():
        return []
    if "-" in tok:
        tok = SYNONYMS.get(tok, tok)
        return [w for w in (stem(p) for p in tok.split("-") if p and p not in FUNCTION_WORDS and p not in leave_out)
                if w]
    bare = re.sub(r"'s$", "", tok).replace("'", "")
    if bare in leave_out:
        return []
    word = stem(bare)
    return [word] if word else []


def shingles(words: Sequence[str], k: int) -> set[tuple[str, ...]]:
    """The runs of ``k`` consecutive words (all the words as one run when there are fewer)."""
    if len(words) < k:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + k]) for i in range(len(words) - k + 1)}


class CappedIndex(Generic[K]):
    """An inverted index, key -> the items filed under it in filing order, that drops
    keys too common to tell anything: once more than ``cap`` items are filed under a key
    (a stock phrase, the story's own name, boilerplate every page shares), the key gives
    nothing, so that each item meets a bounded number of others and the comparisons stay
    about linear in the corpus. Callers file an item under a key once."""

    __slots__ = ("cap", "postings", "over")

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.postings: dict[K, list[int]] = {}  # keys of at most ``cap`` items
        self.over: set[K] = set()  # keys of more: dropped

    def add(self, key: K, item: int) -> list[int] | None:
        """File ``item`` under ``key``; when that makes the key too common, the items
        it held (now dropped with it), else None."""
        posting = self.postings.get(key)
        if posting is None:
            if key not in self.over:
                self.postings[key] = [item]
            return None
        if len(posting) >= self.cap:
            del self.postings[key]
            self.over.add(key)
            return posting
        posting.append(item)
        return None

    def get(self, key: K) -> Sequence[int]:
        """The items filed under ``key``; none when they are more than the cap."""
        return self.postings.get(key, ())


class Groups:
    """Union-find over the items 0..n-1: which items have been joined into one group."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[int]]:
        """Every group's items in order, groups by their first item."""
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return sorted(out.values(), key=lambda g: g[0])


# Words that open a sentence whose subject is named elsewhere ("She said ...").
PRONOUN_OPENINGS = frozenset("he she they it we i his her their its this that these those".split())


def opens_on_pronoun(text: str) -> bool:
    """Whether a sentence opens on a pronoun (after any quotation mark), its subject named
    elsewhere: "She said ...", '"It was ...'."""
    first = text.strip().lstrip("\"“‘'").split(maxsplit=1)
    return bool(first) and first[0].lower().strip(",") in PRONOUN_OPENINGS


def one_letter_apart(a: str, b: str) -> bool:
    """Two different words of five letters or more, one a letter added to, dropped from or
    changed in the other ("Arden", "Ardern"): a slip in one spelling of a name."""
    if a == b or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))
