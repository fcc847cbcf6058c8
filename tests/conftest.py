"""Shared fixtures: the real CLI, the seeds, and a store the seeds were ingested into."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
SEEDS_GOLD = SHARED / "gold" / "seeds.json"
CKG = Path(sys.executable).parent / "ckg"


def ckg(*args: str, **kwargs) -> subprocess.CompletedProcess:
    """Run the installed `ckg` command as a user would."""
    return subprocess.run([str(CKG), *args], capture_output=True, text=True, timeout=300, **kwargs)


@pytest.fixture(scope="session")
def seeded_store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("seeded") / "store"
    result = ckg("ingest", str(SEEDS), "--store", str(store))
    assert result.returncode == 0, result.stderr
    return store


@pytest.fixture(scope="session")
def extractor():
    from extract.pipeline import Extractor

    return Extractor()
