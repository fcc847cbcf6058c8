"""From an `Extraction` to RDF: one named graph per article, plus shared entity descriptions.

The article's graph holds everything the article says (its metadata, mentions, the
relations and the claims behind them); the shared entities graph holds each entity's
class and its single rdfs:label, which the store recomputes as articles come and go.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode, Quad

from extract.model import Claim, Entity, EntityType, Extraction, Quantity, Role, Verification
from graph.iris import article_iri, claim_iri, entity_iri_of, mention_iri
from graph.namespaces import CKG, DCT, PROV, RDF, XSD

ROLE_PROPERTY = {
    Role.SAID: "saidBy",
    Role.CITED: "citedSource",
    Role.CORROBORATED: "corroboratedBy",
    Role.VIA: "reportedVia",
    Role.PUBLISHER: "publishedBy",
}
VERIFICATION_TERM = {
    Verification.ASSERTED: "Asserted",
    Verification.REPORTED: "Reported",
    Verification.ALLEGED: "Alleged",
    Verification.UNVERIFIED: "Unverified",
    Verification.CORROBORATED: "Corroborated",
}


def ckg(name: str) -> NamedNode:
    return NamedNode(CKG + name)


TYPE = NamedNode(RDF + "type")
NAME = ckg("name")
ALIAS = ckg("alias")


def text(value: str) -> Literal:
    return Literal(value)


def typed(value: object, datatype: str) -> Literal:
    return Literal(str(value), datatype=NamedNode(XSD + datatype))


def number(value: float) -> Literal:
    return typed(int(value) if float(value).is_integer() else value, "decimal")


@dataclass(frozen=True)
class ArticleGraph:
    """The quads of one article's graph, and the entities it describes."""

    graph: NamedNode
    quads: list[Quad]
    entities: dict[str, tuple[EntityType, str, frozenset[str]]]  # IRI -> (class, name, aliases) here


class _Builder:
    def __init__(self, graph: NamedNode) -> None:
        self.graph = graph
        self.quads: list[Quad] = []

    def add(self, s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> None:
        self.quads.append(Quad(s, p, o, self.graph))


def article_graph(extraction: Extraction) -> ArticleGraph:
    article = extraction.article
    doc = NamedNode(article_iri(article))
    b = _Builder(doc)
    iris = {e.key: NamedNode(entity_iri_of(e)) for e in extraction.entities}

    b.add(doc, TYPE, ckg("Article"))
    b.add(doc, ckg("text"), text(article.text))
    b.add(doc, ckg("sourceFile"), text(article.source))
    if article.title:
        b.add(doc, NamedNode(DCT + "title"), text(article.title))
    if article.url:
        b.add(doc, ckg("url"), typed(article.url, "anyURI"))
    if article.published:
        b.add(doc, NamedNode(DCT + "issued"), typed(article.published.isoformat(), "date"))
    if extraction.publisher:
        b.add(doc, NamedNode(DCT + "publisher"), iris[extraction.publisher])
        b.add(doc, NamedNode(PROV + "wasAttributedTo"), iris[extraction.publisher])

    for entity in extraction.entities:
        _entity(b, doc, iris[entity.key], entity, article)
    for claim in extraction.claims:
        _claim(b, doc, iris, claim, extraction)
    described = {iris[e.key].value: (e.type, e.name, frozenset(e.aliases)) for e in extraction.entities}
    return ArticleGraph(doc, b.quads, described)


def _entity(b: _Builder, doc: NamedNode, iri: NamedNode, entity: Entity, article) -> None:
    """What this article says of an entity; its class, label and aliases go to the shared graph."""
    b.add(iri, NAME, text(entity.name))
    for alias in sorted(entity.aliases):
        b.add(iri, ALIAS, text(alias))
    b.add(doc, ckg("mentions"), iri)
    for start, end in sorted(set(entity.mentions)):
        mention = NamedNode(mention_iri(article, start, end))
        b.add(mention, TYPE, ckg("Mention"))
        b.add(mention, ckg("refersTo"), iri)
        b.add(mention, ckg("inArticle"), doc)
        b.add(mention, ckg("start"), typed(start, "integer"))
        b.add(mention, ckg("end"), typed(end, "integer"))


def _claim(b: _Builder, doc: NamedNode, iris: dict[str, NamedNode], claim: Claim, extraction: Extraction) -> None:
    node = NamedNode(claim_iri(extraction.article, claim))
    subject = iris[claim.subject]
    predicate = ckg(claim.predicate.value)
    obj = iris[claim.object] if claim.object else text(claim.object_text or "")
    b.add(subject, predicate, obj)
    b.add(node, TYPE, ckg("Claim"))
    b.add(node, NamedNode(RDF + "subject"), subject)
    b.add(node, NamedNode(RDF + "predicate"), predicate)
    b.add(node, NamedNode(RDF + "object"), obj)
    b.add(node, ckg("evidence"), text(claim.sentence))
    b.add(node, ckg("evidenceStart"), typed(claim.start, "integer"))
    b.add(node, ckg("evidenceEnd"), typed(claim.end, "integer"))
    b.add(node, NamedNode(PROV + "wasDerivedFrom"), doc)
    b.add(node, ckg("verification"), ckg(VERIFICATION_TERM[claim.verification]))
    for attribution in claim.attributions:
        reporter = iris[attribution.reporter]
        b.add(node, ckg("reportedBy"), reporter)
        b.add(node, ckg(ROLE_PROPERTY[attribution.role]), reporter)
    for hedge in dict.fromkeys(claim.hedges):
        b.add(node, ckg("hedge"), text(hedge))
    if claim.event_date:
        b.add(node, ckg("eventDate"), typed(claim.event_date.isoformat(), "date"))
    if claim.date_text:
        b.add(node, ckg("dateText"), text(claim.date_text))
    for n, quantity in enumerate(claim.quantities, start=1):
        _quantity(b, node, NamedNode(f"{node.value}/quantity/{n}"), quantity)


def _quantity(b: _Builder, claim: NamedNode, node: NamedNode, quantity: Quantity) -> None:
    b.add(claim, ckg("quantity"), node)
    b.add(node, TYPE, ckg("Quantity"))
    b.add(node, ckg("qualifier"), text(quantity.qualifier))
    b.add(node, ckg("quantityText"), text(quantity.text))
    if quantity.unit:
        b.add(node, ckg("unit"), text(quantity.unit))
    for name in ("value", "minimum", "maximum"):
        value = getattr(quantity, name)
        if value is not None:
            b.add(node, ckg(name), number(value))
