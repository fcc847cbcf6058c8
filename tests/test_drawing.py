"""Drawings and researcher files, checked as files."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import networkx as nx
import pytest
from PIL import Image

from tests.conftest import ckg

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def drawings(seeded_store, tmp_path_factory):
    folder = tmp_path_factory.mktemp("drawings")
    for suffix in ("svg", "png", "html"):
        result = ckg(
            "draw", "331st Regiment", "--hops", "2", "--store", str(seeded_store), "-o", str(folder / f"d.{suffix}")
        )
        assert result.returncode == 0, result.stderr
    return folder


def test_svg_parses_and_names_the_nodes_title_and_legend(drawings):
    root = ET.parse(drawings / "d.svg").getroot()
    assert root.tag == f"{SVG}svg"
    # matplotlib writes text as paths, each with a comment-free <g id="text_N"> group; labels survive in titles
    text = (drawings / "d.svg").read_text()
    for name in ("Sergei Sukharev", "VDV", "Yahoo News", "reported by", "331st Guards Parachute Regiment: 2-hop"):
        assert name in text, name


def test_png_has_the_expected_size(drawings):
    with Image.open(drawings / "d.png") as image:
        assert image.size == (1600, 1200)


class Resources(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        self.urls += [v for k, v in attrs if k in ("src", "href") and v]


def test_html_holds_the_graph_and_fetches_nothing(drawings):
    page = (drawings / "d.html").read_text()
    assert "Sergei Sukharev" in page and '"reported": true' in page and "cytoscape" in page
    parser = Resources()
    parser.feed(page)
    assert parser.urls == []  # no script, stylesheet or link to load from anywhere


def test_drawing_to_an_unknown_suffix_or_entity_fails_with_one_line(seeded_store, tmp_path):
    bad = ckg("draw", "331st", "--store", str(seeded_store), "-o", str(tmp_path / "d.bmp"))
    assert bad.returncode == 2 and bad.stderr.strip() == "ckg: cannot draw to d.bmp: use .svg, .png or .html"
    missing = ckg("draw", "zzz no such", "--store", str(seeded_store), "-o", str(tmp_path / "d.svg"))
    assert missing.returncode == 2 and missing.stderr.strip() == "ckg: no entity 'zzz no such' in the store"


def test_gexf_carries_time_from_article_dates(seeded_store, tmp_path):
    out = tmp_path / "g.gexf"
    assert ckg("export", "--store", str(seeded_store), "--format", "gexf", "-o", str(out)).returncode == 0
    root = ET.parse(out).getroot()
    graph = root.find("{http://www.gexf.net/1.2draft}graph")
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    assert "2022-04-09" in {e.get("start") for e in graph.iter("{http://www.gexf.net/1.2draft}edge")}
    assert nx.read_gexf(out).number_of_edges() > 10


def test_graphml_and_cytoscape_of_a_neighbourhood(seeded_store, tmp_path):
    out = tmp_path / "n.graphml"
    args = ("--store", str(seeded_store), "--entity", "unit/331st-regiment", "--hops", "2")
    assert ckg("export", *args, "--format", "graphml", "-o", str(out)).returncode == 0
    graph = nx.read_graphml(out)
    labels = {d["label"] for _, d in graph.nodes(data=True)}
    assert {"331st Guards Parachute Regiment", "Sergei Sukharev", "VDV"} <= labels
    assert all(isinstance(v, str | int | float) for _, d in graph.nodes(data=True) for v in d.values())
    cyjs = ckg("export", *args, "--format", "cyjs")
    assert '"elements"' in cyjs.stdout
