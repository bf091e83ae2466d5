"""Definite plural titles naming a group of office holders again: "EU foreign ministers agreed ... At the
same meeting, the ministers kept ..." or "Chinese and Russian diplomats met ... The diplomats agreed".

"the <title>s" (roles.yaml title heads, in the plural, with modifiers or domains before them) is the
party or parties last named by the same plural title within the coreference window. A name after the
title ("the ministers Lavrov and Wang") is left to the name rules.
"""

from __future__ import annotations

from eventwire.actor_builder import ActorBuilder
from eventwire.actor_tables import roles
from eventwire.actor_words import match_words
from eventwire.coref import WINDOW_SENTENCES, Seen
from eventwire.records import Actor
from eventwire.token_view import Words

MAX_MODIFIERS = 2


def plural_title_reference(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "the ministers", "the foreign ministers": the actors last named by that plural title."""
    if doc[i].lower_ != "the" or not builder.seen:
        return None
    head = _plural_title(doc, i + 1, end)
    if head is None:
        return None
    antecedents = _named_by(doc, builder.seen, doc[head].lemma_.lower(), builder.sentence)
    if not antecedents:
        return None
    together = i if len(antecedents) > 1 else None
    for actor in antecedents:
        builder.mention(actor, i, head + 1, "description", together=together)
    return head + 1


def _plural_title(doc: Words, k: int, end: int) -> int | None:
    """Index of a plural title head after up to two lower-case modifiers or domains, else None."""
    tables = roles()
    for _ in range(MAX_MODIFIERS + 1):
        if k >= end or not doc[k].text.islower():
            return None
        word = doc[k]
        if (
            word.pos_ == "NOUN"
            and word.lower_ != word.lemma_.lower()
            and (word.lemma_.lower(),) in tables.heads
        ):
            after = k + 1
            if after < end and (doc[after].lower_ == "of" or doc[after].pos_ == "PROPN"):
                return None  # "the ministers Lavrov and Wang", "the ministers of France and Italy"
            return k
        domain = match_words(doc, k, end, tables.domains)
        k = domain[0] if domain else k + 1
    return None


def _named_by(doc: Words, seen: list[Seen], lemma: str, sentence: int) -> list[Actor]:
    """Non-person actors of the latest mention whose head is ``lemma`` in the plural, with the other
    conjuncts of its list ("Chinese and Russian diplomats")."""
    for item in reversed(seen):
        if sentence - item.sentence > WINDOW_SENTENCES:
            return []
        word = doc[item.token]
        if item.actor.kind != "person" and word.lemma_.lower() == lemma and word.lower_ != lemma:
            return _with_list(seen, item)
    return []


def _with_list(seen: list[Seen], member: Seen) -> list[Actor]:
    if member.listed < 0:
        return [member.actor]
    actors: list[Actor] = []
    for item in seen:
        if item.sentence == member.sentence and item.listed == member.listed and item.actor not in actors:
            actors.append(item.actor)
    return actors
