"""Building actors and mentions for one document: identity resolution, merging, ids.

See :mod:`eventwire.actors` for the id convention. People are identified, in order,
by an earlier mention in the same document (full name or surname), by the ``known``
registry snapshot, then by the leaders table; what the text says about a person
(role, country, sector) wins over what the tables say.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

from eventwire.actor_clause import seen_at
from eventwire.actor_folds import fold_early_surnames, fold_office_appositions
from eventwire.actor_kinds import named_organisation, organisation_actor, sector_actor, state_actor
from eventwire.actor_patterns import is_subordinator
from eventwire.actor_person_country import place_people
from eventwire.actor_scene import country_counts, most_named, story_scene
from eventwire.actor_state_organs import is_state_organ, state_organ_country
from eventwire.actor_tables import find_leader, fold, roles, slug
from eventwire.coref import Seen
from eventwire.countries import LexEntry, country_name, lookup
from eventwire.dateline import dateline_country, dateline_end
from eventwire.records import Actor, ActorMention
from eventwire.token_view import Words

# Sectors whose unnamed members belong where they are ("protesters ... in Manila", "police in
# Tbilisi"); troops and rebels often fight abroad, so they keep the document's country.
# Traders and farmers (BUS, AGR) work where they live; not refugees: they come from elsewhere.
LOCAL_COLLECTIVE_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "COP", "BUS", "AGR"})
LIST_SEPARATORS = frozenset({",", "and", "or"})
#: The constructors moved to actor_kinds; other stages still import them from here.
__all__ = [
    "ActorBuilder",
    "named_organisation",
    "organisation_actor",
    "sector_actor",
    "state_actor",
]


class ActorBuilder:
    """Collects the actors and mentions of one document, merging repeated actors by id."""

    def __init__(self, doc: Words, known: Mapping[str, Actor] | None) -> None:
        self.doc = doc
        self.sentence = 0
        self.actors: dict[str, Actor] = {}
        self.mentions: list[ActorMention] = []
        self.seen: list[Seen] = []
        self._last_end = 0  # token after the last mention (lists: "Guinea, Gabon and Chad")
        self._list_alias: dict[int, int] = {}  # a parser's list id -> the list it joined
        self.people: dict[str, str] = {}  # folded full name or surname -> actor id, this document
        self.known_people = _index_people(known or {})
        self.known_bodies = _index_bodies(known or {})
        self._text_facts: dict[str, dict[str, str | None]] = {}  # facts of the actor being mentioned
        self._described_by_text: set[str] = set()  # actors whose facts came from this text
        self.bodies: dict[str, Actor] = {}  # folded names of organisations named with their country

    # -- the document's country ---------------------------------------------------------

    @cached_property
    def document_country(self) -> str | None:
        """The country the document is mostly about (see roles.yaml ``bare_descriptions``)."""
        return most_named(self.country_counts)

    @cached_property
    def scene_country(self) -> str | None:
        """The country the story's unnamed locals ("police", "protesters") are of (:func:`story_scene`)."""
        return story_scene(self.doc, self.country_counts, dateline_country(self.doc.text))

    @cached_property
    def body_country(self) -> str | None:
        """The country the story's text names most, not counting its dateline: a story filed from
        London about a tanker seized in the Gulf is no story about Britain."""
        body = dateline_end(self.doc.text)
        start = next((token.i for token in self.doc if token.idx >= body), len(self.doc))
        return most_named(country_counts(self.doc, start))

    @cached_property
    def country_counts(self) -> dict[str, int]:
        """How often the text names each country, in order of first naming (:func:`country_counts`)."""
        return country_counts(self.doc)

    def collective_country(self, sector: str | None, token: int | None = None) -> str | None:
        """The country of a collective named with no country word at ``token``: the scene's for local
        sectors (police, crowds, workers); for a state's organs (the government, the army) that of the
        official who reports them, else the document's (:mod:`eventwire.actor_state_organs`); the
        document's for the others (rebels, militants)."""
        if sector in LOCAL_COLLECTIVE_SECTORS:
            return self.scene_country
        if is_state_organ(sector):
            return state_organ_country(self, token)
        return self.document_country

    @cached_property
    def home_country(self) -> str | None:
        """The country of the dateline ("MINSK, July 18 (Wire) —"), else the document's country."""
        return dateline_country(self.doc.text) or self.document_country

    # -- organisations and groups from the registry ----------------------------------------

    def known_body(self, name: str) -> Actor | None:
        """A registry organisation or group by name or alias ("the Arakan Army" == "Arakan Army")."""
        return self.known_bodies.get(_body_key(name))

    def from_registry(self, actor: Actor, text_country: str | None = None) -> Actor:
        """The registry's version of an organisation or group, else ``actor`` unchanged.

        The registry holds what users corrected, so it wins over the tables; a country the
        text itself gives (``text_country``) wins over the registry.
        """
        if actor.kind not in {"organisation", "group"} or not self.known_bodies:
            return actor
        known = self.known_bodies.get(actor.id) or self.known_body(actor.name)
        if known is None:
            return actor
        return Actor(
            id=known.id,
            name=known.name,
            kind=known.kind,
            country=text_country or known.country or actor.country,
            sector=known.sector or actor.sector,
            role=known.role,
            igo=known.igo or actor.igo,
            aliases=list(known.aliases),
        )

    def remember_body(self, actor: Actor) -> None:
        """A named organisation whose country the text gave ("Russian gas giant Gazprom"): a later
        bare "Gazprom" in this document is the same organisation (:meth:`document_body`)."""
        if actor.country is not None:
            self.bodies.setdefault(_body_key(actor.name), actor)

    def remember_alias(self, alias: str, actor: Actor) -> None:
        """An acronym the text gives in parentheses after the actor's name ("(UNSMIL)")."""
        self.bodies.setdefault(_body_key(alias), actor)

    def document_body(self, name: str) -> Actor | None:
        """An organisation this document named earlier with its country, by its name."""
        return self.bodies.get(_body_key(name))

    # -- people -------------------------------------------------------------------------

    def _lookup_person(self, name: str) -> tuple[Actor | None, bool]:
        """An existing actor for a name, and whether it was seen earlier in this document."""
        key = fold(name)
        if key in self.people:
            return self.actors[self.people[key]], True
        if key in self.known_people:
            return self.known_people[key], False
        leader = find_leader(name)
        if leader is None:
            return None, False
        office = leader.current
        return (
            Actor(
                id=f"person:{slug(leader.name)}",
                name=leader.name,
                kind="person",
                country=office.country if office else None,
                sector=office.sector if office else None,
                role=office.office if office else None,
                igo=office.igo if office else None,
                aliases=list(leader.aliases),
            ),
            False,
        )

    def is_known_person(self, name: str, in_document_only: bool = False) -> bool:
        actor, in_document = self._lookup_person(name)
        return in_document if in_document_only else actor is not None

    def known_country(self, name: str) -> str | None:
        """The country this document, the registry or the leaders table gives a person already."""
        actor, _ = self._lookup_person(name)
        return actor.country if actor is not None else None

    def name_how(self, name: str) -> str:
        """How a bare name was resolved: "surname" (earlier in the text), "registry", or "name"."""
        actor, in_document = self._lookup_person(name)
        if actor is None:
            return "name"
        if in_document:
            return "surname" if " " not in name.strip() else "name"
        return "registry"

    def person(
        self,
        name: str,
        role: str | None = None,
        country: str | None = None,
        sector: str | None = None,
        igo: str | None = None,
    ) -> Actor:
        """The person a name refers to, with what the text says about them taking precedence."""
        found, _ = self._lookup_person(name)
        base = found or Actor(id=f"person:{slug(name)}", name=name, kind="person")
        if role or country or sector:
            self._text_facts[base.id] = {"role": role, "country": country, "sector": sector, "igo": igo}
        return Actor(
            id=base.id,
            name=base.name,
            kind="person",
            country=country or base.country,
            sector=sector or base.sector,
            role=role or base.role,
            igo=igo if country else base.igo,
            aliases=list(dict.fromkeys([*base.aliases, name])) if name != base.name else list(base.aliases),
        )

    def office(self, role: str, country: str, sector: str | None, igo: str | None = None) -> Actor:
        """An unnamed office holder: "Belarus's charge d'affaires" -> office:BLR:charge-d-affaires."""
        owner = igo if country == "IGO" and igo else country
        owner_name = igo if country == "IGO" else country_name(country)
        return Actor(
            id=f"office:{owner}:{slug(role)}",
            name=f"{role} of {owner_name}",
            kind="person",
            country=country,
            sector=sector,
            role=role,
            igo=igo,
        )

    def igo(self, entry: LexEntry) -> Actor:
        country = entry.country or "IGO"
        return Actor(
            id=f"{country}:{entry.code}",
            name=entry.name,
            kind="organisation",
            country=country,
            # Intergovernmental bodies act as governments do (PLOVER codes their organs GOV).
            sector=entry.sector or ("GOV" if country == "IGO" else None),
            igo=entry.code if country == "IGO" else None,
        )

    # -- recording ------------------------------------------------------------------------

    def mention(
        self,
        actor: Actor,
        start: int,
        end: int,
        how: str,
        together: int | None = None,
        listed: int | None = None,
    ) -> Actor:
        """Record a mention of tokens [start, end) and merge the actor into the document's set.

        A table's organisation or group gives way to the registry's (see :meth:`from_registry`);
        registry mentions (``how`` "registry") were looked up already. ``together`` marks the
        mentions of one phrase naming several parties ("they", "both sides") as one plural party;
        ``listed`` those of one list of countries ("the rulers of Mali, Chad and Niger"), plural but
        not named as two sides.
        """
        while start < end - 1 and is_subordinator(self.doc[start]):
            start += 1  # "that the Turkish government": the clause's "that" is no part of the name
        merged = self._merge(actor if how == "registry" else self.from_registry(actor))
        span = self.doc.span(start, end)
        self.mentions.append(ActorMention(merged.id, span.start_char, span.end_char, span.text, how))
        self._join_list(seen_at(merged, span, self.sentence, together, listed), start)
        self._last_end = end
        if merged.kind == "person" and how in {"name", "title", "apposition", "counterpart", "registry"}:
            self._remember_names(merged)
        return merged

    def last_mention_end(self) -> int:
        """The token after the last mention recorded (0 before any)."""
        return self._last_end

    def _join_list(self, seen: Seen, start: int) -> None:
        """Record ``seen``; a mention right after the previous one with only list separators between
        ("Guinea, Gabon and Chad") joins its list, whatever the parser made of the commas."""
        previous = self.seen[-1] if self.seen else None
        between = [self.doc[k].lower_ for k in range(self._last_end, start)]
        seen.listed = self._list_alias.get(seen.listed, seen.listed)
        if (
            previous is not None
            and previous.sentence == seen.sentence
            and between
            and set(between) <= LIST_SEPARATORS
            and seen.listed != previous.listed
        ):
            if previous.listed < 0:
                previous.listed = previous.token
            if seen.listed >= 0:  # the parser's list of the later conjuncts joins the earlier one
                self._list_alias[seen.listed] = previous.listed
            seen.listed = previous.listed
        self.seen.append(seen)

    def _remember_names(self, actor: Actor) -> None:
        for form in (actor.name, *actor.aliases):
            self.people.setdefault(fold(form), actor.id)
            self.people.setdefault(fold(form.split()[-1]), actor.id)
            first = form.split()[0]
            # Thai, Lao and Indonesian officials are named again by their given name ("Phumtham");
            # a given name that is a country or place word ("Israel Katz") is not remembered.
            if " " in form and len(first) > 2 and first[:1].isupper() and lookup(first) is None:
                self.people.setdefault(fold(first), actor.id)

    def _merge(self, actor: Actor) -> Actor:
        existing = self.actors.get(actor.id)
        text_facts = self._text_facts.pop(actor.id, None)
        if existing is None:
            self.actors[actor.id] = actor
            if text_facts:
                self._described_by_text.add(actor.id)
            return actor
        if text_facts and actor.id not in self._described_by_text:
            # What this text says ("Defense Minister Shoigu") beats what the tables said earlier.
            for attribute, value in text_facts.items():
                if value is not None:
                    setattr(existing, attribute, value)
            if text_facts["country"] is not None:
                existing.igo = text_facts["igo"]  # a national office replaces an IGO one
            self._described_by_text.add(actor.id)
        for attribute in ("country", "sector", "role", "igo"):
            if getattr(existing, attribute) is None:
                setattr(existing, attribute, getattr(actor, attribute))
        existing.aliases = list(dict.fromkeys([*existing.aliases, *actor.aliases]))
        return existing

    def result(self) -> tuple[list[Actor], list[ActorMention]]:
        """Actors and mentions, after folding unnamed offices into the person who holds them."""
        fold_office_appositions(self.actors, self.mentions, self.doc.text)
        self._fold_offices()
        fold_early_surnames(self.actors, self.mentions)
        place_people(self.doc, self.seen, self.actors)
        self._home_people()
        used = {mention.actor_id for mention in self.mentions}
        return [actor for key, actor in self.actors.items() if key in used], self.mentions

    def _home_people(self) -> None:
        """People whose country neither the text nor the registry gives are taken to be of the
        country the story is filed from, else the one it is mostly about ("President Maia Sandu"
        in a story from Chisinau), unless they hold an office abroad (roles.yaml
        ``not_home_titles``). The country is marked inferred: the registry does not learn it."""
        home = self.home_country
        if home is None:
            return
        for actor in self.actors.values():
            if actor.kind != "person" or actor.country is not None or actor.igo is not None:
                continue
            if set(fold(actor.role or "").split()) & roles().not_home_titles:
                continue
            actor.country = home
            actor.inferred = [*actor.inferred, "country"]

    def _fold_offices(self) -> None:
        holders = {
            (actor.country, fold(actor.role or "")): actor.id
            for actor in self.actors.values()
            if actor.kind == "person" and actor.id.startswith("person:") and actor.role
        }
        for mention in self.mentions:
            office = self.actors[mention.actor_id]
            if office.id.startswith("office:"):
                holder = holders.get((office.country, fold(office.role or "")))
                mention.actor_id = holder or mention.actor_id


def _index_people(known: Mapping[str, Actor]) -> dict[str, Actor]:
    """Folded full names and aliases of the registry's people (surnames only when unambiguous)."""
    index: dict[str, Actor] = {}
    surnames: dict[str, list[Actor]] = {}
    for actor in known.values():
        if actor.kind != "person":
            continue
        for form in (actor.name, *actor.aliases):
            index.setdefault(fold(form), actor)
        surnames.setdefault(fold(actor.name.split()[-1]), []).append(actor)
    for surname, people in surnames.items():
        if len({person.id for person in people}) == 1:
            index.setdefault(surname, people[0])
    return index


def _body_key(name: str) -> str:
    key = fold(name)
    return key[4:] if key.startswith("the ") else key


def _index_bodies(known: Mapping[str, Actor]) -> dict[str, Actor]:
    """The registry's named organisations and groups by id, folded name and alias.

    Country-sector actors ("RUS-GOV") are left out: their names ("Government of Russia")
    are ours, not the text's, and their aliases would turn capitals into names.
    """
    index: dict[str, Actor] = {}
    for actor in known.values():
        if actor.kind not in {"organisation", "group"} or ":" not in actor.id:
            continue
        index.setdefault(actor.id, actor)
        for form in (actor.name, *actor.aliases):
            index.setdefault(_body_key(form), actor)
    return index
