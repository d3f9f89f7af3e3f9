"""Shared test fixtures: paths, a seeds build, and tools that may be missing."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def need(condition: bool, reason: str) -> None:
    """Skip when a tool is missing, except under CI=true, where it is a failure."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: a missing tool is a failure, not a skip)")
    pytest.skip(reason)


def make_project(tmp: Path, seeds: Path | None = None) -> Path:
    """A throw-away copy of the project's MkDocs set-up around a seeds folder."""
    proj = tmp / "proj"
    proj.mkdir()
    shutil.copytree(seeds or SEEDS, proj / "seeds", symlinks=True)
    shutil.copytree(ROOT / "docs" / "assets", proj / "docs" / "assets")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("generator/mkdocs_hooks.py", str(ROOT / "generator" / "mkdocs_hooks.py"))
    (proj / "mkdocs.yml").write_text(config, encoding="utf-8")
    return proj


def mkdocs(proj: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # PYTHONPATH: the hook imports `generator` from this checkout, not from wherever
    # the package happens to be installed.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "mkdocs", *args], cwd=proj, env=env,
                          capture_output=True, text=True, timeout=600)


def eval_module(name: str):  # type: ignore[no-untyped-def]
    """One of the evaluation's scripts in tests/eval/ (score, precision, timeline_score),
    loaded as a module."""
    import importlib.util

    path = ROOT / "tests" / "eval" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"briefing_eval_{name}", path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def site_warnings(stderr: str) -> list[str]:
    """MkDocs's warnings other than the generator's own about the seeds ("briefing: ...",
    which `mkdocs build --strict` also fails on, as `briefing build --strict` does): a
    site build is checked as strictly as --strict would, seeds' warnings aside."""
    return [ln for ln in stderr.splitlines() if ln.startswith("WARNING") and "briefing: " not in ln]


def build_site(proj: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`mkdocs build` of ``proj``, failing the test on any warning but the seeds' own."""
    r = mkdocs(proj, "build", *args)
    assert r.returncode == 0 and not site_warnings(r.stderr), r.stderr[-4000:]
    return r


@pytest.fixture(scope="session")
def seeds_briefing(tmp_path_factory):
    """The seeds built once into a temporary docs folder: (docs path, BuildResult)."""
    from generator.pipeline import Options, build

    docs = tmp_path_factory.mktemp("seeds-docs")
    return docs, build(Options(seeds=SEEDS, docs=docs))


@pytest.fixture(scope="session")
def seeds_site(tmp_path_factory) -> Path:
    """The seeds built once into a whole site (no MkDocs warning but the seeds' own); the project folder."""
    proj = make_project(tmp_path_factory.mktemp("seeds-site"))
    build_site(proj)
    return proj


def build_corpus(seeds: Path, work: Path) -> dict:
    """briefing.json of a corpus folder built with the real pipeline into ``work``, from
    its article files only (and their sidecars): a corpus folder also holds its README,
    SOURCES and tools."""
    import json
    import shutil

    from generator.pipeline import Options, build

    (work / "seeds").mkdir()
    for path in sorted(seeds.iterdir()):
        if path.is_file() and path.suffix in (".txt", ".md", ".html", ".yml") and path.name not in ("README.md",
                                                                                                 "SOURCES.md"):
            shutil.copy2(path, work / "seeds" / path.name)
    build(Options(seeds=work / "seeds", docs=work / "docs"))
    return json.loads((work / "docs" / "briefing.json").read_text(encoding="utf-8"))


# The corpora of real pages judged by people (shared points, conflicts): the development
# corpus, the held-out one, ten sets of three stories each (points_dev/, issue 18) and two
# held out from rule-writing (points_heldout/).
REAL_PAGE_CORPORA = ("real", "real_holdout", *(f"points_dev/set{n}" for n in range(1, 11)),
                     "points_heldout/set11", "points_heldout/set12")


class _Built(dict):
    """briefing.json of corpora under tests/corpus by name, each built when first asked for."""

    def __init__(self, factory: pytest.TempPathFactory) -> None:
        super().__init__()
        self.factory = factory

    def __missing__(self, name: str) -> dict:
        got = self[name] = build_corpus(ROOT / "tests" / "corpus" / name,
                                        self.factory.mktemp("corpus-" + name.replace("/", "-")))
        return got


@pytest.fixture(scope="session")
def real_page_briefings(tmp_path_factory) -> dict[str, dict]:
    """briefing.json of each of REAL_PAGE_CORPORA (and any other corpus under tests/corpus),
    built once, when a test first reads it, for every test that reads it (the eval gate
    and the judged tests share "real" and "real_holdout")."""
    return _Built(tmp_path_factory)
