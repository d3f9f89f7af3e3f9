"""Golden output: the docs/ generated from the seeds, file by file.

Regenerate after an intended change, then review the diff like code:

    UPDATE_GOLDEN=1 ./scripts/test tests/test_golden.py
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from generator.write import MANIFEST

GOLDEN = Path(__file__).parent / "golden" / "seeds-docs"


def _files(root: Path) -> dict[str, bytes]:
    files = {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
    if MANIFEST in files:  # its stamp hashes the generator's code, which is not output
        data = json.loads(files[MANIFEST])
        data.pop("stamp", None)
        files[MANIFEST] = json.dumps(data, indent=1, ensure_ascii=False).encode("utf-8")
    return files


def test_generated_docs_match_the_golden_copy(seeds_briefing):
    docs, _ = seeds_briefing
    got = _files(docs)
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(docs, GOLDEN)
    want = _files(GOLDEN)
    assert sorted(got) == sorted(want), "generated file list changed: regenerate with UPDATE_GOLDEN=1"
    changed = [name for name in want if got[name] != want[name]]
    assert not changed, f"generated files differ from tests/golden: {changed} (UPDATE_GOLDEN=1 to accept)"
