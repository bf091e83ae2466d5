"""Groups that name themselves: "a leaderless collective calling itself Youth 99", "a militia that
calls itself the Lion Brigade". The name after "calling itself" / "calls itself" is an organisation
of the sector the group noun before it gives (roles.yaml ``self_named_groups``) and of the country
the story is set in (its members are the locals it describes); a later bare mention of the name is
the same organisation (:func:`eventwire.actor_possessed.document_body`). A name may end in a number
("Youth 99"), which the tagger leaves out of any entity.
"""

from __future__ import annotations

from eventwire.actor_builder import ActorBuilder
from eventwire.actor_kinds import organisation_actor
from eventwire.actor_tables import role_mapping
from eventwire.token_view import Words

SELF_NAMING = frozenset({("calling", "itself"), ("calls", "itself"), ("called", "itself")})
MAX_NAME_WORDS = 4
MAX_GAP = 2  # "collective, which calls itself", "movement that calls itself"


def self_named_group(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """X of "calling itself X" after a group noun: an organisation of the story's country."""
    verb = i - 3 if i >= 3 and doc[i - 1].lower_ == "the" else i - 2
    if verb < 1 or (doc[verb].lower_, doc[verb + 1].lower_) not in SELF_NAMING:
        return None
    sector = _group_sector(doc, verb)
    stop = _name_end(doc, i, end) if sector is not None else None
    country = builder.scene_country if stop is not None else None
    if country is None:
        return None
    actor = organisation_actor(doc.text_of(i, stop), sector, country, None, None, named=True)
    builder.remember_body(builder.mention(actor, i, stop, "name"))
    return stop


def _group_sector(doc: Words, i: int) -> str | None:
    """The sector of the group noun right before "calling itself" (past a comma and a relative
    pronoun at most), or None when no listed group noun stands there."""
    table = role_mapping("self_named_groups")
    k = i - 1
    while k >= 0 and i - k <= MAX_GAP + 1 and doc[k].lower_ in {",", "which", "that", "who"}:
        k -= 1
    return table.get((doc[k].lower_,)) if k >= 0 else None


def _name_end(doc: Words, start: int, end: int) -> int | None:
    """End of a capitalised name, whose later words may be capitalised or a number ("Youth 99")."""
    if start >= end or not doc[start].text[:1].isupper() or not doc[start].text[:1].isalpha():
        return None
    k = start + 1
    while k < end and k - start < MAX_NAME_WORDS and (doc[k].text[:1].isupper() or doc[k].text.isdigit()):
        k += 1
    return k
