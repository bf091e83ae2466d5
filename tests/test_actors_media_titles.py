"""Media professions are titles: the nationality before them belongs to the person named after."""

from __future__ import annotations

from tests.conftest import mentioned_countries


def test_a_television_anchor_keeps_the_demonym(nlp):
    text = (
        "OSLO, June 2 (Wire) — Iranian authorities released Swedish television anchor Karin Lund on Friday."
    )
    assert mentioned_countries(nlp, text, "Swedish television anchor Karin Lund") == ["SWE"]


def test_a_writer_keeps_the_demonym(nlp):
    text = "OSLO, June 2 (Wire) — A court in Minsk sentenced Polish writer Marek Nowak on Friday."
    assert mentioned_countries(nlp, text, "Polish writer Marek Nowak") == ["POL"]


def test_a_ship_anchor_is_no_actor(nlp):
    text = "OSLO, June 2 (Wire) — The anchor of the Norwegian tanker broke loose on Friday."
    assert "NOR" not in mentioned_countries(nlp, text, "anchor")
