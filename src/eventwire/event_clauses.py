"""Clauses around an event verb that say on what condition or for what it is done: "threatened to stop
the talks if ...", "opened fire to disperse ...". Shared by the dyad finder's helpers."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events_args import children_by_prep, nearest_subject

CONDITION_MARKS = {"if", "unless"}


def condition_clauses(verb: Token) -> list[Token]:
    """The "if"/"unless" clauses of a verb and of the clauses it governs ("threatened to stop the talks
    if ...", "warned it would act unless ..."), and of the verb an infinitive completes ("plans to
    impose X unless ...")."""
    verbs = _complements(verb)
    step = verb
    while step.dep_ in {"xcomp", "conj"} and step.head.i != step.i:
        step = step.head
        verbs.append(step)
    return [
        clause
        for holder in verbs
        for clause in holder.children
        if clause.dep_ == "advcl"
        and any(child.dep_ == "mark" and child.lower_ in CONDITION_MARKS for child in clause.children)
    ]


def _complements(verb: Token) -> list[Token]:
    """A verb and the infinitives and object clauses below it, down their chain."""
    found = [verb]
    for child in verb.children:
        if child.dep_ in {"xcomp", "ccomp"}:
            found.extend(_complements(child))
    return found


def condition_subject(clause: Token) -> Token | None:
    """The active subject of a condition clause, right after its "if"/"unless": a subject the parser
    found across a comma belongs to another clause (a misread "..., the minister said")."""
    mark = next((child for child in clause.children if child.dep_ == "mark"), None)
    found = nearest_subject(clause)
    if mark is None or found is None or found[1] or not mark.i < found[0].i < clause.i:
        return None
    between = clause.doc[mark.i + 1 : found[0].left_edge.i]
    return None if any(token.is_punct for token in between) else found[0]


def purpose_clauses(verb: Token) -> list[Token]:
    """What an act is done for: an infinitive of purpose or complement ("opened fire to disperse ...",
    "refused to deploy ...") and a "for" phrase ("mobilized reservists for a possible war")."""
    clauses = [
        child
        for child in verb.children
        if child.dep_ in {"advcl", "xcomp"}
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
    ]
    return clauses + [obj for _, obj in children_by_prep(verb, {"for"}) if obj.pos_ == "NOUN"]
