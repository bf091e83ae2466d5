"""Wire datelines (eventwire.dateline): where the dateline ends and which country it files from.
Datelines written for these tests."""

from __future__ import annotations

import pytest

from eventwire.dateline import dateline_country, dateline_end


@pytest.mark.parametrize(
    ("text", "head", "country"),
    [
        ("LIMA, March 3 (Wire) — Peru said", "LIMA, March 3 (Wire) — ", "PER"),
        ("PORT SUDAN, Sudan, May 7 (Wire) — The army said", "PORT SUDAN, Sudan, May 7 (Wire) — ", "SDN"),
        ("CASTRIES, Saint Lucia, Feb 2 (Wire) — Talks", "CASTRIES, Saint Lucia, Feb 2 (Wire) — ", "LCA"),
        ("GENEVA (Wire) — Diplomats met", "GENEVA (Wire) — ", None),
        ("Lima, the capital, was calm on Monday.", "", None),
    ],
)
def test_dateline_span_and_country(text: str, head: str, country: str | None) -> None:
    assert text[: dateline_end(text)] == head
    assert dateline_country(text) == country
