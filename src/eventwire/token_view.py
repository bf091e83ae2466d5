"""A read-once view of a parsed document's tokens, for rule code that reads them many times.

spaCy builds a new ``Token`` object on every ``doc[i]`` and looks each string attribute
(``lower_``, ``pos_``...) up in the string store on every read. The actor rules try a
dozen patterns at every token, so a page of text costs tens of thousands of such
reads: most of the time of the actor stage went there. :class:`Words` reads the
attributes the rules need once per document into plain Python objects.

``words[i]`` is a :class:`Word` with the same attribute names as a Token, so rule
code reads the same (``doc[i].lower_``); attributes not read in advance (``.sent``,
``.children``...) come from the spaCy token itself: the view is a cache, never a
different answer. Span texts come from :meth:`Words.text_of`, which slices the text
that was read once (``Span.text`` joins its tokens on every call).

:meth:`Words.any_in` tells whether a stretch of words holds one that passes a test, from a running
count made once per document and test.

``Words.last_answers`` keeps, per pattern function that several rules ask in turn at the same
token (:func:`eventwire.actor_patterns.parse_prefix`, :func:`eventwire.actor_groups.collective_noun`),
its last answer with the position it was asked at: one answer each, so nothing grows with the text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

T = TypeVar("T")

USER_DATA_KEY = "eventwire.words"
TEXT_KEY = "eventwire.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per Doc and kept with it: spaCy joins every token anew on each read
    (as long as reading every token's attributes), and several stages ask for it. The text lives in
    the Doc's own ``user_data``, so it goes with the Doc: nothing is kept across documents."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


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
        self.head = token.head.i  # an index until Words links it to the head's Word

    @property
    def token(self) -> Token:
        """The spaCy token itself."""
        return self._doc[self.i]

    def __getattr__(self, name: str):
        # Only reached for attributes not read in advance: ask spaCy.
        return getattr(self._doc[self.i], name)

    def __repr__(self) -> str:
        return f"Word({self.text!r}, i={self.i})"


class Words(list):
    """The tokens of ``doc`` as :class:`Word` objects (a list: ``words[i]`` is a C-speed lookup),
    with the document text read once. ``words[i:j]`` is a plain list of Words; a span's text
    is :meth:`text_of` and the spaCy span itself :meth:`span`."""

    __slots__ = ("counts", "doc", "last_answers", "lexicon_matches", "text")

    def __init__(self, doc: Doc) -> None:
        super().__init__(Word(token) for token in doc)
        self.doc = doc
        self.text = doc_text(doc)
        self.last_answers: dict[str, tuple[int, int, object]] = {}  # function -> (start, end, answer)
        # (start, end) -> eventwire.actor_words.match_lexicon's answer: a dozen rules and stages ask
        # it of the same tokens, and a word starting many forms ("the") costs a lookup per length.
        self.lexicon_matches: dict[tuple[int, int], object] = {}
        self.counts: dict[str, list[int]] = {}  # test name -> running count of the words passing it
        for word in self:
            word.head = self[word.head]

    @classmethod
    def of(cls, doc: Doc) -> Words:
        """The view of ``doc``, read once and kept with the Doc: the stages share one."""
        words = doc.user_data.get(USER_DATA_KEY)
        if words is None or words.doc is not doc:
            words = doc.user_data[USER_DATA_KEY] = cls(doc)
        return words

    def last_answer(self, name: str, start: int, end: int, compute: Callable[[], T]) -> T:
        """``compute()``, unless the function ``name`` was last asked about the same (start, end):
        then its kept answer (which no caller may change)."""
        last = self.last_answers.get(name)
        if last is not None and last[0] == start and last[1] == end:
            return last[2]  # type: ignore[return-value]
        answer = compute()
        self.last_answers[name] = (start, end, answer)
        return answer

    def any_in(self, name: str, start: int, end: int, test: Callable[[Word], bool]) -> bool:
        """Whether a word in [start, end) passes ``test``, which ``name`` names. The running count of the
        words passing it is made at the first question (one list as long as the document, per test),
        so each question costs two lookups: a rule can tell at once that the rest of a sentence holds
        no word it needs."""
        counts = self.counts.get(name)
        if counts is None:
            counts = self.counts[name] = [0]
            for word in self:
                counts.append(counts[-1] + 1 if test(word) else counts[-1])
        return counts[end] > counts[start]

    def text_of(self, start: int, end: int) -> str:
        """The text of tokens [start, end), as ``doc[start:end].text`` (no trailing space)."""
        if end <= start:
            return ""
        last = self[end - 1]
        return self.text[self[start].idx : last.idx + len(last.text)]

    def span(self, start: int, end: int) -> Span:
        """The spaCy span of tokens [start, end), for what Words do not hold (``.root``, offsets)."""
        return self.doc[start:end]
