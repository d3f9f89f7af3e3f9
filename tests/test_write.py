"""The guarded writer: only inside docs/, only its own files, only when bytes change."""
from __future__ import annotations

import json

import pytest

from generator import write
from generator.write import MANIFEST, WriteError, write_output


def test_writes_and_records_a_manifest(tmp_path):
    r = write_output(tmp_path, {"a.md": "A", "sub/b.md": "B"})
    assert r.written == ("a.md", "sub/b.md")
    assert (tmp_path / "sub/b.md").read_text() == "B"
    assert json.loads((tmp_path / MANIFEST).read_text())["files"] == ["a.md", "sub/b.md"]


def test_unchanged_files_are_not_rewritten(tmp_path):
    write_output(tmp_path, {"a.md": "A"})
    before = (tmp_path / "a.md").stat().st_mtime_ns
    r = write_output(tmp_path, {"a.md": "A"})
    assert r.written == () and r.unchanged == 1
    assert (tmp_path / "a.md").stat().st_mtime_ns == before


def test_stale_generated_files_are_removed_but_hand_written_ones_kept(tmp_path):
    (tmp_path / "notes.md").write_text("mine")
    write_output(tmp_path, {"articles/x.md": "X", "articles/y.md": "Y"})
    r = write_output(tmp_path, {"articles/x.md": "X"})
    assert r.deleted == ("articles/y.md",)
    assert (tmp_path / "notes.md").read_text() == "mine"
    assert not (tmp_path / "articles/y.md").exists()


def test_a_hand_written_page_is_never_overwritten(tmp_path):
    (tmp_path / "index.md").write_text("my own home page")
    r = write_output(tmp_path, {"index.md": "generated"})
    assert (tmp_path / "index.md").read_text() == "my own home page"
    assert len(r.problems) == 1 and "not written by briefing" in r.problems[0].message
    # ... and never deleted later either.
    write_output(tmp_path, {})
    assert (tmp_path / "index.md").exists()


@pytest.mark.parametrize("bad", ["../escape.md", "/etc/passwd", "a/../../b.md", ""])
def test_paths_outside_docs_are_refused(tmp_path, bad):
    with pytest.raises(WriteError):
        write_output(tmp_path / "docs", {bad: "x"})
    assert not (tmp_path / "escape.md").exists()


def test_symlinked_subfolder_pointing_outside_is_refused(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "articles").symlink_to(outside)
    with pytest.raises(WriteError):
        write_output(docs, {"articles/a.md": "x"})
    assert not (outside / "a.md").exists()


def test_a_failure_while_writing_leaves_the_previous_output_intact(tmp_path, monkeypatch):
    write_output(tmp_path, {"a.md": "old A", "b.md": "old B"})
    calls = {"n": 0}
    real = write.Path.write_bytes

    def failing(self, data):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("disk full (injected)")
        return real(self, data)

    monkeypatch.setattr(write.Path, "write_bytes", failing)
    with pytest.raises(OSError):
        write_output(tmp_path, {"a.md": "new A", "b.md": "new B"})
    assert (tmp_path / "a.md").read_text() == "old A"
    assert (tmp_path / "b.md").read_text() == "old B"
    assert not (tmp_path / write.STAGING).exists()
    assert json.loads((tmp_path / MANIFEST).read_text())["files"] == ["a.md", "b.md"]


def test_a_second_identical_write_touches_nothing(tmp_path):
    write_output(tmp_path, {"a.md": "A", "b/c.md": "C"}, extra={"stamp": "x"})
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")}
    r = write_output(tmp_path, {"a.md": "A", "b/c.md": "C"}, extra={"stamp": "x"})
    assert r.written == () and r.unchanged == 2
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")} == before
