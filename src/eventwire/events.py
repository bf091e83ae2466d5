"""The event coder: from a parsed, actor-annotated document to PLOVER event records.

For each sentence we find triggers (``data/events.yaml``), fold speech acts with their content
("threatened to impose sanctions" is one THREATEN), find actor and recipient in the dependency
parse and map them to actors through the actor stage's mentions, set PLOVER's auxiliary flags
(``data/flags.yaml``), and attach the date and place of the sentence.

Confidence is a simple additive heuristic (see :func:`confidence`): it ranks the events of a
sentence and lets users filter; it is not a calibrated probability.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Doc, Span, Token

from eventwire.eventdyads import (
    Dyad,
    MentionIndex,
    accusation_in_speech,
    arrange_meeting,
    find_dyad,
    place_actors,
    sector_participants,
)
from eventwire.eventparts import Lexicon, Trigger, find_triggers, fold_triggers, lemma, load_lexicon
from eventwire.records import Actor, ActorMention, Event, Evidence, Place, TimeExpression

LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside"}
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


@lru_cache(maxsize=1)
def load_flag_cues() -> dict[str, Any]:
    text = resources.files("eventwire.data").joinpath("flags.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


# ---------------------------------------------------------------- flags


def clause_chain(token: Token) -> list[Token]:
    """The trigger and its governors up to the head of its clause."""
    chain = [token]
    while chain[-1].dep_ in CLAUSE_INTERNAL_DEPS and chain[-1].head.i != chain[-1].i:
        if starts_own_clause(chain[-1]):
            break
        chain.append(chain[-1].head)
    return chain


def starts_own_clause(token: Token) -> bool:
    """A coordinated verb with a subject of its own, or after "but": a clause whose negation, tense
    and modality are its own ("X is not involved, but Y have imposed sanctions")."""
    if token.dep_ != "conj" or token.pos_ not in {"VERB", "AUX"}:
        return False
    if any(child.dep_ in {"nsubj", "nsubjpass", "expl"} for child in token.children):
        return True
    head = token.head
    return any(
        child.dep_ == "cc" and child.lower_ in CONTRAST_WORDS and head.i < child.i < token.i
        for child in head.children
    )


def _children(chain: Sequence[Token]) -> list[Token]:
    return [child for token in chain for child in token.children]


def is_negated(trigger: Trigger, chain: Sequence[Token], cues: dict[str, Any]) -> bool:
    words = set(cues["words"])
    if any(
        child.dep_ == "neg" or (child.dep_ in {"det", "advmod"} and child.lower_ in words)
        for child in _children(chain)
    ):
        return True
    return any(lemma(token) in cues["governors"] for token in chain[1:])


def is_reported(chain: Sequence[Token], lexicon: Lexicon) -> bool:
    top = chain[-1]
    return top.dep_ in {"ccomp", "parataxis"} and lemma(top.head) in lexicon.speech_verbs


def is_future(chain: Sequence[Token], cues: dict[str, Any], lexicon: Lexicon) -> bool:
    auxiliaries = _aux_words(chain)
    if auxiliaries & set(cues["auxiliaries"]):
        return True
    if cues.get("reported_would") and "would" in auxiliaries and is_reported(chain, lexicon):
        return True
    governors = set(cues["governors"]) | set(cues["predicates"])
    return any(lemma(token) in governors for token in chain[1:])


def is_hypothetical(chain: Sequence[Token], cues: dict[str, Any], lexicon: Lexicon) -> bool:
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
    return marked or governs_condition


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
    clause_words = {lemma(token) for token in chain[-1].subtree}
    return bool(clause_words & set(cues["words"]))


def _pad_date(value: str) -> str:
    """The last day an ISO prefix can mean ("2019" -> 2019-12-31), so 'well before' is never overstated."""
    if len(value) == 4:
        return f"{value}-12-31"
    if len(value) == 7:
        return f"{value}-28"
    return value[:10]


# ---------------------------------------------------------------- date, place, context


def _distance(token: Token, start: int) -> int:
    return abs(token.idx - start)


def attach_date(trigger: Trigger, sent: Span, dates: Sequence[TimeExpression]) -> TimeExpression | None:
    """The time expression in the trigger's clause, else the nearest in the sentence (never the publication date)."""
    inside = [t for t in dates if sent.start_char <= t.start and t.end <= sent.end_char and t.value]
    if not inside:
        return None
    clause = clause_chain(trigger.head)[-1]
    span = (min(tok.idx for tok in clause.subtree), max(tok.idx + len(tok) for tok in clause.subtree))
    attached = [t for t in inside if span[0] <= t.start and t.end <= span[1]]
    return min(attached or inside, key=lambda t: _distance(trigger.head, t.start))


def clause_span(chain: Sequence[Token]) -> tuple[int, int]:
    """Character span of the clause a trigger's chain ends in."""
    top = chain[-1]
    tokens = list(top.subtree)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def attach_place(
    trigger: Trigger, sent: Span, places: Sequence[Place], taken: set[int], chain: Sequence[Token] = ()
) -> Place | None:
    """A place in the sentence that a locative preposition ("in", "at", "near") introduces, nearest the
    trigger; inside the trigger's own clause when that clause is coordinated with another."""
    doc = sent.doc
    start, end = sent.start_char, sent.end_char
    if chain and starts_own_clause(chain[-1]):
        start, end = clause_span(chain)
    candidates = []
    for place in places:
        if not (start <= place.start and place.end <= end) or place.start in taken:
            continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        governed = head.dep_ == "pobj" and lemma(head.head) in LOCATIVE_PREPS
        appos = (
            head.dep_ in {"appos", "conj"}
            and head.head.dep_ == "pobj"
            and lemma(head.head.head) in LOCATIVE_PREPS
        )
        if governed or appos:
            candidates.append(place)
    return min(candidates, key=lambda p: _distance(trigger.head, p.start)) if candidates else None


def contexts_of(trigger: Trigger, sent: Span, lexicon: Lexicon) -> list[str]:
    found = {lexicon.contexts[lemma(token)] for token in sent if lemma(token) in lexicon.contexts}
    if trigger.rule.participants_sector == "MIL":
        found.add("military")  # codebook SUPPORT: military cooperation is COOPERATE + military context
    if trigger.type == "COERCE" and trigger.mode in {"cyber", "misinformation"}:
        found.add(trigger.mode)  # codebook: these modes add the context of the same name
    return sorted(found)


# ---------------------------------------------------------------- mode and type


def choose_mode(trigger: Trigger, sent: Span, lexicon: Lexicon) -> str | None:
    """The rule's mode; else the mode implied by a speech act's content; else the nearest cue word."""
    if trigger.mode:
        return trigger.mode
    table = lexicon.content_modes.get(trigger.type, {})
    for content in trigger.absorbed:
        mode = table.get(f"{content.type}:{content.mode}") or table.get(content.type)
        if mode:
            return mode
    cues = lexicon.mode_cues.get(trigger.type, {})
    hits = [(abs(token.i - trigger.head.i), cues[lemma(token)]) for token in sent if lemma(token) in cues]
    return min(hits)[1] if hits else None


def recode_future(trigger: Trigger, future: bool, lexicon: Lexicon) -> bool:
    """Codebook: future cooperation is AGREE, a future retreat CONCEDE. Returns the remaining future flag."""
    target = lexicon.future_recode.get(trigger.type)
    if not future or target is None:
        return future
    trigger.recoded = f"{trigger.type}+future->{target}"
    trigger.type, trigger.mode = target, None
    return False


def recode_negated(trigger: Trigger, original_type: str, negated: bool, sent: Span, lexicon: Lexicon) -> bool:
    """Codebook REJECT: a negated intention to cooperate ("will not accept", "failed to reach a deal")
    is a rejection. Returns the remaining negation flag."""
    target = lexicon.negated_recode.get(trigger.type)
    if not negated or target is None:
        return negated
    step = f"{trigger.type}+negated->{target}"
    trigger.recoded = f"{trigger.recoded}, {step}" if trigger.recoded else step
    trigger.type, trigger.mode = target, None
    trigger.mode = choose_mode(trigger, sent, lexicon) or lexicon.content_modes.get(target, {}).get(
        original_type
    )
    return False


def confidence(
    trigger: Trigger, dyad: Dyad, main_clause: bool, hypothetical: bool, lexicon: Lexicon
) -> float:
    """0.35 x rule weight, +0.15 verbal/phrase trigger, +0.25 actor from the parse (+0.1 if from the
    speaker or a nearby name), +0.1 recipient found or not required, +0.1 main clause, -0.1 hypothetical."""
    score = 0.35 * trigger.rule.weight
    score += 0.15 if (trigger.head.pos_ == "VERB" or len(trigger.tokens) > 1) else 0.0
    score += {"parse": 0.25, "speaker": 0.1, "nearby": 0.1}.get(dyad.actor_how, 0.0)
    score += 0.1 if (dyad.recipient or trigger.type not in lexicon.requires_recipient) else 0.0
    score += 0.1 if main_clause else 0.0
    score -= 0.1 if hypothetical else 0.0
    return round(max(0.0, min(1.0, score)), 3)


def event_id(doc_id: str, sentence_start: int, event_type: str, trigger_words: Sequence[str]) -> str:
    key = f"{doc_id}|{sentence_start}|{event_type}|{' '.join(trigger_words)}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------- the coder


def code_events(
    doc: Doc,
    doc_id: str,
    actors: Sequence[Actor],
    mentions: Sequence[ActorMention],
    dates: Sequence[TimeExpression] = (),
    places: Sequence[Place] = (),
    published: str | None = None,
) -> list[Event]:
    """PLOVER events of a parsed document, one per trigger that survives folding, in text order;
    a repeated mention of a meeting joins the meeting's event instead of making another."""
    lexicon = load_lexicon()
    index = MentionIndex(actors, mentions)
    coded: list[tuple[Trigger, Event]] = []
    for sent in doc.sents:
        for trigger in fold_triggers(find_triggers(sent, lexicon), lexicon):
            coded.append(
                (trigger, code_trigger(trigger, sent, doc_id, index, dates, places, published, lexicon))
            )
    inherit_joint_participants(coded)
    return merge_repeated_meetings(coded, lexicon)


def code_trigger(
    trigger: Trigger,
    sent: Span,
    doc_id: str,
    index: MentionIndex,
    dates: Sequence[TimeExpression],
    places: Sequence[Place],
    published: str | None,
    lexicon: Lexicon,
) -> Event:
    cues = load_flag_cues()
    chain = clause_chain(trigger.head)
    original_type = trigger.type
    future = is_future(chain, cues["future"], lexicon)
    hypothetical = is_hypothetical(chain, cues["hypothetical"], lexicon)
    future = recode_future(trigger, future, lexicon)
    trigger.mode = choose_mode(trigger, sent, lexicon)
    negated = recode_negated(
        trigger, original_type, is_negated(trigger, chain, cues["negation"]), sent, lexicon
    )
    dyad = find_dyad(trigger, sent, index, lexicon, place_actors(places))
    accusation_in_speech(trigger, dyad, sent, index, lexicon)
    sector_participants(trigger, dyad)
    arrange_meeting(trigger, dyad)
    when = attach_date(trigger, sent, dates)
    taken = {m.start for m in index.mentions if m.actor_id in {a.id for a in dyad.actor + dyad.recipient}}
    rule_id = trigger.rule.id + (f" ({trigger.recoded})" if trigger.recoded else "")
    words = trigger.words + [word for content in trigger.absorbed for word in content.words]
    evidence = Evidence(doc_id, sent.text, sent.start_char, sent.end_char, words, rule_id)
    return Event(
        id=event_id(doc_id, sent.start_char, trigger.type, trigger.words),
        type=trigger.type,
        mode=trigger.mode,
        context=contexts_of(trigger, sent, lexicon),
        actor=dyad.actor,
        recipient=dyad.recipient,
        negated=negated,
        future=future,
        hypothetical=hypothetical,
        historical=is_historical(when.value if when else None, published, chain, cues["historical"]),
        date=when.value if when else None,
        date_precision=when.precision if when else None,
        location=attach_place(trigger, sent, places, taken, chain),
        evidence=[evidence],
        confidence=confidence(trigger, dyad, chain[-1].dep_ == "ROOT", hypothetical, lexicon),
        score=lexicon.score(trigger.type, trigger.mode),
    )


# ---------------------------------------------------------------- across sentences


def inherit_joint_participants(coded: Sequence[tuple[Trigger, Event]]) -> None:
    """A joint activity whose sentence names fewer than two parties ("one phase will be joint
    drills") is between the parties of the document's previous joint activity."""
    previous: Event | None = None
    for trigger, event in coded:
        if not trigger.rule.participants_sector:
            continue
        if len(event.actor) >= 2:
            previous = event
        elif previous is not None and {a.id for a in event.actor} <= {a.id for a in previous.actor}:
            event.actor = list(previous.actor)


def repeated_meeting(
    trigger: Trigger, event: Event, meetings: Sequence[Event], lexicon: Lexicon
) -> Event | None:
    """The earlier meeting a definite, undated meeting noun refers to ("said after the meeting"), if
    its participants are among that meeting's."""
    head = trigger.head
    if event.type != "CONSULT" or head.pos_ != "NOUN" or event.date or not meetings:
        return None
    if not any(
        child.dep_ == "det" and child.lower_ in lexicon.meeting_determiners for child in head.children
    ):
        return None
    earlier = meetings[-1]
    parties = {actor.id for actor in earlier.actor + earlier.recipient}
    return earlier if {actor.id for actor in event.actor + event.recipient} <= parties else None


def merge_repeated_meetings(coded: Sequence[tuple[Trigger, Event]], lexicon: Lexicon) -> list[Event]:
    kept: list[Event] = []
    meetings: list[Event] = []
    for trigger, event in coded:
        earlier = repeated_meeting(trigger, event, meetings, lexicon)
        if earlier is not None:
            earlier.evidence.extend(event.evidence)
            earlier.location = earlier.location or event.location
            continue
        kept.append(event)
        if event.type == "CONSULT" and not (event.negated or event.future or event.hypothetical):
            meetings.append(event)
    return kept
