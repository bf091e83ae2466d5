"""Find quoted stretches of text by pairing quotation marks (no parsing needed).

The scan works on characters so that it does not depend on how a tokenizer
splits marks from words. It follows news-copy conventions:

- curly pairs (“ ” ‘ ’ « ») open and close; straight double quotes toggle;
- single marks inside double ones are nested quotes, part of the outer quote;
- a quote left open at the end of a paragraph continues when the next
  paragraph opens with a mark again (one quote spanning paragraphs); if the
  next paragraph does not, the quote ends with its paragraph;
- a mark that opens while a quote is still open in the same paragraph means
  the earlier mark was never closed: the earlier quote ends just before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventwire.quote_lexicon import QuoteLexicon, load_lexicon

SENTENCE_END = ".!?…—–-"  # a broken-off utterance ("Because --") is complete too


@dataclass(slots=True, frozen=True)
class MarkedSpan:
    """One quoted stretch. ``start``/``end`` bound the text inside the marks."""

    open_mark: int
    close_mark: int  # index of the closing mark, or the end of the quote when unclosed
    start: int
    end: int
    closed: bool

    def covers(self, offset: int) -> bool:
        """Whether a character offset falls inside the marks (marks included)."""
        return self.open_mark <= offset <= self.close_mark


def _is_word_char(char: str) -> bool:
    return char.isalnum()


def _can_open(text: str, i: int) -> bool:
    """An opening mark follows a non-word char and precedes a non-space char."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not _is_word_char(before) and not after.isspace()


def _can_close_single(text: str, i: int) -> bool:
    """A closing ’ is not an apostrophe: no letter follows it (don’t, Kyiv’s)."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return not _is_word_char(after)


def _paragraph_end(text: str, i: int) -> int:
    newline = text.find("\n", i)
    return len(text) if newline < 0 else newline


def _next_paragraph_start(text: str, newline: int) -> int:
    """Index of the first non-space character after a paragraph break."""
    j = newline
    while j < len(text) and text[j].isspace():
        j += 1
    return j


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces, and the comma that news copy puts before a closing mark."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _span(text: str, open_mark: int, close_mark: int, closed: bool) -> MarkedSpan:
    start, end = _trim(text, open_mark + 1, close_mark)
    return MarkedSpan(open_mark, close_mark, start, end, closed)


class _Scanner:
    """State of one left-to-right scan; ``spans`` holds the result."""

    def __init__(self, text: str, lexicon: QuoteLexicon) -> None:
        self.text = text
        self.lexicon = lexicon
        self.spans: list[MarkedSpan] = []
        self.open_at: int | None = None
        self.closer: str = ""
        marks = {*lexicon.straight_marks, *lexicon.quote_pairs, *lexicon.quote_pairs.values(), "\n"}
        self.next_mark = _mark_pattern("".join(sorted(marks))).search

    def opener_at(self, i: int) -> str | None:
        """The closing mark expected if the char at ``i`` opens a quote, else None."""
        char = self.text[i]
        if char in self.lexicon.straight_marks and _can_open(self.text, i):
            return char
        if char in self.lexicon.quote_pairs and _can_open(self.text, i):
            return self.lexicon.quote_pairs[char]
        return None

    def open(self, i: int, closer: str) -> None:
        self.open_at, self.closer = i, closer

    def close(self, close_mark: int, closed: bool) -> None:
        assert self.open_at is not None
        self.spans.append(_span(self.text, self.open_at, close_mark, closed))
        self.open_at = None

    def closes_here(self, i: int) -> bool:
        char = self.text[i]
        if char != self.closer:
            return False
        if char in "’'":
            return _can_close_single(self.text, i)
        return True

    def run(self) -> list[MarkedSpan]:
        text, i = self.text, 0
        while i < len(text):
            # Any other character neither opens, closes nor breaks a quote: skip to the next mark.
            found = self.next_mark(text, i)
            if found is None:
                break
            i = found.start()
            char = text[i]
            if self.open_at is None:
                closer = self.opener_at(i)
                if closer:
                    self.open(i, closer)
            elif self.closes_here(i):
                self.close(i, closed=True)
            elif char == "\n":
                i = self.paragraph_break(i)
                continue
            elif self.opener_at(i) == self.closer and text[self.open_at] == char:
                # The same mark opens again in the same paragraph: the first was never closed.
                self.close(i, closed=False)
                self.open(i, self.closer)
            i += 1
        if self.open_at is not None:
            self.close(len(text), closed=False)
        return self.spans

    def paragraph_break(self, newline: int) -> int:
        """Handle a paragraph break inside an open quote; return where to scan next."""
        assert self.open_at is not None
        resume = _next_paragraph_start(self.text, newline)
        if resume < len(self.text) and self.text[resume] == self.text[self.open_at]:
            return resume + 1  # continuation mark: the same quote goes on
        self.close(newline, closed=False)
        return resume


@lru_cache(maxsize=4)
def _mark_pattern(marks: str) -> re.Pattern[str]:
    """A pattern for any of ``marks`` (the quotation marks, and the newline that ends a paragraph)."""
    return re.compile(f"[{re.escape(marks)}]")


def find_marked_spans(text: str, lexicon: QuoteLexicon | None = None) -> list[MarkedSpan]:
    """All top-level quoted stretches of ``text``, in order."""
    return _Scanner(text, lexicon or load_lexicon()).run()


def ends_like_utterance(text: str, span: MarkedSpan) -> bool:
    """Whether the quoted words end as speech does: “Bingley.”, “Yes,” he said, “But --”."""
    inner = text[span.open_mark + 1 : span.close_mark].rstrip(" \n")
    return bool(inner) and inner[-1] in SENTENCE_END + ",;"
