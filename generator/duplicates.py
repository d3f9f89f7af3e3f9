"""Near-duplicates: the same article saved twice, or from two pages with different
debris around it, is kept once and the copies are reported.

Two articles are near-duplicates when they share almost all of their word 6-grams.
Candidates come from a small sketch of each article (its lowest 6-gram hashes) looked
up in a capped index, so template text every page shares finds nothing and the work
stays near-linear instead of comparing all pairs.
"""
from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Sequence

from .models import Article, Problem
from .text import CappedIndex, shingles

SHINGLE = 6  # words per shingle
SKETCH = 16  # shingle hashes kept per article to find duplicate candidates
COMMON = 32  # a sketch hash shared by more articles than this is boilerplate: no use as a candidate key
# A word, for shingles.
WORD_RE = re.compile(r"\w+")


def article_shingles(article: Article) -> tuple[int, ...]:
    """The hashes of the article's word 6-grams, in ascending order (the first few are
    its sketch). crc32, not hash(): str hashes change from one process to the next."""
    words = WORD_RE.findall(" ".join(b.text for b in article.blocks).casefold())
    hashes = {zlib.crc32(" ".join(s).encode("utf-8")) for s in shingles(words, SHINGLE)} or {zlib.crc32(b"")}
    return tuple(sorted(hashes))


def drop_duplicates(articles: Sequence[Article], shingles_of: Sequence[tuple[int, ...]] | None = None
                    ) -> tuple[list[Article], list[Problem]]:
    """Keep the first of every group of articles with (nearly) the same body text; a
    warning names each copy left out. ``shingles_of`` (each article's
    ``article_shingles``, as the per-article stage made them) saves making them again."""
    sh_of = list(shingles_of) if shingles_of is not None else [article_shingles(a) for a in articles]
    kept: list[Article] = []
    problems: list[Problem] = []
    index: CappedIndex[int] = CappedIndex(COMMON)  # sketch hash -> kept articles
    kept_shingles: list[tuple[int, ...]] = []
    as_set: dict[int, frozenset[int]] = {}  # kept article -> its shingles as a set, made when first compared
    for art, sh in zip(articles, sh_of):
        sketch = sh[:SKETCH]
        dup = _duplicate_of(sh, sketch, index, kept, kept_shingles, as_set)
        if dup is not None:
            problems.append(Problem(art.source, f"same article as {dup.source}; left out as a duplicate"))
            continue
        for s in sketch:
            index.add(s, len(kept))
        kept_shingles.append(sh)
        kept.append(art)
    return kept, problems


def _duplicate_of(sh: tuple[int, ...], sketch: tuple[int, ...], index: CappedIndex[int], kept: list[Article],
                  kept_shingles: list[tuple[int, ...]], as_set: dict[int, frozenset[int]]) -> Article | None:
    """The first kept article (in order) that ``sh`` nearly repeats, among those whose
    sketches share at least half of ``sketch``; None if none."""
    votes: Counter[int] = Counter()
    for s in sketch:
        votes.update(index.get(s))
    need = min(len(sketch), SKETCH)  # sketches of near-duplicates mostly coincide
    for k in sorted(k for k, shared in votes.items() if shared * 2 >= need):
        other = as_set.get(k)
        if other is None:
            other = as_set[k] = frozenset(kept_shingles[k])
        if len(other.intersection(sh)) >= 0.8 * min(len(sh), len(other)):
            return kept[k]
    return None
