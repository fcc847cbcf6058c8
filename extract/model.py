"""Plain, typed results of reading and extraction.

Extractors hand these objects to the graph layer; nothing here knows about RDF,
so the extraction can be tested, pickled across processes and reused without a store.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class EntityType(StrEnum):
    """The five entity classes of the graph contract."""

    UNIT = "Unit"
    PERSON = "Person"
    OUTLET = "Outlet"
    REGION = "Region"
    ORGANIZATION = "Organization"


class Predicate(StrEnum):
    """Relations the graph contract names; each is asserted and also kept as a claim."""

    REFUSED = "refused"
    COMMANDED = "commanded"
    LOST = "lost"
    PART_OF = "partOf"
    LOCATED_IN = "locatedIn"
    MEMBER_OF = "memberOf"
    AFFILIATED_WITH = "affiliatedWith"


class Role(StrEnum):
    """How a reporter stands behind a claim; each maps to a sub-property of ckg:reportedBy."""

    SAID = "said"  # the speaker or author: "X said/wrote/reported that ..."
    CITED = "cited"  # a source a reporter cites: "..., citing Y", "according to Y"
    CORROBORATED = "corroborated"  # "X confirmed/corroborated the report"
    VIA = "via"  # the news outlet a statement was made on: "said on Sky News"
    PUBLISHER = "publisher"  # the article's publisher, when nothing else is named


class Verification(StrEnum):
    """How far the reporting vouches for a claim."""

    ASSERTED = "asserted"
    REPORTED = "reported"  # "reportedly", "a report says"
    ALLEGED = "alleged"
    UNVERIFIED = "unverified"  # "could not independently verify"
    CORROBORATED = "corroborated"


@dataclass(frozen=True)
class Article:
    """One news article as read from a file, a JSON line or an HTTP body."""

    text: str
    source: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    publisher: str | None = None

    @property
    def key(self) -> str:
        """Identity for re-ingest: the same URL, else the same text, is the same article."""
        basis = self.url.strip() if self.url else " ".join(self.text.split())
        return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:20]


@dataclass
class Entity:
    """An entity resolved within one article; `name` decides its identity across articles."""

    key: str
    type: EntityType
    name: str
    identity: str  # what makes two entities one, in every article: it decides the IRI
    aliases: set[str] = field(default_factory=set)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)  # "activist", "newspaper": how the text describes it


@dataclass(frozen=True)
class Quantity:
    """A hedged count such as "at least 60 paratroopers" or "between 7,000 and 15,000"."""

    text: str
    qualifier: str  # exact, at least, up to, about, between, more than, fewer than
    unit: str | None = None
    value: float | None = None
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class Attribution:
    """One reporter of a claim and the way it reports it."""

    reporter: str  # Entity.key
    role: Role


@dataclass
class Claim:
    """A relation some source reports, with the sentence and offsets it came from."""

    subject: str  # Entity.key
    predicate: Predicate
    object: str | None  # Entity.key, or None when `object_text` describes it
    object_text: str | None
    sentence: str
    start: int
    end: int
    attributions: list[Attribution] = field(default_factory=list)
    verification: Verification = Verification.ASSERTED
    hedges: list[str] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    event_date: date | None = None
    date_text: str | None = None


@dataclass
class Extraction:
    """Everything one article yields, ready for the graph layer."""

    article: Article
    publisher: str | None  # Entity.key of the publisher, when known
    entities: list[Entity]
    claims: list[Claim]

    def entity(self, key: str) -> Entity:
        return next(e for e in self.entities if e.key == key)
