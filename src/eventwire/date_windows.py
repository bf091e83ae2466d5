"""Where in a text the date patterns can match: the stretches around an anchor word, for speed.

:func:`eventwire.date_scan.scan` runs some 25 case-insensitive patterns; run over a whole page,
each tries every word of it, most of which are nowhere near a date. Every pattern's match holds an
*anchor*: a digit or a word of one of the lexicon's closed lists (a month, weekday, season, part of
day, unit, holiday, "today"-word, "now"-word, "daily"-word). And a match spans only a bounded number
of words, a bound :func:`separator_bound` reads off the patterns themselves. So matches can only lie
within that many words of an anchor: :func:`windows` gives those stretches and the patterns need
try nothing else.

The result is the same as scanning the whole text, not an approximation: a window starts at a word
boundary with the real text before it (the patterns' look-behinds see it), no match crosses from one
window into another, and a window is scanned on past its end far enough that no attempt of a pattern
started inside it can tell the text was cut (see :func:`windows`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from eventwire.date_regex import UNBOUNDED as UNBOUNDED
from eventwire.date_regex import separator_bound as read_separator_bound

# Words (tokens) are maximal runs of characters other than whitespace and hyphens: the patterns
# join their words with \s+ or [\s-]+, so a match of n separators spans at most n + 1 tokens.
TOKEN = re.compile(r"[^\s-]+")


def separator_bound(pattern: str, flags: int = 0) -> int:
    """The most separator runs (of whitespace or hyphens) a match of ``pattern`` can contain,
    counting what its look-aheads read; UNBOUNDED if the pattern can repeat words without limit
    (:mod:`eventwire.date_regex` reads the pattern; ``flags`` are accepted for callers that pass a
    compiled pattern's, and change no count: re.VERBOSE could only make it larger than needed)."""
    return read_separator_bound(pattern)


@dataclass(frozen=True, slots=True)
class Tokens:
    """The tokens of a text (runs of characters other than whitespace and hyphens), found once."""

    spans: list[tuple[int, int]]
    starts: list[int]
    length: int

    @classmethod
    def of(cls, text: str) -> Tokens:
        spans = [(token.start(), token.end()) for token in TOKEN.finditer(text)]
        return cls(spans, [start for start, _ in spans], len(text))

    def index(self, position: int) -> int:
        """The index of the token at (or last before) ``position``."""
        return max(0, bisect.bisect_right(self.starts, position) - 1)


def windows(tokens: Tokens, hits: Iterable[tuple[int, int]], bound: int) -> list[tuple[int, int, int]]:
    """The stretches of a text where a match can start, as (start, stop, scan_end) triples.

    Every match holds a hit (an anchor) and at most ``bound`` separator runs (see
    :func:`separator_bound`), so it starts at most ``bound`` + 1 tokens before a hit, and before the
    hit ends: a window runs from there to the end of its last hit's token. A pattern tried from any
    start inside reads at most ``bound`` runs on, so a window is scanned up to ``bound`` + 2 tokens
    past its stop: the pattern cannot tell the text was cut there. Overlapping windows are merged;
    a match starting at or after ``stop`` belongs to the next window (if any).
    """
    spans = tokens.spans
    found: list[tuple[int, int, int]] = []
    if not spans:
        return found
    for hit_start, hit_end in hits:
        start = min(spans[max(0, tokens.index(hit_start) - bound - 1)][0], hit_start)
        last = tokens.index(hit_end - 1)
        stop = max(hit_end, spans[last][1])
        after = last + bound + 2
        scan_end = spans[after][0] if after < len(spans) else tokens.length
        if found and start <= found[-1][1]:
            previous = found[-1]
            found[-1] = (previous[0], max(previous[1], stop), max(previous[2], scan_end))
        else:
            found.append((start, stop, scan_end))
    return found
