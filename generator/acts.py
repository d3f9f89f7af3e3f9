"""What kind of happening a sentence reports: a small lexicon of news event types.

Outlets tell one happening in their own words ("a container ship got stuck", "the vessel
became wedged"; "Chauvin was found guilty", "the jury convicted him"; "the court ordered
the liquidation", "orders the developer to wind up"). Word overlap does not see these as
one claim; their event type does. The types follow the event classes of news information
extraction (justice, personnel, life, business, movement, conflict), each with the words
and phrases that report it in English news. A type is read only where it is reported as
having happened, or as planned ("will reopen on Monday"), never where it is denied ("did
not resign"). A pure function of a sentence's text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from .text import WEAK_WORDS, content_words

# Up to three words between a verb and its object ("lost its final appeal").
_GAP = r"(?:[\w'’\-]+\s+){0,3}"

# Event type -> the words and phrases that report it (in any case).
ACT_PATTERNS: dict[str, str] = {
    # justice
    "convict": r"found\s+(?:(?!not\b)[\w'’\-]+,?\s+){0,5}guilty|(?:was|were|been|is|are|pleaded|pleads)\s+guilty|"
               r"convict(?:ed|ing|s)?|conviction|guilty\s+verdict",
    "acquit": r"acquit(?:ted|tal|s)?|found\s+not\s+guilty|cleared\s+of",
    "sentence": r"sentenced|jailed|imprisoned",
    "charge": r"charged\s+with|indicted|indictment",
    "arrest": r"arrest(?:ed|s)?|detained|taken\s+into\s+custody|remanded",
    "appeal_lost": (r"(?:lost|loses|lose|losing)\s+" + _GAP + r"(?:appeal|challenge|case|bid)|upheld|uphold(?:s|ing)?|"
                    r"(?:dismiss|reject)(?:ed|es|s)?\s+" + _GAP + r"(?:appeal|challenge)|"
                    r"(?:largely\s+)?confirm(?:s|ed)?\s+" + _GAP + r"(?:decision|ruling|verdict)"),
    "appeal_won": r"(?:won|wins|win)\s+" + _GAP + r"(?:appeal|challenge)|overturn(?:ed|s)?|annul(?:led|s)?|"
                  r"overrul(?:ed|es|e)|str(?:ike|ikes|uck|iking)\s+down|"
                  r"quash(?:ed|es)?\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)" + _GAP
                  + r"(?:conviction|ruling|decision|verdict|sentence|fine|order)",
    "sue": r"su(?:ed|es|ing)|lawsuit|filed\s+suit",
    "investigate": r"(?:launch|open|start|order)(?:ed|s|ing)?\s+(?:an?\s+|the\s+)?(?:[\w'’\-]+\s+){0,2}(?:investigation|"
                   r"inquiry|probe)|(?:investigation|inquiry|probe)\s+(?:has|had|was|is)\s+(?:been\s+)?(?:launched|opened|"
                   r"started|ordered)",
    "fine": r"fined|impos(?:ed|es|e|ing)\s+" + _GAP + r"(?:fine|penalty)",
    # business
    "liquidate": r"liquidat(?:e|ed|es|ion|ing)|wind(?:s|ing)?[\s-]+up|wound\s+up",
    "bankrupt": r"bankrupt(?:cy)?|insolven(?:t|cy)|chapter\s+11",
    "default": r"default(?:ed|s)?\s+on",
    "seize": r"seiz(?:ed|es|e|ing|ure)|(?:took|taken)\s+over(?!\s+as\b)|takeover\s+of",
    "acquire": r"acquir(?:e|ed|es|ing)|acquisition\s+of|merg(?:e|ed|er)\s+with|buy(?:s|ing)?|bought|"
               r"purchas(?:e|ed|es|ing)",
    "reopen": r"re-?open(?:s|ed|ing)?",
    "shut": r"shut(?:s|ting)?\s+down|(?:was|were|been|be|is|are)\s+(?:shut|closed)\b(?!\s+(?:at|up|higher|lower))",
    "layoff": r"laid\s+off|lay(?:s|ing)?\s+off|layoffs?|job\s+cuts|cut(?:s|ting)?\s+" + _GAP + r"jobs",
    # personnel
    "resign": r"resign(?:s|ed|ing|ation)?|step(?:s|ped|ping)?\s+down|stood\s+down|quit(?:s|ting)?",
    "elect": r"(?:won|wins|win)\s+" + _GAP + r"(?:election|vote|race|leadership\s+contest)|"
             r"elected\s+(?:as\s+)?(?:the\s+)?new|(?:was|were|been|is|are)\s+elected|"
             r"bec(?:ame|omes|oming)\s+(?:the\s+)?(?:new\s+)?(?:pope|president|prime\s+minister|chancellor|leader|"
             r"mayor|governor|speaker)\b",
    "appoint": r"appoint(?:ed|s|ment)|sworn\s+in|(?:took|taken|takes|take)\s+over\s+as|"
               r"named\s+(?:as\s+)?(?:the\s+|its\s+)?(?:new\s+|interim\s+)?(?:chief|ceo|president|chair|chairman|"
               r"chairwoman|head|director|manager|coach|prime\s+minister|leader)\b",
    "oust": r"ousted|sacked|impeached|(?:forced|pushed|kicked)\s+out|(?:was|were|been|be|being|got)\s+fired|"
            r"fir(?:e|ed|es|ing)\s+(?=(?:the|a|an|his|her|its|their|several|some|many|all|top|two|three|four|five|"
            r"him|them|\d+)\b)"
            r"(?!(?:[\w'’\-]+\s+){0,2}(?:shots?|rounds?|bullets?|tear|gas|missiles?|rockets?|warning|volleys?)\b)",
    # life
    "die": r"kill(?:ed|ing|s)?|died|dead|death\s+toll|"
           r"deaths?\s+of\b(?=[^.;:]*\b(?:was|were|has\s+been|had\s+been)\s+(?:announced|confirmed|reported|declared))",
    "injure": r"injur(?:ed|ies|ing)|wounded",
    # movement
    "stuck": r"stuck|wedged|lodged|aground|grounded|jammed",
    "freed": r"refloat(?:ed|ing|s)?|freed|dislodg(?:ed|es|e)|unstuck",
    "collide": r"collid(?:ed|es|e)|collision|crash(?:ed|es)?\s+into|rammed|struck\s+" + _GAP
               + r"(?:bridge|ship|vessel|building|car|truck|tower|pier)",
    "crash": r"crash(?:ed|es|ing)?(?!\s+into)",
    "collapse": r"collaps(?:ed|es|e|ing)|implod(?:ed|es|e|ing)|implosion",
    "sink": r"sank|sunk|sinks|sinking|capsiz(?:ed|es|e|ing)",
    "explode": r"explod(?:ed|es|e|ing)|explosions?|blasts?",
    # conflict and contact
    "attack": r"attack(?:ed|s)?|bomb(?:ing|ed|s)|shooting|stabb(?:ed|ing)|airstrikes?|missile\s+strikes?|"
              r"(?:was|were|been|being|is|are|got)\s+shot|shot\s+(?:dead|and\s+killed|and\s+wounded)|opened\s+fire|"
              r"fired\s+(?:[\w'’\-]+\s+){0,2}(?:at|upon|into|shots?|rounds?|bullets?)|fired\s+on\s+(?!(?:monday|tuesday|"
              r"wednesday|thursday|friday|saturday|sunday|the\s+spot|\d)\b)|gunned\s+down|assassinat(?:ed|ion|es|e)",
    "protest": r"protest(?:ed|ers|s)?|demonstrat(?:ors|ions?|ed)",
    "revolt": r"mutin(?:y|ied|ies)|rebellion|rebelled|uprising|revolt(?:ed)?|(?:attempted|failed)\s+coup|coup\s+attempt",
    "meet": r"met\s+(?:with\s+)?|meeting\s+with",
    "apologise": r"apologi[sz](?:ed|es|e|ing)|apology",
}

# Words before an event word that make it no reported happening: a denial or a
# condition ("did not resign", "nobody was injured", "if he resigns", "calls for his
# resignation").
NOT_HAPPENED_RE = re.compile(
    r"(?:\bnot|n't|\bnever|\bno|\bnobody|\bno\s+one|\bnone|\brefus\w*\s+to|\bden(?:y|ied|ies)|\bif|\bwhether|"
    r"\bunless|\bcall(?:s|ed|ing)?\s+(?:for|on)|\burged?)\s+(?:[\w'’\-]+\s+){0,2}$", re.I
)
# Words before an event word that make it a plan or a possibility, an act of its own
# ("will reopen on Monday", "is expected to reopen" report one plan; no reopening).
PLANNED_RE = re.compile(
    r"(?:\bcould|\bmay|\bmight|\bwould|\bwill|\bshould|\bexpected\s+to|\bset\s+to|\blikely\s+to|\bplans?\s+to|"
    r"\bintends?\s+to|\bthreaten\w*\s+to|\bright\s+to|\bface[sd]?|\bfacing)\s+(?:[\w'’\-]+\s+){0,2}$", re.I
)

# An act named as an aim ("working to refloat the ship", "waited to seize the bank") is not
# reported as done, unless a decision or a compulsion makes it ("ruled to liquidate",
# "decided on Monday to liquidate", "was forced to resign").
AIM_RE = re.compile(r"\bto\s+$", re.I)
DECIDED_RE = re.compile(r"\b(?:decid\w*|ruled?|rules|ruling|vot(?:ed|es)|agreed|ordered|orders|forced|compelled|"
                        r"obliged|had|(?:move|step|action|decision)s?\b[^.;]{0,30}\b(?:was|were))\b[^.;]{0,50}\bto\s+$", re.I)

# An opening phrase that sets the scene ("Following nearly a year of protest, ...",
# "After the bank collapsed, ..."): what it holds is background, not what the sentence reports.
SCENE_RE = re.compile(r"^\W*(?:following|after|before|amid|despite|since|during|with|in\s+the\s+wake\s+of)\b[^,;:]*[,;:]",
                      re.I)

# An act inside a relative or subordinate clause is background to what the sentence
# reports ("investigators aboard the ship that crashed into the bridge", "the crew was
# working when the ship hit", "shares fell after a court ruled to liquidate the company"):
# a relative pronoun up to three words before the act, or a conjunction up to eight
# ("after", "since" and the like only before a noun phrase: "since Tuesday has apologised"
# is no clause). "that" after a verb of saying opens what was said, which counts ("told
# reporters that she had resigned").
CLAUSE_RE = re.compile(r"(?:\b(?:which|who|whom|whose|that)(?:\s+[\w'’\-]+){0,3}|\b(?:where|when|while|because|"
                       r"although|though|once|whereas)(?:\s+[\w'’\-]+){0,8}|\b(?:after|before|since|until)\s+"
                       r"(?:the|a|an|its|his|her|their|this|these|those)(?:\s+[\w'’\-]+){1,7})\s+$", re.I)
SAID_THAT_RE = re.compile(r"\b(?:said|says|told|tells|announced|announces|confirmed|confirms|reported|reports|added|"
                          r"stated|states|wrote|writes|believes?|thinks?|knows?|notif\w*|inform\w*|warn\w*|admit\w*|"
                          r"insist\w*)\b(?:\s+[\w'’\-]+){0,3}\s+that"
                          r"(?:\s+[\w'’\-]+){0,3}\s+$", re.I)
# A sentence opening on an act's noun is about the act, not a report of it ("The
# bankruptcy will affect more than 130 companies").
NOUN_RE = re.compile(r"(?:ion|cy|ment|ure|ogy|over|offs?|toll|ers|ests|al|chapter)$|^(?:attacks?|mutin(?:y|ies)|blasts?|"
                     r"uprising|revolt|coup|protests?)$", re.I)
# A noun reports an act only as what a verb does ("filed for bankruptcy", "ordered the
# liquidation", "announced his resignation", "led a mutiny", "launched an attack"), not as
# a thing mentioned ("the lawyer who handled the Enron bankruptcy", "sparked protests",
# "killed in the blast").
GOVERNED_RE = re.compile(r"\b(?:fil\w*|order\w*|declar\w*|announc\w*|seek\w*|sought|approv\w*|enter\w*|forced|"
                         r"into|for|issu\w*|offer\w*|made|make[s]?|gave|give[s]?|tender\w*|submit\w*|complet\w*|"
                         r"final\w*|confirm\w*|launch\w*|led|lead\w*|stag\w*|mount\w*|spearhead\w*|carr\w+\s+out|"
                         r"conduct\w*|organi[sz]\w*|held|hold\w*|attempt\w*|suffer\w*)(?:\s+[\w'’\-]+){0,3}\s+$", re.I)
# A passive participle right after a noun, before a preposition, modifies the noun ("a
# container ship stuck in the canal apologised", "people killed in the quake"): it
# reports no happening of its own. After these words it is the verb: "was stuck",
# "became wedged", "ran aground and wedged"; and a verb that takes no object is one
# ("the ferry capsized off the coast").
PARTICIPLE_RE = re.compile(r"(?:\w+ed|stuck|shot|sunk|struck|bought|hit|wound)$")
INTRANSITIVE_RE = re.compile(r"(?:capsiz|explod|collaps|implod|di|resign|apologi[sz]|crash|collid|default|reopen)ed$")
VERB_BEFORE = frozenset("""was were is are be been being got get gets became become becomes has have had remain
remains remained seemed seems appeared appears and or but then also now still just reportedly allegedly
officially finally""".split())
MODIFIER_AFTER_RE = re.compile(r"\s+(?:in|on|at(?!\s+(?:least|most)\b)|by|near|off|into|across|after|during|from|"
                               r"with|under|over|inside|outside|for|since|last|this|earlier)\b", re.I)
# A match holding its own verb ("an investigation has been launched") needs none before.
VERBAL_RE = re.compile(r"\b(?:has|had|was|is|were|been)\b")
# A verb's participle or gerund after an article is an adjective or a noun ("the collapsed
# bridge", "carrying out the shooting"); a plain noun there is an act performed ("led a mutiny").
ADJECTIVE_RE = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+$", re.I)
TOPIC_RE = re.compile(r"^\W*(?:the|a|an|this|that|its|his|her|their)\s+(?:[\w'’\-]+\s+)?$", re.I)

# Matched at the start of each word of the text in lower case (trying every type at every
# character is ten times slower). A word joined by a hyphen is an adjective: "the
# newly-appointed chief".
ACT_RE = re.compile("|".join(rf"(?P<{name}>{pattern})" for name, pattern in ACT_PATTERNS.items()) + r"\b")
WORD_START_RE = re.compile(r"(?<![\w-])\w")
TOKEN_RE = re.compile(r"[\w'’\-]+")

# Who and what an act involves are the words around it (up to WINDOW words on either
# side) and the sentence's opening words (its subject, most often: "The vessel, which is
# operated by ..., is wedged").
WINDOW = 10
OPENING = 6
# Capitalised words that name nobody.
NOT_NAMES = frozenset("""the a an in on at it he she they we i this that these those his her its their our
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december mr ms mrs dr sir""".split())


# Pronouns that stand for someone named elsewhere in the sentence.
PRONOUNS = frozenset("he she they it his her their its him them".split())
# A sentence opening on a one-word name before its verb ("Cosby was found guilty"): its
# first word, capitalised as every first word is, names who acts.
SUBJECT_FIRST_RE = re.compile(r"[A-Z][\w'’\-]+\s+(?:was|were|is|are|has|have|had)\s")
FIRST_PERSON = frozenset("i we my our me us".split())


class Act(NamedTuple):
    """One happening a sentence reports: its type (ending in "?" when it is planned or
    possible), the content words around it and the names (capitalised words) among them."""
    kind: str
    words: frozenset[str]
    names: frozenset[str]


def acts(text: str, speaker: str | None = None) -> tuple[Act, ...]:
    """The happenings a sentence reports as having happened or as planned, in order.
    ``speaker``: who speaks the sentence when it is quoted ("I am resigning")."""
    found: list[Act] = []
    tokens: list[re.Match[str]] | None = None
    scene = SCENE_RE.match(text)
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): kept as it is
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for start in WORD_START_RE.finditer(low, scene.end() if scene else 0):
        m = ACT_RE.match(low, start.start())
        if m is None:
            continue
        before = max(0, m.start() - 60)
        if NOT_HAPPENED_RE.search(text, before, m.start()):
            continue
        if VERBAL_RE.search(m.group(0)) or m.group(0).startswith("death"):
            pass  # "an investigation has been launched", "the death of X was announced": a report
        elif NOUN_RE.search(m.group(0).split()[0]):
            if TOPIC_RE.match(text, 0, m.start()) or not GOVERNED_RE.search(text, before, m.start()):
                continue
        elif (ADJECTIVE_RE.search(text, before, m.start()) and (PARTICIPLE_RE.search(m.group(0))
                                                                  or m.group(0).endswith("ing"))
              or _modifies(text, m, before)):
            continue
        if CLAUSE_RE.search(text, before, m.start()) and not SAID_THAT_RE.search(text, before, m.start()):
            continue
        planned = PLANNED_RE.search(text, before, m.start()) or (
            AIM_RE.search(text, before, m.start()) and not DECIDED_RE.search(text, before, m.start()))
        kind = (m.lastgroup or "") + ("?" if planned else "")
        if tokens is None:
            tokens = list(TOKEN_RE.finditer(text))
        first = next((k for k, t in enumerate(tokens) if t.end() > m.start()), len(tokens))
        last = next((k for k, t in enumerate(tokens) if t.start() >= m.end()), len(tokens))
        around = [*tokens[:OPENING], *tokens[max(0, first - WINDOW):first], *tokens[last:last + WINDOW]]
        own = {w for t in tokens[first:last] for w in content_words(t.group(0))}
        words = frozenset(w for t in around for w in content_words(t.group(0))
                          if w not in WEAK_WORDS and w not in own)
        # A pronoun before the act stands for a name the sentence gives ("Ms Truss stood at a
        # lectern and said she had informed the king she was resigning"); a quoted "I" or
        # "we", for the speaker.
        leading = {t.group(0).lower() for t in tokens[max(0, first - WINDOW):first]}
        named = tokens if leading & PRONOUNS else [*around, *tokens[first:last]]
        names = frozenset(_name(t.group(0)) for t in named
                          if (t.start() > 0 or SUBJECT_FIRST_RE.match(text)) and t.group(0)[:1].isupper()
                          and t.group(0).lower() not in NOT_NAMES)
        if speaker and leading & FIRST_PERSON:
            names |= {_name(w) for w in speaker.split() if w[:1].isupper()}
            words |= set(content_words(speaker))
        found.append(Act(kind, words, names))
    return tuple(found)


def _modifies(text: str, m: re.Match[str], before: int) -> bool:
    """Whether an act's participle modifies the noun before it (PARTICIPLE_RE)."""
    first = m.group(0).split()[0]
    if not PARTICIPLE_RE.search(first) or INTRANSITIVE_RE.search(first) or " " in m.group(0):
        return False
    gap = text[before:m.start()]
    prev = TOKEN_RE.findall(gap)
    if not prev or not gap[-1:].isspace() or not gap.rstrip()[-1:].isalnum():
        return False  # after punctuation ("... traded goods, apologised") it is a verb
    word = prev[-1]
    return (word.islower() and word not in VERB_BEFORE and not word.endswith("ly") and not word.isdigit()
            and MODIFIER_AFTER_RE.match(text, m.end()) is not None)


def _name(word: str) -> str:
    """A capitalised word as a name: lower case, without a possessive ending."""
    return re.sub(r"['’]s$", "", word.lower())


def same_act(a: Sequence[Act], b: Sequence[Act]) -> bool:
    """Two sentences report one happening: an act of one type in each, involving the same
    name ("Chauvin") or two same words around it ("ship", "canal")."""
    return any(x.kind == y.kind and (x.names & y.names or len(x.words & y.words) >= 2)
               for x in a for y in b)
