#!/usr/bin/env python3
"""Shared points judged by people: how many cited sentences make their point's claim.

Usage:
    python judged_points.py --briefing docs/briefing.json --corpus NAME [--judged FILE]

A shared point (several articles) cites, besides its label, sentences the tool says make
the label's claim. tests/data/points_judged.yml holds blind judgements of such pairs
(the label, a cited sentence, YES or NO, and for a NO the judge's reason), made by readers
who saw only the two sentences; ``second`` is another reader's verdict on the same pair.
The precision is the share of verdicts YES over the judged pairs (a pair one judge calls
right and the other wrong counts half); pairs the file does not hold are listed, in the
form the judges were given, to be judged.

What a judge was told: YES when the sentence states the label's main fact (the same
event or action by the same actor with the same object, and where the claim is a figure
the same figure), whatever it adds or leaves out of minor detail; NO when it is on the
same topic but states a different fact (another figure or measure, another step of the
story, only a minor part of the claim, another statement of the same speaker, a reaction,
background).
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys

import yaml

JUDGED = pathlib.Path(__file__).resolve().parents[1] / "data" / "points_judged.yml"


def pairs(briefing: dict) -> list[tuple[str, str, str]]:
    """(label, article, cited sentence) of every shared point's cited sentences but its label."""
    out = []
    for point in briefing.get("points") or []:
        if len(point.get("articles") or []) < 2:
            continue
        label = point["label"]
        out.extend((label, s["article"], s["text"]) for s in point["sentences"] if s["text"] != label)
    return out


def load(path: pathlib.Path = JUDGED) -> dict[str, dict[tuple[str, str], tuple[str, ...]]]:
    """Verdicts by corpus, then by (label, sentence): each judge's "YES" or "NO"."""
    out: dict[str, dict[tuple[str, str], tuple[str, ...]]] = {}
    for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
        said = tuple(case[k] for k in ("verdict", "second") if k in case)
        out.setdefault(case["corpus"], {})[(case["claim"], case["sentence"])] = said
    return out


def measure(briefing: dict, verdicts: dict[tuple[str, str], tuple[str, ...]]) -> dict:
    """The pairs made, how many are judged, their YES verdicts as a share of each pair's
    verdicts summed (yes), the pairs every judge calls right (agreed), the precision
    (None when nothing is judged) and the pairs not judged."""
    got = pairs(briefing)
    said = [verdicts.get((label, text)) for label, _a, text in got]
    judged = [v for v in said if v]
    yes = sum(v.count("YES") / len(v) for v in judged)
    unjudged = [(label, art, text) for (label, art, text), v in zip(got, said) if not v]
    return {"pairs": len(got), "judged": len(judged), "yes": round(yes, 1),
            "agreed": sum(all(x == "YES" for x in v) for v in judged),
            "precision": round(yes / len(judged), 3) if judged else None, "unjudged": unjudged}


def judge_form(unjudged: list[tuple[str, str, str]], tag: str = "U") -> str:
    """Pairs to judge, grouped by label, numbered as the judges were given them."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for label, art, text in unjudged:
        groups.setdefault(label, []).append((art, text))
    lines = []
    for i, (label, items) in enumerate(groups.items(), 1):
        lines += ["", f"## {tag}P{i}", f"CLAIM: {label}"]
        lines += [f"{tag}P{i}.{j} [{art}]: {text}" for j, (art, text) in enumerate(items, 1)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--briefing", required=True, type=pathlib.Path)
    ap.add_argument("--corpus", required=True, help="the corpus's name in the judged file (e.g. real)")
    ap.add_argument("--judged", type=pathlib.Path, default=JUDGED)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    got = measure(json.loads(args.briefing.read_text(encoding="utf-8")), load(args.judged).get(args.corpus, {}))
    if args.json:
        print(json.dumps(got, indent=1, ensure_ascii=False))
        return 0
    print(f"{args.corpus}: {got['yes']} of {got['judged']} judged cited sentences make their point's claim "
          f"({got['precision']}); {len(got['unjudged'])} of {got['pairs']} not judged")
    if got["unjudged"]:
        print(judge_form(got["unjudged"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
