"""What the relation finders share: the `Hit` they yield, and a clause's subjects, objects,
negation and phrases as the dependency parse gives them (with the parser's usual slips mended).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from extract.mentions import EntityTable
from extract.model import EntityType, Predicate, Quantity
from extract.phrases import own_clause, owners, says, unit_heading
from extract.vocab import vocab

ACTORS = {EntityType.UNIT, EntityType.PERSON}


FORCES = {EntityType.UNIT, EntityType.ORGANIZATION, EntityType.REGION}


_ANIMATE = {"PERSON", "UNIT", "ORGANIZATION", "OUTLET"}  # what "who" can stand for


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
        if child.dep_ == "neg" or child.lower_ in ("never", "not", "n't", "rarely", "seldom"):  # "rarely disclose"
            return True
        if child.dep_ == "aux" and child.lower_ in v.hypothetical_aux:
            return True
        if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and _nobody(child):
            return True  # "not a single fighter had refused", "no soldiers deserted"
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in v.irrealis_verbs:
        return True  # "refusing to die", "threatened to kill": not done
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in v.irrealis_nouns:
        return True  # "had the right to refuse", "a plan to withdraw": not done
    if _infinitive(tok) and any(c.dep_ == "nsubj" and c.lemma_.lower() in v.irrealis_nouns for c in tok.children):
        return True  # "operations to capture the attackers were under way", parsed as a clause subject
    if tok.dep_ in ("ccomp", "xcomp", "dobj") and tok.head.lemma_.lower() in v.denial_verbs:
        return True  # "X denied that the men had deserted", "the legion denied suffering heavy losses"
    if tok.dep_ == "ccomp" and _question(tok.left_edge):
        return True  # "he did not say how many soldiers had deserted": a question, not a claim
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)  # "not X, but we refuse"
    purpose = tok.dep_ == "advcl" and tok.head.pos_ in ("VERB", "AUX") and _infinitive(tok)  # not "possible to"
    if purpose and not own_subject and not _done_after_all(tok):
        return True  # "an operation is under way to eliminate any militants": a purpose, not done
    if tok.dep_ in ("xcomp", "conj") and tok.head != tok and tok.head.pos_ in ("VERB", "AUX") and not own_subject:
        return negated(tok.head)
    return False


def _done_after_all(verb: Token) -> bool:
    """An infinitive that tells a deed done: "claimed to have killed 70 soldiers", "managed to kill"."""
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return perfect or verb.head.lemma_.lower() in ("allow", "enable", "help", "manage") or says(verb.head)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def put_at(verb: Token) -> bool:
    """ "SOHR put the factions' losses at 14 dead", "estimated its losses at 800", "gave its own
    toll of 49 dead": a toll given."""
    given = verb.lemma_.lower() == "give" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "toll" for c in verb.children
    )
    return given or (
        verb.lemma_.lower() in ("put", "estimate", "place") and any(c.lower_ == "at" for c in verb.children)
    )


def _nobody(subject: Token) -> bool:
    """A subject that names no one: "none of them", "no soldiers", "not a single fighter"."""
    before = [t for t in subject.subtree if t.i <= subject.i]
    return subject.lower_ in ("none", "nobody", "noone") or any(t.lower_ in ("no", "not", "neither") for t in before)


def _question(first: Token) -> bool:
    """A clause opening with a question word asks ("whether they deserted", "how many died");
    "how" alone tells the manner of what happened ("described how his company refused")."""
    if first.lower_ == "how":
        return first.i + 1 < len(first.doc) and first.nbor(1).lower_ in ("many", "much")
    relative = first.tag_ in ("WDT", "WP") and any(a.dep_ == "relcl" for a in first.ancestors)
    return first.lower_ in vocab().question_words and not relative  # "the boat, which Ukraine says it sank"


def _told_to(verb: Token) -> list[Token]:
    """ "urged soldiers to desert", "called on the troops to surrender": whom a directive verb's
    infinitive is said to, its object, is the one who is to do it."""
    directive = verb.head
    if verb.dep_ != "xcomp" or directive.lemma_.lower() not in vocab().directive_verbs:
        return []
    told = [c for c in directive.children if c.dep_ == "dobj" and c.i < verb.i]
    on = (c for c in directive.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") and c.i < verb.i)
    return told or [o for p in on for o in p.children if o.dep_ == "pobj"]


def _hung_on_aux(verb: Token) -> list[Token]:
    """'"dozens" of troops were missing': a subject the parser hung on the auxiliary."""
    auxiliaries = (a for a in verb.children if a.dep_ in ("aux", "auxpass"))
    return [s for a in auxiliaries for s in a.children if s.dep_ in ("nsubj", "nsubjpass")]


def subjects(verb: Token) -> list[Token]:
    """The subjects of a verb, with coordinated ones, inherited from the governing verb if absent."""
    tok = verb
    while True:
        found = (
            [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")] or _hung_on_aux(tok) or _hung_on_source(tok)
        )
        if found or tok.head == tok:
            break
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            tok = tok.head.head  # "they lost their jobs after declining to go"
            continue
        if tok.dep_ == "acl" and tok.tag_ in ("VB", "VBG") and tok.head.dep_ == "dobj":
            tok = tok.head.head  # "refused orders to attack after ...", "submitted reports refusing to serve"
            continue
        stray = _subject_taken_for_object(tok)
        if stray is not None:  # "was relieved after soldiers of the 58th Army refused to attack"
            found = [stray]
            break
        if tok.dep_ == "acl" and tok.tag_ == "VBD" and tok.head.dep_ == "ROOT" and tok.head.pos_ in ("NOUN", "PROPN"):
            found = [tok.head]  # "The brigade, a reserve formation, fought ...": a past tense the parser hung
            break  # on the sentence's subject
        told = _told_to(tok)
        if told:  # "called on government troops to surrender": they would, not the caller
            found = told
            break
        if tok.dep_ not in ("xcomp", "conj", "advcl"):
            break
        tok = tok.head
    out: list[Token] = []
    for subj in found:
        if subj.lower_ in ("who", "which", "that") and tok.dep_ == "relcl":
            who, pronoun = subj.lower_ == "who", subj
            subj = unit_heading(tok.head)  # "Prigozhin, who leads the Wagner mercenaries"
            # "X, the commander of the 234th Regiment, who was killed", "officers of the OMON unit, part of
            # Rosgvardia, who were dismissed": "who" is a person, or people
            while who and not _someone(subj) and subj.dep_ in ("pobj", "prep", "appos") and subj.head != subj:
                subj = subj.head
            if who and not _someone(subj):
                subj = _animate_before(pronoun, tok.head)
            if subj.dep_ == "appos" and subj.head.pos_ == "PROPN" and subj.ent_type_ != "PERSON":
                subj = subj.head  # "Utkin, a former GRU officer who commands Y": Utkin
            among = subj.head if subj.lower_ == "those" and subj.head.lower_ == "among" else None
            if among is not None and not negated(among.head):  # "Soldiers of X were among those who left"
                subj = next((c for c in among.head.children if c.dep_ == "nsubj"), subj)
        out.extend(listed(subj))
        out.extend(t for t in subj.conjuncts if t.i > subj.i)
    return out


def _subject_taken_for_object(verb: Token) -> Token | None:
    """A past tense with no subject right after "after/before/until X": the parser made X the
    preposition's object and the verb a clause of the main one; X is the verb's subject."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBD" or verb.i == verb.sent.start:
        return None
    last = verb.doc[verb.i - 1]
    phrase = [a for a in (last, *last.ancestors) if a.right_edge.i == last.i and a.pos_ in ("NOUN", "PROPN")]
    noun = phrase[-1] if phrase else None
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ not in ("after", "before", "until", "since"):
        return None
    return noun


def listed(noun: Token) -> list[Token]:
    """A noun and the units a shared head lists: "the 155th and 40th Brigades", each ordinal."""
    found = [noun]
    for left in noun.lefts:
        if any(c.dep_ == "cc" for c in left.children):
            found += [left, *left.conjuncts]
    return found


def people_assigned(verb: Token, table: EntityTable) -> list[tuple[str, str]]:
    """ "Sgt. X, 46, and Spc. Y, 24, were assigned (attached) to the 718th Engineer Company": each
    person named, with the unit."""
    if verb.lemma_.lower() not in ("assign", "attach") or negated(verb):
        return []
    people = [k for s in subjects(verb) for k in _people_in(s, table)]
    units = (table.unit_behind(o) for o in owners(verb, (), ("to",))) if people else ()
    return [(person, unit) for unit in units if is_type(table, unit, {EntityType.UNIT}) for person in people]


def people_of_one_unit(sent: Span, table: EntityTable) -> Iterator[tuple[list[str], str]]:
    """ "Staff Sgt. X, 21, and Sgt. Y, 34, both of the 9th Battalion": the people a list names,
    with the unit "both (all, each) of" says they belong to, however flat the parser left the list."""
    for every in (t for t in sent if t.lower_ in ("both", "all", "each") and t.dep_ == "appos"):
        units = (table.unit_behind(o) for o in owners(every, (), ("of",)))
        unit = next((k for k in units if is_type(table, k, {EntityType.UNIT})), None)
        person = every.head
        listed = [person, *person.conjuncts, *(t for t in person.head.children if t.dep_ == person.dep_)]
        people = [k for t in listed if is_type(table, k := table.at(t), {EntityType.PERSON})]
        if unit is not None and people:
            yield list(dict.fromkeys(people)), unit


def _people_in(noun: Token, table: EntityTable) -> list[str]:
    """The people a noun phrase names, however the parser hung a list of ranked names with ages
    ("Sgt. X, 46, Spc. Y, 24, and Spc. Z, 23"): each name along its appositions and conjuncts."""
    found, stack = [], [noun]
    while stack:
        tok = stack.pop()
        key = table.by_token.get(tok.i)
        if is_type(table, key, {EntityType.PERSON}) and key not in found:
            found.append(key)
        stack += [c for c in tok.children if c.dep_ in ("appos", "conj", "compound", "nmod")]
    return found


def _someone(tok: Token) -> bool:
    v = vocab()
    return tok.ent_type_ == "PERSON" or (
        tok.pos_ == "NOUN" and tok.lemma_.lower() in v.personnel_nouns | v.person_roles
    )


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
    while len(tokens) > 1 and tokens[-1].is_punct and not _closes_bracket(tokens):
        tokens.pop()  # not the bracket closing "(FACT)"
    while len(tokens) > 1 and tokens[0].is_punct:  # ", only 14 remain": a clause's comma is not its words
        tokens.pop(0)
    words = token.doc[tokens[0].i : tokens[-1].i + 1]
    quotes = [t for t in words if t.is_quote and t.dep_ != "case"]  # not the Guard Corps' apostrophe
    if not quotes:
        return words.text
    return " ".join("".join(" " if t in quotes else t.text_with_ws for t in words).split())  # '"dozens" of troops'


def _closes_bracket(tokens: list[Token]) -> bool:
    """Whether the last token closes a bracket opened among the others."""
    opened = sum(t.text == "(" for t in tokens[:-1]) - sum(t.text == ")" for t in tokens[:-1])
    return tokens[-1].text == ")" and opened > 0


def regions_in(token: Token, table: EntityTable, exclude: set[int]) -> list[str]:
    """Regions reached from a verb through its complements ("refused to fight in Ukraine")."""
    found = []
    # "while training in France"; "..., and that the brigade had lost men near Pokrovsk"
    # "refused to return and were being held in Zaitseve": what else befell them happened elsewhere
    asides = {t.i for c in token.children if c.dep_ == "advcl" or own_clause(c) or _verb_conj(c) for t in c.subtree}
    asides |= {t.i for c in token.subtree if _losses_clause(c) for t in c.subtree}  # "after suffering losses near X"
    for tok in token.subtree:
        if tok.i in exclude or tok.i in asides:
            continue
        owner = table.by_token.get(tok.head.i)
        if tok.dep_ in ("poss", "compound", "amod") and is_type(table, owner, {EntityType.UNIT, EntityType.REGION}):
            continue  # "Russia's 27th Brigade"; "Russia's Kursk region" is the region, not Russia
        key = table.by_token.get(tok.i)
        named_after = any(p.lower_ == "of" for p in tok.children)  # "the village of Sverdlikovo": named next
        if key is None and tok.lemma_.lower() in ("town", "city", "village") and not named_after:
            key = table.description(tok)  # "the defense of the town": the town named before
        is_region = key is not None and table.entities[key].type is EntityType.REGION
        if is_region and key not in found and tok.head.lower_ != "from":
            found.append(key)
    return found


def _losses_clause(tok: Token) -> bool:
    """ "after suffering losses near Yampil": where they lost men, not where they refused to go."""
    return (
        tok.dep_ == "pcomp"
        and tok.lemma_.lower() in ("suffer", "sustain", "lose", "take")
        and tok.head.lower_
        in (
            "after",
            "following",
        )
    )


def _verb_conj(tok: Token) -> bool:
    return tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")


def is_type(table: EntityTable, key: str | None, types: set[EntityType]) -> bool:
    return key is not None and table.entities[key].type in types


def phrase_head(obj: Token, owner: Token | None = None) -> str:
    """An object phrase without trailing modifiers ("heavy losses in Ukraine, which ..." -> "heavy losses"),
    keeping "of" phrases ("significant losses of troops"); without its owner, when that is the subject."""
    keep = [t for left in obj.lefts if left != owner for t in left.subtree] + [obj]
    for right in obj.rights:
        if right.dep_ == "prep" and right.lower_ == "of":
            keep += list(right.subtree)
    words = [t for t in sorted(keep, key=lambda t: t.i) if t.text not in ('"', "“", "”")]
    text = ""
    for before, tok in itertools.pairwise([None, *words]):  # as written ("two-thirds"); a space where words
        text += " " if before is not None and (before.whitespace_ or tok.i != before.i + 1) else ""  # were left out
        text += tok.text
    return text


def unit_before_description(noun: Token, table: EntityTable) -> Token | None:
    """ "the Oirat battalion, a volunteer unit attached to Y", "the Union for Peace (UPC), a rebel
    group led by X": the unit named right before the comma that sets the description off (or its
    bracketed acronym), whatever the parser hung the description on (often the men)."""
    doc = noun.doc
    comma = noun.left_edge.i - 1
    if comma < 2 or doc[comma].text != ",":
        return None
    before = [doc[comma - 1], doc[comma - 2]] if doc[comma - 1].text == ")" else [doc[comma - 1]]
    return next((t for t in before if is_type(table, table.at(t), {EntityType.UNIT})), None)
