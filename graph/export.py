"""Writing the whole graph out in the standard RDF formats, streamed by the engine."""

from __future__ import annotations

from typing import BinaryIO

import pyoxigraph as ox

from graph.namespaces import PREFIXES
from graph.store import GraphStore

# Resource IRIs have slashes, which Turtle would escape in prefixed names: write them in full.
SERIAL_PREFIXES = {name: iri for name, iri in PREFIXES.items() if name != "ckgid"}

# Formats that keep the named graphs (one per article) and those that flatten them.
DATASET_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "rdfxml": ox.RdfFormat.RDF_XML}
RDF_FORMATS = {**DATASET_FORMATS, **GRAPH_FORMATS}
MEDIA_TYPES = {
    "trig": "application/trig",
    "nquads": "application/n-quads",
    "jsonld": "application/ld+json",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml",
}

_UNION = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"


def write_rdf(store: GraphStore, fmt: str, output: BinaryIO) -> None:
    """Dataset formats keep every article's graph; graph formats get the union of all graphs."""
    if fmt in DATASET_FORMATS:
        prefixes = SERIAL_PREFIXES if fmt == "trig" else None
        store.ox.dump(output, format=DATASET_FORMATS[fmt], prefixes=prefixes)
    elif fmt in GRAPH_FORMATS:
        prefixes = SERIAL_PREFIXES if fmt in ("turtle", "rdfxml") else None
        ox.serialize(store.ox.query(_UNION), output, format=GRAPH_FORMATS[fmt], prefixes=prefixes)
    else:
        raise ValueError(f"unknown RDF format {fmt!r}; choose one of {', '.join(RDF_FORMATS)}")
