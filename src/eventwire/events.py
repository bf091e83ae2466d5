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

from spacy.tokens import Doc, Span, Token

from eventwire.date_attach import attach_date
from eventwire.date_meeting_sides import meetings_completed
from eventwire.date_narrative import inherit_narrative_dates, told_in_simple_past
from eventwire.date_sayings import saying_anchors
from eventwire.event_lexicon import Lexicon, load_lexicon
from eventwire.event_places import place_actors
from eventwire.event_reported_speech import ALLEGATIONS
from eventwire.event_requirements import REPORTED
from eventwire.eventdyads import Dyad, MentionIndex, find_dyad
from eventwire.eventflags import (
    clause_chain,
    is_future,
    is_historical,
    is_hypothetical,
    is_negated,
    load_flag_cues,
    starts_own_clause,
)
from eventwire.eventparts import Trigger, find_triggers, lemma
from eventwire.events_context import drop_repeated_mentions, is_background, outside_dateline
from eventwire.events_counterpart import (
    complete_meetings,
    fill_implicit_recipients,
    scene_country,
    unaddressed_demands,
)
from eventwire.events_fold import (
    fold_repeated_events,
    marks_another_happening,
    names_no_party,
    refers_back,
    verbal_types,
)
from eventwire.events_holders import aim_release_demands, attribute_passive_releases
from eventwire.events_home import domestic_recipient, recode_sent_home
from eventwire.events_in_kind import answer_in_kind, in_kind_triggers
from eventwire.events_parties import (
    accusation_in_speech,
    arrange_meeting,
    official_protest,
    reciprocal_acts,
    sector_participants,
    separate_meetings,
)
from eventwire.events_reactions import direct_reactions
from eventwire.events_recode import (
    choose_mode,
    recode_by_content,
    recode_exchange_curbs,
    recode_forces_in_support,
    recode_future,
    recode_negated,
    recode_promised_harm,
    undo_support_at_home,
)
from eventwire.events_report import keep_reportable, keep_with_parties
from eventwire.events_reported import claims_for_subject
from eventwire.events_sharing import (
    inherit_joint_participants,
    merge_repeated_meetings,
    share_coordinated_recipients,
    share_parallel_recipients,
)
from eventwire.records import Actor, ActorMention, Event, Evidence, Place, TimeExpression
from eventwire.token_view import doc_text
from eventwire.trigger_folding import fold_triggers

LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside"}

# ---------------------------------------------------------------- date, place, context


def _distance(token: Token, start: int) -> int:
    return abs(token.idx - start)


def clause_span(chain: Sequence[Token]) -> tuple[int, int]:
    """Character span of the clause a trigger's chain ends in."""
    top = chain[-1]
    tokens = list(top.subtree)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def attach_place(
    trigger: Trigger,
    sent: Span,
    places: Sequence[Place],
    taken: set[int],
    chain: Sequence[Token] = (),
    speech_verbs: frozenset[str] = frozenset(),
) -> Place | None:
    """A place in the sentence that a locative preposition ("in", "at", "near") introduces, nearest the
    trigger; inside the trigger's own clause when that clause is coordinated with another. A place
    of the verb of saying that reports the trigger's clause is where it was said, not where the deed
    was done ("In Moscow, the ministry said its forces had hit ...")."""
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
        # (or names what the preposition introduces: "at Guangzhou airport", "near Kherson city")
        if head.dep_ == "compound" and head.head.pos_ == "NOUN":
            head = head.head
        governed = head.dep_ == "pobj" and lemma(head.head) in LOCATIVE_PREPS
        appos = (
            head.dep_ in {"appos", "conj"}
            and head.head.dep_ == "pobj"
            and lemma(head.head.head) in LOCATIVE_PREPS
        )
        preposition = head.head if governed else head.head.head
        if (governed or appos) and not _reports(preposition.head, trigger.head, speech_verbs):
            candidates.append(place)
    return min(candidates, key=lambda p: _distance(trigger.head, p.start)) if candidates else None


def _reports(verb: Token, token: Token, speech_verbs: frozenset[str]) -> bool:
    """``verb`` is a verb of saying whose reported clause holds ``token``."""
    if lemma(verb) not in speech_verbs:
        return False
    while token.head.i != token.i:
        if token.dep_ == "ccomp" and token.head.i == verb.i:
            return True
        token = token.head
    return False


def contexts_of(trigger: Trigger, sent: Span, lexicon: Lexicon) -> list[str]:
    found = {lexicon.contexts[lemma(token)] for token in sent if lemma(token) in lexicon.contexts}
    if trigger.rule.participants_sector == "MIL":
        found.add("military")  # codebook SUPPORT: military cooperation is COOPERATE + military context
    if trigger.type == "COERCE" and trigger.mode in {"cyber", "misinformation"}:
        found.add(trigger.mode)  # codebook: these modes add the context of the same name
    return sorted(found)


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
    mentions, dates = outside_dateline(doc_text(doc), mentions, dates)
    index = MentionIndex(actors, mentions)
    place_index = place_actors(places)  # places as stand-in actors, once per document
    coded: list[tuple[Trigger, Event]] = []
    for sent in doc.sents:
        triggers = [
            trigger
            for trigger in find_triggers(sent, lexicon)
            if not is_background(trigger) and _fits_tense(trigger, lexicon)
        ]
        queue = fold_triggers(triggers, lexicon)
        while queue:
            trigger = queue.pop(0)
            event = code_trigger(trigger, sent, doc_id, index, dates, places, published, lexicon, place_index)
            if (
                trigger.rule.requires in REPORTED - ALLEGATIONS
                and not event.recipient
                and not claims_for_subject(trigger)
            ):
                # "the violence must stop": a wish, no demand on anyone (an allegation stands with
                # its doer unnamed: "said the vote was rigged"); what it was folded over
                # ("... in the face of an undeclared war by the West") is coded on its own
                queue[:0] = trigger.absorbed
                continue
            meetings = separate_meetings(trigger, event, index) or reciprocal_acts(trigger, event)
            for partner, meeting in meetings:
                meeting.id = event_id(doc_id, sent.start_char, meeting.type, [*trigger.words, partner.id])
                coded.append((trigger, meeting))
            if not meetings:
                coded.append((trigger, event))
        for trigger, answered in in_kind_triggers(sent, coded, index):
            event = answer_in_kind(
                code_trigger(trigger, sent, doc_id, index, dates, places, published, lexicon, place_index)
            )
            if event is not None:
                event.recipient = answered
                coded.append((trigger, event))
    inherit_joint_participants(coded)
    share_coordinated_recipients(coded)
    share_parallel_recipients(coded)
    direct_reactions(coded, index)
    aim_release_demands(coded, index)
    attribute_passive_releases(coded)
    coded = keep_with_parties(coded)
    merged = {id(event) for event in merge_repeated_meetings(coded, lexicon)}
    events = [event for _, event in drop_repeated_mentions([pair for pair in coded if id(pair[1]) in merged])]
    fill_implicit_recipients(
        events, index, unaddressed=unaddressed_demands(coded), scene=scene_country(places)
    )
    cues = lexicon.repeat_folding
    references = {id(event) for trigger, event in coded if refers_back(trigger, cues)}
    # (a verbal act named by a noun is often made again: "raised the allegations in parliament")
    bare = {
        id(event)
        for trigger, event in coded
        if id(event) in references and names_no_party(trigger) and event.type not in verbal_types()
    }
    nominal = frozenset(id(event) for trigger, event in coded if trigger.head.pos_ in {"NOUN", "PROPN"})
    if lexicon.narrative_dates:
        narrated = {id(event) for trigger, event in coded if told_in_simple_past(trigger.head)}
        # a one-sided meeting's other side is known to the dating (and given for good after folding)
        with meetings_completed(events, lambda told: complete_meetings(told, index, coded)):
            inherit_narrative_dates(events, narrated, saying_anchors(doc, dates, index.of_phrase))
    distinct = {id(event) for trigger, event in coded if marks_another_happening(trigger, cues)}
    events = keep_reportable(fold_repeated_events(events, references, bare, distinct), nominal)
    complete_meetings(events, index, coded)
    return events


def _sentence_span(sent: Span) -> tuple[str, int, int]:
    """The evidence sentence without the paragraph break the parser leaves at its end, and its offsets."""
    text = sent.text
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    start = sent.start_char + lead
    return stripped, start, start + len(stripped)


def _fits_tense(trigger: Trigger, lexicon: Lexicon) -> bool:
    """A rule that fires only on a future clause ("will retaliate", "would take measures"): a
    retaliation carried out is no threat, and must not swallow the sentence's other events either."""
    if trigger.rule.requires != "future":
        return True
    return is_future(clause_chain(trigger.head), load_flag_cues()["future"], lexicon)


def code_trigger(
    trigger: Trigger,
    sent: Span,
    doc_id: str,
    index: MentionIndex,
    dates: Sequence[TimeExpression],
    places: Sequence[Place],
    published: str | None,
    lexicon: Lexicon,
    place_index: MentionIndex | None = None,
) -> Event:
    cues = load_flag_cues()
    chain = clause_chain(trigger.head)
    original_type = trigger.type
    future = is_future(chain, cues["future"], lexicon)
    hypothetical = is_hypothetical(chain, cues["hypothetical"], lexicon, threat=trigger.type == "THREATEN")
    future = recode_future(trigger, future, lexicon)
    actual = not (future or hypothetical)
    if trigger.rule.requires in {"future", *REPORTED}:
        # "would retaliate", "said X would have to go": the threat or the demand is made now; the
        # future is in what it threatens or demands
        future = hypothetical = False
    recode_promised_harm(trigger, lexicon)
    if trigger.type == "THREATEN" and original_type != "THREATEN":
        future = hypothetical = False  # an ultimatum or a promise of harm is made now
    recode_by_content(trigger, lexicon, actual=actual)
    recode_forces_in_support(trigger)
    trigger.mode = choose_mode(trigger, sent, lexicon)
    recode_exchange_curbs(trigger)
    negated = recode_negated(
        trigger, original_type, is_negated(trigger, chain, cues["negation"]), sent, lexicon
    )
    if place_index is None:
        place_index = place_actors(places)
    dyad = find_dyad(trigger, sent, index, lexicon, place_index)
    recode_sent_home(trigger, dyad.actor, place_index)
    undo_support_at_home(trigger, dyad.actor, dyad.recipient)
    accusation_in_speech(trigger, dyad, sent, index, lexicon)
    sector_participants(trigger, dyad)
    official_protest(trigger, dyad, lexicon)
    arrange_meeting(trigger, dyad)
    dyad.recipient = domestic_recipient(trigger, dyad.actor, dyad.recipient, places=place_index)
    when = attach_date(trigger, sent, dates, published, future)
    taken = {m.start for m in index.mentions if m.actor_id in {a.id for a in dyad.actor + dyad.recipient}}
    rule_id = trigger.rule.id + (f" ({trigger.recoded})" if trigger.recoded else "")
    words = trigger.words + [word for content in trigger.absorbed for word in content.words]
    evidence = Evidence(doc_id, *_sentence_span(sent), words, rule_id)
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
        date_from="sentence" if when else None,
        location=attach_place(trigger, sent, places, taken, chain, lexicon.speech_verbs),
        evidence=[evidence],
        confidence=confidence(trigger, dyad, chain[-1].dep_ == "ROOT", hypothetical, lexicon),
        score=lexicon.score(trigger.type, trigger.mode),
    )
