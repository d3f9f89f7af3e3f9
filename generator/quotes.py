"""Quotes across articles: the same quotation carried by several outlets becomes one
item that cites each of them.

A pure function of the quote mentions the per-article stage found; mentions are
compared only when they share a three-word shingle (a capped inverted index), never
all pairs.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from .models import Citation, Quote, QuoteMention, Sentence
from .text import CappedIndex, Groups, fold, one_letter_apart, shingles

# A shingle more quotes share than this is a stock phrase: no use for finding candidates.
STOCK_PHRASE = 200
# The shingles (runs of words) quotes are compared by.
SHINGLE = 3
# A quote of at most this many shingles (six words) joins another only whole.
SHORT_SHINGLES = 4

# A quoted word with the dots of an abbreviation inside it ("U.S").
QUOTE_WORD_RE = re.compile(r"\w+(?:\.\w+)*")


def _quote_words(text: str) -> list[str]:
    """Quoted words folded (case, punctuation and quotation marks off, "U.S" as "us")."""
    return [_fold_word(m.group(0)).replace(".", "") for m in QUOTE_WORD_RE.finditer(text)]


@functools.lru_cache(maxsize=1 << 16)  # a pure function of one word: the cache only saves time
def _fold_word(word: str) -> str:
    """fold(word) with British and American spellings made one ("apologise" and
    "apologize", "labour" and "labor", "centre" and "center"), remembered: quotes fold
    the same words over and over."""
    w = fold(word)
    if len(w) > 5:
        w = SPELLING_RE.sub(lambda m: SPELLINGS[m.group(1)], w)
    return w


# British spellings and their American forms, at the end of a word.
SPELLINGS = {"ise": "ize", "ised": "ized", "ises": "izes", "ising": "izing", "isation": "ization",
             "our": "or", "ours": "ors", "yse": "yze", "ysed": "yzed", "tre": "ter", "tres": "ters"}
SPELLING_RE = re.compile(r"(isation|ising|ised|ises|ise|ours|our|ysed|yse|tres|tre)$")


@functools.lru_cache(maxsize=1 << 16)  # a pure function of a quote's text: the cache only saves time
def _quote_tokens(text: str) -> tuple[str, ...]:
    """The folded words of a quote (see _quote_words)."""
    return tuple(_quote_words(text))


def _quote_shingles(text: str) -> frozenset[tuple[str, ...]]:
    """The word 3-grams of a quote's folded words."""
    return frozenset(shingles(_quote_tokens(text), SHINGLE))


def canonical_speakers(quotes: Sequence[QuoteMention]) -> list[QuoteMention]:
    """``quotes`` with one name for each speaker across the articles, where the corpus
    supports it: the same words in another order ("Zhengfei Ren"), or written with a
    middle initial or a hyphen ("Merrick B. Garland", "Woo Won-shik"), a one-letter slip in
    one word of a name that is at least twice as common ("Ren Zhengfen"), or a surname
    alone that only one named speaker carries ("Chan" for "Linda Chan"). Each group
    takes its most common form (the longest on a tie)."""
    counts = Counter(q.speaker for q in quotes if q.speaker)
    if len(counts) < 2:
        return list(quotes)
    order = sorted(counts, key=lambda s: (-counts[s], -len(s), s))
    canon: dict[str, str] = {}
    for name in order:  # commonest first: each joins the commonest form it matches
        words = _name_words(name)
        for other in order:
            if other == name:
                break
            ow = _name_words(other)
            if canon.get(other, other) != other:
                continue
            if (words == ow or _plain(name) == _plain(other)
                    or (len(words) == len(ow) >= 2 and counts[other] >= 2 * counts[name] and _one_slip(words, ow))
                    or (len(words) == 1 and len(ow) >= 2 and _surname_of(name, other, order))):
                canon[name] = other
                break
    return [replace(q, speaker=canon.get(q.speaker, q.speaker)) if q.speaker else q for q in quotes]


@functools.lru_cache(maxsize=1 << 12)  # a pure function of a name: the cache only saves time
def _plain(name: str) -> str:
    """A name's letters without spaces, hyphens, full stops and (when two other words
    remain) initials: "Merrick B. Garland" and "Merrick Garland", "Woo Won-shik" and
    "Woo Won Shik" read the same."""
    tokens = fold(name).replace(".", " ").replace("-", " ").split()
    full = [t for t in tokens if len(t) > 1]
    return "".join(full if len(full) >= 2 else tokens)


def _one_slip(a: frozenset[str], b: frozenset[str]) -> bool:
    """The two names' words differ in one word, by one letter (text.one_letter_apart)."""
    x, y = a - b, b - a
    return len(x) == len(y) == 1 and one_letter_apart(next(iter(x)), next(iter(y)))


def _surname_of(word: str, full: str, names: Sequence[str]) -> bool:
    """``word`` is the last word of ``full`` and of no other multiword name in ``names``."""
    last = fold(word)
    holders = [n for n in names if len(n.split()) >= 2 and fold(n.split()[-1]) == last]
    return holders == [full]


@functools.lru_cache(maxsize=1 << 12)  # a pure function of a name: the cache only saves time
def _name_words(name: str | None) -> frozenset[str]:
    """The words of a speaker's name, folded, without function words."""
    return frozenset(w for w in fold(name or "").replace(".", " ").split() if w not in {"the", "of", "and", "&", "a"})


def same_speaker(a: str | None, b: str | None) -> bool:
    """Two speakers may be the same person: either unknown or only described ("a
    statement", "officials": the words may be anyone's the article does not name), or
    sharing a name word."""
    if a is None or b is None or _described(a) or _described(b):
        return True
    return bool(_name_words(a) & _name_words(b))


def _described(speaker: str) -> bool:
    """A speaker the article only describes, in lower case: "a statement", "officials"."""
    return speaker == speaker.lower()


def merge_quotes(quotes: Sequence[QuoteMention], containment: float = 0.6) -> tuple[Quote, ...]:
    """One Quote per statement, citing every article that carries it.

    Speakers are first made one name per person across the articles (canonical_speakers).
    Two mentions are the same statement when their speakers may be the same (equal name
    words, or one unknown) and, after folding case, quotation marks and punctuation
    ("U.S" and "US" alike), one contains at least ``containment`` of the other's
    three-word shingles: copies and partial copies alike. Mentions are compared only
    when they share a shingle (an inverted index, not all pairs). Each article's version
    is its pieces of the statement joined in reading order (an outlet may print it in
    two halves around "she said"); the quote shows the fullest version, and each
    citation keeps its outlet's own sentence. The speaker is the most named one; one
    citation per article, in first-appearance order. Quotes are ordered by speaker
    (unknown last), then first appearance.
    """
    quotes = canonical_speakers(quotes)
    toks = [_quote_tokens(q.text) for q in quotes]
    out: list[tuple[tuple[bool, str, int], Quote]] = []
    for members in _quote_groups(quotes, toks, containment):
        out.extend(((none, speaker, members[k]), q) for none, speaker, k, q in _group_quotes(quotes, members, toks))
    return tuple(q for _k, q in sorted(out, key=lambda kv: kv[0]))


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
    shingles_of = {i: _quote_shingles(quotes[i].text) for i in firsts}
    pairs: dict[tuple[int, int], float] = {}
    index: CappedIndex[tuple[str, ...]] = CappedIndex(STOCK_PHRASE)
    for i in firsts:
        for s in shingles_of[i]:
            index.add(s, i)
    for i in firsts:
        sh = shingles_of[i]
        # Candidates share a shingle that is not a stock phrase; their score counts every
        # shingle they share (a quote whose words many others use still scores in full).
        candidates: set[int] = set()
        for s in sh:
            candidates.update(j for j in index.get(s) if j > i)
        for j in sorted(candidates):
            fewest = min(len(sh), len(shingles_of[j]))
            score = len(sh & shingles_of[j]) / max(1, fewest)
            # A few words are one statement's only when all of them are in the other: "a
            # turning point in history" is not "a turning point in American history".
            if score >= (containment if fewest > SHORT_SHINGLES else 1.0) \
                    and same_speaker(quotes[i].speaker, quotes[j].speaker):
                pairs[(i, j)] = score
    groups = Groups(len(quotes))
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
    """The quote one group of mentions gives (see merge_quotes), with its sort key:
    unknown speaker, folded speaker, and its first mention as a place in ``members``."""
    named = Counter(quotes[i].speaker for i in members if quotes[i].speaker)
    # a name before a description ("Camp Mystic", not "a statement"), then the most named
    speaker = max(named, key=lambda s: (not _described(s), named[s], len(s), s)) if named else None
    versions = _article_versions(quotes, members, toks)
    # The fullest form; on a tie, one outlet's quote as printed whole before pieces joined.
    text = max(versions, key=lambda v: (len(_quote_tokens(v[0])), -v[2]))[0]
    own = {quotes[same[0]].article: version for version, same, _n in versions}
    return [(speaker is None, fold(speaker or ""), 0, Quote(speaker, text, _citations(quotes, members, own)))]


def _article_versions(
    quotes: Sequence[QuoteMention], members: Sequence[int], toks: Sequence[Sequence[str]]
) -> list[tuple[str, list[int], int]]:
    """Each article's version of one quotation with its mentions and how many pieces it
    joins, in first-appearance order: an outlet that prints the remarks in pieces around "she said" gives its pieces
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
        out.append((" ".join(quotes[i].text.strip() for i in kept), same, len(kept)))
    return out


def _contains(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    """Whether the word run ``shorter`` occurs inside ``longer``."""
    n = len(shorter)
    return any(list(longer[k : k + n]) == list(shorter) for k in range(len(longer) - n + 1))


def _citations(quotes: Sequence[QuoteMention], members: Sequence[int], own: dict[str, str]) -> tuple[Citation, ...]:
    """One citation per article, in first-appearance order, its cue the article's own
    version of the quote (``own``)."""
    seen: set[str] = set()
    out: list[Citation] = []
    for i in members:
        q = quotes[i]
        if q.article not in seen:
            seen.add(q.article)
            out.append(Citation(q.article, q.sentence, own.get(q.article, q.text)))
    return tuple(out)


def quoted_speakers(quotes: Sequence[QuoteMention], sentences: Mapping[str, Sequence[Sentence]]
                    ) -> dict[tuple[str, int], str]:
    """Who speaks each sentence that lies inside a quotation with a known speaker, as
    (article, sentence index) -> speaker: a statement quoted over several paragraphs is
    the speaker's in every sentence ("I am resigning" is Liz Truss's)."""
    out: dict[tuple[str, int], str] = {}
    for q in quotes:
        if not q.speaker or len(q.text) < 40:
            continue
        said = fold(q.text)
        for s in sentences.get(q.article, ()):
            if s.index >= q.sentence.index and (s.article, s.index) not in out:
                inner = fold(s.text).strip(" \"'“”‘’")
                if len(inner) >= 20 and inner in said:
                    out[(s.article, s.index)] = q.speaker
    return out

