"""The tense a trigger is told in, for narrative dating (:mod:`eventwire.date_narrative`): an act told
in the simple past ("praised", "said it would send") is told in the story's time and may take the day
of the story around it; a perfect, a present, a bare noun phrase, or a clause of the story's background
("since Russia invaded Ukraine", "days after rebels seized the town") is not."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.date_calls import calls_for_a_dated_happening
from eventwire.date_noun_clauses import clause_opens_period
from eventwire.date_offsets import untold_offset
from eventwire.date_perfect import time_left_open


def told_in_simple_past(head: Token) -> bool:
    """The trigger's clause, or the verb of saying that reports it, is in the simple past
    ("praised", "said it would send"), not a perfect, a present or a bare noun phrase. A gerund after
    a preposition has the tense of the verb the phrase hangs from ("responded by expelling"), and so
    has a participle clause ("told lawmakers, adding that firms would invest"). A clause that opens a
    period ("since Russia invaded Ukraine") or is placed an untold span before or after another ("days
    after rebels seized the town") is the story's background, not told in its time, and a call
    for a dated happening ("called for protests on Thursday") is told without its own day
    (:mod:`eventwire.date_calls`)."""
    verb = head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head.head
    if (
        clause_opens_period(verb)
        or untold_offset(verb)
        or calls_for_a_dated_happening(verb)
        or _in_present_perfect(verb)
    ):
        return False
    candidates = [verb, verb.head]
    if verb.head.tag_ == "VBG" and verb.head.dep_ == "advcl" and verb.head.head.i != verb.head.i:
        candidates.append(verb.head.head)
    if head.i == verb.i and verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.dep_ == "dobj":
        candidates = [verb.head.head]  # "issued statements condemning the strikes": the issuing's tense
    for candidate in candidates:
        if (candidate.tag_ == "VBD" or _past_passive(candidate)) and not any(
            child.dep_ == "aux" and child.lemma_ == "have" for child in candidate.children
        ):
            return True
        if candidate.dep_ == "conj" and _present_perfect(candidate):
            return False  # "designated the cartels in February, and Trump has threatened tariffs"
        if candidate.dep_ not in {"ccomp", "xcomp", "conj", "advcl"}:
            break
    return False


def _present_perfect(verb: Token) -> bool:
    return any(
        child.dep_ == "aux" and child.lemma_ == "have" and child.tag_ in {"VBZ", "VBP"}
        for child in verb.children
    )


def _past_passive(verb: Token) -> bool:
    """ "was also fined", "were detained": a participle whose passive auxiliary is in the simple past."""
    return verb.tag_ == "VBN" and any(
        child.dep_ == "auxpass" and child.tag_ == "VBD" for child in verb.children
    )


def _in_present_perfect(verb: Token) -> bool:
    """ "have been sharing information for more than a year, officials said", "has long backed":
    a present perfect whose clause spreads the act over time is no act of the story's day, also when
    a past verb of saying reports it (a bare "we have agreed ..., he told reporters" is the day's news)."""
    return any(
        child.dep_ == "aux" and child.lemma_ == "have" and child.tag_ in {"VBZ", "VBP"}
        for child in verb.children
    ) and time_left_open(verb)
