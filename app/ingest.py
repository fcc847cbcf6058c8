"""Ingest: read articles, extract in worker processes, write each article in one transaction."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from extract.gazetteer import normalize
from extract.model import Article, EntityType, Extraction
from extract.pipeline import Extractor
from extract.readers import ReadError, read_paths
from graph.mapping import article_graph
from graph.store import GraphStore

# Below this many articles a second process costs more (loading the model) than it saves.
PARALLEL_FROM = 8
_worker: Extractor | None = None


@dataclass
class IngestReport:
    """What one ingest did, for the summary line and the API's answer."""

    articles: int = 0
    replaced: int = 0
    entities: int = 0
    claims: int = 0
    quads: int = 0
    failures: list[ReadError] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)


def default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


def _init_worker(model: str | None) -> None:
    global _worker
    _worker = Extractor(model)


def _extract_one(article: Article) -> Extraction | ReadError:
    assert _worker is not None
    try:
        return _worker.extract(article)
    except Exception as exc:
        return ReadError(article.source, f"extraction failed: {exc}")


def extract_all(articles: list[Article], workers: int, model: str | None) -> Iterator[Extraction | ReadError]:
    """Extractions in input order; across processes when the batch is big enough to pay for it."""
    if workers <= 1 or len(articles) < PARALLEL_FROM:
        extractor = Extractor(model)
        for article in articles:
            try:
                yield extractor.extract(article)
            except Exception as exc:
                yield ReadError(article.source, f"extraction failed: {exc}")
        return
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(model,)) as pool:
        yield from pool.map(_extract_one, articles, chunksize=4)


def ingest_articles(
    store: GraphStore,
    items: Iterable[Article | ReadError],
    workers: int = 1,
    model: str | None = None,
    progress: Callable[[str], None] | None = None,
    writing: Callable[[], AbstractContextManager] = nullcontext,
) -> IngestReport:
    """Extract every article, then write each one inside `writing()`: the server passes the gate
    that holds its query workers off, so they wait for writes, never for extraction."""
    report = IngestReport()
    articles: list[Article] = []
    for item in items:
        (report.failures.append if isinstance(item, ReadError) else articles.append)(item)
    for result in extract_all(articles, workers, model):
        if isinstance(result, ReadError):
            report.failures.append(result)
        else:
            with writing():
                _write(store, result, report)
        if progress is not None:
            progress(result.source if isinstance(result, ReadError) else result.article.source)
    store.flush()
    return report


def link_people(extraction: Extraction, store: GraphStore) -> None:
    """ "Kuzmin" in one article is "Nikolay Kuzmin" of an earlier one when the store knows
    exactly one person of that surname."""
    known = None
    for entity in extraction.entities:
        if entity.type is EntityType.PERSON and len(entity.name.split()) == 1:
            known = store.people_by_surname() if known is None else known
            matches = known.get(entity.name.casefold(), set())
            if len(matches) == 1:
                full = matches.pop()
                entity.aliases.add(entity.name)
                entity.name, entity.identity = full, normalize(full)


def _write(store: GraphStore, extraction: Extraction, report: IngestReport) -> None:
    link_people(extraction, store)
    graph = article_graph(extraction)
    written = store.write_article(graph)
    report.articles += 1
    report.replaced += written.replaced
    report.entities += len(extraction.entities)
    report.claims += len(extraction.claims)
    report.quads += written.quads
    report.documents.append(graph.graph.value)


def ingest_paths(store: GraphStore, paths: list[Path], **kwargs) -> IngestReport:
    return ingest_articles(store, read_paths(paths), **kwargs)
