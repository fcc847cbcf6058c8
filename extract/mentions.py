"""Entity resolution within one article: from mentions to entities.

Every way a text names something ends at one `Entity`: the gazetteer's canonical name,
a person's full name for "Kuzmin", the paper for "the paper", the activist for
"the activist", the unit a pronoun or "the regiment" points back to, and the group of
soldiers that "the paratroopers" recalls.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from functools import cached_property
from itertools import takewhile
from typing import Any, TypeVar

from spacy.tokens import Doc, Span, Token

from extract import gazetteer
from extract.descriptions import DescriptionsMixin
from extract.gazetteer import normalize
from extract.hedges import number
from extract.model import Entity, EntityType
from extract.nlp import (
    GAZETTEER_ID,
    LABELS,
    PROVINCES,
    SHIP_ID,
    UNIT_ID,
    descriptor,
    place_before_its_kind,
    quoted_name,
)
from extract.people import PeopleMixin
from extract.personnel import PersonnelMixin
from extract.phrases import (
    DESIGNATION,
    FORCE_LIKE,
    PERSON_PRONOUNS,
    QUOTES,
    SYNONYMS,
    THING_PRONOUNS,
    clean_name,
    coined_for,
    designation_of,
    has_count,
    name_words,
    owners,
    relative_clause,
    term_for,
    with_singulars,
)
from extract.speakers import BODIES, SpeakersMixin
from extract.vocab import country_rows, vocab

T = TypeVar("T")
# echelons that make a named unit a formation, not a branch of an army: "the Veterany assault brigade"
_FORMATIONS = {"brigade", "battalion", "regiment", "detachment", "division", "company", "battlegroup", "legion"}


def _abridged(short: str, form: str) -> bool:
    """ "the Western Command" after "the Western Regional Military Command": a two-word name
    keeping a longer unnumbered name's first and last words."""
    words, full = short.split(), form.split()
    unnumbered = not any(c.isdigit() for c in form)
    return unnumbered and len(words) == 2 and len(full) > 2 and (words[0], words[1]) == (full[0], full[-1])


_PLACE_PARTICLES = {"de", "do", "da", "dos", "das", "del", "della", "di", "du", "des", "el", "la"}  # "Rio de Janeiro"


class EntityTable(PeopleMixin, SpeakersMixin, DescriptionsMixin, PersonnelMixin):
    """The entities of one article and which tokens mention them."""

    def __init__(self, doc: Doc, article_key: str, home: str = "") -> None:
        self.doc = doc
        self.article_key = article_key
        self.home = home  # the publisher's country code: "the Army" in an Indian paper is India's
        self.entities: dict[str, Entity] = {}
        self.by_token: dict[int, str] = {}
        self.groups: dict[str, tuple[str, str | None]] = {}  # key -> (head lemma, region key)
        self.v = vocab()
        self._seeking: set[str] = set()
        self._owners_seeking: set[int] = set()
        self._topics_seeking: set[int] = set()
        self._speakers_seeking: set[int] = set()
        self.primed: set[int] = set()  # subjects read ahead of the finders (read_subjects_before)
        self.lost_roles: list[tuple[int, str]] = []  # (token, unit): "the legion lost its deputy commander"
        self.lost_men: list[tuple[int, str]] = []  # (token, force): "ten police officers were killed"
        self.acronyms: dict[str, str] = {}  # "CCD" -> the entity it was given to in brackets
        self.honorifics: dict[str, str] = {}  # "Rubizh" -> the unit it was given to in quotes
        self._starts = [s.start for s in doc.sents]  # sentence starts, for the reach of pointing back
        self._kind_nouns = self.v.org_nouns | self.v.outlet_nouns | self.v.unit_heads | self.v.region_nouns
        self._collect()

    def add(self, etype: EntityType, name: str, identity: str, span: Span, surface: str | None = None) -> str:
        key = self.add_named(etype, name, identity)
        entity = self.entities[key]
        shouted = len(name) == len(entity.name) and entity.name.isupper() and not name.isupper()  # a dateline's
        if len(name) > len(entity.name) or shouted:  # "RIO DE JANEIRO", then "Rio de Janeiro"
            entity.aliases.add(entity.name)
            entity.name = name
        form = clean_name(surface if surface is not None else span.text)
        if form and form != entity.name:
            entity.aliases.add(form)
        entity.aliases.discard(entity.name)
        if (span.start_char, span.end_char) not in entity.mentions:
            entity.mentions.append((span.start_char, span.end_char))
        for tok in span:
            self.by_token.setdefault(tok.i, key)
        return key

    @staticmethod
    def once(seeking: set[Any], key: Any, ask: Callable[[], T]) -> T | None:
        """Ask a question once per key at a time: a reading that comes back to the question it
        started from ("soldiers of their unit" asking the unit, which asks "their") gets None."""
        if key in seeking:
            return None
        seeking.add(key)
        try:
            return ask()
        finally:
            seeking.discard(key)

    def enlisted(self, noun: Token) -> bool:
        """ "33 Nepali nationals recruited into the Russian army": people a clause puts in a force
        are its soldiers, whatever else they are called; so are a force's trainees ("gendarmerie
        students", "police cadets") and men of an armed trade ("drone operators", not "pony
        operators")."""
        lemma = noun.lemma_.lower()
        if noun.tag_ != "NNS" or lemma in self.v.unit_heads or lemma in self.v.rank_nouns:
            return False
        forces = ("gendarmerie", "police", "military", "army")
        if lemma in ("student", "cadet", "trainee") and any(c.lemma_.lower() in forces for c in noun.children):
            return True
        if lemma in self.v.military_trades and any(c.lemma_.lower() in self.v.trade_weapons for c in noun.children):
            return True
        joined = (c.lemma_.lower() for c in noun.children if c.dep_ in ("acl", "relcl"))
        return any(verb in self.v.joining_verbs or verb in ("recruit", "fight") for verb in joined)

    def add_local(self, name: str, span: Span, surface: str | None = None) -> str:
        """A unit only this article knows ("a Russian regiment", "the FSB's border guard
        detachment"): its identity carries the article, so another article's namesake stays apart."""
        return self.add(EntityType.UNIT, name, f"{normalize(name)} in {self.article_key[:8]}", span, surface)

    def add_named(self, etype: EntityType, name: str, identity: str) -> str:
        """An entity the article implies without naming it in the text, such as its publisher."""
        key = f"{etype.value}:{identity}"
        self.entities.setdefault(key, Entity(key=key, type=etype, name=name, identity=identity))
        return key

    def add_known(self, entry: gazetteer.Entry | None) -> str | None:
        """A gazetteer entry the article implies (a country's forces, police or gendarmerie)."""
        return self.add_named(entry.type, entry.name, normalize(entry.name)) if entry is not None else None

    def _collect(self) -> None:
        self.provinces_named = {
            e.ent_id_.split(":", 1)[1] for e in self.doc.ents if e.ent_id_.startswith(f"{GAZETTEER_ID}:")
        }
        people: list[Span] = []
        aliases: list[tuple[Span, Token]] = []
        for ent in self.doc.ents:
            if ent.label_ not in LABELS or ent.start in self.by_token:  # a quoted honorific, already taken
                continue
            named = self._alias_target(ent)
            honoured = self._honorific_unit(ent)
            if named is not None:
                aliases.append((ent, named))
            elif honoured is not None:
                self.add(honoured.type, honoured.name, honoured.identity, ent)
            elif ent.label_ == "PERSON" and not ent.ent_id_:
                people.append(ent)
            else:
                self._add_ent(ent)
                self._quoted_honorific(ent)
        self._add_people(people)
        for ent, named in aliases:  # after the people, who have pen names too
            self._add_alias(ent, named)
        self._bare_acronyms()
        self._bare_honorifics()
        self._narrow_national_troops()
        self._fold_bare_services()
        self._fold_bare_bands()
        self._fold_short_places()
        self.name_the_lead()

    def _unit_beside_title(self, role: Token, unit: Token) -> bool:
        """ "the Director of Army Public Relations, 1 Division, Lt. Col. X": a unit set between a
        title and its holder's name says where he serves; the title is not the unit."""
        named = any(c.dep_ == "appos" and self.by_token.get(c.i, "").startswith("Person:") for c in unit.children)
        return role.lemma_.lower() in self.v.person_roles and named

    def _bare_honorifics(self) -> None:
        """'the 4th Brigade "Rubizh"' then "Rubizh is commanded by X": a quoted honorific stands
        for its unit wherever it comes again, named by the model there or not."""
        for text, key in self.honorifics.items():
            words = text.split()
            for tok in self.doc[: len(self.doc) - len(words) + 1]:
                span = self.doc[tok.i : tok.i + len(words)]
                if [t.text for t in span] == words and not any(t.i in self.by_token for t in span):
                    entity = self.entities[key]
                    self.add(entity.type, entity.name, entity.identity, span)

    def _bare_acronyms(self) -> None:
        """ "the Sudanese Armed Forces (SAF)" then "SAF soldiers": an acronym given in brackets
        stands for its name wherever it comes again, named by the model there or not."""
        initials = self._outlet_initials()
        for tok in self.doc:
            key = self.acronyms.get(tok.text) or (initials.get(tok.text) if tok.is_upper else None)
            own = self.by_token.get(tok.i)
            if key is not None and own is None:
                entity = self.entities[key]
                self.add(entity.type, entity.name, entity.identity, self.doc[tok.i : tok.i + 1])
            elif key is not None and key in initials.values() and own != key and self.entities[own].name == tok.text:
                self._fold(own, key)  # "told NGE", taken for a body of its own

    def _outlet_initials(self) -> dict[str, str]:
        """ "Ukrainska Pravda has learned" then "told UP": an outlet the article names goes by its
        initials there, bracketed or not."""
        found = {}
        for key, entity in self.entities.items():
            words = entity.name.split()
            if (
                entity.type is EntityType.OUTLET
                and entity.mentions
                and len(words) > 1
                and all(w[0].isupper() for w in words)
            ):
                found.setdefault("".join(w[0] for w in words), key)
        return found

    def _narrow_national_troops(self) -> None:
        """ "Russian troops of the 810th Brigade", "Russian marines from the 61st Brigade" are the
        brigade's, not a mention of the Russian armed forces or marines at large."""
        for tok in self.doc:
            key = self.by_token.get(tok.i)
            if key is None or not self._branch(key) or self.lemma(tok) not in self.v.personnel_nouns:
                continue
            counted = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
            holders = [tok, counted] if counted is not None and counted.lower_ in self.v.collective_nouns else [tok]
            # "a group of 17 Russian marines from the 40th Brigade": the brigade hung on the group
            units = [self.unit_behind(o) for h in holders for o in owners(h, (), ("of", "from"))]
            # not "the Border Troops of the National Security Service": troops belong to units, not to bodies
            units = [u for u in units if u is not None and self.entities[u].type is EntityType.UNIT]
            unit = next((u for u in units if not self._branch(u)), None) or self._placed_next(tok)
            if unit is None:
                continue
            phrase = [t.i for t in tok.subtree if self.by_token.get(t.i) == key]
            span = (self.doc[min(phrase)].idx, self.doc[max(phrase)].idx + len(self.doc[max(phrase)]))
            self.entities[key].mentions = [m for m in self.entities[key].mentions if m != span]
            for i in phrase:
                self.by_token[i] = unit

    def _placed_next(self, troops: Token) -> str | None:
        """ "14 Russian marines surrendered" then "The marines belonged to the 61st Brigade": the
        unit the next sentence places the same men in."""
        sent = troops.sent
        following = self.doc[sent.end : min(sent.end + 60, len(self.doc))]
        for men in following:
            same = men.lemma_ == troops.lemma_ and men.dep_ == "nsubj" and any(c.lower_ == "the" for c in men.children)
            if same and men.head.lemma_.lower() in ("belong", "serve"):
                units = (self.unit_behind(o) for p in men.head.children if p.lower_ in ("to", "in") for o in p.children)
                return next((u for u in units if u is not None and not self._branch(u)), None)
        return None

    def _fold_bare_services(self) -> None:
        """ "the command of the Ground Forces" before "Ukraine's Ground Forces": a service named
        first without its country is the one country's service the article names later (one
        named earlier is found by `_longer_form` as it comes)."""
        for key, entity in list(self.entities.items()):
            if entity.type not in FORCE_LIKE or not entity.mentions or self._named_with_its_country(entity):
                continue  # "the Afghan Taliban" is no short form of "the Pakistani Taliban"
            short = normalize(entity.name)
            national = [
                other
                for other in self.entities.values()
                if other is not entity
                and other.type in FORCE_LIKE
                and any(self._country_before(normalize(f), short) for f in (other.name, *other.aliases))
            ]
            if len(national) != 1:
                continue
            [other] = national
            self._fold(key, other.key)

    def _fold_bare_bands(self) -> None:
        """ "Mobondo militiamen" before "the Mobondo militia": a band named first without its kind
        is the one named later with it."""
        names = {normalize(e.name): e.key for e in self.entities.values() if e.type is EntityType.UNIT}
        for key, entity in list(self.entities.items()):
            words = normalize(entity.name).split()
            if entity.type is EntityType.UNIT and len(words) > 1 and words[-1] in self.v.band_nouns:
                bare = names.get(" ".join(words[:-1]))
                if bare is not None and bare != key and bare in self.entities:
                    self._fold(bare, key)

    def _named_with_its_country(self, entity: Entity) -> bool:
        """Whether the article calls a force by a name with a country word in it ("the Afghan Taliban")."""
        return any(self._country_word_in(form) for form in entity.aliases)

    def _country_word_in(self, name: str) -> bool:
        return any(word in self.v.countries for word in normalize(name).split())

    def _fold_short_places(self) -> None:
        """ "Rio" after "Rio de Janeiro", "Mocimboa" beside "Mocimboa da Praia": a place's first word,
        where its name goes on with a particle, is what the place is called for short ("Mexico" is
        not "Mexico City", nor "Kursk" "Kursk Oblast")."""
        places = [e for e in self.entities.values() if e.type is EntityType.REGION and e.mentions]
        for entity in [e for e in places if len(e.name.split()) == 1]:
            longer = [
                other.key
                for other in places
                if len(words := other.name.split()) > 2
                and words[0].lower() == entity.name.lower()
                and words[1].lower() in _PLACE_PARTICLES
            ]
            if len(longer) == 1:
                self._fold(entity.key, longer[0])

    def _fold(self, key: str, into: str) -> None:
        """One entity found to be another: its names and mentions become the other's."""
        entity, other = self.entities.pop(key), self.entities[into]
        other.aliases.add(entity.name)
        other.aliases.update(entity.aliases - {other.name})
        other.mentions.extend(entity.mentions)
        for i, owner in self.by_token.items():
            if owner == key:
                self.by_token[i] = into

    def _country_before(self, form: str, short: str) -> bool:
        """ "ukraine's ground forces" is "ground forces" with a country before it."""
        before = form.removesuffix(" " + short).removesuffix("'s")
        return form != short and form.endswith(" " + short) and before in self.v.countries

    def _branch(self, key: str) -> bool:
        """A country's forces or a branch of them ("Russian marines"), which a numbered unit is
        more specific than."""
        entity = self.entities[key]
        numbered = DESIGNATION.search(entity.name) is not None  # "242nd Airborne Training Center" too
        formation = entity.name.split()[-1].lower() in _FORMATIONS  # "the Veterany assault brigade"
        return self.national_forces(key) or (entity.type is EntityType.UNIT and not (numbered or formation))

    def _service(self, key: str) -> bool:
        """A country's forces or one of its services ("the Ground Forces", "Ukraine's Navy"), which
        "the unit" does not stand for where a formation of theirs was named."""
        name = self.entities[key].name.lower()
        return self.national_forces(key) or name.endswith((" forces", " force", " navy"))

    def _alias_target(self, ent: Span) -> Token | None:
        """ "The brigade, known as Magura", "a unit nicknamed Kraken", "Morozov, who writes under
        the name Murz": the phrase another name belongs to; the name is no entity of its own."""
        coined_for = term_for(ent)
        if coined_for is not None:  # '"Fitna al Khawarij", the term the state uses for the TTP'
            return coined_for
        glossed = self._glossed_name(ent)
        if glossed is not None:  # 'the Put Domoi ("The Way Home") movement': its translation
            return glossed
        root = ent.root
        if ent.ent_id_.startswith(f"{GAZETTEER_ID}:"):
            return None
        if root.dep_ == "conj" and self._restated(ent):
            return root.head  # "Comando Vermelho, or Red Command, is": one name said again
        if root.dep_ == "compound" and root.head.lemma_.lower() in self.v.unit_heads:
            root = root.head  # "known as the Taman division": the name with its echelon
        verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head
        if root.dep_ in ("pobj", "oprd", "dobj") and verb.lemma_.lower() in self.v.alias_verbs:
            if verb.dep_ not in ("acl", "relcl") or verb.head == verb:
                return None
            described = verb.head  # "the 25th Division, an elite unit known as the Tiger Forces": the division
            if self._introduced_by_name(described, verb):
                return None  # "founded the drone unit known as Magyar's Birds", not the forces named before
            named_of = [o for p in described.children if p.lower_ == "of" for o in p.children if o.i in self.by_token]
            if described.i not in self.by_token and named_of:  # "operatives of the X Agency, code-named Y",
                return named_of[0]  # the clause hung on the men: the agency's name
            return described.head if described.dep_ == "appos" and described.pos_ == "NOUN" else described
        pen = self.v.pen_name_nouns
        named_as = root.dep_ in ("appos", "compound", "attr") and root.head.lemma_.lower() in pen
        given = root.head if root.dep_ == "dobj" else verb if root.head.lower_ == "as" else None
        sibling = given is not None and any(c.dep_ == "dobj" and c.lemma_.lower() in pen for c in given.children)
        if named_as and root.head.dep_ == "pobj" and root.head.head.head.pos_ == "NOUN":
            return None  # "a man with the call sign Topaz": someone of his own, whom the man stands for
        if named_as or sibling or any(c.dep_ == "compound" and c.lemma_.lower() in pen for c in root.children):
            clause = root.head  # "under the name Murz", "uses the call sign Kit", however the parser hung them
            while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
                clause = clause.head
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.lower_ in ("who", "which") and clause.dep_ == "relcl":
                described = clause.head  # "X, a Russian nationalist who goes by the name Y": X
                if described.dep_ == "pobj" and described.head.head.lower_ == "one":
                    described = described.head.head  # "one of the women, who gave her name as Y": the one
                return described.head if described.dep_ == "appos" and described.head.pos_ == "PROPN" else described
            if subject is None and clause.dep_ in ("acl", "relcl"):  # "X, known by the call sign Y"
                return clause.head
            return subject
        return None

    def _introduced_by_name(self, noun: Token, verb: Token) -> bool:
        """ "the drone unit known as X" with no comma: the name says which unit is meant, so "the
        unit" is no unit named before, unless that one is of the same kind ("the brigade known as
        Magura" after "the 47th Brigade")."""
        kinds = self.v.unit_heads | self.v.band_nouns
        if verb.i != noun.i + 1 or noun.pos_ != "NOUN" or noun.i in self.by_token or self.lemma(noun) not in kinds:
            return False  # "a former police officer known as Barbecue" is the man named before
        before = self.resolve(noun, create_groups=False)
        return before is not None and self.lemma(noun) not in name_words(self.entities[before])

    def _glossed_name(self, ent: Span) -> Token | None:
        """The name a quoted, bracketed name right after it translates ('Put Domoi ("The Way
        Home")'); not a bracketed agency after a dateline's place ("Bogotá (AFP)")."""
        i = ent.start - 1
        while i >= 0 and self.doc[i].text.lower() == "the":
            i -= 1
        if i < 2 or self.doc[i].text not in QUOTES or self.doc[i - 1].text != "(":
            return None
        before = self.doc[i - 2]
        return before if before.ent_type_ else None

    def _restated(self, ent: Span) -> bool:
        """Whether a name is another's set off by ", or ... ,": its translation or short form, no
        item of a list ("Hamas, Hezbollah or the Houthis")."""
        first = ent.root.head
        joined = [c for c in first.children if c.dep_ in ("cc", "conj")]
        if first.dep_ == "conj" or not first.ent_type_ or [c.lower_ for c in joined] != ["or", ent.root.lower_]:
            return False
        comma_before = self.doc[joined[0].i - 1].text == ","
        return comma_before and ent.end < len(self.doc) and self.doc[ent.end].text in (",", ")")

    def _named_after(self, key: str, ent: Span) -> bool:
        """Whether another person, whose name (or surname) first comes after this span, is the
        one role nouns before it were already read as ("Zuyev" named later is this "Dmitry Zuyev")."""
        entity = self.entities[key]
        before = self.doc.text[: ent.start_char]
        names = (entity.name, *entity.aliases, entity.name.split()[-1])
        other = ent.text.split()[-1] not in names
        return entity.type is EntityType.PERSON and other and not any(name in before for name in names)

    def _quoted_honorific(self, ent: Span) -> None:
        """'the 93rd Mechanized Brigade "Kholodnyi Yar"': a quoted name right after a unit's is its
        honorific, whether or not the statistical model saw a name in it."""
        key = self.by_token.get(ent.start)
        doc = self.doc
        if key is None or self.entities[key].type is not EntityType.UNIT or ent.end >= len(doc) - 2:
            return
        words = quoted_name(doc, ent.end, longest=4, linking=("of", "the", "and"))  # 'Brigade "Anne of Kyiv"'
        if words is not None and words[0].is_title:
            key = self._unit_named_before_its_force(ent) or key
            self.entities[key].aliases.add(words.text)
            self.honorifics[words.text] = key
            for tok in words:
                self.by_token[tok.i] = key

    def _unit_named_before_its_force(self, force: Span) -> str | None:
        """'The 13th Brigade of the National Guard "Khartiia"': the unit whose force the name
        after it is, which the honorific that follows belongs to."""
        start = force.start - 1
        if force[0].lower_ != "the" and start > 0 and self.doc[start].lower_ == "the":
            start -= 1
        if start < 1 or self.doc[start].lower_ != "of":
            return None
        key = self.by_token.get(start - 1)
        return key if key is not None and self.entities[key].type is EntityType.UNIT else None

    def _add_alias(self, ent: Span, named: Token) -> None:
        described = self.resolve(named, create_groups=False)
        # a person's name for an unnamed man ("an officer of the 20th Division") is not his unit's; one
        # for a body named by its own name ("the X Division, known as al-Y") is, whatever the model took it for
        his_own = (
            ent.label_ == "PERSON"
            and described is not None
            and self.entities[described].type is not EntityType.PERSON
            and not (_participle_alias(ent) and self.by_token.get(named.i) == described)
        )
        # "their battalion commander, whom they identify as Major X": X, not a commander named only later
        later = described is not None and self._named_after(described, ent)
        if described is None or his_own or later or self.entities[described].type is EntityType.REGION:
            if ent.label_ == "PERSON" and not ent.ent_id_:
                self._add_people([ent])
                self._fold_surname(ent)
            else:
                self._add_ent(ent)
            if later and ent.start in self.by_token:
                self.by_token[named.i] = self.by_token[ent.start]
            elif ent.label_ == "PERSON" and self._one_person(named, ent) and ent.start in self.by_token:
                self.by_token.setdefault(named.i, self.by_token[ent.start])  # "One of them, who calls himself X"
            return
        alias = clean_name(ent.text)
        self.entities[described].aliases.add(alias)
        for tok in ent:
            self.by_token.setdefault(tok.i, described)
        for other in [k for k, e in self.entities.items() if k != described and e.name == alias]:
            self._fold(other, described)  # "Rubizh has been commanded since 2023 by X", read before the alias

    def _fold_surname(self, ent: Span) -> None:
        """ "Aliyev says" read before "who introduces himself as Magomed Aliyev": a surname alone,
        taken for a person of its own while the full name waited, is the full name's."""
        key = self.by_token.get(ent.end - 1)
        if key is None or len(self.entities[key].name.split()) < 2:
            return
        surname = self.entities[key].name.split()[-1]
        alone = [k for k, e in self.entities.items() if e.type is EntityType.PERSON and e.name == surname]
        for other in alone:
            self._fold(other, key)

    def _one_person(self, token: Token, name: Span) -> bool:
        """ "One of them, who introduces himself as X", "a retired colonel named X": the one the
        name names. A role noun given a name otherwise ("a sergeant who gave his call sign")
        keeps standing for his unit."""
        root = name.root
        verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head
        named = verb.dep_ == "acl" and verb.tag_ == "VBN" and token.tag_ == "NN"
        roles = self.v.person_roles | self.v.rank_nouns
        return token.lower_ == "one" or (named and token.lemma_.lower() in roles)

    def _add_ent(self, ent: Span) -> None:
        etype = EntityType(ent.label_.title())
        acronym = self._acronym_of(ent)  # the article's own "(RSF)" before the gazetteer's RSF
        if acronym is not None:
            entity = self.entities[acronym]
            key = self.add(entity.type, entity.name, entity.identity, ent)
        elif ent.ent_id_.startswith(f"{GAZETTEER_ID}:"):
            name = self._province(ent, ent.ent_id_.split(":", 1)[1])
            entry = gazetteer.lookup(name)
            variant = self._national_form(entry) if entry is not None and entry.type in FORCE_LIKE else None
            if variant is not None:  # "the Joint Forces" in a story about Ukraine: Ukraine's
                name, entry = variant.name, variant
            etype = entry.type if entry is not None else etype  # the model's label may have stayed on it
            own_country = self._country_word_in(ent.text)  # "the Afghan Taliban": not Pakistan's
            known = self._longer_form(etype, name, national=True) if etype in FORCE_LIKE and not own_country else None
            if known is not None:
                key = self.add(known.type, known.name, known.identity, ent, surface=name)
            else:
                key = self.add(etype, name, normalize(name), ent)
            entry = gazetteer.lookup(name)
            if entry is not None:
                self.entities[key].roles.add(SYNONYMS.get(entry.kind, entry.kind))
            if etype is not EntityType.OUTLET:  # "Myanmar Now" is no word about Myanmar
                self._add_leading_country(ent, entry.country if entry is not None else "")
        else:
            listed = ent.ent_id_.startswith(f"{UNIT_ID}:")  # one of "the 155th and 40th Brigades"
            name = ent.ent_id_.split(":", 1)[1] if listed else clean_name(ent.text)
            if not name:
                return
            known = self._national_variant(ent, name) or self._longer_form(etype, name) or self._bare_force(name)
            known = known or self._ruler_named(ent, name) or self._named_bare_before(etype, name)
            force = self._named_force(name)
            if force is not None:
                key = self.add(force.type, force.name, normalize(force.name), ent, surface=name)
            elif known is not None:
                key = self.add(known.type, known.name, known.identity, ent, surface=name)
            else:
                unit = ent.ent_id_ == UNIT_ID or listed
                entry = gazetteer.lookup(name) if unit else None  # "3rd Separate Assault Brigade": a known force,
                if entry is not None and entry.type is EntityType.UNIT:  # named by its number as here
                    key = self.add(entry.type, name, normalize(entry.name), ent)
                else:
                    identity = (designation_of(name) if unit else None) or normalize(name)
                    key = self.add(etype, name, identity, ent)
        role = "ship" if ent.ent_id_ == SHIP_ID else descriptor(ent)  # whatever the parser made of the class
        if role:
            self.entities[key].roles.add(SYNONYMS.get(role, role))

    def _acronym_of(self, ent: Span) -> str | None:
        """ "the Center for Countering Disinformation (CCD)" and "the CCD" after it: an acronym
        given in brackets right after a name is that name's, wherever it comes again."""
        text = ent.text
        if text in self.acronyms:
            return self.acronyms[text]
        *place, acronym = clean_name(text).split() or [""]
        known = self.acronyms.get(acronym) if place else None  # "the Kani PDF" after "the Kani People's
        if known is not None and self.entities[known].name.startswith(" ".join(place) + " "):  # Defense Force (PDF)"
            return known
        doc = self.doc
        opened = ent.start >= 2 and doc[ent.start - 1].text == "("
        closed = ent.end < len(doc) and doc[ent.end].text == ")"
        suffixed = len(ent) == 3 and ent[0].text.isupper() and ent[1].text == "-"  # "(CDF-Falam)"
        if not (len(ent) == 1 and text.isupper() and 2 <= len(text) <= 8) and not suffixed:  # "CENTCOM"
            return None
        if not (opened and closed):
            return None if suffixed else self._initials_named_before(text)
        key = self.by_token.get(ent.start - 2)
        if key is None or self.entities[key].type is EntityType.REGION:
            return None  # "KHARKIV, Ukraine (AP) —": a dateline's agency, not the place's acronym
        if suffixed and not self.entities[key].name.endswith(f"-{ent[2].text}"):
            return None  # "the Chinland Defense Force-Falam (CDF-Falam)": the same place hyphened on
        self.acronyms[text] = key
        return key

    def _initials_named_before(self, acronym: str) -> str | None:
        """ "the RSF" after "the Rapid Support Forces": an acronym spelling the initials of a body
        the article named is that body, whatever else the gazetteer knows by it (Reporters
        Without Borders)."""
        bodies = (e for e in self.entities.values() if e.type in (EntityType.UNIT, EntityType.ORGANIZATION))
        for entity in bodies:
            if "".join(w[0] for w in entity.name.split() if w[0].isupper()) == acronym:
                self.acronyms[acronym] = entity.key
                return entity.key
        return None

    def _national_form(self, entry: gazetteer.Entry) -> gazetteer.Entry | None:
        """A force the gazetteer knows under a name many countries' forces bear ("Joint Forces",
        "National Guard"), in a story whose words name one country only: that country's force of
        the name, where the gazetteer lists one."""
        code = self._only_country_named if not entry.country else None
        country = next((c for c in country_rows() if c.code == code), None) if code else None
        if country is None:
            return None
        forms = (f"{country.name}'s {entry.name}", f"{entry.name} of {country.name}")
        found = (gazetteer.lookup(f) for f in (*forms, *(f"{a} {entry.name}" for a in country.adjectives)))
        return next((e for e in found if e is not None and e.country == code), None)

    @cached_property
    def _only_country_named(self) -> str | None:
        """The one country whose name or adjective the article's words use, if only one's are:
        read from the words, as the table is still being built when a force's name asks it."""
        named = (self.v.countries[t.lower_].lower() for t in self.doc if t.lower_ in self.v.countries)
        codes = {code for n in named if (code := self.country_of_nation(n))}
        return codes.pop() if len(codes) == 1 else None

    def _bare_force(self, name: str) -> Entity | None:
        """ "Army spokesman X" after "The Sudanese Armed Forces denied": a bare "Army" or
        "Military" is the one country's armed forces the article has named; in a paper's report
        on its own country ("An Army soldier was killed in shelling by Pakistani troops" in The
        Indian Express, which names India), that country's; with no state's forces named, those of
        the country the story is set in."""
        if normalize(name) not in ("army", "military", "armed forces"):
            return None
        key = self.home_forces or self.only_national_forces() or self.state_forces_of_story()
        return self.entities[key] if key is not None else None

    def _ruler_named(self, ent: Span, name: str) -> Entity | None:
        """ "Junta spokesman X", the junta taken for a body of its own: the forces that rule."""
        key = self.ruling_forces(ent.root) if normalize(name) in self.v.military_rulers else None
        return self.entities[key] if key is not None else None

    @cached_property
    def home_forces(self) -> str | None:
        """The armed forces of the publisher's country, when the article names that country: read
        once per article, not for every bare "Army"."""
        country = next((c for c in country_rows() if c.code == self.home), None)
        words = {w.lower() for w in (country.name, *country.adjectives)} if country is not None else set()
        if not words or not any(t.lower_ in words for t in self.doc):
            return None
        entry = gazetteer.lookup(country.army)
        return self.add_known(entry)

    def only_national_forces(self) -> str | None:
        """The armed forces of the one country whose forces the article has named, if only one."""
        nationals = [k for k, e in self.entities.items() if e.type is EntityType.UNIT and self.national_forces(k)]
        return nationals[0] if len(nationals) == 1 else None

    def _named_force(self, name: str) -> gazetteer.Entry | None:
        """ "the Akhmat regiment", "the Kraken unit", "the Konvoy private military company": a force
        the gazetteer knows by name, with an echelon word but no number, is that force."""
        words = name.split()
        if len(words) < 2 or words[-1].lower() not in self.v.unit_heads | {"unit"} or DESIGNATION.search(name):
            return None
        words = words[:-1]
        while len(words) > 1 and words[-1].lower() in self.v.unit_modifiers | {"private"}:
            words = words[:-1]  # "Konvoy private military company": Konvoy
        entry = gazetteer.lookup(" ".join(words))
        return entry if entry is not None and entry.type is EntityType.UNIT else None

    def _province(self, ent: Span, name: str) -> str:
        """ "the Kursk and Belgorod regions": a city's name that stands for its province; and in an
        article that names the province, the bare name is the province too ("sent back to Pskov"
        after "a unit in Pskov province"), as readers and the annotators of the seeds take it."""
        entry = gazetteer.lookup(name)
        if entry is not None and entry.kind == "city" and entry.parent in self.provinces_named:
            parent = gazetteer.lookup(entry.parent)
            said = {normalize(name), normalize(ent.text)}  # "Rostov" for Rostov-on-Don, as for Rostov Oblast
            if parent is not None and any(normalize(parent.name).startswith(w + " ") for w in said):
                return parent.name
        root = ent.root
        while root.dep_ == "conj" and root.head != root:
            root = root.head
        if root.dep_ not in ("nmod", "compound", "amod") or root.head.lemma_.lower() not in PROVINCES:
            return name
        province = gazetteer.lookup(f"{name} region")
        return province.name if province is not None and province.type is EntityType.REGION else name

    def _national_variant(self, ent: Span, name: str) -> Entity | None:
        """ "Russia's Defence Ministry" is the gazetteer's "Russian Defence Ministry"."""
        for child in ent.root.children:
            if child.i < ent.start and child.dep_ in ("poss", "amod", "compound"):
                country = self.v.countries.get(child.lower_)
                entry = gazetteer.lookup(f"{country} {name}") if country else None
                if entry is not None:
                    return Entity(key="", type=entry.type, name=entry.name, identity=normalize(entry.name))
        return None

    def _longer_form(self, etype: EntityType, name: str, national: bool = False) -> Entity | None:
        """ "General Staff" after "Ukraine's General Staff" or "the General Staff of Ukraine's Armed
        Forces": a short form of a name already seen. With `national`, only a country's name may
        stand before it: a known body ("the air force") named without its country is the
        country's named before, not any longer name."""
        short = normalize(name)
        if etype is EntityType.PERSON or len(short) < 3:
            return None
        tiny = len(short) < 4  # too short to stand for a longer name, but "Ann" for "Ann Township"
        kin = FORCE_LIKE if etype in FORCE_LIKE else {etype}  # "the Navy" after "Ukraine's Navy"
        fitting = []
        for entity in self.entities.values():
            # "the National Guard" after Rosgvardia, known also as "Russia's National Guard"; "the Defense
            # Ministry" after Mexico's Secretariat of National Defense
            listed = national or entity.type is EntityType.ORGANIZATION
            entry = gazetteer.lookup(entity.name) if listed else None
            known = entry.aliases if entry is not None else ()
            for form in map(normalize, (entity.name, *entity.aliases, *known)):
                fits = self._country_before(form, short) if national else form != short and form.endswith(" " + short)
                fits = fits or form.startswith(short + " of ") or self._honorific_of(short, entity, etype)
                fits = fits or (etype is EntityType.UNIT and _abridged(short, form))
                # "an Army patrol" beside "the New People's Army" alone: a state's army, no rebels'
                generic = (
                    short in vocab().generic_force_nouns
                    and entity.type is EntityType.UNIT
                    and self.armed_group(entity.key)
                )
                if entity.type in kin and fits and not tiny and not generic:
                    fitting.append((self._country_before(form, short), entity))
                if entity.type is EntityType.REGION and self._short_name_of(short, form):
                    return entity  # whatever the model took the short name for
        # "the Army" beside "the New People's Army" and "the Philippine Army": the country's
        return max(fitting, key=lambda fit: fit[0], default=(False, None))[1]

    def _named_bare_before(self, etype: EntityType, name: str) -> Entity | None:
        """ "the Artibonite department" after "Haiti's central Artibonite region": a place named
        with its kind is the one named before by its name alone."""
        *bare, kind = normalize(name).split() or [""]
        if etype is not EntityType.REGION or not bare or kind not in self._place_kinds:
            return None
        places = (e for e in self.entities.values() if e.type is EntityType.REGION)
        return next((e for e in places if e.identity == " ".join(bare)), None)

    @cached_property
    def _place_kinds(self) -> set[str]:
        """The kinds a place is named with, or without: "Paletwa Township", "Nasir County", "Bui
        Division" (a Cameroonian division, once the text makes it a place)."""
        return {"city", "township", "county", "division", *PROVINCES} | self.v.landforms

    def _short_name_of(self, short: str, form: str) -> bool:
        """ "Sambisa" after "the Sambisa Forest", "Marawi" after "MARAWI CITY", "Paletwa" after
        "Paletwa Township", "Nasir" after "Nasir County": a forest, a range, a desert, a city, a
        township or a county named after its town is called by its name alone (a lake or a river
        is not: "Chad" is the country, "Dnipro" the city; nor is a place known on its own, as
        "Mexico" beside "Mexico City"). So is a province the article names ("formed in Vologda"
        after "Vologda Oblast"), as the seeds' readers take "Pskov" after "Pskov province"; and
        "Maru" after "Maru Local Government Area", a Nigerian district ("Maguindanao del Sur" after
        "Maguindanao del Sur province")."""
        rest = form[len(short) + 1 :] if form.startswith(short + " ") else ""
        if not (rest in self._place_kinds or rest == "local government area"):
            return False
        return gazetteer.lookup(short) is None

    def _honorific_of(self, short: str, entity: Entity, etype: EntityType) -> bool:
        """ "the Kantemirovskaya division" after "the 4th Guards Kantemirovskaya Tank Division", "the
        Kholodnyi Yar brigade" after 'the 93rd Brigade "Kholodnyi Yar"': a numbered unit's honorific,
        with or without its echelon, is that unit."""
        if etype is not EntityType.UNIT or DESIGNATION.search(short):
            return False
        words = short.split()
        if not DESIGNATION.search(entity.name):  # "Danab" after "the Danab Brigade": the name without its echelon
            named = normalize(entity.name).split()
            kinds = self.v.unit_heads | self.v.band_nouns | {"forces"}  # "Gran Grif" after "the Gran Grif gang"
            named_head = len(named) > 1 and named[-1] in kinds  # not a name that normalizes to nothing
            proper = normalize(" ".join(takewhile(lambda w: not w.islower(), entity.name.split()[:-1]))).split()
            # "Alania" after "the Alania volunteer battalion": the name before its kind's words
            return entity.type is EntityType.UNIT and named_head and words in (named[:-1], proper)
        known = {w for form in (entity.name, *entity.aliases) for w in normalize(form).split()}
        return any(w not in self.v.unit_heads for w in words) and set(words) <= known

    def _honorific_unit(self, ent: Span) -> Entity | None:
        """ "Khartia's commander" after "the 13th Khartia Brigade": a short name the model took
        for a person, a body or a place (not one the gazetteer knows) is the honorific of a
        numbered unit named before, when every word of it is in the unit's name."""
        short_name = len(ent.text.split()) <= 3  # "Kara-Dag", "Chervona Kalyna"
        if not short_name or ent.label_ not in ("PERSON", "ORGANIZATION", "REGION") or ent.ent_id_:
            return None
        if place_before_its_kind(ent):  # "the Jenin refugee camp"
            return None
        short = normalize(ent.text)
        units = (e for e in self.entities.values() if e.type is EntityType.UNIT)
        return next((e for e in units if self._honorific_of(short, e, EntityType.UNIT)), None)

    def _add_leading_country(self, ent: Span, home: str) -> None:
        """ "UK intelligence", "Russia's military": the country inside a name is mentioned too;
        not the one an old name keeps for a force of another ("the Sudan People's Liberation
        Movement-in Opposition" is South Sudan's)."""
        if len(ent) < 2:
            return
        first = self.doc[ent.start]
        entry = gazetteer.lookup(first.text)
        if entry is None or (home and gazetteer.country_code(entry.name) not in (home, None)):
            return
        if entry.type is EntityType.REGION and entry.kind == "country":
            span = self.doc[ent.start : ent.start + 1]
            self.add(EntityType.REGION, entry.name, normalize(entry.name), span)

    def _add_people(self, people: list[Span]) -> None:
        """Full names first, so that "Kuzmin" can join "Nikolay Kuzmin" wherever it stands."""
        full: dict[str, str] = {}
        given: dict[str, set[str]] = {}
        middle: dict[str, set[str]] = {}
        tails: dict[str, set[str]] = {}  # "Dela Cruz said" after "Mario Dela Cruz": a surname of two words
        for ent in sorted(people, key=lambda e: -len(clean_name(e.text).split())):
            titles, name = self._titles(clean_name(ent.text))  # "Lawyer Maxim Grebenyuk" opening a sentence
            if not name:
                continue
            parts = name.split()
            target = name
            if len(parts) == 1:
                matches = {n for last, n in full.items() if last == parts[0].lower()}
                # "Lam said" after "Colonel Lam Paul Gabriel": where names put the given name first
                # and no one else bears it, a man may be called by it alone, as South Sudanese are
                matches = matches or given.get(parts[0].lower(), set())
                # "Makuei said" after "Michael Makuei Lueth": a father's name, by which South
                # Sudanese and Somali men are called as often as by their own
                matches = matches or middle.get(parts[0].lower(), set())
                if len(matches) == 1:
                    target = next(iter(matches))
            elif len(tails.get(name.lower(), ())) == 1:
                target = next(iter(tails[name.lower()]))
            else:
                for i in range(1, len(parts) - 1):
                    tails.setdefault(" ".join(parts[i:]).lower(), set()).add(name)
                full.setdefault(parts[-1].lower(), name)
                given.setdefault(parts[0].lower(), set()).add(name)
                for part in parts[1:-1]:
                    middle.setdefault(part.lower(), set()).add(name)
            key = self.add(EntityType.PERSON, target, normalize(target), ent, surface=name)
            self.entities[key].roles.update(self._person_roles(ent) | titles)

    def _titles(self, name: str) -> tuple[set[str], str]:
        """Role words the model kept at the front of a name, and the name without them."""
        words = name.split()
        titles = set()
        while len(words) > 2 and words[0].lower() in self.v.person_roles:
            titles.add(words.pop(0).lower())
        return titles, " ".join(words)

    def _person_roles(self, ent: Span) -> set[str]:
        """ "Local activist Nikolay Kuzmin", "Kuzmin, a lawyer": the role nouns around a name."""
        roles = set()
        candidates = [t for t in ent.root.children if t.i < ent.start or t.dep_ == "appos"]
        if ent.root.dep_ == "appos":
            candidates.append(ent.root.head)
        for tok in candidates:
            for t in (tok, *tok.subtree):
                if t.lemma_.lower() in self.v.person_roles and t.pos_ in ("NOUN", "PROPN"):  # "Colonel X"
                    roles.add(t.lemma_.lower())
        body = ent.root.head
        if ent.root.dep_ == "appos" and body.dep_ == "pobj" and body.head.dep_ == "prep":
            role = body.head.head  # "the spokesperson of the X group, Nazar Voloshyn"
            if role.lemma_.lower() in self.v.person_roles and ent.root in self.appositions(role):
                roles.add(role.lemma_.lower())
        return roles

    def unit_named_by(self, token: Token, preps: tuple[str, ...]) -> str | None:
        """The named unit a token's prepositional phrase holds: "regiments of the 76th", "killed
        dozens of soldiers from the 24th Division"."""
        units = (self.at(o) for o in owners(token, (), preps))
        return next((k for k in units if k is not None and self.entities[k].type is EntityType.UNIT), None)

    def _credited(self, phrase: Token) -> bool:
        """ "... were killed: ISPR": a name after a colon credits the words before, it names no one in them."""
        return phrase.left_edge.i > 0 and self.doc[phrase.left_edge.i - 1].text == ":"

    def at(self, token: Token) -> str | None:
        """The entity a token belongs to, following appositions ("the unit, the 331st ...")."""
        key = self.by_token.get(token.i)
        if key is not None:
            return key
        for child in token.children:
            if child.dep_ == "appos" and child.i in self.by_token and not self._credited(child):
                key = self.by_token[child.i]
                person = self.entities[key].type is EntityType.PERSON
                if not person and self._unit_beside_title(token, child):
                    continue
                if person and (_after_inclusion(token, child) or _more_than_named(token, child)):
                    continue  # "50 personnel, including the commander, Col. X,": X is the one included
                if not person or not self._body_noun(token):
                    return key  # not "the chief of staff of the gendarmerie, Col. X", misparsed
            if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in self.v.alias_verbs:  # "The group, known as
                # JNIM,", "the brigade, known by its acronym BIM", "the group the government calls "Shene""
                known = [o for p in child.children if p.lower_ in ("as", "by") for o in p.children]
                names = known if child.dep_ == "acl" else [o for o in child.children if o.dep_ == "oprd"]
                named = [o.i for o in names if o.i in self.by_token]
                if named:
                    return self.by_token[named[0]]
        if token.lemma_.lower() in self._kind_nouns:
            if token.dep_ == "compound" and token.head.i in self.by_token:  # "the Telegram channel Grey Zone"
                return self.by_token[token.head.i]
            named_next = self._named_right_after(token) or self._named_after_its_link(token)
            if named_next is not None:
                return named_next
            # "the Rochan Consulting group", "the Ivanovo region", "the Rybar Telegram channel" (not Telegram)
            compounds = [t for left in token.lefts if left.dep_ == "compound" for t in left.subtree]
            named = [self.by_token[t.i] for t in compounds if t.i in self.by_token]
            if named:
                own = [k for k in named if not gazetteer.is_platform(self.entities[k].name)]
                return (own or named)[-1]
        return None

    def _named_after_its_link(self, kind: Token) -> str | None:
        """ "A Telegram channel linked to the Wagner Group, Grey Zone,": the outlet named after
        the link, which the parser set beside the linked group."""
        if kind.lemma_.lower() not in self.v.outlet_nouns:
            return None
        links = (c for c in kind.children if c.dep_ == "acl" and c.lemma_.lower() in self.v.affiliation_words)
        named = (self.by_token.get(t.i) for c in links for t in c.subtree if t.dep_ == "appos")
        return next((k for k in named if k is not None and self.entities[k].type is EntityType.OUTLET), None)

    def _named_right_after(self, kind: Token) -> str | None:
        """ "according to the Telegram channel VChK-OGPU" where the parser cut the name loose
        from its kind noun: an outlet or organization named right after a noun of its kind."""
        nxt = kind.nbor(1) if kind.i + 1 < len(self.doc) else None
        key = self.by_token.get(nxt.i) if nxt is not None and nxt.pos_ == "PROPN" else None
        if key is None:
            return None
        kinds = {EntityType.OUTLET: self.v.outlet_nouns, EntityType.ORGANIZATION: self.v.org_nouns}
        return key if kind.lemma_.lower() in kinds.get(self.entities[key].type, ()) else None

    def sentence_end(self, i: int, after: int) -> int:
        """Where the sentence `after` sentences past the one holding token i ends."""
        here = bisect_right(self._starts, i) - 1
        nxt = here + after + 1
        return self._starts[nxt] if nxt < len(self._starts) else len(self.doc)

    def _term_for(self, token: Token) -> str | None:
        """'eight members of the "PKK militia", the term it uses for the SDF': a side's word for
        its enemy stands for whom the apposition says it is used for."""
        named = (o for a in token.children if a.dep_ == "appos" for o in coined_for(a))
        return next((k for o in named if (k := self.resolve(o, create_groups=False)) is not None), None)

    def _body_noun(self, token: Token) -> bool:
        """A noun for a force or a body, which no person's name stands in apposition to."""
        return self.lemma(token) in self.v.unit_heads | self.v.org_nouns | {"gendarmerie", "police"}

    def resolve(self, token: Token, create_groups: bool = True, vague: bool = False) -> str | None:
        """The entity a noun phrase head refers to, or None when it names nothing we track."""
        key = self.at(token) or self.numbered(token) or self._named_head(token) or self.called(token)
        key = key or self._term_for(token) or self._plural_of_name(token)
        if key is not None:
            return key
        lower = token.lower_
        # '"We refuse to go," a soldier of X says'; '"Fifteen of us refused," one of the volunteers said'
        if (lower, token.dep_) in (("we", "nsubj"), ("our", "poss"), ("us", "pobj")):
            return self.speakers_unit(token)
        if lower == "side" and any(c.dep_ == "poss" and c.lower_ == "our" for c in token.children):
            return self.speakers_unit(token)  # '"Our side lost three comrades," a rebel spokesman said'
        # '"The enemy's losses amounted to 140 men," the ministry said'; "the other side suffered casualties"
        if lower == "enemy" or (lower == "side" and any(c.lower_ == "other" for c in token.children)):
            return self.enemy_of_speaker(token)
        if token.lemma_.lower() == "crusader":  # '"13 crusaders," the group said': its enemy's men, never
            enemy = self.national_forces_of(token) or self.enemy_of_speaker(token)  # another armed group's
            return enemy if enemy is not None and not self.armed_group(enemy) else None
        enemy = self.enemy_named(token)
        if enemy is not None:
            return enemy
        if lower in self.v.no_antecedent:  # "those who surrendered", "you": no entity we know
            return None
        quantified = self.quantified_of(token)  # "some of the men" is the men, not a pronoun
        if not quantified and (token.pos_ == "PRON" or lower in PERSON_PRONOUNS | THING_PRONOUNS | {"whose"}):
            return self.pronoun(token, create_groups)
        lemma = self.lemma(token)
        force = self._the_guards(token) or self._loyal_to(token)
        if force is not None:
            return force
        soldier = next((a for a in token.children if a.dep_ == "appos"), None) if lemma in self.v.soldiers_kin else None
        if soldier is not None and self.lemma(soldier) in self.v.personnel_nouns | self.v.rank_nouns:
            return self.resolve(soldier, create_groups=False)  # "her brother, a sergeant in the 1st Slavic Brigade"
        if lemma in self.v.soldiers_kin and any(c.dep_ == "poss" and c.lower_ == "our" for c in token.children):
            return self.speakers_unit(token)  # '"Our husbands refused," says one of the wives': their men's unit
        of = self.lemma(quantified) if quantified is not None else None
        roles = self.v.speaker_roles | self.v.person_roles | self.v.report_nouns  # "one of the sources/letters",
        # "one of the men's wives": not one of the men
        # "one of the people (familiar with the unit) said": a source; "one of the women (wives)": kin
        sources = roles | self.v.soldiers_families | {"person", "people", "woman"}
        counted = of is not None and (of in self.v.personnel_nouns or of not in sources)
        his = lemma in ("force", "forces", "troop", "troops") and any(  # "his forces": the unit their leader
            c.dep_ == "poss" and (c.lower_ in PERSON_PRONOUNS or c.pos_ == "NOUN") for c in token.children
        )  # leads; "the group's forces": the group's
        others = lemma == "other" and token.tag_ == "NNS"
        rest = lemma == "rest" and any(c.lower_ == "the" for c in token.children)  # "the rest refuse"
        if (others or rest) and not quantified:
            return self._other_men(token, create_groups, vague)
        # "the Darwish forces", the name tagged an adjective
        named_by = [k for c in token.children if c.dep_ in ("compound", "nmod", "amod") and (k := self.at(c))]
        body = named_by[0] if named_by and lemma in self.v.org_nouns and token.pos_ == "NOUN" else None
        if body is not None and self.entities[body].type in BODIES:  # "the FundaRedes human rights group said"
            return body
        named = lemma in ("force", "forces") and bool(named_by)  # "the Defence Ministry forces": a named body's
        if lemma in self.v.personnel_nouns or counted or his or named or self.enlisted(token):  # "some of the men";
            return self.personnel(token, create_groups, vague)  # not "one of the sources"
        echelon = [c for c in token.children if c.dep_ == "compound" and c.lemma_.lower() in self.v.unit_heads]
        if echelon and token.tag_ == "NN" and lower.endswith("ing"):  # "a regiment fighting near X", misparsed
            unit = self.resolve(echelon[0], create_groups, vague)
            return unit or (self._named_next(echelon[0]) if self.is_indefinite(token) else None)
        if lemma in self.v.unit_heads and self.is_indefinite(token):  # "a company of fighters from the Akhmat
            unit = self.personnel(token, create=False) or self._named_next(token)  # unit"; "a regiment" named next
            unit = unit or self._one_of_its_own(token, lemma)
            return unit or (self._unnamed_formation(token, lemma) if vague else None)
        if lemma in self.v.generic_force_nouns and self.nationality(token):
            return self.national_forces_of(token)  # "Moscow's forces", "Ukraine's army"
        if lemma in self.v.generic_force_nouns and any(c.lower_ == "apostate" for c in token.children):
            return self.only_national_forces() or self.state_forces_of_story()  # a jihadist's word for the state's
        if lemma in self.v.command_nouns and token.tag_ == "NNS":  # "commanders of the regiment": its officers
            held = (self.unit_behind(o) for o in owners(token, ("poss",), ("of",)))
            unit = next((k for k in held if k and self.entities[k].type is EntityType.UNIT), None)
            if unit is not None:
                return unit
        if token.pos_ == "NOUN":
            found = self.description(token)
            if found is None and lower == "military" and any(c.lower_ == "the" for c in token.children):
                # "the military said": the country's forces named anywhere, else of the story's country
                found = self.national_named(token) or self.only_national_forces() or self.home_forces
                found = found or self.state_forces_of_story()  # Dawn's "the military" is Pakistan's
            return found
        return None

    def _the_guards(self, token: Token) -> str | None:
        """ "the Guards said" after "the Islamic Revolutionary Guard Corps": a force whose name is
        a guard's is called so, capitalized, where guards in the lower case are men."""
        if token.pos_ != "PROPN" or token.lower_ not in ("guard", "guards") or token.is_sent_start:
            return None
        if any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in token.children):
            return None
        return self._recent(token, {EntityType.UNIT}, lambda e: "guard" in with_singulars(name_words(e)), anywhere=True)

    def _loyal_to(self, token: Token) -> str | None:
        """ "Forces loyal to the SSC-Khatumo administration said": that body's forces, the body as the
        rules know it; "forces loyal to Khalifa Haftar": the force he commands, else forces of this
        article known by that loyalty."""
        if token.lemma_.lower() not in ("force", "forces", "troop", "troops", "fighter", "militia"):
            return None
        loyal = next((c for c in token.children if c.lower_ == "loyal"), None)
        owners_ = [o for p in loyal.children if p.lower_ == "to" for o in p.children] if loyal is not None else []
        for owner in (o for o in owners_ if o.dep_ == "pobj"):
            key = self.resolve(owner, create_groups=False)
            if key is not None and self.entities[key].type in (EntityType.UNIT, EntityType.ORGANIZATION):
                return key
            if key is not None and self.entities[key].type is EntityType.PERSON:
                name = f"forces loyal to {self.entities[key].name}"
                return self.unit_of(key, in_command=True) or self.add_local(name, self.doc[token.i : token.i + 1])
        return None

    def _one_of_its_own(self, token: Token, echelon: str) -> str | None:
        """ "relatives of servicemen of the brigade said a company had refused": a smaller unit
        no words place elsewhere, said of in a sentence that names one larger unit, is one of
        that unit's own."""
        if token.dep_ != "nsubj" or any(c.dep_ == "prep" for c in token.children):
            return None  # not "a company of Ukrainian marines"
        before = self.doc[token.sent.start : token.i]
        named = {k for t in before if (k := self.by_token.get(t.i))}
        named |= {k for t in before if t.lemma_ in self.v.unit_heads and (k := self.description(t))}  # "the brigade"
        larger = [k for k in named if self.outranks(k, echelon)]
        return larger[0] if len(larger) == 1 else None

    def _other_men(self, token: Token, create_groups: bool, vague: bool) -> str | None:
        """ "hundreds of soldiers of the division had withdrawn, and others had refused": the soldiers
        just named, of whom these are others; men counted, not "a captain" among them; "several
        others in his company": the company's."""
        listed = [token, token.head] if token.dep_ == "conj" else [token]  # "her husband and others in his company"
        within = (
            o for t in listed for p in t.children if p.dep_ == "prep" and p.lower_ in ("in", "from") for o in p.children
        )
        units = (k for o in within if (k := self.resolve(o, create_groups=False)))
        unit = next((k for k in units if self.entities[k].type is EntityType.UNIT), None)
        if unit is not None:
            return unit
        before = next((t for t in reversed(self.doc[token.sent.start : token.i]) if _others_of(t)), None)
        if before is not None and has_count(token):  # "one soldier was killed and three others wounded"; not
            men = self.lemma(before) in self.v.personnel_nouns  # "two civilians were killed and six others"
            return self.resolve(before, create_groups, vague) if men else None
        before = reversed(self.doc[self.window(token, sentences=2) : token.i])
        plural = token.tag_ == "NNS"
        men = next(
            (t for t in before if self.lemma(t) in self.v.personnel_nouns and (t.tag_ == "NNS" or not plural)), None
        )
        return self.resolve(men, create_groups, vague) if men is not None else None

    def _plural_of_name(self, token: Token) -> str | None:
        """ "the dozos" after "six dozo hunters": a force's one-word name made a plural noun."""
        if not token.lower_.endswith("s") or token.ent_type_ or token.pos_ not in ("NOUN", "PROPN"):
            return None
        singular = token.lower_.removesuffix("s")  # the tagger may take "dozos" for a name
        units = (e for e in self.entities.values() if e.type is EntityType.UNIT and e.mentions)
        return next((e.key for e in units if normalize(e.name) == singular), None)

    def _named_head(self, token: Token) -> str | None:
        """ "Russia's Wagner mercenary group": an echelon word whose modifier is a named unit."""
        if self.lemma(token) not in self.v.unit_heads:
            return None
        # 'the Chechen "Akhmat-Chechnya" special forces regiment': the name may sit deeper in the modifiers
        named = (self.at(t) for c in token.children if c.dep_ in ("compound", "nmod") for t in c.subtree)
        return next((k for k in named if k and self.entities[k].type is EntityType.UNIT), None)

    def lemma(self, token: Token) -> str:
        """The lemma, with plurals the tagger took for names made singular ("the Marines")."""
        lemma = token.lemma_.lower()
        if token.pos_ == "PROPN" and lemma.endswith("s") and lemma[:-1] in self.v.personnel_nouns:
            return lemma[:-1]
        return lemma

    @staticmethod
    def is_indefinite(token: Token) -> bool:
        return any(c.lower_ in ("a", "an", "one") for c in token.children)

    def quantified_of(self, token: Token) -> Token | None:
        """ "11 of his subordinates", "some of the paratroopers": the noun after "of"; "Of the 110
        men in their company, 23 have been killed": the noun the clause put first."""
        if token.like_num or token.lower_ in self.v.collective_nouns:
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":  # "a group of about 30 men", 30 parsed apart
                    objects = [c for c in prep.children if c.dep_ == "pobj"]
                    return next((c for c in objects if c.pos_ != "NUM"), objects[0] if objects else None)
        if token.like_num and token.dep_ in ("nsubj", "nsubjpass"):
            fronted = (p for p in token.head.children if p.dep_ == "prep" and p.lower_ == "of" and p.i < token.i)
            return next((c for p in fronted for c in p.children if c.dep_ == "pobj"), None)
        return None

    def recent_unit(self, token: Token) -> str | None:
        """The unit a possessive pronoun before a unit's name points to: only a unit owns one."""
        return self._recent(token, {EntityType.UNIT})

    def _recent(
        self,
        token: Token,
        types: set[EntityType],
        test=None,
        anywhere: bool = False,
        window: int = 3,
        main: bool = False,
    ) -> str | None:
        """The nearest earlier mention that fits, preferring subjects (the usual antecedents) in the
        last `window` sentences over other mentions; with `main`, a subject of the same sentence,
        else the one the article names most (the unit the story is about); with `anywhere`, else
        the only one in the article."""
        fits = [
            i
            for i in range(token.i - 1, -1, -1)
            if (key := self.by_token.get(i))
            and self.entities[key].type in types
            and (test is None or test(self.entities[key]))
        ]
        start = self.window(token, sentences=window)
        fits = [i for i in fits if not self._parent_described(i, fits)] or fits
        subjects = [i for i in fits if self._in_subject(self.doc[i]) and i >= start]
        if main and fits:  # nearest first among equals
            counts = Counter(self.by_token[i] for i in fits if self.by_token.get(i + 1) != self.by_token[i])  # names
            here = token.sent.start
            subjects = sorted(subjects, key=lambda i: (i < here, -counts[self.by_token[i]]))
            fits = sorted(fits, key=lambda i: -counts[self.by_token[i]])
        best = self.by_token[(subjects or fits)[0]] if fits else None
        if best is None and anywhere:
            only = {k for k, e in self.entities.items() if e.type in types and (test is None or test(e)) and e.mentions}
            best = only.pop() if len(only) == 1 else None
        if best is not None:
            self.entities[best].mentions.append((token.idx, token.idx + len(token.text)))
            self.by_token.setdefault(token.i, best)
        return best

    def _parent_described(self, i: int, fits: list[int]) -> bool:
        """ "the 164th Brigade, which is part of the 25th Army", "the 18th Division of the 11th Army
        Corps": a mention inside a clause or an "of" phrase that describes another fitting mention
        is no antecedent; the text goes on about the one described."""
        key = self.by_token[i]
        clause = relative_clause(self.doc[i])
        described = self.by_token.get(clause.head.i) if clause is not None else None
        if described is not None and described != key and clause.head.i in fits:
            return True
        root = self.doc[i]
        while root.head != root and self.by_token.get(root.head.i) == key:
            root = root.head
        owner = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
        return owner is not None and owner.i in fits and self.by_token.get(owner.i) != key

    @staticmethod
    def _in_subject(token: Token) -> bool:
        """A subject, or the name heading one: "The Territorial Defense Forces command said"; the
        agent of a main clause's passive is one too ("the attack was claimed by the Gran Grif gang")."""
        head = token.head if token.dep_ == "compound" else token
        # not an agent inside a clause: "The M23, which the UN says is backed by Rwandan troops, ..."
        agent = head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head.dep_ == "ROOT"
        return head.dep_ in ("nsubj", "nsubjpass") or agent

    def numbered(self, token: Token) -> str | None:
        """ "The 810th, which is based in Sevastopol": the unit of that number named before."""
        if not DESIGNATION.fullmatch(token.text) or not any(c.lower_ == "the" for c in token.children):
            return None
        number = token.lower_
        return self._recent(token, {EntityType.UNIT}, lambda e: (e.identity or "").split(" ")[0] == number)

    def window(self, token: Token, sentences: int = 3) -> int:
        """Where the few sentences up to the token begin: the reach of a pointing-back phrase."""
        upto = bisect_right(self._starts, token.i)
        return self._starts[max(0, upto - sentences)]

    def earlier(self, token: Token, lemma: str) -> list[Token]:
        """Earlier words of that lemma within the window, nearest first: where "the official" or
        "the analyst" was introduced."""
        return [t for t in reversed(self.doc[self.window(token) : token.i]) if t.lemma_.lower() == lemma]


def _others_of(noun: Token) -> bool:
    """A counted noun ("one soldier", "two civilians") that "N others" can be others of (not a count
    among them: "four people were killed, including two fighters, and 11 others")."""
    among = noun.dep_ == "pobj" and noun.head.lower_ == "including"
    return noun.pos_ == "NOUN" and noun.lemma_.lower() != "other" and has_count(noun) and not among


def _more_than_named(noun: Token, apposition: Token) -> bool:
    """ "25 soldiers ..., Major X": more men counted than the apposition names (not "two soldiers,
    Sepoy X and Naik Y")."""
    counts = [number(c.text) for c in noun.children if c.dep_ == "nummod"]
    return bool(counts) and counts[0] is not None and counts[0] > 1 + len(apposition.conjuncts)


def _after_inclusion(noun: Token, apposition: Token) -> bool:
    """An apposition set after an "including" phrase of the noun: it names the one included."""
    return any(
        c.dep_ == "prep" and c.lower_ in ("including", "among") and noun.i < c.i < apposition.i for c in noun.children
    )


def _participle_alias(ent: Span) -> bool:
    """ "the X Division, known as al-Y": a name a participle gives the phrase before (not "a
    commander, who goes by Skif", a man's own name whatever the clause was hung on)."""
    root = ent.root
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head
    return verb.dep_ == "acl" and verb.tag_ == "VBN"
