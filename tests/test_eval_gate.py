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

from conftest import ROOT
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
        "keep": 0.95, "drop": 0.90, "headings": 0.75, "title": 0.8, "date": 0.8, "publisher": 0.6,
        "events": 0.6, "quotes": 0.6, "figures": 0.6, "merged_quotes": 0.5,
    },
    "inhouse": {},
    "holdout": {},
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
    if corpus not in scores:
        pytest.skip(f"corpus {corpus} is not in this checkout")
    got = scores[corpus]
    below = {k: (got.get(k), floor) for k, floor in FLOORS[corpus].items() if (got.get(k) or 0) < floor}
    assert not below, f"{corpus}: scores below their floors (score, floor): {below}; all scores: {got}"
