"""A junta named without its country: "Junta spokesman Colonel X", "Junta leaders said".

A rule of :func:`eventwire.actors.extract_actors`. News names a country's ruling military once
with its country ("Niger's junta") and then as a headline word with a capital and no article, often
before a title ("Junta spokesman Colonel Amadou X"). Both the junta and its spokesman are of the
junta named before (:func:`eventwire.coref.resolve_ruling_military`); with no junta named before,
the other rules read the words as usual.
"""

from __future__ import annotations

from eventwire import actor_patterns as pat
from eventwire.actor_builder import ActorBuilder
from eventwire.actor_names import name_run
from eventwire.actor_tables import fold
from eventwire.actor_titles import titled
from eventwire.coref import resolve_ruling_military, ruling_military_words
from eventwire.token_view import Words

LONGEST_PHRASE = 2  # "military government"


def capitalised_junta(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "Junta spokesman Colonel X" / "Junta leaders": the junta named before, or its officer."""
    if not doc[i].text[:1].isupper() or (i > 0 and doc[i - 1].lower_ in pat.POSSESSIVE_DETERMINERS):
        return None
    stop = _ruling_words_end(doc, i, end)
    junta = resolve_ruling_military(builder.seen, doc.text_of(i, stop)) if stop else None
    if stop is None or junta is None:
        return None
    inner = pat.Prefix(end=stop, country=junta.country, igo=None, determiner="the")
    title = pat.parse_title(doc, stop, end, inner)
    if title is not None and title.end < end and name_run(doc, title.end, end) is not None:
        title.role = pat.role_case(f"{doc.text_of(i, stop)} {title.role}")
        title.sector = junta.sector if title.sector == "GOV" else title.sector
        return titled(doc, i, end, inner, title, builder)
    builder.mention(junta, i, stop, "description")
    return stop


def _ruling_words_end(doc: Words, i: int, end: int) -> int | None:
    """The end of roles.yaml's ``ruling_military_words`` at token ``i``, or None."""
    words = ruling_military_words()
    for stop in range(min(end, i + LONGEST_PHRASE), i, -1):
        if fold(doc.text_of(i, stop)) in words:
            return stop
    return None
