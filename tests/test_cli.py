"""The command line: exit codes and output, as CONTRACT.md says."""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT, SEEDS

from generator.cli import main


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=300)


def test_build_seeds_exits_0_and_writes_the_export(tmp_path):
    r = run("build", "--seeds", str(SEEDS), "--docs", str(tmp_path / "docs"))
    assert r.returncode == 0, r.stderr
    data = json.loads((tmp_path / "docs" / "briefing.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 5
    assert "briefing: 5 articles" in r.stderr


def test_missing_seeds_folder_is_a_usage_error(tmp_path, capsys):
    assert main(["build", "--seeds", str(tmp_path / "nope"), "--docs", str(tmp_path / "d")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_strict_fails_on_warnings(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    # No date anywhere: a warning that the user should check.
    (seeds / "a.txt").write_text("A headline here\n\nThe council met and agreed a new budget for the city's parks.\n")
    docs = str(tmp_path / "docs")
    assert main(["build", "--seeds", str(seeds), "--docs", docs]) == 0
    err = capsys.readouterr().err
    assert "warning: a.txt:" in err
    assert main(["build", "--seeds", str(seeds), "--docs", docs, "--strict"]) == 1


def test_an_unusable_input_exits_1_but_the_others_are_built(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text("A headline here\n\nPublished: 2020/1/2\n\nThe council met and agreed a budget.\n")
    (seeds / "empty.txt").write_text("   \n")
    assert main(["build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs")]) == 1
    err = capsys.readouterr().err
    assert "empty.txt" in err
    assert (tmp_path / "docs" / "articles" / "good.md").exists()


def test_dates_prints_json_lines():
    r = run("dates", "--anchor", "2019-09-18", stdin="Huawei was blacklisted in May 2019 by the US.")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows and rows[0]["value"] == "2019-05"
    assert set(rows[0]) == {"start", "end", "text", "value", "inferred"}
    text = "Huawei was blacklisted in May 2019 by the US."
    assert text[rows[0]["start"]:rows[0]["end"]] == rows[0]["text"]


def test_dates_reads_a_file(tmp_path):
    f = tmp_path / "t.txt"
    f.write_text("It happened in July 2020.", encoding="utf-8")
    r = run("dates", "--anchor", "2020-09-01", str(f))
    assert r.returncode == 0 and json.loads(r.stdout.splitlines()[0])["value"] == "2020-07"


def test_dates_unreadable_file_is_a_clear_error(tmp_path):
    r = run("dates", str(tmp_path / "missing.txt"))
    assert r.returncode == 1 and "cannot read" in r.stderr


def test_the_cache_is_never_beside_an_arbitrary_seeds_folder(tmp_path, monkeypatch) -> None:
    from generator.cli import cache_folder

    outside = tmp_path / "elsewhere" / "seeds"
    outside.mkdir(parents=True)
    (outside / "a.txt").write_text("A headline for the test\n\nThe regulator said on Tuesday that it would review "
                                   "the merger of the two largest telecom groups.\n", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "usercache"))
    monkeypatch.chdir(tmp_path)  # not a project folder: no mkdocs.yml here
    assert main(["build", "--seeds", str(outside), "--docs", str(tmp_path / "docs")]) == 0
    assert not (outside.parent / ".briefing-cache").exists()
    assert cache_folder(outside).is_relative_to(tmp_path / "usercache" / "briefing")
    project = tmp_path / "proj"
    project.mkdir()
    (project / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    monkeypatch.chdir(project)
    assert cache_folder(outside) == project / ".briefing-cache"
