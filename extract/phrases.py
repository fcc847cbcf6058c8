"""Small readings of tokens and names that resolution and the relation finders share: a role's
owners ("commander of Y", "its commander"), command that is not command ("deputy commander"),
the past ("previously commanded"), a unit's designation, a name cleaned of its article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from extract.gazetteer import normalize
from extract.model import Entity, EntityType
from extract.vocab import vocab

DESIGNATION = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b", re.I)
QUOTES = {'"', "\u201c", "\u201d"}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
THING_PRONOUNS = {"it", "its", "they", "them", "their"}
FORCE_LIKE = {EntityType.UNIT, EntityType.ORGANIZATION}
PEN_NAMED = {EntityType.PERSON, EntityType.OUTLET}  # a blogger's name is often his channel's
NOT_COMMAND = {"deputy", "vice", "assistant", "second-in-command", "would-be"}
SYNONYMS = {"paper": "newspaper", "daily": "newspaper", "outlet": "site", "broadcaster": "broadcaster"}


def clean_name(text: str) -> str:
    """A name as it should read: no leading article, possessive, quotation marks ('the "Sparta"
    battalion') or stray punctuation."""
    text = re.sub(r"\s*[\"“”«»]\s*", " ", text).strip()
    text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
    text = re.sub(r"[’']s$", "", text)
    return text.strip(" ,.;:\"'“”")


def name_words(entity: Entity) -> set[str]:
    """Every word of an entity's names: "the intelligence agency" finds "Ukraine's military intelligence"."""
    return {w for form in (entity.name, *entity.aliases) for w in normalize(form).split()}


def policing(entity: Entity) -> bool:
    """A police force by its names ("the Benue State Police Command", "the Haitian police")."""
    return "police" in name_words(entity)


def called_enemy(noun: Token) -> bool:
    """ "five enemy soldiers": men a side calls the enemy's, whose side is the speaker's other."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ == "enemy" for c in noun.children)


def self_namer(call: Token) -> Token | None:
    """The noun that "calls itself" a name ("a separatist militia calling itself the Bui Warriors"),
    whether the parser made the verb a clause of the noun or the noun its subject."""
    if call.lemma_ != "call" or not any(c.lower_ in ("itself", "themselves") for c in call.children):
        return None
    return call.head if call.dep_ == "acl" else next((c for c in call.children if c.dep_ == "nsubj"), call.head)


def has_count(noun: Token) -> bool:
    """A noun with a number before it: "12 soldiers", "two civilians"."""
    return any(c.dep_ == "nummod" for c in noun.children)


def with_singulars(words: set[str]) -> set[str]:
    """ "officials" as "official": enough to find a body of people by one of them."""
    return words | {w[:-1] for w in words if w.endswith("s")}


def designation_of(name: str) -> str | None:
    """Identity of a numbered unit: its number and echelon, so "331st Regiment" meets its long form."""
    match = DESIGNATION.search(name)
    v = vocab()
    words = [v.unit_abbreviations.get(w, w) for w in normalize(name).split()]  # "the 6th CAA"
    heads = [w for w in words if w in v.unit_heads]
    if not heads:
        return None
    if not match and len(words) >= 2 and words[-1].isdigit() and words[-2] in v.unit_heads:
        return f"{words[-2]} {words[-1]}"  # "Light Infantry Battalion 345"
    if not match and words[0].isdigit():  # "444 Combat Brigade", "7 Division": the 444th, the 7th
        return f"{_ordinal(int(words[0]))} {heads[-1]}"
    return f"{match.group(0).lower()} {heads[-1]}" if match else None


def _ordinal(number: int) -> str:
    """444 as "444th", 203 as "203rd", 12 as "12th"."""
    teens = 10 <= number % 100 <= 20
    return f"{number}{'th' if teens else {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th')}"


def commanding(noun: Token) -> bool:
    """ "the brigade's commanding officer" commands it; so does the Frontier Corps' inspector general
    and a police's director general, and a movement's secretary general leads it ("Its secretary
    general, Brahim Ghali")."""
    heads = ("inspector", "secretary", "director")
    titled = noun.lower_ == "general" and any(c.lower_ in heads for c in noun.children)
    return titled or noun.lower_ == "secretary-general" or any(c.lower_ == "commanding" for c in noun.children)


def not_in_command(noun: Token) -> bool:
    """A role next to command that is not command: "deputy commander", "chief of staff"."""
    of_staff = any(c.lower_ == "of" and any(g.lower_ == "staff" for g in c.children) for c in noun.rights)
    return of_staff or any(c.lower_ in NOT_COMMAND for c in noun.lefts)


def took_over(verb: Token) -> bool:
    """ "X took over the army": taking command, said with a phrasal verb."""
    return verb.lemma_.lower() == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)


def took_command(verb: Token) -> bool:
    """ "X took command of Y": the command is the object of "take" (the "of" on either)."""
    return verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "command" for c in verb.children)


def in_the_past(verb: Token) -> bool:
    """ "X had previously served in the Belarusian army": a membership that ended."""
    return any(c.lower_ in vocab().past_adverbs for c in verb.children)


def relative_clause(token: Token) -> Token | None:
    """The verb of the relative clause a word stands in ("the 5th Army, whose 40th Brigade ..."),
    whose head is the noun the clause describes."""
    return next((a for a in token.ancestors if a.dep_ == "relcl"), None)


def press_office(noun: Token) -> bool:
    """ "the SDF media center", "the military's media wing", "the brigade's press service": a
    body's office that speaks for it, no entity by its own name."""
    v = vocab()
    press = any(c.dep_ in ("compound", "amod") and c.lower_ in v.press_words for c in noun.children)
    return press and noun.lemma_.lower() in v.outlet_parts and not noun.ent_type_


def own_clause(node: Token) -> bool:
    """ "..., but he later appeared in a video released by X": a coordinated clause with its own subject."""
    return node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)


def owners(noun: Token, deps: tuple[str, ...], preps: tuple[str, ...]) -> Iterator[Token]:
    """What a role noun belongs to: its possessor or compound ("its commander", "regiment
    commander") and the object of its preposition ("commander of Y", "a soldier in Y"), through
    a staff or a command's operations ("chief of staff of Y", "spokesman for the army's operations")."""
    for child in noun.children:
        if child.dep_ in deps:
            yield child
        elif child.dep_ == "prep" and child.lower_ in preps:
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                seat = obj.lower_ in ("staff", "headquarters", "operations")
                # "the army's operations" are the army's; "Ukraine's headquarters for POWs" is a body of its own;
                # the "Chief of Army Staff" heads the army's staff
                deps = ("poss",) if obj.lower_ == "operations" else ("compound",) if obj.lower_ == "staff" else ()
                staff_of = list(owners(obj, deps, ("of",))) if seat else []
                yield from staff_of or [obj]


def unit_heading(noun: Token) -> Token:
    """ "the 155th Brigade of Russia's Pacific Fleet, which has suffered": what a relative clause
    hung on a larger unit is about is the unit the phrase heads, not the one it belongs to."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.ent_type_ == "UNIT":
        upper = noun.head.head
        if upper.ent_type_ == "UNIT" and upper.pos_ == "PROPN":
            return upper
    return noun


def beyond(place: Token) -> bool:
    """Whether a place is named as where someone went or what a border runs with ("fled to
    Thailand", "near the border with Niger and Burkina Faso"), not where the story happens."""
    while place.dep_ == "conj" and place.head != place:
        place = place.head
    return place.dep_ == "pobj" and place.head.lower_ in ("with", "to", "into", "toward", "towards")


def says(tok: Token) -> bool:
    """A verb of saying ("said", "reported", "wrote"), as the tagger tagged it."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in vocab().say_verbs and not reports_for_duty(tok)


def reports_for_duty(verb: Token) -> bool:
    """ "report for another round of duty", "show up for service", "an officer posted in Kochi":
    turning up or serving in person, not words."""
    if verb.lemma_.lower() == "post" and verb.tag_ == "VBN":
        places = (o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "at") for o in c.children)
        return any(o.ent_type_ == "REGION" for o in places)
    if verb.lemma_.lower() not in ("report", "show", "turn"):
        return False
    duty = ("duty", "service", "mobilization", "mobilisation")
    return any(
        c.dep_ == "prep" and c.lower_ in ("for", "to") and any(t.lemma_.lower() in duty for t in c.subtree)
        for c in verb.children
    )


def citing(node: Token) -> list[Token]:
    """ "X reported, citing Y", "X, citing Y, said": the sources a clause cites."""
    return [
        obj
        for clause in node.children
        if clause.lemma_.lower() == "cite" and clause.dep_ in ("advcl", "xcomp", "conj", "acl")
        for obj in clause.children
        if obj.dep_ == "dobj"
    ]


def hung_on_last_clause(root: Token) -> list[Token]:
    """'"We lost five men, and nobody came," a fighter told X': clauses the parser hung on the
    last coordinated clause of a quote instead of on its root, where a say verb may stand."""
    return [g for c in root.children if c.dep_ == "conj" for g in c.children if g.dep_ in ("conj", "ccomp")]


def according_to(node: Token) -> list[Token]:
    """ "according to X", "per X"."""
    per = [o for p in node.children if p.dep_ == "prep" and p.lower_ == "per" for o in p.children if o.dep_ == "pobj"]
    according = [p for p in node.children if p.dep_ == "prep" and p.lower_ == "according"]
    objects = [o for p in according for to in p.children if to.lower_ == "to" for o in to.children if o.dep_ == "pobj"]
    stray = [o for p in according for o in p.children if o.dep_ == "pobj"]  # "according to X and Y", misparsed
    bare = [to for p in according for to in p.children if to.lower_ == "to" and not any(to.children)]
    stray += [n for to in bare if (n := _phrase_end_after(to)) is not None]  # the name made the verb's subject
    return [k for o in per + objects + stray for k in (o, *o.conjuncts)]  # "according to a lawmaker and two officers"


def _phrase_end_after(word: Token) -> Token | None:
    """The last noun of the phrase after a word, up to the next comma: "to the pro-Kremlin
    Telegram channel Dva Mayora, the division's commander was relieved", the name misparsed."""
    nouns = []
    for tok in word.doc[word.i + 1 : word.sent.end]:
        if tok.is_punct and tok.text != "-":  # "pro-Kremlin" goes on
            break
        if tok.pos_ in ("NOUN", "PROPN"):
            nouns.append(tok)
    return nouns[-1] if nouns else None


def term_for(ent: Span) -> Token | None:
    """'"Fitna al Khawarij", the term the state uses for the TTP': the name a term was coined
    for, by whoever uses it, however the parser hung the term beside the name."""
    doc = ent.doc
    i = ent.end
    while i < len(doc) and (doc[i].text in QUOTES or doc[i].text == ","):
        i += 1
    if i < len(doc) and doc[i].lower_ in ("the", "a", "an"):
        i += 1
    if i == ent.end or i >= len(doc):
        return None
    return next((o for o in coined_for(doc[i]) if o.ent_type_), None)


def coined_for(term: Token) -> Iterator[Token]:
    """What a term noun's clause says it is used "for" ("the term the state uses for the TTP");
    nothing for a word that is no term."""
    if term.lemma_.lower() not in vocab().term_nouns:
        return iter(())
    return (o for p in term.subtree if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj")
