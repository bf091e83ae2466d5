"""A read-once view of a parsed document's tokens, for rule code that reads them many times.

spaCy builds a new ``Token`` object on every ``doc[i]`` and looks each string attribute
(``lower_``, ``pos_``...) up in the string store on every read. The actor rules try a
dozen patterns at every token, so a page of text costs tens of thousands of such
reads: most of the time of the actor stage went there. :class:`Words` reads the
attributes the rules need once per document into plain Python objects.

``Words`` answers ``words[i]`` with a :class:`Word` and ``words[i:j]`` with a
:class:`Phrase`, as a Doc answers with a Token and a Span, so rule code reads the
same (``doc[i].lower_``, ``doc[i:j].text``). Attributes not read in advance
(``.sent``, ``.root``, ``.children``...) come from the spaCy object itself: the view
is a cache, never a different answer.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token


class Word:
    """One token's attributes, read once. ``head`` is the head's Word (itself for a root)."""

    __slots__ = (
        "_doc",
        "dep_",
        "ent_iob_",
        "ent_type_",
        "head",
        "i",
        "idx",
        "is_punct",
        "is_space",
        "lemma_",
        "lower_",
        "pos_",
        "text",
        "whitespace_",
    )

    def __init__(self, token: Token) -> None:
        self._doc = token.doc
        self.i = token.i
        self.idx = token.idx
        self.text = token.text
        self.lower_ = token.lower_
        self.lemma_ = token.lemma_
        self.pos_ = token.pos_
        self.dep_ = token.dep_
        self.ent_type_ = token.ent_type_
        self.ent_iob_ = token.ent_iob_
        self.whitespace_ = token.whitespace_
        self.is_punct = token.is_punct
        self.is_space = token.is_space

    @property
    def token(self) -> Token:
        """The spaCy token itself."""
        return self._doc[self.i]

    def __getattr__(self, name: str):
        # Only reached for attributes not read in advance: ask spaCy.
        return getattr(self._doc[self.i], name)

    def __repr__(self) -> str:
        return f"Word({self.text!r}, i={self.i})"


class Phrase:
    """Tokens ``start``..``end`` of a :class:`Words` view; ``text`` as a Span's (no trailing space)."""

    __slots__ = ("_words", "end", "start")

    def __init__(self, words: Words, start: int, end: int) -> None:
        self._words, self.start, self.end = words, start, end

    @property
    def text(self) -> str:
        if self.end <= self.start:
            return ""
        last = self._words.tokens[self.end - 1]
        return self._words.text[self._words.tokens[self.start].idx : last.idx + len(last.text)]

    @property
    def span(self) -> Span:
        """The spaCy span itself."""
        return self._words.doc[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self) -> Iterator[Word]:
        return iter(self._words.tokens[self.start : self.end])

    def __getitem__(self, index: int) -> Word:
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        return self._words.tokens[self.start + index if index >= 0 else self.end + index]

    def __getattr__(self, name: str):
        # .root, .sent, .ents...: from the spaCy span.
        return getattr(self.span, name)


class Words:
    """The tokens of ``doc`` as :class:`Word` objects, with the document text read once."""

    __slots__ = ("doc", "text", "tokens")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens = [Word(token) for token in doc]
        for word, token in zip(self.tokens, doc, strict=True):
            word.head = self.tokens[token.head.i]

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self) -> Iterator[Word]:
        return iter(self.tokens)

    def __getitem__(self, key: int | slice) -> Word | Phrase:
        if isinstance(key, slice):
            return Phrase(self, *_clamp(len(self.tokens), key))
        return self.tokens[key]


def _clamp(length: int, key: slice) -> tuple[int, int]:
    """Slice bounds as spaCy clamps them (``spacy.util.normalize_slice``): never reversed."""
    if key.step not in (None, 1):
        raise ValueError("token slices take no step")
    start = 0 if key.start is None else key.start + length if key.start < 0 else key.start
    start = min(length, max(0, start))
    stop = length if key.stop is None else key.stop + length if key.stop < 0 else key.stop
    stop = min(length, max(start, stop))
    return start, stop
