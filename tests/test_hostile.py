"""Hostile and broken input: every byte of a seed is untrusted, every odd file is expected.

The corpus is tests/corpus/hostile/ (small committed files, see its README) plus the
files made here at test time: too big, binary, unreadable, symlinks, and anything
whose content depends on the temporary folder. ``make_hostile_seeds`` is shared with
test_hostile_browser.py.

A test that shows a bug in a file this suite does not own is kept as it should be
and marked ``xfail(strict=True)`` with the file and the fault in its reason.
"""
from __future__ import annotations

import html
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, make_project, mkdocs, site_warnings
from mkdocs.utils.meta import get_data

from generator import read, write
from generator.cli import main
from generator.pipeline import Options, build
from generator.render.article import front_matter

HOSTILE = Path(__file__).resolve().parent / "corpus" / "hostile"

# Planted outside the seeds folder; a snippet marker or symlink that reaches it would
# put this text on a page.
CANARY = "CANARY-7f3a9c-the-build-machine-file-was-read"
CANARY_NAME = "canary-briefing.txt"

BIG_BYTES = 50 * 1024 * 1024  # the 50 MB text file
LINE_BYTES = 1024 * 1024  # the 1 MB single line

# A valid 1x1 PNG and the head of a PDF: what a user drops into seeds/ by mistake.
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
       b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")
PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >>"
       b" endobj\nstream\n" + zlib.compress(b"BT /F1 12 Tf (hello) Tj ET" * 50) + b"\nendstream\n%%EOF\n")

# Files made at test time, each with the word its warning must contain (None: built).
GENERATED_WARNINGS: dict[str, str] = {
    "empty.txt": "empty",
    "blank.txt": "white space",
    "photo.txt": "binary",  # PNG bytes behind a .txt name
    "picture.png": "not an article file",
    "scan.pdf": "not an article file",
    "report.txt": "binary",  # PDF bytes behind a .txt name
    "garbage.txt": "binary",  # random bytes, no text at all
    "huge.txt": "too large",
    "outside_link.txt": "outside the seeds folder",
    "dangling_link.txt": "broken symlink",
}


def _prose(seed: int, words: int) -> str:
    """Deterministic English-looking words (distinct per seed, so never a duplicate)."""
    vocab = ("harbour council river school market bridge ferry orchard library village station clock "
             "bakery pool garden road tide roof lane bus choir museum tower square field mill").split()
    out, x = [], seed * 2654435761 % 2**32
    for i in range(words):
        x = (1103515245 * x + 12345) % 2**31
        out.append(vocab[x % len(vocab)] + ("." if i % 17 == 16 else ""))
    return " ".join(out)


def make_hostile_seeds(dst: Path, outside: Path, *, big: bool = True) -> Path:
    """Fill ``dst`` (the seeds folder) with the whole hostile corpus; ``outside`` gets the canary.

    ``outside`` must not be inside ``dst``. With ``big=False`` the 50 MB file is left out
    (for tests that build the corpus many times).
    """
    dst.mkdir(parents=True, exist_ok=True)
    outside.mkdir(parents=True, exist_ok=True)
    for f in sorted(HOSTILE.iterdir()):
        if f.is_file() and f.name != "README.md":
            shutil.copyfile(f, dst / f.name)
    canary = outside / CANARY_NAME
    canary.write_text(CANARY + "\n", encoding="utf-8")
    (dst / "empty.txt").write_bytes(b"")
    (dst / "blank.txt").write_bytes(b"  \n\t\r\n   \n\xc2\xa0\n")
    (dst / "photo.txt").write_bytes(PNG)
    (dst / "picture.png").write_bytes(PNG)
    (dst / "scan.pdf").write_bytes(PDF)
    (dst / "report.txt").write_bytes(PDF)
    (dst / "garbage.txt").write_bytes(bytes((i * 7919 + 13) % 256 for i in range(4096)) * 4)
    if big:
        line = (b"Filler sentence about the weather in a town that does not exist. " * 16)[:1023] + b"\n"
        with (dst / "huge.txt").open("wb") as handle:
            handle.write(b"A headline for a very large file\n\n")
            for _ in range(BIG_BYTES // len(line) + 1):
                handle.write(line)
    # One 1 MB line of text: read, cleaned and built, in reasonable time.
    (dst / "one_line.txt").write_text("Wind farm plan one very long line\n\nPublished: 2022-03-01\n\n"
                                      + _prose(1, LINE_BYTES // 6)[:LINE_BYTES] + "\n", encoding="utf-8")
    # Mostly text with bytes that are not valid UTF-8 (and not cp1252 either): still an article.
    (dst / "undecodable.txt").write_bytes(
        "Tram depot plan passes its first vote\n\nPublished: 2022-03-09\n\n".encode()
        + b"The tram depot in Wexley \x81\x8d\x8f\x90\x9d passed its first council vote on Tuesday, "
          b"with work on the sheds \xff\xfe\xfd due to start next spring once the land has been cleared.\n")
    # An absolute snippet marker pointing at the canary (the path depends on the tmp dir).
    (dst / "absolute_snippet.txt").write_text(
        "Canal towpath to be resurfaced\n\nPublished: 2022-03-15\n\n"
        "The towpath along the canal at Midford will be resurfaced this summer so that it can be used by "
        "wheelchairs and pushchairs all year round.\n\n"
        f'--8<-- "{canary}"\n\n'
        f"--8<-- '{canary}'\n\n"
        "The waterways trust said the work would close short stretches of the path for a week at a time.\n",
        encoding="utf-8")
    os.symlink(canary, dst / "outside_link.txt")
    os.symlink(outside / "no-such-file.txt", dst / "dangling_link.txt")
    os.symlink(outside, dst / "outside_dir")
    return dst


# ---------------------------------------------------------------------------
# What the corpus must give
# ---------------------------------------------------------------------------

# Committed files that hold one article each and must be built (payloads included).
BUILT = ("html_payloads.txt", "entities.txt", "theme_ids.txt", "evil_page.html", "links.md", "attr_list.txt", "snippets.txt", "templates.txt",
         "frontmatter.md", "markdown_structure.txt", "title_payloads.txt", "bad_sidecar.txt", "unknown_keys.txt",
         "yaml_tag.txt", "Same Story.txt", "same-story.txt", "same_story.md", "café résumé.txt",
         "issue #5 report.txt", "index.txt", "name with  spaces .txt", "新闻报道.txt", "★★★.md", "undecodable.txt", "absolute_snippet.txt")
DUPLICATES = ("dup_exact_copy.txt", "dup_original.txt", "dup_with_debris.txt")  # one of them is built
# Committed files whose problem is in the file itself: (file, words its warning must contain).
STATIC_WARNINGS = (
    ("bad_sidecar.yml", "not valid YAML"),
    ("yaml_tag.yml", "not valid YAML"),
    ("unknown_keys.yml", "unknown key"),
    ("frontmatter.md", "front-matter is not valid YAML"),
)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text)


@pytest.fixture(scope="session")
def hostile_seeds(tmp_path_factory) -> Path:
    """The whole hostile corpus in a seeds folder (its canary in a sibling folder)."""
    base = tmp_path_factory.mktemp("hostile")
    return make_hostile_seeds(base / "seeds", base / "outside")


@pytest.fixture(scope="session")
def hostile_build(hostile_seeds, tmp_path_factory):
    """(docs folder, BuildResult) of one in-process build of the hostile corpus."""
    docs = tmp_path_factory.mktemp("hostile-docs") / "docs"
    return docs, build(Options(seeds=hostile_seeds, docs=docs))


# ---------------------------------------------------------------------------
# Bad files: a clear warning naming the file, the others built
# ---------------------------------------------------------------------------

def test_every_good_article_is_built(hostile_build):
    _, result = hostile_build
    built = {a.source for a in result.briefing.articles}
    assert set(BUILT) <= built, sorted(set(BUILT) - built)
    assert len(built & set(DUPLICATES)) == 1


@pytest.mark.parametrize("name,words", [*GENERATED_WARNINGS.items(), *STATIC_WARNINGS])
def test_a_bad_file_gets_a_warning_naming_it(hostile_build, name, words):
    _, result = hostile_build
    mine = [p for p in result.problems if p.source == name]
    assert mine, f"no warning for {name}"
    matched = [p for p in mine if words in p.message]
    assert matched, mine
    # The message says what was done, not only what was wrong.
    assert all(re.search(r"skipped|ignored|not followed|left out|used", p.message) for p in matched), matched
    assert name not in {a.source for a in result.briefing.articles} or name.endswith(".md")


def test_each_warning_is_raised_once(hostile_build):
    _, result = hostile_build
    assert len(result.problems) == len(set(result.problems))


def test_duplicates_give_one_article_and_a_warning_each(hostile_build):
    _, result = hostile_build
    kept = [a.source for a in result.briefing.articles if a.source in DUPLICATES]
    assert len(kept) == 1
    for name in DUPLICATES:
        if name != kept[0]:
            msgs = [p.message for p in result.problems if p.source == name]
            assert msgs == [f"same article as {kept[0]}; left out as a duplicate"], msgs


def test_names_that_slug_alike_get_distinct_stable_ids(hostile_build, tmp_path):
    _, result = hostile_build
    ids = {a.source: a.id for a in result.briefing.articles}
    same = [ids["Same Story.txt"], ids["same-story.txt"], ids["same_story.md"]]
    assert len(set(same)) == 3 and all(i.startswith("same-story") for i in same)
    assert ids["index.txt"] != "index"  # articles/index.md is the Articles index
    # Stable: the same files, copied in another order into another folder, give the same ids.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in reversed(sorted(ids)):
        if not name.startswith(("huge", "one_line", "undecodable", "absolute")):
            shutil.copyfile(HOSTILE / name, seeds / name)
    again = build(Options(seeds=seeds, docs=tmp_path / "docs"))
    assert {a.source: a.id for a in again.briefing.articles}.items() <= ids.items()


def test_odd_file_names_are_built_under_url_safe_ids(hostile_build):
    docs, result = hostile_build
    for a in result.briefing.articles:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", a.id), a.id
        page = (docs / "articles" / f"{a.id}.md").read_text(encoding="utf-8")
        assert get_data(page)[1]["source"] == a.source  # the name exactly as on disk
    ids = {a.source: a.id for a in result.briefing.articles}
    assert ids["café résumé.txt"] == "cafe-resume"
    assert ids["issue #5 report.txt"] == "issue-5-report"
    assert ids["name with  spaces .txt"] == "name-with-spaces"
    # Names with no ASCII letter at all slug to "article": two of them still get two ids.
    assert ids["新闻报道.txt"] != ids["★★★.md"] and ids["新闻报道.txt"].startswith("article-")


def test_symlinks_outside_seeds_are_not_followed(hostile_build):
    docs, result = hostile_build
    assert "outside_link.txt" not in {a.source for a in result.briefing.articles}
    for f in docs.rglob("*"):
        if f.is_file():
            assert CANARY not in f.read_text(encoding="utf-8", errors="replace"), f


def test_a_symlinked_folder_outside_seeds_gets_a_warning(hostile_build):
    _, result = hostile_build
    assert any(p.source == "outside_dir" and "not followed" in p.message for p in result.problems)


def test_undecodable_bytes_are_built_with_a_warning(hostile_build):
    _, result = hostile_build
    assert "undecodable.txt" in {a.source for a in result.briefing.articles}
    assert any(p.source == "undecodable.txt" and "decod" in p.message for p in result.problems)


def test_undecodable_bytes_do_not_lose_the_article(hostile_build):
    _, result = hostile_build
    art = next(a for a in result.briefing.articles if a.source == "undecodable.txt")
    text = " ".join(b.text for b in art.blocks)
    assert "The tram depot in Wexley" in text and "due to start next spring" in text


def test_a_50_mb_file_is_refused_with_the_limit_in_the_message(hostile_build):
    _, result = hostile_build
    msg = next(p.message for p in result.problems if p.source == "huge.txt")
    assert f"{read.MAX_BYTES:,}" in msg


def test_the_readme_states_the_size_limit():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"{read.MAX_BYTES:,}" in readme or f"{read.MAX_BYTES // 1_000_000} MB" in readme


def test_a_1_mb_line_is_read_quickly_and_built_or_named(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = "Wind farm plan one very long line\n\nPublished: 2022-03-01\n\n" + _prose(1, LINE_BYTES // 6)[:LINE_BYTES]
    (seeds / "one_line.txt").write_text(text + "\n", encoding="utf-8")
    (seeds / "ok.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    started = time.monotonic()
    result = build(Options(seeds=seeds, docs=tmp_path / "docs"))
    assert time.monotonic() - started < 30
    built = {a.source for a in result.briefing.articles}
    assert "ok.txt" in built
    assert "one_line.txt" in built or any(p.source == "one_line.txt" for p in result.problems)


GOOD_ARTICLE = ("Council agrees budget for the parks\n\nPublished: 2020-01-02\n\nThe council met on Thursday and "
                "agreed a new budget for the city's parks, with more money for trees and benches.\n")


def test_an_unreadable_file_is_named_and_the_others_built(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "ok.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    locked = seeds / "locked.txt"
    locked.write_text("Locked headline\n\nSome words that nobody may read.\n", encoding="utf-8")
    locked.chmod(0)
    try:
        readable = os.access(locked, os.R_OK)  # root reads through chmod 000
        if readable:
            real_open = Path.open

            def refuse(self, *args, **kwargs):
                if self.name == "locked.txt":
                    raise PermissionError(13, "Permission denied", str(self))
                return real_open(self, *args, **kwargs)

            monkeypatch.setattr(Path, "open", refuse)
            monkeypatch.setattr(Path, "read_bytes", lambda self: refuse(self, "rb").read())
        result = build(Options(seeds=seeds, docs=tmp_path / "docs"))
    finally:
        locked.chmod(0o644)
    assert [a.source for a in result.briefing.articles] == ["ok.txt"]
    msgs = [p.message for p in result.problems if p.source == "locked.txt"]
    assert msgs and "cannot read" in msgs[0] and "skipped" in msgs[0], msgs
    assert result.unusable == ("locked.txt",)


# ---------------------------------------------------------------------------
# Warnings: printed once each, counted, listed; --strict fails on them
# ---------------------------------------------------------------------------

def test_cli_prints_each_warning_once_and_counts_them(hostile_seeds, tmp_path, capsys):
    code = main(["build", "--seeds", str(hostile_seeds), "--docs", str(tmp_path / "docs"), "--no-cache"])
    err = capsys.readouterr().err
    assert code == 1  # some inputs could not be used at all
    lines = [line for line in err.splitlines() if line.startswith("warning: ")]
    assert len(lines) == len(set(lines))
    count = int(re.search(r"; (\d+) warnings?\n", err).group(1))
    assert count == len(lines) > len(GENERATED_WARNINGS)
    for name in GENERATED_WARNINGS:
        assert sum(line.startswith(f"warning: {name}:") for line in lines) >= 1, name
    assert "could not be used" in err and "huge.txt" in err


def test_strict_turns_warnings_into_a_failure(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "ok.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    (seeds / "ok.yml").write_text("colour: blue\n", encoding="utf-8")  # one warning, nothing unusable
    docs = str(tmp_path / "docs")
    assert main(["build", "--seeds", str(seeds), "--docs", docs, "--no-cache"]) == 0
    assert "warning: ok.yml: unknown key(s) colour" in capsys.readouterr().err
    assert main(["build", "--seeds", str(seeds), "--docs", docs, "--no-cache", "--strict"]) == 1
    assert "--strict" in capsys.readouterr().err
    (seeds / "ok.yml").unlink()
    assert main(["build", "--seeds", str(seeds), "--docs", docs, "--no-cache", "--strict"]) == 0


def test_every_warning_is_listed_on_the_method_page(hostile_build):
    docs, result = hostile_build
    page = _markdown_text((docs / "method.md").read_text(encoding="utf-8"))
    assert f"Warnings ({len(result.problems)})" in page
    for p in result.problems:
        assert f"{p.source or 'corpus'}: {p.message}" in page, p


def _markdown_text(md: str) -> str:
    """What a reader sees of a generated Markdown page (escapes and emphasis undone)."""
    import markdown

    out = markdown.markdown(get_data(md)[0], extensions=["toc", "attr_list", "tables", "md_in_html"])
    return html.unescape(re.sub(r"<[^>]+>", "", out))


def test_a_file_name_that_is_not_utf8_does_not_stop_the_build(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "ok.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    with open(os.fsencode(seeds) + b"/bad\xffname.txt", "wb") as handle:
        handle.write(b"Another story here\n\nPublished: 2020-01-03\n\nThe mayor opened a new bridge over the river "
                     b"on Friday morning after a year of works.\n")
    result = build(Options(seeds=seeds, docs=tmp_path / "docs"))
    assert "ok.txt" in {a.source for a in result.briefing.articles}
    assert len(result.problems) >= 1 or len(result.briefing.articles) == 2


# ---------------------------------------------------------------------------
# The whole site: nothing from a seed runs, is included or is evaluated
# ---------------------------------------------------------------------------

def _mkdocs_worktree(proj: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``conftest.mkdocs`` with this checkout's ``generator`` first on the path.

    The hook file is loaded by path, but its ``import generator`` would otherwise find
    whichever checkout is installed (editable) in the virtualenv.
    """
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join([str(ROOT), *([old] if old else [])])
    try:
        return mkdocs(proj, *args)
    finally:
        if old is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = old


def plant_canaries(proj: Path) -> None:
    """The canary where relative snippet markers would look: the project and its parent."""
    for where in (proj, proj.parent):
        (where / CANARY_NAME).write_text(CANARY + "\n", encoding="utf-8")


def build_hostile_site(tmp: Path, seeds: Path, *, extra_config: str = "") -> Path:
    """make_project + ``mkdocs build`` (no warning but the seeds' own) around a copy of ``seeds``; returns the project.

    ``extra_config`` is added to the ``markdown_extensions`` list of the copied mkdocs.yml.
    """
    tmp.mkdir(parents=True, exist_ok=True)
    proj = make_project(tmp, seeds=seeds)
    plant_canaries(proj)
    if extra_config:
        cfg = proj / "mkdocs.yml"
        text = cfg.read_text(encoding="utf-8")
        assert "  - md_in_html\n" in text
        cfg.write_text(text.replace("  - md_in_html\n", "  - md_in_html\n" + extra_config), encoding="utf-8")
    r = _mkdocs_worktree(proj, "build")
    assert r.returncode == 0 and not site_warnings(r.stderr), r.stderr[-4000:]  # the seeds' own warnings aside
    return proj


@pytest.fixture(scope="session")
def hostile_site(hostile_seeds, tmp_path_factory) -> Path:
    return build_hostile_site(tmp_path_factory.mktemp("hostile-site"), hostile_seeds)


@pytest.fixture(scope="session")
def harmless_site(tmp_path_factory) -> Path:
    return build_hostile_site(tmp_path_factory.mktemp("harmless-site"), SEEDS)


class Tags(HTMLParser):
    """Every start tag of a page: (tag, attributes), and each script's source or text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.scripts: list[str] = []
        self._in_script: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))
        if tag == "script":
            src = dict(attrs).get("src")
            if src:
                self.scripts.append("src:" + src)
            else:
                self._in_script = []

    def handle_data(self, data):
        if self._in_script is not None:
            self._in_script.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._in_script is not None:
            self.scripts.append("inline:" + "".join(self._in_script))
            self._in_script = None


def parse(page: Path) -> Tags:
    t = Tags()
    t.feed(page.read_text(encoding="utf-8"))
    t.close()
    return t


# A relative URL prefix ("../../", "..", ".") that only says how deep the page is.
DEPTH = re.compile(r"(?:\.\./)+|(?<=\")(?:\.\.(?:/\.\.)*|\.)(?=\")")
# URL schemes that run code or carry a document of their own.
BAD_SCHEME = re.compile(r"^\s*(?:javascript|data|vbscript|file)\s*:", re.I)
URL_ATTRS = {"href", "src", "action", "formaction", "data", "poster", "background", "srcset", "xlink:href", "content"}


def _site_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def _theme_scripts(site: Path) -> set[str]:
    return {DEPTH.sub("", s) for page in _site_pages(site) for s in parse(page).scripts}


@pytest.mark.slow
def test_no_script_the_theme_did_not_ship(hostile_site, harmless_site):
    allowed = _theme_scripts(harmless_site / "site")
    for page in _site_pages(hostile_site / "site"):
        extra = {DEPTH.sub("", s) for s in parse(page).scripts} - allowed
        assert not extra, (page, extra)


@pytest.mark.slow
def test_no_event_attribute_and_no_code_url(hostile_site):
    for page in _site_pages(hostile_site / "site"):
        text = page.read_text(encoding="utf-8")
        # In any tag, however it is written.
        assert not re.search(r"<[a-zA-Z][^>]*\son\w+\s*=", text), (page, re.search(r"<[^>]*\son\w+\s*=[^>]*>", text))
        for tag, attrs in parse(page).tags:
            for name, value in attrs:
                assert not name.startswith("on"), (page, tag, name, value)
                if name in URL_ATTRS and value:
                    assert not BAD_SCHEME.match(html.unescape(value)), (page, tag, name, value)
            assert tag not in {"iframe", "object", "embed", "base", "frame", "applet", "math", "style"}, \
                (page, tag)
            if tag == "meta":
                assert dict(attrs).get("http-equiv", "").lower() != "refresh", page


@pytest.mark.slow
def test_no_kind_of_element_the_harmless_site_does_not_have(hostile_site, harmless_site):
    def kinds(site: Path) -> set[str]:
        return {tag for page in _site_pages(site) for tag, _ in parse(page).tags}

    assert kinds(hostile_site / "site") - kinds(harmless_site / "site") == set()


@pytest.mark.slow
def test_no_seed_text_takes_an_element_id_of_the_theme(hostile_site):
    for page in _site_pages(hostile_site / "site"):
        ids = [dict(attrs).get("id") for _, attrs in parse(page).tags if dict(attrs).get("id")]
        assert len(ids) == len(set(ids)), (page, sorted({i for i in ids if ids.count(i) > 1}))
        if page.parent.parent.name == "articles" or page.parent.name in ("summary", "method", "timeline"):
            body = _article_body(page)
            ours = [dict(attrs).get("id") for _, attrs in parse_text(body).tags if dict(attrs).get("id")]
            assert not [i for i in ours if i.startswith("_")], (page, ours)


@pytest.mark.slow
def test_no_local_file_is_included(hostile_site):
    for f in [*(hostile_site / "site").rglob("*"), *(hostile_site / "docs").rglob("*")]:
        if f.is_file() and f.suffix in (".html", ".json", ".md", ".xml"):
            text = f.read_text(encoding="utf-8")
            assert CANARY not in text, f
            assert "root:x:0:0" not in text, f


@pytest.mark.slow
def test_no_template_expression_is_evaluated(hostile_site):
    site = hostile_site / "site"
    for f in [*site.rglob("*.html"), site / "search" / "search_index.json", site / "briefing.json"]:
        text = f.read_text(encoding="utf-8")
        for product in ("135795", "12726", "1337"):  # 12345*11, 4242*3, 7*191
            assert product not in text, (f, product)
    page = html.unescape(re.sub(r"<[^>]+>", "", (site / "articles" / "templates" / "index.html").read_text("utf-8")))
    assert "sourdough {{ 7*7 }}" in page and "sourdough 49" not in page
    assert "{{ 12345*11 }}" in page and "{% include \"main.html\" %}" in page


@pytest.mark.slow
def test_titles_are_escaped_wherever_the_theme_prints_them(hostile_site):
    site = hostile_site / "site"
    for page in _site_pages(site):
        head = page.read_text(encoding="utf-8").split("</head>", 1)[0]
        titles = re.findall(r"<title>(.*?)</title>", head, re.S)
        assert len(titles) == 1 and "<" not in titles[0], (page, titles)
    page = site / "articles" / "title-payloads" / "index.html"
    assert "&lt;/title&gt;&lt;script&gt;" in page.read_text(encoding="utf-8")
    # Material prints the author into a <meta> attribute: the value stays one attribute value.
    metas = [dict(attrs) for tag, attrs in parse(page).tags if tag == "meta"]
    author = next(m["content"] for m in metas if m.get("name") == "author")
    assert author == ('{{ config }} "><script>window.__pwned=1</script>'
                      "<iframe src=javascript:window.__pwned=1></iframe>")


# What Markdown structure looks like in HTML; none of it may come from a seed's text
# (the renderer itself writes one h1 and h2 subheadings, nothing else).
STRUCTURE = {"blockquote", "ul", "ol", "li", "table", "hr", "pre", "code", "h3", "h4", "h5", "h6", "img", "em",
             "strong"}


def _article_body(page: Path) -> str:
    text = page.read_text(encoding="utf-8")
    article = text.split('<article class="md-content__inner md-typeset">', 1)[1].split("</article>", 1)[0]
    return article.split('<h2 data-search-exclude id="made"', 1)[0]  # the text, without our closing "How this page was made"


@pytest.mark.slow
def test_markdown_structure_in_an_article_stays_text(hostile_site):
    site = hostile_site / "site"
    for page in sorted((site / "articles").glob("*/index.html")):
        tags = parse_text(_article_body(page)).tags
        names = [t for t, _ in tags]
        assert names.count("h1") == 1, page
        # <em>/<strong> are ours only around the outlet, the deck and the removed-lines note.
        assert not set(names) & (STRUCTURE - {"em", "strong"}), (page, sorted(set(names) & STRUCTURE))
        for tag, attrs in tags:
            if tag == "a":  # only our own links: permalinks and the method page
                href = dict(attrs).get("href") or ""
                assert href.startswith("#") or href.startswith("../../method/"), (page, href)
    body = _article_body(site / "articles" / "markdown-structure" / "index.html")
    assert not set(t for t, _ in parse_text(body).tags) & (STRUCTURE - {"em"})  # em: the removed-lines note
    words = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())
    # "- A member ...": the cleaner may read a leading "- " as a list bullet and drop the marker.
    for line in ("# This line starts with a hash", "> The outgoing chair", "A member pointed out",
                 "1. Members voted", "| The new chair | said she would |",
                 "+ Plus-sign lines, *stars* and _underscores_ and `backticks`", "2) Another ordered marker",
                 "The society's accounts, read out"):
        assert line in words, line


def parse_text(text: str) -> Tags:
    t = Tags()
    t.feed(text)
    t.close()
    return t


@pytest.mark.slow
def test_every_page_front_matter_parses_back(hostile_site, hostile_build):
    _, result = hostile_build
    for a in result.briefing.articles:
        md = (hostile_site / "docs" / "articles" / f"{a.id}.md").read_text(encoding="utf-8")
        body, meta = get_data(md)
        assert meta == front_matter(a), a.source
        assert body.lstrip().startswith("# ")


@pytest.mark.slow
def test_the_method_page_lists_every_warning_in_the_site(hostile_site, hostile_build):
    _, result = hostile_build
    text = html.unescape(re.sub(r"<[^>]+>", "", (hostile_site / "site" / "method" / "index.html").read_text("utf-8")))
    for p in result.problems:
        assert f"{p.source}: {p.message}" in text, p


@pytest.mark.slow
def test_snippet_markers_include_nothing_even_with_snippets_enabled(hostile_seeds, tmp_path):
    # Defence in depth: a later mkdocs.yml that turns pymdownx.snippets on, with the
    # canary's folders as base paths, still includes nothing from a seed's marker.
    outside = hostile_seeds.parent / "outside"
    proj = build_hostile_site(
        tmp_path, hostile_seeds,
        extra_config=f"  - pymdownx.snippets:\n      base_path: ['.', '..', '{outside}', '/']\n"
                     "      check_paths: false\n      restrict_base_path: false\n")
    for f in (proj / "site").rglob("*.html"):
        text = f.read_text(encoding="utf-8")
        assert CANARY not in text and "root:x:0:0" not in text, f


# ---------------------------------------------------------------------------
# Output is atomic, and only the generator's own files are touched
# ---------------------------------------------------------------------------

def _snapshot(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


def _small_corpus(dst: Path) -> Path:
    """The hostile corpus without its 50 MB file, in ``dst``/seeds (canary in ``dst``/outside)."""
    return make_hostile_seeds(dst / "seeds", dst / "outside", big=False)


def _change_seeds(seeds: Path) -> None:
    """An edit, an addition and a removal: every kind of write the next build makes."""
    (seeds / "templates.txt").write_text((HOSTILE / "templates.txt").read_text(encoding="utf-8")
                                         + "\nThe bakery will open a second shop in the spring.\n", encoding="utf-8")
    (seeds / "new_story.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    (seeds / "attr_list.txt").unlink()


def _failing_on(call: int, real, error: Exception):
    """``real``, except that its ``call``-th call raises ``error`` (an injected failure)."""
    calls = [0]

    def failing(*args):
        calls[0] += 1
        if calls[0] == call:
            raise error
        return real(*args)

    return failing


def test_a_failure_while_staging_leaves_the_previous_docs_byte_for_byte(tmp_path, monkeypatch):
    seeds = _small_corpus(tmp_path)
    docs = tmp_path / "docs"
    build(Options(seeds=seeds, docs=docs))
    before = _snapshot(docs)
    _change_seeds(seeds)
    monkeypatch.setattr(write.Path, "write_bytes", _failing_on(3, write.Path.write_bytes,
                                                               OSError(28, "No space left on device (injected)")))
    with pytest.raises(OSError, match="injected"):
        build(Options(seeds=seeds, docs=docs))
    monkeypatch.undo()
    assert _snapshot(docs) == before
    assert not (docs / write.STAGING).exists()
    # The next build completes the job as if nothing had happened.
    build(Options(seeds=seeds, docs=docs))
    fresh = tmp_path / "fresh"
    build(Options(seeds=seeds, docs=fresh))
    assert _snapshot(docs) == _snapshot(fresh)


def _whole(docs: Path, old: dict[str, bytes], new: dict[str, bytes]) -> None:
    """Every file in ``docs`` is a whole version: the old one or the new one."""
    for rel, data in _snapshot(docs).items():
        if rel.startswith((write.STAGING, write.MANIFEST)):  # the manifest is checked below
            continue
        assert data in (old.get(rel), new.get(rel)), rel
    manifest = json.loads((docs / write.MANIFEST).read_text(encoding="utf-8"))
    listed = set(manifest["files"])
    generated = {rel for rel in _snapshot(docs) if not rel.startswith((write.STAGING, write.MANIFEST))}
    # Every file the generator put there is in the manifest: it stays the generator's to rewrite or delete.
    assert generated - {"assets/briefing.css"} <= listed, sorted(generated - listed)


def test_a_failure_while_moving_leaves_whole_files_the_next_build_owns(tmp_path, monkeypatch):
    seeds, docs, old, new = _built_then_changed(tmp_path)
    monkeypatch.setattr(write.os, "replace", _failing_on(4, os.replace, OSError(5, "Input/output error (injected)")))
    with pytest.raises(OSError, match="injected"):
        build(Options(seeds=seeds, docs=docs))
    monkeypatch.undo()
    _whole(docs, old, new)
    # The seed whose page may already have been moved in changes again before the next build:
    # its page is still the generator's to rewrite, and the removed seed's page is deleted.
    (seeds / "new_story.txt").write_text(GOOD_ARTICLE.replace("trees", "ponds"), encoding="utf-8")
    result = build(Options(seeds=seeds, docs=docs))
    assert not [p for p in result.problems if "not written by briefing" in p.message], result.problems
    assert _snapshot(docs) == _snapshot(_fresh_build(seeds, tmp_path / "again"))


def _fresh_build(seeds: Path, docs: Path) -> Path:
    build(Options(seeds=seeds, docs=docs))
    return docs


def _built_then_changed(tmp_path: Path) -> tuple[Path, Path, dict, dict]:
    """(seeds, docs, the docs built, the docs a build of the changed seeds would write):
    a small corpus is built into docs, then its seeds change."""
    seeds = _small_corpus(tmp_path)
    docs = tmp_path / "docs"
    build(Options(seeds=seeds, docs=docs))
    old = _snapshot(docs)
    _change_seeds(seeds)
    return seeds, docs, old, _snapshot(_fresh_build(seeds, tmp_path / "want"))


KILL_SCRIPT = """
import os, signal, sys
from pathlib import Path
from generator import write
from generator.pipeline import Options, build
real, calls = os.replace, [0]
def replace(src, dst):
    calls[0] += 1
    if calls[0] == int(sys.argv[3]):
        os.kill(os.getpid(), signal.SIGKILL)
    return real(src, dst)
write.os.replace = replace
build(Options(seeds=Path(sys.argv[1]), docs=Path(sys.argv[2])))
"""


@pytest.mark.parametrize("kill_at", [1, 3, 7])  # on the manifest, early and late in the moves
def test_a_build_killed_mid_write_leaves_usable_docs(tmp_path, kill_at):
    seeds, docs, old, new = _built_then_changed(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-c", KILL_SCRIPT, str(seeds), str(docs), str(kill_at)], env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == -signal.SIGKILL, r.stderr
    _whole(docs, old, new)
    result = build(Options(seeds=seeds, docs=docs))
    assert not [p for p in result.problems if "not written by briefing" in p.message], result.problems
    assert _snapshot(docs) == new


def test_hand_written_pages_are_never_touched(tmp_path):
    seeds = _small_corpus(tmp_path)
    docs = tmp_path / "docs"
    (docs / "articles").mkdir(parents=True)
    mine = {"notes.md": "# My notes\n", "articles/mine.md": "# Mine\n", "articles/links.md": "# Hand-written\n"}
    for rel, text in mine.items():
        (docs / rel).write_text(text, encoding="utf-8")
    result = build(Options(seeds=seeds, docs=docs))
    assert [p.message for p in result.problems if p.message.startswith("docs/articles/links.md exists")]
    for rel, text in mine.items():
        assert (docs / rel).read_text(encoding="utf-8") == text
    (seeds / "templates.txt").unlink()
    (seeds / "links.md").unlink()
    build(Options(seeds=seeds, docs=docs))
    assert not (docs / "articles" / "templates.md").exists()  # generated earlier: removed
    for rel, text in mine.items():
        assert (docs / rel).read_text(encoding="utf-8") == text


def test_a_forged_manifest_cannot_delete_outside_docs(tmp_path):
    seeds = _small_corpus(tmp_path)
    docs = tmp_path / "site-root" / "docs"
    build(Options(seeds=seeds, docs=docs))
    victims = [tmp_path / "site-root" / "victim.txt", tmp_path / "victim2.txt"]
    for v in victims:
        v.write_text("keep me", encoding="utf-8")
    (docs / "linked").symlink_to(tmp_path, target_is_directory=True)
    data = json.loads((docs / write.MANIFEST).read_text(encoding="utf-8"))
    data["files"] += ["../victim.txt", str(victims[1]), "linked/victim2.txt", "articles/../../victim.txt"]
    data["stamp"] = "forged"
    (docs / write.MANIFEST).write_text(json.dumps(data), encoding="utf-8")
    build(Options(seeds=seeds, docs=docs))
    assert all(v.read_text(encoding="utf-8") == "keep me" for v in victims)


# ---------------------------------------------------------------------------
# Reproducible: same seeds, same bytes, whatever the listing order, time zone, locale
# ---------------------------------------------------------------------------

class _Listing:
    """``os.scandir``'s result in a shuffled order (a context manager and an iterator)."""

    def __init__(self, entries, rng: random.Random) -> None:
        self.entries = list(entries)
        rng.shuffle(self.entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def __iter__(self):
        return self

    def __next__(self):
        if not self.entries:
            raise StopIteration
        return self.entries.pop(0)

    def close(self):
        pass


def test_the_same_bytes_whatever_the_listing_order(tmp_path, monkeypatch):
    seeds = _small_corpus(tmp_path)
    want = _snapshot(_fresh_build(seeds, tmp_path / "plain"))
    real_scandir, real_iterdir, real_listdir = os.scandir, Path.iterdir, os.listdir
    for seed in (1, 2):
        rng = random.Random(seed)

        def scandir(path=".", _rng=rng):
            with real_scandir(path) as it:
                return _Listing(it, _rng)

        monkeypatch.setattr(os, "scandir", scandir)
        monkeypatch.setattr(Path, "iterdir", lambda self, _rng=rng: iter(_Listing(real_iterdir(self), _rng)))
        monkeypatch.setattr(os, "listdir", lambda path=".", _rng=rng: list(_Listing(real_listdir(path), _rng)))
        assert _snapshot(_fresh_build(seeds, tmp_path / f"shuffled-{seed}")) == want
        monkeypatch.undo()
    # The same files written into a new folder in the opposite order.
    other = tmp_path / "other" / "seeds"
    other.mkdir(parents=True)
    for f in sorted(seeds.iterdir(), reverse=True):
        if f.is_symlink():
            os.symlink(os.readlink(f), other / f.name)
        else:
            shutil.copy2(f, other / f.name)
    assert _snapshot(_fresh_build(other, tmp_path / "reversed")) == want


def test_the_same_bytes_from_the_cache(tmp_path):
    seeds = _small_corpus(tmp_path)
    want = _snapshot(_fresh_build(seeds, tmp_path / "plain"))
    cache = tmp_path / "cache"
    for i in range(2):  # filling the cache, then reading every article from it
        build(Options(seeds=seeds, docs=tmp_path / f"cached-{i}", cache=cache))
        assert _snapshot(tmp_path / f"cached-{i}") == want
    assert any(cache.rglob("*.pickle"))


def test_the_same_bytes_whatever_the_time_zone_and_locale(hostile_seeds, tmp_path):
    outs = []
    for i, (tz, lc) in enumerate((("Pacific/Kiritimati", "C"), ("UTC", "C.UTF-8"))):
        docs = tmp_path / f"docs-{i}"
        # Different string-hash seeds too: no output may depend on set or dict-of-str order.
        env = {**os.environ, "TZ": tz, "LC_ALL": lc, "LANG": lc, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": str(i + 1)}
        r = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(hostile_seeds), "--docs",
                            str(docs), "--no-cache"], env=env, capture_output=True, text=True, timeout=300)
        assert r.returncode == 1 and "could not be used" in r.stderr, r.stderr[-2000:]
        outs.append(_snapshot(docs))
    assert outs[0] == outs[1]
    assert len(outs[0]) > 20


# ---------------------------------------------------------------------------
# Sidecars that are silently ignored
# ---------------------------------------------------------------------------

def test_a_symlinked_sidecar_outside_seeds_gets_a_warning(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "ok.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    (tmp_path / "elsewhere.yml").write_text(f"title: {CANARY}\n", encoding="utf-8")
    (seeds / "ok.yml").symlink_to(tmp_path / "elsewhere.yml")
    result = build(Options(seeds=seeds, docs=tmp_path / "docs"))
    assert result.briefing.articles[0].meta.title != CANARY  # holds today: not followed
    assert any(p.source == "ok.yml" and "not followed" in p.message for p in result.problems)


def test_a_sidecar_differing_only_in_case_is_used_or_named(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "Story.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    (seeds / "story.yml").write_text("title: From the sidecar\n", encoding="utf-8")
    result = build(Options(seeds=seeds, docs=tmp_path / "docs"))
    used = result.briefing.articles[0].meta.title == "From the sidecar"
    assert used or any(p.source == "story.yml" for p in result.problems)


# ---------------------------------------------------------------------------
# File names that try to speak to the terminal
# ---------------------------------------------------------------------------

# An empty file whose name clears the screen, turns the text red and forges a line of output.
FORGED_NAME = "evil\x1b[2J\x1b[31mname\nwarning: all good.txt"


def _forging_seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "proj" / "seeds"
    seeds.mkdir(parents=True)
    (seeds / "ok.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    (seeds / FORGED_NAME).write_bytes(b"")
    return seeds


def test_the_hook_logs_file_names_without_obeying_them(tmp_path, caplog):
    from types import SimpleNamespace

    from generator import mkdocs_hooks

    seeds = _forging_seeds(tmp_path)
    config = SimpleNamespace(config_file_path=str(seeds.parent / "mkdocs.yml"), docs_dir=str(seeds.parent / "docs"))
    with caplog.at_level("INFO", logger="mkdocs.plugins.briefing"):
        mkdocs_hooks.on_pre_build(config)
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "\x1b" not in text and "\nwarning: all good" not in text
    assert "evil\\x1b[2J\\x1b[31mname\\nwarning: all good.txt: the file is empty; skipped" in text


def test_the_cli_prints_file_names_without_obeying_them(tmp_path, capsys):
    seeds = _forging_seeds(tmp_path)
    main(["build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"), "--no-cache"])
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\nwarning: all good" not in err


def test_a_line_of_only_punctuation_is_not_a_subheading(hostile_build):
    _, result = hostile_build
    art = next(a for a in result.briefing.articles if a.source == "markdown_structure.txt")
    odd = [b.text for b in art.blocks if not re.search(r"\w", b.text)]
    assert odd == []
