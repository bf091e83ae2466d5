"""Headline attribution: "Sanctions will not break our economy: Minsk" (the speaker after a colon).

Wire headlines put the source last, after a colon, with no speech verb. We read a
sentence that way only when it looks like a headline (it does not end in a full stop)
and the words after its last colon are a short run of capitalised words (a name, a
capital, "the Kremlin"), with a clause or a quotation before the colon.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.quote_context import DocContext, Found
from eventwire.quote_speakers import Speaker

HEADLINE_CUE = ":"
MAX_SPEAKER_WORDS = 4
MIN_CLAIM_WORDS = 4  # a verbless claim needs this many words (the small model tags headline verbs as nouns)
SENTENCE_END = frozenset({".", "?", "!"})
SPEAKER_JOINERS = frozenset({"the", "of", "'s", "’s", "-"})
NOUN_PHRASE_POS = frozenset({"PROPN", "NOUN", "ADJ"})


def headline_speaker(context: DocContext, sentence: Span) -> Speaker | None:
    """The speaker named after a headline's closing colon, or None."""
    if ":" not in context.text[sentence.start_char : sentence.end_char]:
        return None  # no colon, no headline source (most lines): skip reading the tokens
    tokens = [token for token in sentence if not token.is_space]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in SENTENCE_END:
        tokens.pop()
    if not tokens or tokens[-1].text in SENTENCE_END:
        return None  # a sentence of running text, not a headline
    colons = [k for k, token in enumerate(tokens) if token.text == ":" and not context.inside[token.i]]
    if not colons or colons[-1] == 0:
        return None
    tail = tokens[colons[-1] + 1 :]
    if not _is_name_run(tail, context):
        return None
    head = next(token for token in reversed(tail) if token.text[:1].isupper())  # "Kremlin" in "the Kremlin"
    return Speaker(head=head, start=tail[0].idx, end=tail[-1].idx + len(tail[-1].text))


def line_of(context: DocContext, token: Token) -> Span:
    """The text line holding ``token`` (headlines are lines; the parser may split them at a colon)."""
    text = context.text
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    end = len(text) if end < 0 else end
    return context.doc.char_span(start, end, alignment_mode="expand")


def _lines(context: DocContext) -> list[Span]:
    lines, offset = [], 0
    for line in context.text.split("\n"):
        if line.strip():
            span = context.doc.char_span(offset, offset + len(line), alignment_mode="expand")
            if span is not None and len(span):
                lines.append(span)
        offset += len(line) + 1
    return lines


def _is_name_run(tail: list[Token], context: DocContext) -> bool:
    """A short noun phrase opening with a capital: "Minsk", "the Kremlin", "UN envoy"."""
    if not 0 < len(tail) <= MAX_SPEAKER_WORDS or any(context.inside[token.i] for token in tail):
        return False
    opening = tail[1] if tail[0].lower_ == "the" and len(tail) > 1 else tail[0]
    if not opening.text[:1].isupper() or any(
        token.lower_ in context.lexicon.headline_labels for token in tail
    ):
        return False
    return all(token.pos_ in NOUN_PHRASE_POS or token.lower_ in SPEAKER_JOINERS for token in tail)


def headline_quotes(context: DocContext) -> list[Found]:
    """Unquoted headline claims with their speaker: "Talks are over: Kremlin" (reported, cue ":")."""
    found: list[Found] = []
    for line in _lines(context):
        speaker = headline_speaker(context, line)
        if speaker is None:
            continue
        claim = [token for token in line if token.idx < speaker.start and not token.is_space]
        while claim and (claim[-1].is_punct or claim[-1].is_space):
            claim.pop()
        if not claim or any(context.inside[token.i] for token in claim):
            continue  # a quoted headline is a direct quote, attributed by the direct finder
        words = [token for token in claim if not token.is_punct]
        if len(words) < MIN_CLAIM_WORDS and not any(token.pos_ in {"VERB", "AUX"} for token in claim):
            continue  # "Budget 2025: Finance Ministry" labels a topic, it reports no claim
        start, end = claim[0].idx, claim[-1].idx + len(claim[-1].text)
        quote = context.quote(start, end, speaker, HEADLINE_CUE, direct=False)
        found.append(Found(quote, speaker, 0, context.sentence_of(claim[0]), True))
    return found
