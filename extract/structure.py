"""The structure around the core relations: `partOf`, `locatedIn`, `memberOf`, `affiliatedWith`."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from spacy.tokens import Span, Token

from extract import gazetteer
from extract.clauses import (
    Hit,
    is_type,
    listed,
    negated,
    objects,
    people_assigned,
    people_of_one_unit,
    subjects,
    unit_before_description,
)
from extract.descriptions import ECHELONS
from extract.gazetteer import normalize
from extract.mentions import EntityTable
from extract.model import EntityType, Predicate
from extract.phrases import commanding, in_the_past, name_words, not_in_command, owners, relative_clause
from extract.vocab import vocab

_NOT_PARTS = {"rival", "enemy", "foe", "opponent", "adversary", "ally", "partner", "neighbour", "neighbor"}
_NAMED_BY_OF = {"city", "town", "village", "port", "settlement", "hamlet"}  # "the town of X" is X
_PARTS = ("part", "member")  # "X is part of Y"; "the 3R is a member of the CPC"
_PARTS_BY_OF = {"wing", "branch", "faction", "cell"}  # "the armed wing of Y" is Y's


def part_of(sent: Span, table: EntityTable) -> Iterator[Hit]:
    """ "One unit within the VDV, the 331st Regiment", "the VDV's 331st Regiment", "X, part of Y".
    A country's whole armed forces are part of no other force ("a convoy of the Malian army and
    Russian paramilitaries of the Africa Corps", the "of" hung on the army)."""
    for hit in _parts(sent, table):
        if not (table.national_forces(hit.subject) and is_type(table, hit.object, {EntityType.UNIT})):
            yield hit


def _parts(sent: Span, table: EntityTable) -> Iterator[Hit]:
    v = vocab()
    yield from _bracketed(sent, table)
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma in v.attachment_verbs and tok.pos_ in ("VERB", "ADJ") and not negated(tok):
            yield from _attached(tok, table)
        elif lemma in v.serving_under_verbs and tok.pos_ == "VERB" and not negated(tok):
            yield from _attached(tok, table, "under")  # "the brigade, which operates under the 36th Division"
        elif lemma == "be" and not negated(tok) and any(c.dep_ == "prep" and c.lower_ == "under" for c in tok.children):
            yield from _attached(tok, table, "under")  # "The battalion was under the Northwestern Command"
        elif lemma in v.controlling_verbs and tok.tag_ == "VBN" and not negated(tok):
            yield from _controlled_by(tok, table)  # "the Africa Corps, which is controlled by the defence ministry"
        elif lemma in ("include", "comprise", "incorporate") and tok.pos_ == "VERB" and not negated(tok):
            yield from _included(tok, table)
        elif lemma == "join" and tok.pos_ == "VERB" and not negated(tok):
            yield from _joined(tok, table)
        # not "the group has operated as part of Y", a group named before; "a group of men", "the rights group" are
        counted = tok.lower_ != "group" or any(c.lower_ == "of" or c.dep_ in ("compound", "nmod") for c in tok.children)
        if tok.lower_ in v.collective_nouns and tok.i not in table.by_token and counted:
            continue  # "elements of the 68th Division (6th CAA ...)": of the division, not its parent
        unit = table.at(tok) or table.numbered(tok)  # "The 810th ... is part of Y"
        if unit is None and tok.pos_ == "NOUN" and lemma in v.unit_heads:
            unit = table.description(tok)  # "The brigade ... is part of Y"
        if not is_type(table, unit, {EntityType.UNIT}) or tok.i != _root_of(tok, table):
            continue
        # "X is part of Y", "X is based in Pskov and is part of Y"
        shared = [v for v in tok.head.conjuncts if not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)]
        verbs = [tok.head, *shared] if tok.dep_ == "nsubj" else shared if tok.dep_ == "nsubjpass" else []
        # "X has operated (fights) as part of Y": a part, whatever it does
        roles = [o for v in verbs for o in _as_part(v)]
        for node in [*(v for v in verbs if v.lemma_ == "be"), *roles]:  # a copula, or "part" itself
            for parent in _part_of_targets(node):
                key = _unit_or_its_owner(parent, table)
                if is_type(table, key, {EntityType.UNIT}) and key != unit:
                    yield Hit(unit, Predicate.PART_OF, key, None, node)
            for key in _owners_of_force_said(node, table):
                if key != unit:
                    yield Hit(unit, Predicate.PART_OF, key, None, node)
        # "The 13th Khartia Brigade of Y", parsed as "13th" with "Brigade" beside it
        same = [a for a in tok.children if a.dep_ == "appos" and table.at(a) == unit]
        for force in [*_force_of_its_men(tok, table), *_whose_faction(tok, table)]:
            if force != unit:
                yield Hit(unit, Predicate.PART_OF, force, None, tok)
        for child in [*tok.children, *(c for a in same for c in a.children), *_part_hung_on_men(tok, table)]:
            parents = []
            if child.dep_ == "prep" and child.lower_ in ("within", "of", "in", "under", "inside"):
                parents = [c for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ == "poss" and lemma not in _NOT_PARTS:  # not "Boko Haram's rival, ISWAP"
                parents = [child]
            elif child.dep_ == "relcl" and _part_before_force(tok, unit, table):
                continue  # "the 27 Brigade of the Nigerian Army, which is under Y": the brigade's (see _attached)
            elif child.dep_ in ("appos", "relcl") and child.lemma_ in (*_PARTS, "be"):
                under = [o for p in child.children if p.lower_ in ("under", "within") for o in p.children]
                parents = _part_of_targets(child) or under  # "The battalion, which is under the Western Command"
            elif child.dep_ == "appos" and child.lemma_.lower() in (*v.unit_heads, "formation", "force"):
                parents = [o for p in child.children if p.lower_ in ("under", "within", "of") for o in p.children]
                # "The brigade, a reserve formation under the 98th Division"; "X, a VDV unit"; "X, a
                # paramilitary force of the Frontier Corps"
                if table.is_indefinite(child):
                    parents += [c for c in child.children if c.dep_ == "compound" and table.at(c)]
                if _higher_echelon(unit, child, table):  # "the 718th Engineer Company, 926th Engineer Battalion"
                    parents.append(child)
                # "the TNLA, an ethnic armed group that is part of the Three Brotherhood Alliance"
                said = (v for r in child.children if r.dep_ == "relcl" for v in (r, *r.conjuncts) if v.lemma_ == "be")
                parents += [p for v in said for p in _part_of_targets(v)]
            elif child.dep_ == "relcl":  # "which is based in Vladivostok and is part of Y"
                parents = [p for v in child.conjuncts if v.lemma_ == "be" for p in _part_of_targets(v)]
                parents += [p for o in _as_part(child) for p in _part_of_targets(o)]  # "which fights as part of Y"
            for parent in parents:
                pronoun = parent.lower_ in ("its", "their")  # "Its 4th Guards Tank Division": the unit before
                key = _owner_of_its(parent, table) if pronoun else _unit_or_its_owner(_antecedent(parent), table)
                if is_type(table, key, {EntityType.UNIT}) and key != unit:
                    yield Hit(unit, Predicate.PART_OF, key, None, tok)


def _as_part(verb: Token) -> list[Token]:
    """The "part" of "fights (has operated) as part of Y" hung on a verb."""
    return [o for a in verb.children if a.lower_ == "as" for o in a.children if o.lemma_ == "part"]


def _part_before_force(token: Token, key: str | None, table: EntityTable) -> str | None:
    """The unit X of "X of <a country's whole forces>" ("the 27 Brigade of the Nigerian Army"), whose
    relative clause the parser hangs on the forces though it tells of the unit."""
    return _unit_before_of(token, table) if key is not None and table.countrywide(key) else None


def _unit_before_of(token: Token, table: EntityTable) -> str | None:
    """The unit X of "X of <token>" ("the BARS-13 detachment of the Combat Army Reserve")."""
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return None
    key = table.resolve(token.head.head, create_groups=False)
    return key if is_type(table, key, {EntityType.UNIT}) else None


def _higher_echelon(unit: str, other: Token, table: EntityTable) -> bool:
    """A unit named in apposition to one of a lower echelon, as American and British reports give a
    soldier's company, battalion and brigade in a row: the larger holds the smaller."""
    key = table.at(other)
    echelon = next((w for w in normalize(table.entities[unit].name).split() if w in ECHELONS), None)
    return key is not None and key != unit and echelon is not None and table.outranks(key, echelon)


def _part_hung_on_men(unit: Token, table: EntityTable) -> list[Token]:
    """ "Five officers of the 47th Division, part of the 1st Tank Army": the "part" the parser
    hung on the men."""
    if unit.dep_ != "pobj" or unit.head.lower_ != "of" or table.lemma(unit.head.head) not in vocab().personnel_nouns:
        return []
    return [a for a in unit.head.head.children if a.dep_ == "appos" and a.lemma_ == "part"]


def _force_of_its_men(unit: Token, table: EntityTable) -> list[str]:
    """ "the FARC dissidents of the 10th Front", "Wagner fighters of the 7th assault detachment":
    the force the men are called by holds the unit they serve in."""
    men = unit.head.head
    if (
        unit.dep_ != "pobj"
        or unit.head.lower_ != "of"
        or table.lemma(men) not in vocab().personnel_nouns | {"dissident"}
    ):
        return []
    forces = (table.at(c) for c in men.children if c.dep_ == "compound")
    return [k for k in forces if is_type(table, k, {EntityType.UNIT})]


def _owners_of_force_said(copula: Token, table: EntityTable) -> list[str]:
    """ "Operation X is the military's joint task force", "X is the army's reserve brigade": the
    force whose own unit the copula says the subject is."""
    said = (c for c in copula.children if c.dep_ == "attr" and c.lemma_.lower() in vocab().unit_heads | {"force"})
    owners_ = [o for a in said for o in a.children if o.dep_ == "poss"]
    keys = (table.resolve(o, create_groups=False) for o in owners_)  # "the military's": the country's forces
    return [k for k in keys if is_type(table, k, {EntityType.UNIT})]


def _whose_faction(unit: Token, table: EntityTable) -> list[str]:
    """ "JNIM, al-Qaeda's affiliate in the Sahel", "the HPG, the PKK's armed wing", "the Karialan
    faction of the BIFF": the body a faction is said to belong to, a force or an organization."""
    kinds = vocab().faction_nouns
    factions = [a for a in unit.children if a.dep_ == "appos" and a.lemma_.lower() in kinds]
    owners_ = [c for a in factions for c in a.children if c.dep_ == "poss"]
    # "Battalion No. 1, the military wing of the CPI (Maoist)"; an affiliate "of" Y is only tied to it
    owners_ += [o for a in factions if a.lemma_.lower() in _PARTS_BY_OF for o in owners(a, (), ("of",))]
    if unit.dep_ == "compound" and unit.head.lemma_.lower() in kinds:
        owners_ += owners(unit.head, (), ("of",))
    if unit.dep_ == "appos" and unit.head.lemma_.lower() in kinds:  # "IPOB and its armed wing, the ESN"
        owners_ += [c for c in unit.head.children if c.dep_ == "poss"]
    keys = (table.resolve(o, create_groups=False) if o.pos_ == "PRON" else table.at(o) for o in owners_)
    return [k for k in keys if is_type(table, k, {EntityType.UNIT, EntityType.ORGANIZATION})]


def _antecedent(word: Token) -> Token:
    """What "whose" stands for: the noun its relative clause hangs on ("the 5th Army, whose 40th
    Brigade"); any other word stands for itself."""
    if word.lower_ != "whose":
        return word
    clause = relative_clause(word)
    return clause.head if clause is not None else word


def _unit_or_its_owner(parent: Token, table: EntityTable) -> str | None:
    """ "part of the 3rd Army Corps", and "part of Rosgvardia's directorate for Chechnya": a
    part of a named unit's unnamed part is a part of that unit too."""
    key = table.unit_behind(parent)
    if key is None and parent.pos_ == "NOUN":
        key = next((table.at(c) for c in parent.children if c.dep_ == "poss" and table.at(c)), None)
    return key


def _owner_of_its(pronoun: Token, table: EntityTable) -> str | None:
    """ "Its 3rd Division" after the 20th Army: the last unit named; in someone's words ("the
    ministry claimed that its 6th Regiment ..."), the speaker's own unit, if a unit speaks, unless
    the words name another unit first ("X said the command had sided with them and that its units
    refused"); "X and its armed wing": X."""
    joined = table.joined_owner(pronoun)
    if joined is not None:
        return joined
    speaker = table.speaker_of_words(pronoun)
    if speaker is None:
        return table.recent_unit(pronoun)
    words = pronoun.doc[max(speaker.i, speaker.head.i) + 1 : pronoun.i]
    if any(is_type(table, table.by_token.get(t.i), {EntityType.UNIT}) for t in words):
        return table.recent_unit(pronoun)
    return table.speakers_unit(pronoun)


def _bracketed(sent: Span, table: EntityTable) -> Iterator[Hit]:
    """ "the 20th Motorized Rifle Division (8th Combined Arms Army, Southern Military District)":
    analysts name the formations a unit belongs to in brackets after it, each the next one's
    part, whatever the parser made of the brackets."""
    doc = sent.doc
    for opening in (t for t in sent if t.text == "(" and t.i > sent.start):
        unit = table.at(doc[opening.i - 1])
        if not is_type(table, unit, {EntityType.UNIT}):
            continue
        closing = next((t.i for t in doc[opening.i : sent.end] if t.text == ")"), opening.i)
        chain = [unit]
        for tok in doc[opening.i + 1 : closing]:
            key = table.at(tok)
            if is_type(table, key, {EntityType.UNIT}) and key not in chain:
                chain.append(key)
        for part, whole in pairwise(chain):
            yield Hit(part, Predicate.PART_OF, whole, None, doc[opening.i - 1])
        if len(chain) > 2:  # the unit is part of the larger formations too
            yield from (Hit(unit, Predicate.PART_OF, whole, None, doc[opening.i - 1]) for whole in chain[2:])


def _attached(verb: Token, table: EntityTable, prep: str = "to") -> Iterator[Hit]:
    """ "X belongs to Y", "the detachment attached to Y", "X is subordinate to Y", "X operates under Y"."""
    clause = verb.head if verb.dep_ == "acomp" else verb  # "which is subordinate to Y"
    holders = [verb.head] if verb.dep_ in ("acl", "relcl", "amod") else subjects(clause)
    parents = [obj for c in verb.children if c.dep_ == "prep" and c.lower_ == prep for obj in c.children]
    parents = [_commanding(p) for p in parents]
    if verb.dep_ == "relcl" and any(p.lower_ in ("which", "whom") for p in parents):
        holders, parents = subjects(verb), [verb.head]  # "the Tavria group, to which the brigade is subordinated"
    holders = [
        (unit_before_description(h, table) or h) if h.dep_ == "appos" and table.is_indefinite(h) else h for h in holders
    ]
    for holder in holders:
        men = table.lemma(holder) in vocab().personnel_nouns or holder.lemma_.lower() == "other"  # "two others"
        if men or table.quantified_of(holder) is not None:
            yield from _group_attached(holder, parents, verb, table)
            continue  # "the men (most of the vehicles) belong to the 51st Regiment": no unit below it
        unit = table.resolve(holder, create_groups=False)
        if verb.dep_ == "relcl":  # "the 27 Brigade of the Nigerian Army, which is under Y": the brigade
            unit = _part_before_force(holder, unit, table) or unit
        for parent in parents:
            key = table.unit_behind(parent)
            if key is None and parent.pos_ == "PROPN":  # "operates under Sector 3 of Operation Hadin Kai", the
                # sector no entity: the operation (not "under the operational control of the Army", a service's)
                key = next((k for o in owners(parent, (), ("of",)) if (k := table.unit_behind(o))), None)
            if is_type(table, unit, {EntityType.UNIT}) and is_type(table, key, {EntityType.UNIT}) and key != unit:
                yield Hit(unit, Predicate.PART_OF, key, None, verb)


def _controlled_by(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "X, which is controlled by Y", "a unit run by the GRU": a force under another force, or
    under a ministry (not "controlled by the Kremlin", whose tie is no place in a chain)."""
    holders = [verb.head] if verb.dep_ in ("acl", "relcl") else subjects(verb)
    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children]
    units = [
        k for k in (table.resolve(h, create_groups=False) for h in holders) if is_type(table, k, {EntityType.UNIT})
    ]
    parents = [k for k in (table.unit_behind(a) for a in agents) if _over_a_force(k, table)]
    for unit in units:
        yield from (Hit(unit, Predicate.PART_OF, parent, None, verb) for parent in parents if parent != unit)


def _over_a_force(key: str | None, table: EntityTable) -> bool:
    """A force, or a ministry, that a force can stand under in a chain of command."""
    ministry = is_type(table, key, {EntityType.ORGANIZATION}) and "ministry" in name_words(table.entities[key])
    return ministry or is_type(table, key, {EntityType.UNIT})


def _commanding(parent: Token) -> Token:
    """ "under the command of the Central Command": the body whose command it is, else the word."""
    if parent.lemma_ != "command" or not parent.is_lower:  # not "the operational control of": a service's
        return parent
    return next(owners(parent, (), ("of",)), parent)


def _included(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "The corps also includes the 57th and 60th Mechanized Brigades": each is part of it."""
    wholes = [table.resolve(w, create_groups=False) for w in _includers(verb)]
    yield from _parts_of([table.unit_behind(t) for o in objects(verb) for t in listed(o)], wholes, verb, table)


def _joined(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "the Sudan Shield Forces, an armed group that joined the RSF in 2023": a force that joined
    another is part of it; "(dozens of) members of the command joined Y" is men leaving it."""
    men = vocab().personnel_nouns
    whole = [w for w in _includers(verb) if table.lemma(w) not in men and table.quantified_of(w) is None]
    joiners = [table.resolve(w, create_groups=False) for w in whole]
    yield from _parts_of(joiners, [table.unit_behind(o) for o in objects(verb)], verb, table)


def _parts_of(parts: list[str | None], wholes: list[str | None], verb: Token, table: EntityTable) -> Iterator[Hit]:
    """Each unit among `parts` part of each other unit among `wholes`."""
    for whole in (w for w in wholes if is_type(table, w, {EntityType.UNIT})):
        for part in (p for p in parts if is_type(table, p, {EntityType.UNIT}) and p != whole):
            yield Hit(part, Predicate.PART_OF, whole, None, verb)


def _includers(verb: Token) -> list[Token]:
    """Who includes: the subject, or for "the IRI, an umbrella group of militias that includes X",
    the group the clause's noun is counted in, and the name that group describes."""
    if verb.dep_ != "relcl":
        return subjects(verb)
    head = verb.head
    if not head.ent_type_ and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        head = head.head.head
    return [head.head if head.dep_ == "appos" else head]


def _group_attached(holder: Token, parents: list[Token], verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "four Ukrainian saboteurs" then "the saboteurs belonged to a unit of HUR": the men the
    article knew only as a group are members of that force."""
    group = table.antecedent_group(holder)
    for parent in parents if group is not None else ():
        key = table.unit_behind(parent)
        if is_type(table, key, {EntityType.UNIT, EntityType.ORGANIZATION}) and key != group:
            yield Hit(group, Predicate.MEMBER_OF, key, None, verb)


def _kind_counted(noun: Token) -> bool:
    """A plural unit noun a phrase counts among ("one of several units of Y", "units of Y fighting")."""
    return noun.tag_ == "NNS" and noun.lemma_.lower() in vocab().unit_heads


def _part_of_targets(node: Token) -> list[Token]:
    """ "part of Y" reached from "X, part of Y", "X, which is part of Y" or "X is part of Y"; an
    armed group "is a member of" the coalition it belongs to; "X is one of the units (a unit) of Y"."""
    part = node if node.lemma_ in _PARTS else next((c for c in node.children if c.lemma_ in _PARTS), None)
    if part is None:
        ones = [c for c in node.children if c.dep_ == "attr" and c.lower_ == "one"]
        kinds = [k for o in ones for k in owners(o, (), ("of",)) if _kind_counted(k)]
        # "The DRG is a unit of the Chhattisgarh Police": a unit of Y is a part of it
        kinds += [c for c in node.children if c.dep_ == "attr" and c.lemma_.lower() in vocab().unit_heads]
        return [w for k in kinds for w in owners(k, (), ("of",))]
    of = [c for c in part.children if c.lower_ == "of"]
    found = [p for c in of for p in c.children if p.dep_ == "pobj"]
    # "the 36th Division, which the 401st Brigade is part of": the clause's antecedent, however "which" hangs
    relative = {"which", "that"}
    fronted = any(p.lower_ in relative for p in found) or any(c.lower_ in relative for c in node.children)
    stranded = node.dep_ == "relcl" and fronted and any(not any(p.i > c.i for p in found) for c in of)
    return [p for p in found if p.lower_ not in relative] + ([node.head] if stranded else [])


def _root_of(tok: Token, table: EntityTable) -> int:
    """The head token of the mention a token belongs to (one hit per mention, not per word)."""
    key = table.by_token.get(tok.i)
    head = tok
    while head.head != head and table.by_token.get(head.head.i) == key and key is not None:
        head = head.head
    return head.i


def located_in(sent: Span, table: EntityTable) -> Iterator[Hit]:
    """A group from a place, or a unit based or stationed there."""
    for tok in sent:
        key = table.by_token.get(tok.i)
        if is_type(table, key, {EntityType.REGION}) and tok.i == _root_of(tok, table):
            yield from _place_in_place(tok, key, table)
        fixed = tok.lemma_.lower() == "unit" or tok.lemma_.lower() in vocab().installation_kinds
        if fixed and is_type(table, table.at(tok), {EntityType.UNIT}):
            # "the OMON unit in Khakassia", "the 72nd Joint Training Center in Pechi": a unit or a
            # place of training is where it is (a brigade "in Bakhmut" may only be fighting there)
            for place in owners(tok, (), ("in",)):
                region = table.at(place)
                if is_type(table, region, {EntityType.REGION}):
                    yield Hit(table.at(tok), Predicate.LOCATED_IN, region, None, tok)
        if tok.dep_ == "appos" and tok.lemma_.lower() in vocab().armed_group_words:
            yield from _band_of_a_place(tok, table)
        if key in table.groups and table.groups[key][1] and tok.lemma_.lower() in vocab().personnel_nouns:
            yield Hit(key, Predicate.LOCATED_IN, table.groups[key][1], None, tok)
            continue
        moved = tok.lemma_.lower() in vocab().movement_verbs and tok.pos_ == "VERB"
        based = tok.lemma_.lower() in vocab().base_words or tok.lower_ == "bases"  # lemmatized as "basis"
        if (not based and not moved) or negated(tok):
            continue
        where = next((c for c in tok.children if c.lower_ == "where"), None) if tok.dep_ == "relcl" else None
        holders = _antecedents(tok) if tok.dep_ in ("acl", "relcl", "amod") and where is None else subjects(tok)
        if tok.pos_ == "NOUN":  # "the unit's base in Grozny", "the base of LIB 268 in Falam": its owner is there
            holders = [_antecedent(c) for c in tok.children if c.dep_ == "poss"] + list(owners(tok, (), ("of",)))
            holders += _operators(tok)
        if moved and any(c.dep_ == "dobj" for c in tok.children):
            holders = [c for c in tok.children if c.dep_ == "dobj"]  # "Russia sent the 25th Army to Luhansk"
        preps = ("to", "into") if moved else ("in", "at", "near", "on")  # "redeployed to Bakhmut", "based on Sakhalin"
        if tok.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in tok.children):
            preps = ("in", "at", "on")  # "a base of the brigade near the town": not said to be the brigade's seat
        said = tok.head if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and tok.pos_ == "NOUN" else None
        places = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for o in c.children]
        # "the 3 Division, whose headquarters is in Jos": the base is said to be there
        places += [
            o
            for c in (said.children if said else ())
            if c.dep_ == "prep" and c.lower_ in ("in", "at")
            for o in c.children
        ]
        if any(o.head.lower_ != "near" for o in places):  # "based in Kamenka near St Petersburg": Kamenka
            places = [o for o in places if o.head.lower_ != "near"]
        places += [c for c in tok.children if c.dep_ in ("npadvmod", "compound")]  # "the Sevastopol-based fleet"
        if tok.pos_ == "NOUN":  # "the base of the 18th Brigade in the town of X", "in" hung on the brigade
            held = [h for h in holders if (k := table.at(h)) and not table.countrywide(k)]  # not "the Nigerian Army"
            places += [o for h in held for c in h.children if c.lower_ in ("in", "at") for o in c.children]
        places += [n for o in places if o.lemma_.lower() in vocab().region_nouns for n in owners(o, (), ("of",))]
        if where is not None:  # "the Ivanovo region(,) where the regiment is based": it follows its antecedent
            before = tok.doc[where.i - 2 if tok.doc[where.i - 1].is_punct else where.i - 1]
            places += [tok.head, before]
        for holder in holders:
            unit = table.resolve(holder, create_groups=False)
            if holder.dep_ == "appos":  # "the 34th Brigade, a mountain unit based in X", "X, a VDV unit based in Y": X
                named = table.resolve(holder.head, create_groups=False)
                if unit is None or (table.is_indefinite(holder) and is_type(table, named, {EntityType.UNIT})):
                    unit = named
            # "the 1 Brigade of the Nigerian Army, which is based in X", "the BARS-13 detachment of the
            # Combat Army Reserve, which was formed in X": the part named first is where the clause places
            if holder.dep_ == "pobj" and is_type(table, unit, {EntityType.UNIT}) and tok.dep_ == "relcl":
                unit = _unit_before_of(holder, table) or unit
            else:
                unit = _part_before_force(holder, unit, table) or unit
            for obj in places:
                place = table.at(obj)
                if is_type(table, unit, {EntityType.UNIT}) and is_type(table, place, {EntityType.REGION}):
                    yield Hit(unit, Predicate.LOCATED_IN, place, None, tok)


def _band_of_a_place(kind: Token, table: EntityTable) -> Iterator[Hit]:
    """ "The Men of Dignity movement, the largest Druze armed faction in the province": an armed
    band called the (largest) band in a place is that place's."""
    band = table.at(kind.head)
    places = (table.resolve(o, create_groups=False) for o in owners(kind, (), ("in",)))
    for place in places:
        if is_type(table, band, {EntityType.UNIT}) and is_type(table, place, {EntityType.REGION}):
            yield Hit(band, Predicate.LOCATED_IN, place, None, kind)


def _operators(bases: Token) -> list[Token]:
    """ "the group operates from bases in Pakistan", "a group that Tehran says operates from
    bases in X": who operates from a base is based where it is."""
    verb = bases.head.head
    if bases.dep_ != "pobj" or bases.head.lower_ != "from" or verb.lemma_.lower() != "operate":
        return []
    found = []
    for subject in subjects(verb):
        clause = verb
        while subject.lower_ in ("that", "which") and clause.dep_ != "relcl" and clause.head != clause:
            clause = clause.head  # "that Tehran says operates": up through the saying to the relative clause
        found.append(clause.head if clause.dep_ == "relcl" else subject)
    return found


def _antecedents(verb: Token) -> list[Token]:
    """What a modifying clause says things of: the word it hangs on, or with a plural verb after
    a list, every item ("the A and the B, which are based in X")."""
    head = verb.head
    plural = any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBP" for c in verb.children)
    if not plural or head.dep_ != "conj":
        return [head]
    while head.dep_ == "conj":
        head = head.head
    return [head, *head.conjuncts]


def _place_in_place(tok: Token, place: str, table: EntityTable) -> Iterator[Hit]:
    """ "Kyakhta in Buryatia", "near Vuhledar in Donetsk Oblast", "Sudzha in Russia's Kursk
    region": by the parse, or, where the parser hung "in" on the verb instead, by the words
    standing next to each other."""
    doc = tok.doc
    site = tok.head if tok.dep_ == "compound" and tok.head.lemma_.lower() in vocab().military_sites else tok
    # "the Nasir garrison in Upper Nile State": the place a site is named after lies where it does
    targets = [
        o
        for c in dict.fromkeys((tok, site))
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for o in p.children
    ]
    # "El Fasher, the capital of North Darfur state", "Pokrovsk, a town in the Donetsk region"
    described = [a for a in tok.children if a.dep_ == "appos" and a.lemma_.lower() in vocab().place_descriptions]
    targets += [o for a in described for o in owners(a, (), ("of", "in"))]
    targets += _province_of(tok, table) + _listed_areas_of(tok, table) + _where_the_kind_lies(tok)
    end = tok.i + 1
    while end < len(doc) and table.by_token.get(end) == place:
        end += 1
    if end < len(doc) and doc[end].is_lower and doc[end].lemma_ in vocab().region_nouns | vocab().wider_areas:
        end += 1  # "Intan Jaya regency, Central Papua": the place's kind, then where it lies
    if end + 1 < len(doc) and doc[end].lower_ == "in":
        nxt = doc[min(end + 2 if doc[end + 1].lower_ == "the" else end + 1, len(doc) - 1)]
        while nxt.dep_ == "amod" and nxt.head.i > nxt.i and nxt.i not in table.by_token:
            nxt = nxt.head  # "in the eastern countryside": the noun
        targets.append(nxt)
    elif end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "in":
        targets += _wider_area(doc[end + 1], table)
    elif end + 1 < len(doc) and doc[end].text == ",":
        targets += _state_after_comma(tok, doc[end + 1], table)
    # "the Tishreen Dam in the eastern countryside of Aleppo": the area the kind is "of"
    unnamed = [t for t in targets if not any(c.dep_ == "compound" and c.i in table.by_token for c in t.children)]
    targets += [o for t in unnamed if t.lemma_.lower() in vocab().region_nouns for o in _province_of(t, table)]
    # "Upper Nile State's Nasir", "Chhattisgarh's Bijapur district"
    kind = tok.head if tok.dep_ == "compound" and tok.head.lemma_.lower() in vocab().region_nouns else tok
    owning = [c for c in (*tok.children, *kind.children) if c.dep_ == "poss" and _province(c, table)]
    targets += owning
    for target in targets:
        if target.dep_ == "poss" and target not in owning:
            target = target.head  # "Sudzha in Russia's Kursk region": the region, not the country
        named = [c for c in target.children if c.dep_ == "compound"] if target.i not in table.by_token else []
        other = next((k for c in named if is_type(table, k := table.by_token.get(c.i), {EntityType.REGION})), None)
        other = other or table.by_token.get(target.i)  # "Kyakhta in Russia's Buryatia region": Buryatia
        if is_type(table, other, {EntityType.REGION}) and other != place:
            yield Hit(place, Predicate.LOCATED_IN, other, None, tok)


def _where_the_kind_lies(place: Token) -> list[Token]:
    """ "the villages of X and Y in Donetsk Oblast": places listed after a plural kind lie where
    the kind is said to, each of them (the parser hangs "in" on the kind)."""
    first = place
    while first.dep_ == "conj":
        first = first.head
    kind = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "of" else None
    if kind is None or kind.tag_ != "NNS" or kind.lemma_.lower() not in vocab().region_nouns:
        return []
    return [o for p in kind.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children]


def _listed_areas_of(place: Token, table: EntityTable) -> list[Token]:
    """ "in the Kurram, Bajaur and Angoor Adda areas of Khyber Pakhtunkhwa": places listed before
    a plural kind and "of" lie in the place after it, however the parser hung the list."""
    doc, i = place.doc, place.i
    while i < len(doc) and (
        is_type(table, table.by_token.get(i), {EntityType.REGION}) or doc[i].lower_ in (",", "and")
    ):
        i += 1
    kind = doc[i] if i + 2 < len(doc) else None
    if (
        kind is None
        or kind.tag_ != "NNS"
        or kind.lemma_.lower() not in vocab().region_nouns
        or doc[i + 1].lower_ != "of"
    ):
        return []
    wider = doc[i + 3] if doc[i + 2].lower_ == "the" and i + 3 < len(doc) else doc[i + 2]
    return [wider] if is_type(table, table.by_token.get(wider.i), {EntityType.REGION}) else []


def _province_of(place: Token, table: EntityTable) -> list[Token]:
    """ "the Pichari district of Cusco region", "the Taftan county of Sistan-Baluchestan province":
    the area after the kind's "of" (not a country, which says only whose the place is); "X and Y
    local government areas of Z" for each."""
    first = place
    while first.dep_ == "conj":
        first = first.head
    named = first.dep_ in ("compound", "nmod") and first.head.i > first.i
    kind = place if place.lemma_.lower() in vocab().region_nouns else first.head if named else None
    if kind is None or kind.lemma_.lower() not in vocab().region_nouns:
        return []
    if kind is not place and kind.lemma_.lower() in _NAMED_BY_OF:  # "the Pacific port of Tumaco" is Tumaco
        return []
    areas = [_named_area(o, table) for o in owners(kind, (), ("of",))]
    return [o for o in areas if _province(o, table)]


def _named_area(kind: Token, table: EntityTable) -> Token:
    """The name a place's kind carries ("Chitral" of "Chitral district", however parsed), else the word."""
    if kind.lemma_.lower() not in vocab().region_nouns:
        return kind
    return next((c for c in kind.children if c.dep_ in ("compound", "amod") and c.i in table.by_token), kind)


def _state_after_comma(place: Token, first: Token, table: EntityTable) -> list[Token]:
    """ "Maiduguri, Borno State", "Mir Ali, North Waziristan": a named state, province or
    district right after a place's comma is where it lies, unless the two are items of a list
    ("in Kharkiv, Donetsk Oblast and Zaporizhzhia Oblast")."""
    key = table.by_token.get(first.i)
    if not is_type(table, key, {EntityType.REGION}) or table.by_token.get(place.i) == key:
        return []
    last = first
    while last.i + 1 < len(first.doc) and table.by_token.get(last.i + 1) == key:
        last = first.doc[last.i + 1]
    listed = any(t.dep_ in ("conj", "cc") or any(c.dep_ in ("conj", "cc") for c in t.children) for t in (place, last))
    entry = gazetteer.lookup(table.entities[key].name)
    province = entry is not None and entry.kind in vocab().wider_areas - {"country"}  # "Mir Ali, North Waziristan"
    kind_named = last.lemma_.lower() in vocab().wider_areas and last.i > first.i
    after = first.doc[last.i + 1] if last.i + 1 < len(first.doc) else None  # "Sumisip town, Basilan province"
    kind_named = kind_named or (after is not None and after.is_lower and after.lemma_ in vocab().wider_areas)
    return [last] if (kind_named or province) and not listed else []


def _province(owner: Token, table: EntityTable) -> bool:
    """A place below a country that owns another ("Upper Nile State's Nasir County"); a country's
    own ("Russia's Kursk region") says only whose the place is, which readers do not list."""
    key = table.at(owner)
    if not is_type(table, key, {EntityType.REGION}):
        return False
    entry = gazetteer.lookup(table.entities[key].name)  # every country is in it (countries.tsv)
    return entry is None or entry.kind != "country"


def _wider_area(prep: Token, table: EntityTable) -> list[Token]:
    """ "a base in Cowsweyne, in Somalia's Middle Shabelle region": the phrase after the comma
    names the area the place lies in when it names a province, state or country and is no item
    of a list ("in Avdiivka, in Pokrovsk and in Toretsk")."""
    if any(c.dep_ in ("cc", "conj") for c in prep.children) or prep.dep_ == "conj":
        return []
    areas = vocab().wider_areas
    found = []
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        entry = gazetteer.lookup(table.entities[k].name) if (k := table.at(obj)) else None
        council = obj.lemma_.lower() == "area" and any(c.lower_ == "government" for c in obj.children)  # Nigeria's
        if obj.lemma_.lower() in areas or council or (entry is not None and entry.kind in areas):  # "Local
            found.append(obj)  # Government Area", a district
    return found


def member_of(sent: Span, table: EntityTable) -> Iterator[Hit]:
    """ "X, a soldier of/in Y", "X, a member of Y", "X serves in Y", "X, the deputy commander of Y"."""
    v = vocab()
    members = v.membership_nouns - {"commander", "deputy", "subordinate"} | {"official"}  # "a senior X official"
    for people, unit in people_of_one_unit(sent, table):
        yield from (Hit(person, Predicate.MEMBER_OF, unit, None, sent.root) for person in people)
    for tok in sent:
        lemma = tok.lemma_.lower()
        press = lemma == "secretary" and any(c.lower_ == "press" for c in tok.children)  # a spokesman's title
        role = lemma in members or press or _press_title(tok)
        role = role or (lemma in v.command_nouns and not_in_command(tok))
        former = lemma in members and any(c.dep_ == "amod" and c.lower_ in ("former", "retired") for c in tok.children)
        titled = tok.pos_ == "PROPN" and tok.dep_ != "compound" and tok.i not in table.by_token  # "the Chief of"
        if (tok.pos_ == "NOUN" or titled) and role and not commanding(tok) and not former:  # "a former officer of X"
            person = _person_in_role(tok, table)
            for group in _groups_of(tok, table) if person is not None else ():
                yield Hit(person, Predicate.MEMBER_OF, group, None, tok)
        elif tok.pos_ == "PROPN" and role and tok.dep_ == "compound":
            yield from _capitalized_title(tok, table)
        if tok.lower_ == "one" and tok.dep_ not in ("nummod", "pobj"):  # not "the wife of one of them, Irina"
            yield from _one_of_the_men(tok, table)
        person = table.at(tok) if tok.pos_ == "PROPN" else None
        if is_type(table, person, {EntityType.PERSON}):  # "Pavel Chikov of the human rights group Agora"
            for body in (table.at(o) for o in owners(tok, (), ("of",))):  # at() reads a name cut loose
                if is_type(table, body, {EntityType.ORGANIZATION}):
                    yield Hit(person, Predicate.MEMBER_OF, body, None, tok)
        elif tok.pos_ == "VERB" and lemma == "serve" and not negated(tok) and not in_the_past(tok):
            for subj in subjects(tok):
                person = table.antecedent_group(subj) or table.resolve(subj)  # or soldiers: "the men serve in Y"
                member = is_type(table, person, {EntityType.PERSON}) or person in table.groups
                for prep in tok.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "with", "at", "as"):  # "served at the 4th Base"
                        for obj in _served_in(prep):
                            unit = table.at(obj)
                            if member and is_type(table, unit, {EntityType.UNIT}) and unit != person:
                                yield Hit(person, Predicate.MEMBER_OF, unit, None, tok)
        elif tok.pos_ == "VERB":  # "Sgt. X and Spc. Y were assigned to the 718th Engineer Company"
            for person, unit in people_assigned(tok, table):
                yield Hit(person, Predicate.MEMBER_OF, unit, None, tok)


def _one_of_the_men(one: Token, table: EntityTable) -> Iterator[Hit]:
    """ "One of them, who introduced himself as Sergei", "one of the soldiers, Sgt. X": one of
    the unit's men, named."""
    named = [one, *(a for a in one.children if a.dep_ == "appos")]
    person = next((k for t in named if is_type(table, k := table.at(t), {EntityType.PERSON})), None)
    captives = table.one_of(one).lemma_.lower() in vocab().captivity_nouns  # not their captors' man
    unit = table.unit_of_person(one) if person is not None and not captives else None
    if is_type(table, unit, {EntityType.UNIT}):
        yield Hit(person, Predicate.MEMBER_OF, unit, None, one)


def _press_title(role: Token) -> bool:
    """ "the Public Relations Officer of X", "the Director of Army Public Relations": a title in a
    body's press office, whose holder speaks for it as its spokesman does."""
    v = vocab()
    office = set(v.press_words) - {"public", "affairs"}  # not "the Director of Public Prosecutions"
    words = [c for c in role.children if c.dep_ == "compound"] + [
        t for o in owners(role, (), ("of",)) for t in o.subtree
    ]
    return role.lemma_.lower() in v.person_roles and any(w.lower_ in office for w in words)


def _served_in(prep: Token) -> list[Token]:
    """ "served in Y", and "serves as chief of staff of Y" (a command is the command finder's)."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ != "as":
        return objects
    roles = [o for o in objects if o.lemma_.lower() not in vocab().command_nouns or not_in_command(o)]
    return [t for r in roles for t in r.subtree if t.dep_ == "pobj" and t.head.lower_ == "of"]  # "chief of staff of Y"


def _capitalized_title(role: Token, table: EntityTable) -> Iterator[Hit]:
    """ "Luhansk Group of Forces Spokesperson Captain Dmytro Zaporozhets": analysts' titles
    stack the body, the role and the rank before the name, all hung on the name."""
    person = _person_in_role(role, table)
    if person is None:
        return
    name = _title_heads(role)[-1]
    for body in (c for c in name.children if c.dep_ in ("nmod", "compound") and c.i < role.i):
        group = table.resolve(body, create_groups=False)
        if is_type(table, group, {EntityType.UNIT, EntityType.ORGANIZATION}):
            yield Hit(person, Predicate.MEMBER_OF, group, None, role)


def _title_heads(noun: Token) -> list[Token]:
    """The words a title stacks up to the name it ends in: "spokesman" → General, Abdallah."""
    heads = []
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
        heads.append(noun)
    return heads


def _person_in_role(noun: Token, table: EntityTable) -> str | None:
    """The person a role noun is said of: "X, a soldier of Y", "X is a member of Y", "Y
    spokesman X"."""
    titled = _title_heads(noun) if noun.dep_ == "compound" else []  # "Army spokesman Brigadier General X"
    beside = [c for c in table.appositions(noun) if is_type(table, table.at(c), {EntityType.UNIT})]
    # "the Director of Army Public Relations, 1 Division, Lt. Col. X": the name set after the unit's
    titled += [a for c in beside for a in c.children if a.dep_ == "appos"]
    named = (table.at(c) for c in [*table.appositions(noun), *titled])
    person = next((k for k in named if is_type(table, k, {EntityType.PERSON})), None)
    if person is None and noun.dep_ in ("appos", "attr") and noun.head != noun:
        anchor = noun.head if noun.dep_ == "appos" else next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        person = table.at(anchor) if anchor is not None else None
    person = person or table.pen_name(noun)  # "A spokesman for X, who asked to be identified only as Ko Thura"
    person = person or table.called(noun)  # "a machine gunner with the call sign Shaman"
    return person if is_type(table, person, {EntityType.PERSON}) else None


def _groups_of(noun: Token, table: EntityTable) -> list[str]:
    """The unit or organization a role noun belongs to: "its officer", "HUR spokesman", "a soldier of/in Y"."""
    found, owned = [], []
    beside = [c for c in noun.children if c.dep_ == "appos" and is_type(table, table.at(c), {EntityType.UNIT})]
    for cand in [*owners(noun, ("poss", "compound"), ("of", "in", "with", "from", "for")), *beside]:
        key = (
            _same_role_before(noun, cand, table) or table.unit_behind(cand) or table.resolve(cand, create_groups=False)
        )
        if is_type(table, key, {EntityType.UNIT, EntityType.ORGANIZATION}) and key not in found:
            found.append(key)
            owned += [key] if cand.dep_ == "poss" else []
    if owned and any(c.dep_ == "compound" and c.lemma_.lower() in ("military", "army") for c in noun.children):
        return owned  # "the rebels' military spokesman": the rebels', not a state's military
    if not found and noun.dep_ == "appos" and noun.head.lower_ == "one":  # "One of them, a machine gunner"
        key = table.unit_of_person(noun.head)  # of the soldiers "them" stands for
        found += [key] if is_type(table, key, {EntityType.UNIT}) else []
    return found


def _same_role_before(noun: Token, owner: Token, table: EntityTable) -> str | None:
    """ "a spokesperson for Ukraine's 110th Brigade said" then "X, the brigade's spokesperson":
    the brigade whose spokesperson the article named before, not merely the last one named."""
    if owner.ent_type_ or not any(c.lower_ == "the" for c in owner.children):
        return None
    earlier = (t for t in noun.doc[: noun.sent.start] if t.lemma_ == noun.lemma_)
    units = (table.at(o) for t in earlier for o in owners(t, ("poss", "compound"), ("of", "for")) if o.ent_type_)
    fitting = [
        k
        for k in units
        if is_type(table, k, {EntityType.UNIT}) and owner.lemma_.lower() in name_words(table.entities[k])
    ]
    return fitting[-1] if fitting else None


def affiliated_with(sent: Span, table: EntityTable) -> Iterator[Hit]:
    """ "X, who is affiliated with Y", "X is linked to Y", "Kremlin-linked X", "X, the editor of
    the outlet Y"."""
    v = vocab()
    for tok in sent:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in v.media_staff:
            yield from _staff_of(tok, table)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in ("report", "write", "work") and not negated(tok):
            yield from _writes_for(tok, table)
        elif any(c.dep_ == "poss" for c in tok.children) and is_type(table, table.at(tok), {EntityType.OUTLET}):
            yield from _owned_outlet(tok, table)
        if tok.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "alongside" for c in tok.children):
            yield from _fights_alongside(tok, table)
        if tok.dep_ == "appos" and _proxy(tok):
            yield from _proxy_of(tok, table)
        if tok.lemma_.lower() == "back" and tok.pos_ == "VERB" and not negated(tok):
            yield from _backing(tok, table)
        if tok.lemma_.lower() not in v.affiliation_words or negated(tok):
            continue
        if tok.i >= 2 and tok.nbor(-1).text == "-":  # "Kremlin-linked blogger X"
            holder = table.at(tok.head) if tok.head != tok else None
            if holder is None and tok.head.dep_ == "appos":  # "the Asayish, the SDF-affiliated security forces",
                named = _named_right_before(tok.head, table)  # whatever the parser hung them on
                holder = table.at(named) if named is not None else None
            other = table.by_token.get(tok.i - 2)
            if holder and other and holder != other:
                yield Hit(holder, Predicate.AFFILIATED_WITH, other, None, tok)
            continue
        if tok.head.lower_ == "as" and tok.dep_ in ("pobj", "amod"):  # "X was seen as close to Y"
            holder_tok = next(iter(subjects(tok.head.head)), None)
        elif tok.dep_ in ("relcl", "acl", "amod"):
            holder_tok = tok.head
        elif tok.dep_ == "dobj" and tok.pos_ == "NOUN":  # "the group has links to Y", "X maintains ties with Y"
            holder_tok = next(iter(subjects(tok.head)), None)
        else:
            clause = tok.head if tok.dep_ in ("acomp", "oprd") else tok  # "fighters who are loyal to X"
            holder_tok = next(iter(subjects(clause)), None)
        if holder_tok is not None and holder_tok.pos_ == "PRON" and tok.dep_ == "relcl":
            holder_tok = tok.head
        if holder_tok is not None and holder_tok.dep_ == "appos" and table.at(holder_tok.head):
            holder_tok = holder_tok.head  # "Grey Zone, a Telegram channel linked to Wagner": Grey Zone
        elif holder_tok is not None and holder_tok.dep_ == "appos":  # hung on the wrong head: the name before it
            holder_tok = _named_right_before(holder_tok, table) or holder_tok
        holder = table.resolve(holder_tok) if holder_tok is not None else None
        if holder is None or table.entities[holder].type is EntityType.REGION:
            continue
        if gazetteer.is_platform(table.entities[holder].name):
            continue  # "a Telegram channel close to X": an unnamed channel, not the platform, is close to X
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("with", "to"):
                for obj in prep.children:
                    other = table.at(obj) or (_other_body_before(obj, holder, table) if obj.pos_ == "PRON" else None)
                    if other and other != holder and table.entities[other].type is not EntityType.REGION:
                        yield Hit(holder, Predicate.AFFILIATED_WITH, other, None, tok)


def _other_body_before(pronoun: Token, holder: str, table: EntityTable) -> str | None:
    """ "The TTP, which is separate from the Afghan Taliban but allied with them": an object
    pronoun is not its own clause's subject (that would be "themselves"), so it is the body
    named last before it in the sentence besides that subject."""
    bodies = {EntityType.UNIT, EntityType.ORGANIZATION}
    named = (table.at(t) for t in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]))
    return next((k for k in named if k is not None and k != holder and is_type(table, k, bodies)), None)


def _backing(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "the Rwanda-backed M23", "the M23, which is backed by Rwanda", "accuses X of backing Y":
    a force another body or a state backs is tied to it."""
    if verb.i >= 2 and verb.nbor(-1).text == "-" and verb.dep_ == "amod":
        backers, backed = [verb.doc[verb.i - 2]], [verb.head]
    elif (verb.tag_ == "VBN" and verb.dep_ in ("relcl", "acl")) or any(c.dep_ == "agent" for c in verb.children):
        backers = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        backed = [verb.head] if verb.dep_ in ("relcl", "acl") else subjects(verb)
        clause = relative_clause(backed[0]) if backed and backed[0].tag_ == "WDT" else None
        backed = [clause.head] if clause is not None else backed  # "the M23, which the UN says is backed by Y"
    else:
        accused = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "of" else None
        backers = objects(accused) if accused is not None and accused.lemma_ == "accuse" else subjects(verb)
        backed = objects(verb)
    bodies = {EntityType.UNIT, EntityType.ORGANIZATION}
    for holder in (table.resolve(t, create_groups=False) for t in backed):
        for backer in (table.resolve(t, create_groups=False) for t in backers):
            if (
                is_type(table, holder, bodies)
                and is_type(table, backer, bodies | {EntityType.REGION})
                and holder != backer
            ):
                yield Hit(holder, Predicate.AFFILIATED_WITH, backer, None, verb)


def _proxy(noun: Token) -> bool:
    """ "a shadow group", "a front", "a proxy": a body that stands in for another, not a part of it."""
    return noun.lemma_.lower() in ("proxy", "front") or any(c.lower_ == "shadow" for c in noun.children)


def _proxy_of(noun: Token, table: EntityTable) -> Iterator[Hit]:
    """ "The Kashmir Tigers, a shadow group of Jaish-e-Mohammed", "X, Hezbollah's proxy": the two
    are tied, whoever the one answers to."""
    holder = table.at(noun.head)
    others = (table.at(o) for o in owners(noun, ("poss",), ("of", "for")))
    bodies = {EntityType.UNIT, EntityType.ORGANIZATION}
    for other in others:
        if is_type(table, holder, bodies) and is_type(table, other, bodies) and other != holder:
            yield Hit(holder, Predicate.AFFILIATED_WITH, other, None, noun)


def _named_right_before(phrase: Token, table: EntityTable) -> Token | None:
    """ "the Sinjar Resistance Units (YBS), a Yazidi armed group ...": the name an apposition
    follows, past the commas and brackets between, whatever head the parser gave it."""
    i = min(t.i for t in phrase.subtree) - 1
    while i >= 0 and phrase.doc[i].is_punct:
        i -= 1
    return phrase.doc[i] if i >= 0 and i in table.by_token else None


def _fights_alongside(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "the Joint Force, which fights alongside the army", "the Wazalendo, a coalition of armed
    groups that fight alongside the FARDC", "Wagner mercenaries deployed alongside the army": a
    force that fights beside another is allied with it."""
    if negated(verb) or verb.lemma_.lower() not in ("fight", "battle", "operate", "deploy"):
        return
    holder_tok = verb.head if verb.dep_ in ("relcl", "acl") else next(iter(subjects(verb)), None)
    if holder_tok is not None and holder_tok.dep_ == "pobj" and _kind_counted(holder_tok.head.head):
        holder_tok = holder_tok.head.head  # "units of the Air Assault Forces fighting alongside X": the units
    while holder_tok is not None and not holder_tok.ent_type_ and holder_tok.dep_ in ("pobj", "prep", "appos"):
        holder_tok = holder_tok.head  # "the Wazalendo, a coalition of armed groups that fight": the Wazalendo
    if holder_tok is not None and holder_tok.lower_ == "one" and holder_tok.dep_ == "attr":
        holder_tok = next(iter(subjects(holder_tok.head)), None)  # "X is one of the units fighting ...": X
    holder = table.resolve(holder_tok, create_groups=False) if holder_tok is not None else None
    allies = (
        table.resolve(k, create_groups=False)
        for p in verb.children
        if p.lower_ == "alongside"
        for o in p.children
        for k in (o, *o.conjuncts)  # "alongside the 80th and the 82nd brigades"
    )
    for ally in allies:
        if is_type(table, holder, {EntityType.UNIT}) and is_type(table, ally, {EntityType.UNIT}) and ally != holder:
            yield Hit(holder, Predicate.AFFILIATED_WITH, ally, None, verb)


def _owned_outlet(outlet: Token, table: EntityTable) -> Iterator[Hit]:
    """ "its Amaq news agency", "the ministry's Zvezda channel": a force's or a body's own outlet
    (a country's, "Russia's RT", says only where it is; "its Telegram channel" is a platform's)."""
    key = table.at(outlet)
    if gazetteer.is_platform(table.entities[key].name):
        return
    for owner in (c for c in outlet.children if c.dep_ == "poss"):
        body = table.resolve(owner, create_groups=False)
        if is_type(table, body, {EntityType.UNIT, EntityType.ORGANIZATION}) and body != key:
            yield Hit(key, Predicate.AFFILIATED_WITH, body, None, outlet)


def _staff_of(role: Token, table: EntityTable) -> Iterator[Hit]:
    """A journalist or editor of an outlet writes for it: affiliated, not a member of a force."""
    person = _person_in_role(role, table)
    named = [c for c in role.children if c.dep_ == "appos"]  # "the correspondent of the agency, UNIAN"
    for owner in [*owners(role, ("poss", "compound"), ("of", "at", "for", "with")), *named] if person else ():
        outlet = table.resolve(owner, create_groups=False)
        if is_type(table, outlet, {EntityType.OUTLET}) and not gazetteer.is_platform(table.entities[outlet].name):
            yield Hit(person, Predicate.AFFILIATED_WITH, outlet, None, role)


def _writes_for(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "Sladkov, who reports for the broadcaster VGTRK", "she writes for Novaya Gazeta"."""
    outlets = [table.resolve(o, create_groups=False) for o in owners(verb, (), ("for",))]
    outlets = [k for k in outlets if is_type(table, k, {EntityType.OUTLET})]
    for subj in subjects(verb) if outlets else ():
        person = table.resolve(subj, create_groups=False)
        if is_type(table, person, {EntityType.PERSON}):
            yield from (Hit(person, Predicate.AFFILIATED_WITH, k, None, verb) for k in outlets)
