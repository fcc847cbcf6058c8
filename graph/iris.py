"""Stable, readable IRIs: the same entity gets the same IRI in every article and every run."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from extract.model import Article, Claim, Entity, EntityType
from graph.namespaces import ID

_MAX_SLUG = 80


def slug(text: str) -> str:
    """Lower-case words joined by hyphens; accents folded, other scripts percent-encoded."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    words = re.sub(r"[^\w]+", "-", folded).strip("-_")
    if not words:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    if len(words) > _MAX_SLUG:
        digest = hashlib.sha256(words.encode("utf-8")).hexdigest()[:8]
        words = f"{words[:_MAX_SLUG].rstrip('-')}-{digest}"
    return quote(words, safe="-_")


def entity_iri(etype: EntityType, identity: str) -> str:
    return f"{ID}{etype.value.lower()}/{slug(identity)}"


def entity_iri_of(entity: Entity) -> str:
    return entity_iri(entity.type, entity.identity)


def article_iri(article: Article) -> str:
    return f"{ID}article/{article.key}"


def claim_iri(article: Article, claim: Claim) -> str:
    """Keyed by what the claim says and where, so re-ingest yields the same IRI."""
    basis = "|".join(
        [
            article.key,
            claim.subject,
            claim.predicate.value,
            claim.object or "",
            claim.object_text or "",
            str(claim.start),
        ]
    )
    return f"{ID}claim/{hashlib.sha256(basis.encode('utf-8')).hexdigest()[:20]}"


def mention_iri(article: Article, start: int, end: int) -> str:
    return f"{article_iri(article)}/mention/{start}-{end}"
