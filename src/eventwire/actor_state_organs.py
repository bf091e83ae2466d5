"""Whose state organ: "the government", "the army", "security forces" named with no country word.

A state's own organs belong to the state the sentence speaks for, not to the country the text names
most: a story about a Chinese envoy's remark names China in every line, but "the Japanese chief
cabinet secretary said the government would seek an apology" speaks of Japan's. In order:

* the state whose official or office is the nearest subject before the description in its own
  sentence, when that subject reports what the organ does or owns ("Foreign Minister X said
  officials had summoned the Chinese ambassador to convey the government's protest": X's
  government; not "X urged the military to stand down", nor "X sent troops to help the government
  fight rebels");
* else the country the text names most.

The description's own possessor or "of" phrase wins ("the South's military", "the government of
Nicolas Maduro"): then the speaker says nothing of whose it is.

Only the sectors of roles.yaml ``state_organ_sectors``; rebels and other non-state collectives keep
the most-named country.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actor_tables import role_words

if TYPE_CHECKING:
    from eventwire.actor_builder import ActorBuilder

NON_STATE_CODES = frozenset({"IGO", "NGO", "IMG", "MNC"})
SPEAKER_KINDS = frozenset({"state", "organisation", "person"})
#: The organ is spoken of as acting or owning ("said the government would", "the government's
#: position"), not addressed or sent ("urged the military to", "deployed troops"): those are as often
#: another state's.
SPOKEN_OF_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


def is_state_organ(sector: str | None) -> bool:
    """Whether ``sector`` is one of a state's own organs (roles.yaml ``state_organ_sectors``)."""
    return sector is not None and sector in role_words("state_organ_sectors")


def state_organ_country(builder: ActorBuilder, token: int | None) -> str | None:
    """The country of a state organ whose head word is ``token``, named with no country word (see
    the module)."""
    return sentence_state(builder, token) or builder.document_country


def sentence_state(builder: ActorBuilder, token: int | None) -> str | None:
    """The country of the nearest state, official or state office before ``token`` in its sentence
    that reports what the organ did ("X said the government would") or whose words name the organ's
    possession ("X said ... to convey the government's protest"); None when there is none."""
    head = builder.doc.doc[token] if token is not None else None
    if head is None or _owned(head) or head.dep_ not in SPOKEN_OF_DEPS:
        return None
    for item in reversed(builder.seen):
        if item.sentence != builder.sentence:
            break
        if item.token >= token or not item.subject or not _reports(builder.doc.doc[item.governor], head):
            continue
        actor = item.actor
        if actor.kind not in SPEAKER_KINDS or not actor.country or actor.country in NON_STATE_CODES:
            continue
        if actor.kind == "person" and not actor.role:
            continue  # a private person speaks for no state
        if actor.kind == "organisation" and not is_state_organ(actor.sector):
            continue
        return actor.country
    return None


def _reports(verb, head) -> bool:
    """Whether the speaker's ``verb`` reports the clause the organ ``head`` is the subject of ("said
    the army would", roles.yaml ``state_organ_speech_verbs``), or, for a possessor ("the
    government's"), governs it at any depth. "Hungary sent soldiers to help the government fight"
    reports nothing: that government is another."""
    if head.dep_ == "poss":
        return verb.is_ancestor(head)
    clause = head.head
    return (
        clause.dep_ == "ccomp"
        and clause.head.i == verb.i
        and verb.lemma_.lower() in role_words("state_organ_speech_verbs")
    )


def _owned(head) -> bool:
    """ "the South's military", "its army", "the government of Nicolas Maduro": the description
    says whose it is itself."""
    following = head.nbor(1) if head.i + 1 < len(head.doc) else None
    return any(child.dep_ == "poss" for child in head.children) or (
        following is not None and following.lower_ == "of"
    )
