"""A real browser loads every page of the hostile site and nothing from a seed runs.

Headless Chromium (Debian's, through Playwright; never ``playwright install``) opens
each page served on 127.0.0.1 with canaries armed: a dialog (``alert``), a console
message, the ``window.__pwned`` marker the payloads set, a request for the ``x``/``y``
images the ``onerror`` payloads name, and any request leaving 127.0.0.1. Skipped when
Chromium or Playwright is missing (a failure under CI=true).
"""
from __future__ import annotations

import functools
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import need
from test_hostile import build_hostile_site, make_hostile_seeds

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
# Console text a payload would print (the corpus logs "PWNED"; the others set window.__pwned).
CONSOLE_CANARY = "PWNED"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # no request log on the test output
        pass


@pytest.fixture(scope="module")
def served_site(tmp_path_factory):
    """The hostile site built by MkDocs and served on 127.0.0.1: (base URL, site folder)."""
    base = tmp_path_factory.mktemp("browser")
    seeds = make_hostile_seeds(base / "seeds", base / "outside", big=False)
    proj = build_hostile_site(base / "build", seeds)
    site = proj / "site"
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", site
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser():
    need(CHROMIUM.exists() or shutil.which("chromium") is not None, "Chromium is not installed (/usr/bin/chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need(False, "playwright (Python) is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM) if CHROMIUM.exists() else shutil.which("chromium"),
                              args=ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


class Canaries:
    """What fired while pages were open."""

    def __init__(self) -> None:
        self.dialogs: list[str] = []
        self.console: list[str] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.foreign: list[str] = []

    def watch(self, context, page) -> None:
        def on_dialog(dialog) -> None:
            self.dialogs.append(f"{dialog.type}: {dialog.message}")
            dialog.dismiss()

        def on_request(request) -> None:
            # Recorded, not intercepted (interception costs a round trip per request);
            # the test machine has no network, so a foreign request fails on its own.
            url = request.url
            self.requests.append(url)
            if url.startswith(("http://", "https://")) and urlsplit(url).hostname != "127.0.0.1":
                self.foreign.append(url)

        page.on("dialog", on_dialog)
        page.on("console", lambda msg: self.console.append(msg.text))
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        context.on("request", on_request)


def _pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


@pytest.mark.browser
@pytest.mark.slow
def test_no_payload_fires_on_any_page(served_site, browser):
    url, site = served_site
    pages = _pages(site)
    assert len(pages) > 20
    context = browser.new_context()
    page = context.new_page()
    seen = Canaries()
    seen.watch(context, page)
    for rel in pages:
        page.goto(url + rel, wait_until="load")
        # Hover over the page and tab through it: mouse and focus handlers get their chance too.
        for x, y in ((200, 150), (700, 500)):
            page.mouse.move(x, y)
        for _ in range(3):
            page.keyboard.press("Tab")
        assert page.evaluate("typeof window.__pwned") == "undefined", rel
    context.close()
    assert seen.dialogs == []
    assert seen.errors == []  # e.g. a heading that took the id of Material's JSON config
    assert [m for m in seen.console if CONSOLE_CANARY in m] == []
    assert seen.foreign == []
    # An <img src=x onerror=...> that became an element would have requested x or y.
    assert [r for r in seen.requests if urlsplit(r).path.rsplit("/", 1)[-1] in ("x", "y")] == []
    assert [r for r in seen.requests if r.startswith(("javascript:", "data:text/html"))] == []


# The payloads as they would be if one got through: the control that shows the canaries work.
LIVE_PAYLOADS = ('<html><body><img src=x onerror="window.__pwned=1"><script>console.log("PWNED")</script>'
                 "<script>alert(1)</script></body></html>")


@pytest.mark.browser
def test_the_canaries_fire_on_a_live_payload(served_site, browser):
    url, _ = served_site
    context = browser.new_context()
    page = context.new_page()
    seen = Canaries()
    seen.watch(context, page)
    page.route(url + "__control.html", lambda route: route.fulfill(body=LIVE_PAYLOADS, content_type="text/html"))
    page.goto(url + "__control.html", wait_until="load")
    page.wait_for_function("window.__pwned === 1", timeout=5000)
    context.close()
    assert seen.dialogs == ["alert: 1"]
    assert any(CONSOLE_CANARY in m for m in seen.console)
    assert any(urlsplit(r).path.endswith("/x") for r in seen.requests)


@pytest.mark.browser
@pytest.mark.slow
def test_search_results_with_hostile_titles_stay_inert(served_site, browser):
    url, _ = served_site
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    seen = Canaries()
    seen.watch(context, page)
    page.goto(url, wait_until="load")
    box = page.locator("input.md-search__input")
    box.click()
    # The search worker loads its index in the background: wait until it says it is ready.
    page.wait_for_function("() => !/Initializing/i.test(document.querySelector('.md-search-result__meta')"
                           "?.textContent || 'Initializing')", timeout=30_000)
    for query in ("pool", "script", "onerror", "config", "ferry"):
        for _ in range(10):
            box.click()
            box.fill("")
            page.keyboard.type(query, delay=20)  # key events, as Material listens for them
            try:
                page.wait_for_selector(".md-search-result__item", timeout=3_000)
                break
            except Exception:  # noqa: BLE001 - retype: a key event can be lost while the worker is busy
                continue
        assert page.locator(".md-search-result__item").count(), query
        assert page.evaluate("typeof window.__pwned") == "undefined", query
    results = page.inner_text(".md-search-result")
    context.close()
    assert "ferry" in results.lower()
    assert seen.dialogs == [] and [m for m in seen.console if CONSOLE_CANARY in m] == [] and seen.foreign == []
