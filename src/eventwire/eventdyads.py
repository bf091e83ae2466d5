"""Who did it to whom: the actor and recipient of a trigger, from the dependency parse.

Arguments are found in the parse (subject, "by" agent, object, prepositions, coordination,
appositions, a noun's possessor or demonym) and mapped to actors through the actor stage's
mentions: a mention whose span covers the argument's head word (or one of its modifiers).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from eventwire.actor_builder import sector_actor
from eventwire.countries import lookup
from eventwire.eventparts import Lexicon, Trigger, governor_of, lemma
from eventwire.records import Actor, ActorMention, Place

# Dependency labels of a verb's grammatical subject / object in spaCy's English scheme.
SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
# Prepositions that can name the recipient (target) of any event.
RECIPIENT_PREPS = {"against", "on", "to", "at", "toward", "towards", "upon", "into", "for"}
# "with" names co-participants in meetings and cooperation, a recipient elsewhere.
PARTICIPANT_TYPES = {"CONSULT", "COOPERATE"}
# A noun's own modifiers that may name its agent ("Russia's invasion", "Israeli strikes").
MODIFIER_DEPS = {"poss", "compound", "amod", "nmod"}
# Types whose recipient may be named as the one who needs what is given ("any help X needs").
BENEFIT_TYPES = {"AID", "SUPPORT", "AGREE", "COOPERATE"}
# The verb of a meeting whose subject is the host: "X hosted Y" is Y visiting X.
HOST_LEMMAS = {"host"}


class MentionIndex:
    """Finds the actors a token refers to through the actor mentions that cover it."""

    def __init__(self, actors: Sequence[Actor], mentions: Sequence[ActorMention]) -> None:
        self.by_id = {actor.id: actor for actor in actors}
        self.mentions = [m for m in mentions if m.actor_id in self.by_id]

    def at(self, token: Token) -> Actor | None:
        start, end = token.idx, token.idx + len(token.text)
        for mention in self.mentions:
            if mention.start <= start and end <= mention.end:
                return self.by_id[mention.actor_id]
        return None

    def in_span(self, start: int, end: int) -> list[tuple[int, Actor]]:
        """(offset, actor) of every mention inside a character range, in text order."""
        found = [
            (m.start, self.by_id[m.actor_id]) for m in self.mentions if start <= m.start and m.end <= end
        ]
        return sorted(found, key=lambda pair: pair[0])

    def of_phrase(self, token: Token) -> list[Actor]:
        """Actors of a noun phrase: its head, else its modifiers ("Israeli and Jordanian troops", "Iran's
        navy"), else "of X" / "in X" ("the army of X", "security forces in X")."""
        direct = self.at(token)
        if direct is not None:
            return [direct]
        modifiers = [
            member
            for child in token.children
            if child.dep_ in MODIFIER_DEPS or child.dep_ == "appos"
            for member in coordinated(child)
        ]
        found = unique(actor for member in modifiers for actor in self.of_phrase(member))
        if found:
            return found
        for child in token.children:
            if (
                child.dep_ == "prep"
                and lemma(child) in {"of", "in", "from"}
                and token.pos_ in {"NOUN", "PRON"}
            ):
                found = unique(actor for pobj in child.children for actor in self.of_group(pobj))
                if found:
                    return found
        return self._included(token) if token.pos_ == "NOUN" else []

    def _included(self, token: Token) -> list[Actor]:
        """Actors listed as members of a group noun: "diplomats from seven countries, including X and
        Y" (the small parser often hangs "including" on a later word of the phrase)."""
        for word in token.subtree:
            if word.dep_ == "prep" and word.lower_ == "including" and word.i > token.i:
                found = unique(
                    a for pobj in word.children if pobj.dep_ == "pobj" for a in self.of_group(pobj)
                )
                if found:
                    return found
        return []

    def of_group(self, token: Token) -> list[Actor]:
        """Actors of a phrase and of everything coordinated with it ("X and Y", "X, Y and Z")."""
        return unique([actor for member in coordinated(token) for actor in self.of_phrase(member)])


def coordinated(token: Token) -> list[Token]:
    members = [token]
    for child in token.children:
        if child.dep_ == "conj":
            members.extend(coordinated(child))
    return members


def unique(actors: Iterable[Actor]) -> list[Actor]:
    seen: dict[str, Actor] = {}
    for actor in actors:
        seen.setdefault(actor.id, actor)
    return list(seen.values())


def predicate_of(trigger: Trigger) -> Token:
    """The verb whose arguments are the event's participants (a noun trigger's governor if it has one)."""
    head = trigger.head
    if head.pos_ in {"VERB", "AUX"}:
        return head
    if head.pos_ == "ADJ" and head.head.pos_ in {"AUX", "VERB"}:
        return head.head
    return governor_of(head) or head


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The subject of a verb, climbing through xcomp/conj/acomp chains; True when it is a passive subject."""
    current: Token | None = verb
    for _ in range(6):
        if current is None:
            break
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS:
                return child, False
            if child.dep_ in PASSIVE_SUBJECT_DEPS:
                return child, True
        if current.dep_ in {"xcomp", "conj", "acomp", "advcl", "pcomp"} and current.head.i != current.i:
            current = current.head
            if current.dep_ == "prep" and current.pos_ == "ADP":
                current = current.head  # "X said, after meeting Y": the gerund's subject is X
        elif current.dep_ == "relcl":
            return current.head, False
        else:
            break
    return None, False


def children_by_prep(token: Token, preps: set[str]) -> list[tuple[str, Token]]:
    """(preposition, object) pairs hanging off a token: "with Iran", "against the rebels", "by X"."""
    pairs = []
    for child in token.children:
        if child.dep_ in {"prep", "agent", "dative"} and lemma(child) in preps:
            pairs.extend((lemma(child), obj) for obj in child.children if obj.dep_ == "pobj")
        elif child.dep_ == "dative" and child.pos_ in {"PROPN", "NOUN", "PRON"} and "to" in preps:
            pairs.append(("to", child))
    return pairs


def speaker_of(token: Token, lexicon: Lexicon) -> Token | None:
    """The subject of the verb of saying that a clause is reported under, if any."""
    for ancestor in [token, *token.ancestors]:
        if lemma(ancestor) in lexicon.speech_verbs and ancestor.pos_ == "VERB":
            subject, _ = subject_of(ancestor)
            return subject
    return None


@dataclass(slots=True)
class Dyad:
    actor: list[Actor] = field(default_factory=list)
    recipient: list[Actor] = field(default_factory=list)
    actor_how: str = "none"  # "parse", "speaker" or "nearby": how the actor was found
    partners: list[Actor] = field(default_factory=list)  # "met with X": co-participants of a meeting


# ---------------------------------------------------------------- dyads


def find_dyad(
    trigger: Trigger, sent: Span, index: MentionIndex, lexicon: Lexicon, places: MentionIndex | None = None
) -> Dyad:
    """Actor and recipient of one trigger from the dependency parse."""
    verb = predicate_of(trigger)
    dyad = Dyad()
    subject, passive = subject_of(verb)
    agents = [obj for prep, obj in children_by_prep(verb, {"by"})]
    objects = [
        child
        for child in verb.children
        if child.dep_ in {"dobj", "dative"} and lemma(child) not in lexicon.document_nouns
    ]
    if passive:
        dyad.actor = unique(a for agent in agents for a in index.of_group(agent))
        dyad.recipient = index.of_group(subject) if subject is not None else []
    else:
        dyad.actor = index.of_group(subject) if subject is not None else []
        dyad.recipient = unique(a for obj in objects for a in index.of_group(obj))
    if dyad.actor:
        dyad.actor_how = "parse"
    noun = trigger.head if trigger.head.pos_ == "NOUN" else None
    if noun is not None:
        _noun_arguments(noun, dyad, index)
    _prepositional_arguments(trigger, verb, noun, dyad, index)
    _content_recipient(trigger, dyad, sent, index, lexicon)
    _role_preposition_recipient(trigger, verb, dyad, index, lexicon, places or MentionIndex([], []))
    if not dyad.recipient and trigger.type in BENEFIT_TYPES:
        _beneficiary_recipient(trigger, dyad, index, lexicon)
    if not dyad.actor:
        _actor_fallback(trigger, verb, dyad, sent, index, lexicon)
    dyad.recipient = [actor for actor in dyad.recipient if actor not in dyad.actor]
    return dyad


def _noun_arguments(noun: Token, dyad: Dyad, index: MentionIndex) -> None:
    """A noun trigger's own agent: "Russia's invasion", "the attack by X", "talks between X and Y".

    The noun's own agent wins over the subject of the verb that governs it: in "Y condemned the
    attack by X" the attack is X's."""
    own = [
        *index.of_phrase(noun),
        *(a for _, obj in children_by_prep(noun, {"by"}) for a in index.of_group(obj)),
    ]
    if own:
        dyad.actor, dyad.actor_how = unique(own), "parse"
        dyad.recipient = [actor for actor in dyad.recipient if actor not in dyad.actor]
    for _, obj in children_by_prep(noun, {"between", "among"}):
        dyad.actor = unique([*dyad.actor, *index.of_group(obj)])
        dyad.actor_how = "parse"


def _prepositional_arguments(
    trigger: Trigger, verb: Token, noun: Token | None, dyad: Dyad, index: MentionIndex
) -> None:
    """Recipients and co-participants named by prepositions on the verb or the noun trigger."""
    holders = [verb] if noun is None else [verb, noun]
    # "held talks with X", "hosted talks with X": the meeting noun of a phrase, or folded into the
    # verb, carries the participants.
    holders += [tok for tok in trigger.tokens if tok.pos_ == "NOUN" and tok not in holders]
    holders += [part.head for part in trigger.absorbed if part.type == trigger.type]
    for holder in holders:
        for prep, obj in children_by_prep(holder, RECIPIENT_PREPS | {"with", "of"}):
            found = index.of_group(obj)
            if not found:
                continue
            if prep == "with" and trigger.type == "CONSULT":
                dyad.partners = unique([*dyad.partners, *found])
            elif prep == "with" and trigger.type in PARTICIPANT_TYPES:
                dyad.actor = unique([*dyad.actor, *found])
            elif prep == "of" and holder is not noun:
                continue  # "accused X of ..." names the charge, not another party
            elif prep != "with" or trigger.type not in {"ASSAULT", "COERCE"}:
                dyad.recipient = unique([*dyad.recipient, *found])


def _content_recipient(
    trigger: Trigger, dyad: Dyad, sent: Span, index: MentionIndex, lexicon: Lexicon
) -> None:
    """A speech act without a recipient takes the actor or recipient of what it is about."""
    role = lexicon.content_recipient.get(trigger.type)
    if dyad.recipient or not role:
        return
    for content in trigger.absorbed:
        inner = find_dyad(content, sent, index, lexicon)
        found = inner.actor if role == "actor" and inner.actor_how == "parse" else inner.recipient
        found = [actor for actor in found if actor not in dyad.actor]
        if found:
            dyad.recipient = found
            return
    if role == "recipient":
        _complement_recipient(trigger, dyad, index, lexicon)
    else:
        _complement_subject(trigger, dyad, index)


def _complement_subject(trigger: Trigger, dyad: Dyad, index: MentionIndex) -> None:
    """ "demanded that X withdraw", "accused X of": the subject of the clause the speech act is about."""
    for clause in trigger.head.children:
        if clause.dep_ not in {"ccomp", "xcomp"}:
            continue
        subject, _ = subject_of(clause)
        found = [a for a in index.of_group(subject) if a not in dyad.actor] if subject is not None else []
        if found:
            dyad.recipient = found
            return


def _complement_recipient(trigger: Trigger, dyad: Dyad, index: MentionIndex, lexicon: Lexicon) -> None:
    """A speech act's recipient named inside its complement ("offered to send troops to X")."""
    for token in trigger.head.subtree:
        if token.i == trigger.head.i or token.dep_ not in {"pobj", "dobj", "dative"}:
            continue
        if token.dep_ == "pobj" and lemma(token.head) not in RECIPIENT_PREPS | {"with"}:
            continue
        if token.dep_ == "dobj" and lemma(token) in lexicon.document_nouns:
            continue  # "signed the Union treaty": the document is no party
        found = [actor for actor in index.of_group(token) if actor not in dyad.actor]
        if found:
            dyad.recipient = found
            return


def _role_preposition_recipient(
    trigger: Trigger, verb: Token, dyad: Dyad, index: MentionIndex, lexicon: Lexicon, places: MentionIndex
) -> None:
    """Types whose recipient can be a place or a source ("curfew in X", "seized from X", "shelled X"):
    events.yaml. A named place stands for those who live there when no actor is named."""
    if dyad.recipient:
        return
    preps = {prep for prep, types in lexicon.recipient_preps.items() if trigger.type in types}
    holders = [verb, trigger.head] if trigger.head is not verb else [verb]
    arguments = [obj for holder in holders for _, obj in children_by_prep(holder, preps)]
    arguments += [
        child
        for child in verb.children
        if child.dep_ == "dobj" and lemma(child) not in lexicon.document_nouns
    ]
    sources = [index, places] if trigger.type in lexicon.place_recipient_types else [index]
    for source in sources:
        for obj in arguments:
            found = [actor for actor in source.of_group(obj) if actor not in dyad.actor]
            if found:
                dyad.recipient = found
                return


def _beneficiary_recipient(trigger: Trigger, dyad: Dyad, index: MentionIndex, lexicon: Lexicon) -> None:
    """The subject of "need"/"require" in what is offered or given: "any support X may need".

    The relative clause often has no relative pronoun, and the small parser may then hang its verb
    outside the trigger's phrase, so a need-verb right after a noun of the trigger counts too."""
    nouns = [tok for part in (trigger, *trigger.absorbed) for tok in part.tokens if tok.pos_ == "NOUN"]
    near = [tok for noun in nouns for tok in noun.doc[noun.i + 1 : min(noun.i + 6, noun.sent.end)]]
    for verb in [*trigger.head.subtree, *near]:
        if lemma(verb) not in lexicon.beneficiary_verbs or verb.pos_ not in {"VERB", "AUX"}:
            continue
        subject, _ = subject_of(verb)
        if subject is None or subject.i > verb.i:
            continue
        found = [actor for actor in index.of_group(subject) if actor not in dyad.actor]
        if found:
            dyad.recipient = found
            return


def _actor_fallback(
    trigger: Trigger, verb: Token, dyad: Dyad, sent: Span, index: MentionIndex, lexicon: Lexicon
) -> None:
    """No subject in the parse: the reporting speaker, else the nearest actor named before the trigger."""
    speaker = speaker_of(verb, lexicon)
    if speaker is not None and index.of_group(speaker):
        dyad.actor, dyad.actor_how = index.of_group(speaker), "speaker"
        return
    if (
        trigger.head.pos_ == "NOUN"
        and trigger.head.dep_ not in {"ROOT", "nsubj", "nsubjpass"}
        and verb is trigger.head
    ):
        return  # a background noun ("sanctions over the invasion") has no agent of its own
    before = [actor for _, actor in index.in_span(sent.start_char, trigger.head.idx)]
    before = [actor for actor in before if actor not in dyad.recipient and actor not in dyad.partners]
    if before:
        dyad.actor, dyad.actor_how = [before[-1]], "nearby"


def arrange_meeting(trigger: Trigger, dyad: Dyad) -> None:
    """Codebook CONSULT: a meeting puts every participant in ``actor`` with no recipient; a visit is
    visitor (actor) -> host (recipient), and "X hosted Y" is Y visiting X (mode visit)."""
    if trigger.type != "CONSULT":
        return
    if trigger.mode == "visit":
        dyad.actor = unique([*dyad.actor, *dyad.partners])
    elif any(lemma(token) in HOST_LEMMAS for token in trigger.tokens):
        hosts = dyad.actor
        guests = [actor for actor in unique([*dyad.recipient, *dyad.partners]) if actor not in hosts]
        if guests:
            dyad.actor, dyad.recipient, trigger.mode = guests, hosts, "visit"
        else:
            dyad.recipient = []
    else:
        dyad.actor = unique([*dyad.actor, *dyad.partners, *dyad.recipient])
        dyad.recipient = []
    dyad.partners = []


def place_actors(places: Sequence[Place]) -> MentionIndex:
    """Places with a country as stand-in actors: a capital stands for its government ("sanctions on
    Minsk"), any other place for those who live there ("shelled Juba": of Sudan)."""
    actors, mentions = [], []
    for place in places:
        if not place.country:
            continue
        entry = lookup(place.text)
        if entry is not None and entry.kind == "capital":
            actor = sector_actor(entry.code, "GOV")
        else:
            actor = Actor(f"place:{place.country}:{place.name}", place.name, "state", country=place.country)
        actors.append(actor)
        mentions.append(ActorMention(actor.id, place.start, place.end, place.text, how="place"))
    return MentionIndex(actors, mentions)
