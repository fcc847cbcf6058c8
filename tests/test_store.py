"""The store: persistence, idempotent re-ingest, atomic articles, stable IRIs, removal."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time

import pytest

from graph.namespaces import ENTITIES_GRAPH, RDFS
from graph.store import GraphStore
from tests.conftest import CKG, SEEDS, ckg


def nquads(store) -> list[str]:
    result = ckg("export", "--store", str(store), "--format", "nquads")
    assert result.returncode == 0, result.stderr
    return sorted(line for line in result.stdout.splitlines() if line)


def test_reingest_changes_nothing(tmp_path):
    store = tmp_path / "s"
    assert ckg("ingest", str(SEEDS), "--store", str(store)).returncode == 0
    first = nquads(store)
    again = ckg("ingest", str(SEEDS), "--store", str(store))
    assert again.returncode == 0
    assert "ingested 2 articles (2 replaced)" in again.stdout
    assert nquads(store) == first


def test_second_process_sees_what_first_ingested(seeded_store):
    result = ckg("stats", "--store", str(seeded_store), "--json")
    counts = json.loads(result.stdout)
    assert counts["articles"] == 2
    assert counts["claims"] > 20
    assert counts["entities.Unit"] >= 4 and counts["entities.Outlet"] >= 5


def test_entity_iris_are_stable_across_runs(tmp_path):
    iris = []
    for name in ("a", "b"):
        store = tmp_path / name
        assert ckg("ingest", str(SEEDS), "--store", str(store)).returncode == 0
        graph = GraphStore(store)
        rows = graph.query(f"SELECT ?e WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e a ?t }} }}")
        iris.append({row["e"].value for row in rows})
        del graph
    assert iris[0] == iris[1]
    assert "https://w3id.org/conflict-kg/id/unit/331st-regiment" in iris[0]
    assert "https://w3id.org/conflict-kg/id/person/nikolay-kuzmin" in iris[0]


def test_store_in_use_gives_one_clear_line(seeded_store):
    holder = GraphStore(seeded_store)
    result = ckg("stats", "--store", str(seeded_store))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"ckg: cannot open store at {seeded_store}: it is in use by another process (a running `ckg serve`?)"
    ]
    del holder


def test_removing_an_article_keeps_shared_entities_consistent(tmp_path, extractor):
    from extract.readers import read_paths
    from graph.mapping import article_graph

    store = GraphStore(tmp_path / "s")
    first, second = (article_graph(extractor.extract(a)) for a in read_paths([SEEDS]))
    store.write_article(first)
    alone = set(store.ox)
    store.write_article(second)
    assert store.remove_article(second.graph.value)
    assert set(store.ox) == alone
    assert not store.remove_article(second.graph.value)
    labels = store.query(
        f"SELECT ?e (COUNT(?l) AS ?n) WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e <{RDFS}label> ?l }} }} GROUP BY ?e"
    )
    assert {int(row["n"].value) for row in labels} == {1}


def written_bytes(store) -> int:
    """Bytes of data the engine has written so far (tables and write-ahead log)."""
    return sum(p.stat().st_size for p in store.glob("*") if p.suffix in (".sst", ".log")) if store.exists() else 0


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX signals")
def test_kill_during_ingest_leaves_only_whole_articles(tmp_path, extractor):
    """Kill -9 in the middle of a batch: every article in the store is complete."""
    from extract.readers import read_paths
    from graph.mapping import article_graph

    text = (SEEDS / "000_e2869c1e4193f62e.txt").read_text().split("\n", 3)[3]
    batch = tmp_path / "batch.jsonl"
    with batch.open("w") as out:
        for n in range(300):
            out.write(json.dumps({"text": text, "url": f"https://example.org/{n}", "date": "2022-04-09"}) + "\n")
    store = tmp_path / "s"
    proc = subprocess.Popen([str(CKG), "ingest", str(batch), "--store", str(store), "--workers", "1"])
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and written_bytes(store) < 600_000:
        time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    expected = {}
    for article in read_paths([batch]):
        graph = article_graph(extractor.extract(article))
        expected[graph.graph.value] = set(graph.quads)
        break
    per_article = len(next(iter(expected.values())))
    graph = GraphStore(store)
    sizes = {}
    for doc in graph.articles():
        rows = graph.ox.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{doc}> {{ ?s ?p ?o }} }}")
        sizes[doc] = int(next(iter(rows))["n"].value)
    assert 0 < len(sizes) < 300, "the kill should land in the middle of the batch"
    assert set(sizes.values()) == {per_article}


def test_a_surname_in_a_later_article_joins_the_person_already_stored(tmp_path):
    first = tmp_path / "a.txt"
    first.write_text("Local activist Nikolay Kuzmin said the 76th Air Assault Division had lost 20 men.")
    second = tmp_path / "b.txt"
    second.write_text("Kuzmin said the 76th Air Assault Division had refused to deploy to Kherson.")
    store = tmp_path / "s"
    assert ckg("ingest", str(first), "--store", str(store)).returncode == 0
    assert ckg("ingest", str(second), "--store", str(store)).returncode == 0
    graph = GraphStore(store)
    rows = graph.query(
        "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> "
        "SELECT DISTINCT ?p WHERE { ?c ckg:reportedBy ?p . ?p a ckg:Person }"
    )
    assert {row["p"].value for row in rows} == {"https://w3id.org/conflict-kg/id/person/nikolay-kuzmin"}
