"""A synthetic corpus for benchmarks: N articles from varied templates.

Each article has page debris (menus, share buttons, newsletter and cookie notices,
captions, comment forms), a headline, a byline and date in one of several shapes,
dated events (absolute and relative), quotes and figures, spread over many outlets,
stories and months. Deterministic for a given N and seed.
"""
from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

FIRST = "Ana Ben Chloe David Elena Farid Grace Hugo Ines Jonas Kira Luis Maya Nils Omar Priya Rosa Sami Tara Viktor".split()
LAST = "Alvarez Brandt Chen Dubois Eriksen Fischer Garcia Haddad Ito Jensen Kowalski Larsen Moreau Novak Okafor Petrov Quinn Rossi Silva Tanaka".split()
PLACES = "Rotterdam Lagos Lima Osaka Gdansk Valparaiso Mombasa Hamburg Halifax Durban Porto Busan Antwerp Tema Callao".split()
THINGS = [("port strike", "dock workers", "ships", "cranes"), ("drug recall", "pharmacies", "batches", "patients"),
          ("river flood", "residents", "homes", "pumps"), ("bank merger", "shareholders", "branches", "jobs"),
          ("rail outage", "commuters", "trains", "signals"), ("mine collapse", "miners", "shafts", "rescuers"),
          ("chip shortage", "carmakers", "plants", "wafers"), ("wildfire", "firefighters", "hectares", "villages"),
          ("data breach", "customers", "records", "servers"), ("grain deal", "farmers", "cargoes", "silos")]
ORGS = "Ministry of Transport|Port Authority|Workers' Union|Central Bank|Health Agency|City Council|Coast Guard|Trade Commission".split("|")
VERBS = "announced|confirmed|rejected|approved|postponed|criticised|welcomed|investigated".split("|")
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday".split()
MONTHS = "January February March April May June July August September October November December".split()
DEBRIS_TOP = ["Skip to main content", "Home > News > {place}", "Subscribe to {outlet} for unlimited access",
              "Listen to this article", "Share this article", "Facebook Twitter LinkedIn Email", "Advertisement"]
DEBRIS_END = ["Sign up to the {outlet} daily e-mail to get stories like this in your inbox.",
              "We use cookies to give you the best online experience. Accept all cookies",
              "© {year} {outlet} Media Ltd. All rights reserved.", "Leave a Reply",
              "Your email address will not be published. Required fields are marked *", "Most Read",
              "Tags: {thing}, {place}, economy", "Scroll to Top", "RELATED ARTICLE: {Place} prepares for a busy season"]


def article(i: int, rng: random.Random) -> tuple[str, str]:
    """(file name, text) of synthetic article ``i``."""
    story = rng.randrange(40)
    thing, people, unit, tool = THINGS[story % len(THINGS)]
    place = PLACES[story % len(PLACES)]
    outlet = f"{rng.choice(['Daily', 'Weekly', 'Evening', 'Harbour', 'National', 'Morning'])} " \
             f"{rng.choice(['Ledger', 'Post', 'Courier', 'Herald', 'Gazette', 'Observer', 'Tribune'])}"
    pub = date(2018, 1, 1) + timedelta(days=(story * 37 + rng.randrange(60)) % 1800)
    person = f"{FIRST[(story + i) % 20]} {LAST[(story * 3 + i) % 20]}"
    speaker = f"{FIRST[story % 20]} {LAST[(story * 7) % 20]}"
    org = ORGS[story % len(ORGS)]
    n = rng.randrange(20, 400)
    money = rng.choice(["$4.2 billion", "$3.9bn", "€120m", "£45 million", "US$1.5 trillion"])
    earlier = pub - timedelta(days=rng.randrange(2, 6))
    lines = [rng.choice(DEBRIS_TOP).format(place=place, outlet=outlet)]
    lines.append(f"{place} {thing}: {org} {rng.choice(VERBS)} plan as {people} wait")
    style = i % 3
    if style == 0:
        lines.append(f"By {person}")
        lines.append(f"Published: {pub.year}/{pub.month}/{pub.day}")
    elif style == 1:
        lines.append(f"{person} | {place}")
        lines.append(f"Published {pub.isoformat()} 09:{i % 60:02d}:00")
    else:
        lines.append(f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year} at 6:05 pm")
    paras = [
        f"{place.upper()}, {MONTHS[pub.month - 1][:3]} {pub.day} - The {org} {rng.choice(VERBS)} a plan on "
        f"{WEEKDAYS[earlier.weekday() % 5]} to deal with the {thing}, which has left {n} {unit} idle and "
        f"{people} without answers.",
        f"“We will not accept a deal that leaves {people} behind,” said {speaker}, a spokesperson for the "
        f"{org}. “The next weeks will decide everything.”",
        f"The dispute began in {MONTHS[(pub.month - 3) % 12]} {pub.year if pub.month > 2 else pub.year - 1}, when "
        f"the first {unit} were stopped; officials say about {rng.randrange(5, 95)}% of capacity is affected.",
        f"Last month the government set aside {money} for {tool}, according to figures published by the {org}.",
        f"{speaker.split()[1]} said the {org} had met {rng.randrange(3, 30)} times with representatives of the "
        f"{people} since the start of the year, and would meet again next week.",
        f"Analysts at {rng.choice(LAST)} Research expect the {thing} to cost the region {rng.randrange(2, 90)} "
        f"million dollars in lost output by the end of {pub.year}.",
    ]
    rng.shuffle(paras[2:])
    if rng.random() < 0.5:
        paras.insert(3, f"What happens next for {place}")
    lines += paras
    lines += [d.format(outlet=outlet, year=pub.year, thing=thing, place=place, Place=place)
              for d in rng.sample(DEBRIS_END, 4)]
    return f"{i:05d}_{place.lower()}_{story}.txt", "\n\n".join(lines) + "\n"


def write_corpus(folder: Path, n: int, seed: int = 7) -> None:
    """Write ``n`` synthetic articles into ``folder`` (created if needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for i in range(n):
        name, text = article(i, rng)
        (folder / name).write_text(text, encoding="utf-8")
