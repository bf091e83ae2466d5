"""Reactions to earlier actions: "Brazil condemned the raid", "called the decision a betrayal",
"rejected the proposal". A reaction whose object is a definite action noun is aimed at whoever took
that action, found among the document's earlier events. The word lists (which types react, which
nouns name an act, and of which kind) are the ``document_context`` section of ``data/events.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from eventwire.event_lexicon import events_config
from eventwire.eventparts import Trigger, lemma
from eventwire.events_args import children_by_prep
from eventwire.events_context import ContextRules, load_context_rules
from eventwire.events_mentions import MentionIndex
from eventwire.records import Actor, Event
from eventwire.tokens import TIME_ENTITIES

# What a reaction is against or about: "protested against the drills", "dismayed by / angry at /
# unhappy with the decision".
REACTION_PREPS = frozenset({"against", "over", "by", "at", "with", "about", "to", "for"})
# What an act was aimed at, named on its noun: "the raid on the embassy", "strikes against Houthi
# targets". The reaction is aimed at the doer of the earlier act on that party, not at the party.
TARGET_PREPS = frozenset({"on", "against"})


def direct_reactions(
    coded: Sequence[tuple[Trigger, Event]],
    index: MentionIndex | None = None,
    rules: ContextRules | None = None,
) -> None:
    """Aim each reaction to a definite action noun ("Russia condemned the decision") at the actor of
    the earlier action of this document it refers to."""
    rules = rules or load_context_rules()
    reactions: set[int] = set()
    for position, (trigger, event) in enumerate(coded):
        if event.actor and event.type in rules.protest_types:
            _aim_protest(trigger, event, coded[:position], rules, reactions, index)
            continue
        if not event.actor or event.type not in rules.reaction_types:
            continue
        verb = trigger.head if trigger.head.pos_ in {"VERB", "AUX"} else None
        if verb is not None and index is not None and _aim_at_author(event, verb, index):
            reactions.add(id(event))
            continue
        if verb is not None and _aim_at_clause(event, verb, coded[:position], rules, reactions):
            continue
        noun = _reaction_object(verb, rules) if verb is not None else None
        judged = _judged_subject(verb, rules) if verb is not None and noun is None else None
        noun = noun or judged
        if noun is None:
            continue
        reactions.add(id(event))
        at_home = judged is not None and _parties(event.recipient) <= _parties(event.actor)
        if event.recipient and not _stands_for_its_doer(noun, verb) and not at_home:
            continue
        action = _earlier_action(event, noun, coded[:position], rules, reactions, index)
        if action is not None:
            event.recipient = list(action.actor)


# Clauses in which a protest says what it is against: "took to the streets to denounce the release".
PURPOSE_DEPS = frozenset({"xcomp", "advcl"})


def _aim_protest(
    trigger: Trigger,
    event: Event,
    earlier: Sequence[tuple[Trigger, Event]],
    rules: ContextRules,
    reactions: set[int],
    index: MentionIndex | None,
) -> None:
    """Aim a protest against another side's act at its doer: "rallied to denounce the closure" (after
    Poland closed the border), "protested against the decision". A protest that names a foreign target
    keeps it; one against its own side's act, or against no act told before, keeps its own state."""
    reactions.add(id(event))  # a protest is no deed that "the decision" could refer to
    if _parties(event.recipient) - _parties(event.actor):
        return
    verb = trigger.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return
    clauses = [
        verb,
        *(child for child in verb.children if child.dep_ in PURPOSE_DEPS and child.pos_ == "VERB"),
    ]
    for clause in clauses:
        noun = _reaction_object(clause, rules)
        if noun is None:
            continue
        action = _earlier_action(event, noun, earlier, rules, reactions, index)
        if action is not None:
            event.recipient = list(action.actor)
            return


def _aim_at_author(event: Event, verb: Token, index: MentionIndex) -> bool:
    """Aim a reaction with no recipient beyond its own side at the author its object names on a
    participle: "accepted a ceasefire proposed by Qatar", "rejected the plan put forward by
    Washington", "welcomed a roadmap drafted by the African Union". Whether it did."""
    own = _parties(event.actor)
    if event.recipient and not _parties(event.recipient) <= own:
        return False
    for obj in (child for child in verb.children if child.dep_ == "dobj"):
        for clause in (child for child in obj.children if child.dep_ == "acl" and child.tag_ == "VBN"):
            authors = [
                actor for _, agent in children_by_prep(clause, {"by"}) for actor in index.of_group(agent)
            ]
            if authors and not own & _parties(authors):
                event.recipient = authors
                return True
    return False


# Who names a noun's own clause rather than whoever did the act: "a move that angered Beijing".
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})


def _aim_at_clause(
    event: Event,
    verb: Token,
    earlier: Sequence[tuple[Trigger, Event]],
    rules: ContextRules,
    reactions: set[int],
) -> bool:
    """Aim a reaction told in a relative clause on an action noun set off after an act at that act's
    doer: "Moscow accepted the envoy's credentials, a move Kabul hailed", "Russia expelled two
    diplomats, a step that Estonia condemned". The act is the latest one told before the noun in its
    sentence, by someone else. Whether the reaction is such a clause (it is then no deed itself)."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ != "NOUN" or noun.i > verb.i:
        return False
    if lemma(noun) not in rules.action_nouns and lemma(noun) not in rules.typed_action_nouns:
        return False
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    if not subjects or any(subject.lower_ in RELATIVE_PRONOUNS for subject in subjects):
        return False  # "a move that angered Beijing": the noun is the subject, not what was reacted to
    # (set off by a comma from what it sums up)
    if not any(token.text == "," for token in noun.doc[noun.left_edge.i - 1 : noun.left_edge.i]):
        return False
    reactions.add(id(event))
    own = _parties(event.actor)
    acts = [
        other
        for trigger, other in earlier
        if trigger.head.sent == verb.sent
        and trigger.head.i < noun.i
        and any(actor.country for actor in other.actor)
        and not own & _parties(other.actor)
        and not (other.negated or other.hypothetical or other.future)
    ]
    if acts and not _parties(event.recipient) - own:
        event.recipient = list(acts[-1].actor)
    return True


def _reaction_object(verb: Token, rules: ContextRules) -> Token | None:
    """The definite action noun a reaction verb takes as object ("condemned the drills")."""
    for child in verb.children:
        target = child
        if child.dep_ in {"prep", "agent"} and lemma(child) in REACTION_PREPS:
            target = next((obj for obj in child.children if obj.dep_ == "pobj"), None)
        elif child.dep_ != "dobj":
            continue
        if target is None or target.pos_ != "NOUN":
            continue
        definite = any(
            c.dep_ in {"det", "poss"} and c.lower_ in rules.definite_determiners for c in target.children
        )
        if definite:
            return target
    return None


def _judged_subject(verb: Token, rules: ContextRules) -> Token | None:
    """The definite action noun that a judgement said of it is about: "said the attacks were
    unacceptable", "told reporters the tariff threat was an attack on workers" (the subject of the
    clause with "be" that the verb of saying reports; not "warned its forces would respond")."""
    for clause in (child for child in verb.children if child.dep_ == "ccomp" and lemma(child) == "be"):
        for subject in (child for child in clause.children if child.dep_ == "nsubj"):
            if subject.pos_ == "NOUN" and any(
                c.dep_ in {"det", "poss"} and c.lower_ in rules.definite_determiners for c in subject.children
            ):
                return subject
    return None


def _stands_for_its_doer(noun: Token, verb: Token) -> bool:
    """A reaction whose recipient the parse found on the act it names rather than on the reaction
    ("condemned the raid on the embassy": the embassy was raided, the raider is condemned). A verb
    with a party of its own ("condemned Israel over the raid") or a noun with its doer named
    ("Baku's decision") keeps its recipient."""
    if noun.dep_ != "dobj" or noun.head != verb:
        return False
    if any(
        child.dep_ == "poss" or (child.dep_ in {"prep", "agent"} and lemma(child) == "by")
        for child in noun.children
    ):
        return False
    return not any(child.dep_ == "dobj" and child != noun for child in verb.children)


def _earlier_action(
    reaction: Event,
    noun: Token,
    earlier: Sequence[tuple[Trigger, Event]],
    rules: ContextRules,
    reactions: set[int],
    index: MentionIndex | None,
) -> Event | None:
    """The latest earlier event the noun refers to: one whose trigger is the same word, else (for a
    generic noun such as "decision" or "measures") the latest act by someone else, else (for a noun
    of a kind of act: "the suspension") the latest such event by someone else. A noun that names
    whom the act was aimed at ("the raid on the embassy") refers only to an act on that party."""
    own = _parties(reaction.actor)
    # (an act by someone of no known side cannot direct a reaction to anyone; an act denied, only
    # planned or supposed, or told as history is not what "the decision" reacted to is)
    candidates = [
        (trigger, event)
        for trigger, event in earlier
        if any(actor.country for actor in event.actor)
        and not own & _parties(event.actor)
        and not (event.negated or event.hypothetical or event.future or event.historical)
    ]
    targets = _named_targets(noun, index)
    if targets is not None:
        candidates = [(trigger, event) for trigger, event in candidates if _aimed_at(trigger, event, targets)]
    same_word = [
        event
        for trigger, event in candidates
        if lemma(noun) in _trigger_lemmas(trigger, whole=id(event) not in reactions)
    ]
    if same_word:
        return same_word[-1]
    warned = _warning_of(reaction, noun, earlier)
    if warned is not None:
        return warned
    if lemma(noun) in rules.body_nouns:
        # "welcomed the resolution", "rejected the session": what a council or parliament made
        bodies = [event for _, event in candidates if id(event) not in reactions and _by_a_body(event)]
        if bodies:
            return bodies[-1]
    # (a generic noun names a deed: "the decision" is not an earlier condemnation of something)
    deeds = [event for _, event in candidates if id(event) not in reactions and not _harms(reaction, event)]
    if lemma(noun) in rules.action_nouns and deeds:
        return deeds[-1]
    if targets is None and any(
        child.dep_ == "prep" and lemma(child) in {"on", "against", "by", "of"} for child in noun.children
    ):
        return None  # "condemned the attack on the airliner": a noun naming its own parties is not "the last one"
    kinds = rules.typed_action_nouns.get(lemma(noun), frozenset())
    # the latest act of the kind, even by no one known ("condemned the attack" after unknown gunmen
    # struck is aimed at no one, not at whoever attacked before)
    of_kind = [
        event
        for trigger, event in earlier
        if event.type in kinds
        and not own & _parties(event.actor)
        and (targets is None or _aimed_at(trigger, event, targets))
    ]
    chosen = {id(event) for _, event in candidates}
    return of_kind[-1] if of_kind and id(of_kind[-1]) in chosen else None


def _warning_of(reaction: Event, noun: Token, earlier: Sequence[tuple[Trigger, Event]]) -> Event | None:
    """What "the warning" or "the threat" a side dismissed refers to: the latest earlier act another
    side said it would do, or threatened, to the reacting side ("the United States would oppose loans
    to Colombian companies ... Petro dismissed the warning"); ``warning_nouns`` of ``document_context``."""
    if lemma(noun) not in events_config().get("document_context", {}).get("warning_nouns", []):
        return None
    own = _parties(reaction.actor)
    warnings = [
        event
        for _, event in earlier
        if (event.future or event.type == "THREATEN")
        and not (event.negated or event.hypothetical or event.historical)
        and any(actor.country for actor in event.actor)
        and not own & _parties(event.actor)
        and own & _parties(event.recipient)
    ]
    return warnings[-1] if warnings else None


def _by_a_body(event: Event) -> bool:
    """An act of an international body or of a legislature."""
    return any(actor.igo or actor.country == "IGO" or actor.sector == "LEG" for actor in event.actor)


def _named_targets(noun: Token, index: MentionIndex | None) -> set[str] | None:
    """What an action noun names as aimed at ("the raid on the embassy"): the parties of that
    phrase, else the word itself (an earlier act on "the residence" is the one meant), or None."""
    # (not "the decision on Wednesday")
    objects = [obj for _, obj in children_by_prep(noun, TARGET_PREPS) if obj.ent_type_ not in TIME_ENTITIES]
    if not objects:
        return None
    parties = {party for obj in objects for party in _parties(index.of_group(obj))} if index else set()
    return parties or {lemma(obj) for obj in objects}


def _aimed_at(trigger: Trigger, event: Event, targets: set[str]) -> bool:
    """Whether an earlier act was aimed at one of the targets: a party among its recipients, or
    the same word as its object ("stormed the residence" for "the raid on the residence")."""
    if targets & _parties(event.recipient):
        return True
    head = trigger.head
    objects = [child for child in head.children if child.dep_ in {"dobj", "nsubjpass"}]
    objects += [
        obj for child in head.children if child.dep_ == "prep" for obj in child.children if obj.dep_ == "pobj"
    ]
    return any(lemma(obj) in targets for obj in objects)


def _trigger_lemmas(trigger: Trigger, whole: bool = False) -> set[str]:
    """The words of a trigger and of the same act folded into it ("launched missiles ... attack"),
    and the noun a verb trigger qualifies ("passed a resolution censuring Iran": the resolution);
    not what a reaction absorbed ("condemned the raid": the raid is another's act). An act that reacts
    to nothing (``whole``) is named by all it absorbed ("signed a defence accord": the accord)."""
    parts = [trigger, *(part for part in trigger.absorbed if whole or part.type == trigger.type)]
    words = {lemma(token) for part in parts for token in part.tokens}
    head = trigger.head
    if head.dep_ == "acl" and head.head.pos_ == "NOUN":
        words.add(lemma(head.head))
    return words


def _harms(reaction: Event, deed: Event) -> bool:
    """A welcome is not of a blow to the welcomer's own side: "Palestinian leaders welcomed the
    decision" after strikes on Gaza and a recognition of Palestine welcomes the recognition
    (``welcomes`` and ``harms`` of ``document_context``)."""
    config = events_config().get("document_context", {})
    if reaction.type not in config.get("welcomes", []) or deed.type not in config.get("harms", []):
        return False
    return bool(_parties(deed.recipient) & _parties(reaction.actor))


def _parties(actors: Sequence[Actor]) -> set[str]:
    """Who is who for "someone else": countries (a ministry and its government are one side)."""
    return {actor.country or actor.id for actor in actors}
