"""Entity resolution within one article: from mentions to entities.

Every way a text names something ends at one `Entity`: the gazetteer's canonical name,
a person's full name for "Kuzmin", the paper for "the paper", the activist for
"the activist", the unit a pronoun or "the regiment" points back to, and the group of
soldiers that "the paratroopers" recalls.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from extract import gazetteer
from extract.gazetteer import normalize
from extract.model import Entity, EntityType
from extract.nlp import GAZETTEER_ID, LABELS, UNIT_ID, descriptor
from extract.vocab import vocab

_DESIGNATION = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b", re.I)
_QUOTES = {'"', "\u201c", "\u201d"}
_PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
_THING_PRONOUNS = {"it", "its", "they", "them", "their"}
_FORCE_LIKE = {EntityType.UNIT, EntityType.ORGANIZATION}
_PEN_NAMED = {EntityType.PERSON, EntityType.OUTLET}  # a blogger's name is often his channel's
NOT_COMMAND = {"deputy", "vice", "assistant", "second-in-command", "would-be"}
_SYNONYMS = {"paper": "newspaper", "daily": "newspaper", "outlet": "site", "broadcaster": "broadcaster"}


def _clean(text: str) -> str:
    """A name as it should read: no leading article, possessive, quotation marks ('the "Sparta"
    battalion') or stray punctuation."""
    text = re.sub(r"\s*[\"“”«»]\s*", " ", text).strip()
    text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
    text = re.sub(r"[’']s$", "", text)
    return text.strip(" ,.;:\"'“”")


def _words(entity: Entity) -> set[str]:
    """Every word of an entity's names: "the intelligence agency" finds "Ukraine's military intelligence"."""
    return {w for form in (entity.name, *entity.aliases) for w in normalize(form).split()}


def _singular(words: set[str]) -> set[str]:
    """ "officials" as "official": enough to find a body of people by one of them."""
    return words | {w[:-1] for w in words if w.endswith("s")}


def _designation(name: str) -> str | None:
    """Identity of a numbered unit: its number and echelon, so "331st Regiment" meets its long form."""
    match = _DESIGNATION.search(name)
    heads = [w for w in normalize(name).split() if w in vocab().unit_heads]
    if not match or not heads:
        return None
    return f"{match.group(0).lower()} {heads[-1]}"


def not_in_command(noun: Token) -> bool:
    """A role next to command that is not command: "deputy commander", "chief of staff"."""
    of_staff = any(c.lower_ == "of" and any(g.lower_ == "staff" for g in c.children) for c in noun.rights)
    return of_staff or any(c.lower_ in NOT_COMMAND for c in noun.lefts)


def took_over(verb: Token) -> bool:
    """ "X took over the army": taking command, said with a phrasal verb."""
    return verb.lemma_.lower() == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)


def in_the_past(verb: Token) -> bool:
    """ "X had previously served in the Belarusian army": a membership that ended."""
    return any(c.lower_ in vocab().past_adverbs for c in verb.children)


def own_clause(node: Token) -> bool:
    """ "..., but he later appeared in a video released by X": a coordinated clause with its own subject."""
    return node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)


def owners(noun: Token, deps: tuple[str, ...], preps: tuple[str, ...]) -> Iterator[Token]:
    """What a role noun belongs to: its possessor or compound ("its commander", "regiment
    commander") and the object of its preposition ("commander of Y", "a soldier in Y"), through
    a staff ("chief of staff of Y")."""
    for child in noun.children:
        if child.dep_ in deps:
            yield child
        elif child.dep_ == "prep" and child.lower_ in preps:
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                staff_of = list(owners(obj, (), ("of",))) if obj.lower_ in ("staff", "headquarters") else []
                yield from staff_of or [obj]


class EntityTable:
    """The entities of one article and which tokens mention them."""

    def __init__(self, doc: Doc, article_key: str) -> None:
        self.doc = doc
        self.article_key = article_key
        self.entities: dict[str, Entity] = {}
        self.by_token: dict[int, str] = {}
        self.groups: dict[str, tuple[str, str | None]] = {}  # key -> (head lemma, region key)
        self.v = vocab()
        self._seeking: set[str] = set()
        self.lost_roles: list[tuple[int, str]] = []  # (token, unit): "the legion lost its deputy commander"
        self.acronyms: dict[str, str] = {}  # "CCD" -> the entity it was given to in brackets
        self._starts = [s.start for s in doc.sents]  # sentence starts, for the reach of pointing back
        self._kind_nouns = self.v.org_nouns | self.v.outlet_nouns | self.v.unit_heads | self.v.region_nouns
        self._collect()

    # -- building -------------------------------------------------------------------------
    def add(self, etype: EntityType, name: str, identity: str, span: Span, surface: str | None = None) -> str:
        key = self.add_named(etype, name, identity)
        entity = self.entities[key]
        if len(name) > len(entity.name):
            entity.aliases.add(entity.name)
            entity.name = name
        form = _clean(surface if surface is not None else span.text)
        if form and form != entity.name:
            entity.aliases.add(form)
        entity.aliases.discard(entity.name)
        if (span.start_char, span.end_char) not in entity.mentions:
            entity.mentions.append((span.start_char, span.end_char))
        for tok in span:
            self.by_token.setdefault(tok.i, key)
        return key

    def add_named(self, etype: EntityType, name: str, identity: str) -> str:
        """An entity the article implies without naming it in the text, such as its publisher."""
        key = f"{etype.value}:{identity}"
        self.entities.setdefault(key, Entity(key=key, type=etype, name=name, identity=identity))
        return key

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
            if named is not None:
                aliases.append((ent, named))
            elif ent.label_ == "PERSON" and not ent.ent_id_:
                people.append(ent)
            else:
                self._add_ent(ent)
                self._quoted_honorific(ent)
        self._add_people(people)
        for ent, named in aliases:  # after the people, who have pen names too
            self._add_alias(ent, named)
        self._narrow_national_troops()

    def _narrow_national_troops(self) -> None:
        """ "Russian troops of the 810th Brigade", "Russian marines from the 61st Brigade" are the
        brigade's, not a mention of the Russian armed forces or marines at large."""
        for tok in self.doc:
            key = self.by_token.get(tok.i)
            if key is None or not self._branch(key) or self.lemma(tok) not in self.v.personnel_nouns:
                continue
            units = [self.unit_behind(o) for o in owners(tok, (), ("of", "from"))]
            unit = next((u for u in units if u is not None and not self._branch(u)), None)
            if unit is None:
                continue
            phrase = [t.i for t in tok.subtree if self.by_token.get(t.i) == key]
            span = (self.doc[min(phrase)].idx, self.doc[max(phrase)].idx + len(self.doc[max(phrase)]))
            self.entities[key].mentions = [m for m in self.entities[key].mentions if m != span]
            for i in phrase:
                self.by_token[i] = unit

    def _branch(self, key: str) -> bool:
        """A country's forces or a branch of them ("Russian marines"), which a numbered unit is
        more specific than."""
        entity = self.entities[key]
        return self.national_forces(key) or (entity.type is EntityType.UNIT and _designation(entity.name) is None)

    def _service(self, key: str) -> bool:
        """A country's forces or one of its services ("the Ground Forces", "Ukraine's Navy"), which
        "the unit" does not stand for where a formation of theirs was named."""
        name = self.entities[key].name.lower()
        return self.national_forces(key) or name.endswith((" forces", " force", " navy"))

    def _alias_target(self, ent: Span) -> Token | None:
        """ "The brigade, known as Magura", "a unit nicknamed Kraken", "Morozov, who writes under
        the name Murz": the phrase another name belongs to; the name is no entity of its own."""
        root = ent.root
        if ent.ent_id_.startswith(f"{GAZETTEER_ID}:"):
            return None
        if root.dep_ == "compound" and root.head.lemma_.lower() in self.v.unit_heads:
            root = root.head  # "known as the Taman division": the name with its echelon
        verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head
        if root.dep_ in ("pobj", "oprd", "dobj") and verb.lemma_.lower() in self.v.alias_verbs:
            return verb.head if verb.dep_ in ("acl", "relcl") and verb.head != verb else None
        pen = self.v.pen_name_nouns
        named_as = root.dep_ in ("appos", "compound", "attr") and root.head.lemma_.lower() in pen
        sibling = root.dep_ == "dobj" and any(c.dep_ == "dobj" and c.lemma_.lower() in pen for c in root.head.children)
        if named_as or sibling or any(c.dep_ == "compound" and c.lemma_.lower() in pen for c in root.children):
            clause = root.head  # "under the name Murz", "uses the call sign Kit", however the parser hung them
            while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
                clause = clause.head
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.lower_ in ("who", "which") and clause.dep_ == "relcl":
                described = clause.head  # "X, a Russian nationalist who goes by the name Y": X
                return described.head if described.dep_ == "appos" and described.head.pos_ == "PROPN" else described
            if subject is None and clause.dep_ in ("acl", "relcl"):  # "X, known by the call sign Y"
                return clause.head
            return subject
        return None

    def _quoted_honorific(self, ent: Span) -> None:
        """'the 93rd Mechanized Brigade "Kholodnyi Yar"': a quoted name right after a unit's is its
        honorific, whether or not the statistical model saw a name in it."""
        key = self.by_token.get(ent.start)
        doc = self.doc
        if key is None or self.entities[key].type is not EntityType.UNIT or ent.end >= len(doc) - 2:
            return
        if not doc[ent.end].is_quote:
            return
        close = next((t.i for t in doc[ent.end + 1 : ent.end + 6] if t.is_quote), None)
        words = doc[ent.end + 1 : close] if close is not None else []
        if words and all(t.is_title or not t.is_alpha for t in words):
            self.entities[key].aliases.add(words.text)
            for tok in words:
                self.by_token[tok.i] = key

    def _add_alias(self, ent: Span, named: Token) -> None:
        described = self.resolve(named, create_groups=False)
        if described is None or self.entities[described].type is EntityType.REGION:
            if ent.label_ == "PERSON" and not ent.ent_id_:
                self._add_people([ent])
            else:
                self._add_ent(ent)
            return
        self.entities[described].aliases.add(_clean(ent.text))
        for tok in ent:
            self.by_token.setdefault(tok.i, described)

    def _add_ent(self, ent: Span) -> None:
        etype = EntityType(ent.label_.title())
        if ent.ent_id_.startswith(f"{GAZETTEER_ID}:"):
            name = self._province(ent, ent.ent_id_.split(":", 1)[1])
            entry = gazetteer.lookup(name)
            etype = entry.type if entry is not None else etype  # the model's label may have stayed on it
            known = self._longer_form(etype, name, national=True) if etype in _FORCE_LIKE else None
            if known is not None:
                key = self.add(known.type, known.name, known.identity, ent, surface=name)
            else:
                key = self.add(etype, name, normalize(name), ent)
            entry = gazetteer.lookup(name)
            if entry is not None:
                self.entities[key].roles.add(_SYNONYMS.get(entry.kind, entry.kind))
            self._add_leading_country(ent)
        else:
            listed = ent.ent_id_.startswith(f"{UNIT_ID}:")  # one of "the 155th and 40th Brigades"
            name = ent.ent_id_.split(":", 1)[1] if listed else _clean(ent.text)
            if not name:
                return
            known = self._national_variant(ent, name) or self._longer_form(etype, name)
            force = self._named_force(name)
            acronym = self._acronym_of(ent)
            if acronym is not None:
                entity = self.entities[acronym]
                key = self.add(entity.type, entity.name, entity.identity, ent)
            elif force is not None:
                key = self.add(force.type, force.name, normalize(force.name), ent, surface=name)
            elif known is not None:
                key = self.add(known.type, known.name, known.identity, ent, surface=name)
            else:
                unit = ent.ent_id_ == UNIT_ID or listed
                identity = (_designation(name) if unit else None) or normalize(name)
                key = self.add(etype, name, identity, ent)
        role = descriptor(ent)
        if role:
            self.entities[key].roles.add(_SYNONYMS.get(role, role))

    def _acronym_of(self, ent: Span) -> str | None:
        """ "the Center for Countering Disinformation (CCD)" and "the CCD" after it: an acronym
        given in brackets right after a name is that name's, wherever it comes again."""
        text = ent.text
        if text in self.acronyms:
            return self.acronyms[text]
        doc = self.doc
        opened = ent.start >= 2 and doc[ent.start - 1].text == "("
        closed = ent.end < len(doc) and doc[ent.end].text == ")"
        if not (opened and closed and len(ent) == 1 and text.isupper() and 2 <= len(text) <= 6):
            return None
        key = self.by_token.get(ent.start - 2)
        if key is not None:
            self.acronyms[text] = key
        return key

    def _named_force(self, name: str) -> gazetteer.Entry | None:
        """ "the Akhmat regiment", "the Kraken unit": a force the gazetteer knows by name, with
        an echelon word but no number, is that force."""
        words = name.split()
        if len(words) < 2 or words[-1].lower() not in self.v.unit_heads | {"unit"} or _DESIGNATION.search(name):
            return None
        entry = gazetteer.lookup(" ".join(words[:-1]))
        return entry if entry is not None and entry.type is EntityType.UNIT else None

    def _province(self, ent: Span, name: str) -> str:
        """ "the Kursk and Belgorod regions": a city's name that stands for its province; and in an
        article that names the province, the bare name is the province too ("sent back to Pskov"
        after "a unit in Pskov province"), as readers and the annotators of the seeds take it."""
        entry = gazetteer.lookup(name)
        if entry is not None and entry.kind == "city" and entry.parent in self.provinces_named:
            parent = gazetteer.lookup(entry.parent)
            if parent is not None and normalize(parent.name).startswith(normalize(name) + " "):
                return parent.name
        root = ent.root
        while root.dep_ == "conj" and root.head != root:
            root = root.head
        provinces = ("region", "oblast", "province")
        if root.dep_ not in ("nmod", "compound", "amod") or root.head.lemma_.lower() not in provinces:
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
        if etype is EntityType.PERSON or len(short) < 4:
            return None
        kin = _FORCE_LIKE if etype in _FORCE_LIKE else {etype}  # "the Navy" after "Ukraine's Navy"
        for entity in self.entities.values():
            for form in map(normalize, (entity.name, *entity.aliases)):
                before = form.removesuffix(" " + short).removesuffix("'s")
                fits = form != short and form.endswith(" " + short) and (not national or before in self.v.countries)
                fits = fits or form.startswith(short + " of ") or self._honorific_of(short, entity, etype)
                if entity.type in kin and fits:
                    return entity
        return None

    def _honorific_of(self, short: str, entity: Entity, etype: EntityType) -> bool:
        """ "the Kantemirovskaya division" after "the 4th Guards Kantemirovskaya Tank Division", "the
        Kholodnyi Yar brigade" after 'the 93rd Brigade "Kholodnyi Yar"': a numbered unit's honorific,
        with or without its echelon, is that unit."""
        if etype is not EntityType.UNIT or _DESIGNATION.search(short) or not _DESIGNATION.search(entity.name):
            return False
        words = short.split()
        known = {w for form in (entity.name, *entity.aliases) for w in normalize(form).split()}
        return any(w not in self.v.unit_heads for w in words) and set(words) <= known

    def _add_leading_country(self, ent: Span) -> None:
        """ "UK intelligence", "Russia's military": the country inside a name is mentioned too."""
        if len(ent) < 2:
            return
        first = self.doc[ent.start]
        entry = gazetteer.lookup(first.text)
        if entry is not None and entry.type is EntityType.REGION and entry.kind == "country":
            span = self.doc[ent.start : ent.start + 1]
            self.add(EntityType.REGION, entry.name, normalize(entry.name), span)

    def _add_people(self, people: list[Span]) -> None:
        """Full names first, so that "Kuzmin" can join "Nikolay Kuzmin" wherever it stands."""
        full: dict[str, str] = {}
        for ent in sorted(people, key=lambda e: -len(_clean(e.text).split())):
            name = _clean(ent.text)
            if not name:
                continue
            parts = name.split()
            target = name
            if len(parts) == 1:
                matches = {n for last, n in full.items() if last == parts[0].lower()}
                if len(matches) == 1:
                    target = matches.pop()
            else:
                full.setdefault(parts[-1].lower(), name)
            key = self.add(EntityType.PERSON, target, normalize(target), ent, surface=name)
            self.entities[key].roles.update(self._person_roles(ent))

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

    # -- resolving ------------------------------------------------------------------------
    def at(self, token: Token) -> str | None:
        """The entity a token belongs to, following appositions ("the unit, the 331st ...")."""
        key = self.by_token.get(token.i)
        if key is not None:
            return key
        for child in token.children:
            if child.dep_ == "appos" and child.i in self.by_token:
                return self.by_token[child.i]
        if token.lemma_.lower() in self._kind_nouns:
            # "the Rochan Consulting group", "the Ivanovo region", "the Rybar Telegram channel" (not Telegram)
            compounds = [t for left in token.lefts if left.dep_ == "compound" for t in left.subtree]
            named = [self.by_token[t.i] for t in compounds if t.i in self.by_token]
            if named:
                own = [k for k in named if not gazetteer.is_platform(self.entities[k].name)]
                return (own or named)[-1]
        return None

    def person_described(self, role: Token) -> str | None:
        """The person a role noun describes: "the correspondent, Alexander Kots", or "Apti
        Alaudinov, the deputy head of the department and commander of Akhmat"; or the name one
        writes under: "the blogger, who posts under the name Voenny Osvedomitel"."""
        pen_name = self.pen_name(role)
        if pen_name is not None:
            return pen_name
        named = (self.at(c) for c in self.appositions(role))  # "The lawyer, Maxim Grebenyuk, said"
        person = next((k for k in named if k and self.entities[k].type is EntityType.PERSON), None)
        if person is not None:
            return person
        return self.person_above(role, through=("conj", "pobj", "prep", "appos", "compound"), past_others=False)

    def appositions(self, role: Token) -> Iterator[Token]:
        """A role noun's appositions, and the one the parser hung on the body the role is of:
        "the spokesperson of the Khortytsia group, Nazar Voloshyn," names the spokesperson (not
        so "the wife of the soldier, Ivan X": a name after a person names that person)."""
        yield from (c for c in role.children if c.dep_ == "appos")
        people = self.v.person_roles | self.v.personnel_nouns
        for prep in (c for c in role.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
            for body in (c for c in prep.children if c.dep_ == "pobj" and self.lemma(c) not in people):
                yield from (c for c in body.children if c.dep_ == "appos" and c.i > body.i)

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
        for tok in self.doc[noun.sent.end : self._sentence_end(noun.i, 2)]:
            if tok.lemma_.lower() == noun.lemma_.lower():
                key = self.person_described(tok)
                if key is not None:
                    return key
        return None

    def _sentence_end(self, i: int, after: int) -> int:
        """Where the sentence `after` sentences past the one holding token i ends."""
        here = bisect_right(self._starts, i) - 1
        nxt = here + after + 1
        return self._starts[nxt] if nxt < len(self._starts) else len(self.doc)

    def pen_name(self, role: Token) -> str | None:
        """The name a role noun's clause says one writes or posts under."""
        for clause in (c for c in role.children if c.dep_ in ("relcl", "acl")):
            words = list(clause.subtree)
            if any(t.lemma_.lower() in self.v.pen_name_nouns for t in words):
                found = (self.at(t) for t in words)
                return next((k for k in found if k and self.entities[k].type in _PEN_NAMED), None)
        return None

    def resolve(self, token: Token, create_groups: bool = True, vague: bool = False) -> str | None:
        """The entity a noun phrase head refers to, or None when it names nothing we track."""
        key = self.at(token) or self.numbered(token) or self._named_head(token)
        if key is not None:
            return key
        lower = token.lower_
        if lower == "we" and token.dep_ == "nsubj":  # '"We refuse to go," a soldier of X says'
            return self._speakers_unit(token)
        if lower in self.v.no_antecedent:  # "those who surrendered", "you": no entity we know
            return None
        quantified = self.quantified_of(token)  # "some of the men" is the men, not a pronoun
        if not quantified and (token.pos_ == "PRON" or lower in _PERSON_PRONOUNS | _THING_PRONOUNS | {"whose"}):
            return self.pronoun(token)
        lemma = self.lemma(token)
        of = self.lemma(quantified) if quantified is not None else None
        counted = of is not None and (of in self.v.personnel_nouns or of not in self.v.speaker_roles)
        if lemma in self.v.personnel_nouns or counted:  # "some of the men", "elements of Y"; not "one of the sources"
            return self.personnel(token, create_groups, vague)
        if lemma in self.v.unit_heads and self.is_indefinite(token):
            return self.personnel(token, create=False)  # "a company of fighters from the Akhmat unit"
        if token.pos_ == "NOUN":
            return self.description(token)
        return None

    def _named_head(self, token: Token) -> str | None:
        """ "Russia's Wagner mercenary group": an echelon word whose modifier is a named unit."""
        if self.lemma(token) not in self.v.unit_heads:
            return None
        named = (self.at(c) for c in token.children if c.dep_ in ("compound", "nmod"))
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
        """ "11 of his subordinates", "some of the paratroopers": the noun after "of"."""
        if token.like_num or token.lower_ in self.v.collective_nouns:
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    return next((c for c in prep.children if c.dep_ == "pobj"), None)
        return None

    def pronoun(self, token: Token) -> str | None:
        if token.lower_ == "whose":  # "the VDV, whose commander, X, ...": what the clause describes
            clause = next((t for t in token.ancestors if t.dep_ == "relcl"), None)
            return self.resolve(clause.head, create_groups=False) if clause is not None else None
        if token.lower_ in ("who", "which", "that") and token.head.dep_ == "relcl":
            described = token.head.head
            person = self.person_above(described) if token.lower_ == "who" else None
            return person or self.resolve(described)  # "Pegov, who wrote": Pegov
        if token.lower_ in _PERSON_PRONOUNS:
            said_by = self._speaker_of_words(token)
            if said_by is not None and self.lemma(said_by) in self.v.personnel_nouns and self.is_indefinite(said_by):
                return None  # "a soldier told the paper his unit had lost 60 men": the soldier, unnamed
            speaker = self._quoting(token)  # '"He led his men," Kasyanov wrote': not Kasyanov
            return self._recent(token, {EntityType.PERSON}, lambda e: e.key != speaker)
        if token.lower_ in ("they", "them", "their"):
            soldiers = self._plural_personnel_before(token)
            if soldiers is not None:  # "complaints from conscripts ... Many of them refuse"
                return self.personnel(soldiers, create=False)
            speaker = self._speaker_of_clause(token)
            if speaker is not None:  # "soldiers posted a video saying they refuse"
                return speaker
        # "its commander": the subject of the clause the pronoun stands in.
        verb = token
        while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX"):
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        inside = subject is not None and subject.left_edge.i <= token.i <= subject.right_edge.i  # "one of them"
        if subject is not None and not inside and subject.pos_ != "PRON":
            key = self.resolve(subject, create_groups=False)
            if key is not None:
                return key
        if token.lower_ in ("they", "them", "their"):
            return self._recent(token, {EntityType.UNIT, EntityType.ORGANIZATION})
        soldiers = self.v.command_nouns | self.v.personnel_nouns
        if token.dep_ == "poss" and token.head.lemma_.lower() in soldiers:  # "its commander": a unit's
            unit = (
                self._numbered_in_sentence(token) or self._speakers_own(token) or self._recent(token, {EntityType.UNIT})
            )
            if unit is not None:
                return unit
        return self._recent(token, {EntityType.UNIT, EntityType.ORGANIZATION, EntityType.OUTLET})

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

    def _speakers_own(self, token: Token) -> str | None:
        """ "The legion said that only two of its fighters were killed": the speaker's own."""
        speaker = self._speaker_of_words(token)
        key = self.resolve(speaker, create_groups=False) if speaker is not None else None
        return key if key is not None and self.entities[key].type is EntityType.UNIT else None

    def _speakers_unit(self, token: Token) -> str | None:
        """The unit of whoever says the clause a token stands in: a commander's, the unit
        speaking itself, or, for a soldier no one names, the unit the passage is about."""
        subject = self._speaker_of_words(token)
        if subject is None:
            return None
        key = self.resolve(subject, create_groups=False)
        if key is None and self.lemma(subject) in self.v.personnel_nouns:
            key = self._recent_unit_of_story(subject)
        if key is not None and self.entities[key].type is EntityType.PERSON:
            return self.unit_of(key)
        return key if key is not None and self.entities[key].type is EntityType.UNIT else None

    def _recent_unit_of_story(self, token: Token) -> str | None:
        """The last named unit before a token, not a group of soldiers nor a country's forces."""
        return self._recent(token, {EntityType.UNIT}, lambda e: e.key not in self.groups and not self._branch(e.key))

    def _speaker_of_words(self, token: Token) -> Token | None:
        """The subject of the say verb a token's words hang on: "X said (that) we ..." or, the
        quote leading, '"We ...," X says'."""
        says = self.v.say_verbs
        clause = token
        while clause.head != clause and not (clause.dep_ == "ccomp" and clause.head.lemma_.lower() in says):
            clause = clause.head
        if clause.dep_ == "ccomp":
            say = clause.head
        else:  # the quote is the root and the say verb hangs on it
            say = next(
                (c for c in clause.children if c.dep_ in ("advcl", "parataxis") and c.lemma_.lower() in says), None
            )
        say = say or self.say_closing_quote(token)
        if say is None:
            return None
        if say.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in say.children):
            say = say.head  # "the legion denied it and said that ..."
        subject = next((c for c in say.children if c.dep_ == "nsubj"), None)
        return subject or self._speaker_hung_elsewhere(say)

    def say_closing_quote(self, token: Token) -> Token | None:
        """'"We lost 30 men. Then they ordered a fourth assault," the officer said': the say
        verb after the quote a token's sentence opens, when the quote runs on past it."""
        sent = token.sent
        if not (sent[0].text in _QUOTES and sum(t.text in _QUOTES for t in sent) == 1):
            return None
        for tok in self.doc[sent.end : self._sentence_end(token.i, 2)]:
            if tok.text in _QUOTES:
                after = tok.doc[tok.i + 1 : tok.sent.end]
                return next((t for t in after if t.lemma_.lower() in self.v.say_verbs and t.pos_ == "VERB"), None)
        return None

    def _speaker_hung_elsewhere(self, say: Token) -> Token | None:
        """ "In an interview with Meduza, a junior officer ... described how": a speaker the
        parser hung on the phrase before instead of making it the subject."""
        people = self.v.personnel_nouns | self.v.person_roles
        before = [t for t in say.subtree if t.i < say.i and t.dep_ in ("appos", "conj")]
        return next((t for t in reversed(before) if self.lemma(t) in people or t.ent_type_ == "PERSON"), None)

    def _quoting(self, token: Token) -> str | None:
        """The person whose quoted words a token stands in, named as the speaker of its sentence."""
        sent = token.sent
        if sum(t.text in _QUOTES for t in sent if t.i < token.i) % 2 == 0:
            return None
        for verb in sent:
            if verb.lemma_.lower() in self.v.say_verbs:
                for subj in verb.children:
                    key = self.by_token.get(subj.i)
                    if subj.dep_ == "nsubj" and key and self.entities[key].type is EntityType.PERSON:
                        return key
        return None

    def _numbered_in_sentence(self, token: Token) -> str | None:
        """ "X dismissed the commander of the 59th Brigade after its soldiers left": a numbered
        unit named earlier in the same sentence is nearer than the clause's subject."""
        for i in range(token.i - 1, token.sent.start - 1, -1):
            key = self.by_token.get(i)
            if key and self.entities[key].type is EntityType.UNIT and _designation(self.entities[key].name):
                return self._recent(token, {EntityType.UNIT}, lambda e, found=key: e.key == found)
        return None

    def _speaker_of_clause(self, token: Token) -> str | None:
        """Whoever says the clause a "they" is the subject of: "X said they would not fight"."""
        verb = token.head
        if token.dep_ != "nsubj" or verb.dep_ != "ccomp":
            return None
        say = verb.head
        if say.lemma_.lower() not in self.v.say_verbs:
            return None
        while say.dep_ in ("advcl", "xcomp", "conj") and not any(c.dep_ == "nsubj" for c in say.children):
            say = say.head  # "soldiers posted a video saying ...": the poster
        subject = next((c for c in say.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return self.resolve(subject, create_groups=False) if subject is not None else None

    def _plural_personnel_before(self, token: Token) -> Token | None:
        """Soldiers named in the words since the last unit mention: what "they" most likely are."""
        start = self._window(token, sentences=2)
        for i in range(token.i - 1, start - 1, -1):
            tok = self.doc[i]
            if self.by_token.get(i, "").startswith("Unit:"):
                return None
            if tok.tag_ == "NNS" and self.lemma(tok) in self.v.personnel_nouns and tok.dep_ != "compound":
                return tok
        return None

    def description(self, token: Token) -> str | None:
        """ "the paper", "the regiment", "the activist": the entity so described. Only a definite
        phrase points back ("regular army units" names no particular unit)."""
        if not any(c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in token.children):
            return None
        lemma = token.lemma_.lower()
        role = _SYNONYMS.get(lemma, lemma)
        if lemma in self.v.unit_heads | {"formation"}:
            owned = self._unit_of_owner(token)
            if owned is not None:
                return owned
        if lemma in self.v.region_nouns | {"country"}:
            return self._place(token, lemma)
        if lemma in ("unit", "formation"):  # "a soldier told his wife his unit lost half its men": the only one
            owned = any(c.dep_ == "poss" for c in token.children)
            units = {EntityType.UNIT}  # "sent to the unit" after the brigade and the Ground Forces: the brigade
            formation = self._recent(token, units, lambda e: not self._service(e.key), anywhere=owned)
            return formation or self._recent(token, units, lambda e: not self.national_forces(e.key), anywhere=owned)
        if lemma in self.v.unit_heads:
            return self._last_of_echelon(token, lemma) or self._unnamed_unit(token)
        if lemma in self.v.generic_force_nouns and lemma in self.v.official_bodies and token.tag_ == "NN":
            # "the military said": a country's forces or a branch of them, not a numbered unit
            return self._recent(token, {EntityType.UNIT}, lambda e: _designation(e.name) is None)
        outlet = None
        if lemma in self.v.outlet_nouns:
            outlet = self._recent(token, {EntityType.OUTLET}, lambda e: role in e.roles, anywhere=True)
        if outlet is None and lemma in self.v.org_nouns:  # "the ministry", "the (intelligence) agency"
            kinds = {EntityType.ORGANIZATION, EntityType.UNIT}
            words = {lemma} | {c.lower_ for c in token.children if c.dep_ == "compound"}
            found = self._recent(token, kinds, lambda e: bool(words & _words(e)) or lemma in e.roles)
            return found or self._body_introduced(token, lemma)
        if outlet is not None:
            return outlet
        if lemma in self.v.person_roles and token.tag_ != "NNS":  # "their wives" are not one person
            person = self._recent(token, {EntityType.PERSON}, lambda e: lemma in e.roles, anywhere=True)
            person = person or self._pen_named(token, lemma)
            if person is None and lemma in self.v.official_bodies:  # "the milblogger" after "a Russian milblogger"
                return self._recent(token, {EntityType.ORGANIZATION}, lambda e: lemma in _singular(_words(e)))
            return person
        return None

    def _pen_named(self, token: Token, lemma: str) -> str | None:
        """ "the analyst" after "an analyst who goes by the name Naalsio": the name given then."""
        earlier = (t for t in reversed(self.doc[self._window(token) : token.i]) if t.lemma_.lower() == lemma)
        return next((k for k in map(self.pen_name, earlier) if k is not None), None)

    def _body_introduced(self, token: Token, lemma: str) -> str | None:
        """ "the court" after "a garrison military court in Vladivostok": a body the article
        introduced by kind and place, which stands as an organization of that place."""
        for intro in self.doc[self._window(token) : token.i]:
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

    def _unit_of_owner(self, token: Token) -> str | None:
        """ "his unit", "Aliev's detachment": the unit its owner was said to command or serve in."""
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ in _THING_PRONOUNS:
            return None
        person = self.resolve(owner, create_groups=False)
        if person is None:  # "a soldier from the 35th Brigade told the paper his unit had lost 60 men"
            return self._speaking_soldiers_unit(token)
        if self.entities[person].type is not EntityType.PERSON:
            return None
        # A unit the text never tied to them by grammar: the one the passage is about.
        return self.unit_of(person) or self._recent(token, {EntityType.UNIT})

    def _speaking_soldiers_unit(self, token: Token) -> str | None:
        speaker = self._speaker_of_words(token)
        if speaker is None or self.lemma(speaker) not in self.v.personnel_nouns:
            return None
        unit = self.personnel(speaker, create=False)  # not his country's army: "a Russian soldier"
        return unit if unit is not None and not self._branch(unit) else None

    def unit_of(self, person: str, in_command: bool = False) -> str | None:
        """The unit a person's mentions name as theirs: "X, commander of Y", "Y's soldier X";
        with in_command, only one they command (a deputy serves in a unit, not over it)."""
        if person in self._seeking:  # "X, commander of his unit" names no unit
            return None
        self._seeking.add(person)
        try:
            mentions = [self.doc[i] for i, key in sorted(self.by_token.items()) if key == person]
            return next((u for m in mentions if (u := self.unit_of_person(m, in_command))), None)
        finally:
            self._seeking.discard(person)

    def unit_of_person(self, person: Token, in_command: bool = False) -> str | None:
        """The unit the phrase around one mention of a person names as theirs: "X, commander of Y",
        or, where the role noun heads the phrase, "the commander of Y, X"."""

        def excluded(role: Token) -> bool:
            return in_command and (not_in_command(role) or role.lemma_.lower() not in self.v.command_nouns)

        roles = self.v.membership_nouns | self.v.command_nouns
        heads = [person] if person.lemma_.lower() in roles else []
        if person.dep_ in ("nsubj", "nsubjpass"):  # "X was appointed commander of Y", "X is a soldier of Y"
            heads += [c for c in person.head.children if c.dep_ in ("oprd", "attr")]
        if person.dep_ == "appos" and person.head.lemma_.lower() in roles:  # "the brigade's commander, X"
            heads.append(person.head)
        unit = self.at(person.head) if person.dep_ == "appos" else None
        if unit is not None and self.entities[unit].type is EntityType.UNIT:
            of = person.head.head  # "the commander of Y, X": the parser hung X on Y
            role = of.head
            if of.lower_ == "of" and role.lemma_.lower() in self.v.command_nouns and not excluded(role):
                return unit
        described = [c for c in person.children if c.dep_ == "appos"]
        # "X, the head of the ministry's department and commander of Y": a role the parser coordinated lower
        described += [t for a in described for t in a.subtree if t.dep_ == "conj" and t.lemma_.lower() in roles]
        for noun in heads + described:
            if noun.lemma_.lower() not in roles or excluded(noun):
                continue
            if not in_command and any(c.lower_ in ("former", "ex", "retired") for c in noun.children):
                continue  # "a former member of the special forces" is theirs no longer; command is history
            for cand in owners(noun, ("poss", "compound"), ("of", "in", "with")):
                unit = self.unit_behind(cand)
                if unit is not None and self.entities[unit].type is EntityType.UNIT:
                    return unit
        return self._joined(person, leading=not in_command) or self._succeeded(person, in_command)

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
            return joined or (held and (lemma in self.v.command_verbs or took_over(clause)))

        clauses = [c for c in person.subtree if c.dep_ == "relcl" and fits(c)]
        if person.dep_ == "nsubj":  # "X led the brigade until March", "X served in Y and joined Z"
            clauses += [c for c in (person.head, *person.head.conjuncts) if fits(c)]
        for clause in clauses:
            for cand in [*(c for c in clause.children if c.dep_ == "dobj"), *owners(clause, (), ("in", "with"))]:
                unit = self.unit_behind(cand)
                if unit is not None and self.entities[unit].type is EntityType.UNIT:
                    return unit
        return None

    def _last_of_echelon(self, token: Token, echelon: str) -> str | None:
        """The latest unit whose name has this echelon: "the regiment" after "the 331st Regiment";
        names and directions before the echelon must be the unit's too ("Ukraine's eastern group"
        is not Wagner's; "the elite regiment" is any)."""
        naming = (c for c in token.children if c.dep_ in ("amod", "compound"))
        said = {c.lower_ for c in naming if c.pos_ == "PROPN" or c.lower_ in self.v.direction_words}

        def fits(entity: Entity) -> bool:
            words = set(normalize(entity.name).split()) | {w for a in entity.aliases for w in normalize(a).split()}
            return echelon in words and said <= words

        return self._recent(token, {EntityType.UNIT}, fits, window=6)  # the brigade the story is about

    def echelon_unit(self, token: Token, commander: str) -> str:
        """ "the battalion commander, X": the battalion last named, else one this article knows
        only through its commander, named after them."""
        lemma = token.lemma_.lower()
        named = self._last_of_echelon(token, lemma)
        if named is not None:
            return named
        name = f"{self.entities[commander].name}'s {lemma}"
        span = self.doc[token.i : token.i + 1]
        return self.add(EntityType.UNIT, name, f"{normalize(name)} in {self.article_key[:8]}", span)

    def _unnamed_unit(self, token: Token) -> str | None:
        """ "the regiment" after "a motor rifle regiment based in Voronezh": the unit the article
        introduced without a name, known in this article only by its description."""
        lemma = token.lemma_.lower()
        first = next(
            (
                t
                for t in self.doc[: token.i]
                if t.lemma_.lower() == lemma and any(c.lower_ in ("a", "an") for c in t.children)
            ),
            None,
        )
        if first is None:
            return None
        modifiers = [t for left in first.lefts if left.dep_ in ("compound", "amod", "nmod") for t in left.subtree]
        words = [*sorted(modifiers, key=lambda t: t.i), first]
        name = " ".join("".join(t.text_with_ws for t in words).lower().split())  # "storm-v assault company"
        place = next(
            (self.by_token[t.i] for t in first.subtree if self.by_token.get(t.i, "").startswith("Region:")), None
        )
        if place is not None:
            name = f"{name} in {self.entities[place].name}"
        span = self.doc[words[0].i : first.i + 1]
        key = self.add(EntityType.UNIT, name, f"{normalize(name)} in {self.article_key[:8]}", span)
        self.by_token[token.i] = key
        self.entities[key].mentions.append((token.idx, token.idx + len(token.text)))
        return key

    def recent_unit(self, token: Token) -> str | None:
        """The unit a possessive pronoun before a unit's name points to: only a unit owns one."""
        return self._recent(token, {EntityType.UNIT})

    def _recent(
        self, token: Token, types: set[EntityType], test=None, anywhere: bool = False, window: int = 3
    ) -> str | None:
        """The nearest earlier mention that fits, preferring subjects (the usual antecedents) in the
        last `window` sentences over other mentions; with `anywhere`, else the only one in the article."""
        fits = [
            i
            for i in range(token.i - 1, -1, -1)
            if (key := self.by_token.get(i))
            and self.entities[key].type in types
            and (test is None or test(self.entities[key]))
        ]
        start = self._window(token, sentences=window)
        subjects = [i for i in fits if self.doc[i].dep_ in ("nsubj", "nsubjpass") and i >= start]
        best = self.by_token[(subjects or fits)[0]] if fits else None
        if best is None and anywhere:
            only = {k for k, e in self.entities.items() if e.type in types and (test is None or test(e)) and e.mentions}
            best = only.pop() if len(only) == 1 else None
        if best is not None:
            self.entities[best].mentions.append((token.idx, token.idx + len(token.text)))
            self.by_token.setdefault(token.i, best)
        return best

    def numbered(self, token: Token) -> str | None:
        """ "The 810th, which is based in Sevastopol": the unit of that number named before."""
        if not _DESIGNATION.fullmatch(token.text) or not any(c.lower_ == "the" for c in token.children):
            return None
        number = token.lower_
        return self._recent(token, {EntityType.UNIT}, lambda e: (e.identity or "").split(" ")[0] == number)

    def lost_role_before(self, token: Token) -> str | None:
        """The unit said just before to have lost a commander it did not name: whose the person
        killed in the next sentence most likely was."""
        start = self._window(token, sentences=2)
        return next((unit for i, unit in reversed(self.lost_roles) if start <= i < token.i), None)

    def _window(self, token: Token, sentences: int = 3) -> int:
        """Where the few sentences up to the token begin: the reach of a pointing-back phrase."""
        upto = bisect_right(self._starts, token.i)
        return self._starts[max(0, upto - sentences)]

    # -- personnel ------------------------------------------------------------------------
    def personnel(self, token: Token, create: bool = True, vague: bool = False) -> str | None:
        """Soldiers, members, paratroopers: the unit they belong to, or a group of their own.

        A group needs a nationality or a place to be worth a node; with `vague`, for the
        actors of a refusal, one that has neither stands as a group of this article only.
        """
        noun = self.quantified_of(token) or token
        if noun.pos_ == "PRON":  # "many of them", "many of them from the 488th Regiment"
            named = (self.unit_behind(o) for p in token.children if p.lower_ in ("from", "in") for o in p.children)
            unit = next((k for k in named if k and self.entities[k].type is EntityType.UNIT), None)
            return unit or (self.pronoun(noun) if noun.lower_ in _THING_PRONOUNS else None)
        modifiers = [*noun.children, *(token.children if token != noun else [])]
        national = None  # "Russian soldiers from the 4th Division" belong to the division
        serving = [p for c in noun.children if c.dep_ in ("acl", "relcl") for p in c.children if p.dep_ == "prep"]
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in self.v.joining_verbs:  # "conscripts ... served with Y"
            serving += [p for p in noun.head.children if p.dep_ == "prep"]
        for child in [*modifiers, *serving]:  # "soldiers from Tuva serving in (who were sent with) the 55th Brigade"
            if child.dep_ in ("compound", "amod", "poss") and child.i in self.by_token:
                key = self.by_token[child.i]
                if self.entities[key].type is not EntityType.UNIT:
                    continue
                if not self.national_forces(key):
                    return key
                national = national or key
            if child.dep_ == "prep" and child.lower_ in ("of", "with", "in", "within", "from"):
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                key = self.unit_behind(obj) if obj is not None else None
                if key is None and obj is not None and obj.lemma_.lower() in self.v.personnel_nouns:
                    key = self.personnel(obj, create=False)  # "a platoon of conscripts from Y"
                if key is not None and self.national_forces(key):
                    national = national or key
                elif key is not None and self.entities[key].type in (EntityType.UNIT, EntityType.ORGANIZATION):
                    return key
        if national is not None:
            return national
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in _PERSON_PRONOUNS), None)
        person = self.resolve(owner, create_groups=False) if owner is not None else None
        if person is not None and self.entities[person].type is EntityType.PERSON and self.unit_of(person):
            return self.unit_of(person)  # "his men": the unit their commander was said to lead
        if any(c.dep_ == "poss" and c.lower_ == "our" for c in noun.children):
            return self._speakers_unit(noun)  # '"many of our guys died," X said': X's unit
        its = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ == "its"), None)
        owner_unit = self.pronoun(its) if its is not None else None
        if owner_unit is not None and self.entities[owner_unit].type is EntityType.UNIT:
            return owner_unit  # "hundreds of its soldiers": the unit "its" stands for
        lemma = self.lemma(noun)
        if lemma == "survivor":  # "several survivors had refused": of the unit whose losses came before
            return self._recent_unit_of_story(noun)
        nation = self._nationality(noun)
        region = self._origin(noun)
        home = self.v.countries.get(self.entities[region].name.lower()) if region else None
        if nation and home and home != self.v.countries.get(nation):
            region = None  # "Russian officers in Ukraine" serve there; they are not from there
        has_from = any(c.dep_ == "prep" and c.lower_ == "from" for c in modifiers)
        definite = any(c.lower_ in ("the", "these", "those") or c.dep_ == "poss" for c in noun.children)
        if definite and not nation:
            for key, (group_lemma, group_region) in reversed(self.groups.items()):
                same_kind = group_lemma == lemma or lemma in self.v.generic_force_nouns
                if same_kind and region in (None, group_region):
                    return self._mention_group(key, noun)
            if region is None and not has_from:  # "the marines": the unit the article is about
                unit = self._recent(noun, {EntityType.UNIT})
                if unit is not None:
                    return unit
        if lemma in self.v.generic_force_nouns and nation and not has_from:
            forces = self.national_forces_of(noun)
            if forces is not None:
                return forces
        if not create or definite or not (nation or region or vague):
            return None
        if not (nation or region or has_from):
            topic = self._topic_unit(noun)  # "about 50 soldiers deserted", just after the brigade was named
            if topic is not None:
                return topic
        return self._new_group(noun, lemma, nation, region)

    def antecedent_group(self, noun: Token) -> str | None:
        """ "The men, who serve in Y" after "40 soldiers from Sakhalin": the group of soldiers the
        last sentences introduced, which a definite plural points back to."""
        definite = any(c.lower_ in ("the", "these", "those") for c in noun.children)
        if not definite or noun.tag_ != "NNS" or self.lemma(noun) not in self.v.personnel_nouns:
            return None
        start = self._window(noun)
        found = [k for i in range(start, noun.i) if (k := self.by_token.get(i)) in self.groups]
        return found[-1] if found else None

    def _topic_unit(self, token: Token) -> str | None:
        """The unit the last two sentences are about: a named unit as their subject, or the one
        unit its own sentence names before it ("soldiers of the brigade said ... men who refused")."""
        here = {
            key
            for i in range(token.sent.start, token.i)
            if (key := self.by_token.get(i)) and self.entities[key].type is EntityType.UNIT
        }
        if len(here) == 1 and not (here & set(self.groups)) and not self.national_forces(next(iter(here))):
            return here.pop()
        for i in range(token.i - 1, self._window(token, sentences=2) - 1, -1):
            key = self.by_token.get(i)
            if key and self.entities[key].type is EntityType.UNIT and self._subject_or_its_men(self.doc[i]):
                return key if key not in self.groups and not self.national_forces(key) else None
        return None

    def _subject_or_its_men(self, tok: Token) -> bool:
        """ "The brigade refused", "Soldiers of the brigade refused": what a sentence is about."""
        subject = ("nsubj", "nsubjpass")
        if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "from") and tok.head.head.dep_ in subject:
            return self.lemma(tok.head.head) in self.v.personnel_nouns
        return tok.dep_ in subject

    def forces_of_country(self, country: Token) -> str | None:
        """ "Ukraine's top commander": the armed forces of the country named."""
        entry = gazetteer.lookup(self.v.nationalities.get(country.lower_, ""))
        return self.add_named(entry.type, entry.name, normalize(entry.name)) if entry is not None else None

    def national_forces_of(self, noun: Token) -> str | None:
        """ "Russian troops", "Ukrainian casualties": the armed forces of the nation named before."""
        nation = self._nationality(noun)
        entry = gazetteer.lookup(self.v.nationalities[nation]) if nation else None
        if entry is None:
            return None
        span = self.doc[min(t.i for t in noun.subtree if t.dep_ == "amod" or t == noun) : noun.i + 1]
        return self.add(entry.type, entry.name, normalize(entry.name), span)

    def national_forces(self, key: str) -> bool:
        """A country's armed forces as a whole, which a named unit of theirs is more specific than."""
        return self.entities[key].name in self.v.nationalities.values()

    def unit_behind(self, token: Token) -> str | None:
        """The named unit a phrase points to: "the 331st", "a unit of the 90th Tank Division"."""
        key = self.at(token)
        if key is None and token.lemma_.lower() not in self.v.unit_heads:
            echelon = [c for c in token.children if c.dep_ == "compound" and c.lemma_.lower() in self.v.unit_heads]
            return self.unit_behind(echelon[0]) if echelon else None  # "from a brigade fighting near X", misparsed
        if key is not None:
            return key
        key = self.description(token)  # "servicemen of the brigade"
        if key is not None:
            return key
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "within", "from", "in"):
                for obj in prep.children:
                    key = self.at(obj)
                    if key is not None and self.entities[key].type is EntityType.UNIT:
                        return key
        return self._named_next(token) if self.is_indefinite(token) else None

    def _named_next(self, noun: Token) -> str | None:
        """ "soldiers from a Ukrainian brigade" then "the 123rd Territorial Defense Brigade": a
        unit introduced by its echelon alone is the one of that echelon the next sentences name."""
        echelon = noun.lemma_.lower()
        for tok in self.doc[noun.sent.end : self._sentence_end(noun.i, 2)]:
            key = self.by_token.get(tok.i)
            if key is not None and self.entities[key].type is EntityType.UNIT and tok.lemma_.lower() == echelon:
                return key if _designation(self.entities[key].name) else None
        return None

    def _nationality(self, noun: Token) -> str | None:
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "poss") and child.lower_ in self.v.nationalities:
                return child.lower_
        return None

    def _origin(self, noun: Token) -> str | None:
        """The region a group comes from: "from a unit in Pskov province", "the Pskov paratroopers"."""
        for tok in noun.subtree:
            key = self.by_token.get(tok.i)
            owned = [tok.head, *(c for c in tok.head.children if c.dep_ == "compound")]
            if tok.dep_ == "poss" and any(self.by_token.get(t.i, "").startswith("Region:") for t in owned):
                continue  # "from Russia's Sakhalin region": the region, not the country
            if key and self.entities[key].type is EntityType.REGION and tok.i != noun.i:
                path = tok
                while path.i != noun.i and path.dep_ != "ROOT":
                    if path.dep_ == "prep" and path.lower_ not in ("from", "in", "of"):
                        break
                    path = path.head
                else:
                    return key
        return None

    def _new_group(self, noun: Token, lemma: str, nation: str | None, region: str | None) -> str:
        words = []
        if nation:
            words.append(self.v.demonyms.get(nation, nation.title()))
        words.append(noun.text.lower() if noun.tag_ == "NNS" else noun.lemma_.lower() + "s")
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

    def _mention_group(self, key: str, noun: Token) -> str:
        span = self.doc[noun.i : noun.i + 1]
        self.entities[key].mentions.append((span.start_char, span.end_char))
        self.by_token.setdefault(noun.i, key)
        self.groups[key] = self.groups.pop(key)  # most recently mentioned last
        return key


def _strip_quantity(span: Span) -> str:
    return " ".join(t.text for t in span if not (t.like_num or t.dep_ in ("quantmod", "nummod"))).replace(" ,", ",")
