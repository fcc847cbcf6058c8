"""The web interface in a real browser: headless Chromium driven by Playwright."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS, ckg
from tests.server import running

CHROMIUM = Path(os.environ.get("CKG_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = ROOT / "test-artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)")


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    store = tmp_path_factory.mktemp("browser") / "store"
    assert ckg("ingest", str(SEEDS), "--store", str(store)).returncode == 0
    with running(store) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh page per test, so no test starts where another left the mouse or the scroll."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    yield page
    page.close()


def test_search_open_the_regiment_and_read_its_reports(base, page):
    page.goto(base + "/")
    page.fill("#q", "331st")
    suggestion = page.locator("#suggestions a", has_text="331st Guards Parachute Regiment")
    suggestion.click()
    page.wait_for_url("**/ui/entity/unit/331st-regiment")
    rows = page.locator("#reports tbody tr")
    rows.first.wait_for()
    lost = rows.filter(has=page.locator("td:nth-child(3)", has_text="lost")).filter(
        has=page.locator("td:nth-child(4)", has_text="Sergei Sukharev")
    )
    assert lost.count() == 2  # one claim from each seed
    marks = lost.first.locator("td.evidence mark").all_inner_texts()
    assert "331st Guards Parachute Regiment" in marks and "Sergei Sukharev" in marks
    assert {"Yahoo News (publisher)", "Insider (publisher)"} <= {
        lost.nth(i).locator("td:nth-child(5)").inner_text() for i in range(2)
    }
    page.select_option("#f-reporter", "Insider")
    assert "reporter=Insider" in page.url
    assert all("Insider" in t for t in rows.all_inner_texts())
    page.screenshot(path=ARTIFACTS / "entity-331st.png", full_page=True)


def test_clicking_a_node_grows_the_graph(base, page):
    page.set_viewport_size({"width": 1400, "height": 1600})  # the whole graph in view, no scroll
    page.goto(base + "/ui/entity/unit/331st-regiment")
    page.wait_for_function("window.ckgGraph && window.ckgGraph.nodes().length > 1")
    before = page.evaluate("window.ckgGraph.nodes().length")
    top = page.locator("#graph").bounding_box()["y"]
    page.select_option("#f-reporter", "Insider")  # fewer rows above: the graph moves up
    assert page.locator("#graph").bounding_box()["y"] < top
    spot = page.evaluate(
        "(() => { const n = window.ckgGraph.nodes().filter(n => n.data('label') === 'VDV')[0];"
        " const p = n.renderedPosition(); return {x: p.x, y: p.y}; })()"
    )
    with page.expect_response(lambda r: "/neighborhood" in r.url and "limit=25" in r.url, timeout=10_000) as expanded:
        page.locator("#graph").click(position=spot)
    assert "/entities/unit/vdv/" in expanded.value.url  # the node drawn there, no other
    page.wait_for_function(f"window.ckgGraph.nodes().length > {before}")
    assert "Russian Armed Forces" in page.evaluate("window.ckgGraph.nodes().map(n => n.data('label'))")
    page.screenshot(path=ARTIFACTS / "graph-expanded.png")


def test_document_page_highlights_entities_and_claims(base, page):
    page.goto(base + "/ui/documents")
    page.locator("#docs a").first.click()
    page.locator("#text a.m").first.wait_for()
    assert page.locator("#text a.m").count() > 20
    assert page.locator("#text span.claim").count() > 5
    page.screenshot(path=ARTIFACTS / "document.png", full_page=True)


def test_sparql_page_runs_the_example_query(base, page):
    page.goto(base + "/ui/sparql")
    page.locator("#examples button").first.click()
    cell = page.locator(".yasr table", has_text="Yahoo News")
    cell.wait_for(timeout=20_000)
    assert "Sukharev" in page.locator(".yasr").inner_text()
    page.screenshot(path=ARTIFACTS / "sparql.png", full_page=True)
