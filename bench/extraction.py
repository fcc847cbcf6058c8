"""Extraction cost against raw spaCy, and ingest on one core against two.

Runs the plain spaCy model (``nlp.pipe``) and the full extraction over the same articles,
side by side in one run, and prints words per second for each and their ratio; then ingests
the same articles into fresh stores with one and with two worker processes.

    .venv/bin/python bench/extraction.py [--articles 300]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

from app.ingest import ingest_articles  # noqa: E402
from extract.model import Article  # noqa: E402
from extract.nlp import load, model_name  # noqa: E402
from extract.pipeline import Extractor  # noqa: E402
from extract.readers import read_paths  # noqa: E402
from graph.store import GraphStore  # noqa: E402


def corpus(n: int) -> list[Article]:
    """The seeds and the test articles, repeated under distinct URLs up to n articles."""
    texts = [*(ROOT / "seeds").iterdir(), *(ROOT / "tests" / "articles").glob("*.txt")]  # not the gold files
    base = [a for a in read_paths(sorted(texts)) if isinstance(a, Article)]
    return [
        Article(text=base[i % len(base)].text, source=f"bench-{i}", url=f"https://bench.example/{i}") for i in range(n)
    ]


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    articles = corpus(args.articles)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)

    raw = spacy.load(model_name())
    extractor = Extractor(nlp=load())
    list(raw.pipe(texts[:8])), list(extractor.pipe(articles[:8]))  # warm both up
    raw_s = timed(lambda: list(raw.pipe(texts, batch_size=16)))
    full_s = timed(lambda: list(extractor.pipe(articles, batch_size=16)))
    print(f"articles: {len(articles)}, words: {words}")
    print(f"raw spaCy nlp.pipe     {words / raw_s:10.0f} words/s  ({raw_s:.2f} s)")
    print(f"full extraction        {words / full_s:10.0f} words/s  ({full_s:.2f} s)")
    print(f"full / raw time        {full_s / raw_s:10.2f}x  (goal: at most 1.25x)")

    results = {}
    for workers in (1, 2):
        with tempfile.TemporaryDirectory() as folder:
            store = GraphStore(Path(folder) / "store")
            results[workers] = timed(lambda w=workers, s=store: ingest_articles(s, articles, workers=w))
            del store
        rate = len(articles) / results[workers]
        print(f"ingest, {workers} worker(s)    {rate:10.1f} articles/s  ({results[workers]:.2f} s)")
    print(f"two workers / one      {results[1] / results[2]:10.2f}x faster")


if __name__ == "__main__":
    main()
