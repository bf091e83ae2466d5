"""An international body named again by where it sits ("the Geneva-based body") is the one named
last; "the body" alone is no actor."""

from __future__ import annotations

from tests.conftest import mentioned_actors


def test_a_body_named_by_its_seat_is_the_international_body_named_last(nlp):
    text = (
        "Chile will leave the World Trade Organization. Its minister said the Geneva-based body had failed."
    )
    found = [actor for said, actor in mentioned_actors(nlp, text) if said == "the Geneva-based body"]
    assert found and found[0].igo == "WTO"


def test_a_body_without_a_seat_is_no_international_body(nlp):
    text = "The World Trade Organization met in May. Police said the body was found near a lake."
    assert not [actor for said, actor in mentioned_actors(nlp, text) if said == "the body"]
