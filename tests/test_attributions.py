"""Speakers of quotations in real news paragraphs: accuracy floors that may only rise.

tests/data/attributions_*.yml hold real paragraphs from stored copies of real pages
(each case's address is in the file), a piece of one quotation and who said it. The dev
files are what the attribution rules are checked against; the holdout file is never
tuned against: it measures how well they generalise. A case counts as right when the
quotation is found and its speaker shares a name word with the gold speaker (the
evaluation's own rule, score.speaker_ok).
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import eval_module, need

from generator.extract import find_quotes
from generator.models import Article, Block, Metadata
from generator.sentences import split_article

DATA = Path(__file__).parent / "data"
# dev3 (issue 18, five later sets of real coverage): 0.68 before its rules, 0.91 after; dev4
# (four more stories), held out while they were written: 0.79 before and after, 0.92 once
# used too; dev5 (two more stories), held out until then: 0.69 before these rules, 0.72
# after, 0.87 once used too; dev6 (three more stories), held out until then: 0.83 before
# and after, 0.94 once used; dev7 (three more), held out until then: 0.73 before, 0.79
# after, 0.87 once used; dev8 (three more), unseen with all of them: 0.77 before and after,
# 0.89 once used. dev2 0.81 -> 0.89, holdout 0.75 -> 0.81 with the same rules. dev9 (six
# more stories), unseen until then: 0.78 and 0.96 on its two halves before, 0.93 once used;
# dev10 (six more), unseen until then: 0.71 and 0.88 on its two halves, 0.90 once used;
# dev11 (three more), unseen with all of them: 0.64 before them, 0.67 with them, 0.83 once used
# (0.89 with issue 18's fourth session); dev12 (three more), unseen with all of them: 0.79
# before and with them, 0.82 once used (0.98 with the fourth session's rules);
# dev13 (three more), unseen with all of them: 0.91 before and with them, 0.95 once used;
# dev14 (nine more): six unseen with the code before them, 0.74 and 0.63 on their two
# halves, three unseen with the rules of their session, 0.93; 0.92 once used; dev15 (six
# more), unseen with all of them: 0.86 and 0.85 on its halves, 0.92 once used; dev16
# (three more), unseen with all of them: 0.79, 0.87 once used; dev17 (three more), unseen
# with all of them: 0.80, 0.87 once used; dev18 (three more), unseen with all of them: 0.83
# (0.76 with the code before issue 18's fourth session), 0.93 once used; dev19 (six more),
# unseen with all of them: 0.875 and 0.877 on its halves, 0.96 once used (and dev9 0.93 ->
# 0.94, dev15 0.92 -> 0.93, dev16 0.86 -> 0.88 with the same rules); dev20 (six more),
# unseen with all of them: 0.915 and 0.808 on its halves, 0.93 once used (dev10 0.89 -> 0.90,
# dev16 0.88 -> 0.90 with the same rules); dev21 (six more), unseen with all of them: 0.787
# and 0.944 on its halves, 0.87 once used; dev22 (six more), unseen at 9ff135f with the first
# rules of issue 18's sixth session: 0.806 and 0.725 on its halves, 0.94 once used (and with the
# same rules dev2 0.91 -> 0.92, dev3 0.92 -> 0.94, dev7 0.89 -> 0.90, dev8 0.89 -> 1.0, dev11 0.89
# -> 0.94, dev15 0.93 -> 0.96, dev17 0.87 -> 0.93, dev21 0.87 -> 0.89); dev23 (six more),
# unseen with all of that session's rules but its last few: 0.930 and 0.925, 0.96 once used.
# Issue 18's seventh session (epithets for bodies, titles for one-word names, "X reported"
# after a sentence's own speaker, possessors and "where" clauses that are no subjects, "they"
# and "it" opening a sentence, documents named for their body): dev3 0.936 -> 0.957, dev4
# 0.930 -> 0.965, dev5 0.872 -> 0.949, dev7 0.903 -> 0.952, dev10 0.918 -> 0.939, dev17 0.935
# -> 0.957, dev19 0.973 -> 1.0, dev20 0.935 -> 0.943, dev21 0.892 -> 0.916, dev23 0.964 ->
# 0.976; dev24 (six more stories), unseen with that session's first rules: 0.847 and 0.814 on
# its halves, 0.890 once used; dev25 (six more stories), unseen with all that session's rules
# but the last: 0.923 and 1.0 on its halves (0.904 and 1.0 with the code before the session),
# 0.971 once used; all dev files together 0.941 (1,583 of 1,682) -> 0.951 (1,810 of 1,903,
# dev24 and dev25 included). Issue 18's eighth session: dev26 (three more stories), unseen
# with all rules before it: 0.851, 0.896 once used (a surname two people share is the one
# named as a subject, a statement told of as its issuer's, a role joined by "and" before a
# clause set off, a role set off with its closing comma left out); dev24 0.890 -> 0.907;
# dev27 and dev28 (three stories each), unseen with the session's first rules: 0.744 and
# 0.839, 0.846 and 0.964 once used ("search and rescue" in a role, "the Spaniard", a credit
# after a dash, "according to X" then "he said", names after "sides" or "program" are no
# people, "written by" a document's author, "the board of X" sets X off as a company); dev3
# 0.957 -> 0.986, dev17 0.957 -> 0.978; all dev files together 0.951 (1,964 of 2,065,
# dev26 to dev28 included). dev29 and dev30 (three stories each; dev30 without its pages in
# German, French and Spanish), unseen with those rules: 0.784 and 0.909, 0.902 and 0.939 once
# used (a role before a name and its workplace, a name set off after a clause, "as X puts
# it", a workplace set off after a name, a ruling "which declared", a caption between
# paragraphs is no one's "he"); dev15 0.955 -> 0.966; all dev files together 0.950 (2,042 of
# 2,149, dev26 to dev30 included). dev31 and dev32 (three stories each), unseen with those
# rules: 0.895 and 0.870, 1.0 and 0.944 once used ("condemned", "the 71-year-old", "police
# officer" before a name, a place after "in", "d'Archimbaud", "they" for the people the
# sentence before is about, a surname misspelt once); all dev files together 0.951 (2,150 of
# 2,260, dev26 to dev32 included). dev33 and dev34 (three stories each), unseen with those
# rules: 0.906 and 0.886, 0.943 and 0.955 once used (a time between a surname and its verb,
# "hailed as '...' by X", "said British holidaymaker Nick" who goes on as "he", a court that
# "ruled that"); all dev files together 0.951 (2,242 of 2,357, dev26 to dev34 included).
# dev35 and dev36 (three stories each), unseen with those rules: 0.894 and 0.911, 0.936 and
# 0.929 once used (an acronym of hyphened words, "charged that", a description set off by
# dashes); all dev files together 0.950 (2,338 of 2,460, dev26 to dev36 included).
FLOORS = {"attributions_dev.yml": 0.96, "attributions_dev2.yml": 0.92, "attributions_dev3.yml": 0.98,
          "attributions_dev4.yml": 0.96, "attributions_dev5.yml": 0.94, "attributions_dev6.yml": 0.93,
          "attributions_dev7.yml": 0.95, "attributions_dev8.yml": 1.0, "attributions_dev9.yml": 0.96,
          "attributions_dev10.yml": 0.93, "attributions_dev11.yml": 0.94, "attributions_dev12.yml": 0.98,
          "attributions_dev13.yml": 0.95, "attributions_dev14.yml": 0.92, "attributions_dev15.yml": 0.96,
          "attributions_dev16.yml": 0.94, "attributions_dev17.yml": 0.97, "attributions_dev18.yml": 0.93,
          "attributions_dev19.yml": 1.0, "attributions_dev20.yml": 0.94, "attributions_dev21.yml": 0.91,
          "attributions_dev22.yml": 0.94, "attributions_dev23.yml": 0.97, "attributions_dev24.yml": 0.90,
          "attributions_dev25.yml": 0.97, "attributions_dev26.yml": 0.89, "attributions_dev27.yml": 0.84,
          "attributions_dev28.yml": 0.96, "attributions_dev29.yml": 0.90, "attributions_dev30.yml": 0.93,
          "attributions_dev31.yml": 1.0, "attributions_dev32.yml": 0.94, "attributions_dev33.yml": 0.94,
          "attributions_dev34.yml": 0.95, "attributions_dev35.yml": 0.93, "attributions_dev36.yml": 0.92,
          "attributions_holdout.yml": 0.81,
          # issue 18's ninth session: the quotations of points_dev/ (six sets of three stories),
          # 0.866 unseen, 0.910 with that session's rules, 0.942 with the tenth's ("quoted him as
          # saying", '?" X said as he was led out', "Officers helped", asides between dashes, a
          # role's closing comma left out, a cry between the one introduced and the words);
          # outside the dev aggregate (see the file)
          "attributions_later.yml": 0.94,
          # its tenth: points_dev/set7 and set8, 0.903 unseen
          "attributions_later2.yml": 0.9,
          # and the held-out sets 9 and 10, measured once the session's rules were written
          "attributions_later3.yml": 0.88,
          # the held-out sets of points_heldout/, measured once at the tenth session's end
          "attributions_heldout.yml": 0.87}


def attribution_misses(path: Path) -> tuple[int, list[str]]:
    """(cases, the cases whose speaker is wrong or whose quotation is not found)."""
    score = eval_module("score")
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))
    misses = []
    for c in cases:
        blocks = tuple(Block("paragraph", p) for p in c["paragraphs"])
        art = Article("a", "a.txt", Metadata(), blocks, ())
        want = score.core(c["quote"])
        found = [q for q in find_quotes(art, split_article(art))
                 if want in score.core(q.text) or score.core(q.text) in want]
        found.sort(key=lambda q: q.sentence.block != len(blocks) - 1)  # the case's own paragraph first
        accept = [c["speaker"], *(c.get("accept") or [])]
        got = found[0].speaker if found else None
        ok = bool(found) and any((a is None and got is None) or (a is not None and score.speaker_ok(got, a))
                                 for a in accept)
        if not ok:
            misses.append(f"{c['url']}: {got!r} for {c['quote'][:50]!r} (gold {c['speaker']!r})")
    return len(cases), misses


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_speakers_of_real_quotations_hold_their_floor(name: str) -> None:
    path = DATA / name
    need(path.is_file(), f"{path} is not in this checkout")
    n, misses = attribution_misses(path)
    accuracy = (n - len(misses)) / n
    assert accuracy >= FLOORS[name], f"{name}: {accuracy:.3f} < {FLOORS[name]}; wrong: {misses}"


# All dev files together: issue 18's "speaker right >= 0.95 on the development corpus".
DEV_FLOOR = 0.95


def test_speakers_of_all_dev_quotations_together_hold_their_floor() -> None:
    paths = sorted(DATA.glob("attributions_dev*.yml"))
    need(bool(paths), f"no attributions_dev*.yml in {DATA}")
    total = wrong = 0
    for path in paths:
        n, misses = attribution_misses(path)
        total, wrong = total + n, wrong + len(misses)
    assert (total - wrong) / total >= DEV_FLOOR, f"{total - wrong}/{total} < {DEV_FLOOR}"
