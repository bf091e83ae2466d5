"""Coercion announced for the future is a threat (session 15, codebook THREATEN): "would be arrested
again", "will be deported"; a measure announced ("will extend the curfew") stays what it is, flagged
future. Whole pipeline (``eventwire.code``) on sentences written for these tests."""

from __future__ import annotations

import eventwire


def types(text: str) -> list[str]:
    return [event.type for event in eventwire.code(text, published="2025-05-16").events]


def test_an_arrest_announced_is_a_threat():
    text = "Pakistan's interior minister said on Friday the opposition leader would be arrested again once his bail expired."
    found = types(text)
    assert "THREATEN" in found and "COERCE" not in found


def test_a_deportation_announced_is_a_threat():
    text = "Nigeria's interior minister warned on Thursday that foreign traders without permits would be deported."
    found = types(text)
    assert "THREATEN" in found and "COERCE" not in found


def test_an_announced_curfew_stays_a_curfew():
    text = "Kenya's interior minister said on Thursday the government would extend the night curfew in Nairobi until Monday."
    assert "THREATEN" not in types(text)


def test_a_vow_of_harm_stays_a_threat_when_its_object_has_a_relative_clause():
    # "anyone who shelters them" describes whom; sheltering is not what is promised
    text = "Sudan's army chief vowed on Sunday to crush the paramilitaries and anyone who shelters them."
    found = types(text)
    assert "THREATEN" in found and "AGREE" not in found


def dyads(text: str) -> list[tuple[set[str], set[str]]]:
    events = eventwire.code(text, published="2025-05-16").events
    return [
        ({a.country for a in e.actor}, {a.country for a in e.recipient})
        for e in events
        if e.type == "THREATEN"
    ]


def test_a_threat_is_aimed_at_the_side_whose_fate_it_foretells():
    text = (
        "Pakistan's army chief vowed on Thursday that India would be made to regret the strike on the "
        "mosque in Muridke."
    )
    assert ({"PAK"}, {"IND"}) in dyads(text)
