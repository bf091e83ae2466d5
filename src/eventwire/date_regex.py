"""How many runs of separators (whitespace or hyphens) a match of a date pattern can hold, read off
the pattern's text.

:mod:`eventwire.date_windows` needs that bound to scan only near anchor words. Python's own parse
tree of a pattern lives in a private module that changes between versions, so the pattern is read
here: a small reader of the regular-expression syntax the date patterns use (groups, look-arounds,
alternation, classes, escapes and quantifiers). Anything it does not know (a back-reference, a
conditional) makes the bound UNBOUNDED, which only makes a window larger, never a match lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNBOUNDED = 10**6
SEPARATOR = re.compile(r"[\s-]")
# Escapes of a class of characters: whether the class holds a separator, and holds nothing else.
CLASS_ESCAPES = {"s": (True, True), "S": (True, False), "d": (False, False), "D": (True, False)}
CLASS_ESCAPES |= {"w": (False, False), "W": (True, False)}
ZERO_WIDTH_ESCAPES = frozenset("bBAZ")  # like "^" and "$": they read the next character at most
CHARACTER_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}
# "{,3}" and "{2,}" as Python reads them; a "{" that starts none of these is a literal.
QUANTIFIER = re.compile(r"\*|\+|\?|\{(\d+)\}|\{(\d*),(\d*)\}")


@dataclass(frozen=True, slots=True)
class Piece:
    """One item of a pattern: how many separator runs it can match, and whether it is a single
    character that can only be a separator (then "x+" is still one run, however long)."""

    bound: int
    only_separators: bool = False


def separator_bound(pattern: str) -> int:
    """The most separator runs a match of ``pattern`` (with what its look-aheads read) can contain."""
    reader = _Reader(pattern)
    bound = reader.alternation()
    return bound if reader.at_end() else UNBOUNDED


def _is_separator(character: str) -> bool:
    return SEPARATOR.fullmatch(character) is not None


class _Reader:
    """A recursive-descent reader of one pattern's text."""

    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.position = 0

    def at_end(self) -> bool:
        return self.position >= len(self.text)

    def _peek(self, count: int = 1) -> str:
        return self.text[self.position : self.position + count]

    def _take(self, count: int = 1) -> str:
        taken = self._peek(count)
        self.position += count
        return taken

    def alternation(self) -> int:
        """Branches separated by "|", up to a closing ")" or the end: the largest branch's bound."""
        branches = [self._sequence()]
        while self._peek() == "|":
            self._take()
            branches.append(self._sequence())
        return max(branches)

    def _sequence(self) -> int:
        total = 0
        while not self.at_end() and self._peek() not in "|)":
            total = min(UNBOUNDED, total + self._quantified(self._atom()))
        return total

    def _quantified(self, piece: Piece) -> int:
        found = QUANTIFIER.match(self.text, self.position)
        if found is None:
            return piece.bound
        self.position = found.end()
        if self._peek() in ("?", "+"):  # lazy or possessive: the same repetitions
            self._take()
        if piece.bound == 0:
            return 0
        if piece.only_separators:
            return 1  # "\s+", "[\s-]+": however long, one run of separators
        high = _highest_count(found)
        return UNBOUNDED if high is None else min(UNBOUNDED, piece.bound * high)

    def _atom(self) -> Piece:
        character = self._take()
        if character == "(":
            return self._group()
        if character == "[":
            return self._class()
        if character == "\\":
            return self._escape()
        if character in ".^$":
            return Piece(1)  # "." may be a separator; "^" and "$" are read as "\b" is
        return Piece(int(_is_separator(character)), _is_separator(character))

    def _group(self) -> Piece:
        lookbehind = False
        if self._peek() == "?":
            self._take()
            kind = self._take()
            if kind == "P" and self._peek() == "<":
                self.position = self.text.index(">", self.position) + 1
            elif kind == "<" and self._peek() in ("=", "!"):
                self._take()
                lookbehind = True  # it reads text before the match's start
            elif kind not in (":", "=", "!"):
                return self._skip_group()  # a back-reference, a conditional or flags: assume the worst
        bound = self.alternation()
        if self._take() != ")":
            return Piece(UNBOUNDED)
        return Piece(0 if lookbehind else bound)

    def _skip_group(self) -> Piece:
        depth = 1
        while depth and not self.at_end():
            character = self._take()
            if character == "\\":
                self._take()
            elif character in "()":
                depth += 1 if character == "(" else -1
        return Piece(UNBOUNDED)

    def _escape(self) -> Piece:
        letter = self._take()
        if letter in CLASS_ESCAPES:
            may, only = CLASS_ESCAPES[letter]
            return Piece(int(may), only)
        if letter in ZERO_WIDTH_ESCAPES:
            return Piece(1)
        if letter.isdigit():
            return Piece(UNBOUNDED)  # a back-reference
        literal = CHARACTER_ESCAPES.get(letter, letter)
        return Piece(int(_is_separator(literal)), _is_separator(literal))

    def _class(self) -> Piece:
        """A character class "[...]": may it match a separator, and only separators?"""
        negated = self._peek() == "^"
        if negated:
            self._take()
        may, only, first = False, True, True
        while not self.at_end() and (self._peek() != "]" or first):
            first = False
            item_may, item_only = self._class_item()
            may, only = may or item_may, only and item_only
        self._take()  # the closing "]"
        if negated:
            return Piece(1)
        return Piece(int(may), only and may)

    def _class_item(self) -> tuple[bool, bool]:
        character = self._take()
        if character == "\\":
            letter = self._take()
            if letter in CLASS_ESCAPES:
                return CLASS_ESCAPES[letter]
            character = CHARACTER_ESCAPES.get(letter, letter)
        if self._peek() == "-" and self._peek(2) != "-]" and len(self._peek(2)) == 2:
            self._take()
            high = self._take()
            if high == "\\":
                high = CHARACTER_ESCAPES.get(self._take(), self.text[self.position - 1])
            low_code, high_code = ord(character), ord(high)
            if high_code - low_code >= 4096:
                return True, False
            may = any(_is_separator(chr(code)) for code in range(low_code, high_code + 1))
            return may, False
        return _is_separator(character), _is_separator(character)


def _highest_count(found: re.Match[str]) -> int | None:
    """The most repetitions a quantifier allows; None when unlimited."""
    text = found.group(0)
    if text == "?":
        return 1
    if text in ("*", "+"):
        return None
    exact, _low, high = found.groups()
    if exact is not None:
        return int(exact)
    return int(high) if high else None
