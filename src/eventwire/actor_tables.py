"""The editable tables behind actor resolution: roles/titles (roles.yaml) and leaders (leaders.yaml).

Both are loaded once per process. Matching is on lower-cased words for roles and
on a folded form of names for people (accents removed, case ignored), so that
"Andrei"/"Andrey" need only be listed as aliases once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from eventwire.table_cache import load_yaml


def _read(name: str) -> dict:
    return load_yaml(resources.files("eventwire.data").joinpath(name).read_text(encoding="utf-8"))


#: Letters that Unicode decomposition leaves alone ("Đinđić", "Wałęsa", "Kalın", "Støre").
UNDECOMPOSED_LETTERS = str.maketrans(
    {"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE"}
)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ASCII form of a name: "Lukashenko" == "lukashenko", "Élysée" == "elysee"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED_LETTERS))
    ascii_text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", ascii_text.replace("’", "'")).strip().lower()


def slug(text: str) -> str:
    """An id-safe form of a name: "Vladimir Putin" -> "vladimir-putin"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


@dataclass(frozen=True, slots=True)
class RoleTables:
    """Lower-cased vocabularies from roles.yaml, each as word tuples for sequence matching."""

    heads: dict[tuple[str, ...], str]
    modifiers: frozenset[str]
    former: frozenset[str]
    domains: dict[tuple[str, ...], str | None]
    organisations: dict[tuple[str, ...], str]
    collectives: dict[str, str]
    bare_descriptions: frozenset[str]
    generic_person_nouns: frozenset[str]
    not_home_titles: frozenset[str]
    home_offices: frozenset[str]
    home_justice_offices: frozenset[str]
    pair_people_nouns: frozenset[str]
    pair_side_nouns: frozenset[str]
    pair_state_nouns: frozenset[str]
    pair_between: frozenset[str]  # "between X and Y": X and Y are the sides
    pair_facing: frozenset[str]  # "X ... with Y": the subject and Y are the sides
    counterpart_nouns: dict[tuple[str, ...], str]
    actor_object_verbs: frozenset[str]
    locative_prepositions: frozenset[str]
    actor_prepositions: frozenset[str]
    actor_on_heads: frozenset[str]
    not_person_words: frozenset[str]
    honorifics: frozenset[str]
    local_office_heads: dict[tuple[str, ...], str]
    local_office_modifiers: frozenset[str]
    crowd_words: dict[tuple[str, ...], str]
    led_group_nouns: frozenset[str]
    foreign_collectives: frozenset[str]
    ngo_descriptions: dict[tuple[str, ...], str]
    ngo_name_heads: frozenset[str]
    clause_place_prepositions: frozenset[str]
    back_reference_sectors: frozenset[str]
    labour_union_heads: frozenset[str]
    labour_words: dict[tuple[str, ...], str]
    common_noun_words: frozenset[str]
    place_nouns: frozenset[str]
    name_place_prepositions: frozenset[str]
    travel_verbs: frozenset[str]


@cache
def role_words(key: str) -> frozenset[str]:
    """A word list of roles.yaml by its key ("unknown_actor_modifiers"); empty if the file has none."""
    return frozenset(_read("roles.yaml").get(key, []))


@cache
def role_mapping(key: str) -> dict[tuple[str, ...], str | None]:
    """A mapping of roles.yaml by its key, keyed by lower-case word tuples ("state_body_words")."""
    return _word_keys(_read("roles.yaml").get(key) or {})


@cache
def role_numbers(key: str) -> dict[str, float]:
    """A table of numeric settings of roles.yaml by its key ("story_scene")."""
    return {str(name): float(value) for name, value in (_read("roles.yaml").get(key) or {}).items()}


def _word_keys(mapping: dict) -> dict[tuple[str, ...], object]:
    return {tuple(str(key).lower().split()): value for key, value in mapping.items()}


@lru_cache(maxsize=1)
def roles() -> RoleTables:
    data = _read("roles.yaml")
    return RoleTables(
        heads=_word_keys(data["title_heads"]),
        modifiers=frozenset(data["title_modifiers"]),
        former=frozenset(data["former_modifiers"]),
        domains=_word_keys(data["title_domains"]),
        organisations=_word_keys(data["organisations"]),
        collectives=dict(data["collectives"]),
        bare_descriptions=frozenset(data["bare_descriptions"]),
        generic_person_nouns=frozenset(data["generic_person_nouns"]),
        not_home_titles=frozenset(data.get("not_home_titles", [])),
        home_offices=frozenset(data.get("home_offices", [])),
        home_justice_offices=frozenset(data.get("home_justice_offices", [])),
        pair_people_nouns=frozenset(data.get("pair_references", {}).get("people", [])),
        pair_side_nouns=frozenset(data.get("pair_references", {}).get("sides", [])),
        pair_state_nouns=frozenset(data.get("pair_references", {}).get("states", [])),
        pair_between=frozenset(data.get("pair_references", {}).get("between", [])),
        pair_facing=frozenset(data.get("pair_references", {}).get("facing", [])),
        counterpart_nouns={tuple(noun.split()): noun for noun in data["counterpart_nouns"]},
        actor_object_verbs=frozenset(data["actor_object_verbs"]),
        locative_prepositions=frozenset(data["locative_prepositions"]),
        actor_prepositions=frozenset(data["actor_prepositions"]),
        actor_on_heads=frozenset(data.get("actor_on_heads", [])),
        not_person_words=frozenset(data["not_person_words"]),
        honorifics=frozenset(data["honorifics"]),
        local_office_heads={tuple(head.split()): head for head in data.get("local_office_heads", [])},
        local_office_modifiers=frozenset(data.get("local_office_modifiers", [])),
        crowd_words={tuple(word.split()): word for word in data.get("crowd_words", [])},
        led_group_nouns=frozenset(data.get("led_group_nouns", [])),
        foreign_collectives=frozenset(data.get("foreign_collectives", [])),
        ngo_descriptions={tuple(fold(p).split()): p for p in data.get("ngo_descriptions", [])},
        ngo_name_heads=frozenset(fold(word) for word in data.get("ngo_name_heads", [])),
        clause_place_prepositions=frozenset(data.get("clause_place_prepositions", [])),
        back_reference_sectors=frozenset(data.get("back_reference_sectors", [])),
        labour_union_heads=frozenset(data["labour_union"]["heads"]),
        labour_words={tuple(word.split()): word for word in data["labour_union"]["words"]},
        common_noun_words=frozenset(data["common_noun_words"]),
        place_nouns=frozenset(data["place_nouns"]),
        name_place_prepositions=frozenset(data["name_place_prepositions"]),
        travel_verbs=frozenset(data["travel_verbs"]),
    )


@dataclass(frozen=True, slots=True)
class Office:
    country: str
    office: str
    start: str | None = None
    end: str | None = None
    sector: str = "GOV"
    igo: str | None = None


@dataclass(frozen=True, slots=True)
class Leader:
    """One person from leaders.yaml with every office listed for them."""

    name: str
    aliases: tuple[str, ...]
    offices: tuple[Office, ...] = field(default_factory=tuple)

    @property
    def current(self) -> Office | None:
        """The office held at the table date, else the one held last."""
        if not self.offices:
            return None
        open_offices = [office for office in self.offices if not office.end]
        if open_offices:
            return max(open_offices, key=lambda office: office.start or "")
        return max(self.offices, key=lambda office: office.end or "")


@dataclass(frozen=True, slots=True)
class LeaderTable:
    table_date: str
    by_name: dict[str, Leader]  # folded full name or alias -> leader
    by_surname: dict[str, list[Leader]]  # folded last word -> leaders


def _leader_from(record: dict) -> Leader:
    offices = tuple(
        Office(
            country=item["country"],
            office=item["office"],
            start=str(item["start"]) if item.get("start") else None,
            end=str(item["end"]) if item.get("end") else None,
            sector=item.get("sector", "GOV"),
            igo=item.get("igo"),
        )
        for item in record.get("offices", [])
    )
    return Leader(name=record["name"], aliases=tuple(record.get("aliases", [])), offices=offices)


@lru_cache(maxsize=1)
def leaders() -> LeaderTable:
    data = _read("leaders.yaml")
    by_name: dict[str, Leader] = {}
    by_surname: dict[str, list[Leader]] = {}
    for record in data["people"]:
        leader = _leader_from(record)
        for form in (leader.name, *leader.aliases):
            by_name[fold(form)] = leader
            if " " not in form.strip():
                by_surname.setdefault(fold(form), []).append(leader)
    for surname, people in by_surname.items():
        by_surname[surname] = list(dict.fromkeys(people))
    return LeaderTable(table_date=str(data["table_date"]), by_name=by_name, by_surname=by_surname)


def find_leader(name: str) -> Leader | None:
    """The leader a name refers to: full name or alias, or a surname that only one leader has."""
    table = leaders()
    key = fold(name)
    if key in table.by_name:
        return table.by_name[key]
    if " " not in key:
        candidates = table.by_surname.get(key, [])
        return candidates[0] if len(candidates) == 1 else None
    return None


@lru_cache(maxsize=1)
def _seats_elsewhere() -> dict[str, dict[str, str]]:
    return {
        surface: dict(seat.get("elsewhere") or {})
        for surface, seat in _read("countries.yaml")["seats"].items()
    }


def seat_at_home(surface: str, home: str | None) -> tuple[str, str] | None:
    """(country, sector) of a seat name that the story's own country shares ("Congress" in a story
    from Lima is Peru's legislature; countries.yaml ``elsewhere``), else None: the seat's own country."""
    sector = _seats_elsewhere().get(surface, {}).get(home or "")
    return (home, sector) if home and sector else None
