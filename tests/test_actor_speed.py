"""The actor stage's shortcuts give the answers of the full tests they skip.

``can_start_name`` lets rules skip ``name_run`` at most tokens, and ``parse_prefix`` keeps its last
answer for the next rule that asks the same question: both must never change what is found.
"""

from __future__ import annotations

import pytest

from eventwire import actor_patterns as pat
from eventwire.actor_groups import _collective_noun, collective_noun
from eventwire.actor_names import NAME_PARTICLES, can_start_name, name_run
from eventwire.actors import extract_actors
from eventwire.token_view import Words

TEXT = (
    "Foreign Minister Ana de la Cruz met her counterpart bin Salman in Lagos on Monday. "
    "van der Berg, the Dutch envoy, said that the Belarusian Security Council and al-Shabaab "
    "fighters clashed near Mogadishu. the former Kenyan president and Nigeria's army spoke. "
    "Protesters in Serbia and thousands of Georgians marched while Israeli troops waited."
)


@pytest.fixture(scope="module")
def words(nlp) -> Words:
    return Words(nlp(TEXT))


def test_no_name_run_starts_where_can_start_name_says_no(words):
    skipped = 0
    for sentence in words.doc.sents:
        for i in range(sentence.start, sentence.end):
            if not can_start_name(words, i, sentence.end):
                skipped += 1
                assert name_run(words, i, sentence.end) is None, words[i]
    assert skipped > len(words) // 2  # the test covers most tokens, particles included
    assert any(word.lower_ in NAME_PARTICLES for word in words)


def test_a_kept_prefix_equals_a_fresh_parse(words):
    for sentence in words.doc.sents:
        for i in range(sentence.start, sentence.end):
            first = pat.parse_prefix(words, i, sentence.end)
            assert pat.parse_prefix(words, i, sentence.end) is first  # asked again: kept
            assert first == pat._parse_prefix(words, i, sentence.end)


def test_a_kept_collective_noun_equals_a_fresh_one(words):
    for sentence in words.doc.sents:
        for k in range(sentence.start, sentence.end):
            first = collective_noun(words, k, sentence.end)
            assert (
                collective_noun(words, k, sentence.end) == first == _collective_noun(words, k, sentence.end)
            )
    assert collective_noun(words, 1, 2) is None  # another end, another answer: not the last one kept


def test_prefix_is_not_reused_for_another_position(words):
    end = len(words)
    at_the = next(
        i for i, word in enumerate(words) if word.text == "the" and words[i + 1].text == "Belarusian"
    )
    found = pat.parse_prefix(words, at_the, end)
    assert found.determiner == "the" and found.country == "BLR"
    assert pat.parse_prefix(words, at_the + 1, end).determiner is None


def test_actors_of_a_view_used_twice_are_the_same(nlp):
    doc = nlp(TEXT)
    first = extract_actors(doc)
    assert first[0] and first == extract_actors(doc)
