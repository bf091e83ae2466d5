"""Who is speaking: the subject of a cue verb, its span, and the actor it names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.quote_lexicon import QuoteLexicon
from eventwire.records import ActorMention

SUBJECT_DEPS = ("nsubj", "csubj", "nsubjpass")
# A cue verb without a subject of its own may borrow its head's: "X paused and added",
# "X told reporters, adding that ...", "X was quoted as saying ...".
BORROWING_DEPS = ("conj", "advcl", "xcomp", "pcomp")
# Left dependents that belong to a speaker's noun phrase ("ministry spokeswoman Maria Zakharova").
LEFT_KEEP = frozenset({"compound", "amod", "det", "poss", "nmod", "nummod", "quantmod", "case", "punct"})


@dataclass(slots=True, frozen=True)
class Speaker:
    head: Token
    start: int
    end: int


def subject_of(verb: Token, story_start: int = 0) -> Token | None:
    """The grammatical subject of a cue verb, borrowed from its governor if needed.

    A subject before ``story_start`` (the end of a dateline) is none: the parser often makes the
    filing place a second subject ("ISLAMABAD (Wire) — Pakistani officials said ...").
    """
    for _ in range(3):
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and child.idx >= story_start:
                return _antecedent(child, verb)
        if verb.dep_ not in BORROWING_DEPS or verb.head is verb:
            return None
        verb = verb.head
    return None


def _antecedent(subject: Token, verb: Token) -> Token:
    """For "Zhuk, who said ...", the speaker is the noun the relative pronoun stands for."""
    if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return subject


def _issuer_of(document: Token, lexicon: QuoteLexicon) -> Token | None:
    """Who issued a document noun: "the ministry's statement", "a statement from X"."""
    for child in document.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in lexicon.issuer_prepositions:
            objects = [grand for grand in child.children if grand.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _left_start(head: Token) -> int:
    """Character start of the head's left-hand noun-phrase modifiers."""
    start = head.idx
    for child in head.lefts:
        if child.dep_ in LEFT_KEEP and child.dep_ != "punct":
            start = min(start, child.left_edge.idx)
    return start


def _right_end(head: Token, lexicon: QuoteLexicon) -> int:
    """Character end of the speaker; role nouns keep their "for the ministry" complement."""
    end = head.idx + len(head.text)
    if head.lemma_.lower() not in lexicon.role_nouns:
        return end
    for child in head.rights:
        if child.dep_ in ("prep", "amod") and child.lower_ in lexicon.role_prepositions:
            last = child.right_edge
            end = max(end, last.idx + len(last.text))
    return end


def speaker_from_head(head: Token, lexicon: QuoteLexicon, story_start: int = 0) -> Speaker:
    """Turn a subject token into a speaker span, looking through document nouns to their issuer
    and through a title to the person named beside it ("Deputy Minister, Andrey Zhuk, said").
    The span starts no earlier than ``story_start``: a dateline the parser hung on the speaker
    ("KYIV (Wire) - officials") is not part of its name."""
    if head.lemma_.lower() in lexicon.document_nouns:
        head = _issuer_of(head, lexicon) or head
    head = _named_person(head) or head
    start = _left_start(head)
    if start < story_start <= head.idx:
        start = story_start
    return Speaker(head=head, start=start, end=_right_end(head, lexicon))


def _named_person(title: Token) -> Token | None:
    """The person's name in apposition to a title that is not itself a name."""
    if title.ent_type_ == "PERSON":
        return None
    for child in title.rights:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON" and child.pos_ == "PROPN":
            return child
    return None


def resolve_actor(speaker: Speaker, mentions: Sequence[ActorMention]) -> str | None:
    """The actor id of the mention that holds the speaker's head, else the one overlapping most."""
    head_offset = speaker.head.idx
    holding = [m for m in mentions if m.start <= head_offset < m.end]
    if holding:
        return min(holding, key=lambda m: m.end - m.start).actor_id
    overlaps = [
        (min(m.end, speaker.end) - max(m.start, speaker.start), m)
        for m in mentions
        if m.start < speaker.end and speaker.start < m.end
    ]
    if not overlaps:
        return None
    return max(overlaps, key=lambda pair: pair[0])[1].actor_id
