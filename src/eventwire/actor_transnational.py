"""Bodies of a continent or of several states named by a regional adjective ("the Inter-American Court
of Human Rights", "the Pan-African Parliament", "the African Court on Human and Peoples' Rights"):
international bodies (IGO), not the state a demonym inside the name would give ("American" is the
United States' only on its own). Read by :func:`eventwire.actor_entities.org_entity` on names the
tables do not know.
"""

from __future__ import annotations

from functools import cache

from eventwire.actor_patterns import after_leading_the
from eventwire.actor_tables import _read, fold
from eventwire.token_view import Words

LONGEST_ADJECTIVE = 3  # "Inter - American", "Latin American"


def after_transnational_prefix(doc: Words, k: int) -> bool:
    """The word at ``k`` follows "Inter-", "Pan-" or "Trans-" ("Inter-American", "Pan-Arab"): the
    demonym names a region of several states, not its own state."""
    prefixes = _table()["prefixes"]
    if k >= 1 and doc[k - 1].lower_ in prefixes:  # "Pan American"
        return True
    return k >= 2 and doc[k - 1].text == "-" and doc[k - 2].lower_ in prefixes


def transnational_body(doc: Words, i: int, stop: int, sector: str | None) -> bool:
    """Whether the name at [i, stop) opens with a regional adjective (roles.yaml ``transnational_bodies``)
    and names a body of states: a court, parliament, commission or bank, or any body of the state's
    own sectors (GOV, LEG, JUD)."""
    table = _table()
    k = after_leading_the(doc, i, stop)
    opens = any(
        fold(doc.text_of(k, min(stop, k + width))) in table["adjectives"]
        for width in range(LONGEST_ADJECTIVE, 0, -1)
    )
    if not opens:
        return False
    heads = table["heads"]
    return sector in {"GOV", "LEG", "JUD"} or any(doc[j].lower_ in heads for j in range(k, stop))


@cache
def _table() -> dict[str, frozenset[str]]:
    data = _read("roles.yaml").get("transnational_bodies") or {}
    return {
        "prefixes": frozenset(fold(word) for word in data.get("prefixes", [])),
        "adjectives": frozenset(fold(word) for word in data.get("adjectives", [])),
        "heads": frozenset(fold(word) for word in data.get("heads", [])),
    }
