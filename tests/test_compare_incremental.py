"""find_points, overview, find_entities and merge_quotes with a memo (a running process
rebuilding after an edit) give exactly what fresh calls give, whatever changed: articles
edited, added, removed or copied, sentences with new words or new figures."""
from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from math import fsum

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import compare
from generator.compare import (
    CALENDAR,
    DEMONYM_RE,
    ORG_AFTER_RE,
    ORG_WORDS,
    PLACE_PREPS,
    PLACE_SHAPE_RE,
    POSTING_CAP,
    SAID_AFTER_RE,
    TITLE_WORDS,
    _article_versions,
    _citations,
    _contains,
    _Groups,
    _label,
    _quote_shingles,
    _quote_tokens,
    _sentence_names,
    _shared_text,
    _text_units,
    fold,
    person_part,
    same_speaker,
    similar_pairs,
)
from generator.models import Article, Block, Citation, Entity, Metadata, Point, Quote, QuoteMention, Sentence
from generator.sentences import split_article

# A small vocabulary so that sentences share words (some many, some few), with figures
# and names, as news copy about one story does.
WORDS = ["council", "vote", "budget", "school", "road", "tax", "water", "price", "rise", "fall", "plan", "mayor", "city", "police", "report", "strike", "union", "hospital", "patient", "nurse", "fire", "flood", "storm", "bridge"]
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
            text = " ".join(words[rng.choice([0, 0, 1, 2]):])
            # Copies of a sentence mostly keep their speaker (a syndicated quote); some
            # speakers are unknown, empty, a surname or a name without a name word.
            speakers = NAMES + [None, None, "", "The", "Novak"]
            speaker = speakers[len(s.text) % len(speakers)] if rng.random() < 0.6 else rng.choice(speakers)
            out.append(QuoteMention(art.id, speaker, text, s))
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
    """A rebuild after one edit reads only the edited article again, and merges quotes
    without grouping them again when no quote's words changed."""
    rng = random.Random(7)
    c = _Corpus(rng, 30)
    memo: dict = {}
    _check(c, memo)
    fresh_quotes = compare.merge_quotes(c.all_quotes())
    calls: list[str] = []
    spied = {name: getattr(compare, name) for name in ("_article_units", "_lead", "_article_cues", "_quote_groups")}
    try:
        for name, fn in spied.items():
            setattr(compare, name, lambda *a, _n=name, _f=fn: calls.append(_n) or _f(*a))
        old = c.articles[4]
        c.articles[4] = Article(old.id, old.source, old.meta, old.blocks + (Block("paragraph", "A new line."),), ())
        c.sents[old.id] = split_article(c.articles[4])
        points = compare.find_points(c.articles, c.sents, memo=memo)
        compare.overview(c.articles, c.sents, points, memo=memo)
        compare.find_entities(c.articles, c.sents, memo=memo)
        # The same quotes as new objects (their sentences moved): the same words, the same groups.
        quotes = [QuoteMention(q.article, q.speaker, q.text, q.sentence) for q in c.all_quotes()]
        assert compare.merge_quotes(quotes, memo=memo) == fresh_quotes
    finally:
        for name, fn in spied.items():
            setattr(compare, name, fn)
    assert calls == ["_article_units", "_lead", "_article_cues"]
    assert {"points", "overview", "entities", "quotes"} <= memo.keys()


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


# --- the functions as they were before the memo, to check the new ones give the same --------


def _old_sentence_sets(
    articles: Sequence[Article], sentences: Mapping[str, Sequence[Sentence]],
    known: Mapping[str, list[tuple[str, frozenset[str]]]] | None = None,
) -> list[tuple[Sentence, str, frozenset[str]]]:
    """compare._sentence_sets before the memo (the reference)."""
    out: list[tuple[Sentence, str, frozenset[str]]] = []
    units_of: dict[str, list[tuple[str, frozenset[str]]]] = dict(known or {})  # text -> its units
    for art in articles:
        for s in sentences.get(art.id, ()):
            if 0 <= s.block < len(art.blocks) and art.blocks[s.block].kind == "heading":
                continue
            units = units_of.get(s.text)
            if units is None:
                units = units_of[s.text] = _text_units(s.text)
            for c, cw in units:
                out.append((s, c, cw))
    return out


def _old_merge_quotes(quotes: Sequence[QuoteMention], containment: float = 0.6) -> tuple[Quote, ...]:
    """compare.merge_quotes before the memo (the reference)."""
    toks = [_quote_tokens(q.text) for q in quotes]
    shingles = [_quote_shingles(q.text) for q in quotes]
    pairs: dict[tuple[int, int], float] = {}
    # The same words from the same speaker are the same quote however many outlets carry
    # it: each copy joins the first, and only first copies go into the shingle index, so
    # a quote carried everywhere does not make its own words look like stock phrases.
    first_of: dict[tuple[tuple[str, ...], str], int] = {}
    for i, t in enumerate(toks):
        j = first_of.setdefault((t, quotes[i].speaker or ""), i)
        if j != i and t:
            pairs[(j, i)] = 1.0
    firsts = sorted(first_of.values())
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
            if (i, j) in pairs:
                continue
            score = len(sh & shingles[j]) / max(1, min(len(sh), len(shingles[j])))
            if score >= containment and same_speaker(quotes[i].speaker, quotes[j].speaker):
                pairs[(i, j)] = score
    groups = _Groups(len(quotes))
    speakers: dict[int, set[str]] = {i: ({q.speaker} if q.speaker else set()) for i, q in enumerate(quotes)}
    for (i, j), _score in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])):
        ri, rj = groups.find(i), groups.find(j)
        if ri == rj:
            continue
        si, sj = speakers[ri], speakers[rj]
        if si and sj and not any(same_speaker(a, b) for a in si for b in sj):
            continue  # would join two different speakers through an unknown one
        groups.union(ri, rj)
        speakers[groups.find(ri)] = si | sj
    out: list[tuple[tuple[bool, str, int], Quote]] = []
    for members in groups.groups():
        named = Counter(quotes[i].speaker for i in members if quotes[i].speaker)
        speaker = max(named, key=lambda s: (named[s], len(s), s)) if named else None
        versions = _article_versions(quotes, members, toks)
        if len(versions) > 1:
            text = _shared_text([v for v, _m in versions])
        elif len(members) > 1:
            text = _shared_text([quotes[i].text for i in members])
        else:
            text = quotes[members[0]].text
        key = (speaker is None, fold(speaker or ""), members[0])
        out.append((key, Quote(speaker, text, _citations(quotes, members))))
        if len(members) == 1:
            continue
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
            out.append(((speaker is None, fold(speaker or ""), same[0]), Quote(speaker, version, _citations(quotes, same))))
    return tuple(q for _k, q in sorted(out, key=lambda kv: kv[0]))


def _old_find_points(
    articles: Sequence[Article], sentences: Mapping[str, Sequence[Sentence]], *, singles_per_article: int = 2,
    units: Mapping[str, list[tuple[str, frozenset[str]]]] | None = None,
) -> tuple[Point, ...]:
    """compare.find_points before the memo (the reference)."""
    units = _old_sentence_sets(articles, sentences, units)  # type: ignore[assignment]
    pairs = similar_pairs([(s.article, w) for s, _t, w in units])
    best: dict[int, dict[str, tuple[float, int]]] = defaultdict(dict)
    for (i, j), score in pairs.items():
        for a, b in ((i, j), (j, i)):
            art = units[b][0].article
            if art not in best[a] or (score, -b) > (best[a][art][0], -best[a][art][1]):
                best[a][art] = (score, b)
    candidates: list[tuple[int, float, int, tuple[int, ...]]] = []
    for center, by_art in best.items():
        members = (center,) + tuple(b for _s, b in by_art.values())
        total = fsum(s for s, _b in by_art.values())
        candidates.append((len(members), total, center, tuple(sorted(members))))
    candidates.sort(key=lambda c: (-c[0], -c[1], c[2]))
    kept: list[tuple[int, tuple[Sentence, ...]]] = []
    owner: dict[Sentence, list[int]] = defaultdict(list)  # sentence -> kept points citing it
    for _n, _total, center, members in candidates:
        cited = tuple(dict.fromkeys(units[m][0] for m in members))
        overlap: Counter[int] = Counter(p for c in cited for p in owner[c])
        if overlap and max(overlap.values()) * 2 > len(cited):
            continue
        for c in cited:
            owner[c].append(len(kept))
        kept.append((center, cited))
    order = {a.id: k for k, a in enumerate(articles)}
    points: list[Point] = []
    for center, cited in kept:
        ms = sorted(cited, key=lambda c: (order.get(c.article, 0), c.index))
        points.append(Point(_label(units[center][1]), tuple(Citation(c.article, c) for c in ms)))
    per_article: Counter[str] = Counter()
    for s, text, words in units:
        if text != s.text or per_article[s.article] >= singles_per_article or s in owner:
            continue
        if any(w.isdigit() for w in words) and len(words) >= 5:
            per_article[s.article] += 1
            points.append(Point(_label(s.text), (Citation(s.article, s),)))
    return tuple(points)


def _old_find_entities(articles: Sequence[Article], sentences: Mapping[str, Sequence[Sentence]], *,
                  names: Mapping[str, list[tuple[str, bool, str, str]]] | None = None) -> tuple[Entity, ...]:
    """compare.find_entities before the memo (the reference)."""
    mentions: list[tuple[str, str, bool, str, str]] = []  # (article, name, sentence-initial, before, after)
    inner_caps: set[str] = set()
    names_of: dict[str, list[tuple[str, bool, str, str]]] = dict(names or {})  # text -> its names
    for art in articles:
        for s in sentences.get(art.id, ()):
            found = names_of.get(s.text)
            if found is None:
                found = names_of[s.text] = _sentence_names(s.text)
            for name, first, before, after in found:
                mentions.append((art.id, name, first, before, after))
                if not first:
                    inner_caps.add(name.split()[0])
    person_of = {name: person_part(name) for name in {m[1] for m in mentions}}  # each name read once
    people = {}
    for _a, name, _f, _b, _after in mentions:
        p = person_of[name]
        if p:
            people[p] = p
    by_word: dict[str, set[str]] = defaultdict(set)
    for p in people:
        for w in p.split():
            by_word[w].add(p)
    arts: dict[str, set[str]] = defaultdict(set)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for art_id, name, first, before, after in mentions:
        words = name.split()
        if any(w.lower() in CALENDAR for w in words) and len(words) <= 2:
            continue
        if len(words) == 1 and first and name not in inner_caps and name not in by_word and not name.isupper():
            continue  # a capitalised common word opening a sentence
        p = person_of[name]
        if p and p != name and name.endswith(p):
            employer = name[: len(name) - len(p)].split()
            employer = [w for w in employer if w.lower() not in TITLE_WORDS]
            if employer:  # "Acme CEO Jane Moreau": Acme is an organisation
                arts[" ".join(employer)].add(art_id)
                votes[" ".join(employer)]["organisation"] += 1
        if p:
            key, kind = p, "person"
        elif len(words) == 1 and len(by_word.get(name, ())) == 1:
            key, kind = next(iter(by_word[name])), "person"
        else:
            key = " ".join(w for w in words if w.lower() not in TITLE_WORDS) or name
            lw = {w.lower().strip(".") for w in words}
            if len(words) == 1 and DEMONYM_RE.search(name):
                kind = "other"  # "Chinese", "American": an adjective of nationality
            elif lw & ORG_WORDS or ORG_AFTER_RE.match(after):
                kind = "organisation"
            elif before in PLACE_PREPS or PLACE_SHAPE_RE.match(name) or (
                    before == "the" and len(words) == 1 and name.isupper()):
                kind = "place"
            elif SAID_AFTER_RE.match(after):
                kind = "organisation" if len(words) == 1 else "person"
            else:
                kind = "other"
        arts[key].add(art_id)
        votes[key][kind] += 1
    out: list[Entity] = []
    order = {a.id: k for k, a in enumerate(articles)}
    for key, ids in arts.items():
        counted = votes[key]
        kinds = [k for k in ("person", "organisation", "place") if counted[k]]
        kind = max(kinds, key=lambda k: counted[k]) if kinds else "other"
        out.append(Entity(key, kind, tuple(sorted(ids, key=lambda i: order.get(i, 0)))))  # type: ignore[arg-type]
    out.sort(key=lambda e: (-len(e.articles), e.name))
    return tuple(out)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10**9), st.integers(2, 25), st.integers(0, 4))
def test_same_as_before_the_memo(seed: int, n: int, steps: int) -> None:
    rng = random.Random(seed)
    c = _Corpus(rng, n)
    for _ in range(steps):
        c.edit()
    arts, sents = list(c.articles), dict(c.sents)
    assert compare.find_points(arts, sents) == _old_find_points(arts, sents)
    assert compare.find_entities(arts, sents) == _old_find_entities(arts, sents)
    quotes = c.all_quotes()
    assert compare.merge_quotes(quotes) == _old_merge_quotes(quotes)


def test_sentences_given_twice_or_out_of_order() -> None:
    """An article whose sentences come twice or out of order (not what split_article
    gives, but a caller may) has the same points as before the memo."""
    c = _Corpus(random.Random(11), 12)
    arts, sents = list(c.articles), dict(c.sents)
    for a in arts[:4]:
        sents[a.id] = sents[a.id] + sents[a.id][:2]
    sents[arts[5].id] = tuple(reversed(sents[arts[5].id]))
    memo: dict = {}
    assert compare.find_points(arts, sents, memo=memo) == _old_find_points(arts, sents)
    assert compare.find_points(arts, sents, memo=memo) == _old_find_points(arts, sents)
