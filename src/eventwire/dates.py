"""Temporal expressions, normalised against the publication date and the tense of their verb.

:func:`resolve_dates` is the pipeline stage: the anchored dates and times of a parsed document
(``TimeExpression`` records). :func:`find_timexes` is the wider TimeML-style view that also keeps
durations ("P3Y"), sets ("every week") and vague references ("now" -> PRESENT_REF); it is what
the TempEval-3 / MEANTIME evaluation scores, since those count every TIMEX3 type.

Candidates come from the patterns in :mod:`eventwire.date_patterns` (found by :mod:`eventwire.date_scan`); words that are dates only
sometimes ("May", "spring", a bare "2010") need support from spaCy's DATE/TIME entities or a
temporal preposition. A weekday, a month without a year or a season is anchored in the direction
of its governing verb: past tense -> the one before publication, "will"/"going to"/progressive ->
the one after, and a bare weekday in a sentence that does not say -> the most recent one (news
convention). Without a publication date, a wire dateline's day stands in for it
(:func:`filing_day`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from eventwire.date_anaphora import offset_from_last_date, reanchor
from eventwire.date_patterns import Frame, lexicon
from eventwire.date_scan import scan
from eventwire.date_values import Resolution, resolve
from eventwire.date_would import saying_day, told_as_future_in_past
from eventwire.dateline import dateline_day
from eventwire.records import TimeExpression
from eventwire.token_view import USER_DATA_KEY as WORDS_KEY

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

VAGUE_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
PAST, UNKNOWN, FUTURE = -1, 0, 1


@dataclass(slots=True)
class Timex:
    """A TimeML-style temporal expression: type DATE, TIME, DURATION or SET."""

    start: int
    end: int
    text: str
    timex_type: str
    value: str | None
    precision: str | None = None
    mod: str | None = None
    # "two days later": TimeML's duration "two days", which also points to a date counted from the
    # text's last one; the pipeline takes that date, over the span up to "later"
    anaphoric_value: str | None = None
    anaphoric_precision: str | None = None
    anaphoric_end: int | None = None


def resolve_dates(doc: Doc, published: str | None) -> list[TimeExpression]:
    """The anchored dates and times in ``doc`` (durations, sets and "now"-words left out).

    ``published`` is the publication date ("YYYY-MM-DD", a longer ISO timestamp is cut) or None;
    without it absolute dates still resolve and relative ones keep ``value=None``.
    """
    expressions = []
    text = document_text(doc)
    for timex in find_timexes(doc, published):
        if timex.anaphoric_value and timex.anaphoric_end is not None:
            start, end = timex.start, timex.anaphoric_end
            value, precision = timex.anaphoric_value, timex.anaphoric_precision
            expressions.append(TimeExpression(start, end, text[start:end], value, precision))
            continue
        if timex.timex_type not in ("DATE", "TIME") or timex.value in VAGUE_VALUES:
            continue
        value = timex.value
        if value and timex.precision == "day":
            value = value[:10]  # "2013-03-22TNI" (Friday night) is the day for the pipeline
        expressions.append(TimeExpression(timex.start, timex.end, timex.text, value, timex.precision))
    return expressions


def _future_in_past(frame: Frame, doc: Doc, anchor: dt.date, found: Sequence[Timex]) -> Resolution | None:
    """ "said on Friday it would stage a rally on Sunday": the first such weekday after the saying's day,
    else from the publication day on (:mod:`eventwire.date_would`)."""
    span = doc.char_span(frame.start, frame.end, alignment_mode="expand")
    governor = governing_verb(span.root) if span is not None and len(span) else None
    if not told_as_future_in_past(doc, frame, governor) or verb_direction(governor) != UNKNOWN:
        return None
    days = [(t.start, t.end, t.value) for t in found if t.precision == "day" and t.value]
    said = saying_day(frame, doc, days)
    return resolve(frame, said + dt.timedelta(days=1) if said else anchor, FUTURE)


def find_timexes(doc: Doc, published: str | None) -> list[Timex]:
    """Every temporal expression in ``doc``, TimeML-style, anchored to ``published``."""
    entity_spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")]
    found = []
    text = document_text(doc)
    frames = scan(text)
    place_weekdays_in_their_week(frames, text)
    anchor = parse_published(published) or filing_day(text, frames)
    for frame in frames:
        if frame.guarded and not _supported(frame, doc, entity_spans, text):
            continue
        if _adjective_use(frame, doc, text):
            continue
        resolution = resolve(frame, anchor, _direction(doc, text, frame))
        if anchor is not None and resolution is not None:
            resolution = _future_in_past(frame, doc, anchor, found) or resolution
        if resolution is None:
            continue
        if anchor is None:
            resolution = undated_year(frame, resolution)
        resolution = reanchor(frame, resolution, text, found)
        timex = Timex(
            start=frame.start,
            end=frame.end,
            text=text[frame.start : frame.end],
            timex_type=resolution.timex_type,
            value=resolution.value,
            precision=resolution.precision,
            mod=resolution.mod,
        )
        offset = offset_from_last_date(frame, resolution, text, found)
        if offset is not None:
            timex.anaphoric_end, pointed = offset
            timex.anaphoric_value, timex.anaphoric_precision = pointed.value, pointed.precision
        found.append(timex)
    date_clock_times(found, doc)
    return found


CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def date_clock_times(found: Sequence[Timex], doc: Doc) -> None:
    """ "made its first flight on Tuesday ... at 18:00 UTC", "kick-off at 15:00 GMT Saturday": a clock
    time is on the day its sentence names (the nearest one), not on the publication day."""
    days = [t for t in found if t.timex_type == "DATE" and t.value and DAY_VALUE.fullmatch(t.value)]
    for timex in found:
        if timex.timex_type != "TIME" or not timex.value or not CLOCK_VALUE.match(timex.value):
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None:
            continue
        sentence = span.sent
        named = [d for d in days if sentence.start_char <= d.start and d.end <= sentence.end_char]
        if named:
            nearest = min(named, key=lambda d: abs(d.start - timex.start))
            timex.value = str(nearest.value) + timex.value[10:]


def document_text(doc: Doc) -> str:
    """The text of ``doc``: the copy the shared token view keeps when an earlier stage made one
    (in the pipeline, the actor stage), else ``Doc.text``, which joins every token anew."""
    words = doc.user_data.get(WORDS_KEY)
    return words.text if words is not None and words.doc is doc else doc.text


def parse_published(published: str | None) -> dt.date | None:
    """The publication date as a date (the first ten characters of an ISO string), or None."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


# What may stand between a weekday and the week named after it: "Friday last week", "Friday of last
# week", "Friday prayers last week" (one word that is no verb's: lower case, no comma).
WEEKDAY_TO_WEEK_GAP = re.compile(r"\s+(?:of\s+|[a-z]+\s+)?")


def place_weekdays_in_their_week(frames: Sequence[Frame], text: str) -> None:
    """ "on Friday last week", "on Monday next week", "Tuesday this week": the weekday of the week the
    following words name (marked ``week_offset`` on the weekday's frame), not the nearest one."""
    for weekday, following in pairwise(frames):
        if (
            weekday.kind == "weekday"
            and "offset" not in weekday.fields
            and following.kind == "relative_unit"
            and following.fields.get("unit") == "W"
            and following.fields.get("rel_word") != "past"
            and WEEKDAY_TO_WEEK_GAP.fullmatch(text, weekday.end, following.start)
        ):
            weekday.fields["week_offset"] = following.fields["offset"]


def reference_day(text: str, published: str | None) -> str | None:
    """The day events are told against: the publication date, else the day a wire dateline gives
    (:func:`filing_day`, "YYYY-MM-DD"), else None. The event stage takes it as ``published`` (no
    event told as past lies after it; the historical flag counts back from it)."""
    if parse_published(published) is not None:
        return published
    filed = filing_day(text, scan(text))
    return filed.isoformat() if filed is not None else None


def filing_day(text: str, frames: Sequence[Frame]) -> dt.date | None:
    """The day a text without a publication date was filed, from its dateline ("LIMA, Jan 11 (Wire)
    —"): with the dateline's year, else with the year that puts the day nearest the latest full date
    the text names ("on Dec. 7, 2022" in a story filed "Jan 11": January 2023); None when the text has
    no dated dateline or names no year with a month (a bare "in 2019" is too often history)."""
    filed = dateline_day(text)
    if filed is None:
        return None
    year, month, day = filed
    if year is not None:
        return _safe_day(year, month, day)
    named = [
        d
        for f in frames
        if f.kind in ("absolute", "month_day") and "year" in f.fields and "month" in f.fields
        if (d := _safe_day(f.fields["year"], f.fields["month"], f.fields.get("day", 15)))
    ]
    if not named:
        return None
    latest = max(named)
    candidates = [
        d for y in (latest.year - 1, latest.year, latest.year + 1) if (d := _safe_day(y, month, day))
    ]
    return min(candidates, key=lambda d: abs((d - latest).days)) if candidates else None


def _safe_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def undated_year(frame: Frame, resolution: Resolution) -> Resolution:
    """With no publication date and no year to be had, a month and day the text names keeps them,
    with TimeML's unknown year ("on March 3" -> "XXXX-03-03"): the day is known, the year is not.
    Weekdays and "yesterday" stay unresolved: without a year they name no day."""
    if resolution.value is None and frame.kind == "month_day" and "year" not in frame.fields:
        return Resolution(
            resolution.timex_type, f"XXXX-{frame.fields['month']:02d}-{frame.fields['day']:02d}", "day"
        )
    return resolution


def _supported(frame: Frame, doc: Doc, entity_spans: list[tuple[int, int]], text: str) -> bool:
    """An ambiguous candidate counts when spaCy saw a date there or a temporal preposition precedes.

    A candidate the tagger reads as a verb ("prices fall", "they march") never counts.
    """
    span = doc.char_span(frame.start, frame.end, alignment_mode="expand")
    if span is not None and any(token.pos_ in ("VERB", "AUX") for token in span):
        return False
    if any(start < frame.end and frame.start < end for start, end in entity_spans):
        return True
    before = text[max(0, frame.start - 20) : frame.start].split()
    previous = before[-1].lower().strip("(,") if before else ""
    return previous in lexicon().temporal_prepositions or text[max(0, frame.start - 1) : frame.start] in "-–"


def _adjective_use(frame: Frame, doc: Doc, text: str) -> bool:
    """ "an overnight train", "overnight talks": a deictic word that is a date only as an adverb."""
    if text[frame.start : frame.end].lower() not in lexicon().adverb_only_deictics:
        return False
    span = doc.char_span(frame.start, frame.end, alignment_mode="expand")
    return span is not None and (span.root.pos_ == "ADJ" or span.root.dep_ in ("amod", "compound"))


def _direction(doc: Doc, text: str, frame: Frame) -> int:
    """ "since July" always looks back, whatever the verb's tense ("kept the border closed since
    July"); else the tense of the governing verb."""
    before = text[max(0, frame.start - 12) : frame.start].split()
    if before and before[-1].lower() == "since":
        return PAST
    if before and before[-1].lower() in ("until", "till"):
        return _until_direction(doc, frame)
    return tense_direction(doc, frame.start, frame.end)


def _until_direction(doc: Doc, frame: Frame) -> int:
    """ "remains closed until Friday", "has kept the border shut until Monday": the end of a state
    still going on lies ahead; told in the simple past ("stayed shut until Friday") it is behind."""
    span = doc.char_span(frame.start, frame.end, alignment_mode="expand")
    verb = governing_verb(span.root) if span is not None and len(span) else None
    if verb is None:
        return UNKNOWN
    while verb.dep_ in ("acomp", "xcomp", "oprd") and verb.head.i != verb.i:
        verb = verb.head  # "stayed closed until": the tense is the finite verb's
    told = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return PAST if any(word.tag_ == "VBD" for word in told) else FUTURE


def tense_direction(doc: Doc, start: int, end: int) -> int:
    """Which way the verb governing the span at ``start:end`` points: PAST, FUTURE or UNKNOWN."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return UNKNOWN
    verb = governing_verb(span.root)
    return UNKNOWN if verb is None else verb_direction(verb)


def governing_verb(token: Token) -> Token | None:
    """The nearest verb (or auxiliary used as main verb) at or above ``token`` in the parse."""
    current = token
    for _ in range(12):  # parse trees are shallow; the bound only guards against cycles
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("aux", "auxpass"):
            return current
        if current.head.i == current.i:  # the root (spaCy makes a new Token object on every access)
            return None
        current = current.head
    return None


def _is_past(token: Token) -> bool:
    return ("Past" in token.morph.get("Tense") and token.tag_ != "VBN") or token.tag_ == "VBD"


def verb_direction(verb: Token) -> int:
    """Future with "will"/"shall", "going/plans/is to", a progressive; past with past-tense or perfect."""
    lex = lexicon()
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in lex.future_auxiliaries for a in auxiliaries):
        return FUTURE
    head_direction = _future_head_direction(verb)
    if head_direction != UNKNOWN:
        return head_direction
    if _is_past(verb) or any(_is_past(a) or a.lemma_ == "have" for a in auxiliaries):
        return PAST
    if verb.tag_ == "VBN" and verb.lemma_.lower() in lex.future_heads:
        return FUTURE  # "talks scheduled for Monday"
    if verb.tag_ == "VBN" and not auxiliaries and not _has_mark(verb):
        if verb.dep_ == "acl":
            return PAST  # "the plans announced in January", "a truce agreed on Monday": done already
        if verb.dep_ == "advcl" and verb.head.i != verb.i:
            # "broke the truce agreed in March", "will flow once approved in March": the participle
            # shares the time of the clause it hangs from
            return verb_direction(verb.head)
    present_be = [a for a in auxiliaries if a.lemma_ == "be" and not _is_past(a)]
    if verb.tag_ == "VBG" and present_be:
        return FUTURE  # the progressive with future sense: "is meeting him on Monday"
    return UNKNOWN


def _has_mark(verb: Token) -> bool:
    """ "once approved next month", "if signed in June": a conjunction makes the participle a condition."""
    return any(child.dep_ == "mark" for child in verb.children)


def _future_head_direction(verb: Token) -> int:
    """ "is going to host", "plans to visit", "is to meet": the verb is the complement of a future cue."""
    lex = lexicon()
    current = verb
    while current.dep_ == "xcomp" and current.head is not current:
        current = current.head
        if current.lemma_.lower() in lex.forward_heads:
            return FUTURE  # "called on X to join a strike on Friday": the asked act comes after
        if current.lemma_.lower() in lex.future_heads or current.lower_ in lex.future_heads:
            auxiliaries = [c for c in current.children if c.dep_ in ("aux", "auxpass")]
            if any(a.lower_ in lex.future_auxiliaries for a in auxiliaries):
                return FUTURE
            if _is_past(current) or any(_is_past(a) for a in auxiliaries):
                return PAST
            return FUTURE
    return UNKNOWN
