"""Token-level patterns for actor phrases: country prefixes, titles, organisation words (names:
:mod:`eventwire.actor_names`).

The table matchers themselves (:func:`match_lexicon`, :func:`match_words`) live in
:mod:`eventwire.actor_words` and are read through this module too (``pat.match_lexicon``).

Every parser takes a :class:`~eventwire.token_view.Words` view of a spaCy Doc, a start token index and the sentence end, and
returns what it matched with the index just past it (or None). They only read the
tables in :mod:`eventwire.countries` and :mod:`eventwire.actor_tables`.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.actor_org_words import modifies_noun, parse_org
from eventwire.actor_residence import community_after_residence
from eventwire.actor_tables import roles
from eventwire.actor_words import match_lexicon, match_words
from eventwire.countries import city_country
from eventwire.token_view import Word, Words

DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that", "our", "another"})
POSSESSIVE_DETERMINERS = frozenset({"his", "her", "its", "their"})
NON_STATE_SECTORS = frozenset({"REB", "PRM", "OPP", "PTY", "CRM", "UAF"})
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
SMALL_WORDS = frozenset({"of", "the", "for", "and", "on", "in"})


@dataclass(slots=True)
class Prefix:
    """What stands before a title or organisation word: "the Belarusian", "Russia's", "NATO"."""

    end: int
    country: str | None = None
    igo: str | None = None
    determiner: str | None = None
    possessive_pronoun: bool = False
    sector: str | None = None  # of a named organisation prefix ("Hamas leader")
    former: bool = False  # "former Israeli Prime Minister ..."


@dataclass(slots=True)
class Title:
    """A person's title, e.g. "Deputy Defense Minister" or "State Secretary of the Security Council"."""

    start: int
    end: int
    role: str
    head: str
    sector: str | None
    country: str | None = None
    igo: str | None = None
    former: bool = False


def parse_prefix(doc: Words, i: int, end: int) -> Prefix:
    """Determiner and/or country, demonym, possessive ("Russia's") or IGO before a title or organisation.
    Two rules ask in turn at each token: the last answer is kept, so no caller may change a Prefix."""
    return doc.last_answer("prefix", i, end, lambda: _parse_prefix(doc, i, end))


def _parse_prefix(doc: Words, i: int, end: int) -> Prefix:
    prefix = Prefix(end=i)
    if i < end and doc[i].lower_ in roles().former:
        prefix.former, prefix.end, i = True, i + 1, i + 1
    if i < end and doc[i].lower_ in DETERMINERS and not is_subordinator(doc[i]):
        prefix.determiner = doc[i].lower_
        prefix.possessive_pronoun = doc[i].lower_ in POSSESSIVE_DETERMINERS
        prefix.end = i + 1
    found = match_lexicon(doc, prefix.end, end) if prefix.end < end else None
    if found is None:
        return _city_prefix(doc, prefix, end)
    j, entry = found
    if entry.kind in {"country", "demonym", "capital", "seat", "region"}:
        prefix.country = entry.country or entry.code
    elif entry.kind == "igo":
        prefix.country, prefix.igo = entry.country, entry.code
    elif entry.kind == "org":
        prefix.country, prefix.sector = entry.country, entry.sector
    else:
        return prefix
    if entry.kind == "demonym":
        j = community_after_residence(doc, j, end, prefix.country)
    if j < end and doc[j].text in {"'s", "’s", "'"}:
        j += 1
    prefix.end = j
    return prefix


CITY_NAME_WORDS = 3  # longest city name tried before a local office ("Rio de Janeiro")


def _city_prefix(doc: Words, prefix: Prefix, end: int) -> Prefix:
    """ "Istanbul Mayor", "Kharkiv regional governor": a sizeable city before a local office gives its
    country (the gazetteer's largest city of that name). Other titles after a city say nothing of a
    country ("Paris envoy"), so only the heads listed in roles.yaml's local_office_heads qualify."""
    i = prefix.end
    if i >= end or not doc[i].text[:1].isupper():
        return prefix
    for stop in range(min(end, i + CITY_NAME_WORDS), i, -1):
        # The office test first: it is cheap and rarely true, and most capitalised words are no city.
        if _local_office_follows(doc, stop, end):
            code = city_country(doc.text_of(i, stop))
            if code is not None:
                prefix.country, prefix.end = code, stop
                return prefix
    return prefix


def _local_office_follows(doc: Words, k: int, end: int) -> bool:
    tables = roles()
    while k < end and (doc[k].lower_ in tables.modifiers or doc[k].lower_ in tables.local_office_modifiers):
        k += 1
    return match_words(doc, k, end, tables.local_office_heads) is not None


def is_subordinator(token: Word) -> bool:
    """ "that" introducing a clause ("said that the army ..."), not pointing at a noun ("that army")."""
    return token.dep_ == "mark" or token.pos_ == "SCONJ"


def role_case(text: str) -> str:
    """Titles as a heading: "foreign minister" -> "Foreign Minister" (so ids and roles agree across texts)."""
    words = text.split()
    return " ".join(
        word
        if word.lower() in SMALL_WORDS or "'" in word or not word[:1].isalpha()
        else word[:1].upper() + word[1:]
        for word in words
    )


def _title_allowed(doc: Words, start: int, end: int, prefix: Prefix) -> bool:
    """Lower-case title words need a country or determiner before them; none may modify a noun."""
    if modifies_noun(doc, end):
        return False  # "general strike", "security forces": the title word modifies a noun
    capitalised = doc[start].text[:1].isupper()
    return (
        capitalised
        or prefix.country is not None
        or prefix.determiner is not None
        or (_person_follows(doc, end) and not _capitalised_words_before(doc, start))
    )


def _capitalised_words_before(doc: Words, start: int) -> bool:
    """ "Opposition Conservative leader X", "BNP secretary-general X": the lower-case title is the
    end of a longer one (a party's, an organisation's, a hyphenated one) that the tables do not read."""
    return start > 0 and (doc[start - 1].text[:1].isupper() or doc[start - 1].text in {"-", "–"})


def _person_follows(doc: Words, end: int) -> bool:
    """ "embassy spokesman Nikolai Vlasov", "his spokesman, Ivan Petrov": a lower-case title is one
    when a person's name (as the parser tags it) follows, after a comma at most."""
    k = end + 1 if end < len(doc) and doc[end].text == "," else end
    return k < len(doc) and doc[k].ent_type_ == "PERSON" and doc[k].text[:1].isupper()


def parse_title(doc: Words, i: int, end: int, prefix: Prefix) -> Title | None:
    """[modifiers] [domains] head ["of"/"for" complement], starting at token i (after the prefix)."""
    tables = roles()
    k, last_head_end, head_key, domain_sector, former = i, None, None, None, False
    unlisted, portfolio = 0, False  # portfolio: a listed domain was read ("water" of "water and ...")
    while k < end:
        head = match_words(doc, k, end, tables.heads)
        domain = match_words(doc, k, end, tables.domains)
        if head and (not domain or head[0] >= domain[0]):
            k, head_key, last_head_end = head[0], head[1], head[0]
            continue
        if domain:
            domain_sector = domain_sector or tables.domains[domain[1]]
            k, portfolio = domain[0], True
            continue
        if doc[k].lower_ == "and" and k + 1 < end and match_words(doc, k + 1, end, tables.domains):
            k += 1  # "Planning and Investment Minister"
            continue
        if (
            doc[k].lower_ == "and"
            and (unlisted or portfolio)
            and _unlisted_portfolio(doc, i, k + 1, end, prefix, MAX_PORTFOLIO_WORDS - unlisted)
        ):
            k += 1  # "Norway's climate and environment envoy", "Dutch water and sanitation envoy"
            continue
        if (
            doc[k].lower_ in tables.modifiers
            or doc[k].lower_ in tables.local_office_modifiers
            or doc[k].text == "-"
        ):
            former = former or doc[k].lower_ in tables.former
            k += 1
            continue
        if head_key is None and _unlisted_portfolio(doc, i, k, end, prefix, MAX_PORTFOLIO_WORDS - unlisted):
            unlisted += 1  # "EU enlargement commissioner", "France's ecological transition minister"
            k += 1
            continue
        break
    if last_head_end is None or not _title_allowed(doc, i, last_head_end, prefix):
        return None
    title = Title(
        start=i,
        end=last_head_end,
        role=role_case(doc.text_of(i, last_head_end)),
        head=" ".join(head_key),
        sector=domain_sector or tables.heads[head_key],
        country=prefix.country,
        igo=prefix.igo,
        former=former or prefix.former,
    )
    _attach_complement(doc, title, end)
    if prefix.sector and (title.sector == "GOV" or prefix.sector in NON_STATE_SECTORS):
        title.sector = prefix.sector  # "Hamas commander": the organisation's sector, not MIL or GOV
    if title.former:
        title.sector = "ELI"
        if prefix.former:
            title.role = f"Former {title.role}"
    return title


# At most this many unlisted words name a portfolio between a country and its title head
# ("France's ecological transition minister"); more would swallow clauses.
MAX_PORTFOLIO_WORDS = 2


def _unlisted_portfolio(doc: Words, i: int, k: int, end: int, prefix: Prefix, budget: int) -> bool:
    """Words the tables do not list, after a country or body and before a title head, name the
    office's portfolio ("EU enlargement commissioner", "Ukrainian Infrastructure Minister", "French
    ecological transition minister": portfolios are too many to list). Up to ``budget`` such words
    may stand before the head, mixed with listed domains and modifiers. Capitalised, a word must not
    continue an organisation's name ("the Organization of American States Secretary General")."""
    if budget <= 0 or (prefix.country is None and prefix.igo is None) or not _portfolio_word(doc, i, k):
        return False
    return _head_within(doc, i, k + 1, end, budget - 1)


def _portfolio_word(doc: Words, i: int, k: int) -> bool:
    word = doc[k]
    return (
        word.text.isalpha()
        and (word.text.islower() or (word.text.istitle() and not _continues_entity(doc, i, k)))
        and word.pos_ in {"NOUN", "ADJ", "PROPN"}
    )


def _head_within(doc: Words, i: int, k: int, end: int, budget: int) -> bool:
    """A title head follows from token ``k``, after listed domains or modifiers and at most ``budget``
    more unlisted portfolio words."""
    tables = roles()
    while k < end:
        if match_words(doc, k, end, tables.heads) is not None:
            return True
        domain = match_words(doc, k, end, tables.domains)
        if domain is not None:
            k = domain[0]
        elif doc[k].lower_ in tables.modifiers or (doc[k].lower_ == "and" and k + 1 < end):
            k += 1
        elif budget > 0 and _portfolio_word(doc, i, k):
            budget, k = budget - 1, k + 1
        else:
            return False
    return False


def _continues_entity(doc: Words, i: int, k: int) -> bool:
    """Inside a named entity that began before the country word ahead of the title ("American
    States" of an organisation's name); an entity the parser began at the country word ("Thai
    Aviation") may be the office's."""
    return i > 0 and all(doc[j].ent_iob_ == "I" for j in range(i - 1, k + 1))


def _attach_complement(doc: Words, title: Title, end: int) -> None:
    """Extend a title with "of Armenia", "of the Belarusian Security Council", "of Foreign Affairs"."""
    j = title.end
    if j >= end or doc[j].lower_ not in {"of", "for"}:
        return
    inner = parse_prefix(doc, j + 1, end)
    # "the head of Russia's diplomatic mission": a country's body may have adjectives before it
    org = parse_org(doc, inner.end, end, 2 if inner.country else 0)
    domain = match_words(doc, inner.end, end, roles().domains)
    if org is not None:
        title.sector = title.sector if title.sector not in {None, "GOV"} else org.sector
        stop = org.end
    elif domain is not None:
        stop = domain[0]
        while stop < end and (
            doc[stop].lower_ in {"affairs", "and"} or match_words(doc, stop, end, roles().domains)
        ):
            stop = (match_words(doc, stop, end, roles().domains) or (stop + 1,))[0]
    elif inner.country is not None and inner.end > j + 1:
        stop = inner.end
        if doc[stop - 1].text in POSSESSIVE_MARKS:
            stop -= 1  # "the leader of France's Socialists": of France; the "'s" is no part of the title
    else:
        return
    title.country = title.country or inner.country
    title.igo = title.igo or inner.igo
    title.end = stop
    title.role = role_case(doc.text_of(title.start, stop))
    if org is not None and doc[inner.end - 1].text in POSSESSIVE_MARKS:
        # "head of Russia's diplomatic mission": the office is "Head of Diplomatic Mission" (of Russia)
        title.role = role_case(f"{doc.text_of(title.start, j + 1)} {doc.text_of(inner.end, stop)}")


def after_leading_the(doc: Words, i: int, stop: int) -> int:
    """The first word of the name at [i, stop) after a leading "the" ("the Pan-African Parliament")."""
    return i + 1 if doc[i].lower_ == "the" and i + 1 < stop else i
