"""Where a paragraph is set: "In Seoul, hundreds protested. Police detained 16 students." The
police and the students are South Korea's, though the story is filed from Tokyo and is mostly
about Japan. A paragraph (text between line breaks) whose sentence opens with a locative phrase
("In Seoul,", "At the border in Rafah,", "Outside parliament in Ankara,") is set in that place
until the paragraph ends; collectives named without a country there take its country
(roles.yaml ``scene_openers``).
"""

from __future__ import annotations

from eventwire import actor_patterns as pat
from eventwire.actor_tables import role_words
from eventwire.countries import city_country
from eventwire.token_view import Words

PLACE_KINDS = frozenset({"country", "capital", "region"})
MAX_OPENER_TOKENS = 8  # "In the northern city of Kharkiv," at most


def paragraph_place(doc: Words, token_index: int) -> str | None:
    """The country of the place the paragraph of ``token_index`` opens a sentence with, up to that
    token's own sentence; None when no sentence of the paragraph so far opens with a place."""
    sentence = doc.doc[token_index].sent
    paragraph_start = doc.text.rfind("\n", 0, doc[token_index].idx) + 1
    found = None
    for other in doc.doc.sents:
        if other.end_char <= paragraph_start:
            continue
        if other.start > sentence.start:
            break
        found = (
            _opening_place(doc, max(other.start, _first_token_at(doc, other, paragraph_start)), other.end)
            or found
        )
    return found


def sentence_place(doc: Words, token_index: int) -> str | None:
    """The country of the place the sentence of ``token_index`` opens with ("In Beijing, foreign
    ministry spokesman X said"), when the token comes after that opening."""
    sentence = doc.doc[token_index].sent
    start = _first_token_at(doc, sentence, doc.text.rfind("\n", 0, doc[token_index].idx) + 1)
    return _opening_place(doc, max(sentence.start, start), token_index)


def _first_token_at(doc: Words, sentence, offset: int) -> int:
    """The first token of ``sentence`` at or after character ``offset`` (a paragraph's start may fall
    inside a sentence the parser ran across a line break)."""
    return next((k for k in range(sentence.start, sentence.end) if doc[k].idx >= offset), sentence.end)


def _opening_place(doc: Words, start: int, end: int) -> str | None:
    """ "In Seoul, ...": the country of a place in a locative phrase that opens the sentence and
    ends at its first comma."""
    while start < end and doc[start].is_space:
        start += 1
    if start >= end or doc[start].lower_ not in role_words("scene_openers"):
        return None
    stop = next((k for k in range(start, min(end, start + MAX_OPENER_TOKENS)) if doc[k].text == ","), None)
    if stop is None:
        return None
    for k in range(stop - 1, start, -1):  # the last place word before the comma: "in the city of Kharkiv"
        found = pat.match_lexicon(doc, k, stop)
        if found is not None and found[0] == stop and found[1].kind in PLACE_KINDS:
            return found[1].country or found[1].code
        code = city_country(doc.text_of(k, stop)) if doc[k].text[:1].isupper() else None
        if code is not None:
            return code
    return None
