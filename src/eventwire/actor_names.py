"""Person names in running text: which tokens can be part of a name, and where a name ends.

Like :mod:`eventwire.actor_patterns`, every function reads a :class:`~eventwire.token_view.Words`
view and the tables of :mod:`eventwire.actor_tables`.
"""

from __future__ import annotations

from eventwire.actor_patterns import match_lexicon
from eventwire.actor_tables import role_words, roles
from eventwire.countries import LexEntry
from eventwire.token_view import Word, Words

NAME_PARTICLES = frozenset(
    {"bin", "bint", "ibn", "al", "al-", "el", "de", "da", "di", "van", "von", "der", "la"}
)
#: Table entries that may also be a person's surname: a body's name, never a country word.
SURNAME_BODY_KINDS = frozenset({"org", "igo", "group"})
#: One-word places that are also surnames ("Jaime Santiago", "Ana Lima"): taken as a surname only
#: inside the tagger's person entity, never a country word ("Pedro Sanchez Spain" has no such person).
SURNAME_PLACE_KINDS = frozenset({"capital"})
NOT_NAME_ENTITIES = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT"}
)


def is_common_noun_word(token: Word) -> bool:
    """A common noun the small model may tag as a name when capitalised ("Missiles struck ..."):
    roles.yaml ``common_noun_words``."""
    return token.lower_ in roles().common_noun_words


def is_plural_common_noun_start(token: Word) -> bool:
    """A sentence's first word tagged a plural common noun whose lemma is its singular
    ("Rockets" -> "rocket"); callers still accept a name this document already gave."""
    return bool(token.is_sent_start) and token.tag_ == "NNS" and token.lemma_.lower() != token.lower_


def is_name_token(token: Word) -> bool:
    """A token that can be part of a person's name: capitalised proper noun, not a known place or title."""
    # (A word of letters only has no digit: the common case, tested at C speed.)
    has_digit = not token.text.isalpha() and any(ch.isdigit() for ch in token.text)
    if token.ent_type_ in NOT_NAME_ENTITIES or has_digit:
        return False
    if token.lower_ in roles().honorifics or (token.text.isupper() and len(token.text) > 3):
        return False  # honorifics; all-caps words ("FEATURE") are labels, not names
    if token.lower_ in NAME_PARTICLES:
        return True
    if not token.text[:1].isupper() or token.pos_ not in {"PROPN", "NOUN", "X", "ADJ"}:
        return False
    tables = roles()
    key = (token.lower_,)
    return key not in tables.heads and key not in tables.domains and token.lower_ not in tables.modifiers


def can_start_name(doc: Words, i: int, end: int) -> bool:
    """Whether a name run may start at i: only at a capitalised word. (The only lower-case name
    tokens are NAME_PARTICLES, which never start a run.) A cheap test that lets the rules built on
    :func:`name_run` skip most tokens of a text before anything else."""
    return i < end and doc[i].text[:1].isupper()


def name_run(doc: Words, i: int, end: int) -> int | None:
    """End of a run of name tokens starting at i ("Viktor Khrenin", "Osama bin Laden"), or None."""
    if not can_start_name(doc, i, end):
        return None
    k = i
    while k < end:
        if k > i and _lexicon_word_ends_name(doc, k, end):
            break
        token = doc[k]
        if token.text == "-" and k > i and not doc[k - 1].whitespace_ and k + 1 < end:
            k += 1
            if _syllable_after_hyphen(doc, k):
                k += 1  # "Lai Ching-te", "Tsai Ing-wen": a given name's lower-case second syllable
            continue
        if not is_name_token(token) or (k == i and token.lower_ in NAME_PARTICLES):
            break
        if k == i and is_common_noun_word(token):
            return None  # "Missiles struck Kyiv": a sentence's first word, not a name
        k += 1
    while k > i and doc[k - 1].lower_ in NAME_PARTICLES | {"-"}:
        k -= 1
    if any(token.lower_ in roles().not_person_words for token in doc[i:k]):
        return None  # "Queen Elizabeth University Hospital" is an institution
    return k if k > i else None


def particle_name_run(doc: Words, i: int, end: int) -> int | None:
    """End of a surname that starts with its particles ("von der Leyen", "de Moraes", "Von der Leyen"
    opening a sentence), when no name token stands before it; else None. Callers accept it only for
    a person the leaders table or this document knows."""
    if i >= end or doc[i].lower_ not in NAME_PARTICLES or (i > 0 and is_name_token(doc[i - 1])):
        return None
    k = i
    while k < end and doc[k].lower_ in NAME_PARTICLES:
        k += 1
    stop = k
    while stop < end and doc[stop].text[:1].isupper() and is_name_token(doc[stop]):
        stop += 1
    return stop if stop > k else None


def _lexicon_word_ends_name(doc: Words, k: int, end: int) -> bool:
    """Whether a table entry at k ends the name before it ("Pedro Sanchez Spain" has no such
    person). Not an organisation's or group's name inside the tagger's person entity: a surname
    can also be a body's name ("Foreign Minister Therese Kayikwamba Wagner" is no Wagner Group),
    or a capital's ("NBI director Jaime Santiago" is no one from Chile)."""
    found = match_lexicon(doc, k, end)
    if found is None:
        return False
    stop, entry = found
    if entry.kind in SURNAME_PLACE_KINDS:
        return not is_place_surname(doc, k, stop, entry)
    return not (entry.kind in SURNAME_BODY_KINDS and _inside_person_entity(doc, k, stop))


def is_place_surname(doc: Words, k: int, stop: int, entry: LexEntry) -> bool:
    """Whether the table entry at tokens [k, stop) is a one-word place name that continues the
    tagger's person entity ("Jaime Santiago"): a surname, which names no country."""
    return entry.kind in SURNAME_PLACE_KINDS and stop == k + 1 and _inside_person_entity(doc, k, stop)


def _inside_person_entity(doc: Words, k: int, stop: int) -> bool:
    return doc[k].ent_type_ == "PERSON" and all(doc[j].ent_iob_ == "I" for j in range(k, stop))


def _syllable_after_hyphen(doc: Words, k: int) -> bool:
    """A short lower-case syllable joined to the hyphen before it ("Ching-te"), ending the word."""
    word = doc[k]
    return (
        not doc[k - 1].whitespace_
        and word.text.isalpha()
        and word.text.islower()
        and len(word.text) <= 4
        and word.text not in role_words("hyphen_suffix_words")
        and doc[k - 2].text[:1].isupper()
    )


def entity_names_lexicon_body(doc: Words, start: int, stop: int) -> LexEntry | None:
    """An IGO or organisation of the tables that an entity span names, perhaps with its members
    after "of" ("the Union State of Belarus and Russia", "The Union State's")."""
    k = start + 1 if doc[start].lower_ == "the" else start
    found = match_lexicon(doc, k, stop) if k < stop else None
    if found is None or found[1].kind not in {"igo", "org"}:
        return None
    k = found[0]
    while k < stop:
        member = match_lexicon(doc, k, stop)
        if member is not None and member[1].kind == "country":
            k = member[0]
        elif doc[k].lower_ in {"of", "and", ",", "'s", "’s", "'", "the"}:
            k += 1
        else:
            return None  # "the European Union Naval Force" is another body
    return found[1]
