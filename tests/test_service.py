"""The service over real HTTP: uvicorn on a free port, queried with standard SPARQL clients."""

from __future__ import annotations

import csv
import io
import json

import httpx
import pytest
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TURTLE, SPARQLWrapper

from tests.conftest import SEEDS, ckg
from tests.server import running

TOKEN = "s3cret"
CKG_NS = "https://w3id.org/conflict-kg/ontology#"
PREFIXES = f"PREFIX ckg: <{CKG_NS}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = tmp_path_factory.mktemp("served") / "store"
    assert ckg("ingest", str(SEEDS), "--store", str(store)).returncode == 0
    with running(store, "--query-timeout", "2", "--max-rows", "500", "--max-body", "200000", "--token", TOKEN) as base:
        yield base


def error_of(response: httpx.Response) -> str:
    body = response.json()
    assert set(body["error"]) == {"status", "title", "detail"}
    assert body["error"]["status"] == response.status_code
    return body["error"]["detail"]


def test_who_reported_what_about_the_331st(server):
    response = httpx.get(f"{server}/reports", params={"about": "331st Regiment"})
    assert response.status_code == 200
    body = response.json()
    assert body["entity"]["label"] == "331st Guards Parachute Regiment"
    lost = [r for r in body["reports"] if r["predicate"] == "lost" and (r["object"] or {}).get("label")]
    assert {r["object"]["label"] for r in lost} == {"Sergei Sukharev"}
    claim = next(r for r in lost if r["article"]["publisher"] == "Yahoo News")
    assert claim["evidence"].startswith("One unit within the VDV, the renowned 331st Guards Parachute Regiment")
    assert {(p["label"], p["role"]) for p in claim["reporters"]} == {("Yahoo News", "publisher")}
    assert claim["article"]["date"] == "2022-04-09" and claim["article"]["url"].startswith("https://www.yahoo.com/")
    assert claim["quantities"][0]["qualifier"] == "at least" and claim["quantities"][0]["value"] == 39


def test_reporters_of_their_claims(server):
    def reporters(entity_id):
        body = httpx.get(f"{server}/entities/{entity_id}/reports").json()
        return {(p["label"], p["role"]) for r in body["reports"] for p in r["reporters"]}

    assert ("Pskovskaya Gubernia", "cited") in reporters("unit/russian-paratroopers-from-pskov-oblast")
    rosgvardia = reporters("unit/rosgvardia")
    assert ("Newsweek", "said") in rosgvardia and ("New Focus", "cited") in rosgvardia


def test_reports_as_csv(server):
    response = httpx.get(f"{server}/entities/unit/331st-regiment/reports", headers={"Accept": "text/csv"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {"Yahoo News", "Insider"} <= {r["reporter"] for r in rows}
    assert all(r["evidence"] for r in rows)


def test_sparqlwrapper_select_in_every_results_format(server):
    client = SPARQLWrapper(f"{server}/sparql")
    client.setQuery(PREFIXES + "SELECT ?l WHERE { ?o a ckg:Outlet ; rdfs:label ?l } ORDER BY ?l")
    client.setReturnFormat(JSON)
    labels = [b["l"]["value"] for b in client.query().convert()["results"]["bindings"]]
    assert {"Newsweek", "New Focus", "Pskovskaya Gubernia", "Sky News"} <= set(labels)
    client.setReturnFormat(CSV)
    assert b"Newsweek" in client.query().convert()
    for accept in ("application/sparql-results+xml", "text/tab-separated-values"):
        response = httpx.get(f"{server}/sparql", params={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": accept})
        assert response.status_code == 200 and response.headers["content-type"].startswith(accept)


def test_sparqlwrapper_construct_and_post(server):
    client = SPARQLWrapper(f"{server}/sparql")
    client.setMethod("POST")
    client.setQuery(PREFIXES + "CONSTRUCT { ?u rdfs:label ?l } WHERE { ?u a ckg:Unit ; rdfs:label ?l }")
    client.setReturnFormat(TURTLE)
    graph = Graph().parse(data=client.query().convert(), format="turtle")
    assert any("331st" in str(o) for o in graph.objects())


def test_rdflib_sparqlstore(server):
    graph = Graph(store=SPARQLStore(f"{server}/sparql", returnFormat="json"))
    rows = list(graph.query(PREFIXES + "SELECT ?p WHERE { ?p a ckg:Person ; rdfs:label 'Nikolay Kuzmin' }"))
    assert [str(r[0]) for r in rows] == ["https://w3id.org/conflict-kg/id/person/nikolay-kuzmin"]


def test_content_negotiation_honours_q_values(server):
    query = {"query": "SELECT ?s WHERE { ?s a <https://w3id.org/conflict-kg/ontology#Outlet> } LIMIT 1"}
    accept = "application/sparql-results+json;q=0.2, text/csv;q=0.9, */*;q=0.1"
    response = httpx.get(f"{server}/sparql", params=query, headers={"Accept": accept})
    assert response.headers["content-type"].startswith("text/csv")
    unacceptable = httpx.get(f"{server}/sparql", params=query, headers={"Accept": "image/png"})
    assert unacceptable.status_code == 406 and "available" in error_of(unacceptable)


@pytest.mark.parametrize(
    "query, words",
    [
        ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
        ("SELECT * WHERE { \\u0053ERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
        ("SELECT * FROM <http://example.org/remote.ttl> WHERE { ?s ?p ?o }", "remote graphs are not fetched"),
    ],
)
def test_federation_is_refused(server, query, words):
    response = httpx.post(f"{server}/sparql", data={"query": query})
    assert response.status_code == 403 and words in error_of(response)


def test_updates_are_refused_without_the_token(server):
    update = "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }"
    response = httpx.post(f"{server}/sparql", data={"update": update})
    assert response.status_code == 401
    load = httpx.post(
        f"{server}/sparql",
        content="LOAD <http://example.org/data.ttl>",
        headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"},
    )
    assert load.status_code == 403 and "LOAD" in error_of(load)


def test_a_slow_query_is_stopped_and_the_server_goes_on(server):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    response = httpx.get(f"{server}/sparql", params={"query": slow}, timeout=30)
    assert response.status_code == 503 and "time limit" in error_of(response)
    quick = httpx.get(f"{server}/sparql", params={"query": "ASK { ?s ?p ?o }"})
    assert quick.status_code == 200 and quick.json()["boolean"] is True


@pytest.mark.parametrize(
    "request_args, status",
    [
        ({"method": "GET", "url": "/sparql", "params": {"query": "SELEKT * WHERE { ?s ?p ?o }"}}, 400),
        ({"method": "GET", "url": "/sparql", "params": {"query": ["ASK {}", "ASK {}"]}}, 400),
        ({"method": "POST", "url": "/sparql", "content": b"ASK {}", "headers": {"Content-Type": "text/plain"}}, 415),
        ({"method": "GET", "url": "/sparql", "params": {"query": "SELECT * WHERE { ?s ?p ?o }"}}, 413),
        ({"method": "GET", "url": "/entities", "params": {"q": ""}}, 422),
        ({"method": "GET", "url": "/entities/unit/no-such-unit"}, 404),
        ({"method": "GET", "url": "/entities/unit/331st-regiment/neighborhood", "params": {"hops": 9}}, 422),
        (
            {
                "method": "POST",
                "url": "/documents",
                "content": b"x" * 300_000,
                "headers": {"Content-Type": "text/plain"},
            },
            413,
        ),
        ({"method": "GET", "url": "/reports", "params": {"about": "zzzz nothing"}}, 404),
    ],
)
def test_malformed_input_gets_a_4xx_with_a_message(server, request_args, status):
    args = dict(request_args)
    response = httpx.request(args.pop("method"), server + args.pop("url"), **args)
    assert response.status_code == status
    assert error_of(response)


def test_entities_search_and_card(server):
    results = httpx.get(f"{server}/entities", params={"q": "kuzm"}).json()["results"]
    assert results[0]["label"] == "Nikolay Kuzmin"
    card = httpx.get(f"{server}/entities/{results[0]['id']}").json()
    assert card["types"] == ["Person"] and "Kuzmin" in card["aliases"]
    assert {"subject": "Nikolay Kuzmin", "predicate": "affiliatedWith", "object": "Yabloko"} in card["relations"]
    assert len(card["articles"]) == 2


def test_neighborhood_formats(server):
    url = f"{server}/entities/unit/331st-regiment/neighborhood"
    body = httpx.get(url, params={"hops": 2}).json()
    labels = {n["label"] for n in body["nodes"]}
    assert {"331st Guards Parachute Regiment", "Sergei Sukharev", "VDV"} <= labels
    assert body["truncated"] is False
    small = httpx.get(url, params={"hops": 2, "limit": 2}).json()
    assert small["truncated"] is True and len(small["nodes"]) <= 2
    graphml = httpx.get(url, params={"format": "graphml"})
    assert graphml.status_code == 200 and b"<graphml" in graphml.content
    cyjs = httpx.get(url, params={"format": "cyjs"}).json()
    assert cyjs["elements"]["nodes"]
    turtle = Graph().parse(data=httpx.get(url, params={"format": "turtle"}).text, format="turtle")
    assert len(turtle) > 5


def test_documents_post_get_delete_round_trip(server):
    article = {
        "text": "At least 25 soldiers of the 3rd Separate Assault Brigade refused to advance near Bakhmut, "
        "the Kyiv Post reported.",
        "url": "https://www.kyivpost.com/post/12345",
        "date": "2023-06-01",
        "title": "Soldiers refuse",
    }
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert httpx.post(f"{server}/documents", json=article).status_code == 401
    first = httpx.post(f"{server}/documents", json=article, headers=auth, timeout=60)
    assert first.status_code == 200, first.text
    assert first.json()["ingested"] == 1 and first.json()["replaced"] == 0
    quads = httpx.get(f"{server}/health").json()["quads"]
    again = httpx.post(f"{server}/documents", json=article, headers=auth, timeout=60).json()
    assert again["replaced"] == 1 and httpx.get(f"{server}/health").json()["quads"] == quads
    [extracted] = first.json()["documents"]
    doc_id = extracted["id"]
    assert {"subject": extracted["claims"][0]["subject"], "predicate": "refused", "object": "Bakhmut"} in extracted[
        "claims"
    ]
    assert any(e["type"] == "Outlet" and e["label"] == "Kyiv Post" for e in extracted["entities"])
    doc = httpx.get(f"{server}/documents/{doc_id.split('/')[1]}").json()
    assert doc["publisher"] == "Kyiv Post" and doc["claims"]
    [brigade] = {m["label"] for m in doc["mentions"] if "Assault Brigade" in m["label"]}
    ask = {"query": f"ASK {{ ?u <http://www.w3.org/2000/01/rdf-schema#label> '{brigade}' }}"}
    assert httpx.get(f"{server}/sparql", params=ask).json()["boolean"] is True
    assert httpx.delete(f"{server}/documents/{doc_id.split('/')[1]}", headers=auth).status_code == 200
    assert httpx.get(f"{server}/documents/{doc_id.split('/')[1]}").status_code == 404
    assert httpx.get(f"{server}/sparql", params=ask).json()["boolean"] is False
    assert httpx.get(f"{server}/health").json()["quads"] < quads


def test_bad_documents_are_named(server):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    lines = b'{"text": ""}\n{broken\n'
    response = httpx.post(
        f"{server}/documents", content=lines, headers={**auth, "Content-Type": "application/x-ndjson"}
    )
    assert response.status_code == 422
    assert [f["source"] for f in response.json()["failures"]] == ["request:1", "request:2"]


def test_export_streams_every_format(server):
    for fmt, parse_as in (("trig", "trig"), ("nquads", "nquads"), ("turtle", "turtle"), ("jsonld", "json-ld")):
        response = httpx.get(f"{server}/export", params={"format": fmt}, timeout=60)
        assert response.status_code == 200
        from rdflib import Dataset

        assert len(Dataset().parse(data=response.content, format=parse_as)) > 0 or fmt in ("trig", "nquads", "jsonld")


def test_docs_work_offline(server):
    page = httpx.get(f"{server}/docs").text
    assert "swagger-ui" in page and "cdn." not in page
    spec = httpx.get(f"{server}/openapi.json").json()
    assert "/reports" in spec["paths"] and "/sparql" in spec["paths"]
    json.dumps(spec)
