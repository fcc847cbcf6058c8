"""The HTTP service: SPARQL 1.1 Protocol, who-reported-what, entities, neighbourhoods, documents.

Handlers that touch the store are plain ``def`` (run in the thread pool) or hand their work to
``run_in_threadpool``: a slow query never holds up the event loop and the requests behind it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import threading
from collections.abc import Iterator
from contextlib import asynccontextmanager, suppress
from typing import Annotated

import pyoxigraph as ox
from fastapi import Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import ORJSONResponse, Response, StreamingResponse
from fastapi_offline import FastAPIOffline

from app import __version__, errors, ui
from app.config import Settings
from app.errors import ApiError
from app.ingest import ingest_articles
from app.querypool import QueryFailed, QueryJob, QueryPool
from app.sparql import (
    GRAPH_MEDIA,
    RESULT_MEDIA,
    from_params,
    inspect_query,
    inspect_update,
    negotiate,
    parse_form,
    service_description,
)
from extract.readers import ReadError, article_from_record, article_from_text, read_jsonl
from graph import networks, queries
from graph.export import MEDIA_TYPES, RDF_FORMATS, write_rdf
from graph.namespaces import ID
from graph.networks import NETWORK_FORMATS, NETWORK_MEDIA
from graph.store import GraphStore

EXPORTS = [*RDF_FORMATS, *NETWORK_FORMATS]
CSV_COLUMNS = ["subject", "predicate", "object", "reporter", "role", "verification", "hedges", "quantities",
               "event_date", "evidence", "article_title", "article_url", "article_date", "publisher"]  # fmt: skip


class BodyLimit:
    """Refuse request bodies over the limit with 413, whatever the handler."""

    def __init__(self, app, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or {}).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            return await errors.error_response(413, self._message())(scope, receive, send)
        seen = 0

        async def counted():
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise ApiError(413, self._message())
            return message

        return await self.app(scope, counted, send)

    def _message(self) -> str:
        return f"the request body is over the {self.limit}-byte limit"


class Service:
    """The store, the query workers and the settings one running app shares."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = GraphStore(settings.store)
        self.pool = QueryPool(settings.store, settings.workers, settings.query_timeout)
        self.write_lock = threading.Lock()

    def close(self) -> None:
        self.pool.close()

    def authorize(self, request: Request) -> None:
        """Writes need the token when one is configured."""
        token = self.settings.token
        if token and request.headers.get("authorization", "") != f"Bearer {token}":
            raise ApiError(401, "this server requires 'Authorization: Bearer <token>' for writes")


def create_app(settings: Settings) -> FastAPIOffline:
    service = Service(settings)

    @asynccontextmanager
    async def lifespan(app):
        yield
        service.close()

    app = FastAPIOffline(
        default_response_class=ORJSONResponse,
        title="conflict-kg",
        version=__version__,
        description="Who reported what in conflict reporting: a SPARQL endpoint and an API over the graph.",
        lifespan=lifespan,
    )
    app.state.service = service
    errors.install(app)
    app.add_middleware(BodyLimit, limit=settings.max_body)
    if settings.cors_origins:
        wildcard = "*" in settings.cors_origins
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_credentials=not wildcard,
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Authorization", "Content-Type", "Accept"],
        )
    _routes(app, service)
    ui.install(app)
    return app


def _svc(request: Request) -> Service:
    return request.app.state.service


Svc = Annotated[Service, Depends(_svc)]


def _routes(app, service: Service) -> None:
    @app.get("/health", tags=["service"])
    def health(svc: Svc) -> dict:
        """Liveness, the version and the number of quads in the store."""
        return {"status": "ok", "version": __version__, "quads": len(svc.store.ox)}

    @app.get("/sparql", tags=["sparql"], summary="SPARQL query by GET, or the service description")
    async def sparql_get(request: Request) -> Response:
        params = {k: request.query_params.getlist(k) for k in request.query_params}
        if "query" not in params and "update" not in params:
            media = negotiate(request.headers.get("accept"), GRAPH_MEDIA)
            return Response(service_description(str(request.url_for("sparql_get")), media), media_type=media)
        if "update" in params:
            raise ApiError(405, "updates are sent by POST")
        return await run_in_threadpool(_answer, _svc(request), from_params(params), request.headers.get("accept"))

    @app.post("/sparql", tags=["sparql"], summary="SPARQL query or update by POST (form or direct)")
    async def sparql_post(request: Request) -> Response:
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        params = {k: request.query_params.getlist(k) for k in request.query_params}
        body = await request.body()
        if kind == "application/x-www-form-urlencoded":
            req = from_params({**params, **parse_form(body)})
        elif kind == "application/sparql-query":
            req = from_params(params, body_query=_utf8(body))
        elif kind == "application/sparql-update":
            req = from_params(params, body_update=_utf8(body))
        else:
            raise ApiError(
                415, f"unsupported content type {kind or '(none)'}; use a form, sparql-query or sparql-update"
            )
        svc = _svc(request)
        if req.update is not None:
            await run_in_threadpool(_update, svc, req.update, request)
            return Response(status_code=204)
        return await run_in_threadpool(_answer, svc, req, request.headers.get("accept"))

    @app.get("/entities", tags=["entities"])
    def entities(
        svc: Svc,
        q: Annotated[str, Query(min_length=1, description="Words of a name or alias", examples=["331st"])],
        type: Annotated[str | None, Query(pattern="^(Unit|Person|Outlet|Region|Organization)$")] = None,
        limit: Annotated[int, Query(ge=1, le=200)] = 20,
    ) -> dict:
        """Search labels and aliases, case-insensitive, best match first."""
        return {"query": q, "results": queries.search_entities(svc.store, q, type, limit)}

    @app.get("/entities/{kind}/{slug}", tags=["entities"])
    def entity(svc: Svc, kind: str, slug: str) -> dict:
        """The entity's card: classes, labels, aliases, relations, reporters, articles."""
        card = queries.entity_card(svc.store, _entity_iri(kind, slug))
        if card is None:
            raise ApiError(404, f"no entity {kind}/{slug} in this store")
        return card

    @app.get("/entities/{kind}/{slug}/reports", tags=["who reported what"])
    def entity_reports(
        svc: Svc,
        request: Request,
        kind: str,
        slug: str,
        format: Annotated[str | None, Query(pattern="^(json|csv)$")] = None,
    ) -> Response:
        """Each claim about the entity, with every reporter and its role, hedges, evidence and article."""
        iri = _entity_iri(kind, slug)
        if not queries.entity_exists(svc.store, iri):
            raise ApiError(404, f"no entity {kind}/{slug} in this store")
        return _reports_response(queries.reports_about(svc.store, iri), request, format, {"entity": f"{kind}/{slug}"})

    @app.get("/reports", tags=["who reported what"])
    def reports_by_name(
        svc: Svc,
        request: Request,
        about: Annotated[str, Query(min_length=1, examples=["331st Regiment"])],
        format: Annotated[str | None, Query(pattern="^(json|csv)$")] = None,
    ) -> Response:
        """Who reported what about the entity whose name best matches `about`."""
        found = queries.search_entities(svc.store, about, None, 5)
        if not found:
            raise ApiError(404, f"no entity matches {about!r}")
        best = found[0]
        rows = queries.reports_about(svc.store, best["iri"])
        return _reports_response(rows, request, format, {"entity": best, "alternatives": found[1:]})

    @app.get("/entities/{kind}/{slug}/neighborhood", tags=["entities"])
    def entity_neighborhood(
        svc: Svc,
        kind: str,
        slug: str,
        hops: Annotated[int, Query(ge=1, le=3)] = 1,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        predicates: Annotated[str | None, Query(description="comma-separated, e.g. commanded,lost")] = None,
        types: Annotated[str | None, Query(description="comma-separated classes, e.g. Unit,Person")] = None,
        format: Annotated[str, Query(pattern="^(json|turtle|graphml|gexf|cyjs)$")] = "json",
    ) -> Response:
        """The subgraph around an entity, ranked by support and bounded, saying when it was cut."""
        iri = _entity_iri(kind, slug)
        if not queries.entity_exists(svc.store, iri):
            raise ApiError(404, f"no entity {kind}/{slug} in this store")
        hood = queries.neighborhood(svc.store, iri, hops, limit, _csv_list(predicates), _csv_list(types))
        if format == "turtle":
            body = ox.serialize(queries.neighborhood_triples(hood), format=ox.RdfFormat.TURTLE)
            return Response(body, media_type="text/turtle")
        if format in NETWORK_FORMATS:
            return Response(NETWORK_FORMATS[format](hood), media_type=NETWORK_MEDIA[format])
        return ORJSONResponse(networks.as_json(hood))

    @app.get("/documents", tags=["documents"])
    def list_documents(
        svc: Svc, limit: Annotated[int, Query(ge=1, le=1000)] = 100, offset: Annotated[int, Query(ge=0)] = 0
    ) -> dict:
        return {"documents": queries.documents(svc.store, limit, offset)}

    @app.get("/documents/{key}", tags=["documents"])
    def get_document(svc: Svc, key: str) -> dict:
        """The article, its text, the spans that mention entities, and its claims."""
        found = queries.document(svc.store, _document_iri(key))
        if found is None:
            raise ApiError(404, f"no document {key}")
        return found

    @app.delete("/documents/{key}", tags=["documents"], status_code=200)
    def delete_document(svc: Svc, request: Request, key: str) -> dict:
        """Remove the article and whatever only it supported."""
        svc.authorize(request)
        with svc.write_lock, svc.pool.writing():
            removed = svc.store.remove_article(_document_iri(key))
        if not removed:
            raise ApiError(404, f"no document {key}")
        return {"deleted": f"article/{key}"}

    @app.post(
        "/documents",
        tags=["documents"],
        openapi_extra={
            "requestBody": {
                "content": {
                    "application/json": {
                        "example": {"text": "The 1st Brigade lost 30 soldiers, Reuters reported.", "date": "2024-05-01"}
                    },
                    "text/plain": {"example": "The 1st Brigade lost 30 soldiers, Reuters reported."},
                    "application/x-ndjson": {"example": '{"text": "..."}\n{"text": "..."}'},
                }
            }
        },
    )
    async def post_documents(request: Request) -> ORJSONResponse:
        """Ingest one article (JSON or text/plain) or many (JSON Lines); the same article twice changes nothing."""
        svc = _svc(request)
        svc.authorize(request)
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        items = _articles_from_body(kind, await request.body())
        report = await run_in_threadpool(_ingest, svc, items)
        status = 422 if report.failures and not report.articles else 200
        body = {
            "ingested": report.articles,
            "replaced": report.replaced,
            "entities": report.entities,
            "claims": report.claims,
            "quads": report.quads,
            "documents": [_extracted(svc.store, d) for d in report.documents],
            "failures": [{"source": f.source, "reason": f.reason} for f in report.failures],
        }
        if status == 422:
            return ORJSONResponse(
                {**errors.error_body(422, "; ".join(str(f) for f in report.failures)), **body}, status_code=422
            )
        return ORJSONResponse(body, status_code=status)

    @app.get("/export", tags=["export"])
    def export(svc: Svc, format: Annotated[str, Query(pattern="^(" + "|".join(EXPORTS) + ")$")] = "trig"):
        """The whole graph: as RDF (ontology included, streamed), or as GraphML, GEXF (with time
        from article dates, for Gephi's timeline) or Cytoscape JSON."""
        if format in NETWORK_FORMATS:
            body = NETWORK_FORMATS[format](queries.whole_graph(svc.store))
            return Response(body, media_type=NETWORK_MEDIA[format])
        return StreamingResponse(_stream_rdf(svc.store, format), media_type=MEDIA_TYPES[format])


def _entity_iri(kind: str, slug: str) -> str:
    try:
        return queries.entity_iri(f"{kind}/{slug}")
    except ValueError:
        raise ApiError(404, f"no entity {kind}/{slug} in this store") from None


def _document_iri(key: str) -> str:
    if not key.isalnum():
        raise ApiError(404, f"no document {key}")
    return f"{ID}article/{key}"


def _extracted(store: GraphStore, iri: str) -> dict:
    """What one ingested article yielded: its entities and its claims."""
    doc = queries.document(store, iri) or {"mentions": [], "claims": []}
    entities = {m["entity"]: {"id": m["entity"], "label": m["label"], "type": m["type"]} for m in doc["mentions"]}
    claims = [{k: c[k] for k in ("subject", "predicate", "object")} for c in doc["claims"]]
    return {"id": queries.entity_id(iri), "entities": list(entities.values()), "claims": claims}


def _utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiError(400, "the request body is not UTF-8") from None


def _csv_list(value: str | None) -> list[str] | None:
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


def _answer(svc: Service, req, accept: str | None) -> Response:
    if not req.query or not req.query.strip():
        raise ApiError(400, "empty query")
    for graph in req.default_graphs + req.named_graphs:
        if not svc.store.ox.contains_named_graph(ox.NamedNode(graph)):
            raise ApiError(403, f"<{graph}> names no graph in this store, and remote graphs are not fetched")
    form = inspect_query(req.query, lambda iri: svc.store.ox.contains_named_graph(ox.NamedNode(iri)))
    offers = RESULT_MEDIA if form in ("select", "ask") else GRAPH_MEDIA
    media = negotiate(accept, offers)
    job = QueryJob(
        sparql=req.query,
        result_format=RESULT_MEDIA.get(media, "json"),
        graph_format=GRAPH_MEDIA.get(media, "turtle"),
        max_rows=svc.settings.max_rows,
        default_graphs=req.default_graphs,
        named_graphs=req.named_graphs,
    )
    try:
        answer = svc.pool.run(job)
    except QueryFailed as exc:
        raise ApiError(exc.status, exc.message) from None
    return Response(answer.body, media_type=media)


def _update(svc: Service, text: str, request: Request) -> None:
    if not svc.settings.token:
        raise ApiError(403, "SPARQL Update is disabled: start the server with a token to enable it")
    svc.authorize(request)
    inspect_update(text)
    try:
        with svc.write_lock, svc.pool.writing():
            svc.store.ox.update(text)
    except SyntaxError as exc:
        raise ApiError(400, f"SPARQL syntax error: {exc}") from None


def _articles_from_body(kind: str, body: bytes) -> list:
    text = _utf8(body)
    if not text.strip():
        raise ApiError(400, "empty body: send an article")
    if kind == "application/json":
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ApiError(400, f"invalid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None
        records = record if isinstance(record, list) else [record]
        items = []
        for n, one in enumerate(records):
            try:
                items.append(article_from_record(one, f"request[{n}]"))
            except ValueError as exc:
                items.append(ReadError(f"request[{n}]", str(exc)))
        return items
    if kind in ("application/x-ndjson", "application/jsonl", "application/jsonlines"):
        return list(read_jsonl(text, "request"))
    if kind == "text/plain":
        try:
            return [article_from_text(text.replace("\r\n", "\n"), "request")]
        except ValueError as exc:
            return [ReadError("request", str(exc))]
    raise ApiError(415, f"unsupported content type {kind or '(none)'}; use application/json, text/plain or JSON Lines")


def _ingest(svc: Service, items: list):
    with svc.write_lock:
        return ingest_articles(svc.store, items, workers=1, model=svc.settings.model, writing=svc.pool.writing)


def _reports_response(rows: list[dict], request: Request, format: str | None, meta: dict) -> Response:
    wants_csv = format == "csv" or (format is None and "text/csv" in request.headers.get("accept", ""))
    if not wants_csv:
        return ORJSONResponse({**meta, "count": len(rows), "reports": rows})
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        obj = (r["object"] or {}).get("label") or r["object_text"]
        art = r["article"]
        shared = {
            "subject": r["subject"]["label"],
            "predicate": r["predicate"],
            "object": obj,
            "verification": r["verification"],
            "hedges": "; ".join(r["hedges"]),
            "quantities": "; ".join(q["text"] for q in r["quantities"]),
            "event_date": r["event_date"],
            "evidence": r["evidence"],
            "article_title": art["title"],
            "article_url": art["url"],
            "article_date": art["date"],
            "publisher": art["publisher"],
        }
        for who in r["reporters"] or [{"label": "", "role": ""}]:
            row = {**shared, "reporter": who["label"], "role": who["role"]}
            writer.writerow([row[c] or "" for c in CSV_COLUMNS])
    return Response(out.getvalue(), media_type="text/csv")


def _stream_rdf(store: GraphStore, fmt: str) -> Iterator[bytes]:
    """Dump in a thread into a pipe and stream its other end: the graph never sits whole in memory."""
    read_fd, write_fd = os.pipe()

    def dump() -> None:
        with os.fdopen(write_fd, "wb") as sink, suppress(BrokenPipeError):
            write_rdf(store, fmt, sink)

    threading.Thread(target=dump, daemon=True).start()
    with os.fdopen(read_fd, "rb") as source:
        while chunk := source.read(65536):
            yield chunk
