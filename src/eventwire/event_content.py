"""The parties named in what a speech act is about: the subject of its complement clause ("demanded
that X withdraw": X) and a recipient inside the complement ("offered to send troops to X": X)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.coref import SUBJECT_DEPS
from eventwire.event_lexicon import Lexicon
from eventwire.eventparts import Trigger, lemma
from eventwire.events_args import RECIPIENT_PREPS, Dyad, subject_of
from eventwire.events_mentions import MentionIndex, state_named
from eventwire.records import Actor

# Prepositions that set an act in its circumstances, not in what it is about: "signed agreements to
# expand trade amid rising friction with X" is not aimed at X.
CIRCUMSTANCE_PREPS = frozenset({"amid", "amidst", "despite"})


def complement_subject(trigger: Trigger, dyad: Dyad, index: MentionIndex) -> None:
    """ "demanded that X withdraw", "accused X of", "insisted on its demand that X grant ...": the
    subject of the clause the speech act (or its noun) is about."""
    nouns = [tok for part in (trigger, *trigger.absorbed) for tok in part.tokens if tok.pos_ == "NOUN"]
    clauses = [
        *trigger.head.children,
        *(child for noun in nouns for child in noun.children if child.dep_ == "acl"),
    ]
    for clause in clauses:
        if clause.dep_ not in {"ccomp", "xcomp", "acl"} or not finite_or_infinitive(clause):
            continue
        subject, _ = subject_of(clause)
        found = [a for a in index.of_group(subject) if a not in dyad.actor] if subject is not None else []
        if found:
            dyad.recipient = found
            return
    found = [a for a in named_after_that(trigger.head, index) if a not in dyad.actor]
    if found:
        dyad.recipient = found


def named_after_that(head: Token, index: MentionIndex) -> list[Actor]:
    """ "demanded that Pakistan apologise", "demanded on Thursday that Budapest hand him over": the
    small parser often reads a bare subjunctive as a noun ("Pakistan apologise" as a compound),
    losing the clause's subject; the name right after the "that" of the verb's complement is it."""
    mark = that_of_complement(head)
    token = mark.doc[mark.i + 1] if mark is not None and mark.i + 1 < len(mark.doc) else None
    if token is not None and token.pos_ == "PROPN" and token.ent_type_ in {"GPE", "NORP", "ORG"}:
        # (a capital read as a modifier is no actor mention: the table names its state)
        return index.of_group(token) or state_named(token.text, kind=None)
    return []


# What may stand between a verb and the "that" of its complement: a time or a manner ("demanded on
# Thursday that", "said again that").
BEFORE_THAT_DEPS = frozenset(
    {"prep", "pobj", "advmod", "npadvmod", "det", "compound", "nummod", "amod", "punct"}
)


def that_of_complement(head: Token) -> Token | None:
    """The "that" opening a verb's complement clause, if nothing but a time or an adverb comes
    between them."""
    doc = head.doc
    for token in doc[head.i + 1 : min(len(doc), head.i + 8)]:
        if token.lower_ == "that" and token.dep_ == "mark":
            return token
        if token.dep_ not in BEFORE_THAT_DEPS:
            return None
    return None


def finite_or_infinitive(clause: Token) -> bool:
    """A clause with a verb of its own: not a participle modifying a noun ("the forces deployed there")."""
    return clause.dep_ != "acl" or any(child.dep_ in {"mark", "aux"} for child in clause.children)


def complement_recipient(trigger: Trigger, dyad: Dyad, index: MentionIndex, lexicon: Lexicon) -> None:
    """A speech act's recipient named inside its complement ("offered to send troops to X"): another
    side before the actor's own ("ready to contribute French troops to a force in X": X)."""
    found: list[list[Actor]] = []
    aside = {token.i for child in trigger.head.children if _beside_content(child) for token in child.subtree}
    aside |= {
        token.i
        for prep in trigger.head.subtree
        if prep.dep_ == "prep" and prep.lower_ in CIRCUMSTANCE_PREPS
        for token in prep.subtree
    }
    for token in trigger.head.subtree:
        if token.i == trigger.head.i or token.i in aside or token.dep_ not in {"pobj", "dobj", "dative"}:
            continue
        if token.dep_ == "pobj" and lemma(token.head) not in RECIPIENT_PREPS | {"with"}:
            continue
        if token.dep_ == "dobj" and lemma(token) in lexicon.document_nouns:
            continue  # "signed the Union treaty": the document is no party
        found.append([actor for actor in index.of_group(token) if actor not in dyad.actor])
    own = {actor.country for actor in dyad.actor if actor.country}
    others = [group for group in found if any(actor.country not in own for actor in group)]
    for group in [*others, *found]:
        if dyad.take_recipient(group):
            return


def _beside_content(child: Token) -> bool:
    """A branch of a speech act that is not what it is about: the speaker's own description ("the
    rapporteur on human rights in X" names no addressee), and an adverbial clause with a subject of its
    own ("signed a pact ..., as New Delhi seeks to blunt China's influence" tells another act)."""
    if child.dep_ in SUBJECT_DEPS:
        return True
    return child.dep_ == "advcl" and any(c.dep_ in SUBJECT_DEPS for c in child.children)


# Prepositions naming the other side of a trade: "buying from X", "trade with X", "selling to X".
TRADE_PARTNER_PREPS = frozenset({"from", "with", "to"})


def ordered_trade_partner(trigger: Trigger, dyad: Dyad, index: MentionIndex) -> None:
    """An embargo given as an order names its target inside the ordered clause: "told importers to stop
    buying from X", "ordered firms to halt trade with X", "to stop buying Thai fuel" (not whom the order
    is given to: "told importers")."""
    for token in trigger.head.subtree:
        if token.head is trigger.head:
            continue
        partner = token.dep_ == "pobj" and token.head.lower_ in TRADE_PARTNER_PREPS
        if (partner or token.dep_ == "dobj") and dyad.take_recipient(index.of_group(token)):
            return
