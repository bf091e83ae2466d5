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
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from eventwire.quote_lexicon import QuoteLexicon, load_lexicon
from eventwire.quote_marks import MarkedSpan, ends_like_utterance, find_marked_spans
from eventwire.quote_speakers import Speaker, resolve_actor, speaker_from_head, subject_of
from eventwire.records import ActorMention, Quote

# A cue in a neighbouring sentence loses to any cue in the quote's own sentence.
NEIGHBOUR_PENALTY = 100
# Within a paragraph, a quote with no cue inherits a speaker at most this many sentences back.
INHERIT_SENTENCES = 2
# Quotes of fewer words, mid-sentence and without a cue, are scare quotes, not speech.
SCARE_QUOTE_WORDS = 4
LEADING_NOISE = " \t\"“‘'«„—–-("


@dataclass(slots=True)
class _Found:
    """A quote under construction, with what attribution needs to know about it."""

    quote: Quote
    speaker: Speaker | None
    paragraph: int
    sentence: int
    sentence_initial: bool


@dataclass(slots=True)
class _Context:
    """One document's text, sentences and quote marks, computed once (``doc.text`` is not free)."""

    doc: Doc
    text: str
    lexicon: QuoteLexicon
    spans: list[MarkedSpan]
    inside: list[bool]
    sentences: list[Span]
    sentence_starts: list[int]
    token_starts: list[int]
    breaks: list[int]

    @classmethod
    def of(cls, doc: Doc, lexicon: QuoteLexicon) -> _Context:
        text = doc.text
        spans = find_marked_spans(text, lexicon)
        sentences = list(doc.sents)
        return cls(
            doc=doc,
            text=text,
            lexicon=lexicon,
            spans=spans,
            inside=_inside_quotes(doc, spans),
            sentences=sentences,
            sentence_starts=[sent.start for sent in sentences],
            token_starts=[token.idx for token in doc],
            breaks=[match.start() for match in re.finditer(r"\n", text)],
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


def extract_quotes(doc: Doc, mentions: Sequence[ActorMention] = ()) -> list[Quote]:
    """Direct and reported quotes in ``doc``, in text order, with speakers resolved to actor ids."""
    context = _Context.of(doc, load_lexicon())
    found = _direct_quotes(context)
    found += _reported_speech(context)
    found += _source_phrases(context)
    quotes = [_with_actor(item, mentions) for item in found]
    return sorted(quotes, key=lambda quote: (quote.start, quote.end))


def _with_actor(item: _Found, mentions: Sequence[ActorMention]) -> Quote:
    if item.speaker is None or not mentions:
        return item.quote
    return replace(item.quote, speaker=resolve_actor(item.speaker, mentions))


# ---------------------------------------------------------------- shared helpers


def _inside_quotes(doc: Doc, spans: Sequence[MarkedSpan]) -> list[bool]:
    """For each token, whether it lies within a pair of quotation marks (marks included)."""
    inside = [False] * len(doc)
    starts = [span.open_mark for span in spans]
    for token in doc:
        index = bisect.bisect_right(starts, token.idx) - 1
        inside[token.i] = index >= 0 and spans[index].covers(token.idx)
    return inside


def _is_passive(verb: Token) -> bool:
    return any(child.dep_ in ("nsubjpass", "auxpass") for child in verb.children)


def _cue_name(token: Token, verbs: frozenset[str], lexicon: QuoteLexicon) -> str | None:
    """The cue a verb token stands for ("say", "point out"), or None if it is no cue.

    Passive verbs are no cues: "was declared by the army" reports no speech.
    """
    if token.pos_ not in ("VERB", "AUX") or _is_passive(token):
        return None
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ == "prt" and f"{lemma} {child.lower_}" in lexicon.phrasal_speech_verbs:
            return f"{lemma} {child.lower_}"
    return lemma if lemma in verbs else None


def _speaker_for(verb: Token, context: _Context, after_quote: bool = False) -> Speaker | None:
    """The speaker of a cue verb: its subject, or, right after a quote, an inverted object.

    "“...,” declared the president" is often parsed with the speaker as object.
    """
    subject = subject_of(verb)
    if subject is None and after_quote:
        subject = next((child for child in verb.rights if child.dep_ in ("dobj", "attr")), None)
    if subject is None or context.inside[subject.i]:
        return None
    return speaker_from_head(subject, context.lexicon)


# ---------------------------------------------------------------- direct quotes


def _direct_quotes(context: _Context) -> list[_Found]:
    found = [item for span in context.spans if (item := _attribute_direct(context, span)) is not None]
    _inherit_speakers(found)
    return [item for item in found if _is_speech(context, item)]


def _edge_tokens(context: _Context, span: MarkedSpan) -> tuple[Token, Token] | None:
    """The first and last tokens inside the marks."""
    first = bisect.bisect_left(context.token_starts, span.start)
    last = bisect.bisect_left(context.token_starts, span.end) - 1
    if first > last:
        return None
    return context.doc[first], context.doc[last]


def _attribute_direct(context: _Context, span: MarkedSpan) -> _Found | None:
    edges = _edge_tokens(context, span)
    if edges is None:
        return None
    first, last = edges
    own = context.sentences[context.sentence_of(first) : context.sentence_of(last) + 1]
    window = own + _neighbour_sentences(context, span, own)
    cue, speaker = _best_cue(context, window, own, first, last)
    sentence_start = own[0].start_char
    return _Found(
        quote=context.quote(span.start, span.end, speaker, cue, direct=True),
        speaker=speaker,
        paragraph=bisect.bisect_left(context.breaks, span.start),
        sentence=context.sentence_of(first),
        sentence_initial=not context.text[sentence_start : span.open_mark].strip(LEADING_NOISE),
    )


def _neighbour_sentences(context: _Context, span: MarkedSpan, own: list[Span]) -> list[Span]:
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
    context: _Context, window: list[Span], own: list[Span], first: Token, last: Token
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
    context: _Context, token: Token, first: Token, after_quote: bool
) -> tuple[str, Speaker | None] | None:
    """A (cue, speaker) pair if the token is a speech verb or starts a source phrase."""
    lexicon = context.lexicon
    source = _source_phrase_at(token, lexicon)
    if source is not None:
        phrase, speaker_head = source
        return phrase, speaker_from_head(speaker_head, lexicon) if speaker_head is not None else None
    cue = _cue_name(token, lexicon.direct_cues, lexicon)
    if cue is None:
        return None
    speaker = _speaker_for(token, context, after_quote)
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


def _inherit_speakers(found: list[_Found]) -> None:
    """A cue-less quote opening its sentence carries on the speaker of the quote just before it.

    News copy continues one speaker's quote paragraph after paragraph, so across
    paragraphs the speaker passes from quote to quote (a chain). Within one paragraph
    only a quote with a cue of its own passes it on, to a quote at most
    ``INHERIT_SENTENCES`` sentences later: without paragraph breaks (dialogue in
    fiction, flattened text) chaining would hand one speaker every turn.
    """
    previous: _Found | None = None
    for item in found:
        cue_less = item.quote.cue is None and item.sentence_initial
        if cue_less and previous is not None and _carries_on(previous, item):
            item.speaker = previous.speaker
            item.quote.speaker_start = previous.quote.speaker_start
            item.quote.speaker_end = previous.quote.speaker_end
        if item.speaker is not None:
            previous = item


def _carries_on(previous: _Found, item: _Found) -> bool:
    if item.paragraph == previous.paragraph:
        own_cue = previous.quote.cue is not None
        return own_cue and item.sentence - previous.sentence <= INHERIT_SENTENCES
    return item.paragraph - previous.paragraph == 1


def _is_speech(context: _Context, item: _Found) -> bool:
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


# ---------------------------------------------------------------- reported speech


def _reported_speech(context: _Context) -> list[_Found]:
    """Clauses governed by a speech verb outside quotes: "X said (that) ...", "X warned that ..."."""
    found: list[_Found] = []
    lexicon, inside = context.lexicon, context.inside
    for token in context.doc:
        if inside[token.i]:
            continue
        cue = _cue_name(token, lexicon.reporting_cues, lexicon)
        clause = _reported_clause(token, lexicon) if cue else None
        if clause is None:
            continue
        tokens = _trimmed(list(clause.subtree))
        # A clause that opens inside quotation marks is a direct quote ("said “we are ready”").
        if not tokens or inside[tokens[0].i]:
            continue
        speaker = _speaker_for(token, context)
        quote = context.quote(*_bounds(tokens), speaker, cue, direct=False)
        found.append(_Found(quote, speaker, 0, 0, False))
    return found


def _reported_clause(verb: Token, lexicon: QuoteLexicon) -> Token | None:
    """The head of the clause a speech verb reports."""
    for child in verb.children:
        if child.dep_ == "ccomp":
            return child
    # "said in a statement that ...": the parser often hangs the clause on the document noun.
    for child in verb.children:
        if child.dep_ != "prep":
            continue
        for noun in child.children:
            if noun.lemma_.lower() not in lexicon.document_nouns:
                continue
            for clause in noun.children:
                if clause.dep_ in ("acl", "relcl", "ccomp") and any(
                    mark.dep_ == "mark" and mark.lower_ == "that" for mark in clause.children
                ):
                    return clause
    return None


def _is_edge_noise(token: Token) -> bool:
    """Punctuation to trim from a clause's edges; quotation marks stay so quotes remain balanced."""
    return token.is_space or (token.is_punct and not token.is_quote)


def _trimmed(tokens: list[Token]) -> list[Token]:
    """A clause's tokens without its leading "that" and its edge punctuation."""
    while tokens and ((tokens[0].dep_ == "mark" and tokens[0].lower_ == "that") or _is_edge_noise(tokens[0])):
        tokens = tokens[1:]
    while tokens and _is_edge_noise(tokens[-1]):
        tokens = tokens[:-1]
    return tokens


def _bounds(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _clause_bounds(tokens: list[Token]) -> tuple[int, int] | None:
    """Character bounds of a clause without its "that" and its edge punctuation."""
    tokens = _trimmed(tokens)
    return _bounds(tokens) if tokens else None


# ---------------------------------------------------------------- according to X


def _source_phrase_at(token: Token, lexicon: QuoteLexicon) -> tuple[str, Token | None] | None:
    """If a source phrase ("according to") starts at ``token``: the phrase and its object."""
    doc = token.doc
    for phrase in lexicon.source_phrases:
        end = token.i + len(phrase)
        if end > len(doc) or tuple(t.lower_ for t in doc[token.i : end]) != phrase:
            continue
        objects = [child for child in doc[end - 1].children if child.dep_ == "pobj"]
        return " ".join(phrase), objects[0] if objects else None
    return None


def _source_phrases(context: _Context) -> list[_Found]:
    """Reported speech introduced by a source phrase: "according to X, ..."."""
    found: list[_Found] = []
    for token in context.doc:
        if context.inside[token.i]:
            continue
        source = _source_phrase_at(token, context.lexicon)
        if source is None or source[1] is None:
            continue
        bounds = _content_beside(context, token)
        if bounds is None:
            continue
        speaker = speaker_from_head(source[1], context.lexicon)
        quote = context.quote(*bounds, speaker, source[0], direct=False)
        found.append(_Found(quote, speaker, 0, 0, False))
    return found


def _content_beside(context: _Context, phrase_start: Token) -> tuple[int, int] | None:
    """The clause a source phrase is attached to, minus the phrase itself (the longer side)."""
    clause = phrase_start.head
    if clause is phrase_start:
        return None
    phrase = {token.i for token in phrase_start.subtree}
    sentence = context.sentences[context.sentence_of(clause)]
    tokens = [token for token in sentence if token.i not in phrase]
    before = [token for token in tokens if token.i < phrase_start.i]
    after = [token for token in tokens if token.i > max(phrase)]
    side = max((_clause_bounds(before), _clause_bounds(after)), key=lambda b: (b[1] - b[0]) if b else -1)
    return side
