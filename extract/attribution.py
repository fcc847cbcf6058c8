"""On whose word: reporters of a claim read from the clauses that govern it.

"X said/reported/wrote (on Telegram) that ...", "according to X", "..., citing Y",
"..., a report says", "X corroborated the report" and "X could not verify the report".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from extract import gazetteer
from extract.clauses import put_at, subjects
from extract.mentions import EntityTable
from extract.model import Attribution, EntityType, Role
from extract.phrases import (
    according_to,
    citing,
    hung_on_last_clause,
    own_clause,
    owners,
    press_office,
    reports_for_duty,
)
from extract.vocab import vocab

REPORTERS = {EntityType.OUTLET, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.UNIT}
_PUBLISHING_VERBS = {"post", "publish", "share", "release", "record", "tweet", "upload"}
_UNABLE = re.compile(r"\b(could not|couldn't|cannot|can't|unable to|not able to|did not|has not|have not)\b", re.I)


STATE_MEDIA = "state media"  # the kind of an unnamed report by "state media"


@dataclass(frozen=True)
class ReportRef:
    """An unnamed report: "a report says" (indefinite) or "the statement said" (pointing back)."""

    position: int
    definite: bool
    kind: str = ""  # the report noun: "the investigation" points back to an investigation
    reach: int = 0  # for state media, where the outlet that names them must be named by
    country: str = ""  # and whose state's media they are


@dataclass
class Reporting:
    """The attributions found for one claim, and the unnamed report it rests on, if any."""

    attributions: list[Attribution] = field(default_factory=list)
    unnamed_report: ReportRef | None = None

    def add(self, key: str | None, role: Role) -> None:
        if key is not None and all(a.reporter != key for a in self.attributions):
            self.attributions.append(Attribution(key, role))


def reporter(tok: Token, table: EntityTable) -> str | ReportRef | None:
    """The entity a reporting phrase names, an unnamed report, or None for nothing usable."""
    v = vocab()
    named = table.named_later(tok) or table.pen_name(tok)  # "the blogger, who writes as Rybar, said"
    if named is not None:
        return named
    if tok.lower_ == "it" and tok.dep_ == "nsubj":  # "The letter says ... It also says": the letter again
        report = _report_subject_before(tok, table)
        if report is not None:
            return ReportRef(tok.i, definite=True, kind=report.lemma_.lower())
    if tok.lower_ == "one":  # "according to one of them, Sergei,": the man named beside
        person = _named_beside(tok, table)
        if person is not None:
            return person
    inner = table.quantified_of(tok)
    if inner is not None and inner.lemma_.lower() in v.report_nouns:
        tok = inner  # "according to one of the letters, seen by iStories": the letters
    on = table.at(tok)  # "its Telegram channel": the platform names no one
    unnamed = on is None or gazetteer.is_platform(table.entities[on].name)
    page = tok.lemma_.lower() in v.publishing_pages | v.outlet_parts and unnamed  # not "State Bureau"
    media = table.military_media(tok) if page and press_office(tok) else None
    if media is not None:  # "the military's media wing said": the body the article names as such
        return media
    if page:  # "according to the ministry's website", "according to its official Telegram channel"
        owned = [c for c in tok.children if c.dep_ == "poss"] or list(owners(tok, (), ("of",)))  # "the Pskov
        if owned:  # edition of the newspaper X reported"
            return reporter(owned[0], table)
    chat = any(c.dep_ == "compound" and c.lemma_.lower() == "chat" for c in tok.children)  # "a chat group"
    key = None if chat else table.resolve(tok, create_groups=False) or _outlet_inside(tok, table)
    if key is None and tok.lemma_.lower() in v.speaker_roles:  # "The spokesperson of X's operations in Ituri,
        key = table.named_beside(tok)  # Lieutenant Y, told ...": the name the parser hung on the place
    if key is None:
        lemma = tok.lemma_.lower()
        if _state_media(tok):  # "state media reported": the state outlet the article goes on to name
            reach, state = table.sentence_end(tok.i, 1), _state_of(tok, table)
            return ReportRef(tok.i, definite=False, kind=STATE_MEDIA, reach=reach, country=state)
        if lemma in v.report_nouns or chat:  # "a chat group of relatives seen by X": a report X saw
            author = _author(tok, table)
            if author is not None:
                return author
            if _kind_of_source(tok) or _by_an_unnamed_body(tok):
                return None  # "according to Ukrainian media reports": no report in particular
            definite = any(  # "the video", "its statement"; not "a journalist's investigation"
                c.lower_ in ("the", "this", "that") or (c.dep_ == "poss" and not table.is_indefinite(c))
                for c in tok.children
            )
            return ReportRef(tok.i, definite, lemma)
        body = table.employer(tok) if lemma in v.speaker_roles and tok.pos_ == "NOUN" else None
        if body is None and lemma in v.official_bodies:
            body = table.official_body(tok)  # "Western officials"
        return body
    entity = table.entities[key]
    if entity.type is EntityType.REGION and tok.lemma_.lower() in v.official_bodies:
        return table.official_body(tok)  # "according to the Chuvash government": the place's body
    if entity.type not in REPORTERS or gazetteer.is_platform(entity.name):
        return None
    if table.national_forces(key) and tok.tag_ == "NN" and table.is_indefinite(tok):
        return None  # "a Russian soldier told his wife": one soldier does not speak for the army
    return key


def _outlet_inside(name: Token, table: EntityTable) -> str | None:
    """ "Channel 14 News reported": an outlet's name the model cut short of the word heading it;
    "the Inter Services Public Relations (ISPR) directorate said": a body's, before its kind."""
    body = name.pos_ == "NOUN" and name.lemma_.lower() in vocab().org_nouns
    if name.pos_ != "PROPN" and not body:
        return None
    kinds = {EntityType.OUTLET, EntityType.ORGANIZATION, EntityType.UNIT} if body else {EntityType.OUTLET}
    inside = (table.at(c) for c in name.children if c.dep_ in ("compound", "nmod"))
    return next((k for k in inside if k is not None and table.entities[k].type in kinds), None)


def _set_off_participles(report: Token) -> list[Token]:
    """ "Messages from a closed chat of officers, obtained by X, show": a participle set off by
    a comma after the report's "from"/"of" phrase says what the whole report went through,
    wherever the parser hung it."""
    inner = [t for p in report.children if p.dep_ == "prep" and p.lower_ in ("from", "of") for t in p.subtree]
    return [c for t in inner for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.nbor(-1).text == ","]


def _report_subject_before(pronoun: Token, table: EntityTable) -> Token | None:
    """The report noun ("the letter", "the statement") subject of the sentence before, which a
    reporting "it" takes up."""
    before = pronoun.doc[table.window(pronoun, sentences=2) : pronoun.sent.start]
    found = [t for t in before if t.dep_ == "nsubj" and t.lemma_.lower() in vocab().report_nouns]
    return found[-1] if found else None


def _author(report: Token, table: EntityTable) -> str | None:
    """ "a post by the HUR", "a statement from the ministry", "the brigade's report", "a report
    in Kommersant", "the video, which was posted by X": a report noun names its author, who is
    then the reporter."""
    held = (report, *owners(report, (), ("of",)))  # "a chat group of relatives seen by X", "seen" hung lower
    clauses = [v for n in held for c in n.children if c.dep_ in ("acl", "relcl") for v in (c, *c.conjuncts)]
    seen_by = [
        o for c in clauses + _set_off_participles(report) for a in c.children if a.dep_ == "agent" for o in a.children
    ]
    # "an appeal seen by Reuters", "a post on the regiment's page", "a CNN analysis of the footage"
    named = [c for c in report.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    for head in [*named, *owners(report, ("poss",), ("by", "from", "of", "in", "on")), *seen_by]:
        found = reporter(head, table)
        if isinstance(found, str):
            return found
    for body in (c for c in report.children if c.dep_ == "compound" and c.lemma_.lower() in vocab().official_bodies):
        found = table.official_body(body, report.children)  # "Western intelligence estimates"
        if found is not None:
            return found
    return _stranded_author(report, table) or _signers(report, table)


def _signers(report: Token, table: EntityTable) -> str | None:
    """ "veterans and reservists of Unit 8200 have signed a letter declaring ...": who signed or
    wrote a letter is its author, whichever of the coordinated subjects names one."""
    if report.dep_ != "dobj" or report.head.lemma_.lower() not in ("sign", "write", "pen", "send", "publish"):
        return None
    found = (reporter(k, table) for s in subjects(report.head) for k in (s, *s.conjuncts))
    return next((k for k in found if isinstance(k, str)), None)


def co_authors(report: Token, table: EntityTable) -> list[str]:
    """ "a count by the BBC and the outlet Mediazona": the authors after the first."""
    firsts = [o for p in report.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children]
    found = (reporter(k, table) for f in firsts for k in f.conjuncts)
    return [k for k in found if isinstance(k, str)]


def _stranded_author(report: Token, table: EntityTable) -> str | None:
    """ "an analysis of satellite imagery and drone footage by the group Oryx": the parser hung
    "by" on a word further in the phrase; take the first "by" up to the next comma."""
    for tok in report.doc[report.i + 1 : report.sent.end]:
        if tok.text in (",", ";", ".") or tok.dep_ == "agent":
            return None
        if tok.lower_ == "by":
            for obj in (c for c in tok.children if c.dep_ == "pobj"):
                found = reporter(obj, table)
                if isinstance(found, str):
                    return found
            return None
    return None


def _state_media(noun: Token) -> bool:
    """ "state media", "state television", "official media": a state's outlets, one of which the
    article usually names next ("state media reported ... the official IRNA news agency said")."""
    outlets = ("media", "television", "tv", "broadcaster")
    state = ("state", "state-run", "official", "government")
    return noun.lower_ in outlets and any(c.dep_ in ("amod", "compound") and c.lower_ in state for c in noun.children)


def _state_of(media: Token, table: EntityTable) -> str:
    """The code of the country whose state media are meant: "Iranian state media", else the
    story's country."""
    named = (table.country_of_nation(c.lower_) for c in media.children if c.dep_ in ("amod", "compound"))
    return next((code for code in named if code), None) or table.country_of_story() or ""


def _by_an_unnamed_body(report: Token) -> bool:
    """ "a post by the regional administration in Voronezh": a report by a body the article does
    not name, which is no other report the article leans on."""
    return any(o.lemma_.lower() in vocab().official_bodies for o in owners(report, (), ("by", "from")))


def _kind_of_source(report: Token) -> bool:
    """ "media reports", "Russian press reports": reports of a kind, not one the article leans on."""
    return any(
        c.dep_ in ("compound", "amod") and (c.lower_ in vocab().source_kinds or c.ent_type_ == "NORP")
        for c in report.children
    )


def _quoted_by(source: Token) -> list[Token]:
    """ "relatives quoted by the newspaper", "sources cited by Reuters": who carried their words."""
    return [
        obj
        for clause in source.children
        if clause.dep_ == "acl" and clause.lemma_.lower() in ("quote", "cite", "interview")
        for agent in clause.children
        if agent.dep_ == "agent"
        for obj in agent.children
        if obj.dep_ == "pobj"
    ]


def _venues(verb: Token, table: EntityTable) -> list[str]:
    """ "admitted on Sky News": a news outlet the statement was made on (platforms are not reporters)."""
    found = []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in vocab().platforms_prep:
            for obj in _through_interviews(prep):
                key = table.at(obj)
                if (
                    key
                    and table.entities[key].type is EntityType.OUTLET
                    and not gazetteer.is_platform(table.entities[key].name)
                ):
                    found.append(key)
    return found


def _said_in(verb: Token) -> list[Token]:
    """ "women say in the video (posted by X)": the report the words were said in, whose
    publisher carried them."""
    nouns = vocab().report_nouns
    return [
        obj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for obj in prep.children
        if obj.dep_ == "pobj" and obj.lemma_.lower() in nouns
    ]


def _shown_to(report: Token, table: EntityTable) -> list[str]:
    """The outlet a letter or video was shared with or sent to, which carried the words in it."""
    handed = (c for c in report.children if c.dep_ == "acl" and c.lemma_.lower() in vocab().handing_verbs)
    recipients = (o for c in handed for p in c.children if p.lower_ in ("with", "to") for o in p.children)
    keys = (table.at(o) for o in recipients if o.dep_ == "pobj")
    return [k for k in keys if k is not None and table.entities[k].type is EntityType.OUTLET]


def _through_interviews(prep: Token) -> list[Token]:
    """ "on Sky News", and "in an interview with Radio Liberty": the outlet behind the interview."""
    found = []
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        found.append(obj)
        if obj.lemma_.lower() in vocab().interview_nouns:
            found += owners(obj, (), ("with", "on", "to"))
    return found


def attribute(anchor: Token, table: EntityTable) -> Reporting:
    """Climb from the token a claim hangs on to the sentence root, collecting who stands behind it."""
    result = Reporting()
    path = {anchor.i}
    subject = next((c for c in anchor.children if c.dep_ == "nsubj"), None)
    if is_say(anchor) and subject is not None and subject.tag_ not in ("WP", "WDT"):  # not "X, who reports for Y"
        speakers(anchor, path, table, result)  # "X named the dead as Y", "X confirmed the deaths of ...": X's word
    if is_say(anchor) and subject is None:  # "The dead captain was named by the Defense Ministry as Y"
        for agent in (o for a in anchor.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"):
            _note(result, reporter(agent, table), Role.SAID)
    node, came_from = anchor, None
    while True:
        for obj in according_to(node):
            _note(result, reporter(obj, table), Role.CITED)
            for author in co_authors(obj, table):
                result.add(author, Role.CITED)
            for outlet in _quoted_by(obj):  # "according to relatives quoted by the newspaper"
                _note(result, reporter(outlet, table), Role.VIA)
        for obj in citing(node):
            _note(result, reporter(obj, table), Role.CITED)
        for obj in _reported_in(node):
            _note(result, reporter(obj, table), Role.SAID)
        if _tells(node, path):  # "posts by the blogger X that 40 servicemen had walked away": X's word
            _note(result, _author(node, table), Role.SAID)
        spoken = node.i != anchor.i and (is_say(node) or _spoke_of(node, path)) and not _addressed(node, path)
        if spoken and not _set_before(came_from, node):
            speakers(node, path, table, result)
        # "..., declined to fight, the outlet Meduza reported."; a say verb hung on the quote's last clause
        for aside in [*node.children, *hung_on_last_clause(node)]:
            after = aside.dep_ in ("conj", "advcl", "parataxis", "ccomp") and aside.i > anchor.i
            as_said = aside.dep_ == "advcl" and any(c.lower_ == "as" for c in aside.children)  # "As reported by X, ..."
            # "... was removed after soldiers complained": a clause of time or cause reports nothing
            subordinate = any(c.dep_ == "mark" and c.lower_ != "as" for c in aside.children)
            colon = aside.i < anchor.i and _before_colon(aside)  # "The outlet wrote: the corps is led by X"
            inserted = aside.dep_ == "parataxis" and _between_commas(aside)  # "Of 110 men, the soldiers say, 23 ..."
            if (after or as_said or colon or inserted) and not subordinate and is_say(aside) and not has_content(aside):
                speakers(aside, path, table, result)
                for obj in [*according_to(aside), *citing(aside)]:  # "..., according to X, Y reported, citing Z"
                    _note(result, reporter(obj, table), Role.CITED)
        if node.head == node:
            break
        came_from, node = node, node.head
        path.add(node.i)
    for verb in [*_tacked_on(anchor), *_stray_content(anchor)]:
        speakers(verb, path, table, result)
    if not result.attributions and result.unnamed_report is None:
        for obj in _closing_according_to(anchor):  # "... so heavy that it could take years, according to X."
            _note(result, reporter(obj, table), Role.CITED)
    closing = (table.say_closing_quote(anchor) or table.say_quote_before(anchor)) if not result.attributions else None
    if closing is not None:  # '"We lost 30 men. ...," the officer said'
        speakers(closing, path, table, result)
    root = anchor.sent.root
    if not result.attributions and result.unnamed_report is None and _named_by_whom(root):
        result.unnamed_report = ReportRef(root.i, definite=True)  # the announcement before it names him
    return result


def _between_commas(clause: Token) -> bool:
    """A clause set off by commas on both sides inside the sentence: a parenthesis."""
    doc = clause.doc
    words = [t.i for t in clause.subtree if not t.is_punct]
    start, end = min(words), max(words)
    return start > 0 and end + 1 < len(doc) and doc[start - 1].text == "," and doc[end + 1].text == ","


def _addressed(verb: Token, path: set[int]) -> bool:
    """ "wrote in a letter to the brigade commander, Col. X", "told the commander, X, that": whom
    words are addressed to is no part of what they say."""
    doc, reports = verb.doc, vocab().report_nouns
    on_path = (doc[i] for i in path if doc[i] != verb)
    return any(
        (t.dep_ == "prep" and t.lower_ == "to" and (t.head == verb or t.head.lemma_.lower() in reports))
        or (t.head == verb and (t.dep_ == "dative" or (t.dep_ == "dobj" and verb.lemma_.lower() == "tell")))
        for t in on_path
    )


def _reported_in(node: Token) -> list[Token]:
    """ "In an incident reported by El País, 12 soldiers refused", "in a video posted by X": the
    agent of the report the statement is set in says it."""
    scenes = (o for p in node.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj")
    events = (o for o in scenes if o.lemma_.lower() not in vocab().report_nouns)  # "in a video posted by X" carries
    reports = (c for o in events for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN" and is_say(c))
    return [o for c in reports for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


def _tells(noun: Token, path: set[int]) -> bool:
    """A report noun whose "that" clause the claim stands in: the report tells the claim."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in vocab().report_nouns:
        return False
    told = (c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i in path)
    return any(m.dep_ == "mark" and m.lower_ == "that" for c in told for m in c.children)


def _named_by_whom(verb: Token) -> bool:
    """ "He was named as Lt. Col. X", "The dead were identified as ...": a passive naming with no
    agent, which carries on the announcement before it."""
    passive = any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)
    named_as = any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)  # not "named after Y"
    return passive and named_as and verb.lemma_.lower() in vocab().naming_verbs


def _before_colon(verb: Token) -> bool:
    """A reporting clause that ends in a colon, the words it reports after it."""
    end = verb.right_edge.i + 1
    return end < len(verb.doc) and verb.doc[end].text == ":"


def _named_beside(tok: Token, table: EntityTable) -> str | None:
    """The person named in apposition right after a phrase, however the parser hung the name."""
    doc = tok.doc
    after = tok.right_edge.i + 1
    counted = table.quantified_of(tok)  # "one of the women, Yelena X, whose husband ...": hung on "women"
    beside = [c for w in (tok, counted) if w is not None for c in w.children if c.dep_ == "appos"]
    if after + 1 < len(doc) and doc[after].text == ",":
        beside.append(doc[after + 1])
    found = (table.at(t) for t in beside)
    return next((k for k in found if k and table.entities[k].type is EntityType.PERSON), None)


def _closing_according_to(anchor: Token) -> list[Token]:
    """ ", according to X." closing a sentence stands for all of it, however deep in the last
    clause the parser hung it."""
    words = [t for t in anchor.sent if not t.is_punct and not t.is_space]
    closing = [
        tok
        for tok in words
        if tok.lower_ == "according" and tok.i > anchor.i and tok.nbor(-1).text == "," and tok.right_edge == words[-1]
    ]
    return according_to(closing[0].head) if closing else []


def _tacked_on(anchor: Token) -> list[Token]:
    """ "refused to cross the river near Kherson, a Russian military blogger has claimed", "...,
    the outlet X reported in May": a reporting verb after a comma that the parser took for a
    relative clause of the last noun (no "which" or "that", nothing said of its own, finite)
    reports the sentence."""
    doc = anchor.doc
    return [
        verb
        for verb in anchor.sent
        if verb.i > anchor.i
        and is_say(verb)
        and not has_content(verb)
        and not any(c.dep_ == "dobj" or c.lower_ in ("which", "that", "who") for c in verb.children)
        and (
            (verb.dep_ == "relcl" and "," in (doc[verb.left_edge.i - 1].text, doc[verb.head.left_edge.i - 1].text))
            or (
                verb.dep_ == "acl"
                and _finite_or_stray(verb)
                # "..., Channel 12 News reported": the comma before the name, or hung on it
                and any("," in (doc[n.left_edge.i].text, doc[n.left_edge.i - 1].text) for n in _named_phrase(verb.head))
            )
        )
    ]


def _stray_content(anchor: Token) -> list[Token]:
    """ "X, who wrote, citing soldiers, that 30 men had deserted": a that-clause the parser hung
    away from the reporting verb it follows; that verb, bare of content, reports it."""
    clause = next((t for t in (anchor, *anchor.ancestors) if any(_that(c) for c in t.children)), None)
    if clause is None or is_say(clause.head) or clause.head.lemma_.lower() in vocab().report_nouns:
        return []
    mark = next(c for c in clause.children if _that(c))
    before = anchor.doc[max(anchor.sent.start, mark.i - 8) : mark.i]
    said = [t for t in before if is_say(t) and not has_content(t) and t.dep_ in ("relcl", "acl")]
    return said[-1:]


def _that(tok: Token) -> bool:
    return tok.dep_ == "mark" and tok.lower_ == "that"


def _named_phrase(noun: Token) -> list[Token]:
    """A noun, and for a name set beside its kind ("the Telegram channel VChK-OGPU") the kind's
    phrase it stands in."""
    kind = noun.head if noun.dep_ == "appos" and noun.pos_ == "PROPN" and noun.head.i < noun.i else None
    return [noun, kind] if kind is not None and kind.pos_ == "NOUN" else [noun]


def _finite_or_stray(verb: Token) -> bool:
    """A past tense, or a participle the tagger made of one: no "by" agent, nothing after but
    when ("..., the channel X reported on Monday")."""
    if verb.tag_ == "VBD":
        return True
    return (
        verb.tag_ == "VBN"
        and all(c.dep_ in ("prep", "npadvmod", "advmod", "punct") for c in verb.children)
        and not any(c.dep_ == "agent" or c.lower_ == "by" for c in verb.children)
    )


def _set_before(adjunct: Token | None, verb: Token) -> bool:
    """ "In a letter sent to the brigade commander, Col. X, the soldiers wrote that ...": what a
    prepositional phrase set before the say verb tells is the writer's framing, not the words."""
    return adjunct is not None and adjunct.dep_ == "prep" and adjunct.i < verb.i and adjunct.lower_ != "according"


def is_say(tok: Token) -> bool:
    """A reporting verb; also one the tagger made a noun while the parser gave it a subject
    ("..., Sever.Realii reports.")."""
    if tok.lemma_.lower() not in vocab().say_verbs or reports_for_duty(tok):
        return False
    as_noun = tok.dep_ == "ROOT" and tok.pos_ == "NOUN" and any(c.dep_ in ("nsubj", "ccomp") for c in tok.children)
    return tok.pos_ in ("VERB", "AUX") or as_noun


def _spoke_of(verb: Token, path: set[int]) -> bool:
    """ "He spoke of the deaths of his men": what one talks about is one's word too; so is the
    toll one gives ("SOHR put the factions' losses at 14 dead")."""
    about = any(c.dep_ == "prep" and c.lower_ in ("about", "of", "over") and c.i in path for c in verb.children)
    spoke = about and verb.lemma_.lower() in vocab().speech_verbs
    toll = any(c.dep_ == "dobj" and c.i in path for c in verb.children) and put_at(verb)
    return (spoke or toll) and verb.pos_ == "VERB"


def has_content(verb: Token) -> bool:
    """A reporting verb with its own that-clause reports that, not the clause before it."""
    return any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)


def speakers(verb: Token, path: set[int], table: EntityTable, result: Reporting) -> None:
    """The subject of a reporting verb, and outlets it was said on or told to; nobody when the
    claim is the speaker's own description ("X, commander of Y, said")."""
    if any(c.dep_ == "nsubj" and c.i in path for c in verb.children):
        return
    if any(c.dep_ == "neg" for c in verb.children):
        return  # "..., an account the group has not confirmed": who has not said so reports nothing
    # One subject, the nearest: others are misparsed asides ("..., most of them among convicts, X said").
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i not in path][-1:]
    last_phrase = _last_phrase(verb)  # a body named there; "a source close to the army" is left to the rules below
    misparsed = last_phrase is not None and (not subjects or subjects[0].i < last_phrase.left_edge.i)
    if misparsed and not _someone_new(last_phrase) and reporter(last_phrase, table) is not None:
        subjects = [last_phrase]
    subjects = [_body_owned_by(s, table) or s for s in subjects]
    subjects += [k for s in subjects for k in s.conjuncts]  # "the BBC and Mediazona have confirmed"
    subjects += [k for s in subjects for a in s.children if a.dep_ == "appos" for k in a.conjuncts]  # "outlet X and Y"
    subjects += [p for a in _agents(verb) for p in a.children if p.dep_ == "pobj"]  # "were estimated by X"
    if not subjects and verb.dep_ == "acl":  # "X, who leads Y, acknowledged in a video that ..."
        named = [c for c in verb.children if c.i < verb.i and table.at(c)]  # "the news site X reported", misparsed
        subjects = named or [verb.head]
    if not subjects and verb.dep_ == "conj" and verb.i in path and verb.head.pos_ == "VERB":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"][-1:]  # "X denied it and said that ..."
    told = verb.head.i not in path or is_say(verb.head)  # not "soldiers refused, citing ...": no speakers
    if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG" and told:  # "X disputed it, writing that"
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj" and c.i not in path]
    if not subjects and verb.i == verb.sent.start:  # "Writes the outlet X: ...", the subject after the verb
        subjects = [c for c in verb.children if c.dep_ == "dobj"][:1]
    if not subjects and not any(c.dep_ == "nsubj" for c in verb.children):  # not the claim's own subject
        subjects = _left_speaker(verb, table)
    before = len(result.attributions)
    for subj in subjects:
        _note(result, reporter(subj, table), Role.SAID)
    for quoted in _quoted_as_saying(verb):  # "X quoted a serviceman as saying": his word, cited by X
        if quoted.i not in path:  # not what the quote calls him ("quoted the commander of Y, X, as saying")
            _note(result, reporter(quoted, table), Role.CITED)
    if len(result.attributions) == before:  # "lost 900 men near X, the spokesman for Y said": the
        for speaker in _speaker_inside(subjects):  # parser hung the speaker inside a counted subject
            _note(result, reporter(speaker, table), Role.SAID)
    # "one of the fighters says": members speak for their unit, not as a named source
    members = all(_member(table.quantified_of(s) or s, table) for s in subjects)
    unnamed_speaker = members and all(
        table.entities[a.reporter].type is EntityType.UNIT for a in result.attributions[before:]
    )
    continuing = bool(subjects) and all(_those_before(table.quantified_of(s) or s, table) for s in subjects)
    _carriers(verb, table, result, unnamed_speaker, continuing)


def _body_owned_by(subject: Token, table: EntityTable) -> Token | None:
    """ "the Government of National Unity's Ministry of Defence said", parsed with the government as
    the subject: the body it owns speaks."""
    owner = table.at(subject)
    owned = (t.head for t in subject.subtree if t.dep_ == "poss" and owner and table.at(t) == owner)
    bodies = (EntityType.ORGANIZATION, EntityType.UNIT, EntityType.OUTLET)
    return next((o for o in owned if (k := table.at(o)) and k != owner and table.entities[k].type in bodies), None)


def _last_phrase(verb: Token) -> Token | None:
    """ "Three guards were killed in a clash with Tajik forces near X, the Border Service of Y
    said": with what was said first, the speaker is the phrase after the last comma, whatever
    the parser made the subject."""
    said_first = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    commas = [t.i for t in verb.doc[verb.sent.start : verb.i - 1] if t.text == ","]
    last = all(t.is_punct or t.is_space for t in verb.doc[verb.i + 1 : verb.sent.end])
    return verb.doc[commas[-1] + 1 : verb.i].root if said_first and commas and last else None


def _those_before(speakers: Token, table: EntityTable) -> bool:
    """ "one of them says", "one of the soldiers says", "the source said": speakers the sentence
    before had speak."""
    definite = any(c.lower_ in ("the", "these", "those") for c in speakers.children)
    known = vocab().personnel_nouns | {"source", "official"}
    return speakers.lower_ in ("they", "them") or (definite and table.lemma(speakers) in known)


def _speaker_inside(subjects: list[Token]) -> list[Token]:
    """A speaker's role noun set off by a comma inside what the parser took for the subject."""
    roles = vocab().speaker_roles
    return [t for s in subjects for t in s.subtree if t.dep_ == "appos" and t.lemma_.lower() in roles][:1]


def _member(speaker: Token, table: EntityTable) -> bool:
    """ "one of them", "a fighter", "a soldier of the brigade's 2nd battalion": one of a unit's
    men, not the unit speaking for itself."""
    personnel = vocab().personnel_nouns
    of_men = speaker.dep_ == "pobj" and speaker.head.lower_ == "of" and table.lemma(speaker.head.head) in personnel
    return speaker.pos_ == "PRON" or table.lemma(speaker) in personnel or of_men


def _carriers(verb: Token, table: EntityTable, result: Reporting, unnamed_speaker: bool, continuing: bool) -> None:
    """Outlets that carried the words: said on them, told to them, or in a video they published
    (a video given before this sentence counts only for speakers no one could cite by name).
    "One of them said" goes on speaking where the sentence before had them speak: the outlet
    they told, the video they spoke in."""
    before = len(result.attributions), result.unnamed_report
    _carried_by(verb, verb.sent.start, table, result, unnamed_speaker)
    if continuing and (len(result.attributions), result.unnamed_report) == before and verb.sent.start > 0:
        previous = verb.doc[verb.sent.start - 1].sent
        for earlier in filter(is_say, previous):
            _carried_by(earlier, earlier.sent.start, table, result, unnamed_speaker)  # the same video as theirs
        # "According to the brigade, prisoners said ..." then "Two of the prisoners told ...": its account
        for source in (s for t in previous if t.lower_ == "according" for s in according_to(t.head)):
            _note(result, reporter(source, table), Role.CITED)


def _quoted_as_saying(verb: Token) -> list[Token]:
    """ "X quoted Y as saying (that) ...": Y, whose words X passed on."""
    saying = any(c.dep_ == "prep" and c.lower_ == "as" and any(map(is_say, c.children)) for c in verb.children)
    quoting = verb.lemma_.lower() in ("quote", "cite") and saying
    return [c for c in verb.children if c.dep_ == "dobj"] if quoting else []


def _carried_by(verb: Token, position: int, table: EntityTable, result: Reporting, unnamed_speaker: bool) -> None:
    for key in _venues(verb, table):
        result.add(key, Role.VIA)
    if _quoted_as_saying(verb):  # "X quoted a serviceman as saying ..." before "The serviceman said"
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            _note(result, reporter(subject, table), Role.VIA)
    for report in _said_in(verb):
        for key in _shown_to(report, table):  # "in letters shared with UP by their relatives"
            result.add(key, Role.VIA)
        found = reporter(report, table)
        if isinstance(found, ReportRef) and unnamed_speaker:  # "one of them says in the video" a source gave
            _note(result, ReportRef(position, found.definite, found.kind), Role.VIA)
        elif isinstance(found, str):
            result.add(found, Role.VIA)
    for key in _outlet_spoken_to(verb, table):  # "a serviceman who spoke to Hromadske said"
        result.add(key, Role.VIA)
    if verb.lemma_.lower() == "tell":  # "told the news site Ura.ru", however the parser hung the name
        for obj in (o for c in verb.children if c.i > verb.i for o in (c, *c.children)):
            heard = obj.dep_ in ("dobj", "dative", "appos", "advmod", "npadvmod")
            key = (table.at(obj) or table.resolve(obj, create_groups=False)) if heard else None  # "the newspaper"
            if key and table.entities[key].type is EntityType.OUTLET:
                result.add(key, Role.VIA)


def _outlet_spoken_to(verb: Token, table: EntityTable) -> list[str]:
    """The outlet a speaker's own relative clause says he spoke to or told ("a serviceman who
    spoke to Hromadske on condition of anonymity said"), which carried his words."""
    clauses = (c for s in verb.children if s.dep_ == "nsubj" for c in s.children if c.dep_ in ("relcl", "acl"))
    heard = (
        o
        for c in clauses
        if c.lemma_.lower() in ("speak", "talk", "tell")
        for p in c.children
        if p.lower_ == "to" or p.dep_ in ("dobj", "dative")
        for o in (p, *p.children)
    )
    found = (table.at(o) for o in heard)
    return [k for k in found if k is not None and table.entities[k].type is EntityType.OUTLET]


def _agents(verb: Token) -> list[Token]:
    """The "by" phrase of a passive verb, also where the parser hung it lower in the same clause
    ("estimated at 800 killed and wounded by the group X")."""
    bare = verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)  # "as reported by X"
    if not bare and not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    found = []
    for tok in verb.subtree:
        if tok.dep_ != "agent":
            continue
        node = tok.head
        while node != verb and node.dep_ not in ("ccomp", "advcl", "relcl", "xcomp") and not own_clause(node):
            node = node.head
        if node == verb:
            found.append(tok)
    return found


def _left_speaker(verb: Token, table: EntityTable) -> list[Token]:
    """ "..., Ukraine's General Staff said": the parser hung the speaker elsewhere; take the
    noun phrase standing right before the verb."""
    prev = verb.i - 1
    if prev > verb.sent.start and verb.doc[prev].text == ",":  # "..., the spokesman, Ivan Sekach, said"
        prev -= 1
    if verb.doc[prev].text == ")":  # "..., Ukraine's Main Intelligence Directorate (HUR) claimed"
        opening = next((i for i in range(prev, verb.sent.start - 1, -1) if verb.doc[i].text == "("), None)
        prev = opening - 1 if opening is not None else prev
    if prev < verb.sent.start:
        return []
    if verb.doc[prev].pos_ not in ("PROPN", "NOUN"):  # "a lawyer representing some of them told X"
        return _phrase_ending_at(verb.doc[prev], table)
    if _posted_thing(verb.doc[prev], verb) and not isinstance(reporter(verb.doc[prev], table), str):
        return []  # "in a video posted the next day" (by no one named) is no report of its own
    role = _role_ending_at(verb.doc[prev])
    unnamed = role is not None and role.lemma_.lower() == "source" and role.dep_ == "appos" and _someone_new(role)
    if unnamed and any(c.dep_ == "ccomp" and c.i < role.i for c in verb.children):
        return []  # "commanded by Captain X, a source close to the army said": a source, not X
    if role is not None and reporter(role, table) is not None:
        return [role]  # "a spokesperson for Ukraine's 68th Brigade said": the spokesperson, who may be named
    chain = [verb.doc[prev]]
    while _hung_on_speaker(chain[-1], table):
        chain.append(chain[-1].head)  # "Ivan Sekach" hung on "the brigade's spokesman", hung on a place
    return [t for t in chain if reporter(t, table) is not None][:1]


def _hung_on_speaker(word: Token, table: EntityTable) -> bool:
    """Whether the speaker's phrase goes on in the phrase a word was hung on, as a name does in
    its role ("the brigade's spokesman, Ivan Sekach"). A place's name ends it ("..., commanded by
    X, the intelligence community Molfar wrote": not X), as does someone new ("a source")."""
    hung = word.dep_ in ("appos", "compound") and word.head.i < word.i and not _someone_new(word)
    place = (key := table.at(word)) is not None and table.entities[key].type is EntityType.REGION
    return hung and not place


def _someone_new(noun: Token) -> bool:
    """ "commands the regiment, a military source told X": an indefinite noun brings in someone
    new, whatever the parser hung it on."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _role_ending_at(last: Token) -> Token | None:
    """The role noun heading a phrase that ends with `last` ("a spokesperson for the brigade")."""
    roles = vocab().speaker_roles
    heads = (a for a in last.ancestors if a.right_edge.i == last.i and a.pos_ == "NOUN")
    return next((h for h in heads if h.lemma_.lower() in roles), None)


def _phrase_ending_at(last: Token, table: EntityTable) -> list[Token]:
    """The head of the noun phrase that ends with `last`, when it names a speaker."""
    heads = [a for a in last.ancestors if a.right_edge.i == last.i and a.pos_ in ("NOUN", "PROPN")]
    return [h for h in heads if isinstance(reporter(h, table), str)][:1]


def _posted_thing(noun: Token, verb: Token) -> bool:
    """ "a video posted the next day": the video is what was posted, not who posted; it stands
    for a report only through the author it names ("a video published by Astra")."""
    return noun.lemma_.lower() in vocab().report_nouns and verb.lemma_.lower() in _PUBLISHING_VERBS


def _note(result: Reporting, found: str | ReportRef | None, role: Role) -> None:
    if isinstance(found, ReportRef):
        result.unnamed_report = found
    elif isinstance(found, str):
        result.add(found, role)


@dataclass(frozen=True)
class ReportEvent:
    """A source reporting something at a place in the text: what "the report" can point back to."""

    position: int
    source: str
    kind: str = ""  # "investigation" for "an investigation by X found"


def _participle_speaker(verb: Token) -> list[Token]:
    """ "Fighters recorded a video addressed to Zelensky, saying ...": the fighters say it, not
    the name the participle follows."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return []
    return [c for c in verb.head.children if c.dep_ == "nsubj"]


def report_events(doc: Doc, table: EntityTable) -> list[ReportEvent]:
    """Every source that says, reports, or is cited, in text order."""
    events = []
    heads = {t.head.i for t in doc if t.lower_ in ("according", "per", "citing", "cited", "cites", "cite")}
    for tok in doc:
        sources: list[Token] = []
        if is_say(tok):
            sources = (
                [c for c in tok.children if c.dep_ == "nsubj"] or _participle_speaker(tok) or _left_speaker(tok, table)
            )
        if tok.i in heads:  # only those few words can carry "according to X" or "citing X"
            sources += according_to(tok) + citing(tok)
        told = [c for c in tok.children if c.dep_ in ("dobj", "dative")] if tok.lemma_.lower() == "tell" else []
        for src in [*sources, *told]:
            key = reporter(src, table)
            # "relatives told Meduza": the outlet reported it; "told their commander": he reported nothing
            if isinstance(key, str) and (src not in told or table.entities[key].type is EntityType.OUTLET):
                events.append(ReportEvent(tok.i, key, src.lemma_.lower()))
    return events


@dataclass(frozen=True)
class Review:
    """A statement about "the report": someone corroborates it, or could not verify it."""

    position: int
    reviewer: str | None
    corroborates: bool
    hedge: str | None
    source: str | None = None  # whose report it names: "the figures given by X"
    every_side: bool = False  # "either side's account", "the claims of both sides"
    kind: str = ""  # what was judged: "could not verify the call" is about the call reported before
    unnamed: bool = False  # "their account", the relatives' who spoke unnamed: the claims no one named made


def cut_off_attribution(sent: Span) -> Token | None:
    """ ", the Norwegian police said.": the parser ended the sentence before its attribution;
    the reporting verb, when this is all the sentence is."""
    root = sent.root
    if sent[0].text in (",", ";") and is_say(root) and not has_content(root):
        return root
    return None


def reviews(doc: Doc, table: EntityTable) -> list[Review]:
    """ "X appeared to corroborate the report", "Insider was unable to verify the report", "Those
    figures could not be verified", "The claim was echoed by X"."""
    v = vocab()
    reviewed = v.report_nouns | v.reviewed_nouns  # "the report", "these figures"
    found = []
    for tok in doc:
        if tok.lemma_.lower() not in v.corroborate_verbs or tok.pos_ != "VERB":
            continue
        judged = next(
            (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in reviewed), None
        )
        if judged is None:
            continue
        hedge = (
            f"{tok.head.text} to {tok.text}"
            if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("appear", "seem")
            else None
        )
        reviewer = _reviewer(tok, judged, table)
        author, sides = _author(judged, table), _both_sides(judged, tok)
        if author is None and _unnamed_report_before(judged, table):
            continue  # "Local media reported that ... The report could not be confirmed": no source of ours
        unnamed = author is None and _told_by_kin(judged, table)
        found.append(Review(tok.i, reviewer, not _doubted(tok), hedge, author, sides, _judged_kind(judged), unnamed))
    return found


def _unnamed_report_before(judged: Token, table: EntityTable) -> bool:
    """ "The report could not be confirmed" just after "Local media reported that ...": the doubt
    is of that report, which no source of ours made, not of the source named before it."""
    if judged.lemma_.lower() != "report" or not any(c.lower_ == "the" for c in judged.children):
        return False
    before = judged.doc[table.window(judged, sentences=2) : judged.sent.start]
    verbs = [t for t in before if t.lemma_.lower() == "report" and t.pos_ == "VERB" and t.dep_ == "ROOT"]
    subjects_ = [c for v in verbs for c in v.children if c.dep_ == "nsubj"]
    return bool(subjects_) and all(c.lemma_.lower() in vocab().unnamed_media for c in subjects_)


def _told_by_kin(judged: Token, table: EntityTable) -> bool:
    """ "could not verify their account" after "The women said ...", "the women's account": the
    account of relatives who speak without a name."""
    families = vocab().soldiers_families | {"woman"}
    owners_ = [c for c in judged.children if c.dep_ == "poss"]
    kin = any(c.tag_ == "NNS" and c.lemma_.lower() in families for c in owners_)
    return kin or any(c.lower_ == "their" and table.speaking_kin_before(c) for c in owners_)


def _judged_kind(judged: Token) -> str:
    """ "the call", "the authenticity of the call": the kind of report a review is about."""
    reports = [o for o in owners(judged, (), ("of",)) if o.lemma_.lower() in vocab().report_nouns]
    return (reports[0] if reports else judged).lemma_.lower()


def _both_sides(judged: Token, verb: Token) -> bool:
    """ "either side's account", "reports from either side", "the claims made by both sides";
    "could not verify the figures from either side", "from" hung on the verb."""
    made = [o for c in judged.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent" for o in a.children]
    sides = [*owners(judged, ("poss",), ("of", "from", "by")), *made, *owners(verb, (), ("from",))]
    both = ("either", "both", "two", "neither")
    return any(o.lemma_.lower() == "side" and any(c.lower_ in both for c in o.children) for o in sides)


def _reviewer(verb: Token, judged: Token, table: EntityTable) -> str | None:
    """Who verifies: the subject, or the "by" phrase of a passive ("was echoed by X")."""
    if judged.dep_ == "nsubjpass":
        found = (reporter(o, table) for a in verb.children if a.dep_ == "agent" for o in a.children)
    else:
        subj = _clause_subject(verb)
        found = iter([reporter(subj, table)] if subj is not None else [])
    return next((k for k in found if isinstance(k, str)), None)


def _doubted(verb: Token) -> bool:
    """ "could not verify", "Neither claim could be verified"."""
    before = verb.doc[verb.sent.start : verb.i].text
    judged = (s for s in verb.children if s.dep_ == "nsubjpass")  # "Neither side's claims could be verified"
    denied = any(t.lower_ in ("neither", "no") for s in judged for t in s.subtree)
    return bool(_UNABLE.search(before)) or denied or any(c.dep_ == "neg" for c in verb.children)


def _clause_subject(tok: Token) -> Token | None:
    while True:
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or tok.head == tok:
            return subj
        tok = tok.head
