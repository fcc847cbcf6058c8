"""`refused`: who refused, declined, deserted or disobeyed, and where they would not fight."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from extract.clauses import ACTORS, Hit, is_type, nearest_actor, negated, phrase, regions_in, subjects
from extract.hedges import quantity_of
from extract.mentions import EntityTable
from extract.model import EntityType, Predicate
from extract.phrases import reports_for_duty, says
from extract.vocab import vocab


def refused(sent: Span, table: EntityTable) -> Iterator[Hit]:
    v = vocab()
    for tok in sent:
        verb_like = tok.pos_ in ("VERB", "AUX") or _verb_tagged_noun(tok)
        is_verb = verb_like and (tok.lemma_.lower() in v.refusal_verbs or _refusal_phrase(tok))
        is_noun = tok.lemma_.lower() in v.refusal_nouns | v.refuser_nouns and tok.pos_ == "NOUN"
        if verb_like and _said_no(tok):  # "they will no longer carry out orders"
            is_verb = True
        elif (
            not (is_verb or is_noun)
            or negated(tok)
            or _declined_to_speak(tok)
            or _abandoned_things(tok)
            or _surrendered_fighters(tok, table)
            or _fled_somewhere(tok, table)
        ):
            continue
        if _restated(tok) or any(c.dep_ == "nsubj" and c.lower_ in v.generic_subjects for c in tok.children):
            continue  # "whoever refused was threatened": no one in particular refused
        if _under_a_no(tok) or (is_noun and _denied_to_be(tok)):
            continue
        actors = _refusers(tok, table, is_noun)
        exclude = {t.i for subj, _ in actors for t in subj.subtree}
        if tok.i in exclude:  # "a lieutenant who refused to return to Ukraine": that clause is the refusal's own
            exclude -= {t.i for t in tok.subtree}
        exclude |= _destination(tok)
        places = regions_in(tok, table, exclude) or _fighting_in(actors, table)
        complement = next((c for c in tok.children if c.dep_ in ("xcomp", "dobj") and c.pos_ != "SCONJ"), None)
        said_as_phrase = _refusal_phrase(tok) if complement is None and not is_noun else None  # "went AWOL"
        text = phrase(complement) if complement is not None else said_as_phrase or tok.text.lower()
        for subj, key in actors:
            yield Hit(key, Predicate.REFUSED, places[0] if places else None, None if places else text, tok,
                      quantity_of(subj, tok.doc))  # fmt: skip


def _denied_to_be(noun: Token) -> bool:
    """ "They are not deserters": a refuser noun a negated copula says they are not."""
    return noun.dep_ in ("attr", "acomp") and noun.head.lemma_ == "be" and negated(noun.head)


def _under_a_no(tok: Token) -> bool:
    """ "We do not have a problem with soldiers leaving their positions": a refusal in a phrase
    that a negated verb governs is said not to happen."""
    if tok.dep_ not in ("acl", "pcomp"):
        return False
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and negated(verb)


def _fighting_in(actors: list[tuple[Token, str]], table: EntityTable) -> list[str]:
    """ "servicemen who were fighting in Ukraine ... refused to continue", "units attacking the
    brigade near Toretsk refuse to advance": where the refusers were fighting is where they
    refused to."""
    fighting = [
        t
        for subj, _ in actors
        for t in subj.subtree
        if t.lemma_.lower() in ("fight", "serve", "attack", "operate") and t.dep_ in ("relcl", "acl")
    ]
    near = ("in", "near", "around", "outside")
    found = (table.at(o) for verb in fighting for p in verb.subtree if p.lower_ in near for o in p.children)
    return [k for k in found if is_type(table, k, {EntityType.REGION})][:1]


def _disobeyed(verb: Token) -> bool:
    """Orders not carried out: "will no longer carry out orders", "did not obey the order"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in vocab().obedience_verbs:
        return False
    ordered = verb.lemma_.lower() == "obey" or any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("order", "command", "instruction") for c in verb.children
    )
    return ordered and _no_more(verb) and not _conditional(verb)


def _no_more(verb: Token) -> bool:
    """ "did not", "will never", "will no longer": said before the verb."""
    return any(c.dep_ == "neg" or c.lower_ in ("never", "longer") for c in verb.subtree if c.i < verb.i)


def _will_not_go_back(verb: Token) -> bool:
    """ "they will not return to the front line", "we will not go back", "said they would not go"
    (ordered forward): a refusal said as a no to going back, or to going at all."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("return", "go"):
        return False
    fronts = vocab().front_words
    back_to = (o for p in verb.children if p.lower_ in ("to", "into") for o in p.children)
    goal = ("prep", "dobj", "xcomp", "ccomp", "advmod", "prt", "attr", "acomp")  # "go home", "go into details"
    bare = verb.lower_ == "go" and not any(c.dep_ in goal for c in verb.children) and not _conditional(verb)
    # "we will not go forward again": no more advancing (not "go forward with the plan")
    forward = any(c.lower_ == "forward" for c in verb.children) and not any(c.lower_ == "with" for c in verb.children)
    going = bare or forward or _going_back(verb)
    return _will_not(verb) and (going or any(o.lemma_.lower() in fronts for o in back_to))


def _said_no(verb: Token) -> bool:
    """A refusal said as a no to orders, to going back or to taking part."""
    return _disobeyed(verb) or _will_not_go_back(verb) or _will_not_take_part(verb) or _no_show(verb)


def _no_show(verb: Token) -> bool:
    """ "will not report for another round of duty", "will no longer report for reserve duty",
    "failed to report for service": called up and not turning up, which is desertion whether
    said as a plan or as a fact."""
    if verb.pos_ != "VERB" or not reports_for_duty(verb):
        return False
    failed = verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "fail"
    return (failed or _no_more(verb)) and not _conditional(verb)


def _will_not_take_part(verb: Token) -> bool:
    """ "they would not take part in the special military operation": a no to fighting."""
    if verb.lemma_.lower() != "take" or not any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
        return False
    promised = any(a.lemma_.lower() in vocab().promise_words for a in verb.ancestors)  # "promises that
    # conscripts would not take part in the war": someone else's word about them
    taking_part = any(c.dep_ == "prep" and c.lower_ == "in" for c in verb.children)
    return _will_not(verb) and taking_part and not promised and not _conditional(verb)


def _will_not(verb: Token) -> bool:
    """ "will not", "won't", "would not": a no about what one is to do."""
    negative = any(c.dep_ == "neg" for c in verb.children)
    return negative and any(c.dep_ == "aux" and c.lower_ in ("will", "wo", "'ll", "would") for c in verb.children)


def _conditional(verb: Token) -> bool:
    """ "if they were ordered", "would not go unless relieved": a no that waits on a condition."""
    clauses = [verb, *(c for c in verb.children if c.dep_ == "advcl")]
    return any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for c in clauses for m in c.children)


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
    if verb.dep_ != "relcl":
        return False
    # "40 soldiers of the 155th Brigade who deserted": the men, not the brigade the clause hangs on
    definite = any(c.lower_ in ("the", "those", "these") for s in subjects(verb) for c in s.children)
    bare = not any(c.dep_ in ("xcomp", "dobj", "prep", "advmod", "npadvmod") for c in verb.children)
    return definite and bare


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


def _described_as(noun: Token) -> list[Token]:
    """ "Sergeant X, one of the defectors", "X, a deserter from the 3rd Brigade", "X is a
    deserter": the one a refuser noun describes refused."""
    if noun.lemma_.lower() not in vocab().refuser_nouns:
        return []
    if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "among") and noun.head.head.lower_ == "one":
        noun = noun.head.head
    if noun.dep_ == "appos":
        return [noun.head]
    return subjects(noun.head) if noun.dep_ == "attr" else []


def _prosecuting_country(noun: Token) -> Token | None:
    """The country that opened the cases for a refusal ("Russia has opened cases for desertion",
    "cases over desertion were opened in Ukraine"), whose own soldiers the cases are against."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "over"):
        return None
    cases = noun.head.head  # "cases for desertion", or "opened cases for desertion" with "for" on the verb
    if cases.pos_ == "VERB":
        cases = next((c for c in cases.children if c.dep_ in ("dobj", "nsubjpass")), cases)
    if cases.lemma_.lower() != "case":
        return None
    verb = cases.head if cases.dep_ in ("dobj", "nsubjpass") else cases
    places = [*subjects(verb), *(o for p in (*verb.children, *cases.children) if p.lower_ == "in" for o in p.children)]
    return next((t for t in places if t.lower_ in vocab().nationalities), None)


def _unnamed_actor(soldier: Token, table: EntityTable) -> str | None:
    """Soldiers no unit or person claims: "the men accuse him of shooting a wounded fighter who
    refused": one fighter among the men whose unit the sentence is about is of that unit; else
    a group of their own."""
    single = soldier.tag_ == "NN" and table.is_indefinite(soldier) and table.lemma(soldier) in vocab().personnel_nouns
    main = soldier.sent.root
    men = next((c for c in main.children if c.dep_ == "nsubj" and c.tag_ == "NNS"), None) if single else None
    unit = table.resolve(men, create_groups=False) if men is not None else None
    return unit if is_type(table, unit, {EntityType.UNIT}) else table.resolve(soldier, vague=True)


def _report_writers(tok: Token, table: EntityTable) -> list[Token]:
    """ "Fifteen of us have written reports refusing to take part in assaults": who wrote (filed,
    signed) the papers that refuse, the men counted rather than their number."""
    paper = tok.head
    participle = tok.dep_ == "acl" and tok.tag_ == "VBG"  # not "reports that they had refused", a content clause
    if not participle or paper.dep_ != "dobj" or paper.lemma_.lower() not in vocab().report_nouns:
        return []
    return [table.quantified_of(s) or s for s in subjects(paper.head)]


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


def _to_the_speaker(verb: Token) -> bool:
    """ "surrendering to us", "defected to me": yielding to the one speaking."""
    to = (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to")
    return any(o.lower_ in ("us", "me") for p in to for o in p.children)


def _given_up_to_speaker(verb: Token, actors: list[tuple[Token, str]], table: EntityTable) -> list[tuple[Token, str]]:
    """Soldiers who yield to the speaker are his enemy's, never his own side's: the side the
    speaker's words name as the enemy, or else the one state army the article names."""
    own = table.speakers_unit(verb)
    other = table.enemy_of_speaker(verb) or table.only_national_forces()
    mended = [(h, other if k == own else k) for h, k in actors]
    return [(h, k) for h, k in mended if k is not None and k != own]


def _abandoned_things(verb: Token) -> bool:
    """ "abandoned armored vehicles", "they were abandoned by their officers": equipment or
    people left behind, not a post deserted."""
    if verb.lemma_.lower() != "abandon":
        return False
    posts = vocab().abandoned_posts
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() not in posts for c in verb.children)


def _surrendered_fighters(verb: Token, table: EntityTable) -> bool:
    """ "youths, some of them surrendered Maoists": the parser made a verb of the word that
    describes former fighters; no one surrenders an armed group."""
    if verb.lemma_.lower() != "surrender":
        return False
    return any(c.dep_ == "dobj" and is_type(table, table.at(c), {EntityType.UNIT}) for c in verb.children)


def _declined_to_speak(verb: Token) -> bool:
    """ "declined to comment", "refused to say": a refusal to speak, not to serve; "refused to
    withdraw the company", "refused to let them go": a refusal to yield, not to fight ("refused
    to report for duty" is a refusal to serve)."""
    v = vocab()
    words = v.say_verbs | v.speech_verbs | v.yielding_verbs
    return any(
        c.dep_ == "xcomp"
        and c.lemma_.lower() in words
        and not (_going_back(c) or reports_for_duty(c) or _authority_owned(c))
        for c in verb.children
    )


def _authority_owned(verb: Token) -> bool:
    """ "refused to recognise the authority of the officers sent to them": to own a command is to
    obey it, so refusing to is refusing orders, not withholding something."""
    command = ("authority", "order", "command", "commander", "commandant")
    return any(c.dep_ == "dobj" and c.lemma_.lower() in command for c in verb.children)


def _stranded_men(verb: Token) -> list[Token]:
    """ "X told the paper that 30 soldiers were killed and 18 others, including a captain,
    surrendered": the parser joined the verb to the saying, leaving its subject hung on the
    clause before; the men counted just before it are who did it, not the speaker."""
    if verb.dep_ != "conj" or not says(verb.head) or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    before = verb.doc[verb.i - 1]
    if before.is_punct and before.i > 0:
        before = verb.doc[before.i - 1]
    while before.dep_ in ("pobj", "prep", "appos") and before.head.i < before.i:  # ", including a captain,"
        before = before.head
    counted = before.tag_ == "NNS" and any(c.dep_ == "nummod" for c in before.children)
    return [before] if counted and before.head != verb.head else []


def _fled_somewhere(verb: Token, table: EntityTable) -> bool:
    """ "the militants had fled toward the Hamrin mountains", "the attackers fled", "villagers
    fled to safer areas": a retreat in a direction, raiders getting away or civilians escaping
    the fighting, not men leaving their posts or their army."""
    # "fled with some of his troops towards X": the direction may hang on the phrase before it
    phrases = [verb, *(o for c in verb.children if c.dep_ == "prep" for o in c.children)]
    toward = any(c.dep_ == "prep" and c.lower_ in ("toward", "towards") for p in phrases for c in p.children)
    raiders = [table.quantified_of(s) or s for s in subjects(verb)]  # "the terrorists fired ... before fleeing"
    escaping = vocab().insurgent_nouns | vocab().civilian_nouns
    raiders_fled = bool(raiders) and all(s.lemma_.lower() in escaping for s in raiders)
    return verb.lemma_.lower() in ("flee", "escape") and (toward or raiders_fled)


def _destination(verb: Token) -> set[int]:
    """ "defected to Colombia", "fled into Poland": where deserters went is not where they
    refused to fight."""
    if verb.lemma_.lower() not in ("defect", "desert", "flee", "escape"):
        return set()
    found = set()
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into")):
        found |= {t.i for t in prep.subtree}
        # "defected to the SPLA-IO in Nasir County": where they defected, not where they went
        found -= {w.i for p in prep.subtree if p != prep and p.dep_ == "prep" and p.lower_ != "of" for w in p.subtree}
    return found


def _going_back(verb: Token) -> bool:
    """ "refusing to rotate back to the islands": the men going back themselves, no one let go."""
    back = any(c.lower_ == "back" for c in verb.children)
    return back and not any(c.dep_ == "dobj" for c in verb.children)


def _refusal_phrase(verb: Token) -> str | None:
    """ "went AWOL", "laid down their arms": refusal said with a phrase, not a verb; the phrase."""
    phrases = vocab().refusal_phrases.get(verb.lemma_.lower())
    if not phrases:
        return None
    owners = {"his": "their", "her": "their", "my": "their", "our": "their"}  # "left his unit" as "their unit"
    words = (
        owners.get(t.lower_, t.lower_) for c in verb.rights if c.dep_ not in ("punct", "cc", "conj") for t in c.subtree
    )
    after = " ".join(words)
    return next((f"{verb.lower_} {p}" for p in phrases if p in after), None)


def _post_named_before(verb: Token, table: EntityTable) -> str | None:
    """ "fled the base" after "the base of the army's 14th Regiment": the unit whose post it is."""
    posts = vocab().abandoned_posts
    post = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in posts), None)
    if post is None or not any(c.lower_ == "the" for c in post.children):
        return None
    earlier = (t for t in reversed(verb.doc[: post.sent.start]) if t.lemma_ == post.lemma_)
    owners = (table.unit_named_by(t, ("of",)) for t in earlier)
    return next((k for k in owners if k is not None), None)


def _post_holder(subject: Token) -> Token:
    """ "the brigade's positions had been abandoned": the post's holder abandoned it."""
    if subject.dep_ != "nsubjpass" or subject.lemma_.lower() not in vocab().abandoned_posts:
        return subject
    return next((c for c in subject.children if c.dep_ == "poss"), subject)


def _refusers(tok: Token, table: EntityTable, is_noun: bool) -> list[tuple[Token, str]]:
    if is_noun:
        holders = [c for c in tok.children if c.dep_ == "poss"]
        holders += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "by") for p in c.children]
        if not holders and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and tok.head.head.pos_ == "VERB":
            holders = subjects(tok.head.head)  # "X marched on Moscow in a mutiny"
        if not holders and tok.dep_ == "dobj" and tok.head.lemma_.lower() in vocab().staging_verbs:
            holders = subjects(tok.head)  # "his forces took the headquarters, escalating an armed rebellion"
        holders = holders or _punished(tok) or _accused(tok) or _described_as(tok)
    else:
        clause = tok.head.head if _verb_tagged_noun(tok) else tok
        holders = _punished(tok) or _accused(tok) or _report_writers(tok, table) or _stranded_men(tok)
        holders = holders or subjects(clause)
        holders = [_post_holder(h) for h in holders]
    if is_noun:
        holders += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children]
    if is_noun and not holders:
        country = _prosecuting_country(tok)
        forces = table.forces_of_country(country) if country is not None else None
        if forces is not None:  # "Russia has opened 7,000 criminal cases for desertion": its soldiers deserted
            return [(country, forces)]
    # "sentenced a lieutenant who refused ..." then "Lieutenant Dmitry X": the person named next
    resolved = [(h, table.resolve(h, create_groups=False) or table.named_later(h)) for h in holders]
    unit_named = any(is_type(table, k, {EntityType.UNIT}) and k not in table.groups for _, k in resolved)
    # Soldiers no unit or person claims make a group of their own, unless a named unit refused with them.
    held = _post_named_before(tok, table) if not is_noun else None  # "several soldiers had fled the base"
    resolved = [(h, k or held) for h, k in resolved]
    actors = [(h, k if k is not None or unit_named or _generic(h) else _unnamed_actor(h, table)) for h, k in resolved]
    actors = [(h, k) for h, k in actors if k is not None and table.entities[k].type in ACTORS]
    if not is_noun and _to_the_speaker(tok):  # '"Soldiers are surrendering to us," the rebel commander said'
        actors = _given_up_to_speaker(tok, actors, table)
    if not actors and not holders and tok.dep_ in ("acl", "relcl", "advcl", "conj"):
        near = nearest_actor(tok, table, ACTORS)
        actors = [near] if near else []
    return actors
