"""Bodies of international organisations the tables do not list, and acronyms given in parentheses.

"the U.N. Support Mission in Libya", "the EU Border Assistance Mission", "the African Union
Commission": a name that opens with an international organisation of countries.yaml and ends in
one of roles.yaml's ``igo_body_words`` is a body of that organisation (country IGO). "The ...
Mission in Libya (UNSMIL)": an acronym in parentheses right after a name is that actor's alias, and
a later bare "UNSMIL" in the document is the same actor.
"""

from __future__ import annotations

from eventwire.actor_builder import ActorBuilder
from eventwire.actor_patterns import after_leading_the
from eventwire.actor_tables import role_words
from eventwire.actor_words import match_lexicon
from eventwire.records import Actor
from eventwire.token_view import Words

MAX_ACRONYM_LETTERS = 10
MAX_PLACE_WORDS = 3


def igo_body(doc: Words, i: int, stop: int) -> str | None:
    """The code of the international organisation whose body the name [i, stop) is, if any."""
    first = after_leading_the(doc, i, stop)
    found = match_lexicon(doc, first, stop)
    if found is None or found[1].kind != "igo" or found[1].country not in {None, "IGO"} or found[0] >= stop:
        return None
    if doc[stop - 1].lower_ not in role_words("igo_body_words"):
        return None
    return found[1].code


def acronym_alias(doc: Words, stop: int, end: int, builder: ActorBuilder, actor: Actor) -> int:
    """Past "(UNSMIL)" right after a name at ``stop``, remembering the acronym as the actor's alias;
    ``stop`` itself when no such acronym follows (or when the tables know the word)."""
    opening = _opening_parenthesis(doc, stop, end)
    if opening is None:
        return stop
    if opening + 2 >= end or doc[opening + 2].text != ")":
        return stop
    word = doc[opening + 1].text
    if not (2 <= len(word) <= MAX_ACRONYM_LETTERS and word.isalpha() and word.isupper()):
        return stop
    if match_lexicon(doc, opening + 1, opening + 2) is not None or (
        actor.country is None and actor.kind != "group"
    ):
        return stop
    actor.aliases = list(dict.fromkeys([*actor.aliases, word]))
    builder.remember_alias(word, actor)
    return opening + 3 if opening == stop else stop


def _opening_parenthesis(doc: Words, stop: int, end: int) -> int | None:
    """The "(" right after the name, or after a place phrase the tagger left out of it ("the U.N.
    Assistance Office" + "in Yemen (UNAOY)": up to ``MAX_PLACE_WORDS`` capitalised words)."""
    if stop < end and doc[stop].text == "(":
        return stop
    if stop + 1 >= end or doc[stop].lower_ not in {"in", "for", "on"}:
        return None
    k = stop + 1
    while k < min(end, stop + 1 + MAX_PLACE_WORDS) and doc[k].text[:1].isupper():
        k += 1
    return k if k > stop + 1 and k < end and doc[k].text == "(" else None
