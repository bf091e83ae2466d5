"""The two sides named together, referred to again: "the two leaders", "both sides", "the warring
parties". A rule of :func:`eventwire.actors.extract_actors`, split from :mod:`eventwire.actor_groups`."""

from __future__ import annotations

from functools import lru_cache

from eventwire.actor_builder import ActorBuilder
from eventwire.actor_tables import _read, roles
from eventwire.coref_groups import resolve_pair
from eventwire.token_view import Words


def pair_reference(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "the two leaders agreed", "both sides", "the two said": the two sides last named together
    (see :func:`eventwire.coref_groups.resolve_pair`).

    Each of the pair gets a mention of the same words (roles.yaml ``pair_references``)."""
    tables = roles()
    each = _each_noun(doc, i, end)
    if doc[i].lower_ == "the" and i + 1 < end and doc[i + 1].lower_ == "two":
        k = _after_adjectives(doc, i + 2, end)  # "the two regional powers"
    elif each is not None:
        k = i + 1  # "either side", "each government": one of the pair, whichever
    elif doc[i].lower_ == "the" and i + 2 < end and doc[i + 1].lower_ in _pair_adjectives():
        k = i + 2  # "the warring parties": the two sides at war
    elif doc[i].lower_ == "both" and doc[i].dep_ in {"det", "predet", "nsubj"}:
        k = i + 1
    else:
        return None
    noun = each or (doc[k].lower_ if k < end else "")
    if noun in tables.pair_people_nouns or noun in tables.pair_side_nouns:
        stop = k + 1
    elif doc[k - 1].dep_ in {"nsubj", "nsubjpass"} and doc[k - 1].lower_ in {"two", "both"}:
        stop = k  # "the two agreed": the number is the subject
    else:
        return None
    # Not the words the phrase hangs from, nor their subjects: "China, which has ties with both
    # neighbours", "the African Union called on both countries".
    root = doc.span(i, stop).root
    ancestors = list(root.ancestors)
    verb = next((token for token in ancestors if token.pos_ in {"VERB", "AUX"}), None)
    speakers = (
        [c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != root.i] if verb else []
    )
    governors = frozenset([token.i for token in ancestors] + speakers)
    states_only = noun in tables.pair_state_nouns
    pair = resolve_pair(
        builder.seen, builder.sentence, noun in tables.pair_people_nouns, governors, states_only
    )
    for actor in pair:
        builder.mention(actor, i, stop, "pair", together=i)  # "both sides ... they", "the two sides" again
    return stop if pair else None


MAX_ADJECTIVES = 2


def _after_adjectives(doc: Words, k: int, end: int) -> int:
    """The first word after up to two adjectives ("the two regional powers", "the two Gulf states")."""
    start = k
    while k < end and k - start < MAX_ADJECTIVES and doc[k].pos_ in {"ADJ", "PROPN"} and k + 1 < end:
        k += 1
    return k if k < end and doc[k].pos_ == "NOUN" else start


def _each_noun(doc: Words, i: int, end: int) -> str | None:
    """The plural of the noun after "either" / "each" ("either side" -> "sides"), None otherwise."""
    words, nouns = _each_words()
    if doc[i].lower_ not in words or i + 1 >= end:
        return None
    return nouns.get(doc[i + 1].lower_)


@lru_cache(maxsize=1)
def _each_words() -> tuple[frozenset[str], dict[str, str]]:
    """roles.yaml's distributive words ("either", "each") and the plural of each noun after them, read
    once: this runs at every word of every document."""
    table = _read("roles.yaml")["pair_references"]
    return frozenset(table.get("each", [])), dict(table.get("each_nouns") or {})


@lru_cache(maxsize=1)
def _pair_adjectives() -> frozenset[str]:
    return frozenset(_read("roles.yaml")["pair_references"].get("adjectives", []))
