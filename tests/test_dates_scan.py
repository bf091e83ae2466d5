"""The windowed scan (eventwire.date_scan) must find exactly what trying every pattern everywhere finds."""

from __future__ import annotations

import random

import pytest
from tests.conftest import shared_path

from eventwire.date_patterns import lexicon, rules
from eventwire.date_scan import PATTERN_ANCHORS, scan, scan_whole, separator_bounds
from eventwire.date_windows import UNBOUNDED, Tokens, separator_bound, windows
from eventwire.evaluate.dates import gold_documents

SEPARATORS = [" ", " ", " ", "  ", "\n", "\n\n", "-", " - ", ", ", ". ", "\t", "", "'s ", " (", ") ", "’"]
EXTRA_WORDS = [
    "the", "of", "a", "on", "in", "since", "for", "every", "other", "fiscal", "FY", "ago", "hence",
    "century", "21st", "19th", "1990s", "'90s", "the 80s", "2021", "1850", "5", "31", "3rd", "12:30",
    "3 p.m.", "9am", "1400 GMT", "7/8/07", "2020-01-05", "noon", "midnight", "long", "straight",
    "talks", "said", "market", "mayor", "sunni", "decided", "nowhere", "someday", "weekender",
]  # fmt: skip


def _vocabulary() -> list[str]:
    lex = lexicon()
    words = [*lex.months, *lex.weekdays, *lex.seasons, *lex.parts_of_day, *lex.holidays, *lex.modifiers]
    words += [*lex.relative, *lex.units, *lex.numbers, *lex.vague_numbers, *lex.references]
    words += [*lex.set_cues, *lex.set_adverbs, *lex.deictic_days, *lex.duration_adjectives, *EXTRA_WORDS]
    return sorted(set(words))


def _random_text(rng: random.Random, vocabulary: list[str]) -> str:
    parts = []
    for _ in range(rng.randint(1, 40)):
        word = rng.choice(vocabulary)
        word = rng.choice([word, word.title(), word.upper(), word.capitalize()])
        parts.append(word + rng.choice(SEPARATORS))
    return "".join(parts)


def test_every_pattern_has_an_anchor_class_and_a_finite_bound() -> None:
    names = [name for name, _ in rules()]
    assert set(PATTERN_ANCHORS) == set(names)
    assert all(bound < UNBOUNDED for bound in separator_bounds().values())


def test_random_word_salads_scan_as_the_whole_text() -> None:
    """Lexicon words, numbers and traps glued by every kind of separator, including none."""
    rng = random.Random(20261124)
    vocabulary = _vocabulary()
    for _ in range(1500):
        text = _random_text(rng, vocabulary)
        assert repr(scan(text)) == repr(scan_whole(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Nothing temporal in this line at all.",
        "Talks resumed on March 5\n2021 and again late\n\n\n\nlast\n   \n week.",
        "He left in mid-March, returned the second half of the coming fiscal year, and again "
        "early next month; the    last       quarter   of    2009 was worse.",
        "Every other Monday morning since the 1990s, and on New Year’s Day, 2020 at 3 p.m. GMT.",
        "2020-01-05 7/8/07 FY2019 the 21st century three years ago a couple of weeks now",
        "May", "may", "MAY DAY", "week-long", "a five-day visit", "Sat.",
    ],
)  # fmt: skip
def test_hand_written_texts_scan_as_the_whole_text(text: str) -> None:
    assert repr(scan(text)) == repr(scan_whole(text))


@pytest.mark.parametrize("gold", ["tempeval3_platinum", "meantime_en"])
def test_gold_texts_scan_as_the_whole_text(gold: str) -> None:
    """Real news text (read, not copied): every TempEval-3 platinum and MEANTIME document."""
    documents = gold_documents(shared_path(f"gold/dates/{gold}"))
    assert documents
    for document in documents:
        assert repr(scan(document.text)) == repr(scan_whole(document.text)), document.text[:80]


def test_the_scan_still_finds_dates() -> None:
    found = [(f.kind, f.fields.get("month"), f.fields.get("day")) for f in scan("It began on June 24, 2022.")]
    assert found == [("absolute", 6, 24)]


def test_separator_bound_reads_the_pattern() -> None:
    assert separator_bound(r"ab") == 0
    assert separator_bound(r"a\s+b") == 1
    assert separator_bound(r"a[\s-]+b(?:\s+c)?") == 2
    assert separator_bound(r"(?<![\w-])a(?![\w-])") == 1  # the look-ahead may read a separator
    assert separator_bound(r"(?:a\s)+") == UNBOUNDED
    assert separator_bound(r"a.b") == 1


def test_windows_cover_the_words_around_a_hit() -> None:
    text = "one two three four five six seven eight nine ten"
    tokens = Tokens.of(text)
    five = text.index("five")
    [(start, stop, scan_end)] = windows(tokens, [(five, five + 4)], 1)
    assert (start, stop) == (text.index("three"), five + 4)
    assert scan_end == text.index("eight")
    assert windows(tokens, [], 3) == []
