"""Conflicts on sets of real pages without conflict gold, judged: at least 90% true.

The eval gate holds the corpora with gold (tests/test_eval_gate.py, false alarms listed
there). The sets of tests/corpus/points_dev/ and points_heldout/ have none: tests/data/conflicts_judged.yml
holds a verdict on every conflict the tool reports on them (and on the false alarms of
earlier code). A conflict not listed fails the test with its sentences, to be judged.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import REAL_PAGE_CORPORA

JUDGED = Path(__file__).parent / "data" / "conflicts_judged.yml"
SETS = [name for name in REAL_PAGE_CORPORA if name.startswith(("points_dev/", "points_heldout/"))]
PRECISION = 0.9


def _verdicts() -> dict[tuple[str, tuple[str, ...]], bool]:
    cases = yaml.safe_load(JUDGED.read_text(encoding="utf-8")) or []
    return {(c["corpus"], tuple(sorted(c["values"]))): bool(c["verdict"]) for c in cases}


def test_every_judged_conflict_has_a_reason() -> None:
    for case in yaml.safe_load(JUDGED.read_text(encoding="utf-8")):
        assert case["corpus"] in SETS and case["values"] and isinstance(case["verdict"], bool) and case["why"], case


@pytest.mark.parametrize("corpus", SETS)
def test_conflicts_reported_on_real_pages_are_judged_and_true(real_page_briefings, corpus) -> None:
    verdicts = _verdicts()
    reported = [(tuple(sorted(v["value"] for v in c["values"])), c) for c in real_page_briefings[corpus]["conflicts"]]
    unjudged = [c for values, c in reported if (corpus, values) not in verdicts]
    assert not unjudged, f"{corpus}: conflicts not judged in {JUDGED.name}:\n" + "\n".join(
        f"- {c['about']!r}: " + "; ".join(f"{v['value']!r} ({v['article']}: {v['sentence']})" for v in c["values"])
        for c in unjudged)
    false = [values for values, _c in reported if not verdicts[(corpus, values)]]
    if reported:
        share = 1 - len(false) / len(reported)
        assert share >= PRECISION, f"{corpus}: {share:.2f} of conflicts true; false alarms: {false}"
