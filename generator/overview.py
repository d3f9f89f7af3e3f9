"""The overview: a short extractive summary of the corpus, most central sentences first.

A pure function of the articles, their sentences and the shared points.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from .models import Article, Citation, Point, Sentence
from .text import content_words


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
) -> tuple[Citation, ...]:
    """A short extractive summary: the most central sentences of the corpus, most central first.

    Centrality is the number of articles that carry a sentence's point, then how early
    the sentence comes in its article. Each point gives at most its central sentence;
    sentences too close to one already chosen (half their words shared) are skipped; a
    first pass takes at most one sentence per article. When shared points run out,
    articles' lead sentences fill the summary. ``units`` (sentence text -> its
    comparison units, as ``points.sentence_units`` made them) saves reading the sentences again.
    """
    known = units or {}

    def words_of(text: str) -> frozenset[str]:
        got = known.get(text)  # a text's first unit is the whole text with its content words
        return (got[0][1] if got else frozenset()) if got is not None else _word_set(text)

    ranked: list[tuple[int, int, int, Citation]] = []
    for k, p in enumerate(points):
        central = _central(p, words_of)
        ranked.append((-len({m.article for m in p.mentions}), central.sentence.index, k, central))
    for k, art in enumerate(articles):
        s = _lead(art, sentences.get(art.id, ()))
        if s is not None:
            ranked.append((0, s.index, len(points) + k, Citation(art.id, s)))
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
    return tuple(chosen)


def _lead(art: Article, sents: Sequence[Sentence]) -> Sentence | None:
    """An article's lead: its first paragraph sentence of eight words or more."""
    for s in sents:
        if 0 <= s.block < len(art.blocks) and art.blocks[s.block].kind == "heading":
            continue
        if len(s.text.split()) >= 8:
            return s
    return None
