"""Extraction quality, measured by the project's scorer on exported graphs."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tests.conftest import ROOT, SCORER, SEEDS, SEEDS_GOLD, ckg

ARTICLES = ROOT / "tests" / "articles"
pytestmark = pytest.mark.skipif(not SCORER.exists(), reason=f"the scorer is not at {SCORER}")


def scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scored(paths: list[Path], gold: Path, tmp_path: Path) -> dict:
    store, out = tmp_path / "store", tmp_path / "graph.trig"
    assert ckg("ingest", *map(str, paths), "--store", str(store)).returncode == 0
    assert ckg("export", "--store", str(store), "--format", "trig", "--output", str(out)).returncode == 0
    score = scorer()
    return score.score(json.loads(gold.read_text()), score.load([str(out)]))


def test_seeds_meet_the_bars(tmp_path):
    result = scored([SEEDS], SEEDS_GOLD, tmp_path)
    assert result["entities"]["f1"] >= 0.95, result["entities"]
    assert result["relations"]["f1"] >= 0.9, result["relations"]
    assert result["reports"]["recall"] >= 0.9, result["reports"]
    assert result["claims"]["count"] == result["claims"]["with_evidence"]


@pytest.mark.parametrize("gold", sorted(ARTICLES.glob("*.json")), ids=lambda p: p.stem)
def test_articles_written_for_the_tests_meet_the_held_out_bars(gold, tmp_path):
    [article] = [p for p in ARTICLES.glob(f"{gold.stem}.*") if p.suffix != ".json"]
    result = scored([article], gold, tmp_path)
    assert result["entities"]["f1"] >= 0.85, result["entities"]
    assert result["relations"]["f1"] >= 0.75, result["relations"]
    assert result["reports"]["recall"] >= 0.75, result["reports"]
