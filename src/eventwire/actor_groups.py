"""Country-sector collectives: "Israeli troops", "Hungarian and Romanian officials", "rebels in Mali".

Each becomes the country-sector actor (``ISR-MIL``, ``MLI-REB``; ``IGO:UN-MIL`` for
"UN peacekeepers"), with the sector taken from roles.yaml's ``collectives``.
"""

from __future__ import annotations

from eventwire import actor_patterns as pat
from eventwire.actor_builder import LOCAL_COLLECTIVE_SECTORS, ActorBuilder, sector_actor, state_actor
from eventwire.actor_scene import paragraph_place, place_country
from eventwire.actor_sites import modifies_site
from eventwire.actor_tables import fold, role_words, roles
from eventwire.coref import resolve_ruling_military, resolve_sector
from eventwire.token_view import Words

CHAIN_KINDS = frozenset({"demonym", "country", "capital", "igo", "region"})
HYPHENS = frozenset({"-", "–"})
CROWD_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# Dependents that open another clause: its places are not where this clause happens.
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp", "relcl", "acl", "conj", "parataxis", "csubj"})


def collective(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "Israeli troops", "Hungarian and Romanian officials", "US forces": country-sector actors."""
    countries = _country_chain(doc, i, end)
    if not countries:
        return None
    after = countries[-1][1]
    if _is_hyphen_joint(doc, after, end) and doc[after + 1].lower_ == "led":
        after += 2  # "Saudi-led forces", "a US-led coalition": the leading country's
    found = collective_noun(doc, after, end) or _led_coalition(doc, countries[-1][1], after, end)
    if found is None:
        return None
    k, sector = found
    k, sector = _possessing_collective(doc, k, end) or (k, sector)
    together = i if len(countries) > 1 else None  # "Thai and Cambodian troops ... they": both
    for index, (start, stop, code) in enumerate(countries):
        last = index == len(countries) - 1
        builder.mention(
            sector_actor(code, sector), start, k + 1 if last else stop, "description", listed=together
        )
    return k + 1


def _possessing_collective(doc: Words, k: int, end: int) -> tuple[int, str] | None:
    """ "Afghan women's rights groups", "Kenyan farmers' unions": a collective whose possessive opens
    another collective is that one, of the same country."""
    if k + 2 >= end or doc[k + 1].text not in {"'s", "’s", "'", "’"}:
        return None
    found = collective_noun(doc, k + 2, end)
    return found if found is not None and found[1] is not None else None


def _led_coalition(doc: Words, chain_end: int, k: int, end: int) -> tuple[int, str] | None:
    """ "a US-led coalition": a coalition or alliance led by a country acts as its military."""
    if k == chain_end or k >= end or doc[k].lower_ not in roles().led_group_nouns:
        return None
    return k, "MIL"


def _country_chain(doc: Words, i: int, end: int) -> tuple[tuple[int, int, str], ...]:
    """ "the Greek and Bulgarian", "Belarusian-Russian": each country word's token span and code.
    Two rules ask in turn at each token: the last answer (a tuple, never changed) is kept."""
    return doc.last_answer("country_chain", i, end, lambda: _read_country_chain(doc, i, end))


def _read_country_chain(doc: Words, i: int, end: int) -> tuple[tuple[int, int, str], ...]:
    countries: list[tuple[int, int, str]] = []
    k = i + 1 if doc[i].lower_ in pat.DETERMINERS and not pat.is_subordinator(doc[i]) else i
    while k < end:
        found = pat.match_lexicon(doc, k, end)
        if not found or found[1].kind not in CHAIN_KINDS:
            break
        code = f"IGO:{found[1].code}" if found[1].kind == "igo" else found[1].country or found[1].code
        countries.append((k, found[0], code))
        k = found[0]
        if (k < end and doc[k].lower_ in {"and", "or", ","}) or _is_hyphen_joint(doc, k, end):
            k += 1
    return tuple(countries)


def _is_hyphen_joint(doc: Words, k: int, end: int) -> bool:
    """A hyphen written without spaces between two words ("Israeli-Palestinian")."""
    return k + 1 < end and doc[k].text in HYPHENS and not doc[k - 1].whitespace_ and not doc[k].whitespace_


def country_pair(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "US-Japanese talks", "the Israeli-Palestinian conflict": each hyphenated country is a party.

    (A pair before a collective noun, "Belarusian-Russian troops", is :func:`collective`'s.)
    Each country word gets a mention of its state.
    """
    countries = _country_chain(doc, i, end)
    if len(countries) < 2 or not any(doc[stop].text in HYPHENS for _, stop, _ in countries[:-1]):
        return None
    for start, stop, code in countries:
        if not code.startswith("IGO:"):
            builder.mention(state_actor(code), start, stop, "demonym")
    return countries[-1][1]


def collective_noun(doc: Words, k: int, end: int) -> tuple[int, str] | None:
    """The phrase head after country words, within three words, with its sector.

    A modifier's sector is the more specific and wins ("police officers" COP, "opposition
    candidates" OPP); otherwise the head noun's. A civilian modifier gives way to the head's
    sector ("national police" COP, "civilian refugees" REF) and counts only for a head without
    one ("civilian advisers" CVL). A word that modifies a later word is skipped.

    Three rules ask this in turn at each token: the last answer (a tuple, never changed) is kept.
    """
    return doc.last_answer("collective_noun", k, end, lambda: _collective_noun(doc, k, end))


def _collective_noun(doc: Words, k: int, end: int) -> tuple[int, str] | None:
    collectives = roles().collectives
    modifier_sector, civilian_modifier = None, None
    for j in range(k, min(end, k + 4)):
        token = doc[j]
        sector = collectives.get(token.lower_) or collectives.get(token.lemma_.lower())
        if j > k and token.dep_ not in {"compound", "amod"}:
            # a two-word collective whose words name no sector alone: "armed groups" REB
            sector = collectives.get(fold(doc.text_of(j - 1, j + 1))) or sector
        if token.pos_ not in {"ADJ", "NOUN", "VERB"} and not (sector and j == k):
            return None  # a proper noun may only be a sentence-initial "Rebels"
        if token.text[:1].isupper() and j > k:
            return None
        is_modifier = token.dep_ in {"compound", "amod"} and token.head.i > j
        if not is_modifier:
            sector = modifier_sector or sector or civilian_modifier
            return (j, sector) if sector else None
        if sector == "CVL":
            civilian_modifier = sector
        else:
            modifier_sector = modifier_sector or sector
    return None


def bare_description(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "rebels", "protesters", "the army", "police": the document's dominant country's collective.

    "the military" refers back to the most recent military named (:func:`resolve_sector`); civilians
    and police take the place of their clause next ("protesters gathered in Manila").

    Only the nouns in roles.yaml's ``bare_descriptions``; a phrase naming its own country
    was taken by :func:`collective` or :func:`collective_in_country` first.
    """
    if i > 0 and doc[i - 1].lower_ == "all":
        return None  # "urged all armed groups to ...": every party there is, no one country's
    k = pat.after_leading_the(doc, i, end)
    contained = _after_container(doc, i, end)  # "a coalition of opposition parties"
    k = contained or k
    found = collective_noun(doc, k, end)
    if found is None or not _is_bare_description(doc, k, found[0]) or _country_follows(doc, found[0], end):
        return None
    if any(doc[j].lower_ in role_words("unknown_actor_modifiers") for j in range(k, found[0])):
        return found[0] + 1  # "shot dead by unidentified gunmen": whose they are is unknown
    junta = resolve_ruling_military(builder.seen, doc.text_of(k, found[0] + 1)) if not contained else None
    if junta is not None:
        builder.mention(junta, i, found[0] + 1, "description")  # "the military government"
        return found[0] + 1
    earlier = resolve_sector(builder.seen, found[1], builder.sentence) if k > i and not contained else None
    named = same_noun_country(doc, builder, found[0], found[1]) if not contained else None
    named = named or _employer_country(doc, builder, found[0])
    place = local_place(doc, doc[found[0]]) if found[1] in LOCAL_COLLECTIVE_SECTORS else None
    country = named or earlier or place or builder.collective_country(found[1], found[0])
    if country is None:
        return None
    builder.mention(sector_actor(country, found[1]), i, found[0] + 1, "description")
    return found[0] + 1


def same_noun_country(doc: Words, builder: ActorBuilder, head: int, sector: str) -> str | None:
    """ "Polish farmers blocked the border ... the protesting farmers", "Farmers' unions said": a
    collective named again without its country is the one this document named earlier with the same
    noun and a country word, however long ago (the most recent, when several countries' were named).
    Only mentions whose words named the country count, not ones that took it from the dateline."""
    lemma = doc[head].lemma_.lower()
    for item in reversed(builder.seen):
        actor = item.actor
        if item.token >= head or actor.id != f"{actor.country}-{sector}":
            continue
        earlier = doc[item.token]
        if earlier.lemma_.lower() == lemma and _country_word_before(doc, earlier):
            return actor.country
    return None


def _employer_country(doc: Words, builder: ActorBuilder, head: int) -> str | None:
    """ "Gazprom workers", "hundreds of Conviasa employees": a collective whose modifier names an
    organisation this document named earlier with its country ("Russian gas giant Gazprom") is that
    country's: a firm's workers are of the firm's home, wherever they march."""
    first = head
    while first > 0 and doc[first - 1].text[:1].isupper() and doc[first - 1].is_alpha:
        first -= 1
    if first == head or not builder.bodies or doc[head - 1].head.i != head:
        return None
    name = doc.text_of(first, head)
    key = fold(name)
    body = builder.document_body(name)
    if body is None:
        found = {id(actor): actor for name, actor in builder.bodies.items() if name.startswith(key + " ")}
        body = next(iter(found.values())) if len(found) == 1 else None
    return body.country if body is not None else None


def _country_word_before(doc: Words, head) -> bool:
    """Whether a country word (or demonym) stands among the words before the collective's head
    ("Polish farmers", "the Serbian and Hungarian students")."""
    return any(
        (found := pat.match_lexicon(doc, k, head.i)) is not None and found[1].kind in CHAIN_KINDS
        for k in range(head.left_edge.i, head.i)
    )


def _after_container(doc: Words, i: int, end: int) -> int | None:
    """The word after "of" in "a coalition of", "an umbrella group of" (roles.yaml
    ``collective_containers``): the group acts as the collective it gathers."""
    k = i + 1 if doc[i].lower_ in {"a", "an", "the"} else i
    for stop in range(min(end - 1, k + 3), k, -1):
        if doc[stop].lower_ == "of" and fold(doc.text_of(k, stop)) in role_words("collective_containers"):
            return stop + 1
    return None


def _country_follows(doc: Words, head: int, end: int) -> bool:
    """ "(the) army rulers of Chad": a country after the head makes it no bare description
    (:func:`collective_in_country` reads it at the next word)."""
    if head + 2 >= end or doc[head + 1].lower_ not in {"in", "from", "of"}:
        return False
    place = pat.match_lexicon(doc, head + 2, end)
    return place is not None and place[1].kind in {"country", "region"}


def _is_bare_description(doc: Words, start: int, head: int) -> bool:
    """The head, the whole phrase, or a modifier of the head ("Opposition leaders", "government
    troops") is one of roles.yaml's ``bare_descriptions``."""
    words, people = roles().bare_descriptions, roles().collectives
    if doc[head].lower_ in words or fold(doc.text_of(start, head + 1)) in words:
        return True
    # a modifier only before a noun for people ("Opposition leaders"; not "military exercises")
    head_is_people = doc[head].lower_ in people or doc[head].lemma_.lower() in people
    return head_is_people and any(doc[k].lower_ in words for k in range(start, head))


def collective_in_country(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "rebels in the Ivory Coast", "protesters in Serbia", "opposition groups in Zimbabwe"."""
    found = collective_noun(doc, i, end)
    if found is None or found[0] + 2 >= end or doc[found[0] + 1].lower_ not in {"in", "from", "of"}:
        return None
    if doc[found[0] + 1].lower_ == "in" and fold(doc.text_of(i, found[0] + 1)) in roles().foreign_collectives:
        return None  # "peacekeepers in Lebanon" serve there; they are not Lebanon's
    places = _place_list(doc, found[0] + 2, end)
    if not places:
        return None
    # "the military governments of Mali, Burkina Faso and Niger": each country's, named together
    together = i if len(places) > 1 else None
    for index, (start, stop, code) in enumerate(places):
        builder.mention(
            sector_actor(code, found[1]), i if index == 0 else start, stop, "description", listed=together
        )
    return places[-1][1]


def _place_list(doc: Words, k: int, end: int) -> list[tuple[int, int, str]]:
    """ "Mali, Burkina Faso and Niger": the token span and code of each country or region of a list."""
    places: list[tuple[int, int, str]] = []
    while k < end:
        place = pat.match_lexicon(doc, k, end)
        if place is None or place[1].kind not in {"country", "region"}:
            break
        places.append((k, place[0], place[1].country or place[1].code))
        k = place[0]
        separators = 0
        while k < end and doc[k].lower_ in {",", "and"} and separators < 2:
            k, separators = k + 1, separators + 1
        if separators == 0:
            break
    return places


def crowd(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "thousands protested", "dozens were detained", "thousands of people", "a crowd": civilians.

    See roles.yaml ``crowd_words``: the country is the demonym's, else the clause's place, else
    the document's dominant country; with none of these there is no mention.
    """
    k = i + 1 if doc[i].lower_ in {"a", "the"} and i + 1 < end else i
    found = pat.match_words(doc, k, end, roles().crowd_words)
    if found is None:
        return None
    stop, sector, country = found[0], "CVL", None
    if stop + 1 < end and doc[stop].lower_ == "of":
        if _country_chain(doc, stop + 1, end):
            return None  # "scores of Sierra Leonean and Liberian refugees": each country's collective
        people = _people_after_of(doc, stop + 1, end)
        if people is None:
            return None  # "thousands of homes"
        stop, sector, country = people
    elif doc[stop - 1].dep_ not in CROWD_DEPS:
        return None
    country = (
        country
        or local_place(doc, doc[doc.span(i, stop).root.i])
        or builder.collective_country(sector or "CVL")
    )
    if country is None:
        return None
    builder.mention(sector_actor(country, sector or "CVL"), i, stop, "description")
    return stop


def _people_after_of(doc: Words, k: int, end: int) -> tuple[int, str | None, str | None] | None:
    """ "Georgians", "people", "students" after "thousands of": (end, sector, country or None)."""
    if k < end - 1 and doc[k].lower_ in pat.POSSESSIVE_DETERMINERS:
        k += 1  # "thousands of his supporters"
    found = pat.match_lexicon(doc, k, end)
    if found is not None and found[1].kind == "people":
        return found[0], "CVL", found[1].code
    noun = collective_noun(doc, k, end)
    return None if noun is None else (noun[0] + 1, noun[1], None)


def local_place(doc: Words, head) -> str | None:
    """Where people named without a country are: their clause's place, else the place their
    paragraph is set in ("In Seoul, ... Police detained students": :mod:`eventwire.actor_scene`)."""
    return clause_place(doc, head, participles=True) or paragraph_place(doc, head.i)


def clause_place(doc: Words, head, participles: bool = False) -> str | None:
    """The country of where the clause of ``head`` happens: the object of "in" / "outside" ... (or of
    "of" after a street or a square: roles.yaml ``scene_of_nouns``) nearest to ``head`` in its verb's
    subtree that is a country, capital, region or sizeable city."""
    verb = head.head if head.dep_ in CROWD_DEPS or head.dep_ == "pobj" else head
    prepositions = roles().clause_place_prepositions
    best: tuple[int, str] | None = None
    scenes = role_words("scene_of_nouns")
    for token in _same_clause(verb, participles):
        if token.dep_ != "pobj":
            continue
        preposition = token.head
        # "took to the streets of Seoul", "marched through the centre of Tbilisi": the place after "of"
        of_scene = preposition.lower_ == "of" and preposition.head.lemma_.lower() in scenes
        if preposition.lower_ not in prepositions and not of_scene:
            continue
        code = place_country(doc, token)
        if code is not None and (best is None or abs(token.i - head.i) < best[0]):
            best = (abs(token.i - head.i), code)
    return best[1] if best else None


def _same_clause(verb, participles: bool = False) -> list:
    """The tokens under ``verb`` that are not inside another clause ("... if war starts in Iraq"); with
    ``participles``, a participle with no subject of its own goes on with the same scene (people
    "rallied, chanting outside parliament in Tbilisi")."""
    tokens, stack = [], [verb]
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(
            child
            for child in token.children
            if child.dep_ not in CLAUSE_DEPS or (participles and _participle(child))
        )
    return tokens


def _participle(token) -> bool:
    """An -ing clause of its head's subject: an adverbial participle with no subject of its own."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and not any(child.dep_ in {"nsubj", "nsubjpass", "mark"} for child in token.children)
    )


def name_used_as_place(token) -> bool:
    """A one-word name the sentence uses as a place: after a locative preposition ("in Austin",
    "flew to Austin"), with a place noun in apposition ("Austin, a city in Texas") or as the subject of
    "be" with a place noun ("Austin is the state capital"). See roles.yaml ``place_nouns``."""
    tables = roles()
    while token.dep_ in {"conj", "appos"} and token.head is not token:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ in tables.name_place_prepositions:
        return True
    if modifies_site(token):
        return True  # "the port of Kolvik", "the Kolvik crossing"
    if token.dep_ == "pobj" and token.head.lower_ in {"to", "from"}:
        return token.head.head.lemma_.lower() in tables.travel_verbs
    if any(child.dep_ == "appos" and child.lemma_.lower() in tables.place_nouns for child in token.children):
        return True
    verb = token.head
    return (
        token.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and any(
            child.dep_ == "attr" and child.lemma_.lower() in tables.place_nouns for child in verb.children
        )
    )
