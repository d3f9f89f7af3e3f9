"""The README's screenshots: home, summary, timeline and an article, at 1280 and 375 px.

    ./scripts/screenshots            # builds the seeds' site, then writes screenshots/*.png

Playwright drives Debian's Chromium (/usr/bin/chromium); the site is served on
127.0.0.1 from a temporary folder, nothing leaves the machine. The PNGs live in the
top-level screenshots/ folder, outside docs/, so they are not part of the site.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from browser_helpers import CHROMIUM, CHROMIUM_ARGS, serve_directory  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "screenshots"
WIDTHS = {1280: {"width": 1280, "height": 800}, 375: {"width": 375, "height": 740}}


def pages(docs: Path) -> dict[str, str]:
    """name -> path in the site: the main pages and the first article of briefing.json."""
    first = json.loads((docs / "briefing.json").read_text(encoding="utf-8"))["articles"][0]["id"]
    return {"home": "", "summary": "summary/", "timeline": "timeline/", "article": f"articles/{first}/"}


def shoot(browser, base_url: str, docs: Path, out: Path) -> list[Path]:
    """One first-screen PNG per page and width into ``out``, in the light scheme."""
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for width, viewport in WIDTHS.items():
        ctx = browser.new_context(viewport=viewport, color_scheme="light", is_mobile=width < 500,
                                  has_touch=width < 500)
        page = ctx.new_page()
        for name, path in pages(docs).items():
            page.goto(base_url + path)
            page.wait_for_load_state("networkidle")
            target = out / f"{name}-{width}.png"
            page.screenshot(path=str(target))
            made.append(target)
        ctx.close()
    return made


def main() -> int:
    from playwright.sync_api import sync_playwright

    if not (ROOT / "site" / "index.html").is_file():
        print("screenshots: build the site first (./scripts/build)", file=sys.stderr)
        return 2
    with serve_directory(ROOT / "site") as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for path in shoot(browser, url, ROOT / "docs", OUT):
            print(path.relative_to(ROOT))
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
