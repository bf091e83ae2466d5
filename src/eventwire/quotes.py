"""Quotes: direct quotes and reported speech, each with its speaker and cue.

Direct quotes start from quotation marks (:mod:`eventwire.quote_marks`). As in
textacy's ``direct_quotations``, the cue is the speech verb outside any quote
nearest to the marks within the quote's sentence (or the sentence just before
a colon, or a following sentence that opens in lower case), and the speaker is
that verb's subject. Unlike textacy we keep quotes whose speaker is unknown,
let a cue-less quote inherit the speaker of the quote just before it (news
paragraphs that carry on a quote), accept phrases such as "called it “...”",
and read reported speech from the parse: a speech verb governing a clause
("said that ...", "told reporters the talks ...") or "according to X, ...".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwire.quote_context import DocContext, Found, cue_name, source_phrase_at, speaker_for
from eventwire.quote_headlines import HEADLINE_CUE, headline_quotes, headline_speaker, line_of
from eventwire.quote_lexicon import load_lexicon
from eventwire.quote_marks import MarkedSpan, ends_like_utterance
from eventwire.quote_reported import reported_speech, source_phrases
from eventwire.quote_speakers import Speaker, resolve_actor, speaker_from_head
from eventwire.records import ActorMention, Quote

# A cue in a neighbouring sentence loses to any cue in the quote's own sentence.
NEIGHBOUR_PENALTY = 100
# Within a paragraph, a quote with no cue inherits a speaker at most this many sentences back.
INHERIT_SENTENCES = 2
# Quotes of fewer words, mid-sentence and without a cue, are scare quotes, not speech.
SCARE_QUOTE_WORDS = 4
LEADING_NOISE = " \t\"“‘'«„—–-("


def extract_quotes(doc: Doc, mentions: Sequence[ActorMention] = ()) -> list[Quote]:
    """Direct and reported quotes in ``doc``, in text order, with speakers resolved to actor ids."""
    context = DocContext.of(doc, load_lexicon())
    found = _direct_quotes(context)
    found += reported_speech(context)
    found += source_phrases(context)
    found += headline_quotes(context)
    quotes = [_with_actor(item, mentions) for item in found]
    return sorted(quotes, key=lambda quote: (quote.start, quote.end))


def _with_actor(item: Found, mentions: Sequence[ActorMention]) -> Quote:
    if item.speaker is None or not mentions:
        return item.quote
    return replace(item.quote, speaker=resolve_actor(item.speaker, mentions))


# ---------------------------------------------------------------- direct quotes


def _direct_quotes(context: DocContext) -> list[Found]:
    found = [item for span in context.spans if (item := _attribute_direct(context, span)) is not None]
    _inherit_speakers(found)
    return [item for item in found if _is_speech(context, item)]


def _edge_tokens(context: DocContext, span: MarkedSpan) -> tuple[Token, Token] | None:
    """The first and last tokens inside the marks."""
    first = bisect.bisect_left(context.token_starts, span.start)
    last = bisect.bisect_left(context.token_starts, span.end) - 1
    if first > last:
        return None
    return context.doc[first], context.doc[last]


def _attribute_direct(context: DocContext, span: MarkedSpan) -> Found | None:
    edges = _edge_tokens(context, span)
    if edges is None:
        return None
    first, last = edges
    own = context.sentences[context.sentence_of(first) : context.sentence_of(last) + 1]
    window = own + _neighbour_sentences(context, span, own)
    cue, speaker = _best_cue(context, window, own, first, last)
    if speaker is None:
        headline = headline_speaker(context, line_of(context, last))  # “We will respond”: Kremlin
        if headline is not None:
            cue, speaker = HEADLINE_CUE, headline
    sentence_start = own[0].start_char
    return Found(
        quote=context.quote(span.start, span.end, speaker, cue, direct=True),
        speaker=speaker,
        paragraph=bisect.bisect_left(context.breaks, span.start),
        sentence=context.sentence_of(first),
        sentence_initial=not context.text[sentence_start : span.open_mark].strip(LEADING_NOISE),
    )


def _neighbour_sentences(context: DocContext, span: MarkedSpan, own: list[Span]) -> list[Span]:
    """Sentences next to the quote that may hold its cue.

    The one before counts when a colon or comma leads into the quote ("X said: ..."),
    the one after when it opens in lower case or with a dash ("... ” \\n said X.").
    """
    sentences = context.sentences
    neighbours: list[Span] = []
    lead_in = context.text[max(0, span.open_mark - 40) : span.open_mark].rstrip()
    first_index = context.sentence_of(own[0][0])
    if lead_in.endswith((":", ",")) and first_index > 0:
        neighbours.append(sentences[first_index - 1])
    last_index = context.sentence_of(own[-1][0])
    if last_index + 1 < len(sentences) and _quote_ends_sentence(own[-1], context.inside):
        following = sentences[last_index + 1]
        opening = context.text[following.start_char : following.start_char + 3].lstrip()
        if opening and (opening[0].islower() or opening[0] in "—–-"):
            neighbours.append(following)
    return neighbours


def _quote_ends_sentence(sentence: Span, inside: list[bool]) -> bool:
    """Whether nothing but punctuation follows the last quoted token of the sentence."""
    tail = [token for token in sentence if not inside[token.i]]
    last_inside = max((token.i for token in sentence if inside[token.i]), default=-1)
    return all(token.is_punct or token.is_space for token in tail if token.i > last_inside)


def _best_cue(
    context: DocContext, window: list[Span], own: list[Span], first: Token, last: Token
) -> tuple[str | None, Speaker | None]:
    """The nearest cue outside the quotes, preferring one whose subject we can find."""
    own_starts = {sent.start for sent in own}
    candidates: list[tuple[int, str, Speaker | None]] = []
    for sent in window:
        penalty = 0 if sent.start in own_starts else NEIGHBOUR_PENALTY
        for token in sent:
            if context.inside[token.i]:
                continue
            distance = first.i - token.i if token.i < first.i else token.i - last.i
            cue_and_speaker = _cue_at(context, token, first, after_quote=token.i > last.i)
            if cue_and_speaker is not None:
                candidates.append((distance + penalty, *cue_and_speaker))
    if not candidates:
        return None, None
    candidates.sort(key=lambda candidate: candidate[0])
    with_speaker = [candidate for candidate in candidates if candidate[2] is not None]
    _, cue, speaker = (with_speaker or candidates)[0]
    return cue, speaker


def _cue_at(
    context: DocContext, token: Token, first: Token, after_quote: bool
) -> tuple[str, Speaker | None] | None:
    """A (cue, speaker) pair if the token is a speech verb or starts a source phrase."""
    lexicon = context.lexicon
    source = source_phrase_at(token, lexicon)
    if source is not None:
        phrase, speaker_head = source
        return phrase, speaker_from_head(
            speaker_head, lexicon, context.story_start
        ) if speaker_head is not None else None
    cue = cue_name(token, lexicon.direct_cues, lexicon)
    if cue is None:
        return None
    speaker = speaker_for(token, context, after_quote)
    if cue in lexicon.framing_verbs and not _frames(token, first, speaker):
        return None
    return cue, speaker


def _frames(verb: Token, quoted: Token, speaker: Speaker | None) -> bool:
    """Whether a framing verb frames this quote: it has a subject and governs the quoted words.

    Not "the so-called ..." (no one framing) nor "would call for ..." (a request, no framing).
    """
    governs = verb.left_edge.i <= quoted.i <= verb.right_edge.i
    asks = any(child.dep_ == "prep" and child.lower_ in ("for", "on", "upon") for child in verb.children)
    return speaker is not None and governs and not asks


def _inherit_speakers(found: list[Found]) -> None:
    """A cue-less quote opening its sentence carries on the speaker of the quote just before it.

    News copy continues one speaker's quote paragraph after paragraph, so across
    paragraphs the speaker passes from quote to quote (a chain). Within one paragraph
    only a quote with a cue of its own passes it on, to a quote at most
    ``INHERIT_SENTENCES`` sentences later: without paragraph breaks (dialogue in
    fiction, flattened text) chaining would hand one speaker every turn.
    """
    previous: Found | None = None
    for item in found:
        cue_less = item.quote.cue is None and item.sentence_initial
        if cue_less and previous is not None and _carries_on(previous, item):
            item.speaker = previous.speaker
            item.quote.speaker_start = previous.quote.speaker_start
            item.quote.speaker_end = previous.quote.speaker_end
        if item.speaker is not None:
            previous = item


def _carries_on(previous: Found, item: Found) -> bool:
    if item.paragraph == previous.paragraph:
        own_cue = previous.quote.cue is not None
        return own_cue and item.sentence - previous.sentence <= INHERIT_SENTENCES
    return item.paragraph - previous.paragraph == 1


def _is_speech(context: DocContext, item: Found) -> bool:
    """Drop scare quotes and quoted titles: short, mid-sentence, and with nobody saying them."""
    words = re.findall(r"\w+", item.quote.text)
    span = next(span for span in context.spans if span.start == item.quote.start)
    if len(words) < context.lexicon.min_words and not ends_like_utterance(context.text, span):
        return False
    attributed = item.quote.cue is not None or item.speaker is not None
    if attributed:
        return True
    return not _looks_like_title(words) and (item.sentence_initial or len(words) >= SCARE_QUOTE_WORDS)


def _looks_like_title(words: list[str]) -> bool:
    """A quoted name or title ("The Poet and the Peasant"): every longer word capitalised."""
    long_words = [word for word in words if len(word) > 3]
    return len(long_words) >= 2 and all(word[0].isupper() for word in long_words)
