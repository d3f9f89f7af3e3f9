"""Key dates: how much each timeline event matters, and which are the story's key dates.

A pure function of the events and the articles. An event's importance grows with its
independent reports (outlets, where one outlet's repeated sentence counts once and a
sentence copied by several outlets counts as one line of reporting plus a little for
each outlet carrying it), with how central it is to the story (the story's own words
in its sentences, its article's headline and lead words; a report in an article's lead) and with whether its sentence tells
an occurrence (a verb in the past) rather than a plan, a forecast or a background
fact. Mentions that only support an event (a coarser date, "that month") do not count.
An event reported by one outlet only, in a long sentence that shares no word with its
article's headline and lead, may be off the story (a sidebar, a teaser for another
story): it weighs nothing and is never a key date (it stays in the full list, since an
article's own forecast or aside may use other words than its lead).
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from .models import Article, Event, Sentence
from .text import IRREGULAR_VERBS, content_words

# An article's lead: its first sentences, with its headline, say what its story is.
LEAD_SENTENCES = 3
# A sentence this long (content words) that shares none of the story's words is about
# something else; a shorter one ("They threatened the same in 2014") leans on its context.
OFF_STORY_WORDS = 8
# A sentence copied by several outlets: each outlet after the first adds this much.
COPY_WEIGHT = 0.25
# How many key dates a story has at most, and the share of the top importance one needs.
MAX_KEY_DATES = 10
KEY_SHARE = 0.3
# Key dates are a selection: at most one event in KEY_FRACTION (never fewer than MIN_KEY_DATES).
KEY_FRACTION = 3
MIN_KEY_DATES = 3
# Words that make a sentence a plan, a forecast or a possibility rather than an occurrence.
NOT_OCCURRENCE_RE = re.compile(
    r"\b(?:will|would|could|might|may|shall|plans?\s+to|planned\s+to|expects?\s+to|expected\s+to|is\s+due|are\s+due|"
    r"scheduled|set\s+to|aims?\s+to|hopes?\s+to|likely\s+to|forecasts?|predicts?)\b", re.I)
# A verb in the past: an occurrence.
PAST_VERB_RE = re.compile(r"\b(?:[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_VERBS)) + r"|was|were|had|did|died|said)\b")


def rank_events(events: Sequence[Event], articles: Sequence[Article],
                sentences: Mapping[str, Sequence[Sentence]]) -> tuple[Event, ...]:
    """``events`` with their importance (0..1) and key-date flag set (see the module);
    the order is kept."""
    outlet = {a.id: (a.meta.publisher or a.id).casefold() for a in articles}
    leads = {a.id: _lead_words(a, sentences.get(a.id, ())) for a in articles}
    scored: list[tuple[Event, float]] = []
    for e in events:
        counted = [c for c in e.mentions if not c.support] or list(e.mentions)
        outlets = {outlet.get(c.article, c.article) for c in counted}
        words = [frozenset(content_words(c.sentence.text)) for c in counted]
        topics = [frozenset().union(*(w for k, w in leads.get(c.article, ()) if k != c.sentence.index))
                  for c in counted]
        central = max((len(w & t) / max(1, min(len(t), 6)) for w, t in zip(words, topics)), default=0.0)
        if len(outlets) == 1 and central == 0.0 and all(len(w) >= OFF_STORY_WORDS for w in words):
            scored.append((e, 0.0))  # one outlet, a long sentence sharing no word with its article's lead: aside
            continue
        reports = _reports(counted, outlet)
        lead = any(c.sentence.index < LEAD_SENTENCES for c in counted)
        texts = [c.sentence.text for c in counted]
        occurred = any(PAST_VERB_RE.search(t) and not NOT_OCCURRENCE_RE.search(t) for t in texts)
        score = reports * (0.5 + min(1.0, central)) * (1.0 if occurred else 0.4) * (1.2 if lead else 1.0)
        scored.append((e, score))
    top = max((s for _e, s in scored), default=0.0)
    ranked = sorted(range(len(scored)), key=lambda k: (-scored[k][1], k))
    most = min(MAX_KEY_DATES, max(MIN_KEY_DATES, -(-len(scored) // KEY_FRACTION)))
    key = {k for k in ranked[:most] if top and scored[k][1] >= KEY_SHARE * top and scored[k][1] > 0}
    return tuple(replace(e, importance=round(s / top, 3) if top else 0.0, key=k in key)
                 for k, (e, s) in enumerate(scored))


def _reports(counted: Sequence, outlet: Mapping[str, str]) -> float:
    """Independent reports: each distinct sentence (folded) counts once however often one
    outlet repeats it, plus COPY_WEIGHT for each further outlet that carries it; the
    whole never more than the number of outlets."""
    carriers: dict[str, set[str]] = {}
    for c in counted:
        text = " ".join(c.sentence.text.casefold().split())
        carriers.setdefault(text, set()).add(outlet.get(c.article, c.article))
    total = sum(1.0 + COPY_WEIGHT * (len(who) - 1) for who in carriers.values())
    return min(total, float(len({o for who in carriers.values() for o in who})))


def _lead_words(article: Article, sentences: Sequence[Sentence]) -> list[tuple[int, frozenset[str]]]:
    """What an article is about, piece by piece: the content words of its headline (as
    sentence -1) and of its first LEAD_SENTENCES sentences (a corpus may hold several
    stories: each article's own story is its lead's). A sentence is not its own evidence:
    its own piece is left out when it is weighed."""
    pieces = [(-1, article.meta.title or "")] + [(s.index, s.text) for s in sentences[:LEAD_SENTENCES]]
    return [(k, frozenset(w for w in content_words(t) if not w.isdigit())) for k, t in pieces]
