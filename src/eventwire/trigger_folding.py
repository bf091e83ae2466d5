"""Folding the triggers of one sentence: a speech act takes the act it reports ("threatened to impose
sanctions" is one THREATEN), a verb takes the noun that names its own act ("launched an attack"), and
what only looks coordinated with a speech act belongs to its speaker. Triggers come from
:func:`eventwire.eventparts.find_triggers`."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.event_lexicon import Lexicon, load_lexicon
from eventwire.event_requirements import REPORTED, demand_clause
from eventwire.eventparts import FINITE_TAGS, Trigger, lemma
from eventwire.tokens import TIME_ENTITIES, passes_through

# Subordinators of an adverbial clause that tells another happening ("after X dropped his veto", "when
# troops withdrew"), not what a speech act says; "once"/"until"/"if" clauses state its conditions.
OCCASION_MARKS = {"after", "before", "when", "while", "since", "because", "following"}
# Participles (or relative clauses) that tell what an act led someone to do ("accused Uganda of arming
# rebels, prompting Kampala to summon Kenya's envoy", "a step that sparked protests"): the result is a
# happening of its own, by another.
RESULT_VERBS = frozenset(
    {"prompt", "lead", "force", "cause", "spur", "push", "drive", "trigger", "provoke", "spark"}
)


def _accompanying_speech(trigger: Trigger, owner: Trigger, speech_verbs: frozenset[str]) -> bool:
    """A participle clause of the owner that says something of its own ("ordered the closure on
    Thursday, accusing Haiti of breaching the treaty and demanding that work stop"): an act that
    goes with the owner's, not what it orders or says."""
    head = trigger.head
    clause = head if head.pos_ == "VERB" else None
    return (
        clause is not None
        and clause.tag_ == "VBG"
        and clause.dep_ in {"advcl", "conj"}
        and (
            clause.head.i == owner.head.i
            or (clause.dep_ == "conj" and _participle_partner(clause).head.i == owner.head.i)
        )
        and trigger.type != owner.type
        and owner.type != "PROTEST"  # "marched ..., demanding the minister's resignation": its topic
        # a verb of saying reports what the participle says, unless it is itself a judgement ("said
        # the harassment was unwarranted, calling on Tehran to free the ship": a demand besides)
        and (lemma(owner.head) not in speech_verbs or bool(owner.rule.judgements))
    )


def _participle_partner(clause: Token) -> Token:
    """The verb a coordinated participle goes with: its head, or, where the parser hung it on a finite
    verb inside an earlier participle's clause ("lodging what the ministry called a protest and
    demanding that ..."), the nearest participle above that verb (a participle cannot be coordinated
    with a finite verb)."""
    head = clause.head
    if head.tag_ not in FINITE_TAGS:
        return head
    return next((token for token in head.ancestors if token.tag_ == "VBG"), head)


def _in_adverbial_clause(token: Token, owner: Token) -> bool:
    """Whether ``token`` sits in a temporal, causal or resulting clause or phrase of ``owner``'s
    ("after X dropped his veto", "after violent protests", "prompting X to ..."), below it, up to it."""
    return passes_through(token, owner, lambda step: _occasion_step(step, owner))


def _occasion_step(step: Token, owner: Token) -> bool:
    if step.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in OCCASION_MARKS for c in step.children):
        return True
    # The parser makes "when" an adverb of its clause ("hauled in the envoy, when Milei branded Petro a
    # killer"); a "when" clause of an agentless passive tells how it happened ("soldiers were killed
    # when fighters attacked their positions": one attack).
    if (
        step.dep_ == "advcl"
        and any(c.dep_ == "advmod" and c.lower_ in OCCASION_MARKS for c in step.children)
        and not agentless_passive(owner)
    ):
        return True
    if step.dep_ == "advcl" and step.tag_ == "VBG" and lemma(step) in RESULT_VERBS:
        return True
    if step.dep_ == "relcl" and lemma(step) in RESULT_VERBS:
        return True  # "agreed to return four villages, a step that led to protests"
    return step.dep_ == "prep" and step.lower_ in OCCASION_MARKS and step.head.i == owner.i


def agentless_passive(verb: Token) -> bool:
    """A passive verb with no "by" agent ("soldiers were killed", "the curfew was lifted")."""
    children = {child.dep_ for child in verb.children}
    return "auxpass" in children and "agent" not in children


def misattached_finite_conjunct(token: Token) -> bool:
    """A finite verb the parser coordinated with a bare one ("would not tolerate X and urged Y", "to
    show restraint and offered talks"): a past tense cannot share "would" or "to", so it is a clause
    of its own; or one it coordinated with what a speaker says (``speaker_conjunct_head``)."""
    if token.dep_ != "conj":
        return False
    return (token.tag_ in FINITE_TAGS and token.head.tag_ == "VB") or speaker_conjunct_head(token) is not None


# What the small parser coordinates with a reported clause when it belongs to the speaker: a simple
# past cannot share the clause's "had" ("said X had failed to consult ... and called on Y") nor be
# part of its copula ("said the attacks were outrageous and called on the army").
PERFECT_AUXILIARIES = frozenset({"had", "has", "have"})
# Nor a modal ("said the bloc would have to choose ... and urged Israel to comply") or a progressive's
# "was" ("said Russia was preparing attacks and accused Moscow of ...").
UNSHARED_AUXILIARIES = PERFECT_AUXILIARIES | {
    "would",
    "will",
    "could",
    "should",
    "must",
    "may",
    "might",
    "can",
}
BE_FORMS = frozenset({"is", "are", "was", "were"})


def speaker_conjunct_head(token: Token) -> Token | None:
    """The verb of saying a misattached simple past belongs to, or None."""
    head = token.head
    if token.dep_ != "conj" or token.tag_ != "VBD" or head.dep_ not in {"ccomp", "parataxis"}:
        return None
    if any(child.dep_ in {"nsubj", "nsubjpass"} for child in token.children):
        return None
    if lemma(head.head) not in load_lexicon().speech_verbs or head.head.pos_ != "VERB":
        return None
    shared = {child.lower_ for child in head.children if child.dep_ == "aux"}
    progressive = head.tag_ == "VBG" and bool(shared & BE_FORMS)
    return head.head if shared & UNSHARED_AUXILIARIES or progressive or lemma(head) == "be" else None


def _is_ancestor(ancestor: Token, token: Token) -> bool:
    return ancestor.i != token.i and ancestor in token.ancestors


def _coordinated_with(trigger: Trigger, owner: Trigger, speech_verbs: frozenset[str]) -> bool:
    """A verb coordinated with the speech act itself ("praised X and invited Y"), or what a second
    verb of saying coordinated with it reports ("called the move hostile and said Moscow would
    respond"): an act of its own, not the speech act's content (a verb coordinated inside the
    content, "refused to let planes land and evacuate", stays content)."""
    step = trigger.head
    if _in_adverbial_clause(trigger.head, owner.head):
        return True  # "agreed the package after Orban dropped his objections": a happening of its own
    if misattached_finite_conjunct(step):
        return True  # "called on X to show restraint and offered talks": "offered" is no part of "to show"
    if _accompanying_speech(trigger, owner, speech_verbs):
        return True
    clause = next((t for t in (step, *step.ancestors) if t.pos_ in {"VERB", "AUX"}), None)
    if clause is not None and clause.dep_ == "conj" and clause.head.pos_ in {"ADJ", "NOUN"}:
        return True  # "called the moves provocative and put the army on alert": "put" hung on "provocative"
    while step.head.i != step.i and step.head.i != owner.head.i:
        step = step.head
    if step.head.i != owner.head.i or step.dep_ != "conj" or step.pos_ != "VERB":
        return False
    if any(child.dep_ in {"nsubj", "nsubjpass"} for child in step.children):
        return True  # "summoned the envoy, and the ministry advised citizens to ...": another clause
    return step is trigger.head or lemma(step) in speech_verbs or _governed_by(trigger.head, step)


def _governed_by(noun: Token, verb: Token) -> bool:
    """A noun trigger whose own clause is the verb ("... and put the force on high alert"): no other
    verb stands between them."""
    return noun.pos_ == "NOUN" and all(
        token.pos_ not in {"VERB", "AUX"}
        for token in noun.ancestors
        if token.i != verb.i and verb in token.ancestors
    )


def conjunct_with_own_subject(trigger: Trigger) -> bool:
    """ "Hamas handed over 13 hostages, and Israel released 39 prisoners": a coordinated clause with
    a subject of its own reports another act, even of the same type."""
    head = trigger.head
    return (
        head.dep_ == "conj"
        and head.pos_ == "VERB"
        and any(child.dep_ in {"nsubj", "nsubjpass"} for child in head.children)
    ) or _misparsed_conjunct_clause(head)


def _misparsed_conjunct_clause(verb: Token) -> bool:
    """ "the rebels freed ten soldiers, and the army in return handed over 20 fighters": the small
    parser coordinates the second clause's subject with the first verb and hangs the finite verb on
    that noun (or on a noun of its prepositional phrase) as a modifier. A noun cannot be a verb's
    conjunct, so it is the subject of a clause of its own."""
    if verb.dep_ != "acl" or verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBN"}:
        return False
    if verb.tag_ == "VBN" and not any(child.dep_ in {"dobj", "prt"} for child in verb.children):
        return False  # a participle with no object of its own: "... and the men detained with them"
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":  # "the army in return handed over"
        noun = noun.head.head
    return noun.dep_ == "conj" and noun.pos_ in {"NOUN", "PROPN"} and noun.head.pos_ == "VERB"


def relative_with_own_subject(trigger: Trigger) -> bool:
    """ "invited Sudani to visit Ankara, an invitation the Iraqi leader accepted": a relative clause
    whose subject is a party of its own (not "which", "that" or "who") tells another's act; one that
    describes a place or a time ("to Torkham, where families are sheltering") does not."""
    head = trigger.head
    return (
        head.dep_ == "relcl"
        and head.pos_ == "VERB"
        and any(child.dep_ == "nsubj" and child.tag_ not in {"WDT", "WP"} for child in head.children)
        and not any(child.tag_ == "WRB" for child in head.children)
    )


def misparsed_apposed_relative(trigger: Trigger, owner: Trigger, nouns: frozenset[str]) -> bool:
    """ "He accused Kenya of arming the rebels, a charge Nairobi has always denied": the small parser
    hangs the accusing clause on the denial as its content (a clause before its verb) and the apposed
    noun that names the act on the denial's subject. The denial is a relative clause on that noun,
    another party's reply: the first clause is an act of its own."""
    verb = owner.head
    step = trigger.head
    while step.head.i != step.i and step.head.i != verb.i:
        step = step.head
    if step.head.i != verb.i or step.dep_ != "ccomp" or step.i > verb.i:
        return False
    between = verb.doc[step.right_edge.i + 1 : verb.i]
    return any(token.text == "," for token in between[:1]) and any(
        token.pos_ == "NOUN" and lemma(token) in nouns for token in between
    )


def _speech_in_relative(trigger: Trigger, lexicon: Lexicon) -> bool:
    """ "lift its embargo, which he blamed for the shortages", "a move the Taliban hailed as brave": a
    finite relative clause with a subject of its own that says something is that subject's speech
    act, not part of what the sentence's main speech act says ("for prosecutors to press ahead", an
    infinitive, stays)."""
    return (
        trigger.type in lexicon.speech_acts
        and trigger.head.tag_ in FINITE_TAGS
        and relative_with_own_subject(trigger)
    )


def in_coordinated_clause(trigger: Trigger, owner: Trigger) -> bool:
    """ "suspended the three countries and imposed sanctions on Niger": a noun trigger that is the
    object of a finite verb coordinated with the owner's is that verb's act, not a repeat of the
    owner's (a noun the parser coordinated with a noun owner, "the killing of patients and summary
    executions", stays a repeat)."""
    if trigger.head.pos_ != "NOUN" or owner.head.pos_ != "VERB":
        return False
    step = trigger.head
    while step.head.i != step.i and step.head.i != owner.head.i:
        step = step.head
    return (
        step.head.i == owner.head.i
        and step.dep_ == "conj"
        and step.tag_ in FINITE_TAGS | {"VBN"}  # (the parser tags some past tenses VBN: "and imposed")
        and step is not trigger.head
    )


def conjunct_with_own_date(trigger: Trigger) -> bool:
    """ "halted imports on Saturday and on Sunday told importers to stop buying": a coordinated verb
    with a date of its own reports another act, even of the same type."""
    head = trigger.head
    return (
        head.dep_ == "conj"
        and head.pos_ == "VERB"
        and any(
            (
                child.dep_ == "prep"
                and any(g.dep_ == "pobj" and g.ent_type_ in TIME_ENTITIES for g in child.children)
            )
            or (child.dep_ == "npadvmod" and child.ent_type_ in TIME_ENTITIES)
            for child in head.children
        )
    )


def _anchor(trigger: Trigger) -> Token:
    """Where a trigger's content hangs: a reported "must" is an auxiliary of the verb it demands
    ("said he must resign"), so its content is that verb and what hangs from it."""
    return demand_clause(trigger.head) if trigger.rule.requires in REPORTED else trigger.head


def _fold_order(trigger: Trigger) -> tuple[int, int, int]:
    """Shallowest first, so that a governing trigger is kept before its content; a reported modal
    just before the verb it governs."""
    anchor = _anchor(trigger)
    return (len(list(anchor.ancestors)), anchor.i, 0 if anchor.i != trigger.head.i else 1)


def _defining_object(trigger: Trigger, owner: Trigger) -> bool:
    """A noun trigger that is the object a verb rule is defined by ("cut tariffs", "suspended the
    sanctions": the easing is the act, the measure its object, no second event)."""
    return (
        bool(owner.rule.objects)
        and trigger.head.dep_ == "dobj"
        and trigger.head.head.i == owner.head.i
        and lemma(trigger.head) in owner.rule.objects
    )


def fold_triggers(triggers: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """Fold triggers that are part of another: the content of a speech act, or a repeat of the same type.

    "X threatened to impose sanctions" is one THREATEN whose content is a SANCTION; "fighting
    killed ten" is one ASSAULT. Folded triggers are kept on the survivor as ``absorbed``.
    """
    kept: list[Trigger] = []
    for trigger in sorted(triggers, key=_fold_order):
        owner = next(
            (
                other
                for other in reversed(kept)  # the nearest governing trigger first
                if (_anchor(other).i == trigger.head.i or _is_ancestor(_anchor(other), trigger.head))
                and (
                    (
                        other.type == trigger.type
                        and not conjunct_with_own_subject(trigger)
                        and not relative_with_own_subject(trigger)
                        and not conjunct_with_own_date(trigger)
                        and not _in_adverbial_clause(trigger.head, other.head)
                        and not in_coordinated_clause(trigger, other)
                    )
                    or _defining_object(trigger, other)
                    or (
                        other.type in lexicon.speech_acts
                        and not _coordinated_with(trigger, other, lexicon.speech_verbs)
                        and not (other.type == trigger.type and relative_with_own_subject(trigger))
                        and not _speech_in_relative(trigger, lexicon)
                        and not misparsed_apposed_relative(trigger, other, lexicon.apposed_act_nouns)
                    )
                )
            ),
            None,
        )
        if owner is None:
            kept.append(trigger)
        else:
            owner.absorbed.append(trigger)
    return sorted(kept, key=lambda trigger: trigger.head.i)
