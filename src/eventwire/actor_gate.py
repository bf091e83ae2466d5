"""Which tokens start no actor phrase, so :func:`eventwire.actors.extract_actors` skips them without
trying each of its ~21 rules.

Most words of a news text ("said", "on", "talks", "would") start no actor, and trying every rule at
every token was most of the actor stage's time. Each rule of :data:`eventwire.actors.RULES` first
looks at the token it starts at; :func:`starts_no_actor` is the conjunction of those first tests, so a
token it passes is one every rule would refuse anyway. The rules keep their own tests: this is a
shortcut, never a different answer. A rule that learns to start at a new kind of word needs its first
test here too (tests/test_actor_gate.py checks the shortcut against the rules).

What a skipped token is, rule by rule (all must hold):

- lower case: names, towns, organisations and city prefixes start with a capital;
- no pronoun, determiner, "former"-type word, title modifier, "and" or hyphen (pronouns, "the two",
  "its allies", "the bloc", "a human rights group", "Deputy ... and ... Minister");
- starts no country/demonym/IGO form, community word, title head or domain, counterpart noun, crowd
  word, NGO description or collective container ("a coalition of");
- is no collective word ("rebels") and no adjective or noun modifying a later word ("armed groups");
- does not begin an ORG entity.
"""

from __future__ import annotations

from functools import lru_cache

from eventwire import actor_patterns as pat
from eventwire.actor_ethnic import community_words
from eventwire.actor_names import NAME_PARTICLES
from eventwire.actor_tables import fold, role_words, roles
from eventwire.actor_words import first_parts, lexicon_first_words, token_lead
from eventwire.coref import POSSESSIVE_PRONOUNS
from eventwire.token_view import Words

# Words the rules test for by name: "the two", "all three", "both sides", "whose forces", "its allies",
# "ethnic Albanians" (determiners, possessives and modifiers come from their tables below).
NAMED_START_WORDS = frozenset(
    {"the", "a", "an", "all", "both", "either", "each", "whose", "its", "their", "ethnic", "and"}
)
COLLECTIVE_POS = frozenset({"ADJ", "NOUN", "VERB"})
MODIFIER_DEPS = frozenset({"compound", "amod"})


def starts_no_actor(doc: Words, i: int) -> bool:
    """True when no rule of :data:`eventwire.actors.RULES` can match at token ``i``."""
    token = doc[i]
    text = token.text
    if text[:1].isupper() or token.pos_ == "PRON" or token.lower_ in _start_words() or text == "-":
        return False
    if token.ent_iob_ == "B" and token.ent_type_ == "ORG":
        return False
    if not _inert_text(text):
        return False
    collectives = roles().collectives
    if token.lower_ in collectives or token.lemma_.lower() in collectives:
        return False
    # "armed groups": an adjective or noun modifying a later word may begin a two-word collective
    return not (token.pos_ in COLLECTIVE_POS and token.dep_ in MODIFIER_DEPS and token.head.i > i)


@lru_cache(maxsize=1)
def _start_words() -> frozenset[str]:
    """Lower-case words that some rule may start at by themselves."""
    tables = roles()
    return (
        NAMED_START_WORDS
        | NAME_PARTICLES  # "thanked von der Leyen": a known surname with its particles
        | pat.DETERMINERS
        | frozenset(POSSESSIVE_PRONOUNS)
        | tables.former
        | tables.modifiers
        | tables.local_office_modifiers
    )


@lru_cache(maxsize=65536)
def _inert_text(text: str) -> bool:
    """A token text that starts no lexicon form nor any key of the word tables the rules match
    (the same first-word test as :func:`eventwire.actor_words.match_words`)."""
    if text in lexicon_first_words() or text in community_words():
        return False
    tables = roles()
    lead = token_lead(text)
    word_tables = (
        tables.heads,
        tables.domains,
        tables.counterpart_nouns,
        tables.crowd_words,
        tables.ngo_descriptions,
    )
    if any(lead in first_parts(table) for table in word_tables):
        return False
    folded = fold(text)  # a container phrase's folded text begins with its first token's
    return not any(phrase.startswith(folded) for phrase in role_words("collective_containers"))
