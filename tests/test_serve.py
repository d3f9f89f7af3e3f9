"""A running process (``mkdocs serve``) keeps only the per-article cache in memory
between builds; every rebuild writes exactly what a fresh build writes."""
from __future__ import annotations

import importlib
import os
import shutil
import time
from pathlib import Path

import pytest

from generator import pipeline, workers, write
from generator.cache import Memory
from generator.pipeline import Options, build

# Modules, not the functions of the same name that generator.render exports.
home, summary_page, timeline_page = (importlib.import_module(f"generator.render.{m}")
                                     for m in ("home", "summary_page", "timeline_page"))

ROOT = Path(__file__).resolve().parent.parent


def tree(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


@pytest.fixture
def small_pages(monkeypatch):
    """Page limits small enough that a few dozen articles get month pages and parts."""
    monkeypatch.setattr(timeline_page, "ONE_PAGE_LIMIT", 10)
    monkeypatch.setattr(timeline_page, "PAGE_ITEMS", 6)
    monkeypatch.setattr(timeline_page, "SVG_EVENTS", 15)
    monkeypatch.setattr(home, "INDEX_PAGE_LIMIT", 8)
    monkeypatch.setattr(home, "MONTH_PAGE_ROWS", 4)
    monkeypatch.setattr(summary_page, "MAX_SHARED", 3)
    monkeypatch.setattr(summary_page, "MAX_FIGURES", 10)
    monkeypatch.setattr(summary_page, "MAX_FRAMING", 6)


def corpus(folder: Path, n: int = 24) -> Path:
    from benchmarks.synth import write_corpus

    seeds = folder / "seeds"
    write_corpus(seeds, n)
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(p, seeds / p.name)
    return seeds


def test_a_serve_sequence_writes_what_a_fresh_build_writes(tmp_path, small_pages):
    seeds = corpus(tmp_path)
    memory = Memory()
    live = Options(seeds=seeds, docs=tmp_path / "docs", cache=tmp_path / "cache", memory=memory)
    names = sorted(p.name for p in seeds.glob("*.txt"))

    def edit(name: str, old: str, new: str) -> None:
        p = seeds / name
        p.write_text(p.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")

    def body_edit():
        edit(names[3], " the ", " the revised ")

    def headline_edit():
        p = seeds / names[5]
        lines = p.read_text(encoding="utf-8").splitlines()
        p.write_text("\n".join(["A wholly new headline for this story", *lines[1:]]) + "\n", encoding="utf-8")

    def same_size_edit():  # a letter swapped: the same size
        edit(names[7], " the ", " The ")

    def add():
        (seeds / "zz_new.txt").write_text((seeds / names[2]).read_text(encoding="utf-8").replace(" a ", " one ")
                                          + "\nOn 3 March 2021 the council met again.\n", encoding="utf-8")

    def delete():
        (seeds / names[4]).unlink()

    def rename():
        (seeds / names[6]).rename(seeds / ("renamed_" + names[6]))

    def sidecar_add():
        (seeds / (Path(names[8]).stem + ".yml")).write_text("title: Set by hand\npublisher: The Hand Gazette\n",
                                                             encoding="utf-8")

    def sidecar_change():
        (seeds / (Path(names[8]).stem + ".yml")).write_text("title: Set by hand, again\ndate: 2020-01-02\n",
                                                             encoding="utf-8")

    def sidecar_remove():
        (seeds / (Path(names[8]).stem + ".yml")).unlink()

    def undated():  # the corpus year, the undated articles and their dates may move
        p = seeds / names[9]
        lines = p.read_text(encoding="utf-8").splitlines()
        p.write_text("\n".join(line for line in lines if not any(ch.isdigit() for ch in line)) + "\n",
                     encoding="utf-8")

    def nothing():
        pass

    steps = [nothing, body_edit, nothing, headline_edit, same_size_edit, add, delete, rename, sidecar_add,
             sidecar_change, sidecar_remove, undated, body_edit]
    for i, step in enumerate(steps):
        step()
        build(live)
        fresh = tmp_path / f"fresh{i}"
        build(Options(seeds=seeds, docs=fresh))
        got, want = tree(tmp_path / "docs"), tree(fresh)
        assert sorted(got) == sorted(want), step.__name__
        assert [p for p in want if got[p] != want[p]] == [], step.__name__
        shutil.rmtree(fresh)
        # Only the cache is kept, pruned to the corpus: one entry per article file read.
        kinds = [kind for kind, _k in memory.entries]
        assert kinds.count("article") == len(list(seeds.glob("*.txt"))), step.__name__


def test_serve_rebuilds_with_the_comparison_split_over_two_processes(tmp_path, monkeypatch):
    """Past PARALLEL_FROM articles the timeline and entities are made in a forked child;
    the files are those of a build in one process."""
    monkeypatch.setattr(workers, "PARALLEL_FROM", 1)
    seeds = corpus(tmp_path, n=12)
    live = Options(seeds=seeds, docs=tmp_path / "docs", cache=tmp_path / "cache", memory=Memory(), jobs=2)
    names = sorted(p.name for p in seeds.glob("*.txt"))
    forks = []
    monkeypatch.setattr(pipeline, "fork_call", lambda fn, *a, _f=pipeline.fork_call: forks.append(fn) or _f(fn, *a))
    for i, name in enumerate([None, names[1], names[2], names[1]]):
        if name:
            p = seeds / name
            p.write_text(p.read_text(encoding="utf-8").replace(" the ", " the revised ", 1), encoding="utf-8")
        build(live)
        fresh = tmp_path / f"fresh{i}"
        build(Options(seeds=seeds, docs=fresh, jobs=1))
        got, want = tree(tmp_path / "docs"), tree(fresh)
        assert sorted(got) == sorted(want)
        assert [p for p in want if got[p] != want[p]] == []
        shutil.rmtree(fresh)
    assert len(forks) == 4


def test_a_page_edited_by_hand_is_rewritten_and_hand_written_pages_are_kept(tmp_path):
    docs = tmp_path / "docs"
    files = {"index.md": "home\n", "articles/a.md": "page a\n"}
    write.write_output(docs, files)

    # A hand-written page where a new generated page would go: kept, and reported.
    (docs / "articles" / "b.md").write_text("mine\n", encoding="utf-8")
    report = write.write_output(docs, {**files, "articles/b.md": "page b\n"})
    assert (docs / "articles" / "b.md").read_text(encoding="utf-8") == "mine\n"
    assert [p.message for p in report.problems] == [
        "docs/articles/b.md exists and was not written by briefing; left as it is, the generated page was not written"]

    # A generated page edited by hand (same size, time set back): compared, and rewritten.
    page = docs / "articles" / "a.md"
    info = os.stat(page)
    time.sleep(0.02)
    page.write_text("PAGE a\n", encoding="utf-8")
    os.utime(page, ns=(info.st_atime_ns, info.st_mtime_ns))
    report = write.write_output(docs, files)
    assert page.read_text(encoding="utf-8") == "page a\n" and report.written == ("articles/a.md",)

    # Replaced by a symlink leading out of docs: refused.
    outside = tmp_path / "outside.md"
    outside.write_text("page a\n", encoding="utf-8")
    page.unlink()
    page.symlink_to(outside)
    with pytest.raises(write.WriteError):
        write.write_output(docs, files)
