"""Quotations, per article (no model, no download).

``find_quotes`` finds direct quotations in the paragraphs of an article and resolves
who said them (a full name when the article introduces one), reading the names the
article uses (``article_names``). Rules written for news prose; nothing here knows a
particular outlet, person or story. (Figures are read by ``figures``.)
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .given_names import name_sex
from .models import Article, QuoteMention, Sentence
from .sentences import split_text
from .text import CALENDAR, COUNTRIES, DEMONYM_RE, IRREGULAR_VERBS, LOWER_WORD_RE, one_letter_apart

# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------

# Capital and small letters of names, Latin-1 and Latin Extended-A ("Šutaj", "Eštok"),
# as regex class contents.
UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"
LOWER = "a-zß-öø-ÿĀ-ſ"
# A particle written onto a name word in lower case: an Arabic article ("al-Ghaithi",
# "el-Sisi") or an elided "de" ("d'Archimbaud").
ATTACHED_PARTICLE = r"(?:(?:al|el|ad|ar|as|ash|at|az|an)-|d['’])"
# One word of a proper name: a capitalised word (letters, apostrophes, hyphens,
# "&" or digits inside), an all-caps acronym, or an initial like "J.".
NAME_TOKEN = re.compile(rf"(?:{ATTACHED_PARTICLE})?[{UPPER}][\w'’&.\-]*|&")
# A name word with its particle: a name word though lower case.
ARTICLED_NAME_RE = re.compile(rf"{ATTACHED_PARTICLE}[{UPPER}][\w'’\-]+")
# Lowercase words that may sit inside a proper name ("Department of Commerce").
NAME_CONNECTORS = frozenset({"of", "for", "&", "de", "del", "der", "des", "van", "von", "bin", "al", "da", "la", "le",
                             "du", "do", "dos", "das"})
# Capitalised words that open a sentence or a clause but are never part of a name.
COMMON_WORDS = frozenset(
    """a an the this that these those it its he she they we i you his her their our my your
    if when while as at in on of for to from by with without into after before since until
    but and or so yet nor not no also only just still even then there here however although
    though because despite during according meanwhile moreover furthermore instead regardless
    currently today yesterday tomorrow now recently earlier later last next first second
    what why how who which where whether all some many most more much few several each every
    both either neither other another such is are was were be been has have had will would
    can could may might must should shall do does did boasting looking viewed given having being
    nearly almost about around over under up down out off further i'm i've i'd i'll like unlike amid among
    within against toward towards upon via across throughout beyond besides following including excluding apart
    aside regarding concerning""".split()
)
# Words that mark a capitalised sequence as an organisation.
ORG_WORDS = frozenset(
    """inc inc. corp corp. ltd ltd. llc plc co co. company companies group holdings technologies
    technology systems networks network communications telecoms electronics motors airlines
    bank fund capital partners ventures ministry department committee commission council agency
    authority bureau office administration government parliament congress senate assembly court
    university college school institute academy association federation union party board
    foundation society organisation organization league club team times post journal news
    press media broadcasting service services army navy police
    exchange market markets industries international corporation alliance coalition trust charity
    campaign initiative forum consortium partnership cooperative syndicate guild chamber
    unit centre center division directorate secretariat command force hospital clinic laboratory
    laboratories institution observatory museum library tribunal cabinet regime republic kingdom
    aerospace pharmaceuticals energy airways railways survey coastguard military""".split()
)
# Titles and roles that precede a person's name ("CEO Jane Moreau", "President Okafor").
TITLE_WORDS = frozenset(
    """mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady president vice chairman chairwoman
    chair ceo cfo cto coo founder chief executive director minister secretary senator sen sen.
    rep rep. governor gov gov. mayor judge justice general gen gen. colonel col captain capt
    admiral commander officer spokesman spokeswoman spokesperson premier prime chancellor king
    queen prince princess pope cardinal sheikh ayatollah ambassador commissioner head leader analyst professor
    economist lawyer attorney deputy acting former coach manager inspector detective sergeant
    superintendent constable archbishop bishop rabbi imam father sister dean provost rector
    trustee councillor councilman councilwoman alderman representative delegate envoy
    pharmacist nurse doctor surgeon teacher headteacher engineer farmer landlord driver pilot
    shopkeeper volunteer campaigner activist researcher scientist historian author writer
    journalist reporter editor broker trader strategist rev rev. reverend hon hon. lt lt. sgt sgt. fr fr. speaker pm
    candidate nominee staffer aide adviser advisor official lawmaker sheriff marshal trooper lieutenant
    corporal chairperson""".split()
)
# Titles that only a person bears ("General Motors" is no general; "Chief Reese" is a chief).
PERSONAL_TITLES = frozenset("""mr mrs ms miss dr prof sir dame lord lady sen rep gov president chancellor senator
    governor mayor judge justice minister secretary chief coach detective sergeant officer captain capt
    commissioner ambassador premier rev reverend father bishop archbishop cardinal rabbi imam sheriff inspector
    superintendent
    constable councillor king queen prince princess duke duchess pope general gen colonel col admiral commander
    lieutenant sheikh pm""".split())
# Abbreviated titles whose full stop does not end a name ("the Rev. Al Sharpton").
TITLE_ABBREVIATIONS = frozenset(w[:-1] for w in TITLE_WORDS if w.endswith(".")) | {"st"}
# Capitalised words that make a sequence a place or a thing, not a person.
NOT_PERSON_WORDS = frozenset(
    """new north south east west northern southern eastern western san santa los las saint st hong
    united great upper lower central list act law day street road avenue square river mountain
    island islands sea ocean bay valley park airport station port bridge tower hall house palace
    building centre center cup games war series prize award awards kingdom states republic
    city county province state region january february march april may june july august
    september october november december monday tuesday wednesday thursday friday saturday
    sunday europe asia africa america american china chinese us uk eu store shop play app apps online
    mobile digital search services cloud castle peninsula prefecture guard coast canal lake gulf strait
    channel tunnel district village town hurricane storm typhoon cyclone fire earthquake flood wildfire
    championship championships league olympics festival summit conference treaty images church cathedral
    mosque temple strip express mutual bazar bazaar forces aviation air grande defense defence campus
    museum stadium arena university college school hospital footage video videos photos pictures
    hotel hotels resort one two three four five six seven eight nine ten hundred thousand""".split()
)
# Letters written after a person's name, no part of it; a generation's mark is.
HONOURS = frozenset("KC QC MP MEP MSP OBE MBE CBE KBE PhD MD".split())
GENERATIONS = frozenset("Jr Sr II III IV".split())
# Last words of names of things, never of a person's name: an outlet ("Chicago Tribune"), a
# firm's line of work ("Alameda Research"), a place or a feature ("Carina Nebula",
# "Baltimore Harbor"), a product or an event ("Candy Crush Saga", "Arab Spring").
NOT_PERSON_LAST = frozenset(
    """times tribune observer insider chronicle journal gazette herald television tv radio watchdog finance
    beast magazine research capital ventures partners holdings gallery galaxy nebula cliffs trench harbor
    harbour deep spring origin dragon saga system systems software hoax township trail expressway highway
    basilica chapel hotel elementary composite boulevard bowl reserve crescent portal headquarters governorate
    refinery telescope satellite spacecraft rover probe""".split()
)
# One word of a person's name: "Moreau", "McDonald", "O'Brien", "Jean-Luc", or an initial "J.".
PERSON_WORD_RE = re.compile(
    rf"(?:Mc|Mac|O'|D'|De|Di|Du|La|Le|{ATTACHED_PARTICLE})?[{UPPER}](?:[{LOWER}']+|(?=-))"
    rf"(?:-[{UPPER}a-z][{LOWER}']+){{0,2}}|(?:[A-Z]\.)+"
)
# Plural common nouns that open a sentence as speakers without naming anyone.
GROUP_SPEAKERS = frozenset(
    """officials police analysts experts critics residents witnesses sources authorities
    investigators prosecutors lawmakers legislators diplomats researchers scientists doctors
    protesters activists economists observers officers employees workers staff executives
    insiders people citizens voters parents students teachers supporters opponents leaders
    regulators ministers spokespeople judges lawyers rescuers medics villagers survivors fans
    demonstrators relatives families players organizers organisers services firefighters""".split()
)
# A court's bench: the court named before them speaks through them ("..., judges said").
BENCH_WORDS = frozenset({"judges", "justices"})
# Initials of countries and unions, written with full stops ("U.S. Geological Survey").
COUNTRY_INITIALS = frozenset({"us", "uk", "un", "eu", "usa", "uae"})
# Lowercase particles that sit inside a person's name ("Sanne de Wit", "Ludwig van Beek").
NAME_PARTICLES = frozenset({"de", "del", "der", "des", "van", "von", "da", "du", "la", "le", "bin", "al", "dos", "das"})
# Pronouns that stand for the most recently named person.
PERSON_PRONOUNS = frozenset({"he", "she"})


@dataclass(slots=True, frozen=True)
class NameMention:
    """A capitalised name found in an article: where it is and what it looks like."""

    block: int
    start: int
    end: int
    text: str
    person: bool  # shaped like a person's name (two or more name words, no org/place cue)


# A token of a sentence for name finding: a word (with apostrophes, &, dots, hyphens) or one mark.
NAME_SEQ_TOKEN_RE = re.compile(r"[\w'’&.\-]+|[^\w\s]")
# Initials written with full stops ("J.", "U.S.").
INITIALS_RE = re.compile(r"(?:[A-Z]\.)+")
# A possessive ending ("Acme's", "Jones’").
POSSESSIVE_END_RE = re.compile(r"['’]s$|(?<=s)['’]$")


def name_sequences(text: str) -> list[tuple[int, int, str]]:
    """Capitalised word sequences of ``text`` as (start, end, name).

    Leading function words ("If", "The", "According") are dropped; a possessive ends a
    name ("Acme's Jane Moreau" gives "Acme" and "Jane Moreau"); lowercase
    connectors ("of", "&") are kept only between two capitalised words.
    """
    out: list[tuple[int, int, str]] = []
    tokens = list(NAME_SEQ_TOKEN_RE.finditer(text))
    run: list[tuple[int, int, str]] = []

    def flush() -> None:
        while run and run[-1][2] in NAME_CONNECTORS:  # "of", "de"; not a surname "Le" or "Da"
            run.pop()
        while run and run[0][2].lower().strip(".") in COMMON_WORDS:
            run.pop(0)
        if run:
            out.append((run[0][0], run[-1][1], text[run[0][0] : run[-1][1]]))
        run.clear()

    for i, m in enumerate(tokens):
        tok = m.group()
        if not tok[:1].isupper() and not (("-" in tok[:4] or tok[1:2] in ("'", "’"))
                                          and ARTICLED_NAME_RE.fullmatch(tok.rstrip("."))):
            # no name word (but "al-Sadr", "d'Archimbaud")
            if run and tok.lower() in NAME_CONNECTORS and i + 1 < len(tokens) and tokens[i + 1].group()[:1].isupper():
                run.append((m.start(), m.end(), tok))
            elif run:
                flush()
            continue
        s, e = m.span()
        initials = INITIALS_RE.fullmatch(tok)
        word = tok.rstrip(".") if not initials else tok
        if NAME_TOKEN.fullmatch(word):
            possessive = POSSESSIVE_END_RE.search(word)
            if possessive:
                run.append((s, s + possessive.start(), word[: possessive.start()]))
                flush()
                continue
            run.append((s, s + len(word), word))
            if tok.endswith(".") and len(word) > 2 and not initials and word.lower() not in TITLE_ABBREVIATIONS:
                flush()  # a full stop after a word ends the name
        elif run and tok.lower() in NAME_CONNECTORS and i + 1 < len(tokens) and tokens[i + 1].group()[:1].isupper():
            run.append((s, e, tok))
        else:
            flush()
    flush()
    return out


def person_part(name: str) -> str | None:
    """The person's name inside a capitalised sequence, or None when it is not one.

    Titles are dropped ("Acme CEO Jane Moreau" gives "Jane Moreau"); what is left
    must be two to four name words with no organisation or place word.
    """
    if name.lower() in COUNTRIES:
        return None  # "Saudi Arabia had warned German authorities": a country, shaped like a name
    words = name.replace("’", "'").split()
    while len(words) > 2 and words[-1].strip(".,") in HONOURS:
        words = words[:-1]  # "Nick Johnson KC": letters after a name
    if len(words) > 2 and words[-1].strip(".,") in GENERATIONS:
        person = person_part(" ".join(words[:-1]))  # "John J. Ray III", "Richard Bissen Jr": the name, then its place
        return f"{person} {words[-1].strip(',')}" if person and " " in person else None
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in TITLE_WORDS or all(part in TITLE_WORDS for part in words[i].lower().split("-")):
            words = words[i + 1 :]  # "Secretary-General", "Attorney-General": titles too
            break
    if len(words) >= 4 and words[0] in ("of", "for") and not any(name_sex(w) for w in words[1:]):
        words = words[-2:]  # "Secretary of State Antony Blinken": a title's field, then the name
    while words and words[0].replace(".", "").lower() in COUNTRY_INITIALS:
        words = words[1:]  # "U.S. Geological Survey", "UN envoy": a country's or union's initials
    if len(words) >= 3 and not name_sex(words[0]):
        given = next((k for k in range(1, len(words) - 1) if name_sex(words[k])), None)
        if given is not None:
            # "Challenger Daniel Okafor-Reyes", "Head of Xbox Phil Spencer": role words before a given name
            words = words[given:]
    org_at = max((k for k, w in enumerate(words[:-2]) if w.lower() in ORG_WORDS), default=None)
    if org_at is not None:
        words = words[org_at + 1 :]  # "Iranian Red Crescent Society Pir-Hossein Kolivand": the name after the body
    titled = len(words) < len(name.replace("’", "'").split())
    if len(words) == 1 and titled and name.split()[-2].lower().strip(".") in PERSONAL_TITLES:
        w = words[0]
        if PERSON_WORD_RE.fullmatch(w) and w.lower() not in ORG_WORDS | NOT_PERSON_WORDS | COMMON_WORDS:
            return w  # "Chief Reese", "Mr Lewis", "Sen. Warner": a person by surname
    if words and words[-1].lower() in NOT_PERSON_LAST:
        return None  # "Chicago Tribune", "Alameda Research", "Carina Nebula"
    particles = [k for k, w in enumerate(words) if w in NAME_PARTICLES]
    if not 2 <= len(words) - len(particles) <= 4 or len(words) > 5 or (
            len(words) == 5 and particles != list(range(particles[0], particles[0] + len(particles)))):
        return None  # "Luiz Inacio Lula da Silva": four name words and one particle (not "A der B der C")
    for k, w in enumerate(words):
        lw = w.lower()
        if w in NAME_PARTICLES and 0 < k < len(words) - 1:
            continue  # "Sanne de Wit": a particle between two name words
        if lw in ORG_WORDS or lw in NOT_PERSON_WORDS or lw in COMMON_WORDS or (w.islower() and lw in NAME_CONNECTORS):
            return None
        if len(w) == 1 and w.isupper() and w not in "AI" and k < len(words) - 1:
            continue  # "S Somanath", "K Sivan": an initial written without its full stop
        if not PERSON_WORD_RE.fullmatch(w):
            return None  # acronyms, digits, "&", "Shenzhen-based": not a person's name word
    return " ".join(words)


def article_names(article: Article) -> list[NameMention]:
    """Every capitalised name of the article body, in reading order. The article's own
    outlet is never a person ("told Radio Dunmore he was ...")."""
    out: list[NameMention] = []
    outlet = (article.meta.publisher or "").casefold()
    lowercase: set[str] | None = None  # the article's words in lower case, read when needed
    mid_caps: set[str] | None = None  # its words capitalised inside a sentence, read when needed
    for b, block in enumerate(article.blocks):
        for s, e, name in joined_bodies(block.text, name_sequences(block.text)):
            if outlet and name.casefold() == outlet:
                out.append(NameMention(b, s, e, name, False))
                continue
            first, _sp, rest = name.partition(" ")
            if s == 0 and LEAD_CAPS_RE.fullmatch(first) and rest[:1].isupper() and not rest.split()[0].isupper():
                name = first.title() + " " + rest  # "LIZ Truss said": a lead's first word in capitals
            person = person_part(name)
            if person == name and (_body_before(block.text[max(0, s - 60):s])
                                   or PLACE_PREP_BEFORE_RE.search(block.text, max(0, s - 12), s)):
                person = None  # "the First Coast Guard District", "chairman of Action Aviation"; "in Canary Wharf"
            if person and block.text.strip(" .:|") == name:
                person = None  # a line of its own ("Impact Shorts"): a site's label or a credit, no one introduced
            if person and _plural_noun_name(person):
                if lowercase is None:
                    lowercase = set(LOWER_WORD_RE.findall(" ".join(blk.text for blk in article.blocks)))
                if person.split()[-1].lower() in lowercase:
                    person = None  # "Boeing Machinists": a group the article also names in lower case
            if person:
                off = name.replace("’", "'").rfind(person.split()[0])
                ps = s + max(off, 0)
                out.append(NameMention(b, ps, ps + len(person), person, True))
            elif _surname_subject(block.text, s, e, name):
                if lowercase is None:
                    lowercase = set(LOWER_WORD_RE.findall(" ".join(blk.text for blk in article.blocks)))
                if mid_caps is None:
                    mid_caps = _mid_sentence_capitals(article)
                # "Reese said", "McPhun gave a talk"; not "Children cried", "Officers helped",
                # "Flames engulfed": a common noun opening a sentence (a plural of people, or one
                # the article also writes in lower case, and never capitalised inside a sentence)
                common = name not in mid_caps and (name.lower() in OPENING_PLURALS or (
                    name.lower() in lowercase and re.search(r"[^s]s$", name) is not None))
                out.append(NameMention(b, s, e, name, not common))
            else:
                out.append(NameMention(b, s, e, name, False))
    # "Addressing Letby as though she were present, he continued": a participle opening the
    # sentence before the surname of someone the article names in full is no one's name
    surnames = {m.text.split()[-1] for m in out if m.person and len(m.text.split()) >= 2}
    out = [replace(m, person=False) if m.person and len(m.text.split()) == 2
           and m.text.split()[0].endswith("ing") and m.text.split()[1] in surnames
           and not name_sex(m.text.split()[0]) else m for m in out]
    # "Mastermind Perez shrugged off ..." after "Florentino Perez" was named: a word
    # capitalised only as it opens the sentence, before the surname of a full name named
    # earlier, makes no name of its own
    named: dict[str, str] = {}  # a surname -> the first full name that bears it
    for m in out:
        if m.person and len(m.text.split()) >= 2:
            named.setdefault(m.text.split()[-1], m.text)
    if any(m.person and len(m.text.split()) == 2 and named[m.text.split()[1]] != m.text for m in out):
        mid_caps = _mid_sentence_capitals(article) if mid_caps is None else mid_caps
        out = [replace(m, person=False) if m.person and len(m.text.split()) == 2 and named[m.text.split()[1]] != m.text
               and m.text.split()[0] not in mid_caps and not name_sex(m.text.split()[0]) and _opens_sentence(article, m)
               else m for m in out]
    # "June Steenkamp" where "Reeva Steenkamp" is named: a given name that is also a month's,
    # before a surname the article gives a person, is a person's
    out = [replace(m, person=True) if not m.person and len(m.text.split()) == 2
           and m.text.split()[0].lower() in CALENDAR and name_sex(m.text.split()[0])
           and m.text.split()[1] in surnames else m for m in out]
    # "Johnson turns to the sentencing guidelines": the surname of someone the article names
    # in full, opening a sentence before a verb in the present, is that person
    return [replace(m, person=True) if not m.person and m.text in surnames and _opens_sentence(article, m)
            and PRESENT_VERB_AFTER_RE.match(article.blocks[m.block].text, m.end) else m for m in out]


# Plurals of people with no "s" to tell them by ("Children cried").
PLURAL_PEOPLE = frozenset("children people men women".split())


def _mid_sentence_capitals(article: Article) -> set[str]:
    """The capitalised words an article writes inside a sentence (not opening it)."""
    return {w for blk in article.blocks for w in MID_SENTENCE_CAPITAL_RE.findall(blk.text)}


# A verb in the present after a name: "Johnson turns", "Ruiz tells".
PRESENT_VERB_AFTER_RE = re.compile(r"\s+(?:also\s+|then\s+|now\s+)?[a-z]{2,}s\b(?<!ss)")


def _opens_sentence(article: Article, m: NameMention) -> bool:
    """Whether a name opens its sentence (or follows a closing quotation mark or a colon)."""
    before = article.blocks[m.block].text[: m.start].rstrip()
    return not before or before.endswith((".", "!", "?", "”", '"', ":"))


def _plural_noun_name(person: str) -> bool:
    """Two name words, no given name first and a plural ending ("Boeing Machinists"): maybe
    a group, which it is when the article writes the last word in lower case too."""
    words = person.split()
    return len(words) == 2 and words[-1].endswith("s") and not name_sex(words[0])


def joined_bodies(text: str, seqs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Name sequences with a body's name that holds "and" made whole again: "Institute of
    Ageing" + "Chronic Disease" -> "Institute of Ageing and Chronic Disease"."""
    out: list[tuple[int, int, str]] = []
    for s, e, name in seqs:
        if out and text[out[-1][1] : s] in (" and ", " & ") and any(
                w.lower() in ORG_WORDS for w in out[-1][2].split()):
            ps = out[-1][0]
            out[-1] = (ps, e, text[ps:e])
        else:
            out.append((s, e, name))
    return out


# An adverb opening a sentence ("Officially signed", "Reportedly, ..."), never a surname.
ADVERB_RE = re.compile(r"[A-Z][a-z]{3,}(?:ally|ously|fully|edly|ntly|stly|ately|ively|ably|ibly)")


def _surname_subject(text: str, s: int, e: int, name: str) -> bool:
    """A lone capitalised word is a person's surname where it is a verb's subject: opening
    a sentence or a clause, or after a role ("army chief Waker-Uz-Zaman"), and followed by
    a speech verb or a verb in the past ("Reese said", "Hughton expressed", "McPhun gave")."""
    if " " in name or not PERSON_WORD_RE.fullmatch(name) or ADVERB_RE.fullmatch(name) \
            or name.lower() in ORG_WORDS | NOT_PERSON_WORDS | COMMON_WORDS:
        return False
    before = text[:s].rstrip()
    role = before.rsplit(None, 1)[-1] if before else ""
    if before and not before.endswith((".", ",", ";", ":", "!", "?", "”", '"')) \
            and not (role.islower() and role in TITLE_WORDS | ROLE_NOUNS | KIN_NOUNS):  # "army chief Waker said"
        return False
    m = SURNAME_VERB_RE.match(text[e:]) or SURNAME_APPOSED_VERB_RE.match(text[e:])
    return bool(m) or (re.match(r"\s+([a-z]+)\b", text[e:]) is not None
                       and re.match(r"\s+([a-z]+)\b", text[e:]).group(1) in IRREGULAR_VERBS)


# Kin and companions named before a given name: "his daughter Allyson", "her husband Tom".
KIN_NOUNS = frozenset("""daughter son wife husband mother father brother sister widow widower niece nephew cousin
    grandson granddaughter grandmother grandfather uncle aunt partner fiancee fiancée fiance girlfriend boyfriend
    friend neighbor neighbour colleague""".split())


# What comes before a body's name, never a person's: a lower-case "the" ("the First Coast
# Guard District") or a role in it ("chairman of Action Aviation", "a spokesman for").
BODY_BEFORE_RE = re.compile(
    r"(?:(?<![\w’'])the|\b(?i:chair(?:man|woman)?|ceo|head|chief|founder|co-founder|president|director|commander|"
    r"owner|operator|spokes(?:person|man|woman)|executive|officer|boss|manager|employees?|staff|members?|"
    r"part|division|unit|subsidiary)\s+(?:of|at|for)(?:\s+the)?"
    r"|\b(?:clubs?|sides?|teams?|firms?|company|companies|carriers?|airlines?|carmakers?|automakers?|banks?|"
    r"lenders?|retailers?|insurers?|start-?ups?|giants?|programs?|programmes?|shows?|stations?|newspapers?|"
    r"channels?|networks?|magazines?|websites?|podcasts?|broadcasters?))\s+$")  # "sides AC Milan and Inter Milan"


def _body_before(before: str) -> bool:
    """The words before a name make it a body's (BODY_BEFORE_RE), capitalised words that
    are no titles skipped ("the First Coast Guard District"; "the Rev. Al" is a title)."""
    words = before.split()
    if before[-1:].isspace() and before.rstrip()[-1:] in ",;:)”\"":
        return False  # "The CEO of CrowdStrike, George Kurtz": set off, not named by what comes before
    for _round in range(2):  # a list: "sides AC Milan and Inter Milan"
        while words and words[-1][:1].isupper() and words[-1][-1] not in ",;:)”\"" \
                and words[-1].lower().strip(".") not in PERSONAL_TITLES | TITLE_WORDS:
            words.pop()
        if _round == 0 and len(words) > 1 and words[-1] == "and" and words[-2][:1].isupper():
            words.pop()
        else:
            break
    return bool(BODY_BEFORE_RE.search(" ".join(words) + " ")) if words else False


# A preposition of place right before a name: "arrived in Canary Wharf".
PLACE_PREP_BEFORE_RE = re.compile(r"\b(?:in|near|outside|inside)\s+$")
# A lead's first word set in capitals, a given name ("LIZ"), not an acronym ("SVB").
LEAD_CAPS_RE = re.compile(r"[A-Z]*[AEIOUY][A-Z]*")


def resolve_name(name: str, names: Sequence[NameMention], block: int, pos: int,
                 texts: Sequence[str | None] = ()) -> str:
    """A short mention ("Moreau", "Jane", "CEO Moreau") as the full name introduced in the article.

    Prefers the most recent person name before (block, pos) that contains every word of
    the mention and has more words than it (a surname alone is not a full name); then any
    such name in the article; otherwise the mention itself. With the article's ``texts``,
    of two such names before, the latest one named as a clause's subject: "Robbie Parker,
    the father of Emilie Parker, said ..." then "Parker said" is the father.
    """
    person = person_part(name)
    if person and len(person.split()) >= 2:
        words = person.split()
    else:
        words = [w for w in name.replace("’", "'").split() if w.lower() not in TITLE_WORDS] or name.split()
    wanted = {w.lower() for w in words}
    best: str | None = None
    for m in names:
        if not m.person or len(m.text.split()) < max(2 if "-" not in m.text else 1, len(words)):
            continue  # a surname alone is no fuller name; a hyphenated one may be ("Waker-Uz-Zaman")
        if wanted <= {part for w in m.text.lower().split() for part in _name_word_forms(w)}:
            if (m.block, m.start) < (block, pos):
                if best in (None, m.text) or not texts or _in_subject_place(texts[m.block] or "", m.start, m.end):
                    best = m.text  # keeps the latest before the mention
            elif best is None:
                best = m.text
                break
    if best is None and len(words) == 1 and len(words[0]) >= 5:
        # "Arden" in an article about "Jacinda Ardern": a surname one letter off the only
        # full name of the article it can be
        slips = {m.text for m in names if m.person and len(m.text.split()) >= 2
                 and one_letter_apart(words[0].lower(), m.text.split()[-1].lower())}
        if len(slips) == 1:
            return slips.pop()
        # "said David Heymann, ... 'Zika is not ...,' Heyward said": a surname written once,
        # like that of the one person named in full just before (the same first three letters,
        # about as long)
        near = {m.text for m in names if m.person and len(m.text.split()) >= 2 and block - 1 <= m.block <= block
                and (m.block, m.start) < (block, pos) and m.text.split()[-1][:3] == words[0][:3]
                and abs(len(m.text.split()[-1]) - len(words[0])) <= 1}
        if len(near) == 1 and sum(1 for m in names if m.text == words[0]) <= 1:
            return near.pop()
    return best or " ".join(words)


def _name_word_forms(word: str) -> tuple[str, ...]:
    """A name word and the first part of a hyphenated one: "Waker" is "Waker-Uz-Zaman"."""
    return (word, word.split("-")[0]) if "-" in word else (word,)


def recent_person(names: Sequence[NameMention], block: int, pos: int, gender: str | None = None,
                  genders: dict[str, str] | None = None) -> str | None:
    """The most recent person named before (block, pos), as a full name; with ``gender``
    ("m" or "f", for "he" or "she"), the most recent one the article does not show to be
    of the other (see person_genders)."""
    found: str | None = None
    for m in names:
        if (m.block, m.start) >= (block, pos):
            break
        full: str | None = None
        if m.person:
            full = m.text if " " in m.text else resolve_name(m.text, names, m.block, m.start)
        elif " " not in m.text and m.text.lower() not in COMMON_WORDS:
            full = resolve_name(m.text, names, m.block, m.start)
            full = full if " " in full and full != m.text else None  # a surname-only mention of someone named earlier
        if full and (gender is None or (genders or {}).get(full, gender) == gender):
            found = full
    return found


def recent_speaker(names: Sequence[NameMention], texts: Sequence[str | None], block: int, pos: int,
                   gender: str | None, genders: dict[str, str]) -> str | None:
    """The person "he" or "she" most likely stands for: the most recent one, in the last
    few paragraphs, named as a subject ("Chris Bryant said ...", "Retired postman Derek
    Ames, 71, ...", '," said Thomas Vinje'), whom the article does not show to be of the
    other sex. A person only spoken to or about ("he warned Mr Corbyn", "a directive by
    the Commissioner of Police, Mohammed Barde") is passed over."""
    found: str | None = None
    for m in names:
        if (m.block, m.start) >= (block, pos):
            break
        if not m.person or m.block < block - SPEAKER_REACH or not _in_subject_place(texts[m.block] or "", m.start, m.end):
            continue
        if _reported(texts[m.block] or "", m.start) or (
                m.block != block and CAPTION_CREDIT_RE.search(texts[m.block] or "")):
            continue  # (a photo's caption between the paragraphs names who is pictured, not who speaks)
        full = m.text if " " in m.text else resolve_name(m.text, names, m.block, m.start)
        if gender is None or genders.get(full, gender) == gender:
            found = full
    return found


# A photo caption's closing credit: "... at a hospital in Ahmedabad. AP", "(Reuters photo)".
CAPTION_CREDIT_RE = re.compile(r"[.)]\s*(?:AP|AFP|Reuters|PTI|ANI|EPA|Getty Images|Bloomberg|"
                               r"\((?:AP|AFP|Reuters|Getty Images)(?:\s+[Pp]hoto)?[^()]{0,40}\))\.?\s*$")


# A plural of people as a clause's subject, before its verb: "jubilant gay couples embraced".
PLURAL_SUBJECT_RE = re.compile(r"(?P<np>(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*(?<=[^s]s)|people|crowds?)\s+"
                               r"(?:[a-z]+ed|were|gathered|sang|held|wept|cheered|chanted)\b")


def plural_subject(texts: Sequence[str | None], block: int, pos: int) -> str | None:
    """The people the sentence before (block, pos) is about, when a plural of people is its
    subject ("On the steps of the court, jubilant gay couples embraced and cheered")."""
    text = texts[block] or ""
    limit = _sentence_start(text, pos)
    if limit <= 0 and block > 0:  # the quote's sentence opens its paragraph: the paragraph before
        text = texts[block - 1] or ""
        limit = len(text)
    if limit <= 0:
        return None
    sentence = text[_sentence_start(text, limit - 1):limit]
    opening = OPENING_PHRASE_RE.match(sentence)
    m = PLURAL_SUBJECT_RE.match(sentence, opening.end() if opening else 0)
    return m.group("np") if m and m.group("np").split()[-1] in PLURAL_PEOPLE | GROUP_SPEAKERS | PEOPLE_PLURALS \
        else None


# Plural nouns of people a sentence may open on, besides GROUP_SPEAKERS ("couples", "mourners").
PEOPLE_PLURALS = frozenset("couples mourners crowds marchers worshippers passengers locals spectators "
                           "onlookers".split())
# Plurals of people that may open a sentence and name no one ("Officers helped him").
OPENING_PLURALS = PLURAL_PEOPLE | GROUP_SPEAKERS | PEOPLE_PLURALS


# "the 71-year-old", "the 74-year-old man": an age standing for someone named before.
AGE_EPITHET_RE = re.compile(r"[Tt]he\s+(?P<age>\d{1,3})-year-old(?:\s+(?:man|woman|boy|girl))?")


def aged_person(age: str, names: Sequence[NameMention], texts: Sequence[str | None], block: int,
                pos: int) -> str | None:
    """The latest person named before (block, pos) with ``age`` beside the name: "Pietro
    Tarli, 71," or "71-year-old Pietro Tarli"."""
    found: str | None = None
    for m in names:
        if (m.block, m.start) >= (block, pos):
            break
        text = texts[m.block] or ""
        if m.person and (re.match(rf",\s+{age}\b", text[m.end:]) or
                         re.search(rf"\b{age}-year-old\s+(?:[a-z]+\s+){{0,3}}$", text[max(0, m.start - 60):m.start])):
            found = m.text if " " in m.text else resolve_name(m.text, names, m.block, m.start)
    return found


def _reported(text: str, start: int) -> bool:
    """The name at ``start`` is inside what someone is reported saying ("Kelleher said
    Credit Suisse was ..."): a speech verb with its own subject comes before it in its
    sentence. ('," said Jane Doe' is the speaker, not the reported words.)"""
    before = text[_sentence_start(text, start) : start]
    verbs = list(LEAD_VERB_RE.finditer(before))
    if not verbs or CLAUSE_JOIN_RE.search(before, verbs[-1].end()):
        return False  # (", and works council boss Bernd Osterloh appears": a clause of its own)
    opening = before[: verbs[-1].start()].rstrip()
    return not (INVERTED_BEFORE_RE.search(before) and (not opening or opening.endswith((",", "”", '"', "’", "'"))))


def recent_body(names: Sequence[NameMention], texts: Sequence[str | None], block: int, pos: int,
                speaking: bool = False) -> str | None:
    """The body "it" most likely stands for: the most recent name, in this paragraph or
    the one before, that is no person, no day or month and a clause's subject (with
    ``speaking``, of a speech verb: "Microsoft said"), by its fullest name."""
    found: NameMention | None = None
    for m in names:
        if (m.block, m.start) >= (block, pos):
            break
        # a lone word before "said" is read as a surname ("Reese said") but may be a firm's name
        if ((m.person and " " in m.text) or m.block < block - 1 or m.text.lower() in CALENDAR
                or not (NAME_SPEAKS_RE if speaking else SUBJECT_VERB_RE).match((texts[m.block] or "")[m.end:])):
            continue
        found = m
    return fullest_body(found.text, names, texts, found.block, found.start) if found else None


# Last words of a public body's name: no company.
PUBLIC_BODIES = frozenset("board agency commission court department ministry authority administration council "
                          "committee office service government parliament senate congress".split())


def epithet_body(names: Sequence[NameMention], texts: Sequence[str | None], block: int, pos: int,
                 company: bool = False) -> str | None:
    """The body a bare epithet stands for when no name says its kind ("the space agency",
    "the photo-sharing app", "the company" for "Delta"): the most recent name, in this
    paragraph or the SPEAKER_REACH before, that is no person, place or day and a clause's
    subject ("Instagram asks users", "Delta confirmed") or, in this paragraph or the one
    before, an acronym ("released by NASA"), by its fullest name. With ``company`` ("the
    company", "the firm"), no public body: "the NLRB" is a board, not "the company"."""
    placed = {m.text for m in names if PLACE_BEFORE_RE.search((texts[m.block] or "")[max(0, m.start - 40):m.start])
              or REPORTED_AFTER_RE.match((texts[m.block] or "")[m.end:])}  # "WSB reported": an outlet
    inside = {w.split("-")[0] for text in texts for w in MID_SENTENCE_CAPITAL_RE.findall(text or "")}
    named = Counter(w for m in names for w in m.text.split())  # a word of names, how often
    found: NameMention | None = None
    for m in names:
        if (m.block, m.start) >= (block, pos):
            break
        last = m.text.split()[-1].lower()
        if (m.person and " " in m.text) or m.block < block - SPEAKER_REACH or m.text.lower() in CALENDAR | TITLE_WORDS \
                or m.text in placed or m.text.replace(".", "").lower() in COUNTRIES \
                or (last in NOT_PERSON_WORDS | NOT_PERSON_LAST and last not in ORG_WORDS):
            continue  # a person, a place, a day, a title ("CEO"), a thing ("the Carina Nebula")
        if " " not in m.text and m.text not in inside and named[m.text] < 2:
            continue  # "Trading was halted": a word capitalised once, where it opens a sentence
        text = texts[m.block] or ""
        if (BODY_SUBJECT_VERB_RE.match(text[m.end:]) and not OBJECT_PREP_BEFORE_RE.search(text[:m.start])) or (
                re.fullmatch(r"[A-Z]{3,6}", m.text) and m.block >= block - 1
                and m.text.lower() not in COUNTRY_INITIALS):
            if company and fullest_body(m.text, names, texts, m.block, m.start).split()[-1].lower() in PUBLIC_BODIES:
                continue
            found = m
    return fullest_body(found.text, names, texts, found.block, found.start) if found else None


def recent_unnamed(texts: Sequence[str | None], block: int, pos: int, gender: str | None = None) -> str | None:
    """The speaker an article describes without a name ("a former high-ranking UBS exec
    tells Yahoo Finance", "one witness said", "his 29-year-old wife said"), the most recent
    in this paragraph or the SPEAKER_REACH before: who "the source" or a "she" with no one named
    stands for; with ``gender`` ("m" for "he", "f" for "she"), not one described as of
    the other sex ("he said" after "his wife said")."""
    found: str | None = None
    for b in range(max(0, block - SPEAKER_REACH), block + 1):
        text = (texts[b] or "")[: pos if b == block else None]
        for v in LEAD_VERB_RE.finditer(text):
            m = LEAD_SUBJECT_RE.search(text, _sentence_start(text, v.start()), v.start())
            np = m.group("np") if m else None
            if not np or np.split()[0].lower() not in ("a", "an", "one", "his", "her", "their"):
                continue
            if gender is None or _described_sex(np) in (None, gender):
                found = np[0].lower() + np[1:]
    return found


def _described_sex(description: str) -> str | None:
    """The sex a description tells by its last word of sex ("his 29-year-old wife": "f",
    "a 33-year-old man": "m"; MALE_WORDS, FEMALE_WORDS), or None."""
    for w in reversed(description.lower().split()):
        if w in MALE_WORDS or w in ("man", "boy", "gentleman"):
            return "m"
        if w in FEMALE_WORDS or w in ("woman", "girl"):
            return "f"
    return None


# A passage in double quotation marks (its words are no attribution).
QUOTED_PASSAGE_RE = re.compile(r"[“\"][^”\"]*[”\"]")


def last_described_body(texts: Sequence[str | None], block: int, pos: int) -> str | None:
    """The subject of the last speech verb before (block, pos), in this paragraph or the
    one before, when it describes a body without naming it ("the UN nuclear watchdog
    said"): what "it" stands for then. None when that subject is a name or a person."""
    for b in range(block, max(-1, block - 2), -1):
        text = QUOTED_PASSAGE_RE.sub(lambda q: " " * len(q.group(0)), (texts[b] or "")[: pos if b == block else None])
        verbs = list(LEAD_VERB_RE.finditer(text))
        if not verbs:
            continue
        v = verbs[-1]
        m = LEAD_SUBJECT_RE.search(text, _sentence_start(text, v.start()), v.start())
        np = m.group("np") if m else None
        if not np or not np.lower().startswith("the ") or re.search(r",\s*[A-Z]", text[m.end("np"):v.start()]) \
                or np.split()[-1].lower() in UNNAMED_NOUNS | TITLE_WORDS | ROLE_NOUNS | EPITHETS:
            return None  # a name set off after it ("the owner, Shoei Kisen Kaisha, said") is what "it" stands for
        return document_author(np, texts, block, pos) or np[0].lower() + np[1:]
    return None


# Words that end a lower-case noun phrase ("the state emergency operation center on Saturday").
FUNCTION_WORDS = r"(?:on|in|at|to|for|of|and|or|but|with|from|by|the|a|an|that|which|who|as|after|before)\b"


def document_author(np: str, texts: Sequence[str | None], block: int, pos: int) -> str | None:
    """Who put out the document ``np`` names ("the report"), as the text before (block,
    pos) says: "a preliminary report released by the state emergency operation center";
    None when it does not say."""
    noun = np.split()[-1].lower()
    if noun not in DOCUMENT_NOUNS:
        return None
    by = re.compile(rf"\b(?i:{noun})s?,?\s+(?:[\w\-]+,?\s+){{0,2}}?{PUT_OUT_BY}\s+(?P<by>(?:the\s+)?(?:{NAME_RE}|"
                    rf"(?:(?!{FUNCTION_WORDS})[a-z][\w\-]*\s+){{0,4}}(?!{FUNCTION_WORDS})[a-z][\w\-]*))")
    for b in range(block, max(-1, block - SPEAKER_REACH - 1), -1):
        # (in the attribution's own sentence, after it too: "the majority opinion reads,
        # written by Justice Samuel Alito")
        text = (texts[b] or "")[: _sentence_end(texts[b] or "", pos) if b == block else None]
        # not a description a name goes on ("by the official MAP news agency")
        found = [m for m in by.finditer(text) if not re.match(r"\s+[A-Z]", text[m.end():])]
        if found:
            author = re.sub(r"(?<=\w{3})\.$", "", found[-1].group("by"))  # the sentence's full stop
            return author[0].lower() + author[1:] if author[:4].lower() == "the " else author
        told = list(re.finditer(rf"\b(?:in|via|through|posted|published|released|issued|shared|put\s+out)\s+"
                                rf"(?:an?|its|their)\s+(?:[\w\-]+\s+){{0,2}}?(?i:{noun})s?\b", text))
        if told:
            # "Organizers shared in a statement on Instagram that ..." then '"...," the
            # statement read': the subject of the sentence that tells of the document
            sentence = text[_sentence_start(text, told[-1].start()):told[-1].start()]
            opening = OPENING_PHRASE_RE.match(sentence)
            subject = DOCUMENT_SUBJECT_RE.match(sentence, opening.end() if opening else 0)
            if subject:
                return subject.group("name") or subject.group("body").lower()
    return None


# Nouns that refer back to a speaker the article does not name ("the source added").
UNNAMED_NOUNS = frozenset("source person witness man woman resident employee passenger insider onlooker official "
                          "officer survivor worker rescuer volunteer student doctor nurse driver".split())


def spokesperson_body(names: Sequence[NameMention], texts: Sequence[str | None], block: int, pos: int,
                      gender: str) -> str | None:
    """The body whose spokesperson "he" or "she" stands for: 'A spokeswoman for the Civil
    Space Safety Office said ... "...," she said.' The spokesperson must be introduced in
    this paragraph or the one before, with no person named as a subject since."""
    for b in (block, block - 1):
        text = (texts[b] or "") if b >= 0 else ""
        limit = pos if b == block else len(text)
        found = [m for m in SPOKESPERSON_OF_RE.finditer(text[:limit])
                 if not re.search(r"spokes(?:wo)?man", m.group(0)) or ("woman" in m.group(0)) == (gender == "f")]
        if not found:
            continue
        m = found[-1]
        if any(n.person and n.block == b and re.fullmatch(r",\s*", text[n.end:m.start()]) for n in names):
            return None  # "Yohanes Sirait, a spokesman for the authorities": he is named, and speaks
        since = [n for n in names if (b, m.end()) <= (n.block, n.start) < (block, pos) and n.person
                 and _in_subject_place(texts[n.block] or "", n.start, n.end)]
        name = _trim_name(m.group("name"))
        if since or not name:
            return None
        return fullest_body(name, names, texts, b, m.start("name"))
    return None


def recent_named_speaker(names: Sequence[NameMention], texts: Sequence[str | None], block: int,
                         pos: int) -> str | None:
    """The most recent person, in the last few paragraphs, named right before their speech
    verb ("Suella Braverman has said", "Rohit said"): who "the Home Secretary" or "the
    skipper" most likely is when the article never gives them that title."""
    found: str | None = None
    for m in names:
        if (m.block, m.start) >= (block, pos):
            break
        if m.person and m.block >= block - SPEAKER_REACH and NAME_SPEAKS_RE.match((texts[m.block] or "")[m.end:]):
            found = m.text if " " in m.text else resolve_name(m.text, names, m.block, m.start)
    return found


def lone_name_speaker(names: Sequence[NameMention], texts: Sequence[str | None], block: int, pos: int,
                      sex: str | None, prev: str | None = None) -> str | None:
    """A person the article names by one word ("Jokowi", "Catherine") whom a title stands
    for ("the President", "the princess"): the most recent such name, in the last few
    paragraphs, that is a clause's subject, else ``prev``, the speaker of the quote just
    before, when it is one; never an acronym, a body, a place or one of the other sex."""
    def fits(word: str) -> bool:
        return (word[:1].isupper() and not word.isupper() and word.lower() not in ORG_WORDS | COUNTRIES | CALENDAR
                and name_sex(word) in (None, sex) and word.lower() not in NOT_PERSON_WORDS | GROUP_SPEAKERS
                and not word.endswith(("s", "ing")))  # "Flames engulfed", "Trading was halted": no one
    found: str | None = None
    for m in names:
        if (m.block, m.start) >= (block, pos):
            break
        text = texts[m.block] or ""
        if " " not in m.text and m.block >= block - SPEAKER_REACH and fits(m.text) \
                and not PLACE_BEFORE_RE.search(text[max(0, m.start - 40):m.start]) \
                and (SUBJECT_VERB_RE.match(text[m.end:]) or NAME_SPEAKS_RE.match(text[m.end:])):
            found = m.text
    return found or (prev if prev and " " not in prev and fits(prev) else None)


def _in_subject_place(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] is a clause's subject: a verb follows it (after an
    apposition or two), a speech verb comes right before it ('said Jane Doe'), or only
    its titles and roles come before it in its sentence."""
    if SUBORDINATE_BEFORE_RE.search(text, max(0, start - 30), start):
        return False  # "Starmer arrived at the palace, where King Charles tasked him": a clause's aside
    if SUBJECT_VERB_RE.match(text[end:]):
        return True
    owned = POSSESSIVE_AFTER_RE.match(text, end)
    if owned and owned.group(1) not in SPOKESPEOPLE | KIN_NOUNS | TITLE_WORDS | ROLE_NOUNS:
        return False  # "Winterkorn's future with VW isn't assured": what is his is the subject
    sentence = text[_sentence_start(text, start) : start]
    if INVERTED_BEFORE_RE.search(sentence) or ACCORDING_BEFORE_RE.search(sentence):
        return True
    joined = list(CLAUSE_JOIN_RE.finditer(sentence))
    if joined and PRESENT_VERB_AFTER_RE.match(text, end):
        sentence = sentence[joined[-1].end():]  # "..., and works council boss Bernd Osterloh appears"
    return not ROLE_PREFIX_BREAK_RE.search(sentence)


# The source a report is given to, right before a name: "according to spokesman Sindu Rahayu".
ACCORDING_BEFORE_RE = re.compile(r"\baccording\s+to\s+(?:[A-Za-z][\w\-]*\s+){0,6}$")
# A subordinate clause opening right before a name: ", where ".
SUBORDINATE_BEFORE_RE = re.compile(r",\s+(?:where|whereupon)\s+(?:[A-Z][\w.]*\s+)?$")
# A possessive after a name and the lower-case word it owns ("Winterkorn's future"; a
# role or a kin noun, "Acme's spokesman", "Mr X's wife", keeps the name the speaker's).
POSSESSIVE_AFTER_RE = re.compile(r"['’]s\s+([a-z][\w\-]*)")


# Words that tell a person's sex: titles before a name, relations before a name.
MALE_WORDS = frozenset("mr sir lord king prince duke earl baron husband father son brother boyfriend widower "
                       "grandfather uncle nephew".split())
FEMALE_WORDS = frozenset("mrs ms miss dame lady queen princess duchess madam wife mother daughter sister girlfriend "
                         "widow grandmother aunt niece".split())


def person_genders(texts: Sequence[str | None], names: Sequence[NameMention]) -> dict[str, str]:
    """"m" or "f" for each person the article shows to be one: a title or a relation right
    before the name ("Ms Truss", "husband Hugh O'Leary"), or the pronoun that follows the
    name's speech verb ("Truss said she"); failing those, a common given name borne
    nearly always by one sex (given_names). A person shown to be both is left out."""
    people = {m.text for m in names if m.person}
    by_last: dict[str, set[str]] = {}
    for p in people:
        by_last.setdefault(p.split()[-1].lower(), set()).add(p)
    seen: dict[str, set[str]] = {}
    for m in names:
        text = texts[m.block] or ""
        words = m.text.split()
        who = by_last.get(words[-1].lower(), set()) if len(words) == 1 else {m.text} if m.person else set()
        before = re.findall(r"[\w']+", text[max(0, m.start - 20) : m.start].lower())
        title = words[0].lower().strip(".") if not m.person and len(words) == 2 else None
        marks = [w for w in [before[-1] if before else None, title] if w]
        sex = {"m" for w in marks if w in MALE_WORDS} | {"f" for w in marks if w in FEMALE_WORDS}
        if not m.person and title and title in MALE_WORDS | FEMALE_WORDS:
            who = by_last.get(words[-1].lower(), set())  # "Ms Truss"
        pm = SAID_PRONOUN_RE.match(text[m.end :])
        if pm:
            sex.add("m" if pm.group("pron") == "he" else "f")
        for p in who:
            seen.setdefault(p, set()).update(sex)
    out = {p: next(iter(g)) for p, g in seen.items() if len(g) == 1}
    for p in people:  # the weakest evidence, where the article gives none: a common given name
        if p not in seen or not seen[p]:
            sex = name_sex(p.split()[0]) if " " in p else None
            if sex:
                out[p] = sex
    return out


# A court's name: "General Court", "Hong Kong High Court", "Court of Justice".
COURT_NAME_RE = re.compile(r"(?:[A-Z][\w’'\-]+\s+){1,4}Court\b(?:\s+of\s+(?:[A-Z][\w’'\-]+\s*){1,3})?|"
                           r"\bCourt\s+of\s+(?:[A-Z][\w’'\-]+\s*){1,3}")


def recent_court(texts: Sequence[str | None], block: int, pos: int) -> str | None:
    """The court named last before (block, pos), quoted words included (a court's own
    statement names it): who "judges said" stand for."""
    for b in range(block, -1, -1):
        text = (texts[b] or "")[: pos if b == block else None]
        found = [m.group(0).strip() for m in COURT_NAME_RE.finditer(text)]
        found = [f for f in found if f.split()[0].lower() not in COMMON_WORDS]
        if found:
            return found[-1]
    return None


def recent_org(head: str, names: Sequence[NameMention], block: int, pos: int,
               texts: Sequence[str | None] = ()) -> str | None:
    """The organisation a common noun stands for: the most recent name before (block, pos)
    that contains ``head`` ("the committee" gives "Science & Technology Committee"), or for
    "the company"/"the firm"/"the group" the most recent company-shaped name ("... Ltd")
    or name the article sets off as a company ("Shoei Kisen, the Japanese owner of the
    ship," in ``texts``)."""
    head = head.lower()
    found: str | None = None
    for m in names:
        if (m.block, m.start) >= (block, pos):
            break
        words = [w.lower().strip(".") for w in m.text.split()]
        text = (texts[m.block] or "") if texts else ""
        inner = COMPANY_ROLE_IN_RE.match(m.text)
        if head in COMPANY_NOUNS and inner:
            found = inner.group("body")  # "CEO of OpenAI" read as one name
            continue
        if texts and head in BODY_NOUNS | ORG_WORDS \
                and re.search(rf"\b{re.escape(head)}\s+(?:the\s+)?$", text[max(0, m.start - 40):m.start]):
            found = m.text  # "UN atomic watchdog the International Atomic Energy Agency", "chip giant TSMC"
            continue
        if head in COMPANY_NOUNS and texts and (COMPANY_APPOSITION_RE.match(text[m.end:])
                                                or COMPANY_ROLE_BEFORE_RE.search(text[max(0, m.start - 40):m.start])
                                                or COMPANY_ROLE_AFTER_RE.match(text[m.end:])
                                                or STATEMENT_ISSUER_RE.match(text[m.end:])):
            found = m.text
            continue
        if m.person or " " not in m.text or all(w in TITLE_WORDS or w in ROLE_NOUNS or w == "of" for w in words):
            continue  # a person, a one-word name, or a role ("Chief Executive")
        if head in words or head + "s" in words or (head in COMPANY_NOUNS and words[-1] in COMPANY_SUFFIXES) \
                or BODY_KINDS.get(head, frozenset()) & set(words):
            found = m.text
            at = next((k for k, w in enumerate(words) if w in (head, head + "s")), len(words) - 1)
            if at < len(words) - 1 and words[at + 1] not in NAME_CONNECTORS | TITLE_WORDS | ORG_WORDS:
                found = " ".join(m.text.split()[: at + 1])  # "Ethiopian Airlines Flight ET" for "the airline"
    return found


# The word a body's name holds for what "the force", "the network" stand for.
BODY_KINDS = {"force": frozenset({"police", "constabulary"}), "network": frozenset({"news", "tv", "television",
              "broadcasting", "broadcasters"}), "broadcaster": frozenset({"news", "tv", "television", "broadcasting"}),
              "channel": frozenset({"news", "tv", "television"}), "newspaper": frozenset({"times", "post", "herald",
              "journal", "gazette", "tribune"})}


# What sets a name off as a company: ", the Japanese owner of ...", ", a Shenzhen-based maker",
# ", parent company of ...".
COMPANY_APPOSITION_RE = re.compile(
    r"\s*(?:,|\s[–—-])\s+(?:(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}|(?:parent|holding|sister)\s+)"
    r"(?:company|firm|owner|operator|maker|manufacturer|group|lender|carrier|airline|retailer|developer|insurer|"
    r"bank|conglomerate|shipper|builder|contractor)\b")
# A company's role-holder before or after its name, or read into it: "the CEO of OpenAI",
# "OpenAI CEO Sam Altman", the name "CEO of OpenAI".
# ("the Japanese owner of the ship": an owner is named after "of" only.)
COMPANY_ROLES = r"(?i:CEO|chief executive|co-founder|founder|chairman|chairwoman|boss)"
COMPANY_ROLE_BEFORE_RE = re.compile(rf"\b(?:{COMPANY_ROLES}|(?i:owner|board))\s+of\s+(?:the\s+)?$")
COMPANY_ROLE_IN_RE = re.compile(rf"(?:{COMPANY_ROLES}|(?i:owner))\s+of\s+(?:the\s+)?(?P<body>[A-Z].*)")
COMPANY_ROLE_AFTER_RE = re.compile(rf"(?:['’]s)?\s+{COMPANY_ROLES}\b")
# A body putting out words: "issued a welcoming statement regarding the recall", "issued warning".
ISSUED_STATEMENT = (r"\b(?:issued|released|put out|published)\s+(?:(?:a|an)\s+)?(?:[\w\-]+\s+)?"
                    r"(?:statement|warning|alert|notice|advisory)s?\b")
ISSUED_STATEMENT_RE = re.compile(ISSUED_STATEMENT)
# A body issuing a statement: "OceanGate Expeditions, which operated the Titan, issued a statement".
STATEMENT_ISSUER_RE = re.compile(r"(?:\s*,[^,“”\"]{1,80},)?\s+" + ISSUED_STATEMENT)
# Roles a person just named is called by: "the skipper", "the actress", "the West Bengal CM".
ROLE_NOUNS = frozenset("""cm pm mp skipper captain coach manager boss actress actor singer star striker batter batsman
    bowler opener midfielder defender goalkeeper keeper player rapper musician director producer founder
    billionaire tycoon entrepreneur president minister secretary chancellor premier governor senator
    mayor leader chairman chairwoman chair commissioner ceo cfo cto coo chief prosecutor attorney judge sheriff
    commander ambassador envoy coordinator co-ordinator organiser organizer""".split())
# What the person just named is called again: "the Delaware Democrat", "the Tory MP".
EPITHETS = frozenset("""democrat republican conservative tory liberal socialist mp senator lawmaker
    spaniard frenchman frenchwoman briton scot dutchman englishman englishwoman welshman irishman swede dane finn
    argentine argentinian australian american brazilian portuguese italian german kiwi serb croat""".split())
# Documents said to speak ("a statement said", "the ruling said"): their author is the body
# that spoke last, not the document.
DOCUMENT_NOUNS = frozenset("statement release report post ruling judgment judgement filing letter document "
                           "notice decision order verdict announcement readout opinion email memo".split())


# What someone speaks through ("in her message posted on ..."): no speaker of its own.
MEDIA_NOUNS = frozenset("message video tweet speech remarks interview address broadcast".split())


# Common nouns that stand for a company named earlier.
COMPANY_NOUNS = frozenset("company firm group operator business carrier airline lender retailer maker giant".split())
# Common nouns that stand for a body the article named: a company's, and "the space agency",
# "the regulator", "the photo-sharing app", "the social media conglomerate".
BODY_NOUNS = COMPANY_NOUNS | frozenset("agency regulator watchdog app platform conglomerate".split())
# Last words of a company's name.
COMPANY_SUFFIXES = frozenset(
    "inc corp corporation ltd llc plc co company group holdings technologies limited ag sa gmbh nv bv".split()
)


# ---------------------------------------------------------------------------
# Quotations
# ---------------------------------------------------------------------------

# Verbs that introduce reported speech, in the forms used in news copy.
SPEECH_VERB = (
    r"(?:said|says|say|told|tells|tell|added|adds|stated|states|explained|explains|noted|notes|"
    r"argued|argues|wrote|writes|asked|asks|replied|replies|insisted|insists|warned|warns|"
    r"claimed|claims|acknowledged|acknowledges|admitted|admits|continued|continues|declared|"
    r"declares|remarked|remarks|commented|comments|recalled|recalls|announced|announces|"
    r"stressed|stresses|emphasi[sz]ed|emphasi[sz]es|observed|observes|suggested|suggests|"
    r"urged|urges|conceded|concedes|cautioned|cautions|predicted|predicts|tweeted|tweets|"
    r"posted|responded|responds|maintained|maintains|concluded|concludes|confirmed|confirms|"
    r"agreed|agrees|joked|jokes|complained|complains|quipped|quips|shouted|shouts|"
    r"described|describes|called|calls|dismissed|dismisses|denounced|denounces|praised|praises|"
    r"criticised|criticized|criticises|criticizes|vowed|vows|promised|promises|pledged|pledges|"
    r"hailed|hails|labelled|labeled|branded|brands|accused|accuses|demanded|demands|welcomed|"
    r"welcomes|questioned|questions|testified|testifies|whispered|yelled|texted|emailed|chanted|chant|chants|"
    r"screamed|cried|exclaimed|exclaims|termed|terms|"
    r"shared|indicated|justified|condemned|condemns|revealed|reiterated|assured|boasted|countered|lamented|mused|"
    r"pleaded|recounted|proclaimed|proclaims|"
    r"reflected|retorted|scoffed|snapped|sighed|alleges|alleged|read|reads|answered|answers|"
    r"reported|pointed out|points out|puts it|put it|went on|goes on|wrote in|said in a statement|"
    r"made (?:the|an) announcement|"
    r"(?:was|were|is|are)\s+(?:cited|quoted)(?:\s+by(?:\s+[\w.\-’']+){1,5}?)?\s+(?:as\s+saying|as\s+stating|stating|saying))"
)
# "Truss said she", "Jane Doe told reporters he": the pronoun the person's own sentence uses.
SAID_PRONOUN_RE = re.compile(rf"^\s+(?:\w+\s+){{0,2}}?{SPEECH_VERB}\s+(?:that\s+)?(?P<pron>he|she)\b")
# A verb right after a subject's name: "said", "expressed", "gave", "would not confirm",
# "has also warned".
VERB_AFTER_NAME = (r"(?:(?:would|will|could|can|should|may|might|must|did|does|do)(?:\s+not|n['’]t)?\s+[a-z]+"
                   r"|(?:(?:also|then|later|earlier|further|again|first|once|still|now|himself|herself|themselves|"
                   r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday|"
                   r"has|had|have|[a-z]+ly)\s+){0,3}"
                   rf"(?:{SPEECH_VERB}|[a-z]{{3,}}ed|{'|'.join(sorted(IRREGULAR_VERBS))}))\b")
# A name as it appears as the subject of a speech verb ("Jane Moreau", "Mr. Smith").
NAME_WORD = rf"(?:{ATTACHED_PARTICLE})?[{UPPER}][\w'’.\-]*"
NAME_RE = rf"(?:{NAME_WORD}(?:\s+(?:(?:of|for|&|de|van|von|bin|al)\s+)?{NAME_WORD}){{0,4}})"
# Adverbs that end no noun phrase ("a road in Bristol once described as").
ADVERBS = r"once|also|later|then|now|still|earlier|already|just|ever|never|[a-z]+ly"
# Whom a document is sent to ("a guild email to members"): a phrase of its noun phrase.
AUDIENCES = "members|staff|employees|shareholders|customers|investors|parents|students|supporters|users"
# The subject of a speech verb: a name, he/she, or a short common noun phrase (which
# never ends in a function word: "a spokesperson for the ..." is "a spokesperson").
SUBJECT_RE = (
    rf"(?:(?P<name>(?:[Tt]he\s+)?{NAME_RE})|(?P<pron>\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|I|[Ww]e)\b)|"
    r"(?P<np>(?:\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|"
    r"[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Mm]any|[Mm]ost|[Aa]ll|[Hh]is|[Hh]er|[Tt]heir)|"
    r"(?<![\w’'])[A-Z][\w.\-]*(?:\s+[A-Za-z][\w.\-]*)?['’]s)\s+"
    r"(?:(?!(?:has|have|had|is|was|were|will|would|can|could|may|might|should|must|did|does|for|of|the|a|an|at|in|"
    r"on|to|and|but|or|with|from|by|that|who|which|whose)\b)(?:[A-Za-z]|\d{1,3}-)[\w\-.’']*\s+){0,3}"
    r"(?!(?:for|of|the|a|an|at|in|on|to|and|but|or|with|from|by|that|who|which|"
    r"has|have|had|is|was|were|will|would|can|could|may|might|should|must|did|does|"
    r"once|also|later|then|now|still|earlier|already|just|ever|never)\b)(?:[a-z][\w\-]*|\d{1,3}-year-old)"
    r"(?:\s+(?:for|of|in|at|from|with|close\s+to|on(?=\s+(?:the|a|an|board)\b)|"
    rf"to(?=\s+(?:its\s+|their\s+|the\s+)?(?:{AUDIENCES})\b))\s+(?:the\s+)?"
    r"(?:(?:[A-Za-z][\w\-.’']*\s+){0,2}"
    rf"(?!(?:for|of|the|a|an|at|in|on|to|and|but|or|with|from|by|that|who|which|{ADVERBS})\b)[a-z][\w\-]*"
    r"|[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*){0,2}))?"
    rf"|\b(?:{'|'.join(sorted(GROUP_SPEAKERS))})\b"
    r"(?!\s+(?:officers?|official|spokes(?:wo)?man|spokesperson|chief|commissioner|inspector|sergeant|constable|"
    r"superintendent|detective|minister|secretary|director)\s+[A-Z])"  # "police officer Mohammad Shahid"
    r"(?:\s+(?:with|at|from|for|of)\s+(?:the\s+)?(?:[A-Za-z][\w\-.’']*\s+){0,3}[A-Za-z][\w\-]*)?))"
)
# The words of an apposition between commas (", who leads the union,"); a thousands
# separator inside a number (", which represents 4,000 dockers,") does not end it.
APPOSITION = r"(?:[^,“”\"]|(?<=\d),(?=\d{3})){1,140}"
# After a subject's name: a verb, maybe after appositions (", 71, who has ..., said").
SUBJECT_VERB_RE = re.compile(rf"^(?:\s*,[^,.;:“”\"]{{1,100}}){{0,2}},?\s+{VERB_AFTER_NAME}")
# A preposition before a name that makes it an object ("issues on Microsoft systems").
OBJECT_PREP_BEFORE_RE = re.compile(r"\b(?i:on|of|for|by|to|with|from|in|at|into|about|over|against)\s+(?:the\s+)?$")
# An outlet's verb after its name: "WSB reported".
REPORTED_AFTER_RE = re.compile(r"\s+(?:also\s+)?report(?:ed|s)\b")
# A capitalised word inside a sentence, not opening it.
MID_SENTENCE_CAPITAL_RE = re.compile(r"(?<=[\w,;’'\-)]\s)[A-Z][\w’'\-]*")
# A verb right after a body's name that makes it its clause's subject ("Delta is still
# trying", "Instagram asks", "Facebook acknowledged"); "reported" is an outlet's.
BODY_SUBJECT_VERB_RE = re.compile(r"\s+(?:(?:also|still|then|now|later|has|have|had)\s+)?"
                                  rf"(?!reported\b)(?:is|was|has|had|[a-z]{{3,}}s(?<!ss)|[a-z]{{3,}}ed|{SPEECH_VERB}|"
                                  rf"{'|'.join(sorted(IRREGULAR_VERBS))})\b")
# Speech verbs whose subject may follow them ('said Jane Moreau'); after the others a name
# is the one spoken to or about ('told the King', 'praised Smith').
INVERTING_VERBS = (r"(?:said|says|added|adds|wrote|writes|explained|noted|continued|recalled|insisted|replied|"
                   r"responded|stated|declared|remarked|commented)")
# A speech verb right before a name ('," said Thomas Vinje', "said Sen."), titles allowed.
INVERTED_BEFORE_RE = re.compile(rf"\b{INVERTING_VERBS}\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){{0,3}}(?:[A-Z][\w.'’-]*\s+)*$")
# What makes the words before a name more than its titles and roles: punctuation, a
# function word, a verb ("to Julia Leighton", "he warned Mr").
ROLE_PREFIX_BREAK_RE = re.compile(r"[,;:“”\"()]|\b(?:of|to|by|with|for|from|at|in|on|and|but|or|that|as|than|"
                                  rf"he|she|they|we|it|[a-z]+ed|[a-z]+ing|{SPEECH_VERB}|"
                                  rf"{'|'.join(sorted(IRREGULAR_VERBS))})\b")
# How many paragraphs back a pronoun may reach for the person who spoke.
SPEAKER_REACH = 3
# Words of a person's name followed by their speech verb: "said", ", who ..., told".
NAME_SPEAKS_RE = re.compile(rf"^(?:['’]s?(?:\s+[a-z]+){{0,3}}?)?\s*(?:,{APPOSITION},)?\s*"
                            rf"(?:(?:also|then|later|has|had|have|would|in\s+turn)\s+)?{SPEECH_VERB}\b")
# Words between a quote and the name of its speaker: roles and modifiers, capitalised or
# not ("vice presidential candidate Mike Pence said", "Clinton staffer Maya Harris
# replied", "a smiling Clinton said"); never a clause (no comma, no function word, no
# "-ing" word but right after an article), so the name is the speech verb's subject.
MODIFIERS = (r"(?:(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+ing\s+)?)?(?:[a-z][\w\-]*\s+and\s+(?=[a-z]))?"  # "search and rescue"
             r"(?:(?!(?:of|for|to|with|by|at|from|in|on|and|or|but|that|who|which|whose|as|than|said|says|told|"
             r"after|before|when|while|because|since|until|if|although|though|once|where)\b)"
             r"(?![a-z]+ing\b)(?:[A-Za-z]|\d+-)[\w\-’'.]*\s+){0,6}?")
# Lowercase titles and roles as regex alternatives ("mayor", "general secretary"), longest first.
TITLE_ALT = "|".join(sorted((re.escape(w) for w in TITLE_WORDS if w.isalpha()), key=len, reverse=True))
# A spokesperson speaks for the body: "a spokeswoman for Microsoft" is Microsoft.
SPOKESPERSON_OF = (r"(?:[Aa]n?|[Tt]he)\s+(?:[\w\-]+\s+)?(?:spokesperson|spokesman|spokeswoman)\s+(?:for|of|at)\s+"
                   rf"(?:the\s+)?(?P<name>{NAME_RE})")
SPOKESPERSON_OF_RE = re.compile(SPOKESPERSON_OF)
# A document and the body it comes from: "a statement from the Justice Department".
DOCUMENT_OF = (r"(?:[Aa]n?|[Tt]he)\s+(?:[\w\-]+\s+)?(?:statement|release|report|filing|letter|notice|ruling|"
               r"judgment|announcement)(?:\s+(?:on\s+|late\s+|early\s+)?(?:[A-Z][a-z]+day|yesterday|today))?"
               rf"\s+(?:from|by|of)\s+(?:the\s+)?(?P<name>{NAME_RE})")
# What a body gave out: "the vessel information provided by the Synergy Marine Group".
PUT_OUT_BY = r"(?:provided|released|published|issued|compiled|prepared|shared|given|put\s+out|written|authored)\s+by"
PROVIDED_BY = rf"(?:the\s+)?(?:[\w\-]+\s+){{0,3}}{PUT_OUT_BY}\s+(?:the\s+)?(?P<name>{NAME_RE})"
# A few words completing a quoted passage's clause before its attribution: '"... secure a
# conviction" on a murder charge, said Nathi Mncube'.
QUOTE_COMPLETED = rf"(?:\s+[a-z][\w\-’']*(?:\s+[\w\-’']+){{0,5}}(?=,\s+{SPEECH_VERB}\s))?"
# A role set off after a name whose closing comma is left out ("Tamer Ramadan, chairman of
# the ... delegation (IFRC) told reporters"): the name speaks.
SET_OFF_ROLE = "(?:" + "|".join(sorted(ROLE_NOUNS | {"head", "member", "spokesman", "spokeswoman", "spokesperson"},
                                       key=len, reverse=True)) + ")"
# What follows a closing quotation mark when the attribution comes after the quote; the
# last branches are a name after its role, "Lowmere mayor Jane Moreau told reporters",
# and a name set off after its role, "the agency's chief executive, Jane Moreau, said".
TRAIL_RE = re.compile(
    rf"""^{QUOTE_COMPLETED}[\s,;:.…—–\-]*(?:
        {SPEECH_VERB}\s+{DOCUMENT_OF.replace('(?P<name>', '(?P<name11>')}
      | (?:[Aa]n?|[Tt]he)\s+(?:[\w\-’']+\s+){{1,3}}?(?:identified\s+(?:only\s+)?as|named|surnamed)\s+(?P<name13>{NAME_RE})
        (?:\s*,{APPOSITION},)?\s+(?:(?:also|later|then|[a-z]+ly)\s+)?{SPEECH_VERB}\b
      | {SPEECH_VERB}\s+(?:[Aa]n?|[Tt]he)\s+(?:[\w\-’']+\s+){{1,3}}?(?:identified\s+(?:only\s+)?as|named|surnamed)\s+
        (?P<name14>{NAME_RE})
      | (?P<name12>{NAME_RE})\s+(?:(?:news|state|wire)\s+)?(?:agency|outlet|broadcaster|network|newspaper|channel)\s+
        (?:(?:also|later|then|[a-z]+ly)\s+)?{SPEECH_VERB}\b
      | {SPEECH_VERB}\s+{SUBJECT_RE}
      | {MODIFIERS}{SUBJECT_RE.replace('(?P<name>', '(?P<name2>').replace('(?P<pron>', '(?P<pron2>').replace('(?P<np>', '(?P<np2>')}
        (?:\s+who\s+[^,.;:“”"]{{1,80}}?)?(?P<asides2>(?:\s*,[^,“”"]{{1,80}}(?=,)){{0,2}})
        (?:\s*,(?P<app2>{APPOSITION}),
        |\s*,\s+(?:written|signed|authored|issued|released|published|posted)\s+by\s+(?:[A-Z][\w.’'\-]*\s+){{1,5}}?
        (?=[A-Z][\w.’'\-]*\s+(?:(?:also|later|then|simply|[a-z]+ly)\s+)?{SPEECH_VERB}\b)[A-Z][\w.’'\-]*)?
        \s+(?:(?:also|later|then|simply|[a-z]+ly)\s+)?{SPEECH_VERB}\b
      | {SPEECH_VERB}\s+(?:(?!(?:on|in|at|by|to|that|the|a|an|it|this|he|she|they|we|during|after|before|from|with|for)\b)
        (?:[a-z]|\d{{1,3}}-)[\w\-]*\s+|[A-Z][\w\-]*\s+(?=[a-z])(?!{ATTACHED_PARTICLE}[A-Z])){{1,6}}(?P<name4>{NAME_RE})
      | {SPOKESPERSON_OF.replace('(?P<name>', '(?P<name7>')}\s+(?:(?:also|later|then|[a-z]+ly)\s+)?{SPEECH_VERB}\b
      | (?:(?:[a-z][\w\-]*\s+){{1,2}}of\s+(?:the\s+)?)?{NAME_RE}(?:\s+\([A-Z]{{2,8}}\))?\s+(?:[a-z][\w\-]*\s+){{1,2}}
        (?P<name16>{NAME_RE})
        (?:\s*,{APPOSITION},)?\s+(?:(?:also|later|then|[a-z]+ly)\s+)?{SPEECH_VERB}\b
      | (?P<name19>{NAME_RE}\s+(?:province|county|prefecture|district|municipality|governorate|region|state|city)
        (?:\s+(?:government|authorities|officials|police|council|office))?)\s+(?:(?:also|later|then|[a-z]+ly)\s+)?
        {SPEECH_VERB}\b
      | (?:rang|rung|went\s+up|erupted|echoed)\s+(?:out\s+)?(?:from|among)\s+
        (?P<np18>(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){{0,2}}[a-z][\w\-]*)
      | (?:(?:spokes(?:wo)?man|spokesperson|official|director|chief|head|minister|secretary)\s+)?
        (?P<name17>{NAME_RE})\s+(?:of|at|from|with)\s+(?:the\s+)?[\w.&'’\- ]{{1,40}}?\s+
        (?:(?:also|later|then|[a-z]+ly)\s+)?{SPEECH_VERB}\b
      | (?:[Tt]he\s+|[Aa]n?\s+)?(?P<name9>{NAME_RE})\s+(?:spokesperson|spokesman|spokeswoman)\s+(?:(?:also|later|then|[a-z]+ly)\s+)?{SPEECH_VERB}\b
      | (?P<np10>(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:{'|'.join(sorted(DOCUMENT_NOUNS))}))\s+(?:on|in|at|from)\s+
        [^,.;:“”"]{{1,40}}?\s+{SPEECH_VERB}\b
      | according\s+to\s+{PROVIDED_BY.replace('(?P<name>', '(?P<name15>')}
      | according\s+to\s+{DOCUMENT_OF.replace('(?P<name>', '(?P<name8>')}
      | according\s+to\s+{SUBJECT_RE.replace('(?P<name>', '(?P<name3>').replace('(?P<pron>', '(?P<pron3>').replace('(?P<np>', '(?P<np3>')}
      | (?:{NAME_RE}\s+)?(?:[a-z][\w\-]*\s+){{0,2}}(?:{TITLE_ALT})\s+(?P<name5>{NAME_RE})
        (?:\s*,{APPOSITION},)?\s+(?:(?:also|later|then|simply|[a-z]+ly)\s+)?{SPEECH_VERB}\b
      | (?:[Tt]he\s+)?(?:[\w’'\-]+\s+){{0,4}}[\w’'\-]+,\s+(?P<name6>{NAME_RE}),(?:{APPOSITION},)?\s+
        (?:(?:also|later|then|simply|[a-z]+ly)\s+)?{SPEECH_VERB}\b
      | (?P<name20>{NAME_RE}),\s+(?:the|a|an)\s+(?:[\w’'\-]+\s+){{1,8}}?(?:(?:also|later|then|[a-z]+ly)\s+)?
        {SPEECH_VERB}\b
      | by\s+(?:(?:[a-z][\w\-]*|[A-Z]{{2,}})\s+){{0,3}}(?P<name21>{NAME_RE})
      | (?P<name22>{NAME_RE}),\s+(?:the\s+)?{SET_OFF_ROLE}\s+(?:of|at|for)\s+[^,;:“”"]{{1,140}}?\s+
        (?:(?:also|later|then|[a-z]+ly)\s+)?{SPEECH_VERB}\b
    )""",
    re.X,
)
# Adverbs and auxiliaries between a subject and its speech verb ("she had told", "he also said").
AUXILIARIES = r"(?:(?:also|later|then|now|still|has|have|had|would|will|could|[a-z]+ly)\s+){0,2}"
INVERTING_VERB_RE = re.compile(rf"{INVERTING_VERBS}$")
# A speech verb anywhere in the text before an opening quotation mark.
# Verbs of expressing right before the words expressed ('Theresa May sent her "deepest
# condolences ..."'): speech verbs there only.
EXPRESSED = (r"(?:expressed|conveyed|extended|offered|sent|blamed|cited)"  # 'Staffieri blamed "a network ..."'
             r"(?=\s+(?:(?:his|her|their|its|our|my|the)\s+)?$)")
LEAD_VERB_RE = re.compile(rf"\b(?:{SPEECH_VERB}|{EXPRESSED}|ruled|rules|charged(?=\s+that))\b")  # "ruled that"
# The agent of a passive speech verb ('called by one of its creators "..."').
PASSIVE_BY_RE = re.compile(r"\s+by\s+(?P<by>(?:(?!(?:as|to|for|in|on|at|with|from|that|being)\b)[\w’'\-]+\s+){0,5}?"
                           r"(?!(?:as|to|for|in|on|at|with|from|that|being)\b)[\w’'\-]+)"
                           r"(?:\s+(?:as|as\s+being|to\s+be))?\s*[,—–:\-]?\s*$")
# The subject right before a speech verb, with an optional appositive between commas or
# dashes ("The four dissenters - aptly ... - also said").
LEAD_SUBJECT_RE = re.compile(rf"{SUBJECT_RE}(?:\s+who\s+[^,.;:“”\"]{{1,60}}?)?(?:\s*,{APPOSITION},"
                             r"|\s+[-–—]\s+[^-–—“”\"]{1,80}?\s+[-–—])?\s+"
                             rf"{AUXILIARIES}$")
# A person's name followed by an apposition before a speech verb ("Marta Kovac, who
# leads the union, told"): the name, not the last name inside the apposition, speaks.
LEAD_APPOSITIVE_RE = re.compile(
    rf"(?<![\w'’.])(?P<name>(?:[{UPPER}][\w'’.\-]*\s+){{0,3}}[{UPPER}][\w'’\-]+)\s*,{APPOSITION},\s+"
    r"(?:(?:also|later|then|[a-z]+ly)\s+)?$"
)
# A name right before a speech verb, closing an apposition ("the director, Grace Mensah, said").
LEAD_NAME_RE = re.compile(rf"(?<![\w'’])(?P<name>{NAME_RE})(?:\s*\([^()]{{1,30}}\))?,?\s+{AUXILIARIES}$")
# A person and where they work before a speech verb ("Neil Wilson at markets.com said").
LEAD_AFFILIATED_RE = re.compile(rf"(?<![\w'’])(?P<name>{NAME_RE})\s+(?:at|of|from|with)\s+[\w.&'’\- ]{{1,40}}?\s+{AUXILIARIES}$")
# A name set off by a comma after a role ('the minister, Idris Bello', "the city's mayor,
# Jane Moreau"), up to the role's end.
APPOSED_NAME_RE = re.compile(rf"^(?:['’]s)?(?:\s+[\w\-’'().]+){{0,8}}?\s*,\s*(?:[a-z][\w\-]*\s+){{0,3}}"
                             rf"(?P<name>{NAME_RE})")
# "said Jane Moreau" in the lead: the subject right after the speech verb.
LEAD_INVERTED_RE = re.compile(rf"^\s+{SUBJECT_RE}")
# "According to X," before the quote.
ACCORDING_RE = re.compile(rf"\b[Aa]ccording\s+to\s+(?:{PROVIDED_BY.replace('(?P<name>', '(?P<name3>')}|{DOCUMENT_OF}|"
                          rf"{MODIFIERS}{SUBJECT_RE.replace('(?P<name>', '(?P<name2>')})")
# Double quotation marks, straight and typographic.
DOUBLE_QUOTES = "\"“”„‟«»"
# Characters after which a quotation mark opens a quote.
OPENERS = " \t\n([{—–-/:,;"
# A word of the quoted text, for counting words.
WORD_RE = re.compile(r"[\w'’\-]+")
# Terminal punctuation at the end of the quoted words: a quoted sentence, not a term.
QUOTE_END_RE = re.compile(r"[.,!?…;:—–\-]$")


@dataclass(slots=True, frozen=True)
class _Span:
    """A quoted passage: where its words start and end in each block it covers."""

    parts: tuple[tuple[int, int, int], ...]  # (block, start, end) of the words, quote marks excluded
    open_at: int  # offset of the opening mark in the first block
    close_at: int  # offset just after the closing mark in the last block (-1 when unclosed)


def _double_spans(texts: Sequence[str | None]) -> list[_Span]:
    """Double-quoted passages over the paragraphs, following one across paragraph breaks.

    By news convention a quote that runs on into the next paragraph leaves its closing
    mark off and opens the next paragraph with a quotation mark again.
    """
    spans: list[_Span] = []
    pending: list[tuple[int, int, int]] | None = None  # parts of a quote still open
    pending_open = 0
    for b, text in enumerate(texts):
        if text is None:  # a heading ends any open quote
            if pending:
                spans.append(_Span(tuple(pending), pending_open, -1))
            pending = None
            continue
        marks = [i for i, ch in enumerate(text) if ch in DOUBLE_QUOTES]
        start: int | None = None
        if pending is not None:
            first = marks[0] if marks else -1
            if first >= 0 and not text[:first].strip() and _opens(text, first):
                start = first + 1  # the quote continues in this paragraph
                marks = marks[1:]
            elif first >= 0 and text[first] in "”»" and not _opens(text, first) and _closes(text, first):
                # the quote runs on with its opening mark lost ('... level.' / 'They made ... people."')
                spans.append(_Span(tuple(pending + [(b, 0, first)]), pending_open, first + 1))
                pending = None
                marks = marks[1:]
            else:
                spans.append(_Span(tuple(pending), pending_open, -1))
                pending = None
        for i in marks:
            if start is None:
                if _opens(text, i):
                    start = i + 1
                    pending_open = i if pending is None else pending_open
                continue
            if _opens(text, i) and not _closes(text, i):
                continue  # a second opening mark: treat the first as stray
            parts = (pending or []) + [(b, start, i)]
            spans.append(_Span(tuple(parts), pending_open if pending else start - 1, i + 1))
            pending = None
            start = None
        if start is not None:
            if pending is None:
                pending_open = start - 1
            pending = (pending or []) + [(b, start, len(text))]
    if pending:
        spans.append(_Span(tuple(pending), pending_open, -1))
    return spans


def quoted_parts(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the double-quoted passages of one text (see _double_spans); a
    passage cut by the text's start counts from it ('...you find bodies," said X')."""
    if not any(q in text for q in DOUBLE_QUOTES):
        return []
    first = next(i for i, ch in enumerate(text) if ch in DOUBLE_QUOTES)
    if _opens(text, first) or not _closes(text, first):
        return [(s, e) for span in _double_spans([text]) for _b, s, e in span.parts]
    rest = " " * (first + 1) + text[first + 1:]  # the closing mark read, offsets kept
    return [(0, first)] + [(s, e) for span in _double_spans([rest]) for _b, s, e in span.parts]


def _opens(text: str, i: int) -> bool:
    """Whether the quotation mark at ``i`` opens a quote (by what surrounds it)."""
    ch = text[i]
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if nxt.isspace():
        return False
    if ch in "“„«":
        return True
    if ch in "”»":
        return i == 0 or text[i - 1] in OPENERS
    return i == 0 or text[i - 1] in OPENERS


def _closes(text: str, i: int) -> bool:
    """Whether the quotation mark at ``i`` can close a quote."""
    return i > 0 and not text[i - 1].isspace()


# A single quotation mark opening a quote: at the start or after white space/bracket.
SINGLE_OPEN_RE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–]))['‘](?=\w)")
# A single quotation mark closing a quote: after a word or punctuation, before a non-letter.
SINGLE_CLOSE_RE = re.compile(r"(?<=[\w.,!?…])['’](?![\w])")


def _single_spans(texts: Sequence[str | None]) -> list[_Span]:
    """Single-quoted passages in paragraphs that have no double quotation marks (British style)."""
    spans: list[_Span] = []
    for b, text in enumerate(texts):
        if text is None or any(ch in DOUBLE_QUOTES for ch in text):
            continue
        pos = 0
        while True:
            m = SINGLE_OPEN_RE.search(text, pos)
            if not m:
                break
            nxt_open = SINGLE_OPEN_RE.search(text, m.end())
            limit = nxt_open.start() if nxt_open else len(text)
            closes = [c for c in SINGLE_CLOSE_RE.finditer(text, m.end()) if c.start() < limit]
            if not closes:
                closes = list(SINGLE_CLOSE_RE.finditer(text, m.end()))[:1]
            if not closes:
                break
            # "the workers' rights": a closing mark after punctuation is the likelier end.
            c = next((c for c in closes if text[c.start() - 1] in ".,!?…"), closes[0])
            spans.append(_Span(((b, m.end(), c.start()),), m.start(), c.end()))
            pos = c.end()
    return spans


def _sentence_start(text: str, pos: int) -> int:
    """Offset where the sentence holding ``pos`` starts (by the shared splitter's rules)."""
    start = 0
    for s, e in split_text(text):
        if s <= pos:
            start = s
        else:
            break
    return start


def _sentence_end(text: str, pos: int) -> int:
    """Offset where the sentence holding ``pos`` ends."""
    for s, e in split_text(text):
        if e > pos:
            return e
    return len(text)


@dataclass(slots=True, frozen=True)
class _Attribution:
    """Who a quote is attributed to, as written, and where the words are."""

    kind: str  # "name", "pron" or "np"
    words: str
    block: int
    pos: int


def _from_match(m: re.Match[str], suffix: str, block: int, base: int) -> _Attribution | None:
    for kind in ("name", "pron", "np"):
        key = kind + suffix
        if key in m.re.groupindex and m.group(key):
            words = m.group(key)
            if kind == "name":
                raw = words
                words = _trim_name(words)
                if not words:
                    low = raw.strip().lower()
                    if low in PERSON_PRONOUNS or (low in ("they", "it") and not raw.strip().isupper()):
                        # "He said", "They also stated" at a sentence start (not "IT" in "IT expert")
                        return _Attribution("pron", raw.strip(), block, base + m.start(key))
                    return None
            if kind == "np" and words.split()[-1].lower() in COMMON_WORDS:
                return None  # "the appointment but": a clause boundary, not a subject
            return _Attribution(kind, words, block, base + m.start(key))
    return None


def _trim_name(name: str) -> str:
    """A subject name without function words at its edges ("But Smith" gives "Smith")."""
    words = name.split()
    while words and words[0].lower().strip(".") in COMMON_WORDS:
        words.pop(0)
    while words and words[-1].lower() in NAME_CONNECTORS:
        words.pop()
    if words and len(words[-1]) > 2 and words[-1].endswith("."):
        words[-1] = words[-1][:-1]  # the sentence's full stop, not an initial
    return " ".join(words)


REPORTER_AFTER_RE = re.compile(r"^[\s,]*(?:[\w\-’'.]+\s+){1,5}reported\b")


def _reporter_after(text: str, at: int) -> bool:
    """The words after a quote's close name who reported it ('," public broadcaster NHK reported')."""
    return bool(REPORTER_AFTER_RE.match(text[at:]))


def _trailing(text: str, block: int, at: int) -> _Attribution | None:
    """The attribution written right after a closing quotation mark ('," Moreau said')."""
    # Only the rest of the quote's own sentence: a quote that ends its sentence ('... world."
    # The company has argued') has no attribution after it, unless what follows is only
    # one ('... solution." Ren said.').
    tail = text[at : max(_sentence_end(text, at - 1), at) if 0 < at < len(text) else at]
    alone = False
    if not tail.strip() and at < len(text):
        following = text[at : _sentence_end(text, at)]
        if len(WORD_RE.findall(following)) <= ATTRIBUTION_WORDS or _attribution_then_circumstance(following):
            tail, alone = following, True
    nxt = min((i for i, ch in enumerate(tail) if ch in DOUBLE_QUOTES), default=len(tail))
    m = TRAIL_RE.match(tail[:nxt])
    if not m and not alone:
        bare = VERBLESS_TRAIL_RE.fullmatch(tail[:nxt]) or DASH_CREDIT_RE.fullmatch(tail[:nxt])
        if bare and (person_part(bare.group("name")) or name_sex(bare.group("name"))
                     or PERSON_WORD_RE.fullmatch(bare.group("name"))):
            # '"It's the best time of my life," Morgan, who joined Leicester four years ago.':
            # the name the words are set off with, its verb left out
            return _Attribution("name", bare.group("name"), block, at + bare.start("name"))
    if not m or (alone and not ALONE_END_RE.match(tail, m.end())):
        return None  # ('... concessions." The president said the deal required ...': a sentence of its own)
    for suffix in ("15", "11", "12", "13", "14", "16", "", "2", "3", "4", "5", "6", "7", "8", "9", "10", "17", "18",
                   "19", "20", "21", "22"):
        found = _from_match(m, suffix, block, at)
        opened = max(text.rfind("“", 0, at - 1), text.rfind('"', 0, at - 1)) if suffix == "21" else -1
        if found and suffix == "21" and not (opened > 0 and PASSIVE_AS_RE.search(text, 0, opened + 1)
                                             and person_part(found.words)):
            return None  # '"the best player" by PSG president Nasser Al-Khelaifi' after "hailed as": the agent
        if found and suffix == "17" and not person_part(found.words):
            return None  # '," Patricia Drevon of the Force Ouvriere union read': a person and where they work
        if found and suffix == "" and found.kind == "pron" and found.words.lower() == "it":
            return None  # '," said it was ...': "it" after the verb is no speaker
        if found and suffix == "" and ASKED_WHAT_RE.match(tail, m.end(found.kind)):
            return None  # '"a long time ago" asked Durov why ...': the one asked, not the speaker
        key = "name" + suffix
        if suffix in ("", "3") and m.group(key) and (found is None or found.kind == "name"):
            # (a capitalised role word may be no name at all: "IT" in "IT expert Troy Hunt")
            later = ROLE_THEN_NAME_RE.match(tail[m.end(key):nxt])
            if later and (person_part(_trim_name(later.group("name"))) or (
                    DEMONYM_RE.search(m.group(key)) and PERSON_WORD_RE.fullmatch(later.group("name")))):
                # '," said Arizona state Sen. Karen Fann', '," according to IT expert Troy Hunt':
                # the name after the roles
                return _Attribution("name", _trim_name(later.group("name")), block, at + m.end(key) + later.start("name"))
            role = ROLE_AFTER_RE.match(tail[m.end(key):nxt]) if found else None
            if role and role.group(1).lower() in TITLE_WORDS:
                # '," said the French president': a role the capitalised word only describes
                return _Attribution("np", f"the {m.group(key).removeprefix('the ').removeprefix('The ')} "
                                          f"{role.group(1)}", block, at + m.start(key))
        if found:
            app = m.group("app2") if suffix == "2" else None
            if suffix == "2" and found.kind == "np" and m.group("asides2"):
                # '" passengers aboard the ship, Franco Gabrielli, the official in charge, told': the name set off
                first = m.group("asides2").split(",")[1]
                lead_name = re.fullmatch(rf"\s*(?P<name>{NAME_RE})\s*", first)
                if lead_name and person_part(lead_name.group("name")) == lead_name.group("name"):
                    return _Attribution("name", lead_name.group("name"), block,
                                        at + m.start("asides2") + m.group("asides2").index(lead_name.group("name")))
            named = re.fullmatch(rf"\s*(?P<name>{NAME_RE})\s*", app) if app and found.kind == "np" else None
            if named and re.search(r"\b(?:from|in|of|at)\s+(?:the\s+)?[A-Z]", found.words):
                named = None  # '" an employee from Ota Ward, Tokyo, told': the place's place
            if named and _trim_name(named.group("name")):
                # '," the owner, Shoei Kisen Kaisha, said': the name set off after the role
                return _Attribution("name", _trim_name(named.group("name")), block, at + m.start("app2") + named.start("name"))
            # 'said Secretary of Security, Rosa Icela Rodríguez,': a title, then the name set off
            titled = found.kind == "name" and not person_part(found.words) and \
                found.words.split()[0].lower().strip(".") in TITLE_WORDS
            if found.kind == "np" or re.search(r"['’]s$", found.words) or titled:
                # 'said the minister, Idris Bello' / "says Acme's security chief, Andy Lee"
                rest = tail[m.end() : nxt]
                later = re.match(rf"\s+(?P<name>{NAME_RE})", rest) if suffix == "" and found.kind == "np" else None
                if later and person_part(_trim_name(later.group("name"))):
                    # 'said a grave-looking Spanish Prime Minister Pedro Sánchez': the name after the modifiers
                    return _Attribution("name", _trim_name(later.group("name")), block,
                                        at + m.end() + later.start("name"))
                named = APPOSED_NAME_RE.match(rest)
                if named and person_part(_trim_name(named.group("name"))):
                    return _Attribution("name", _trim_name(named.group("name")), block, at + m.end() + named.start("name"))
                body = SPOKESPERSON_FOR_RE.match(rest) if found.words.split()[-1].lower() in SPOKESPEOPLE else None
                if body and _trim_name(body.group("name")):
                    # 'said a spokesperson for the Environment Agency': the body speaks
                    return _Attribution("name", _trim_name(body.group("name")), block, at + m.end() + body.start("name"))
                if found.kind == "name":
                    return _Attribution("name", re.sub(r"['’]s$", "", found.words), found.block, found.pos)
            return found
    return None


def _attribution_then_circumstance(following: str) -> bool:
    """Whether a sentence after a quote is an attribution of at most ATTRIBUTION_WORDS
    words, then only when it was said ('Weinstein said as he was handcuffed and led out of
    court by two court officers.')."""
    if not CIRCUMSTANCE_RE.search(following):
        return False  # most long sentences after a quote: no attribution's big pattern to try
    m = TRAIL_RE.match(following)
    return bool(m and len(WORD_RE.findall(following[:m.end()])) <= ATTRIBUTION_WORDS
                and CIRCUMSTANCE_RE.match(following, m.end()))


# When something was said, after its attribution: "as he was led out", "while leaving".
CIRCUMSTANCE_RE = re.compile(r"\s+(?:as|when|while|after|before)\s")
# A passive verb of calling before a quote whose agent follows it: "the man hailed as".
PASSIVE_AS_RE = re.compile(r"\b(?:hailed|described|called|dubbed|branded|labell?ed|termed|praised)\s+as\s+"
                           r"[“\"‘']?$")
# A quotation credited after a dash, its paragraph ending there: '"..." — actress Jane Doe'.
DASH_CREDIT_RE = re.compile(rf"\s*[—–]\s*(?:[a-z][\w\-]*\s+){{0,3}}(?P<name>{NAME_RE})\s*\.?\s*")
# A name and who they are, with no verb, after a quote's closing comma: ' Morgan, who
# joined Leicester as a second-tier club four years ago.'
VERBLESS_TRAIL_RE = re.compile(rf"\s*(?P<name>{NAME_RE}),\s+who\s+[^,;:“”\"]+[.!?]?\s*")
# The attribution closing a sentence that holds a quote among other words ('"In order
# to ...," it is appropriate to fine Google, the court said.'): the last clause is the
# subject and its speech verb.
FINAL_RE = re.compile(
    rf",\s*{MODIFIERS}{SUBJECT_RE}(?:\s*,(?P<app>{APPOSITION}),)?\s+(?:(?:also|later|then|[a-z]+ly)\s+)?"
    rf"{SPEECH_VERB}\b[^,;:“”\"]*$")


def _sentence_final(text: str, block: int, at: int) -> _Attribution | None:
    """The attribution that closes the quote's own sentence after other words (see FINAL_RE,
    FINAL_INVERTED_RE: '"almost no houses standing" in one town, said mayor Masuhiro Izumiya')."""
    end = max(_sentence_end(text, at - 1), at) if 0 < at < len(text) else at
    rest = text[at:end].rstrip(" .!?…")
    rest = PARTICIPLE_SPEECH_RE.split(rest, maxsplit=1)[0]  # '..., X told a press conference, adding that "..."'
    if any(ch in DOUBLE_QUOTES for ch in rest):
        return None
    m = FINAL_RE.search(rest)
    if not m:
        inverted = FINAL_INVERTED_RE.search(rest)
        name = _trim_name(inverted.group("name")) if inverted else ""
        person = person_part(name) if name else None
        return _Attribution("name", person, block, at + inverted.start("name")) if person else None
    named = re.fullmatch(rf"\s*(?P<name>{NAME_RE})\s*", m.group("app") or "")
    if named and _trim_name(named.group("name")):
        return _Attribution("name", _trim_name(named.group("name")), block, at + m.start("app") + named.start("name"))
    return _from_match(m, "", block, at)


# "..., said municipal mayor Masuhiro Izumiya" closing the quote's sentence: a person's name
# after an inverting speech verb and a few words of role.
FINAL_INVERTED_RE = re.compile(rf",\s*{INVERTING_VERBS}\s+(?:(?:the\s+)?[a-z][\w\-]*\s+){{0,4}}(?P<name>{NAME_RE})\s*$")
# What may follow an attribution that is a sentence of its own ("Ren said.", "Ren said in a
# statement on Monday."): no clause of what was said.
ALONE_END_RE = re.compile(r"\s*(?:[.,;:!?…]|$|(?:in|on|at|during|after|before|to|from|via|when|while|as|last|this|"
                          r"yesterday|today|earlier|later|afterwards|again|too|also|simply|of|about|for|with)\b)")
# What follows the one asked, not the asker, after an inverted verb: '" asked Durov why'.
ASKED_WHAT_RE = re.compile(r"\s+(?:why|whether|if|what|how)\b")
# What joins two quoted passages of one attribution: 'called it "unbelievable" and "a disaster"'.
JOINED_QUOTES_RE = re.compile(r"\s*,?\s*(?:and|or|but|as well as|,)?\s*(?:that\s+(?:he|she|they|it|we)\s+"
                              r"(?:is|was|are|were|had|has|have|would|will|felt|feels)\s+)?")
# The most words a sentence may have to be only an attribution ("Ren said.", "said Jane
# Moreau, the union's general secretary.").
ATTRIBUTION_WORDS = 10
# Roles between a first capitalised word and the name: " state Sen. Karen Fann".
ROLE_THEN_NAME_RE = re.compile(rf"^\s+(?:(?!(?:on|in|at|to|from|with|for|of|by|via|during|after|before|through)\b)"
                               rf"[a-z][\w\-]*\s+){{1,3}}(?P<name>{NAME_RE})")
# A lower-case role right after a capitalised word: "the French president".
ROLE_AFTER_RE = re.compile(r"^\s+([a-z]+)\b")
# People who speak for a body ("a spokesperson for the agency", "a council spokesman").
SPOKESPEOPLE = frozenset("spokesperson spokesman spokeswoman representative".split())
# The body a spokesperson speaks for, after the role: " for the Environment Agency".
SPOKESPERSON_FOR_RE = re.compile(rf"^\s+(?:for|of|at)\s+(?:the\s+)?(?P<name>{NAME_RE})")


# An aside between two dashes: " – who is chasing a record-breaking 21st title – ".
DASH_ASIDE_RE = re.compile(r"\s[–—]\s[^–—“”\"]{1,120}?\s[–—]\s")
# The one a source quotes, right before the words: "quoted him as saying,", "quoted Ren as telling reporters:".
QUOTED_AS_SAYING_RE = re.compile(rf"\bquoted\s+(?:(?P<pron>[Hh]im|[Hh]er)|(?P<name>{NAME_RE}))\s+as\s+"
                                 rf"(?:saying|telling(?:\s+[\w’'\-]+){{1,3}}?)\s*[,:]?\s*$")


def _leading(text: str, block: int, at: int) -> _Attribution | None:
    """The attribution in the same sentence before an opening quotation mark ('Moreau said: "')."""
    start = _sentence_start(text, at)
    # An aside set off by dashes is read as one set off by commas would be ("Djokovic – who
    # is chasing a 21st Grand Slam title – said"): blanked, the positions kept.
    lead = DASH_ASIDE_RE.sub(lambda m: " " * len(m.group(0)), text[start:at])
    # Only the part after the last quotation in the sentence belongs to this quote.
    last_mark = max((i for i, ch in enumerate(lead) if ch in DOUBLE_QUOTES), default=-1)
    if last_mark >= 0:
        lead_start = last_mark + 1
    else:
        lead_start = 0
    quoted = QUOTED_AS_SAYING_RE.search(lead, lead_start)
    if quoted and quoted.group("name") and _trim_name(quoted.group("name")):
        # 'The paper quoted Ren as saying: "..."': the one quoted, not the quoting
        return _Attribution("name", _trim_name(quoted.group("name")), block, start + quoted.start("name"))
    if quoted and quoted.group("pron"):
        # 'His lawyer quoted him as saying, "..."': someone named before the sentence (its
        # subject, the lawyer, is not "him")
        return _Attribution("pron", "He" if quoted.group("pron").lower() == "him" else "She", block, start)
    verbs = list(LEAD_VERB_RE.finditer(lead, lead_start))
    if not verbs and last_mark >= 0 and _continued(lead[lead_start:]):
        # 'Toninelli said the collapse was "unacceptable" and that if negligence played a
        # role "whoever made a mistake must pay."': the verb before the first quote
        lead, lead_start = lead[: min(i for i, ch in enumerate(lead) if ch in DOUBLE_QUOTES)], 0
        verbs = list(LEAD_VERB_RE.finditer(lead))
    if len(verbs) > 1 and PARTICIPLE_SPEECH_RE.search(lead, verbs[-1].end()):
        # 'Zakharova said Moscow had asked for access, saying that "..."': the participle
        # goes with the sentence's own verb, not with the clause it reports
        verbs = verbs[:1]
    m = WITH_PARTICIPLE_RE.search(lead, verbs[-1].end() if verbs else lead_start)
    if m and m.group("group"):
        # "with sources saying she was "taking the temperature"": those who say it
        return _Attribution("np", m.group("group"), block, start + m.start("group"))
    if m and _trim_name(m.group("name")):
        # "Leaders called for an inquiry, with Diab pledging": the participle's own subject
        return _Attribution("name", _trim_name(m.group("name")), block, start + m.start("name"))
    subject_relative = RELATIVE_SUBJECT_RE.search(lead, lead_start, verbs[-1].start()) if len(verbs) > 1 else None
    if subject_relative:
        # 'the ruling by Oslo's district court, which declared ... "unparalleled"': who gave it
        return _Attribution("np", subject_relative.group("np"), block, start + subject_relative.start("np"))
    while len(verbs) > 1 and RELATIVE_BEFORE_RE.search(lead, lead_start, verbs[-1].start()):
        verbs.pop()  # 'She said the service, which the New York Times reported ..., issued "..."': "She said"
    if verbs:
        v = verbs[-1]
        pp = LEAD_PP_RE.search(lead, lead_start, v.start())
        if pp and re.search(r"(?:^|\s)[A-Z][\w.’'\-]*$", lead[lead_start : pp.start()]) \
                and not re.search(rf"\b(?:{ADVERBS})\s*$", pp.group(0)):
            # "Mario Draghi in a condolence message hailed": the subject before the phrase
            lead = lead[: pp.start()] + " " * (v.start() - pp.start()) + lead[v.start() :]
        m = ACCOMPANIED_RE.fullmatch(lead, lead_start, v.start())
        if m and _trim_name(m.group("name")):
            # "Mr Johnson, joined by his wife, Carrie, and supporters, said": the one joined speaks
            return _Attribution("name", _trim_name(m.group("name")), block, start + m.start("name"))
        # A person or a role right before the verb; a person and where they work ("Jo Haigh
        # from Imperial College London told"); any name; a pronoun or a description.
        for pattern, needs in ((LEAD_APPOSITIVE_RE, None), (LEAD_NAME_RE, "person"), (LEAD_AFFILIATED_RE, "person"),
                               (LEAD_NAME_RE, None), (LEAD_SUBJECT_RE, None)):
            m = pattern.search(lead[lead_start : v.start()])
            app = m.group(0).split(",")[1].strip() if m and pattern is LEAD_APPOSITIVE_RE else ""
            if app and person_part(app) and all(w[:1].isupper() or w in NAME_PARTICLES for w in app.split()):
                continue  # "VP of Business Development, Jamie Michael, commented": the set-off name speaks
            if m and pattern is LEAD_SUBJECT_RE and m.group("np") and COORDINATED_RE.search(
                    prefix := lead[lead_start:v.start()][: m.start()]) and "," in prefix:
                continue  # "Alex Potteiger, Area Operations Manager and an Atlanta native said": a role of the name
            if m and m.group("name") and (m.group("name").lower() in CALENDAR
                                          or PP_OBJECT_RE.search(lead[lead_start: lead_start + m.start("name")])
                                          or SET_OFF_OBJECT_RE.search(lead[lead_start: lead_start + m.start("name")])):
                continue  # "The Russian embassy in Paris on Sunday accused": a day or a place is no speaker
            if m and pattern is LEAD_SUBJECT_RE and m.group("np") and m.group("np").split()[0].lower() in (
                    "his", "her", "their") and m.group("np").split()[-1].lower() in DOCUMENT_NOUNS | MEDIA_NOUNS:
                continue  # "Princess Kate said in her message posted on ...": the message is hers
            if m and pattern is LEAD_SUBJECT_RE and m.group("np") \
                    and INFINITIVE_BEFORE_RE.search(lead[lead_start: lead_start + m.start("np")]):
                continue  # "The salvage company trying to get the ship moving describes": the verb's object
            if m:
                found = _from_match(m, "", block, start + lead_start)
                if found and needs is not None and person_part(found.words) == found.words \
                        and _body_before(lead[lead_start : m.start("name")]):
                    continue  # "John Mauger of the U.S. Coast Guard said": the body is no person
                if found and (needs is None or person_part(found.words) or _is_role(found.words)):
                    return found
        m = PASSIVE_BY_RE.match(lead, v.end())
        if m and not re.match(r"(?:the|a|an)$", m.group("by"), re.I):
            # 'called by one of its creators "..."': the agent of the passive
            by = m.group("by")
            named = person_part(_trim_name(by)) if by[:1].isupper() else None
            return _Attribution("name", named, block, start + m.start("by")) if named else \
                _Attribution("np", by, block, start + m.start("by"))
        m = INFINITIVE_SUBJECT_RE.search(lead, lead_start, v.start())
        if m and person_part(_trim_name(m.group("name"))):
            # "prompting Mr Trump to raise his voice and say:": the one who is to speak
            return _Attribution("name", _trim_name(m.group("name")), block, start + m.start("name"))
        m = LEAD_INVERTED_RE.match(lead[v.end() :]) if INVERTING_VERB_RE.search(v.group(0)) else None
        if m and (lead[v.end() + m.end() :].strip(" ,:;—–-") or not lead[v.end() + m.end() :].strip()):
            # 'said the CR "does nothing"', 'said France "came back from the dead"': the
            # clause's subject, not the speaker ('said Jane Moreau: "' sets the words off)
            m = None
        if m:
            found = _from_match(m, "", block, start + v.end())
            if found and not (found.kind == "pron" and found.words.lower() == "it"):
                return found
    m = TRANSCRIPT_RE.match(lead, lead_start)
    if m:  # 'BIDEN: "It just stuns me."': a transcript's speaker label
        return _Attribution("name", m.group("name").title(), block, start + m.start("name"))
    m = ACCORDING_RE.search(lead, lead_start)
    if m:
        return (_from_match(m, "3", block, start + m.start()) or _from_match(m, "", block, start + m.start())
                or _from_match(m, "2", block, start + m.start()))
    issued = ISSUED_STATEMENT_RE.search(lead, lead_start) if not verbs else None
    if issued and not lead.rstrip().endswith(":"):
        # 'The Swedish Maritime Authority also issued warning for two leaks "very near each
        # other"': the body that put out the words
        found = _body_subject(text, block, start, start + issued.end())
        if found is not None and found.kind == "name":
            return found
    participle = PARTICIPLE_SPEECH_RE.search(lead, lead_start) if not verbs else None
    if participle:
        # 'Okafor-Reyes struck a similar note, saying the recount "is ..."': the subject speaks
        return (_sentence_subject(text, block, start, start + participle.start())
                or _body_subject(text, block, start, start + participle.start()))
    if verbs or lead.rstrip().endswith(":"):
        # 'Its chair, Jane Moreau, welcomed the plan but warned that "..."', 'She repeated
        # the line: "..."': the speech verb or the colon has the sentence's subject.
        end = start + (verbs[-1].start() if verbs else len(lead))
        return _sentence_subject(text, block, start, end) or _body_subject(text, block, start, end)
    return None


# A subject, then a phrase of who is with them, set off by commas: "Mr Johnson, joined by
# his wife, Carrie, and a number of Tory supporters, ".
ACCOMPANIED_RE = re.compile(rf"\s*(?P<name>{NAME_RE}),\s+(?:joined|accompanied|flanked|surrounded|backed)\s+by\s"
                            r"[^“”\"]*,\s*")
# Words between two quotes of one report: "and that if negligence played a role", "followed by".
CONTINUED_WORDS = 10


def _continued(between: str) -> bool:
    """Whether the words between two quotes of a sentence go on with the same report (no
    speech verb, no name, no pronoun of its own, a few words): 'said that he heard a "loud
    boom" followed by "a gust of wind coming in"'."""
    words = WORD_RE.findall(between)
    return (0 < len(words) <= CONTINUED_WORDS and not LEAD_VERB_RE.search(between)
            and not any(w[:1].isupper() or w.lower() in ("he", "she", "they", "we", "it") for w in words))


# A document or a body's ruling, then "which" as the subject of the verb right after it.
RELATIVE_SUBJECT_RE = re.compile(rf"\bthe\s+(?:{'|'.join(sorted(DOCUMENT_NOUNS))})\s+(?:by|of|from)\s+"
                                 r"(?P<np>[^,;:“”\"]{1,60}?),\s+which\s+$")
# A relative clause right before a speech verb: ", which the New York Times".
RELATIVE_BEFORE_RE = re.compile(r",\s+(?:which|who|whom|that)\s+(?:[\w’'.\-]+\s+){0,5}$")
# A speaker's label in capitals right before a quote, ending in their name (two words):
# "SPAIN COACH JORGE VILDA", "KING CHARLES".
CAPS_LABEL_RE = re.compile(r"(?:^|[.!?:”\"]\s+)\s*(?:[A-Z][A-Z'’.\-]*\s+){0,6}?"
                           r"(?P<name>[A-Z][A-Z'’\-]+\s+[A-Z][A-Z'’\-]+)"
                           r"(?:\s+[–—-]\s+(?:[A-Z][A-Z'’.\-]*\s*){1,4})?\s*$")
# A transcript's speaker label opening a paragraph: "BIDEN:", "DEMONSTRATOR:".
TRANSCRIPT_RE = re.compile(r"\s*(?P<name>[A-Z][A-Z.'’\-]+(?:\s[A-Z][A-Z.'’\-]+){0,2}):\s*$")
# A phrase between a subject and its speech verb: "in a condolence message", "on Telegram".
LEAD_PP_RE = re.compile(r"(?<=\w)\s+(?:in|on|at|through|via|during)\s+(?:(?:a|an|the|his|her|its|their)\s+)?"
                        r"(?:[\w\-’']+\s+){0,3}$")
# A name that is the object of a phrase after a noun ("the embassy in Paris"), not a subject.
# An infinitive right before a noun phrase, whose object the phrase is ("to get the ship").
INFINITIVE_BEFORE_RE = re.compile(r"\bto\s+[a-z]+\s+$")
PP_OBJECT_RE = re.compile(r"\b[a-z]{3,}\s+(?:in|at|near|outside)\s+(?:the\s+)?$")
# What sets off a name as where someone works, after that person's name: "Joe Incandela, from
# CMS, ...", "Tek Bahadur K.C., chief district officer of Kaski District, said".
SET_OFF_OBJECT_RE = re.compile(r",\s+(?:(?:[a-z][\w\-]*\s+){0,4}(?:of|at|from|for|with)\s+)(?:the\s+)?$")
# A description joined to the one before it ("manager and an Atlanta native"): a role, not the subject.
COORDINATED_RE = re.compile(r"(?<![,;])\s+(?:and|or)\s+$")
SPEECH_PARTICIPLES = (r"saying|adding|warning|arguing|insisting|noting|stressing|explaining|promising|vowing|"
                      r"pledging|declaring|claiming|calling|describing|terming|dubbing|hailing|urging|stating|"
                      r"writing|telling")
# A speech verb's participle after a clause ("..., saying", "..., adding that"): the words
# that follow are the clause subject's.
PARTICIPLE_SPEECH_RE = re.compile(rf"(?:,\s+|\b(?:statement|announcement|message|post|letter|video|note|tweet)\s+)"
                                  rf"(?:{SPEECH_PARTICIPLES})\b")  # ", saying", "a statement stating"
# "with Diab pledging": a participle of speech with its own subject.
WITH_PARTICIPLE_RE = re.compile(rf"\bwith\s+(?:(?P<name>{NAME_RE})|(?P<group>{'|'.join(sorted(GROUP_SPEAKERS))}))"
                                rf"(?:,\s+[a-z][^,;:“”\"]{{1,80}},)?\s+(?:{SPEECH_PARTICIPLES})\b")  # ", acting for X,"
# "prompting Mr Trump to raise his voice and say": the subject of an infinitive of speech.
INFINITIVE_SUBJECT_RE = re.compile(rf"(?<![\w’'])(?P<name>{NAME_RE})\s+to\s+(?:[a-z][\w’'\-]*\s+){{0,6}}?$")
# "'s full statement:", "'s remarks:": a label before the words of the one named.
STATEMENT_OF_RE = re.compile(r"['’]s\s+(?:full\s+|whole\s+|complete\s+|written\s+)?(?:statement|remarks|comments|"
                             r"words|message|speech|response|reply)\b[^.]{0,30}:\s*$")
# A verb in the past or present right after a subject's surname ("Vestager called").
SURNAME_VERB_RE = re.compile(rf"\s+{VERB_AFTER_NAME}")
# The same after an age or a short apposition or two ("Vossberg, 61, said", "Latheef, 36, a teacher ..., said").
SURNAME_APPOSED_VERB_RE = re.compile(rf"(?:,\s*(?:\d{{1,3}}|(?:the|a|an|who|whose)\s[^,.;:“”\"]{{1,120}})){{1,2}}"
                                     rf",\s+"
                                     rf"{VERB_AFTER_NAME}")
# A pronoun opening a sentence (after an optional opening quotation mark or conjunction).
SUBJECT_PRONOUN_RE = re.compile(r"^\s*(?:(?:And|But|So|Then)\s+(?P<after>[Hh]e|[Ss]he)|(?P<pron>He|She))\b")
# How many words may come before the subject's name in a sentence ("Its general secretary,").
SUBJECT_PREFIX_WORDS = 5


# A body opening a sentence as the subject of its verb: "The USGS updated its alert",
# "Iran's Mehr news agency also confirmed the deaths".
BODY_SUBJECT_RE = re.compile(rf"\s*{SUBJECT_RE}(?:\s*,{APPOSITION},)?\s+{VERB_AFTER_NAME}")


def _body_subject(text: str, block: int, start: int, limit: int) -> _Attribution | None:
    """The body whose clause a participle of speech follows ('The USGS updated its alert
    Friday, warning that "..."'): a name that is no person's, or a noun phrase, opening
    the sentence as its verb's subject."""
    m = BODY_SUBJECT_RE.match(text, start, limit)
    found = _from_match(m, "", block, 0) if m else None
    if found is None or found.kind == "pron" or (found.kind == "name" and person_part(found.words)):
        return None
    return found


# A preposition of place right before a name: "In downtown Buenos Aires", "at the Louvre".
PLACE_BEFORE_RE = re.compile(r"\b(?i:in|at|near|outside|across|inside)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}$")
# A possessive, a kin noun and a name after a name: "Mr Comperatore's daughter Allyson".
KIN_AFTER_RE = re.compile(rf"['’]s\s+(?:(?:late|eldest|youngest|older|younger|only)\s+)?"
                          rf"(?:{'|'.join(sorted(KIN_NOUNS))})\s+(?P<name>{NAME_RE})")


def _roles_after_comma(before: str) -> bool:
    """Whether the words after the last comma of ``before`` are only a role: capitalised
    words of a body and lower-case titles ("Cal Fire operations section chief")."""
    comma = before.rfind(",")
    words = before[comma + 1:].split() if comma >= 0 else []
    return 0 < len(words) <= 6 and any(w.lower() in TITLE_WORDS | ROLE_NOUNS for w in words) and all(
        w[:1].isupper() or w.lower() in TITLE_WORDS | ROLE_NOUNS | ROLE_MODIFIERS for w in words)


# Lower-case words inside a role ("operations section chief", "deputy police commissioner").
# (TITLE_WORDS holds "deputy", "acting", "former".)
ROLE_MODIFIERS = frozenset("operations section senior assistant interim division unit regional state national local "
                           "police fire county city".split())


def _sentence_subject(text: str, block: int, start: int, limit: int) -> _Attribution | None:
    """The subject of the sentence starting at ``start``, when it is a person: a pronoun
    opening the sentence, or a person's name within its first few words (after a role,
    "Chief executive Dr Jane Moreau put it plainly:") and before ``limit``."""
    lead = text[start:limit]
    m = SUBJECT_PRONOUN_RE.match(lead)
    if m:
        key = "pron" if m.group("pron") else "after"  # "But she sent a positive message, saying"
        return _Attribution("pron", m.group(key).capitalize(), block, start + m.start(key))
    for s, e, name in name_sequences(lead):
        prefix = len(WORD_RE.findall(lead[:s]))
        if prefix > SUBJECT_PREFIX_WORDS and not (prefix <= 2 * SUBJECT_PREFIX_WORDS and (
                re.search(r",\s+(?:[a-z][\w\-]*\s+){0,3}$", lead[:s] + " ") or _roles_after_comma(lead[:s]))):
            # deep in the sentence, unless an opening phrase ends just before it (and maybe
            # a role: "However, Cal Fire operations section chief Jeremy Pierce")
            return None
        if LEAD_VERB_RE.search(lead[:s]):
            return None
        if PLACE_BEFORE_RE.search(lead[:s]) or (
                s and person_part(name) == name and _body_before(lead[max(0, s - 60):s])):
            continue  # "In downtown Buenos Aires hundreds of supporters chanted": a place; "program El Larguero"
        kin = KIN_AFTER_RE.match(lead, e)
        if kin:
            return _Attribution("name", kin.group("name"), block, start + kin.start("name"))  # "Mr X's daughter Allyson"
        if re.match(r"['’]\s", lead[e:e + 2]) and name.endswith("s"):
            return _Attribution("name", name, block, start + s)  # "Acme Holdings' spokesman said": the holder speaks
        person = person_part(name)
        if person:
            words = re.sub(r"['’]s$", "", person)
            return _Attribution("name", words, block, start + s + max(name.find(person.split()[0]), 0))
        if (" " not in name and (s == 0 or lead[:s].rstrip().endswith(","))
                and (SURNAME_VERB_RE.match(lead[e:]) or SURNAME_APPOSED_VERB_RE.match(lead[e:]))):
            # ("Winterkorn, an engineer and former head of Audi, said he was stunned")
            if name.lower() in NOT_PERSON_WORDS | ORG_WORDS:
                return None  # "Footage showed those surrounding King Felipe ...": a thing is the subject
            return _Attribution("name", name, block, start + s)  # "Speaking in Strasbourg, Vestager called"
        if s == 0 and STATEMENT_OF_RE.match(lead[e:]):
            return _Attribution("name", name, block, start + s)  # "Psaki's full statement:"
    return None


# A name as the object of a preposition or of "told" ("expressed his emotions to Israel Hayom").
OBJECT_BEFORE_RE = re.compile(r"\b(?:to|told|by|with|from)\s+$")


def _described_person(speaker: str) -> bool:
    """A speaker the article describes without a name, as one person ("another rebel
    commander from Idlib", "a witness"), not a body or a group ("the company", "officials")."""
    if not speaker[:1].islower():
        return False
    head = re.split(r"\s+(?:from|of|at|in|with|for|who)\s+", speaker)[0].split()[-1].lower()
    return head not in COMPANY_NOUNS | DOCUMENT_NOUNS | ORG_WORDS | GROUP_SPEAKERS | SPOKESPEOPLE


def _as_described(words: str) -> str:
    """A description as a speaker, its opening determiner in lower case ("a resident of
    Gaza"); a name opening it keeps its capital ("Iran's Mehr news agency")."""
    first = words.split()[0]
    return first.lower() + words[len(first):] if first.lower() in DETERMINERS else words


def _resolve(att: _Attribution, names: Sequence[NameMention], texts: Sequence[str | None],
             prev: str | None = None, genders: dict[str, str] | None = None, prev_block: int = -1) -> str | None:
    """The speaker's full name for an attribution, or None when it cannot be told; ``texts``
    are the paragraphs, ``prev`` the speaker of the quote just before, in ``prev_block`` (for "it added",
    "the company said"), ``genders`` person_genders of the article (read once by the caller)."""
    if att.kind in ("name", "np") and re.sub(r"^the\s+", "", att.words.lower()) in BENCH_WORDS:
        court = recent_court(texts, att.block, att.pos)
        if court:
            return court  # "judges said": the court rules through them
    if att.kind == "name":
        if " " not in att.words and att.words.lower() in GROUP_SPEAKERS:
            return att.words.lower()  # "Officials said", "Police told": a group, named as such
        last = att.words.split()[-1].lower()
        if len(att.words.split()) <= 4 and (last in EPITHETS or (last in ROLE_NOUNS and not person_part(att.words))):
            # "the Delaware Democrat added", "the Home Secretary said": the one given that role
            if last in EPITHETS:
                return recent_person(names, att.block, att.pos)
            role = re.sub(r"^(?i:the)\s+", "", att.words)
            proper = any(w.lower() not in TITLE_WORDS | ROLE_NOUNS for w in role.split())
            described = "the " + (role if proper else role.lower())  # "the Jeju Air CEO", "the governor"
            return (role_holder(att.words, texts, names, att.block, att.pos)
                    or recent_named_speaker(names, texts, att.block, att.pos)
                    or recent_speaker(names, texts, att.block, att.pos, None, {}) or described)
        person, _of, _body = att.words.partition(" of ")
        if _of and person_part(person):
            return resolve_name(person, names, att.block, att.pos)  # "Priyanka Rao of Westbrook Securities"
        found = resolve_name(att.words, names, att.block, att.pos, texts)
        return found if person_part(found) else fullest_body(found, names, texts, att.block, att.pos)
    body = prev if prev is not None and not person_part(prev) else None
    if att.kind == "pron":
        if att.words.lower() in PERSON_PRONOUNS:
            genders = genders if genders is not None else person_genders(texts, names)
            gender = "m" if att.words.lower() == "he" else "f"
            body = spokesperson_body(names, texts, att.block, att.pos, gender)
            if body:
                return body
            if prev and _described_person(prev) and _described_sex(prev) in (None, gender) and not any(
                    m.person and (m.block == att.block - 1 or (m.block == att.block and m.start < att.pos))
                    and not OBJECT_BEFORE_RE.search((texts[m.block] or "")[max(0, m.start - 8):m.start])
                    for m in names):
                # 'Another rebel commander ... expressed his emotions: "..."' then 'he
                # explained:' with no one named since: the one just described goes on
                return prev
            found = recent_speaker(names, texts, att.block, att.pos, gender, genders)
            if prev and found != prev and " " not in prev and name_sex(prev) == gender and not any(
                    m.person and m.block >= prev_block and (m.block, m.start) < (att.block, att.pos) for m in names):
                return prev  # '"...," said British holidaymaker Nick' then '"...," he said': Nick goes on
            if found and prev and found != prev and genders.get(prev) == gender and found not in genders \
                    and person_part(prev) and not any(m.person and m.block >= prev_block and found.endswith(m.text)
                                                      and (m.block, m.start) < (att.block, att.pos) for m in names):
                # 'Her partner Clarke Gayford was in the room.' then Ardern's words, then 'She
                # had not yet told Neve:': the speaker known to be a woman goes on, unless the
                # other was named since her words
                return prev
            return (found or recent_person(names, att.block, att.pos, gender, genders)
                    or recent_unnamed(texts, att.block, att.pos, gender))  # "a witness ... she said"
        if att.words.lower() == "it":
            # "it added": the body last described speaking ("the UN nuclear watchdog said"),
            # else the body that spoke (a name may look like a person's and be a firm's),
            # else the body last named as a subject ("Microsoft said ... '...,' it said")
            described = last_described_body(texts, att.block, att.pos)
            if described and described.startswith("the "):
                # "the UN nuclear watchdog said ... it said": the body named as the watchdog
                named = recent_org(described.split()[-1], names, att.block, att.pos, texts)
                described = fullest_body(named, names, texts, att.block, att.pos) if named else described
            return (described
                    or recent_body(names, texts, att.block, att.pos, speaking=True) or prev
                    or recent_body(names, texts, att.block, att.pos)
                    or recent_org("company", names, att.block, att.pos, texts))  # "Shoei Kisen, the owner"
        if att.words.lower() == "they":
            # "jubilant couples embraced ... '...,' they chanted": the people the sentence before
            # is about; "They also stated ..." after "The Coast Guard stated": the body that spoke
            return (plural_subject(texts, att.block, att.pos) or body
                    or recent_body(names, texts, att.block, att.pos, speaking=True))
        return None
    owner = OWN_DOCUMENT_RE.match(att.words) or NAMED_DOCUMENT_RE.match(att.words)
    if owner and owner.group("doc").lower() in DOCUMENT_NOUNS:
        # "Ohtani's statement read": the one whose statement it is
        found_owner = resolve_name(owner.group("owner"), names, att.block, att.pos)
        return found_owner if person_part(found_owner) else fullest_body(found_owner, names, texts, att.block, att.pos)
    aged = AGE_EPITHET_RE.fullmatch(att.words)
    if aged:
        # '"...," the 71-year-old said': the one the article gives that age, else the one who spoke
        # last or was named last
        return aged_person(aged.group("age"), names, texts, att.block, att.pos) or (
            prev if prev and (person_part(prev) or name_sex(prev)) else recent_person(names, att.block, att.pos))
    spokes = SPOKESPERSON_OF_RE.fullmatch(att.words)
    if spokes:  # '," a spokeswoman for Microsoft said': the body speaks
        return fullest_body(spokes.group("name"), names, texts, att.block, att.pos)
    if NP_PHRASE_RE.search(att.words):
        # "a spokesperson for the bank", "a post in the Grey Zone channel": which bank or
        # channel the article does not say here; it is told as written
        return _as_described(att.words)
    head = re.sub(r"(?i)-(?:elect|designate)$", "", att.words.split()[-1])  # "the president-elect": a president
    sent = SENT_TO_RE.fullmatch(att.words)  # "a guild email to members": the email
    if sent and sent.group("doc").split()[-1].lower() in DOCUMENT_NOUNS:
        head = sent.group("doc").split()[-1]
    if head.lower() in DOCUMENT_NOUNS:
        # '"...," a statement said': who put it out, as the text says ("a report released
        # by ..."), a body the document is named for ("a guild email"), else the body that
        # spoke before, else the latest body named
        doc = sent.group("doc") if sent else att.words
        kind = doc.split()[-2].lower() if len(doc.split()) > 2 else ""
        owner = recent_org(kind, names, att.block, att.pos, texts) if kind in ORG_WORDS else None
        if owner:
            return fullest_body(owner, names, texts, att.block, att.pos)
        author = document_author(doc, texts, att.block, att.pos)
        if author and author.startswith("the ") and author.split()[-1] in BODY_NOUNS:
            # "The company behind ChatGPT announced it in a blog post": which company
            named = recent_org(author.split()[-1], names, att.block, att.pos, texts)
            author = fullest_body(named, names, texts, att.block, att.pos) if named else author
        if author and person_part(author):
            return resolve_name(person_part(author), names, att.block, att.pos)  # "Justice Samuel Alito"
        return author or prev or next(
            (m.text for m in reversed(names) if (m.block, m.start) < (att.block, att.pos)
             and not m.person and " " in m.text and any(w.lower() in ORG_WORDS for w in m.text.split())),
            _as_described(att.words))  # else the document itself: "the affidavit"
    # "the princess": a title a person holds, not a body named after it ("Princess of Wales")
    found = recent_org(head, names, att.block, att.pos, texts) if head.lower() not in PERSONAL_TITLES else None
    if found is None and head.lower() in COMPANY_NOUNS:
        found = body  # '"...," the company said' after the company's own words
    if found is None and head.lower() in BODY_NOUNS and att.words.lower().startswith("the "):
        found = epithet_body(names, texts, att.block, att.pos, head.lower() in COMPANY_NOUNS)
        # "Instagram asks ... said the photo-sharing app"
    words = att.words.split()
    epithet = (words[0].lower() == "the" and any(w[:1].isupper() for w in words[1:-1])
               and head.lower() not in BODY_NOUNS | BODY_KINDS.keys() | SPOKESPEOPLE | ORG_WORDS | DOCUMENT_NOUNS
               and head.lower() not in GROUP_SPEAKERS)  # "the Super Eagles’ fringe forward", not "the Russian ministry"
    if found is None and epithet:
        text = texts[att.block] or ""
        before = [m for m in names if m.block == att.block and m.person
                  and _sentence_start(text, att.pos) <= m.start < att.pos]
        if before:
            # "... since Sir Geoff Hurst in 1966 and the England hero tweeted": the one just named
            return before[-1].text if " " in before[-1].text else resolve_name(before[-1].text, names, att.block,
                                                                               before[-1].start)
    if found is None and (head.lower() in TITLE_WORDS | ROLE_NOUNS or epithet):
        holder = role_holder(att.words, texts, names, att.block, att.pos)
        if holder:
            return holder  # "the prime minister said": the person the article gives that title
        if words[0].lower() == "the":
            # "the skipper said", "the former president said": the person who spoke just before
            holder = (recent_named_speaker(names, texts, att.block, att.pos)
                      or recent_speaker(names, texts, att.block, att.pos, None, {}))
            if holder is None and head.lower() in PERSONAL_TITLES:
                # "Jokowi also ordered ..." then '"...," the President said': a name of one word
                holder = lone_name_speaker(names, texts, att.block, att.pos, _described_sex(att.words), prev)
            if holder:
                return holder
    if found is None and len(words) == 2 and words[0].lower() == "the" and head.lower() in KIN_NOUNS:
        # '"...," June Steenkamp said.' then 'the mother told NBC News': the one of that sex who spoke
        sex = _described_sex(att.words)
        holder = recent_speaker(names, texts, att.block, att.pos, sex,
                                genders if genders is not None else person_genders(texts, names))
        if holder:
            return holder
    if found is None and words[0].lower() == "the" and head.lower() in UNNAMED_NOUNS:
        found_np = recent_unnamed(texts, att.block, att.pos)
        if found_np:
            return found_np  # "a former high-ranking UBS exec tells Yahoo Finance ... the source added"
    if found is None:
        # "a resident", "one expert", "officials": who it is, as the article describes them
        return _as_described(att.words)
    return fullest_body(found, names, texts, att.block, att.pos)


# Words that open a description of a speaker ("a resident", "another official").
DETERMINERS = frozenset("the a an one another some several two three its their his her".split())
# A document its owner's name opens: "Ohtani's statement", "the company's blog post".
OWN_DOCUMENT_RE = re.compile(r"(?P<owner>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)['’]s\s+(?:[\w\-]+\s+)?(?P<doc>[a-z]+)$")
# A document a name qualifies: "an AAIB statement", "a White House statement".
NAMED_DOCUMENT_RE = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?P<owner>(?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*)\s+"
                               r"(?P<doc>[a-z]+)$")
# A document and whom it was sent to: "a guild email to members".
SENT_TO_RE = re.compile(r"(?P<doc>.+?)\s+to\s+(?:the\s+|its\s+|their\s+)?[a-z]+")
# A noun phrase's own phrase after its head ("a spokesperson for the bank").
NP_PHRASE_RE = re.compile(r"\s(?:for|of|in|at|from|with)\s")
# A body's name, "and" and "of" included: "Department of Financial Protection and Innovation".
LONG_NAME_RE = re.compile(r"[A-Z][\w’'\-]*(?:\s+(?:(?:of|and|for|&|on|de)\s+)?[A-Z][\w’'\-]*)+")


def _is_role(words: str) -> bool:
    """A name that is a role ("Home Secretary", "the West Bengal CM"), not a person's name."""
    return words.split()[-1].lower() in ROLE_NOUNS and not person_part(words)


def role_holder(np: str, texts: Sequence[str | None], names: Sequence[NameMention],
                block: int | None = None, pos: int | None = None) -> str | None:
    """The one person the article gives the role ``np`` names ("the prime minister" ->
    "Liz Truss" where it writes "Prime Minister Liz Truss" or "Liz Truss, the prime
    minister"; "India's aviation minister" -> "Civil Aviation Minister Ram Mohan Naidu"'s
    holder, the owner aside), or None when it gives it to nobody. When it gives it to
    several ("President Trump", "President Joe Biden"), the one given it last before
    (block, pos), when those are known."""
    role = re.sub(r"^(?:the|a|an)\s+(?:new\s+)?", "", np.lower()).strip()  # "the new prime minister": its holder
    role = re.sub(r"^[\w.\-]+(?:\s+[\w.\-]+)?['’]s\s+", "", role)  # "india's aviation minister": the owner aside
    if not role:
        return None
    people = {m.text for m in names if m.person}
    # "Prime Minister Liz Truss", "Haiti's ambassador to the United States, Bocchit Edmond"
    before = re.compile(rf"(?<!(?i:vice) )(?<!(?i:vice)-)(?<!(?i:deputy) )"  # not "Vice President Kamala Harris"
                        rf"\b(?i:{re.escape(role)})(?:\s+(?:to|of|for|at)\s+(?:the\s+)?"
                        rf"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){{0,3}},)?\s+(?P<name>{NAME_RE})")
    after = re.compile(rf"(?P<name>{NAME_RE}),\s+(?:the\s+)?(?:[\w’'\-]+\s+){{0,3}}(?i:{re.escape(role)})\b")
    given: list[tuple[tuple[int, int], str]] = []  # (where, holder): each time the text gives the role
    for b, text in enumerate(texts):
        for m in [*before.finditer(text or ""), *after.finditer(text or "")]:
            person = person_part(m.group("name"))
            if person and person not in people:
                # "President Luiz Inacio Lula da Silva": the name runs on past a particle
                person = next((p for p in people if p.startswith(person + " ")), person)
            if person and person in people:
                given.append(((b, m.start()), resolve_name(person, names, len(texts), 0)))  # "General Waker"
            elif person is None and " " not in m.group("name") and name_sex(m.group("name")):
                given.append(((b, m.start()), m.group("name")))  # "Catherine, Princess of Wales": a given name
    if len({h for _at, h in given}) == 1:
        return given[0][1]
    earlier = [(at, h) for at, h in given if block is not None and pos is not None and at < (block, pos)]
    return max(earlier)[1] if earlier else None


# A plural noun right after a name: the name used as a modifier ("New York Amazon workers"
# is no fuller name of Amazon; "European Commission officials" still names the Commission).
ATTRIBUTIVE_RE = re.compile(r"\s+[a-z]{3,}(?<!s)s\b")


def fullest_body(name: str, names: Sequence[NameMention], texts: Sequence[str | None], block: int, pos: int) -> str:
    """A body's fullest name in the article: an acronym spelled out ("DFPI" -> "California
    Department of Financial Protection and Innovation"), a short form by the longer name
    it ends ("the Commission" -> "European Commission"); the latest such name before
    (block, pos), else the first after; ``name`` itself when there is none. A longer name
    the short one only opens is another thing ("Google" is not "Google Play Store")."""
    name = re.sub(r"^[Tt]he\s+", "", name)
    acronym = name.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.?){2,6}", name) else None
    words = name.lower().split()
    best: str | None = None
    candidates = [(m.block, m.start, m.text) for m in names if not m.person]
    if acronym:  # a body's name may hold "and" ("... Protection and Innovation")
        candidates = [(b, m.start(), m.group(0)) for b, text in enumerate(texts)
                      for m in LONG_NAME_RE.finditer(text or "")]
    for b, start, text in candidates:
        if text == name or len(text.split()) > 10:
            continue
        mw = re.sub(r"^[Tt]he\s+", "", text).split()
        if acronym:
            parts = [p for w in mw for p in w.split("-") if p]  # "Tehreek-e-Insaf": T and I
            initials = "".join(p[0] for p in parts if p[0].isupper())
            ok = len(initials) > len(acronym) - 1 and initials.endswith(acronym) and len(parts) >= len(acronym)
        else:
            head = [w.lower().strip(".,") for w in mw]
            if "of" in head and head.index("of") > 0:
                head = head[: head.index("of")]  # "Court of Justice": the court
            ok = len(mw) > len(words) and head[-len(words):] == words and not (
                words[-1].strip(".,") not in ORG_WORDS and ATTRIBUTIVE_RE.match(texts[b] or "", start + len(text)))
        if ok:
            if (b, start) < (block, pos):
                best = " ".join(mw)
            elif best is None:
                return " ".join(mw)
    return best or name


# Words that open a spoken phrase rather than a term ("within weeks", "not yet", "very
# soon"): two words a person is reported saying are a quotation when one opens them.
ADVERBIAL_OPENERS = frozenset("within until before after by soon very too not never".split())


# What a speaker calls a thing, or how their reported clause describes it, right before the
# quoted words: 'Nunez called it a "major robbery"', 'described DeepSeek as "AI's Sputnik
# moment"', 'likened the scene to a "horror movie"', 'Kate says it was a "huge shock"', 'told
# clients to "stay calm"'.
VOICED_FRAME_RE = re.compile(
    r"\b(?:(?:called|calls|calling|termed|terming|described|describes|describing|dubbed|dubbing|branded|"
    r"branding|labell?ed|labell?ing|hailed|hailing|compared|comparing|likened|likening)(?:\s+[\w’'\-]+){0,8}?"
    r"|(?:is|was|were|are|be|been|remains|remained)(?:\s+(?:only|still|now|not|so|also|a|an)){0,2}"
    r"|(?:told|tells|telling|urged|urges|urging|asked|asks|warned|warns)(?:\s+[\w’'\-]+){1,3}?\s+to)\s*$")
# Words inside a name or a title that do not make it a phrase ("Swords of Iron").
TITLE_GLUE = NAME_CONNECTORS | {"the", "and"}


def _voiced(words: str) -> bool:
    """Two or three quoted words a speaker calls something or says something is, with one
    plain word among them ("AI's Sputnik moment"; not a title such as "Chief Twit")."""
    return 2 <= len(WORD_RE.findall(words)) <= 3 and any(
        w[0].islower() for w in WORD_RE.findall(words) if w.lower() not in TITLE_GLUE)


def _is_quotation(words: str, attributed: bool, said_after: bool = False, reported: bool = False,
                  voiced: bool = False) -> bool:
    """A quoted passage is a quotation, not a scare-quoted term or a title.

    One to three words are not, unless they are a whole utterance: punctuation inside
    the marks and the attribution right after them ('"It's a disaster," said Lee'), or
    three lowercase words a named person is reported saying in the same sentence
    (``reported``: 'Lee said the offer was "fair and affordable"'; two words are more
    often a term held at arm's length: 'Lee said the "special operation" ended', unless
    an adverbial word opens them: 'she said it would decide "within weeks"').
    Otherwise an attributed passage is; an unattributed one must read like speech: a
    sentence's worth of words, or words that end in punctuation inside the marks.
    """
    n = len(WORD_RE.findall(words))
    if voiced and _voiced(words):
        return True
    if n <= 3:
        return (n >= 2 and said_after and bool(QUOTE_END_RE.search(words.strip()))) or (
            reported and not any(ch.isupper() for ch in words)
            and (n == 3 or (n == 2 and words.split()[0] in ADVERBIAL_OPENERS)))
    if attributed:
        return True
    stripped = words.strip()
    return n >= 10 or (n >= 5 and bool(QUOTE_END_RE.search(stripped)))


def find_quotes(article: Article, sentences: Sequence[Sentence]) -> list[QuoteMention]:
    """Every direct quotation with its speaker resolved to a full name, or None.

    Quotes are found in paragraph text (a quote may span sentences and run on into the
    next paragraph) and mapped back to the first sentence they touch. The speaker comes
    from the attribution after the quote ('," Moreau said'), else from the same sentence
    before it ('Moreau said: "'), else from the subject of the sentence just before a
    quote that opens a sentence ('Moreau shook her head. "'), else from the previous
    quote of the same or previous paragraph (a quote split around "he said"). Pronouns stand for the most recent
    person named before them; surname- or given-name-only mentions for the full name
    introduced earlier; "the committee" for the most recent "... Committee". Passages
    of one to three words and unattributed terms are not quotations. Headings are skipped.
    """
    texts: list[str | None] = [blk.text if blk.kind == "paragraph" else None for blk in article.blocks]
    spans = sorted(_double_spans(texts) + _single_spans(texts), key=lambda s: (s.parts[0][0], s.open_at))
    # Names inside quoted words are people spoken about, not candidates for "he said".
    inside = {(b, i) for span in spans for b, st, en in span.parts for i in range(st, en)}
    names = [m for m in article_names(article) if (m.block, m.start) not in inside]
    out: list[QuoteMention] = []
    prev_speaker: str | None = None
    prev_block = -10
    last: tuple[int, int, _Attribution | None] = (-1, -1, None)  # the previous passage: block, end, attribution
    genders: dict[str, str] | None = None
    for k, span in enumerate(spans):
        first_block = span.parts[0][0]
        last_block = span.parts[-1][0]
        words = " ".join(texts[b][s:e].strip() for b, s, e in span.parts)  # type: ignore[index]
        words = re.sub(r"\s+", " ", words).strip()
        att = None
        if span.close_at >= 0:
            att = _trailing(texts[last_block] or "", last_block, span.close_at)
        said_after = att is not None
        if att is not None and _reporter_after(texts[last_block] or "", span.close_at) \
                and PARTICIPLE_SPEECH_RE.search((texts[first_block] or "")[
                    _sentence_start(texts[first_block] or "", span.open_at):span.open_at]):
            # 'The two firms sued, calling the order "unlawful," public broadcaster NHK
            # reported': the outlet carries the words; the subject of "calling" said them
            att = None
        elif att is not None and _reporter_after(texts[last_block] or "", span.close_at):
            lead = _leading(texts[first_block] or "", first_block, span.open_at)
            if lead is not None and lead.kind in ("name", "pron"):
                # 'Lloyd Austin said in a statement that Biden had authorized it "as soon as
                # ...," NPR reported': the outlet reports the words of the sentence's speaker
                att = lead
        if att is not None and att.words.split()[-1].lower() in DOCUMENT_NOUNS:
            # 'Waker told officers that the military "always stood by the people",
            # according to an official statement': the document reports the subject's words
            lead = _leading(texts[first_block] or "", first_block, span.open_at)
            att = lead if lead is not None and lead.kind in ("name", "pron") else att
        if att is None:
            att = _leading(texts[first_block] or "", first_block, span.open_at)
        if att is None and span.close_at >= 0:
            att = _sentence_final(texts[last_block] or "", last_block, span.close_at)
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if att is None and span.close_at >= 0 and nxt is not None and nxt.close_at >= 0 \
                and nxt.parts[0][0] == nxt.parts[-1][0] == last_block \
                and JOINED_QUOTES_RE.fullmatch((texts[last_block] or "")[span.close_at : nxt.open_at]):
            # '"Get out! Get out!" and "Killers!" rang out from the crowd': the attribution after both
            att = _trailing(texts[last_block] or "", last_block, nxt.close_at)
            said_after = att is not None
        if att is None and span.close_at >= 0 and first_block == last_block:
            att = _preposed(texts[first_block] or "", first_block, span.open_at, span.close_at)
        if att is None and first_block > 0 and not (texts[first_block] or "")[: span.open_at].strip():
            prev = texts[first_block - 1] or ""
            if prev.rstrip().endswith(":"):  # 'She said:' closing the previous paragraph
                att = _leading(prev, first_block - 1, len(prev.rstrip()))
        if att is None and last[2] is not None and last[0] == first_block and last[1] >= 0 \
                and JOINED_QUOTES_RE.fullmatch((texts[first_block] or "")[last[1] : span.open_at]):
            att = last[2]  # 'called the verdict "unbelievable" and "absolutely disastrous"'
        label = CAPS_LABEL_RE.search((texts[first_block] or "")[: span.open_at])
        label_block = first_block
        if not label and first_block > 0 and not (texts[first_block] or "")[: span.open_at].strip():
            # 'KING CHARLES' closing the paragraph before the words: the label of this one
            label, label_block = CAPS_LABEL_RE.search((texts[first_block - 1] or "").rstrip()), first_block - 1
        if label and (att is None or att.kind == "pron") and person_part(label.group("name").title()):
            # 'ENGLAND MANAGER SARINA WIEGMAN "I think ...," she told BBC Radio.': the label names her
            att = _Attribution("name", label.group("name").title(), label_block, label.start("name"))
        cut = att is None and span.close_at >= 0 and _cut_attribution((texts[last_block] or "")[span.close_at:],
                                                                      prev_speaker)
        if cut:
            # '," Japan Coast Guard vice commandant Yoshio' where the page ends: the name, when
            # it is one; no one else's words carried on
            run = re.search(r"(?:[A-Z][\w’'\-]*\s*)+$", (texts[last_block] or "").rstrip())
            name = run.group(0).strip() if run else ""
            if name and (person_part(name) or (" " not in name and name_sex(name))):
                att = _Attribution("name", person_part(name) or name, last_block, run.start())
        introduced = None if att is not None or cut else _introducer(texts, first_block, span.open_at)
        if introduced is None and att is None and len(WORD_RE.findall(words)) >= 4:
            introduced = _reported_before(texts[first_block] or "", first_block, span.open_at)
        reported = not said_after and att is not None and att.kind in ("name", "pron") and att.block == first_block
        voiced = not said_after and att is not None and att.block == first_block and bool(VOICED_FRAME_RE.search(
            (texts[first_block] or "")[_sentence_start(texts[first_block] or "", span.open_at) : span.open_at]))
        att = att or introduced
        last = (last_block, span.close_at, att)
        carried = first_block - prev_block <= 1 and prev_speaker is not None
        quotation = _is_quotation(words, att is not None or carried, said_after, reported, voiced)
        if not quotation and not (said_after and att is not None and att.kind in ("name", "pron")):
            continue
        if att is not None:
            if att.kind == "pron" and genders is None:
                genders = person_genders(texts, names)  # once per article, when a pronoun needs it
            speaker = _resolve(att, names, texts, prev_speaker if first_block - prev_block <= 2 else None, genders,
                               prev_block)
            if att is introduced and speaker and prev_speaker and first_block - prev_block <= 2 \
                    and _named_in(speaker, words) and not _named_in(prev_speaker, words):
                # 'Her partner Clarke Gayford was in the room. "... And to Clarke, let's get
                # married."': the one the words speak to is not the speaker; the speaker goes on
                speaker = prev_speaker
            if not quotation:
                # '"Well," he said, after people cheered. "You ain't seen nothing yet."': a
                # word too short to list, whose speaker goes on
                prev_speaker, prev_block = speaker, last_block
                continue
        elif first_block - prev_block <= 1 and not (prev_speaker and prev_speaker.split()[-1] in words
                                                    and person_part(prev_speaker) == prev_speaker) \
                and not _other_subject(texts[first_block] or "", first_block, span.open_at, prev_speaker) \
                and not cut:
            # the speaker goes on, unless the words name this person ("Arrest Yoon Suk Yeol!")
            # or the sentence is someone else's ("The Swedish Maritime Authority also issued ...")
            speaker = prev_speaker
        else:
            speaker = None
        text = words.strip(" ,;:")
        if not text:
            continue
        if speaker and speaker.isupper() and " " in speaker:
            speaker = speaker.title()  # "KING CHARLES", a label in capitals: the name as names are written
        out.append(QuoteMention(article.id, speaker, text, _sentence_at(article, sentences, first_block, span.open_at)))
        prev_speaker, prev_block = speaker, last_block
    return out


# A participle of speech in a phrase opening a sentence, before its subject: "24 hours
# after insisting she was ..., Ms Truss stood".
PREPOSED_RE = re.compile(rf"^(?:[\w’'\-]+\s+){{0,6}}(?:after|before|while|when|since|despite)\s+"
                         rf"(?:{SPEECH_PARTICIPLES}|denying|admitting)\b")


def _preposed(text: str, block: int, open_at: int, close_at: int) -> _Attribution | None:
    """The speaker of words quoted in a phrase that opens its sentence with a participle
    of speech: the subject of the clause after the phrase ('A day after insisting she
    was "a fighter, not a quitter" in the Commons, Ms Truss stood at a lectern')."""
    start = _sentence_start(text, open_at)
    if not PREPOSED_RE.match(text[start:open_at]) or LEAD_VERB_RE.search(text, start, open_at):
        return None
    end = _sentence_end(text, close_at)
    comma = text.find(",", close_at - 1, end)
    if comma < 0:
        return None
    found = _sentence_subject(text, block, comma + 1, end)
    return found if found is not None and found.kind == "name" else None


# What is left of an attribution a page cut off after the quote: '," Japan Coast Guard
# vice commandant Yoshio' (a name, maybe after its role, and no verb).
CUT_ATTRIBUTION_RE = re.compile(r"[\s,]*(?:[A-Z][\w.’'\-]*\s+){0,5}(?:[a-z][\w\-]*\s+){0,3}[A-Z][\w’'\-]*\s*")


def _cut_attribution(rest: str, speaker: str | None) -> bool:
    """Whether the rest of a paragraph after a quote is an attribution the page cut off
    before its verb, naming someone other than ``speaker`` (a label in capitals names the
    next quote's speaker)."""
    return bool(rest.strip() and not rest.isupper() and CUT_ATTRIBUTION_RE.fullmatch(rest)
                and not (speaker and set(rest.split()) & set(speaker.split())))


def _other_subject(text: str, block: int, at: int, speaker: str | None) -> bool:
    """Whether the sentence a quote is set in names, as its subject, someone other than
    ``speaker`` ('The Swedish Maritime Authority also issued warning for two leaks "very
    near each other"' after the Danish agency's words)."""
    start = _sentence_start(text, at)
    if LEAD_VERB_RE.search(text, start, _sentence_end(text, at)):
        return False  # 'The peace of Christ, he said, is a "..."': the attribution is read elsewhere
    found = _sentence_subject(text, block, start, at) or _body_subject(text, block, start, at)
    if found is None or found.kind != "name" or speaker is None:
        return False
    return not set(found.words.split()) & set(speaker.split())


def _named_in(person: str, words: str) -> bool:
    """Whether quoted ``words`` name ``person`` by a word of the name ("to Clarke")."""
    return any(re.search(rf"\b{re.escape(w)}\b", words) for w in person.split() if w[:1].isupper() and len(w) > 2)


def _reported_before(text: str, block: int, at: int) -> _Attribution | None:
    """The speaker of a passage quoted inside a sentence with no speech verb, carried on
    from reported speech in the sentence just before ('The health board said anyone with
    an appointment should attend. Cancelled ones will be rebooked "as soon as systems
    allow".'), when that sentence quotes nobody."""
    start = _sentence_start(text, at)
    if start == 0 or LEAD_VERB_RE.search(text[start:_sentence_end(text, at)]):
        return None
    prev_start = _sentence_start(text, start - 1)
    previous = text[prev_start:start]
    if any(ch in DOUBLE_QUOTES for ch in previous) or not LEAD_VERB_RE.search(previous):
        return None
    return _leading(text, block, len(text[:start].rstrip()))


def _introducer(texts: Sequence[str | None], block: int, at: int) -> _Attribution | None:
    """The person who speaks an unattributed quote that opens a sentence: the subject of
    the sentence just before it ('Ruth Kemp shook her head. "We got this wrong."'), in
    the same paragraph or closing the previous one, when that sentence quotes nobody and
    its subject is a person (a name or he/she)."""
    text = texts[block] or ""
    before = text[:at].rstrip()
    if before:
        if not before.endswith((".", "!", "?")):
            return None  # the quote does not open a sentence
        b, ptext = block, text
    else:
        if block == 0 or texts[block - 1] is None:
            return None
        b, ptext = block - 1, (texts[block - 1] or "").rstrip()
        before = ptext
    start = _sentence_start(ptext, max(len(before) - 1, 0))
    sentence = ptext[start : len(before)]
    if WHOLLY_QUOTED_RE.fullmatch(sentence) and len(WORD_RE.findall(sentence)) <= 3 and start > 0:
        # 'President Piñera addressed the nation. "Long Live Chile!"' then the words: a cry of
        # the one the sentence before it introduces
        before = ptext[:start].rstrip()
        start = _sentence_start(ptext, max(len(before) - 1, 0))
        sentence = ptext[start : len(before)]
    if any(len(WORD_RE.findall(q)) > 3 for q in re.findall(r"[\"“]([^\"“”]*)[\"”]", sentence)) or \
            sentence.count("\"") % 2 or sentence.count("“") != sentence.count("”") or \
            WHOLLY_QUOTED_RE.fullmatch(sentence):
        # it quotes someone itself (a term of two or three words is no quote: 'a "sad day"'; a
        # sentence all in quotation marks is someone's words: '"Long Live Chile!"')
        return None
    found = _sentence_subject(ptext, b, start, len(before))
    joined = list(CLAUSE_JOIN_RE.finditer(sentence)) if found is None else []
    if joined:
        # "Winterkorn's future isn't assured, and works council boss Bernd Osterloh appears
        # ready to make some changes." then the words: the last clause's subject
        found = _sentence_subject(ptext, b, start + joined[-1].end(), len(before))
    said = REPORTED_THEN_SAID_RE.search(sentence) if found is None else None
    if said:
        # 'This also marks the country's resolve, he adds.' then '"This moment marks ..."':
        # the one whose words were just reported
        key = "pron" if said.group("pron") else "name"
        return _Attribution(key, said.group(key), b, start + said.start(key))
    told = ACCORDING_END_RE.search(sentence) if found is None else None
    if told and person_part(_trim_name(told.group("name"))):
        # 'Police have searched 3% of the area, according to Chief John Pelletier.' then
        # '"We've got an area ..."': the one the sentence was told by
        return _Attribution("name", _trim_name(told.group("name")), b, start + told.start("name"))
    if found is None:
        verb = INTRODUCING_VERB_RE.search(sentence)
        opening = OPENING_PHRASE_RE.match(sentence)  # "Reacting to the indictment, the former President said"
        m = LEAD_SUBJECT_RE.match(sentence, opening.end() if opening else 0, verb.start()) if verb else None
        if m and m.group("np"):
            # "The skipper said ...", "One employee of a local business said ...": a
            # description opening the sentence before its speech verb
            found = _Attribution("np", m.group("np"), b, start + m.start("np"))
    issuer = OPENING_NAME_RE.match(sentence) if ISSUED_STATEMENT_RE.search(sentence) else None
    if found is None and issuer:
        # "Green Consumer Network in Korea, a civic activist group, issued a welcoming
        # statement regarding the recall." then the statement's words
        return _Attribution("name", issuer.group("name"), b, start + issuer.start("name"))
    if found and found.kind == "name" and not person_part(found.words) and " " in found.words:
        return None
    return found


# A sentence that is all a quotation: '"Long Live Chile!"'.
WHOLLY_QUOTED_RE = re.compile(r"\s*[\"“][^\"“”]+[\"”]\s*")
# The name opening a sentence (after "The"): who issued the statement it tells of.
OPENING_NAME_RE = re.compile(rf"(?:[Tt]he\s+)?(?P<name>{NAME_RE})")
# Who opens a sentence telling of a document it put out: a body described ("The company
# behind ChatGPT announced ...", "Organizers shared ...") or a name ("OpenAI announced ...").
DOCUMENT_SUBJECT_RE = re.compile(
    rf"(?P<body>(?:[Tt]he\s+(?:{'|'.join(sorted(BODY_NOUNS))})"
    rf"|(?:{'|'.join(w.title() for w in sorted(GROUP_SPEAKERS))}))\b)"
    rf"|(?:[Tt]he\s+)?(?!The\b)(?P<name>{NAME_RE})(?=\s+[a-z])")


# A sentence closed by who told it: ", according to Chief John Pelletier."
ACCORDING_END_RE = re.compile(rf",\s+according\s+to\s+(?P<name>{NAME_RE})\.?\s*$")
# Where a sentence's last clause begins: ", and ", "; but ".
CLAUSE_JOIN_RE = re.compile(r"[,;]\s+(?:and|but)\s+")
# A phrase opening a sentence before its subject: "Reacting to the indictment, ".
OPENING_PHRASE_RE = re.compile(r"(?:[A-Z][a-z]+ing|In|On|At|After|Before|During|Asked|Speaking)\b"
                               r"[^,;:“”\"]{0,80},\s+")
# Reported words closed by their attribution: "..., he adds.", "..., Modi said."
# (Not every speech verb: ", AFP reported." closes an outlet's report, not a speaker's words.)
REPORTED_THEN_SAID_RE = re.compile(rf",\s+(?:(?P<pron>[Hh]e|[Ss]he)|(?P<name>{NAME_RE}))\s+"
                                   r"(?:said|says|added|adds|explained|explains|noted|notes|stressed|stresses)\.?\s*$")
# Speech verbs that are never nouns ("states", "reports" are): a description before one is its subject.
INTRODUCING_VERB_RE = re.compile(r"\b(?:said|says|told|tells|added|explained|noted|warned|wrote|stressed|insisted)\b")


def _sentence_at(article: Article, sentences: Sequence[Sentence], block: int, pos: int) -> Sentence:
    """The sentence of ``block`` that holds offset ``pos`` (the first one after it otherwise)."""
    in_block = [s for s in sentences if s.block == block]
    for s in in_block:
        if s.start <= pos < s.end:
            return s
    after = [s for s in in_block if s.start >= pos]
    if after:
        return after[0]
    if in_block:
        return in_block[-1]
    text = article.blocks[block].text
    return Sentence(article.id, block, -1, text, 0, len(text))
