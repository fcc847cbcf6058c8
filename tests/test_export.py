"""Exports: every format reads back to the same triples, and every export passes SHACL."""

from __future__ import annotations

import pytest
from pyshacl import validate
from rdflib import Dataset, Graph

from ontology import SHAPES_FILE
from tests.conftest import ckg

RDFLIB_FORMATS = {"trig": "trig", "nquads": "nquads", "jsonld": "json-ld", "turtle": "turtle", "ntriples": "nt"}


def union(path, fmt) -> Graph:
    ds = Dataset(default_union=True)
    ds.parse(path, format=RDFLIB_FORMATS[fmt])
    g = Graph()
    for triple in ds.triples((None, None, None)):
        g.add(triple)
    return g


@pytest.fixture(scope="module")
def exports(seeded_store, tmp_path_factory):
    folder = tmp_path_factory.mktemp("exports")
    paths = {}
    for fmt in RDFLIB_FORMATS:
        paths[fmt] = folder / f"kg.{fmt}"
        result = ckg("export", "--store", str(seeded_store), "--format", fmt, "--output", str(paths[fmt]))
        assert result.returncode == 0, result.stderr
    return paths


def test_every_format_reads_back_to_the_same_triples(exports):
    graphs = {fmt: set(union(path, fmt)) for fmt, path in exports.items()}
    reference = graphs.pop("nquads")
    assert len(reference) > 1000
    for fmt, triples in graphs.items():
        assert triples == reference, f"{fmt} differs: {len(triples ^ reference)} triples"


def test_dataset_formats_keep_one_graph_per_article(exports):
    ds = Dataset()
    ds.parse(exports["trig"], format="trig")
    names = {str(g.identifier) for g in ds.graphs()}
    assert sum("/id/article/" in n for n in names) == 2
    assert "https://w3id.org/conflict-kg/ontology" in names


def test_export_conforms_to_shapes(exports):
    data = union(exports["trig"], "trig")
    conforms, _, text = validate(data, shacl_graph=str(SHAPES_FILE), allow_warnings=True)
    assert conforms, text


def test_shapes_catch_a_claim_without_evidence(exports):
    from rdflib import Namespace

    data = union(exports["turtle"], "turtle")
    ckg_ns = Namespace("https://w3id.org/conflict-kg/ontology#")
    claim = next(data.subjects(predicate=ckg_ns.evidence))
    data.remove((claim, ckg_ns.evidence, None))
    conforms, _, text = validate(data, shacl_graph=str(SHAPES_FILE), allow_warnings=True)
    assert not conforms and "evidence" in text


def test_export_to_stdout_and_unknown_format(seeded_store):
    out = ckg("export", "--store", str(seeded_store), "--format", "turtle", "--output", "-")
    assert out.returncode == 0 and "@prefix ckg:" in out.stdout
    bad = ckg("export", "--store", str(seeded_store), "--format", "docx")
    assert bad.returncode == 2
    choices = "trig, nquads, jsonld, turtle, ntriples, rdfxml, graphml, gexf, cyjs"
    assert bad.stderr.strip() == f"ckg: unknown format 'docx'; choose one of {choices}"


def test_every_ckg_term_in_the_export_is_declared_with_label_and_comment(exports):
    from rdflib import RDF, RDFS, Namespace

    ckg_ns = Namespace("https://w3id.org/conflict-kg/ontology#")
    data = union(exports["trig"], "trig")
    used = {p for p in data.predicates() if str(p).startswith(str(ckg_ns))}
    used |= {o for o in data.objects(None, RDF.type) if str(o).startswith(str(ckg_ns))}
    used |= {o for o in data.objects() if str(o).startswith(str(ckg_ns))}
    assert len(used) > 30
    for term in used:
        assert (term, RDFS.label, None) in data, f"{term} has no rdfs:label"
        assert (term, RDFS.comment, None) in data, f"{term} has no rdfs:comment"
