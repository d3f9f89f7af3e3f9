"""Comparing articles: merged quotes, shared points, conflicting figures, entities, overview.

Every function here looks at the whole corpus at once but never compares all pairs:
items are indexed by rare words (or word shingles) and only items that share an
index key are compared, so the work grows about linearly with the corpus.
"""
from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain
from math import fsum  # exactly rounded: a sum over a set must not depend on its order
from typing import NamedTuple

from .extract import (
    ORG_WORDS,
    TITLE_WORDS,
    lemma,
    name_sequences,
    person_part,
)
from .models import Article, Citation, Conflict, Entity, FigureMention, Point, Quote, QuoteMention, Sentence

# ---------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------

# Index keys shared by more items than this are too common to say two items match; the
# cap keeps the comparison near-linear (each item meets a bounded number of others).
POSTING_CAP = 50
# Typographic characters folded to plain ones before comparing words.
TYPO = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "})
# A word for comparison: letters/digits with inner apostrophes, dots or hyphens ("u.s", "one-off").
TOKEN_RE = re.compile(r"[a-z0-9]+(?:['.\-][a-z0-9]+)*")
# Function words carry no claim; negations are kept ("no", "not") because they change one.
STOPWORDS = frozenset(
    """a an the and or but nor so yet of in on at to for from by with without into onto over under
    about above below between among through during before after since until while as than then
    there here this that these those it its it's he she they we you i me him her them us' our
    ours their theirs his hers my your yours who whom whose which what when where why how
    is are was were be been being am has have had having do does did doing will would shall
    should can could may might must also just only even still very too quite rather really
    such some any each every all both either neither other another same own more most much many
    few several if because although though however whether also said says say told according
    s t ll re ve d m one's up down out off again further once here's there's that's what's""".split()
)
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
# Words that say a figure is a snapshot at some time ("last year", "in 2019", "by March").
TIME_CUE_RE = re.compile(
    r"\b(?:(?:last|this|next|previous|past)\s+(?:year|month|week|quarter|decade)|"
    r"(?:in|since|by|for|during|of|until)\s+(?:(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s+)?(?:19|20)\d\d|(?:19|20)\d\d|"
    r"(?:q[1-4]|first|second|third|fourth)\s+quarter|a\s+year\s+(?:ago|earlier)|yesterday|today)\b",
    re.I,
)
# Qualifiers that make a figure approximate or a bound.
APPROX_RE = re.compile(
    r"\b(?:more than|less than|fewer than|over|under|about|around|close to|nearly|almost|roughly|"
    r"approximately|some|at least|up to|as many as|as much as|an estimated|upwards of)\b",
    re.I,
)


@functools.lru_cache(maxsize=1 << 16)  # a pure function of one word: the cache only saves time
def stem(word: str) -> str:
    """A light stem: synonyms folded, plural and -ed/-ing endings off, final e dropped, y as i."""
    w = SYNONYMS.get(word, word)
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

# Verbs and number words around figures that say nothing about what is counted (stemmed).
FIGURE_VERBS = frozenset(
    stem(w)
    for w in """expect take reach grow rise fall increase decrease drop add cut lose gain earn pay
    spend cost raise boost total estimate predict forecast post record worth amount stand climb
    jump slip plunge soar double halve top exceed half quarter third dozen hundred thousand
    rose fell grew stood hit risen fallen grown reached totalled totaled
    million billion trillion bn mn tn per cent percent""".split()
)

def fold(text: str) -> str:
    """Text folded for comparison: NFKC, plain quotes and dashes, lower case."""
    if text.isascii():  # NFKC and TYPO leave ASCII as it is
        return text.lower()
    return unicodedata.normalize("NFKC", text).translate(TYPO).lower()


def content_words(text: str) -> list[str]:
    """The content words of ``text``, stemmed, in order (with repeats)."""
    return list(chain.from_iterable(map(_token_words, TOKEN_RE.findall(fold(text)))))


@functools.lru_cache(maxsize=1 << 16)  # a pure function of one token: the cache only saves time
def _token_words(tok: str) -> tuple[str, ...]:
    """The content words (stemmed) of one folded token; none for a function word."""
    return tuple(_token_word_list(tok))


def _token_word_list(tok: str) -> list[str]:
    tok = tok.strip("'.")
    if tok in SYNONYMS and "-" not in tok:
        return [stem(tok)]
    if tok in STOPWORDS or len(tok) < 2 and not tok.isdigit():
        return []
    if "-" in tok:
        tok = SYNONYMS.get(tok, tok)
        return [w for w in (stem(p) for p in tok.split("-") if p and p not in STOPWORDS) if w]
    word = stem(re.sub(r"'s$", "", tok).replace("'", ""))
    return [word] if word else []


# ---------------------------------------------------------------------------
# Quotes
# ---------------------------------------------------------------------------



# A quoted word with the dots of an abbreviation inside it ("U.S").
QUOTE_WORD_RE = re.compile(r"\w+(?:\.\w+)*")


def _quote_words(text: str, keep_dots: bool = False) -> list[tuple[str, int, int]]:
    """Quoted words folded (case, punctuation and quotation marks off, "U.S" as "us"
    unless ``keep_dots``), each with its offsets in ``text``."""
    out = []
    for m in QUOTE_WORD_RE.finditer(text):
        word = _fold_word(m.group(0))
        out.append((word if keep_dots else word.replace(".", ""), m.start(), m.end()))
    return out


@functools.lru_cache(maxsize=1 << 16)  # a pure function of one word: the cache only saves time
def _fold_word(word: str) -> str:
    """fold(word), remembered: quotes fold the same words over and over."""
    return fold(word)


@functools.lru_cache(maxsize=1 << 16)  # a pure function of a quote's text: the cache only saves time
def _quote_tokens(text: str) -> tuple[str, ...]:
    """The folded words of a quote (see _quote_words)."""
    return tuple(w for w, _s, _e in _quote_words(text))


@functools.lru_cache(maxsize=1 << 16)  # as above: a rebuild reads only quotes that changed
def _quote_shingles(text: str) -> frozenset[tuple[str, ...]]:
    """The word 3-grams of a quote's folded words."""
    return frozenset(_shingles(_quote_tokens(text)))


def _common_run(a: Sequence[str], b: Sequence[str]) -> tuple[int, int]:
    """(start, length) in ``a`` of the longest run of words ``a`` and ``b`` share."""
    best = (0, 0)
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best[1]:
                    best = (i - cur[j], cur[j])
        prev = cur
    return best


def _shared_text(texts: Sequence[str]) -> str:
    """The words every version carries: the longest common run of words of all ``texts``
    (case and punctuation folded, spelling kept: "U.S" and "US" differ), as written in
    the first one; the shortest version when the common run is short."""
    texts = list(dict.fromkeys(texts))  # a copy more changes nothing (syndicated quotes come by hundreds)
    first = _quote_words(texts[0], keep_dots=True)
    words = [w for w, _s, _e in first]
    lo, hi = 0, len(words)
    for other in texts[1:]:
        start, length = _common_run(words[lo:hi], [w for w, _s, _e in _quote_words(other, keep_dots=True)])
        lo, hi = lo + start, lo + start + length
    shortest = min(texts, key=lambda t: (len(t), t))
    if hi - lo < max(4, 0.6 * len(_quote_tokens(shortest))):
        return shortest
    text = texts[0][first[lo][1] : first[hi - 1][2]]
    tail = texts[0][first[hi - 1][2] :]
    if hi == len(first):
        text += tail.rstrip(" ,;:")  # the closing punctuation of the quote, as written
    return text


def _shingles(tokens: Sequence[str], k: int = 3) -> set[tuple[str, ...]]:
    if len(tokens) < k:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + k]) for i in range(len(tokens) - k + 1)}


@functools.lru_cache(maxsize=1 << 12)  # a pure function of a name: the cache only saves time
def _name_words(name: str | None) -> frozenset[str]:
    """The words of a speaker's name, folded, without function words."""
    return frozenset(w for w in fold(name or "").replace(".", " ").split() if w not in {"the", "of", "and", "&", "a"})


def same_speaker(a: str | None, b: str | None) -> bool:
    """Two speakers may be the same person: either unknown, or sharing a name word."""
    if a is None or b is None:
        return True
    return bool(_name_words(a) & _name_words(b))


class _Groups:
    """Union-find over item indexes, keeping each group's members."""

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
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return sorted(out.values(), key=lambda g: g[0])


def merge_quotes(quotes: Sequence[QuoteMention], containment: float = 0.6, *,
                 memo: dict | None = None) -> tuple[Quote, ...]:
    """One Quote per quotation, citing every article that carries it.

    Two mentions are the same quote when their speakers may be the same (equal name
    words, or one unknown) and, after folding case, quotation marks and punctuation,
    one contains at least ``containment`` of the other's three-word shingles. Mentions
    are compared only when they share a shingle (an inverted index, not all pairs).
    Each article's version is its pieces of the quotation joined in reading order (an
    outlet may print it in two halves around "she said"); the merged text is the
    longest run of words every version carries, or the shortest version when that run
    is short; an article's version the merged text does not hold is kept as a further
    item citing the articles that print it so. The speaker is the most named one; one
    citation per article, in first-appearance order. Quotes are ordered by speaker
    (unknown last), then first appearance.

    ``memo`` (a dict the caller keeps between calls) holds the last call's groups of
    mentions and the quotes each gave: when as many mentions come with the same words
    and speakers, the groups are not made again, and a group made of the same mention
    objects again gives the same quotes without its versions being read. The result is
    the same as a fresh call's.
    """
    last: _QuotesMemo | None = memo.pop("quotes", None) if memo is not None else None
    speakers = [q.speaker for q in quotes]
    if last is not None and last.containment == containment and len(last.quotes) == len(quotes):
        # The groups depend only on each mention's words and speaker: when none changed,
        # they are the last call's.
        toks, same = list(last.toks), speakers == last.speakers
        for i, (q, old) in enumerate(zip(quotes, last.quotes)):
            if q is not old:
                words = _quote_tokens(q.text)
                same = same and words == toks[i]
                toks[i] = words
    else:
        toks, same = [_quote_tokens(q.text) for q in quotes], False
    groups = last.groups if last is not None and same else _quote_groups(quotes, toks, containment)
    known = last.made if last is not None else {}
    made: dict[tuple[int, ...], tuple] = {}
    out: list[tuple[tuple[bool, str, int], Quote]] = []
    for members in groups:
        ids = tuple(id(quotes[i]) for i in members)
        # (the mentions, kept so that their ids stay theirs; each quote with its sort key,
        # its first mention given as a place in the group)
        got = known.get(ids)
        if got is None:
            got = (tuple(quotes[i] for i in members), _group_quotes(quotes, members, toks))
        made[ids] = got
        out.extend(((none, speaker, members[k]), q) for none, speaker, k, q in got[1])
    if memo is not None:
        memo["quotes"] = _QuotesMemo(containment, list(quotes), toks, speakers, groups, made)
    return tuple(q for _k, q in sorted(out, key=lambda kv: kv[0]))


@dataclass(slots=True)
class _QuotesMemo:
    """merge_quotes' reading of the last call, for the next one."""

    containment: float
    quotes: list[QuoteMention]
    toks: list[tuple[str, ...]]  # each mention's folded words
    speakers: list[str | None]
    groups: list[list[int]]  # the mentions of each quotation, in order
    made: dict[tuple[int, ...], tuple]  # (ids of a group's mentions) -> (the mentions, what they gave)


def _quote_groups(quotes: Sequence[QuoteMention], toks: Sequence[tuple[str, ...]], containment: float
                  ) -> list[list[int]]:
    """The mentions of each quotation (see merge_quotes), each group in order, groups by
    their first mention."""
    # The same words from the same speaker are the same quote however many outlets carry
    # it: each copy joins the first, and only first copies go into the shingle index, so
    # a quote carried everywhere does not make its own words look like stock phrases.
    first_of: dict[tuple[tuple[str, ...], str], int] = {}
    copy_of: list[int] = []  # each mention's first copy (itself when it is one, or stays alone)
    for i, t in enumerate(toks):
        j = first_of.setdefault((t, quotes[i].speaker or ""), i)
        # A copy joins its first whatever the order of joining: its speaker is already
        # among the first's group's speakers, so it changes no later decision; only a
        # named speaker without a name word (no speaker it can be the same as) keeps it apart.
        speaker = quotes[i].speaker
        copy_of.append(j if t and (not speaker or _name_words(speaker)) else i)
    firsts = sorted(first_of.values())
    shingles = {i: _quote_shingles(quotes[i].text) for i in firsts}
    pairs: dict[tuple[int, int], float] = {}
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i in firsts:
        for s in shingles[i]:
            index[s].append(i)
    for i in firsts:
        sh = shingles[i]
        # Candidates share a shingle that is not a stock phrase; their score counts every
        # shingle they share (a quote whose words many others use still scores in full).
        candidates: set[int] = set()
        for s in sh:
            posting = index[s]
            if len(posting) > 4 * POSTING_CAP:  # a stock phrase: no use for finding candidates
                continue
            candidates.update(j for j in posting if j > i)
        for j in sorted(candidates):
            score = len(sh & shingles[j]) / max(1, min(len(sh), len(shingles[j])))
            if score >= containment and same_speaker(quotes[i].speaker, quotes[j].speaker):
                pairs[(i, j)] = score
    groups = _Groups(len(quotes))
    speakers: dict[int, set[str]] = {i: ({quotes[i].speaker} if quotes[i].speaker else set()) for i in firsts}
    for (i, j), _score in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])):
        ri, rj = groups.find(i), groups.find(j)
        if ri == rj:
            continue
        si, sj = speakers[ri], speakers[rj]
        if si and sj and not any(same_speaker(a, b) for a in si for b in sj):
            continue  # would join two different speakers through an unknown one
        groups.union(ri, rj)
        speakers[groups.find(ri)] = si | sj
    by_root: dict[int, list[int]] = {}
    for i, j in enumerate(copy_of):
        by_root.setdefault(groups.find(j), []).append(i)
    return sorted(by_root.values(), key=lambda g: g[0])


def _group_quotes(quotes: Sequence[QuoteMention], members: list[int], toks: Sequence[Sequence[str]]
                  ) -> list[tuple[bool, str, int, Quote]]:
    """The quotes one group of mentions gives (see merge_quotes), each with its sort key:
    unknown speaker, folded speaker, and its first mention as a place in ``members``."""
    out: list[tuple[bool, str, int, Quote]] = []
    place = {i: k for k, i in enumerate(members)}
    named = Counter(quotes[i].speaker for i in members if quotes[i].speaker)
    speaker = max(named, key=lambda s: (named[s], len(s), s)) if named else None
    versions = _article_versions(quotes, members, toks)
    if len(versions) > 1:
        text = _shared_text([v for v, _m in versions])
    elif len(members) > 1:
        text = _shared_text([quotes[i].text for i in members])
    else:
        text = quotes[members[0]].text
    out.append((speaker is None, fold(speaker or ""), 0, Quote(speaker, text, _citations(quotes, members))))
    if len(members) == 1:
        return out
    # An outlet's own version (more of the same remarks, or worded a little
    # differently) stays visible too when the shared text does not hold it.
    shared = _quote_tokens(text)
    other: dict[tuple[str, ...], tuple[str, list[int]]] = {}
    for version, same in versions:
        words = _quote_tokens(version)
        if not _contains(shared, words):
            other.setdefault(words, (version, []))[1].extend(same)
    for version, same in other.values():
        same.sort()
        out.append((speaker is None, fold(speaker or ""), place[same[0]],
                    Quote(speaker, version, _citations(quotes, same))))
    return out


def _article_versions(
    quotes: Sequence[QuoteMention], members: Sequence[int], toks: Sequence[Sequence[str]]
) -> list[tuple[str, list[int]]]:
    """Each article's version of one quotation with its mentions, in first-appearance
    order: an outlet that prints the remarks in pieces around "she said" gives its pieces
    joined in reading order; a piece another piece of the same article contains (or
    repeats) is left out."""
    by_article: dict[str, list[int]] = {}
    for i in members:
        by_article.setdefault(quotes[i].article, []).append(i)
    out: list[tuple[str, list[int]]] = []
    for same in by_article.values():
        same.sort(key=lambda i: (quotes[i].sentence.block, quotes[i].sentence.start, i))
        kept = [i for i in same if not any(
            j != i and _contains(toks[j], toks[i]) and (len(toks[j]) > len(toks[i]) or j < i) for j in same)]
        out.append((" ".join(quotes[i].text.strip() for i in kept), same))
    return out


def _contains(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    """Whether the word run ``shorter`` occurs inside ``longer``."""
    n = len(shorter)
    return any(list(longer[k : k + n]) == list(shorter) for k in range(len(longer) - n + 1))


def _citations(quotes: Sequence[QuoteMention], members: Sequence[int]) -> tuple[Citation, ...]:
    """One citation per article, in first-appearance order."""
    seen: set[str] = set()
    out: list[Citation] = []
    for i in members:
        q = quotes[i]
        if q.article not in seen:
            seen.add(q.article)
            out.append(Citation(q.article, q.sentence))
    return tuple(out)


# ---------------------------------------------------------------------------
# Points
# ---------------------------------------------------------------------------

# Opening clauses left out of a point's label ("According to X, ...", "In July, ...").
LABEL_LEAD_RE = re.compile(
    r"^(?:(?:according to|in|on|at|after|while|as|if|when|despite|currently|meanwhile|however|"
    r"but|and|so|still|yet|for example|in fact)\b[^,]{0,60},\s*)", re.I
)


@functools.lru_cache(maxsize=1 << 16)  # a pure function of a sentence: rebuilds label only new ones
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


def _text_units(text: str) -> list[tuple[str, frozenset[str]]]:
    """The comparison units of one sentence's text (see _article_units): the whole text,
    then its clauses and enumerations; none when it has no content word."""
    words = frozenset(content_words(text))
    if not words:
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


def similar_pairs(
    items: Sequence[tuple[str, frozenset[str]]],
    *,
    min_shared: int = 3,
    min_score: float = 0.5,
    posting_cap: int = 30,
    rare_keys: int = 6,
    memo: dict | None = None,
) -> dict[tuple[int, int], float]:
    """Pairs of items from different groups that share enough weighted content words.

    ``items`` are (group, words). The score is the IDF-weighted overlap of the two word
    sets over the smaller set's weight. Candidates come from an inverted index on each
    item's ``rare_keys`` rarest words whose postings stay under ``posting_cap``: no item
    is compared with every other one.

    ``memo`` (a dict the caller keeps, as a running process does between builds) holds
    the last call's index and pairs: when the items are as many, of the same groups in
    the same order, only the items whose words changed, or that use a word whose
    document frequency changed, are paired again (see _update_pairs); the result is
    the same as a fresh call's.
    """
    settings = (min_shared, min_score, posting_cap, rare_keys)
    last: _PairIndex | None = memo.pop("pairs", None) if memo is not None else None
    groups = [g for g, _w in items]
    sets = [w for _g, w in items]
    if last is not None and last.settings == settings and last.groups == groups:
        state = _update_pairs(last, sets)
    else:
        state = _pair_index(groups, sets, settings)
    if memo is not None:
        memo["pairs"] = state  # put back only once complete: a failed call leaves none
    return dict(state.out)


@dataclass(slots=True)
class _PairIndex:
    """similar_pairs' index over its items and the pairs it found, for the next call."""

    settings: tuple[int, float, int, int]
    groups: list[str]
    sets: list[frozenset[str]]
    df: Counter[str]  # items using each word
    idf: dict[str, float]
    weak: set[str]  # words too common to show a shared claim
    keys: list[list[str]]  # each item's rarest indexable words
    weight: list[float]  # each item's summed idf
    index: dict[str, list[int]]  # indexable word -> items using it
    out: dict[tuple[int, int], float]


def _idf(n: int, c: int) -> float:
    return math.log((n + 1) / c) + 0.1


def _indexable(c: int, posting_cap: int) -> bool:
    """A word used by c items is looked up (it may find a partner, and not too many)."""
    return 1 < c <= posting_cap


def _is_weak(n: int, c: int) -> bool:
    """A word in more than a fifth of the corpus's items is the story's own subject."""
    return n >= 20 and c > 0.2 * n


def _pair_index(groups: list[str], sets: list[frozenset[str]], settings: tuple[int, float, int, int]) -> _PairIndex:
    """similar_pairs from scratch."""
    min_shared, min_score, posting_cap, rare_keys = settings
    n = len(sets)
    uses: dict[int, tuple[frozenset[str], int]] = {}  # id(word set) -> (set, items using it)
    for words in sets:
        got = uses.get(id(words))
        uses[id(words)] = (words, got[1] + 1 if got else 1)
    df: Counter[str] = Counter()
    # Sets used once (most of them) are counted in one pass in C; repeated ones k times.
    df.update(chain.from_iterable(words for words, k in uses.values() if k == 1))
    for words, k in uses.values():
        if k > 1:
            for w in words:
                df[w] += k
    idf = {w: _idf(n, c) for w, c in df.items()}
    # Words too common to show two items make the same claim: everyday words, and words
    # in more than a fifth of the corpus's items (the story's own subject, like its name).
    weak = set(WEAK_WORDS)
    weak.update(w for w, c in df.items() if _is_weak(n, c))
    index: dict[str, list[int]] = defaultdict(list)
    keys: list[list[str]] = []
    weight: list[float] = []
    # Items of one repeated sentence share one word set: its keys and weight are worked out once.
    known: dict[int, tuple[list[str], list[str], float]] = {}
    # Each indexable word's place in (document frequency, word) order, ranked once, so
    # that each set's rarest words are sorted by a plain lookup.
    rank = {w: r for r, w in enumerate(sorted((w for w, c in df.items() if _indexable(c, posting_cap)),
                                              key=lambda w: (df[w], w)))}
    for i, words in enumerate(sets):
        if id(words) not in known:
            rare = [w for w in words if w in rank]
            known[id(words)] = (rare, sorted(rare, key=rank.__getitem__)[:rare_keys],
                                fsum(map(idf.__getitem__, words)))
        rare, rarest, total = known[id(words)]
        keys.append(rarest)
        weight.append(total)
        for w in rare:
            index[w].append(i)
    state = _PairIndex(settings, groups, sets, df, idf, weak, keys, weight, dict(index), {})
    _pair_up(state, range(n), None)
    return state


def _update_pairs(last: _PairIndex, sets: list[frozenset[str]]) -> _PairIndex:
    """similar_pairs for the same groups as ``last`` with some items' words changed.

    An item's keys, weight and postings depend only on the document frequencies of its
    own words (n being the same), and a pair's score only on the two items' words and
    those frequencies: so pairs of two items that kept their words and use no word whose
    frequency changed are found and scored as before. Only the others ("dirty") are
    paired again, each with every item a fresh call would compare it with."""
    _min_shared, _min_score, posting_cap, rare_keys = last.settings
    n = len(sets)
    old = last.sets
    changed = [i for i in range(n) if sets[i] is not old[i] and sets[i] != old[i]]
    if not changed:
        return replace(last, sets=sets)
    df = last.df
    before = {w: df[w] for i in changed for w in old[i] | sets[i]}
    for i in changed:
        df.subtract(old[i])
        df.update(sets[i])
    moved = {w for w, c in before.items() if df[w] != c}  # words whose frequency changed
    for w in moved:
        c = df[w]
        if c > 0:
            last.idf[w] = _idf(n, c)
        else:
            del df[w], last.idf[w]
        if w in WEAK_WORDS or _is_weak(n, c):
            last.weak.add(w)
        else:
            last.weak.discard(w)
    dirty = set(changed)
    if moved:
        dirty.update(i for i, words in enumerate(sets) if not words.isdisjoint(moved))
    index, idf = last.index, last.idf
    # Dirty items leave the postings of their old words, then file under their new ones
    # (every item using a moved word is dirty: its posting is made again from scratch).
    for i in dirty:
        for w in old[i]:
            posting = index.get(w)
            if posting is not None and i in posting:
                posting.remove(i)
                if not posting:
                    del index[w]
    for i in sorted(dirty):
        words = sets[i]
        rare = [w for w in words if _indexable(df[w], posting_cap)]
        last.keys[i] = sorted(rare, key=lambda w: (df[w], w))[:rare_keys]
        last.weight[i] = fsum(map(idf.__getitem__, words))
        for w in rare:
            index.setdefault(w, []).append(i)
    out = {pair: score for pair, score in last.out.items() if pair[0] not in dirty and pair[1] not in dirty}
    state = replace(last, sets=sets, out=out)
    _pair_up(state, sorted(dirty), dirty)
    return state


def _pair_up(state: _PairIndex, todo: Iterable[int], dirty: set[int] | None) -> None:
    """Find and score into state.out the pairs of each item of ``todo``: those a key of
    one of the two finds (the other uses the key). Without ``dirty``, every item is in
    ``todo`` and each pair is found from either side; with it, a dirty item also looks
    through the postings of its other indexable words for clean items whose keys find it."""
    min_shared, min_score, _posting_cap, _rare_keys = state.settings
    groups, sets, keys, weight, index, out = state.groups, state.sets, state.keys, state.weight, state.index, state.out
    weight_of = state.idf.__getitem__
    weak = state.weak
    # (ids of the two word sets, lower first) -> score or None: items of one repeated
    # sentence share their set, and the same two sets always score the same, in either
    # order (_pair_score is symmetric).
    judged: dict[tuple[int, int], float | None] = {}
    for i in todo:
        gi, wi = groups[i], sets[i]
        if dirty is None:
            if not keys[i]:
                continue  # no word rare enough to find a partner by
            found = [j for w in keys[i] for j in index[w]]
        else:
            own = set(keys[i])
            # j is found by a key of i (w in own), or one of j's keys is a word of i's.
            found = [j for w in wi if w in index for j in index[w] if w in own or w in keys[j]]
        seen: set[int] = set()
        id_i = id(wi)
        for j in found:
            if j == i or j in seen or groups[j] == gi:
                continue
            pair = (i, j) if i < j else (j, i)
            if pair in out:
                continue
            seen.add(j)
            wj = sets[j]
            id_j = id(wj)
            ids = (id_i, id_j) if id_i < id_j else (id_j, id_i)
            if ids in judged:
                score = judged[ids]
            else:
                score = judged[ids] = _pair_score(wi, wj, weight[i], weight[j], weak, weight_of,
                                                  min_shared, min_score)
            if score is not None:
                out[pair] = score


def _pair_score(wi: frozenset[str], wj: frozenset[str], weight_i: float, weight_j: float,
                weak: frozenset[str] | set[str], weight_of, min_shared: int, min_score: float) -> float | None:
    """similar_pairs' score of two word sets, or None when they do not make one claim."""
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


@dataclass(slots=True, frozen=True)
class _ArticleUnits:
    """What find_points reads of one article (see _article_units)."""

    article: Article
    sentences: Sequence[Sentence]
    units: tuple[tuple[Sentence, str, frozenset[str]], ...]  # (sentence, unit text, content words)
    firsts: tuple[int, ...]  # each unit's sentence, as the offset of the first unit of an equal sentence
    # Whole sentences of five content words or more with a figure, which make
    # single-article points: (sentence offset, sentence, content words).
    singles: tuple[tuple[int, Sentence, frozenset[str]], ...]


def _article_units(art: Article, sents: Sequence[Sentence],
                   known: Mapping[str, list[tuple[str, frozenset[str]]]]) -> _ArticleUnits:
    """What find_points reads of one article (see _read_units)."""
    units: list[tuple[Sentence, str, frozenset[str]]] = []
    firsts: list[int] = []
    singles: list[tuple[int, Sentence, frozenset[str]]] = []
    _read_units(art, sents, known, units, firsts, singles)
    # Kept for rebuilds: the figure is looked for once, here.
    return _ArticleUnits(art, sents, tuple(units), tuple(firsts),
                         tuple(x for x in singles if any(map(str.isdigit, x[2]))))


def _read_units(art: Article, sents: Sequence[Sentence], known: Mapping[str, list[tuple[str, frozenset[str]]]],
                units: list[tuple[Sentence, str, frozenset[str]]], firsts: list[int],
                singles: list[tuple[int, Sentence, frozenset[str]]]) -> None:
    """Every paragraph sentence of one article, in order, as comparison units, appended
    to ``units``: (sentence, unit text, content words). A long sentence also gives one
    unit per clause and per enumeration of three content words or more, so that a
    sentence making two claims can support two points. ``known`` holds units already
    made (text -> units). Each unit's sentence as a number goes to ``firsts``: the place
    in ``units`` of the first unit of an equal sentence of the article. Whole sentences
    of five content words or more, which make single-article points when they hold a
    figure, go to ``singles`` as (sentence number, sentence, content words)."""
    # Equal sentences have equal running numbers: while the numbers rise, no sentence
    # equals an earlier one (the usual case, checked far faster than sentences are hashed).
    start = len(units)
    last_index = -1
    first_of: dict[Sentence, int] | None = None
    blocks = art.blocks
    for s in sents:
        if 0 <= s.block < len(blocks) and blocks[s.block].kind == "heading":
            continue
        got = known.get(s.text)
        made = got if got is not None else _text_units(s.text)
        if not made:
            continue
        first = len(units)
        if first_of is None and s.index <= last_index:
            first_of = {}
            for f, (t, _c, _w) in zip(firsts[start:], units[start:]):
                first_of.setdefault(t, f)
        if first_of is not None:
            first = first_of.setdefault(s, first)
        last_index = s.index
        for c, cw in made:
            units.append((s, c, cw))
            firsts.append(first)
            if len(cw) >= 5 and c == s.text:
                singles.append((first, s, cw))


@dataclass(slots=True)
class _PointsMemo:
    """find_points' reading of the last call, for the next one (see find_points)."""

    singles_per_article: int
    records: dict[str, _ArticleUnits]  # article id -> its units
    layout: list[tuple[str, int]]  # (article id, number of units) of each article, in order
    flat: list[tuple[Sentence, str, frozenset[str]]]  # the units of all articles, in order
    items: list[tuple[str, frozenset[str]]]  # what similar_pairs was given
    pairs: dict[tuple[int, int], float]  # similar_pairs' answer
    near: dict[int, dict[int, float]]  # unit -> the units it pairs with, and the score
    candidates: dict[int, _Candidate]  # center -> its candidate point
    sentence_of: list[int]  # each unit's sentence as a number (see find_points)
    made: dict[tuple[int, tuple[int, ...]], tuple[tuple[Sentence, ...], str, Point]]  # see _keep_points
    singles: dict[int, Point]  # id(sentence) -> the single-article point made of it (the point keeps it alive)


def find_points(
    articles: Sequence[Article], sentences: Mapping[str, Sequence[Sentence]], *, singles_per_article: int = 2,
    units: Mapping[str, list[tuple[str, frozenset[str]]]] | None = None, memo: dict | None = None,
) -> tuple[Point, ...]:
    """Claims made by several articles, then claims only one article makes.

    Sentences are similar when they share enough rare content words (case, plurals,
    number words and plain synonyms folded). Each sentence gathers its most similar
    sentence from every other article into a candidate point (so at most one citation
    per article per point, and one sentence may support two different points); the
    candidates with the most articles are kept unless most of their sentences already
    belong to a kept point. Single-article points are sentences with a figure (a digit)
    that no candidate point cites, up to ``singles_per_article`` per article. Shared
    points come first (most articles first); labels come from the most central sentence.

    ``memo`` (a dict the caller keeps between calls, see similar_pairs) holds what the
    last call read: an article (and its sentences) given as the same objects again is
    not read again, and when the units are laid out as before only the candidates of
    units whose pairs changed are made again. The result is the same as a fresh call's.
    """
    known = units or {}
    last: _PointsMemo | None = memo.pop("points", None) if memo is not None else None
    if last is not None and last.singles_per_article != singles_per_article:
        last = None
    records: dict[str, _ArticleUnits] = {}
    read: list[tuple[int, _ArticleUnits]] = []  # articles read again, with their first unit
    layout: list[tuple[str, int]] = []
    # Possible single-article points: (number added to their sentence numbers, their list,
    # whether they are known to hold a figure).
    singles: list[tuple[int, Sequence[tuple[int, Sentence, frozenset[str]]], bool]] = []
    if memo is None:  # no records to keep: every article's units go straight into one list
        flat: list[tuple[Sentence, str, frozenset[str]]] = []
        sentence_of: list[int] = []  # each unit's sentence as a number
        found: list[tuple[int, Sentence, frozenset[str]]] = []
        for art in articles:
            _read_units(art, sentences.get(art.id, ()), known, flat, sentence_of, found)
        singles.append((0, found, False))
    else:
        base = 0
        for art in articles:
            sents = sentences.get(art.id, ())
            rec = last.records.get(art.id) if last is not None else None
            if rec is None or rec.article is not art or rec.sentences is not sents:
                rec = _article_units(art, sents, known)
                read.append((base, rec))
            records[art.id] = rec
            layout.append((art.id, len(rec.units)))
            singles.append((base, rec.singles, True))
            base += len(rec.units)
    same_layout = last is not None and last.layout == layout
    if last is not None and same_layout:
        flat, items = last.flat, last.items
        for start, rec in read:  # the other articles' units are where they were
            flat[start : start + len(rec.units)] = rec.units
            items[start : start + len(rec.units)] = [(s.article, w) for s, _t, w in rec.units]
    else:
        if memo is not None:
            flat = list(chain.from_iterable(records[a.id].units for a in articles))
        items = [(s.article, w) for s, _t, w in flat]
    pairs = similar_pairs(items, memo=memo)
    if last is not None and same_layout:
        near, candidates, sentence_of, known_points = last.near, last.candidates, last.sentence_of, last.made
        dirty: set[int] = set()  # units of articles read again: their sentence numbers may differ
        for start, rec in read:
            sentence_of[start : start + len(rec.units)] = [start + f for f in rec.firsts]
            dirty.update(range(start, start + len(rec.units)))
        changed = pairs.items() ^ last.pairs.items()  # pairs gone, new or scored anew
        touched = set(dirty)
        for (i, j), _score in changed:
            touched.update((i, j))
            if (i, j) not in pairs:
                del near[i][j], near[j][i]
        for i, j in {pair for pair, _score in changed if pair in pairs}:
            near.setdefault(i, {})[j] = near.setdefault(j, {})[i] = pairs[(i, j)]
        # A candidate reads its center's pairs, and the article and sentence of each unit
        # paired with it: only those of units with new pairs, or paired with a unit read
        # again, can differ from the last call's.
        for d in dirty:
            touched.update(near.get(d, ()))
        for c in touched:
            if near.get(c):
                candidates[c] = _candidate(c, near[c], flat, sentence_of)
            else:
                near.pop(c, None)
                candidates.pop(c, None)
    else:
        if memo is not None:
            sentence_of = []
            base = 0
            for art in articles:
                r = records[art.id]
                sentence_of.extend([base + f for f in r.firsts] if base else r.firsts)
                base += len(r.units)
        near = defaultdict(dict)
        for (i, j), score in pairs.items():
            near[i][j] = near[j][i] = score
        near = dict(near)
        candidates = {c: _candidate(c, others, flat, sentence_of) for c, others in near.items()}
        known_points = {}
    made: dict[tuple[int, tuple[int, ...]], tuple[tuple[Sentence, ...], str, Point]] = {}
    points = _keep_points(candidates, flat, {a.id: k for k, a in enumerate(articles)}, known_points, made)
    # Every sentence a candidate cites (every unit with a pair) makes no single-article point.
    cited = {sentence_of[c] for c in near}
    per_article: dict[str, int] = {}
    known_singles = last.singles if last is not None else {}
    made_singles: dict[int, Point] = {}  # id(sentence) -> its single-article point
    for base, group, figured in singles:
        for first, s, words in group:
            # (The figure is looked for last: most sentences are skipped before.)
            if (per_article.get(s.article, 0) < singles_per_article and base + first not in cited
                    and (figured or any(map(str.isdigit, words)))):
                per_article[s.article] = per_article.get(s.article, 0) + 1
                point = known_singles.get(id(s))
                if point is None or point.mentions[0].sentence is not s:
                    point = Point(_label(s.text), (Citation(s.article, s),))
                made_singles[id(s)] = point
                points.append(point)
    if memo is not None:
        memo["points"] = _PointsMemo(singles_per_article, records, layout, flat, items, pairs, near, candidates,
                                     sentence_of, made, made_singles)
    return tuple(points)


# A candidate point: (minus its number of units, minus their summed score, its center,
# its units in order, their sentences as numbers in first-unit order): candidates sort
# best first as they are.
_Candidate = tuple[int, float, int, tuple[int, ...], tuple[int, ...]]


def _candidate(center: int, others: Mapping[int, float], units: Sequence[tuple[Sentence, str, frozenset[str]]],
               sentence_of: Sequence[int]) -> _Candidate:
    """The candidate point of one unit: the unit with its most similar unit of every other
    article (the highest score, then the first unit)."""
    best: dict[str, tuple[float, int]] = {}
    for b, score in others.items():
        art = units[b][0].article
        got = best.get(art)
        if got is None or (score, -b) > (got[0], -got[1]):
            best[art] = (score, b)
    members = tuple(sorted((center,) + tuple(b for _s, b in best.values())))
    cited = tuple(dict.fromkeys(sentence_of[m] for m in members))
    return (-len(members), -fsum(s for s, _b in best.values()), center, members, cited)


def _keep_points(candidates: Mapping[int, _Candidate], units: Sequence[tuple[Sentence, str, frozenset[str]]],
                 order: Mapping[str, int], known: Mapping[tuple[int, tuple[int, ...]], tuple], made: dict) -> list[Point]:
    """The candidates with the most units (then the highest summed score, then the first
    center) made points, each unless most of its sentences already belong to one kept
    point; a point's citations in article order, then sentence order. ``known`` holds
    the points a last call made for the same article order, by (center, cited
    sentences), with those sentences and the label's text: one whose sentences are the
    same objects is the same point, given again (``made`` gets every point made)."""
    kept: list[Point] = []
    owner: dict[int, list[int]] = {}  # sentence -> kept points citing it
    for _n, _total, center, _members, cited in sorted(candidates.values()):
        hits = [p for c in cited for p in owner.get(c, ())]
        # No kept point holds more than half of the cited sentences when all hits together
        # do not; when they come from one point, that point holds them all.
        if len(hits) * 2 > len(cited) and (
                len(set(hits)) == 1 or max(Counter(hits).values()) * 2 > len(cited)):
            continue
        for c in cited:
            owner.setdefault(c, []).append(len(kept))
        sents = tuple(units[c][0] for c in cited)
        text = units[center][1]
        got = known.get((center, cited))
        if got is not None and got[1] == text and all(a is b for a, b in zip(got[0], sents)):
            point = got[2]
        else:
            ms = sorted(sents, key=lambda s: (order.get(s.article, 0), s.index))
            point = Point(_label(text), tuple(Citation(s.article, s) for s in ms))
        made[(center, cited)] = (sents, text, point)
        kept.append(point)
    return kept


# ---------------------------------------------------------------------------
# Conflicts
# ---------------------------------------------------------------------------


# Counted nouns (stemmed) that news copy uses for the same things: homes and properties,
# residents and people, positions and jobs, boxes and packs, millimetres and mm.
UNIT_SYNONYMS = {
    stem(k): stem(v)
    for k, v in {
        "property": "home", "house": "home", "household": "home", "dwelling": "home",
        "resident": "person", "inhabitant": "person", "position": "job", "role": "job",
        "docker": "worker", "dockworker": "worker", "labourer": "worker", "laborer": "worker",
        "box": "pack", "packet": "pack", "carton": "pack",
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
LOWER_WORD_RE = re.compile(r"\b[a-z][a-z'’\-]+")


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
# one (which depends on the corpus): in a running process (mkdocs serve) a rebuild works
# out again only the figures whose text or first word changed.
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
ROLE_RE = re.compile(r"\b([a-z]+ed|hurt|held|taken|left|shot|slain|born|seen|given|won|lost)\b")


def _roles(f: FigureMention) -> set[str]:
    """The participles in a figure's ``about`` (stemmed): which of the counted things."""
    return {stem(m.group(1)) for m in ROLE_RE.finditer(f.about.lower())}


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


def _same_quantity(a: float, b: float) -> bool:
    return abs(a - b) <= 0.005 * max(abs(a), abs(b))


# Nouns for people of one kind (stemmed), which a count of "people" may also give.
PERSON_NOUNS = frozenset(
    stem(w) for w in """patients passengers customers students pupils voters visitors tourists
    travellers travelers commuters residents inhabitants victims survivors migrants refugees
    fans spectators children adults users subscribers members""".split()
) - {stem("person")}
# Two counts of the same noun with nothing else in common must be this close.
TERSE_RATIO = 2.0
# Lengths of time as counted units (stemmed): compared only when both say of what.
DURATIONS = frozenset(stem(w) for w in "year month week day hour decade".split())
# Two values of one thing told differently rarely differ by more than this factor; farther
# apart, they count different things (a town's population and the people evacuated).
MAX_RATIO = 4.0
# The last number written in a figure's value, with its decimals.
WRITTEN_NUMBER_RE = re.compile(r"(\d[\d,]*)(?:\.(\d+))?(?!.*\d)")


def _agree_when_rounded(f: FigureMention, g: FigureMention) -> bool:
    """Whether two figures agree once the more precise is rounded as the other is
    written: "27%" and "26.8%" do; "£2 million" and "£2.5 million" do not (half a step
    off the written number is a different value)."""
    a, b = f.quantity or 0.0, g.quantity or 0.0
    out = False
    for x, y, value in ((a, b, f.value), (b, a, g.value)):
        m = WRITTEN_NUMBER_RE.search(value)
        if not m or not x:
            continue
        written = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
        if not written:
            continue
        step = 10 ** -len(m.group(2) or "") * (x / written)  # one unit of the last written digit
        out = out or abs(x - y) < step / 2 - 1e-9 * abs(x)  # half a step either way is a real difference
    return out


def figure_features(figures: Sequence[FigureMention]) -> FigureFeatures:
    """What ``find_conflicts`` reads of each figure and of its sentence alone, made from
    one article's figures: the per-article stage computes and caches them (as
    ``sentence_features`` for points), so the cross-article stage does not read every
    sentence again. Pure functions of the text: results are the same either way."""
    readings = {(f.unit, f.sentence.text, f.value): (_unit_of(f.unit, f.sentence.text, f.value),
                                                     _clause_before(f.sentence.text, f.value)) for f in figures}
    texts = {f.sentence.text: (_lower_words(f.sentence.text), _capital_words(f.sentence.text)) for f in figures}
    return FigureFeatures(readings, texts)


@dataclass(slots=True, frozen=True)
class FigureFeatures:
    """figure_features' result: (written unit, sentence text, value) -> (unit, (clause
    opens the sentence?, clause words)); sentence text -> (lower-case words, capitalised
    words)."""

    readings: dict[tuple[str | None, str, str], tuple[str | None, tuple[bool, tuple[str, ...]]]] = \
        field(default_factory=dict)
    texts: dict[str, tuple[frozenset[str], tuple[str, ...]]] = field(default_factory=dict)


def find_conflicts(figures: Sequence[FigureMention], *,
                   known: FigureFeatures | Mapping[str, FigureFeatures] | None = None,
                   memo: dict | None = None, posting_cap: int = POSTING_CAP) -> tuple[Conflict, ...]:
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
    factor of 1.6); for lengths of time, words in common. A conflict holds figures that
    all match each other (no chains through a third figure), at most one per article,
    best matches first. Equal quantities in other spellings ($10bn, $10 billion) or
    rounded differently (27%, 26.8%) are not a conflict; neither are figures dated to
    different times (different years, or different relative words: "last year" vs
    "this year"); vague counts ("hundreds of") are never compared. ``note`` says what
    the tool cannot tell: approximate values that may agree, a dated figure against an
    undated one, or dates in words the tool cannot compare ("last year" vs "in 2019").
    Candidates come from an index on (unit, word) and, for rates and terse counts, on
    the unit alone, each key used while it holds at most ``posting_cap`` figures: no
    all-pairs. ``known`` (figure_features of the figures: merged, or one per article id
    as the per-article stage makes them) saves reading every sentence again.

    ``memo`` (a dict the caller keeps, as a running process does between builds) holds
    the last call's index, pairs and conflicts: when the figures kept from the last
    call are the same objects in the same order, only the figures that are new, or
    whose reading, index keys or story changed, are paired again, and only the groups
    their pairs touch are formed again (see _update_conflicts); the result is the same
    as a fresh call's.
    """
    last: _ConflictIndex | None = memo.pop("conflicts", None) if memo is not None else None
    keep = memo is not None
    # Figures are known by handle: id() when the index is kept (its list of figures
    # holds them, so no id is reused while it lives), else their position.
    handles: Sequence[int] = [id(f) for f in figures] if keep else range(len(figures))
    if keep and len(set(handles)) < len(handles):
        keep, handles = False, range(len(figures))  # one object twice: no handle per figure
    state = None
    if keep and last is not None and last.posting_cap == posting_cap:
        state = _update_conflicts(last, figures, handles, known)
    if state is None:
        state = _conflict_index(figures, handles, known, posting_cap, keep)
    if keep and memo is not None:
        memo["conflicts"] = state  # put back only once complete: a failed call leaves none
    return state.result


# What find_conflicts reads of one figure alone: the lower-case words and the capitalised
# words of its sentence, its unit (_unit_of) and the clause before its number.
_Reading = tuple[frozenset[str], tuple[str, ...], str | None, tuple[bool, tuple[str, ...]]]


def _read_figure(f: FigureMention, known: FigureFeatures | Mapping[str, FigureFeatures] | None,
                 texts: dict[str, tuple[frozenset[str], tuple[str, ...]]]) -> _Reading:
    """What find_conflicts reads of ``f`` alone, from ``known`` when it holds it; ``texts``
    keeps each sentence's words for this call (one sentence may hold several figures)."""
    features = known if known is None or isinstance(known, FigureFeatures) else known.get(f.article)
    text = f.sentence.text
    words = texts.get(text)
    if words is None:
        words = features.texts.get(text) if features is not None else None
        if words is None:
            words = (_lower_words(text), _capital_words(text))
        texts[text] = words
    got = features.readings.get((f.unit, text, f.value)) if features is not None else None
    if got is None:
        got = (_unit_of(f.unit, text, f.value), _clause_before(text, f.value))
    return words[0], words[1], got[0], got[1]


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
    opener: str | None  # the clause's first word, lowered, when the clause opens the sentence
    by_unit: bool  # a rate or a terse count: its candidates include every figure of its unit


def _counted(f: FigureMention, unit: str, clause: tuple[bool, tuple[str, ...]],
             lowercase: Container[str]) -> _Counted:
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
    return _Counted(f, unit, base, family, words, near, opener, unit != family or terse)


def _match(a: _Counted, b: _Counted) -> float | None:
    """How well figures a and b, of different articles of one story and of one family
    of units, fit as one thing counted twice, or None. (Not symmetric: the first
    figure's base decides how the two are compared.)"""
    f, g = a.figure, b.figure
    narrower = a.base != b.base  # "patients" against "people"
    rates = {a.unit, b.unit} - {a.base}
    if len(rates) > 1:
        return None  # a cost a day and a cost a week
    qa, qb = abs(f.quantity or 0.0), abs(g.quantity or 0.0)
    if min(qa, qb) <= 0 or max(qa, qb) > MAX_RATIO * min(qa, qb):
        return None  # 1,100 and 210,000 people are not one count told two ways
    wa, wb = a.words, b.words
    shared = wa & wb
    # Words right before both numbers ("a premium of 32%") count twice.
    score = (len(shared) + len(a.near & b.near) + 1) / (len(wa | wb) + 1)
    base = a.base
    if a.unit == b.unit != base:  # the same rate: close values of it are one thing
        if shared or max(qa, qb) <= 1.6 * min(qa, qb):
            return score
        return None
    if base in ("%", "pp", "#") or base.isupper():
        return score if shared else None
    if base in DURATIONS:  # "for 22 years": whose service or which wait must be said by both
        return score if shared and len(shared) * 3 >= len(wa | wb) else None
    ra, rb = _roles(f), _roles(g)
    if ra and rb and not ra & rb:
        return None  # "people killed" and "people injured" are different counts
    if narrower:
        return score if shared and len(shared) * 3 >= len(wa | wb) else None
    # Words in common about what is counted, or both say the same of them
    # ("destroyed 40 homes", "destroyed 60 houses"); a counted noun ("ships") alone is
    # enough when one figure says little more about it and the values are close.
    va = _verb_before(f)
    if len(shared) * 3 >= len(wa | wb) or (va and va == _verb_before(g)):
        return score
    if min(len(wa), len(wb)) <= 1 and max(qa, qb) <= TERSE_RATIO * min(qa, qb):
        return score
    return None


@dataclass(slots=True)
class _ConflictIndex:
    """find_conflicts' reading, index, pairs and conflicts over its figures (by handle),
    kept by a memo for the next call. ``lower``, ``by_article``, ``capital_lowers`` and
    ``adjacent`` are filled only for a kept index (handles are then ids)."""

    posting_cap: int
    figures: list[FigureMention]
    pos: dict[int, int]  # handle -> position in figures
    reading: dict[int, _Reading]
    lower: Counter[str]  # lower-case word -> figures whose sentence has it (the words seen in lower case)
    counted: dict[int, _Counted]  # the figures with a quantity and a unit
    index: dict[tuple[str, str], set[int]]  # (family, word) -> figures
    by_unit: dict[str, set[int]]  # family -> figures
    by_article: dict[str, list[int]]  # article -> its figures
    capital_lowers: set[str]  # every capitalised word read so far, lowered
    names: dict[str, frozenset[str]]  # article -> the names of its figures' sentences
    story: dict[str, str]  # linked article -> the first article of its story
    pairs: dict[tuple[int, int], float]  # (handle, handle), lower first -> score
    adjacent: dict[int, set[int]]  # handle -> the handles it is paired with
    found: list[tuple[list[int], Conflict]]  # groups (handles in order) making a conflict
    result: tuple[Conflict, ...] = ()


def _conflict_index(figures: Sequence[FigureMention], handles: Sequence[int],
                    known: FigureFeatures | Mapping[str, FigureFeatures] | None, posting_cap: int,
                    keep: bool) -> _ConflictIndex:
    """find_conflicts from scratch; with ``keep``, also what _update_conflicts needs."""
    texts: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}
    reading = {h: _read_figure(f, known, texts) for h, f in zip(handles, figures)}
    lower: Counter[str] = Counter()
    if keep:
        for r in reading.values():
            lower.update(r[0])
        lowercase: Container[str] = lower
    else:
        lowercase = frozenset().union(*(words[0] for words in texts.values()))
    counted = {h: _counted(f, r[2], r[3], lowercase)
               for h, f, r in ((h, f, reading[h]) for h, f in zip(handles, figures))
               if f.quantity is not None and r[2]}
    index: dict[tuple[str, str], set[int]] = defaultdict(set)
    by_unit: dict[str, set[int]] = defaultdict(set)
    for h, c in counted.items():
        by_unit[c.family].add(h)
        for w in c.words:
            index[(c.family, w)].add(h)
    by_article: dict[str, list[int]] = defaultdict(list)
    capitals: dict[str, set[str]] = defaultdict(set)
    names_of: dict[str, list[str]] = {}  # sentence text -> its name words, for this call
    for h, f in zip(handles, figures):
        text = f.sentence.text
        found = names_of.get(text)
        if found is None:
            # A common word opening the sentence is no name.
            found = names_of[text] = [w for w in reading[h][1] if w.lower() not in lowercase]
        capitals[f.article].update(found)
        if keep:
            by_article[f.article].append(h)
    names = {a: frozenset(ws) for a, ws in capitals.items()}
    state = _ConflictIndex(posting_cap, list(figures), dict(zip(handles, range(len(figures)))), reading,
                           lower, counted, dict(index), dict(by_unit), dict(by_article),
                           {w.lower() for r in reading.values() for w in r[1]} if keep else set(),
                           names, _story_of(names), {}, {}, [])
    _pair_figures(state, counted, None)
    if keep:
        for k, j in state.pairs:
            state.adjacent.setdefault(k, set()).add(j)
            state.adjacent.setdefault(j, set()).add(k)
    state.found = _group_figures(state, state.pairs.items())
    state.result = _conflicts_in_order(state)
    return state


def _story_of(names: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Which articles tell the same story, judged from the capitalised names in their
    figures' sentences (``names``, by article): articles linked by shared names (a chain
    of articles each sharing a name with the next) tell one story, named here by its
    first article; an article that shares no name with any other is left out: it cannot
    be told apart and may belong to any. A name every article uses links them all: a
    corpus about one story stays one story."""
    arts = sorted(names)
    groups = _Groups(len(arts))
    first: dict[str, int] = {}
    for i, a in enumerate(arts):
        for w in names[a]:
            if w in first:
                groups.union(first[w], i)
            else:
                first[w] = i
    return {arts[i]: arts[members[0]] for members in groups.groups() if len(members) > 1 for i in members}


def _scored(a: _Counted, b: _Counted, story: Mapping[str, str]) -> float | None:
    """_match of two figures of different articles of one family of units, unless their
    articles are linked to different stories by their names (``story``: see _story_of)."""
    art_a, art_b = a.figure.article, b.figure.article
    if art_a == art_b or a.family != b.family:
        return None
    if art_a in story and art_b in story and story[art_a] != story[art_b]:
        return None  # linked to different stories by their names
    return _match(a, b)


def _pair_figures(state: _ConflictIndex, todo: Iterable[int], dirty: set[int] | None) -> None:
    """Find and score into state.pairs the pairs of each figure of ``todo``: a figure
    finds the others sharing one of its (family, word) keys, and a rate or terse count
    every other figure of its family, through keys of at most posting_cap figures;
    a pair is scored by _match from the figure that finds the other. Without ``dirty``,
    every figure is in ``todo`` and each direction is tried from its own side; with
    it (the figures to pair again), both directions are tried from the dirty side."""
    counted, index, by_unit, pairs, story = state.counted, state.index, state.by_unit, state.pairs, state.story
    cap = state.posting_cap
    adjacent = state.adjacent if dirty is not None else None
    for k in todo:
        a = counted[k]
        by_word: set[int] = set()  # the figures sharing a word key with k: each finds the other
        for w in a.words:
            posting = index[(a.family, w)]
            if len(posting) <= cap:
                by_word.update(posting)
        found = by_word
        mates = by_unit[a.family]
        if len(mates) <= cap and (a.by_unit or dirty is not None):
            found = by_word | mates  # a rate, or a counted noun with little said about it
        for j in found:
            pair = (k, j) if k < j else (j, k)
            if j == k or pair in pairs:
                continue
            b = counted[j]
            if dirty is None:
                score = _scored(a, b, story)
            else:
                word = j in by_word
                score = _scored(a, b, story) if word or a.by_unit else None
                if score is None and (word or b.by_unit):
                    score = _scored(b, a, story)
            if score is not None:
                pairs[pair] = score
                if adjacent is not None:
                    adjacent.setdefault(k, set()).add(j)
                    adjacent.setdefault(j, set()).add(k)


def _group_figures(state: _ConflictIndex, pairs: Iterable[tuple[tuple[int, int], float]]
                   ) -> list[tuple[list[int], Conflict]]:
    """The conflicts formed from ``pairs`` (every pair of the figures they involve):
    pairs are taken best first (then by position), each joining two groups of figures
    when they hold no article in common and every figure of one matches every figure
    of the other (no chains); each group of figures told differently is a conflict."""
    counted, pos, known_pairs = state.counted, state.pos, state.pairs
    story = state.story
    order = sorted((-score, pos[k], pos[j], k, j) if pos[k] < pos[j] else (-score, pos[j], pos[k], j, k)
                   for (k, j), score in pairs)
    group_of: dict[int, int] = {}  # handle -> its group's key (one of its members)
    members_of: dict[int, list[int]] = {}
    for _score, _pk, _pj, k, j in order:
        gk, gj = group_of.get(k, k), group_of.get(j, j)
        if gk == gj:
            continue
        a_members, b_members = members_of.get(gk, [k]), members_of.get(gj, [j])
        if ({counted[m].figure.article for m in a_members} & {counted[m].figure.article for m in b_members}):
            continue  # one value per article
        if len(a_members) * len(b_members) > 1 and any(
                ((x, y) if x < y else (y, x)) not in known_pairs and _scored(counted[x], counted[y], story) is None
                for x in a_members for y in b_members):
            continue  # every figure of a conflict matches every other: no chains
        members_of[gk] = a_members + b_members
        members_of.pop(gj, None)
        for m in b_members:
            group_of[m] = gk
    out = []
    for members in members_of.values():
        members.sort(key=pos.__getitem__)
        conflict = _conflict([counted[m].figure for m in members])
        if conflict is not None:
            out.append((members, conflict))
    return out


def _conflict(members: list[FigureMention]) -> Conflict | None:
    """The Conflict of one group of matching figures (in order), or None when its values
    agree (other spellings, other roundings) or are snapshots at different times."""
    if len({m.article for m in members}) < 2:
        return None
    per_article: dict[str, FigureMention] = {}
    for m in members:
        per_article.setdefault(m.article, m)
    values = list(per_article.values())
    qty = [v.quantity or 0.0 for v in values]
    if all(_same_quantity(qty[0], q) or _agree_when_rounded(values[0], v) for q, v in zip(qty[1:], values[1:])):
        return None  # one value in other spellings, or rounded differently
    cues = [_time_cues(v) for v in values]
    disagreeing = [(a, b) for a in range(len(values)) for b in range(a + 1, len(values))
                   if not _same_quantity(qty[a], qty[b])]
    if disagreeing and all(_different_times(cues[a], cues[b]) for a, b in disagreeing):
        return None  # every disagreeing pair is dated to different times: snapshots, not a conflict
    notes: list[str] = []
    if any(cues) and not all(cues):
        notes.append("some values are dated and others are not; they may describe different times")
    elif any(cues[a] != cues[b] for a, b in disagreeing):
        notes.append("the values are dated in different words ('last year', 'in 2019'); "
                     "the tool cannot tell whether they describe the same time")
    if any(APPROX_RE.search(v.value) for v in values):
        notes.append("some values are approximate or bounds ('more than', 'about') and may agree")
    about = min((v.about for v in values if v.about), key=len, default=values[0].value)
    return Conflict(about, tuple(values), "; ".join(notes))


def _conflicts_in_order(state: _ConflictIndex) -> tuple[Conflict, ...]:
    """state.found's conflicts, ordered by their first figure's position."""
    pos = state.pos
    return tuple(c for _first, c in sorted(((pos[members[0]], c) for members, c in state.found),
                                           key=lambda fc: fc[0]))


def _update_conflicts(last: _ConflictIndex, figures: Sequence[FigureMention], handles: Sequence[int],
                      known: FigureFeatures | Mapping[str, FigureFeatures] | None) -> _ConflictIndex | None:
    """find_conflicts from the kept index ``last`` (handles are ids), or None when the
    figures kept from it are not in the same order (then compute afresh).

    A figure's reading is its own; what it compares (_Counted) depends on the corpus only
    through ``lowercase`` (whether its clause's first word is common); its story depends
    on the names of its article's figures, which ``lowercase`` filters too; a pair's
    score on the two figures, their stories and whether their shared keys hold at most
    posting_cap figures. So a figure is paired again ("dirty") when it is new, its
    _Counted changed, a key of it crossed the cap, or its article moved to another
    story; other pairs stay. A group of figures depends only on the pairs of its
    connected component and their order: the components that hold a dirty or removed
    figure, before or after, are grouped again, and the others keep their conflicts."""
    pos = dict(zip(handles, range(len(figures))))
    old_pos = last.pos
    old_figures = last.figures
    previous = -1
    for f, h in zip(figures, handles):
        p = old_pos.get(h)
        if p is not None:
            if p < previous or old_figures[p] is not f:
                return None  # kept figures in another order (positions break ties), or a stale id
            previous = p
    added = [h for h in handles if h not in old_pos]
    removed = [h for h in old_pos if h not in pos]
    reading, lower, counted = last.reading, last.lower, last.counted

    # Words seen in lower case: the ones that appear or disappear change what is a name.
    touched_words: dict[str, bool] = {}
    for h in removed:
        for w in reading[h][0]:
            touched_words.setdefault(w, True)
    texts: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}
    for h in added:
        r = reading[h] = _read_figure(figures[pos[h]], known, texts)
        for w in r[0]:
            touched_words.setdefault(w, w in lower)
        last.capital_lowers.update(w.lower() for w in r[1])
    for h in removed:
        lower.subtract(reading[h][0])
    for h in added:
        lower.update(reading[h][0])
    for w in touched_words:
        if w in lower and lower[w] <= 0:
            del lower[w]
    flipped = {w for w, was in touched_words.items() if was != (w in lower)}

    # What each figure compares: new figures, and those whose first word changed meaning.
    gone: dict[int, _Counted] = {}  # handle -> its _Counted leaving the index
    for h in removed:
        if h in counted:
            gone[h] = counted.pop(h)
    changed: set[int] = set()
    for h in added:
        f, r = figures[pos[h]], reading[h]
        if f.quantity is not None and r[2]:
            counted[h] = _counted(f, r[2], r[3], lower)
            changed.add(h)
    if flipped:
        for h, c in list(counted.items()):
            if c.opener in flipped and h not in changed:
                new = _counted(c.figure, c.unit, reading[h][3], lower)
                if new != c:
                    gone[h], counted[h] = c, new
                    changed.add(h)

    # The index: a key crossing the cap changes which pairs its figures find.
    cap, index, by_unit = last.posting_cap, last.index, last.by_unit
    sizes: dict[tuple[bool, str, str], int] = {}  # (by unit?, family, word) -> size before
    for h, c in gone.items():
        sizes.setdefault((True, c.family, ""), len(by_unit[c.family]))
        by_unit[c.family].discard(h)
        for w in c.words:
            sizes.setdefault((False, c.family, w), len(index[(c.family, w)]))
            index[(c.family, w)].discard(h)
    for h in changed:
        c = counted[h]
        sizes.setdefault((True, c.family, ""), len(by_unit.get(c.family, ())))
        by_unit.setdefault(c.family, set()).add(h)
        for w in c.words:
            sizes.setdefault((False, c.family, w), len(index.get((c.family, w), ())))
            index.setdefault((c.family, w), set()).add(h)
    dirty = set(changed)
    for (unit_key, family, w), before in sizes.items():
        posting = by_unit[family] if unit_key else index[(family, w)]
        if (before <= cap) != (len(posting) <= cap):
            dirty.update(posting)
        if not posting:
            del (by_unit if unit_key else index)[family if unit_key else (family, w)]

    # Stories: the articles whose names changed, and then the figures whose story moved.
    by_article = last.by_article
    articles = set()
    for h in removed:
        a = old_figures[old_pos[h]].article
        by_article[a].remove(h)
        articles.add(a)
    for h in added:
        a = figures[pos[h]].article
        by_article.setdefault(a, []).append(h)
        articles.add(a)
    if flipped & last.capital_lowers:
        articles = set(by_article)  # a name became a common word, or the reverse
    names = last.names
    renamed = False
    for a in articles:
        members = by_article.get(a)
        if not members:
            by_article.pop(a, None)
            renamed = names.pop(a, None) is not None or renamed
            continue
        got = frozenset(w for h in members for w in reading[h][1] if w.lower() not in lower)
        if names.get(a) != got:
            names[a] = got
            renamed = True
    if renamed:
        story = _story_of(names)
        moved = {a for a in story.keys() | last.story.keys() if story.get(a) != last.story.get(a)}
        last.story = story
        dirty.update(h for a in moved for h in by_article.get(a, ()) if h in counted)
    for h in removed:
        del reading[h]

    # Pairs: the old components of dirty and removed figures lose their pairs with them.
    pairs, adjacent = last.pairs, last.adjacent
    out = set(dirty) | set(gone)
    regroup = _component(adjacent, out)
    for h in out:
        for j in adjacent.pop(h, ()):
            pairs.pop((h, j) if h < j else (j, h), None)
            if j not in out:
                adjacent[j].discard(h)
                if not adjacent[j]:
                    del adjacent[j]
    last.figures, last.pos = list(figures), pos
    _pair_figures(last, sorted(dirty & counted.keys(), key=pos.__getitem__), dirty)
    # Components now: the old ones touched, and those the new pairs join them to.
    regroup = _component(adjacent, {h for h in regroup | dirty if h in pos})
    kept = [(members, c) for members, c in last.found if all(m in pos and m not in regroup for m in members)]
    last.found = kept + _group_figures(last, (((k, j), pairs[(k, j) if k < j else (j, k)])
                                               for k in regroup for j in adjacent.get(k, ()) if k < j))
    last.result = _conflicts_in_order(last)
    return last


def _component(adjacent: Mapping[int, set[int]], start: Iterable[int]) -> set[int]:
    """The handles connected to ``start`` through ``adjacent`` (``start`` included)."""
    seen = set(start)
    todo = list(seen)
    while todo:
        for j in adjacent.get(todo.pop(), ()):
            if j not in seen:
                seen.add(j)
                todo.append(j)
    return seen


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
NAME_WORD_RE = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w’'\-]+")
# Capitalised words that name no story: calendar words, titles, function words.
STORY_COMMON = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday the a an and but in on at of for
    to it its this that he she they we i mr mrs ms dr""".split()
) | TITLE_WORDS


# ---------------------------------------------------------------------------
# Entities
# ---------------------------------------------------------------------------

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
# Calendar words are not entities.
CALENDAR = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)


def _sentence_names(text: str) -> list[tuple[str, bool, str, str]]:
    """The names of one sentence as (name, opens the sentence, word before, text after)."""
    out = []
    for start, end, name in name_sequences(text):
        head = text[:start]
        first = not head.strip(" \"'“‘([")
        words = head.split()
        out.append((name, first, words[-1].lower() if words else "", text[end:]))
    return out


def sentence_features(sentences: Sequence[Sentence]) -> tuple[dict[str, list[tuple[str, frozenset[str]]]],
                                                                 dict[str, list[tuple[str, bool, str, str]]]]:
    """What ``find_points`` (units) and ``find_entities`` (names) read of each sentence
    text, made from one article's sentences: the per-article stage computes and caches
    them, and a rebuild hands them to those functions instead of reading every text
    again. Pure functions of the text, so the results are the same either way."""
    units = {s.text: _text_units(s.text) for s in sentences}
    names = {s.text: _sentence_names(s.text) for s in sentences}
    return units, names


def find_entities(articles: Sequence[Article], sentences: Mapping[str, Sequence[Sentence]], *,
                  names: Mapping[str, list[tuple[str, bool, str, str]]] | None = None,
                  memo: dict | None = None) -> tuple[Entity, ...]:
    """People, organisations and places, with the articles that mention each.

    Names are capitalised word sequences (sentence-initial common words dropped; a
    single word at a sentence start counts only if it is capitalised elsewhere too).
    Kinds come from simple cues counted over all mentions: titles, person-shaped names
    and "said" for people; Inc/Ltd/Ministry/Committee-like words for organisations;
    "in X" for places; otherwise "other". Surname- or given-name-only mentions join the
    one full person name of the corpus that contains them. Sorted by number of
    articles (most first), then name.

    ``memo`` (a dict the caller keeps between calls) holds what the last call read of
    each article: an article given with its sentences as the same objects again is not
    read again. The result is the same as a fresh call's.
    """
    names_of = names or {}
    ids = [a.id for a in articles]
    last: _EntitiesMemo | None = memo.pop("entities", None) if memo is not None else None
    if last is None or len(set(ids)) < len(ids):  # an article given twice counts twice: read afresh
        last = _EntitiesMemo({}, {}, [], {})
    records = last.records
    by_cue = last.by_cue
    seen: set[str] = set()
    for art in articles:
        sents = sentences.get(art.id, ())
        rec = records.get(art.id)
        if art.id in seen or rec is None or rec.article is not art or rec.sentences is not sents:
            if art.id not in seen and rec is not None:
                _count_cues(by_cue, art.id, rec.cues, -1)
            rec = records[art.id] = _ArticleNames(art, sents, _article_cues(art, sents, names_of))
            _count_cues(by_cue, art.id, rec.cues, 1)
        seen.add(art.id)
    for gone in [i for i in records if i not in seen]:
        _count_cues(by_cue, gone, records.pop(gone).cues, -1)
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
    same_order = last.order == ids
    made: dict[str, tuple[set[str], Entity]] = {}
    for key, members in arts.items():
        counted = votes[key]
        kinds = [k for k in ("person", "organisation", "place") if counted[k]]
        kind = max(kinds, key=lambda k: counted[k]) if kinds else "other"
        got = last.made.get(key) if same_order else None
        if got is None or got[1].kind != kind or got[0] != members:
            got = (members, Entity(key, kind, tuple(sorted(members, key=lambda i: order.get(i, 0)))))  # type: ignore[arg-type]
        made[key] = got
    out = sorted((e for _m, e in made.values()), key=lambda e: (-len(e.articles), e.name))
    if memo is not None and len(set(ids)) == len(ids):
        memo["entities"] = _EntitiesMemo(records, by_cue, ids, made)
    return tuple(out)


# What an entity's kind is judged from, for one mention: (name, opens a sentence, the
# word before it in lower case, an organisation word follows, a speech verb follows).
_Cue = tuple[str, bool, str, bool, bool]


@dataclass(slots=True, frozen=True)
class _ArticleNames:
    """What find_entities reads of one article."""

    article: Article
    sentences: Sequence[Sentence]
    cues: Counter[_Cue]  # the article's mentions of names, by cue


@dataclass(slots=True)
class _EntitiesMemo:
    """find_entities' reading of the last call, for the next one."""

    records: dict[str, _ArticleNames]  # article id -> what was read of it
    by_cue: dict[_Cue, dict[str, int]]  # cue -> mentions with it in each article
    order: list[str]  # the article ids in order
    made: dict[str, tuple[set[str], Entity]]  # name -> its articles and entity, for that order


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


def _count_cues(by_cue: dict[_Cue, dict[str, int]], article: str, cues: Counter[_Cue], sign: int) -> None:
    """Add (sign 1) or take away (sign -1) one article's cues; a cue no article has is dropped."""
    for cue, n in cues.items():
        per_article = by_cue.get(cue)
        if per_article is None:
            per_article = by_cue[cue] = {}
        left = per_article.get(article, 0) + sign * n
        if left > 0:
            per_article[article] = left
        else:
            per_article.pop(article, None)
            if not per_article:
                del by_cue[cue]


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


# ---------------------------------------------------------------------------
# Overview
# ---------------------------------------------------------------------------


def _word_set(text: str) -> frozenset[str]:
    """The content words of ``text`` as a set."""
    return frozenset(content_words(text))


def _central(point: Point, words_of: Callable[[str], frozenset[str]] | None = None) -> Citation:
    """The mention of a point whose sentence shares the most words with the others.
    ``words_of`` gives a sentence text's content words (default: _word_set)."""
    words_of = words_of or _word_set
    sets = [words_of(m.sentence.text) for m in point.mentions]
    # Words shared with each other mention, summed: each word counts the other mentions having it.
    count = Counter(w for s in sets for w in s)
    scores = [sum(count[w] - 1 for w in s) for s in sets]
    best = max(range(len(sets)), key=lambda i: (scores[i], -i))
    return point.mentions[best]


def overview(
    articles: Sequence[Article],
    sentences: Mapping[str, Sequence[Sentence]],
    points: Sequence[Point],
    limit: int = 6,
    *,
    units: Mapping[str, list[tuple[str, frozenset[str]]]] | None = None,
    memo: dict | None = None,
) -> tuple[Citation, ...]:
    """A short extractive summary: the most central sentences of the corpus, most central first.

    Centrality is the number of articles that carry a sentence's point, then how early
    the sentence comes in its article. Each point gives at most its central sentence;
    sentences too close to one already chosen (half their words shared) are skipped; a
    first pass takes at most one sentence per article. When shared points run out,
    articles' lead sentences fill the summary. ``units`` (sentence text -> its
    comparison units, as ``sentence_features`` made them) saves reading the sentences again.
    ``memo`` (a dict the caller keeps between calls) holds each point's central sentence
    and each article's lead sentence: a point, or an article with its sentences, given
    as the same object again is not read again. The result is the same as a fresh call's.
    """
    known = units or {}

    def words_of(text: str) -> frozenset[str]:
        got = known.get(text)  # a text's first unit is the whole text with its content words
        return (got[0][1] if got else frozenset()) if got is not None else _word_set(text)

    last: _OverviewMemo = (memo.pop("overview", None) if memo is not None else None) or _OverviewMemo({}, {})
    centrals: dict[int, tuple[Point, Citation, int]] = {}  # id(point) -> (point, central, articles)
    ranked: list[tuple[int, int, int, Citation]] = []
    for k, p in enumerate(points):
        got = last.centrals.get(id(p))
        if got is None or got[0] is not p:
            got = (p, _central(p, words_of), len({m.article for m in p.mentions}))
        if memo is not None:
            centrals[id(p)] = got
        ranked.append((-got[2], got[1].sentence.index, k, got[1]))
    leads: dict[str, tuple[Article, Sequence[Sentence], Citation | None]] = {}
    for k, art in enumerate(articles):
        sents = sentences.get(art.id, ())
        lead = last.leads.get(art.id)
        if lead is None or lead[0] is not art or lead[1] is not sents:
            s = _lead(art, sents)
            lead = (art, sents, None if s is None else Citation(art.id, s))
        if memo is not None:
            leads[art.id] = lead
        if lead[2] is not None:
            ranked.append((0, lead[2].sentence.index, len(points) + k, lead[2]))
    ranked.sort()  # the third item differs for every entry: citations are never compared
    chosen: list[Citation] = []
    chosen_words: list[frozenset[str]] = []
    # First pass: one sentence per article, so that every outlet is heard; then the rest.
    for per_article in (1, limit):
        for _n, _i, _k, c in ranked:
            if len(chosen) >= limit:
                break
            if sum(1 for x in chosen if x.article == c.article) >= per_article:
                continue
            words = words_of(c.sentence.text)
            if any(c.sentence == x.sentence for x in chosen):
                continue
            if any(len(words & w) * 2 > min(len(words), len(w)) for w in chosen_words if w and words):
                continue
            chosen.append(c)
            chosen_words.append(words)
    if memo is not None:
        memo["overview"] = _OverviewMemo(centrals, leads)
    return tuple(chosen)


@dataclass(slots=True)
class _OverviewMemo:
    """overview's reading of the last call, for the next one."""

    centrals: dict[int, tuple[Point, Citation, int]]  # id(point) -> (point, central citation, articles)
    leads: dict[str, tuple[Article, Sequence[Sentence], Citation | None]]  # article id -> its lead sentence


def _lead(art: Article, sents: Sequence[Sentence]) -> Sentence | None:
    """An article's lead: its first paragraph sentence of eight words or more."""
    for s in sents:
        if 0 <= s.block < len(art.blocks) and art.blocks[s.block].kind == "heading":
            continue
        if len(s.text.split()) >= 8:
            return s
    return None
