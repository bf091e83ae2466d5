"""Dates told against an earlier date of the text, not against the publication date.

"the following month", "in November of that year", "the same day" and "at the time" point back to
the time the text last named:
"Bolivia severed ties last October, and Belize suspended relations the following month" is
November of last year, not the month after publication; "the 2013 coup ... in November of that
year" is November 2013. ("next month" and "last year" stay anchored to publication; "the previous
year" is left to publication too, as news writes it for comparisons: "sales fell from the previous
year".) The phrases are data: ``anaphora`` in ``data/dates.yaml``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from eventwire.date_patterns import SAME_REF, Frame, dates_config, lexicon
from eventwire.date_values import Resolution, shift_unit

# The precisions an earlier date needs for a unit to be counted from it ("the following month"
# needs a month or a day).
FINE_ENOUGH = {
    "D": {"day"},
    "W": {"day", "week"},
    "M": {"day", "month"},
    "Y": {"day", "month", "quarter", "year"},
}


class Dated(Protocol):
    value: str | None
    timex_type: str
    anaphoric_value: str | None  # the date a duration points to ("two days later"), if any


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], re.Pattern[str] | None]:
    data = dates_config().get("anaphora", {})
    following = frozenset(str(word).lower() for word in data.get("following_words", []))
    phrases = sorted((str(p) for p in data.get("same_year_phrases", [])), key=len, reverse=True)
    alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    same_year = re.compile(rf"\s*,?\s*(?:{alternation})\b", re.IGNORECASE) if phrases else None
    return following, same_year


def reanchor(frame: Frame, resolution: Resolution, text: str, earlier: Sequence[Dated]) -> Resolution:
    """The resolution of ``frame`` told against the last calendar date in ``earlier``, when the
    frame's words point back to it; else ``resolution`` unchanged."""
    following, same_year = _cues()
    previous = _calendar_dates(earlier)
    if resolution.value == SAME_REF:
        # "the same day", "at the time": the time the text last named, else a vague past reference
        if names_a_day(text[frame.start : frame.end]):
            # "the same day", "that afternoon" need a day: "in March" is no antecedent for them
            previous = [t for t in previous if _precision(t.value) == "day"]
        if not previous:
            return Resolution("DATE", "PAST_REF", None)
        value = str(previous[-1].value)[:10]
        return Resolution("DATE", value, _precision(value) or None)
    if frame.kind in ("anaphoric_unit", "same_unit"):
        return _unit_of_last_date(frame, resolution, previous)
    if not previous:
        return resolution
    if frame.kind == "relative_unit" and _counts_from_last_date(frame, text, following):
        unit = frame.fields.get("unit")
        fitting = [t for t in previous if _precision(t.value) in FINE_ENOUGH.get(unit, set())]
        start = _calendar_start(fitting[-1].value) if fitting else None
        shifted = shift_unit(start, unit, int(frame.fields.get("offset", 1))) if start else None
        return shifted or resolution
    value = resolution.value
    if same_year and value and value[:4].isdigit() and len(value) > 4 and same_year.match(text, frame.end):
        return Resolution(
            resolution.timex_type, str(previous[-1].value)[:4] + value[4:], resolution.precision
        )
    return resolution


def names_a_day(phrase: str) -> bool:
    """The phrase names a day or a part of one ("the same day", "that evening"), not "at the time"."""
    lex = lexicon()
    return any(lex.units.get(word) == "D" or word in lex.parts_of_day for word in phrase.lower().split())


def _counts_from_last_date(frame: Frame, text: str, following: frozenset[str]) -> bool:
    """ "the following month", "the next day": a relative unit told from the last date named."""
    word = str(frame.fields.get("rel_word", "")).lower()
    if word in following:
        return True
    definite = dates_config().get("anaphora", {}).get("definite_relatives", {})
    return text[frame.start : frame.end].lower().startswith("the ") and frame.fields.get(
        "unit"
    ) in definite.get(word, ())


@dataclass(frozen=True, slots=True)
class _Date:
    value: str


def _calendar_dates(earlier: Sequence[Dated]) -> list[_Date]:
    """The calendar dates of ``earlier`` in text order, with the day a "two days later" points to."""
    dates = []
    for timex in earlier:
        value = timex.value if timex.timex_type in ("DATE", "TIME") else timex.anaphoric_value
        if _calendar_start(value):
            dates.append(_Date(str(value)))
    return dates


@lru_cache(maxsize=1)
def _offset_cue() -> re.Pattern[str] | None:
    words = dates_config().get("anaphora", {}).get("offset_words", {})
    if not words:
        return None
    alternation = "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s+(?P<cue>{alternation})\b(?!\s+than\b)", re.IGNORECASE)


def offset_from_last_date(
    frame: Frame, resolution: Resolution, text: str, earlier: Sequence[Dated]
) -> tuple[int, Resolution] | None:
    """ "two days later", "a week earlier", "hours later": where the phrase ends and the date it
    points to, counted from the last date the text named that is precise enough; None when the
    duration is no such offset or the text named no such date."""
    cue = _offset_cue()
    match = cue.match(text, frame.end) if cue is not None and frame.kind == "duration" else None
    if match is None or resolution.timex_type != "DURATION":
        return None
    unit, count = frame.fields.get("unit"), frame.fields.get("count")
    sign = int(dates_config()["anaphora"]["offset_words"][match.group("cue").lower()])
    if unit in ("H", "MIN"):  # "hours later": the same day
        unit, count = "D", 0
    if count is None or unit not in FINE_ENOUGH:
        return None
    fitting = [d for d in _calendar_dates(earlier) if _precision(d.value) in FINE_ENOUGH[unit]]
    start = _calendar_start(fitting[-1].value) if fitting else None
    if start is None:
        return None
    shifted = (
        shift_unit(start, "D", 7 * sign * count) if unit == "W" else shift_unit(start, unit, sign * count)
    )
    return (match.end(), shifted) if shifted is not None else None


def _unit_of_last_date(frame: Frame, resolution: Resolution, previous: Sequence[Dated]) -> Resolution:
    """ "later that month": the month (year, week, day) of the last date precise enough to have one;
    a vague past reference when the text named none."""
    unit = frame.fields.get("unit")
    fitting = [t for t in previous if _precision(t.value) in FINE_ENOUGH.get(unit, set())]
    start = _calendar_start(fitting[-1].value) if fitting else None
    shifted = shift_unit(start, unit, 0) if start else None
    if shifted is None:
        return Resolution("DATE", "PAST_REF", None)
    shifted.mod = resolution.mod
    return shifted


def _precision(value: str | None) -> str:
    if not value:
        return ""
    if "-W" in value:
        return "week"
    if "-Q" in value:
        return "quarter"
    return {4: "year", 7: "month"}.get(len(value), "day" if len(value) >= 10 else "")


def _calendar_start(value: str | None) -> dt.date | None:
    """The first day of a calendar value ("2013" -> 2013-01-01, "2023-10" -> 2023-10-01, the week
    "2025-W10" -> its Monday)."""
    week = re.fullmatch(r"(\d{4})-W(\d\d)", value or "")
    if week:
        try:
            return dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
        except ValueError:
            return None
    if not value or not re.fullmatch(r"\d{4}(-\d\d(-\d\d.*)?)?", value):
        return None
    try:
        return dt.date(
            int(value[:4]),
            int(value[5:7] or 1) if len(value) >= 7 else 1,
            int(value[8:10]) if len(value) >= 10 else 1,
        )
    except ValueError:
        return None
