"""The built site in a real browser (Debian's Chromium driven by Playwright).

One build of the seeds (online and offline copies), one web server on 127.0.0.1, one
browser for the whole file; each test opens its own context and records every request.
The README's screenshots are made by ``./scripts/screenshots`` (tests/screenshots.py).
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from browser_helpers import CHROMIUM, CHROMIUM_ARGS, Traffic, axe_violations, free_port, record, serve_directory
from conftest import ROOT, make_project, need, site_warnings
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright
from screenshots import shoot

DESKTOP = {"width": 1280, "height": 860}
LAPTOP = {"width": 1280, "height": 800}  # the first screen the summary's brief must fit in
PHONE = {"width": 375, "height": 740}
SCHEMES = ("light", "dark")
# The seeds' summary page at 1280 px before issue 20 (the brief, short labels, folded boxes
# only where sources differ): 9,980 px tall (measured in Chromium, 1280x800, light). It
# must stay at most half of that.
SUMMARY_HEIGHT_BEFORE = 9980
MAIN_PAGES = ("", "timeline/", "summary/", "articles/", "method/")
# A word worth searching for: letters only, long enough not to be a stop word.
WORD = re.compile(r"\b[a-z]{8,}\b")


def _env() -> dict[str, str]:
    """The environment for a MkDocs subprocess: this checkout's generator comes first."""
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": path}


def _build(proj: Path, *args: str) -> None:
    r = subprocess.run([sys.executable, "-m", "mkdocs", "build", *args], cwd=proj, env=_env(),
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and not site_warnings(r.stderr), r.stderr  # the seeds' own warnings aside


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """The seeds built once into a temporary project: site/ and the offline site-offline/."""
    proj = make_project(tmp_path_factory.mktemp("browser"))
    shutil.copy(ROOT / "mkdocs-offline.yml", proj / "mkdocs-offline.yml")
    _build(proj)
    _build(proj, "--config-file", "mkdocs-offline.yml")
    return proj


@pytest.fixture(scope="module")
def export(project) -> dict:
    return json.loads((project / "docs" / "briefing.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def base_url(project):
    with serve_directory(project / "site") as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    need(CHROMIUM.exists(), f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def open_context(browser):
    """Factory for recorded browser contexts; every context is closed after the test."""
    made = []

    def make(**kwargs):
        traffic = Traffic()
        ctx = browser.new_context(**{"viewport": DESKTOP, **kwargs})
        ctx.set_default_timeout(10_000)
        record(ctx, traffic)
        made.append(ctx)
        return ctx.new_page(), traffic

    yield make
    for ctx in made:
        ctx.close()


def _article_urls(export: dict) -> list[str]:
    return [f"articles/{a['id']}/" for a in export["articles"]]


def _search_word(export: dict) -> tuple[str, str]:
    """(word, article id): a word found in exactly one article's body, and that article."""
    seen: dict[str, set[str]] = {}
    for a in export["articles"]:
        for w in set(WORD.findall(a["body"].lower())):
            seen.setdefault(w, set()).add(a["id"])
    only = sorted((w, ids.pop()) for w, ids in seen.items() if len(ids) == 1)
    assert only, "no article has a word of its own to search for"
    return only[len(only) // 2]


def _h1(page) -> str:
    """The page's headline without its permalink sign."""
    return page.locator("article h1").first.inner_text().rstrip("¶").strip()


def _no_horizontal_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


@pytest.mark.browser
def test_home_article_timeline_summary_by_clicking(open_context, base_url, export):
    page, traffic = open_context()
    page.goto(base_url)
    assert _h1(page) == "Briefing"
    rows = page.locator(".briefing-sortable table tbody tr")
    assert rows.count() == min(len(export["articles"]), 50)
    tabs = [t.strip() for t in page.locator(".md-tabs__link").all_inner_texts()]
    assert tabs == ["Home", "Timeline", "Summary", "Articles", "Method"]

    rows.first.locator("a").click()
    page.wait_for_url(re.compile(r"/articles/[^/]+/$"))
    assert page.locator("article h1").count() == 1
    assert page.locator("article p[id='p-1'], article h2[id='p-1']").count() == 1

    page.locator(".md-tabs__link", has_text="Timeline").click()
    page.wait_for_url(re.compile(r"/timeline/$"))
    assert _h1(page) == "Timeline"
    for chart in page.locator("article svg[role='img']").all():  # drawn, not collapsed to 0 px
        box = chart.bounding_box()
        assert box is not None and box["width"] > 100 and box["height"] > 50, box
    assert page.locator("article li").count() >= len([a for a in export["articles"] if a["date"]])
    # The page leads with the key dates: the first section, above the chart, one item per key event
    assert page.locator("article h2").first.inner_text().strip().startswith("Key dates")
    key_items = page.locator("article h2#key-dates + p + ul > li")
    assert key_items.count() == sum(1 for e in export["events"] if e["key"]) > 0
    chart = page.locator("article svg[role='img']").first
    assert key_items.first.bounding_box()["y"] < chart.bounding_box()["y"]

    page.locator(".md-tabs__link", has_text="Summary").click()
    page.wait_for_url(re.compile(r"/summary/$"))
    assert _h1(page) == "Summary"
    assert page.locator("article h2").first.get_attribute("id") == "brief"
    assert page.locator("article a[href*='#p-']").count() > 0

    page.locator(".md-tabs__link", has_text="Articles").click()
    page.wait_for_url(re.compile(r"/articles/$"))
    assert page.locator(".briefing-sortable table tbody tr").count() == len(export["articles"])
    assert traffic.problems() == {}


@pytest.mark.browser
def test_sources_table_sorts_by_a_column(open_context, base_url):
    page, _ = open_context()
    page.goto(base_url)
    header = page.locator(".briefing-sortable table thead th", has_text="Outlet")

    def outlets() -> list[str]:
        return page.locator(".briefing-sortable table tbody tr td:first-child").all_inner_texts()

    header.click()
    assert header.get_attribute("aria-sort") == "ascending"
    assert outlets() == sorted(outlets(), key=str.casefold)
    header.press("Enter")  # reachable from the keyboard too
    assert header.get_attribute("aria-sort") == "descending"
    assert outlets() == sorted(outlets(), key=str.casefold, reverse=True)


@pytest.mark.browser
def test_search_finds_an_article_by_a_word_of_its_body(open_context, base_url, export):
    word, article = _search_word(export)
    page, traffic = open_context()
    page.goto(base_url)
    _search(page, word, f".md-search-result__link[href*='articles/{article}/']").click()
    page.wait_for_url(re.compile(rf"/articles/{re.escape(article)}/"))
    assert word in page.locator("article").inner_text().lower()
    # search.highlight: a result link carries the words it matched (?h=...), marked on arrival.
    page.goto(f"{base_url}articles/{article}/?h={word}")
    assert word in page.locator("article mark[data-md-highlight]").first.inner_text().lower()
    assert traffic.problems() == {}


def _search(page, word: str, result: str):
    """Type ``word`` into the search box until the result link ``result`` shows; return it.

    Material reads the query on keyup (typed keys, not ``fill``), and a query typed
    before its search worker has loaded the index is dropped: so type again until the
    result shows, for at most 15 s.
    """
    box = page.locator(".md-search__input")
    hit = page.locator(result).first
    for _ in range(10):
        box.click()
        box.fill("")
        page.keyboard.type(word)
        try:
            hit.wait_for(timeout=1_500)
            return hit
        except PlaywrightTimeout:
            continue
    raise AssertionError(f"search for {word!r} never showed {result}")


def _scheme(page) -> str:
    return page.evaluate("document.body.getAttribute('data-md-color-scheme')")


def _background(page) -> str:
    return page.evaluate("getComputedStyle(document.body).backgroundColor")


@pytest.mark.browser
def test_colour_scheme_follows_the_system_and_the_toggle_switches_it(open_context, base_url):
    dark, _ = open_context(color_scheme="dark")
    dark.goto(base_url)
    assert _scheme(dark) == "slate"

    page, _ = open_context(color_scheme="light")
    page.goto(base_url)
    assert _scheme(page) == "default"
    light_bg = _background(page)
    toggle = page.locator("form[data-md-component='palette'] label.md-header__button:visible")
    toggle.first.click()  # auto -> light
    assert _scheme(page) == "default"
    toggle.first.click()  # light -> dark
    assert _scheme(page) == "slate"
    assert _background(page) != light_bg


@pytest.mark.browser
def test_no_console_error_failed_request_or_request_off_this_machine(open_context, base_url, export):
    page, traffic = open_context()
    for path in (*MAIN_PAGES, *_article_urls(export), "404.html"):
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
    traffic.bad_status = [u for u in traffic.bad_status if not u.endswith("/404.html (404)")]
    assert len(traffic.requests) > len(MAIN_PAGES)
    assert traffic.problems() == {}


@pytest.mark.browser
def test_a_summary_citation_lands_on_the_cited_paragraph(open_context, base_url):
    page, _ = open_context()
    page.goto(base_url + "summary/")
    link = page.locator("article a[href*='#p-']").first
    fragment = link.get_attribute("href").split("#", 1)[1]
    link.click()
    page.wait_for_url(re.compile(rf"#{fragment}$"))
    target = page.locator(f"[id='{fragment}']")
    assert page.evaluate("document.querySelector(':target').id") == fragment
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < DESKTOP["height"]
    # The cited paragraph stands out, and offers its own link for copying.
    assert target.evaluate("e => getComputedStyle(e).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
    if target.evaluate("e => e.tagName") == "P":
        assert target.locator("a.briefing-anchor").get_attribute("href") == f"#{fragment}"


# Tables and charts wider than the screen, or scrolling sideways inside their frame.
TOO_WIDE = """() => [...document.querySelectorAll('article table, article figure, article svg[role=img]')]
    .filter(e => e.checkVisibility())
    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 || e.scrollWidth > e.clientWidth + 1
                 || (e.closest('.md-typeset__scrollwrap') || e).scrollWidth > (e.closest('.md-typeset__scrollwrap') || e).clientWidth + 1)
    .map(e => e.tagName + ' ' + Math.round(e.getBoundingClientRect().width) + 'px')"""
# Cells a reader cannot see without scrolling sideways.
HIDDEN_CELLS = """() => [...document.querySelectorAll('article td')].filter(td => td.checkVisibility() && td.textContent.trim())
    .filter(td => td.getBoundingClientRect().right > window.innerWidth + 1).length"""


@pytest.mark.browser
def test_phone_viewport_has_no_horizontal_scrolling(open_context, base_url, export):
    """At 375 px no page scrolls sideways, and no table or chart is wider than the screen or
    scrolls inside its frame: tables stack, every cell in view."""
    page, traffic = open_context(viewport=PHONE, is_mobile=True, has_touch=True)
    wide = {}
    for path in (*MAIN_PAGES, *_article_urls(export)):
        page.goto(base_url + path)
        found = page.evaluate(TOO_WIDE)
        hidden = page.evaluate(HIDDEN_CELLS)
        if not _no_horizontal_scroll(page) or found or hidden:
            wide[path] = (found, hidden)
    assert wide == {}
    # The home page's table keeps every column: each row shows its headline, on screen.
    page.goto(base_url)
    headline = page.locator(".briefing-sortable tbody tr").first.locator("td").nth(2)
    assert headline.is_visible() and headline.bounding_box()["x"] + headline.bounding_box()["width"] <= PHONE["width"]
    assert traffic.problems() == {}


@pytest.mark.browser
def test_phone_timeline_shows_every_event_as_a_list(open_context, base_url, export):
    """On a phone the chart (which would need sideways scrolling) gives way to the list:
    every event's entry is on the page, none wider than the screen."""
    page, _ = open_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page.goto(base_url + "timeline/")
    assert not page.locator("figure.tl-figure").first.is_visible()
    text = page.inner_text("article")
    missing = [e["date"] for e in export["events"] if e["label"][:40] not in " ".join(text.split())]
    assert missing == [] and _no_horizontal_scroll(page)


# Whether each closed <details>' content is rendered (closed ones are not, on screen).
DETAILS_SHOWN = """() => [...document.querySelectorAll('article details:not([open]) > :not(summary)')]
                        .map(e => e.checkVisibility())"""


@pytest.mark.browser
def test_print_has_no_navigation_chrome_and_opens_details(open_context, base_url):
    page, _ = open_context()
    for path in ("summary/", "timeline/"):
        page.goto(base_url + path)
        page.emulate_media(media="print")
        for chrome in (".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer"):
            assert not page.locator(chrome).first.is_visible(), (path, chrome)
        assert all(page.evaluate(DETAILS_SHOWN)), path
        page.emulate_media(media="screen")
    assert len(page.pdf()) > 1000  # Chromium prints the page


@pytest.mark.browser
def test_axe_finds_no_serious_violation(open_context, base_url, export):
    """Every kind of page, on a laptop and on a phone, in the light and the dark scheme."""
    found = {}
    for scheme in SCHEMES:
        for viewport in (LAPTOP, PHONE):
            phone = viewport is PHONE
            page, traffic = open_context(color_scheme=scheme, viewport=viewport, is_mobile=phone, has_touch=phone)
            for path in (*MAIN_PAGES, _article_urls(export)[0]):
                page.goto(base_url + path)
                violations = axe_violations(page)
                if violations:
                    found[f"{scheme} {viewport['width']} /{path}"] = violations
            assert traffic.problems() == {}, (scheme, viewport)
    assert found == {}


@pytest.mark.browser
def test_the_summary_opens_with_the_brief_in_the_first_screen(open_context, base_url):
    """At 1280x800 the brief (what happened, who, what the sources agree on, where they
    differ) is the first section and ends within the first screen; every line of it links
    to where it comes from; the whole page is at most half its height before issue 20."""
    for scheme in SCHEMES:
        page, traffic = open_context(viewport=LAPTOP, color_scheme=scheme)
        page.goto(base_url + "summary/")
        assert page.locator("article h2").first.get_attribute("id") == "brief"
        brief = page.locator("article h2#brief + ul")
        box = brief.bounding_box()
        assert box is not None and box["y"] + box["height"] <= LAPTOP["height"], box
        items = brief.locator(":scope > li")
        texts = [t.split(":")[0].strip() for t in items.all_inner_texts()]
        assert [t for t in texts if t.startswith(("What happened", "Who", "Agreed", "Where they differ"))] == texts
        assert len(texts) >= 3
        for i in range(items.count()):
            assert items.nth(i).locator("a").count() > 0, texts[i]
        assert items.first.locator("a[href*='#p-']").count() == 1  # what happened: a source's sentence
        height = page.evaluate("document.documentElement.scrollHeight")
        assert height <= SUMMARY_HEIGHT_BEFORE / 2, height
        assert traffic.problems() == {}


@pytest.mark.browser
def test_source_labels_are_short_with_the_headline_on_hover(open_context, base_url, export):
    page, _ = open_context(viewport=LAPTOP)
    page.goto(base_url + "summary/")
    titles = {(a["title"] or a["source"])[:40] for a in export["articles"]}
    links = page.locator("article a[href*='/articles/'][title]")
    assert links.count() > 10
    for text, title in page.evaluate("""() => [...document.querySelectorAll("article a[href*='/articles/'][title]")]
                                           .map(a => [a.textContent, a.title])"""):
        assert len(text) <= 45 or text == title, text  # an outlet's name (or "unknown outlet · file")
        assert any(title.startswith(t[:30]) for t in titles), title
    # One legend: each source once, with its headline, at the end of the page.
    legend = page.locator("article h2#sources + p + ul > li")
    assert legend.count() == len(export["articles"])


@pytest.mark.browser
def test_timeline_chart_labels_are_readable_and_ticks_fill_a_busy_year(open_context, base_url):
    page, _ = open_context(viewport=LAPTOP)
    page.goto(base_url + "timeline/")
    sizes = page.evaluate("""() => [...document.querySelectorAll('.tl-svg text')]
        .map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a)""")
    assert sizes and min(sizes) >= 12, sizes
    ticks = page.evaluate("() => [...document.querySelectorAll('.tl-svg .tl-tick')].map(t => t.textContent)")
    assert any(t in ("Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov") for t in ticks), ticks


@pytest.mark.browser
def test_searching_an_outlet_s_name_finds_its_article_first(open_context, base_url, export):
    outlets = {a["publisher"]: a["id"] for a in export["articles"] if a["publisher"]}
    assert outlets
    page, traffic = open_context()
    page.goto(base_url)
    for name, article in outlets.items():
        _search(page, name, ".md-search-result__item")
        page.wait_for_timeout(300)  # results for the whole name, not its first letters
        first = page.locator(".md-search-result__item > .md-search-result__link").first.get_attribute("href")
        assert f"articles/{article}/" in first, (name, first)
    assert traffic.problems() == {}


@pytest.mark.browser
def test_offline_copy_opened_from_the_file_system_searches(open_context, project, export):
    word, article = _search_word(export)
    page, traffic = open_context()
    page.goto((project / "site-offline" / "index.html").as_uri())
    assert _h1(page) == "Briefing"
    page.locator(".md-tabs__link", has_text="Timeline").click()
    page.wait_for_url(re.compile(r"/timeline\.html$"))
    assert _h1(page) == "Timeline"
    _search(page, word, f".md-search-result__link[href*='articles/{article}.html']").click()
    page.wait_for_url(re.compile(rf"/articles/{re.escape(article)}\.html"))
    assert word in page.locator("article").inner_text().lower()
    assert all(u.startswith(("file:", "data:", "blob:", "about:")) for u in traffic.requests)
    assert traffic.problems() == {}


@pytest.mark.browser
def test_screenshots(browser, base_url, project, tmp_path):
    """The README's screenshots can be made (./scripts/screenshots writes them to screenshots/)."""
    made = shoot(browser, base_url, project / "docs", tmp_path)
    assert len(made) == 8 and all(p.stat().st_size > 10_000 for p in made)


# --- mkdocs serve: live preview without a rebuild loop -------------------------------------

BUILT = re.compile(r"Documentation built in")  # one line per (re)build in MkDocs' log


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as r:
        return r.read().decode("utf-8")


def _is_plain_utf8(data: bytes) -> bool:
    """True for UTF-8 without a BOM: a file that text can be appended to as UTF-8."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not data.startswith(b"\xef\xbb\xbf")


def _wait_for(predicate, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            if predicate():
                return True
        except OSError:
            pass
        time.sleep(0.2)
    return False


@pytest.mark.slow
def test_mkdocs_serve_picks_up_an_edited_seed_and_settles(tmp_path):
    proj = make_project(tmp_path)
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                                cwd=proj, env=_env(), stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}/"
        assert _wait_for(lambda: "Briefing" in _get(url), 60), log.read_text()
        seed = next(p for p in sorted((proj / "seeds").glob("*.txt")) if _is_plain_utf8(p.read_bytes()))
        export = json.loads((proj / "docs" / "briefing.json").read_text(encoding="utf-8"))
        page = next(f"{url}articles/{a['id']}/" for a in export["articles"] if a["source"] == seed.name)
        before = len(BUILT.findall(log.read_text()))
        marker = "Quillwort inspectors counted the lanterns on the harbour wall twice."
        seed.write_text(seed.read_text(encoding="utf-8") + f"\n\n{marker}\n", encoding="utf-8")
        assert _wait_for(lambda: "Quillwort" in _get(page), 60), log.read_text()
        time.sleep(4)  # a rebuild loop would show up here as more builds
        builds = len(BUILT.findall(log.read_text())) - before
        assert 1 <= builds <= 2, log.read_text()
        assert "Quillwort" in _get(page)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
