"""Parse primitives for event arguments: coordination, subjects, prepositional objects, the reporting
speaker (the actors a token stands for are in :mod:`eventwire.events_mentions`). Shared by the dyad
finder and its helper modules."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Token

from eventwire.event_lexicon import Lexicon, event_words
from eventwire.eventparts import Trigger, governor_of, lemma
from eventwire.events_wording import particle_objects
from eventwire.records import Actor
from eventwire.tokens import PASSIVE_SUBJECT_DEPS
from eventwire.trigger_folding import RESULT_VERBS, speaker_conjunct_head

# Dependency labels of a verb's grammatical subject / object in spaCy's English scheme.
SUBJECT_DEPS = {"nsubj", "csubj"}
# Prepositions that can name the recipient (target) of any event.
RECIPIENT_PREPS = {"against", "on", "to", "at", "toward", "towards", "upon", "into", "for"}
# "with" names co-participants in meetings and cooperation, a recipient elsewhere.
PARTICIPANT_TYPES = {"CONSULT", "COOPERATE"}
# Prepositions naming who a noun phrase belongs to: "the army of X", "forces in X", "troops from X".
OWNER_PREPS = frozenset({"of", "in", "from"})
# What aid or a deployment moves comes from its giver: "a medical team from New Caledonia" names no recipient.
INSTRUMENT_OWNER_PREPS = frozenset({"of", "in"})
# A noun's own modifiers that may name its agent ("Russia's invasion", "Israeli strikes").
MODIFIER_DEPS = {"poss", "compound", "amod", "nmod"}
# Types whose recipient may be named as the one who needs what is given ("any help X needs").
BENEFIT_TYPES = {"AID", "SUPPORT", "AGREE", "COOPERATE"}
# Types whose recipient may be the subject of a condition: "will retaliate if X attacks" is a threat to X.
CONDITION_ADDRESSEE_TYPES = {"THREATEN"}
# Types told as the consequence of the act before them ("shelled the camps, killing 20"): the same target.
CONSEQUENCE_TYPES = {"ASSAULT"}
# Prepositions naming whom the end of an act is aimed at ("to allow deliveries to X", "a war against X").
PURPOSE_PREPS = {"to", "against", "on", "at", "into", "toward", "towards"}
# The verb of a meeting whose subject is the host: "X hosted Y" is Y visiting X.
HOST_LEMMAS = {"host"}


def coordinated(token: Token) -> list[Token]:
    """The token and every phrase coordinated with it.

    The parser hangs "Minister A and Minister B" on the first name's apposition ("Minister" <-appos-
    "A" <-conj- "B"), so coordination is followed through an apposition too; and it sometimes makes
    the first of two titled names a modifier of the second ("Prime Minister A and President B":
    "A" <-nmod- "B", with the "and" on "A"), which is read as coordination.
    """
    members = [token]
    for child in token.children:
        if child.dep_ == "conj" or _misparsed_conjunct(child):
            members.extend(coordinated(child))
        elif child.dep_ == "appos":
            members.extend(
                member for grand in child.children if grand.dep_ == "conj" for member in coordinated(grand)
            )
    return members


def _misparsed_conjunct(child: Token) -> bool:
    if child.dep_ == "npadvmod":
        # "Saudi Arabia, Qatar, Turkey and Jordan": the list's second name hung on the first as a
        # modifier, with the rest of the list coordinated to it
        return (
            child.pos_ == "PROPN"
            and child.i > child.head.i
            and child.nbor(-1).text == ","
            and any(grand.dep_ == "conj" for grand in child.children)
        )
    return (
        child.dep_ == "nmod"
        and child.pos_ == "PROPN"
        and child.i < child.head.i
        and any(grand.dep_ == "cc" and grand.i > child.i for grand in child.children)
    )


def unique(actors: Iterable[Actor]) -> list[Actor]:
    seen: dict[str, Actor] = {}
    for actor in actors:
        seen.setdefault(actor.id, actor)
    return list(seen.values())


def predicate_of(trigger: Trigger, event_nouns: frozenset[str] = frozenset()) -> Token:
    """The verb whose arguments are the event's participants (a noun trigger's governor if it has one,
    or that of the noun phrase it modifies: see ``phrase_head``)."""
    head = trigger.head
    if head.pos_ in {"VERB", "AUX"}:
        return head
    if head.pos_ == "ADJ" and head.head.pos_ in {"AUX", "VERB"}:
        return head.head
    phrase = phrase_head(head, event_nouns)
    # "launched ten days of war games", "staged a wave of strikes": the measure's governor
    if (
        phrase.dep_ == "pobj"
        and lemma(phrase.head) == "of"
        and lemma(phrase.head.head) in event_words("measure_nouns")
    ):
        return governor_of(phrase.head.head) or phrase
    return governor_of(phrase) or phrase


def phrase_head(noun: Token, event_nouns: frozenset[str] = frozenset()) -> Token:
    """The head of the noun phrase a noun trigger modifies: "a mediation mission between X and Y" is
    the mediation's, and so are the phrase's arguments. Not an event noun of its own ``event_nouns``:
    "ended its defence cooperation agreement with X" is no cooperation of its own."""
    while (
        noun.dep_ == "compound"
        and noun.head.pos_ == "NOUN"
        and noun.head.i > noun.i
        and lemma(noun.head) not in event_nouns
    ):
        noun = noun.head
    return noun


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The subject of a verb, climbing through xcomp/conj/acomp chains; True when it is a passive subject."""
    current: Token | None = verb
    for _ in range(6):
        if current is None:
            break
        found = nearest_subject(current)
        if found is not None and current.dep_ == "relcl" and found[0].tag_ in {"WP", "WDT"}:
            return current.head, found[1]  # "Lula, who offered to mediate": the relative word's noun
        if found is not None and found[1] and lemma(current) in event_words("feeling_verbs"):
            return found[0], False  # "Ottawa was dismayed by the decision": the one who feels acts
        if found is not None:
            # "X was indicted and will resign": a passive subject shared with an active verb is its agent
            return found[0], found[1] and (current is verb or _passive_form(verb))
        led = _led_to_act(current)
        if led is not None:
            return led, False  # "..., prompting Kampala to summon the envoy": Kampala summoned
        speaker_verb = speaker_conjunct_head(current)
        # (only a speaker named first: in "X have shelled ... and stormed a clinic, Y said" X stormed)
        if speaker_verb is not None and speaker_verb.i < current.i:
            current = speaker_verb  # "said X had failed ... and called on Y": the speaker called
        elif (
            current.dep_ in {"xcomp", "conj", "acomp", "oprd", "advcl", "pcomp"}
            and current.head.i != current.i
        ):
            current = current.head
            if current.dep_ == "prep" and current.pos_ == "ADP":
                current = current.head  # "X said, after meeting Y": the gerund's subject is X
        elif current.dep_ == "relcl":
            return current.head, False
        elif current.dep_ == "acl" and lemma(current.head) in event_words("statement_nouns"):
            current = current.head.head  # "X issued a statement condemning Y": X condemned Y
        else:
            break
    return None, False


def _led_to_act(verb: Token) -> Token | None:
    """Whom a result verb led to this act: its object ("forcing Paris to recall its envoy")."""
    if verb.dep_ != "xcomp" or lemma(verb.head) not in RESULT_VERBS:
        return None
    return next((child for child in verb.head.children if child.dep_ == "dobj"), None)


def _passive_form(verb: Token) -> bool:
    """A verb that can share a passive subject: a past participle or one with its own passive auxiliary."""
    return verb.tag_ == "VBN" or any(child.dep_ == "auxpass" for child in verb.children)


def nearest_subject(verb: Token) -> tuple[Token, bool] | None:
    """The verb's subject; of two (a wire dateline "MINSK, July 18 —" parsed as a second subject),
    the one closest before the verb."""
    subjects = [
        (child, child.dep_ in PASSIVE_SUBJECT_DEPS)
        for child in verb.children
        if child.dep_ in SUBJECT_DEPS or child.dep_ in PASSIVE_SUBJECT_DEPS
    ]
    if not subjects:
        return None
    before = [pair for pair in subjects if pair[0].i < verb.i]
    return before[-1] if before else subjects[0]


def children_by_prep(token: Token, preps: set[str]) -> list[tuple[str, Token]]:
    """(preposition, object) pairs hanging off a token: "with Iran", "against the rebels", "by X"."""
    pairs = []
    for child in token.children:
        if child.dep_ in {"prep", "agent", "dative"} and lemma(child) in preps:
            objects = [obj for obj in child.children if obj.dep_ == "pobj"] or _stranded_object(child)
            objects += [
                obj for conj in repeated_prepositions(child) for obj in conj.children if obj.dep_ == "pobj"
            ]
            pairs.extend((lemma(child), obj) for obj in objects)
        elif child.dep_ == "dative" and child.pos_ in {"PROPN", "NOUN", "PRON"} and "to" in preps:
            pairs.append(("to", child))
        elif (
            child.dep_ in {"prep", "prt", "advmod"}
            and lemma(child) in {"out", "home", "back"}
            and "from" in preps
        ):
            # "pulled its envoy out of Paris", "called its diplomats home from Ankara": a "from"
            pairs.extend(("from", obj) for _, obj in children_by_prep(child, {"of", "from"}))
    return pairs


def repeated_prepositions(prep: Token) -> list[Token]:
    """ "with Guterres and with Starmer": the same preposition said again, which the parser hangs on the
    first as a conjunct."""
    return [conj for conj in prep.conjuncts if conj.pos_ == "ADP" and lemma(conj) == lemma(prep)]


def object_tokens(verb: Token) -> list[Token]:
    """A verb's objects, read through two misparses: a quantity "up to 16 advisers" taken for a particle
    and a preposition, and an object shared with a coordinated verb ("donated and delivered goods":
    ``shared_verbs``)."""
    objects = [child for child in verb.children if child.dep_ in {"dobj", "dative"}]
    for particle in (child for child in verb.children if child.dep_ == "prt" and child.lower_ == "up"):
        after = particle.nbor() if particle.i + 1 < len(particle.doc) else particle
        objects += [
            obj
            for obj in after.children
            if after.lower_ == "to"
            and obj.dep_ == "pobj"
            and any(grand.dep_ == "nummod" for grand in obj.children)
        ]
    if not objects and verb.pos_ == "VERB":
        # "called in the ambassador": a particle read as a preposition (events_wording.particle_objects)
        objects = particle_objects(verb)
    if not objects:
        objects = [child for other in shared_verbs(verb) for child in other.children if child.dep_ == "dobj"]
    return [_antecedent(verb, obj) for obj in objects]


def _antecedent(verb: Token, obj: Token) -> Token:
    """The noun a relative pronoun object stands for: "the WHO, which he accused of ..." (the WHO was
    accused), "the envoy whom Paris expelled"."""
    if obj.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl" and obj.i < verb.i:
        return verb.head
    return obj


def talks_about_object(trigger_type: str, verb: Token) -> bool:
    """A meeting told with a verb of talking about something: its object is the topic, not a party
    ("discussed a U.S. ceasefire proposal")."""
    return trigger_type == "CONSULT" and lemma(verb) in event_words("topic_verbs")


def shared_verbs(verb: Token) -> list[Token]:
    """Verbs coordinated right after one that has nothing after it, with no subject of their own: they
    share their object and its phrases with it ("donated and delivered goods to X"; not "was ready to
    host talks and urged X to ...")."""
    if any(child.i > verb.i and child.dep_ not in {"cc", "conj", "punct"} for child in verb.children):
        return []
    return [
        child
        for child in verb.children
        if child.dep_ == "conj"
        and child.pos_ == "VERB"
        and not any(grand.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for grand in child.children)
    ]


def _stranded_object(prep: Token) -> list[Token]:
    """The noun phrase right after a preposition the parser left without an object, having made it the
    subject of a later clause ("granted asylum to five officers holed up in ...")."""
    if any(child.dep_ in {"pobj", "pcomp"} for child in prep.children):
        return []
    for token in prep.doc[prep.i + 1 : min(prep.i + 8, prep.sent.end)]:
        if token.left_edge.i == prep.i + 1 and token.pos_ in {"NOUN", "PROPN"}:
            return [token] if token.dep_ in SUBJECT_DEPS else []
    return []


# How a "by" phrase may hang below a passive verb and still name its agent: through the verb's own
# prepositional phrases ("was indicted on spying charges by Chinese prosecutors").
STRAY_AGENT_PATH = frozenset({"prep", "pobj", "pcomp", "dobj"})


def stray_agents(verb: Token) -> list[Token]:
    """The objects of a "by" that the parser hung on a noun of one of a passive verb's prepositional
    phrases instead of on the verb ("was indicted on spying charges by Chinese prosecutors": the
    prosecutors indicted). Only through that phrase's nouns and gerunds, never another clause."""
    found = []
    for prep in (child for child in verb.children if child.dep_ == "prep" and child.lower_ != "by"):
        for token in prep.subtree:
            if token.lower_ != "by" or token.dep_ != "prep" or token.head.pos_ not in {"NOUN", "PROPN"}:
                continue
            path = [token.head, *token.head.ancestors]
            path = path[: path.index(prep) + 1] if prep in path else []
            if path and all(step.dep_ in STRAY_AGENT_PATH for step in path):
                found += [obj for obj in token.children if obj.dep_ == "pobj"]
    return found


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

    def take_recipient(self, candidates: Iterable[Actor]) -> bool:
        """Make the candidates that are not among the actors the recipient; True when there were any."""
        found = [actor for actor in candidates if actor not in self.actor]
        if found:
            self.recipient = found
        return bool(found)
