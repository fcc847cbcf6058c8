"""From an `Article` to an `Extraction`: entities, claims, reporters, hedges and evidence."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import partial
from urllib.parse import urlsplit

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract import nlp as pipeline
from extract.attribution import (
    STATE_MEDIA,
    ReportEvent,
    Reporting,
    ReportRef,
    Review,
    attribute,
    cut_off_attribution,
    report_events,
    reviews,
    speakers,
)
from extract.clauses import Hit
from extract.gazetteer import lookup, normalize, publisher_for_url
from extract.hedges import resolve_date, verification
from extract.mentions import EntityTable
from extract.model import Article, Attribution, Claim, Entity, EntityType, Extraction, Predicate, Role, Verification
from extract.relations import find

_EVENTS = (Predicate.REFUSED, Predicate.LOST, Predicate.COMMANDED)


class Extractor:
    """Holds the loaded spaCy pipeline; one per process."""

    def __init__(self, model: str | None = None, nlp: Language | None = None) -> None:
        self.nlp = nlp or pipeline.load(model)

    def extract(self, article: Article) -> Extraction:
        return build(article, self.nlp(article.text))

    def pipe(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[Extraction]:
        """Batch through ``nlp.pipe``: the parser is the cost, and batching is what makes it cheap."""
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield build(article, doc)


def build(article: Article, doc: Doc) -> Extraction:
    table = EntityTable(doc, article.key, home=_home_country(article))
    _site_named(article, table)
    claims: list[tuple[Claim, ReportRef | None]] = []
    previous: list[Claim] = []
    dates = [e for e in doc.ents if e.label_ == "DATE"]  # once: each `sent.ents` rebuilds every entity
    for sent in doc.sents:
        verb = cut_off_attribution(sent)
        if verb is not None:
            _attribute_back(previous, verb, sent, table)
            continue
        previous = []
        for hit in find(sent, table):
            claim, unnamed = _claim(hit, sent, table, article, dates)
            claims.append((claim, unnamed))
            previous.append(claim)
    units = _units_of_groups([claim for claim, _ in claims], table)
    events = [replace(e, source=units.get(e.source, e.source)) for e in report_events(doc, table)]
    found_reviews = [replace(r, source=units.get(r.source, r.source)) for r in reviews(doc, table)]
    publisher = _publisher(article, table, found_reviews)
    homes = _fold_groups_into_units([claim for claim, _ in claims], table, units)
    claims = [(claim, unnamed) for claim, unnamed in claims if id(claim) not in homes]
    _place_refusals([claim for claim, _ in claims])
    _resolve_unnamed(claims, events, _wire_and_broadcast(table))
    _apply_reviews(claims, found_reviews, events, doc)
    final = [claim for claim, _ in claims if claim.subject != claim.object]  # a group folded into its own unit
    for claim in final:
        if not claim.attributions and publisher is not None:
            claim.attributions.append(Attribution(publisher, Role.PUBLISHER))
    used = {c.subject for c in final} | {c.object for c in final if c.object}
    used |= {a.reporter for c in final for a in c.attributions}
    entities = [e for e in table.entities.values() if e.mentions or e.key in used or e.key == publisher]
    return Extraction(article=article, publisher=publisher, entities=entities, claims=final)


def _claim(
    hit: Hit, sent: Span, table: EntityTable, article: Article, dates: list[Span]
) -> tuple[Claim, ReportRef | None]:
    reporting = attribute(hit.anchor, table)
    status, hedges = verification(sent, hit.anchor, partial(_no_party, hit, table))
    if reporting.unnamed_report and status is Verification.ASSERTED:
        status = Verification.REPORTED
    date_span = _date_near(sent, hit, dates)
    whole = sent.text
    text = whole.strip()
    start = sent.start_char + (len(whole) - len(whole.lstrip()))
    claim = Claim(
        subject=hit.subject,
        predicate=hit.predicate,
        object=hit.object,
        object_text=hit.object_text,
        sentence=text,
        start=start,
        end=start + len(text),
        attributions=list(reporting.attributions),
        verification=status,
        hedges=hedges,
        quantities=[hit.quantity] if hit.quantity else [],
        event_date=resolve_date(date_span.text, article.published) if date_span is not None else None,
        date_text=date_span.text if date_span is not None else None,
    )
    return claim, reporting.unnamed_report


def _no_party(hit: Hit, table: EntityTable, noun: Token) -> bool:
    """Whether a noun for men ("bandits") names others than the claim's subject and object: men
    of another entity, or men of none outside the words for what was lost."""
    if table.lemma(noun) not in table.v.personnel_nouns | table.v.insurgent_nouns:
        return False
    key = table.resolve(noun, create_groups=False)
    if key is None:
        return noun.text not in (hit.object_text or "")
    return key not in (hit.subject, hit.object)


def _attribute_back(claims: list[Claim], verb, sent: Span, table: EntityTable) -> None:
    """Give the claims of the sentence before their cut-off attribution, and its words as evidence."""
    reporting = Reporting()
    speakers(verb, set(), table, reporting)
    text = sent.doc.text
    for claim in claims:
        claim.attributions.extend(a for a in reporting.attributions if a not in claim.attributions)
        claim.end = sent.end_char - (len(sent.text) - len(sent.text.rstrip()))
        claim.sentence = text[claim.start : claim.end]


def _date_near(sent: Span, hit: Hit, dates: list[Span]) -> Span | None:
    """A date under the claim's own clause first, else any date in its sentence."""
    dates = [d for d in dates if sent.start <= d.start and d.end <= sent.end]
    inside = {t.i for t in hit.anchor.subtree}
    return next((d for d in dates if d.root.i in inside), dates[0] if dates else None)


def _publisher_name(article: Article) -> str | None:
    """The publisher the metadata names, or the outlet whose site the URL is on."""
    return article.publisher or publisher_for_url(article.url)


def _home_country(article: Article) -> str:
    """The country code of the outlet that published the article, where the gazetteer knows it."""
    named = _publisher_name(article)
    entry = lookup(named) if named else None
    return entry.country if entry is not None else ""


def _publisher(article: Article, table: EntityTable, found: list[Review]) -> str | None:
    """The agency of a wire dateline (the story's author, whoever carries it), else the publisher
    from metadata, else the outlet, or the think tank with a site of its own, that says it could
    not verify: they say that of themselves ("Insider was unable to verify the report", "ISW
    cannot independently verify this claim")."""
    named = _dateline_wire(table) or _publisher_name(article)
    if named:
        entry = lookup(named)
        if entry is None:
            return table.add_named(EntityType.OUTLET, named, normalize(named))
        return table.add_named(entry.type, entry.name, normalize(entry.name))  # a think tank publishes too
    for review in found:
        if not review.corroborates and review.reviewer and _publishes(table.entities[review.reviewer]):
            return review.reviewer
    return _site_owner(article.url, table)


def _dateline_wire(table: EntityTable) -> str | None:
    """ "Aden (AFP) - ..." on france24.com: an agency in the dateline's brackets wrote the story
    the site carries, and is its publisher for the claims nothing else attributes."""
    agency = pipeline.dateline_agency(table.doc)
    key = table.by_token.get(agency.i) if agency is not None else None
    return table.entities[key].name if key is not None and table.entities[key].type is EntityType.OUTLET else None


def _publishes(entity: Entity) -> bool:
    entry = lookup(entity.name)
    return entity.type is EntityType.OUTLET or (entry is not None and bool(entry.hosts))


def _site_named(article: Article, table: EntityTable) -> None:
    """ "a security source told Rudaw" at rudaw.net, an outlet the gazetteer does not know: the
    name that spells the site's host is the outlet, whatever the model took it for, before any
    claim asks who was told."""
    if _publisher_name(article):
        return
    label = _host_label(article.url)
    for entity in table.entities.values():
        compact = _spelled_together(entity)
        if entity.mentions and len(compact) > 3 and compact == label and entity.type is not EntityType.OUTLET:
            entity.type = EntityType.OUTLET


def _spelled_together(entity: Entity) -> str:
    """A name as a host spells it: "The Barents Observer" as "barentsobserver"."""
    return normalize(entity.name).replace(" ", "")


def _host_label(url: str | None) -> str:
    """The longest label of a URL's host before its top-level domain: "rudaw" of rudaw.net."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.") if url else ""
    return max(host.split(".")[:-1] or [host], key=len)


def _site_owner(url: str | None, table: EntityTable) -> str | None:
    """A site the gazetteer does not know: the outlet the text names whose name spells its host
    ("the Barents Observer" at thebarentsobserver.com), else the site itself, so that what the
    article says in its own voice still has someone saying it."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.") if url else ""
    if not host:
        return None
    label = _host_label(url)
    for entity in table.entities.values():
        compact = _spelled_together(entity)
        if entity.type is EntityType.OUTLET and entity.mentions and len(compact) > 3 and compact in label:
            return entity.key
    return _told_by_sources(table) or table.add_named(EntityType.OUTLET, host, host)


def _told_by_sources(table: EntityTable) -> str | None:
    """ "a military source told Aden Al-Ghad" at adengad.net: the one outlet unnamed sources
    talk to is the one publishing, however its host spells it."""
    told = {table.by_token.get(t.i) for t in table.doc if pipeline.told_by_a_source(t)}
    outlets = {k for k in told if k is not None and table.entities[k].type is EntityType.OUTLET}
    return outlets.pop() if len(outlets) == 1 else None


def _resolve_unnamed(
    claims: list[tuple[Claim, ReportRef | None]], events: list[ReportEvent], outlets: dict[str, str]
) -> None:
    """ "..., a report says": the source named for the same claim elsewhere, else the article's main
    report; "the statement said" points back to the last source before it; "state media reported"
    is the next outlet the article names reporting."""
    named: dict[tuple, list[Attribution]] = {}
    for claim, unnamed in claims:
        if not unnamed and claim.attributions:
            named.setdefault(_triple(claim), []).extend(claim.attributions)
    main = _main_report(events)
    for claim, unnamed in claims:
        if not unnamed:
            continue
        if unnamed.kind == STATE_MEDIA:
            named = (
                e
                for e in events
                if unnamed.position < e.position < unnamed.reach
                and e.source in outlets
                and outlets[e.source] in (unnamed.country, "")
            )
            outlet = next((e.source for e in named), None)  # "state media reported ... IRNA said", nothing later
            sources = [Attribution(outlet, Role.CITED)] if outlet else []
        elif unnamed.definite:  # "the video", "the statement": the one before, not a source of the same claim elsewhere
            source = _report_before(events, unnamed.position, None, unnamed.kind)
            sources = [Attribution(source, Role.CITED)] if source else named.get(_triple(claim), [])
        else:
            sources = named.get(_triple(claim)) or ([Attribution(main, Role.CITED)] if main else [])
        for att in sources:
            if all(a.reporter != att.reporter for a in claim.attributions):
                claim.attributions.append(Attribution(att.reporter, Role.CITED))


def _wire_and_broadcast(table: EntityTable) -> dict[str, str]:
    """The agencies and broadcasters the article names, with their home countries: what "state
    media" may be (a state's media are its news agency and television, not a site or a paper
    that quotes them, nor a foreign agency)."""
    kinds = ("agency", "news agency", "broadcaster", "tv")
    known = ((k, lookup(e.name)) for k, e in table.entities.items() if e.type is EntityType.OUTLET)
    return {k: entry.country for k, entry in known if entry is not None and entry.kind in kinds}


def _units_of_groups(claims: list[Claim], table: EntityTable) -> dict[str, str]:
    """ "40 soldiers from Sakhalin refused ..." then "The men, who serve in the 39th Brigade":
    soldiers the article later places in a unit are that unit's men, and what they did or
    said, it did or said."""
    joined = (Predicate.MEMBER_OF, Predicate.PART_OF)
    placed = {c.subject: c.object for c in claims if c.predicate in joined and c.subject in table.groups}
    units = {}
    for group, home in placed.items():  # "saboteurs" of "a unit" of HUR: HUR's
        seen = {group}
        while home in placed and home not in seen:
            seen.add(home)
            home = placed[home]
        if home not in table.groups:
            units[group] = home
    return units


def _fold_groups_into_units(claims: list[Claim], table: EntityTable, units: dict[str, str]) -> set[int]:
    """Puts each group's claims on its unit. Returns the ids of the claims placing such a group
    in its home region, which do not pass to the unit (the men come from there; the unit need
    not be based there)."""
    homes = {
        id(c)
        for c in claims
        if c.predicate is Predicate.LOCATED_IN and c.subject in units and c.object == table.groups[c.subject][1]
    }
    for claim in claims:
        claim.subject = units.get(claim.subject, claim.subject)
        claim.object = units.get(claim.object, claim.object) if claim.object else None
        claim.attributions = [Attribution(units.get(a.reporter, a.reporter), a.role) for a in claim.attributions]
    for group in units:
        table.entities[group].mentions.clear()
    return homes


def _place_refusals(claims: list[Claim]) -> None:
    """ "refused to return to positions in the Luhansk region" and later '"we are refusing to
    die for nothing"': a refusal told again without its place is the one place the article
    gives for that actor's refusal."""
    places: dict[str, set[str]] = {}
    for claim in claims:
        if claim.predicate is Predicate.REFUSED and claim.object is not None:
            places.setdefault(claim.subject, set()).add(claim.object)
    for claim in claims:
        where = places.get(claim.subject, set())
        if claim.predicate is Predicate.REFUSED and claim.object is None and len(where) == 1:
            claim.object = next(iter(where))


def _doubt_unnamed_account(claims: list[Claim], said: int) -> None:
    """ "could not verify their account" after "The women said ...": the events told before it
    in no one's name (or only carried by an outlet they told) are the unnamed relatives' (not the
    outlet's background, such as which army a regiment is part of)."""
    for claim in claims:
        unnamed = all(a.role is Role.VIA for a in claim.attributions)  # "their wives told X": told, by no one named
        if unnamed and claim.start < said and claim.predicate in _EVENTS:
            claim.verification = Verification.UNVERIFIED


def _triple(claim: Claim) -> tuple:
    return claim.subject, claim.predicate, claim.object


def _main_report(events: list[ReportEvent]) -> str | None:
    """The source an article leans on most: what an unnamed "a report says" stands for."""
    counts: dict[str, int] = {}
    for event in events:
        counts[event.source] = counts.get(event.source, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def _report_before(events: list[ReportEvent], position: int, besides: str | None, kind: str = "") -> str | None:
    """The source "the report" points back to: the last report of that kind before that point
    ("according to the investigation" after "an investigation by X found"), else the last
    source reporting anything."""
    earlier = [e for e in events if e.position < position and e.source != besides]
    alike = [e for e in earlier if kind and e.kind == kind]
    return (alike or earlier)[-1].source if earlier else None


def _apply_reviews(
    claims: list[tuple[Claim, ReportRef | None]], found: list[Review], events: list[ReportEvent], doc: Doc
) -> None:
    """Corroboration and doubt attach to the claims of the report they speak of; "neither side's
    figures could be verified" to every side's claims made before it."""
    for review in found:
        said = doc[review.position].idx
        if review.unnamed:
            _doubt_unnamed_account([claim for claim, _ in claims], said)
            continue
        besides = review.reviewer if review.corroborates else None  # one does not corroborate oneself
        source = review.source or _report_before(events, review.position, besides, review.kind)
        if source is None:
            continue
        for claim, _ in claims:
            sides = review.every_side and any(a.reporter != review.reviewer for a in claim.attributions)
            sides = sides and claim.start < said
            if all(a.reporter != source for a in claim.attributions) and not sides:
                continue
            if review.corroborates:
                if review.reviewer and all(a.reporter != review.reviewer for a in claim.attributions):
                    claim.attributions.append(Attribution(review.reviewer, Role.CORROBORATED))
                if review.hedge:
                    claim.hedges.append(review.hedge)
                if claim.verification is not Verification.UNVERIFIED:
                    claim.verification = Verification.CORROBORATED
            else:
                claim.verification = Verification.UNVERIFIED
