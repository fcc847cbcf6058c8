"""HTTP against the engine: a 2-hop neighbourhood and who-reported-what on a 1M-triple store.

Builds a synthetic store of about a million triples through the real write path (articles
about units, people and outlets, with hubs such as Russia and Ukraine in most of them), starts
`ckg serve` on it, and times each question through HTTP and directly on pyoxigraph, side by
side in one run, printing medians, p95 and the ratio.

    .venv/bin/python bench/service.py [--triples 1000000] [--rounds 200]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from extract.model import (  # noqa: E402
    Article,
    Attribution,
    Claim,
    Entity,
    EntityType,
    Extraction,
    Predicate,
    Quantity,
    Role,
)
from graph import queries  # noqa: E402
from graph.mapping import article_graph  # noqa: E402
from graph.store import GraphStore  # noqa: E402
from tests.server import running  # noqa: E402

PREDICATES = [Predicate.REFUSED, Predicate.COMMANDED, Predicate.LOST, Predicate.PART_OF, Predicate.MEMBER_OF]


def synthetic_article(n: int, rng: random.Random) -> Extraction:
    """An article about a few of 3,000 units, 4,000 people and 200 outlets, always naming the hubs."""
    units = [Entity(f"u{i}", EntityType.UNIT, f"{i}th Brigade", f"{i}th brigade") for i in rng.sample(range(3000), 6)]
    people = [Entity(f"p{i}", EntityType.PERSON, f"Person {i}", f"person {i}") for i in rng.sample(range(4000), 5)]
    outlets = [Entity(f"o{i}", EntityType.OUTLET, f"Outlet {i}", f"outlet {i}") for i in rng.sample(range(200), 3)]
    hubs = [Entity(h, EntityType.REGION, h, h.lower()) for h in ("Russia", "Ukraine")]
    entities = units + people + outlets + hubs
    for e in entities:
        e.mentions = [(rng.randrange(0, 2000), rng.randrange(2000, 4000)) for _ in range(3)]
    text = " ".join(f"Sentence {k} of article {n} about the war." for k in range(60))
    claims = []
    for k in range(24):
        predicate = rng.choice(PREDICATES)
        subject = rng.choice(people if predicate in (Predicate.COMMANDED, Predicate.MEMBER_OF) else units)
        target = rng.choice(hubs + units) if predicate is not Predicate.LOST else None
        claims.append(
            Claim(
                subject=subject.key,
                predicate=predicate,
                object=target.key if target else None,
                object_text=None if target else "heavy losses",
                sentence=f"Sentence {k} of article {n} about the war.",
                start=k * 40,
                end=k * 40 + 38,
                attributions=[Attribution(rng.choice(outlets).key, Role.SAID), Attribution(outlets[0].key, Role.CITED)],
                quantities=[Quantity(text="at least 10", qualifier="at least", value=10, minimum=10)],
            )
        )
    article = Article(text=text, source=f"bench-{n}", title=f"Article {n}", url=f"https://bench.example/{n}",
                      published=date(2023, 1, 1))  # fmt: skip
    return Extraction(article=article, publisher=outlets[0].key, entities=entities, claims=claims)


def build(path: Path, triples: int) -> int:
    store = GraphStore(path)
    rng = random.Random(7)
    n = 0
    while len(store.ox) < triples:
        store.write_article(article_graph(synthetic_article(n, rng)))
        n += 1
    store.flush()
    size = len(store.ox)
    del store
    return size


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def report(name: str, direct: list[float], http: list[float]) -> None:
    d50, h50 = statistics.median(direct), statistics.median(http)
    d95, h95 = (statistics.quantiles(x, n=20)[18] for x in (direct, http))
    print(f"{name:22} direct p50 {d50:6.1f} ms p95 {d95:6.1f} | HTTP p50 {h50:6.1f} ms p95 {h95:6.1f} "
          f"| HTTP/direct {h50 / d50:4.2f}x (goal <= 1.5x, both p50 < 25 ms)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "store"
        started = time.perf_counter()
        size = build(path, args.triples)
        print(f"built a store of {size} quads in {time.perf_counter() - started:.0f} s")
        with running(path, "--workers", "1") as base:
            direct_store = GraphStore(path, read_only=True)
            client = httpx.Client(base_url=base)
            center = queries.entity_iri("unit/100th-brigade")
            cases = {
                "2-hop neighbourhood": (
                    lambda: queries.neighborhood(direct_store, center, hops=2),
                    lambda: client.get("/entities/unit/100th-brigade/neighborhood", params={"hops": 2}),
                ),
                "who reported what": (
                    lambda: queries.reports_about(direct_store, center),
                    lambda: client.get("/entities/unit/100th-brigade/reports"),
                ),
            }
            for name, (direct, http) in cases.items():
                direct(), http()  # warm up
                d, h = [], []
                for _ in range(args.rounds):
                    d.append(timed(direct))
                    h.append(timed(http))
                report(name, d, h)


if __name__ == "__main__":
    main()
