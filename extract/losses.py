"""`lost`: a force's losses, in people (named or counted) or in equipment."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from extract import gazetteer
from extract.clauses import (
    FORCES,
    Hit,
    is_type,
    listed,
    negated,
    objects,
    people_assigned,
    people_of_one_unit,
    phrase,
    phrase_head,
    put_at,
    subjects,
)
from extract.command import holder_hung_on_unit
from extract.descriptions import ECHELONS, is_military_media
from extract.gazetteer import normalize
from extract.hedges import number, quantity_of
from extract.mentions import EntityTable
from extract.model import EntityType, Predicate
from extract.phrases import (
    QUOTES,
    called_enemy,
    citing,
    commanding,
    has_count,
    owners,
    policing,
    relative_clause,
    says,
)
from extract.vocab import vocab

_LOSS_VERBS = {"suffer", "sustain", "incur", "take", "have", "endure", "see", "report"}
_SHARES = {"half", "third", "quarter", "most", "majority", "bulk", "much", "two-thirds"}
_ACKNOWLEDGING_VERBS = {"confirm", "announce", "acknowledge", "admit"}  # the deaths of whom they name
_TAKING_VERBS = {"capture", "seize", "take", "retake", "recapture", "overrun"}  # a place taken is no one's men

# What an armed group claims, whose killing is its own doing (not "a counter-offensive", the army's)
_CLAIMED_ATTACKS = {"attack", "assault", "raid", "bombing", "ambush"}
_STRIKES = {"strike", "airstrike", "attack", "shelling", "bombardment", "barrage", "missile", "drone", "rocket"}


def lost(sent: Span, table: EntityTable) -> Iterator[Hit]:
    """Every loss in a sentence but a civic body's: "Relief International said nine of its staff
    were killed" tells of aid workers killed, no force's losses."""
    return (hit for hit in _losses(sent, table) if not table.civic_body(hit.subject))


def _losses(sent: Span, table: EntityTable) -> Iterator[Hit]:
    v = vocab()
    for tok in sent:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in v.loss_nouns and _reported(tok) and not _none(tok):
            yield from _death_of(tok, table)  # "confirmed the colonel's death"
            if tok.dep_ not in ("nsubj", "nsubjpass"):
                yield from _losses_of(tok, table)  # "confirmed the deaths of 25 officers of the army"
        there_were = tok.dep_ == "attr" and any(c.dep_ == "expl" for c in tok.head.children)  # "there were losses"
        if (
            tok.pos_ == "NOUN"
            and tok.lemma_.lower() in v.loss_nouns
            and (tok.dep_ in ("nsubj", "nsubjpass") or there_were)
        ):
            yield from _losses_of(tok, table)
        if tok.lemma_.lower() == "toll" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and not negated(tok.head):
            yield from _own_toll(tok, table)
        if _hit_hard(tok) and tok.dep_ in ("attr", "acomp", "oprd") and not negated(tok.head):
            yield from _hard_hit_state(tok, table)
        if _misread_survival(tok) and _out_of(tok):
            yield from _survivors(tok, table)
        if tok.pos_ not in ("VERB", "AUX") or negated(tok):
            continue
        lemma = tok.lemma_.lower()
        if lemma == "take" and any(c.lemma_.lower() in v.captivity_nouns for c in tok.children):
            yield from _taken_prisoner(tok, table)
        elif (_survived(tok) or _alive(tok) or _came_back(tok)) and (_out_of(tok) or _went_in_with(tok)):
            yield from _survivors(tok, table)
        elif lemma in v.loss_verbs:
            yield from _lose(tok, table)
        elif lemma in _LOSS_VERBS | _ACKNOWLEDGING_VERBS:
            for obj in objects(tok):
                counted = next((o for p in obj.children if p.lower_ == "of" for o in p.children), None)
                if obj.lemma_.lower() not in v.loss_nouns and counted is not None and obj.ent_type_ == "CARDINAL":
                    obj = counted  # "suffered tens of thousands of casualties"
                if obj.lemma_.lower() not in v.loss_nouns or _none(obj):
                    continue  # '"no losses" in their ranks'
                whose = None
                if lemma in _ACKNOWLEDGING_VERBS:
                    whose = _dead_of(obj, table) or _linked_side(tok, table) or _commanders_unit(tok, table)
                    whose = whose or _admitted_own(tok, obj, table)
                if whose is not None:  # "confirmed the deaths of 18 of its servicemen"
                    yield Hit(whose, Predicate.LOST, None, phrase_head(obj), tok, quantity_of(obj, tok.doc))
                elif lemma in _LOSS_VERBS:
                    for subj in subjects(tok):
                        key = _forces_of_ministry(table.resolve(subj), table)
                        if is_type(table, key, FORCES):
                            yield Hit(key, Predicate.LOST, None, phrase_head(obj), tok, quantity_of(obj, tok.doc))
        elif (
            lemma in v.death_verbs
            or _dead_state(tok)
            or _shot_dead(tok)
            or _succumbed(tok)
            or _fell_in_service(tok)
            or _sent_to_hell(tok)
            or _toll_risen(tok)
            or _paid_the_price(tok)
        ):
            yield from _deaths(tok, table)
        elif lemma == "leave" and _bodies_left(tok):
            yield from _left_their_dead(tok, table)
        elif lemma in v.joining_verbs:
            yield from _dead_who_served(tok, table)
        elif lemma in ("inflict", "cause"):
            yield from _inflicted(tok, table)
        elif lemma in v.striking_verbs:
            yield from _manpower_struck(tok, table)

        elif lemma in v.destruction_verbs or _hit_hard(tok) or _ceased_to_exist(tok) or _shot_down(tok):
            yield from _destroyed(tok, table)
        elif lemma in v.attachment_verbs:
            yield from _belonged(tok, table)
            yield from _dead_assigned(tok, table)
        elif lemma in v.naming_verbs:
            yield from _dead_identified(tok, table)
        if tok.dep_ == "relcl" and _own_name_given(tok):
            yield from _captive_named(tok, table)
        if any(_the_dead(o) for o in owners(tok, (), ("among",))):
            yield from _among_the_dead(tok, table)
        elif lemma == "include" and any(_the_dead(s) for s in subjects(tok)):
            yield from _dead_listed([c for c in tok.children if c.dep_ == "dobj"], tok, table)
        elif lemma == "be" and _share_of_the_dead(tok, table):
            yield from _dead_listed([c for c in tok.children if c.dep_ == "attr"], tok, table)


def _admitted_own(verb: Token, loss: Token, table: EntityTable) -> str | None:
    """ "The army acknowledged the loss of four soldiers": a force admitting losses of men no one
    else is said to own admits its own (not the insurgents it says it killed)."""
    dead = next(owners(loss, (), ("of",)), None)
    if dead is not None:
        men = table.lemma(dead) in vocab().personnel_nouns - vocab().insurgent_nouns
        if not men or table.resolve(dead, create_groups=False) is not None:
            return None
    keys = (_forces_of_ministry(table.resolve(s, create_groups=False), table) for s in subjects(verb))
    return next((k for k in keys if is_type(table, k, {EntityType.UNIT})), None)


def _commanders_unit(verb: Token, table: EntityTable) -> str | None:
    """ "The battalion's commander, X, acknowledged serious losses": the unit X commands."""
    people = (table.resolve(s, create_groups=False) for s in subjects(verb))
    units = (table.unit_of(k, in_command=True) for k in people if is_type(table, k, {EntityType.PERSON}))
    return next((u for u in units if is_type(table, u, {EntityType.UNIT})), None)


def _linked_side(verb: Token, table: EntityTable) -> str | None:
    """ "A Telegram channel linked to the Wagner Group acknowledged heavy losses": the side its
    acknowledger is tied to, whose losses it admits."""
    words = vocab().affiliation_words
    links = (c for s in subjects(verb) for c in s.children if c.dep_ == "acl" and c.lemma_.lower() in words)
    sides = (table.at(o) for c in links for p in c.children if p.lower_ in ("to", "with") for o in p.children)
    return next((k for k in sides if is_type(table, k, FORCES)), None)


def _dead_of(loss: Token, table: EntityTable) -> str | None:
    """ "the deaths of 18 of its servicemen": the force the dead served in."""
    for dead in owners(loss, (), ("of",)):
        men = table.quantified_of(dead) or dead
        if table.lemma(men) in vocab().personnel_nouns or men.pos_ == "PRON":
            key = table.resolve(men, create_groups=False)
            if is_type(table, key, FORCES):
                return key
    return None


def _dead_identified(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "identified the dead as servicemen of the 25th Brigade": that unit lost them; "named the
    dead as Major X and Captain Y": the unit whose dead they are lost each of them."""
    named = [o for o in verb.children if o.dep_ in ("dobj", "nsubjpass", "oprd")]
    # "named one of them as X", "Two of the dead were named as X and Y": of the dead
    dead = [
        d
        for o in named
        if _the_dead(d := (table.quantified_of(o) if o.lower_ == "one" or o.like_num else None) or o, table)
    ]
    for men in (m for d in dead for m in [*owners(d, (), ("as",)), *owners(verb, (), ("as",))]):
        # "as Corporal X and Lance Corporal Y", the first name hung on the second as its modifier
        listed = [men, *men.conjuncts, *(t for t in men.lefts if t.dep_ == "nmod")]
        people = list(dict.fromkeys(k for t in listed if is_type(table, k := table.resolve(t), {EntityType.PERSON})))
        # "as Captain X, 21, Staff Sergeant Y, 20, and five other soldiers": the ages break the list apart
        after = (k for k in _people_listed_after(men.head, table) if not _speaker_here(k, verb.sent, table))
        people = list(dict.fromkeys([*people, *after]))
        unit = _unit_of_the_dead(dead[0], table) if people else None
        shared = {p: u for listed, u in people_of_one_unit(verb.sent, table) for p in listed}  # "both of the X"
        for person in people:
            # "The militia commander was identified as X, who led fighters known as Y": his own unit first
            if (own := shared.get(person) or table.unit_of(person) or unit) is not None:
                yield Hit(own, Predicate.LOST, person, None, verb)
        key = table.personnel(men, create=False) if table.lemma(men) in vocab().personnel_nouns else None
        if is_type(table, key, FORCES):
            yield Hit(key, Predicate.LOST, None, phrase_head(dead[0]), verb)
            return


def _shot_down(verb: Token) -> bool:
    """ "air defenses shot down 44 Ukrainian drones": aircraft brought down are destroyed."""
    return verb.lemma_.lower() == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)


def _bodies_left(verb: Token) -> Token | None:
    """The bodies of "the enemy left nine bodies behind (on the battlefield)"."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ("body", "corpse")), None)


def _left_their_dead(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "The enemy left nine bodies behind": a side that leaves its dead on the field lost them."""
    bodies = _bodies_left(verb)
    for subj in subjects(verb):
        key = table.resolve(subj, create_groups=False)
        if bodies is not None and is_type(table, key, FORCES):
            yield Hit(key, Predicate.LOST, None, phrase_head(bodies), verb, quantity_of(bodies, verb.doc))


def _own_name_given(verb: Token) -> bool:
    """ "introduced himself as X", "gave his name as X"."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    himself = any(o.lower_ in ("himself", "herself") for o in objs)
    own_name = any(o.lemma_ == "name" and any(p.lower_ in ("his", "her") for p in o.children) for o in objs)
    return himself or own_name


def _captive_named(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "one of the prisoners, who introduced himself as Private X": a captive who gives his name
    is one of the men his unit lost, the one whose men were said taken."""
    noun = verb.head
    captives = (table.quantified_of(noun) if noun.lower_ == "one" else noun) or noun
    captured = any(c.dep_ == "amod" and c.lower_ in ("captured", "detained") for c in captives.children)
    if not (table.lemma(captives) in vocab().captivity_nouns | {"pow"} or captured):
        return
    named = (table.resolve(o) for o in owners(verb, (), ("as",)))
    person = next((k for k in named if is_type(table, k, {EntityType.PERSON})), None)
    unit = table.lost_men_before(captives, sentences=3) if person is not None else None
    if is_type(table, unit, FORCES):
        yield Hit(unit, Predicate.LOST, person, None, verb)


def _people_listed_after(word: Token, table: EntityTable) -> list[str]:
    """The people named after "as" to the sentence's end: a list of ranked names ("Staff Sgt.
    Ido Cohen, 20, Sgt. Yonatan Levi, 19, and Capt. ...") that the parser breaks apart."""
    found = (table.by_token.get(t.i) for t in word.doc[word.i + 1 : word.sent.end])
    return list(dict.fromkeys(k for k in found if is_type(table, k, {EntityType.PERSON})))


def _the_dead(noun: Token, table: EntityTable | None = None) -> bool:
    """ "the dead", "the fallen", "those killed"; with the table, also "them" just after soldiers
    were said to be killed ("Three soldiers were killed ... The army named them as X, Y and Z")."""
    killed = any(c.dep_ == "acl" and c.lemma_.lower() in vocab().death_verbs for c in noun.children)
    if {noun.lemma_.lower(), noun.lower_} & vocab().the_dead or (noun.lower_ == "those" and killed):  # "the fallen"
        return True
    slain = any(c.dep_ == "amod" and c.lower_ in vocab().the_dead for c in noun.children)
    if slain and noun.lemma_.lower() in vocab().personnel_nouns | vocab().rank_nouns:
        return True  # "the slain soldiers", "the fallen servicemen", "the dead captain"
    if table is not None and noun.tag_ == "NN" and any(c.lower_ == "the" for c in noun.children):
        return _same_man_killed_before(noun, table) is not None  # "A police sergeant was killed ... The sergeant"
    # "The three, a sergeant and two corporals, were identified as": the number of those just killed
    counted = noun.pos_ == "NUM" and any(c.lower_ == "the" for c in noun.children)
    pronoun = noun.lower_ in ("them", "him", "her")  # "An officer was killed ... Media named him as X"
    killed = _soldiers_killed_before(noun, table) if table is not None and (pronoun or counted) else None
    return killed is not None and (noun.lower_ == "them" or counted or killed.tag_ == "NN")


def _counted_of_the_dead(subject: Token, table: EntityTable) -> bool:
    """ "18 of the 26 hostages killed (were soldiers)", "six of the dead": a count of those killed."""
    dead = table.quantified_of(subject)
    if dead is None:
        return False
    return _the_dead(dead) or any(c.dep_ == "acl" and c.lemma_.lower() in vocab().death_verbs for c in dead.children)


def _share_of_the_dead(verb: Token, table: EntityTable) -> bool:
    """ "six of the dead were soldiers", "Of the dead, 31 were fighters", "31 of the dead belonged
    to X and six were Y fighters", "those killed were soldiers": the verb tells whose part of a
    toll its counted subject is."""
    counts = subjects(verb)
    if any(_counted_of_the_dead(s, table) for s in counts):
        return True
    attrs = [c for c in verb.children if c.dep_ == "attr"] if verb.lemma_ == "be" else []
    national = any(c.dep_ == "amod" and c.lower_ in vocab().nationalities for a in attrs for c in a.children)
    if national and any(_the_dead(s) for s in counts):
        return True  # "those killed were Ukrainian servicemen": all of them, a nation's men
    if not all(s.like_num for s in counts):
        return False
    if counts and any(_the_dead(o) for o in owners(verb, (), ("of",))):
        return True
    before = [verb.head] if verb.dep_ == "conj" and counts else []
    before += [c for c in verb.children if c.dep_ == "csubj"]  # the clause before taken for the subject
    return any(_counted_of_the_dead(s, table) for c in before for s in subjects(c))


def _soldiers_killed_before(noun: Token, table: EntityTable) -> Token | None:
    """The soldiers the two sentences before say died, the subject of a verb of death ("Five
    soldiers were killed ... The soldiers served in X. The military named them as ...")."""
    # up to the noun: "said the officers had given their lives and named them"
    before = noun.doc[table.window(noun, sentences=3) : noun.i]
    dying = (t for t in before if t.lemma_.lower() in vocab().death_verbs or _shot_dead(t) or _paid_the_price(t))
    killed = (s for t in dying for s in subjects(t))
    men = vocab().personnel_nouns | _officer_nouns()  # "two of its commanders were killed"
    soldiers = (s for s in killed if table.lemma(table.quantified_of(s) or s) in men)
    counted = (t for t in before if t.dep_ in ("nsubj", "nsubjpass") and _counted_of_the_dead(t, table))
    return next(soldiers, None) or next(counted, None)  # "five of the dead served in X. He named one of them"


def _same_man_killed_before(noun: Token, table: EntityTable) -> Token | None:
    """The soldier or officer (or soldiers) of the same kind the sentences before say were killed,
    also as one the dead included ("Four soldiers, including an officer, were killed ... The
    officer"; "Four soldiers were martyred ... The soldiers")."""
    before = noun.doc[table.window(noun, sentences=6) : noun.sent.start]
    verbs = [t for t in before if t.lemma_.lower() in vocab().death_verbs]
    dead = [s for t in verbs for s in subjects(t)]
    # "killing 13 people, among them six soldiers and a local militia commander ... The militia commander"
    listed = (p for x in (*dead, *verbs) for p in x.children if p.lower_ in ("including", "among"))
    killed = [*dead, *(k for p in listed for o in p.children if o.dep_ == "pobj" for k in (o, *o.conjuncts))]
    return next((s for s in killed if s.tag_ == noun.tag_ and table.lemma(s) == table.lemma(noun)), None)


def _unit_of_the_dead(dead: Token, table: EntityTable) -> str | None:
    """ "the dead": the unit whose men the sentences before say were killed, else the unit the
    story is about; "them" or "the slain soldiers", after soldiers of a unit were said to be
    killed: theirs."""
    men = dead.lower_ in ("them", "him", "her") or table.lemma(dead) in vocab().personnel_nouns | vocab().rank_nouns
    soldiers = (_same_man_killed_before(dead, table) or _soldiers_killed_before(dead, table)) if men else None
    unit = table.personnel(soldiers, create=False) if soldiers is not None else None
    state_man = _state_man(dead, table)
    lost = table.lost_men_before(dead, sentences=4, soldiers=True) if state_man else table.lost_men_before(dead)
    if lost is None and state_man and any(c.lower_ == "the" for c in dead.children):
        lost = table.sole_loss_before(dead)  # "the martyred soldiers", named after the paragraphs between
    return unit or lost or table.story_unit(dead)  # "Two soldiers of Y were killed"


def _state_man(noun: Token, table: EntityTable) -> bool:
    """ "the slain officer", "the martyred soldiers": a state's men, never an armed group's loss
    (not one of the assailants killed since)."""
    return table.lemma(noun) in vocab().personnel_nouns - vocab().insurgent_nouns - {"fighter", "member", "man"}


def _among_the_dead(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "1,800 inmates recruited by the Wagner Group have been identified among the dead",
    "Among those killed was Dzmitry X, who had joined the regiment"."""
    listed = subjects(verb) or [c for c in verb.children if c.dep_ == "attr"]
    listed += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]  # "..., and its
    # deputy commander, X", coordinated by the parser with the verb; "X and Captain Y were among those killed"
    yield from _dead_listed(listed, verb, table)


def _dead_listed(dead: list[Token], verb: Token, table: EntityTable) -> Iterator[Hit]:
    """The dead a sentence names, each lost by the unit they served in: "X and Captain Y were
    among those killed", "the dead included a police captain, X"."""
    for subj in [*dead, *(k for s in dead for k in s.conjuncts if k.i > s.i and k not in dead)]:
        named = [c for c in subj.children if c.dep_ == "appos" and is_type(table, table.at(c), {EntityType.PERSON})]
        person = named[0] if named else subj  # "its deputy commander, Col. X": X, of the unit "its" stands for
        beside = table.named_beside(subj) if not named and subj.lemma_.lower() in vocab().command_nouns else None
        key = beside or table.resolve(person, create_groups=False)  # "the commander of X, Major Y," misparsed
        if is_type(table, key, {EntityType.PERSON}):
            # "the commander of one of the brigade's battalions, Major Y": the brigade's
            held = [table.unit_behind(table.quantified_of(o) or o) for o in owners(subj, (), ("of",))] if beside else []
            # "Seven soldiers, including two officers, were killed ... X and Y were among those killed"
            unit = next((u for u in held if u is not None), None) or table.unit_of(key)
            unit = unit or table.unit_of_person(person) or table.lost_role_before(person, sentences=3)
            soldiers = any(_state_man(s, table) for s in subjects(verb))  # "The martyred soldiers included X"
            unit = unit or table.lost_men_before(verb, soldiers=soldiers)
            if unit is not None:
                yield Hit(unit, Predicate.LOST, key, None, verb)
            continue
        # "the dead included members of the police and of the Guards' Quds Base": each force's loss
        forces = _members_of_each(subj, table)
        if len(forces) < 2:  # "were Levies and Frontier Corps personnel": each force's too
            forces = _forces_named_on(subj, table)
        if len(forces) < 2:
            force = _force_of_dead(subj, key, table)
            forces = [force] if is_type(table, force, FORCES) else []
        for force in forces:
            table.lost_men.append((subj.i, force))  # "Seven other officers were wounded": more of theirs
            yield Hit(force, Predicate.LOST, None, phrase(subj), verb, quantity_of(subj, verb.doc))


def _force_of_dead(subj: Token, key: str | None, table: EntityTable) -> str | None:
    """The force listed dead men are of, where the phrase names no person."""
    if key is None:  # "inmates recruited by Wagner": those who recruited them
        recruiters = [o for c in subj.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                      for o in a.children]  # fmt: skip
        key = next((k for k in map(table.at, recruiters) if is_type(table, k, {EntityType.UNIT})), None)
    if key is None:  # "army and Frontier Corps personnel", the parser's coordination inside the name
        key = next(iter(_forces_named_on(subj, table)), None)
    return key


def _forces_named_on(men: Token, table: EntityTable) -> list[str]:
    """The units named before a noun of men, coordinated or not ("Levies and Frontier Corps personnel")."""
    named = (w for c in men.children if c.dep_ in ("compound", "nmod") for w in (c, *c.conjuncts))
    return list(dict.fromkeys(k for k in map(table.at, named) if is_type(table, k, {EntityType.UNIT})))


def _members_of_each(men: Token, table: EntityTable) -> list[str]:
    """The forces of "members of X and of Y": one phrase of men from two forces."""
    if table.lemma(men) not in vocab().personnel_nouns:
        return []
    preps = [p for p in men.children if p.dep_ == "prep" and p.lower_ == "of"]
    preps += [c for p in preps for c in p.conjuncts if c.lower_ == "of"]
    keys = (table.resolve(o, create_groups=False) for p in preps for o in p.children if o.dep_ == "pobj")
    return list(dict.fromkeys(k for k in keys if is_type(table, k, FORCES)))


def _ceased_to_exist(verb: Token) -> bool:
    return verb.lemma_.lower() == "cease" and any(c.lemma_.lower() == "exist" for c in verb.children)


def _destroyed(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "the division was decimated", "their unit was almost wiped out", "the regiment ceased to
    exist": a force destroyed lost."""
    destroyed = ("nsubjpass", "nsubj") if _ceased_to_exist(verb) else ("nsubjpass",)
    for subj in (c for c in verb.children if c.dep_ in destroyed):
        key = table.resolve(subj, create_groups=False)
        if is_type(table, key, {EntityType.UNIT}):
            # "wiped out", "ceased to exist"
            last = max((c.i for c in verb.children if c.dep_ in ("prt", "xcomp")), default=verb.i)
            yield Hit(key, Predicate.LOST, None, verb.doc[verb.i : last + 1].text, verb)
        elif subj.dep_ == "nsubjpass" and _materiel(subj, table):
            yield from _things_destroyed(subj, verb, table)  # "15 Russian tanks had been destroyed"
    for obj in (c for c in verb.children if c.dep_ == "dobj"):  # "destroyed the fleet's landing ship X"
        ship = _ship_sunk(obj, table)
        if ship is not None:
            yield Hit(ship, Predicate.LOST, None, verb.text, verb)
        else:  # "the fleet's ship X, which Ukraine says it sank": the fleet's
            clause = relative_clause(obj) if obj.tag_ == "WDT" else None
            yield from _things_destroyed(clause.head if clause is not None else obj, verb, table)


def _ship_sunk(obj: Token, table: EntityTable) -> str | None:
    """ "sank the Ivanovets", "the boat, which Ukraine says it sank": a warship no owner is named
    beside (the fleet's, whose loss it then is), is lost itself, as a unit that ceased to exist is."""
    clause = relative_clause(obj) if obj.tag_ == "WDT" else None
    noun = clause.head if clause is not None else obj
    ship = table.description(noun) if table.is_ship_noun(noun) else table.at(noun)  # "sank the boat", "the X"
    owned = any(c.dep_ == "poss" for c in noun.children)
    return ship if ship is not None and "ship" in table.entities[ship].roles and not owned else None


def _things_destroyed(obj: Token, verb: Token, table: EntityTable) -> Iterator[Hit]:
    """Whose the things or men destroyed were: their owner named, the nationality of equipment,
    the attackers whose assault was beaten back."""
    for thing in [obj, *owners(obj, (), ("of",))]:  # "two of the brigade's tanks"
        owner = next((c for c in thing.children if c.dep_ == "poss"), None) or _belonging_to(thing)
        if owner is None and _equipment(thing, table):  # "the armored vehicles of the 33rd Regiment"
            owner = next((o for o in owners(thing, (), ("of",)) if table.unit_behind(o)), None)
        key = table.resolve(owner, create_groups=False) if owner is not None else None
        if key is None and _materiel(thing, table):
            key = table.national_forces_of(thing) or _attackers(verb, table)  # "destroyed 17 Russian tanks"
        if key is None and _hardware(thing) and _by_the_speakers_side(verb, table):
            key = table.enemy_of_speaker(thing)  # 'the command said its strikes had destroyed a Pantsir system'
        if key is None and table.lemma(thing) in vocab().unit_heads:  # "most of a battalion of the 114th"
            key = next((u for o in owners(thing, (), ("of",)) if (u := table.unit_behind(o))), None)
            if key is None and thing.tag_ == "NNS":  # "completely destroyed three Eritrean divisions" (one group
                key = table.national_forces_of(thing)  # is made its own node, which the text may place later)
        numbered = has_count(thing) or table.quantified_of(obj) is not None  # not "routed the attackers" again
        if key is None and numbered and table.lemma(thing) in vocab().personnel_nouns:
            key = table.resolve(thing, create_groups=False) or table.national_forces_of(thing)  # "90 servicemen"
        if owner is not None and owner.pos_ == "PRON" and key in _destroyers(verb, table):
            continue  # "air force strikes destroyed their vehicles": not the air force's own
        if is_type(table, key, {EntityType.UNIT}):
            yield Hit(key, Predicate.LOST, None, phrase_head(obj, owner), verb, quantity_of(obj, verb.doc))


def _hardware(noun: Token) -> bool:
    """ "a Pantsir air defence system", "two tanks", "several military vehicles": weapons named by
    their kind or called military (not "houses", which a side's fighters may burn too)."""
    military = any(c.dep_ == "amod" and c.lower_ in ("military", "armored", "armoured") for c in noun.children)
    return noun.lemma_.lower() in vocab().weapon_systems or military


def _materiel(noun: Token, table: EntityTable) -> bool:
    """Things a side loses in a fight: counted equipment or a weapon named by its kind."""
    return _equipment(noun, table) or _hardware(noun)


def _by_the_speakers_side(verb: Token, table: EntityTable) -> bool:
    """ "The command said its strikes had destroyed ...": what a side says its own strikes or
    forces destroyed was the other side's."""
    clause = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else verb  # "had seized X and burned Y"
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    own = subject is not None and any(c.dep_ == "poss" and c.lower_ in ("its", "our") for c in subject.children)
    return own and table.speaker_of_words(verb) is not None


def _destroyers(verb: Token, table: EntityTable) -> set[str]:
    """Every entity the active subject of a verb of destruction names ("air force strikes": the air force)."""
    return {k for s in subjects(verb) if s.dep_ == "nsubj" for t in s.subtree if (k := table.at(t))}


def _belonging_to(thing: Token) -> Token | None:
    """ "17 Bradleys belonging to the brigade": the owner a participle names."""
    owned = (c for c in thing.children if c.dep_ == "acl" and c.lemma_.lower() == "belong")
    return next((o for a in owned for p in a.children if p.lower_ == "to" for o in p.children), None)


def _attackers(verb: Token, table: EntityTable) -> str | None:
    """ "repelled an assault by Russian marines, destroying 30 armored vehicles": whose attack
    was beaten back lost what was destroyed in it."""
    if verb.dep_ not in ("advcl", "conj") or verb.tag_ != "VBG":
        return None
    attacks = [o for o in verb.head.children if o.dep_ == "dobj" and table.lemma(o) in vocab().attack_nouns]
    found = (table.resolve(by, create_groups=False) for a in attacks for by in owners(a, ("poss",), ("by", "of")))
    return next((k for k in found if is_type(table, k, {EntityType.UNIT})), None)


def _struck(verb: Token, table: EntityTable) -> str | None:
    """ "struck a command post of the 810th Brigade, killing several officers", "soldiers were
    killed when militants overran a base of the 199 Battalion": the unit whose post, positions or
    men were hit lost those killed in the strike (not when "they" struck: then they attacked)."""
    strikes = vocab().strike_verbs  # "stormed the headquarters of Y and killed dozens of soldiers"
    struck = [verb.head] if verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG") else []
    clauses = (c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "advcl")  # "killed and wounded when"
    struck += [c for c in clauses if not any(s.pos_ == "PRON" for s in subjects(c))]
    hit = [o for s in struck if s.lemma_.lower() in strikes for o in s.children if o.dep_ == "dobj"]
    found = (table.unit_behind(t) for o in hit for t in (o, *owners(o, ("poss",), ("of",))))
    # "ambushed a police patrol, killing three officers": the police's
    forces = (table.description(c) for o in hit for c in o.children if c.dep_ == "compound" and c.lower_ == "police")
    return next((k for k in (*found, *forces) if is_type(table, k, {EntityType.UNIT})), None)


def _counted_by(verb: Token, table: EntityTable) -> str | None:
    """ "The brigade recorded 612 soldiers killed", "the regiment had 40 men wounded": the unit
    that counts or has its men killed lost them."""
    men = verb.head
    if verb.dep_ != "acl" or men.dep_ != "dobj" or men.head.lemma_.lower() in vocab().loss_verbs | {"suffer"}:
        return None  # "lost 300 men killed and wounded" is read as the loss it says
    found = (table.resolve(s, create_groups=False) for s in subjects(men.head))
    return next((k for k in found if is_type(table, k, {EntityType.UNIT})), None)


def _equipment(noun: Token, table: EntityTable) -> bool:
    """ "17 Russian armored vehicles", "dozens of tanks": things counted, not men or formations."""
    v = vocab()
    return noun.tag_ == "NNS" and table.lemma(noun) not in v.personnel_nouns | v.unit_heads | v.person_roles


def _speaker_here(person: str, sent: Span, table: EntityTable) -> bool:
    """Whether the person is named in the sentence right before its say verb ("..., X, said")."""
    for tok in (t for t in sent if table.by_token.get(t.i) == person):
        after = next((t for t in sent.doc[tok.i + 1 : sent.end] if not t.is_punct), None)
        if after is not None and says(after) and after.dep_ != "acl":  # not "the commander, identified as X"
            return True
    return False


def _said_whose(dead: Token) -> bool:
    """ "Two of the officers killed belonged to X": the clause says whose they were (`_belonged`)."""
    counted = dead.head.head if dead.dep_ == "pobj" and dead.head.lower_ == "of" else dead
    return counted.dep_ == "nsubj" and counted.head.lemma_.lower() in vocab().attachment_verbs


def _belonged(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "Most of the destroyed vehicles belonged to the 12th Regiment", "Most of the dead belonged
    to the Sultan Murad Division": it lost them."""
    v = vocab()
    for subj in subjects(verb):
        thing = table.quantified_of(subj) or subj
        lost = any(c.dep_ == "amod" and c.lemma_.lower() in v.destruction_verbs | v.loss_verbs for c in thing.children)
        killed = any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in v.death_verbs for c in thing.children)
        # "Four soldiers were martyred ... The soldiers belonged to X"
        definite = thing.tag_ == "NNS" and any(c.lower_ == "the" for c in thing.children)
        said_killed = definite and _same_man_killed_before(thing, table) is not None
        shared = _share_of_the_dead(verb, table)  # "Two of the officers killed belonged to X"
        if not (lost or killed or _the_dead(thing) or said_killed or shared):
            continue
        for owner in owners(verb, (), ("to",)):
            key = table.unit_behind(owner)
            if is_type(table, key, {EntityType.UNIT}):
                if said_killed:  # "Among those martyred was X": one of theirs
                    table.lost_men.append((subj.i, key))
                yield Hit(key, Predicate.LOST, None, phrase_head(subj), verb, quantity_of(subj, verb.doc))


def _dead_assigned(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "Three soldiers were killed ... Sgt. X, Spc. Y and Spc. Z were assigned to the 718th
    Engineer Company": as many people named, just after, as there were dead, are those dead."""
    assigned = people_assigned(verb, table)
    killed = _soldiers_killed_before(verb, table) if assigned else None
    count = next((number(c.lower_) for c in killed.children if c.dep_ == "nummod"), None) if killed else None
    if killed is None or (count is not None and count != len({person for person, _ in assigned})):
        return
    for person, unit in assigned:
        yield Hit(unit, Predicate.LOST, person, None, verb)


def _taken_prisoner(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "had taken 100 Russian servicemen prisoner, including members of the Akhmat unit", "40
    marines from the brigade were taken prisoner": the forces the prisoners came from lost them."""
    prisoner = next(c for c in verb.children if c.lemma_.lower() in vocab().captivity_nouns)
    taken = [c for c in (*prisoner.children, *verb.children) if c.dep_ in ("compound", "dobj", "nsubjpass", "appos")]
    taken = [c for c in taken if c != prisoner]
    taken += [o for p in (*verb.children, *prisoner.children) if p.lower_ == "including" for o in p.children]
    for noun in taken:
        # "100 Russian conscripts": the nation's forces, unless the phrase names a unit of theirs; "12
        # Ukrainian servicemen prisoner", parsed as a compound of "prisoner", the nation hung on it
        national = None if list(owners(noun, (), ("of", "from"))) else table.national_forces_of(noun)
        if national is None and noun.dep_ == "compound" and noun.head == prisoner:
            national = table.national_forces_of(prisoner)
        key = national or table.resolve(noun, create_groups=False) or _ranks_unit(noun, table)
        if is_type(table, key, FORCES):
            table.lost_men.append((noun.i, key))  # whose "one of the captives, who gave his name as X" is
            yield Hit(key, Predicate.LOST, None, phrase_head(noun), verb, quantity_of(prisoner, verb.doc))


def _ranks_unit(noun: Token, table: EntityTable) -> str | None:
    """ "(prisoners,) among them a senior lieutenant of the 83rd Brigade": the unit he is of."""
    if table.lemma(noun) not in vocab().rank_nouns:
        return None
    return next((u for c in owners(noun, (), ("of", "from")) if (u := table.unit_behind(c))), None)


def _survived(verb: Token) -> bool:
    """ "only 14 remain", "18 are left"; not "servicemen who left their base"."""
    return verb.lemma_.lower() in vocab().survival_verbs and not any(c.dep_ == "dobj" for c in verb.children)


def _misread_survival(tok: Token) -> bool:
    """ "of 120 men in one company, only 14 remain": a verb of surviving the tagger took for a noun,
    heading its clause with a subject of its own."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in vocab().survival_verbs:
        return False  # asked of every token: the word first
    return tok.dep_ in ("ROOT", "ccomp", "conj") and any(c.dep_ == "nsubj" for c in tok.children)


def _alive(verb: Token) -> bool:
    """ "maybe 130 are still alive"."""
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in ("alive", "left") for c in verb.children)


def _went_in_with(verb: Token) -> bool:
    """'"Our battalion went in with 400 people. A week later, about 80 were left."': the count
    they started with, said just before."""
    doc, start = verb.doc, verb.sent.start
    before = doc[doc[start - 1].sent.start if start > 0 else start : verb.i]
    return any(
        t.lower_ == "with" and any(any(n.dep_ == "nummod" for n in o.children) for o in t.children) for t in before
    )


def _came_back(verb: Token) -> bool:
    return verb.lemma_.lower() == "come" and any(c.lower_ == "back" for c in verb.children)


def _out_of(verb: Token) -> bool:
    """ "Out of 150 men, 18 are left", "Out of our company, only 20 people survived", "Of 300
    men who went on the assault, 42 came back"."""
    out_of = any(c.lower_ == "out" and any(o.lower_ == "of" for o in c.children) for c in verb.children)
    # "According to X, of the 150 men in his company, only 17 were alive": hung on the phrase before
    ofs = [t for t in verb.lefts for t in t.subtree if t.lower_ == "of" and t.dep_ == "prep"]
    ofs += _of_opening_clause(verb)
    counted = (g for c in ofs for g in c.children if g.dep_ == "pobj")
    return out_of or any(any(n.dep_ == "nummod" for n in g.children) for g in counted)


def _of_opening_clause(verb: Token) -> list[Token]:
    """ "The women say that of 120 men in one company, only 14 remain": the "of" that opens the
    verb's clause, wherever the parser hung it."""
    doc, start = verb.doc, verb.sent.start
    return [
        t
        for t in doc[start : verb.left_edge.i]
        if t.lower_ == "of" and (t.i == start or doc[t.i - 1].lower_ in ("that", ","))
    ]


def _survivors(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """The few left of many: the unit the passage is about lost the rest."""
    counted = [s for s in subjects(verb) if s.like_num or has_count(s)]
    unit = (_whose_men(verb, table) or table.recent_unit(verb)) if counted else None
    if unit is not None and not table.national_forces(unit):
        whole = next((c for c in verb.children if c.lower_ in ("out", "of")), counted[0])
        yield Hit(unit, Predicate.LOST, None, phrase(verb), verb, quantity_of(whole, verb.doc))


def _whose_men(verb: Token, table: EntityTable) -> str | None:
    """ "Out of 120 men in our company, 23 are left," one of them says: the speakers' unit."""
    ours = (w for left in verb.lefts for w in left.subtree if w.dep_ == "poss" and w.lower_ == "our")
    return next((k for k in map(table.speakers_unit, ours) if k is not None), None)


def _hit_hard(tok: Token) -> bool:
    """ "was hit hardest", "has been especially hard hit" (which the tagger may take for a noun)."""
    return tok.lower_ == "hit" and any(c.lower_ in vocab().severity_adverbs for c in tok.children)


def _hard_hit_state(tok: Token, table: EntityTable) -> Iterator[Hit]:
    for subj in subjects(tok.head):
        key = table.resolve(subj, create_groups=False)
        if is_type(table, key, {EntityType.UNIT}):
            yield Hit(key, Predicate.LOST, None, phrase_head(tok), tok)


def _inflicted(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "inflicted heavy casualties on the marines": the side they fell on lost them; "shelled
    positions of the FAR, inflicting heavy losses": the side whose positions were struck."""
    v = vocab()
    for obj in objects(verb):
        if obj.lemma_.lower() not in v.loss_nouns:
            continue
        preps = [p for p in [*verb.children, *obj.children] if p.dep_ == "prep" and p.lower_ in ("on", "upon", "among")]
        # "on manpower and equipment of four Ukrainian brigades": no unit named, the nation's forces
        targets = [t for p in preps for t in _targets(p)]
        found = (table.resolve(t, create_groups=False) or table.national_forces_of(t) for t in targets)
        keys = list(dict.fromkeys(k for k in found if is_type(table, k, FORCES)))
        struck = _struck(verb, table) if not preps else None
        for key in keys or ([struck] if struck is not None else []):
            yield Hit(key, Predicate.LOST, None, phrase_head(obj), verb, quantity_of(obj, verb.doc))


def _manpower_struck(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "defeated manpower and equipment of the 59th and 110th Brigades", "defeated formations of
    the 32nd and 59th brigades": the units whose men were struck lost them, in the words of
    Russia's defence ministry."""
    for obj in (o for o in objects(verb) if o.lemma_.lower() in ("manpower", "formation")):  # "defeated formations of"
        for target in (obj, *obj.conjuncts):
            owned = [t for o in owners(target, (), ("of",)) for t in (*listed(o), *o.conjuncts)]
            for unit in owned or ([target] if target != obj else []):  # "110th", coordinated with "manpower"
                key = table.resolve(unit, create_groups=False)
                if is_type(table, key, FORCES):
                    yield Hit(key, Predicate.LOST, None, phrase_head(obj), verb)


def _targets(prep: Token) -> list[Token]:
    """Who losses fell on: "on the marines", or on "the manpower and equipment of the 41st and
    47th brigades and the 68th brigade" (through "of", each coordinated unit)."""
    found = []
    for target in (t for c in prep.children for t in (c, *c.conjuncts)):
        owned = [t for o in owners(target, (), ("of",)) for t in (*listed(o), *o.conjuncts)]
        found += owned or listed(target)
    return found


def _reported(noun: Token) -> bool:
    """A death someone confirms, announces or speaks of ("Ura.ru confirmed the colonel's death",
    "complained about heavy losses among his men"), not one a sentence merely mentions ("did
    not comment on his death")."""
    v = vocab()
    if noun.dep_ in ("dobj", "nsubjpass"):
        verb, told_of = noun.head, False
    else:
        verb, told_of = _told_of(noun)
        if not told_of:
            return False
    if _inquiry(verb):
        return True
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.lemma_.lower() in v.accusation_verbs:
        verb = verb.head.head  # "accused him of causing the deaths of 300 soldiers"
    said = verb.lemma_.lower() in v.say_verbs | v.corroborate_verbs | v.concealment_verbs | v.grievance_verbs or (
        told_of and verb.lemma_.lower() in v.speech_verbs
    )  # what one hides ("concealing the scale of the brigade's losses") happened too
    return (said or put_at(verb)) and verb.pos_ == "VERB" and not negated(verb)


def _inquiry(node: Token) -> bool:
    """An investigation, or a verb opening one: what it looks "into" is reported to have happened."""
    inquiries = vocab().inquiry_nouns
    return node.lemma_.lower() in inquiries or any(
        c.dep_ == "dobj" and c.lemma_.lower() in inquiries for c in node.children
    )


def _told_of(noun: Token) -> tuple[Token, bool]:
    """The verb a noun is spoken of under ("spoke of the deaths", "warned his superiors about
    a lack of shells and the deaths of his men"), and whether an "about" phrase leads there."""
    node, about = noun, False
    while node.dep_ in ("pobj", "prep", "conj", "dobj") and node.pos_ not in ("VERB", "AUX") and node.head != node:
        first = node.dep_ == "prep" and node.i == noun.head.i
        about = about or (node.dep_ == "prep" and (node.lower_ in ("about", "over") or (first and node.lower_ == "of")))
        if node.dep_ == "prep" and node.lower_ == "into" and _inquiry(node.head):
            return node.head, True  # "opened an investigation into the execution of three soldiers"
        node = node.head
    return node, about


def _losses_of(noun: Token, table: EntityTable) -> Iterator[Hit]:
    """ "Losses of the brigade were estimated at 800", "the deaths of 12 soldiers of the brigade
    were confirmed": a loss noun that is what its sentence is about or what a source confirms,
    with whose loss it was; "Russian casualties were likely to exceed 45,000": a nation's."""
    if _none(noun):
        return  # "There were no losses among the border guards"
    found = False
    for cand in owners(noun, ("poss",), ("of", "among", "in")):
        if cand.lower_ == "whose":
            continue  # "X, deputy commander of Y, whose death was announced": a person's, read by _death_of
        dead_men = cand.pos_ == "PRON" and noun.lemma_.lower() == "death"  # "Their deaths bring to 97 ...": the
        key = table.lost_men_before(noun, sentences=4) if dead_men else table.resolve(cand, create_groups=False)
        key = _forces_of_ministry(key, table)  # men just said killed, not the last force named
        owned = cand.dep_ == "poss" or cand.head.lower_ == "of"  # "the region's losses"; not "losses in X"
        place = is_type(table, key, {EntityType.REGION}) and (_country(key, table) or not owned)
        if is_type(table, key, FORCES) and not place:  # a province's losses are its people's
            found = True
            yield Hit(key, Predicate.LOST, None, phrase_head(noun), noun, quantity_of(cand, noun.doc))
    civilian = any(c.lemma_.lower() in vocab().civilian_nouns for c in noun.children)
    forces = None
    if not found and not civilian:
        forces = _attackers_in(noun, table) or table.national_forces_of(noun) or _losses_before(noun, table)
    if forces is not None:
        yield Hit(forces, Predicate.LOST, None, phrase_head(noun), noun, quantity_of(noun, noun.doc))


def _attackers_in(noun: Token, table: EntityTable) -> str | None:
    """ "Russian losses in the attack" after "a Russian assault" that "was carried out by the
    138th Brigade": the unit that made the attack the nation's losses were suffered in."""
    v = vocab()
    attacks = [o for p in noun.children if p.lower_ == "in" for o in p.children if o.lemma_.lower() in v.attack_nouns]
    nation = {c.lower_ for c in noun.children if c.dep_ == "amod"}
    if not attacks or not nation or not any(c.lower_ == "the" for c in attacks[0].children):
        return None
    earlier = [t for t in noun.doc[table.window(noun) : noun.sent.start] if t.lemma_.lower() in v.attack_nouns]
    if not any(c.dep_ == "amod" and c.lower_ in nation for t in earlier for c in t.children):
        return None  # the attack was that nation's
    for attack in reversed(earlier):
        agents = [a for a in attack.head.children if a.dep_ == "agent"] if attack.dep_ == "nsubjpass" else []
        makers = [o for a in agents for o in a.children] + list(owners(attack, ("poss",), ("by",)))
        units = (table.resolve(m, create_groups=False) for m in makers)
        unit = next((k for k in units if is_type(table, k, {EntityType.UNIT})), None)
        if unit is not None:
            return unit
    return None


def _country(key: str, table: EntityTable) -> bool:
    """ "Russia's losses" are its forces', read apart; a province's are its own people's."""
    entry = gazetteer.lookup(table.entities[key].name)
    return entry is None or entry.kind == "country"


def _losses_before(noun: Token, table: EntityTable) -> str | None:
    """ "the casualties included officers" after "the troops suffered 100 deaths": the losses the
    article spoke of last, and whose they were."""
    if not any(c.lower_ in ("the", "these", "those") for c in noun.children):
        return None
    v = vocab()
    for tok in reversed(noun.doc[table.window(noun) : noun.sent.start]):  # the two sentences before
        if tok.lemma_.lower() in v.loss_nouns and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _LOSS_VERBS:
            keys = [table.resolve(s, create_groups=False) for s in subjects(tok.head)]
            return next((k for k in keys if is_type(table, k, {EntityType.UNIT})), None)
    return None


def _death_of(noun: Token, table: EntityTable) -> Iterator[Hit]:
    """ "confirmed the colonel's death", "the death of Col. X": his unit lost him."""
    for cand in owners(noun, ("poss",), ("of",)):
        person = table.resolve(cand)
        if cand.lower_ == "whose" and not is_type(table, person, {EntityType.PERSON}):
            clause = relative_clause(cand)
            person = table.person_above(clause.head) if clause else None  # "X, deputy commander of Y, whose death"
        if is_type(table, person, {EntityType.PERSON}):
            unit = table.unit_of(person)
            if unit is not None:
                yield Hit(unit, Predicate.LOST, person, None, noun)


def _lose(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "The regiment lost its commander, Col. X, and at least 39 other members".

    A named person lost is the claim's object; counts lost alongside ("and 39 other
    members") qualify that claim rather than making claims of their own.
    """
    # "The 40th brigade, which is based in X, lost 120 marines, Y said", the verb misparsed as a participle
    active = verb.dep_ == "acl" and any(c.dep_ == "dobj" for c in verb.children)
    losers = [
        k
        for k in (_loser(s, verb, table) for s in subjects(verb) or ([verb.head] if active else []))
        if is_type(table, k, FORCES)
    ]
    people, counts = [], []
    for obj in objects(verb) or _stranded_count(verb):
        if any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
            continue  # "his unit had lost no fighters"
        person = table.at(obj)
        if is_type(table, person, {EntityType.PERSON}):
            people.append(person)
        elif _lost_thing(obj, person):
            counts.append((phrase_head(obj), quantity_of(obj, verb.doc)))
            if obj.lemma_.lower() in vocab().command_nouns:  # "lost its deputy commander": named later?
                table.lost_roles.extend((obj.i, loser) for loser in losers)
    for loser in losers:
        if people:
            extra = next((q for _, q in counts if q is not None), None)
            for person in people:
                yield Hit(loser, Predicate.LOST, person, None, verb, extra)
        else:
            for text, quantity in counts:
                yield Hit(loser, Predicate.LOST, None, text, verb, quantity)


def _loser(subject: Token, verb: Token, table: EntityTable) -> str | None:
    """Who lost: "Russia has lost nearly 40,000 troops" is Russia's armed forces, not the land."""
    key = table.resolve(subject)
    troops = any(table.lemma(table.quantified_of(o) or o) in vocab().personnel_nouns for o in objects(verb))
    if is_type(table, key, {EntityType.REGION}) and troops and subject.lower_ in vocab().nationalities:
        return table.forces_of_country(subject)
    return key


def _stranded_count(verb: Token) -> list[Token]:
    """ "has lost at least five of its tanks ..., soldiers told X": the parser hung the count
    elsewhere; take a number standing right after the verb."""
    for tok in verb.doc[verb.i + 1 : min(verb.i + 6, verb.sent.end)]:
        if tok.like_num:
            return [tok]
        if tok.pos_ not in ("ADV", "ADP", "DET", "ADJ", "PART") and tok.text not in QUOTES:  # 'lost "up to a third'
            break
    return []


def _lost_thing(obj: Token, entity: str | None) -> bool:
    """Men, losses, counts or equipment ("lost several Bradleys"); not ground, jobs or battles."""
    v = vocab()
    lemma = obj.lemma_.lower()
    civilians = v.civilian_nouns - {"people", "person"}  # "the battalion lost 40 people": its men
    if any(part.lemma_.lower() in civilians for part in (obj, *owners(obj, (), ("of",)))):
        return False  # "the city had lost more than 1,000 of its residents": no force's men
    if lemma in v.personnel_nouns | v.command_nouns or lemma in v.loss_nouns or obj.like_num or has_count(obj):
        return True  # "lost its commander" is a loss before anyone names him
    if any(_lost_thing(part, None) for part in owners(obj, (), ("of",))):
        return True  # "most of its soldiers", "a third of its tanks"
    share = lemma in _SHARES or obj.like_num
    if share and any(part.lemma_.lower() in v.unit_heads for part in owners(obj, (), ("of",))):
        return True  # "lost half of our company"
    if lemma in ECHELONS:
        return True  # "lost an entire battalion", "lost two companies"
    if lemma in ("command", "leadership") and any(c.dep_ == "poss" for c in obj.children):
        return True  # "lost almost its entire top command"; not "lost command of the brigade"
    return obj.tag_ in ("NNS", "NNPS") and lemma not in v.not_losses and entity is None


def _unit_of_role_before(role: Token, table: EntityTable) -> str | None:
    """ "killed a commander of the Ansaru group" then "the commander, identified as X": the unit
    the role was introduced with a few sentences before."""
    if not any(c.lower_ == "the" for c in role.children):
        return None
    for earlier in table.earlier(role, role.lemma_.lower()):
        for owner in owners(earlier, ("poss",), ("of",)):
            unit = table.resolve(owner, create_groups=False) or table.unit_behind(owner)
            if is_type(table, unit, {EntityType.UNIT}):
                return unit
    return None


def _deaths(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "7,000 Russian soldiers had been killed": their force lost them."""
    v = vocab()
    if _death_told(verb) or _left_unsaid(verb):
        return
    victims = [c for c in verb.children if c.dep_ == "nsubjpass"] + _passive_by_ellipsis(verb)
    # "Three soldiers ... were on Monday killed": the subject hung on the auxiliary
    hung = (s for a in verb.children if a.dep_ == "auxpass" for s in a.children if s.dep_ == "nsubj")
    victims += [s for s in hung if s.tag_ not in ("WP", "WDT")]  # not "who was himself killed", misparsed
    if verb.lemma_.lower() == "leave" and _dead_state(verb):  # "clashes left one soldier and four fighters dead"
        victims += [k for c in verb.children if c.dep_ == "dobj" for k in (c, *c.conjuncts)]
    elif (
        verb.lemma_.lower() in ("die", "perish")
        or _dead_state(verb)
        or _succumbed(verb)
        or _fell_in_service(verb)
        or _paid_the_price(verb)
    ):
        victims += subjects(verb)
    elif verb.dep_ != "acl" or any(c.dep_ == "nsubj" for c in verb.children):  # "a statement that its fighters
        objs = objects(verb)  # had killed 30": a clause of its own; "killed 100 soldiers and members of the VDP"
        victims += [c for c in objs if c.dep_ in ("dobj", "pobj") or (c.dep_ == "conj" and c.head.dep_ == "dobj")]
    # "the names of 45,123 Russian soldiers killed in Ukraine"; not "X, posted that Y had captured"
    reduced = not any(c.dep_ in ("nsubj", "aux", "dobj") for c in verb.children)  # not "troops, captured Goma"
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and reduced and not _said_whose(verb.head):
        victims.append(verb.head)
    if not victims and verb.dep_ in ("xcomp", "advcl", "oprd", "ccomp"):  # "were confirmed killed"
        victims = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    if not victims and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        victims = [c for c in verb.children if c.dep_ == "nsubj"]  # "saw half of his company killed"
    victims = victims or _stranded_subject(verb)
    victims += [k for v in victims if v.dep_ == "nsubjpass" for k in v.conjuncts if k.i > v.i]  # "47 Malian soldiers
    # and 84 Russians had been killed": each side's dead its own loss
    # "At least 12 people, including seven Somaliland soldiers, were killed": the soldiers among them
    # "300 people had been killed, including 180 fighters from HTS and 100 members of the army": each
    # "killing at least 13 people, among them six soldiers of Y and a militia commander": each
    including = [p for v in (*victims, verb) for p in v.children if p.lower_ in ("including", "among")]
    listed = [o for p in including for o in p.children if o.dep_ == "pobj" and o.pos_ != "PRON"]
    after_them = [n for p in including if p.lower_ == "among" for n in _named_after_them(p, verb)]
    after_them += [a for v in victims for a in v.children if _among_them(a)]  # the apposition opening "among them"
    after_them += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN" and _opens_among_them(c)]
    listed += after_them
    victims += [k for o in listed for k in (o, *o.conjuncts)]
    doers = _doers(verb, table) if victims else set()
    for victim in victims:
        counted = table.quantified_of(victim) or victim  # "hundreds of civilians"
        if counted.lemma_.lower() in v.civilian_nouns and not table.enlisted(counted):
            yield from _civilian_deaths(counted, verb, table)
            continue
        leader = victim.lemma_.lower() in v.command_nouns or commanding(victim)  # "The commanding officer of Y, X"
        if leader and not table.at(victim):  # "The commander of Y, X, was killed"
            person = holder_hung_on_unit(victim, table)
            owner = next(owners(victim, ("poss",), ("of",)), None)
            unit = (
                (table.resolve(owner, create_groups=False) or table.unit_behind(owner)) if owner is not None else None
            )
            if is_type(table, unit, {EntityType.PERSON}):  # "He says his company commander was killed": his unit
                unit = table.unit_of(unit)
            # "his company commander, a captain he would only name as Alexander, was killed"
            described = (table.person_described(a) for a in victim.children if a.dep_ == "appos")
            person = person or next((k for k in described if k), None)
            person = person or table.named_beside(victim)  # "killed a commander of Y, X"
            person = person or (_holder(victim, unit, table) if unit is not None else None)
            if is_type(table, unit, {EntityType.UNIT}):  # "its commander, a lieutenant, was killed": unnamed
                table.lost_men.append((victim.i, unit))  # the dead named later may be his men
                yield Hit(unit, Predicate.LOST, person, None if person else phrase_head(victim), verb)
            continue
        serving = _serving_misread(victim, table)
        if serving is not None:
            table.lost_men.append((victim.i, serving))
            yield Hit(serving, Predicate.LOST, None, phrase(victim), verb)
            continue
        others = _others_before(victim, table) or _rest_of_men_before(victim, table)
        if others is not None:
            yield Hit(others, Predicate.LOST, None, phrase(victim), verb, quantity_of(victim, verb.doc))
            continue
        named = table.at(victim) or table.quantified_of(victim) or victim.lower_ == "who"
        named = named or _person_just_named(victim, table)
        unit_killed = victim.lemma_.lower() in v.unit_heads  # "almost the whole platoon was killed"
        # "killed 30 soldiers and captured 12 others": more of the men counted before
        others = victim.lemma_.lower() == "other" and victim.tag_ == "NNS"
        men_named = named or unit_killed or others or table.enlisted(victim)
        if victim.lemma_.lower() not in v.personnel_nouns and not men_named:
            continue
        key = _others_belong_to(victim, verb, table) or table.resolve(victim)
        men = table.quantified_of(victim) or victim  # "killing dozens of soldiers"
        if key is None and called_enemy(men):
            continue  # "five enemy soldiers" of a speaker whose side is unknown: no one's we can tell
        own_men = men.lemma_.lower() in v.refuser_nouns  # "his group executes deserters": its own
        if key is None and men.lower_ == "them":  # "saboteurs tried to cross, ... killing 17 of them"
            key = table.pronoun(men, create_groups=True)
        if key is None and _owned_officers(men):  # "two of its commanders had been killed"
            key = table.personnel(men, create=False)
        if key is None and (men.lemma_.lower() in v.personnel_nouns or table.enlisted(men)):
            # "killed dozens of soldiers from the army's 24th Division", "from" hung on the verb
            # "the attackers were killed," the police said: not the police's own
            insurgents = men.lemma_.lower() in v.insurgent_nouns
            own = _speakers_own(verb, table) if not insurgents else None
            key = table.unit_named_by(verb, ("from",)) or own or _unit_described(verb, table)
            key = key or _ministrys_own(men, table)
            key = key or _struck(verb, table)
            key = key or _counted_by(verb, table) or _cited_soldiers_unit(verb, table)
            key = key or _topics_dead(victim, verb, table) or _the_man_lost_before(men, table)
            key = key or (None if insurgents else _men_of_a_unit_before(men, table))
            key = key or (None if insurgents else _killed_at_a_base_named_before(verb, table))
            key = key or (None if insurgents else _forces_counting_own(victim, verb, table))
            key = key or (None if insurgents else _the_one_army(men, table))
            key = key or (None if insurgents else _soldiers_beside_auxiliaries(men, table))
            if own_men and key is None:
                key = next((d for d in doers if is_type(table, d, FORCES)), None)
            elif key is None or key in doers:  # "its fighters killed 30 commandos," the group said
                key = _other_side(verb, doers, table) or _host_forces(verb, doers, table)
                if insurgents and key is not None and table.state_unit(key):
                    key = None  # "troops said they had killed 40 bandits": no state unit's men
        # "the group had captured dozens of soldiers": not its own; "its fighters ambushed a Givati force and
        # killed its members": the force's
        owned = _owned_by_pronoun(victim)
        killers = doers | (_killers_owner(verb, table) if owned else set())
        if key is not None and victim.dep_ not in ("nsubj", "nsubjpass") and key in killers and not own_men:
            key = _theirs_the_others(victim, killers, table) if owned else None
        if key is None or (table.lemma(men) == "crusader" and table.armed_group(key)):
            continue  # "crusaders" are a jihadist group's enemies, never an armed group's men
        if table.entities[key].type is EntityType.PERSON:
            if _speaker_here(key, verb.sent, table):
                continue  # "..., including an Orthodox priest, the head of the republic, X, said": X spoke
            unit = table.unit_of_person(victim)
            if verb.lemma_.lower() != "find":  # a man "found dead" may have died out of service: only
                unit = unit or table.unit_of(key)  # his own phrase's unit; "Kovalenko died a hero"
            unit = unit or table.lost_role_before(victim)  # "X lost its commander. Y was killed ..."
            unit = unit or _unit_of_role_before(victim, table)  # "killed a commander of Y ..., the commander, X"
            unit = unit or _their_unit_here(verb, table)  # "X died ... during an attack on their unit's positions"
            if unit is None and table.lemma(victim) in v.personnel_nouns:  # "Two soldiers, Sepoy X and Naik Y,
                unit = _forces_counting_own(victim, verb, table)  # embraced martyrdom, the ISPR said"
            if unit is None and victim in after_them:  # "40 soldiers were killed, among them Colonel X": theirs
                unit = table.lost_men_before(victim, sentences=1)
            if unit is not None:  # "Col. X, the commander of the 1st Brigade, was killed"
                yield Hit(unit, Predicate.LOST, key, None, verb)
            continue
        province = is_type(table, key, {EntityType.REGION}) and not _country(key, table)
        taken = is_type(table, table.at(victim), {EntityType.REGION}) and verb.lemma_.lower() in _TAKING_VERBS
        if table.entities[key].type in FORCES and not province and not taken:  # "captured the headquarters(,
            # Rakhine State)"; "captured Kyaukme", a town the gazetteer does not know, is no country's men
            if _officers_among(victim):  # "Seven soldiers, including two officers, were killed": named next?
                table.lost_roles.append((victim.i, key))
            table.lost_men.append((victim.i, key))
            yield Hit(key, Predicate.LOST, None, phrase(victim), verb, quantity_of(victim, verb.doc))


def _among_them(apposition: Token) -> bool:
    """ "25 soldiers ..., among them Major X": an apposition the parser gave its "among them"."""
    return apposition.dep_ == "appos" and any(
        p.lower_ == "among" and p.i < apposition.i and any(o.lower_ == "them" for o in p.children)
        for p in apposition.children
    )


def _passive_by_ellipsis(verb: Token) -> list[Token]:
    """ "12 soldiers had been killed and 17 others captured": a verb coordinated with a passive,
    its auxiliary left out, whose subject the parser took for the doer."""
    passive = verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children)
    if not passive or verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("dobj", "aux") for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"]


def _named_after_them(among: Token, verb: Token) -> list[Token]:
    """ "..., among them Lieutenant Colonel X, the garrison's commander": the name the parser hung
    on the verb right after "among them"."""
    if not any(o.lower_ == "them" for o in among.children):
        return []
    after = among.right_edge.i + 1
    # "among them a second lieutenant, X": the rank made a predicate of the verb
    return [c for c in verb.children if c.dep_ in ("npadvmod", "appos", "dobj", "oprd") and c.left_edge.i == after]


def _opens_among_them(noun: Token) -> bool:
    """ "..., among them a staff sergeant, X", the rank made a conjunct of the verb, "among them" its own."""
    return any(p.lower_ == "among" and any(o.lower_ == "them" for o in p.children) for p in noun.children)


def _person_just_named(pronoun: Token, table: EntityTable) -> bool:
    """ "Sergeant X commanded a mortar crew. He was killed on March 1": a "he" or "she" outside
    quotation marks standing for a person the sentence before names (a "he" a mother quotes is
    her son, whoever was named last)."""
    if pronoun.lower_ not in ("he", "she") or table.in_quotation(pronoun):
        return False
    person = table.resolve(pronoun)
    start = table.window(pronoun, sentences=2)
    return is_type(table, person, {EntityType.PERSON}) and person in (
        table.by_token.get(i) for i in range(start, pronoun.i)
    )


def _their_unit_here(verb: Token, table: EntityTable) -> str | None:
    """ "X, a rifleman, died during an artillery attack on their unit's positions": the unit the
    clause of a man's death calls his own."""
    owned = (
        t for t in verb.subtree if any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in t.children)
    )
    units = (table.resolve(t, create_groups=False) for t in owned if t.lemma_.lower() in vocab().unit_heads | {"unit"})
    return next((k for k in units if is_type(table, k, {EntityType.UNIT})), None)


def _others_belong_to(victim: Token, verb: Token, table: EntityTable) -> str | None:
    """ "killed four gunmen and detained two others believed to belong to Los Chapitos": the
    "others" are of the same kind, so the men killed belong there too."""
    if victim.lemma_.lower() not in vocab().insurgent_nouns:
        return None
    belongs = (t for v in verb.conjuncts for t in v.subtree if t.lemma_ == "belong")
    told = (t for t in belongs if any(s.lemma_.lower() == "other" for s in subjects(t)))
    forces = (table.unit_behind(o) for t in told for p in t.children if p.lower_ == "to" for o in p.children)
    return next((k for k in forces if is_type(table, k, {EntityType.UNIT})), None)


def _the_man_lost_before(men: Token, table: EntityTable) -> str | None:
    """ "A conscript ... was found dead. The ministry said the soldier had died by suicide": the
    soldier is the man whose death was told before, however much his mother said between: his
    unit's loss; "other officers" are more of the men just lost."""
    definite = any(c.lower_ == "the" for c in men.children) and men.tag_ == "NN"
    others = any(c.lower_ == "other" and c.dep_ == "amod" for c in men.children)  # "Seven other officers were wounded"
    if not (definite or others):
        return None
    regular = men.lemma_.lower() not in vocab().insurgent_nouns | {"fighter"}  # "other soldiers", not rebels
    return table.lost_men_before(men, sentences=6, soldiers=others and regular)


def _serving_misread(victim: Token, table: EntityTable) -> str | None:
    """ "A conscript serving in the 72nd Center was found dead": the tagger takes the man for an
    adjective of "serving", which becomes the subject; the unit he served in lost him."""
    v = vocab()
    if victim.tag_ != "VBG" or victim.lemma_.lower() not in v.joining_verbs:
        return None
    if not any(c.dep_ == "amod" and c.lemma_.lower() in v.personnel_nouns for c in victim.children):
        return None
    return table.unit_named_by(victim, ("in", "with"))


def _killers_owner(verb: Token, table: EntityTable) -> set[str]:
    """ "its fighters had ambushed a force and killed ...": whom the killers' "its" stands for."""
    owners = (c for s in subjects(verb) for c in s.children if c.dep_ == "poss" and c.pos_ == "PRON")
    return {k for c in owners if (k := table.resolve(c, create_groups=False))}


def _owned_by_pronoun(victim: Token) -> bool:
    """ "its members", "their men": men a pronoun owns."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in victim.children)


def _theirs_the_others(victim: Token, doers: set[str], table: EntityTable) -> str | None:
    """The men "its" owns among those a force killed: the other unit its sentence named before them."""
    named = (table.by_token.get(i) for i in range(victim.i - 1, victim.sent.start - 1, -1))
    return next((k for k in named if is_type(table, k, {EntityType.UNIT}) and k not in doers), None)


def _officer_nouns() -> frozenset[str]:
    return vocab().command_nouns | {"officer"}


def _owned_officers(men: Token) -> bool:
    """ "its commanders": officers whose owner says whose they were, though no soldiers' noun does."""
    officers = men.lemma_.lower() in _officer_nouns() and men.tag_ == "NNS"
    return officers and any(c.dep_ == "poss" for c in men.children)


def _officers_among(victim: Token) -> bool:
    """ "Seven soldiers, including two officers": a toll with officers the next sentences may name."""
    return any(t.lemma_.lower() in _officer_nouns() | vocab().rank_nouns for t in victim.subtree)


def _left_unsaid(verb: Token) -> bool:
    """ "The ministry did not mention the gendarmes killed": men said killed only in what a
    negated verb takes are no one's claim there."""
    noun = verb.head if verb.dep_ == "acl" else None
    if noun is not None:
        return noun.dep_ == "dobj" and negated(noun.head)
    small = verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)
    return small and verb.dep_ == "ccomp" and negated(verb.head)  # the parser's reading of the same phrase


def _death_told(verb: Token) -> bool:
    """ "protesting the death of four colleagues, who were killed in an ambush": the loss noun
    above already counts the men the clause tells of."""
    return verb.dep_ == "relcl" and any(
        a.pos_ == "NOUN" and a.lemma_.lower() in vocab().loss_nouns and _reported(a) for a in verb.head.ancestors
    )


def _topics_dead(victim: Token, verb: Token, table: EntityTable) -> str | None:
    """ "The police have suffered heavy losses. At least 20 officers have been killed": men killed,
    no unit named, just after a unit was the subject, are its; not when the sentence names who
    killed them ("killed by the Akhmat fighters"), who may be that unit. Soldiers of whom a militia
    is the topic are the state army's."""
    # "several soldiers were missing", "two soldiers died (paid the supreme price)"
    stated = victim.dep_ == "nsubj" and (_dead_state(verb) or verb.lemma_ in ("die", "perish") or _paid_the_price(verb))
    if not (victim.dep_ == "nsubjpass" or stated) or any(c.dep_ == "agent" for c in verb.children):
        return None
    men = table.quantified_of(victim) or victim
    if men.lemma_.lower() in vocab().insurgent_nouns:
        return None  # "three of the attackers were killed," the police said: not the police's
    topic = table.topic_unit(men)
    if topic is not None and table.armed_group(topic) and men.lemma_.lower() == "soldier":
        return table.only_national_forces()  # "62 soldiers had been killed," a militia claimed: the state's
    return topic


def _men_of_a_unit_before(men: Token, table: EntityTable) -> str | None:
    """ "He ordered more than 100 soldiers of his battalion to line up ... Nineteen soldiers were
    killed": men of a kind the sentence before placed in a unit are that unit's."""
    before = men.doc[table.window(men, sentences=2) : men.sent.start]
    same = (t for t in reversed(before) if t.tag_ == men.tag_ and table.lemma(t) == table.lemma(men))
    placed = (table.personnel(t, create=False) for t in same if any(c.dep_ == "prep" for c in t.children))
    return next((k for k in placed if is_type(table, k, {EntityType.UNIT})), None)


def _other_side(verb: Token, doers: set[str], table: EntityTable) -> str | None:
    """ "its fighters had killed 47 commandos", in a report on a commando brigade: men a force
    says it killed, no side named, are the unit the article is about, when that is not the killer."""
    if not any(is_type(table, d, FORCES) for d in doers):
        return None
    unit = table.main_unit_besides(verb, doers | _owners_of(doers, table))
    soldiers = any(table.lemma(table.quantified_of(o) or o) == "soldier" for o in objects(verb))  # "dozens of"
    # "its fighters killed five soldiers," one militant group claimed, where another is named most, or
    # foreign mercenaries the state hired (Wagner in Mali): the state's soldiers
    state = table.only_national_forces() if soldiers and unit is not None else None
    if state is None and soldiers and unit is not None and table.armed_group(unit):
        state = _host_forces(verb, doers, table)  # two states' forces named: those of where it struck
    if state is not None and (table.armed_group(unit) or _foreign_to(unit, state, table)):
        unit = state
    if unit is not None and _only_a_modifier(unit, table):  # "air force strikes", "army spokesman": the
        return table.national_named(verb)  # country's forces the article named last
    return unit


def _foreign_to(key: str, state: str, table: EntityTable) -> bool:
    """A force the gazetteer places in another country than the national force `state`."""
    here, there = (gazetteer.lookup(table.entities[k].name) for k in (state, key))
    return here is not None and there is not None and bool(there.country) and there.country != here.country


def _only_a_modifier(key: str, table: EntityTable) -> bool:
    """A unit named only to qualify other words ("air force strikes had destroyed their vehicles"),
    which no report is about."""
    tokens = [table.doc[i] for i, k in table.by_token.items() if k == key and table.doc[i].pos_ in ("NOUN", "PROPN")]
    roots = [t for t in tokens if table.by_token.get(t.head.i) != key or t.head == t]
    return bool(roots) and all(t.dep_ in ("compound", "amod") for t in roots)


def _owners_of(keys: set[str], table: EntityTable) -> set[str]:
    """ "The ELN's Northeastern War Front", "the PKK's armed wing, the HPG": the bodies that own
    these where the article names them."""
    named = [table.doc[i] for i, key in table.by_token.items() if key in keys]
    phrases = [*named, *(t.head for t in named if t.dep_ == "appos")]
    owning = {k for t in phrases for c in t.children if c.dep_ == "poss" and (k := table.at(c)) and k not in keys}
    # "the Subul al-Salam Brigade, which is part of the LNA": the force its own clause puts it in
    clauses = (c for t in named for c in t.children if c.dep_ == "relcl" and c.lemma_ == "be")
    parts = (a for c in clauses for a in c.children if a.dep_ == "attr" and a.lemma_.lower() == "part")
    wholes = (o for a in parts for p in a.children if p.lower_ == "of" for o in p.children)
    return owning | {k for o in wholes if (k := table.unit_behind(o)) and k not in keys}


def _host_forces(verb: Token, doers: set[str], table: EntityTable) -> str | None:
    """ "Boko Haram militants attacked a base in Chad's Lake Chad province, killing 40 soldiers",
    "soldiers were killed in an attack by jihadists in northern Benin": soldiers an armed group
    killed, no unit named, serve the country where it struck (not one across the border from
    it); with no country in the sentence, the one country whose forces the article names, or
    the one it named last."""
    by_group = any(table.armed_group(d) for d in doers)
    if not (by_group or _by_insurgents(verb, table)):
        return None
    places = [t for t in verb.sent if is_type(table, table.at(t), {EntityType.REGION}) and not _across_border(t)]
    places = [t for t in places if _clause_verb(t) not in verb.conjuncts]  # not "and were held in Colombia"
    # a country by its word ("Chad's"), its whole name ("Burkina Faso"), or a place in it ("Borno state")
    # (the place's own country first: "Niger" of "Niger State" is Nigeria's)
    nations = (n for t in places for n in (_country_named(table.entities[table.at(t)].name), t.lower_))
    found = next((k for n in nations if (k := table.forces_of_nation(n)) and k not in doers), None)
    return found or table.only_national_forces() or (table.national_named(verb) if by_group else None)


def _clause_verb(token: Token) -> Token | None:
    """The nearest verb a word hangs under: the clause it belongs to."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _country_named(place: str) -> str:
    """The country a known place lies in, else the place's own name, in lower case."""
    return (gazetteer.country_of(place) or place).lower()


def _by_insurgents(verb: Token, table: EntityTable) -> bool:
    """ "killed in an attack by jihadists", "killed when separatist fighters attacked", "bandits
    killed": the killers, by a passive's agent, the subject of its "when" clause or its own, are
    insurgents; or the "when" clause's attack was on an army's own ("when drones attacked an army
    patrol")."""
    v = vocab()
    agents = [o for t in verb.subtree if t.lower_ == "by" for o in t.children if o.dep_ == "pobj"]
    # "Two soldiers were killed and three others wounded when rebels attacked": the clause the conjuncts share
    clauses = [c for shared in (verb, *verb.conjuncts) for c in shared.children if c.dep_ == "advcl"]
    agents += [s for c in clauses for s in c.children if s.dep_ == "nsubj"]
    # "Bandits killed seven soldiers"; "Jihadists overran a base, killing five soldiers", the participle's
    agents += [s for s in subjects(verb) if s.dep_ == "nsubj"]
    armed = (any(c.dep_ == "amod" and c.lower_ in v.armed_group_adjectives for c in o.children) for o in agents)
    targets = [o for c in clauses for o in c.children if o.dep_ == "dobj"]
    on_own = any(
        m.dep_ in ("compound", "amod") and m.lower_ in ("army", "military") for o in targets for m in o.children
    )
    return any(table.lemma(o) in v.insurgent_nouns for o in agents) or any(armed) or on_own  # "Jihadists", a name


def _across_border(country: Token) -> bool:
    """ "posts near the borders with Niger and Burkina Faso": a neighbour, not where it struck."""
    named = country
    while named.dep_ in ("compound", "conj") and named.head != named:  # "Burkina" of "Niger and Burkina Faso"
        named = named.head
    return named.dep_ == "pobj" and named.head.lower_ == "with" and named.head.head.lemma_.lower() == "border"


def _doers(verb: Token, table: EntityTable) -> set[str]:
    """Who killed or captured, by an active verb's subject (shared with a verb before it: "had
    overrun the base and killed 100 soldiers") or a passive's agent ("were captured by the
    rebels"): the other side."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        agents = (o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj")
        return {k for o in agents if (k := table.resolve(o, create_groups=False))}
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    inherits = not own and verb.lemma_.lower() != "leave"  # "clashes between X and Y left ... dead": no side
    shared = [s for s in subjects(verb) if s.dep_ == "nsubj" and _names_a_side(s, table)] if inherits else []
    doers = {k for c in own or shared if (k := table.resolve(c, create_groups=False))}
    attacks = [s for s in subjects(verb) if table.lemma(s) in _CLAIMED_ATTACKS]  # "the attack had killed 25"
    return doers | ({table.attack_claimer} if attacks and table.attack_claimer else set())


def _names_a_side(subject: Token, table: EntityTable) -> bool:
    """A pronoun, a name, or a body's men ("the group's forces had killed or wounded ...", "its
    fighters had taken the camp and killed ...", "Boko Haram militants attacked a base, killing
    40 soldiers", "fighters from the ELN attacked ...")."""
    owned = any(c.dep_ == "poss" and c.pos_ == "NOUN" for c in subject.children)
    owned = owned or _armed_groups_own(subject, table)
    named = any(c.dep_ == "compound" and table.at(c) for c in subject.children)
    of_body = (o for p in subject.children if p.lower_ in ("of", "from") for o in p.children if o.dep_ == "pobj")
    return subject.pos_ == "PRON" or bool(table.at(subject)) or owned or named or any(map(table.at, of_body))


def _armed_groups_own(men: Token, table: EntityTable) -> bool:
    """ "its fighters", "their men" of an armed group: a side. Not yet of a state's ministry or
    unit, whose "its troops" the pronoun rules may read as the unit named before."""
    pronoun = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in men.children)
    if not pronoun or table.lemma(men) not in vocab().personnel_nouns:
        return False
    key = table.resolve(men, create_groups=False)
    return key is not None and table.armed_group(key)


def _dead_state(verb: Token) -> bool:
    """ "Half of my husband's company is dead", "33 crew members have been missing", "went
    missing", "were listed as missing", "declared dead", "was found dead", "left ... dead": a
    copula or a verb of stating, becoming, finding or leaving and "dead" or "missing" say the
    losses."""
    if verb.lower_ == "missing":  # a verb: "have been missing"
        return any(c.lemma_ == "be" and c.dep_ == "aux" for c in verb.children)
    if verb.lemma_ not in ("be", "go", "list", "declare", "report", "presume", "register", "confirm", "find", "leave"):
        return False  # asked of every verb: the lemma first
    stated = [c for c in verb.children if c.dep_ in ("acomp", "oprd", "advcl", "xcomp")]  # "went missing", however
    stated += [o for p in verb.children if p.lower_ == "as" for o in p.children]  # "listed as missing"
    if verb.lemma_ == "leave":  # "left at least 64 people dead", "dead" parsed as the people's adjective
        stated += [a for o in verb.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "amod"]
    return any(c.lower_ in ("dead", "missing") for c in stated)


def _paid_the_price(verb: Token) -> bool:
    """ "Two soldiers paid the supreme price", "embraced martyrdom": died, in the words of Nigeria's
    and Pakistan's armies; "gave their lives for the country", in a minister's."""
    prices = (o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() == "price")
    final = any(c.lower_ in ("supreme", "ultimate") for o in prices for c in o.children)
    martyrdom = any(o.dep_ == "dobj" and o.lower_ == "martyrdom" for o in verb.children)
    # "had given their lives for the country"
    lives = any(
        o.dep_ == "dobj" and o.lemma_.lower() == "life" and any(c.dep_ == "poss" for c in o.children)
        for o in verb.children
    )
    lemma = verb.lemma_.lower()
    return (lemma == "pay" and final) or (lemma == "embrace" and martyrdom) or (lemma in ("give", "lay") and lives)


def _toll_risen(verb: Token) -> bool:
    """ "The death toll has risen to 53, including 49 gendarmes": the toll's verb counts the dead,
    whom the "including" phrase names."""
    toll = any(s.lemma_.lower() == "toll" for s in subjects(verb))
    return toll and verb.lemma_.lower() in ("rise", "climb", "reach", "stand", "increase", "jump", "grow")


def _none(noun: Token) -> bool:
    """ "no losses", "zero casualties": a loss denied, not one suffered."""
    return any(c.dep_ == "det" and c.lower_ in ("no", "zero") for c in noun.children)


def _succumbed(verb: Token) -> bool:
    """ "succumbed to his injuries": died of wounds (not "succumbed to pressure")."""
    wounds = (o for p in verb.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj")
    return verb.lemma_.lower() == "succumb" and any(o.lemma_.lower() in ("injury", "wound") for o in wounds)


def _fell_in_service(verb: Token) -> bool:
    """ "had fallen in the line of duty", "fell in combat": died serving (not "fell in value")."""
    places = (o for p in verb.children if p.lower_ == "in" for o in p.children if o.dep_ == "pobj")
    return verb.lemma_.lower() == "fall" and any(
        o.lemma_.lower() in ("line", "combat", "battle", "action") for o in places
    )


def _sent_to_hell(verb: Token) -> bool:
    """ "eight terrorists were sent to hell": killed, in the words of Pakistan's military."""
    places = (o for p in verb.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj")
    return verb.lemma_.lower() == "send" and any(o.lower_ == "hell" for o in places)


def _shot_dead(verb: Token) -> bool:
    """ "shot dead five prisoners", "were shot dead": killed."""
    return verb.lemma_.lower() == "shoot" and any(c.lower_ == "dead" for c in verb.children)


def _others_before(victim: Token, table: EntityTable) -> str | None:
    """ "Two others died of their wounds" after "dozens of paratroopers of Y were killed": Y's."""
    if victim.lemma_.lower() != "other":
        return None
    joined = _others_of_clause_before(victim, table)
    if joined is not None:
        return joined
    for tok in reversed(victim.doc[table.window(victim) : victim.i]):
        if tok.lemma_.lower() not in vocab().death_verbs:
            continue
        transitive = any(c.dep_ == "dobj" for c in tok.children)  # "it had captured the base": not the dead
        dead = [c for c in tok.children if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and not transitive)]
        dead += [q for c in dead if (q := table.quantified_of(c)) is not None]  # "dozens of marines of Y"
        units = (table.resolve(d, create_groups=False) for d in dead)
        found = next((k for k in units if is_type(table, k, FORCES)), None)
        if found is not None:
            return found
    return None


def _others_of_clause_before(victim: Token, table: EntityTable) -> str | None:
    """ "42 soldiers laid down their arms, and at least 11 others were killed": others of the men
    the clause joined before counts, whatever befell those."""
    verb = victim.head
    if victim.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj":
        return None
    men = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "NNS"]
    men = [m for m in men if table.lemma(m) in vocab().personnel_nouns]
    units = (table.resolve(m, create_groups=False) or table.topic_unit(m) for m in men)
    return next((k for k in units if is_type(table, k, FORCES)), None)


def _rest_of_men_before(victim: Token, table: EntityTable) -> str | None:
    """ "out of 112 soldiers of their company only 31 remain. The rest are dead": the force of the
    soldiers the sentences before counted."""
    if victim.lemma_.lower() != "rest" or any(c.lower_ == "of" for c in victim.children):
        return None
    before = victim.doc[table.window(victim) : victim.sent.start]
    men = (t for t in reversed(before) if t.lemma_.lower() in vocab().personnel_nouns)
    return next((k for k in (table.resolve(t, create_groups=False) for t in men) if is_type(table, k, FORCES)), None)


def _holder(role: Token, unit: str, table: EntityTable) -> str | None:
    """ "their commander was killed" where the article names the regiment's commander: him
    (not for "their company commander", who commands something smaller, nor for "the battalion's
    deputy commander", who is not the commander)."""
    smaller = vocab().unit_heads | {"deputy", "vice", "assistant"}
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in smaller for c in role.children):
        return None
    of = [table.quantified_of(o) or o for o in owners(role, (), ("of",))]  # "of one of the brigade's battalions"
    if any(o.lemma_.lower() in vocab().unit_heads and table.at(o) is None for o in of):
        return None
    lemma = role.lemma_.lower()
    people = [
        e.key
        for e in table.entities.values()
        if e.type is EntityType.PERSON and lemma in e.roles and table.unit_of(e.key, in_command=True) == unit
    ]
    return people[0] if len(people) == 1 else None


def _stranded_subject(verb: Token) -> list[Token]:
    """ "after its commander, a lieutenant from the brigade, was killed": a passive the parser
    left without a subject, having hung it on the preposition before; the phrase ending there."""
    auxes = [c for c in verb.children if c.dep_ == "auxpass"]
    if not auxes or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    node = verb.doc[auxes[0].i - 1]
    node = node.nbor(-1) if node.is_punct and node.i > 0 else node
    clause = next((a for a in node.ancestors if a.dep_ in ("relcl", "acl") and a.head.i < node.i), None)
    if clause is not None and clause.i < verb.i:  # "men from the 55th, which is based in Kyzyl, were killed"
        node = clause.head
    while node.dep_ in ("pobj", "prep", "appos") and not (node.dep_ == "pobj" and node.head.head.pos_ == "VERB"):
        node = node.head
    return [node] if node.pos_ in ("NOUN", "PROPN") and node.i < verb.i else []


def _dead_who_served(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "Dozens of the captured men served in the 488th and 41st regiments", "five of the dead
    served in the 1009th": the units they served in lost them."""
    fallen = vocab().death_verbs
    for subj in subjects(verb):
        men = table.quantified_of(subj) or subj
        if not any(c.dep_ == "amod" and c.lemma_.lower() in fallen for c in men.children) and not _the_dead(men):
            continue
        for unit_tok in (u for o in owners(verb, (), ("in", "with")) for u in (o, *o.conjuncts)):
            unit = table.unit_behind(unit_tok)
            if is_type(table, unit, {EntityType.UNIT}):
                yield Hit(unit, Predicate.LOST, None, phrase(subj), verb, quantity_of(subj, verb.doc))


def _unit_described(verb: Token, table: EntityTable) -> str | None:
    """ "an assault detachment in which 80 of 120 fighters were killed": the unit the clause
    describes (however the parser hung the clause), else, where the article never names that
    unit, the last one it named."""
    if verb.dep_ != "relcl":
        return None
    heads = vocab().unit_heads
    unit = next((t for t in reversed(list(verb.head.subtree)) if t.i < verb.i and table.lemma(t) in heads), None)
    if unit is None:
        return None
    return table.resolve(unit, vague=True) or table.recent_unit(unit)


def _speakers_own(verb: Token, table: EntityTable) -> str | None:
    """ "Russia's Defense Ministry acknowledged that 13 airmen were killed": soldiers a national
    body admits were killed, without saying whose, are its own country's (a body that merely
    says soldiers died may be counting the enemy's)."""
    say = _say_above(verb)
    speaker = next((c for c in say.children if c.dep_ == "nsubj"), None)
    if speaker is not None and _defence_minister(speaker):
        return _ministers_forces(table)  # "Defence Minister X said 5,937 soldiers had been killed"
    if say.lemma_.lower() not in ("acknowledge", "admit", "concede", "confirm"):
        return None
    key = table.resolve(speaker, create_groups=False) if speaker is not None else None
    if not is_type(table, key, {EntityType.ORGANIZATION, EntityType.UNIT}):
        return None
    countries = (c for c in speaker.children if c.dep_ in ("poss", "amod", "compound"))  # "Armenia's Defense Ministry"
    return table.nations_forces(key) or next((f for c in countries if (f := table.forces_of_country(c))), None)


def _killed_at_a_base_named_before(verb: Token, table: EntityTable) -> str | None:
    """ "gunfire lasted hours around the camp of the army's 5th Military Region. ... three soldiers
    were killed there": men killed "there", after a sentence naming a unit's camp or base, are
    that unit's."""
    if not any(c.dep_ == "advmod" and c.lower_ == "there" for c in verb.children) or verb.sent.start == 0:
        return None
    before = verb.doc[verb.sent.start - 1].sent
    sites = (t for t in before if t.lemma_.lower() in vocab().military_sites)
    owned = (table.resolve(o, create_groups=False) for t in sites for o in owners(t, ("poss",), ("of",)))
    return next((k for k in owned if is_type(table, k, {EntityType.UNIT})), None)


def _the_one_army(men: Token, table: EntityTable) -> str | None:
    """ "A soldier has been killed ... after unidentified gunmen opened fire on a military patrol",
    in a report that names one country's armed forces and no other unit but police: that army's."""
    national = any(c.lower_ in vocab().nationalities for c in men.children)  # "Russian soldiers" are Russia's
    if men.lemma_.lower() not in ("soldier", "troop") or national:
        return None
    army = table.only_national_forces()
    units = [k for k, e in table.entities.items() if e.type is EntityType.UNIT and e.mentions]
    police = (k for k in units if policing(table.entities[k]))  # a regional police command too
    # an armed group's men are no one's "soldiers", nor are a foreign contingent's unnamed ("Russian soldiers")
    others = (k for k in set(units) - set(police) if not table.armed_group(k) and not table.countrywide(k))
    if army is None or any(_country_code(k, table) in ("", _country_code(army, table)) for k in others):
        return None  # not where a battalion or a brigade is named: theirs, maybe
    return army


def _soldiers_beside_auxiliaries(men: Token, table: EntityTable) -> str | None:
    """ "20 soldiers and several VDP were killed": soldiers set apart from a force of their own
    country's auxiliaries are its army's, whatever other units the report names."""
    army = table.only_national_forces() if men.lemma_.lower() in ("soldier", "troop") else None
    if army is None:
        return None
    beside = (table.at(c) for c in men.conjuncts)
    code = _country_code(army, table)
    return army if any(k and k != army and code and _country_code(k, table) == code for k in beside) else None


def _country_code(key: str, table: EntityTable) -> str:
    entry = gazetteer.lookup(table.entities[key].name)
    return entry.country if entry is not None else ""


def _forces_counting_own(victim: Token, verb: Token, table: EntityTable) -> str | None:
    """ "The Nigerian Army said ten soldiers were killed": a state's forces that say soldiers died,
    in a clause of its own with no one said to have killed them, count their own (an armed
    group's "soldiers" are its enemy's); a command "of the Armed Forces" counts those forces'."""
    clause = verb
    while clause.dep_ == "conj":  # "said the soldiers had withdrawn and that dozens of troops were missing"
        clause = clause.head
    subject = victim
    while subject.dep_ == "conj":  # "11 Thai civilians and one soldier had been killed"
        subject = subject.head
    strike = _foreign_strike(verb, table) if subject.dep_ == "dobj" else None  # "A Russian missile strike
    say = clause.head if clause.dep_ == "ccomp" and says(clause.head) else None  # killed 12 soldiers, the
    if say is None and strike is not None:  # brigade said", its "said" hung on "killed" as a conjunct
        say = next((c for c in clause.children if c.dep_ in ("conj", "parataxis") and says(c)), None)
    if say is None or not (subject.dep_ in ("nsubj", "nsubjpass") or strike):
        return None
    # "The army said ... but acknowledged that 13 soldiers had been killed": the subject it shares
    speaker = next((c for c in subjects(say) if c.dep_ == "nsubj"), None)
    if speaker is not None and speaker.lemma_.lower() in vocab().report_nouns:
        speaker = _speaker_before(say, table)  # "..., the statement said": whoever made it, before
    key = table.body_or_owner(speaker) if speaker is not None else None  # "the military's media wing said"
    if key is None and speaker is not None and table.military_source(speaker):
        key = table.only_national_forces()  # "A military source said 40 soldiers were killed": its army's
    if is_type(table, key, {EntityType.PERSON}):
        key = table.unit_of(key)  # "the army spokesman, X, said": the army's
    owner = next((c for c in speaker.children if c.dep_ == "poss"), None) if speaker is not None else None
    if is_type(table, key, {EntityType.ORGANIZATION}) and owner is not None:  # "the army's general staff said"
        key = table.resolve(owner, create_groups=False)
    if is_type(table, key, {EntityType.ORGANIZATION}) and normalize(table.entities[key].name) == "general staff":
        key = table.ministrys_forces(key) or key  # "It said two soldiers were killed": the staff's army's
    if _by_insurgents(verb, table):  # "Turkey's Defense Ministry said nine soldiers had been killed when
        key = _forces_of_ministry(key, table)  # militants attacked": its own (else it may count the enemy's)
    if is_type(table, key, {EntityType.ORGANIZATION}) and is_military_media(table.entities[key]):
        key = table.nations_forces(key)  # "two soldiers embraced martyrdom, the ISPR said": its army's
    if not is_type(table, key, {EntityType.UNIT}) or table.armed_group(key):
        return None
    if any(c.dep_ == "agent" for c in verb.children) and not _foreign_fire(verb, key, table):
        return None  # killed by someone the speaker may be
    army = table.army_of_nation(_strikes_nation(strike, table) or "") if strike is not None else None
    if army is not None and army.name == table.entities[key].name:
        return None  # "a Ukrainian drone strike killed 12 soldiers," the Ukrainian brigade said: the enemy's
    if table.countrys_police(table.entities[key]) and table.lemma(victim) in _MILITARY_MEN:
        return None  # "two paramilitary rangers were killed, police said": not policemen
    return table.unit_named_by(speaker, ("of",)) or key


def _foreign_strike(verb: Token, table: EntityTable) -> Token | None:
    """The strike, shelling or missile a killing verb has for its subject, no force's men: "A Russian
    missile strike on a training ground killed 12 soldiers"."""
    strikes = (s for s in verb.children if s.dep_ == "nsubj" and table.lemma(s) in _STRIKES)
    return next((s for s in strikes if _strikes_nation(s, table) is not None), None)


def _strikes_nation(strike: Token, table: EntityTable) -> str | None:
    """ "A Russian missile strike": the nation named on the strike or on the weapon before it."""
    words = (strike, *(c for c in strike.children if c.dep_ == "compound"))
    return next((n for w in words if (n := table.nationality(w))), None)


def _foreign_fire(verb: Token, key: str, table: EntityTable) -> bool:
    """ "one soldier had been killed by Cambodian rocket fire," the Thai army said: a passive's
    agents that are all another country's fire or troops leave the dead the speaker's own."""
    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    armies = [table.army_of_nation(n) if (n := table.nationality(o)) else None for o in agents]
    return bool(armies) and all(a is not None and a.name != table.entities[key].name for a in armies)


def _speaker_before(say: Token, table: EntityTable) -> Token | None:
    """The subject of the last say verb of the two sentences before: who made "the statement"."""
    subjects_ = [c for t in table.says_before(say, sentences=3) for c in t.children if c.dep_ == "nsubj"]
    return subjects_[-1] if subjects_ else None


_MILITARY_MEN = {"soldier", "ranger", "marine", "paratrooper", "trooper", "serviceman", "sailor", "airman", "jawan"}


def _say_above(verb: Token) -> Token:
    """The say verb a death verb's clause hangs on (the root if there is none)."""
    say = verb.head
    while say.head != say and not says(say):
        say = say.head
    return say


def _cited_soldiers_unit(verb: Token, table: EntityTable) -> str | None:
    """ "Verstka, citing two soldiers of the 1427th Regiment, said six conscripts were killed":
    men killed whom the speaker's sources, soldiers of one unit, saw die are that unit's."""
    say = _say_above(verb)
    nodes = [say, *(c for c in say.children if c.dep_ == "nsubj")]
    sources = [table.quantified_of(o) or o for n in nodes for o in citing(n)]
    found = [table.personnel(s, create=False) for s in sources if table.lemma(s) in vocab().personnel_nouns]
    # "According to them, at least 35 men were killed", after soldiers of one unit spoke
    them = (o for p in verb.children if p.lower_ == "according" for t in p.children for o in t.children)
    found += [table.pronoun(o) for o in them if o.lower_ == "them"]
    return next((k for k in found if is_type(table, k, {EntityType.UNIT}) and not table.national_forces(k)), None)


def _defence_minister(speaker: Token) -> bool:
    """ "Defence Minister Sergei Shoigu", "the defense minister": who speaks for an army's own dead."""
    words = {t.lower_ for t in speaker.subtree if t.i <= speaker.i}
    return "minister" in words and bool(words & {"defence", "defense"})


def _ministers_forces(table: EntityTable) -> str | None:
    """The armed forces of the one defence ministry an article names, whose minister speaks."""
    ministries = [
        e.key
        for e in table.entities.values()
        if e.type is EntityType.ORGANIZATION and "defen" in normalize(e.name) and "minist" in normalize(e.name)
    ]
    return table.nations_forces(ministries[0]) if len(ministries) == 1 else None


def _own_toll(toll: Token, table: EntityTable) -> Iterator[Hit]:
    """ "Armenia's Defense Ministry gave its own toll of 49 dead": the forces of the body that
    counts its own dead lost them."""
    counted = [o for p in toll.children if p.lower_ == "of" for o in p.children]
    the_dead = vocab().the_dead  # "of 49 dead", however the parser hung "dead"
    dead = [o for o in counted if o.lemma_.lower() in the_dead or (o.like_num and _dead_after(o))]
    own = [c for c in toll.children if c.dep_ == "poss"] if any(c.lower_ == "own" for c in toll.children) else []
    for owner in own if dead else []:
        key = table.resolve(owner, create_groups=False)
        forces = _forces_of_ministry(key, table) if key is not None else None
        if is_type(table, forces, {EntityType.UNIT}):
            yield Hit(forces, Predicate.LOST, None, phrase(toll), toll, quantity_of(dead[0], toll.doc))


def _dead_after(number: Token) -> bool:
    """ "of 49 dead" with "dead" hung elsewhere by the parser."""
    return number.i + 1 < len(number.doc) and number.nbor(1).lower_ in vocab().the_dead


def _ministrys_own(men: Token, table: EntityTable) -> str | None:
    """ "Azerbaijan's Defense Ministry said 50 of its servicemen had been killed": its country's forces'."""
    owners = (table.resolve(c, create_groups=False) for c in men.children if c.dep_ == "poss")
    ministry = next((k for k in owners if is_type(table, k, {EntityType.ORGANIZATION})), None)
    forces = _forces_of_ministry(ministry, table) if ministry is not None else None
    return forces if forces != ministry else None


def _forces_of_ministry(key: str | None, table: EntityTable) -> str | None:
    """ "The Russian Defense Ministry reported its own losses": its country's armed forces'; so
    are an army's general staff's ("It acknowledged some losses")."""
    if not is_type(table, key, {EntityType.ORGANIZATION}):
        return key
    if "defen" in normalize(table.entities[key].name):
        return table.nations_forces(key) or key
    return table.ministrys_forces(key) or key


def _civilian_deaths(victims: Token, verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "700 residents of the republic were killed": the place lost them; "Belgorod Governor X
    said one civilian was killed": the place the speaker governs."""
    places = [table.resolve(c, create_groups=False) for c in owners(victims, (), ("of", "from", "in"))]
    places = [p for p in places if is_type(table, p, {EntityType.REGION})]
    if not places and victims.lemma_.lower() not in ("person", "people"):  # "one person": soldier or not
        places = _governed(verb, table) or _place_of_killing(verb, table)
    for place in places[:1]:
        yield Hit(place, Predicate.LOST, None, phrase(victims), verb, quantity_of(victims, verb.doc))


def _place_of_killing(verb: Token, table: EntityTable) -> list[str]:
    """ "civilians were killed in Kharkiv", "the strike on the Mariupol theater, which killed
    hundreds of civilians", "shelling of the Krasnopillia community killed one civilian": the
    place they were killed in."""
    named = [o for p in verb.children if p.lower_ in ("in", "at") for o in p.children if o.dep_ == "pobj"]
    struck = [o for s in subjects(verb) for p in s.children if p.lower_ in ("of", "on") for o in p.children]
    named += [t for o in struck for t in (o, *(c for c in o.children if c.dep_ == "compound"))]  # "shelling of X"
    if verb.dep_ == "relcl":
        named += [c for c in verb.head.children if c.dep_ in ("compound", "nmod", "amod")]
    return [k for k in map(table.at, named) if is_type(table, k, {EntityType.REGION})][:1]


def _governed(verb: Token, table: EntityTable) -> list[str]:
    """The place named in the title of the governor or mayor who says the words."""
    v = vocab()
    say = next((t for t in verb.ancestors if t.lemma_.lower() in v.say_verbs), None)
    speaker = next((c for c in say.children if c.dep_ == "nsubj"), None) if say is not None else None
    if speaker is None or not any(t.lemma_.lower() in v.governing_roles for t in speaker.subtree):
        return []
    found = (table.at(t) for t in speaker.subtree)
    return [k for k in found if is_type(table, k, {EntityType.REGION})][:1]
