"""A running process (``mkdocs serve``) remembers what read, render and write did; the
files it writes are always those of a fresh build.

The memos are exercised with their "racy" window at zero (every stat remembered at
once) and with every change given a distinct modification time, so that a stat that
did not change really means an unchanged file.
"""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import importlib

import pytest

from generator import compare, filestat, pipeline, read, timeline, write
from generator.pipeline import Options, build

# Modules, not the functions of the same name that generator.render exports.
home, summary_page, timeline_page = (importlib.import_module(f"generator.render.{m}")
                                     for m in ("home", "summary_page", "timeline_page"))

ROOT = Path(__file__).resolve().parent.parent
CLOCK = [1_700_000_000_000_000_000]  # modification times given to changed files, always rising


def touch(path: Path, text: str | None = None) -> None:
    """Write ``text`` (when given) and give the file a modification time of its own."""
    if text is not None:
        path.write_text(text, encoding="utf-8")
    CLOCK[0] += 1_000_000_000
    os.utime(path, ns=(CLOCK[0], CLOCK[0]))


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


@pytest.fixture
def no_racy_window(monkeypatch):
    monkeypatch.setattr(filestat, "RACY_NS", 0)


def corpus(folder: Path, n: int = 24) -> Path:
    from benchmarks.synth import write_corpus

    seeds = folder / "seeds"
    write_corpus(seeds, n)
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(p, seeds / p.name)
    for p in seeds.iterdir():
        touch(p)
    return seeds


def test_a_serve_sequence_writes_what_a_fresh_build_writes(tmp_path, small_pages, no_racy_window, monkeypatch):
    seeds = corpus(tmp_path)
    updates = []  # builds whose similar sentences came from the kept index, updated
    monkeypatch.setattr(compare, "_update_pairs", lambda *a, _f=compare._update_pairs: updates.append(1) or _f(*a))
    replayed = []  # first-pass decisions of the timeline's merge taken from the last build
    monkeypatch.setattr(timeline._Replaying, "decided", lambda self, it, candidates, _f=timeline._Replaying.decided:
                        replayed.append(_f(self, it, candidates)) or replayed[-1])
    memory: dict = {}
    live = Options(seeds=seeds, docs=tmp_path / "docs", cache=tmp_path / "cache", memory=memory)
    names = sorted(p.name for p in seeds.glob("*.txt"))

    def body_edit():
        p = seeds / names[3]
        touch(p, p.read_text(encoding="utf-8").replace(" the ", " the revised ", 1))

    def headline_edit():
        p = seeds / names[5]
        lines = p.read_text(encoding="utf-8").splitlines()
        touch(p, "\n".join(["A wholly new headline for this story", *lines[1:]]) + "\n")

    def same_size_edit():  # a letter swapped: the same size, a different time
        p = seeds / names[7]
        text = p.read_text(encoding="utf-8")
        i = text.index(" the ") + 1
        touch(p, text[:i] + "T" + text[i + 1:])

    def add():
        touch(seeds / "zz_new.txt", (seeds / names[2]).read_text(encoding="utf-8").replace(" a ", " one ")
              + "\nOn 3 March 2021 the council met again.\n")

    def delete():
        (seeds / names[4]).unlink()

    def rename():
        (seeds / names[6]).rename(seeds / ("renamed_" + names[6]))

    def sidecar_add():
        touch(seeds / (Path(names[8]).stem + ".yml"), "title: Set by hand\npublisher: The Hand Gazette\n")

    def sidecar_change():
        touch(seeds / (Path(names[8]).stem + ".yml"), "title: Set by hand, again\ndate: 2020-01-02\n")

    def sidecar_remove():
        (seeds / (Path(names[8]).stem + ".yml")).unlink()

    def undated():  # the corpus year, the undated articles and their dates may move
        p = seeds / names[9]
        lines = p.read_text(encoding="utf-8").splitlines()
        touch(p, "\n".join(line for line in lines if not any(ch.isdigit() for ch in line)) + "\n")

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
    # The memos were used: the read memo knows every article file.
    kept = memory[pipeline.INCREMENTAL]
    assert set(kept["read"]["files"]) == {p.name for p in seeds.glob("*.txt")}
    assert kept["render"] and kept["write"]["files"]
    # The comparison's memo was used: edits that keep the number of sentences update the index.
    assert len(updates) >= 3 and "pairs" in memory[pipeline.COMPARE]
    assert sum(1 for got in replayed if got is not None) > 100  # and the timeline's record


def test_serve_rebuilds_with_the_comparison_split_over_two_processes(tmp_path, no_racy_window, monkeypatch):
    """Past PARALLEL_FROM articles the first build's timeline and entities are made in a
    forked child, whose record of the merge comes back; the rebuilds replay it in this
    process. Either way the files are those of a fresh build."""
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 1)
    seeds = corpus(tmp_path, n=12)
    memory: dict = {}
    live = Options(seeds=seeds, docs=tmp_path / "docs", cache=tmp_path / "cache", memory=memory, jobs=2)
    names = sorted(p.name for p in seeds.glob("*.txt"))
    forks = []
    # (mentions, words, articles, sents, analyses, memo): analyses None = no entities there
    monkeypatch.setattr(pipeline, "_fork_call", lambda fn, *a, _f=pipeline._fork_call: forks.append(a[4]) or _f(fn, *a))
    replayed = []
    monkeypatch.setattr(timeline._Replaying, "decided", lambda self, it, candidates, _f=timeline._Replaying.decided:
                        replayed.append(_f(self, it, candidates)) or replayed[-1])
    for i, name in enumerate([None, names[1], names[2], names[1]]):
        if name:
            p = seeds / name
            touch(p, p.read_text(encoding="utf-8").replace(" the ", " the revised ", 1))
        build(live)
        fresh = tmp_path / f"fresh{i}"
        build(Options(seeds=seeds, docs=fresh, jobs=1))
        got, want = tree(tmp_path / "docs"), tree(fresh)
        assert sorted(got) == sorted(want)
        assert [p for p in want if got[p] != want[p]] == []
        shutil.rmtree(fresh)
        if i == 0:  # the child's record came back, sent without the mentions: this process's are put in
            record = memory[pipeline.COMPARE]["merge"]
            assert record.mentions is not None and record.order and record.prior is None
    assert len(forks) == 1 and forks[0] is not None  # only the first build forked, for entities too
    assert any(got is not None for got in replayed)


def test_a_remembered_seed_is_not_read_again(tmp_path, no_racy_window, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("a.txt", "b.txt"):
        touch(seeds / name, f"Story {name}\n\nThe council met on Monday.\n")
    memo: dict = {}
    first = read.read_folder(seeds, memo)
    decoded: list[str] = []
    real = read.decode
    monkeypatch.setattr(read, "decode", lambda data, source: decoded.append(source) or real(data, source))
    assert read.read_folder(seeds, memo) == first
    assert decoded == []
    touch(seeds / "b.txt", "Story b.txt\n\nThe council met on Tuesday.\n")
    texts, _ = read.read_folder(seeds, memo)
    assert decoded == ["b.txt"] and "Tuesday" in texts[1].text


def test_the_same_size_and_time_with_another_inode_or_ctime_is_read_again(tmp_path, no_racy_window):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    path = seeds / "a.txt"
    touch(path, "Headline\n\nThe council met on Monday.\n")
    memo: dict = {}
    read.read_folder(seeds, memo)
    info = os.stat(path)

    # Another inode: a new file moved into place, given the old size and times.
    other = tmp_path / "other.txt"
    other.write_text("Headline\n\nThe council met on Sunday.\n", encoding="utf-8")
    os.utime(other, ns=(info.st_atime_ns, info.st_mtime_ns))
    os.replace(other, path)
    after = os.stat(path)
    assert (after.st_size, after.st_mtime_ns) == (info.st_size, info.st_mtime_ns) and after.st_ino != info.st_ino
    texts, _ = read.read_folder(seeds, memo)
    assert "Sunday" in texts[0].text

    # The same inode, size and modification time, but a new ctime (changed in place, time set back).
    info = os.stat(path)
    time.sleep(0.02)  # past the clock tick of the last change, so the ctime moves
    with open(path, "r+b") as f:
        f.write(b"Headlinf")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    after = os.stat(path)
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (info.st_size, info.st_mtime_ns, info.st_ino)
    assert after.st_ctime_ns != info.st_ctime_ns
    texts, _ = read.read_folder(seeds, memo)
    assert texts[0].text.startswith("Headlinf")


def test_a_recently_changed_file_is_not_trusted_to_its_stat(tmp_path):
    """Within RACY_NS of a change, a later change in the same clock tick would leave the
    stat as it was: such files are read again next time (git's racy-clean rule)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Headline\n\nThe council met on Monday.\n", encoding="utf-8")
    memo: dict = {}
    read.read_folder(seeds, memo)
    assert memo["files"] == {}
    docs = tmp_path / "docs"
    wmemo: dict = {}
    write.write_output(docs, {"a.md": "x\n"}, memo=wmemo)
    assert wmemo["files"] == {}


def test_hand_written_files_stay_protected_with_the_memo(tmp_path, no_racy_window):
    docs = tmp_path / "docs"
    memo: dict = {}
    files = {"index.md": "home\n", "articles/a.md": "page a\n"}
    write.write_output(docs, files, memo=memo)
    assert set(memo["files"]) == set(files)

    # A hand-written page where a new generated page would go: kept, and reported.
    (docs / "articles" / "b.md").write_text("mine\n", encoding="utf-8")
    report = write.write_output(docs, {**files, "articles/b.md": "page b\n"}, memo=memo)
    assert (docs / "articles" / "b.md").read_text(encoding="utf-8") == "mine\n"
    assert [p.message for p in report.problems] == [
        "docs/articles/b.md exists and was not written by briefing; left as it is, the generated page was not written"]

    # A generated page edited by hand (same size, time set back): the stat shows it, so it
    # is compared and rewritten, as without the memo.
    page = docs / "articles" / "a.md"
    info = os.stat(page)
    time.sleep(0.02)
    page.write_text("PAGE a\n", encoding="utf-8")
    os.utime(page, ns=(info.st_atime_ns, info.st_mtime_ns))
    report = write.write_output(docs, files, memo=memo)
    assert page.read_text(encoding="utf-8") == "page a\n" and report.written == ("articles/a.md",)

    # Replaced by a symlink leading out of docs: refused, as without the memo.
    outside = tmp_path / "outside.md"
    outside.write_text("page a\n", encoding="utf-8")
    page.unlink()
    page.symlink_to(outside)
    with pytest.raises(write.WriteError):
        write.write_output(docs, files, memo=memo)

    # Unchanged files are not read back.
    page.unlink()
    write.write_output(docs, files, memo=memo)
    reads: list[Path] = []
    real = Path.read_bytes
    try:
        Path.read_bytes = lambda self: reads.append(self) or real(self)  # type: ignore[method-assign]
        report = write.write_output(docs, files, memo=memo)
    finally:
        Path.read_bytes = real  # type: ignore[method-assign]
    assert reads == [] and report.unchanged == 2 and report.written == ()


PLAIN_AND_ODD = ("ab \t\n.,;é“”‘’–—…©€£°½ÀÁõÿ\u00a0\u00ad\u200b\u2028\u202f\x0b\x0c\x85\x00\x7fÃÂâ€™\ufffdé"
                 "\u0301e\u212b\r")


@pytest.mark.parametrize("text", ["Plain “quoted” text — €5, £3, © 2020.\n", "café ", "cafe\u0301",
                                  "a\u00a0b", "don’t", "donâ€™t", "x\u200by", "line\u2028two", "Å\u212b"])
def test_the_plain_text_shortcut_changes_nothing(text, monkeypatch):
    fast = read.decode(text.encode("utf-8"), "a.txt")
    monkeypatch.setattr(read, "UNUSUAL", __import__("re").compile("(?s)."))  # every text takes the long way
    assert read.decode(text.encode("utf-8"), "a.txt") == fast


def test_the_plain_text_shortcut_changes_nothing_on_any_mix(monkeypatch):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    long_way = __import__("re").compile("(?s).")

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=PLAIN_AND_ODD, max_size=40))
    def check(text):
        data = text.encode("utf-8")
        fast = read.decode(data, "a.txt")
        with monkeypatch.context() as m:
            m.setattr(read, "UNUSUAL", long_way)
            assert read.decode(data, "a.txt") == fast

    check()


def test_the_plain_characters_need_no_normalising():
    """Every character UNUSUAL lets through is left as it is by each pass it skips."""
    import re
    import unicodedata

    plain = [chr(c) for c in range(0x110000) if not read.UNUSUAL.match(chr(c))]
    assert len(plain) > 200
    for c in plain:
        assert unicodedata.normalize("NFC", c) == c and unicodedata.combining(c) == 0, hex(ord(c))
        assert unicodedata.normalize("NFD", c) == c or c.isalpha(), hex(ord(c))
        for pattern in (read.ODD_BREAK, read.CONTROL, read.ODD_SPACES, read.INVISIBLE,
                        re.compile("[\u00c2-\u00f4\u0080-\u009f\ufffd]")):
            assert not pattern.search(c), hex(ord(c))
