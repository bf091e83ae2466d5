"""Non-governmental organisations named by description ("a human rights group", "aid agencies").

PLOVER codes such bodies with the non-state code ``NGO`` rather than a country. Named ones the
tables do not know are recognised by the head of their name (``actor_builder.organisation_actor``, roles.yaml
``ngo_name_heads``: "the Third Avenue Foundation"); described ones by roles.yaml
``ngo_descriptions``. A country word before the description ("a Russian rights group") makes it
that country's organisation instead (the organisation rules see it first).
"""

from __future__ import annotations

from eventwire.actor_builder import ActorBuilder
from eventwire.actor_patterns import DETERMINERS, match_words
from eventwire.actor_tables import roles, slug
from eventwire.records import Actor
from eventwire.token_view import Words


def ngo_description(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "a human rights group said", "aid agencies warned": an unnamed NGO."""
    k = i + 1 if doc[i].lower_ in DETERMINERS and i + 1 < end else i
    if k == i and i > 0 and doc[i - 1].pos_ in {"PROPN", "ADJ", "NOUN"}:
        return None  # "the UN aid agency", "a Kenyan relief group": not a bare description
    found = match_words(doc, k, end, roles().ngo_descriptions)
    if found is None:
        return None
    stop, phrase = found[0], " ".join(found[1])
    actor = Actor(id=f"ngo:{slug(phrase)}", name=phrase, kind="organisation", country="NGO")
    builder.mention(actor, i, stop, "description")
    return stop
