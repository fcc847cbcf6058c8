"""The W3C SPARQL 1.1 Protocol query cases, against the served seeds.

Cases follow the W3C protocol test suite (query_get, query_post_form, query_post_direct,
the dataset cases, content negotiation and the bad_* requests). Dataset parameters name
graphs of this store (each article's graph), since this server never fetches remote graphs.
"""

from __future__ import annotations

import httpx
import pytest
from rdflib import Graph

from tests.conftest import SEEDS, ckg
from tests.server import running

ASK = "ASK { ?s ?p ?o }"
ARTICLES = "SELECT ?d WHERE { ?d a <https://w3id.org/conflict-kg/ontology#Article> }"
COUNT_IN_DEFAULT = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/conflict-kg/ontology#Article> }"
COUNT_NAMED = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    store = tmp_path_factory.mktemp("protocol") / "store"
    assert ckg("ingest", str(SEEDS), "--store", str(store)).returncode == 0
    with running(store) as base:
        yield f"{base}/sparql"


@pytest.fixture(scope="module")
def graphs(endpoint) -> list[str]:
    rows = httpx.get(endpoint, params={"query": ARTICLES}).json()["results"]["bindings"]
    return sorted(r["d"]["value"] for r in rows)


def number(response: httpx.Response) -> int:
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_query_get(endpoint):
    response = httpx.get(endpoint, params={"query": ASK})
    assert response.status_code == 200 and response.json() == {"head": {}, "boolean": True}


def test_query_post_form(endpoint):
    response = httpx.post(endpoint, data={"query": ASK})
    assert response.status_code == 200 and response.json()["boolean"] is True


def test_query_post_direct(endpoint):
    response = httpx.post(endpoint, content=ASK, headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 200 and response.json()["boolean"] is True


def test_query_dataset_default_graph(endpoint, graphs):
    assert number(httpx.get(endpoint, params={"query": COUNT_IN_DEFAULT, "default-graph-uri": graphs[0]})) == 1


def test_query_dataset_default_graphs_get(endpoint, graphs):
    params = {"query": COUNT_IN_DEFAULT, "default-graph-uri": graphs}
    assert number(httpx.get(endpoint, params=params)) == 2


def test_query_dataset_default_graphs_post(endpoint, graphs):
    response = httpx.post(endpoint, data={"query": COUNT_IN_DEFAULT, "default-graph-uri": graphs})
    assert number(response) == 2


def test_query_dataset_named_graphs_post(endpoint, graphs):
    response = httpx.post(endpoint, data={"query": COUNT_NAMED, "named-graph-uri": graphs})
    assert number(response) == 2


def test_query_dataset_named_graphs_get(endpoint, graphs):
    assert number(httpx.get(endpoint, params={"query": COUNT_NAMED, "named-graph-uri": graphs[1]})) == 1


def test_query_dataset_full(endpoint, graphs):
    params = {"query": COUNT_NAMED, "default-graph-uri": graphs[0], "named-graph-uri": graphs}
    assert number(httpx.get(endpoint, params=params)) == 2


def test_query_multiple_dataset(endpoint, graphs):
    """Protocol parameters override FROM in the query."""
    query = (
        f"SELECT (COUNT(*) AS ?n) FROM <{graphs[0]}> WHERE {{ ?s a <https://w3id.org/conflict-kg/ontology#Article> }}"
    )
    assert number(httpx.get(endpoint, params={"query": query, "default-graph-uri": graphs})) == 2


@pytest.mark.parametrize(
    "query, accept, expected",
    [
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 1", None, "application/sparql-results+json"),
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "application/sparql-results+xml", "application/sparql-results+xml"),
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "text/csv", "text/csv"),
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "text/tab-separated-values", "text/tab-separated-values"),
        ("ASK { ?s ?p ?o }", "application/sparql-results+xml", "application/sparql-results+xml"),
        ("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 3", None, "text/turtle"),
        ("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 3", "application/n-triples", "application/n-triples"),
        ("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 3", "application/ld+json", "application/ld+json"),
        ("DESCRIBE <https://w3id.org/conflict-kg/id/outlet/newsweek>", "text/turtle", "text/turtle"),
        ("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 3", "application/rdf+xml;q=0.5, application/trig", "application/trig"),
    ],
)
def test_query_content_type(endpoint, query, accept, expected):
    headers = {"Accept": accept} if accept else {}
    response = httpx.get(endpoint, params={"query": query}, headers=headers)
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == expected


def test_describe_returns_the_resource(endpoint):
    response = httpx.get(endpoint, params={"query": "DESCRIBE <https://w3id.org/conflict-kg/id/outlet/newsweek>"})
    graph = Graph().parse(data=response.text, format="turtle")
    assert any("Newsweek" in str(o) for o in graph.objects())


@pytest.mark.parametrize(
    "method, kwargs, status",
    [
        ("PUT", {"params": {"query": ASK}}, 405),  # bad_query_method
        ("GET", {"params": {"query": [ASK, ASK]}}, 400),  # bad_multiple_queries
        ("POST", {"content": ASK, "headers": {"Content-Type": "text/plain"}}, 415),  # bad_query_wrong_media_type
        ("POST", {"content": f"query={ASK}"}, 415),  # bad_query_missing_form_type
        ("POST", {"content": ASK}, 415),  # bad_query_missing_direct_type
        (
            "POST",
            {"content": b"ASK { <http://x/\xff> ?p ?o }", "headers": {"Content-Type": "application/sparql-query"}},
            400,
        ),  # bad_query_non_utf8
        ("GET", {"params": {"query": "ASK { ?s ?p }"}}, 400),  # bad_query_syntax
        ("POST", {"data": {"query": ASK, "update": "CLEAR ALL"}}, 400),  # bad_query_and_update
        ("GET", {"params": {"update": "CLEAR ALL"}}, 405),  # bad_update_get
    ],
)
def test_bad_requests(endpoint, method, kwargs, status):
    response = httpx.request(method, endpoint, **kwargs)
    assert response.status_code == status
    assert response.json()["error"]["detail"]


def test_service_description(endpoint):
    response = httpx.get(endpoint, headers={"Accept": "text/turtle"})
    graph = Graph().parse(data=response.text, format="turtle")
    assert any(str(o).endswith("#SPARQL11Query") for o in graph.objects())
