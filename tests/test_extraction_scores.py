"""Extraction quality, measured by the project's scorer on exported graphs."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from app.ingest import ingest_articles
from extract.readers import read_paths
from graph.export import write_rdf
from graph.store import GraphStore
from tests.conftest import ROOT, SCORER, SEEDS, SEEDS_GOLD, ckg

ARTICLES = ROOT / "tests" / "articles"
pytestmark = pytest.mark.skipif(not SCORER.exists(), reason=f"the scorer is not at {SCORER}")


def scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scored(paths: list[Path], gold: Path, tmp_path: Path) -> dict:
    """Ingest and export with the `ckg` command, as a user would, then score the file."""
    store, out = tmp_path / "store", tmp_path / "graph.trig"
    assert ckg("ingest", *map(str, paths), "--store", str(store)).returncode == 0
    assert ckg("export", "--store", str(store), "--format", "trig", "--output", str(out)).returncode == 0
    return score_file(gold, out)


def scored_in_process(paths: list[Path], gold: Path, tmp_path: Path) -> dict:
    """The same store, export and scorer without two processes per article (the model loads once):
    what keeps a hundred articles affordable in every test run."""
    store, out = GraphStore(tmp_path / "store"), tmp_path / "graph.trig"
    report = ingest_articles(store, read_paths(paths))
    assert not report.failures, report.failures
    with out.open("wb") as stream:
        write_rdf(store, "trig", stream)
    return score_file(gold, out)


def score_file(gold: Path, graph: Path) -> dict:
    score = scorer()
    return score.score(json.loads(gold.read_text()), score.load([str(graph)]))


def test_seeds_meet_the_bars(tmp_path):
    result = scored([SEEDS], SEEDS_GOLD, tmp_path)
    assert result["entities"]["f1"] >= 0.95, result["entities"]
    assert result["relations"]["f1"] >= 0.9, result["relations"]
    assert result["reports"]["recall"] >= 0.9, result["reports"]
    assert result["claims"]["count"] == result["claims"]["with_evidence"]


GOLDS = sorted(ARTICLES.glob("*.json"))


@pytest.fixture(scope="module")
def article_scores(tmp_path_factory) -> dict[str, dict]:
    """Every test article scored once, for the per-article bars and the overall figures."""
    results = {}
    for gold in GOLDS:
        [article] = [p for p in ARTICLES.glob(f"{gold.stem}.*") if p.suffix != ".json"]
        results[gold.stem] = scored_in_process([article], gold, tmp_path_factory.mktemp(gold.stem))
    return results


@pytest.mark.parametrize("name", [g.stem for g in GOLDS])
def test_articles_written_for_the_tests_meet_the_held_out_bars(name, article_scores):
    result = article_scores[name]
    assert result["entities"]["f1"] >= 0.85, result["entities"]
    assert result["relations"]["f1"] >= 0.75, result["relations"]
    assert result["reports"]["recall"] >= 0.75, result["reports"]


def test_test_articles_stay_near_perfect_overall(article_scores):
    """The bars above let one article slip; a slip anywhere shows in the means."""
    for figure, key in (("entities", "f1"), ("relations", "f1"), ("reports", "recall")):
        mean = sum(r[figure][key] for r in article_scores.values()) / len(article_scores)
        assert mean >= 0.97, (figure, {n: r[figure][key] for n, r in article_scores.items() if r[figure][key] < 1})
