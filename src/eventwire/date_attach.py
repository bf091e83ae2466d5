"""Which time expression of a sentence dates an event: the one told of the event's own clause.

A sentence often holds more dates than events: "Sejourne, who visited Beirut last month, urged
restraint on Thursday"; "Mondlane, who says he won the Oct. 9 vote, has accused Frelimo";
"Russia has intensified its attacks since March". A date inside a relative clause that does not
hold the trigger describes that clause; "since March" opens a period and dates no single act;
and a present perfect ("have arrested") is dated by an expression of its own clause, else only by
the day of a past verb of saying that reports it ("..., the ministry said on Tuesday"; see
:mod:`eventwire.date_perfect`), the day the act was made known. The prepositions are data: ``attachment`` in ``data/dates.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from eventwire.date_calls import names_the_called_for
from eventwire.date_cues import done_during_another_event, narrative_cues
from eventwire.date_noun_clauses import (
    NOUN_CLAUSE_DEPS,
    bounds_a_period,
    expression_root,
    in_noun_clause,
    named_noun,
    opens_period,
    period_clause,
)
from eventwire.date_offsets import (
    OffsetClause,
    enclosing_offset,
    enclosing_untold_offset,
    offsets_below,
    sequence_clauses_below,
    shifted,
)
from eventwire.date_patterns import attachment_words
from eventwire.date_perfect import reported_perfect_day
from eventwire.date_publication import after_publication, holds_day, told_as_future
from eventwire.dates import governing_verb
from eventwire.eventflags import clause_chain
from eventwire.eventparts import Trigger
from eventwire.records import TimeExpression


def placing_prepositions() -> frozenset[str]:
    return attachment_words("placing_prepositions")


def date_relative_words() -> frozenset[str]:
    return attachment_words("date_relative_words")


# How a clause of what a verb tells or intends hangs from it ("said trade had grown last year", "called
# on supporters to stay at home from Monday").
TOLD_CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})


def attach_date(
    trigger: Trigger,
    sent: Span,
    dates: Sequence[TimeExpression],
    published: str | None = None,
    future: bool = False,
) -> TimeExpression | None:
    """The date of the trigger's act (:func:`_attach_date`), a day at the finest: an act is dated by its
    day, not by the hour or part of the day the text gives ("on Monday at 5 p.m.", "on Monday night"),
    and by its week when the text gives a weekend ("over the weekend": 2025-W03, not 2025-W03-WE)."""
    when = _attach_date(trigger, sent, dates, published, future)
    value = (when.value or "") if when is not None else ""
    if when is not None and value.endswith("-WE"):
        return TimeExpression(when.start, when.end, when.text, value[:-3], "week")
    if when is None or not value[:11].endswith("T"):
        return when
    return TimeExpression(when.start, when.end, when.text, value[:10], "day")


def _attach_date(
    trigger: Trigger,
    sent: Span,
    dates: Sequence[TimeExpression],
    published: str | None = None,
    future: bool = False,
) -> TimeExpression | None:
    """The time expression in the trigger's own clause (not in a clause coordinated with it), else the
    nearest in the sentence; never the publication date, never a date after publication for an
    event reported as past or told by a verb in the past ("invited Y to a summit next year"), never a date of a
    relative clause or one that opens a period ("since March"), never a date of what a later coordinated
    verb tells ("praised X and said trade grew last year"); a present perfect only from its own clause."""
    inside = [t for t in dates if sent.start_char <= t.start and t.end <= sent.end_char and t.value]
    named = _date_of_when_clause(trigger, inside, sent)
    if named is not None:
        return named
    period = period_clause(own_verb(trigger.head)) or enclosing_untold_offset(trigger.head)
    if period is not None:
        # "have spread since police shot a man on Friday", "met on Sunday, days after Iran seized a
        # tanker": the act of a clause that opens a period, or is placed an untold span before another,
        # is not on the main clause's day; only a date of its own clause is its day
        return _own_clause_date(trigger, period, inside, sent)
    if published and (not future or own_verb(trigger.head).tag_ == "VBD"):
        # "called for a strike next week": a promise or a call told in the past was made before
        # publication, whatever the day it names
        inside = [t for t in inside if not after_publication(t.value, published)]
    if published and (future or told_as_future(own_verb(trigger.head))):
        # "said on Saturday she would not step down when her term ends this month": a month, week or
        # year that holds the publication day is the time of the promised act, not of the promise
        inside = [t for t in inside if not holds_day(t, published)]
    inside = [
        t
        for t in inside
        if not opens_period(t, sent)
        and not in_noun_clause(t, trigger, sent)
        and not _names_a_noun(t, trigger, sent)
        and not _in_allegation(t, trigger, sent)
        and not _day_of_the_called_for(t, sent)
    ]
    if not inside:
        return None
    hosted = _date_of_host_happening(trigger, inside)
    if hosted is not None:
        return hosted
    if is_present_perfect(trigger.head) or done_during_another_event(own_verb(trigger.head)):
        own_verbs = {token.i for token in clause_chain(trigger.head)}
        own = [t for t in inside if (verb := _governing_verb(t, sent)) is not None and verb.i in own_verbs]
        if not own and is_present_perfect(trigger.head):
            return reported_perfect_day(own_verb(trigger.head), inside, sent)
        if not own:
            return None
        inside = own
    verb = own_verb(trigger.head)
    below = offsets_below(verb)
    coordinated = [tok for tok in verb.children if tok.dep_ == "conj" and tok.i > trigger.head.i]
    skipped = coordinated + [offset.verb for offset in below] + sequence_clauses_below(verb)
    in_own_verb = [t for t in inside if _within(t, [verb]) and not _within(t, skipped)]
    if in_own_verb:  # "addressed parliament on Tuesday and held talks on Thursday": the talks' day
        return min(in_own_verb, key=lambda t: abs(trigger.head.idx - t.start))
    relative = relative_date(trigger.head, inside, below)
    if relative is not None:
        return relative
    governed = date_of_a_governor(verb, inside, sent)
    if governed is not None:  # "said on Monday that X wanted it to end 'tonight' and urged Y": Monday
        return governed
    clause = clause_chain(trigger.head)[-1]
    excluded = [tok for tok in clause.children if tok.dep_ == "conj" and tok.i > trigger.head.i]
    skip = {tok.i for conj in excluded for tok in conj.subtree}
    own = [tok for tok in clause.subtree if tok.i not in skip]
    span = (min(tok.idx for tok in own), max(tok.idx + len(tok) for tok in own))
    # the clause's closing stop makes its span reach over a later conjunct: a date of that conjunct's
    # told clause is not the clause's own
    told = [child for conj in excluded for child in conj.children if child.dep_ in TOLD_CLAUSE_DEPS]
    attached = [t for t in inside if span[0] <= t.start and t.end <= span[1] and not _within(t, told)]
    if attached:
        return min(attached, key=lambda t: abs(trigger.head.idx - t.start))
    outside_conjuncts = [t for t in inside if not _within(t, excluded)]
    # "praised Russia as a partner and said trade had hit a record last year": what a later verb
    # tells or intends holds its own time, not the first act's; only the later verb's own date is shared
    inside = outside_conjuncts or [t for t in inside if not _within(t, told)]
    if not inside:
        return None
    reporting = date_of_a_governor(clause, inside, sent)
    return reporting or min(inside, key=lambda t: abs(trigger.head.idx - t.start))


def _own_clause_date(
    trigger: Trigger, period: Token, inside: Sequence[TimeExpression], sent: Span
) -> TimeExpression | None:
    own = [t for t in inside if _within(t, [period]) and not bounds_a_period(t, sent)]
    own = [t for t in own if not in_noun_clause(t, trigger, sent) and not _names_a_noun(t, trigger, sent)]
    return min(own, key=lambda t: abs(trigger.head.idx - t.start)) if own else None


def date_of_a_governor(clause: Token, inside: Sequence[TimeExpression], sent: Span) -> TimeExpression | None:
    """ "dropped its demand on March 6 that firms pay workers forced to toil during the 1910-45 rule,
    announcing that a fund would pay them": a clause with no date of its own is told in the time of
    the nearest verb above it that has one, not of a date elsewhere in the sentence that happens to
    stand closer."""
    verb = clause
    for _ in range(8):  # parse trees are shallow; the bound only guards against cycles
        if verb.head.i == verb.i:
            return None
        leaves_past_perfect = _leaves_past_perfect(verb)
        verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"} or leaves_past_perfect:
            continue
        told = [
            t for t in inside if (governor := _governing_verb(t, sent)) is not None and governor.i == verb.i
        ]
        if told:
            return min(told, key=lambda t: abs(verb.idx - t.start))
    return None


def _leaves_past_perfect(verb: Token) -> bool:
    """ "said on Sunday that troops had been sent the previous day, and offered to help": a verb in the
    simple past coordinated with a past perfect goes back to the reporter's time, so the perfect's date
    is not its own (the parser hangs it from the perfect)."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBD"
        and not _has_have_aux(verb)
        and _has_have_aux(verb.head)
        and verb.head.tag_ == "VBN"
    )


def _has_have_aux(verb: Token) -> bool:
    return any(child.dep_ == "aux" and child.lemma_ == "have" for child in verb.children)


def _date_of_host_happening(trigger: Trigger, inside: Sequence[TimeExpression]) -> TimeExpression | None:
    """ "held a call on Tuesday, during which they agreed to meet on Thursday", "a summit on Monday, at
    which they signed a pact": an act told in a clause of "during/at which" happened within the
    happening that clause hangs from, on its day."""
    verb = own_verb(trigger.head)
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    if verb.dep_ not in NOUN_CLAUSE_DEPS | {"advcl"} or not any(
        child.dep_ == "prep"
        and child.lower_ in narrative_cues().reference_prepositions
        and any(obj.dep_ == "pobj" and obj.lower_ == "which" for obj in child.children)
        for child in verb.children
    ):
        return None
    host = verb.head
    around = [t for t in inside if _within(t, [host]) and not _within(t, [verb])]
    return min(around, key=lambda t: abs(verb.idx - t.start)) if around else None


def _date_of_when_clause(
    trigger: Trigger, inside: Sequence[TimeExpression], sent: Span
) -> TimeExpression | None:
    """ "since July, when the army seized power": an act told in a relative clause of a date opened by
    "when" happened then, whatever the date is part of ("the quarter, which ended in December" only
    describes the quarter)."""
    verb = own_verb(trigger.head)
    while verb.dep_ in {"conj", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        # "when Moscow closed its embassy and Kyiv expelled the envoy": both then; "when protests
        # forced him to drop the bill": the dropping too
        verb = verb.head
    if verb.dep_ not in {"relcl", "advcl"} or not any(
        child.lower_ in date_relative_words() and child.i < verb.i for child in verb.children
    ):
        return None
    for expression in inside:
        root = expression_root(expression, sent)
        if root is not None and verb.head.i == root.i and verb.dep_ == "relcl":
            return expression
        if verb.dep_ == "advcl" and _right_before_clause(expression, verb, sent):
            # "since last year, when ...": the parser hangs the clause from the verb, not the date
            return expression
    return None


def _right_before_clause(expression: TimeExpression, clause: Token, sent: Span) -> bool:
    """The expression ends just before the clause, only a comma between: "since last year, when"."""
    opening = clause.left_edge.i
    if opening < sent.start + 2 or sent.doc[opening - 1].text != ",":
        return False
    return expression.end <= sent.doc[opening - 1].idx and expression.end >= sent.doc[opening - 2].idx


def relative_date(
    head: Token, inside: Sequence[TimeExpression], below: Sequence[OffsetClause]
) -> TimeExpression | None:
    """A day told against another clause's: the trigger sits in "a day after ..." and the clause
    it hangs from is dated, or the trigger's clause is placed "three days after" a dated one."""
    offset = enclosing_offset(head)
    if offset is not None:
        main = [t for t in inside if not _within(t, [offset.verb])]
        if main:
            return shifted(min(main, key=lambda t: abs(offset.verb.idx - t.start)), offset.days)
    for clause in below:
        dated = [t for t in inside if _within(t, [clause.verb])]
        if dated:
            return shifted(min(dated, key=lambda t: abs(clause.verb.idx - t.start)), -clause.days)
    return None


def own_verb(head: Token) -> Token:
    """The trigger's verb, or the verb its noun hangs from."""
    verb = head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb


def is_present_perfect(head: Token) -> bool:
    """The trigger's verb (or the verb its noun hangs from) has the auxiliary "has"/"have": an act
    reported as done, its time left open. (A past perfect under a dated verb of saying, "said on
    Sunday it had destroyed", is dated by the saying.)"""
    return any(
        child.dep_ == "aux" and child.lemma_ == "have" and child.tag_ in {"VBZ", "VBP"}
        for child in own_verb(head).children
    )


def _names_a_noun(expression: TimeExpression, trigger: Trigger, sent: Span) -> bool:
    """ "this month's election", "Sunday's vote", "the Oct. 26 election", "the 1971 war", "the excesses of
    1971": a date that says which happening a noun names (:func:`named_noun`), and so dates no other event; unless that noun is the event's trigger or its verb's subject ("Wednesday's
    strikes destroyed the port": the destruction is the strikes' act), or the happening the event's
    verb places it in ("detained dozens during Sunday's march", "spoke at Monday's summit")."""
    root = expression_root(expression, sent)
    named = named_noun(root) if root is not None else None
    if root is None or named is None:
        return False
    if root.dep_ != "poss" and not any(character.isdigit() for character in expression.text):
        return False  # "Friday prayers", "Sunday mass": a weekly routine, not one happening's day
    verb = own_verb(trigger.head)
    return not (
        named.i == trigger.head.i
        or (named.dep_ == "nsubj" and named.head.i in {verb.i, _with_clause_host(verb)})
        or _places_the_act(named, verb)
        or (verb.dep_ in NOUN_CLAUSE_DEPS and verb.head.i == named.i)  # "a 2009 study that found"
    )


def _with_clause_host(verb: Token) -> int | None:
    """ "Sunday's talks collapsed, with Hamas accusing Israel of stalling": the index of the verb a
    "with" clause tells the circumstances of (its act is part of that happening), if the verb heads one."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with" and verb.head.head.i != verb.head.i:
        return verb.head.head.i
    return None


def _in_allegation(expression: TimeExpression, trigger: Trigger, sent: Span) -> bool:
    """ "accused Haiti of breaching a 1929 treaty", "charged him with crimes committed in 2022": a date
    in what an accusation alleges is the alleged act's, not the accusation's."""
    if trigger.type != "ACCUSE" or trigger.head.pos_ != "VERB":
        return False
    root = expression_root(expression, sent)
    charges = [
        child
        for child in trigger.head.children
        if child.dep_ == "prep" and child.lower_ in {"of", "with", "over"}
    ]
    return root is not None and any(charge.left_edge.i <= root.i <= charge.right_edge.i for charge in charges)


def _day_of_the_called_for(expression: TimeExpression, sent: Span) -> bool:
    """ "called for fresh protests on Thursday": the day of the happening called for (see
    :mod:`eventwire.date_calls`), not of the call nor of any other act of the sentence."""
    root = expression_root(expression, sent)
    return root is not None and names_the_called_for(root)


def _places_the_act(noun: Token, verb: Token) -> bool:
    """The noun is the object of "during" or "at" (``narrative.reference_prepositions``) or of "in"
    (``attachment.placing_prepositions``: "backed the claim in a Dec. 3 referendum") on the verb."""
    preposition = noun.head
    return (
        noun.dep_ == "pobj"
        and (
            preposition.lower_ in narrative_cues().reference_prepositions
            or preposition.lower_ in placing_prepositions()
        )
        and preposition.head.i == verb.i
    )


def _governing_verb(expression: TimeExpression, sent: Span) -> Token | None:
    root = expression_root(expression, sent)
    return governing_verb(root) if root is not None else None


def _within(expression: TimeExpression, clauses: Sequence[Token]) -> bool:
    for clause in clauses:
        tokens = list(clause.subtree)
        if tokens[0].idx <= expression.start and expression.end <= tokens[-1].idx + len(tokens[-1]):
            return True
    return False
