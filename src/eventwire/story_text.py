"""The terms of a text for story grouping: content words, capitalised names, numbers.

Plain regular expressions over the text, no parse: story grouping must stay cheap enough to
run over a whole store.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS


def _mark_ranges() -> str:
    """A regex class body of the combining marks (Unicode category M*) of the Basic Multilingual
    Plane: the accents of a decomposed "é" and the vowel signs of Indic scripts belong to their word."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x300, min(sys.maxunicode, 0xFFFF) + 1):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(f"\\u{start:04x}-\\u{end:04x}" for start, end in ranges)


# A word is letters of any script ("Bogotá", "Türkiye", "Київ"), with the marks, inner apostrophes
# and hyphens that belong to it; [^\W\d_] is "a letter" in Python's Unicode regular expressions.
_LETTER = r"[^\W\d_]"
_MARKS = _mark_ranges()
_TOKEN = re.compile(
    rf"{_LETTER}(?:[{_MARKS}]|{_LETTER})*(?:['’\-]+(?:{_LETTER}|[{_MARKS}])+)*|\d+(?:[.,]\d+)*"
)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
# Lower-case words that may sit inside a name ("Gulf of Aden", "Bank of England").
_NAME_JOINERS = frozenset({"of", "de", "del", "da", "al", "bin", "van", "von", "la", "le"})


def normalise_word(word: str) -> str:
    """Lower-case, drop a possessive and a plural ending so "quakes" meets "quake"."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _is_capitalised(token: str) -> bool:
    return token[0].isupper()


def _sentence_starts(text: str) -> set[int]:
    """Character offsets where a sentence (or line) starts: a capital there proves nothing."""
    starts = {0}
    for match in _SENTENCE_END.finditer(text):
        starts.add(match.end())
    return starts


def extract_names(text: str) -> list[str]:
    """Runs of capitalised words ("Tara Reid", "Gulf of Aden"), lower-cased.

    A capitalised stop word opening a sentence ("The", "Another") is not a name.
    """
    text = unicodedata.normalize("NFC", text)
    names: list[str] = []
    starts = _sentence_starts(text)
    current: list[str] = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token[0].isdigit():
            _flush(current, names)
            continue
        lowered = token.lower()
        if _is_capitalised(token):
            opening_stop_word = lowered in STOP_WORDS and (not current or match.start() in starts)
            if opening_stop_word:
                _flush(current, names)
            else:
                current.append(normalise_word(token))
        elif lowered in _NAME_JOINERS and current:
            current.append(lowered)
        else:
            _flush(current, names)
    _flush(current, names)
    return names


def _flush(current: list[str], names: list[str]) -> None:
    while current and current[-1] in _NAME_JOINERS:
        current.pop()
    if current:
        names.append(" ".join(current))
    current.clear()


def text_terms(text: str) -> Counter[str]:
    """Kind-prefixed term counts of one text: ``word:``, ``name:`` and ``number:`` terms."""
    counts: Counter[str] = Counter()
    text = unicodedata.normalize("NFC", text)  # one spelling of "é", however the source wrote it
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token[0].isdigit():
            counts["number:" + token.replace(",", "")] += 1
            continue
        word = normalise_word(token)
        if word not in STOP_WORDS and len(word) > 1:
            counts["word:" + word] += 1
    for name in extract_names(text):
        counts["name:" + name] += 1
    return counts


def lead_text(text: str, sentences: int) -> str:
    """The first sentences of a text: where a news report states what happened."""
    ends = [match.end() for match in _SENTENCE_END.finditer(text)]
    return text[: ends[sentences - 1]] if len(ends) >= sentences else text
