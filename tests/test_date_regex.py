"""The separator bound of a pattern read from its text (eventwire.date_regex), without Python's private
parse tree: each form the date patterns use, and the date patterns themselves."""

from __future__ import annotations

import re

import pytest

from eventwire.date_patterns import rules
from eventwire.date_regex import UNBOUNDED, separator_bound


@pytest.mark.parametrize(
    ("pattern", "bound"),
    [
        (r"ab", 0),
        (r"a\s+b", 1),
        (r"a\s+?b", 1),  # lazy: the same repetitions
        (r"a[\s-]+b(?:\s+c)?", 2),
        (r"(?<![\w-])a(?![\w-])", 1),  # the look-behind reads before the start; the look-ahead after
        (r"(?:a\s)+", UNBOUNDED),
        (r"(?:a\s){0,3}", 3),
        (r"(?:a\s){,2}b", 2),
        (r"(?:a\s){2}", 2),
        (r"a{", 0),  # a brace that starts no quantifier is a literal
        (r"a.b", 1),
        (r"[^x]", 1),
        (r"[a-z]+", 0),
        (r"[a-z ]+", UNBOUNDED),  # letters and spaces: any number of words
        (r"(?P<word>ab|c\s+d|e\s+f\s+g)", 2),  # the longest branch
        (r"(\w)\s\1", UNBOUNDED),  # a back-reference: assume the worst
        (r"a\ b\-c", 2),
        (r"\d{4}-\d\d", 1),
    ],
)
def test_the_bound_of_each_form(pattern: str, bound: int) -> None:
    assert separator_bound(pattern) == bound


def test_every_date_pattern_has_a_finite_bound_that_its_matches_respect() -> None:
    separators = re.compile(r"[\s-]+")
    samples = "on Monday, June 24, 2022 - the first fiscal quarter of 2009 - three straight weeks ago"
    for name, pattern in rules():
        bound = separator_bound(pattern.pattern)
        assert bound < UNBOUNDED, name
        for match in pattern.finditer(samples):
            assert len(separators.findall(match.group(0))) <= bound, name
