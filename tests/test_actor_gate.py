"""The actor stage skips tokens :func:`starts_no_actor` clears (no rule may ever match at one of them)
and keeps each lexicon match it reads (the kept answer must be the fresh one)."""

from __future__ import annotations

import pytest

from eventwire import actors
from eventwire.actor_builder import ActorBuilder
from eventwire.actor_gate import starts_no_actor
from eventwire.actor_words import _longest_form, lexicon_first_words, match_lexicon
from eventwire.token_view import Words

# One sentence or more per rule of actors.RULES, each starting at a word of its own kind.
TEXT = (
    "Kenya and Uganda signed a deal on Monday, and the two leaders said they would meet again. "
    "The warring parties and both sides agreed. Mali, Niger and Chad quit the bloc, and all three "
    "countries said the bloc had failed them. The mission, known as MINUSMA, left. "
    "Seoul and Washington, whose forces began drills, warned Pyongyang. The junta said its forces "
    "would respond and that its allies agreed. Ukraine's foreign minister met his Belarusian counterpart. "
    "Ethnic Albanians and Kurdish fighters clashed as Israeli troops and US forces watched. Rebels in the "
    "Ivory Coast and traders in Malanville protested US-Japanese talks. Thousands protested in Manila "
    "while dozens were detained, and a human rights group said armed groups had fled. Missiles struck "
    "Kharkiv overnight. Deputy Defense Minister Ivan Petrov, the former Kenyan president and Istanbul "
    "mayor Ekrem Imamoglu spoke, as did the Planning and Investment Minister. A coalition of opposition "
    "parties, the army and police blamed the Asia-Pacific Economic Cooperation forum, said Maria Lopez."
)


@pytest.fixture(scope="module")
def words(nlp) -> Words:
    return Words(nlp(TEXT))


def test_no_rule_matches_where_the_gate_says_no_actor_starts(words):
    builder = ActorBuilder(words, None)
    skipped = 0
    for sentence in words.doc.sents:
        for i in range(sentence.start, sentence.end):
            if words[i].is_punct or words[i].is_space or not starts_no_actor(words, i):
                continue
            skipped += 1
            for rule in actors.RULES:
                assert rule(words, i, sentence.end, builder) is None, (rule.__name__, words[i])
    assert skipped > len(words) // 4  # the gate skips a good share of tokens ("said", "on", "would")


def test_actors_found_with_the_gate_equal_those_found_without_it(nlp, monkeypatch):
    doc = nlp(TEXT)
    with_gate = actors.extract_actors(doc)
    monkeypatch.setattr(actors, "starts_no_actor", lambda doc, i: False)
    assert actors.extract_actors(nlp(TEXT)) == with_gate
    assert len(with_gate[1]) > 20  # the text names many actors, so the comparison means something


@pytest.mark.parametrize("word", ["the", "its", "both", "ethnic", "former", "rebels", "thousands", "and"])
def test_words_some_rule_starts_at_are_never_skipped(nlp, word):
    words = Words(nlp(f"They said {word} matter."))
    assert not starts_no_actor(words, 2)


def test_a_kept_lexicon_match_equals_a_fresh_one(words):
    for sentence in words.doc.sents:
        for i in range(sentence.start, sentence.end):
            first = match_lexicon(words, i, sentence.end)
            assert (
                first == _longest_form(words, i, sentence.end) or words[i].text not in lexicon_first_words()
            )
            assert match_lexicon(words, i, sentence.end) is first  # asked again: kept
    assert words.lexicon_matches  # the text names countries, so some answers were kept
