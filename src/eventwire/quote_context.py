"""What the quote finders share: one document's text, sentences and quote marks, and cue helpers."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from eventwire.dateline import dateline_end
from eventwire.quote_lexicon import QuoteLexicon
from eventwire.quote_marks import MarkedSpan, find_marked_spans
from eventwire.quote_speakers import Speaker, speaker_from_head, subject_of
from eventwire.records import Quote
from eventwire.token_view import Words


@dataclass(slots=True)
class Found:
    """A quote under construction, with what attribution needs to know about it."""

    quote: Quote
    speaker: Speaker | None
    paragraph: int
    sentence: int
    sentence_initial: bool


@dataclass(slots=True)
class DocContext:
    """One document's text, sentences and quote marks, computed once (``doc.text`` is not free)."""

    doc: Doc
    words: Words  # token attributes read once: the finders scan every token
    text: str
    lexicon: QuoteLexicon
    spans: list[MarkedSpan]
    inside: list[bool]
    sentences: list[Span]
    sentence_starts: list[int]
    token_starts: list[int]
    breaks: list[int]
    story_start: int = 0  # where the text starts after its dateline ("KYIV, May 3 (Wire) —"), if any

    @classmethod
    def of(cls, doc: Doc, lexicon: QuoteLexicon) -> DocContext:
        words = Words.of(doc)
        text = words.text
        spans = find_marked_spans(text, lexicon)
        sentences = list(doc.sents)
        token_starts = [word.idx for word in words]
        return cls(
            doc=doc,
            words=words,
            text=text,
            lexicon=lexicon,
            spans=spans,
            inside=inside_quotes(token_starts, spans),
            sentences=sentences,
            sentence_starts=[sent.start for sent in sentences],
            token_starts=token_starts,
            breaks=[match.start() for match in re.finditer(r"\n", text)],
            story_start=dateline_end(text),
        )

    def sentence_of(self, token: Token) -> int:
        return bisect.bisect_right(self.sentence_starts, token.i) - 1

    def quote(self, start: int, end: int, speaker: Speaker | None, cue: str | None, direct: bool) -> Quote:
        return Quote(
            start=start,
            end=end,
            text=self.text[start:end],
            speaker=None,
            speaker_start=speaker.start if speaker else None,
            speaker_end=speaker.end if speaker else None,
            cue=cue,
            direct=direct,
        )


def inside_quotes(token_starts: Sequence[int], spans: Sequence[MarkedSpan]) -> list[bool]:
    """For each token (by its start offset), whether it lies within a pair of quotation marks
    (marks included)."""
    starts = [span.open_mark for span in spans]
    inside = []
    for offset in token_starts:
        index = bisect.bisect_right(starts, offset) - 1
        inside.append(index >= 0 and spans[index].covers(offset))
    return inside


def is_passive(verb: Token) -> bool:
    return any(child.dep_ in ("nsubjpass", "auxpass") for child in verb.children)


def cue_name(token: Token, verbs: frozenset[str], lexicon: QuoteLexicon) -> str | None:
    """The cue a verb token stands for ("say", "point out"), or None if it is no cue.

    Passive verbs are no cues: "was declared by the army" reports no speech.
    """
    if token.pos_ not in ("VERB", "AUX"):
        return None
    lemma = token.lemma_.lower()
    if lemma not in verbs and lemma not in lexicon.phrasal_speech_heads:
        return None  # no cue, whatever its particle: no need to read its children
    if is_passive(token):
        return None
    for child in token.children:
        if child.dep_ == "prt" and f"{lemma} {child.lower_}" in lexicon.phrasal_speech_verbs:
            return f"{lemma} {child.lower_}"
    return lemma if lemma in verbs else None


def speaker_for(verb: Token, context: DocContext, after_quote: bool = False) -> Speaker | None:
    """The speaker of a cue verb: its subject, or, right after a quote, an inverted object.

    "“...,” declared the president" is often parsed with the speaker as object.
    """
    subject = subject_of(verb, context.story_start)
    if subject is None and after_quote:
        subject = next((child for child in verb.rights if child.dep_ in ("dobj", "attr")), None)
    if subject is None or context.inside[subject.i]:
        return None
    return speaker_from_head(subject, context.lexicon, context.story_start)


def source_phrase_at(token: Token, lexicon: QuoteLexicon) -> tuple[str, Token | None] | None:
    """If a source phrase ("according to") starts at ``token``: the phrase and its object."""
    if token.lower_ not in lexicon.source_phrase_starts:
        return None
    doc = token.doc
    for phrase in lexicon.source_phrases:
        end = token.i + len(phrase)
        if end > len(doc) or tuple(t.lower_ for t in doc[token.i : end]) != phrase:
            continue
        objects = [child for child in doc[end - 1].children if child.dep_ == "pobj"]
        return " ".join(phrase), objects[0] if objects else None
    return None
