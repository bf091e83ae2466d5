"""Matching token runs against the tables: the country lexicon (:func:`match_lexicon`) and the word-tuple
tables of roles.yaml (:func:`match_words`), with the cheap first-word tests that let most tokens fail
at once. The primitives under :mod:`eventwire.actor_patterns` and the actor rules."""

from __future__ import annotations

import re
from functools import lru_cache

from eventwire.actor_tables import fold
from eventwire.countries import LexEntry, lexicon, lookup, max_form_length, read_in_document, region_names
from eventwire.token_view import Words

LEADING_LETTERS = re.compile(r"[a-z]*")
MAX_WORDS = 5  # longest title/organisation key in words


@lru_cache(maxsize=1)
def lexicon_first_words() -> frozenset[str]:
    """First tokens of the lexicon's forms; a hyphenated name's first part too, as the tokenizer splits
    "Timor-Leste" and "Guinea-Bissau" at the hyphen."""
    firsts = (form.split()[0] for form in lexicon())
    return frozenset(part for first in firsts for part in {first, first.split("-")[0]} if part)


def match_lexicon(doc: Words, i: int, end: int) -> tuple[int, LexEntry] | None:
    """The longest country/demonym/capital/seat/IGO/group form starting at token i."""
    if doc[i].text not in lexicon_first_words() and doc[i].text not in {"The"}:
        return None
    found = doc.lexicon_matches.get((i, end), NOT_ASKED)
    if found is NOT_ASKED:  # kept per document: answers are tuples of a frozen entry, never changed
        found = doc.lexicon_matches[i, end] = _longest_form(doc, i, end)
    return found


NOT_ASKED = object()


def _longest_form(doc: Words, i: int, end: int) -> tuple[int, LexEntry] | None:
    for j in range(min(end, i + max_form_length() + 2), i, -1):
        surface = doc.text_of(i, j)
        entry = lookup(surface)
        if entry is not None and not _inside_longer_name(doc, surface, j, end):
            if i > 0 and doc.text_of(i - 1, j) in region_names():
                return None  # "Latin American": a part of the world, not the United States
            return j, read_in_document(surface, entry, doc.text)
    return None


COMPASS_WORDS = frozenset({"West", "East", "North", "South"})


def _inside_longer_name(doc: Words, surface: str, j: int, end: int) -> bool:
    """ "the West" in "the West African bloc", "the East Asian summit": a compass name followed by a
    capitalised word is part of a longer name, not the group."""
    return surface.split()[-1] in COMPASS_WORDS and j < end and doc[j].text[:1].isupper()


def _leading_letters(text: str) -> str:
    """ "secretary-general" -> "secretary": what a key's first token must look like."""
    return LEADING_LETTERS.match(text).group(0)


@lru_cache(maxsize=65536)
def token_lead(text: str) -> str:
    """The leading letters of a token's folded text (asked of every token, by every table)."""
    return _leading_letters(fold(text))


_FIRST_PARTS: dict[int, frozenset[str]] = {}


def first_parts(table: dict[tuple[str, ...], object]) -> frozenset[str]:
    """Leading letters of every key's first word (tables are loaded once, so keyed by identity)."""
    parts = _FIRST_PARTS.get(id(table))
    if parts is None:
        parts = _FIRST_PARTS[id(table)] = frozenset(_leading_letters(key[0]) for key in table)
    return parts


def match_words(
    doc: Words, i: int, end: int, table: dict[tuple[str, ...], object]
) -> tuple[int, tuple] | None:
    """Longest key of a word-tuple table matching the folded text of tokens starting at i."""
    if i >= end or token_lead(doc[i].text) not in first_parts(table):
        return None  # cheap rejection: most tokens start no key
    for j in range(min(end, i + MAX_WORDS), i, -1):
        key = tuple(fold(doc.text_of(i, j)).split())
        if key in table:
            return j, key
    return None
