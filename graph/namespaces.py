"""Namespaces and well-known IRIs of the graph contract."""

from __future__ import annotations

CKG = "https://w3id.org/conflict-kg/ontology#"
ONTOLOGY = "https://w3id.org/conflict-kg/ontology"
ID = "https://w3id.org/conflict-kg/id/"
ENTITIES_GRAPH = f"{ID}graph/entities"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
OWL = "http://www.w3.org/2002/07/owl#"
SH = "http://www.w3.org/ns/shacl#"

PREFIXES = {
    "ckg": CKG,
    "ckgid": ID,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "skos": SKOS,
    "prov": PROV,
    "dct": DCT,
    "owl": OWL,
}


def sparql_prefixes() -> str:
    """PREFIX lines for queries written in this package."""
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())
