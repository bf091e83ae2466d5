"""Reported (indirect) speech: "X said (that) ...", "X told reporters ...", "according to X, ..."."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.quote_context import DocContext, Found, cue_name, source_phrase_at, speaker_for
from eventwire.quote_lexicon import QuoteLexicon
from eventwire.quote_speakers import speaker_from_head


def reported_speech(context: DocContext) -> list[Found]:
    """Clauses governed by a speech verb outside quotes: "X said (that) ...", "X warned that ..."."""
    found: list[Found] = []
    lexicon, inside, cues = context.lexicon, context.inside, context.lexicon.reporting_cues
    for word in context.words:
        # Only verbs can be cues (see cue_name): skip the rest before making a spaCy token.
        if inside[word.i] or word.pos_ not in ("VERB", "AUX"):
            continue
        token = context.doc[word.i]
        cue = cue_name(token, cues, lexicon)
        clause = _reported_clause(token, lexicon) if cue else None
        if clause is None:
            continue
        # a dateline the parser hung on the reported clause is no part of what was said
        tokens = _trimmed([token for token in clause.subtree if token.idx >= context.story_start])
        # A clause that opens inside quotation marks is a direct quote ("said “we are ready”").
        if not tokens or inside[tokens[0].i]:
            continue
        speaker = speaker_for(token, context)
        quote = context.quote(*_bounds(tokens), speaker, cue, direct=False)
        found.append(Found(quote, speaker, 0, 0, False))
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


def source_phrases(context: DocContext) -> list[Found]:
    """Reported speech introduced by a source phrase: "according to X, ..."."""
    found: list[Found] = []
    starts = context.lexicon.source_phrase_starts
    for word in context.words:
        if context.inside[word.i] or word.lower_ not in starts:
            continue  # most tokens start no source phrase
        token = context.doc[word.i]
        source = source_phrase_at(token, context.lexicon)
        if source is None or source[1] is None:
            continue
        bounds = _content_beside(context, token)
        if bounds is None:
            continue
        speaker = speaker_from_head(source[1], context.lexicon, context.story_start)
        quote = context.quote(*bounds, speaker, source[0], direct=False)
        found.append(Found(quote, speaker, 0, 0, False))
    return found


def _content_beside(context: DocContext, phrase_start: Token) -> tuple[int, int] | None:
    """The clause a source phrase is attached to, minus the phrase itself (the longer side)."""
    clause = phrase_start.head
    if clause is phrase_start:
        return None
    phrase = {token.i for token in phrase_start.subtree}
    sentence = context.sentences[context.sentence_of(clause)]
    tokens = [token for token in sentence if token.i not in phrase and token.idx >= context.story_start]
    before = [token for token in tokens if token.i < phrase_start.i]
    after = [token for token in tokens if token.i > max(phrase)]
    side = max((_clause_bounds(before), _clause_bounds(after)), key=lambda b: (b[1] - b[0]) if b else -1)
    return side
