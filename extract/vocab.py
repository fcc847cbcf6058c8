"""Word lists the extractors reason with, loaded once from ``data/vocab.json``."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple


class Vocab:
    """Attribute access to the lists, as frozensets of lower-case words."""

    def __init__(self, data: dict[str, Any]) -> None:
        for name, value in data.items():
            if name.startswith("_"):
                continue
            setattr(self, name, dict(value) if isinstance(value, dict) else frozenset(value))

    def __getattr__(self, name: str) -> Any:  # only reached for a missing list
        raise AttributeError(f"vocab.json has no list named {name!r}")


class Country(NamedTuple):
    """One row of ``countries.tsv``."""

    name: str
    adjectives: tuple[str, ...]  # its people's adjectives, the usual one first
    code: str
    army: str  # its armed forces' name
    capital: str


@lru_cache(maxsize=1)
def country_rows() -> tuple[Country, ...]:
    """``countries.tsv``, read once: both the word lists and the gazetteer draw on it."""
    text = resources.files("extract.data").joinpath("countries.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return tuple(Country(name, tuple(adj.split("|")), code, army, capital) for name, adj, code, army, capital in rows)


def _with_countries(data: dict[str, Any]) -> dict[str, Any]:
    """Every country's words beside the hand-written ones, which win where both speak: "Chadian"
    soldiers are Chad's armed forces' as "Russian" ones are Russia's. A people's name alone
    ("the Russians") stands for its forces only where `demonyms` says so, as for a war's sides:
    "Georgians fighting for Ukraine" are not Georgia's army."""
    for country in country_rows():
        dotted = (".".join(a) + "." for a in country.adjectives if a.isupper())  # "US" as "U.S."
        for word in (country.name.lower(), *(a.lower() for a in (*country.adjectives, *dotted))):
            data["nationalities"].setdefault(word, country.army)
            data["countries"].setdefault(word, country.adjectives[0])
    return data


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    text = resources.files("extract.data").joinpath("vocab.json").read_text(encoding="utf-8")
    return Vocab(_with_countries(json.loads(text)))


@lru_cache(maxsize=1)
def fighter_nouns() -> frozenset[str]:
    """Words for the men of a band that fights ("fighters", "rebels", "militants"), not for
    believers or critics ("islamists", "dissidents")."""
    v = vocab()
    return (v.insurgent_nouns - {"islamist", "dissident"}) | {"fighter", "combatant", "militiaman"}
