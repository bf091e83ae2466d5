"""People named by a title or office: "Russian President Vladimir Putin", "the defence minister",
"his Belarusian counterpart", "French National Assembly president Laurent Fabius".

Rules of :func:`eventwire.actors.extract_actors`, split from it by subject; each takes the
tokens at ``i`` and returns where its mention ends.
"""

from __future__ import annotations

from eventwire import actor_patterns as pat
from eventwire.actor_builder import ActorBuilder, sector_actor
from eventwire.actor_names import name_run
from eventwire.actor_offices import office_country
from eventwire.actor_org_words import OrgWord
from eventwire.actor_scene import sentence_place
from eventwire.actor_tables import fold, role_mapping, roles
from eventwire.coref import resolve_counterpart, resolve_description
from eventwire.token_view import Words


def counterpart(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "his counterpart from Belarus, Viktor Khrenin" / "his Belarusian counterpart"."""
    prefix = pat.parse_prefix(doc, i, end)
    noun = pat.match_words(doc, prefix.end, end, roles().counterpart_nouns)
    if noun is None:
        return None
    k, country = noun[0], prefix.country
    if k + 1 < end and doc[k].lower_ in {"from", "of", "in"}:
        found = pat.match_lexicon(doc, k + 1, end)
        if found and found[1].kind in {"country", "capital"}:
            k, country = found[0], found[1].code
    other = resolve_counterpart(builder.seen, builder.sentence)
    role = other.role if other else None
    name_start = rank_end(doc, k + 1, end) if k + 1 < end and doc[k].text == "," else k
    name_end = name_run(doc, name_start, end) if name_start < end else None
    if name_end is None:
        if country is None or role is None:
            return None
        builder.mention(builder.office(role, country, other.sector if other else None), i, k, "counterpart")
        return k
    person = builder.person(
        doc.text_of(name_start, name_end), role=role, country=country, sector=other and other.sector
    )
    builder.mention(person, i, name_end, "counterpart")
    return name_end


def title_after_org(doc: Words, end: int, prefix: pat.Prefix, org: OrgWord) -> pat.Title | None:
    """ "French National Assembly president Laurent Fabius": a title held in the organisation."""
    inner = pat.Prefix(end=org.end, country=prefix.country or org.country, igo=prefix.igo, determiner="the")
    title = pat.parse_title(doc, org.end, end, inner)
    if title is None or title.end >= end or name_run(doc, title.end, end) is None:
        return None
    title.role = pat.role_case(f"{org.words} {title.role}")
    title.sector = org.sector if title.sector == "GOV" else title.sector
    return title


def titled(doc: Words, i: int, end: int, prefix: pat.Prefix, title: pat.Title, builder: ActorBuilder) -> int:
    start = prefix.end if prefix.country is None and prefix.determiner else i
    k = title.end
    name_start = k + 1 if k + 1 < end and doc[k].text == "," else k
    if name_start > k:
        name_start = rank_end(doc, name_start, end)  # "navy commander, Rear Admiral Ana Cruz"
    name_end = name_run(doc, name_start, end) if name_start < end else None
    if name_end is not None and name_start > k and _names_a_place(doc, name_start, name_end):
        name_end = None  # "action against the consul, Japan's foreign ministry said": no holder's name
    if name_end is not None:
        name = doc.text_of(name_start, name_end)
        if title.country is None and name_end + 1 < end and doc[name_end].lower_ == "of":
            found = pat.match_lexicon(doc, name_end + 1, end)  # "King Hassan of Morocco"
            if found and found[1].kind == "country":
                title.country, name_end = found[1].code, found[0]
        # A person the tables or the registry know keeps their country ("President Reagan")
        known = builder.known_country(name)
        national = None if known else national_title_country(title)
        inferred = None if known or national else unmarked_office_country(title, i, builder)
        person = builder.person(
            name,
            role=title.role,
            country=title.country or national or inferred,
            sector=title.sector,
            igo=title.igo,
        )
        merged = builder.mention(person, start, name_end, "title" if name_start == k else "apposition")
        if inferred and merged.country == inferred and "country" not in merged.inferred:
            merged.inferred.append("country")  # the text implies it: the registry does not learn it
        return name_end
    title.country = title.country or national_title_country(title)  # "the Treasury Secretary said"
    if prefix.determiner in {"the", "this", "that"} or (prefix.country and prefix.possessive_pronoun):
        governor = doc.span(i, k).root.head.i
        actor = resolve_description(
            builder.seen, title.role, title.head, title.country, builder.sentence, governor
        )
        if actor is not None:
            builder.mention(actor, i, k, "description")
            return k
    if title.country is None and prefix.determiner == "the" and title.head in roles().home_offices:
        # "the foreign minister said", nobody of that office named before: the government the text
        # was just talking about, else the story's country
        title.country = unmarked_office_country(title, i, builder) or builder.home_country
    if title.country is None and prefix.determiner in {"a", "an", "the"} and _home_justice(title):
        # "a judge suspended the party's registration": the story's country's courts
        title.country = unmarked_office_country(title, i, builder) or builder.home_country
    if title.country is None:
        return k
    if _is_generic(title) or prefix.determiner in {"a", "an"}:
        owner = f"IGO:{title.igo}" if title.country == "IGO" and title.igo else title.country
        builder.mention(sector_actor(owner, title.sector or "GOV"), i, k, "description")  # "a UN envoy"
    else:
        builder.mention(builder.office(title.role, title.country, title.sector, title.igo), i, k, "title")
    return k


def rank_end(doc: Words, start: int, end: int) -> int:
    """Where the name starts after a bare rank or title opening an apposition ("Rear Admiral",
    "Air Chief Marshal", "Brigadier General" before a name); ``start`` when no such title stands
    there. The rank's first word is no name: "Rear" is nobody."""
    title = pat.parse_title(doc, start, end, pat.Prefix(end=start))
    if title is None or title.end >= end or name_run(doc, title.end, end) is None:
        return start
    return title.end


def national_title_country(title: pat.Title) -> str | None:
    """The one state that has the office a title names, whatever the story's place ("Treasury
    Secretary", "Deputy Chief Cabinet Secretary"; roles.yaml ``national_titles``); None when the text
    gives the title a country or body, or many states have the office."""
    if title.country is not None or title.igo is not None:
        return None
    table, words = role_mapping("national_titles"), tuple(fold(title.role).split())
    while words:
        if words in table:
            return table[words]
        if words[0] not in roles().modifiers:
            return None
        words = words[1:]  # "Deputy Treasury Secretary": the office under its modifiers
    return None


def _names_a_place(doc: Words, start: int, stop: int) -> bool:
    """The whole name run is a country, capital or other lexicon entry ("Japan"), not a person's name
    that starts with one ("Israel Katz")."""
    found = pat.match_lexicon(doc, start, stop)
    return found is not None and found[0] == stop


def unmarked_office_country(title: pat.Title, i: int, builder: ActorBuilder) -> str | None:
    """The country an office named without one takes from the text before it (see
    :mod:`eventwire.actor_offices`); None for offices held abroad, whose holder's country is
    not the government's the text was talking about."""
    if title.country is not None or title.igo is not None:
        return None
    if set(fold(title.role).split()) & roles().not_home_titles:
        return None
    return (
        sentence_place(builder.doc, i)  # "In Beijing, foreign ministry spokesman X said"
        or _possessor_country(builder, i)
        or office_country(builder.doc, builder.seen, title.role, title.head, i)
    )


def _possessor_country(builder: ActorBuilder, i: int) -> str | None:
    """ "Milei's spokesman": the country of the actor whose possessive ends just before token ``i``."""
    if i < 2 or builder.doc[i - 1].lower_ not in {"'s", "'", "’s"}:
        return None
    owner = next((item.actor for item in reversed(builder.seen) if item.token == i - 2), None)
    country = owner.country if owner is not None else None
    return None if country in {None, "IGO", "NGO"} else country


def _is_generic(title: pat.Title) -> bool:
    """ "official", "diplomat", "leader" alone: a description, not an office with a holder."""
    words = title.role.lower().split()
    return title.head in roles().generic_person_nouns and len(words) == 1


def _home_justice(title: pat.Title) -> bool:
    """A judge or prosecutor named by office alone (roles.yaml ``home_justice_offices``)."""
    return title.igo is None and fold(title.role) in roles().home_justice_offices
