"""The grammar of temporal expressions: regular patterns built from the lexicon in data/dates.yaml.

:func:`rules` are the patterns and :func:`frame_of` turns a match into a :class:`Frame` that says
*what* was said ("the Monday", "last week", "June 24, 2022") without anchoring it; finding the
matches in a text is :mod:`eventwire.date_scan`'s job, anchoring them against the publication date
:mod:`eventwire.date_values`'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from eventwire.table_cache import load_yaml

# A 4-digit year we believe is a year (not a count): 1600-2099.
YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# A match starts a word: no letter, digit or hyphen before it; but a year may follow another and a
# hyphen ("2009-2010": each year is an expression), and the short year of a range follows one by
# design (its pattern's own look-behind says what must come before).
WORD_START = r"(?<![\w-])"
LEFT_GUARDS = {"year": r"(?:(?<![\w-])|(?<=\d{4}[-–]))", "year_short": ""}
WORD_END = r"(?![\w-])"
RIGHT_GUARDS = {"year": r"(?:(?![\w-])|(?=[-–]\d))"}
YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1}
ORDINAL_QUARTERS = {
    "final": 4,
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}


@dataclass(slots=True)
class Frame:
    """One expression found in the text, before anchoring: a kind plus its parsed fields."""

    start: int
    end: int
    kind: str
    fields: dict[str, Any] = field(default_factory=dict)
    guarded: bool = False  # accepted only with outside support (spaCy DATE entity or a preposition)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word lists of data/dates.yaml, as lookup tables (lower-cased keys)."""

    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    season_starts: dict[str, int]
    parts_of_day: dict[str, str]
    holidays: dict[str, str]
    modifiers: dict[str, str]
    relative: dict[str, int]
    units: dict[str, str]
    numbers: dict[str, int]
    vague_numbers: frozenset[str]
    references: dict[str, str]
    set_cues: frozenset[str]
    set_adverbs: dict[str, str]
    future_auxiliaries: frozenset[str]
    future_heads: frozenset[str]
    forward_heads: frozenset[str]
    temporal_prepositions: frozenset[str]
    duration_adjectives: frozenset[str]
    numeric_order: str
    deictic_days: dict[str, int]
    adverb_only_deictics: frozenset[str]


# A reference to the time the text last named; eventwire.date_anaphora gives it that time's value.
SAME_REF = "SAME_REF"


def _invert(table: dict[Any, list[str]]) -> dict[str, Any]:
    return {word.lower(): key for key, words in table.items() for word in words}


@lru_cache(maxsize=1)
def dates_config() -> dict[str, Any]:
    """``data/dates.yaml`` as parsed YAML, read once per process; the date modules take their
    sections of it (read-only)."""
    text = resources.files("eventwire.data").joinpath("dates.yaml").read_text(encoding="utf-8")
    return load_yaml(text)


@cache
def attachment_words(key: str) -> frozenset[str]:
    """A word list of the ``attachment`` section of ``data/dates.yaml`` ("period_prepositions")."""
    return frozenset(dates_config().get("attachment", {}).get(key, []))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The word lists of data/dates.yaml, as lookup tables."""
    raw = dates_config()
    references = {w: "PRESENT_REF" for w in raw["present_ref"]}
    references.update({w: "PAST_REF" for w in raw["past_ref"]})
    references.update({w: "FUTURE_REF" for w in raw["future_ref"]})
    references.update({w: SAME_REF for w in raw.get("same_ref", [])})
    return Lexicon(
        months={k: int(v) for k, v in _invert(raw["months"]).items()},
        weekdays={k: int(v) for k, v in _invert(raw["weekdays"]).items()},
        seasons={name: code for code, entry in raw["seasons"].items() for name in entry["names"]},
        season_starts={code: int(entry["starts"]) for code, entry in raw["seasons"].items()},
        parts_of_day=_invert(raw["parts_of_day"]),
        holidays=_invert(raw["holidays"]),
        modifiers=_invert(raw["modifiers"]),
        relative={k: int(v) for k, v in _invert(raw["relative"]).items()},
        units=_invert(raw["units"]),
        numbers={k: int(v) for k, v in _invert(raw["numbers"]).items()},
        vague_numbers=frozenset(raw["vague_numbers"]),
        references=references,
        set_cues=frozenset(raw["set_cues"]),
        set_adverbs=dict(raw["set_adverbs"]),
        future_auxiliaries=frozenset(raw["future_auxiliaries"]),
        future_heads=frozenset(raw["future_heads"]),
        forward_heads=frozenset(raw.get("forward_heads", [])),
        temporal_prepositions=frozenset(raw["temporal_prepositions"]),
        duration_adjectives=frozenset(raw["duration_adjectives"]),
        numeric_order=str(raw["numeric_date_order"]),
        deictic_days={k: int(v) for k, v in _invert(raw["deictic_days"]).items()},
        adverb_only_deictics=frozenset(raw["adverb_only_deictics"]),
    )


def _words(words: Iterable[object]) -> str:
    """A regex alternation of the words, longest first, a space matching any whitespace."""
    ordered = sorted({str(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in ordered)


def _alternation(words: Iterable[object], name: str) -> str:
    """A named regex group matching any of the words."""
    return rf"(?P<{name}>{_words(words)})"


def _names(table: dict[str, int], name: str) -> str:
    """A named group for month or weekday names: a full name, or an abbreviation with optional dot."""
    full = {word for word in table if len(word) > 4 or word in {"may", "june", "july"}}
    abbreviations = [word for word in table if word not in full]
    return rf"(?P<{name}>{_words(full)}|(?:{_words(abbreviations)})\.?)"


def _key(text: str) -> str:
    """Normalise matched words for lexicon lookup."""
    return re.sub(r"\s+", " ", text.lower().replace("’", "'")).rstrip(".")


@lru_cache(maxsize=1)
def rules() -> list[tuple[str, re.Pattern[str]]]:
    """The patterns, named after the kind of frame they produce; order breaks ties."""
    lex = lexicon()
    month = _names(lex.months, "month")
    weekday = _names(lex.weekdays, "weekday")
    season = _alternation(lex.seasons, "season")
    part = _alternation(lex.parts_of_day, "part")
    mod = r"(?:" + _alternation(lex.modifiers, "mod") + r"[\s-]+)?"
    rel = _alternation(lex.relative, "rel")
    unit = _alternation(lex.units, "unit")
    number = rf"(?P<num>\d+|{_words([*lex.numbers, *lex.vague_numbers])})"
    holiday = _alternation(lex.holidays, "holiday")
    ref = _alternation(lex.references, "ref")
    cue = _alternation(lex.set_cues, "cue")
    adverb = _alternation(lex.set_adverbs, "adverb")
    ordinal = _alternation(ORDINAL_QUARTERS, "ordinal")
    # Grouped: "\s+" follows whichever adjective matched. Ungrouped, it followed only the alternation's
    # last word, which varied with the process's string hashing, so "three straight weeks" was a
    # duration in some runs and not in others.
    adjective = rf"(?:{_words(lex.duration_adjectives)})"
    # "in March last year", "October of next year", "on May 3 this year": the month in that year
    year_of = r"(?:,?\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year\b)?"
    patterns = {
        "iso": r"(?P<year>\d{4})-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)",
        "absolute": rf"(?:{weekday},?\s+)?{month}\s+{DAY},?\s+{YEAR}",
        "absolute_dmy": rf"(?:{weekday},?\s+)?{DAY}\s+(?:of\s+)?{month},?\s+{YEAR}",
        "month_year": rf"{mod}{month},?\s+(?:of\s+)?{YEAR}",
        "month_day": rf"(?:{weekday},?\s+)?{month}\s+{DAY}(?!\d|:|,?\s+(?:1[6-9]|20)\d\d\b){year_of}",
        "day_month": rf"(?:{weekday},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{month}",
        "month": rf"{mod}(?:{rel}\s+)?{month}{year_of}",
        "season": rf"{mod}(?:{rel}\s+|the\s+)?{season}(?:\s+(?:of\s+)?{YEAR})?",
        "quarter": rf"(?:the\s+)?(?:{ordinal}|{rel})(?:\s+fiscal)?[\s-]+quarter"
        rf"(?:\s+(?:of\s+)?(?:{YEAR}|(?P<qrel>last|this|next)\s+year))?",
        "holiday": rf"{holiday}(?:,?\s+{YEAR})?",
        "weekday": rf"{mod}(?:{rel}\s+)?{weekday}(?:\s+{part})?",
        "deictic": rf"(?P<word>{_words(lex.deictic_days)})(?:\s+{part})?",
        "this_part": rf"this\s+{part}",
        "ago": rf"{number}[\s-]+{unit}\s+(?P<dir>ago|hence)",
        "relative_unit": rf"{mod}(?:the\s+)?{rel}\s+(?:fiscal\s+)?{unit}",
        "decade": rf"(?:the\s+)?{mod}(?:(?P<decade>1[6-9]\d0|20\d0)|['’](?P<short>\d0)|(?<=the\s)(?P<bare>[2-9]0))['’]?s\b",
        "century": r"(?:the\s+)?(?P<nth>1\d|2[01])(?:st|nd|rd|th)[\s-]+century",
        "year": rf"{mod}(?:(?:fiscal|FY)\s*)?{YEAR}(?![\d,.]\d)",
        # the second year of a range given short: "1957-58", "the 2014-15 season"
        "year_short": r"(?<=\b(?P<century>1[6-9]|20)(?P<first>\d\d)[-–])(?P<short>\d\d)",
        "duration": rf"(?:the\s+(?P<span>past|last|next|first|previous)\s+)?{number}[\s-]+(?:{adjective}\s+)?{unit}(?:-long)?",
        # "for days"; "hours later" (the same day, counted from the last day named: date_anaphora)
        "plural_duration": r"(?P<plural>(?<=for\s)(?:days|weeks|months|years|decades|centuries)"
        r"|(?:hours|minutes)(?=\s+(?:later|earlier)\b))",
        "set": rf"{cue}\s+(?:other\s+)?(?:{unit}|{season}|{weekday})",
        "set_adverb": adverb,
        "reference": ref,
        # after "reference", which wins a tie: "that day" is a same_ref entry; "of that year" is not
        # a unit of its own but the year of the month before it (eventwire.date_anaphora)
        "anaphoric_unit": rf"(?<!\bof\s){mod}(?:{_words(_unit_determiners())})\s+{unit}",
        # "the same month", "the same week": as "that month", unless told as a comparison ("up 3%
        # from the same month last year"): anaphora.same_unit in data/dates.yaml
        "same_unit": _same_unit(unit),
        # "over the weekend", "at the weekend": the last weekend, or the next one when told as future
        "weekend": _weekend(),
        "clock": r"(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\b\.?)",
        "noon": r"(?P<word>noon|midday|midnight)",
        "clock24": r"(?P<hour>[01]?\d|2[0-3]):?(?P<minute>[0-5]\d)\s+(?P<zone>UTC|GMT)\b",
        "numeric": r"(?P<first>[01]?\d)/(?P<second>[0-3]?\d)/(?P<numyear>(?:19|20)?\d\d)",
    }
    return [
        (
            name,
            re.compile(rf"{LEFT_GUARDS.get(name, WORD_START)}{body}{RIGHT_GUARDS.get(name, WORD_END)}", re.I),
        )
        for name, body in patterns.items()
    ]


def _same_unit(unit: str) -> str:
    """ "the same month": a unit of the last date named, not preceded or followed by the words of a
    comparison (``anaphora.same_unit`` in data/dates.yaml)."""
    data = dates_config().get("anaphora", {}).get("same_unit", {})
    if not data.get("units"):
        return r"(?!x)x"
    before = "".join(rf"(?<!\b{re.escape(str(w))}\s)" for w in data.get("not_after", []))
    after = _words(data.get("not_before", []))
    units = _words(data["units"])
    guard = rf"(?!\s+(?:{after})\b)" if after else ""
    return rf"{before}(?:the|that)\s+same\s+(?=(?:{units})\b){unit}{guard}"


def _weekend() -> str:
    """ "the weekend" after a preposition of time (``weekend_prepositions`` in data/dates.yaml)."""
    words = dates_config().get("weekend_prepositions", [])
    if not words:
        return r"(?!x)x"
    after = "|".join(rf"(?<=\b{re.escape(str(w))}\s)" for w in words)
    return rf"(?:{after})the\s+(?P<weekend>weekend)"


def _unit_determiners() -> list[str]:
    """The words that point a unit back at the text's last date ("that month"): ``anaphora`` in
    data/dates.yaml."""
    return [str(w) for w in dates_config().get("anaphora", {}).get("unit_determiners", [])]


def _number(groups: dict[str, str | None]) -> int | None:
    """The count of a duration: an int, or None for a vague one ("several days")."""
    if groups.get("num") is None:
        return 1
    word = _key(groups["num"])
    if word.isdigit():
        return int(word)
    return lexicon().numbers.get(word)


def frame_of(name: str, match: re.Match[str], text: str) -> Frame | None:
    """Turn a regex match into a Frame with looked-up fields (or None to reject it)."""
    lex = lexicon()
    g = {k: v for k, v in match.groupdict().items() if v is not None}
    fields: dict[str, Any] = {}
    if "month" in g:
        fields["month"] = lex.months[_key(g["month"])]
    if "mnum" in g:
        fields["month"] = int(g["mnum"])
    if "year" in g:
        fields["year"] = int(g["year"])
    if "day" in g:
        fields["day"] = int(g["day"])
        if not 1 <= fields["day"] <= 31:
            return None
    for group, table in (("weekday", lex.weekdays), ("season", lex.seasons), ("part", lex.parts_of_day)):
        if group in g:
            fields[group] = table[_key(g[group])]
    if "mod" in g:
        fields["mod"] = lex.modifiers[_key(g["mod"])]
    if "rel" in g:
        fields["offset"] = lex.relative[_key(g["rel"])]
        fields["rel_word"] = _key(g["rel"])
    if "unit" in g:
        fields["unit"] = lex.units[_key(g["unit"])]
    if "yrel" in g:
        fields["year_offset"] = YEAR_OFFSETS[_key(g["yrel"])]
    kind, guarded = name, False
    if not _capitalised(g):
        return None
    if name in {"absolute", "absolute_dmy", "iso", "month_year"}:
        kind = "absolute"
    elif name in {"month_day", "day_month"}:
        kind = "month_day"
    elif name == "month":
        guarded = not ({"offset", "mod", "year_offset"} & fields.keys())
        if guarded and not re.fullmatch(r"[A-Z][a-z]{4,}|May|June|July", g["month"]):
            return None  # "Jan" or "DEC" alone is too often a name or an acronym
    elif name == "weekday" and not re.fullmatch(r"[A-Za-z]+day|[A-Za-z]+\.", g["weekday"]):
        if not ({"offset", "mod", "part"} & fields.keys()):
            return None  # "Sun" or "Wed" alone, without its dot, is too often a name ("Sun Weidong")
    elif name == "season":
        # "spring" and "fall" are also common words: want "the/this/last", a modifier or a year.
        guarded = not ({"offset", "mod", "year"} & fields.keys())
    elif name == "year":
        guarded = "mod" not in fields and not re.match(r"(?:fiscal|fy)", match.group(0), re.IGNORECASE)
    elif name == "year_short":
        first, short = int(g["first"]), int(g["short"])
        if short <= first:
            return None  # "2009-05" is no range of years
        kind, fields["year"] = "year", int(g["century"]) * 100 + short
    elif name == "decade":
        fields["decade"] = g["decade"][:3] if "decade" in g else "19" + g.get("short", g.get("bare", ""))[0]
    elif name == "quarter":
        if "ordinal" in g:
            fields["quarter"] = ORDINAL_QUARTERS[_key(g["ordinal"])]
        elif fields["rel_word"] == "last" and ("year" in g or "qrel" in g):
            fields["quarter"] = 4  # "the last quarter of 2009"
        if "qrel" in g:
            fields["year_offset"] = YEAR_OFFSETS[_key(g["qrel"])]
    elif name == "century":
        fields["century"] = str(int(g["nth"]) - 1)
    elif name == "holiday":
        fields["month"], fields["day"] = (int(x) for x in lex.holidays[_key(g["holiday"])].split("-"))
    elif name == "deictic":
        fields["offset"] = lex.deictic_days[_key(g["word"])]
    elif name == "this_part":
        kind, fields["offset"] = "deictic", 0
    elif name == "ago":
        fields["count"] = _number(g)
        fields["offset_sign"] = -1 if _key(g["dir"]) == "ago" else 1
        if fields["count"] is None:
            return None
    elif name in {"duration", "plural_duration"}:
        kind = "duration"
        fields["count"] = _number(g) if name == "duration" else None
        if name == "plural_duration":
            fields["unit"] = lex.units[_key(g["plural"])]
        if g.get("num", "").isdigit() and len(g["num"]) == 4:
            return None  # "2010 years" is never meant
    elif name in {"set", "set_adverb"}:
        kind = "set"
        fields["adverb_value"] = lex.set_adverbs.get(_key(g.get("adverb", "")))
    elif name == "reference":
        fields["ref"] = lex.references[_key(g["ref"])]
    elif name == "numeric":
        return _numeric(match, g)
    elif name in {"clock", "noon", "clock24"}:
        kind = "time"
        fields.update(_clock(g))
    return Frame(match.start(), match.end(), kind, fields, guarded)


def _capitalised(groups: dict[str, str]) -> bool:
    """Month and weekday names count only when capitalised ("sat", "march" and "may" are words)."""
    return all(groups[name][0].isupper() for name in ("month", "weekday") if name in groups)


def _clock(g: dict[str, str]) -> dict[str, Any]:
    if "word" in g:
        return {"hour": 0 if _key(g["word"]) == "midnight" else 12, "minute": 0}
    hour = int(g["hour"])
    if "ampm" in g:
        hour = hour % 12 + (12 if g["ampm"].lower().startswith("p") else 0)
    return {"hour": hour, "minute": int(g.get("minute") or 0), "utc": "zone" in g}


def _numeric(match: re.Match[str], g: dict[str, str]) -> Frame | None:
    """7/8/07 or 8/7/2007, read in the order data/dates.yaml sets (news wires differ)."""
    first, second = int(g["first"]), int(g["second"])
    month, day = (first, second) if lexicon().numeric_order == "MDY" else (second, first)
    year = int(g["numyear"])
    year += 0 if year > 99 else (2000 if year < 50 else 1900)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Frame(match.start(), match.end(), "absolute", {"year": year, "month": month, "day": day})
