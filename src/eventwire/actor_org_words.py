"""Organisation words: "Embassy", "Defense Ministry", "Security Council", "Kenya Teachers Union",
read at a token after any prefix, with the host or owner country an "of"/"in" phrase gives."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.actor_tables import roles
from eventwire.actor_words import match_lexicon, match_words
from eventwire.token_view import Words


@dataclass(slots=True)
class OrgWord:
    start: int
    end: int
    words: str  # as written, e.g. "Embassy", "Security Council"
    sector: str
    located_in: str | None = None  # ISO3 of "in Minsk" after an embassy
    country: str | None = None  # ISO3 of "of Sudan" / "from Minsk" after the word; "IGO" for an IGO's
    igo: str | None = None  # the international body of "the Parliamentary Assembly of the Council of Europe"


def parse_org(doc: Words, i: int, end: int, adjectives: int = 0) -> OrgWord | None:
    """An organisation word ("Embassy", "Defense Ministry", "Security Council") at token i,
    after up to ``adjectives`` adjectives ("Romania's new government")."""
    tables = roles()
    k = i
    while (
        k < min(end, i + adjectives)
        and doc[k].pos_ == "ADJ"
        and match_lexicon(doc, k, end) is None
        and not _opens_multiword_org(doc, k, end)  # "military government": the junta, not a government
    ):
        k += 1
    first_word = k
    while k < end:
        domain = match_words(doc, k, end, tables.domains)
        org = match_words(doc, k, end, tables.organisations)
        if org and (not domain or org[0] >= domain[0]):
            if modifies_noun(doc, org[0]):
                return None  # "military capabilities", "government spending"
            stop, sector = org[0], tables.organisations[org[1]]
            if org[1][-1] in tables.labour_union_heads:
                stop, sector = _union(doc, first_word, org[0], end, sector)
            words = doc.text_of(first_word, stop)  # without the adjectives
            return _org_with_location(doc, OrgWord(i, stop, words, sector), end)
        if domain:
            k = domain[0]
            continue
        labour = match_words(doc, k, end, tables.labour_words)
        if labour is None:
            return None
        k = labour[0]  # "teachers' union": a labour word before the union word
        if k < end and doc[k].text in {"'", "’"}:
            k += 1
    return None


def _opens_multiword_org(doc: Words, k: int, end: int) -> bool:
    """An organisation key of two words or more starts at token ``k`` ("military government")."""
    found = match_words(doc, k, end, roles().organisations)
    return found is not None and len(found[1]) > 1


def _union(doc: Words, start: int, union_end: int, end: int, sector: str | None) -> tuple[int, str | None]:
    """A union is labour (LAB) only with a labour word in its name: before the union word
    ("trade union", "Kenya Teachers Union") or in an "of" phrase after it ("Union of Journalists",
    which the organisation then spans). See roles.yaml ``labour_union``."""
    if has_labour_word(doc, start, union_end):
        return union_end, "LAB"
    if union_end + 1 < end and doc[union_end].lower_ == "of":
        stop = union_end + 1
        while (
            stop < end
            and stop < union_end + 4
            and (doc[stop].text[:1].isupper() or doc[stop].lower_ == "and")
        ):
            stop += 1
        if has_labour_word(doc, union_end + 1, stop):
            return stop, "LAB"
    return union_end, sector


def has_labour_word(doc: Words, start: int, stop: int) -> bool:
    """Any of roles.yaml's labour words among tokens [start, stop)."""
    table = roles().labour_words
    return any(match_words(doc, k, stop, table) is not None for k in range(start, stop))


def modifies_noun(doc: Words, end: int) -> bool:
    """The word before ``end`` modifies a common noun right after it ("general strike")."""
    return end < len(doc) and doc[end].pos_ == "NOUN" and doc[end - 1].dep_ in {"compound", "amod"}


def _org_with_location(doc: Words, org: OrgWord, end: int) -> OrgWord:
    """ "Embassy in Minsk" keeps the host country (it names which embassy); "government of Sudan",
    "a delegation from Minsk" give the owner, and so does an international body: "the Parliamentary
    Assembly of the Council of Europe" is the Council's, not the host state's."""
    if org.end + 1 < end and doc[org.end].lower_ in {"in", "to", "of", "from"}:
        found = match_lexicon(doc, org.end + 1, end)
        if found and found[1].kind == "igo" and doc[org.end].lower_ in {"of", "from"}:
            org.country, org.igo, org.end = found[1].country, found[1].code, found[0]
        elif found and found[1].kind in {"capital", "country"}:
            if doc[org.end].lower_ in {"in", "to"}:
                org.located_in = found[1].code
            else:
                org.country = found[1].code
            org.end = found[0]
    return org
