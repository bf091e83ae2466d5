"""Helpers over spaCy tokens shared by the event modules (a leaf module: it imports no other stage)."""

from __future__ import annotations

from spacy.tokens import Token


def lemma(token: Token) -> str:
    """The token's lemma, lower-cased: what every trigger list and word list is matched against."""
    return token.lemma_.lower()
