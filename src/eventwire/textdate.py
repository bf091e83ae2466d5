"""Find the publication date that a flattened web page states near its top.

A *dateline* is a line that says when the article appeared: a labelled one ("Published: June
24, 2022", "Updated 3:05 PM EDT, Fri June 24, 2022", "date 2022-06-24"), a line that is little
more than a date ("24 Jun, 2022 01:25", "By Jane Doe | 24 June 2022"), or an agency dateline
opening the first paragraph ("KYIV, Ukraine, June 24, 2022 (AP) — ..."). Dates inside sentences
of prose are events, not datelines, and are ignored. Only full dates (day, month and year) count:
a missing year, a relative date or an ambiguous numeric date gives no answer rather than a guess.
The vocabulary (labels, month names, date shapes, window sizes) is in ``data/chrome.yaml``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from eventwire.chrome_rules import chrome_config

# Preference between kinds of dateline: lower wins, then the earliest line.
RANK_PUBLISHED = 0
RANK_DATE_LINE = 1
RANK_UPDATED = 2
# How far after a label the date may start ("Updated 3:05 PM EDT, Fri June 24, 2022").
LABEL_REACH = 40
FALLBACK_YEAR = re.compile(r"(?<!\d)(19|20)\d{2}(?!\d)")
TIME_OR_ZONE = re.compile(r"\b\d{1,2}[:.]\d{2}(:\d{2})?\b|\b(am|pm|a\.m\.|p\.m\.)|\b[A-Z]{2,5}\b")
WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A full date found in a string: where it is and its ISO form."""

    start: int
    end: int
    iso: str


@dataclass(frozen=True, slots=True)
class DatelineRules:
    """The dateline vocabulary from the YAML, compiled once."""

    shapes: tuple[re.Pattern[str], ...]
    months: dict[str, int]
    published_label: re.Pattern[str]
    updated_label: re.Pattern[str]
    agency_before: re.Pattern[str]
    agency_after: re.Pattern[str]
    lines_after_body_start: int
    max_words_besides_date: int


def _label_pattern(labels: Sequence[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    # The label may be followed by a connecting word ("on", German "am", French "le") or a colon.
    return re.compile(rf"(?<!\w)({alternatives})(?!\w)\s*(on|at|am|le|el|il|:|-|—)?\s*", re.IGNORECASE)


@lru_cache(maxsize=1)
def dateline_rules() -> DatelineRules:
    config: dict[str, Any] = chrome_config()["datelines"]
    months = {str(name).lower(): int(number) for number, names in config["months"].items() for name in names}
    month_alternation = "(?:" + "|".join(sorted(months, key=len, reverse=True)) + r")(?![^\W\d_])"
    shapes = tuple(
        re.compile(shape.replace("{month}", month_alternation), re.IGNORECASE) for shape in config["shapes"]
    )
    return DatelineRules(
        shapes=shapes,
        months=months,
        published_label=_label_pattern(config["published_labels"]),
        updated_label=_label_pattern(config["updated_labels"]),
        agency_before=re.compile(config["agency_dateline_before"]),
        agency_after=re.compile(config["agency_dateline_after"]),
        lines_after_body_start=int(config["lines_after_body_start"]),
        max_words_besides_date=int(config["max_words_besides_date"]),
    )


def _month_number(value: str, months: dict[str, int]) -> int | None:
    value = value.lower().rstrip(".")
    return int(value) if value.isdigit() else months.get(value)


def _day_and_month(parts: dict[str, str | None], months: dict[str, int]) -> tuple[int, int] | None:
    """Day and month of a shape match; None when a slashed date could be read both ways."""
    if parts.get("first") is not None:
        first, second = int(parts["first"] or 0), int(parts["second"] or 0)
        if first > 12 >= second:
            return first, second
        if second > 12 >= first:
            return second, first
        return (first, second) if first == second else None
    month = _month_number(parts["month"] or "", months)
    return (int(parts["day"] or 0), month) if month else None


def _to_iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[DateMatch]:
    """Every full date in ``text`` (earliest first), normalised to ``YYYY-MM-DD``."""
    rules = dateline_rules()
    found: list[DateMatch] = []
    for shape in rules.shapes:
        for match in shape.finditer(text):
            day_month = _day_and_month(match.groupdict(), rules.months)
            iso = _to_iso(int(match["year"]), day_month[1], day_month[0]) if day_month else None
            overlaps = any(match.start() < hit.end and hit.start < match.end() for hit in found)
            if iso and not overlaps:
                found.append(DateMatch(match.start(), match.end(), iso))
    return sorted(found, key=lambda hit: hit.start)


def _dateparser_date(snippet: str) -> str | None:
    """Parse a labelled date in another language with dateparser (only with an explicit year)."""
    if not FALLBACK_YEAR.search(snippet):
        return None
    import dateparser  # slow to import: only needed for dates our shapes do not cover

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = dateparser.parse(snippet, settings=settings)
    return parsed.date().isoformat() if parsed else None


def _labelled_date(line: str, label: re.Pattern[str], reads_as_prose: bool) -> str | None:
    """The date right after a label such as "Published:" (a prose line must start with it)."""
    for match in label.finditer(line):
        if reads_as_prose and match.start() > 0:
            continue
        tail = line[match.end() :]
        dates = [hit for hit in find_dates(tail) if hit.start <= LABEL_REACH]
        if dates:
            return dates[0].iso
        fallback = _dateparser_date(tail[: LABEL_REACH + 20])
        if fallback:
            return fallback
    return None


def date_line(line: str, max_other_words: int) -> str | None:
    """The date of a line that is little more than a date (plus a byline, time or zone)."""
    dates = find_dates(line)
    if not dates:
        return None
    rest = line[: dates[0].start] + " " + line[dates[0].end :]
    rest = TIME_OR_ZONE.sub(" ", rest)
    return dates[0].iso if len(WORD.findall(rest)) <= max_other_words else None


def _agency_dateline(line: str, rules: DatelineRules) -> str | None:
    """The date of "PLACE, Month D, YYYY (Agency) — ..." opening a paragraph."""
    for hit in find_dates(line)[:1]:
        if rules.agency_before.match(line[: hit.start]) and rules.agency_after.match(line[hit.end :]):
            return hit.iso
    return None


def _window(lines: Sequence[str], body_start: int | None, extra: int) -> list[int]:
    """Indexes of the lines to search: before the body plus ``extra`` non-blank ones after."""
    start = len(lines) if body_start is None else body_start
    indexes = [i for i in range(min(start, len(lines))) if lines[i].strip()]
    after = [i for i in range(start, len(lines)) if lines[i].strip()][:extra]
    return indexes + after


def find_dateline(lines: Sequence[str], body_start: int | None, prose: Collection[int]) -> str | None:
    """The publication date stated at the top of a page, as ``YYYY-MM-DD``, or None.

    ``lines`` are the page's lines, ``body_start`` the index of the article's first sentence
    (None when there is none) and ``prose`` the indexes of lines that read as prose.
    """
    rules = dateline_rules()
    best: tuple[int, int, str] | None = None
    for index in _window(lines, body_start, rules.lines_after_body_start):
        line = lines[index].strip()
        candidates = [
            (RANK_PUBLISHED, _labelled_date(line, rules.published_label, index in prose)),
            (RANK_UPDATED, _labelled_date(line, rules.updated_label, index in prose)),
        ]
        if index not in prose:
            candidates.append((RANK_DATE_LINE, date_line(line, rules.max_words_besides_date)))
        elif index == body_start:
            candidates.append((RANK_DATE_LINE, _agency_dateline(line, rules)))
        for rank, iso in candidates:
            if iso and (best is None or (rank, index) < best[:2]):
                best = (rank, index, iso)
    return best[2] if best else None
