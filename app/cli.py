"""The ``ckg`` command line: ingest, export, stats, serve, draw."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from app import __version__
from extract.model import Article
from extract.nlp import MODEL_ENV, ModelNotFound
from extract.readers import read_paths
from graph import queries
from graph.export import RDF_FORMATS, write_rdf
from graph.networks import NETWORK_FORMATS
from graph.store import STORE_ENV, GraphStore, StoreError, default_path

app = typer.Typer(
    name="ckg",
    help="conflict-kg: build and query a knowledge graph of who reported what in conflict reporting.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
err = Console(stderr=True)

StoreOption = Annotated[
    Path,
    typer.Option("--store", envvar=STORE_ENV, help="Store directory (created if missing).", show_default=False),
]


def fail(message: str, code: int = 2) -> typer.Exit:
    """One line on stderr, then a non-zero exit: the only way errors leave the CLI."""
    typer.echo(f"ckg: {message}", err=True)
    return typer.Exit(code)


@contextmanager
def opened(store: Path | None):
    try:
        yield GraphStore(store or default_path())
    except StoreError as exc:
        raise fail(str(exc)) from None


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"ckg {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Store location: --store, else $CKG_STORE, else ~/.local/share/conflict-kg/store."""


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt, .jsonl) or folders.", show_default=False)],
    store: StoreOption = None,
    workers: Annotated[int, typer.Option(min=0, help="Extraction processes; 0 picks one per core, up to 2.")] = 0,
    model: Annotated[str, typer.Option(envvar=MODEL_ENV, help="spaCy model package to load.")] = "",
) -> None:
    """Read articles into the store; an article already there (same URL, else same text) is replaced."""
    from app.ingest import default_workers, ingest_articles

    items = list(read_paths(paths))
    articles = [i for i in items if isinstance(i, Article)]
    with opened(store) as graph, _progress(len(articles)) as advance:
        try:
            report = ingest_articles(graph, items, workers or default_workers(), model or None, advance)
        except ModelNotFound as exc:
            raise fail(str(exc)) from None
        stats = graph.stats()
    for failure in report.failures:
        typer.echo(f"ckg: {failure}", err=True)
    typer.echo(
        f"ingested {report.articles} articles ({report.replaced} replaced): {report.entities} entities, "
        f"{report.claims} claims, {report.quads} quads; {len(report.failures)} failed. "
        f"Store now holds {stats['articles']} articles, {stats['entities']} entities, "
        f"{stats['claims']} claims, {stats['quads']} quads."
    )
    if report.failures:
        raise typer.Exit(1)


@contextmanager
def _progress(total: int):
    columns = (TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
               TextColumn("{task.description}"))  # fmt: skip
    with Progress(*columns, console=err, transient=True, disable=total < 2 or not err.is_terminal) as progress:
        task = progress.add_task("", total=total)
        yield lambda source: progress.update(task, advance=1, description=Path(source).name)


FORMATS = [*RDF_FORMATS, *NETWORK_FORMATS]


@app.command()
def export(
    store: StoreOption = None,
    format: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")] = "trig",
    output: Annotated[str, typer.Option("--output", "-o", help="File to write, or - for stdout.")] = "-",
    entity: Annotated[str, typer.Option(help="For graphml/gexf/cyjs: only this entity's neighbourhood.")] = "",
    hops: Annotated[int, typer.Option(min=1, max=3, help="Hops of that neighbourhood.")] = 1,
) -> None:
    """Write the whole graph as RDF (ontology included), or as GraphML, GEXF or Cytoscape JSON."""
    if format not in FORMATS:
        raise fail(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    with opened(store) as graph:
        if format in RDF_FORMATS:
            if entity:
                raise fail("--entity goes with graphml, gexf or cyjs")
            _write(output, lambda sink: write_rdf(graph, format, sink))
        else:
            hood = _neighbourhood(graph, entity, hops) if entity else queries.whole_graph(graph)
            _write(output, lambda sink: sink.write(NETWORK_FORMATS[format](hood)))


def _neighbourhood(graph: GraphStore, entity: str, hops: int, limit: int = 50):
    """An entity given by id ("unit/331st-regiment") or by name ("331st Regiment")."""
    try:
        iri = queries.entity_iri(entity)
    except ValueError:
        iri = ""
    if not iri or not queries.entity_exists(graph, iri):
        found = queries.search_entities(graph, entity, None, 1)
        if not found:
            raise fail(f"no entity {entity!r} in the store")
        iri = found[0]["iri"]
    return queries.neighborhood(graph, iri, hops=hops, limit=limit)


def _write(output: str, write) -> None:
    """Write to stdout, or to a file that appears only when complete."""
    if output == "-":
        write(sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return
    target = Path(output)
    partial = target.with_name(f".{target.name}.partial")
    try:
        with partial.open("wb") as handle:
            write(handle)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise fail(f"cannot write {output}: {exc.strerror or exc}") from None
    typer.echo(f"wrote {target}", err=True)


@app.command()
def draw(
    entity: Annotated[str, typer.Argument(help="Entity id (unit/331st-regiment) or name (331st Regiment).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write: .svg, .png or .html.")],
    store: StoreOption = None,
    hops: Annotated[int, typer.Option(min=1, max=3, help="Hops around the entity.")] = 1,
    limit: Annotated[int, typer.Option(min=2, max=200, help="Most nodes to draw.")] = 50,
) -> None:
    """Draw an entity's neighbourhood: classes by colour and shape, relations labelled, reporters dashed."""
    from graph.drawing import draw as render

    if output.suffix.lower() not in (".svg", ".png", ".html", ".htm"):
        raise fail(f"cannot draw to {output.name}: use .svg, .png or .html")
    with opened(store) as graph:
        hood = _neighbourhood(graph, entity, hops, limit)
        center = hood.nodes[hood.center]["label"]
        title = (
            f"{center}: {hops}-hop neighbourhood, {len(hood.nodes)} entities and {len(hood.edges)} relations, "
            f"reporters dashed (store {graph.path})"
        )
    try:
        render(hood, output, title)
    except OSError as exc:
        raise fail(f"cannot write {output}: {exc.strerror or exc}") from None
    typer.echo(f"wrote {output}", err=True)


@app.command()
def serve(
    store: StoreOption = None,
    host: Annotated[str, typer.Option(envvar="CKG_HOST", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(envvar="CKG_PORT", help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(envvar="CKG_WORKERS", min=1, help="Query worker processes.")] = 2,
    token: Annotated[str, typer.Option(envvar="CKG_TOKEN", help="Bearer token required for writes.")] = "",
    query_timeout: Annotated[float, typer.Option(envvar="CKG_QUERY_TIMEOUT", help="Seconds per query.")] = 10.0,
    max_rows: Annotated[int, typer.Option(envvar="CKG_MAX_ROWS", help="Rows or triples per result.")] = 10000,
    max_body: Annotated[int, typer.Option(envvar="CKG_MAX_BODY", help="Bytes per request body.")] = 5 * 1024 * 1024,
    cors_origin: Annotated[list[str], typer.Option(envvar="CKG_CORS_ORIGINS", help="Allowed CORS origin.")] = [],  # noqa: B006
) -> None:
    """Serve the store over HTTP: SPARQL 1.1 Protocol at /sparql, the API, and docs at /docs."""
    import uvicorn

    from app.config import Settings
    from app.service import create_app

    settings = Settings(
        store=store or default_path(),
        host=host,
        port=port,
        workers=workers,
        token=token or None,
        query_timeout=query_timeout,
        max_rows=max_rows,
        max_body=max_body,
        cors_origins=tuple(cors_origin),
    )
    try:
        application = create_app(settings)
    except StoreError as exc:
        raise fail(str(exc)) from None
    uvicorn.run(application, host=host, port=port, log_level="info", http="httptools", loop="uvloop")


@app.command()
def stats(
    store: StoreOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Count articles, entities by class, claims and quads."""
    with opened(store) as graph:
        counts = graph.stats()
    if as_json:
        typer.echo(json.dumps(counts, indent=2))
        return
    for name, value in counts.items():
        typer.echo(f"{name:22} {value}")


if __name__ == "__main__":
    app()
