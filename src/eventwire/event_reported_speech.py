"""What a speaker says another party must do, will suffer or has done: the reported clauses behind
the ``reported``, ``reported-fate`` and ``alleged`` requirements of ``data/events.yaml`` ("said Russia
must withdraw", "warned Seoul would pay a heavy price", "said the organisers were trying to bring down
the government"). Split from :mod:`eventwire.event_requirements`, which re-exports these names."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.tokens import PASSIVE_SUBJECT_DEPS, lemma


def demand_clause(modal: Token) -> Token:
    """The clause of a reported modal: "must" hangs on the clause's verb ("said Russia must
    withdraw"); "have to" and "need to" head it ("said France would have to close its bases")."""
    return modal if modal.pos_ == "VERB" else modal.head


def demanded_act(modal: Token) -> Token:
    """What a reported modal demands: the verb "must" hangs on, or the verb after "have to"."""
    if modal.pos_ != "VERB":
        return modal.head
    return next((child for child in modal.children if child.dep_ == "xcomp"), modal)


def is_reported_modal(token: Token, speech_verbs: frozenset[str]) -> bool:
    """ "said Russia must withdraw", "said that ... and that Russia must withdraw", "said France
    would have to close its bases": a modal of a clause reported by a verb of saying."""
    if token.pos_ == "VERB":
        act = demanded_act(token)
        if act is token or not any(child.lower_ == "to" and child.dep_ == "aux" for child in act.children):
            return False
    elif token.dep_ != "aux":
        return False
    clause = demand_clause(token)
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return (
        clause.dep_ in {"ccomp", "parataxis"}
        and lemma(clause.head) in speech_verbs
        and clause.head.pos_ == "VERB"
    )


# Requirements whose trigger reports what a speaker says another party must do or will suffer: the
# speaker is the actor and the reported clause's subject the recipient.
REPORTED = frozenset({"reported", "reported-fate", "alleged", "alleged-deed"})
# Of those, the ones that allege a deed: an allegation stands with its doer unnamed or unplaced ("said
# the vote was rigged", "said the ad misrepresented Reagan"), where a demand on no one is only a wish
# ("the violence must stop").
ALLEGATIONS = frozenset({"alleged", "alleged-deed"})

# Forms of "lie" (recline) the lemmatizer gives as "lie" (deceive): "said the canal lay on its soil".
RECLINING = frozenset({"lay", "lain"})


def is_alleged_act(token: Token, speech_verbs: frozenset[str], passive: bool = False) -> bool:
    """ "said the organisers were trying to bring down the government": the verb (or the verb whose
    infinitive it is) is a clause a verb of saying reports, with a subject of its own (or, with
    ``passive``, a passive subject: "said the vote was rigged")."""
    if token.lower_ in RECLINING:
        return False
    clause = token
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    return _reported_with_subject(
        clause, speech_verbs, {"ccomp"}, PASSIVE_SUBJECT_DEPS if passive else frozenset()
    )


def is_reported_clause(token: Token, speech_verbs: frozenset[str]) -> bool:
    """ "said Seoul would pay a heavy price": the verb heads a future clause reported by a verb of
    saying (or of warning), with a subject of its own."""
    return _reported_with_subject(
        token, speech_verbs | FATE_VERBS, {"ccomp", "parataxis"}, PASSIVE_SUBJECT_DEPS
    ) and any(child.dep_ == "aux" and lemma(child) in FUTURE_AUXILIARIES for child in token.children)


# Verbs that foretell another's fate as well as saying verbs do: "warned / vowed that X would pay".
FATE_VERBS = frozenset({"warn", "vow", "swear", "pledge", "promise"})


def _reported_with_subject(
    clause: Token, speech_verbs: frozenset[str], deps: set[str], passive: frozenset[str] = frozenset()
) -> bool:
    """The clause is what a verb of saying reports (as one of ``deps``) and has a subject of its own
    (or a passive subject, when ``passive`` names its labels: "vowed Israel would be made to regret")."""
    return (
        clause.dep_ in deps
        and clause.head.pos_ == "VERB"
        and lemma(clause.head) in speech_verbs
        and any(child.dep_ == "nsubj" or child.dep_ in passive for child in clause.children)
    )


FUTURE_AUXILIARIES = frozenset({"will", "would", "shall"})
