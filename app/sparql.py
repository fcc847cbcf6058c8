"""The SPARQL 1.1 Protocol: reading requests, refusing what is unsafe, negotiating formats."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs

import mimeparse
import pyoxigraph as ox
from pyparsing import ParseException
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from app.errors import ApiError
from app.querypool import GRAPH_FORMATS

# Media type -> format name. The default of each family comes last: mimeparse gives ties to the last offer.
RESULT_MEDIA = {
    "text/tab-separated-values": "tsv",
    "text/csv": "csv",
    "application/xml": "xml",
    "application/sparql-results+xml": "xml",
    "application/json": "json",
    "application/sparql-results+json": "json",
}
GRAPH_MEDIA = {
    "application/ld+json": "jsonld",
    "application/trig": "trig",
    "application/n-quads": "nquads",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "text/turtle": "turtle",
}
FORMS = {"SelectQuery": "select", "AskQuery": "ask", "ConstructQuery": "construct", "DescribeQuery": "describe"}
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


@dataclass(frozen=True)
class ProtocolRequest:
    """A query or update as the protocol delivered it, with its dataset parameters."""

    query: str | None
    update: str | None
    default_graphs: tuple[str, ...]
    named_graphs: tuple[str, ...]


def from_params(params: dict[str, list[str]], body_query: str | None = None, body_update: str | None = None):
    """Build a request from URL or form parameters; more than one query is a client error."""
    for name in ("query", "update"):
        if len(params.get(name, [])) > 1:
            raise ApiError(400, f"more than one '{name}' parameter")
    query = body_query if body_query is not None else next(iter(params.get("query", [])), None)
    update = body_update if body_update is not None else next(iter(params.get("update", [])), None)
    if query is not None and update is not None:
        raise ApiError(400, "a request carries either a query or an update, not both")
    return ProtocolRequest(
        query=query,
        update=update,
        default_graphs=tuple(params.get("default-graph-uri", []) + params.get("using-graph-uri", [])),
        named_graphs=tuple(params.get("named-graph-uri", []) + params.get("using-named-graph-uri", [])),
    )


def parse_form(body: bytes) -> dict[str, list[str]]:
    try:
        return parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
    except UnicodeDecodeError:
        raise ApiError(400, "the form body is not UTF-8") from None


def unescape(text: str) -> str:
    """SPARQL's codepoint escapes are read before parsing: "\\u0053ERVICE" is SERVICE."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)


def _walk(node):
    """Every CompValue in an rdflib parse tree."""
    if isinstance(node, CompValue):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list | tuple) or (hasattr(node, "asList") and not isinstance(node, str)):
        for item in node:
            yield from _walk(item)


def inspect_query(text: str, local_graph) -> str:
    """The query's form; refuse SERVICE and FROM/FROM NAMED of graphs this store does not hold,
    since each would have the server fetch URLs on the caller's behalf."""
    try:
        tree = parseQuery(unescape(text))
    except ParseException as exc:
        raise ApiError(400, f"SPARQL syntax error: {exc}") from None
    form = "select"
    for node in _walk(tree):
        if node.name == "ServiceGraphPattern":
            raise ApiError(403, f"SERVICE is not allowed here: it would make this server query <{node['term']}>")
        if node.name == "DatasetClause":
            iri = node.get("default") or node.get("named")
            if iri is not None and not local_graph(str(iri)):
                raise ApiError(403, f"FROM <{iri}> names no graph in this store, and remote graphs are not fetched")
        form = FORMS.get(node.name, form)
    return form


def inspect_update(text: str) -> None:
    try:
        tree = parseUpdate(unescape(text))
    except ParseException as exc:
        raise ApiError(400, f"SPARQL syntax error: {exc}") from None
    for node in _walk(tree):
        if node.name == "Load":
            raise ApiError(403, "LOAD is not allowed here: it would make this server fetch a URL")


def negotiate(accept: str | None, offers: dict[str, str]) -> str:
    """The media type to answer with, honouring q-values; 406 when nothing offered is acceptable."""
    if not accept or not accept.strip():
        return list(offers)[-1]
    try:
        match = mimeparse.best_match(list(offers), accept)
    except (ValueError, IndexError):
        raise ApiError(400, f"unreadable Accept header: {accept!r}") from None
    if not match:
        raise ApiError(406, f"cannot answer in any of: {accept}; available: {', '.join(offers)}")
    return match


def service_description(endpoint: str, media: str) -> bytes:
    """What this endpoint supports, in the SPARQL 1.1 Service Description vocabulary."""
    sd = "http://www.w3.org/ns/sparql-service-description#"
    formats = "http://www.w3.org/ns/formats/"
    node = ox.NamedNode(endpoint)
    triples = [
        (node, ox.NamedNode(sd + "endpoint"), node),
        (node, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(sd + "Service")),
        (node, ox.NamedNode(sd + "supportedLanguage"), ox.NamedNode(sd + "SPARQL11Query")),
        (node, ox.NamedNode(sd + "feature"), ox.NamedNode(sd + "UnionDefaultGraph")),
    ]
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                 "Turtle", "N-Triples", "N-Quads", "TriG", "JSON-LD"):  # fmt: skip
        triples.append((node, ox.NamedNode(sd + "resultFormat"), ox.NamedNode(formats + name)))
    return ox.serialize([ox.Triple(*t) for t in triples], format=GRAPH_FORMATS[GRAPH_MEDIA[media]])
