"""Which actors a token stands for: the index of a document's actor mentions, read through a noun
phrase's head, modifiers, owners ("the army of X"), listed members and leader ("a delegation led by
X"). Shared by the dyad finder and its helper modules."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from eventwire.actor_builder import state_actor
from eventwire.countries import lookup
from eventwire.event_lexicon import event_words, events_config
from eventwire.eventparts import lemma
from eventwire.events_args import MODIFIER_DEPS, OWNER_PREPS, coordinated, unique
from eventwire.records import Actor, ActorMention

# A group "led by" or "headed by" someone acts for that someone's side.
LEADING_VERBS = frozenset({"lead", "head"})
# How far back "the ships" looks for the ships of someone named.
ANAPHORA_SENTENCES = 3


class MentionIndex:
    """Finds the actors a token refers to through the actor mentions that cover it."""

    def __init__(self, actors: Sequence[Actor], mentions: Sequence[ActorMention]) -> None:
        self.by_id = {actor.id: actor for actor in actors}
        self.mentions = [m for m in mentions if m.actor_id in self.by_id]
        # The actors of each mentioned span, in mention order ("the two leaders" names two).
        self.by_span: dict[tuple[int, int], list[Actor]] = {}
        for mention in self.mentions:
            self.by_span.setdefault((mention.start, mention.end), []).append(self.by_id[mention.actor_id])

    def at(self, token: Token) -> Actor | None:
        found = self.all_at(token)
        return found[0] if found else None

    def all_at(self, token: Token) -> list[Actor]:
        """The actors of the first mention covering the token, and of every other mention of the
        same words ("the two leaders" is a mention of each of the two)."""
        start, end = token.idx, token.idx + len(token.text)
        first = next((m for m in self.mentions if m.start <= start and end <= m.end), None)
        return unique(self.by_span[first.start, first.end]) if first is not None else []

    def in_span(self, start: int, end: int) -> list[tuple[int, Actor]]:
        """(offset, actor) of every mention inside a character range, in text order."""
        found = [
            (m.start, self.by_id[m.actor_id]) for m in self.mentions if start <= m.start and m.end <= end
        ]
        return sorted(found, key=lambda pair: pair[0])

    def of_phrase(self, token: Token, via: frozenset[str] = OWNER_PREPS, members: bool = True) -> list[Actor]:
        """Actors of a noun phrase: its head, else its modifiers ("Israeli and Jordanian troops", "Iran's
        navy"), else "of X" / "in X" ("the army of X", "security forces in X"); ``via`` lists the
        prepositions that may name the owner; with ``members``, the members a group noun lists
        ("diplomats ..., including X and Y") — not for an event noun ("sanctions on 400 companies,
        including a dozen in China" are not China's)."""
        direct = self.all_at(token)
        if direct and not any(actor.country or actor.igo for actor in direct):
            direct = self._leader_of(token) or direct  # "a delegation" is its leader's
        if direct:
            # "Pakistani and Afghan border forces": each coordinated nationality is a party
            paired = [
                actor
                for child in token.children
                if child.dep_ in {"amod", "nmod", "compound"}
                and any(grand.dep_ == "conj" for grand in child.children)
                for member in coordinated(child)
                for actor in self.all_at(member)
            ]
            return unique([*paired, *direct, *self._listed_owners(token, direct, via)])
        modifiers = [
            member
            for child in token.children
            if child.dep_ in MODIFIER_DEPS or child.dep_ == "appos"
            for member in coordinated(child)
            if lemma(member)
            not in event_words("currency_nouns")  # "grants worth 2 billion Sri Lankan rupees"
        ]
        found = unique(actor for member in modifiers for actor in self.of_phrase(member))
        if found:
            return found
        for child in token.children:
            if child.dep_ == "prep" and lemma(child) in via and token.pos_ in {"NOUN", "PRON"}:
                # "the heads of Israel's Mossad and of Egyptian intelligence": coordinated prepositions
                preps = [child, *(c for c in child.children if c.dep_ == "conj" and c.pos_ == "ADP")]
                found = unique(
                    actor
                    for prep in preps
                    for pobj in prep.children
                    if pobj.dep_ == "pobj"
                    for actor in self.of_group(pobj)
                )
                if found:
                    return found
        if token.pos_ != "NOUN":
            return []
        return (
            self._leader_of(token)
            or (self._included(token) if members else [])
            or demonym_owner(token)
            or self._told_before(token)
        )

    def _told_before(self, token: Token) -> list[Actor]:
        """Whose "the ships" are: the side named on the same noun in the sentences just before ("Four
        Chinese coast guard ships entered ... The Japanese coast guard ordered the ships to leave")."""
        if not any(child.dep_ == "det" and child.lower_ == "the" for child in token.children):
            return []
        if any(child.dep_ != "det" for child in token.children):
            return []
        sent = token.sent
        for _ in range(ANAPHORA_SENTENCES):
            if sent.start == 0:
                break
            sent = token.doc[sent.start - 1].sent  # the sentence before, without listing the document's
            for earlier in reversed(sent):
                if earlier.pos_ == "NOUN" and _same_kind(earlier, token):
                    found = self.all_at(earlier) or demonym_owner(earlier)
                    if found:
                        return found
        return []

    def _leader_of(self, token: Token) -> list[Actor]:
        """Who leads a group the phrase names none of: "a delegation led by the ECOWAS Commission
        president", "a team headed by the deputy minister" act for their leader's side."""
        return unique(
            actor
            for clause in token.children
            if clause.dep_ == "acl" and clause.lemma_ in LEADING_VERBS
            for agent in clause.children
            if agent.dep_ == "agent"
            for pobj in agent.children
            if pobj.dep_ == "pobj"
            for actor in self.of_group(pobj)
        )

    def _listed_owners(self, token: Token, direct: list[Actor], via: frozenset[str]) -> list[Actor]:
        """The other owners of a list the phrase's own mention begins: "the leaders of Germany, Poland
        and Norway" is mentioned as Germany's government, and Poland and Norway are named after it
        ("companies in China, India and Turkey" likewise). An owner outside the phrase's mention
        ("Russian troops in Mali and Niger") is where they are, not whose they are."""
        listed: list[Actor] = []
        for child in token.children:
            if child.dep_ != "prep" or lemma(child) not in via:
                continue
            for pobj in child.children:
                if pobj.dep_ == "pobj" and self.all_at(pobj) == direct:
                    listed.extend(a for member in coordinated(pobj)[1:] for a in self.all_at(member))
        return listed

    def _included(self, token: Token) -> list[Actor]:
        """Actors listed as members of a group noun: "diplomats from seven countries, including X and
        Y" (the small parser often hangs "including" on a later word of the phrase)."""
        for word in token.subtree:
            if word.dep_ == "prep" and word.lower_ == "including" and word.i > token.i:
                found = unique(
                    a for pobj in word.children if pobj.dep_ == "pobj" for a in self.of_group(pobj)
                )
                if found:
                    return found
        return []

    def of_group(self, token: Token, via: frozenset[str] = OWNER_PREPS) -> list[Actor]:
        """Actors of a phrase and of everything coordinated with it ("X and Y", "X, Y and Z")."""
        return unique([actor for member in coordinated(token) for actor in self.of_phrase(member, via)])


def _same_kind(earlier: Token, token: Token) -> bool:
    """Whether an earlier noun names the same things: the same word in the same number, or words of one
    kind (``document_context.anaphor_kinds``: "vessels" ... "the ships")."""
    if earlier.tag_ != token.tag_:
        return False
    if lemma(earlier) == lemma(token):
        return True
    kinds = events_config().get("document_context", {}).get("anaphor_kinds", [])
    return any(lemma(earlier) in kind and lemma(token) in kind for kind in kinds)


def demonym_owner(token: Token) -> list[Actor]:
    """The countries of a nationality adjective on a noun no actor rule knows ("Iranian drone makers",
    "Chinese vessels"): the phrase is that country's, in no sector we can name; coordinated adjectives
    ("the Chinese and Russian drills") name a party each."""
    for child in token.children:
        if child.dep_ not in {"amod", "compound"}:
            continue
        states = unique(
            state for member in coordinated(child) for state in state_named(member.text, kind="demonym")
        )
        if states:
            return states
    return []


def state_named(surface: str, kind: str | None = None) -> list[Actor]:
    """The state a country word names ("Panama", "Liberian"), if it is a table entry (of ``kind``,
    when given) with a country: a list of its one actor, else empty."""
    entry = lookup(surface)
    if entry is None or not (entry.country or entry.code) or (kind is not None and entry.kind != kind):
        return []
    return [state_actor(entry.country or entry.code)]
