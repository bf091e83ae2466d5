"""A region or group with fixed member states ("Central Asia", "the Baltic states") stands for each
member when it acts or is acted on, and is no party where it names a place (eventwire.actor_regions)."""

from __future__ import annotations

from tests.conftest import mentioned_countries


def test_a_region_given_aid_is_each_of_its_states(nlp):
    text = "ROME, May 6 (Wire) — Italy promised billions of euros for Central Asia on Tuesday."
    assert mentioned_countries(nlp, text, "Central Asia") == ["KAZ", "KGZ", "TJK", "TKM", "UZB"]


def test_a_group_of_states_acting_is_each_member(nlp):
    text = "VILNIUS, May 6 (Wire) — The Baltic states condemned the airspace violation on Tuesday."
    assert sorted(mentioned_countries(nlp, text, "The Baltic states")) == ["EST", "LTU", "LVA"]


def test_a_region_as_a_place_is_no_party(nlp):
    text = "ROME, May 6 (Wire) — Italian firms opened ten factories in Central Asia last year."
    assert mentioned_countries(nlp, text, "Central Asia") == []


def test_a_region_linked_by_a_thing_is_no_party(nlp):
    text = "ROME, May 6 (Wire) — The new pipeline would link Central Asia to European markets."
    assert mentioned_countries(nlp, text, "Central Asia") == []
