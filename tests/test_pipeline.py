"""Wiring: ids, duplicates, the corpus year, and one broken article never stops the others."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator import analysis, pipeline, workers
from generator.analysis import corpus_year
from generator.duplicates import drop_duplicates
from generator.models import Article, Block, Metadata
from generator.pipeline import Options, build
from generator.read import assign_ids, slugify


def art(id_: str, text: str, date: str | None = None) -> Article:
    return Article(id_, f"{id_}.txt", Metadata(title=id_, date=date), (Block("paragraph", text),), ())


def test_slugify():
    assert slugify("000_2b807c84 Café #1") == "000-2b807c84-cafe-1"
    assert slugify("###") == "article"


def test_ids_are_unique_and_do_not_depend_on_the_other_files():
    ids = assign_ids(["A b.txt", "a-b.txt", "c.txt", "index.txt"])
    assert len(set(ids.values())) == 4
    assert ids["c.txt"] == "c"
    assert ids["index.txt"] != "index"  # articles/index.md is the Articles index
    again = assign_ids(["a-b.txt", "A b.txt"])
    assert again["A b.txt"] == ids["A b.txt"] and again["a-b.txt"] == ids["a-b.txt"]


def test_corpus_year_is_the_dominant_year():
    arts = [art("a", "x", "2019-01-01"), art("b", "x", "2019-05-01"), art("c", "x", "2020-01-01"), art("d", "x")]
    assert corpus_year(arts) == 2019
    assert corpus_year([art("d", "x")]) is None


def test_near_duplicates_are_dropped_with_a_warning():
    body = " ".join(f"word{i}" for i in range(300))
    kept, problems = drop_duplicates([art("a", body), art("b", "Cookie notice. " + body + " Share this."),
                                      art("c", "something else entirely " * 20)])
    assert [a.id for a in kept] == ["a", "c"]
    assert len(problems) == 1 and "same article as a.txt" in problems[0].message


def test_one_failing_article_does_not_stop_the_others(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("one.txt", "two.txt", "three.txt"):
        (seeds / name).write_text(f"Headline {name}\n\nA paragraph of text about {name} that is long enough to keep.\n")
    real = analysis.clean.clean

    def flaky(src):
        if src.source == "two.txt":
            raise ValueError("boom")
        return real(src)

    monkeypatch.setattr(analysis.clean, "clean", flaky)
    result = build(Options(seeds=seeds, docs=tmp_path / "docs"))
    assert sorted(a.source for a in result.briefing.articles) == ["one.txt", "three.txt"]
    assert any(p.source == "two.txt" and "ValueError: boom" in p.message for p in result.problems)
    assert result.unusable == ("two.txt",)
    assert (tmp_path / "docs" / "briefing.json").exists()


def test_the_build_is_the_same_whatever_the_listing_order(tmp_path, monkeypatch):
    from generator import read

    sources, _ = read.read_folder(pipeline.Path(__file__).parent.parent / "seeds")
    a = pipeline.render_site(pipeline.analyse(sources))
    b = pipeline.render_site(pipeline.analyse(list(reversed(sources))))
    assert a == b


def test_pages_and_export_items_made_and_cached_per_article_are_those_the_renderer_makes(tmp_path):
    from generator import read
    from generator.cache import Cache

    sources, _ = read.read_folder(pipeline.Path(__file__).parent.parent / "seeds")
    fresh = pipeline.render_site(pipeline.analyse(sources))
    for _ in range(2):  # the second time, every per-article result comes from the cache
        briefing, pages, exports = pipeline._analyse(sources, 0, Cache(tmp_path / "cache"), None)
        assert sorted(pages) == sorted(exports) == sorted(a.id for a in briefing.articles)
        assert pipeline.render_site(briefing, pages, exports) == fresh


def test_a_sidecar_overrides_what_the_tool_found(tmp_path):
    import json

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "story.txt").write_text(
        "Council approves new park budget\n\nBy Jane Roe\n\nPublished: 2021/3/18\n\n"
        "The city council approved a budget of $2 million for three new parks on Tuesday, officials said.\n",
        encoding="utf-8")
    (seeds / "story.yml").write_text("title: 'My title: corrected'\ndate: 2021-03-17\npublisher: Example Gazette\n"
                                     "author: John Doe\nlocation: Springfield\nurl: https://example.org/a\n",
                                     encoding="utf-8")
    result = build(Options(seeds=seeds, docs=tmp_path / "docs"))
    (art,) = result.briefing.articles
    m = art.meta
    assert (m.title, m.date, m.publisher, m.author, m.location, m.url) == (
        "My title: corrected", "2021-03-17", "Example Gazette", "John Doe", "Springfield", "https://example.org/a")
    data = json.loads((tmp_path / "docs" / "briefing.json").read_text(encoding="utf-8"))
    assert data["articles"][0]["title"] == "My title: corrected"
    # The user corrected every field: nothing is left to check, so --strict passes.
    assert [p for p in result.problems if p.source.startswith("story")] == []


def test_a_bad_sidecar_is_reported_and_the_article_still_built(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Council approves budget\n\nPublished: 2021/3/18\n\nThe council approved it.\n",
                                 encoding="utf-8")
    (seeds / "a.yml").write_text("title: [unclosed\n", encoding="utf-8")
    result = build(Options(seeds=seeds, docs=tmp_path / "docs"))
    assert [a.source for a in result.briefing.articles] == ["a.txt"]
    assert any(p.source == "a.yml" and "not valid YAML" in p.message for p in result.problems)


def test_output_does_not_depend_on_the_hash_seed(tmp_path):
    """Sets iterate in an order that changes with PYTHONHASHSEED: nothing may depend on it."""
    import os
    import shutil
    import subprocess
    import sys

    sys.path.insert(0, str(pipeline.Path(__file__).parent.parent))
    from benchmarks.synth import write_corpus

    root = pipeline.Path(__file__).parent.parent
    seeds = tmp_path / "seeds"
    write_corpus(seeds, 60)
    for path in sorted((root / "tests" / "corpus" / "inhouse").glob("*.txt")):
        shutil.copy2(path, seeds / path.name)
    outputs = []
    for hash_seed in ("0", "1", "2"):
        docs = tmp_path / f"docs{hash_seed}"
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(root)}
        r = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--docs", str(docs),
                            "--no-cache"], env=env, capture_output=True, text=True, timeout=300)
        assert r.returncode in (0, 1), r.stderr
        outputs.append({p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()})
    assert outputs[0] == outputs[1] == outputs[2]


def _boom():
    raise ValueError("boom")


def test_a_forked_call_returns_its_result_and_raises_its_errors():
    assert workers.fork_call(sorted, [3, 1, 2])() == [1, 2, 3]
    with pytest.raises(ValueError, match="boom"):
        workers.fork_call(_boom)()


def test_a_forked_call_whose_child_dies_runs_in_this_process():
    import os
    import signal

    pid = os.getpid()

    def work():
        if os.getpid() != pid:  # in the child: die without a word
            os.kill(os.getpid(), signal.SIGKILL)
        return "done here"

    assert workers.fork_call(work)() == "done here"


def test_a_large_corpus_gives_the_same_briefing_on_one_core_and_on_several(tmp_path):
    """Past PARALLEL_FROM articles, per-article work and the timeline run in other processes."""
    import sys

    from conftest import ROOT
    from generator import read

    sys.path.insert(0, str(ROOT))
    from benchmarks.synth import write_corpus

    write_corpus(tmp_path / "seeds", workers.PARALLEL_FROM + 10)
    sources, _ = read.read_folder(tmp_path / "seeds")
    one = pipeline.render_site(pipeline.analyse(sources, jobs=1))
    several = pipeline.render_site(pipeline.analyse(sources, jobs=2))
    assert one == several


def test_every_record_pickles_to_an_equal_record():
    """The cache and the worker processes pickle records (models._plain_pickling)."""
    import dataclasses
    import pickle

    from generator import models

    records = [c for c in vars(models).values()
               if isinstance(c, type) and dataclasses.is_dataclass(c) and c.__module__ == models.__name__]
    assert len(records) >= 19
    sources, _ = __import__("generator.read", fromlist=["x"]).read_folder(pipeline.Path(__file__).parent.parent / "seeds")
    b = pipeline.analyse(sources)
    assert pickle.loads(pickle.dumps(b, protocol=pickle.HIGHEST_PROTOCOL)) == b
    assert pickle.loads(pickle.dumps(sources)) == sources


def test_a_running_process_keeps_per_article_results_in_memory(tmp_path, monkeypatch):
    """As under `mkdocs serve` (the hook passes one Memory to every build): a rebuild after
    an edit reads no cached article from disk, and writes what a fresh build writes."""
    import shutil

    from generator import cache as cache_module

    seeds = tmp_path / "seeds"
    shutil.copytree(pipeline.Path(__file__).parent.parent / "seeds", seeds)
    memory = cache_module.Memory()
    options = Options(seeds=seeds, docs=tmp_path / "docs", cache=tmp_path / "cache", memory=memory)
    build(options)
    assert len(memory.entries) >= 5
    seed = sorted(seeds.glob("*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8").replace(" the ", " the revised ", 1), encoding="utf-8")
    loads: list[str] = []
    real_load = cache_module.pickle.load
    monkeypatch.setattr(cache_module.pickle, "load", lambda f: loads.append(f.name) or real_load(f))
    build(options)
    assert loads == []
    # Pruned to this corpus: the edited seed's old entry is gone, one entry per article.
    assert sum(kind == "article" for kind, _ in memory.entries) == len(list(seeds.glob("*.txt")))
    build(Options(seeds=seeds, docs=tmp_path / "fresh"))
    for path in (tmp_path / "fresh").rglob("*.md"):
        assert path.read_bytes() == (tmp_path / "docs" / path.relative_to(tmp_path / "fresh")).read_bytes()


def test_a_build_leaves_the_cycle_collector_as_it_found_it(tmp_path):
    import gc

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Headline here\n\nThe council met on Monday to vote on the budget.\n", encoding="utf-8")
    assert gc.isenabled()
    build(Options(seeds=seeds, docs=tmp_path / "docs"))
    assert gc.isenabled()
    gc.disable()
    try:
        build(Options(seeds=seeds, docs=tmp_path / "docs2"))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_events_sent_back_by_reference_are_the_events():
    """The compact form the forked timeline sends back rebuilds the same events, citing
    this process's own sentence records."""
    from generator import timeline
    from generator.pipeline import _events_from_references, _timeline_and_entities
    from generator.read import read_folder

    sources, _ = read_folder(Path(__file__).parent / "corpus" / "inhouse")
    ids = assign_ids(s.source for s in sources)
    articles = [a for a, _p in (analysis.process_source(s, ids[s.source]) for s in sources) if a]
    analyses = [analysis.analyse_article(a, 2020) for a in articles]
    sents = {a.id: an.sentences for a, an in zip(articles, analyses)}
    mentions = [m for an in analyses for m in an.mentions]
    events = timeline.build_events(mentions)
    assert len(events) > 10 and any(len(e.mentions) > 1 for e in events)
    references, _entities = _timeline_and_entities(mentions, articles, sents, analyses)
    again = _events_from_references(references, sents)
    assert again == events
    assert all(c.sentence is sents[c.article][c.sentence.index] for e in again for c in e.mentions)
