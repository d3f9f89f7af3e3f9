"""The quality gate: scores on annotated corpora must stay at or above their floors.

Floors may only rise (see tests/eval/README.md). The scorer and gold are the tests'
own copies; the corpus articles are built with the real pipeline.
"""
from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, need
from generator.pipeline import Options, build

EVAL = Path(__file__).parent / "eval"
CORPUS = Path(__file__).parent / "corpus"
# name: (articles folder, gold folder). "inhouse" is the development corpus the rules may be
# checked against; "holdout" is never tuned against: it measures how well they generalise.
CORPORA = {
    "seeds": (ROOT / "seeds", EVAL / "seeds"),
    "inhouse": (CORPUS / "inhouse", CORPUS / "inhouse" / "gold"),
    "holdout": (CORPUS / "holdout", CORPUS / "holdout" / "gold"),
}
FLOORS: dict[str, dict[str, float]] = {
    "seeds": {
        "keep": 1.0, "drop": 1.0, "headings": 1.0, "title": 1.0, "date": 1.0, "publisher": 1.0, "author": 1.0,
        "location": 1.0, "events": 1.0, "quotes": 1.0, "figures": 1.0, "merged_events": 1.0, "merged_quotes": 1.0,
        "shared_points": 1.0,
    },
    "inhouse": {
        "keep": 1.0, "drop": 1.0, "headings": 1.0, "title": 1.0, "date": 1.0, "publisher": 1.0, "author": 1.0,
        "location": 1.0, "events": 1.0, "quotes": 1.0, "figures": 1.0, "merged_events": 1.0,
        "merged_quotes": 1.0, "shared_points": 1.0, "conflicts": 1.0,
    },
    "holdout": {
        "keep": 0.97, "drop": 0.95, "headings": 0.95, "title": 0.93, "date": 1.0, "publisher": 0.66, "author": 1.0,
        "location": 1.0, "events": 0.88, "quotes": 0.77, "figures": 0.83, "merged_events": 0.46,
        "merged_quotes": 0.69, "shared_points": 1.0, "conflicts": 0.54,
    },
}


def _scorer():
    spec = importlib.util.spec_from_file_location("briefing_eval_score", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict[str, dict[str, float]]:
    score = _scorer()
    out = {}
    for name, (seeds, gold) in CORPORA.items():
        if not seeds.is_dir() or not gold.is_dir():
            continue
        work = tmp_path_factory.mktemp(f"eval-{name}")
        # Only the article files: a corpus folder may also hold its README and tools.
        (work / "seeds").mkdir()
        for path in sorted(seeds.glob("*.txt")):
            shutil.copy2(path, work / "seeds" / path.name)
        docs = work / "docs"
        build(Options(seeds=work / "seeds", docs=docs))
        briefing = json.loads((docs / "briefing.json").read_text(encoding="utf-8"))
        out[name] = score.score(gold, briefing)["scores"]
    return out


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_scores_hold_their_floors(scores, corpus):
    need(corpus in scores, f"corpus {corpus} is not in this checkout")
    got = scores[corpus]
    below = {k: (got.get(k), floor) for k, floor in FLOORS[corpus].items() if (got.get(k) or 0) < floor}
    assert not below, f"{corpus}: scores below their floors (score, floor): {below}; all scores: {got}"
