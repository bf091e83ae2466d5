"""A person's nationality as the text states it beside their name.

People who are released, detained, extradited or swapped are the recipients of those acts and are
coded by their country, which a story often gives only in a description of the person:

* before the name: "British academic Kylie Moore", "Chinese-Australian writer X";
* in an apposition: "X, a Russian convicted of ...", "X, an Australian academic", "X, a U.S. citizen"
  (a country's name counts only before a nationality noun, roles.yaml ``person_country.
  nationality_nouns``: "X, a Russia expert" is no Russian).

A demonym joined by a hyphen to a word that is no demonym describes something else ("a
Russian-born writer", "a Saudi-led coalition") and does not count. Of two nationalities joined by a
hyphen ("Chinese-Australian") the last is the person's citizenship, as English writes it.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.actor_tables import _read
from eventwire.countries import lookup
from eventwire.token_view import Words

MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def stated_nationality(doc: Words, head: int) -> str | None:
    """The one country the description beside the name whose head is ``head`` gives, else None."""
    token = doc[head]
    found = _premodifier_countries(token)
    if not found:
        for child in token.children:
            if child.dep_ == "appos" and child.i > head:
                found = _apposition_countries(child)
                break
    return found[-1] if found and len(set(found)) <= 2 else None


def _premodifier_countries(name: Token) -> list[str]:
    """Demonyms modifying the name or a descriptive noun before it ("British academic X")."""
    found: list[str] = []
    for child in name.children:
        if child.i > name.i or child.dep_ not in MODIFIER_DEPS:
            continue
        found += _demonyms([child, *(c for c in child.children if c.dep_ in MODIFIER_DEPS)])
    return found


def _apposition_countries(appos: Token) -> list[str]:
    """ "X, a Russian", "X, an Australian academic", "X, a U.S. citizen"."""
    own = _demonyms([appos])
    if own:
        return own
    modifiers = [child for child in appos.children if child.dep_ in MODIFIER_DEPS and child.i < appos.i]
    found = _demonyms(modifiers)
    if not found and appos.lemma_.lower() in _nationality_nouns():
        found = [code for child in modifiers if (code := _country_name(child))]
    return found


def _demonyms(tokens: list[Token]) -> list[str]:
    """The countries of the demonyms among ``tokens`` (with their hyphenated partners), in order."""
    found: list[str] = []
    for token in sorted(tokens, key=lambda t: t.i):
        for word in [*(c for c in token.children if c.dep_ in MODIFIER_DEPS and c.i < token.i), token]:
            code = _demonym(word)
            if code and code not in found:
                found.append(code)
    return found


def _demonym(token: Token) -> str | None:
    """The country of a demonym ("Russian", "South Korean"), unless a hyphen joins it to a word
    that is no demonym ("Russian-born", "Saudi-led")."""
    doc = token.doc
    entry = None
    if token.i > 0:
        entry = lookup(f"{doc[token.i - 1].text} {token.text}")
    entry = entry or lookup(token.text)
    if entry is None or entry.kind != "demonym":
        return None
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-":
        partner = lookup(doc[token.i + 2].text)
        if partner is None or partner.kind != "demonym":
            return None
    return entry.code


def _country_name(token: Token) -> str | None:
    entry = lookup(token.text)
    return entry.code if entry is not None and entry.kind == "country" else None


@lru_cache(maxsize=1)
def _nationality_nouns() -> frozenset[str]:
    return frozenset(_read("roles.yaml")["person_country"]["nationality_nouns"])
