"""The quality gate: scores on annotated corpora must stay at or above their floors.

Floors may only rise (see tests/eval/README.md). The scorer and gold are the tests'
own copies; the corpus articles are built with the real pipeline.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import REAL_PAGE_CORPORA, ROOT, build_corpus, eval_module, need


EVAL = Path(__file__).parent / "eval"
CORPUS = Path(__file__).parent / "corpus"
# name: (articles folder, gold folder). "inhouse" (written) and "real" (real pages from real
# outlets) are the development corpora the rules may be checked against; "holdout" and
# "real_holdout" are never tuned against: they measure how well the rules generalise.
CORPORA = {
    "seeds": (ROOT / "seeds", EVAL / "seeds"),
    "inhouse": (CORPUS / "inhouse", CORPUS / "inhouse" / "gold"),
    "holdout": (CORPUS / "holdout", CORPUS / "holdout" / "gold"),
    "real": (CORPUS / "real", CORPUS / "real" / "gold"),
    "real_holdout": (CORPUS / "real_holdout", CORPUS / "real_holdout" / "gold"),
}
FLOORS: dict[str, dict[str, float]] = {
    # shared_points 1.0 -> 0.83 (real_holdout 0.29 -> 0.17), issue 18: a point cites only
    # sentences that make its label's claim, judged on whole sentences; "buyers could change
    # the code" is a clause of longer sentences in the seeds and is no longer a point. Judged
    # blind on the real dev corpus, cited sentences making their point's claim: 82% -> 91%.
    # One statement is one quote, shown in its fullest form (CONTRACT: "ONE item"): the seeds
    # print Ren's words as "the U.S" (002) and "the US" (003), and score.py matches a quote by
    # one text, so one spelling goes unfound (quotes 1.0 -> 0.75, merged_quotes 1.0 -> 0.5).
    "seeds": {
        "keep": 1.0, "drop": 1.0, "headings": 1.0, "title": 1.0, "date": 1.0, "publisher": 1.0, "author": 1.0,
        "location": 1.0, "events": 1.0, "quotes": 0.75, "figures": 1.0, "merged_events": 1.0, "merged_quotes": 0.5,
        "shared_points": 0.83,
    },
    "inhouse": {
        "keep": 1.0, "drop": 1.0, "headings": 1.0, "title": 1.0, "date": 1.0, "publisher": 1.0, "author": 1.0,
        "location": 1.0, "events": 1.0, "quotes": 1.0, "figures": 1.0, "merged_events": 1.0,
        "merged_quotes": 1.0, "shared_points": 1.0, "conflicts": 1.0,
    },
    "holdout": {
        "keep": 0.98, "drop": 0.95, "headings": 0.95, "title": 1.0, "date": 1.0, "publisher": 0.93, "author": 1.0,
        "location": 1.0, "events": 0.95, "quotes": 0.96, "figures": 0.86, "merged_events": 0.92,
        "merged_quotes": 1.0, "shared_points": 0.86, "conflicts": 0.54,
    },
    # 51 pages from 51 outlets on 7 stories. conflicts 0.53 -> 0.30
    # (issue 18): figures are set against each other only when they measure the same thing
    # (no earlier values, totals, listed values, other years); the gold also lists values
    # rounded differently ("€4.1bn", "4.125 billion euros"), which the tool calls agreement,
    # and part of the old recall came from false conflicts that happened to hold two gold
    # values. Precision is held below (PRECISION_FLOORS). shared_points 0.73 -> 0.38 (holdout
    # 1.0 -> 0.86, real_holdout 0.58 -> 0.29): a point's sentences must make one claim (the
    # same named actor, the same numbers, each close to the others, each sentence in one
    # point): judged by hand, 62% of cited sentences made their point's claim before, 86%
    # after; the gold's points cite every outlet that touches a claim. shared_points 0.47 ->
    # 0.51: points telling one happening in other words are one (acts), and cite the leads
    # that tell it ("Google lost its appeal" / "the court upheld the decision" cite all 8
    # android pages). figures 0.74 -> 0.75, conflicts 0.30 -> 0.38 (holdout figures 0.84 ->
    # 0.86): earthquake magnitudes however written and counts written as compounds ("a
    # 277-page ruling") are figures; the quake's 6.8 against 7.0 is found. quotes 0.80 ->
    # 0.83 (real_holdout 0.53 -> 0.57): two or three words a speaker calls something, says
    # something is or tells others to do are theirs ('called it a "pretty big" result'), and
    # a few words join a statement only whole. real_holdout quotes 0.57 -> 0.64, merged_quotes
    # 0.75 -> 1.0 (never tuned against): a generation's mark ends a name ("John J. Ray III").
    # quotes 0.83 -> 0.84: words quoted in an opening phrase with a participle of speech are
    # the next clause's subject's ("24 hours after insisting she was '...', Ms Truss stood").
    # quotes 0.84 -> 0.85: "it said" after a firm the article sets off as one ("Shoei Kisen,
    # the Japanese owner of ..."), though its name looks like a person's.
    "real": {
        "keep": 0.99, "drop": 0.87, "headings": 0.66, "title": 0.94, "date": 0.98, "publisher": 0.98, "author": 1.0,
        "location": 1.0, "events": 0.92, "quotes": 0.85, "figures": 0.75, "merged_events": 0.64,
        "merged_quotes": 1.0, "shared_points": 0.51, "conflicts": 0.38,
    },
    # quotes 0.5 -> 0.46: one statement, one quote in its fullest form (see "seeds"). quotes
    # 0.46 -> 0.53, merged_quotes 0.25 -> 0.75 (never tuned against): speakers found in the
    # shapes of later real coverage (tests/data/attributions_dev3.yml). shared_points 0.23 ->
    # 0.35: points leading with the same count of one thing are one
    # ("about 130 other companies"), and a cited sentence gives the figure its label leads
    # with (issue 18's ninth session; tests/test_points_judged.py).
    "real_holdout": {
        "keep": 1.0, "drop": 0.8, "headings": 0.66, "title": 0.93, "date": 1.0, "publisher": 0.81, "author": 0.81,
        "location": 1.0, "events": 0.93, "quotes": 0.64, "figures": 0.8, "merged_events": 0.5,
        "merged_quotes": 1.0, "shared_points": 0.35,
    },
}


# What the briefing says wrongly, measured from its side (tests/eval/precision.py):
# speakers right among the quotes matching a gold quote; conflicts that set against each
# other values of one gold conflicting figure. May only rise.
PRECISION_FLOORS: dict[str, dict[str, float]] = {
    "seeds": {"speakers": 1.0},
    "inhouse": {"speakers": 1.0, "conflicts": 1.0},
    "holdout": {"speakers": 1.0, "conflicts": 1.0},
    "real": {"speakers": 1.0, "conflicts": 1.0},
    "real_holdout": {"speakers": 0.85},  # 0.65 -> 0.73 -> 0.85 (issue 18, rules written on other pages)
}

# False alarms the briefing still raises, listed (issue 18): every other conflict must be
# right. None now: real_holdout's one ("the other four workers" against "six workers",
# a remainder against the whole) went with the rule for parts (conflicts.py).
KNOWN_FALSE_CONFLICTS: dict[str, set[str]] = {}


@pytest.fixture(scope="module")
def briefings(tmp_path_factory, real_page_briefings) -> dict[str, dict]:
    """briefing.json of each corpus in this checkout (and of the hostile one), built with
    the real pipeline from the corpus's article files only (those of real pages once for
    every test that reads them: conftest.real_page_briefings)."""
    out = {}
    for name, seeds in [*((n, s) for n, (s, _g) in CORPORA.items()), ("hostile", CORPUS / "hostile")]:
        if name in REAL_PAGE_CORPORA and seeds == CORPUS / name:
            out[name] = real_page_briefings[name]
        elif seeds.is_dir():
            out[name] = build_corpus(seeds, tmp_path_factory.mktemp(f"eval-{name}"))
    return out


@pytest.fixture(scope="module")
def scores(briefings) -> dict[str, dict[str, float]]:
    score = eval_module("score")
    return {name: score.score(gold, briefings[name])["scores"]
            for name, (_seeds, gold) in CORPORA.items() if name in briefings and gold.is_dir()}


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_scores_hold_their_floors(scores, corpus):
    need(corpus in scores, f"corpus {corpus} is not in this checkout")
    got = scores[corpus]
    below = {k: (got.get(k), floor) for k, floor in FLOORS[corpus].items() if (got.get(k) or 0) < floor}
    assert not below, f"{corpus}: scores below their floors (score, floor): {below}; all scores: {got}"


# Phrases of a page's chrome and small print that are never an outlet's name.
NOT_OUTLETS = re.compile(r"\b(?:all rights|rights reserved|privacy|cookies?|terms of|subscribe|sign (?:in|up)|log ?in|"
                         r"newsletter|advertisement|breaking news|latest news|top stories|read more|share|menu|home)\b", re.I)
# Cues that count from the publication date.
RELATIVE = re.compile(r"\b(?:yesterday|today|tonight|tomorrow|last|next|this|ago|earlier|later|recently|"
                      r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
# "a day later", "two weeks earlier": counted from a date the sentence gives, not from the
# publication date.
NARRATIVE = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?|months?|years?)\s+"
                       r"(?:later|earlier|after|before)\b", re.I)
MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)


@pytest.mark.parametrize("corpus", [*sorted(CORPORA), "hostile"])
def test_every_outlet_label_is_an_outlet_s_name(briefings, corpus):
    """An outlet is named as an outlet or not at all: never a headline's words, a phrase
    of the page's chrome, the author, or a sentence."""
    need(corpus in briefings, f"corpus {corpus} is not in this checkout")
    folder = CORPORA[corpus][0] if corpus in CORPORA else CORPUS / corpus
    bad = []
    for a in briefings[corpus]["articles"]:
        sidecar = (folder / a["source"]).with_suffix(".yml")
        if sidecar.is_file() and re.search(r"^publisher\s*:", sidecar.read_text(encoding="utf-8"), re.M):
            continue  # the user's own value is theirs to give
        for name in (a["publisher"], a.get("via")):
            if name is None:
                continue
            words = name.split()
            title = (a["title"] or "").lower()
            if (len(words) > 6 or name.endswith(("…", "...")) or any(q in name for q in "“”\"")
                    or NOT_OUTLETS.search(name) or (len(words) >= 3 and name.lower() in title)
                    or name == a["author"] or name.endswith((".", "!", "?", ":"))):
                bad.append((a["source"], name))
    assert not bad, f"{corpus}: labels that are not an outlet's name: {bad}"


@pytest.mark.parametrize("corpus", [*sorted(CORPORA), "hostile"])
def test_a_shared_point_is_shown_by_a_sentence_it_cites(briefings, corpus):
    """A point joined of two is labelled by one of the sentences it cites, never by a label
    whose sentence it no longer cites (seen on unseen real coverage: a Breivik quote shown
    for three outlets citing the next sentence of it)."""
    need(corpus in briefings, f"corpus {corpus} is not in this checkout")
    bad = [p["label"] for p in briefings[corpus]["points"] if len(p["articles"]) > 1
           and not any(p["label"].strip()[1:] in s["text"] for s in p["sentences"])]
    assert not bad, f"{corpus}: points labelled by a sentence they do not cite: {bad}"


@pytest.mark.parametrize("corpus", [*sorted(CORPORA), "hostile"])
def test_no_event_counts_from_a_day_the_article_does_not_give(briefings, corpus):
    """An article without a publication date puts none of its relative dates on the
    timeline but at the corpus year's precision: they are listed as unplaced."""
    need(corpus in briefings, f"corpus {corpus} is not in this checkout")
    b = briefings[corpus]
    undated = {a["id"] for a in b["articles"] if not a["date"]}
    # The corpus year may stand in for "this year" (marked inferred); no day may stand in
    # for the publication day.
    wrong = [(m["article"], m["cue"], e["date"]) for e in b["events"] for m in e["mentions"]
             if m["article"] in undated and RELATIVE.search(NARRATIVE.sub("", m["cue"]))
             and not (m["inferred"] and (len(e["date"]) == 4 or (len(e["date"]) == 7 and MONTH.search(m["cue"]))
                                         or (len(e["date"]) == 10 and re.search(r"\d", m["cue"]))))]
    assert not wrong, f"{corpus}: relative dates placed without a publication date: {wrong}"
    assert all(u["article"] in undated for u in b["unplaced"])


@pytest.mark.parametrize("corpus", sorted(PRECISION_FLOORS))
def test_what_the_briefing_says_is_right(briefings, corpus):
    need(corpus in briefings, f"corpus {corpus} is not in this checkout")
    got = eval_module("precision").measure(CORPORA[corpus][1], briefings[corpus])
    below = {k: (got[k], floor) for k, floor in PRECISION_FLOORS[corpus].items() if (got[k] or 0) < floor}
    assert not below, (f"{corpus}: below the floors (value, floor): {below}; wrong speakers: {got['wrong_speakers']}; "
                       f"false conflicts: {got['false_conflicts']}")
    unlisted = set(got["false_conflicts"]) - KNOWN_FALSE_CONFLICTS.get(corpus, set())
    assert not unlisted, f"{corpus}: false conflicts not listed in KNOWN_FALSE_CONFLICTS: {sorted(unlisted)}"


# Journalists' timelines (a story file's "timeline"), scored by tests/eval/timeline_score.py:
# the k most important events against the k gold days, and the words of the entries.
TIMELINE_FLOORS = {"real": {"date_f1": 0.77, "rouge1": 0.28}}


@pytest.mark.parametrize("corpus", sorted(TIMELINE_FLOORS))
def test_key_dates_are_the_days_journalists_chose(briefings, corpus):
    need(corpus in briefings, f"corpus {corpus} is not in this checkout")
    got = eval_module("timeline_score").measure(CORPORA[corpus][1], briefings[corpus])
    below = {k: (got[k], floor) for k, floor in TIMELINE_FLOORS[corpus].items() if (got[k] or 0) < floor}
    assert not below, f"{corpus}: below the floors (value, floor): {below}; per story: {got['stories']}"


def _precision(value: str) -> str:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "day"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    return "other"


@pytest.mark.parametrize("corpus", [*sorted(CORPORA), "hostile"])
def test_events_keep_to_one_precision_and_say_what_happened(briefings, corpus):
    """An event is dated and weighed by mentions of its own precision only (coarser ones
    only support it), and its entry is a source's whole sentence or a clause led by its
    subject ("Huawei … has been on a US trade blacklist"), never a fragment."""
    need(corpus in briefings, f"corpus {corpus} is not in this checkout")
    mixed, fragments = [], []
    for e in briefings[corpus]["events"]:
        counted = {_precision(m["value"]) for m in e["mentions"] if not m.get("support")}
        if counted != {_precision(e["date"])}:
            mixed.append((e["date"], sorted(counted)))
        label = e["label"]
        whole = any(label == m["sentence"].strip() for m in e["mentions"])
        led = bool(re.match(r"[\"“‘']?[A-Z0-9]", label)) and not label.startswith("…")
        if not (whole or led):
            fragments.append(label[:80])
    assert not mixed, f"{corpus}: events weighed by mentions of another precision: {mixed[:5]}"
    assert not fragments, f"{corpus}: entries that are fragments: {fragments[:5]}"
