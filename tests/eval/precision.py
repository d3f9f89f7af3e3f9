#!/usr/bin/env python3
"""What score.py does not measure: how much of what the briefing says is wrong.

Usage:
    python precision.py --gold DIR --briefing docs/briefing.json [--json]

score.py counts the gold items a briefing finds (recall). This counts the other way,
from the briefing's side, against the same gold:

  speakers     of the briefing's quotes that match a gold quote of the same article (by
               text), the share whose speaker is right
  conflicts    of the briefing's conflicts, the share that set against each other values
               of one gold conflicting figure (a gold story file lists every real one)
  quote_entries  for each statement several outlets carry (gold shared_quotes), the
               number of quote entries holding it: 1 is right
  point_entries  for each gold shared point, the number of points citing all of its
               files and at most one more (score.py's match) whose words hold a third
               of the claim's: more than 1 is one claim shown as several points

It reads score.py's matching rules, so both agree on what "the same" means.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import pathlib
import sys

_spec = importlib.util.spec_from_file_location("briefing_eval_score", pathlib.Path(__file__).with_name("score.py"))
score = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(score)  # type: ignore[union-attr]


def _stems(briefing: dict) -> dict[str, str]:
    out = {}
    for art in briefing.get("articles") or []:
        stem = pathlib.Path(str(art.get("source") or art.get("id") or "")).stem
        out[str(art.get("id"))] = stem
        out[stem] = stem
    return out


def _overlaps(pred: str, gold: str) -> bool:
    """The two texts hold the same words of a quote: one inside the other (30+ characters
    of it, or all of a short one)."""
    p, g = score.core(pred), score.core(gold)
    if not p or not g:
        return False
    short, long_ = sorted((p, g), key=len)
    return short in long_ and (len(short) >= 30 or short == g)


_STOP = frozenset("the a an of to in on at for and or but is are was were be been has have had it its with by from as "
                  "that this than which who after before over into about more most".split())


def _words(text: str) -> set[str]:
    """Content words, folded, with a plural's s off (a rough claim vocabulary)."""
    out = set()
    for w in score.norm(text).replace("-", " ").split():
        w = w.strip(".,;:!?\"'()[]")
        if len(w) > 2 and w not in _STOP:
            out.add(w[:-1] if w.endswith("s") and len(w) > 4 else w)
    return out


def measure(gold_dir: pathlib.Path, briefing: dict) -> dict:
    gold, story = score.load_gold(gold_dir)
    stem_of = _stems(briefing)
    right, wrong = 0, []
    for q in briefing.get("quotes") or []:
        for stem in sorted({stem_of.get(str(m.get("article"))) for m in q.get("mentions") or []} - {None}):
            if stem not in gold:
                continue
            text, speaker = str(q.get("text") or ""), q.get("speaker")
            golds = [g for g in gold[stem].get("quotes") or [] if _overlaps(text, g["text"])]
            if not golds:
                continue
            if any(score.speaker_ok(speaker, g["speaker"]) for g in golds):
                right += 1
            else:
                wrong.append(f"{stem}: {speaker!r} for {text[:60]!r} (gold {golds[0]['speaker']!r})")
    true, false = 0, []
    gold_conflicts = story.get("conflicting_figures") or []
    if story:
        for pc in briefing.get("conflicts") or []:
            ok = False
            for cf in gold_conflicts:
                want = {stem: score.norm(v) for stem, v in (cf.get("values") or {}).items()}
                hits = {stem_of.get(str(v.get("article"))) for v in pc.get("values") or []
                        if (s := stem_of.get(str(v.get("article")))) in want
                        and want[s] in score.norm(v.get("value")) + " " + score.norm(v.get("sentence"))}
                ok = ok or len(hits) >= 2
            if ok:
                true += 1
            else:
                vals = ", ".join(f"{stem_of.get(str(v.get('article')), '?')}: {v.get('value')}" for v in pc.get("values") or [])
                false.append(f"{str(pc.get('label') or pc.get('about') or '')[:40]!r}: {vals[:160]}")
    entries = {}
    for sq in story.get("shared_quotes") or []:
        n = sum(1 for pq in briefing.get("quotes") or [] if score.text_ok(str(pq.get("text") or ""), sq["text"])
                or _overlaps(str(pq.get("text") or ""), sq["text"]))
        entries[sq["text"][:50]] = n
    points = {}
    preds = [({stem_of.get(str(a)) for a in p.get("articles") or []},
              _words(" ".join([str(p.get("label") or "")] + [str(x.get("text") or "") for x in p.get("sentences") or []])))
             for p in briefing.get("points") or []]
    for sp in story.get("shared_points") or []:
        want, label = set(sp["files"]), _words(sp["label"])
        # a predicted point is about the gold claim when it cites its files (score.py's
        # rule) and its sentences hold a third of the claim's words
        points[sp["label"][:50]] = sum(1 for got, words in preds
                                       if want <= got and len(got) <= len(want) + 1
                                       and len(label & words) * 3 >= len(label))
    return {
        "speakers": round(right / (right + len(wrong)), 3) if right + len(wrong) else None,
        "speakers_counts": [right, right + len(wrong)],
        "wrong_speakers": wrong,
        "conflicts": round(true / (true + len(false)), 3) if story and true + len(false) else None,
        "conflicts_counts": [true, true + len(false)],
        "false_conflicts": false,
        "quote_entries": entries,
        "point_entries": points,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True, type=pathlib.Path)
    ap.add_argument("--briefing", required=True, type=pathlib.Path)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    out = measure(args.gold, json.loads(args.briefing.read_text(encoding="utf-8")))
    if args.json:
        print(json.dumps(out, indent=2))
        return 0
    for line in out["wrong_speakers"]:
        print("wrong speaker ", line)
    for line in out["false_conflicts"]:
        print("false conflict", line)
    for text, n in out["quote_entries"].items():
        if n != 1:
            print(f"quote entries  {n} for {text!r}")
    for label, n in out["point_entries"].items():
        if n > 1:
            print(f"point entries  {n} for {label!r}")
    many_q = sum(1 for n in out["quote_entries"].values() if n > 1)
    many_p = sum(1 for n in out["point_entries"].values() if n > 1)
    print(f"summary speakers={out['speakers']} ({out['speakers_counts'][0]}/{out['speakers_counts'][1]}) "
          f"conflicts={out['conflicts']} ({out['conflicts_counts'][0]}/{out['conflicts_counts'][1]}) "
          f"split_quotes={many_q}/{len(out['quote_entries'])} split_points={many_p}/{len(out['point_entries'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
