"""Readers for gold temporal annotation: TimeML (.tml, TempEval-3) and NewsReader CAT XML (MEANTIME).

Both give a :class:`GoldDocument`: the plain text we run the extractor on, the document creation
time (DCT), and the gold TIMEX3 as character offsets into that text.

* TimeML: the text is the content of ``<TEXT>`` with every tag removed, so gold offsets are exact
  (counted while walking the element tree).
* CAT: the text is rebuilt from the tokens (one line per sentence, a space between tokens except
  before closing punctuation and after opening punctuation); each TIMEX3's offsets run from its
  first anchor token's start to its last anchor token's end. The DCT line stays in the text (the
  article shows it) but its TIMEX3 is not a gold item and predictions on it are ignored.
  MEANTIME annotated only the title and the first sentences of each article, so predictions
  after the last sentence holding any markable are ignored too.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

NO_SPACE_BEFORE = {
    ",",
    ".",
    ":",
    ";",
    "!",
    "?",
    ")",
    "]",
    "%",
    "'s",
    "'",
    "n't",
    "''",
    "'re",
    "'ve",
    "'ll",
    "'d",
}
NO_SPACE_AFTER = {"(", "[", "$", "``", "#"}


@dataclass(slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    timex_type: str
    value: str


@dataclass(slots=True)
class GoldDocument:
    name: str
    text: str
    dct: str | None
    timexes: list[GoldTimex] = field(default_factory=list)
    ignore: list[tuple[int, int]] = field(default_factory=list)  # spans whose predictions are not scored


def _iso_dct(value: str | None) -> str | None:
    """The DCT as YYYY-MM-DD; a few MEANTIME files write DD-MM-YYYY."""
    if not value:
        return None
    day_first = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value)
    if day_first:
        return f"{day_first[3]}-{day_first[2]}-{day_first[1]}"
    return value[:10]


def read_timeml(path: Path) -> GoldDocument:
    """One TempEval-3 .tml file."""
    root = ET.parse(path).getroot()
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = _iso_dct(timex.get("value"))
    body = root.find("TEXT")
    pieces: list[str] = []
    timexes: list[GoldTimex] = []
    _walk(body, pieces, timexes)
    return GoldDocument(path.stem, "".join(pieces), dct, timexes)


def _walk(element: ET.Element | None, pieces: list[str], timexes: list[GoldTimex]) -> None:
    """Append the element's text to ``pieces``, recording TIMEX3 offsets on the way."""
    if element is None:
        return
    start = sum(len(p) for p in pieces)
    pieces.append(element.text or "")
    for child in element:
        _walk(child, pieces, timexes)
        pieces.append(child.tail or "")
    if element.tag == "TIMEX3":
        end = start + len("".join(element.itertext()))
        text = "".join(element.itertext())
        timexes.append(GoldTimex(start, end, text, element.get("type", ""), element.get("value", "")))


def read_cat(path: Path) -> GoldDocument:
    """One MEANTIME CAT XML file."""
    root = ET.parse(path).getroot()
    text, offsets = _detokenise(root.findall("token"))
    dct = None
    timexes: list[GoldTimex] = []
    ignore: list[tuple[int, int]] = []
    for timex in root.iter("TIMEX3"):
        anchors = [
            offsets[a.get("t_id", "")] for a in timex.findall("token_anchor") if a.get("t_id") in offsets
        ]
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = _iso_dct(timex.get("value"))
            ignore.extend(anchors)
            continue
        if not anchors:
            continue  # an empty TIMEX3 (implicit times) has no text to find
        start, end = min(a[0] for a in anchors), max(a[1] for a in anchors)
        timexes.append(GoldTimex(start, end, text[start:end], timex.get("type", ""), timex.get("value", "")))
    ignore.append((_annotated_extent(root, text, offsets), len(text) + 1))
    return GoldDocument(path.stem, text, dct, sorted(timexes, key=lambda t: t.start), ignore)


def _annotated_extent(root: ET.Element, text: str, offsets: dict[str, tuple[int, int]]) -> int:
    """The end of the last sentence that holds any markable (the annotated part of the article)."""
    anchored = [a.get("t_id", "") for a in root.iter("token_anchor")]
    ends = [offsets[t][1] for t in anchored if t in offsets]
    if not ends:
        return len(text)
    line_end = text.find("\n", max(ends))
    return len(text) if line_end < 0 else line_end


def _detokenise(tokens: list[ET.Element]) -> tuple[str, dict[str, tuple[int, int]]]:
    """Plain text from CAT tokens, with each token id's character offsets."""
    parts: list[str] = []
    length = 0
    offsets: dict[str, tuple[int, int]] = {}
    previous_sentence = None
    previous_word = ""
    for token in tokens:
        word = token.text or ""
        sentence = token.get("sentence")
        if previous_sentence is not None:
            if sentence != previous_sentence:
                separator = "\n"
            elif word.lower() in NO_SPACE_BEFORE or previous_word in NO_SPACE_AFTER:
                separator = ""
            else:
                separator = " "
            parts.append(separator)
            length += len(separator)
        offsets[token.get("t_id", "")] = (length, length + len(word))
        parts.append(word)
        length += len(word)
        previous_sentence, previous_word = sentence, word
    return "".join(parts), offsets


def read_gold(folder: Path) -> list[GoldDocument]:
    """Every gold document under ``folder``: .tml files as TimeML, .xml files as CAT."""
    documents = [read_timeml(p) for p in sorted(folder.rglob("*.tml"))]
    documents += [read_cat(p) for p in sorted(folder.rglob("*.xml"))]
    return documents
