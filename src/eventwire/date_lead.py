"""The day of a lead that tells its news without one, from the paragraph after it.

Wire copy often opens with the news and no day ("Tanzania has deported a former Kenyan minister",
"Uganda has flown special forces into Juba, its army chief said", "Trump said he was raising tariffs
on Canadian goods") and tells when in the next paragraph ("She was stopped at the airport on Sunday
night and put on a flight back", "Two planeloads of commandos landed on Monday night", "Trump
announced the increase on Saturday"). The wire benchmark's coders date the lead's act by that day.

:func:`lead_anchor` finds it: when the first paragraph names no day and its main clause does not
spread its act over time ("has moved tanks towards the border in recent days", "has long backed"),
the first day of the second paragraph that dates an act told in the past (not one that opens a
period, "since the vote on Monday", nor a future one). :func:`eventwire.date_narrative.
inherit_narrative_dates` gives that day to the lead's undated acts told as news (not history, not a
hypothesis, not the background of its clause: "after its ambassador criticised a meeting").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from eventwire.date_noun_clauses import expression_root, opens_period
from eventwire.date_perfect import time_left_open
from eventwire.dates import governing_verb
from eventwire.records import Actor, Event, Evidence, TimeExpression
from eventwire.token_view import doc_text

# The event type of the anchor made from a lead without a day; such events are never returned.
LEAD = "LEAD"


def lead_anchor(doc: Doc, dates: Sequence[TimeExpression]) -> Event | None:
    """An :class:`Event` of type ``LEAD`` whose evidence spans the first paragraph and whose date is
    the day the second paragraph gives the lead's news, or None."""
    paragraphs = _paragraphs(doc)
    if len(paragraphs) < 2:
        return None
    (lead_start, lead_end), (next_start, next_end) = paragraphs[0], paragraphs[1]
    if any(lead_start <= t.start < lead_end and t.precision == "day" for t in dates):
        return None  # the lead gives a day: its acts are dated, or their day is not the news's
    lead_sents = [sent for sent in doc.sents if lead_start <= sent.start_char < lead_end]
    if not lead_sents or any(time_left_open(sent.root) for sent in lead_sents):
        return None
    day = next((t for t in dates if next_start <= t.start < next_end and _dates_past_act(t, doc)), None)
    if day is None:
        return None
    return day_anchor(LEAD, day.value, doc_text(doc)[lead_start:lead_end], lead_start, lead_end)


def day_anchor(
    kind: str,
    day: str,
    text: str,
    start: int,
    end: int,
    words: Sequence[str] = (),
    actor: Sequence[Actor] = (),
) -> Event:
    """An anchor that gives its day to acts told after it (a lead, a saying, a scene): an
    :class:`Event` of type ``kind`` whose evidence is the text it covers; never returned as an event."""
    return Event(
        id=f"{kind.lower()}-{start}",
        type=kind,
        actor=list(actor),
        date=day,
        date_precision="day",
        date_from="sentence",
        evidence=[Evidence("", text, start, end, list(words))],
    )


def in_lead(event: Event, lead: Event) -> bool:
    """The event was coded from a sentence of the lead paragraph."""
    if not event.evidence:
        return False
    first = event.evidence[0]
    return lead.evidence[0].start <= first.start and first.end <= lead.evidence[0].end


def _dates_past_act(expression: TimeExpression, doc: Doc) -> bool:
    """A day-precision date that tells when an act told in the past happened."""
    if expression.precision != "day" or not (expression.value or "")[:4].isdigit():
        return False
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    sent: Span = span.root.sent
    if opens_period(expression, sent):
        return False
    root = expression_root(expression, sent)
    verb = governing_verb(root) if root is not None else None
    if verb is None:
        return False
    auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    if any(aux.lower_ in {"will", "shall", "would", "'ll"} for aux in auxiliaries):
        return False
    if verb.tag_ == "VBN" and verb.dep_ == "acl":
        return True  # "in a joint statement read on state television on Monday evening"
    if not auxiliaries and verb.tag_ == "VB" and verb.dep_ == "ccomp" and verb.head.tag_ == "VBD":
        return True  # "declared the envoy persona non grata on Friday" ("persona" parsed as a verb)
    return verb.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in auxiliaries)


def _paragraphs(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of the text's paragraphs (separated by a blank line), without blank ones."""
    text = doc_text(doc)
    spans = []
    position = 0
    for block in text.split("\n\n"):
        start = position + (len(block) - len(block.lstrip()))
        end = position + len(block.rstrip())
        if end > start:
            spans.append((start, end))
        position += len(block) + 2
    return spans
