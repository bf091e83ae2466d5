"""Calendar arithmetic: anchor a :class:`~eventwire.date_patterns.Frame` to an ISO value.

``anchor`` is the publication date (or None); ``direction`` says which way an under-specified
expression points: -1 for the past (the Saturday *before*), +1 for the future, 0 when the
sentence does not say (then the nearest candidate wins). Values follow TimeML: "2022-06-23",
"2022-12", "2022", "2022-W25", "199" (a decade), "2012-SU" (a season), "2013-Q1", "P3Y".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from eventwire.date_patterns import Frame, lexicon

SEASON_DAYS = 92  # a season is about three months long
UNIT_PRECISION = {"D": "day", "W": "week", "M": "month", "Y": "year", "Q": "quarter", "DE": "decade"}


@dataclass(slots=True)
class Resolution:
    """What an expression means: a TimeML type and value, and our precision name."""

    timex_type: str  # DATE, TIME, DURATION, SET
    value: str | None
    precision: str | None
    mod: str | None = None


def resolve(frame: Frame, anchor: dt.date | None, direction: int) -> Resolution | None:
    """Anchor one frame; None when the frame does not describe a usable time."""
    handler = HANDLERS.get(frame.kind)
    if handler is None:
        return None
    result = handler(frame.fields, anchor, direction)
    if result is not None and result.mod is None:
        result.mod = frame.fields.get("mod")
    return result


def _date(value: dt.date) -> str:
    return value.isoformat()


def _month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _pick(candidates: list[dt.date], anchor: dt.date, direction: int) -> dt.date:
    """The candidate on the right side of the anchor (on or before for the past), else the nearest."""
    if direction < 0:
        before = [c for c in candidates if c <= anchor]
        if before:
            return max(before)
    elif direction > 0:
        after = [c for c in candidates if c >= anchor]
        if after:
            return min(after)
    return min(candidates, key=lambda c: abs((c - anchor).days))


def _absolute(fields: dict, anchor: dt.date | None, direction: int) -> Resolution | None:
    if "day" in fields:
        day = _safe_date(fields["year"], fields["month"], fields["day"])
        return Resolution("DATE", _date(day), "day") if day else None
    return Resolution("DATE", _month(fields["year"], fields["month"]), "month")


def _month_day(fields: dict, anchor: dt.date | None, direction: int) -> Resolution | None:
    """ "On October 10": the year that puts it nearest the publication date in the tense's direction."""
    if "year" in fields:  # "Christmas 2024": no anchor needed
        day = _safe_date(fields["year"], fields["month"], fields["day"])
        return Resolution("DATE", _date(day), "day") if day else None
    if anchor is None:
        return Resolution("DATE", None, "day")
    if "year_offset" in fields:  # "on May 3 last year"
        day = _safe_date(anchor.year + fields["year_offset"], fields["month"], fields["day"])
        return Resolution("DATE", _date(day), "day") if day else None
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    candidates = [d for y in years if (d := _safe_date(y, fields["month"], fields["day"]))]
    if not candidates:
        return None
    return Resolution("DATE", _date(_pick(candidates, anchor, direction)), "day")


def _month_only(fields: dict, anchor: dt.date | None, direction: int) -> Resolution | None:
    if anchor is None:
        return Resolution("DATE", None, "month")
    month = fields["month"]
    offset = fields.get("offset")
    if "year_offset" in fields:  # "in March last year", "October of next year"
        year = anchor.year + fields["year_offset"]
    elif offset == -1:  # "last July": the latest July strictly before this month
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif offset == 1:
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif offset == 0:
        year = anchor.year
    else:
        firsts = [dt.date(y, month, 1) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
        year = _pick(firsts, anchor.replace(day=1), direction).year
    return Resolution("DATE", _month(year, month), "month")


def _season(fields: dict, anchor: dt.date | None, direction: int) -> Resolution | None:
    code = fields["season"]
    if "year" in fields:
        return Resolution("DATE", f"{fields['year']}-{code}", "season")
    if anchor is None:
        return Resolution("DATE", None, "season")
    start_month = lexicon().season_starts[code]
    starts = [dt.date(y, start_month, 1) for y in range(anchor.year - 2, anchor.year + 2)]
    current = max(s for s in starts if s <= anchor)  # the latest start of this season
    in_season = (anchor - current).days < SEASON_DAYS
    upcoming = min(s for s in starts if s > anchor)
    offset = fields.get("offset")
    if offset == -1:
        chosen = max(s for s in starts if (anchor - s).days >= SEASON_DAYS)
    elif offset == 1:
        chosen = upcoming
    elif offset == 0 or direction > 0:
        chosen = current if in_season or direction < 0 else upcoming
    elif direction < 0:
        chosen = current
    else:
        chosen = _pick([current, upcoming], anchor, 0)
    # Winter that starts in December belongs to the next year in TimeML ("2013-WI" = winter 2012/13).
    year = chosen.year + 1 if code == "WI" and chosen.month == 12 else chosen.year
    return Resolution("DATE", f"{year}-{code}", "season")


def _weekday(fields: dict, anchor: dt.date | None, direction: int) -> Resolution:
    """A weekday: the most recent one (past or unknown tense, news convention) or the next one."""
    if anchor is None:
        return Resolution("DATE", None, "day")
    if "week_offset" in fields:  # "on Friday last week": that week's Friday
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=fields["week_offset"])
        return _day_with_part(monday + dt.timedelta(days=fields["weekday"]), fields)
    offset = fields.get("offset")
    step = direction if direction else -1
    if offset in (-1, 1):
        step = offset
    delta = (
        (fields["weekday"] - anchor.weekday()) % 7
        if step > 0
        else -((anchor.weekday() - fields["weekday"]) % 7)
    )
    if offset == -1 and delta == 0:
        delta = -7
    if offset == 1 and delta == 0:
        delta = 7
    return _day_with_part(anchor + dt.timedelta(days=delta), fields)


def _deictic(fields: dict, anchor: dt.date | None, direction: int) -> Resolution:
    if anchor is None:
        return Resolution("DATE", None, "day")
    return _day_with_part(anchor + dt.timedelta(days=fields["offset"]), fields)


def _day_with_part(day: dt.date, fields: dict) -> Resolution:
    """A day, or a part of it as TimeML writes it ("2013-03-22TNI" for Friday night)."""
    if "part" in fields:
        return Resolution("TIME", f"{_date(day)}T{fields['part']}", "day")
    return Resolution("DATE", _date(day), "day")


def shift_unit(anchor: dt.date, unit: str, amount: int) -> Resolution | None:
    """The unit containing ``anchor`` moved by ``amount`` units, at that unit's precision."""
    if unit == "D":
        return Resolution("DATE", _date(anchor + dt.timedelta(days=amount)), "day")
    if unit in ("W", "WE"):
        year, week, _ = (anchor + dt.timedelta(weeks=amount)).isocalendar()
        suffix = "-WE" if unit == "WE" else ""
        return Resolution("DATE", f"{year}-W{week:02d}{suffix}", "week")
    if unit == "M":
        index = anchor.year * 12 + anchor.month - 1 + amount
        return Resolution("DATE", _month(index // 12, index % 12 + 1), "month")
    if unit == "Q":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + amount
        return Resolution("DATE", f"{index // 4}-Q{index % 4 + 1}", "quarter")
    if unit == "Y":
        return Resolution("DATE", str(anchor.year + amount), "year")
    if unit == "DE":
        return Resolution("DATE", str(anchor.year // 10 + amount), "decade")
    if unit == "CE":
        return Resolution("DATE", str(anchor.year // 100 + amount), "century")
    return None


def _relative_unit(fields: dict, anchor: dt.date | None, direction: int) -> Resolution | None:
    """ "last week", "this year", "next month"; "the past year" is a duration (TimeML)."""
    if fields.get("rel_word") == "past":
        return Resolution("DURATION", f"P1{_unit_letter(fields['unit'])}", None)
    if anchor is None:
        return Resolution("DATE", None, UNIT_PRECISION.get(fields["unit"]))
    return shift_unit(anchor, fields["unit"], fields["offset"])


def _ago(fields: dict, anchor: dt.date | None, direction: int) -> Resolution | None:
    if anchor is None:
        return Resolution("DATE", None, UNIT_PRECISION.get(fields["unit"]))
    return shift_unit(anchor, fields["unit"], fields["count"] * fields["offset_sign"])


def _year(fields: dict, anchor: dt.date | None, direction: int) -> Resolution:
    return Resolution("DATE", str(fields["year"]), "year")


def _decade(fields: dict, anchor: dt.date | None, direction: int) -> Resolution:
    return Resolution("DATE", fields["decade"], "decade")


def _quarter(fields: dict, anchor: dt.date | None, direction: int) -> Resolution | None:
    """ "the first quarter (of 2009 / of last year)", "next quarter", "third-quarter"."""
    if "year" in fields and "quarter" in fields:
        return Resolution("DATE", f"{fields['year']}-Q{fields['quarter']}", "quarter")
    if anchor is None:
        return Resolution("DATE", None, "quarter")
    if "quarter" not in fields:
        return shift_unit(anchor, "Q", fields["offset"])
    quarter = fields["quarter"]
    if "year_offset" in fields:
        return Resolution("DATE", f"{anchor.year + fields['year_offset']}-Q{quarter}", "quarter")
    # Past: the latest such quarter that has begun; future: the next one not yet over; else nearest.
    middles = [dt.date(y, 3 * quarter - 1, 15) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if direction < 0:
        year = max(m.year for m in middles if m.replace(day=1, month=3 * quarter - 2) <= anchor)
    elif direction > 0:
        year = min(m.year for m in middles if _quarter_end(m.year, quarter) >= anchor)
    else:
        year = _pick(middles, anchor, 0).year
    return Resolution("DATE", f"{year}-Q{quarter}", "quarter")


def _quarter_end(year: int, quarter: int) -> dt.date:
    return dt.date(year, 12, 31) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1) - dt.timedelta(days=1)


def _century(fields: dict, anchor: dt.date | None, direction: int) -> Resolution:
    return Resolution("DATE", fields["century"], "century")


def _weekend(fields: dict, anchor: dt.date | None, direction: int) -> Resolution:
    """ "over the weekend": the last Saturday and Sunday (past or unknown tense, news convention; the
    one under way when the text is dated on one), or the next ones when told as future."""
    if anchor is None:
        return Resolution("DATE", None, "week")
    saturday = 5
    if direction > 0:
        day = anchor + dt.timedelta(days=(saturday - anchor.weekday()) % 7)
    else:
        day = anchor - dt.timedelta(days=(anchor.weekday() - saturday) % 7)
    year, week, _ = day.isocalendar()
    return Resolution("DATE", f"{year}-W{week:02d}-WE", "week")


def _anaphoric_unit(fields: dict, anchor: dt.date | None, direction: int) -> Resolution:
    """ "later that month": a unit told against the text's last date; eventwire.date_anaphora fills
    in the value."""
    return Resolution("DATE", None, UNIT_PRECISION.get(fields["unit"]))


def _unit_letter(unit: str) -> str:
    return {"MIN": "M", "WE": "WE"}.get(unit, unit)


def _duration(fields: dict, anchor: dt.date | None, direction: int) -> Resolution:
    count = "X" if fields.get("count") is None else str(fields["count"])
    unit = fields["unit"]
    prefix = "PT" if unit in ("H", "MIN") else "P"
    if unit == "DE":  # TimeML writes a decade as ten years
        return Resolution("DURATION", f"P{int(count) * 10}Y" if count != "X" else "PXDE", None)
    return Resolution("DURATION", f"{prefix}{count}{_unit_letter(unit)}", None)


def _set(fields: dict, anchor: dt.date | None, direction: int) -> Resolution:
    if fields.get("adverb_value"):
        return Resolution("SET", fields["adverb_value"], None)
    if "season" in fields:
        return Resolution("SET", f"XXXX-{fields['season']}", None)
    if "weekday" in fields:
        return Resolution("SET", f"XXXX-WXX-{fields['weekday'] + 1}", None)
    return Resolution("SET", f"P1{_unit_letter(fields['unit'])}", None)


def _reference(fields: dict, anchor: dt.date | None, direction: int) -> Resolution:
    return Resolution("DATE", fields["ref"], None)


def _time(fields: dict, anchor: dt.date | None, direction: int) -> Resolution:
    if anchor is None:
        return Resolution("TIME", None, "time")
    zone = "Z" if fields.get("utc") else ""
    return Resolution(
        "TIME", f"{anchor.isoformat()}T{fields['hour']:02d}:{fields['minute']:02d}{zone}", "time"
    )


def _holiday(fields: dict, anchor: dt.date | None, direction: int) -> Resolution | None:
    return _month_day(fields, anchor, direction)


HANDLERS = {
    "absolute": _absolute,
    "month_day": _month_day,
    "month": _month_only,
    "season": _season,
    "weekday": _weekday,
    "deictic": _deictic,
    "relative_unit": _relative_unit,
    "ago": _ago,
    "year": _year,
    "decade": _decade,
    "quarter": _quarter,
    "duration": _duration,
    "set": _set,
    "reference": _reference,
    "time": _time,
    "holiday": _holiday,
    "century": _century,
    "anaphoric_unit": _anaphoric_unit,
    "same_unit": _anaphoric_unit,
    "weekend": _weekend,
}
