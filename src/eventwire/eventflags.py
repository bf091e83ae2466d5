"""Auxiliary flags of a coded event (codebook section "Auxiliary modes"): negated, future,
hypothetical, historical.

The cues are data (``data/flags.yaml``). They are looked up on the trigger and on the words that
govern it up to the head of its clause (:func:`clause_chain`), not anywhere in the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Token

from eventwire.event_lexicon import Lexicon
from eventwire.event_reported_speech import FATE_VERBS
from eventwire.eventparts import Trigger, lemma
from eventwire.trigger_folding import misattached_finite_conjunct

# Climbing from a trigger to its clause head passes through these links (not clause boundaries).
CLAUSE_INTERNAL_DEPS = {
    "xcomp",
    "dobj",
    "pobj",
    "prep",
    "pcomp",
    "acomp",
    "attr",
    "compound",
    "amod",
    "conj",
    "nsubj",
    "nsubjpass",
}
# A coordinated clause introduced by these is contrasted with the one before: flags do not cross.
CONTRAST_WORDS = {"but", "yet", "whereas", "while", "although", "though"}


# Finite verb tags (past, present): such a verb carries its own tense, not a modal's before it.
@lru_cache(maxsize=1)
def load_flag_cues() -> dict[str, Any]:
    text = resources.files("eventwire.data").joinpath("flags.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def clause_chain(token: Token) -> list[Token]:
    """The trigger and its governors up to the head of its clause."""
    chain = [token]
    while chain[-1].dep_ in CLAUSE_INTERNAL_DEPS and chain[-1].head.i != chain[-1].i:
        if starts_own_clause(chain[-1]):
            break
        chain.append(chain[-1].head)
    return chain


def starts_own_clause(token: Token) -> bool:
    """A coordinated verb with a subject of its own, after "but", or finite beside a bare verb under a
    modal: a clause whose negation, tense and modality are its own ("X is not involved, but Y have
    imposed sanctions")."""
    if token.dep_ != "conj" or token.pos_ not in {"VERB", "AUX"}:
        return False
    if any(child.dep_ in {"nsubj", "nsubjpass", "expl"} for child in token.children):
        return True
    if misattached_finite_conjunct(token):
        return True
    head = token.head
    return any(
        child.dep_ == "cc" and child.lower_ in CONTRAST_WORDS and head.i < child.i < token.i
        for child in head.children
    )


def _children(chain: Sequence[Token]) -> list[Token]:
    return [child for token in chain for child in token.children]


def is_negated(trigger: Trigger, chain: Sequence[Token], cues: dict[str, Any]) -> bool:
    # ("would neither resign nor dissolve parliament": "neither" hangs on the first verb as a
    # pre-conjunction, and the second verb's chain passes through the first)
    words = set(cues["words"])
    if any(
        child.dep_ == "neg" or (child.dep_ in {"det", "advmod", "preconj"} and child.lower_ in words)
        for child in _children(chain)
    ):
        return True
    if any(_governor_names(token) & set(cues["governors"]) for token in chain[1:]):
        return True
    top = chain[-1]
    if _in_denied_claim(top, cues) or _disowned_intention(top, cues):
        return True
    if top.dep_ != "ccomp" or lemma(top.head) not in cues.get("denials", ()):
        return False
    # "X has blamed Y, a charge Z denies": a denial with an object of its own denies that object
    # (the parser may still hang the clause on it); the accusation itself was made.
    return not any(child.dep_ == "dobj" for child in top.head.children)


def _governor_names(token: Token) -> set[str]:
    """A governing word's lemma, and the two-word verbs it is part of ("stopped short of accusing":
    "stop_short", whether the parser hangs "short" on the verb or climbs to "short" itself)."""
    names = {lemma(token), f"{lemma(token.head)}_{lemma(token)}"}
    return names | {
        f"{lemma(token)}_{lemma(child)}"
        for child in token.children
        if child.dep_ in {"advmod", "acomp", "prt"}
    }


def _disowned_intention(top: Token, cues: dict[str, Any]) -> bool:
    """ "had no plan to invade", "has no intention of breaking off relations": the clause is what an
    intention denied with "no" would have done."""
    intention = top.head
    if top.dep_ == "pcomp" and intention.dep_ == "prep":
        intention = intention.head  # "no intention of breaking"
    elif top.dep_ != "acl":
        return False  # "no plan to invade" hangs the verb on the noun
    return lemma(intention) in cues.get("intention_nouns", ()) and any(
        child.dep_ == "det" and child.lower_ == "no" for child in intention.children
    )


def _in_denied_claim(top: Token, cues: dict[str, Any]) -> bool:
    """ "denied the charge that its troops were fighting", "rejected reports that it had shelled the
    town": the clause tells what a claim a denial verb takes as object says."""
    claim = top.head
    if top.dep_ not in {"acl", "ccomp"} or lemma(claim) not in cues.get("denied_claims", ()):
        return False
    denial = claim.head.head if claim.dep_ == "pobj" and claim.head.lower_ == "as" else claim.head
    return claim.dep_ in {"dobj", "nsubjpass", "pobj"} and lemma(denial) in cues.get("claim_denials", ())


def is_reported(chain: Sequence[Token], lexicon: Lexicon) -> bool:
    """The clause is what someone said, warned or vowed ("said it would send", "vowed that those
    responsible would be punished"): its "would" tells a future, not a condition."""
    top = chain[-1]
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head  # "said X ... and that Moscow would take measures"
    return top.dep_ in {"ccomp", "parataxis"} and lemma(top.head) in lexicon.speech_verbs | FATE_VERBS


def is_future(chain: Sequence[Token], cues: dict[str, Any], lexicon: Lexicon) -> bool:
    auxiliaries = _aux_words(chain)
    if auxiliaries & set(cues["auxiliaries"]):
        return True
    if cues.get("reported_would") and "would" in auxiliaries and is_reported(chain, lexicon):
        return True
    governors = set(cues["governors"]) | set(cues["predicates"])
    return any(lemma(token) in governors for token in chain[1:])


def is_hypothetical(
    chain: Sequence[Token], cues: dict[str, Any], lexicon: Lexicon, threat: bool = False
) -> bool:
    """Told as possible rather than real: under a modal, inside a condition, or governing one. A
    threat's condition is what it threatens ("threatened sanctions if Peru broke the deal" is made
    now), so a ``threat`` is hypothetical only by a modal or inside a condition of its own."""
    auxiliaries = _aux_words(chain)
    modal = auxiliaries & set(cues["auxiliaries"])
    if modal - {"would"} or ("would" in modal and not is_reported(chain, lexicon)):
        return True
    conditions = set(cues["conditions"])
    clause = chain[-1]
    marked = any(child.dep_ == "mark" and child.lower_ in conditions for child in clause.children)
    governs_condition = any(
        child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in conditions for m in child.children)
        for child in clause.children
    )
    return marked or (governs_condition and not threat)


def _aux_words(chain: Sequence[Token]) -> set[str]:
    return {child.lower_ for child in _children(chain) if child.dep_ in {"aux", "auxpass"}}


def is_historical(
    event_date: str | None, published: str | None, chain: Sequence[Token], cues: dict[str, Any]
) -> bool:
    if event_date and published:
        try:
            start = date.fromisoformat(_pad_date(event_date))
            days = (date.fromisoformat(published[:10]) - start).days
        except ValueError:
            days = 0
        if days > cues["days_before_publication"] and int(event_date[:4]) < int(published[:4]):
            return True
        if 0 <= days <= cues["days_before_publication"]:
            return False  # "held talks on Wednesday after a decade of rivalry": dated now, whatever the clause recalls
    clause_words = {lemma(token) for token in chain[-1].subtree}
    return bool(clause_words & set(cues["words"]))


def _pad_date(value: str) -> str:
    """The last day an ISO prefix can mean ("2019" -> 2019-12-31), so 'well before' is never overstated."""
    if len(value) == 4:
        return f"{value}-12-31"
    if len(value) == 7:
        return f"{value}-28"
    return value[:10]
