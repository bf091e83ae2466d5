"""Finding place mentions in a parsed text: spans the gazetteer knows, before they are resolved.

Three sources: the model's GPE/LOC/FAC entities (and PERSON/ORG/NORP entities that are clearly a
prominent place: the small model tags "Kyiv" as PERSON, "Omdurman" as NORP); country names it did
not tag at all; and names it did not tag that a place word or a locative preposition introduces
("the city of Kharkiv", "shelled areas of Omdurman", "clashes near Kupiansk"), kept when the gazetteer
knows them as a sizeable city or a region.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from eventwire import gazetteer
from eventwire.gazetteer import GazetteerEntry
from eventwire.token_view import Word, Words

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels the small model gives place names by mistake ("Kyiv" as PERSON, "Belarus" as ORG,
# "Omdurman" as NORP, "Odesa" and "Zaporizhzhia" as LANGUAGE).
MISLABELLED = frozenset({"PERSON", "ORG", "NORP", "LANGUAGE"})
# A mislabelled entity is taken as a place only if it names a country, a continent or a city this big.
MISLABELLED_MIN_CITY = 100_000
UNTAGGED_MAX_TOKENS = 4  # "Democratic Republic of the Congo" is six tokens; most names are short
SHORT_KEY = 3  # abbreviations this short must be written in capitals ("US", not "us")
# Words after which an untagged capitalised name is a place: "the city of X", "areas of X", "in X".
PLACE_NOUNS = frozenset(
    {
        "city",
        "town",
        "village",
        "province",
        "region",
        "district",
        "port",
        "capital",
        "area",
        "areas",
        "outskirts",
        "suburb",
        "suburbs",
        "state",
        "county",
        "oblast",
    }
)
LOCATIVE_WORDS = frozenset({"in", "near", "outside", "around", "into", "across", "toward", "towards"})
# An untagged name after such a cue must be at least this big a city (or a region) to count.
CUED_MIN_CITY = 20_000


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    key: str
    candidates: tuple[GazetteerEntry, ...]


def entity_mention(ent: Span, text: str) -> Mention | None:
    """A mention for a place entity, or for a mislabelled one that is clearly a place."""
    if ent.label_ not in PLACE_LABELS and ent.label_ not in MISLABELLED:
        return None
    mention = span_mention(text, ent.start_char, ent.end_char)
    if mention is None or ent.label_ in PLACE_LABELS:
        return mention
    return mention if _mislabelled_place(ent, mention) else None


def _mislabelled_place(ent: Span, mention: Mention) -> bool:
    """A PERSON/ORG entity that the gazetteer knows as a prominent place, with no title before it."""
    if len(ent) > 3 or _after_title(ent.doc, ent.start):
        return False
    return any(_prominent(entry, ent.label_) for entry in mention.candidates)


def _after_title(doc: Doc | Words, index: int) -> bool:
    before = doc[index - 1].text.rstrip(".").casefold() if index > 0 else ""
    return before in gazetteer.person_titles()


def _prominent(entry: GazetteerEntry, label: str) -> bool:
    """Countries, continents and big cities; for ORG entities ("California" as ORG) also regions."""
    if entry.alternate:
        return False
    if entry.feature in ("country", "continent"):
        return True
    if entry.feature == "region" and label == "ORG":
        # a state or province; not a body such as the EU, which as an ORG is an actor
        return entry.country is not None and entry.population >= gazetteer.UNKNOWN_REGION_POPULATION
    return entry.feature == "city" and entry.population >= MISLABELLED_MIN_CITY


def untagged_country_mentions(words: Words, text: str) -> list[Mention]:
    """Country and continent names the model did not tag at all ("in Sudan" left as plain text)."""
    tagged = {i for ent in words.doc.ents for i in range(ent.start, ent.end)}
    mentions: list[Mention] = []
    index = 0
    while index < len(words):
        mention = _untagged_country_at(words, index, tagged, text)
        if mention is None:
            index += 1
            continue
        mentions.append(mention)
        index = next((k for k in range(index, len(words)) if words[k].idx >= mention.end), len(words))
    return mentions


def _untagged_country_at(doc: Words, index: int, tagged: set[int], text: str) -> Mention | None:
    if not doc[index].text[:1].isupper() or _after_title(doc, index) or _starts_no_country(doc, index):
        return None
    for length in range(UNTAGGED_MAX_TOKENS, 0, -1):
        end = index + length
        if end > len(doc) or any(i in tagged for i in range(index, end)):
            continue
        if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            continue  # "Chad Smith": part of a longer name
        last = doc[end - 1]
        mention = span_mention(text, doc[index].idx, last.idx + len(last.text))
        if mention is not None and any(is_country_name(entry) for entry in mention.candidates):
            return mention
    return None


def _starts_no_country(doc: Words, index: int) -> bool:
    """Whether no span from token ``index`` can be looked up as a country or a continent, told by the
    word its lookup key starts with: a shortcut that skips most capitalised words, never a different
    answer. For a plain ASCII word followed by a space, other than "the", the key of every span it
    starts (:func:`span_mention` trims, then :func:`eventwire.gazetteer.normalise`) begins with the
    word itself, lower-cased; after "The " the longer spans are trimmed to start at the next word."""
    first = doc[index]
    if first.text.lower() != "the":
        return _word_starts_no_country(first)
    if first.whitespace_ != " " or index + 1 >= len(doc) or doc[index + 1].text.lower() == "the":
        return False
    return "the" not in gazetteer.country_first_words() and _word_starts_no_country(doc[index + 1])


def _word_starts_no_country(word: Word) -> bool:
    text = word.text
    return (
        bool(word.whitespace_)
        and text.isascii()
        and text.isalpha()
        and text.lower() not in gazetteer.country_first_words()
    )


def _currency_code(text: str, start: int, end: int) -> bool:
    """ "US$10" and "$US 15": a dollar sign next to the name makes it part of a currency."""
    return text[start - 1 : start] == "$" or text[end : end + 1] == "$"


def is_country_name(entry: GazetteerEntry) -> bool:
    return not entry.alternate and entry.feature in ("country", "continent")


def span_mention(text: str, start: int, end: int) -> Mention | None:
    """A mention of ``text[start:end]`` trimmed of "the" and possessives, if the gazetteer knows it."""
    start, end = _trim(text, start, end)
    surface = text[start:end]
    key = gazetteer.normalise(surface)
    abbreviation = len(key.replace(" ", "")) <= SHORT_KEY
    if not key or surface.islower() or _currency_code(text, start, end):
        return None  # place names are written with capitals
    if abbreviation and not _capitals(surface):
        return None
    found = _lookup(key, abbreviation)
    return Mention(start, end, surface, key, found) if found else None


def _lookup(key: str, abbreviation: bool) -> tuple[GazetteerEntry, ...]:
    """Candidates for a key; "Nyanza Province" falls back to the regions called "Nyanza"."""
    found = gazetteer.candidates(key)
    if abbreviation:
        # "EU" is an abbreviation, not the French town of Eu: only aliases may match capitals.
        found = tuple(e for e in found if e.feature != "city" or gazetteer.normalise(e.name) != key)
    if found:
        return found
    shorter = gazetteer.without_generic_suffix(key)
    if shorter is None:
        return ()
    found = gazetteer.candidates(shorter)
    divisions = tuple(entry for entry in found if entry.feature in ("region", "county"))
    return divisions or found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without a leading "the", a trailing possessive, or surrounding punctuation."""
    surface = text[start:end]
    if surface[:4].casefold() == "the ":
        start += 4
    for suffix in ("'s", "’s", "'", "’"):
        if text[start:end].endswith(suffix):
            end -= len(suffix)
            break
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] == "."):
        end -= 1
    return start, end


def _capitals(surface: str) -> bool:
    letters = [char for char in surface if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters)


def untagged_cued_mentions(words: Words, text: str) -> list[Mention]:
    """Capitalised names the model left untagged that a place word or a locative preposition
    introduces ("the city of Kharkiv", "near Kupiansk"), if the gazetteer knows a sizeable city or a
    region by that name."""
    tagged = {i for ent in words.doc.ents for i in range(ent.start, ent.end)}
    mentions: list[Mention] = []
    for index in range(1, len(words)):
        if index in tagged or not _cued(words, index):
            continue
        end = index
        while end < len(words) and end - index < UNTAGGED_MAX_TOKENS and _name_word(words, end, tagged):
            end += 1
        if end == index:
            continue
        last = words[end - 1]
        mention = span_mention(text, words[index].idx, last.idx + len(last.text))
        if mention is not None and any(_sizeable(entry) for entry in mention.candidates):
            mentions.append(mention)
    return mentions


def _cued(words: Words, index: int) -> bool:
    before = words[index - 1].lower_
    if before in LOCATIVE_WORDS:
        return True
    word = words[index]
    if word.dep_ == "conj" and word.head.ent_type_ in PLACE_LABELS | MISLABELLED:
        return True  # "struck Odessa and Kharkiv": listed with a tagged name (the gazetteer decides)
    return before == "of" and index >= 2 and words[index - 2].lower_ in PLACE_NOUNS


def _name_word(words: Words, index: int, tagged: set[int]) -> bool:
    word = words[index]
    return index not in tagged and word.pos_ == "PROPN" and word.text[:1].isupper()


def _sizeable(entry: GazetteerEntry) -> bool:
    if entry.alternate:
        return False
    return entry.feature == "region" or (entry.feature == "city" and entry.population >= CUED_MIN_CITY)
