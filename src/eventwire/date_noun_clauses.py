"""Dates in clauses that hang off a noun: background about the noun, or the time of the event.

"Sejourne, who visited Beirut last month, urged restraint on Thursday": a clause set off by commas
that modifies a noun tells of its own time, not the event's; "fired tear gas at supporters who marched
on Monday" tells what the event's target was doing at the time. A date may also name the noun's own
happening ("Sunday's vote", "the 1971 war", "the excesses of 1971": :func:`named_noun`). Used by
:mod:`eventwire.date_attach`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.date_patterns import attachment_words
from eventwire.dates import governing_verb
from eventwire.eventparts import Trigger
from eventwire.records import TimeExpression

# Links by which a clause hangs off a noun. Set off by commas ("Sejourne, who visited Beirut last
# month, urged ..."), such a clause is background about the noun, and its date is its own; without
# commas it may tell what the event's target was doing at the time ("fired tear gas at supporters
# who marched on Monday"), and its date is the event's.
NOUN_CLAUSE_DEPS = frozenset({"relcl", "acl"})

# How a date hangs from the noun whose happening it names: "Sunday's vote", "the Oct. 26 election"
# (a calendar date: a bare weekday before a noun is more often a routine's, "Friday prayers").
NAMING_DEPS = frozenset({"poss", "nmod", "compound"})


def expression_root(expression: TimeExpression, sent: Span) -> Token | None:
    span = sent.doc.char_span(expression.start, expression.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def opens_period(expression: TimeExpression, sent: Span) -> bool:
    """ "since March", "until Friday", "since the vote on Oct. 9", "since the president took office last
    month": the date bounds a period (or dates the act of a clause that does), it is not the day of an act."""
    root = expression_root(expression, sent)
    if root is None:
        return False
    if _after_period_preposition(root, sent):
        return True
    verb = governing_verb(root)
    return verb is not None and clause_opens_period(verb)


def bounds_a_period(expression: TimeExpression, sent: Span) -> bool:
    """ "since March", "until Friday", "since the vote on Oct. 9": the date's own phrase opens or ends a
    period (a date in a clause that opens one, "since police shot a man on Friday", is that act's day)."""
    root = expression_root(expression, sent)
    return root is not None and _after_period_preposition(root, sent)


def _after_period_preposition(root: Token, sent: Span) -> bool:
    words = attachment_words("period_prepositions")
    before = sent.doc[root.left_edge.i - 1] if root.left_edge.i > sent.start else None
    if before is not None and before.lower_ in words | attachment_words("deadline_prepositions"):
        return True
    token = root  # "since the vote on Oct. 9": up through the phrases the date hangs from
    while token.dep_ in {"pobj", "prep"} and token.head.i != token.i:
        token = token.head
        if token.dep_ == "prep" and token.lower_ in words:
            return True
    return False


def period_clause(verb: Token) -> Token | None:
    """The clause opened by a period's conjunction that holds ``verb`` ("since the army seized power
    and dissolved parliament": "seized" for "dissolved"), if any."""
    for _ in range(6):  # parse trees are shallow; the bound only guards against cycles
        if clause_opens_period(verb):
            return verb
        if verb.dep_ not in {"conj", "xcomp"} or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def clause_opens_period(verb: Token) -> bool:
    """ "since Russia invaded Ukraine", "until talks resume": the verb's clause bounds a period."""
    words = attachment_words("period_prepositions")
    return any(child.dep_ == "mark" and child.lower_ in words for child in verb.children)


def in_noun_clause(expression: TimeExpression, trigger: Trigger, sent: Span) -> bool:
    """The expression sits in a clause set off by a comma that modifies a noun (", who visited
    Beirut last month,"), or in an appositive, either not holding the trigger; a clause without
    commas ("supporters who marched on Monday") may tell of the event's time, so the walk goes on
    up past it. A "where" clause holding a trigger folded into the event tells the event's day."""
    token = expression_root(expression, sent)
    folded = _folded_words(trigger)
    while token is not None and token.head.i != token.i:
        holds_trigger = token.left_edge.i <= trigger.head.i <= token.right_edge.i or (
            _tells_where(token) and any(token.left_edge.i <= word.i <= token.right_edge.i for word in folded)
        )
        if token.dep_ in NOUN_CLAUSE_DEPS and token.pos_ in {"VERB", "AUX"}:
            if holds_trigger:
                return False
            start = token.left_edge.i
            if start > sent.start and sent.doc[start - 1].text == ",":
                return True
            if _has_own_subject(token) and token.head.i != trigger.head.i:
                # "shelled the villages that rebels seized last week": about the villages; but "the
                # truce that both sides accepted on Monday" tells of the event's own noun
                return True
        elif token.dep_ == "appos" and not holds_trigger:
            # "the NUG, a body set up by lawmakers ousted in the 2021 coup,": about the NUG
            return not _occasion_of_subject(token)
        token = token.head
    return False


def _occasion_of_subject(appositive: Token) -> bool:
    """ "Burhan, addressing troops in Omdurman on Sunday, vowed to crush ...": a participle clause of a
    verb's subject (which the parser may read as an appositive noun, "troops", with "addressing" as its
    modifier) tells the occasion of that verb's act, at its time."""
    opening = appositive.doc[appositive.left_edge.i]
    return (
        opening.tag_ == "VBG" and opening.i < appositive.i and appositive.head.dep_ in {"nsubj", "nsubjpass"}
    )


def _folded_words(trigger: Trigger) -> list[Token]:
    """The words of the trigger and of the triggers folded into it (see :func:`_tells_where`)."""
    absorbed = [word for folded in getattr(trigger, "absorbed", ()) for word in folded.tokens]
    return [*getattr(trigger, "tokens", ()), *absorbed]


def _tells_where(clause: Token) -> bool:
    """A "where" clause of the place the act went to: "flew to London, where Starmer hosted him on
    Saturday" is one visit, and when the event folded "hosted" in, the clause tells its day ("Sejourne,
    who visited Beirut last month, urged ..." stays background about Sejourne)."""
    return any(child.dep_ == "advmod" and child.lower_ == "where" for child in clause.children)


def _has_own_subject(clause: Token) -> bool:
    """A relative clause whose subject is a noun, not its relative word ("a case that Chile had filed",
    not "supporters who marched"): it tells what someone did to or with the noun, at its own time."""
    return any(
        child.dep_ in {"nsubj", "nsubjpass"}
        and child.tag_ not in {"WDT", "WP", "WP$"}
        and child.lower_ != "that"
        for child in clause.children
    )


def named_noun(root: Token) -> Token | None:
    """The noun a date hangs from as the name of its happening: "Sunday's vote", "the Oct. 26
    election", "the 1971 war" (a year as a number before the noun), "the excesses of 1971" (a
    ``naming_prepositions`` phrase of a noun that is not a part of a stretch of time: "the end of 2023")."""
    if root.dep_ in NAMING_DEPS or (root.dep_ == "nummod" and _is_year(root) and _inside_noun_phrase(root)):
        named = root.head
    elif root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in _naming_prepositions():
        named = root.head.head
        if named.lemma_.lower() in _time_part_nouns():
            return None
    else:
        return None
    return named if named.pos_ in {"NOUN", "PROPN"} else None


def _inside_noun_phrase(token: Token) -> bool:
    """A word of its noun's phrase after its start ("the 1971 war"), not a number that opens a clause and
    was hung from the next noun ("In 2003 BP invested")."""
    return token.head.pos_ == "NOUN" and token.head.left_edge.i < token.i


def _is_year(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit() and token.text[:2] in {"18", "19", "20"}


def _naming_prepositions() -> frozenset[str]:
    return attachment_words("naming_prepositions")


def _time_part_nouns() -> frozenset[str]:
    return attachment_words("time_part_nouns")
