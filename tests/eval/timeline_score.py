#!/usr/bin/env python3
"""Score a briefing's timeline against journalists' timelines: key days and their words.

Usage:
    python timeline_score.py --gold DIR --briefing docs/briefing.json

A story's gold (``<story>.story.yml`` with a ``timeline`` list of {date, event, files})
gives the key days of the story as a journalist would write them. For each story:

  date_f1   the briefing's k most important events of that story (k = the number of
            gold days; events citing the story's pages, by ``importance``, each date
            once) against the gold days: F1 of the dates (a date matches a gold one at
            the gold's precision)
  rouge1    for each gold entry, the unigram F1 of its words and the words of the
            briefing's entry on that date (0 when there is none), averaged

Scores over all stories are micro-averaged (every gold day counts once).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import pathlib
import re
import sys

import yaml

_spec = importlib.util.spec_from_file_location("briefing_eval_score", pathlib.Path(__file__).with_name("score.py"))
score = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(score)  # type: ignore[union-attr]

_STOP = frozenset("the a an of to in on at for and or but is are was were be been has have had it its with by from as "
                  "that this than which who after before over into about".split())


def _tokens(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", score.norm(text)) if w not in _STOP]


def _rouge1(pred: str, gold: str) -> float:
    p, g = _tokens(pred), _tokens(gold)
    if not p or not g:
        return 0.0
    common = sum(min(p.count(w), g.count(w)) for w in set(g))
    if not common:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def measure(gold_dir: pathlib.Path, briefing: dict) -> dict:
    stems = {}
    for art in briefing.get("articles") or []:
        stem = pathlib.Path(str(art.get("source") or art.get("id") or "")).stem
        stems[str(art.get("id"))] = stem
    gold_files = [p.stem for p in gold_dir.glob("*.yml") if not p.name.endswith("story.yml")]
    hits = gold_n = pred_n = 0
    rouge: list[float] = []
    per_story = {}
    for path in sorted(gold_dir.glob("*story.yml")):
        story = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        timeline = story.get("timeline") or []
        if not timeline:
            continue
        name = path.name.removesuffix(".story.yml").removesuffix("story.yml").rstrip("._")
        files = {f for f in gold_files if not name or f.startswith(name + "_")} or set(gold_files)
        k = len(timeline)
        ranked = sorted((e for e in briefing.get("events") or []
                         if any(stems.get(str(m.get("article"))) in files and not m.get("support")
                                for m in e.get("mentions") or [])),
                        key=lambda e: -(e.get("importance") or 0.0))
        chosen: list[dict] = []
        for e in ranked:
            if all(e.get("date") != c.get("date") for c in chosen):
                chosen.append(e)
            if len(chosen) == k:
                break
        found = [g for g in timeline if any(score.date_ok(c.get("date"), str(g["date"])) for c in chosen)]
        hits += len(found)
        gold_n += k
        pred_n += len(chosen)
        for g in timeline:
            same = [e for e in ranked if score.date_ok(e.get("date"), str(g["date"]))]
            rouge.append(max((_rouge1(str(e.get("label") or ""), g["event"]) for e in same), default=0.0))
        per_story[name] = {"days": k, "found": len(found)}
    f1 = 2 * hits / (gold_n + pred_n) if gold_n + pred_n else None
    return {"date_f1": round(f1, 3) if f1 is not None else None,
            "rouge1": round(sum(rouge) / len(rouge), 3) if rouge else None, "stories": per_story}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True, type=pathlib.Path)
    ap.add_argument("--briefing", required=True, type=pathlib.Path)
    args = ap.parse_args(argv)
    out = measure(args.gold, json.loads(args.briefing.read_text(encoding="utf-8")))
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
