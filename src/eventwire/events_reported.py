"""What a speaker says another party must do or will suffer ("X said Y must withdraw", "said Y would
pay a heavy price"): the speaker is the actor, the reported clause's subject the recipient, unless
that subject is the speaker's own state ("Moscow and Minsk need to act, Shoigu said") or the modal
claims something for it ("Ukraine must have a seat")."""

from __future__ import annotations

from eventwire.event_lexicon import Lexicon
from eventwire.event_requirements import demand_clause, demanded_act
from eventwire.eventparts import Trigger
from eventwire.events_args import Dyad, speaker_of, subject_of
from eventwire.events_mentions import MentionIndex
from eventwire.records import Actor
from eventwire.tokens import lemma

# The sectors that speak for a state: its own state or government named in their clause is themselves.
STATE_SECTORS = frozenset({"GOV", "MIL", "SPY"})


def own_state(recipient: Actor, actors: list[Actor]) -> bool:
    """The actor's own state or government named in its clause ("Beijing would take necessary steps",
    "ruled out any U.S. role"): the speaker's side speaking of itself, not whom the act is aimed at.
    Other parts of the same country (opposition, protesters, a court) stay recipients."""
    state = recipient.kind == "state" or recipient.id == f"{recipient.country}-GOV"
    return (
        state
        and bool(actors)
        and all(actor.country == recipient.country and state_side(actor) for actor in actors)
    )


def state_side(actor: Actor) -> bool:
    return actor.kind == "state" or actor.sector in STATE_SECTORS


def reported_demand(trigger: Trigger, index: MentionIndex, lexicon: Lexicon) -> Dyad:
    """ "X said Y must withdraw": X (the speaker) demands of Y (the modal clause's subject)."""
    clause = demand_clause(trigger.head)
    dyad = Dyad()
    speaker = speaker_of(clause, lexicon)  # climbs through "that ... and that ..." coordination
    if speaker is not None:
        dyad.actor, dyad.actor_how = index.of_group(speaker), "speaker"
    subject, passive = subject_of(clause)
    if subject is not None and not passive and not claims_for_subject(trigger):
        recipients = index.of_group(subject)
        if subject.lower_ in {"we", "i"} or any(own_state(actor, dyad.actor) for actor in recipients):
            # "Moscow and Minsk need to take urgent measures, Shoigu said", "we must act": a state's
            # own resolve, no demand on anyone
            return dyad
        if trigger.rule.requires == "reported-fate":
            # "said Kenya would pay a high price for the loan": a speaker's own side is not threatened
            own = {actor.country for actor in dyad.actor}
            recipients = [actor for actor in recipients if actor.country not in own]
        dyad.take_recipient(recipients)
    return dyad


# "Ukraine must have a seat at the talks", "Europe should take part": the modal clause's subject is
# who the demand is for, not whom it is made of (the addressee is left unnamed).
CLAIM_VERBS = frozenset({"have", "get", "receive", "participate", "join", "attend", "include"})


def claims_for_subject(trigger: Trigger) -> bool:
    """A reported modal that claims something for its subject ("X must have a seat", "must be included")."""
    clause = demanded_act(trigger.head)
    if lemma(clause) in CLAIM_VERBS:
        return True
    return lemma(clause) == "be" and any(lemma(child) in CLAIM_VERBS for child in clause.children)
