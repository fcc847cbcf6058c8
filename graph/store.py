"""The persistent graph: an embedded pyoxigraph store on disk.

Each article is written by a single SPARQL Update, which Oxigraph applies as one
transaction: the old version of the article's graph goes, the new one comes, and the
shared descriptions of every entity it touches are recomputed, or nothing happens at all.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from extract.model import EntityType
from graph.mapping import ArticleGraph
from graph.namespaces import CKG, ENTITIES_GRAPH, ONTOLOGY, RDF, RDFS, SKOS, sparql_prefixes
from ontology import ONTOLOGY_FILE

STORE_ENV = "CKG_STORE"
DEFAULT_STORE = Path.home() / ".local" / "share" / "conflict-kg" / "store"


class StoreError(RuntimeError):
    """The store cannot be opened or written; the message says why in a user's terms."""


def default_path() -> Path:
    return Path(os.environ.get(STORE_ENV) or DEFAULT_STORE)


@dataclass(frozen=True)
class WriteResult:
    replaced: bool  # the article was in the store before
    quads: int  # quads of the article's own graph


def _values(iris: Iterable[str]) -> str:
    return " ".join(f"<{iri}>" for iri in sorted(iris))


def best_label(names: Iterable[str]) -> str:
    """The fullest of the names articles give an entity; stable whatever order they came in."""
    return min(names, key=lambda n: (-len(n), n))


class GraphStore:
    """One open store; writes are serialised by a lock, reads run concurrently."""

    def __init__(self, path: Path | str | None = None, read_only: bool = False) -> None:
        """Open (creating if needed) the store; `read_only` opens beside a running server,
        for reading only while that server does not write."""
        self.path = Path(path) if path is not None else default_path()
        self._lock = threading.Lock()
        if read_only:
            try:
                self.ox = ox.Store.read_only(str(self.path))
            except OSError as exc:
                raise StoreError(f"cannot open store at {self.path} read-only: {exc}") from exc
            return
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self.ox = ox.Store(str(self.path))
        except OSError as exc:
            reason = str(exc)
            if "lock" in reason.lower():
                reason = "it is in use by another process (a running `ckg serve`?)"
            raise StoreError(f"cannot open store at {self.path}: {reason}") from exc
        self._ensure_ontology()

    # -- writing --------------------------------------------------------------------------
    def _ensure_ontology(self) -> None:
        """Keep the ontology graph equal to the shipped file, so exports always carry it."""
        triples = list(ox.parse(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE))
        graph = ox.NamedNode(ONTOLOGY)
        current = set(self.ox.quads_for_pattern(None, None, None, graph))
        wanted = {ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples}
        if current != wanted:
            body = " ".join(f"{q.subject} {q.predicate} {q.object} ." for q in wanted)
            self.ox.update(f"DROP SILENT GRAPH <{ONTOLOGY}> ; INSERT DATA {{ GRAPH <{ONTOLOGY}> {{ {body} }} }}")

    def write_article(self, article: ArticleGraph) -> WriteResult:
        """Replace the article's graph and refresh the entities it touches, atomically."""
        with self._lock:
            doc = article.graph.value
            replaced = self.ox.contains_named_graph(article.graph)
            old = self._entities_in(doc) if replaced else set()
            update = self._refresh_update(doc, set(article.entities) | old, article.entities)
            body = " ".join(f"{q.subject} {q.predicate} {q.object} ." for q in article.quads)
            self.ox.update(f"DROP SILENT GRAPH <{doc}> ;\nINSERT DATA {{ GRAPH <{doc}> {{ {body} }} }} ;\n" + update)
            return WriteResult(replaced=replaced, quads=len(article.quads))

    def remove_article(self, doc: str) -> bool:
        """Remove an article and whatever only it supported; False when it is not stored."""
        with self._lock:
            graph = ox.NamedNode(doc)
            if not self.ox.contains_named_graph(graph) or doc in (ONTOLOGY, ENTITIES_GRAPH):
                return False
            old = self._entities_in(doc)
            self.ox.update(f"DROP GRAPH <{doc}> ;\n" + self._refresh_update(doc, old, {}))
            return True

    def _entities_in(self, doc: str) -> set[str]:
        rows = self.ox.query(f"SELECT DISTINCT ?e WHERE {{ GRAPH <{doc}> {{ ?e <{CKG}name> ?n }} }}")
        return {row["e"].value for row in rows}

    def _refresh_update(
        self, doc: str, affected: set[str], new: dict[str, tuple[EntityType, str, frozenset[str]]]
    ) -> str:
        """SPARQL that rewrites the shared descriptions of the affected entities: class, one
        label (the fullest name any article gives) and every alias any article saw."""
        if not affected:
            return ""
        names: dict[str, set[str]] = {iri: {name} for iri, (_, name, _) in new.items()}
        aliases: dict[str, set[str]] = {iri: set(forms) for iri, (_, _, forms) in new.items()}
        classes: dict[str, str] = {iri: CKG + etype.value for iri, (etype, _, _) in new.items()}
        values = _values(affected)
        for row in self.ox.query(
            f"SELECT ?e ?t WHERE {{ VALUES ?e {{ {values} }} GRAPH <{ENTITIES_GRAPH}> {{ ?e a ?t }} }}"
        ):
            classes.setdefault(row["e"].value, row["t"].value)
        others = f"FILTER(?g != <{doc}> && ?g != <{ENTITIES_GRAPH}>)"
        for row in self.ox.query(
            f"SELECT ?e ?n WHERE {{ VALUES ?e {{ {values} }} GRAPH ?g {{ ?e <{CKG}name> ?n }} {others} }}"
        ):
            names.setdefault(row["e"].value, set()).add(row["n"].value)
        for row in self.ox.query(
            f"SELECT ?e ?a WHERE {{ VALUES ?e {{ {values} }} GRAPH ?g {{ ?e <{CKG}alias> ?a }} {others} }}"
        ):
            aliases.setdefault(row["e"].value, set()).add(row["a"].value)
        described = []
        for iri, found in sorted(names.items()):
            label = best_label(found)
            described.append(f"<{iri}> <{RDF}type> <{classes[iri]}> ; <{RDFS}label> {ox.Literal(label)} .")
            for alias in sorted((aliases.get(iri, set()) | found) - {label}):
                described.append(f"<{iri}> <{SKOS}altLabel> {ox.Literal(alias)} .")
        return (
            f"DELETE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }} }} WHERE {{ VALUES ?e {{ {values} }} "
            f"GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }} }} ;\n"
            f"INSERT DATA {{ GRAPH <{ENTITIES_GRAPH}> {{ {' '.join(described)} }} }}"
        )

    # -- reading --------------------------------------------------------------------------
    def query(self, sparql: str, **kwargs):
        """Run SPARQL on the engine itself, with every named graph visible as the default graph."""
        kwargs.setdefault("use_default_graph_as_union", True)
        return self.ox.query(sparql, **kwargs)

    def people_by_surname(self) -> dict[str, set[str]]:
        """Labels of the people in the store, by the last word of their name."""
        rows = self.ox.query(
            f"SELECT ?l WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e a <{CKG}Person> ; <{RDFS}label> ?l }} }}"
        )
        found: dict[str, set[str]] = {}
        for row in rows:
            label = row["l"].value
            found.setdefault(label.split()[-1].casefold(), set()).add(label)
        return found

    def articles(self) -> list[str]:
        rows = self.query(f"SELECT ?d WHERE {{ ?d a <{CKG}Article> }} ORDER BY ?d")
        return [row["d"].value for row in rows]

    def stats(self) -> dict[str, int]:
        counts = {"quads": len(self.ox)}
        query = (
            sparql_prefixes()
            + """
            SELECT
              (COUNT(DISTINCT ?article) AS ?articles)
              (COUNT(DISTINCT ?claim) AS ?claims)
            WHERE { { ?article a ckg:Article } UNION { ?claim a ckg:Claim } }"""
        )
        row = next(iter(self.query(query)))
        counts.update({name: int(row[name].value) for name in ("articles", "claims")})
        rows = self.ox.query(
            f"SELECT ?t (COUNT(?e) AS ?n) WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e a ?t }} }} GROUP BY ?t"
        )
        by_class = {row["t"].value.removeprefix(CKG): int(row["n"].value) for row in rows}
        counts["entities"] = sum(by_class.values())
        counts.update({f"entities.{name}": by_class.get(name, 0) for name in [t.value for t in EntityType]})
        return counts

    def flush(self) -> None:
        self.ox.flush()
