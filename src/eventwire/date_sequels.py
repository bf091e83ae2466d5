"""Acts a dated happening of the story is said to have come after: "The arrest came a week after
police detained his brother".

Wire copy dates the news act once ("security services detained the archbishop on Wednesday") and
then places an earlier act against it without a day of its own: "The archbishop's arrest came a
week after authorities detained a billionaire critic" dates that detention a week before
Wednesday; "The announcement came a day after the envoy criticised the meeting" dates the criticism
the day before the announcement. The sentence's subject names the happening: one of the narrative's
``referenced_events`` nouns ("arrest", "talks", "attack") is the last dated event of that kind;
any other noun ("the announcement", "the move", "the break") is the act the story is about, its
first dated main act: such a sentence comes after the lead to tell what led up to it. An act told
"the same day" right after such a flashback ("The break came a day after the court threw out the
case. The Emirates hailed the ruling the same day") is on the flashback's day, the last one the
text pinned, not on the last day it wrote (:func:`told_the_same_day`). The
verbs are data: ``narrative.sequel_verbs`` in ``data/dates.yaml``; units and number words are the
lexicon's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from eventwire.date_anaphora import names_a_day
from eventwire.date_offsets import DAYS_PER_UNIT
from eventwire.date_patterns import dates_config, lexicon
from eventwire.records import Event

MARK_SIGN = {"after": -1, "before": 1}


@dataclass(frozen=True, slots=True)
class Sequel:
    """ "<noun> came <days> after ...": the act told after the mark is ``days`` from the noun's day."""

    noun: str
    days: int


@lru_cache(maxsize=1)
def _sequel_pattern() -> re.Pattern[str] | None:
    verbs = dates_config().get("narrative", {}).get("sequel_verbs", [])
    if not verbs:
        return None
    counted_units = [unit for unit, code in lexicon().units.items() if code in DAYS_PER_UNIT]
    verb = _alternation(verbs)
    count = rf"\d+|{_alternation(lexicon().numbers)}"
    unit = _alternation(counted_units)
    return re.compile(
        rf"\b(?P<noun>[\w-]+)\s+(?:{verb})\s+(?:just\s+|only\s+|barely\s+)?(?:(?P<count>{count})\s+)?"
        rf"(?P<unit>{unit})\s+(?P<mark>after|before)\b",
        re.IGNORECASE,
    )


def _alternation(words: Iterable[str]) -> str:
    """Longest first, so "a couple of" wins over "a"; spaces match any run of spaces."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in ordered)


@lru_cache(maxsize=1)
def _kinds_by_noun() -> dict[str, str]:
    """Noun -> event type, from the narrative's ``referenced_events`` ("arrest" -> COERCE)."""
    referenced = dates_config().get("narrative", {}).get("referenced_events", {})
    return {str(noun).lower(): kind for kind, nouns in referenced.items() for noun in nouns}


def sequel_of(event: Event) -> Sequel | None:
    """The offset at which the event's trigger is told after "<noun> came <N units> after", if it is."""
    pattern = _sequel_pattern()
    if pattern is None or not event.evidence or not event.evidence[0].triggers:
        return None
    sentence = event.evidence[0].sentence
    found = pattern.search(sentence)
    trigger = (
        re.search(rf"\b{re.escape(event.evidence[0].triggers[0])}\b", sentence[found.end() :])
        if found
        else None
    )
    if found is None or trigger is None:
        return None
    unit = DAYS_PER_UNIT[lexicon().units[found["unit"].lower()]]
    count = _count(found["count"]) if unit else 0
    if count is None:
        return None  # "came days after": the text does not say how many
    return Sequel(found["noun"].lower(), MARK_SIGN[found["mark"].lower()] * count * unit)


def _count(word: str | None) -> int | None:
    if word is None:
        return None
    if word.isdigit():
        return int(word)
    return lexicon().numbers.get(" ".join(word.lower().split()))


def sequel_source(sequel: Sequel, referenced: Mapping[str, Event], story_act: Event | None) -> Event | None:
    """The dated happening the sequel's noun names: the last one of its kind ("the arrest"), else the
    act the story is about ("the announcement", "the move"), which ``story_act`` gives."""
    kind = _kinds_by_noun().get(sequel.noun)
    if kind is not None:
        return referenced.get(kind)
    return story_act


def date_from_sequel(event: Event, sequel: Sequel, source: Event) -> bool:
    """Give ``event`` the source's day moved by the sequel's offset; False if the source has no day."""
    if source.date_precision != "day" or not source.date:
        return False
    try:
        day = dt.date.fromisoformat(source.date[:10]) + dt.timedelta(days=sequel.days)
    except ValueError:
        return False
    event.date, event.date_precision, event.date_from = day.isoformat(), "day", "narrative"
    return True


@lru_cache(maxsize=1)
def _same_day_pattern() -> re.Pattern[str] | None:
    phrases = [str(p) for p in dates_config().get("same_ref", []) if names_a_day(str(p))]
    return re.compile(rf"\b(?:{_alternation(phrases)})\b", re.IGNORECASE) if phrases else None


def told_the_same_day(event: Event) -> bool:
    """The event's own sentence dates it by "the same day", "that evening" (a ``same_ref`` phrase of
    data/dates.yaml that names a day)."""
    pattern = _same_day_pattern()
    return (
        pattern is not None
        and event.date_from == "sentence"
        and bool(event.evidence)
        and pattern.search(event.evidence[0].sentence) is not None
    )
