"""Pronouns and speakers: what "he", "they", "its" and "we" stand for, often the one whose
words they are in.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from functools import cached_property

from spacy.tokens import Token

from extract import gazetteer
from extract.gazetteer import normalize
from extract.hedges import doubted
from extract.model import EntityType
from extract.people import sex_of
from extract.phrases import (
    PERSON_PRONOUNS,
    QUOTES,
    according_to,
    called_enemy,
    commanding,
    designation_of,
    hung_on_last_clause,
    owners,
    relative_clause,
    says,
    unit_heading,
)

BODIES = {EntityType.ORGANIZATION, EntityType.UNIT, EntityType.OUTLET}  # who "it said" may stand for


class SpeakersMixin:
    """Pronoun and speaker lookups of `EntityTable`, over its `doc`, `entities` and `by_token`."""

    def _object_before(self, pronoun: Token) -> str | None:
        """ "engaged the hoodlums in a gun duel, neutralising two of them": "them" in a participle
        hung on a verb is that verb's object, not its subject; so is it in a second verb after
        a named force ('targeted "Taliban militia" and killed 12 of them')."""
        if pronoun.lower_ != "them":
            return None
        clause = pronoun.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
            clause = clause.head
        if clause.dep_ == "conj":
            objects = [c for c in clause.head.children if c.dep_ == "dobj" and c.i < pronoun.i]
            # '"Taliban militia"': the name may be the object's modifier; '"apostate forces"', described
            named = [self.at(t) for c in objects for t in (c, *(m for m in c.children if m.dep_ == "compound"))]
            named += [self.resolve(c, create_groups=False) for c in objects]
            return next((k for k in named if k is not None and self.entities[k].type is EntityType.UNIT), None)
        if clause.dep_ != "advcl" or clause.tag_ != "VBG":
            return None
        objects = [c for c in clause.head.children if c.dep_ == "dobj" and c.tag_ == "NNS" and c.i < pronoun.i]
        return self.resolve(objects[0], create_groups=False) if objects else None

    def joined_owner(self, token: Token) -> str | None:
        """ "IPOB and its armed wing", "Hamas and its allies": the name a possessive's noun is joined to."""
        sibling = token.head.head if token.dep_ == "poss" and token.head.dep_ == "conj" else None
        return self.at(sibling) if token.lower_ in ("its", "their") and sibling is not None else None

    def pronoun(self, token: Token, create_groups: bool = False) -> str | None:
        """What a pronoun stands for; "they" may make the group of soldiers it points back to
        when `create_groups` (they are the actors of what the clause says)."""
        if token.lower_ == "whose":  # "the VDV, whose commander, X, ...": what the clause describes
            clause = relative_clause(token)
            if clause is None and token.head.dep_ == "appos":  # "the 27th Division, whose commander, X, said",
                return self.resolve(token.head.head, create_groups=False)  # parsed with no clause
            return self.resolve(clause.head, create_groups=False) if clause is not None else None
        if token.lower_ in ("who", "which", "that") and token.head.dep_ == "relcl":
            described = token.head.head
            person = self.person_above(described) if token.lower_ == "who" else None
            return person or self.resolve(unit_heading(described))  # "Pegov, who wrote": Pegov
        joined = self.joined_owner(token) or self._object_before(token)
        if joined is not None:
            return joined
        unnamed = self._unnamed_speaker_before(token) if token.dep_ == "nsubj" and says(token.head) else None
        if unnamed is not None:  # '"We refuse," he says' after "a soldier says": the soldier, for his unit
            return self.soldiers_unit(unnamed)
        kin = self._kin_writing(token)
        if kin is not None:  # "her husband had written to her that he had refused": the soldier, of his unit
            return self.story_unit(kin)
        if token.lower_ in PERSON_PRONOUNS:
            said_by = self.speaker_of_words(token)
            if said_by is not None and self.lemma(said_by) in self.v.personnel_nouns and self.is_indefinite(said_by):
                return None  # "a soldier told the paper his unit had lost 60 men": the soldier, unnamed
            men = self.one_of(said_by) if said_by is not None and said_by.lower_ == "one" else None
            if men is not None and men != said_by and token.lower_ in ("he", "she") and token.dep_ == "nsubj":
                return self.soldiers_unit(men) or self.story_unit(men)  # "One of them says that he ... refused"
            # "He accused the junta of X and said Y": the subject of a verb joined to a say verb speaks too
            speaking = token.dep_ == "nsubj" and any(says(v) for v in (token.head, *token.head.conjuncts))
            went_on = self._speaking_before(token, {EntityType.PERSON}) if speaking else None
            if went_on is not None:  # "X said the officer, Y, was shot. He said two gunmen were killed": X
                return went_on
            speaker = self._quoting(token)  # '"He led his men," Kasyanov wrote': not Kasyanov
            doer = self._doer(token)  # "Zelensky dismissed X, replacing him": not Zelensky
            newcomer = self._newcomer(token)  # "appointed Y in his place": not Y
            sex = {"he": "f", "him": "f", "his": "f", "she": "m", "her": "m"}.get(token.lower_)  # the one it is not
            person = self._recent(
                token, {EntityType.PERSON}, lambda e: e.key not in (speaker, doer, newcomer) and sex_of(e.name) != sex
            )
            # "Tatyana, whose husband serves in X, says his battalion ...": the husband, known only as hers
            kin = self._kin_before(token) if person is None else None
            owner = next((c for c in kin.children if c.dep_ == "poss"), None) if kin is not None else None
            return self.resolve(owner, create_groups=False) if owner is not None else person
        speaking = token.lower_ == "they" and token.dep_ == "nsubj" and says(token.head)
        writing = token.lower_ == "their" and self.lemma(token.head) in self.v.report_nouns  # "their letter"
        cited = token.lower_ == "them" and token.dep_ == "pobj" and token.head.head.lower_ == "according"
        if (speaking or writing or cited) and self.speaking_kin_before(token) is not None:
            return None  # "relatives of soldiers in the regiment have written ... they say": no entity of ours
        if token.lower_ == "their" and token.dep_ == "poss" and self.lemma(token.head) in self.v.command_nouns:
            topic = self._previous_subject(token, {EntityType.UNIT})  # "The Macawisley ... are allied with the
            if topic is not None:  # government. Their commander": the militias, not the militants they fight
                return topic
        loser = self._loser_of_their_own(token)
        if loser is not None:
            return loser
        if token.lower_ in ("they", "them", "their"):
            soldiers = self._speaking_men(token) or self._plural_personnel_before(token)
            if soldiers is not None:  # "complaints from conscripts ... Many of them refuse": those soldiers
                found = self.at(soldiers) or self.enemy_named(soldiers)
                found = found or self.personnel(soldiers, create=create_groups)
                return found or self.story_soldiers(soldiers)
            speaker = self._speaker_of_clause(token)
            if speaker is not None:  # "soldiers posted a video saying they refuse"
                return speaker
        if token.lower_ == "it" and token.dep_ == "nsubj" and says(token.head):
            before = self._speaking_before(token, BODIES)  # "The ministry said ... The battlegroup won, it added"
            if before is not None:
                return before
        if token.lower_ == "it":
            speaker = self._speaker_of_clause(token)
            if speaker is not None and self.entities[speaker].type is EntityType.UNIT:
                return speaker  # "The legion said it had lost two fighters"
        if token.lower_ == "its" and token.dep_ == "poss" and self.lemma(token.head) in self.v.personnel_nouns:
            speaker = self._speaker_of_clause(token)
            if speaker is not None and self.entities[speaker].type in BODIES:
                return speaker  # "The HPG said that its guerrillas had killed 20 soldiers": the HPG's
        # "its commander": the subject of the clause the pronoun stands in.
        verb = token
        while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX"):
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and verb.dep_ == "xcomp":  # "Russia has appointed X to lead its forces"
            subject = self._governing_subject(verb)
        if subject == token and token.lower_ == "it" and verb.dep_ in ("relcl", "advcl"):
            subject = self._governing_subject(verb)  # "The brigade fought near Izium, where it suffered losses"
        inside = subject is not None and subject.left_edge.i <= token.i <= subject.right_edge.i  # "one of them"
        if inside and token.lower_ == "their" and verb.dep_ == "advcl":
            subject = self._governing_subject(verb)  # "soldiers refused to attack after their commander was hurt"
            inside = False
        if subject is not None and not inside and subject.pos_ != "PRON":
            key = self.body_or_owner(subject)
            if key is not None:
                return key
        if token.lower_ in ("they", "them", "their"):
            speakers = self._quoted_side(token)  # '"Their commander fled," a KNDF spokesman said': not the KNDF
            return self._recent(token, {EntityType.UNIT, EntityType.ORGANIZATION}, lambda e: e.key != speakers)
        soldiers = self.v.command_nouns | self.v.personnel_nouns
        # "its commander", "its secretary general"
        led = token.head.lemma_.lower() in soldiers or commanding(token.head)
        if token.dep_ == "poss" and led:
            military = token.head.lemma_.lower() in self.v.personnel_nouns | {"commander", "commanding", "commandant"}
            kinds = {EntityType.UNIT} if military else {EntityType.UNIT, EntityType.ORGANIZATION}  # "its head"
            topic = self._previous_subject(token, kinds)  # "The brigade is part of the corps. Its commander"
            unit = (
                topic or self._numbered_in_sentence(token) or self._speakers_own(token) or self._in_clause(token, kinds)
            )
            unit = unit or self._recent(token, kinds)
            if unit is not None:
                return unit
        return self._recent(token, {EntityType.UNIT, EntityType.ORGANIZATION, EntityType.OUTLET})

    def _loser_of_their_own(self, token: Token) -> str | None:
        """ "the dozos had lost their local chief": the unit that lost "their" man, its subject."""
        lost = token.head.head if token.lower_ == "their" and token.head.dep_ == "dobj" else None
        if lost is None or self.lemma(lost) != "lose":
            return None
        subjects = [s for s in lost.children if s.dep_ == "nsubj"]
        losers = (self.resolve(s, create_groups=False) for s in subjects if s.pos_ != "PRON")
        loser = next((k for k in losers if k is not None), None)
        return loser if loser is not None and self.entities[loser].type is EntityType.UNIT else None

    def _in_clause(self, token: Token, types: set[EntityType]) -> str | None:
        """ "the Africa Corps, which replaced the Wagner group after the death of its founder": the
        nearest body named before the pronoun inside the relative clause it stands in."""
        clause = relative_clause(token)
        if clause is None:
            return None
        named = (self.by_token.get(i) for i in range(token.i - 1, clause.left_edge.i - 1, -1))
        return next((k for k in named if k is not None and self.entities[k].type in types), None)

    def _previous_subject(self, token: Token, types: set[EntityType]) -> str | None:
        """ "The Observatory said ... troops had been killed. Its head said": the body the last
        sentence was about, for an "its" opening the next."""
        subject = self.subject_before(token)
        key = (self.at(subject) or self.resolve(subject, create_groups=False)) if subject is not None else None
        return key if key is not None and self.entities[key].type in types else None

    def subject_before(self, token: Token) -> Token | None:
        """The subject of the sentence before, for a word opening the next ("Its commander")."""
        if token.i != token.sent.start or token.sent.start == 0:
            return None
        root = self.doc[token.sent.start - 1].sent.root
        if root.pos_ in ("NOUN", "PROPN"):  # "The M23, which ..., captured Goma", the parser rooted on the name
            return root
        return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    @staticmethod
    def _governing_subject(clause: Token) -> Token | None:
        """The subject of the clause a relative or adverbial clause hangs in, through coordination."""
        verb = clause.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        while verb.dep_ in ("conj", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head
        return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    def _doer(self, pronoun: Token) -> str | None:
        """The subject of the clause an object pronoun ("him", "her") stands in, which it is not;
        nor is the owner of "his place" in "Putin appointed Y in his place"."""
        verb = self.place_verb(pronoun)
        if verb is None and (pronoun.dep_ not in ("dobj", "pobj", "dative") or pronoun.lower_ not in ("him", "her")):
            return None
        if verb is None:
            verb = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
        while verb.dep_ in ("advcl", "xcomp", "conj") and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return self.by_token.get(subject.i) if subject is not None else None

    @staticmethod
    def place_verb(pronoun: Token) -> Token | None:
        """The verb of "in his place", "in her stead": someone is put where the owner was."""
        noun = pronoun.head
        if pronoun.dep_ != "poss" or noun.lemma_.lower() not in ("place", "stead") or noun.dep_ != "pobj":
            return None
        return noun.head.head if noun.head.lower_ == "in" else None

    def _newcomer(self, pronoun: Token) -> str | None:
        """Whoever "in his place" puts there, whom "his" is not."""
        verb = self.place_verb(pronoun)
        chosen = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] if verb is not None else []
        return self.by_token.get(chosen[0].i) if chosen else None

    def _speakers_own(self, token: Token) -> str | None:
        """ "The legion said that only two of its fighters were killed": the speaker's own."""
        speaker = self.speaker_of_words(token)
        key = self.body_or_owner(speaker) if speaker is not None else None
        # "Relief International said nine of its staff were killed": a charity's own, though no force
        unit = key is not None and self.entities[key].type is EntityType.UNIT
        return key if unit or (key is not None and self.civic_body(key)) else None

    def body_or_owner(self, subject: Token) -> str | None:
        """What a subject names, or, for a part no entity stands for, its owner: "the brigade's
        press service said" is the brigade's word."""
        key = self.resolve(subject, create_groups=False)
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        return key if key is not None or owner is None else self.resolve(owner, create_groups=False)

    def enemy_of_speaker(self, token: Token) -> str | None:
        """ "the enemy" in the words of a side's body: the other side's armed forces."""
        speaker = self.speaker_of_words(token)
        key = self.resolve(speaker, create_groups=False) if speaker is not None else None
        if key is not None and self.entities[key].type is EntityType.PERSON:
            key = self.unit_of(key)  # "the brigade's press officer, Captain X": the brigade's side
        if key is None:
            return None
        names = (normalize(n) for n in (self.entities[key].name, *self.entities[key].aliases))
        side = next((w for n in names for w in n.split() if w in self.v.adversaries), None) or self._side_of(key)
        entry = gazetteer.lookup(self.v.nationalities[self.v.adversaries[side]]) if side else None
        return self.add_known(entry) if entry is not None else self._opponent(key)

    def _opponent(self, key: str) -> str | None:
        """Who a side fights where the adversaries table knows neither: an armed group's enemy is
        the state's forces; a state force's, the one armed group the article names (or the one
        that claimed the attack)."""
        if self.entities[key].type is not EntityType.UNIT:
            return None
        if self.armed_group(key):
            return self.only_national_forces()
        groups = {k for k in self.entities if k != key and self.entities[k].mentions and self._known_insurgents(k)}
        return self.attack_claimer or (groups.pop() if len(groups) == 1 else None)

    def _known_insurgents(self, key: str) -> bool:
        """An armed group the gazetteer knows as one, or that the article calls rebels or
        militants: not every name ending in "Group" (the Black Bird Group analyses footage)."""
        entry = gazetteer.lookup(self.entities[key].name)
        called = self.entities[key].roles & (self.v.insurgent_nouns | self.v.band_nouns)
        described = key in self._described_armed  # "the National Salvation Front (NAS), a holdout rebel group"
        return (entry.kind == gazetteer.ARMED_GROUP) if entry is not None else bool(called) or described

    def enemy_named(self, noun: Token) -> str | None:
        """ "The occupiers refused to advance," a brigade's officer said; "his fighters neutralised five
        enemy soldiers": the other side's forces, whom a side calls by what they do to it ("occupiers
        from the 1008th Regiment" are its men)."""
        enemy = self.lemma(noun) in self.v.enemy_nouns or called_enemy(noun)
        if not enemy or self.unit_named_by(noun, ("of", "from", "in")):
            return None
        return self.enemy_of_speaker(noun)

    def _side_of(self, key: str, sides: Iterable[str] | None = None) -> str | None:
        """The country a mention sets before a unit: "Ukraine's 24th Brigade" is Ukraine's. The
        word is one of `sides` (by default the two sides of the war the adversaries table knows)."""
        known = self.v.adversaries if sides is None else sides
        mentions = [self.doc[i] for i, k in self.by_token.items() if k == key]
        # "Ukrainian drone operators of the 40th Brigade": its men's nationality
        men = [
            t.head.head for t in mentions if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN"
        ]
        modifiers = (c.lower_ for t in (*mentions, *men) for c in t.children if c.dep_ in ("poss", "amod", "compound"))
        return next((w for w in modifiers if w in known), None)

    def speakers_unit(self, token: Token) -> str | None:
        """The unit of whoever says the clause a token stands in: a commander's, the unit
        speaking itself, or, for a soldier no one names, the unit the passage is about. Asked
        once per token: '"our men ...," says one of them' comes back to "our men"."""
        return self.once(self._speakers_seeking, token.i, lambda: self._speakers_unit_of(token))

    def _speakers_unit_of(self, token: Token) -> str | None:
        subject = self.speaker_of_words(token)
        if subject is None:
            return None
        subject = self._unnamed_speaker_before(subject) or subject  # '"We refuse," he says' after "a soldier says"
        speaker = self.one_of(subject)
        ours = token.lower_ in ("our", "we") or any(c.lower_ == "our" for c in token.children)
        if ours and self.lemma(speaker) in self.v.soldiers_families | {"woman"}:
            return self.story_unit(token, main=True)  # '"Our men refused," says one of the wives': their men's
        key = self.soldiers_unit(speaker)
        if key is not None and self.entities[key].type is EntityType.PERSON:
            key = self.unit_of(key)
        key = key or self._spoken_for(speaker)
        return key if key is not None and self.entities[key].type is EntityType.UNIT else None

    def _spoken_for(self, speaker: Token) -> str | None:
        """'"We lost three comrades," a spokesman for the Kawlin PDF said': the force a spokesman
        speaks for is the "we"."""
        key = self.employer(speaker) if self.lemma(speaker) in self.v.speaker_roles else None
        return key if key is not None and self.entities[key].type is EntityType.UNIT else None

    def employer(self, noun: Token) -> str | None:
        """ "a Kremlin spokesman", "the brigade's spokesman": the body a person known only by role
        speaks for, which then stands as the reporter. With nobody to speak for ("a soldier's
        wife") the role alone identifies nobody. "Sources in Ukraine's military intelligence" speak
        for it the same way."""
        for child in noun.children:
            if child.dep_ in ("compound", "poss", "amod") and child.i < noun.i:
                key = self.resolve(child, create_groups=False) if child.dep_ == "poss" else self.at(child)
                if key is not None and self.entities[key].type not in (EntityType.PERSON, EntityType.REGION):
                    return key  # not "a U.S. official": a country's officials are a body of their own
        for body in owners(noun, (), ("in", "at", "from", "for", "within", "inside", "close to")):
            key = self.resolve(body, create_groups=False)
            if key is not None and self.entities[key].type in (EntityType.ORGANIZATION, EntityType.UNIT):
                return key
        if any(c.lower_ == "the" for c in noun.children):  # "the press service" after "the brigade's press service"
            owned = ("poss", "compound")
            earlier = [
                t for t in noun.doc[: noun.i] if t.lemma_ == noun.lemma_ and any(c.dep_ in owned for c in t.children)
            ]
            return self.employer(earlier[-1]) if earlier else None
        return None

    def _kin_writing(self, pronoun: Token) -> Token | None:
        """The soldier's kin noun ("her husband", "my son") who says what the pronoun (he/she)
        did: one speaks of oneself."""
        if pronoun.lower_ not in ("he", "she") or pronoun.dep_ != "nsubj" or pronoun.head.dep_ != "ccomp":
            return None
        say = pronoun.head.head
        subject = next((c for c in say.children if c.dep_ == "nsubj"), None) if says(say) else None
        if subject is None:
            return None
        if self.lemma(subject) in self.v.soldiers_families:  # "a mother, whose son served in Y, said that he"
            clauses = (c for c in subject.subtree if c.dep_ == "relcl")  # however the parser hung it
            kin = (k for c in clauses for k in c.children if any(w.lower_ == "whose" for w in k.children))
            return next((k for k in kin if self.lemma(k) in self.v.soldiers_kin), None)
        return subject if self.lemma(subject) in self.v.soldiers_kin else None

    def _kin_before(self, pronoun: Token) -> Token | None:
        """An unnamed husband or son the sentence names before a "he" or "his" (a wife or mother
        before a "she" or "her")."""
        kin = self.v.male_kin if pronoun.lower_ in ("he", "him", "his") else self.v.female_kin
        return next((t for t in self.doc[pronoun.sent.start : pronoun.i] if t.lemma_.lower() in kin), None)

    def _unnamed_speaker_before(self, pronoun: Token) -> Token | None:
        """ "a soldier reading from a sheet says ..." then '"...," he says': the soldier no one
        named, who spoke in the sentence before."""
        if pronoun.lower_ not in ("he", "she"):
            return None
        previous = self.doc[self.window(pronoun, sentences=3) : pronoun.sent.start]
        speaking = [t for t in previous if says(t) or self.lemma(t) in self.v.corroborate_verbs]  # "confirmed"
        speakers = [c for t in speaking for c in t.children if c.dep_ == "nsubj" and not _quoted(c)]
        for speaker in reversed(speakers):
            if speaker.lower_ not in ("he", "she"):  # '"...," he said' between: the same man speaking on
                # "one of the soldiers said": one no one named, of those men (not "one of them, Sergei,")
                named = any(c.dep_ == "appos" and self.at(c) for c in speaker.children)
                one = speaker.lower_ == "one" and not named
                men = self.one_of(speaker) if one else speaker
                unnamed = self.lemma(men) in self.v.personnel_nouns and (self.is_indefinite(men) or one)
                return men if unnamed or _military_source(men) else None
        return None

    def military_source(self, speaker: Token) -> bool:
        """ "A military source said", or "he" after it: an army's man who speaks unnamed."""
        if speaker.lower_ in ("he", "she"):
            before = self._unnamed_speaker_before(speaker)
            return before is not None and _military_source(before)
        return _military_source(speaker)

    def soldiers_unit(self, soldiers: Token) -> str | None:
        """What a phrase for soldiers stands for; soldiers no one places are of the unit the
        passage is about."""
        key = self.resolve(soldiers, create_groups=False)
        if key is None and self.lemma(soldiers) in self.v.personnel_nouns:
            key = self.story_unit(soldiers)
        return key

    def one_of(self, speaker: Token) -> Token:
        """ "one of them says", "one of the men says": the soldiers one of whom speaks."""
        counted = self.quantified_of(speaker)
        if counted is None:
            return speaker
        if counted.lower_ in ("them", "us"):
            return self._plural_personnel_before(counted) or speaker
        return counted

    def story_unit(self, token: Token, main: bool = False) -> str | None:
        """The last named unit before a token (with `main`, the one the article names most), not
        a group of soldiers nor a country's forces."""
        return self._recent(
            token, {EntityType.UNIT}, lambda e: e.key not in self.groups and not self._branch(e.key), main=main
        )

    def main_unit_besides(self, token: Token, others: set[str]) -> str | None:
        """The unit named most before a token, numbered or not ("Danab"), other than `others` and
        a country's whole forces: the other side, in a report on one unit and its enemy."""
        excluded = others | set(self.groups)
        return self._recent(
            token, {EntityType.UNIT}, lambda e: e.key not in excluded and not self.national_forces(e.key), main=True
        )

    def speaker_of_words(self, token: Token) -> Token | None:
        """The subject of the say verb a token's words hang on: "X said (that) we ..." or, the
        quote leading, '"We ...," X says'; else the source of "according to X" on the sentence."""
        say_verbs = self.v.say_verbs
        clause = token
        while clause.head != clause and not (clause.dep_ == "ccomp" and clause.head.lemma_.lower() in say_verbs):
            clause = clause.head
        if clause.dep_ == "ccomp":
            say = clause.head
        else:  # the quote is the root and the say verb hangs on it
            say = next(
                (c for c in clause.children if c.dep_ in ("advcl", "parataxis") and c.lemma_.lower() in say_verbs), None
            )
        say = say or self._say_on_last_conjunct(token, clause) or self.say_closing_quote(token)
        say = say or self._say_over_misread_that(token) or self.say_quote_before(token)  # a quote going on
        if say is None:  # "According to him, eight soldiers who refused were detained"
            return next(iter(according_to(clause)), None) if clause.dep_ == "ROOT" else None
        if say.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in say.children):
            say = say.head  # "the legion denied it and said that ..."
        if say.dep_ == "advcl" and say.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in say.children):
            say = say.head  # "The men recorded an appeal, saying that ...": the men
        subject = next((c for c in say.children if c.dep_ == "nsubj"), None)
        return subject or self._speaker_hung_elsewhere(say)

    def _say_over_misread_that(self, token: Token) -> Token | None:
        """ "told his wife in a call that his platoon lost 12 men": the "that" clause the parser
        hung on the noun before it, under the say verb whose words it is."""
        marked = (a for a in (token, *token.ancestors) if a.dep_ == "relcl")
        clause = next((a for a in marked if any(c.dep_ == "mark" and c.lower_ == "that" for c in a.children)), None)
        if clause is None:
            return None
        return next((a for a in clause.ancestors if a.lemma_.lower() in self.v.say_verbs), None)

    def _say_on_last_conjunct(self, token: Token, clause: Token) -> Token | None:
        """'"We lost five men, and nobody came," a fighter told X': the parser hung the say verb
        after the closing quote on the quote's last clause."""
        says = (s for s in hung_on_last_clause(clause) if s.lemma_.lower() in self.v.say_verbs)
        return next((s for s in says if any(t.is_quote for t in self.doc[token.i : s.i])), None)

    def say_closing_quote(self, token: Token) -> Token | None:
        """'"We lost 30 men. Then they ordered a fourth assault," the officer said': the say
        verb after the quotation a token stands in, which may have opened a sentence before."""
        if not self.in_quotation(token):
            return None
        closing = next((t for t in self.doc[token.i : self.sentence_end(token.i, 2)] if t.text in QUOTES), None)
        after = self.doc[closing.i + 1 : closing.sent.end] if closing is not None else ()
        return next((t for t in after if says(t)), None)

    def in_quotation(self, token: Token) -> bool:
        """Whether a token stands inside quotation marks, which may have opened a sentence before
        (counted from its paragraph's start: a quotation does not run past one)."""
        start = self._paragraph_starts[bisect_right(self._paragraph_starts, token.i) - 1]
        return sum(t.text in QUOTES for t in self.doc[start : token.i]) % 2 == 1

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        """Where each paragraph begins, read once per article: every claim with no speaker of its
        own asks which quotation it stands in."""
        return [0, *(t.i + 1 for t in self.doc if "\n" in t.text)]

    def say_quote_before(self, token: Token) -> Token | None:
        """'"My battalion lost 40 men," said Maj. X. "Most of them were wounded by mines."': a
        sentence that is all quote, saying nothing of who speaks, goes on the quote before it."""
        words = [t for t in token.sent if not t.is_space]
        quotes = [t for t in words if t.text in QUOTES]
        if len(quotes) != 2 or words[0] != quotes[0] or quotes[1].i < words[-2].i:
            return None
        if any(says(t) for t in words):
            return None
        before = next((t for t in reversed(self.doc[: token.sent.start]) if not t.is_space), None)
        if before is None or not any(t.text in QUOTES for t in before.sent):
            return None
        said = (t for t in before.sent if says(t))
        return next((t for t in said if any(c.dep_ == "nsubj" for c in t.children)), None)

    def _speaker_hung_elsewhere(self, say: Token) -> Token | None:
        """ "In an interview with Meduza, a junior officer ... described how": a speaker the
        parser hung on the phrase before instead of making it the subject."""
        people = self.v.personnel_nouns | self.v.person_roles
        before = [t for t in say.subtree if t.i < say.i and t.dep_ in ("appos", "conj")]
        return next((t for t in reversed(before) if self.lemma(t) in people or t.ent_type_ == "PERSON"), None)

    def _quoting(self, token: Token) -> str | None:
        """The person whose quoted words a token stands in, named as the speaker of its sentence."""
        if not self.in_quotation(token):
            return None
        for verb in token.sent:
            if verb.lemma_.lower() in self.v.say_verbs:
                for subj in (c for c in verb.children if c.dep_ == "nsubj"):
                    # '"They told me he was missing," she said': not she, whoever she is
                    pronoun = subj.lower_ in PERSON_PRONOUNS
                    key = self.by_token.get(subj.i) or (self._recent(subj, {EntityType.PERSON}) if pronoun else None)
                    if key and self.entities[key].type is EntityType.PERSON:
                        return key
        return None

    def _quoted_side(self, token: Token) -> str | None:
        """The side whose man speaks the quotation a token stands in, which may open a sentence
        before: a speaker calls his own side "we", so "they" and "their" are not it."""
        said = self.say_closing_quote(token)
        speaker = next((c for c in said.children if c.dep_ == "nsubj"), None) if said is not None else None
        key = self.body_or_owner(speaker) if speaker is not None else None
        if key is not None and self.entities[key].type is EntityType.PERSON:
            key = self.unit_of(key)
        return key

    def _numbered_in_sentence(self, token: Token) -> str | None:
        """ "X dismissed the commander of the 59th Brigade after its soldiers left": a numbered
        unit named earlier in the same sentence is nearer than the clause's subject."""
        self.read_subjects_before(token)
        for i in range(token.i - 1, token.sent.start - 1, -1):
            key = self.by_token.get(i)
            if key and self.entities[key].type is EntityType.UNIT and designation_of(self.entities[key].name):
                if self._said_of_another_unit(self.doc[i]):
                    continue  # "the regiment, part of the 42nd Division, ... its soldiers": the regiment's
                return self._recent(token, {EntityType.UNIT}, lambda e, found=key: e.key == found)
        return None

    def _said_of_another_unit(self, token: Token) -> bool:
        """A unit named inside an apposition that describes another unit ("part of X")."""
        for node in [token, *token.ancestors]:
            if node.dep_ == "appos":
                described = self.by_token.get(node.head.i)
                if described is not None:
                    return self.entities[described].type is EntityType.UNIT
                return self.lemma(node.head) in self.v.unit_heads
        return False

    def _speaking_before(self, token: Token, kinds: set[EntityType]) -> str | None:
        """Who of these kinds said the sentence just before, whom "it said" or "he said" goes on
        quoting (not anyone the words named: "X said the officer, Y, was shot. He said ...")."""
        found = []
        verbs = self.says_before(token, sentences=2)
        aside = doubted(self.doc[self.window(token, sentences=2) : token.sent.start].text)
        if aside and all(_agentless(v) for v in verbs):  # "The figures could not be verified": the
            verbs = self.says_before(token, sentences=3)  # reporter's aside, between the words and "He said"
        for verb in verbs:
            named = [k for c in verb.children if c.dep_ == "nsubj" and (k := self.at(c))]
            # "..., the army's media wing, ISPR, said": the one named just before the verb, whatever
            # the parser made its subject
            named += [k for i in range(verb.i - 1, max(verb.i - 6, 0), -1) if (k := self.by_token.get(i))][:1]
            found += [k for k in named if self.entities[k].type in kinds][:1]
        return found[-1] if found else None

    def says_before(self, token: Token, sentences: int) -> list[Token]:
        """The say verbs of the sentences before a token's own, in order."""
        return [t for t in self.doc[self.window(token, sentences=sentences) : token.sent.start] if says(t)]

    def _speaker_of_clause(self, token: Token) -> str | None:
        """Whoever says the clause a "they" or "it" is the subject of: "X said they would not fight"."""
        subject = self._clause_speaker(token)
        return self.resolve(subject, create_groups=False) if subject is not None else None

    def _clause_speaker(self, token: Token) -> Token | None:
        """Who says the clause a subject ("they") or its owner ("their commander") stands in."""
        subject = token.head if token.dep_ == "poss" else token
        verb = subject.head
        # "said in a statement carried by X that its guerrillas had killed": the clause hung on the statement
        stated = verb.dep_ == "acl" and self.lemma(verb.head) in self.v.report_nouns and verb.head.dep_ == "pobj"
        if subject.dep_ != "nsubj" or not (verb.dep_ == "ccomp" or stated):
            return None
        say = verb.head.head.head if stated else verb.head
        if say.lemma_.lower() not in self.v.say_verbs:
            return None
        while say.dep_ in ("advcl", "xcomp", "conj") and not any(c.dep_ == "nsubj" for c in say.children):
            say = say.head  # "soldiers posted a video saying ...": the poster
        return next((c for c in say.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    def _speaking_men(self, token: Token) -> Token | None:
        """ "The occupiers told their commanders that they would not attack": men who say "they"
        speak of themselves, whatever men the sentence names between; so do "three of the
        battalion's servicemen"."""
        speaker = self._clause_speaker(token)
        speaker = (self.quantified_of(speaker) or speaker) if speaker is not None else None
        plural = speaker is not None and speaker.tag_ == "NNS"
        return speaker if plural and self.lemma(speaker) in self.v.personnel_nouns else None

    def speaking_kin_before(self, token: Token) -> Token | None:
        """The soldiers' relatives a speaking "they" takes up: the nearest plural of people
        before it, read as the phrase it heads ("relatives of soldiers": the relatives)."""
        start = self.window(token, sentences=2)
        families = self.v.soldiers_families | {"woman"}  # "The women blame the commander, who they say ..."
        people = self.v.personnel_nouns | families
        relatives = [n for n in self.doc[start : token.i] if n.tag_ == "NNS" and self.lemma(n) in families]
        speaking = [n for n in relatives if (n.dep_ == "nsubj" and says(n.head)) or n.head.head.lower_ == "according"]
        if speaking:  # "According to the women, the commander threatened to send the men ... they say": the women
            return speaking[-1]
        for i in range(token.i - 1, start - 1, -1):
            noun = self.doc[i]
            kin = self.lemma(noun) in self.v.soldiers_kin and any(c.lower_ == "whose" for c in noun.children)
            if kin and noun.head.dep_ == "relcl":
                return noun.head.head  # "seven women, whose husbands serve in the battalion": wives
            if noun.tag_ != "NNS" or self.lemma(noun) not in people:
                continue
            while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.tag_ == "NNS":
                noun = noun.head.head  # "relatives of soldiers"
            return noun if self.lemma(noun) in families else None
        return None

    def _plural_personnel_before(self, token: Token) -> Token | None:
        """Soldiers named in the words since the last unit mention: what "they" most likely are;
        past units named without men, soldiers who were a subject and whose unit is known ("several
        men say they serve in the X battalion, attached to Y. '...,' one of them says")."""
        start = self.window(token, sentences=2)
        past_unit = False
        for i in range(token.i - 1, start - 1, -1):
            tok = self.doc[i]
            men = tok.tag_ == "NNS" and self.lemma(tok) in self.v.personnel_nouns and tok.dep_ != "compound"
            if men and not past_unit:
                return tok  # whether or not already resolved to their unit
            if men and tok.dep_ == "nsubj" and self.resolve(tok, create_groups=False) is not None:
                return tok
            if self.by_token.get(i, "").startswith("Unit:") and not past_unit:
                held = self._personnel_of_unit(tok)
                if held is not None:
                    return held
                past_unit = True
        return None

    def _personnel_of_unit(self, unit: Token) -> Token | None:
        """ "soldiers of the 144th Division": the plural soldiers a unit mention hangs on."""
        key = self.by_token.get(unit.i)
        while unit.head != unit and self.by_token.get(unit.head.i) == key:
            unit = unit.head
        held = unit.head.head if unit.dep_ == "pobj" and unit.head.lower_ in ("of", "from") else None
        plural = held is not None and held.tag_ == "NNS" and self.lemma(held) in self.v.personnel_nouns
        return held if plural else None

    def _speaking_soldiers_unit(self, token: Token) -> str | None:
        speaker = self.speaker_of_words(token)
        speaker = self.one_of(speaker) if speaker is not None else None  # "one of the prisoners says his company"
        if speaker is None or self.lemma(speaker) not in self.v.personnel_nouns:
            return None
        unit = self.personnel(speaker, create=False)  # not his country's army: "a Russian soldier"
        if unit is None or self._branch(unit):  # "a Russian soldier tells ..." then "The soldier, who serves in Y"
            unit = self.same_man_after(speaker)
        return unit if unit is not None and not self._branch(unit) else None


def _quoted(token: Token) -> bool:
    """Inside quotation marks opened earlier in its sentence: someone's words, not the report's."""
    return sum(t.is_quote for t in token.sent[: token.i - token.sent.start]) % 2 == 1


def _agentless(verb: Token) -> bool:
    """A passive say verb with nobody saying ("could not be independently confirmed")."""
    return any(c.dep_ == "nsubjpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def _military_source(noun: Token) -> bool:
    return noun.lemma_.lower() == "source" and any(c.lower_ in ("military", "army") for c in noun.children)
