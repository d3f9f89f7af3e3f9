"""The serial steps of a serve rebuild (ids, cache keys, duplicates, events, render,
write) remember what they did between builds of one process: with their memos the
results are exactly those of fresh calls, whatever changed, and the memos are used."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.models import Article, Metadata
from generator.pipeline import assign_ids, drop_duplicates

# A small range of hash values, skewed, so that sketches overlap and some hashes are
# shared by more articles than the index uses (the boilerplate case).
HASHES = 60


def _shingles(rng: random.Random) -> tuple[int, ...]:
    size = rng.randint(0, 30)
    return tuple(sorted({min(HASHES, int(rng.expovariate(0.08))) for _ in range(size)}))


def _article(source: str) -> Article:
    return Article(source.removesuffix(".txt"), source, Metadata(), (), ())


def _corpus(rng: random.Random, n: int) -> list[tuple[str, tuple[int, ...]]]:
    items = [(f"f{k:03d}.txt", _shingles(rng)) for k in range(n)]
    for k in range(0, n, 5):  # near and exact copies, as a site saved twice gives
        if k + 1 < n:
            base = items[k][1]
            items[k + 1] = (items[k + 1][0], base if rng.random() < 0.5 else base[:-1])
    return items


def _edit(rng: random.Random, items: list[tuple[str, tuple[int, ...]]]) -> list[tuple[str, tuple[int, ...]]]:
    out = list(items)
    for _ in range(rng.randint(1, 4)):
        change = rng.choice(["add-hash", "drop-hash", "new", "copy", "same", "add", "remove", "shuffle"])
        if change == "add" or not out:
            out.append((f"g{rng.randrange(10**6):06d}.txt", _shingles(rng)))
            continue
        k = rng.randrange(len(out))
        source, sh = out[k]
        if change == "add-hash":
            sh = tuple(sorted(set(sh) | {rng.randrange(HASHES + 5)}))
        elif change == "drop-hash" and sh:
            sh = tuple(x for x in sh if x != rng.choice(sh))
        elif change == "new":
            sh = _shingles(rng)
        elif change == "copy":
            sh = out[rng.randrange(len(out))][1]
        elif change == "same":
            sh = tuple(list(sh))  # an equal tuple, another object
        elif change == "remove":
            del out[k]
            continue
        elif change == "shuffle":  # another order: the memo must not be trusted
            rng.shuffle(out)
            continue
        out[k] = (source, sh)
    if rng.random() < 0.8:
        out.sort()  # the pipeline's order: by file name
    return out


def _dedup(items, memo=None):
    articles = [_article(source) for source, _ in items]
    return drop_duplicates(articles, [sh for _, sh in items], memo)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**9), st.integers(1, 60), st.integers(1, 6), st.integers(1, 6))
def test_incremental_duplicates_equal_fresh(seed: int, n: int, common: int, steps: int) -> None:
    rng = random.Random(seed)
    items = _corpus(rng, n)
    memo: dict = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pipeline, "COMMON", common)  # small: entries over the cap are common here
        mp.setattr(pipeline, "SKETCH", rng.randint(2, 8))
        assert _dedup(items, memo) == _dedup(items)
        for _ in range(steps):
            items = _edit(rng, items)
            assert _dedup(items, memo) == _dedup(items)


def test_duplicates_after_one_edit_look_up_few_articles(monkeypatch):
    rng = random.Random(7)
    items = [(f"f{k:04d}.txt", tuple(sorted(rng.sample(range(10**6), 40)))) for k in range(300)]
    items[11] = (items[11][0], items[10][1])  # one duplicate
    memo: dict = {}
    first = _dedup(items, memo)
    assert len(first[1]) == 1
    calls = []
    real = pipeline._duplicate_of
    monkeypatch.setattr(pipeline, "_duplicate_of", lambda *a: calls.append(1) or real(*a))
    items[150] = (items[150][0], tuple(sorted(rng.sample(range(10**6), 40))))
    assert _dedup(items, memo) == _dedup(items, None)
    # The fresh call looked up all 300; the one with the memo only the edited article.
    assert len(calls) == 300 + 1


def test_ids_with_a_memo_equal_fresh_and_are_not_made_again(monkeypatch):
    memo: dict = {}
    names = ["a b.txt", "a-b.txt", "index.txt", "Café.txt", "x.md"]
    steps = [names, names, names[:3], [*names, "a_b.txt"], list(reversed(names))]
    slugs = []
    real = pipeline.slugify
    monkeypatch.setattr(pipeline, "slugify", lambda stem: slugs.append(stem) or real(stem))
    for step in steps:
        slugs.clear()
        assert assign_ids(step, memo) == assign_ids(step)
    slugs.clear()
    assign_ids(list(reversed(names)), memo)  # the same names as the last call
    assert slugs == []


def test_a_serve_rebuild_hashes_only_the_changed_articles_keys(tmp_path, monkeypatch):
    from benchmarks.synth import write_corpus

    seeds = tmp_path / "seeds"
    write_corpus(seeds, 8)
    live = pipeline.Options(seeds=seeds, docs=tmp_path / "docs", cache=tmp_path / "cache", memory={})
    pipeline.build(live)
    hashed = []
    real = pipeline.key
    monkeypatch.setattr(pipeline, "key", lambda *parts: hashed.append(parts[0]) or real(*parts))
    p = sorted(seeds.glob("*.txt"))[2]
    p.write_text(p.read_text(encoding="utf-8").replace(" the ", " the revised ", 1), encoding="utf-8")
    pipeline.build(live)
    assert hashed.count("article") == 1  # the edited file's; the seven others are last build's
    fresh = tmp_path / "fresh"
    pipeline.build(pipeline.Options(seeds=seeds, docs=fresh))
    assert (fresh / "briefing.json").read_bytes() == (tmp_path / "docs" / "briefing.json").read_bytes()


def test_read_folder_decides_by_names_once_while_they_are_the_same(tmp_path, monkeypatch):
    from generator import read

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("a.txt", "b.txt", "b.yml", "c.pdf", "orphan.yaml"):
        (seeds / name).write_text("title: B\n" if name.endswith(".yml") else "Some article text here.\n")
    plans = []
    real = read._plan
    monkeypatch.setattr(read, "_plan", lambda files: plans.append(1) or real(files))
    memo: dict = {}
    first = read.read_folder(seeds, memo)
    assert first == read.read_folder(seeds) and len(plans) == 2
    assert read.read_folder(seeds, memo) == first and len(plans) == 2  # names unchanged: kept
    (seeds / "d.txt").write_text("Another article.\n")
    assert read.read_folder(seeds, memo) == read.read_folder(seeds) and len(plans) == 4


def test_prune_with_memory_deletes_what_the_last_build_used_and_this_one_did_not(tmp_path):
    from generator.cache import Cache, prune

    memory: dict = {}
    cache = Cache(tmp_path / "cache", memory)
    for k in ("k1", "k2", "k3"):
        cache.put("article", k, k)
    prune(cache, {"article": {"k1", "k2", "k3"}})  # the first prune lists the folder
    stray = tmp_path / "cache" / "article" / "stray.pickle"
    stray.write_bytes(b"")
    prune(cache, {"article": {"k1", "k3"}})
    left = sorted(p.name for p in (tmp_path / "cache" / "article").iterdir())
    # k2 went; the stray entry (written by another process) waits for a prune that lists.
    assert left == ["k1.pickle", "k3.pickle", "stray.pickle"]
    assert ("article", "k2") not in memory
    prune(Cache(tmp_path / "cache"), {"article": {"k1"}})
    assert sorted(p.name for p in (tmp_path / "cache" / "article").iterdir()) == ["k1.pickle"]


def test_the_export_bytes_equal_the_text_encoded():
    from generator.render.export import Encoded, dump_bytes, dump_lines

    items = [Encoded('{"a": "é"}'), Encoded('{"b": 1}')]
    for data in ({"x": items, "y": [], "z": "ü"}, {"x": [items[1], Encoded('{"c": "—"}'), items[0]], "w": [{"d": 2}]},
                 {"x": []}):
        assert dump_bytes(data) == dump_lines(data).encode("utf-8") == dump_bytes(data)
