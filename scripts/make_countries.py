"""Write ``extract/data/countries.tsv`` from the countryinfo package's data.

Every country gets a place, its people's adjective and its armed forces, so that "Chadian
soldiers", "the Nigerien army" and "Chad's defence ministry" are read in an article about any
country, not only those the hand-written gazetteer rows cover. Run after changing the
overrides: ``pip install -e ".[data]" && python scripts/make_countries.py``.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from countryinfo import all_countries

DATA = Path(__file__).resolve().parent.parent / "extract" / "data"
MIN_POPULATION = 250_000  # sovereign states and large territories; not islands of a few thousand
# How reporters write them, where countryinfo's names or adjectives differ.
NAMES = {"The Gambia": "Gambia", "The Bahamas": "Bahamas", "Republic of Macedonia": "North Macedonia"}
DEMONYMS = {
    "Argentina": "Argentine|Argentinean",
    "Bosnia and Herzegovina": "Bosnian",
    "Cape Verde": "Cape Verdean",
    "China": "Chinese",
    "Democratic Republic of the Congo": "Congolese",
    "Djibouti": "Djiboutian",
    "Ecuador": "Ecuadorian|Ecuadorean",
    "France": "French",
    "Ivory Coast": "Ivorian",
    "Kazakhstan": "Kazakh|Kazakhstani",
    "Kyrgyzstan": "Kyrgyz|Kyrgyzstani",
    "Myanmar": "Myanmar|Burmese",
    "Philippines": "Philippine|Filipino",
    "Saudi Arabia": "Saudi|Saudi Arabian",
    "Slovenia": "Slovenian|Slovene",
    "United Arab Emirates": "Emirati",
    "United Kingdom": "British",
    "United States": "US|American",
    "Uzbekistan": "Uzbek",
    "Tajikistan": "Tajik",
    "Turkmenistan": "Turkmen",
}
CAPITALS = {  # the city reporters name as the capital
    "Ivory Coast": "Abidjan",
    "Kazakhstan": "Astana",
    "French Polynesia": "Papeete",
    "United States": "Washington",
    "Yemen": "Sanaa",
}
ARMIES = {  # where the first national row of forces.tsv is one service, not the whole forces
    "Iraq": "Iraqi Armed Forces",
    "Palestine": "Palestinian Armed Forces",
}
SKIP = {"Antigua and Barbuda", "Serbia and Montenegro"}  # two peoples in one adjective; a state that is gone


def national_forces() -> dict[str, str]:
    """The top force forces.tsv gives each country, by code: the country's own armed forces (a row
    of any kind, an armed group or a region's force such as the Peshmerga, is not)."""
    forces: dict[str, str] = {}
    with (DATA / "forces.tsv").open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if not row or row[0].startswith("#"):
                continue
            name, _type, code, _aliases, parent, kind, *_ = row + [""] * 6
            if code and not parent and not kind:
                forces.setdefault(code, name)
    return forces


def main() -> None:
    known = national_forces()
    countries = [c.info() for c in all_countries()]
    countries = [c for c in countries if c.get("demonym") and c.get("ISO")]
    countries = [c for c in countries if c.get("population", 0) >= MIN_POPULATION and c["name"] not in SKIP]
    shared = Counter(c["demonym"] for c in countries)
    rows = []
    for country in sorted(countries, key=lambda c: c["name"]):
        if shared[country["demonym"]] > 1 and country["name"] not in DEMONYMS:
            continue  # "Congolese", "Dominican": no one country's
        name = NAMES.get(country["name"], country["name"])
        demonyms = DEMONYMS.get(country["name"], country["demonym"])
        code = country["ISO"]["alpha2"]
        army = ARMIES.get(name) or known.get(code, f"{demonyms.split('|')[0]} Armed Forces")
        rows.append((name, demonyms, code, army, CAPITALS.get(name, country.get("capital", ""))))
    with (DATA / "countries.tsv").open("w", encoding="utf-8", newline="") as handle:
        handle.write("# name\tadjectives (|)\tcode\tarmed forces\tcapital (written by scripts/make_countries.py)\n")
        csv.writer(handle, delimiter="\t", lineterminator="\n").writerows(rows)
    print(f"{len(rows)} countries written to {DATA / 'countries.tsv'}")


if __name__ == "__main__":
    main()
