"""Hedges kept as data: hedged quantities, verification status and resolved dates."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from functools import lru_cache

import dateparser
from spacy.tokens import Doc, Span, Token

from extract.model import Quantity, Verification
from extract.vocab import vocab

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "dozens": 24, "hundred": 100, "hundreds": 200,
    "thousand": 1000, "thousands": 2000,
}  # fmt: skip
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_QUALIFIERS = [
    ("at least", "at least"), ("no fewer than", "at least"), ("more than", "more than"), ("over", "more than"),
    ("upwards of", "more than"), ("up to", "up to"), ("as many as", "up to"), ("at most", "up to"),
    ("fewer than", "fewer than"), ("less than", "fewer than"), ("under", "fewer than"), ("almost", "about"),
    ("nearly", "about"), ("about", "about"), ("around", "about"), ("approximately", "about"), ("roughly", "about"),
    ("some", "about"), ("an estimated", "about"), ("estimated", "about"),
]  # fmt: skip
_NUMBER = r"\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion))?|" + "|".join(_WORD_NUMBERS)
_BETWEEN = re.compile(rf"\b(?:between|from)\s+({_NUMBER})\s+(?:and|to)\s+({_NUMBER})\b", re.I)
_SINGLE = re.compile(rf"\b({_NUMBER})\b", re.I)
_UNVERIFIED = re.compile(
    r"\b(could not|couldn't|cannot|can't|was unable to|were unable to|has not been able to|have not been able to|"
    r"did not|didn't|has not|hasn't|not)\s+(?:\w+\s+)?(?:independently\s+)?"
    r"(verify|verified|confirm|confirmed|corroborate|corroborated)",  # "could not be (independently) verified"
    re.I,
)


def number(text: str) -> float | None:
    text = text.strip().lower().replace(",", "")
    if text in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[text])
    parts = text.split()
    try:
        value = float(parts[0])
    except ValueError:
        return None
    return value * _SCALES.get(parts[1], 1) if len(parts) > 1 else value


def parse_quantity(text: str, unit: str | None = None) -> Quantity | None:
    """ "at least 60", "up to 60", "between 7,000 and 15,000" as numbers and a qualifier."""
    clean = " ".join(text.split())
    between = _BETWEEN.search(clean)
    if between:
        low, high = number(between.group(1)), number(between.group(2))
        return Quantity(text=clean, qualifier="between", unit=unit, minimum=low, maximum=high)
    single = _SINGLE.search(clean)
    if not single:
        return None
    value = number(single.group(1))
    if value is None:
        return None
    before = clean[: single.start()].lower()
    qualifier = next((q for words, q in _QUALIFIERS if before.rstrip().endswith(words)), "exact")
    minimum = value if qualifier in ("at least", "more than") else None
    maximum = value if qualifier in ("up to", "fewer than") else None
    return Quantity(text=clean, qualifier=qualifier, unit=unit, value=value, minimum=minimum, maximum=maximum)


def quantity_of(noun: Token, doc: Doc) -> Quantity | None:
    """The hedged count on a noun phrase ("At least 60 Russian paratroopers")."""
    counted = noun
    if noun.like_num:  # "11 of his subordinates"
        counted = next((c for p in noun.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"), noun)
        tokens = [noun, *[t for t in noun.children if t.dep_ in ("quantmod", "advmod")]]
    else:
        nums = [c for c in noun.children if c.dep_ == "nummod" or (c.like_num and c.dep_ in ("amod", "compound"))]
        if not nums:
            return None
        tokens = [t for n in nums for t in n.subtree]
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    for ent in doc.ents:  # spaCy's CARDINAL spans include "At least", "between ... and ..."
        if ent.label_ in ("CARDINAL", "QUANTITY") and ent.start <= start < ent.end:
            start, end = min(start, ent.start), max(end, ent.end)
    unit_words = [t.text for t in counted.lefts if t.dep_ == "amod" and not t.like_num] + [counted.text]
    unit = " ".join(unit_words) if counted != noun or not noun.like_num else None
    return parse_quantity(doc[start:end].text, unit)


def verification(
    sentence: Span, anchor: Token, someone_else: Callable[[Token], bool]
) -> tuple[Verification, list[str]]:
    """The status a sentence gives its claim, and the hedge words that say so.

    Hedging adverbs ("reportedly") and adjectives ("alleged") count anywhere in the sentence,
    but for an adjective on a noun `someone_else` says is no party to the claim ("suspected
    rebels killed two soldiers" doubts who the rebels were, not that the soldiers died);
    "claim"/"allege" count when they are the verb that governs the claim.
    """
    hedges: list[str] = []
    status = Verification.ASSERTED
    words = vocab().hedge_words
    governing = {t.i for t in anchor.ancestors}
    for tok in sentence:
        word = tok.lower_
        if word not in words or (tok.dep_ == "amod" and someone_else(tok.head)):
            continue
        if tok.pos_ == "ADV" or tok.dep_ == "amod" or (tok.i in governing and tok.lemma_ in ("claim", "allege")):
            hedges.append(word)
            status = Verification(words[word])
    doubt = _UNVERIFIED.search(sentence.text)
    if doubt:
        status = Verification.UNVERIFIED
        hedges.append(doubt.group(0))
    return status, hedges


def doubted(text: str) -> bool:
    """ "The figures could not be independently verified": words saying a claim is unchecked."""
    return _UNVERIFIED.search(text) is not None


@lru_cache(maxsize=4096)
def resolve_date(text: str, base: date | None) -> date | None:
    """ "February 25", "last month", "on Thursday" against the article's date, never in its future.
    Cached: claims of one sentence share its date, and dateparser costs milliseconds a call."""
    if base is None:
        return None
    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return None
    return min(parsed.date(), base)
