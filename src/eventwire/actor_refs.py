"""Descriptions that refer back to bodies and lists named before: "the bloc" (the international
body last named), "the three countries", "all three", "the juntas" (the states last named
together as a list). The words are roles.yaml's ``igo_references`` and ``group_references``;
the antecedents come from :func:`eventwire.coref.resolve_igo` and :func:`eventwire.coref.resolve_group`.
"""

from __future__ import annotations

from functools import lru_cache

from eventwire.actor_builder import ActorBuilder
from eventwire.actor_tables import _read, fold
from eventwire.coref import resolve_group, resolve_igo
from eventwire.token_view import Words

#: Words allowed between "the" and "bloc": "the 15-nation bloc", "the West African regional bloc".
MODIFIER_TAGS = frozenset({"ADJ", "NUM", "PROPN", "NOUN"})
MAX_MODIFIERS = 4
LONGEST_NOUN = 2  # words in the longest group noun ("military governments")


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], dict[str, int], frozenset[str], frozenset[str]]:
    data = _read("roles.yaml")
    groups = data.get("group_references", {})
    return (
        frozenset(data.get("igo_references", [])),
        dict(groups.get("numbers", {})),
        frozenset(groups.get("nouns", [])),
        frozenset(groups.get("without_number", [])),
    )


def igo_reference(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "the bloc", "the 15-nation bloc": the international body named last."""
    nouns = _tables()[0]
    if doc[i].lower_ != "the":
        return None
    k = i + 1
    while k < min(end, i + 1 + MAX_MODIFIERS) and doc[k].lower_ not in nouns:
        if doc[k].pos_ not in MODIFIER_TAGS and doc[k].text not in {"-", "–"}:
            return None
        k += 1
    if k >= end or doc[k].lower_ not in nouns or _modifies_next(doc, k, end):
        return None
    body = resolve_igo(builder.seen, builder.sentence)
    if body is None:
        return None
    builder.mention(body, i, k + 1, "description")
    return k + 1


def _modifies_next(doc: Words, k: int, end: int) -> bool:
    """ "bloc leaders", "bloc members": the noun modifies another; the phrase is not the body."""
    return k + 1 < end and doc[k].dep_ == "compound" and doc[k + 1].pos_ in {"NOUN", "PROPN"}


def group_reference(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "the three countries", "all three", "all four nations", "the juntas": each state of the
    list named last together (one mention per state on the same words, as "the two sides")."""
    _, numbers, nouns, without_number = _tables()
    if doc[i].lower_ not in {"the", "all"} or i + 1 >= end:
        return None
    k, count = i + 1, None
    if doc[k].lower_ in numbers:
        count, k = numbers[doc[k].lower_], k + 1
    noun_end = _noun_at(doc, k, end, nouns if count else without_number)
    if noun_end is None and not (count and doc[i].lower_ == "all" and _ends_phrase(doc, k, end)):
        return None  # "all three" needs nothing after it; "the three" needs its noun
    stop = noun_end or k
    members = resolve_group(builder.seen, builder.sentence, count)
    for actor in members:
        builder.mention(actor, i, stop, "group", together=i)
    return stop if members else None


def _noun_at(doc: Words, k: int, end: int, nouns: frozenset[str]) -> int | None:
    for stop in range(min(end, k + LONGEST_NOUN), k, -1):
        if fold(doc.text_of(k, stop)) in nouns and not _modifies_next(doc, stop - 1, end):
            return stop
    return None


def _ends_phrase(doc: Words, k: int, end: int) -> bool:
    """ "left all three.", "all three said": the number is the whole noun phrase."""
    return k >= end or doc[k].is_punct or doc[k].pos_ in {"VERB", "AUX", "ADP", "CCONJ"}
