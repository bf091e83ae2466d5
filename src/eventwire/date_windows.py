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
from re import _constants as sre  # the parse tree of a pattern: the bound is read from it
from re import _parser as sre_parser

# Words (tokens) are maximal runs of characters other than whitespace and hyphens: the patterns
# join their words with \s+ or [\s-]+, so a match of n separators spans at most n + 1 tokens.
TOKEN = re.compile(r"[^\s-]+")
SEPARATOR = re.compile(r"[\s-]")
UNBOUNDED = 10**6


def separator_bound(pattern: str, flags: int = 0) -> int:
    """The most separator runs (of whitespace or hyphens) a match of ``pattern`` can contain,
    counting what its look-aheads read; UNBOUNDED if the pattern can repeat words without limit."""
    return _bound(sre_parser.parse(pattern, flags).data)


def _bound(items: Iterable[tuple]) -> int:
    return min(UNBOUNDED, sum(_item_bound(op, arg) for op, arg in items))


def _item_bound(op: object, arg: object) -> int:
    if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
        return 1 if _may_be_separator(op, arg) else 0
    if op is sre.AT:
        return 1  # "\b" reads the next character, which may be a separator
    if op is sre.SUBPATTERN:
        return _bound(arg[-1])
    if op is sre.BRANCH:
        return max(_bound(branch) for branch in arg[1])
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return 0 if arg[0] < 0 else _bound(arg[1])  # a look-behind reads text before the start
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        _low, high, body = arg
        inner = _bound(body)
        if inner == 0:
            return 0
        if len(body) == 1 and _only_separators(*body[0]):
            return 1  # "\s+", "[\s-]+": however long, one run of separators
        return UNBOUNDED if high == sre.MAXREPEAT else min(UNBOUNDED, inner * high)
    return UNBOUNDED  # anything else (back-references, conditionals): assume the worst


def _is_separator(code: int) -> bool:
    return SEPARATOR.fullmatch(chr(code)) is not None


def _may_be_separator(op: object, arg: object) -> bool:
    """Whether a one-character item (a literal, a class, ".") can match a separator; when unsure, yes."""
    if op is sre.LITERAL:
        return _is_separator(arg)
    if op is not sre.IN:
        return True  # "." or "[^x]"
    for item_op, item_arg in arg:
        if item_op is sre.LITERAL and not _is_separator(item_arg):
            continue
        if item_op is sre.CATEGORY and item_arg in (sre.CATEGORY_DIGIT, sre.CATEGORY_WORD):
            continue
        low, high = item_arg if item_op is sre.RANGE else (0, 0x10FFFF)
        if high - low < 4096 and not any(_is_separator(code) for code in range(low, high + 1)):
            continue
        return True
    return False


def _only_separators(op: object, arg: object) -> bool:
    r"""Whether a one-character item matches nothing but separators ("\s", "[\s-]", " ")."""
    if op is sre.LITERAL:
        return _is_separator(arg)
    if op is not sre.IN:
        return False
    return all(
        (item_op is sre.CATEGORY and item_arg == sre.CATEGORY_SPACE)
        or (item_op is sre.LITERAL and _is_separator(item_arg))
        for item_op, item_arg in arg
    )


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
