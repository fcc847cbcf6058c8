"""The questions the service answers, as SPARQL run on the engine, returning plain data.

Every query here is bounded (by VALUES, LIMIT or the caller's limits), so it can run in the
server's own process without the time limit that guards user-written SPARQL.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from graph.mapping import ROLE_PROPERTY
from graph.namespaces import CKG, ENTITIES_GRAPH, ID, RDF, RDFS, sparql_prefixes
from graph.store import GraphStore

RELATIONS = ("refused", "commanded", "lost", "partOf", "locatedIn", "memberOf", "affiliatedWith")
ROLES = {CKG + prop: role.value for role, prop in ROLE_PROPERTY.items()}
P = sparql_prefixes()


def _v(term) -> str | None:
    return None if term is None else term.value


def _iris(iris) -> str:
    return " ".join(f"<{i}>" for i in iris)


def _literal(text: str) -> str:
    return str(ox.Literal(text))


_ID_PATTERN = re.compile(r"^[a-z]+/[A-Za-z0-9._~%-]+$")


def entity_iri(entity_id: str) -> str:
    """ "unit/331st-regiment" to its IRI; the id is the IRI's path below /id/. Ids that could
    not have been minted here (spaces, angle brackets) are refused before they reach a query."""
    entity_id = entity_id.strip("/")
    if not _ID_PATTERN.match(entity_id):
        raise ValueError(f"not an entity id: {entity_id!r}")
    return ID + entity_id


def entity_id(iri: str) -> str:
    return iri.removeprefix(ID)


# -- search and cards ------------------------------------------------------------------------
def search_entities(store: GraphStore, q: str, etype: str | None = None, limit: int = 20) -> list[dict]:
    """Labels and aliases containing every word of q, case-insensitive; exact, then prefix,
    then word-prefix, then substring matches, shorter names first."""
    words = [w for w in re.split(r"\s+", q.casefold().strip()) if w]
    if not words:
        return []
    filters = " ".join(f"FILTER(CONTAINS(LCASE(STR(?name)), {_literal(w)}))" for w in words)
    type_filter = f"FILTER(?type = ckg:{etype})" if etype else ""
    rows = store.query(
        P
        + f"""SELECT DISTINCT ?e ?label ?type ?name WHERE {{
            {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e rdfs:label ?name }} }} UNION {{ ?e skos:altLabel ?name }}
            {filters}
            GRAPH <{ENTITIES_GRAPH}> {{ ?e a ?type ; rdfs:label ?label }}
            {type_filter}
        }}""",
    )
    best: dict[str, tuple] = {}
    phrase = " ".join(words)
    for row in rows:
        name = row["name"].value.casefold()
        rank = 0 if name == phrase else 1 if name.startswith(phrase) else 2 if f" {phrase}" in name else 3
        key = (rank, len(row["label"].value), row["label"].value)
        iri = row["e"].value
        if iri not in best or key < best[iri][0]:
            best[iri] = (key, row["label"].value, row["type"].value, row["name"].value)
    ranked = sorted(best.items(), key=lambda kv: kv[1][0])[:limit]
    return [
        {"id": entity_id(iri), "iri": iri, "label": label, "type": t.removeprefix(CKG), "matched": name}
        for iri, (_, label, t, name) in ranked
    ]


def entity_exists(store: GraphStore, iri: str) -> bool:
    return bool(store.query(f"ASK {{ GRAPH <{ENTITIES_GRAPH}> {{ <{iri}> a ?t }} }}"))


def entity_card(store: GraphStore, iri: str) -> dict | None:
    """Classes, labels, aliases, relations both ways, reporters, and the articles that mention it."""
    head = list(
        store.query(
            P + f"SELECT ?label ?type WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ <{iri}> rdfs:label ?label ; a ?type }} }}"
        )
    )
    if not head:
        return None
    aliases = sorted({_v(r["a"]) for r in store.query(P + f"SELECT DISTINCT ?a WHERE {{ <{iri}> skos:altLabel ?a }}")})
    articles = [
        {"id": entity_id(_v(r["d"])), "iri": _v(r["d"]), "title": _v(r["title"]), "date": _v(r["date"])}
        for r in store.query(
            P
            + f"""SELECT DISTINCT ?d ?title ?date WHERE {{ ?d ckg:mentions <{iri}> .
                OPTIONAL {{ ?d dct:title ?title }} OPTIONAL {{ ?d dct:issued ?date }} }} ORDER BY ?date"""
        )
    ]
    reports = reports_about(store, iri)
    relations = sorted(
        {(r["subject"]["label"], r["predicate"], (r["object"] or {}).get("label") or r["object_text"]) for r in reports}
    )
    reporters = sorted({(p["label"], p["role"]) for r in reports for p in r["reporters"]})
    return {
        "id": entity_id(iri),
        "iri": iri,
        "label": head[0]["label"].value,
        "types": sorted({r["type"].value.removeprefix(CKG) for r in head}),
        "aliases": [a for a in aliases if a != head[0]["label"].value],
        "relations": [{"subject": s, "predicate": p, "object": o} for s, p, o in relations],
        "claims_as_subject": sum(1 for r in reports if r["subject"]["iri"] == iri),
        "claims_as_object": sum(1 for r in reports if (r["object"] or {}).get("iri") == iri),
        "reporters": [{"label": label, "role": role} for label, role in reporters],
        "articles": articles,
    }


# -- who reported what -------------------------------------------------------------------------
def reports_about(store: GraphStore, iri: str, limit: int = 500) -> list[dict]:
    """Every claim with the entity as subject or object, with its reporters, hedges and article.

    The claims are found first and described second, through VALUES: bound that way, the
    engine starts from a handful of claims instead of joining against all of them.
    """
    found = store.query(
        f"SELECT DISTINCT ?claim WHERE {{ {{ ?claim <{RDF}subject> <{iri}> }} UNION "
        f"{{ ?claim <{RDF}object> <{iri}> }} }} LIMIT {limit}"
    )
    claims = [row["claim"].value for row in found]
    if not claims:
        return []
    core = list(
        store.query(
            P
            + f"""SELECT DISTINCT ?claim ?s ?sl ?p ?o ?ol ?evidence ?start ?end ?v ?date ?dateText
                ?doc ?title ?url ?issued ?pub
            WHERE {{
              VALUES ?claim {{ {_iris(claims)} }}
              ?claim rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ckg:evidence ?evidence ;
                     ckg:evidenceStart ?start ; ckg:evidenceEnd ?end ; ckg:verification ?v ;
                     prov:wasDerivedFrom ?doc .
              ?s rdfs:label ?sl .
              OPTIONAL {{ ?o rdfs:label ?ol }}
              OPTIONAL {{ ?claim ckg:eventDate ?date }} OPTIONAL {{ ?claim ckg:dateText ?dateText }}
              OPTIONAL {{ ?doc dct:title ?title }} OPTIONAL {{ ?doc ckg:url ?url }}
              OPTIONAL {{ ?doc dct:issued ?issued }}
              OPTIONAL {{ ?doc dct:publisher/rdfs:label ?pub }}
            }} ORDER BY DESC(?issued) ?doc ?start ?p ?claim"""
        )
    )
    extra = _claim_details(store, claims)
    out = []
    for r in core:
        claim = r["claim"].value
        obj = r["o"]
        out.append(
            {
                "claim": claim,
                "subject": {"iri": r["s"].value, "id": entity_id(r["s"].value), "label": r["sl"].value},
                "predicate": r["p"].value.removeprefix(CKG),
                "object": (
                    {"iri": obj.value, "id": entity_id(obj.value), "label": _v(r["ol"])}
                    if isinstance(obj, ox.NamedNode)
                    else None
                ),
                "object_text": obj.value if isinstance(obj, ox.Literal) else None,
                "reporters": extra[claim]["reporters"],
                "verification": r["v"].value.removeprefix(CKG).lower(),
                "hedges": extra[claim]["hedges"],
                "quantities": extra[claim]["quantities"],
                "event_date": _v(r["date"]),
                "date_text": _v(r["dateText"]),
                "evidence": r["evidence"].value,
                "evidence_start": int(r["start"].value),
                "evidence_end": int(r["end"].value),
                "article": {
                    "iri": r["doc"].value,
                    "id": entity_id(r["doc"].value),
                    "title": _v(r["title"]),
                    "url": _v(r["url"]),
                    "date": _v(r["issued"]),
                    "publisher": _v(r["pub"]),
                },
            }
        )
    return out


def _claim_details(store: GraphStore, claims: list[str]) -> dict[str, dict]:
    details: dict[str, dict] = defaultdict(lambda: {"reporters": [], "hedges": [], "quantities": []})
    rows = store.query(
        P
        + f"""SELECT DISTINCT ?claim ?prop ?who ?label ?type WHERE {{
            VALUES ?claim {{ {_iris(claims)} }}
            ?claim ?prop ?who . ?prop rdfs:subPropertyOf ckg:reportedBy .
            ?who rdfs:label ?label ; a ?type . FILTER(STRSTARTS(STR(?type), STR(ckg:)))
        }} ORDER BY ?claim ?label"""
    )
    for r in rows:
        details[r["claim"].value]["reporters"].append(
            {
                "iri": r["who"].value,
                "id": entity_id(r["who"].value),
                "label": r["label"].value,
                "type": r["type"].value.removeprefix(CKG),
                "role": ROLES.get(r["prop"].value, "reported"),
            }
        )
    for r in store.query(
        P + f"SELECT DISTINCT ?claim ?h WHERE {{ VALUES ?claim {{ {_iris(claims)} }} ?claim ckg:hedge ?h }}"
    ):
        details[r["claim"].value]["hedges"].append(r["h"].value)
    quantities = store.query(
        P
        + f"""SELECT DISTINCT ?claim ?text ?qualifier ?unit ?value ?min ?max WHERE {{
            VALUES ?claim {{ {_iris(claims)} }}
            ?claim ckg:quantity ?q . ?q ckg:quantityText ?text ; ckg:qualifier ?qualifier .
            OPTIONAL {{ ?q ckg:unit ?unit }} OPTIONAL {{ ?q ckg:value ?value }}
            OPTIONAL {{ ?q ckg:minimum ?min }} OPTIONAL {{ ?q ckg:maximum ?max }}
        }}"""
    )
    for r in quantities:
        details[r["claim"].value]["quantities"].append(
            {
                "text": r["text"].value,
                "qualifier": r["qualifier"].value,
                "unit": _v(r["unit"]),
                "value": _number(r["value"]),
                "minimum": _number(r["min"]),
                "maximum": _number(r["max"]),
            }
        )
    return details


def _number(term) -> float | None:
    return None if term is None else float(term.value)


# -- neighborhoods ---------------------------------------------------------------------------
@dataclass
class Neighborhood:
    """Nodes and edges around an entity, and whether limits cut anything."""

    center: str
    nodes: dict[str, dict] = field(default_factory=dict)
    edges: list[dict] = field(default_factory=list)
    truncated: bool = False
    notes: list[str] = field(default_factory=list)


def neighborhood(
    store: GraphStore,
    center: str,
    hops: int = 1,
    limit: int = 50,
    predicates: list[str] | None = None,
    types: list[str] | None = None,
    per_node: int = 25,
) -> Neighborhood:
    """Breadth-first over relation triples, ranked by how many claims back each edge.

    Each node expands to at most `per_node` neighbours (its best-supported edges), so a hub such
    as Russia cannot flood a 2-hop query; the whole answer stops at `limit` nodes.
    """
    wanted = [p for p in (predicates or RELATIONS) if p in RELATIONS]
    result = Neighborhood(center=center)
    frontier = [center]
    seen = {center}
    for _ in range(hops):
        edges, cut = _edges_of(store, frontier, wanted, per_node)
        if cut:
            result.truncated = True
            result.notes.append(f"a node has over {per_node * 4} edges; ranked the first {per_node * 4} found")
        by_node: dict[str, list[dict]] = defaultdict(list)
        for edge in edges:
            by_node[edge["source"] if edge["source"] in frontier else edge["target"]].append(edge)
        next_frontier = []
        for node in frontier:
            ranked = sorted(by_node[node], key=lambda e: (-e["claims"], e["predicate"], e["target"]))
            if len(ranked) > per_node:
                result.truncated = True
                result.notes.append(f"{node} has {len(ranked)} edges; kept the {per_node} best supported")
                ranked = ranked[:per_node]
            for edge in ranked:
                other = edge["target"] if edge["source"] == node else edge["source"]
                if other not in seen and len(seen) >= limit:
                    result.truncated = True
                    continue
                if other not in seen:
                    seen.add(other)
                    next_frontier.append(other)
                if edge not in result.edges:
                    result.edges.append(edge)
        frontier = [n for n in next_frontier if not n.startswith("literal:")]
        if not frontier:
            break
    if len(seen) >= limit and result.truncated:
        result.notes.append(f"stopped at {limit} nodes")
    result.nodes = _describe(store, seen)
    if types:
        keep = {n for n, d in result.nodes.items() if n == center or d["type"] in types}
        result.nodes = {n: d for n, d in result.nodes.items() if n in keep}
        result.edges = [e for e in result.edges if e["source"] in keep and e["target"] in keep]
    return result


def _edges_of(store: GraphStore, nodes: list[str], predicates: list[str], per_node: int) -> tuple[list[dict], bool]:
    """Candidate edges of each node (at most a few times `per_node`, so a hub costs no more than
    any node), then the claims and reporters behind them; True when a node had more."""
    preds = ", ".join(f"ckg:{p}" for p in predicates)
    cap = per_node * 4
    candidates, cut = [], False
    for node in nodes:
        rows = list(
            store.query(
                P
                + f"""SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?n {{ <{node}> }}
                    {{ ?n ?p ?o BIND(?n AS ?s) }} UNION {{ ?s ?p ?n BIND(?n AS ?o) }}
                    FILTER(?p IN ({preds})) }} LIMIT {cap + 1}"""
            )
        )
        cut = cut or len(rows) > cap
        candidates += [(r["s"], r["p"], r["o"]) for r in rows[:cap]]
    if not candidates:
        return [], cut
    values = " ".join(f"({s} {p} {o})" for s, p, o in dict.fromkeys(candidates))
    rows = store.query(
        P
        + f"""SELECT ?s ?p ?o (COUNT(DISTINCT ?claim) AS ?claims)
            (GROUP_CONCAT(DISTINCT CONCAT(?rl, "\\t", STR(?rt)); separator="|") AS ?by)
            (MIN(COALESCE(STR(?issued), "9999-12-31")) AS ?first) (MAX(COALESCE(STR(?issued), "")) AS ?last)
        WHERE {{
          VALUES (?s ?p ?o) {{ {values} }}
          ?claim rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?doc .
          OPTIONAL {{ ?doc dct:issued ?issued }}
          OPTIONAL {{ ?claim ckg:reportedBy ?r . GRAPH <{ENTITIES_GRAPH}> {{ ?r rdfs:label ?rl ; a ?rt }} }}
        }} GROUP BY ?s ?p ?o"""
    )
    return [_edge(r) for r in rows], cut


def _edge(r) -> dict:
    """One relation edge: its ends, predicate, how many claims back it, who reported it, and when."""
    obj = r["o"]
    target = obj.value if isinstance(obj, ox.NamedNode) else f"literal:{obj.value}"
    reporters = [pair for pair in r["by"].value.split("|") if "\t" in pair]
    return {
        "source": r["s"].value,
        "target": target,
        "predicate": r["p"].value.removeprefix(CKG),
        "claims": int(r["claims"].value),
        "reporters": sorted({pair.split("\t")[0] for pair in reporters}),
        "reporter_types": {label: kind.removeprefix(CKG) for label, kind in (p.split("\t") for p in reporters)},
        "first_reported": _date(r["first"]),
        "last_reported": _date(r["last"]),
    }


def _date(term) -> str | None:
    """A date from an aggregate where undated articles stood in as the empty or far-future string."""
    value = _v(term)
    return value if value and value != "9999-12-31" else None


def whole_graph(store: GraphStore) -> Neighborhood:
    """Every entity and every relation between them, for files that tools such as Gephi open."""
    rows = store.query(
        P
        + f"""SELECT ?s ?p ?o (COUNT(DISTINCT ?claim) AS ?claims)
            (GROUP_CONCAT(DISTINCT CONCAT(?rl, "\\t", STR(?rt)); separator="|") AS ?by)
            (MIN(COALESCE(STR(?issued), "9999-12-31")) AS ?first) (MAX(COALESCE(STR(?issued), "")) AS ?last)
        WHERE {{
          ?claim a ckg:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?doc .
          OPTIONAL {{ ?doc dct:issued ?issued }}
          OPTIONAL {{ ?claim ckg:reportedBy ?r . GRAPH <{ENTITIES_GRAPH}> {{ ?r rdfs:label ?rl ; a ?rt }} }}
        }} GROUP BY ?s ?p ?o"""
    )
    result = Neighborhood(center="")
    result.edges = [_edge(r) for r in rows]
    nodes = {e["source"] for e in result.edges} | {e["target"] for e in result.edges}
    nodes |= {r["e"].value for r in store.query(f"SELECT ?e WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e a ?t }} }}")}
    result.nodes = _describe(store, nodes)
    return result


def _describe(store: GraphStore, nodes: set[str]) -> dict[str, dict]:
    iris = [n for n in nodes if not n.startswith("literal:")]
    described = {
        n: {"id": n, "label": n.removeprefix("literal:"), "type": "Literal", "claims": 0}
        for n in nodes
        if n.startswith("literal:")
    }
    if not iris:
        return described
    rows = store.query(
        P
        + f"""SELECT ?e ?label ?type (COUNT(DISTINCT ?c) AS ?claims) (MIN(?issued) AS ?first) WHERE {{
            VALUES ?e {{ {_iris(iris)} }}
            GRAPH <{ENTITIES_GRAPH}> {{ ?e rdfs:label ?label ; a ?type }}
            OPTIONAL {{ {{ ?c rdf:subject ?e }} UNION {{ ?c rdf:object ?e }} }}
            OPTIONAL {{ ?d ckg:mentions ?e ; dct:issued ?issued }}
        }} GROUP BY ?e ?label ?type"""
    )
    for r in rows:
        described[r["e"].value] = {
            "id": entity_id(r["e"].value),
            "iri": r["e"].value,
            "label": r["label"].value,
            "type": r["type"].value.removeprefix(CKG),
            "claims": int(r["claims"].value),
            "first_mentioned": _v(r["first"]),
        }
    return described


def neighborhood_triples(hood: Neighborhood) -> list[ox.Triple]:
    """The neighbourhood as RDF: relation triples with the labels and classes of their nodes."""
    triples = []
    for iri, node in hood.nodes.items():
        if node["type"] != "Literal":
            subject = ox.NamedNode(iri)
            triples.append(ox.Triple(subject, ox.NamedNode(RDF + "type"), ox.NamedNode(CKG + node["type"])))
            triples.append(ox.Triple(subject, ox.NamedNode(RDFS + "label"), ox.Literal(node["label"])))
    for edge in hood.edges:
        target = edge["target"]
        obj = ox.Literal(target.removeprefix("literal:")) if target.startswith("literal:") else ox.NamedNode(target)
        triples.append(ox.Triple(ox.NamedNode(edge["source"]), ox.NamedNode(CKG + edge["predicate"]), obj))
    return triples


# -- documents -------------------------------------------------------------------------------
def documents(store: GraphStore, limit: int = 100, offset: int = 0) -> list[dict]:
    rows = store.query(
        P
        + f"""SELECT ?d ?title ?url ?issued ?pub (COUNT(DISTINCT ?c) AS ?claims) (COUNT(DISTINCT ?e) AS ?entities)
        WHERE {{ ?d a ckg:Article . OPTIONAL {{ ?d dct:title ?title }} OPTIONAL {{ ?d ckg:url ?url }}
                 OPTIONAL {{ ?d dct:issued ?issued }} OPTIONAL {{ ?d dct:publisher/rdfs:label ?pub }}
                 OPTIONAL {{ ?c prov:wasDerivedFrom ?d }} OPTIONAL {{ ?d ckg:mentions ?e }} }}
        GROUP BY ?d ?title ?url ?issued ?pub ORDER BY DESC(?issued) ?d LIMIT {limit} OFFSET {offset}"""
    )
    return [
        {
            "id": entity_id(r["d"].value),
            "iri": r["d"].value,
            "title": _v(r["title"]),
            "url": _v(r["url"]),
            "date": _v(r["issued"]),
            "publisher": _v(r["pub"]),
            "claims": int(r["claims"].value),
            "entities": int(r["entities"].value),
        }
        for r in rows
    ]


def document(store: GraphStore, iri: str) -> dict | None:
    """An article with its text, the spans that mention entities, and its claims."""
    head = list(
        store.query(
            P
            + f"""SELECT ?text ?title ?url ?issued ?pub ?source WHERE {{ <{iri}> a ckg:Article ; ckg:text ?text .
                OPTIONAL {{ <{iri}> dct:title ?title }} OPTIONAL {{ <{iri}> ckg:url ?url }}
                OPTIONAL {{ <{iri}> dct:issued ?issued }} OPTIONAL {{ <{iri}> dct:publisher/rdfs:label ?pub }}
                OPTIONAL {{ <{iri}> ckg:sourceFile ?source }} }}"""
        )
    )
    if not head:
        return None
    h = head[0]
    mentions = [
        {
            "start": int(r["s"].value),
            "end": int(r["end"].value),
            "entity": entity_id(r["e"].value),
            "label": r["l"].value,
            "type": r["t"].value.removeprefix(CKG),
        }
        for r in store.query(
            P
            + f"""SELECT DISTINCT ?s ?end ?e ?l ?t WHERE {{ ?m ckg:inArticle <{iri}> ; ckg:refersTo ?e ; ckg:start ?s ;
                ckg:end ?end . GRAPH <{ENTITIES_GRAPH}> {{ ?e rdfs:label ?l ; a ?t }} }} ORDER BY ?s"""
        )
    ]
    claims = [
        {
            "claim": r["c"].value,
            "subject": r["sl"].value,
            "predicate": r["p"].value.removeprefix(CKG),
            "object": _v(r["ol"]) or r["o"].value,
            "start": int(r["s"].value),
            "end": int(r["e"].value),
        }
        for r in store.query(
            P
            + f"""SELECT DISTINCT ?c ?sl ?p ?o ?ol ?s ?e WHERE {{ ?c prov:wasDerivedFrom <{iri}> ;
                rdf:subject/rdfs:label ?sl ; rdf:predicate ?p ; rdf:object ?o ;
                ckg:evidenceStart ?s ; ckg:evidenceEnd ?e .
                OPTIONAL {{ ?o rdfs:label ?ol }} }} ORDER BY ?s"""
        )
    ]
    return {
        "id": entity_id(iri),
        "iri": iri,
        "title": _v(h["title"]),
        "url": _v(h["url"]),
        "date": _v(h["issued"]),
        "publisher": _v(h["pub"]),
        "source": _v(h["source"]),
        "text": h["text"].value,
        "mentions": mentions,
        "claims": claims,
    }
