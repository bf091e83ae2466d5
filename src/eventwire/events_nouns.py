"""Arguments found in phrases: of noun triggers and prepositional participants ("Russia's invasion",
"the attack by X", "talks between X and Y", "sanctions on X", "held talks with X"), and recipients
named by the owner of an object, the end an act serves or the condition of an ultimatum."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.event_clauses import condition_clauses, condition_subject, purpose_clauses
from eventwire.event_content import named_after_that
from eventwire.event_lexicon import Lexicon, event_words
from eventwire.eventparts import Trigger, lemma
from eventwire.events_args import (
    PARTICIPANT_TYPES,
    PURPOSE_PREPS,
    RECIPIENT_PREPS,
    Dyad,
    children_by_prep,
    coordinated,
    object_tokens,
    shared_verbs,
    subject_of,
    unique,
)
from eventwire.events_mentions import MentionIndex, demonym_owner, state_named
from eventwire.records import Actor

# Prepositions naming whom an act is aimed at: "fire against X", "opened fire on X".
AIMED_PREPS = {"against", "on", "at", "upon"}
# An event noun's "of X" names whom it was done to ("the invasion of X", "the arrest of X"), not its
# agent; "in X" / "from X" still name the side of a domestic or group event ("protests in X").
EVENT_OWNER_PREPS = frozenset({"in", "from"})


def noun_arguments(
    noun: Token,
    dyad: Dyad,
    index: MentionIndex,
    doer_verb: bool = False,
    same_act: frozenset[int] = frozenset(),
) -> None:
    """A noun trigger's own agent: "Russia's invasion", "the attack by X", "talks between X and Y".

    The noun's own agent wins over the subject of the verb that governs it: in "Y condemned the
    attack by X" the attack is X's. With ``doer_verb`` (the noun is the object of a verb that carries
    it out, "the army enforced a curfew in X"), "in X" / "from X" say where, not whose. A relative
    clause whose verb is the same act (``same_act``: indices of such verbs) names its doer: "a deal
    that Israel and Hamas accepted"."""
    own = [
        *index.of_phrase(noun, via=frozenset() if doer_verb else EVENT_OWNER_PREPS, members=False),
        *(a for _, obj in children_by_prep(noun, {"by"}) for a in index.of_group(obj)),
    ]
    # (with no one else named to have taken it, a measure "in Kenya" is Kenya's own)
    targets = measure_targets(noun, index)
    others = [actor for actor in [*own, *dyad.actor] if actor not in targets]
    if targets and others:
        own = [actor for actor in own if actor not in targets]
        dyad.recipient = unique([*targets, *dyad.recipient])
    if not own:
        own = [
            actor
            for clause in noun.children
            if clause.dep_ == "relcl" and clause.i in same_act
            for subject in clause.children
            if subject.dep_ == "nsubj"
            for actor in index.of_group(subject)
        ]
    if own:
        dyad.actor, dyad.actor_how = unique(own), "parse"
        dyad.recipient = [actor for actor in dyad.recipient if actor not in dyad.actor]
    for _, obj in children_by_prep(noun, {"between", "among"}):
        dyad.actor = unique([*dyad.actor, *index.of_group(obj)])
        dyad.actor_how = "parse"


def measure_targets(noun: Token, index: MentionIndex) -> list[Actor]:
    """Whom a measure noun names as its target: a country's name before it ("the Cuba embargo"; not
    a person's or a body's: "the Trump tariffs", "a Senate inquiry"),
    and for an investigation, the place it is in ("an investigation in Mali"). An abbreviation
    before it is written as an adjective and names who took the measure ("U.S. sanctions", "EU
    tariffs"), as an international body does ("U.N. sanctions")."""
    word = lemma(noun)
    named = []
    if word in event_words("target_compound_nouns"):
        named += [
            child
            for child in noun.children
            if child.dep_ == "compound" and child.ent_type_ == "GPE" and not _abbreviation(child)
        ]
    if word in event_words("target_in_nouns"):
        named += [obj for _, obj in children_by_prep(noun, {"in"}) if obj.ent_type_ == "GPE"]
    return unique(
        actor for token in named for actor in index.of_group(token) if actor.country not in {None, "IGO"}
    )


def _abbreviation(token: Token) -> bool:
    """ "U.S.", "UK", "EU": written in capitals or with full stops."""
    return token.text.isupper() or "." in token.text


def moved_destination(verb: Token, dyad: Dyad, index: MentionIndex) -> None:
    """Where aid or forces were sent, named on what was moved: the parser hangs "to Myanmar" on the
    object in "flew tents, medicines and rescue teams to Myanmar" (for ``instrument_object_types``
    with no recipient of their own)."""
    for obj in (child for child in verb.children if child.dep_ == "dobj"):
        for member in coordinated(obj):
            for _, target in children_by_prep(member, {"to", "into"}):
                dyad.recipient = unique([*dyad.recipient, *index.of_group(target)])


def prepositional_arguments(
    trigger: Trigger, verb: Token, noun: Token | None, dyad: Dyad, index: MentionIndex
) -> None:
    """Recipients and co-participants named by prepositions on the verb or the noun trigger."""
    holders = [verb] if noun is None else [verb, noun]
    holders += shared_verbs(verb)  # "donated and delivered goods to X"
    # "held talks with X", "hosted talks with X": the meeting noun of a phrase, or folded into the
    # verb, carries the participants.
    holders += [tok for tok in trigger.tokens if tok.pos_ == "NOUN" and tok not in holders]
    holders += [part.head for part in trigger.absorbed if part.type == trigger.type]
    if trigger.type == "CONSULT":
        # "discussed the strikes with Qatar's emir": the parser hangs "with" on the object
        holders += [child for child in verb.children if child.dep_ == "dobj" and child not in holders]
    for holder in holders:
        for prep, obj in children_by_prep(holder, RECIPIENT_PREPS | {"with", "of", "between"}):
            if lemma(obj) in event_words("venue_markers"):
                continue  # "met on the sidelines of a G20 meeting": the venue, not a party
            found = index.of_group(obj)
            if not found:
                continue
            if prep == "between" and trigger.type not in PARTICIPANT_TYPES:
                continue  # "clashes between X and Y" are found as the clash's parties elsewhere
            if _court_venue(trigger, prep, obj):
                continue  # "took the dispute to the ICJ": the court hears the case, it is not accused
            if prep in {"with", "between"} and trigger.type == "CONSULT":
                dyad.partners = unique([*dyad.partners, *found])
            elif prep in {"with", "between"} and trigger.type in PARTICIPANT_TYPES:
                dyad.actor = unique([*dyad.actor, *found])
            elif prep == "of" and holder is not noun:
                continue  # "accused X of ..." names the charge, not another party
            elif prep != "with" or trigger.type not in {"ASSAULT", "COERCE"}:
                dyad.recipient = unique([*dyad.recipient, *found])
    if trigger.type == "CONSULT":
        _folded_host(trigger, verb, dyad, index)
        _mediator(holders, dyad, index)
    if not dyad.recipient:
        # "filed a case against the UAE", "brought charges against X": the object's "against"
        objects = [child for child in verb.children if child.dep_ == "dobj"]
        for _, obj in [
            pair for noun_object in objects for pair in children_by_prep(noun_object, {"against"})
        ]:
            dyad.take_recipient(index.of_group(obj))


def _court_venue(trigger: Trigger, prep: str, obj: Token) -> bool:
    return (
        trigger.type == "ACCUSE"
        and prep in {"to", "at", "before"}
        and (lemma(obj) in event_words("court_venues") or obj.lower_ in event_words("court_venues"))
    )


def condition_addressee(verb: Token, dyad: Dyad, index: MentionIndex) -> None:
    """An ultimatum is addressed to whoever must act or refrain for it not to be carried out: "threatened
    to stop the talks if X goes ahead", "will withdraw unless X agrees" -> X."""
    if dyad.recipient:
        return
    for clause in condition_clauses(verb):
        subject = condition_subject(clause)
        if subject is not None and dyad.take_recipient(index.of_group(subject)):
            return


def purpose_recipient(verb: Token, dyad: Dyad, index: MentionIndex, lexicon: Lexicon) -> None:
    """An act done to an end is aimed at whom the end is aimed at: "opened fire to disperse the
    protesters", "opened the bridge to allow deliveries to X", "mobilized reservists for a war
    against X", "refused to send troops to X". Meetings have rules of their own."""
    for holder in purpose_clauses(verb):
        objects = [obj for obj in object_tokens(holder) if lemma(obj) not in lexicon.document_nouns]
        phrases = [obj for part in (holder, *objects) for _, obj in children_by_prep(part, PURPOSE_PREPS)]
        for obj in [*objects, *phrases]:
            if dyad.take_recipient(index.of_group(obj)):
                return


def protest_cry_recipient(verb: Token, dyad: Dyad, index: MentionIndex) -> None:
    """A protest is aimed at whom its crowd cries against: "marched to the border chanting against the
    Dominican government", "rallied, denouncing Japan's decision", "demanding that French troops leave"
    (a participle of crying)."""
    participles = [child for child in verb.children if child.dep_ in {"advcl", "xcomp", "conj"}]
    # ... and those that hang on what the crowd carries ("with placards demanding ...", "waved banners
    # denouncing ...")
    carried = [child for child in verb.children if child.dep_ == "dobj"]
    carried += [
        obj for child in verb.children if child.dep_ == "prep" for obj in child.children if obj.dep_ == "pobj"
    ]
    participles += [clause for noun in carried for clause in noun.children if clause.dep_ == "acl"]
    # ... and the participles coordinated with them ("waving flags and demanding that ...")
    participles += [other for clause in participles for other in clause.conjuncts]
    for clause in participles:
        if clause.tag_ != "VBG" or lemma(clause) not in event_words("protest_cries"):
            continue
        targets = [obj for _, obj in children_by_prep(clause, {"against"})]
        targets += [obj for obj in object_tokens(clause)]
        # "demanding that American forces leave": whom the demand is made of
        targets += [
            subject
            for comp in clause.children
            if comp.dep_ == "ccomp"
            for subject in comp.children
            if subject.dep_ in {"nsubj", "nsubjpass"}
        ]
        for target in targets:
            owners = [target, *(c for c in target.children if c.dep_ == "poss")]
            for owner in owners:
                if dyad.take_recipient(index.of_group(owner)):
                    return
        if dyad.take_recipient(named_after_that(clause, index)):
            return  # "demanding that Pakistan apologise", misparsed


def object_owner_recipient(verb: Token, dyad: Dyad, index: MentionIndex, compounds: bool) -> None:
    """The owner of what a reaction is aimed at: "rejected Putin's proposal", "a proposal by X", "the
    Russian proposal", "vetoed a Security Council resolution", "praised what he called Washington's
    approach" (the object of a clause in object position)."""
    objects = [child for child in verb.children if child.dep_ in {"dobj", "ccomp"}]
    objects += [
        grand
        for obj in objects
        if not _clause_of_a_party(obj, index)
        for grand in obj.children
        if grand.dep_ in {"dobj", "oprd"}
    ]
    for obj in objects:
        # "Putin's proposal", "a proposal by X", "the demands of X", "a UN Security Council resolution"
        owner_deps = (
            {"poss", "compound"} if compounds else {"poss"}
        )  # "signed the Union State treaty": a name
        owners = [child for child in obj.children if child.dep_ in owner_deps]
        owners += [found for _, found in children_by_prep(obj, {"by", "of"})]
        # "threw out a case that Sudan had filed", "rejected a plan Moscow proposed": the author
        owners += [
            subject
            for clause in obj.children
            if clause.dep_ == "relcl"
            for subject in clause.children
            if subject.dep_ == "nsubj"
        ]
        for owner in owners:
            if dyad.take_recipient(index.of_group(owner)):
                return
        if dyad.take_recipient(demonym_owner(obj)):  # "rejected the Senegalese plan"
            return


def served_act_destination(verb: Token, dyad: Dyad, index: MentionIndex) -> None:
    """An act that is the purpose of a movement is aimed where the movement went: "sent experts to X
    to investigate", "deployed ships into the strait to inspect cargo"."""
    if (
        dyad.recipient
        or verb.dep_ != "advcl"
        or not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)
    ):
        return
    for _, obj in children_by_prep(verb.head, {"to", "into"}):
        if dyad.take_recipient(index.of_group(obj)):
            return


def consequence_recipient(verb: Token, dyad: Dyad, index: MentionIndex) -> None:
    """A participle telling what an act did ("launched rocket fire against X, killing 50") has the
    act's target: the main verb's object, or whom its object or the verb itself is aimed at."""
    if dyad.recipient or verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < verb.head.i:
        return
    objects = [member for obj in object_tokens(verb.head) for member in coordinated(obj)]
    phrases = [obj for holder in (verb.head, *objects) for _, obj in children_by_prep(holder, AIMED_PREPS)]
    for obj in [*objects, *phrases]:
        if dyad.take_recipient(index.of_group(obj)):
            return


def _folded_host(trigger: Trigger, verb: Token, dyad: Dyad, index: MentionIndex) -> None:
    """The host of a meeting told by another verb takes part in it (CAMEO 045: hosting talks is
    taking part): "Trump met al-Sharaa in Riyadh, in a meeting hosted by the Saudi crown prince"."""
    folded = [*trigger.tokens, *(part.head for part in trigger.absorbed)]
    for host in (token for token in folded if lemma(token) == "host" and token is not verb):
        for _, obj in children_by_prep(host, {"by"}):
            dyad.partners = unique([*dyad.partners, *index.of_group(obj)])


def _mediator(holders: list[Token], dyad: Dyad, index: MentionIndex) -> None:
    """Who a meeting is held under the auspices of takes part in it, as a host does: "officials of
    both sides met in Lome under the auspices of Togo's president" (``mediation_nouns``)."""
    for _, noun in [pair for holder in holders for pair in children_by_prep(holder, {"under"})]:
        if not {lemma(noun), noun.lower_} & event_words("mediation_nouns"):
            continue
        owners = [child for child in noun.children if child.dep_ == "poss"]
        owners += [obj for _, obj in children_by_prep(noun, {"of"})]
        dyad.partners = unique([*dyad.partners, *(a for owner in owners for a in index.of_group(owner))])


def _clause_of_a_party(clause: Token, index: MentionIndex) -> bool:
    """A clause whose subject is a party ("complained that the EU had blacklisted Kyrgyz firms"):
    what it acts on is that party's target, not the author of what the reaction is aimed at."""
    if clause.dep_ != "ccomp":
        return False
    subject, _ = subject_of(clause)
    return subject is not None and subject.pos_ != "PRON" and bool(index.of_group(subject))


# Modifiers that tie a ship or a business to a state, the owner before the flag: a "Greek-owned,
# Liberian-flagged tanker" is Greece's to the coders of the wire fixture.
STATE_TIES = ("owned", "run", "operated", "flagged")


def flag_state_recipient(verb: Token, dyad: Dyad) -> None:
    """A ship or a business named by the state that owns, runs or flags it belongs, for coding, to that
    state: "seized the Panama-flagged tanker Niovi", "attacked Turkish-owned shops", "accused a
    Chinese-owned freighter": that state is the side it was done to (a ship's own name, when taken as
    an actor, has no country)."""
    own = {actor.country for actor in dyad.actor}
    # (a recipient of the actor's own state is no answer: "the tanker Advantage Sweet", a name taken
    # for a person of the story's country)
    if any((actor.country and actor.country not in own) or actor.igo for actor in dyad.recipient):
        return
    for vessel in (child for child in verb.children if child.dep_ in {"dobj", "nsubjpass"}):
        words = (vessel, *(c for c in vessel.children if c.dep_ == "compound"))
        ties = [c for word in words for c in word.children if _tie(c) is not None]
        for tied in sorted(ties, key=lambda c: STATE_TIES.index(_tie(c))):
            if dyad.take_recipient(_flag_of(tied)):
                return


def _tie(word: Token) -> str | None:
    """Which of STATE_TIES a modifier is ("owned", "Panama-flagged"), if any."""
    return next((tie for tie in STATE_TIES if word.lower_ == tie or word.lower_.endswith(f"-{tie}")), None)


def _flag_of(flagged: Token) -> list[Actor]:
    """The country a "<country>-flagged" (or -owned, -run, -operated) modifier names ("Marshall
    Islands-flagged", "British-flagged", "Greek-owned")."""
    tie = _tie(flagged) or "flagged"
    name = flagged.text[: -len(tie)].rstrip("-")  # one token when not split: "Panama-flagged"
    words = [t.text for t in flagged.subtree if t.i < flagged.i and not t.is_punct]
    for surface in (" ".join(words), name):
        state = state_named(surface) if surface else []
        if state:
            return state
    return []
