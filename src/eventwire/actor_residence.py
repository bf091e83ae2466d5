"""A community named after the country it lives in: "Bosnian Serb leader", "Iraqi Kurdish commander".

PLOVER (like CAMEO) codes a minority with the country it lives in, so a prefix "<demonym>
<people word>" keeps the first country and spans both words (see
:func:`eventwire.actor_patterns.parse_prefix`). Reads only the country tables, so the pattern
module can use it without an import cycle.
"""

from __future__ import annotations

from functools import lru_cache

from eventwire.actor_tables import _read
from eventwire.countries import lookup
from eventwire.token_view import Words

PEOPLE_KINDS = frozenset({"demonym", "people"})


def community_after_residence(doc: Words, j: int, end: int, residence: str | None) -> int:
    """The end of the prefix after a demonym ending at ``j``: past a second people's word that is
    not the residence country's own ("Bosnian Serb"), else ``j``."""
    if j >= end or not doc[j - 1].whitespace_ or not doc[j].text[:1].isupper():
        return j
    entry = lookup(doc[j].text)
    if entry is not None and entry.kind in PEOPLE_KINDS and entry.code != residence:
        return j + 1
    # a community word that is also a name ("Karen") counts only before a lower-case word
    lower_next = j + 1 < end and doc[j + 1].text[:1].islower()
    return j + 1 if doc[j].text in community_words() and lower_next else j


@lru_cache(maxsize=1)
def community_words() -> frozenset[str]:
    """The ethnic and religious community words of countries.yaml ("Kurdish", "Tamil")."""
    groups = _read("countries.yaml").get("ethnic_groups", {})
    return frozenset(word for spec in groups.values() for word in spec["words"])
