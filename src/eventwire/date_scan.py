"""Finding the candidate temporal expressions of a text: the patterns of :mod:`eventwire.date_patterns`
tried where they can match.

:func:`scan` is the entry point. Run over a whole page, each of the ~25 case-insensitive patterns
tries every word, most of them nowhere near a date. But every match of a pattern holds an *anchor*
(PATTERN_ANCHORS: a number, a month, a unit...) and spans a bounded number of words, so each pattern
is tried only in the windows around its anchors (:mod:`eventwire.date_windows`). The answer is the
one :func:`scan_whole` gets trying every pattern everywhere, which the tests check.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from eventwire.date_patterns import Frame, frame_of, lexicon, rules
from eventwire.date_windows import Tokens, separator_bound, windows

Span = tuple[int, int]
Window = tuple[int, int, int]  # (start, stop, scan_end): a match starts in [start, stop)

# The anchor class that every match of a pattern holds (see anchor_words). When a pattern holds
# several (a full date has a month and numbers), the rarest is named: fewer windows to try.
PATTERN_ANCHORS = {
    "iso": "digit",
    "absolute": "month",
    "absolute_dmy": "month",
    "month_year": "month",
    "month_day": "month",
    "day_month": "month",
    "month": "month",
    "season": "season",
    "quarter": "unit",
    "holiday": "holiday",
    "weekday": "weekday",
    "deictic": "deictic",
    "this_part": "part",
    "ago": "ago",
    "relative_unit": "unit",
    "decade": "digit",
    "century": "century",
    "year": "digit",
    "year_short": "digit",
    "duration": "unit",
    "plural_duration": "unit",
    "set": "set",
    "set_adverb": "adverb",
    "reference": "reference",
    "anaphoric_unit": "unit",
    "same_unit": "unit",
    "weekend": "unit",
    "clock": "digit",
    "noon": "noon",
    "clock24": "digit",
    "numeric": "digit",
}
# In a match, an anchor word is never glued to a letter (nor a number to a digit): the patterns
# put a separator, an apostrophe or a dot between words, so runs of letters find every anchor word.
WORD = re.compile(r"[^\W_]+")
LETTERS = re.compile(r"[^\W\d_]+")
NUMBER = re.compile(r"\d+")


def scan(text: str) -> list[Frame]:
    """Every candidate expression in ``text``, longest match wins where they overlap."""
    tokens = Tokens.of(text)
    hits = _anchor_hits(text)
    bounds = separator_bounds()
    found: dict[tuple[str, int], list[Window]] = {}

    def windows_of(name: str) -> list[Window]:
        key = (PATTERN_ANCHORS[name], bounds[name])
        if key not in found:
            found[key] = windows(tokens, hits[key[0]], key[1])
        return found[key]

    return _choose(_candidates(text, windows_of))


def scan_whole(text: str) -> list[Frame]:
    """:func:`scan` trying every pattern at every position of the text: slower, the same answer."""
    return _choose(_candidates(text, lambda name: [(0, len(text), len(text))]))


@lru_cache(maxsize=1)
def anchor_words() -> dict[str, frozenset[str]]:
    """The words of each anchor class, case-folded. A lexicon entry of several words ("last night",
    "at present") is represented by its longest word: wherever the entry is, that word is too."""
    lex = lexicon()
    classes = {
        "month": lex.months,
        "weekday": lex.weekdays,
        "season": lex.seasons,
        "part": lex.parts_of_day,
        "unit": [*lex.units, "quarter", "days", "weeks", "months", "years", "decades", "centuries"],
        "holiday": lex.holidays,
        "deictic": lex.deictic_days,
        "reference": lex.references,
        "adverb": lex.set_adverbs,
        "ago": ["ago", "hence"],
        "century": ["century"],
        "noon": ["noon", "midday", "midnight"],
    }
    classes["set"] = [*classes["unit"], *lex.seasons, *lex.weekdays]
    return {
        name: frozenset(max(WORD.findall(entry.casefold()), key=len) for entry in map(str, entries))
        for name, entries in classes.items()
    }


@lru_cache(maxsize=1)
def separator_bounds() -> dict[str, int]:
    """Per pattern, the most runs of whitespace or hyphens its match (and its look-ahead) spans."""
    return {name: separator_bound(pattern.pattern, pattern.flags) for name, pattern in rules()}


@lru_cache(maxsize=1)
def _anchor_classes() -> dict[str, tuple[str, ...]]:
    """Each anchor word with the classes it is in ("may": month; "day": unit and holiday)."""
    classes: dict[str, tuple[str, ...]] = {}
    for name, words in anchor_words().items():
        for word in words:
            classes[word] = (*classes.get(word, ()), name)
    return classes


def _anchor_hits(text: str) -> dict[str, list[Span]]:
    """Where each anchor class occurs in ``text``: the spans of its words, and "digit" for numbers."""
    classes = _anchor_classes()
    hits: dict[str, list[Span]] = {name: [] for name in anchor_words()}
    hits["digit"] = [number.span() for number in NUMBER.finditer(text)]
    for word in LETTERS.finditer(text):
        for name in classes.get(word.group().casefold(), ()):
            hits[name].append(word.span())
    return hits


def _candidates(text: str, windows_of: Callable[[str], list[Window]]) -> list[Frame]:
    """The frames of every pattern's matches that start in one of its windows."""
    candidates: list[Frame] = []
    for order, (name, pattern) in enumerate(rules()):
        for start, stop, scan_end in windows_of(name):
            for match in pattern.finditer(text, start, scan_end):
                if match.start() >= stop:
                    break  # it starts in the next window (if any), which finds it
                frame = frame_of(name, match, text)
                if frame is not None:
                    candidates.append(frame)
                    frame.fields["_order"] = order
    return candidates


def _choose(candidates: list[Frame]) -> list[Frame]:
    """Longest first, then pattern order, then leftmost: the frames that overlap none chosen before."""
    candidates.sort(key=lambda f: (-(f.end - f.start), f.fields["_order"], f.start))
    chosen: list[Frame] = []
    taken: list[Span] = []
    for frame in candidates:
        if all(frame.end <= s or frame.start >= e for s, e in taken):
            frame.fields.pop("_order")
            chosen.append(frame)
            taken.append((frame.start, frame.end))
    return sorted(chosen, key=lambda f: f.start)
