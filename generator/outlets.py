"""Which outlet published a page: every line that names one, weighed by a fixed precedence.

Part of the ``metadata`` stage. Sources, most reliable first, each filling only what is
still blank: what the page declares about itself (front-matter, ``<meta>``); lines
that name the outlet outright (a copyright line, "Source: X", the masthead above the
headline or its logo, "Subscribe to X", "Your X account", an outlet after a byline's
name); the wire credit of a dateline, byline or closing line ("(Reuters)", "— AP");
the outlet's name after the headline ("Headline | Reuters"). Where the explicit lines
disagree, the name the page repeats most wins. A site carrying a wire agency's story
is the outlet, ``via`` the agency. Names are written as the page writes them where it
writes them in mixed case, without a legal suffix the page also leaves off, and never
as a generic phrase ("All rights reserved").
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .lines import (
    AGENCIES,
    CLOSING_CREDIT,
    NOT_NAME,
    OUTLET_WORDS,
    TITLE_SITE_SUFFIX,
    LineInfo,
    masthead,
    outlet_credit,
    outlet_staff,
    section_label,
)
from .models import Block, Removed

# Outlet names inside debris: copyright lines, account notices, newsletter pitches.
COPYRIGHT_OWNER = re.compile(r"(?:(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:the\s+)?(?P<name>[A-Z][\w&'’. -]{1,60}?)\s*(?:[,.|]|\b[Aa]ll [Rr]ights\b|ALL RIGHTS|$)")
YOUR_ACCOUNT = re.compile(r"\b[Yy]our\s+(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+account\b")
SUBSCRIBE_TO = re.compile(r"\b[Ss]ubscribe\s+to\s+(?:the\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}?)(?:['’]s)?"
                          r"(?:\s+(?:[Nn]ewsletters?|[Ee]-?mails?|[Dd]igest)\b|\s*$|\s*[.!,]|\s+(?:for|to|and|today|now)\b)")
SIGN_UP_TO = re.compile(r"\b[Ss]ign\s+[Uu]p\s+(?:to|for)\s+(?:the\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})[\w\s]{0,30}?\s(?:e-?mails?|newsletters?)\b")
# The outlet speaking of itself: "Follow the Harbour Gazette on Twitter", "Download the
# Harbour Gazette app", "Harbour Gazette is now on WhatsApp", "The Harbour Gazette is not
# responsible for the content of external sites".
_NAME = r"(?:the\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|&)){0,4}?)"
FOLLOW_ON = re.compile(r"\b[Ff]ollow\s+" + _NAME + r"\s+on\s+(?:Twitter|Facebook|Instagram|LinkedIn|YouTube|TikTok|"
                       r"Telegram|WhatsApp|Threads|Google News|X\b)")
APP = re.compile(r"\b(?:[Dd]ownload|[Gg]et|[Ii]nstall)\s+" + _NAME + r"(?:['’]s)?\s+(?:news\s+)?app\b")
ON_CHANNEL = re.compile(r"^" + _NAME + r"\s+is\s+(?:now\s+)?(?:also\s+)?on\s+(?:WhatsApp|Telegram|Google News|"
                        r"Instagram|Threads)\b")
# "Discover more from LN247" (a blog platform's subscribe box), "Read more on
# dailyrecord.co.uk", "... updates from The Independent" in a newsletter box.
DISCOVER_MORE = re.compile(r"^Discover more from\s+" + _NAME + r"\s*$")
READ_MORE_ON = re.compile(r"^(?:Read (?:more|the full (?:story|article))|Continue reading) (?:on|at)\s+"
                          r"(?:the\s+)?(?P<name>[\w-]+(?:\.[\w-]+)+|[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s*\.?$")
UPDATES_FROM = re.compile(r"\b(?:offers|news|updates|emails)(?:,\s*\w+)*\s+(?:and\s+\w+\s+)?from\s+" + _NAME + r"[.,]")
# An author bio naming the outlet the author works for: "Jane Doe is a senior reporter at
# the Harbour Gazette", "... is the Harbour Gazette's business correspondent", "Jane Doe
# covers courts for Harbour247".
BIO_OUTLETS = (
    re.compile(r"\b(?:reporter|correspondent|editor|writer|columnist|journalist|producer|contributor)\s+(?:at|for|with)"
               r"\s+" + _NAME + r"(?![\w'’]|\s+[A-Z])"),
    re.compile(r"\bis\s+(?:the\s+)?" + _NAME + r"['’]s\s+(?:[a-z]+\s+){0,3}(?:reporter|correspondent|editor|writer|"
               r"columnist|journalist)\b"),
    re.compile(r"\b(?:covers|writes\s+about|reports\s+on)\s+[a-z ,]{1,40}?\s+for\s+" + _NAME + r"(?![\w'’]|\s+[A-Z])"),
)
# An aggregator's credit: the outlet and its city, "Maghreb Arabe Presse (Rabat)".
OUTLET_CITY = re.compile(r"^(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})\s+\((?P<place>[A-Z][\w .'’-]{1,30})\)$")
NOT_RESPONSIBLE = re.compile(r"^" + _NAME + r"\s+is\s+not\s+responsible\s+for\s+the\s+content\s+of\s+external")
# "Source: Reuters", "Source: AFP Editor: Wang Qingchu": where the story came from.
SOURCE_LINE = re.compile(r"^(?:Source|Publisher)\s*:\s*(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}?)(?:\s+[A-Z][a-z]+\s*:.*)?\s*$")
# A site's logo, by its alternative text: "Semafor Logo".
LOGO_LINE = re.compile(r"^(?P<name>[A-Z][\w&'’.-]*?(?:\s+[A-Z][\w&'’.-]*?){0,2})\s+[Ll]ogo(?:$|(?=[A-Z]\w*(?:\s+[A-Z]\w*){0,2}\s+[Ll]ogo$))")
# Picture agencies: a copyright line naming one credits a photo, not the article.
PHOTO_AGENCIES = frozenset("getty images shutterstock istock istockphoto alamy epa afp via".split())
# Generic words closing an outlet's product name ("E&T News e-mail" -> "E&T").
PRODUCT_WORDS = frozenset("news newsletter daily weekly today briefing digest alert alerts update updates edition bulletin morning evening headlines".split())
# A year after an outlet's name: "© Reuters 2019".
TRAILING_YEAR = re.compile(r"\s*,?\s*\d{4}(?:\s*[-–]\s*\d{4})?$")
# Legal forms: never part of how a page names its outlet in running text.
LEGAL_SUFFIX = re.compile(r"(?:,?\s+(?:ltd|limited|inc|llc|plc|pte|gmbh|corp|corporation|co|s\.?a|a\.?g|n\.?v|b\.?v|s\.?p\.?a))+\.?$",
                          re.I)
# Words of a company's name that the outlet's own name may leave off ("EuroLine News Media SA"
# is "EuroLine News" where the page also says so).
CORPORATE_WORDS = frozenset("media group holdings holding publishing publications newspapers company network networks "
                            "corporation international".split())
# Phrases of the small print that a pattern may take for a name: never an outlet.
GENERIC = re.compile(r"^(?:all\b|rights\b)|\b(?:rights reserved|terms|privacy|policy|cookies?|conditions|disclaimer|"
                     r"contact us|about us|advertis\w*|subscriptions?)\b", re.I)

# How sure a kind of source is, for the explicit lines that name the outlet (lower is surer).
MASTHEAD, SOURCE, PITCH, COPYRIGHT, BYLINE = range(5)


@dataclass(slots=True, frozen=True)
class Outlet:
    """What ``find_outlet`` decided."""

    name: str | None  # the outlet that published the page
    via: str | None  # the wire agency whose story it carries, when it is another outlet
    title: str | None  # the headline, without the outlet's name after it


def find_outlet(declared: str | None, removed: Sequence[Removed], infos: Iterable[LineInfo], dateline_agency: str | None,
                body: Sequence[Block], title: str | None, text: str) -> Outlet:
    """The page's outlet (see the module): ``declared`` by its structured metadata, named by
    the ``removed`` debris, the byline and date lines ``infos``, the dateline, the
    closing lines of ``body``, or after the ``title``; ``text`` is the whole page."""
    title, suffix = _title_suffix(title, declared)
    if declared:
        return Outlet(_normal(declared, text) or declared, None, title)
    named: list[tuple[str, int]] = []
    products: dict[str, str] = {}  # a newsletter's outlet -> the newsletter's whole name
    wire: list[str] = []
    for r in removed:
        logo = LOGO_LINE.match(r.text)
        if logo and not section_label(logo.group("name")):
            named.append((logo.group("name"), MASTHEAD))
            continue
        source = SOURCE_LINE.match(r.text)
        if source:
            if _agency(source.group("name")):
                wire.append(source.group("name"))
            else:
                named.append((source.group("name"), SOURCE))
            continue
        city = OUTLET_CITY.match(r.text)
        if city and masthead(city.group("name")) and not section_label(city.group("name")):
            named.append((city.group("name"), SOURCE))
            continue
        staff = outlet_staff(r.text)
        if staff and len(r.text) < 80:
            if _agency(staff):
                wire.append(staff)
            else:
                named.append((staff, BYLINE))
            continue
        if len(r.text) > 400 or "caption" in r.reason:
            continue
        if "credit" in r.reason:
            continue  # "Photo: © Jane Roe" names a photographer, not the outlet
        more = READ_MORE_ON.match(r.text)
        if more:
            named.append((more.group("name"), SOURCE))
            continue
        if "bio" in r.reason:
            bio = next((m for pattern in BIO_OUTLETS if (m := pattern.search(r.text))), None)
            name = _trimmed(bio.group("name"), product=False) if bio else None
            if name:
                named.append((name, BYLINE))  # the outlet the author works for
                continue
        if "newsletter" in r.reason or "subscri" in r.reason:
            upd = UPDATES_FROM.search(r.text)
            if upd:
                named.append((upd.group("name"), PITCH))
        crumb = r.text.split(">")[0].strip() if r.reason.startswith("breadcrumb") else ""
        if crumb and outlet_credit(crumb):
            named.append((crumb, MASTHEAD))  # "Harbour Gazette > News > Business"
            continue
        for pattern, rank in ((COPYRIGHT_OWNER, COPYRIGHT), (YOUR_ACCOUNT, PITCH), (SUBSCRIBE_TO, PITCH),
                              (SIGN_UP_TO, PITCH), (FOLLOW_ON, PITCH), (APP, PITCH), (ON_CHANNEL, PITCH),
                              (DISCOVER_MORE, PITCH),
                              (NOT_RESPONSIBLE, SOURCE)):
            m = pattern.search(r.text)
            if m:
                name = _trimmed(m.group("name"), product=pattern is not COPYRIGHT_OWNER)
                if name and not any(w.lower() in PHOTO_AGENCIES for w in name.split()):
                    named.append((name, rank))
                    whole = _trimmed(m.group("name"), product=False)
                    if whole and whole != name:
                        products[name] = whole
    # The masthead: the page's first line once banners and menus are out, shaped like a name.
    top = next((r for r in removed[:12] if r.reason.startswith("site name")), None)
    if top is not None and masthead(top.text) and not section_label(top.text):
        named.append((top.text, MASTHEAD))
    for info in infos:
        if info.publisher and _agency(info.publisher):
            wire.append(info.publisher)
        elif info.publisher:
            named.append((info.publisher, BYLINE))
    if dateline_agency:
        wire.append(dateline_agency)
    closing = [b.text for b in body if b.kind == "paragraph"] + [r.text for r in removed if "after the article" in r.reason]
    for text_ in closing:
        credit = CLOSING_CREDIT.search(text_)
        if credit and _agency(credit.group("name")):
            wire.append(credit.group("name"))
    names = [(n, rank) for raw, rank in named if (n := _normal(raw, text))]
    # "Sign up to the EuroLine News newsletter" names EuroLine News where another line
    # does too: the product's words were the outlet's own.
    others = {n.lower() for n, rank in names if rank != PITCH}
    names = [(products[n] if products.get(n, "").lower() in others else n, rank) for n, rank in names]
    # "the Examiner's correspondent" beside "The Northfold Examiner": a short form of a
    # fuller name the page also gives is that name.
    names = [(_fuller(n, [m for m, _r in names]), rank) for n, rank in names]
    agency = next((a for raw in wire if (a := _normal(raw, text))), None)
    if names:
        # The name the page repeats most; on a tie, the surer kind of line.
        name = min(names, key=lambda nr: (-_mentions(nr[0], text), nr[1]))[0]
    else:
        name = None
    if name is None:
        name = agency or (_normal(suffix, text) if suffix else None)
        agency = None
    elif agency is not None and agency.lower() == name.lower():
        agency = None
    return Outlet(name, agency, title)


def _fuller(name: str, names: Sequence[str]) -> str:
    """The fullest of ``names`` that ends with ``name``'s words ("Examiner" -> "The
    Northfold Examiner"), else ``name``."""
    words = name.lower().removeprefix("the ").split()
    longer = [m for m in names if len(m.split()) > len(name.split())
              and m.lower().removeprefix("the ").split()[-len(words):] == words]
    return max(longer, key=lambda m: (len(m.split()), m)) if longer else name


def _title_suffix(title: str | None, declared: str | None) -> tuple[str | None, str | None]:
    """(the headline without an outlet's name after it, that name): "Headline | Reuters",
    "Headline – The Economist"; a pipe may close with any name-shaped words but a section
    label, a dash only with a name holding an outlet's word or an agency's name."""
    if not title:
        return title, None
    tm = TITLE_SITE_SUFFIX.search(title)
    if not tm:
        return title, None
    site = tm.group(1).strip()
    words = {w.lower().strip(".,") for w in site.split()}
    pipe = tm.group(0).lstrip().startswith("|")
    if ((declared and site.lower() == declared.lower()) or _agency(site)
            or (pipe and _name_shaped(site) and not section_label(site))
            or (masthead(site) and words & OUTLET_WORDS)):
        return title[: tm.start()].strip(), site
    return title, None


def _name_shaped(text: str) -> bool:
    """1-5 capitalised words (joined by "of", "the", "&", "and"), or a domain."""
    words = text.split()
    return masthead(text) or (1 <= len(words) <= 5 and all(w[0].isupper() or w.lower() in ("of", "the", "&", "and")
                                                           for w in words))


def _agency(name: str) -> bool:
    return name.lower().removeprefix("the ").strip(". ") in AGENCIES


def _trimmed(name: str, product: bool) -> str | None:
    """A name as a pattern caught it, without possessive, year and (for a product such as
    a newsletter) the product's words; None when it is no name."""
    name = " ".join(name.split()).strip(" .,:;-|")
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    name = TRAILING_YEAR.sub("", name).strip(" .,")
    if product:
        words = name.split()
        owner = next((k for k, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), None)
        if owner is not None:  # "NBC New York's News Headlines": the outlet owns the product
            words = [*words[:owner], words[owner][:-2]]
        while len(words) > 1 and words[-1].lower() in PRODUCT_WORDS:
            words.pop()
        name = " ".join(words)
    if not name or name.lower() in NOT_NAME or len(name) > 60 or name.lower() in ("our", "my", "this"):
        return None
    if not name[0].isupper() and not name[0].isdigit():
        return None
    return name


def _normal(name: str | None, text: str) -> str | None:
    """``name`` as the page names its outlet: never a generic phrase; without a legal
    suffix, and without corporate words the page leaves off elsewhere ("EuroLine News
    Media SA" -> "EuroLine News"); in the mixed case the page also writes it in ("ATLAS
    DAILY" -> "Atlas Daily")."""
    if not name:
        return None
    name = " ".join(name.split()).strip(" .,:;-|")
    if not name or GENERIC.search(name):
        return None
    name = LEGAL_SUFFIX.sub("", name).strip(" .,") or name
    words = name.split()
    while len(words) > 1 and words[-1].lower() in CORPORATE_WORDS:
        shorter = " ".join(words[:-1])
        if _mentions(shorter, text) <= _mentions(name, text):
            break
        words.pop()
        name = shorter
    if name.isupper() and len(name) > 4:
        for m in re.finditer(re.escape(name), text, re.I):
            if not m.group(0).isupper() and m.group(0)[:1].isupper():
                return m.group(0)
        if " " in name or _agency(name):  # "ATLAS DAILY", "REUTERS" (one acronym, "KGO", stays)
            return " ".join(w.capitalize() if len(w) > 3 or w.lower() in ("the", "of") else w for w in name.split())
    return name


def _mentions(name: str, text: str) -> int:
    """How many times the page writes ``name`` (as whole words, in any case)."""
    return len(re.findall(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text, re.I))
