"""`commanded`: who led a unit ("its commander, Col. X", "X, commander of Y", "led by X");
a deputy or a chief of staff did not.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from extract import gazetteer
from extract.clauses import Hit, is_type, negated, subjects, unit_before_description
from extract.gazetteer import normalize
from extract.mentions import EntityTable
from extract.model import EntityType, Predicate
from extract.phrases import NOT_COMMAND, commanding, in_the_past, not_in_command, owners, press_office, took_over
from extract.vocab import vocab


def commanded(sent: Span, table: EntityTable) -> Iterator[Hit]:
    v = vocab()
    for tok in sent:
        lemma = tok.lemma_.lower()
        # "Commander-in-Chief X" before any commander; "the commander-in-chief of Y, X" as any other
        if lemma == "commander" and _in_chief(tok) and (in_chief := list(_commander_in_chief(tok, table))):
            yield from in_chief
        elif lemma in ("commissioner", "superintendent") and tok.pos_ in ("NOUN", "PROPN"):
            yield from _police_chief(tok, table)
        elif (tok.pos_ == "NOUN" and (lemma in v.command_nouns or commanding(tok))) or _officer_commanding(tok):
            yield from _commander_noun(tok, table)
        elif tok.pos_ == "NOUN" and lemma in ("president", "chairman") and _of_an_armed_group(tok, table):
            yield from _commander_noun(tok, table)  # "the FPL ... its president, Mahmoud Salah"
        elif tok.pos_ == "VERB" and (lemma in v.command_verbs or took_over(tok)) and not negated(tok):
            yield from _command_verb(tok, table)  # "X commands Y", "X took over the army"
        elif tok.pos_ == "NOUN" and lemma == "subordinate":
            yield from _subordinates(tok, table)
        elif tok.pos_ == "VERB" and lemma in v.succession_verbs and not negated(tok):
            yield from _succession(tok, table)
        elif tok.pos_ == "VERB" and lemma in v.appointing_verbs and not negated(tok):
            yield from _in_place_of(tok, table)
        elif tok.pos_ == "NOUN" and lemma in ("command", "leadership") and tok.head.lower_ == "under":
            yield from _under_command(tok, table)
        elif tok.pos_ == "NOUN" and lemma == "command" and tok.head.lemma_.lower() in v.taking_command_verbs:
            yield from _took_command(tok, tok.head, table)
        elif tok.pos_ == "NOUN" and lemma == "command" and tok.head.lower_ == "in" and _placed(tok.head.head):
            yield from _took_command(tok, tok.head.head, table)  # "X, who was placed in command of Y"
        elif tok.pos_ == "NOUN" and lemma in v.succession_nouns:
            yield from _successor(tok, table)
        elif tok.lower_ == "whose" and tok.dep_ == "poss":
            yield from _leaders_own_force(tok, table)


def _of_an_armed_group(title: Token, table: EntityTable) -> bool:
    """A rebel movement's president or chairman leads it, as a state's does not command its army."""
    held = (table.resolve(o, create_groups=False) for o in owners(title, ("poss",), ("of",)))
    return any(k is not None and is_type(table, k, {EntityType.UNIT}) and table.armed_group(k) for k in held)


def _leaders_own_force(whose: Token, table: EntityTable) -> Iterator[Hit]:
    """ "Islamist leader Ahmed al-Sharaa, whose Hayat Tahrir al-Sham group toppled Assad": the
    force a leader's relative clause calls his is the one he leads."""
    clause = whose.head.head if whose.head.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    if clause is None or clause.dep_ != "relcl":
        return
    person, unit = table.at(clause.head), table.at(whose.head)
    if not is_type(table, person, {EntityType.PERSON}) or not is_type(table, unit, {EntityType.UNIT}):
        return
    if table.entities[person].roles & vocab().command_nouns:
        yield Hit(person, Predicate.COMMANDED, unit, None, whose.head)


def _police_chief(title: Token, table: EntityTable) -> Iterator[Hit]:
    """ "The Commissioner of Police, X", "Tinsukia Superintendent of Police X": a state's or a
    district's police chief, whose police it is (the story's, or the one named); a "Deputy
    Commissioner of Police" holds a rank, not the command."""
    if any(c.lower_ in NOT_COMMAND for c in title.lefts):
        return
    inside = [t for p in title.children if p.lower_ == "of" for t in p.subtree]
    police = next((t for t in inside if t.lower_ == "police"), None)
    if police is None:
        return
    named = [*inside, *table.appositions(title)]
    person = next((k for t in named if is_type(table, k := table.at(t), {EntityType.PERSON})), None)
    unit = table.at(police) or table.description(police)
    if person is not None and is_type(table, unit, {EntityType.UNIT}):
        yield Hit(person, Predicate.COMMANDED, unit, None, title)


def _officer_commanding(tok: Token) -> bool:
    """ "their General Officer Commanding, Maj. Gen. X": the Commonwealth armies' title of a
    formation's commander, which the tagger takes for a name."""
    return tok.lower_ == "commanding" and any(c.lower_ == "officer" for c in tok.children)


def _placed(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in ("place", "put", "leave", "remain", "stay")


def _took_command(noun: Token, verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "X took command of the Airborne Forces", "X was given (placed in) command of Y"."""
    if negated(verb):
        return
    for person_tok in subjects(verb):
        person = table.resolve(person_tok)
        for cand in [*owners(noun, (), ("of",)), *owners(verb, (), ("of",))]:  # "of" hung on either
            unit = table.resolve(cand, create_groups=False)
            if is_type(table, person, {EntityType.PERSON}) and is_type(table, unit, {EntityType.UNIT}):
                yield Hit(person, Predicate.COMMANDED, unit, None, noun)


def _in_chief(tok: Token) -> bool:
    """ "Commander-in-Chief", which the tokenizer splits in five."""
    words = [t.lower_ for t in tok.doc[tok.i + 1 : tok.i + 5]]
    return words == ["-", "in", "-", "chief"]


def _commander_in_chief(tok: Token, table: EntityTable) -> Iterator[Hit]:
    """ "Ukraine's Commander-in-Chief Oleksandr Syrskyi": he commands his country's armed forces;
    no country named, in a paper of a country the article names, that country's."""
    doc = tok.doc
    after = tok.i + 6 if tok.i + 5 < len(doc) and doc[tok.i + 5].text == "," else tok.i + 5  # ", Oleksandr Syrskyi,"
    person = table.by_token.get(after) if after < len(doc) else None
    before = doc[tok.i - 2] if tok.i >= 2 and doc[tok.i - 1].lower_ in ("'s", "’s") else doc[max(tok.i - 1, 0)]
    nation = vocab().nationalities.get(before.lower_)
    entry = gazetteer.lookup(nation) if nation else None
    if not is_type(table, person, {EntityType.PERSON}):
        return
    forces = table.add_named(entry.type, entry.name, normalize(entry.name)) if entry else table.home_forces
    if forces is not None:
        yield Hit(person, Predicate.COMMANDED, forces, None, tok)


def _successor(noun: Token, table: EntityTable) -> Iterator[Hit]:
    """ "His successor, Col. X": X holds the command its owner held ("his predecessor" held it before)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    named = [c for c in noun.children if c.dep_ == "appos"]
    if noun.dep_ == "appos":  # "Col. X, his successor"
        named.append(noun.head)
    if noun.dep_ in ("attr", "oprd"):  # "X became his successor"
        named += [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    holder = table.resolve(owner, create_groups=False) if owner is not None else None
    if not is_type(table, holder, {EntityType.PERSON}):
        return
    unit = table.unit_of(holder, in_command=True)
    for tok in named:
        person = table.resolve(tok, create_groups=False)
        if unit is not None and is_type(table, person, {EntityType.PERSON}) and person != holder:
            yield Hit(person, Predicate.COMMANDED, unit, None, noun)


def _commander_noun(noun: Token, table: EntityTable) -> Iterator[Hit]:
    """ "its commander, Col. X", "X, commander of Y", "Y commander X", "X is the commander of Y",
    "X was appointed commander of Y". A chief of staff serves in the unit without commanding it."""
    if any(c.lower_ in NOT_COMMAND for c in noun.lefts) or _title_of_leader(noun):
        return
    relation = Predicate.MEMBER_OF if not_in_command(noun) else Predicate.COMMANDED
    named = table.by_token.get(noun.i)  # "The head of Wagner accused ...", named in the next paragraph
    person = named if is_type(table, named, {EntityType.PERSON}) else None
    for child in noun.children:
        if child.dep_ == "appos" and is_type(table, table.by_token.get(child.i), {EntityType.PERSON}):
            person = table.by_token[child.i]
        elif child.dep_ == "appos" and child.is_title and child.lower_ in vocab().ranks:
            # "Its commander, Deputy Commissioner of Police X": the name hung inside the rank's phrase
            named = (table.by_token.get(t.i) for t in child.subtree)
            person = next((k for k in named if is_type(table, k, {EntityType.PERSON})), person)
    first = noun
    while first.dep_ == "conj" and first.head != first:  # "the deputy commander of A and a former commander of B"
        first = first.head
    while first != noun and first.dep_ == "pobj" and first.head.dep_ == "prep":
        first = first.head.head  # "X, the head of the ministry's department and commander of Y", misparsed
    if person is None and first.dep_ in ("appos", "compound") and first.head != first:
        key = table.by_token.get(first.head.i)
        person = key if is_type(table, key, {EntityType.PERSON}) else None
    if person is None:
        person = holder_hung_on_unit(noun, table)
    if person is None:  # "a senior commander of the RSF, Brig. Gen. X", the name hung higher
        person = table.named_beside(noun)
    if person is None:  # "The regiment's commander, whom the women named as Colonel Igor Safonov"
        named_as = table.pen_name(noun)
        person = named_as if is_type(table, named_as, {EntityType.PERSON}) else None
    if person is None and not any(c.dep_ == "det" for c in noun.children):
        person = _named_right_after(noun, table)
    if person is None and noun.dep_ == "dobj":  # "identified the brigade's commander as Col. X", or as "an
        named_as = [*owners(noun, (), ("as",)), *owners(noun.head, (), ("as",))]  # officer with the call sign Y"
        named = (table.at(o) or table.called(o) for o in named_as)
        person = next((k for k in named if is_type(table, k, {EntityType.PERSON})), None)
    if person is None and noun.dep_ == "pobj" and noun.head.lower_ == "as":
        holder = noun.head.head  # "dismissed X as commander of Y", "X served as commander of Y"
        named = table.at(holder)  # "removed X as commander of Y", "as" hung on X
        person = named if is_type(table, named, {EntityType.PERSON}) else _held_as(holder, table)
    if person is None and noun.dep_ in ("attr", "oprd"):
        subj = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        key = table.resolve(subj) if subj is not None else None
        person = key if is_type(table, key, {EntityType.PERSON}) else None
    if person is None and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # "Its commander is Col. X", or
        attrs = [c for c in noun.head.children if c.dep_ == "attr"]  # "an officer known by the call sign Y"
        person = next(
            (k for c in attrs if is_type(table, k := table.at(c) or table.called(c), {EntityType.PERSON})), None
        )
    if person is None:
        return
    served_as = noun.dep_ == "pobj" and noun.head.lower_ == "as"  # "who previously served as its chief of staff"
    if relation is Predicate.MEMBER_OF and served_as and in_the_past(noun.head.head):
        return  # a membership that ended (a command held once is still one held)
    lower = _lower_echelon_of(noun, table)
    if lower is not None:  # "a battalion commander of the 93rd Brigade": he led a part of it, and served in it
        yield Hit(person, Predicate.MEMBER_OF, lower, None, noun)
        return
    # "a Wagner commander": one of its commanders; "a former commander of X" commanded it in turn.
    succession = any(c.lower_ in ("former", "ex", "then", "previous", "late") for c in noun.children)
    one_of = any(c.lower_ in ("a", "an") for c in noun.children) and not succession
    held = list(owners(noun, ("poss", "compound", "nmod"), ("of", "in", "at")))  # nmod: "the Army (TNI) commander"
    held += [c for c in noun.children if c.dep_ == "amod" and c.ent_type_ == "UNIT"]  # "ISWAP commander", as tagged
    if any(c.ent_type_ for c in held):  # "HTS military commander X": the group's, not a country's military
        held = [c for c in held if c.ent_type_ or c.lower_ not in ("military", "army")]
    unit = _appointee_unit(noun, table) if not held else None
    if unit is None and not held:  # "A.H. Ali, the commanding officer", after "the commanding officer of Y"
        unit = _role_owned_before(noun, table)
    if unit is not None and unit != person:
        yield Hit(person, relation, unit, None, noun)
    for cand in held:
        if cand.lemma_.lower() in vocab().civic_bodies:
            continue  # "the founder of the Azov movement" leads no unit
        unit = table.resolve(cand, create_groups=False)
        if is_type(table, unit, {EntityType.UNIT}) and press_office(cand):
            yield Hit(person, Predicate.MEMBER_OF, unit, None, noun)  # "the head of the SDF media center"
            continue
        if is_type(table, unit, {EntityType.REGION}):  # "Ukraine's top commander": its armed forces' (a
            # director heads a body, no country's forces: "Migración Colombia director X")
            unit = table.forces_of_country(cand) if noun.lemma_.lower() not in vocab().body_heads else None
        if unit is None and not one_of and cand.dep_ == "compound" and cand.lemma_.lower() in vocab().unit_heads:
            unit = table.echelon_unit(cand, person)  # "the battalion commander, Lt. Col. X"
        # "commander of a battalion of the 144th Division": he leads a part of it, and serves in it
        if unit is not None and table.national_forces(unit):  # "the Joint Forces of Ukraine's military", misparsed
            unit = next((k for k in map(table.at, cand.children) if is_type(table, k, {EntityType.UNIT})), unit)
        one_of_its = table.quantified_of(cand) if cand.lower_ == "one" else None  # "of one of the brigade's battalions"
        echelon = (one_of_its or cand).lemma_.lower()
        before = table.subject_before(cand) if cand.pos_ == "PRON" else None
        if before is not None and not before.ent_type_:  # "The battalion lost 200 men. Its commander": the
            echelon = table.lemma(before)  # battalion's, a part of the brigade "the battalion" was read as
        some = table.is_indefinite(cand) or one_of_its is not None
        part = echelon in vocab().unit_heads and some and table.at(cand) is None
        # "the commander of their sons' battalion" in a story of a corps: of a part of the corps
        part = part or (cand.ent_type_ != "UNIT" and unit is not None and table.outranks(unit, echelon))
        # "the Rueso police chief": a district's chief serves in the country's police he does not command
        local = is_type(table, unit, {EntityType.UNIT}) and table.countrywide(unit) and _of_a_place(noun, table)
        if is_type(table, unit, {EntityType.UNIT}) and unit != person:
            yield Hit(person, Predicate.MEMBER_OF if one_of or part or local else relation, unit, None, noun)


def _role_owned_before(noun: Token, table: EntityTable) -> str | None:
    """The unit a definite role was named with a few sentences before: "the commanding officer of
    the 181 Amphibious Battalion was killed ... X, the commanding officer"."""
    if not any(c.lower_ == "the" for c in noun.children):
        return None
    kind = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    for earlier in table.earlier(noun, noun.lemma_.lower()):
        if kind != {c.lower_ for c in earlier.children if c.dep_ in ("amod", "compound")}:
            continue
        if table.is_indefinite(earlier):
            return None  # "a commander of the Security Belt forces" is one of its commanders, no more
        units = (table.resolve(o, create_groups=False) for o in owners(earlier, (), ("of",)))
        unit = next((k for k in units if is_type(table, k, {EntityType.UNIT})), None)
        if unit is not None:
            return unit
    return None


def _of_a_place(noun: Token, table: EntityTable) -> bool:
    """A title whose own words name a place ("the Rueso police chief", "Kabul's police chief")."""
    words = noun.doc[noun.left_edge.i : noun.i]
    places = (k for t in words if is_type(table, k := table.by_token.get(t.i), {EntityType.REGION}))
    return any(gazetteer.country_code(table.entities[k].name) is None for k in places)  # not "Ukraine's"


def _title_of_leader(noun: Token) -> bool:
    """ "led by Kenyan police commander Godfrey Otunge": the title before the name of whom the verb
    says leads the unit tells his service, not a second command."""
    name = noun.head if noun.dep_ == "compound" else None
    agent = name.head if name is not None and name.dep_ == "pobj" and name.head.dep_ == "agent" else None
    return agent is not None and agent.head.lemma_.lower() in vocab().command_verbs


def _appointee_unit(noun: Token, table: EntityTable) -> str | None:
    """ "X, the brigade's deputy commander, has been appointed acting commander": a command given
    without its unit is of the unit the appointee's own role names, else of the unit the
    passage is about ("confirmed that X had been appointed acting commander")."""
    verb = noun.head
    if noun.dep_ not in ("oprd", "attr") or verb.lemma_.lower() not in vocab().appointing_verbs:
        return None
    appointees = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    roles = [r for a in appointees for r in a.children if r.dep_ == "appos"]
    units = (table.unit_behind(c) for r in roles for c in owners(r, ("poss", "compound"), ("of",)))
    return next((k for k in units if is_type(table, k, {EntityType.UNIT})), None) or table.story_unit(noun)


def _lower_echelon_of(noun: Token, table: EntityTable) -> str | None:
    """The named unit of "a battalion commander of the 93rd Brigade" or "our battalion
    commander", whose battalion he led."""
    heads = vocab().unit_heads
    unnamed = (c for c in noun.children if not is_type(table, table.at(c), {EntityType.UNIT}))  # or read as the man
    if not any(c.dep_ == "compound" and table.lemma(c) in heads for c in unnamed):
        return None
    units = (table.resolve(o) if o.pos_ == "PRON" else table.unit_behind(o) for o in owners(noun, ("poss",), ("of",)))
    return next((k for k in units if is_type(table, k, {EntityType.UNIT})), None)


def _held_as(verb: Token, table: EntityTable) -> str | None:
    """Who a verb's "as" phrase is said of: its object ("dismissed X as ..."), else its subject."""
    for dep in ("dobj", "nsubjpass", "nsubj"):
        for child in (c for c in verb.children if c.dep_ == dep):
            key = table.resolve(child, create_groups=False)
            if is_type(table, key, {EntityType.PERSON}):
                return key
    return None


def _named_right_after(noun: Token, table: EntityTable) -> str | None:
    """ "Wagner chief Yevgeny Prigozhin", "Akhmat commander Maj. Gen. Apti Alaudinov": a bare
    role standing as a title before a name, however the parser hung the two."""
    doc = noun.doc
    for tok in doc[noun.i + 1 : min(noun.i + 5, noun.sent.end)]:
        key = table.by_token.get(tok.i)
        if is_type(table, key, {EntityType.PERSON}):
            return key
        if tok.pos_ != "PROPN" and tok.text != ".":
            return None
    return None


def _under_command(noun: Token, table: EntityTable) -> Iterator[Hit]:
    """ "The division is under the command of Maj. Gen. X", "troops under X's command"."""
    people = [table.resolve(c) for c in owners(noun, ("poss",), ("of",))]
    stranded = [c for c in noun.children if c.lower_ == "of" and not list(c.children) and c.i + 1 < len(c.doc)]
    people += [table.by_token.get(c.i + 1) for c in stranded]  # "under the command of X" with X made a subject
    under = noun.head
    holder = under.head
    units = subjects(holder) if holder.pos_ in ("VERB", "AUX") else [holder]
    for person in people:
        for u in units:
            unit = table.resolve(u, create_groups=False)
            if is_type(table, unit, {EntityType.REGION}):
                unit = table.forces_of_country(u)  # "Uganda contributes ... under the command of Y": its forces
            if is_type(table, person, {EntityType.PERSON}) and is_type(table, unit, {EntityType.UNIT}):
                yield Hit(person, Predicate.COMMANDED, unit, None, noun)


def holder_hung_on_unit(noun: Token, table: EntityTable) -> str | None:
    """ "the commander of Y, X", "the commander of Y of the 76th Division, X", "the commander of Y
    in Tachira, X": the parser hung the person X on Y, on the unit Y is of, or on Y's place."""
    units = list(owners(noun, (), ("of",)))
    units += [u for t in units for u in owners(t, (), ("of", "in"))]
    for unit_tok in units:
        for child in unit_tok.children:
            if child.dep_ == "appos" and is_type(table, table.by_token.get(child.i), {EntityType.PERSON}):
                return table.by_token[child.i]
    return None


def _command_verb(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "X commands Y", "Y, led by X", "Y was commanded at the time by X"."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None) or _stray_by(verb)
    if agent is not None:
        people = [c for c in agent.children if c.dep_ == "pobj"]
        clause = verb
        while clause.dep_ == "conj" and clause.head != clause:  # "Y, created in 2024 and commanded by X"
            clause = clause.head
        led = clause.head.head if clause.head.dep_ == "appos" else clause.head  # "Y, an elite unit led by X"
        if clause.head.dep_ == "appos" and table.is_indefinite(clause.head) and table.at(led) is None:
            led = unit_before_description(clause.head, table) or led  # the description hung past its unit
        led = _part_of_whole(led, table)
        units = [c for c in verb.children if c.dep_ == "nsubjpass"] or ([led] if clause.dep_ == "acl" else [])
        units = units or subjects(verb)  # "is based in Pskov and has been commanded by X"
    else:
        # "Russia has appointed X to lead its forces": the one appointed leads
        chosen = [c for c in verb.head.children if c.dep_ == "dobj"] if verb.dep_ == "xcomp" else []
        people = chosen or subjects(verb)
        units = [c for c in verb.children if c.dep_ == "dobj" and not _own_men(c)]
    # asked first, as resolving records what it found; "its forces" are a country's own, and so is
    # "the junta, led by X"
    named = {u.i for u in units if agent or table.at(u) is not None or any(c.dep_ == "poss" for c in u.children)}
    for p in people:
        person = table.resolve(p)
        for u in units:
            whole = _whole_of_one_part(u, table)
            part = table.at(u) is None and table.is_indefinite(u)  # "commanded a mortar crew in the brigade"
            relation = Predicate.MEMBER_OF if whole is not None or part else Predicate.COMMANDED
            # "The SPLM-N faction led by X": the group the article knows by that faction, which he leads
            unit = whole or table.resolve(u, create_groups=False) or _faction_of(u, table) or _forces_owner(u, table)
            if unit is None and agent is not None and is_type(table, person, {EntityType.PERSON}):
                unit = _band_led_by(u, person, table)  # "a rival armed group led by Mohamed Bahroun": his
                relation = Predicate.COMMANDED if unit is not None else relation
            if unit is not None and u.i not in named and table.countrywide(unit):
                continue  # "Lt. Col. X, who was leading the troops": some troops, not the country's army
            if is_type(table, person, {EntityType.PERSON}) and is_type(table, unit, {EntityType.UNIT}):
                yield Hit(person, relation, unit, None, verb)


def _band_led_by(noun: Token, person: str, table: EntityTable) -> str | None:
    """ "a rival armed group led by Mohamed Bahroun": an armed band named only by its leader is a
    unit of this article, called after him."""
    armed = noun.lemma_.lower() in vocab().band_nouns or any(c.lower_ == "armed" for c in noun.children)
    if not (armed and table.is_indefinite(noun)):
        return None
    kind = " ".join(t.lower_ for t in noun.lefts if t.dep_ in ("amod", "compound")) + f" {noun.lower_}"
    span = noun.doc[noun.left_edge.i : noun.i + 1]
    return table.add_local(f"{kind.strip()} led by {table.entities[person].name}", span)


def _part_of_whole(noun: Token, table: EntityTable) -> Token:
    """ "a cell of the CJNG led by X": an unnamed part before "of" the whole is what the participle
    hung on the whole describes."""
    part = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if part is None or part.lemma_.lower() not in vocab().faction_nouns or not table.is_indefinite(part):
        return noun
    return part


def _forces_owner(noun: Token, table: EntityTable) -> str | None:
    """ "Forces of the 444 Brigade, led by X": the unit whose forces they are."""
    if table.lemma(noun) not in vocab().generic_force_nouns:
        return None
    return next((k for o in owners(noun, (), ("of",)) if (k := table.unit_behind(o))), None)


def _whole_of_one_part(noun: Token, table: EntityTable) -> str | None:
    """ "commands one of the brigade's battalions", "a Los Lobos faction led by X": the named unit
    whose part he leads, and so serves in (not "the SPLM-N faction led by X", the one known)."""
    v = vocab()
    if noun.lemma_.lower() in v.faction_nouns and table.is_indefinite(noun):  # "a cell of the CJNG led by X"
        of = (table.unit_behind(o) for o in owners(noun, (), ("of",)))
        return _faction_of(noun, table) or next((k for k in of if is_type(table, k, {EntityType.UNIT})), None)
    part = table.quantified_of(noun) if noun.lower_ == "one" else None
    if part is None or part.lemma_.lower() not in v.unit_heads or part.ent_type_:
        return None
    return next((k for o in owners(part, ("poss",), ("of",)) if (k := table.unit_behind(o))), None)


def _faction_of(noun: Token, table: EntityTable) -> str | None:
    """The named force a faction noun is of ("the SPLM-N faction", "a Los Lobos faction")."""
    if noun.lemma_.lower() not in vocab().faction_nouns or table.at(noun):
        return None
    named = (table.at(c) for c in noun.children if c.dep_ == "compound")
    return next((k for k in named if is_type(table, k, {EntityType.UNIT})), None)


def _stray_by(verb: Token) -> Token | None:
    """The "by" of a passive the parser hung lower ("commanded at the time by X"), within its clause."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for tok in verb.subtree:
        if tok.lower_ == "by" and tok.dep_ == "prep":
            node = tok.head
            while node != verb and node.dep_ not in ("ccomp", "advcl", "relcl", "acl", "xcomp", "conj"):
                node = node.head
            if node == verb:
                return tok
    return None


def _own_men(noun: Token) -> bool:
    """ "He led his men from the front": whatever men a person leads, this names no unit."""
    personal = any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children)
    return personal and noun.lemma_.lower() in vocab().personnel_nouns


def _succession(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "X was appointed, replacing Col. Y": whoever held the command X holds held it before."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:  # "Y was replaced by X"
        before = [c for c in verb.children if c.dep_ == "nsubjpass"]
        after = [c for c in agent.children if c.dep_ == "pobj"]
    else:  # "X replaced Y"; "... replacing him with Z"
        before = [c for c in verb.children if c.dep_ == "dobj"]
        after = list(owners(verb, (), ("with",))) or subjects(verb)
    people = [table.resolve(t) or table.person_described(t) for t in before + after]  # "by his deputy, Gen. X"
    people = [k for k in people if is_type(table, k, {EntityType.PERSON})]
    unit = next((u for k in people if (u := table.unit_of(k, in_command=True))), None)
    if unit is None:
        return
    for person in people:
        yield Hit(person, Predicate.COMMANDED, unit, None, verb)


def _in_place_of(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "dismissed X as commander of Y and appointed Z in his place": Z holds the command X held."""
    before = [t for t in verb.subtree if t.dep_ == "poss" and table.place_verb(t) == verb]  # "his" of "his place"
    held = (table.resolve(b) for b in before)
    holder = next((k for k in held if is_type(table, k, {EntityType.PERSON})), None)
    unit = table.unit_of(holder, in_command=True) if holder is not None else None
    for chosen in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        person = table.resolve(chosen)
        if unit is not None and is_type(table, person, {EntityType.PERSON}) and person != holder:
            yield Hit(person, Predicate.COMMANDED, unit, None, verb)


def _subordinates(noun: Token, table: EntityTable) -> Iterator[Hit]:
    """ "X and his Rosgvardia subordinates": X leads them, and belongs to their unit."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    person = table.resolve(owner) if owner is not None else None
    unit = table.personnel(noun, create=False)
    if is_type(table, person, {EntityType.PERSON}) and is_type(table, unit, {EntityType.UNIT}):
        yield Hit(person, Predicate.COMMANDED, unit, None, noun)
        yield Hit(person, Predicate.MEMBER_OF, unit, None, noun)
