"""Wire datelines: "KYIV, April 17 (Wire) —", "UNITED NATIONS, June 14 (Reuters) -", "BEIJING -- ".

A dateline names the place and day of filing: its words are not part of the story (the actor and
event stages skip them), but its place tells whose "President", "foreign ministry" or "police" an
unqualified mention most likely is: a story filed from Chisinau about "President Maia Sandu" is
about Moldova's president.
"""

from __future__ import annotations

import re

from eventwire.countries import city_country, country_of
from eventwire.date_patterns import lexicon

# Capitals, an optional date and agency, then a dash, all at the very start of the text.
DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\- ]{1,40})"
    # the country or region of a less-known place: "PORT SUDAN, Sudan, May 7", "KINGSTOWN, St Vincent"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){0,3}))?"
    r"(?:,\s*(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:,\s*(?P<year>\d{4}))?)?"
    r"(?:\s*\([A-Za-z .]{2,30}\))?\s*(?:—|–|--|-)\s*"
)

# Filing places that are no country's: a story from the UN's seat is about no host country.
NO_COUNTRY_PLACES = frozenset({"UNITED NATIONS", "BRUSSELS", "GENEVA", "VIENNA", "THE HAGUE"})


def dateline_end(text: str) -> int:
    """Character offset where the dateline ends (0 when the text has none)."""
    match = DATELINE.match(text)
    return match.end() if match else 0


def dateline_country(text: str) -> str | None:
    """ISO3 code of the country the text is filed from ("MINSK, July 18 (Wire) —" -> BLR), if it has
    a dateline whose place is a known capital, country or sizeable city."""
    match = DATELINE.match(text)
    if match is None:
        return None
    place = match.group("place").strip(" -.")
    if place in NO_COUNTRY_PLACES:
        return None
    name = place.title()
    region = match.group("region")
    return country_of(name) or city_country(name) or (country_of(region) if region else None)


def dateline_day(text: str) -> tuple[int | None, int, int] | None:
    """The (year, month, day) of filing a dateline names ("LIMA, Jan 11 (Wire) —" -> (None, 1, 11));
    the year is None when the dateline gives none, as wire datelines mostly do."""
    match = DATELINE.match(text)
    if match is None or match.group("month") is None:
        return None
    month = lexicon().months.get(match.group("month").lower())
    day = int(match.group("day"))
    if month is None or not 1 <= day <= 31:
        return None
    year = match.group("year")
    return (int(year) if year else None), month, day
