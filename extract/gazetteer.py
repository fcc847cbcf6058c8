"""Domain knowledge kept as data: outlets, forces, organizations and regions.

The tables live in ``extract/data/*.tsv`` so that analysts can extend them without
touching code; this module only loads them and answers look-ups.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from extract.model import EntityType
from extract.vocab import Country, country_rows, vocab

ARMED_GROUP = "armed group"  # forces.tsv's kind for rebels, militias and jihadist groups: no state's army
POLICE = "police"  # the kind of the police made for each country forces.tsv leaves out
MISSION = "mission"  # forces.tsv's kind for a peacekeeping mission (UNIFIL), whose peacekeepers serve in it
GENDARMERIE = "gendarmerie"  # forces.tsv's kind for a country's gendarmerie, which "the gendarmes" serve in
MILITARY_MEDIA = "military media"  # organizations.tsv's kind for an army's press office (ISPR)
CAPITAL = "capital"  # a capital from countries.tsv: known when the model finds it, never matched by itself
_ARTICLE = re.compile(r"^(the)\s+", re.I)
_POSSESSIVE = re.compile(r"[’']s?\b", re.U)


@dataclass(frozen=True)
class Entry:
    """One known entity: its canonical name, class, the names it goes by, and its parent."""

    name: str
    type: EntityType
    kind: str
    aliases: tuple[str, ...]
    parent: str | None = None
    hosts: tuple[str, ...] = ()
    country: str = ""  # a force's country code, whose side it is on; an outlet's, where it is at home
    listed: bool = True  # written in the tables by hand, not made for a country they leave out


@lru_cache(maxsize=65536)
def normalize(name: str) -> str:
    """Fold case, accents, quotes, a leading "the" and spacing, so that variants meet (cached:
    resolution compares every name seen with every other)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").casefold().strip()
    text = _ARTICLE.sub("", text)
    text = re.sub(r"[^\w'./-]+", " ", text)
    return " ".join(text.split()).strip(" .'")


def _rows(filename: str) -> list[list[str]]:
    with resources.files("extract.data").joinpath(filename).open(encoding="utf-8") as handle:
        rows = csv.reader(handle, delimiter="\t")
        return [row + [""] * 5 for row in rows if row and not row[0].startswith("#")]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    found: list[Entry] = []
    for name, kind, country, aliases, hosts, *_ in _rows("outlets.tsv"):
        found.append(Entry(name, EntityType.OUTLET, kind, _split(aliases), hosts=_split(hosts), country=country))
    for name, etype, country, aliases, parent, kind, *_ in _rows("forces.tsv"):
        found.append(Entry(name, EntityType(etype), kind or "force", _split(aliases), parent or None, country=country))
    for name, kind, country, aliases, hosts, *_ in _rows("organizations.tsv"):
        # whose forces a ministry or an army's press office counts; no home for a think tank
        own = country if kind in ("ministry", MILITARY_MEDIA) else ""
        found.append(Entry(name, EntityType.ORGANIZATION, kind, _split(aliases), hosts=_split(hosts), country=own))
    for name, kind, parent, aliases, *_ in _rows("regions.tsv"):
        found.append(Entry(name, EntityType.REGION, kind, _split(aliases), parent or None))
    return tuple(found + _countries_not_listed(found))


def _countries_not_listed(listed: list[Entry]) -> list[Entry]:
    """The place, capital, armed forces, police and defence ministry of every country the
    hand-written rows leave out, under the names reporters give them ("Chad's army", "the
    Nigerien military", "Haitian police")."""
    known = {normalize(n) for e in listed for n in (e.name, *e.aliases)}
    found = []
    for country in country_rows():
        if normalize(country.name) not in known:
            found.append(Entry(country.name, EntityType.REGION, "country", (), listed=False))
        police = _police(country)  # also of a country listed by hand whose police no row names ("Mozambican")
        if not {normalize(n) for n in (police.name, *police.aliases)} & known:
            found.append(police)
        if country.capital and normalize(country.capital) not in known:
            found.append(Entry(country.capital, EntityType.REGION, CAPITAL, (), listed=False))
        if normalize(country.army) not in known:
            called = _forces_called(country.name, country.adjectives)
            found.append(Entry(country.army, EntityType.UNIT, "force", called, country=country.code, listed=False))
        ministry = f"{country.adjectives[0]} Ministry of Defence"
        called = _ministry_called(country.name, country.adjectives)
        if not {normalize(n) for n in (ministry, *called)} & known:
            found.append(Entry(ministry, EntityType.ORGANIZATION, "ministry", called, listed=False))
    return found


def _police(country: Country) -> Entry:
    """ "Haiti's National Police", "the Haitian police": a country's police, a security force."""
    owners = (*country.adjectives, f"{country.name}'s")
    kinds = ("police", "National Police", "National Police Service", "Police Service", "Police Force")
    called = (f"National Police of {country.name}", *(f"{o} {n}" for o in owners for n in kinds))
    name = f"{country.adjectives[0]} police"  # not every country's is called "National Police"
    return Entry(name, EntityType.UNIT, POLICE, called, country=country.code, listed=False)


def _forces_called(country: str, adjectives: tuple[str, ...]) -> tuple[str, ...]:
    """ "Chadian troops", "Chad's army", "the Benin Armed Forces": how reports name a country's forces."""
    owners = (*adjectives, country, f"{country}'s")
    nouns = ("army", "military", "armed forces", "forces", "troops")
    return (*(f"{o} {noun}" for o in owners for noun in nouns), f"Armed Forces of {country}")


def _ministry_called(country: str, adjectives: tuple[str, ...]) -> tuple[str, ...]:
    """ "Chad's defence ministry", "the Chadian Ministry of Defense", in both spellings."""
    owners = (*adjectives, f"{country}'s")
    names = ("defence ministry", "defense ministry", "Ministry of Defence", "Ministry of Defense")
    return tuple(f"{o} {n}" for o in owners for n in names)


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Entry]:
    index: dict[str, Entry] = {}
    for entry in entries():
        for name in (entry.name, *entry.aliases):
            index.setdefault(normalize(name), entry)
    return index


def lookup(name: str) -> Entry | None:
    """The known entity a surface form names, if any ("Kharkov" finds Kharkiv)."""
    return _by_name().get(normalize(name))


def country_of(place: str) -> str | None:
    """The country a known place lies in, by its parents ("Borno" → "Nigeria"), or itself."""
    entry, seen = lookup(place), 0
    while entry is not None and entry.kind != "country" and entry.parent and seen < 5:
        entry, seen = lookup(entry.parent), seen + 1
    return entry.name if entry is not None and entry.kind == "country" else None


@lru_cache(maxsize=64)
def national_army(country: str) -> Entry | None:
    """A country's state armed forces, by its code ("RU"): the force its nationality names."""
    armies = (lookup(name) for name in sorted(set(vocab().nationalities.values())))
    return next((a for a in armies if a is not None and country and a.country == country), None)


def country_force(country: str, kind: str) -> Entry | None:
    """A country's force of a kind (GENDARMERIE, POLICE), by the country's code ("BF"): forces.tsv's
    row, or for the police the one made for every country."""
    return next((e for e in entries() if e.kind == kind and country and e.country == country), None)


def provincial_police(place: str) -> Entry | None:
    """The police of the province a known place lies in ("Lakki Marwat" → the Khyber Pakhtunkhwa
    Police), where forces.tsv lists one: Pakistan's and India's police are provinces' and states'.
    A country's police is no province's ("based in Myanmar" names no police of an Indian story)."""
    entry, seen = lookup(place), 0
    while entry is not None and entry.kind != "country" and seen < 5:
        police = lookup(f"{entry.name} Police")
        if police is not None and police.type is EntityType.UNIT:
            return police
        entry, seen = (lookup(entry.parent) if entry.parent else None), seen + 1
    return None


@lru_cache(maxsize=512)
def country_code(name: str) -> str | None:
    """A country's code by its name ("Burkina Faso" → "BF")."""
    return next((c.code for c in country_rows() if c.name == name), None)


def mercenaries_among(names: Iterable[str], country: str) -> Entry | None:
    """The mercenary force of a country's side (Wagner, the Africa Corps) among names an article
    gives, whom its "mercenaries" or its "Russians" fighting abroad serve in."""
    known = (lookup(n) for n in names if normalize(n) in vocab().mercenary_forces)
    return next((e for e in known if e is not None and country and e.country == country), None)


def is_platform(name: str) -> bool:
    """Platforms carry statements (said on Telegram) but do not report them."""
    entry = lookup(name)
    return entry is not None and entry.kind == "platform"


@lru_cache(maxsize=1)
def _by_host() -> dict[str, str]:
    return {host: entry.name for entry in entries() for host in entry.hosts}


def publisher_for_url(url: str | None) -> str | None:
    """The outlet behind a URL, trying the host and then each parent domain."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    hosts = _by_host()
    parts = host.split(".")
    for i in range(len(parts) - 1):
        candidate = ".".join(parts[i:])
        if candidate in hosts:
            return hosts[candidate]
    return None
