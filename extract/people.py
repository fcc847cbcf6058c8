"""People in an article: the person a role noun describes or a later sentence names, and the
unit a person's mentions tie them to.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from spacy.tokens import Token

from extract.model import EntityType
from extract.phrases import PEN_NAMED, in_the_past, not_in_command, owners, took_command, took_over
from extract.vocab import vocab


class PeopleMixin:
    """Person lookups of `EntityTable`, over its `doc`, `entities` and `by_token`."""

    def person_described(self, role: Token) -> str | None:
        """The person a role noun describes: "the correspondent, Alexander Kots", or "Apti
        Alaudinov, the deputy head of the department and commander of Akhmat"; or the name one
        writes under: "the blogger, who posts under the name Voenny Osvedomitel"."""
        pen_name = self.pen_name(role)
        if pen_name is not None:
            return pen_name
        person = self.named_beside(role)  # "The lawyer, Maxim Grebenyuk, said"
        if person is not None:
            return person
        return self.person_above(role, through=("conj", "pobj", "prep", "appos", "compound"), past_others=False)

    def name_the_lead(self) -> None:
        """ "The head of Russia's Wagner group accused ..." then '"...," Yevgeny Prigozhin said': a
        lead that opens on a role over a named unit or body, with no name, means the person the
        next sentences quote by name (news style names in the second paragraph whom the lead
        described)."""
        sents = [s for s in islice(self.doc.sents, 6) if not s.text.isspace()]
        if sents and sents[0].root.pos_ not in ("VERB", "AUX"):  # a dateline: "TORETSK, Ukraine (AP) —"
            sents = sents[1:]
        sents = sents[:3]
        if len(sents) < 2:
            return
        root = sents[0].root  # "X lost 200 men, its deputy commander said": the say verb hung on the claim
        says = [c for c in root.children if c.dep_ in ("parataxis", "conj") and c.lemma_.lower() in self.v.say_verbs]
        role = next((t for t in sents[0] if t.dep_ == "nsubj" and t.head in (root, *says)), None)
        if says and role is not None and role.head == root:
            role = next((t for t in says[0].children if t.dep_ == "nsubj"), role)
        if role is None or role.i in self.by_token or not self._unnamed_holder(role):
            return
        deputy = not_in_command(role)  # "its former deputy commander said" then "X, who served as deputy
        for tok in (t for sent in sents[1:] for t in sent):  # commander until 2024, told the AP"
            key = self.by_token.get(tok.i)
            if key and self.entities[key].type is EntityType.PERSON and tok.dep_ == "nsubj":
                same_role = not deputy or any(t.lemma_ == role.lemma_ for t in tok.sent)
                if same_role and tok.head.lemma_.lower() in self.v.say_verbs | self.v.speech_verbs:  # "spoke to"
                    self.by_token[role.i] = key
                    self.entities[key].mentions.append((role.idx, role.idx + len(role.text)))
                return

    def _unnamed_holder(self, role: Token) -> bool:
        """ "The head of Russia's Wagner group", "The 100th Brigade lost ..., its commander told":
        a definite role over a named unit or body, no name given."""
        own = [c for c in role.children if c.lower_ in ("its", "their")]
        definite = own or any(c.lower_ == "the" for c in role.children)
        if role.lemma_.lower() not in self.v.command_nouns or not definite:
            return False
        if any(c.dep_ == "appos" and (c.pos_ == "PROPN" or c.i in self.by_token) for c in role.children):
            return False  # named on the spot (not "..., a figure far higher than ...", hung there)
        named = [self.at(c) or self._named_head(c) for c in owners(role, ("poss", "compound"), ("of",))]
        before = [self.by_token.get(t.i) for t in role.sent if t.i < role.i] if own else []
        held = [k for k in (*named, *before) if k]
        return any(self.entities[k].type in (EntityType.UNIT, EntityType.ORGANIZATION) for k in held)

    def named_beside(self, role: Token) -> str | None:
        """The person a role noun's apposition names, wherever the parser hung the name, or by
        the call sign it gives ("the detachment's commander, a man with the call sign Granit")."""
        named = (self.at(c) or self.called(c) for c in self.appositions(role))
        return next((k for k in named if k and self.entities[k].type is EntityType.PERSON), None)

    def appositions(self, role: Token) -> Iterator[Token]:
        """A role noun's appositions, and the one the parser hung on the body the role is of:
        "the spokesperson of the Khortytsia group, Nazar Voloshyn," names the spokesperson (not
        so "the wife of the soldier, Ivan X": a name after a person names that person)."""
        for apposition in (c for c in role.children if c.dep_ == "appos"):
            yield apposition
            yield from self._name_after_rank(apposition)
        # "the commander, identified as Abu Bakura,": the name the report gives him
        # "a local commander of Y, whom it identified as X", "whom" hung on Y or on the role
        whom = (c for o in [role, *owners(role, (), ("of",))] for c in o.children if c.dep_ == "relcl")
        named = [c for c in role.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        named += [c for c in whom if any(w.lower_ == "whom" for w in c.children)]
        named = (c for c in named if c.lemma_ in ("identify", "name"))
        yield from (o for c in named for p in c.children if p.lower_ == "as" for o in p.children if o.dep_ == "pobj")
        yield from self._apposition_hung_higher(role)
        people = self.v.person_roles | self.v.personnel_nouns
        # "the chief of staff of the gendarmerie, Col. X": through the staff to its body
        for body in (c for c in owners(role, (), ("of", "for")) if self.lemma(c) not in people):
            yield from (c for c in body.children if c.dep_ == "appos" and c.i > body.i)
            # "a paratrooper of the 83rd Brigade, Private Denis Lukin,": the name parsed as a conjunct
            listed = any(c.dep_ == "cc" for c in body.children)  # not "the 83rd Brigade and the 5th Army"
            yield from (c for c in body.children if c.dep_ == "conj" and not listed and _comma_before(c))
        yield from self._name_hung_on_place(role)

    def _name_hung_on_place(self, role: Token) -> Iterator[Token]:
        """ "the commander of the SSPDF in Nasir, Major General X,", "the spokesperson of the FARDC's
        operations in Ituri, Lieutenant X,": the parser hangs the name on the place the role (or the
        body it is of) is held in; a place is never a person's apposition."""
        holders = [role, *(o for p in role.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj")]
        preps = (p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "at"))
        places = (o for p in preps for o in p.children)
        for place in (o for o in places if o.dep_ == "pobj" and self.by_token.get(o.i, "").startswith("Region:")):
            yield from (
                c for c in place.children if c.dep_ == "appos" and self.by_token.get(c.i, "").startswith("Person:")
            )

    def _name_after_rank(self, rank: Token) -> Iterator[Token]:
        """ "the brigade commander, Col. Meir Biderman,": the parser may make the rank the
        apposition and hang the name it stands before elsewhere."""
        if rank.lower_ not in self.v.ranks or rank.i in self.by_token:
            return
        after = rank.i + 1
        while after < len(self.doc) and (self.doc[after].text == "." or self.doc[after].lower_ in self.v.ranks):
            after += 1
        if after in self.by_token:
            yield self.doc[after]

    def _apposition_hung_higher(self, role: Token) -> Iterator[Token]:
        """ "lists signed by the brigade's chief of staff, Colonel Pavel Grechko.": a name set off
        right after the role's phrase, which the parser hung on a word further up."""
        doc = self.doc
        after = role.right_edge.i + (doc[role.right_edge.i].text != ",")  # the comma, hung on the role or not
        if after + 1 >= len(doc) or doc[after].text != ",":
            return
        # "the battalion's commander, Police Lieutenant Colonel X,": a title of up to four words
        name = next((t for t in doc[after + 1 : after + 8] if t.dep_ in ("appos", "npadvmod", "nsubj")), None)
        if name is not None and name.dep_ == "nsubj":  # "Among the dead was the commander of X, Major Y,":
            described = any(c.dep_ == "appos" for c in role.children)  # not "soldiers ..., a lawyer ..., X,"
            if role.dep_ == "nsubj" and not described and name.head in (role.head, *role.head.ancestors):
                yield name  # a subject of its own
        elif name is not None and name.head != role and name.head.i < role.i:
            yield name

    def called(self, noun: Token) -> str | None:
        """ "a man with the call sign Topaz", "an officer known by the nickname Lotus": that name."""
        if noun.lemma_.lower() not in self.v.personnel_nouns | self.v.person_roles:
            return None
        # "a former Wagner fighter known by the call sign Gyurza": through the participle too
        known = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in ("know", "go")]
        signs = [o for o in owners(noun, (), ("with", "by", "under")) if o.lower_ in self.v.call_sign_nouns]
        by = (a for k in known for a in k.children if a.dep_ in ("agent", "prep") and a.lower_ in ("by", "under"))
        signs += [o for a in by for o in a.children if o.lower_ in self.v.call_sign_nouns]
        named = (self.by_token.get(t.i) for sign in signs for t in sign.subtree)
        return next((k for k in named if k and self.entities[k].type is EntityType.PERSON), None)

    def named_later(self, role: Token) -> str | None:
        """ "A Russian war correspondent said ..." then "The correspondent, Alexander Kots, wrote";
        "a lieutenant who refused" then "Lieutenant Dmitry X"; "one of the unit's commanders has
        admitted" then "X, ... commander of Akhmat, said": someone introduced by role alone is the
        person the next sentences name in that role."""
        noun = self.quantified_of(role) if role.lower_ == "one" else role
        if noun is None or noun.lemma_.lower() not in self.v.person_roles:
            return None
        if noun is role and (noun.tag_ != "NN" or not self.is_indefinite(noun)):
            return None
        for tok in self.doc[noun.sent.end : self.sentence_end(noun.i, 2)]:
            if tok.lemma_.lower() == noun.lemma_.lower():
                key = self.person_described(tok)
                if key is not None:
                    return key
        return self._named_before(noun)

    def _named_before(self, role: Token) -> str | None:
        """ "a Ukrainian military spokesperson said" again, after "Vadym Mysnyk, a spokesperson
        for ...": the one person the article has named in that role so far."""
        if any(c.dep_ == "compound" and c.lemma_.lower() in self.v.unit_heads for c in role.children):
            return None  # "a platoon commander" is not the brigade's commander named before
        if any(c.dep_ == "amod" and c.lower_ in ("local", "civil") for c in role.children):
            return None  # "a local civil society leader" is not the militia's leader named before
        if _kept_anonymous(role):
            return None  # "a senior police officer who asked not to be named" is no one named before
        lemma = role.lemma_.lower()
        start = role.idx
        held = {
            e.key
            for e in self.entities.values()
            if e.type is EntityType.PERSON and lemma in e.roles and any(m[0] < start for m in e.mentions)
        }
        return held.pop() if len(held) == 1 else None

    def pen_name(self, role: Token) -> str | None:
        """The name a role noun's clause says one writes or posts under, or is named as; or its
        "with the call sign X"."""
        clauses = [list(c.subtree) for c in role.children if c.dep_ in ("relcl", "acl") or c.lower_ == "with"]
        # "A commander of a battalion of the 68th Brigade, who goes by the call sign Skif": "who" hung on the unit
        clauses += [
            list(c.subtree) for c in role.subtree if c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children)
        ]
        for words in [*clauses, self._relative_words(role)]:
            # "whom they identify as Major X": the name after "as", not who identified him
            named_as = [a for t in words if _named_as(t, self.v.naming_verbs) for a in t.children if a.lower_ == "as"]
            if named_as:
                words = [t for a in named_as for t in a.subtree]
            if named_as or any(t.lemma_.lower() in self.v.pen_name_nouns for t in words):
                found = (self.at(t) for t in words)
                return next((k for k in found if k and self.entities[k].type in PEN_NAMED), None)
        return None

    def _relative_words(self, role: Token) -> list[Token]:
        """ "The regiment's commander, whom the women named as Colonel Igor Safonov, has": the
        relative clause set off after a role, however the parser hung it."""
        doc = self.doc
        start = role.i + 1
        if start + 1 >= len(doc) or doc[start].text != "," or doc[start + 1].lower_ not in ("who", "whom"):
            return []
        end = next((t.i for t in doc[start + 2 : role.sent.end] if t.text == ","), role.sent.end)
        return list(doc[start + 2 : end])

    def person_above(
        self, node: Token, through: tuple[str, ...] = ("pobj", "prep", "appos"), past_others: bool = True
    ) -> str | None:
        """The person a phrase hangs on, climbing `through` those relations: the one a relative
        "who" stands for when the parser hung it lower in their description ("X, the commander of
        the 234th Regiment, who was killed", climbing past the regiment), or the one a role noun
        describes (stopping at any other entity)."""
        for _ in range(6):
            key = self.at(node)
            if key is not None and (self.entities[key].type is EntityType.PERSON or not past_others):
                return key if self.entities[key].type is EntityType.PERSON else None
            if node.dep_ not in through or node.head == node:
                return None
            node = node.head
        return None

    def _pen_named(self, token: Token, lemma: str) -> str | None:
        """ "the analyst" after "an analyst who goes by the name Naalsio": the name given then."""
        return next((k for k in map(self.pen_name, self.earlier(token, lemma)) if k is not None), None)

    def unit_of(self, person: str, in_command: bool = False) -> str | None:
        """The unit a person's mentions name as theirs: "X, commander of Y", "Y's soldier X";
        with in_command, only one they command (a deputy serves in a unit, not over it)."""
        mentions = [self.doc[i] for i, key in sorted(self.by_token.items()) if key == person]
        found = (u for m in mentions if (u := self.unit_of_person(m, in_command)))
        return self.once(self._seeking, person, lambda: next(found, None))  # "X, commander of his unit": none

    def unit_of_person(self, person: Token, in_command: bool = False) -> str | None:
        """The unit the phrase around one mention of a person names as theirs: "X, commander of Y",
        or, where the role noun heads the phrase, "the commander of Y, X"."""

        def excluded(role: Token) -> bool:
            return in_command and (not_in_command(role) or role.lemma_.lower() not in self.v.command_nouns)

        one = person.head if person.dep_ == "appos" and person.head.lower_ == "one" else person  # "one of the men, X"
        if not in_command and one.lower_ == "one" and self.one_of(one) != one:
            group = self.soldiers_unit(self.one_of(one))  # "One of them, who calls himself X"
            if group is not None and self.entities[group].type is EntityType.UNIT:
                return group
        roles = self.v.membership_nouns | self.v.command_nouns | self.v.rank_nouns  # "a sergeant of Y"
        heads = [person] if person.lemma_.lower() in roles else []
        heads += [c for c in person.children if c.dep_ == "compound" and c.lemma_.lower() in roles]  # "HTS commander X"
        if person.dep_ in ("nsubj", "nsubjpass"):  # "X was appointed commander of Y", "X is a soldier of Y"
            heads += [c for c in person.head.children if c.dep_ in ("oprd", "attr")]
        if person.dep_ == "attr":  # "Its commander is Col. X"
            heads += [c for c in person.head.children if c.dep_ == "nsubj"]
        if person.dep_ == "appos" and person.head.lemma_.lower() in roles:  # "the brigade's commander, X"
            heads.append(person.head)
        place = person.head if person.dep_ == "appos" else None
        if place is not None and place.dep_ == "pobj" and self.by_token.get(place.i, "").startswith("Region:"):
            heads.append(place.head.head)  # "the commander of Y in Nasir, X": the name hung on the place
        objects = [c for c in person.head.children if c.dep_ == "dobj"]
        if person.dep_ == "dobj" or (person.dep_ in ("nsubj", "nsubjpass") and not objects):  # "dismissed X as
            heads += [o for p in person.head.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children]
            heads += [o for p in person.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children]
            # commander of Y", "X served as commander of Y"
        unit = self.at(person.head) if person.dep_ == "appos" else None
        if unit is not None and self.entities[unit].type is EntityType.UNIT:
            of = person.head.head  # "the commander of Y, X": the parser hung X on Y
            role = of.head
            if of.lower_ == "of" and role.lemma_.lower() in self.v.command_nouns and not excluded(role):
                return unit
            # "the commander of a battalion of Y, X": he serves in Y, commanding a part of it
            part = role.lemma_.lower() in self.v.unit_heads and role.dep_ == "pobj" and role.head.lower_ == "of"
            if of.lower_ == "of" and part and role.head.head.lemma_.lower() in self.v.command_nouns and not in_command:
                return unit
            # "the Director of Army Public Relations, 1 Division, Lt. Col. X": the unit set beside a title
            if person.head.dep_ == "appos" and of.lemma_.lower() in self.v.person_roles and not in_command:
                return unit
        described = [c for c in person.children if c.dep_ == "appos"]
        if person.dep_ == "appos":  # "her son, Andrii, a machine gunner in Y": both hung on "son"
            described += [c for c in person.head.children if c.dep_ == "appos" and c.i > person.i]
        # "X, the head of the ministry's department and commander of Y": a role the parser coordinated lower
        described += [t for a in described for t in a.subtree if t.dep_ == "conj" and t.lemma_.lower() in roles]
        for noun in heads + described:
            if noun.lemma_.lower() not in roles or excluded(noun):
                continue
            if not in_command and any(c.lower_ in ("former", "ex", "retired") for c in noun.children):
                continue  # "a former member of the special forces" is theirs no longer; command is history
            for cand in owners(noun, ("poss", "compound"), ("of", "in", "with")):
                unit = self.pronoun(cand) if cand.pos_ == "PRON" else self.unit_behind(cand)  # "its deputy commander"
                if unit is None and cand.dep_ == "compound" and self.lemma(cand) in self.v.unit_heads:
                    unit = self._last_of_echelon(cand, self.lemma(cand))  # "the brigade commander, X"
                if unit is not None and self.entities[unit].type is EntityType.UNIT:
                    return unit
        if not in_command and person.pos_ == "PROPN":  # "Sgt. Pavel Orlov of the 45th Brigade"
            for cand in owners(person, (), ("of", "from")):
                unit = self.unit_behind(cand)
                if unit is not None and self.entities[unit].type is EntityType.UNIT:
                    return unit
        named = self._soldier_named(person) if not in_command else None
        named = named or self._commands_in_clause(person)
        return named or self._joined(person, leading=not in_command) or self._succeeded(person, in_command)

    def _commands_in_clause(self, person: Token) -> str | None:
        """ "Colonel X, who commands the Darwish forces in El Dher": the unit his clause says he
        leads (not "who now heads Y", a new post, nor "who commands one of its battalions")."""
        verbs = self.v.command_verbs
        clauses = [c for c in person.children if c.dep_ == "relcl" and c.lemma_.lower() in verbs]
        current = [c for c in clauses if not any(a.lower_ == "now" for a in c.children)]
        objects = (o for c in current for o in c.children if o.dep_ == "dobj" and not self.quantified_of(o))
        led = (self.resolve(o, create_groups=False) for o in objects)
        return next((k for k in led if k is not None and self.entities[k].type is EntityType.UNIT), None)

    def _soldier_named(self, person: Token) -> str | None:
        """ "the officer, a captain who gave only his first name, Andriy": the unit of the soldier
        whose name this is, however deep in the description the parser hung it."""
        if person.dep_ != "appos":
            return None
        soldiers = (a for a in person.ancestors if a.pos_ == "NOUN" and self.lemma(a) in self.v.personnel_nouns)
        units = (self.personnel(a, create=False) for a in soldiers)
        return next((k for k in units if k and self.entities[k].type is EntityType.UNIT), None)

    def _succeeded(self, person: Token, in_command: bool) -> str | None:
        """ "His successor, Col. X": X holds the command of the one he succeeded."""
        role = person.head if person.dep_ == "appos" else next((c for c in person.children if c.dep_ == "appos"), None)
        if role is None or role.lemma_.lower() not in self.v.succession_nouns:
            return None
        owner = next((c for c in role.children if c.dep_ == "poss"), None)
        held = self.resolve(owner, create_groups=False) if owner is not None else None
        if held is None or self.entities[held].type is not EntityType.PERSON:
            return None
        return self.unit_of(held, in_command)

    def _joined(self, person: Token, leading: bool) -> str | None:
        """ "X, who had joined the regiment", "X, who served in the 1st Brigade", "X served in Y";
        with leading, "X, who leads Y" too. Otherwise a command counts unless it is a new post ("Y, who now heads
        Z", after handing over the one that matters)."""

        def fits(clause: Token) -> bool:
            lemma = clause.lemma_.lower()
            held = leading or not any(c.lower_ == "now" for c in clause.children)
            joined = lemma in self.v.joining_verbs and not in_the_past(clause)
            return joined or (held and (lemma in self.v.command_verbs or took_over(clause) or took_command(clause)))

        clauses = [c for c in person.subtree if c.dep_ == "relcl" and fits(c)]
        if person.dep_ == "nsubj":  # "X led the brigade until March", "X served in Y and joined Z"
            clauses += [c for c in (person.head, *person.head.conjuncts) if fits(c)]
        for clause in clauses:
            taken = [c for c in clause.children if c.dep_ == "dobj"]
            if took_command(clause):  # "took command of Y", the "of" on the noun or the verb
                taken += [o for c in (clause, *taken) for o in owners(c, (), ("of",))]
            for cand in [*taken, *owners(clause, (), ("in", "with"))]:
                unit = self.unit_behind(cand)
                if unit is not None and self.entities[unit].type is EntityType.UNIT:
                    return unit
        return None

    def lost_role_before(self, token: Token, sentences: int = 2) -> str | None:
        """The unit said just before to have lost a commander it did not name: whose the person
        killed in the next sentence most likely was."""
        return self._latest_loss(self.lost_roles, token, sentences)

    def lost_men_before(self, token: Token, sentences: int = 3, soldiers: bool = False) -> str | None:
        """The force whose men the sentences before say were killed: "Ten police officers were
        killed ... The dead included Captain X", whom that force lost; with `soldiers`, not an
        armed group ("Three other soldiers were wounded" after the rebels' dead)."""
        losses = [(i, k) for i, k in self.lost_men if not (soldiers and self.armed_group(k))]
        return self._latest_loss(losses, token, sentences)

    def sole_loss_before(self, token: Token) -> str | None:
        """The one state force the article says, anywhere before, lost men: whose "the martyred
        soldiers" are when named paragraphs later."""
        forces = {k for i, k in self.lost_men if i < token.i and not self.armed_group(k)}
        return forces.pop() if len(forces) == 1 else None

    def _latest_loss(self, losses: list[tuple[int, str]], token: Token, sentences: int) -> str | None:
        start = self.window(token, sentences=sentences)
        return next((unit for i, unit in reversed(losses) if start <= i < token.i), None)


def _named_as(verb: Token, naming_verbs: frozenset[str]) -> bool:
    """ "whom they identify as Major X", "whom the women named as Colonel Y"."""
    return verb.lemma_.lower() in naming_verbs and any(c.lower_ == "as" for c in verb.children)


def _comma_before(name: Token) -> bool:
    """Whether a comma opens the phrase a name heads: "..., Private Denis Lukin"."""
    start = name.left_edge.i
    return start > 0 and name.doc[start - 1].text == ","


def _kept_anonymous(role: Token) -> bool:
    """ "an officer who asked not to be named", "who declined to be identified", "speaking on
    condition of anonymity": a source the article keeps unnamed."""
    for word in role.subtree:
        if word.lemma_.lower() == "anonymity":
            return True
        naming = word.lemma_.lower() in ("name", "identify") and word.tag_ == "VBN"
        if naming and (
            any(c.dep_ == "neg" for c in word.children) or word.head.lemma_.lower() in ("decline", "refuse")
        ):
            return True
    return False


_MALE_ENDINGS = ("ov", "ev", "yov", "in", "yn", "sky", "skiy", "skyi", "iy", "yi")
_FEMALE_ENDINGS = ("ova", "eva", "yova", "ina", "yna", "skaya", "tskaya", "ovna", "evna")


def sex_of(name: str) -> str | None:
    """ "f" or "m" where a name tells: a woman's given name, or a Slavic surname's ending
    ("Kuzovlev", "Lavrova"); None where it does not."""
    words = name.lower().split()
    if not words:
        return None
    if words[0] in vocab().female_given_names:
        return "f"
    surname = words[-1]
    if len(words) > 1 and surname.endswith(_FEMALE_ENDINGS):
        return "f"
    if len(words) > 1 and surname.endswith(_MALE_ENDINGS):
        return "m"
    return None
