"""Definite descriptions: "the paper", "the regiment", "the region", "his unit", and the
entity each points back to.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from itertools import pairwise

from spacy.tokens import Token

from extract import gazetteer
from extract.gazetteer import normalize
from extract.model import Entity, EntityType
from extract.phrases import (
    SYNONYMS,
    THING_PRONOUNS,
    beyond,
    designation_of,
    name_words,
    owners,
    policing,
    says,
    self_namer,
    with_singulars,
)
from extract.vocab import country_rows, fighter_nouns

ECHELONS = ("squad", "platoon", "company", "battalion", "regiment", "brigade", "division", "corps")  # small to large


class DescriptionsMixin:
    """Description lookups of `EntityTable`, over its `doc`, `entities` and `by_token`."""

    def armys_own(self, noun: Token) -> str | None:
        """ "dozens of army soldiers", "army units": the state army of the side whose force says so
        (Wagner's "regular army units" are Russia's, the RSF's "army soldiers" Sudan's), else the
        one state army the article names."""
        if not any(
            c.dep_ == "compound" and c.lower_ in ("army", "military") and not c.ent_type_ for c in noun.children
        ):
            return None
        speaker = self.speakers_unit(noun) if self.speaker_of_words(noun) is not None else None
        side = gazetteer.lookup(self.entities[speaker].name) if speaker is not None else None
        army = gazetteer.national_army(side.country) if side is not None else None
        if army is not None:
            return self.add_known(army)
        return self.only_national_forces()

    def ruling_forces(self, token: Token) -> str | None:
        """ "the junta", "the regime", "regime soldiers", where a country's forces rule it (Myanmar's,
        Mali's): those forces, named or known by the country the story is set in ("Bhamo, Kachin
        State"; Myawaddy, whose rebels are Myanmar's, however often Thailand is named)."""
        return self.national_named(token) or self.state_forces_of_story() or self.forces_of_places()

    def national_named(self, token: Token) -> str | None:
        """The country's armed forces named last before a token, anywhere in the article."""
        return self._recent(token, {EntityType.UNIT}, lambda e: self.national_forces(e.key), anywhere=True)

    def military_media(self, office: Token) -> str | None:
        """The military's media office the article names (Pakistan's ISPR), which "the military's
        media wing" is, wherever the article names it."""
        return self._recent(office, {EntityType.ORGANIZATION}, is_military_media, anywhere=True)

    def civic_body(self, key: str) -> bool:
        """A charity, party or union (an organization its description calls one), whose staff
        killed are no force's losses."""
        entity = self.entities[key]
        return entity.type is EntityType.ORGANIZATION and bool(entity.roles & self.v.civic_bodies)

    def _police_in_sentence(self, token: Token) -> str | None:
        """The police force the sentence names, after the word too ("gangs attacked the police
        station ..., the Haitian National Police said")."""
        named = (self.by_token.get(i) for i in range(token.sent.start, token.sent.end))
        police = (k for k in named if k and self.entities[k].type is EntityType.UNIT)
        return next((k for k in police if policing(self.entities[k])), None)

    @staticmethod
    def countrys_police(entity: Entity) -> bool:
        """A police the gazetteer knows as a country's or a state's (the Jammu and Kashmir Police),
        or does not know: what "the police" said before any is named may be, unlike a named
        paramilitary (the Central Reserve Police Force)."""
        entry = gazetteer.lookup(entity.name)
        regional = entry is not None and gazetteer.provincial_police(entry.name.removesuffix(" Police")) == entry
        return policing(entity) and (entry is None or entry.kind == gazetteer.POLICE or regional)

    def _within_forces(self, key: str) -> bool:
        """Whether a force may be a branch of an army: the gazetteer places it within a larger one
        (the Ground Forces within the Armed Forces of Ukraine), or does not know it."""
        entry = gazetteer.lookup(self.entities[key].name)
        return entry is None or entry.parent is not None

    def description(self, token: Token) -> str | None:
        """ "the paper", "the regiment", "the activist": the entity so described. Only a definite
        phrase points back ("regular army units" names no particular unit)."""
        lemma = token.lemma_.lower()
        if lemma == "unit" and (army := self.armys_own(token)) is not None:  # not "a regular army brigade"
            return army
        if any(c.lower_ == "another" for c in token.children) and lemma in self.v.official_bodies:
            return self._body_of_another(token, lemma)
        title = token.dep_ == "compound" and token.head.lemma_.lower() in self.v.speaker_roles and not token.n_lefts
        if lemma in ("army", "military") and title:  # "army spokesman Colonel X": the country's army
            return self.national_named(token) or self.only_national_forces()
        if lemma == "gendarmerie":  # "the national gendarmerie", "a gendarmerie post"
            return self.gendarmerie(token)
        # "the police command in the province said": the police, by its command
        police_office = lemma in ("command", "headquarters") and any(
            c.dep_ == "compound" and c.lower_ == "police" for c in token.children
        )
        # "officers of the traffic police": the police's own service, no police of another name
        unnamed = ("traffic", "road", "patrol", "transport", *(("police",) if police_office else ()))
        named = (c for c in token.children if c.dep_ in ("amod", "compound", "poss") and c.lower_ not in unnamed)
        if (lemma == "police" or police_office) and not any(named):
            # "the police", "a police captain" after "Iran's police force": that force, named or not
            police = self._recent(token, {EntityType.UNIT}, policing)
            police = police or self._police_in_sentence(token)  # "attacked the police station ..., the PNH said"
            police = police or self._recent(token, {EntityType.UNIT}, self.countrys_police, anywhere=True)
            return police or self.police_of_story(token)
        if the_security_forces(token):  # "a member of the security forces" beside an armed group: the state's
            return self.only_national_forces() or self.state_forces_of_story()
        if lemma in self.v.org_nouns and self.is_indefinite(token) and self._says(token):
            return self._body_named_next(token, lemma)  # "a police union said" then "the Synapoha union"
        if lemma in self.v.faction_nouns and token.tag_ == "NN" and self.is_indefinite(token):
            owned = (k for o in owners(token, (), ("of",)) if (k := self.unit_behind(o)))
            return next(owned, None)  # "a faction of the MFDC said it had captured seven soldiers": of the MFDC
        if not any(c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in token.children):
            return self._part_of_story(token)  # "whole companies refuse"
        role = SYNONYMS.get(lemma, lemma)
        if self.is_ship_noun(token):  # "the ship", "the boat's commander"
            return self._recent(token, {EntityType.UNIT}, lambda e: "ship" in e.roles, anywhere=True)
        if lemma == "command" and token.tag_ == "NN":  # "the command's chief" after "the Northeastern Command"
            return self._recent(token, {EntityType.UNIT}, lambda e: "command" in name_words(e))
        if lemma in self.v.unit_heads | {"formation"}:
            owned = self._unit_of_owner(token) or self._unit_it_came_from(token)
            if owned is not None:
                return owned
        if lemma in self.v.region_nouns | {"country"}:  # "the district": a military one named before, or a place
            named = self._last_of_echelon(token, lemma) if lemma in self.v.unit_heads else None
            return named or self._place(token, lemma)
        if lemma in ("unit", "formation"):  # "a soldier told his wife his unit lost half its men": the only one
            if token.tag_ == "NNS" and any(c.dep_ == "amod" and c.tag_ in ("VBG", "VBN") for c in token.children):
                return None  # "the attacking units": units described anew, not the ones named before
            if token.tag_ == "NNS" and self.unit_named_by(token, ("of", "from")) is not None:
                return None  # "formed from the ground units of the Baltic Fleet": the fleet's
            owned = any(c.dep_ == "poss" for c in token.children)
            units = {EntityType.UNIT}  # "sent to the unit" after the brigade and the Ground Forces: the brigade
            named = self._recent(token, units, lambda e: lemma in e.roles and designation_of(e.name) is None)
            if named is not None:  # 'the SOBR unit "Rys"' then "the unit": the one named as such
                return named
            formation = self._recent(token, units, lambda e: not self._service(e.key), anywhere=owned, main=True)
            return formation or self._recent(token, units, lambda e: not self.national_forces(e.key), anywhere=owned)
        if lemma in self.v.unit_heads:
            found = self._echelon_speaking_on(token, lemma)
            found = found or self._last_of_echelon(token, lemma) or self._unnamed_unit(token)
            if found is None and lemma == "group" and token.tag_ == "NN":  # "the group" after Hezbollah, or
                bare = not any(c.dep_ in ("compound", "nmod", "amod") for c in token.children)  # after 'the assault
                found = self._recent(  # group "Rusich"', a unit so named
                    token, {EntityType.UNIT}, lambda e: self.armed_group(e.key) or (bare and "group" in e.roles)
                )
                armed = any(c.lower_ in self.v.armed_group_adjectives for c in token.children)
                found = found or (self._recent(token, {EntityType.UNIT}, self._unknown_band) if armed else None)
            if found is None and lemma == "contingent":  # "the contingent": a country's forces sent abroad
                found = self.national_named(token)
            small = lemma in ECHELONS[:3]  # "his platoon"; "their regiment" may be named later
            found = found or self._part_of_story(token, owned=small and any(c.dep_ == "poss" for c in token.children))
            # "the army's 6th Division" with no army named: the one country's forces
            if found is None and lemma == "army" and token.tag_ == "NN":
                found = self.only_national_forces() or self._army_of_sentence(token) or self.state_forces_of_story()
            return found
        # "the resistance lost four fighters", "the outfit is led by X" (South Asia's word for a militant
        # group): the armed group named before
        if lemma in ("resistance", "outfit") and token.tag_ == "NN":
            return self._recent(token, {EntityType.UNIT}, lambda e: self.armed_group(e.key))
        if lemma in self.v.faction_nouns and token.tag_ == "NNS":
            return self._whose_factions(token)
        if lemma in self.v.faction_nouns and token.tag_ == "NN":
            faction = self._faction_named_before(token)
            if faction is not None or lemma not in self.v.org_nouns:
                return faction  # "the cell" is a faction named so before, or a body ("the Security Media Cell")
        if lemma in self.v.band_nouns and token.tag_ == "NN":  # "the cartel" after the Sinaloa Cartel
            return self._recent(token, {EntityType.UNIT}, lambda e: lemma in name_words(e) or self.armed_group(e.key))
        bare = not any(c.dep_ in ("poss", "compound") for c in token.children)  # not "Putin's regime"
        if lemma in self.v.military_rulers and token.tag_ == "NN" and bare:
            return self.ruling_forces(token)
        if lemma == "force" and any(c.lower_ == "armed" for c in token.children):
            return self.national_named(token)  # "the armed forces" after "the Egyptian armed forces"
        if lemma in self.v.generic_force_nouns and lemma in self.v.official_bodies and token.tag_ == "NN":
            # "the military said": a country's forces (not the Nahal Brigade named last, a part of
            # them), or a branch of them, not a numbered unit
            national = self._recent(token, {EntityType.UNIT}, lambda e: self.national_forces(e.key))
            # nor the rebels named last ("clashed with NPA rebels ..., the military said")
            branch = self._recent(
                token, {EntityType.UNIT}, lambda e: designation_of(e.name) is None and not self.armed_group(e.key)
            )
            # the Frontier Corps: a paramilitary force, the country's forces speak for it; a police for itself
            if branch is not None and not self._within_forces(branch) and not policing(self.entities[branch]):
                branch = self.forces_of_places() or branch
            return national or branch or self.forces_of_places()  # none named yet: the country's the places lie in
        outlet = None
        if lemma in self.v.outlet_nouns:
            outlet = self._recent(token, {EntityType.OUTLET}, lambda e: role in e.roles, anywhere=True)
        if outlet is None and lemma in self.v.org_nouns:  # "the ministry", "the (intelligence) agency"
            kinds = {EntityType.ORGANIZATION, EntityType.UNIT}
            words = {lemma} | {c.lower_ for c in token.children if c.dep_ == "compound"}
            words |= {"intelligence"} if lemma == "agency" else set()  # "the agency" after Defence Intelligence
            found = self._recent(token, kinds, lambda e: bool(words & name_words(e)) or lemma in e.roles)
            return found or self._body_introduced(token, lemma)
        if outlet is not None:
            return outlet
        if lemma in self.v.person_roles and token.tag_ != "NNS":  # "their wives" are not one person
            if any(self.is_indefinite(o) or o.lower_ == "one" for o in owners(token, (), ("of",))):
                return None  # "the commander of a neighbouring unit (of one of its battalions)": someone new
            person = self.pen_name(token) or self._recent(
                token, {EntityType.PERSON}, lambda e: lemma in e.roles, anywhere=True
            )
            person = person or self._pen_named(token, lemma)
            if person is None and lemma in self.v.official_bodies:  # "the milblogger" after "a Russian milblogger"
                body = self._recent(token, {EntityType.ORGANIZATION}, lambda e: lemma in with_singulars(name_words(e)))
                return body or self._body_named_before(token, lemma)
            return person
        if lemma in self.v.official_bodies and token.tag_ == "NNS":  # "the prosecutors": their office named before
            return self._recent(token, {EntityType.ORGANIZATION}, lambda e: lemma in with_singulars(name_words(e)))
        if lemma == "force" and token.tag_ == "NN":  # "the force said" after Chile's Carabineros; "the task
            said = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod")}  # force": one so named
            return self._recent(
                token, {EntityType.UNIT}, lambda e: designation_of(e.name) is None and said <= name_words(e)
            )
        return None

    def official_body(self, noun: Token, around: Iterable[Token] = ()) -> str | None:
        """ "the Norwegian police", "Ukrainian officials", "Russian milbloggers": a country's body,
        known by nationality and kind, stands as an organization; `around` are modifiers the parser
        gave the phrase's head instead ("Western intelligence estimates")."""
        modifiers = [c for c in (*noun.children, *around) if c.dep_ in ("amod", "compound", "nmod") and c != noun]
        country = next((self.v.countries.get(c.lower_) for c in modifiers if c.lower_ in self.v.countries), None)
        places = [k for c in modifiers if (k := self.at(c)) and self.entities[k].type is EntityType.REGION]
        if places and not country:  # "the Pskov regional administration": a province's or a city's body
            country = self.entities[places[0]].name
        forces = noun.lemma_.lower() == "ministry" and any(c.lower_ in ("defence", "defense") for c in modifiers)
        if not country and noun.lemma_.lower() in ("presidency", "government") and noun.tag_ == "NN":
            # "... in Chad's Lake Chad province, the presidency said", else the story's country's
            country = self._country_of_sentence(noun)
            owned = any(c.dep_ == "poss" for c in noun.children)  # "the republic's government": not the country's
            country = country or (None if owned else self._people_of_story())
        if not country and forces and noun.tag_ in ("NN", "NNP"):  # a lower-case ministry, however tagged
            country = self._country_of_sentence(noun) or self._nation_of_the_forces(noun)
        ministry = noun.lemma_.lower() in ("ministry", "secretariat") and noun.tag_ in ("NN", "NNP") and modifiers
        if not country and ministry and any(c.lower_ == "the" for c in noun.children):
            country = self._country_of_sentence(noun) or self._people_of_story()  # "the interior ministry said"
        if not country and not any(c.ent_type_ == "NORP" for c in modifiers):
            return None
        nation = country or next(c.text for c in modifiers if c.ent_type_ == "NORP")
        kinds = ("compound", "amod") if ministry else ("compound",)  # "the interior ministry", parsed either way
        kind = " ".join(c.lower_ for c in modifiers if c.dep_ in kinds and c.i < noun.i)
        entry = gazetteer.lookup(f"{nation} {kind} {noun.lower_}") if kind else None
        span = noun.doc[noun.i : noun.i + 1]
        if entry is not None:  # "Twenty-one Nigerien soldiers were killed, the defence ministry said"
            return self.add(entry.type, entry.name, normalize(entry.name), span, surface=noun.text)
        name = f"{nation} {kind} {noun.lemma_.lower()}" if ministry and kind else f"{nation} {noun.text.lower()}"
        # "a Russian milblogger" is one of "Russian milbloggers"
        one = normalize(name if ministry else f"{nation} {noun.lemma_.lower()}")
        return self.add(EntityType.ORGANIZATION, name, one, span, surface=noun.text)

    def _nation_of_the_forces(self, noun: Token) -> str | None:
        """The people ("Nigerien") whose soldiers the sentence counts."""
        men = (t for t in noun.sent if self.lemma(t) in self.v.personnel_nouns)
        nations = {self.v.countries[n] for t in men if (n := self.nationality(t)) in self.v.countries}
        return nations.pop() if len(nations) == 1 else None

    def _country_of_sentence(self, noun: Token) -> str | None:
        """The one country a sentence names, by its word ("Chad's") or by its places ("in northern
        Burkina Faso"), whose presidency or government a bare one is."""
        words = (t for t in noun.sent if t.lower_ in self.v.countries and t.is_title and not beyond(t))
        # not a word of another name: "Sudan" in "the South Sudan People's Defence Forces"
        named = {self.v.countries[t.lower_] for t in words if self._alone_or_country(t)}
        if not named:
            keys = (self.at(t) for t in noun.sent if not beyond(t))
            places = {self.entities[k].name for k in keys if k and self.entities[k].type is EntityType.REGION}
            countries = {c for p in places if (c := gazetteer.country_of(p))}
            named = {row.adjectives[0] for row in country_rows() if row.name in countries}
        return next(iter(named)) if len(named) == 1 else None

    def _people_of_story(self) -> str | None:
        """The adjective of the country the story is set in ("Iranian"), whose ministries a bare
        "the interior ministry" means."""
        code = self.country_of_story()
        return next((row.adjectives[0] for row in country_rows() if row.code == code), None) if code else None

    def _alone_or_country(self, token: Token) -> bool:
        """Whether a country's word stands for the country: a people's adjective ("Malian soldiers")
        always; its name when unnamed or the whole name of its mention, not a word of another's."""
        key = self.by_token.get(token.i)
        if key is None or gazetteer.country_code(token.text) is None:
            return True
        return normalize(self.entities[key].name) == normalize(token.text)

    def _echelon_speaking_on(self, token: Token, lemma: str) -> str | None:
        """ "The 13th Brigade said that Russia's 138th Brigade lost 40 men. ... the brigade said":
        a brigade that speaks goes on speaking, whichever brigade its words named last; so does any
        force but a state's ("The YDF said ... the group added")."""
        spoke = self._speaking_before(token, {EntityType.UNIT}) if self._says(token) else None
        if spoke is None:
            return None
        if not (lemma in name_words(self.entities[spoke]) or (lemma == "group" and not self.state_unit(spoke))):
            return None
        self.entities[spoke].mentions.append((token.idx, token.idx + len(token.text)))
        self.by_token.setdefault(token.i, spoke)
        return spoke

    @staticmethod
    def _says(noun: Token) -> bool:
        """Whether a noun is the subject of a say verb: who tells, not what the story is about."""
        return noun.dep_ == "nsubj" and says(noun.head)

    def _body_named_next(self, token: Token, lemma: str) -> str | None:
        """ "a police union said ..." then "a spokesman for the Synapoha union": a body a speaker is
        introduced as, which the next two sentences name with the same noun."""
        for later in self.doc[token.sent.end : self.sentence_end(token.i, 2)]:
            named = (self.at(c) for c in later.children if c.dep_ == "compound") if later.lemma_ == lemma else ()
            key = next((k for k in named if k and self.entities[k].type is EntityType.ORGANIZATION), None)
            if key is not None:
                return key
        return None

    def _body_of_another(self, token: Token, lemma: str) -> str | None:
        """ "Another milblogger claimed" after "Russian milbloggers claimed": one more of the
        same body, never the one named before."""
        body = self._recent(token, {EntityType.ORGANIZATION}, lambda e: lemma in with_singulars(name_words(e)))
        return body or self._body_named_before(token, lemma)

    def _body_named_before(self, token: Token, lemma: str) -> str | None:
        """ "The official said" after "A U.S. official, speaking on condition of anonymity": the
        country's officials, though no claim of theirs has named them yet."""
        return next((k for k in map(self.official_body, self.earlier(token, lemma)) if k is not None), None)

    def _body_introduced(self, token: Token, lemma: str) -> str | None:
        """ "the court" after "a garrison military court in Vladivostok": a body the article
        introduced by kind and place, which stands as an organization of that place."""
        for intro in self.doc[self.window(token) : token.i]:
            if intro.lemma_.lower() != lemma or not self.is_indefinite(intro):
                continue
            for place_tok in owners(intro, (), ("in",)):
                place = self.at(place_tok)
                if place is not None and self.entities[place].type is EntityType.REGION:
                    kind = [t for t in intro.lefts if t.dep_ in ("amod", "compound")] + [intro]
                    name = " ".join([self.entities[place].name, *(t.lower_ for t in kind)])
                    span = self.doc[kind[0].i : intro.i + 1]
                    key = self.add(EntityType.ORGANIZATION, name, normalize(name), span)
                    self.by_token[token.i] = key
                    self.entities[key].mentions.append((token.idx, token.idx + len(token.text)))
                    return key
        return None

    def _place(self, token: Token, lemma: str) -> str | None:
        """ "the republic", "the region", "the country": the latest place of that kind, else of any
        kind below a country (a province is not called "the country")."""
        if lemma == "country":
            return self._recent(token, {EntityType.REGION}, lambda e: "country" in e.roles)
        fits = self._recent(token, {EntityType.REGION}, lambda e: lemma in e.roles)
        return fits or self._recent(token, {EntityType.REGION}, lambda e: "country" not in e.roles)

    def _their(self, owner: Token) -> str | None:
        """What "their" stands for, asked once per token: "soldiers of their unit" would
        otherwise ask the soldiers, who ask the unit, which asks "their" again."""
        return self.once(self._owners_seeking, owner.i, lambda: self.pronoun(owner))

    def _of_kind(self, key: str, noun: Token) -> bool:
        """Whether a unit is what "their unit" or "their regiment" can be (not a division)."""
        lemma = noun.lemma_.lower()
        entity = self.entities[key]
        return entity.type is EntityType.UNIT and (lemma in ("unit", "formation") or lemma in name_words(entity))

    def _whose_factions(self, factions: Token) -> str | None:
        """ "the factions' losses" after "factions of the Syrian National Army": the force whose
        factions the article named before."""
        earlier = (t for t in self.doc[: factions.i] if t.lemma_ == factions.lemma_ and t.tag_ == "NNS")
        owned = (k for t in earlier for o in owners(t, ("poss",), ("of",)) if (k := self.unit_behind(o)))
        return next(owned, None)

    def _faction_named_before(self, faction: Token) -> str | None:
        """ "The faction operating in Guaviare" after "a faction of the EMC": the force the last
        such faction was said to be of, or the faction itself where a name stood beside it ("the
        Carlos Patiño Front, a faction of the EMC")."""
        earlier = [t for t in self.doc[: faction.i] if t.lemma_ == faction.lemma_ and t.tag_ == "NN"]
        if not earlier:
            return None
        last = earlier[-1]
        named = self.unit_behind(last.head) if last.dep_ == "appos" else None
        owned = (k for o in owners(last, ("poss",), ("of",)) if (k := self.unit_behind(o)))
        return named or next(owned, None)

    def _unit_it_came_from(self, group: Token) -> str | None:
        """ "the attacking group came from Russia's 30th Regiment and lost 40 men": a group its own
        clause says came from a named unit is drawn from it ("the regiment belongs to the 76th
        Division" is a part, not the division)."""
        if group.dep_ != "nsubj" or group.lemma_.lower() != "group":
            return None
        verbs = (v for v in (group.head, *group.head.conjuncts) if v.lemma_.lower() == "come")
        places = (o for v in verbs for p in v.children if p.lower_ == "from" for o in p.children)
        return next((k for o in places if o.dep_ == "pobj" and (k := self.unit_behind(o))), None)

    def _unit_of_owner(self, token: Token) -> str | None:
        """ "his unit", "Aliev's detachment": the unit its owner was said to command or serve in."""
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in ("their", "my", "our"):  # "a dozen men say their battalion
            # lost half its men", '"My battalion lost 40 men," said Maj. X, who commands ...'
            spoken = self.speakers_unit(token)
            theirs = self._their(owner) if spoken is None and owner.lower_ == "their" else None
            # "the marines rebelled after their battalion lost ...": their brigade's, no battalion named
            lemma = token.lemma_.lower()
            fits = theirs is not None and (
                self._of_kind(theirs, token) or (self.outranks(theirs, lemma) and not self._echelon_named(lemma))
            )
            return spoken or (theirs if fits else None)
        if owner is not None and owner.lemma_.lower() in self.v.soldiers_kin:  # "her husband's company": the
            return self.story_unit(token)  # soldier's, whose unit the story is about
        if owner is not None and owner.lower_ == "its" and token.tag_ == "NNS":  # "its battalions refused":
            unit = self.resolve(owner, create_groups=False)  # the division's own, no battalion named
            fits = unit is not None and self.entities[unit].type is EntityType.UNIT
            return unit if fits and self.outranks(unit, token.lemma_.lower()) else None
        if owner is None or owner.lower_ in THING_PRONOUNS:
            return None
        person = self.resolve(owner, create_groups=False)
        if person is None:  # "a soldier from the 35th Brigade told the paper his unit had lost 60 men"
            return self._speaking_soldiers_unit(token)
        if self.entities[person].type is not EntityType.PERSON:
            return None
        # A unit the text never tied to them by grammar: the one the passage is about.
        return self.unit_of(person) or self._recent(token, {EntityType.UNIT})

    def _last_of_echelon(self, token: Token, echelon: str) -> str | None:
        """The latest unit whose name has this echelon: "the regiment" after "the 331st Regiment";
        names and directions before the echelon must be the unit's too ("Ukraine's eastern group"
        is not Wagner's; "the elite regiment" is any)."""
        naming = [c for c in token.children if c.dep_ in ("amod", "compound")]
        said = {c.lower_ for c in naming if c.pos_ == "PROPN" or c.lower_ in self.v.direction_words}
        armies = self.v.nationalities
        nation = next((armies[c.lower_] for c in naming if c.lower_ in armies), None)  # "the Russian brigade"

        rebels = echelon == "army" and not said  # "the army" is a state's, not the National Liberation Army

        def fits(entity: Entity) -> bool:
            words = set(normalize(entity.name).split()) | {w for a in entity.aliases for w in normalize(a).split()}
            side = self._side_of(entity.key, armies) if nation is not None else None
            same_side = side is None or armies[side] == nation  # "Ukraine's 79th" is no Russian brigade
            state = not (rebels and self.armed_group(entity.key))
            named = echelon in words or (echelon == "mission" and peacekeeping_mission(entity))
            return named and (said - armies.keys()) <= words and same_side and state

        self.read_subjects_before(token)
        return self._recent(token, {EntityType.UNIT}, fits, window=6, main=True)  # the brigade the story is about

    def _army_of_sentence(self, token: Token) -> str | None:
        """ "Forty-two Malian soldiers were killed ..., the army said", French troops named elsewhere:
        the army of the one country the sentence names, where the article names that army; the one
        country's forces the sentence names, where it names them ("The UPDF killed 19 ADF fighters in
        Congo, the army's spokesperson said")."""
        named = {k for t in token.sent if (k := self.by_token.get(t.i)) and self.national_forces(k)}
        if named:
            return named.pop() if len(named) == 1 else None
        nation = self._country_of_sentence(token)
        code = self.country_of_nation(nation.lower()) if nation else None
        army = gazetteer.national_army(code) if code else None
        if army is None:
            return None
        return next((k for k, e in self.entities.items() if e.name == army.name), None)

    def state_forces_of_story(self) -> str | None:
        """Whom "the army" and "the military" are where the article names no other state's forces
        (only the ELN, a rebel "army"): the armed forces of the country the story is set in, else
        of the one its one armed group belongs to, else of the publisher's."""
        story = self.country_of_story()
        army = gazetteer.national_army(story or self._rebels_country() or self.home)
        named = {
            self.entities[k].name
            for k, e in self.entities.items()
            if e.type is EntityType.UNIT and self.national_forces(k)
        }
        if army is None or (named and named != {army.name}):  # Uganda's and Congo's named: whose army is unsaid
            return None
        return self.add_known(army)

    def _rebels_country(self) -> str | None:
        """The country the gazetteer places the article's one armed group in, by its code."""
        groups = [k for k, e in self.entities.items() if e.type is EntityType.UNIT and self.armed_group(k)]
        entry = gazetteer.lookup(self.entities[groups[0]].name) if len(groups) == 1 else None
        return entry.country if entry is not None else None

    def _part_of_story(self, token: Token, owned: bool = False) -> str | None:
        """ "the battalion had lost 70 men", "whole companies refuse", an unnamed man's "his platoon"
        in a story about a brigade, no battalion or company named: the brigade's own, whose losses
        and refusals are the brigade's."""
        lemma = token.lemma_.lower()
        the = owned or any(c.lower_ == "the" for c in token.children)  # "his platoon", "the battalions"
        bare = token.tag_ == "NNS" and all(c.dep_ in ("amod", "nummod", "prep") for c in token.children)
        national = any(c.lower_ in self.v.nationalities for c in token.children)  # "Ukrainian companies"
        others = self.unit_named_by(token, ("of", "from")) is not None  # "regiments of the 76th": the 76th's
        if lemma not in ECHELONS or not (the or bare) or national or others:
            return None
        unit = self.story_unit(token, main=True)
        return unit if unit is not None and self.outranks(unit, lemma) else None

    def is_ship_noun(self, token: Token) -> bool:
        """ "the ship", "the boat", "the vessel": a word for the warship named before."""
        return token.tag_ == "NN" and token.lemma_.lower() in self.v.warship_nouns | {"vessel"}

    def _unknown_band(self, entity: Entity) -> bool:
        """ "the rebel group" after a force no list knows, named by no number nor as a country's:
        the band it is, whatever its name ("the Military Command Council for ...")."""
        known = gazetteer.lookup(entity.name) is not None or designation_of(entity.name) is not None
        words = normalize(entity.name).split()
        formation = bool(words) and words[-1] in self.v.unit_heads  # "the Siberian Battalion": a unit's kind
        return not known and not formation and not self.national_forces(entity.key)

    def armed_group(self, key: str) -> bool:
        """Rebels, a militia or a jihadist group (Hezbollah, the M23, "the Carlos Patiño Front"), not
        a state's forces: one the gazetteer marks so, or one whose name says so. "The group", its
        "militants" and "gunmen" are such a force."""
        name = self.entities[key].name
        entry = gazetteer.lookup(name)
        if entry is not None:
            return entry.kind == gazetteer.ARMED_GROUP
        words = normalize(name).split()
        prefix = name.split("-")[0].lower() in self.v.armed_group_prefixes  # "Jaish-e-Fursan-e-Muhammad"
        phrase = any(p in normalize(name) for p in self.v.armed_group_phrases)
        called = bool(self.entities[key].roles & (self.v.insurgent_nouns | self.v.band_nouns))  # "Lakurawa terrorists"
        named = bool(words) and words[-1] in self.v.armed_group_words
        head = next((w for w, after in pairwise(words) if after in ("for", "of")), "")  # "Front for the ..."
        named = named or head in self.v.armed_group_words - {"group"}
        return prefix or phrase or called or named or key in self._described_armed

    @cached_property
    def _described_armed(self) -> set[str]:
        """Names set beside an armed kind ("the Kuki National Army, an insurgent group"), read once
        per article: armed groups whatever their names say."""
        found = set()
        for kind in (t for t in self.doc if t.dep_ == "appos"):
            if not any(c.lower_ in self.v.armed_group_adjectives for c in kind.children):
                continue
            # the name, or the name before its own kind: "the Mahmuda group, an armed group"
            named = [kind.head, *(c for c in kind.head.children if c.dep_ == "compound")]
            found |= {self.by_token[t.i] for t in named if t.i in self.by_token}
        return found | self._fighters_bands | self._self_named_bands

    @property
    def _self_named_bands(self) -> set[str]:
        """ "a separatist militia calling itself the Bui Warriors": the name a band gives itself."""
        armed = self.v.armed_group_adjectives
        calls = ((t, n) for t in self.doc if (n := self_namer(t)) is not None)
        bands = [
            t for t, n in calls if self.lemma(n) in self.v.band_nouns or any(c.lower_ in armed for c in n.children)
        ]
        named = (self.by_token.get(i) for t in bands for i in range(t.i + 1, min(t.i + 5, len(self.doc))))
        return {k for k in named if k is not None and self.entities[k].type is EntityType.UNIT}

    @property
    def _fighters_bands(self) -> set[str]:
        """ "fighters of the Military Command Council for ...": a force no list knows, numbered by
        nothing and no country's, whose men the article calls fighters or rebels."""
        men = (t for t in self.doc if t.tag_ == "NNS" and t.lemma_.lower() in fighter_nouns())
        named = (o for t in men for p in t.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj")
        keys = {self.by_token[o.i] for o in named if o.i in self.by_token}
        return {k for k in keys if self.entities[k].type is EntityType.UNIT and self._unknown_band(self.entities[k])}

    def _echelon_named(self, echelon: str) -> bool:
        """Whether the article names a unit of this echelon, which "their regiment" may be."""
        units = (e for e in self.entities.values() if e.type is EntityType.UNIT)
        return any(echelon in name_words(e) for e in units)

    def outranks(self, key: str, echelon: str) -> bool:
        """Whether a unit's name says it is of a higher echelon: a brigade has battalions."""
        if echelon not in ECHELONS or self.entities[key].type is not EntityType.UNIT:
            return False
        words = normalize(self.entities[key].name).split()
        return any(w in ECHELONS and ECHELONS.index(w) > ECHELONS.index(echelon) for w in words)

    def read_subjects_before(self, token: Token) -> None:
        """ "the marines ... and that the brigade's commander", "the regiment ... its soldiers":
        soldiers or a unit the sentence made its subject before are the nearest antecedent's
        mention, though no finder may have read them yet."""
        described = self.v.personnel_nouns | self.v.unit_heads
        for subject in token.sent[: token.i - token.sent.start]:
            fresh = subject.i not in self.by_token and subject.i not in self.primed
            if fresh and self._in_subject(subject) and self.lemma(subject) in described:
                self.primed.add(subject.i)  # resolving them may come back here
                self.resolve(subject, create_groups=False)

    def echelon_unit(self, token: Token, commander: str) -> str:
        """ "the battalion commander, X": the battalion last named, else one this article knows
        only through its commander, named after them."""
        lemma = token.lemma_.lower()
        named = self._last_of_echelon(token, lemma)
        if named is not None:
            return named
        name = f"{self.entities[commander].name}'s {lemma}"
        span = self.doc[token.i : token.i + 1]
        return self.add_local(name, span)

    def _unnamed_unit(self, token: Token) -> str | None:
        """ "the regiment" after "a motor rifle regiment based in Voronezh": the unit the article
        introduced without a name, known in this article only by its description; not "the
        brigade's battalions", which are a named unit's own."""
        if token.tag_ == "NNS" and any(c.dep_ == "poss" for c in token.children):
            return None
        lemma = token.lemma_.lower()
        first = next(
            (
                t
                for t in self.doc[: token.i]
                if t.lemma_.lower() == lemma and any(c.lower_ in ("a", "an") for c in t.children)
            ),
            None,
        )
        if first is None or (lemma == "group" and self._armed_group_between(first, token)):
            return None  # "a large group of militants attacked ... The TTP said the group's fighters"
        if first.dep_ == "appos" and first.head.i in self.by_token:
            return self.by_token[first.head.i]  # "Lakurawa, a group of armed men ...": the group is named
        named = self._named_head(first) or self.unit_named_by(first, ("of",))  # "a Storm-Z assault company",
        if named is not None:  # "a storm company of the 36th Army": a named force's, so it
            return named
        modifiers = [t for left in first.lefts if left.dep_ in ("compound", "amod", "nmod") for t in left.subtree]
        words = [*sorted(modifiers, key=lambda t: t.i), first]
        name = " ".join("".join(t.text_with_ws for t in words).lower().split())  # "storm-v assault company"
        place = next(
            (self.by_token[t.i] for t in first.subtree if self.by_token.get(t.i, "").startswith("Region:")), None
        )
        if place is not None:
            name = f"{name} in {self.entities[place].name}"
        span = self.doc[words[0].i : first.i + 1]
        key = self.add_local(name, span)
        self.by_token[token.i] = key
        self.entities[key].mentions.append((token.idx, token.idx + len(token.text)))
        return key

    def _armed_group_between(self, first: Token, token: Token) -> bool:
        """Whether an armed group is named between an unnamed group's first mention and a later one."""
        named = {k for i in range(first.i + 1, token.i) if (k := self.by_token.get(i))}
        return any(self.entities[k].type is EntityType.UNIT and self.armed_group(k) for k in named)


def the_security_forces(noun: Token) -> bool:
    """ "the security forces": a generic name for a state's forces, however many of its forces, or
    of a rebel "Democratic Forces", the article names."""
    plural = noun.lemma_.lower() in ("force", "forces") and noun.tag_ == "NNS"
    generic = any(c.text == "security" for c in noun.children)  # not "the General Security forces", a name
    return plural and generic and any(c.lower_ == "the" for c in noun.children)


def is_military_media(entity: Entity) -> bool:
    """An army's press office by the gazetteer's kind (the ISPR)."""
    entry = gazetteer.lookup(entity.name)
    return entry is not None and entry.kind == gazetteer.MILITARY_MEDIA


def peacekeeping_mission(entity: Entity) -> bool:
    """A peacekeeping mission, by the gazetteer's kind (UNIFIL) or its name ("the Multinational
    Security Support mission"): whom "the mission" and its peacekeepers are."""
    entry = gazetteer.lookup(entity.name)
    return (entry is not None and entry.kind == gazetteer.MISSION) or "mission" in name_words(entity)
