"""Actor constructors: states, country sectors, named and described organisations.

Ids follow the convention in :mod:`eventwire.actors` ("RUS", "RUS-GOV", "org:RUS:embassy:BLR").
"""

from __future__ import annotations

from eventwire.actor_tables import fold, roles, slug
from eventwire.countries import LexEntry, country_name
from eventwire.records import Actor, ActorKind, Place

SECTOR_NAMES = {
    "GOV": "Government",
    "MIL": "Military",
    "COP": "Police",
    "SPY": "Intelligence services",
    "LEG": "Legislature",
    "JUD": "Judiciary",
    "REB": "Rebels",
    "OPP": "Opposition",
    "PTY": "Political parties",
    "CVL": "Civilians",
    "REF": "Refugees",
    "EDU": "Education sector",
    "LAB": "Labour",
    "JRN": "Media",
    "BUS": "Business",
    "MED": "Health sector",
    "ELI": "Former officials",
}
GROUP_SECTORS = frozenset({"REB", "OPP", "CVL", "REF", "EDU", "LAB", "BUS", "JRN", "MED", "ELI"})
GOVERNMENT_WORDS = frozenset({"government", "authorities", "administration", "regime", "cabinet", "rule"})


def state_actor(code: str) -> Actor:
    return Actor(id=code, name=country_name(code), kind="state", country=code)


def place_actor(place: Place) -> Actor:
    """Those who live at a place of a known country, as a stand-in actor ("shelled Juba": of Sudan)."""
    return Actor(f"place:{place.country}:{place.name}", place.name, "state", country=place.country)


def sector_actor(code: str, sector: str) -> Actor:
    """A country's sector as one actor: "RUS-GOV" (Moscow, the Kremlin), "ISR-MIL" (Israeli troops).

    ``code`` may also be "IGO:UN" ("UN peacekeepers" -> "IGO:UN-MIL", country IGO, igo UN).
    """
    kind: ActorKind = "group" if sector in GROUP_SECTORS else "organisation"
    label = SECTOR_NAMES.get(sector, sector)
    if code.startswith("IGO:"):
        igo = code.removeprefix("IGO:")
        return Actor(
            id=f"{code}-{sector}", name=f"{label} of {igo}", kind=kind, country="IGO", sector=sector, igo=igo
        )
    return Actor(
        id=f"{code}-{sector}", name=f"{label} of {country_name(code)}", kind=kind, country=code, sector=sector
    )


def named_organisation(entry: LexEntry) -> Actor:
    """A named organisation from the countries table: "Hamas" -> org:PSE:hamas."""
    return Actor(
        id=f"org:{entry.code}:{slug(entry.name)}",
        name=entry.name,
        kind="organisation",
        country=entry.code,
        sector=entry.sector,
    )


def organisation_actor(
    words: str,
    sector: str | None,
    country: str | None,
    located_in: str | None,
    igo: str | None,
    named: bool = False,
) -> Actor:
    """ "the Russian Embassy in Minsk" -> org:RUS:embassy:BLR; "the Russian government" -> RUS-GOV."""
    clean = " ".join(words.split())  # names never keep line breaks from the page
    clean = clean[4:] if clean.lower().startswith("the ") else clean
    if country and country != "IGO" and fold(clean) in GOVERNMENT_WORDS:
        return sector_actor(country, sector or "GOV")
    if named and country is None and igo is None and _reads_as_ngo(clean):
        country = "NGO"  # "Physicians for Human Rights", "the Harbour Foundation"
    owner = igo if country == "IGO" and igo else country
    if named or not owner:
        ident = f"org:{slug(clean)}" if not owner else f"org:{owner}:{slug(clean)}"
        return Actor(id=ident, name=clean, kind="organisation", country=country, sector=sector, igo=igo)
    ident = f"org:{owner}:{slug(clean)}" + (f":{located_in}" if located_in else "")
    place = f" in {country_name(located_in)}" if located_in else ""
    owner_name = igo if country == "IGO" else country_name(owner)
    name = f"{clean[:1].upper()}{clean[1:]} of {owner_name}{place}"
    return Actor(id=ident, name=name, kind="organisation", country=country, sector=sector, igo=igo)


def _reads_as_ngo(name: str) -> bool:
    """Whether an organisation name the tables do not know reads as an NGO's (roles.yaml ngo_name_heads)."""
    words = fold(name).replace("'", " ").split()
    return bool(words) and words[-1] in roles().ngo_name_heads
