"""Plumbing for the browser tests: a local web server, Chromium, a request log, axe."""
from __future__ import annotations

import functools
import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

CHROMIUM = Path("/usr/bin/chromium")  # Debian's package; never `playwright install`
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
AXE_JS = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}

# Serious axe findings in Material's own markup that the site accepts, as
# (rule id, CSS selector fragment of the node) -> why. Empty: stock Material 9.8.1 has
# three (NOTES.md) and the site fixes each instead of accepting it:
#   color-contrast on .md-tabs__link (4.28:1) and .md-copyright -> briefing.css, full opacity;
#   aria-dialog-name on .md-search (role=dialog, no name) -> briefing.js names it "Search".
# Our own pages had one more, link-in-text-block (citations told apart by colour only):
# briefing.css underlines links in running text.
AXE_ALLOWLIST: dict[tuple[str, str], str] = {}
SERIOUS = ("serious", "critical")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib's name
        pass


@contextmanager
def serve_directory(root: Path) -> Iterator[str]:
    """Serve ``root`` on 127.0.0.1 from a background thread; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def is_local(url: str) -> bool:
    """True for requests that stay on this machine: localhost, file://, data:, blob:, about:."""
    parts = urlsplit(url)
    if parts.scheme in ("file", "data", "blob", "about"):
        return True
    return parts.hostname in LOCAL_HOSTS


@dataclass
class Traffic:
    """Everything one browser context asked for, and everything that went wrong."""

    requests: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    bad_status: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def outside(self) -> list[str]:
        return [u for u in self.requests if not is_local(u)]

    def problems(self) -> dict[str, list[str]]:
        """Every recorded problem by kind; empty when the pages behaved."""
        found = {"left localhost": self.outside(), "failed": self.failed, "HTTP error": self.bad_status,
                 "console error": self.console_errors, "page error": self.page_errors}
        return {k: v for k, v in found.items() if v}


def record(context, traffic: Traffic) -> None:
    """Log every request of ``context`` into ``traffic``; block any that would leave the machine."""

    def route(r) -> None:
        traffic.requests.append(r.request.url)
        if is_local(r.request.url):
            r.continue_()
        else:
            r.abort()

    def on_page(page) -> None:
        page.on("console", lambda m: traffic.console_errors.append(f"{page.url}: {m.text}")
                if m.type == "error" else None)
        page.on("pageerror", lambda e: traffic.page_errors.append(f"{page.url}: {e}"))

    context.route("**/*", route)
    # net::ERR_ABORTED is the browser cancelling a request because the page navigated away
    # (a favicon still loading when a link is clicked): not a failure of the site.
    context.on("requestfailed", lambda r: traffic.failed.append(f"{r.url} ({r.failure})")
               if "ERR_ABORTED" not in (r.failure or "") else None)
    context.on("response", lambda r: traffic.bad_status.append(f"{r.url} ({r.status})") if r.status >= 400 else None)
    context.on("page", on_page)


def axe_violations(page) -> list[dict]:
    """Serious or critical axe-core findings on the page, minus the allowlist."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE_JS.read_text(encoding="utf-8"))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    found = []
    for v in result["violations"]:
        if v["impact"] not in SERIOUS:
            continue
        nodes = [n for n in v["nodes"] if not _allowed(v["id"], n["target"])]
        if nodes:
            found.append({"id": v["id"], "impact": v["impact"], "help": v["help"],
                          "nodes": [json.dumps(n["target"]) for n in nodes]})
    return found


def _allowed(rule: str, target: list) -> bool:
    selector = json.dumps(target)
    return any(rule == r and fragment in selector for r, fragment in AXE_ALLOWLIST)
