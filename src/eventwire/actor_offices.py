"""Whose office? The country of an office or institution the text names without one.

"China's commerce ministry condemned the sanctions. Foreign ministry spokesman Lin Jian said ..."
A reader gives the spokesman the country of the government the text was just talking about, not
the country the reporter files from. In order (roles.yaml ``office_country``):

1. the nearest earlier mention of the same institution with a country ("Russia's embassy ...
   embassy spokesman X", "Iran's foreign ministry ... the foreign ministry said");
2. the nearest earlier government organ with a country that is a subject in the same paragraph
   (a ministry, a government, a capital standing for it: "China's commerce ministry said ...
   Foreign ministry spokesman X"; an object is as often the other party: "X urged Washington");
3. otherwise nothing here: the caller falls back on the dateline, then the story's main country.

People are never the evidence: "Lavrov met Foreign Minister X" names two foreign ministers of
two countries, and the unmarked one is the host's.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from eventwire.actor_tables import _read, fold
from eventwire.coref import Seen
from eventwire.token_view import Words

#: Sectors of a government's organs: a ministry (GOV) or a capital standing for its government.
GOVERNMENT_ORGANS = frozenset({"GOV"})
#: Country codes that are no state's.
NON_STATES = frozenset({"IGO", "NGO", "IMG", "MNC"})


def institution_words(role: str, head: str) -> frozenset[str]:
    """The institution an office belongs to, as folded words: "Foreign Ministry Spokesman" ->
    {foreign, ministry}; "Defence Minister" -> {defence, ministry}. Generic words (roles.yaml
    ``office_country.generic_words``: "government", "deputy") name no particular institution."""
    tables = _config()
    words = fold(role).split()
    head_words = fold(head).split()
    if words[-len(head_words) :] == head_words:
        words = words[: -len(head_words)]
    words = [tables["stems"].get(word, word) for word in words]
    words += [tables["institution_of_head"][head]] if head in tables["institution_of_head"] else []
    return frozenset(word for word in words if word not in tables["generic_words"])


def office_country(doc: Words, seen: Sequence[Seen], role: str, head: str, position: int) -> str | None:
    """The country of an office without one at token ``position`` (see the module docstring)."""
    wanted = institution_words(role, head)
    earlier = [item for item in reversed(seen) if item.token < position and _state_country(item)]
    if wanted:
        for item in earlier:
            if item.actor.kind == "organisation" and wanted <= institution_of(item):
                return _state_country(item)
    for item in earlier:
        if not _same_paragraph(doc, item.token, position):
            break
        if (
            item.subject
            and item.actor.kind in {"organisation", "state"}
            and item.actor.sector in GOVERNMENT_ORGANS
        ):
            return _state_country(item)
    return None


def organisation_country(doc: Words, seen: Sequence[Seen], words: str, position: int) -> str | None:
    """The country of a government organisation named without one ("the foreign ministry said")."""
    return office_country(doc, seen, words, "", position)


def _state_country(item: Seen) -> str | None:
    country = item.actor.country
    return None if country is None or country in NON_STATES else country


def institution_of(item: Seen) -> frozenset[str]:
    """The folded, stemmed words of an organisation's name and id ("Foreign ministry of China")."""
    stems = _config()["stems"]
    text = f"{item.actor.name} {item.actor.id.replace(':', ' ').replace('-', ' ')}"
    return frozenset(stems.get(word, word) for word in fold(text).split())


def _same_paragraph(doc: Words, first: int, second: int) -> bool:
    """Whether no line break separates tokens ``first`` and ``second`` (a paragraph is a line)."""
    start, stop = doc[first].idx, doc[second].idx
    return "\n" not in doc.text[start:stop]


@lru_cache(maxsize=1)
def _config() -> dict:
    """roles.yaml ``office_country``, with its word lists as sets."""
    data = _read("roles.yaml")["office_country"]
    return {
        "generic_words": frozenset(data["generic_words"]),
        "stems": dict(data["stems"]),
        "institution_of_head": dict(data["institution_of_head"]),
    }
