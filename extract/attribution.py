"""On whose word: reporters of a claim read from the clauses that govern it.

"X said/reported/wrote (on Telegram) that ...", "according to X", "..., citing Y",
"..., a report says", "X corroborated the report" and "X could not verify the report".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from extract import gazetteer
from extract.gazetteer import normalize
from extract.mentions import EntityTable
from extract.model import Attribution, EntityType, Role
from extract.vocab import vocab

REPORTERS = {EntityType.OUTLET, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.UNIT}
_UNABLE = re.compile(r"\b(could not|couldn't|cannot|can't|unable to|not able to|did not|has not|have not)\b", re.I)


@dataclass
class Reporting:
    """The attributions found for one claim, and whether it rests on an unnamed report."""

    attributions: list[Attribution] = field(default_factory=list)
    unnamed_report: bool = False

    def add(self, key: str | None, role: Role) -> None:
        if key is not None and all(a.reporter != key for a in self.attributions):
            self.attributions.append(Attribution(key, role))


def reporter(tok: Token, table: EntityTable) -> str | bool | None:
    """The entity a reporting phrase names; True for an unnamed report; None for nothing usable."""
    v = vocab()
    key = table.resolve(tok, create_groups=False)
    if key is None:
        lemma = tok.lemma_.lower()
        if lemma in v.report_nouns:
            return True
        if lemma in v.person_roles and tok.pos_ == "NOUN":
            return unnamed_person(tok, table)
        return None
    entity = table.entities[key]
    if entity.type not in REPORTERS or gazetteer.is_platform(entity.name):
        return None
    return key


def unnamed_person(noun: Token, table: EntityTable) -> str:
    """ "a Kremlin spokesman": a person known by role, one per article (two articles' spokesmen may differ)."""
    words = [t for t in noun.lefts if t.dep_ in ("compound", "amod") and not t.like_num] + [noun]
    span = noun.doc[words[0].i : noun.i + 1]
    name = " ".join(t.text for t in words)
    identity = f"{normalize(name)} in {table.article_key[:8]}"
    key = table.add(EntityType.PERSON, name, identity, span)
    table.entities[key].roles.add(noun.lemma_.lower())
    return key


def _according_to(node: Token) -> list[Token]:
    return [
        obj
        for prep in node.children
        if prep.dep_ == "prep" and prep.lower_ == "according"
        for to in prep.children
        if to.lower_ == "to"
        for obj in to.children
        if obj.dep_ == "pobj"
    ]


def _citing(node: Token) -> list[Token]:
    return [
        obj
        for clause in node.children
        if clause.lemma_.lower() == "cite" and clause.dep_ in ("advcl", "xcomp", "conj", "acl")
        for obj in clause.children
        if obj.dep_ == "dobj"
    ]


def _venues(verb: Token, table: EntityTable) -> list[str]:
    """ "admitted on Sky News": a news outlet the statement was made on (platforms are not reporters)."""
    found = []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in vocab().platforms_prep:
            for obj in prep.children:
                key = table.at(obj)
                if (
                    key
                    and table.entities[key].type is EntityType.OUTLET
                    and not gazetteer.is_platform(table.entities[key].name)
                ):
                    found.append(key)
    return found


def attribute(anchor: Token, table: EntityTable) -> Reporting:
    """Climb from the token a claim hangs on to the sentence root, collecting who stands behind it."""
    v = vocab()
    result = Reporting()
    path = {anchor.i}
    node = anchor
    while True:
        for obj in _according_to(node):
            _note(result, reporter(obj, table), Role.CITED)
        for obj in _citing(node):
            _note(result, reporter(obj, table), Role.CITED)
        if node.i != anchor.i and node.lemma_.lower() in v.say_verbs and node.pos_ in ("VERB", "AUX"):
            role = Role.SAID
            for subj in node.children:
                if subj.dep_ == "nsubj" and subj.i not in path:
                    _note(result, reporter(subj, table), role)
            for key in _venues(node, table):
                result.add(key, Role.VIA)
        if node.head == node:
            break
        node = node.head
        path.add(node.i)
    return result


def _note(result: Reporting, found: str | bool | None, role: Role) -> None:
    if found is True:
        result.unnamed_report = True
    elif isinstance(found, str):
        result.add(found, role)


@dataclass(frozen=True)
class ReportEvent:
    """An outlet reporting something at a place in the text: what "the report" can point back to."""

    position: int
    outlet: str


def report_events(doc: Doc, table: EntityTable) -> list[ReportEvent]:
    """Every outlet that says, reports, or is cited, in text order."""
    v = vocab()
    events = []
    for tok in doc:
        sources: list[Token] = []
        if tok.lemma_.lower() in v.say_verbs and tok.pos_ == "VERB":
            sources = [c for c in tok.children if c.dep_ == "nsubj"]
        sources += _according_to(tok) + _citing(tok)
        for src in sources:
            key = reporter(src, table)
            if isinstance(key, str) and table.entities[key].type is EntityType.OUTLET:
                events.append(ReportEvent(tok.i, key))
    return events


@dataclass(frozen=True)
class Review:
    """A statement about "the report": someone corroborates it, or could not verify it."""

    position: int
    reviewer: str | None
    corroborates: bool
    hedge: str | None


def reviews(doc: Doc, table: EntityTable) -> list[Review]:
    """ "X appeared to corroborate the report", "Insider was unable to verify the report"."""
    v = vocab()
    found = []
    for sent in doc.sents:
        for tok in sent:
            if tok.lemma_.lower() not in v.corroborate_verbs or tok.pos_ != "VERB":
                continue
            if not any(c.dep_ == "dobj" and c.lemma_.lower() in v.report_nouns for c in tok.children):
                continue
            subj = _clause_subject(tok)
            key = reporter(subj, table) if subj is not None else None
            before = sent.doc[sent.start : tok.i].text
            doubt = bool(_UNABLE.search(before)) or any(c.dep_ == "neg" for c in tok.children)
            hedge = None
            if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("appear", "seem"):
                hedge = f"{tok.head.text} to {tok.text}"
            found.append(Review(tok.i, key if isinstance(key, str) else None, not doubt, hedge))
    return found


def _clause_subject(tok: Token) -> Token | None:
    while True:
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or tok.head == tok:
            return subj
        tok = tok.head


def sentence_of(doc: Doc, position: int) -> Span:
    return doc[position].sent
