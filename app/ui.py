"""The web interface: static pages that read the JSON API, and the offline assets they need."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

STATIC = Path(str(resources.files("app.static")))
PAGES = {
    "/": "index.html",
    "/ui/search": "index.html",
    "/ui/documents": "documents.html",
    "/ui/sparql": "sparql.html",
    "/ui/entity/{kind}/{slug}": "entity.html",
    "/ui/document/{key}": "document.html",
}


def install(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for path, page in PAGES.items():
        app.add_api_route(path, _page(STATIC / page), methods=["GET"], include_in_schema=False)


def _page(file: Path):
    def serve() -> FileResponse:
        return FileResponse(file, media_type="text/html")

    return serve
