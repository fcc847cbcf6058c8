"""Relations read off the dependency parse, one finder per predicate.

Each finder walks a sentence's tokens and yields `Hit`s: who did what to whom, and the
token the relation hangs on, from which attribution and hedges are read. Negated and
hypothetical statements ("did not refuse", "could refuse") are not asserted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span

from extract.clauses import Hit
from extract.command import commanded
from extract.losses import lost
from extract.mentions import EntityTable
from extract.refusals import refused
from extract.structure import affiliated_with, located_in, member_of, part_of

FINDERS: tuple[Callable[[Span, EntityTable], Iterator[Hit]], ...] = (
    refused,
    commanded,
    lost,
    part_of,
    located_in,
    member_of,
    affiliated_with,
)


def find(sent: Span, table: EntityTable) -> list[Hit]:
    """Every relation in a sentence, once each."""
    hits: dict[tuple, Hit] = {}
    for finder in FINDERS:
        for hit in finder(sent, table):
            hits.setdefault((hit.subject, hit.predicate, hit.object, hit.object_text), hit)
    return list(hits.values())
