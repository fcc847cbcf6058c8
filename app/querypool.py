"""User SPARQL runs in worker processes, so that a query past its time limit can be killed.

pyoxigraph cannot cancel a running query, and a thread cannot be stopped; a process can.
Each worker opens the store read-only and answers one query at a time; the server's own
process keeps the read-write handle. Writes wait for running queries to finish, then bump a
generation number; a worker reopens its handle before the next query of a new generation,
so no read-only handle is ever used while the primary writes.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox


class QueryFailed(Exception):
    """A query that did not produce a result; `status` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class QueryJob:
    """Everything a worker needs; plain data, so it crosses the process boundary."""

    sparql: str
    result_format: str  # for solutions and booleans: json, xml, csv, tsv
    graph_format: str  # for triples: turtle, ntriples, nquads, trig, jsonld
    max_rows: int
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    generation: int = 0


@dataclass(frozen=True)
class QueryAnswer:
    kind: str  # "solutions", "boolean" or "graph"
    body: bytes


RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def execute(store: ox.Store, job: QueryJob) -> QueryAnswer:
    """Run one query on a store and serialise its answer, refusing results over the row cap."""
    try:
        results = _run(store, job)
        if isinstance(results, ox.QueryBoolean):
            return QueryAnswer("boolean", results.serialize(format=RESULT_FORMATS[job.result_format]))
        if isinstance(results, ox.QuerySolutions):
            return QueryAnswer("solutions", _solutions(store, job, results))
        triples = list(islice(results, job.max_rows + 1))
        _check_rows(len(triples), job.max_rows, "triples")
        fmt = GRAPH_FORMATS[job.graph_format]
        return QueryAnswer("graph", ox.serialize(triples, format=fmt) or b"")
    except SyntaxError as exc:
        raise QueryFailed(400, f"SPARQL syntax error: {exc}") from None
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryFailed(400, f"query failed: {exc}") from None


def _solutions(store: ox.Store, job: QueryJob, results: ox.QuerySolutions) -> bytes:
    """Count the rows first (stopping just past the cap), then serialise a second run with the
    engine's own writer: its serialiser takes only a whole result, never a capped one."""
    rows = sum(1 for _ in islice(results, job.max_rows + 1))
    _check_rows(rows, job.max_rows, "rows")
    return _run(store, job).serialize(format=RESULT_FORMATS[job.result_format])


def _run(store: ox.Store, job: QueryJob):
    """The query over the dataset the request names, or over the union of all graphs."""
    options: dict = {"use_default_graph_as_union": not job.default_graphs}
    if job.default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
    if job.named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    return store.query(job.sparql, **options)


def _check_rows(count: int, limit: int, what: str) -> None:
    if count > limit:
        raise QueryFailed(413, f"the result has more than {limit} {what}, the server's limit; add a LIMIT")


def _serve(conn: Connection, path: str) -> None:
    """Worker loop: answer jobs until the pipe closes."""
    store, generation = None, -1
    while True:
        try:
            job: QueryJob = conn.recv()
        except EOFError:
            return
        try:
            if store is None or job.generation != generation:
                store, generation = None, job.generation
                store = ox.Store.read_only(path)
            conn.send(("ok", execute(store, job)))
        except QueryFailed as exc:
            conn.send(("failed", exc.status, exc.message))
        except Exception as exc:
            conn.send(("failed", 500, f"query worker error: {exc}"))


@dataclass
class _Worker:
    process: multiprocessing.Process
    conn: Connection


@dataclass
class _Gate:
    """Readers (queries in workers) and a writer (the primary) never overlap."""

    cond: threading.Condition = field(default_factory=threading.Condition)
    readers: int = 0
    writing: bool = False


class QueryPool:
    def __init__(self, store_path: Path, size: int, timeout: float) -> None:
        self.path = str(store_path)
        self.timeout = timeout
        self.generation = 0
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._gate = _Gate()
        self._all: list[_Worker] = []
        self._lock = threading.Lock()
        for _ in range(size):
            self._idle.put(self._spawn())

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(target=_serve, args=(child, self.path), daemon=True, name="ckg-query")
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._all.append(worker)
        return worker

    def run(self, job: QueryJob) -> QueryAnswer:
        """Run a job in a worker; kill the worker and answer 503 when it overruns the time limit."""
        with self._reading():
            worker = self._idle.get()
            job = QueryJob(**{**job.__dict__, "generation": self.generation})
            try:
                worker.conn.send(job)
                if not worker.conn.poll(self.timeout):
                    self._replace(worker)
                    worker = None
                    raise QueryFailed(503, f"the query ran past the {self.timeout:g} s time limit and was stopped")
                reply = worker.conn.recv()
            except (EOFError, OSError, BrokenPipeError):
                self._replace(worker)
                worker = None
                raise QueryFailed(500, "the query worker died") from None
            finally:
                if worker is not None:
                    self._idle.put(worker)
        if reply[0] == "ok":
            return reply[1]
        raise QueryFailed(reply[1], reply[2])

    def _replace(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join(5)
        with self._lock:
            self._all.remove(worker)
        self._idle.put(self._spawn())

    @contextmanager
    def _reading(self):
        gate = self._gate
        with gate.cond:
            gate.cond.wait_for(lambda: not gate.writing)
            gate.readers += 1
        try:
            yield
        finally:
            with gate.cond:
                gate.readers -= 1
                gate.cond.notify_all()

    @contextmanager
    def writing(self):
        """Hold off queries while the primary writes; they reopen the store afterwards."""
        gate = self._gate
        with gate.cond:
            gate.cond.wait_for(lambda: not gate.writing)
            gate.writing = True
            gate.cond.wait_for(lambda: gate.readers == 0)
        try:
            yield
        finally:
            self.generation += 1
            with gate.cond:
                gate.writing = False
                gate.cond.notify_all()

    def close(self) -> None:
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            worker.conn.close()
            worker.process.kill()
            worker.process.join(5)
