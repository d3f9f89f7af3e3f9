"""The site: `mkdocs build` works on its own, `--strict` fails on the seeds' warnings as
`briefing build --strict` does, and builds are reproducible."""
from __future__ import annotations

import pytest
from conftest import build_site, make_project, mkdocs

# MkDocs stamps the build date into the sitemap; nothing else may differ between builds.
STAMPED = {"sitemap.xml", "sitemap.xml.gz"}


def _files(root):
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_mkdocs_build_generates_and_builds_the_site(tmp_path):
    proj = make_project(tmp_path)
    build_site(proj)
    site = proj / "site"
    for page in ("index.html", "timeline/index.html", "summary/index.html", "method/index.html",
                 "articles/index.html", "briefing.json", "search/search_index.json"):
        assert (site / page).is_file(), page
    articles = list((site / "articles").glob("*/index.html"))
    assert len(articles) == 5
    # Search finds articles by their text, not by the debris listed at the end of each page.
    import json

    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    assert not [d["location"] for d in index if d["location"].endswith("#made")]
    removed = json.loads((proj / "docs" / "briefing.json").read_text(encoding="utf-8"))["articles"][0]["removed"]
    assert removed and all(r["text"] not in d["text"] for r in removed for d in index
                           if d["location"].startswith("articles/"))
    first = _files(proj / "docs")
    first_site = _files(site)
    build_site(proj)
    assert _files(proj / "docs") == first
    second_site = _files(site)
    assert sorted(first_site) == sorted(second_site)
    assert [n for n in first_site if n not in STAMPED and first_site[n] != second_site[n]] == []


@pytest.mark.slow
def test_articles_are_not_in_the_sidebar_nav(tmp_path):
    proj = make_project(tmp_path)
    assert mkdocs(proj, "build").returncode == 0
    home = (proj / "site" / "index.html").read_text(encoding="utf-8")
    nav = home.split('class="md-nav md-nav--primary', 1)[1].split("</nav>", 1)[0]
    assert "articles/000" not in nav
    assert "articles/000" in home  # but the home page links every article


@pytest.mark.slow
def test_strict_builds_fail_on_a_seed_warning_and_pass_without_one(tmp_path):
    """`mkdocs build --strict` and `briefing build --strict` agree: a seed that raises a
    warning fails both; the same folder without it passes both."""
    from generator.cli import main

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "clean.txt").write_text(
        "Regulator to review telecom merger\n\nPublished: 12 September 2019\n\nBy Jane Doe\n\n"
        "The regulator said on Tuesday that it would review the merger, which has drawn criticism from consumer "
        "groups and rival companies across the region.\n\nOfficials at the ministry told reporters that the review "
        "could take several months.\n", encoding="utf-8")
    (seeds / "broken.yml").write_text("title: [unclosed\n", encoding="utf-8")
    (seeds / "broken.txt").write_text((seeds / "clean.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "with").mkdir()
    proj = make_project(tmp_path / "with", seeds=seeds)
    r = mkdocs(proj, "build", "--strict")
    assert r.returncode != 0 and "briefing: broken" in r.stderr, r.stderr[-2000:]
    assert main(["build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs1"), "--no-cache", "--strict"]) == 1
    (seeds / "broken.yml").unlink()
    (seeds / "broken.txt").unlink()
    (tmp_path / "without").mkdir()
    proj = make_project(tmp_path / "without", seeds=seeds)
    r = mkdocs(proj, "build", "--strict")
    assert r.returncode == 0, r.stderr[-2000:]
    assert main(["build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs2"), "--no-cache", "--strict"]) == 0
