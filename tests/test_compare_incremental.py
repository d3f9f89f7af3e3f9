"""find_points, overview, find_entities and merge_quotes with a memo (a running process
rebuilding after an edit) give exactly what fresh calls give, whatever changed: articles
edited, added, removed or copied, sentences with new words or new figures."""
from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import compare
from generator.models import Article, Block, Metadata, QuoteMention, Sentence
from generator.sentences import split_article

# A small vocabulary so that sentences share words (some many, some few), with figures
# and names, as news copy about one story does.
WORDS = ("council vote budget school road tax water price rise fall plan mayor city police "
         "report strike union hospital patient nurse fire flood storm bridge").split()
NAMES = ["Anna Novak", "Omar Haddad", "Lena Ortiz", "Acme Corp", "Northgate", "Jane Moreau"]


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS[: rng.randint(6, len(WORDS))]) for _ in range(rng.randint(3, 12))]
    if rng.random() < 0.4:
        words.insert(rng.randrange(len(words)), str(rng.choice([3, 12, 40, 250, 1200])))
    if rng.random() < 0.5:
        words.insert(rng.randrange(len(words)), rng.choice(NAMES))
    if rng.random() < 0.3:
        words[len(words) // 2] += ", and"
    text = " ".join(words)
    return text[:1].upper() + text[1:] + rng.choice([".", ".", " said Anna Novak."])


def _article(aid: str, rng: random.Random, pool: list[str]) -> Article:
    paragraphs = []
    for _ in range(rng.randint(1, 3)):
        # Syndicated copy: some sentences are taken word for word from other articles.
        sents = [rng.choice(pool) if pool and rng.random() < 0.4 else _sentence(rng) for _ in range(rng.randint(1, 4))]
        pool.extend(sents)
        paragraphs.append(" ".join(sents))
    blocks = tuple(Block("heading" if k == 0 and rng.random() < 0.2 else "paragraph", p)
                   for k, p in enumerate(paragraphs))
    return Article(aid, aid + ".txt", Metadata(), blocks, ())


def _quotes(art: Article, sents: tuple[Sentence, ...], rng: random.Random) -> list[QuoteMention]:
    out = []
    for s in sents:
        if rng.random() < 0.5:
            words = s.text.split()
            text = " ".join(words[rng.randint(0, 2):])
            out.append(QuoteMention(art.id, rng.choice(NAMES + [None]), text, s))  # type: ignore[list-item]
    return out


class _Corpus:
    """Articles, their sentences and quotes, edited step by step as a user edits files:
    an edited article is a new object, an unchanged one stays the same object."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        self.pool: list[str] = []
        self.articles = [_article(f"a{k}", rng, self.pool) for k in range(n)]
        self.sents = {a.id: split_article(a) for a in self.articles}
        self.quotes = {a.id: _quotes(a, self.sents[a.id], rng) for a in self.articles}
        self.next = n

    def edit(self) -> None:
        rng = self.rng
        change = rng.choice(["edit", "edit", "add", "remove", "copy", "same"])
        k = rng.randrange(len(self.articles))
        if change == "remove" and len(self.articles) > 1:
            gone = self.articles.pop(k)
            del self.sents[gone.id], self.quotes[gone.id]
            return
        if change == "add":
            art = _article(f"a{self.next}", rng, self.pool)
            self.next += 1
            self.articles.insert(k, art)
        elif change == "copy":  # another article's text under this one's name
            other = self.articles[rng.randrange(len(self.articles))]
            art = Article(self.articles[k].id, self.articles[k].source, Metadata(), other.blocks, ())
            self.articles[k] = art
        elif change == "same":  # the same text read again: equal, not the same object
            old = self.articles[k]
            art = Article(old.id, old.source, old.meta, tuple(old.blocks), ())
            self.articles[k] = art
        else:
            old = self.articles[k]
            blocks = list(old.blocks)
            b = rng.randrange(len(blocks))
            blocks[b] = Block(blocks[b].kind, blocks[b].text.replace(" ", " revised ", 1) if rng.random() < 0.5
                              else _sentence(rng) + " " + blocks[b].text)
            art = Article(old.id, old.source, old.meta, tuple(blocks), ())
            self.articles[k] = art
        self.sents[art.id] = split_article(art)
        self.quotes[art.id] = _quotes(art, self.sents[art.id], rng)

    def all_quotes(self) -> list[QuoteMention]:
        return [q for a in self.articles for q in self.quotes[a.id]]


def _check(c: _Corpus, memo: dict) -> None:
    arts, sents = list(c.articles), dict(c.sents)
    points = compare.find_points(arts, sents, memo=memo)
    fresh = compare.find_points(arts, sents)
    assert points == fresh
    assert compare.overview(arts, sents, points, memo=memo) == compare.overview(arts, sents, fresh)
    assert compare.find_entities(arts, sents, memo=memo) == compare.find_entities(arts, sents)
    quotes = c.all_quotes()
    assert compare.merge_quotes(quotes, memo=memo) == compare.merge_quotes(quotes)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10**9), st.integers(2, 25), st.integers(1, 6))
def test_incremental_equals_fresh(seed: int, n: int, steps: int) -> None:
    rng = random.Random(seed)
    c = _Corpus(rng, n)
    memo: dict = {}
    _check(c, memo)
    for _ in range(steps):
        for _ in range(rng.randint(1, 3)):
            c.edit()
        _check(c, memo)


def test_memo_is_used() -> None:
    """A rebuild after one edit reads only the edited article again."""
    rng = random.Random(7)
    c = _Corpus(rng, 30)
    memo: dict = {}
    _check(c, memo)
    calls: list[str] = []
    units, lead = compare._article_units, compare._lead
    try:
        compare._article_units = lambda art, *a: calls.append(art.id) or units(art, *a)  # type: ignore[assignment]
        compare._lead = lambda art, *a: calls.append(art.id) or lead(art, *a)  # type: ignore[assignment]
        old = c.articles[4]
        c.articles[4] = Article(old.id, old.source, old.meta, old.blocks + (Block("paragraph", "A new line."),), ())
        c.sents[old.id] = split_article(c.articles[4])
        points = compare.find_points(c.articles, c.sents, memo=memo)
        compare.overview(c.articles, c.sents, points, memo=memo)
    finally:
        compare._article_units, compare._lead = units, lead  # type: ignore[assignment]
    assert calls == [old.id, old.id]
    assert {"points", "overview"} <= memo.keys()


def test_failed_call_leaves_no_memo() -> None:
    c = _Corpus(random.Random(3), 10)
    memo: dict = {}
    _check(c, memo)
    try:
        compare.find_points(c.articles, {a.id: (None,) for a in c.articles}, memo=memo)  # type: ignore[misc]
    except AttributeError:
        pass
    assert "points" not in memo
    _check(c, memo)
