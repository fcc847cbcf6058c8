"""Relations read off the dependency parse, one finder per predicate.

Each finder walks a sentence's tokens and yields `Hit`s: who did what to whom, and the
token the relation hangs on, from which attribution and hedges are read. Negated and
hypothetical statements ("did not refuse", "could refuse") are not asserted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from extract import gazetteer
from extract.gazetteer import normalize
from extract.hedges import quantity_of
from extract.mentions import NOT_COMMAND, EntityTable, in_the_past, not_in_command, own_clause, owners, took_over
from extract.model import EntityType, Predicate, Quantity
from extract.vocab import vocab

ACTORS = {EntityType.UNIT, EntityType.PERSON}
FORCES = {EntityType.UNIT, EntityType.ORGANIZATION, EntityType.REGION}
_ANIMATE = {"PERSON", "UNIT", "ORGANIZATION", "OUTLET"}  # what "who" can stand for
_LOSS_VERBS = {"suffer", "sustain", "incur", "take", "have", "endure", "see", "report"}


@dataclass
class Hit:
    """A relation found in a sentence, before attribution."""

    subject: str
    predicate: Predicate
    object: str | None
    object_text: str | None
    anchor: Token
    quantity: Quantity | None = None


def negated(tok: Token) -> bool:
    """ "did not refuse", "could refuse", "if they refuse", "never lost"."""
    v = vocab()
    for child in tok.children:
        if child.dep_ == "neg" or child.lower_ in ("never", "not", "n't"):
            return True
        if child.dep_ == "aux" and child.lower_ in v.hypothetical_aux:
            return True
        if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
            return True
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in v.irrealis_verbs:
        return True  # "refusing to die", "threatened to kill": not done
    if tok.dep_ in ("ccomp", "xcomp", "dobj") and tok.head.lemma_.lower() in v.denial_verbs:
        return True  # "X denied that the men had deserted", "the legion denied suffering heavy losses"
    if tok.dep_ == "ccomp" and _question(tok.left_edge):
        return True  # "he did not say how many soldiers had deserted": a question, not a claim
    if tok.dep_ in ("xcomp", "conj") and tok.head != tok and tok.head.pos_ in ("VERB", "AUX"):
        return negated(tok.head)
    return False


def _question(first: Token) -> bool:
    """A clause opening with a question word asks ("whether they deserted", "how many died");
    "how" alone tells the manner of what happened ("described how his company refused")."""
    if first.lower_ == "how":
        return first.i + 1 < len(first.doc) and first.nbor(1).lower_ in ("many", "much")
    return first.lower_ in vocab().question_words


def subjects(verb: Token) -> list[Token]:
    """The subjects of a verb, with coordinated ones, inherited from the governing verb if absent."""
    tok = verb
    while True:
        found = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")] or _hung_on_source(tok)
        if found or tok.head == tok:
            break
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            tok = tok.head.head  # "they lost their jobs after declining to go"
            continue
        if tok.dep_ == "acl" and tok.tag_ == "VB" and tok.head.dep_ == "dobj":
            tok = tok.head.head  # "refused orders to attack after sustaining losses": the refusers
            continue
        if tok.dep_ not in ("xcomp", "conj", "advcl"):
            break
        tok = tok.head
    out: list[Token] = []
    for subj in found:
        if subj.lower_ in ("who", "which", "that") and tok.dep_ == "relcl":
            who, pronoun = subj.lower_ == "who", subj
            subj = tok.head  # "Prigozhin, who leads the Wagner mercenaries"
            while who and subj.ent_type_ != "PERSON" and subj.dep_ in ("pobj", "prep", "appos") and subj.head != subj:
                subj = subj.head  # "X, the commander of the 234th Regiment, who was killed": "who" is a person
            if who and subj.ent_type_ != "PERSON":
                subj = _animate_before(pronoun, tok.head)
            if subj.dep_ == "appos" and subj.head.pos_ == "PROPN":
                subj = subj.head  # "Utkin, a former GRU officer who commands Y": Utkin
            among = subj.head if subj.lower_ == "those" and subj.head.lower_ == "among" else None
            if among is not None and not negated(among.head):  # "Soldiers of X were among those who left"
                subj = next((c for c in among.head.children if c.dep_ == "nsubj"), subj)
        out.extend(_listed(subj))
        out.extend(t for t in subj.conjuncts if t.i > subj.i)
    return out


def _listed(noun: Token) -> list[Token]:
    """A noun and the units a shared head lists: "the 155th and 40th Brigades", each ordinal."""
    found = [noun]
    for left in noun.lefts:
        if any(c.dep_ == "cc" for c in left.children):
            found += [left, *left.conjuncts]
    return found


def _animate_before(who: Token, head: Token) -> Token:
    """ "cases against servicemen of the 155th brigade who refused": "who" is someone; when
    the parser hung it on a thing, the last person or force before it stands for it."""
    v = vocab()
    if head.ent_type_ in _ANIMATE or head.lemma_.lower() in v.personnel_nouns | v.person_roles:
        return head
    words = head.doc[head.i + 1 : who.i]
    animate = [t for t in words if t.ent_type_ in _ANIMATE or t.lemma_.lower() in v.personnel_nouns]
    return animate[-1] if animate else head


def _hung_on_source(verb: Token) -> list[Token]:
    """ "According to X, the brigade lost ...": the parser often makes the subject an apposition
    of X and leaves the verb without one."""
    return [
        appos
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "according"
        for to in prep.children
        for source in to.children
        if source.dep_ == "pobj"
        for appos in source.children
        if appos.dep_ == "appos"
    ]


def objects(verb: Token) -> list[Token]:
    """Direct objects with their coordinated ones, and nouns the parser hung on the verb as conj."""
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ == "prt" and child.lower_ == "up":  # "eliminated up to 280 servicemen", parsed as a particle
            out += [o for to in child.children if to.lower_ == "to" for o in to.children if o.dep_ == "pobj"]
        if child.dep_ in ("dobj", "attr"):
            out.append(child)
            out.extend(c for c in child.conjuncts if c.i > child.i)
        elif child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "NUM"):
            out.append(child)
    return out


def nearest_actor(token: Token, table: EntityTable, types: set[EntityType]) -> tuple[Token, str] | None:
    """For a verb the parser left without a subject, the closest enclosing noun naming an actor."""
    tok = token
    while tok != tok.head:
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN", "NUM"):
            key = table.resolve(tok)
            if key is not None and table.entities[key].type in types:
                return tok, key
    return None


def phrase(token: Token) -> str:
    """The words of a token's subtree, as they stand in the text, without quotes or breaks around them."""
    tokens = [t for t in token.subtree if not (t.is_space or t.is_quote)]
    while len(tokens) > 1 and tokens[-1].is_punct:
        tokens.pop()
    return token.doc[tokens[0].i : tokens[-1].i + 1].text


def regions_in(token: Token, table: EntityTable, exclude: set[int]) -> list[str]:
    """Regions reached from a verb through its complements ("refused to fight in Ukraine")."""
    found = []
    # "while training in France"; "..., and that the brigade had lost men near Pokrovsk"
    # "refused to return and were being held in Zaitseve": what else befell them happened elsewhere
    asides = {t.i for c in token.children if c.dep_ == "advcl" or own_clause(c) or _verb_conj(c) for t in c.subtree}
    for tok in token.subtree:
        if tok.i in exclude or tok.i in asides:
            continue
        owner = table.by_token.get(tok.head.i)
        if tok.dep_ in ("poss", "compound", "amod") and _is_type(table, owner, {EntityType.UNIT, EntityType.REGION}):
            continue  # "Russia's 27th Brigade"; "Russia's Kursk region" is the region, not Russia
        key = table.by_token.get(tok.i)
        is_region = key is not None and table.entities[key].type is EntityType.REGION
        if is_region and key not in found and tok.head.lower_ != "from":
            found.append(key)
    return found


def _verb_conj(tok: Token) -> bool:
    return tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")


def refused(sent: Span, table: EntityTable) -> Iterator[Hit]:
    v = vocab()
    for tok in sent:
        verb_like = tok.pos_ in ("VERB", "AUX") or _verb_tagged_noun(tok)
        is_verb = (tok.lemma_.lower() in v.refusal_verbs or _refusal_phrase(tok)) and verb_like
        is_noun = tok.lemma_.lower() in v.refusal_nouns and tok.pos_ == "NOUN"
        if not (is_verb or is_noun) or negated(tok) or _declined_to_speak(tok) or _abandoned_things(tok):
            continue
        if _restated(tok) or any(c.dep_ == "nsubj" and c.lower_ in v.generic_subjects for c in tok.children):
            continue  # "whoever refused was threatened": no one in particular refused
        actors = _refusers(tok, table, is_noun)
        exclude = {t.i for subj, _ in actors for t in subj.subtree}
        if tok.i in exclude:  # "a lieutenant who refused to return to Ukraine": that clause is the refusal's own
            exclude -= {t.i for t in tok.subtree}
        places = regions_in(tok, table, exclude)
        complement = next((c for c in tok.children if c.dep_ in ("xcomp", "dobj") and c.pos_ != "SCONJ"), None)
        text = phrase(complement) if complement is not None else tok.text.lower()
        for subj, key in actors:
            yield Hit(key, Predicate.REFUSED, places[0] if places else None, None if places else text, tok,
                      quantity_of(subj, tok.doc))  # fmt: skip


def _generic(noun: Token) -> bool:
    """ "cases against soldiers who left their units": bare plural soldiers in a phrase's object
    are soldiers in general, no group of their own."""
    counted = any(c.dep_ in ("det", "nummod", "poss", "quantmod") for c in noun.children)
    return noun.tag_ == "NNS" and noun.dep_ == "pobj" and not counted


def _verb_tagged_noun(tok: Token) -> bool:
    """ "who tried to desert": a verb after "to" the tagger took for a noun."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.tag_ == "TO" and tok.head.head.pos_ == "VERB"


def _restated(verb: Token) -> bool:
    """ "the soldiers who refused are being held": a bare refusal that picks out men already
    said to have refused, not a refusal of its own."""
    definite = any(c.lower_ in ("the", "those", "these") for c in verb.head.children)
    bare = not any(c.dep_ in ("xcomp", "dobj", "prep", "advmod", "npadvmod") for c in verb.children)
    return verb.dep_ == "relcl" and definite and bare


def _punished(tok: Token) -> list[Token]:
    """ "sentenced a soldier ... for refusing to return", "X was jailed for desertion": the one
    punished for it is the one who refused. Charges and threats accuse; they are not read as fact."""
    if tok.dep_ not in ("pcomp", "pobj") or tok.head.lower_ != "for":
        return []
    verb = tok.head
    while verb.head != verb and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    if verb.lemma_.lower() not in vocab().punish_verbs:
        return []
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]


def _accused(tok: Token) -> list[Token]:
    """ "accused soldiers of a neighbouring battalion of abandoning their trenches": those the
    accuser says refused (the claim is the accuser's, as anything said is the speaker's)."""
    if tok.dep_ not in ("pcomp", "pobj") or tok.head.lower_ != "of":
        return []
    verb = tok.head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:  # "of" hung on the accused
        verb = verb.head
    if verb.lemma_.lower() not in vocab().accusation_verbs or negated(verb):
        return []
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]


def _abandoned_things(verb: Token) -> bool:
    """ "abandoned armored vehicles": equipment left behind, not a post deserted."""
    if verb.lemma_.lower() != "abandon":
        return False
    posts = vocab().abandoned_posts
    return any(c.dep_ == "dobj" and c.lemma_.lower() not in posts for c in verb.children)


def _declined_to_speak(verb: Token) -> bool:
    """ "declined to comment", "refused to say": a refusal to speak, not to serve; "refused to
    withdraw the company", "refused to let them go": a refusal to yield, not to fight."""
    v = vocab()
    words = v.say_verbs | v.speech_verbs | v.yielding_verbs
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in words for c in verb.children)


def _refusal_phrase(verb: Token) -> bool:
    """ "went AWOL", "laid down their arms": refusal said with a phrase, not a verb."""
    phrases = vocab().refusal_phrases.get(verb.lemma_.lower())
    if not phrases:
        return False
    after = " ".join(t.lower_ for c in verb.rights if c.dep_ not in ("punct", "cc", "conj") for t in c.subtree)
    return any(p in after for p in phrases)


def _refusers(tok: Token, table: EntityTable, is_noun: bool) -> list[tuple[Token, str]]:
    if is_noun:
        holders = [c for c in tok.children if c.dep_ == "poss"]
        holders += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "by") for p in c.children]
        if not holders and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and tok.head.head.pos_ == "VERB":
            holders = subjects(tok.head.head)  # "X marched on Moscow in a mutiny"
        holders = holders or _punished(tok) or _accused(tok)
    else:
        clause = tok.head.head if _verb_tagged_noun(tok) else tok
        holders = _punished(tok) or _accused(tok) or subjects(clause)
    if is_noun:
        holders += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children]
    # "sentenced a lieutenant who refused ..." then "Lieutenant Dmitry X": the person named next
    resolved = [(h, table.resolve(h, create_groups=False) or table.named_later(h)) for h in holders]
    unit_named = any(_is_type(table, k, {EntityType.UNIT}) and k not in table.groups for _, k in resolved)
    # Soldiers no unit or person claims make a group of their own, unless a named unit refused with them.
    actors = [
        (h, k if k is not None or unit_named or _generic(h) else table.resolve(h, vague=True)) for h, k in resolved
    ]
    actors = [(h, k) for h, k in actors if k is not None and table.entities[k].type in ACTORS]
    if not actors and not holders and tok.dep_ in ("acl", "relcl", "advcl", "conj"):
        near = nearest_actor(tok, table, ACTORS)
        actors = [near] if near else []
    return actors


def commanded(sent: Span, table: EntityTable) -> Iterator[Hit]:
    v = vocab()
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and (lemma in v.command_nouns or _commanding(tok)):
            yield from _commander_noun(tok, table)
        elif tok.pos_ == "VERB" and (lemma in v.command_verbs or took_over(tok)) and not negated(tok):
            yield from _command_verb(tok, table)  # "X commands Y", "X took over the army"
        elif tok.pos_ == "NOUN" and lemma == "subordinate":
            yield from _subordinates(tok, table)
        elif tok.pos_ == "VERB" and lemma in v.succession_verbs and not negated(tok):
            yield from _succession(tok, table)
        elif tok.pos_ == "NOUN" and lemma in ("command", "leadership") and tok.head.lower_ == "under":
            yield from _under_command(tok, table)
        elif tok.pos_ == "NOUN" and lemma == "command" and tok.head.lemma_.lower() in v.taking_command_verbs:
            yield from _took_command(tok, table)
        elif tok.pos_ == "NOUN" and lemma in v.succession_nouns:
            yield from _successor(tok, table)
        elif lemma == "commander" and _in_chief(tok):
            yield from _commander_in_chief(tok, table)


def _commanding(noun: Token) -> bool:
    """ "the brigade's commanding officer" commands it."""
    return any(c.lower_ == "commanding" for c in noun.children)


def _took_command(noun: Token, table: EntityTable) -> Iterator[Hit]:
    """ "X took command of the Airborne Forces", "X was given command of Y"."""
    if negated(noun.head):
        return
    for person_tok in subjects(noun.head):
        person = table.resolve(person_tok)
        for cand in [*owners(noun, (), ("of",)), *owners(noun.head, (), ("of",))]:  # "of" hung on either
            unit = table.resolve(cand, create_groups=False)
            if _is_type(table, person, {EntityType.PERSON}) and _is_type(table, unit, {EntityType.UNIT}):
                yield Hit(person, Predicate.COMMANDED, unit, None, noun)


def _in_chief(tok: Token) -> bool:
    """ "Commander-in-Chief", which the tokenizer splits in five."""
    words = [t.lower_ for t in tok.doc[tok.i + 1 : tok.i + 5]]
    return words == ["-", "in", "-", "chief"]


def _commander_in_chief(tok: Token, table: EntityTable) -> Iterator[Hit]:
    """ "Ukraine's Commander-in-Chief Oleksandr Syrskyi": he commands his country's armed forces."""
    doc = tok.doc
    after = tok.i + 5
    person = table.by_token.get(after) if after < len(doc) else None
    before = doc[tok.i - 2] if tok.i >= 2 and doc[tok.i - 1].lower_ in ("'s", "’s") else doc[max(tok.i - 1, 0)]
    nation = vocab().nationalities.get(before.lower_)
    entry = gazetteer.lookup(nation) if nation else None
    if entry is None or not _is_type(table, person, {EntityType.PERSON}):
        return
    forces = table.add_named(entry.type, entry.name, normalize(entry.name))
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
    if not _is_type(table, holder, {EntityType.PERSON}):
        return
    unit = table.unit_of(holder, in_command=True)
    for tok in named:
        person = table.resolve(tok, create_groups=False)
        if unit is not None and _is_type(table, person, {EntityType.PERSON}) and person != holder:
            yield Hit(person, Predicate.COMMANDED, unit, None, noun)


def _is_type(table: EntityTable, key: str | None, types: set[EntityType]) -> bool:
    return key is not None and table.entities[key].type in types


def _commander_noun(noun: Token, table: EntityTable) -> Iterator[Hit]:
    """ "its commander, Col. X", "X, commander of Y", "Y commander X", "X is the commander of Y",
    "X was appointed commander of Y". A chief of staff serves in the unit without commanding it."""
    if any(c.lower_ in NOT_COMMAND for c in noun.lefts):
        return
    relation = Predicate.MEMBER_OF if not_in_command(noun) else Predicate.COMMANDED
    person = None
    for child in noun.children:
        if child.dep_ == "appos" and _is_type(table, table.by_token.get(child.i), {EntityType.PERSON}):
            person = table.by_token[child.i]
    first = noun
    while first.dep_ == "conj" and first.head != first:  # "the deputy commander of A and a former commander of B"
        first = first.head
    while first != noun and first.dep_ == "pobj" and first.head.dep_ == "prep":
        first = first.head.head  # "X, the head of the ministry's department and commander of Y", misparsed
    if person is None and first.dep_ in ("appos", "compound") and first.head != first:
        key = table.by_token.get(first.head.i)
        person = key if _is_type(table, key, {EntityType.PERSON}) else None
    if person is None:
        person = _holder_hung_on_unit(noun, table)
    if person is None and not any(c.dep_ == "det" for c in noun.children):
        person = _named_right_after(noun, table)
    if person is None and noun.dep_ == "dobj":  # "identified the brigade's commander as Col. X"
        named_as = [*owners(noun, (), ("as",)), *owners(noun.head, (), ("as",))]
        person = next((k for k in map(table.at, named_as) if _is_type(table, k, {EntityType.PERSON})), None)
    if person is None and noun.dep_ in ("attr", "oprd"):
        subj = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        key = table.resolve(subj) if subj is not None else None
        person = key if _is_type(table, key, {EntityType.PERSON}) else None
    if person is None:
        return
    # "a Wagner commander": one of its commanders; "a former commander of X" commanded it in turn.
    succession = any(c.lower_ in ("former", "ex", "then", "previous", "late") for c in noun.children)
    one_of = any(c.lower_ in ("a", "an") for c in noun.children) and not succession
    for cand in owners(noun, ("poss", "compound"), ("of", "in", "at")):
        unit = table.resolve(cand, create_groups=False)
        if _is_type(table, unit, {EntityType.REGION}):
            unit = table.forces_of_country(cand)  # "Ukraine's top commander": its armed forces'
        if unit is None and not one_of and cand.dep_ == "compound" and cand.lemma_.lower() in vocab().unit_heads:
            unit = table.echelon_unit(cand, person)  # "the battalion commander, Lt. Col. X"
        # "commander of a battalion of the 144th Division": he leads a part of it, and serves in it
        part = cand.lemma_.lower() in vocab().unit_heads and table.is_indefinite(cand) and table.at(cand) is None
        if _is_type(table, unit, {EntityType.UNIT}) and unit != person:
            yield Hit(person, Predicate.MEMBER_OF if one_of or part else relation, unit, None, noun)


def _named_right_after(noun: Token, table: EntityTable) -> str | None:
    """ "Wagner chief Yevgeny Prigozhin", "Akhmat commander Maj. Gen. Apti Alaudinov": a bare
    role standing as a title before a name, however the parser hung the two."""
    doc = noun.doc
    for tok in doc[noun.i + 1 : min(noun.i + 5, noun.sent.end)]:
        key = table.by_token.get(tok.i)
        if _is_type(table, key, {EntityType.PERSON}):
            return key
        if tok.pos_ != "PROPN" and tok.text != ".":
            return None
    return None


def _under_command(noun: Token, table: EntityTable) -> Iterator[Hit]:
    """ "The division is under the command of Maj. Gen. X", "troops under X's command"."""
    people = [table.resolve(c) for c in owners(noun, ("poss",), ("of",))]
    under = noun.head
    holder = under.head
    units = subjects(holder) if holder.pos_ in ("VERB", "AUX") else [holder]
    for person in people:
        for u in units:
            unit = table.resolve(u, create_groups=False)
            if _is_type(table, person, {EntityType.PERSON}) and _is_type(table, unit, {EntityType.UNIT}):
                yield Hit(person, Predicate.COMMANDED, unit, None, noun)


def _holder_hung_on_unit(noun: Token, table: EntityTable) -> str | None:
    """ "the commander of Y, X": the parser hung the person X on Y."""
    for unit_tok in owners(noun, (), ("of",)):
        for child in unit_tok.children:
            if child.dep_ == "appos" and _is_type(table, table.by_token.get(child.i), {EntityType.PERSON}):
                return table.by_token[child.i]
    return None


def _command_verb(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "X commands Y", "Y, led by X", "Y was commanded at the time by X"."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None) or _stray_by(verb)
    if agent is not None:
        people = [c for c in agent.children if c.dep_ == "pobj"]
        units = [c for c in verb.children if c.dep_ == "nsubjpass"] or ([verb.head] if verb.dep_ == "acl" else [])
        units = units or subjects(verb)  # "is based in Pskov and has been commanded by X"
    else:
        people = subjects(verb)
        units = [c for c in verb.children if c.dep_ == "dobj" and not _own_men(c)]
    for p in people:
        person = table.resolve(p)
        for u in units:
            unit = table.resolve(u, create_groups=False)
            if _is_type(table, person, {EntityType.PERSON}) and _is_type(table, unit, {EntityType.UNIT}):
                yield Hit(person, Predicate.COMMANDED, unit, None, verb)


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
    else:
        before = [c for c in verb.children if c.dep_ == "dobj"]
        after = subjects(verb)
    people = [table.resolve(t) for t in before + after]
    people = [k for k in people if _is_type(table, k, {EntityType.PERSON})]
    unit = next((u for k in people if (u := table.unit_of(k, in_command=True))), None)
    if unit is None:
        return
    for person in people:
        yield Hit(person, Predicate.COMMANDED, unit, None, verb)


def _subordinates(noun: Token, table: EntityTable) -> Iterator[Hit]:
    """ "X and his Rosgvardia subordinates": X leads them, and belongs to their unit."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    person = table.resolve(owner) if owner is not None else None
    unit = table.personnel(noun, create=False)
    if _is_type(table, person, {EntityType.PERSON}) and _is_type(table, unit, {EntityType.UNIT}):
        yield Hit(person, Predicate.COMMANDED, unit, None, noun)
        yield Hit(person, Predicate.MEMBER_OF, unit, None, noun)


def lost(sent: Span, table: EntityTable) -> Iterator[Hit]:
    v = vocab()
    for tok in sent:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in v.loss_nouns and _reported(tok):
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
        if _hit_hard(tok) and tok.dep_ in ("attr", "acomp", "oprd") and not negated(tok.head):
            yield from _hard_hit_state(tok, table)
        if tok.pos_ not in ("VERB", "AUX") or negated(tok):
            continue
        lemma = tok.lemma_.lower()
        if lemma == "take" and any(c.lemma_.lower() in v.captivity_nouns for c in tok.children):
            yield from _taken_prisoner(tok, table)
        elif (lemma in v.survival_verbs or _alive(tok) or _came_back(tok)) and (_out_of(tok) or _went_in_with(tok)):
            yield from _survivors(tok, table)
        elif lemma in v.loss_verbs:
            yield from _lose(tok, table)
        elif lemma in _LOSS_VERBS:
            for obj in objects(tok):
                counted = next((o for p in obj.children if p.lower_ == "of" for o in p.children), None)
                if obj.lemma_.lower() not in v.loss_nouns and counted is not None and obj.ent_type_ == "CARDINAL":
                    obj = counted  # "suffered tens of thousands of casualties"
                if obj.lemma_.lower() in v.loss_nouns:
                    for subj in subjects(tok):
                        key = table.resolve(subj)
                        if _is_type(table, key, FORCES):
                            yield Hit(key, Predicate.LOST, None, phrase_head(obj), tok, quantity_of(obj, tok.doc))
        elif lemma in v.death_verbs:
            yield from _deaths(tok, table)
        elif lemma in ("inflict", "cause"):
            yield from _inflicted(tok, table)

        elif lemma in v.destruction_verbs or _hit_hard(tok) or _ceased_to_exist(tok):
            yield from _destroyed(tok, table)
        elif lemma == "belong":
            yield from _belonged(tok, table)
        if any(_the_dead(o) for o in owners(tok, (), ("among",))):
            yield from _among_the_dead(tok, table)


def _the_dead(noun: Token) -> bool:
    """ "the dead", "the fallen", "those killed"."""
    killed = any(c.dep_ == "acl" and c.lemma_.lower() in vocab().death_verbs for c in noun.children)
    return noun.lemma_.lower() in vocab().the_dead or (noun.lower_ == "those" and killed)


def _among_the_dead(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "1,800 inmates recruited by the Wagner Group have been identified among the dead",
    "Among those killed was Dzmitry X, who had joined the regiment"."""
    for subj in subjects(verb) or [c for c in verb.children if c.dep_ == "attr"]:
        key = table.resolve(subj, create_groups=False)
        if _is_type(table, key, {EntityType.PERSON}):
            unit = table.unit_of(key)
            if unit is not None:
                yield Hit(unit, Predicate.LOST, key, None, verb)
            continue
        if key is None:  # "inmates recruited by Wagner": those who recruited them
            recruiters = [o for c in subj.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                          for o in a.children]  # fmt: skip
            key = next((k for k in map(table.at, recruiters) if _is_type(table, k, {EntityType.UNIT})), None)
        if _is_type(table, key, FORCES):
            yield Hit(key, Predicate.LOST, None, phrase(subj), verb, quantity_of(subj, verb.doc))


def _ceased_to_exist(verb: Token) -> bool:
    return verb.lemma_.lower() == "cease" and any(c.lemma_.lower() == "exist" for c in verb.children)


def _destroyed(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "the division was decimated", "their unit was almost wiped out", "the regiment ceased to
    exist": a force destroyed lost."""
    destroyed = ("nsubjpass", "nsubj") if _ceased_to_exist(verb) else ("nsubjpass",)
    for subj in (c for c in verb.children if c.dep_ in destroyed):
        key = table.resolve(subj, create_groups=False)
        if _is_type(table, key, {EntityType.UNIT}):
            # "wiped out", "ceased to exist"
            last = max((c.i for c in verb.children if c.dep_ in ("prt", "xcomp")), default=verb.i)
            yield Hit(key, Predicate.LOST, None, verb.doc[verb.i : last + 1].text, verb)
    for obj in (c for c in verb.children if c.dep_ == "dobj"):  # "destroyed the fleet's landing ship X"
        for thing in [obj, *owners(obj, (), ("of",))]:  # "two of the brigade's tanks"
            owner = next((c for c in thing.children if c.dep_ == "poss"), None)
            key = table.resolve(owner, create_groups=False) if owner is not None else None
            if key is None and _equipment(thing, table):
                key = table.national_forces_of(thing)  # "destroyed 17 Russian armored vehicles"
            if _is_type(table, key, {EntityType.UNIT}):
                yield Hit(key, Predicate.LOST, None, phrase_head(obj, owner), verb, quantity_of(obj, verb.doc))


def _equipment(noun: Token, table: EntityTable) -> bool:
    """ "17 Russian armored vehicles", "dozens of tanks": things counted, not men or formations."""
    v = vocab()
    return noun.tag_ == "NNS" and table.lemma(noun) not in v.personnel_nouns | v.unit_heads | v.person_roles


def _belonged(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "Most of the destroyed vehicles belonged to the 12th Regiment": it lost them."""
    v = vocab()
    for subj in subjects(verb):
        thing = table.quantified_of(subj) or subj
        if not any(c.dep_ == "amod" and c.lemma_.lower() in v.destruction_verbs | v.loss_verbs for c in thing.children):
            continue
        for owner in owners(verb, (), ("to",)):
            key = table.unit_behind(owner)
            if _is_type(table, key, {EntityType.UNIT}):
                yield Hit(key, Predicate.LOST, None, phrase_head(subj), verb, quantity_of(subj, verb.doc))


def _taken_prisoner(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "had taken 100 Russian servicemen prisoner, including members of the Akhmat unit", "40
    marines from the brigade were taken prisoner": the forces the prisoners came from lost them."""
    prisoner = next(c for c in verb.children if c.lemma_.lower() in vocab().captivity_nouns)
    taken = [c for c in (*prisoner.children, *verb.children) if c.dep_ in ("compound", "dobj", "nsubjpass")]
    taken = [c for c in taken if c != prisoner]
    taken += [o for p in (*verb.children, *prisoner.children) if p.lower_ == "including" for o in p.children]
    for noun in taken:
        key = table.resolve(noun, create_groups=False)
        if _is_type(table, key, FORCES):
            yield Hit(key, Predicate.LOST, None, phrase_head(noun), verb, quantity_of(prisoner, verb.doc))


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
    counted = (g for c in verb.children if c.lower_ == "of" and c.i < verb.i for g in c.children)
    return out_of or any(any(n.dep_ == "nummod" for n in g.children) for g in counted)


def _survivors(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """The few left of many: the unit the passage is about lost the rest."""
    counted = [s for s in subjects(verb) if s.like_num or _counted(s)]
    unit = table.recent_unit(verb) if counted else None
    if unit is not None and not table.national_forces(unit):
        whole = next((c for c in verb.children if c.lower_ in ("out", "of")), counted[0])
        yield Hit(unit, Predicate.LOST, None, phrase(verb), verb, quantity_of(whole, verb.doc))


def _hit_hard(tok: Token) -> bool:
    """ "was hit hardest", "has been especially hard hit" (which the tagger may take for a noun)."""
    return tok.lower_ == "hit" and any(c.lower_ in vocab().severity_adverbs for c in tok.children)


def _hard_hit_state(tok: Token, table: EntityTable) -> Iterator[Hit]:
    for subj in subjects(tok.head):
        key = table.resolve(subj, create_groups=False)
        if _is_type(table, key, {EntityType.UNIT}):
            yield Hit(key, Predicate.LOST, None, phrase_head(tok), tok)


def _inflicted(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "inflicted heavy casualties on the marines": the side they fell on lost them."""
    v = vocab()
    for obj in objects(verb):
        if obj.lemma_.lower() not in v.loss_nouns:
            continue
        for prep in [*verb.children, *obj.children]:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "upon", "among"):
                for target in _targets(prep):
                    key = table.resolve(target, create_groups=False)
                    if _is_type(table, key, FORCES):
                        yield Hit(key, Predicate.LOST, None, phrase_head(obj), verb, quantity_of(obj, verb.doc))


def _targets(prep: Token) -> list[Token]:
    """Who losses fell on: "on the marines", or on "the manpower and equipment of the 41st and
    47th brigades and the 68th brigade" (through "of", each coordinated unit)."""
    found = []
    for target in (t for c in prep.children for t in (c, *c.conjuncts)):
        owned = [t for o in owners(target, (), ("of",)) for t in (*_listed(o), *o.conjuncts)]
        found += owned or _listed(target)
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
    said = verb.lemma_.lower() in v.say_verbs | v.corroborate_verbs or (
        told_of and verb.lemma_.lower() in v.speech_verbs
    )
    return said and verb.pos_ == "VERB" and not negated(verb)


def _told_of(noun: Token) -> tuple[Token, bool]:
    """The verb a noun is spoken of under ("spoke of the deaths", "warned his superiors about
    a lack of shells and the deaths of his men"), and whether an "about" phrase leads there."""
    node, about = noun, False
    while node.dep_ in ("pobj", "prep", "conj", "dobj") and node.pos_ not in ("VERB", "AUX") and node.head != node:
        first = node.dep_ == "prep" and node.i == noun.head.i
        about = about or (node.dep_ == "prep" and (node.lower_ in ("about", "over") or (first and node.lower_ == "of")))
        node = node.head
    return node, about


def _losses_of(noun: Token, table: EntityTable) -> Iterator[Hit]:
    """ "Losses of the brigade were estimated at 800", "the deaths of 12 soldiers of the brigade
    were confirmed": a loss noun that is what its sentence is about or what a source confirms,
    with whose loss it was; "Russian casualties were likely to exceed 45,000": a nation's."""
    found = False
    for cand in owners(noun, ("poss",), ("of", "among", "in")):
        if cand.lower_ == "whose":
            continue  # "X, deputy commander of Y, whose death was announced": a person's, read by _death_of
        key = table.resolve(cand, create_groups=False)
        if _is_type(table, key, FORCES) and not _is_type(table, key, {EntityType.REGION}):
            found = True
            yield Hit(key, Predicate.LOST, None, phrase_head(noun), noun, quantity_of(cand, noun.doc))
    civilian = any(c.lemma_.lower() in vocab().civilian_nouns for c in noun.children)
    forces = None if found or civilian else table.national_forces_of(noun)
    if forces is not None:
        yield Hit(forces, Predicate.LOST, None, phrase_head(noun), noun, quantity_of(noun, noun.doc))


def _death_of(noun: Token, table: EntityTable) -> Iterator[Hit]:
    """ "confirmed the colonel's death", "the death of Col. X": his unit lost him."""
    for cand in owners(noun, ("poss",), ("of",)):
        person = table.resolve(cand)
        if cand.lower_ == "whose" and not _is_type(table, person, {EntityType.PERSON}):
            clause = next((t for t in cand.ancestors if t.dep_ == "relcl"), None)
            person = table.person_above(clause.head) if clause else None  # "X, deputy commander of Y, whose death"
        if _is_type(table, person, {EntityType.PERSON}):
            unit = table.unit_of(person)
            if unit is not None:
                yield Hit(unit, Predicate.LOST, person, None, noun)


def phrase_head(obj: Token, owner: Token | None = None) -> str:
    """An object phrase without trailing modifiers ("heavy losses in Ukraine, which ..." -> "heavy losses"),
    keeping "of" phrases ("significant losses of troops"); without its owner, when that is the subject."""
    keep = [t for left in obj.lefts if left != owner for t in left.subtree] + [obj]
    for right in obj.rights:
        if right.dep_ == "prep" and right.lower_ == "of":
            keep += list(right.subtree)
    words = [t for t in sorted(keep, key=lambda t: t.i) if t.text not in ('"', "“", "”")]
    return " ".join(t.text for t in words)


def _lose(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "The regiment lost its commander, Col. X, and at least 39 other members".

    A named person lost is the claim's object; counts lost alongside ("and 39 other
    members") qualify that claim rather than making claims of their own.
    """
    losers = [k for k in (table.resolve(s) for s in subjects(verb)) if _is_type(table, k, FORCES)]
    people, counts = [], []
    for obj in objects(verb) or _stranded_count(verb):
        person = table.at(obj)
        if _is_type(table, person, {EntityType.PERSON}):
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


def _stranded_count(verb: Token) -> list[Token]:
    """ "has lost at least five of its tanks ..., soldiers told X": the parser hung the count
    elsewhere; take a number standing right after the verb."""
    for tok in verb.doc[verb.i + 1 : min(verb.i + 5, verb.sent.end)]:
        if tok.like_num:
            return [tok]
        if tok.pos_ not in ("ADV", "ADP", "DET", "ADJ"):
            break
    return []


def _lost_thing(obj: Token, entity: str | None) -> bool:
    """Men, losses, counts or equipment ("lost several Bradleys"); not ground, jobs or battles."""
    v = vocab()
    lemma = obj.lemma_.lower()
    if lemma in v.personnel_nouns | v.command_nouns or lemma in v.loss_nouns or obj.like_num or _counted(obj):
        return True  # "lost its commander" is a loss before anyone names him
    if any(_lost_thing(part, None) for part in owners(obj, (), ("of",))):
        return True  # "most of its soldiers", "a third of its tanks"
    return obj.tag_ in ("NNS", "NNPS") and lemma not in v.not_losses and entity is None


def _counted(noun: Token) -> bool:
    return any(c.dep_ == "nummod" for c in noun.children)


def _deaths(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "7,000 Russian soldiers had been killed": their force lost them."""
    v = vocab()
    victims = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.lemma_.lower() in ("die", "perish"):
        victims += subjects(verb)
    elif verb.dep_ != "acl":
        victims += [c for c in objects(verb) if c.dep_ in ("dobj", "pobj")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "the names of 45,123 Russian soldiers killed in Ukraine"
        victims.append(verb.head)
    if not victims and verb.dep_ in ("xcomp", "advcl", "oprd", "ccomp"):  # "were confirmed killed"
        victims = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    if not victims and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        victims = [c for c in verb.children if c.dep_ == "nsubj"]  # "saw half of his company killed"
    for victim in victims:
        if victim.lemma_.lower() in v.civilian_nouns:
            yield from _civilian_deaths(victim, verb, table)
            continue
        if victim.lemma_.lower() in v.command_nouns and not table.at(victim):  # "The commander of Y, X, was killed"
            person = _holder_hung_on_unit(victim, table)
            unit = next((table.unit_behind(c) for c in owners(victim, ("poss",), ("of",))), None)
            if person is not None and _is_type(table, unit, {EntityType.UNIT}):
                yield Hit(unit, Predicate.LOST, person, None, verb)
            continue
        named = table.at(victim) or table.quantified_of(victim) or victim.lower_ == "who"
        if victim.lemma_.lower() not in v.personnel_nouns and not named:
            continue
        key = table.resolve(victim)
        if key is None and victim.lemma_.lower() in v.personnel_nouns:
            key = _speakers_own(verb, table)
        if key is None:
            continue
        if table.entities[key].type is EntityType.PERSON:
            unit = table.unit_of_person(victim) or table.unit_of(key)  # "Kovalenko died a hero"
            unit = unit or table.lost_role_before(victim)  # "X lost its commander. Y was killed ..."
            if unit is not None:  # "Col. X, the commander of the 1st Brigade, was killed"
                yield Hit(unit, Predicate.LOST, key, None, verb)
            continue
        if table.entities[key].type in FORCES:
            yield Hit(key, Predicate.LOST, None, phrase(victim), verb, quantity_of(victim, verb.doc))


def _speakers_own(verb: Token, table: EntityTable) -> str | None:
    """ "Russia's Defense Ministry acknowledged that 13 airmen were killed": soldiers a national
    body admits were killed, without saying whose, are its own country's (a body that merely
    says soldiers died may be counting the enemy's)."""
    v = vocab()
    say = verb.head
    while say.head != say and not (say.lemma_.lower() in v.say_verbs and say.pos_ == "VERB"):
        say = say.head
    if say.lemma_.lower() not in ("acknowledge", "admit", "concede", "confirm"):
        return None
    speaker = next((c for c in say.children if c.dep_ == "nsubj"), None)
    key = table.resolve(speaker, create_groups=False) if speaker is not None else None
    if not _is_type(table, key, {EntityType.ORGANIZATION, EntityType.UNIT}):
        return None
    nation = next((w for w in normalize(table.entities[key].name).split() if w in v.nationalities), None)
    entry = gazetteer.lookup(v.nationalities[nation]) if nation else None
    return table.add_named(entry.type, entry.name, normalize(entry.name)) if entry else None


def _civilian_deaths(victims: Token, verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "700 residents of the republic were killed": the place lost them; "Belgorod Governor X
    said one civilian was killed": the place the speaker governs."""
    places = [table.resolve(c, create_groups=False) for c in owners(victims, (), ("of", "from", "in"))]
    places = [p for p in places if _is_type(table, p, {EntityType.REGION})]
    if not places and victims.lemma_.lower() not in ("person", "people"):  # "one person": soldier or not
        places = _governed(verb, table)
    for place in places[:1]:
        yield Hit(place, Predicate.LOST, None, phrase(victims), verb, quantity_of(victims, verb.doc))


def _governed(verb: Token, table: EntityTable) -> list[str]:
    """The place named in the title of the governor or mayor who says the words."""
    v = vocab()
    say = next((t for t in verb.ancestors if t.lemma_.lower() in v.say_verbs), None)
    speaker = next((c for c in say.children if c.dep_ == "nsubj"), None) if say is not None else None
    if speaker is None or not any(t.lemma_.lower() in v.governing_roles for t in speaker.subtree):
        return []
    found = (table.at(t) for t in speaker.subtree)
    return [k for k in found if _is_type(table, k, {EntityType.REGION})][:1]


def part_of(sent: Span, table: EntityTable) -> Iterator[Hit]:
    """ "One unit within the VDV, the 331st Regiment", "the VDV's 331st Regiment", "X, part of Y"."""
    v = vocab()
    for tok in sent:
        if tok.lemma_.lower() in v.attachment_verbs and tok.pos_ in ("VERB", "ADJ") and not negated(tok):
            yield from _attached(tok, table)
        unit = table.at(tok) or table.numbered(tok)  # "The 810th ... is part of Y"
        if unit is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in v.unit_heads:
            unit = table.description(tok)  # "The brigade ... is part of Y"
        if not _is_type(table, unit, {EntityType.UNIT}) or tok.i != _root_of(tok, table):
            continue
        if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":  # "X is part of Y"
            for parent in _part_of_targets(tok.head):
                key = table.unit_behind(parent)
                if _is_type(table, key, {EntityType.UNIT}) and key != unit:
                    yield Hit(unit, Predicate.PART_OF, key, None, tok.head)
        for child in tok.children:
            parents = []
            if child.dep_ == "prep" and child.lower_ in ("within", "of", "in", "under", "inside"):
                parents = [c for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ == "poss":
                parents = [child]
            elif child.dep_ in ("appos", "relcl") and child.lemma_ in ("part", "be"):
                parents = _part_of_targets(child)
            elif child.dep_ == "appos":
                parents = _bracketed(child)
            for parent in parents:
                pronoun = parent.lower_ in ("its", "their")  # "Its 4th Guards Tank Division": the unit before
                key = table.recent_unit(parent) if pronoun else table.unit_behind(parent)
                if _is_type(table, key, {EntityType.UNIT}) and key != unit:
                    yield Hit(unit, Predicate.PART_OF, key, None, tok)


def _bracketed(appos: Token) -> list[Token]:
    """ "the 14th Army Corps (Leningrad Military District)", "(8th CAA, SMD)": the formations a
    unit is part of, named in brackets after it as analysts write them."""
    doc = appos.doc
    opening = next((i for i in (appos.left_edge.i, appos.left_edge.i - 1) if i >= 0 and doc[i].text == "("), None)
    if opening is None:
        return []
    closing = next((t.i for t in doc[opening:] if t.text == ")"), opening)
    return list(doc[opening + 1 : closing])


def _attached(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "X belongs to Y", "the detachment attached to Y", "X is subordinate to Y"."""
    clause = verb.head if verb.dep_ == "acomp" else verb  # "which is subordinate to Y"
    holders = [verb.head] if verb.dep_ in ("acl", "relcl", "amod") else subjects(clause)
    parents = [obj for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for obj in c.children]
    for holder in holders:
        if table.lemma(holder) in vocab().personnel_nouns or table.quantified_of(holder) is not None:
            continue  # "the men (most of the vehicles) belong to the 51st Regiment": no unit below it
        unit = table.resolve(holder, create_groups=False)
        for parent in parents:
            key = table.unit_behind(parent)
            if _is_type(table, unit, {EntityType.UNIT}) and _is_type(table, key, {EntityType.UNIT}) and key != unit:
                yield Hit(unit, Predicate.PART_OF, key, None, verb)


def _part_of_targets(node: Token) -> list[Token]:
    """ "part of Y" reached from "X, part of Y", "X, which is part of Y" or "X is part of Y"."""
    part = node if node.lemma_ == "part" else next((c for c in node.children if c.lemma_ == "part"), None)
    if part is None:
        return []
    return [p for c in part.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]


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
        if _is_type(table, key, {EntityType.REGION}) and tok.i == _root_of(tok, table):
            yield from _place_in_place(tok, key, table)
        if tok.lemma_.lower() == "unit" and _is_type(table, table.at(tok), {EntityType.UNIT}):
            for place in owners(tok, (), ("in",)):  # "the OMON unit in Khakassia"
                region = table.at(place)
                if _is_type(table, region, {EntityType.REGION}):
                    yield Hit(table.at(tok), Predicate.LOCATED_IN, region, None, tok)
        if key in table.groups and table.groups[key][1] and tok.lemma_.lower() in vocab().personnel_nouns:
            yield Hit(key, Predicate.LOCATED_IN, table.groups[key][1], None, tok)
            continue
        moved = tok.lemma_.lower() in vocab().movement_verbs and tok.pos_ == "VERB"
        if (tok.lemma_.lower() not in vocab().base_words and not moved) or negated(tok):
            continue
        where = next((c for c in tok.children if c.lower_ == "where"), None) if tok.dep_ == "relcl" else None
        holders = [tok.head] if tok.dep_ in ("acl", "relcl", "amod") and where is None else subjects(tok)
        if moved and any(c.dep_ == "dobj" for c in tok.children):
            holders = [c for c in tok.children if c.dep_ == "dobj"]  # "Russia sent the 25th Army to Luhansk"
        preps = ("to", "into") if moved else ("in", "at", "near")  # "redeployed to Bakhmut", "based in Pskov"
        places = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for o in c.children]
        places += [c for c in tok.children if c.dep_ in ("npadvmod", "compound")]  # "the Sevastopol-based fleet"
        places += [n for o in places if o.lemma_.lower() in vocab().region_nouns for n in owners(o, (), ("of",))]
        if where is not None:  # "the Ivanovo region(,) where the regiment is based": it follows its antecedent
            before = tok.doc[where.i - 2 if tok.doc[where.i - 1].is_punct else where.i - 1]
            places += [tok.head, before]
        for holder in holders:
            unit = table.resolve(holder, create_groups=False)
            for obj in places:
                place = table.at(obj)
                if _is_type(table, unit, {EntityType.UNIT}) and _is_type(table, place, {EntityType.REGION}):
                    yield Hit(unit, Predicate.LOCATED_IN, place, None, tok)


def _place_in_place(tok: Token, place: str, table: EntityTable) -> Iterator[Hit]:
    """ "Kyakhta in Buryatia", "near Vuhledar in Donetsk Oblast", "Sudzha in Russia's Kursk
    region": by the parse, or, where the parser hung "in" on the verb instead, by the words
    standing next to each other."""
    doc = tok.doc
    targets = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children]
    end = tok.i + 1
    while end < len(doc) and table.by_token.get(end) == place:
        end += 1
    if end + 1 < len(doc) and doc[end].lower_ == "in":
        nxt = end + 2 if doc[end + 1].lower_ == "the" else end + 1
        targets.append(doc[min(nxt, len(doc) - 1)])
    for target in targets:
        owned = table.by_token.get(target.head.i) if target.dep_ == "poss" else None
        if _is_type(table, owned, {EntityType.REGION}):
            target = target.head  # "Sudzha in Russia's Kursk region": the region, not the country
        other = table.by_token.get(target.i)
        if _is_type(table, other, {EntityType.REGION}) and other != place:
            yield Hit(place, Predicate.LOCATED_IN, other, None, tok)


def member_of(sent: Span, table: EntityTable) -> Iterator[Hit]:
    """ "X, a soldier of/in Y", "X, a member of Y", "X serves in Y", "X, the deputy commander of Y"."""
    v = vocab()
    for tok in sent:
        lemma = tok.lemma_.lower()
        role = lemma in v.membership_nouns - {"commander", "deputy", "subordinate"}
        role = role or (lemma in v.command_nouns and not_in_command(tok))
        if tok.pos_ == "NOUN" and role and not _commanding(tok):
            person = _person_in_role(tok, table)
            for group in _groups_of(tok, table) if person is not None else ():
                yield Hit(person, Predicate.MEMBER_OF, group, None, tok)
        elif tok.pos_ == "VERB" and lemma == "serve" and not negated(tok) and not in_the_past(tok):
            for subj in subjects(tok):
                person = table.antecedent_group(subj) or table.resolve(subj)  # or soldiers: "the men serve in Y"
                member = _is_type(table, person, {EntityType.PERSON}) or person in table.groups
                for prep in tok.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "with"):
                        for obj in prep.children:
                            unit = table.at(obj)
                            if member and _is_type(table, unit, {EntityType.UNIT}) and unit != person:
                                yield Hit(person, Predicate.MEMBER_OF, unit, None, tok)


def _person_in_role(noun: Token, table: EntityTable) -> str | None:
    """The person a role noun is said of: "X, a soldier of Y", "X is a member of Y"."""
    named = (table.at(c) for c in table.appositions(noun))
    person = next((k for k in named if _is_type(table, k, {EntityType.PERSON})), None)
    if person is None and noun.dep_ in ("appos", "attr") and noun.head != noun:
        anchor = noun.head if noun.dep_ == "appos" else next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        person = table.at(anchor) if anchor is not None else None
    return person if _is_type(table, person, {EntityType.PERSON}) else None


def _groups_of(noun: Token, table: EntityTable) -> list[str]:
    """The unit or organization a role noun belongs to: "its officer", "a soldier of/in Y"."""
    found = []
    for cand in owners(noun, ("poss",), ("of", "in", "with", "from", "for")):
        key = table.unit_behind(cand) or table.resolve(cand, create_groups=False)
        if _is_type(table, key, {EntityType.UNIT, EntityType.ORGANIZATION}) and key not in found:
            found.append(key)
    return found


def affiliated_with(sent: Span, table: EntityTable) -> Iterator[Hit]:
    """ "X, who is affiliated with Y", "X is linked to Y", "Kremlin-linked X", "X, the editor of
    the outlet Y"."""
    v = vocab()
    for tok in sent:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in v.media_staff:
            yield from _staff_of(tok, table)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in ("report", "write", "work") and not negated(tok):
            yield from _writes_for(tok, table)
        if tok.lemma_.lower() not in v.affiliation_words or negated(tok):
            continue
        if tok.i >= 2 and tok.nbor(-1).text == "-":  # "Kremlin-linked blogger X"
            holder = table.at(tok.head) if tok.head != tok else None
            other = table.by_token.get(tok.i - 2)
            if holder and other and holder != other:
                yield Hit(holder, Predicate.AFFILIATED_WITH, other, None, tok)
            continue
        if tok.head.lower_ == "as" and tok.dep_ in ("pobj", "amod"):  # "X was seen as close to Y"
            holder_tok = next(iter(subjects(tok.head.head)), None)
        elif tok.dep_ in ("relcl", "acl", "amod"):
            holder_tok = tok.head
        else:
            clause = tok.head if tok.dep_ in ("acomp", "oprd") else tok  # "fighters who are loyal to X"
            holder_tok = next(iter(subjects(clause)), None)
        if holder_tok is not None and holder_tok.pos_ == "PRON" and tok.dep_ == "relcl":
            holder_tok = tok.head
        holder = table.resolve(holder_tok) if holder_tok is not None else None
        if holder is None or table.entities[holder].type is EntityType.REGION:
            continue
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("with", "to"):
                for obj in prep.children:
                    other = table.at(obj)
                    if other and other != holder and table.entities[other].type is not EntityType.REGION:
                        yield Hit(holder, Predicate.AFFILIATED_WITH, other, None, tok)


def _staff_of(role: Token, table: EntityTable) -> Iterator[Hit]:
    """A journalist or editor of an outlet writes for it: affiliated, not a member of a force."""
    person = _person_in_role(role, table)
    named = [c for c in role.children if c.dep_ == "appos"]  # "the correspondent of the agency, UNIAN"
    for owner in [*owners(role, ("poss", "compound"), ("of", "at", "for", "with")), *named] if person else ():
        outlet = table.resolve(owner, create_groups=False)
        if _is_type(table, outlet, {EntityType.OUTLET}) and not gazetteer.is_platform(table.entities[outlet].name):
            yield Hit(person, Predicate.AFFILIATED_WITH, outlet, None, role)


def _writes_for(verb: Token, table: EntityTable) -> Iterator[Hit]:
    """ "Sladkov, who reports for the broadcaster VGTRK", "she writes for Novaya Gazeta"."""
    outlets = [table.resolve(o, create_groups=False) for o in owners(verb, (), ("for",))]
    outlets = [k for k in outlets if _is_type(table, k, {EntityType.OUTLET})]
    for subj in subjects(verb) if outlets else ():
        person = table.resolve(subj, create_groups=False)
        if _is_type(table, person, {EntityType.PERSON}):
            yield from (Hit(person, Predicate.AFFILIATED_WITH, k, None, verb) for k in outlets)


FINDERS: tuple[Callable[[Span, EntityTable], Iterator[Hit]], ...] = (
    refused,
    commanded,
    lost,
    part_of,
    located_in,
    member_of,
    affiliated_with,
)


def find(sent: Span, table: EntityTable) -> list[Hit]:
    """Every relation in a sentence, once each."""
    hits: dict[tuple, Hit] = {}
    for finder in FINDERS:
        for hit in finder(sent, table):
            hits.setdefault((hit.subject, hit.predicate, hit.object, hit.object_text), hit)
    return list(hits.values())
