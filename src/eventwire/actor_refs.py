"""Descriptions that refer back to bodies and lists named before: "the bloc" (the international
body last named), "the three countries", "all three", "the juntas" (the states last named
together as a list). The words are roles.yaml's ``igo_references`` and ``group_references``;
the antecedents come from :func:`eventwire.coref_groups.resolve_igo` and :func:`eventwire.coref_groups.resolve_group`.
"""

from __future__ import annotations

from functools import lru_cache

from eventwire import actor_patterns as pat
from eventwire.actor_builder import ActorBuilder, sector_actor, state_actor
from eventwire.actor_groups import HYPHENS, collective_noun
from eventwire.actor_tables import _read, fold, role_words
from eventwire.coref import POSSESSIVE_PRONOUNS, SIDES_WINDOW_SENTENCES, resolve_possessors
from eventwire.coref_groups import resolve_group, resolve_igo, resolve_igo_by_head
from eventwire.token_view import Words

#: Words allowed between "the" and "bloc": "the 15-nation bloc", "the West African regional bloc".
MODIFIER_TAGS = frozenset({"ADJ", "NUM", "PROPN", "NOUN"})
MAX_MODIFIERS = 4
MAX_NUMBER_ADJECTIVES = 2  # "the three European powers", "the five Central Asian states"
LONGEST_NOUN = 2  # words in the longest group noun ("military governments")
COUNTRY_WORDS = frozenset({"country", "capital", "demonym"})


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], dict[str, int], frozenset[str], frozenset[str]]:
    data = _read("roles.yaml")
    groups = data.get("group_references", {})
    return (
        frozenset(data.get("igo_references", [])),
        dict(groups.get("numbers", {})),
        frozenset(groups.get("nouns", [])),
        frozenset(groups.get("without_number", [])),
    )


@lru_cache(maxsize=1)
def _regional_tables() -> dict[str, frozenset[str]]:
    """roles.yaml ``group_references.regional``: a people's plural ("europeans") -> its states."""
    regional = _read("roles.yaml").get("group_references", {}).get("regional", {})
    return {noun: frozenset(codes) for noun, codes in regional.items()}


def igo_reference(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "the bloc", "the 15-nation bloc": the international body named last; "the mission", "the
    peacekeeping force": the international peace mission named last (an IGO of sector MIL), or the
    one it is "known as" right after ("the mission, known as MINUSMA")."""
    nouns, missions, heads = _tables()[0], role_words("igo_mission_references"), role_words("igo_name_heads")
    seated = role_words("igo_seated_references")
    if doc[i].lower_ != "the":
        return None
    k = i + 1
    while k < min(end, i + 1 + MAX_MODIFIERS) and doc[k].lower_ not in nouns | missions | heads | seated:
        if doc[k].pos_ not in MODIFIER_TAGS and doc[k].text not in {"-", "–"} and not _seat_word(doc, k):
            return None
        k += 1
    if k >= end or doc[k].lower_ not in nouns | missions | heads | seated or _modifies_next(doc, k, end):
        return None
    if doc[k].lower_ in seated and not any(_seat_word(doc, j) for j in range(i + 1, k)):
        return None  # "the body was found": only "the Geneva-based body" is one
    if doc[k].lower_ in heads:
        # "the fund" after "the International Monetary Fund"
        body = resolve_igo_by_head(builder.seen, doc[k].lower_, builder.sentence)
    elif doc[k].lower_ in missions:
        body = _known_as(doc, k + 1, end, builder) or resolve_igo(
            builder.seen, builder.sentence, sector="MIL"
        )
    else:
        body = resolve_igo(builder.seen, builder.sentence)
    if body is None:
        return None
    builder.mention(body, i, k + 1, "description")
    return k + 1


def led_group_reference(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "the coalition" after "the Saudi-led coalition": the country-led group named last with that
    noun (within the sides window), which is coded as its leading country's military, or that group
    referred to so since (roles.yaml ``led_group_references``); nothing when no such group was
    named ("the coalition of gangs")."""
    if i + 1 >= end or doc[i].lower_ != "the" or doc[i + 1].lower_ not in role_words("led_group_references"):
        return None
    if _modifies_next(doc, i + 1, end):
        return None  # "the coalition forces"
    noun = doc[i + 1].lower_
    for item in reversed(builder.seen):
        if builder.sentence - item.sentence > SIDES_WINDOW_SENTENCES:
            return None
        head = item.token
        if doc[head].lower_ == noun and (_led(doc, head) or item.actor.id.endswith("-MIL")):
            builder.mention(item.actor, i, i + 2, "description")
            return i + 2
    return None


def _led(doc: Words, head: int) -> bool:
    """ "Saudi-led coalition": the noun at ``head`` follows "<country>-led"."""
    return head >= 2 and doc[head - 1].lower_ == "led" and doc[head - 2].text in HYPHENS


def _known_as(doc: Words, k: int, end: int, builder: ActorBuilder):
    """The international body a description is "known as" right after: ", known as MINUSMA"."""
    if k + 3 >= end or doc[k].text != "," or doc.text_of(k + 1, k + 3).lower() != "known as":
        return None
    found = pat.match_lexicon(doc, k + 3, end)
    return builder.igo(found[1]) if found is not None and found[1].kind == "igo" else None


def _seat_word(doc: Words, k: int) -> bool:
    """ "based" of "the Geneva-based body", "the Vienna-based agency": where the body sits."""
    return doc[k].lower_ == "based" and k > 0 and doc[k - 1].text in HYPHENS


def _modifies_next(doc: Words, k: int, end: int) -> bool:
    """ "bloc leaders", "bloc members": the noun modifies another; the phrase is not the body."""
    return k + 1 < end and doc[k].dep_ == "compound" and doc[k + 1].pos_ in {"NOUN", "PROPN"}


def group_reference(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "the three countries", "all three", "all four nations", "the juntas": each state of the
    list named last together (one mention per state on the same words, as "the two sides")."""
    _, numbers, nouns, without_number = _tables()
    if doc[i].lower_ not in {"the", "all"} or i + 1 >= end:
        return None
    region = _regional_tables().get(doc[i + 1].lower_) if doc[i].lower_ == "the" else None
    if region is not None:  # "the Europeans": the last list, all of whose states are in the region
        members = resolve_group(builder.seen, builder.sentence, None, region)
        for actor in members:
            builder.mention(actor, i, i + 2, "group", together=i)
        return i + 2 if members else None
    regional = _regional_modifier(doc, i, end, nouns) if doc[i].lower_ == "the" else None
    if regional is not None:  # "the Sahel governments": the last list, all of whose states are in it
        stop, region = regional
        members = resolve_group(builder.seen, builder.sentence, None, region)
        for actor in members:
            builder.mention(actor, i, stop, "group", together=i)
        return stop if members else None
    k, count = i + 1, None
    if doc[k].lower_ in numbers:
        count, k = numbers[doc[k].lower_], k + 1
    noun_end = _noun_at(doc, k, end, nouns if count else without_number)
    if noun_end is None and count:  # "the three European powers": adjectives before the noun
        noun_end = _noun_after_adjectives(doc, k, end, nouns)
    if noun_end is None and not (count and doc[i].lower_ == "all" and _ends_phrase(doc, k, end)):
        return None  # "all three" needs nothing after it; "the three" needs its noun
    stop = noun_end or k
    members = resolve_group(builder.seen, builder.sentence, count)
    for actor in members:
        builder.mention(actor, i, stop, "group", together=i)
    return stop if members else None


def _regional_modifier(
    doc: Words, i: int, end: int, nouns: frozenset[str]
) -> tuple[int, frozenset[str]] | None:
    """ "the Sahel governments", "the Central Asian countries": the phrase's end and the region's
    states (roles.yaml ``group_references.regional_modifiers``)."""
    regions = _regional_modifier_tables()
    for width in (2, 1):
        region = regions.get(fold(doc.text_of(i + 1, min(end, i + 1 + width))))
        noun_end = (
            _noun_at(doc, i + 1 + width, end, nouns) if region is not None and i + 1 + width < end else None
        )
        if noun_end is not None:
            return noun_end, region
    return None


@lru_cache(maxsize=1)
def _regional_modifier_tables() -> dict[str, frozenset[str]]:
    regional = _read("roles.yaml").get("group_references", {}).get("regional_modifiers", {})
    return {fold(words): frozenset(codes) for words, codes in regional.items()}


def _noun_at(doc: Words, k: int, end: int, nouns: frozenset[str]) -> int | None:
    for stop in range(min(end, k + LONGEST_NOUN), k, -1):
        if fold(doc.text_of(k, stop)) in nouns and not _modifies_next(doc, stop - 1, end):
            return stop
    return None


def _noun_after_adjectives(doc: Words, k: int, end: int, nouns: frozenset[str]) -> int | None:
    for skip in range(1, MAX_NUMBER_ADJECTIVES + 1):
        if k + skip >= end or doc[k + skip - 1].pos_ not in {"ADJ", "PROPN"}:
            return None
        found = _noun_at(doc, k + skip, end, nouns)
        if found is not None:
            return found
    return None


def _ends_phrase(doc: Words, k: int, end: int) -> bool:
    """ "left all three.", "all three said": the number is the whole noun phrase."""
    return k >= end or doc[k].is_punct or doc[k].pos_ in {"VERB", "AUX", "ADP", "CCONJ"}


def whose_collective(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "a warning to Seoul and Washington, whose forces began drills": the collective of each
    country the relative clause hangs from (the antecedent and its conjuncts)."""
    if doc[i].lower_ != "whose" or i + 1 >= end:
        return None
    found = collective_noun(doc, i + 1, end)
    if found is None or found[1] is None:
        return None
    codes = _antecedent_countries(doc, i)
    for code in codes:
        builder.mention(sector_actor(code, found[1]), i, found[0] + 1, "description", listed=i)
    return found[0] + 1 if codes else None


def _antecedent_countries(doc: Words, whose: int) -> list[str]:
    """Countries of the list right before ", whose" ("Seoul and Washington, whose ..."), read from
    the surface: the parser often hangs the relative clause on the list's last word only."""
    k = whose - 1
    if k < 1 or doc[k].text != ",":
        return []
    codes: list[str] = []
    stop = k
    while stop > 0:
        found = _country_ending_at(doc, stop)
        if found is None:
            break
        start, code = found
        codes.insert(0, code)
        stop = start
        while stop > 0 and doc[stop - 1].lower_ in {"and", ","}:
            stop -= 1
        if stop == start:
            break
    return list(dict.fromkeys(codes))


def _country_ending_at(doc: Words, stop: int) -> tuple[int, str] | None:
    """The country, capital or demonym word(s) ending just before token ``stop``: (start, code)."""
    for start in range(max(0, stop - 3), stop):
        found = pat.match_lexicon(doc, start, stop)
        if found is not None and found[0] == stop and found[1].kind in COUNTRY_WORDS:
            return start, found[1].country or found[1].code
    return None


def possessed_collective(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "the junta warned that its forces would respond", "Kyiv said its troops held": the force or
    people of the body "its" / "their" refers to (:func:`eventwire.coref.resolve_possessors`). An
    international body's own ("the UN said its peacekeepers ...") is the body itself."""
    if doc[i].lower_ not in POSSESSIVE_PRONOUNS or i + 1 >= end:
        return None
    found = collective_noun(doc, i + 1, end)
    if found is None or found[1] is None or not _acts(doc[found[0]]):
        return None
    possessors = resolve_possessors(builder.seen, doc[i].lower_, builder.sentence)
    actors = {
        actor.id: actor
        for actor in (
            possessor if possessor.country == "IGO" else sector_actor(possessor.country, found[1])
            for possessor in possessors
        )
    }
    for actor in actors.values():  # "Israel and Egypt said their troops": each one's
        builder.mention(actor, i, found[0] + 1, "description", listed=i if len(actors) > 1 else None)
    return found[0] + 1 if actors else None


def followers(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "his allies were arrested", "her aides said": a person's own circle (roles.yaml
    ``follower_nouns``) is of that person's country and sector, a party at home."""
    if (
        doc[i].lower_ not in {"his", "her"}
        or i + 1 >= end
        or doc[i + 1].lower_ not in role_words("follower_nouns")
    ):
        return None
    possessors = resolve_possessors(builder.seen, doc[i].lower_, builder.sentence)
    if len(possessors) != 1 or possessors[0].country == "IGO":
        return None
    person = possessors[0]
    builder.mention(sector_actor(person.country, person.sector or "CVL"), i, i + 2, "description")
    return i + 2


def _acts(head) -> bool:
    """Whether a possessed collective is a clause's subject ("its forces would respond"): one that a
    body moves or withdraws ("France will withdraw its forces") is no party of its own."""
    while head.dep_ == "conj":
        head = head.head
    return head.dep_ in {"nsubj", "nsubjpass"}


POSSESSIVE_ENDINGS = frozenset({"'s", "'", "’s", "’"})


def named_possessor_collective(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "The International Criminal Court's appeals judges", "Kenya Airways' workers": a collective
    right after a possessive the last mention ended with belongs to that possessor: an international
    body's or NGO's own are the body itself, others' are their country's collective of that sector."""
    if i == 0 or doc[i - 1].text not in POSSESSIVE_ENDINGS or not builder.seen:
        return None
    if builder.last_mention_end() != i:
        return None
    found = collective_noun(doc, i, end)
    if found is None or found[1] is None:
        return None
    possessor = builder.seen[-1].actor
    if possessor.country in {"IGO", "NGO"}:
        actor = possessor
    elif possessor.country:
        actor = sector_actor(possessor.country, found[1])
    else:
        return None
    builder.mention(actor, i, found[0] + 1, "description")
    return found[0] + 1


def all_sides(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "urged all sides to settle their differences", "called on all parties to attend": every
    side there is of the crisis the story is about, the country it names most (roles.yaml
    ``all_sides_nouns``); "all parties in Mozambique" names its own (another rule)."""
    if doc[i].lower_ != "all" or i + 1 >= end:
        return None
    k = i + 2 if doc[i + 1].lower_ == "the" else i + 1
    if k >= end or doc[k].lower_ not in role_words("all_sides_nouns"):
        return None
    if k + 1 < end and doc[k + 1].lower_ in {"in", "of"}:
        return None
    country = builder.document_country
    if country is None:
        return None
    builder.mention(state_actor(country), i, k + 1, "description")
    return k + 1
