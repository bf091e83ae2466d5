"""Read LitBank's quotation layer (Sims & Bamman 2020) into parsed-ready Docs and gold quotes.

LitBank gives each excerpt as pre-tokenised sentences (one per line, tokens split
by spaces) and quotes as (sentence, token) ranges that include the quotation
marks. We rebuild a Doc on LitBank's own tokens and sentence breaks, choosing
which tokens are followed by a space as ordinary typesetting would (no space
inside marks or before punctuation), so that gold token ranges map exactly to
character offsets. Gold quote spans are then taken inside the marks, without a
trailing comma, as :func:`eventwire.quotes.extract_quotes` reports them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

OPENING = {"“", "‘", "(", "["}
CLOSING_OR_PUNCT = {"”", "’", ")", "]", ",", ".", ";", ":", "!", "?", "n’t", "n't"}
CLITIC = re.compile(r"^['’](s|ll|m|ve|re|d)$", re.IGNORECASE)
MARKS = {"“", "”", "‘", "’", '"', "'"}
# Words that do not identify a character: titles, articles, kinship words, generic nouns.
NOT_A_NAME = frozenset(
    [
        "mr",
        "mrs",
        "miss",
        "ms",
        "dr",
        "sir",
        "lord",
        "lady",
        "captain",
        "the",
        "a",
        "an",
        "uncle",
        "aunt",
        "old",
        "young",
        "s",
        "narrator",
        "i",
    ]
)


@dataclass(slots=True)
class GoldQuote:
    text: str
    start: int
    end: int
    speaker: str
    direct: bool = True


@dataclass(slots=True)
class LitBankDocument:
    name: str
    doc: Doc
    quotes: list[GoldQuote]


def _spaces(words: list[str]) -> list[bool]:
    """Whether each token is followed by a space, typesetting straight quotes by alternation."""
    spaces = [True] * len(words)
    straight_open = False
    for i, word in enumerate(words):
        if word == '"':
            straight_open = not straight_open
            if straight_open:
                spaces[i] = False
            elif i > 0:
                spaces[i - 1] = False
        if word in OPENING:
            spaces[i] = False
        if i > 0 and (word in CLOSING_OR_PUNCT or CLITIC.match(word)):
            spaces[i - 1] = False
    return spaces


def _read_doc(path: Path, vocab: Vocab) -> tuple[Doc, list[int]]:
    """A Doc on LitBank's tokens and sentences, and the index of each sentence's first token."""
    words: list[str] = []
    sent_starts: list[bool] = []
    firsts: list[int] = []
    for line in path.read_text("utf-8").splitlines():
        tokens = line.split(" ") if line.strip() else []
        firsts.append(len(words))
        words.extend(tokens)
        sent_starts.extend([True] + [False] * (len(tokens) - 1) if tokens else [])
    doc = Doc(vocab, words=words, spaces=_spaces(words), sent_starts=sent_starts)
    return doc, firsts


def speaker_name(speaker_id: str) -> str:
    """LitBank's speaker id as a name: "Mr__Sherlock_Holmes-12" -> "Mr Sherlock Holmes"."""
    return " ".join(re.sub(r"-\d+$", "", speaker_id).replace("_", " ").split())


def _name_words(text: str) -> set[str]:
    return {word for word in re.findall(r"[a-z]+", text.lower()) if word not in NOT_A_NAME}


def is_named(name: str) -> bool:
    """A named character has a capitalised word besides titles ("Mrs Bennet", not "his mother")."""
    return any(word[0].isupper() and word.lower() not in NOT_A_NAME for word in name.split())


def speaker_names_match(found: str | None, gold_speaker: str) -> bool | None:
    """None when the gold speaker is not a named character; else whether a name word is shared."""
    if not is_named(gold_speaker):
        return None
    return found is not None and bool(_name_words(found) & _name_words(gold_speaker))


def _gold_quote(doc: Doc, first: int, last: int, speaker: str) -> GoldQuote:
    """The gold quote inside its marks, trimmed like extracted quotes."""
    if doc[first].text in MARKS and first < last:
        first += 1
    if doc[last].text in MARKS and last > first:
        last -= 1
    while last > first and doc[last].text == ",":
        last -= 1
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    return GoldQuote(doc.text[start:end], start, end, speaker)


def _read_quotes(ann: Path, doc: Doc, firsts: list[int]) -> list[GoldQuote]:
    spans: dict[str, tuple[int, int]] = {}
    speakers: dict[str, str] = {}
    for line in ann.read_text("utf-8").splitlines():
        fields = line.split("\t")
        if fields[0] == "QUOTE":
            quote_id, s1, t1, s2, t2 = fields[1], *map(int, fields[2:6])
            spans[quote_id] = (firsts[s1] + t1, firsts[s2] + t2)
        elif fields[0] == "ATTRIB":
            speakers[fields[1]] = speaker_name(fields[2])
    return [_gold_quote(doc, first, last, speakers.get(qid, "")) for qid, (first, last) in spans.items()]


def load_litbank(gold: Path, vocab: Vocab, limit: int | None = None) -> list[LitBankDocument]:
    """LitBank excerpts that have quotes, in file-name order (the first ``limit`` of them)."""
    folder = gold / "tsv" if (gold / "tsv").is_dir() else gold
    documents: list[LitBankDocument] = []
    for ann in sorted(folder.glob("*.ann")):
        if "QUOTE\t" not in ann.read_text("utf-8"):
            continue
        doc, firsts = _read_doc(ann.with_suffix(".txt"), vocab)
        quotes = sorted(_read_quotes(ann, doc, firsts), key=lambda quote: quote.start)
        documents.append(LitBankDocument(ann.stem, doc, quotes))
        if limit is not None and len(documents) >= limit:
            break
    return documents
