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
from collections.abc import Sequence

from .models import Citation, Quote, QuoteMention
from .text import CappedIndex, Groups, fold, shingles

# A shingle more quotes share than this is a stock phrase: no use for finding candidates.
STOCK_PHRASE = 200
# The shingles (runs of words) quotes are compared by.
SHINGLE = 3

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


def _quote_shingles(text: str) -> frozenset[tuple[str, ...]]:
    """The word 3-grams of a quote's folded words."""
    return frozenset(shingles(_quote_tokens(text), SHINGLE))


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


@functools.lru_cache(maxsize=1 << 12)  # a pure function of a name: the cache only saves time
def _name_words(name: str | None) -> frozenset[str]:
    """The words of a speaker's name, folded, without function words."""
    return frozenset(w for w in fold(name or "").replace(".", " ").split() if w not in {"the", "of", "and", "&", "a"})


def same_speaker(a: str | None, b: str | None) -> bool:
    """Two speakers may be the same person: either unknown, or sharing a name word."""
    if a is None or b is None:
        return True
    return bool(_name_words(a) & _name_words(b))


def merge_quotes(quotes: Sequence[QuoteMention], containment: float = 0.6) -> tuple[Quote, ...]:
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
    """
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
            score = len(sh & shingles_of[j]) / max(1, min(len(sh), len(shingles_of[j])))
            if score >= containment and same_speaker(quotes[i].speaker, quotes[j].speaker):
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


