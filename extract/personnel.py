"""Soldiers and the units they belong to: "servicemen of the 331st", "Russian troops", or a
group of their own ("40 soldiers from Sakhalin") when no unit is named.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property

from spacy.tokens import Span, Token

from extract import gazetteer
from extract.descriptions import ECHELONS, is_military_media, peacekeeping_mission, the_security_forces
from extract.gazetteer import normalize
from extract.model import Entity, EntityType
from extract.phrases import (
    PERSON_PRONOUNS,
    THING_PRONOUNS,
    beyond,
    designation_of,
    name_words,
    policing,
    relative_clause,
)

_ATTACK_VERBS = {"attack", "ambush", "raid", "storm", "overrun", "kill"}


class PersonnelMixin:
    """Personnel and group lookups of `EntityTable`, over its `doc`, `entities`, `by_token` and `groups`."""

    def _men_of_their_commander(self, noun: Token) -> str | None:
        """ "Colonel X, who they say threatens soldiers who refuse to attack": the men a unit's
        commander acts on are that unit's."""
        if noun.dep_ != "dobj" or self.lemma(noun) not in self.v.personnel_nouns:
            return None
        verb = noun.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        while subject is None and verb.dep_ in ("xcomp", "ccomp", "conj") and verb.head != verb:
            verb = verb.head
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ == "who" and verb.dep_ == "relcl":
            subject = verb.head  # the relative clause's antecedent
        person = self.resolve(subject, create_groups=False) if subject is not None else None
        if person is None or self.entities[person].type is not EntityType.PERSON:
            return None
        return self.unit_of(person, in_command=True)

    def personnel(self, token: Token, create: bool = True, vague: bool = False) -> str | None:
        """Soldiers, members, paratroopers: the unit they belong to, or a group of their own.

        A group needs a nationality or a place to be worth a node; with `vague`, for the
        actors of a refusal, one that has neither stands as a group of this article only.
        """
        noun = self.quantified_of(token) or token
        clause = relative_clause(noun) if noun.lower_ == "whom" else None
        if clause is not None and clause.head.lemma_.lower() in self.v.personnel_nouns:
            return self.personnel(clause.head, create, vague)  # "young conscripts, many of whom surrendered"
        if clause is not None:  # "conscripts from the 488th Regiment, many of whom", hung on the regiment
            unit = self.unit_behind(clause.head)
            return unit if unit is not None and self.entities[unit].type is EntityType.UNIT else None
        if noun.pos_ == "PRON":  # "many of them", "many of them from the 488th Regiment"
            named = (self.unit_behind(o) for p in token.children if p.lower_ in ("from", "in") for o in p.children)
            unit = next((k for k in named if k and self.entities[k].type is EntityType.UNIT), None)
            return unit or (self.pronoun(noun) if noun.lower_ in THING_PRONOUNS else None)
        modifiers = [*_own_words(noun), *(token.children if token != noun else [])]
        # "11 OMON riot police officers": the unit's name hung on the compound before the noun
        modifiers += [g for c in noun.children if c.dep_ == "compound" for g in c.children if g.dep_ == "compound"]
        national = None  # "Russian soldiers from the 4th Division" belong to the division
        clauses = [c for c in modifiers if c.dep_ in ("acl", "relcl")]  # also "Dozens of soldiers attached to Y"
        clauses += [k for c in clauses for k in c.conjuncts]  # "who signed contracts and were sent to Y"
        clauses += self._serving_clauses_on_origin(modifiers)
        serving = [p for c in clauses for p in c.children if p.dep_ == "prep"]
        # "soldiers who say they serve in the 98th Division"
        said = [v for c in clauses for v in c.children if v.dep_ == "ccomp" and v.lemma_.lower() == "serve"]
        serving += [p for v in said for p in v.children if p.dep_ == "prep"]
        if noun.dep_ == "nsubj" and self.lemma(noun.head) in self.v.say_verbs:  # "men say they serve in Y"
            theirs = (v for v in noun.head.children if v.dep_ == "ccomp" and v.lemma_.lower() == "serve")
            theirs = (v for v in theirs if v.tag_ in ("VBP", "VBZ"))  # not "said they served in Y": once
            own = [v for v in theirs if any(c.dep_ == "nsubj" and c.lower_ == "they" for c in v.children)]
            serving[:0] = [p for v in own for p in v.children if p.dep_ == "prep"]  # their word before a misparse
        # "a man who identifies himself as a platoon leader in the corps": the role's unit is his
        serving += [r for p in serving if p.lower_ == "as" for o in p.children for r in o.children if r.dep_ == "prep"]
        # "officers with the rank of colonel from the 1st Tank Army": "from" hung on the phrase after "with"
        withs = (o for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children)
        serving += [p for o in withs for p in o.children if p.dep_ == "prep" and p.lower_ == "from"]
        belonging = noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "belong"  # "the captured men belong to Y"
        if noun.dep_ == "nsubj" and (noun.head.lemma_.lower() in self.v.joining_verbs or belonging):
            serving += [p for p in noun.head.children if p.dep_ == "prep"]  # "conscripts ... served with Y"
        men = self.lemma(noun) in self.v.personnel_nouns or self.lemma(noun) in self.v.generic_force_nouns
        for child in [*modifiers, *serving]:  # "soldiers from Tuva serving in (who were sent with) the 55th Brigade"
            described = self.description(child) if men and child.dep_ == "poss" and child.pos_ == "NOUN" else None
            ruler = child.dep_ in ("compound", "amod") and self.lemma(child) in self.v.military_rulers
            described = described or (self.ruling_forces(child) if men and ruler else None)  # "regime soldiers"
            # "Six Nigerian Army (NA) soldiers": the bracket makes the name an nmod
            if child.dep_ in ("compound", "amod", "poss", "nmod") and (child.i in self.by_token or described):
                key = self.by_token.get(child.i) or described  # "the group's forces": the group's
                if self.entities[key].type is not EntityType.UNIT:
                    key = self.ministrys_forces(key) if men else None
                if key is None:
                    continue
                if not self.countrywide(key):
                    return key
                national = national or key
            band = self._band_named_before(child)  # "militia fighters" after "Macawisley clan militia"
            if band is not None:
                return band
            echelon = self.lemma(child) if child.dep_ == "compound" and child.i not in self.by_token else ""
            if echelon in ECHELONS and self.is_indefinite(noun):  # "a brigade officer": the brigade's
                key = self._last_of_echelon(child, echelon)
                if key is not None:
                    return key
            if child.dep_ == "prep" and child.lower_ == "under" and child in serving:  # "soldiers who served
                led = (self.resolve(o, create_groups=False) for o in child.children if o.dep_ == "pobj")  # under him"
                people = (k for k in led if k and self.entities[k].type is EntityType.PERSON)
                unit = next((self.unit_of(k, in_command=True) for k in people), None)
                if unit is not None:
                    return unit
            belongs_to = belonging and child.head == noun.head and child.lower_ == "to"
            # "soldiers attached (assigned) to the 7th Division"
            posted = self.v.attachment_verbs | self.v.posting_verbs  # "men who were sent to Y"
            belongs_to = belongs_to or (child.lower_ == "to" and self.lemma(child.head) in posted)
            if child.dep_ == "prep" and (child.lower_ in ("of", "with", "in", "within", "from", "into") or belongs_to):
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                # "a member of the security forces": the state's, not a named force with "Forces" in its name
                security = obj is not None and the_security_forces(obj)
                key = self.description(obj) if security else self.unit_behind(obj) if obj is not None else None
                if key is None and obj is not None and obj.lemma_.lower() in self.v.faction_nouns:
                    key = self.description(obj)  # "members of the factions": of the force they were named of
                if key is None and obj is not None and obj.lemma_.lower() in self.v.personnel_nouns | {"force"}:
                    key = self.personnel(obj, create=False)  # "a platoon of conscripts from Y", "members of Y forces"
                if key is None and obj is not None and vague and self.is_indefinite(obj):
                    echelon = self.lemma(obj)  # "23 soldiers of a Russian motorized rifle battalion"
                    key = self._unnamed_formation(obj, echelon) if echelon in self.v.unit_heads else None
                if key is not None and self.countrywide(key):
                    national = national or key
                elif key is not None and self.entities[key].type is EntityType.ORGANIZATION and self.is_indefinite(obj):
                    return self._formation_of_body(obj, key) if self.lemma(obj) in self.v.unit_heads else key
                elif key is not None and self.entities[key].type in (EntityType.UNIT, EntityType.ORGANIZATION):
                    return key
        same = self._same_man_before(noun) or self._men_placed_next(noun)
        if same is not None:
            return same
        if self.lemma(noun) == "gendarme" or any(c.lower_ == "gendarmerie" for c in noun.children):
            return self.gendarmerie(noun)  # "49 gendarmes", "gendarmerie students"
        crew = {"crew", "crewman", "sailor"}  # "crew members", "most of the crew": the ship's, where one is named
        if self.lemma(noun) in crew or any(c.dep_ == "compound" and c.lower_ == "crew" for c in noun.children):
            ship = self._recent(noun, {EntityType.UNIT}, lambda e: "ship" in e.roles, anywhere=True)
            if ship is not None:
                return ship
        if self.lemma(noun) == "peacekeeper":  # "two Sri Lankan peacekeepers" of UNIFIL: the mission's
            mission = self._recent(noun, {EntityType.UNIT}, peacekeeping_mission, anywhere=True)
            if mission is not None:
                return mission
        if national is not None:
            return national
        # "policemen", "four police officers": no police named beside them, or it would be found above
        police_officers = any(c.dep_ == "compound" and c.lemma_.lower() == "police" for c in noun.children)
        # not "nine SOBR riot police officers", a force named just before them however the parser hung it (a
        # name: "Gang members killed three police officers" names none)
        named_before = (t for t in self.doc[max(0, noun.i - 4) : noun.i] if t.ent_type_)
        police_officers = police_officers and not any(
            self.by_token.get(t.i, "").startswith("Unit:") for t in named_before
        )
        if self.lemma(noun) in ("policeman", "policewoman") or police_officers:
            police = self._recent(noun, {EntityType.UNIT}, self.countrys_police, anywhere=True)
            return police or self.police_of_story(noun)
        army = self.armys_own(noun)
        if army is not None:
            return army
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in PERSON_PRONOUNS), None)
        person = self.resolve(owner, create_groups=False) if owner is not None else None
        if person is not None and self.entities[person].type is EntityType.PERSON and self.unit_of(person):
            return self.unit_of(person)  # "his men": the unit their commander was said to lead
        said_by = self.speaker_of_words(owner) if owner is not None and person is None else None
        if said_by is not None and self.lemma(said_by) in self.v.personnel_nouns and self.is_indefinite(said_by):
            return self.soldiers_unit(said_by)  # "a soldier from Y told the paper his comrades surrendered": Y's
        if any(c.dep_ == "poss" and c.lower_ == "our" for c in noun.children):
            return self.speakers_unit(noun)  # '"many of our guys died," X said': X's unit
        commanded = self._men_of_their_commander(noun)
        if commanded is not None:
            return commanded
        counted = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun  # "six of their men"
        if any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children) and counted.dep_.startswith("nsubj"):
            speakers = self.speaker_of_words(noun)  # "peacekeepers said six of their servicemen were killed"
            unit = (
                self.resolve(speakers, create_groups=False)
                if speakers is not None and speakers.tag_ in ("NNS", "NNPS")
                else None
            )
            if unit is not None and self.entities[unit].type is EntityType.UNIT:
                return unit
        its = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ == "its"), None)
        owner_unit = self.pronoun(its) if its is not None else None
        lemma = self.lemma(noun)
        # "hundreds of its soldiers": the unit "its" stands for; "its border guards": the FSB's own
        kind = self.entities[owner_unit].type if owner_unit is not None else None
        if kind is EntityType.UNIT or (kind is EntityType.ORGANIZATION and lemma not in self.v.generic_force_nouns):
            return owner_unit
        forces = self.ministrys_forces(owner_unit) if kind is EntityType.ORGANIZATION else None
        if forces is not None:  # "the army general staff said its troops had repelled"
            return forces
        if lemma == "survivor":  # "several survivors had refused": of the unit whose losses came before
            return self.story_unit(noun)
        nation = self.nationality(noun)
        hired = self._mercenaries_of(nation) if lemma == "mercenary" and nation else None
        if hired is not None:  # "Russian mercenaries" where the article names Wagner
            return hired
        if lemma == "mercenary" and any(c.lower_ == "foreign" for c in noun.children):
            enemy = self.enemy_of_speaker(noun)  # '"180 foreign mercenaries" were killed, Russia's ministry said':
            if enemy is not None:  # the side it fights, whoever they came to fight for
                return enemy
        irregular = lemma in self.v.insurgent_nouns | {"fighter"}
        fighters = self._armed_group_of(nation) if irregular and nation else None
        if fighters is not None:  # "nine Afghan fighters" where the article names the Taliban alone
            return fighters
        region = self._origin(noun)
        home = self.v.countries.get(self.entities[region].name.lower()) if region else None
        if nation and home and home != self.v.countries.get(nation):
            region = None  # "Russian officers in Ukraine" serve there; they are not from there
        has_from = any(c.dep_ == "prep" and c.lower_ == "from" for c in modifiers)
        definite = any(c.lower_ in ("the", "these", "those") or c.dep_ == "poss" for c in noun.children)
        named_with = self._group_named_with(noun) if not (nation or region or has_from) else None
        if named_with is not None:  # "the militiamen" after "Wazalendo militiamen"
            return named_with
        # "gang members", "militia members": men of an armed band, as "gunmen" are
        banded = lemma in self.v.insurgent_nouns or any(
            c.dep_ == "compound" and self.lemma(c) in self.v.band_nouns for c in noun.children
        )
        named_for = self._band_named_for(noun) if banded and not nation else None
        if named_for is not None:  # "separatist rebels in Cabinda": the Front for the Liberation of ... Cabinda
            return named_for
        if banded and not (nation or region or has_from):
            killers = self._acting_on(token)  # "SDF fighters killed two of the assailants": not the SDF's
            irregulars = self.attack_claimer or self._recent(
                noun, {EntityType.UNIT}, lambda e: self.armed_group(e.key) and e.key != killers, anywhere=True
            )
            irregulars = irregulars or self._armed_group_named_most(besides=killers)
            if irregulars is not None:  # "the gunmen", "two militants": of the armed group named before (or the
                # only one the article names: "three terrorists were killed", the TTP claiming the attack later)
                return irregulars
            if definite and self._unnamed_insurgents_before(noun):
                return None  # "insurgents detonated the bomb ... the attackers fled": no group we know
        if definite and not nation:
            for key, (group_lemma, group_region) in reversed(self.groups.items()):
                same_kind = group_lemma == lemma or lemma in self.v.generic_force_nouns
                if same_kind and region in (None, group_region):
                    return self._mention_group(key, noun)
            if region is None and not has_from and self._one_man(noun):
                return self._same_man_before(noun)
            # "the marines": the unit the article is about ("the soldier" is one man, not his unit)
            if region is None and not has_from:
                earlier = self._soldiers_before(noun)
                if earlier is not None:  # "three Ukrainian soldiers ..." then "Russian marines shot the men"
                    return self.personnel(earlier, create=False)
                captors = self._captives_before(noun) if lemma in self.v.captivity_nouns else None
                if captors is not None:  # "the captured men belong to the 6th Army" then "the prisoners"
                    return captors
                serving = self._serving_men_before(noun) or self._same_men_before(noun)
                if serving is not None:  # "Former prisoners serving in a Storm-V unit ..." then "the men"
                    return serving
                owned = any(c.dep_ == "poss" for c in noun.children)  # "his men"
                # "the bandits", no group named: not the state's unit named last ("the attackers" may be a
                # volunteer battalion that crossed the border)
                irregular = banded
                # '"The soldiers ran out of ammunition," a rebel spokesman said': not the rebels' men
                speakers = self._quoted_side(noun) if lemma == "soldier" else None
                rebels = speakers if speakers is not None and self.armed_group(speakers) else None

                def fits(entity: Entity) -> bool:
                    return not (irregular and self.state_unit(entity.key)) and entity.key != rebels

                formation = self._unit_of_kind(noun, lemma) or self._recent(  # "the men", no kind of their
                    noun,
                    {EntityType.UNIT},
                    lambda e: not self._service(e.key) and fits(e),
                    main=lemma == "man" and not owned,
                )  # own: of the unit the article is about, not the one a quote last sent them to
                # "fighters of the 115th Brigade of the Territorial Defense Forces ... The fighters": the brigade's
                unit = formation or self._recent(noun, {EntityType.UNIT}, fits)
                if unit is not None and not self._speaking_of_its_attackers(noun, lemma, unit):
                    return unit
        border = any(c.lower_ == "border" for c in noun.children) and not has_from
        if border and nation in self.v.border_services:  # "two Ukrainian border guards": the country's service
            entry = gazetteer.lookup(self.v.border_services[nation])
            return self.add(entry.type, entry.name, normalize(entry.name), self.doc[noun.i : noun.i + 1])
        guards = self._border_force_beside(noun) if border else None
        if guards is not None:  # "Three Kyrgyz border guards were killed, the Border Service said"
            return guards
        if (lemma in self.v.generic_force_nouns or _of_war(noun)) and nation and not has_from:
            forces = self.national_forces_of(noun)  # "Ukrainian troops", "Ukrainian prisoners of war"
            if forces is not None:
                return forces
        same_kind = self._same_kind_before(noun) if not (definite or nation or region or has_from) else None
        if same_kind is not None:  # "border guards of the FSB ..." then "two border guards"
            return same_kind
        if not create or definite or not (nation or region or vague):
            return None
        if not (nation or region or has_from):
            topic = self.topic_unit(noun)  # "about 50 soldiers deserted", just after the brigade was named
            topic = topic or self._subject_later(noun)  # "soldiers refused after the division ran out of food"
            topic = topic or self.speakers_unit(noun)  # "its commander reported that 64 men went AWOL"
            if topic is not None:
                return topic
        return self._new_group(noun, lemma, nation, region)

    def _armed_group_named_most(self, besides: str | None) -> str | None:
        """ "16 terrorists were killed" in a lead, the TTP named three times after, the Afghan
        Taliban once as its hosts: where no armed group was named before the men and several are
        named in the article, the one it names most, if one is named more than any other."""
        counts = Counter(k for i, k in self.by_token.items() if k != besides and self.by_token.get(i - 1) != k)
        units = (k for k, _ in counts.most_common() if self.entities[k].type is EntityType.UNIT)
        ranked = [(counts[k], k) for k in units if self.armed_group(k)]
        return ranked[0][1] if len(ranked) == 1 or (ranked and ranked[0][0] > ranked[1][0]) else None

    def _acting_on(self, phrase: Token) -> str | None:
        """The force doing what a phrase's object undergoes: "SDF fighters killed two of the assailants"."""
        counted = phrase.head.head if phrase.dep_ == "pobj" and phrase.head.lower_ == "of" else phrase
        # "responded to the attack and killed two of them": the subject of the verb it is coordinated with
        subject = self._governing_subject(counted) if counted.dep_ == "dobj" else None
        return self.resolve(subject, create_groups=False) if subject is not None else None

    def _group_named_with(self, noun: Token) -> str | None:
        """ "three militiamen were killed" after "Wazalendo militiamen": the armed group last named
        with the same noun, whichever group was named since."""
        named = [*self._groups_by_noun.get(noun.lower_, ()), *self._groups_by_noun.get(self.lemma(noun), ())]
        earlier = [(i, key) for i, key in named if i < noun.i]
        return max(earlier)[1] if earlier else None

    @cached_property
    def _groups_by_noun(self) -> dict[str, list[tuple[int, str]]]:
        """Armed groups named before a noun ("Wazalendo militiamen") or after a count of it ("three
        fighters of the SDF"), by that noun's word and lemma: read once per article, as every count
        of men asks it."""
        index: dict[str, list[tuple[int, str]]] = {}
        for tok in self.doc:
            words = [c for c in tok.children if c.dep_ in ("compound", "nmod")]
            if any(c.dep_ == "nummod" for c in tok.children):
                words += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
            named = (self.by_token.get(c.i) for c in words)
            for key in {k for k in named if k is not None and self.armed_group(k)}:
                for word in {tok.lower_, self.lemma(tok)}:
                    index.setdefault(word, []).append((tok.i, key))
        return index

    @cached_property
    def attack_claimer(self) -> str | None:
        """The armed group that claimed the attack ("the attack had been claimed by X", "X claimed
        responsibility"): the attackers are its men, whatever other groups the article names. Read
        once per article, as every "gunmen" and "attackers" asks it."""
        for verb in self._affirmed({"claim"}):  # not "did not claim"
            attack = any(c.dep_ == "nsubjpass" and c.lemma_.lower() in self.v.attack_nouns for c in verb.children)
            owned = any(c.dep_ == "dobj" and c.lower_ == "responsibility" for c in verb.children)
            claimers = [o for a in verb.children if a.dep_ == "agent" for o in a.children] if attack else []
            claimers += [c for c in verb.children if c.dep_ == "nsubj"] if owned else []
            found = (self.at(c) for c in claimers)
            key = next((k for k in found if k is not None and self.entities[k].type is EntityType.UNIT), None)
            if key is not None:
                return key
        return self._blamed_group() or self.once(self._seeking, "attackers", self._group_that_attacked)

    def _affirmed(self, lemmas: set[str]) -> Iterator[Token]:
        """The article's verbs of these lemmas that no "not" denies ("did not claim")."""
        verbs = (t for t in self.doc if t.pos_ == "VERB" and t.lemma_.lower() in lemmas)
        return (t for t in verbs if not any(c.dep_ == "neg" for c in t.children))

    def _group_that_attacked(self) -> str | None:
        """ "Jihadists from Boko Haram killed six soldiers in an attack on a post": the armed group
        the article first says attacked, whom "the attackers" and "assailants" after it belong to
        (not its rival named last in the background). Asked once at a time: resolving "gunmen"
        who attacked asks for the attackers' group again."""
        for verb in self._affirmed(_ATTACK_VERBS):
            doers = (self.resolve(c, create_groups=False) for c in verb.children if c.dep_ == "nsubj")
            key = next((k for k in doers if k is not None and self.armed_group(k)), None)
            if key is not None:
                return key
        return None

    def _blamed_group(self) -> str | None:
        """ "The army blamed the X front", "the attack was blamed on X", "blamed the attack on X":
        the armed group the attack is laid on, where none claimed it; else the one the attackers
        are said to belong to."""
        for verb in self._affirmed({"blame"}):
            blamed = [c for c in verb.children if c.dep_ == "dobj" and self.lemma(c) not in self.v.attack_nouns]
            blamed += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children]
            key = next((k for c in blamed if (k := self.at(c)) is not None and self.armed_group(k)), None)
            if key is not None:
                return key
        return self._attackers_said_to_belong()

    def _attackers_said_to_belong(self) -> str | None:
        """ "officials said the gunmen belonged to X", "the militants were suspected to be members
        of X", "the army described the attackers as members of X": the armed group the attackers
        are said to be of."""
        slots = ("nsubj", "nsubjpass", "dobj")
        attackers = (t for t in self.doc if t.dep_ in slots and self.lemma(t) in self.v.insurgent_nouns)
        for subject in attackers:
            clause = [t for t in subject.head.subtree if not (subject.left_edge.i <= t.i <= subject.right_edge.i)]
            links = (t for t in clause if t.lemma_.lower() in ("belong", "member"))
            named = (o for t in links for p in t.children if p.lower_ in ("to", "of") for o in p.children)
            key = next((k for o in named if (k := self.at(o)) is not None and self.armed_group(k)), None)
            if key is not None:
                return key
        return None

    def _serving_clauses_on_origin(self, modifiers: list[Token]) -> list[Token]:
        """ "men from the Irkutsk region serving in the 1439th Regiment": the parser hangs the
        clause on the place, which serves nowhere; the men do."""
        places = [
            o
            for c in modifiers
            if c.dep_ == "prep" and c.lower_ == "from"
            for o in c.children
            if o.dep_ == "pobj" and o.i in self.by_token and self.entities[self.by_token[o.i]].type is EntityType.REGION
        ]
        return [c for o in places for c in o.children if c.dep_ == "acl" and self.lemma(c) in self.v.joining_verbs]

    def army_of_nation(self, nation: str) -> gazetteer.Entry | None:
        """The armed forces' row of a people's or a country's word ("Afghan", "burkina faso")."""
        return gazetteer.lookup(self.v.nationalities.get(nation, ""))

    def country_of_nation(self, nation: str) -> str | None:
        """The code of a people's or a country's word ("Afghan" → "AF"), by its armed forces' row."""
        army = self.army_of_nation(nation)
        return army.country if army is not None and army.country else None

    def _mercenaries_of(self, nation: str) -> str | None:
        """The mercenary force of a nation's side the article names, which its "mercenaries" serve in."""
        country = self.country_of_nation(nation)
        names = {e.name: k for k, e in self.entities.items()}
        hired = gazetteer.mercenaries_among(names, country) if country else None
        return names[hired.name] if hired is not None and hired.name in names else None

    def _armed_group_of(self, nation: str) -> str | None:
        """The one armed group of a nation's country the article names, whose its "fighters" are."""
        country = self.country_of_nation(nation)
        if country is None:
            return None
        groups = [
            k
            for k, e in self.entities.items()
            if e.type is EntityType.UNIT
            and self.armed_group(k)
            and (entry := gazetteer.lookup(e.name)) is not None
            and entry.country == country
        ]
        return groups[0] if len(groups) == 1 else None

    def _one_man(self, noun: Token) -> bool:
        """ "the soldier", "the officer": one man, where "the marines", "the personnel" are a unit's."""
        individual = self.v.personnel_nouns - self.v.collective_personnel
        return noun.tag_ == "NN" and noun.lower_ in individual

    def _unit_of_kind(self, noun: Token, lemma: str) -> str | None:
        """ "the marines" after the 155th Naval Infantry Brigade and the Pacific Fleet: the unit
        whose name says it is made of such men."""
        kinds = self.v.personnel_kinds.get(lemma)
        if not kinds:
            return None
        return self._recent(noun, {EntityType.UNIT}, lambda e: any(k in normalize(e.name) for k in kinds), window=6)

    def story_soldiers(self, noun: Token) -> str | None:
        """ "Ukrainska Pravda spoke to 20 servicemen. Several of them said ...": soldiers no
        country, place or unit claims, met in a story about a unit, are taken as its men."""
        placed = self.nationality(noun) or self._origin(noun)
        placed = placed or any(c.lower_ in ("from", "the", "these", "those") or c.dep_ == "poss" for c in noun.children)
        return self.topic_unit(noun) if not placed else None

    def _same_kind_before(self, noun: Token) -> str | None:
        """The unit or body whose men of the same kind ("border guards of the FSB") the sentences
        before named, which a new count of them ("two border guards") is of."""
        kind = [c.lower_ for c in noun.children if c.dep_ == "compound"]
        if not kind and self.lemma(noun) in self.v.generic_force_nouns:
            return None  # "many soldiers" are any soldiers

        def same(t: Token) -> bool:
            return t.lemma_ == noun.lemma_ and [c.lower_ for c in t.children if c.dep_ == "compound"] == kind

        # "At least 20 officers have been killed" just after the police were named, then "dozens of officers"
        men = reversed(self._soldiers_earlier(noun, same, sentences=3))
        # "set up to support the police against bandits ... six bandits were killed": not the subject's men
        enemies = self.lemma(noun) in self.v.insurgent_nouns
        earlier = (self.personnel(t, create=False) or (None if enemies else self._topics_subject(t)) for t in men)
        return next((k for k in earlier if k is not None and k not in self.groups), None)

    def _soldiers_before(self, noun: Token) -> Token | None:
        """The counted, national soldiers of the sentence before that "the men" takes up."""
        counted = self._soldiers_earlier(
            noun, lambda t: t.tag_ == "NNS" and self.nationality(t) and any(c.dep_ == "nummod" for c in t.children)
        )
        return counted[-1] if counted else None

    def _soldiers_earlier(self, noun: Token, fits: Callable[[Token], object], sentences: int = 2) -> list[Token]:
        """Soldiers' nouns of the sentences before a noun's that fit a test, in text order."""
        previous = self.doc[self.window(noun, sentences=sentences) : noun.sent.start]
        return [t for t in previous if self.lemma(t) in self.v.personnel_nouns and fits(t)]

    def _unnamed_insurgents_before(self, noun: Token) -> bool:
        """Insurgents of no named group in the sentences just before, whom "the attackers" take up."""
        before = self.doc[self.window(noun, sentences=2) : noun.i]
        return any(self.lemma(t) in self.v.insurgent_nouns and t.i not in self.by_token for t in before)

    def _serving_men_before(self, noun: Token) -> str | None:
        """The named unit of soldiers the sentences before said serve in it, which "the men"
        takes up (not a country's forces: "Russian soldiers" are no particular men); "the bandits"
        take up no soldiers, nor "the men" bandits."""
        insurgents = self.v.insurgent_nouns
        side = self.lemma(noun) in insurgents
        return self._unit_of_men_before(  # blank lines count as sentences; "serving" may hang on their origin
            noun, lambda t: t.tag_ == "NNS" and (self.lemma(t) in insurgents) == side and self._serving(t), sentences=5
        )

    def _speaking_of_its_attackers(self, noun: Token, lemma: str, unit: str) -> bool:
        """ "Kosovo Police said three of the attackers were killed": a force's attackers are not its men."""
        speaker = self.speaker_of_words(noun) if lemma in self.v.insurgent_nouns else None
        return speaker is not None and self.at(speaker) == unit

    def _serving(self, soldiers: Token) -> bool:
        """Soldiers said to serve somewhere, by a clause of their own or one hung on their origin."""
        clauses = [c for c in soldiers.children if c.dep_ == "acl"]
        return bool(clauses or self._serving_clauses_on_origin(list(soldiers.children)))

    def _same_men_before(self, noun: Token) -> str | None:
        """ "the officers" after "About 50 officers of the OMON, a unit of Rosgvardia's branch":
        the unit those same men were said to be of, not the last unit named ("his soldiers" are his)."""
        if any(c.dep_ == "poss" for c in noun.children):
            return None
        return self._unit_of_men_before(  # not "Russian marines", men of no unit in particular
            noun, lambda t: t.tag_ == "NNS" and t.lemma_ == noun.lemma_ and not self.nationality(t), sentences=5
        )

    def _unit_of_men_before(self, noun: Token, fits: Callable[[Token], object], sentences: int) -> str | None:
        """The named unit, not a country's whole forces, of the nearest earlier soldiers that fit."""
        units = (self.personnel(t, create=False) for t in reversed(self._soldiers_earlier(noun, fits, sentences)))
        return next(
            (k for k in units if k and self.entities[k].type is EntityType.UNIT and not self.national_forces(k)), None
        )

    def _captives_before(self, noun: Token) -> str | None:
        """The unit the captured men of the sentences before were said to belong to."""
        captured = self._soldiers_earlier(
            noun, lambda t: any(c.dep_ == "amod" and c.lemma_.lower() == "capture" for c in t.children)
        )
        units = (self.personnel(t, create=False) for t in reversed(captured))
        return next((k for k in units if k is not None and self.entities[k].type is EntityType.UNIT), None)

    def antecedent_group(self, noun: Token) -> str | None:
        """ "The men, who serve in Y" after "40 soldiers from Sakhalin": the group of soldiers the
        last sentences introduced, which a definite plural points back to."""
        definite = any(c.lower_ in ("the", "these", "those") for c in noun.children)
        if not definite or noun.tag_ != "NNS" or self.lemma(noun) not in self.v.personnel_nouns:
            return None
        start = self.window(noun)
        found = [k for i in range(start, noun.i) if (k := self.by_token.get(i)) in self.groups]
        return found[-1] if found else None

    def _subject_later(self, men: Token) -> str | None:
        """ "many soldiers refused to fight after the division ran out of supplies": the one unit a
        later clause of the sentence has as its subject (not one they fought or were sent to)."""
        later = (t for t in self.doc[men.i + 1 : men.sent.end] if t.dep_ in ("nsubj", "nsubjpass"))
        units = {k for t in later if (k := self.resolve(t, create_groups=False)) is not None}
        units = {k for k in units if self.entities[k].type is EntityType.UNIT and not self.national_forces(k)}
        return units.pop() if len(units) == 1 else None

    def _topics_subject(self, men: Token) -> str | None:
        """The unit the passage is about, for men who are their clause's subject (not those
        the unit fired on)."""
        counted = men.head.head if men.dep_ == "pobj" and men.head.lower_ == "of" else men  # "dozens of officers"
        return self.topic_unit(men) if counted.dep_ in ("nsubj", "nsubjpass") else None

    def topic_unit(self, token: Token) -> str | None:
        """The unit the last two sentences are about: a named unit as their subject, or the one
        unit its own sentence names before it ("soldiers of the brigade said ... men who refused").
        Asked once per token: reading the subjects before may come back to the same soldiers."""
        return self.once(self._topics_seeking, token.i, lambda: self._topic_unit_of(token))

    def _topic_unit_of(self, token: Token) -> str | None:
        here = {  # not the unit that speaks ("the corps said that 23 soldiers surrendered")
            key
            for i in range(token.sent.start, token.i)
            if (key := self.by_token.get(i))
            and self.entities[key].type is EntityType.UNIT
            and not self._says(self.doc[i])
        }
        if len(here) == 1 and not (here & set(self.groups)) and not self.national_forces(next(iter(here))):
            return here.pop()
        for i in range(token.i - 1, self.window(token, sentences=2) - 1, -1):
            key = self.by_token.get(i) or self._unit_subject(self.doc[i])
            if key and self.entities[key].type is EntityType.UNIT and self._subject_or_its_men(self.doc[i]):
                if self.national_forces(key) and self._says(self.doc[i]):
                    continue  # "Troops of X killed 15 bandits, the army said. Two soldiers died": X's
                if self.armed_group(key) and self._says(self.doc[i]) and self.lemma(token) == "soldier":
                    # "The group said 42 soldiers surrendered": a rebel group's enemies, the state's unit named last
                    return self._recent(token, {EntityType.UNIT}, self._garrison)
                return key if key not in self.groups and not self.national_forces(key) else None
        return None

    def _garrison(self, entity: Entity) -> bool:
        """A state's formation, as the soldiers an armed group fights are: not the group, nor the
        country's whole forces, nor men of no named unit."""
        key = entity.key
        return not self.armed_group(key) and not self.national_forces(key) and key not in self.groups

    def _unit_subject(self, tok: Token) -> str | None:
        """ "their company lost ...": a unit noun as a subject, which no finder may have resolved yet."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or self.lemma(tok) not in self.v.unit_heads:
            return None
        return self.resolve(tok, create_groups=False)

    def _subject_or_its_men(self, tok: Token) -> bool:
        """ "The brigade refused", "Soldiers of the brigade refused", "The posts were held by troops
        of Operation Mirador": what a sentence is about, its doer."""
        if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "from") and _doer(tok.head.head):
            return self.lemma(tok.head.head) in self.v.personnel_nouns
        return _doer(tok)

    def _same_man_before(self, noun: Token) -> str | None:
        """ "a serviceman from the 2nd battalion said ..." then "the serviceman said"; "The soldier,
        who serves in the 18th Division, says ..." then "according to the soldier": the one man
        the sentences before brought in, and so his unit."""
        if not _definite_one(noun):
            return None
        before = self.doc[self.window(noun, sentences=4) : noun.i]
        return self._unit_of_same_man(reversed([t for t in before if _same_kind(t, noun)]))

    def same_man_after(self, noun: Token) -> str | None:
        """ "a Russian soldier tells his mother ..." then "The soldier, who serves in the 18th
        Division": the unit the next sentences place the same man in."""
        later = self.doc[noun.sent.end : self.sentence_end(noun.i, after=2)]
        return self._unit_of_same_man(t for t in later if _same_kind(t, noun) and _definite_one(t))

    def state_unit(self, key: str) -> bool:
        """A state's forces, one of their numbered units (the 17 Brigade), a police force ("the Benue
        State Police Command") or a guard ("the National Guard"), which no insurgent serves in."""
        entity = self.entities[key]
        police = entity.type is EntityType.UNIT and (policing(entity) or bool({"guard", "guards"} & name_words(entity)))
        return bool(self.national_forces(key) or designation_of(entity.name) or police)

    def _men_placed_next(self, noun: Token) -> str | None:
        """ "Two paramilitary rangers were killed ..." then "The rangers, from Ranger Regiment 41,
        were on their way": men counted anew whom the next sentence places in a unit."""
        counted = any(c.dep_ == "nummod" for c in noun.children)
        if noun.tag_ != "NNS" or not counted or noun.sent.end >= len(self.doc):
            return None
        later = self.doc[noun.sent.end : self.sentence_end(noun.i, after=1)]
        placed = (t for t in later if t.lemma_ == noun.lemma_ and t.tag_ == "NNS" and _pointed_back(t))
        units = (self.unit_behind(o) for t in placed for o in _placed_in(t, self.v.attachment_verbs))
        return next(
            (k for k in units if k and self.entities[k].type is EntityType.UNIT and not self.national_forces(k)), None
        )

    def _unit_of_same_man(self, mentions: Iterable[Token]) -> str | None:
        """The first unit (not a country's whole forces) these mentions of one soldier resolve to."""
        for man in mentions:
            key = self.by_token.get(man.i) or self.personnel(man, create=False)
            if key is not None and self.entities[key].type is EntityType.UNIT and not self.national_forces(key):
                return key
        return None

    def forces_of_country(self, country: Token) -> str | None:
        """ "Ukraine's top commander": the armed forces of the country named."""
        return self.forces_of_nation(country.lower_)

    def nations_forces(self, body: str) -> str | None:
        """The armed forces of the country a body's name says it is of ("Russian Ministry of Defense"),
        or the gazetteer does ("the Secretariat of National Defense", Mexico's)."""
        nation = next((w for w in normalize(self.entities[body].name).split() if w in self.v.nationalities), None)
        if nation:
            return self.forces_of_nation(nation)
        entry = gazetteer.lookup(self.entities[body].name)
        return self.add_known(gazetteer.national_army(entry.country)) if entry is not None and entry.country else None

    def _band_named_for(self, men: Token) -> str | None:
        """ "separatist rebels in Angola's Cabinda exclave": the one armed group the article names
        after a place the men are said to be in (the Front for the Liberation of ... Cabinda)."""
        where = (o for p in men.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.subtree)
        keys = {k for t in where if (k := self.at(t)) is not None}
        places = {normalize(self.entities[k].name) for k in keys if self.entities[k].type is EntityType.REGION}
        bands = {
            k
            for k, e in self.entities.items()
            if e.type is EntityType.UNIT
            and self.armed_group(k)
            and any(f" {place} " in f" {normalize(e.name)} " for place in places)
        }
        return bands.pop() if len(bands) == 1 else None

    def ministrys_forces(self, body: str) -> str | None:
        """ "members of the Defence Ministry and Interior Ministry forces": a ministry's forces are
        its country's, by its name or as the one country's forces the article names; so are those
        of an army's general staff ("the army general staff said its troops had repelled ...") and
        of its media wing ("two soldiers embraced martyrdom, the ISPR said")."""
        name = normalize(self.entities[body].name)
        ministry = "ministry" in name and ("defen" in name or "interior" in name)
        if not ministry and name != "general staff" and not is_military_media(self.entities[body]):
            return None
        return self.nations_forces(body) or self.only_national_forces()

    def forces_of_places(self) -> str | None:
        """The armed forces of the one country the article's known places lie in."""
        places = (e.name for e in self.entities.values() if e.type is EntityType.REGION)
        countries = {c for name in places if (c := gazetteer.country_of(name))}
        return self.forces_of_nation(countries.pop().lower()) if len(countries) == 1 else None

    def country_of_story(self) -> str | None:
        """The code of the country most mentions of the article's places and peoples belong to, not
        counting where people went: Burkina Faso for a story from Inata and Djibo, Cameroon for
        "Cameroonian soldiers" near Bamenda, which no table of places knows."""
        counts = self._nationalities_named.copy()
        for entity in self.entities.values():
            country = gazetteer.country_of(entity.name) if entity.type is EntityType.REGION else None
            code = gazetteer.country_code(country) if country is not None else None
            here = sum(not self._elsewhere(start, end) for start, end in entity.mentions) if code else 0
            if here:
                counts[code] += here
        ranked = counts.most_common(2)
        return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None

    def _elsewhere(self, start: int, end: int) -> bool:
        """Whether a mention of a place is of somewhere the story does not happen (see `beyond`)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and beyond(span.root)

    @cached_property
    def _nationalities_named(self) -> Counter[str]:
        """How often the article calls men or things by each country's adjective ("Cameroonian")."""
        words = (t.lower_ for t in self.doc if not t.ent_type_ or t.ent_type_ == "NORP")  # not "Datu Saudi Ampatuan"
        adjectives = (w for w in words if self.v.countries.get(w, "").lower() == w)
        return Counter(code for a in adjectives if (code := self.country_of_nation(a)))

    def gendarmerie(self, token: Token) -> str | None:
        """ "the national gendarmerie", "49 gendarmes": the gendarmerie the article named, else that of
        the gendarmes' nation ("Malian gendarmes") or of the country the story is set in."""
        named = self._recent(token, {EntityType.UNIT}, lambda e: "gendarmerie" in name_words(e), anywhere=True)
        if named is not None:
            return named
        entry = gazetteer.country_force(self._country_of_men(token) or "", gazetteer.GENDARMERIE)
        return self.add_known(entry)

    def police_of_story(self, token: Token) -> str | None:
        """ "Six policemen were martyred ..., police said" with no police named: the police of the
        province the story's places lie in (Khyber Pakhtunkhwa's), else of the policemen's nation
        or of the country the story is set in."""
        places = (e.name for e in self.entities.values() if e.type is EntityType.REGION)
        entry = next((p for name in places if (p := gazetteer.provincial_police(name))), None)
        entry = entry or gazetteer.country_force(self._country_of_men(token) or "", gazetteer.POLICE)
        return self.add_known(entry)

    def _country_of_men(self, token: Token) -> str | None:
        """The code of the country of men or a force: by their nationality ("Malian gendarmes"),
        else the country the story is set in."""
        nation = self.nationality(token)
        army = self.army_of_nation(nation) if nation else None
        return army.country if army is not None else self.country_of_story()

    def forces_of_nation(self, name: str) -> str | None:
        """The armed forces of a country or people by its name ("burkina faso", "chadian")."""
        return self.add_known(self.army_of_nation(name))

    def national_forces_of(self, noun: Token) -> str | None:
        """ "Russian troops", "Ukrainian casualties": the armed forces of the nation named before."""
        nation = self.nationality(noun)
        entry = self.army_of_nation(nation) if nation else None
        if entry is None:
            return None
        span = self.doc[min(t.i for t in noun.subtree if t.dep_ == "amod" or t == noun) : noun.i + 1]
        return self.add(entry.type, entry.name, normalize(entry.name), span)

    def national_forces(self, key: str) -> bool:
        """A country's armed forces as a whole, which a named unit of theirs is more specific than."""
        return self.entities[key].name in self.v.nationalities.values()

    def _border_force_beside(self, guards: Token) -> str | None:
        """The one border force the sentence of some border guards names: theirs, where no table
        of border services knows their country's."""
        sent = guards.sent
        named = {k for i in range(sent.start, sent.end) if (k := self.by_token.get(i))}
        units = (k for k in named if self.entities[k].type is EntityType.UNIT)
        forces = [k for k in units if "border" in name_words(self.entities[k])]
        return forces[0] if len(forces) == 1 else None

    def countrywide(self, key: str) -> bool:
        """A country's armed forces or its police: "a Kenyan police officer serving with the
        mission" is the mission's, the more specific force the phrase names."""
        entry = gazetteer.lookup(self.entities[key].name)
        return self.national_forces(key) or (entry is not None and entry.kind == gazetteer.POLICE)

    def _band_named_before(self, word: Token) -> str | None:
        """The militia, gang or cartel named before that a compound "militia" ("militia fighters") means."""
        band = self.lemma(word)
        if word.dep_ != "compound" or word.i in self.by_token or band not in self.v.band_nouns:
            return None
        return self._recent(word, {EntityType.UNIT}, lambda e: band in e.roles | name_words(e))

    def unit_behind(self, token: Token) -> str | None:
        """The named unit a phrase points to: "the 331st", "a unit of the 90th Tank Division", "a
        Storm-Z assault company"."""
        key = self.at(token) or self.numbered(token) or self._named_head(token)
        # "factions of the SNA": of the force they make up, as "a unit of the 90th Division"
        # "officers of the police": the police the article names, or its country's
        if key is None and token.lemma_.lower() not in self.v.unit_heads | self.v.faction_nouns | {"police"}:
            echelon = [c for c in token.children if c.dep_ == "compound" and c.lemma_.lower() in self.v.unit_heads]
            return self.unit_behind(echelon[0]) if echelon else None  # "from a brigade fighting near X", misparsed
        if key is not None:
            return key
        key = self.description(token)  # "servicemen of the brigade"
        if key is not None:
            return key
        # "a unit of the 90th Tank Division"; "a border guard detachment of the FSB": a body's own
        owners = (
            {EntityType.UNIT, EntityType.ORGANIZATION} if self.lemma(token) in self.v.unit_heads else {EntityType.UNIT}
        )
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "within", "from", "in"):
                for obj in prep.children:
                    key = self.at(obj)
                    if key is not None and self.entities[key].type in owners:
                        return key
        if token.tag_ == "NNS":  # "the brigade's battalions": the unit they are parts of
            owning = (self.resolve(c, create_groups=False) for c in token.children if c.dep_ == "poss")
            key = next((k for k in owning if k is not None and self.entities[k].type is EntityType.UNIT), None)
            if key is not None:
                return key
        return self._named_next(token) if self.is_indefinite(token) else None

    def _named_next(self, noun: Token) -> str | None:
        """ "soldiers from a Ukrainian brigade" then "the 123rd Territorial Defense Brigade": a
        unit introduced by its echelon alone is the one of that echelon the next sentences name."""
        echelon = noun.lemma_.lower()
        for tok in self.doc[noun.sent.end : self.sentence_end(noun.i, 2)]:
            key = self.by_token.get(tok.i)
            if key is not None and self.entities[key].type is EntityType.UNIT and tok.lemma_.lower() == echelon:
                return key if designation_of(self.entities[key].name) else None
        return None

    def _governments_nation(self) -> str | None:
        """The nation whose armed forces are the only national forces the article has named."""
        forces = self.only_national_forces()
        name = self.entities[forces].name if forces is not None else None
        return next((nation for nation, army in self.v.nationalities.items() if army == name), None)

    def nationality(self, noun: Token) -> str | None:
        """ "Russian troops", "Ukraine's soldiers", and by a capital's name, "Kyiv's forces"."""
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "poss") and child.lower_ in self.v.nationalities:
                return child.lower_
            if child.dep_ == "poss" and child.lower_ in self.v.capitals:
                return self.v.capitals[child.lower_]
            if child.dep_ in ("amod", "compound") and child.lower_ in ("government", "regime", "federal"):
                return self._governments_nation()  # "government (federal) troops": the state's army named
            if child.dep_ == "poss" and child.lower_ in ("its", "their"):  # "Russia has appointed X to lead its forces"
                country = self.pronoun(child)
                place = self.entities[country] if country is not None else None
                if place is not None and place.type is EntityType.REGION and place.name.lower() in self.v.nationalities:
                    return place.name.lower()
        return None

    def _origin(self, noun: Token) -> str | None:
        """The region a group comes from: "from a unit in Pskov province", "the Pskov paratroopers";
        not where they died or fought ("soldiers killed in the offensive in Gaza")."""
        elsewhere = self.v.death_verbs | {"fight"}
        for tok in noun.subtree:
            key = self.by_token.get(tok.i)
            owned = [tok.head, *(c for c in tok.head.children if c.dep_ == "compound")]
            if tok.dep_ == "poss" and any(self.by_token.get(t.i, "").startswith("Region:") for t in owned):
                continue  # "from Russia's Sakhalin region": the region, not the country
            if key and self.entities[key].type is EntityType.REGION and tok.i != noun.i:
                path = tok
                while path.i != noun.i and path.dep_ != "ROOT":
                    if (path.dep_ == "prep" and path.lower_ not in ("from", "in", "of")) or path.lemma_ in elsewhere:
                        break
                    path = path.head
                else:
                    return key
        return None

    def _new_group(self, noun: Token, lemma: str, nation: str | None, region: str | None) -> str:
        words = []
        if nation:
            words.append(self.v.demonyms.get(nation, nation.title()))
        plural = noun.tag_ == "NNS" or noun.lower_.endswith("men")  # "servicemen", however tagged
        words.append(noun.text.lower() if plural else noun.lemma_.lower() + "s")
        if region:
            words += ["from", self.entities[region].name]
        name = " ".join(words)
        identity = normalize(name)
        if not (nation or region):  # "a group of paratroopers" names no one beyond this article
            identity = f"{identity} in {self.article_key[:8]}"
        counted = {t.i for c in noun.children if c.dep_ in ("nummod", "quantmod") for t in c.subtree}
        left = [t for t in noun.subtree if t.dep_ not in ("det", "advmod", "predet") and t.i not in counted]
        clauses = {t.i for c in noun.children if c.dep_ in ("acl", "relcl", "appos") for t in c.subtree}
        span = self.doc[left[0].i : max(t.i for t in noun.subtree if t.i not in clauses) + 1]  # not "captured by X"
        key = self.add(EntityType.UNIT, name, identity, span, surface=_strip_quantity(span))
        self.groups[key] = (lemma, region)
        return key

    def _unnamed_formation(self, noun: Token, echelon: str) -> str | None:
        """ "A Russian regiment refused": a country's formation the article never names, a node of
        this article only (another article's unnamed regiment need not be the same one)."""
        nation = self.nationality(noun)
        if nation is None:
            return None
        return self._local_formation(f"{self.v.demonyms.get(nation, nation.title())} {echelon}", noun, echelon)

    def _formation_of_body(self, echelon: Token, body: str) -> str:
        """ "a border guard detachment of the FSB": a formation of a body that is no army, a node
        of this article only, known by the body's name and its own description."""
        described = [t for t in echelon.lefts if t.dep_ in ("compound", "amod") for t in t.subtree]
        words = " ".join(t.lower_ for t in sorted([*described, echelon], key=lambda t: t.i))
        return self._local_formation(f"{self.entities[body].name} {words}", echelon, self.lemma(echelon))

    def _local_formation(self, name: str, noun: Token, echelon: str) -> str:
        """An unnamed formation as a unit of this article, grouped by its echelon word."""
        key = self.add_local(name, self.doc[noun.left_edge.i : noun.i + 1], surface=name)
        self.groups[key] = (echelon, None)
        return key

    def _mention_group(self, key: str, noun: Token) -> str:
        span = self.doc[noun.i : noun.i + 1]
        self.entities[key].mentions.append((span.start_char, span.end_char))
        self.by_token.setdefault(noun.i, key)
        self.groups[key] = self.groups.pop(key)  # most recently mentioned last
        return key


def _of_war(noun: Token) -> bool:
    """ "prisoners of war", "POWs": soldiers of their country's forces, not prisoners at large."""
    lemma = noun.lemma_.lower()
    war = any(p.lower_ == "of" and any(o.lower_ == "war" for o in p.children) for p in noun.children)
    return lemma in ("pow", "pows") or (lemma == "prisoner" and war)


def _strip_quantity(span: Span) -> str:
    """A group's name without its count: "40 soldiers from Sakhalin" is "soldiers from Sakhalin"."""
    return " ".join(t.text for t in span if not (t.like_num or t.dep_ in ("quantmod", "nummod"))).replace(" ,", ",")


def _own_words(noun: Token) -> list[Token]:
    """A noun's dependents, with a phrase after a coordinated noun given to that noun: in "100
    soldiers and members of the VDP", "of the VDP" is the members', however the parser hung it."""
    joined = next((c for c in noun.children if c.dep_ == "conj"), None)
    own = [c for c in noun.children if not (joined is not None and c.dep_ == "prep" and c.i > joined.i)]
    if noun.dep_ == "conj":
        own += [p for p in noun.head.children if p.dep_ == "prep" and p.i > noun.i]
    return own


def _doer(tok: Token) -> bool:
    """A subject, or a passive's agent ("held by troops")."""
    return tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")


def _same_kind(other: Token, noun: Token) -> bool:
    return other.lemma_ == noun.lemma_ and other.tag_ == "NN"


def _placed_in(men: Token, attaching: set[str]) -> list[Token]:
    """ "The rangers, from Ranger Regiment 41,", "The soldiers, attached to the 17 Brigade,": what a
    phrase for men says they are from, of or attached to."""
    preps = [p for p in men.children if p.dep_ == "prep" and p.lower_ in ("from", "of")]
    clauses = (c for c in men.children if c.dep_ == "acl" and c.lemma_.lower() in attaching)
    preps += [p for c in clauses for p in c.children if p.dep_ == "prep" and p.lower_ == "to"]
    return [o for p in preps for o in p.children]


def _pointed_back(noun: Token) -> bool:
    """ "the rangers": a phrase pointing back to men named before."""
    return any(c.lower_ == "the" for c in noun.children)


def _definite_one(noun: Token) -> bool:
    """ "the soldier": one man, pointed back to."""
    return noun.tag_ == "NN" and _pointed_back(noun)
